"""The rendered page in Debian's Chromium, offline: every request but the page itself is aborted."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st

from conftest import NASTY, hostile_graph, hostile_text
from graph.using.render import BIDI_CONTROLS, render_html

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    pytest.skip(f"{CHROMIUM} is missing (make browser installs it)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install -e '.[test]')")

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
JANE = "entity/person/jane-doe"
GLOBEX = "entity/organization/globex"
HOSTILE_NODE = "entity/person/hostile"
CRITICISES = f"{JANE}|criticises|{GLOBEX}"
SENTENCE = "Jane Doe, the director of Acme Corp, said the Widget app is owned by Acme Corp."

# recorded before any page script runs: CSP refusals never reach the network, so watch for them here
WATCH_CSP = """
window.__csp = [];
document.addEventListener('securitypolicyviolation', e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));
"""


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


class Page:
    """An opened page plus everything it tried to do that it should not have."""

    def __init__(self, browser, path: Path | None, fragment: str = "", *, base: str | None = None,
                 allow: str | None = None):
        # a file, or the page a live `kg serve` at ``base`` shows (then its own origin is not outside);
        # ``allow``: a prefix a file page may read too (its record files); what it reads there is ``loaded``
        self.url = path.as_uri() if base is None else base + "/"
        self.origin = allow or (None if base is None else base + "/")
        self.loaded: list[str] = []
        self.outside: list[str] = []
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.page = browser.new_page(viewport={"width": 1400, "height": 850})
        self.page.add_init_script(WATCH_CSP)
        self.page.route("**/*", self._route)
        self.page.on("dialog", self._dialog)
        self.page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.goto(self.url + fragment)
        self.page.wait_for_function("window.kg && window.kg.ready === true", timeout=15_000)

    def _route(self, route):
        if route.request.url == self.url:
            route.continue_()
        elif self.origin and route.request.url.startswith(self.origin):
            self.loaded.append(route.request.url[len(self.origin):])
            route.continue_()
        else:
            self.outside.append(route.request.url)
            route.abort()

    def _dialog(self, dialog):
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def js(self, expression, arg=None):
        return self.page.evaluate(expression, arg)

    def screen_xy(self, node_id):
        """Where a node is drawn, in page coordinates."""
        return self.js("""id => {
            const net = window.kgNetwork, p = net.canvasToDOM(net.getPositions([id])[id]);
            const r = document.querySelector('#kg-network canvas').getBoundingClientRect();
            return [r.left + p.x, r.top + p.y];
        }""", node_id)

    def panel(self) -> str:
        return self.page.inner_text("#kg-panel")

    def assert_clean(self):
        assert self.outside == [], f"requests beyond the page: {self.outside}"
        assert self.dialogs == [], f"dialogs opened: {self.dialogs}"
        assert self.errors == [], f"page errors: {self.errors}"
        assert self.js("window.__csp") == []


@pytest.fixture(scope="module")
def small_page_path(tmp_path_factory):
    from conftest import _sample
    from graph.building.build import build_graph

    g = build_graph(*_sample())
    folder = tmp_path_factory.mktemp("render")
    path = folder / "graph.html"
    path.write_text(render_html(g), encoding="utf-8")
    capped = folder / "capped.html"
    capped.write_text(render_html(g, max_nodes=2), encoding="utf-8")
    cued = folder / "cued.html"
    cued.write_text(render_html(_cued_graph()), encoding="utf-8")
    return path, capped, cued


def _cued_graph():
    """Two entities and one relation whose evidence names its cue, after a character outside the BMP."""
    import networkx as nx

    g = nx.MultiDiGraph()
    g.add_node("article/a", kind="article", label="Cue news", headline="Cue news", source="a.txt",
               url="javascript:alert(4)", date=None, byline=None)
    for node, typ, label in (("entity/person/ann", "Person", "Ann"), ("entity/organization/bee", "Organization", "Bee")):
        g.add_node(node, kind="entity", type=typ, label=label, aliases=[], merges=[], articles=["article/a"])
    sentence = "\U0001F4F0 Ann criticised Bee on Monday."
    start = 40
    cue = start + sentence.index("criticised")
    g.add_edge("entity/person/ann", "entity/organization/bee", key="criticises", predicate="criticises",
               label="criticises", roles=[], evidence=[{
                   "article": "article/a", "start": start, "end": start + len(sentence), "sentence": sentence,
                   "rule": "cue-rule", "confidence": 0.5, "cue_start": cue, "cue_end": cue + len("criticised")}])
    return g


@pytest.fixture
def page(browser, small_page_path):
    p = Page(browser, small_page_path[0])
    yield p
    p.assert_clean()
    p.page.close()


def test_graph_is_drawn_offline(page):
    assert page.js("window.kgNetwork.body.data.nodes.length") > 0
    visible = page.js("window.kg.visibleNodes()")
    assert JANE in visible and GLOBEX in visible
    assert not [n for n in visible if n.startswith("quotation/")]
    # mentions edges start hidden, relation edges are drawn
    edges = page.js("window.kg.visibleEdges()")
    assert CRITICISES in edges and not [e for e in edges if "|mentions|" in e]
    painted = page.js("""() => {
        const c = document.querySelector('#kg-network canvas');
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let n = 0;
        for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++;
        return n;
    }""")
    assert painted > 1000
    assert page.page.inner_text("#kg-types").count("Person") == 1  # the legend is there
    assert page.js("document.title") == "News knowledge graph"


def test_clicking_a_node_shows_its_evidence_and_quotations(page):
    x, y = page.screen_xy(JANE)
    page.page.mouse.click(x, y)
    assert page.js("window.kgNetwork.getSelectedNodes()") == [JANE]
    text = page.panel()
    assert "Jane Doe" in text and "Person" in text
    assert SENTENCE in text
    assert "We will not stand for this kind of thing any longer." in text  # her quotation, in her panel
    assert "Acme warns Jane Doe" in text  # the article headline


def test_clicking_an_edge_shows_every_evidence_record(page):
    (x1, y1), (x2, y2) = page.screen_xy(JANE), page.screen_xy(GLOBEX)
    page.page.mouse.click((x1 + x2) / 2, (y1 + y2) / 2)
    assert page.js("window.kgNetwork.getSelectedEdges()") == [CRITICISES]
    text = page.panel()
    assert "criticises" in text and SENTENCE in text
    assert "rule test" in text and "confidence 0.90" in text and "Acme warns Jane Doe" in text


def test_hostile_text_is_shown_as_text(page):
    # hover it: the vis tooltip must show the title as text, not markup
    x, y = page.screen_xy(HOSTILE_NODE)
    page.page.mouse.move(x - 3, y - 3)
    page.page.mouse.move(x, y, steps=3)
    page.page.wait_for_selector(".vis-tooltip", state="visible", timeout=5_000)
    assert "<img src=x" in page.page.inner_text(".vis-tooltip")
    # innerText turns line breaks into <br>; anything else would be markup from the data
    assert page.js("document.querySelectorAll('.vis-tooltip :not(br)').length") == 0
    page.js(f"window.kg.focusNode({HOSTILE_NODE!r})")
    assert "<script>alert(1)</script>" in page.panel()
    assert page.js("document.querySelectorAll('#kg-panel img, #kg-panel script').length") == 0


def test_search_finds_and_selects_a_node(page):
    page.page.fill("#kg-search", "Glob")
    assert "Globex" in page.page.inner_text("#kg-results")
    page.page.press("#kg-search", "Enter")
    assert page.js("window.kgNetwork.getSelectedNodes()") == [GLOBEX]
    assert page.page.inner_text("#kg-panel h2") == "Globex"


def test_relation_filter_hides_the_edge(page):
    box = '#kg-relations li[data-predicate="criticises"] input'
    page.page.uncheck(box)
    assert CRITICISES not in page.js("window.kg.edgesView.getIds()")
    assert page.js(f"window.kgNetwork.body.edges[{CRITICISES!r}] === undefined")
    page.page.check(box)
    assert CRITICISES in page.js("window.kg.edgesView.getIds()")


def test_article_filter_and_toggles(page):
    page.page.select_option("#kg-article", "article/a1")
    visible = page.js("window.kg.visibleNodes()")
    assert JANE in visible and HOSTILE_NODE not in visible
    page.page.select_option("#kg-article", "")
    page.page.check("#kg-mentions")
    assert "article/a1" in page.js("window.kg.visibleNodes()")
    assert any("|mentions|" in e for e in page.js("window.kg.visibleEdges()"))
    page.page.check("#kg-quotes")
    assert any(n.startswith("quotation/") for n in page.js("window.kg.visibleNodes()"))
    assert any("|spokenBy|" in e for e in page.js("window.kg.visibleEdges()"))


def test_nodes_beyond_the_cap_are_reached_through_search(browser, small_page_path):
    p = Page(browser, small_page_path[1])
    try:
        visible = p.js("window.kg.visibleNodes()")
        assert len(visible) <= 2 and "entity/product/widget" not in visible
        assert "search" in p.page.inner_text("#kg-status")
        p.page.fill("#kg-search", "widget")
        p.page.press("#kg-search", "Enter")
        visible = p.js("window.kg.visibleNodes()")
        assert "entity/product/widget" in visible
        assert "entity/organization/acme-corp" in visible  # with its neighbour
        assert p.js("window.kgNetwork.getSelectedNodes()") == ["entity/product/widget"]
        p.assert_clean()
    finally:
        p.page.close()


def test_cue_is_highlighted_and_unsafe_urls_are_not_links(browser, small_page_path):
    p = Page(browser, small_page_path[2])
    try:
        p.js("window.kg.showEdge('entity/person/ann|criticises|entity/organization/bee')")
        assert p.page.inner_text("#kg-panel mark") == "criticised"
        assert "\U0001F4F0 Ann criticised Bee on Monday." in p.panel()
        p.js("window.kg.showNode('article/a')")
        assert "Cue news" in p.panel()
        assert p.js("document.querySelectorAll('#kg-panel a').length") == 0  # javascript: is no link
        p.page.click("#kg-reset")
        p.assert_clean()
    finally:
        p.page.close()


def test_conflicts_view_and_an_entitys_figures(browser, figures_graph, tmp_path):
    """The conflicts button lists disagreeing figures with their reason; an entity's panel lists its figures."""
    path = tmp_path / "figures.html"
    path.write_text(render_html(figures_graph), encoding="utf-8")
    p = Page(browser, path)
    try:
        assert p.page.inner_text("#kg-conflicts") == "Figure conflicts (1)"
        p.page.click("#kg-conflicts")
        text = p.panel()
        assert "Figure conflicts" in text and "85%" in text and "82%" in text
        assert "\u2260 82%, in 2020: different values" in text
        assert "<script>alert(1)</script>" in text  # the hostile measure, as text
        assert p.js("document.querySelectorAll('#kg-panel img, #kg-panel script').length") == 0
        assert p.js("document.querySelectorAll('#kg-panel [data-group]').length") == 2  # the agreeing group is folded below
        p.js("window.kg.focusNode('entity/organization/acme-corp')")
        text = p.panel()
        assert "FIGURES IT STATES" in text.upper() and "85%" in text and "stated by Acme Corp" in text
        assert "conflicts with other figures" in text
        p.page.click("#kg-panel .reason")
        assert p.page.inner_text("#kg-panel h2") == "Figure conflicts"
        p.js("window.kg.focusNode('entity/product/widget')")
        assert "FIGURES ABOUT IT" in p.panel().upper()
        p.assert_clean()
    finally:
        p.page.close()


