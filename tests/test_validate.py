"""Validate stage: the SHACL shapes of the graph contract, `kg validate`, the seeds build conforming."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from conftest import _sample
from graph.building.build import build_graph
from graph.cli import cli
from graph.using.rdf import to_dataset, to_quads
from graph.using.validate import load_shapes, to_rdflib, validate, validate_graph

KG = "https://w3id.org/news-kg/ontology#"
ID = "https://w3id.org/news-kg/id/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
RDF_TYPE = ox.NamedNode(RDF + "type")
XSD_INTEGER = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
PREFIXES = f"PREFIX kg: <{KG}> PREFIX rdf: <{RDF}> PREFIX prov: <http://www.w3.org/ns/prov#> "


def _store(g) -> ox.Store:
    store = ox.Store()
    store.extend(to_quads(to_dataset(g)))
    return store


def _one(store: ox.Store, where: str) -> ox.NamedNode:
    rows = list(store.query(PREFIXES + f"SELECT ?x WHERE {{ {where} }} ORDER BY ?x LIMIT 1", use_default_graph_as_union=True))
    assert rows, where
    return rows[0]["x"]


def _drop(store: ox.Store, s, p) -> None:
    for quad in list(store.quads_for_pattern(s, p, None, None)):
        store.remove(quad)


def _set_int(store: ox.Store, s, p, value: int) -> None:
    quads = list(store.quads_for_pattern(s, p, None, None))
    assert quads
    for quad in quads:
        store.remove(quad)
        store.add(ox.Quad(s, p, ox.Literal(str(value), datatype=XSD_INTEGER), quad.graph_name))


def _node(node_id: str) -> ox.NamedNode:
    return ox.NamedNode(ID + node_id)


@pytest.fixture
def broken() -> ox.Store:
    """The small sample graph with one contract breach of each kind."""
    store = _store(build_graph(*_sample()))
    jane, widget, globex = _node("entity/person/jane-doe"), _node("entity/product/widget"), _node("entity/organization/globex")
    _drop(store, jane, RDFS_LABEL)  # an entity without a label
    _drop(store, widget, RDF_TYPE)  # an untyped entity
    store.add(ox.Quad(globex, RDF_TYPE, ox.NamedNode(KG + "Person"), ox.DefaultGraph()))  # two types
    store.add(ox.Quad(jane, ox.NamedNode(KG + "owns"), globex, ox.DefaultGraph()))  # a relation with no statement
    st = _one(store, "?x rdf:predicate kg:worksFor")
    _drop(store, st, ox.NamedNode(KG + "evidence"))  # a statement without evidence
    quote = _one(store, "?x a kg:Quotation")
    _drop(store, quote, ox.NamedNode(KG + "evidence"))  # a quotation without evidence
    ev = _one(store, "?st rdf:predicate kg:owns ; kg:evidence ?x")
    _set_int(store, ev, ox.NamedNode(KG + "end"), 10_000)  # beyond the article's text
    mention = _one(store, f"?x kg:mentionOf <{ID}entity/organization/acme-corp>")
    _set_int(store, mention, ox.NamedNode(KG + "start"), 400)  # start after end
    _drop(store, _node("article/b2"), ox.NamedNode(KG + "textLength"))
    return store


def test_the_sample_graph_conforms():
    report = validate(_store(build_graph(*_sample())))
    assert report.conforms and report.violations == () and report.triples > 100


def test_every_breach_is_found_and_named(broken):
    report = validate(broken)
    assert not report.conforms
    lines = [str(v) for v in report.violations]
    expected = [
        "entity/person/jane-doe: rdfs:label: an entity must have exactly one non-empty rdfs:label",
        "entity/product/widget (Widget): rdf:type: an entity must be typed with exactly one of kg:Person",
        "entity/organization/globex (Globex): rdf:type: an entity must be typed with exactly one of",
        "entity/person/jane-doe: kg:owns: relation kg:owns to entity/organization/globex has no rdf:Statement",
        ": kg:evidence: a relation statement (kg:worksFor) must have kg:evidence",
        ": kg:evidence: a quotation must have kg:evidence",
        ": kg:end: kg:end 10000 is beyond the end of the article's text (",
        ": kg:sentence: the offsets span ",
        "entity/organization/acme-corp/mention/a1/",
        "kg:start: kg:start must be one integer, at least 0 and below kg:end",
        "article/b2 (",
        "kg:textLength: an article must have exactly one kg:textLength",
    ]
    for fragment in expected:
        assert any(fragment in line for line in lines), (fragment, lines)
    assert all("\n" not in line for line in lines)


def test_figure_breaches_are_found(seeds_build):
    """Figures (read from the seeds: no hand-made sample has them) need evidence, offsets inside
    their article, and every conflict between two of them its reason."""
    from graph.using.load import load_store

    store = load_store(seeds_build[0])
    figure = _one(store, "?x a kg:Figure")
    _drop(store, figure, ox.NamedNode(KG + "evidence"))
    _set_int(store, figure, ox.NamedNode(KG + "end"), 1_000_000)
    conflict = _one(store, "?x rdf:predicate kg:conflictsWith")
    _drop(store, conflict, ox.NamedNode(KG + "reason"))
    lines = [str(v) for v in validate(store).violations]
    short = figure.value[len(ID):]
    assert any(line.startswith(short) and "kg:evidence: a figure must have kg:evidence" in line for line in lines), lines
    assert any(line.startswith(short) and "kg:end: kg:end 1000000 is beyond the end" in line for line in lines), lines
    assert any(line.startswith(conflict.value[len(ID):]) and "a figure conflict must give its kg:reason" in line
               for line in lines), lines


def test_the_fast_sparql_path_agrees_with_pyshacl(broken):
    """graph/using/validate.py runs the sh:sparql constraints as whole-graph queries in pyoxigraph; pyshacl
    runs them once per focus node. Both must report the same breaches."""
    from pyshacl import validate as shacl_validate
    from rdflib.namespace import RDF as R
    from rdflib.namespace import SH

    ours = {(v.focus, v.message) for v in validate(broken).violations}
    conforms, results, _ = shacl_validate(to_rdflib(broken), shacl_graph=load_shapes(), inference="none")
    assert not conforms
    theirs = set()
    for r in results.subjects(R.type, SH.ValidationResult):
        focus = str(results.value(r, SH.focusNode))
        message = str(results.value(r, SH.resultMessage)).replace(ID, "").replace(KG, "kg:")  # we print IRIs short
        theirs.add((focus[len(ID):] if focus.startswith(ID) else focus, message))
    assert ours == theirs


def test_seeds_build_conforms_through_the_cli(seeds_build):
    result = CliRunner().invoke(cli, ["validate", str(seeds_build[0])])
    assert result.exit_code == 0, result.output
    assert "conforms to the graph contract" in result.stdout
    ttl = CliRunner().invoke(cli, ["validate", str(seeds_build[0] / "graph.ttl")])  # one RDF file works too
    assert ttl.exit_code == 0, ttl.output


def test_a_broken_graph_fails_through_the_cli(broken, tmp_path):
    folder = tmp_path / "broken"
    folder.mkdir()
    (folder / "graph.nq").write_bytes(ox.serialize(broken, format=ox.RdfFormat.N_QUADS))
    result = CliRunner().invoke(cli, ["validate", str(folder)])
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"{folder}: ") and "violation(s) of the graph contract" in lines[0]
    assert len(lines) == 1 + len(validate_graph(folder).violations) >= 9
    assert all(line.startswith("  - ") for line in lines[1:])


def test_a_missing_graph_is_a_usage_mistake(tmp_path):
    result = CliRunner().invoke(cli, ["validate", str(tmp_path / "nope")])
    assert result.exit_code == 2
    assert result.stderr.startswith("kg: error: graph not found")


def test_labels_from_articles_are_printed_inert(tmp_path):
    g = build_graph(*_sample())
    g.nodes["entity/person/jane-doe"]["label"] = "Jane\x1b[2J\u202e Doe"
    store = _store(g)
    _drop(store, _node("entity/person/jane-doe"), RDF_TYPE)
    (tmp_path / "graph.nq").write_bytes(ox.serialize(store, format=ox.RdfFormat.N_QUADS))
    result = CliRunner().invoke(cli, ["validate", str(tmp_path)])
    assert result.exit_code == 1
    assert "\x1b" not in result.stdout and "\u202e" not in result.stdout
    assert "Jane\ufffd[2J\ufffd Doe" in result.stdout
