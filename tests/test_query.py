"""Query stage: loading RDF exports, read-only SPARQL, output formats and graph statistics."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from graph.errors import GraphLoadError, InputError, QueryError
from graph.using.load import load_store
from graph.using.query import example_queries, read_query_file, run_query
from graph.using.results import format_table, to_csv, to_json
from graph.using.stats import graph_stats

PREFIXES = """\
@prefix kg: <https://w3id.org/news-kg/ontology#> .
@prefix e: <https://w3id.org/news-kg/id/entity/> .
@prefix schema: <https://schema.org/> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
"""

# A graph in the export contract: facts in the default graph, provenance in a named graph per article.
TRIG = PREFIXES + """
e:jane a kg:Person ; rdfs:label "Jane Doe" ; skos:altLabel "Jane Doe", "Ms Doe" .
e:acme a kg:Organization ; rdfs:label "Acme [bold]Corp[/]" .
e:globex a kg:Organization ; rdfs:label "Globex" .
e:hub a kg:Organization ; rdfs:label "Hub" .
e:widget a kg:Product ; rdfs:label "Widget" .
<https://w3id.org/news-kg/id/article/a1> a kg:Article ; schema:headline "Acme warns" ; schema:name "a1.txt" ;
    kg:sourceFile "a1.txt" .
e:jane kg:worksFor e:acme ; kg:criticises e:globex .
e:acme kg:owns e:widget .
e:widget kg:reportsTo e:acme .
e:acme kg:reportsTo e:hub .
<https://w3id.org/news-kg/id/statement/s1> a rdf:Statement ; rdf:subject e:jane ; rdf:predicate kg:criticises ;
    rdf:object e:globex ; kg:role "n/a" .

