"""Corrections stage: a person's fixes (a TOML file) + Resolution / graph -> the corrected Resolution / graph.

Resolution is rules, and rules go wrong: two names of one club kept apart, a wrong merge, a
wrong edge or speaker. A corrections file, kept with the corpus or the store and written by
`kg correct`, says what to change; every `kg build` and `kg add` applies it after resolution,
in file order, so the fixes survive rebuilds. One kind of correction per action:

- ``merge``: ENTITY and OTHER are one entity; ENTITY's id survives and OTHER's id becomes
  ``owl:sameAs`` it (as when a later build joins two entities, `graph.building.identity`);
- ``split``: ALIAS (a name and the mentions that follow it) is not ENTITY but an entity of its own;
- ``rename``: ENTITY's label is LABEL (the old one stays an other name);
- ``type``: ENTITY's type is TYPE (its id stays);
- ``drop-entity``: ENTITY is no entity (its mentions, edges and quotations' speaker go);
- ``drop-edge`` / ``add-edge``: the relation SUBJECT PREDICATE OBJECT is wrong / missing;
- ``drop-speaker`` / ``add-speaker``: the quotation that contains QUOTATION (its words) has no
  speaker / has SPEAKER.

Entities are named by a name (their label first, then their other names, compared as normalised
names) or by their id. A correction whose names are gone (or name several entities) no longer
applies: it is reported by name, never skipped silently. Each one applied is recorded in the
RDF as a ``kg:Correction`` (a ``prov:Activity``) with its command, note and date, linked from
what it changed by ``kg:correctedBy``.

Ids stay stable: the id registry keeps what resolution alone gives (`graph.building.identity.stabilise`
runs before the corrections), and the corrections are applied again on top in every build, so
the same inputs, registry and corrections give the same graph, and removing a correction undoes it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import os
import re
import secrets
import shlex
import tomllib
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Sequence

import networkx as nx

from ..contract import edge_attributes
from ..errors import InputError
from .identity import IdRegistry
from ..model import ENTITY_TYPES, RELATIONS, Alias, Entity, Extraction, Resolution
from ..text.names import name_key, slugify

__all__ = [
    "FILENAME",
    "ACTIONS",
    "Correction",
    "Outcome",
    "read_corrections",
    "corrections_bytes",
    "write_correction",
    "check_correction",
    "correct_resolution",
    "correct_graph",
    "record",
]

FILENAME = "corrections.toml"

#: Each action and the fields it takes, in the order `kg correct` takes them.
ACTIONS: dict[str, tuple[str, ...]] = {
    "merge": ("entity", "other"),
    "split": ("entity", "alias"),
    "rename": ("entity", "label"),
    "type": ("entity", "type"),
    "drop-entity": ("entity",),
    "drop-edge": ("subject", "predicate", "object"),
    "add-edge": ("subject", "predicate", "object"),
    "drop-speaker": ("quotation",),
    "add-speaker": ("quotation", "speaker"),
}
#: Applied to the resolution (before the graph is built); the others to the built graph.
_ENTITY_ACTIONS = ("merge", "split", "rename", "type", "drop-entity")
_HEADER = """\
# Corrections to the graph of these articles, applied after entity resolution on every
# `kg build` and `kg add`, in this order. Written by `kg correct` (see `kg correct --help` and
# docs/corrections.md); an entity is named by its label, another of its names, or its id.
"""


@dataclass(frozen=True)
class Correction:
    """One correction: an action (a key of `ACTIONS`), its fields in that order, a note and an ISO date."""

    action: str
    args: tuple[str, ...]
    note: str = ""
    date: str = ""

    @property
    def id(self) -> str:
        """``correction/<sha1>`` of the action and its fields (the note and date may change, the id stays)."""
        key = "\x1f".join((self.action, *self.args))
        return "correction/" + hashlib.sha1(key.encode("utf-8", "surrogatepass")).hexdigest()

    @property
    def command(self) -> str:
        """The `kg correct` arguments that make it ("merge 'Harbour City FC' 'Harbour City Football Club'")."""
        return shlex.join([*self.action.split("-"), *self.args])

    def field(self, name: str) -> str:
        return self.args[ACTIONS[self.action].index(name)]


@dataclass(frozen=True)
class Outcome:
    """What applying one correction did: the node ids and edges it changed, or why it no longer applies."""

    correction: Correction
    changed: tuple[str, ...] = ()
    edges: tuple[tuple[str, str, str], ...] = ()
    stale: str | None = None  # the reason it no longer applies


class _Stale(Exception):
    pass


# ---------------------------------------------------------------- the file


def check_correction(action: str, args: Sequence[str], note: str = "", date: str = "") -> Correction:
    """A Correction from its parts, or an InputError saying what is wrong and what is valid."""
    if action not in ACTIONS:
        raise InputError(f"unknown correction {action!r}: choose from {', '.join(ACTIONS)}")
    fields = ACTIONS[action]
    args = tuple(" ".join(str(a).split()) for a in args)
    if len(args) != len(fields) or not all(args):
        raise InputError(f"a {action} correction takes {len(fields)} non-empty field(s): {', '.join(fields)}")
    if action == "type":
        wanted = args[1].lower()
        match = next((t for t in ENTITY_TYPES if t.lower() == wanted), None)
        if match is None:
            raise InputError(f"unknown entity type {args[1]!r}: choose from {', '.join(ENTITY_TYPES)}")
        args = (args[0], match)
    if action in ("drop-edge", "add-edge"):
        match = next((p for p in RELATIONS if p.lower() == args[1].lower().replace(" ", "")), None)
        if match is None:
            raise InputError(f"unknown relation {args[1]!r}: choose from {', '.join(RELATIONS)}")
        args = (args[0], match, args[2])
    if action == "merge" and name_key(args[0]) == name_key(args[1]):
        raise InputError(f"a merge needs two different entities, not {args[0]!r} twice")
    if date:
        try:
            date = dt.date.fromisoformat(str(date)).isoformat()
        except ValueError as exc:
            raise InputError(f"the date {date!r} is not an ISO date (YYYY-MM-DD)") from exc
    return Correction(action, args, " ".join(str(note).split()), date)


def read_corrections(path: Path | str) -> tuple[Correction, ...]:
    """The corrections in ``path``, in file order; an InputError naming the file, the entry and the fix."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise InputError(f"no corrections file at {path}: write one with `kg correct ... --corrections {path}`") from exc
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise InputError(f"cannot read the corrections file {path}: {exc}; fix it, or write it again with `kg correct`") from exc
    entries = data.get("correction", [])
    unknown = sorted(set(data) - {"correction"})
    if unknown or not isinstance(entries, list):
        raise InputError(f"{path}: expected only [[correction]] tables, found {', '.join(unknown) or 'correction'} "
                         "of another shape; see docs/corrections.md")
    out: list[Correction] = []
    for n, entry in enumerate(entries, 1):
        where = f"{path}, correction {n}"
        if not isinstance(entry, dict) or not isinstance(entry.get("action"), str):
            raise InputError(f"{where}: no action; give one of {', '.join(ACTIONS)}")
        fields = ACTIONS.get(entry["action"], ())
        extra = sorted(set(entry) - {"action", "note", "date", *fields})
        if extra:
            raise InputError(f"{where}: unknown field(s) {', '.join(extra)}; a {entry['action']} takes "
                             f"{', '.join(fields) or 'nothing'} (and note, date)")
        date = entry.get("date", "")
        if isinstance(date, dt.datetime):  # a TOML date-time: the day is what is kept
            date = date.date()
        try:
            out.append(check_correction(entry["action"], [str(entry.get(f, "")) for f in fields],
                                        str(entry.get("note", "")), str(date)))
        except InputError as exc:
            raise InputError(f"{where}: {exc}") from exc
    return tuple(out)


