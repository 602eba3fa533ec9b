"""Mention detection: parsed paragraphs -> name, group, description and pronoun mentions.

The small spaCy model misses or cuts many news names, so NER is one vote among general
rules: runs of capitalised words that may hold "of/for/and/the" when the run ends in an
organisation word ("... Centre", "... Society ... to Children"), acronyms and their
parenthesised expansions, role titles split off names, possessives, plural brand mentions
("the Microsofts"), generic collective actors ("police forces"), and headline lines in
Title Case, which only re-use names found in the body.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Token

from ..nlp import Paragraph, definite
from ...text.names import (
    CALENDAR_WORDS,
    COUNTRIES,
    FIRST_NAME_HONORIFICS,
    FIRST_NAMES,
    HONORIFICS,
    KNOWN_COMPANIES,
    KNOWN_PRODUCTS,
    METONYMS,
    NAME_CONNECTORS,
    NAME_PARTICLES,
    PARTY_NAMES,
    POSTNOMINALS,
    RENAMED,
    ROLE_WORDS,
    TEAM_NICKNAMES,
    acronym_letters,
    acronym_matches,
    defines_acronym,
    fold,
    is_acronym,
    is_common_word,
    is_first_name,
    is_short_name,
    name_key,
    party_of,
)
from ...text.dates import NUMBER_WORDS
from ...text.quotes import quote_spans
from .lexicon import (
    POLITY_HEADS,
    SEAT_BODIES,
    TITLE_MODIFIERS,
    UNIT_NOUNS,
    AGENT_VERBS,
    COUNTRY_FORMS,
    GOVERNMENT_POSTS,
    NATION_ADJECTIVES,
    CAMPAIGN_HEADS,
    DESCRIPTIVE_TITLE_WORDS,
    EVENT_DESIGNATORS,
    GENERIC_MODIFIERS,
    HOME_NATIONS,
    INDUSTRY_HEADS,
    LEGISLATION_DESIGNATORS,
    MODEL_NOUNS,
    ORG_DESCRIPTIONS,
    ORG_DESIGNATORS,
    PART_NOUNS,
    PERSON_DESCRIPTIONS,
    PLACE_DESIGNATORS,
    PLACE_OF_HEADS,
    PRODUCT_DESCRIPTIONS,
    PRODUCT_DESIGNATORS,
    REPORTING_VERBS,
    ROLE_HEADS,
    SECTOR_SYNONYMS,
    SIDE_TITLES,
    is_nation,
    mapping,
    words,
)

__all__ = ["WorkMention", "MentionTable", "find_mentions", "person_sexes"]

NER_TYPES = {
    "PERSON": "Person",
    "ORG": "Organization",
    "GPE": "Place",
    "LOC": "Place",
    "PRODUCT": "Product",
    "LAW": "Legislation",
    "EVENT": "Event",
    "FAC": "Organization",
    "NORP": None,
    "WORK_OF_ART": None,
}

_SECTOR_SYNONYMS = SECTOR_SYNONYMS
#: Common nouns for a person in a role or occupation (WordNet), written before a name as a description.
PERSON_NOUNS = words("wn_person_nouns") | PERSON_DESCRIPTIONS | ROLE_HEADS
#: Nouns for a creative work written before its title ("the film Ray"): titles are no entities.
WORK_NOUNS = words("work_nouns")
#: Nouns for a person of a nation or place ("Spaniard", "Irishmen"): written before a name, never part of it.
DEMONYM_NOUNS = words("demonym_nouns")
#: Nouns of what a body owns or runs ("its Y unit", "X's Y handset"): an untyped name before one, with a
#: possessive on it, is the body's part or product (type_from_possessed_noun).
_POSSESSED_NOUNS = words("owned_nouns") | PART_NOUNS | MODEL_NOUNS | PRODUCT_DESIGNATORS
#: Those of them that name a body rather than a product ("its Y chain", "X's Y channel").
_POSSESSED_BODY_NOUNS = words("possessed_body_nouns")
#: Everyday words that name a party right before a post and a person's name ("Labour MP").
_PARTY_WORDS = words("party_words")
_STOP_CAPS = {"i", "i'm", "i’m", "i'd", "i’d", "i've", "i’ve", "i'll", "i’ll", "ok", "okay"}
#: English auxiliary verbs written in full (forms of be, have, do and the modals that no month or
#: country code shares): in capitals they are a heading shouted, never an acronym.
_AUXILIARIES = frozenset({"am", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "does", "did",
                          "will", "would", "shall", "should", "could", "might", "must"})
#: English subordinating conjunctions: opening a sentence, never the first word of a name, however tagged.
_SUBORDINATORS = frozenset({"although", "though", "whilst", "while", "whereas", "unless", "because", "since", "if",
                            "whenever", "until", "till", "lest"})


@dataclass
class WorkMention:
    """A mention while the article is being read (turned into model.Mention at the end)."""

    start: int
    end: int
    text: str
    type: str
    key: str
    kind: str = "name"
    rule: str = "chunk"
    para: int = -1
    tok: tuple[int, int] = (0, 0)
    category: str | None = None
    antecedent: int | None = None
    acronym_of: int | None = None
    role: str | None = None
    role_org: int | None = None  # the organisation named in a title ("NCA director")
    plural: bool = False
    # what the type rests on: "rule" (the words of the name, a title, an expansion, a gazetteer),
    # "listed" (typed names it is listed with), "ner" (the statistical tagger alone), "known"
    # (copied from the same name elsewhere in the article); see _settle_types
    type_src: str = "ner"
    described: bool = False  # typed by the noun before it alone ("the firm X", "France centre X")


@dataclass
class MentionTable:
    """The mentions of one article and a token -> mention lookup per paragraph."""

    items: list[WorkMention] = field(default_factory=list)
    by_token: dict[tuple[int, int], int] = field(default_factory=dict)
    by_span: dict[tuple[int, int, str], int] = field(default_factory=dict)

    def add(self, m: WorkMention) -> int:
        """Add a mention (the one already there for the same span and kind is kept)."""
        span = (m.start, m.end, m.kind)
        if span in self.by_span:
            return self.by_span[span]
        self.items.append(m)
        idx = len(self.items) - 1
        self.by_span[span] = idx
        for t in range(m.tok[0], m.tok[1]):
            cur = self.by_token.get((m.para, t))
            # a name wins over a description covering the same token; a shorter span wins inside a longer
            if cur is None or self._better(m, self.items[cur]):
                self.by_token[(m.para, t)] = idx
        return idx

    @staticmethod
    def _better(new: WorkMention, old: WorkMention) -> bool:
        if new.kind == "name" and old.kind != "name":
            return True
        if new.kind != "name" and old.kind == "name":
            return False
        return (new.end - new.start) < (old.end - old.start)

    def at(self, para: int, token_i: int) -> int | None:
        return self.by_token.get((para, token_i))

    def resolved(self, idx: int | None) -> int | None:
        """Follow antecedent links to the mention that names the entity."""
        seen = set()
        while idx is not None and self.items[idx].antecedent is not None and idx not in seen:
            seen.add(idx)
            idx = self.items[idx].antecedent
        return idx


# ---------------------------------------------------------------- token tests


_CAMEL = re.compile(r"[a-z]+[A-Z]")
#: A name that opens with a digit, written as one word with a capital after the digits and lower case
#: in it ("1Xtra", "3Com"; not "3G", "4WD", "2nd", nor a number apart from the word: "3 Mobile").
_DIGIT_NAME = re.compile(r"[0-9]+[A-Z](?=[A-Za-z]*[a-z])[A-Za-z]{2,}$")
#: A model's code with letters in it ("A380", "777LR"): a model's wherever it stands beside a maker.
_MODEL_CODE = re.compile(r"[A-Z]{1,2}\d{3,4}[A-Za-z]{0,3}|[1-9]\d{2,3}[A-Z]{1,3}")
#: A model's number of three or four digits ("787"): a model's only where the words around say so.
_MODEL_NUMBER = re.compile(r"[1-9]\d{2,3}")
#: A product's code of capitals and digits written as the last word of its name ("QV-10", "W1",
#: "300D", "UX50", "SGH-i300"): letters and digits mixed, or capitals, a hyphen and digits.
_PRODUCT_CODE = re.compile(r"[A-Z]{1,4}-[A-Za-z]{0,2}\d{1,5}[A-Z]{0,3}|[A-Z]{1,3}\d{1,5}[A-Z]{0,2}|[1-9]\d{1,3}[A-Z]{1,2}")


def _year_like(code: str) -> bool:
    """A number that reads as a year ("2004"), never a model's."""
    return code.isdigit() and 1800 <= int(code) <= 2100


def _given_name_as_modal(tok: Token) -> bool:
    """"Robbie Williams, Will Young and Bob Geldof", "said Will Carling": a modal written with a capital
    inside a sentence of running text, that is a given name, before a capitalised word, is that name
    (a modal is capitalised only where a sentence or a headline's word opens; after a capitalised word,
    as in a headline's "Brown Will Quit", it stays a verb)."""
    doc, i = tok.doc, tok.i
    if i == 0 or i + 1 >= len(doc) or tok.is_sent_start or fold(tok.text) not in FIRST_NAMES:
        return False
    prev, nxt = doc[i - 1], doc[i + 1]
    return (not prev.text[:1].isupper() and prev.text not in ("“", '"', "‘", ":", "(") and nxt.is_alpha and nxt.text[:1].isupper()
            and nxt.text[1:].islower() and not nxt.is_sent_start and nxt.tag_ in ("NNP", "NNPS", "NN"))


#: A body named by its web address, written as one capitalised word and a top-level domain of the
#: closed set every reader knows ("Amazon.com", "Lastminute.com", "Friends.org"): a name, though the
#: tokenizer reads it as a URL. Not a lower-case address ("bbc.co.uk"), a path or a "www." host.
_DOMAIN_NAME = re.compile(r"[A-Z][A-Za-z0-9-]*[A-Za-z0-9]\.(?:com|net|org|co\.uk|org\.uk)$")


def _is_cap(tok: Token, sent_start: bool) -> bool:
    text = tok.text
    # every test here is a plain condition: the cheap one that turns most words away comes first
    if not text or not (text[0].isupper() or _CAMEL.match(text) or (text[0] == "@" and len(text) > 1) or _DIGIT_NAME.match(text)):
        return False
    if tok.is_punct or tok.is_space or tok.like_email or tok.like_url and not _DOMAIN_NAME.match(text):
        return False
    if text.lower() in _STOP_CAPS or tok.tag_ in ("PRP", "PRP$", "WP", "WDT", "DT", "CC", "IN") or tok.tag_ == "MD" and not (
            not sent_start and _given_name_as_modal(tok)):
        return False
    if text.lower() in CALENDAR_WORDS:
        return False
    if text.isupper() and len(text) >= 4 and is_common_word(text, 3.6):
        return False  # emphasis in capitals ("HORROR", "BEFORE")
    if text.isupper() and text.lower() in _AUXILIARIES:
        return False  # "WHO WAS OSCAR?": a heading in capitals; no acronym spells an auxiliary verb
    if tok.like_num and not re.search(r"[A-Za-z]", text):
        return False
    if sent_start and tok.tag_ not in ("NNP", "NNPS") and not tok.ent_type_ and is_common_word(text, 4.3):
        return False
    if (sent_start and tok.ent_type_ in ("DATE", "TIME") and is_common_word(text, 4.3)
            and not (tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].ent_iob_ == "I")):
        # "Yesterday Argentina's economy minister said": a time word alone opening the sentence (not
        # the first word of a longer span the tagger read as a date: "Green Day's new single")
        return False
    if sent_start and text.lower() in _SUBORDINATORS:
        return False  # "Whilst Angels is a popular song": a conjunction the tagger read as a name
    if sent_start and tok.tag_ in ("RB", "RBR", "RBS") and tok.dep_ == "advmod" and is_common_word(text, 4.3):
        return False  # "Later Jane Roe said": an adverb opening the sentence, whatever span the tagger saw
    return True


def _is_title_case(para: Paragraph) -> bool:
    """A headline-style line: no closing full stop, most words capitalised, everyday words among them."""
    toks = para.tokens
    if len(toks) > 40:
        return False
    words = [t for t in toks if t.is_alpha and len(t.text) > 3]
    if len(words) < 3 or para.text.rstrip().endswith((".", "!", "?", ".”", '."')):
        return False
    caps = [t for t in words if t.text[0].isupper()]
    common = [t for t in caps if not t.text.isupper() and is_common_word(t.text, 4.0)]
    return len(caps) / len(words) >= 0.6 and len(common) >= 2


def _sector_word(t: Token) -> str:
    """A sector noun as a group's key writes it: its lemma, but "electronics", "logistics" whole
    (the tagger lemmatises them to "electronic" in one sentence and not in the next)."""
    return t.lower_ if t.lower_.endswith("ics") else t.lemma_.lower()


def _group_kind(t: Token) -> str | None:
    """Which generic collective a noun heads: "police", "industry", "campaigners", or None."""
    lemma = t.lemma_.lower()
    mods = {c.lemma_.lower() for c in t.children if c.dep_ in ("compound", "amod", "nmod")}
    if lemma == "police" or (lemma in ("force", "service") and "police" in mods) or (lemma == "enforcement" and "law" in mods):
        return "police"
    if lemma in ("agency", "officer", "official") and t.tag_ == "NNS" and "enforcement" in mods:
        return "police"
    if lemma in CAMPAIGN_HEADS and t.tag_ in ("NNS", "NNPS"):
        return "campaigners" if lemma not in ("group", "organisation", "organization") or mods & CAMPAIGN_HEADS else None
    if lemma == "industry" or lemma == "sector" or (lemma in INDUSTRY_HEADS and t.tag_ in ("NNS", "NNPS")):
        return "industry"
    return None


def _designator_type(words: list[str]) -> tuple[str | None, str | None]:
    """(type, category) suggested by the words of a name, or (None, None)."""
    low = [w.lower().strip(".'’") for w in words]
    last = low[-1] if low else ""
    if last in LEGISLATION_DESIGNATORS:
        return "Legislation", None
    if last in EVENT_DESIGNATORS:
        return "Event", None
    if last in PRODUCT_DESIGNATORS:
        return "Product", None
    if last in ORG_DESIGNATORS:
        return "Organization", ORG_DESIGNATORS[last]
    for w in low:
        if w in ORG_DESIGNATORS and w not in ("news", "post", "times", "group", "standard", "independent", "express", "mail", "united", "executive"):
            return "Organization", ORG_DESIGNATORS[w]
    if last in PLACE_DESIGNATORS:
        return "Place", None
    return None, None


def _gazetteer_type(key: str) -> tuple[str | None, str | None]:
    if key in KNOWN_PRODUCTS:
        return "Product", None
    if key in KNOWN_COMPANIES or key in RENAMED:
        return "Organization", "company"
    return None, None


def _ner_type(doc: Doc, a: int, b: int) -> str | None:
    if b - a == 1 and _DOMAIN_NAME.match(doc[a].text):
        return "Organization"  # a web address names a body (or its site), never a place or a person
    votes: dict[str, int] = {}
    # (an entity the tagger opened at a verb of speech before the name, "Said Wales coach X", types nothing)
    s = a
    while s > 0 and doc[s].ent_iob_ == "I":
        s -= 1
    inherited = s < a and doc[s].tag_ in ("VBD", "VBZ") and doc[s].lemma_.lower() in REPORTING_VERBS
    for t in doc[a:b]:
        if inherited and t.ent_iob_ == "I":
            continue
        inherited = False
        if t.ent_type_:
            mapped = NER_TYPES.get(t.ent_type_)
            if mapped:
                votes[mapped] = votes.get(mapped, 0) + 1
    if not votes:
        return None
    return max(sorted(votes), key=lambda k: votes[k])


# ---------------------------------------------------------------- chunking


#: Abbreviations written with a full stop inside a name ("St. Louis", "Warner Bros. Pictures", "Martin Luther King Jr. Day").
_IN_NAME_ABBREVIATIONS = frozenset({"st", "mt", "ft", "jr", "sr", "bros"})


def _full_stop_before(doc: Doc, j: int) -> bool:
    """doc[j - 1] ends in a full stop that ends a sentence, not an abbreviation inside a name: the
    tagger says a sentence starts at doc[j], or the word is none of an initial ("George W. Bush",
    "U.S. Steel"), an honorific or rank ("Mr.", "Gen.") or an abbreviation names hold ("St. Louis").
    ("Jay-Z." is no initial: its letter hangs on a hyphen.)"""
    prev = doc[j - 1]
    if not prev.text.endswith(".") or prev.text == ".":
        return False
    if doc[j].is_sent_start:
        return True
    word = prev.lower_.rstrip(".")
    initial = re.fullmatch(r"([a-z]\.)+", prev.lower_) is not None and not (
        j >= 2 and doc[j - 2].text == "-" and not doc[j - 2].whitespace_)
    return not (initial or word in HONORIFICS or prev.lower_ in HONORIFICS or word in _IN_NAME_ABBREVIATIONS)


def _body_name_after_possessive(toks: list[Token], j: int) -> bool:
    """"Guy's Hospital Medical School": the tagger reads one body's name across the possessive
    toks[j], and the capitalised words after it, inside that name, end with a word for a kind of body."""
    if not (j > 0 and toks[j - 1].ent_type_ == "ORG" and j + 1 < len(toks) and toks[j + 1].ent_iob_ == "I" and toks[j + 1].ent_type_ == "ORG"):
        return False
    if not (fold(toks[j - 1].text) in FIRST_NAMES or j > 1 and toks[j - 2].lower_.rstrip(".") in ("st", "saint")):
        return False  # a body named after a person or saint ("Guy's", "St Mary's"), not an owner ("Acme's Research Lab")
    k = j + 1
    while k + 1 < len(toks) and toks[k + 1].ent_iob_ == "I" and toks[k + 1].text[:1].isupper() and toks[k + 1].is_alpha:
        k += 1
    return k > j + 1 and toks[k].lower_ in ORG_DESIGNATORS


def _calendar_word(t: Token) -> bool:
    """A month's or weekday's name, in the plural too ("Thursdays", "Mondays")."""
    low = t.lower_.rstrip(".")
    return low in CALENDAR_WORDS or low.endswith("days") and low[:-1] in CALENDAR_WORDS


def _score_after(toks: list[Token], j: int) -> bool:
    """Does a score open at toks[j] ("Hereford 1-1 Doncaster", "Clyde 0-5 Celtic"): a number, a dash
    and a number, no part of the name before it?"""
    return j + 2 < len(toks) and toks[j + 1].text in ("-", "–") and toks[j + 2].text.isdigit()


def _version_number(toks: list[Token], i: int, j: int) -> bool:
    """Is toks[j] a version's or sequel's number closing the name toks[i:j] ("Xbox 2", "Half-Life 2",
    "Media Player 10"): one or two digits the parser hangs on the name's last word, no score, sum,
    measure, date or footballer's minute ("(Quinn 67)"), and a name that is no everyday word, given
    name or numbered provision ("Number 10", "Channel 4", "Clause 4" are bodies, places, parts)?"""
    n = len(toks)
    t, prev = toks[j], toks[j - 1]
    if not re.fullmatch(r"[1-9]\d?", t.text) or t.dep_ != "nummod" or t.head.i != prev.i or prev.tag_ not in ("NNP", "NNPS"):
        return False
    if t.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL") or prev.ent_type_ in ("GPE", "LOC", "NORP", "DATE", "TIME", "FAC", "EVENT"):
        return False
    if _score_after(toks, j) or j + 1 < n and (toks[j + 1].text in ("-", "–", "%", ")", "/", ":") or toks[j + 1].like_num):
        return False  # a score, a range, a share, a time, a bracketed minute
    if j + 1 < n and toks[j + 1].tag_ in ("NNP", "NNPS") and toks[j + 1].text[:1].isupper():
        return False  # "Arsenal 2 Chelsea 1": a result
    if len(t.text) == 2 and j + 1 < n and toks[j + 1].text in (",", "."):
        return False  # "Ronaldo 9, Rooney 87": a line-up's minutes
    if i > 0 and toks[i - 1].text == "(":
        return False
    if j - i == 1 and (is_common_word(prev.text, 4.3) or is_first_name(prev.text) or _calendar_word(prev)):
        return False
    return not any(w.lower_ in _PROVISIONS or w.lower_ in LEGISLATION_DESIGNATORS for w in toks[i:j])


def _chunks(doc: Doc, title_case: bool, toks: list[Token]) -> list[tuple[int, int]]:
    """Maximal runs of capitalised tokens, allowed to bridge connectors and name-internal apostrophes
    (``toks``: the paragraph's token list, read instead of making spaCy tokens anew, by the helpers too,
    which read only single tokens)."""
    out = []
    i, n = 0, len(doc)
    texts = [t.text for t in toks]
    while i < n:
        text = texts[i]
        if not text or not (text[0].isupper() or text[0] == "@" or _CAMEL.match(text) or _DIGIT_NAME.match(text)):
            i += 1  # no capital: neither _is_cap nor _calendar_name_start can hold (most words)
            continue
        if not _is_cap(toks[i], toks[i].is_sent_start or i == 0 or toks[i - 1].text in ("“", '"', "‘", ":", "(")) and not _calendar_name_start(toks, i) and not _party_name_start(doc, i):
            i += 1
            continue
        if _DOMAIN_NAME.match(text):
            out.append((i, i + 1))  # "Acme.com": a web address is a whole name, never a word of a longer one
            i += 1
            continue
        j = i + 1
        while j < n:
            t = toks[j]
            if _full_stop_before(toks, j) or _DOMAIN_NAME.match(t.text):
                break  # "... nominees include Jay-Z. Soul singer Stevie Wonder", "made by Warner Bros. However"
            if _is_cap(t, False) and not toks[j - 1].text.endswith(("’s", "'s")) and t.whitespace_ is not None:
                j += 1
                continue
            if _surname_like_calendar_word(toks, j):
                j += 1  # "Brian May": a month or weekday that ends a person's name
                continue
            # a possessive inside a name: "Information Commissioner's Office", "Children's Society",
            # or one the tagger reads as a single name ("King's Cross")
            if t.text in ("’s", "'s") and j + 1 < n and _is_cap(toks[j + 1], False) and not (j - i >= 2 and _person_start(toks, i)) and (
                    toks[j + 1].lower_ in ORG_DESIGNATORS and not _name_runs_on(toks, j + 2) or (toks[j + 1].ent_iob_ == "I" and toks[j - 1].ent_type_ == toks[j + 1].ent_type_
                                                  and is_common_word(toks[j + 1].text) and not toks[j + 1].text.isupper()
                                                  and not (j + 2 < n and _is_cap(toks[j + 2], False)))
                    or _body_name_after_possessive(toks, j)):
                j += 2
                continue
            if t.text in ("’s", "'s") and _plural_possessor_in_name(toks, j):
                j += 2  # "Women's Tennis Association", "People's Liberation Army"
                continue
            if (t.text in ("’s", "'s", "’", "'") and j >= 2 and toks[j - 2].text.rstrip(".") in ("St", "Saint") and j - 2 >= i
                    and j + 1 < n and _is_cap(toks[j + 1], False) and toks[j + 1].is_alpha and not _person_start(toks, j + 1)):
                j += 2  # "St James's Palace", "St Stephen's Green": a saint's possessive is a word of a place's or body's name
                continue
            # a person's name runs on across particles: "Philip van Doren Stern", "Roland de Marigny"
            k = j
            while k < n and toks[k].text in NAME_PARTICLES and k - j < 2:
                k += 1
            if k > j and k + 1 < n and toks[k].text == "-" and not toks[k - 1].whitespace_ and not toks[k].whitespace_:
                k += 1  # "Mohammed Mustafa al-Jibouri": the particle glued by a hyphen to the next word
            if k > j and k < n and _is_cap(toks[k], False) and any(_person_start(toks, x) for x in range(i, j)):
                j = k + 1  # (after a title too: "President Luiz Lula da Silva")
                continue
            # a hyphenated first word with a lower-case noun after the hyphen inside a body's name:
            # "Low-fare Carriers Association", not "London-based Acme" (a participle or adjective)
            # nor "Acme Group-owner Post" (a description of the body that follows)
            if (j - i == 1 and t.text == "-" and _attached(toks, j) and not t.whitespace_ and j + 2 < n and toks[j + 1].text.islower()
                    and toks[j + 1].lower_ not in PERSON_NOUNS and toks[j + 1].lower_ not in ORG_DESCRIPTIONS
                    and toks[j + 1].tag_.startswith("NN") and toks[j + 1].whitespace_ and _is_cap(toks[j + 2], False)):
                e = j + 2
                while e < n and _is_cap(toks[e], False):
                    e += 1
                if toks[e - 1].lower_ in ORG_DESIGNATORS:
                    j = e
                    continue
            # a place's name of hyphenated words with small ones inside: "Stoke-on-Trent", "Ashby-de-la-Zouch"
            k = _hyphenated_name_end(toks, j)
            if k is not None:
                j = k
                continue
            # bridge: connectors or an apostrophe token, then a capitalised word
            k = j
            while k < n and (toks[k].lower_ in NAME_CONNECTORS or toks[k].text in ("’", "'", "-") and _attached(toks, k)
                             and not _person_possessive(toks, i, k) and not _possessive_before_name(toks, k)
                             and not _name_possessive(toks, k)) and k - j < 3:
                k += 1
            if k > j and k < n and _is_cap(toks[k], False) and not _DOMAIN_NAME.match(toks[k].text):
                j = k + 1
                continue
            # "on" / "in" inside a designated name: "Convention on Human Rights", "Centre for AI in Medicine"
            # (never into a day or month: "DJ Rob Da Bank on Thursdays" is a name and when he is on air)
            if t.lower_ in ("on", "in") and j + 1 < n and _is_cap(toks[j + 1], False) and toks[j + 1].ent_type_ not in ("GPE", "LOC", "DATE") and not _calendar_word(toks[j + 1]) and (
                    toks[j - 1].lower_ in _DESIGNATORS or any(toks[x].lower_ in _DESIGNATORS and toks[x + 1].lower_ in ("for", "of", "on") for x in range(i, j - 1))):
                j += 2
                continue
            # brackets inside the name of a law: "Health Service (Miscellaneous Provisions) Bill"
            close = _bracketed_name_part(toks, j)
            if close is not None:
                j = close + 1
                continue
            break
        # a lower-case designator closes a programme or event name ("... Management programme")
        if j < n and j - i >= 2 and toks[j].lower_ in (LEGISLATION_DESIGNATORS | EVENT_DESIGNATORS) - {"day", "week", "order", "code", "plan", "policy", "war", "meeting", "convention", "games", "cup", "agenda", "pact", "protocol"} and not (
                toks[j].lower_ in WORK_NOUNS and toks[j - 1].lower_ in ORG_DESIGNATORS):
            j += 1  # (not a work after a body's name: "the Acme World Service programme" is a programme of the service)
        # a number the tagger reads inside a body's or event's name closes it ("Channel 4", "BBC Radio 4")
        if (j < n and re.fullmatch(r"\d{1,2}|[IVX]{1,4}", toks[j].text) and toks[j].ent_iob_ == "I" and toks[j - 1].ent_type_ == toks[j].ent_type_
                and toks[j].ent_type_ in ("ORG", "FAC", "EVENT", "PRODUCT") and not (j + 1 < n and toks[j + 1].ent_iob_ == "I" and toks[j + 1].tag_ != "POS")
                and not _score_after(toks, j)):
            j += 1  # (before a possessive too: "Radio 4's Today programme", 65 of the corpus's 72 "Radio 4")
        # a year or version number closes a law's or product's name ("Data Protection Act 2018", "Android 14")
        elif j < n and toks[j].like_num and re.fullmatch(r"\d+(\.\d+)?", toks[j].text) and not _score_after(toks, j) and (
                (toks[j - 1].lower_ in LEGISLATION_DESIGNATORS and len(toks[j].text) == 4)
                or (toks[j - 1].lower_ in KNOWN_PRODUCTS or toks[j - 1].ent_type_ == "PRODUCT") and len(toks[j].text) <= 4
                or toks[j - 1].lower_ in _PROVISIONS and toks[j].ent_iob_ == "I" and toks[j].ent_type_ == "LAW" and len(toks[j].text) <= 4):
            j += 1
        elif j < n and j > i and _version_number(toks, i, j):
            j += 1  # "Xbox 2", "Half-Life 2": a version's number closes a product's name (typed in add_name)
        if (i >= 2 and texts[i - 1] == "-" and texts[i - 2].isdigit() and not toks[i - 2].whitespace_ and not toks[i - 1].whitespace_
                and (i == 2 or toks[i - 3].whitespace_)):
            out.append((i - 2, j))  # "7-Eleven": a name written with digits and a hyphen before a capital
        else:
            out.append((i, j))
        i = j
    return out


#: Words for a numbered provision of a law, which keeps its number ("Chapter 11", "Section 230", "Article 50").
_PROVISIONS = frozenset({"chapter", "section", "article", "clause", "title", "schedule", "part", "rule", "amendment"})


def _hyphenated_name_end(doc: Doc, j: int) -> int | None:
    """The end of "-on-Trent" when doc[j] is a hyphen that opens lower-case words between hyphens and
    then a capitalised word, all written as one word ("Stoke-on-Trent", "Ashby-de-la-Zouch"); None
    otherwise ("Acme-owned", "Low-fare")."""
    n = len(doc)
    k = j
    small = 0
    while k + 1 < n and doc[k].text == "-" and not doc[k].whitespace_ and not doc[k - 1].whitespace_:
        nxt = doc[k + 1]
        if nxt.text[:1].isupper():
            return k + 2 if small else None
        if not (nxt.is_alpha and nxt.text.islower() and len(nxt.text) <= 5 and not nxt.whitespace_):
            return None
        small += 1
        k += 2
    return None


def _in_hyphenated_name(doc: Doc, k: int) -> bool:
    """Is doc[k] inside one word of capitalised parts and small lower-case ones joined by hyphens
    ("Stoke-on-Trent", "Ashby-de-la-Zouch")?"""
    s_ = k
    while s_ > 0 and not doc[s_ - 1].whitespace_:
        s_ -= 1
    e = k
    while e < len(doc) - 1 and not doc[e].whitespace_:
        e += 1
    word = doc[s_ : e + 1]
    return (len(word) >= 5 and word[0].text[:1].isupper() and word[-1].text[:1].isupper() and any(t.text == "-" for t in word)
            and any(t.is_alpha and t.text.islower() for t in word) and _hyphenated_name_end(doc, s_ + 1) is not None)


def _plural_possessor_in_name(doc: Doc, j: int) -> bool:
    """Is the possessive doc[j] inside a body's name because a plural common noun owns it and one to
    three capitalised words after it end in a designator ("Women's Tennis Association", "People's
    Liberation Army")? A place's possessive ("Britain's Football Association") is not."""
    owner = doc[j - 1]
    if j < 1 or owner.ent_type_ in ("GPE", "LOC", "NORP", "PERSON") or owner.lemma_.lower() == owner.lower_ and owner.tag_ not in ("NNS", "NNPS"):
        return False
    for k in range(j + 1, min(j + 4, len(doc))):
        if not _is_cap(doc[k], False):
            return False
        if doc[k].lower_ in ORG_DESIGNATORS:
            return True
    return False


def _party_name_start(doc: Doc, i: int) -> bool:
    """"Liberal Democrat leader Jane Roe said": an everyday word opening a sentence that opens a
    party's name of two or three capitalised words (party_names.txt, in the singular too) is a word of
    the name, not a capital of its place."""
    for n in (2, 3):
        run = doc[i : i + n]
        if len(run) == n and all(t.text[:1].isupper() and t.is_alpha for t in run):
            key = fold(run.text)
            if party_of(key):
                return True
    return False


#: Words that make the weekday or month after them a date ("last June", "since Monday", "early May").
_DATE_OPENERS = frozenset({"on", "last", "next", "this", "every", "until", "since", "from", "till", "early", "late", "mid"})


def _calendar_name_start(doc: Doc, i: int) -> bool:
    """"the Sunday Times", "the Monday Club": a capitalised weekday or month between "the" and a
    capitalised word opens a name (a date is never written "the Sunday Times"); so does a month's
    name or short form that the tagger reads as a given name before a surname ("Jan Novak")."""
    t = doc[i]
    if not (t.lower_ in CALENDAR_WORDS and t.text[:1].isupper() and i + 1 < len(doc) and _is_cap(doc[i + 1], False)
            and not doc[i + 1].like_num):
        return False
    # "Jan Novak", "April Jones": a month the tagger reads as the given name opening a person's name
    nxt = doc[i + 1]
    given = t.ent_type_ == "PERSON" and t.ent_iob_ == "B" and nxt.ent_type_ == "PERSON" and nxt.ent_iob_ == "I" or (
        fold(t.text) in FIRST_NAMES and nxt.tag_ == "NNP" and nxt.text[1:].islower() and nxt.lower_ not in CALENDAR_WORDS
        and not is_common_word(nxt.text, 3.5) and not (i > 0 and doc[i - 1].tag_ in ("IN", "CD", "TO", "DT")))
    # "Last June Grewcock was banned", "since April Roe has": a month after a word that dates it is a date
    given = given and not (i > 0 and doc[i - 1].lower_ in _DATE_OPENERS)
    # (a listed given name before a word that is no everyday one, not after "in" or a number: "in May Lloyds")
    # "Sunday Telegraph journalist X", "a Sunday Mirror report": a weekday before a newspaper's last word
    # ("Times", "Mirror") names the paper, with or without "the"
    paper = (t.lower_.endswith("day") and ORG_DESIGNATORS.get(nxt.lower_) == "media" and nxt.lower_ not in ("news", "press")
             and (i + 2 >= len(doc) or not _is_cap(doc[i + 2], False))
             and not (i > 0 and doc[i - 1].lower_ in _DATE_OPENERS))
    return given or paper or i > 0 and doc[i - 1].lower_ == "the"


def _name_runs_on(doc: Doc, k: int) -> bool:
    """Does a capitalised word at doc[k] carry on the name after a designator that follows a
    possessive ("Pearson's Financial Times", "Northwind's News International")? Then the designator
    opens a second body's name, owned by the first, and does not end one name with a possessive
    inside ("Information Commissioner's Office")."""
    return k < len(doc) and _is_cap(doc[k], False) and doc[k].ent_iob_ != "O" and doc[k].ent_iob_ != ""


def _person_possessive(doc: Doc, i: int, k: int) -> bool:
    """Is the apostrophe doc[k] the possessive of a person's name doc[i:k] ("Wesley Snipes' Blade",
    "Jo Evans' new band"), not inside a body's name ("Professional Footballers' Association")?"""
    return doc[k].text in ("’", "'") and bool(doc[k].whitespace_) and k - i >= 2 and _person_start(doc, i) and doc[k - 1].lower_.endswith("s")


def _name_possessive(doc: Doc, k: int) -> bool:
    """Is the apostrophe doc[k] the possessive of a name ending in "s" that is no plural of an everyday
    noun ("Oasis' Definitely Maybe", "Wales' captain"), not the plural possessive inside a body's name
    ("Supporters' Trust", "Footballers' Association")?"""
    if not (doc[k].text in ("’", "'") and doc[k].whitespace_ and k > 0):
        return False
    prev = doc[k - 1].lower_
    if not (prev.endswith("s") and doc[k - 1].text[:1].isupper() and not is_common_word(prev[:-1], 3.0) and not is_common_word(prev, 4.0)):
        return False
    for x in range(k + 1, min(k + 4, len(doc))):  # ("Theatregoers' Choice Awards": the words after end a body's or event's name)
        if not _is_cap(doc[x], False):
            break
        if doc[x].lower_ in ORG_DESIGNATORS or doc[x].lower_ in EVENT_DESIGNATORS or doc[x].lower_ in ("awards", "award", "prize"):
            return False
    return True


def _after_post_noun(doc: Doc, a: int, b: int) -> bool:
    """Does the name doc[a:b] (two or three proper nouns) stand right after a lower-case noun for a
    person or a post ("boss Graeme Souness", "captain Fabien Pelous"), not a relation between
    bodies ("rival", "partner")?"""
    words = [t for t in doc[a:b] if t.text != "-"]  # ("Sven-Goran Eriksson": a hyphenated given name is one word)
    return (2 <= len(words) <= 3 and a > 0 and all(t.tag_ in ("NNP", "NNPS") for t in words) and doc[a - 1].pos_ == "NOUN"
            and doc[a - 1].text.islower() and doc[a - 1].lemma_.lower() in PERSON_NOUNS and doc[a - 1].lemma_.lower() not in _RELATIONAL_NOUNS)


def _possessive_before_name(doc: Doc, k: int) -> bool:
    """Is the apostrophe doc[k] a plural possessive ending one body's name before the tagger opens
    another ("Harbour Lines' Skylink subsidiary"), not inside one name ("Footballers' Association")?"""
    return (doc[k].text in ("’", "'") and bool(doc[k].whitespace_) and k + 1 < len(doc) and doc[k + 1].ent_iob_ == "B"
            and k > 0 and doc[k - 1].ent_type_ != "" and doc[k - 1].lower_.endswith("s"))


def _attached(doc: Doc, k: int) -> bool:
    """An apostrophe or hyphen inside a word ("O ' Neill" as the tokenizer cuts it, "Neath-Swansea"),
    not one that closes a plural possessive ("Dragons' Ian Gough") or stands between spaces ("Cannes - Nair")."""
    if doc[k].text == "-":
        return not doc[k].whitespace_ and k > 0 and not doc[k - 1].whitespace_
    # "Supporters' Trust" goes on; "Dragons' Ian Gough" is a club's player
    return not (doc[k].whitespace_ and k + 1 < len(doc) and _person_start(doc, k + 1))


def _surname_like_calendar_word(doc: Doc, j: int) -> bool:
    """A capitalised month or weekday that ends a name right after a first name or a proper noun
    ("Brian May", "Jane April", "Kelso Wednesday"), not a date ("May 5", "Brian in May")."""
    t = doc[j]
    if not (j > 0 and t.lower_ in CALENDAR_WORDS and t.text[:1].isupper()):
        return False
    if (t.ent_type_ == "PERSON" and doc[j - 1].ent_type_ == "PERSON" and doc[j - 1].text[:1].isupper()
            and not (j + 1 < len(doc) and doc[j + 1].like_num)):
        return True
    # "Jane May", "Kelso Wednesday": a capitalised weekday or month right after a given name or a
    # proper noun that is no everyday word (no article, preposition, number or adjective before it:
    # "on Friday", "last May", "Good Friday", "Easter Monday") ends a name whatever the tagger reads
    # it as: a British news date stands after a preposition or alone, never glued to a name. Not a
    # big city's name ("in Washington Tuesday", the American wire's date), nor a month before a
    # number ("Jane Roe May 5").
    prev = doc[j - 1]
    return (t.tag_ == "NNP" and prev.tag_ in ("NNP", "NNPS") and prev.text[:1].isupper() and prev.text[1:].islower()
            and prev.lower_ not in CALENDAR_WORDS and prev.ent_type_ not in ("DATE", "TIME", "NORP", "CARDINAL", "ORDINAL")
            and not (j + 1 < len(doc) and doc[j + 1].like_num)
            and (prev.ent_type_ == "PERSON" or fold(prev.text) in FIRST_NAMES or not is_common_word(prev.text, 4.0)))


#: Last words of names of bodies, laws, events and products.
_DESIGNATORS = frozenset(ORG_DESIGNATORS) | LEGISLATION_DESIGNATORS | EVENT_DESIGNATORS | PRODUCT_DESIGNATORS


