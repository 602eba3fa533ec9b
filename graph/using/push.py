"""Push a graph into a triple store over the SPARQL 1.1 Graph Store HTTP Protocol, incrementally.

Each article's named graph is sent with ``PUT <endpoint>?graph=<iri>`` (replacing what the store
held under that name), the merged default graph with ``PUT <endpoint>?default``. What was sent
is remembered *in the store itself*, in one small named graph (``<base>id/graph/kg-push-state``,
or ``<prefix>kg-push-state`` with a graph prefix): the SHA-256 of each graph's sorted
N-Triples. A later push reads it back and sends only the graphs whose content changed, and
deletes the article graphs that are no longer in the graph pushed. Keeping the record in the
store (not in a local file) means it is right whoever pushed last and from where.

Works with any Graph Store Protocol endpoint: Oxigraph (``http://host:7878/store``), Apache
Jena Fuseki (``http://host:3030/DATASET/data``), GraphDB (``.../repositories/ID/rdf-graphs/service``).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

import pyoxigraph as ox

from ..contract import expand
from ..errors import FormatError, PushError
from ..iris import minted_base

__all__ = ["PushSummary", "push_graph", "STATE_NAME"]

#: The local name of the named graph that records what was pushed (after the graph prefix).
STATE_NAME = "kg-push-state"
_HASH = ox.NamedNode(expand("kg:contentHash"))
_DEFAULT_KEY = ox.NamedNode(expand("kg:DefaultGraph"))  # stands for the default graph in the record
_NT = "application/n-triples"

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class PushSummary:
    """What one push did."""

    endpoint: str
    sent: tuple[str, ...]  # graph IRIs sent ("default" for the default graph)
    unchanged: int
    deleted: tuple[str, ...]
    triples_sent: int
    state_graph: str
    dry_run: bool = False
    graphs: int = 0  # graphs in the pushed graph, the default one included


def _body(store: ox.Store, graph) -> bytes:
    """The graph's triples as N-Triples, one per line, sorted: the same bytes for the same content."""
    lines = sorted(f"{q.subject} {q.predicate} {q.object} .\n" for q in store.quads_for_pattern(None, None, None, graph))
    return "".join(lines).encode("utf-8")


def _target(iri: str, prefix: str | None) -> str:
    """Where an article graph goes in the store: its own IRI, or the prefix and its last path segment."""
    return prefix + iri.rstrip("/").rsplit("/", 1)[-1] if prefix else iri


class _Endpoint:
    """One Graph Store Protocol endpoint; every refusal or network failure becomes a PushError."""

    def __init__(self, url: str, auth: tuple[str, str] | None, timeout: float) -> None:
        import httpx

        self.url = url
        self._httpx = httpx
        self._client = httpx.Client(auth=auth, timeout=timeout, follow_redirects=True)

    def close(self) -> None:
        self._client.close()

    def _call(self, method: str, what: str, params: dict, **kw):
        httpx = self._httpx
        try:
            response = self._client.request(method, self.url, params=params, **kw)
        except httpx.TimeoutException as exc:
            raise PushError(f"{self.url}: no answer in time to {method} {what} ({type(exc).__name__}); "
                            f"is the server overloaded? give a longer --timeout") from exc
        except httpx.HTTPError as exc:
            raise PushError(f"cannot reach {self.url}: {exc or type(exc).__name__}; is the triple store running, "
                            f"and is this its Graph Store Protocol URL (Oxigraph: http://HOST:7878/store)?") from exc
        return response

    def _refused(self, method: str, what: str, response) -> PushError:
        detail = " ".join(response.text.split())[:200]
        hint = ""
        if response.status_code in (401, 403):
            hint = "; set KG_PUSH_USER and KG_PUSH_PASSWORD if the store needs a login"
        elif response.status_code in (404, 405):
            hint = "; is this the store's Graph Store Protocol URL (Oxigraph: /store, Fuseki: /DATASET/data) and is it writable?"
        return PushError(f"{self.url} refused {method} {what}: HTTP {response.status_code} "
                         f"{response.reason_phrase}{': ' + detail if detail else ''}{hint}")

    def get(self, graph: str) -> bytes | None:
        """The named graph as N-Triples, or None when the store has no such graph."""
        response = self._call("GET", f"graph <{graph}>", {"graph": graph}, headers={"Accept": _NT})
        if response.status_code == 404:
            return None
        if response.status_code != 200:
            raise self._refused("GET", f"graph <{graph}>", response)
        return response.content

    def put(self, graph: str | None, body: bytes) -> None:
        what = "the default graph" if graph is None else f"graph <{graph}>"
        params = {"default": ""} if graph is None else {"graph": graph}
        response = self._call("PUT", what, params, content=body, headers={"Content-Type": _NT})
        if response.status_code not in (200, 201, 204):
            raise self._refused("PUT", what, response)

    def delete(self, graph: str) -> None:
        response = self._call("DELETE", f"graph <{graph}>", {"graph": graph})
        if response.status_code not in (200, 204, 404):  # already gone is as good as deleted
            raise self._refused("DELETE", f"graph <{graph}>", response)


