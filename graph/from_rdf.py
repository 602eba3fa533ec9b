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

    # reified statements: roles and evidence of each direct relation triple
    statements: dict[tuple[str, str, str], str] = {}
    for s in ix.props:
        if "http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement" in ix.types(s):
            key = (ix.iri(s, RDF_SUBJECT), ix.iri(s, RDF_PREDICATE), ix.iri(s, RDF_OBJECT))
            if all(key):
                statements[key] = s

    for s in sorted(ix.props):
        subj = node_id(s)
        if subj not in g:
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
    return g


def from_store(store: ox.Store) -> nx.MultiDiGraph:
    """The graph of every quad in a pyoxigraph store (see `from_quads`)."""
    return from_quads(store.quads_for_pattern(None, None, None, None))

