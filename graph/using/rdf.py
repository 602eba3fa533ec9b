"""RDF stage: networkx MultiDiGraph (the graph contract, `contract`) -> rdflib Dataset, plus sorted pyoxigraph quads.

Layout (vocabulary in ``ontology.ttl``; ``kg:`` is ``https://w3id.org/news-kg/ontology#``,
``schema:`` is ``https://schema.org/``, instance IRIs are ``https://w3id.org/news-kg/id/`` + node id):

Default graph (what the corpus says, merged across articles):
- entity ``id:entity/<type>/<slug>``: ``rdf:type kg:<Type>`` (Person, Organization, Product,
  Place, Legislation, Event), ``rdfs:label`` preferred name, ``skos:altLabel`` every distinct
  surface form (the label included), ``owl:sameAs`` another entity (a renamed company).
- article ``id:article/<slug>``: ``rdf:type kg:Article``, ``rdfs:label``, ``schema:headline``,
  ``schema:name`` and ``kg:sourceFile`` (input file name), ``schema:url`` (an IRI; a plain
  literal if the URL is not a valid IRI), ``schema:datePublished`` (``xsd:date`` when ISO,
  else a plain string), ``schema:author`` (the byline, a literal), ``kg:textLength`` (code points
  in the original text, the bound of every offset into it).
- relation: the direct triple ``<s> kg:<predicate> <o>`` (``cites`` may have an article as
  subject) and its reification ``id:statement/<sha1>`` with ``rdf:type rdf:Statement``,
  ``rdf:subject``, ``rdf:predicate``, ``rdf:object`` and ``kg:role`` (worksFor role titles).

Named graph ``id:graph/<article slug>`` per article (what that article contributes):
- ``<article> schema:mentions <entity>``.
- mention ``<entity IRI>/mention/<article slug>/<start>-<end>``: ``rdf:type kg:Mention``,
  ``kg:mentionOf`` entity, ``kg:article``, ``schema:text`` surface form, ``kg:start``, ``kg:end``.
- evidence ``id:evidence/<sha1>``: ``rdf:type kg:Evidence``, ``prov:wasDerivedFrom`` article,
  ``kg:sentence``, ``kg:start``/``kg:end`` (sentence offsets), ``kg:cueStart``/``kg:cueEnd``
  (when known), ``kg:rule``, ``kg:confidence`` (``xsd:decimal``); linked by
  ``<statement or quotation> kg:evidence <evidence>``.
- quotation ``id:quotation/<article slug>/<start>``: ``rdf:type kg:Quotation``, ``rdfs:label``,
  ``schema:text`` (exact text), ``kg:spokenBy`` and ``schema:spokenByCharacter`` speaker,
  ``schema:isPartOf`` article, ``kg:start``, ``kg:end``, ``kg:reportingVerb``, ``kg:evidence``.
- figure ``id:figure/<article slug>/<start>``: ``rdf:type kg:Figure`` (a ``schema:Claim``),
  ``rdfs:label``, ``schema:text`` (as written), ``kg:value`` (``xsd:decimal``), ``kg:unit``,
  ``kg:unitName``, ``kg:qualifier``, ``kg:measure``, ``kg:rate``, ``kg:change`` (``xsd:boolean``),
  ``kg:period`` (ISO 8601), ``kg:periodStart``/``kg:periodEnd`` (``xsd:date``), ``kg:periodText``,
  ``kg:statedBy`` (an entity, or the article itself), ``kg:source``, ``kg:about``, ``kg:shareOf``
  (its total), ``schema:isPartOf`` article, ``kg:start``, ``kg:end``, ``kg:evidence``.

Corrections (`graph.building.corrections`), in the default graph: ``id:correction/<sha1>`` with ``rdf:type
kg:Correction`` (a ``prov:Activity``), ``rdfs:label`` (the `kg correct` arguments), ``kg:action``,
``rdfs:comment`` (the note), ``prov:atTime`` (the date); ``<what it changed> kg:correctedBy <correction>``
(an entity, a quotation, the reified statement of an added relation, the subject of a dropped one).

Figure groups, in the default graph (they join articles): ``id:figure-group/<first member>``
with ``rdf:type kg:FigureGroup``, ``rdfs:label`` and ``kg:measure``, ``kg:unit``, ``kg:status``
("agreeing" or "conflicting"); ``<figure> kg:inGroup <group>``; ``<figure> kg:conflictsWith
<figure>`` both ways, reified as ``id:statement/<sha1>`` with ``kg:reason``.

Offsets are 0-based code-point offsets into the article's original text (``xsd:integer``;
``end`` exclusive). Statement and evidence IRIs are sha1 digests of their stable keys, so the
same graph always gives the same IRIs; there are no blank nodes. Literal text is kept exactly,
except that characters XML 1.0 forbids (C0 controls other than tab, newline and carriage
return, lone surrogates, U+FFFE, U+FFFF) become U+FFFD, keeping lengths, and a leading BOM is
dropped. The Turtle, N-Triples and JSON-LD exports hold the union of all graphs.
"""

