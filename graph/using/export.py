"""Export stage: networkx MultiDiGraph -> files in an exports folder (RDF, GraphML, HTML, ontology).

Every format has one writer in ``WRITERS``, keyed by format name. The RDF files are written from
quads in a canonical order, so the same graph gives byte-identical files in any process: Turtle,
TriG, N-Triples, N-Quads and JSON-LD from the terms' text (pyoxigraph's bytes, without making a
Python object per statement; GraphML likewise gives networkx's bytes). All files are first written into a staging folder next to ``out_dir``, which then
takes the place of ``out_dir`` in one atomic exchange, so a failed or killed export leaves the
previous files as they were.
"""

from __future__ import annotations

import errno
import io
import json
import multiprocessing
import os
import re
import secrets
import shutil
import stat
import sys
from functools import cached_property
from importlib import resources
from itertools import islice
from json.encoder import encode_basestring as _json_string  # json.dumps' own, ensure_ascii=False
from pathlib import Path
from typing import Callable, Iterable, Iterator, NamedTuple, Sequence
from xml.sax.saxutils import escape as xml_escape

import networkx as nx
import pyoxigraph as ox

from ..errors import ExportError, FormatError
from ..iris import DEFAULT_BASE, check_base
from .rdf import PREFIXES, CompactQuads, clean_text, compact_quads, turtle_bytes

__all__ = ["FORMATS", "WRITERS", "ExportError", "check_out_dir", "export_graph"]


class _Source:
    """The graph and its RDF forms, each computed once and only if a writer needs it."""

    def __init__(self, g: nx.MultiDiGraph, max_nodes: int | None = None, base: str = DEFAULT_BASE,
                 rdf: CompactQuads | None = None) -> None:
        self.g = g
        self.max_nodes = max_nodes  # the HTML page's starting picture (None: the renderer's default)
        self.base = base  # of the minted IRIs
        if rdf is not None:
            self.__dict__["rdf"] = rdf  # converted already (by the store): not again

    @cached_property
    def page(self):
        """The network page and its record files (render.Page)."""
        from .render import render_page  # the renderer pulls in pyvis and templates: load only when asked

        if self.max_nodes is None:
            return render_page(self.g)
        return render_page(self.g, max_nodes=self.max_nodes)

    @cached_property
    def turtle_forms(self) -> "tuple[list[bytes], list[str]] | None":
        """The Turtle text of each RDF term and the ``@prefix`` lines (`_turtle_forms`), for Turtle and TriG."""
        return _turtle_forms(self.rdf.terms)

    @cached_property
    def ntriples_terms(self) -> list[str]:
        """The N-Triples text of each RDF term (`_ntriples_terms`), for N-Triples and N-Quads."""
        return _ntriples_terms(self)

    @cached_property
    def rdf(self) -> CompactQuads:
        """Quads and union triples in canonical order, made into pyoxigraph objects only while written."""
        return compact_quads(self.g, self.base)


class Writer(NamedTuple):
    filename: str
    write: Callable[[_Source], bytes | Iterable[bytes]]  # the file's bytes, or its pieces in order
    rdf: bool = False
    #: a folder of files that go with this one ({path inside the export folder: bytes}): always
    #: replaced whole, and removed when a build writes none
    folder: str | None = None
    files: Callable[[_Source], dict[str, bytes]] | None = None


def write_turtle(src: _Source) -> bytes:
    made = _turtle_text(src.turtle_forms, src.rdf.terms, ((-1, s, p, o) for s, p, o in src.rdf.triple_rows()))
    return turtle_bytes(src.rdf.triples()) if made is None else made


_RDF_TYPE_IRI = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


def _turtle_forms(terms: list) -> tuple[list[bytes], list[str]] | None:
    """pyoxigraph's Turtle text of each term (with `rdf.PREFIXES`), and its ``@prefix`` lines in name
    order, from one serialisation of a statement per term; None when that cannot be read back so."""
    if not terms or not PREFIXES or not all(isinstance(t, (ox.NamedNode, ox.Literal)) for t in terms):
        return None
    predicate = ox.NamedNode("urn:kg-term:p")
    text = ox.serialize((ox.Triple(ox.NamedNode(f"urn:kg-term:{i}"), predicate, t) for i, t in enumerate(terms)),
                        format=ox.RdfFormat.TURTLE, prefixes=PREFIXES).decode("utf-8")
    lines = text.split("\n")  # newlines in literals are escaped: one line per statement
    n = 0
    while n < len(lines) and lines[n].startswith("@prefix "):
        n += 1
    body = lines[n:]
    if len(body) != len(terms) + 1 or body[-1]:
        return None
    forms = []
    for i, line in enumerate(body[:-1]):
        lead = f"<urn:kg-term:{i}> <urn:kg-term:p> "
        if not (line.startswith(lead) and line.endswith(" .")):
            return None
        forms.append(line[len(lead):-2])
    return sorted(line.encode("utf-8") for line in lines[:n]), forms


