"""Real clients against the real `kg serve`: YASGUI (npm) in Chromium on a page of another origin, Comunica
(npm, Node) querying the endpoint and dereferencing entity IRIs, rdflib reading IRIs by content negotiation.
Slow (conftest.SLOW_MODULES).

The npm packages come from clients/package-lock.json (`make clients`, run by `make test` and so by .ci/run);
nothing is fetched from a CDN: the browser aborts every request beyond the two local origins.
"""

from __future__ import annotations

import functools
import json
import os
import shutil
import subprocess
import threading
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlencode

import httpx
import pytest
from rdflib import RDF, RDFS, Graph, Literal, URIRef

from conftest import ROOT
from live import kg_serve

CLIENTS = ROOT / "clients"
YASGUI_JS = CLIENTS / "node_modules" / "@zazuko" / "yasgui" / "build" / "yasgui.min.js"
COMUNICA = CLIENTS / "node_modules" / "@comunica" / "query-sparql"
CHROMIUM = Path("/usr/bin/chromium")
KG = "https://w3id.org/news-kg/ontology#"
SD = "http://www.w3.org/ns/sparql-service-description#"
PERSONS = ("PREFIX kg: <https://w3id.org/news-kg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
           "SELECT ?name WHERE { ?p a kg:Person ; rdfs:label ?name } ORDER BY ?name")
SIX = ["Andy Burrows", "Mark Zuckerberg", "Robert Jones", "Simon Bailey", "Suella Braverman", "Tom Tugendhat"]


def _require(*paths: Path, what: str) -> None:
    """Missing clients fail under `make test` (KG_CLIENTS=required); a bare pytest run skips, saying why."""
    missing = [str(p.relative_to(ROOT)) if p.is_relative_to(ROOT) else str(p) for p in paths if not p.exists()]
    if not missing:
        return
    message = f"{what} is not installed ({', '.join(missing)} missing): run `make clients`"
    if os.environ.get("KG_CLIENTS") == "required":
        pytest.fail(message)
    pytest.skip(message)


# ---------------------------------------------------------------- servers


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


