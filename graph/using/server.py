"""Server: HTTP requests -> the library and back (`kg serve`), as a Starlette app run by uvicorn.

- ``/sparql``: the SPARQL 1.1 Protocol (GET ``?query=``, POST form ``query=``, POST
  ``application/sparql-query``), results by content negotiation (``results.FORMATS``), queries
  run read-only in the worker processes of ``pool`` with a time limit and a row cap;
  ``GET /sparql`` without a query: the SPARQL 1.1 Service Description (``describe``) as RDF, the
  query page for a browser;
- ``/.well-known/void``: the VoID description of the graph (``describe``);
- ``/id/{path}``: every IRI the graph mints, dereferenced (``<base>id/...`` served at ``/id/...``):
  its triples as Turtle, N-Triples, JSON-LD or RDF/XML by ``Accept``, an entity's page for a browser;
- ``/``: the network browser of ``render`` with a SPARQL box, and ``/graph_files/...``: the files it
  loads evidence from (for a graph large enough to have them);
- ``/entity/{id}``: an entity's page (HTML) or record (JSON) from ``browse``.

Thin by design: parsing, negotiation, CORS and the one JSON error shape live here, the work elsewhere.
Every error answers ``{"error": {"code": ..., "message": ...}}`` with a 4xx/5xx status. Nothing
here writes anything: every path reads the graph.
"""

from __future__ import annotations

import ipaddress
import logging
import re
from contextlib import asynccontextmanager
from pathlib import Path
from urllib.parse import parse_qs, quote, unquote

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from .browse import GraphView, example_query_list
from .describe import DESCRIPTION_PREFIXES, describe_dataset, describe_service, node_query
from ..errors import FormatError, GraphLoadError, KGError, QueryBusy, QueryError, QueryTimeout, ReadOnlyError, StoreError
from .pool import DEFAULT_MAX_ROWS, DEFAULT_TIMEOUT, DEFAULT_WORKERS, QueryPool
from .rdf import sort_triples
from .results import FORMATS, NotAcceptable, choose_format, graph_terms, preference, write_result, write_triples

__all__ = ["create_app", "serve", "error_body", "check_cors", "DEFAULT_HOST", "DEFAULT_PORT", "DEFAULT_MAX_BODY"]

log = logging.getLogger(__name__)

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
DEFAULT_MAX_BODY = 256 * 1024  # bytes of a POSTed query; SPARQL that long is a mistake or an attack

