"""Query stage: a graph (build folder, RDF file or store) + SPARQL text -> QueryResult (read-only)."""

from __future__ import annotations

import csv
import difflib
import io
import json
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

import pyoxigraph as ox

from .contract import NAMESPACES, expand
from .errors import GraphLoadError, InputError, QueryError, ReadOnlyError
from .iris import DEFAULT_BASE, minted_base
from .model import ENTITY_TYPES, RELATIONS

__all__ = [
    "BUILD_FILES",
    "EXTENSIONS",
    "PREFIXES",
    "QUERIES_DIR",
    "QueryResult",
    "load_store",
    "graph_file",
    "source_version",
    "prefixes_for",
    "check_read_only",
    "run_query",
    "read_query_file",
    "example_queries",
    "format_table",
    "to_csv",
    "to_json",
    "graph_stats",
    "GraphProfile",
    "profile_triples",
    "local_name",
    "distinct_triples",
]

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

KG = NAMESPACES["kg"]
ID = DEFAULT_BASE + "id/"  # a query's id: follows the graph's own base (see `prefixes_for`)

#: Prefixes every query may use without declaring them (a query's own PREFIX lines win): the
#: contract's table and ``id:``.
PREFIXES = {"kg": KG, "id": ID, **{name: iri for name, iri in NAMESPACES.items() if name != "kg"}}

QUERIES_DIR = Path(__file__).parent / "queries"

RDF_TYPE = expand("rdf:type")
XSD_STRING = expand("xsd:string")

_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_UPDATE_WORDS = ("INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH")
_FORM_WORDS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")


@dataclass(frozen=True)
class QueryResult:
    """The answer to one query.

    ``kind`` is "select", "ask" or "graph" (CONSTRUCT/DESCRIBE). For "select", ``variables``
    names the columns and ``rows`` holds plain strings (IRI, literal lexical form, ``_:id``)
    or None for unbound; ``bindings`` holds the same cells in the SPARQL 1.1 JSON shape.
    For "graph", ``triples`` holds (subject, predicate, object) in the same plain form,
    ``triple_bindings`` the same terms in the JSON shape, and ``variables`` is
    ("subject", "predicate", "object"). For "ask", ``boolean`` is set. ``truncated`` says that
    rows (or triples) beyond the caller's ``max_rows`` were left out.
    """

    kind: str
    variables: tuple[str, ...] = ()
    rows: tuple[tuple[str | None, ...], ...] = ()
    bindings: tuple[tuple[dict | None, ...], ...] = ()
    boolean: bool | None = None
    triples: tuple[tuple[str, str, str], ...] = ()
    triple_bindings: tuple[tuple[dict, dict, dict], ...] = ()
    truncated: bool = False


# ---------------------------------------------------------------- loading


def _is_oxigraph_dir(path: Path) -> bool:
    """A bare on-disk Oxigraph (RocksDB) folder, such as `oxigraph load --location DIR` makes."""
    return (path / "CURRENT").is_file() and any(path.glob("MANIFEST-*"))


def graph_file(path: Path | str) -> Path:
    """The RDF file that `load_store` reads for ``path`` (a build folder's graph.nq, ...), or a store folder itself."""
    from .store import is_store

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
    from .store import current_generation, is_store

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
    from .store import is_store, open_store

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


# ---------------------------------------------------------------- querying


def _one_line(exc: BaseException) -> str:
    text = exc.msg if isinstance(exc, SyntaxError) and exc.msg else str(exc)
    return " ".join(text.split()) or type(exc).__name__


_QUERY_FORMS = ("SELECT", "CONSTRUCT", "ASK", "DESCRIBE")


