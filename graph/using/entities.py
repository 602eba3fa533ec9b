"""Read back: every entity of a graph with its names, mention and article counts (`kg entities`),
and why one entity is what it is (`kg entities --explain NAME`).

Read from the RDF (any build folder, store or RDF file), so it lists what was exported: the
label, the type, every other name (``skos:altLabel``), how many name mentions (``kg:Mention``)
and how many articles, and the ids merged into it by a later build (``owl:sameAs``; see
`graph.building.identity`). The explanation groups the mentions by the rule that joined each
(``kg:joinedBy``), each with its article and, when a fact was read from it, its sentence; it
gives the rule that chose the label (``kg:labelRule``) and the corrections that changed the
entity (``kg:correctedBy``; see `graph.building.corrections`).
"""

from __future__ import annotations

from collections import defaultdict

import pyoxigraph as ox

from ..contract import NAMESPACES
from ..errors import FormatError, InputError
from ..model import ENTITY_TYPES
from ..building.resolve import JOIN_RULES, LABEL_RULES
from ..text.names import name_key

__all__ = ["list_entities", "check_type", "explain_entity", "find_entity"]

_ID = "/id/"
_PREFIXES = "".join(f"PREFIX {name}: <{NAMESPACES[name]}>\n"
                    for name in ("kg", "rdfs", "skos", "owl", "schema", "prov"))
_ENTITIES = _PREFIXES + """
SELECT ?e ?type ?label (COUNT(DISTINCT ?m) AS ?mentions) (COUNT(DISTINCT ?a) AS ?articles) WHERE {
  ?e a ?type ; rdfs:label ?label .
  VALUES ?type { %s }
  OPTIONAL { ?m kg:mentionOf ?e ; kg:article ?a }
} GROUP BY ?e ?type ?label
"""
_ALIASES = _PREFIXES + "SELECT ?e ?alt WHERE { ?e skos:altLabel ?alt }"
_MERGED = _PREFIXES + "SELECT ?old ?e WHERE { ?old owl:sameAs ?e . FILTER NOT EXISTS { ?old rdfs:label ?any } }"


def check_type(name: str | None) -> str | None:
    """The entity type ``name`` stands for (any case), or a FormatError listing the types."""
    if name is None:
        return None
    for t in ENTITY_TYPES:
        if t.lower() == name.strip().lower():
            return t
    raise FormatError(f"unknown entity type {name!r}: choose from {', '.join(ENTITY_TYPES)}")


def _id(iri: str) -> str:
    return iri.split(_ID, 1)[1] if _ID in iri else iri


def list_entities(store: ox.Store, etype: str | None = None) -> list[dict]:
    """Every entity (of ``etype`` only, if given): id, IRI, type, label, aliases, mentions, articles,
    merged (ids retired into it). Most articles first, then most mentions, then label."""
    types = [check_type(etype)] if etype else list(ENTITY_TYPES)
    values = " ".join(f"kg:{t}" for t in types)
    aliases: dict[str, set[str]] = defaultdict(set)
    for row in store.query(_ALIASES, use_default_graph_as_union=True):
        aliases[row["e"].value].add(row["alt"].value)
    merged: dict[str, set[str]] = defaultdict(set)
    for row in store.query(_MERGED, use_default_graph_as_union=True):
        merged[row["e"].value].add(_id(row["old"].value))
    out = []
    for row in store.query(_ENTITIES % values, use_default_graph_as_union=True):
        iri, label = row["e"].value, row["label"].value
        out.append({
            "id": _id(iri),
            "iri": iri,
            "type": row["type"].value.rsplit("#", 1)[-1],
            "label": label,
            "aliases": sorted(aliases.get(iri, set()) - {label}),
            "mentions": int(row["mentions"].value),
            "articles": int(row["articles"].value),
            "merged": sorted(merged.get(iri, ())),
        })
    return sorted(out, key=lambda r: (-r["articles"], -r["mentions"], r["label"].casefold(), r["id"]))


_NAMES = _PREFIXES + """
SELECT ?e ?type ?label ?alt WHERE {
  ?e a ?type ; rdfs:label ?label . VALUES ?type { %s }
  OPTIONAL { ?e skos:altLabel ?alt }
}"""
_MENTIONS = _PREFIXES + """
SELECT ?text ?article ?start ?end ?rule ?source WHERE {
  ?m kg:mentionOf <%s> ; schema:text ?text ; kg:article ?article ; kg:start ?start ; kg:end ?end .
  OPTIONAL { ?m kg:joinedBy ?rule }
  OPTIONAL { ?article kg:sourceFile ?source }
}"""
_SENTENCES = _PREFIXES + """
SELECT DISTINCT ?article ?start ?end ?sentence WHERE {
  ?ev a kg:Evidence ; prov:wasDerivedFrom ?article ; kg:start ?start ; kg:end ?end ; kg:sentence ?sentence .
  VALUES ?article { %s }
}"""
_LABEL_RULE = _PREFIXES + "SELECT ?rule WHERE { <%s> kg:labelRule ?rule }"
_CORRECTIONS = _PREFIXES + """
SELECT ?c ?action ?command ?note ?date WHERE {
  <%s> kg:correctedBy ?c . ?c kg:action ?action ; rdfs:label ?command .
  OPTIONAL { ?c rdfs:comment ?note } OPTIONAL { ?c prov:atTime ?date }
}"""


