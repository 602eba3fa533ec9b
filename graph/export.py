"""Export stage: networkx MultiDiGraph -> files in an exports folder (RDF, GraphML, HTML, ontology).

Every format has one writer in ``WRITERS``, keyed by format name. The RDF files are written by
pyoxigraph from quads in a canonical order, so the same graph gives byte-identical files in any
process. All files are first written into a staging folder next to ``out_dir`` and only then
moved in, so a failed export leaves the previous files as they were.
"""

from __future__ import annotations

import errno
import io
import json
import os
import secrets
import shutil
from functools import cached_property
from importlib import resources
from itertools import islice
from pathlib import Path
from typing import Callable, Iterable, Iterator, NamedTuple, Sequence

import networkx as nx
import pyoxigraph as ox

from .errors import FormatError, KGError
from .rdf import PREFIXES, CompactQuads, clean_text, compact_quads

__all__ = ["FORMATS", "WRITERS", "ExportError", "export_graph"]


class ExportError(KGError):
    """The exports folder cannot be written (permissions, a file in the way, a full disk)."""


class _Source:
    """The graph and its RDF forms, each computed once and only if a writer needs it."""

    def __init__(self, g: nx.MultiDiGraph, max_nodes: int | None = None) -> None:
        self.g = g
        self.max_nodes = max_nodes  # the HTML page's starting picture (None: the renderer's default)

    @cached_property
    def rdf(self) -> CompactQuads:
        """Quads and union triples in canonical order, made into pyoxigraph objects only while written."""
        return compact_quads(self.g)


class Writer(NamedTuple):
    filename: str
    write: Callable[[_Source], bytes | Iterable[bytes]]  # the file's bytes, or its pieces in order
    rdf: bool = False


def _sorted_prefixes(data: bytes) -> bytes:
    """Put the ``@prefix`` lines in name order (pyoxigraph's own order is not specified)."""
    lines = data.split(b"\n")
    n = 0
    while n < len(lines) and lines[n].startswith(b"@prefix "):
        n += 1
    return b"\n".join(sorted(lines[:n]) + lines[n:])


def write_turtle(src: _Source) -> bytes:
    return _sorted_prefixes(ox.serialize(src.rdf.triples(), format=ox.RdfFormat.TURTLE, prefixes=PREFIXES))


#: Statements per piece of a line-based file (N-Triples, N-Quads): each piece is serialised and
#: written before the next is made, so a large file never sits in memory whole.
LINE_CHUNK = 200_000


def _line_pieces(statements: Iterable, fmt: ox.RdfFormat, size: int) -> Iterator[bytes]:
    """A line-based serialisation in pieces; joined, they are the serialisation of everything at once."""
    it = iter(statements)
    while batch := list(islice(it, size)):
        yield ox.serialize(batch, format=fmt)


def write_ntriples(src: _Source) -> Iterator[bytes]:
    return _line_pieces(src.rdf.triples(), ox.RdfFormat.N_TRIPLES, LINE_CHUNK)


#: Triples per JSON-LD piece: the re-indenting below holds one piece's objects at a time.
JSONLD_CHUNK = 50_000


def _subject_runs(triples: Iterable[ox.Triple], size: int) -> Iterator[list[ox.Triple]]:
    """Consecutive runs of about ``size`` triples, cut only where the subject changes."""
    run: list[ox.Triple] = []
    for t in triples:
        if len(run) >= size and t.subject != run[-1].subject:
            yield run
            run = []
        run.append(t)
    if run:
        yield run


def write_jsonld(src: _Source) -> Iterator[bytes]:
    # pyoxigraph writes expanded JSON-LD on one line, one object per subject; re-indent it (order
    # is kept) for people. Done a run of subjects at a time: the same bytes as re-indenting the
    # whole document, without a Python object for every triple of a large graph at once.
    first = True
    for run in _subject_runs(src.rdf.triples(), JSONLD_CHUNK):
        out = io.BytesIO()
        for node in json.loads(ox.serialize(run, format=ox.RdfFormat.JSON_LD)):
            text = json.dumps(node, indent=1, ensure_ascii=False).replace("\n", "\n ")
            out.write(("[\n " if first else ",\n ").encode("utf-8") + text.encode("utf-8"))
            first = False
        yield out.getvalue()
    yield b"[]\n" if first else b"\n]\n"


