"""Resolve stage: Extractions -> Resolution (one entity per real-world thing across all articles).

Mentions are joined by explainable rules, each recorded on the entity as (surface form, rule):
- ``same-name``: the same normalised name (honorifics, titles, "the", possessives removed),
  whatever type each mention was given (the entity's type is a vote over its mentions);
- inside one article, short forms follow the full name they abbreviate (found by
  ``extract.mentions``): ``surname-in-article`` ("Doe", "Ms Doe"), ``first-name-in-article``
  ("Sir Graham", or "Graham" with one Graham in the article), ``short-name-in-article``
  ("Kirkton" for Kirkton Athletic), ``nickname-prefix`` ("Brenn" for Brennigan);
- ``misspelt-given-name``: "Mathew Brennigan" = "Matthew Brennigan" (a letter more or less inside the given name);
- ``misspelt-surname``: "Mr Brenigan" = "Tomas Brennigan" of the same article (a surname alone no full name of its
  article ends with, one letter more, less or swapped after the first from the surname of the one full name that is);
- ``short-given-name``: "Steve Gerrard" = "Steven Gerrard" (a given name and the short form it opens with);
- ``middle-name``: "Harold Mercer" = "Harold J. Mercer" (the one longer name with the same given name and surname);
- ``initial-name``: "M Cotter" = "Martin Cotter" (the one full name with that initial and surname);
- ``surname-in-corpus``: a surname with no full name in its article joins the one full name
  in the corpus that ends with it;
- ``spacing-variant``: "KD Shipping" = "KDShipping", "Tarn-Co" = "TarnCo";
- ``abbreviated-name``: "Kirk Ath" = "Kirkton Athletic" (each word whole or cut short);
- ``acronym-in-brackets``: "National Crime Agency (NCA)";
- ``acronym-initials``: an acronym whose letters are the initials of exactly one name in the corpus;
- ``country-prefix``: "US National Center ..." = "National Center ...", "US Seaguard" = "Seaguard";
- ``plural-product``: "iPhones" = "iPhone";
- ``legal-form``: "Kestrel Telekom AG" = "Kestrel Telekom", "Brightline US Inc." = "Brightline";
- ``designator-first``: "Ministry of Fisheries" = "Fisheries Ministry";
- ``renamed-company``: a widely known former name or short form (Facebook -> Meta);
- ``other-name``: "Oscars" = "Academy Awards" (graph/text/data/aliases.txt), when the corpus names both;
- ``metonym``: a building news uses for the institution inside it ("the Pentagon", "Holyrood"),
  joined to the institution when the corpus names it (graph/text/data/aliases.txt);
- ``police-synonym``: "<Place> Police" = "<Place> Constabulary";
- ``police-in-article``: a bare "the police" of an article that names one police force is that force;
- ``product-feature``: "Instagram Direct" belongs to "Instagram";
- ``antecedent``: descriptions and pronouns follow the mention they refer back to.
Blocking is by key, so the cost grows with the number of distinct names, not their pairs.
"""

from __future__ import annotations

import os
import re
from collections import Counter, defaultdict
from typing import Sequence

from ..text.names import (
    COUNTRIES,
    FIRST_NAMES,
    NAME_PARTICLES,
    ALIAS_KINDS,
    ALIASES,
    KNOWN_COMPANIES,
    KNOWN_PRODUCTS,
    RENAMED,
    acronym_candidates,
    capital_initials,
    acronym_letters,
    is_abbreviation,
    is_acronym,
    is_short_name,
    whole_acronyms,
    name_key,
    slugify,
    strip_titles,
)
from .extract.lexicon import COUNTRY_FORMS, HOME_NATIONS, NATION_ADJECTIVES, ORG_DESIGNATORS, POLITY_HEADS, words as word_list
from ..unionfind import UnionFind
from ..model import ENTITY_TYPES, Alias, Entity, Extraction, Mention, Resolution

__all__ = ["resolve", "JOIN_RULES", "LABEL_RULES"]

_CURRENT_NAMES = frozenset(RENAMED.values())
#: Words of company law that end a company's name ("AG", "Inc", "plc"): the name without them is the same company.
_LEGAL_FORMS = word_list("legal_forms")
#: Articles an acronym is used in, past which it stands for a name of the corpus only where one of them spells it out.
_WIDELY_USED = 3
#: Countries news writes by their initials before a body's name ("US Seaguard", "UK Parliament").
_COUNTRY_CODES = frozenset({"us", "u.s.", "usa", "uk", "u.k."})
#: Countries' short forms that also name a continent.
_CONTINENT_NAMES = frozenset({"america"})
#: Words that open a state's formal name before "of" ("Republic of Ireland", "Kingdom of Tonga").
#: A compass point written as its initial in a place's name ("S Korea" for South Korea, "N Ireland" for Northern Ireland).
_COMPASS_INITIALS = {"n": ("north", "northern"), "s": ("south", "southern"), "e": ("east", "eastern"), "w": ("west", "western")}


#: Countries of one word, by their names and short forms, in a fixed order (for _adjective_country).
_ONE_WORD_COUNTRIES = tuple(sorted(c for c in COUNTRIES | set(COUNTRY_FORMS) if " " not in c))


