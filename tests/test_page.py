"""The network page at scale, in Debian's Chromium with every outside request aborted: records loaded
on demand from files beside the page (file:// and `kg serve`), bounded page bytes, and a starting
picture whose node labels neither overlap nor leave the canvas (the seeds and 60 generated articles)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from conftest import ROOT
from test_browser import ARGS, CHROMIUM, Page, sync_api  # noqa: F401 - the module skips itself without Chromium

pytestmark = pytest.mark.slow

#: Articles of the generated corpus (bench/corpus.py): over 200 entities, records above the inline limit.
GENERATED_ARTICLES = 60
VIEWPORT = {"width": 1400, "height": 900}

# the label boxes of every node drawn, in canvas and in page coordinates, and the canvas's own box
LABEL_BOXES = """() => {
    const net = window.kgNetwork, out = {};
    const r = document.querySelector('#kg-network canvas').getBoundingClientRect();
    for (const id of window.kg.visibleNodes()) {
        const n = net.body.nodes[id], l = n.labelModule.size;
        const a = net.canvasToDOM({x: l.left, y: l.top}), b = net.canvasToDOM({x: l.left + l.width, y: l.top + l.height});
        out[id] = {canvas: [l.left, l.top, l.left + l.width, l.top + l.height],
                   page: [r.left + a.x, r.top + a.y, r.left + b.x, r.top + b.y], text: n.options.label || ''};
    }
    return {labels: out, canvas: [r.left, r.top, r.right, r.bottom]};
}"""


def _overlap(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def generated_build(tmp_path_factory):
    """`kg build` (the real pipeline) of a generated corpus of GENERATED_ARTICLES articles."""
    from graph.pipeline import build

    spec = importlib.util.spec_from_file_location("bench_corpus", ROOT / "bench" / "corpus.py")
    corpus = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(corpus)
    folder = tmp_path_factory.mktemp("generated")
    corpus.make_corpus(GENERATED_ARTICLES, folder / "corpus")
    build([folder / "corpus"], folder / "exports")
    return folder / "exports"


def _beside(browser, path: Path, fragment: str = "") -> Page:
    """The page at ``path``, allowed to read the record files beside it and nothing else."""
    return Page(browser, path, fragment, allow=path.parent.as_uri() + "/graph_files/")


def _best_connected(page) -> str:
    """The entity drawn with the most relations."""
    return page.js("""() => window.kg.visibleNodes().filter(id => id.startsWith('entity/'))
        .sort((a, b) => window.kg.info(b).relDegree - window.kg.info(a).relDegree || (a < b ? -1 : 1))[0]""")


def _click_and_read(page, node: str) -> str:
    """Click ``node`` where it is drawn; wait for its panel with its evidence; the panel's text."""
    x, y = page.screen_xy(node)
    page.page.mouse.click(x, y)
    _wait(page.page, "document.getElementById('kg-panel').getAttribute('data-node') === " + repr(node) +
          " && document.getElementById('kg-panel').getAttribute('data-loaded') === '1'")
    return page.panel()


def _wait(page, expression: str, seconds: float = 10) -> None:
    """Poll ``expression`` until true (wait_for_function evaluates strings, which the page's CSP forbids)."""
    import time

    deadline = time.monotonic() + seconds
    while not page.evaluate(expression):
        assert time.monotonic() < deadline, f"still false after {seconds} s: {expression}"
        page.wait_for_timeout(50)


def test_the_generated_page_is_bounded_and_holds_no_evidence(generated_build):
    from graph.using.render import INLINE_LIMIT

    html = (generated_build / "graph.html").read_bytes()
    files = sorted((generated_build / "graph_files").iterdir())
    records = sum(p.stat().st_size for p in files)
    assert records > INLINE_LIMIT  # above the threshold: the records went beside the page
    # the page is vis-network, its code and the structure; the structure is a small part of the records
    from graph.using.render import VIS_JS_PATH

    assert len(html) < VIS_JS_PATH.stat().st_size + 150_000 + records // 4, (len(html), records)
    sentence = files[0].read_text(encoding="utf-8").split('"text":[', 1)[1].split('"', 2)[1]
    assert len(sentence) > 10 and sentence.encode() not in html  # evidence is in the files, not in the page


