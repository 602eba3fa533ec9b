"""Export stage: graph -> files; every RDF file parses with rdflib and pyoxigraph, identically and byte-stably."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
import rdflib
from conftest import HOSTILE

from graph.errors import FormatError, KGError
from graph.using.export import FORMATS, WRITERS, ExportError, export_graph
from graph.model import RELATIONS
from graph.using.rdf import KG, PREFIXES, _ox_term, to_dataset, to_quads

ROOT = Path(__file__).resolve().parents[1]
ALL = list(FORMATS)
TRIPLE_FILES = {"graph.ttl": ox.RdfFormat.TURTLE, "graph.nt": ox.RdfFormat.N_TRIPLES, "graph.jsonld": ox.RdfFormat.JSON_LD}
QUAD_FILES = {"graph.trig": ox.RdfFormat.TRIG, "graph.nq": ox.RdfFormat.N_QUADS}
# rdflib 7.6's own parsers call its deprecated Dataset/ConjunctiveGraph API.
pytestmark = [
    pytest.mark.filterwarnings("ignore:Dataset.default_context is deprecated:DeprecationWarning"),
    pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning"),
]
RDFLIB_FORMAT = {"graph.ttl": "turtle", "graph.nt": "nt", "graph.jsonld": "json-ld", "graph.trig": "trig", "graph.nq": "nquads"}


@pytest.fixture
def out(small_graph, tmp_path) -> Path:
    out_dir = tmp_path / "exports"
    export_graph(small_graph, out_dir, ALL)
    return out_dir


def _expected(g) -> tuple[set[str], set[str]]:
    """Canonical N-Triples lines of the union, and N-Quads lines of the dataset."""
    quads = to_quads(to_dataset(g))
    return {str(q.triple) for q in quads}, {str(q) for q in quads}


def _ox_lines(path: Path, fmt: ox.RdfFormat) -> set[str]:
    return {str(x) for x in ox.parse(path=path, format=fmt)}


def _rdflib_lines(path: Path, name: str) -> set[str]:
    if name in QUAD_FILES:
        ds = rdflib.Dataset()
        ds.parse(path, format=RDFLIB_FORMAT[name])
        lines = set()
        for s, p, o, ctx in ds.quads((None, None, None, None)):
            gid = getattr(ctx, "identifier", ctx)
            graph = ox.DefaultGraph() if gid in (None, rdflib.graph.DATASET_DEFAULT_GRAPH_ID) else _ox_term(gid)
            lines.add(str(ox.Quad(_ox_term(s), _ox_term(p), _ox_term(o), graph)))
        return lines
    g = rdflib.Graph()
    g.parse(path, format=RDFLIB_FORMAT[name])
    return {str(ox.Triple(_ox_term(s), _ox_term(p), _ox_term(o))) for s, p, o in g}


def test_writes_every_format_and_returns_sorted_names(small_graph, tmp_path):
    names = export_graph(small_graph, tmp_path / "exports", ALL)
    expected = sorted(WRITERS[f].filename for f in ALL)
    assert names == expected
    assert sorted(p.name for p in (tmp_path / "exports").iterdir()) == expected
    assert [p.name for p in tmp_path.iterdir()] == ["exports"]  # no staging folder left behind


@pytest.mark.parametrize("name", sorted(TRIPLE_FILES))
def test_triple_files_parse_identically_with_both_libraries(out, small_graph, name):
    union, _ = _expected(small_graph)
    assert _ox_lines(out / name, TRIPLE_FILES[name]) == union
    assert _rdflib_lines(out / name, name) == union


@pytest.mark.parametrize("name", sorted(QUAD_FILES))
def test_quad_files_keep_the_named_graphs(out, small_graph, name):
    _, quads = _expected(small_graph)
    assert _ox_lines(out / name, QUAD_FILES[name]) == quads
    assert _rdflib_lines(out / name, name) == quads
    assert any(line.endswith(" <https://w3id.org/news-kg/id/graph/a1>") for line in quads)


def test_exported_contract_queries(out):
    store = ox.Store()
    store.bulk_load(path=out / "graph.ttl", format=ox.RdfFormat.TURTLE)
    prefixes = "".join(f"PREFIX {k}: <{v}>\n" for k, v in PREFIXES.items())

    def ask(query: str) -> bool:
        return bool(store.query(prefixes + "ASK { " + query + " }"))

    for pred in ("worksFor", "owns", "criticises", "callsOn"):
        assert ask(f"?s kg:{pred} ?o . ?s a ?t . ?o a ?u")
    assert ask("?a a kg:Article ; kg:cites ?o ; kg:sourceFile 'b2.txt' ; schema:name 'b2.txt'")
    assert ask(
        "?q a kg:Quotation ; schema:text 'We will not stand for this kind of thing any longer.' ;"
        " schema:spokenByCharacter ?who . ?who rdfs:label 'Jane Doe'"
    )
    labels = {row[0].value for row in store.query(prefixes + "SELECT ?l WHERE { ?s rdfs:label ?l }")}
    assert HOSTILE in labels and f"{HOSTILE} headline" in labels


def test_ontology_declares_every_kg_term_the_data_uses(out):
    onto = rdflib.Graph().parse(out / "ontology.ttl", format="turtle")
    declared = {str(s) for s in onto.subjects() if str(s).startswith(str(KG))}
    assert {str(KG[name]) for name in RELATIONS} <= declared
    data = rdflib.Graph().parse(out / "graph.nt", format="nt")
    used = {str(t) for triple in data for t in triple if isinstance(t, rdflib.URIRef) and str(t).startswith(str(KG))}
    assert used and used <= declared


def test_graphml_has_flat_attributes_and_unique_edge_ids(out, small_graph):
    text = (out / "graph.graphml").read_text(encoding="utf-8")
    g = nx.read_graphml(out / "graph.graphml", force_multigraph=True)
    assert set(g.nodes) == set(small_graph.nodes)
    assert g.number_of_edges() == small_graph.number_of_edges()
    assert g.nodes["entity/person/hostile"]["label"] == HOSTILE
    assert g.nodes["article/a1"]["type"] == "Article"
    assert g.nodes["entity/person/jane-doe"]["type"] == "Person"
    aliases = json.loads(g.nodes["entity/person/jane-doe"]["aliases"])
    assert aliases[0]["text"] == "Jane Doe"
    keys = [k for _, _, k in g.edges(keys=True)]
    assert len(keys) == len(set(keys))
    assert {d["predicate"] for _, _, d in g.edges(data=True)} >= {"worksFor", "mentions", "spokenBy"}
    assert "<script>" not in text  # escaped by the XML writer


def test_control_characters_and_bom_never_break_a_format(small_graph, tmp_path):
    g = small_graph.copy()
    g.nodes["entity/person/jane-doe"]["label"] = "\ufeffJane\x00 \x0bDoe\x1f \ud800"
    g.nodes["article/a1"]["headline"] = "tab\tand\x07bell"
    formats = [f for f in FORMATS if f != "html"]
    export_graph(g, tmp_path / "x", formats)
    for name, fmt in {**TRIPLE_FILES, **QUAD_FILES}.items():
        assert _ox_lines(tmp_path / "x" / name, fmt)
        assert _rdflib_lines(tmp_path / "x" / name, name)
    read = nx.read_graphml(tmp_path / "x" / "graph.graphml")
    assert read.nodes["entity/person/jane-doe"]["label"] == "Jane\ufffd \ufffdDoe\ufffd \ufffd"


_SCRIPT = """
import sys
from pathlib import Path
sys.path.insert(0, "tests")
from conftest import _sample
from graph.building.build import build_graph
from graph.using.export import export_graph
export_graph(build_graph(*_sample()), Path(sys.argv[1]), sys.argv[2].split(","))
"""


def test_exports_are_byte_identical_across_processes(tmp_path):
    procs = []
    for seed in ("1", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        procs.append(
            subprocess.Popen(
                [sys.executable, "-c", _SCRIPT, str(tmp_path / seed), ",".join(ALL)],
                cwd=ROOT, env=env, stderr=subprocess.PIPE,
            )
        )
    for proc in procs:
        _, err = proc.communicate(timeout=60)
        assert proc.returncode == 0, err.decode()
    one, two = tmp_path / "1", tmp_path / "4242"
    names = sorted(p.name for p in one.iterdir())
    assert names == sorted(WRITERS[f].filename for f in ALL)
    for name in names:
        assert (one / name).read_bytes() == (two / name).read_bytes(), name
    for name in names:
        data = (one / name).read_bytes()
        assert str(tmp_path).encode() not in data and str(ROOT).encode() not in data


def test_a_failing_writer_leaves_the_previous_export_intact(small_graph, tmp_path, monkeypatch):
    out_dir = tmp_path / "exports"
    out_dir.mkdir()
    (out_dir / "graph.ttl").write_text("old build")
    (out_dir / "notes.md").write_text("mine")

    def broken(src):
        raise RuntimeError("disk on fire")

    monkeypatch.setitem(WRITERS, "nt", WRITERS["nt"]._replace(write=broken))
    with pytest.raises(RuntimeError, match="disk on fire"):
        export_graph(small_graph, out_dir, ["ttl", "nt", "graphml"])
    assert sorted(p.name for p in out_dir.iterdir()) == ["graph.ttl", "notes.md"]
    assert (out_dir / "graph.ttl").read_text() == "old build"
    assert [p.name for p in tmp_path.iterdir()] == ["exports"]


needs_fork = pytest.mark.skipif(not __import__("graph.using.export").using.export._can_fork(), reason="forks on Linux only")


@needs_fork
def test_with_two_workers_a_second_process_writes_the_page_and_graphml_and_the_bytes_are_the_same(
        figures_graph, tmp_path, monkeypatch):
    export_graph(figures_graph, tmp_path / "one", ALL)
    pids = tmp_path / "pids"

    def noting(write):
        def writer(src):
            with open(pids, "a") as fh:
                fh.write(f"{os.getpid()}\n")
            return write(src)
        return writer

    for name in ("graphml", "html", "ttl"):
        monkeypatch.setitem(WRITERS, name, WRITERS[name]._replace(write=noting(WRITERS[name].write)))
    events = []
    export_graph(figures_graph, tmp_path / "two", ALL, workers=2, progress=lambda d, t, s: events.append(s))
    one = {p.name: p.read_bytes() for p in (tmp_path / "one").iterdir()}
    assert one == {p.name: p.read_bytes() for p in (tmp_path / "two").iterdir()}
    writers = pids.read_text().split()
    assert len(writers) == 3 and writers.count(str(os.getpid())) == 1  # ttl here, the other two elsewhere
    assert "writing graph.graphml in a second process" in events and events[-1] == "moving the files into place"


@needs_fork
@pytest.mark.parametrize("how", ["raises", "oserror", "dies"])
def test_a_failure_in_the_second_process_leaves_the_previous_export_intact(small_graph, tmp_path, monkeypatch, how):
    out_dir = tmp_path / "exports"
    out_dir.mkdir()
    (out_dir / "graph.ttl").write_text("old build")

    def broken(src):
        if how == "dies":
            os._exit(3)
        if how == "oserror":
            raise OSError(28, "No space left on device", "graph.graphml")
        raise RuntimeError("disk on fire")

    monkeypatch.setitem(WRITERS, "graphml", WRITERS["graphml"]._replace(write=broken))
    message = {"raises": "graph.graphml failed: RuntimeError: disk on fire", "oserror": "No space left on device",
               "dies": "ended unexpectedly"}[how]
    with pytest.raises(ExportError, match=message):
        export_graph(small_graph, out_dir, ["ttl", "nt", "graphml"], workers=2)
    assert sorted(p.name for p in out_dir.iterdir()) == ["graph.ttl"]
    assert (out_dir / "graph.ttl").read_text() == "old build"
    assert [p.name for p in tmp_path.iterdir()] == ["exports"]


def test_a_new_export_replaces_ours_and_keeps_other_files(small_graph, tmp_path):
    out_dir = tmp_path / "exports"
    out_dir.mkdir()
    (out_dir / "graph.ttl").write_text("old build")
    (out_dir / "notes.md").write_text("mine")
    assert export_graph(small_graph, out_dir, ["turtle"]) == ["graph.ttl", "ontology.ttl"]
    assert (out_dir / "notes.md").read_text() == "mine"
    assert (out_dir / "graph.ttl").read_text(encoding="utf-8").startswith("@prefix")
    assert [p.name for p in tmp_path.iterdir()] == ["exports"]


def test_unwritable_output_is_a_one_line_kg_error(small_graph, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    for target in (blocker, blocker / "exports"):
        with pytest.raises(ExportError) as info:
            export_graph(small_graph, target, ["nt"])
        assert isinstance(info.value, KGError)
        message = str(info.value)
        assert str(target) in message and "\n" not in message


def test_a_folder_in_the_way_stops_before_any_file_is_replaced(small_graph, tmp_path):
    out_dir = tmp_path / "exports"
    (out_dir / "graph.nt").mkdir(parents=True)
    (out_dir / "graph.graphml").write_text("old")
    with pytest.raises(ExportError, match="graph.nt is a folder in the way"):
        export_graph(small_graph, out_dir, ["graphml", "nt"])
    assert (out_dir / "graph.graphml").read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["exports"]


def test_unknown_format_lists_the_choices(small_graph, tmp_path):
    with pytest.raises(FormatError, match="ttl, nt, jsonld"):
        export_graph(small_graph, tmp_path / "x", ["ttl", "pdf"])
    assert not (tmp_path / "x").exists()


def test_html_export_is_the_rendered_page(out):
    page = (out / "graph.html").read_text(encoding="utf-8")
    assert "<html" in page.lower()


class _Crash(BaseException):
    """A stand-in for SIGKILL: not an Exception, so no ``except`` in the code under test catches it."""


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_a_crash_after_any_file_system_step_leaves_the_old_or_the_new_exports(small_graph, tmp_path, monkeypatch):
    """Crash the export after its 1st, 2nd, ... file-system change: the folder is always one whole build."""
    from graph.using import export

    formats = ["ttl", "nt", "nq", "graphml"]
    fresh = tmp_path / "fresh"
    export_graph(small_graph, fresh, formats)
    new = {**_snapshot(fresh), "notes.md": b"mine"}
    steps = {"n": 0, "crash_at": 0}
    real = {name: getattr(os, name) for name in ("rename", "replace", "link", "symlink", "unlink", "chmod")}
    real_exchange = getattr(export, "_exchange", None)

    def step(fn):
        def wrapped(*args, **kwargs):
            result = fn(*args, **kwargs)
            steps["n"] += 1
            if steps["n"] == steps["crash_at"]:
                raise _Crash()
            return result
        return wrapped

    crash_at = 0
    while True:
        crash_at += 1
        out = tmp_path / f"run{crash_at}" / "exports"
        out.mkdir(parents=True)
        for name in ("graph.ttl", "graph.nt", "graph.nq", "graph.graphml", "ontology.ttl"):
            (out / name).write_text(f"old {name}")
        (out / "notes.md").write_bytes(b"mine")
        old = _snapshot(out)
        steps.update(n=0, crash_at=crash_at)
        with monkeypatch.context() as m:
            for name, fn in real.items():
                m.setattr(os, name, step(fn))
            if real_exchange is not None:
                m.setattr(export, "_exchange", step(real_exchange))
            m.setattr(export.shutil, "rmtree", lambda *a, **k: None)  # a killed process cleans nothing up
            try:
                export_graph(small_graph, out, formats)
                finished = True
            except _Crash:
                finished = False
        after = _snapshot(out)
        assert after in (old, new), (crash_at, sorted(n for n in after if after[n] != old.get(n)))
        if finished:
            assert after == new
            break
        assert crash_at < 50
    assert crash_at > 3  # the export did take several steps, each of them crashed once


def test_the_swap_keeps_the_users_files_and_folder_mode(small_graph, tmp_path):
    out = tmp_path / "exports"
    out.mkdir()
    (out / "notes.md").write_text("mine")
    (out / "link.txt").symlink_to("notes.md")
    (out / "graph.graphml").write_text("an old graphml from an earlier, fuller build")
    out.chmod(0o750)
    export_graph(small_graph, out, ["nt"])
    assert sorted(p.name for p in out.iterdir()) == ["graph.graphml", "graph.nt", "link.txt", "notes.md", "ontology.ttl"]
    assert (out / "link.txt").is_symlink() and (out / "link.txt").read_text() == "mine"
    assert (out / "graph.graphml").read_text().startswith("an old graphml")
    assert (out.stat().st_mode & 0o777) == 0o750
    assert [p.name for p in tmp_path.iterdir()] == ["exports"]


def test_a_symlinked_out_dir_keeps_its_link(small_graph, tmp_path):
    real = tmp_path / "data" / "real-exports"
    real.mkdir(parents=True)
    (real / "notes.md").write_text("mine")
    link = tmp_path / "exports"
    link.symlink_to(real, target_is_directory=True)
    export_graph(small_graph, link, ["nt"])
    assert link.is_symlink()
    assert sorted(p.name for p in real.iterdir()) == ["graph.nt", "notes.md", "ontology.ttl"]


def test_a_folder_with_subfolders_is_updated_in_place(small_graph, tmp_path):
    """``--out .`` in a project: its subfolders are not moved; our files are replaced one by one."""
    out = tmp_path / "project"
    (out / "src").mkdir(parents=True)
    (out / "src" / "code.py").write_text("x = 1")
    inode = out.stat().st_ino
    export_graph(small_graph, out, ["nt"])
    assert out.stat().st_ino == inode
    assert (out / "src" / "code.py").read_text() == "x = 1" and (out / "graph.nt").is_file()
    assert [p.name for p in tmp_path.iterdir()] == ["project"]


def test_without_an_atomic_exchange_files_are_replaced_one_by_one(small_graph, tmp_path, monkeypatch):
    from graph.using import export

    monkeypatch.setattr(export, "_exchange", lambda a, b: False)
    out = tmp_path / "exports"
    out.mkdir()
    (out / "notes.md").write_text("mine")
    export_graph(small_graph, out, ["nt"])
    assert sorted(p.name for p in out.iterdir()) == ["graph.nt", "notes.md", "ontology.ttl"]
    assert [p.name for p in tmp_path.iterdir()] == ["exports"]


def test_stale_staging_folders_of_dead_builds_are_swept(small_graph, tmp_path):
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    stale = tmp_path / f".exports.tmp-{dead.pid}-0123abcd"
    stale.mkdir()
    (stale / "graph.nt").write_text("half")
    alive = tmp_path / f".exports.tmp-{os.getppid()}-0123abcd"  # a live build's staging folder stays
    alive.mkdir()
    other = tmp_path / f".elsewhere.tmp-{dead.pid}-0123abcd"  # another output folder's: not ours to judge
    other.mkdir()
    export_graph(small_graph, tmp_path / "exports", ["nt"])
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["exports", alive.name, other.name])


def test_figures_export_in_every_format_with_a_declared_vocabulary(figures_graph, tmp_path):
    out_dir = tmp_path / "figs"
    export_graph(figures_graph, out_dir, ALL)
    union, quads = _expected(figures_graph)
    for name, fmt in TRIPLE_FILES.items():
        assert _ox_lines(out_dir / name, fmt) == union == _rdflib_lines(out_dir / name, name)
    for name, fmt in QUAD_FILES.items():
        assert _ox_lines(out_dir / name, fmt) == quads
    onto = rdflib.Graph().parse(out_dir / "ontology.ttl", format="turtle")
    declared = {str(s) for s in onto.subjects() if str(s).startswith(str(KG))}
    used = {str(t) for line in union for t in line.split() if t.startswith(f"<{KG}")}
    used = {t.strip("<>") for t in used}
    assert {str(KG[n]) for n in ("Figure", "FigureGroup", "value", "statedBy", "source", "shareOf", "inGroup", "conflictsWith")} <= used
    assert used <= declared
    for term in declared:  # every kg: term says what it is
        assert onto.value(rdflib.URIRef(term), rdflib.RDFS.label) and onto.value(rdflib.URIRef(term), rdflib.RDFS.comment), term
    g = nx.read_graphml(out_dir / "graph.graphml", force_multigraph=True)
    assert g.nodes["figure/c3/30"]["type"] == "Figure" and g.nodes["figure/c3/30"]["value"] == 85.0


def _initial(html_path: Path) -> list[str]:
    import re

    blob = re.search(r'<script[^>]*type="application/json"[^>]*>(.*?)</script>', html_path.read_text(encoding="utf-8"), re.S)
    return json.loads(blob.group(1))["initial"]


def test_max_nodes_caps_the_html_starting_picture(small_graph, tmp_path):
    export_graph(small_graph, tmp_path / "all", formats=["html"])
    export_graph(small_graph, tmp_path / "two", formats=["html"], max_nodes=2)
    assert len(_initial(tmp_path / "all" / "graph.html")) > 2
    assert len(_initial(tmp_path / "two" / "graph.html")) == 2
    with pytest.raises(FormatError, match="max-nodes"):
        export_graph(small_graph, tmp_path / "none", formats=["html"], max_nodes=0)


def test_progress_names_the_rdf_conversion_and_every_file(small_graph, tmp_path):
    events = []
    names = export_graph(small_graph, tmp_path / "out", progress=lambda d, t, s: events.append((d, t, s)))
    written = [s.removeprefix("writing ") for _, _, s in events if s.startswith("writing ")]
    assert sorted(written) == names
    assert events[0][2] == "converting the graph to RDF"
    assert events[-1] == (len(names), len(names), "moving the files into place")
    assert [d for d, _, _ in events[1:]] == list(range(len(names) + 1))


def _hostile_graph(figures_graph):
    """The figures graph with every kind of awkward text in literals: quotes, backslashes, controls,
    line and paragraph separators, a BOM, lone surrogates, non-BMP characters, "\"\"\"" and trailing quotes."""
    g = figures_graph.copy()
    g.nodes["entity/person/jane-doe"]["label"] = "\ufeffJane\x00 \x0bDoe\x1f \ud800 \\\" \u2028\u2029 \U0001F600"
    g.nodes["article/a1"]["headline"] = 'tab\tand\x07bell\r\nnext """triple" end"'
    g.nodes["article/b2"]["headline"] = HOSTILE + "\x7f\x85\ufffe"
    return g