from __future__ import annotations

import hashlib
import logging
import math
import re
from array import array
from functools import lru_cache
from itertools import chain
from datetime import date
from typing import Iterable, Iterator
from urllib.parse import quote, unquote

import networkx as nx
import numpy as np
import pyoxigraph as ox
from rdflib import Dataset, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import OWL, RDF, SKOS, XSD, Namespace

from ..display import XML_INVALID
from ..contract import NAMESPACES, NODE_KINDS, RECORDS, Attribute, NodeKind, expand, simple_attributes
from ..iris import DEFAULT_BASE, check_base, rebase_iri
from ..model import ENTITY_TYPES, RELATIONS

__all__ = [
    "KG",
    "ID",
    "SCHEMA",
    "PREFIXES",
    "to_dataset",
    "to_quads",
    "graph_quads",
    "compact_quads",
    "CompactQuads",
    "node_iri",
    "node_id",
    "graph_iri",
    "clean_text",
    "union_triples",
    "turtle_bytes",
    "sort_triples",
]

log = logging.getLogger(__name__)

class _Vocabulary(Namespace):
    """A Namespace whose terms are made once each (rdflib's makes a new URIRef on every ``KG.x``)."""

    def term(self, name: str) -> URIRef:
        return _vocabulary_term(str(self), name)


@lru_cache(maxsize=None)  # vocabulary terms only: a few hundred at most
def _vocabulary_term(namespace: str, name: str) -> URIRef:
    return Namespace(namespace).term(name)


#: The RDF conversion makes a term per attribute of every node; the same values (node IRIs,
#: offsets, labels, sentences) recur, so the conversions below are cached (bounded, for a server).
_CACHED = 1 << 16

KG = _Vocabulary(NAMESPACES["kg"])  # the vocabulary stays here whatever the base
ID = Namespace(DEFAULT_BASE + "id/")
SCHEMA = _Vocabulary(NAMESPACES["schema"])

#: Prefixes for the serialisations (from the one table in `contract`). Instance IRIs stay written in
#: full: their local parts contain "/", which Turtle would have to escape.
PREFIXES = {name: NAMESPACES[name] for name in ("kg", "schema", "rdf", "rdfs", "owl", "skos", "prov", "xsd")}


class _Predicates(dict):
    """CURIE -> URIRef, made once each."""

    def __missing__(self, curie: str) -> URIRef:
        self[curie] = URIRef(expand(curie))
        return self[curie]


_P = _Predicates()

# Characters XML 1.0 forbids (GraphML, RDF/XML, most viewers): C0 controls except \t \n \r,
# lone surrogates and the two non-characters U+FFFE and U+FFFF.
_INVALID_CHARS = XML_INVALID
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# Characters RFC 3987 does not allow anywhere in an IRI.
_NOT_IRI = re.compile(r'[\x00-\x20<>"{}|\\^`\x7f-\x9f]')
# Node ids are meant to be IRI-safe already; anything else is percent-encoded.
_IRI_SAFE = "/-._~:@!$&'()*+,;="


def clean_text(text: str) -> str:
    """The text with a leading BOM dropped and XML-invalid characters replaced by U+FFFD."""
    if type(text) is str and text.isprintable():
        return text  # no control, surrogate, non-character or BOM (none is printable): nothing to do
    if text.startswith("\ufeff"):
        text = text[1:]
    return _INVALID_CHARS.sub("\ufffd", text)


