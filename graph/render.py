"""Render stage: networkx MultiDiGraph (build contract) -> one self-contained interactive HTML page (and entity pages)."""

from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path

import networkx as nx
import pyvis
from jinja2 import Environment, FileSystemLoader, select_autoescape
from pyvis.edge import Edge
from pyvis.node import Node

from .display import figure_period, figure_value
from .model import ENTITY_TYPES, RELATIONS

__all__ = ["render_html", "render_entity_page", "DEFAULT_MAX_NODES", "TYPE_STYLES", "RELATION_COLORS", "VIS_JS_PATH"]

TEMPLATES = Path(__file__).parent / "templates"
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
LAYOUT_SEED = 7
#: Entity and article nodes in the starting picture (the physics layout stalls past ~1.5k nodes).
DEFAULT_MAX_NODES = 300
STABILIZATION_ITERATIONS = 200


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


def _vis_node(node_id: str, shape: str, label: str, **options) -> dict:
    # pyvis computes the vis.js option dict; Network.add_node is avoided because it scans a list per call.
    return Node(node_id, shape, label=label, **options).options


def _vis_edge(source: str, target: str, **options) -> dict:
    return Edge(source, target, directed=True, **options).options


def _payload(g: nx.MultiDiGraph, max_nodes: int) -> dict:
    kinds = {n: d.get("kind") for n, d in g.nodes(data=True)}
    degree = {n: 0 for n in g}
    rel_degree = {n: 0 for n in g}
    for u, v, k in g.edges(keys=True):
        if kinds.get(u) not in DRAWN or kinds.get(v) not in DRAWN:
            continue
        degree[u] += 1
        degree[v] += 1
        if k not in STRUCTURAL:
            rel_degree[u] += 1
            rel_degree[v] += 1

    nodes, info = [], {}
    type_counts = {t: 0 for t in ENTITY_TYPES}
    for n in sorted(g):
        d = g.nodes[n]
        kind = kinds[n]
        if kind == "entity":
            typ = str(d.get("type") or "Other")
            type_counts[typ] = type_counts.get(typ, 0) + 1
            label = str(d.get("label") or n)
            aliases = sorted({str(a.get("text")) for a in d.get("aliases") or () if a.get("text")} - {label})
            title = f"{typ}: {label}" + (f"\nalso: {'; '.join(aliases[:5])}" if aliases else "")
            title += f"\n{len(d.get('articles') or ())} article(s), {rel_degree[n]} relation(s)"
            shape = TYPE_STYLES.get(typ, OTHER_STYLE)[1]
            nodes.append(_vis_node(n, shape, _short(label), group=f"entity:{typ}", size=_size(degree[n]), title=title))
            info[n] = {"kind": "entity", "type": typ, "label": label, "aliases": aliases,
                       "articles": list(d.get("articles") or ()), "degree": degree[n]}
        elif kind == "article":
            headline = str(d.get("headline") or d.get("label") or d.get("source") or n)
            source = str(d.get("source") or "")
            nodes.append(_vis_node(n, ARTICLE_STYLE[1], _short(headline, 28), group="article", size=_size(degree[n]),
                                   title=f"Article: {headline}" + (f"\n{source}" if source else "")))
            info[n] = {"kind": "article", "label": headline, "headline": headline, "source": source,
                       "url": d.get("url"), "date": d.get("date"), "byline": d.get("byline"), "degree": degree[n]}
        elif kind == "quotation":
            text = str(d.get("text") or "")
            nodes.append(_vis_node(n, QUOTATION_STYLE[1], "\u201c" + _short(text, 28) + "\u201d", group="quotation",
                                   title=f"\u201c{text}\u201d"))
            info[n] = {"kind": "quotation", "label": _short(text, 60), "text": text, "article": d.get("article"),
                       "speaker": d.get("speaker"), "verb": d.get("verb"), "evidence": _evidence(d.get("evidence"))}
        # nodes of other kinds are outside the contract and are left out of the page

    edges, edge_info, edge_styles = [], {}, {}
    pair_count: dict[tuple[str, str], int] = {}
    rel_counts: dict[str, int] = {}
    for u, v, k, d in sorted(g.edges(keys=True, data=True), key=lambda e: (e[0], str(e[2]), e[1])):
        if u not in info or v not in info:
            continue
        k = str(k)
        eid = f"{u}|{k}|{v}"
        label = str(d.get("label") or k)
        if k not in edge_styles:
            edge_styles[k] = _edge_style(k)
        if k == "mentions":
            count = int(d.get("count") or 1)
            edges.append(_vis_edge(u, v, id=eid, style=k, title=f"mentions ({count}x)"))
            edge_info[eid] = {"kind": "mentions", "from": u, "to": v, "count": count}
            continue
        if k in ("spokenBy", "isPartOf"):
            edges.append(_vis_edge(u, v, id=eid, style=k, title=label))
            edge_info[eid] = {"kind": k, "from": u, "to": v}
            continue
        evidence = _evidence(d.get("evidence"))
        roles = [str(r) for r in d.get("roles") or ()]
        rel_counts[k] = rel_counts.get(k, 0) + 1
        pair = (min(u, v), max(u, v))
        nth = pair_count.get(pair, 0)
        pair_count[pair] = nth + 1
        extra = {}
        if nth:  # parallel edges between the same two nodes curve apart instead of overlapping
            extra["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": round(0.15 * nth, 2)}
        shown = label + (f" ({', '.join(roles)})" if roles else "")
        title = f"{info[u]['label']} \u2014 {shown} \u2192 {info[v]['label']}\n{len(evidence)} evidence sentence(s)"
        edges.append(_vis_edge(u, v, id=eid, style=k, label=_short(shown, 30), title=title,
                               width=round(1.5 + min(len(evidence), 6) * 0.5, 1), **extra))
        # the articles it was read in stay in the page's structure: the date filter and the timeline need no evidence
        edge_info[eid] = {"kind": "relation", "from": u, "to": v, "predicate": k, "label": label,
                          "roles": roles, "evidence": evidence,
                          "articles": sorted({str(r["article"]) for r in evidence if r.get("article") in info})}

    # the physics layout only ever sees the best-connected nodes; the rest are reached through search
    ranked = sorted(
        (n for n in info if info[n]["kind"] in ("entity", "article")),
        key=lambda n: (-rel_degree[n], info[n]["kind"] != "entity", -degree[n], n),
    )
    initial = sorted(ranked[: max(0, max_nodes)])

    order = [p for p in list(RELATIONS) + ["sameAs"] if p in rel_counts] + sorted(
        p for p in rel_counts if p not in RELATIONS and p != "sameAs")
    relation_labels = dict(RELATIONS, sameAs="same as")
    legend_types = [{"type": t, "color": TYPE_STYLES.get(t, OTHER_STYLE)[0], "shape": TYPE_STYLES.get(t, OTHER_STYLE)[1],
                     "count": type_counts[t]} for t in list(ENTITY_TYPES) + sorted(set(type_counts) - set(ENTITY_TYPES))]
    figures, groups = _figures(g, info)
    return {
        "nodes": nodes,
        "edges": edges,
        "info": info,
        "edgeInfo": edge_info,
        "figures": figures,
        "figureGroups": groups,
        "initial": initial,
        "legend": {
            "types": legend_types,
            "article": {"color": ARTICLE_STYLE[0], "shape": ARTICLE_STYLE[1]},
            "quotation": {"color": QUOTATION_STYLE[0], "shape": QUOTATION_STYLE[1]},
            "relations": [{"predicate": p, "label": relation_labels.get(p, p),
                           "color": RELATION_COLORS.get(p, OTHER_RELATION_COLOR), "count": rel_counts[p]} for p in order],
        },
        "edgeStyles": edge_styles,
        "options": _vis_options(len(initial), type_counts),
        # ids merged into another entity by a later build (graph.identity): #entity/<old id> selects the survivor
        **({"retired": dict(sorted(g.graph["retired"].items()))} if g.graph.get("retired") else {}),
    }


