"""Render stage: networkx MultiDiGraph (build contract) -> the interactive HTML page with its record files (and entity pages)."""

from __future__ import annotations

import hashlib
import json
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import networkx as nx
import pyvis
from jinja2 import Environment, FileSystemLoader, select_autoescape

from ..display import figure_period, figure_value
from .layout import LAYOUT_SEED, Box, layout
from ..model import ENTITY_TYPES, RELATIONS

__all__ = ["Page", "render_page", "render_html", "render_entity_page", "INLINE_LIMIT", "CHUNK_BYTES", "FILES_DIR", "DEFAULT_MAX_NODES", "TYPE_STYLES", "RELATION_COLORS", "VIS_JS_PATH"]

TEMPLATES = Path(__file__).parent.parent / "templates"
#: The vis-network build that ships inside pyvis; inlined so the page needs no network.
VIS_JS_PATH = Path(pyvis.__file__).parent / "lib" / "vis-9.1.2" / "vis-network.min.js"

#: Colour and vis.js shape per entity type (colour-blind-safe Tableau 10 colours).
TYPE_STYLES = {
    "Person": ("#4e79a7", "dot"),
    "Organization": ("#f28e2b", "square"),
    "Product": ("#59a14f", "triangle"),
    "Place": ("#76b7b2", "diamond"),
    "Legislation": ("#b07aa1", "triangleDown"),
    "Event": ("#d4a017", "star"),
}
OTHER_STYLE = ("#9c9c9c", "dot")
ARTICLE_STYLE = ("#8c8c8c", "hexagon")
QUOTATION_STYLE = ("#fff4c2", "box")

RELATION_COLORS = {
    "criticises": "#d62728",
    "reportsTo": "#1f77b4",
    "cites": "#7f7f7f",
    "worksFor": "#2ca02c",
    "owns": "#9467bd",
    "callsOn": "#ff7f0e",
    "partnersWith": "#17becf",
    "sameAs": "#bcbd22",
}
OTHER_RELATION_COLOR = "#555555"
MENTIONS_COLOR = "#cfcfcf"
QUOTE_EDGE_COLOR = "#c9b458"

#: Edge keys that are not drawn as relations (mentions has its own toggle, the rest belong to quotations).
STRUCTURAL = {"mentions", "spokenBy", "isPartOf"}
#: Node kinds drawn in the network; figures and their groups are shown in the panel instead.
DRAWN = {"entity", "article", "quotation"}
LABEL_CHARS = 36
#: Entity and article nodes in the starting picture (the physics layout stalls past ~1.5k nodes).
DEFAULT_MAX_NODES = 300
#: Records (evidence, quotation texts, figures) stay inside the page while they come to less than
#: this many bytes: the seeds need about 0.2 MB, so their page is one file; a larger graph gets
#: files of about CHUNK_BYTES beside the page, in FILES_DIR, loaded when a panel needs them.
INLINE_LIMIT = 512 * 1024
CHUNK_BYTES = 1024 * 1024
#: A panel's lists show this many items before "show all" (app.js's LIST_CAP); an entity's record
#: larger than CHUNK_BYTES (a hub's) is sent first as a head holding what those show.
PANEL_ITEMS = 60
FILES_DIR = "graph_files"


#: Explicit bidi embeddings, overrides and isolates: in article text they can make a sentence
#: display in a different order than it reads ("Trojan Source"), so the page shows U+FFFD instead.
BIDI_CONTROLS = {c: "\ufffd" for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))}


