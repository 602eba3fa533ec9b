"""Describe stage: a graph's profile -> its VoID description and its SPARQL 1.1 Service Description (triples).

`kg build` writes the VoID description into the exports as ``void.ttl``; `kg serve` answers it at
``/.well-known/void`` and the service description at ``GET /sparql`` without a query. Every count
comes from `query.profile_triples`, the same pass that `kg stats` prints, so the two always agree.
The descriptions mint their own IRIs under the graph's base (no blank nodes, nothing that changes
from one build of the same articles to the next: no timestamps, no absolute paths).
"""

from __future__ import annotations

import hashlib
import re
from typing import Sequence

import pyoxigraph as ox

from ..contract import NAMESPACES, expand
from ..iris import QUERY_PREFIXES, is_plain_iri
from .rdf import KG, PREFIXES, sort_triples
from .stats import GraphProfile

__all__ = ["VOID", "SD", "DESCRIPTION_PREFIXES", "void_iri", "dataset_iri", "describe_dataset", "describe_service",
           "node_query"]

VOID = "http://rdfs.org/ns/void#"
SD = "http://www.w3.org/ns/sparql-service-description#"
DCTERMS = "http://purl.org/dc/terms/"
DCAT = "http://www.w3.org/ns/dcat#"
FORMATS = "http://www.w3.org/ns/formats/"
RDF_TYPE = expand("rdf:type")
XSD = NAMESPACES["xsd"]

#: Prefixes for writing the descriptions as Turtle.
DESCRIPTION_PREFIXES = {**PREFIXES, "void": VOID, "sd": SD, "dcterms": DCTERMS, "dcat": DCAT, "formats": FORMATS}

#: The vocabularies the graph uses (void:vocabulary).
VOCABULARIES = tuple(NAMESPACES[name] for name in ("kg", "schema", "prov", "skos", "rdfs", "owl"))

TITLE = "News knowledge graph"
DESCRIPTION = ("People, organisations, products, places, laws and events named in news articles, who said what, "
               "the relations between them and the figures they state, each with its evidence: the article, the "
               "sentence, the character offsets and the rule that found it. Made by news-kg.")


def void_iri(base: str) -> str:
    """Where the VoID description of a graph minted under ``base`` is served (RFC 8615 well-known path)."""
    return base + ".well-known/void"


def dataset_iri(base: str) -> str:
    return void_iri(base) + "#dataset"


def _iri(value: str) -> ox.NamedNode:
    return ox.NamedNode(value)


def _int(value: int) -> ox.Literal:
    return ox.Literal(str(int(value)), datatype=ox.NamedNode(XSD + "integer"))


def _short(iri: str) -> str:
    """A readable, unique fragment for a class or property IRI ("kg-Person"), else a digest of it."""
    for prefix, ns in sorted(QUERY_PREFIXES.items(), key=lambda kv: -len(kv[1])):
        rest = iri[len(ns):]
        if iri.startswith(ns) and re.fullmatch(r"[A-Za-z][\w.\-]*", rest):
            return f"{prefix}-{rest}"
    return "iri-" + hashlib.sha1(iri.encode("utf-8")).hexdigest()[:16]


class _Triples(list):
    def add(self, s: str, p: str, o) -> None:
        self.append(ox.Triple(_iri(s), _iri(p), o if isinstance(o, (ox.NamedNode, ox.Literal)) else _iri(o)))


def describe_dataset(profile: GraphProfile, base: str, *, endpoint: str | None = None) -> list[ox.Triple]:
    """The VoID description of a graph minted under ``base``: its size, its entities, its articles,
    instances per class and triples per property (the relations among them), the span of its
    articles' dates, where its IRIs live and, given ``endpoint``, where it can be queried."""
    doc, ds = void_iri(base), dataset_iri(base)
    t = _Triples()
    t.add(ds, RDF_TYPE, VOID + "Dataset")
    t.add(ds, DCTERMS + "title", ox.Literal(TITLE))
    t.add(ds, DCTERMS + "description", ox.Literal(DESCRIPTION))
    t.add(ds, VOID + "uriSpace", ox.Literal(base + "id/"))
    for vocabulary in VOCABULARIES:
        t.add(ds, VOID + "vocabulary", vocabulary)
    stats = profile.stats
    t.add(ds, VOID + "triples", _int(stats["triples"]))
    t.add(ds, VOID + "entities", _int(stats["entities"]))  # people, organisations ...: what `kg stats` counts
    t.add(ds, VOID + "classes", _int(len(profile.classes)))
    t.add(ds, VOID + "properties", _int(len(profile.properties)))
    for cls, n in profile.classes.items():
        part = f"{doc}#class/{_short(cls)}"
        t.add(ds, VOID + "classPartition", part)
        t.add(part, VOID + "class", cls)
        t.add(part, VOID + "entities", _int(n))
    for prop, n in profile.properties.items():
        part = f"{doc}#property/{_short(prop)}"
        t.add(ds, VOID + "propertyPartition", part)
        t.add(part, VOID + "property", prop)
        t.add(part, VOID + "triples", _int(n))
    if profile.dates:
        period = f"{doc}#period"
        t.add(ds, DCTERMS + "temporal", period)
        t.add(period, RDF_TYPE, DCTERMS + "PeriodOfTime")
        for name, value in zip(("startDate", "endDate"), profile.dates):
            t.add(period, DCAT + name, ox.Literal(value, datatype=ox.NamedNode(XSD + "date")))
    if endpoint:
        t.add(ds, VOID + "sparqlEndpoint", endpoint)
    return sort_triples(t)


