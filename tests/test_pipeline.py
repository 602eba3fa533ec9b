"""End to end on the seed articles: the scores the issues ask for, determinism, parity of the RDF files."""

from __future__ import annotations

import os
import subprocess
import sys

import pyoxigraph as ox
import pytest
import rdflib

from graph.evaluate import evaluate, load_gold
from graph.query import load_store

from conftest import ROOT, SEEDS_GOLD


@pytest.fixture(scope="module")
def report(seeds_build):
    out, _ = seeds_build
    return evaluate(load_gold(SEEDS_GOLD), load_store(out)).to_dict()


def test_summary_counts(seeds_build):
    _, summary = seeds_build
    assert summary.articles == 5
    assert summary.quotations >= 30
    assert set(summary.relations_by_type) == {"criticises", "reportsTo", "cites", "worksFor", "owns", "callsOn", "partnersWith"}
    assert not summary.skipped


def test_entity_scores(report):
    ent = report["entities"]
    assert ent["recall"] >= 0.95, report["errors"]["entity_misses"]
    assert ent["precision"] >= 0.85, report["errors"]["entity_false_positives"]
    assert not report["errors"]["entity_splits"]


def test_no_entity_from_page_furniture(report, seeds_build):
    gold = load_gold(SEEDS_GOLD)
    forbidden = {n.casefold() for n in gold["forbidden_names"]}
    store = load_store(seeds_build[0])
    labels = {str(r["l"].value).casefold() for r in store.query(
        "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
        "SELECT ?l WHERE { { ?e rdfs:label ?l } UNION { ?e skos:altLabel ?l } }", use_default_graph_as_union=True)}
    assert not (labels & forbidden)


def test_relation_scores(report):
    rel = report["relations"]
    assert rel["f1"] >= 0.80 and rel["precision"] >= 0.80, report["errors"]["relation_false_positives"]
    for pred, score in report["relations_by_type"].items():
        assert score["tp"] >= 1, pred


def test_quotation_scores(report):
    assert report["quotations"]["recall"] >= 0.95, report["errors"]["quotation_misses"]
    assert report["speaker_accuracy"]["accuracy"] >= 0.90, report["errors"]["wrong_speakers"]


def _triples_rdflib(path, fmt):
    if fmt in ("trig", "nquads"):
        ds = rdflib.Dataset()
        ds.parse(path, format=fmt)
        return {(s.n3(), p.n3(), o.n3()) for s, p, o, _g in ds.quads()}
    g = rdflib.Graph()
    g.parse(path, format=fmt)
    return {(s.n3(), p.n3(), o.n3()) for s, p, o in g}


def _triples_oxigraph(path, fmt):
    out = set()
    for q in ox.parse(path=str(path), format=fmt):
        out.add((str(q.subject), str(q.predicate), str(q.object)))
    return out


@pytest.mark.parametrize("name,rdflib_fmt,ox_fmt", [
    ("graph.ttl", "turtle", ox.RdfFormat.TURTLE),
    ("graph.nt", "nt", ox.RdfFormat.N_TRIPLES),
    ("graph.nq", "nquads", ox.RdfFormat.N_QUADS),
    ("graph.trig", "trig", ox.RdfFormat.TRIG),
    ("graph.jsonld", "json-ld", ox.RdfFormat.JSON_LD),
])
def test_every_rdf_export_parses_the_same_in_rdflib_and_pyoxigraph(seeds_build, name, rdflib_fmt, ox_fmt):
    path = seeds_build[0] / name
    a = _triples_rdflib(path, rdflib_fmt)
    b = _triples_oxigraph(path, ox_fmt)
    assert len(a) > 1000
    assert a == b


def test_rebuild_in_another_process_is_byte_identical(seeds_build, tmp_path):
    out, _ = seeds_build
    again = tmp_path / "again"
    env = dict(os.environ, PYTHONHASHSEED="12345")
    subprocess.run([sys.executable, "-m", "graph", "build", str(ROOT / "seeds"), "--out", str(again)],
                   check=True, env=env, cwd=ROOT, capture_output=True)
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted(p.name for p in again.iterdir())
    for name in names:
        assert (out / name).read_bytes() == (again / name).read_bytes(), name


def test_committed_exports_are_the_current_build(seeds_build):
    """exports/ in the repository is what the code builds from seeds/ (no stale exports)."""
    out, _ = seeds_build
    committed = ROOT / "exports"
    for p in sorted(out.iterdir()):
        assert (committed / p.name).read_bytes() == p.read_bytes(), f"exports/{p.name} is stale: run `make demo`"