def _bracketed_name_part(doc: Doc, j: int) -> int | None:
    """The index of ")" when doc[j] opens a bracket of capitalised words inside a law's name (the
    name goes on after it and ends in "Act", "Bill", ...): "Health Service (Miscellaneous Provisions) Bill"."""
    if doc[j].text != "(":
        return None
    close = next((x for x in range(j + 1, min(len(doc), j + 8)) if doc[x].text == ")"), None)
    if close is None or close == j + 1 or close + 1 >= len(doc):
        return None
    if not all(_is_cap(doc[x], False) or doc[x].lower_ in NAME_CONNECTORS for x in range(j + 1, close)):
        return None
    e = close + 1
    while e < len(doc) and _is_cap(doc[e], False):
        e += 1
    return close if e > close + 1 and doc[e - 1].lower_ in LEGISLATION_DESIGNATORS else None


def _person_start(doc: Doc, i: int) -> bool:
    """doc[i] opens a person's name: a given name, or the tagger's person."""
    return is_first_name(doc[i].text) or (doc[i].ent_type_ == "PERSON" and doc[i].ent_iob_ == "B")


def _ends_body_name(t: Token) -> bool:
    """Is ``t`` a word that ends a body's name: a designator ("Group", "Holdings") or a legal form ("Ltd")?"""
    return t.lower_ in ORG_DESIGNATORS or t.lower_.strip(".") in _LEGAL_FORMS


#: Peers' forms of address, written "Lord Jones of Anytown": the name is "Lord Jones".
_PEERAGE = frozenset({"lord", "lady", "baroness", "baron", "viscount", "viscountess"})


def _hyphen_in_one_name(doc: Doc, k: int) -> bool:
    """Is the hyphen doc[k] inside one word of one name ("Rollo-Fenwick" as the tagger reads it),
    not between two names ("US-China talks", "the Paris-Berlin line")?"""
    if not (0 < k < len(doc) - 1 and _attached(doc, k) and not doc[k].whitespace_):
        return False
    left, right = doc[k - 1], doc[k + 1]
    if left.ent_type_ not in ("ORG", "PERSON", "FAC", "PRODUCT", "GPE") or right.ent_iob_ != "I" or right.ent_type_ != left.ent_type_:
        return False
    return not any(fold(t.text) in COUNTRIES or t.ent_type_ == "GPE" and t.ent_iob_ == "B" and t.i == k + 1 for t in (left, right))


def _office_holder_start(doc: Doc, a: int, b: int) -> int | None:
    """Where the holder's name starts in a run that opens with a title naming its office after "of" or
    "for" ("Secretary of State Jane Roe", "Chancellor of the Exchequer Jane Roe", "Minister for Europe
    Jane Roe"): the first word after the office that opens a name of two or three words, a given name
    or the tagger's person, with nothing of a body's name in the office ("Chief Constable of Kent Police
    Jane Roe" names the force, read apart); None for other runs."""
    h = a
    while h < b and doc[h].lower_ in ROLE_WORDS and doc[h].text[:1].isupper():
        h += 1
    if h == a or h + 2 >= b or doc[h - 1].lower_ not in ROLE_HEADS or doc[h].lower_ not in ("of", "for"):
        return None
    for p in range(h + 2, b - 1):
        if b - p > 3 or doc[p - 1].lower_ in NAME_CONNECTORS:
            continue
        if not (_given_name(doc[p]) or doc[p].ent_type_ == "PERSON" and doc[p].ent_iob_ == "B"):
            continue
        name = doc[p:b]
        if any(t.lower_ in _DESIGNATORS or t.lower_ in ROLE_WORDS or not t.text[:1].isupper() and t.text != "-" for t in name):
            return None
        field = p - h == 2 and doc[h - 1].lower_ in ("secretary", "minister") and doc[h + 1].text[1:].islower() and is_common_word(doc[h + 1].text, 4.0)
        if not field and any(t.lower_ in ORG_DESIGNATORS or t.text.isupper() for t in doc[h + 1 : p]):
            return None  # (a minister's field is no body's name, though the word may end one: "Secretary of Energy")
        return p
    return None


def _name_particle(doc: Doc, k: int, b: int) -> bool:
    """Is doc[k] a particle of a name written with a capital ("De" of "Robert De Niro", "La" of
    "Deportivo La Coruna"), not a small word joining two names? It opens a word that a capitalised
    word of the same run follows ("de" and "la" in lower case join the words of a body's name)."""
    t = doc[k]
    return (t.lower_ in NAME_PARTICLES and t.text[:1].isupper() and not t.text.isupper() and k + 1 < b
            and doc[k + 1].is_alpha and doc[k + 1].text[:1].isupper())


def _particle_in_place(doc: Doc, k: int, b: int) -> bool:
    """Is doc[k] a lower-case particle ("de", "da", "la") inside one place's name that the tagger reads
    whole ("Rio de Janeiro"), between two capitalised words of the run?"""
    t = doc[k]
    return (t.lower_ in NAME_PARTICLES and t.text.islower() and 0 < k and k + 1 < b and t.ent_iob_ == "I"
            and t.ent_type_ in ("GPE", "LOC") and doc[k - 1].ent_type_ == t.ent_type_ and doc[k + 1].ent_iob_ == "I"
            and doc[k + 1].ent_type_ == t.ent_type_ and doc[k + 1].text[:1].isupper())


def _whole_acronym(t: Token) -> bool:
    """An acronym of two letters or more ("IMF", "PDVSA"): a whole name, never one word of a longer one joined by "and"."""
    return len(t.text) >= 2 and t.text.isupper() and t.text.isalpha()


#: English articles: one after "and" opens a new noun phrase, never the rest of the same name.
_ARTICLES = frozenset({"the", "a", "an"})


def _of_everyday_words(doc: Doc, start: int, k: int, b: int) -> bool:
    """Does "of" at doc[k] go on one name: capitalised everyday words after it ("Hall of Fame",
    "House of Flying Daggers", "Personality of the Year") that name no place, person or people, and
    before it a word of no title ("Minister of Health", "Head of News" are a post and a field) nor
    of a person's name? A name of a place or person after "of" ends the one before it ("Mayor of
    London"); so does a name that goes on past the everyday words."""
    e = k + 1 + (k + 1 < b and doc[k + 1].lower_ == "the")
    if e >= b or k <= start:
        return False
    tail = doc[e:b]
    before = doc[k - 1]
    if (before.lower_ in ROLE_WORDS or before.lower_.rstrip(".") in HONORIFICS or before.ent_type_ in ("PERSON", "GPE", "NORP")
            or before.lower_ in PLACE_OF_HEADS or before.lower_ in _PEERAGE):
        return False
    return all(t.is_alpha and t.text[:1].isupper() and t.text[1:].islower() and (is_common_word(t.text, 3.5) or t.lower_.endswith("s")
               and is_common_word(t.text[:-1], 3.5))
               and t.ent_type_ not in ("GPE", "LOC", "NORP", "PERSON") and t.lower_ not in NAME_CONNECTORS and fold(t.text) not in FIRST_NAMES
               and t.lower_ not in ROLE_WORDS for t in tail)


def _split_connectors(doc: Doc, a: int, b: int) -> list[tuple[int, int]]:
    """Keep "X of/for/and Y" together only when it is an organisation, law or event name."""
    words = [t.text for t in doc[a:b]]
    has_conn = any(t.lower_ in NAME_CONNECTORS for t in doc[a:b])
    if not has_conn:
        return [(a, b)]
    titled = b - a >= 4 and _person_start(doc, a + 1) and (
        doc[a].lower_ in PERSON_NOUNS or doc[a].lower_ in ROLE_WORDS or doc[a].lower_.rstrip(".") in HONORIFICS)
    if (_person_start(doc, a) or titled) and all(t.text in NAME_PARTICLES or t.lower_ not in NAME_CONNECTORS or _name_particle(doc, t.i, b) for t in doc[a:b]):
        return [(a, b)]  # "Roland de Marigny", "Actor Rodrigo de la Serna": particles of a person's name (after a title too)
    if _office_holder_start(doc, a, b) is not None:
        return [(a, b)]  # "Secretary of State for Trade Jane Roe": a title with "of" in it, then the holder's name
    if b - a >= 5 and _place_word(doc[a]) and doc[a].ent_iob_ != "I" and _office_holder_start(doc, a + 1, b) is not None:
        return [(a, a + 1), (a + 1, b)]  # "US Secretary of State Jane Roe": the country, then the title and its holder
    if (b - a >= 4 and doc[a].lower_ in _PEERAGE and doc[a + 2].lower_ == "of" and doc[a + 1].text[:1].isupper()
            and doc[a + 1].lower_ not in ROLE_WORDS):
        return [(a, a + 2)]  # "Baroness Wrenfield of Tolworth": a peer's name, then the place of the title (no name of its own)
    if all(t.lower_ in ROLE_WORDS or t.lower_ in NAME_CONNECTORS for t in doc[a:b]):
        return [(a, b)]  # a title: "Secretary of State for"
    p = a  # "Detective Inspector Paul Brant of Wessex Valley Police": the title, then the person
    while p < b - 2 and (doc[p].lower_ in ROLE_WORDS or doc[p].lower_.rstrip(".") in HONORIFICS) and doc[p].text[:1].isupper():
        p += 1
    for k in range(p + 2, min(p + 4, b - 1)):
        if doc[k].lower_ in ("of", "at", "from", "for") and _person_start(doc, p) and doc[k - 1].ent_type_ == "PERSON" and not any(
                t.lower_ in _DESIGNATORS and not (t.i == p and t.ent_iob_ == "B" and t.ent_type_ == "PERSON")  # ("Bill Condon")
                or t.lower_ in ROLE_WORDS or t.lower_ in NAME_CONNECTORS for t in doc[p:k]):
            return [(a, k)] + _split_connectors(doc, k + 1, b)  # "Gary Thayer of AG Edwards & Sons": a person, then his firm
    for k in range(a + 1, b - 2):
        if doc[k].lower_ == "and" and _given_and_surname(doc, k + 1, b) and not _person_start(doc, a):
            # "the University of Calverton and Dan Gillmor": a body's name, then a person's; no one name
            # joins a person's given name and surname to a body's name with "and"
            return _split_connectors(doc, a, k) + [(k + 1, b)]
    for k in range(a + 1, b - 1):
        verb = doc[k].head
        if (doc[k].lower_ == "to" and doc[k].dep_ in ("prep", "dative") and verb.pos_ == "VERB" and not a <= verb.i < b
                and any(t.dep_ == "dobj" and t.head.i == verb.i for t in doc[a:k])
                and (doc[b - 1].lower_ not in _DESIGNATORS or b < len(doc) and doc[b].pos_ == "NOUN" and doc[b].text.islower())):
            # "captained St Helens to Challenge Cup success", "guided Chester to the Conference title": a
            # verb's object, then where the verb took it; not "the London to Brighton Run" (no object), nor
            # "backed Lord Roe's Succession to the Crown Bill" (a law's name ends there, no noun after it)
            return _split_connectors(doc, a, k) + _split_connectors(doc, k + 1 + (doc[k + 1].lower_ in _ARTICLES), b)
    for k in range(a + 2, b - 1):
        if doc[k].lower_ == "to" and _ends_body_name(doc[k - 1]) and _ends_body_name(doc[b - 1]) and doc[k + 1].tag_ != "VB":
            # "Harbour Foods Group to Ocean Holdings": two complete bodies' names joined by "to";
            # "Global Alliance to End Hunger" is one name (what follows "to" is no body's name)
            return _split_connectors(doc, a, k) + _split_connectors(doc, k + 1, b)
    for k in range(a + 2, b - 1):
        if (doc[k].lower_ == "of" and (doc[k - 1].ent_type_ == "ORG" or ORG_DESIGNATORS.get(doc[k - 1].lower_) == "company") and doc[k + 1].ent_iob_ != "I"
                and doc[k - 1].lower_ not in _OF_PLACE_HEADS):
            # "Kelco Electronics of Japan (and ...)": the firm, then its country, where the tagger does
            # not read the country into the firm's name ("Royal Bank of Scotland" it does)
            for e in range(k + 2, b + 1):
                if fold(doc[k + 1 : e].text) in COUNTRIES and (e == b or e < b - 1 and doc[e].lower_ in ("and", "or")):
                    return _split_connectors(doc, a, k) + [(k + 1, e)] + (_split_connectors(doc, e + 1, b) if e < b else [])
    for k in range(a + 1, b - 1):
        if (doc[k].lower_ in ("and", "or") and fold(doc[a:k].text) in COUNTRIES and fold(doc[k + 1 : b].text) in COUNTRIES
                and fold(doc[a:b].text) not in COUNTRIES):  # ("Trinidad and Tobago" is one)
            return [(a, k), (k + 1, b)]  # "the United States and Brazil": two countries, whatever the tagger spans
    if b - a >= 3 and doc[a + 1].lower_ == "and" and _whole_acronym(doc[a]) and doc[a + 2].text[:1].isupper() and len(doc[a + 2].text) >= 2:
        return [(a, a + 1)] + _split_connectors(doc, a + 2, b)  # "the IMF and World Bank": an acronym is a whole name already
    if b - a >= 4 and doc[a + 1].lower_ == "to" and doc[a + 2].lower_ in _ARTICLES and _whole_acronym(doc[a]) and doc[a + 3].text[:1].isupper():
        return [(a, a + 1)] + _split_connectors(doc, a + 3, b)  # "from the IMF to the Institute for Fiscal Studies": a range of two names
    if b - a >= 3 and doc[b - 2].lower_ == "and" and _whole_acronym(doc[b - 1]) and doc[b - 3].text[:1].isupper() and len(doc[b - 3].text) >= 2:
        return _split_connectors(doc, a, b - 2) + [(b - 1, b)]  # "the World Bank and IMF"
    low = {w.lower().strip(".'’") for w in words}
    if b - a >= 3 and doc[a].lower_ in PLACE_OF_HEADS and doc[a + 1].lower_ == "of" and doc[a].text[:1].isupper() and not any(
            t.lower_ in ("and", "&", "for") for t in doc[a + 2 : b]):
        return [(a, b)]  # "Isle of Man", "Gulf of Mexico", "Republic of Ireland": a place's name opens with its kind
    designated = bool(
        low & (set(ORG_DESIGNATORS) | LEGISLATION_DESIGNATORS | EVENT_DESIGNATORS)
        - {"news", "post", "times", "group", "mail", "express", "standard", "independent", "network", "team", "forces", "force", "plan", "order", "code", "policy", "day", "week"}
    )
    # an acronym in brackets right after the run that abbreviates it also vouches for it, or for
    # the end of the run after a connector ("Director General of the British Chambers of Commerce (BCC)")
    if not designated and b + 2 < len(doc) + 1 and b < len(doc) and doc[b].text == "(" and b + 1 < len(doc):
        designated = acronym_matches(doc[b + 1].text, " ".join(words))
        for k in range(a + 1, b - 1) if not designated else ():
            if doc[k].lower_ in NAME_CONNECTORS and doc[k].lower_ != "the" and doc[k - 1].lower_ not in NAME_CONNECTORS:
                s_ = k + 1 + (doc[k + 1].lower_ == "the")
                if s_ < b - 1 and doc[s_].lower_ not in NAME_CONNECTORS and acronym_matches(doc[b + 1].text, doc[s_:b].text):
                    return _split_connectors(doc, a, k) + [(s_, b)]
    # so does the tagger reading the whole run as one body's name ("International Register of Stolen Art")
    if not designated and doc[a].ent_type_ in ("ORG", "FAC", "LAW", "EVENT") and doc[a].ent_iob_ == "B" or (
            a > 0 and doc[a].ent_iob_ == "I" and doc[a - 1].lower_ in ("the", "a", "an") and doc[a].ent_type_ in ("ORG", "FAC", "LAW", "EVENT")):
        designated = designated or (all(doc[x].ent_iob_ == "I" and doc[x].ent_type_ == doc[a].ent_type_ for x in range(a + 1, b))
                                    and (b >= len(doc) or doc[b].ent_iob_ != "I")
                                    # "brought Brainstorm to Channel 5": "to" before a name, not a verb, joins two names
                                    and not any(doc[x].lower_ == "to" and not doc[x + 1].tag_.startswith("VB") for x in range(a + 1, b - 1)))
    # so does a descriptive noun right before it: "the environmental law group Lawyers for a Living Planet"
    if not designated and _descriptor_before(doc, a) and doc[a - 1].tag_ != "NNS":  # "firms X and Y" is a list
        designated = True
    if a > 0 and doc[a - 1].text.islower() and (doc[a - 1].tag_ == "NNS" or doc[a - 1].lower_.endswith("s") and (
            doc[a - 1].lower_[:-1] in ORG_DESCRIPTIONS or doc[a - 1].lower_[:-1] in _RELATIONAL_NOUNS)):
        # "rivals Keller and Western Motors", "carmakers Brakton and Keller Motor": a plural noun before it lists them
        for k in range(a + 1, b - 1):
            if doc[k].lower_ == "and":
                return _split_connectors(doc, a, k) + _split_connectors(doc, k + 1, b)
    # "Deutsche Bank and Gazprom": the tagger reads a whole name of several words (no "of/for" in
    # it), then a new name after "and": two names, not one with "and" in it
    if doc[a].ent_iob_ == "B" and doc[a].ent_type_ in ("ORG", "FAC", "GPE", "PERSON"):
        for k in range(a + 1, b - 1):
            if doc[k].ent_iob_ != "I" or doc[k].ent_type_ != doc[a].ent_type_ or doc[k].lower_ in NAME_CONNECTORS:
                break
        else:
            k = b
        if (a + 2 <= k < b - 1 and doc[k].lower_ == "and" and doc[k].ent_iob_ == "O" and doc[k + 1].ent_iob_ == "B"
                and doc[k + 1].ent_type_ in ("ORG", "FAC", "GPE", "PERSON")):
            return _split_connectors(doc, a, k) + _split_connectors(doc, k + 1, b)
        # "Pakistan International Airlines and EVA of Taiwan": the tagger's body ends at a word that
        # ends a body's name, and a new name follows "and" (the tagger left it unread)
        if (a + 2 <= k < b - 1 and doc[k].lower_ == "and" and doc[k].ent_iob_ == "O" and doc[a].ent_type_ == "ORG"
                and _ends_body_name(doc[k - 1]) and doc[k + 1].text[:1].isupper() and doc[k + 1].ent_iob_ != "I"):
            return _split_connectors(doc, a, k) + _split_connectors(doc, k + 1, b)
    and_the = any(doc[k].lower_ == "and" and doc[k + 1].lower_ in _ARTICLES for k in range(a + 1, b - 1))
    if designated and doc[a:b][-1].lower_ not in NAME_CONNECTORS and not and_the:
        return [(a, b)]
    # "X and the Y", "X and a Y interview" is a list of two names, whatever they are
    for k in range(a + 1, b - 1):
        if doc[k].lower_ == "and" and doc[k + 1].lower_ in _ARTICLES:
            return _split_connectors(doc, a, k) + _split_connectors(doc, k + 2, b)
    cuts = [a - 1] + [k for k in range(a + 1, b - 1) if doc[k].lower_ in ("and", ",")] + [b]
    for c, d in zip(cuts, cuts[1:]):
        if _title_of_the(doc, c + 1, d):  # ("roles in Eternal Sunshine of the Spotless Mind and Finding Neverland")
            return (_split_connectors(doc, a, c) if c > a else []) + (_split_connectors(doc, d + 1, b) if d + 1 < b else [])
    parts, start = [], a
    kept_of: set[int] = set()
    for k in range(a, b):
        if doc[k].text == "&" and a < k < b - 1:
            continue  # "Procter & Gamble", "Johnson & Johnson": "&" only ever joins the words of one name
        if doc[k].text == "-" and _hyphen_in_one_name(doc, k):
            continue  # "Rollo-Fenwick": one name the tagger reads whole, not two
        if _in_hyphenated_name(doc, k):
            continue  # "Ashby-de-la-Zouch": the small words of one hyphenated name
        if doc[k].lower_ == "of" and k == start + 1 and doc[start].lower_ in PLACE_OF_HEADS and doc[start].text[:1].isupper():
            continue  # "Isle of Wight and ...": a place's name opens with its kind
        if _name_particle(doc, k, b):
            continue  # "Robert De Niro", "Deportivo La Coruna": a capitalised particle is a word of the name
        if _particle_in_place(doc, k, b):
            continue  # "Rio de Janeiro", "Sao Jose dos Campos": a particle inside one place's name
        if doc[k].lower_ == "of" and _of_everyday_words(doc, start, k, b):
            kept_of.update((k, k + 1))  # "Music Hall of Fame", "House of Flying Daggers": "of" and everyday words end one name
            continue
        if doc[k].lower_ == "the" and k in kept_of:
            continue  # ("Personality of the Year")
        if doc[k].lower_ in NAME_CONNECTORS or doc[k].text in ("’", "'", "-"):
            if k > start:
                parts.append((start, k))
            start = k + 1
    if start < b:
        parts.append((start, b))
    return parts


def _title_of_the(doc: Doc, a: int, b: int) -> bool:
    """Is doc[a:b] "A of the B" with no designator in it, each side one or two capitalised words that
    are no title, honorific, person's noun, place's kind, place, people or person ("Eternal Sunshine
    of the Spotless Mind", "Day of the Jackal"): the title of a work, which names neither side? Bodies,
    laws and events say what they are ("Museum of the Moving Image"); posts name their holder's field
    ("Leader of the House")."""
    ks = [k for k in range(a + 1, b - 2) if doc[k].lower_ == "of" and doc[k + 1].lower_ == "the" and doc[k + 1].text.islower()]
    if not ks and b - a == 3 and doc[a + 1].lower_ == "of" and _title_of_words(doc, a):
        return True
    if len(ks) != 1:
        return False
    k = ks[0]
    sides = (doc[a:k], doc[k + 2 : b])
    if not all(1 <= len(side) <= 2 for side in sides):
        return False
    return all(t.is_alpha and t.text[:1].isupper() and not t.text.isupper() and t.lower_ not in _DESIGNATORS
               and t.lower_ not in ROLE_WORDS and t.lower_.rstrip(".") not in HONORIFICS and t.lower_ not in PERSON_NOUNS
               and t.lower_ not in PLACE_OF_HEADS and t.lower_ not in _PEERAGE and t.ent_type_ not in ("GPE", "LOC", "NORP")
               and fold(t.text) not in COUNTRIES
               for side in sides for t in side)


def _title_of_words(doc: Doc, a: int) -> bool:
    """Is doc[a:a + 3] "A of B", two everyday nouns written with capitals that are no designator, title,
    honorific, person's noun, place's kind, place, people or given name ("Ring of Fire", "Heart of
    Glass"), not opening a longer run of capitals: the title of a work, which names neither word?
    Bodies, places and posts say what they are ("Bank of England", "Isle of Man", "Secretary of State")."""
    if a > 0 and doc[a - 1].text[:1].isupper() and doc[a - 1].is_alpha and not doc[a - 1].is_sent_start:
        return False
    if a + 3 < len(doc) and doc[a + 3].text[:1].isupper() and doc[a + 3].is_alpha:
        return False
    if any(t.ent_type_ in ("ORG", "GPE", "LOC", "FAC", "NORP", "LAW", "EVENT") for t in doc[a : a + 3]):
        return False  # "the House of Lords": the tagger's body, place or law
    return all(t.is_alpha and t.text[:1].isupper() and t.text[1:].islower() and t.lower_ not in _DESIGNATORS
               and t.lower_ not in ROLE_WORDS and t.lower_.rstrip(".") not in HONORIFICS and t.lower_ not in PERSON_NOUNS
               and t.lower_ not in PLACE_OF_HEADS and t.lower_ not in _PEERAGE and t.ent_type_ not in ("GPE", "LOC", "NORP")
               and fold(t.text) not in COUNTRIES and fold(t.text) not in FIRST_NAMES and t.pos_ != "PRON"
               and t.tag_ not in ("NNS", "NNPS") and is_common_word(t.text, 4.0)
               for t in (doc[a], doc[a + 2]))


#: Heads of names that go on with "of" and a country ("Royal Bank of Scotland", "Commonwealth Bank of Australia").
_OF_PLACE_HEADS = frozenset({"bank", "church", "university", "college"}) | PLACE_OF_HEADS


#: Legal-form words that end a company's name: nothing of the same name follows them.
_LEGAL_FORMS = frozenset(words("legal_forms"))
#: Offices addressed with an honorific in place of a name ("Mr President"); any other title word after "Mr" is a surname.
ADDRESSED_OFFICES = words("addressed_offices")


def _split_listed(doc: Doc, a: int, b: int, alone: set[str]) -> list[tuple[int, int]]:
    """A run kept whole as one name that is a list of two ("Acme Insider and Bright Signal",
    "Fenwick and Sons Ltd and Marston Holdings"): split at an "and" after a legal-form word
    ("Ltd and"), or where the article also names one side on its own ("Jessops said ...")."""
    for k in range(a + 1, b - 1):
        if doc[k].lower_ != "and":
            continue
        left, right = _trim(doc, a, k), _trim(doc, k + 1, b)
        if left[0] >= left[1] or right[0] >= right[1]:
            continue
        if doc[k - 1].lower_.rstrip(".") in _LEGAL_FORMS or (
                name_key(doc[left[0]:left[1]].text) in alone or name_key(doc[right[0]:right[1]].text) in alone) or (
                # "Jane Roe and Northwind United": a person's given name and surname, then a name of
                # two words or more, are two names ("Blake and Keller Partners" has no given name)
                _given_and_surname(doc, *left) and right[1] - right[0] >= 2 and doc[right[0]].lower_ not in _DESIGNATORS) or (
                # "Banque Misr, National Bank of Egypt, Banque du Caire and Bank of Alexandria": the
                # "and" that ends a list of names set off by commas joins its last two items
                _ends_comma_list(doc, a) and right[1] - right[0] >= 2 and left[1] - left[0] >= 2
                and not all(t.lower_ in _DESIGNATORS or t.lower_.rstrip(".") in _LEGAL_FORMS for t in doc[right[0] : right[1]])):
            return [left] + _split_listed(doc, right[0], right[1], alone)
    return [(a, b)]


def _ends_comma_list(doc: Doc, a: int) -> bool:
    """Does the run starting at doc[a] follow two names set off by commas ("A, B, <run>")?"""
    commas = 0
    k = a - 1
    while k >= 1 and doc[k].text == "," and doc[k - 1].text[:1].isupper() and not doc[k - 1].is_sent_start:
        commas += 1
        k -= 1
        while k >= 0 and (doc[k].text[:1].isupper() or doc[k].lower_ in NAME_CONNECTORS) and not doc[k].is_sent_start:
            k -= 1
    return commas >= 2


#: Forms of address that open a person's name wherever they stand in a run of capitals.
_ADDRESS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "mx", "dr", "dr.", "prof", "prof."})


def _split_at_address(doc: Doc, a: int, b: int) -> list[tuple[int, int]]:
    """"Speaking in Harrogate Mr Kennedy said": a form of address inside a run of capitals opens
    a person's name there; the words before it are a name of their own (or a title)."""
    for k in range(a + 1, b - 1):
        if doc[k].lower_ in _ADDRESS and doc[k].text[:1].isupper() and _is_cap(doc[k + 1], False) and not all(
                doc[x].lower_.rstrip(".") in HONORIFICS or doc[x].lower_ in ROLE_WORDS for x in range(a, k)):
            return [(a, k)] + _split_at_address(doc, k, b)
    return [(a, b)]


def _place_word(t: Token) -> bool:
    """A country, a place or a nationality as one word ("US", "China", "German")."""
    return fold(t.text) in COUNTRIES or fold(t.text) in DEMONYM_NOUNS or t.ent_type_ in ("GPE", "NORP", "LOC")


def _split_place_pairs(doc: Doc, a: int, b: int) -> list[tuple[int, int]]:
    """"US-China talks", "a US-German carmaker": two places or nationalities joined by a hyphen are
    two names, not one; a run that goes on past the second ("Neath-Swansea Ospreys") is one name."""
    if b - a != 3 or doc[a + 1].text != "-" or doc[a + 1].whitespace_ or doc[a].whitespace_:
        return [(a, b)]
    left, right = doc[a], doc[a + 2]
    if _place_word(left) and _place_word(right) and right.ent_iob_ != "I":
        return [(a, a + 1), (a + 2, b)]
    return [(a, b)]


#: Common nouns for a kind of organisation that no person bears (WordNet: brokerage, bank, union, insurer ...).
_WN_BODY_NOUNS = words("wn_organization_nouns")
#: ... and with them the news words for bodies that WordNet lacks or files under people or things (airline,
#: retailer, giant, watchdog), each with the kind of body it suits (org_descriptions.txt).
_BODY_KIND_NOUNS = _WN_BODY_NOUNS | frozenset(ORG_DESCRIPTIONS)
#: Posts that head or serve a body, after whose name they stand ("Kestrel boss X", "Kestrel chief
#: executive X"): the last word of the post (body_posts.txt).
_BODY_POSTS = words("body_posts")


def _descriptor_noun(doc: Doc, a: int) -> str | None:
    """The common noun right before a name, as a description of it ("the brokerage Northwind"), in
    the singular; None when there is none."""
    k = a - 1
    if k < 0 or doc[k].pos_ != "NOUN" or doc[k].text[:1].isupper():
        return None
    return doc[k].lemma_.lower() if doc[k].tag_ == "NNS" else doc[k].lower_  # "the Swiss firms Novartis and Roche"


def _descriptor_before(doc: Doc, a: int) -> tuple[str, str | None] | None:
    """(type, category) when a common noun naming a kind of body or product stands right
    before a name ("the payments company Lumio", "the Portuguese club CD Vilamar")."""
    low = _descriptor_noun(doc, a)
    if low is None:
        return None
    if (low in ("buyer", "bidder") or low in PERSON_NOUNS) and a < len(doc) and _given_name(doc[a]):
        return None  # ("the store's fiction buyer Ann Cole", "film-maker George Lucas": a post or trade; a firm is no given name)
    if low in _BODY_KIND_NOUNS and low not in ("government", "body", "tech", "network", "platform", "service", "owner", "owners", "fund"):
        return "Organization", ORG_DESCRIPTIONS.get(low)
    if low in ("app", "platform", "website", "service", "database", "chatbot", "game", "tool"):
        return "Product", None
    return None


def _names_a_body(doc: Doc, a: int, b: int) -> bool:
    """Can doc[a:b] be the name of a body ("Northwind" in "Northwind CEO"), rather than an adjective
    of place or party ("Scottish" in "Scottish Executive", "Labour" in "Labour leader" is a body)?"""
    return any(t.tag_ in ("NNP", "NNPS") and t.ent_type_ not in ("NORP", "GPE", "LOC") for t in doc[a:b])


def _country_name(doc: Doc, a: int, b: int) -> bool:
    """Is doc[a:b] a country's name ("US" in "as US President", "France" in "the France coach"), so
    that a title after it is a post of that country, not a word of a place's name?"""
    key = fold(doc[a:b].text)
    return b > a and doc[a].text[:1].isupper() and (key in COUNTRIES or key in COUNTRY_FORMS)


def _given_name_before(doc: Doc, k: int) -> bool:
    """Is doc[k - 1] a listed given name the tagger does not read as a place or body, so that a title
    word after it is a surname ("Rick Dean", "Tom Bishop"), not a post ("Northwind CEO")?"""
    return k > 0 and _given_name(doc[k - 1]) and doc[k - 1].ent_type_ not in ("ORG", "GPE", "LOC", "NORP", "FAC")


def _tagged_person_with_title_surname(doc: Doc, a: int, b: int) -> bool:
    """Is doc[a:b] one person's name in the tagger's reading whose last word is a title word written
    as a name ("Ledley King", "Annika Bishop"): a surname, not a post after a body's name ("the
    Northwind CEO", where the tagger reads the body alone)?"""
    last = doc[b - 1]
    return (b - a >= 2 and doc[a].ent_iob_ == "B" and all(t.ent_type_ == "PERSON" for t in doc[a:b])
            and (b == len(doc) or doc[b].ent_iob_ != "I") and last.text[:1].isupper() and last.text[1:].islower()
            and not (a > 0 and doc[a - 1].tag_ in ("DT", "PRP$")))


def _title_words_then_designator(doc: Doc, a: int, b: int) -> bool:
    """Is doc[a:b] title words, then a word that ends a body's, law's or event's name and is no title
    ("General Election", "General Assembly"): a name, not a title and a person's name?"""
    last = doc[b - 1].lower_
    return b - a >= 2 and last in _DESIGNATORS and last not in ROLE_WORDS and all(
        t.lower_ in ROLE_WORDS or t.lower_.rstrip(".") in HONORIFICS for t in doc[a : b - 1])


def _given_and_surname(doc: Doc, a: int, b: int) -> bool:
    """Is doc[a:b] shaped like a person's name: two or three capitalised words, the first a listed given
    name that is no everyday word, the last neither a given name ("Morgan Stanley") nor an everyday
    word ("Thomas Cook"), nor a designator, with no determiner before it?"""
    # a surname joined by a hyphen is one word ("Justine Henin-Hardenne")
    hyphens = [t.i for t in doc[a + 1 : b - 1] if t.text == "-" and not t.whitespace_ and not doc[t.i - 1].whitespace_]
    toks = [t for t in doc[a:b] if t.i not in hyphens]
    if not 2 <= len(toks) - len(hyphens) <= 3:
        return False
    # (a given name of two joined by a hyphen is one, though a part is an everyday word: "Jean-Pierre")
    double = (a + 3 < b and doc[a + 1].text == "-" and not doc[a].whitespace_ and not doc[a + 1].whitespace_
              and fold(doc[a].text) in FIRST_NAMES and fold(doc[a + 2].text) in FIRST_NAMES)
    if not (is_first_name(doc[a].text) or double) or (a > 0 and doc[a - 1].tag_ in ("DT", "PRP$", "POS")):
        return False
    if any(not t.text[:1].isupper() or not t.text[1:].islower() or t.lower_ in _DESIGNATORS for t in toks):
        return False
    last = toks[-1].text
    return fold(last) not in FIRST_NAMES and not is_common_word(last, 4.0)


def _given_name(t: Token) -> bool:
    """A listed given name; one that is also an everyday word ("Mike", "Rick", "Tom") only where the
    tagger reads a person there."""
    return is_first_name(t.text) or fold(t.text) in FIRST_NAMES and t.ent_type_ == "PERSON"


def _name_after_title(doc: Doc, r: int, b: int) -> bool:
    """"... Commissioner Franco Frattini": two or three capitalised words after a title, none a word of
    a title or of a body's name, the last no everyday word, read as a person's name (given names from
    outside the English-speaking world are in no list)."""
    if not 2 <= b - r <= 3:
        return False
    toks = doc[r:b]
    if any(t.lower_ in ROLE_WORDS or t.lower_ in _DESIGNATORS or t.lower_ in PLACE_DESIGNATORS or not t.text[:1].isupper()
           or not t.text[1:].islower() or t.ent_type_ in ("GPE", "NORP") or _plural_common_noun(t) for t in toks):
        return False
    return not is_common_word(toks[-1].text, 3.5)


def _plural_common_noun(t: Token) -> bool:
    """Is ``t`` the plural of an everyday noun ("Economists", "Workers"), which names a group, never a
    word of a person's name (a surname the tagger reads as a plural, "Williams", is no plural of a word)?"""
    low = t.lower_
    return t.tag_ == "NNPS" and low.endswith("s") and any(
        is_common_word(stem, 3.5) for stem in (low[:-1], low[:-2] if low.endswith("es") else low[:-1]))


def _post_after_name(doc: Doc, a: int, b: int) -> bool:
    """Is doc[b - 1] a post written in capitals after a person's name ("Jane Roe MSP", "Mr Roe MP"):
    a title's head word in upper case after a given name and surname, two tagged person's words or
    an honorific and a surname (not "Northwind CEO", where a body's name stands before it)?"""
    post = doc[b - 1].text.rstrip(".")
    if not (2 <= len(post) <= 4 and post.isupper() and post.lower() in ROLE_HEADS):
        return False
    if any(_given_and_surname(doc, p, b - 1) for p in range(max(a, b - 4), b - 2)):
        return True
    if b - 3 >= a and doc[b - 3].lower_.rstrip(".") in HONORIFICS and doc[b - 2].text[1:].islower():
        return True
    return b - 3 >= a and doc[b - 2].ent_type_ == "PERSON" and doc[b - 3].ent_type_ == "PERSON"


def _person_tail(doc: Doc, a: int, b: int) -> int | None:
    """Where a tagged person's name of two or more words starts inside doc[a:b] when the words
    before it are all tagged as a body or place ("IP Products Group Rene Haas"), else None."""
    for p in range(max(a + 1, b - 3), b - 1):
        # "Kent Police Tom Blake": a body's name that ends in its designator, then a person's name
        if doc[p - 1].lower_ in ORG_DESIGNATORS and doc[p].lower_ not in _DESIGNATORS and (
                is_first_name(doc[p].text) or _name_after_title(doc, p, b) or all(t.ent_type_ == "PERSON" for t in doc[p:b])
        ) and not any(t.lower_ in _DESIGNATORS for t in doc[p:b]):
            return p
    if doc[b - 1].ent_type_ != "PERSON":
        return None
    p = b - 1
    while p > a and doc[p].ent_iob_ != "B":
        p -= 1
    if p <= a or b - p < 2 or doc[p].ent_type_ != "PERSON":
        return None
    if all(doc[x].ent_type_ in ("ORG", "FAC", "GPE", "LOC", "NORP", "PRODUCT") for x in range(a, p)):
        return p
    return None


def _listed_expansions(doc: Doc | list[Token]) -> list[tuple[int, int]]:
    """Names with commas that an acronym in brackets spells out: "Digital, Culture, Media and
    Sport (DCMS)" is one name, not four. ``doc``: a Doc or the paragraph's token list (single tokens only)."""
    out = []
    for t in doc:
        if t.text != "(" or t.i + 2 >= len(doc) or doc[t.i + 2].text != ")" or not is_acronym(doc[t.i + 1].text):
            continue
        letters = acronym_letters(doc[t.i + 1].text)
        caps: list[int] = []
        k = t.i - 1
        while k >= 0 and len(caps) < len(letters) and (_is_cap(doc[k], False) or doc[k].text == "," or doc[k].lower_ in NAME_CONNECTORS):
            if _is_cap(doc[k], False):
                caps.append(k)
            k -= 1
        if len(caps) == len(letters) and "".join(doc[c].lower_[0] for c in reversed(caps)) == letters:
            s = caps[-1]
            if any(doc[x].text == "," for x in range(s, t.i)):
                out.append((s, t.i))
    return out


def _outside(spans: list[tuple[int, int]], a: int, b: int) -> list[tuple[int, int]]:
    """The parts of [a, b) that no span of ``spans`` covers."""
    parts = [(a, b)]
    for s, e in spans:
        nxt = []
        for x, y in parts:
            if e <= x or s >= y:
                nxt.append((x, y))
                continue
            if x < s:
                nxt.append((x, s))
            if e < y:
                nxt.append((e, y))
        parts = nxt
    return parts


def _tagged_body(doc: Doc, a: int, b: int) -> bool:
    """The tagger reads doc[a:b] as one body's, place's or product's name from its first word on
    ("General Motors", "General Electric"): a title word opening it is part of the name."""
    first = doc[a]
    if first.ent_iob_ != "B" or first.ent_type_ not in ("ORG", "FAC", "GPE", "LOC", "PRODUCT"):
        return False
    if b - a == 1 and first.lower_.rstrip(".") in ROLE_HEADS:
        return False  # "votes for an MEP": a post alone is no body's name, however the tagger reads it
    return first.lower_.rstrip(".") not in HONORIFICS and all(
        doc[x].ent_iob_ == "I" and doc[x].ent_type_ == first.ent_type_ for x in range(a + 1, b))