@lru_cache(maxsize=_CACHED)
def node_iri(node: str) -> URIRef:
    """The IRI of a graph node ("entity/person/jane-doe" -> id:entity/person/jane-doe)."""
    return ID[quote(node, safe=_IRI_SAFE)]


def node_id(iri: str) -> str | None:
    """The graph node id of an instance IRI, or None for an IRI outside the id namespace."""
    if not iri.startswith(str(ID)):
        return None
    return unquote(iri[len(ID) :])


def turtle_bytes(statements: Iterable, *, graphs: bool = False, prefixes: dict[str, str] | None = None) -> bytes:
    """Turtle (TriG with ``graphs``) with the ``@prefix`` lines in name order (pyoxigraph's own order is not specified)."""
    fmt = ox.RdfFormat.TRIG if graphs else ox.RdfFormat.TURTLE
    lines = ox.serialize(statements, format=fmt, prefixes=PREFIXES if prefixes is None else prefixes).split(b"\n")
    n = 0
    while n < len(lines) and lines[n].startswith(b"@prefix "):
        n += 1
    return b"\n".join(sorted(lines[:n]) + lines[n:])


def _article_slug(article: str) -> str:
    return article[len("article/") :] if article.startswith("article/") else article


def graph_iri(article: str) -> URIRef:
    """The named graph that holds one article's provenance (article node id -> IRI)."""
    return node_iri(f"graph/{_article_slug(article)}")


def _digest(*parts: object) -> str:
    key = "|".join("" if p is None else str(p) for p in parts)
    return hashlib.sha1(key.encode("utf-8", "surrogatepass")).hexdigest()


def _text(value: str) -> Literal:
    return _text_literal(str(value))


@lru_cache(maxsize=_CACHED)
def _text_literal(text: str) -> Literal:
    return Literal(clean_text(text))


def _forget_terms() -> None:
    """Empty the term caches once a conversion is done: their terms are not wanted after it."""
    for cached in (node_iri, _text_literal, _int_literal, _decimal_literal):
        cached.cache_clear()


def _int(value: int) -> Literal:
    return _int_literal(int(value))


@lru_cache(maxsize=_CACHED)
def _int_literal(value: int) -> Literal:
    return Literal(value)


def _decimal(value: float) -> Literal | None:
    return _decimal_literal(float(value))


@lru_cache(maxsize=_CACHED)
def _decimal_literal(value: float) -> Literal | None:
    if not math.isfinite(value):
        return None
    lexical = f"{round(value, 3):.3f}".rstrip("0")
    if lexical.endswith("."):
        lexical += "0"
    if lexical == "-0.0":
        lexical = "0.0"
    return Literal(lexical, datatype=XSD.decimal)


def _date(value: str) -> Literal:
    value = clean_text(str(value)).strip()
    if _ISO_DATE.fullmatch(value):
        try:
            date.fromisoformat(value)
            return Literal(value, datatype=XSD.date)
        except ValueError:
            pass
    return Literal(value)


def _url(value: str) -> URIRef | Literal:
    value = str(value).strip()
    if re.match(r"https?://[^/]", value) and not _NOT_IRI.search(value):
        try:
            ox.NamedNode(value)
            return URIRef(value)
        except ValueError:
            pass
    return _text(value)


class _Quads:
    """Collects quads; the default graph is ``None``."""

    def __init__(self) -> None:
        self.quads: set[tuple] = set()

    def add(self, s, p, o, graph: URIRef | None = None) -> None:
        if o is not None:
            self.quads.add((s, p, o, graph))


def _entity(q: _Quads, node: str, data: dict) -> None:
    iri = node_iri(node)
    etype = data.get("type")
    if etype not in ENTITY_TYPES:
        log.warning("entity %s has unknown type %r; typed kg:Entity", node, etype)
        etype = "Entity"
    q.add(iri, RDF.type, KG[etype])
    _attributes(q, iri, NODE_KINDS["entity"], data)  # label (rdfs:label and skos:altLabel), label_rule
    for alias in data.get("aliases") or ():
        text = alias.get("text")
        if not text:
            continue
        q.add(iri, SKOS.altLabel, _text(text))
        article = alias.get("article")
        if not article or alias.get("start") is None or alias.get("end") is None:
            continue
        start, end = int(alias["start"]), int(alias["end"])
        mention = URIRef(f"{iri}/mention/{quote(_article_slug(article), safe=_IRI_SAFE)}/{start}-{end}")
        ng = graph_iri(article)
        q.add(mention, RDF.type, KG.Mention, ng)
        q.add(mention, KG.mentionOf, iri, ng)
        _attributes(q, mention, RECORDS["mention"], alias, ng)