def _figures(g: nx.MultiDiGraph, info: dict) -> tuple[dict, dict]:
    """Figures and figure groups for the panel: who states which figure, on whose authority, and conflicts."""
    def known(node):
        return node if node in info else None

    figures, groups = {}, {}
    for n in sorted(g):
        d = g.nodes[n]
        if d.get("kind") == "figure":
            figures[n] = {
                "text": str(d.get("text") or ""),
                "start": d.get("start"),
                "display": str(d.get("display") or ""),
                "value": figure_value(d),  # the page shows these two as they are: one formatter, in display.py
                "periodShown": figure_period(d) or "no period given",
                "qualifier": d.get("qualifier"),
                "unit": d.get("unit"),
                "measure": str(d.get("measure") or ""),
                "per": d.get("per"),
                "change": bool(d.get("change")),
                "period": d.get("period"),
                "periodText": d.get("period_text"),
                "article": known(d.get("article")),
                "statedBy": known(d.get("stated_by")),
                "quoted": bool(d.get("quoted")),
                "source": known(d.get("source")),
                "subjects": [s for s in d.get("subjects") or () if s in info],
                "shareOf": d.get("share_of"),
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


def _vis_options(n_nodes: int, types) -> dict:
    return {
        "groups": _groups(types),
        "autoResize": True,
        "layout": {"randomSeed": LAYOUT_SEED, "improvedLayout": n_nodes <= 100},
        "physics": {
            "enabled": True,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -60, "centralGravity": 0.012, "springLength": 130,
                                 "springConstant": 0.06, "damping": 0.5, "avoidOverlap": 0.4},
            "stabilization": {"enabled": True, "iterations": STABILIZATION_ITERATIONS, "updateInterval": 50,
                              "fit": True},
        },
        "interaction": {"hover": True, "tooltipDelay": 150, "navigationButtons": False, "keyboard": False,
                        "multiselect": False},
        "nodes": {"borderWidth": 1, "borderWidthSelected": 3},
        "edges": {"selectionWidth": 2, "hoverWidth": 1, "smooth": False,
                  "arrows": {"to": {"enabled": True, "scaleFactor": 0.7}}},
    }