def _plural_after_title(doc: Doc, a: int, b: int) -> bool:
    """"General Forges", "General Mills": a title word before a plural noun opens a body's name;
    a person's name after a title is no plural noun."""
    last = doc[b - 1]
    return b - a >= 2 and last.tag_ in ("NNS", "NNPS") and last.text.endswith("s") and not any(
        t.ent_type_ == "PERSON" or is_first_name(t.text) for t in doc[a:b])


#: Nouns for a kind of body long enough to end a compound ("car" + "maker"): "Carmakers Brakton and ...".
_LONG_ORG_DESCRIPTIONS = tuple(sorted(d for d in ORG_DESCRIPTIONS if len(d) >= 5))


#: Heads of the titles of government posts whose field is written before them in capitals
#: ("Constitutional Affairs Minister", "Trade and Industry Secretary", "Home Affairs Commissioner").
_PORTFOLIO_POSTS = frozenset({"minister", "secretary", "commissioner"})
#: Ordinals before a noun counted ("her first Oscar", "their second Grammy").
_ORDINAL_WORDS = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"})

#: Nouns in lower case for a government's division by field, after the field in capitals ("the
#: Education and Agriculture ministries", "the Transport department").
_PORTFOLIO_NOUNS = frozenset({"ministry", "ministries", "department", "departments", "portfolio", "portfolios"})


def _portfolio_word(t: Token, tagged_person: bool = False) -> bool:
    """An everyday word in capitals that may name the field of a post ("Affairs", "Industry"), not a
    word of a body's kind ("Office"), a party ("Labour"), a place, a nation or (unless
    ``tagged_person``: the tagger's guess is then no evidence) a person."""
    return (t.is_alpha and t.text[:1].isupper() and t.text[1:].islower() and is_common_word(t.text, 3.0)
            and t.lower_ not in ORG_DESIGNATORS and t.lower_ not in _PARTY_WORDS and fold(t.text) not in PARTY_NAMES
            and fold(t.text) not in COUNTRIES and fold(t.text) not in NATION_ADJECTIVES
            and t.ent_type_ not in ("GPE", "LOC", "NORP") and (tagged_person or t.ent_type_ != "PERSON"))


#: The keys of the parties party_names.txt lists, as their full names ("scottish national party").
_PARTY_KEYS = frozenset(PARTY_NAMES.values())


def _house_word(span) -> bool:
    """A house a party sits in, written as its place or its word ("Holyrood", "Stormont", "Assembly",
    "Senate"): "Scottish National Party Holyrood leader X", "Plaid Cymru Assembly member Y" name the
    party, then the house its post is in."""
    key = fold(span.text).lower()
    return bool(span.text[:1].isupper()) and (key in METONYMS or key in _LEGISLATURES)


def _party_then_field(doc: Doc, a: int, b: int) -> int | None:
    """Where the field of a post starts in a run of a party's name and everyday words before the
    post in lower case ("Lib Dem Home Affairs spokesman", "Tory Health spokesman"); None otherwise."""
    if not (b < len(doc) and doc[b].text.islower() and doc[b].lower_ in ROLE_HEADS):
        return None
    for n in (3, 2, 1):
        if a + n >= b:
            continue
        key = fold(doc[a : a + n].text)
        party = party_of(key) or key in _PARTY_KEYS or n >= 2 and doc[a + n - 1].lower_ == "party" and doc[a + n - 1].text[0].isupper()
        if (party or n == 1 and doc[a].lower_ in _PARTY_WORDS) and (all(
                _portfolio_word(t, tagged_person=True) or t.lower_ in NAME_CONNECTORS for t in doc[a + n : b])
                or _house_word(doc[a + n : b])):
            return a + n  # (a person's name never stands before a post in lower case: the tagger's person is no evidence)
    return None


def _drop_description(doc: Doc, a: int, b: int) -> int:
    """Where a person's name starts when a capitalised description is glued before it at the start
    of a sentence or clause ("Sprinter Jane Roe", "Guitarist Jon Doe", "Commenting, Mr Roe"): the
    word before a first name or honorific that is a noun of a person or an everyday word."""
    if b - a >= 2 and fold(doc[a].text) in DEMONYM_NOUNS and doc[a + 1].text[:1].isupper() and (
            doc[a].lower_.endswith(("man", "men", "ard", "s")) or fold(doc[a + 1].text) in FIRST_NAMES
            or all(t.ent_type_ == "PERSON" for t in doc[a + 1 : b])):
        return a + 1  # "beat Spaniard Ferrandez", "Irishmen PJ Tallowby": where they come from, then the name
    if b - a >= 4 and fold(doc[a : a + 2].text) in DEMONYM_NOUNS and fold(doc[a + 2].text) in FIRST_NAMES and all(
            t.text[:1].isupper() for t in doc[a + 2 : b]):
        return a + 2  # "to New Zealander Jo Quade": a noun of two words for where they come from, then the name
    if b - a >= 2 and (a == 0 or doc[a].is_sent_start) and doc[a].tag_ == "VBG" and is_common_word(doc[a].text, 3.0) and any(
            t.head.i == a and t.dep_ == "dobj" for t in doc[a + 1 : b]):
        return a + 1  # "Praising Brackhill and Thornwick, she said": a participle opens the sentence, then the name
    if b - a >= 2 and (a == 0 or doc[a].is_sent_start) and doc[a].lower_.endswith("s") and (
            doc[a].lower_[:-1] in ORG_DESCRIPTIONS or doc[a].lower_[:-1] in PERSON_NOUNS
            or doc[a].lower_[:-1].endswith(_LONG_ORG_DESCRIPTIONS)) and doc[a + 1].text[:1].isupper() and not _tagged_whole(doc, a, b):
        return a + 1  # "Carmakers Brakton and ...", "Miners Keswick Metals and ...": a plural common noun opens the sentence
    lead, nxt = doc[a], doc[a + 1] if b - a >= 2 else None
    if (b - a == 2 and (a == 0 or lead.is_sent_start) and lead.text[1:].islower() and lead.tag_ in ("NN", "NNP")
            and lead.lower_ not in ROLE_WORDS and lead.lower_.rstrip(".") not in HONORIFICS and is_common_word(lead.text, 3.0)
            and fold(lead.text) not in FIRST_NAMES and lead.lower_.endswith(("er", "or", "ist", "ian", "ant", "ent")) and nxt.text[:1].isupper()
            and (nxt.ent_type_ == "PERSON" or fold(nxt.text) in FIRST_NAMES) and not is_common_word(nxt.text, 4.0)):
        return a + 1  # "Singer Jenifer took two awards": a noun for what someone does opens the sentence, then a name of one word
    if b - a >= 2 and (a == 0 or lead.is_sent_start) and lead.lower_ in ("said", "says") and nxt.text[:1].isupper():
        return a + 1  # "Said Kelby coach Jon Doe: ...": the verb of speech opens the sentence, then who spoke
    if b - a < 3:
        return a  # a description, a given name and a surname at least ("Elephant Man" is a name)
    if ((a == 0 or lead.is_sent_start) and b - a == 3 and _participle_opening(lead)
            and all(t.text[:1].isupper() and t.text[1:].islower() and t.lower_ not in _DESIGNATORS
                    and t.ent_type_ not in ("FAC", "ORG", "NORP") for t in doc[a + 1 : b])
            and not is_common_word(doc[b - 1].text, 4.0) and doc[a + 1].lower_ not in ROLE_WORDS):
        return a + 1  # "Injured Jo Roe was left out", "Jailed Tom Doe appealed": a participle opens the sentence, then the name
    if lead.lower_ in PARTY_NAMES and lead.text[1:].islower() and fold(nxt.text) in FIRST_NAMES and all(t.text[:1].isupper() for t in doc[a + 1 : b]):
        return a + 1  # "from Tory Ann Roe": the party (a given name too), then the member's name
    if lead.lower_.rstrip(".") in HONORIFICS or lead.lower_ in ROLE_WORDS or fold(lead.text) in FIRST_NAMES:
        return a
    if lead.ent_type_ in ("GPE", "LOC", "FAC", "ORG") and nxt.ent_iob_ == "I" and nxt.ent_type_ == lead.ent_type_:
        return a  # "San Francisco": the tagger reads the two words as one name
    clause_start = a == 0 or lead.is_sent_start or doc[a - 1].is_punct
    rest = doc[a + 1 : b]
    if (clause_start and lead.lower_ in SIDE_TITLES and lead.text[1:].islower() and b - a in (3, 4)
            and all(t.text[:1].isupper() and t.text[1:].islower() and t.lower_ not in _DESIGNATORS for t in rest)
            and not is_common_word(rest[-1].text, 4.0)
            and (fold(rest[0].text) in FIRST_NAMES or rest[0].ent_type_ == "PERSON" or not is_common_word(rest[0].text, 4.0))):
        return a + 1  # "Wing Jean Dorval", "Hooker Yann Brossard": a position in a side opens the sentence, then the player
    starts_person = fold(nxt.text) in FIRST_NAMES or nxt.lower_.rstrip(".") in HONORIFICS
    for k in (a + 1, a + 2):
        # "late DJ Jon Doe", "Corkman Ann Roe", "New Zealander Jo Bloggs": the tagger starts the
        # person's name at a given name after a noun for a person or where they come from
        # ("Teenager Sania Mirza": an everyday noun for a person, then the tagger's person, whatever the given name)
        listed_or_told = fold(doc[k].text) in FIRST_NAMES or k == a + 1 and (lead.lower_ in PERSON_NOUNS or lead.lower_ in SIDE_TITLES) and is_common_word(lead.text, 3.0)
        if k < b - 1 and doc[k].ent_iob_ == "B" and doc[k].ent_type_ == "PERSON" and listed_or_told and all(
                t.ent_type_ == "PERSON" for t in doc[k:b]) and not any(t.ent_type_ == "PERSON" for t in doc[a:k]):
            noun = doc[k - 1]
            if any(t.lower_.rstrip(".") in HONORIFICS or t.lower_ in ROLE_WORDS or t.lower_ in ROLE_HEADS for t in doc[a:k]):
                break  # "Labour MP Jane Roe", "Judge Ann Roe": a title, which the title rules read
            demonym = fold(noun.text) in DEMONYM_NOUNS or (
                noun.lower_.endswith(("man", "woman", "er", "ian", "ese")) and not is_common_word(noun.text, 3.0))
            if demonym or (k == a + 1 and (noun.lower_ in PERSON_NOUNS or noun.lower_ in SIDE_TITLES)):
                return k
    if clause_start and b - a >= 3 and lead.lower_ in PERSON_NOUNS and is_common_word(lead.text, 3.0) and all(
            t.ent_type_ == "PERSON" and t.text[:1].isupper() for t in doc[a:b]):
        starts_person = True  # "Farmer Wat Tyler said": an occupation opens the sentence before a name of two words
    nationality = (lead.ent_type_ == "NORP" or lead.lower_ in PARTY_NAMES or (
        lead.lower_.endswith(("ian", "ese", "ish", "man", "ard", "ch")) and is_common_word(lead.text, 2.5)))
    if nationality and starts_person:
        return a + 1  # "beat Croatian Ivan Ljubicic", "the Tories Ken Clarke", "from Tory Ann Roe": who they are, then the name
    if clause_start and not starts_person and lead.tag_ == "NNS" and b - a <= 4 and all(
            t.text[:1].isupper() and t.ent_type_ == "PERSON" for t in doc[a + 1 : b]):
        return a + 1  # "Compatriots Mulugeta Wondimu and ...": a plural common noun opens the sentence
    if not (clause_start and starts_person):
        return a
    # (in the plural too: "Contestants Jane Roe, Tom Doe and ...")
    single = lead.lower_[:-1] if lead.lower_.endswith("s") and len(lead.lower_) > 4 else lead.lower_
    agent = single.endswith(("er", "or", "ist", "ian", "ant", "ent")) and is_common_word(single, 3.0)
    if lead.lower_ in PERSON_NOUNS or single in PERSON_NOUNS or lead.tag_ in ("VBG", "VBN", "VB", "RB", "JJ") or agent or lead.lower_ in SIDE_TITLES:
        return a + 1  # a noun of a person ("Sprinter", "Guitarist"), a position in a side ("Wing", "Prop"), a participle ("Commenting") or an adjective ("Unseeded")
    return a


def _participle_opening(t: Token) -> bool:
    """Is ``t`` an everyday past participle or adjective in "-ed" capitalised only because it opens the
    sentence ("Injured", "Jailed", "Disgraced"), no word of a name ("United", "Limited" end bodies' names)?"""
    low = t.lower_
    return (len(low) >= 5 and low.endswith("ed") and t.text[1:].islower() and is_common_word(low, 3.0)
            and low not in ORG_DESIGNATORS and low not in _DESIGNATORS and low not in ROLE_WORDS and fold(t.text) not in FIRST_NAMES)


def _tagged_whole(doc: Doc, a: int, b: int) -> bool:
    """Does the tagger read doc[a:b] as one body's or place's name, its first word a singular proper
    noun ("Queens Park Rangers"), not a plural common noun before a name ("Carmakers Brakton")?"""
    return (doc[a].tag_ == "NNP" and doc[a].ent_iob_ == "B" and doc[a].ent_type_ in ("ORG", "FAC", "GPE", "LOC")
            and all(doc[x].ent_iob_ == "I" and doc[x].ent_type_ == doc[a].ent_type_ for x in range(a + 1, b)))


#: Last words of the names of bodies that run schemes called programmes ("the Home Office's X programme").
_SCHEME_OWNERS = frozenset({"government", "administration", "office", "ministry", "department", "council", "commission",
                            "agency", "executive", "party", "authority", "union", "bank", "fund"})
#: Nouns for a broadcast work written after its title ("Radio 4's Today programme").
_PROGRAMME_NOUNS = frozenset({"programme", "program", "series", "documentary", "sitcom"})


def _programme_after(doc: Doc, a: int, b: int) -> int | None:
    """Where the title ends when doc[a:b] opens the title of a broadcast work after its maker's
    possessive: capitalised words, maybe joined by "with", "of", "the", "and", then "programme",
    "series" or "documentary" in lower case ("BBC One's Breakfast with Frost programme", "ITV's
    Tonight with Jane Roe programme"); None otherwise."""
    if a < 2 or doc[a - 1].tag_ != "POS":
        return None
    owner = doc[a - 2].lower_
    if owner in _SCHEME_OWNERS:
        return None  # "the government's Sure Start programme", "the Home Office's Safer Streets programme": a scheme
    if b - a >= 2 and doc[b - 1].lower_ in _PROGRAMME_NOUNS and doc[b - 1].text.islower():
        return b  # the run read the noun in already ("Radio 5's Sunday Live programme")
    k = b
    while k < len(doc) and k - b < 6 and (doc[k].text[:1].isupper() or doc[k].lower_ in ("with", "of", "the", "and", "&")):
        k += 1
    if k < len(doc) and doc[k].lower_ in _PROGRAMME_NOUNS and doc[k].text.islower():
        return k
    return None


#: Nouns whose capitalised modifier is the work itself, never its maker ("the Lord of the Rings
#: trilogy", "the Shrek soundtrack"), unlike "film" or "series" ("a Disney film", "the BBC series",
#: "the Ashes series"). Not "sequel": a game's or a product's sequel names a product ("the Halo
#: sequel"), which is an entity.
_SEQUEL_NOUNS = frozenset({"trilogy", "remake", "soundtrack", "spin-off"})


def _sequel_after(doc: Doc, b: int) -> bool:
    """Is the name ending at doc[b] (with the capitalised words and "of"/"the" after it) the
    modifier of a noun of _SEQUEL_NOUNS in lower case: the title of a work?"""
    k = b
    while k < len(doc) and k - b < 6 and (doc[k].text[:1].isupper() and doc[k].is_alpha or doc[k].lower_ in ("of", "the") and doc[k].text.islower()):
        k += 1
    return k < len(doc) and doc[k].lower_ in _SEQUEL_NOUNS and doc[k].text.islower() and doc[k - 1].text[:1].isupper()


#: The last words of the currency names of data/currency_words.txt ("francs", "dollars", "yen").
_CURRENCY_NOUNS = frozenset(k.split()[-1] for k in mapping("currency_words"))


def _currency_name(doc: Doc, a: int, b: int) -> bool:
    """Is doc[a:b] the capitalised words of a currency's name between an amount and a currency noun in
    lower case ("1bn CFA francs", "500 Hong Kong dollars", "20m Swiss francs")? A currency is no entity
    (GUIDELINES), and its name there names no body or place of the story."""
    if a == 0 or b >= len(doc) or doc[b].lower_ not in _CURRENCY_NOUNS or not doc[b].text.islower():
        return False
    amount = doc[a - 1]
    return amount.tag_ == "CD" or amount.like_num or bool(re.fullmatch(r"[\d.,]+(?:bn|m|k|tn|trn)", amount.lower_))


def _version_in_list(doc: Doc, a: int, b: int) -> bool:
    """Is doc[a:b] one short code in capitals listed after a product's name and version number
    ("Windows 95, 98, ME, NT, 2000 and XP"): one more version of that product, no name of its own?"""
    if b - a != 1 or not (doc[a].text.isupper() and doc[a].is_alpha and len(doc[a].text) <= 3):
        return False
    k, commas = a - 1, 0
    while k >= 1 and (doc[k].text in (",", "and", "or") or doc[k].like_num or doc[k].is_alpha and doc[k].text.isupper() and len(doc[k].text) <= 3):
        commas += doc[k].text == ","
        if doc[k].like_num and doc[k - 1].text[:1].isupper() and doc[k - 1].is_alpha and not doc[k - 1].text.isupper():
            return commas > 0  # "Windows 95": the product, then its versions one by one
        k -= 1
    return False


#: Number words a chart place is written with ("at number four"): one to fifty.
_PLACE_NUMBERS = frozenset(w for w, n in NUMBER_WORDS.items() if 1 <= n <= 50)


def _chart_place_after(doc: Doc, b: int) -> bool:
    """"Jailhouse Rock at number 37", "It's Now or Never at No 27": a name followed by a place in a
    chart is the title of a record, book or film in it."""
    if b + 2 >= len(doc) or doc[b].lower_ != "at" or doc[b + 1].lower_.rstrip(".") not in ("number", "no"):
        return False
    n = doc[b + 2]
    if b + 3 < len(doc) and doc[b + 3].text[:1].isupper():
        return False  # "at number 10 Downing Street": an address
    return n.text.isdigit() or n.lower_ in _PLACE_NUMBERS


def _work_before(doc: Doc, a: int) -> bool:
    """A noun for a creative work stands before doc[a], past articles, years, adjectives, quotation
    marks, a comma or colon and "such as": "the 1982 film An Officer ...", "horror film The Grudge",
    "two singles, Club Foot and ...", "titles such as Total Recall", "seven films including Jungle Heat"."""
    k = a - 1
    steps = 0
    while k >= 0 and steps < 5:
        t = doc[k]
        if t.lower_ in ("the", "a", "an"):
            k -= 1
            steps += 1
            continue
        if t.text[:1].isupper() and not (t.is_sent_start or k == 0):
            return False  # "BBC Films X": part of a name, not a description
        if t.pos_ in ("NOUN", "ADJ", "PROPN") and (t.lemma_.lower() in WORK_NOUNS or t.lower_ in WORK_NOUNS):
            return True  # "the single X" (read as an adjective too)
        if t.lower_ in ("the", "a", "an", ",", ":", "“", '"', "‘", "'", "as", "such", "new", "latest", "first", "including") or t.tag_ in ("CD", "JJ", "JJR", "JJS", "PRP$", "POS"):
            k -= 1
            steps += 1
            continue
        break
    return False


#: Closed-class words (articles, prepositions, conjunctions, pronouns, forms of "be") that English
#: writes in lower case inside a sentence, except in the title of a creative work written in title
#: case ("Lost In Translation", "Meet The Parents", "Scorsese's The Aviator"). "I" is always
#: capitalised and stays out.
_TITLE_FUNCTION_WORDS = frozenset({
    "the", "a", "an", "of", "in", "on", "at", "to", "for", "with", "from", "by", "and", "or", "into", "over",
    "up", "out", "off", "about", "against", "without", "between", "under", "my", "your", "our", "their",
    "his", "her", "its", "it", "we", "you", "me",
})


def _title_runs(doc: list[Token]) -> list[tuple[int, int]]:
    """Runs of capitalised words in running text that hold a closed-class word written with a
    capital inside the sentence ("Meet The Parents", "Lost In Translation", "The Lord Of the Rings",
    "Roe's The Long Road"): titles of creative works, written in title case as no name of a person,
    body or place is. A run opens after a possessive or a person's name ("Jane Roe For Long Love"
    is the person, then the title). ``doc``: the paragraph's token list (``Paragraph.tokens``), read
    at every token of every paragraph."""
    out: list[tuple[int, int]] = []
    n = len(doc)
    i = 1
    while i < n:
        t = doc[i]
        prev = doc[i - 1]
        if not (t.text[:1].isupper() and t.text[1:].islower() and t.lower_ in _TITLE_FUNCTION_WORDS and not t.is_sent_start
                and (prev.text[:1].isupper() and prev.is_alpha or prev.tag_ == "POS")):
            i += 1
            continue
        e = i + 1
        while e < n and (doc[e].lower_ in _TITLE_FUNCTION_WORDS or doc[e].text in ("'s", "’s")) and not doc[e].is_sent_start:
            e += 1
        if e >= n or not (doc[e].text[:1].isupper() and doc[e].is_alpha) or doc[e].is_sent_start:
            i += 1
            continue  # "Plan A.", "Group A": no capitalised word goes on
        end = e
        while end < n and not doc[end].is_sent_start and (
                doc[end].text[:1].isupper() and (doc[end].is_alpha or "'" in doc[end].text or "’" in doc[end].text)
                or (doc[end].text[:1].isupper() or doc[end].lower_ in ("of", "the")) and doc[end].lower_ in _TITLE_FUNCTION_WORDS
                and end + 1 < n and doc[end + 1].text[:1].isupper()):
            end += 1
        start = i
        while (start > 0 and not doc[start].is_sent_start and doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha
               and doc[start - 1].ent_type_ != "PERSON" and doc[start - 1].tag_ != "POS"):
            start -= 1
        out.append((start, end))
        i = end
    return out


def _title_goes_on(doc: Doc, b: int) -> int:
    """Where a title that ends at doc[b] in the tagger's or the chunker's eyes really ends: it goes on
    over "of" or a preposition and "the", then capitalised words ("the comedy Christmas with the
    Kranks", "the drama Maria Full of Grace"); b when it does not."""
    n = len(doc)
    end = b
    while end < n:
        k = end
        if k < n and doc[k].lower_ == "of" and doc[k].text.islower():
            k += 1
            if k < n and doc[k].lower_ == "the":
                k += 1
        elif k + 1 < n and doc[k].lower_ in ("with", "in", "on", "from", "at", "to") and doc[k].text.islower() and doc[k + 1].lower_ == "the":
            k += 2
        else:
            break
        e = k
        the = doc[k - 1].lower_ == "the"  # ("with the Kranks": a family, whatever the tagger says; "of Jane Roe" is a person)
        while e < n and doc[e].text[:1].isupper() and doc[e].is_alpha and (the or doc[e].ent_type_ != "PERSON") and not doc[e].is_sent_start:
            e += 1
        if e == k:
            break
        end = e
    return end


#: Work nouns that also name things no work ("a fast track", "the title", "a big hit", "a series of
#: talks", "a single market", "the play"): as a name's complement or apposition they say nothing.
_WORK_COMPLEMENT_NOUNS = WORK_NOUNS - {"hit", "play", "series", "single", "title", "track"}


def _work_by_grammar(doc: Doc, a: int, b: int) -> bool:
    """doc[a:b] is said to be a creative work: its complement or apposition is a work noun ("X was
    named top new drama", "X is a documentary about ...", "X, a comedy about ...", "A comedy about
    ..., X opens"), or it is "starring"
    someone ("X, starring Jane Roe, ...")."""
    head = doc[b - 1]
    after = b + 1 if b < len(doc) and doc[b].text in (",", "-", "–", "—", "(") else b
    if after < len(doc) and doc[after].lower_ == "starring" and not (after + 1 < len(doc) and doc[after + 1].lower_ in ("in", "as", "alongside", "opposite")):
        return True  # (not "director Jon Doe, starring in seven films": what the person did)
    nouns = [c for c in head.children if c.dep_ == "appos" and c.i >= b]
    if head.dep_ in ("nsubj", "nsubjpass"):
        nouns += [c for c in head.head.children if c.dep_ in ("attr", "oprd") and c.i >= b]
        # "A documentary about the singer, Quiet Hours will be screened": a description put before the
        # title, which the parser reads as a second subject of the verb
        k = a - 1 if a > 0 and doc[a - 1].lower_ in ("the", "a", "an") else a
        nouns += [c for c in head.head.children if c.dep_ == head.dep_ and c.i < k - 1 and doc[k - 1].text == ","]
    return any(c.pos_ == "NOUN" and c.lemma_.lower() in _WORK_COMPLEMENT_NOUNS for c in nouns)


def _apposition_kind(doc: Doc, a: int, b: int) -> tuple[str, str | None] | None:
    """The type a description in apposition after a name gives it: "Parmalat, the Italian food group"
    (a body of the kind the noun says), "Ivo Brenk, the club's new striker" (a person); and a body's
    description before the name: "The company, Kessock, is to ..." (none of a person's nouns: "the
    buyer, Jane Roe")."""
    head = doc[b - 1]
    desc = head.head
    if (head.dep_ == "appos" and desc.i < a and desc.pos_ == "NOUN" and any(d.dep_ in ("det", "poss") for d in desc.children)
            and desc.lemma_.lower() in ORG_DESCRIPTIONS and desc.lemma_.lower() not in PERSON_NOUNS | _RELATIONAL_NOUNS):
        return "Organization", ORG_DESCRIPTIONS[desc.lemma_.lower()]
    for c in head.children:
        if c.dep_ != "appos" or c.i < b or c.pos_ != "NOUN" or not any(d.dep_ in ("det", "poss") for d in c.children):
            continue
        lemma = c.lemma_.lower()
        if lemma in ORG_DESCRIPTIONS:
            return "Organization", ORG_DESCRIPTIONS[lemma]
        if lemma in PERSON_NOUNS and lemma not in _RELATIONAL_NOUNS:
            return "Person", None
    return None


def _person_noun_before(doc: Doc, a: int, b: int) -> bool:
    """Is doc[a:b] in apposition to a noun of a person before it ("a state appointed administrator,
    Jane Roe, who ...", "its founder, Jane Roe")?"""
    head = doc[b - 1]
    desc = head.head
    return (head.dep_ == "appos" and desc.i < a and desc.pos_ == "NOUN" and desc.lemma_.lower() in PERSON_NOUNS
            and desc.lemma_.lower() not in _RELATIONAL_NOUNS and a > 0 and doc[a - 1].text == ",")


def _place_possessor(doc: Doc, a: int) -> bool:
    """A place in the possessive right before a name: "France's Sanofi", "the UK's AstraZeneca"."""
    return a >= 2 and doc[a - 1].tag_ == "POS" and doc[a - 2].ent_type_ in ("GPE", "LOC")


def _trim(doc: Doc | list[Token], a: int, b: int) -> tuple[int, int]:
    """[a, b) without articles and punctuation before, possessives, punctuation and connectors after
    (``doc`` a Doc or its list of tokens: it only reads tokens)."""
    while a < b and (doc[a].lower_ in ("the", "a", "an") or doc[a].is_punct and doc[a].text != "@"):
        a += 1
    if b - a >= 3 and doc[a].lower_ == "ex" and doc[a + 1].text == "-" and not doc[a].whitespace_:
        a += 2  # "Ex-Welsh Office Minister ...": "former", then the name ("Anti-Slavery Society" keeps its prefix)
    if (b - a >= 2 and doc[a].ent_type_ == "CARDINAL" and doc[a].ent_iob_ == "B" and doc[a + 1].ent_iob_ == "B"
            and doc[a + 1].ent_type_ in ("GPE", "LOC", "ORG", "PERSON", "NORP")):
        a += 1  # "Six UK tracks": a number word opening the sentence counts, the name starts after it
    while b > a and (doc[b - 1].tag_ == "POS" or doc[b - 1].text in ("’s", "'s", "’", "'") or doc[b - 1].is_punct or doc[b - 1].lower_ in NAME_CONNECTORS):
        b -= 1
    return a, b


def _tokens_text(para: Paragraph, a: int, b: int) -> str:
    """``para.doc[a:b].text``, sliced from the paragraph's text without making the span."""
    toks = para.tokens
    if not 0 <= a < b <= len(toks):
        toks, a, b = toks[a:b], 0, len(toks[a:b])  # (a list slices as a Doc does)
        if not toks:
            return ""
    return para.text[toks[a].idx : toks[b - 1].idx + len(toks[b - 1].text)]


def _span_text(doc: Doc, a: int, b: int) -> tuple[str, int, int]:
    span = doc[a:b]
    return span.text, span.start_char, span.end_char


# ---------------------------------------------------------------- the detector


def _bracketed_short_name(doc: Doc, word: Token, exp: WorkMention) -> bool:
    """"the Greek Athletics Federation (Segas)": one capitalised word in brackets right after a body's
    name of several words, spelling no initials of it (a name in the body's own language, a short
    form), is that body's other name; never a place ("Acme Bank (Paris)") nor another widely known
    company, and not after a person's name ("Jane Roe (Labour)")."""
    return (exp.type == "Organization" and len(exp.key.split()) >= 2 and word.is_alpha and word.text[1:].islower()
            and len(word.text) >= 3 and word.ent_type_ not in ("GPE", "LOC", "NORP", "DATE")
            and fold(word.text) not in KNOWN_COMPANIES and fold(word.text) not in FIRST_NAMES and not is_common_word(word.text, 3.5))