def _turtle_text(made: tuple[list[bytes], list[str]] | None, terms: list,
                 rows: Iterable[tuple[int, int, int, int]]) -> bytes | None:
    """Turtle (TriG when a statement is in a named graph) laid out as pyoxigraph lays it out (a run of
    a subject as one statement, its predicates after ";", objects after ","), from the terms' text:
    the bytes of ``turtle_bytes`` without a pyoxigraph object per statement. ``made``: `_turtle_forms`
    of ``terms``; ``rows``: (graph, subject, predicate, object) term numbers in canonical order, graph
    -1 for the default graph. None when the terms could not be read (``made`` None)."""
    if made is None:
        return None
    head, forms = made
    verbs = ["a" if isinstance(t, ox.NamedNode) and t.value == _RDF_TYPE_IRI else forms[i] for i, t in enumerate(terms)]
    parts: list[str] = []
    add = parts.append
    graph = subject = verb = None  # the text of the current graph name ("" for the default graph), subject, predicate
    for g, s, p, o in rows:
        g_text, s_text, p_text = forms[g] if g >= 0 else "", forms[s], verbs[p]
        if graph is None or g_text != graph:
            if graph is not None:
                add(" .\n}\n" if graph else " .\n")
            if g_text:
                add(g_text + " {\n\t")
            add(f"{s_text} {p_text} {forms[o]}")
        elif s_text != subject:
            add(f" .\n\t{s_text} {p_text} {forms[o]}" if g_text else f" .\n{s_text} {p_text} {forms[o]}")
        elif p_text != verb:
            add(f" ;\n\t\t{p_text} {forms[o]}" if g_text else f" ;\n\t{p_text} {forms[o]}")
        else:
            add(" , " + forms[o])
        graph, subject, verb = g_text, s_text, p_text
    if graph is None:
        return None
    add(" .\n}\n" if graph else " .\n")
    return b"\n".join(head) + b"\n" + "".join(parts).encode("utf-8")


#: Statements per piece of a line-based file (N-Triples, N-Quads) and of the JSON-LD file (a few MB): each
#: piece is made and written before the next, so a large file never sits in memory whole.
LINE_CHUNK = 20_000


def _pieces(lines: Iterable[str], size: int) -> Iterator[bytes]:
    """The lines joined and UTF-8 encoded ``size`` at a time."""
    it = iter(lines)
    while batch := list(islice(it, size)):
        yield "".join(batch).encode("utf-8")


def _ntriples_terms(src: _Source) -> list[str]:
    # a term's str() is its N-Triples form, the very text pyoxigraph's N-Triples and N-Quads
    # serialisers write (tests/test_export.py compares them, hostile text included)
    return [str(term) for term in src.rdf.terms]


def write_ntriples(src: _Source) -> Iterator[bytes]:
    nt = src.ntriples_terms
    return _pieces((f"{nt[s]} {nt[p]} {nt[o]} .\n" for s, p, o in src.rdf.triple_rows()), LINE_CHUNK)


def write_nquads(src: _Source) -> Iterator[bytes]:
    nt = src.ntriples_terms
    lines = (f"{nt[s]} {nt[p]} {nt[o]} .\n" if g < 0 else f"{nt[s]} {nt[p]} {nt[o]} {nt[g]} .\n"
             for g, s, p, o in src.rdf.quad_rows())
    return _pieces(lines, LINE_CHUNK)