def _read_state(raw: bytes | None) -> dict[str, str]:
    """{graph IRI or "default": content hash} from the record graph."""
    if not raw:
        return {}
    state = {}
    try:
        for triple in ox.parse(raw, format=ox.RdfFormat.N_TRIPLES):
            if triple.predicate == _HASH and isinstance(triple.object, ox.Literal):
                key = "default" if triple.subject == _DEFAULT_KEY else triple.subject.value
                state[key] = triple.object.value
    except SyntaxError as exc:
        raise PushError(f"the push record in the store does not parse ({exc}); push with --force to rewrite it") from exc
    return state


def _state_body(state: dict[str, str], when: str) -> bytes:
    lines = []
    for key, digest in sorted(state.items()):
        subject = _DEFAULT_KEY if key == "default" else ox.NamedNode(key)
        lines.append(f"{subject} {_HASH} {ox.Literal(digest)} .\n")
    stamp = ox.Literal(when, datatype=ox.NamedNode(expand("xsd:dateTime")))
    lines.append(f"{_DEFAULT_KEY} <{expand('prov:generatedAtTime')}> {stamp} .\n")
    return "".join(lines).encode("utf-8")


def push_graph(
    store: ox.Store,
    endpoint: str,
    *,
    graph_prefix: str | None = None,
    auth: tuple[str, str] | None = None,
    force: bool = False,
    dry_run: bool = False,
    timeout: float = 60.0,
    progress: Progress | None = None,
) -> PushSummary:
    """Send ``store``'s graphs to ``endpoint`` (a Graph Store Protocol URL); see the module docstring.

    ``force`` sends every graph whatever the record says; ``dry_run`` reads the record and
    reports what would be sent without writing anything.
    """
    if not endpoint.startswith(("http://", "https://")):
        raise FormatError(f"--endpoint must be an http:// or https:// URL, such as http://127.0.0.1:7878/store; got {endpoint!r}")
    if graph_prefix is not None and not graph_prefix.startswith(("http://", "https://", "urn:")):
        raise FormatError(f"--graph-prefix must be an IRI such as https://example.org/news/graph/; got {graph_prefix!r}")
    base = minted_base(store)
    state_graph = (graph_prefix or f"{base}id/graph/") + STATE_NAME
    named = sorted(g.value for g in store.named_graphs() if isinstance(g, ox.NamedNode))
    local = {_target(g, graph_prefix): ox.NamedNode(g) for g in named}
    local["default"] = ox.DefaultGraph()
    if state_graph in local:
        raise PushError(f"the graph holds a named graph <{state_graph}>, the name kg push keeps its record under; "
                        f"give another --graph-prefix")

    client = _Endpoint(endpoint, auth, timeout)
    try:
        try:
            recorded = _read_state(client.get(state_graph))
        except PushError:
            if not force:  # an unreadable record is rewritten by --force
                raise
            recorded = {}
        before = {} if force else recorded
        after = dict(recorded)
        sent: list[str] = []
        triples = unchanged = 0
        keys = sorted(local, key=lambda k: (k == "default", k))  # articles first, the merged graph last
        gone = sorted(k for k in recorded if k not in local)
        failed: PushError | None = None
        try:
            for i, key in enumerate(keys):
                if progress:
                    progress(i, len(keys), "sending the default graph" if key == "default" else f"sending <{key}>")
                body = _body(store, local[key])
                digest = hashlib.sha256(body).hexdigest()
                if before.get(key) == digest:
                    unchanged += 1
                    continue
                if not dry_run:
                    client.put(None if key == "default" else key, body)
                after[key] = digest
                sent.append(key)
                triples += body.count(b"\n")
            for key in gone:
                if not dry_run:
                    client.delete(key)
                after.pop(key, None)
        except PushError as exc:
            failed = exc
        # what did reach the store is recorded even when a later request failed: a retry resumes there
        if not dry_run and (after != recorded or force):
            try:
                client.put(state_graph, _state_body(after, datetime.now(timezone.utc).replace(microsecond=0).isoformat()))
            except PushError:
                if failed is None:
                    raise
        if failed is not None:
            raise failed
        if progress:
            progress(len(keys), len(keys), "done")
    finally:
        client.close()
    return PushSummary(endpoint=endpoint, sent=tuple(sent), unchanged=unchanged, deleted=tuple(gone),
                       triples_sent=triples, state_graph=state_graph, dry_run=dry_run, graphs=len(local))


def push_path(path: Path | str, endpoint: str, **kw) -> PushSummary:
    """`push_graph` for a build folder, store or RDF file (what `kg query` reads)."""
    from .load import load_store

    return push_graph(load_store(path), endpoint, **kw)