def _adjective_country(adj: str) -> str | None:
    """The country a nation's adjective is made from, in the form its government is keyed by: the
    country whose name the adjective begins with, all but its last few letters ("Russian" Russia,
    "Chinese" China, "British" Britain -> "uk"), the longest such ("Nigerian" Nigeria, not Niger)."""
    best, size = None, 0
    for c in _ONE_WORD_COUNTRIES:
        n = len(os.path.commonprefix([adj, c]))
        if n >= 4 and n >= len(c) - 3 and n > size:
            best, size = COUNTRY_FORMS.get(c) or c, n
    return best


_TYPE_ORDER = {t: i for i, t in enumerate(("Organization", "Person", "Product", "Legislation", "Event", "Place"))}


def _compass_expansions(words: list[str]) -> list[str]:
    """The names a compass initial opening a place's name stands for: ["s", "korea"] -> "south korea",
    "southern korea"; none when the first word is no such initial."""
    return [" ".join([w, *words[1:]]) for w in _COMPASS_INITIALS.get(words[0], ())] if words else []


def _other_country(short: str, full: str) -> bool:
    """Does a word the short name seems to cut short name a country of its own ("india government"
    is no short form of "indonesia government", nor "niger" of "nigeria")?"""
    return any(s != f and (s in COUNTRIES or s in COUNTRY_FORMS) for s, f in zip(short.split(), full.split()))


class _UnionFind(UnionFind[str]):
    """`unionfind.UnionFind` (the root is the smallest key: the result does not depend on input order)
    that also records, for each key, the rule that first joined it to another."""

    def __init__(self) -> None:
        super().__init__()
        self.rule: dict[str, str] = {}

    def union(self, a: str, b: str, rule: str) -> None:  # type: ignore[override]
        if super().union(a, b):
            self.rule.setdefault(b, rule)
            self.rule.setdefault(a, rule)


def _mostly(votes: Counter | None, etype: str) -> bool:
    """Did more than half of a name's mentions give it ``etype``?"""
    return bool(votes) and votes.get(etype, 0) * 2 > sum(votes.values())


def _one_edit_after_first(a: str, b: str) -> bool:
    """Are two surnames of five letters or more the same but for one typing slip after the first
    letter: one letter more or less ("Mukerjee" / "Mukherjee", "Abbot" / "Abbott") or two neighbours
    swapped ("Kudja" / "Kujda")? (Damerau's (1964) single errors, less the substituted letter that
    tells "Rowe" from "Rose".)"""
    if len(a) > len(b):
        a, b = b, a
    if len(a) < 5 or a[0] != b[0] or a == b:
        return False
    if len(b) == len(a) + 1:
        # (not an "s" more at the end: a plural or a family's name, "Sainsburys" beside David Sainsbury)
        return b != a + "s" and any(b[:i] + b[i + 1:] == a for i in range(1, len(b)))
    if len(b) == len(a):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    return False


def _one_letter_inside(a: str, b: str) -> bool:
    """Is one of two given names the other with one letter more inside it, neither first nor last
    ("mathew" / "matthew", "philip" / "phillip"; not "louis" / "louise" or "maria" / "mario")?"""
    if len(a) > len(b):
        a, b = b, a
    if len(b) != len(a) + 1 or len(a) < 4:
        return False
    return any(b[:i] + b[i + 1:] == a for i in range(1, len(b) - 1))


#: Rules of government mentions labelled by their key: a bare "the government" read as a country's
#: ("uk government") and a government implied by a post in it (mentions._imply_government).
_KEY_LABELLED = ("country-government", "implied-government")


def _bare_police(m: Mention) -> bool:
    """Is a mention the generic "the police" / "Police", with no word that says whose or where?"""
    return m.kind == "group" and m.key == "police" and re.sub(r"^the\s+", "", m.text.strip().lower()) == "police"


def _police_force(mentions: Sequence[Mention], headline: tuple[int, int]) -> int | None:
    """The first mention of the one police force an article names ("Strathclyde Police", "Kent
    Constabulary"), or None when it names none or several: a bare "the police" of that article is
    that force, as a bare "the government" is its country's (a definite description refers to the one
    thing of its kind the text has made salient, Poesio and Vieira 1998). Only where the body says
    "the police" too: a headline read alone speaks of the police at large ("helping police solve
    crime") until the body's own "the police" shows which it meant."""
    forces: dict[str, int] = {}
    in_body = False
    for i, m in enumerate(mentions):
        words = m.key.split()
        if m.kind == "name" and m.antecedent is None and len(words) >= 2 and words[-1] in ("police", "constabulary"):
            forces.setdefault(m.key, i)
        elif _bare_police(m) and not headline[0] <= m.start < headline[1]:
            in_body = True
    return next(iter(forces.values())) if len(forces) == 1 and in_body else None