_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def _jsonld_object(term) -> str:
    """One object of expanded JSON-LD as pyoxigraph writes it, indented as ``json.dumps(indent=1)`` at depth 3."""
    if isinstance(term, ox.Literal):
        if term.language:
            key = f'"@language": {_json_string(term.language)},\n    '
        elif term.datatype.value != _XSD_STRING:
            key = f'"@type": {_json_string(term.datatype.value)},\n    '
        else:
            key = ""
        return f'{{\n    {key}"@value": {_json_string(term.value)}\n   }}'
    return f'{{\n    "@id": {_json_string(term.value)}\n   }}'


def write_jsonld(src: _Source) -> Iterator[bytes]:
    """Expanded JSON-LD, one object per subject, indented by one space a level.

    The bytes are those of pyoxigraph's JSON-LD serialisation (one object per run of a subject,
    one array per run of a predicate, keys in that order) re-indented with ``json.dumps(indent=1,
    ensure_ascii=False)``, made here from the terms: the union triples are sorted by subject, so
    every subject is one run and each of its predicates one run. tests/test_export.py compares
    the two ways, hostile text included.
    """
    terms = src.rdf.terms
    ids: dict[int, str] = {}  # term number -> its JSON string, for subjects and predicates
    objects: dict[int, str] = {}  # term number -> its JSON object

    def quoted(i: int) -> str:
        text = ids.get(i)
        if text is None:
            text = ids[i] = _json_string(terms[i].value)
        return text

    def lines() -> Iterator[str]:
        subject = predicate = -1
        for s, p, o in src.rdf.triple_rows():
            if s != subject:
                if subject < 0:
                    yield "[\n {\n  \"@id\": "
                else:
                    yield "\n  ]\n },\n {\n  \"@id\": "
                yield quoted(s) + ",\n  " + quoted(p) + ": [\n   "
                subject, predicate = s, p
            elif p != predicate:
                yield "\n  ],\n  " + quoted(p) + ": [\n   "
                predicate = p
            else:
                yield ",\n   "
            text = objects.get(o)
            if text is None:
                text = objects[o] = _jsonld_object(terms[o])
            yield text
        yield "[]\n" if subject < 0 else "\n  ]\n }\n]\n"

    return _pieces(lines(), LINE_CHUNK)


def write_trig(src: _Source) -> bytes:
    made = _turtle_text(src.turtle_forms, src.rdf.terms, src.rdf.quad_rows())
    return turtle_bytes(src.rdf.quads(), graphs=True) if made is None else made


#: ``json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)``, its encoder made once
_GRAPHML_JSON = json.JSONEncoder(ensure_ascii=False, sort_keys=True, default=str)


def _scalar(value):
    """A GraphML-friendly value: str/int/float/bool as they are, lists and dicts as JSON, None dropped."""
    if type(value) is str:  # most values: the test below would find it after four others
        return clean_text(value)
    if value is None:
        return None
    if isinstance(value, (bool, int, float)):
        return value
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, (list, tuple, dict, set, frozenset)):
        if isinstance(value, (set, frozenset)):
            value = sorted(value, key=str)
        return clean_text(_GRAPHML_JSON.encode(value))
    return clean_text(str(value))


def _flat_attrs(data: dict, keys: dict | None = None) -> dict:
    """``keys``: the cleaned text of each key seen so far (the same few keys come back on every node)."""
    keys = {} if keys is None else keys
    attrs = {}
    for key in sorted(data):
        value = _scalar(data[key])
        if value is not None:
            name = keys.get(key) if type(key) is str else None
            if name is None:
                name = clean_text(str(key))
                if type(key) is str:
                    keys[key] = name
            attrs[name] = value
    return attrs


def write_graphml(src: _Source) -> bytes:
    g = src.g
    flat = nx.MultiDiGraph()
    keys: dict = {}
    for node in sorted(g.nodes):
        attrs = _flat_attrs(g.nodes[node], keys)
        kind = attrs.get("kind", "")
        if "type" not in attrs and isinstance(kind, str):
            attrs["type"] = kind.capitalize()
        attrs.setdefault("label", clean_text(node))
        flat.add_node(clean_text(node), **attrs)
    edges = sorted(g.edges(keys=True, data=True), key=lambda e: (e[0], e[1], str(e[2])))
    for i, (u, v, key, data) in enumerate(edges):
        attrs = _flat_attrs(data, keys)
        attrs.setdefault("predicate", clean_text(str(key)))
        # The MultiDiGraph key (the predicate) repeats across edges, but GraphML edge ids must
        # be unique (Gephi drops edges with a repeated id), so number them instead.
        flat.add_edge(clean_text(u), clean_text(v), key=f"e{i}", **attrs)
    fast = _graphml_bytes(flat)
    if fast is not None:
        return fast
    buf = io.BytesIO()
    nx.write_graphml(flat, buf, encoding="utf-8", prettyprint=True)
    return buf.getvalue()


