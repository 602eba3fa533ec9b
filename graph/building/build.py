"""Build stage: Extractions + Resolution -> networkx MultiDiGraph in the graph contract (declared in `contract`).

Node ids are IRI-safe relative paths; the RDF stage prefixes them with the base IRI.

Nodes (attribute ``kind`` tells which):
- ``entity/<type>/<slug>``: kind="entity", type (Person, Organization, ...), label,
  label_rule (why that label: resolve.LABEL_RULES), aliases (list of {"text", "article",
  "start", "end", "joined_by"}; article = article node id; joined_by = the resolution rule),
  merges (list of [surface form, rule]), articles (sorted article node ids).
- ``article/<slug>``: kind="article", label (= headline), headline, source, url, date, byline,
  text_length (code points in Article.text: every offset into the article is at most this).
- ``quotation/<article slug>/<start>``: kind="quotation", label (first words), text, article,
  start, end, verb, speaker (entity node id or None), evidence (list, see below).
- ``figure/<article slug>/<start>``: kind="figure", label, text (as written), value (float),
  display ("69 million", "52%"), unit (percent|count|currency|duration), unit_name, qualifier,
  measure, per (rate unit), change (bool), period (ISO 8601), period_start/period_end (ISO
  dates), period_text, article, start, end, stated_by (entity id; the article node when the
  article itself states it; None for an unattributed quotation), quoted, source (entity id),
  subjects (entity ids), share_of (figure node id), group (figure-group node id), evidence.
- ``figure-group/<article slug>/<start>`` (named after its first member): kind="figure_group",
  label (= measure), measure, status ("agreeing" | "conflicting"), unit, members (figure node
  ids), conflicts (list of [figure, figure, reason]).

Edges (MultiDiGraph key = predicate):
- relation edges between entities (or from an article, for ``cites``): key and attribute
  ``predicate`` in model.RELATIONS, ``label`` (human words), ``roles`` (worksFor role titles),
  ``evidence``: list of {"article", "start", "end", "sentence", "rule", "confidence",
  "cue_start", "cue_end"} sorted by (article, start, rule).
- ``mentions``: article -> entity, with ``count``.
- ``spokenBy``: quotation -> speaker entity; ``isPartOf``: quotation -> article.
- ``sameAs``: entity -> entity (a renamed company kept as two nodes).
- figures: ``isPartOf`` figure -> article; ``statedBy`` figure -> entity or article; ``source``
  and ``about`` figure -> entity; ``shareOf`` figure -> figure (its total); ``inGroup`` figure ->
  figure group; ``conflictsWith`` figure -> figure (with ``reason``), one edge per conflicting pair.
"""

from __future__ import annotations

from collections import defaultdict

import networkx as nx

from .claims import period_bounds
from ..display import format_value
from ..contract import edge_attributes, node_attributes
from ..text.names import slugify
from ..model import Article, Evidence, Extraction, Figure, FigureGroup, FigureKey, Resolution

__all__ = ["build_graph", "article_node", "figure_node", "figure_group_node", "evidence_record"]


def article_node(article_id: str) -> str:
    return f"article/{slugify(article_id)}"


def figure_node(article_id: str, start: int) -> str:
    return f"figure/{slugify(article_id)}/{start}"


def figure_group_node(first: str) -> str:
    """A group is named after its first member ("figure/<slug>/<start>" -> "figure-group/<slug>/<start>")."""
    return "figure-group/" + first[len("figure/"):]


def evidence_record(ev: Evidence) -> dict:
    return {
        "article": article_node(ev.article),
        "start": ev.start,
        "end": ev.end,
        "sentence": ev.sentence,
        "rule": ev.rule,
        "confidence": round(float(ev.confidence), 3),
        "cue_start": ev.cue_start,
        "cue_end": ev.cue_end,
    }


def _sorted_evidence(records: list[dict]) -> list[dict]:
    unique = {(r["article"], r["start"], r["end"], r["rule"]): r for r in records}
    return [unique[k] for k in sorted(unique)]


def _add_article(g: nx.MultiDiGraph, article: Article) -> str:
    node = article_node(article.id)
    g.add_node(node, **node_attributes(
        "article",
        label=article.headline or article.source,
        headline=article.headline,
        source=article.source,
        url=article.url,
        date=article.date,
        byline=article.byline,
        text_length=len(article.text),
    ))
    return node


def _add_figure(g: nx.MultiDiGraph, ex: Extraction, f: Figure, art: str, entity_of) -> None:
    aid = ex.article.id
    fid = figure_node(aid, f.start)
    display = format_value(f.value, f.unit, f.unit_name)
    stated = entity_of(f.stated_by) if f.stated_by is not None else (None if f.quoted else art)
    source = entity_of(f.source)
    subjects = sorted({e for e in (entity_of(i) for i in f.subjects) if e is not None})
    bounds = period_bounds(f.period)
    total = figure_node(aid, ex.figures[f.share_of].start) if f.share_of is not None else None
    g.add_node(fid, **node_attributes(
        "figure",
        label=f"{f.qualifier + ' ' if f.qualifier else ''}{display}" + (f" \u2014 {f.measure}" if f.measure else ""),
        text=f.text,
        value=float(f.value),
        display=display,
        unit=f.unit,
        unit_name=f.unit_name,
        qualifier=f.qualifier,
        measure=f.measure,
        per=f.per,
        change=f.change,
        period=f.period,
        period_start=bounds[0].isoformat() if bounds else None,
        period_end=bounds[1].isoformat() if bounds else None,
        period_text=f.period_text,
        article=art,
        start=f.start,
        end=f.end,
        stated_by=stated,
        quoted=f.quoted,
        source=source,
        subjects=subjects,
        share_of=total,
        group=None,
        status=None,
        evidence=[evidence_record(f.evidence)],
    ))
    g.add_edge(fid, art, **edge_attributes("isPartOf"))
    if stated is not None:
        g.add_edge(fid, stated, **edge_attributes("statedBy"))
    if source is not None:
        g.add_edge(fid, source, **edge_attributes("source"))
    for subject in subjects:
        g.add_edge(fid, subject, **edge_attributes("about"))
    if total is not None:
        g.add_edge(fid, total, **edge_attributes("shareOf"))


