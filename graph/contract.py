"""The graph contract, declared once: node kinds, records and edge kinds -> attributes, RDF predicate, datatype, required.

`build` makes nodes with exactly these attributes (`node_attributes`), `rdf` writes the simple
attributes from this table, `from_rdf` reads them back from it, the SHACL shapes are checked
against it (tests/test_contract.py) and docs/rdf-layout.md prints its table (`python -m graph.contract`).

Datatypes say how a value is written and read back:
``string`` (a plain literal, written when not empty), ``integer`` (``xsd:integer``, written when not
None), ``decimal`` (``xsd:decimal``, three places), ``boolean`` (``xsd:boolean``, always written),
``date`` (``xsd:date`` when ISO, else a plain literal), ``url`` (an IRI when valid, else a literal),
``node`` (the IRI of another node; ``many`` for a list of them) and ``structure`` (a nested value
written by hand in `rdf`, such as the evidence records, or not written at all when it has no predicate).
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import ENTITY_TYPES, RELATIONS

__all__ = [
    "NAMESPACES",
    "Attribute",
    "NodeKind",
    "EdgeKind",
    "NODE_KINDS",
    "RECORDS",
    "EDGE_KINDS",
    "KIND_OF_CLASS",
    "expand",
    "node_attributes",
    "edge_attributes",
    "simple_attributes",
    "table",
]

#: The one prefix table: serialisations, SPARQL queries, SHACL and descriptions all take theirs from here.
NAMESPACES = {
    "kg": "https://w3id.org/news-kg/ontology#",
    "schema": "https://schema.org/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/",
}

DATATYPES = ("string", "integer", "decimal", "boolean", "date", "url", "node", "structure")


def expand(curie: str) -> str:
    """``kg:value`` -> ``https://w3id.org/news-kg/ontology#value``."""
    prefix, _, local = curie.partition(":")
    return NAMESPACES[prefix] + local


@dataclass(frozen=True)
class Attribute:
    """One attribute of a node (or record) in the networkx graph and the RDF that carries it.

    ``predicates``: the RDF predicates it is written with (CURIEs; the first is the one read back,
    the others are written as well for other vocabularies' readers); empty when the attribute is
    not in the RDF and is worked out again when the graph is read back (``note`` says how).
    ``required``: every node of the kind has it, in the graph and in the RDF.
    """

    name: str
    predicates: tuple[str, ...]
    datatype: str
    required: bool = False
    many: bool = False
    note: str = ""

    def __post_init__(self) -> None:
        if self.datatype not in DATATYPES:
            raise ValueError(f"attribute {self.name}: unknown datatype {self.datatype!r}; valid: {', '.join(DATATYPES)}")

    @property
    def predicate(self) -> str | None:
        return self.predicates[0] if self.predicates else None


def _a(name: str, predicates: str | tuple[str, ...] | None, datatype: str, required: bool = False,
       many: bool = False, note: str = "") -> Attribute:
    if predicates is None:
        predicates = ()
    elif isinstance(predicates, str):
        predicates = (predicates,)
    return Attribute(name, predicates, datatype, required, many, note)


@dataclass(frozen=True)
class NodeKind:
    """A kind of node: its ``kind`` attribute, RDF class, node id, the graph its triples go in, and attributes."""

    kind: str
    rdf_class: str
    node_id: str
    graph: str  # "default" or "article" (the article's named graph)
    attributes: tuple[Attribute, ...]

    def attribute(self, name: str) -> Attribute:
        for a in self.attributes:
            if a.name == name:
                return a
        raise KeyError(f"{self.kind} has no attribute {name!r}; it has {', '.join(a.name for a in self.attributes)}")


@dataclass(frozen=True)
class EdgeKind:
    """A kind of edge: MultiDiGraph key (= ``predicate`` attribute), its words, ends and RDF.

    ``from_attribute`` names the node attribute that carries it in the RDF (the edge itself is not
    written); otherwise ``predicates`` are written as direct triples.
    """

    key: str
    label: str
    source: tuple[str, ...]
    target: tuple[str, ...]
    predicates: tuple[str, ...] = ()
    from_attribute: str | None = None
    attributes: tuple[Attribute, ...] = ()
    graph: str = "default"


