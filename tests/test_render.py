"""Render stage: graph -> HTML string (no browser: structure, escaping, determinism, the node cap)."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx
import pytest

from conftest import HOSTILE, _sample
from graph.building.build import build_graph
from graph.using.render import RELATION_COLORS, TYPE_STYLES, render_html


class _Page(HTMLParser):
    """Collects tags, attributes and the text of every <script> element."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.scripts: list[tuple[dict, str]] = []
        self.text: dict[str, str] = {}
        self._open: tuple[str, dict] | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        self._open = (tag, attrs)
        if tag == "script":
            self.scripts.append((attrs, ""))

    def handle_data(self, data):
        if self._open is None:
            return
        tag, attrs = self._open
        if tag == "script":
            a, text = self.scripts[-1]
            self.scripts[-1] = (a, text + data)
        else:
            self.text[tag] = self.text.get(tag, "") + data

    def handle_endtag(self, tag):
        self._open = None


def _parse(html: str) -> _Page:
    page = _Page()
    page.feed(html)
    page.close()
    return page


def _data(html: str) -> dict:
    """The page's data decoded: its structure, plus nodes by id ("info"), relations by edge id
    ("relations_by_id") and the inline records by node id ("records"; "#groups": the figure groups)."""
    page = _parse(html)
    blobs = {attrs.get("id"): text for attrs, text in page.scripts if attrs.get("type") == "application/json"}
    assert set(blobs) == {"kg-data", "kg-records"}
    data = json.loads(blobs["kg-data"])
    ids = data["ids"]
    of = lambda n: ids[n] if n >= 0 else None  # noqa: E731
    info = {}
    for n, typ, label, aliases, arts, counts, degree, rel_degree in data["entities"]:
        info[ids[n]] = {"kind": "entity", "type": typ, "label": label, "aliases": aliases, "articles": [ids[a] for a in arts],
                        "mentions": counts, "degree": degree, "rel_degree": rel_degree}
    for n, headline, source, date, url, byline, degree in data["articles"]:
        info[ids[n]] = {"kind": "article", "label": headline, "source": source, "date": date, "url": url, "byline": byline,
                        "degree": degree}
    for article, name, speaker, verb, label in data["quotations"]:
        qid = name if name.startswith("quotation/") else f"quotation/{ids[article][len('article/'):]}/{name}"
        info[qid] = {"kind": "quotation", "speaker": of(speaker), "article": of(article), "verb": verb, "label": label}
    data["info"] = info
    data["relations_by_id"] = {f"{ids[u]}|{k}|{ids[v]}": {"label": label, "roles": roles, "articles": [of(a) for a in arts],
                                                          "evidence": count, "nth": nth}
                               for u, v, k, label, roles, arts, count, nth in data["relations"]}
    records = json.loads(blobs["kg-records"])
    data["records"] = {("#groups" if int(k) == len(ids) else ids[int(k)]): r for k, r in records.items()}
    return data


def _entity(g, slug, typ="Person", label=None, articles=("article/a",)):
    node = f"entity/{typ.lower()}/{slug}"
    g.add_node(node, kind="entity", type=typ, label=label or slug, aliases=[], merges=[], articles=list(articles))
    return node


def _evidence(sentence="Someone said something.", start=0, **extra):
    record = {"article": "article/a", "start": start, "end": start + len(sentence), "sentence": sentence,
              "rule": "r", "confidence": 1.0, "cue_start": None, "cue_end": None}
    record.update(extra)
    return record


def _star(n_leaves: int) -> nx.MultiDiGraph:
    """A hub that criticises many leaves, one leaf pair that partners, and an article mentioning all."""
    g = nx.MultiDiGraph()
    g.add_node("article/a", kind="article", label="A", headline="A", source="a.txt", url=None, date=None, byline=None)
    hub = _entity(g, "hub", "Organization")
    leaves = [_entity(g, f"leaf-{i:03d}") for i in range(n_leaves)]
    for leaf in leaves:
        g.add_edge(hub, leaf, key="criticises", predicate="criticises", label="criticises", roles=[],
                   evidence=[_evidence()])
        g.add_edge("article/a", leaf, key="mentions", predicate="mentions", label="mentions", count=1)
    g.add_edge(leaves[-1], leaves[-2], key="partnersWith", predicate="partnersWith", label="partners with",
               roles=[], evidence=[_evidence()])
    return g


