"""Server: the SPARQL 1.1 Protocol, content negotiation, one JSON error shape, limits, pages, over real HTTP."""

from __future__ import annotations

import io
import threading
import time

import httpx
import pytest
from rdflib import Graph
from rdflib.query import Result

from graph.building.build import build_graph
from graph.using.export import export_graph
from graph.using.server import create_app
from graph.pipeline import assemble
from graph.using.store import add_to_store, write_store

from conftest import HOSTILE, _sample
from live import live_app

SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
PERSONS = "SELECT ?name WHERE { ?p a kg:Person ; rdfs:label ?name } ORDER BY ?name"
BAILEY = "https://w3id.org/news-kg/id/entity/person/simon-bailey"
MAX_BODY = 4096


@pytest.fixture(scope="module")
def seeds_url(seeds_build):
    app = create_app(seeds_build[0], timeout=1.5, max_rows=50, workers=2, max_body=MAX_BODY)
    with live_app(app) as url:
        yield url


@pytest.fixture(scope="module")
def small_url(tmp_path_factory):
    folder = tmp_path_factory.mktemp("small-export")
    export_graph(build_graph(*_sample()), folder, formats=["nq"])
    with live_app(create_app(folder, timeout=5, workers=1)) as url:
        yield url


def names(response) -> list[str]:
    return [b["name"]["value"] for b in response.json()["results"]["bindings"]]


# ---------------------------------------------------------------- the protocol


def test_get_post_form_and_post_direct_give_the_same_answer(seeds_url):
    got = httpx.get(f"{seeds_url}/sparql", params={"query": PERSONS})
    form = httpx.post(f"{seeds_url}/sparql", data={"query": PERSONS})
    direct = httpx.post(f"{seeds_url}/sparql", content=PERSONS.encode(),
                        headers={"Content-Type": "application/sparql-query; charset=utf-8"})
    for r in (got, form, direct):
        assert r.status_code == 200
        assert r.headers["content-type"] == "application/sparql-results+json; charset=utf-8"
        assert names(r) == ["Andy Burrows", "Mark Zuckerberg", "Robert Jones", "Simon Bailey", "Suella Braverman",
                            "Tom Tugendhat"]
    assert got.headers["vary"] == "Accept" and got.headers["x-result-rows"] == "6"


@pytest.mark.parametrize("accept, fmt", [
    ("application/sparql-results+json", "json"),
    ("application/sparql-results+xml", "xml"),
    ("text/csv", "csv"),
    ("text/tab-separated-values", "tsv"),
])
def test_select_results_by_accept(seeds_url, accept, fmt):
    r = httpx.get(f"{seeds_url}/sparql", params={"query": PERSONS}, headers={"Accept": accept})
    assert r.status_code == 200 and r.headers["content-type"].startswith(accept)
    result = Result.parse(io.BytesIO(r.content), format=fmt)
    assert [str(b[result.vars[0]]) for b in result.bindings][3] == "Simon Bailey"


@pytest.mark.parametrize("accept, rdflib_format", [
    ("text/turtle", "turtle"), ("application/n-triples", "nt"), ("application/ld+json", "json-ld"),
    ("application/rdf+xml", "xml"),
])
def test_construct_and_describe_by_accept(seeds_url, accept, rdflib_format):
    query = f"CONSTRUCT {{ <{BAILEY}> ?p ?o }} WHERE {{ <{BAILEY}> ?p ?o }}"
    r = httpx.post(f"{seeds_url}/sparql", data={"query": query}, headers={"Accept": accept})
    assert r.status_code == 200 and r.headers["content-type"].startswith(accept)
    g = Graph().parse(data=r.content, format=rdflib_format)
    labels = {str(o) for p, o in g.predicate_objects() if str(p).endswith("#label")}
    assert labels == {"Simon Bailey"}
    described = httpx.get(f"{seeds_url}/sparql", params={"query": f"DESCRIBE <{BAILEY}>"},
                          headers={"Accept": accept})
    assert described.status_code == 200
    assert len(Graph().parse(data=described.content, format=rdflib_format)) >= len(g)