_EVIDENCE_NOTE = "records of the evidence kind, each an id:evidence/<sha1> node in the article's graph"

NODE_KINDS: dict[str, NodeKind] = {
    "entity": NodeKind("entity", "kg:" + "|".join(ENTITY_TYPES), "entity/<type>/<slug>", "default", (
        _a("type", "rdf:type", "structure", True, note="one of " + ", ".join(ENTITY_TYPES) + ", as the kg: class"),
        _a("label", ("rdfs:label", "skos:altLabel"), "string", True, note="the preferred name"),
        _a("aliases", "skos:altLabel", "structure", True, many=True,
           note="surface forms with their place, each also a mention record in the article's graph"),
        _a("label_rule", "kg:labelRule", "string", True, note="why the label was chosen (resolve.LABEL_RULES)"),
        _a("merges", None, "structure", True, many=True,
           note="[surface form, rule]; read back from the mentions' kg:joinedBy (pronouns are not mentions)"),
        _a("articles", None, "structure", True, many=True, note="article node ids, from the aliases"),
    )),
    "article": NodeKind("article", "kg:Article", "article/<slug>", "default", (
        _a("label", "rdfs:label", "string", True, note="the headline, else the file name"),
        _a("headline", "schema:headline", "string"),
        _a("source", ("kg:sourceFile", "schema:name"), "string", True, note="the input file name"),
        _a("url", "schema:url", "url"),
        _a("date", "schema:datePublished", "date"),
        _a("byline", "schema:author", "string"),
        _a("text_length", "kg:textLength", "integer", True, note="code points in the text: the bound of every offset"),
    )),
    "quotation": NodeKind("quotation", "kg:Quotation", "quotation/<article slug>/<start>", "article", (
        _a("label", "rdfs:label", "string", True, note="its first words"),
        _a("text", "schema:text", "string", True, note="exactly as written"),
        _a("article", "schema:isPartOf", "node", True),
        _a("start", "kg:start", "integer", True),
        _a("end", "kg:end", "integer", True),
        _a("verb", "kg:reportingVerb", "string"),
        _a("speaker", ("kg:spokenBy", "schema:spokenByCharacter"), "node", note="an entity"),
        _a("evidence", "kg:evidence", "structure", True, many=True, note=_EVIDENCE_NOTE),
    )),
    "figure": NodeKind("figure", "kg:Figure", "figure/<article slug>/<start>", "article", (
        _a("label", "rdfs:label", "string", True, note="qualifier, value and measure"),
        _a("text", "schema:text", "string", True, note="as written"),
        _a("value", "kg:value", "decimal", True),
        _a("display", None, "structure", True, note="the value for people (display.format_value); not in the RDF"),
        _a("unit", "kg:unit", "string", True, note="percent, count, currency or duration"),
        _a("unit_name", "kg:unitName", "string"),
        _a("qualifier", "kg:qualifier", "string"),
        _a("measure", "kg:measure", "string"),
        _a("per", "kg:rate", "string", note="the unit of a rate (a month, ...)"),
        _a("change", "kg:change", "boolean", True),
        _a("period", "kg:period", "string", note="ISO 8601"),
        _a("period_start", "kg:periodStart", "date"),
        _a("period_end", "kg:periodEnd", "date"),
        _a("period_text", "kg:periodText", "string"),
        _a("article", "schema:isPartOf", "node", True),
        _a("start", "kg:start", "integer", True),
        _a("end", "kg:end", "integer", True),
        _a("stated_by", "kg:statedBy", "node",
           note="an entity, or the article itself; none for a figure in an unattributed quotation"),
        _a("quoted", None, "structure", True, note="read inside a quotation; read back from the evidence rule"),
        _a("source", "kg:source", "node", note="the entity it is attributed to"),
        _a("subjects", "kg:about", "node", many=True, note="the entities it is about"),
        _a("share_of", "kg:shareOf", "node", note="the figure that is its total"),
        _a("group", None, "structure", note="its figure group: carried by the group's kg:inGroup triples"),
        _a("status", None, "structure", note="its group's status"),
        _a("evidence", "kg:evidence", "structure", True, many=True, note=_EVIDENCE_NOTE),
    )),
    "figure_group": NodeKind("figure_group", "kg:FigureGroup", "figure-group/<first member's article slug>/<start>",
                             "default", (
        _a("label", "rdfs:label", "string", note="= measure"),
        _a("measure", "kg:measure", "string"),
        _a("status", "kg:status", "string", True, note='"agreeing" or "conflicting"'),
        _a("unit", "kg:unit", "string", True),
        _a("members", None, "structure", True, many=True, note="figure node ids: each member's kg:inGroup"),
        _a("conflicts", None, "structure", True, many=True,
           note="[figure, figure, reason]: kg:conflictsWith both ways, reified with kg:reason"),
    )),
}

