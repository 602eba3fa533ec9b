"""RDF stage: the networkx graph contract -> rdflib Dataset / pyoxigraph quads (layout in graph/using/rdf.py)."""

from __future__ import annotations

import copy

import pyoxigraph as ox
import pytest
from conftest import HOSTILE
from rdflib import BNode, Literal, URIRef

from graph.model import RELATIONS
from graph.using.rdf import (KG, PREFIXES, SCHEMA, clean_text, compact_quads, graph_iri, graph_quads, node_id, node_iri, to_dataset,
                       to_quads, union_triples)

XSD_DECIMAL = URIRef("http://www.w3.org/2001/XMLSchema#decimal")
HEADER = "\n".join(f"PREFIX {k}: <{v}>" for k, v in PREFIXES.items()) + "\n"


def _store(g) -> ox.Store:
    store = ox.Store()
    store.extend(to_quads(to_dataset(g)))
    return store


def _select(store: ox.Store, query: str, union: bool = True) -> set[tuple]:
    rows = store.query(HEADER + query, use_default_graph_as_union=union)
    return {tuple(None if t is None else t.value for t in row) for row in rows}


def _texts(sample_parts) -> dict[str, str]:
    extractions, _ = sample_parts
    return {f"article/{ex.article.id}": ex.article.text for ex in extractions}


@pytest.fixture
def store(small_graph):
    return _store(small_graph)


def test_to_dataset_is_pure_and_repeatable(small_graph):
    before = copy.deepcopy(dict(small_graph.nodes(data=True))), copy.deepcopy(list(small_graph.edges(keys=True, data=True)))
    first = to_quads(to_dataset(small_graph))
    second = to_quads(to_dataset(small_graph))
    assert first == second
    assert (dict(small_graph.nodes(data=True)), list(small_graph.edges(keys=True, data=True))) == before


def test_graph_quads_skip_rdflib_but_give_the_same_quads_in_the_same_order(small_graph):
    direct = graph_quads(small_graph)
    assert len(direct) > 50
    assert direct == to_quads(to_dataset(small_graph))


def test_compact_quads_hold_the_canonical_quads_and_union_triples(small_graph):
    quads = to_quads(to_dataset(small_graph))
    compact = compact_quads(small_graph)
    assert len(compact) == len(quads) and list(compact.quads()) == quads
    triples = union_triples(quads)
    assert compact.triple_count == len(triples)
    assert list(compact.triples()) == triples


def test_no_blank_nodes_and_every_iri_is_valid(small_graph):
    ds = to_dataset(small_graph)
    quads = list(ds.quads((None, None, None, None)))
    assert len(quads) > 50
    for quad in quads:
        assert not any(isinstance(term, BNode) for term in quad)
        for term in quad[:3]:
            if isinstance(term, URIRef):
                ox.NamedNode(str(term))  # raises on an invalid IRI


def test_entities_have_type_label_and_aliases(small_graph, store):
    rows = _select(store, "SELECT ?e ?t ?l WHERE { ?e a ?t ; rdfs:label ?l . FILTER(STRSTARTS(STR(?e), 'https://w3id.org/news-kg/id/entity/')) }")
    expected = {
        (str(node_iri(n)), str(KG[d["type"]]), d["label"])
        for n, d in small_graph.nodes(data=True)
        if d["kind"] == "entity"
    }
    assert rows == expected
    for n, d in small_graph.nodes(data=True):
        if d["kind"] != "entity":
            continue
        alt = _select(store, f"SELECT ?a WHERE {{ <{node_iri(n)}> skos:altLabel ?a }}")
        assert {a["text"] for a in d["aliases"]} <= {a for (a,) in alt}


def test_hostile_text_round_trips_exactly(store):
    rows = _select(store, "SELECT ?l WHERE { <https://w3id.org/news-kg/id/entity/person/hostile> rdfs:label ?l }")
    assert rows == {(HOSTILE,)}
    rows = _select(store, "SELECT ?h WHERE { <https://w3id.org/news-kg/id/article/b2> schema:headline ?h }")
    assert rows == {(f"{HOSTILE} headline",)}