<https://w3id.org/news-kg/id/graph/a1> {
  <https://w3id.org/news-kg/id/article/a1> schema:mentions e:jane, e:acme, e:globex .
  <https://w3id.org/news-kg/id/statement/s1> kg:evidence <https://w3id.org/news-kg/id/evidence/x1> .
  <https://w3id.org/news-kg/id/evidence/x1> a kg:Evidence ; kg:sentence "Jane Doe criticised Globex." ;
      prov:wasDerivedFrom <https://w3id.org/news-kg/id/article/a1> ; kg:start 10 .
  <https://w3id.org/news-kg/id/quotation/a1/5> a kg:Quotation ; schema:text "We will not stand for this any longer." ;
      schema:spokenByCharacter e:jane ; schema:isPartOf <https://w3id.org/news-kg/id/article/a1> ; kg:start 5 .
}
"""

E = "PREFIX e: <https://w3id.org/news-kg/id/entity/>\n"


@pytest.fixture
def graph_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "exports"
    folder.mkdir()
    (folder / "graph.trig").write_text(TRIG, encoding="utf-8")
    return folder


@pytest.fixture
def store(graph_dir):
    return load_store(graph_dir)


def test_named_graph_triples_are_visible(store):
    result = run_query(store, "SELECT ?text WHERE { ?q a kg:Quotation ; schema:text ?text }")
    assert result.kind == "select" and result.rows == (("We will not stand for this any longer.",),)


def test_build_folder_prefers_nquads(graph_dir):
    (graph_dir / "graph.nq").write_text(
        '<https://w3id.org/news-kg/id/x> <http://www.w3.org/2000/01/rdf-schema#label> "from nq" <https://w3id.org/g> .\n',
        encoding="utf-8",
    )
    result = run_query(load_store(graph_dir), "SELECT ?l WHERE { ?s rdfs:label ?l }")
    assert result.rows == (("from nq",),)


def test_single_files_by_extension_and_bom(tmp_path):
    ttl = tmp_path / "g.ttl"
    ttl.write_bytes(b"\xef\xbb\xbf" + (PREFIXES + 'e:a a kg:Person ; rdfs:label "A" .\n').encode("utf-8"))
    assert graph_stats(load_store(ttl))["entities_by_type"] == {"Person": 1}
    nt = tmp_path / "g.nt"
    nt.write_text('<http://x/a> <http://x/p> "v" .\n', encoding="utf-8")
    assert graph_stats(load_store(nt))["triples"] == 1


@pytest.mark.parametrize(
    "name, content, match",
    [
        ("missing.ttl", None, "graph not found"),
        ("g.csv", "a,b\n", r"valid extensions are \.nq, \.trig, \.ttl"),
        ("broken.ttl", "<http://x/a> <http://x/p> .\n", r"cannot parse .*broken\.ttl as Turtle"),
    ],
)
def test_load_errors(tmp_path, name, content, match):
    path = tmp_path / name
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(GraphLoadError, match=match) as info:
        load_store(path)
    assert "\n" not in str(info.value)


def test_folder_without_graph(tmp_path):
    with pytest.raises(GraphLoadError, match="no graph file in folder .*kg build"):
        load_store(tmp_path)


def test_ask_and_construct(store):
    assert run_query(store, "ASK { ?p a kg:Person }").boolean is True
    assert run_query(store, "ASK { ?p a kg:Event }").boolean is False
    result = run_query(store, "CONSTRUCT { ?s kg:criticises ?o } WHERE { ?s kg:criticises ?o }")
    assert result.kind == "graph"
    assert result.triples == (
        ("https://w3id.org/news-kg/id/entity/jane", "https://w3id.org/news-kg/ontology#criticises",
         "https://w3id.org/news-kg/id/entity/globex"),
    )


def test_property_path(store):
    result = run_query(store, E + "SELECT ?to WHERE { e:widget kg:reportsTo+ ?to } ORDER BY ?to")
    assert [r[0].rsplit("/", 1)[-1] for r in result.rows] == ["acme", "hub"]


def test_syntax_error_is_one_line_query_error(store):
    with pytest.raises(QueryError, match=r"SPARQL syntax error: .*expected") as info:
        run_query(store, "SELECT ?s WHERE { ?s ?p }")
    assert "\n" not in str(info.value)
    assert info.value.exit_code == 3


@pytest.mark.parametrize(
    "text, word",
    [
        ("INSERT DATA { <http://x/a> <http://x/b> <http://x/c> }", "INSERT"),
        ("PREFIX x: <http://x/>\n# a comment\ndelete where { ?s ?p ?o }", "DELETE"),
        ("LOAD <file:///etc/passwd>", "LOAD"),
        ("CLEAR ALL", "CLEAR"),
        ("DROP GRAPH <http://x/g>", "DROP"),
        ("CREATE GRAPH <http://x/g>", "CREATE"),
    ],
)
def test_updates_are_refused(store, text, word):
    with pytest.raises(QueryError, match=f"SPARQL Update \\({word}\\) is not allowed"):
        run_query(store, text)


def test_service_is_refused_but_words_in_strings_and_variables_are_fine(store):
    with pytest.raises(QueryError, match="SERVICE"):
        run_query(store, "SELECT * WHERE { SERVICE <http://localhost:9/sparql> { ?s ?p ?o } }")
    ok = run_query(store, 'SELECT ?service ?insert WHERE { BIND("INSERT SERVICE" AS ?service) BIND(kg:drop AS ?insert) }')
    assert ok.rows == (("INSERT SERVICE", "https://w3id.org/news-kg/ontology#drop"),)


def test_empty_query(store):
    with pytest.raises(QueryError, match="empty query"):
        run_query(store, "  \n")


def test_csv_and_json_shapes(store):
    result = run_query(
        store,
        E + 'SELECT ?name ?n ?missing ?lang WHERE { e:jane rdfs:label ?name . BIND(3 AS ?n) BIND("hi"@en AS ?lang) } ',
    )
    rows = list(csv.reader(io.StringIO(to_csv(result))))
    assert rows == [["name", "n", "missing", "lang"], ["Jane Doe", "3", "", "hi"]]
    data = json.loads(to_json(result))
    assert data["head"]["vars"] == ["name", "n", "missing", "lang"]
    (binding,) = data["results"]["bindings"]
    assert binding["name"] == {"type": "literal", "value": "Jane Doe"}
    assert binding["n"] == {"type": "literal", "value": "3", "datatype": "http://www.w3.org/2001/XMLSchema#integer"}
    assert binding["lang"] == {"type": "literal", "value": "hi", "xml:lang": "en"}
    assert "missing" not in binding
    assert json.loads(to_json(run_query(store, "ASK { ?s ?p ?o }"))) == {"head": {}, "boolean": True}
    construct = json.loads(to_json(run_query(store, E + "CONSTRUCT { e:jane rdfs:label ?l } WHERE { e:jane rdfs:label ?l }")))
    assert construct["results"]["bindings"][0]["subject"]["type"] == "uri"
    assert construct["results"]["bindings"][0]["object"] == {"type": "literal", "value": "Jane Doe"}


def test_table_shortens_iris_and_prints_brackets_literally(store):
    result = run_query(store, "SELECT ?e ?label WHERE { ?e a kg:Organization ; rdfs:label ?label } ORDER BY ?label")
    table = format_table(result)
    assert "Acme [bold]Corp[/]" in table
    assert "id:entity/acme" in table
    assert table.rstrip().endswith("3 rows")
    assert all(line == line.rstrip() for line in table.splitlines())
    assert "true" in format_table(run_query(store, "ASK { ?s ?p ?o }"))


def test_graph_stats(store):
    stats = graph_stats(store)
    assert stats["articles"] == 1
    assert stats["entities"] == 5
    assert stats["entities_by_type"] == {"Person": 1, "Organization": 3, "Product": 1}
    assert stats["relations_by_type"] == {"criticises": 1, "reportsTo": 2, "worksFor": 1, "owns": 1}
    assert stats["relations"] == 5
    assert stats["quotations"] == 1
    assert stats["triples"] == len({(q.subject, q.predicate, q.object) for q in store})


def test_example_queries_parse_and_run(store):
    names = example_queries()
    assert {"criticises", "reports_to_chains", "cites", "quotations", "most_mentioned", "figure_conflicts"} <= set(names)
    for name, path in names.items():
        text = path.read_text(encoding="utf-8")
        assert text.startswith("# "), f"{name}.rq needs a comment line saying what it answers"
        run_query(store, text)
    def columns(name, *names):
        result = run_query(store, read_query_file(name))
        return tuple(tuple(row[result.variables.index(n)] for n in names) for row in result.rows)

    assert columns("criticises", "critic", "target", "sentence", "article") == (
        ("Jane Doe", "Globex", "Jane Doe criticised Globex.", "a1.txt"),)
    assert ("Widget", "Hub", "1") in columns("reports_to_chains.rq", "from", "to", "intermediaries")
    assert columns("quotations", "article", "speaker", "text") == (
        ("a1.txt", "Jane Doe", "We will not stand for this any longer."),)
    top = columns("most_mentioned", "entity", "articles")
    assert len(top) == 3 and all(r[1] == "1" for r in top)


def test_read_query_file(tmp_path):
    path = tmp_path / "mine.rq"
    path.write_text("ASK { ?s ?p ?o }", encoding="utf-8")
    assert read_query_file(path) == "ASK { ?s ?p ?o }"
    with pytest.raises(InputError, match="bundled queries: .*criticises"):
        read_query_file(tmp_path / "nope.rq")


def test_figure_conflicts_query_lists_pairs_with_sources(figures_graph):
    import pyoxigraph as ox

    from graph.using.rdf import to_dataset, to_quads

    store = ox.Store()
    store.extend(to_quads(to_dataset(figures_graph)))
    result = run_query(store, read_query_file("figure_conflicts"))
    rows = [dict(zip(result.variables, row)) for row in result.rows]
    assert len(rows) == 1
    row = rows[0]
    assert (row["figure"], row["other"], row["reason"], row["article"]) == ("85 per cent", "82 per cent", "different values", "c3.txt")
    assert (row["statedBy"], row["source"], row["otherSource"], row["period"]) == ("Acme Corp", "Acme Corp", "Globex", "in 2020")


def test_row_cap_marks_the_result_truncated(store):
    capped = run_query(store, "SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s", max_rows=3)
    assert len(capped.rows) == 3 and capped.truncated
    whole = run_query(store, "SELECT ?l WHERE { ?e rdfs:label ?l }", max_rows=100)
    assert not whole.truncated and len(whole.rows) == 5
    exact = run_query(store, "SELECT ?l WHERE { ?e rdfs:label ?l }", max_rows=5)
    assert not exact.truncated and len(exact.rows) == 5
    graph = run_query(store, "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", max_rows=2)
    assert graph.truncated and len(graph.triples) == len(graph.triple_bindings) == 2


def test_construct_keeps_term_types(store):
    result = run_query(store, E + "CONSTRUCT { e:jane kg:n 3 ; rdfs:label ?l } WHERE { e:jane rdfs:label ?l }")
    objects = sorted((t[2]["type"], t[2].get("datatype", "")) for t in result.triple_bindings)
    assert objects == [("literal", ""), ("literal", "http://www.w3.org/2001/XMLSchema#integer")]


def test_protocol_dataset_graphs(store):
    g = "https://w3id.org/news-kg/id/graph/a1"
    only_a1 = run_query(store, "SELECT DISTINCT ?s WHERE { ?s a kg:Evidence }", default_graphs=[g])
    assert only_a1.rows == (("https://w3id.org/news-kg/id/evidence/x1",),)
    default_only = run_query(store, "SELECT ?s WHERE { ?s a kg:Evidence }",
                             default_graphs=["https://w3id.org/news-kg/id/graph/none"])
    assert default_only.rows == ()
    named = run_query(store, "SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g", named_graphs=[g])
    assert named.rows == ((g,),)
    with pytest.raises(QueryError, match="not a valid graph IRI"):
        run_query(store, "ASK { ?s ?p ?o }", default_graphs=["not an iri"])


def test_update_and_service_are_read_only_errors(store):
    from graph.errors import ReadOnlyError

    for text in ("INSERT DATA { <http://x/a> <http://x/b> <http://x/c> }", "LOAD <file:///etc/passwd>",
                 "SELECT * WHERE { SERVICE <http://localhost:9/sparql> { ?s ?p ?o } }"):
        with pytest.raises(ReadOnlyError):
            run_query(store, text)
    with pytest.raises(QueryError) as info:
        run_query(store, "SELECT ?s WHERE { ?s ?p }")
    assert not isinstance(info.value, ReadOnlyError)


def test_source_version_follows_the_file(graph_dir):
    from graph.using.load import graph_file, source_version

    assert graph_file(graph_dir).name == "graph.trig"
    before = source_version(graph_dir)
    assert source_version(graph_dir) == before
    (graph_dir / "graph.trig").write_text(TRIG + "\n# changed\n", encoding="utf-8")
    assert source_version(graph_dir) != before


def test_a_query_with_its_own_from_reads_only_that_graph(store):
    q = "SELECT ?s FROM <https://w3id.org/news-kg/id/graph/a1> WHERE { ?s a kg:Evidence }"
    assert run_query(store, q).rows == (("https://w3id.org/news-kg/id/evidence/x1",),)
    assert run_query(store, q.replace("graph/a1", "graph/none")).rows == ()
    # "from" as a variable, a prefixed name or in a string is no dataset clause
    assert run_query(store, 'SELECT ?from WHERE { ?from a kg:Quotation FILTER(?from != "FROM <x>") }').rows


def test_old_schema_spelling_is_followed_and_only_looked_up_when_needed(tmp_path):
    from graph.using.query import prefixes_for

    old = tmp_path / "old.nt"
    old.write_text('<https://w3id.org/news-kg/id/quotation/a/1> <http://schema.org/text> "Hello there" .\n')
    result = run_query(load_store(old), "SELECT ?t WHERE { ?q schema:text ?t }")
    assert result.rows == (("Hello there",),)

    class CountingStore:
        asked = 0

        def query(self, *args, **kwargs):
            CountingStore.asked += 1
            return True

    store = CountingStore()
    assert prefixes_for(store, "SELECT ?t WHERE { ?q schema:text ?t }")["schema"] == "http://schema.org/"
    assert CountingStore.asked == 1
    # the lookup scans every triple: queries that do not use schema:, or declare it, skip it
    for text in ("SELECT ?s WHERE { ?s a kg:Person }",
                 "PREFIX schema: <https://schema.org/> SELECT ?t WHERE { ?q schema:text ?t }",
                 'SELECT ?s WHERE { ?s rdfs:label "schema:text" }'):
        assert prefixes_for(store, text)["schema"] == "https://schema.org/"
    assert CountingStore.asked == 1


def test_syntax_errors_say_where_and_what_in_one_readable_line():
    from graph.using.query import syntax_message

    typo = syntax_message("PREFIX a: <http://x/#y>\nSELEC ?x WHERE { ?x ?p ?o }", "error at 2:10: expected CONSTRUCT")
    assert typo == "unknown keyword SELEC at line 2, column 1: did you mean SELECT?"
    odd = syntax_message("PREFIX a: <http://x/#y>\nFETCH ?x WHERE { ?x ?p ?o }", "error at 2:10: expected CONSTRUCT")
    assert odd.startswith("unknown word 'FETCH' at the start of the query") and "SELECT, CONSTRUCT, ASK or DESCRIBE" in odd
    ranges = syntax_message("SELECT ?x WHERE { FILTER(?x = ) }",
                            "error at 1:31: expected one of ABS, IRI, [_], '\\u{10000}'-'\\u{effff}', STR")
    assert ranges == "at line 1, column 31 (near 'WHERE { FILTER(?x = ) }'): expected one of ABS, IRI, STR"
    assert "\\u" not in ranges and "[_]" not in ranges


@pytest.mark.parametrize("text, message, pointer", [
    ("SELEC ?x WHERE { ?x ?p ?o }", "unknown keyword SELEC at line 1, column 1: did you mean SELECT?",
     "  SELEC ?x WHERE { ?x ?p ?o }\n  ^"),
    ("SELECT ?x WHERE { ?x ?p ?o } LIMT 3", "unknown keyword LIMT at line 1, column 30: did you mean LIMIT?",
     "  SELECT ?x WHERE { ?x ?p ?o } LIMT 3\n                               ^"),
    ('SELECT ?x\nWHERE { ?x rdfs:label "FILTR" . FILTR(?x) }', "unknown keyword FILTR at line 2, column 33: did you mean FILTER?",
     '  WHERE { ?x rdfs:label "FILTR" . FILTR(?x) }\n                                  ^'),
])
def test_a_misspelt_keyword_is_named_and_pointed_at(store, text, message, pointer):
    with pytest.raises(QueryError) as info:
        run_query(store, text)
    assert str(info.value) == "SPARQL syntax error: " + message
    assert info.value.detail == pointer


def test_a_syntax_error_points_at_its_line_and_column(store):
    with pytest.raises(QueryError) as info:
        run_query(store, "SELECT ?s\nWHERE { ?s ?p }")
    assert "at line 2" in str(info.value) and "\n" not in str(info.value)
    line, caret = info.value.detail.split("\n")
    assert line == "  WHERE { ?s ?p }" and caret.strip() == "^"
    assert line.index("}") <= caret.index("^") <= len(line)  # where the parser stopped: at or after the "}"
