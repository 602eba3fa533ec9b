"""Describe stage and the base of the IRIs: VoID and service descriptions from the counts of `kg stats`;
`--base` rewrites the base of every minted IRI and nothing else; a graph's base is found again from its IRIs."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef

from graph.using.describe import dataset_iri, describe_dataset, describe_service, node_query
from graph.errors import FormatError
from graph.using.export import export_graph
from graph.using.from_rdf import from_store
from graph.iris import DEFAULT_BASE, check_base, minted_base, rebase_iri
from graph.using.load import load_store
from graph.using.query import run_query
from graph.using.stats import graph_stats, profile_triples
from graph.using.rdf import compact_quads, graph_quads

VOID = "http://rdfs.org/ns/void#"
SD = "http://www.w3.org/ns/sparql-service-description#"
KG = "https://w3id.org/news-kg/ontology#"
MINE = "https://example.org/kg/"


def _store(quads) -> ox.Store:
    store = ox.Store()
    store.extend(quads)
    return store


def _graph(triples) -> Graph:
    return Graph().parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), format="nt")


@pytest.fixture
def exported(figures_graph, tmp_path):
    out = tmp_path / "exports"
    export_graph(figures_graph, out, formats=["nq", "void"])
    return out


def test_void_ttl_counts_are_those_of_kg_stats(exported):
    stats = graph_stats(load_store(exported))
    void = Graph().parse(exported / "void.ttl")
    ds = URIRef(dataset_iri(DEFAULT_BASE))
    assert void.value(ds, URIRef(VOID + "triples")) == Literal(stats["triples"])
    assert void.value(ds, URIRef(VOID + "entities")) == Literal(stats["entities"])
    classes = {str(void.value(p, URIRef(VOID + "class"))): void.value(p, URIRef(VOID + "entities")).toPython()
               for p in void.objects(ds, URIRef(VOID + "classPartition"))}
    for name, n in stats["entities_by_type"].items():
        assert classes[KG + name] == n
    assert classes[KG + "Article"] == stats["articles"] == 3
    assert classes[KG + "Quotation"] == stats["quotations"] and classes[KG + "Figure"] == stats["figures"]
    properties = {str(void.value(p, URIRef(VOID + "property"))): void.value(p, URIRef(VOID + "triples")).toPython()
                  for p in void.objects(ds, URIRef(VOID + "propertyPartition"))}
    for name, n in stats["relations_by_type"].items():
        assert properties[KG + name] == n
    assert sum(properties.values()) == stats["triples"]
    period = void.value(ds, URIRef("http://purl.org/dc/terms/temporal"))
    assert str(void.value(period, URIRef("http://www.w3.org/ns/dcat#startDate"))) == "2021-03-01"
    assert str(void.value(ds, URIRef(VOID + "uriSpace"))) == DEFAULT_BASE + "id/"


def test_void_ttl_is_byte_stable_and_has_no_blank_nodes(figures_graph, exported, tmp_path):
    again = tmp_path / "again"
    export_graph(figures_graph, again, formats=["void"])
    data = (exported / "void.ttl").read_bytes()
    assert data == (again / "void.ttl").read_bytes()
    assert all(isinstance(t, (URIRef, Literal)) for t in Graph().parse(data=data, format="turtle").all_nodes())


def test_service_description_names_its_endpoint_and_its_dataset(small_graph):
    store = _store(graph_quads(small_graph))
    profile = profile_triples((q.subject, q.predicate, q.object) for q in store)
    endpoint = "http://127.0.0.1:8123/sparql"
    graphs = [g.value for g in store.named_graphs()]
    g = _graph(describe_service(endpoint, profile, DEFAULT_BASE, graphs))
    e = URIRef(endpoint)
    assert (e, URIRef(SD + "endpoint"), e) in g
    ds = g.value(e, URIRef(SD + "defaultDataset"))
    assert ds == URIRef(dataset_iri(DEFAULT_BASE))
    assert {str(g.value(n, URIRef(SD + "name"))) for n in g.objects(ds, URIRef(SD + "namedGraph"))} == set(graphs)
    assert (ds, URIRef(VOID + "sparqlEndpoint"), e) in g
    assert len(describe_dataset(profile, DEFAULT_BASE)) + 1 < len(g)


def test_base_moves_every_minted_iri_and_keeps_paths_and_vocabulary(small_graph):
    default, mine = list(compact_quads(small_graph).quads()), list(compact_quads(small_graph, MINE).quads())
    assert len(default) == len(mine)

    def rebased(term):
        return ox.NamedNode(rebase_iri(term.value, MINE)) if isinstance(term, ox.NamedNode) else term

    expected = {ox.Quad(rebased(q.subject), q.predicate, rebased(q.object),
                        q.graph_name if isinstance(q.graph_name, ox.DefaultGraph) else rebased(q.graph_name))
                for q in default}
    assert set(mine) == expected
    iris = {t.value for q in mine for t in (q.subject, q.object, q.graph_name) if isinstance(t, ox.NamedNode)}
    assert not any(i.startswith(DEFAULT_BASE + "id/") for i in iris)
    assert any(i == MINE + "id/entity/person/jane-doe" for i in iris)
    assert {q.predicate.value for q in mine} == {q.predicate.value for q in default}  # kg: stays kg:


def test_a_graph_under_another_base_reads_back_to_the_same_nodes(small_graph):
    store = _store(compact_quads(small_graph, MINE).quads())
    assert minted_base(store) == MINE
    assert minted_base(_store(graph_quads(small_graph))) == DEFAULT_BASE
    assert minted_base(ox.Store()) == DEFAULT_BASE
    back = from_store(store)
    assert sorted(back.nodes) == sorted(from_store(_store(graph_quads(small_graph))).nodes)
    # a query's undeclared id: follows the graph's base
    ask = "ASK { ?e rdfs:label 'Jane Doe' FILTER(STRSTARTS(STR(?e), STR(id:))) }"
    assert run_query(store, ask).boolean is True
    assert run_query(_store(graph_quads(small_graph)), ask).boolean is True


@pytest.mark.parametrize("base", ["https://example.org/kg", "ftp://example.org/", "https://example.org/kg/?x=1",
                                  "https://example.org/k g/", "example.org/", "https://example.org/#"])
def test_a_base_that_cannot_prefix_iris_is_refused_with_the_fix(base):
    with pytest.raises(FormatError, match="ends in '/'"):
        check_base(base)


@pytest.mark.parametrize("base", [DEFAULT_BASE, "http://127.0.0.1:8000/", "https://data.example.org/news/kg/"])
def test_good_bases(base):
    assert check_base(base) == base


@pytest.mark.parametrize("iri", ["https://w3id.org/news-kg/id/x> } INSERT DATA { <a> <b> <c> } #",
                                 "https://w3id.org/news-kg/id/a b", 'https://w3id.org/news-kg/id/"x"', "not an iri"])
def test_node_query_takes_only_a_plain_iri(iri):
    assert node_query(iri) is None


@pytest.mark.parametrize("fixture", ["small_graph", "figures_graph", "dated_graph"])
def test_profile_of_the_columns_is_the_profile_of_the_triples(fixture, request):
    # void.ttl counts the union triples from their term columns (profile_rows); kg stats counts pyoxigraph
    # triples (profile_triples): the two must give the same profile
    from graph.using.stats import profile_rows

    rdf = compact_quads(request.getfixturevalue(fixture))
    terms = rdf.terms
    by_terms = profile_triples((terms[s], terms[p], terms[o]) for s, p, o in rdf.triple_rows())
    assert profile_rows(terms, *rdf.triple_columns) == by_terms
    assert by_terms.stats["articles"] and by_terms.classes and by_terms.properties
