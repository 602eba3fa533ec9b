"""bench/blind/: the blind answer key is well formed and tied to its articles; bench/blind.py prints no errors."""

from __future__ import annotations

import sys

from graph.using.evaluate import load_gold

from conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
import blind  # noqa: E402


def test_every_document_has_its_article_and_every_item_is_in_it():
    gold = load_gold(blind.GOLD)
    texts = {}
    for doc, meta in gold["documents"].items():
        path = blind.BLIND / meta["file"]
        assert path.is_file(), path
        texts[doc] = path.read_text(encoding="utf-8")
        assert texts[doc].splitlines()[0] == meta["headline"]
    ids = {e["id"] for e in gold["entities"]} | {f"doc:{d}" for d in texts}
    for r in gold["relations"]:
        assert {r["s"], r["o"], *r.get("alt_s", []), *r.get("alt_o", [])} <= ids, r
        assert set(r["docs"]) <= texts.keys(), r
    for q in gold["quotes"]:
        assert q["speaker"] in ids and q["starts"] in texts[q["doc"]], q
    for f in gold["figures"]:
        assert {f["stated_by"], *f.get("alt_stated_by", [])} <= ids and f["text"] in texts[f["doc"]], f
    assert sorted(p.name for p in blind.articles()) == sorted(p.name for p in blind.BLIND.glob("*.txt"))


def test_aggregate_leaves_out_the_error_lists():
    report = {"entities": {"precision": 1.0}, "errors": {"entity_misses": ["x"]}, "rule_outcomes": {"r": {"right": 1}}}
    assert blind.aggregate(report) == {"entities": {"precision": 1.0}}