#: SPARQL 1.1 keywords and built-in function names, for "did you mean" on a misspelt one.
SPARQL_KEYWORDS = (
    "SELECT", "CONSTRUCT", "ASK", "DESCRIBE", "PREFIX", "BASE", "WHERE", "FROM", "NAMED", "GRAPH", "DISTINCT",
    "REDUCED", "OPTIONAL", "UNION", "MINUS", "FILTER", "BIND", "VALUES", "SERVICE", "EXISTS", "NOT", "IN", "AS",
    "ORDER", "GROUP", "BY", "HAVING", "LIMIT", "OFFSET", "ASC", "DESC", "UNDEF", "COUNT", "SUM", "MIN", "MAX",
    "AVG", "SAMPLE", "GROUP_CONCAT", "SEPARATOR", "STR", "LANG", "LANGMATCHES", "DATATYPE", "BOUND", "IRI", "URI",
    "BNODE", "RAND", "ABS", "CEIL", "FLOOR", "ROUND", "CONCAT", "STRLEN", "UCASE", "LCASE", "ENCODE_FOR_URI",
    "CONTAINS", "STRSTARTS", "STRENDS", "STRBEFORE", "STRAFTER", "YEAR", "MONTH", "DAY", "HOURS", "MINUTES",
    "SECONDS", "TIMEZONE", "TZ", "NOW", "UUID", "STRUUID", "MD5", "SHA1", "SHA256", "SHA384", "SHA512", "COALESCE",
    "IF", "STRLANG", "STRDT", "SAMETERM", "ISIRI", "ISURI", "ISBLANK", "ISLITERAL", "ISNUMERIC", "REGEX", "SUBSTR",
    "REPLACE", "TRUE", "FALSE",
)


def _error_place(message: str) -> tuple[int, int, str] | None:
    m = re.match(r"error at (\d+):(\d+): (.*)", message)
    return (int(m.group(1)), int(m.group(2)), m.group(3)) if m else None


def _misspelt_keyword(sparql: str, line: int, col: int) -> tuple[int, int, str, str] | None:
    """(line, column, word, keyword) of the bare word nearest before the error that is no keyword but
    close to one ("SELEC" -> "SELECT"); None when there is none."""
    bare = _strip_noise(sparql, keep_places=True)
    found = None
    for n, text in enumerate(bare.split("\n"), start=1):
        if n > line:
            break
        for m in re.finditer(r"(?<![?$\w:.-])([A-Za-z_]+)(?![\w:(-])|(?<![?$\w:.-])([A-Za-z_]+)(?=\s*\()", text):
            word = m.group(1) or m.group(2)
            if (n, m.start() + 1) > (line, col) or word.upper() in SPARQL_KEYWORDS or word == "a":
                continue
            close = difflib.get_close_matches(word.upper(), SPARQL_KEYWORDS, n=1, cutoff=0.75)
            if close:
                found = (n, m.start() + 1, word, close[0])
    return found


def syntax_message(sparql: str, message: str) -> str:
    """Oxigraph's parser message made readable, in one line: where, near which words, and what was
    expected without the character ranges of its grammar ("expected one of [_], '\\u{10000}'-...");
    a misspelt keyword is named ("unknown keyword SELEC: did you mean SELECT?")."""
    place = _error_place(message)
    if place is None:
        return message
    line, col, rest = place
    lines = sparql.splitlines() or [""]
    text = lines[line - 1] if 0 < line <= len(lines) else ""
    where = f"line {line}, column {col}"
    typo = _misspelt_keyword(sparql, line, col + 1)
    if typo is not None:
        return f"unknown keyword {typo[2]} at line {typo[0]}, column {typo[1]}: did you mean {typo[3]}?"
    body = re.sub(r"(?is)^\s*((PREFIX\s+\S*\s*<[^>]*>|BASE\s*<[^>]*>|#[^\n]*)\s*)*", "", sparql)
    first = re.match(r"[A-Za-z]+", body)
    if "CONSTRUCT" in rest and first and first.group(0).upper() not in _QUERY_FORMS:
        return (f"unknown word {first.group(0)!r} at the start of the query: a query starts with "
                f"{', '.join(_QUERY_FORMS[:-1])} or {_QUERY_FORMS[-1]} (after any PREFIX and BASE lines)")
    near = text[max(0, col - 21) : col + 20].strip()
    hint = f" (near {near!r})" if near else " (at the end of the query)"
    if rest.startswith("expected"):
        items = [x.strip() for x in re.sub(r"^expected( one of)?", "", rest).split(", ")]
        items = [x for x in items if x and "[" not in x and "\\u" not in x and "'-'" not in x]
        shown = ", ".join(items[:8]) + (", ..." if len(items) > 8 else "")
        return f"at {where}{hint}: expected {'one of ' if len(items) > 1 else ''}{shown}"
    return f"at {where}{hint}: {rest}"