def test_format_parameter_and_defaults(seeds_url):
    r = httpx.get(f"{seeds_url}/sparql", params={"query": "ASK { ?s a kg:Person }", "format": "xml"})
    assert r.headers["content-type"].startswith("application/sparql-results+xml") and "<boolean>true" in r.text
    r = httpx.get(f"{seeds_url}/sparql", params={"query": "CONSTRUCT { ?s a kg:Person } WHERE { ?s a kg:Person }"},
                  headers={"Accept": "*/*"})
    assert r.headers["content-type"].startswith("text/turtle")
    assert httpx.get(f"{seeds_url}/sparql", params={"query": "ASK {}"}).json() == {"head": {}, "boolean": True}


def test_protocol_default_graph_uri(seeds_url):
    graph = "https://w3id.org/news-kg/id/graph/004-030315a66eaadceb"
    q = "SELECT (COUNT(DISTINCT ?e) AS ?name) WHERE { ?a <https://schema.org/mentions> ?e }"
    one = httpx.get(f"{seeds_url}/sparql", params={"query": q, "default-graph-uri": graph})
    every = httpx.get(f"{seeds_url}/sparql", params={"query": q})
    assert 0 < int(names(one)[0]) < int(names(every)[0])


def test_from_names_a_graph_and_fetches_nothing(seeds_url):
    for source in ("file:///etc/passwd", "http://127.0.0.1:9/data.ttl"):
        r = httpx.get(f"{seeds_url}/sparql", params={"query": f"SELECT * FROM <{source}> WHERE {{ ?s ?p ?o }}"})
        assert r.status_code == 200 and r.json()["results"]["bindings"] == []
    graph = "https://w3id.org/news-kg/id/graph/004-030315a66eaadceb"
    q = f"SELECT DISTINCT ?name FROM <{graph}> WHERE {{ ?a <https://schema.org/mentions> ?name }}"
    one = httpx.get(f"{seeds_url}/sparql", params={"query": q})
    every = httpx.get(f"{seeds_url}/sparql", params={"query": q.replace(f"FROM <{graph}> ", "")})
    assert 0 < len(names(one)) < len(names(every))


def test_row_cap_cuts_and_says_so(seeds_url):
    r = httpx.get(f"{seeds_url}/sparql", params={"query": "SELECT ?s WHERE { ?s ?p ?o }"})
    assert r.status_code == 200
    assert len(r.json()["results"]["bindings"]) == 50
    assert r.headers["x-result-truncated"] == "true" and r.headers["x-result-row-cap"] == "50"
    small = httpx.get(f"{seeds_url}/sparql", params={"query": PERSONS})
    assert "x-result-truncated" not in small.headers


def test_a_runaway_query_is_stopped_while_another_connection_is_answered(seeds_url):
    slow = {}

    def run_slow():
        started = time.monotonic()
        slow["response"] = httpx.get(f"{seeds_url}/sparql", params={"query": SLOW}, timeout=30)
        slow["seconds"] = time.monotonic() - started

    thread = threading.Thread(target=run_slow)
    thread.start()
    time.sleep(0.3)
    started = time.monotonic()
    quick = httpx.get(f"{seeds_url}/sparql", params={"query": PERSONS}, timeout=30)
    quick_seconds = time.monotonic() - started
    thread.join()
    assert quick.status_code == 200 and "Simon Bailey" in names(quick)
    assert quick_seconds < 1.0
    r = slow["response"]
    assert r.status_code == 503
    assert r.json()["error"]["code"] == "query_timeout" and "1.5 s" in r.json()["error"]["message"]
    assert 1.4 < slow["seconds"] < 5
    # the worker that was killed is replaced: the server goes on answering
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        ok = httpx.get(f"{seeds_url}/sparql", params={"query": "ASK { ?s ?p ?o }"})
        if ok.status_code == 200:
            break
    assert ok.status_code == 200


# ---------------------------------------------------------------- one error shape