@contextmanager
def _static(folder: Path):
    """A plain static file server for ``folder`` on 127.0.0.1 (a free port): another origin than `kg serve`."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(folder)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        thread.join(5)


@pytest.fixture(scope="module")
def site():
    _require(YASGUI_JS, what="YASGUI (npm @zazuko/yasgui)")
    with _static(CLIENTS) as origin:
        yield origin


@pytest.fixture(scope="module")
def served_cors(seeds_build, site):
    """`kg serve --cors <the page's origin>` over the seeds build."""
    with kg_serve(seeds_build[0], "--cors", site) as server:
        yield server


@pytest.fixture(scope="module")
def served_plain(seeds_build):
    """`kg serve` with CORS off, as by default."""
    with kg_serve(seeds_build[0]) as server:
        yield server


@pytest.fixture(scope="module")
def served_rebased(rebased_build):
    """`kg build --base http://127.0.0.1:PORT/` served on PORT: its IRIs dereference for real."""
    out, base, port = rebased_build
    with kg_serve(out, port=port) as server:
        assert server.base + "/" == base
        yield server


# ---------------------------------------------------------------- YASGUI in Chromium


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing (make browser installs it)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install -e '.[test]')")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox", "--disable-gpu", "--no-first-run",
                                                                   "--disable-background-networking"])
        yield b
        b.close()


def _yasgui(browser, site: str, endpoint: str) -> dict:
    """Open clients/yasgui.html from ``site``, run the query against ``endpoint`` as a user would (the
    query button), and return what the page shows, what the console said and what left the two origins."""
    page = browser.new_page()
    origins = (site + "/", endpoint.rsplit("/", 1)[0] + "/")
    outside, console = [], []

    def route(r):
        if r.request.url.startswith(origins):
            r.continue_()
        else:
            outside.append(r.request.url)
            r.abort()

    page.route("**/*", route)
    page.on("console", lambda m: console.append(m.text))
    page.on("pageerror", lambda exc: console.append(f"pageerror: {exc}"))
    try:
        page.goto(f"{site}/yasgui.html?" + urlencode({"endpoint": endpoint, "query": PERSONS}))
        page.wait_for_function("window.yasgui && window.yasgui.getTab()")
        page.click(".yasqe_queryButton")
        page.wait_for_selector(".yasr tbody tr, .yasr .errorResult", timeout=20_000)
        rows = [r.strip() for r in page.locator(".yasr tbody tr td:nth-child(2)").all_inner_texts()]
        shown = page.inner_text(".yasr")
        # the same page POSTs application/sparql-query itself: not a "simple" request, so a preflight comes first
        direct = page.evaluate("""async (endpoint) => {
            try {
              const r = await fetch(endpoint, {method: "POST", body: "ASK { ?s a <https://w3id.org/news-kg/ontology#Person> }",
                headers: {"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"}});
              return {status: r.status, boolean: (await r.json()).boolean, rows: r.headers.get("X-Result-Rows")};
            } catch (e) { return {error: String(e)}; }
        }""", endpoint)
    finally:
        page.close()
    return {"rows": rows, "shown": shown, "direct": direct, "console": console, "outside": outside}


def test_yasgui_on_another_origin_shows_the_rows_with_cors(browser, site, served_cors):
    seen = _yasgui(browser, site, served_cors.base + "/sparql")
    assert seen["rows"] == SIX, seen
    assert "6 results" in seen["shown"]
    assert seen["direct"] == {"status": 200, "boolean": True, "rows": "1"}  # the preflight passed; exposed header read
    assert seen["outside"] == [] and not [c for c in seen["console"] if "CORS" in c or "pageerror" in c]


def test_yasgui_shows_the_browser_s_refusal_without_cors(browser, site, served_plain):
    seen = _yasgui(browser, site, served_plain.base + "/sparql")
    assert seen["rows"] == []
    assert "Failed to fetch" in seen["shown"]  # YASR's report of the browser's refusal
    assert any("blocked by CORS policy" in c and site in c for c in seen["console"]), seen["console"]
    assert seen["direct"] == {"error": "TypeError: Failed to fetch"}
    assert seen["outside"] == []


def test_yasgui_is_refused_when_its_origin_is_not_the_one_allowed(browser, site, seeds_build):
    with kg_serve(seeds_build[0], "--cors", "http://localhost:1") as server:
        seen = _yasgui(browser, site, server.base + "/sparql")
    assert seen["rows"] == [] and any("blocked by CORS policy" in c for c in seen["console"])


# ---------------------------------------------------------------- Comunica in Node


def _comunica(query: str, *sources: str) -> list[dict]:
    _require(COMUNICA, what="Comunica (npm @comunica/query-sparql)")
    node = shutil.which("node") or "/usr/bin/node"
    _require(Path(node), what="Node.js")
    proc = subprocess.run([node, str(CLIENTS / "comunica-query.mjs"), query, *sources], capture_output=True, text=True,
                          timeout=120, cwd=CLIENTS)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_comunica_queries_the_endpoint_and_follows_an_entity_iri(served_rebased):
    base = served_rebased.base
    critics = _comunica(
        "PREFIX kg: <https://w3id.org/news-kg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
        "SELECT ?target ?name WHERE { ?bailey rdfs:label 'Simon Bailey' ; kg:criticises ?target . ?target rdfs:label ?name }",
        f"sparql@{base}/sparql")
    targets = {row["name"]: row["target"] for row in critics}
    assert {"Meta", "Apple", "Google", "Microsoft"} <= set(targets)
    facebook = targets["Meta"]
    assert facebook == f"{base}/id/entity/organization/meta"  # minted under the served base: it dereferences
    # follow it: Comunica fetches the IRI itself (content negotiation) and queries the document it gets
    bailey = f"{base}/id/entity/person/simon-bailey"
    followed = _comunica(
        "PREFIX kg: <https://w3id.org/news-kg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
        "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n"
        f"SELECT ?label ?type ?sentence WHERE {{ <{facebook}> rdfs:label ?label ; a ?type . "
        f"?st rdf:subject <{bailey}> ; rdf:predicate kg:criticises ; rdf:object <{facebook}> ; kg:evidence/kg:sentence ?sentence }}",
        facebook)
    assert {(r["label"], r["type"]) for r in followed} == {("Meta", KG + "Organization")}
    assert any("lip service to the threat" in r["sentence"] for r in followed)  # its relations come with their evidence


def test_comunica_reads_a_default_base_iri_at_its_path(served_plain):
    """With the default base (w3id.org), the document at /id/... holds the w3id IRI's triples."""
    rows = _comunica("SELECT ?label WHERE { <https://w3id.org/news-kg/id/entity/person/simon-bailey> "
                     "<http://www.w3.org/2000/01/rdf-schema#label> ?label }",
                     served_plain.base + "/id/entity/person/simon-bailey")
    assert rows == [{"label": "Simon Bailey"}]


# ---------------------------------------------------------------- rdflib


@pytest.mark.parametrize("fmt", [None, "turtle", "xml", "json-ld", "nt"])
def test_rdflib_parses_an_entity_iri_by_content_negotiation(served_plain, fmt):
    url = served_plain.base + "/id/entity/person/simon-bailey"
    g = Graph().parse(url, format=fmt) if fmt else Graph().parse(url)
    bailey = URIRef("https://w3id.org/news-kg/id/entity/person/simon-bailey")
    assert (bailey, RDF.type, URIRef(KG + "Person")) in g and (bailey, RDFS.label, Literal("Simon Bailey")) in g
    assert len(g) > 200


def test_rdflib_follows_a_minted_iri_itself(served_rebased):
    iri = served_rebased.base + "/id/entity/organization/meta"
    g = Graph().parse(iri)  # the IRI is the URL: follow-your-nose
    assert g.value(URIRef(iri), RDFS.label) == Literal("Meta")


def test_rdflib_reads_the_service_description_and_it_names_the_endpoint(served_plain):
    endpoint = served_plain.base + "/sparql"
    g = Graph().parse(endpoint)  # GET without a query, rdflib's Accept: every RDF type it can parse
    assert (URIRef(endpoint), RDF.type, URIRef(SD + "Service")) in g
    assert (URIRef(endpoint), URIRef(SD + "endpoint"), URIRef(endpoint)) in g
    void = Graph().parse(served_plain.base + "/.well-known/void")
    datasets = set(void.subjects(RDF.type, URIRef("http://rdfs.org/ns/void#Dataset")))
    assert datasets == {g.value(URIRef(endpoint), URIRef(SD + "defaultDataset"))}


def test_the_query_page_of_a_rebased_graph_links_its_iris(served_rebased):
    """The SPARQL box turns IRIs under the graph's own base into buttons that select the entity."""
    page = httpx.get(served_rebased.base + "/").text
    assert f'"idBase":"{served_rebased.base}/id/"' in page
