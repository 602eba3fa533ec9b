"""Bad input through the real `kg build`: each case read right where it can be, else skipped with a reason.

The ingest unit tests (test_ingest.py) cover how each file is decoded and cleaned; these check the
whole build: the right headline and characters in the exported graph, one summary line per skipped
input naming it and the reason, the rest of the batch built, the exit status, and the exports that
were there before (and the user's own files) never lost.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from conftest import ROOT
from graph.cli import cli
from graph.using.load import load_store
from graph.using.validate import validate_graph

NOTES = "my own notes\n"
SCHEMA = "https://schema.org/"
KG = "https://w3id.org/news-kg/ontology#"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"

HTML = """<!DOCTYPE html><html><head><title>Port strike ends after talks | Example News</title>
<style>body { background: url(STYLETEXT) }</style><script>var leak = "SCRIPTTEXT"; alert(1)</script></head>
<body><nav><a href="/">Home</a> <a href="/world">NAVTEXT</a></nav>
<article><h1>Port strike ends after talks</h1>
<p>Dock workers at the Port of Felixstowe returned to work on Monday after the union Unite accepted a new offer.</p>
<p>Sharon Graham, the general secretary of Unite, said the deal was a victory for the members.</p>
</article><footer>FOOTERTEXT</footer><script>document.write("SCRIPTTWO")</script></body></html>"""

# Text that reads right only when decoded right: curly quotes, accents, a pound sign.
ARTICLES: dict[str, bytes] = {
    "good.txt": b"Council approves new bridge for Leeds\n\nThe mayor, Ann Fielding, said Acme Holdings would pay "
                b"for the new bridge over the river.\n",
    "cp1252.txt": b"Minister\x92s \x93plan\x94 faces criticism\r\n\r\nJohn Smith said the plan was \x93a disgrace to "
                  b"the whole country\x94 and \x96 he added \x96 would fail.\r\n",
    "latin1.txt": "Café owners in Málaga protest\n\nJosé Núñez said the new tax was «unfair» and would cost "
                  "every café £200 a month.\n".encode("latin-1"),
    "broken_utf8.txt": "Zoë Ball’s café reopens\n\nThe presenter said: ".encode() + b"\x93It is wonderful to be back "
                       b"in the caf\xe9 again with everyone.\x94\nShe thanked the staff.\n" + "Caf\u00e9".encode()[:-1],
    "bom.txt": "\ufeffAcme Holdings opens office in Bristol\n\nAcme Holdings said the office would employ 200 "
               "people.\n".encode(),
    "crlf.txt": "Strikes planned at Northern Rail\r\n\r\nThe union RMT said: \u201cOur members have been left "
                "with no choice at all.\u201d\r\nNorthern Rail said it was disappointed.\r\n".encode(),
    "unbalanced.txt": "Union leader attacks pay offer\n\nMary Jones said: \u201cThis offer is an insult to every "
                      "nurse in the country and we will fight it.\n\nThe health secretary, Tom Brown, said the offer "
                      "was fair.\n\nHe added that the talks\u201d would continue next week.\n".encode(),
    "page.html": HTML.encode(),
    "page_latin1.html": b'<html><head><meta charset="iso-8859-1"><title>x</title></head><body><article>'
                        b"<h1>Mayor\x92s \x93green\x94 plan for Z\xfcrich</h1><p>The mayor of Z\xfcrich, "
                        b"Corine Mauch, said the plan would cut emissions by half within ten years.</p>"
                        b"<p>Critics said the plan went too far.</p></article></body></html>",
    "feed.jsonl": (json.dumps({"title": "Feed story one about the harbour", "text": "The harbour master, Lee "
                               "Harbour, said ships would return."}) + "\n"
                   + '{"title": "Broken line", "text": \n'
                   + json.dumps({"title": "Feed story three about trains", "text": "Network Rail said trains "
                                 "would run again on Friday."}) + "\n").encode(),
    # skipped, each with its reason
    "empty.txt": b"",
    "blank.txt": b" \n\t\r\n   \n",
    "report.pdf.txt": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n",
    "photo.png.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01",
    "evil\x1b[2J\x07name.txt": b"",  # a file name holding terminal control sequences
}

HEADLINES = {
    "good.txt": "Council approves new bridge for Leeds",
    "cp1252.txt": "Minister\u2019s \u201cplan\u201d faces criticism",
    "latin1.txt": "Café owners in Málaga protest",
    "broken_utf8.txt": "Zoë Ball’s café reopens",
    "bom.txt": "Acme Holdings opens office in Bristol",
    "crlf.txt": "Strikes planned at Northern Rail",
    "unbalanced.txt": "Union leader attacks pay offer",
    "page.html": "Port strike ends after talks",
    "page_latin1.html": "Mayor\u2019s \u201cgreen\u201d plan for Zürich",
    "feed.jsonl#1": "Feed story one about the harbour",
    "feed.jsonl#3": "Feed story three about trains",
}

SKIPPED = {  # summary line (after "- ") -> words its reason must hold
    "empty.txt": "empty file",
    "blank.txt": "empty file",
    "report.pdf.txt": "binary file (PDF)",
    "photo.png.txt": "binary file (PNG)",
    "evil\ufffd[2J\ufffdname.txt": "empty file",
    "feed.jsonl#2": "feed.jsonl line 2: invalid JSON",
}


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def _literals(out: Path) -> list[str]:
    return [q.object.value for q in ox.parse(path=out / "graph.nq", format=ox.RdfFormat.N_QUADS)
            if isinstance(q.object, ox.Literal)]


def _headlines(out: Path) -> dict[str, str]:
    store = load_store(out)
    rows = store.query(f"SELECT ?src ?h WHERE {{ ?a <{KG}sourceFile> ?src ; <{SCHEMA}headline> ?h }}")
    return {r["src"].value: r["h"].value for r in rows}


def _labels(out: Path) -> set[str]:
    store = load_store(out)
    return {r["l"].value for r in store.query(f"SELECT ?l WHERE {{ ?e a ?t ; <{RDFS_LABEL}> ?l }}")}


@pytest.fixture(scope="module")
def previous(seeds_build, tmp_path_factory) -> Path:
    """A good earlier build with the user's own file beside the exports."""
    out = tmp_path_factory.mktemp("previous") / "exports"
    shutil.copytree(seeds_build[0], out)
    (out / "notes.md").write_text(NOTES)
    return out


