"""The graph contract (graph/contract.py) against the builder, the RDF, the SHACL shapes and the docs."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import SH

from graph.contract import EDGE_KINDS, NODE_KINDS, RECORDS, expand, node_attributes, table
from graph.using.from_rdf import from_quads
from graph.using.rdf import graph_quads
from graph.using.validate import load_shapes

from conftest import ROOT

KGSH = "https://w3id.org/news-kg/shapes#"
#: The shape that holds each kind's properties.
SHAPES = {"entity": "EntityShape", "article": "ArticleShape", "quotation": "QuotationShape", "figure": "FigureShape",
          "figure_group": "FigureGroupShape", "evidence": "EvidenceShape", "mention": "MentionShape",
          "correction": "CorrectionShape"}
XSD_OF = {name: URIRef(expand("xsd:" + name)) for name in ("string", "integer", "decimal", "boolean")}


@pytest.fixture(scope="module")
def seeds_graph():
    from graph.pipeline import assemble, extract_corpus

    extractions, _ = extract_corpus([ROOT / "seeds"])
    return assemble(extractions)


def _properties(shapes: Graph, shape: str) -> dict[URIRef, list]:
    """path -> the property shapes on it (the shape's own and the shared ones it names)."""
    found: dict[URIRef, list] = {}
    for prop in shapes.objects(URIRef(KGSH + shape), SH.property):
        path = shapes.value(prop, SH.path)
        if isinstance(path, URIRef):
            found.setdefault(path, []).append(prop)
    return found


def _min_count(shapes: Graph, props: list) -> int:
    return max((int(shapes.value(p, SH.minCount) or 0) for p in props), default=0)


@pytest.mark.parametrize("kind", list(NODE_KINDS) + list(RECORDS))
def test_shapes_require_what_the_contract_requires_and_nothing_else(kind):
    shapes = load_shapes()
    declared = NODE_KINDS.get(kind) or RECORDS[kind]
    props = _properties(shapes, SHAPES[kind])
    assert props, f"graph/shapes.ttl has no kgsh:{SHAPES[kind]}"
    for attr in declared.attributes:
        if not attr.predicates or attr.predicate == "rdf:type":
            continue
        path = URIRef(expand(attr.predicate))
        if attr.required:
            assert _min_count(shapes, props.get(path, [])) >= 1, \
                f"{kind}.{attr.name} is required by the contract: kgsh:{SHAPES[kind]} needs sh:minCount 1 on {attr.predicate}"
        else:
            assert _min_count(shapes, props.get(path, [])) == 0, \
                f"{kind}.{attr.name} is optional in the contract, but kgsh:{SHAPES[kind]} requires {attr.predicate}"
        for prop in props.get(path, []):
            datatype = shapes.value(prop, SH.datatype)
            if datatype is not None and attr.datatype in XSD_OF:
                assert datatype == XSD_OF[attr.datatype], f"{kind}.{attr.name}: shapes say {datatype}, contract {attr.datatype}"


def test_every_predicate_of_the_contract_is_in_the_ontology():
    ontology = Graph().parse(ROOT / "graph" / "ontology.ttl", format="turtle")
    mine = "https://w3id.org/news-kg/ontology#"
    subjects = {str(s) for s in ontology.subjects()}
    kinds = list(NODE_KINDS.values()) + list(RECORDS.values())
    curies = {p for k in kinds for a in k.attributes for p in a.predicates}
    curies |= {p for e in EDGE_KINDS.values() for p in e.predicates}
    curies |= {p for e in EDGE_KINDS.values() for a in e.attributes for p in a.predicates}
    missing = sorted(c for c in curies if expand(c).startswith(mine) and expand(c) not in subjects)
    assert not missing, f"graph/ontology.ttl does not declare {missing}"


def test_the_builder_makes_exactly_the_contract_attributes(seeds_graph):
    for node, data in seeds_graph.nodes(data=True):
        names = [a.name for a in NODE_KINDS[data["kind"]].attributes]
        assert list(data) == ["kind", *names], node
    for u, v, key, data in seeds_graph.edges(keys=True, data=True):
        edge = EDGE_KINDS[key]
        assert data["predicate"] == key and data["label"] == edge.label
        assert seeds_graph.nodes[u]["kind"] in edge.source and seeds_graph.nodes[v]["kind"] in edge.target, (u, key, v)


def test_required_attributes_are_never_empty_in_the_seeds(seeds_graph):
    for node, data in seeds_graph.nodes(data=True):
        for attr in NODE_KINDS[data["kind"]].attributes:
            if attr.required and attr.datatype != "boolean" and not attr.many:
                assert data[attr.name] not in (None, ""), f"{node}: required {attr.name} is empty"


def test_read_back_has_the_contract_attributes(seeds_graph):
    back = from_quads(graph_quads(seeds_graph))
    for node, data in back.nodes(data=True):
        assert list(data) == ["kind", *(a.name for a in NODE_KINDS[data["kind"]].attributes)], node


def test_node_attributes_names_the_missing_and_the_unknown():
    with pytest.raises(TypeError, match=r"missing \['text_length'\], unknown \['length'\]"):
        node_attributes("article", label="x", headline=None, source="x.txt", url=None, date=None, byline=None, length=1)


def test_docs_print_the_contract_table():
    page = (ROOT / "docs" / "rdf-layout.md").read_text(encoding="utf-8")
    found = re.search(r"<!-- contract:begin -->\n(.*)<!-- contract:end -->", page, re.S)
    assert found, "docs/rdf-layout.md lost its contract markers"
    assert found.group(1) == table(), "docs/rdf-layout.md is out of date: paste `python -m graph.contract` between the markers"


@pytest.mark.slow  # a subprocess
def test_python_m_graph_contract_prints_the_table():
    out = subprocess.run([sys.executable, "-m", "graph.contract"], capture_output=True, text=True, check=True, cwd=ROOT).stdout
    assert out == table()


def test_literals_of_the_shapes_are_typed_like_the_data():
    # rdflib compares "agreeing" and "agreeing"^^xsd:string as different values: sh:in must use the typed form
    shapes = load_shapes()
    for lst in shapes.objects(None, SH["in"]):
        for item in shapes.items(lst):
            if isinstance(item, Literal):
                assert item.datatype == XSD_OF["string"], f"sh:in value {item!r} needs ^^xsd:string"
