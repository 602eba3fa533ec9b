"""Read-back stage: RDF quads (an export or a store) -> networkx MultiDiGraph in the build contract.

The inverse of ``rdf.to_dataset``: ``to_quads(to_dataset(from_quads(q))) == q`` for every graph
the pipeline writes, so `kg serve` can draw the network and entity pages from any build folder,
RDF file or store. Two things the RDF does not carry come back approximately: entity ``merges``
(empty) and the ``count`` of a mentions edge (the number of recorded alias occurrences, at least 1).
Nodes outside the ``id:`` namespace or without one of our classes are left out.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Iterable

import networkx as nx
import pyoxigraph as ox

from .claims import format_value
from .iris import DEFAULT_BASE, minted_base, rebase_iri
from .model import ENTITY_TYPES, RELATIONS
from .rdf import KG, SCHEMA, node_id

__all__ = ["from_quads", "from_store"]

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDF_SUBJECT = "http://www.w3.org/1999/02/22-rdf-syntax-ns#subject"
RDF_PREDICATE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate"
RDF_OBJECT = "http://www.w3.org/1999/02/22-rdf-syntax-ns#object"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
SKOS_ALT = "http://www.w3.org/2004/02/skos/core#altLabel"
OWL_SAME = "http://www.w3.org/2002/07/owl#sameAs"
PROV_FROM = "http://www.w3.org/ns/prov#wasDerivedFrom"
_KG, _SCHEMA = str(KG), str(SCHEMA)


class _Index:
    """Subject -> predicate -> sorted values, over the union of all graphs."""

    def __init__(self, quads: Iterable[ox.Quad]) -> None:
        props: dict[str, dict[str, set]] = defaultdict(lambda: defaultdict(set))
        for q in quads:
            if isinstance(q.subject, ox.NamedNode):
                props[q.subject.value][q.predicate.value].add(q.object)
        self.props = props

    def all(self, s: str, p: str) -> list:
        return sorted(self.props.get(s, {}).get(p, ()), key=str)

    def one(self, s: str, p: str):
        values = self.all(s, p)
        return values[0] if values else None

    def text(self, s: str, p: str) -> str | None:
        v = self.one(s, p)
        return None if v is None else v.value

    def number(self, s: str, p: str) -> int | None:
        v = self.one(s, p)
        try:
            return None if v is None else int(v.value)
        except ValueError:
            return None

    def iri(self, s: str, p: str) -> str | None:
        v = self.one(s, p)
        return v.value if isinstance(v, ox.NamedNode) else None

    def types(self, s: str) -> set[str]:
        return {o.value for o in self.props.get(s, {}).get(RDF_TYPE, ()) if isinstance(o, ox.NamedNode)}


def _node(iri: str | None) -> str | None:
    return None if iri is None else node_id(iri)


def _evidence(ix: _Index, holder: str) -> list[dict]:
    records = []
    for ev in ix.all(holder, _KG + "evidence"):
        if not isinstance(ev, ox.NamedNode):
            continue
        e = ev.value
        conf = ix.text(e, _KG + "confidence")
        try:
            confidence = float(conf) if conf is not None else None
        except ValueError:
            confidence = None
        records.append({
            "article": _node(ix.iri(e, PROV_FROM)),
            "start": ix.number(e, _KG + "start"),
            "end": ix.number(e, _KG + "end"),
            "sentence": ix.text(e, _KG + "sentence"),
            "rule": ix.text(e, _KG + "rule"),
            "confidence": confidence,
            "cue_start": ix.number(e, _KG + "cueStart"),
            "cue_end": ix.number(e, _KG + "cueEnd"),
        })
    unique = {(r["article"] or "", r["start"] or 0, r["end"] or 0, r["rule"] or ""): r for r in records}
    return [unique[k] for k in sorted(unique)]


def _figure(ix: _Index, s: str) -> dict:
    """A figure node's attributes; ``group`` and ``status`` are filled in from its group."""
    try:
        value = float(ix.text(s, _KG + "value"))
    except (TypeError, ValueError):
        value = None
    unit, unit_name = ix.text(s, _KG + "unit"), ix.text(s, _KG + "unitName")
    stated = _node(ix.iri(s, _KG + "statedBy"))
    evidence = _evidence(ix, s)
    return {
        "kind": "figure",
        "label": ix.text(s, RDFS_LABEL),
        "text": ix.text(s, _SCHEMA + "text"),
        "value": value,
        "display": "" if value is None else format_value(value, unit, unit_name),
        "unit": unit,
        "unit_name": unit_name,
        "qualifier": ix.text(s, _KG + "qualifier"),
        "measure": ix.text(s, _KG + "measure") or "",
        "per": ix.text(s, _KG + "rate"),
        "change": ix.text(s, _KG + "change") in ("true", "1"),
        "period": ix.text(s, _KG + "period"),
        "period_start": ix.text(s, _KG + "periodStart"),
        "period_end": ix.text(s, _KG + "periodEnd"),
        "period_text": ix.text(s, _KG + "periodText"),
        "article": _node(ix.iri(s, _SCHEMA + "isPartOf")),
        "start": ix.number(s, _KG + "start"),
        "end": ix.number(s, _KG + "end"),
        "stated_by": stated,
        # the extractor marks a figure read inside a quotation in its rule
        "quoted": stated is None or any((r["rule"] or "").endswith(":quoted") for r in evidence),
        "source": _node(ix.iri(s, _KG + "source")),
        "subjects": sorted({node_id(o.value) for o in ix.all(s, _KG + "about")
                            if isinstance(o, ox.NamedNode) and node_id(o.value) is not None}),
        "share_of": _node(ix.iri(s, _KG + "shareOf")),
        "group": None,
        "status": None,
        "evidence": evidence,
    }