ERRORS = [
    ("GET", "/sparql", {"params": {"query": "INSERT DATA { <http://x/a> <http://x/b> <http://x/c> }"}}, 403, "read_only"),
    ("POST", "/sparql", {"data": {"update": "DELETE WHERE { ?s ?p ?o }"}}, 403, "read_only"),
    ("POST", "/sparql", {"content": b"CLEAR ALL", "headers": {"Content-Type": "application/sparql-update"}}, 403,
     "read_only"),
    ("POST", "/sparql", {"data": {"query": "LOAD <file:///etc/passwd>"}}, 403, "read_only"),
    ("GET", "/sparql", {"params": {"query": "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }"}}, 403,
     "read_only"),
    ("GET", "/sparql", {"params": {"query": "SELECT ?s WHERE { ?s ?p }"}}, 400, "bad_query"),
    # without a query, GET /sparql describes the service in RDF; a client that wants only results gets 400
    ("GET", "/sparql", {"headers": {"Accept": "application/sparql-results+json"}}, 400, "bad_request"),
    ("GET", "/sparql", {"params": {"default-graph-uri": "https://w3id.org/news-kg/id/graph/x"}}, 400, "bad_request"),
    ("POST", "/sparql", {"data": {"default-graph-uri": "https://w3id.org/news-kg/id/graph/x"}}, 400, "bad_request"),
    ("GET", "/sparql?query=ASK%7B%7D&query=ASK%7B%7D", {}, 400, "bad_request"),
    ("POST", "/sparql", {"content": b"\xff\xfe", "headers": {"Content-Type": "application/sparql-query"}}, 400,
     "bad_request"),
    ("GET", "/sparql", {"params": {"query": "ASK {}"}, "headers": {"Accept": "image/png"}}, 406, "not_acceptable"),
    ("GET", "/sparql", {"params": {"query": "ASK {}", "format": "turtle"}}, 406, "not_acceptable"),
    ("POST", "/sparql", {"content": b"x" * (MAX_BODY + 1), "headers": {"Content-Type": "application/sparql-query"}},
     413, "payload_too_large"),
    ("POST", "/sparql", {"data": {"query": "ASK {} #" + "x" * MAX_BODY}}, 413, "payload_too_large"),
    ("POST", "/sparql", {"content": b"ASK {}", "headers": {"Content-Type": "text/plain"}}, 415,
     "unsupported_media_type"),
    ("DELETE", "/sparql", {}, 405, "method_not_allowed"),
    ("GET", "/nowhere", {}, 404, "not_found"),
    ("GET", "/entity/person/nobody", {}, 404, "not_found"),
    ("GET", "/id/entity/person/nobody", {"headers": {"Accept": "text/turtle"}}, 404, "not_found"),
    ("GET", "/id/entity/person/nobody", {"headers": {"Accept": "text/html"}}, 404, "not_found"),
    ("GET", "/id/entity/person/%3Cx%3E%20%7D", {}, 404, "not_found"),  # not an IRI: never reaches a query
    ("GET", "/id/entity/person/simon-bailey", {"headers": {"Accept": "image/png"}}, 406, "not_acceptable"),
    ("GET", "/id/entity/person/simon-bailey", {"headers": {"Accept": "application/sparql-results+json"}}, 406,
     "not_acceptable"),
    ("POST", "/id/entity/person/simon-bailey", {"data": {"query": "ASK {}"}}, 405, "method_not_allowed"),
    ("GET", "/.well-known/void", {"headers": {"Accept": "text/csv"}}, 406, "not_acceptable"),
    ("POST", "/.well-known/void", {}, 405, "method_not_allowed"),
]