#: W3C format IRI of each result format `kg serve` writes (results.FORMATS names).
RESULT_FORMATS = {
    "json": "SPARQL_Results_JSON", "xml": "SPARQL_Results_XML", "csv": "SPARQL_Results_CSV",
    "tsv": "SPARQL_Results_TSV", "turtle": "Turtle", "ntriples": "N-Triples", "jsonld": "JSON-LD",
    "rdfxml": "RDF_XML",
}


def describe_service(endpoint: str, profile: GraphProfile, base: str, named_graphs: Sequence[str] = ()) -> list[ox.Triple]:
    """The SPARQL 1.1 Service Description of ``endpoint``: the language (SPARQL 1.1 Query, read-only), the
    result formats, the default dataset (the union of the named graphs, one per article) with its
    VoID description."""
    doc, ds = void_iri(base), dataset_iri(base)
    t = _Triples()
    t.add(endpoint, RDF_TYPE, SD + "Service")
    t.add(endpoint, SD + "endpoint", endpoint)
    t.add(endpoint, SD + "supportedLanguage", SD + "SPARQL11Query")
    t.add(endpoint, SD + "feature", SD + "UnionDefaultGraph")
    for name in RESULT_FORMATS.values():
        t.add(endpoint, SD + "resultFormat", FORMATS + name)
    t.add(endpoint, SD + "defaultDataset", ds)
    t.add(ds, RDF_TYPE, SD + "Dataset")
    default = f"{doc}#default-graph"
    t.add(ds, SD + "defaultGraph", default)
    t.add(default, RDF_TYPE, SD + "Graph")
    t.add(default, VOID + "triples", _int(profile.stats["triples"]))
    for name in sorted(named_graphs):
        slug = name[len(base) + len("id/graph/"):] if name.startswith(base + "id/graph/") else ""
        if not re.fullmatch(r"[\w.\-~%]+", slug):
            slug = "iri-" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:16]
        node = f"{doc}#named-graph/{slug}"
        t.add(ds, SD + "namedGraph", node)
        t.add(node, RDF_TYPE, SD + "NamedGraph")
        t.add(node, SD + "name", name)
    return sort_triples(list(t) + describe_dataset(profile, base, endpoint=endpoint))


def node_query(iri: str) -> str | None:
    """The CONSTRUCT that describes one minted IRI, as its dereferenced document: every triple it is
    the subject or the object of (an entity's quotations and mentions point at it), the reified
    statements about it with their evidence (an entity's relations and why we believe them) and,
    for a named graph's IRI, what that graph holds, in that order. None if ``iri`` is not a plain IRI."""
    if not is_plain_iri(iri):
        return None
    x = f"<{iri}>"
    # ranked, so that an answer cut at the row cap keeps the node's own triples first
    return f"""PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX kg: <{KG}>
CONSTRUCT {{ ?s ?p ?o }} WHERE {{ SELECT ?s ?p ?o (MIN(?r) AS ?rank) WHERE {{
  {{ {x} ?p ?o . BIND({x} AS ?s) BIND(0 AS ?r) }}
  UNION {{ ?s ?p {x} . BIND({x} AS ?o) BIND(1 AS ?r) }}
  UNION {{ ?s rdf:subject|rdf:object {x} . ?s ?p ?o . BIND(2 AS ?r) }}
  UNION {{ ?st rdf:subject|rdf:object {x} ; kg:evidence ?s . ?s ?p ?o . BIND(3 AS ?r) }}
  UNION {{ GRAPH {x} {{ ?s ?p ?o }} BIND(4 AS ?r) }}
}} GROUP BY ?s ?p ?o ORDER BY ?rank }}"""