def _display(m: Mention) -> str:
    """A mention's text as a label: no leading article or possessive, persons without titles."""
    if m.rule in _KEY_LABELLED:
        # a bare "the government" read as a country's ("uk government"): labelled by that country,
        # not by the word "government" every country's shares
        country = m.key.rsplit(" ", 1)[0]
        return f"{country.upper() if country in _COUNTRY_CODES else country.title()} government"
    text = re.sub(r"^(the|The|THE)\s+", "", m.text.strip())
    text = re.sub(r"(['’]s|['’])$", "", text).strip()
    if m.type == "Person":
        words = strip_titles(text.split())
        kw = len(m.key.split())
        if 0 < kw < len(words) and name_key(" ".join(words[-kw:]), person=True) == m.key:
            words = words[-kw:]  # "Secretary of State for Trade Jane Roe": the holder's name, as the key has it
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
    in_article: dict[tuple[str, int], str] = {}  # mentions this stage joins inside their article -> the rule
    for ex in extractions:
        aid = ex.article.id
        force = _police_force(ex.mentions, ex.article.headline_span)
        for i in range(len(ex.mentions)):
            j, seen = i, set()
            while ex.mentions[j].antecedent is not None and j not in seen:
                seen.add(j)
                j = ex.mentions[j].antecedent
            if force is not None and _bare_police(ex.mentions[j]):
                if i == j:
                    in_article[(aid, i)] = "police-in-article"
                j = force
            if ex.mentions[j].kind in ("name", "group", "unnamed"):
                root_of[(aid, i)] = j

    # 2. keys (short forms joined to a full name inside their article are resolved by
    # extract.mentions and follow their antecedent; see there for those rules)
    key_of: dict[tuple[str, int], str] = {}
    owner_written: set[str] = set()
    type_votes: dict[str, Counter] = defaultdict(Counter)
    written: dict[str, set[str]] = defaultdict(set)  # each key's names as the text writes them
    for ex in extractions:
        aid = ex.article.id
        for i, m in enumerate(ex.mentions):
            if m.kind not in ("name", "group", "unnamed") or m.antecedent is not None or (aid, i) in in_article:
                continue
            key = m.key
            if m.kind == "group":
                key = f"group:{m.key}"
            elif m.kind == "unnamed":
                key = f"unnamed:{aid}:{m.key}"  # someone not named is someone of this article only
            elif m.acronym_of is not None:
                exp = ex.mentions[m.acronym_of]
                uf.union(key, exp.key, "acronym-in-brackets")
            key_of[(aid, i)] = key
            uf.find(key)
            first = re.sub(r"^(the|The|THE)\s+", "", m.text.strip()).split()
            if m.kind == "name" and len(first) >= 3 and is_acronym(first[0]):
                owner_written.add(key)  # "BBC Radio 1": a name opened by a body's initials
            if m.kind == "name":
                type_votes[key][m.type] += 1
                written[key].add(m.text)

    # 3. corpus-level rules, blocked by key
    keys = sorted({k for k in key_of.values() if not k.startswith("unnamed:")})
    articles_of: dict[str, set[str]] = defaultdict(set)
    for (aid, _), k in key_of.items():
        articles_of[k].add(aid)
    roots_types: dict[str, Counter] = defaultdict(Counter)
    for k in keys:
        roots_types[k].update(type_votes.get(k, Counter()))
    named_times: Counter = Counter(key_of.get((aid, r)) for (aid, _), r in root_of.items())  # mentions naming each key
    persons_full = sorted(k for k in keys if roots_types[k].get("Person") and len(k.split()) >= 2 and "@" not in k)
    last_index: dict[str, list[str]] = defaultdict(list)
    for k in persons_full:
        last_index[k.split()[-1]].append(k)
    places = {k for k in keys if roots_types[k].get("Place")}
    # "Mathew Brennigan" and "Matthew Brennigan": one surname, given names one letter apart inside the word
    for same_last in last_index.values():
        for x, a in enumerate(same_last):
            for b in same_last[x + 1:]:
                wa, wb = a.split(), b.split()
                if len(wa) == len(wb) and wa[1:] == wb[1:] and _one_letter_inside(wa[0], wb[0]):
                    uf.union(a, b, "misspelt-given-name")
    # "Mr Mukerjee" after "Pranab Mukherjee": a surname alone (a person's, or a body's of one article), that no full name of its
    # articles ends with, is a slip for the surname of the one full name of those articles one letter off it
    persons_in: dict[str, set[str]] = defaultdict(set)
    for k in persons_full:
        for aid in articles_of[k]:
            persons_in[aid].add(k)
    for k in keys:
        if "@" in k or len(k.split()) != 1 or k in COUNTRIES or k in COUNTRY_FORMS or k in KNOWN_COMPANIES or k in KNOWN_PRODUCTS:
            continue
        if not (_mostly(roots_types[k], "Person") or _mostly(roots_types[k], "Organization") and len(articles_of[k]) == 1):
            continue  # (a misspelt name the tagger did not know is often typed a body: "Rodick's service")
        fulls = set().union(*(persons_in[aid] for aid in articles_of[k]))
        if any(f.split()[-1] == k for f in fulls):
            continue
        hits = {uf.find(f) for f in fulls if _one_edit_after_first(k, f.split()[-1])}
        # (in every article of the surname: a slip is the same slip wherever the name is written)
        if len(hits) == 1 and all(any(_one_edit_after_first(k, f.split()[-1]) for f in persons_in[aid]) for aid in articles_of[k]):
            uf.union(k, next(iter(hits)), "misspelt-surname")
    # "Harold Mercer" and "Harold J. Mercer": the same given name and surname, one with middle names
    for same_last in last_index.values():
        for short in same_last:
            ws = short.split()
            if len(ws) != 2:
                continue
            longer = {uf.find(f) for f in same_last if len(f.split()) > 2 and f.split()[0] == ws[0]}
            if len(longer) == 1:
                uf.union(short, next(iter(longer)), "middle-name")
            if len(ws[0].rstrip(".")) == 1:
                # "M Cotter" in a team list: the one full name with that surname and initial
                full = {uf.find(f) for f in same_last if len(f.split()[0]) > 2 and f.split()[0][0] == ws[0][0]}
                if len(full) == 1:
                    uf.union(short, next(iter(full)), "initial-name")
    # "Mr Lula da Silva" in one article, "Luiz Inacio Lula da Silva" in another: a name that holds a
    # particle inside its surname ("da", "van der") is the end of the one longer name that ends so
    by_particle_tail: dict[str, set[str]] = defaultdict(set)
    for k in persons_full:
        w = k.split()
        for n in range(1, len(w) - 2):
            if any(x in NAME_PARTICLES for x in w[n + 1 : -1]):
                by_particle_tail[" ".join(w[n:])].add(k)
    for k in persons_full:
        longer = {uf.find(f) for f in by_particle_tail.get(k, ())}
        if len(longer) == 1:
            uf.union(k, next(iter(longer)), "particle-surname")
    # the persons and bodies each article names (not places, nor a government every article may name):
    # the context two articles must share before one word joins names across them
    context_of: dict[str, set[str]] = defaultdict(set)
    for k in keys:
        if "@" not in k and not k.startswith("group:") and k.split()[-1] not in ("government", "administration") and not _mostly(roots_types[k], "Place"):
            for aid in articles_of[k]:
                context_of[aid].add(k)

    def shared_context(short: str, *fulls: str) -> bool:
        """Do an article naming ``short`` and one naming ``full`` name a third person or body in
        common? One shared word is weak evidence across articles ("Brown" a footballer, Gordon Brown;
        "Fox" a broadcaster, Liam Fox): the topic the articles share is the second (as Bagga and
        Baldwin (1998) compare the contexts of two documents' names before joining them)."""
        arts = set().union(*(articles_of[f] for f in fulls))
        own = {short, *fulls}
        theirs = set().union(*(context_of[a] for a in arts)) - own
        return any(context_of[a] - own & theirs for a in articles_of[short]) or bool(articles_of[short] & arts)

    # "Steve Gerrard" and "Steven Gerrard": one surname after a given name and its short form (the one
    # the other opens with, four letters or more, of the same sex), named where the articles share a topic
    for same_last in last_index.values():
        for x, a in enumerate(same_last):
            for b in same_last[x + 1:]:
                wa, wb = a.split(), b.split()
                if len(wa) != 2 or len(wb) != 2 or wa[1] != wb[1] or uf.find(a) == uf.find(b):
                    continue
                short, full = sorted((wa[0], wb[0]), key=len)
                if (len(short) >= 4 and short != full and full.startswith(short) and len(full) - len(short) <= 3
                        and FIRST_NAMES.get(short, "-") in (FIRST_NAMES.get(full, "-"), "-") and shared_context(a, b)):
                    uf.union(a, b, "short-given-name")
    for k in keys:
        base = k.split("@")[0]
        if "@" in k:
            continue
        if roots_types[k].get("Person") and len(base.split()) == 1:
            if len({uf.find(full) for full in last_index.get(base, [])}) == 1 and shared_context(k, *last_index[base]) and not (
                    k in COUNTRIES or k in COUNTRY_FORMS or k in HOME_NATIONS):  # (a nation's name alone is the nation's)
                uf.union(k, last_index[base][0], "surname-in-corpus")
        elif len(base.split()) == 1 and len({uf.find(full) for full in last_index.get(base, [])}) == 1 and not (
                k in KNOWN_COMPANIES or k in KNOWN_PRODUCTS or k in COUNTRIES or _mostly(roots_types[k], "Place")):
            # "Brimley" the tagger called a body in one article, Tomas Brimley in another: the surname
            # of the one person, when the person is named more often than the word alone (not "Fordham")
            full = last_index[base][0]
            if _mostly(roots_types[full], "Person") and named_times[k] <= named_times[full] and shared_context(k, *last_index[base]):
                uf.union(k, full, "surname-in-corpus")
    key_set = set(keys)
    org_multi_first: dict[str, list[str]] = defaultdict(list)
    for k in keys:
        if "@" not in k and roots_types[k].get("Organization") and len(k.split()) >= 2:
            org_multi_first[k.split()[0]].append(k)
    for k in keys:
        if "@" in k or len(k.split()) != 1 or not roots_types[k].get("Organization") or is_acronym(k.upper()) and len(k) <= 5:
            continue
        if k in KNOWN_COMPANIES or k in KNOWN_PRODUCTS:
            continue  # "Apple" is not short for "Apple Insider": a widely known name stands for itself
        # (one shared word across articles wants a shared topic too: "Golden" of the "Golden and Silver
        # Bear awards" is no short form of the Golden Globes another article names)
        if len(org_multi_first.get(k, [])) == 1 and is_short_name(k, org_multi_first[k][0]) and shared_context(k, org_multi_first[k][0]):
            uf.union(k, org_multi_first[k][0], "short-name-in-corpus")
    # "Kirk Ath" for "Kirkton Athletic": every word the full one or cut short, blocked by initials
    by_word_initials: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for k in keys:
        if len(k.split()) >= 2 and "@" not in k and not k.startswith("group:"):
            by_word_initials[tuple(w[0] for w in k.split())].append(k)

    def mostly_person(k: str) -> bool:
        votes = roots_types.get(k, Counter())
        return votes.get("Person", 0) * 2 > sum(votes.values())

    # "KD Shipping" and "KDShipping", "Tarn-Co" and "TarnCo": the same letters, spaced or joined otherwise
    by_letters: dict[str, list[str]] = defaultdict(list)
    for k in keys:
        if "@" not in k and not k.startswith("group:"):
            by_letters[re.sub(r"[\s\-.'’]", "", k)].append(k)
    for letters, same in sorted(by_letters.items()):
        if len(same) > 1 and len(letters) >= 4:
            for k in same[1:]:
                uf.union(same[0], k, "spacing-variant")
    abbreviated: set[str] = set()  # short forms: the full name's type outvotes theirs
    for k in keys:
        hits = sorted({uf.find(m) for m in by_word_initials.get(tuple(w[0] for w in k.split()), ())
                       if is_abbreviation(k, m) and not mostly_person(m) and not _other_country(k, m)})
        if len(hits) == 1:
            uf.union(k, hits[0], "abbreviated-name")
            abbreviated.add(k)
    # "Britain", "the UK", "the United Kingdom": a country's other names (data/country_short_forms.txt)
    # are one place, as "US" and "United States" are by their initials ("America" also names two
    # continents: "in Europe and America" is no country)
    by_country: dict[str, list[str]] = defaultdict(list)
    for k in keys:
        if k in COUNTRY_FORMS and k not in _CONTINENT_NAMES and _mostly(roots_types.get(k), "Place"):
            by_country[COUNTRY_FORMS[k]].append(k)
    for country, forms in sorted(by_country.items()):
        for k in forms[1:]:
            uf.union(forms[0], k, "country-short-form")
    _country_word = lambda w: w in places or w in COUNTRIES or w in _COUNTRY_CODES
    prefixed: dict[str, set[str]] = defaultdict(set)  # "government" -> {"uk", "us", ...}
    for k in keys:
        words = k.split()
        if len(words) == 2 and _country_word(words[0]):
            prefixed[words[1]].add(words[0])
    # "Geneva Motor Show" and "Detroit Motor Show": a name that several places put their name before
    # is each place's own, and joins neither the other nor the bare name
    place_prefixed: dict[str, set[str]] = defaultdict(set)
    for k in keys:
        words = k.split()
        if len(words) >= 3 and words[0] in places:
            place_prefixed[" ".join(words[1:])].add(words[0])
    for k in keys:
        words = k.split()
        if len(words) >= 3 and words[0] in places and len(place_prefixed[" ".join(words[1:])]) == 1:
            # "US National Center ..." joins "National Center ...", even when only the long form occurs
            uf.union(k, " ".join(words[1:]), "country-prefix")
        if (len(words) == 2 and _country_word(words[0]) and words[1] in key_set and _mostly(roots_types.get(words[1]), "Organization")
                and len(prefixed[words[1]]) == 1):
            # (a word that several countries put their name before, "UK government", "US government",
            # is each country's own: the bare word joins none of them)
            uf.union(k, words[1], "country-prefix")  # "US Seaguard" and "the Seaguard", "UK Parliament" and "Parliament"
        if len(words) == 2 and words[1] == "government" and words[0] in NATION_ADJECTIVES:
            # "the Russian government" and a bare "the government" of an article about Russia ("russia government")
            own = _adjective_country(words[0])
            if own is not None and f"{own} government" in key_set:
                uf.union(k, f"{own} government", "nation-adjective")
        if len(words) == 1 and k.endswith("s") and k[:-1] in key_set and not any(
                _mostly(roots_types.get(x), t) for x in (k, k[:-1]) for t in ("Person", "Place")) and (
                k[:-1] in KNOWN_PRODUCTS or _mostly(roots_types.get(k), "Product") or _mostly(roots_types.get(k[:-1]), "Product")):
            uf.union(k, k[:-1], "plural-product")  # "iPhones" and "iPhone"
        short = words
        while len(short) >= 2 and (short[-1].rstrip(".") in _LEGAL_FORMS or short[-1] in _COUNTRY_CODES):
            short = short[:-1]
            if " ".join(short) in key_set:
                # "Kestrel Telekom AG" and "Kestrel Telekom", "Brightline US Inc." and "Brightline"
                uf.union(k, " ".join(short), "legal-form")
                break
        if len(words) >= 3 and words[1] == "of" and words[0] in ORG_DESIGNATORS:
            # "Department of Fisheries" and "Fisheries Department", "Ministry of Health" and "Health Ministry"
            rest = words[2:] if words[2] != "the" else words[3:]
            flipped = " ".join(rest + [words[0]])
            if rest and flipped in key_set:
                uf.union(k, flipped, "designator-first")
        if (len(words) >= 3 and " ".join(words[1:]) in key_set
                and (words[0] in key_set or k in owner_written and articles_of[k] & articles_of[" ".join(words[1:])])
                and all(_mostly(roots_types.get(x), "Organization") for x in (k, words[0], " ".join(words[1:])) if x in key_set)):
            # (the owner named alone in the corpus, or written as its initials before the body's name in
            # an article that also names the body without them: "BBC Radio 1 ... Radio 1 said")
            uf.union(k, " ".join(words[1:]), "owner-prefix")  # "BBC Radio 4" and "Radio 4": a station, with and without its owner's name
        if (len(words) >= 3 and words[0] in POLITY_HEADS and words[1] == "of" and " ".join(words[2:]) in key_set
                and _mostly(roots_types.get(" ".join(words[2:])), "Place") and _mostly(roots_types.get(k), "Place")):
            # "the Republic of Ireland" and "Ireland", "the Kingdom of Tonga" and "Tonga": a state's formal name and its short one,
            # both used as places (a national team named so, typed a body, stays apart: what it plays for is no place)
            uf.union(k, " ".join(words[2:]), "formal-state-name")
        if len(words) >= 2 and words[0] in _COMPASS_INITIALS and not _mostly(roots_types.get(k), "Person"):
            # "S Korea", "N Ireland": a headline writes the compass point of a place's name as its initial
            full = [f for f in _compass_expansions(words) if f in key_set and _mostly(roots_types.get(f), "Place")]
            if len(full) == 1:
                uf.union(k, full[0], "compass-initial")
                abbreviated.add(k)
        if k in RENAMED:
            uf.union(k, RENAMED[k], "renamed-company")
        alias_kind, alias_of = ALIASES.get(k, (None, ()))
        if alias_kind in ("other-name", "metonym"):
            # "the Oscars" and "the Academy Awards", "the Pentagon" for the Department of Defense: a widely
            # known alias joins the first of its names the corpus names (a team's nickname joined in extraction)
            target = next((t for t in alias_of if t in key_set and t != k), None)
            if target is not None:
                uf.union(k, target, alias_kind)
                if not ALIAS_KINDS[alias_kind]:
                    abbreviated.add(k)  # (the name's type outvotes the other name's: "Oscar" is no person there)
        if len(words) == 2 and words[1] in ("police", "constabulary"):
            other = words[0] + (" constabulary" if words[1] == "police" else " police")
            if other in key_set:
                uf.union(k, other, "police-synonym")
        if len(words) >= 2 and roots_types[k].get("Product") and (words[0] in key_set or words[0] in KNOWN_PRODUCTS):
            if roots_types.get(words[0], Counter()).get("Product") or words[0] in KNOWN_PRODUCTS:
                uf.union(k, words[0], "product-feature")

    # acronyms: initials of exactly one multi-word name in the corpus, blocked by initials
    by_initials: dict[str, list[str]] = defaultdict(list)
    for m in keys:
        if len(m.split()) >= 2 and "@" not in m and not m.startswith("group:"):
            for letters in acronym_candidates(m):
                by_initials[letters].append(m)
            # "PS2" of "PlayStation 2" or "Sony PlayStation 2" (less its maker's name, as a country prefix
            # is left out above): a word written with capitals inside gives them all
            camel = {capital_initials(t) for t in written.get(m, ())} | {capital_initials(t.split(None, 1)[1]) for t in written.get(m, ()) if len(t.split()) >= 3}
            for letters in sorted(camel - {None} - acronym_candidates(m)):
                by_initials[letters].append(m)
    # "UK GDPR" abbreviates "UK General Data Protection Regulation": the same first word, then initials
    for k in keys:
        words = k.split()
        if len(words) == 2 and is_acronym(words[1].upper()) and not roots_types[k].get("Person"):
            hits = sorted({uf.find(m) for m in by_initials.get(acronym_letters(words[1]), ())
                           if m.split()[0] == words[0] and m != k and not roots_types[m].get("Person")})
            if len(hits) == 1:
                uf.union(k, hits[0], "acronym-initials")
    for k in keys:
        if "@" in k or k.startswith("group:") or len(k.split()) != 1 or len(k) > 7:
            continue
        if not is_acronym(k.upper()):
            continue
        letters = acronym_letters(k)
        if len(letters) < 2:
            continue
        # a place's acronym stands only for a place ("UK", "United Kingdom"), never for a body named after it
        place = bool(roots_types[k].get("Place"))
        hits = sorted({uf.find(m) for m in by_initials.get(letters, ()) if not roots_types[m].get("Person")
                       and (not place or roots_types[m].get("Place"))
                       # a name that opens with the acronym itself is something of its ("BT Together", a
                       # product of BT's), never what the letters stand for
                       and m.split()[0] != k
                       # two letters fit too many names ("BT", "BBC Two"): only one the same article spells out
                       and (len(letters) > 2 or articles_of[k] & articles_of[m])
                       # an acronym that several articles use, none of them with this name, is a name
                       # of its own the corpus never spells out ("BBC"), not this one's ("British Boxing Council")
                       and (len(articles_of[k]) < _WIDELY_USED or articles_of[k] & articles_of[m])
                       # a name whose words the acronym spells only in part ("RFL" of BBC Radio Five
                       # Live, less "BBC") is no evidence in another article: only the one that spells it out
                       and (letters in whole_acronyms(m, ORG_DESIGNATORS) or articles_of[k] & articles_of[m])})
        if len(hits) == 1:
            uf.union(k, hits[0], "acronym-initials")

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
        names = [m for _, _, m in group if m.kind in ("name", "group", "unnamed")]
        if not names:
            continue
        votes = Counter(m.type for ex, i, m in group if m.kind == "name"
                        and key_of.get((ex.article.id, root_of[(ex.article.id, i)])) not in abbreviated)
        if not votes:
            votes = Counter(m.type for m in names if m.kind == "name")
        if not votes:
            votes = Counter(m.type for m in names)
        etype = min(votes, key=lambda t: (-votes[t], _TYPE_ORDER.get(t, 9)))
        if etype not in ENTITY_TYPES:
            continue
        label, label_rule = _choose_label(names, etype, root)
        base_id = f"entity/{etype.lower()}/{slugify(label)}"
        eid, n = base_id, 2
        while eid in used_ids:
            eid, n = f"{base_id}-{n}", n + 1
        used_ids.add(eid)
        aliases, merges = [], set()
        for ex, i, m in group:
            entity_of[(ex.article.id, i)] = eid
            if m.rule == "implied-government":
                merges.add((m.text, "implied-by-post"))  # the post's words are no name of the government
            elif m.kind in ("name", "group", "unnamed") or (m.kind == "description" and m.rule == "role-title"):
                text = re.sub(r"(['’]s|['’])$", "", m.text).strip()
                if (ex.article.id, i) in in_article:
                    rule = in_article[(ex.article.id, i)]
                elif m.kind in ("name", "unnamed") and m.antecedent is not None:
                    rule = m.rule  # a short form joined in its article (extract.mentions), the noun of one not named
                elif m.kind == "description":
                    rule = f"antecedent:{m.rule}"
                else:
                    k = key_of.get((ex.article.id, i), m.key)
                    rule = uf.rule.get(k, "same-name") if k != root else "same-name"
                aliases.append(Alias(text=text, article=ex.article.id, start=m.start, end=m.start + len(text), rule=rule))
                merges.add((text, rule))
            else:
                merges.add((m.text, f"antecedent:{m.rule}"))
        entities.append(Entity(id=eid, type=etype, label=label, label_rule=label_rule,
                               aliases=tuple(sorted(set(aliases), key=lambda a: (a.article, a.start, a.text))),
                               merges=tuple(sorted(merges))))
    return Resolution(entities=tuple(entities), entity_of=entity_of)