class _Reader:
    def __init__(self, paragraphs: list[Paragraph]):
        self.paras = paragraphs
        self.table = MentionTable()
        self.untyped: list[tuple[Paragraph, int, int, str]] = []
        self.works: set[tuple[int, int]] = set()  # (paragraph, token) inside titles of works
        self.work_titles: set[str] = set()  # the titles themselves, folded
        self.work_words: set[str] = set()  # titles of one word, folded (a title unless a person's name holds the word)
        self.title_texts: set[str] = set()  # titles of several words as written: a name inside a repeat of one is a fragment of it
        self.dropped: set[tuple[int, int]] = set()  # (paragraph, token) of descriptions glued before names
        self._title_runs: dict[int, list[tuple[int, int]]] = {}  # paragraph -> runs of a title in title case
        # words the article writes in lower case ("health"): capitalised where a sentence opens, no name
        self.lower_words = frozenset(t.text for p in paragraphs for t in p.tokens if t.is_alpha and t.text.islower())
        # capitalised runs, and the names the article writes alone (no connector inside): "X and Y"
        # is a list of two names when the article also names X and Y each on its own
        self.chunks = {p.index: _chunks(p.doc, False, p.tokens) for p in paragraphs}
        self.alone = {
            name_key(_tokens_text(p, ta, tb))
            for p in paragraphs for a, b in self.chunks[p.index]
            for ta, tb in [_trim(p.tokens, a, b)]
            if ta < tb and not any(t.lower_ in NAME_CONNECTORS for t in p.tokens[ta:tb])
        }

    def title_runs(self, para: Paragraph) -> list[tuple[int, int]]:
        """_title_runs of a paragraph in running text (none in a headline written in title case)."""
        runs = self._title_runs.get(para.index)
        if runs is None:
            runs = self._title_runs[para.index] = [] if _is_title_case(para) else _title_runs(para.tokens)
        return runs

    def type_from_possessed_noun(self) -> None:
        """An untyped name right before a noun of what a body owns, with a possessive on that noun
        ("its Clearstream unit", "Harbour Media's Lumen channel", "their Kestrel handset"): the name is
        of the body's part or product, whatever the tagger guessed (owns reads the possessive)."""
        for para, a, b, rule in self.untyped:
            toks = para.tokens
            if b >= len(toks) or any(self.table.at(para.index, k) is not None for k in range(a, b)):
                continue
            noun = toks[b]
            if noun.tag_ not in ("NN", "NNS") or not noun.text.islower():
                continue
            low = noun.lower_
            if low not in _POSSESSED_NOUNS:
                continue
            if toks[b - 1].head.i != noun.i or toks[b - 1].dep_ not in ("compound", "nmod", "amod"):
                continue
            if not any(c.dep_ == "poss" and (c.lower_ in ("its", "their") or c.tag_ in ("NNP", "NNPS")) for c in noun.children):
                continue
            if a > 0 and any(ch.isdigit() for ch in toks[a - 1].text):
                continue  # "its 646 Skyrunner plane": a model with its number (scan_models)
            if any(_qualifying_word(t) for t in toks[a:b]):
                continue  # "its French unit", "its Chief Executive office", "its January sale"
            if b - a == 1 and (is_common_word(toks[a].text, 4.0) or not toks[a].is_alpha):
                continue  # "its Internet service": a capitalised everyday word
            typ = "Organization" if low in PART_NOUNS or low in _POSSESSED_BODY_NOUNS else "Product"
            self.add(para, a, b, typ, name_key(_tokens_text(para, a, b)), rule=rule + "+possessed-noun", type_src="rule")

    def type_from_siblings(self) -> None:
        """An untyped name listed with typed ones takes their type ("subsidiaries, Waymo and Verily")."""
        for para, a, b, rule in self.untyped:
            doc = para.view
            head = doc[b - 1]
            nationality = all(t.ent_type_ == "NORP" or t.tag_ == "JJ" for t in doc[a:b])
            if any(self.table.at(para.index, k) is not None for k in range(a, b)):
                continue
            siblings = [head.head] if head.dep_ in ("conj", "appos") else []
            siblings += [c for c in head.children if c.dep_ in ("conj", "appos")]
            for sib in siblings:
                j = self.table.at(para.index, sib.i)
                if j is not None and self.table.items[j].kind == "name" and self.table.items[j].type != "Person":
                    m = self.table.items[j]
                    if nationality and (m.type == "Place" or doc[b - 1].tag_ == "JJ"):
                        break  # "the Chinese and US economies", "Indian and Hong Kong markets": a nationality
                    self.add(para, a, b, m.type, name_key(doc[a:b].text), rule=rule + "+listed-with", category=m.category, type_src="listed")
                    break
                if (j is not None and self.table.items[j].kind == "name" and self.table.items[j].type == "Person"
                        and len(self.table.items[j].text.split()) >= 2 and 2 <= b - a <= 3
                        and all(t.tag_ == "NNP" and t.text[:1].isupper() and t.text[1:].islower() and t.lower_ not in _DESIGNATORS
                                and t.lower_ not in ROLE_WORDS for t in doc[a:b])
                        and not is_common_word(doc[b - 1].text, 4.0)):
                    # "Rio Ferdinand and Sol Campbell were left out": a given name and a surname listed with
                    # a person named in full is a person (a given name in no list)
                    self.add(para, a, b, "Person", name_key(doc[a:b].text, person=True), rule=rule + "+listed-with", type_src="listed")
                    break
        # "Spurs took the lead", "the All Blacks led" after Tottenham Hotspur, New Zealand: an untyped team's
        # nickname (with the capitalised word before it that the run left out) where the article names a team
        # that goes by it; joined to the team by _join_short_forms
        keys = {m.key for m in self.table.items if m.kind == "name"}
        for para, a, b, rule in self.untyped:
            if any(self.table.at(para.index, k) is not None for k in range(a, b)):
                continue
            for s in (a - 1, a) if a > 0 and para.tokens[a - 1].text[:1].isupper() else (a,):
                nick = name_key(_tokens_text(para, s, b))
                if nick in TEAM_NICKNAMES and keys & set(TEAM_NICKNAMES[nick]) and self.table.at(para.index, s) is None:
                    self.add(para, s, b, "Organization", nick, rule=rule + "+team-nickname", type_src="rule")
                    break
        # "Ivo Minar beat ... Minar said": an untyped pair of capitalised words whose last word the
        # article uses alone for a person is that person's full name (a given name in no list)
        people = {fold(m.text.split()[-1]) for m in self.table.items
                  if m.kind == "name" and m.type == "Person" and (len(m.text.split()) == 1 or m.text.split()[0].lower() in _ADDRESS)}
        for para, a, b, rule in self.untyped:
            doc = para.view
            if (b - a == 2 and fold(doc[b - 1].text) in people and all(t.tag_ == "NNP" and t.text[1:].islower() for t in doc[a:b])
                    and not any(self.table.at(para.index, k) is not None for k in range(a, b))):
                self.add(para, a, b, "Person", name_key(doc[a:b].text, person=True), rule=rule + "+surname-alone", type_src="rule")
            elif (b - a == 1 and doc[a].tag_ == "NNP" and doc[a].dep_ == "nsubj" and doc[a].head.lemma_.lower() in AGENT_VERBS
                  and not is_common_word(doc[a].text, 3.5) and not any(self.table.at(para.index, k) is not None for k in range(a, b))):
                # "Parmalat said ...": a rare one-word name that speaks is a body's (a person is named in full first)
                self.add(para, a, b, "Organization", name_key(doc[a:b].text), rule=rule + "+speaks")

    def type_listed_names(self, paragraphs: list[Paragraph]) -> None:
        """A one-word name the tagger alone typed takes the type of a name it is listed with whose
        type rests on more ("the US companies Pfizer, Merck and AbbVie"), in text order so the
        type passes along the list."""
        docs = {p.index: p.view for p in paragraphs}
        items = self.table.items
        for i in sorted(range(len(items)), key=lambda i: (items[i].para, items[i].tok)):
            m = items[i]
            if m.kind != "name" or m.type_src not in ("ner", "known") or m.tok[1] - m.tok[0] != 1 or m.para not in docs:
                continue
            head = docs[m.para][m.tok[0]]
            siblings = ([head.head] if head.dep_ in ("conj", "appos") else []) + [c for c in head.children if c.dep_ in ("conj", "appos")]
            for sib in siblings:
                j = self.table.at(m.para, sib.i)
                o = items[j] if j is not None else None
                if o is not None and o.kind == "name" and o.type_src in ("rule", "listed") and o.type in ("Organization", "Product"):
                    m.type, m.category, m.type_src = o.type, o.category, "listed"
                    break
        # "stars including Cate Blanchett, Leonardo DiCaprio, Keanu Reeves and Richard Gere": a given name
        # and a surname the tagger alone read as a body, listed among people named in full, is a person
        for m in items:
            if (m.kind != "name" or m.type_src != "ner" or m.type not in ("Organization", "Product") or m.para not in docs
                    or not 2 <= m.tok[1] - m.tok[0] <= 3):
                continue
            doc = docs[m.para]
            words = doc[m.tok[0] : m.tok[1]]
            if not all(t.tag_ == "NNP" and t.text[:1].isupper() and t.text[1:].islower() and t.lower_ not in _DESIGNATORS
                       and t.lower_ not in ROLE_WORDS and t.lower_ not in PLACE_DESIGNATORS for t in words) or is_common_word(words[-1].text, 4.0):
                continue
            root = doc[m.tok[1] - 1]
            while root.dep_ == "conj" and root.head.i != root.i:
                root = root.head
            members = [root] + [t for t in root.subtree if t.dep_ == "conj" and t.i != root.i]
            kinds = Counter()
            for t in members:
                j = self.table.at(m.para, t.i)
                if j is not None and items[j] is not m and items[j].kind == "name":
                    kinds[items[j].type if len(items[j].text.split()) >= 2 or items[j].type != "Person" else "one-word"] += 1
            if kinds["Person"] >= 2 and kinds["Person"] > sum(v for k, v in kinds.items() if k not in ("Person", "one-word")):
                m.type, m.category, m.type_src = "Person", None, "listed"

    def add(self, para: Paragraph, a: int, b: int, type_: str, key: str, **kw) -> int:
        toks = para.tokens
        if 0 <= a < b <= len(toks):  # doc[a:b]'s text and offsets, read from the paragraph's text and tokens
            s, e = toks[a].idx, toks[b - 1].idx + len(toks[b - 1].text)
            text = para.text[s:e]
        else:
            text, s, e = _span_text(para.doc, a, b)
        return self.table.add(
            WorkMention(start=para.offset + s, end=para.offset + e, text=text, type=type_, key=key, para=para.index, tok=(a, b), **kw)
        )

    # -- names ---------------------------------------------------------------

    def name_from_tokens(self, para: Paragraph, a: int, b: int, rule: str) -> None:
        doc = para.view
        a, b = _trim(para.tokens, a, b)
        if a >= b:
            return
        end = b
        while b - a >= 3 and _is_cap(doc[b - 2], False) and (
                doc[b - 1].text.rstrip(".") in POSTNOMINALS or _post_after_name(doc, a, b)):
            b -= 1  # "Jane Doe QC", "Tom Roe MSP": honours, ranks and seats after a name are not part of it
        self.dropped.update((para.index, k) for k in range(b, end))
        self._name_from_tokens(para, a, b, rule)
        if end > b:
            self._attach_postnominals(para, b, end)

    def _attach_postnominals(self, para: Paragraph, b: int, end: int) -> None:
        """The letters after a person's name ("Jane Doe QC", "Tom Roe MSP") belong to that name's
        mention: a lookup at them finds the person (the parser often makes "MSP" the head of the
        phrase), and a post among them ("MSP", not "QC") is the person's title."""
        doc = para.view
        j = self.table.at(para.index, b - 1)
        m = self.table.items[j] if j is not None else None
        if m is None or m.kind != "name" or m.type != "Person" or m.tok[1] != b:
            return
        for k in range(b, end):
            cur = self.table.at(para.index, k)
            if cur is None or self.table.items[cur].kind != "name":
                self.table.by_token[(para.index, k)] = j
        posts = [t.text for t in doc[b:end] if t.text.rstrip(".") not in POSTNOMINALS]
        if posts and m.role is None:
            m.role = " ".join(posts)

    def _name_from_tokens(self, para: Paragraph, a: int, b: int, rule: str) -> None:
        doc, toks = para.view, para.tokens  # (single tokens read from the list; spans and helpers from the Doc)
        if self.is_work(para, a, b):
            return
        if _version_in_list(toks, a, b):
            self.dropped.update((para.index, k) for k in range(a, b))
            return
        if _currency_name(toks, a, b):
            self.dropped.update((para.index, k) for k in range(a - 1, b + 1))  # (the amount read with it is no name either)
            return
        field = lambda t: t.lower_ in ("and", "&", ",") or _portfolio_word(t) or t.lower_ in ROLE_WORDS  # noqa: E731
        e = b
        while e < len(doc) and e - b < 4 and field(toks[e]) and not toks[e].text.islower() or e < len(doc) and toks[e].lower_ in ("and", "&", ","):
            e += 1  # ("Education" of "the Education and Agriculture ministries", read apart from the rest)
        if (e < len(doc) and toks[e].text.islower() and toks[e].lower_ in _PORTFOLIO_NOUNS and toks[e].dep_ != "compound"
                and all(field(t) for t in doc[a:e]) and toks[e - 1].is_alpha):
            self.dropped.update((para.index, k) for k in range(a, b))
            return  # "the Education and Agriculture ministries", "the Transport department": fields of government
        last = toks[b - 1]
        if (last.ent_type_ == "NORP" and last.tag_ == "NNP" and a > 0 and toks[a - 1].lower_ in ("the", "a")
                and last.dep_ not in ("compound", "amod", "nmod")):
            # "the California Republican said": a description of a person, not a name
            self.add(para, a, b, "Person", name_key(_tokens_text(para, a, b)), kind="description", rule="affiliation",
                     role=None)
            return
        start, a = a, _drop_description(doc, a, b)
        self.dropped.update((para.index, k) for k in range(start, a))  # no name of its own either
        # a leading honorific or role title belongs to a person: "Chief Constable Jane Doe"; a
        # body's name the tagger reads whole is not a title and a name ("General Motors")
        role_end = a
        body_name = _tagged_body(doc, a, b) or _plural_after_title(doc, a, b) or _title_words_then_designator(doc, a, b)
        if body_name:
            # "Director General of the Hexley Federation": a post, then the body it serves, however
            # the tagger spans it
            r = a
            while r < b and toks[r].lower_ in ROLE_WORDS and toks[r].lower_ not in DESCRIPTIVE_TITLE_WORDS:
                r += 1
            if a < r < b - 1 and toks[r - 1].lower_ in ROLE_HEADS and toks[r].lower_ in ("of", "for") and toks[a].lower_ not in HONORIFICS:
                body_name = False
        while role_end < b and not body_name and (toks[role_end].lower_.rstrip(".") in HONORIFICS or (toks[role_end].lower_ in ROLE_WORDS and toks[role_end].lower_ not in DESCRIPTIVE_TITLE_WORDS)):
            role_end += 1
        if role_end < b and toks[role_end].tag_ == "POS":
            role_end = a  # "King's Cross": a possessive, not a title
        org_end = a
        if role_end == a:
            # "<Org> <Role> <Name>": find a role run in the middle
            for k in range(a + 1, b):
                if toks[k].lower_ in ROLE_WORDS and toks[k].lower_ not in DESCRIPTIVE_TITLE_WORDS:
                    r = k
                    while r < b and toks[r].lower_ in ROLE_WORDS:
                        r += 1
                    if r < b and toks[r - 1].lower_ in ROLE_HEADS and (_ner_type(doc, r, b) == "Person" or is_first_name(toks[r].text) and b - r >= 2
                                                                      or _name_after_title(doc, r, b)):
                        org_end, role_end = k, r
                    elif (r == b and toks[b - 1].lower_ in ROLE_HEADS and (_names_a_body(doc, a, k) or _country_name(doc, a, k))
                          and not _given_name_before(doc, k) and not _tagged_person_with_title_surname(doc, a, b)):
                        # "the Northwind CEO said": a description of a person, not a name of its own
                        org_idx = self.org_or_name(para, a, k, rule + "+title-prefix")
                        self.add(para, a, b, "Person", name_key(_tokens_text(para, k, b)), kind="description", rule="role-title",
                                 role=_tokens_text(para, k, b), role_org=org_idx)
                        return
                    break
            if org_end > a and all(toks[x].lower_ in DESCRIPTIVE_TITLE_WORDS for x in range(a, org_end)):
                org_end = a  # "National Security Adviser": the whole run is the title
            if role_end == a:
                p = _person_tail(doc, a, b)
                if p is not None:
                    # "... of IP Products Group Rene Haas": a body's name, then a person's
                    self.org_or_name(para, a, p, rule + "+before-person")
                    self.add(para, p, b, "Person", name_key(_tokens_text(para, p, b), person=True), rule=rule + "+after-body")
                    return
        if role_end > a and role_end < b and toks[role_end].lower_ in ("of", "for", "at") and toks[role_end - 1].lower_ in ROLE_HEADS:
            # "Chief Constable of Kent Police": a title, then the body it serves; "Secretary of
            # State" is a title all through
            holder = _office_holder_start(doc, a, b)
            if holder is not None:
                # "Secretary of State for Trade Jane Roe": the whole title, then the holder's name
                self.add(para, a, b, "Person", name_key(_tokens_text(para, holder, b), person=True), rule=rule + "+title",
                         role=_tokens_text(para, a, holder), type_src="rule")
                return
            rest = [t.lower_ for t in doc[role_end + 1 : b]]
            if all(w in ROLE_WORDS for w in rest) or (len(rest) >= 3 and rest[0] in ROLE_WORDS and rest[1] == "for"):
                # "Secretary of State", "Secretary of State for Health": a title all through
                self.add(para, a, b, "Person", name_key(_tokens_text(para, a, b)), kind="description", rule="role-title", role=_tokens_text(para, a, b))
                return
            p = _person_tail(doc, role_end + 1, b)
            if p is not None:
                # "Chief Constable of Kent Police Tom Blake": the title, the body, then the holder's name
                org_idx = self.org_or_name(para, role_end + 1, p, rule + "+title-of")
                self.add(para, p, b, "Person", name_key(_tokens_text(para, p, b), person=True), rule=rule + "+title",
                         role=_tokens_text(para, a, role_end), role_org=org_idx, type_src="rule")
                return
            org_idx = self.org_or_name(para, role_end + 1, b, rule + "+title-of")
            self.add(para, a, role_end, "Person", name_key(_tokens_text(para, a, role_end)), kind="description", rule="role-title",
                     role=_tokens_text(para, a, role_end), role_org=org_idx)
            return
        if (b - a == 2 and role_end == b and toks[a].lower_ in _ADDRESS and toks[a + 1].lower_ not in ADDRESSED_OFFICES
                and toks[a + 1].text[:1].isupper()):
            role_end = a + 1  # "Mr Dean", "Ms Bishop": the honorific, then a surname that is also a title word
        if role_end > a and role_end >= b:
            # only a title: "the Home Secretary" is a description of a person
            if toks[b - 1].lower_ in ROLE_HEADS:
                self.add(para, a, b, "Person", name_key(_tokens_text(para, a, b)), kind="description", rule="role-title", role=_tokens_text(para, a, b))
            return
        if not body_name and role_end < b and not any(toks[k].lower_ in ROLE_HEADS for k in range(org_end, role_end)):
            # "Home Affairs Commissioner Franco Frattini": a title ending in its head word, then a name
            for k in range(b - 2, a, -1):
                if toks[k - 1].lower_ in ROLE_HEADS and (_ner_type(doc, k, b) == "Person" and b - k >= 2 or _name_after_title(doc, k, b)):
                    t0 = k - 1
                    while t0 > a and toks[t0 - 1].lower_ in ROLE_WORDS and toks[t0 - 1].lower_ not in DESCRIPTIVE_TITLE_WORDS:
                        t0 -= 1
                    org_end, role_end = t0, k
                    break
        if role_end > a and (role_end - a) and any(toks[k].lower_.rstrip(".") in HONORIFICS or toks[k].lower_ in ROLE_HEADS for k in range(org_end, role_end)):
            name_start = role_end
            title = _tokens_text(para, org_end, role_end)
            is_honorific = all(toks[k].lower_.rstrip(".") in HONORIFICS for k in range(org_end, role_end))
            org_idx = None
            field = self._portfolio(para, a, org_end, role_end) if org_end > a else None
            if field is not None:
                # "Constitutional Affairs Minister Jane Roe", "Trade and Industry Secretary Jane Roe": the
                # field of a government post, capitalised as part of its title, is no body's name
                title = _tokens_text(para, field, role_end)
                if field > a:  # "EU Transport Commissioner Jane Roe": the body, then the field
                    org_idx = self.org_or_name(para, a, field, rule + "+title-prefix")
                self.dropped.update((para.index, k) for k in range(max(a, field), org_end))  # (nor the tagger's name)
            elif org_end > a:
                org_idx = self.org_or_name(para, a, org_end, rule + "+title-prefix")
                if org_idx is None and self._body_before_title(para, a, org_end):
                    # "Labour MP Jane Roe", "Unison leader Tom Blake": capitals before a post and a
                    # person's name are the body the post is in, though the tagger left them untyped
                    self.untyped = [u for u in self.untyped if u[:3] != (para, a, org_end)]
                    org_idx = self.add(para, a, org_end, "Organization", name_key(_tokens_text(para, a, org_end)), rule=rule + "+title-prefix",
                                       type_src="rule")
            elif (not is_honorific and a > 0 and toks[a - 1].is_sent_start and toks[a - 1].text[:1].isupper()
                  and self.table.at(para.index, a - 1) is None and self._body_before_title(para, a - 1, a)):
                # the same, opening a sentence, where the capital left the word out of the name's run
                org_idx = self.add(para, a - 1, a, "Organization", name_key(toks[a - 1].text), rule=rule + "+title-prefix", type_src="rule")
            key = name_key(_tokens_text(para, name_start, b), person=True)
            if not key:
                return
            self.add(
                para, org_end if org_end > a else a, b, "Person", key, rule=rule + ("+honorific" if is_honorific else "+title"),
                role=None if is_honorific else title, role_org=org_idx, type_src="rule",
            )
            return
        if self._field_before_title(para, a, b):
            self.dropped.update((para.index, k) for k in range(a, b))  # (nor the tagger's name)
            return
        p = _party_then_field(doc, a, b)
        if p is not None:
            # "Lib Dem Home Affairs spokesman Jane Roe": the party, then the field of the post
            self.dropped.update((para.index, k) for k in range(p, b))
            self.org_or_name(para, a, p, rule)
            return
        self.org_or_name(para, a, b, rule)

    def _field_before_title(self, para: Paragraph, a: int, b: int) -> bool:
        """"Health spokesman Jo Roe said", "Aviation analyst Ann Roe": one word opening a sentence before
        a post written in lower case is the post's field, capitalised by its place, not a body, when it
        is a word of titles ("health", "defence") or an everyday word the article also writes in lower
        case ("aviation"), unless it is a word for a kind of body ("Academy president Jo Roe ... the
        academy said") or the article also writes it as a name inside a sentence ("Valve spokesman Jo
        Roe ... sales of Valve games")."""
        doc = para.view
        word = doc[a].lower_
        return (b - a == 1 and b < len(doc) and doc[b].text.islower() and doc[b].lower_ in ROLE_HEADS and _opens_sentence(doc, a)
                and (word in ROLE_WORDS or word in self.lower_words and is_common_word(word, 4.0))
                and word not in ORG_DESIGNATORS and word not in ORG_DESCRIPTIONS and not self._body_before_title(para, a, b))

    def _portfolio(self, para: Paragraph, a: int, e: int, role_end: int) -> int | None:
        """Are doc[a:e], before a minister's, secretary's or commissioner's title ending at
        ``role_end``, the field of the post ("Constitutional Affairs Minister", "Trade and Industry
        Secretary"), not a body's name ("Treasury minister" where the article names the Treasury)?
        Everyday words in capitals, of two words or more or the end of a longer title after "and",
        none a word of a body's kind, a party, a place or a person, and the article writing them
        nowhere else as a name. Where the field starts (the words before "and" go with it: "Trade"), or None."""
        doc = para.view
        if doc[role_end - 1].lower_ not in _PORTFOLIO_POSTS:
            return None
        words = [t for t in doc[a:e] if t.lower_ not in NAME_CONNECTORS]
        joined = a >= 2 and doc[a - 1].lower_ in ("and", "&", ",") and doc[a - 2].text[:1].isupper()
        if not all(_portfolio_word(t) for t in words) and not joined:
            # "EU Transport Commissioner Jane Roe", "US Commerce Secretary Jo Roe": a body written as an
            # acronym or a place, then the field: where the field starts
            f = e
            while f > a + 1 and _portfolio_word(doc[f - 1]):
                f -= 1
            body = doc[f - 1]
            if f < e and (body.text.isupper() and len(body.text) >= 2 or fold(body.text) in COUNTRIES or body.ent_type_ in ("GPE", "NORP")) \
                    and not party_of(name_key(doc[f:e].text)):
                return f
            return None
        if not words or len(words) < 2 and not joined and not (
                # "Economics Minister Jane Roe", "Finance Secretary Jo Roe": one everyday word of a field,
                # no noun of a kind of body ("Treasury minister" is the Treasury's)
                e - a == 1 and doc[a].lower_ not in _WN_BODY_NOUNS and doc[a].lower_ not in TITLE_MODIFIERS
                and doc[a].tag_ != "JJ" and doc[a].ent_type_ != "PERSON"):
            return None
        key = name_key(doc[a:e].text)
        if party_of(key) or self._body_before_title(para, a, e):
            return None
        if joined:
            # "Trade and Industry": the word before "and", read as a name of its own, goes too
            k = self.table.at(para.index, a - 2)
            m = self.table.items[k] if k is not None else None
            if (m is not None and m.kind == "name" and m.tok[1] == a - 1 and m.tok[1] - m.tok[0] <= 2
                    and all(_portfolio_word(t) for t in doc[m.tok[0] : m.tok[1]])):
                m.kind = "ignored"
                return m.tok[0]
            k = a - 1  # (or left out of any name, opening the sentence: "... overdue. Trade and Industry Secretary")
            while k >= 0 and a - k <= 5 and (doc[k].lower_ in ("and", "&", ",") or _portfolio_word(doc[k])):
                k -= 1
            while k + 1 < a and doc[k + 1].lower_ in ("and", "&", ","):
                k += 1
            return k + 1
        return a

    def _body_before_title(self, para: Paragraph, a: int, b: int) -> bool:
        """Are doc[a:b], before a post and a person's name, a body's name ("Labour MP Jane Roe"),
        not words of the title ("Health Secretary", "First Minister", "Work and Pensions Secretary")
        or a capital that opens a sentence ("Backbench MP")? Proper nouns the tagger reads as no
        place, person or demonym, that the article also writes as a name on their own, inside a
        sentence with no capitalised word either side ("... would hurt Labour", "Labour's plan")."""
        doc = para.view
        if a > 0 and (doc[a - 1].lower_ in NAME_CONNECTORS or doc[a - 1].text[:1].isupper() and not doc[a - 1].is_sent_start):
            return False  # "Work and Pensions Secretary": the end of a longer title
        if b - a == 1 and doc[a].lower_ in _PARTY_WORDS and doc[a].text[:1].isupper():
            return True  # "Labour MP Jane Roe": the party, though the article never names it alone (and tagged a noun)
        if b - a <= 2 and all(t.text[:1].isupper() for t in doc[a:b]) and party_of(fold(doc[a:b].text)):
            return True  # "Conservative co-chairman Jane Roe": a party's member noun, which the tagger takes for a nationality
        if not _names_a_body(doc, a, b) or any(fold(t.text) in DEMONYM_NOUNS or t.ent_type_ == "PERSON" for t in doc[a:b]):
            return False
        words = [t.text for t in doc[a:b]]
        n = len(words)
        for p in self.paras:
            d = p.view
            for t in d:
                k = t.i
                if t.text != words[0] or t.is_sent_start or (p.index, k) == (para.index, a) or [w.text for w in d[k : k + n]] != words:
                    continue
                before, after = (d[k - 1] if k > 0 else None), (d[k + n] if k + n < len(d) else None)
                if before is not None and (before.text[:1].isupper() or before.lower_ in NAME_CONNECTORS):
                    continue
                if after is not None and after.text[:1].isupper() and after.tag_ != "POS":
                    continue
                return True
        return False

    def is_work(self, para: Paragraph, a: int, b: int) -> bool:
        """doc[a:b] is the title of a creative work ("the film Ray"), or listed with one ("movies
        Saw and Heat"); its tokens are remembered so that the names listed after it follow."""
        toks = para.tokens
        if b < len(toks) and toks[b].tag_ == "POS" and any(t.lower_ == "and" for t in toks[a + 1 : b - 1]):
            return False  # "titles including X and EA's Y": a list ending in a maker's possessive, read part by part
        head = toks[b - 1]
        listed = head.dep_ in ("conj", "appos") and (para.index, head.head.i) in self.works
        k = a - 1
        while k >= 0 and toks[k].text in (":", ",", "-", "–"):
            k -= 1
        listed = listed or (k < a - 1 and (para.index, k) in self.works)  # "Rambo: First Blood"
        if listed and b < len(toks) and toks[b].tag_ == "POS" and toks[a].ent_type_ in ("ORG", "PERSON"):
            listed = False  # "titles including X and EA's Need for Speed": the maker of the next title, in the possessive
        if listed and b - a >= 2 and (is_first_name(toks[a].text) or _given_and_surname(para.doc, a, b)) and toks[a].ent_type_ == "PERSON" and toks[a + 1].ent_type_ == "PERSON" and (
                any(t.lower_ in ("for", "in", "as") for t in toks[a + 2 : b]) or b < len(toks) and toks[b].lower_ in ("for", "in", "as", "'s", "’s")):
            # "... for Kings And Queen, Jane Roe for The Chorus", "X's The Aviator, Jane Roe's Long Engagement":
            # a person and the work they are named for or made
            listed = False
        words_ = [t.lower_.strip(".'’") for t in toks[a:b]]
        lead = b - a >= 2 and toks[a].is_sent_start and toks[a].lemma_.lower() in WORK_NOUNS  # "Movies Heat and Saw are ..."
        # "Jane Roe's Star of the Sea": capitals right after a person's possessive that the tagger reads
        # as more of the person's name are the title of something the person made
        made = (a >= 2 and toks[a - 1].tag_ == "POS" and toks[a].ent_iob_ == "I" and toks[a].ent_type_ == "PERSON"
                and toks[a - 2].ent_type_ == "PERSON" and toks[a - 2].text[:1].isupper())
        # (the helpers read only single tokens: the paragraph's token list serves them as the Doc would)
        end = _programme_after(toks, a, b)
        inside = (para.index, a) in self.works  # "Frost" of "Breakfast with Frost programme", read first
        titled = any(s <= a and b <= e for s, e in self.title_runs(para))
        titled = titled or _sequel_after(toks, b) or _chart_place_after(toks, b) and not _given_and_surname(para.doc, a, b)
        if not listed and not lead and not made and not inside and not titled and end is None and not _work_before(toks, a) and not _work_by_grammar(toks, a, b):
            return False
        after = b + 1 if b < len(toks) and toks[b].text in (",", "-", "–", "—", "(") else b
        starring = after < len(toks) and toks[after].lower_ == "starring"  # (no body is "starring" anyone)
        if _gazetteer_type(name_key(_tokens_text(para, a, b)))[0] or words_[-1] in _DESIGNATORS and words_[-1] not in ("news", "times", "post") and end != b and not starring:
            return False  # "the film studio X", "the film maker Acme Pictures" (not "The Polar Express, starring X")
        self.works.update((para.index, k) for k in range(a, max(b, end or b, _title_goes_on(toks, b))))
        # a title of several words is a title wherever the article repeats it; one word may be a
        # person's surname read once as a title ("every time they wrote a song, Roe said"), and a
        # given name or an honorific a person after a work noun ("every track Robbie has released",
        # "Another film, Mr Roe said", "Today programme Ms Roe")
        person = is_first_name(toks[a].text) or toks[a].lower_.rstrip(".") in HONORIFICS
        if b - a >= 2 and not person:
            self.work_titles.add(fold(_tokens_text(para, a, b)))
            self.title_texts.add(_tokens_text(para, a, b))
        elif not person:
            self.work_words.add(fold(toks[a].text))
        if person and b - a >= 3 and any(t.text.islower() for t in toks[a + 1 : b - 1]):
            self.title_texts.add(_tokens_text(para, a, b))  # "the drama Rosa Full of Sorrow": no person's name has "of" inside
        for s, e in self.title_runs(para):
            if s <= a and b <= e and e - s >= 2:
                self.title_texts.add(_tokens_text(para, s, e))
        return True

    def org_or_name(self, para: Paragraph, a: int, b: int, rule: str) -> int | None:
        doc, toks = para.view, para.tokens
        text = _tokens_text(para, a, b)
        words = text.split()
        key = name_key(text)
        if not key or len(key) < 2:
            return None
        plural = False
        typ, cat = _gazetteer_type(key)
        party = party_of(key)
        if typ is None and party and a > 0 and toks[a - 1].text[:1].isupper() and toks[a - 1].is_alpha \
                and self.table.at(para.index, a - 1) is None:
            # "Liberal Democrat leader X" opening a sentence: the tagger's adjective "Liberal" left out of
            # the chunk is the first word of the party's name, not "Democrat" the US party's
            longer = name_key(_tokens_text(para, a - 1, b))
            wider = party_of(longer)
            if wider:
                return self.add(para, a - 1, b, "Organization", wider, rule=rule + "+party", type_src="rule")
        if typ is None and party:
            # "Tory leader", "the Democrats", "a Republican": a party named by its members
            return self.add(para, a, b, "Organization", party, rule=rule + "+party", type_src="rule")
        # plural brand mentions: "the Microsofts", "the Googles of this world"
        if typ is None and b - a == 1 and key.endswith("s") and a > 0 and toks[a - 1].lower_ == "the" and key not in COUNTRIES:
            sing_type, sing_cat = _gazetteer_type(key[:-1])
            if sing_type:
                key, typ, cat, plural = key[:-1], sing_type, sing_cat or "company", True
            elif toks[a].tag_ == "NNPS":
                typ, plural = "Organization", True  # "the Commons", "the Lords": a name as written, not a plural of "Lord"
        if (typ is None and b - a == 2 and _given_name(toks[a]) and all(t.ent_type_ == "PERSON" for t in toks[a:b])
                and words[-1].lower() not in ORG_DESIGNATORS
                and not (_descriptor_before(doc, a) is not None and (is_common_word(words[-1], 4.0) or _descriptor_noun(doc, a) in _WN_BODY_NOUNS))):
            # ... but "Martin Corporation", "the airline Sandy Green", "the brokerage Morris Hale": a
            # designator, a body's noun before an everyday word (not "England centre Mike Tindall"), or a noun
            # only a body bears, says otherwise
            typ = "Person"  # "Natalie Press", "Roger Maker": a given name and a surname, not a body's name
        if typ is None:
            typ, cat = _designator_type(words)
        if typ is None and "&" in words[1:-1]:
            typ, cat = "Organization", "company"  # "Procter & Gamble"
        described = typ is None and _descriptor_before(doc, a) is not None
        if described:
            typ, cat = _descriptor_before(doc, a)
        ner = _ner_type(doc, a, b)
        if typ is None and len(words) >= 2 and words[0].lower() in KNOWN_PRODUCTS | KNOWN_COMPANIES:
            # "Instagram Direct": a named feature of a known platform
            typ, cat = _gazetteer_type(words[0].lower())
        src = "rule"
        if typ is None and key in COUNTRIES and (ner != "Person" or len(words) >= 2):
            typ = "Place"  # "Cyprus", "Sri Lanka": a country, whatever the tagger guessed ("Jordan" may be a person)
        if typ is None and ner is None and not party and _club_before_post(doc, a, b, key):
            typ = "Organization"  # "Harbridge keeper Jane Roe" the tagger left untyped: the town's club (see _retype_by_usage)
        if (typ is None and b - a >= 2 and _version_number(toks, a, b - 1)
                and (ner in (None, "Person", "Legislation", "Product") or ner == "Organization" and toks[b - 1].ent_iob_ != "I")):
            typ, src = "Product", "rule"  # "Xbox 2", "Halo 2": no person, law or body is named with a version's number
        if typ is None:
            src = "ner"
            if ner in (None, "Organization", "Product") and (_given_and_surname(doc, a, b) or ner is not None and _after_post_noun(doc, a, b)
                                                            and toks[a - 1].tag_ == "NN"  # (one post: "analysts Forrester Research" is a body)
                                                            or ner == "Organization" and b - a >= 2 and all(t.text[:1].isupper() or t.text == "-" for t in toks[a:b])
                                                            and _apposition_kind(doc, a, b) == ("Person", None)):
                # "Carolina Kluft", "Taylor Dent" the tagger read as a body: a weak vote for a person; so
                # is a name right after a post's noun in lower case ("France captain Fabien Pelous",
                # "England boss Sven-Goran Eriksson"), and a name of two words or more with a person's
                # noun in apposition after it ("Jean-Marc Dolet, the bank's chief economist")
                typ = "Person"
            elif ner == "Place" and 2 <= b - a <= 3 and _person_noun_before(doc, a, b) and all(
                    t.is_alpha and t.text[:1].isupper() and t.text[1:].islower() and t.lower_ not in _DESIGNATORS
                    and fold(t.text) not in COUNTRIES and not is_common_word(t.text, 4.0) for t in toks[a:b]):
                typ = "Person"  # "run by an administrator, Enrico Balzani, who ...": the noun says who, whatever the tagger read
            elif ner:
                typ = ner
            elif b - a == 1 and is_acronym(toks[a].text):
                typ, cat = "Organization", None
            elif toks[a].text.startswith("@"):
                typ, src = "Organization", "rule"
            elif b - a == 1 and _DIGIT_NAME.match(toks[a].text) or b - a >= 3 and toks[a].text.isdigit() and toks[a + 1].text == "-":
                typ, src = "Organization", "rule"  # "1Xtra", "3Com", "7-Eleven": no person or place is named with digits
            elif (a >= 2 and b < len(doc) and toks[a - 1].text == "(" and toks[b].text == ")" and all(t.tag_ in ("NNP", "NNPS") for t in toks[a:b])
                  and (j := self.table.at(para.index, a - 2)) is not None and self.table.items[j].kind == "name"
                  and self.table.items[j].type == "Person" and self.table.items[j].tok[1] == a - 1):
                typ = "Organization"  # "Ben Hale (Kelby Warriors)": a player's club, a member's party, in brackets after the name
            elif b - a >= 5 and any(t.lower_ in ("on", "upon", "under", "super", "sur") and _in_hyphenated_name(doc, t.i) for t in toks[a:b]):
                typ = "Place"  # "Stoke-on-Trent", "Newcastle-upon-Tyne": English and French towns by their rivers and hills
            elif _place_possessor(doc, a):
                # "France's Sanofi", "the UK's AstraZeneca": a place's own company or body
                typ = "Organization"
            elif _apposition_kind(doc, a, b) is not None:
                # "Parmalat, the Italian food group, ...": what the apposition says it is
                typ, cat = _apposition_kind(doc, a, b)
            elif 2 <= b - a <= 3 and all(t.tag_ in ("NNP", "NNPS") for t in toks[a:b]) and not (
                    a > 0 and toks[a - 1].tag_ in ("DT", "PRP$", "POS")) and (is_first_name(toks[a].text) or _after_post_noun(doc, a, b)):
                # "Carla Wendt", "boss Graeme Souness" the tagger left untyped: a person's name
                typ = "Person"
            else:
                self.untyped.append((para, a, b, rule))
                return None
        if typ == "Person" and (is_acronym(toks[a].text) and b - a == 1):
            typ = "Organization"
        if typ == "Person" and not any(t.tag_ in ("NNP", "NNPS") for t in toks[a:b]):
            return None
        if toks[a].text.startswith("@"):
            key = key.lstrip("@")
        if key == "government" or key.endswith(" government") and len(words) == 1:
            return self.add(para, a, b, "Organization", "government", kind="description", rule="bare-government", category="public")
        if b - a == 1 and key in _DESIGNATORS and typ in ("Organization", "Legislation", "Event", "Product") and not toks[a].text.isupper():
            # "the Bill", "the Committee": the kind of thing, referring back to its name
            return self.add(para, a, b, typ, key, kind="description", rule="designator-alone", category=cat)
        if typ == "Product" and b - a >= 2:
            # "Facebook Messenger", "FB Messenger": the owner's name, then the product's
            for k in range(a + 1, b):
                owner_key = name_key(_tokens_text(para, a, k))
                o_type, _ = _gazetteer_type(owner_key)
                if o_type == "Organization":
                    rest = name_key(_tokens_text(para, k, b))
                    owner = self.add(para, a, k, "Organization", owner_key, rule=rule + "+owner-prefix", category="company", type_src="rule")
                    return self.add(para, a, b, "Product", rest, rule=rule + "+owned-product", role_org=owner, type_src="rule")
        return self.add(para, a, b, typ, key, rule=rule, category=cat, plural=plural, type_src=src, described=described and src == "rule")

    def scan_names(self, para: Paragraph) -> None:
        doc = para.view
        listed = _listed_expansions(para.tokens) if "(" in para.text else []  # (it reads brackets)
        for s, e in listed:
            self.name_from_tokens(para, s, e, "listed-expansion")
        for a, b in self.chunks.get(para.index) or _chunks(doc, False, para.tokens):
            ta, tb = _trim(para.tokens, a, b)
            if ta < tb and self.is_work(para, ta, tb):
                continue  # "the 1982 film An Officer and a Gentleman": one title, whatever its words
            for pa, pb in _outside(listed, a, b):
                parts = _split_connectors(doc, pa, pb)
                # words a split leaves out ("of Tolworth" after a peer's name) name nothing of their own
                self.dropped.update((para.index, k) for k in range(pa, pb) if doc[k].text[:1].isupper() and not any(qa <= k < qb for qa, qb in parts))
                for qa, qb in parts:
                    for ra, rb in _split_listed(doc, qa, qb, self.alone):
                        for sa, sb in _split_at_address(doc, ra, rb):
                            for ta_, tb_ in _split_place_pairs(doc, sa, sb):
                                self.name_from_tokens(para, ta_, tb_, "chunk")
        # NER spans that the chunker did not cover (lower-case or odd tokens)
        for ent in doc.ents:
            if NER_TYPES.get(ent.label_) and not any(self.table.at(para.index, t.i) is not None for t in ent):
                a, b = _trim(para.tokens, ent.start, ent.end)
                if a < b and any(_is_cap(t, False) for t in doc[a:b]) and not any((para.index, k) in self.works or (para.index, k) in self.dropped for k in range(a, b)) and not self.is_work(para, a, b):
                    self.org_or_name(para, a, b, "ner")
        self._party_before_post(para)
        self._body_before_post(para)

    def _body_before_post(self, para: Paragraph) -> None:
        """"Kestrel boss Jo Roe would consider ...": a capitalised word opening a sentence right before
        a post that heads or serves a body (written in lower case) and a person's full name is that
        body's name, though the word is also an everyday one ("arsenal", "beacon") and the chunker
        left it out at the sentence start. Not a word that qualifies the post ("Former", "New",
        "Acting"), a noun for a kind of body or person ("Club", "Police", "Fan"), a participle or an
        adverb, a place's or nation's word, nor a frequent everyday word that may name the post's
        field ("Finance", "Marketing"); an article that also writes the word in lower case drops it
        later (_drop_capitalised_words)."""
        doc, toks = para.doc, para.tokens
        n = len(toks)
        for a, t in enumerate(toks):
            if not (t.is_sent_start or a == 0 or toks[a - 1].text in ("“", '"', "‘")):
                continue
            low = t.lower_
            if not (t.is_alpha and t.text[:1].isupper() and t.text[1:].islower()) or self.table.at(para.index, a) is not None \
                    or (para.index, a) in self.dropped or is_common_word(low, 4.6) or t.tag_ not in ("NN", "NNP", "JJ") \
                    or t.ent_type_ in ("NORP", "GPE", "LOC", "DATE", "TIME", "PERSON") or low.endswith(("ing", "ed")):
                continue
            if (low in TITLE_MODIFIERS or low in GENERIC_MODIFIERS or low in ROLE_WORDS or low in ROLE_HEADS or low in PERSON_NOUNS
                    or low in _WN_BODY_NOUNS or low in ORG_DESCRIPTIONS or low in ORG_DESIGNATORS or low in SIDE_TITLES
                    or low.rstrip(".") in HONORIFICS or low in CALENDAR_WORDS or fold(t.text) in NATION_ADJECTIVES
                    or fold(t.text) in DEMONYM_NOUNS or fold(t.text) in COUNTRIES or fold(t.text) in FIRST_NAMES
                    or party_of(fold(t.text)) or low in _PARTY_WORDS):
                continue
            k = a + 1
            while k < n and k - a <= 2 and toks[k].text.islower() and (toks[k].lower_ in ROLE_HEADS or toks[k].lower_ in ROLE_WORDS):
                k += 1
            if k == a + 1 or k >= n or toks[k - 1].lower_ not in _BODY_POSTS:
                continue
            j = self.table.at(para.index, k)
            if j is None:
                continue
            m = self.table.items[j]
            if m.type == "Person" and m.kind == "name" and m.tok[0] == k and m.tok[1] - k >= 2:
                self.add(para, a, a + 1, "Organization", name_key(t.text), rule="body-before-post")

    def _party_before_post(self, para: Paragraph) -> None:
        """"Conservative co-chairman Jane Roe": a party's member noun in capitals right before a post
        written in lower case and a person's name is the party, though the tagger took the word for
        an adjective and the chunker left it out of every name."""
        doc = para.view
        for t in para.tokens:
            a = t.i
            if not (t.is_alpha and t.text[:1].isupper() and t.text[1:].islower()) or self.table.at(para.index, a) is not None \
                    or not party_of(fold(t.text)) or a > 0 and doc[a - 1].text[:1].isupper():
                continue
            k = a + 1
            while k < len(doc) and k - a <= 3 and doc[k].text.islower() and (doc[k].lower_ in ROLE_HEADS or doc[k].lower_ in ROLE_WORDS):
                k += 1
            j = self.table.at(para.index, k) if k > a + 1 and k < len(doc) else None
            if j is not None and self.table.items[j].type == "Person" and self.table.items[j].kind == "name" and self.table.items[j].tok[0] == k:
                self.org_or_name(para, a, a + 1, "party-before-post")

    def _known_firsts(self, known: dict) -> frozenset[str]:
        """Every prefix of the first word of every known name (a token may be the start of a
        hyphenated word: "T" of "T-Mobile")."""
        if getattr(self, "_firsts_for", None) is not known:
            firsts = set()
            for key in known:
                word = key.split(" ", 1)[0]
                firsts.update(word[:k] for k in range(1, len(word) + 1))
            self._firsts, self._firsts_for = frozenset(firsts), known
        return self._firsts

    def _known_lasts(self, known: dict) -> frozenset[str]:
        """Every ending of the last word of every known name (a token may be the end of a
        hyphenated word: "Mobile" of "T-Mobile")."""
        if getattr(self, "_lasts_for", None) is not known:
            lasts = set()
            for key in known:
                word = key.rsplit(" ", 1)[-1]
                lasts.update(word[k:] for k in range(len(word)))
            self._lasts, self._lasts_for = frozenset(lasts), known
        return self._lasts

    def scan_known(self, para: Paragraph, known: dict[str, tuple[str, str, str | None]], known_upper: dict[str, bool]) -> None:
        """Headline-like lines in Title Case: only names already seen in the body count."""
        doc = para.view
        n = len(doc)
        # This looks at up to ten windows per token: read each token's attributes once (as
        # _trim does, on plain lists) and slice span texts from the paragraph text.
        toks = para.tokens
        texts = [t.text for t in toks]
        lowers = [t.lower_ for t in toks]
        punct = [t.is_punct for t in toks]
        tags = [t.tag_ for t in toks]
        starts = [t.idx for t in toks]
        para_text = para.text

        def trim(a: int, b: int) -> tuple[int, int]:
            while a < b and (lowers[a] in ("the", "a", "an") or punct[a] and texts[a] != "@"):
                a += 1
            while b > a and (tags[b - 1] == "POS" or texts[b - 1] in ("’s", "'s", "’", "'") or punct[b - 1]
                             or lowers[b - 1] in NAME_CONNECTORS):
                b -= 1
            return a, b

        # a window can only hold a known name if its first word begins one: skip the rest at once
        firsts = self._known_firsts(known)
        # ... and, in a paragraph fold() only lowercases (plain printable ASCII, single spaces), if its
        # last word, lowercased, ends the last word of one
        lasts = self._known_lasts(known) if para_text.isascii() and para_text.isprintable() and "  " not in para_text else None
        i = 0
        while i < n:
            hit = None
            a0 = i
            while a0 < n and (lowers[a0] in ("the", "a", "an") or punct[a0] and texts[a0] != "@"):
                a0 += 1
            # every window from i past a0 trims to start at a0 (a shorter one trims to nothing): it
            # needs a capital there
            if a0 >= n or not texts[a0][:1].isupper() or fold(texts[a0]) not in firsts:
                i += 1
                continue
            tried = set()
            for j in range(min(n, i + 10), a0, -1):
                a, b = trim(i, j)
                if a >= b or b in tried:
                    continue  # (a window that trims to one already tried fares the same)
                tried.add(b)
                if lasts is not None and texts[b - 1].lower() not in lasts:
                    continue
                f = fold(para_text[starts[a] : starts[b - 1] + len(texts[b - 1])])
                if f in known:
                    if b - a == 1 and known_upper.get(f, False) and not texts[a].isupper():
                        continue  # "US" the country is not "Us" or "us", nor "IT" the word "It"
                    if b - a == 1 and lowers[a] in CALENDAR_WORDS and (
                            (a > 0 and tags[a - 1] in ("IN", "DT", "CD", "JJ", "TO")) or (b < n and texts[b][:1].isdigit())):
                        continue  # "in May", "May 5": the month, not Brian May
                    hit = (a, b, known[f])
                    break
            if hit and all(self.table.at(para.index, k) is None for k in range(hit[0], hit[1])):
                a, b, (typ, key, cat) = hit
                self.add(para, a, b, typ, key, rule="known-name", category=cat, type_src="known")
                i = max(b, i + 1)
            else:
                i += 1

    # -- acronyms --------------------------------------------------------------

    def link_acronyms(self, para: Paragraph) -> None:
        """"Long Name (ABBR)": the bracketed acronym is the expansion's alias."""
        doc = para.view
        for t in para.tokens:
            if t.text == "(" and t.i > 0 and t.i + 3 < len(doc):
                self._link_expansion_in_brackets(para, t.i)
            if t.text != "(" or t.i + 2 >= len(doc) or doc[t.i + 2].text != ")":
                continue
            acr = doc[t.i + 1]
            if not (is_acronym(acr.text) or (acr.text[:1].isupper() and len(acr.text) <= 6)):
                continue
            # the mention ending right before the bracket (allowing a possessive)
            k = t.i - 1
            while k >= 0 and (doc[k].tag_ == "POS" or doc[k].text in ("’s", "'s", "’", "'")):
                k -= 1
            exp_idx = self.table.at(para.index, k) if k >= 0 else None
            if exp_idx is None:
                continue
            exp = self.table.items[exp_idx]
            if not (defines_acronym(acr.text, exp.text) or _bracketed_short_name(doc, acr, exp)):
                continue
            cur = self.table.at(para.index, acr.i)
            if cur is not None and self.table.items[cur].tok == (acr.i, acr.i + 1):
                self.table.items[cur].acronym_of = exp_idx
                self.table.items[cur].type = exp.type
                self.table.items[cur].category = exp.category
                self.table.items[cur].type_src = "rule"
            else:
                self.add(para, acr.i, acr.i + 1, exp.type, name_key(acr.text), rule="acronym", acronym_of=exp_idx, category=exp.category, type_src="rule")

    def _link_expansion_in_brackets(self, para: Paragraph, i: int) -> None:
        """"Cepes (Peruvian Centre for Social Studies)": one word, then a body's name of several words in
        brackets that spells it out or, ending in a word of a body's kind, gives its other name: the word
        is that body's short name."""
        doc = para.view
        short_idx = self.table.at(para.index, i - 1)
        exp_idx = self.table.at(para.index, i + 1)
        if short_idx is None or exp_idx is None or short_idx == exp_idx:
            return
        short, exp = self.table.items[short_idx], self.table.items[exp_idx]
        if (short.kind != "name" or exp.kind != "name" or short.tok != (i - 1, i) or exp.tok[0] != i + 1
                or exp.tok[1] >= len(doc) or doc[exp.tok[1]].text != ")" or short.acronym_of is not None):
            return
        word = doc[i - 1]
        if len(exp.key.split()) < 3 or exp.type != "Organization" or word.ent_type_ in ("GPE", "LOC", "NORP"):
            return
        words_ = exp.key.split()
        if not (defines_acronym(word.text, exp.text) or _bracketed_short_name(doc, word, exp)
                and any(w in ORG_DESIGNATORS for w in words_[1:]) and any(w[:1] == word.lower_[:1] for w in words_)):
            return  # (its first letter opens a word of the name: "Cepes" of the "... Centre ...")
        short.acronym_of = exp_idx
        short.type, short.category, short.type_src = exp.type, exp.category, "rule"

    # -- groups, descriptions, pronouns ---------------------------------------

    def scan_groups(self, para: Paragraph) -> None:
        """Generic collective actors, by grammar: the police ("the police", "UK police forces",
        "law enforcement"), an industry ("tech companies", "the pharmaceutical industry", "big
        oil firms": a plural company noun with the words of its sector) and campaigners
        ("campaigners", "activists", "pressure groups")."""
        doc = para.view
        for t in para.tokens:
            if t.pos_ not in ("NOUN", "PROPN") or self.table.at(para.index, t.i) is not None:
                continue
            if t.dep_ in ("compound", "amod") and t.head.i > t.i:
                continue  # a modifier ("police officer", "industry body"), not the head of the phrase
            kind = _group_kind(t)
            if kind is None or t.i > 0 and doc[t.i - 1].text == "-" and not doc[t.i - 1].whitespace_:
                continue  # "policy-makers", "e-mail providers": the end of a hyphenated word
            mods = [c for c in t.children if c.dep_ in ("compound", "amod", "nmod") and c.i < t.i]
            a = min([c.left_edge.i for c in mods] + [t.i])
            if kind == "industry":
                # the sector is said by nouns ("tech firms", "oil companies"); an adjective only in "the
                # pharmaceutical industry"; never a nationality, a number or a name ("Swiss firms")
                with_the = definite(t)
                allowed = ("NOUN", "ADJ") if t.lemma_.lower() in ("industry", "sector") and with_the else ("NOUN",)
                sector = [_SECTOR_SYNONYMS.get(_sector_word(c), _sector_word(c)) for c in sorted(mods, key=lambda c: c.i)
                          if c.lemma_.lower() not in GENERIC_MODIFIERS and c.pos_ in allowed and not c.like_num
                          and c.lemma_.lower() not in _RELATIONAL_NOUNS | _KIN_NOUNS  # "parent companies", "rival plane makers": a relation, no trade
                          and c.tag_ not in ("JJR", "JJS")  # "the strongest sectors": a degree is a quality, no kind of trade
                          and c.ent_type_ not in ("NORP", "GPE", "ORDINAL", "CARDINAL") and self.table.at(para.index, c.i) is None
                          and not (c.i > 0 and doc[c.i - 1].text == "-") and doc[c.i + 1].text != "-" and c.is_alpha  # "third-party firms", "e-mail"
                          and not any(doc[k].text == "-" for k in range(c.i + 1, t.i))  # "stock exchange-listed companies": a compound adjective
                          and not any(d.dep_ == "det" for d in c.children)]  # "a situation many firms": its own phrase
                if not sector or (t.lemma_.lower() in ("industry", "sector") and not with_the):
                    continue  # "companies", "big firms", "a growth industry": no sector, no group
                if t.dep_ == "nsubj" and t.head.lemma_ == "be" and any(c.dep_ in ("acomp", "attr") for c in t.head.children):
                    continue  # "the chip industry is worth billions": a sector described, not one that acts
                key = " ".join(sector) + " industry"
            else:
                key = kind
            self.add(para, a, t.i + 1, "Organization", key, kind="group", rule=f"group:{kind}")

    # -- product models ------------------------------------------------------

    def scan_models(self, paragraphs: list[Paragraph]) -> None:
        """Model numbers and codes of manufactured goods as Product names: "the Boeing 787", "Airbus
        A380", "its new 777 plane", "its 787 Dreamliner aircraft", "the 777-200LR" (a code of digits
        and letters), "its smallest airliner, the 717"; once a code is a model in the article, its
        other mentions are too ("the new 777"). A maker named right before the code owns it
        (``role_org``, read by owns:owner-prefix). Not models: years, counts before a plural noun
        ("its 300 planes"), ranges ("300-400 jobs"), numbers inside a name the chunker closed
        ("Channel 4", "FTSE 100")."""
        found: dict[str, str] = {}  # the code's text -> the model's key
        orgs = {m.key for m in self.table.items if m.kind == "name" and m.type == "Organization"}
        by_index = {p.index: p for p in paragraphs}
        for m in list(self.table.items):
            # "the Tarvos Aerospace A640" read as one product's name: the maker's name, then the code
            a, b = m.tok
            para = by_index.get(m.para)
            if para is None or m.kind != "name" or m.type not in ("Product", "Organization") or m.role_org is not None or b - a < 2:
                continue
            code = para.tokens[b - 1].text
            if not (_MODEL_CODE.fullmatch(code) or m.type == "Product" and _MODEL_NUMBER.fullmatch(code)):
                continue  # (a body's name may end in a plain number: "FTSE 100"; a code with letters is a model's)
            owner_key = name_key(_tokens_text(para, a, b - 1))
            if owner_key in orgs and not _year_like(code):
                m.role_org = self.add(para, a, b - 1, "Organization", owner_key, rule="model-number+maker", category="company", type_src="rule")
                m.type, m.key, m.type_src = "Product", name_key(code), "rule"
                found.setdefault(code, m.key)
        for m in self.table.items:
            # "Casio QV-10", "Vaio W1", "the CDP-101": a name that ends in a product's code is the
            # product's, whatever the tagger read; no body, person or place ends its name in one
            a, b = m.tok
            para = by_index.get(m.para)
            if para is None or m.kind != "name" or m.type == "Product" or m.type_src != "ner" or m.role_org is not None:
                continue
            code = para.tokens[b - 1].text
            if not _PRODUCT_CODE.fullmatch(code) or b - a == 1 and "-" not in code:
                continue  # (one word of capitals and digits alone is as often a body's: "ITV1", "MI6", "S4C")
            if b - a >= 2 and name_key(_tokens_text(para, a, b - 1)) in orgs:
                continue  # "Volvo S40": the maker's name, then the code (above, or left as it was)
            if any(fold(t.text) in COUNTRIES or fold(t.text) in NATION_ADJECTIVES for t in para.tokens[a:b - 1]):
                continue  # "Iceland U21": a nation's side by its age
            m.type, m.type_src = "Product", "rule"
        for para in paragraphs:
            for a, b, name_end, maker in self._model_codes(para, first=True):
                key = name_key(_tokens_text(para, a, name_end))
                found.setdefault(_tokens_text(para, a, b), key)
                self.add(para, a, name_end, "Product", key, rule="model-number", role_org=maker, category=None, type_src="rule")
        if not found:
            return
        for m in self.table.items:
            if m.kind == "name" and m.type != "Product" and m.tok[1] - m.tok[0] == 1 and m.text in found:
                m.type, m.key, m.type_src = "Product", found[m.text], "rule"  # "The A640 is big": the model again
        for para in paragraphs:
            for a, b, name_end, maker in self._model_codes(para, first=False):
                code = _tokens_text(para, a, b)
                if code in found:
                    key = name_key(_tokens_text(para, a, name_end)) if name_end > b else found[code]
                    self.add(para, a, name_end, "Product", key, rule="model-number", role_org=maker, category=None, type_src="rule")

    def _name_covering(self, para: Paragraph, k: int) -> int | None:
        """The name whose text covers token k (a name trimmed after the chunker may still own the
        token it left: "Airbus A380" cut to "Airbus")."""
        j = self.table.at(para.index, k)
        if j is None or self.table.items[j].kind != "name":
            return None
        m = self.table.items[j]
        t = para.tokens[k]
        return j if m.start <= para.offset + t.idx < m.end else None

    def _model_codes(self, para: Paragraph, first: bool) -> list[tuple[int, int, int, int | None]]:
        """(start, end of the code, end of the model's name, maker's mention) for each model code in
        the paragraph; ``first``: only where the words around say it is a model, else any code
        that could be one."""
        toks = para.tokens
        n = len(toks)
        out = []
        i = 0
        while i < n:
            t = toks[i]
            text = t.text
            digits = bool(_MODEL_NUMBER.fullmatch(text))
            lettered = bool(_MODEL_CODE.fullmatch(text))
            if not (digits or lettered) or (digits and _year_like(text)):
                i += 1
                continue
            if self._name_covering(para, i) is not None:
                i += 1
                continue
            b = i + 1
            suffix = False
            if (b + 1 < n and toks[b].text == "-" and not t.whitespace_ and not toks[b].whitespace_
                    and re.fullmatch(r"\d{2,4}[A-Z]{0,3}|[A-Z]{1,3}\d{0,3}", toks[b + 1].text)):
                suffix = True
                lettered = lettered or not toks[b + 1].text.isdigit()
                b += 2  # "777-200LR", "737-800"
            prev = toks[i - 1] if i > 0 else None
            if prev is not None and (prev.text in ("$", "£", "€", "#", "No", "no", "No.") or prev.lower_ in ("flight", "route", "room", "number", "line", "junction")):
                i = b
                continue  # a sum, a label or a flight's number
            if b < n and (toks[b].text in ("%", "m", "bn", "km", "mph") or toks[b].lower_ in ("per", "percent", "million", "billion", "thousand")):
                i = b
                continue
            if b < n and toks[b].text == "-" and not toks[b - 1].whitespace_:
                i = b
                continue  # "300-seat", "300-400": a measure or a range
            # the maker: an organisation's name ends right before the code ("Boeing 787", "Airbus A380")
            maker = None
            possessed = prev is not None and prev.tag_ == "POS" and i >= 2
            if prev is not None:
                j = self._name_covering(para, i - 2 if possessed else i - 1)
                if j is not None and self.table.items[j].type == "Organization":
                    maker = j  # ("Boeing's 787": the maker in the possessive)
            if maker is None and prev is not None and prev.tag_ == "NNP" and prev.text[:1].isupper() and self._name_covering(para, i - 1) is None:
                i = b
                continue  # "an AMD Athlon XP 2500 processor": the code ends a name read no further here
            # capitalised words after the code belong to the model's name ("787 Dreamliner")
            e = b
            while e < n and toks[e].tag_ == "NNP" and toks[e].text[:1].isupper() and toks[e].text.isalpha() and self.table.at(para.index, toks[e].i) is None:
                e += 1
            head = toks[e] if e < n else None
            model_noun = head is not None and head.lower_ in MODEL_NOUNS
            plural_head = model_noun and head.tag_ in ("NNS", "NNPS")
            det_before = prev is not None and (prev.tag_ in ("DT", "PRP$", "POS", "JJ", "JJR", "JJS", "CD") or prev.dep_ == "poss")
            if maker is not None:
                # "the Boeing 787", "Boeing's 787": determined before the maker; a round number of three
                # digits after a name is an index's or list's ("the FTSE 100", "the Fortune 500")
                m0 = self.table.items[maker].tok[0]
                det_before = possessed or m0 > 0 and toks[m0 - 1].tag_ in ("DT", "PRP$", "POS", "JJ")
                det_before = det_before and not (digits and not suffix and len(text) == 3 and int(text) % 25 == 0)
            appositive = (prev is not None and prev.lower_ == "the" and i >= 3 and toks[i - 2].text == ","
                          and toks[i - 3].lower_ in MODEL_NOUNS)  # "its smallest airliner, the 717"
            if (digits and not suffix and e == b and head is not None and head.tag_ in ("NNS", "NNPS")
                    and not (prev is not None and prev.tag_ == "CD")):
                i = b
                continue  # "Tesco's 730 stores", "its 300 planes": a count
            if first:
                ok = (maker is not None and (lettered or suffix or model_noun or det_before or e > b)
                      or model_noun and (not plural_head or e > b or lettered or suffix or (prev is not None and prev.tag_ == "CD"))
                      or lettered and det_before
                      or appositive)
            else:
                ok = maker is not None or model_noun or det_before or lettered or suffix
            if ok and (maker is not None or not digits or suffix or model_noun or det_before or appositive):
                out.append((i, b, e, maker))
            i = max(b, i + 1)
        return out

    def scan_police_bodies(self, para: Paragraph) -> None:
        """"Kestrel police chief Jane Roe", "the Metropolitan police said": a place's name (or a
        capitalised word that is no nationality and no country) right before a lower-case "police"
        names that place's force, a body; the place alone is no organisation here."""
        doc = para.view
        for t in para.tokens:
            if t.text != "police" or t.i == 0:
                continue
            prev = doc[t.i - 1]
            if not (prev.is_alpha and prev.text[:1].isupper() and not prev.text.isupper()) or prev.lower_ in NATION_ADJECTIVES:
                continue  # "French police", "UK police forces": a nation's police is a generic group
            j = self.table.at(para.index, prev.i)
            m = self.table.items[j] if j is not None else None
            if m is not None and (m.tok[1] != t.i or m.kind != "name" or m.type not in ("Place", "Organization") and not (
                    m.tok[1] - m.tok[0] == 1 and m.type_src in ("ner", "known"))):
                continue  # (the tagger's person on one word before "police" is a guess: no one's name is written so)
            if m is None and (_opens_sentence(doc, prev.i) or prev.pos_ not in ("PROPN", "ADJ")):
                continue  # a capitalised word that opens a sentence is no evidence of a name
            a = m.tok[0] if m is not None else prev.i
            text = doc[a : t.i].text
            if fold(text) in COUNTRIES or name_key(text) in COUNTRIES or fold(text) in DEMONYM_NOUNS or HOME_NATIONS & {text}:
                continue
            if m is not None:
                m.kind = "ignored"
            idx = self.add(para, a, t.i + 1, "Organization", name_key(doc[a : t.i + 1].text), rule="place-police",
                           category="public", type_src="rule")
            for k in range(a, t.i + 1):
                self.table.by_token[(para.index, k)] = idx

    def scan_government(self, para: Paragraph) -> None:
        """"the UK government" names a body; a bare "the Government" refers back to one."""
        doc = para.view
        for t in para.tokens:
            if t.lower_ not in ("government", "administration") or self.table.at(para.index, t.i) is not None:
                continue
            mods = [c for c in t.children if c.dep_ in ("compound", "amod", "nmod") and c.i < t.i and (c.ent_type_ in ("GPE", "NORP") or c.text[:1].isupper())]
            if t.lower_ == "administration":
                # "the Biden administration", "the US administration": a government
                mods = [c for c in mods if c.tag_ in ("NNP", "NNPS") or c.ent_type_ in ("GPE", "NORP")]
            if mods:
                a = min(c.i for c in mods)
                key = name_key(doc[a : t.i + 1].text)
                for k in range(a, t.i):
                    j = self.table.at(para.index, k)
                    if j is not None and self.table.items[j].kind == "name" and self.table.items[j].type != "Place":
                        self.table.items[j].kind = "ignored"  # "Biden" is part of the body's name here
                self.add(para, a, t.i + 1, "Organization", key, rule="government-name", category="public", type_src="rule")
            elif t.lower_ == "government" and definite(t):
                self.add(para, t.i, t.i + 1, "Organization", "government", kind="description", rule="bare-government", category="public")

    def scan_descriptions(self, para: Paragraph) -> None:
        doc = para.view
        for t in para.tokens:
            low = t.lower_
            if t.pos_ not in ("NOUN", "PROPN") or t.tag_ in ("NNS", "NNPS") or (para.index, t.i) in self.works:
                continue
            if low == "government":
                continue
            named = self.table.at(para.index, t.i)
            if low in ROLE_HEADS and named is not None and self.table.items[named].kind == "name" and self.table.items[named].type == "Organization":
                continue  # "the Scottish Executive": the last word of a body's name, not a post in it
            # "the RSPB's head of policy", "the SFO director": a role in a named body
            if low in ROLE_HEADS:
                owners = [c for c in t.children if c.dep_ in ("poss", "compound", "nmod") and c.i < t.i]
                org_idx = None
                for c in owners:
                    j = self.table.at(para.index, c.i)
                    if j is not None and self.table.items[j].type == "Organization":
                        org_idx = j
                if org_idx is not None:
                    a = min([c.i for c in t.children if c.dep_ == "det"] + [c.left_edge.i for c in owners])
                    b = t.i + 1
                    tail = [c for c in t.children if c.dep_ == "prep" and c.i > t.i and c.lower_ in ("on", "for")]
                    role = low if not tail else doc[t.i : tail[0].right_edge.i + 1].text
                    self.add(para, a, b, "Person", low, kind="description", rule="org-role", role=role, role_org=org_idx)
                    continue
            dets = [c for c in t.children if c.dep_ == "det"]
            if not dets:
                # "the UK's leading charity": a place in the possessive makes it definite
                poss = [c for c in t.children if c.dep_ == "poss" and c.i < t.i]
                if poss and self.table.at(para.index, poss[0].i) is not None and self.table.items[self.table.at(para.index, poss[0].i)].type == "Place":
                    dets = [d for d in poss[0].children if d.dep_ == "det"] or poss
            if not dets or dets[0].lower_ not in ("the", "a", "an", "this", "that") and dets[0].dep_ != "poss":
                continue
            if any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children) and low in ("head", "chief", "director", "lead"):
                continue  # "head of X" is a title, handled by the role rules
            left = min([dets[0].i] + [c.i for c in t.children if c.dep_ in ("amod", "compound", "nmod", "poss") and c.i < t.i])
            if self.table.at(para.index, t.i) is not None and self.table.items[self.table.at(para.index, t.i)].kind == "name":
                continue
            rule = "description" if dets[0].lower_ in ("the", "this", "that") or dets[0].dep_ == "poss" else "indefinite-description"
            nxt = self.table.at(para.index, t.i + 1) if t.i + 1 < len(doc) else None
            if nxt is not None and self.table.items[nxt].kind == "name" and self.table.items[nxt].tok[0] == t.i + 1:
                continue  # "the service Twitch", "the charity Oxfam": the name itself follows
            inner = [self.table.at(para.index, c.i) for c in t.children if c.dep_ == "compound" and c.i < t.i]
            inner = [j for j in inner if j is not None and self.table.items[j].kind == "name"]
            if low in PRODUCT_DESCRIPTIONS and any(self.table.items[j].type == "Product" for j in inner):
                continue  # "the FB Messenger app" is the product itself
            if low in ROLE_HEADS and left == dets[0].i and self._body_named_by(low):
                # "the executive" after "the Scottish Executive": the body whose name ends in the word
                self.add(para, left, t.i + 1, "Organization", low, kind="description", rule=rule)
            elif (low in PERSON_DESCRIPTIONS or low in ROLE_HEADS and t.pos_ == "NOUN") and low not in ("man", "woman", "spokesman", "spokeswoman", "spokesperson"):
                words = [w.lower_ for w in doc[left : t.i + 1] if w.i != dets[0].i]
                self.add(para, left, t.i + 1, "Person", " ".join(words), kind="description", rule=rule, role=" ".join(words) if t.i - left > 1 or low in ROLE_HEADS else None)
            elif low in ORG_DESCRIPTIONS:
                self.add(para, left, t.i + 1, "Organization", low, kind="description", rule=rule, category=ORG_DESCRIPTIONS[low])
            elif low in PRODUCT_DESCRIPTIONS:
                self.add(para, left, t.i + 1, "Product", low, kind="description", rule=rule)

    def _body_named_by(self, word: str) -> bool:
        """Has the article so far named a body whose name of two or more words ends in ``word``
        ("Scottish Executive", "Health and Safety Executive" for "executive")?"""
        return any(m.kind == "name" and m.type == "Organization" and len(m.key.split()) >= 2 and m.key.split()[-1] == word
                   for m in self.table.items)

    def scan_pronouns(self, para: Paragraph) -> None:
        doc = para.view
        for t in para.tokens:
            if t.lower_ in ("he", "she", "him", "his", "her") and t.tag_ in ("PRP", "PRP$"):
                self.add(para, t.i, t.i + 1, "Person", t.lower_, kind="pronoun", rule="pronoun")


