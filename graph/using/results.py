"""Results stage: QueryResult -> bytes in a SPARQL results format or an RDF syntax, chosen by name or Accept.

One writer per format in ``FORMATS``, keyed by format name, each with its media type and the
result kinds it can write: SELECT/ASK as SPARQL JSON, XML, CSV or TSV; CONSTRUCT/DESCRIBE as
Turtle, N-Triples, JSON-LD or RDF/XML (and, for the browser, as SPARQL JSON subject/predicate/object rows).
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from typing import Callable
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

from ..errors import FormatError, NotAcceptable
from ..display import XML_INVALID, printable
from .query import PREFIXES, QueryResult
from .rdf import turtle_bytes  # its prefixes are not id:, whose local parts would need escaped slashes in Turtle

__all__ = ["format_table", "to_csv", "to_json", "ResultFormat", "FORMATS", "NotAcceptable", "choose_format", "write_result", "write_triples", "graph_terms", "preference",
           "parse_accept"]

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
# A user's BIND("\u0001") must not make the XML results unreadable.
_NOT_XML = XML_INVALID


@dataclass(frozen=True)
class ResultFormat:
    name: str
    media_type: str
    kinds: frozenset  # of "select", "ask", "graph"
    write: Callable[[QueryResult], bytes]
    aliases: tuple[str, ...] = ()  # other media types and names that ask for it
    triples: Callable[[list, dict | None], bytes] | None = None  # an RDF syntax: writes pyoxigraph triples

    @property
    def content_type(self) -> str:
        text = self.media_type.startswith("text/") or self.media_type.endswith(("json", "xml", "triples"))
        return f"{self.media_type}; charset=utf-8" if text else self.media_type


# ---------------------------------------------------------------- for people: a table; CSV and JSON


def _short(value: str | None, prefixes: list[tuple[str, str]]) -> str:
    if value is None:
        return ""
    for prefix, ns in prefixes:
        if value.startswith(ns) and re.fullmatch(r"[\w.\-/]*", value[len(ns):]):
            return f"{prefix}:{value[len(ns):]}"
    return value


def _table_rows(result: QueryResult) -> tuple[tuple[str, ...], list[tuple[str | None, ...]]]:
    if result.kind == "ask":
        return ("boolean",), [("true" if result.boolean else "false",)]
    if result.kind == "graph":
        return result.variables, list(result.triples)
    return result.variables, list(result.rows)


def format_table(result: QueryResult, width: int | None = None) -> str:
    """A human-readable table (IRIs shortened with the usual prefixes) and a row count."""
    from rich import box
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    # Longest namespace first, so kg: wins over id: and both schema.org spellings shorten.
    prefixes = sorted([*PREFIXES.items(), ("schema", "http://schema.org/")], key=lambda kv: -len(kv[1]))
    header, rows = _table_rows(result)
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    for name in header:
        table.add_column(name, overflow="fold")
    for row in rows:
        # Text cells, so brackets in the data are never read as rich markup; no control characters.
        table.add_row(*(Text(printable(_short(v, prefixes))) for v in row))
    buf = io.StringIO()
    console = Console(file=buf, width=width or 120, color_system=None, highlight=False, soft_wrap=False)
    console.print(table)
    if result.kind != "ask":
        noun = "triple" if result.kind == "graph" else "row"
        console.print(f"{len(rows)} {noun}{'' if len(rows) == 1 else 's'}")
    return "".join(line.rstrip() + "\n" for line in buf.getvalue().splitlines())


def to_csv(result: QueryResult) -> str:
    """SPARQL 1.1 CSV results: a header of variable names, then one line per row (unbound = empty)."""
    header, rows = _table_rows(result)
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow(["" if v is None else v for v in row])
    return buf.getvalue()


def to_json(result: QueryResult) -> str:
    """SPARQL 1.1 JSON results (CONSTRUCT/DESCRIBE triples as subject/predicate/object bindings)."""
    if result.kind == "ask":
        return json.dumps({"head": {}, "boolean": bool(result.boolean)}, indent=2)
    if result.kind == "graph":
        def term(value: str, position: int) -> dict:
            if value.startswith("_:"):
                return {"type": "bnode", "value": value[2:]}
            if position < 2 or re.match(r"^[a-z][a-z0-9+.\-]*:\S*$", value):
                return {"type": "uri", "value": value}
            return {"type": "literal", "value": value}

        if result.triple_bindings:
            bindings = [dict(zip(result.variables, triple)) for triple in result.triple_bindings]
        else:
            bindings = [
                {name: term(v, i) for i, (name, v) in enumerate(zip(result.variables, triple))}
                for triple in result.triples
            ]
    else:
        bindings = [
            {name: cell for name, cell in zip(result.variables, row) if cell is not None} for row in result.bindings
        ]
    return json.dumps({"head": {"vars": list(result.variables)}, "results": {"bindings": bindings}}, indent=2, ensure_ascii=False)


# ---------------------------------------------------------------- SELECT / ASK


def _xml_text(value: str) -> str:
    return escape(_NOT_XML.sub("\ufffd", value))


def write_xml(result: QueryResult) -> bytes:
    """SPARQL Query Results XML Format."""
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<sparql xmlns="http://www.w3.org/2005/sparql-results#">']
    if result.kind == "ask":
        out += ["  <head/>", f"  <boolean>{'true' if result.boolean else 'false'}</boolean>", "</sparql>"]
        return ("\n".join(out) + "\n").encode("utf-8")
    variables, rows = _binding_rows(result)
    out.append("  <head>")
    out += [f"    <variable name={quoteattr(v)}/>" for v in variables]
    out += ["  </head>", "  <results>"]
    for row in rows:
        out.append("    <result>")
        for name, cell in zip(variables, row):
            if cell is None:
                continue
            kind, value = cell["type"], _xml_text(cell["value"])
            if kind == "uri":
                term = f"<uri>{value}</uri>"
            elif kind == "bnode":
                term = f"<bnode>{value}</bnode>"
            elif "xml:lang" in cell:
                term = f"<literal xml:lang={quoteattr(cell['xml:lang'])}>{value}</literal>"
            elif "datatype" in cell:
                term = f"<literal datatype={quoteattr(cell['datatype'])}>{value}</literal>"
            else:
                term = f"<literal>{value}</literal>"
            out.append(f"      <binding name={quoteattr(name)}>{term}</binding>")
        out.append("    </result>")
    out += ["  </results>", "</sparql>"]
    return ("\n".join(out) + "\n").encode("utf-8")


def _nt_string(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t") + '"'


def _tsv_term(cell: dict | None) -> str:
    if cell is None:
        return ""
    kind, value = cell["type"], cell["value"]
    if kind == "uri":
        return f"<{value}>"
    if kind == "bnode":
        return f"_:{value}"
    if "xml:lang" in cell:
        return f"{_nt_string(value)}@{cell['xml:lang']}"
    if "datatype" in cell:
        return f"{_nt_string(value)}^^<{cell['datatype']}>"
    return _nt_string(value)


def write_tsv(result: QueryResult) -> bytes:
    """SPARQL 1.1 TSV results: ?-prefixed header, then terms in Turtle/N-Triples syntax."""
    if result.kind == "ask":
        return f"?boolean\n{'true' if result.boolean else 'false'}\n".encode("utf-8")
    variables, rows = _binding_rows(result)
    lines = ["\t".join(f"?{v}" for v in variables)]
    lines += ["\t".join(_tsv_term(c) for c in row) for row in rows]
    return ("\n".join(lines) + "\n").encode("utf-8")


def _binding_rows(result: QueryResult) -> tuple[tuple[str, ...], tuple]:
    if result.kind == "graph":
        return result.variables, result.triple_bindings
    return result.variables, result.bindings


def write_json(result: QueryResult) -> bytes:
    return (to_json(result) + "\n").encode("utf-8")


def write_csv(result: QueryResult) -> bytes:
    return to_csv(result).encode("utf-8")


# ---------------------------------------------------------------- CONSTRUCT / DESCRIBE


def _term(cell: dict):
    kind, value = cell["type"], cell["value"]
    if kind == "uri":
        return ox.NamedNode(value)
    if kind == "bnode":
        return ox.BlankNode(value)
    if kind == "literal":
        if "xml:lang" in cell:
            return ox.Literal(value, language=cell["xml:lang"])
        if "datatype" in cell:
            return ox.Literal(value, datatype=ox.NamedNode(cell["datatype"]))
        return ox.Literal(value)
    raise FormatError(f"cannot write a {kind} term as RDF; ask for SPARQL JSON results instead")


def graph_terms(result: QueryResult) -> list[ox.Triple]:
    """The triples of a CONSTRUCT/DESCRIBE result as pyoxigraph terms."""
    return [ox.Triple(_term(s), _term(p), _term(o)) for s, p, o in result.triple_bindings]


def _rdf_writer(fmt: ox.RdfFormat) -> Callable[[list[ox.Triple], dict | None], bytes]:
    def write(triples: list[ox.Triple], prefixes: dict | None = None) -> bytes:
        if fmt == ox.RdfFormat.TURTLE:
            return turtle_bytes(triples, prefixes=prefixes)
        return ox.serialize(triples, format=fmt)

    return write


def write_rdfxml(triples: list[ox.Triple], prefixes: dict | None = None) -> bytes:
    # rdflib, not pyoxigraph: pyoxigraph 0.5 writes malformed RDF/XML for some predicate IRIs
    # (see ../shared/TRAPS.md); rdflib refuses the ones RDF/XML cannot express instead.
    import rdflib

    g = rdflib.Graph()
    for prefix, ns in (prefixes or {}).items():
        g.bind(prefix, ns, replace=True)
    for s, p, o in triples:
        g.add(tuple(_rdflib(t) for t in (s, p, o)))
    try:
        return g.serialize(format="xml", encoding="utf-8")
    except Exception as exc:  # rdflib raises plain Exceptions for IRIs RDF/XML cannot express
        raise NotAcceptable(f"these triples cannot be written as RDF/XML ({exc}); ask for Turtle or N-Triples") from exc


def _rdflib(term):
    import rdflib

    if isinstance(term, ox.NamedNode):
        return rdflib.URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return rdflib.BNode(term.value)
    if term.language:
        return rdflib.Literal(term.value, lang=term.language)
    dt = term.datatype.value if term.datatype else None
    return rdflib.Literal(term.value, datatype=None if dt in (None, XSD_STRING) else rdflib.URIRef(dt))


SOLUTIONS = frozenset({"select", "ask"})
GRAPH = frozenset({"graph"})


def _syntax(name: str, media_type: str, write: Callable[[list, dict | None], bytes], aliases: tuple[str, ...]) -> ResultFormat:
    """An RDF syntax: writes CONSTRUCT/DESCRIBE results and any list of triples."""
    return ResultFormat(name, media_type, GRAPH, lambda result: write(graph_terms(result), None), aliases, write)


def write_triples(triples: list[ox.Triple], fmt: ResultFormat, prefixes: dict[str, str] | None = None) -> bytes:
    """Triples in the RDF syntax ``fmt`` (Turtle and RDF/XML with ``prefixes``, default `rdf.PREFIXES`)."""
    if fmt.triples is None:
        raise NotAcceptable(f"format {fmt.name} is not an RDF syntax")
    return fmt.triples(triples, prefixes)

#: Format name -> writer; the first format of each kind is the default for that kind.
FORMATS: dict[str, ResultFormat] = {
    f.name: f
    for f in (
        ResultFormat("json", "application/sparql-results+json", SOLUTIONS | GRAPH, write_json, ("srj",)),
        ResultFormat("xml", "application/sparql-results+xml", SOLUTIONS, write_xml,
                     ("srx", "application/xml", "text/xml")),
        ResultFormat("csv", "text/csv", SOLUTIONS, write_csv),
        ResultFormat("tsv", "text/tab-separated-values", SOLUTIONS, write_tsv),
        _syntax("turtle", "text/turtle", _rdf_writer(ox.RdfFormat.TURTLE), ("ttl", "application/x-turtle")),
        _syntax("ntriples", "application/n-triples", _rdf_writer(ox.RdfFormat.N_TRIPLES), ("nt", "n-triples", "text/plain")),
        _syntax("jsonld", "application/ld+json", _rdf_writer(ox.RdfFormat.JSON_LD), ("json-ld", "application/json")),
        _syntax("rdfxml", "application/rdf+xml", write_rdfxml, ("rdf", "owl")),
    )
}

_DEFAULT = {"select": "json", "ask": "json", "graph": "turtle"}


def _lookup(token: str, kind: str) -> ResultFormat | None:
    """A format by name or media type that can write ``kind`` (application/json means JSON-LD for graphs)."""
    token = token.strip().lower()
    for f in FORMATS.values():
        if kind in f.kinds and (token == f.name or token == f.media_type or token in f.aliases):
            return f
    if token == "application/json" and kind in SOLUTIONS:
        return FORMATS["json"]
    return None


def parse_accept(accept: str) -> list[tuple[str, float]]:
    """Media ranges by preference: highest q first, then the more specific, then the client's order."""
    items = []
    for n, part in enumerate(accept.split(",")):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        if not media:
            continue
        q = 1.0
        for param in fields[1:]:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = max(0.0, min(1.0, float(value)))
                except ValueError:
                    q = 0.0
        items.append((media, q, media.count("*"), n))
    items.sort(key=lambda i: (-i[1], i[2], i[3]))
    return [(media, q) for media, q, _, _ in items]


