"""Read-back stage: RDF quads (an export or a store) -> networkx MultiDiGraph in the build contract.

The inverse of ``rdf.to_dataset``: ``to_quads(to_dataset(from_quads(q))) == q`` for every graph
the pipeline writes, so `kg serve` can draw the network and entity pages from any build folder,
RDF file or store. Two things the RDF does not carry come back approximately: entity ``merges``
(from the mentions' ``kg:joinedBy``: the pronouns and descriptions that joined no name are not
mentions) and the ``count`` of a mentions edge (the number of recorded alias occurrences, at least 1).
Nodes outside the ``id:`` namespace or without one of our classes are left out.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Iterable

import networkx as nx
import pyoxigraph as ox

from ..display import format_value
from ..contract import KIND_OF_CLASS, NODE_KINDS, RECORDS, Attribute, NodeKind, edge_attributes, expand, node_attributes, simple_attributes
from ..iris import DEFAULT_BASE, minted_base, rebase_iri
from ..model import ENTITY_TYPES, RELATIONS
from .rdf import KG, SCHEMA, node_id

__all__ = ["from_quads", "from_store"]

RDF_TYPE, RDF_SUBJECT = expand("rdf:type"), expand("rdf:subject")
RDF_PREDICATE, RDF_OBJECT = expand("rdf:predicate"), expand("rdf:object")
SKOS_ALT, OWL_SAME = expand("skos:altLabel"), expand("owl:sameAs")
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


def _value(ix: _Index, s: str, attr: Attribute):
    """One attribute read back by its contract datatype (from the first of its predicates that is there)."""
    if attr.many:  # lists of nodes
        return sorted({node_id(o.value) for o in ix.all(s, expand(attr.predicate))
                       if isinstance(o, ox.NamedNode) and node_id(o.value) is not None})
    for curie in attr.predicates:
        p = expand(curie)
        if attr.datatype == "node":
            found = _node(ix.iri(s, p))
        elif attr.datatype == "integer":
            found = ix.number(s, p)
        elif attr.datatype == "decimal":
            try:
                found = float(ix.text(s, p))
            except (TypeError, ValueError):
                found = None
        elif attr.datatype == "boolean":
            return ix.text(s, p) in ("true", "1")
        elif attr.datatype == "url":
            term = ix.one(s, p)
            found = None if term is None else term.value
        else:  # string, date
            found = ix.text(s, p)
        if found is not None:
            return found
    return None


def _read(ix: _Index, s: str, kind: NodeKind) -> dict:
    """The attributes the contract's generic reader handles (see `contract.simple_attributes`)."""
    return {attr.name: _value(ix, s, attr) for attr in simple_attributes(kind)}


def _evidence(ix: _Index, holder: str) -> list[dict]:
    records = []
    for ev in ix.all(holder, _KG + "evidence"):
        if not isinstance(ev, ox.NamedNode):
            continue
        records.append(_read(ix, ev.value, RECORDS["evidence"]))
    unique = {(r["article"] or "", r["start"] or 0, r["end"] or 0, r["rule"] or ""): r for r in records}
    return [unique[k] for k in sorted(unique)]


def _figure(ix: _Index, s: str) -> dict:
    """A figure node's attributes; ``group`` and ``status`` are filled in from its group."""
    d = _read(ix, s, NODE_KINDS["figure"])
    evidence = _evidence(ix, s)
    return node_attributes(
        "figure",
        **{**d, "measure": d["measure"] or ""},
        display="" if d["value"] is None else format_value(d["value"], d["unit"], d["unit_name"]),
        # the extractor marks a figure read inside a quotation in its rule
        quoted=d["stated_by"] is None or any((r["rule"] or "").endswith(":quoted") for r in evidence),
        group=None,
        status=None,
        evidence=evidence,
    )