# ---------------------------------------------------------------- reference resolution


def _compatible(desc: WorkMention, cand: WorkMention) -> bool:
    if cand.kind not in ("name",):
        return False
    if desc.type == "Person":
        return cand.type == "Person"
    if desc.type == "Product":
        return cand.type == "Product"
    if cand.type != "Organization" or cand.plural:
        return False
    want = desc.category
    if want is None or cand.category is None:
        return want != "company" or cand.category in (None, "company")
    return want == cand.category


#: Description head noun -> head words of the names it can refer back to ("the force": a police force).
_DESCRIPTION_FITS = {k: frozenset(v.split()) for k, v in mapping("description_fits").items() if v}
_HEAD_KIND = {w: c for table in (ORG_DESCRIPTIONS, ORG_DESIGNATORS) for w, c in table.items() if c}
#: Words that say what kind of body a name is when they head it ("... League", "Ministry of ...").
_BODY_HEADS = frozenset(ORG_DESIGNATORS).union(ORG_DESCRIPTIONS, *_DESCRIPTION_FITS.values())


def _name_head(table: MentionTable, cand: WorkMention) -> str | None:
    """The word that says what kind of body a name is: the body word before its first "of"/"for"/"on"
    ("Ministry of Works"), else its last word ("Northfield Town Club"); None when no word says it."""
    if cand.acronym_of is not None:
        cand = table.items[cand.acronym_of]
    words = cand.key.split()
    if not words:
        return None
    for k, w in enumerate(words[1:], 1):
        if w in ("of", "for", "on"):
            # "Coin Unit of the Dorran Police" is a unit, "Ministry of Works" a ministry ("City of
            # London Police": "city" is only a club's word, so the last word says it)
            if words[k - 1] in ORG_DESIGNATORS or words[k - 1] in ORG_DESCRIPTIONS:
                return words[k - 1]
            break
    if words[-1] in _BODY_HEADS:
        return words[-1]
    if words[-1][:-1] in _BODY_HEADS and words[-1].endswith("s"):
        return words[-1][:-1]  # "... Services", "... Holdings"
    return None


def _name_words(table: MentionTable, paragraphs: list[Paragraph] | None) -> dict[int, frozenset[str]]:
    """For each description of a body, the capitalised everyday words before its head that no name
    covers: words it takes from a body's name ("the Harbours panel"), not a place ("the United
    Kingdom regulator") or the capital opening a sentence."""
    docs = {p.index: p.view for p in paragraphs or ()}
    named = {(m.para, t) for m in table.items if m.kind == "name" for t in range(*m.tok)}
    out: dict[int, frozenset[str]] = {}
    for i, m in enumerate(table.items):
        doc = docs.get(m.para)
        if m.kind != "description" or m.type != "Organization" or doc is None:
            continue
        words = {
            name_key(t.text)
            for t in doc[m.tok[0] : m.tok[1] - 1]
            if not t.is_sent_start and t.text[:1].isupper() and not t.text.isupper() and t.dep_ != "det" and t.tag_ in ("NNP", "NNPS")
            and t.ent_type_ not in ("NORP", "GPE", "LOC") and fold(t.text) not in DEMONYM_NOUNS
            and (m.para, t.i) not in named and is_common_word(t.lower_)
        }
        if words:
            out[i] = frozenset(words)
    return out


def _body_heads(table: MentionTable) -> dict[str, frozenset[str]]:
    """The head words of each body's names, by name key: "HLA" gets "agency" from "Harbour Licensing
    Agency" once it is linked to it anywhere in the article."""
    out: dict[str, set[str]] = {}
    for m in table.items:
        if m.kind == "name" and m.type == "Organization":
            head = _name_head(table, m)
            if head is not None:
                out.setdefault(m.key, set()).add(head)
    return {k: frozenset(v) for k, v in out.items()}


def _fits_head(table: MentionTable, desc: WorkMention, cand: WorkMention, name_words: frozenset[str] = frozenset(),
               heads: dict[str, frozenset[str]] | None = None) -> bool:
    """Does a description of a body fit a named body by its head noun ("the club" not a league,
    "the force" not a unit, "the panel" not a department) and by the capitalised everyday words it
    takes from the body's name (``name_words``)? A name with no head word fits only where the list
    allows one ("*none": "the party" for "Labour") and it is not a known company where the
    description is of another kind ("the union")."""
    if desc.type != "Organization" or cand.type != "Organization":
        return True
    key = set(cand.key.split()) | (set(table.items[cand.acronym_of].key.split()) if cand.acronym_of is not None else set())
    if not name_words <= key:
        return False
    fits = _DESCRIPTION_FITS.get(desc.key)
    if fits is None:
        return True
    own = _name_head(table, cand)
    found = ((heads or {}).get(cand.key, frozenset())) | ({own} if own else set())
    if found:
        return any(h in fits or f"*{_HEAD_KIND.get(h)}" in fits for h in found)
    if "*none" not in fits:
        return False
    # a known company is no union or party; other kinds a name picks up from the words around it
    # ("the campaign Northwind ran" made it a charity) are too loose to rule a body out
    return cand.category != "company" or "*company" in fits or ORG_DESCRIPTIONS.get(desc.key) == "company"


def _head_match(table: MentionTable, desc: WorkMention) -> int | None:
    """A description whose head noun and modifiers appear in a name ("a US centre")."""
    words = [name_key(w) for w in desc.text.split()]
    words = [w for w in words if w and w not in ("a", "an", "the", "this", "that")]
    if len(words) < 1 or words[-1] in ("company", "firm", "charity", "group", "officer", "man", "woman"):
        return None
    found = None
    for i, cand in enumerate(table.items):
        if cand.kind != "name" or cand.type != desc.type:
            continue
        ck = set(cand.key.split())
        if desc.rule == "bare-government" and cand.key.split()[-1] != "government":
            continue  # "the government" is a government, not the "Local Government Association"
        if all(w in ck for w in words) and len(ck) > len(words):
            if found is not None and table.items[found].key != cand.key:
                return None  # ambiguous
            found = i if found is None else found
    return found


def _link_appositions(table: MentionTable, paragraphs: list[Paragraph]) -> None:
    """"Jane Doe, the Home Secretary": the description names the person before the comma; and
    "Y, the Italian food group", "Y - India's second-largest refiner -", "the board of Y": the body."""
    docs = {p.index: p.view for p in paragraphs}
    for m in table.items:
        if m.kind == "description" and m.type == "Organization" and m.antecedent is None and m.para in docs:
            # (a definite one: "Y, an advertising company" brings in a kind, which a later "the
            # company" need not mean)
            found = _body_in_apposition(table, docs[m.para], m) if m.rule == "description" else None
            if found is not None:
                m.antecedent = found
            continue
        if m.kind != "description" or m.type != "Person" or m.antecedent is not None:
            continue
        doc = docs[m.para]
        a = m.tok[0]
        head = doc[m.tok[1] - 1]
        found = None
        if a >= 2 and doc[a - 1].text == "," and head.dep_ == "appos":
            found = table.at(m.para, head.head.i)
        if found is None:
            # the name in apposition after the description: "the firm's chief executive, X"
            for c in head.children:
                if c.dep_ == "appos" and c.i > head.i:
                    found = table.at(m.para, c.i)
                    break
        if found is not None and table.items[found].type == "Person" and table.items[found].kind == "name":
            m.antecedent = found
            if m.role and not table.items[found].role:
                table.items[found].role = m.role


_APPOSITION_DASHES = frozenset({"-", "–", "—", "--"})


def _body_in_apposition(table: MentionTable, doc: Doc, m: WorkMention) -> int | None:
    """The body a description of one stands beside, which it therefore names (an apposition is
    the same thing said twice): "Y, the Italian food group," (the parser's apposition); "Y -
    India's second-largest refiner -" (a spaced dash after the name, the description closed by a
    dash, comma or full stop: the parser may read the dash as a hyphen); "the board of Y", "the
    management of Y" (a part of a body that stands for it, named by its "of" phrase)."""
    a, b = m.tok
    head = doc[b - 1]

    def body_at(k: int, ends: int | None = None) -> int | None:
        j = table.at(m.para, k)
        if j is None or table.items[j].kind != "name" or table.items[j].type != "Organization":
            return None
        if ends is not None and table.items[j].tok[1] != ends:
            return None
        return table.resolved(j)

    if head.lower_ in UNIT_NOUNS:
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for g in c.children:
                    if g.dep_ == "pobj" and g.pos_ == "PROPN":
                        return body_at(g.i)
        return None
    if a >= 2 and doc[a - 1].text == "," and head.dep_ == "appos" and head.head.i < a:
        return body_at(head.head.i)
    if (a >= 2 and doc[a - 1].text in _APPOSITION_DASHES and doc[a - 1].whitespace_ and doc[a - 2].whitespace_
            and head.dep_ not in ("nsubj", "nsubjpass") and (b >= len(doc) or doc[b].text in _APPOSITION_DASHES | {",", ".", ";"})):
        return body_at(a - 2, ends=a - 1)
    return None


def _propagate_categories(table: MentionTable) -> None:
    cats: dict[str, str] = {}
    for m in table.items:
        if m.kind == "name" and m.category:
            cats.setdefault(m.key, m.category)
    for m in table.items:
        if m.kind == "name" and m.acronym_of is not None and table.items[m.acronym_of].category:
            cats.setdefault(m.key, table.items[m.acronym_of].category)
    for m in table.items:
        if m.kind == "name" and m.category is None and m.key in cats:
            m.category = cats[m.key]


class _Salience:
    """Where a mention sits: a sentence subject? inside a quotation?"""

    def __init__(self, paragraphs: list[Paragraph]):
        self.docs = {p.index: p.view for p in paragraphs}
        self.quotes = {p.index: [(s, e) for s, e, _ in quote_spans(p.text)] for p in paragraphs}

    def is_subject(self, m: WorkMention) -> bool:
        doc = self.docs.get(m.para)
        if doc is None:
            return False
        head = doc[m.tok[1] - 1]
        if head.dep_ == "appos" and head.head.i < head.i and m.tok[0] > 0 and doc[m.tok[0] - 1].text == ",":
            # "the group's flagship company, Y, has ...": a name in apposition to the subject is the
            # subject (not a name inside an apposition: "X, a senior Y officer, said")
            head = head.head
        while head.dep_ in ("compound", "poss", "case") and head.head.i != head.i:
            head = head.head
        return head.dep_ in ("nsubj", "nsubjpass")

    def sentence(self, m: WorkMention) -> int | None:
        """The start of the sentence the mention is in (within its paragraph)."""
        doc = self.docs.get(m.para)
        return doc[m.tok[0]].sent.start if doc is not None else None

    def quoted(self, m: WorkMention) -> bool:
        doc = self.docs.get(m.para)
        if doc is None:
            return False
        at = doc[m.tok[0]].idx
        return any(s <= at < e for s, e in self.quotes.get(m.para, ()))


_PRONOUN_SEX = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}


#: Words that make a title another post than the bare title ("shadow chancellor", "former leader").
_OTHER_POST = frozenset({"shadow", "former", "deputy", "vice", "assistant", "acting", "interim", "ex"})


def _role_holders(table: MentionTable, salience: _Salience) -> dict[str, list[tuple[int, int, int, frozenset[str]]]]:
    """Who the article says holds a post, by the post's head word: names with a title ("Chancellor
    Jane Roe", "Jane Roe, the chancellor") or with lower-case title words right before them
    ("manager Tom Blake", "chief executive Tom Blake"). Each: (start, paragraph, person, the title's words)."""
    out: dict[str, list[tuple[int, int, int, frozenset[str]]]] = {}
    for i, m in enumerate(table.items):
        if m.kind != "name" or m.type != "Person":
            continue
        title = [name_key(w) for w in (m.role or "").split()]
        doc = salience.docs.get(m.para)
        other: list[str] = []
        if doc is not None:
            k = m.tok[0] - 1
            if not title:
                while k >= 0 and doc[k].text.islower() and (doc[k].lower_ in ROLE_WORDS or doc[k].lower_ in ROLE_HEADS or doc[k].lower_ in _OTHER_POST):
                    title.insert(0, doc[k].lower_)
                    k -= 1
            # "ex-Conservative chancellor X", "former Labour leader X": another post, wherever the
            # word stands in the modifiers before the title
            other = [t.lower_ for t in doc[max(0, k - 3) : k + 1] if t.lower_ in _OTHER_POST]
            body = table.at(m.para, k) if k >= 0 else None
            if title and body is not None and table.items[body].type == "Organization" and table.items[body].tok[1] == k + 1:
                # "Tory co-chairman Jane Roe": the body named before the title is part of the post
                other += [name_key(w) for w in table.items[body].text.split()]
        if title and title[-1] in ROLE_HEADS:
            out.setdefault(title[-1], []).append((m.start, m.para, table.resolved(i), frozenset(title + other)))
    return out


def _holder(desc: WorkMention, held: dict[str, list[tuple[int, int, int, frozenset[str]]]], early: bool = True) -> int | None:
    """The person a definite description by post means ("the manager", "the chancellor"): the one
    the article says holds that post, the last named before it (else, in the headline or the lede
    only, ``early``, the first after), where no other post ("shadow", "former", "deputy") is meant
    on either side; None when none holds it."""
    words = desc.key.split()
    if desc.rule == "org-role":
        # "the Tory co-chairman": the post in that body, by the words the article wrote it with
        words = [name_key(w) for w in re.sub(r"^(the|a|an)\s+", "", desc.text, flags=re.I).split()]
    elif desc.rule != "description" or desc.role_org is not None:
        return None
    if desc.type != "Person" or not words or words[-1] not in ROLE_HEADS:
        return None
    want = frozenset(words)
    fits = [(start, para, r) for start, para, r, have in held.get(words[-1], ()) if want <= have and not (have - want) & _OTHER_POST]
    before = [r for start, _, r in fits if start < desc.start]
    if before:
        return before[-1]
    if not early:
        return None  # (deep in the story "The MSP had been ..." is someone named before, not one named later)
    after = [r for start, para, r in fits if start > desc.start and para - desc.para <= 3]  # (headlines name people late)
    return after[0] if after else None


def _times_named(table: MentionTable, idxs: list[int]) -> dict[str, int]:
    """How often each body is named (by name) among the mentions ``idxs``, by the key of its name."""
    out: dict[str, int] = {}
    for j in idxs:
        if table.items[j].kind == "name" and table.items[j].type == "Organization":
            k = table.items[table.resolved(j)].key
            out[k] = out.get(k, 0) + 1
    return out


def _object_pronoun(salience: _Salience, m: WorkMention) -> bool:
    """"him" or "her" as the object of a verb (not "her" as a possessive), outside quotations."""
    doc = salience.docs.get(m.para)
    if doc is None or m.key not in ("him", "her") or salience.quoted(m):
        return False
    return doc[m.tok[0]].dep_ in ("dobj", "dative", "iobj")


def _main_subject_pronoun(salience: _Salience, m: WorkMention, last: WorkMention) -> bool:
    """"he" or "she" as the subject of a sentence's main verb, outside quotations, when the
    people it reaches back to are in an earlier sentence ("X joined Y. ... He was posted")."""
    doc = salience.docs.get(m.para)
    if doc is None or m.key not in ("he", "she") or salience.quoted(m):
        return False
    tok = doc[m.tok[0]]
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.dep_ != "ROOT":
        return False
    return last.para != m.para or salience.sentence(last) != tok.sent.start


def _clause_subject(table: MentionTable, salience: _Salience, m: WorkMention) -> int | None:
    """The person an object pronoun ("him", "her" as an object) cannot mean: the subject of its
    own verb, resolved ("Roe accused him", "Roe told her", "Roe asked him to go")."""
    doc = salience.docs.get(m.para)
    if doc is None or m.key not in ("him", "her"):
        return None
    tok = doc[m.tok[0]]
    if tok.dep_ not in ("dobj", "dative", "iobj") and not (tok.dep_ == "pobj" and tok.head.dep_ == "prep"):
        return None  # ("her" as a possessive, "her own": not an object)
    verb = tok.head if tok.dep_ != "pobj" else tok.head.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    for c in verb.children:
        if c.dep_ == "nsubj" and c.i < tok.i:
            j = table.at(m.para, c.i)
            if j is not None and table.items[j].type == "Person":
                return table.resolved(j)
    return None
_SEXED_HONORIFICS = mapping("sexed_honorifics")