@pytest.fixture
def out(previous, tmp_path) -> Path:
    copy = tmp_path / "exports"
    shutil.copytree(previous, copy)
    return copy


@pytest.fixture(scope="module")
def dirty(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("dirty")
    folder = root / "articles"
    folder.mkdir()
    for name, data in ARTICLES.items():
        (folder / name).write_bytes(data)
    (root / "no-articles").mkdir()
    (root / "no-articles" / "readme.csv").write_text("not,an,article\n")
    return root


@pytest.fixture(scope="module")
def dirty_build(dirty, previous, tmp_path_factory):
    """`python -m graph build` over the dirty folder, a missing path and a folder without articles."""
    out = tmp_path_factory.mktemp("dirty-out") / "exports"
    shutil.copytree(previous, out)
    proc = subprocess.run(
        [sys.executable, "-m", "graph", "build", str(dirty / "articles"), str(dirty / "missing.txt"),
         str(dirty / "no-articles"), "--out", str(out)],
        cwd=ROOT, capture_output=True, text=True, timeout=300)
    return proc, out


def test_the_batch_goes_on_and_the_exit_status_says_inputs_were_skipped(dirty_build):
    proc, out = dirty_build
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    assert f"Built the graph of {len(HEADLINES)} article(s)" in proc.stdout
    assert (out / "notes.md").read_text() == NOTES  # the user's file is still there
    assert sorted(_headlines(out)) == sorted(HEADLINES)  # the seeds of the previous build are replaced


def test_every_skipped_input_is_one_summary_line_naming_it_and_why(dirty_build, dirty):
    proc, _ = dirty_build
    lines = proc.stdout.splitlines()
    at = next(i for i, line in enumerate(lines) if line.strip().startswith("skipped"))
    listed = [line.strip()[2:] for line in lines[at + 1:]]
    assert lines[at].split() == ["skipped", str(len(SKIPPED) + 2)]
    assert len(listed) == len(SKIPPED) + 2
    for name, reason in SKIPPED.items():
        assert any(line.startswith(f"{name}: {reason}") for line in listed), (name, listed)
    assert any(line.startswith(f"{dirty / 'missing.txt'}: no such file or folder") for line in listed)
    assert any(line.startswith(f"{dirty / 'no-articles'}: no .txt, .md, .html or .jsonl articles") for line in listed)
    assert "\x1b" not in proc.stdout and "\x07" not in proc.stdout


def test_headlines_and_characters_are_read_right(dirty_build):
    _, out = dirty_build
    assert _headlines(out) == HEADLINES
    literals = _literals(out)
    assert not [s for s in literals if "\ufeff" in s or "\r" in s]  # BOM and CRLF leave no trace
    assert not [s for s in literals if any("\x80" <= c <= "\x9f" for c in s)]  # no C1 controls from a misread code page
    for mojibake in ("\u00e2\u20ac", "\u00c3\u00a9", "\u221a"):  # "â€", "Ã©", "√": UTF-8 read as cp1252/mac_roman
        assert not [s for s in literals if mojibake in s]
    labels = _labels(out)
    assert {"Acme Holdings", "Ann Fielding", "José Núñez", "Corine Mauch"} <= labels
    text = "\n".join(literals)
    assert "a disgrace to the whole country" in text and "\u00ab" + "unfair" + "\u00bb" in text
    assert "£200" in text and "It is wonderful to be back in the café again with everyone." in text


def test_the_dirty_build_keeps_the_graph_contract(dirty_build):
    """Offsets after a BOM, across CRLF and in decoded cp1252 all stay inside their articles' text."""
    _, out = dirty_build
    report = validate_graph(out)
    assert report.conforms, [str(v) for v in report.violations]


def test_html_scripts_styles_and_navigation_stay_out_of_the_graph(dirty_build):
    _, out = dirty_build
    text = "\n".join(_literals(out))
    for marker in ("SCRIPTTEXT", "SCRIPTTWO", "STYLETEXT", "NAVTEXT", "FOOTERTEXT", "alert(1)"):
        assert marker not in text
    assert "Sharon Graham" in _labels(out)


def test_an_unclosed_quotation_runs_to_the_end_of_its_paragraph(dirty_build):
    _, out = dirty_build
    store = load_store(out)
    rows = store.query(f"""SELECT ?text ?who WHERE {{ ?q a <{KG}Quotation> ; <{SCHEMA}text> ?text ;
        <{KG}spokenBy>/<{RDFS_LABEL}> ?who ; <{SCHEMA}isPartOf>/<{KG}sourceFile> "unbalanced.txt" }}""",
                       use_default_graph_as_union=True)
    quotes = {(r["text"].value, r["who"].value) for r in rows}
    assert quotes == {("This offer is an insult to every nurse in the country and we will fight it.", "Mary Jones")}


def test_nothing_readable_writes_nothing(dirty, out):
    before = _snapshot(out)
    folder = dirty / "articles"
    args = ["build", str(folder / "empty.txt"), str(folder / "report.pdf.txt"), str(dirty / "missing.txt"),
            "--out", str(out)]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 1, result.output
    assert "Nothing built" in result.stdout and "left as it was" in result.stdout
    assert "report.pdf.txt: binary file (PDF)" in result.stdout
    assert _snapshot(out) == before


@pytest.mark.parametrize("name", ["missing.txt", "no-articles"])
def test_a_path_with_nothing_to_read_alone_is_a_usage_mistake(dirty, out, name):
    before = _snapshot(out)
    result = CliRunner().invoke(cli, ["build", str(dirty / name), "--out", str(out)])
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"kg: error: {dirty / name}: ")
    assert result.stdout == ""
    assert _snapshot(out) == before


