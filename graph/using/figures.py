"""Figures report: an RDF export -> figures listed by measure, with who states them, their sources and conflicts.

Read back from the export (like ``kg stats`` and ``kg eval``), so the report is what the
graph holds: every ``kg:Figure`` with its ``kg:FigureGroup`` (agreeing or conflicting) and the
reified ``kg:conflictsWith`` statements with their ``kg:reason``. Figures in no group form a
measure of their own.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

import pyoxigraph as ox

from ..display import format_value
from ..display import TERMINAL_CONTROL
from .query import PREFIXES

__all__ = ["FigureRow", "Measure", "figure_report", "format_report", "report_dict", "explain"]

_CONTROL = TERMINAL_CONTROL

_FIGURES = """
SELECT ?f ?text ?value ?unit ?unitName ?qualifier ?measure ?rate ?change ?period ?periodText
       ?stated ?statedLabel ?statedIsArticle ?source ?sourceLabel ?file ?headline ?start ?group ?groupLabel ?status ?sentence
       ?total
WHERE {
  ?f a kg:Figure ; schema:text ?text ; kg:value ?value ; kg:unit ?unit ; kg:start ?start .
  OPTIONAL { ?f kg:unitName ?unitName }
  OPTIONAL { ?f kg:qualifier ?qualifier }
  OPTIONAL { ?f kg:measure ?measure }
  OPTIONAL { ?f kg:rate ?rate }
  OPTIONAL { ?f kg:change ?change }
  OPTIONAL { ?f kg:period ?period }
  OPTIONAL { ?f kg:periodText ?periodText }
  OPTIONAL { ?f kg:statedBy ?stated . OPTIONAL { ?stated rdfs:label ?statedLabel }
             BIND(EXISTS { ?stated a kg:Article } AS ?statedIsArticle) }
  OPTIONAL { ?f kg:source ?source . OPTIONAL { ?source rdfs:label ?sourceLabel } }
  OPTIONAL { ?f kg:shareOf ?t . ?t schema:text ?total }
  OPTIONAL { ?f schema:isPartOf ?article . OPTIONAL { ?article kg:sourceFile ?file } OPTIONAL { ?article schema:headline ?headline } }
  OPTIONAL { ?f kg:inGroup ?group . OPTIONAL { ?group rdfs:label ?groupLabel } OPTIONAL { ?group kg:status ?status } }
  OPTIONAL { ?f kg:evidence ?ev . ?ev kg:sentence ?sentence }
}
"""

_CONFLICTS = """
SELECT ?a ?b ?reason WHERE { ?st rdf:predicate kg:conflictsWith ; rdf:subject ?a ; rdf:object ?b ; kg:reason ?reason }
"""


@dataclass(frozen=True)
class FigureRow:
    """One figure as the report shows it."""

    iri: str
    text: str
    value: float
    display: str  # "up to 850,000", "52%", "850 a month", "85% of 32 million"
    unit: str
    measure: str
    period: str | None
    period_text: str | None
    stated_by: str  # a label, or "the article"
    source: str | None
    article: str  # the input file name (or headline)
    start: int
    sentence: str | None
    total: str | None = None  # the text of the total a share is part of


@dataclass(frozen=True)
class Measure:
    """Figures about one measure: a group (agreeing or conflicting) or a figure on its own."""

    measure: str
    status: str  # "conflicting", "agreeing" or "single"
    figures: tuple[FigureRow, ...]
    conflicts: tuple[tuple[str, str, str], ...] = field(default_factory=tuple)  # (figure iri, figure iri, reason)


def _value(term) -> str | None:
    return None if term is None else term.value


def figure_report(store: ox.Store, conflicts_only: bool = False) -> list[Measure]:
    """Every figure of the graph by measure: conflicting groups first, then agreeing groups, then single figures."""
    rows: dict[str, FigureRow] = {}
    group_of: dict[str, tuple[str, str, str]] = {}
    for sol in store.query(_FIGURES, prefixes=PREFIXES, use_default_graph_as_union=True):
        iri = sol["f"].value
        if iri in rows:
            continue
        value = float(sol["value"].value)
        unit = sol["unit"].value
        qualifier = _value(sol["qualifier"])
        rate = _value(sol["rate"])
        display = (f"{qualifier} " if qualifier else "") + format_value(value, unit, _value(sol["unitName"]))
        display += f" a {rate}" if rate else ""
        display += f" of {sol['total'].value}" if sol["total"] is not None else ""
        display += " (change)" if _value(sol["change"]) == "true" else ""
        stated = "the article" if _value(sol["statedIsArticle"]) == "true" else (
            _value(sol["statedLabel"]) or ("an unknown speaker" if sol["stated"] is None else sol["stated"].value))
        rows[iri] = FigureRow(
            iri=iri, text=sol["text"].value, value=value, display=display, unit=unit,
            measure=_value(sol["measure"]) or "", period=_value(sol["period"]), period_text=_value(sol["periodText"]),
            stated_by=stated, source=_value(sol["sourceLabel"]) or _value(sol["source"]),
            article=_value(sol["file"]) or _value(sol["headline"]) or "", start=int(sol["start"].value),
            sentence=_value(sol["sentence"]), total=_value(sol["total"]),
        )
        if sol["group"] is not None:
            group_of[iri] = (sol["group"].value, _value(sol["groupLabel"]) or "", _value(sol["status"]) or "agreeing")
    conflicts: dict[str, list[tuple[str, str, str]]] = {}
    for sol in store.query(_CONFLICTS, prefixes=PREFIXES, use_default_graph_as_union=True):
        a, b = sol["a"].value, sol["b"].value
        if a in group_of:
            conflicts.setdefault(group_of[a][0], []).append((a, b, sol["reason"].value))
    groups: dict[str, list[FigureRow]] = {}
    for iri, (gid, _, _) in group_of.items():
        groups.setdefault(gid, []).append(rows[iri])
    order = lambda r: (r.article, r.start)  # noqa: E731
    out = []
    for gid, members in groups.items():
        _, label, status = group_of[members[0].iri]
        out.append(Measure(measure=label, status=status, figures=tuple(sorted(members, key=order)),
                           conflicts=tuple(sorted(set(conflicts.get(gid, ()))))))
    for iri, row in rows.items():
        if iri not in group_of:
            out.append(Measure(measure=row.measure, status="single", figures=(row,)))
    rank = {"conflicting": 0, "agreeing": 1, "single": 2}
    out.sort(key=lambda m: (rank.get(m.status, 3), m.measure.casefold(), order(m.figures[0])))
    if conflicts_only:
        out = [m for m in out if m.status == "conflicting"]
    return out


def _clean(text: str | None) -> str:
    return _CONTROL.sub("\ufffd", " ".join(str(text or "").split()))


def format_report(measures: list[Measure]) -> str:
    """The report as text: one block per measure, a line per figure, a line per conflict."""
    lines = []
    for m in measures:
        tag = {"conflicting": "CONFLICT", "agreeing": "agree"}.get(m.status, "")
        lines.append(f"{tag + '  ' if tag else ''}{_clean(m.measure) or '(measure not found)'}")
        by_iri = {f.iri: f for f in m.figures}
        for f in m.figures:
            when = f.period_text + (f" ({f.period})" if f.period and f.period not in f.period_text else "") if f.period_text else (f.period or "-")
            source = f" · source {_clean(f.source)}" if f.source else ""
            lines.append(f"  {_clean(f.display):<24} {_clean(when):<28} stated by {_clean(f.stated_by)}{source} · {_clean(f.article)}")
        for a, b, reason in m.conflicts:
            fa, fb = by_iri.get(a), by_iri.get(b)
            if fa and fb:
                lines.append(f"  ! {_clean(fa.display)} ({_clean(fa.period_text or fa.period or 'no period')}) vs "
                             f"{_clean(fb.display)} ({_clean(fb.period_text or fb.period or 'no period')}): {reason}"
                             f" — {_clean(explain(fa, fb, reason))}")
        lines.append("")
    n_fig = sum(len(m.figures) for m in measures)
    n_conf = sum(1 for m in measures if m.status == "conflicting")
    lines.append(f"{n_fig} figure{'s' if n_fig != 1 else ''} in {len(measures)} measure{'s' if len(measures) != 1 else ''}, "
                 f"{n_conf} conflicting")
    return "\n".join(lines) + "\n"


def _when(f: FigureRow) -> str | None:
    return f.period_text or f.period


def explain(fa: FigureRow, fb: FigureRow, reason: str) -> str:
    """Why two figures conflict, in the facts a reader checks in seconds: the texts, the periods, who says each."""
    texts = f"one article ({fa.article})" if fa.article == fb.article else f"two articles ({fa.article}, {fb.article})"
    pa, pb = _when(fa), _when(fb)
    if reason.startswith("same value"):
        when = f"one value, once {pa or 'with no period'}, once {pb or 'with no period'}"
    elif pa and pb and pa.lower() == pb.lower():
        when = f"both {pa}"
    elif not pa and not pb:
        when = "neither names another time than the article's"
    elif pa and pb:
        when = f"{pa} overlaps {pb}"
    else:
        when = f"only the {'second' if not pa else 'first'} names a time ({pa or pb})"
    parts = [texts, when]
    if fa.total and fb.total and _same_text(fa.total, fb.total):
        parts.append(f"both shares of {fa.total}")
    if fa.stated_by != fb.stated_by:
        parts.append(f"{fa.stated_by} gives {fa.display}, {fb.stated_by} gives {fb.display}")
    else:
        parts.append(f"both stated by {fa.stated_by}")
    return "; ".join(parts)


def _same_text(a: str, b: str) -> bool:
    """Do two figure texts say one number ("32 million", "32 MILLION")? Compared as written, case and spacing aside."""
    return " ".join(a.lower().split()) == " ".join(b.lower().split())


def report_dict(measures: list[Measure]) -> dict:
    """The report as plain JSON-ready data; each conflict is [figure, figure, reason, why]."""
    out = []
    for m in measures:
        data = asdict(m)
        by_iri = {f.iri: f for f in m.figures}
        data["conflicts"] = [[a, b, reason, explain(by_iri[a], by_iri[b], reason) if a in by_iri and b in by_iri else ""]
                             for a, b, reason in m.conflicts]
        out.append(data)
    return {"measures": out}