#: What each join rule (``Alias.rule``, ``kg:joinedBy``) means; rules of other stages are shown by name.
#: A corpus-level rule joins two names: the mentions of the name that sorts first are "same-name",
#: those of the other carry the rule.
JOIN_RULES = {
    "same-name": "the same normalised name (honorifics, titles, \"the\" and possessives removed)",
    "surname-in-article": "a surname after the full name in the same article",
    "first-name-in-article": "a first name after the full name in the same article",
    "short-name-in-article": "a short form of a name earlier in the same article",
    "nickname-prefix": "the start of a name earlier in the same article",
    "misspelt-given-name": "the same surname after a given name with one letter more or less inside it",
    "other-name": "a widely known other name of the same event or award (graph/text/data/aliases.txt)",
    "police-in-article": "a bare \"the police\" in an article that names one police force (\"Strathclyde Police\")",
    "misspelt-surname": "a surname alone, one letter more, less or swapped from the surname of the one full name of its article",
    "short-given-name": "the same surname after a given name and its short form (\"Steve\", \"Steven\"), in articles that share a topic",
    "middle-name": "the same given name and surname, with or without middle names or initials",
    "initial-name": "an initial and a surname: the one full name with that initial and surname",
    "surname-in-corpus": "a surname with no full name in its article: the one full name in the corpus ending with it",
    "short-name-in-corpus": "the first word of the one longer organisation name in the corpus",
    "spacing-variant": "the same letters with other spaces, hyphens or full stops (\"KD Shipping\", \"KDShipping\")",
    "abbreviated-name": "the one longer name in the corpus it writes short, word for word (\"Kirk Ath\")",
    "unnamed": "the same noun again for someone the article does not name (\"one broker\" after \"one leading broker\"), or that noun alone",
    "acronym-in-brackets": "an acronym given in brackets after the name",
    "acronym-initials": "an acronym whose letters are the initials of exactly one name in the corpus",
    "country-prefix": "the name with a country in front",
    "nation-adjective": "a government named by its nation's adjective and by its country (\"Russian government\", \"Russia government\")",
    "formal-state-name": "a state's formal name and its short name (\"Republic of Ireland\" and \"Ireland\")",
    "owner-prefix": "the name with the name of the body that runs it in front (\"BBC Radio 4\" and \"Radio 4\")",
    "particle-surname": "the end of the one longer name whose surname holds a particle (\"Lula da Silva\")",
    "country-short-form": "another name of the same country (\"Britain\", \"UK\", \"United Kingdom\")",
    "compass-initial": "a place's name with its compass point written as an initial (\"S Korea\")",
    "plural-product": "a product's name in the plural (\"iPhones\")",
    "legal-form": "the same company name with a legal form (\"AG\", \"Inc\") or its home country's initials after it",
    "designator-first": "the same name with its kind of body first (\"Department of Fisheries\", \"Fisheries Department\")",
    "renamed-company": "a renamed company's former or current name (Facebook, Meta)",
    "metonym": "a building news uses for the institution inside it",
    "implied-by-post": "a post in a national government that implies it, in an article naming no government (\"the home secretary\")",
    "police-synonym": "<place> Police and <place> Constabulary",
    "product-feature": "a feature of the product",
    "antecedent:role-title": "a role title that refers back to the name before it",
    "correction:merge": "a correction merged it (kg correct merge)",
    "correction:split": "a correction split it off another entity (kg correct split)",
}