def _toml_string(text: str) -> str:
    """A TOML basic string: backslash, quote and control characters escaped."""
    def escape(m: re.Match) -> str:
        c = m.group()
        return {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r"}.get(c, f"\\u{ord(c):04X}")

    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise InputError(f"{text!r} is not valid text (it holds a lone surrogate); type it again") from exc
    return '"' + re.sub(r'[\\"\x00-\x1f\x7f]', escape, text) + '"'


def corrections_bytes(corrections: Iterable[Correction]) -> bytes:
    """The corrections as the bytes of a corrections file (read back by `read_corrections` as they were)."""
    parts = [_HEADER]
    for c in corrections:
        lines = ["", "[[correction]]", f"action = {_toml_string(c.action)}"]
        lines += [f"{name} = {_toml_string(value)}" for name, value in zip(ACTIONS[c.action], c.args)]
        if c.note:
            lines.append(f"note = {_toml_string(c.note)}")
        if c.date:
            lines.append(f"date = {c.date}")  # a TOML local date
        parts.append("\n".join(lines) + "\n")
    return "".join(parts).encode("utf-8")


def write_correction(path: Path | str, correction: Correction) -> bool:
    """Add ``correction`` to the file at ``path`` (made if missing; written atomically). The same action on
    the same names replaces the earlier one (a new note or date). True if it replaced one."""
    path = Path(path)
    existing = list(read_corrections(path)) if path.exists() else []
    replaced = any(c.id == correction.id for c in existing)
    kept = [correction if c.id == correction.id else c for c in existing]
    if not replaced:
        kept.append(correction)
    if not path.parent.is_dir():
        raise InputError(f"cannot write {path}: the folder {path.parent} does not exist")
    tmp = path.with_name(f".{path.name}.{os.getpid()}-{secrets.token_hex(4)}")
    try:
        tmp.write_bytes(corrections_bytes(kept))
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return replaced


# ---------------------------------------------------------------- finding what a correction names


@lru_cache(maxsize=1 << 16)  # every correction compares its names with every entity's names
def _key(text: str, etype: str) -> str:
    return name_key(text, person=etype == "Person")


def _find(name: str, entities: Iterable[tuple[str, str, str, Iterable[str]]], retired: dict[str, str]) -> str:
    """The id of the one entity ``name`` names, among (id, type, label, other names); _Stale if none or several."""
    entities = list(entities)
    ids = {e[0] for e in entities}
    wanted = name.strip().strip("/")
    seen = set()
    while wanted in retired and wanted not in ids and wanted not in seen:  # an id merged into another
        seen.add(wanted)
        wanted = retired[wanted]
    if wanted in ids:
        return wanted
    for level in (lambda e: (e[2],), lambda e: e[3]):
        found = sorted({e[0] for e in entities if any(_key(t, e[1]) == _key(name, e[1]) for t in level(e))})
        if len(found) == 1:
            return found[0]
        if found:
            raise _Stale(f"{name!r} names {len(found)} entities ({', '.join(found)}): give the id instead")
    raise _Stale(f"no entity is named {name!r} any more")


# ---------------------------------------------------------------- applied to the resolution


def correct_resolution(resolution: Resolution, extractions: Sequence[Extraction], corrections: Sequence[Correction],
                       registry: IdRegistry, prior: IdRegistry | None = None
                       ) -> tuple[Resolution, IdRegistry, list[Outcome], dict[str, str]]:
    """The entity corrections (merge, split, rename, type, drop-entity) applied in order to the stable
    ``resolution``: the corrected resolution, the registry (ids of split-off entities kept), what each
    did, and the ids merged away by a correction (old id -> survivor, for ``owl:sameAs``).

    ``registry`` is the one `identity.stabilise` returned for ``resolution``, ``prior`` the one it started from.
    """
    entities: dict[str, Entity] = {e.id: e for e in resolution.entities}
    entity_of = dict(resolution.entity_of)
    reg_entities, reg_retired = dict(registry.entities), dict(registry.retired)
    prior = prior or IdRegistry()
    merged: dict[str, str] = {}
    outcomes: list[Outcome] = []
    mentions = {ex.article.id: ex.mentions for ex in extractions}

    def find(name: str) -> str:
        return _find(name, ((e.id, e.type, e.label, [a.text for a in e.aliases]) for e in entities.values()),
                     {**reg_retired, **merged})

    for c in corrections:
        if c.action not in _ENTITY_ACTIONS:
            continue
        try:
            eid = find(c.args[0])
            e = entities[eid]
            if c.action == "merge":
                other = find(c.field("other"))
                if other != eid:
                    o = entities.pop(other)
                    entities[eid] = dataclasses.replace(
                        e,
                        aliases=tuple(sorted(set(e.aliases) | {dataclasses.replace(a, rule="correction:merge") for a in o.aliases},
                                             key=lambda a: (a.article, a.start, a.text))),
                        merges=tuple(sorted(set(e.merges) | {(a.text, "correction:merge") for a in o.aliases})),
                        same_as=tuple(sorted((set(e.same_as) | set(o.same_as)) - {eid, other})),
                    )
                    entity_of = {k: eid if v == other else v for k, v in entity_of.items()}
                    merged = {old: eid if new == other else new for old, new in merged.items()}
                    merged[other] = eid
                    for k, x in list(entities.items()):
                        if other in x.same_as:
                            entities[k] = dataclasses.replace(x, same_as=tuple(sorted({eid if s == other else s for s in x.same_as} - {k})))
                outcomes.append(Outcome(c, changed=(eid,)))
            elif c.action == "split":
                new = _split(e, c.field("alias"), entity_of, mentions, entities, reg_entities, reg_retired, prior)
                entities[eid] = new[0]
                entities[new[1].id] = new[1]
                entity_of = new[2]
                outcomes.append(Outcome(c, changed=tuple(sorted((eid, new[1].id)))))
            elif c.action == "rename":
                entities[eid] = dataclasses.replace(e, label=c.field("label"), label_rule="correction:rename")
                outcomes.append(Outcome(c, changed=(eid,)))
            elif c.action == "type":
                entities[eid] = dataclasses.replace(e, type=c.field("type"))
                if eid in reg_entities:
                    reg_entities[eid] = (c.field("type"), reg_entities[eid][1])
                outcomes.append(Outcome(c, changed=(eid,)))
            elif c.action == "drop-entity":
                del entities[eid]
                entity_of = {k: v for k, v in entity_of.items() if v != eid}
                for k, x in list(entities.items()):
                    if eid in x.same_as:
                        entities[k] = dataclasses.replace(x, same_as=tuple(s for s in x.same_as if s != eid))
                outcomes.append(Outcome(c, changed=(eid,)))
        except _Stale as exc:
            outcomes.append(Outcome(c, stale=str(exc)))
    corrected = Resolution(entities=tuple(entities[k] for k in sorted(entities)), entity_of=entity_of)
    after = IdRegistry(entities=dict(sorted(reg_entities.items())), retired=dict(sorted(reg_retired.items())))
    return corrected, after, outcomes, {old: new for old, new in sorted(merged.items()) if new in entities}


def _split(e: Entity, alias: str, entity_of: dict, mentions: dict, entities: dict, reg_entities: dict,
           reg_retired: dict, prior: IdRegistry) -> tuple[Entity, Entity, dict]:
    """``e`` without the mentions named ``alias`` (and those that follow them), the entity they make, and entity_of."""
    key = _key(alias, e.type)
    moved: set[tuple[str, int]] = set()
    for (aid, i), owner in entity_of.items():
        if owner != e.id or aid not in mentions:
            continue
        # the mention, or one it refers back to, is named ``alias`` ("Okafor" follows "Jane Okafor")
        ms, j, seen = mentions[aid], i, set()
        while j is not None and j not in seen:
            seen.add(j)
            if ms[j].kind == "name" and _key(re.sub(r"(['’]s|['’])$", "", ms[j].text).strip(), e.type) == key:
                moved.add((aid, i))
                break
            j = ms[j].antecedent
    places = {(aid, mentions[aid][i].start) for aid, i in moved}
    going = [a for a in e.aliases if (a.article, a.start) in places]
    staying = [a for a in e.aliases if (a.article, a.start) not in places]
    if not going:
        raise _Stale(f"{alias!r} is not a name of {e.label!r} ({e.id}) any more")
    if not staying:
        raise _Stale(f"{alias!r} is the only name of {e.label!r} ({e.id}): rename it instead")
    names = Counter(a.text for a in going if _key(a.text, e.type) == key) or Counter(a.text for a in going)
    label = min(names, key=lambda t: (-names[t], -len(t), t))
    keys = frozenset(k for k in (_key(a.text, e.type) for a in going) if k)
    # the id an earlier build gave this split-off entity, else a new one no registry holds
    used = set(entities) | {i for i in reg_entities if i not in prior.entities}
    earlier = sorted(i for i, (t, known) in prior.entities.items() if t == e.type and known and known <= keys and i not in used)
    if earlier:
        sid = earlier[0]
    else:
        base = f"entity/{e.type.lower()}/{slugify(label) or 'entity'}"
        sid, n = base, 2
        while sid in entities or sid in reg_entities or sid in reg_retired or sid in prior.entities or sid in prior.retired:
            sid, n = f"{base}-{n}", n + 1
    reg_retired.pop(sid, None)  # stabilise may have taken it for retired into the entity it was split from
    reg_entities[sid] = (e.type, keys)
    split = Entity(id=sid, type=e.type, label=label, label_rule="correction:split",
                   aliases=tuple(dataclasses.replace(a, rule="correction:split") for a in going),
                   merges=tuple(sorted({(a.text, "correction:split") for a in going})))
    left = Counter(a.text for a in staying)
    rest = dataclasses.replace(
        e,
        aliases=tuple(staying),
        merges=tuple(m for m in e.merges if _key(m[0], e.type) != key),
        **({} if _key(e.label, e.type) != key else
           {"label": min(left, key=lambda t: (-left[t], -len(t), t)), "label_rule": "correction:split"}),
    )
    return rest, split, {k: sid if k in moved else v for k, v in entity_of.items()}


# ---------------------------------------------------------------- applied to the graph


def _entities(g: nx.MultiDiGraph):
    for node, d in g.nodes(data=True):
        if d.get("kind") == "entity":
            yield node, d.get("type", ""), d.get("label", ""), [a.get("text", "") for a in d.get("aliases") or ()]


def _quotation(g: nx.MultiDiGraph, words: str) -> str:
    if g.nodes.get(words, {}).get("kind") == "quotation":
        return words
    folded = " ".join(words.split()).casefold()
    found = sorted(n for n, d in g.nodes(data=True)
                   if d.get("kind") == "quotation" and folded in " ".join(str(d.get("text", "")).split()).casefold())
    if not found:
        raise _Stale(f"no quotation contains {words!r} any more")
    if len(found) > 1:
        raise _Stale(f"{len(found)} quotations contain {words!r} ({', '.join(found)}): give more of its words or its id")
    return found[0]


def correct_graph(g: nx.MultiDiGraph, corrections: Sequence[Correction]) -> list[Outcome]:
    """The edge and speaker corrections applied in order to ``g`` (changed in place); what each did."""
    retired = dict(g.graph.get("retired") or {})
    outcomes = []
    for c in corrections:
        if c.action in _ENTITY_ACTIONS:
            continue
        try:
            if c.action in ("drop-edge", "add-edge"):
                s = _find(c.field("subject"), _entities(g), retired)
                o = _find(c.field("object"), _entities(g), retired)
                pred = c.field("predicate")
                if s == o:
                    raise _Stale(f"{c.field('subject')!r} and {c.field('object')!r} name the same entity ({s})")
                if c.action == "drop-edge":
                    if not g.has_edge(s, o, key=pred):
                        raise _Stale(f"there is no {pred} edge from {s} to {o} any more")
                    g.remove_edge(s, o, key=pred)
                    outcomes.append(Outcome(c, changed=(s,)))
                else:
                    if not g.has_edge(s, o, key=pred):
                        g.add_edge(s, o, **edge_attributes(pred, roles=[], evidence=[]))
                    outcomes.append(Outcome(c, edges=((s, pred, o),)))
            else:
                q = _quotation(g, c.field("quotation"))
                old = g.nodes[q].get("speaker")
                if c.action == "drop-speaker" and old is None:
                    raise _Stale(f"the quotation {q} has no speaker")
                speaker = _find(c.field("speaker"), _entities(g), retired) if c.action == "add-speaker" else None
                if old is not None and g.has_edge(q, old, key="spokenBy"):
                    g.remove_edge(q, old, key="spokenBy")
                g.nodes[q]["speaker"] = speaker
                if speaker is not None:
                    g.add_edge(q, speaker, **edge_attributes("spokenBy"))
                outcomes.append(Outcome(c, changed=(q,)))
        except _Stale as exc:
            outcomes.append(Outcome(c, stale=str(exc)))
    return outcomes


def record(outcome: Outcome) -> dict:
    """An applied correction as the graph carries it (``g.graph["corrections"]``; the contract's correction record)."""
    c = outcome.correction
    return {"id": c.id, "label": c.command, "action": c.action, "note": c.note, "date": c.date,
            "changed": sorted(set(outcome.changed)), "edges": [list(e) for e in sorted(set(outcome.edges))]}
