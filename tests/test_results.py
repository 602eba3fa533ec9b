"""Results stage: every SPARQL results format and RDF syntax, read back by rdflib/pyoxigraph; content negotiation."""

from __future__ import annotations

import io
import json

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.query import Result

from graph.using.query import run_query
from graph.using.results import FORMATS, NotAcceptable, choose_format, write_result

ODD = 'tab\there, "quotes", back\\slash,\nnew line, <b>&amp;</b>, \u00e9, \U0001F4F0'


@pytest.fixture(scope="module")
def store():
    s = ox.Store()
    s.load(input=f"""
        @prefix kg: <https://w3id.org/news-kg/ontology#> .
        @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        <https://w3id.org/news-kg/id/entity/person/jane> a kg:Person ; rdfs:label "Jane Doe" , "Juana"@es ;
            kg:start 7 ; kg:note {json.dumps(ODD, ensure_ascii=False)} .
        """, format=ox.RdfFormat.TURTLE)
    return s


SELECT = "SELECT ?e ?label ?n ?note ?none WHERE { ?e rdfs:label ?label ; kg:start ?n ; kg:note ?note } ORDER BY ?label"


def _parsed(data: bytes, fmt: str):
    return Result.parse(io.BytesIO(data), format=fmt)


@pytest.mark.parametrize("name", ["json", "xml", "csv", "tsv"])
def test_select_formats_read_back_by_rdflib(store, name):
    result = run_query(store, SELECT)
    data = write_result(result, FORMATS[name])
    parsed = _parsed(data, name)
    assert [str(v) for v in parsed.vars] == ["e", "label", "n", "note", "none"]
    rows = [{str(k): v for k, v in b.items()} for b in parsed.bindings]
    assert len(rows) == 2
    assert {str(r["label"]) for r in rows} == {"Jane Doe", "Juana"}
    assert all(str(r["note"]) == ODD for r in rows)
    assert all(not r.get("none") for r in rows)
    if name != "csv":  # CSV keeps lexical forms only; the others keep term types
        assert all(isinstance(r["e"], rdflib.URIRef) for r in rows)
        assert {r["label"].language for r in rows} == {None, "es"}
        assert all(r["n"].datatype == rdflib.XSD.integer for r in rows)


@pytest.mark.parametrize("name", ["json", "xml"])
def test_ask_formats(store, name):
    for text, expected in (("ASK { ?s a kg:Person }", True), ("ASK { ?s a kg:Event }", False)):
        assert _parsed(write_result(run_query(store, text), FORMATS[name]), name).askAnswer is expected


def test_xml_never_carries_characters_xml_forbids(store):
    result = run_query(store, 'SELECT ?x WHERE { BIND("bell\\u0007ring" AS ?x) }')
    data = write_result(result, FORMATS["xml"])
    assert b"\x07" not in data
    assert str(_parsed(data, "xml").bindings[0][rdflib.Variable("x")]) == "bell\ufffdring"


CONSTRUCT = "CONSTRUCT { ?e ?p ?o } WHERE { ?e ?p ?o }"


@pytest.mark.parametrize("name, fmt", [("turtle", ox.RdfFormat.TURTLE), ("ntriples", ox.RdfFormat.N_TRIPLES),
                                       ("jsonld", ox.RdfFormat.JSON_LD), ("rdfxml", ox.RdfFormat.RDF_XML)])
def test_graph_formats_parse_back_to_the_same_triples(store, name, fmt):
    result = run_query(store, CONSTRUCT)
    data = write_result(result, FORMATS[name])
    back = {q.triple for q in ox.parse(data, format=fmt)}
    assert back == {q.triple for q in store}
    assert len(back) == 5  # type, two labels, start, note


def test_rdfxml_refuses_what_it_cannot_express():
    s = ox.Store()
    s.add(ox.Quad(ox.NamedNode("http://x/a"), ox.NamedNode("http://x/p/1"), ox.Literal("v")))
    with pytest.raises(NotAcceptable, match="cannot be written as RDF/XML"):
        write_result(run_query(s, CONSTRUCT), FORMATS["rdfxml"])


@pytest.mark.parametrize("kind, accept, name, expected", [
    ("select", None, None, "json"),
    ("select", "*/*", None, "json"),
    ("select", "application/sparql-results+xml", None, "xml"),
    ("select", "application/json", None, "json"),
    ("select", "text/csv;q=0.5, text/tab-separated-values", None, "tsv"),
    ("select", "text/*", None, "csv"),
    ("select", "text/html, application/xml;q=0.9, */*;q=0.8", None, "xml"),
    ("ask", "application/sparql-results+json,application/json,text/javascript", None, "json"),
    ("graph", None, None, "turtle"),
    ("graph", "application/n-triples", None, "ntriples"),
    ("graph", "application/json", None, "jsonld"),
    ("graph", "application/sparql-results+xml, application/rdf+xml", None, "rdfxml"),
    ("graph", "text/turtle;q=0.2, application/ld+json;q=0.9", None, "jsonld"),
    ("graph", "application/sparql-results+json", None, "json"),
    ("select", "text/csv", "tsv", "tsv"),
    ("graph", None, "nt", "ntriples"),
    ("select", None, "text/csv", "csv"),
    ("graph", "application/rdf+xml", "xml", "rdfxml"),  # SPARQLWrapper: format=xml with the exact type in Accept
    ("graph", "application/turtle,text/turtle,text/rdf+n3", "n3", "turtle"),
    ("graph", "*/*", "json", "json"),
    ("select", "text/csv", "json", "json"),  # a usable format= wins over Accept
])
def test_content_negotiation(kind, accept, name, expected):
    assert choose_format(kind, accept, name).name == expected


def test_nothing_acceptable_lists_the_choices():
    with pytest.raises(NotAcceptable, match=r"no acceptable format .*image/png.*tsv \(text/tab-separated-values\)"):
        choose_format("select", "image/png")
    with pytest.raises(NotAcceptable, match=r"cannot hold a CONSTRUCT/DESCRIBE result: choose from .*turtle"):
        choose_format("graph", None, "csv")
    with pytest.raises(NotAcceptable):
        choose_format("select", "text/csv;q=0")
    with pytest.raises(NotAcceptable, match="format 'turtle' cannot hold a SELECT result"):
        choose_format("select", "*/*", "turtle")  # a wildcard does not rescue a wrong format=


def test_preference_reads_q_and_wildcards():
    from graph.using.results import preference

    html = ("text/html", "application/xhtml+xml")
    assert preference("text/html;q=0.5, application/json", html) == 0.5
    assert preference("*/*;q=0.8", html) == pytest.approx(0.799)  # a wildcard counts a little less
    assert preference("application/json", html) == -1.0