def _term(attr: Attribute, value):
    """The RDF term of one attribute value, by its contract datatype (None: nothing to write)."""
    kind = attr.datatype
    if kind == "boolean":
        return Literal(bool(value))
    if kind in ("integer", "decimal"):
        if value is None:
            return None
        return _int(value) if kind == "integer" else _decimal(value)
    if not value:
        return None
    if kind == "string":
        return _text(value)
    if kind == "date":
        return _date(value)
    if kind == "url":
        return _url(value)
    return node_iri(value)  # "node"


def _attributes(q: _Quads, iri: URIRef, kind: NodeKind, data: dict, graph: URIRef | None = None) -> None:
    """Every attribute of the contract with a predicate and a plain datatype, one triple per predicate."""
    for attr in simple_attributes(kind):
        for value in (data.get(attr.name) or ()) if attr.many else (data.get(attr.name),):
            term = _term(attr, value)
            for predicate in attr.predicates:
                q.add(iri, _P[predicate], term, graph)


def _article(q: _Quads, node: str, data: dict) -> None:
    iri = node_iri(node)
    q.add(iri, RDF.type, KG.Article)
    _attributes(q, iri, NODE_KINDS["article"], data)


def _evidence(q: _Quads, holder: URIRef, record: dict, *key: object) -> None:
    """One evidence record, in its article's named graph, linked from ``holder``."""
    article = record.get("article")
    if not article:
        log.warning("evidence of %s has no article; skipped", holder)
        return
    ev = ID[f"evidence/{_digest(*key, article, record.get('start'), record.get('end'), record.get('rule'))}"]
    ng = graph_iri(article)
    q.add(holder, KG.evidence, ev, ng)
    q.add(ev, RDF.type, KG.Evidence, ng)
    _attributes(q, ev, RECORDS["evidence"], record, ng)


def _quotation(q: _Quads, node: str, data: dict, speaker: str | None) -> None:
    iri = node_iri(node)
    article = data.get("article")
    ng = graph_iri(article) if article else None
    q.add(iri, RDF.type, KG.Quotation, ng)
    _attributes(q, iri, NODE_KINDS["quotation"], {**data, "speaker": speaker}, ng)
    for record in data.get("evidence") or ():
        _evidence(q, iri, record, "quotation", node)


def _figure(q: _Quads, node: str, data: dict) -> None:
    iri = node_iri(node)
    article = data.get("article")
    ng = graph_iri(article) if article else None
    q.add(iri, RDF.type, KG.Figure, ng)
    _attributes(q, iri, NODE_KINDS["figure"], data, ng)
    for record in data.get("evidence") or ():
        _evidence(q, iri, record, "figure", node)


def _figure_group(q: _Quads, node: str, data: dict) -> None:
    iri = node_iri(node)
    q.add(iri, RDF.type, KG.FigureGroup)
    _attributes(q, iri, NODE_KINDS["figure_group"], data)
    for member in data.get("members") or ():
        q.add(node_iri(member), KG.inGroup, iri)
    for a, b, reason in data.get("conflicts") or ():
        q.add(node_iri(a), KG.conflictsWith, node_iri(b))
        q.add(node_iri(b), KG.conflictsWith, node_iri(a))
        stmt = ID[f"statement/{_digest(a, 'conflictsWith', b)}"]
        q.add(stmt, RDF.type, RDF.Statement)
        q.add(stmt, RDF.subject, node_iri(a))
        q.add(stmt, RDF.predicate, KG.conflictsWith)
        q.add(stmt, RDF.object, node_iri(b))
        q.add(stmt, KG.reason, _text(reason))