@pytest.mark.parametrize("method, path, kwargs, status, code", ERRORS, ids=[f"{e[3]}-{e[4]}-{i}" for i, e in enumerate(ERRORS)])
def test_every_error_has_the_one_json_shape(seeds_url, method, path, kwargs, status, code):
    r = httpx.request(method, seeds_url + path, **kwargs)
    assert r.status_code == status, r.text
    assert r.headers["content-type"] == "application/json"
    body = r.json()
    assert list(body) == ["error"] and sorted(body["error"]) == ["code", "message"]
    assert body["error"]["code"] == code
    message = body["error"]["message"]
    assert isinstance(message, str) and message and "\n" not in message and "Traceback" not in message


def test_a_chunked_body_over_the_limit_is_refused(seeds_url):
    def chunks():
        for _ in range(10):
            yield b"# padding " * 100

    r = httpx.post(f"{seeds_url}/sparql", content=chunks(), headers={"Content-Type": "application/sparql-query"})
    assert r.status_code == 413 and r.json()["error"]["code"] == "payload_too_large"


def test_foreign_host_header_is_refused(seeds_build):
    app = create_app(seeds_build[0], workers=1, allowed_hosts=("127.0.0.1", "localhost"))
    with live_app(app) as url:
        assert httpx.get(f"{url}/sparql", params={"query": "ASK {}"}).status_code == 200
        r = httpx.get(f"{url}/sparql", params={"query": "ASK {}"}, headers={"Host": "evil.example:8000"})
        assert r.status_code == 400 and r.json()["error"]["code"] == "bad_request"


# ---------------------------------------------------------------- pages


def test_entity_json_and_html_by_negotiation(seeds_url):
    as_json = httpx.get(f"{seeds_url}/entity/person/simon-bailey", headers={"Accept": "application/json"})
    assert as_json.status_code == 200 and as_json.headers["content-type"] == "application/json"
    rec = as_json.json()
    assert rec["label"] == "Simon Bailey" and "Mr Bailey" in rec["aliases"]
    crit = [r for r in rec["relations"]["out"] if r["predicate"] == "criticises" and r["entity"]["label"] == "Meta"]
    assert crit and any("lip service to the threat" in e["sentence"] for e in crit[0]["evidence"])
    assert len(rec["quotations"]) >= 10 and all(q["article"]["source"].endswith(".txt") for q in rec["quotations"])
    assert httpx.get(f"{seeds_url}/entity/person/simon-bailey?format=json").json() == rec

    html = httpx.get(f"{seeds_url}/entity/person/simon-bailey", headers={"Accept": "text/html,*/*;q=0.8"})
    assert html.status_code == 200 and html.headers["content-type"].startswith("text/html")
    assert "script-src" not in html.headers["content-security-policy"]
    assert "lip service to the threat" in html.text and 'href="/entity/organization/meta"' in html.text


def test_entity_page_lists_the_figures_of_the_seeds(seeds_url):
    rec = httpx.get(f"{seeds_url}/entity/organization/meta", headers={"Accept": "application/json"}).json()
    (own,) = [f for f in rec["figures"]["stated"] if f["text"] == "99 percent"]  # a spokesman's own words
    assert own["quoted"] and own["stated_by"]["label"] == "Meta" and own["source"] is None
    shares = {f["text"]: f for f in rec["figures"]["about"] if f["text"] in ("85 per cent", "82 per cent")}
    assert shares["85 per cent"]["share_of"] == "32 million" and shares["85 per cent"]["group"]["status"] == "conflicting"
    assert [(c["value"], c["reason"]) for c in shares["85 per cent"]["conflicts"]] == [("82%", "different values")]

    html = httpx.get(f"{seeds_url}/entity/organization/meta", headers={"Accept": "text/html"}).text
    figures = html[html.index('<h2 id="figures">'):]
    assert "Figures about it (" in figures and "different values" in figures
    assert "systems remove <mark>99 percent</mark>" in figures  # the figure's cue in its sentence


def test_index_is_the_network_browser_with_a_query_box(seeds_url):
    r = httpx.get(seeds_url + "/")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert "connect-src 'self'" in r.headers["content-security-policy"]
    assert 'id="kg-query-text"' in r.text and "who_criticises" in r.text and "Simon Bailey" in r.text
    assert httpx.get(f"{seeds_url}/sparql", headers={"Accept": "text/html"}, follow_redirects=False).status_code == 303