#: Records held inside node and edge attributes (corrections: in ``g.graph["corrections"]``); each is
#: a node of its own in the RDF.
RECORDS: dict[str, NodeKind] = {
    "evidence": NodeKind("evidence", "kg:Evidence", "evidence/<sha1 of holder, article, start, end, rule>", "article", (
        _a("article", "prov:wasDerivedFrom", "node", True),
        _a("start", "kg:start", "integer", True, note="of the sentence"),
        _a("end", "kg:end", "integer", True),
        _a("sentence", "kg:sentence", "string", True),
        _a("rule", "kg:rule", "string", True),
        _a("confidence", "kg:confidence", "decimal"),
        _a("cue_start", "kg:cueStart", "integer", note="the cue word, when known"),
        _a("cue_end", "kg:cueEnd", "integer"),
    )),
    "mention": NodeKind("mention", "kg:Mention", "<entity IRI>/mention/<article slug>/<start>-<end>", "article", (
        _a("text", "schema:text", "string", True),
        _a("article", "kg:article", "node", True),
        _a("start", "kg:start", "integer", True),
        _a("end", "kg:end", "integer", True),
        _a("joined_by", "kg:joinedBy", "string", True, note="the rule that joined it to its entity (see `kg entities --explain`)"),
    )),
    "correction": NodeKind("correction", "kg:Correction", "correction/<sha1 of its action and names>", "default", (
        _a("label", "rdfs:label", "string", True, note="the `kg correct` arguments that make it"),
        _a("action", "kg:action", "string", True, note="a key of corrections.ACTIONS"),
        _a("note", "rdfs:comment", "string", note="why, in the words of the person who made it"),
        _a("date", "prov:atTime", "date", note="when it was made"),
        _a("changed", None, "structure", True, many=True,
           note="node ids it changed (or dropped): each <node> kg:correctedBy <correction>"),
        _a("edges", None, "structure", True, many=True,
           note="[subject, predicate, object] of the relations it added: <statement> kg:correctedBy <correction>"),
    )),
}

_ENTITY, _ANY_FIGURE_TARGET = ("entity",), ("entity", "article")

