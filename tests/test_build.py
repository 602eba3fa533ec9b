"""Build stage: figures and figure groups in the networkx graph contract."""

from __future__ import annotations

from conftest import HOSTILE

from graph.building.build import build_graph


def _edges(g, key):
    return sorted((u, v) for u, v, k in g.edges(keys=True) if k == key)


def test_figure_nodes_carry_value_unit_period_and_authority(figures_graph):
    g = figures_graph
    share = g.nodes["figure/c3/30"]
    assert share["kind"] == "figure" and share["text"] == "85 per cent"
    assert (share["value"], share["unit"], share["display"]) == (85.0, "percent", "85%")
    assert (share["period"], share["period_start"], share["period_end"]) == ("2020", "2020-01-01", "2020-12-31")
    assert share["stated_by"] == share["source"] == "entity/organization/acme-corp"
    assert share["subjects"] == ["entity/product/widget"] and share["share_of"] == "figure/c3/49"
    assert share["evidence"][0]["sentence"].startswith("Acme Corp said 85 per cent")
    total = g.nodes["figure/c3/49"]
    assert total["stated_by"] == "article/c3"  # nobody else states it: the article itself
    assert HOSTILE in total["measure"]


def test_figure_edges_and_groups(figures_graph):
    g = figures_graph
    assert ("figure/c3/30", "figure/c3/49") in _edges(g, "shareOf")
    assert ("figure/c3/30", "entity/organization/acme-corp") in _edges(g, "source")
    assert ("figure/c3/184", "entity/organization/globex") in _edges(g, "statedBy")
    assert ("figure/c3/30", "entity/product/widget") in _edges(g, "about")
    assert _edges(g, "conflictsWith") == [("figure/c3/30", "figure/c3/184")]
    assert g.edges["figure/c3/30", "figure/c3/184", "conflictsWith"]["reason"] == "different values"
    shares, totals = g.nodes["figure-group/c3/30"], g.nodes["figure-group/c3/49"]
    assert shares["status"] == "conflicting" and shares["members"] == ["figure/c3/30", "figure/c3/184"]
    assert totals["status"] == "agreeing" and totals["conflicts"] == []
    assert g.nodes["figure/c3/203"]["group"] == "figure-group/c3/49"


def test_graph_without_figures_has_no_figure_nodes(sample_parts):
    g = build_graph(*sample_parts)
    assert not [n for n, d in g.nodes(data=True) if d["kind"] in ("figure", "figure_group")]