def test_same_graph_gives_the_same_bytes(small_graph):
    first = render_html(small_graph)
    again = render_html(build_graph(*_sample()))
    assert first == again
    assert render_html(small_graph, max_nodes=3) != first  # the cap is part of the output


def test_page_loads_nothing_from_outside(small_graph):
    html = render_html(small_graph)
    page = _parse(html)
    for tag, attrs in page.tags:
        assert "src" not in attrs, f"<{tag}> has src={attrs['src']!r}"
        assert "href" not in attrs, f"<{tag}> has href={attrs['href']!r}"
        assert tag not in ("link", "img", "iframe", "object", "embed", "base")
    css = "".join(text for tag, text in page.text.items() if tag == "style")
    assert "@import" not in css and "url(" not in css
    csp = [a["content"] for t, a in page.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
    assert csp and "default-src 'none'" in csp[0]
    # four inline scripts: the data, the records, vis-network, the page's own code
    assert [a.get("type") for a, _ in page.scripts] == ["application/json", "application/json", None, None]


def test_hostile_text_never_reaches_the_markup(small_graph):
    html = render_html(small_graph, title=HOSTILE)
    assert "<img src=x onerror" not in html
    assert "<script>alert(1)</script>" not in html
    assert "\u2028" not in html and "\u2029" not in html and "\u202e" not in html
    page = _parse(html)
    assert [t for t, _ in page.tags].count("script") == 4
    assert [t for t, _ in page.tags].count("img") == 0
    # the title arrives as text, escaped, and the data as JSON that decodes to the original words
    assert "alert(1)" in page.text["title"] and "alert(1)" in page.text["h1"]
    data = _data(html)
    shown = HOSTILE.replace("\u202e", "\ufffd")  # bidi overrides are displayed as U+FFFD
    assert data["info"]["entity/person/hostile"]["label"] == shown
    for element in ('id="kg-data">', 'id="kg-records">'):
        blob = html[html.index(element) : html.index("</script>", html.index(element))]
        assert "<" not in blob[len(element):] and "&" not in blob


def test_line_separators_and_closing_tags_in_data_are_escaped():
    g = nx.MultiDiGraph()
    _entity(g, "x", label="a\u2028b\u2029c </script><script>alert(3)</script> & <!--")
    html = render_html(g)
    assert "\u2028" not in html and "alert(3)</script>" not in html and "<!--" not in html
    assert _data(html)["info"]["entity/person/x"]["label"].startswith("a\u2028b\u2029c </script>")


def test_data_follows_the_graph(small_graph):
    data = _data(render_html(small_graph))
    kinds = {i["kind"] for i in data["info"].values()}
    assert kinds == {"entity", "article", "quotation"}
    # quotations are data for the speaker's panel, not part of the starting picture
    assert not [data["ids"][n] for n in data["initial"] if data["ids"][n].startswith("quotation/")]
    qid, quote = next((k, i) for k, i in data["info"].items() if i["kind"] == "quotation")
    assert quote["speaker"] == "entity/person/jane-doe"
    # its text is in the records of its speaker and of its article, not in the structure
    assert data["records"]["entity/person/jane-doe"]["quotes"][qid]["text"].startswith("We will not stand")
    assert data["records"][quote["article"]]["quotes"][qid]["text"].startswith("We will not stand")
    eid = "entity/person/jane-doe|criticises|entity/organization/globex"
    edge = data["relations_by_id"][eid]
    assert edge["label"] == "criticises"
    assert edge["articles"] == ["article/a1"]  # in the structure: the date filter and timeline need no evidence
    for end in ("entity/person/jane-doe", "entity/organization/globex"):  # each end's record holds the evidence
        evidence = data["records"][end]["rel"][eid]
        assert evidence[0]["rule"] == "test"
        assert "".join(evidence[0]["text"]).startswith("Jane Doe, the director of Acme Corp")
    assert data["relations_by_id"]["entity/person/jane-doe|worksFor|entity/organization/acme-corp"]["roles"] == ["director"]
    assert data["edgeStyles"]["criticises"]["color"]["color"] == RELATION_COLORS["criticises"]
    assert {"mentions", "spokenBy", "isPartOf"} <= set(data["edgeStyles"])
    jane = data["info"]["entity/person/jane-doe"]
    assert "article/a1" in jane["articles"] and all(c >= 1 for c in jane["mentions"])


def test_entity_types_have_their_own_colour_and_shape(small_graph):
    assert len({c for c, _ in TYPE_STYLES.values()}) == len(TYPE_STYLES)
    assert len({s for _, s in TYPE_STYLES.values()}) == len(TYPE_STYLES)
    data = _data(render_html(small_graph))
    shapes = {t["type"]: t["shape"] for t in data["legend"]["types"]}
    assert shapes["Person"] == TYPE_STYLES["Person"][1]
    assert data["info"]["entity/organization/globex"]["type"] == "Organization"
    groups = data["options"]["groups"]
    assert groups["entity:Organization"]["color"]["background"] == TYPE_STYLES["Organization"][0]
    assert data["legend"]["article"]["shape"] not in set(shapes.values())
    # bigger degree, bigger node (the page sizes nodes by it)
    assert data["info"]["entity/organization/acme-corp"]["degree"] > data["info"]["entity/product/widget"]["degree"]
    assert [t["type"] for t in data["legend"]["types"]][:6] == list(TYPE_STYLES)


def test_cue_is_split_out_of_the_sentence_by_code_points():
    g = nx.MultiDiGraph()
    g.add_node("article/a", kind="article", label="A", headline="A", source="a.txt", url=None, date=None, byline=None)
    a, b = _entity(g, "a"), _entity(g, "b", "Organization")
    sentence = "\U0001F600 Ann criticised Bee today."
    start = 100
    cue = sentence.index("criticised")
    g.add_edge(a, b, key="criticises", predicate="criticises", label="criticises", roles=[], evidence=[
        _evidence(sentence, start, cue_start=start + cue, cue_end=start + cue + len("criticised")),
        _evidence("Cue out of range.", 0, cue_start=50, cue_end=60),
    ])
    ev = _data(render_html(g))["records"][a]["rel"][f"{a}|criticises|{b}"]
    assert ev[0]["text"] == ["\U0001F600 Ann ", "criticised", " Bee today."]
    assert ev[1]["text"] == ["Cue out of range.", "", ""]


def test_max_nodes_caps_the_starting_picture_but_keeps_every_node():
    g = _star(40)
    data = _data(render_html(g, max_nodes=10))
    initial = [data["ids"][n] for n in data["initial"]]
    assert len(initial) == 10
    assert "entity/organization/hub" in initial
    # the two leaves with an extra relation outrank the rest
    assert {"entity/person/leaf-038", "entity/person/leaf-039"} <= set(initial)
    # everything stays in the data, for search
    assert len(data["entities"]) == 41
    # the starting picture comes placed: physics off, a position for each of its nodes and no other
    assert data["options"]["physics"]["enabled"] is False
    placed = {data["ids"][n] for n, _, _ in data["positions"]}
    assert placed == {n for n in initial if n.startswith("entity/")}
    assert len(_data(render_html(g))["initial"]) == 42  # 41 entities + the article under the default cap


def test_max_nodes_must_be_positive(small_graph):
    with pytest.raises(ValueError, match="max_nodes"):
        render_html(small_graph, max_nodes=0)


def test_empty_graph_renders():
    html = render_html(nx.MultiDiGraph())
    data = _data(html)
    assert data["ids"] == [] and data["initial"] == [] and data["positions"] == []
    assert re.search(r"<title>News knowledge graph</title>", html)


def test_figures_are_panel_data_not_drawn_and_do_not_move_the_picture(figures_graph):
    html = render_html(figures_graph)
    data = _data(html)
    assert "<script>alert(1)</script>" not in html and "<img src=x onerror" not in html
    fig = data["records"]["#groups"]["figures"]["figure/c3/30"]
    assert (fig["display"], fig["statedBy"], fig["source"], fig["status"]) == ("85%", "entity/organization/acme-corp",
                                                                            "entity/organization/acme-corp", "conflicting")
    assert fig["measure"] == f"{HOSTILE} orders".replace("\u202e", "\ufffd")
    assert data["records"]["entity/organization/acme-corp"]["figures"]["figure/c3/30"] == fig  # in its stater's record
    groups = data["records"]["#groups"]["groups"]
    assert groups["figure-group/c3/30"]["conflicts"] == [["figure/c3/30", "figure/c3/184", "different values"]]
    assert data["conflictCount"] == 1
    assert not [n for n in data["ids"] if n.startswith("figure")]
    without = figures_graph.copy()
    without.remove_nodes_from([n for n, d in figures_graph.nodes(data=True) if d["kind"] in ("figure", "figure_group")])
    plain = _data(render_html(without))
    for key in ("ids", "entities", "articles", "relations", "initial", "positions"):
        assert plain[key] == data[key], key
    assert plain["records"]["#groups"] == {"groups": {}, "figures": {}} and plain["figureCount"] == 0


def test_the_page_shows_figures_as_display_py_formats_them(figures_graph):
    from graph.display import figure_period, figure_value

    data = _data(render_html(figures_graph))
    figures = {fid: f for r in data["records"].values() for fid, f in (r.get("figures") or {}).items()}
    assert figures
    for node, fig in figures.items():
        d = figures_graph.nodes[node]
        assert fig["value"] == figure_value(d) and fig["periodShown"] == (figure_period(d) or "no period given")
    app = (Path(__file__).resolve().parents[1] / "graph" / "templates" / "app.js").read_text(encoding="utf-8")
    assert "f.qualifier" not in app and "f.periodText" not in app  # no second formatter in JavaScript


def test_large_pages_get_record_files_and_a_hub_has_a_file_of_its_own():
    from graph.using.render import render_page

    g = _star(80)
    page = render_page(g, inline_limit=0, chunk_bytes=2_000)
    data = _data_of_chunked(page.html)
    assert data["chunks"]["base"] == "graph_files/" and len(page.files) == len(data["chunks"]["files"]) >= 3
    assert sorted(page.files) == sorted("graph_files/" + name for name in data["chunks"]["files"])
    hub = data["ids"].index("entity/organization/hub")
    files = {name: page.files["graph_files/" + name] for name in data["chunks"]["files"]}
    with_hub = {name: json.loads(body[body.index(b",") + 1: body.rindex(b");")]) for name, body in files.items()
                if f'"{hub}":'.encode() in body}
    whole = data["chunks"]["files"][data["chunks"]["full"][str(hub)]]
    assert len(with_hub) == 2 and list(with_hub[whole]) == [str(hub)]  # the whole record: a file of its own
    assert len(with_hub[whole][str(hub)]["rel"]) == 80 and "partial" not in with_hub[whole][str(hub)]
    head = next(recs[str(hub)] for name, recs in with_hub.items() if name != whole)
    # the head: the evidence of the first 60 relations, in the page's order (by edge id)
    assert head["partial"] is True and sorted(head["rel"]) == sorted(with_hub[whole][str(hub)]["rel"])[:60]
    # the same graph, the same files
    assert render_page(g, inline_limit=0, chunk_bytes=2_000).files == page.files
    assert 'id="kg-records"' not in page.html and "'self'" in page.html  # the page may load its files


def _data_of_chunked(html: str) -> dict:
    page = _parse(html)
    blobs = {attrs.get("id"): text for attrs, text in page.scripts if attrs.get("type") == "application/json"}
    assert set(blobs) == {"kg-data"}
    return json.loads(blobs["kg-data"])


def test_display_json_is_the_json_of_the_cleared_payload():
    """The fast path (no bidi control in the JSON) and the slow one give the JSON of the cleared payload:
    bidi controls in values and keys, a backslash before "u202e" (escaped, no control), and none at all."""
    from graph.using.render import _display_json, _displayable, _script_json

    for payload in ({"a": ["x\u202ey", ("t\u2066", 1)], "k\u2069": None}, {"a": "back\\u202eslash"},
                    {"a": [1, 2.5, "plain <b>&</b>"], "b": {"c": True}}):
        assert _display_json(payload) == _script_json(_displayable(payload))
    assert "\\u202e" not in _display_json({"a": "x\u202ey"})