@pytest.mark.parametrize("which", ["small", "hostile"])
def test_jsonld_written_from_the_terms_is_pyoxigraphs_serialisation_reindented(small_graph, figures_graph, which,
                                                                               monkeypatch):
    import graph.using.export as export

    src = export._Source(small_graph if which == "small" else _hostile_graph(figures_graph))
    whole = json.loads(ox.serialize(list(src.rdf.triples()), format=ox.RdfFormat.JSON_LD))
    expected = (json.dumps(whole, indent=1, ensure_ascii=False) + "\n").encode("utf-8")
    for size in (1, 3, 10**6):
        monkeypatch.setattr(export, "LINE_CHUNK", size)
        assert b"".join(export.write_jsonld(src)) == expected, size
    assert b"".join(export.write_jsonld(export._Source(nx.MultiDiGraph()))) == b"[]\n"


@pytest.mark.parametrize("which", ["small", "hostile"])
def test_turtle_and_trig_written_from_the_terms_are_pyoxigraphs_serialisation(small_graph, figures_graph, which):
    import graph.using.export as export
    from graph.using.rdf import turtle_bytes

    src = export._Source(small_graph if which == "small" else _hostile_graph(figures_graph))
    assert export._turtle_forms(src.rdf.terms) is not None  # the text path, not pyoxigraph's per statement
    assert export.write_turtle(src) == turtle_bytes(src.rdf.triples())
    assert export.write_trig(src) == turtle_bytes(src.rdf.quads(), graphs=True)
    empty = export._Source(nx.MultiDiGraph())
    assert export.write_turtle(empty) == turtle_bytes(empty.rdf.triples())