def _relation(q: _Quads, subj: str, obj: str, pred: str, data: dict) -> None:
    s, p, o = node_iri(subj), KG[pred], node_iri(obj)
    q.add(s, p, o)
    stmt = ID[f"statement/{_digest(subj, pred, obj)}"]
    q.add(stmt, RDF.type, RDF.Statement)
    q.add(stmt, RDF.subject, s)
    q.add(stmt, RDF.predicate, p)
    q.add(stmt, RDF.object, o)
    for role in data.get("roles") or ():
        q.add(stmt, KG.role, _text(role))
    for record in data.get("evidence") or ():
        _evidence(q, stmt, record, subj, pred, obj)


def _correction(q: _Quads, record: dict) -> None:
    """An applied correction (`graph.building.corrections`): a kg:Correction linked from what it changed."""
    iri = node_iri(record["id"])
    q.add(iri, RDF.type, KG.Correction)
    _attributes(q, iri, RECORDS["correction"], record)
    for node in record.get("changed") or ():
        q.add(node_iri(node), KG.correctedBy, iri)
    for subj, pred, obj in record.get("edges") or ():
        q.add(ID[f"statement/{_digest(subj, pred, obj)}"], KG.correctedBy, iri)


#: Edges whose triples are written from node attributes instead.
_FROM_NODES = {"isPartOf", "statedBy", "source", "about", "shareOf", "inGroup", "conflictsWith"}


def _collect(g: nx.MultiDiGraph, q: _Quads | None = None) -> set[tuple]:
    q = _Quads() if q is None else q
    speakers: dict[str, str] = {}
    for subj, obj, key, data in g.edges(keys=True, data=True):
        pred = data.get("predicate", key)
        if pred in RELATIONS:
            _relation(q, subj, obj, pred, data)
        elif pred == "mentions":
            q.add(node_iri(subj), SCHEMA.mentions, node_iri(obj), graph_iri(subj))
        elif pred == "sameAs":
            q.add(node_iri(subj), OWL.sameAs, node_iri(obj))
        elif pred == "spokenBy":
            speakers[subj] = obj
        elif pred in _FROM_NODES:
            pass  # carried by the quotation's, figure's or group's node attributes
        else:
            log.warning("edge %s -[%s]-> %s has an unknown predicate; skipped", subj, pred, obj)
    for old, survivor in sorted((g.graph.get("retired") or {}).items()):
        if survivor in g:  # an id merged into another entity by a later build stays resolvable (graph.building.identity)
            q.add(node_iri(old), OWL.sameAs, node_iri(survivor))
    for record in g.graph.get("corrections") or ():
        _correction(q, record)
    for node, data in g.nodes(data=True):
        kind = data.get("kind")
        if kind == "entity":
            _entity(q, node, data)
        elif kind == "article":
            _article(q, node, data)
        elif kind == "quotation":
            _quotation(q, node, data, data.get("speaker") or speakers.get(node))
        elif kind == "figure":
            _figure(q, node, data)
        elif kind == "figure_group":
            _figure_group(q, node, data)
        else:
            log.warning("node %s has unknown kind %r; skipped", node, kind)
    return q.quads


def to_dataset(g: nx.MultiDiGraph) -> Dataset:
    """The graph as an rdflib Dataset (default graph + one named graph per article); ``g`` is not changed."""
    ds = Dataset()
    for prefix, ns in PREFIXES.items():
        ds.bind(prefix, ns, replace=True)
    for s, p, o, graph in sorted(_collect(g), key=_sort_key):
        target = ds.default_graph if graph is None else ds.graph(graph)
        target.add((s, p, o))
    return ds


def _sort_key(quad: tuple) -> tuple:
    s, p, o, graph = quad
    return ("" if graph is None else str(graph), str(s), p != RDF.type, str(p), o.n3())


def _ox_term(term):
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    raise ValueError(f"unsupported RDF term {term!r}: the graph contract has no blank nodes")


