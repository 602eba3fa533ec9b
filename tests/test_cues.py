"""No word-list entry is there because one article has it.

Every entry of two or more words in the word lists (graph/text/data, graph/building/extract/data) that
occurs word for word in the project's own articles (seeds/ and the dev articles) must be on the
short allow-list below, each with its reason: stock English idioms and standard titles that
any dictionary or style guide lists. Anything else found there was most likely lifted from an
article, and rules fitted to a few articles do not carry over to news nobody has read.
"""

from __future__ import annotations

import re
from pathlib import Path

from conftest import ROOT

DATA = [ROOT / "graph" / "text" / "data", ROOT / "graph" / "building" / "extract" / "data"]
ARTICLES = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests" / "data" / "dev").glob("*.txt"))
#: Lists that are not cues: measured numbers, not words; a gazetteer of every country in ISO 3166-1
#: (tools/build_countries.py writes all of them; no entry is chosen by hand).
NOT_CUES = {"rule_precision.txt", "countries.txt"}

ALLOWED = {
    # national_politics.txt names the institutions of one country's politics (a gazetteer, like party_names.txt)
    "conservative party": "the name of one of the two main UK parties, general knowledge of British politics",
    "house of commons": "the lower house of the UK Parliament, general knowledge",
    "house of lords": "the upper house of the UK Parliament, general knowledge",
    "home office": "the UK's interior ministry, general knowledge of British government",
    "foreign office": "the UK's foreign ministry, general knowledge of British government",
    # standard titles of government office (WordNet: Attorney_General, Prime_Minister, Secretary_of_State ...)
    "attorney general": "a standard title of government office",
    "foreign secretary": "a standard title of government office (UK)",
    "home secretary": "a standard title of government office (UK)",
    "prime minister": "a standard title of government office",
    "secretary of state": "a standard title of government office",
    # titles that are WordNet 3.0 lemmas, in wn_office_titles.txt (made by tools/build_wordlists.py)
    "chief constable": "a standard title (WordNet: chief_constable.n.01)",
    "police chief": "a standard title (WordNet: captain.n.03, lemma police_chief)",
    "us attorney general": "a standard title (WordNet: attorney_general.n.02, lemma US_Attorney_General)",
    # a country's ISO 3166-1 name (countries.txt), listed with the short form its government is keyed by
    "united kingdom": "ISO 3166-1 name of a country, mapped to 'uk' in country_short_forms.txt",
    # stock metonyms of news style guides (the seat for the government: "the White House said")
    "white house": "stock metonym of the US presidency, in style guides and dictionaries (Merriam-Webster: White House, 2)",
    # names of yearly holidays (holiday_names.txt), in every calendar and dictionary
    "new year": "the name of a yearly holiday (1 January), in every calendar and English dictionary",
    # stock idioms of any English dictionary
    "lip service": "stock idiom ('pay lip service to'), in every English dictionary",
    "blind eye": "stock idiom ('turn a blind eye'), in every English dictionary",
    "turn a blind eye": "stock idiom, in every English dictionary",
}


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.lower().replace("\u2019", "'").replace("\u2018", "'"))


def _entries():
    for folder in DATA:
        for path in sorted(folder.glob("*.txt")):
            if path.name in NOT_CUES:
                continue
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip() and not line.startswith("#"):
                    yield path.name, line.split("\t", 1)[0].strip()


def test_the_lists_and_articles_are_there():
    assert len(ARTICLES) >= 17, "seeds/ and tests/data/dev/ hold the project's own articles"
    assert sum(1 for _ in _entries()) > 500


def test_no_multiword_cue_is_lifted_from_the_projects_articles():
    texts = [_norm(p.read_text(encoding="utf-8")) for p in ARTICLES]
    lifted = []
    for name, entry in _entries():
        key = _norm(entry)
        if len(key.split()) < 2 or key in ALLOWED:
            continue
        pattern = re.compile(r"(?<![\w'])" + re.escape(key) + r"(?![\w'])")
        found = [p.name for p, t in zip(ARTICLES, texts) if pattern.search(t)]
        if found:
            lifted.append(f"{name}: {entry!r} occurs in {', '.join(found[:3])}")
    assert not lifted, "entries that occur word for word in the project's articles:\n" + "\n".join(lifted)


def test_every_allowed_entry_has_a_reason_and_is_still_used():
    entries = {_norm(e) for _, e in _entries()}
    for phrase, reason in ALLOWED.items():
        assert reason.strip()
        assert phrase in entries, f"{phrase!r} is allowed but no list has it any more: drop it from ALLOWED"


def test_every_list_has_a_header_and_a_line_in_the_folder_readme():
    readme = (DATA[1] / "README.md").read_text(encoding="utf-8")
    for folder in DATA:
        for path in sorted(folder.glob("*.txt")):
            first = path.read_text(encoding="utf-8").split("\n", 1)[0]
            assert first.startswith("#"), f"{path.name}: a word list starts with a comment saying what it is for"
            if folder == DATA[1]:
                assert f"`{path.name}`" in readme, f"{path.name} is not described in graph/building/extract/data/README.md"
