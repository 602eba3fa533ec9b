"""Server: HTTP requests -> the library and back (`kg serve`), as a Starlette app run by uvicorn.

- ``/sparql``: the SPARQL 1.1 Protocol (GET ``?query=``, POST form ``query=``, POST
  ``application/sparql-query``), results by content negotiation (``results.FORMATS``), queries
  run read-only in the worker processes of ``pool`` with a time limit and a row cap;
- ``/``: the network browser of ``render`` with a SPARQL box;
- ``/entity/{id}``: an entity's page (HTML) or record (JSON) from ``browse``.

Thin by design: parsing, negotiation and the one JSON error shape live here, the work elsewhere.
Every error answers ``{"error": {"code": ..., "message": ...}}`` with a 4xx/5xx status.
"""

from __future__ import annotations

import ipaddress
import logging
from contextlib import asynccontextmanager
from pathlib import Path
from urllib.parse import parse_qs

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from .browse import GraphView, example_query_list
from .errors import GraphLoadError, KGError, QueryBusy, QueryError, QueryTimeout, ReadOnlyError, StoreError
from .pool import DEFAULT_MAX_ROWS, DEFAULT_TIMEOUT, DEFAULT_WORKERS, QueryPool
from .results import NotAcceptable, choose_format, write_result

__all__ = ["create_app", "serve", "error_body", "DEFAULT_HOST", "DEFAULT_PORT", "DEFAULT_MAX_BODY"]

log = logging.getLogger(__name__)

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
DEFAULT_MAX_BODY = 256 * 1024  # bytes of a POSTed query; SPARQL that long is a mistake or an attack

PAGE_CSP = ("default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'; "
            "base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
ENTITY_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
SECURITY_HEADERS = {"X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer"}


class ApiError(Exception):
    """An HTTP error answered in the one JSON shape."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, " ".join(str(message).split())


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


def _accepts_json(request: Request) -> bool:
    """For pages: JSON when asked for by ?format=json or when the client prefers it to HTML."""
    wanted = request.query_params.get("format", "").lower()
    if wanted in ("json", "html"):
        return wanted == "json"
    best_html = best_json = -1.0
    for n, part in enumerate(request.headers.get("accept", "").split(",")):
        fields = [f.strip() for f in part.split(";")]
        media, q = fields[0].lower(), 1.0
        for param in fields[1:]:
            if param.lower().startswith("q="):
                try:
                    q = float(param[2:])
                except ValueError:
                    q = 0.0
        if media in ("text/html", "application/xhtml+xml", "text/*", "*/*"):
            best_html = max(best_html, q - (0.001 if "*" in media else 0))
        if media in ("application/json", "application/*"):
            best_json = max(best_json, q - (0.001 if "*" in media else 0))
    return best_json > best_html


# ---------------------------------------------------------------- the app


def create_app(
    path: Path | str = "exports",
    *,
    timeout: float = DEFAULT_TIMEOUT,
    max_rows: int | None = DEFAULT_MAX_ROWS,
    workers: int = DEFAULT_WORKERS,
    max_body: int = DEFAULT_MAX_BODY,
    allowed_hosts: tuple[str, ...] | None = None,
    title: str = "News knowledge graph",
    pool: QueryPool | None = None,
) -> Starlette:
    """The ASGI app serving the graph at ``path`` (a build folder, an RDF file or a store).

    The graph is loaded here (errors are the library's one-line ones); the query workers start
    with the app (its lifespan) unless ``pool`` is given already started. ``allowed_hosts``
    limits the Host header (against DNS rebinding when bound to the loopback interface).
    """
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

    async def index(request: Request) -> Response:
        html = await run_in_threadpool(view.page, server_config)
        return HTMLResponse(html, headers={**SECURITY_HEADERS, "Content-Security-Policy": PAGE_CSP})

    async def sparql(request: Request) -> Response:
        params = await _protocol_params(request, max_body)
        if "update" in params:
            raise ApiError(403, "read_only", "SPARQL Update is not allowed: this endpoint is read-only")
        queries = params.get("query", [])
        if not queries:
            if request.method == "GET" and not params and "text/html" in request.headers.get("accept", ""):
                return RedirectResponse("/", status_code=303)  # a person who typed /sparql into a browser
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
            raise ApiError(404, "not_found", f"no entity {node!r} in this graph: search for it at /")
        headers = {**SECURITY_HEADERS, "Vary": "Accept"}
        if _accepts_json(request):
            return JSONResponse(record, headers=headers)
        from .render import render_entity_page

        html = render_entity_page(record, title=title)
        return HTMLResponse(html, headers={**headers, "Content-Security-Policy": ENTITY_CSP})

    async def on_api_error(request: Request, exc: ApiError) -> Response:
        return _error(exc.status, exc.code, exc.message)

    async def on_library_error(request: Request, exc: KGError) -> Response:
        err = _from_library(exc)
        return _error(err.status, err.code, err.message)

    async def on_http_error(request: Request, exc: HTTPException) -> Response:
        code = _HTTP_CODES.get(exc.status_code, "error")
        message = {404: f"no such page: {request.url.path} (try /, /sparql or /entity/...)",
                   405: f"{request.method} is not allowed here"}.get(exc.status_code, str(exc.detail))
        return _error(exc.status_code, code, message, dict(exc.headers or {}))

    async def on_crash(request: Request, exc: Exception) -> Response:
        log.exception("internal error on %s", request.url.path)
        return _error(500, "internal_error", f"internal error ({type(exc).__name__}); see the server log")

    app = Starlette(
        routes=[
            Route("/", index, methods=["GET"]),
            Route("/sparql", sparql, methods=["GET", "POST"]),
            Route("/entity/{id:path}", entity, methods=["GET"]),
        ],
        lifespan=lifespan,
        exception_handlers={ApiError: on_api_error, KGError: on_library_error, HTTPException: on_http_error,
                            Exception: on_crash},
    )
    app.state.view, app.state.pool = view, pool
    if allowed_hosts:
        return _HostCheck(app, allowed_hosts)
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
          max_body: int = DEFAULT_MAX_BODY, log_level: str = "info", announce=None) -> None:
    """Serve the graph at ``path`` until interrupted.

    The graph is loaded and the workers started before the socket opens, so a bad path is a
    one-line error, not a server that fails on every request. ``announce(url)`` is told when ready.
    """
    import uvicorn

    hosts = ("127.0.0.1", "localhost", "[::1]") if _loopback(host) else None
    pool = QueryPool(path, workers=workers, timeout=timeout, max_rows=max_rows)
    app = create_app(path, allowed_hosts=hosts, pool=pool, max_body=max_body)
    pool.start()
    try:
        if announce is not None:
            shown = f"[{host}]" if ":" in host else host
            announce(f"http://{shown}:{port}/")
        uvicorn.Server(uvicorn.Config(app, host=host, port=port, log_level=log_level, server_header=False)).run()
    finally:
        pool.close()

