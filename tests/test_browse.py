"""Browse stage: entity records, the served page and entity pages, reloading when the graph changes."""

from __future__ import annotations

import json
import re

import pytest

from graph.using.browse import GraphView, entity_record, example_query_list
from graph.using.export import export_graph
from graph.using.render import render_entity_page, render_html

from conftest import HOSTILE

JANE = "entity/person/jane-doe"


def test_entity_record_has_aliases_relations_evidence_and_quotations(small_graph):
    rec = entity_record(small_graph, JANE)
    assert rec["label"] == "Jane Doe" and rec["type"] == "Person"
    assert rec["iri"] == "https://w3id.org/news-kg/id/entity/person/jane-doe"
    out = {(r["predicate"], r["entity"]["label"]): r for r in rec["relations"]["out"]}
    assert set(out) == {("worksFor", "Acme Corp"), ("criticises", "Globex")}
    works = out[("worksFor", "Acme Corp")]
    assert works["roles"] == ["director"]
    (ev,) = works["evidence"]
    assert ev["sentence"].startswith("Jane Doe, the director of Acme Corp") and ev["rule"] == "test"
    assert ev["article"] == {"id": "article/a1", "headline": "Acme warns Jane Doe", "source": "a1.txt",
                             "url": None, "date": None}
    (quote,) = rec["quotations"]
    assert quote["text"] == "We will not stand for this kind of thing any longer."
    assert quote["article"]["source"] == "a1.txt" and quote["evidence"][0]["rule"] == "test"
    acme = entity_record(small_graph, "entity/organization/acme-corp")
    incoming = {(r["predicate"], r["entity"]["id"]) for r in acme["relations"]["in"]}
    assert incoming == {("worksFor", JANE), ("callsOn", "entity/person/hostile")}
    assert [a["source"] for a in acme["articles"]] == ["a1.txt", "b2.txt"]
    assert entity_record(small_graph, "article/a1") is None and entity_record(small_graph, "nope") is None


def test_entity_page_escapes_article_text(small_graph):
    html = render_entity_page(entity_record(small_graph, "entity/person/hostile"))
    assert "<script>alert(1)</script>" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script" not in html.lower()  # the page has no script at all
    assert re.search(r'<a class="data" href="/entity/organization/acme-corp">Acme Corp</a>', html)
    jane = render_entity_page(entity_record(small_graph, JANE))
    assert "We will not stand for this kind of thing any longer." in jane
    assert "(as <span class=\"data\">director</span>)" in jane


def test_entity_record_lists_figures_stated_attributed_and_about(figures_graph):
    acme, globex, widget = "entity/organization/acme-corp", "entity/organization/globex", "entity/product/widget"
    g = figures_graph.copy()
    share = next(n for n, d in g.nodes(data=True) if d["kind"] == "figure" and d["value"] == 85.0)
    g.remove_edge(share, acme, key="source")  # Acme states it on Globex's authority
    g.add_edge(share, globex, key="source", predicate="source", label="source")
    g.nodes[share]["source"] = globex

    (stated,) = entity_record(g, acme)["figures"]["stated"]
    assert stated["id"] == share and stated["value"] == "85%" and stated["share_of"] == "40 million"
    assert stated["stated_by"]["id"] == acme and stated["source"]["label"] == "Globex"
    assert stated["group"]["status"] == "conflicting" and stated["article"]["source"] == "c3.txt"
    (conflict,) = stated["conflicts"]
    assert (conflict["value"], conflict["period"], conflict["reason"]) == ("82%", "in 2020", "different values")
    assert stated["evidence"][0]["cue"] is not None
    figures = entity_record(g, globex)["figures"]
    assert [f["id"] for f in figures["attributed"]] == [share]  # listed once: not about it as well
    assert [f["value"] for f in figures["stated"]] == ["82%"]
    about = entity_record(g, widget)["figures"]
    assert [f["value"] for f in about["about"]] == ["85%", "82%"] and about["stated"] == about["attributed"] == []
    assert entity_record(figures_graph, JANE)["figures"] == {"stated": [], "attributed": [], "about": []}


def test_entity_page_lists_figures_and_escapes_them(figures_graph):
    html = render_entity_page(entity_record(figures_graph, "entity/product/widget"))
    section = html[html.index('id="figures-about"'):]
    assert "Figures about it (2)" in section and "85%" in section and "82%" in section
    assert "different values" in section and "status-conflicting" in section
    assert HOSTILE not in html and "<script" not in html.lower()  # the measure holds the hostile text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in section
    acme = render_entity_page(entity_record(figures_graph, "entity/organization/acme-corp"))
    assert "Figures it states (1)" in acme and "share of <span class=\"data\">40 million</span>" in acme


