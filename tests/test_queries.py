"""The bundled example queries (graph/queries/*.rq) answer their questions on the seeds build."""

from __future__ import annotations

import pytest

from graph.using.load import load_store
from graph.pipeline import build
from graph.using.query import example_queries, read_query_file, run_query

NSPCC = "National Society for the Prevention of Cruelty to Children"
NCMEC = "US National Center for Missing and Exploited Children"


@pytest.fixture(scope="module")
def store(seeds_build):
    return load_store(seeds_build[0])


def ask(store, name: str, **values: str):
    """Run a bundled query, with the names in its VALUES line replaced as a user would edit them."""
    text = read_query_file(name)
    for old, new in values.items():
        assert f'"{old}"' in text
        text = text.replace(f'"{old}"', f'"{new}"')
    result = run_query(store, text)
    return [dict(zip(result.variables, row)) for row in result.rows]


def test_every_example_query_says_what_it_answers():
    names = set(example_queries())
    assert {"who_criticises", "criticised_by_month", "criticises", "reports_to_chains", "cites", "quotations_of", "quotations",
            "most_mentioned", "relations"} <= names
    for name in names:
        assert read_query_file(name).startswith("# "), name


def test_who_criticises_meta(store):
    rows = ask(store, "who_criticises")
    assert {r["target"] for r in rows} == {"Meta"}  # Facebook, its former name, is an alias of the Meta node
    # the NSPCC's "thriving on Facebook's platforms" and Andy Burrows's "putting a blindfold on
    # itself" are metaphors no general rule reads (the seed-lifted cues that found them are gone)
    assert {r["critic"] for r in rows} == {"Simon Bailey", "Suella Braverman"}
    bailey = [r for r in rows if r["critic"] == "Simon Bailey"]
    assert any("lip service to the threat" in r["sentence"] and r["article"] == "000_7c9448b5766a767c.txt"
               for r in bailey)
    assert {r["article"] for r in bailey} == {"000_7c9448b5766a767c.txt", "001_87f876cbfca84f1a.txt",
                                              "003_f2e862bbb6ffdf60.txt"}
    # any entity, by any of its names, in any case
    assert ask(store, "who_criticises", Meta="facebook") == rows
    zuck = ask(store, "who_criticises", Meta="Mr Zuckerberg")
    assert {(r["critic"], r["target"]) for r in zuck} == {("Suella Braverman", "Mark Zuckerberg")}
    assert ask(store, "who_criticises", Meta="Nobody At All") == []


def test_every_relation_with_its_evidence(store):
    rows = ask(store, "relations")
    urges = [r for r in rows if (r["subject"], r["relation"], r["object"]) == (NSPCC, "callsOn", "UK government")]
    assert urges and urges[0]["sentence"].startswith("The NSPCC urged the UK government")
    assert {r["relation"] for r in rows} == {"criticises", "reportsTo", "cites", "worksFor", "owns", "callsOn",
                                             "partnersWith"}
    assert ("Meta", "owns", "Instagram") in {(r["subject"], r["relation"], r["object"]) for r in rows}


def test_reports_to_chains(store):
    rows = {(r["from"], r["to"]): int(r["intermediaries"]) for r in ask(store, "reports_to_chains")}
    assert rows[(NCMEC, "police")] == 0  # direct
    assert rows[("Meta", NCMEC)] == 0
    assert rows[("Meta", "police")] == 1  # Meta -> NCMEC -> police


def test_what_each_actor_cites_and_from_whom(store):
    rows = ask(store, "cites")
    sources = {r["source"] for r in rows}
    assert {"Sky News", "National Crime Agency", NSPCC, NCMEC, "Metro"} <= sources
    nca = [r for r in rows if r["source"] == "National Crime Agency" and "850,000" in r["sentence"]]
    assert nca and nca[0]["kind"] == "Article"
    assert nca[0]["actor"] == "Facebook could become a safe haven for paedophiles, warns Suella Braverman"
    ncmec = [r for r in rows if r["source"] == NCMEC]
    assert any("12 million of the more than 18 million reports" in r["sentence"] for r in ncmec)


def test_all_quotations_of_a_person_with_their_articles(store):
    rows = ask(store, "quotations_of")
    assert len(rows) >= 10 and {r["speaker"] for r in rows} == {"Simon Bailey"}
    assert {r["article"] for r in rows} == {"000_7c9448b5766a767c.txt", "001_87f876cbfca84f1a.txt",
                                            "003_f2e862bbb6ffdf60.txt"}
    assert any(r["text"].startswith("I’d like to have thought") and "lip service" in r["text"] for r in rows)
    assert all(r["headline"] for r in rows)
    burrows = ask(store, "quotations_of", **{"Simon Bailey": "andy burrows"})
    assert burrows and {r["article"] for r in burrows} == {"002_dac9b3c1c2203c2f.txt"}
    assert any("blindfold" in r["text"] for r in burrows)