def _add_figures(g: nx.MultiDiGraph, ix: _Index, figures: list[str], groups: list[str],
                 statements: dict[tuple[str, str, str], str]) -> None:
    """Figure and figure-group nodes with their edges (the inverse of ``rdf._figure`` and ``rdf._figure_group``)."""
    for s in figures:
        g.add_node(node_id(s), **_figure(ix, s))
    for s in figures:
        node, d = node_id(s), g.nodes[node_id(s)]
        if d["article"] in g:
            g.add_edge(node, d["article"], key="isPartOf", predicate="isPartOf", label="is part of")
        if d["stated_by"] in g:
            g.add_edge(node, d["stated_by"], key="statedBy", predicate="statedBy", label="stated by")
        if d["source"] in g:
            g.add_edge(node, d["source"], key="source", predicate="source", label="source")
        for subject in d["subjects"]:
            if subject in g:
                g.add_edge(node, subject, key="about", predicate="about", label="about")
        if d["share_of"] in g:
            g.add_edge(node, d["share_of"], key="shareOf", predicate="shareOf", label="share of")

    group_of = {s: ix.iri(s, _KG + "inGroup") for s in figures}
    members: dict[str, list[str]] = defaultdict(list)
    for s, group in group_of.items():
        if group is not None:
            members[group].append(node_id(s))
    reasons: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for (a, p, b), stmt in statements.items():
        if p == _KG + "conflictsWith" and group_of.get(a) is not None:
            reasons[group_of[a]].append((node_id(a), node_id(b), ix.text(stmt, _KG + "reason")))
    for s in groups:
        node = node_id(s)
        named = "figure/" + node[len("figure-group/"):]  # a group is named after its first member
        ordered = sorted(members[s], key=lambda f: (f != named, g.nodes[f]["article"] or "", g.nodes[f]["start"] or 0, f))
        rank = {f: i for i, f in enumerate(ordered)}
        conflicts = sorted((c for c in reasons[s] if c[0] in rank and c[1] in rank),
                           key=lambda c: (rank[c[0]], rank[c[1]], c[2] or ""))
        status = ix.text(s, _KG + "status")
        g.add_node(
            node,
            kind="figure_group",
            label=ix.text(s, RDFS_LABEL),
            measure=ix.text(s, _KG + "measure"),
            status=status,
            unit=ix.text(s, _KG + "unit"),
            members=ordered,
            conflicts=[[a, b, reason] for a, b, reason in conflicts],
        )
        for f in ordered:
            g.nodes[f]["group"] = node
            g.nodes[f]["status"] = status
            g.add_edge(f, node, key="inGroup", predicate="inGroup", label="in group")
        for a, b, reason in conflicts:
            g.add_edge(a, b, key="conflictsWith", predicate="conflictsWith", label="conflicts with", reason=reason)