@pytest.mark.parametrize("which", ["small", "hostile"])
def test_line_based_files_written_from_the_terms_are_pyoxigraphs_serialisation(small_graph, figures_graph, which,
                                                                               monkeypatch):
    import graph.using.export as export

    src = export._Source(small_graph if which == "small" else _hostile_graph(figures_graph))
    whole_nt = ox.serialize(list(src.rdf.triples()), format=ox.RdfFormat.N_TRIPLES)
    whole_nq = ox.serialize(list(src.rdf.quads()), format=ox.RdfFormat.N_QUADS)
    for size in (1, 7, 10**6):
        monkeypatch.setattr(export, "LINE_CHUNK", size)
        pieces = list(export.write_nquads(src))
        assert len(pieces) == -(-len(src.rdf) // size)  # written a piece at a time, never the whole file at once
        assert b"".join(pieces) == whole_nq
        assert b"".join(export.write_ntriples(src)) == whole_nt
    assert list(export.write_nquads(export._Source(nx.MultiDiGraph()))) == []


def _wordy_graph(n: int = 60) -> nx.MultiDiGraph:
    """A hub criticising ``n`` people, each time in a long sentence: records well over the page's inline limit."""
    g = nx.MultiDiGraph()
    g.add_node("article/a", kind="article", label="A", headline="A", source="a.txt", url=None, date="2024-05-01", byline=None)
    hub = "entity/organization/hub"
    g.add_node(hub, kind="entity", type="Organization", label="Hub", aliases=[], merges=[], articles=["article/a"])
    for i in range(n):
        person = f"entity/person/p-{i:03d}"
        g.add_node(person, kind="entity", type="Person", label=f"Person {i}", aliases=[], merges=[], articles=["article/a"])
        sentence = f"Hub criticised Person {i} " + "at great length " * 360 + "."
        g.add_edge(hub, person, key="criticises", predicate="criticises", label="criticises", roles=[], evidence=[{
            "article": "article/a", "start": 0, "end": len(sentence), "sentence": sentence, "rule": "r",
            "confidence": 0.9, "cue_start": 4, "cue_end": 14}])
    return g


def test_a_large_page_gets_its_record_files_byte_identical_and_a_small_one_removes_them(small_graph, tmp_path):
    from graph.building.ingest import read_articles
    from graph.using.render import INLINE_LIMIT

    big = _wordy_graph()
    one, two = tmp_path / "one", tmp_path / "two"
    names = export_graph(big, one, ["html", "nt"])
    assert names == ["graph.html", "graph.nt", "graph_files", "ontology.ttl"]
    export_graph(big, two, ["html", "nt"])
    files = {p.relative_to(one).as_posix(): p.read_bytes() for p in sorted((one / "graph_files").iterdir())}
    assert files and sum(len(b) for b in files.values()) > INLINE_LIMIT
    assert files == {p.relative_to(two).as_posix(): p.read_bytes() for p in sorted((two / "graph_files").iterdir())}
    page = (one / "graph.html").read_text(encoding="utf-8")
    assert "at great length" not in page  # the evidence is in the files, not in the page
    assert all(name.split("/")[1] in page for name in files)  # the page names each of them
    # a build folder is no input: its page and its record files are not read as articles
    (one / "notes.txt").write_text("Hub criticised Person 1 on Monday, the paper said.", encoding="utf-8")
    articles, skipped = read_articles([one])
    assert [a.source for a in articles] == ["notes.txt"]
    assert [s.source for s in skipped] == ["graph.html"]
    # the next build of a graph whose page holds its records takes the stale files away
    assert export_graph(small_graph, one, ["html"]) == ["graph.html"]
    assert not (one / "graph_files").exists() and (one / "notes.txt").exists()
    export_graph(big, one, ["html"])
    assert (one / "graph_files").is_dir()


def test_graphml_text_is_what_networkx_writes():
    """GraphML is made as text: the bytes of networkx's lxml writer, keys, types and escapes included
    (markup, quotes, tabs, newlines, carriage returns, bidi controls; a key with values of two types)."""
    import io

    import networkx as nx

    from conftest import HOSTILE
    from graph.using.export import _graphml_bytes

    g = nx.MultiDiGraph()
    g.add_node(HOSTILE, label=HOSTILE + "\r\t", count=3, share=0.25, quoted=True)
    g.add_node("entity/person/zorvath-quell", label="", count="three")
    g.add_node("plain")
    g.add_edge(HOSTILE, "plain", key="e0", predicate="cites", evidence='[{"text": "a < b & c"}]')
    g.add_edge("plain", HOSTILE, key="e1")
    want = io.BytesIO()
    nx.write_graphml(g, want, encoding="utf-8", prettyprint=True)
    assert _graphml_bytes(g) == want.getvalue()
