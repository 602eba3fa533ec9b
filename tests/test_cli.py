"""CLI: help text everywhere, one-line errors with their exit codes, and the commands on a tiny graph."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from graph.cli import cli

ROOT = Path(__file__).resolve().parents[1]

TTL = """\
@prefix kg: <https://w3id.org/news-kg/ontology#> .
@prefix e: <https://w3id.org/news-kg/id/entity/> .
@prefix schema: <https://schema.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .

e:jane a kg:Person ; rdfs:label "Jane Doe" ; skos:altLabel "Ms Doe" .
e:acme a kg:Organization ; rdfs:label "Acme" .
e:spam a kg:Organization ; rdfs:label "Share Story" .
<https://w3id.org/news-kg/id/article/a1> a kg:Article ; schema:headline "Acme warns" ; kg:sourceFile "a1.txt" .
e:jane kg:worksFor e:acme ; kg:criticises e:acme .
<https://w3id.org/news-kg/id/quotation/a1/9> a kg:Quotation ; schema:text "We will not stand for this any longer." ;
    schema:spokenByCharacter e:jane ; schema:isPartOf <https://w3id.org/news-kg/id/article/a1> .
"""

GOLD = {
    "documents": {"a1": {"file": "a1.txt", "headline": "Acme warns"}},
    "entities": [
        {"id": "jane", "type": "Person", "names": ["Jane Doe"]},
        {"id": "acme", "type": "Organization", "names": ["Acme"]},
        {"id": "bob", "type": "Person", "names": ["Bob"]},
    ],
    "forbidden_names": ["Share Story"],
    "relations": [{"s": "jane", "p": "worksFor", "o": "acme"}, {"s": "bob", "p": "owns", "o": "acme"}],
    "quotes": [{"doc": "a1", "speaker": "jane", "starts": "We will not stand"}],
}


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def graph_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "exports"
    folder.mkdir()
    (folder / "graph.ttl").write_text(TTL, encoding="utf-8")
    return folder


@pytest.fixture
def gold_file(tmp_path: Path) -> Path:
    path = tmp_path / "tiny.gold.json"
    path.write_text(json.dumps(GOLD), encoding="utf-8")
    return path


def _assert_one_line_error(result, code: int, detail_lines: int = 0) -> None:
    assert result.exit_code == code, result.output
    lines = result.stderr.rstrip().splitlines()
    assert len(lines) == 1 + detail_lines and lines[0].startswith("kg: error: "), result.stderr
    assert "Traceback" not in result.output
    assert result.stdout == ""


def test_every_command_has_help(runner):
    assert cli.help and cli.name
    assert set(cli.commands) >= {"build", "query", "stats", "eval", "figures"}
    for name, command in cli.commands.items():
        assert command.help and command.help.strip(), f"`kg {name}` has no help text"
        assert command.get_short_help_str().strip()
        for param in command.params:
            if isinstance(param, click.Option):
                assert param.help, f"`kg {name} {param.opts[0]}` has no help text"
        result = runner.invoke(cli, [name, "--help"])
        assert result.exit_code == 0 and f"Usage: kg {name}" in result.output


def test_version(runner):
    result = runner.invoke(cli, ["--version"])
    assert result.exit_code == 0 and result.output.startswith("kg ")


def test_python_m_graph_help():
    proc = subprocess.run([sys.executable, "-m", "graph", "--help"], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "Usage: kg" in proc.stdout and "query" in proc.stdout and "eval" in proc.stdout


@pytest.mark.slow  # subprocesses
def test_kg_keeps_one_blas_thread_unless_told_otherwise():
    # a second thread in the process makes spaCy's parser and entity recogniser dearer (graph/cli.py)
    import os

    code = "import graph.cli, numpy, os; print(os.environ['OPENBLAS_NUM_THREADS'], len(os.listdir('/proc/self/task')))"
    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    got = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)
    assert got.stdout.split() == ["1", "1"], got.stderr
    env["OPENBLAS_NUM_THREADS"] = "2"
    got = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)
    assert got.stdout.split()[0] == "2", got.stderr


def test_query_bad_sparql_is_one_line_exit_3(runner, graph_dir):
    result = runner.invoke(cli, ["query", str(graph_dir), "SELECT ?s WHERE { ?s ?p "])
    _assert_one_line_error(result, 3, detail_lines=2)  # the message, then the query's line and a caret
    assert "SPARQL syntax error" in result.stderr


def test_query_typo_names_the_keyword_and_points_at_it(runner, graph_dir):
    result = runner.invoke(cli, ["query", str(graph_dir), "PREFIX x: <http://x/>\nSELEC ?s WHERE { ?s ?p ?o }"])
    _assert_one_line_error(result, 3, detail_lines=2)
    assert result.stderr.splitlines() == [
        "kg: error: SPARQL syntax error: unknown keyword SELEC at line 2, column 1: did you mean SELECT?",
        "  SELEC ?s WHERE { ?s ?p ?o }",
        "  ^",
    ]


def test_query_update_is_refused(runner, graph_dir):
    result = runner.invoke(cli, ["query", str(graph_dir), "DELETE WHERE { ?s ?p ?o }"])
    _assert_one_line_error(result, 3)


def test_missing_graph_is_one_line_exit_2(runner, tmp_path):
    for args in (["query", str(tmp_path / "nope"), "ASK {}"], ["stats", str(tmp_path / "nope")]):
        result = runner.invoke(cli, args)
        _assert_one_line_error(result, 2)
        assert "graph not found" in result.stderr


def test_query_needs_exactly_one_query(runner, graph_dir):
    assert runner.invoke(cli, ["query", str(graph_dir)]).exit_code == 2
    assert runner.invoke(cli, ["query", str(graph_dir), "ASK {}", "--file", "criticises"]).exit_code == 2


def test_query_missing_file_is_one_line(runner, graph_dir, tmp_path):
    result = runner.invoke(cli, ["query", str(graph_dir), "--file", str(tmp_path / "nope.rq")])
    _assert_one_line_error(result, 2)
    assert "bundled queries" in result.stderr


def test_query_formats(runner, graph_dir):
    sparql = "SELECT ?name WHERE { ?p a kg:Person ; rdfs:label ?name }"
    table = runner.invoke(cli, ["query", str(graph_dir), sparql])
    assert table.exit_code == 0 and "Jane Doe" in table.stdout and "1 row" in table.stdout
    csv_out = runner.invoke(cli, ["query", str(graph_dir), sparql, "--format", "csv"])
    assert csv_out.stdout.splitlines() == ["name", "Jane Doe"]
    js = runner.invoke(cli, ["query", str(graph_dir), sparql, "--format", "json"])
    assert json.loads(js.stdout)["results"]["bindings"] == [{"name": {"type": "literal", "value": "Jane Doe"}}]
    bundled = runner.invoke(cli, ["query", str(graph_dir), "--file", "quotations", "--format", "csv"])
    assert bundled.exit_code == 0 and "We will not stand for this any longer." in bundled.stdout
    stdin = runner.invoke(cli, ["query", str(graph_dir), "-", "--format", "json"], input="ASK { ?s a kg:Article }")
    assert json.loads(stdin.stdout)["boolean"] is True


def test_stats(runner, graph_dir):
    result = runner.invoke(cli, ["stats", str(graph_dir), "--json"])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["entities_by_type"] == {"Person": 1, "Organization": 2}
    assert data["relations_by_type"] == {"criticises": 1, "worksFor": 1}
    plain = runner.invoke(cli, ["stats", str(graph_dir)])
    assert plain.exit_code == 0 and "quotations" in plain.stdout


def test_eval_on_a_tiny_folder(runner, graph_dir, gold_file):
    result = runner.invoke(cli, ["eval", str(gold_file), str(graph_dir)])
    assert result.exit_code == 0, result.output
    assert "entities" in result.stdout and "quotations + speaker" in result.stdout
    assert "Share Story (Organization) [furniture]" in result.stdout
    assert "Bob (Person) [bob]" in result.stdout
    quiet = runner.invoke(cli, ["eval", str(gold_file), str(graph_dir), "--no-show-errors"])
    assert "furniture" not in quiet.stdout
    data = json.loads(runner.invoke(cli, ["eval", str(gold_file), str(graph_dir), "--json"]).stdout)
    assert data["entities"] == {"precision": 0.6667, "recall": 0.6667, "f1": 0.6667, "tp": 2, "fp": 1, "fn": 1}
    assert data["relations"]["tp"] == 1 and data["relations"]["fp"] == 1 and data["relations"]["fn"] == 1
    assert data["quotations"]["recall"] == 1.0 and data["speaker_accuracy"]["accuracy"] == 1.0
    md = runner.invoke(cli, ["eval", str(gold_file), str(graph_dir), "--markdown", "--no-show-errors"])
    assert md.stdout.startswith("| metric | precision | recall | F1 |")


def test_eval_default_graph_is_exports(runner, graph_dir, gold_file, monkeypatch):
    monkeypatch.chdir(graph_dir.parent)
    assert runner.invoke(cli, ["eval", str(gold_file), "--json"]).exit_code == 0


def test_eval_errors_are_one_line(runner, graph_dir, tmp_path):
    _assert_one_line_error(runner.invoke(cli, ["eval", str(tmp_path / "nope.json"), str(graph_dir)]), 2)
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    _assert_one_line_error(runner.invoke(cli, ["eval", str(bad), str(graph_dir)]), 2)


def test_build_seeds_end_to_end(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    out = tmp_path / "exports"
    result = runner.invoke(cli, ["build", "seeds", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "Built the graph of 5 article(s)" in result.stdout
    for name in ("graph.ttl", "graph.nt", "graph.jsonld", "graph.trig", "graph.nq", "graph.graphml", "graph.html",
                 "ontology.ttl"):
        assert (out / name).is_file(), name
    assert "figures" in result.stdout and "conflicting" in result.stdout
    stats = json.loads(runner.invoke(cli, ["stats", str(out), "--json"]).stdout)
    assert stats["articles"] == 5 and stats["entities"] > 0 and stats["quotations"] > 0
    assert stats["figures"] > 20 and stats["conflicting_groups"] >= 2
    gold = ROOT / "tests" / "data" / "seeds.gold.json"
    report = runner.invoke(cli, ["eval", str(gold), str(out), "--json"])
    assert report.exit_code == 0, report.output
    assert json.loads(report.stdout)["relations"]["f1"] >= 0.8


@pytest.fixture(scope="module")
def figures_dir(figures_graph, tmp_path_factory) -> Path:
    from graph.using.export import export_graph

    out = tmp_path_factory.mktemp("figs") / "exports"
    export_graph(figures_graph, out, ["nq"])
    return out


def test_figures_lists_measures_sources_and_conflicts(runner, figures_dir):
    result = runner.invoke(cli, ["figures", str(figures_dir)])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.index("CONFLICT") < out.index("agree")  # conflicts first
    assert "85% of 40 million" in out and "82% of 40 million" in out
    assert "stated by Acme Corp · source Acme Corp" in out and "source Globex" in out
    assert "! 85% of 40 million (in 2020) vs 82% of 40 million (in 2020): different values" in out
    assert "stated by the article" in out  # the totals
    assert "\u202e" not in out and "4 figures in 2 measures, 1 conflicting" in out


def test_figures_conflicts_only_and_json(runner, figures_dir):
    only = runner.invoke(cli, ["figures", str(figures_dir), "--conflicts"])
    assert only.exit_code == 0 and "agree" not in only.stdout and "CONFLICT" in only.stdout
    data = json.loads(runner.invoke(cli, ["figures", str(figures_dir), "--json"]).stdout)
    statuses = [m["status"] for m in data["measures"]]
    assert statuses == ["conflicting", "agreeing"]
    first = data["measures"][0]
    assert [f["text"] for f in first["figures"]] == ["85 per cent", "82 per cent"]
    assert first["conflicts"][0][2] == "different values"


def test_figures_on_a_missing_graph_is_a_one_line_error(runner, tmp_path):
    _assert_one_line_error(runner.invoke(cli, ["figures", str(tmp_path / "nope")]), 2)


def test_query_time_limit_exit_status(runner, graph_dir):
    slow = "SELECT (COUNT(*) AS ?n) WHERE { " + " ".join(f"?s{i} ?p{i} ?o{i} ." for i in range(9)) + " }"  # 16^9 rows
    result = runner.invoke(cli, ["query", str(graph_dir), slow, "--timeout", "0.5"])
    _assert_one_line_error(result, 4)
    assert "time limit of 0.5 s" in result.stderr
    ok = runner.invoke(cli, ["query", str(graph_dir), "SELECT ?n WHERE { ?p a kg:Person ; rdfs:label ?n }",
                             "--timeout", "5", "--format", "csv"])
    assert ok.exit_code == 0 and ok.stdout.splitlines() == ["n", "Jane Doe"]


def test_serve_a_missing_graph_is_a_one_line_error(runner, tmp_path):
    result = runner.invoke(cli, ["serve", str(tmp_path / "nothing"), "--port", "9"])
    _assert_one_line_error(result, 2)
    assert "graph not found" in result.stderr
    assert "[default: 127.0.0.1]" in runner.invoke(cli, ["serve", "--help"]).stdout


def test_serve_cors_is_off_by_default_and_says_why(runner, graph_dir):
    help_text = " ".join(runner.invoke(cli, ["serve", "--help"]).stdout.split())
    assert "--cors ORIGIN" in help_text and "Off by default" in help_text and "could read a graph served on 127.0.0.1" in help_text
    result = runner.invoke(cli, ["serve", str(graph_dir), "--port", "9", "--cors", "localhost:3000"])
    _assert_one_line_error(result, 2)
    assert "--cors takes an origin such as http://localhost:3000" in result.stderr


def test_build_with_a_bad_base_stops_before_any_work(runner, tmp_path):
    result = runner.invoke(cli, ["build", str(ROOT / "seeds"), "--out", str(tmp_path / "out"), "--base", "example.org/kg"])
    _assert_one_line_error(result, 2)
    assert "--base must be an http:// or https:// IRI that ends in '/'" in result.stderr
    assert not (tmp_path / "out").exists()


def test_stats_figures_and_validate_read_exports_by_default(monkeypatch):
    from conftest import ROOT

    monkeypatch.chdir(ROOT)
    for args in (["stats"], ["figures", "--json"], ["validate"]):
        result = CliRunner().invoke(cli, args)
        assert result.exit_code == 0, (args, result.output)


# ---------------------------------------------------------------- the first hour: exports/ by default


def _exports_here(tmp_path, monkeypatch) -> None:
    (tmp_path / "exports").mkdir()
    (tmp_path / "exports" / "graph.ttl").write_text(TTL, encoding="utf-8")
    monkeypatch.chdir(tmp_path)


@pytest.mark.parametrize("command", ["stats", "figures", "validate", "query", "serve", "eval", "push"])
def test_every_command_that_reads_a_graph_defaults_to_exports(runner, command):
    # the GRAPH argument is optional and its help names exports/
    params = {p.name: p for p in cli.commands[command].params}
    assert params["graph"].required is False
    assert "exports/" in " ".join(cli.commands[command].help.split())


def test_query_with_sparql_alone_reads_exports(runner, tmp_path, monkeypatch):
    _exports_here(tmp_path, monkeypatch)
    result = runner.invoke(cli, ["query", "SELECT ?n WHERE { ?p a kg:Person ; rdfs:label ?n }", "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == ["n", "Jane Doe"]
    result = runner.invoke(cli, ["query", "-", "--format", "csv"], input="ASK { ?p a kg:Organization }")
    assert result.output.strip().splitlines()[-1] == "true"


def test_query_with_a_graph_alone_and_a_file(runner, tmp_path, monkeypatch):
    _exports_here(tmp_path, monkeypatch)
    (tmp_path / "people.rq").write_text("SELECT ?n WHERE { ?p a kg:Person ; rdfs:label ?n }", encoding="utf-8")
    for args in (["exports", "--file", "people.rq"], ["--file", "people.rq"], ["exports/graph.ttl", "-f", "people.rq"]):
        result = runner.invoke(cli, ["query", *args, "--format", "csv"])
        assert result.output.splitlines() == ["n", "Jane Doe"], args
    result = runner.invoke(cli, ["query", "exports"])  # a graph and no query
    assert result.exit_code == 2 and "give exactly one of SPARQL text or --file" in result.output


def test_the_progress_bar_draws_without_a_thread_of_its_own(monkeypatch):
    # a second thread makes the parse dearer (graph/cli.py): the bar is redrawn as the build reports
    import io
    import threading

    import rich.console

    from graph.cli import _progress_bar

    shown = io.StringIO()

    class Terminal(rich.console.Console):
        def __init__(self, **kwargs):
            super().__init__(file=shown, force_terminal=True, width=100)

    monkeypatch.setattr(rich.console, "Console", Terminal)
    before = threading.active_count()
    with _progress_bar() as update:
        for done in range(3):
            update(done, 2, f"extracting a{done}.txt")
        assert threading.active_count() == before
    assert "extracting a2.txt" in shown.getvalue()