def syntax_pointer(sparql: str, message: str) -> str | None:
    """The query's line where parsing stopped with a caret under the place (under a misspelt keyword
    when there is one): two lines for a terminal, None when the parser gave no place."""
    place = _error_place(message)
    if place is None:
        return None
    line, col, _ = place
    typo = _misspelt_keyword(sparql, line, col + 1)
    if typo is not None:
        line, col = typo[0], typo[1]
    lines = sparql.splitlines() or [""]
    text = lines[line - 1] if 0 < line <= len(lines) else ""
    text = text.expandtabs(1)
    col = max(1, min(col, len(text) + 1))
    return f"  {text}\n  {' ' * (col - 1)}^"


def _strip_noise(sparql: str, keep_places: bool = False) -> str:
    """The query without comments, strings and IRIs, so keyword checks do not trip on their content
    (with ``keep_places``, each becomes as many blanks, so lines and columns stay)."""
    pattern = re.compile(
        r'"""(?:[^"\\]|\\.|"(?!""))*"""'
        r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
        r'|"(?:[^"\\\n]|\\.)*"'
        r"|'(?:[^'\\\n]|\\.)*'"
        r"|<[^<>\"{}|^`\\\s]*>"
        r"|#[^\n]*",
        re.S,
    )
    if keep_places:
        return pattern.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), sparql)
    return pattern.sub(" ", sparql)


def check_read_only(sparql: str, allow_service: bool = False) -> None:
    """Refuse SPARQL Update (INSERT, DELETE, LOAD, CLEAR ...) and, unless allowed, SERVICE: before any evaluation."""
    bare = _strip_noise(sparql)
    words = re.findall(r"(?<![?$\w:])([A-Za-z]+)(?![\w:-])", bare)
    keywords = [w.upper() for w in words if w.upper() not in ("PREFIX", "BASE")]
    first = keywords[0] if keywords else ""
    if first in _UPDATE_WORDS:
        raise ReadOnlyError(
            f"SPARQL Update ({first}) is not allowed: queries are read-only; use SELECT, ASK, CONSTRUCT or DESCRIBE"
        )
    if not allow_service and "SERVICE" in keywords:
        raise ReadOnlyError("SERVICE (federated query) is not allowed: queries read the local graph only")


def _undeclared(bare: str, prefix: str) -> bool:
    """True if the query (without strings and IRIs) uses ``prefix:`` without a PREFIX line for it."""
    return (re.search(rf"(?<![\w-]){prefix}:", bare) is not None
            and re.search(rf"\bPREFIX\s+{prefix}:", bare, re.I) is None)


def _has_dataset_clause(sparql: str) -> bool:
    """True if the query names its own dataset (FROM / FROM NAMED), which must then be used as it is."""
    return re.search(r"(?<![?$\w:])FROM(?![\w:-])", _strip_noise(sparql), re.IGNORECASE) is not None


def prefixes_for(store: ox.Store, sparql: str | None = None) -> dict[str, str]:
    """The prefixes every query may use undeclared: `PREFIXES`, with schema: following the graph's
    spelling and id: the base the graph minted its IRIs under (`kg build --base`).

    Given the query, the graph is only looked at for the prefixes the query uses without declaring them.
    """
    prefixes = dict(PREFIXES)
    bare = None if sparql is None else _strip_noise(sparql)
    # Follow a graph that spells schema.org the old way (http), as many published datasets do.
    # Finding out scans every triple, so only when the query uses schema: without declaring it.
    if bare is None or _undeclared(bare, "schema"):
        old = 'ASK { ?s ?p ?o FILTER(STRSTARTS(STR(?p), "http://schema.org/")) }'
        if bool(store.query(old, use_default_graph_as_union=True)):
            prefixes["schema"] = "http://schema.org/"
    if bare is None or _undeclared(bare, "id"):
        prefixes["id"] = minted_base(store) + "id/"
    return prefixes


