"""Query pool: answers in worker processes; a query past the time limit is killed while others are answered."""

from __future__ import annotations

import threading
import time

import pytest

from graph.errors import GraphLoadError, QueryBusy, QueryError, QueryTimeout, ReadOnlyError
from graph.using.pool import QueryPool

SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"  # 600^3 rows to count


def _graph(n: int) -> str:
    return "".join(f'<http://x/s{i}> <http://www.w3.org/2000/01/rdf-schema#label> "thing {i}" .\n' for i in range(n))


@pytest.fixture
def graph_file(tmp_path):
    path = tmp_path / "g.nt"
    path.write_text(_graph(600), encoding="utf-8")
    return path


def test_answers_and_caps_rows(graph_file):
    with QueryPool(graph_file, workers=1, timeout=5, max_rows=10) as pool:
        assert pool.alive() == 1
        count = pool.run("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
        assert count.rows == (("600",),)
        capped = pool.run("SELECT ?s WHERE { ?s ?p ?o }")
        assert len(capped.rows) == 10 and capped.truncated
        with pytest.raises(QueryError, match="SPARQL syntax error"):
            pool.run("SELECT ?s WHERE { ?s ?p }")
        assert pool.run("ASK { ?s ?p ?o }").boolean is True  # the worker survived the error
    assert pool.alive() == 0


def test_a_slow_query_is_stopped_while_another_is_answered(graph_file):
    with QueryPool(graph_file, workers=2, timeout=1.5) as pool:
        outcome = {}

        def slow():
            started = time.monotonic()
            try:
                pool.run(SLOW)
            except QueryTimeout as exc:
                outcome["error"] = str(exc)
            outcome["seconds"] = time.monotonic() - started

        thread = threading.Thread(target=slow)
        thread.start()
        time.sleep(0.3)
        started = time.monotonic()
        assert pool.run("SELECT ?l WHERE { <http://x/s7> ?p ?l }").rows == (("thing 7",),)
        assert time.monotonic() - started < 1.0  # answered while the slow one still ran
        thread.join()
        assert "time limit of 1.5 s" in outcome["error"]
        assert 1.4 < outcome["seconds"] < 4
        # the killed worker is replaced
        deadline = time.monotonic() + 10
        while pool.alive() < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert pool.alive() == 2 and pool.restarts == 1
        assert pool.run("ASK { ?s ?p ?o }").boolean is True


def test_refusals_need_no_worker_and_busy_is_reported(graph_file):
    with QueryPool(graph_file, workers=1, timeout=1.0) as pool:
        taken = pool._idle.get()  # every worker busy (deterministically: no race with a respawn)
        try:
            started = time.monotonic()
            with pytest.raises(ReadOnlyError, match="INSERT"):
                pool.run("INSERT DATA { <http://x/a> <http://x/b> <http://x/c> }")
            with pytest.raises(ReadOnlyError, match="SERVICE"):
                pool.run("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }")
            assert time.monotonic() - started < 0.3
            with pytest.raises(QueryBusy, match="all 1 query workers stayed busy for 1 s"):
                pool.run("ASK { ?s ?p ?o }")
            assert 0.9 < time.monotonic() - started < 2
        finally:
            pool._idle.put(taken)
        assert pool.run("ASK { ?s ?p ?o }").boolean is True


def test_workers_load_the_graph_again_when_it_changes(graph_file):
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    with QueryPool(graph_file, workers=1, timeout=5) as pool:
        assert pool.run(count).rows == (("600",),)
        graph_file.write_text(_graph(3), encoding="utf-8")
        assert pool.run(count).rows == (("3",),)
        graph_file.write_text("<http://x/a> <http://x/b> .", encoding="utf-8")  # broken for a moment
        with pytest.raises(GraphLoadError, match="cannot parse"):
            pool.run(count)
        graph_file.write_text(_graph(5), encoding="utf-8")
        assert pool.run(count).rows == (("5",),)  # the worker loads it again rather than staying broken


def test_load_errors_surface_at_start(tmp_path):
    with pytest.raises(GraphLoadError, match="graph not found"):
        QueryPool(tmp_path / "missing.nt", workers=1).start()
    broken = tmp_path / "broken.ttl"
    broken.write_text("<http://x/a> <http://x/b> .", encoding="utf-8")
    with pytest.raises(GraphLoadError, match="cannot parse .*broken.ttl"):
        QueryPool(broken, workers=2).start()
    with pytest.raises(ValueError, match="workers must be at least 1"):
        QueryPool(broken, workers=0)
