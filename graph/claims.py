"""Claims stage: Extractions + Resolution -> FigureGroups (figures about the same measure, agreeing or conflicting).

Two figures are about the same measure when they are the same kind of quantity (unit, time
unit or currency, rate, change or level, part or whole), count the same noun, share enough of
their measure words (lemmas without stopwords), do not name different places or bodies in
those words, and either involve a common entity (who states it, its source, what it is about)
or, failing that, come from one article or share most of their words; a measure that is a bare
noun ("rise") needs the common entity. Figures of one sentence are a comparison ("from 17,000 to
24,000"), never a conflict, and figures whose values differ and whose periods do not overlap
describe a series, not one measure.

Inside a group, a pair conflicts when the values cannot both hold for overlapping (or unknown)
periods ("different values"), or when the same value is given for periods that do not overlap
("same value, different periods"). A qualifier widens a value ("more than 800" fits "850"),
and so does rounding ("69 million" fits 69,400,000).

Pure functions of their inputs; blocking by kind and counted noun keeps the pairs few.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Sequence

from .model import QUALIFIERS, Extraction, Figure, FigureGroup, FigureKey, Resolution

__all__ = [
    "group_figures",
    "same_measure",
    "value_bounds",
    "values_agree",
    "period_bounds",
    "periods_overlap",
    "format_value",
]

#: Share of the smaller set of measure words two figures must have in common.
MIN_OVERLAP = 0.34
#: Across articles, with no entity in common, the measure words must mostly be the same.
MIN_JACCARD_UNANCHORED = 0.6

_NOT_NAMES = {"the", "a", "an", "new", "all", "some", "more", "most", "of", "and", "in", "for", "to"}


@dataclass(frozen=True)
class _Item:
    key: FigureKey
    fig: Figure
    parties: frozenset[str]
    names: frozenset[str]


# ---------------------------------------------------------------- values and periods


def _tolerance(value: float, unit: str) -> float:
    """Half the rounding step the number was written with (69,000,000 -> 500,000; 52 -> 0.5)."""
    if value != int(value):
        decimals = len(f"{value:.6f}".rstrip("0").split(".")[1])
        return 0.5 * 10 ** -decimals
    n = int(abs(value))
    zeros = 0
    while n and n % 10 == 0 and zeros < 12:
        n //= 10
        zeros += 1
    if unit == "percent":
        return 0.5
    return 0.5 * 10 ** zeros


def value_bounds(value: float, qualifier: str | None, unit: str = "count") -> tuple[float, float]:
    """The interval of true values a figure allows ("more than 800" -> (800, inf))."""
    tol = _tolerance(value, unit)
    bound = QUALIFIERS.get(qualifier or "")
    if bound == ">":
        return value, math.inf
    if bound == ">=":
        return value - tol, math.inf
    if bound == "<":
        return -math.inf, value
    if bound == "<=":
        return -math.inf, value + tol
    if bound == "~<":
        return value * 0.85 - tol, value + tol
    if bound == "~":
        return value * 0.85 - tol, value * 1.15 + tol
    return value - tol, value + tol


def values_agree(a: Figure, b: Figure) -> bool:
    lo_a, hi_a = value_bounds(a.value, a.qualifier, a.unit)
    lo_b, hi_b = value_bounds(b.value, b.qualifier, b.unit)
    return lo_a < hi_b and lo_b < hi_a  # intervals that only touch ("almost 14 million", 15 million) disagree


def _day(part: str, end: bool) -> date | None:
    try:
        if re.fullmatch(r"\d{4}", part):
            return date(int(part), 12, 31) if end else date(int(part), 1, 1)
        if re.fullmatch(r"\d{4}-\d{2}", part):
            y, m = int(part[:4]), int(part[5:])
            if not end:
                return date(y, m, 1)
            nxt = date(y + (m == 12), m % 12 + 1, 1)
            return date.fromordinal(nxt.toordinal() - 1)
        return date.fromisoformat(part)
    except ValueError:
        return None


def period_bounds(period: str | None) -> tuple[date, date] | None:
    """First and last day of an ISO 8601 period ("2020", "2021-01", "1990/1999", "2019-10/2020-09")."""
    if not period:
        return None
    first, _, last = period.partition("/")
    lo, hi = _day(first, False), _day(last or first, True)
    if lo is None or hi is None or hi < lo:
        return None
    return lo, hi


def periods_overlap(a: str | None, b: str | None) -> bool | None:
    """True or False when both periods are known, None when either is not."""
    pa, pb = period_bounds(a), period_bounds(b)
    if pa is None or pb is None:
        return None
    return pa[0] <= pb[1] and pb[0] <= pa[1]


def format_value(value: float, unit: str, unit_name: str | None = None) -> str:
    """A figure's value for people: "69 million", "850,000", "52%", "£7.5 million", "35 years"."""
    def number(v: float) -> str:
        for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
            if abs(v) >= scale:
                return f"{v / scale:,.3f}".rstrip("0").rstrip(".") + f" {word}"
        return f"{v:,.3f}".rstrip("0").rstrip(".")

    if unit == "percent":
        shown = f"{value:.1f}".rstrip("0").rstrip(".")
        return shown + (" percentage points" if unit_name == "percentage points" else "%")
    if unit == "currency":
        symbol = {"GBP": "£", "USD": "$", "EUR": "€", "JPY": "¥"}.get(unit_name or "")
        return f"{symbol}{number(value)}" if symbol else f"{number(value)} {unit_name or ''}".strip()
    if unit == "duration":
        return f"{number(value)} {unit_name or ''}".strip()
    return number(value)


