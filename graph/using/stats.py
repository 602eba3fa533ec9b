"""Statistics: a graph's distinct triples -> GraphProfile (what `kg stats`, void.ttl and the service description count).

One pass over the triples; classes and predicates are recognised by local name.
"""

from __future__ import annotations

import re
from array import array
from collections import Counter
from dataclasses import dataclass
from typing import Iterable, Sequence

import numpy as np
import pyoxigraph as ox

from ..contract import expand
from ..model import ENTITY_TYPES, RELATIONS

__all__ = ["GraphProfile", "profile_triples", "profile_rows", "graph_stats", "local_name", "distinct_triples"]

RDF_TYPE = expand("rdf:type")

_SEPARATOR = re.compile(r"[#/]")


def local_name(iri: str) -> str:
    """The part of an IRI after the last '#' or '/' ("https://w3id.org/news-kg/ontology#Person" -> "Person")."""
    return _SEPARATOR.split(iri)[-1]


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
    The terms are numbered and counted as columns by `profile_rows`, the one place the counting is written.
    """
    numbers: dict = {}
    terms: list = []
    columns = (array("i"), array("i"), array("i"))
    for triple in triples:
        for column, term in zip(columns, triple):
            i = numbers.get(term)
            if i is None:
                i = numbers[term] = len(terms)
                terms.append(term)
            column.append(i)
    return profile_rows(terms, *columns)


def profile_rows(terms: Sequence, subjects, predicates, objects) -> GraphProfile:
    """``profile_triples`` of the triples ``(terms[s], terms[p], terms[o])`` given as three columns of
    term numbers (buffers of C ints, as `rdf.CompactQuads` holds them; distinct triples, each term
    under one number): the same profile, counted with numpy over the columns, each term read once."""
    s_col, p_col, o_col = (np.frombuffer(c, dtype=np.intc) for c in (subjects, predicates, objects))
    values: dict[int, str] = {}

    def value(i: int) -> str:
        v = values.get(i)
        if v is None:
            v = values[i] = terms[i].value
        return v

    properties: Counter = Counter()
    classes: Counter = Counter()
    relations: Counter = Counter()
    typed: dict[str, list] = {}  # class local name -> arrays of the subjects typed with it
    statuses: list[tuple] = []
    dates: list[str] = []
    for p, n in zip(*np.unique(p_col, return_counts=True)):
        p = int(p)
        predicate = value(p)
        properties[predicate] += int(n)
        name = local_name(predicate)
        rows = p_col == p
        if predicate == RDF_TYPE:
            subj, obj = s_col[rows], o_col[rows]
            for o in np.unique(obj).tolist():
                if isinstance(terms[o], ox.NamedNode):
                    mine = subj[obj == o]
                    classes[value(o)] += len(mine)
                    typed.setdefault(local_name(value(o)), []).append(mine)
        elif name in RELATIONS:
            nodes = [o for o in np.unique(o_col[rows]).tolist() if isinstance(terms[o], (ox.NamedNode, ox.BlankNode))]
            relations[name] += int(np.isin(o_col[rows], nodes).sum()) if nodes else 0
        elif name == "status":
            statuses.extend((s, terms[o].value) for s, o in zip(s_col[rows].tolist(), o_col[rows].tolist()))
        elif name == "datePublished":
            for o in o_col[rows].tolist():
                term = terms[o]
                if isinstance(term, ox.Literal) and _ISO_DATE.fullmatch(term.value):
                    dates.append(term.value)
    # subject -> the local names of its classes, as profile_triples gathers them, from the typed columns
    types: dict = {}
    for name, arrays in typed.items():
        for s in np.unique(np.concatenate(arrays)).tolist():
            types.setdefault(s, set()).add(name)
    return _profile(len(p_col), types, classes, properties, relations, statuses, dates)


def _profile(count: int, types: dict, classes: Counter, properties: Counter, relations: Counter,
             statuses: list[tuple], dates: list[str]) -> GraphProfile:
    """The profile from one pass's counts: ``types`` maps a subject to the local names of its classes,
    ``statuses`` holds (subject, status value) pairs."""
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
