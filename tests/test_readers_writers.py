"""Readers and writers together: `kg add` in batches while clients query `kg serve` on the store.

The full benchmark (200 BBC articles, 8 clients) is bench/readers_writers.py; this is its small version,
on the held-out articles of tests/data/heldout written as one JSON Lines corpus.
"""

from __future__ import annotations

import json
import sys

from conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
from readers_writers import check_clients, Client, run  # noqa: E402

HELDOUT = ROOT / "tests" / "data" / "heldout"


def test_clients_see_whole_generations_that_only_grow_and_a_killed_add_changes_nothing(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    lines = []
    for path in sorted(HELDOUT.glob("*.txt")):
        title, _, body = path.read_text(encoding="utf-8").partition("\n")
        lines.append(json.dumps({"title": title.strip(), "text": body.strip()}))
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    work = tmp_path / "work"
    work.mkdir()
    result = run(corpus, articles=6, batches=3, clients=4, kills=1, max_requests=400, seed=3, workers=2,
                 folder=work, interval=0.05)
    assert result["problems"] == [] and result["ok"]
    assert result["failed"] == 0 and result["requests"] >= 4 * 10
    assert result["generations"] == 4 and result["iris_last"] > result["iris_first"]
    assert result["generations_seen_by_clients"] >= 2  # the clients really queried across the writes
    assert all(k["left_as_it_was"] or k["switched_complete"] for k in result["kills"])


def test_the_checks_catch_a_mixed_answer_and_one_that_goes_back():
    one, two = frozenset({"a", "x"}), frozenset({"a", "b", "x", "y"})
    ok = Client("ok", answers=[one, one, two, two])
    mixed = Client("mixed", answers=[one, frozenset({"a", "b", "x"})])
    back = Client("back", answers=[two, one])
    failed = Client("failed", answers=[one], failures=["HTTP 500: boom"])
    problems = check_clients([ok, mixed, back, failed], [one, two])
    assert not [p for p in problems if p.startswith("ok")]
    assert any(p.startswith("mixed answer 1: matches no generation") for p in problems)
    assert any(p.startswith("back answer 1: generation 0 after generation 1") for p in problems)
    assert any("IRIs of an earlier answer missing" in p for p in problems)
    assert "failed: HTTP 500: boom" in problems
