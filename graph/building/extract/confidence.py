"""Confidence: an evidence record's rule -> the precision that rule measured on the development material.

``data/rule_precision.txt`` holds, for each rule family ("criticises:verb", "quote:attributed"),
how many of the edges or quotations it found on the seeds and dev articles were right and how
many wrong (``python bench/calibrate.py`` rebuilds both, scores them with ``kg eval`` and writes
the file). The confidence is that precision with one right and one wrong added (Laplace's rule
of succession), so a rule seen twice is not "certain"; a rule never measured takes the pooled
figure of its relation, and failing that 0.5.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from ...model import Evidence, rule_family
from ...text.wordlists import word_map

__all__ = ["confidence_of", "calibrated"]


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, tuple[int, int]], dict[str, tuple[int, int]]]:
    rules: dict[str, tuple[int, int]] = {}
    pooled: dict[str, list[int]] = {}
    for family, counts in word_map("graph.building.extract", "rule_precision").items():
        right, wrong = (int(x) for x in (counts or "0\t0").split("\t"))
        rules[family] = (right, wrong)
        pool = pooled.setdefault(family.split(":")[0], [0, 0])
        pool[0] += right
        pool[1] += wrong
    return rules, {k: (v[0], v[1]) for k, v in pooled.items()}


@lru_cache(maxsize=None)
def confidence_of(rule: str) -> float:
    """The measured precision of ``rule`` (smoothed), rounded to 3 places."""
    rules, pooled = _table()
    family = rule_family(rule)
    right, wrong = rules.get(family) or pooled.get(family.split(":")[0]) or (0, 0)
    return round((right + 1) / (right + wrong + 2), 3)


def calibrated(ev: Evidence) -> Evidence:
    """The evidence with the confidence its rule earned."""
    return replace(ev, confidence=confidence_of(ev.rule))
