"""Resolve stage: Extractions -> Resolution (one entity per real-world thing across all articles).

Mentions are joined by explainable rules, each recorded on the entity as (surface form, rule):
- ``same-name``: the same normalised name (honorifics, titles, "the", possessives removed);
- ``surname-in-article``: "Doe" / "Ms Doe" joins the full name used in the same article;
- ``surname-in-corpus``: a surname with no full name in its article joins the one full name
  in the corpus that ends with it;
- ``nickname-prefix``: a short form that begins a surname of the same article ("Kowal" for Kowalski);
- ``acronym-in-brackets``: "National Crime Agency (NCA)";
- ``acronym-initials``: an acronym whose letters are the initials of exactly one name in the corpus;
- ``country-prefix``: "US National Center ..." = "National Center ...";
- ``renamed-company``: a widely known former name or short form (Facebook -> Meta);
- ``police-synonym``: "<Place> Police" = "<Place> Constabulary";
- ``product-feature``: "Instagram Direct" belongs to "Instagram";
- ``antecedent``: descriptions and pronouns follow the mention they refer back to.
Blocking is by key, so the cost grows with the number of distinct names, not their pairs.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Sequence

from .text.names import (
    FIRST_NAME_HONORIFICS,
    KNOWN_PRODUCTS,
    RENAMED,
    acronym_candidates,
    acronym_letters,
    is_acronym,
    name_key,
    slugify,
    strip_titles,
)
from .model import ENTITY_TYPES, Alias, Entity, Extraction, Mention, Resolution

__all__ = ["resolve"]

_TYPE_ORDER = {t: i for i, t in enumerate(("Organization", "Person", "Product", "Legislation", "Event", "Place"))}


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}
        self.rule: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a: str, b: str, rule: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        # keep the lexicographically smaller root: the result does not depend on input order
        if rb < ra:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.rule.setdefault(b, rule)
        self.rule.setdefault(a, rule)


def _display(m: Mention) -> str:
    """A mention's text as a label: no leading article or possessive, persons without titles."""
    text = re.sub(r"^(the|The|THE)\s+", "", m.text.strip())
    text = re.sub(r"(['’]s|['’])$", "", text).strip()
    if m.type == "Person":
        words = strip_titles(text.split())
        text = " ".join(words)
    folded = name_key(text)
    if folded != m.key and folded.endswith("s") and folded[:-1] == m.key:
        text = text[:-1]  # "the Microsofts" -> Microsoft
    return text