@lru_cache(maxsize=1)
def _environment() -> Environment:
    return Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(default=True),
                       keep_trailing_newline=True)


def render_html(g: nx.MultiDiGraph, *, max_nodes: int = DEFAULT_MAX_NODES, title: str = "News knowledge graph",
                server: dict | None = None) -> str:
    """The graph as one HTML page that works offline: same graph, same bytes.

    At most ``max_nodes`` entity and article nodes enter the initial layout (ranked by relation
    degree); every other node is reachable through the search box, which adds it with its neighbours.

    ``server`` is for the page `kg serve` shows: {"endpoint": SPARQL endpoint path, "entityBase":
    prefix of entity page URLs, "idBase": the namespace of the graph's IRIs, "queries": [{"name",
    "title", "text"}]}. It adds the SPARQL box and
    entity page links, and lets the page (only) fetch from its own origin.
    """
    if max_nodes < 1:
        raise ValueError(f"max_nodes must be at least 1, got {max_nodes}")
    template = _environment().get_template("page.html")
    extra = {}
    if server is not None:
        extra = {
            "server": _script_json(_displayable(server)),
            "server_endpoint": str(server.get("endpoint", "/sparql")),
            "query_js": _inline_js(_static("query.js")),
        }
    return template.render(
        title=_displayable(str(title)),
        data=_script_json(_displayable(_payload(g, max_nodes))),
        vis_js=_static("vis"),
        app_js=_static("app.js"),
        app_css=_static("app.css") + _static("evidence.css"),
        **extra,
    )


def render_entity_page(record: dict, *, title: str = "News knowledge graph", network_url: str = "/") -> str:
    """One entity's page (a `browse.entity_record`): aliases, relations in and out with their
    evidence, quotations. Every text from the articles is escaped."""
    template = _environment().get_template("entity.html")
    return template.render(e=_displayable(record), title=_displayable(str(title)), css=_static("entity.css") + _static("evidence.css"),
                           network_url=network_url, colors=RELATION_COLORS,
                           type_color=TYPE_STYLES.get(record.get("type"), OTHER_STYLE)[0])