def to_quads(ds: Dataset) -> list[ox.Quad]:
    """The dataset as pyoxigraph quads in a canonical order (default graph first, rdf:type first).

    The order depends only on the content, never on hashing, so serialisations are byte-stable.
    """
    rows: list[tuple] = []
    for s, p, o, ctx in ds.quads((None, None, None, None)):
        graph_id = getattr(ctx, "identifier", ctx)
        graph = None if graph_id is None or graph_id == DATASET_DEFAULT_GRAPH_ID else graph_id
        rows.append((s, p, o, graph))
    rows = sorted(set(rows), key=_sort_key)
    return [
        ox.Quad(_ox_term(s), _ox_term(p), _ox_term(o), ox.DefaultGraph() if graph is None else _ox_term(graph))
        for s, p, o, graph in rows
    ]


def graph_quads(g: nx.MultiDiGraph) -> list[ox.Quad]:
    """The graph straight to pyoxigraph quads, equal to ``to_quads(to_dataset(g))``."""
    return list(compact_quads(g).quads())


class _Interner(_Quads):
    """Collects quads as tuples of term numbers; each distinct term is kept once."""

    def __init__(self) -> None:
        self.ids: dict = {}
        self.terms: list = []
        self.quads: set[tuple[int, int, int, int]] = set()

    def _id(self, term) -> int:
        found = self.ids.get(term)
        if found is None:
            found = self.ids[term] = len(self.terms)
            self.terms.append(term)
        return found

    def add(self, s, p, o, graph: URIRef | None = None) -> None:
        if o is not None:
            self.quads.add((-1 if graph is None else self._id(graph), self._id(s), self._id(p), self._id(o)))


def _ranks(ids: Iterable[int], key, size: int) -> tuple[np.ndarray, np.ndarray]:
    """Dense ranks of term numbers by ``key`` (equal keys, equal rank), as an array indexed by term
    number (``size`` of them; -1 for a term not in ``ids``), and one term number per rank."""
    rank = np.full(size, -1, dtype=np.int64)
    by_rank: list[int] = []
    last = object()
    for term_id, k in sorted(((i, key(i)) for i in ids), key=lambda pair: pair[1]):
        if k != last:
            by_rank.append(term_id)
            last = k
        rank[term_id] = len(by_rank) - 1
    return rank, np.array(by_rank, dtype=np.int64)


def _int_array(column: np.ndarray) -> array:
    """A numpy column as a compact ``array("i")`` (its items come out as plain ints)."""
    out = array("i")
    out.frombytes(column.astype(np.intc).tobytes())
    return out


class CompactQuads:
    """The graph's quads and union triples in canonical order, held compactly.

    Each distinct term is converted to pyoxigraph once; a quad is four term numbers in four
    parallel arrays (``array("i")``, a few bytes a quad), in exactly the order of ``to_quads``
    (and of ``union_triples`` for the triples). ``quads()`` and ``triples()`` make the pyoxigraph
    objects one at a time, for ``ox.serialize`` to stream: a big graph never exists as millions
    of Python quad objects. ``quad_rows()``, ``triple_rows()`` and ``terms`` let a writer format
    the statements from the terms without making those objects at all. Built by ``compact_quads``.
    """

    def __init__(self, terms: list, quad_columns: tuple[array, array, array, array],
                 triple_columns: tuple[array, array, array]) -> None:
        self.terms = terms  # term number -> pyoxigraph term
        self._quad_columns = quad_columns  # graph (-1: the default graph), subject, predicate, object
        self._triple_columns = triple_columns  # subject, predicate, object

    def __len__(self) -> int:
        return len(self._quad_columns[0])

    @property
    def triple_count(self) -> int:
        return len(self._triple_columns[0])

    def quad_rows(self) -> Iterator[tuple[int, int, int, int]]:
        """(graph, subject, predicate, object) term numbers in canonical order; graph -1 is the default graph."""
        return zip(*self._quad_columns)

    def triple_rows(self) -> Iterator[tuple[int, int, int]]:
        """(subject, predicate, object) term numbers of the union triples in canonical order."""
        return zip(*self._triple_columns)

    @property
    def triple_columns(self) -> tuple[array, array, array]:
        """The subject, predicate and object columns of `triple_rows` (``array("i")`` each)."""
        return self._triple_columns

    def quads(self) -> Iterator[ox.Quad]:
        terms = self.terms
        default = ox.DefaultGraph()
        for g, s, p, o in self.quad_rows():
            yield ox.Quad(terms[s], terms[p], terms[o], default if g < 0 else terms[g])

    def triples(self) -> Iterator[ox.Triple]:
        terms = self.terms
        for s, p, o in self.triple_rows():
            yield ox.Triple(terms[s], terms[p], terms[o])


