"""Server: the SPARQL 1.1 Protocol, content negotiation, one JSON error shape, limits, pages, over real HTTP."""

from __future__ import annotations

import io
import threading
import time

import httpx
import pytest
from rdflib import Graph
from rdflib.query import Result

from graph.build import build_graph
from graph.export import export_graph
from graph.server import create_app
from graph.store import add_to_store, write_store

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
    ("GET", "/sparql", {}, 400, "bad_request"),
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
    crit = [r for r in rec["relations"]["out"] if r["predicate"] == "criticises" and r["entity"]["label"] == "Facebook"]
    assert crit and any("lip service to the threat" in e["sentence"] for e in crit[0]["evidence"])
    assert len(rec["quotations"]) >= 10 and all(q["article"]["source"].endswith(".txt") for q in rec["quotations"])
    assert httpx.get(f"{seeds_url}/entity/person/simon-bailey?format=json").json() == rec

    html = httpx.get(f"{seeds_url}/entity/person/simon-bailey", headers={"Accept": "text/html,*/*;q=0.8"})
    assert html.status_code == 200 and html.headers["content-type"].startswith("text/html")
    assert "script-src" not in html.headers["content-security-policy"]
    assert "lip service to the threat" in html.text and 'href="/entity/organization/facebook"' in html.text


def test_entity_page_lists_the_figures_of_the_seeds(seeds_url):
    rec = httpx.get(f"{seeds_url}/entity/organization/facebook", headers={"Accept": "application/json"}).json()
    (own,) = [f for f in rec["figures"]["stated"] if f["text"] == "99 percent"]  # a spokesman's own words
    assert own["quoted"] and own["stated_by"]["label"] == "Facebook" and own["source"] is None
    shares = {f["text"]: f for f in rec["figures"]["about"] if f["text"] in ("85 per cent", "82 per cent")}
    assert shares["85 per cent"]["share_of"] == "32 million" and shares["85 per cent"]["group"]["status"] == "conflicting"
    assert [(c["value"], c["reason"]) for c in shares["85 per cent"]["conflicts"]] == [("82%", "different values")]

    html = httpx.get(f"{seeds_url}/entity/organization/facebook", headers={"Accept": "text/html"}).text
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
    write_store([a], store)
    count = "SELECT (COUNT(?a) AS ?name) WHERE { ?a a kg:Article }"
    with live_app(create_app(store, workers=1)) as url:
        assert names(httpx.get(f"{url}/sparql", params={"query": count})) == ["1"]
        acme = httpx.get(f"{url}/entity/organization/acme-corp", headers={"Accept": "application/json"}).json()
        assert [a["source"] for a in acme["articles"]] == ["a1.txt"]
        add_to_store([b], store)
        assert names(httpx.get(f"{url}/sparql", params={"query": count})) == ["2"]
        acme = httpx.get(f"{url}/entity/organization/acme-corp", headers={"Accept": "application/json"}).json()
        assert [a["source"] for a in acme["articles"]] == ["a1.txt", "b2.txt"]  # resolved against the stored Acme
        assert any(r["predicate"] == "callsOn" for r in acme["relations"]["in"])
