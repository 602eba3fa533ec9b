"""`kg entities`: every entity of a graph with its names, mention and article counts, read from its RDF."""

from __future__ import annotations

import json

from click.testing import CliRunner

from graph.cli import cli
from graph.entities import list_entities
from graph.load import load_store


def test_seeds_entities_with_names_and_counts(seeds_build):
    rows = list_entities(load_store(seeds_build[0]))
    meta = next(r for r in rows if r["id"] == "entity/organization/meta")
    assert meta["label"] == "Meta" and {"Facebook", "FB"} <= set(meta["aliases"]) and "Meta" not in meta["aliases"]
    assert meta["articles"] == 5 and meta["mentions"] >= 20 and meta["type"] == "Organization"
    assert meta["iri"] == "https://w3id.org/news-kg/id/entity/organization/meta"
    assert [r["articles"] for r in rows] == sorted((r["articles"] for r in rows), reverse=True)
    assert len(rows) == len({r["id"] for r in rows}) >= 30
    persons = list_entities(load_store(seeds_build[0]), "person")
    assert persons and {r["type"] for r in persons} == {"Person"}
    assert next(r for r in persons if r["label"] == "Simon Bailey")["articles"] == 3


def test_cli_table_json_and_a_bad_type(seeds_build):
    runner = CliRunner()
    table = runner.invoke(cli, ["entities", str(seeds_build[0]), "--type", "Product"])
    assert table.exit_code == 0, table.output
    assert "Facebook Messenger (entity/product/facebook-messenger): FB Messenger" in table.output
    assert table.output.rstrip().endswith("4 entities")
    listed = runner.invoke(cli, ["entities", str(seeds_build[0]), "--json"])
    assert listed.exit_code == 0
    assert {"id", "iri", "type", "label", "aliases", "mentions", "articles", "merged"} == set(json.loads(listed.output)[0])
    bad = runner.invoke(cli, ["entities", str(seeds_build[0]), "--type", "Animal"])
    assert bad.exit_code == 2 and "unknown entity type 'Animal'" in bad.output


def test_ids_merged_by_a_later_build_are_listed_with_the_survivor(tmp_path):
    from conftest import _sample
    from graph.build import build_graph
    from graph.export import export_graph

    g = build_graph(*_sample())
    g.graph["retired"] = {"entity/person/j-doe": "entity/person/jane-doe"}
    export_graph(g, tmp_path, formats=["nq"])
    rows = {r["id"]: r for r in list_entities(load_store(tmp_path))}
    assert rows["entity/person/jane-doe"]["merged"] == ["entity/person/j-doe"]
    assert "entity/person/j-doe" not in rows