def test_file_page_loads_records_on_click_and_shows_the_evidence(browser, generated_build):
    page = _beside(browser, generated_build / "graph.html")
    try:
        assert page.loaded == []  # nothing beyond the page before the first click
        node = _best_connected(page)
        text = _click_and_read(page, node)
        assert page.loaded and all(u.startswith("records-") for u in page.loaded)
        assert page.js("document.querySelectorAll('#kg-panel .evidence li').length") > 0
        assert "RELATIONS OUT" in text.upper() and "rule " in text
        # the promise the panel uses is there for other views (a timeline): one relation's evidence
        eid = page.js("id => window.kgNetwork.getConnectedEdges(id).filter(e => window.kg.edgeInfo(e))[0]", node)
        evidence = page.js("eid => window.kg.loadEvidence(eid)", eid)
        assert evidence and all(set(r) >= {"article", "text", "rule"} for r in evidence)
        record = page.js("id => window.kg.loadRecord(id)", node)
        assert eid in record["rel"]
        page.assert_clean()
    finally:
        page.page.close()


def test_served_page_loads_records_on_click_and_shows_the_evidence(browser, generated_build):
    from graph.using.server import create_app
    from live import live_app

    with live_app(create_app(generated_build, workers=1, timeout=10)) as base:
        import urllib.request

        with urllib.request.urlopen(base + "/", timeout=300) as answer:  # the server lays the page out once
            assert answer.status == 200
        page = Page(browser, None, base=base)
        try:
            assert page.loaded == []
            node = _best_connected(page)
            text = _click_and_read(page, node)
            assert page.loaded and all(u.startswith("graph_files/records-") for u in page.loaded)
            assert page.js("document.querySelectorAll('#kg-panel .evidence li').length") > 0
            assert "RELATIONS OUT" in text.upper()
            assert page.page.get_attribute("#kg-entity-page", "href") == "/" + node
            page.assert_clean()
        finally:
            page.page.close()


def _check_labels(page, where: str, tmp_path: Path) -> int:
    page.page.screenshot(path=str(tmp_path / f"{where}.png"))
    boxes = page.js(LABEL_BOXES)
    labels = {k: v for k, v in boxes["labels"].items() if v["text"]}
    assert len(labels) >= 20, where
    ids = sorted(labels)
    clashes = [(a, b) for i, a in enumerate(ids) for b in ids[i + 1:] if _overlap(labels[a]["canvas"], labels[b]["canvas"])]
    assert clashes == [], f"{where}: node labels overlap: {clashes[:5]}"
    left, top, right, bottom = boxes["canvas"]
    cut = [k for k, v in labels.items() if v["page"][0] < left or v["page"][1] < top or v["page"][2] > right or v["page"][3] > bottom]
    assert cut == [], f"{where}: labels cut at the canvas edge: {cut[:5]}"
    return len(labels)


def test_no_two_node_labels_overlap_and_none_is_cut(browser, seeds_build, generated_build, tmp_path):
    """At 1400x900, the starting picture of the seeds and of the generated corpus (over 200 entities)."""
    for where, path in (("seeds", seeds_build[0] / "graph.html"), ("generated", generated_build / "graph.html")):
        page = _beside(browser, path)
        try:
            page.page.set_viewport_size(VIEWPORT)
            page.js("window.kg.fitView()")
            drawn = _check_labels(page, where, tmp_path)
            if where == "generated":
                assert page.js("window.kg.visibleNodes().filter(id => id.startsWith('entity/')).length") >= 200
                assert drawn >= 200
            # isolated nodes are gathered below the connected ones
            isolated = page.js("""() => window.kg.visibleNodes().filter(id => window.kgNetwork.getConnectedEdges(id).length === 0)""")
            connected = [n for n in page.js("window.kg.visibleNodes()") if n not in set(isolated)]
            if isolated and connected:
                ys = page.js("ids => ids.map(id => window.kgNetwork.getPositions([id])[id].y)", connected)
                assert min(page.js("ids => ids.map(id => window.kgNetwork.getPositions([id])[id].y)", isolated)) > max(ys)
            page.assert_clean()
        finally:
            page.page.close()