def test_article_text_is_escaped_in_every_page(small_url):
    page = httpx.get(small_url + "/").text
    entity = httpx.get(small_url + "/entity/person/hostile").text
    for html in (page, entity):
        assert HOSTILE not in html
        assert "<script>alert(1)" not in html and '<img src=x onerror="alert(2)">' not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in entity
    data = httpx.get(small_url + "/entity/person/hostile", headers={"Accept": "application/json"}).json()
    assert data["label"] == HOSTILE  # JSON carries the text as it is; it is data there


def test_a_served_store_follows_kg_add(tmp_path):
    (a, b), _ = _sample()
    store = tmp_path / "store"
    write_store([a], assemble([a]), store)
    count = "SELECT (COUNT(?a) AS ?name) WHERE { ?a a kg:Article }"
    with live_app(create_app(store, workers=1)) as url:
        assert names(httpx.get(f"{url}/sparql", params={"query": count})) == ["1"]
        acme = httpx.get(f"{url}/entity/organization/acme-corp", headers={"Accept": "application/json"}).json()
        assert [a["source"] for a in acme["articles"]] == ["a1.txt"]
        add_to_store([b], store, assemble)
        assert names(httpx.get(f"{url}/sparql", params={"query": count})) == ["2"]
        acme = httpx.get(f"{url}/entity/organization/acme-corp", headers={"Accept": "application/json"}).json()
        assert [a["source"] for a in acme["articles"]] == ["a1.txt", "b2.txt"]  # resolved against the stored Acme
        assert any(r["predicate"] == "callsOn" for r in acme["relations"]["in"])


# ---------------------------------------------------------------- CORS (kg serve --cors)

PAGE = "http://page.example:3000"
SPARQL_PREFLIGHT = {"Origin": PAGE, "Access-Control-Request-Method": "POST",
                    "Access-Control-Request-Headers": "content-type"}


@pytest.fixture(scope="module")
def cors_url(seeds_build):
    app = create_app(seeds_build[0], timeout=5, max_rows=50, workers=1, max_body=MAX_BODY, cors=(PAGE,),
                     allowed_hosts=("127.0.0.1", "localhost"))
    with live_app(app) as url:
        yield url


def test_without_cors_a_preflight_is_refused_and_no_answer_is_shared(seeds_url):
    r = httpx.options(f"{seeds_url}/sparql", headers=SPARQL_PREFLIGHT)
    assert r.status_code == 405 and r.json()["error"]["code"] == "method_not_allowed"
    for r in (r, httpx.get(f"{seeds_url}/sparql", params={"query": "ASK {}"}, headers={"Origin": PAGE}),
              httpx.get(f"{seeds_url}/id/entity/person/simon-bailey", headers={"Origin": PAGE})):
        assert not [h for h in r.headers if h.startswith("access-control-")]


def test_cors_preflight_for_the_sparql_content_types(cors_url):
    for method in ("POST", "GET"):
        r = httpx.options(f"{cors_url}/sparql", headers={**SPARQL_PREFLIGHT, "Access-Control-Request-Method": method})
        assert r.status_code == 204 and r.content == b""
        assert r.headers["access-control-allow-origin"] == PAGE
        assert {m.strip() for m in r.headers["access-control-allow-methods"].split(",")} == {"GET", "POST"}
        assert "content-type" in r.headers["access-control-allow-headers"].lower()
        assert "Origin" in r.headers["vary"]
    # and the request the preflight was for
    r = httpx.post(f"{cors_url}/sparql", content=PERSONS.encode(), headers={
        "Origin": PAGE, "Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"})
    assert r.status_code == 200 and "Simon Bailey" in names(r)
    assert r.headers["access-control-allow-origin"] == PAGE
    assert "X-Result-Rows" in r.headers["access-control-expose-headers"]


