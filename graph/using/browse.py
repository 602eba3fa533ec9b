"""Browse stage: a graph path -> its build-contract graph, network page and entity records, reloaded on change.

`kg serve` draws from any build folder, RDF file or store: the quads are read back into the
networkx graph of the build contract (``from_rdf``), and loaded again whenever the graph
changes on disk (a `kg add` to the store, a rebuilt export).
"""

from __future__ import annotations

import threading
from pathlib import Path

import networkx as nx
import pyoxigraph as ox

from ..display import figure_period, figure_value
from .from_rdf import from_store
from ..iris import DEFAULT_BASE, minted_base, rebase_iri
from ..model import RELATIONS
from .load import load_store, source_version
from .query import example_queries
from .stats import GraphProfile, distinct_triples, profile_triples
from .rdf import node_iri

__all__ = ["GraphView", "entity_record", "example_query_list", "load_graph"]

_RELATION_KEYS = set(RELATIONS) | {"sameAs"}


def load_graph(path: Path | str) -> nx.MultiDiGraph:
    """The build-contract graph of a build folder, an RDF file or a store."""
    return _load(path)[0]


def _load(path: Path | str) -> tuple[nx.MultiDiGraph, str]:
    """The build-contract graph and the base its IRIs were minted under."""
    store = load_store(path)
    base = minted_base(store)
    return from_store(store, base), base


def _article(g: nx.MultiDiGraph, node: str | None) -> dict | None:
    if node is None:
        return None
    d = g.nodes[node] if node in g else {}
    return {"id": node, "headline": d.get("headline") or d.get("label"), "source": d.get("source"),
            "url": d.get("url"), "date": d.get("date")}


def _evidence(g: nx.MultiDiGraph, records) -> list[dict]:
    out = []
    for r in records or ():
        sentence = str(r.get("sentence") or "")
        start, cs, ce = r.get("start"), r.get("cue_start"), r.get("cue_end")
        cue = None
        if isinstance(start, int) and isinstance(cs, int) and isinstance(ce, int) and 0 <= cs - start < ce - start <= len(sentence):
            cue = [cs - start, ce - start]
        out.append({
            "article": _article(g, r.get("article")),
            "sentence": sentence,
            "start": start,
            "end": r.get("end"),
            "rule": r.get("rule"),
            "confidence": r.get("confidence"),
            "cue": cue,
        })
    return out


def _ref(g: nx.MultiDiGraph, node: str) -> dict:
    d = g.nodes[node]
    return {"id": node, "label": d.get("label") or d.get("headline") or node, "kind": d.get("kind"),
            "type": d.get("type") if d.get("kind") == "entity" else d.get("kind", "").capitalize()}


def _relation(g: nx.MultiDiGraph, other: str, key: str, data: dict, direction: str) -> dict:
    return {
        "predicate": key,
        "label": data.get("label") or RELATIONS.get(key, key),
        "direction": direction,
        "entity": _ref(g, other),
        "roles": list(data.get("roles") or ()),
        "evidence": _evidence(g, data.get("evidence")),
    }


def _figure(g: nx.MultiDiGraph, node: str) -> dict:
    d = g.nodes[node]
    stated, source, total = d.get("stated_by"), d.get("source"), d.get("share_of")
    group = g.nodes[d["group"]] if d.get("group") in g else None
    conflicts = []
    for a, b, reason in (group or {}).get("conflicts") or ():
        other = b if a == node else a if b == node else None
        if other in g:
            conflicts.append({"figure": other, "value": figure_value(g.nodes[other]),
                              "period": figure_period(g.nodes[other]), "reason": reason})
    return {
        "id": node,
        "text": d.get("text"),
        "value": figure_value(d),
        "measure": d.get("measure") or "",
        "period": figure_period(d),
        "article": _article(g, d.get("article")),
        "start": d.get("start"),
        "stated_by": _ref(g, stated) if stated in g else None,  # an entity, or the article itself
        "quoted": bool(d.get("quoted")),
        "source": _ref(g, source) if source in g else None,
        "about": [_ref(g, s) for s in d.get("subjects") or () if s in g],
        "share_of": figure_value(g.nodes[total]) if total in g else None,
        "group": None if group is None else {"id": d["group"], "label": group.get("label"), "status": group.get("status")},
        "conflicts": conflicts,
        "evidence": _evidence(g, d.get("evidence")),
    }