def _displayable(obj):
    """The payload with every string cleared of bidi controls (dict keys included)."""
    if isinstance(obj, str):
        return obj.translate(BIDI_CONTROLS)
    if isinstance(obj, dict):
        return {_displayable(k): _displayable(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_displayable(v) for v in obj]
    return obj


def _script_json(data) -> str:
    """JSON that is safe inside <script type="application/json">: no '<', '>', '&', U+2028/2029 left raw."""
    text = json.dumps(data, sort_keys=True, ensure_ascii=True, separators=(",", ":"), allow_nan=False)
    for raw, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(raw, escaped)
    return text


#: A bidi control as `_script_json` writes it (ensure_ascii: every one of them comes out escaped so)
_BIDI_ESCAPED = re.compile(r"\\u20(?:2[a-e]|6[6-9])")


def _display_json(data) -> str:
    """``_script_json(_displayable(data))``. Most payloads hold no bidi control, and then clearing
    them changes nothing: the JSON is made directly, and again from the cleared payload only
    when an escaped bidi control shows in it."""
    text = _script_json(data)
    if _BIDI_ESCAPED.search(text):
        text = _script_json(_displayable(data))
    return text


def _inline_js(source: str) -> str:
    """Make a script safe to inline: nothing in it may close the <script> element early."""
    return source.replace("</script", "<\\/script").replace("</SCRIPT", "<\\/SCRIPT")


@lru_cache(maxsize=None)
def _static(name: str) -> str:
    if name == "vis":
        if not VIS_JS_PATH.is_file():
            raise FileNotFoundError(
                f"vis-network not found at {VIS_JS_PATH}: reinstall pyvis==0.3.2 (pip install --force-reinstall pyvis==0.3.2)"
            )
        return _inline_js(VIS_JS_PATH.read_text(encoding="utf-8"))
    return (TEMPLATES / name).read_text(encoding="utf-8")


def _short(text: str, limit: int = LABEL_CHARS) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


def _evidence(records) -> list[dict]:
    """Evidence records for the panel, with the sentence pre-split around its cue.

    The split happens here because cue offsets count Python code points, which JavaScript
    strings (UTF-16) would miscount after any character outside the BMP.
    """
    out = []
    for r in records or ():
        sentence = str(r.get("sentence") or "")
        start, cs, ce = r.get("start"), r.get("cue_start"), r.get("cue_end")
        parts = [sentence, "", ""]
        if isinstance(start, int) and isinstance(cs, int) and isinstance(ce, int):
            a, b = cs - start, ce - start
            if 0 <= a < b <= len(sentence):
                parts = [sentence[:a], sentence[a:b], sentence[b:]]
        conf = r.get("confidence")
        out.append({
            "article": r.get("article"),
            "text": parts,
            "rule": r.get("rule"),
            "confidence": round(float(conf), 3) if conf is not None and math.isfinite(float(conf)) else None,
        })
    return out


def _node_color(fill: str) -> dict:
    return {
        "background": fill,
        "border": "#333333",
        "highlight": {"background": fill, "border": "#000000"},
        "hover": {"background": fill, "border": "#000000"},
    }


def _size(degree: int) -> float:
    return round(8 + 4 * math.log2(1 + degree), 1)


def _label_box(kind: str, label: str, degree: int) -> Box:
    """How much room vis-network gives a node: its shape, and its label under it (inside, for a quotation).

    Widths are estimated from the label's length at the page's font sizes, on the generous side
    (a wide glyph is about 0.62 em), so boxes that keep apart here keep apart on the screen.
    """
    if kind == "quotation":
        return Box(len(label) * 11 * 0.62 / 2 + 8, 14, 14, kind, label)
    font = 12 if kind == "article" else 14
    text = _short(label, 28 if kind == "article" else LABEL_CHARS)
    radius = _size(degree)
    return Box(max(radius, len(text) * font * 0.62 / 2 + 4), radius + 2, radius + 12 + font * 1.15, kind, label)


def _edge_id(u: str, k: str, v: str) -> str:
    return f"{u}|{k}|{v}"


def _quotation_name(node: str, article: str | None) -> str:
    """A quotation's id without what its article's id says: "quotation/<article part>/1158" -> "1158".

    Anything else is kept whole (the page tells the two apart by the "quotation/" prefix); at 64,000
    quotations the shared part is 2.5 MB of the page.
    """
    if article and article.startswith("article/"):
        prefix = "quotation/" + article[len("article/"):] + "/"
        rest = node[len(prefix):]
        if node.startswith(prefix) and rest and not rest.startswith("quotation/"):
            return rest
    return node


class _Structure:
    """What the page holds from the start, and the records it loads on demand.

    The structure (entities, articles, quotations, relations, labels, counts, the starting
    picture and its positions) refers to nodes by their index in ``ids``. Records hold what a
    panel shows of a node and nothing else needs: evidence sentences, quotation texts, figures.
    """

    def __init__(self, g: nx.MultiDiGraph, max_nodes: int) -> None:
        self.g = g
        kinds = {n: d.get("kind") for n, d in g.nodes(data=True)}
        # entities and articles are numbered; quotations are named through their article (see data())
        self.ids = sorted(n for n in g if kinds[n] in ("entity", "article"))
        self.quotes = sorted(n for n in g if kinds[n] == "quotation")
        self.index = {n: i for i, n in enumerate(self.ids)}
        drawn = {n for n in g if kinds[n] in DRAWN}
        degree = {n: 0 for n in drawn}
        rel_degree = {n: 0 for n in drawn}
        for u, v, k in g.edges(keys=True):
            if u not in drawn or v not in drawn:
                continue
            degree[u] += 1
            degree[v] += 1
            if k not in STRUCTURAL:
                rel_degree[u] += 1
                rel_degree[v] += 1
        self.degree, self.rel_degree = degree, rel_degree
        self.relations: list[tuple[str, str, str, dict]] = sorted(
            ((u, v, str(k), d) for u, v, k, d in g.edges(keys=True, data=True)
             if u in self.index and v in self.index and str(k) not in STRUCTURAL),
            key=lambda e: (e[0], e[2], e[1]))
        self.mentions: dict[str, list[tuple[str, int]]] = {}
        for u, v, k, d in g.edges(keys=True, data=True):
            if k == "mentions" and u in self.index and v in self.index:
                self.mentions.setdefault(v, []).append((u, int(d.get("count") or 1)))
        ranked = sorted(
            (n for n in self.ids if kinds[n] in ("entity", "article")),
            key=lambda n: (-rel_degree[n], kinds[n] != "entity", -degree[n], n),
        )
        self.initial = sorted(ranked[: max(0, max_nodes)])

    def label(self, n: str) -> str:
        d = self.g.nodes[n]
        kind = d.get("kind")
        if kind == "entity":
            return str(d.get("label") or n)
        if kind == "article":
            return str(d.get("headline") or d.get("label") or d.get("source") or n)
        return "\u201c" + _short(str(d.get("text") or ""), 28) + "\u201d"

    def start_picture(self) -> tuple[list[str], list[tuple[str, str]]]:
        """The nodes and relation edges the page first draws (as its filters start: everything on)."""
        initial = set(self.initial)
        kinds = {n: self.g.nodes[n].get("kind") for n in initial}
        edges = [(u, v) for u, v, _, _ in self.relations if u in initial and v in initial]
        nodes = {n for n in initial if kinds[n] == "entity"} | {n for e in edges for n in e}
        return sorted(nodes), edges

    def positions(self) -> list[list[int]]:
        nodes, edges = self.start_picture()
        boxes = {n: _label_box(self.g.nodes[n].get("kind"), self.label(n), self.degree[n]) for n in nodes}
        for n in nodes:
            d = self.g.nodes[n]
            boxes[n] = boxes[n]._replace(kind=str(d.get("type") or d.get("kind")))
        placed = layout(boxes, edges)
        return [[self.index[n], x, y] for n, (x, y) in placed.items()]

    def data(self) -> dict:
        g, ix = self.g, self.index
        entities, articles, quotations = [], [], []
        type_counts = {t: 0 for t in ENTITY_TYPES}
        for n in self.ids + self.quotes:
            d = g.nodes[n]
            kind = d.get("kind")
            if kind == "entity":
                typ = str(d.get("type") or "Other")
                type_counts[typ] = type_counts.get(typ, 0) + 1
                label = self.label(n)
                aliases = sorted({str(a.get("text")) for a in d.get("aliases") or () if a.get("text")} - {label})
                counts = dict(self.mentions.get(n, ()))
                arts = [a for a in d.get("articles") or () if a in ix]
                entities.append([ix[n], typ, label, aliases, [ix[a] for a in arts], [counts.get(a, 0) for a in arts],
                                 self.degree[n], self.rel_degree[n]])
            elif kind == "article":
                articles.append([ix[n], self.label(n), str(d.get("source") or ""), d.get("date"), d.get("url"),
                                 d.get("byline"), self.degree[n]])
            else:
                speaker, article = d.get("speaker"), d.get("article")
                quotations.append([ix.get(article, -1), _quotation_name(n, article if article in ix else None),
                                   ix.get(speaker, -1), d.get("verb"), self.label(n)])
        relations, rel_counts = [], {}
        pair_count: dict[tuple[str, str], int] = {}
        for u, v, k, d in self.relations:
            rel_counts[k] = rel_counts.get(k, 0) + 1
            pair = (min(u, v), max(u, v))
            nth = pair_count.get(pair, 0)  # parallel edges between two nodes curve apart, by this number
            pair_count[pair] = nth + 1
            evidence = d.get("evidence") or ()
            # the articles it was read in stay in the structure: the date filter and the timeline need no evidence
            read_in = sorted({ix[r["article"]] for r in evidence if r.get("article") in ix})
            relations.append([ix[u], ix[v], k, str(d.get("label") or k), [str(r) for r in d.get("roles") or ()],
                              read_in, len(evidence), nth])
        order = [p for p in list(RELATIONS) + ["sameAs"] if p in rel_counts] + sorted(
            p for p in rel_counts if p not in RELATIONS and p != "sameAs")
        relation_labels = dict(RELATIONS, sameAs="same as")
        legend_types = [{"type": t, "color": TYPE_STYLES.get(t, OTHER_STYLE)[0], "shape": TYPE_STYLES.get(t, OTHER_STYLE)[1],
                         "count": type_counts[t]} for t in list(ENTITY_TYPES) + sorted(set(type_counts) - set(ENTITY_TYPES))]
        groups = [n for n, d in g.nodes(data=True) if d.get("kind") == "figure_group"]
        keys = sorted({"mentions", "spokenBy", "isPartOf"} | set(rel_counts))
        return {
            "ids": self.ids,
            "entities": entities,
            "articles": articles,
            "quotations": quotations,
            "relations": relations,
            "initial": [ix[n] for n in self.initial],
            "positions": self.positions(),
            "figureCount": sum(1 for _, d in g.nodes(data=True) if d.get("kind") == "figure"),
            "conflictCount": sum(1 for n in groups if g.nodes[n].get("status") == "conflicting"),
            "groupCount": len(groups),
            "legend": {
                "types": legend_types,
                "article": {"color": ARTICLE_STYLE[0], "shape": ARTICLE_STYLE[1]},
                "quotation": {"color": QUOTATION_STYLE[0], "shape": QUOTATION_STYLE[1]},
                "relations": [{"predicate": p, "label": relation_labels.get(p, p),
                               "color": RELATION_COLORS.get(p, OTHER_RELATION_COLOR), "count": rel_counts[p]} for p in order],
            },
            "edgeStyles": {k: _edge_style(k) for k in keys},
            "options": _vis_options(type_counts),
            "labelChars": LABEL_CHARS,
            # ids merged into another entity by a later build (graph.building.identity): #entity/<old id> selects the survivor
            **({"retired": dict(sorted(g.graph["retired"].items()))} if g.graph.get("retired") else {}),
        }

    def records(self) -> list[tuple[int, dict]]:
        """(node index, record) for every entity and article with something to show, in index order,
        then the figure groups as one record (index ``len(ids)``)."""
        g, ix = self.g, self.index
        out: dict[str, dict] = {}

        def add(node, part, key, value):
            if node in ix:
                out.setdefault(node, {}).setdefault(part, {})[key] = value

        for u, v, k, d in self.relations:
            evidence = _evidence(d.get("evidence"))
            eid = _edge_id(u, k, v)
            add(u, "rel", eid, evidence)
            add(v, "rel", eid, evidence)
        for n in self.quotes:
            d = g.nodes[n]
            quote = {"text": str(d.get("text") or ""), "evidence": _evidence(d.get("evidence"))}
            add(d.get("speaker"), "quotes", n, quote)
            add(d.get("article"), "quotes", n, quote)
        figures, groups = _figures(g, ix)
        for fid, f in figures.items():
            for node in dict.fromkeys([f["statedBy"], f["source"], *f["subjects"], f["article"]]):
                add(node, "figures", fid, f)
        ordered = sorted(((ix[n], r) for n, r in out.items()), key=lambda t: t[0])
        members = sorted({m for grp in groups.values() for m in grp["members"] if m in figures})
        ordered.append((len(self.ids), {"groups": groups, "figures": {m: figures[m] for m in members}}))
        return ordered


def _figures(g: nx.MultiDiGraph, index: dict) -> tuple[dict, dict]:
    """Figures and figure groups for the panel: who states which figure, on whose authority, and conflicts."""
    def known(node):
        return node if node in index else None

    figures, groups = {}, {}
    for n in sorted(g):
        d = g.nodes[n]
        if d.get("kind") == "figure":
            share = g.nodes[d["share_of"]] if d.get("share_of") in g else None
            figures[n] = {
                "text": str(d.get("text") or ""),
                "start": d.get("start"),
                "display": str(d.get("display") or ""),
                "value": figure_value(d),  # the page shows these two as they are: one formatter, in display.py
                "periodShown": figure_period(d) or "no period given",
                "measure": str(d.get("measure") or ""),
                "article": known(d.get("article")),
                "statedBy": known(d.get("stated_by")),
                "quoted": bool(d.get("quoted")),
                "source": known(d.get("source")),
                "subjects": [s for s in d.get("subjects") or () if s in index],
                "shareOf": str(share.get("display") or "") if share is not None else None,
                "group": d.get("group"),
                "status": d.get("status"),
                "evidence": _evidence(d.get("evidence")),
            }
        elif d.get("kind") == "figure_group":
            groups[n] = {
                "label": str(d.get("label") or ""),
                "status": d.get("status"),
                "members": list(d.get("members") or ()),
                "conflicts": [[str(a), str(b), str(r)] for a, b, r in d.get("conflicts") or ()],
            }
    return figures, groups


def _groups(types) -> dict:
    """vis.js node groups: the colours and fonts shared by every node of a type."""
    font = {"size": 14, "strokeWidth": 3, "strokeColor": "#ffffff"}
    groups = {f"entity:{t}": {"color": _node_color(TYPE_STYLES.get(t, OTHER_STYLE)[0]), "font": font} for t in types}
    groups["article"] = {"color": _node_color(ARTICLE_STYLE[0]),
                         "font": {"size": 12, "color": "#444444", "strokeWidth": 3, "strokeColor": "#ffffff"}}
    groups["quotation"] = {"color": _node_color(QUOTATION_STYLE[0]), "font": {"size": 11, "color": "#5a4a00"},
                           "margin": 6}
    return groups


def _edge_style(key: str) -> dict:
    """Options shared by every edge of one key; the page merges them into each edge (vis has no edge groups)."""
    if key == "mentions":
        return {"color": {"color": MENTIONS_COLOR, "opacity": 0.6}, "dashes": True, "width": 1,
                "arrows": {"to": {"enabled": True, "scaleFactor": 0.4}}}
    if key in ("spokenBy", "isPartOf"):
        return {"color": {"color": QUOTE_EDGE_COLOR}, "dashes": [2, 4], "width": 1,
                "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}}}
    color = RELATION_COLORS.get(key, OTHER_RELATION_COLOR)
    return {"color": {"color": color, "highlight": color, "hover": color}, "dashes": key == "sameAs",
            "font": {"size": 12, "color": color, "strokeWidth": 3, "strokeColor": "#ffffff", "align": "horizontal"}}


def _vis_options(types) -> dict:
    # physics stays off: the starting picture comes placed (graph.using.layout), nodes added later are put
    # next to their neighbours by the page, so nothing ever moves on its own
    return {
        "groups": _groups(types),
        "autoResize": True,
        "layout": {"randomSeed": LAYOUT_SEED, "improvedLayout": False},
        "physics": {"enabled": False},
        "interaction": {"hover": True, "tooltipDelay": 150, "navigationButtons": False, "keyboard": False,
                        "multiselect": False, "hideEdgesOnDrag": False},
        "nodes": {"borderWidth": 1, "borderWidthSelected": 3},
        "edges": {"selectionWidth": 2, "hoverWidth": 1, "smooth": False,
                  "arrows": {"to": {"enabled": True, "scaleFactor": 0.7}}},
    }


@lru_cache(maxsize=1)
def _environment() -> Environment:
    return Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(default=True),
                       keep_trailing_newline=True)


@dataclass(frozen=True)
class Page:
    """The network page and the files it loads records from (none when they are inline)."""

    html: str
    files: dict[str, bytes] = field(default_factory=dict)  # path beside the page -> bytes


def _json_object(items: list[tuple[int, str]]) -> str:
    return "{" + ",".join(f'"{k}":{v}' for k, v in items) + "}"


def _head(structure: "_Structure", index: int, record: dict) -> dict:
    """What an entity's panel shows first of a large record: the evidence of its first PANEL_ITEMS
    relations out and in, its first PANEL_ITEMS quotations and figures of each kind, in the page's orders."""
    node = structure.ids[index]
    rel, quotes, figs = record.get("rel") or {}, record.get("quotes") or {}, record.get("figures") or {}
    out_ids = [_edge_id(u, k, v) for u, v, k, _ in structure.relations if u == node][:PANEL_ITEMS]
    in_ids = [_edge_id(u, k, v) for u, v, k, _ in structure.relations if v == node][:PANEL_ITEMS]
    head: dict = {"partial": True, "rel": {e: rel[e] for e in out_ids + in_ids if e in rel}}
    spoken = sorted(q for q in quotes if structure.g.nodes[q].get("speaker") == node)[:PANEL_ITEMS]
    head["quotes"] = {q: quotes[q] for q in spoken}
    kinds: dict[str, list[str]] = {"stated": [], "cited": [], "about": []}
    for fid in sorted(figs, key=lambda f: (figs[f]["article"] or "", figs[f]["start"] or 0, f)):
        f = figs[fid]
        kind = "stated" if f["statedBy"] == node else "cited" if f["source"] == node else "about"
        kinds[kind].append(fid)
    head["figures"] = {fid: figs[fid] for kind in kinds.values() for fid in kind[:PANEL_ITEMS]}
    return head


def _chunks(records: list[tuple[int, str]], chunk_bytes: int,
            whole: list[tuple[int, str]] = ()) -> tuple[dict, dict[str, bytes]]:
    """Records in files of about ``chunk_bytes``, each a script that hands its records to the page;
    then ``whole``: the full records of those sent as heads, a file each.

    A file's name carries a hash of what it holds, so a page never mixes in the files of another build.
    """
    groups: list[list[tuple[int, str]]] = []
    size = chunk_bytes
    for index, text in records:
        # a record as large as a file (a hub's) gets a file of its own: the others never wait for it
        if size >= chunk_bytes or (len(text) >= chunk_bytes and groups and groups[-1]):
            groups.append([])
            size = 0
        groups[-1].append((index, text))
        size += len(text)
    starts = [group[0][0] for group in groups]
    full = {}
    for index, text in whole:
        full[str(index)] = len(groups)
        groups.append([(index, text)])
    names, files = [], {}
    for number, group in enumerate(groups):
        body = _json_object(group)
        name = f"records-{number:04d}-{hashlib.sha256(body.encode('utf-8')).hexdigest()[:12]}.js"
        names.append(name)
        files[f"{FILES_DIR}/{name}"] = f"kgRecords({number},{body});\n".encode("utf-8")
    return {"base": FILES_DIR + "/", "files": names, "starts": starts, "full": full}, files


def render_page(g: nx.MultiDiGraph, *, max_nodes: int = DEFAULT_MAX_NODES, title: str = "News knowledge graph",
                server: dict | None = None, inline_limit: int | None = INLINE_LIMIT,
                chunk_bytes: int = CHUNK_BYTES) -> Page:
    """The graph as a page that works offline, from a file or served: same graph, same bytes.

    The page holds the structure: every entity, article, quotation and relation with its labels,
    counts and the articles of its evidence, the search index and the starting picture, placed by
    `graph.using.layout`. What a panel shows beyond that (evidence sentences, quotation texts, figures)
    are records, one per entity or article: inline while they come to less than ``inline_limit``
    bytes (None: always), else in script files of about ``chunk_bytes`` in ``graph_files/`` beside
    the page, loaded when a panel needs them (a script, not fetch, so that file:// works too).

    At most ``max_nodes`` entity and article nodes enter the starting picture (ranked by relation
    degree); every other node is reachable through the search box, which adds it with its neighbours.

    ``server`` is for the page `kg serve` shows: {"endpoint": SPARQL endpoint path, "entityBase":
    prefix of entity page URLs, "idBase": the namespace of the graph's IRIs, "queries": [{"name",
    "title", "text"}]}. It adds the SPARQL box and
    entity page links, and lets the page (only) fetch from its own origin.
    """
    if max_nodes < 1:
        raise ValueError(f"max_nodes must be at least 1, got {max_nodes}")
    structure = _Structure(g, max_nodes)
    data = structure.data()
    made = structure.records()
    records = [(index, _display_json(record)) for index, record in made]
    files: dict[str, bytes] = {}
    inline = ""
    if inline_limit is None or sum(len(text) for _, text in records) < inline_limit:
        data["chunks"] = None
        inline = _json_object(records)
    else:
        # an entity's record larger than a file goes first as a head (what its panel shows first), whole after
        kinds = {i: g.nodes[structure.ids[i]].get("kind") if i < len(structure.ids) else None for i, _ in made}
        big = {i for i, text in records if len(text) >= chunk_bytes and kinds[i] == "entity"}
        heads = [(i, _display_json(_head(structure, i, r))) if i in big else (i, text)
                 for (i, r), (_, text) in zip(made, records)]
        data["chunks"], files = _chunks(heads, chunk_bytes, [(i, text) for i, text in records if i in big])
    template = _environment().get_template("page.html")
    extra = {}
    if server is not None:
        extra = {
            "server": _display_json(server),
            "server_endpoint": str(server.get("endpoint", "/sparql")),
            "query_js": _inline_js(_static("query.js")),
        }
    html = template.render(
        title=_displayable(str(title)),
        data=_display_json(data),
        records=inline,
        chunked=bool(files),
        vis_js=_static("vis"),
        app_js=_static("app.js"),
        app_css=_static("app.css") + _static("evidence.css"),
        **extra,
    )
    return Page(html, files)


def render_html(g: nx.MultiDiGraph, *, max_nodes: int = DEFAULT_MAX_NODES, title: str = "News knowledge graph",
                server: dict | None = None) -> str:
    """The graph as one self-contained HTML page, records inline whatever their size (see `render_page`)."""
    return render_page(g, max_nodes=max_nodes, title=title, server=server, inline_limit=None).html


def render_entity_page(record: dict, *, title: str = "News knowledge graph", network_url: str = "/") -> str:
    """One entity's page (a `browse.entity_record`): aliases, relations in and out with their
    evidence, quotations. Every text from the articles is escaped."""
    template = _environment().get_template("entity.html")
    return template.render(e=_displayable(record), title=_displayable(str(title)), css=_static("entity.css") + _static("evidence.css"),
                           network_url=network_url, colors=RELATION_COLORS,
                           type_color=TYPE_STYLES.get(record.get("type"), OTHER_STYLE)[0])
