"""Read-back stage: RDF quads -> the build-contract graph, the inverse of rdf.to_dataset."""

from __future__ import annotations

import pyoxigraph as ox

from graph.using.from_rdf import from_quads, from_store
from graph.using.load import load_store
from graph.using.rdf import to_dataset, to_quads


def test_round_trip_of_the_small_graph(small_graph):
    quads = to_quads(to_dataset(small_graph))
    back = from_quads(quads)
    assert to_quads(to_dataset(back)) == quads
    # what the page and entity records read is back too
    jane = back.nodes["entity/person/jane-doe"]
    assert jane["label"] == "Jane Doe" and jane["articles"] == ["article/a1"]
    edge = back.edges["entity/person/jane-doe", "entity/organization/acme-corp", "worksFor"]
    assert edge["roles"] == ["director"]
    assert edge["evidence"][0]["sentence"].startswith("Jane Doe, the director of Acme Corp")
    assert edge["evidence"][0]["confidence"] == 0.9
    quote = next(d for n, d in back.nodes(data=True) if d["kind"] == "quotation")
    assert quote["speaker"] == "entity/person/jane-doe" and quote["text"].startswith("We will not stand")
    assert back.has_edge("article/b2", "entity/organization/globex", key="cites")


def test_round_trip_of_the_seeds_build(seeds_build):
    store = load_store(seeds_build[0])
    back = from_store(store)
    again = ox.Store()
    again.extend(to_quads(to_dataset(back)))
    assert sorted(map(str, again)) == sorted(map(str, store))
    kinds = {d["kind"] for _, d in back.nodes(data=True)}
    assert kinds == {"entity", "article", "quotation", "figure", "figure_group"}
    figures = sum(1 for _, d in back.nodes(data=True) if d["kind"] == "figure")
    assert figures == seeds_build[1].figures
    entities = sum(1 for _, d in back.nodes(data=True) if d["kind"] == "entity")
    assert entities == sum(seeds_build[1].entities_by_type.values())


def test_figures_and_groups_come_back_exactly(figures_graph):
    quads = to_quads(to_dataset(figures_graph))
    back = from_quads(quads)
    assert to_quads(to_dataset(back)) == quads
    for kind in ("figure", "figure_group"):
        nodes = sorted(n for n, d in figures_graph.nodes(data=True) if d["kind"] == kind)
        assert nodes and sorted(n for n, d in back.nodes(data=True) if d["kind"] == kind) == nodes
        for n in nodes:
            assert back.nodes[n] == figures_graph.nodes[n], n
    figure_edges = {"isPartOf", "statedBy", "source", "about", "shareOf", "inGroup", "conflictsWith"}

    def edges(g):
        return sorted((u, v, k, sorted(d.items())) for u, v, k, d in g.edges(keys=True, data=True)
                      if k in figure_edges and g.nodes[u]["kind"] == "figure")

    assert edges(back) == edges(figures_graph)
    (conflict,) = [e for e in edges(back) if e[2] == "conflictsWith"]
    assert ("reason", "different values") in conflict[3]


def test_foreign_rdf_is_left_out():
    quads = [
        ox.Quad(ox.NamedNode("http://example.org/x"), ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"),
                ox.Literal("x")),
        ox.Quad(ox.NamedNode("https://w3id.org/news-kg/id/entity/person/a"),
                ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                ox.NamedNode("https://w3id.org/news-kg/ontology#Person")),
    ]
    g = from_quads(quads)
    assert list(g.nodes) == ["entity/person/a"]
    assert g.nodes["entity/person/a"]["label"] == "entity/person/a"  # no label: the id stands in