def find_entity(store: ox.Store, name: str) -> tuple[str, str, str]:
    """(IRI, type, label) of the one entity ``name`` stands for: its id (or an id merged into it),
    else its label, else one of its other names (compared as normalised names). An InputError
    when none or several match, listing them."""
    rows = list(store.query(_NAMES % " ".join(f"kg:{t}" for t in ENTITY_TYPES), use_default_graph_as_union=True))
    info = {r["e"].value: (r["type"].value.rsplit("#", 1)[-1], r["label"].value) for r in rows}
    wanted = name.strip().strip("/")
    for r in store.query(_MERGED, use_default_graph_as_union=True):
        if _id(r["old"].value) == wanted and r["e"].value in info:
            wanted = _id(r["e"].value)
    by_id = [iri for iri in info if _id(iri) == wanted or iri == wanted]
    if by_id:
        return by_id[0], *info[by_id[0]]

    def key(text: str, etype: str) -> str:
        return name_key(text, person=etype == "Person")

    for level in ("label", "alt"):
        found = sorted({r["e"].value for r in rows
                        if (r[level] is not None and key(r[level].value, info[r["e"].value][0]) == key(name, info[r["e"].value][0]))})
        if len(found) == 1:
            return found[0], *info[found[0]]
        if found:
            listed = "; ".join(f"{info[i][1]} ({_id(i)})" for i in found)
            raise InputError(f"{name!r} names {len(found)} entities: {listed}; give the id instead")
    raise InputError(f"no entity named {name!r} in the graph: see `kg entities` for the names and ids")


def explain_entity(store: ox.Store, name: str) -> dict:
    """Why the entity ``name`` stands for (see `find_entity`) is what it is: its label and the rule
    that chose it, its mentions grouped by the rule that joined each (article, offsets, the sentence
    when a fact was read from it), the ids merged into it and the corrections that changed it."""
    iri, etype, label = find_entity(store, name)
    mentions = []
    for r in store.query(_MENTIONS % iri, use_default_graph_as_union=True):
        mentions.append({
            "text": r["text"].value, "article": _id(r["article"].value), "start": int(r["start"].value),
            "end": int(r["end"].value), "source": r["source"].value if r["source"] else None,
            "rule": r["rule"].value if r["rule"] else "unrecorded", "sentence": None,
        })
    articles = sorted({m["article"] for m in mentions})
    if articles:
        values = " ".join(f"<{iri.split(_ID, 1)[0]}{_ID}{a}>" for a in articles)
        sentences = defaultdict(list)
        for r in store.query(_SENTENCES % values, use_default_graph_as_union=True):
            sentences[_id(r["article"].value)].append((int(r["start"].value), int(r["end"].value), r["sentence"].value))
        for m in mentions:
            around = sorted(s for s in sentences.get(m["article"], ()) if s[0] <= m["start"] and m["end"] <= s[1])
            m["sentence"] = around[0][2] if around else None
    mentions.sort(key=lambda m: (m["article"], m["start"], m["end"], m["text"]))
    def key(text: str) -> str:
        return name_key(text, person=etype == "Person")

    joins: dict[str, list[dict]] = defaultdict(list)
    for m in mentions:
        joins[m.pop("rule")].append(m)
    rule_rows = list(store.query(_LABEL_RULE % iri, use_default_graph_as_union=True))
    label_rule = rule_rows[0]["rule"].value if rule_rows else "unrecorded"
    merged = sorted(_id(r["old"].value) for r in store.query(_MERGED, use_default_graph_as_union=True)
                    if r["e"].value == iri)
    corrections = sorted(({"id": _id(r["c"].value), "action": r["action"].value, "command": r["command"].value,
                           "note": r["note"].value if r["note"] else "", "date": r["date"].value if r["date"] else ""}
                          for r in store.query(_CORRECTIONS % iri, use_default_graph_as_union=True)),
                         key=lambda c: (c["date"], c["command"]))
    return {
        "id": _id(iri),
        "iri": iri,
        "type": etype,
        "label": label,
        "label_rule": label_rule,
        "label_reason": LABEL_RULES.get(label_rule, _correction_reason(label_rule)),
        "label_mentions": sum(1 for m in mentions if key(m["text"]) == key(label)),
        "mentions": len(mentions),
        "joins": [{"rule": rule, "meaning": JOIN_RULES.get(rule, _correction_reason(rule)), "mentions": joins[rule]}
                  for rule in sorted(joins, key=lambda r: (-len(joins[r]), r))],
        "merged": merged,
        "corrections": corrections,
    }


def _correction_reason(rule: str) -> str:
    if rule.startswith("correction:"):
        return f"a correction ({rule.split(':', 1)[1]}): see the corrections below"
    if rule.startswith("antecedent:"):
        return f"a description ({rule.split(':', 1)[1]}) that refers back to the name before it"
    return "a rule of the extraction stage (graph/building/extract/mentions.py)" if rule != "unrecorded" else \
        "not recorded in this graph (built by an earlier version of kg)"