def _plain(term) -> str | None:
    if term is None:
        return None
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, (ox.NamedNode, ox.Literal)):
        return term.value
    return str(term)


def _binding(term) -> dict | None:
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype and term.datatype.value != XSD_STRING:
            out["datatype"] = term.datatype.value
        return out
    return {"type": "triple", "value": str(term)}


def run_query(
    store: ox.Store,
    sparql: str,
    *,
    allow_service: bool = False,
    max_rows: int | None = None,
    prefixes: dict[str, str] | None = None,
    default_graphs: Sequence[str] = (),
    named_graphs: Sequence[str] = (),
) -> QueryResult:
    """Run one read-only SPARQL query.

    Triples in named graphs are part of the default graph, unless the query's FROM clauses or
    ``default_graphs`` (the SPARQL protocol's ``default-graph-uri``) name the graphs to use
    instead; ``named_graphs`` limits what GRAPH sees. At most ``max_rows`` rows (or triples) are kept; ``truncated`` tells.
    ``prefixes`` spares a caller that runs many queries the look at the graph `prefixes_for` makes.
    """
    if not sparql or not sparql.strip():
        raise QueryError("empty query: give SPARQL text or --file with a .rq file")
    check_read_only(sparql, allow_service)
    options: dict = {"prefixes": prefixes_for(store, sparql) if prefixes is None else prefixes}
    try:
        if default_graphs:
            options["default_graph"] = [ox.NamedNode(iri) for iri in default_graphs]
        elif not _has_dataset_clause(sparql):  # the union would override the query's own FROM
            options["use_default_graph_as_union"] = True
        if named_graphs:
            options["named_graphs"] = [ox.NamedNode(iri) for iri in named_graphs]
    except ValueError as exc:
        raise QueryError(f"not a valid graph IRI: {_one_line(exc)}") from exc
    limit = None if max_rows is None else max(0, int(max_rows))
    try:
        answer = store.query(sparql, **options)
        if isinstance(answer, ox.QueryBoolean):
            return QueryResult(kind="ask", boolean=bool(answer))
        if isinstance(answer, ox.QueryTriples):
            triples, triple_bindings, truncated = [], [], False
            for t in answer:
                if limit is not None and len(triples) >= limit:
                    truncated = True
                    break
                terms = (t.subject, t.predicate, t.object)
                triples.append(tuple(_plain(x) for x in terms))
                triple_bindings.append(tuple(_binding(x) for x in terms))
            return QueryResult(kind="graph", variables=("subject", "predicate", "object"), triples=tuple(triples),
                               triple_bindings=tuple(triple_bindings), truncated=truncated)
        variables = tuple(v.value for v in answer.variables)
        rows, bindings, truncated = [], [], False
        for solution in answer:
            if limit is not None and len(rows) >= limit:
                truncated = True
                break
            cells = [solution[v] for v in variables]
            rows.append(tuple(_plain(c) for c in cells))
            bindings.append(tuple(_binding(c) for c in cells))
        return QueryResult(kind="select", variables=variables, rows=tuple(rows), bindings=tuple(bindings),
                           truncated=truncated)
    except SyntaxError as exc:
        raise QueryError(f"SPARQL syntax error: {syntax_message(sparql, _one_line(exc))}",
                         detail=syntax_pointer(sparql, _one_line(exc))) from exc
    except (OSError, ValueError, TypeError) as exc:
        raise QueryError(f"query failed: {_one_line(exc)}") from exc


def example_queries() -> dict[str, Path]:
    """The bundled example queries, by name (file stem)."""
    return {p.stem: p for p in sorted(QUERIES_DIR.glob("*.rq"))}


