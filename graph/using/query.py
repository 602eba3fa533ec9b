"""Query stage: a graph (build folder, RDF file or store) + SPARQL text -> QueryResult (read-only)."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import pyoxigraph as ox

from ..contract import NAMESPACES, expand
from ..errors import InputError, QueryError, ReadOnlyError
from ..iris import QUERY_PREFIXES, minted_base

__all__ = [
    "PREFIXES",
    "QUERIES_DIR",
    "QueryResult",
    "prefixes_for",
    "check_read_only",
    "run_query",
    "syntax_message",
    "syntax_pointer",
    "read_query_file",
    "example_queries",
]

KG = NAMESPACES["kg"]
ID = QUERY_PREFIXES["id"]  # a query's id: follows the graph's own base (see `prefixes_for`)

#: Prefixes every query may use without declaring them (a query's own PREFIX lines win).
PREFIXES = QUERY_PREFIXES

QUERIES_DIR = Path(__file__).parent.parent / "queries"

RDF_TYPE = expand("rdf:type")
XSD_STRING = expand("xsd:string")

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


