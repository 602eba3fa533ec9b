"""Validate stage: a build folder or RDF file -> ValidationReport against the SHACL shapes of the contract.

The shapes are ``graph/shapes.ttl`` (every entity typed and labelled, every relation and quotation with
evidence, every evidence record, quotation and mention with its article and offsets inside its text).
They are checked with pyshacl over the union of all named graphs, since an article's provenance lives
in its own named graph while the article and the entities live in the default graph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SH

from ..contract import expand
from .load import load_store
from .query import ID, PREFIXES

__all__ = ["Violation", "ValidationReport", "load_shapes", "to_rdflib", "validate", "validate_graph"]

_LABELS = (RDFS.label, URIRef(expand("schema:headline")), URIRef(expand("schema:text")))


@dataclass(frozen=True)
class Violation:
    """One way the graph breaks the contract, in words: the node, the property path, the message."""

    focus: str  # the node, short ("entity/person/jane-doe") when it is one of ours
    label: str | None  # its label or headline, if it has one
    path: str | None  # the property, prefixed ("rdfs:label"), if the check is about one
    message: str
    value: str | None = None  # the offending value, if any
    severity: str = "Violation"

    def __str__(self) -> str:
        who = self.focus + (f" ({_short(self.label)})" if self.label else "")
        where = f" {self.path}:" if self.path else ""
        value = f" [value: {_short(self.value)}]" if self.value is not None else ""
        return f"{who}:{where} {self.message}{value}"


@dataclass(frozen=True)
class ValidationReport:
    conforms: bool
    violations: tuple[Violation, ...]
    triples: int


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


def load_shapes() -> Graph:
    shapes = Graph()
    shapes.parse(data=resources.files("graph").joinpath("shapes.ttl").read_text(encoding="utf-8"), format="turtle")
    return shapes


def _term(term):
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    raise ValueError(f"unsupported RDF term {term!r}")


def to_rdflib(store: ox.Store) -> Graph:
    """Every triple of every graph in the store, as one rdflib Graph."""
    g = Graph()
    for quad in store.quads_for_pattern(None, None, None, None):
        g.add((_term(quad.subject), _term(quad.predicate), _term(quad.object)))
    return g


def _compact(term) -> str:
    text = term.value if isinstance(term, (ox.NamedNode, ox.Literal, ox.BlankNode)) else str(term)
    if isinstance(term, (ox.NamedNode, URIRef)):
        if text.startswith(ID):
            return text[len(ID):]
        for prefix, ns in PREFIXES.items():
            if text.startswith(ns) and prefix != "id":
                return f"{prefix}:{text[len(ns):]}"
    return text


@dataclass(frozen=True)
class _SparqlConstraint:
    shape: URIRef
    targets: tuple[str, ...]  # SPARQL patterns binding ?this to a focus node of the shape
    select: str
    message: str


_TARGETS = {
    SH.targetClass: "{{ ?this a <{0}> }}",
    SH.targetSubjectsOf: "{{ ?this <{0}> ?any }}",
    SH.targetObjectsOf: "{{ ?any <{0}> ?this }}",
    SH.targetNode: "{{ BIND (<{0}> AS ?this) }}",
}


def _split(shapes: Graph) -> tuple[Graph, list[_SparqlConstraint]]:
    """(the shapes without their sh:sparql constraints, those constraints)."""
    core = Graph()
    for triple in shapes:
        core.add(triple)
    constraints = []
    for shape, constraint in shapes.subject_objects(SH.sparql):
        core.remove((shape, SH.sparql, constraint))
        targets = tuple(pattern.format(target) for pred, pattern in _TARGETS.items()
                        for target in shapes.objects(shape, pred))
        constraints.append(_SparqlConstraint(
            shape=shape, targets=targets, select=str(shapes.value(constraint, SH.select)),
            message=str(shapes.value(constraint, SH.message) or "does not conform")))
    return core, sorted(constraints, key=lambda c: (str(c.shape), c.select))


_PREFIX_LINES = "".join(f"PREFIX {k}: <{v}>\n" for k, v in PREFIXES.items())


def _run_sparql(store: ox.Store, constraint: _SparqlConstraint) -> list[dict]:
    """One SHACL-SPARQL constraint over the whole graph: the rows whose ?this is a focus node.

    SHACL pre-binds $this for each focus node in turn; running the query once with $this free and
    joining it with the targets gives the same rows, at the cost of one query instead of thousands.
    """
    body = constraint.select.replace("$this", "?this")
    at = body.upper().index("WHERE")
    head, where = body[:at], body[at + len("WHERE"):].strip()
    targets = " UNION ".join(constraint.targets) or "{}"
    query = f"{_PREFIX_LINES}{head} WHERE {{ {{ {targets} }} {where} }}"
    solutions = store.query(query, use_default_graph_as_union=True)
    names = [var.value for var in solutions.variables]
    return [{name: row[name] for name in names if row[name] is not None} for row in solutions]


def _message(template: str, row: dict) -> str:
    return re.sub(r"\{[?$](\w+)\}", lambda m: _compact(row[m.group(1)]) if m.group(1) in row else m.group(0), template)


def _label(store: ox.Store, node) -> str | None:
    if not isinstance(node, ox.NamedNode):
        return None
    for pred in _LABELS:
        for quad in store.quads_for_pattern(node, ox.NamedNode(str(pred)), None, None):
            return quad.object.value
    return None


def validate(store: ox.Store, shapes: Graph | None = None) -> ValidationReport:
    """Check a graph (an in-memory pyoxigraph store) against the shapes; violations sorted by node."""
    from pyshacl import validate as shacl_validate

    core, constraints = _split(shapes if shapes is not None else load_shapes())
    data = to_rdflib(store)
    _conforms, results, text = shacl_validate(data, shacl_graph=core, inference="none", allow_warnings=True)
    if not isinstance(results, Graph):  # pyshacl could not run the shapes: a bug in shapes.ttl
        raise RuntimeError(f"SHACL validation failed to run: {text}")
    violations = set()
    for result in results.subjects(RDF.type, SH.ValidationResult):
        focus = results.value(result, SH.focusNode)
        path = results.value(result, SH.resultPath)
        value = results.value(result, SH.value)
        message = results.value(result, SH.resultMessage)
        severity = results.value(result, SH.resultSeverity)
        violations.add(Violation(
            focus=_compact(focus),
            label=_label(store, ox.NamedNode(str(focus))) if isinstance(focus, URIRef) else None,
            path=_compact(path) if isinstance(path, URIRef) else None,
            message=str(message) if message is not None else "does not conform",
            value=_compact(value) if value is not None else None,
            severity=str(severity).rsplit("#", 1)[-1] if severity is not None else "Violation",
        ))
    for constraint in constraints:
        for row in _run_sparql(store, constraint):
            focus = row.get("this")
            violations.add(Violation(
                focus=_compact(focus),
                label=_label(store, focus),
                path=_compact(row["path"]) if "path" in row else None,
                message=_message(constraint.message, row),
                value=_compact(row["value"]) if "value" in row else None,
            ))
    ordered = tuple(sorted(violations, key=lambda v: (v.focus, v.path or "", v.message, v.value or "")))
    return ValidationReport(conforms=not ordered, violations=ordered, triples=len(data))


def validate_graph(path: Path | str) -> ValidationReport:
    """Load a build folder (graph.nq, else graph.trig, ...) or one RDF file and validate it."""
    return validate(load_store(Path(path)))