def person_sexes(table: MentionTable) -> dict[int, str]:
    """The sex of each person the article names, where its names tell it: an honorific ("Ms Roe")
    or a given name mostly given to one sex ("Jane Roe"); none when they disagree."""
    found: dict[int, set[str]] = {}
    for i, m in enumerate(table.items):
        if m.kind != "name" or m.type != "Person":
            continue
        words = m.text.split()
        first = words[0].lower().rstrip(".")
        s = _SEXED_HONORIFICS.get(first)
        if s is None and len(words) >= 2 and is_first_name(words[0]):
            s = FIRST_NAMES.get(first)
        if s in ("m", "f"):
            found.setdefault(table.resolved(i), set()).add(s)
    return {r: next(iter(v)) for r, v in found.items() if len(v) == 1}


def resolve_references(table: MentionTable, paragraphs: list[Paragraph] | None = None) -> None:
    """Point descriptions and pronouns at the mention they refer to, in text order."""
    items = table.items
    _propagate_categories(table)
    salience = _Salience(paragraphs) if paragraphs else None
    if paragraphs:
        _link_appositions(table, paragraphs)
    order = sorted(range(len(items)), key=lambda i: (items[i].start, items[i].end))
    first_para = min((m.para for m in items), default=0)
    sex = person_sexes(table)
    name_words = _name_words(table, paragraphs)
    heads = _body_heads(table)
    roles: dict[str, list[tuple[int, int]]] = {}  # a title -> (where, who) for each person the article gives it
    for i in order:
        m = items[i]
        if m.type == "Person" and m.role and (m.kind == "name" or m.antecedent is not None):
            roles.setdefault(name_key(m.role), []).append((m.start, table.resolved(i)))
    held = _role_holders(table, salience) if salience is not None else {}
    #: the posts the article gives each person, by head and words ("Deputy Mayor X": "mayor", {"deputy", "mayor"})
    posts: dict[int, list[tuple[str, frozenset[str]]]] = {}
    for head, holders in held.items():
        for _, _, r, have in holders:
            posts.setdefault(r, []).append((head, have))
    meant: dict[str, int] = {}  # what each description of a body ("the charity") last referred to
    #: each body an indefinite description brings in as a sentence's actor and no name is found for
    #: ("A group of MPs has ..."), by its head: (paragraph, start)
    introduced: dict[str, tuple[int, int]] = {}
    for pos, i in enumerate(order):
        m = items[i]
        if m.kind == "description" and m.type == "Organization" and m.antecedent is not None:
            meant[m.key] = table.resolved(i)
        if m.kind == "description" and m.type == "Organization" and m.rule == "description" and m.antecedent is None and m.key in introduced:
            # "A group of MPs has ... The group says": a definite description repeating the head of a
            # body the text brought in with "a" as the actor of a sentence, and never named, means
            # that unnamed body, not a body named on the way ("reform to the House of Lords"); unless
            # the text went on to name a body of that kind as the actor of a sentence ("An
            # environmental charity has ... The X Fund has asked ... The charity")
            where, start = introduced[m.key]
            if m.para - where <= 3:
                if not any(items[j].kind == "name" and items[j].type == "Organization" and start < items[j].start < m.start
                           and salience.is_subject(items[j]) and _fits_head(table, m, items[j], name_words.get(i, frozenset()), heads)
                           for j in order[:pos]):
                    continue
        if (m.kind == "description" and m.type == "Organization" and m.rule == "indefinite-description" and salience is not None
                and m.antecedent is None and salience.is_subject(m) and not salience.quoted(m)):
            introduced[m.key] = (m.para, m.start)
        if m.kind not in ("description", "pronoun") or m.antecedent is not None:
            continue
        if m.key in ("spokesman", "spokeswoman", "spokesperson"):
            continue  # a spokesperson speaks for the organisation (see quotes), not for a person
        if m.kind == "description":
            hm = _head_match(table, m)
            if hm is not None and m.type == "Person" and items[hm].start > m.start and m.para > first_para + 1:
                hm = None  # ("The MSP had been ..." before "Labour MSP Jane Roe" is named, past the lede: someone before)
            if hm is not None:
                m.antecedent = hm
                continue
            if m.type == "Person" and m.role and name_key(m.role) in roles:
                # the holder named last before; one named only later in the headline or the lede
                # (deep in a story "The MSP had been ..." is the one it is about, not an MSP named later)
                known = roles[name_key(m.role)]
                before_ = [r for start, r in known if start < m.start]
                if before_ or m.para <= first_para + 1:
                    m.antecedent = before_[-1] if before_ else known[0][1]
                    continue
            holder = _holder(m, held, early=m.para <= first_para + 1)
            if holder is not None:
                m.antecedent = holder
                continue
            if m.rule == "indefinite-description" and m.para <= first_para + 2 and m.category is not None:
                # the lede's "An environmental charity has launched ..." is named in the next lines
                # (a body of no known kind whose name's head the description fits, "The Tarn Nature
                # Fund" for "a charity", when it is the actor of its sentence)
                ahead = [j for j in order[pos + 1 :] if _compatible(m, items[j]) and (items[j].category == m.category or (
                    items[j].category is None and _name_head(table, items[j]) in _DESCRIPTION_FITS.get(m.key, ())
                    and salience is not None and salience.is_subject(items[j])))]
                if ahead and items[ahead[0]].para - m.para <= 2:
                    m.antecedent = ahead[0]
                if m.type == "Organization" and m.antecedent is None and salience is not None and salience.is_subject(m) and not salience.quoted(m):
                    introduced[m.key] = (m.para, m.start)
                continue
            if m.rule in ("indefinite-description", "bare-government") or (m.type == "Product" and m.key not in ("app", "site", "website", "platform", "service")):
                continue  # "a spokesman", "the UK database": only a name that contains the words
        # most recent compatible mention before, else the first one after (headlines name people late);
        # a description that says what kind of body it is prefers a body known to be of that kind
        before = [j for j in order[:pos] if _compatible(m, items[j]) or (items[j].kind != "name" and items[j].antecedent is not None and _compatible(m, items[table.resolved(j)]))]
        if m.kind == "description" and m.type == "Person" and m.key.split()[-1:] and m.key.split()[-1] in ROLE_HEADS:
            # "the prime minister" whose holder the article never names is not someone it gives another
            # post ("Tory leader X accused the prime minister"): a person titled otherwise is passed over
            # ("the mayor" is not the one the article calls "Deputy Mayor X")
            post, said = m.key.split()[-1], frozenset(m.key.split())
            before = [j for j in before if not posts.get(table.resolved(j)) or any(
                head == post and not (have - said) & _OTHER_POST for head, have in posts[table.resolved(j)])]
        # a description of a body refers only to a body its head noun fits: none rather than a wrong one
        before = candidates = [j for j in before if _fits_head(table, m, items[table.resolved(j)], name_words.get(i, frozenset()), heads)]
        if m.category is not None and any(items[table.resolved(j)].category == m.category for j in before):
            # a body known to be of the kind the description says wins over the others; but most
            # businesses are named with no word for their kind, so "the company" or "the firm" does
            # not pass over one of unknown kind that the article names more often ("US supermarket
            # group X ... it owes Y, a foods company ... The company's chief executive": X)
            exact = [j for j in before if items[table.resolved(j)].category == m.category]
            before = exact
            if m.category == "company":
                named = _times_named(table, order[:pos])
                most = max(named.get(items[table.resolved(j)].key, 0) for j in exact)
                before = [j for j in candidates if j in exact or (
                    items[table.resolved(j)].category is None and named.get(items[table.resolved(j)].key, 0) > most)]
        elif m.kind == "description" and m.key in meant and any(table.resolved(j) == meant[m.key] for j in before):
            # "The charity has teamed up with ... The charity has also called on ...": a description
            # the article used before, with no body said to be of its kind, goes on meaning the same body
            before = [j for j in before if table.resolved(j) == meant[m.key]]
        if m.kind == "pronoun" and m.key in _PRONOUN_SEX:
            # "Mr Blake told Ms Roe that he would resign": he is not Ms Roe
            before = [j for j in before if sex.get(table.resolved(j)) in (None, _PRONOUN_SEX[m.key])]
            # "Roe accused him of lying": an object pronoun is never the subject of its own clause
            # (that would be "himself"), so it means someone named before
            own = _clause_subject(table, salience, m) if salience is not None else None
            if own is not None:
                before = [j for j in before if table.resolved(j) != own]
            if before and salience is not None and (_object_pronoun(salience, m) or _main_subject_pronoun(salience, m, items[before[-1]])):
                # "Fox said it echoed Blair's warning. But Clarke accused him": of the people in
                # the sentence an object pronoun reaches back to, its subject is the one meant (the
                # centre of attention), not a possessor or object named after it
                last = items[before[-1]]
                same = [j for j in before if items[j].para == last.para and salience.sentence(items[j]) == salience.sentence(last)
                        and not salience.quoted(items[j])]
                # (a description is no surer guide than recency: "Director of rugby X revealed" reads
                # "Director" as the subject, referring back to whoever was named last)
                subj = [j for j in same if salience.is_subject(items[j]) and items[j].kind != "description"]
                if subj and not salience.quoted(last):
                    before = [j for j in before if j not in same or j in subj]
        if before and m.type == "Organization" and salience is not None:
            # prefer what the recent sentences were about (their subjects), outside quotations
            recent = [j for j in before if items[j].para >= m.para - 2]
            if not salience.quoted(m):
                recent = [j for j in recent if not salience.quoted(items[j])] or recent
            subj = [j for j in recent if salience.is_subject(items[j])]
            if subj:
                before = subj
            elif recent:
                before = recent
        if before:
            j = before[-1]
            m.antecedent = table.resolved(j)
            if m.kind == "description" and m.type == "Organization":
                meant[m.key] = m.antecedent
            continue
        after = [j for j in order[pos + 1 :] if _compatible(m, items[j]) and _fits_head(table, m, items[j], name_words.get(i, frozenset()), heads)]
        if after and items[after[0]].para - m.para <= 3:
            m.antecedent = after[0]
    # "the government" with no named government in the article is the name of one (capitalised or
    # not): the government of the country the article shows it to be, else of no country said (an
    # article that names governments but leaves open which one a bare "the government" is, says no
    # more by the countries it names)
    named_gov = any(m.kind == "name" and m.type == "Organization" and m.key.endswith((" government", " administration"))
                    for m in items)
    country = None if named_gov else _politics_country(table) or _government_country(table)
    docs = {p.index: p.view for p in paragraphs or ()}
    for m in items:
        if m.rule == "bare-government" and m.antecedent is None:
            own = _country_after_of(table, docs.get(m.para), m) or country
            if own is not None:
                m.kind, m.key, m.rule = "name", f"{own} government", "country-government"
            else:
                m.kind, m.key = "name", "government"
    _name_legislatures(table, docs)
    _imply_government(table, docs)


#: Capitalised words that alone name a legislature ("in Parliament", "the Senate") -> "country" when
#: the word names the national legislature of the article's country, "own" when it names itself.
_LEGISLATURES = mapping("legislature_names")


def _name_legislatures(table: MentionTable, docs: dict) -> None:
    """"during his 22 years in Parliament", "the Senate voted": a legislature's word, capitalised in
    mid-sentence (a capital at a sentence start says nothing) and referring back to no body of its
    own word the article named ("the Kestrel Parliament ... the Parliament"), is the name of the legislature of the country whose national politics the article
    is about (`_politics_country`: "uk parliament") when the word is what many countries call
    theirs (data/legislature_names.txt), else the word alone is the body's name (rule
    "bare-legislature")."""
    country = None
    for m in table.items:
        # (the tagger reads "Congress" alone as often an event, a party congress, as a body)
        if m.kind != "description" or m.type not in ("Organization", "Event") or m.key not in _LEGISLATURES:
            continue
        if m.antecedent is not None and table.items[m.antecedent].key.split()[-1:] == [m.key]:
            continue  # "the Kestrel Parliament ... the Parliament"; "the Senate ... Congress" are two bodies
        doc = docs.get(m.para)
        if doc is None or m.tok[1] - m.tok[0] != 1 or not m.text[:1].isupper():
            continue
        tok = doc[m.tok[0]]
        if tok.is_sent_start or tok.tag_ not in ("NNP", "NNPS"):
            continue
        if country is None and _LEGISLATURES[m.key] == "country":
            country = _politics_country(table) or ""
        m.kind, m.rule, m.type, m.category, m.antecedent = "name", "bare-legislature", "Organization", "public", None
        m.key = f"{country} {m.key}" if country and _LEGISLATURES[m.key] == "country" else m.key


#: Posts of a national government that imply its government (GUIDELINES, conventions: "office holders
#: of a national government work for that government") when the article names no government. Not a
#: president: many countries have one, and the president an article names is as often another
#: country's as the one whose politics it is about; not a first minister (a devolved government's).
_NOT_IMPLYING = ("president", "first minister", "shadow")


def _implying_post(m: WorkMention) -> bool:
    """Is ``m`` a person given a national government post that no body or place qualifies ("the
    home secretary", "Chancellor Jane Roe"; not "Acme's president", "Kestrel minister", "shadow
    chancellor")?"""
    if m.type != "Person" or m.kind not in ("name", "description") or not m.role or m.role_org is not None:
        return False
    low = m.role.lower()
    return (any(p in low for p in GOVERNMENT_POSTS) and not low.startswith(("'s", "’s"))
            and not any(w in low for w in _NOT_IMPLYING))


def _indefinite_name(m: WorkMention, docs: dict | None) -> bool:
    """A name after "a"/"an" ("A Tory government would ..."): a kind of government that may be, not
    one the article names as in office."""
    doc = (docs or {}).get(m.para)
    return doc is not None and m.tok[0] > 0 and doc[m.tok[0] - 1].lower_ in ("a", "an")


def _named_as_post(m: WorkMention, docs: dict | None) -> bool:
    """Is ``m`` a person's name followed by "as" and a national government post with no body or
    place on it ("trust in Jane Roe as prime minister"; not "as president of Acme")?"""
    doc = (docs or {}).get(m.para)
    if doc is None or m.type != "Person" or m.kind != "name" or m.tok[1] >= len(doc) or doc[m.tok[1]].lower_ != "as":
        return False
    words_ = []
    for t in doc[m.tok[1] + 1 : m.tok[1] + 6]:
        if t.is_punct or t.lower_ in ("of", "for", "at", "in", "to", "'s", "’s") or t.pos_ not in ("NOUN", "PROPN", "ADJ", "DET"):
            break
        words_.append(t.lower_)
    low = " ".join(w for w in words_ if w not in ("the", "a", "an"))
    end = m.tok[1] + 1 + len(words_)
    if end < len(doc) and doc[end].lower_ in ("of", "for", "at", "in", "'s", "’s"):
        return False  # ("as president of Acme", "as minister for Kestrel"): a post with its body or place
    return bool(low) and any(low == p or low.endswith(" " + p) for p in GOVERNMENT_POSTS) and not any(w in low for w in _NOT_IMPLYING) \
        and "shadow" not in low.split() and "former" not in low.split()


def _imply_government(table: MentionTable, docs: dict | None = None) -> None:
    """A national government the article never names but implies, by a post in it (GUIDELINES,
    conventions: "the home secretary" works for the UK government): when a person is given such a
    post (`_implying_post`; or "X as prime minister", `_named_as_post`), no government is named (not even a bare "the government") and the
    article's national politics belong to one country (`_politics_country`), the government of
    that country gets a mention of its own (rule "implied-government"). It has no span naming it:
    it points at the post that implies it (offsets, text) and sits in no paragraph (``para`` -1),
    so no token reads as it; resolve keeps it out of the entity's names and labels the entity by
    its key ("UK government"). An article whose country is not clear implies no government."""
    items = table.items
    if any(m.kind == "name" and m.type == "Organization" and (m.key == "government" or m.key.endswith(
            (" government", " administration", " executive"))) and not _indefinite_name(m, docs) for m in items):
        return  # (a body named "... Executive" is a government to works_for: "the Scottish Executive")
    post = next((m for m in sorted(items, key=lambda m: m.start) if _implying_post(m) or _named_as_post(m, docs)), None)
    country = _politics_country(table) if post is not None else None
    if country is None:
        return
    items.append(WorkMention(start=post.start, end=post.end, text=post.text, type="Organization",
                             key=f"{country} government", kind="name", rule="implied-government",
                             category="public", type_src="rule"))


#: Buildings and streets that stand for a country's government ("Downing Street" -> "uk").
_GOVERNMENT_SEATS = mapping("government_seats")
#: Parties, houses of a legislature and posts of one country's national politics -> the country.
_NATIONAL_POLITICS = mapping("national_politics")


def _politics_country(table: MentionTable) -> str | None:
    """The country whose national politics the article is about, when what it names of national
    politics belongs to one country only: the seat of its government ("Downing Street"), its
    parties ("the Tories", "Republicans"), the houses of its legislature ("the House of Commons")
    or a post only its government has ("the home secretary"); None when it names none of these,
    or those of two countries (a British article on an American election: which government a
    bare word means is then left to the countries it names, `_government_country`)."""
    found: set[str] = set()
    for m in table.items:
        if m.kind != "name" and m.kind != "description":
            continue
        if m.kind == "name":
            for k in (m.key, party_of(m.key) or ""):
                if k in _GOVERNMENT_SEATS:
                    found.add(_GOVERNMENT_SEATS[k])
                if k in _NATIONAL_POLITICS:
                    found.add(_NATIONAL_POLITICS[k])
        if m.type == "Person" and m.role:
            low = name_key(m.role)
            found.update(c for post, c in _NATIONAL_POLITICS.items() if " " in post and post in low or low == post)
    return next(iter(found)) if len(found) == 1 else None


def _country_of(m: WorkMention) -> str | None:
    """The country a place name names, in the form its government is keyed by ("Britain" -> "uk")."""
    if m.kind != "name" or m.type != "Place":
        return None
    if m.key in COUNTRY_FORMS:
        return COUNTRY_FORMS[m.key]
    return m.key if m.key in COUNTRIES else None


def _government_country(table: MentionTable) -> str | None:
    """The country whose government a bare "the government" of the article means: the one whose seat
    of government the article names ("Downing Street said"), when it names one country's only; else
    the country it names most often, at least twice as often as any other ("Nigeria" five times,
    "Ghana" twice; a nation of the UK counts for the UK); None when the article names no country, or two about as often (which of
    their governments is meant the words do not say)."""
    seats = {_GOVERNMENT_SEATS[m.key] for m in table.items if m.kind == "name" and m.key in _GOVERNMENT_SEATS}
    if len(seats) == 1:
        return next(iter(seats))
    counts: dict[str, int] = {}
    for m in table.items:
        # a nation of the UK counts for the UK, whose government it has ("England ... Wales ...
        # Switzerland": not Switzerland's because the only sovereign state named)
        c = _country_of(m) or ("uk" if m.kind == "name" and m.type == "Place" and m.key in HOME_NATIONS else None)
        if c is not None:
            counts[c] = counts.get(c, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    if not ranked or len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]:
        return None
    return ranked[0][0]


def _country_after_of(table: MentionTable, doc: Doc | None, m: WorkMention) -> str | None:
    """"the government of Nigeria", "the central government of China": the country its "of" names."""
    if doc is None:
        return None
    head = doc[m.tok[1] - 1]
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                j = table.at(m.para, obj.i) if obj.dep_ == "pobj" else None
                if j is not None and (country := _country_of(table.items[j])) is not None:
                    return country
    return None


# ---------------------------------------------------------------- entry point


def _byline_role(table: MentionTable, byline: str | None) -> None:
    """"By Jane Doe, the Home Secretary": the byline gives the author's role."""
    if not byline or "," not in byline:
        return
    name, role = byline.split(",", 1)
    key = name_key(name, person=True)
    role = re.sub(r"^(the|a|an)\s+", "", role.strip(), flags=re.I)
    if not role or len(role.split()) > 6:
        return
    for m in table.items:
        if m.kind == "name" and m.type == "Person" and m.key == key and not m.role:
            m.role = role
            return


def _drop_title_fragments(table: MentionTable, paragraphs: list[Paragraph], titles: set[str]) -> None:
    """A name inside a repeat of a title of several words that the article showed to be a work is a
    piece of the title, not a name: "the drama Maria Full of Grace ... an award for Maria Full of
    Grace" makes no "Maria Full" or "Grace", which the tagger cuts from the second one."""
    if not titles:
        return
    spans: dict[int, list[tuple[int, int]]] = {}
    for para in paragraphs:
        for title in titles:
            at = para.text.find(title)
            while at >= 0:
                end = at + len(title)
                if (at == 0 or not para.text[at - 1].isalnum()) and (end == len(para.text) or not para.text[end].isalnum()):
                    spans.setdefault(para.index, []).append((at, end))
                at = para.text.find(title, at + 1)
    if not spans:
        return
    by_index = {p.index: p for p in paragraphs}
    for m in table.items:
        if m.kind != "name" or m.para not in spans:
            continue
        toks = by_index[m.para].tokens
        a, b = m.tok
        if not 0 <= a < b <= len(toks):
            continue
        start, end = toks[a].idx, toks[b - 1].idx + len(toks[b - 1].text)
        if any(s <= start and end <= e and (s, e) != (start, end) for s, e in spans[m.para]):
            m.kind = "ignored"


def find_mentions(paragraphs: list[Paragraph], byline: str | None = None) -> MentionTable:
    """Every mention in the article, with descriptions and pronouns linked to their antecedents."""
    reader = _Reader(paragraphs)
    title_like = [p for p in paragraphs if _is_title_case(p)]
    for para in paragraphs:
        if para not in title_like:
            reader.scan_names(para)
    reader.type_listed_names(paragraphs)
    reader.type_from_siblings()
    reader.type_from_possessed_noun()
    reader.type_listed_names(paragraphs)
    known: dict[str, tuple[str, str, str | None]] = {}
    for m in reader.table.items:
        if m.kind == "name":
            known.setdefault(fold(m.text), (m.type, m.key, m.category))
            if m.type == "Person" and len(m.key.split()) >= 2:
                known.setdefault(m.key, (m.type, m.key, None))
                known.setdefault(m.key.split()[-1], (m.type, m.key.split()[-1], None))
                first = m.key.split()[0]
                if not is_common_word(first) and first not in HONORIFICS:
                    known.setdefault(first, (m.type, first, None))  # "Marlon" after "Marlon Edevane"
            elif m.type in ("Organization", "Place") and len(m.key.split()) == 2 and m.type_src == "ner" and is_first_name(m.text.split()[0]):
                # "Gregory Ioannidis" the tagger read as a body, retyped by its use later: "said
                # Ioannidis" is a short form of it all the same
                known.setdefault(m.key.split()[-1], (m.type, m.key.split()[-1], None))
            known.setdefault(m.key, (m.type, m.key, m.category))
    known_upper = {fold(m.text): m.text.isupper() for m in reader.table.items if m.kind == "name"}
    for para in paragraphs:
        # Title Case lines and sentence-initial words only count where the body names them elsewhere
        reader.scan_known(para, known, known_upper)
    for para in paragraphs:
        reader.link_acronyms(para)
    # a title of one word is one wherever it stands too ("the documentary Marrowgate ... Marrowgate
    # director Jane Roe") unless it is a word of a person's name in the article ("a song, Roe said")
    person_words = {w for m in reader.table.items if m.kind == "name" and m.type == "Person" for w in fold(m.text).split()[1:]}
    titles = reader.work_titles | (reader.work_words - person_words)
    for m in reader.table.items:
        if m.kind == "name" and fold(m.text) in titles:
            m.kind = "ignored"  # "Elvis' single Jailhouse Rock ... Jailhouse Rock topped the chart": a title wherever it stands
    _drop_title_fragments(reader.table, paragraphs, reader.title_texts)
    _drop_terms(reader.table, paragraphs)
    _drop_capitalised_words(reader.table, paragraphs)
    _drop_named_days(reader.table)
    _drop_ordinal_periods(reader.table, paragraphs)
    for para in paragraphs:
        reader.scan_police_bodies(para)
        reader.scan_groups(para)
        reader.scan_government(para)
        reader.scan_descriptions(para)
        reader.scan_pronouns(para)
    _byline_role(reader.table, byline)
    _trim_glued_words(reader.table, paragraphs)
    _trim_plural_openers(reader.table, paragraphs)
    _trim_counted_surnames(reader.table, paragraphs)
    _retype_by_usage(reader.table, paragraphs)
    _join_short_forms(reader.table, paragraphs)
    _join_units(reader.table, paragraphs)
    _type_name_lists(reader.table, paragraphs)
    _drop_nationalities(reader.table, paragraphs)
    _drop_demonyms(reader.table, paragraphs)
    _drop_families(reader.table, paragraphs)
    _name_families(reader.table, paragraphs)
    _type_possessed_products(reader.table, paragraphs)
    _settle_types(reader.table)
    reader.scan_models(paragraphs)  # (after the names are settled: the maker before a code is one)
    resolve_references(reader.table, paragraphs)
    _name_websites(reader.table, paragraphs)
    return reader.table


def _name_websites(table: MentionTable, paragraphs: list[Paragraph]) -> None:
    """"told the BBC News website": a body's name before "website" in lower case is written as the
    name of its site there, one surface form of the body (its key stays the body's, so the node is
    the same): the mention's text takes the word in."""
    by_index = {p.index: p for p in paragraphs}
    for m in table.items:
        if m.kind != "name" or m.type != "Organization" or m.para not in by_index:
            continue
        para = by_index[m.para]
        b = m.tok[1]
        if b < len(para.tokens) and para.tokens[b].text == "website" and b - 1 >= 0 and para.tokens[b - 1].idx + len(para.tokens[b - 1].text) == m.end - para.offset:
            t = para.tokens[b]
            m.end = para.offset + t.idx + len(t.text)
            m.text = para.text[m.start - para.offset : m.end - para.offset]


def _trim_glued_words(table: MentionTable, paragraphs: list[Paragraph]) -> None:
    """"Rocker Brindley in on-stage fight", "Edgy Marrick struggles": an everyday word glued before the
    surname of a person the article names in full (Pete Brindley) is no part of the name."""
    docs = {p.index: p.view for p in paragraphs}
    # ("Edinburgh Rugby" the tagger read as a person vouches for no surname "Rugby")
    full = [m.key.split() for m in table.items if m.kind == "name" and m.type == "Person" and len(m.key.split()) >= 2
            and (m.type_src == "rule" or is_first_name(m.text.split()[0]) or fold(m.key.split()[0]) in FIRST_NAMES)]
    surnames: dict[str, set[str]] = {}
    full_keys = {" ".join(w) for w in full if len(w) == 2}
    alone_keys = {m.key for m in table.items if m.kind == "name" and m.type == "Person" and len(m.key.split()) == 1}  # "Ms Jowell"
    one_word = {m.key for m in table.items if m.kind == "name" and len(m.key.split()) == 1}  # of any type the tagger gave
    tails = {" ".join(w[n:]) for w in full for n in range(1, len(w) - 1)}  # "Ruiz Moreno" of Jane Ruiz Moreno
    for w in full:
        surnames.setdefault(w[-1], set()).add(w[0])
    for m in table.items:
        a, b = m.tok
        if m.kind != "name" or b - a not in (2, 3, 4) or m.para not in docs or m.rule.endswith(("+honorific", "+title")) or m.key in tails:
            continue
        doc = docs[m.para]
        # ("Centre Parker has a slim chance": a position in a side, which a body's name may end with,
        # glued before a surname where the tagger reads a person)
        position = b - a == 2 and doc[a].lower_ in SIDE_TITLES and all(t.ent_type_ == "PERSON" for t in doc[a:b])
        if m.type_src == "rule" and m.type != "Person" and not position:
            continue
        # (a name typed as a body only where its last word is no everyday word or designator: not "Royal
        # Albert Hall")
        if b - a >= 3 and (m.type == "Person" or not is_common_word(doc[b - 1].text, 3.0) and doc[b - 1].lower_ not in _DESIGNATORS) and _glued_before_given(doc, a, b):
            m.start, m.text = m.start + doc[b - 2].idx - doc[a].idx, doc[b - 2 : b].text
            m.key, m.tok, m.type = name_key(m.text, person=True), (b - 2, b), "Person"
            continue
        if b - a == 4:
            continue
        lead, last = doc[a], doc[a + 1]
        if b - a == 3:
            # "... Media and Sport Tessa Jowell": an everyday word glued before a person's full name
            # the article gives, or before a listed given name and a surname it writes alone ("Ms
            # Jowell"); not "JP Morgan Chase", "Royal Albert Hall"
            rest = name_key(doc[a + 1 : b].text, person=True)
            if (lead.text[1:].islower() and (rest in full_keys or is_first_name(doc[a + 1].text) and rest.split()[-1] in alone_keys)
                    and fold(lead.text) not in FIRST_NAMES and lead.lower_.rstrip(".") not in HONORIFICS
                    and lead.lower_ not in ROLE_WORDS and is_common_word(lead.text, 3.0) and not doc[a + 1].text.isupper()):
                m.start, m.text = m.start + doc[a + 1].idx - lead.idx, doc[a + 1 : b].text
                m.key, m.tok = rest, (a + 1, b)
            continue
        # (a word the article also uses alone as a person's name is a given name or nickname, not an
        # everyday word: "Rock star Zeb Quorn ... Zeb said" beside his wife Sharon Quorn)
        if (surnames.get(fold(last.text), set()) - {fold(lead.text)} and fold(lead.text) not in FIRST_NAMES
                and name_key(lead.text, person=True) not in one_word
                and lead.lower_.rstrip(".") not in HONORIFICS and lead.lower_ not in ROLE_WORDS
                and (is_common_word(lead.text, 2.5) or _agent_noun_opening(doc, a))):
            m.start, m.end, m.text = m.end - len(last.text), m.end, last.text
            m.key, m.tok = name_key(last.text, person=True), (a + 1, b)
            if position:
                m.type, m.category = "Person", None


def _glued_before_given(doc: Doc, a: int, b: int) -> bool:
    """"Sex Pistol Jon Marsh", "Tory Jane Roe", "Controversial DJ Jon Marsh": one or two everyday words
    written with a capital (the noun for a member of a band, party or team, made from its name; a
    noun for a person, "DJ", in any case) glued before a listed given name
    (one that is also an everyday word, "John", only where the tagger reads a person) and a surname: the person's name is the last two words. Not a given name
    ("Mary Jo White"), an honorific or a title (kept by their own rules), nor a rare word that may be
    a given name the list lacks ("Kwame Anthony Appiah")."""
    given, last = doc[b - 2], doc[b - 1]
    if not _given_name(given) or not (last.is_alpha and last.text[:1].isupper() and not last.text.isupper()):
        return False
    # (where the tagger reads all of it as one person, only a word of everyday use: "Iain" of "Iain Duncan
    # Smith" is a given name the list lacks, "Beach Boy" of "Beach Boy Bruce Johnston" a band's member)
    whole = doc[a].ent_iob_ == "B" and all(t.ent_type_ == "PERSON" for t in doc[a:b]) and (b == len(doc) or doc[b].ent_iob_ != "I")
    return all(t.is_alpha and t.text[:1].isupper() and fold(t.text) not in FIRST_NAMES
               and t.lower_ not in HONORIFICS and t.lower_ not in ROLE_WORDS
               and (t.text[1:].islower() and is_common_word(t.text, 3.5 if whole else 3.0) or t.lower_ in PERSON_NOUNS)
               for t in doc[a : b - 2])


def _trim_plural_openers(table: MentionTable, paragraphs: list[Paragraph]) -> None:
    """"Promoters Regular Music said ... Regular Music added", "Troubled Marsh has agreed ... Marsh said": a
    plural everyday noun for people or bodies, or a participle, opening a sentence before a name the article
    also writes alone is no word of the name ("Queens Park Rangers", never written "Park Rangers", stays whole)."""
    docs = {p.index: p.doc for p in paragraphs}
    keys = {m.key for m in table.items if m.kind == "name"}
    for m in table.items:
        a, b = m.tok
        if m.kind != "name" or m.para not in docs or b - a not in (2, 3, 4):
            continue
        doc = docs[m.para]
        lead = doc[a]
        single = lead.lower_[:-1]
        plural = (lead.lower_.endswith("s") and len(single) >= 4 and is_common_word(single, 3.0)
                  and (single in PERSON_NOUNS or single in ORG_DESCRIPTIONS or single.endswith(("er", "or", "ist"))))
        # ("Troubled Marsh has agreed to pay": a participle so opening a sentence too)
        if not (_opens_sentence(doc, a) and lead.text[1:].islower() and (plural or _participle_opening(lead))):
            continue
        rest = name_key(doc[a + 1 : b].text)
        if rest and rest in keys and rest != m.key and doc[a + 1].text[:1].isupper():
            m.start, m.text = m.start + doc[a + 1].idx - lead.idx, doc[a + 1 : b].text
            m.key, m.tok = rest, (a + 1, b)


def _agent_noun_opening(doc: Doc, a: int) -> bool:
    """Is doc[a] a rare noun of a doer ("Matchwinner", "Goalscorer", "Hitmaker") opening a sentence:
    a word in lower case after its capital, made with an agent suffix, that English word counts
    know at all? Before a surname it describes the person, as "Sprinter" does."""
    t = doc[a]
    return ((a == 0 or t.is_sent_start) and t.is_alpha and len(t.text) >= 6 and t.text[1:].islower()
            and t.lower_.endswith(("er", "or", "ist")) and is_common_word(t.text, 1.0))


def _trim_counted_surnames(table: MentionTable, paragraphs: list[Paragraph]) -> None:
    """"Simmons (Marlow 64)", "Pike 1, Garr 10": a number after the surname of a person the article
    names in full is a minute or a count in a list, no part of a body's name
    ("Channel 4") that the tagger took the two words for."""
    docs = {p.index: p.view for p in paragraphs}
    people = [m.key.split() for m in table.items if m.kind == "name" and m.type == "Person"]
    surnames = {w[-1] for w in people if len(w) >= 2}  # (of a full name: "Matt Holland" makes "Holland 14" his, whatever "Holland" alone is)
    for m in table.items:
        a, b = m.tok
        if m.kind != "name" or b - a < 2 or m.para not in docs:
            continue
        doc = docs[m.para]
        if not re.fullmatch(r"\d{1,3}", doc[b - 1].text) or doc[b - 2].text[:1].islower():
            continue
        words = name_key(doc[a : b - 1].text, person=True)
        if words.split()[-1] not in surnames:
            continue
        m.end = m.start + doc[b - 2].idx + len(doc[b - 2].text) - doc[a].idx
        m.text, m.key, m.tok = doc[a : b - 1].text, words, (a, b - 1)
        m.type, m.category = "Person", None