def compact_quads(g: nx.MultiDiGraph, base: str = DEFAULT_BASE) -> CompactQuads:
    """The graph's quads, in the order and with the terms of ``to_quads(to_dataset(g))``, held compactly.

    Exports take this path: no rdflib Dataset and no list of pyoxigraph objects, whose memory
    grows to several times the size of the files on a large graph. With another ``base``, every
    minted IRI has that base instead of `DEFAULT_BASE` (same paths; see `rebase_iri`), and the order
    is that of the rebased terms.
    """
    q = _Interner()
    _collect(g, q)
    rdf_terms, type_id = q.terms, q.ids.get(RDF.type, -2)
    rows = np.fromiter(chain.from_iterable(q.quads), dtype=np.int64, count=4 * len(q.quads)).reshape(-1, 4)
    del q
    if base != DEFAULT_BASE:
        check_base(base)
        rdf_terms = [URIRef(rebase_iri(str(t), base)) if isinstance(t, URIRef) else t for t in rdf_terms]
    n = len(rdf_terms)
    graphs, subjects, predicates, objects = (rows[:, i] for i in range(4))  # graph -1: the default graph
    # the ranks that make this order the order of _sort_key: str() of graph, subject and predicate,
    # rdflib's n3() of the object (each term's key computed once)
    g_rank, g_by = _ranks(np.unique(graphs[graphs >= 0]).tolist(), lambda i: str(rdf_terms[i]), n)
    s_rank, s_by = _ranks(np.unique(subjects).tolist(), lambda i: str(rdf_terms[i]), n)
    p_rank, p_by = _ranks(np.unique(predicates).tolist(), lambda i: str(rdf_terms[i]), n)
    object_ids = np.unique(objects).tolist()
    o_rank, o_by = _ranks(object_ids, lambda i: rdf_terms[i].n3(), n)
    terms = [_ox_term(t) for t in rdf_terms]
    del rdf_terms
    _forget_terms()
    g_key = np.where(graphs < 0, 0, g_rank[graphs] + 1)  # the default graph first
    s_key, p_key, not_type = s_rank[subjects], p_rank[predicates], predicates != type_id
    order = np.lexsort((o_rank[objects], p_key, not_type, s_key, g_key))  # the last key sorts first
    graph_of_key = np.concatenate(([-1], g_by)).astype(np.int64)  # key 0: the default graph (-1)
    quad_columns = (_int_array(graph_of_key[g_key[order]]),
                    _int_array(s_by[s_key[order]]), _int_array(p_by[p_key[order]]), _int_array(o_by[o_rank[objects][order]]))
    # union triples: the order of _triple_key, i.e. the object's N-Triples form; equal triples once
    t_rank, t_by = _ranks(object_ids, lambda i: str(terms[i]), n)
    t_key = t_rank[objects]
    order = np.lexsort((t_key, p_key, not_type, s_key))
    s_key, p_key, t_key = s_key[order], p_key[order], t_key[order]
    first = np.ones(len(order), dtype=bool)
    first[1:] = (s_key[1:] != s_key[:-1]) | (p_key[1:] != p_key[:-1]) | (t_key[1:] != t_key[:-1])
    triple_columns = (_int_array(s_by[s_key[first]]), _int_array(p_by[p_key[first]]), _int_array(t_by[t_key[first]]))
    return CompactQuads(terms, quad_columns, triple_columns)


def union_triples(quads: Iterable[ox.Quad]) -> list[ox.Triple]:
    """The triples of every graph, each once, sorted by subject (rdf:type first) like ``to_quads``."""
    return sort_triples({quad.triple for quad in quads})


def sort_triples(triples: Iterable[ox.Triple]) -> list[ox.Triple]:
    """The triples in canonical order: by subject, rdf:type first, then predicate and object."""
    return sorted(triples, key=_triple_key)


_RDF_TYPE = ox.NamedNode(str(RDF.type))


def _triple_key(t: ox.Triple) -> tuple:
    return (t.subject.value, t.predicate != _RDF_TYPE, t.predicate.value, str(t.object))