def test_seeds_page_offline_click_shows_evidence(browser, seeds_build):
    """The real build of the seeds: drawn with every outside request blocked, a click shows evidence."""
    page = Page(browser, seeds_build[0] / "graph.html")
    try:
        assert page.js("window.kgNetwork.body.data.nodes.length") >= 20
        person = "entity/person/simon-bailey"
        # on a loaded machine the layout may still settle between reading a node's place and the
        # click: read it again and click again, a few times, before calling the click lost
        for _ in range(5):
            x, y = page.screen_xy(person)
            page.page.mouse.click(x, y)
            if page.js("window.kgNetwork.getSelectedNodes()") == [person]:
                break
            page.page.wait_for_timeout(300)
        assert page.js("window.kgNetwork.getSelectedNodes()") == [person]
        text = page.panel()
        assert "Simon Bailey" in text and "criticises" in text
        assert "lip service to the threat" in text  # the evidence sentence of a criticises edge
        assert "paying, in my opinion, lip service" in page.js(
            "[...document.querySelectorAll('#kg-panel mark')].map(m => m.textContent)")  # the idiom, highlighted
        # every evidence sentence of every relation shows its cue highlighted
        relations = [e for e in page.js("window.kg.edges.getIds()") if e.split("|")[1] not in ("mentions", "spokenBy", "isPartOf", "sameAs")]
        assert len(relations) >= 20
        for eid in relations:
            page.js("id => window.kg.showEdge(id)", eid)
            page.page.wait_for_selector("#kg-panel ul.evidence li", timeout=5_000)
            unmarked = page.js("""[...document.querySelectorAll('#kg-panel ul.evidence blockquote')]
                .filter(b => !b.querySelector('mark')).map(b => b.textContent)""")
            assert unmarked == [], (eid, unmarked)
        page.assert_clean()
    finally:
        page.page.close()