def read_query_file(name: Path | str) -> str:
    """Read a .rq file, or a bundled example query by name (see `example_queries`)."""
    path = Path(name)
    if not path.is_file():
        bundled = example_queries()
        stem = path.stem if path.suffix == ".rq" and path.parent == Path(".") else str(name)
        if stem in bundled:
            path = bundled[stem]
        else:
            raise InputError(
                f"query file not found: {name} (give a .rq file or one of the bundled queries: {', '.join(bundled) or 'none'})"
            )
    try:
        return path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read query file {path}: {exc}") from exc


# ---------------------------------------------------------------- output


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
        table.add_row(*(Text(_CONTROL.sub("\ufffd", _short(v, prefixes))) for v in row))
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


# ---------------------------------------------------------------- statistics


def local_name(iri: str) -> str:
    """The part of an IRI after the last '#' or '/' ("https://w3id.org/news-kg/ontology#Person" -> "Person")."""
    return re.split(r"[#/]", iri)[-1]


def distinct_triples(store: ox.Store) -> set[tuple]:
    """Every triple of the store once, whatever graph it sits in."""
    return {(q.subject, q.predicate, q.object) for q in store}


@dataclass(frozen=True)
class GraphProfile:
    """What a graph holds, counted in one pass over its distinct triples.

    ``stats`` is what `kg stats` prints (see `graph_stats`); ``classes`` counts the instances of
    each class (rdf:type triples), ``properties`` the triples of each predicate, ``dates`` is the
    first and last ISO ``datePublished`` (None when no article has one).
    """

    stats: dict
    classes: dict[str, int]
    properties: dict[str, int]
    dates: tuple[str, str] | None


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def profile_triples(triples: Iterable[tuple]) -> GraphProfile:
    """Count a graph given as distinct (subject, predicate, object) pyoxigraph terms (each triple once).

    Classes and predicates are recognised by local name, so a change of namespace does not break it.
    """
    count = 0
    types: dict = {}
    classes: Counter = Counter()
    properties: Counter = Counter()
    relations: Counter = Counter()
    statuses: list[tuple] = []
    dates: list[str] = []
    names: dict[str, str] = {}  # predicate -> local name, worked out once per predicate
    for s, p, o in triples:
        count += 1
        predicate = p.value
        properties[predicate] += 1
        name = names.get(predicate)
        if name is None:
            name = names[predicate] = local_name(predicate)
        if predicate == RDF_TYPE and isinstance(o, ox.NamedNode):
            types.setdefault(s, set()).add(local_name(o.value))
            classes[o.value] += 1
        elif name in RELATIONS and isinstance(o, (ox.NamedNode, ox.BlankNode)):
            relations[name] += 1
        elif name == "status":
            statuses.append((s, o.value))
        elif name == "datePublished" and isinstance(o, ox.Literal) and _ISO_DATE.fullmatch(o.value):
            dates.append(o.value)
    entity_types: Counter = Counter()
    articles = quotations = figures = 0
    for names in types.values():
        ents = sorted(names & set(ENTITY_TYPES))
        if ents:
            entity_types[ents[0]] += 1
        articles += "Article" in names
        quotations += "Quotation" in names
        figures += "Figure" in names
    groups = Counter(value for s, value in statuses if "FigureGroup" in types.get(s, ()))
    stats = {
        "triples": count,
        "articles": articles,
        "entities": sum(entity_types.values()),
        "entities_by_type": {t: entity_types[t] for t in ENTITY_TYPES if entity_types[t]},
        "relations": sum(relations.values()),
        "relations_by_type": {r: relations[r] for r in RELATIONS if relations[r]},
        "quotations": quotations,
        "figures": figures,
        "figure_groups": sum(groups.values()),
        "conflicting_groups": groups.get("conflicting", 0),
    }
    return GraphProfile(stats, dict(sorted(classes.items())), dict(sorted(properties.items())),
                        (min(dates), max(dates)) if dates else None)


def graph_stats(store: ox.Store) -> dict:
    """Counts of articles, entities by type, relations by type, quotations, figures (and their groups) and triples."""
    return profile_triples(distinct_triples(store)).stats