def resolve(extractions: Sequence[Extraction]) -> Resolution:
    """Join the mentions of all articles into entities (a pure function of the extractions)."""
    uf = _UnionFind()
    # 1. which mention names the entity (descriptions and pronouns follow their antecedent)
    root_of: dict[tuple[str, int], int] = {}
    for ex in extractions:
        aid = ex.article.id
        for i in range(len(ex.mentions)):
            j, seen = i, set()
            while ex.mentions[j].antecedent is not None and j not in seen:
                seen.add(j)
                j = ex.mentions[j].antecedent
            if ex.mentions[j].kind in ("name", "group"):
                root_of[(aid, i)] = j

    # 2. per-article keys: surnames and nicknames join full names, acronyms their expansions
    key_of: dict[tuple[str, int], str] = {}
    type_votes: dict[str, Counter] = defaultdict(Counter)
    for ex in extractions:
        aid = ex.article.id
        names = [(i, m) for i, m in enumerate(ex.mentions) if m.kind in ("name", "group")]
        full_persons = {m.key for _, m in names if m.type == "Person" and len(m.key.split()) >= 2}
        persons = {m.key for _, m in names if m.type == "Person"}
        by_last: dict[str, set[str]] = defaultdict(set)
        for k in full_persons:
            by_last[k.split()[-1]].add(k)
        orgs_multi = sorted({m.key for _, m in names if m.kind == "name" and m.type == "Organization" and len(m.key.split()) >= 2})
        for i, m in names:
            key = m.key
            first_word = m.text.split()[0].lower().rstrip(".") if m.text.split() else ""
            if m.kind == "group":
                key = f"group:{m.key}"
            elif m.acronym_of is not None:
                exp = ex.mentions[m.acronym_of]
                uf.union(key, exp.key, "acronym-in-brackets")
            elif m.type == "Organization" and len(key.split()) == 1 and not is_acronym(m.text):
                # "Carver" after "Carver Mutual Financial Corp.", "the Met" after "Metropolitan Police"
                same_first = [k for k in orgs_multi if k.split()[0] == key]
                prefix = [k for k in orgs_multi if len(key) >= 3 and k.split()[0].startswith(key) and k.split()[0] != key]
                if len(same_first) == 1:
                    uf.union(key + "@" + aid, same_first[0], "short-name-in-article")
                    key = key + "@" + aid
                elif not same_first and len(prefix) == 1:
                    uf.union(key + "@" + aid, prefix[0], "nickname-prefix")
                    key = key + "@" + aid
            elif m.type == "Person" and len(key.split()) == 1 and first_word in FIRST_NAME_HONORIFICS:
                # "Sir Graham" is Sir Graham Oakes
                firsts = sorted({k for k in full_persons if k.split()[0] == key})
                if len(firsts) == 1:
                    uf.union(key + "@" + aid, firsts[0], "first-name-with-honorific")
                    key = key + "@" + aid
            elif m.type == "Person" and len(key.split()) == 1:
                if len(by_last.get(key, ())) == 1:
                    full = next(iter(by_last[key]))
                    uf.union(key + "@" + aid, full, "surname-in-article")
                    key = key + "@" + aid
                else:
                    pref = sorted({k for k in persons if len(key) >= 4 and k.split()[-1].startswith(key) and k.split()[-1] != key})
                    if len(pref) == 1:
                        uf.union(key + "@" + aid, pref[0], "nickname-prefix")
                        key = key + "@" + aid
            key_of[(aid, i)] = key
            uf.find(key)
            if m.kind == "name":
                type_votes[key][m.type] += 1

    # 3. corpus-level rules, blocked by key
    keys = sorted({k for k in key_of.values()})
    roots_types: dict[str, Counter] = defaultdict(Counter)
    for k in keys:
        roots_types[k].update(type_votes.get(k, Counter()))
    persons_full = sorted(k for k in keys if roots_types[k].get("Person") and len(k.split()) >= 2 and "@" not in k)
    last_index: dict[str, list[str]] = defaultdict(list)
    for k in persons_full:
        last_index[k.split()[-1]].append(k)
    places = {k for k in keys if roots_types[k].get("Place")}
    for k in keys:
        base = k.split("@")[0]
        if "@" in k:
            continue
        if roots_types[k].get("Person") and len(base.split()) == 1:
            if len(last_index.get(base, [])) == 1:
                uf.union(k, last_index[base][0], "surname-in-corpus")
    key_set = set(keys)
    org_multi_first: dict[str, list[str]] = defaultdict(list)
    for k in keys:
        if "@" not in k and roots_types[k].get("Organization") and len(k.split()) >= 2:
            org_multi_first[k.split()[0]].append(k)
    for k in keys:
        if "@" in k or len(k.split()) != 1 or not roots_types[k].get("Organization") or is_acronym(k.upper()) and len(k) <= 5:
            continue
        if len(org_multi_first.get(k, [])) == 1:
            uf.union(k, org_multi_first[k][0], "short-name-in-corpus")
    # acronyms: initials of exactly one multi-word name in the corpus, blocked by initials
    by_initials: dict[str, list[str]] = defaultdict(list)
    for m in keys:
        if len(m.split()) >= 2 and "@" not in m and not m.startswith("group:"):
            for letters in acronym_candidates(m):
                by_initials[letters].append(m)
    for k in keys:
        if "@" in k or k.startswith("group:") or len(k.split()) != 1 or len(k) > 7:
            continue
        if not (is_acronym(k.upper()) and not roots_types[k].get("Place")):
            continue
        letters = acronym_letters(k)
        if len(letters) < 2:
            continue
        hits = sorted({uf.find(m) for m in by_initials.get(letters, ()) if not roots_types[m].get("Person")})
        if len(hits) == 1:
            uf.union(k, hits[0], "acronym-initials")
    for k in keys:
        words = k.split()
        if len(words) >= 3 and words[0] in places and " ".join(words[1:]) in key_set:
            uf.union(k, " ".join(words[1:]), "country-prefix")
        if len(words) >= 3 and words[0] in places:
            # "US National Center ..." joins "National Center ..." even when only the long form occurs
            uf.union(k, " ".join(words[1:]), "country-prefix")
        if k in RENAMED:
            uf.union(k, RENAMED[k], "renamed-company")
        if len(words) == 2 and words[1] in ("police", "constabulary"):
            other = words[0] + (" constabulary" if words[1] == "police" else " police")
            if other in key_set:
                uf.union(k, other, "police-synonym")
        if len(words) >= 2 and roots_types[k].get("Product") and (words[0] in key_set or words[0] in KNOWN_PRODUCTS):
            if roots_types.get(words[0], Counter()).get("Product") or words[0] in KNOWN_PRODUCTS:
                uf.union(k, words[0], "product-feature")

    # 4. entities
    members: dict[str, list[tuple[Extraction, int, Mention]]] = defaultdict(list)
    for ex in extractions:
        aid = ex.article.id
        for i, m in enumerate(ex.mentions):
            r = root_of.get((aid, i))
            if r is None:
                continue
            k = key_of.get((aid, r))
            if k is None:
                continue
            members[uf.find(k)].append((ex, i, m))

    entities: list[Entity] = []
    entity_of: dict[tuple[str, int], str] = {}
    used_ids: set[str] = set()
    for root in sorted(members):
        group = members[root]
        names = [m for _, _, m in group if m.kind in ("name", "group")]
        if not names:
            continue
        votes = Counter(m.type for m in names if m.kind == "name")
        if not votes:
            votes = Counter(m.type for m in names)
        etype = min(votes, key=lambda t: (-votes[t], _TYPE_ORDER.get(t, 9)))
        if etype not in ENTITY_TYPES:
            continue
        label = _choose_label(names, etype, root)
        base_id = f"entity/{etype.lower()}/{slugify(label)}"
        eid, n = base_id, 2
        while eid in used_ids:
            eid, n = f"{base_id}-{n}", n + 1
        used_ids.add(eid)
        aliases, merges = [], set()
        for ex, i, m in group:
            entity_of[(ex.article.id, i)] = eid
            if m.kind == "name" or m.kind == "group" or (m.kind == "description" and m.rule == "role-title"):
                text = re.sub(r"(['’]s|['’])$", "", m.text).strip()
                aliases.append(Alias(text=text, article=ex.article.id, start=m.start, end=m.start + len(text)))
                k = key_of.get((ex.article.id, i), m.key)
                merges.add((text, uf.rule.get(k, "same-name") if k != root else "same-name"))
            else:
                merges.add((m.text, f"antecedent:{m.rule}"))
        entities.append(Entity(id=eid, type=etype, label=label, aliases=tuple(sorted(set(aliases), key=lambda a: (a.article, a.start, a.text))), merges=tuple(sorted(merges))))
    return Resolution(entities=tuple(entities), entity_of=entity_of)


def _choose_label(names: list[Mention], etype: str, root: str) -> str:
    if root.startswith("group:"):
        return root.split(":", 1)[1]
    forms = Counter(_display(m) for m in names if m.kind == "name")
    if not forms:
        forms = Counter(_display(m) for m in names)
    if root in RENAMED.values():
        for form in forms:
            if name_key(form) == root:
                return form

    def score(form: str):
        words = form.split()
        acr = len(words) == 1 and is_acronym(form)
        full_person = etype == "Person" and len(words) >= 2
        is_root = name_key(form) == root
        return (not full_person, acr, form.startswith("@"), not is_root, -forms[form], -len(form), form)

    return min(forms, key=score)