PAGE_CSP = ("default-src 'none'; script-src 'unsafe-inline' 'self'; style-src 'unsafe-inline'; connect-src 'self'; "
            "base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
ENTITY_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
SECURITY_HEADERS = {"X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer"}


class ApiError(Exception):
    """An HTTP error answered in the one JSON shape."""

    def __init__(self, status: int, code: str, message: str, headers: dict | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, " ".join(str(message).split())
        self.headers = headers or {}


def error_body(code: str, message: str) -> dict:
    """The one shape of every error the server answers."""
    return {"error": {"code": code, "message": message}}


def _error(status: int, code: str, message: str, headers: dict | None = None) -> JSONResponse:
    return JSONResponse(error_body(code, message), status_code=status, headers={**SECURITY_HEADERS, **(headers or {})})


def _from_library(exc: KGError) -> ApiError:
    """A library error as an HTTP error: what the client did wrong, or what the server could not do."""
    if isinstance(exc, ReadOnlyError):
        return ApiError(403, "read_only", str(exc))
    if isinstance(exc, QueryTimeout):
        return ApiError(503, "query_timeout", str(exc))
    if isinstance(exc, QueryBusy):
        return ApiError(503, "busy", str(exc))
    if isinstance(exc, NotAcceptable):
        return ApiError(406, "not_acceptable", str(exc))
    if isinstance(exc, QueryError):
        return ApiError(400, "bad_query", str(exc))
    if isinstance(exc, (GraphLoadError, StoreError)):
        return ApiError(500, "graph_unavailable", str(exc))
    return ApiError(400, "bad_request", str(exc))


_HTTP_CODES = {400: "bad_request", 404: "not_found", 405: "method_not_allowed", 413: "payload_too_large"}


# ---------------------------------------------------------------- requests


async def _read_body(request: Request, limit: int) -> bytes:
    length = request.headers.get("content-length")
    if length is not None:
        try:
            too_big = int(length) > limit
        except ValueError:
            raise ApiError(400, "bad_request", f"bad Content-Length header {length!r}") from None
        if too_big:
            raise ApiError(413, "payload_too_large", f"request body of {length} bytes is over the limit of {limit} bytes (--max-body)")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise ApiError(413, "payload_too_large", f"request body is over the limit of {limit} bytes (--max-body)")
        chunks.append(chunk)
    return b"".join(chunks)


def _decode(data: bytes, charset: str | None) -> str:
    try:
        return data.decode(charset or "utf-8")
    except (UnicodeDecodeError, LookupError) as exc:
        raise ApiError(400, "bad_request", f"the query is not valid {charset or 'UTF-8'} text: {exc}") from None


def _media_type(request: Request) -> tuple[str, str | None]:
    raw = request.headers.get("content-type", "")
    parts = [p.strip() for p in raw.split(";")]
    charset = next((p.split("=", 1)[1].strip().strip('"') for p in parts[1:] if p.lower().startswith("charset=")), None)
    return parts[0].lower(), charset


async def _protocol_params(request: Request, max_body: int) -> dict[str, list[str]]:
    """The SPARQL protocol parameters of a request, from its URL and (for POST) its body."""
    params: dict[str, list[str]] = {}
    for key, value in request.query_params.multi_items():
        params.setdefault(key, []).append(value)
    if request.method == "POST":
        media, charset = _media_type(request)
        body = await _read_body(request, max_body)
        if media == "application/x-www-form-urlencoded":
            form = parse_qs(_decode(body, charset), keep_blank_values=True)
            for key, values in form.items():
                params.setdefault(key, []).extend(values)
        elif media == "application/sparql-query":
            params.setdefault("query", []).append(_decode(body, charset))
        elif media == "application/sparql-update":
            raise ApiError(403, "read_only", "SPARQL Update is not allowed: this endpoint is read-only")
        else:
            raise ApiError(415, "unsupported_media_type",
                           f"POST a query as application/x-www-form-urlencoded (query=...) or application/sparql-query, "
                           f"not {media or 'no Content-Type'}")
    return params


_HTML = ("text/html", "application/xhtml+xml")
_RDF = tuple(m for f in FORMATS.values() if "graph" in f.kinds for m in (f.media_type, *f.aliases) if "/" in m)


def _accepts_json(request: Request) -> bool:
    """For pages: JSON when asked for by ?format=json or when the client prefers it to HTML."""
    wanted = request.query_params.get("format", "").lower()
    if wanted in ("json", "html"):
        return wanted == "json"
    accept = request.headers.get("accept", "")
    return preference(accept, ("application/json",)) > preference(accept, _HTML)


def _wants_html(request: Request) -> bool:
    """A browser: the client prefers HTML to every RDF syntax we write (no ?format= given)."""
    accept = request.headers.get("accept", "")
    return "format" not in request.query_params and preference(accept, _HTML) > max(preference(accept, _RDF), 0)


# ---------------------------------------------------------------- CORS

#: What a page on an allowed origin may send: GET and POST (the protocol's two methods) with the
#: SPARQL content types, which are not CORS-safelisted and so are asked about in a preflight.
CORS_METHODS = "GET, POST"
CORS_HEADERS = "Accept, Content-Type"
CORS_EXPOSE = "X-Result-Rows, X-Result-Truncated, X-Result-Row-Cap"
CORS_MAX_AGE = "600"
_ORIGIN = re.compile(r"https?://[A-Za-z0-9.\-]+(:[0-9]{1,5})?|https?://\[[0-9A-Fa-f:.]+\](:[0-9]{1,5})?")


def check_cors(origins) -> tuple[str, ...]:
    """The origins `kg serve --cors` allows: '*' alone, or scheme://host[:port] each (FormatError otherwise)."""
    origins = tuple(origins or ())
    if "*" in origins and len(origins) > 1:
        raise FormatError("--cors '*' allows every origin: give it alone, or list the origins one by one")
    for origin in origins:
        if origin != "*" and not _ORIGIN.fullmatch(origin):
            raise FormatError(f"--cors takes an origin such as http://localhost:3000 or https://yasgui.example.org "
                              f"(scheme, host and port, no path or trailing slash), or '*'; got {origin!r}")
    return origins


class _Cors:
    """Cross-origin reads for the origins given (`kg serve --cors`), on every answer, errors included.

    A preflight (OPTIONS with Access-Control-Request-Method) from an allowed origin is answered
    here with 204; anything else goes on to the app, whose answer gets the CORS headers. Requests
    from other origins are served as without CORS (the browser then refuses to hand the answer to
    the page). No credentials are ever allowed: the graph is public to whoever may read it.
    """

    def __init__(self, app, origins: tuple[str, ...]) -> None:
        self.app, self.any, self.origins = app, "*" in origins, frozenset(origins)
        self.state = app.state

    def _allowed(self, origin: str) -> bool:
        return self.any or origin in self.origins

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers") or ()}
        origin = headers.get("origin", "")
        allowed = self._allowed(origin) if origin else self.any
        extra = [] if not allowed else [(b"access-control-allow-origin", (b"*" if self.any else origin.encode("latin-1")))]
        if not self.any:
            extra.append((b"vary", b"Origin"))  # the answer depends on who asks: caches must keep them apart
        if allowed and origin and scope["method"] == "OPTIONS" and "access-control-request-method" in headers:
            preflight = {**SECURITY_HEADERS, "Access-Control-Allow-Methods": CORS_METHODS,
                         "Access-Control-Allow-Headers": CORS_HEADERS, "Access-Control-Max-Age": CORS_MAX_AGE}
            if headers.get("access-control-request-private-network") == "true":
                preflight["Access-Control-Allow-Private-Network"] = "true"  # a public page reaching 127.0.0.1
            response = Response(status_code=204, headers=preflight)
            response.raw_headers.extend(extra)
            await response(scope, receive, send)
            return
        if allowed:
            extra.append((b"access-control-expose-headers", CORS_EXPOSE.encode()))

        async def send_with_cors(message) -> None:
            if message["type"] == "http.response.start" and extra:
                message = {**message, "headers": _merge_vary(list(message.get("headers") or ()), extra)}
            await send(message)

        await self.app(scope, receive, send_with_cors)


def _merge_vary(headers: list, extra: list) -> list:
    """``headers`` plus ``extra``, with one Vary header naming both sides' fields."""
    vary = [v for k, v in headers if k.lower() == b"vary"] + [v for k, v in extra if k == b"vary"]
    out = [(k, v) for k, v in headers if k.lower() != b"vary"] + [(k, v) for k, v in extra if k != b"vary"]
    if vary:
        fields = dict.fromkeys(f.strip() for v in vary for f in v.split(b",") if f.strip())
        out.append((b"vary", b", ".join(fields)))
    return out


# ---------------------------------------------------------------- the app


def create_app(
    path: Path | str = "exports",
    *,
    timeout: float = DEFAULT_TIMEOUT,
    max_rows: int | None = DEFAULT_MAX_ROWS,
    workers: int = DEFAULT_WORKERS,
    max_body: int = DEFAULT_MAX_BODY,
    allowed_hosts: tuple[str, ...] | None = None,
    cors: tuple[str, ...] = (),
    title: str = "News knowledge graph",
    pool: QueryPool | None = None,
) -> Starlette:
    """The ASGI app serving the graph at ``path`` (a build folder, an RDF file or a store).

    The graph is loaded here (errors are the library's one-line ones); the query workers start
    with the app (its lifespan) unless ``pool`` is given already started. ``allowed_hosts``
    limits the Host header (against DNS rebinding when bound to the loopback interface);
    ``cors`` lists the origins whose pages may read the answers ('*': every origin; none: CORS off).
    """
    cors = check_cors(cors)
    view = GraphView(path)  # validates the path: a clear error now rather than on the first request
    pool = pool or QueryPool(path, workers=workers, timeout=timeout, max_rows=max_rows)
    server_config = {"endpoint": "/sparql", "entityBase": "/", "queries": example_query_list()}

    @asynccontextmanager
    async def lifespan(app):
        if not pool.started:
            await run_in_threadpool(pool.start)
        try:
            yield
        finally:
            await run_in_threadpool(pool.close)

    def page_config() -> dict:
        return {**server_config, "idBase": view.base + "id/"}

    async def index(request: Request) -> Response:
        html = await run_in_threadpool(view.page, page_config())
        return HTMLResponse(html, headers={**SECURITY_HEADERS, "Content-Security-Policy": PAGE_CSP})

    async def page_file(request: Request) -> Response:
        """A file the page loads its records from; its name holds a hash of its content, so it never changes."""
        path = "graph_files/" + request.path_params["name"]
        body = await run_in_threadpool(view.page_file, path, page_config())
        if body is None:
            raise ApiError(404, "not_found", f"no such file: /{path} (the page names the files it needs; reload it)")
        return Response(body, media_type="text/javascript; charset=utf-8",
                        headers={**SECURITY_HEADERS, "Cache-Control": "public, max-age=31536000, immutable"})

    def rdf_answer(triples, fmt, headers: dict | None = None) -> Response:
        body = write_triples(triples, fmt, DESCRIPTION_PREFIXES)
        return Response(body, media_type=fmt.content_type, headers={**SECURITY_HEADERS, "Vary": "Accept", **(headers or {})})

    def rdf_format(request: Request):
        """The RDF syntax the client asks for (Turtle if it does not say)."""
        fmt = choose_format("graph", request.headers.get("accept"), request.query_params.get("format"))
        if fmt.triples is None:  # SPARQL JSON rows: the page's view of CONSTRUCT results, not RDF
            raise NotAcceptable(f"{fmt.media_type} is not an RDF syntax: ask for Turtle, N-Triples, JSON-LD or RDF/XML")
        return fmt

    def endpoint_of(request: Request) -> str:
        """The endpoint's URL as this request reached it (Starlette falls back to the socket's address
        for a Host header that is no host), for the descriptions to name."""
        return str(request.url.replace(path="/sparql", query=""))

    async def service_description(request: Request) -> Response:
        """GET /sparql without a query: the query page for a browser, else the service described in RDF."""
        if _wants_html(request):
            return RedirectResponse("/", status_code=303, headers={"Vary": "Accept"})  # the page with the SPARQL box
        try:
            fmt = rdf_format(request)
        except NotAcceptable:
            raise ApiError(400, "bad_request", "missing query: give one SPARQL query as ?query=... (GET, or POST form) "
                                               "or as an application/sparql-query body; without one, GET /sparql "
                                               "describes the service in RDF (Accept: text/turtle)") from None
        endpoint = endpoint_of(request)
        profile, graphs = await run_in_threadpool(view.profile)
        return rdf_answer(describe_service(endpoint, profile, view.base, graphs), fmt)

    async def void(request: Request) -> Response:
        fmt = rdf_format(request)
        endpoint = endpoint_of(request)
        profile, _ = await run_in_threadpool(view.profile)
        return rdf_answer(describe_dataset(profile, view.base, endpoint=endpoint), fmt)

    async def minted(request: Request) -> Response:
        """A minted IRI dereferenced: ``<base>id/...`` is served at ``/id/...``; every answer varies by Accept."""
        try:
            return await describe_node(request)
        except KGError as exc:
            err = _from_library(exc)
            raise ApiError(err.status, err.code, err.message, {"Vary": "Accept"}) from exc
        except ApiError as exc:
            exc.headers.setdefault("Vary", "Accept")
            raise

    def moved(node: str, prefix: str, request: Request) -> Response | None:
        """A redirect to the entity a retired id was merged into (graph.building.identity), or None."""
        survivor = view.survivor(node)
        if survivor is None:
            return None
        url = prefix + quote(survivor, safe="/") + (f"?{request.url.query}" if request.url.query else "")
        return RedirectResponse(url, status_code=301, headers={**SECURITY_HEADERS, "Vary": "Accept"})

    async def describe_node(request: Request) -> Response:
        raw = request.scope.get("raw_path") or request.url.path.encode("utf-8")
        path = raw.decode("latin-1").split("?", 1)[0].lstrip("/")  # as sent: percent-encoding and all
        base = view.base
        query = node_query(base + path)
        node = unquote(path[len("id/"):])
        redirect = await run_in_threadpool(moved, node, "/id/", request)
        if redirect is not None:
            return redirect
        if query is None:
            raise ApiError(404, "not_found", f"no node {node!r} in this graph: {base}{path} is not an IRI")
        headers = {**SECURITY_HEADERS, "Vary": "Accept"}
        html = _wants_html(request)
        if html:
            record = await run_in_threadpool(view.entity, node)
            if record is not None:
                from .render import render_entity_page

                page = render_entity_page(record, title=title)
                return HTMLResponse(page, headers={**headers, "Content-Security-Policy": ENTITY_CSP})
        fmt = FORMATS["turtle"] if html else rdf_format(request)  # before the work: a 406 costs nothing
        result = await run_in_threadpool(pool.run, query)
        if not result.triples:
            raise ApiError(404, "not_found", f"no node {node!r} in this graph (no triple names {base}{path}): "
                                             "search for it at /")
        if result.truncated:
            headers.update({"X-Result-Truncated": "true", "X-Result-Row-Cap": str(pool.max_rows)})
        body = write_triples(sort_triples(graph_terms(result)), fmt)
        # a browser asking for a node without a page of its own (an article, a quotation ...) reads the Turtle
        media = "text/plain; charset=utf-8" if html else fmt.content_type
        return Response(body, media_type=media, headers={**headers, "X-Result-Rows": str(len(result.triples))})

    async def sparql(request: Request) -> Response:
        params = await _protocol_params(request, max_body)
        if "update" in params:
            raise ApiError(403, "read_only", "SPARQL Update is not allowed: this endpoint is read-only")
        queries = params.get("query", [])
        if not queries:
            if request.method == "GET" and not set(params) - {"format"}:
                return await service_description(request)  # SPARQL 1.1 Service Description, section 2
            raise ApiError(400, "bad_request", "missing query: give one SPARQL query as ?query=... "
                                               "(GET, or POST form) or as an application/sparql-query body")
        if len(queries) > 1:
            raise ApiError(400, "bad_request", f"give exactly one query, not {len(queries)}")
        name = (params.get("format") or [None])[0]
        accept = request.headers.get("accept")
        if not name and accept:  # refuse what no result kind can satisfy before doing the work
            try:
                choose_format("select", accept)
            except NotAcceptable:
                choose_format("graph", accept)
        result = await run_in_threadpool(
            pool.run, queries[0],
            default_graphs=params.get("default-graph-uri", ()), named_graphs=params.get("named-graph-uri", ()),
        )
        fmt = choose_format(result.kind, accept, name)
        body = write_result(result, fmt)
        count = len(result.rows) if result.kind == "select" else len(result.triples) if result.kind == "graph" else 1
        headers = {**SECURITY_HEADERS, "Vary": "Accept", "Cache-Control": "no-store", "X-Result-Rows": str(count)}
        if result.truncated:
            headers["X-Result-Truncated"] = "true"
            headers["X-Result-Row-Cap"] = str(pool.max_rows)
        return Response(body, media_type=fmt.content_type, headers=headers)

    async def entity(request: Request) -> Response:
        node = "entity/" + request.path_params["id"]
        record = await run_in_threadpool(view.entity, node)
        if record is None:
            redirect = await run_in_threadpool(moved, node, "/", request)
            if redirect is not None:
                return redirect
            raise ApiError(404, "not_found", f"no entity {node!r} in this graph: search for it at /")
        headers = {**SECURITY_HEADERS, "Vary": "Accept"}
        if _accepts_json(request):
            return JSONResponse(record, headers=headers)
        from .render import render_entity_page

        html = render_entity_page(record, title=title)
        return HTMLResponse(html, headers={**headers, "Content-Security-Policy": ENTITY_CSP})

    async def on_api_error(request: Request, exc: ApiError) -> Response:
        return _error(exc.status, exc.code, exc.message, exc.headers)

    async def on_library_error(request: Request, exc: KGError) -> Response:
        err = _from_library(exc)
        return _error(err.status, err.code, err.message)

    async def on_http_error(request: Request, exc: HTTPException) -> Response:
        code = _HTTP_CODES.get(exc.status_code, "error")
        message = {404: f"no such page: {request.url.path} (try /, /sparql, /id/..., /entity/... or /.well-known/void)",
                   405: f"{request.method} is not allowed here"}.get(exc.status_code, str(exc.detail))
        return _error(exc.status_code, code, message, dict(exc.headers or {}))

    async def on_crash(request: Request, exc: Exception) -> Response:
        log.exception("internal error on %s", request.url.path)
        return _error(500, "internal_error", f"internal error ({type(exc).__name__}); see the server log")

    app = Starlette(
        routes=[
            Route("/", index, methods=["GET"]),
            Route("/graph_files/{name}", page_file, methods=["GET"]),
            Route("/sparql", sparql, methods=["GET", "POST"]),
            Route("/.well-known/void", void, methods=["GET"]),
            Route("/id/{path:path}", minted, methods=["GET"]),
            Route("/entity/{id:path}", entity, methods=["GET"]),
        ],
        lifespan=lifespan,
        exception_handlers={ApiError: on_api_error, KGError: on_library_error, HTTPException: on_http_error,
                            Exception: on_crash},
    )
    app.state.view, app.state.pool = view, pool
    if allowed_hosts:
        app = _HostCheck(app, allowed_hosts)
    if cors:
        app = _Cors(app, cors)  # outermost: its headers go on every answer, a refused Host included
    return app


class _HostCheck:
    """Refuse requests whose Host header is not ours (a DNS-rebinding page would send its own name)."""

    def __init__(self, app, hosts: tuple[str, ...]) -> None:
        self.app, self.hosts = app, {h.lower() for h in hosts}
        self.state = app.state

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] == "http":
            headers = dict(scope.get("headers") or ())
            host = headers.get(b"host", b"").decode("latin-1").lower()
            name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
            if name not in self.hosts:
                response = _error(400, "bad_request", f"unexpected Host header {host!r}: use http://127.0.0.1 or http://localhost")
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def serve(path: Path | str, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, *,
          timeout: float = DEFAULT_TIMEOUT, max_rows: int | None = DEFAULT_MAX_ROWS, workers: int = DEFAULT_WORKERS,
          max_body: int = DEFAULT_MAX_BODY, cors: tuple[str, ...] = (), log_level: str = "info", announce=None) -> None:
    """Serve the graph at ``path`` until interrupted.

    The graph is loaded and the workers started before the socket opens, so a bad path is a
    one-line error, not a server that fails on every request. ``announce(url)`` is told when ready.
    """
    import uvicorn

    hosts = ("127.0.0.1", "localhost", "[::1]") if _loopback(host) else None
    check_cors(cors)  # before the workers start
    pool = QueryPool(path, workers=workers, timeout=timeout, max_rows=max_rows)
    app = create_app(path, allowed_hosts=hosts, pool=pool, max_body=max_body, cors=cors)
    pool.start()
    try:
        if announce is not None:
            shown = f"[{host}]" if ":" in host else host
            announce(f"http://{shown}:{port}/")
        uvicorn.Server(uvicorn.Config(app, host=host, port=port, log_level=log_level, server_header=False)).run()
    finally:
        pool.close()

