"""Read back: every entity of a graph with its names, mention and article counts (`kg entities`).

Read from the RDF (any build folder, store or RDF file), so it lists what was exported: the
label, the type, every other name (``skos:altLabel``), how many name mentions (``kg:Mention``)
and how many articles, and the ids merged into it by a later build (``owl:sameAs``; see
`graph.identity`).
"""

from __future__ import annotations

from collections import defaultdict

import pyoxigraph as ox

from .contract import NAMESPACES
from .errors import FormatError
from .model import ENTITY_TYPES

__all__ = ["list_entities", "check_type"]

_ID = "/id/"
_PREFIXES = "".join(f"PREFIX {name}: <{NAMESPACES[name]}>\n" for name in ("kg", "rdfs", "skos", "owl"))
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
