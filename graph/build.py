"""Build stage: Extractions + Resolution -> networkx MultiDiGraph (the in-memory graph contract).

Node ids are IRI-safe relative paths; the RDF stage prefixes them with the base IRI.

Nodes (attribute ``kind`` tells which):
- ``entity/<type>/<slug>``: kind="entity", type (Person, Organization, ...), label,
  aliases (list of {"text", "article", "start", "end"}; article = article node id),
  merges (list of [surface form, rule]), articles (sorted article node ids).
- ``article/<slug>``: kind="article", label (= headline), headline, source, url, date, byline,
  text_length (code points in Article.text: every offset into the article is at most this).
- ``quotation/<article slug>/<start>``: kind="quotation", label (first words), text, article,
  start, end, verb, speaker (entity node id or None), evidence (list, see below).

Edges (MultiDiGraph key = predicate):
- relation edges between entities (or from an article, for ``cites``): key and attribute
  ``predicate`` in model.RELATIONS, ``label`` (human words), ``roles`` (worksFor role titles),
  ``evidence``: list of {"article", "start", "end", "sentence", "rule", "confidence",
  "cue_start", "cue_end"} sorted by (article, start, rule).
- ``mentions``: article -> entity, with ``count``.
- ``spokenBy``: quotation -> speaker entity; ``isPartOf``: quotation -> article.
- ``sameAs``: entity -> entity (a renamed company kept as two nodes).
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict

import networkx as nx

from .model import RELATIONS, Article, Evidence, Extraction, Resolution

__all__ = ["build_graph", "slugify", "article_node", "evidence_record"]


def slugify(text: str) -> str:
    """A lowercase ASCII slug, stable for the same text ("Simon Bailey" -> "simon-bailey")."""
    norm = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", norm.lower()).strip("-")
    return slug[:80].strip("-") or "x"


def article_node(article_id: str) -> str:
    return f"article/{slugify(article_id)}"


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
    g.add_node(
        node,
        kind="article",
        label=article.headline or article.source,
        headline=article.headline,
        source=article.source,
        url=article.url,
        date=article.date,
        byline=article.byline,
        text_length=len(article.text),
    )
    return node


def build_graph(extractions: list[Extraction] | tuple[Extraction, ...], resolution: Resolution) -> nx.MultiDiGraph:
    """Assemble the graph; a pure function of its inputs (same inputs, same graph)."""
    g = nx.MultiDiGraph()
    for entity in sorted(resolution.entities, key=lambda e: e.id):
        aliases = sorted(
            {(a.text, article_node(a.article), a.start, a.end) for a in entity.aliases},
            key=lambda a: (a[1], a[2], a[3], a[0]),
        )
        g.add_node(
            entity.id,
            kind="entity",
            type=entity.type,
            label=entity.label,
            aliases=[{"text": t, "article": art, "start": s, "end": e} for t, art, s, e in aliases],
            merges=[list(m) for m in sorted(set(entity.merges))],
            articles=sorted({art for _, art, _, _ in aliases}),
        )
    for entity in resolution.entities:
        for other in entity.same_as:
            if other in g and entity.id < other:
                g.add_edge(entity.id, other, key="sameAs", predicate="sameAs", label="same as")

    relation_evidence: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
    relation_roles: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    mention_counts: dict[tuple[str, str], int] = defaultdict(int)

    for ex in sorted(extractions, key=lambda x: x.article.id):
        art = _add_article(g, ex.article)
        aid = ex.article.id

        def entity_of(index: int | None) -> str | None:
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
            g.add_node(
                qid,
                kind="quotation",
                label=" ".join(words[:8]) + (" ..." if len(words) > 8 else ""),
                text=q.text,
                article=art,
                start=q.start,
                end=q.end,
                verb=q.verb,
                speaker=speaker,
                evidence=[evidence_record(q.evidence)],
            )
            g.add_edge(qid, art, key="isPartOf", predicate="isPartOf", label="is part of")
            if speaker is not None:
                g.add_edge(qid, speaker, key="spokenBy", predicate="spokenBy", label="spoken by")

    for (art, ent), count in sorted(mention_counts.items()):
        g.add_edge(art, ent, key="mentions", predicate="mentions", label="mentions", count=count)
    for (subj, pred, obj) in sorted(relation_evidence):
        g.add_edge(
            subj,
            obj,
            key=pred,
            predicate=pred,
            label=RELATIONS[pred],
            roles=sorted(relation_roles[(subj, pred, obj)]),
            evidence=_sorted_evidence(relation_evidence[(subj, pred, obj)]),
        )
    return g