def test_cors_only_for_the_origins_given(cors_url):
    other = {**SPARQL_PREFLIGHT, "Origin": "http://evil.example"}
    r = httpx.options(f"{cors_url}/sparql", headers=other)
    assert r.status_code == 405 and "access-control-allow-origin" not in r.headers
    r = httpx.get(f"{cors_url}/sparql", params={"query": "ASK {}"}, headers={"Origin": "http://evil.example"})
    assert r.status_code == 200 and "access-control-allow-origin" not in r.headers and "Origin" in r.headers["vary"]


@pytest.mark.parametrize("method, path, kwargs, status, code", ERRORS, ids=[f"{e[3]}-{e[4]}-{i}" for i, e in enumerate(ERRORS)])
def test_cors_headers_on_every_error_too(cors_url, method, path, kwargs, status, code):
    kwargs = {**kwargs, "headers": {**kwargs.get("headers", {}), "Origin": PAGE}}
    r = httpx.request(method, cors_url + path, **kwargs)
    assert (r.status_code, r.json()["error"]["code"]) == (status, code)
    assert r.headers["access-control-allow-origin"] == PAGE


def test_cors_headers_on_a_refused_host_and_on_every_new_path(cors_url):
    r = httpx.get(f"{cors_url}/sparql", params={"query": "ASK {}"}, headers={"Origin": PAGE, "Host": "evil.example"})
    assert r.status_code == 400 and r.headers["access-control-allow-origin"] == PAGE
    for path in ("/sparql", "/.well-known/void", "/id/entity/person/simon-bailey", "/"):
        r = httpx.get(cors_url + path, headers={"Origin": PAGE, "Accept": "text/turtle"})
        assert r.status_code == 200 and r.headers["access-control-allow-origin"] == PAGE, path


def test_any_origin_with_star(seeds_build):
    with live_app(create_app(seeds_build[0], workers=1, cors=("*",))) as url:
        r = httpx.options(f"{url}/sparql", headers={**SPARQL_PREFLIGHT, "Origin": "https://yasgui.example.org",
                                                    "Access-Control-Request-Private-Network": "true"})
        assert r.status_code == 204 and r.headers["access-control-allow-origin"] == "*"
        assert r.headers["access-control-allow-private-network"] == "true"  # a public page reaching 127.0.0.1
        r = httpx.get(f"{url}/nowhere", headers={"Origin": "https://yasgui.example.org"})
        assert r.status_code == 404 and r.headers["access-control-allow-origin"] == "*"


@pytest.mark.parametrize("origins, wrong", [(("*", PAGE), "give it alone"), (("http://x.example/",), "no path"),
                                            (("x.example",), "scheme, host and port")])
def test_bad_cors_origins_are_refused_with_the_fix(seeds_build, origins, wrong):
    from graph.errors import FormatError

    with pytest.raises(FormatError, match=wrong):
        create_app(seeds_build[0], workers=1, cors=origins)


# ---------------------------------------------------------------- service and dataset descriptions

SD = "http://www.w3.org/ns/sparql-service-description#"
VOID = "http://rdfs.org/ns/void#"


@pytest.fixture(scope="module")
def lod_url(seeds_build):
    """The seeds served with the default row cap: dereferenced documents whole."""
    with live_app(create_app(seeds_build[0], timeout=10, workers=1)) as url:
        yield url


def _stats(seeds_build):
    from graph.using.load import load_store
    from graph.using.stats import graph_stats

    return graph_stats(load_store(seeds_build[0]))


@pytest.mark.parametrize("accept, fmt", [("text/turtle", "turtle"), ("application/ld+json", "json-ld"),
                                         (None, "turtle"), ("*/*", "turtle")])