def from_quads(quads: Iterable[ox.Quad]) -> nx.MultiDiGraph:
    """The graph the quads were written from (see the module notes for what comes back approximately)."""
    ix = _Index(quads)
    g = nx.MultiDiGraph()
    entity_classes = {_KG + t: t for t in ENTITY_TYPES}

    mentions_of: dict[str, list[dict]] = defaultdict(list)
    kinds: dict[str, str] = {}
    for s in sorted(ix.props):
        node = node_id(s)
        if node is None:
            continue
        types = ix.types(s)
        if _KG + "Mention" in types:
            entity = ix.iri(s, _KG + "mentionOf")
            if entity:
                mentions_of[entity].append({
                    "text": ix.text(s, _SCHEMA + "text"),
                    "article": _node(ix.iri(s, _KG + "article")),
                    "start": ix.number(s, _KG + "start"),
                    "end": ix.number(s, _KG + "end"),
                })
        elif types & set(entity_classes):
            kinds[s] = "entity"
        elif _KG + "Article" in types:
            kinds[s] = "article"
        elif _KG + "Quotation" in types:
            kinds[s] = "quotation"
        elif _KG + "Figure" in types:
            kinds[s] = "figure"
        elif _KG + "FigureGroup" in types:
            kinds[s] = "figure_group"

    for s, kind in kinds.items():
        node = node_id(s)
        if kind == "entity":
            etype = sorted(entity_classes[t] for t in ix.types(s) if t in entity_classes)[0]
            label = ix.text(s, RDFS_LABEL) or node
            aliases = {(a["text"], a["article"], a["start"], a["end"]) for a in mentions_of.get(s, ()) if a["text"]}
            spoken = {a[0] for a in aliases} | {label}
            for alt in ix.all(s, SKOS_ALT):  # a surface form with no recorded occurrence
                if alt.value not in spoken:
                    aliases.add((alt.value, None, None, None))
            ordered = sorted(aliases, key=lambda a: (a[1] or "", a[2] or 0, a[3] or 0, a[0]))
            g.add_node(
                node,
                kind="entity",
                type=etype,
                label=label,
                aliases=[{"text": t, "article": art, "start": st, "end": en} for t, art, st, en in ordered],
                merges=[],
                articles=sorted({a[1] for a in ordered if a[1]}),
            )
        elif kind == "article":
            url = ix.one(s, _SCHEMA + "url")
            g.add_node(
                node,
                kind="article",
                label=ix.text(s, RDFS_LABEL) or ix.text(s, _SCHEMA + "headline") or node,
                headline=ix.text(s, _SCHEMA + "headline"),
                source=ix.text(s, _KG + "sourceFile") or ix.text(s, _SCHEMA + "name"),
                url=None if url is None else url.value,
                date=ix.text(s, _SCHEMA + "datePublished"),
                byline=ix.text(s, _SCHEMA + "author"),
                text_length=ix.number(s, _KG + "textLength"),
            )

    for s, kind in kinds.items():
        if kind != "quotation":
            continue
        node = node_id(s)
        article = _node(ix.iri(s, _SCHEMA + "isPartOf"))
        speaker = _node(ix.iri(s, _KG + "spokenBy") or ix.iri(s, _SCHEMA + "spokenByCharacter"))
        g.add_node(
            node,
            kind="quotation",
            label=ix.text(s, RDFS_LABEL),
            text=ix.text(s, _SCHEMA + "text"),
            article=article,
            start=ix.number(s, _KG + "start"),
            end=ix.number(s, _KG + "end"),
            verb=ix.text(s, _KG + "reportingVerb"),
            speaker=speaker,
            evidence=_evidence(ix, s),
        )
        if article and article in g:
            g.add_edge(node, article, key="isPartOf", predicate="isPartOf", label="is part of")
        if speaker and speaker in g:
            g.add_edge(node, speaker, key="spokenBy", predicate="spokenBy", label="spoken by")

    # reified statements: roles and evidence of each direct relation triple, reasons of conflicts
    statements: dict[tuple[str, str, str], str] = {}
    for s in ix.props:
        if "http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement" in ix.types(s):
            key = (ix.iri(s, RDF_SUBJECT), ix.iri(s, RDF_PREDICATE), ix.iri(s, RDF_OBJECT))
            if all(key):
                statements[key] = s

    _add_figures(g, ix, [s for s, kind in kinds.items() if kind == "figure"],
                 [s for s, kind in kinds.items() if kind == "figure_group"], statements)

    retired = {}
    for s in sorted(ix.props):
        subj = node_id(s)
        if subj not in g:
            # an entity id merged into another by a later build (graph.identity): <old> owl:sameAs <survivor>
            survivors = [node_id(o.value) for o in ix.all(s, OWL_SAME) if isinstance(o, ox.NamedNode)]
            if subj and subj.startswith("entity/") and len(survivors) == 1 and survivors[0] in g:
                retired[subj] = survivors[0]
            continue
        for pred in RELATIONS:
            for o in ix.all(s, _KG + pred):
                obj = node_id(o.value) if isinstance(o, ox.NamedNode) else None
                if obj not in g:
                    continue
                stmt = statements.get((s, _KG + pred, o.value))
                roles = sorted(r.value for r in ix.all(stmt, _KG + "role")) if stmt else []
                g.add_edge(subj, obj, key=pred, predicate=pred, label=RELATIONS[pred], roles=roles,
                           evidence=_evidence(ix, stmt) if stmt else [])
        if g.nodes[subj].get("kind") == "article":
            for o in ix.all(s, _SCHEMA + "mentions"):
                obj = node_id(o.value) if isinstance(o, ox.NamedNode) else None
                if obj in g:
                    count = sum(1 for a in g.nodes[obj].get("aliases", ()) if a["article"] == subj)
                    g.add_edge(subj, obj, key="mentions", predicate="mentions", label="mentions", count=max(1, count))
        for o in ix.all(s, OWL_SAME):
            obj = node_id(o.value) if isinstance(o, ox.NamedNode) else None
            if obj in g and obj != subj:
                a, b = sorted((subj, obj))
                if not g.has_edge(a, b, key="sameAs"):
                    g.add_edge(a, b, key="sameAs", predicate="sameAs", label="same as")
    if retired:
        g.graph["retired"] = retired
    return g


def _rebased(term, base: str):
    if isinstance(term, ox.NamedNode) and term.value.startswith(base):
        return ox.NamedNode(rebase_iri(term.value, DEFAULT_BASE, old=base))
    return term


def from_store(store: ox.Store, base: str | None = None) -> nx.MultiDiGraph:
    """The graph of every quad in a pyoxigraph store (see `from_quads`), whatever base its IRIs were
    minted under (``base``, or the one `iris.minted_base` finds): node ids are the IRIs' paths."""
    base = minted_base(store) if base is None else base
    quads = store.quads_for_pattern(None, None, None, None)
    if base != DEFAULT_BASE:
        quads = (ox.Quad(_rebased(q.subject, base), q.predicate, _rebased(q.object, base), _rebased(q.graph_name, base))
                 for q in quads)
    return from_quads(quads)