def test_five_megabyte_article_builds_with_entities_near_its_end(tmp_path):
    """Five times spaCy's max_length: the bulk is page furniture (link lists, share rows, phone lines),
    which is blanked and so costs no parsing; the news before and after it is read, at the right offsets."""
    lines = []
    size = i = 0
    while size < 5_100_000:
        block = [f"https://example.com/news/story-{i}", "Share Tweet Email", f"#bridge{i} | #leeds",
                 f"Call 0113 {i % 1000:03d} {i % 10000:04d}", "Advertisement"]
        lines.extend(block)
        size += sum(len(b) + 1 for b in block)
        i += 1
    tail = "Mayor Ann Fielding said Acme Holdings would pay for the bridge and criticised Globex Transport."
    text = ("Council approves the new bridge\n\nThe city council approved the new bridge on Monday, officials in "
            "Leeds said.\n\n" + "\n".join(lines) + "\n\n" + tail + "\n")
    assert len(text) > 5 * 1_000_000
    (tmp_path / "long.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "exports"
    result = CliRunner().invoke(cli, ["build", str(tmp_path / "long.txt"), "--out", str(out)])
    assert result.exit_code == 0, result.output
    store = load_store(out)
    rows = store.query(f"""SELECT ?label ?start ?end WHERE {{ ?m a <{KG}Mention> ; <{KG}mentionOf>/<{RDFS_LABEL}> ?label ;
        <{KG}start> ?start ; <{KG}end> ?end }}""", use_default_graph_as_union=True)
    found = {(r["label"].value, int(r["start"].value), int(r["end"].value)) for r in rows}
    near_end = {label for label, start, end in found if start > 5_000_000}
    assert {"Acme Holdings", "Globex Transport"} <= near_end
    assert any("Fielding" in label for label in near_end)
    for label, start, end in found:  # every offset points at its name in the original text
        assert text[start:end] in (label, f"Mayor {label}") or label in text[start:end], (label, text[start:end])
    assert _headlines(out) == {"long.txt": "Council approves the new bridge"}
    report = validate_graph(out)  # every offset inside the 5 MB text, spanning exactly its words
    assert report.conforms, [str(v) for v in report.violations]


def test_two_thousand_files_in_one_folder(tmp_path):
    """2,000 files: 150 short articles and 1,850 that are empty or only page furniture (skipped fast)."""
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(2000):
        if i % 40 < 3:
            body = f"Headline number {i} of the day\n\nMayor Ann Fielding said item {i} was approved by the council.\n"
        elif i % 2:
            body = "(844) 627-8267\n\nShare Story:\n"
        else:
            body = " \n"
        (folder / f"n{i:04d}.txt").write_text(body, encoding="utf-8")
    out = tmp_path / "exports"
    result = CliRunner().invoke(cli, ["build", str(folder), "--out", str(out)])
    assert result.exit_code == 1, result.output
    assert "Built the graph of 150 article(s)" in result.stdout
    assert "skipped      1850" in result.stdout
    assert result.stdout.count("\n    - n") == 1850
    assert "n0003.txt: no article text (only page furniture)" in result.stdout
    assert "n0004.txt: empty file" in result.stdout
    assert len(_headlines(out)) == 150


def test_an_article_the_extractor_trips_over_is_skipped_and_the_rest_built(tmp_path, monkeypatch):
    import graph.building.extract

    (tmp_path / "a.txt").write_text(ARTICLES["good.txt"].decode())
    (tmp_path / "b.txt").write_text("A second headline for the day\n\nThe mayor said the budget was fine.\n")
    real = graph.building.extract.extract_article

    def trips(article, nlp, paragraphs=None):
        if article.source == "b.txt":
            raise IndexError("list index out of range")
        return real(article, nlp, paragraphs)

    monkeypatch.setattr(graph.building.extract, "extract_article", trips)
    result = CliRunner().invoke(cli, ["build", str(tmp_path), "--out", str(tmp_path / "exports")])
    assert result.exit_code == 1, result.output
    assert "Built the graph of 1 article(s)" in result.stdout
    assert "    - b.txt: extraction failed (IndexError: list index out of range)" in result.stdout


def test_an_output_folder_that_cannot_be_written_stops_before_any_work(dirty, tmp_path, monkeypatch):
    import graph.pipeline

    def never(*args, **kwargs):
        raise AssertionError("the articles were read before --out was checked")

    monkeypatch.setattr(graph.pipeline, "extract_corpus", never)
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    assert CliRunner().invoke(cli, ["build", str(dirty / "articles"), "--out", str(blocker)]).exit_code == 2
    target = blocker / "exports"  # a folder that cannot be made
    result = CliRunner().invoke(cli, ["build", str(dirty / "articles"), "--out", str(target)])
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"kg: error: cannot write exports to {target}"), result.stderr