def test_entities_in_the_most_articles(store):
    rows = ask(store, "most_mentioned")
    top = [(r["entity"], r["type"], int(r["articles"])) for r in rows[:2]]
    assert top == [("Meta", "Organization", 5), ("police", "Organization", 5)]
    counts = [int(r["articles"]) for r in rows]
    assert counts == sorted(counts, reverse=True)
    assert ("Simon Bailey", "Person", 3) in [(r["entity"], r["type"], int(r["articles"])) for r in rows]


def test_all_criticism_and_all_quotations(store):
    crit = {(r["critic"], r["target"]) for r in ask(store, "criticises")}
    assert ("Suella Braverman", "Mark Zuckerberg") in crit and ("Simon Bailey", "Meta") in crit
    quotes = ask(store, "quotations")
    assert len(quotes) >= 30 and {"Simon Bailey", "Meta", "Andy Burrows"} <= {q["speaker"] for q in quotes}


@pytest.mark.parametrize("name", sorted(example_queries()))
def test_example_queries_return_the_iris_next_to_their_labels(store, name):
    """Each label column ``x`` has its node's IRI in ``xIri``, so a result can be clicked through to the
    network and to the entity's page; the IRI is the node that carries that label."""
    result = run_query(store, read_query_file(name))
    iri_columns = [v for v in result.variables if v.endswith("Iri")]
    assert iri_columns, f"{name} returns no IRI column"
    rows = [dict(zip(result.variables, row)) for row in result.rows]
    assert rows, name
    for column in iri_columns:
        label = column[: -len("Iri")]
        assert label in result.variables, f"{name}: {column} without {label}"
        pairs = {(r[label], r[column]) for r in rows if r[column] is not None}
        assert pairs or column.endswith("ourceIri"), f"{name}: {column} is never bound"
        for value, iri in pairs:
            assert iri.startswith("https://w3id.org/news-kg/id/"), iri
            if value == "the article":  # figure_conflicts: a figure the article states itself
                ask = f"ASK {{ <{iri}> a kg:Article }}"
            else:
                ask = f"ASK {{ <{iri}> ?p ?v FILTER(STR(?v) = {_literal(value)}) }}"
            assert run_query(store, ask).boolean, f"{name}: {iri} does not carry {value!r}"


def _literal(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r") + '"'


DATED = {
    "a1.txt": ("Regulator attacks Meta over safety", "2021-01-12",
               "The head of the regulator, Jane Smith, criticised Meta on Tuesday for failing to protect children."),
    "a2.txt": ("Charity condemns Meta", "2021-01-28", "The charity Childline condemned Meta for its plans to encrypt messages."),
    "a3.txt": ("Minister speaks", "2021-03-04",
               "Home Secretary Priti Patel criticised Meta for putting profits before safety. "
               "Jane Smith also attacked Meta over its record."),
    "a4.txt": ("Campaigners speak", None, "Tom Brown, a campaigner, accused Meta of turning a blind eye to abuse."),
    "a5.txt": ("Praise for Globex", "2021-02-02", "Jane Smith criticised Globex over its accounts."),
}


@pytest.fixture(scope="module")
def dated_store(tmp_path_factory):
    """A small corpus whose articles carry dates (one has none): criticism of Meta over three months."""
    folder = tmp_path_factory.mktemp("dated")
    for name, (headline, date, body) in DATED.items():
        published = f"Published: {date}\n\n" if date else ""
        (folder / name).write_text(f"{headline}\n\n{published}{body}\n", encoding="utf-8")
    out = folder / "exports"
    build([folder], out)
    return load_store(out)


def test_who_criticised_an_entity_month_by_month(dated_store):
    rows = ask(dated_store, "criticised_by_month")
    got = [(r["month"], r["critic"], r["criticIri"].rsplit("/id/", 1)[1], int(r["sentences"]), int(r["articles"]))
           for r in rows]
    assert got == [
        ("2021-01", "Childline", "entity/organization/childline", 1, 1),
        ("2021-01", "Jane Smith", "entity/person/jane-smith", 1, 1),
        ("2021-03", "Jane Smith", "entity/person/jane-smith", 1, 1),
        ("2021-03", "Priti Patel", "entity/person/priti-patel", 1, 1),
        ("undated", "Tom Brown", "entity/person/tom-brown", 1, 1),
    ]
    assert {r["target"] for r in rows} == {"Meta"}  # Globex is not asked about
    # any entity, by any of its names
    globex = ask(dated_store, "criticised_by_month", Meta="GLOBEX")
    assert [(r["month"], r["critic"], r["target"]) for r in globex] == [("2021-02", "Jane Smith", "Globex")]


def test_criticism_of_meta_by_month_on_the_seeds(store):
    rows = [(r["month"], r["critic"], int(r["sentences"])) for r in ask(store, "criticised_by_month")]
    # one seed article has a date (30 June 2021); the others are undated and kept as such
    assert rows == [("2021-06", "Simon Bailey", 1), ("undated", "Simon Bailey", 2), ("undated", "Suella Braverman", 1)]
