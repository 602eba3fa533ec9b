"""bench/blind/, bench/blind2/ ... bench/blind8/, bench/check2/: the blind answer keys are well formed and tied to their articles; bench/blind.py prints no errors."""

from __future__ import annotations

import sys

import pytest

from graph.using.evaluate import load_gold

from conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
import blind  # noqa: E402


@pytest.mark.parametrize("name", sorted(blind.SETS))
def test_every_document_has_its_article_and_every_item_is_in_it(name):
    folder, key = blind.SETS[name]
    gold = load_gold(key)
    texts = {}
    for doc, meta in gold["documents"].items():
        path = folder / meta["file"]
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
    assert sorted(p.name for p in blind.articles(name)) == sorted(p.name for p in folder.glob("*.txt"))


# dev2 and check2 are left out: their keys give a few names their articles do not write (dev2: a party's
# full name and nicknames, "the Tories", "the Reds"), which only widen what a node may be called; mending
# check2's would mean reading a held-back key.
@pytest.mark.parametrize("name", ["blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8"])
def test_the_later_keys_use_only_names_their_articles_write(name):
    folder, key = blind.SETS[name]
    gold = load_gold(key)
    every = "\n".join((folder / meta["file"]).read_text(encoding="utf-8") for meta in gold["documents"].values())
    assert [(e["id"], n) for e in gold["entities"] for n in e["names"] if n not in every] == []


def test_the_first_set_is_the_default():
    assert blind.SETS["blind"] == (blind.BLIND, blind.GOLD)
    assert blind.articles() == blind.articles("blind")


def test_aggregate_leaves_out_the_error_lists():
    report = {"entities": {"precision": 1.0}, "errors": {"entity_misses": ["x"]}, "rule_outcomes": {"r": {"right": 1}}}
    assert blind.aggregate(report) == {"entities": {"precision": 1.0}}