def test_every_relation_is_a_direct_triple(store):
    rows = _select(store, "SELECT ?s ?p ?o WHERE { ?s ?p ?o . FILTER(STRSTARTS(STR(?p), STR(kg:))) }", union=False)
    direct = {(node_id(s), p[len(str(KG)) :], node_id(o)) for s, p, o in rows if p[len(str(KG)) :] in RELATIONS}
    assert direct == {
        ("entity/person/jane-doe", "worksFor", "entity/organization/acme-corp"),
        ("entity/organization/acme-corp", "owns", "entity/product/widget"),
        ("entity/person/jane-doe", "criticises", "entity/organization/globex"),
        ("article/b2", "cites", "entity/organization/globex"),
        ("entity/person/hostile", "callsOn", "entity/organization/acme-corp"),
    }


def test_relation_evidence_points_into_the_article_text(store, sample_parts):
    texts = _texts(sample_parts)
    rows = _select(
        store,
        """SELECT ?s ?p ?o ?art ?sent ?start ?end ?rule ?conf ?g WHERE {
             ?st a rdf:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
             GRAPH ?g { ?st kg:evidence ?ev .
                        ?ev a kg:Evidence ; prov:wasDerivedFrom ?art ; kg:sentence ?sent ;
                            kg:start ?start ; kg:end ?end ; kg:rule ?rule ; kg:confidence ?conf } }""",
        union=False,
    )
    assert {p[len(str(KG)) :] for _, p, *_ in rows} == {"worksFor", "owns", "criticises", "cites", "callsOn"}
    for s, p, o, art, sent, start, end, rule, conf, g in rows:
        text = texts[node_id(art)]
        assert text[int(start) : int(end)] == sent
        assert g == str(graph_iri(node_id(art)))
        assert rule == "test" and 0 < float(conf) <= 1
    roles = _select(store, "SELECT ?r WHERE { ?st rdf:predicate kg:worksFor ; kg:role ?r }")
    assert roles == {("director",)}


def test_quotation_has_text_speaker_article_and_offsets(store, sample_parts):
    texts = _texts(sample_parts)
    rows = _select(
        store,
        """SELECT ?q ?text ?who ?who2 ?art ?start ?end ?verb ?g WHERE { GRAPH ?g {
             ?q a kg:Quotation ; schema:text ?text ; schema:spokenByCharacter ?who ; kg:spokenBy ?who2 ;
                schema:isPartOf ?art ; kg:start ?start ; kg:end ?end ; kg:reportingVerb ?verb ;
                kg:evidence/prov:wasDerivedFrom ?art } }""",
        union=False,
    )
    assert len(rows) == 1
    q, text, who, who2, art, start, end, verb, g = rows.pop()
    assert text == "We will not stand for this kind of thing any longer."
    assert node_id(who) == node_id(who2) == "entity/person/jane-doe"
    assert texts[node_id(art)][int(start) : int(end)] == text
    assert verb == "say" and g == str(graph_iri("article/a1"))


def test_articles_and_mentions(store, sample_parts):
    texts = _texts(sample_parts)
    rows = _select(store, "SELECT ?a ?h ?n ?f WHERE { ?a a kg:Article ; schema:headline ?h ; schema:name ?n ; kg:sourceFile ?f }")
    assert {(node_id(a), n, f) for a, _, n, f in rows} == {("article/a1", "a1.txt", "a1.txt"), ("article/b2", "b2.txt", "b2.txt")}
    mentioned = _select(store, "SELECT ?a ?e ?g WHERE { GRAPH ?g { ?a schema:mentions ?e } }", union=False)
    assert ("article/b2", "entity/person/hostile") in {(node_id(a), node_id(e)) for a, e, _ in mentioned}
    assert all(g == str(graph_iri(node_id(a))) for a, _, g in mentioned)
    spans = _select(
        store,
        "SELECT ?e ?art ?text ?start ?end WHERE { ?m a kg:Mention ; kg:mentionOf ?e ; kg:article ?art ; schema:text ?text ; kg:start ?start ; kg:end ?end }",
    )
    assert len(spans) == 7
    for _, art, text, start, end in spans:
        assert texts[node_id(art)][int(start) : int(end)] == text


def test_entity_descriptions_stay_in_the_default_graph(store):
    named = _select(store, "SELECT ?s WHERE { GRAPH ?g { ?s a ?t } FILTER(?t IN (kg:Person, kg:Organization, kg:Product, kg:Article)) }", union=False)
    assert named == set()


