"""`kg entities`: every entity of a graph with its names, mention and article counts, read from its RDF."""

from __future__ import annotations

import json

from click.testing import CliRunner

from graph.cli import cli
from graph.using.entities import explain_entity, list_entities
from graph.using.load import load_store


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
    from graph.building.build import build_graph
    from graph.using.export import export_graph

    g = build_graph(*_sample())
    g.graph["retired"] = {"entity/person/j-doe": "entity/person/jane-doe"}
    export_graph(g, tmp_path, formats=["nq"])
    rows = {r["id"]: r for r in list_entities(load_store(tmp_path))}
    assert rows["entity/person/jane-doe"]["merged"] == ["entity/person/j-doe"]
    assert "entity/person/j-doe" not in rows


def test_explain_gives_each_join_rule_with_its_mentions_and_the_label_rule(seeds_build):
    store = load_store(seeds_build[0])
    meta = explain_entity(store, "facebook")  # another of its names finds it
    assert meta["id"] == "entity/organization/meta" and meta["label_rule"] == "current-name"
    assert "renamed company" in meta["label_reason"]
    rules = {j["rule"]: j for j in meta["joins"]}
    renamed = rules["renamed-company"]["mentions"]
    texts = {m["text"] for m in renamed} | {m["text"] for m in rules["same-name"]["mentions"]}
    assert {"Facebook", "Meta"} <= texts and renamed
    assert all(m["article"].startswith("article/") and m["end"] > m["start"] for m in renamed)
    assert any(m["sentence"] and m["text"] in m["sentence"] for m in renamed)  # where a fact was read from it
    listed = next(r for r in list_entities(store) if r["id"] == meta["id"])
    assert sum(len(j["mentions"]) for j in meta["joins"]) == meta["mentions"] == listed["mentions"]
    bailey = explain_entity(store, "Simon Bailey")
    assert bailey["label_rule"] == "full-person-name"
    assert {"same-name", "surname-in-article"} <= {j["rule"] for j in bailey["joins"]}


def test_explain_on_the_command_line_and_its_errors(seeds_build):
    runner = CliRunner()
    out = runner.invoke(cli, ["entities", str(seeds_build[0]), "--explain", "entity/organization/meta"])
    assert out.exit_code == 0, out.output
    assert out.output.startswith("Meta (entity/organization/meta), Organization:")
    assert "joined by renamed-company" in out.output and '  - "Facebook" in ' in out.output
    as_json = json.loads(runner.invoke(cli, ["entities", str(seeds_build[0]), "--explain", "Meta", "--json"]).output)
    assert as_json["id"] == "entity/organization/meta" and as_json["joins"]
    missing = runner.invoke(cli, ["entities", str(seeds_build[0]), "--explain", "Nobody Atall"])
    assert missing.exit_code == 2 and "no entity named 'Nobody Atall'" in missing.output
    both = runner.invoke(cli, ["entities", str(seeds_build[0]), "--explain", "Meta", "--type", "Person"])
    assert both.exit_code == 2


def test_explain_reads_the_rules_back_after_a_round_trip_through_every_rdf_export(seeds_build, tmp_path):
    import shutil

    first = explain_entity(load_store(seeds_build[0]), "Meta")
    for name in ("graph.ttl", "graph.jsonld", "graph.trig", "graph.nt"):
        one = tmp_path / name
        shutil.copy(seeds_build[0] / name, one)
        assert explain_entity(load_store(one), "Meta") == first, name