def test_service_description_at_the_endpoint(lod_url, seeds_build, accept, fmt):
    from rdflib import Literal, URIRef

    r = httpx.get(f"{lod_url}/sparql", headers={"Accept": accept} if accept else {})
    assert r.status_code == 200 and r.headers["vary"] == "Accept"
    g = Graph().parse(data=r.content, format=fmt)
    endpoint = URIRef(f"{lod_url}/sparql")
    assert (endpoint, URIRef(SD + "endpoint"), endpoint) in g
    assert (endpoint, URIRef(SD + "supportedLanguage"), URIRef(SD + "SPARQL11Query")) in g
    formats = {str(o) for o in g.objects(endpoint, URIRef(SD + "resultFormat"))}
    assert "http://www.w3.org/ns/formats/SPARQL_Results_JSON" in formats and "http://www.w3.org/ns/formats/Turtle" in formats
    dataset = g.value(endpoint, URIRef(SD + "defaultDataset"))
    default = g.value(dataset, URIRef(SD + "defaultGraph"))
    stats = _stats(seeds_build)
    assert g.value(default, URIRef(VOID + "triples")) == Literal(stats["triples"])
    assert g.value(dataset, URIRef(VOID + "entities")) == Literal(stats["entities"])
    named = {str(g.value(n, URIRef(SD + "name"))) for n in g.objects(dataset, URIRef(SD + "namedGraph"))}
    assert len(named) == stats["articles"] and "https://w3id.org/news-kg/id/graph/004-030315a66eaadceb" in named