def write_trig(src: _Source) -> bytes:
    return _sorted_prefixes(ox.serialize(src.rdf.quads(), format=ox.RdfFormat.TRIG, prefixes=PREFIXES))


def write_nquads(src: _Source) -> Iterator[bytes]:
    return _line_pieces(src.rdf.quads(), ox.RdfFormat.N_QUADS, LINE_CHUNK)


def _scalar(value):
    """A GraphML-friendly value: str/int/float/bool as they are, lists and dicts as JSON, None dropped."""
    if value is None:
        return None
    if isinstance(value, (bool, int, float)):
        return value
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, (list, tuple, dict, set, frozenset)):
        if isinstance(value, (set, frozenset)):
            value = sorted(value, key=str)
        return clean_text(json.dumps(value, ensure_ascii=False, sort_keys=True, default=str))
    return clean_text(str(value))


def _flat_attrs(data: dict) -> dict:
    attrs = {}
    for key in sorted(data):
        value = _scalar(data[key])
        if value is not None:
            attrs[clean_text(str(key))] = value
    return attrs


def write_graphml(src: _Source) -> bytes:
    g = src.g
    flat = nx.MultiDiGraph()
    for node in sorted(g.nodes):
        attrs = _flat_attrs(g.nodes[node])
        kind = attrs.get("kind", "")
        if "type" not in attrs and isinstance(kind, str):
            attrs["type"] = kind.capitalize()
        attrs.setdefault("label", clean_text(node))
        flat.add_node(clean_text(node), **attrs)
    edges = sorted(g.edges(keys=True, data=True), key=lambda e: (e[0], e[1], str(e[2])))
    for i, (u, v, key, data) in enumerate(edges):
        attrs = _flat_attrs(data)
        attrs.setdefault("predicate", clean_text(str(key)))
        # The MultiDiGraph key (the predicate) repeats across edges, but GraphML edge ids must
        # be unique (Gephi drops edges with a repeated id), so number them instead.
        flat.add_edge(clean_text(u), clean_text(v), key=f"e{i}", **attrs)
    buf = io.BytesIO()
    nx.write_graphml(flat, buf, encoding="utf-8", prettyprint=True)
    return buf.getvalue()


def write_html(src: _Source) -> bytes:
    from .render import render_html  # the renderer pulls in pyvis and templates: load only when asked

    if src.max_nodes is None:
        return render_html(src.g).encode("utf-8")
    return render_html(src.g, max_nodes=src.max_nodes).encode("utf-8")


def write_ontology(src: _Source) -> bytes:
    return resources.files(__package__).joinpath("ontology.ttl").read_bytes()


#: Format name -> file name and writer. An RDF format brings ``ontology.ttl`` along with it.
WRITERS: dict[str, Writer] = {
    "ttl": Writer("graph.ttl", write_turtle, rdf=True),
    "nt": Writer("graph.nt", write_ntriples, rdf=True),
    "jsonld": Writer("graph.jsonld", write_jsonld, rdf=True),
    "trig": Writer("graph.trig", write_trig, rdf=True),
    "nq": Writer("graph.nq", write_nquads, rdf=True),
    "graphml": Writer("graph.graphml", write_graphml),
    "html": Writer("graph.html", write_html),
    "ontology": Writer("ontology.ttl", write_ontology),
}

FORMATS = tuple(WRITERS)

_ALIASES = {
    "turtle": "ttl",
    "ntriples": "nt",
    "n-triples": "nt",
    "json-ld": "jsonld",
    "n-quads": "nq",
    "nquads": "nq",
}


