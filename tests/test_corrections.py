"""Corrections (graph.building.corrections, `kg correct`): the file, each kind applied by a real build, the RDF
record, stability across rebuilds, stale ones reported, `kg build` = `kg add`, the round trip."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from graph.cli import cli
from graph.building.corrections import ACTIONS, Correction, check_correction, corrections_bytes, read_corrections, write_correction
from graph.errors import InputError
from graph.text.names import name_key

ID = "https://w3id.org/news-kg/id/"
KG = "https://w3id.org/news-kg/ontology#"
PREFIXES = (f"PREFIX kg: <{KG}> PREFIX id: <{ID}> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
            "PREFIX owl: <http://www.w3.org/2002/07/owl#> PREFIX prov: <http://www.w3.org/ns/prov#> "
            "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> ")

ARTICLES = {
    "a1.txt": "Council delays harbour plan\n\nThe harbour plan was delayed again on Monday. Dr Jane Okafor, who "
              "chairs the planning committee, said the council needed more time. Okafor criticised the Harbour "
              "City Football Club for its demands. The Harbour Trust welcomed the delay. \"We need to see the full "
              "costs before anyone decides anything,\" a council officer said.\n",
    "a2.txt": "Club opens stadium\n\nHarbour City FC opened its new stadium on Saturday. The National Crime Agency "
              "(NCA) said it would attend. \"We are delighted to welcome every fan to the ground today,\" said Tom "
              "Reyes, the club chairman.\n",
}
MORE = {
    "a3.txt": "Stadium opening delayed\n\nHarbour City FC said the new stadium would open a week late. Tom Reyes "
              "said fans would be told by email. The Harbour Trust said the delay was regrettable.\n",
}
#: One of each kind (and one that no longer applies), as `kg correct` takes them.
COMMANDS = [
    ["merge", "Harbour City FC", "Harbour City Football Club", "--note", "the same club"],
    ["split", "Jane Okafor", "Okafor", "--note", "another Okafor"],
    ["rename", "Tom Reyes", "Thomas Reyes"],
    ["type", "Harbour Trust", "place"],
    ["drop", "entity", "NCA", "--note", "not news"],
    ["drop", "edge", "Jane Okafor", "criticises", "Harbour City Football Club"],
    ["add", "edge", "Thomas Reyes", "works for", "Harbour City FC", "--note", "he chairs it"],
    ["drop", "speaker", "delighted to welcome"],
    ["add", "speaker", "the full costs before", "Jane Okafor"],
    ["merge", "Nobody Atall", "Harbour City FC"],
]
HCFC, CLUB = "entity/organization/harbour-city-fc", "entity/organization/harbour-city-football-club"


def _write(folder: Path, files: dict) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _correct(target: Path) -> None:
    runner = CliRunner()
    for args in COMMANDS:
        result = runner.invoke(cli, ["correct", *args, "--date", "2026-01-02", "--corrections", str(target)])
        assert result.exit_code == 0, (args, result.output)


def _rows(store: ox.Store, query: str) -> list[tuple]:
    return sorted(tuple(None if v is None else v.value for v in row)
                  for row in store.query(PREFIXES + query, use_default_graph_as_union=True))


def _quads(folder: Path) -> list[ox.Quad]:
    return list(ox.parse(path=str(folder / "graph.nq"), format=ox.RdfFormat.N_QUADS))


# ---------------------------------------------------------------- the file


def test_the_file_round_trips_and_rewrites_a_correction_on_the_same_names(tmp_path):
    path = tmp_path / "corrections.toml"
    first = check_correction("merge", ["A \"quoted\" \\ name", "B\tname"], "why:\nbecause", "2026-01-02")
    write_correction(path, first)
    write_correction(path, check_correction("drop-edge", ["A", "Works For", "B"]))
    assert read_corrections(path) == (first, Correction("drop-edge", ("A", "worksFor", "B")))
    assert write_correction(path, check_correction("merge", first.args, "a new note", "2026-02-03")) is True
    again = read_corrections(path)
    assert [c.note for c in again] == ["a new note", ""] and again[0].id == first.id


@pytest.mark.slow  # a property test
@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(sorted(ACTIONS)), st.text(min_size=1), st.text(min_size=1), st.text(min_size=1),
                          st.text(), st.dates().map(lambda d: d.isoformat()) | st.just("")), max_size=4))
def test_any_text_round_trips_through_the_written_file(entries):
    import tomllib

    def text(x: str) -> str:  # what a terminal can type: no lone surrogates
        return "".join(ch for ch in x if not 0xD800 <= ord(ch) <= 0xDFFF)

    fixes = []
    for action, a, b, c, note, date in entries:
        args = [text(x) for x in (a, b, c)][:len(ACTIONS[action])]
        note = text(note)
        if action == "type":
            args[1] = "Person"
        if action in ("drop-edge", "add-edge"):
            args[1] = "owns"
        if not all(" ".join(x.split()) for x in args):
            continue
        if action == "merge" and name_key(" ".join(args[0].split())) == name_key(" ".join(args[1].split())):
            continue  # refused when written: a merge needs two different names
        fixes.append(check_correction(action, args, note, date))
    data = corrections_bytes(fixes)
    parsed = tomllib.loads(data.decode("utf-8"))
    assert len(parsed.get("correction", [])) == len(fixes)
    assert corrections_bytes(_read_bytes(data)) == data


def _read_bytes(data: bytes):
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "c.toml"
        path.write_bytes(data)
        return read_corrections(path)


@pytest.mark.parametrize("text, message", [
    ("[[correction]]\naction = \"explode\"\n", "unknown correction 'explode': choose from merge, split"),
    ("[[correction]]\naction = \"merge\"\nentity = \"A\"\n", "a merge correction takes 2 non-empty field(s): entity, other"),
    ("[[correction]]\naction = \"type\"\nentity = \"A\"\ntype = \"Animal\"\n", "unknown entity type 'Animal'"),
    ("[[correction]]\naction = \"add-edge\"\nsubject = \"A\"\npredicate = \"likes\"\nobject = \"B\"\n",
     "unknown relation 'likes': choose from criticises"),
    ("[[correction]]\naction = \"rename\"\nentity = \"A\"\nname = \"B\"\n", "unknown field(s) name"),
    ("[[correction]]\naction = \"merge\"\nentity = \"A\"\nother = \"B\"\ndate = \"soon\"\n", "not an ISO date"),
    ("[[correction\n", "cannot read the corrections file"),
    ("[[correction]]\naction = \"merge\"\nentity = \"The Club\"\nother = \"club\"\n", "two different entities"),
    ("title = \"x\"\n", "expected only [[correction]] tables"),
])
def test_a_bad_file_is_named_with_the_entry_and_the_fix(tmp_path, text, message):
    path = tmp_path / "corrections.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match=re.escape(message)) as caught:
        read_corrections(path)
    assert str(path) in str(caught.value)


def test_kg_correct_errors_are_one_line_with_exit_status_2(tmp_path):
    runner = CliRunner()
    bad = runner.invoke(cli, ["correct", "type", "A", "Animal", "--corrections", str(tmp_path)])
    assert bad.exit_code == 2 and "unknown entity type 'Animal': choose from Person" in bad.output
    bad = runner.invoke(cli, ["correct", "add", "edge", "A", "likes", "B", "--corrections", str(tmp_path)])
    assert bad.exit_code == 2 and "unknown relation 'likes'" in bad.output
    bad = runner.invoke(cli, ["correct", "merge", "A", "B", "--corrections", str(tmp_path / "nowhere")])
    assert bad.exit_code == 2 and "neither a folder" in bad.output
    assert not (tmp_path / "corrections.toml").exists()
    for group in (["correct"], ["correct", "drop"], ["correct", "add"]):
        assert runner.invoke(cli, [*group, "--help"]).exit_code == 0


def test_kg_correct_list_prints_commands_that_make_the_same_file_again(tmp_path):
    import shlex

    _correct(tmp_path)
    listed = CliRunner().invoke(cli, ["correct", "list", "--corrections", str(tmp_path)])
    assert listed.exit_code == 0 and listed.output.endswith(f"{len(COMMANDS)} correction(s) in {tmp_path / 'corrections.toml'}\n")
    again = tmp_path / "again"
    again.mkdir()
    for line in listed.output.splitlines()[:-1]:
        args = shlex.split(line)[2:]
        assert CliRunner().invoke(cli, ["correct", *args, "--corrections", str(again)]).exit_code == 0, line
    assert (again / "corrections.toml").read_bytes() == (tmp_path / "corrections.toml").read_bytes()


def test_kg_build_names_a_missing_or_broken_corrections_file(tmp_path):
    inputs = _write(tmp_path / "in", ARTICLES)
    result = CliRunner().invoke(cli, ["build", str(inputs), "--out", str(tmp_path / "out"),
                                      "--corrections", str(tmp_path / "missing.toml")])
    assert result.exit_code == 2 and "no corrections file at" in result.output
    (inputs / "corrections.toml").write_text("[[correction]]\naction = 1\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(inputs), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2 and "corrections.toml, correction 1: no action" in result.output
    assert not (tmp_path / "out").exists()  # stopped before any work


# ---------------------------------------------------------------- applied by a real build


@pytest.fixture(scope="module")
def corrected(tmp_path_factory):
    """A build without corrections, then `kg correct` (every kind) beside the articles and the same
    --out built again, with the real pipeline. Returns (inputs, out, the first build's quads, the CLI output)."""
    tmp = tmp_path_factory.mktemp("corrected")
    inputs = _write(tmp / "in", ARTICLES)
    out = tmp / "out"
    runner = CliRunner()
    first = runner.invoke(cli, ["build", str(inputs), "--out", str(out)])
    assert first.exit_code == 0, first.output
    before = _quads(out)
    shutil.copy(out / "graph.nq", out.parent / "first.nq")
    _correct(inputs)
    result = runner.invoke(cli, ["build", str(inputs), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return inputs, out, before, result


def test_each_kind_of_correction_changes_the_graph(corrected):
    from graph.using.load import load_store

    store = load_store(corrected[1])
    entities = dict(_rows(store, "SELECT ?e ?label WHERE { ?e a ?t ; rdfs:label ?label }"))
    # merge: the survivor keeps its id and label and gains the other's names; the other is owl:sameAs it
    assert entities[ID + HCFC] == "Harbour City FC" and ID + CLUB not in entities
    assert _rows(store, f"SELECT ?o WHERE {{ <{ID}{CLUB}> owl:sameAs ?o }}") == [(ID + HCFC,)]
    assert ("Harbour City Football Club",) in _rows(store, f"SELECT ?n WHERE {{ <{ID}{HCFC}> skos:altLabel ?n }}")
    # split: "Okafor" is an entity of its own, with its mention; the full name keeps the rest
    assert entities[ID + "entity/person/okafor"] == "Okafor"
    assert _rows(store, f"SELECT ?t WHERE {{ ?m kg:mentionOf <{ID}entity/person/okafor> ; <https://schema.org/text> ?t }}") \
        == [("Okafor",)]
    assert _rows(store, f"SELECT ?n WHERE {{ <{ID}entity/person/jane-okafor> skos:altLabel ?n }}") \
        == [("Dr Jane Okafor",), ("Jane Okafor",)]

    # rename and type: the id stays
    assert entities[ID + "entity/person/tom-reyes"] == "Thomas Reyes"
    assert _rows(store, f"SELECT ?t WHERE {{ <{ID}entity/organization/harbour-trust> a ?t }}") == [(KG + "Place",)]
    # drop entity: gone, with its mentions
    assert ID + "entity/organization/national-crime-agency" not in entities
    assert not _rows(store, f"SELECT ?m WHERE {{ ?m kg:mentionOf <{ID}entity/organization/national-crime-agency> }}")
    # drop edge (the criticism read from "Okafor criticised ...", which ended at the merged club)
    first = load_store(corrected[1].parent / "first.nq")
    assert _rows(first, "SELECT ?s ?o WHERE { ?s kg:criticises ?o }") == [(ID + "entity/person/jane-okafor", ID + CLUB)]
    assert _rows(store, "SELECT ?s ?o WHERE { ?s kg:criticises ?o }") == []
    # add edge (its evidence is the correction)
    works = _rows(store, "SELECT ?s ?o WHERE { ?s kg:worksFor ?o }")
    assert works == [(ID + "entity/person/tom-reyes", ID + HCFC)]
    # drop speaker, add speaker
    speakers = dict(_rows(store, "SELECT ?text ?who WHERE { ?q a kg:Quotation ; <https://schema.org/text> ?text "
                                 "OPTIONAL { ?q kg:spokenBy ?who } }"))
    assert speakers == {"We are delighted to welcome every fan to the ground today": None,
                        "We need to see the full costs before anyone decides anything": ID + "entity/person/jane-okafor"}


def test_each_applied_correction_is_in_the_rdf_with_its_note_and_date_and_what_it_changed(corrected):
    from graph.using.load import load_store

    store = load_store(corrected[1])
    records = _rows(store, "SELECT ?command ?action ?note ?date WHERE { ?c a kg:Correction ; rdfs:label ?command ; "
                           "kg:action ?action ; prov:atTime ?date OPTIONAL { ?c rdfs:comment ?note } }")
    assert len(records) == len(COMMANDS) - 1  # the stale one is not
    assert {r[1] for r in records} == set(ACTIONS)
    assert ("merge 'Harbour City FC' 'Harbour City Football Club'", "merge", "the same club", "2026-01-02") in records
    changed = _rows(store, "SELECT ?action ?x WHERE { ?x kg:correctedBy ?c . ?c kg:action ?action }")
    assert ("merge", ID + HCFC) in changed and ("drop-entity", ID + "entity/organization/national-crime-agency") in changed
    assert ("drop-speaker", ID + "quotation/a2/127") in changed
    added = _rows(store, "SELECT ?s ?o WHERE { ?st rdf:subject ?s ; rdf:object ?o ; kg:correctedBy ?c . "
                         "?c kg:action 'add-edge' }")
    assert added == [(ID + "entity/person/tom-reyes", ID + HCFC)]
    from graph.using.validate import validate_graph

    assert validate_graph(corrected[1]).conforms


def test_a_stale_correction_is_reported_by_name(corrected):
    output = corrected[3].output
    assert "corrections     9  applied from" in output and "1 no longer apply" in output
    assert "kg correct merge 'Nobody Atall' 'Harbour City FC': no entity is named 'Nobody Atall' any more" in output


def test_ids_of_the_first_build_are_kept_and_a_rebuild_is_byte_identical(corrected, tmp_path):
    inputs, out, before, _ = corrected
    before_ids = {q.subject.value for q in before if q.subject.value.startswith(ID + "entity/") and "/mention/" not in q.subject.value}
    after = _quads(out)
    subjects = {q.subject.value for q in after}
    assert before_ids <= subjects  # every entity IRI still there: as itself, or owl:sameAs its survivor
    copy = tmp_path / "again"
    shutil.copytree(out, copy)
    assert CliRunner().invoke(cli, ["build", str(inputs), "--out", str(copy)]).exit_code == 0
    for name in ("graph.nq", "graph.ttl", "graph.html", "ids.json"):
        assert (copy / name).read_bytes() == (out / name).read_bytes(), name


def test_removing_the_corrections_undoes_them_with_the_same_ids(corrected, tmp_path):
    inputs, out, before, _ = corrected
    plain = _write(tmp_path / "plain", ARTICLES)
    copy = tmp_path / "out"
    shutil.copytree(out, copy)
    assert CliRunner().invoke(cli, ["build", str(plain), "--out", str(copy)]).exit_code == 0
    entities = lambda quads: sorted(q.subject.value for q in quads if q.predicate.value.endswith("#label")
                                    and "/entity/" in q.subject.value)
    assert set(entities(before)) <= set(entities(_quads(copy)))  # the merged-away club is back under its id
    assert ID + HCFC in entities(_quads(copy)) and ID + CLUB in entities(_quads(copy))


def test_the_round_trip_through_every_export_keeps_the_corrections(corrected):
    from graph.using.from_rdf import from_quads
    from graph.using.load import load_store
    from graph.using.rdf import graph_quads

    quads = _quads(corrected[1])
    back = from_quads(quads)
    assert sorted(map(str, graph_quads(back))) == sorted(map(str, quads))
    assert len(back.graph["corrections"]) == len(COMMANDS) - 1
    assert back.graph["retired"] == {CLUB: HCFC}
    query = "SELECT ?c ?x WHERE { ?x kg:correctedBy ?c }"
    expected = _rows(load_store(corrected[1]), query)
    for name in ("graph.ttl", "graph.jsonld", "graph.trig", "graph.nt"):
        assert _rows(load_store(corrected[1] / name), query) == expected, name


def test_explain_shows_the_corrections_and_their_join_rules(corrected):
    from graph.using.entities import explain_entity
    from graph.using.load import load_store

    club = explain_entity(load_store(corrected[1]), "Harbour City Football Club")
    assert club["id"] == HCFC and club["merged"] == [CLUB]
    assert [(c["action"], c["note"], c["date"]) for c in club["corrections"]] == [("merge", "the same club", "2026-01-02")]
    joined = {j["rule"]: [m["text"] for m in j["mentions"]] for j in club["joins"]}
    assert joined["correction:merge"] == ["Harbour City Football Club"]
    tom = explain_entity(load_store(corrected[1]), "Tom Reyes")  # the old name still finds it
    assert tom["label"] == "Thomas Reyes" and tom["label_rule"] == "correction:rename"


# ---------------------------------------------------------------- kg build and kg add agree


@pytest.mark.slow  # three builds
def test_kg_add_applies_the_stores_corrections_like_a_full_build(tmp_path):
    from graph.pipeline import add, build

    store, full = tmp_path / "store", tmp_path / "full"
    store.mkdir()
    _correct(store)  # kept in the store folder before the store exists
    build([_write(tmp_path / "first", ARTICLES)], None, store_dir=store)
    summary = add([_write(tmp_path / "more", MORE)], store)
    assert summary.corrected == len(COMMANDS) - 1 and len(summary.stale_corrections) == 1
    full.mkdir()
    shutil.copy(store / "corrections.toml", full / "corrections.toml")
    build([_write(tmp_path / "all", {**ARTICLES, **MORE})], None, store_dir=full)

    def dump(folder: Path) -> list[str]:
        from graph.using.load import load_store

        return sorted(str(q) for q in load_store(folder).quads_for_pattern(None, None, None, None))

    assert dump(store) == dump(full)

    # the id the correction merged away redirects to the survivor in `kg serve`, as an automatic merge does
    import httpx
    from live import kg_serve

    with kg_serve(store) as served:
        r = httpx.get(served.base + "/" + CLUB, headers={"Accept": "application/json"})
        assert r.status_code == 301 and r.headers["location"] == "/" + HCFC