def _retype_by_usage(table: MentionTable, paragraphs: list[Paragraph]) -> None:
    """Types the words of a name cannot tell, settled by how the article uses it:
    a "... Fund" that asks, says or warns is an organisation, not a programme; a name that only
    modifies a thing ("the Brennock field") is not a person."""
    docs = {p.index: p.view for p in paragraphs}
    toks = {p.index: p.tokens for p in paragraphs}  # (for _pronoun_kind, which walks the rest of a sentence)
    agentive, modifier, person_use, retype_person, other_use, body_use, place_use = set(), set(), set(), set(), set(), set(), set()
    body_said, place_said, group_acts, acting_acronyms = set(), set(), set(), set()  # names the grammar makes a body ("X's shareholders"); names used as places ("in X")
    located, acquired, shaped, vouched = set(), set(), set(), set()
    club_use, club_owner, team_said = set(), set(), set()  # a place's name used for its club (a team's, a body's)
    addressed = _addressed_surnames(table)
    # last words the article writes alone, or after "Mr"/"Ms", for a person ("Harinordoquy was ...")
    alone = {fold(m.text.split()[-1]) for m in table.items
             if m.kind == "name" and m.type == "Person" and (len(m.text.split()) == 1 or m.text.split()[0].lower() in _ADDRESS)}
    # ... unless a body's or place's other name holds the word ("Aston" of "Aston Martin" is the car maker)
    in_names: dict[str, set[str]] = {}
    for m in table.items:
        if m.kind == "name" and m.type != "Person" and len(m.key.split()) >= 2:
            for w in m.text.split():
                in_names.setdefault(fold(w), set()).add(m.key)
    alone = {w for w in alone if len(in_names.get(w, ())) <= 1}
    alone_keys: dict[str, set[str]] = {}  # (the names whose mentions write each word alone)
    for m in table.items:
        if m.kind == "name" and m.type == "Person" and fold(m.text.split()[-1]) in alone:
            alone_keys.setdefault(fold(m.text.split()[-1]), set()).add(m.key)
    # last words of people's full names: the same word alone is one of them even where the article
    # names two ("Felipe Contepomi", "Manuel Contepomi" ... "Contepomi replied"), which no join settles
    surnames = {fold(m.text.split()[-1]) for m in table.items
                if m.kind == "name" and m.type == "Person" and 2 <= len(m.text.split()) <= 3 and m.text.split()[0].lower() not in _ADDRESS}
    surnames -= set(in_names)
    surname_keys: dict[str, set[str]] = {}  # (whose full names they end)
    for m in table.items:
        if m.kind == "name" and m.type == "Person" and 2 <= len(m.text.split()) <= 3 and m.text.split()[0].lower() not in _ADDRESS:
            surname_keys.setdefault(fold(m.text.split()[-1]), set()).add(m.key)
    # "Anil Ambani ... Mukesh Ambani ... Mukesh is the company's chairman and Anil its deputy": a word
    # the tagger reads as a person that opens the one full name of a person in the article is that
    # person's given name used alone (as news does for two people who share a surname), not a body
    given_keys: dict[str, set[str]] = {}
    for m in table.items:
        if (m.kind == "name" and m.type == "Person" and m.type_src in ("ner", "known") and 2 <= len(m.text.split()) <= 3
                and m.text.split()[0].lower() not in _ADDRESS):
            given_keys.setdefault(fold(m.text.split()[0]), set()).add(m.key)
    given_alone = {g for g, full in given_keys.items() if len(full) == 1 and g not in surname_keys}
    for m in table.items:
        if m.kind != "name" or m.para not in docs:
            continue
        head = docs[m.para][m.tok[1] - 1]
        if m.type == "Legislation" and head.dep_ in ("nsubj",) and head.head.lemma_.lower() in AGENT_VERBS:
            agentive.add(m.key)
        if m.type == "Person":
            if (head.dep_ == "compound" and head.head.pos_ == "NOUN" and head.head.lower_ not in PERSON_DESCRIPTIONS | ROLE_HEADS
                    and head.head.lower_ not in _PART_NOUNS_OF_BODIES):  # ("the Brannock label": a body, _named_part)
                modifier.add(m.key)
            else:
                other_use.add(m.key)  # "Mourinho said" elsewhere: the headline's "Mourinho form" is him too
            if m.role or m.rule.endswith(("+honorific", "+title")) or _dashed_person_title(docs[m.para], head):
                person_use.add(m.key)  # ("X - another Y board member": a person's title, no body's member)
        elif m.type == "Organization" and m.category is None and len(m.key.split()) >= 2:
            # "The firm's chief executive, Marcus Lindqvist": a title in apposition makes a person
            titled = (head.dep_ == "appos" and _person_title(head.head)) or any(
                c.dep_ == "appos" and _person_title(c) for c in head.children) or _dashed_person_title(docs[m.para], head)
            if titled and not is_acronym(m.text):
                person_use.add(m.key)
                retype_person.add(m.key)
        if m.type in ("Organization", "Place") and m.type_src in ("ner", "known") and (
                _first_name_person(docs[m.para], m, table) or _addressed_name(docs[m.para], m, addressed) or _aged(docs[m.para], m)
                or m.tok[1] - m.tok[0] >= 2 and _pronoun_kind(toks[m.para], *m.tok) == "Person"
                or _surname_used_alone(docs[m.para], m, alone) or _listed_with_people(docs[m.para], m, table)
                or m.tok[1] - m.tok[0] == 1 and fold(m.text) in surnames and not is_common_word(m.text, 4.0)) or (
                # "France centre Henri Morlaix ... said Morlaix": a noun before the name is weaker
                # evidence than the article writing its last word alone, or after "Mr", for a person
                m.described and m.type == "Organization"
                and (_addressed_name(docs[m.para], m, addressed) or _surname_used_alone(docs[m.para], m, alone))):
            person_use.add(m.key)
            retype_person.add(m.key)
        if (m.type == "Person" and m.type_src in ("ner", "known") and m.tok[1] - m.tok[0] == 1 and fold(m.text) not in surnames
                and fold(m.text) not in addressed and _home_town(docs[m.para], m)):
            place_use.add(m.key)  # "a man from Leicester"
        if m.type == "Person" and (m.role or m.described or _first_name_person(docs[m.para], m, table)):
            vouched.add(m.key)  # "striker Nicolas Anelka ... would like to buy Nicolas Anelka": a player, not a brand
        if ((m.type in ("Person", "Place") and (m.type_src in ("ner", "known") or m.type == "Person" and m.rule == "chunk")
             and not m.described or m.type == "Organization") and not m.role and _acquired(docs[m.para], *m.tok)):
            # "Kessock agreed to buy Brannock": the tagger's person or place is a firm or brand, and so
            # are its other mentions where one is typed a body ("the firm Brannock, controlled by Kessock")
            acquired.add(m.key)
        if (m.type in ("Person", "Place", "Organization") and (m.type_src in ("ner", "known") or m.type == "Person" and m.rule == "chunk")
                and not m.role and not m.described and _named_part(docs[m.para], m)):
            acquired.add(m.key)  # "its Brannock division": its other mentions the tagger read as a person or place too
        # "Italian airline Kessock": the noun before the name typed it a body; the tagger's place or
        # product on its other mentions gives way as it does to "Kessock, the airline"
        body_used = not m.role and (_body_usage(docs[m.para], m, table) or m.described and m.type == "Organization")
        if body_used:
            body_said.add(m.key)
        elif m.type == "Place" and _locative(docs[m.para], m):
            place_said.add(m.key)  # "in Kessock", but not "shares in Kessock"
        root = table.items[m.acronym_of] if m.acronym_of is not None else m
        acts_as_body = body_used or _acts(docs[m.para], *m.tok)
        if m.acronym_of is None and _whole_acronym(docs[m.para][m.tok[0]]) and m.tok[1] - m.tok[0] == 1 and acts_as_body:
            acting_acronyms.add(m.text)  # "the IMF's managing director", where no bracket ties it to its expansion
        if root.key.split()[-1] in _GROUP_DESIGNATORS and acts_as_body:
            group_acts.add(root.key)  # "the XYZ said", "the Kessock Fund is to cut its forecast": the body, not the programme
        if m.type == "Person" and fold(m.text) in addressed:
            person_use.add(m.key)
        elif m.type == "Person" and _given_and_surname(docs[m.para], *m.tok):
            shaped.add(m.key)  # "Marisol Vega's profits": a given name and a surname are a person's
        if m.type == "Person" and m.tok[1] - m.tok[0] >= 2 and _pronoun_kind(toks[m.para], *m.tok) == "Person":
            person_use.add(m.key)  # "Jane Doe ... withdrew her offer"
        if m.type == "Person" and m.type_src in ("ner", "known") and not m.role and _pronoun_kind(toks[m.para], *m.tok) == "Organization":
            body_use.add(m.key)  # "GlaxoSmithKline saw its profits fall"
        if (m.type == "Person" and m.type_src in ("ner", "known") and not m.role and m.tok[1] - m.tok[0] == 1
                and fold(m.text) not in surnames and fold(m.text) not in addressed and not is_first_name(m.text)
                and (_plural_subject(docs[m.para], m) or _owns_a_person(docs[m.para], m, table) or _determined(docs[m.para], m))):
            body_use.add(m.key)  # "Kessock are unbeaten", "Kessock's Jane Doe", "the Kessocks": a team or firm, not a person
        if (m.type == "Person" and m.type_src in ("ner", "known") and not m.role and 2 <= m.tok[1] - m.tok[0] <= 3
                and not is_first_name(m.text.split()[0]) and fold(m.text.split()[0]) not in FIRST_NAMES
                and not (surname_keys.get(fold(m.text.split()[-1]), set()) - {m.key}) and _plural_subject(docs[m.para], m)
                and docs[m.para][m.tok[1] - 1].head.i > m.tok[1] and not (m.tok[1] < len(docs[m.para]) and docs[m.para][m.tok[1]].text in (",", "and"))):
            # (the subject before its verb, no list: "missing are Jonny Wilkinson, Mike Tindall ..." is people)
            body_use.add(m.key)  # "Snow Parade are working on a new album": a band or a firm, no one person
        if m.type == "Place" and _located(docs[m.para], m) and not body_used:
            # (not "lending to Kessock, the state-owned company": the same words say what it is)
            located.add(m.key)  # "based in London", "flew to Paris": a place, whatever titles it gives
        # (a person's name, by its source, a given name, or a surname another name of the article ends with)
        person_like = m.type == "Person" and (m.type_src not in ("ner", "known") or is_first_name(m.text.split()[0])
                                              or fold(m.text.split()[-1]) in addressed
                                              or bool(surname_keys.get(fold(m.text.split()[-1]), set()) - {m.key}))
        if m.type in ("Place", "Person") and not m.role and not person_like and (
                _club_before_post(docs[m.para], *m.tok, m.key) or m.type == "Place" and _plural_subject(docs[m.para], m)):
            club_use.add(m.key)  # "Harbridge keeper Jane Roe", "Harbridge are unbeaten": the town's club
            if m.type == "Place" and _plural_subject(docs[m.para], m):
                team_said.add(m.key)  # (a team, whatever verb took someone "to Harbridge")
        elif m.type == "Place" and not m.role and _owns_a_person(docs[m.para], m, table) and is_first_name(docs[m.para][m.tok[1] + 1].text):
            club_owner.add(m.key)  # "Harbridge's Jane Roe": its club, where the article speaks of clubs
    # the shape of a person's name is weaker evidence than being bought ("agreed to buy Stella Brannock": a brand)
    person_use |= shaped - acquired
    body_use -= given_alone
    if club_use:
        club_use |= club_owner
    club_use = {k for k in club_use if not is_nation(k)}  # (a nation's side keeps the place: national_side)
    for m in table.items:
        if (m.kind == "name" and m.type in ("Legislation", "Event") and m.key.split()[-1] in _GROUP_DESIGNATORS
                and any(acronym_matches(a, m.text) for a in acting_acronyms)):
            group_acts.add(m.key)
    for m in table.items:
        if m.kind != "name":
            continue
        if m.key in agentive and m.type == "Legislation" or m.key in group_acts and m.type in ("Legislation", "Event"):
            # the kind of body its last word names, if any ("... Trust": a charity); "... Fund" names none
            # (a charity's fund and the IMF alike)
            m.type, m.category = "Organization", ORG_DESIGNATORS.get(m.key.split()[-1])
        elif m.key in club_use and m.key not in person_use and (m.key not in located or m.key in team_said) and m.type in ("Place", "Person"):
            # "Harbridge keeper Jane Roe ... Harbridge are unbeaten ... the Harbridge fans": one
            # name, the club, wherever the article writes it (a place list's town, the tagger's person
            # "St Helens" too), unless the article places something in it ("based in Harbridge")
            m.type, m.category, m.type_src = "Organization", None, "rule"
        elif m.key in modifier and m.key not in person_use and m.key not in other_use and m.type == "Person":
            m.kind = "ignored"  # neither a person nor anything we can type
        elif m.key in retype_person and m.type in ("Organization", "Place") and (m.type_src != "rule" or m.described):
            m.type, m.category, m.type_src = "Person", None, "rule"
        elif m.key in place_use and m.key not in person_use and m.type == "Person" and m.type_src != "rule":
            m.type, m.type_src = "Place", "rule"
        elif m.key in body_use and m.key not in person_use and m.type == "Person" and m.type_src != "rule":
            m.type, m.type_src = "Organization", "rule"
        elif (m.key in acquired and m.key not in person_use and m.key not in located and m.key not in place_said
              and m.key not in COUNTRIES and m.key not in HOME_NATIONS
              and not (surname_keys.get(fold(m.text.split()[-1]), set()) - {m.key}) and m.key not in vouched
              and not (alone_keys.get(fold(m.text.split()[-1]), set()) - {m.key})  # ("bought Brannock": the word alone is no other's)
              and fold(m.text.split()[-1]) not in addressed and m.type in ("Person", "Place")
              and not m.rule.endswith(("+honorific", "+title", "+surname-alone", "+after-body"))):
            m.type, m.category, m.type_src = "Organization", None, "rule"
        elif (m.key in body_said and m.key not in person_use and m.key not in located and not is_nation(m.key) and (
                m.type == "Person" and not m.rule.endswith(("+honorific", "+title", "+surname-alone", "+after-body"))
                or m.type in ("Place", "Product") and m.type_src in ("ner", "known") and m.key not in place_said)):
            # "shares in Kessock", "Kessock's shareholders", "Kessock, the airline", "Kessock chief
            # executive Jane Roe": a body, whether the tagger read a person, a place or a product, or its
            # first word is a given name; not a name the article uses as a person's or a place's
            m.type, m.category, m.type_src = "Organization", None, "rule"
    # an acronym takes the type of its expansion
    for m in table.items:
        if m.acronym_of is not None:
            m.type, m.category = table.items[m.acronym_of].type, table.items[m.acronym_of].category


def _person_title(t: Token) -> bool:
    """A title only a person holds: a role head ("chairman", "chief executive"), or a member of a
    body of seats ("board member", "committee member")."""
    return t.lower_ in ROLE_HEADS or (t.lower_ == "member" and any(c.dep_ == "compound" and c.lower_ in SEAT_BODIES for c in t.children))


def _dashed_person_title(doc: Doc, head: Token) -> bool:
    """"X - another Y board member -": a person's title after a spaced dash, which the parser,
    reading the dash as a hyphen, makes the head of the name."""
    k = head.i + 1
    return (head.dep_ == "compound" and k < len(doc) and doc[k].text in ("-", "–", "—", "--") and doc[k].whitespace_
            and head.whitespace_ and head.head.i > k and head.head.pos_ == "NOUN" and _person_title(head.head))


#: Pronouns that stand for a person and for a body ("its profits").
_PRONOUN_KIND = {"he": "Person", "she": "Person", "his": "Person", "her": "Person", "him": "Person", "himself": "Person",
                 "herself": "Person", "its": "Organization", "itself": "Organization"}


def _clause_verb(t: Token) -> Token | None:
    """The nearest verb that governs ``t``; None when the root is reached first."""
    return next((a for a in t.ancestors if a.pos_ in ("VERB", "AUX")), None)


def _pronoun_kind(doc: Doc | list[Token], a: int, b: int) -> str | None:
    """Person or Organization when a name doc[a:b] that is the subject of a clause has "his/her" or
    "its" in its own clause, in a verb joined to it or in the subject of the clause it governs ("X had
    been close to a takeover but withdrew his offer", "X saw its profits fall"): the kind of thing the
    pronoun says, whatever the tagger guessed; None when there is none, or both. ``doc``: the Doc or
    the paragraph's token list (its slices are only walked)."""
    if not 1 <= b - a <= 3 or b > len(doc) or any(not t.text[:1].isupper() for t in doc[a:b]):
        return None
    head = doc[b - 1]
    if head.dep_ not in ("nsubj", "nsubjpass") or head.head.pos_ not in ("VERB", "AUX"):
        return None
    verb = head.head
    verbs = {verb.i} | {c.i for c in verb.children if c.dep_ in ("conj", "xcomp")}
    kinds = set()
    for t in doc[b : verb.sent.end]:
        kind = _PRONOUN_KIND.get(t.lower_)
        if kind is None or t.dep_ in ("nsubj", "nsubjpass"):
            continue
        v = _clause_verb(t)
        if v is None:
            continue
        others = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != head.i]
        own = v.i in verbs and not others
        # "X saw its profits fall": the pronoun owns the subject of a bare infinitive X's verb governs
        # ("X said its plans were wrong" is reported speech: "its" may be anyone's)
        governed = v.head.i in verbs and v.dep_ in ("ccomp", "xcomp") and v.tag_ == "VB" and t.dep_ == "poss" and t.head in others
        if own or governed:
            kinds.add(kind)
    return kinds.pop() if len(kinds) == 1 else None


#: Nouns for what only a firm or body has ("Kessock's shareholders", "shares in Kessock").
_BODY_ATTRIBUTES = words("body_attribute_nouns")
#: Last words of law and event names that also name a group of people (Congress, Fund, Convention).
_GROUP_DESIGNATORS = words("group_designators")


def _body_usage(doc: Doc, m: WorkMention, table: MentionTable) -> bool:
    """Does the grammar say this name is a firm or body, whatever its words or the tagger say: it
    owns what only a body has or follows "shares in" (_owns_body_attribute), a description of a kind
    of organisation stands in apposition to it ("Kessock, Ruritania's flagship airline"), or it is the
    body of a post only a body gives ("Kessock chief executive Jane Roe", "Jane Roe, an analyst at
    Kessock")?"""
    a, b = m.tok
    if b > len(doc):
        return False
    kind = _apposition_kind(doc, a, b)
    return (_owns_body_attribute(doc, a, b) or kind is not None and kind[0] == "Organization"
            or _employs_a_titled_person(doc, m, table) or _has_a_part(doc, a, b))


def _has_a_part(doc: Doc, a: int, b: int) -> bool:
    """Is the name doc[a:b] what a part of a body belongs to ("Y, a division of Kessock", "a subsidiary
    of Kessock")? Only a body has divisions and subsidiaries."""
    head = doc[b - 1]
    prep = head.head
    part = prep.head
    return (head.dep_ == "pobj" and prep.lower_ == "of" and part.pos_ == "NOUN" and part.text.islower()
            and part.lower_ in _PART_NOUNS_OF_BODIES and any(d.dep_ == "det" for d in part.children))


def _owns_body_attribute(doc: Doc, a: int, b: int) -> bool:
    """Does the name doc[a:b] own or modify what only a body has ("Kessock's profits", "Kessock's
    subsidiary brands", "Kessock directors"), or follow "shares in" ("shares in Kessock")?"""
    head = doc[b - 1]
    if head.dep_ in ("poss", "compound", "nmod") and head.head.pos_ == "NOUN" and any(
            t.lemma_.lower() in _BODY_ATTRIBUTES for t in [head.head, *(c for c in head.head.children if c.dep_ == "compound")]):
        return True
    shares = head.head.head
    # (but "Carnival's shares in London" are traded there)
    return (head.dep_ == "pobj" and head.head.lower_ == "in" and shares.lemma_.lower() in ("share", "shareholder")
            and not any(c.dep_ in ("poss", "compound") for c in shares.children))


#: Verbs and nouns of acquiring a body or product ("bought X", "the takeover of X", "a stake in X").
_ACQUIRE_VERBS = words("acquire_verbs")
_ACQUISITION_NOUNS = words("acquisition_nouns")
#: ("an interest in X" is also a person's: only what is held in a firm counts)
_ACQUIRED_STAKE_NOUNS = words("stake_nouns") - {"interest"}


def _acquired(doc: Doc, a: int, b: int) -> bool:
    """Is the name doc[a:b] what something acquires: the object of "buy", "acquire", "take over"
    ("Kessock bought Brannock"), or after "the takeover of", "a stake in" ("its purchase of
    Brannock")? People and places are not bought or taken over: a firm or a brand is."""
    if b > len(doc):
        return False
    head = doc[b - 1]
    if head.dep_ == "dobj" and head.head.pos_ == "VERB":
        verb = head.head
        lemma = verb.lemma_.lower()
        particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), "")
        return lemma in _ACQUIRE_VERBS or f"{lemma} {particle}" in _ACQUIRE_VERBS or lemma == "own"
    if _owned(head) or head.dep_ == "appos" and head.head.i < a and _owned(head.head) or any(
            c.dep_ == "appos" and c.i >= b and _owned(c) for c in head.children):
        return True  # "Y, controlled by Kessock", "Y, the system owned by Kessock"
    prep = head.head
    if head.dep_ == "pobj" and prep.lower_ == "of" and (prep.head.lower_ in _OWNER_NOUNS or _parent_body(prep.head) or (
            prep.head.lower_ in ("%", "percent", "cent") and prep.head.dep_ == "dobj" and prep.head.head.lemma_.lower() in _HOLD_VERBS)):
        return True  # "the owner of Brannock", "Kessock owns 40% of Brannock"
    noun = prep.head.lemma_.lower() if head.dep_ == "pobj" and prep.head.pos_ == "NOUN" else ""
    # ("X's shares in Kastell" may trade there, as _owns_body_attribute says; "X's stake in Y" is held)
    traded = noun == "share" and any(c.dep_ in ("poss", "compound") for c in prep.head.children)
    # ("the takeover at Brannock": a takeover happens at the body taken over)
    return (prep.lower_ == "of" and noun in _ACQUISITION_NOUNS or prep.lower_ == "at" and noun in ("takeover", "take-over", "buyout")
            or prep.lower_ == "in" and noun in _ACQUIRED_STAKE_NOUNS and not traded)


#: Nouns of who owns a body ("the owner of Brannock"): what they own is a body or a thing, not a person.
_OWNER_NOUNS = frozenset({"owner", "owners", "proprietor", "proprietors"})
#: Verbs of holding a share of a body ("Kessock owns 40% of Brannock").
_HOLD_VERBS = frozenset({"own", "hold", "control"})


def _parent_body(t: Token) -> bool:
    """"the parent company of Y", "the parent of Y": Y is a body that belongs to another."""
    return t.lower_ == "parent" or t.lower_ in ("company", "group", "firm") and any(
        c.dep_ in ("compound", "amod") and c.lower_ == "parent" for c in t.children)


def _owned(t: Token) -> bool:
    """Is ``t`` said to be owned or controlled by someone named after "by" ("Y, owned by Kessock",
    "Y is controlled by Kessock")?"""
    def by_participle(v: Token) -> bool:
        return (v.tag_ == "VBN" and v.lemma_.lower() in ("own", "control") and any(c.dep_ == "agent" for c in v.children)
                and not any(c.dep_ == "neg" for c in v.children))
    return any(c.dep_ == "acl" and by_participle(c) for c in t.children) or t.dep_ == "nsubjpass" and by_participle(t.head)


#: Part nouns that also name a person's kin or a share of anything ("her sister, Jane Roe", "part of it").
_PART_NOUNS_OF_BODIES = PART_NOUNS - {"sister", "part"}


def _named_part(doc: Doc, m: WorkMention) -> bool:
    """Is the name the name of a part of a body: in apposition with a part noun ("Kessock's main
    production arm, Brannock", "Brannock, its oil unit") or, unless the tagger reads a place, before
    one ("its Stella Brannock division", "the Brannock label")? A place before a part noun says where
    the part works ("its Europe division")."""
    a, b = m.tok
    if b > len(doc):
        return False
    head = doc[b - 1]

    def part(t: Token) -> bool:
        return t.pos_ == "NOUN" and t.text.islower() and (t.lower_ in _PART_NOUNS_OF_BODIES or t.lemma_.lower() in _PART_NOUNS_OF_BODIES)

    if head.dep_ == "appos" and part(head.head) and head.head.i < a:
        return True
    # "its brands including Kessock and Brannock", "labels such as Brannock", "its brands include
    # Brannock": examples of its parts
    example = head
    while example.dep_ == "conj" and example.head.i != example.i:
        example = example.head
    prep = example.head
    if example.dep_ == "dobj" and prep.lemma_.lower() in ("include", "comprise") and any(
            c.dep_ == "nsubj" and part(c) for c in prep.children):
        return True  # "Kessock brands include Brannock and Stella Marchetti"
    if example.dep_ == "attr" and prep.lemma_.lower() == "be" and any(
            c.dep_ == "nsubj" and part(c) and c.lemma_.lower() in ("brand", "label", "marque", "imprint") for c in prep.children):
        return True  # "Kessock's main brands are Brannock and Velarde"
    if example.dep_ == "pobj" and part(prep.head) and (
            prep.lower_ in ("including", "like") or prep.lower_ == "as" and any(c.lower_ == "such" for c in prep.children)):
        return True
    if any(c.dep_ == "appos" and c.i >= b and part(c) and any(d.dep_ in ("det", "poss") for d in c.children) for c in head.children):
        return True
    return m.type != "Place" and head.dep_ == "compound" and part(head.head)


def _acts(doc: Doc, a: int, b: int) -> bool:
    """Does the name doc[a:b] act like a body: the subject of a verb only an agent does or of a verb
    of saying ("HP said", "the Kessock Fund warned"), the owner of what only a body has ("HP's
    shareholders", "shares in HP"; a modifier is not: "TV executives"), or the subject of a clause
    that calls it "its"?"""
    if b > len(doc):
        return False
    head = doc[b - 1]
    verb = head.head.lemma_.lower()
    return (head.dep_ == "nsubj" and (verb in AGENT_VERBS or verb in REPORTING_VERBS)
            or head.dep_ in ("poss", "pobj") and _owns_body_attribute(doc, a, b) or _pronoun_kind(doc, a, b) == "Organization")


#: Nouns of people that "from X" after them gives a home town to ("a man from Leicester").
_RESIDENT_NOUNS = frozenset({"man", "woman", "boy", "girl", "teenager", "youth", "person", "people", "resident",
                             "family", "couple", "pensioner", "student", "mother", "father"})


def _plural_subject(doc: Doc, m: WorkMention) -> bool:
    """"Kessock are unbeaten", "Kessock were poor": one capitalised word as the subject of a plural
    verb is a team or a firm (British usage), never one person."""
    head = doc[m.tok[1] - 1]
    if head.dep_ not in ("nsubj", "nsubjpass") or head.tag_ != "NNP" or any(c.dep_ == "conj" for c in head.children):
        return False  # ("Kessock and Dunmore were ...": the list is plural, not either name)
    verbs = [head.head] + [c for c in head.head.children if c.dep_ in ("aux", "auxpass")]
    return any(v.tag_ == "VBP" or v.lower_ == "were" for v in verbs)


def _determined(doc: Doc, m: WorkMention) -> bool:
    """"the Dunmores", "his Dunmore place": a name after an article or a possessive pronoun, or a
    plural name, is no person's (people's names take neither)."""
    a = m.tok[0]
    return doc[a].tag_ == "NNPS" or a > 0 and doc[a - 1].lower_ in ("the", "a", "an", "his", "her", "their", "its", "our", "my", "your")


def _owns_a_person(doc: Doc, m: WorkMention, table: MentionTable) -> bool:
    """"Kessock's Jane Doe": a name whose possessive stands right before a person's full name is the
    club, firm or country that person belongs to."""
    b = m.tok[1]
    if b + 1 >= len(doc) or doc[b].text not in ("'s", "’s"):
        return False
    return _full_person_name_at(table, m.para, b + 1)


def _full_person_name_at(table: MentionTable, para: int, k: int) -> bool:
    """Does a person's name of two or more words start at token ``k`` of paragraph ``para``?"""
    j = table.at(para, k)
    return j is not None and table.items[j].kind == "name" and table.items[j].type == "Person" and len(table.items[j].key.split()) >= 2


#: Titles only a body gives ("chief executive", "analyst"): their body is an organisation.
_EMPLOYER_TITLES = words("employer_titles")


def _employs_a_titled_person(doc: Doc, m: WorkMention, table: MentionTable) -> bool:
    """"Kestrel chief executive Jane Roe", "Jane Roe, an analyst at Kestrel": a name written as the
    body of a title only a body gives is an organisation, whatever the tagger guessed."""
    a, b = m.tok
    if doc[a].pos_ in ("VERB", "AUX"):
        return False  # ("Said Wales coach X": a verb the name reader took in is no part of a body's name)
    # the title after the name, then a person's name
    k = _post_after(doc, b, possessive=True)
    if k is not None and _full_person_name_at(table, m.para, k):
        return True
    # "<person>, [a/the] <title> at/with/for/of [the kind of body] <name>" ("an analyst at brokers Y")
    p = a - 1
    while p > a - 3 and p > 0 and doc[p].text.islower() and doc[p].is_alpha and doc[p].pos_ in ("NOUN", "ADJ", "VERB"):
        p -= 1
    two = p >= 3 and f"{doc[p - 2].lower_} {doc[p - 1].lower_}" in _EMPLOYER_TITLES  # ("managing director of")
    if p >= 2 and doc[p].lower_ in ("at", "with", "for", "of") and (doc[p - 1].lower_ in _EMPLOYER_TITLES or two):
        k = p - 2 if two else p - 1
        while k > 0 and (doc[k - 1].text.islower() and doc[k - 1].pos_ in ("NOUN", "ADJ", "DET")):
            k -= 1
        j = table.at(m.para, k - 2) if k >= 2 and doc[k - 1].text == "," else None
        return j is not None and table.items[j].kind == "name" and table.items[j].type == "Person"
    return False


#: Posts in a body or a sports side ("chief executive", "keeper", "captain"): the name written
#: right before one, then a person's name, is the body's ("Harbridge keeper Jane Roe").
_POST_TITLES = _EMPLOYER_TITLES | SIDE_TITLES


def _post_after(doc: Doc, b: int, possessive: bool) -> int | None:
    """Where the name after a post's title starts, the title being the lower-case words right after
    the name ending at ``b`` (after its possessive, if ``possessive``) and ending in a post in a
    body or side ("Kestrel chief executive", "Harbridge's reserve keeper"); else None."""
    k = b + 1 if possessive and b < len(doc) and doc[b].text in ("'s", "’s") else b
    words_ = 0
    while k < len(doc) and words_ < 4 and doc[k].text.islower() and (doc[k].pos_ in ("NOUN", "ADJ", "PROPN") or doc[k].lower_ in _POST_TITLES):
        k += 1
        words_ += 1
    return k if words_ and doc[k - 1].lower_ in _POST_TITLES else None


def _club_before_post(doc: Doc, a: int, b: int, key: str) -> bool:
    """"Harbridge keeper Jane Roe", "Port Ellis City boss Bob Smith": a name written right before a
    post in a body or side, then a person's name of two or three capitalised words, names the body
    (a town's name its club), whatever the tagger or a place list said; not a nation's name (its
    side keeps the place: national_side in works_for) nor a verb taken in ("Said Wales coach X").
    No possessive: "Roe's coach Bob Smith" is a person's coach."""
    if any(t.tag_.startswith(("JJ", "VB", "RB")) for t in doc[a:b]) or is_nation(key) or b - a == 1 and is_acronym(doc[a].text):
        return False  # ("Outgoing Harbridge chairman X": an adjective opening a sentence; "PR executive X": a trade)
    k = _post_after(doc, b, possessive=False)
    if k is None or k + 1 >= len(doc):
        return False
    e = k
    while e < len(doc) and e - k < 3 and doc[e].tag_ == "NNP" and doc[e].text[:1].isupper():
        e += 1
    return e - k >= 2 and (doc[k].ent_type_ == "PERSON" or is_first_name(doc[k].text))


def _located(doc: Doc, m: WorkMention) -> bool:
    """"based in London", "flew to Paris", "returned from Kestrel": a name a verb places something
    in, at, to or from (a body is something a stake is "in", a noun's, not a verb's)."""
    head = doc[m.tok[1] - 1]
    prep = head.head
    return head.dep_ == "pobj" and prep.lower_ in ("in", "to", "from", "near", "across") and prep.head.pos_ in ("VERB", "AUX")


def _home_town(doc: Doc, m: WorkMention) -> bool:
    """"A 24-year-old man from Leicester": one capitalised word after "from" that a noun of people
    governs is where they live, not a person."""
    head = doc[m.tok[1] - 1]
    prep = head.head
    return (head.dep_ == "pobj" and prep.lower_ == "from" and prep.head.pos_ == "NOUN"
            and (prep.head.lemma_.lower() in _RESIDENT_NOUNS or prep.head.lower_.endswith("-old")))


def _surname_used_alone(doc: Doc, m: WorkMention, alone: set[str]) -> bool:
    """"Number eight Imanol Harinordoquy ... Harinordoquy was dropped": a name of two or three
    capitalised words whose rare last word the article uses alone for a person is that person's full
    name, whatever the tagger guessed for the pair."""
    a, b = m.tok
    if not 2 <= b - a <= 3 or b > len(doc):
        return False
    toks = doc[a:b]
    if any(not t.text[:1].isupper() or not t.text[1:].islower() or t.lower_ in _DESIGNATORS or t.lower_ in PLACE_DESIGNATORS for t in toks):
        return False
    return fold(toks[-1].text) in alone and not is_common_word(toks[-1].text, 4.0) and m.key not in COUNTRIES


def _addressed_surnames(table: MentionTable) -> frozenset[str]:
    """Last words of the names the article writes with a personal honorific ("Mr Panke", "Dr Frasca")."""
    out = set()
    for m in table.items:
        words_ = m.text.split()
        if m.kind == "name" and len(words_) >= 2 and words_[0].lower() in _ADDRESS:
            out.add(fold(words_[-1]))
    return frozenset(out)


def _addressed_name(doc: Doc, m: WorkMention, addressed: frozenset[str]) -> bool:
    """"Helmut Panke ... Mr Panke": a name of two or three capitalised words whose last word the
    article also writes after "Mr", "Ms" or "Dr" is a person's, whatever the tagger guessed (given
    names from outside the English-speaking world are missing from any list of given names)."""
    words_ = m.text.split()
    a, b = m.tok
    if not 2 <= len(words_) <= 3 or b > len(doc) or words_[0].lower() in _ADDRESS:
        return False
    # two capitals may be a person's initials ("KD Farrant ... Mr Farrant"); a longer acronym is a body's
    if words_[-1].lower() in _DESIGNATORS or is_acronym(words_[0]) and len(words_[0].strip(".")) > 2 or any(
            not t.text[:1].isupper() for t in doc[a:b]):
        return False
    return fold(words_[-1]) in addressed


def _listed_with_people(doc: Doc, m: WorkMention, table: MentionTable) -> bool:
    """"up against Blanchett, Heather Craney and Meryl Streep": one rare capitalised word coordinated
    with two or more people's full names is one more person, whatever the tagger guessed (a list of
    people, a cast, a shortlist); a country is left as it is ("Bush, Blair and France")."""
    a, b = m.tok
    if b - a != 1 or b > len(doc) or m.key in COUNTRIES or is_acronym(m.text) or is_common_word(m.text, 4.0):
        return False
    t = doc[a]
    first = t.head if t.dep_ == "conj" else t
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    members = [first, *(c for c in first.subtree if c.dep_ == "conj" and c.i != t.i)]
    people = 0
    for c in members:
        if c.i == t.i:
            continue
        j = table.at(m.para, c.i)
        if j is not None and table.items[j].kind == "name" and table.items[j].type == "Person" and len(table.items[j].key.split()) >= 2:
            people += 1
    return people >= 2 and (t.dep_ == "conj" or any(c.dep_ == "conj" for c in t.children))


def _aged(doc: Doc, m: WorkMention) -> bool:
    """"Kenji Arakawa, 54, said": a name of two or three capitalised words followed by an age
    between commas is a person's."""
    a, b = m.tok
    words_ = m.text.split()
    if not 2 <= len(words_) <= 3 or b + 2 >= len(doc) or words_[-1].lower() in _DESIGNATORS:
        return False
    age = doc[b + 1]
    return doc[b].text == "," and age.text.isdigit() and 14 <= int(age.text) <= 110 and doc[b + 2].text in (",", ")", ".")


#: Nouns for people that news also uses of companies ("rival Acme", "partner Northwind"): no
#: evidence that the name after them is a person's.
#: Nouns of kinship that news uses for how bodies stand to each other ("parent company", "sister firm").
_KIN_NOUNS = frozenset({"parent", "sister", "daughter", "subsidiary", "affiliate"})
_RELATIONAL_NOUNS = frozenset({"rival", "partner", "customer", "client", "sponsor", "owner", "investor", "competitor",
                               "member", "critic", "buyer", "seller", "supplier", "shareholder", "bidder", "winner", "loser"})


def _first_name_person(doc: Doc, m: WorkMention, table: MentionTable | None = None) -> bool:
    """A name of two or three capitalised words written as a person's: right after a noun of a
    person's role or occupation ("shadow chancellor Vince Cable", "actresses Cate Blanchett"), with
    one in apposition ("Carly Fiorina, chief of Acme"), or, when it opens with a given name, listed
    with people ("Imelda Staunton, Natalie Press and Eva Birthistle"). The tagger's guess of a body
    or place gives way to it; a given name alone is no evidence ("Morgan Stanley")."""
    words_ = m.text.split()
    a, b = m.tok
    if not 2 <= len(words_) <= 3 or b > len(doc):
        return False
    if words_[-1].lower() in _DESIGNATORS or any(not t.text[:1].isupper() for t in doc[a:b]) or is_acronym(words_[0]):
        return False
    given = is_first_name(words_[0])
    head = doc[b - 1]
    before = doc[a - 1] if a > 0 else None
    noun = lambda t: t is not None and t.pos_ in ("NOUN", "PROPN") and not t.text[:1].isupper() and (
        t.lemma_.lower() in PERSON_NOUNS or t.lower_ in PERSON_NOUNS) and t.lemma_.lower() not in _RELATIONAL_NOUNS
    if noun(before) and (given or head.head.i == a - 1 or head.dep_ == "appos" and head.head.i == a - 1):
        return True
    if not given:
        return False
    if any(c.dep_ == "appos" and noun(c) for c in head.children) or (head.dep_ == "appos" and noun(head.head)):
        return True
    if table is not None:
        sibs = ([head.head] if head.dep_ == "conj" else []) + [c for c in head.children if c.dep_ == "conj"]
        for s_ in sibs:
            j = table.at(m.para, s_.i)
            if j is not None and table.items[j].kind == "name" and table.items[j].type == "Person" and table.items[j] is not m:
                return True
    return False


# ---------------------------------------------------------------- one name, one type

#: How much a mention's type counts in the vote of its name (see WorkMention.type_src).
_TYPE_WEIGHT = {"rule": 4.0, "listed": 2.0, "ner": 1.0, "known": 0.5}
#: Tie-break of the vote: the more specific evidence first.
_TYPE_ORDER = ("Person", "Organization", "Product", "Legislation", "Event", "Place")
#: Prepositions after which a place name names the place ("in Leeds"), not a club or firm named after it.
_LOCATIVE = frozenset({"in", "at", "near", "from", "across", "around", "outside", "inside", "throughout", "within"})


def _weight(m: WorkMention) -> float:
    if m.type_src == "ner" and len(m.key.split()) >= 2:
        return 2.0  # the tagger is surer of a span of several words than of one capitalised word
    return _TYPE_WEIGHT.get(m.type_src, 1.0)


def _locative(doc: Doc, m: WorkMention) -> bool:
    """"in Leeds", "from Geneva": a place name used as a place."""
    head = doc[m.tok[1] - 1]
    prep = head.head
    return head.dep_ == "pobj" and prep.lower_ in _LOCATIVE and (
        head.ent_type_ in ("GPE", "LOC") or prep.head.pos_ in ("VERB", "AUX")) and not (  # "marched in Bristol", not "a stake in Bristol"
        prep.lower_ == "in" and prep.head.lower_ in _STAKE_NOUNS)  # "Shares in Southwest fell": a company, whatever the tagger says


#: Nouns of a share held in a body ("shares in X", "a stake in X"): what follows "in" is a body, not a place.
_STAKE_NOUNS = frozenset(words("stake_nouns"))


#: Heads of the names of governments called after the party, person or country that leads them
#: ("Labour government", "Bush administration"): where the article also names the party ("Labour
#: Party"), the bare word is the party's short form, not the government's.
_LED_BODIES = frozenset({"government", "administration"})
#: Last words of the name of a company that holds other companies ("X Group", "X Holdings"): the name alone is that parent.
_PARENT_WORDS = frozenset({"group", "holdings"})


#: Words that end a person's name after the surname and tell generations apart ("Charles Evans Jr").
_GENERATION_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def _possessive_without_apostrophe(doc: Doc, m: WorkMention) -> bool:
    """Is the one-word name doc[a:b] ("Peels") written where a possessive stands, with no determiner
    before it and a common noun right after it ("fill Peels boots")?"""
    a, b = m.tok
    if b - a != 1 or b >= len(doc):
        return False
    nxt, prev = doc[b], doc[a - 1] if a > 0 else None
    return (nxt.pos_ == "NOUN" and nxt.text.islower() and bool(doc[a].whitespace_)
            and not (prev is not None and prev.tag_ in ("DT", "PRP$", "POS", "CD", "JJ")))