def test_article_metadata_and_same_as(small_graph):
    g = small_graph.copy()
    g.nodes["article/a1"].update(url="https://news.example/a1?x=1&y=2", date="2021-04-01", byline="By A. Reporter")
    g.nodes["article/b2"].update(url="not a url", date="1 April 2021")
    g.add_edge("entity/organization/acme-corp", "entity/organization/globex", key="sameAs", predicate="sameAs")
    ds = to_dataset(g).default_graph
    a1, b2 = node_iri("article/a1"), node_iri("article/b2")
    assert set(ds.objects(a1, SCHEMA.url)) == {URIRef("https://news.example/a1?x=1&y=2")}
    assert set(ds.objects(a1, SCHEMA.datePublished)) == {Literal("2021-04-01", datatype=URIRef("http://www.w3.org/2001/XMLSchema#date"))}
    assert set(ds.objects(a1, SCHEMA.author)) == {Literal("By A. Reporter")}
    assert set(ds.objects(b2, SCHEMA.url)) == {Literal("not a url")}
    assert set(ds.objects(b2, SCHEMA.datePublished)) == {Literal("1 April 2021")}
    same = list(ds.triples((node_iri("entity/organization/acme-corp"), URIRef("http://www.w3.org/2002/07/owl#sameAs"), None)))
    assert len(same) == 1


def test_clean_text_keeps_length_and_drops_a_leading_bom():
    assert clean_text("\ufeffab\x00c\x0bd\ud800e\t\n\r") == "ab\ufffdc\ufffdd\ufffde\t\n\r"
    assert clean_text(HOSTILE) == HOSTILE


def test_iri_helpers_round_trip():
    assert str(node_iri("entity/person/jane-doe")) == "https://w3id.org/news-kg/id/entity/person/jane-doe"
    assert node_id(str(node_iri("entity/odd name/x y"))) == "entity/odd name/x y"
    ox.NamedNode(str(node_iri("entity/odd name/<x>")))
    assert node_id("http://example.org/x") is None


# ---------------------------------------------------------------- figures


@pytest.fixture(scope="module")
def figure_store(figures_graph):
    return _store(figures_graph)


def test_figures_are_claims_in_their_article_graph(figure_store):
    rows = _select(figure_store, """SELECT ?text ?value ?unit ?period ?start ?who ?src ?total WHERE {
        GRAPH <https://w3id.org/news-kg/id/graph/c3> {
          ?f a kg:Figure ; schema:text ?text ; kg:value ?value ; kg:unit ?unit ; kg:period ?period ;
             kg:periodStart ?start ; kg:statedBy ?who ; schema:isPartOf ?a ; kg:evidence/kg:sentence ?s .
          OPTIONAL { ?f kg:source ?src } OPTIONAL { ?f kg:shareOf/schema:text ?total } } }""", union=False)
    acme, globex, article = (str(node_iri(n)) for n in ("entity/organization/acme-corp", "entity/organization/globex", "article/c3"))
    assert ("85 per cent", "85", "percent", "2020", "2020-01-01", acme, acme, "40 million") in rows
    assert ("82 per cent", "82", "percent", "2020", "2020-01-01", globex, globex, "40 million") in rows
    assert ("40 million", "40000000", "count", "2020", "2020-01-01", article, None, None) in rows
    typed = _select(figure_store, "SELECT ?dt WHERE { ?f kg:value ?v BIND(DATATYPE(?v) AS ?dt) }")
    assert typed == {(str(XSD_DECIMAL),)}


def test_groups_and_conflicts_are_in_the_default_graph(figure_store):
    groups = _select(figure_store, "SELECT ?status (COUNT(?f) AS ?n) WHERE { ?f kg:inGroup ?g . ?g a kg:FigureGroup ; kg:status ?status } GROUP BY ?status", union=False)
    assert groups == {("conflicting", "2"), ("agreeing", "2")}
    pairs = _select(figure_store, "SELECT ?a ?b WHERE { ?x kg:conflictsWith ?y . ?x schema:text ?a . ?y schema:text ?b }")
    assert pairs == {("85 per cent", "82 per cent"), ("82 per cent", "85 per cent")}  # symmetric
    reasons = _select(figure_store, "SELECT ?r WHERE { ?st a rdf:Statement ; rdf:predicate kg:conflictsWith ; kg:reason ?r }", union=False)
    assert reasons == {("different values",)}


def test_figure_graph_has_no_blank_nodes_and_keeps_hostile_text(figures_graph, figure_store):
    for quad in to_dataset(figures_graph).quads((None, None, None, None)):
        assert not any(isinstance(term, BNode) for term in quad)
    measures = _select(figure_store, "SELECT ?m WHERE { ?f a kg:Figure ; kg:measure ?m }")
    assert (clean_text(f"{HOSTILE} orders"),) in measures
