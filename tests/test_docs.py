"""The first hour: a short README that points into docs/, and every link in them that resolves."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import ROOT

PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
#: The topics the README must lead to, one page each.
TOPICS = ["commands", "extraction", "rdf-layout", "serving", "store", "scale", "evaluation", "limits", "development"]


def _anchors(text: str) -> set[str]:
    """GitHub's anchors of a page's headings."""
    found = set()
    for heading in re.findall(r"^#+ (.+)$", text, re.M):
        slug = re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")
        found.add(slug)
    return found


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_every_relative_link_resolves(page: Path):
    text = page.read_text(encoding="utf-8")
    text = re.sub(r"```.*?```", "", text, flags=re.S)  # code blocks hold no links
    broken = []
    for target in re.findall(r"\]\(([^)\s]+)\)", text):
        if re.match(r"[a-z]+:", target):
            continue
        path, _, anchor = target.partition("#")
        file = (page.parent / path).resolve() if path else page
        if not file.exists():
            broken.append(target)
        elif anchor and file.suffix == ".md" and anchor not in _anchors(file.read_text(encoding="utf-8")):
            broken.append(target)
    assert not broken, f"{page.relative_to(ROOT)}: {broken}"


def test_the_readme_is_a_screenful_or_two_and_leads_to_every_topic():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert len(readme.splitlines()) <= 80, "keep the README to what it is, the two commands, your own articles and links"
    for heading in ("## Two commands", "## Use it on your own articles", "## Where to read more"):
        assert heading in readme
    assert "](docs/page.png)" in readme  # the picture of the page
    for topic in TOPICS:
        assert f"](docs/{topic}.md)" in readme, f"the README does not lead to docs/{topic}.md"