def test_served_page_shows_the_figures_of_graph_html(seeds_build):
    """`kg serve` draws from the RDF read back: its page has graph.html's figures, groups and conflicts."""
    out = seeds_build[0]

    def data(html, element):
        return json.loads(re.search(rf'<script type="application/json" id="{element}">(.*?)</script>', html, re.S).group(1))

    built_html = (out / "graph.html").read_text(encoding="utf-8")
    served_html = GraphView(out).page({"endpoint": "/sparql", "entityBase": "/", "queries": []})
    built, served = data(built_html, "kg-data"), data(served_html, "kg-data")
    for entity in built["entities"] + served["entities"]:
        entity[5] = None  # mention counts: the RDF keeps the mentions, not the build's count (graph.using.from_rdf)
    assert served == built  # the same structure, starting picture and positions
    records = data(served_html, "kg-records")
    assert records == data(built_html, "kg-records")  # the same evidence, quotations and figures
    groups = records[str(len(served["ids"]))]["groups"]
    assert served["conflictCount"] == 2 == sum(1 for grp in groups.values() if grp["status"] == "conflicting")


def test_cue_is_marked_on_the_entity_page(small_graph):
    edge = small_graph.edges[JANE, "entity/organization/globex", "criticises"]
    sentence = edge["evidence"][0]["sentence"]
    start = edge["evidence"][0]["start"]
    edge["evidence"][0].update(cue_start=start + sentence.index("director"), cue_end=start + sentence.index("director") + 8)
    html = render_entity_page(entity_record(small_graph, JANE))
    assert "the <mark>director</mark> of Acme" in html


def test_served_page_adds_the_query_box_and_nothing_else_changes(small_graph):
    plain = render_html(small_graph)
    assert '<script type="application/json" id="kg-server">' not in plain
    assert "connect-src" not in plain and 'id="kg-query"' not in plain and 'id="kg-query-toggle"' not in plain
    queries = [{"name": "evil", "title": "</script><script>alert(3)</script>", "text": "SELECT * { ?s ?p ?o } # </script>"}]
    served = render_html(small_graph, server={"endpoint": "/sparql", "entityBase": "/", "queries": queries})
    assert "connect-src 'self'" in served and 'id="kg-query-text"' in served
    assert "</script><script>alert(3)" not in served  # query text is data, escaped inside the JSON
    assert served.count("<script") == plain.count("<script") + 2  # the config and query.js
    names = [q["name"] for q in example_query_list()]
    assert {"who_criticises", "reports_to_chains", "cites", "quotations_of", "most_mentioned"} <= set(names)
    assert all(q["title"] and q["text"].startswith("#") for q in example_query_list())


def test_graph_view_reloads_when_the_export_changes(small_graph, tmp_path):
    export_graph(small_graph, tmp_path, formats=["nq"])
    view = GraphView(tmp_path)
    first = view.page({"endpoint": "/sparql"})
    assert view.page({"endpoint": "/sparql"}) is first  # cached
    assert view.entity(JANE)["label"] == "Jane Doe"
    smaller = small_graph.copy()
    smaller.remove_node(JANE)
    export_graph(smaller, tmp_path, formats=["nq"])
    assert view.entity(JANE) is None
    assert view.page({"endpoint": "/sparql"}) != first


def test_graph_view_errors_on_a_missing_path(tmp_path):
    from graph.errors import GraphLoadError

    with pytest.raises(GraphLoadError, match="graph not found"):
        GraphView(tmp_path / "nothing")


def test_hostile_label_in_served_config_is_inert(small_graph):
    served = render_html(small_graph, server={"endpoint": "/sparql", "entityBase": "/", "queries": []})
    assert HOSTILE not in served


def test_entity_record_and_page_have_a_timeline_by_date(dated_graph):
    rec = entity_record(dated_graph, "entity/person/ann-lee")  # in the order of the network page's timeline
    got = [(t["date"], t["kind"], t.get("predicate"), (t["article"] or {}).get("id")) for t in rec["timeline"]]
    assert got == [
        ("2021-01-10", "relation", "criticises", "article/jan"), ("2021-01-10", "quotation", None, "article/jan"),
        ("2021-03-05", "relation", "worksFor", "article/mar"),
        ("2021-06-20", "relation", "criticises", "article/jun"), ("2021-06-20", "quotation", None, "article/jun"),
        (None, "quotation", None, "article/und"),
    ]
    html = render_entity_page(rec)
    assert "Timeline (5 dated, 1 undated)" in html
    order = [html.index(x) for x in ("2021-01-10", "2021-03-05", "2021-06-20", "undated</time>")]
    assert order == sorted(order)
    bee = entity_record(dated_graph, "entity/organization/bee-corp")["timeline"]
    assert [(t["date"], t["direction"], t["entity"]["label"]) for t in bee] == [
        ("2021-01-10", "in", "Ann Lee"), ("2021-03-05", "in", "Cal Ray"), ("2021-06-20", "in", "Ann Lee"), (None, "in", "Dee Ltd")]