def preference(accept: str, media: tuple[str, ...]) -> float:
    """How much the client wants the best of ``media`` (its q; a wildcard counts a little less; -1: not at all)."""
    best = -1.0
    for wanted, q in parse_accept(accept):
        if wanted in media:
            best = max(best, q)
        elif wanted == "*/*" or (wanted.endswith("/*") and any(m.startswith(wanted[:-1]) for m in media)):
            best = max(best, q - 0.001)
    return best


def _from_accept(kind: str, accept: str, wildcards: bool = True) -> ResultFormat | None:
    choices = [f for f in FORMATS.values() if kind in f.kinds]
    for media, q in parse_accept(accept):
        if q <= 0:
            continue
        if media.endswith("/*"):
            if not wildcards:
                continue
            top = media[:-1]
            default = FORMATS[_DEFAULT[kind]]
            if media == "*/*" or default.media_type.startswith(top):
                return default
            found = next((f for f in choices if f.media_type.startswith(top)), None)
        else:
            found = _lookup(media, kind)
        if found is not None:
            return found
    return None


def choose_format(kind: str, accept: str | None = None, name: str | None = None) -> ResultFormat:
    """The format to write a ``kind`` result in.

    ``name`` (a format name or media type, the ``format=`` parameter) wins if it can hold the
    result; clients such as SPARQLWrapper send a generic one ("xml") together with an exact
    Accept type (application/rdf+xml for CONSTRUCT), so a concrete Accept type comes next.
    Without ``name``, the best match for ``accept``; the kind's default for none or ``*/*``.
    """
    valid = ", ".join(f"{f.name} ({f.media_type})" for f in FORMATS.values() if kind in f.kinds)
    if name:
        found = _lookup(name, kind) or (_from_accept(kind, accept, wildcards=False) if accept else None)
        if found is None:
            raise NotAcceptable(f"format {name!r} cannot hold a {_KIND_WORDS[kind]}: choose from {valid}")
        return found
    if not accept or not accept.strip():
        return FORMATS[_DEFAULT[kind]]
    found = _from_accept(kind, accept)
    if found is None:
        raise NotAcceptable(f"no acceptable format for a {_KIND_WORDS[kind]} in Accept: {accept.strip()}; we write {valid}")
    return found


_KIND_WORDS = {"select": "SELECT result", "ask": "ASK result", "graph": "CONSTRUCT/DESCRIBE result"}


def write_result(result: QueryResult, fmt: ResultFormat) -> bytes:
    """The result in ``fmt`` (which must be able to hold its kind)."""
    if result.kind not in fmt.kinds:
        raise NotAcceptable(f"format {fmt.name} cannot hold a {_KIND_WORDS[result.kind]}")
    return fmt.write(result)