def test_a_browser_at_the_endpoint_gets_the_query_page(lod_url):
    r = httpx.get(f"{lod_url}/sparql", headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert r.status_code == 303 and r.headers["location"] == "/" and r.headers["vary"] == "Accept"


def test_void_at_the_well_known_path_is_the_build_s_void_ttl_plus_the_endpoint(lod_url, seeds_build):
    from rdflib import URIRef
    from rdflib.compare import to_isomorphic

    r = httpx.get(f"{lod_url}/.well-known/void", headers={"Accept": "text/turtle"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/turtle")
    served = Graph().parse(data=r.content, format="turtle")
    dataset = URIRef("https://w3id.org/news-kg/.well-known/void#dataset")
    endpoint = (dataset, URIRef(VOID + "sparqlEndpoint"), URIRef(f"{lod_url}/sparql"))
    assert endpoint in served
    served.remove(endpoint)
    assert to_isomorphic(served) == to_isomorphic(Graph().parse(seeds_build[0] / "void.ttl"))


# ---------------------------------------------------------------- dereferenceable IRIs

RDF_ACCEPTS = [("text/turtle", "turtle"), ("application/n-triples", "nt"), ("application/ld+json", "json-ld"),
               ("application/rdf+xml", "xml")]


@pytest.mark.parametrize("accept, fmt", RDF_ACCEPTS)
def test_an_entity_iri_dereferences_to_its_triples_relations_evidence_and_quotations(lod_url, accept, fmt):
    from rdflib import RDF, RDFS, Literal, URIRef

    r = httpx.get(f"{lod_url}/id/entity/person/simon-bailey", headers={"Accept": accept})
    assert r.status_code == 200 and r.headers["content-type"].startswith(accept)
    assert r.headers["vary"] == "Accept"
    g = Graph().parse(data=r.content, format=fmt)
    bailey, kg = URIRef(BAILEY), "https://w3id.org/news-kg/ontology#"
    assert (bailey, RDFS.label, Literal("Simon Bailey")) in g
    assert (bailey, URIRef(kg + "criticises"), URIRef("https://w3id.org/news-kg/id/entity/organization/meta")) in g
    statements = set(g.subjects(RDF.subject, bailey))
    sentences = {str(s) for st in statements for ev in g.objects(st, URIRef(kg + "evidence"))
                 for s in g.objects(ev, URIRef(kg + "sentence"))}
    assert any("lip service to the threat" in s for s in sentences)
    quotations = set(g.subjects(URIRef(kg + "spokenBy"), bailey))
    assert len(quotations) >= 10 and all(str(q).startswith("https://w3id.org/news-kg/id/quotation/") for q in quotations)


def test_every_rdf_syntax_gives_the_same_triples(lod_url):
    from rdflib.compare import to_isomorphic

    graphs = [to_isomorphic(Graph().parse(data=httpx.get(f"{lod_url}/id/entity/organization/meta",
                                                         headers={"Accept": accept}).content, format=fmt))
              for accept, fmt in RDF_ACCEPTS]
    assert len(graphs[0]) > 100 and all(g == graphs[0] for g in graphs[1:])


def test_every_entity_of_the_seeds_dereferences_to_turtle_with_its_label(lod_url, seeds_build):
    from rdflib import RDFS, URIRef

    from graph.using.load import load_store

    store = load_store(seeds_build[0])
    entities = {(r["e"].value, r["l"].value) for r in store.query(
        "SELECT ?e ?l WHERE { ?e a ?t ; <http://www.w3.org/2000/01/rdf-schema#label> ?l . "
        "FILTER(STRSTARTS(STR(?e), 'https://w3id.org/news-kg/id/entity/')) }", use_default_graph_as_union=True)}
    assert len(entities) == _stats(seeds_build)["entities"]
    for iri, label in sorted(entities):
        r = httpx.get(lod_url + "/" + iri[len("https://w3id.org/news-kg/"):], headers={"Accept": "text/turtle"})
        assert r.status_code == 200, iri
        assert str(Graph().parse(data=r.content, format="turtle").value(URIRef(iri), RDFS.label)) == label


def test_other_minted_iris_dereference_too(lod_url):
    quotation = httpx.get(f"{lod_url}/sparql", params={
        "query": f"SELECT ?name WHERE {{ ?name kg:spokenBy <{BAILEY}> }} ORDER BY ?name LIMIT 1"})
    for iri in (names(quotation)[0], "https://w3id.org/news-kg/id/article/004-030315a66eaadceb",
                "https://w3id.org/news-kg/id/graph/004-030315a66eaadceb"):
        r = httpx.get(lod_url + "/" + iri[len("https://w3id.org/news-kg/"):], headers={"Accept": "text/turtle"})
        assert r.status_code == 200 and len(Graph().parse(data=r.content, format="turtle")) > 5, iri
    # a browser asking for a node without a page of its own reads its Turtle as text
    r = httpx.get(f"{lod_url}/id/article/004-030315a66eaadceb", headers={"Accept": "text/html"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/plain")


def test_a_browser_gets_the_entity_page_at_the_iri(lod_url):
    r = httpx.get(f"{lod_url}/id/entity/person/simon-bailey",
                  headers={"Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html") and r.headers["vary"] == "Accept"
    assert "script-src" not in r.headers["content-security-policy"] and "lip service to the threat" in r.text


def test_new_paths_write_nothing(seeds_build, tmp_path):
    """Serving the descriptions and the dereferenced IRIs leaves the graph's folder as it was, byte for byte."""
    import shutil

    folder = tmp_path / "graph"
    shutil.copytree(seeds_build[0], folder)
    before = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in folder.iterdir()}
    with live_app(create_app(folder, workers=1, cors=("*",))) as url:
        for path, accept in (("/sparql", "text/turtle"), ("/.well-known/void", "application/ld+json"),
                             ("/id/entity/person/simon-bailey", "application/rdf+xml"),
                             ("/id/entity/person/simon-bailey", "text/html"), ("/id/entity/person/nobody", "*/*")):
            httpx.get(url + path, headers={"Accept": accept, "Origin": PAGE})
        httpx.options(f"{url}/sparql", headers=SPARQL_PREFLIGHT)
    after = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in folder.iterdir()}
    assert after == before


def test_a_document_cut_at_the_row_cap_keeps_the_node_s_own_triples(seeds_url):
    from rdflib import RDFS, URIRef

    r = httpx.get(f"{seeds_url}/id/entity/person/simon-bailey", headers={"Accept": "text/turtle"})  # cap: 50
    assert r.status_code == 200 and r.headers["x-result-truncated"] == "true" and r.headers["x-result-rows"] == "50"
    g = Graph().parse(data=r.content, format="turtle")
    assert len(g) == 50 and str(g.value(URIRef(BAILEY), RDFS.label)) == "Simon Bailey"