def test_ego_network_view_and_a_link_to_a_node(browser, small_page_path):
    """graph.html#<node id> opens with that node selected; "Show only its network" shows it with its neighbours."""
    p = Page(browser, small_page_path[0], fragment="#entity/person/jane-doe")
    try:
        assert p.js("window.kgNetwork.getSelectedNodes()") == [JANE]
        assert p.page.inner_text("#kg-panel h2") == "Jane Doe"
        assert p.js("document.querySelectorAll('#kg-entity-page').length") == 0  # no server, no entity pages
        p.page.click("#kg-ego")
        assert p.js("window.kg.visibleNodes()") == sorted([JANE, GLOBEX, "entity/organization/acme-corp"])
        assert "The network of Jane Doe" in p.page.inner_text("#kg-status")
        p.page.click("#kg-ego-leave")
        visible = p.js("window.kg.visibleNodes()")
        assert HOSTILE_NODE in visible and len(visible) > 3
        p.assert_clean()
    finally:
        p.page.close()


def test_the_entity_panel_shows_its_correction_commands_ready_to_copy(browser, small_page_path):
    """The panel's "Correct it" block: `kg correct` commands naming the entity, shell-quoted even for a hostile label."""
    import shlex

    p = Page(browser, small_page_path[0], fragment="#" + JANE)
    try:
        lines = p.page.inner_text("#kg-correct").splitlines()
        assert lines[0] == "kg entities --explain 'Jane Doe'"
        assert "kg correct rename 'Jane Doe' 'NEW NAME' --note 'WHY'" in lines
        assert "kg correct drop entity 'Jane Doe' --note 'WHY'" in lines
        drops = [shlex.split(line)[4:] for line in lines if line.startswith("kg correct drop edge ")]
        assert drops and all(d[0] == "Jane Doe" and d[1] in ("worksFor", "owns", "criticises", "callsOn") for d in drops)
        p.assert_clean()
    finally:
        p.page.close()
    hostile = Page(browser, small_page_path[0], fragment="#" + HOSTILE_NODE)
    try:
        rename = next(line for line in hostile.page.inner_text("#kg-correct").splitlines() if line.startswith("kg correct rename"))
        label = hostile.js("document.querySelector('#kg-panel h2').textContent")
        assert '"quoted"' in label and "<script>" in label  # shown as text, not run
        assert shlex.split(rename)[3] == label  # one shell word, whatever it holds
        hostile.assert_clean()
    finally:
        hostile.page.close()


