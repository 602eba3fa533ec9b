"""Held-out articles written independently of the extractor: floors that guard generalisation.

The seeds are the development set; these eight articles (tests/data/heldout/, with their own
answer key) measure whether the rules carry over to news the rules were not written for.
"""

from __future__ import annotations

import pytest

from graph.using.evaluate import evaluate, load_gold
from graph.pipeline import build
from graph.using.load import load_store

from conftest import ROOT

HELDOUT = ROOT / "tests" / "data" / "heldout"


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    out = tmp_path_factory.mktemp("heldout") / "exports"
    build(sorted(HELDOUT.glob("*.txt")), out)
    return evaluate(load_gold(HELDOUT / "heldout.gold.json"), load_store(out)).to_dict()


def test_entities_generalise(report):
    assert report["entities"]["recall"] >= 0.90
    assert report["entities"]["precision"] >= 0.85


def test_relations_generalise(report):
    assert report["relations"]["f1"] >= 0.75, report["errors"]["relation_misses"]
    assert report["relations"]["precision"] >= 0.80, report["errors"]["relation_false_positives"]


def test_quotations_generalise(report):
    assert report["quotations"]["recall"] >= 0.95
    assert report["speaker_accuracy"]["accuracy"] >= 0.90, report["errors"]["wrong_speakers"]