def test_edge_labels_show_on_hover_and_selection_and_when_zoomed_in(browser, seeds_build):
    page = _beside(browser, seeds_build[0] / "graph.html")
    try:
        labelled = "() => window.kg.visibleEdges().filter(e => (window.kg.edges.get(e) || {}).label).length"
        page.js("window.kgNetwork.moveTo({scale: 0.6})")
        page.js("window.kgNetwork.emit('zoom', {})")
        assert page.js(labelled) == 0  # not all at once
        node = "entity/person/simon-bailey"
        page.js("id => { window.kgNetwork.selectNodes([id]); window.kgNetwork.emit('select', {nodes: [id]}); }", node)
        own = page.js("id => window.kgNetwork.getConnectedEdges(id)", node)
        shown = page.js("() => window.kg.visibleEdges().filter(e => (window.kg.edges.get(e) || {}).label)")
        assert shown and set(shown) <= set(own)  # the selected node's edges, and no other
        page.js("window.kgNetwork.unselectAll(); window.kgNetwork.emit('deselectNode', {})")
        assert page.js(labelled) == 0
        # the pointer over an edge: its label, and no other
        eid = sorted(own)[0]
        a, b = page.js("eid => window.kgNetwork.getConnectedNodes(eid)", eid)
        (x1, y1), (x2, y2) = page.screen_xy(a), page.screen_xy(b)
        page.page.mouse.move(5, 5)
        page.page.mouse.move((x1 + x2) / 2, (y1 + y2) / 2, steps=4)
        page.page.wait_for_timeout(400)
        hovered = page.js("() => window.kg.visibleEdges().filter(e => (window.kg.edges.get(e) || {}).label)")
        assert hovered == [eid], hovered
        page.page.mouse.move(5, 5, steps=2)
        page.page.wait_for_timeout(200)
        assert page.js(labelled) == 0
        page.js("window.kgNetwork.moveTo({scale: 1.6}); window.kgNetwork.emit('zoom', {})")
        assert page.js(labelled) == len([e for e in page.js("window.kg.visibleEdges()")])
        page.assert_clean()
    finally:
        page.page.close()


def test_a_hubs_panel_draws_from_its_head_and_then_from_its_whole_record(browser, tmp_path):
    """A record larger than a file comes as a head first; scrolling the panel brings the whole record."""
    from graph.using.render import render_page
    from test_render import _star

    page_files = render_page(_star(80), inline_limit=0, chunk_bytes=2_000)
    (tmp_path / "graph.html").write_text(page_files.html, encoding="utf-8")
    for rel, body in page_files.files.items():
        (tmp_path / rel).parent.mkdir(exist_ok=True)
        (tmp_path / rel).write_bytes(body)
    page = _beside(browser, tmp_path / "graph.html")
    try:
        hub = "entity/organization/hub"
        page.js("id => window.kg.showNode(id)", hub)
        panel = "document.getElementById('kg-panel')"
        assert page.js(panel + ".getAttribute('data-whole')") == "0"
        assert page.js("document.querySelectorAll('#kg-panel .evidence li').length") == 60  # the head: 60 relations out
        loaded = len(page.loaded)
        page.js(panel + ".scrollTop = 200; " + panel + ".dispatchEvent(new Event('scroll'))")
        _wait(page.page, panel + ".getAttribute('data-whole') === '1'")
        assert len(page.loaded) == loaded + 1  # the whole record's own file
        assert "show all 80" in page.panel()
        # the evidence of a relation past the head: the other end's record has it too
        evidence = page.js("eid => window.kg.loadEvidence(eid)", f"{hub}|criticises|entity/person/leaf-079")
        assert evidence and evidence[0]["rule"] == "r"
        record = page.js("id => window.kg.loadRecord(id)", hub)
        assert len(record["rel"]) == 80 and "partial" not in record
        page.assert_clean()
    finally:
        page.page.close()