def test_served_browser_search_evidence_and_example_query(browser, seeds_build):
    """`kg serve`'s page: search an entity, click it, see its evidence; run an example query from the box."""
    from graph.using.server import create_app
    from live import live_app

    with live_app(create_app(seeds_build[0], workers=2, timeout=10)) as base:
        outside, errors, dialogs = [], [], []
        page = browser.new_page(viewport={"width": 1400, "height": 900})

        def route(r):
            if r.request.url.startswith(base + "/"):
                r.continue_()
            else:
                outside.append(r.request.url)
                r.abort()

        page.route("**/*", route)
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.on("console", lambda m: m.type == "error" and errors.append(m.text))
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        try:
            page.goto(base + "/")
            page.wait_for_function("window.kg && window.kg.ready === true", timeout=15_000)
            # search, click the hit, see the evidence of its edges
            page.fill("#kg-search", "Bailey")
            page.click("#kg-results li:has-text('Simon Bailey')")
            assert page.evaluate("window.kgNetwork.getSelectedNodes()") == ["entity/person/simon-bailey"]
            panel = page.inner_text("#kg-panel")
            assert "lip service to the threat" in panel and "criticises" in panel
            assert page.get_attribute("#kg-entity-page", "href") == "/entity/person/simon-bailey"
            # an example query from the box, and its rows
            page.click("#kg-query-toggle")
            page.select_option("#kg-query-examples", "who_criticises")
            assert '"Meta"' in page.input_value("#kg-query-text")
            page.click("#kg-query-run")
            page.wait_for_selector("#kg-query-results tbody tr", timeout=10_000)
            rows = page.eval_on_selector_all("#kg-query-results tbody tr", "trs => trs.map(tr => tr.innerText)")
            assert any("Simon Bailey" in r and "Meta" in r and "lip service" in r for r in rows)
            assert page.inner_text("#kg-query-status") == f"{len(rows)} rows"
            # an entity IRI in a cell is a button that selects the entity in the network
            page.fill("#kg-query-text", 'SELECT ?e WHERE { ?e rdfs:label "Meta" }')
            page.press("#kg-query-text", "Control+Enter")
            page.click("#kg-query-results tbody tr:first-child button:has-text('Meta')")
            assert page.evaluate("window.kgNetwork.getSelectedNodes()") == ["entity/organization/meta"]
            assert page.inner_text("#kg-panel h2") == "Meta"
            assert "FIGURES ABOUT IT" in page.inner_text("#kg-panel").upper()
            # the conflicts view: the seeds' two disagreeing groups, each pair with its reason
            assert page.inner_text("#kg-conflicts") == "Figure conflicts (2)"
            page.click("#kg-conflicts")
            panel = page.inner_text("#kg-panel")
            assert page.inner_text("#kg-panel h2") == "Figure conflicts"
            assert "85%" in panel and "82%" in panel and "different values" in panel
            assert "same value, different periods" in panel
            assert errors == [], errors
            # an error comes back in the one JSON shape and is shown as text
            page.fill("#kg-query-text", "SELECT ?x WHERE { ?x ?y }")
            page.click("#kg-query-run")
            page.wait_for_selector("#kg-query-results .error", timeout=10_000)
            assert page.inner_text("#kg-query-results .error").startswith("bad_query: SPARQL syntax error")
            # the entity page the panel links to
            page.goto(base + "/entity/person/simon-bailey")
            assert "lip service to the threat" in page.inner_text("main")
            assert outside == [] and dialogs == []
            # Chromium logs the deliberate 400 above; nothing else went wrong
            assert [e for e in errors if "status of 400" not in e] == [], errors
        finally:
            page.close()


# ---------------------------------------------------------------- generated hostile text

def _shown(text: str) -> str:
    """What the page should show for ``text``: bidi controls become U+FFFD, nothing else changes."""
    return text.translate(BIDI_CONTROLS)