def _figures(g: nx.MultiDiGraph, node: str) -> dict:
    """The figures an entity states, those attributed to it (it is their source) and those about it.

    A figure is listed once, under the first that applies (as in the network page's panel).
    """
    found: dict[str, list[str]] = {"stated": [], "attributed": [], "about": []}
    for f, _, k in g.in_edges(node, keys=True):
        if g.nodes[f].get("kind") != "figure":
            continue
        d = g.nodes[f]
        if k == "statedBy":
            found["stated"].append(f)
        elif k == "source" and d.get("stated_by") != node:
            found["attributed"].append(f)
        elif k == "about" and node not in (d.get("stated_by"), d.get("source")):
            found["about"].append(f)
    order = lambda f: (g.nodes[f].get("article") or "", g.nodes[f].get("start") or 0, f)  # noqa: E731
    return {part: [_figure(g, f) for f in sorted(set(figs), key=order)] for part, figs in found.items()}


def _timeline(relations: dict, quotations: list[dict]) -> list[dict]:
    """An entity's relations (once per article each was read in) and quotations by their articles'
    dates, undated last: the timeline of its page, as in the network page's panel."""
    items = []
    for r in relations["out"] + relations["in"]:
        articles = {ev["article"]["id"]: ev["article"] for ev in r["evidence"] if ev["article"]}
        for art in articles.values():
            items.append({"date": art.get("date"), "kind": "relation", "predicate": r["predicate"], "label": r["label"],
                          "direction": r["direction"], "entity": r["entity"], "article": art})
    for q in quotations:
        items.append({"date": (q["article"] or {}).get("date"), "kind": "quotation", "text": q["text"], "article": q["article"]})
    return sorted(items, key=lambda t: (t["date"] is None, str(t["date"] or ""), (t["article"] or {}).get("id") or "",
                                        t["kind"] != "relation", (t.get("entity") or {}).get("id") or "", t.get("predicate") or "",
                                        t.get("text") or ""))


def entity_record(g: nx.MultiDiGraph, node: str, base: str = DEFAULT_BASE) -> dict | None:
    """Everything the graph says about one entity, or None if ``node`` is not an entity.

    Aliases and where each was read, the articles, relations out and in (each with every
    evidence sentence, its article and rule), the quotations the entity is the speaker of, the
    timeline of both by their articles' dates and
    the figures it states, that are attributed to it or are about it (each with its group's
    conflicts and their reasons).
    """
    if node not in g or g.nodes[node].get("kind") != "entity":
        return None
    d = g.nodes[node]
    label = d.get("label") or node
    out_rel = sorted(
        (_relation(g, v, k, data, "out") for _, v, k, data in g.out_edges(node, keys=True, data=True) if k in _RELATION_KEYS),
        key=lambda r: (r["predicate"], r["entity"]["label"], r["entity"]["id"]),
    )
    in_rel = sorted(
        (_relation(g, u, k, data, "in") for u, _, k, data in g.in_edges(node, keys=True, data=True) if k in _RELATION_KEYS),
        key=lambda r: (r["predicate"], r["entity"]["label"], r["entity"]["id"]),
    )
    quotations = []
    for q, _, k in g.in_edges(node, keys=True):
        if k != "spokenBy":
            continue
        qd = g.nodes[q]
        quotations.append({"id": q, "text": qd.get("text"), "verb": qd.get("verb"), "start": qd.get("start"),
                           "end": qd.get("end"), "article": _article(g, qd.get("article")),
                           "evidence": _evidence(g, qd.get("evidence"))})
    quotations.sort(key=lambda q: ((q["article"] or {}).get("id") or "", q["start"] or 0))
    mentions = [dict(a) for a in d.get("aliases") or ()]
    per_article: dict[str, int] = {}
    for m in mentions:
        if m.get("article"):
            per_article[m["article"]] = per_article.get(m["article"], 0) + 1
    articles = [{**_article(g, a), "mentions": per_article.get(a, 0)} for a in d.get("articles") or ()]
    return {
        "id": node,
        "iri": rebase_iri(str(node_iri(node)), base),
        "type": d.get("type"),
        "label": label,
        "aliases": sorted({m["text"] for m in mentions if m.get("text")} - {label}),
        "mentions": mentions,
        "articles": articles,
        "relations": {"out": out_rel, "in": in_rel},
        "quotations": quotations,
        "timeline": _timeline({"out": out_rel, "in": in_rel}, quotations),
        "figures": _figures(g, node),
    }