#: GraphML's name for each Python type of a value (networkx's, for the types `_scalar` gives)
_GRAPHML_TYPES = {bool: "boolean", int: "long", float: "double", str: "string"}


def _xml_text(text: str) -> str:
    """Element text escaped as lxml escapes it."""
    return xml_escape(text, _TEXT_ENTITIES)


def _xml_attribute(text: str) -> str:
    """An attribute value escaped as lxml escapes it."""
    return xml_escape(text, _ATTRIBUTE_ENTITIES)


#: What lxml escapes beyond &, < and > (which ``xml.sax.saxutils.escape`` always does)
_TEXT_ENTITIES = {"\r": "&#13;"}
_ATTRIBUTE_ENTITIES = {'"': "&quot;", "\t": "&#9;", "\n": "&#10;", "\r": "&#13;"}

_GRAPHML_HEAD = ("<?xml version='1.0' encoding='utf-8'?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
                 "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
                 "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">")


def _graphml_bytes(flat: nx.MultiDiGraph) -> bytes | None:
    """The bytes ``nx.write_graphml(flat, prettyprint=True)`` writes (with lxml), made as text: the same
    keys (numbered as first met, nodes before edges, listed last first), elements and escapes.
    None for what this does not cover (an empty graph, a value of another type): networkx writes it."""
    if not flat or flat.graph:
        return None
    keys: dict[tuple[str, str, str], str] = {}
    listed: list[str] = []
    body: list[str] = ['<graph edgedefault="directed">']

    def data(scope: str, attrs: dict) -> str | None:
        out = []
        for name, value in attrs.items():
            kind = _GRAPHML_TYPES.get(type(value))
            if kind is None or type(name) is not str:
                return None
            key = keys.get((name, kind, scope))
            if key is None:
                key = keys[(name, kind, scope)] = f"d{len(keys)}"
                listed.append(f'<key id="{key}" for="{scope}" attr.name="{_xml_attribute(name)}" '
                              f'attr.type="{kind}"/>\n')
            out.append(f'  <data key="{key}">{_xml_text(str(value))}</data>\n')
        return "".join(out)

    for node, attrs in flat.nodes(data=True):
        inner = data("node", attrs)
        if inner is None:
            return None
        opening = f'<node id="{_xml_attribute(str(node))}"'
        body.append(f"{opening}>\n{inner}</node>\n" if inner else f"{opening}/>\n")
    for u, v, key, attrs in flat.edges(keys=True, data=True):
        inner = data("edge", attrs)
        if inner is None:
            return None
        opening = (f'<edge source="{_xml_attribute(str(u))}" target="{_xml_attribute(str(v))}" '
                   f'id="{_xml_attribute(str(key))}"')
        body.append(f"{opening}>\n{inner}</edge>\n" if inner else f"{opening}/>\n")
    body.append("</graph></graphml>")
    return (_GRAPHML_HEAD + "".join(reversed(listed)) + "".join(body)).encode("utf-8")


def write_html(src: _Source) -> bytes:
    return src.page.html.encode("utf-8")


def html_files(src: _Source) -> dict[str, bytes]:
    """The files the page loads its records from (none for a page that holds them itself)."""
    return src.page.files


def write_ontology(src: _Source) -> bytes:
    return resources.files("graph").joinpath("ontology.ttl").read_bytes()


def write_void(src: _Source) -> bytes:
    """The VoID description of the graph (the counts of `kg stats`, from the same union triples)."""
    from .describe import DESCRIPTION_PREFIXES, describe_dataset
    from .stats import profile_rows

    profile = profile_rows(src.rdf.terms, *src.rdf.triple_columns)
    return turtle_bytes(describe_dataset(profile, src.base), prefixes=DESCRIPTION_PREFIXES)


def write_ids(src: _Source) -> bytes:
    """The id registry (graph.building.identity): every entity id minted so far, read again when this folder is rebuilt."""
    from ..building.identity import registry_bytes, registry_of

    return registry_bytes(registry_of(src.g))


#: Format name -> file name and writer. An RDF format brings ``ontology.ttl`` along with it.
WRITERS: dict[str, Writer] = {
    "ttl": Writer("graph.ttl", write_turtle, rdf=True),
    "nt": Writer("graph.nt", write_ntriples, rdf=True),
    "jsonld": Writer("graph.jsonld", write_jsonld, rdf=True),
    "trig": Writer("graph.trig", write_trig, rdf=True),
    "nq": Writer("graph.nq", write_nquads, rdf=True),
    "graphml": Writer("graph.graphml", write_graphml),
    "html": Writer("graph.html", write_html, folder="graph_files", files=html_files),
    "ontology": Writer("ontology.ttl", write_ontology),
    "void": Writer("void.ttl", write_void, rdf=True),
    "ids": Writer("ids.json", write_ids),
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


def _fsync_dir(path: Path) -> None:
    """Make a rename inside ``path`` durable (a no-op where folders cannot be opened, e.g. Windows)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


_RENAME_EXCHANGE = 2  # linux/fs.h
_RENAME_SWAP = 2  # macOS stdio.h
_AT_FDCWD = -100


def _exchange(a: Path, b: Path) -> bool:
    """Swap two folders in one atomic step; False where the system or file system cannot.

    Linux has ``renameat2(RENAME_EXCHANGE)`` (kernel 3.15, most local file systems), macOS
    ``renamex_np(RENAME_SWAP)``. Other errors (permissions, a mount point) are raised.
    """
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        if sys.platform.startswith("linux") and hasattr(libc, "renameat2"):
            rc = libc.renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
        elif sys.platform == "darwin" and hasattr(libc, "renamex_np"):
            rc = libc.renamex_np(os.fsencode(a), os.fsencode(b), _RENAME_SWAP)
        else:
            return False
    except (OSError, AttributeError):
        return False
    if rc == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP, errno.EOPNOTSUPP):
        return False
    raise OSError(err, os.strerror(err), str(b))


def _link_or_copy(src: str, dst: str) -> None:
    try:
        os.link(src, dst, follow_symlinks=False)
    except OSError:
        shutil.copy2(src, dst, follow_symlinks=False)


def _carry_over(out_dir: Path, staging: Path, ours: set[str]) -> None:
    """Put every file of ``out_dir`` that is not one of ours into ``staging`` too (it has no subfolders but ours).

    Files are hard-linked (copied where links are not possible), so the user's notes and
    other tools' output survive the folder swap unchanged and at no cost.
    """
    for entry in sorted(os.scandir(out_dir), key=lambda e: e.name):
        if entry.name in ours:
            continue
        src, dst = Path(entry.path), staging / entry.name
        if entry.is_symlink():
            os.symlink(os.readlink(src), dst)
        else:
            _link_or_copy(str(src), str(dst))


def _swap_in(staging: Path, out_dir: Path, filenames: list[str], folders: Sequence[str] = ()) -> None:
    """Make the staged folder the new ``out_dir`` in one atomic step.

    A new out_dir is a plain rename. An existing one is exchanged with the staging folder
    (which has been given the existing folder's other files first), so at every instant
    ``out_dir`` holds either the complete previous build or the complete new one, even if
    the process is killed. Where the system cannot exchange two folders, or the staging
    folder had to be made inside ``out_dir``, or ``out_dir`` has subfolders (it is not a
    dedicated exports folder: ``--out .``), each file is replaced on its own (each file old
    or new, but a crash between two files leaves a mix). ``folders`` are ours too (the page's
    ``graph_files``): each is replaced whole, or removed if the build wrote none.
    """
    for name in filenames:
        if (out_dir / name).is_dir():
            raise IsADirectoryError(errno.EISDIR, f"{name} is a folder in the way", str(out_dir / name))
    subfolders = out_dir.is_dir() and any(e.is_dir(follow_symlinks=False) and e.name not in folders
                                          for e in os.scandir(out_dir))
    # a folder with subfolders of its own is not a dedicated exports folder (``--out .``): leave it in place
    if staging.parent == out_dir.parent and not subfolders:
        if not out_dir.exists():
            try:
                os.rename(staging, out_dir)
                _fsync_dir(out_dir.parent)
                return
            except OSError:
                out_dir.mkdir(parents=True, exist_ok=True)  # someone made it meanwhile: fall through
        ours = set(filenames) | set(folders)
        _carry_over(out_dir, staging, ours)
        try:
            os.chmod(staging, stat.S_IMODE(out_dir.stat().st_mode))
        except OSError:
            pass
        if _exchange(staging, out_dir):
            _fsync_dir(out_dir.parent)
            # whatever appeared in out_dir while we were carrying files over is moved across too
            for entry in os.scandir(staging):
                if entry.name not in ours and not os.path.lexists(out_dir / entry.name):
                    os.rename(entry.path, out_dir / entry.name)
            return  # staging now holds the previous build; the caller removes it
        for entry in os.scandir(staging):  # undo the carry-over before the fallback
            if entry.name not in ours:
                os.unlink(entry.path)
    for name in filenames:
        os.replace(staging / name, out_dir / name)
    for name in folders:
        old = out_dir / name
        if old.is_dir() and not old.is_symlink():
            shutil.rmtree(old)
        elif old.exists() or old.is_symlink():
            old.unlink()
        if (staging / name).is_dir():
            os.rename(staging / name, old)
    _fsync_dir(out_dir)


_STAGING = re.compile(r"^\.(?P<name>.+)\.tmp-(?P<pid>\d+)-[0-9a-f]{8}$")


def _pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, not ours to signal
    return True


def _sweep_stale(out_dir: Path) -> None:
    """Remove staging folders left behind by builds that were killed (their process is gone)."""
    for folder in (out_dir.parent, out_dir):
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            m = _STAGING.match(entry.name)
            if m and entry.is_dir(follow_symlinks=False) and (folder == out_dir or m["name"] == out_dir.name):
                if not _pid_alive(int(m["pid"])):
                    shutil.rmtree(entry.path, ignore_errors=True)


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
        staging = out_dir / f".{out_dir.name}.{tag}"  # a writable out_dir in a read-only parent
        staging.mkdir()
    return staging


def _export_error(out_dir: Path, exc: OSError) -> ExportError:
    reason = exc.strerror or str(exc)
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        reason += "; choose an output folder you can write to"
    return ExportError(f"cannot write exports to {out_dir}: {reason}")


def check_out_dir(out_dir: Path) -> None:
    """Fail now, not after a long build, if ``out_dir`` cannot take the exports (ExportError).

    Nothing is created: the nearest existing folder on the way must be writable.
    """
    out_dir = Path(out_dir)
    if out_dir.exists() and not out_dir.is_dir():
        raise ExportError(f"cannot write exports to {out_dir}: it is a file, not a folder; choose another output path")
    real = Path(os.path.realpath(out_dir))
    probe = real.parent
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    if not probe.is_dir():
        raise ExportError(f"cannot write exports to {out_dir}: {probe} is a file, not a folder; choose another output path")
    writable = os.access(probe, os.W_OK | os.X_OK) or (real.is_dir() and os.access(real, os.W_OK | os.X_OK))
    if not writable:
        raise ExportError(f"cannot write exports to {out_dir}: permission denied; choose an output folder you can write to")


#: Writers that need the graph but not its RDF: with ``workers`` > 1 a forked process writes them
#: while this one converts the graph to RDF and writes the RDF files (the costliest of the rest).
BESIDE_RDF = ("graphml", "html")


def _write_one(name: str, src: _Source, staging: Path) -> None:
    """Write one format into ``staging``: its file and the files that go with it (the page's records)."""
    writer = WRITERS[name]
    _write_file(staging / writer.filename, writer.write(src))
    for rel, data in sorted((writer.files(src) if writer.files else {}).items()):
        (staging / rel).parent.mkdir(parents=True, exist_ok=True)
        _write_file(staging / rel, data)


def _can_fork() -> bool:
    # fork is the only start method that hands the child the graph without pickling it; macOS's
    # system libraries are not safe to use after fork, so Linux only (elsewhere: one process)
    return sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()


def _write_in_child(src: _Source, names: list[str], staging: Path, conn) -> None:
    """The forked process: write ``names`` into ``staging``, then report None or the error."""
    try:
        for name in names:
            _write_one(name, src, staging)
    except BaseException as exc:  # noqa: BLE001 - handed to the parent, which raises it
        conn.send((exc.errno, exc.strerror, exc.filename) if isinstance(exc, OSError) else f"{type(exc).__name__}: {exc}")
    else:
        conn.send(None)
    finally:
        conn.close()


class _Beside:
    """Writers running in a forked process next to this one; ``wait`` raises what went wrong there."""

    def __init__(self, src: _Source, names: list[str], staging: Path) -> None:
        ctx = multiprocessing.get_context("fork")
        self.names = names
        self._conn, child_conn = ctx.Pipe(duplex=False)
        self._proc = ctx.Process(target=_write_in_child, args=(src, names, staging, child_conn), daemon=True,
                                 name="kg-export")
        self._proc.start()
        child_conn.close()

    def wait(self) -> None:
        try:
            outcome = self._conn.recv()
        except EOFError:  # the process died without a word (killed)
            outcome = f"the process writing {', '.join(WRITERS[n].filename for n in self.names)} ended unexpectedly"
        finally:
            self._conn.close()
            self._proc.join()
        if isinstance(outcome, tuple):
            raise OSError(*outcome)
        if outcome is not None:
            raise ExportError(f"writing {', '.join(WRITERS[n].filename for n in self.names)} failed: {outcome}")

    def stop(self) -> None:
        if self._proc.is_alive():
            self._proc.kill()
        self._proc.join()
        self._conn.close()


def export_graph(
    g: nx.MultiDiGraph,
    out_dir: Path,
    formats: Sequence[str] | None = None,
    *,
    max_nodes: int | None = None,
    base: str = DEFAULT_BASE,
    progress: Callable[[int, int, str], None] | None = None,
    rdf: CompactQuads | None = None,
    workers: int = 1,
) -> list[str]:
    """Write the graph into ``out_dir`` in ``formats`` (default: all of FORMATS); return the file names.

    Nothing in ``out_dir`` changes unless every file was written, and then the whole folder
    changes at once (see ``_swap_in``): a build killed at any point leaves the previous
    exports complete. Files there that this function does not write are kept. ``g`` is
    not changed. ``max_nodes`` caps the HTML page's starting picture; ``base`` is the base of the
    minted IRIs (same paths under another base: see `rdf.rebase_iri`); ``progress(done, total,
    description)`` hears of each file. ``rdf`` is ``rdf.compact_quads(g, base)`` when the caller has
    it already (the store writes the same quads), so the graph is converted once. With ``workers``
    > 1 (on Linux) the files of `BESIDE_RDF` are written by a second process meanwhile; the bytes
    are the same.
    """
    names = _resolve_formats(formats)
    check_base(base)
    if max_nodes is not None and max_nodes < 1:
        raise FormatError(f"--max-nodes must be at least 1, got {max_nodes}")
    out_dir = Path(out_dir)
    if out_dir.exists() and not out_dir.is_dir():
        raise ExportError(f"cannot write exports to {out_dir}: it is a file, not a folder; choose another output path")
    filenames = [WRITERS[name].filename for name in names]
    folders = [WRITERS[name].folder for name in names if WRITERS[name].folder]
    # the real folder: a symlinked out_dir keeps its link, the folder it points to is swapped
    target = Path(os.path.realpath(out_dir))
    staging = beside = None
    try:
        _sweep_stale(target)
        staging = _make_staging(target)
        src = _Source(g, max_nodes, base, rdf)
        total = len(names)
        there: list[str] = []  # written by the second process
        if workers > 1 and _can_fork() and any(WRITERS[name].rdf for name in names):
            there = [name for name in names if name in BESIDE_RDF]
            if there:
                beside = _Beside(src, there, staging)
        if progress and rdf is None and any(WRITERS[name].rdf for name in names):
            progress(0, total, "converting the graph to RDF")
            src.rdf  # noqa: B018 - computed once here, so its time is not charged to the first RDF file
        for i, name in enumerate(names):
            writer = WRITERS[name]
            if progress:
                progress(i, total, f"writing {writer.filename}" + (" in a second process" if name in there else ""))
            if name not in there:
                _write_one(name, src, staging)
        if beside is not None:
            beside.wait()
            beside = None
        if progress:
            progress(total, total, "moving the files into place")
        _swap_in(staging, target, filenames, folders)
    except OSError as exc:
        raise _export_error(out_dir, exc) from exc
    finally:
        if beside is not None:  # this process failed first: the other one's files are not wanted
            beside.stop()
        if staging is not None and staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    return sorted(filenames + [f for f in folders if (target / f).is_dir()])