def _join_short_forms(table: MentionTable, paragraphs: list[Paragraph]) -> None:
    """Short forms of a name the article also gives in full point at the full form (its antecedent),
    whatever type the tagger gave them: "Okoro" / "Ms Okoro" -> Dana Okoro (``surname-in-article``),
    "Sir Harold" or, with one Harold in the article, "Harold" -> Harold Penwick (``first-name-in-article``),
    "Kirkton" -> Kirkton Athletic and "House Fisheries" -> House Fisheries Committee
    (``short-name-in-article``), "Brenn" -> Brennigan (``nickname-prefix``). Blocked by word, so linear in the mentions; a short form that fits two full names is left alone."""
    docs = {p.index: p.view for p in paragraphs}
    items = table.items
    names = [i for i, m in enumerate(items) if m.kind == "name" and m.antecedent is None and m.acronym_of is None]
    first_of: dict[str, int] = {}
    for i in names:
        first_of.setdefault(items[i].key, i)
    all_persons = sorted({items[i].key for i in names if items[i].type == "Person"})
    persons = [k for k in all_persons if len(k.split()) >= 2]
    by_last: dict[str, set[str]] = {}
    by_first: dict[str, set[str]] = {}
    for k in persons:
        by_last.setdefault(k.split()[-1], set()).add(k)
        by_first.setdefault(k.split()[0], set()).add(k)
        w = k.split()
        for n in range(2, len(w) - 1):
            if w[n] in NAME_PARTICLES and w[n - 1] not in NAME_PARTICLES:
                by_last.setdefault(w[n - 1], set()).add(k)  # "Lula" of "Luiz Lula da Silva"
                break
        if len(w) >= 3 and w[-1].rstrip(".") in _GENERATION_SUFFIXES:
            by_last.setdefault(w[-2], set()).add(k)  # "Mr Evans" of "Charles Evans Jr"
        head, hyphen, tail = w[-1].partition("-")
        if hyphen and head in NAME_PARTICLES and len(tail) >= 3:
            by_last.setdefault(tail, set()).add(k)  # "Mr Jibouri" of "Mohammed al-Jibouri": the surname less its particle
        elif hyphen and len(head) >= 3 and head.isalpha() and head not in FIRST_NAMES:
            by_last.setdefault(head, set()).add(k)  # "Henin" of "Justine Henin-Hardenne": a double-barrelled surname by its first part
    # "M Cotter" in a team list after Martin Cotter: an initial and a surname are the one full
    # name of the article with that surname and initial, and no second person for "Cotter" alone
    initial_of: dict[str, str] = {}
    for last, found in by_last.items():
        for k in sorted(found):
            w = k.split()
            if len(w) == 2 and len(w[0].rstrip(".")) == 1:
                full = [f for f in found if f != k and len(f.split()[0]) > 2 and f.split()[0][0] == w[0][0]]
                if len(full) == 1:
                    initial_of[k] = full[0]
        by_last[last] = found - set(initial_of)
    # "Ms Fiorina" after "Carly Fiorina" that the tagger called a body: an honorific's surname may
    # join a two-word name that opens with a given name, whatever its type (the vote then decides)
    titled_last: dict[str, set[str]] = {}
    for i in names:
        w = items[i].key.split()
        if items[i].type != "Person" and len(w) == 2 and is_first_name(items[i].text.split()[0]) and items[i].type_src != "rule":
            titled_last.setdefault(w[-1], set()).add(items[i].key)
    orgs = sorted({items[i].key for i in names if items[i].type == "Organization" and len(items[i].key.split()) >= 2})
    # "House Intelligence" is a short form of "House Intelligence Committee", not a full name of its own
    all_but_last = {" ".join(o.split()[:-1]) for o in orgs}
    orgs = [k for k in orgs if k not in all_but_last]
    by_prefix: dict[str, set[str]] = {}
    by_suffix: dict[str, set[str]] = {}
    # "the Medical Foundation" after "the Medical Foundation for the Care of Victims": the words up to
    # the body's kind ("Foundation", "Institute", "Bank") before "of"/"for" are its short form
    by_head: dict[str, set[str]] = {}
    place_words = {t.lower_ for p in paragraphs for t in p.tokens if t.ent_type_ in ("GPE", "NORP", "LOC")}
    for k in orgs:
        words = k.split()
        for n in range(1, len(words)):
            if n == 1 or n == len(words) - 1:
                # a one-word short form ("Leeds" United), or all but the last word ("House
                # Intelligence" Committee); "Harbury Town" is not "Harbury Town Supporters' Trust"
                by_prefix.setdefault(" ".join(words[:n]), set()).add(k)
            tail, head = words[n:], words[:n]
            if head[-1] in NAME_CONNECTORS:
                if len(tail) == 1 and head[-1] == "of" and tail[0].endswith("s"):
                    by_suffix.setdefault(tail[0], set()).add(k)  # "the Lords" of "House of Lords"
                if head[-1] in ("of", "for") and len(head) >= 3 and head[-2] in ORG_DESIGNATORS:
                    by_head.setdefault(" ".join(head[:-1]), set()).add(k)  # "Medical Foundation" of "... Foundation for the Care of ..."
                continue  # "Metropolitan Police" is not "Art Unit of the Metropolitan Police"
            if len(tail) >= 2 and tail[-1] in ORG_DESIGNATORS and not set(head) & place_words:
                by_suffix.setdefault(" ".join(tail), set()).add(k)  # "Intelligence Committee"
            elif len(tail) == 1 and set(head) <= place_words:
                by_suffix.setdefault(tail[0], set()).add(k)  # "the Senate" after "the Michigan Senate"
    # "City" / "Villa" after "Manchester City (Football Club)", "Aston Villa": the last word of a
    # two-word name (less a club's "Football Club" / "FC") stands for it when one name ends so; a word
    # that only says what kind of public body or firm it is ("Agency", "Bank") does not
    by_last_word: dict[str, set[str]] = {}
    for k in orgs:
        words = k.split()
        while len(words) > 2 and words[-1] in _CLUB_TAILS:
            words = words[:-1]
            by_prefix.setdefault(" ".join(words), set()).add(k)  # "Manchester City" of "... Football Club"
        if len(words) == 2 and words[0] not in NAME_CONNECTORS and ORG_DESIGNATORS.get(words[1]) in (None, "club"):
            by_last_word.setdefault(words[1], set()).add(k)
    # "joined City as a player", "City went into the game" after "Brackford City": a town's name is
    # never written by its last word ("City", "County", "State") alone and without "the"; a two-word
    # "place" so written is a club (or another body) named after the town, and the word its short form
    place_last: dict[str, set[str]] = {}
    for i in names:
        w = items[i].key.split()
        if items[i].type == "Place" and len(w) == 2 and (w[1] in PLACE_DESIGNATORS or ORG_DESIGNATORS.get(w[1]) == "club") and w[0] not in NAME_CONNECTORS:
            place_last.setdefault(w[1], set()).add(items[i].key)
    surnames = {k.split()[-1] for k in persons}
    # "Ruiz Moreno" / "Mr Ruiz Moreno" after "Jane Ruiz Moreno": a surname of two or more words
    by_tail: dict[str, set[str]] = {}
    for k in persons:
        w = k.split()
        for n in range(1, len(w) - 1):
            by_tail.setdefault(" ".join(w[n:]), set()).add(k)
    # a name the article uses as a place ("in Leeds") stays a place where the tagger says so
    used_as_place = {items[i].key for i in names if _locative(docs[items[i].para], items[i])}
    place_keys = {items[i].key for i in names if items[i].type == "Place"}

    polity_of: dict[str, set[str]] = {}
    for i in names:
        w = items[i].key.split()
        if len(w) >= 3 and w[0] in POLITY_HEADS and w[1] == "of" and items[i].type != "Person":
            polity_of.setdefault(w[0], set()).add(items[i].key)

    def one(found: set[str] | None) -> str | None:
        return next(iter(found)) if found and len(found) == 1 else None

    nation_suffixed: dict[str, set[str]] = {}
    for i in names:
        w = items[i].key.split()
        if len(w) >= 3 and is_nation(w[-1]) and w[-2] not in NAME_CONNECTORS and items[i].type != "Person":
            nation_suffixed.setdefault(" ".join(w[:-1]), set()).add(items[i].key)

    # one-word names the article counts as things ("won an Oscar", "her first Oscar"): after "a"/"an"
    # or an ordinal, as no person's name stands
    counted = {items[i].key: True for i in names if len(items[i].key.split()) == 1 and items[i].tok[0] > 0
               and (docs[items[i].para][items[i].tok[0] - 1].lower_ in ("a", "an") or docs[items[i].para][items[i].tok[0] - 1].lower_ in _ORDINAL_WORDS)}

    def shortest(found: set[str] | None) -> str | None:
        # "Harbury" with Harbury Town and Harbury Town Supporters' Trust: the shortest, if one is
        if not found:
            return None
        # "Labour" with the Labour Party and a "Labour government": the party, not the government it leads
        found = {f for f in found if f.split()[-1] not in _LED_BODIES} or found
        least = min(len(f.split()) for f in found)
        fewest = {f for f in found if len(f.split()) == least}
        # "Reliance" beside Reliance Group, Reliance Energy and Reliance Industries: the name alone is
        # the group the others belong to, the one of them whose last word says it holds companies
        parent = {f for f in fewest if f.split()[-1] in _PARENT_WORDS}
        return one(fewest) or (one(parent) if len(fewest) > 1 else None)

    for i in names:
        m = items[i]
        words = m.key.split()
        if not words or m.rule == "role-title":
            continue
        if is_acronym(m.text):
            # "CEC" after "CEC Systems": an acronym that opens one company's name and a word saying
            # it is a company ("Group", "Systems", "plc") is that company
            # ("PDQ" after "PDQ Stoy Marlow" too: the rest of the name is two surnames or more, no word
            # of a unit or a channel that the body runs, as "BBC Sport" or "BBC One" are, nor one
            # word, a service's name: "BT Openzone")
            full = [o for o in by_prefix.get(words[0], ()) if len(o.split()) == 2 and ORG_DESIGNATORS.get(o.split()[1]) == "company"
                    or len(o.split()) >= 3 and not any(is_common_word(w, 3.5) or w in ORG_DESIGNATORS for w in o.split()[1:])]
            if (m.type not in ("Person", "Place") and len(words) == 1 and len(full) == 1 and m.key not in place_keys
                    and docs[m.para][m.tok[0]].ent_type_ not in ("GPE", "LOC", "NORP")):  # "UK" is not "UK Equities"
                j = first_of[full[0]]
                m.antecedent, m.rule = j, "short-name-in-article"
                m.type, m.category = items[j].type, items[j].category or m.category
            continue
        target, rule = None, None
        if len(words) >= 2 and one(nation_suffixed.get(m.key)) and m.type != "Place":
            # "Age Concern" after "Age Concern England": a body's name of two words or more, and the same
            # with its nation after it, are the one body, whatever types the tagger gave them
            target, rule = one(nation_suffixed.get(m.key)), "short-name-in-article"
        elif m.key in initial_of:
            target, rule = initial_of[m.key], "surname-in-article"
        elif len(words) == 1:
            k = words[0]
            honorific_first = m.text.split()[0].lower().rstrip(".") in FIRST_NAME_HONORIFICS
            honorific = m.text.split()[0].lower().rstrip(".") in HONORIFICS and len(m.text.split()) >= 2
            sex = _SEXED_HONORIFICS.get(m.text.split()[0].lower().rstrip(".")) if honorific else None
            if one(by_last.get(k)) and not by_prefix.get(k) and not honorific_first and not (is_nation(k) and not honorific):
                # (a nation's name alone is the nation, not the end of a name the tagger read as a
                # person's: "Wales" is not short for "told BBC Sport Wales")
                target, rule = one(by_last.get(k)), "surname-in-article"
            elif (m.type != "Person" and len(k) > 3 and k.endswith("s") and k[:-1] in first_of
                  and (items[first_of[k[:-1]]].type != "Person" or counted.get(k[:-1])) and len(items[first_of[k[:-1]]].key.split()) == 1):
                target, rule = k[:-1], "plural-in-article"  # "the Liberals" and "a Liberal", "two Brennock awards" and "the Brennocks"
                if items[first_of[k[:-1]]].type == "Person":
                    for o in items:  # "won an Oscar ... the Oscars": a thing counted, which no person is
                        if o.kind == "name" and o.key == k[:-1]:
                            o.type, o.type_src, o.category = m.type, "rule", m.category
            elif sex and len(by_last.get(k, ())) > 1 and one({p for p in by_last[k] if FIRST_NAMES.get(p.split()[0]) == sex}):
                # "Mr Haldane" after Robert Haldane and his wife Susan Haldane: the one of his sex
                target, rule = one({p for p in by_last[k] if FIRST_NAMES.get(p.split()[0]) == sex}), "surname-in-article"
            elif (len(by_last.get(k, ())) > 1 and not by_prefix.get(k) and not honorific_first and not is_nation(k)
                  and (named_by_then := one({p for p in by_last[k] if items[first_of[p]].start < m.start}))):
                # "Osbourne said" after Zeb Osbourne, before his wife Sharon Osbourne is named: the one
                # of the people with that surname the article has named by then
                target, rule = named_by_then, "surname-in-article"
            elif (honorific or m.rule == "known-name") and not by_last.get(k) and one(titled_last.get(k)):
                target, rule = one(titled_last.get(k)), "surname-in-article"
            elif one(by_first.get(k)) and k not in surnames and (honorific_first or m.type == "Person" or m.type_src != "rule") and not (
                    honorific and not honorific_first):  # "Mr Howard" is a Mr Howard, not Howard Flint
                target, rule = one(by_first.get(k)), "first-name-in-article"
            elif (honorific and not honorific_first and one(by_first.get(k)) and k not in surnames and k not in FIRST_NAMES
                  and one(by_first.get(k)).split()[-1] not in FIRST_NAMES):
                # "Mr Xie" after "Xie Xuren", "Mr Kim" after "Kim Dae-jung": a name written surname first,
                # whose first word is no given name, is called by that word after an honorific
                target, rule = one(by_first.get(k)), "surname-in-article"
            elif (len(k) > 3 and k.endswith("s") and not by_last.get(k) and one(by_last.get(k[:-1]))
                  and (k[:-1] not in first_of or items[first_of[k[:-1]]].type == "Person")
                  and _possessive_without_apostrophe(docs[m.para], m)):
                # "not one DJ could fill Peels boots" after John Peel: a surname's possessive written without
                # its apostrophe, right before the noun it owns
                target, rule = one(by_last.get(k[:-1])), "surname-in-article"
            elif k in POLITY_HEADS and one(polity_of.get(k)):
                # "the Republic" after "the Republic of Ireland": a state's formal name by its head word
                # (its side's too), the one such name of the article
                target, rule = one(polity_of.get(k)), "short-name-in-article"
            elif k in KNOWN_COMPANIES or k in KNOWN_PRODUCTS:
                pass  # "Apple" is not short for "Apple Insider": a widely known name stands for itself
            elif (m.type != "Person" or (m.type_src in ("ner", "known") and k not in by_first and not is_first_name(m.text))) and shortest(
                    by_prefix.get(k)) and is_short_name(k, shortest(by_prefix.get(k))) and k not in surnames:
                if _locative(docs[m.para], m):
                    m.type, m.type_src, m.category = "Place", "rule", None  # "fans marched in Bristol": the town
                    continue
                if not (m.type == "Place" and k in used_as_place):
                    target, rule = shortest(by_prefix.get(k)), "short-name-in-article"
            elif (m.type != "Person" and one(place_last.get(k)) and k not in surnames and not by_prefix.get(k)
                  and not _determined(docs[m.para], m) and not _modifies_a_noun(docs[m.para], m)):
                target, rule = one(place_last.get(k)), "short-name-in-article"
                for o in items:
                    if o.kind == "name" and o.key == target:
                        o.type, o.type_src, o.category = "Organization", "rule", None
            elif m.type != "Person" and one(by_suffix.get(k)) and not is_nation(k):
                # (a nation's name is its own: "Wales" is never short for "BBC Wales")
                target, rule = one(by_suffix.get(k)), "short-name-in-article"
            elif m.type != "Person" and one(by_last_word.get(k)) and k not in surnames and not is_nation(k) and not (
                    _locative(docs[m.para], m)):
                target, rule = one(by_last_word.get(k)), "short-name-in-article"
            elif m.type not in ("Person", "Place") and len(k) >= 3 and not by_prefix.get(k):
                # "the Met" for the Metropolitan Police, "the Fed" for the US Federal Reserve (past a place)
                pref = {o for o in orgs if any(w.startswith(k) and w != k for w in _lead_words(o, place_words))}
                if shortest(pref):
                    target, rule = shortest(pref), "nickname-prefix"
            elif m.type == "Person" and len(k) >= 4:
                pref = {p for p in all_persons if p.split()[-1].startswith(k) and p.split()[-1] != k}
                if one(pref):
                    target, rule = one(pref), "nickname-prefix"
        elif one(by_tail.get(m.key)) and (m.type == "Person" or m.text.split()[0].lower().rstrip(".") in HONORIFICS) and not (
                is_first_name(words[0]) and m.text.split()[0].lower().rstrip(".") not in HONORIFICS):
            target, rule = one(by_tail.get(m.key)), "surname-in-article"
        elif m.type != "Person" or m.type_src != "rule":
            # "Circuit City" of "Circuit City Stores": a longer name that only adds a company word
            # is the same body, whatever the words of the shorter one made of it
            found = by_prefix.get(m.key) if m.type_src != "rule" or all(
                ORG_DESIGNATORS.get(o.split()[-1]) == "company" and len(o.split()) == len(words) + 1
                or set(o.split()[len(words):]) <= _CLUB_TAILS for o in by_prefix.get(m.key, ())) else None
            found = found or by_suffix.get(m.key) or by_head.get(m.key)
            if one(found):
                target, rule = one(found), "short-name-in-article"
        if target is None and TEAM_NICKNAMES.get(m.key):
            # "Spurs" after "Tottenham Hotspur", "the All Blacks" beside "New Zealand": a team's nickname
            # where the article names one team that goes by it (the fullest of its names the article gives)
            found = {c for c in TEAM_NICKNAMES[m.key] if c in first_of}
            if found and len({c.split()[0] for c in found}) == 1:
                target, rule = max(found, key=lambda c: (len(c.split()), c)), "team-nickname"
                for o in items:  # ("Tottenham Hotspur" the tagger read as a person: a team goes by the nickname)
                    if o.kind == "name" and o.key == target and o.type == "Person":
                        o.type, o.type_src, o.category = "Organization", "rule", None
        if target is None or target == m.key:
            continue
        j = first_of[target]
        m.antecedent, m.rule = j, rule
        if m.type == "Person" and m.type_src == "rule" and items[j].type != "Person":
            continue  # "Ms Fiorina" keeps her honorific's type: the vote of the name settles it
        m.type, m.category = items[j].type, items[j].category or m.category


def _modifies_a_noun(doc: Doc, m: WorkMention) -> bool:
    """"City traders", "County council": the word alone before a noun, other than a post's mid-sentence
    ("as City manager"), is a modifier, not a name of its own."""
    b = m.tok[1]
    if b >= len(doc) or doc[b].pos_ not in ("NOUN", "PROPN", "ADJ"):
        return False
    return _opens_sentence(doc, m.tok[0]) or doc[b].lemma_.lower() not in PERSON_NOUNS


def _lead_words(key: str, place_words: set[str]) -> list[str]:
    """The first word of a body's name, and the second too where the first is a place ("us federal reserve")."""
    words = key.split()
    return words[:2] if len(words) >= 3 and (words[0] in place_words or words[0] in COUNTRIES) else words[:1]


#: Words after a club's name that its short forms drop ("Manchester City Football Club" is "City").
_CLUB_TAILS = frozenset({"football", "club", "fc", "afc", "rfc"})


#: First words of the names of units inside a body ("the Centre for Health Solutions at Acme").
_UNIT_HEADS = frozenset({"centre", "center", "institute", "unit", "department", "division", "laboratory", "lab", "school", "faculty"})


def _join_units(table: MentionTable, paragraphs: list[Paragraph]) -> None:
    """"the Centre for Health Solutions at consultancy group Acme": a unit named "at" the body it
    belongs to is that body (its name an alias of it), as the body's own staff speak for it."""
    docs = {p.index: p.view for p in paragraphs}
    for m in table.items:
        if m.kind != "name" or m.antecedent is not None or m.type != "Organization" or m.para not in docs:
            continue
        doc = docs[m.para]
        if doc[m.tok[0]].lower_ not in _UNIT_HEADS or m.tok[1] - m.tok[0] < 3:
            continue
        k = m.tok[1]
        if k >= len(doc) or doc[k].lower_ != "at":
            continue
        k += 1
        while k < len(doc) and k - m.tok[1] <= 6 and (doc[k].lower_ in ("the", "and") or doc[k].pos_ in ("ADJ", "NOUN") and doc[k].text.islower()):
            k += 1
        j = table.at(m.para, k) if k < len(doc) else None
        if j is None:
            continue
        r = table.resolved(j)
        o = table.items[r]
        if o.kind == "name" and o.type == "Organization" and r != table.resolved(table.items.index(m)) and doc[o.tok[0]].lower_ not in _UNIT_HEADS:
            m.antecedent, m.rule = r, "unit-of-body"


def _type_name_lists(table: MentionTable, paragraphs: list[Paragraph]) -> None:
    """A verbless list of names ("Murphy, Horgan, O'Driscoll, D'Arcy, Hickie; Stringer, Byrne"): a
    team sheet or a cast list. When people the article names make up a good part of it, the other
    names in it are people too, whatever the tagger guessed for each capitalised word. Names before
    a colon (the team) and in brackets (a club, a country) are not items of the list."""
    items = table.items
    named: dict[int, int] = {}
    for m in items:
        if m.kind == "name":
            named[m.para] = named.get(m.para, 0) + 1
    for p in paragraphs:
        doc = p.view
        if named.get(p.index, 0) < 5 or p.text.count(",") + p.text.count(";") < 4:
            continue  # (counts first: most paragraphs are no list, and walking the tokens costs)
        for sent in doc.sents:
            text = p.text[sent.start_char : sent.end_char]  # (sent.text, not joined anew from its tokens)
            if text.count(",") + text.count(";") < 4:
                continue
            toks = p.tokens[sent.start : sent.end]
            if any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in toks):
                continue
            colon = max((t.i for t in toks if t.text == ":"), default=sent.start - 1)
            depth, found = 0, []
            for t in toks:
                depth += t.text == "("
                depth -= t.text == ")"
                j = table.at(p.index, t.i)
                if depth or t.i <= colon or j is None or items[j].kind != "name" or j in found:
                    continue
                found.append(j)
            if len(found) < 5:
                continue
            people = [j for j in found if items[table.resolved(j)].type == "Person"]
            # three items that are short forms of people the article names in full make it a team sheet
            # however many of the rest the tagger guessed wrong ("Phillips, Amankwaah, Coles, Murray, ...")
            named_in_full = [j for j in people if j != table.resolved(j) and len(items[table.resolved(j)].key.split()) >= 2]
            if len(people) < 2 or len(people) < 0.3 * len(found) and len(named_in_full) < 3:
                continue
            for j in found:
                m = items[j]
                if m.type != "Person" and m.type_src != "rule" and m.key not in COUNTRIES and len(m.key.split()) <= 3:
                    m.type, m.category, m.type_src = "Person", None, "listed"


def _drop_nationalities(table: MentionTable, paragraphs: list[Paragraph]) -> None:
    """"the Italians": a nationality in the plural read as a plural brand is no name, unless it is
    the short form of a body the article names ("the Conservatives" of the Conservative Party)."""
    docs = {p.index: p.view for p in paragraphs}
    norp = lambda m: m.para in docs and all(t.ent_type_ == "NORP" for t in docs[m.para][m.tok[0] : m.tok[1]])
    keys = {m.key for m in table.items if m.kind == "name" and m.plural and m.antecedent is None and norp(m)}
    for m in table.items:
        if m.kind == "name" and m.key in keys and m.antecedent is None and norp(m):
            m.kind = "ignored"  # "the Italians", and "an Italian pack" copied from it


#: Endings of nationality words ("Japanese", "Danish", "Nigerian", "Dutch"); names end so too, so
#: the word must also be an everyday English word ("Tiscali", "Rusedski" end like "Israeli").
_NATIONALITY_ENDINGS = ("ese", "ish", "ian", "ians", "ch")


def _nationality(doc: Doc, m: WorkMention) -> bool:
    """Is the name a word for a nation's people ("Briton", "the Dutchman", "a Sri Lankan woman"), not
    a party ("Republican") or a country: a listed demonym, or words the tagger reads as a nationality
    that end like one?"""
    toks = [t for t in doc[m.tok[0] : m.tok[1]] if t.text != "-"]
    if not toks or m.key in COUNTRIES or party_of(m.key):
        return False
    if all(fold(t.text) in DEMONYM_NOUNS for t in toks) or m.key.endswith("an") and m.key[:-1] in COUNTRIES:
        return True  # (a country's name and "n": "Sri Lankan", "Kenyan")
    t = toks[-1]
    if (len(toks) == 1 and t.lower_ in NATION_ADJECTIVES and t.dep_ in ("amod", "compound") and t.head.i > t.i
            and t.head.pos_ == "NOUN" and t.head.text.islower()):
        return True  # "an impressive Welsh side": a nation's adjective before a common noun names no one
    return all(t.ent_type_ == "NORP" for t in toks) and toks[-1].lower_.endswith(_NATIONALITY_ENDINGS) and is_common_word(toks[-1].text, 3.0)


def _drop_demonyms(table: MentionTable, paragraphs: list[Paragraph]) -> None:
    """"A Briton won", "the Dutchman lost", "a Sri Lankan blogger": a nationality is no entity, under
    whatever type the tagger or a plural gave it; its key is dropped wherever the article writes it."""
    docs = {p.index: p.view for p in paragraphs}
    keys = {m.key for m in table.items if m.kind == "name" and m.acronym_of is None and m.para in docs and _nationality(docs[m.para], m)}
    for m in table.items:
        if m.kind == "name" and m.key in keys:
            m.kind = "ignored"


def _drop_families(table: MentionTable, paragraphs: list[Paragraph]) -> None:
    """"the Ambanis", "the Kowalskis": a person's surname in the plural after "the" is the family, no
    entity the article names; the people themselves are."""
    docs = {p.index: p.view for p in paragraphs}
    people = [m.key.split() for m in table.items if m.kind == "name" and m.type == "Person" and len(m.key.split()) >= 2]
    surnames = {w[-1] for w in people}
    for m in table.items:
        a, b = m.tok
        if m.kind != "name" or b - a != 1 or m.para not in docs or m.key in surnames or not m.key.endswith("s"):
            continue
        doc = docs[m.para]
        if a > 0 and doc[a - 1].lower_ == "the" and (m.key[:-1] in surnames or m.key.endswith("es") and m.key[:-2] in surnames):
            m.kind = "ignored"


#: Verbs whose subject acts as a body: owning, controlling, saying ("the X family controls 48%").
_FAMILY_ACTS = words("own_verbs") | AGENT_VERBS | REPORTING_VERBS


def _family_acts(fam: Token) -> bool:
    """Is the noun "family" the subject of a verb of owning, controlling or saying ("the X family
    controls", "the X family, which owns ...", "the X family said")?"""
    if fam.dep_ == "nsubj" and fam.head.pos_ in ("VERB", "AUX") and fam.head.lemma_.lower() in _FAMILY_ACTS:
        return True
    for rel in fam.children:
        if rel.dep_ == "relcl" and rel.lemma_.lower() in _FAMILY_ACTS and any(
                c.dep_ == "nsubj" and c.lower_ in ("which", "that", "who") for c in rel.children):
            return True
    return False


def _name_families(table: MentionTable, paragraphs: list[Paragraph]) -> None:
    """"The Kowalczyk family controls 48% of the group": a family named by its surname that acts as a
    body (the subject of a verb of owning, controlling or saying, `_family_acts`) is an entity of
    its own, "Kowalczyk family" (rule "family-as-body"), and its surname there no person's mention;
    "the Kowalczyk family home", "a rift in the Kowalczyk family" name no body."""
    for para in paragraphs:
        doc = para.view
        for fam in para.tokens:
            if fam.lower_ != "family" or fam.tag_ != "NN" or not definite(fam):
                continue
            a = fam.i
            while a > 0 and doc[a - 1].dep_ == "compound" and doc[a - 1].head.i == fam.i and doc[a - 1].tag_ == "NNP" \
                    and doc[a - 1].is_alpha and doc[a - 1].text[:1].isupper():
                a -= 1
            if a == fam.i or fam.i - a > 2 or doc[a - 1].lower_ != "the" or not _family_acts(fam):
                continue
            for k in range(a, fam.i):
                j = table.at(para.index, k)
                if j is not None and table.items[j].kind == "name" and table.items[j].type in ("Person", "Place", "Organization") \
                        and a <= table.items[j].tok[0] and table.items[j].tok[1] <= fam.i:
                    table.items[j].kind = "ignored"  # (the surname is part of the family's name here)
            text, s, e = _span_text(doc, a, fam.i + 1)
            table.add(WorkMention(start=para.offset + s, end=para.offset + e, text=text, type="Organization",
                                  key=name_key(text), para=para.index, tok=(a, fam.i + 1), rule="family-as-body",
                                  type_src="rule", plural=True))  # (people: "they", never "it" nor "the group")


def _qualifying_word(t: Token) -> bool:
    """Does a capitalised word before a possessed noun say which kind of part or product it is rather than
    name one: a country, nation or people, a post, a month or day ("its French unit", "its Chief Executive
    office", "its January sale")?"""
    return (fold(t.text) in COUNTRIES or fold(t.text) in NATION_ADJECTIVES or fold(t.text) in DEMONYM_NOUNS
            or t.lower_ in ROLE_WORDS or _calendar_word(t))


def _type_possessed_products(table: MentionTable, paragraphs: list[Paragraph]) -> None:
    """"Microsoft's Xbox console", "its Lisa computer", "Nintendo's DS handheld": a name between a
    possessive and a noun of a product is the possessor's product, whatever the tagger guessed (as
    type_from_possessed_noun does for names it left untyped); a noun of a body's part ("its Clearstream
    unit", "Harbour Media's Lumen channel") leaves the name a body."""
    by_index = {p.index: p for p in paragraphs}
    for m in table.items:
        if m.kind != "name" or m.type_src != "ner" or m.type == "Product" or m.para not in by_index:
            continue
        para = by_index[m.para]
        toks = para.tokens
        a, b = m.tok
        if b >= len(toks) or a == 0:
            continue
        noun = toks[b - 1].head
        if not (b <= noun.i <= b + 1) or toks[b - 1].dep_ not in ("compound", "nmod", "amod") or noun.tag_ not in ("NN", "NNS") or not noun.text.islower():
            continue
        if any(not toks[k].text.islower() or toks[k].head.i != noun.i for k in range(b, noun.i)):
            continue  # ("Microsoft's Xbox games console": one lower-case word between)
        low = noun.lower_
        if low not in _POSSESSED_NOUNS or low in PART_NOUNS or low in _POSSESSED_BODY_NOUNS:
            continue
        owner = [c for c in noun.children if c.dep_ == "poss" and c.i < a]
        if not owner or not (owner[0].lower_ in ("its", "their") or owner[0].tag_ in ("NNP", "NNPS")):
            continue
        if any(_qualifying_word(t) for t in toks[a:b]):
            continue  # "its French unit", "the UK's DTT service", "its January sale"
        if b - a == 1 and is_common_word(toks[a].text, 4.0):
            continue  # "its Internet service": a capitalised everyday word
        m.type, m.type_src = "Product", "rule"


def _settle_types(table: MentionTable) -> None:
    """One name, one type: the mentions of a name (its key, its short forms, its acronym) take the
    type that their evidence votes for; a type that rests on the words of a name, a title or an
    expansion outweighs the tagger's guess on one capitalised word."""
    items = table.items
    root_of: dict[int, str] = {}
    for i, m in enumerate(items):
        if m.kind != "name":
            continue
        r = table.resolved(i)
        if m.acronym_of is not None:
            r = table.resolved(m.acronym_of)
        root_of[i] = items[r].key
    votes: dict[str, dict[str, float]] = {}
    for i, key in root_of.items():
        m = items[i]
        v = votes.setdefault(key, {})
        v[m.type] = v.get(m.type, 0.0) + _weight(m)
    for i, key in root_of.items():
        v = votes[key]
        best = min(v, key=lambda t: (-v[t], _TYPE_ORDER.index(t) if t in _TYPE_ORDER else 9))
        m = items[i]
        if m.type != best:
            m.type = best
            if best != "Organization":
                m.category = None


# ---------------------------------------------------------------- abbreviations that are not names

_PLURAL_ACRONYM = re.compile(r"^[A-Z][A-Za-z&]*[A-Z]s$")
_PLURAL_ACRONYM_ES = re.compile(r"^[A-Z]{2,}[SXZH]es$")  # "SMSes", "BIOSes"
#: A US politician's party and state in brackets: "R-Calif.", "D-N.Y.", "I-Vt."
_AFFILIATION = re.compile(r"^[RDI]-[A-Z][A-Za-z.]*$")


#: Abbreviations used as common nouns for things ("TV", "GDP", "LAN"), from WordNet (tools/build_common_abbreviations.py).
_COMMON_ABBREVIATIONS = words("thing_abbreviations")


@lru_cache(maxsize=1 << 16)  # asked of every token of the article
def _acronym_stem(text: str) -> str | None:
    """"CPU" -> "CPU", "CPUs" / "SoCs" -> "CPU" / "SoC", "R&D" -> "R&D"; None for other words."""
    core = text.strip(".")
    if _PLURAL_ACRONYM.match(core) and sum(c.isupper() for c in core) >= 2:
        return core[:-1]
    if _PLURAL_ACRONYM_ES.match(core):
        return core[:-2]
    if is_acronym(core) or re.fullmatch(r"[A-Z]{1,2}&[A-Z]{1,2}", core):
        return core
    return None


def _lowercase_expansions(doc: Doc | list[Token]) -> set[str]:
    """Acronyms spelt out in lower-case words before them: "intellectual property (IP)",
    "Artificial intelligence (AI)" (a capital at the start of a sentence does not count).
    ``doc``: a Doc or the paragraph's token list (walked whole: the list, not tokens made anew)."""
    out = set()
    for t in doc:
        if t.text != "(" or t.i + 2 >= len(doc) or doc[t.i + 2].text != ")":
            continue
        stem = _acronym_stem(doc[t.i + 1].text)
        if stem is None:
            continue
        letters = re.sub(r"[^a-z]", "", stem.lower())
        words = [w for w in doc[max(0, t.i - 2 * len(letters) - 2) : t.i] if w.is_alpha and w.lower_ not in NAME_CONNECTORS]
        window = words[-len(letters):] if len(words) >= len(letters) else []
        if window and "".join(w.lower_[0] for w in window) == letters and all(
                w.text[0].islower() or w.is_sent_start for w in window):
            out.add(stem.lower())
    return out


def _opens_sentence(doc: Doc, i: int) -> bool:
    """Is token ``i`` the first word of its sentence (after any quotation mark or bracket)?"""
    k = i - 1
    while k >= 0 and doc[k].text in ("\"", "“", "‘", "'", "(", "-", "–", "—"):
        k -= 1
    return i == 0 or doc[i].is_sent_start or k < 0 or doc[k].text in (".", "!", "?", ":") or doc[k + 1].is_sent_start


#: Names of yearly holidays ("Easter", "New Year"): dates, not entities.
_HOLIDAY_NAMES = words("holiday_names")


def _drop_named_days(table: MentionTable) -> None:
    """"closed on Boxing Day", "on Founders' Eve", "by Easter", "after the New Year": a named day or
    holiday is a date, not an event or any other entity."""
    for m in table.items:
        if m.kind == "name" and (len(m.text.split()) >= 2 and m.text.split()[-1] in ("Day", "Eve", "DAY", "EVE")
                                 or m.key in _HOLIDAY_NAMES and m.text[:1].isupper()):
            m.kind = "ignored"


#: Words for a span of time that an ordinal before them makes a date ("the 21st Century", "the Third Millennium").
_PERIOD_WORDS = frozenset({"century", "centuries", "millennium", "millennia"})


def _drop_ordinal_periods(table: MentionTable, paragraphs: list[Paragraph]) -> None:
    """"the Walkman of the 21st Century", "the 20th Century": a century or millennium counted by an
    ordinal is a span of time, however capitalised, not a name."""
    docs = {p.index: p.doc for p in paragraphs}
    for m in table.items:
        if m.kind != "name" or m.para not in docs or m.text.split()[-1].lower() not in _PERIOD_WORDS:
            continue
        doc, (a, b) = docs[m.para], m.tok
        before = doc[b - 2] if b - 2 >= 0 else None
        if before is not None and (before.ent_type_ == "ORDINAL" or re.fullmatch(r"\d+(st|nd|rd|th)", before.lower_)
                                   or before.lower_ in _ORDINAL_WORDS) and b - a <= 2:
            m.kind = "ignored"


def _drop_capitalised_words(table: MentionTable, paragraphs: list[Paragraph]) -> None:
    """"Coal has now vanished", "Spyware is considered ...": a one-word name the article only ever
    writes where a sentence opens, and also writes in lower case ("coal", "spyware"), is an everyday
    word capitalised by its place, not a name. Names whose type rests on their words are kept."""
    docs = {p.index: p.view for p in paragraphs}
    lower: set[str] = set()
    for p in paragraphs:
        for t in p.tokens:
            if t.is_alpha and t.text.islower():
                lower.update((t.lower_, t.lemma_.lower()))
    single = [m for m in table.items if m.kind == "name" and m.tok[1] - m.tok[0] == 1 and m.type_src != "rule"]
    elsewhere = {m.key for m in table.items if m.kind == "name" and (m.tok[1] - m.tok[0] > 1 or not _opens_sentence(docs[m.para], m.tok[0]))}
    # "using his Budget", "its Board": an everyday word after a possessive pronoun is a noun capitalised
    # for emphasis, wherever the article writes it so
    owned = {m.key for m in single if m.tok[0] > 0 and docs[m.para][m.tok[0] - 1].tag_ == "PRP$"
             and m.text[1:].islower() and is_common_word(m.text, 4.5) and m.key not in COUNTRIES
             and m.key not in HOME_NATIONS and docs[m.para][m.tok[0]].ent_type_ not in ("GPE", "LOC")  # ("his England debut", "her London home")
             and m.key not in KNOWN_COMPANIES and m.key not in KNOWN_PRODUCTS}
    for m in single:
        if m.key in owned:
            m.kind = "ignored"
            continue
        t = docs[m.para][m.tok[0]]
        if m.key in elsewhere or is_acronym(t.text) or not t.text[1:].islower():
            continue
        if t.lower_ in lower or t.lemma_.lower() in lower:
            m.kind = "ignored"


def _drop_terms(table: MentionTable, paragraphs: list[Paragraph]) -> None:
    """Technical abbreviations are words, not names (IP, CPU, R&D, GMT): an abbreviation is dropped
    when the article spells it out in lower case ("intellectual property (IP)"), uses it in the
    plural ("CPUs", "SoCs"), the tagger reads it as a common noun wherever it occurs, or it follows
    a number as a unit or time zone ("0227 GMT"). Names whose type rests on their words or an
    expansion in capitals are kept."""
    items = table.items
    docs = {p.index: p.view for p in paragraphs}
    for m in items:
        if m.kind == "name" and _AFFILIATION.match(m.text) and m.tok[0] > 0 and docs[m.para][m.tok[0] - 1].text == "(":
            m.kind = "ignored"  # "Jane Roe (D-Ore.)": a party and a state, not a name
    # "such as Crohn's.": a one-word name the article only ever uses as a possessive with nothing
    # possessed names a disease or a shop after a person, not a person or product of its own
    bare: dict[str, bool] = {}
    for m in items:
        if m.kind == "name" and m.tok[1] - m.tok[0] == 1 and m.type in ("Person", "Product") and m.type_src in ("ner", "known"):
            doc = docs[m.para]
            t = doc[m.tok[0]]
            is_bare = t.i + 1 < len(doc) and doc[t.i + 1].text in ("’s", "'s") and t.dep_ != "poss"
            bare[m.key] = bare.get(m.key, True) and is_bare
        elif m.kind == "name":
            bare[m.key] = False
    for m in items:
        if m.kind == "name" and bare.get(m.key):
            m.kind = "ignored"
    cand = [i for i, m in enumerate(items)
            if m.kind == "name" and m.acronym_of is None and m.type_src != "rule" and _acronym_stem(m.text.split()[-1])]
    if not cand:
        return
    terms: set[str] = set()
    tags: dict[str, set[str]] = {}
    for p in paragraphs:
        if "(" in p.text:  # (it reads brackets)
            terms |= _lowercase_expansions(p.tokens)
        for t in p.tokens:
            stem = _acronym_stem(t.text)
            if stem is None:
                continue
            if stem != t.text.strip("."):
                terms.add(stem.lower())  # a plural
            tags.setdefault(stem.lower(), set()).add(t.tag_)
    # the tagger's common noun is no evidence against an abbreviation of a name the article gives
    # in full ("the FA" after "the Football Association")
    spelled = [m.text for m in items if m.kind == "name" and len(m.text.split()) >= 2]
    terms |= {k for k, ts in tags.items() if ts <= {"NN", "NNS"} and not any(acronym_matches(k.upper(), n) for n in spelled)}
    # abbreviations English uses for things ("digital TV viewers", "80% of GDP", "a wireless LAN card"),
    # unless the article spells them out or has them act like a body ("EDS said", "EDS's profits")
    acting = {stem.lower() for p in paragraphs for t in p.tokens if (stem := _acronym_stem(t.text)) and _acts(t.doc, t.i, t.i + 1)}
    # (alone only: "Zentrix TV" is a channel's name)
    things = {k for k in tags if k in _COMMON_ABBREVIATIONS and k not in acting and not any(acronym_matches(k.upper(), n) for n in spelled)}
    for i in cand:
        m = items[i]
        doc = docs[m.para]
        stem = (_acronym_stem(doc[m.tok[1] - 1].text) or "").lower()
        if not stem:
            continue  # the mention no longer ends in an abbreviation (an earlier pass moved its end)
        if m.tok[1] - m.tok[0] > 1:
            if stem in terms:
                # "DeepMind AI lab": the name ends before the term
                last = doc[m.tok[1] - 2]
                m.tok = (m.tok[0], m.tok[1] - 1)
                m.end = m.start + (last.idx + len(last.text) - doc[m.tok[0]].idx)
                m.text = doc[m.tok[0] : m.tok[1]].text
                m.key = name_key(m.text, person=m.type == "Person")
            continue
        after_number = m.tok[0] > 0 and doc[m.tok[0] - 1].like_num
        if stem in terms or stem in things or after_number:
            m.kind = "ignored"