def _resolve_formats(formats: Sequence[str] | None) -> list[str]:
    if formats is None:
        return list(FORMATS)
    if isinstance(formats, str):
        formats = [formats]
    chosen = set()
    for name in formats:
        key = _ALIASES.get(name.strip().lower().lstrip("."), name.strip().lower().lstrip("."))
        if key not in WRITERS:
            raise FormatError(f"unknown export format {name!r}: choose from {', '.join(FORMATS)}")
        chosen.add(key)
    if any(WRITERS[name].rdf for name in chosen):
        chosen.add("ontology")
    return [name for name in FORMATS if name in chosen]


def _write_file(path: Path, data: bytes | Iterable[bytes]) -> None:
    """Write ``data``: the file's bytes, or its pieces in order (as the big line-based writers give them)."""
    with open(path, "wb") as fh:
        if isinstance(data, (bytes, bytearray)):
            fh.write(data)
        else:
            for piece in data:
                fh.write(piece)
        fh.flush()
        os.fsync(fh.fileno())


def _swap_in(staging: Path, out_dir: Path, filenames: list[str]) -> None:
    """Move the staged files into ``out_dir``: the whole folder at once if it is new, else file by file."""
    if not out_dir.exists():
        try:
            os.rename(staging, out_dir)
            return
        except OSError:
            out_dir.mkdir(parents=True, exist_ok=True)  # someone made it meanwhile: fall back
    # Files in out_dir that are not ours (notes, other tools' output) stay; each of ours is
    # replaced atomically, so a reader sees either the old or the new version of a file.
    for name in filenames:
        if (out_dir / name).is_dir():
            raise IsADirectoryError(errno.EISDIR, f"{name} is a folder in the way", str(out_dir / name))
    for name in filenames:
        os.replace(staging / name, out_dir / name)


def _make_staging(out_dir: Path) -> Path:
    """A new empty folder on out_dir's file system (so renames are atomic), next to it if possible."""
    tag = f"tmp-{os.getpid()}-{secrets.token_hex(4)}"
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = out_dir.parent / f".{out_dir.name}.{tag}"
    try:
        staging.mkdir()
    except PermissionError:
        if not out_dir.is_dir():
            raise
        staging = out_dir / f".{tag}"  # a writable out_dir in a read-only parent
        staging.mkdir()
    return staging


def export_graph(
    g: nx.MultiDiGraph,
    out_dir: Path,
    formats: Sequence[str] | None = None,
    *,
    max_nodes: int | None = None,
    progress: Callable[[int, int, str], None] | None = None,
) -> list[str]:
    """Write the graph into ``out_dir`` in ``formats`` (default: all of FORMATS); return the file names.

    Nothing in ``out_dir`` changes unless every file was written; files there that this
    function does not write are left alone. ``g`` is not changed. ``max_nodes`` caps the HTML
    page's starting picture; ``progress(done, total, description)`` hears of each file.
    """
    names = _resolve_formats(formats)
    if max_nodes is not None and max_nodes < 1:
        raise FormatError(f"--max-nodes must be at least 1, got {max_nodes}")
    out_dir = Path(out_dir)
    if out_dir.exists() and not out_dir.is_dir():
        raise ExportError(f"cannot write exports to {out_dir}: it is a file, not a folder; choose another output path")
    filenames = [WRITERS[name].filename for name in names]
    staging = None
    try:
        staging = _make_staging(out_dir)
        src = _Source(g, max_nodes)
        total = len(names)
        if progress and any(WRITERS[name].rdf for name in names):
            progress(0, total, "converting the graph to RDF")
            src.rdf  # noqa: B018 - computed once here, so its time is not charged to the first RDF file
        for i, name in enumerate(names):
            writer = WRITERS[name]
            if progress:
                progress(i, total, f"writing {writer.filename}")
            _write_file(staging / writer.filename, writer.write(src))
        if progress:
            progress(total, total, "moving the files into place")
        _swap_in(staging, out_dir, filenames)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            reason += "; choose an output folder you can write to"
        raise ExportError(f"cannot write exports to {out_dir}: {reason}") from exc
    finally:
        if staging is not None and staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    return sorted(filenames)