def _add_figures(g: nx.MultiDiGraph, ix: _Index, figures: list[str], groups: list[str],
                 statements: dict[tuple[str, str, str], str]) -> None:
    """Figure and figure-group nodes with their edges (the inverse of ``rdf._figure`` and ``rdf._figure_group``)."""
    for s in figures:
        g.add_node(node_id(s), **_figure(ix, s))
    for s in figures:
        node, d = node_id(s), g.nodes[node_id(s)]
        if d["article"] in g:
            g.add_edge(node, d["article"], **edge_attributes("isPartOf"))
        if d["stated_by"] in g:
            g.add_edge(node, d["stated_by"], **edge_attributes("statedBy"))
        if d["source"] in g:
            g.add_edge(node, d["source"], **edge_attributes("source"))
        for subject in d["subjects"]:
            if subject in g:
                g.add_edge(node, subject, **edge_attributes("about"))
        if d["share_of"] in g:
            g.add_edge(node, d["share_of"], **edge_attributes("shareOf"))

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
        d = _read(ix, s, NODE_KINDS["figure_group"])
        status = d["status"]
        g.add_node(node, **node_attributes("figure_group", **d, members=ordered,
                                           conflicts=[[a, b, reason] for a, b, reason in conflicts]))
        for f in ordered:
            g.nodes[f]["group"] = node
            g.nodes[f]["status"] = status
            g.add_edge(f, node, **edge_attributes("inGroup"))
        for a, b, reason in conflicts:
            g.add_edge(a, b, **edge_attributes("conflictsWith", reason=reason))


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
                mentions_of[entity].append(_read(ix, s, RECORDS["mention"]))
        else:
            found = {KIND_OF_CLASS[t] for t in types if t in KIND_OF_CLASS}
            kind = next((k for k in NODE_KINDS if k in found), None)  # an entity first, then an article, ...
            if kind is not None:
                kinds[s] = kind

    for s, kind in kinds.items():
        node = node_id(s)
        if kind == "entity":
            etype = sorted(entity_classes[t] for t in ix.types(s) if t in entity_classes)[0]
            d = _read(ix, s, NODE_KINDS["entity"])
            label = d["label"] or node
            aliases = {(a["text"], a["article"], a["start"], a["end"], a["joined_by"])
                       for a in mentions_of.get(s, ()) if a["text"]}
            spoken = {a[0] for a in aliases} | {label}
            for alt in ix.all(s, SKOS_ALT):  # a surface form with no recorded occurrence
                if alt.value not in spoken:
                    aliases.add((alt.value, None, None, None, None))
            ordered = sorted(aliases, key=lambda a: (a[1] or "", a[2] or 0, a[3] or 0, a[0], a[4] or ""))
            g.add_node(node, **node_attributes(
                "entity",
                type=etype,
                label=label,
                label_rule=d["label_rule"],
                aliases=[{"text": t, "article": art, "start": st, "end": en, "joined_by": r}
                         for t, art, st, en, r in ordered],
                merges=[[t, r] for t, r in sorted({(t, r) for t, _, _, _, r in ordered if r})],
                articles=sorted({a[1] for a in ordered if a[1]}),
            ))
        elif kind == "article":
            d = _read(ix, s, NODE_KINDS["article"])
            g.add_node(node, **node_attributes("article", **{**d, "label": d["label"] or d["headline"] or node}))

    for s, kind in kinds.items():
        if kind != "quotation":
            continue
        node = node_id(s)
        d = _read(ix, s, NODE_KINDS["quotation"])
        article, speaker = d["article"], d["speaker"]
        g.add_node(node, **node_attributes("quotation", **d, evidence=_evidence(ix, s)))
        if article and article in g:
            g.add_edge(node, article, **edge_attributes("isPartOf"))
        if speaker and speaker in g:
            g.add_edge(node, speaker, **edge_attributes("spokenBy"))

    # reified statements: roles and evidence of each direct relation triple, reasons of conflicts
    statements: dict[tuple[str, str, str], str] = {}
    for s in ix.props:
        if expand("rdf:Statement") in ix.types(s):
            key = (ix.iri(s, RDF_SUBJECT), ix.iri(s, RDF_PREDICATE), ix.iri(s, RDF_OBJECT))
            if all(key):
                statements[key] = s

    _add_figures(g, ix, [s for s, kind in kinds.items() if kind == "figure"],
                 [s for s, kind in kinds.items() if kind == "figure_group"], statements)

    retired = {}
    for s in sorted(ix.props):
        subj = node_id(s)
        if subj not in g:
            # an entity id merged into another by a later build (graph.building.identity): <old> owl:sameAs <survivor>
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
                g.add_edge(subj, obj, **edge_attributes(pred, roles=roles, evidence=_evidence(ix, stmt) if stmt else []))
        if g.nodes[subj].get("kind") == "article":
            for o in ix.all(s, _SCHEMA + "mentions"):
                obj = node_id(o.value) if isinstance(o, ox.NamedNode) else None
                if obj in g:
                    count = sum(1 for a in g.nodes[obj].get("aliases", ()) if a["article"] == subj)
                    g.add_edge(subj, obj, **edge_attributes("mentions", count=max(1, count)))
        for o in ix.all(s, OWL_SAME):
            obj = node_id(o.value) if isinstance(o, ox.NamedNode) else None
            if obj in g and obj != subj:
                a, b = sorted((subj, obj))
                if not g.has_edge(a, b, key="sameAs"):
                    g.add_edge(a, b, **edge_attributes("sameAs"))
    if retired:
        g.graph["retired"] = retired
    corrections = _corrections(ix, statements)
    if corrections:
        g.graph["corrections"] = corrections
    return g


def _corrections(ix: _Index, statements: dict[tuple[str, str, str], str]) -> list[dict]:
    """The applied corrections (the inverse of ``rdf._correction``), with what each changed."""
    changed: dict[str, set[str]] = defaultdict(set)
    edges: dict[str, set[tuple[str, str, str]]] = defaultdict(set)
    edge_of = {stmt: key for key, stmt in statements.items()}
    for s, props in ix.props.items():
        for c in props.get(_KG + "correctedBy", ()):
            if s in edge_of:
                subj, pred, obj = edge_of[s]
                edges[c.value].add((node_id(subj), pred[len(_KG):] if pred.startswith(_KG) else pred, node_id(obj)))
            elif node_id(s) is not None:
                changed[c.value].add(node_id(s))
    out = []
    for s in sorted(ix.props):
        if _KG + "Correction" not in ix.types(s) or node_id(s) is None:
            continue
        d = _read(ix, s, RECORDS["correction"])
        out.append({"id": node_id(s), **{k: d[k] or "" for k in ("label", "action", "note", "date")},
                    "changed": sorted(changed[s]), "edges": [list(e) for e in sorted(edges[s])]})
    return out


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