def _add_groups(g: nx.MultiDiGraph, groups, node_of: dict[FigureKey, str]) -> None:
    for group in groups:
        members = [node_of[m] for m in group.members if m in node_of]
        if len(members) < 2:
            continue
        gid = figure_group_node(members[0])
        g.add_node(gid, **node_attributes(
            "figure_group",
            label=group.measure,
            measure=group.measure,
            status=group.status,
            unit=g.nodes[members[0]]["unit"],
            members=members,
            conflicts=[[node_of[a], node_of[b], reason] for a, b, reason in group.conflicts],
        ))
        for fid in members:
            g.nodes[fid]["group"] = gid
            g.nodes[fid]["status"] = group.status
            g.add_edge(fid, gid, **edge_attributes("inGroup"))
        for a, b, reason in group.conflicts:
            g.add_edge(node_of[a], node_of[b], **edge_attributes("conflictsWith", reason=reason))


def build_graph(extractions: list[Extraction] | tuple[Extraction, ...], resolution: Resolution,
                groups: tuple[FigureGroup, ...] | list[FigureGroup] = ()) -> nx.MultiDiGraph:
    """Assemble the graph; a pure function of its inputs (same inputs, same graph)."""
    g = nx.MultiDiGraph()
    figure_nodes: dict[FigureKey, str] = {}
    for entity in sorted(resolution.entities, key=lambda e: e.id):
        aliases = sorted(
            {(a.text, article_node(a.article), a.start, a.end, a.rule) for a in entity.aliases},
            key=lambda a: (a[1], a[2], a[3], a[0], a[4]),
        )
        g.add_node(entity.id, **node_attributes(
            "entity",
            type=entity.type,
            label=entity.label,
            label_rule=entity.label_rule,
            aliases=[{"text": t, "article": art, "start": s, "end": e, "joined_by": r} for t, art, s, e, r in aliases],
            merges=[list(m) for m in sorted(set(entity.merges))],
            articles=sorted({art for _, art, _, _, _ in aliases}),
        ))
    for entity in resolution.entities:
        for other in entity.same_as:
            if other in g and entity.id < other:
                g.add_edge(entity.id, other, **edge_attributes("sameAs"))

    relation_evidence: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
    relation_roles: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    mention_counts: dict[tuple[str, str], int] = defaultdict(int)

    for ex in sorted(extractions, key=lambda x: x.article.id):
        art = _add_article(g, ex.article)
        aid = ex.article.id

        def entity_of(index: int | None, aid: str = aid) -> str | None:
            if index is None:
                return None
            return resolution.entity_of.get((aid, index))

        for i, _m in enumerate(ex.mentions):
            ent = entity_of(i)
            if ent is not None:
                mention_counts[(art, ent)] += 1
        for rel in ex.relations:
            subj = art if rel.subject is None else entity_of(rel.subject)
            obj = entity_of(rel.object)
            if subj is None or obj is None or subj == obj:
                continue
            key = (subj, rel.predicate, obj)
            relation_evidence[key].append(evidence_record(rel.evidence))
            if rel.role:
                relation_roles[key].add(rel.role)
        for q in ex.quotations:
            qid = f"quotation/{slugify(aid)}/{q.start}"
            speaker = entity_of(q.speaker)
            words = q.text.split()
            g.add_node(qid, **node_attributes(
                "quotation",
                label=" ".join(words[:8]) + (" ..." if len(words) > 8 else ""),
                text=q.text,
                article=art,
                start=q.start,
                end=q.end,
                verb=q.verb,
                speaker=speaker,
                evidence=[evidence_record(q.evidence)],
            ))
            g.add_edge(qid, art, **edge_attributes("isPartOf"))
            if speaker is not None:
                g.add_edge(qid, speaker, **edge_attributes("spokenBy"))
        for k, f in enumerate(ex.figures):
            _add_figure(g, ex, f, art, entity_of)
            figure_nodes[(aid, k)] = figure_node(aid, f.start)

    _add_groups(g, groups, figure_nodes)
    for (art, ent), count in sorted(mention_counts.items()):
        g.add_edge(art, ent, **edge_attributes("mentions", count=count))
    for (subj, pred, obj) in sorted(relation_evidence):
        g.add_edge(
            subj,
            obj,
            **edge_attributes(pred,
                              roles=sorted(relation_roles[(subj, pred, obj)]),
                              evidence=_sorted_evidence(relation_evidence[(subj, pred, obj)])),
        )
    return g