EDGE_KINDS: dict[str, EdgeKind] = {
    **{pred: EdgeKind(pred, words, ("article", "entity") if pred == "cites" else _ENTITY, _ENTITY, ("kg:" + pred,),
                      attributes=(
                          _a("roles", "kg:role", "string", True, many=True, note="role titles (worksFor), on the statement"),
                          _a("evidence", "kg:evidence", "structure", True, many=True, note=_EVIDENCE_NOTE),
                      ))
       for pred, words in RELATIONS.items()},
    "mentions": EdgeKind("mentions", "mentions", ("article",), _ENTITY, ("schema:mentions",),
                         attributes=(_a("count", None, "integer", True,
                                        note="mentions in the article; read back from the aliases"),),
                         graph="article"),
    "sameAs": EdgeKind("sameAs", "same as", _ENTITY, _ENTITY, ("owl:sameAs",)),
    "spokenBy": EdgeKind("spokenBy", "spoken by", ("quotation",), _ENTITY, from_attribute="speaker"),
    "isPartOf": EdgeKind("isPartOf", "is part of", ("quotation", "figure"), ("article",), from_attribute="article"),
    "statedBy": EdgeKind("statedBy", "stated by", ("figure",), _ANY_FIGURE_TARGET, from_attribute="stated_by"),
    "source": EdgeKind("source", "source", ("figure",), _ENTITY, from_attribute="source"),
    "about": EdgeKind("about", "about", ("figure",), _ENTITY, from_attribute="subjects"),
    "shareOf": EdgeKind("shareOf", "share of", ("figure",), ("figure",), from_attribute="share_of"),
    "inGroup": EdgeKind("inGroup", "in group", ("figure",), ("figure_group",), from_attribute="members"),
    "conflictsWith": EdgeKind("conflictsWith", "conflicts with", ("figure",), ("figure",), from_attribute="conflicts",
                              attributes=(_a("reason", "kg:reason", "string", True, note="on the statement"),)),
}

#: RDF class (full IRI) -> node kind.
KIND_OF_CLASS: dict[str, str] = {
    **{expand("kg:" + t): "entity" for t in ENTITY_TYPES},
    **{expand(k.rdf_class): k.kind for k in NODE_KINDS.values() if k.kind != "entity"},
}


def node_attributes(kind: str, **values) -> dict:
    """The attributes of a node of ``kind``: exactly the contract's, in its order, with ``kind`` first.

    A missing or unknown name is a programming error, caught here rather than in a later stage.
    """
    names = [a.name for a in NODE_KINDS[kind].attributes]
    if set(values) != set(names):
        missing, extra = sorted(set(names) - set(values)), sorted(set(values) - set(names))
        raise TypeError(f"a {kind} node takes {', '.join(names)}; missing {missing}, unknown {extra}")
    return {"kind": kind, **{name: values[name] for name in names}}


def edge_attributes(key: str, **values) -> dict:
    """``key``, ``predicate`` and ``label`` of an edge kind, then its own attributes as given."""
    return {"key": key, "predicate": key, "label": EDGE_KINDS[key].label, **values}


def simple_attributes(kind: NodeKind) -> list[Attribute]:
    """The attributes the generic writer and reader handle: those with a predicate and a plain datatype."""
    return [a for a in kind.attributes if a.predicates and a.datatype != "structure"]


def table() -> str:
    """The contract as Markdown tables (the body of docs/rdf-layout.md's "The contract" section)."""
    lines: list[str] = []
    for title, kinds in (("Nodes", NODE_KINDS), ("Records (in node and edge attributes)", RECORDS)):
        for k in kinds.values():
            lines += [f"### {title[:-1] if title == 'Nodes' else 'Record'}: `{k.kind}` ({k.rdf_class}, "
                      f"`{k.node_id}`, {k.graph} graph)", "",
                      "| attribute | RDF predicate | datatype | required | notes |", "|---|---|---|---|---|"]
            for a in k.attributes:
                lines.append(f"| `{a.name}` | {', '.join(a.predicates) or '—'} | {a.datatype}{' (many)' if a.many else ''} "
                             f"| {'yes' if a.required else 'no'} | {a.note} |")
            lines.append("")
    lines += ["### Edges (MultiDiGraph key = `predicate`)", "",
              "| key | label | from | to | in the RDF | attributes |", "|---|---|---|---|---|---|"]
    for e in EDGE_KINDS.values():
        rdf = ", ".join(e.predicates) if e.predicates else f"the `{e.from_attribute}` attribute"
        attrs = ", ".join(f"`{a.name}`" for a in e.attributes) or "—"
        lines.append(f"| `{e.key}` | {e.label} | {', '.join(e.source)} | {', '.join(e.target)} | {rdf} | {attrs} |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(table(), end="")
