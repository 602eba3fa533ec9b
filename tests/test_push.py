"""`kg push`: the graph into the real Oxigraph server (`oxigraph serve`, from PyPI) over the Graph Store Protocol."""

from __future__ import annotations

import json
import subprocess
import sys

import httpx
import pyoxigraph as ox
import pytest

from graph.errors import FormatError
from graph.using.push import STATE_NAME, push_graph
from graph.using.load import load_store
from graph.using.query import example_queries, read_query_file

from live import free_port, oxigraph_cli as _oxigraph, oxigraph_serve
from test_interop import _answer

pytestmark = pytest.mark.slow

STATE = "https://w3id.org/news-kg/id/graph/" + STATE_NAME


@pytest.fixture()
def oxigraph(tmp_path):
    with oxigraph_serve("--location", str(tmp_path / "db"), "--union-default-graph") as base:
        yield base


def _kg(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "graph", *args], capture_output=True, text=True, timeout=120, env=env)


def _quads(base: str) -> set[str]:
    """Every quad the server holds, as N-Quads lines."""
    r = httpx.get(base + "/store", headers={"Accept": "application/n-quads"}, timeout=30)
    assert r.status_code == 200, r.text
    return {line for line in r.text.splitlines() if line.strip()}


def _local_quads(store: ox.Store) -> set[str]:
    return {f"{q.subject} {q.predicate} {q.object} {q.graph_name} .".replace(" DEFAULT .", " .") for q in store}


def test_push_sends_every_graph_then_nothing_and_the_store_answers_like_kg(seeds_build, oxigraph):
    folder = seeds_build[0]
    first = _kg("push", str(folder), "--endpoint", oxigraph + "/store")
    assert first.returncode == 0, first.stderr
    assert "Sent 5 article graph(s) and the default graph" in first.stdout
    local = _local_quads(load_store(folder))
    held = _quads(oxigraph)
    assert {q for q in held if f"<{STATE}>" not in q} == local  # every quad, in its own graph
    assert sum(f"<{STATE}>" in q for q in held) == 6 + 1  # a hash per graph and the time of the push

    again = _kg("push", str(folder), "--endpoint", oxigraph + "/store")
    assert again.returncode == 0, again.stderr
    assert "Sent 0 article graph(s) to" in again.stdout and "6 of 6 graph(s) unchanged" in again.stdout
    assert _quads(oxigraph) == held

    kg_store = load_store(folder)
    for name in sorted(example_queries()):
        query = read_query_file(name)
        theirs = _answer(oxigraph + "/query", query)
        ours = sorted(json.dumps(_binding_row(row, theirs[0]), sort_keys=True, ensure_ascii=False)
                      for row in kg_store.query(query, use_default_graph_as_union=True))
        assert theirs[1], f"{name} gives no rows from the pushed graph"
        assert theirs[1] == ours, name


def _binding_row(solution, names: list[str]) -> dict:
    """A pyoxigraph solution in the SPARQL JSON results shape, for comparing with the server's answer."""
    out = {}
    for name in names:
        term = solution[name]
        if term is None:
            continue
        if isinstance(term, ox.NamedNode):
            out[name] = {"type": "uri", "value": term.value}
        elif isinstance(term, ox.BlankNode):
            out[name] = {"type": "bnode", "value": term.value}
        else:
            cell = {"type": "literal", "value": term.value}
            if term.language:
                cell["xml:lang"] = term.language
            elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
                cell["datatype"] = term.datatype.value
            out[name] = cell
    return out


def test_push_sends_only_the_changed_article_and_deletes_a_removed_one(seeds_build, oxigraph):
    store = load_store(seeds_build[0])
    graphs = sorted(g.value for g in store.named_graphs())
    push_graph(store, oxigraph + "/store")

    changed, removed = graphs[0], graphs[1]
    one = next(iter(store.quads_for_pattern(None, None, None, ox.NamedNode(changed))))
    store.remove(one)
    store.clear_graph(ox.NamedNode(removed))
    store.remove_graph(ox.NamedNode(removed))
    summary = push_graph(store, oxigraph + "/store")
    assert summary.sent == (changed,)
    assert summary.deleted == (removed,)
    assert summary.unchanged == len(graphs) - 2 + 1  # the other articles and the default graph
    held = _quads(oxigraph)
    assert {q for q in held if f"<{STATE}>" not in q} == _local_quads(store)
    assert not any(f"<{removed}>" in q for q in held)

    forced = push_graph(store, oxigraph + "/store", force=True)
    assert len(forced.sent) == len(graphs) - 1 + 1 and forced.unchanged == 0


def test_graph_prefix_names_the_article_graphs_and_keeps_its_own_record(seeds_build, oxigraph):
    prefix = "https://example.org/newsroom/graph/"
    summary = push_graph(load_store(seeds_build[0]), oxigraph + "/store", graph_prefix=prefix)
    assert summary.state_graph == prefix + STATE_NAME
    names = {line.rsplit(" ", 2)[-2] for line in _quads(oxigraph) if line.count("<") >= 4}
    assert names and all(n.startswith("<" + prefix) for n in names), names
    # the default record is untouched: a push without the prefix starts from nothing
    assert push_graph(load_store(seeds_build[0]), oxigraph + "/store", dry_run=True).unchanged == 0


def test_dry_run_writes_nothing(seeds_build, oxigraph):
    summary = push_graph(load_store(seeds_build[0]), oxigraph + "/store", dry_run=True)
    assert summary.dry_run and len(summary.sent) == 6
    assert _quads(oxigraph) == set()


def test_a_read_only_store_refuses_with_one_line_and_exit_5(seeds_build, tmp_path):
    db = tmp_path / "ro"
    subprocess.run([_oxigraph(), "load", "--location", str(db), "--file", str(seeds_build[0] / "graph.nq")],
                   check=True, capture_output=True, timeout=120)
    with oxigraph_serve("--location", str(db), read_only=True) as base:
        done = _kg("push", str(seeds_build[0]), "--endpoint", base + "/store")
    assert done.returncode == 5
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("kg: error: ") and "refused PUT" in lines[0] and "HTTP " in lines[0]


def test_an_unreachable_store_gives_one_line_and_exit_5(seeds_build):
    url = f"http://127.0.0.1:{free_port()}/store"
    done = _kg("push", str(seeds_build[0]), "--endpoint", url)
    assert done.returncode == 5
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and f"cannot reach {url}" in lines[0]


def test_bad_arguments_are_named(seeds_build):
    store = load_store(seeds_build[0])
    with pytest.raises(FormatError, match="--endpoint must be an http"):
        push_graph(store, "127.0.0.1:7878/store")
    with pytest.raises(FormatError, match="--graph-prefix must be an IRI"):
        push_graph(store, "http://127.0.0.1:1/store", graph_prefix="newsroom")
    done = _kg("push", str(seeds_build[0]), "--endpoint", "http://127.0.0.1:1/store",
               env={**__import__("os").environ, "KG_PUSH_PASSWORD": "secret", "KG_PUSH_USER": ""})
    assert done.returncode == 2 and "no user" in done.stderr