#: Why a label was chosen (``Entity.label_rule``), in the order `_choose_label` weighs them.
LABEL_RULES = {
    "group": "a generic group, or someone the article does not name (\"one leading broker\"): the words that describe it",
    "current-name": "the current name of a renamed company (the former name stays an other name)",
    "only-name": "the only name it has",
    "full-person-name": "a person's full name, over a surname or first name alone",
    "not-acronym": "a full name, over an acronym or a name written short",
    "not-handle": "a name, over a social media handle",
    "country-name": "a country's ISO 3166 name, over its everyday short forms (United Kingdom, not Britain)",
    "joining-name": "the name the other names were joined to",
    "most-frequent": "the most frequent of its names",
    "longest": "the longest of equally frequent names",
    "alphabetical": "the first in alphabetical order of equally good names",
}
_CRITERIA = ("full-person-name", "not-acronym", "not-handle", "country-name", "joining-name", "most-frequent", "longest", "alphabetical")


def _choose_label(names: list[Mention], etype: str, root: str) -> tuple[str, str]:
    """The entity's label and the rule that chose it (a key of `LABEL_RULES`)."""
    if root.startswith("group:"):
        return root.split(":", 1)[1], "group"
    if root.startswith("unnamed:"):
        # the words that introduced them, as written ("One leading Eastby broker")
        first = min((m for m in names if m.antecedent is None), key=lambda m: m.start, default=None) or min(names, key=lambda m: m.start)
        return first.text, "group"
    # a name the text writes beats one made from a key ("Chinese government" over the "China
    # government" a bare "the government" of an article about China was read as)
    forms = Counter(_display(m) for m in names if m.kind == "name" and m.rule not in _KEY_LABELLED)
    if not forms:
        forms = Counter(_display(m) for m in names if m.kind == "name")
    if not forms:
        forms = Counter(_display(m) for m in names)
    # a company under its former name and its current one is labelled by the current one
    # (the former stays an altLabel), whichever of the two names sorts first or occurs more
    current = [form for form in forms if name_key(form) in _CURRENT_NAMES]
    if current:
        return min(current, key=lambda form: (-forms[form], form)), "current-name"

    # "Kirk Ath" beside "Kirkton Athletic": a name written short is no label, like an acronym
    form_keys = {name_key(form) for form in forms}
    short = {form for form in forms if len(form.split()) >= 2 and any(is_abbreviation(name_key(form), k) for k in form_keys)}
    short |= {form for form in forms if len(form.split()) >= 2 and form.split()[0].lower() in _COMPASS_INITIALS and any(
        f in form_keys for f in _compass_expansions([form.split()[0].lower(), *name_key(form).split()[1:]]))}  # "S Korea"

    def score(form: str):
        words = form.split()
        acr = len(words) == 1 and (is_acronym(form) or form.upper() in forms and is_acronym(form.upper())) or form in short or (
            etype == "Person" and len(words) >= 2 and len(words[0].rstrip(".")) == 1)  # "M Cotter" under Martin Cotter
        full_person = etype == "Person" and len(words) >= 2
        is_root = name_key(form) == root
        not_country_name = not (etype == "Place" and name_key(form) in COUNTRIES)
        return (not full_person, acr, form.startswith("@"), not_country_name, not is_root, -forms[form], -len(form), form)

    ranked = sorted(forms, key=score)
    if len(ranked) == 1:
        return ranked[0], "only-name"
    # the first criterion on which the label beats the runner-up is the one that chose it
    best, runner = score(ranked[0]), score(ranked[1])
    decided = next(i for i, (a, b) in enumerate(zip(best, runner)) if a != b)
    return ranked[0], _CRITERIA[decided]
