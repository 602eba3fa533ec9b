"""Stable identities (graph.building.identity): an entity's id never changes once minted, as articles are added."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

from graph.errors import InputError
from graph.building.identity import IdRegistry, load_registry, registry_bytes, stabilise
from graph.model import Alias, Entity, Resolution

from live import kg_serve


def _entity(eid: str, etype: str, label: str, *names: str) -> Entity:
    aliases = tuple(Alias(text=n, article="a", start=i, end=i + len(n)) for i, n in enumerate((label, *names)))
    return Entity(id=eid, type=etype, label=label, aliases=aliases)


def _resolution(*entities: Entity) -> Resolution:
    return Resolution(entities=entities, entity_of={("a", i): e.id for i, e in enumerate(entities)})


def test_no_registry_changes_nothing():
    res = _resolution(_entity("entity/person/jane-doe", "Person", "Jane Doe", "Doe"))
    stable, registry = stabilise(res, None)
    assert stable is res
    assert registry.entities == {"entity/person/jane-doe": ("Person", frozenset({"jane doe", "doe"}))}
    assert registry.retired == {}


def test_a_new_label_keeps_the_registered_id():
    _, registry = stabilise(_resolution(_entity("entity/person/okafor", "Person", "Okafor")), None)
    tipped = _resolution(_entity("entity/person/jane-okafor", "Person", "Jane Okafor", "Okafor", "Dr Okafor"))
    stable, after = stabilise(tipped, registry)
    (e,) = stable.entities
    assert e.id == "entity/person/okafor" and e.label == "Jane Okafor"
    assert set(stable.entity_of.values()) == {"entity/person/okafor"}
    assert after.entities["entity/person/okafor"][1] >= {"okafor", "jane okafor"}


def test_two_registered_entities_joined_later_retire_one_into_the_other():
    first = _resolution(_entity("entity/organization/widget-board", "Organization", "Widget Board"),
                        _entity("entity/organization/wb", "Organization", "WB"))
    _, registry = stabilise(first, None)
    joined = _resolution(_entity("entity/organization/widget-board", "Organization", "Widget Board", "WB"))
    stable, after = stabilise(joined, registry)
    assert [e.id for e in stable.entities] == ["entity/organization/widget-board"]
    assert after.retired == {"entity/organization/wb": "entity/organization/widget-board"}
    assert "entity/organization/wb" not in after.entities
    assert after.survivor("entity/organization/wb") == "entity/organization/widget-board"


def test_a_shared_surname_alone_neither_takes_an_id_nor_retires_one():
    _, registry = stabilise(_resolution(_entity("entity/person/anna-smith", "Person", "Anna Smith", "Smith")), None)
    other = _resolution(_entity("entity/person/john-smith", "Person", "John Smith", "Smith"))
    stable, after = stabilise(other, registry)
    assert [e.id for e in stable.entities] == ["entity/person/john-smith"]
    assert after.retired == {} and "entity/person/anna-smith" in after.entities  # kept, should she return


def test_a_fresh_id_never_reuses_a_registered_one():
    # a different entity now mints the id a registered (absent) one holds: it gets a new id
    registry = IdRegistry(entities={"entity/organization/acme": ("Organization", frozenset({"acme"}))})
    res = _resolution(_entity("entity/organization/acme", "Person", "Acme", "Acme"))
    stable, _ = stabilise(res, registry)  # same name: the same entity, it keeps the id
    assert stable.entities[0].id == "entity/organization/acme"
    unrelated = _resolution(_entity("entity/organization/acme", "Organization", "ACME Gazette Group"))
    stable, after = stabilise(unrelated, IdRegistry(entities={"entity/organization/acme": ("Organization", frozenset({"acme"}))}))
    assert stable.entities[0].id == "entity/organization/acme-2"
    assert set(after.entities) == {"entity/organization/acme", "entity/organization/acme-2"}


def test_registry_file_round_trip_and_errors(tmp_path):
    _, registry = stabilise(_resolution(_entity("entity/person/jane-doe", "Person", "Jane Doe", "Doe")), None)
    path = tmp_path / "ids.json"
    path.write_bytes(registry_bytes(registry))
    assert load_registry(path) == registry
    assert registry_bytes(load_registry(path)) == path.read_bytes()
    path.write_text('{"format": "something else"}')
    with pytest.raises(InputError, match="not a news-kg id registry"):
        load_registry(path)
    path.write_text("{not json")
    with pytest.raises(InputError, match="cannot read the id registry"):
        load_registry(path)
    with pytest.raises(InputError, match="no id registry at"):
        load_registry(tmp_path / "missing.json")


FIRST = {
    "a1.txt": "Council delays harbour plan\n\nThe harbour plan was delayed again on Monday. Dr Okafor, who chairs "
              "the planning committee, said Harbourton Council needed more time to study the costs.\n",
    "a2.txt": "Widget board opens inquiry\n\nThe US Widget Safety Board has opened an inquiry into faulty chargers "
              "sold online. The board said it had received 40 complaints.\n",
    "a3.txt": "Chargers recalled\n\nThe Widget Safety Board said on Tuesday that retailers must recall the chargers. "
              "Shoppers were told to stop using them.\n",
}
MORE = {
    "a4.txt": "Committee chair resigns\n\nJane Okafor has resigned as chair of the planning committee. Jane Okafor "
              "said she was proud of the harbour plan Harbourton Council approved.\n",
    "a5.txt": "Exports fall\n\nExports from the US fell sharply in March, officials in Washington said. The United "
              "States blamed weak demand in Europe.\n",
}


def _write(folder: Path, files: dict) -> Path:
    folder.mkdir(parents=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _labels(store) -> dict[str, str]:
    from graph.using.load import load_store

    rows = load_store(store).query(
        "SELECT ?e ?l WHERE { ?e <http://www.w3.org/2000/01/rdf-schema#label> ?l "
        "FILTER(STRSTARTS(STR(?e), 'https://w3id.org/news-kg/id/entity/')) }", use_default_graph_as_union=True)
    return {r["e"].value.rsplit("/id/", 1)[1]: r["l"].value for r in rows}


@pytest.mark.slow
def test_kg_add_keeps_every_iri_retires_a_merged_one_and_kg_serve_redirects_it(tmp_path):
    from graph.pipeline import add, build
    from graph.using.store import read_registry

    store = tmp_path / "store"
    build([_write(tmp_path / "first", FIRST)], None, store_dir=store)
    before = _labels(store)
    # (both Okafor articles name Harbourton Council: a surname alone joins a full name in another article
    # only when the two share a third name)
    assert before == {"entity/person/okafor": "Okafor",
                      "entity/organization/harbourton-council": "Harbourton Council",
                      "entity/organization/widget-safety-board": "Widget Safety Board",
                      "entity/organization/us-widget-safety-board": "US Widget Safety Board"}
    add(sorted(_write(tmp_path / "more", MORE).iterdir()), store)
    after = _labels(store)
    # the vote tipped ("Okafor" -> "Jane Okafor") and the two boards are one now ("US" is a place):
    # no IRI changed, the merged-away one is owl:sameAs the survivor
    assert after["entity/person/okafor"] == "Jane Okafor"
    assert "entity/person/jane-okafor" not in after
    assert "entity/organization/widget-safety-board" not in after
    assert read_registry(store).retired == {"entity/organization/widget-safety-board":
                                            "entity/organization/us-widget-safety-board"}
    from graph.using.load import load_store

    same = load_store(store).query("ASK { <https://w3id.org/news-kg/id/entity/organization/widget-safety-board> "
                                   "<http://www.w3.org/2002/07/owl#sameAs> "
                                   "<https://w3id.org/news-kg/id/entity/organization/us-widget-safety-board> }",
                                   use_default_graph_as_union=True)
    assert bool(same)
    # a full build of all five into a fresh folder mints from the labels: that is what the registry prevents
    fresh = tmp_path / "fresh"
    build([tmp_path / "first", tmp_path / "more"], fresh)
    assert "entity/person/jane-okafor" in json.loads((fresh / "ids.json").read_text())["entities"]
    # and the same fresh folder rebuilt keeps its ids, byte for byte
    again = tmp_path / "again"
    build([tmp_path / "first", tmp_path / "more"], again, ids=fresh / "ids.json")
    for name in ("graph.nq", "graph.html", "ids.json"):
        assert (again / name).read_bytes() == (fresh / name).read_bytes(), name

    with kg_serve(store) as served:
        old = served.base + "/entity/organization/widget-safety-board"
        r = httpx.get(old, headers={"Accept": "application/json"})
        assert r.status_code == 301 and r.headers["location"] == "/entity/organization/us-widget-safety-board"
        r = httpx.get(old + "?format=json", follow_redirects=True)
        assert r.status_code == 200 and r.json()["label"] == "US Widget Safety Board"
        r = httpx.get(served.base + "/id/entity/organization/widget-safety-board", headers={"Accept": "text/turtle"},
                      follow_redirects=True)
        assert r.status_code == 200 and "US Widget Safety Board" in r.text
        assert httpx.get(served.base + "/entity/organization/no-such-board").status_code == 404


@pytest.mark.slow
def test_a_folder_rebuild_keeps_ids_and_the_page_selects_the_survivor(tmp_path):
    from graph.pipeline import build

    out = tmp_path / "out"
    build([_write(tmp_path / "first", FIRST)], out)
    build([tmp_path / "first", _write(tmp_path / "more", MORE)], out)  # the same --out: its ids.json is read
    registry = json.loads((out / "ids.json").read_text())
    assert "entity/person/okafor" in registry["entities"] and "entity/person/jane-okafor" not in registry["entities"]
    assert registry["retired"] == {"entity/organization/widget-safety-board": "entity/organization/us-widget-safety-board"}
    assert "<https://w3id.org/news-kg/id/entity/organization/widget-safety-board> <http://www.w3.org/2002/07/owl#sameAs>" \
        in (out / "graph.nq").read_text()
    page = (out / "graph.html").read_text()
    assert '"retired":{"entity/organization/widget-safety-board":"entity/organization/us-widget-safety-board"}' \
        in page.replace(" ", "")
