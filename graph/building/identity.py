"""Stable identities: entity ids that never change once minted, as articles are added or removed.

`resolve` mints an entity's id from its preferred label, and the label is a vote over surface
forms, so a new article can tip it ("Mr Doe" -> "Jane Doe") and change the id. The id registry
remembers, for every id ever minted in a store or a build folder, the entity's type and the
normalised names it was known by. `stabilise` then gives each entity of a new resolution the id
of the registered entity it shares names with (the most shared full names first, then the most
shared names; each registered id to at most one entity), and mints a fresh id only for an
entity that matches none, never reusing an id the registry holds.

When two registered entities are now one (a later article joined them), the entity keeps the
id it matches best and the other id is *retired* into it: the RDF says ``<old> owl:sameAs
<survivor>``, `kg serve` redirects ``/entity/<old>`` and ``/id/entity/<old>`` there, and the
page's ``#entity/<old>`` selects the survivor. An id whose entity is gone (its articles were
removed) stays registered, so the entity gets its id back if it returns.

The registry is a small JSON file: ``ids.json`` beside a build's exports (read again when the
same ``--out`` is rebuilt, or given with ``kg build --ids FILE``) and in each store generation.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping

from ..errors import InputError
from ..model import Entity, Resolution
from ..text.names import name_key

__all__ = ["IdRegistry", "stabilise", "registry_of", "load_registry", "registry_bytes", "FILENAME"]

FILENAME = "ids.json"
_FORMAT = "news-kg ids"
_VERSION = 1


@dataclass(frozen=True)
class IdRegistry:
    """Every id minted so far: id -> (type, names it was known by), and retired id -> survivor id."""

    entities: Mapping[str, tuple[str, frozenset[str]]] = field(default_factory=dict)
    retired: Mapping[str, str] = field(default_factory=dict)

    def survivor(self, entity_id: str) -> str:
        """The id that stands for ``entity_id`` now (itself unless it was retired)."""
        return _follow(self.retired, entity_id)


def _follow(retired: Mapping[str, str], entity_id: str) -> str:
    """``entity_id`` after every retirement in ``retired`` (a chain a -> b -> c ends at c)."""
    seen = set()
    while entity_id in retired and entity_id not in seen:
        seen.add(entity_id)
        entity_id = retired[entity_id]
    return entity_id


def _names(entity: Entity) -> frozenset[str]:
    keys = {name_key(a.text, person=entity.type == "Person") for a in entity.aliases}
    keys.add(name_key(entity.label, person=entity.type == "Person"))
    keys.discard("")
    return frozenset(keys)


def _score(names: frozenset[str], known: frozenset[str]) -> tuple[int, int]:
    shared = names & known
    return (sum(1 for k in shared if " " in k), len(shared))


def stabilise(resolution: Resolution, registry: IdRegistry | None) -> tuple[Resolution, IdRegistry]:
    """``resolution`` with each entity's id taken from ``registry`` where it matches one, and the
    registry after this build (every earlier id kept, new ids added, merged-away ids retired).

    With an empty registry nothing changes: every id is the one `resolve` minted.
    """
    registry = registry or IdRegistry()
    names = {e.id: _names(e) for e in resolution.entities}
    by_name: dict[str, list[str]] = {}
    for rid, (_, known) in sorted(registry.entities.items()):
        for key in known:
            by_name.setdefault(key, []).append(rid)
    # every (entity, registered id) pair that shares a name, best first
    pairs = []
    for e in resolution.entities:
        candidates = sorted({rid for key in names[e.id] for rid in by_name.get(key, ())})
        for rid in candidates:
            known = registry.entities[rid][1]
            score = _score(names[e.id], known)
            # a shared full name, or one's names all among the other's ("NCMEC" and the centre it
            # abbreviates): a lone shared surname ("Smith") is no evidence of the same entity
            if score[0] or names[e.id] <= known or known <= names[e.id]:
                pairs.append((-score[0], -score[1], rid != e.id, e.id, rid))
    pairs.sort()
    new_id: dict[str, str] = {}
    taken: set[str] = set()
    for _, _, _, eid, rid in pairs:
        if eid not in new_id and rid not in taken:
            new_id[eid] = rid
            taken.add(rid)
    # a registered id left over that shares names with an entity was merged into it: retire it there
    retired = dict(registry.retired)
    for multi, _, _, eid, rid in pairs:
        if rid not in taken and rid not in retired and eid in new_id and (multi or registry.entities[rid][1] <= names[eid]):
            retired[rid] = new_id[eid]
            taken.add(rid)
    # entities that match nothing keep the id resolve minted, unless the registry holds it already
    reserved = set(registry.entities) | set(retired) | set(new_id.values())
    for e in resolution.entities:
        if e.id in new_id:
            continue
        eid, n = e.id, 2
        while eid in reserved:
            eid, n = f"{e.id}-{n}", n + 1
        new_id[e.id] = eid
        reserved.add(eid)
    retired = {old: _follow(retired, old) for old in retired}
    entities = {rid: (t, known) for rid, (t, known) in registry.entities.items() if rid not in retired}
    for e in resolution.entities:
        eid = new_id[e.id]
        known = entities.get(eid, (e.type, frozenset()))[1]
        entities[eid] = (e.type, known | names[e.id])
    if all(new_id[e.id] == e.id for e in resolution.entities):
        stable = resolution
    else:
        stable = Resolution(
            entities=tuple(dataclasses.replace(e, id=new_id[e.id], same_as=tuple(new_id.get(s, s) for s in e.same_as))
                           for e in resolution.entities),
            entity_of={k: new_id.get(v, v) for k, v in resolution.entity_of.items()},
        )
    return stable, IdRegistry(entities=dict(sorted(entities.items())), retired=dict(sorted(retired.items())))


def registry_of(g) -> IdRegistry:
    """The registry a graph carries (`pipeline.assemble` puts it there), else one made from its
    entity nodes (a graph read back from RDF): each id with its type and the names of its aliases."""
    carried = g.graph.get("id_registry")
    if isinstance(carried, IdRegistry):
        return carried
    entities = {}
    for node, data in g.nodes(data=True):
        if data.get("kind") != "entity":
            continue
        person = data.get("type") == "Person"
        texts = [data.get("label") or ""] + [a.get("text", "") for a in data.get("aliases") or ()]
        keys = frozenset(k for k in (name_key(t, person=person) for t in texts) if k)
        entities[node] = (data.get("type", ""), keys)
    return IdRegistry(entities=dict(sorted(entities.items())), retired=dict(sorted((g.graph.get("retired") or {}).items())))


def registry_bytes(registry: IdRegistry) -> bytes:
    """The registry as the bytes of ``ids.json`` (sorted: the same registry, the same bytes)."""
    data = {
        "format": _FORMAT,
        "version": _VERSION,
        "entities": {rid: {"type": t, "names": sorted(known)} for rid, (t, known) in sorted(registry.entities.items())},
        "retired": dict(sorted(registry.retired.items())),
    }
    # ASCII: names from articles may hold lone surrogates and other characters UTF-8 cannot carry
    return (json.dumps(data, indent=1, ensure_ascii=True, sort_keys=True) + "\n").encode("ascii")


def load_registry(path: Path | str) -> IdRegistry:
    """The registry in ``path`` (an ``ids.json``); an InputError naming the file and the fix if it is not one."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise InputError(f"no id registry at {path}: give the ids.json of an earlier build to --ids") from exc
    except (OSError, ValueError) as exc:
        raise InputError(f"cannot read the id registry {path}: {exc}; give another --ids, or delete it to mint "
                         f"ids afresh (saved links to entities may break)") from exc
    if not isinstance(data, dict) or data.get("format") != _FORMAT or data.get("version") != _VERSION:
        raise InputError(f"{path} is not a news-kg id registry (format {_FORMAT!r} version {_VERSION}); "
                         f"give the ids.json of an earlier build to --ids")
    try:
        entities = {str(rid): (str(v["type"]), frozenset(str(k) for k in v["names"]))
                    for rid, v in data.get("entities", {}).items()}
        retired = {str(k): str(v) for k, v in data.get("retired", {}).items()}
    except (AttributeError, KeyError, TypeError) as exc:
        raise InputError(f"{path}: a malformed entry ({exc!r}); give another --ids, or delete it to mint ids afresh") from exc
    return IdRegistry(entities=entities, retired=retired)
