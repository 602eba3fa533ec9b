"""Load stage: a graph path (build folder, store, Oxigraph folder or RDF file) -> pyoxigraph Store to query.

Also the version token that tells long-running readers (`kg serve`) when the graph on disk changed.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from ..errors import GraphLoadError
from .store import current_generation, is_store, open_store

__all__ = ["EXTENSIONS", "BUILD_FILES", "graph_file", "source_version", "load_store"]

#: RDF file extensions we can read, and the pyoxigraph parser for each.
EXTENSIONS = {
    ".nq": ox.RdfFormat.N_QUADS,
    ".trig": ox.RdfFormat.TRIG,
    ".ttl": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".jsonld": ox.RdfFormat.JSON_LD,
    ".n3": ox.RdfFormat.N3,
    ".rdf": ox.RdfFormat.RDF_XML,
    ".owl": ox.RdfFormat.RDF_XML,
    ".xml": ox.RdfFormat.RDF_XML,
}

#: In a build folder, the first of these that exists is loaded (N-Quads and TriG keep the named graphs).
BUILD_FILES = ("graph.nq", "graph.trig", "graph.ttl", "graph.nt", "graph.jsonld")


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())


def _is_oxigraph_dir(path: Path) -> bool:
    """A bare on-disk Oxigraph (RocksDB) folder, such as `oxigraph load --location DIR` makes."""
    return (path / "CURRENT").is_file() and any(path.glob("MANIFEST-*"))


def graph_file(path: Path | str) -> Path:
    """The RDF file that `load_store` reads for ``path`` (a build folder's graph.nq, ...), or a store folder itself."""
    path = Path(path)
    if not path.exists():
        raise GraphLoadError(f"graph not found: {path} (give a build folder such as exports/, a store or an RDF file)")
    if path.is_dir():
        if is_store(path) or _is_oxigraph_dir(path):
            return path
        found = next((path / name for name in BUILD_FILES if (path / name).is_file()), None)
        if found is None:
            raise GraphLoadError(
                f"no graph file in folder {path}: expected one of {', '.join(BUILD_FILES)}, "
                "or a store made by `kg build --store` (run `kg build` first)"
            )
        return found
    return path


def source_version(path: Path | str) -> str:
    """A token that changes whenever the graph `load_store(path)` would read changes (a new store
    generation, a rewritten file), so long-running readers know when to load it again."""
    target = graph_file(path)
    if target.is_dir():
        if is_store(target):
            return f"store:{current_generation(target)}"
        latest = max((p.stat().st_mtime_ns for p in target.glob("MANIFEST-*")), default=0)
        return f"oxigraph:{latest}"
    try:
        st = target.stat()
    except OSError as exc:
        raise GraphLoadError(f"cannot read {target}: {exc.strerror or exc}") from exc
    return f"file:{target.resolve()}:{st.st_mtime_ns}:{st.st_size}"


def load_store(path: Path | str) -> ox.Store:
    """Open a graph for querying: a store folder (`kg build --store`, or a bare Oxigraph folder) read-only
    from disk; a build folder (graph.nq, else graph.trig, ...) or one RDF file loaded into memory."""
    path = graph_file(path)
    if path.is_dir():
        if is_store(path):
            return open_store(path)
        try:
            return ox.Store.read_only(str(path))
        except OSError as exc:
            raise GraphLoadError(f"cannot open the Oxigraph store {path}: {_one_line(exc)}") from exc
    fmt = EXTENSIONS.get(path.suffix.lower())
    if fmt is None:
        raise GraphLoadError(
            f"unknown RDF file extension {path.suffix or '(none)'!r} for {path}: "
            f"valid extensions are {', '.join(EXTENSIONS)}, or a build folder or store"
        )
    try:
        with open(path, "rb") as fh:
            bom = fh.read(3) == b"\xef\xbb\xbf"  # both RDF parsers reject a byte-order mark
            source = {"input": fh.read()} if bom else {"path": str(path)}
    except OSError as exc:
        raise GraphLoadError(f"cannot read {path}: {exc.strerror or exc}") from exc
    store = ox.Store()
    try:
        # bulk_load streams the file; load() would build one transaction of the whole graph in memory
        store.bulk_load(format=fmt, base_iri=path.resolve().as_uri(), **source)
    except (SyntaxError, ValueError, OSError) as exc:
        raise GraphLoadError(f"cannot parse {path} as {fmt.name}: {_one_line(exc)}") from exc
    return store