def example_query_list() -> list[dict]:
    """The bundled example queries as {"name", "title" (their first comment line), "text"}."""
    out = []
    for name, path in example_queries().items():
        text = path.read_text(encoding="utf-8-sig")
        first = text.lstrip().splitlines()[0] if text.strip() else ""
        out.append({"name": name, "title": first.lstrip("#").strip() if first.startswith("#") else "", "text": text})
    return out


class GraphView:
    """The graph at ``path`` for pages: loaded once, again when its `source_version` changes.

    ``page(server)`` renders the network page and ``page_file(path, server)`` gives the files it loads
    its records from (both cached per version of the graph); ``base`` is the
    base its IRIs were minted under; ``profile()`` counts it for the VoID and service descriptions.
    """

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        self._version = source_version(self.path)
        self._graph, self._base = _load(self.path)
        self._pages: dict[str, object] = {}  # render.Page by server settings
        self._profile: tuple | None = None  # (version, profile, named graphs), made when first asked for

    def current(self) -> tuple[str, nx.MultiDiGraph]:
        """(version, graph), loading the graph again if it changed on disk."""
        version = source_version(self.path)
        with self._lock:
            if version != self._version:
                self._graph, self._base = _load(self.path)
                self._version = version
                self._pages = {}
            return self._version, self._graph

    @property
    def base(self) -> str:
        self.current()
        return self._base

    def rendered(self, server: dict | None = None):
        """The network page and its record files (a `render.Page`), made once per version of the graph."""
        from .render import render_page

        version, g = self.current()
        key = repr(sorted((server or {}).items()))
        with self._lock:
            if key in self._pages and version == self._version:
                return self._pages[key]
        page = render_page(g, server=server)
        with self._lock:
            if version == self._version:
                self._pages[key] = page
        return page

    def page(self, server: dict | None = None) -> str:
        return self.rendered(server).html

    def page_file(self, path: str, server: dict | None = None) -> bytes | None:
        """One of the files the page loads its records from (``graph_files/...``), or None."""
        return self.rendered(server).files.get(path)

    def entity(self, node: str) -> dict | None:
        return entity_record(self.current()[1], node, self.base)

    def survivor(self, node: str) -> str | None:
        """The entity a retired id was merged into by a later build (graph.building.identity), else None."""
        return (self.current()[1].graph.get("retired") or {}).get(node)

    def profile(self) -> tuple[GraphProfile, tuple[str, ...]]:
        """The graph's counts (those of `kg stats`) and the IRIs of its named graphs."""
        version, _ = self.current()
        with self._lock:
            if self._profile is not None and self._profile[0] == version:
                return self._profile[1], self._profile[2]
        store = load_store(self.path)  # counted from the RDF itself, as `kg stats` counts it
        profile = profile_triples(distinct_triples(store))
        graphs = tuple(sorted(g.value for g in store.named_graphs() if isinstance(g, ox.NamedNode)))
        del store
        with self._lock:
            self._profile = (version, profile, graphs)
        return profile, graphs
