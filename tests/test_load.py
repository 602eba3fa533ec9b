"""Server under load: the real `kg serve` in a subprocess answers a burst of concurrent mixed queries, none failed.

The full benchmark (2,000 requests) is bench/load.py; this is its small, always-run version.
"""

from __future__ import annotations

import sys

import httpx

from conftest import ROOT
from live import kg_serve

sys.path.insert(0, str(ROOT / "bench"))
from load import plan, send  # noqa: E402


def test_the_request_mix_covers_the_example_queries_and_every_way_of_asking():
    jobs = plan(200)
    queries = [kw.get("params", kw.get("data", {})).get("query") or kw.get("content", b"").decode() for _, _, kw in jobs]
    assert sum("criticises" in q for q in queries) > 5 and sum(q.startswith("ASK") for q in queries) > 5
    assert {(m, "data" in kw, "content" in kw) for m, _, kw in jobs} >= {("GET", False, False), ("POST", True, False),
                                                                         ("POST", False, True)}
    assert any(path.startswith("/entity/") for _, path, _ in jobs)


def test_200_queries_8_at_a_time_none_failed(seeds_build):
    with kg_serve(seeds_build[0], "--workers", "2") as served:
        load = send(served.base, 200, 8, timeout=30)
        after = httpx.get(f"{served.base}/sparql", params={"query": "SELECT (COUNT(?a) AS ?n) WHERE { ?a a kg:Article }"})
        assert served.process.poll() is None
    assert load.failures == []
    assert len(load.latencies) == 200 and load.percentile(99) < 5000
    assert after.json()["results"]["bindings"][0]["n"]["value"] == "5"
