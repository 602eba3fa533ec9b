"""Store stage: kg build --store, kg add (equal to a full rebuild), atomic generations, one writer."""

from __future__ import annotations

import json

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import Dataset, URIRef
from rdflib.compare import to_isomorphic

from graph.cli import cli
from graph.errors import StoreError
from graph.pipeline import assemble
from graph.using.load import load_store, source_version
from graph.using.query import run_query
from graph.using.stats import graph_stats
from graph.using.rdf import to_dataset, to_quads
from graph.using.store import (
    MANIFEST,
    _writer_lock,
    add_to_store,
    current_generation,
    extraction_from_dict,
    extraction_to_dict,
    is_store,
    read_extractions,
    write_store,
)

from conftest import ROOT

SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def nquads(store: ox.Store) -> list[str]:
    """The store's content as sorted N-Quads lines (no blank nodes, so this is exact)."""
    return sorted(ox.serialize(list(store), format=ox.RdfFormat.N_QUADS).decode("utf-8").splitlines())


def test_extractions_round_trip_through_json(sample_parts):
    extractions, _ = sample_parts
    for ex in extractions:
        data = json.loads(json.dumps(extraction_to_dict(ex), ensure_ascii=True))
        assert extraction_from_dict(data) == ex
    odd = extraction_to_dict(extractions[1])
    odd["article"]["text"] = "lone \ud800 surrogate and \u202e bidi"
    again = extraction_from_dict(json.loads(json.dumps(odd, ensure_ascii=True)))
    assert again.article.text == "lone \ud800 surrogate and \u202e bidi"
    odd["mentions"][0]["colour"] = "red"
    with pytest.raises(ValueError, match="unknown Mention fields"):
        extraction_from_dict(odd)


