"""Claims stage: Extractions + Resolution -> FigureGroups (figures about the same measure, agreeing or conflicting).

Figures are grouped only when a fact-checker would call them one measure:
- the same kind of quantity: unit (and currency or time unit), rate interval, level or change,
  part or whole, and the same counted noun;
- most of the same measure words (a measure that is only its noun, "games", "people", joins
  another only about the same entity, in one article); a share's verb too ("85% of the orders
  came from X" is not "10% of the orders were returned");
- about the same entities and places: across articles they must share one (the clause's subject,
  the measure's possessor, the place it happens in), and two different named places or bodies in
  the measures never join; nor do two figures on the authority of different sources (two lenders'
  house price indices), unless they are shares of one total; a change over a quarter is not a
  change over a year;
- never two figures of one sentence (a comparison, "from 17,000 to 24,000").

A group is conflicting when one of its linked pairs cannot both hold:
- "different values" for overlapping periods. Across articles both periods must be known (news
  rarely repeats "now": figures without a date are not comparable across texts). In one text a
  period not given is the text's own time, and the two figures must be the same statement told
  twice: shares of one total, or nearly the same words (two speakers are no sign: "5,000 passengers
  affected" by cancellations and "17,000" by delays are two measures told in passing);
  figures of one text for different stated periods are a series;
- "same value, different periods": one text giving one figure ("the 69 million images") for two
  periods that do not overlap.
A qualifier widens a value ("more than 800" fits "850"), and so does rounding ("69 million" fits
69,400,000). An article repeated word for word in a corpus counts as one text.

Pure functions of their inputs. Figures are compared within a kind and counted noun; within one text every
pair, across texts only pairs that share an entity and a rare measure word, and figures a corpus repeats (one
profile) once as a class, so a corpus of copies costs no more than its distinct figures. A figure is listed in
conflict with the first figure of each value it contradicts, not with every copy of that value.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Sequence

from ..model import QUALIFIERS, Extraction, Figure, FigureGroup, FigureKey, Resolution
from ..display import format_value
from ..unionfind import UnionFind
from ..text.dates import period_bounds, period_days, periods_overlap

__all__ = [
    "group_figures",
    "same_measure",
    "value_bounds",
    "values_agree",
    "period_bounds",
    "periods_overlap",
    "format_value",
]

#: Share of their measure words (Jaccard) two figures must have in common to be one measure.
MIN_JACCARD = 0.5
#: In one text, two figures with no share, speaker or source to tell them apart are one statement
#: only when their measures are nearly the same words, and at least this many.
SAME_WORDS = 0.8
SAME_WORDS_MIN = 3
#: A change over one period is comparable with a change over another only if their lengths are this close.
MAX_INTERVAL_RATIO = 1.5

_NOT_NAMES = {"the", "a", "an", "new", "all", "some", "more", "most", "of", "and", "in", "for", "to"}


@dataclass(frozen=True)
class _Item:
    key: FigureKey
    fig: Figure
    text: str  # the article's text id: articles repeated word for word share one
    about: frozenset[str]  # entities and places it is about (entity ids)
    bodies: frozenset[str]  # the same without the places
    sources: frozenset[str]  # on whose authority (entity ids): a survey or an index is its own measure
    names: frozenset[str]  # capitalised words of the measure
    terms: frozenset[str]  # measure words, the counted noun included
    verbs: frozenset[str]  # what a share's part does ("~come")
    definite: bool  # "the 69 million images": the figure is referred to again
    total: Figure | None = None  # the whole a share is part of


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


# ---------------------------------------------------------------- the same measure


def _kind(f: Figure) -> tuple:
    part = f.share_of is not None if f.unit != "percent" else None
    return (f.unit, f.unit_name, f.per, f.change, part, f.head)


def _names(measure: str) -> frozenset[str]:
    """Capitalised words of a measure: places and bodies that make two measures different."""
    return frozenset(w.lower() for w in re.findall(r"\b[A-Z][\w’'-]*", measure) if w.lower() not in _NOT_NAMES)


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0


def _one_text(a: _Item, b: _Item) -> bool:
    return a.text == b.text


def same_measure(a: _Item, b: _Item) -> bool:
    """Are two figures one measure (see the module docstring)? Periods and values aside."""
    fa, fb = a.fig, b.fig
    if not fa.head or _kind(fa) != _kind(fb):
        return False
    if _one_text(a, b) and fa.evidence.start == fb.evidence.start:
        return False  # one sentence: a comparison ("from 17,000 to 24,000"), a share and its total
    if a.verbs != b.verbs and not (a.bodies & b.bodies):
        # shares of one whole that say different things of their parts ("a third of users read spam", "10% of
        # users clicked"), unless one body they are about says what ("Facebook hosted 94% of the images", "94% of
        # the images were found on Facebook"); a place does not ("80% of UK adults own a mobile", "a quarter of UK
        # adults had their ID stolen")
        return False
    if a.names and b.names and not (a.names & b.names):
        return False  # "nurses in Leeds" and "nurses in Bristol"
    if a.about and b.about and not (a.about & b.about):
        return False  # Japan's growth and Singapore's growth
    if a.sources and b.sources and not (a.sources & b.sources) and not _one_total(a, b):
        # house prices by one lender's index and by another's; but two sources giving shares of one total
        # ("X said 85% of the 40 million orders came from Y", "Z said 82%") measure one thing
        return False
    one = _one_text(a, b)
    if not one:
        if not (a.about & b.about):
            return False  # across texts, nothing says two figures are about the same body or place
        if bool(a.names) != bool(b.names):
            return False  # "UK house prices" is not "house prices"
    if one and (_one_total(a, b) or ((a.definite or b.definite) and values_agree(fa, fb))):
        pass  # told twice in one text: shares of one total, or "the 69 million images" again
    elif len(a.terms) < 2 or len(b.terms) < 2:
        if not (one and a.about & b.about):
            return False  # a bare noun ("games") says too little
    elif _jaccard(a.terms, b.terms) < MIN_JACCARD:
        return False
    if fa.change:
        da, db = period_days(fa.period), period_days(fb.period)
        if da and db and max(da, db) / min(da, db) > MAX_INTERVAL_RATIO:
            return False  # growth over a quarter and over a year
    return True


def _one_total(a: _Item, b: _Item) -> bool:
    """Are two figures shares of one total ("85 per cent of the 32 million", "82 per cent of those")?"""
    ta, tb = a.total, b.total
    return ta is not None and tb is not None and (ta is tb or values_agree(ta, tb))


def _told_twice(a: _Item, b: _Item) -> bool:
    """In one text, are two figures of one measure the same statement told twice (so they must agree)?"""
    if _one_total(a, b):
        return True
    return len(a.terms & b.terms) >= SAME_WORDS_MIN and _jaccard(a.terms, b.terms) >= SAME_WORDS


def _comparable_periods(a: _Item, b: _Item) -> bool | None:
    """True when the two periods are one (or overlap), False when they are two, None when that cannot be told."""
    overlap = periods_overlap(a.fig.period, b.fig.period)
    if overlap is not None:
        return overlap
    if not _one_text(a, b):
        return None
    ta, tb = (" ".join((x.fig.period_text or "").lower().split()) for x in (a, b))
    if ta == tb or _one_total(a, b):
        return True  # in one text: no period, or the same words, is the same time; so is the time of one total
    return None


def _conflict(a: _Item, b: _Item) -> str | None:
    periods = _comparable_periods(a, b)
    agree = values_agree(a.fig, b.fig)
    if periods is False:
        if agree and _one_text(a, b) and (a.definite or b.definite or _told_twice(a, b)):
            return "same value, different periods"
        return None  # a series: other values (or other texts) for other periods
    if periods is None or agree:
        return None
    if _one_text(a, b) and not _told_twice(a, b):
        return None  # one text listing figures of one kind for different things it does not name
    return "different values"


# ---------------------------------------------------------------- grouping


def _text_ids(extractions: Sequence[Extraction]) -> dict[str, str]:
    """Article id -> the id of the first article with the same body (corpora repeat articles)."""
    seen: dict[str, str] = {}
    out = {}
    for ex in sorted(extractions, key=lambda x: x.article.id):
        key = " ".join(ex.article.body.split())
        out[ex.article.id] = seen.setdefault(key, ex.article.id)
    return out


def _items(extractions: Sequence[Extraction], resolution: Resolution) -> list[_Item]:
    texts = _text_ids(extractions)
    places = {e.id for e in resolution.entities if e.type == "Place"}
    items = []
    for ex in sorted(extractions, key=lambda x: x.article.id):
        aid = ex.article.id

        def entity(i: int | None) -> str | None:
            return None if i is None else resolution.entity_of.get((aid, i))

        for k, f in enumerate(ex.figures):
            about = frozenset(e for e in (entity(i) for i in f.subjects) if e)
            sources = frozenset(e for e in (entity(f.source),) if e)
            terms = frozenset(t for t in f.measure_terms if not t.startswith("~"))
            verbs = frozenset(t for t in f.measure_terms if t.startswith("~"))
            before = ex.article.text[max(0, f.start - 12):f.start].lower()
            definite = bool(re.search(r"\b(?:the|those|these)\s+$", before)) and f.unit == "count"
            total = ex.figures[f.share_of] if f.share_of is not None and 0 <= f.share_of < len(ex.figures) else None
            items.append(_Item((aid, k), f, texts[aid], about, about - places, sources, _names(f.measure), terms, verbs, definite, total))
    return items


def _pairs_in_texts(block: list[_Item]) -> list[tuple[int, int]]:
    """Every pair (i < j) of ``block`` from one text: few per text, compared one by one."""
    texts: dict[str, list[int]] = defaultdict(list)
    for i, it in enumerate(block):
        texts[it.text].append(i)
    return [(i, j) for members in texts.values() for n, i in enumerate(members) for j in members[n + 1:]]


def _profile(it: _Item) -> tuple:
    """All that ``same_measure`` and ``_conflict`` read of a figure when the other one is from another text.
    Figures of one profile in different texts are interchangeable there (a figure a corpus repeats)."""
    f, t = it.fig, it.total
    total = None if t is None else (t.value, t.qualifier, t.unit)
    return (it.about, it.bodies, it.sources, it.names, it.terms, it.verbs, total, f.period, f.value, f.qualifier, f.unit)


def _prefix(terms: frozenset[str], rank: dict[str, tuple[int, str]]) -> list[str]:
    """The rarest terms of a measure, as many as two measures sharing half their terms (MIN_JACCARD) must share
    at least one of: |x| - ceil(t |x|) + 1 of them (prefix filtering for set-similarity joins)."""
    ordered = sorted(terms, key=rank.__getitem__)
    return ordered[:len(ordered) - math.ceil(MIN_JACCARD * len(ordered)) + 1]


class _Class:
    """Figures of one profile (block indices, in block order) and the first one of another text than the first."""

    def __init__(self, first: int) -> None:
        self.members = [first]
        self.other: int | None = None  # first member whose text differs from the first member's

    def partner(self, block: list[_Item], text: str) -> int | None:
        """The first member of another text than ``text``."""
        first = self.members[0]
        return first if block[first].text != text else self.other


def _pairs_across_texts(block: list[_Item]) -> list[tuple[int, int]]:
    """Pairs (i < j) of figures of different texts, each one ``same_measure`` joins, that join ``group_figures``
    exactly as comparing every such pair would, found without the quadratic walk: across texts only figures about a shared body or place, with two or
    more measure words sharing half of them, can be one measure (``same_measure``); those are looked up by entity
    and rare term. Figures of one profile (a corpus repeating a figure) are compared once as a class; a class joined
    to another is linked member by member to the other's first figure of another text, which joins the same sets
    and lists each figure against each conflicting value once instead of against every copy of it (two agreeing
    classes that each span two texts or more, and so are one set already, need one link)."""
    classes: dict[tuple, _Class] = {}
    for i, it in enumerate(block):
        if not it.about or len(it.terms) < 2:
            continue  # across texts same_measure needs a shared entity and two measure words
        key = _profile(it)
        cls = classes.get(key)
        if cls is None:
            classes[key] = _Class(i)
        else:
            if cls.other is None and it.text != block[cls.members[0]].text:
                cls.other = i
            cls.members.append(i)
    order = list(classes.values())  # by first member
    counts: dict[str, int] = defaultdict(int)
    for cls in order:
        for t in block[cls.members[0]].terms:
            counts[t] += 1
    rank = {t: (n, t) for t, n in counts.items()}
    # classes sharing an entity and a rare term; of those, two on the authority of sources must share one, unless
    # both are shares of a total (same_measure): a posting per source, one for the unsourced, one for shares
    postings: dict[tuple[str, str], dict[str | None, list[int]]] = defaultdict(lambda: defaultdict(list))
    for c, cls in enumerate(order):
        first = block[cls.members[0]]
        for e in sorted(first.about):
            for t in _prefix(first.terms, rank):
                lists = postings[(e, t)]
                for src in sorted(first.sources) or [None]:
                    lists[src].append(c)
                if first.sources and first.total is not None:
                    lists["\0total"].append(c)
    found: set[tuple[int, int]] = set()
    for lists in postings.values():
        unsourced = lists.get(None, [])
        for key, ids in lists.items():
            found.update((min(c, d), max(c, d)) for n, c in enumerate(ids) for d in ids[n:])
            if key is not None:
                found.update((min(c, d), max(c, d)) for c in unsourced for d in ids)
    candidates = sorted(found)
    pairs: set[tuple[int, int]] = set()

    def link(i: int | None, j: int | None) -> None:
        if i is not None and j is not None and i != j:
            pairs.add((min(i, j), max(i, j)))

    for c, d in candidates:
        one, two = order[c], order[d]
        a = one.members[0]
        b = two.partner(block, block[a].text) if c != d else one.other
        if b is None:
            a = one.other
            b = None if a is None else two.partner(block, block[a].text)
        if b is None or not same_measure(block[a], block[b]):
            continue
        if c != d and one.other is not None and two.other is not None and not _conflict(block[a], block[b]):
            link(a, b)  # two classes joined within themselves (figures of two texts or more) that agree: one link
            continue
        for i in one.members:
            link(i, two.partner(block, block[i].text))
        for j in two.members:
            link(j, one.partner(block, block[j].text))
    return sorted(pairs)


def group_figures(extractions: Sequence[Extraction], resolution: Resolution) -> tuple[FigureGroup, ...]:
    """Groups of two or more figures about the same measure, each agreeing or conflicting."""
    items = _items(extractions, resolution)
    sets = UnionFind(it.key for it in items)
    find = sets.find

    blocks: dict[tuple, list[_Item]] = defaultdict(list)
    for it in items:
        if it.fig.head:
            blocks[_kind(it.fig)].append(it)
    links: list[tuple[_Item, _Item]] = []
    for block in blocks.values():
        joined = [(i, j) for i, j in _pairs_in_texts(block) if same_measure(block[i], block[j])]
        for i, j in joined + _pairs_across_texts(block):  # pairs across texts come joined (one test per class pair)
            a, b = block[i], block[j]
            links.append((a, b))
            sets.union(a.key, b.key)
    members: dict[FigureKey, list[_Item]] = defaultdict(list)
    for it in items:
        members[find(it.key)].append(it)
    conflicts: dict[FigureKey, list[tuple[FigureKey, FigureKey, str]]] = defaultdict(list)
    for a, b in links:
        reason = _conflict(a, b)
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
