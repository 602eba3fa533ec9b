"""Interoperability: SPARQLWrapper and rdflib's SPARQLStore against `kg serve`; the exports in the real Oxigraph server."""

from __future__ import annotations

import json
import subprocess

import httpx
import pytest
from rdflib import RDFS, Graph, Literal, URIRef
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import CSV, JSON, POST, POSTDIRECTLY, TURTLE, XML, SPARQLWrapper

from graph.using.query import example_queries, read_query_file

from live import kg_serve, oxigraph_cli, oxigraph_serve

BAILEY = URIRef("https://w3id.org/news-kg/id/entity/person/simon-bailey")
PERSONS = """PREFIX kg: <https://w3id.org/news-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?name WHERE { ?p a kg:Person ; rdfs:label ?name } ORDER BY ?name"""


@pytest.fixture(scope="module")
def served(seeds_build):
    """The real CLI: `kg serve <seeds build> --port P` in a subprocess."""
    with kg_serve(seeds_build[0], "--timeout", "5") as server:
        yield server


@pytest.fixture(scope="module")
def endpoint(served):
    return served.base + "/sparql"


@pytest.fixture(scope="module")
def small_export(tmp_path_factory):
    from conftest import _sample
    from graph.building.build import build_graph
    from graph.using.export import export_graph

    folder = tmp_path_factory.mktemp("small")
    export_graph(build_graph(*_sample()), folder, formats=["nq"])
    return folder


def _wrapper(endpoint, query, fmt, method=None):
    sw = SPARQLWrapper(endpoint)
    sw.setQuery(query)
    sw.setReturnFormat(fmt)
    if method:
        sw.setMethod(POST)
        if method == POSTDIRECTLY:
            sw.setRequestMethod(POSTDIRECTLY)
    return sw.query().convert()


def test_kg_serve_on_loopback_until_ctrl_c(small_export):
    with kg_serve(small_export) as server:
        assert httpx.get(server.base + "/sparql", params={"query": "ASK {}"}).json()["boolean"] is True
        port = server.base.rsplit(":", 1)[1]
        assert f"Serving {small_export} at http://127.0.0.1:{port}/ (SPARQL endpoint" in server.stderr
        assert "warning" not in server.stderr  # loopback: nothing to warn about
        assert server.stop() == 0
    assert "Traceback" not in server.stderr and "KeyboardInterrupt" not in server.stderr
    assert server.stderr.rstrip().endswith("Stopped.")


@pytest.mark.parametrize("method", [None, POST, POSTDIRECTLY])
def test_sparqlwrapper_select_json(endpoint, method):
    data = _wrapper(endpoint, PERSONS, JSON, method)
    assert [b["name"]["value"] for b in data["results"]["bindings"]][:4] == [
        "Andy Burrows", "Mark Zuckerberg", "Robert Jones", "Simon Bailey"]


def test_sparqlwrapper_xml_csv_ask_and_construct(endpoint):
    xml = _wrapper(endpoint, PERSONS, XML)  # an xml.dom document
    literals = [n.firstChild.data for n in xml.getElementsByTagName("literal")]
    assert "Simon Bailey" in literals and len(literals) == 6
    csv = _wrapper(endpoint, PERSONS, CSV).decode("utf-8").splitlines()
    assert csv[0] == "name" and "Simon Bailey" in csv
    ask = _wrapper(endpoint, "ASK { ?s <http://www.w3.org/2000/01/rdf-schema#label> 'Simon Bailey' }", JSON)
    assert ask["boolean"] is True
    construct = f"CONSTRUCT {{ <{BAILEY}> ?p ?o }} WHERE {{ <{BAILEY}> ?p ?o }}"
    g = Graph().parse(data=_wrapper(endpoint, construct, TURTLE), format="turtle")
    assert (BAILEY, RDFS.label, Literal("Simon Bailey")) in g
    g2 = _wrapper(endpoint, construct, XML)  # SPARQLWrapper asks for RDF/XML and parses it with rdflib
    assert set(g2) == set(g)


def test_sparqlwrapper_update_is_refused(endpoint):
    sw = SPARQLWrapper(endpoint)
    sw.setMethod(POST)
    sw.setQuery("INSERT DATA { <http://x/a> <http://x/b> <http://x/c> }")
    with pytest.raises(Exception) as info:
        sw.query()
    assert "403" in str(info.value)
    r = httpx.post(endpoint, data={"update": "INSERT DATA { <http://x/a> <http://x/b> <http://x/c> }"})
    assert r.status_code == 403 and r.json()["error"]["code"] == "read_only"


def test_rdflib_sparqlstore(endpoint):
    g = Graph(store=SPARQLStore(endpoint))
    rows = list(g.query(PERSONS))
    assert [str(r[0]) for r in rows][3] == "Simon Bailey"
    assert (BAILEY, RDFS.label, Literal("Simon Bailey")) in g
    assert {str(o) for o in g.objects(BAILEY, URIRef("http://www.w3.org/2004/02/skos/core#altLabel"))} >= {
        "Bailey", "Mr Bailey", "Simon Bailey"}
    assert len(list(g.triples((BAILEY, None, None)))) >= 6


def _oxigraph() -> str:
    return oxigraph_cli()


@pytest.fixture(scope="module")
def oxigraph_endpoint(seeds_build, tmp_path_factory):
    """`oxigraph load` the exports into a database, then `oxigraph serve` it on a free port."""
    db = tmp_path_factory.mktemp("oxigraph") / "db"
    subprocess.run([_oxigraph(), "load", "--location", str(db), "--file", str(seeds_build[0] / "graph.nq")],
                   check=True, capture_output=True, timeout=120)
    with oxigraph_serve("--location", str(db), "--union-default-graph") as base:
        yield base + "/query"


def _answer(url: str, query: str) -> tuple[list[str], list[str]]:
    r = httpx.post(url, data={"query": query}, headers={"Accept": "application/sparql-results+json"}, timeout=30)
    assert r.status_code == 200, r.text
    data = r.json()
    rows = sorted(json.dumps(b, sort_keys=True, ensure_ascii=False) for b in data["results"]["bindings"])
    return data["head"]["vars"], rows


def test_exports_load_into_oxigraph_with_every_quad(oxigraph_endpoint, endpoint):
    count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    default = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    assert _answer(oxigraph_endpoint, count) == _answer(endpoint, count)
    assert _answer(oxigraph_endpoint, default) == _answer(endpoint, default)
    n = json.loads(_answer(endpoint, count)[1][0])["n"]["value"]
    assert int(n) > 2000


@pytest.mark.parametrize("name", sorted(example_queries()))
def test_example_queries_agree_with_oxigraph_server(oxigraph_endpoint, endpoint, name):
    query = read_query_file(name)
    ours = _answer(endpoint, query)
    theirs = _answer(oxigraph_endpoint, query)
    assert ours[1], f"{name} gives no rows on the seeds"
    assert ours == theirs