def test_store_holds_exactly_the_graph_quads(sample_parts, tmp_path):
    extractions, _ = sample_parts
    written = write_store(extractions, assemble(extractions), tmp_path / "st")
    assert is_store(tmp_path / "st") and written.generation == "gen-000001"
    expected = ox.Store()  # an in-memory store writes literals the way the on-disk one does ("1.0" -> "1")
    expected.extend(to_quads(to_dataset(assemble(extractions))))
    got = load_store(tmp_path / "st")
    assert nquads(got) == nquads(expected) and len(nquads(got)) > 100
    # provenance is there: one named graph per article
    graphs = run_query(got, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g")
    assert [r[0].rsplit("/", 1)[-1] for r in graphs.rows] == ["a1", "b2"]
    assert read_extractions(tmp_path / "st") == sorted(extractions, key=lambda e: e.article.id)


def test_a_build_with_a_store_converts_the_graph_to_rdf_once_and_exports_the_same_bytes(sample_parts, tmp_path,
                                                                                        monkeypatch):
    import graph.using.export as export
    import graph.pipeline as pipeline
    import graph.using.rdf as rdf

    extractions, _ = sample_parts
    monkeypatch.setattr(pipeline, "extract_corpus", lambda *a, **k: (list(extractions), []))
    calls = []
    real = rdf.compact_quads
    counted = lambda *a, **k: calls.append(1) or real(*a, **k)  # noqa: E731
    monkeypatch.setattr(rdf, "compact_quads", counted)  # the store's
    monkeypatch.setattr(export, "compact_quads", counted)  # the exports'
    pipeline.build([], tmp_path / "plain", fresh_ids=True)
    assert len(calls) == 1
    pipeline.build([], tmp_path / "both", store_dir=tmp_path / "st", fresh_ids=True)
    assert len(calls) == 2  # the store's quads were written to the exports too
    plain = {p.name: p.read_bytes() for p in (tmp_path / "plain").iterdir()}
    assert plain == {p.name: p.read_bytes() for p in (tmp_path / "both").iterdir()} and "graph.nq" in plain


def test_add_equals_a_full_build_without_nlp(sample_parts, tmp_path):
    (a, b), _ = sample_parts
    write_store([a], assemble([a]), tmp_path / "inc")
    written = add_to_store([b], tmp_path / "inc", assemble)
    assert written.added == ("b2",) and written.replaced == ()
    write_store([b, a], assemble([b, a]), tmp_path / "full")
    inc, full = load_store(tmp_path / "inc"), load_store(tmp_path / "full")
    assert nquads(inc) == nquads(full)
    # Globex of b2 was resolved against the Globex already in the store: one node, two articles
    rows = run_query(inc, "SELECT ?a WHERE { ?a schema:mentions ?e . ?e rdfs:label 'Globex' } ORDER BY ?a").rows
    assert len(rows) == 2


def test_a_store_keeps_its_base_through_kg_add(sample_parts, tmp_path):
    from graph.iris import minted_base
    from graph.using.rdf import compact_quads
    from graph.using.store import store_base

    (a, b), _ = sample_parts
    mine = "https://example.org/kg/"
    write_store([a], assemble([a]), tmp_path / "inc", base=mine)
    written = add_to_store([b], tmp_path / "inc", assemble)
    assert written.base == store_base(tmp_path / "inc") == mine
    inc = load_store(tmp_path / "inc")
    assert minted_base(inc) == mine
    expected = ox.Store()
    expected.extend(compact_quads(assemble([a, b]), mine).quads())
    assert nquads(inc) == nquads(expected)
    assert "base" not in json.loads((write_store([a], assemble([a]), tmp_path / "plain").store_dir / MANIFEST).read_text())


def test_kg_add_gives_the_graph_of_a_full_rebuild(seeds_build, tmp_path):
    """The real pipeline: three seed articles into a store, then the other two with `kg add`."""
    runner = CliRunner()
    store = tmp_path / "store"
    first = runner.invoke(cli, ["build", *map(str, SEEDS[:3]), "--store", str(store)])
    assert first.exit_code == 0, first.output
    assert "Built the graph of 3 article(s)" in first.output
    from graph.using.store import ID_REGISTRY, current_generation

    registry = tmp_path / "first-ids.json"  # the ids the three articles minted, before the add
    registry.write_bytes((store / current_generation(store) / ID_REGISTRY).read_bytes())
    added = runner.invoke(cli, ["add", *map(str, SEEDS[3:]), "--store", str(store), "--out", str(tmp_path / "out")])
    assert added.exit_code == 0, added.output
    assert "Added to the graph of 5 article(s)" in added.output and "added           2" in added.output

    # ids are stable (graph.building.identity): "Zuckerberg" of the first three articles keeps its id when an
    # added article names him in full, so the store equals a full build that started from those ids
    zuck = load_store(store).query("ASK { <https://w3id.org/news-kg/id/entity/person/zuckerberg> "
                                   "<http://www.w3.org/2000/01/rdf-schema#label> 'Mark Zuckerberg' }",
                                   use_default_graph_as_union=True)
    assert bool(zuck)
    rebuilt = runner.invoke(cli, ["build", *map(str, SEEDS), "--out", str(tmp_path / "full"), "--ids", str(registry)])
    assert rebuilt.exit_code == 0, rebuilt.output
    full = nquads(load_store(tmp_path / "full"))  # the full build's graph.nq, read the same way
    assert len(full) > 2000
    assert nquads(load_store(store)) == full
    # the same, judged graph by graph as RDF rather than as lines
    ds_store, ds_full = Dataset(), Dataset()
    ds_store.parse(data="\n".join(nquads(load_store(store))), format="nquads")
    # both read through a store: an on-disk store respells literals ("1.0"^^xsd:decimal as "1")
    ds_full.parse(data="\n".join(full), format="nquads")
    names = sorted(str(g.identifier) for g in ds_full.graphs())
    assert names == sorted(str(g.identifier) for g in ds_store.graphs()) and len(names) == 6
    for name in names:
        assert to_isomorphic(ds_store.graph(URIRef(name))) == to_isomorphic(ds_full.graph(URIRef(name))), name
    # --out wrote the exports of the whole updated graph, byte for byte those of the full build
    assert (tmp_path / "out" / "graph.nq").read_bytes() == (tmp_path / "full" / "graph.nq").read_bytes()

    again = runner.invoke(cli, ["add", str(SEEDS[4]), "--store", str(store)])
    assert again.exit_code == 0 and "replaced 1" in again.output
    assert nquads(load_store(store)) == full


def test_readers_never_see_a_half_written_store(sample_parts, tmp_path):
    (a, b), _ = sample_parts
    st = tmp_path / "st"
    write_store([a], assemble([a]), st)
    before = load_store(st)
    old_rows = nquads(before)
    version = source_version(st)
    add_to_store([b], st, assemble)
    assert source_version(st) != version
    assert nquads(before) == old_rows  # a reader that opened the old generation still reads it whole
    assert len(nquads(load_store(st))) > len(old_rows)
    add_to_store([b], st, assemble)
    add_to_store([a], st, assemble)
    # only the current generation and the one before it stay; no staging folders left behind
    names = sorted(p.name for p in st.iterdir())
    assert names == [".lock", "gen-000003", "gen-000004", MANIFEST]
    assert current_generation(st) == "gen-000004"


def test_one_writer_at_a_time(sample_parts, tmp_path):
    (a, b), _ = sample_parts
    st = tmp_path / "st"
    write_store([a], assemble([a]), st)
    with _writer_lock(st):
        with pytest.raises(StoreError, match="being written by another process"):
            add_to_store([b], st, assemble)
    assert current_generation(st) == "gen-000001"


def test_store_errors_are_one_line(sample_parts, tmp_path):
    (a, _b), _ = sample_parts
    with pytest.raises(StoreError, match=r"no store at .*kg build INPUT\.\.\. --store"):
        add_to_store([a], tmp_path / "nothing", assemble)
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(StoreError, match="not a store"):
        write_store([a], assemble([a]), busy)
    assert (busy / "notes.txt").read_text(encoding="utf-8") == "mine"
    st = tmp_path / "st"
    write_store([a], assemble([a]), st)
    manifest = json.loads((st / MANIFEST).read_text(encoding="utf-8"))
    (st / MANIFEST).write_text(json.dumps({**manifest, "records": 99}), encoding="utf-8")
    with pytest.raises(StoreError, match="another version of kg .*rebuild it") as info:
        load_store(st)
    assert "\n" not in str(info.value)


def test_cli_add_without_a_store_and_build_store_only(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    result = runner.invoke(cli, ["add", str(SEEDS[0]), "--store", "missing"])
    assert result.exit_code == 2
    assert result.stderr.strip().startswith("kg: error: no store at missing")
    assert len(result.stderr.strip().splitlines()) == 1
    built = runner.invoke(cli, ["build", str(SEEDS[0]), "--store", "st"])
    assert built.exit_code == 0, built.output
    assert is_store(tmp_path / "st") and not (tmp_path / "exports").exists()  # --store alone writes no exports


def test_query_and_stats_read_a_store(sample_parts, tmp_path):
    extractions, _ = sample_parts
    write_store(extractions, assemble(extractions), tmp_path / "st")
    runner = CliRunner()
    result = runner.invoke(cli, ["query", str(tmp_path / "st"), "SELECT ?l WHERE { ?e a kg:Product ; rdfs:label ?l }",
                                 "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == ["l", "Widget"]
    stats = runner.invoke(cli, ["stats", str(tmp_path / "st"), "--json"])
    assert json.loads(stats.stdout)["articles"] == 2
    assert graph_stats(load_store(tmp_path / "st"))["relations_by_type"]["criticises"] == 1


def test_a_bare_oxigraph_folder_is_queried_read_only(sample_parts, tmp_path):
    extractions, _ = sample_parts
    folder = tmp_path / "ox"
    store = ox.Store(str(folder))
    store.bulk_extend(to_quads(to_dataset(assemble(extractions))))
    store.flush()
    del store
    reader = load_store(folder)
    assert run_query(reader, "ASK { ?e rdfs:label 'Widget' }").boolean is True
    with pytest.raises(RuntimeError, match="read-write"):
        reader.add(ox.Quad(ox.NamedNode("http://x/a"), ox.NamedNode("http://x/b"), ox.Literal("c")))
    assert source_version(folder).startswith("oxigraph:")