@settings(max_examples=4, deadline=None, derandomize=True, phases=[Phase.explicit, Phase.generate],
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@example(fields=["".join(NASTY)] * 9)
@given(fields=st.lists(hostile_text(), min_size=9, max_size=9))
def test_generated_hostile_text_is_shown_as_text_and_never_run(browser, tmp_path_factory, fields):
    """Labels, headline, source, byline, quotation, sentence and role made of markup, quotes, controls,
    bidi overrides and 10,000-character tokens: shown exactly as text, no dialog, no script error, no
    new element. (No shrinking: each example opens a browser page.)"""
    g = hostile_graph(fields)
    path = tmp_path_factory.mktemp("hostile") / "graph.html"
    path.write_text(render_html(g), encoding="utf-8")
    page = Page(browser, path)
    try:
        heading = "document.querySelector('#kg-panel h2').textContent"
        panel = "document.getElementById('kg-panel').textContent"
        page.js("window.kg.showNode('entity/person/p')")
        assert page.js(heading) == _shown(fields[0] or "entity/person/p")
        assert _shown(fields[1]) in page.js(panel)  # the alias
        page.js("window.kg.showNode('entity/organization/o')")
        assert page.js(heading) == _shown(fields[1] or "entity/organization/o")
        page.js("window.kg.showNode('article/a1')")
        assert page.js(heading) == _shown(fields[2] or fields[3] or "article/a1")
        assert _shown(fields[3]) in page.js(panel) and _shown(fields[5]) in page.js(panel)
        page.js("window.kg.showNode('quotation/a1/50')")
        assert _shown(fields[7]) in page.js(panel)
        page.js("window.kg.showEdge('entity/person/p|worksFor|entity/organization/o')")
        assert _shown(fields[6]) in page.js(panel) and _shown(fields[8]) in page.js(panel)
        # the search list and the article menu hold the same text
        page.js("""q => { const s = document.getElementById('kg-search'); s.value = q;
                          s.dispatchEvent(new Event('input')); }""", fields[0][:40] or "p")
        page.page.select_option("#kg-article", "article/a1")
        # hover the person: the vis tooltip shows its title as text
        x, y = page.screen_xy("entity/person/p")
        page.page.mouse.move(x - 3, y - 3)
        page.page.mouse.move(x, y, steps=2)
        page.page.wait_for_timeout(300)
        assert page.js("document.querySelectorAll('.vis-tooltip *:not(br)').length") == 0
        assert page.js("document.querySelectorAll('img, iframe, object, embed, frame').length") == 0
        assert page.js("document.scripts.length") == 4  # the data, the records, vis-network and the page's own
        assert page.js("window.__pwned") is None
        page.assert_clean()
    finally:
        page.page.close()


def test_a_twenty_thousand_character_word_does_not_freeze_the_panel(browser, tmp_path):
    """Chromium re-shapes a long word for every line it wraps to; with kerning that took 16 s for
    10,000 'A's (70 s for 20,000) here. The panel must stay quick whatever the article holds."""
    word = "A" * 20_000
    path = tmp_path / "graph.html"
    path.write_text(render_html(hostile_graph([word] * 9)), encoding="utf-8")
    page = Page(browser, path)
    try:
        took = page.js("""() => { const t0 = performance.now();
            for (const id of ['entity/person/p', 'article/a1', 'quotation/a1/50']) window.kg.showNode(id);
            window.kg.showEdge('entity/person/p|worksFor|entity/organization/o');
            document.getElementById('kg-panel').getBoundingClientRect();
            return performance.now() - t0; }""")
        assert took < 3000, f"{took:.0f} ms"
        assert word in page.js("document.getElementById('kg-panel').textContent")
        page.assert_clean()
    finally:
        page.page.close()


def _as_parsed(text: str) -> str:
    """What an entity page shows of ``text``: as on the network page, then CR LF and CR read as LF by the HTML parser."""
    return _from_rdf(text).replace("\r\n", "\n").replace("\r", "\n")


def _from_rdf(text: str) -> str:
    """What the network page shows of ``text`` read back from RDF (its data is JSON, not parsed HTML)."""
    from graph.using.rdf import clean_text

    return _shown(clean_text(text))


@settings(max_examples=2, deadline=None, derandomize=True, phases=[Phase.explicit, Phase.generate],
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@example(fields=["".join(NASTY)] * 9)
@given(fields=st.lists(hostile_text(), min_size=9, max_size=9))
def test_kg_serve_pages_show_generated_hostile_text_and_never_run_it(browser, tmp_path_factory, fields):
    """The graph exported (RDF, as a build writes it) and served by `kg serve`: its network page and the
    entity pages show labels, aliases, quotation, sentence and role as text; no dialog, no error, no
    new element, no script of the article's."""
    from graph.using.export import export_graph
    from graph.using.server import create_app
    from live import live_app

    folder = tmp_path_factory.mktemp("served-hostile")
    export_graph(hostile_graph(fields), folder, ["nq"])
    with live_app(create_app(folder, workers=1, timeout=10)) as base:
        errors, dialogs, outside = [], [], []
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.route("**/*", lambda r: r.continue_() if r.request.url.startswith(base + "/")
                   else (outside.append(r.request.url), r.abort()))
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.on("console", lambda m: m.type == "error" and errors.append(m.text))
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        try:
            page.goto(base + "/")
            page.wait_for_function("window.kg && window.kg.ready === true", timeout=15_000)
            own_scripts = page.evaluate("[...document.scripts].map(s => s.src || s.type || 'inline')")
            page.evaluate("window.kg.showNode('entity/person/p')")
            heading = page.evaluate("document.querySelector('#kg-panel h2').textContent")
            if _from_rdf(fields[0]):
                assert heading == _from_rdf(fields[0])
            else:  # an empty label: the entity's other name (read back from its aliases), shortened, or its id
                alias = _from_rdf(fields[1])
                assert heading == "entity/person/p" or all(
                    part in alias for part in heading.replace("\u2026", "...").split("...") if part), heading[:80]
            page.evaluate("window.kg.showEdge('entity/person/p|worksFor|entity/organization/o')")
            panel = page.evaluate("document.getElementById('kg-panel').textContent")
            assert _from_rdf(fields[6]) in panel and _from_rdf(fields[8]) in panel
            assert page.evaluate("document.querySelectorAll('img, iframe, object, embed, frame').length") == 0
            assert page.evaluate("window.__pwned") is None
            # the page's own: the example queries, its data and its records as JSON, vis-network, the browser,
            # the query box
            assert own_scripts == ["application/json"] * 3 + ["inline"] * 3, own_scripts
            assert page.evaluate("document.scripts.length") == 6

            for path, label in (("/entity/person/p", fields[0]), ("/entity/organization/o", fields[1])):
                response = page.goto(base + path, wait_until="load")
                assert response.status == 200 and response.headers["content-type"].startswith("text/html")
                if label:  # an entity without a label is shown by its id
                    assert page.inner_text("h1") and page.evaluate(
                        "document.querySelector('h1').textContent") == _as_parsed(label)
                text = page.evaluate("document.body.textContent")
                if path == "/entity/person/p":
                    for i in (1, 7):  # an alias and the quotation
                        assert _as_parsed(fields[i]) in text, i
                else:
                    assert _as_parsed(fields[6]) in text and _as_parsed(fields[8]) in text  # evidence and role
                assert page.evaluate("document.scripts.length") == 0  # entity pages carry no script at all
                assert page.evaluate("document.querySelectorAll('img, iframe, object, embed, frame').length") == 0
                assert page.evaluate("window.__pwned") is None
            assert dialogs == [] and errors == [] and outside == [], (dialogs, errors, outside)
        finally:
            page.close()


def test_a_link_to_a_retired_id_selects_the_entity_it_was_merged_into(browser, tmp_path):
    """graph.html#entity/<old id> of an entity a later build merged into another (graph.building.identity)."""
    from conftest import _sample
    from graph.building.build import build_graph

    g = build_graph(*_sample())
    g.graph["retired"] = {"entity/person/j-doe": JANE}
    path = tmp_path / "graph.html"
    path.write_text(render_html(g), encoding="utf-8")
    p = Page(browser, path, fragment="#entity/person/j-doe")
    try:
        assert p.js("window.kgNetwork.getSelectedNodes()") == [JANE]
        assert p.page.inner_text("#kg-panel h2") == "Jane Doe"
        p.assert_clean()
    finally:
        p.page.close()


def test_served_query_results_click_through_and_the_menu_follows_the_text(browser, seeds_build):
    """`kg serve`'s SPARQL box: an example's IRIs are links that select the entity (and reach its page);
    the box leaves the network its zoom and most of the height; the menu names the example the text is."""
    from graph.using.browse import load_graph
    from graph.using.server import create_app
    from live import live_app

    with live_app(create_app(seeds_build[0], workers=1, timeout=10)) as base:
        p = Page(browser, None, base=base)
        try:
            page = p.page
            page.set_viewport_size({"width": 1400, "height": 900})
            page.wait_for_timeout(100)
            scale = p.js("window.kgNetwork.getScale()")
            page.click("#kg-query-toggle")
            page.wait_for_function("document.querySelector('#kg-network canvas').clientHeight < 800")
            page.wait_for_timeout(100)  # the resize is observed asynchronously
            assert abs(p.js("window.kgNetwork.getScale()") - scale) < 1e-6  # labels as legible as before
            height = p.js("document.querySelector('#kg-network').getBoundingClientRect().height")
            assert height >= 0.55 * 900, height
            assert p.js("document.querySelector('#kg-panel').getBoundingClientRect().bottom") >= 899  # panel keeps its height
            # the menu follows the text
            page.select_option("#kg-query-examples", "who_criticises")
            example = page.input_value("#kg-query-text")
            page.press("#kg-query-text", "End")
            page.keyboard.type(" LIMIT 1")
            assert page.input_value("#kg-query-examples") == ""
            assert page.eval_on_selector("#kg-query-examples", "s => s.selectedOptions[0].textContent") == "(your own query)"
            page.fill("#kg-query-text", example)
            assert page.input_value("#kg-query-examples") == "who_criticises"
            page.fill("#kg-query-text", "SELECT ?e WHERE { ?e a kg:Person }")
            assert page.input_value("#kg-query-examples") == ""
            page.select_option("#kg-query-examples", "most_mentioned")
            assert "GROUP BY" in page.input_value("#kg-query-text")
            # an example's rows: the critic and the target are links to the network and to their pages
            page.select_option("#kg-query-examples", "who_criticises")
            page.click("#kg-query-run")
            page.wait_for_selector("#kg-query-results tbody tr", timeout=10_000)
            headers = page.eval_on_selector_all("#kg-query-results th", "ths => ths.map(th => th.textContent)")
            assert headers == ["critic", "target", "sentence", "article"]  # each IRI shown once, as its label's link
            first = "#kg-query-results tbody tr:first-child"
            assert page.get_attribute(f"{first} td:nth-child(2) a.page-link", "href") == "/entity/organization/meta"
            page.click(f"{first} button[data-node='entity/person/simon-bailey']")
            assert p.js("window.kgNetwork.getSelectedNodes()") == ["entity/person/simon-bailey"]
            assert page.inner_text("#kg-panel h2") == "Simon Bailey"
            # the served page has the dates too (read back from the RDF): his timeline, the date range
            dates = p.js("[...document.querySelectorAll('#kg-panel ol.timeline li')].map(li => li.dataset.date)")
            assert dates[0] == "2021-06-30" and dates[-1] == "undated" and set(dates) == {"2021-06-30", "undated"}
            p.js("window.kg.setDates('2021-06-01', '2021-06-30', false)")
            june = {f"{u}|{k}|{v}" for u, v, k, d in load_graph(seeds_build[0]).edges(keys=True, data=True)
                    if any(r["article"] == "article/001-87f876cbfca84f1a" for r in d.get("evidence") or ())}
            shown = {e for e in p.js("window.kg.visibleEdges()") if "|mentions|" not in e}
            assert shown and shown <= june
            page.click("#kg-dates-all")
            page.click(f"{first} td:nth-child(4) button")  # the article, selected too
            assert p.js("window.kgNetwork.getSelectedNodes()")[0].startswith("article/")
            page.click(f"{first} td:nth-child(2) a.page-link")
            page.wait_for_url(base + "/entity/organization/meta")
            assert "Simon Bailey" in page.inner_text("main")
            p.assert_clean()
        finally:
            p.page.close()


ANN, BEE, CAL, DEE, EVE = ("entity/person/ann-lee", "entity/organization/bee-corp", "entity/person/cal-ray",
                           "entity/organization/dee-ltd", "entity/person/eve-fox")
ANN_BEE, CAL_BEE = f"{ANN}|criticises|{BEE}", f"{CAL}|criticises|{BEE}"  # Jan and Jun; Mar
ANN_DEE = f"{ANN}|worksFor|{DEE}"  # Mar
DEE_BEE, EVE_DEE = f"{DEE}|owns|{BEE}", f"{EVE}|criticises|{DEE}"  # the undated article


@pytest.fixture(params=["inline", "files"])
def dated_page(request, browser, dated_graph, tmp_path):
    """The dated graph's page, its records inline or in small files beside it (loaded when a panel needs them)."""
    from graph.using.render import render_page

    path = tmp_path / "dated.html"
    if request.param == "inline":
        path.write_text(render_html(dated_graph), encoding="utf-8")
        p = Page(browser, path)
    else:
        page = render_page(dated_graph, inline_limit=0, chunk_bytes=200)
        assert len(page.files) >= 2
        path.write_text(page.html, encoding="utf-8")
        for name, data in page.files.items():
            (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
            (tmp_path / name).write_bytes(data)
        p = Page(browser, path, allow=tmp_path.as_uri() + "/graph_files/")
    yield p
    p.assert_clean()
    p.page.close()


def _panel_of(p, node: str) -> None:
    """Wait until the panel shows ``node`` with its records."""
    p.page.wait_for_function("id => document.getElementById('kg-panel').getAttribute('data-node') === id && "
                             "document.getElementById('kg-panel').getAttribute('data-loaded') === '1'", arg=node,
                             timeout=10_000)


def _relations(p) -> list[str]:
    return [e for e in p.js("window.kg.edgesView.getIds()") if "|mentions|" not in e and "|spokenBy|" not in e
            and "|isPartOf|" not in e]


def test_date_range_hides_edges_outside_it_and_keeps_undated_as_chosen(dated_page):
    p = dated_page
    assert sorted(_relations(p)) == sorted([ANN_BEE, CAL_BEE, ANN_DEE, DEE_BEE, EVE_DEE])
    assert p.page.input_value("#kg-date-from") == "" and p.page.get_attribute("#kg-date-from", "min") == "2021-01-10"
    assert p.page.inner_text("#kg-undated-count") == "1"
    p.page.fill("#kg-date-from", "2021-02-01")
    p.page.fill("#kg-date-to", "2021-04-30")
    # March's relations, and the undated article's, kept as undated
    assert sorted(_relations(p)) == sorted([CAL_BEE, ANN_DEE, DEE_BEE, EVE_DEE])
    assert "2021-02-01 to 2021-04-30, undated kept" in p.page.inner_text("#kg-status")
    p.page.uncheck("#kg-undated")
    assert sorted(_relations(p)) == sorted([CAL_BEE, ANN_DEE])
    assert EVE not in p.js("window.kg.visibleNodes()")  # read only in the undated article
    assert "undated hidden" in p.page.inner_text("#kg-status")
    # quotations follow their article's date
    p.page.check("#kg-quotes")
    assert not [n for n in p.js("window.kg.visibleNodes()") if n.startswith("quotation/")]
    p.page.fill("#kg-date-to", "")
    p.page.fill("#kg-date-from", "2021-06-01")
    assert _relations(p) == [ANN_BEE]  # its June evidence
    quotes = [n for n in p.js("window.kg.visibleNodes()") if n.startswith("quotation/")]
    assert len(quotes) == 1 and quotes[0].startswith("quotation/jun/")
    # a bar of the chart is a month: January
    p.page.click("#kg-dates-chart rect.bar[data-from='2021-01-01']")
    assert (p.page.input_value("#kg-date-from"), p.page.input_value("#kg-date-to")) == ("2021-01-01", "2021-01-31")
    assert _relations(p) == [ANN_BEE]
    assert p.js("document.querySelectorAll('#kg-dates-chart rect.bar:not(.off)').length") == 1
    p.page.check("#kg-undated")
    assert sorted(_relations(p)) == sorted([ANN_BEE, DEE_BEE, EVE_DEE])
    p.page.click("#kg-dates-all")
    assert len(_relations(p)) == 5
    p.js("window.kg.showNode('article/und')")
    _panel_of(p, "article/und")
    assert "Date: undated" in p.panel()


def test_timeline_lists_an_entitys_dated_items_in_order(dated_page):
    p = dated_page
    p.js(f"window.kg.focusNode({ANN!r})")
    _panel_of(p, ANN)
    items = p.js("""[...document.querySelectorAll('#kg-panel ol.timeline li')].map(li =>
        [li.dataset.date, li.dataset.kind, li.textContent])""")
    assert [(d, k) for d, k, _ in items] == [
        ("2021-01-10", "relation"), ("2021-01-10", "quotation"), ("2021-03-05", "relation"),
        ("2021-06-20", "relation"), ("2021-06-20", "quotation"), ("undated", "quotation")]
    assert "criticises \u2192 Bee Corp" in items[0][2] and "News of jan" in items[0][2]
    assert "works for \u2192 Dee Ltd" in items[2][2]
    assert "never kept" in items[4][2] and "Nobody told us" in items[5][2]
    assert "TIMELINE (5 DATED, 1 UNDATED)" in p.panel().upper()
    assert p.origin is None or p.loaded  # with record files, the panel read them
    # items outside the date range are dimmed, not dropped
    p.js("window.kg.setDates('2021-02-01', '2021-04-30')")
    p.js(f"window.kg.showNode({ANN!r})")
    _panel_of(p, ANN)
    outside = p.js("[...document.querySelectorAll('#kg-panel ol.timeline li')].map(li => li.classList.contains('outside'))")
    assert outside == [True, True, False, True, True, False]
    # its relation opens the edge with its evidence
    p.page.click("#kg-panel ol.timeline li[data-date='2021-03-05'] button")
    p.page.wait_for_selector("#kg-panel ul.evidence li", timeout=10_000)
    assert "Ann Lee works for Dee Ltd." in p.panel() and p.page.inner_text("#kg-panel h2") == "Ann Lee \u2192 Dee Ltd"


def test_odd_dates_are_read_as_undated_and_break_nothing(browser, dated_graph, tmp_path):
    """A date the page cannot read (from some other store's RDF) is undated; an impossible month is binned last."""
    g = dated_graph.copy()
    g.nodes["article/jan"]["date"] = "<b>soon</b>"
    g.nodes["article/mar"]["date"] = "2021-13-45"
    path = tmp_path / "odd.html"
    path.write_text(render_html(g), encoding="utf-8")
    p = Page(browser, path)
    try:
        assert p.page.inner_text("#kg-undated-count") == "2"  # jan's date and the undated article
        p.page.uncheck("#kg-undated")
        assert sorted(_relations(p)) == sorted([CAL_BEE, ANN_DEE, ANN_BEE])  # mar and jun
        p.js(f"window.kg.showNode({ANN!r})")
        assert p.js("[...document.querySelectorAll('#kg-panel ol.timeline li')].map(li => li.dataset.date)") == [
            "2021-06-20", "2021-06-20", "2021-13-45", "undated", "undated", "undated"]
        p.assert_clean()
    finally:
        p.page.close()