# ---------------------------------------------------------------- the same measure


def _kind(f: Figure) -> tuple:
    part = f.share_of is not None if f.unit != "percent" else None
    return (f.unit, f.unit_name, f.per, f.change, part, f.head)


def _names(measure: str) -> frozenset[str]:
    """Capitalised words of a measure: places and bodies that make two measures different."""
    return frozenset(w.lower() for w in re.findall(r"\b[A-Z][\w’'-]*", measure) if w.lower() not in _NOT_NAMES)


def same_measure(a: _Item, b: _Item) -> bool:
    fa, fb = a.fig, b.fig
    if not fa.head or _kind(fa) != _kind(fb):
        return False
    if a.names and b.names and not (a.names & b.names):
        return False  # "nurses in Leeds" and "nurses in Bristol"
    if fa.article == fb.article and fa.evidence.start == fb.evidence.start:
        return False  # one sentence: a comparison ("from 17,000 to 24,000"), a share and its total
    ta, tb = set(fa.measure_terms) - {fa.head}, set(fb.measure_terms) - {fb.head}
    overlap = len(ta & tb) / min(len(ta), len(tb)) if ta and tb else 1.0
    if a.parties and b.parties:
        if not (a.parties & b.parties):
            return False
    elif not (ta and tb):
        return False  # a bare noun says too little to match on words alone
    elif a.key[0] != b.key[0]:
        full_a, full_b = set(fa.measure_terms), set(fb.measure_terms)
        shared = full_a & full_b
        return len(shared) >= 3 and len(shared) / len(full_a | full_b) >= MIN_JACCARD_UNANCHORED
    return overlap >= MIN_OVERLAP


def _linked(a: _Item, b: _Item) -> bool:
    """Same measure, and not two points of a series (different values in different periods)."""
    if not same_measure(a, b):
        return False
    return not (periods_overlap(a.fig.period, b.fig.period) is False and not values_agree(a.fig, b.fig))


def _conflict(a: Figure, b: Figure) -> str | None:
    overlap = periods_overlap(a.period, b.period)
    agree = values_agree(a, b)
    if overlap is False:
        return "same value, different periods" if agree else None
    return None if agree else "different values"


# ---------------------------------------------------------------- grouping


def _items(extractions: Sequence[Extraction], resolution: Resolution) -> list[_Item]:
    items = []
    for ex in sorted(extractions, key=lambda x: x.article.id):
        aid = ex.article.id

        def entity(i: int | None) -> str | None:
            return None if i is None else resolution.entity_of.get((aid, i))

        for k, f in enumerate(ex.figures):
            parties = {entity(f.source), entity(f.stated_by), *(entity(i) for i in f.subjects)}
            items.append(_Item((aid, k), f, frozenset(p for p in parties if p), _names(f.measure)))
    return items


def group_figures(extractions: Sequence[Extraction], resolution: Resolution) -> tuple[FigureGroup, ...]:
    """Groups of two or more figures about the same measure, each agreeing or conflicting."""
    items = _items(extractions, resolution)
    parent = {it.key: it.key for it in items}

    def find(k: FigureKey) -> FigureKey:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    blocks: dict[tuple, list[_Item]] = defaultdict(list)
    for it in items:
        if it.fig.head:
            blocks[_kind(it.fig)].append(it)
    links: list[tuple[_Item, _Item]] = []
    for block in blocks.values():
        for i, a in enumerate(block):
            for b in block[i + 1:]:
                if _linked(a, b):
                    links.append((a, b))
                    ra, rb = find(a.key), find(b.key)
                    if ra != rb:
                        parent[max(ra, rb)] = min(ra, rb)
    members: dict[FigureKey, list[_Item]] = defaultdict(list)
    for it in items:
        members[find(it.key)].append(it)
    conflicts: dict[FigureKey, list[tuple[FigureKey, FigureKey, str]]] = defaultdict(list)
    for a, b in links:
        reason = _conflict(a.fig, b.fig)
        if reason:
            conflicts[find(a.key)].append((a.key, b.key, reason))
    groups = []
    for root in sorted(members):
        group = sorted(members[root], key=lambda it: (it.key[0], it.fig.start))
        if len(group) < 2:
            continue
        found = tuple(sorted(conflicts.get(root, ())))
        measure = max((it.fig.measure for it in group), key=lambda m: (len(m.split()) <= 16, len(m), m))
        groups.append(FigureGroup(
            members=tuple(it.key for it in group),
            status="conflicting" if found else "agreeing",
            measure=measure,
            conflicts=found,
        ))
    return tuple(groups)
