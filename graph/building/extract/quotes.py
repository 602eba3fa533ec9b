"""Quotations: parsed paragraphs + mentions -> direct quotations of six or more words and their speakers.

Rules over punctuation, the dependency parse and the order of the text, never over particular
sentences:
- quotation marks: see ``graph.text.quotes`` (curly, straight, low-high and guillemet marks;
  quotations left open by news style; single marks in papers that quote with them);
- in the sentence: the speaker is the subject of the reporting verb that governs the quotation
  ("X said:", "..., said X", "..., X told the BBC"), climbing from participles and gerunds to the
  verb they hang on ("..., adding", "closed by noting"); "Y quoted X as saying" and "according
  to X" make X the speaker;
- who a subject is: names are themselves; "he"/"she" are the person the passage is about (the
  last person who was the subject of a main clause or a speaker, outside quotations, whose
  honorific does not contradict the pronoun (a sex guessed from a given name alone decides only
  between people equally prominent: "Kim Roe ran. "...," he said" is Roe); "his"/"her"/"him" keep the person they mean the
  centre over a name said in passing); "it" is the last organisation in that place; a
  description ("the 73-year-old", "the former chairman", "the Acme boss", "the Russian president")
  is the person whose title, age or body it repeats, or the person the passage is about when it
  only describes (age, "the veteran", "the Dutchman") or names their office right after a sentence
  about them ("Mr Roe refused. The prime minister conceded ..."); a spokesperson
  speaks for their organisation (a named one for themself); a document ("the report says",
  "a statement from X said") speaks for its author; an indefinite description of a person or group
  that belongs to no named body ("one leading broker said", "a senior minister said", "five MPs
  wrote") is someone the article does not name: a mention of its own, kept to the article, that a
  later "one broker" or "the broker" means when no name fits;
- around the sentence, for a quotation with no reporting verb: the quotation a left-open one
  runs into, a colon at the end of the sentence before, the speaker of the quotation in the
  sentence before, the speaker of reported speech in the sentence before, the person the
  sentence before is about; a left-open quotation with no speaker takes the speaker of the
  quotation it runs into; a quotation opening a paragraph with no speaker takes the speaker named
  in the sentence after it when that person speaks the next quotation.
A speaker left empty is better than a wrong one: a name inside a quotation, the object of a
verb ("told the BBC") or a body merely named near a quotation is never a speaker; nor is a person
the quotation itself names, when read from a pronoun, a description or the passage (people speak
of others by name, of themselves as "I").
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from ...model import Evidence
from ..nlp import Paragraph, definite
from ...text.names import HONORIFICS, party_of
from ...text.quotes import quote_spans, uses_single_marks
from .lexicon import (
    MEMBER_NOUNS,
    ORG_DESCRIPTIONS,
    REPORTING_VERBS,
    ROLE_HEADS,
    SPOKES_NOUNS,
    TOPIC_PREPS,
    mapping,
    words,
)
from .mentions import DEMONYM_NOUNS, PERSON_NOUNS, MentionTable, WorkMention, person_sexes

__all__ = ["FoundQuote", "find_quotations", "read_quotations", "is_reporting", "speaker_of_subject"]

MIN_WORDS = 6

#: Spokespeople who speak for the body the passage is about even when it goes unnamed
#: ("a spokesman said"); "a source" or "a representative" speak for a body only when it is named.
GENERIC_SPOKES = words("generic_spokes_nouns")
#: Nouns of what someone says ("That was the verdict of Jane Roe"): the one after "of" speaks.
VERDICT_NOUNS = words("verdict_nouns")
#: Documents whose author is the speaker of what they say ("the report says").
DOCUMENT_NOUNS = words("document_nouns")
#: Documents of a dispute ("the lawsuit", "the ruling"): the body the passage is about may be the one
#: it is against, so they speak only for an author named with them.
COURT_DOCUMENT_NOUNS = words("court_document_nouns")
#: Verbs of perceiving or recording someone doing something: their object speaks ("showed X telling").
PERCEPTION_VERBS = words("perception_verbs")
#: Honorifics that tell a person's sex, for "he" and "she".
SEXED_HONORIFICS = mapping("sexed_honorifics")
#: How far back (in paragraphs) "it", "the firm" or a bare spokesperson may look for their body.
ORG_REACH = 3
#: How far back "he"/"she" may look for the person the passage is about.
PERSON_REACH = 6

_SUBJ = ("nsubj", "nsubjpass")
#: Pronouns that are not subjects, with the sex they tell: they keep a person the centre of a passage.
_OBLIQUE_PRONOUNS = {"his": "m", "him": "m", "her": "f"}
#: Words for a person that say nothing of who they are: "the man said" may be anyone.
_ANONYMOUS = words("anonymous_person_nouns")
#: A person of a nation ("the Dutchman", "the Australian"), one person: not the plural ("the Dutch", "Scots").
_DEMONYM_PERSON = frozenset(w for w in DEMONYM_NOUNS if not w.endswith("men") and not (w.endswith("s") and w[:-1] in DEMONYM_NOUNS))
_AGE = re.compile(r"^\d+-year-old$|^\d+-?year-?old$")
#: Nouns for people taken together whose members an "of" phrase names ("a group of five MPs").
PEOPLE_COLLECTIVE = words("people_collective_nouns")
#: Determiners that introduce someone not named before ("a broker", "one broker", "another analyst").
_INDEFINITE = frozenset({"a", "an", "one", "another"})


@dataclass
class FoundQuote:
    start: int  # global offsets of the quoted text
    end: int
    text: str
    speaker: int | None  # mention index
    verb: str | None
    evidence: Evidence
    para: int
    tok: tuple[int, int]  # token range inside the paragraph doc


# ---------------------------------------------------------------- stateless helpers


def _clean_bounds(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and (text[s].isspace() or text[s] in "“”\"'„«»`"):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",”\"“«»`"):
        e -= 1
    return s, e


def _mention_in(table: MentionTable, para: int, tokens, named_only: bool = False) -> int | None:
    """The first mention at one of ``tokens``; ``named_only``: none the mention table set aside as no
    entity ("TV" in "the TV host": a modifier, not who the phrase is)."""
    for t in tokens:
        j = table.at(para, t.i)
        if j is not None and not (named_only and table.items[j].kind == "ignored"):
            return j
    return None


def _last_org_before(table: MentionTable, pos: int) -> int | None:
    best = None
    for i, m in enumerate(table.items):
        if m.start < pos and m.type == "Organization" and m.kind in ("name",) and not m.plural:
            if best is None or m.start > table.items[best].start:
                best = i
    return best


def _is_spokes(t: Token) -> bool:
    return t.lemma_.lower() in SPOKES_NOUNS or t.lower_ in SPOKES_NOUNS


def _noun_sex(word: str) -> str | None:
    """The sex a person noun states ("spokeswoman", "Dutchman"): "f", "m", or None ("spokesperson")."""
    return "f" if word.endswith("woman") else "m" if word.endswith("man") else None


def _named_apposition(table: MentionTable, para: int, head: Token) -> int | None:
    """A person's name in apposition to a noun ("its spokeswoman, Jane Roe"), or to the body that
    follows it ("a spokesman for Acme, Jane Roe,")."""
    heads = [head] + [o for p in head.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    for c in (c for h in heads for c in h.children):
        if c.dep_ == "appos":
            j = table.at(para, c.i)
            if j is not None and table.items[j].kind == "name" and table.items[j].type == "Person":
                return j
    return None


def _owner(table: MentionTable, para: Paragraph, head: Token) -> tuple[int | None, bool, str | None]:
    """(mention, found, how) of the body a spokesperson or a document belongs to: "for/at/from/by/of
    X", "X's", "the X report". ``found`` is False when the phrase names no owner at all; ``how``
    is the kind of the mention that names it ("name", "description") or "pronoun" for "for it"."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in ("for", "at", "from", "by", "of", "with"):
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    j = table.at(para.index, obj.i)
                    if j is None:
                        j = _mention_in(table, para.index, [t for t in obj.subtree if t.dep_ in ("compound", "poss")])
                    if obj.lower_ in ("it", "them"):
                        k = _last_org_before(table, para.offset + obj.idx)
                        return (table.resolved(k) if k is not None else None), True, "pronoun"
                    r = table.resolved(j) if j is not None else None
                    if r is None or table.items[r].type not in ("Organization", "Place", "Person") or (
                            table.items[r].type == "Person" and table.items[j].kind != "name"):
                        return None, True, "unknown"  # "a spokeswoman for the Information Commissioner's Office"
                    return r, True, table.items[j].kind if table.items[j].kind != "description" else f"description:{table.items[j].category or ''}"
    # not the phrase's own description ("a Department for Media, Culture and Sport spokeswoman", read
    # whole as one person): the body named inside it
    own = table.at(para.index, head.i)
    mods = [t for t in head.subtree if t.i < head.i and t.dep_ in ("poss", "compound", "nmod", "amod")
            and (own is None or table.at(para.index, t.i) != own)]
    j = _mention_in(table, para.index, reversed(mods))
    if j is not None:
        r = table.resolved(j)
        if r is not None and table.items[r].type in ("Organization", "Person"):
            return r, True, table.items[j].kind if table.items[j].kind != "description" else f"description:{table.items[j].category or ''}"
    return None, False, None


def _speaks_in(table: MentionTable, para: Paragraph, t: Token, head: Token) -> bool:
    """Whether a name inside a subject phrase can be who speaks: not one in what the phrase is
    about ("a study of Y's staff found", "a report on Y said"), nor a person whose associate,
    lawyer or friend the head is ("his closest associate has told the court": the associate
    speaks, not he)."""
    if t.dep_ == "poss" and t.head.i == head.i and head.lemma_.lower() in PERSON_NOUNS:
        j = table.at(para.index, t.i)
        if j is not None and table.items[j].type == "Person":
            return False
    node = t
    while node.i != head.i and node.head.i != node.i:
        if node.dep_ == "prep":  # the nearest preposition decides
            return node.lower_ not in TOPIC_PREPS
        node = node.head
    return True


def speaker_of_subject(table: MentionTable, para: Paragraph, subj: Token) -> int | None:
    """The mention a subject phrase refers to (spokespeople resolved to their organisation).

    Stateless: pronouns and descriptions follow the mention table's own resolution. The
    quotation reader below resolves them by the passage instead."""
    head = subj
    if _is_spokes(head):
        named = _named_apposition(table, para.index, head)
        if named is not None:
            return table.resolved(named)
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in ("for", "at", "from"):
                for obj in prep.children:
                    if obj.dep_ == "pobj" and obj.lower_ in ("it", "them"):
                        k = _last_org_before(table, para.offset + obj.idx)
                        if k is not None:
                            return table.resolved(k)
        owner, _, _ = _owner(table, para, head)
        if owner is not None and table.items[owner].type == "Organization":
            return owner
        return None
    j = table.at(para.index, head.i)
    if j is None:
        # the head noun may sit outside the mention span: look through the phrase
        j = _mention_in(table, para.index, [t for t in head.subtree if (t.dep_ in ("compound", "poss", "appos", "nsubj") or t.i == head.i)
                                            and _speaks_in(table, para, t, head)])
    if j is None:
        return None
    m = table.items[j]
    if m.key in SPOKES_NOUNS and m.role_org is not None:
        return table.resolved(m.role_org)
    if m.kind == "description":
        # "the French statistics agency, INSEE, said": the name beside the description says which body it is
        for c in head.children:
            k = table.at(para.index, c.i) if c.dep_ == "appos" else None
            if k is not None and table.items[k].kind == "name" and table.items[k].type == m.type:
                return table.resolved(k)
    return table.resolved(j)


def is_reporting(t: Token) -> bool:
    """A verb that introduces speech or a report ("said", "told", "warned"); also one the tagger read
    as a noun where a sentence needs its verb ('"...," a council statement read.': "read" the root,
    with a subject of its own, which no noun has)."""
    if t.pos_ == "NOUN" and t.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in t.children):
        return t.lower_ in REPORTING_VERBS
    return t.pos_ in ("VERB", "AUX") and (t.lemma_.lower() in REPORTING_VERBS or t.lower_ in REPORTING_VERBS)


def _left_subject(verb: Token, outside) -> Token | None:
    """The noun phrase right before a verb the parser left without a subject ("a spokesman for it said")."""
    if verb.i == 0:
        return None
    t = verb.doc[verb.i - 1]
    if outside(t) and _age_word(t):
        return t  # '"...," the 73-year-old said', the parser's "said" a noun with no subject
    if t.text == "," and outside(t) and t.head.i < t.i and t.head.pos_ in ("NOUN", "PROPN") and outside(t.head) \
            and (t.head.dep_ == "appos" or any(c.dep_ == "appos" and c.pos_ == "PROPN" and c.right_edge.i == t.i - 1
                                               for c in t.head.children)):
        # "..., Jane Roe, leader of the group, said:": the comma closes an apposition the parser hung
        # on a noun before the name; the name it hangs on is who speaks; "his lawyer, Jane Roe, told
        # the BBC" (the phrase read as joined to a noun before it): the noun the name is set beside
        t = t.head
    elif t.text == "," and outside(t):
        named = _name_before_aside(verb, t, outside)
        if named is not None:
            return named
    if not outside(t) or t.pos_ not in ("NOUN", "PROPN", "PRON") or t.dep_ in ("dobj", "pobj") and t.head.i > verb.i:
        return None
    name = t
    for _ in range(4):
        if t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.head.pos_ in ("NOUN", "PROPN"):
            t = t.head.head
        else:
            break
    if t is not name and name.pos_ == "PROPN" and t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.head.i == verb.i:
        # "In a speech to the Acme Centre Mr Roe said": the phrase the name closes is an adverbial of the
        # verb (its head hangs on the verb), not a subject; the name right before the verb is
        return name
    return t


def _name_before_aside(verb: Token, comma: Token, outside) -> Token | None:
    """'"...," Jane Roe, the group's head of policy, said.': a name right after the quotation, then an
    aside set off by commas, then the verb that closes the sentence (the parser may hang the name on a
    word of the quotation and leave the verb with no subject): the name is the subject."""
    doc = verb.doc
    if verb.tag_ not in ("VBD", "VBZ") or any(c.dep_ in _SUBJ for c in verb.children):
        return None
    after = verb.i + 1
    if after < len(doc) and not (doc[after].is_punct and doc[after].text in (".", "!", "?")):
        return None  # the verb closes the sentence
    k = comma.i - 1
    while k >= 0 and comma.i - k <= 12 and doc[k].text != "," and outside(doc[k]) and doc[k].text not in _MARKS \
            and doc[k].pos_ not in ("VERB", "AUX"):
        k -= 1
    if k < 1 or doc[k].text != "," or k == comma.i - 1:
        return None
    name = doc[k - 1]
    j = k - 1
    while j >= 0 and doc[j].pos_ == "PROPN" and outside(doc[j]):
        j -= 1
    if name.pos_ != "PROPN" or j == k - 1 or j < 0 or not (doc[j].text in _MARKS or doc[j].text == ","):
        return None
    return name


def _stray_subject(verb: Token, outside) -> Token | None:
    """A proper noun the parser hung on a finite verb with no subject as a loose modifier ("Jane Roe,
    from the league, said ...", Roe read as an adverbial noun): the verb's subject."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or any(c.dep_ in _SUBJ for c in verb.children):
        return None
    for c in verb.children:
        if c.i < verb.i and c.dep_ in ("npadvmod", "dep", "nmod") and c.pos_ == "PROPN" and outside(c):
            return c
    return None


def _hyphened(t: Token) -> bool:
    """A word joined to the one before it by a hyphen ("of" in "mother-of-two"): part of a compound
    word, not a phrase of its own."""
    doc = t.doc
    return t.i >= 2 and doc[t.i - 1].text == "-" and not doc[t.i - 1].whitespace_ and not doc[t.i - 2].whitespace_


def _age_word(t: Token) -> bool:
    """"old" of "the 73-year-old": an age standing for a person."""
    return t.lower_ == "old" and any(c.lower_ in ("year", "years") and c.i < t.i for c in t.children)


def _quoted_as_saying(verb: Token, outside) -> Token | None:
    """"Reuters quoted X as saying": X, the object of "quote"."""
    if verb.lemma_.lower() == "quote":
        objs = [c for c in verb.children if c.dep_ == "dobj" and outside(c)]
        if objs:
            return objs[0]
    return None


def _agent(verb: Token, outside) -> Token | None:
    """'It was described by Jane Roe as "..."': a passive reporting verb's speaker is its agent (the
    object of "by"), not its subject, which is what was said or whom it was said of."""
    if not any(c.dep_ == "nsubjpass" for c in verb.children) and verb.tag_ != "VBN" or verb.lemma_.lower() == "quote":
        return None  # ("Roe was quoted by the agency as saying": Roe speaks, the agency reports)
    for c in verb.children:
        if c.dep_ == "agent" and outside(c):
            objs = [o for o in c.children if o.dep_ == "pobj" and outside(o)]
            if objs:
                return objs[0]
    return None


def _subject(verb: Token, outside) -> Token | None:
    """The subject of a reporting verb: its own; for a participle, gerund or infinitive
    ("..., adding", "by noting", "went on to say"), the subject of the reporting verb above it,
    else of the verb it hangs on."""
    quoted = _quoted_as_saying(verb, outside)
    if quoted is not None:
        return quoted
    agent = _agent(verb, outside)
    if agent is not None:
        return agent
    own = [c for c in verb.children if c.dep_ in _SUBJ and outside(c)]
    if own:
        return _relative(verb, own[0], outside)
    if verb.tag_ in ("VBG", "VBN", "VB"):
        node = verb
        for _ in range(5):
            if node.head.i == node.i:
                break
            node = node.head
            if is_reporting(node) and outside(node):
                subs = [c for c in node.children if c.dep_ in _SUBJ and outside(c)]
                found = _quoted_as_saying(node, outside)
                if found is None:
                    found = _relative(node, subs[0], outside) if subs else _left_subject(node, outside)
                if found is not None:
                    return found
                break
    node = verb
    for _ in range(6):
        if node is not verb and verb.tag_ == "VBG" and node.lemma_.lower() in PERCEPTION_VERBS:
            # "the film showed Jane Roe, ..., telling the meeting:": the one shown speaks
            seen = [c for c in node.children if c.dep_ == "dobj" and c.i < verb.i and outside(c)]
            if seen:
                return seen[0]
        own = [c for c in node.children if c.dep_ in _SUBJ and outside(c)]
        if own:
            return _relative(node, own[0], outside)
        if node is not verb:
            quoted = _quoted_as_saying(node, outside)
            if quoted is not None:
                return quoted
        if node.tag_ in ("VBD", "VBZ", "VBP") and is_reporting(node):
            left = _stray_subject(node, outside) or _left_subject(node, outside)  # a finite verb the parser left without its subject
            if left is not None:
                return left
        if node.dep_ in ("conj", "xcomp", "advcl", "pcomp", "prep", "parataxis", "acomp") and node.head.i != node.i:
            node = node.head
            continue
        break
    asker = _participle_subject(verb, outside)
    if asker is not None:
        return asker
    return _left_subject(verb, outside)


def _participle_subject(verb: Token, outside) -> Token | None:
    """'Writer Jane Roe, from Eastby, asked of the war: "..."': a reporting verb the parser read as a
    participle hung on the name before it ("the name, asked ..."), whose clause ends in a colon that
    brings in the quotation: the name is who speaks (a participle with an agent is a passive and
    says nothing of who speaks)."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD") or verb.head.pos_ != "PROPN" or not outside(verb.head):
        return None
    if any(c.dep_ == "agent" for c in verb.children):
        return None
    doc = verb.doc
    for k in range(verb.i + 1, min(verb.i + 10, len(doc))):
        if doc[k].text == ":":
            return verb.head
        if not outside(doc[k]) or doc[k].text in (".", ";", "!", "?"):
            return None
    return None


def _relative(verb: Token, subj: Token, outside) -> Token:
    """"Jane Roe, who told the BBC: ...": the relative pronoun stands for the noun it follows."""
    if subj.lower_ in ("who", "that") and verb.dep_ == "relcl" and outside(verb.head):
        k = subj.i - 1 - (subj.i > 0 and subj.doc[subj.i - 1].text == ",")
        before = subj.doc[k] if k >= 0 else None
        if subj.lower_ == "who" and before is not None and before.pos_ in ("PROPN", "NOUN") and outside(before):
            return before  # "labelled a misjudgement by the Tories who said": "who" follows the one it means
        return verb.head
    return subj


def _according_to(sent: Span | list[Token], outside) -> tuple[Token, Token] | None:
    """("according", X) for "according to X" outside the quotation (``sent``: a sentence, or its
    tokens from the paragraph's token list)."""
    for t in sent:
        if t.lower_ == "according" and outside(t) and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "to":
            objs = [c for c in t.doc[t.i + 1].children if c.dep_ == "pobj"] or [c for c in t.children if c.dep_ == "pobj"]
            if objs and outside(objs[0]):
                return t, objs[0]
    return None


#: The party letter of a US affiliation in brackets ("Jane Roe (R-Calif.)").
_AFFILIATION_PARTY = {"R-": "republican party", "D-": "democratic party"}

#: Words for whoever leads a body, whatever the post is called ("the Acme boss" after "Acme manager Jane Roe").
_ANY_HEAD = frozenset({"boss", "chief", "head", "lead"})
_MARKS = frozenset('"“”‘’\'«»„`')
#: Reporting verbs whose object is the one spoken to ("told Jane Roe"), never an inverted speaker.
_HEARER_VERBS = frozenset({"tell", "ask", "warn", "urge", "remind", "assure", "advise"}) | words("inform_verbs")


def _adjacent_verb(doc: Doc, a: int, b: int, quoted) -> Token | None:
    """A reporting verb written next to the quotation, with at most a short subject between:
    '"...," said X', '"...?" X asked', 'X said: "..."'."""
    k = b
    while k < len(doc) and k - b < 3 and (doc[k].text in _MARKS or doc[k].text == ","):
        k += 1
    if b < k < len(doc) and not (doc[b - 1].text == "." and not doc[k].text[:1].islower()):
        for j in range(k, min(k + 7, len(doc))):
            t = doc[j]
            if quoted(t) or (t.is_punct and t.text not in ("-", "'", "’")):
                break
            if t.pos_ in ("VERB", "AUX"):
                # a verb with a clause of its own ('"...?" Jane Roe said she would ...') opens a new sentence
                if is_reporting(t) and t.tag_ in ("VBD", "VBZ", "VBP") and not any(
                        c.dep_ in ("ccomp", "xcomp") and c.i > t.i and not quoted(c) for c in t.children):
                    return t
                if j == k and _quotative_inversion(doc, t, quoted):
                    return t
                break
    k = a - 1
    while k >= 0 and a - k <= 3 and doc[k].text in _MARKS:
        k -= 1
    if k >= 0 and doc[k].text in (":", ","):
        for j in range(k - 1, max(k - 4, -1), -1):
            t = doc[j]
            if quoted(t) or t.is_punct:
                break
            if is_reporting(t):
                return t
    return None


def _quotative_inversion(doc: Doc, verb: Token, quoted) -> bool:
    """'"...," laughs Jane Roe.': a finite verb right after a quotation, followed by a person's name
    that ends the sentence, is a quotative whatever the verb (English inverts subject and verb only
    after a quotation); so is one followed by an indefinite description of a person ('"...," smiles
    one broker.'), who is someone the article does not name."""
    if verb.tag_ not in ("VBD", "VBZ") or verb.i + 1 >= len(doc):
        return False
    k = verb.i + 1
    if doc[k].lower_ in _INDEFINITE and not quoted(doc[k]):
        end = k + 1
        while end < len(doc) and not quoted(doc[end]) and (doc[end].pos_ in ("ADJ", "NOUN", "PROPN") or doc[end].text == "-"):
            end += 1
        last = doc[end - 1]
        noun = last.lemma_.lower()
        return end > k + 1 and last.pos_ == "NOUN" and (noun in PERSON_NOUNS or noun in MEMBER_NOUNS or noun in _ANONYMOUS) \
            and (end == len(doc) or doc[end].text in (".", ",", ";", "!"))
    while k < len(doc) and not quoted(doc[k]) and (doc[k].pos_ == "PROPN" or doc[k].text in ("-", "'", "’")):
        k += 1
    return k > verb.i + 1 and doc[k - 1].pos_ == "PROPN" and (k == len(doc) or doc[k].text in (".", ",", ";", "!"))


def _attribution(doc: Doc | list[Token], a: int, b: int, quoted) -> tuple[Token | None, Token | None]:
    """(reporting verb, subject) for the quotation occupying tokens [a, b); ``quoted(t)`` tells
    tokens inside any quotation of the paragraph. ``doc``: the paragraph's token list serves as
    its Doc here and in the helpers, which read single tokens only."""

    def outside(t: Token) -> bool:
        return not (a <= t.i < b)

    # 0. the reporting clause right next to the quotation: '"...," said X', '"...," X said',
    #    'X said: "..."'
    verb = _adjacent_verb(doc, a, b, quoted)
    if verb is not None:
        return verb, _subject(verb, outside)
    # 1. a reporting verb outside the quotation that governs a token inside it
    def introduces_next(v: Token) -> bool:
        # '"...?" Acme's chief, Jane Roe, added: "..."': a verb after the quotation whose clause ends in a
        # colon before another quotation brings in that one, not this
        if v.i < b:
            return False
        for k in range(v.i + 1, min(v.i + 7, len(doc))):
            if doc[k].text == ":":
                return k + 1 < len(doc) and (doc[k + 1].text in _MARKS or quoted(doc[k + 1]))
            if quoted(doc[k]) or doc[k].is_punct and doc[k].text not in (",", "-", "'", "’"):
                return False
        return False

    for t in doc[a:b]:
        h = t.head
        steps = 0
        while outside(h) is False and h.head.i != h.i and steps < 50:
            h = h.head
            steps += 1
        if not outside(h) or quoted(h):
            continue
        node = h
        for _ in range(6):
            if is_reporting(node) and not quoted(node):
                if introduces_next(node):
                    break
                return node, _subject(node, outside)
            if node.head.i == node.i:
                break
            node = node.head
    # 2. the nearest reporting verb in the sentence where the quotation opens or closes
    first = doc[a].sent if a < len(doc) else None
    last = doc[b - 1].sent if b - 1 < len(doc) else None
    best = None
    for sent in [s for s in (last, first) if s is not None]:
        for t in sent:
            if outside(t) and not quoted(t) and is_reporting(t) and not introduces_next(t):
                dist = min(abs(t.i - a), abs(t.i - b))
                if best is None or dist < best[0]:
                    best = (dist, t)
        if best:
            break
    if best:
        return best[1], _subject(best[1], outside)
    # 3. "according to X"
    for sent in [s for s in (first, last) if s is not None]:
        src = _according_to(sent, lambda t: outside(t) and not quoted(t))
        if src is not None:
            return src
    return None, None


def _sentence_bounds(doc: Doc, a: int, b: int) -> Span:
    first = doc[a].sent.start if a < len(doc) else 0
    last = doc[max(a, b - 1)].sent.end if b - 1 < len(doc) else len(doc)
    return doc[first:last]


# ---------------------------------------------------------------- the passage


@dataclass
class _Ref:
    """Someone a sentence is about: a person, or a body ("it"), with how prominent they are."""

    rank: int  # 0: main-clause subject or speaker; 1: other subject, possessor; 2: named elsewhere
    pos: int  # global char offset
    idx: int | None  # resolved mention; None for a speaker the mention table missed
    kind: str  # "person" or "body"
    sex: str | None = None  # known from the noun ("spokeswoman")
    pronoun: bool = False  # a possessive or object pronoun's reading: it tells who, not what kind, is near


@dataclass
class _Sentence:
    """What a sentence tells the quotations and pronouns after it."""

    para: int
    start: int  # global char offsets
    end: int
    main: int | None = None  # resolved mention of its (last) main-clause subject
    reported: int | None = None  # resolved speaker of a reporting verb outside quotations
    colon: bool = False  # ends with a colon outside quotations
    inside: bool = False  # lies wholly inside quotation marks
    quotes: list[int] = field(default_factory=list)  # indexes into the found quotations
    refs: list[_Ref] = field(default_factory=list)
    document: bool = False  # a document is a subject in it ("The minutes of the meeting show ..."): it may speak next


class _Reader:
    def __init__(self, article_id: str, paragraphs: list[Paragraph], table: MentionTable):
        self.article_id = article_id
        self.paras = paragraphs
        self.table = table
        self.sex: dict[int, str] = {}
        self.resolved: dict[tuple[int, int], int | None] = {}
        self.sentences: list[_Sentence] = []
        self.found: list[FoundQuote] = []
        self.left_open: list[bool] = []  # per found quotation: ran into the next one
        self.raw_end: list[int] = []  # per found quotation: global offset where its marks end
        self.roles: list[tuple[int, set[str], int]] = []  # (offset, title words, person), in text order
        self.ages: dict[str, int] = {}  # the person each age description ("the 28-year-old") was first read as
        self.title_heads: list[tuple[int, str]] = []  # (offset, last word of a title written before a name)
        # unnamed speakers made while reading ("one leading broker said"): (offset, noun, plural, mention),
        # each mention appended to the table after its first ``named`` items and kept only if it speaks
        self.unnamed: list[tuple[int, str, bool, int]] = []
        self.unnamed_at: dict[tuple[int, int], int | None] = {}
        self.varied: dict[frozenset[str], int] = {}  # a bare office ("the chancellor") read as the person before it
        self.named = len(table.items)
        self.short: list[tuple[int, int, Span]] = []  # the paragraph's quotations too short to keep: (start, end, tokens)
        self.singles = uses_single_marks("\n".join(p.text for p in paragraphs))
        docs = {p.index: p.view for p in paragraphs}
        for i, m in enumerate(table.items):
            if m.kind == "name" and m.type == "Person":
                before = _title_before(docs[m.para], m.tok) if m.para in docs else []
                k = table.at(m.para, m.tok[0] - 1) if len(before) == 1 and m.tok[0] >= 1 else None
                if k is not None and k != i and table.items[k].kind == "name" and table.items[k].type == "Place":
                    before = []  # "the deal with Tanzania Mr Roe said": a place the parser hung on the name is no title
                k = table.at(m.para, m.tok[0] - 1) if before and m.tok[0] >= 1 else None
                if k is not None and k != i and table.items[k].kind == "name" and table.items[k].type in ("Organization", "Place") \
                        and table.items[k].tok[1] == m.tok[0]:
                    before = []  # "a speech to the Foreign Policy Centre Mr Roe said": a body's name ending right before his is no title
                title = _title_words(m.role or "") + before
                if title:
                    self.roles.append((m.start, set(title), i))
                    self.title_heads.append((m.start, title[-1]))
                low = [w.lower().strip(".") for w in m.text.split()]
                sexes = [SEXED_HONORIFICS[w] for w in low if w in SEXED_HONORIFICS]
                if sexes:
                    self.sex.setdefault(i, sexes[0])
            elif m.kind == "description" and m.type == "Person" and m.rule == "role-title" and m.antecedent is not None:
                # a title the article gives someone before naming them ("Chancellor rallies voters")
                r = table.resolved(i)
                if r is not None and table.items[r].kind == "name" and table.items[r].type == "Person" and _title_words(m.role or ""):
                    self.roles.append((m.start, set(_title_words(m.role or "")), r))
        self.roles.sort(key=lambda x: x[0])
        #: people whose sex only their given name tells: a guess from one country's names ("Kim", "Tama")
        self.guessed: set[int] = set()
        for r, s in person_sexes(table).items():
            # a given name mostly given to one sex ("Jane Roe") tells it too, before any pronoun
            # resolved to the person ("her son said he was innocent") can guess it wrong
            if r not in self.sex:
                self.guessed.add(r)
            self.sex.setdefault(r, s)

    # -- who the passage is about ---------------------------------------------

    def _sex_of(self, idx: int, sure: bool = False) -> str | None:
        """The sex the article tells of a person; ``sure``: not from the given name alone."""
        key = self.table.items[idx].key
        for j, s in self.sex.items():
            if sure and j in self.guessed:
                continue
            k = self.table.items[j].key
            r = self.table.resolved(j)
            if r not in (j, idx) and len(key.split()) >= 2 and self.table.items[r].key != key:
                continue  # "Mr Roe" the article joined to Tom Roe tells nothing of Jane Roe, his mother
            if j == idx or k == key or (len(key.split()) == 1 and k.split()[-1:] == [key]) or (len(k.split()) == 1 and key.split()[-1:] == [k]):
                return s
        return None

    def _add_ref(self, rank: int, pos: int, idx: int | None, kind: str | None = None, sex: str | None = None,
                 pronoun: bool = False) -> None:
        """Record that the current sentence is about ``idx``."""
        if not self.sentences:
            return
        if kind is None:
            if idx is None:
                return
            m = self.table.items[idx]
            if m.type == "Person" and (m.kind == "name" or m.kind == "unnamed" and not m.plural):
                kind = "person"
            elif m.type == "Organization" and not m.plural and m.kind in ("name", "group"):
                kind = "body"
            else:
                return
        self.sentences[-1].refs.append(_Ref(rank, pos, idx, kind, sex, pronoun))

    def _centre(self, kind: str, para: int, pos: int, sex: str | None = None, accept=None,
                skip: frozenset[int] = frozenset(), strict: bool = False) -> tuple[bool, int | None]:
        """(found, mention) of the person or body a pronoun at ``pos`` most likely means: in the
        nearest sentence (this one up to ``pos``, then back) that names one who fits, the most
        prominent. ``found`` is False when no sentence within reach names one. ``skip``: offsets
        a pronoun cannot refer to (names in the clause it governs). ``strict``: a sentence whose most
        prominent referent is of the other kind ("it" after a sentence about a person) gives nobody."""
        reach = PERSON_REACH if kind == "person" else ORG_REACH
        held = None  # a body the nearest sentence names only in passing
        for sent in reversed(self.sentences):
            if para - sent.para > reach:
                break
            if strict:
                near = [r for r in sent.refs if r.pos < pos and r.pos not in skip and not r.pronoun]
                best = min(near, key=lambda r: (r.rank, r.pos, r.kind != kind)) if near else None
                # a person named in passing ("sold to 30 customers such as Jane Roe") does not make the sentence about them
                if best is not None and best.kind != kind and best.rank <= 1 and (best.idx is None or self.table.items[best.idx].type == "Person"):
                    return True, None
            refs = [r for r in sent.refs if r.kind == kind and r.pos < pos and r.pos not in skip]
            fits = []
            for r in refs:
                if r.idx is None:
                    fits.append(r)
                    continue
                other = r.sex or (self._sex_of(r.idx) if self.table.items[r.idx].type == "Person" else None)
                if (sex is None or other is None or other == sex) and (accept is None or accept(r.idx)):
                    fits.append(r)
            guessed = []
            if kind == "person" and sex is not None and accept is None:
                # the person the sentence is about, whose sex only a given name guessed ("Kim Collins ran
                # in the final. "...," he said"): a guess from one country's names does not outweigh
                # being the subject (it still decides between people of the same rank)
                guessed = [r for r in refs if r.rank == 0 and r.idx is not None and not r.pronoun and r.sex is None and r not in fits
                           and self.table.items[r.idx].type == "Person" and self._sex_of(r.idx, sure=True) is None]
            if held is not None:
                # the body the sentence before is about, over one named in passing after it
                best = min(fits, key=lambda r: (r.rank, r.pos)) if fits else None
                return True, (best.idx if best is not None and best.rank == 0 else held.idx)
            if fits or guessed:
                best = min(fits + guessed, key=lambda r: (r.rank, r in guessed, self._unsexed(r, sex), r.pos))
                if best.rank >= 2 and kind == "body" and not strict:
                    held = best
                    continue
                return True, best.idx
        if held is not None:
            return True, held.idx
        return False, None

    def _unsexed(self, r: _Ref, sex: str | None) -> bool:
        """``r`` is a person of whom the article tells no sex, for a pronoun that tells one: between
        people of the same rank, "he" means the one the article made a man before ("St Helens have
        been linked with Sam Reed, and Vale said he would love him to come. '...,' he said": Vale),
        not a name the tagger made a person of whom nothing is known."""
        if sex is None or r.idx is None or r.sex is not None or self.table.items[r.idx].type != "Person":
            return False
        return self._sex_of(r.idx) is None

    def _of_category(self, how: str | None):
        """A test that a body is of the kind a description names ("the club", "the bank")."""
        want = (how or "").partition(":")[2] or None
        return lambda k: want is None or self.table.items[k].category in (None, want)

    def _person(self, para: int, pos: int, sex: str | None = None, skip: frozenset[int] = frozenset()) -> int | None:
        return self._centre("person", para, pos, sex, skip=skip)[1]

    def _body(self, para: int, pos: int, fallback: int | None = None, accept=None) -> int | None:
        """The body "it" means, else ``fallback`` (unless it is a body the table missed)."""
        found, idx = self._centre("body", para, pos, accept=accept)
        return idx if found else fallback

    # -- who a subject is -----------------------------------------------------

    def described(self) -> dict[tuple[int, int], int | None]:
        """The subjects read so far that describe a person, not name one, each with the person the
        passage made of it: a common noun ("the striker", "the Acme boss", "the 28-year-old") or
        a demonym ("the Frenchman"), never a pronoun, a spokesperson or a name. None (nobody) for a
        demonym that fits no one (everyone near was given another nation) and for a description
        under a verb whose subject is the person the passage is about ("Roe claims the champion ...")."""
        docs = {p.index: p.view for p in self.paras}
        out = {}
        for (para, i), who in self.resolved.items():
            if para not in docs:
                continue
            if who is None:
                if docs[para][i].lower_ in _DEMONYM_PERSON:
                    out[(para, i)] = None  # "the Swede" after "Danish Jane Roe": nobody, rather than her
                continue
            tok, w = docs[para][i], self.table.items[who]
            if w.type != "Person" or w.kind != "name" or tok.pos_ == "PRON" or tok.tag_ == "PRP" or _is_spokes(tok):
                continue
            j = self.table.at(para, i)
            if j is not None and self.table.items[j].kind in ("name", "group", "pronoun"):
                continue
            if not (tok.pos_ == "NOUN" and (tok.lemma_.lower() in PERSON_NOUNS or tok.lemma_.lower() in MEMBER_NOUNS)
                    or tok.lower_ in _DEMONYM_PERSON or _age_word(tok)):
                continue  # ("his statement said": a document speaks for its author, it is not them)
            if tok.pos_ == "NOUN":
                # "striker Jane Roe ... the former Acme striker": the one person the article gave the
                # description's noun as a title, over whoever else the passage is about
                start = next(p.offset for p in self.paras if p.index == para) + tok.idx
                holders = {self.table.resolved(idx) for p_, w, idx in self.roles if p_ < start and tok.lemma_.lower() in w}
                if len(holders) == 1:
                    who = holders.pop()
            if self._named_beside(docs[para], para, tok, who):
                out[(para, i)] = None  # nor the person the mention table may have read it as by recency
                continue
            out[(para, i)] = who
        return out

    def _named_beside(self, doc: Doc, para: int, tok: Token, who: int) -> bool:
        """Whether the person a description was read as is named after it in its sentence, outside its
        phrase ("the chancellor said Mr Roe was never there"), or is the subject of a verb the
        description's clause hangs on ("Roe claims the former champion has no case"): then the
        description is someone else (of Roe the writer would say "he"); "he argued with Roe when the
        Australian ..." may be Roe."""
        governing = {a.i for a in tok.ancestors if a.pos_ in ("VERB", "AUX")}
        # (its own words before it, and a name set beside it: not a name in a phrase after it,
        # "the minister at the centre of the Jane Roe row")
        phrase = set(range(tok.left_edge.i, tok.i + 1)) | {t.i for c in tok.children if c.dep_ == "appos" for t in c.subtree}
        if tok.dep_ == "appos":
            phrase |= {t.i for t in tok.head.subtree}
        k = self.table.at(para, tok.i + 1) if tok.i + 1 < len(doc) else None
        if k is not None and self.table.items[k].tok[0] == tok.i + 1:
            phrase |= set(range(*self.table.items[k].tok))  # "their former coach Jane Roe": the name the noun is
        for t in doc[tok.i + 1 : tok.sent.end]:
            k = self.table.at(para, t.i) if t.i not in phrase else None
            if k is not None and self.table.items[k].kind == "name" and self.table.resolved(k) == who:
                return True  # "the chancellor said Mr Roe was never there": Roe is someone else
        for t in doc[tok.sent.start : tok.i]:
            k = self.table.at(para, t.i)
            if k is None or self.table.items[k].kind != "name" or self.table.resolved(k) != who:
                continue
            head = t
            while head.dep_ in ("compound", "flat", "appos") and head.head.i != head.i:
                head = head.head
            if head.dep_ in _SUBJ and head.head.i in governing:
                return True
        return False

    def resolve(self, para: Paragraph, tok: Token) -> int | None:
        key = (para.index, tok.i)
        if key not in self.resolved:
            self.resolved[key] = self._resolve(para, tok)
        return self.resolved[key]

    def _owned_by(self, para: Paragraph, tok: Token, pos: int) -> int | None:
        """The body a spokesperson speaks for: named in the phrase, "its", or the passage's body."""
        table = self.table
        owner, found, how = _owner(table, para, tok)
        generic = tok.lemma_.lower() in GENERIC_SPOKES or tok.lower_ in GENERIC_SPOKES
        if found:
            if how == "unknown":
                return None
            if owner is not None and table.items[owner].type == "Person":
                # "the prime minister's spokesman": the person who holds that title, when the article says who
                if table.items[owner].kind != "name":
                    return self._described_possessor(para, tok)
                if (how or "").startswith("description"):
                    desc = _mention_in(table, para.index, [t for t in tok.subtree if t.dep_ == "poss"])
                    title = set(_title_words(table.items[desc].text)) if desc is not None else set()
                    held = [w for p_, w, idx in self.roles if table.resolved(idx) == owner]
                    if not any(_same_office(title, w) for w in held):
                        return None
                return owner
            if (how or "").startswith("description") or owner is None:
                if not generic:
                    return None  # "a source at the club": which club is a guess
                return self._body(para.index, pos, owner, accept=self._of_category(how))  # "a spokesman for the company"
            return owner
        j = table.at(para.index, tok.i)
        if j is not None and table.items[j].role_org is not None:
            return table.resolved(table.items[j].role_org)
        # "the prime minister's official spokesman", "a Jive spokeswoman" (the name read as no body):
        # the phrase names an owner the table does not know as a body, so the passage's body is a guess
        # ("a company spokesman" only says what kind of body: the passage's company)
        named = [t for t in tok.subtree if t.i < tok.i and t.dep_ in ("poss", "compound")
                 and (t.pos_ == "PROPN" or t.pos_ == "NOUN" and t.lemma_.lower() not in ORG_DESCRIPTIONS)]
        if named and not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in tok.children):
            return self._described_possessor(para, tok)
        if generic or any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in tok.children):
            return self._body(para.index, pos)
        return None  # "a source", "a representative": only with the body named

    def _described_possessor(self, para: Paragraph, tok: Token) -> int | None:
        """"the rapper's spokesman said": the person "the rapper" is, read as a subject would be (the
        named person the passage is about), when that is a person the article names; an office
        ("the minister's spokesman") is read by its holder elsewhere, so only a noun that is no title."""
        poss = [c for c in tok.children if c.dep_ == "poss" and c.pos_ == "NOUN" and definite(c)
                and not any(g.dep_ in ("compound", "amod", "poss") for g in c.children)]
        if not poss or poss[0].lemma_.lower() in ROLE_HEADS:
            return None
        who = self.resolve(para, poss[0])
        if who is None or self.table.items[who].type != "Person" or self.table.items[who].kind != "name":
            return None
        return who

    def _name_by_verb(self, para: Paragraph, verb: Token, a: int, b: int, quoted) -> int | None:
        """A speaker's name the parser did not make the subject of the reporting verb: written
        right before it ("..., George Roe, said:", "May said:" read as a modal), or after it in
        a reporting clause that follows the quotation ('"...," added Acme's Jane Roe')."""
        doc, table = para.view, self.table

        def name_at(k: int) -> int | None:
            j = table.at(para.index, k) if 0 <= k < len(doc) and not (a <= k < b) and not quoted(doc[k]) else None
            if j is None or table.items[j].kind != "name" or table.items[j].type not in ("Person", "Organization"):
                return None
            return table.resolved(j)

        k = verb.i - 1
        if k >= 0 and doc[k].text == "," and k - 1 >= 0 and table.at(para.index, k - 1) is not None:
            if doc[k - 1].dep_ == "pobj":
                return None  # "Jane Roe, apparently talking about Acme, telling the meeting": Acme is talked about
            clause = next((x for x in doc[k - 1].ancestors if x.dep_ == "relcl" and x.i < verb.i), None)
            if clause is not None and clause.head.i < clause.i:
                # "Ms Roe, who chairs the Acme Committee, says": the name the clause follows (the parser may hang
                # it on a noun before the name), not one in it
                lead = clause.left_edge.i - 1
                lead -= lead >= 0 and doc[lead].text == ","
                return _first(name_at(lead), name_at(clause.head.i))
            k -= 1  # "the shadow minister, Jane Roe, said"
        # not the object of a preposition: "the Labour MP for Eastby asked" (Eastby is where the MP sits)
        found = name_at(k) if k >= 0 and doc[k].dep_ != "pobj" else None
        if found is not None:
            return found
        if verb.i >= b:
            # '"...," Jane Roe, from the Acme Association (AA), told the BBC': the first person named
            # between the quotation and the verb
            # not a name inside a subject the reader took for a person it could not name ("the Eastby MP
            # told": Eastby is where the MP sits, not who speaks)
            unnamed = {t.i for c in verb.children if c.dep_ in _SUBJ and self._person_phrase(para, c) for t in c.subtree}
            between = [name_at(k) for k in range(b, verb.i) if k not in unnamed]
            between = [x for x in between if x is not None]
            persons = [x for x in between if table.items[x].type == "Person"]
            if persons or between:
                return (persons or between)[0]
            if any(not (t.is_punct or t.text in _MARKS) for t in doc[b:verb.i]) or verb.lemma_.lower() in ("tell", "inform"):
                return None  # words before the verb that name nobody; "told X": X is the listener
            # '"...," said the Eastby Rovers striker': a body named before the noun for a person that heads the
            # verb's subject says whom the person plays or works for, or where they come from; the person speaks
            modifiers = {t.i for c in verb.children if c.dep_ in _SUBJ and c.i > verb.i and c.pos_ == "NOUN" and _person_noun(c)
                         and _the_phrase(c) for t in c.subtree if t.i < c.i}
            names = []
            for k in range(verb.i + 1, min(len(doc), verb.i + 9)):
                if doc[k].is_punct and doc[k].text not in ("-", "'", "’", "&") or doc[k].dep_ in ("acl", "relcl"):
                    break  # '..., said one analyst quoted by Acme News': a clause on the speaker names someone else
                found = name_at(k) if k not in modifiers else None
                if found is not None and found not in names:
                    names.append(found)
            persons = [n for n in names if table.items[n].type == "Person"]
            if not persons and names and any(doc[k].tag_ == "POS" and k + 1 < len(doc) and doc[k + 1].pos_ == "PROPN"
                                             and table.at(para.index, k + 1) is None
                                             for k in range(verb.i + 1, min(len(doc) - 1, verb.i + 9))):
                return None  # "said Acme Networks' Jane Turner Roe", her name missed by the tagger: not Acme
            if persons or names:
                return (persons or names)[-1]  # "Acme's Jane Roe": the person, not her employer
            # '"...," added the 30-year-old': the parser read the speaker after the verb as its object
            objs = [c for c in verb.children if c.dep_ in ("dobj", "attr") and c.i > verb.i and not quoted(c)]
            if objs and not any(c.dep_ in _SUBJ for c in verb.children):
                who = self.resolve(para, objs[0])
                return who if who is not None else self._unnamed(para, objs[0], speaking=True)  # '"...," smiles one broker'
        return self._inverted_speaker(para, verb, quoted)

    def _person_phrase(self, para: Paragraph, head: Token) -> bool:
        """Whether the mention table reads a phrase headed by ``head`` as a person's description
        ("the Eastby MP"), not a spokesperson's."""
        j = self.table.at(para.index, head.i)
        m = self.table.items[j] if j is not None else None
        return m is not None and m.kind == "description" and m.type == "Person" and not _is_spokes(head)

    def _inverted_speaker(self, para: Paragraph, verb: Token, quoted) -> int | None:
        """The person named right after a reporting verb set off by commas ("The figures, said Jane
        Roe of Acme, were ...", "Instead, said Mr Roe, the rules ..."), which the parser reads as the
        subject of the clause after it. Not "X said Jane Roe was wrong": the name's phrase must end at
        a comma or the sentence's end, and the verb must follow a comma, a quotation mark or open it."""
        doc, table = para.view, self.table
        if not is_reporting(verb) or quoted(verb) or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i + 1 >= len(doc) \
                or verb.lemma_.lower() in _HEARER_VERBS:
            return None
        if not (verb.is_sent_start or doc[verb.i - 1].text == "," or doc[verb.i - 1].text in _MARKS):
            return None
        j = table.at(para.index, verb.i + 1)
        m = table.items[j] if j is not None else None
        if m is None or m.kind != "name" or m.type != "Person" or m.tok[0] != verb.i + 1 or quoted(doc[verb.i + 1]):
            return None
        edge = doc[m.tok[1] - 1].right_edge.i
        after = doc[edge + 1] if edge + 1 < len(doc) else None
        if doc[edge].text in (",", ".") or after is None or after.text in (",", ".", ";") or after.text in _MARKS:
            return table.resolved(j)
        return None

    def _reporter_above(self, para: Paragraph, verb: Token, a: int, b: int) -> int | None:
        """'X said talks revealed there was "..."': a reporting verb whose subject names nobody,
        inside the clause of another reporting verb: the speaker is that verb's subject."""
        node = verb
        for _ in range(3):
            if node.dep_ not in ("ccomp", "conj") or node.head.i == node.i:
                return None
            node = node.head
            if a <= node.i < b:
                return None
            if is_reporting(node):
                # an active verb that is not denied: "X is not believed to ..." reports nothing X said
                subj = [c for c in node.children if c.dep_ == "nsubj" and not (a <= c.i < b)]
                if not subj or any(c.dep_ == "neg" for c in node.children):
                    return None
                return self.resolve(para, subj[0])
        return None

    def _document_owner(self, para: Paragraph, tok: Token) -> int | None:
        """"the report said": the author of the last report the article named with one ("a World
        Bank report", "a report by Acme"), in this paragraph or the few before it."""
        lemma = tok.lemma_.lower()
        for p in reversed([p for p in self.paras if para.index - ORG_REACH <= p.index <= para.index]):
            toks = [t for t in p.tokens if p.index != para.index or t.i < tok.i]
            for t in reversed(toks):
                if t.lemma_.lower() != lemma or t.pos_ != "NOUN":
                    continue
                owner, found, how = _owner(self.table, p, t)
                if found and owner is not None and how in ("name", "group"):
                    return owner
        return None

    def _named_before(self, para: Paragraph, a: int, quoted) -> int | None:
        """A transcript-style attribution with no verb: a person's name (and title) written right
        before the quotation ("- Acme boss Jane Roe "We deserved the win."")."""
        doc, table = para.view, self.table
        k = a - 1
        while k >= 0 and (doc[k].text in _MARKS or doc[k].text in (":", "-", "–", "—")):
            k -= 1
        if k < 0 or k == a - 1 and doc[k].text not in _MARKS:
            return None
        j = table.at(para.index, k)
        if j is None or quoted(doc[k]) or table.items[j].kind != "name" or table.items[j].type != "Person":
            return None
        start = doc[k].sent.start
        if any(t.pos_ in ("VERB", "AUX") and not quoted(t) for t in doc[start:k]):
            return None  # a clause of its own: the speaker is read from its verb, if any
        return table.resolved(j)

    def _resolve(self, para: Paragraph, tok: Token) -> int | None:
        table, low = self.table, tok.lower_
        pos = para.offset + tok.idx
        if tok.tag_ == "PRP" or tok.pos_ == "PRON":
            # a pronoun subject never means a name in the clause its verb governs
            # ("... would make Acme famous, he added": he is not Acme)
            skip = frozenset(para.offset + t.idx for t in tok.head.subtree) if tok.dep_ in _SUBJ else frozenset()
            if low in ("he", "she"):
                sex = "m" if low == "he" else "f"
                found, who = self._centre("person", para.index, pos, sex, skip=skip)
                if not found:
                    # nobody in reach: the mention table's own reading, if it names a person
                    r = table.resolved(table.at(para.index, tok.i)) if table.at(para.index, tok.i) is not None else None
                    who = r if r is not None and table.items[r].kind == "name" and table.items[r].type == "Person" else None
                if who is not None and table.items[who].type == "Person":
                    self.sex.setdefault(who, sex)
                return who
            if low == "it":
                return self._centre("body", para.index, pos, skip=skip, strict=True)[1]
            if low in ("himself", "herself", "itself"):
                # "Jane Roe - herself a former minister - said": the name before the aside
                k = tok.i - 1
                while k >= 0 and tok.doc[k].is_punct:
                    k -= 1
                return self.resolve(para, tok.doc[k]) if k >= 0 and tok.doc[k].pos_ == "PROPN" else None
            return None  # "they", "I", "we", "you": not resolved to a speaker here
        if _is_spokes(tok):
            named = _named_apposition(table, para.index, tok)
            if named is not None:
                return table.resolved(named)
            body = self._owned_by(para, tok, pos)
            if body is not None and table.items[body].type in ("Organization", "Place", "Person"):
                # a spokesman for a person ("a spokesman for Jane Roe") speaks for that person;
                # "he"/"she" after "a spokesman for X said" is the spokesman: X speaks
                sex = _noun_sex(tok.lower_)
                self._add_ref(0, pos, body, "person", sex)
                return body
            return None
        if tok.lemma_.lower() in DOCUMENT_NOUNS and table.at(para.index, tok.i) is None:
            owner, found, how = _owner(table, para, tok)
            if found:
                return self._body(para.index, pos, owner, accept=self._of_category(how)) if (how or "").startswith("description") else owner
            if any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in tok.children):
                return self._body(para.index, pos)
            if any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in tok.children):
                return self._person(para.index, pos)
            if any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children):
                earlier = self._document_owner(para, tok)
                if earlier is not None or tok.lemma_.lower() in COURT_DOCUMENT_NOUNS:
                    return earlier  # "the lawsuit said": whose lawsuit, only when the article said
                return self._body(para.index, pos)
            return None
        doc = tok.doc
        if tok.tag_ == "NN" and tok.dep_ in _SUBJ and tok.lemma_.lower() not in PERSON_NOUNS and tok.i + 1 < len(doc) \
                and definite(tok) and table.at(para.index, tok.i) is None:
            # "said the lock forward.": a compound noun the parser split, its last word read as an adverb;
            # the word that ends the phrase says a person, as in "said the striker"
            last = doc[tok.i + 1]
            if last.pos_ in ("ADV", "ADJ") and last.lower_ in PERSON_NOUNS and last.lower_ in MEMBER_NOUNS \
                    and (last.i + 1 == len(doc) or doc[last.i + 1].is_punct):
                return self._person(para.index, pos, _noun_sex(last.lower_))
        if low in _DEMONYM_PERSON and tok.dep_ in _SUBJ and definite(tok) \
                and not any(c.dep_ in ("poss", "prep", "compound") or c.dep_ == "amod" and not _age_word(c) for c in tok.children):
            # "the Dutchman said", "the Australian added": one of a nation, as "he" would be, whatever
            # the mention table made of the word; but never one the article gave another nation
            # ("Argentine Jane Roe ... the Australian" is not Roe), and the one it gave this nation
            # when it gave it to one person only
            sex = _noun_sex(low)
            nations = self._nations(pos)
            ours = {r for r, ns in nations.items() if any(_same_nation(low, n) for n in ns)}
            if len(ours) == 1:
                return ours.pop()
            return self._centre("person", para.index, pos, sex,
                                accept=lambda k: not nations.get(k) or any(_same_nation(low, n) for n in nations[k]))[1]
        again = self._unnamed_again(tok, pos)
        if again is not None:
            return again  # "One broker said ... the broker added": the one not named, when no name has that noun
        j = table.at(para.index, tok.i)
        if j is None and tok.lemma_.lower() in PERSON_NOUNS:
            # "HVB Group economist Jane Roe", "office chief Jane Roe": the person the noun is, named in
            # apposition or right after it, not the body named before it
            after = [c for c in tok.children if c.dep_ == "appos" and c.i > tok.i]
            if tok.i + 1 < len(tok.doc):
                after.append(tok.doc[tok.i + 1])
            for t in after:
                k = table.at(para.index, t.i)
                if k is not None and table.items[k].kind == "name" and table.items[k].type == "Person":
                    j = k
                    break
        if j is None:
            # the name the phrase is about before a possessor in it ("the watchdog's chief accountant Jane Roe")
            own = [t for t in tok.subtree if t.dep_ in ("compound", "appos", "flat") and t.head.i == tok.i]
            j = _mention_in(table, para.index, own, named_only=True)
            if j is None:
                inner = [t for t in tok.subtree if t.dep_ in ("compound", "appos", "flat") and not _under_possessor(t, tok)
                         and not _in_clause(t, tok)]
                if tok.lemma_.lower() not in PERSON_NOUNS:
                    # "interest in the Acme tour", "new technology, including the Acme service": a thing's
                    # phrase names bodies in passing after a preposition; they are not what it is
                    inner = [t for t in inner if not _under_prep(t, tok)]
                if tok.lemma_.lower() in PERSON_NOUNS:
                    # "Chairman of the Acme Committee Jane Roe MP said": the person the title names, not the body
                    people = [t for t in inner if (k := table.at(para.index, t.i)) is not None
                              and table.items[k].kind == "name" and table.items[k].type == "Person"]
                    inner = people or inner
                j = _mention_in(table, para.index, inner, named_only=True)
            if j is None and tok.pos_ == "PROPN":
                # "Acme's Jane Roe" split by the parser; a common noun ("the minister's aide") is not its possessor
                j = _mention_in(table, para.index, [t for t in tok.subtree if t.dep_ == "poss"])
                if j is not None and table.items[j].type in ("Organization", "Place") \
                        and any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < tok.i for c in tok.children):
                    j = None  # "Acme Networks' Jane Turner Roe", her name missed by the tagger: someone at Acme, not Acme
            if j is None and tok.pos_ == "NOUN" and not any(c.dep_ in ("det", "poss") for c in tok.children):
                # "German club and former champion Acme United": descriptions stacked before the name
                for c in tok.children:
                    if c.dep_ == "conj":
                        k = _mention_in(table, para.index, [c] + [t for t in c.subtree if t.dep_ in ("compound", "appos", "flat")])
                        if k is not None and table.items[k].kind == "name":
                            j = k
                            break
        if j is None and tok.pos_ == "PROPN" and tok.dep_ in _SUBJ and tok.text[:1].isupper() \
                and not any(c.dep_ in ("compound", "flat", "det", "poss", "amod") for c in tok.children):
            # "Hare told the BBC" after "former full-back Dusty Hare", the surname alone left untagged: the
            # one person named before whose name ends with it
            j = self._surname_of(tok, pos)
        if j is None:
            if low in ORG_DESCRIPTIONS and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in tok.children):
                return self._body(para.index, pos)
            # "the 20-year-old", "the 41-year-old chart-topper": an age before any noun but an anonymous
            # one ("the 30-year-old man") says a person
            aged = _age_word(tok) or (tok.tag_ == "NN" and low not in _ANONYMOUS
                                      and any(c.dep_ == "amod" and _age_word(c) for c in tok.children))
            the = definite(tok) or (
                aged and tok.left_edge.i > 0 and tok.doc[tok.left_edge.i - 1].lower_ == "the")
            if ((aged or tok.tag_ == "NN" and (tok.lemma_.lower() in PERSON_NOUNS or self._titled_with(low, pos))
                 and low not in ROLE_HEADS and low not in _ANONYMOUS)
                    and the
                    and not any(c.dep_ == "poss" or c.dep_ == "prep" and not _hyphened(c) for c in tok.children)):
                # "the striker said", "said the European champion", "the 20-year-old said": what the person the
                # passage is about is, as "he" would be; an office ("the minister") is someone's post
                # and "the man" may be anyone
                sex = _noun_sex(low)
                aged_one = self._of_age(para, tok) if aged else None
                who = aged_one if aged_one is not None else self._person(para.index, pos, sex)
                return self._aged(tok, who)  # ("the 28-year-old runner": the age in the phrase)
            if tok.tag_ == "NN" and tok.lemma_.lower() in PERSON_NOUNS and low not in _ANONYMOUS \
                    and any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in tok.children) \
                    and not any(c.dep_ in ("amod", "compound", "det", "prep") for c in tok.children):
                # "his son said" after "Mr Nogar's son Stephen": the one person the article gave that noun as a title
                holders = {table.resolved(idx) for p_, w, idx in self.roles if p_ < pos and tok.lemma_.lower() in w}
                if len(holders) == 1:
                    return holders.pop()
            return self._unnamed(para, tok)
        m = table.items[j]
        if m.key in SPOKES_NOUNS and m.role_org is not None:
            return table.resolved(m.role_org)
        if m.kind in ("name", "group") and m.type in ("Organization", "Place") and table.at(para.index, tok.i) != j \
                and tok.pos_ == "NOUN" and (tok.lemma_.lower() in PERSON_NOUNS or tok.lemma_.lower() in MEMBER_NOUNS) \
                and not _the_phrase(tok) and tok.dep_ in _SUBJ:
            # "one leading Eastby broker said", "an Acme analyst said": someone unnamed there, not the body
            return self._unnamed(para, tok)
        if m.kind in ("name", "group") and m.type in ("Organization", "Place") and table.at(para.index, tok.i) != j \
                and _person_noun(tok) and _the_phrase(tok):
            # "the Acme boss said", "said the Eastby full-back": the person the article tied to that body, when it tied one
            holder = self._holder(para, tok, table.resolved(j))
            if holder is not None:
                return holder
            if low not in ROLE_HEADS and low not in _ANONYMOUS and tok.tag_ == "NN":
                # "said the Acme striker" with nobody tied to Acme: a player or member of the body, the
                # person the passage is about as for "the striker said", never the body itself
                return self._person(para.index, pos)
        if m.kind in ("name", "group"):
            return table.resolved(j)
        if m.kind != "description":
            return self._unnamed(para, tok)  # ("three MPs said", the table's plural of a title set aside)
        if m.type == "Person":
            who = self._describe_person(para, tok, m, j)
            return who if who is not None else self._unnamed(para, tok)
        if m.type == "Organization" and m.kind == "description":
            r = table.resolved(j)
            r = r if r is not None and table.items[r].kind in ("name", "group") and table.items[r].type == "Organization" else None
            if m.rule == "indefinite-description":
                # "a bank said": some bank, not the one named before; "a group of five MPs said": people not named
                return self._unnamed(para, tok)
            if r is not None and tok.pos_ == "PROPN" and table.items[r].key.split()[-1:] == [tok.lower_]:
                return r  # "the Commission" after "the European Commission": the short form of its name, not any body near
            headed = self._body_headed_by(tok, pos)
            if headed is not None:
                return headed
            want = m.category
            return self._body(para.index, pos, r, accept=lambda k: want is None or table.items[k].category in (None, want))
        r = table.resolved(j)
        if r is not None and table.items[r].kind in ("name", "group") and table.items[r].type == m.type:
            return r
        return None

    def _body_headed_by(self, tok: Token, pos: int) -> int | None:
        """"the ministry said" after "the Finance and Economy Ministry said": the one body named before
        whose name ends with the description's noun, over the body the passage is about (the
        government the ministry belongs to); None when no body, or more than one, is named so."""
        if not definite(tok) or any(c.dep_ in ("poss", "prep", "compound", "amod") for c in tok.children):
            return None
        noun = tok.lemma_.lower()
        found = self._one_name_before(pos, lambda m, r: m.type == "Organization" and m.key.split()[-1] == noun
                                      and r.type == "Organization")
        return None if found is None else found[1]  # (the body the name resolves to)

    def _surname_of(self, tok: Token, pos: int) -> int | None:
        """The mention of the one person named earlier whose name of two or more words ends with the
        word ``tok`` ("Dusty Hare" for "Hare"), else None."""
        found = self._one_name_before(pos, lambda m, r: m.key.split()[-1] == tok.lower_ and m.text.split()[-1] == tok.text)
        return None if found is None else found[0]  # (the name's own mention)

    def _one_name_before(self, pos: int, fits) -> tuple[int, int] | None:
        """The one name of two or more words named before ``pos`` that ``fits(mention, the mention it
        resolves to)``, as (its first such mention, the mention it resolves to); None when no entity,
        or more than one, is named so."""
        table = self.table
        found: dict[str, tuple[int, int]] = {}
        for k, m in enumerate(table.items[: self.named]):
            if m.kind == "name" and m.start < pos and len(m.key.split()) >= 2:
                r = table.resolved(k)
                if r is not None and fits(m, table.items[r]):
                    found.setdefault(table.items[r].key, (k, r))
        return next(iter(found.values())) if len(found) == 1 else None

    # -- someone the article does not name ------------------------------------

    def _unnamed(self, para: Paragraph, tok: Token, speaking: bool = False) -> int | None:
        """Someone who speaks and whom the article introduces by an indefinite description, not by a
        name ("one leading Eastby broker said", "an analyst told ...", "a senior minister said",
        "five MPs wrote", "a group of five MPs said"): a mention of them, made here and kept to this
        article; a later "one broker" (not "another broker") is the same one. Not a description that
        belongs to a body or a person the article names ("an Acme analyst", "an analyst at Acme",
        "his lawyer"), nor one set beside a name: those are read elsewhere. ``speaking``: ``tok``
        is known to speak (the parser made the speaker after an inverted verb its object)."""
        key = (para.index, tok.i)
        if self.unnamed_at.get(key) is None:
            self.unnamed_at[key] = self._make_unnamed(para, tok, speaking)
        return self.unnamed_at[key]

    def _make_unnamed(self, para: Paragraph, tok: Token, speaking: bool) -> int | None:
        table, doc = self.table, para.view
        if not speaking and not (tok.dep_ in _SUBJ and is_reporting(tok.head)):
            return None
        if tok.pos_ != "NOUN" or _is_spokes(tok) or tok.lemma_.lower() in DOCUMENT_NOUNS:
            return None
        members = tok
        if tok.lemma_.lower() in PEOPLE_COLLECTIVE and tok.tag_ == "NN":
            # "a group of five MPs": the people the "of" phrase names
            of = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
            if not of or of[0].tag_ != "NNS" or of[0].pos_ != "NOUN":
                return None
            members = of[0]
        noun = members.lemma_.lower()
        if not (noun in PERSON_NOUNS or noun in MEMBER_NOUNS or noun in _ANONYMOUS) or members.lower_ in SPOKES_NOUNS:
            return None
        dets = {c.lower_ for c in tok.children if c.dep_ in ("det", "nummod")}
        plural = members is not tok or tok.tag_ == "NNS"
        if tok.tag_ == "NNS":
            # "five MPs wrote": a number of them; "MPs said", "some MPs said": people in general
            if not any(c.dep_ == "nummod" and c.like_num and c.lower_ != "one" for c in tok.children):
                return None
        elif not dets & _INDEFINITE:
            return None
        # whose it is: a name in the phrase, a possessor, a name set beside it
        if any(c.dep_ in ("poss", "appos") for c in tok.children):
            return None
        phrase = [t for t in tok.subtree if t.i < tok.i]
        phrase += [t for c in tok.children if c.dep_ == "prep" and c.i > tok.i for t in c.subtree]
        for t in phrase:
            j = table.at(para.index, t.i)
            if j is None or table.items[j].kind not in ("name", "group"):
                continue
            if table.items[j].rule == "short-name-in-article" and t.dep_ == "compound" and t.head.i == tok.i:
                continue  # "one leading Eastby broker" after "the Eastby Stock Exchange": where the broker works, not the body
            r = table.resolved(j)
            if r is not None and table.items[r].type in ("Organization", "Person", "Product"):
                return None
            if r is not None and any(n.kind == "name" and n.key == table.items[r].key and n.type == "Organization" for n in table.items):
                return None  # "a METI official", the name typed a place here and a body where the article spells it out
        a, b = tok.left_edge.i, members.i + 1
        while a < tok.i and (doc[a].is_punct or doc[a].text in _MARKS):
            a += 1
        span = doc[a:b]
        pos = para.offset + span.start_char
        # the same noun again is the same one ("one broker" after "one leading broker"), not "another
        # broker", nor "three MPs" after "five MPs"
        count = " ".join(c.lower_ for c in members.children if c.dep_ == "nummod")
        noun_key = f"{count} {noun}".strip() if plural else noun
        before = None if "another" in dets else next(
            (idx for p_, n, pl, idx in self.unnamed if n == noun_key and pl == plural and p_ < pos), None)
        m = WorkMention(start=pos, end=para.offset + span.end_char, text=span.text, type="Organization" if plural else "Person",
                        key=" ".join(t.lower_ for t in span), kind="unnamed", rule="unnamed", para=para.index, tok=(a, b),
                        antecedent=before, plural=plural)
        table.items.append(m)  # (not by token: no other stage reads it as what the words there name)
        root = before if before is not None else len(table.items) - 1
        if before is None:
            self.unnamed.append((pos, noun_key, plural, root))
        if b - a > 1:
            # the noun alone ("broker", "MPs"), a name a reader gives the one not named too
            table.items.append(WorkMention(start=para.offset + members.idx, end=para.offset + members.idx + len(members.text),
                                           text=members.text, type=m.type, key=members.lower_, kind="unnamed", rule="unnamed",
                                           para=para.index, tok=(members.i, members.i + 1), antecedent=root, plural=plural))
        return root

    def _unnamed_again(self, tok: Token, pos: int) -> int | None:
        """"the broker" after "One leading broker said": the one the article did not name, when nobody
        the article names was given that noun as a title before ("broker Jane Roe")."""
        if tok.pos_ != "NOUN" or not definite(tok) \
                or any(c.dep_ in ("poss", "compound", "amod", "prep", "appos") for c in tok.children):
            return None
        noun, plural = tok.lemma_.lower(), tok.tag_ == "NNS"
        hits = [idx for p_, n, pl, idx in self.unnamed if n.split()[-1] == noun and pl == plural and p_ < pos]
        if not hits or self._titled_with(tok.lower_, pos) or any(noun in w for p_, w, _ in self.roles if p_ < pos):
            return None
        return hits[-1]

    def _keep_speaking_unnamed(self) -> None:
        """Drop the unnamed people made while reading who speak no quotation (they were read for the
        passage, "he said" after them, only), renumbering the ones kept."""
        table, n = self.table, self.named
        speaking = {table.resolved(q.speaker) for q in self.found if q.speaker is not None}
        new: dict[int, int] = {}
        kept = []
        for i in range(n, len(table.items)):
            if table.resolved(i) in speaking:
                new[i] = n + len(kept)
                kept.append(table.items[i])
        for m in kept:
            if m.antecedent is not None and m.antecedent >= n:
                m.antecedent = new[m.antecedent]
        del table.items[n:]
        table.items.extend(kept)

        def renumber(idx: int | None) -> int | None:
            return idx if idx is None or idx < n else new.get(idx)

        for q in self.found:
            q.speaker = renumber(q.speaker)
        self.resolved = {k: renumber(v) for k, v in self.resolved.items()}
        self.sex = {renumber(k): v for k, v in self.sex.items() if renumber(k) is not None}

    def _nations(self, pos: int) -> dict[int, set[str]]:
        """The nation the article gives each person before ``pos``: a demonym or a country's
        possessive right before the name ("Argentine Jane Roe", "France's Jane Roe", "fellow
        Russian Jane Roe"), by resolved person."""
        table, out = self.table, {}
        docs = {p.index: p.view for p in self.paras}
        for i, n in enumerate(table.items):
            if n.kind != "name" or n.type != "Person" or n.start >= pos or n.para not in docs:
                continue
            doc, a = docs[n.para], n.tok[0]
            word = None
            if _nation_word(doc[a]) and n.tok[1] - a >= 3:
                word = doc[a].lower_  # a demonym the name took in at the start of a sentence
            elif a >= 1 and _nation_word(doc[a - 1]):
                word = doc[a - 1].lower_
            elif a >= 2 and doc[a - 1].tag_ == "POS" and (k := table.at(n.para, a - 2)) is not None and table.items[k].type == "Place":
                word = table.items[k].key
            if word is not None:
                out.setdefault(table.resolved(i), set()).add(word)
        return out

    def _aged(self, tok: Token, who: int | None) -> int | None:
        """An age description means the person an earlier one of that age was read as ("The
        28-year-old has been in form ... New coach Tom Roe ... The 28-year-old runner"): the age
        stays with its person, whoever the passage has turned to since."""
        found = re.search(r"(\d+)\s*-?\s*years?\s*-?\s*old", " ".join(t.text for t in tok.subtree))
        if found is None:
            return who
        return self.ages.setdefault(found.group(1), who) if who is not None else self.ages.get(found.group(1))

    def _titled_with(self, word: str, pos: int) -> bool:
        """Whether the article wrote ``word`` as a title before a person's name earlier ("Prop Jane Roe",
        "Hollywood star Tom Roe"): a noun it uses for a person, which "the prop said" then means."""
        return any(word == w for p, w in self.title_heads if p < pos)

    def _of_age(self, para: Paragraph, tok: Token) -> int | None:
        """The one person the article gave the age a description states ("the 28-year-old" after
        "Jane Roe, 28," or "28-year-old Jane Roe"), named before it."""
        found = re.search(r"(\d+)\s*-?\s*years?\s*-?\s*old", " ".join(t.text for t in tok.subtree))
        if found is None:
            return None
        age, pos, table = found.group(1), para.offset + tok.idx, self.table
        docs = {p.index: p.view for p in self.paras}
        people = set()
        for i, n in enumerate(table.items):
            if n.kind != "name" or n.type != "Person" or n.start >= pos or n.para not in docs:
                continue
            doc, (a, b) = docs[n.para], n.tok
            after = [t.text for t in doc[b : b + 3]]
            before = " ".join(t.text for t in doc[max(0, a - 5) : a])
            if after[:2] == [",", age] or re.search(rf"\b{age}\s*-?\s*years?\s*-?\s*old$", before):
                people.add(table.resolved(i))
        return people.pop() if len(people) == 1 else None

    def _bodies_in(self, para: int, a: int, b: int) -> list[int]:
        """The organisations named inside tokens [a, b) of a paragraph."""
        return [k for k, n in enumerate(self.table.items) if n.para == para and a <= n.tok[0] and n.tok[1] <= b
                and n.kind == "name" and n.type == "Organization"]

    def _holder(self, para: Paragraph, tok: Token, body: int | None) -> int | None:
        """The person a description made of a body's name and a post means ("the Acme boss", "the
        Acme chief"): the one person named before it in a phrase with that body ("Acme manager Jane
        Roe", "Jane Roe, director of Acme", "Acme's Jane Roe"), or of several the one whose post
        is the description's."""
        table, pos = self.table, para.offset + tok.idx
        if body is None:
            return None
        body_key = table.items[body].key  # the same name said twice may be two mentions
        docs = {p.index: p for p in self.paras}
        tied: dict[int, set[str]] = {}
        for i, n in enumerate(table.items):
            if n.kind != "name" or n.type != "Person" or n.start >= pos or n.para not in docs:
                continue
            p = docs[n.para]
            head = p.doc[n.tok[1] - 1]
            while head.dep_ in ("compound", "flat") and head.head.i != head.i:
                head = head.head
            phrase = [t for t in head.subtree if not (n.tok[0] <= t.i < n.tok[1])]
            orgs = {table.items[table.resolved(k)].key for t in phrase if (k := table.at(n.para, t.i)) is not None}
            if body_key in orgs:
                r = table.resolved(i)
                tied.setdefault(r, set()).update(t.lemma_.lower() for t in phrase if t.lemma_.lower() in PERSON_NOUNS)
        for i, d in enumerate(table.items):
            # "Acme's chief inspector Jane Roe", read by the table as a title right before the name
            r = table.resolved(i) if d.kind == "description" and d.type == "Person" and d.start < pos else None
            if r is None or r == i or table.items[r].kind != "name" or table.items[r].type != "Person":
                continue
            if not any(n.para == d.para and n.tok[0] == d.tok[1] and table.resolved(k) == r for k, n in enumerate(table.items)):
                continue
            p = docs.get(d.para)
            if p is not None and any(table.items[table.resolved(k)].key == body_key for k in self._bodies_in(d.para, *d.tok)):
                tied.setdefault(r, set()).update(p.doc[t].lemma_.lower() for t in range(*d.tok) if p.doc[t].lemma_.lower() in PERSON_NOUNS)
        post = tok.lemma_.lower()
        same = [r for r, posts in tied.items() if post in posts]
        people = same or list(tied)
        if not same and post in ROLE_HEADS and post not in _ANY_HEAD:
            # "the Tory leader" is not "Jane Roe, agent for the Tories": an office names one who holds
            # it, never one the article gave another post in the body
            people = [r for r, posts in tied.items() if not posts]
        return people[0] if len(people) == 1 else None

    def _describe_person(self, para: Paragraph, tok: Token, m: WorkMention, j: int) -> int | None:
        """A person description as a subject: "the Home Secretary", "the 73-year-old"."""
        table = self.table
        named = _named_apposition(table, para.index, tok)
        for c in tok.children:
            k = table.at(para.index, c.i) if c.dep_ == "conj" and named is None else None
            if k is not None and table.items[k].kind == "name" and table.items[k].type == "Person":
                named = k  # "Acme founder and CEO Jane Roe": titles stacked before the name
        if named is not None:
            return table.resolved(named)
        if tok.dep_ == "appos" and table.at(para.index, tok.head.i) is not None:
            r = table.resolved(table.at(para.index, tok.head.i))
            if r is not None and table.items[r].type == "Person" and table.items[r].kind == "name":
                return r
        r = table.resolved(j)
        if r is not None and r != j and table.items[r].kind == "name" and table.items[r].type == "Person":
            if any(table.at(para.index, t.i) == r for t in tok.subtree):
                return r  # the name stands in the phrase itself ("Acme founder and CEO Jane Roe")
        if any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in tok.children) or m.rule == "indefinite-description":
            return None  # "a government minister said": someone not named
        if m.rule == "affiliation":
            # "the California Republican said": the one person the article ties to that party
            party = self._party_members(m)
            if len(party) == 1:
                return next(iter(party))
            placed = {k for k, placed in party.items() if placed} or set(party)
            if placed:
                # like a pronoun, the description means the one of them named last before it
                last_seen = dict.fromkeys(placed, -1)
                for i, n in enumerate(self.table.items):
                    k = self.table.resolved(i) if n.kind == "name" and n.start < m.start else None
                    if k in last_seen:
                        last_seen[k] = max(last_seen[k], n.start)
                return max(placed, key=lambda k: (last_seen[k], -k))
        title = set(_title_words(m.text))
        if m.rule == "org-role" and r is not None and table.items[r].kind == "name" and table.items[r].type == "Person":
            # "the charity's director" after "Oxfam director Jane Roe": the possessor is the body the
            # mention table already joined to hers, so the office is what must match
            owner = set(_title_words(m.text.replace("’", "'").rpartition("'s")[0]))
            if any(table.resolved(idx) == r and _same_office(title - owner, w) for p, w, idx in self.roles if p < m.start):
                return r
            # "the charity's director" after "Oxfam's Barbara Stocking", no office given her: the one person the
            # article tied to the body the possessor means, when the mention table reads the description as her too
            poss = [c for c in tok.children if c.dep_ == "poss"]
            k = table.at(para.index, poss[0].i) if poss else None
            body = table.resolved(k) if k is not None else None
            if body is not None and table.items[body].kind == "name" and table.items[body].type == "Organization" \
                    and self._holder(para, tok, body) == r:
                return r
        earlier = [(p, idx) for p, w, idx in self.roles if p < m.start and _same_office(title, w)]
        if earlier:
            return table.resolved(max(earlier)[1])
        if frozenset(title) in self.varied:
            return self.varied[frozenset(title)]  # "The chancellor, speaking ... the chancellor said": the office as the article used it before
        # "the Eastby chairman" after "Chairman Tom Vaughan": the body's name in the description may
        # be missing from the title the person was given; the office alone names one holder
        names = {w.lower().strip(".,") for w in m.text.replace("’s", " ").replace("'s", " ").split()[1:] if w[:1].isupper()}
        core = title - names
        if core and core != title and core & set(ROLE_HEADS):
            holders = {table.resolved(idx) for p, w, idx in self.roles if p < m.start and _same_office(core, w) and not (w - core - names)}
            if len(holders) == 1:
                return holders.pop()
        orgs = {table.resolved(k) for k in self._bodies_in(para.index, tok.left_edge.i, tok.i + 1)}
        holder = self._holder(para, tok, orgs.pop()) if len(orgs) == 1 else None
        if holder is not None:
            return holder  # "the Acme boss" after "Acme manager Jane Roe"
        later = [(p, idx) for p, w, idx in self.roles
                 if p > m.start and _same_office(title, w) and table.items[idx].para - m.para <= 1]
        if later:
            return table.resolved(min(later)[1])  # "..., the economy minister said. ... said economy minister Jane Roe"
        words_ = [w.lower() for w in m.text.split()]
        ages = any(_AGE.match(w) for w in words_)
        heads = [w for w in words_ if w in ROLE_HEADS]
        if ages or not heads:
            who = self._of_age(para, tok) if ages else None
            who = who if who is not None else self._person(para.index, para.offset + tok.idx)
            who = self._aged(tok, who) if ages else who
            if who is not None and title:
                self.roles.append((m.start, title, who))  # the next "the former chairman" is the same person
            return who
        titled = {table.resolved(idx) for p, w, idx in self.roles if p < m.start}
        if len(title) == 1 and len(titled) == 1:
            # "Health Secretary Alan Reid ... The minister said": a bare office, when the article has
            # given one person a title and the passage is about that person
            who = self._person(para.index, para.offset + tok.idx)
            if who is not None and who in titled:
                return who
        who = self._varied(m, j, title)
        if who is not None:
            self.varied[frozenset(title)] = who
            return who
        if r is not None and table.items[r].kind == "name" and table.items[r].type == "Person" \
                and any(c.isupper() for c in m.text[1:]) and not any(table.resolved(idx) == r for p, w, idx in self.roles if p < m.start) \
                and self._person(para.index, para.offset + tok.idx) == r:
            # "Jane Roe said ... she told an inquiry. '...,' the Westbury MP told the committee": an office
            # of a named place or body that nobody in the article was given, which the mention table reads
            # as the person the passage is about, whom "she" would mean there too; two readings that
            # agree, where either alone is too weak to name a speaker (a bare "the minister" may be
            # anyone: _varied reads that).
            # Not someone the article gave a post already: a post that differs from it is someone else's
            # ("Westby chairman Tom Vaughan ... the Eastby chairman added")
            return r
        return None

    def _varied(self, m: WorkMention, j: int, title: set[str]) -> int | None:
        """A bare office right after a sentence about a named person ("Mr Roe refused to comment. The
        minister said ..."): the news habit of naming someone again by their post. Only when the
        article gives that person no other title and names nobody else by that office before. An office
        of a place ("the Ruritanian president", "the Eastby MP") only when the mention table too reads
        the description as that person."""
        table = self.table
        if not title or m.rule == "org-role":
            return None
        placed = any(c.isupper() for c in m.text[1:])
        if placed and any(n.para == m.para and m.tok[0] <= n.tok[0] and n.tok[1] <= m.tok[1] and n.kind == "name"
                          and n.type == "Organization" for n in table.items):
            return None  # "the Acme chairman": a post of a body, read above
        own = [k for k, x in enumerate(self.sentences) if x.start <= m.start < x.end]
        if not own:
            return None
        before = [x for x in self.sentences[: own[0]] if not x.inside]
        if not before or before[-1].para < m.para - 1:
            return None
        who = self._person_main(before[-1])
        if who is None or any(table.resolved(idx) == who for p, w, idx in self.roles) or placed and table.resolved(j) != who:
            return None
        docs = {p.index: p.view for p in self.paras}
        for n in table.items:
            if n.kind == "description" and n.type == "Person" and n.start < m.start and set(_title_words(n.text)) == title \
                    and n.para in docs and docs[n.para][n.tok[1] - 1].dep_ not in _SUBJ:
                return None  # "... met the minister. The minister said": the one named by that office before
        return who

    def _party_members(self, m: WorkMention) -> dict[int, bool]:
        """The people the article ties to the party an affiliation description names ("the California
        Republican"): by a party word before the name ("Republican Rep. Jane Roe"), in an apposition
        ("Jane Roe, the top Republican on the panel") or in a bracketed affiliation ("Jane Roe (R-Calif.)");
        each with whether the words near the name also give the description's place ("(Calif.)")."""
        words_ = [w.lower().strip(".,") for w in m.text.split()]
        party = party_of(words_[-1])
        if party is None:
            return {}
        places = [w for w in words_[:-1] if w not in ("the", "a", "an") and len(w) >= 3]
        table = self.table
        docs = {p.index: p.view for p in self.paras}
        out: dict[int, bool] = {}
        for i, n in enumerate(table.items):
            if n.kind != "name" or n.type != "Person" or n.para not in docs or n.start > m.start:
                continue
            doc, (a, b) = docs[n.para], n.tok
            head = doc[b - 1]
            near = [doc[a - 1]] if a > 0 else []
            near += [t for c in head.children if c.dep_ == "appos" for t in c.subtree]
            bracket = []
            if b + 1 < len(doc) and doc[b].text == "(":
                k = b + 1
                while k < len(doc) and doc[k].text != ")" and k - b < 6:
                    bracket.append(doc[k])
                    k += 1
            letters = "".join(t.text for t in bracket[:2])
            tied = _AFFILIATION_PARTY.get(letters[:2]) == party
            for t in near:
                j = table.at(n.para, t.i)
                tied = tied or (j is not None and table.items[j].key == party)
            if tied:
                # "Calif." for "California": a place abbreviated by its first letters
                near_words = {t.lower_.strip(".-") for t in near + bracket} | {w for t in bracket for w in t.lower_.strip(".").split("-")}
                placed = any(len(w) >= 3 and p.startswith(w) for w in near_words for p in places)
                r = table.resolved(i)
                out[r] = out.get(r, False) or placed
        return out

    # -- the walk ---------------------------------------------------------------

    def read(self) -> list[FoundQuote]:
        for para in self.paras:
            self._read_paragraph(para)
        self._carry_back()
        self._keep_speaking_unnamed()
        return self.found

    def _read_paragraph(self, para: Paragraph) -> None:
        doc = para.view
        text = para.text
        spans = []
        for qs, qe, closed in quote_spans(text, singles=self.singles):
            s, e = _clean_bounds(text, qs, qe)
            if e > s:
                spans.append((qs, qe, s, e, closed))
        inside_chars = [(qs, qe) for qs, qe, _, _, _ in spans]

        def quoted(t: Token) -> bool:
            return any(qs <= t.idx < qe for qs, qe in inside_chars)

        pending = []
        self.short = []
        for qs, qe, s, e, closed in spans:
            qtext = text[s:e]
            if len(re.findall(r"\w+(?:[’'-]\w+)*", qtext)) < MIN_WORDS:
                short = doc.char_span(s, e, alignment_mode="expand")
                if short is not None:
                    self.short.append((qs, qe, short))
                continue
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is not None:
                pending.append((qs, qe, s, e, closed, span))
        before = None
        for sent in doc.sents:
            inside = all(quoted(t) or t.is_punct or t.is_space for t in para.tokens[sent.start : sent.end])
            # the parser may cut a sentence where no stop is ("Roe told the Today programme | Mr Lee had
            # refused ..."): the part after such a cut goes on with the sentence it was cut from
            cut = before is not None and not _ends_sentence(text[before.start_char : before.end_char])
            if cut:
                info = self.sentences[-1]
                info.end = para.offset + sent.end_char
                info.inside = info.inside and inside
            else:
                info = _Sentence(para=para.index, start=para.offset + sent.start_char, end=para.offset + sent.end_char)
                self.sentences.append(info)
                info.inside = inside
            info.colon = sent.text.rstrip(" \"“‘'").endswith(":")
            self._read_sentence(para, sent, info, quoted, cut)
            before = sent
            while pending and pending[0][-1].end <= sent.end:
                self._attribute(para, *pending.pop(0), quoted)
        for item in pending:
            self._attribute(para, *item, quoted)

    def _read_sentence(self, para: Paragraph, sent: Span, info: _Sentence, quoted, cut: bool = False) -> None:
        """Who the sentence is about: its subjects (resolved in text order), then other names."""
        table = self.table
        seen: set[int] = set()
        toks = para.tokens[sent.start : sent.end]  # walked four times: the paragraph's tokens, made once
        reporting = [t for t in toks if is_reporting(t)]
        told = {c.i for t in reporting for c in t.children if c.dep_ in ("dobj", "dative")}
        told |= {g.i for t in reporting for c in t.children if c.dep_ == "prep" and c.lower_ == "to"
                 for g in c.children if g.dep_ == "pobj"}
        for t in toks:
            if t.dep_ not in _SUBJ or quoted(t):
                continue
            info.document = info.document or t.lemma_.lower() in DOCUMENT_NOUNS or t.lower_ in DOCUMENT_NOUNS
            # the subject of a passive reporting verb is what was said ("the election will be announced"),
            # except "X was quoted as saying"
            main = _is_main(t) and not cut  # (not the root of a part the parser cut off)
            rep = is_reporting(t.head) and (t.dep_ == "nsubj" or t.head.lemma_.lower() == "quote")
            pos = para.offset + t.idx
            # "Jane Roe, 49, who told the BBC she ...": the relative pronoun is the name it follows
            who = self.resolve(para, _relative(t.head, t, lambda x: not quoted(x)))
            if rep:
                quoted_speaker = _quoted_as_saying(t.head, lambda x: not quoted(x))
                if quoted_speaker is not None:  # "the paper quoted Jane Roe as saying"
                    who = self.resolve(para, quoted_speaker)
            self._add_ref(0 if main or rep else 1, pos, who)
            if who is not None and table.items[who].type == "Organization" and t.pos_ == "PROPN" \
                    and any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() in PERSON_NOUNS for c in t.children):
                # "Michelle, a mother of twins, said", the name the tagger made a body's: the apposition
                # says a person, whom "she" after it means
                self._add_ref(0 if main or rep else 1, pos, who, "person")
            edge = t.right_edge
            if who is not None and edge.i != t.i and _is_spokes(edge) and not quoted(edge) and table.items[who].type == "Organization":
                # "A Department for Health spokeswoman said" read with the body as subject: "she" after it
                # is the spokeswoman, who speaks for the body
                self._add_ref(0, pos, who, "person", _noun_sex(edge.lower_))
            if who is not None:
                seen.add(who)
                if rep and table.items[who].type == "Place":
                    self._add_ref(0, pos, who, "body")  # "France said": a country speaks as a body
                elif rep and t.lemma_.lower() in DOCUMENT_NOUNS and table.items[who].type == "Person":
                    self._add_ref(0, pos, who, "body")  # "Jane Roe's statement said ... It added": its author speaks
            elif main and not rep and t.pos_ == "PROPN" and t.text[:1].isupper() and table.at(para.index, t.i) is None \
                    and any(c.dep_ == "compound" and c.text[:1].isupper() and table.at(para.index, c.i) is None for c in t.children) \
                    and t.head.lemma_ == "be" and any(c.dep_ == "attr" and (c.lemma_.lower() in PERSON_NOUNS or c.lower_ in ROLE_HEADS)
                                                      for c in t.head.children):
                # "Piers Freelove is senior benefit officer ...", a person's name the tagger missed: the sentence is about
                # someone the table does not know, whom "he" after it may mean; not the person before it
                self._add_ref(0, pos, None, "person")
            elif rep and table.at(para.index, t.i) is None and (t.pos_ == "PROPN" or t.tag_ == "NN"):
                # a speaker the mention table does not know ("the prime minister's office said"):
                # "he" and "it" after it are not the people and bodies before it
                self._add_ref(0, pos, None, "person")
                self._add_ref(0, pos, None, "body")
            if main and who is not None:
                info.main = who
            if rep and who is not None and (info.reported is None or main):
                # the speaker of the main clause, not of a clause inside it ("X said the cuts
                # Acme had promised never came")
                info.reported = who
        if info.reported is None:
            for t in toks:
                who = self._inverted_speaker(para, t, quoted)  # "Instead, said Jane Roe, the rules ..."
                if who is not None:
                    self._add_ref(0, para.offset + t.idx, who)
                    info.reported = who
                    break
        source = _according_to(toks, lambda x: not quoted(x))
        if source is not None:
            # "..., according to the bishop.": the one the sentence reports, whom "he said" after it means
            who = self.resolve(para, source[1])
            if who is not None:
                self._add_ref(0, para.offset + source[1].idx, who)
                info.reported = who if info.reported is None else info.reported
        if info.reported is None:
            for t in toks:
                stray = _stray_subject(t, lambda x: not quoted(x)) if is_reporting(t) and not quoted(t) else None
                j = self.table.at(para.index, stray.i) if stray is not None else None
                if j is not None and table.items[j].kind == "name" and table.items[j].type in ("Person", "Organization"):
                    who = table.resolved(j)  # "Jane Roe, from the league, said ..." read with no subject
                    self._add_ref(0, para.offset + stray.idx, who)
                    info.reported = who
                    if t.dep_ == "ROOT":
                        info.main = who
                    break
        if info.reported is None:
            who = self._closing_reporter(para, toks, quoted)  # "Others include X and Y, Acme's chief Jane Roe said."
            if who is not None:
                self._add_ref(0, para.offset + toks[0].idx, who)
                info.reported = who
        if info.reported is not None:
            # the sentence names who speaks ("The fact that ... only adds to it, said Mr Jain"): a noun the
            # parser made the verb's subject ("fact") is no second speaker nobody knows, whom "he" could mean
            info.refs = [r for r in info.refs if r.idx is not None]
        for t in toks:
            j = table.at(para.index, t.i)
            if (j is None or table.items[j].kind == "pronoun") and t.lower_ in _OBLIQUE_PRONOUNS and t.tag_ in ("PRP", "PRP$") and not quoted(t):
                # "his rift with Tom Roe": a possessive or object pronoun goes on meaning the person the
                # passage is about, who stays its centre over a name said in passing
                r = self._oblique(para, t)
            elif j is None or quoted(t) or t.i in told or table.items[j].kind != "name":
                continue
            else:
                r = table.resolved(j)
            if r is None or r in seen:
                continue
            seen.add(r)
            head = t
            while head.dep_ in ("compound", "poss", "flat") and head.head.i != head.i:
                head = head.head
            self._add_ref(1 if head.dep_ in _SUBJ else 2, para.offset + t.idx, r, pronoun=j is None or table.items[j].kind == "pronoun")

    def _closing_reporter(self, para: Paragraph, toks: list[Token], quoted) -> int | None:
        """The person or body named right before a reporting verb that closes the sentence ("..., Acme's
        chief Jane Roe said."), which the parser may leave without its subject."""
        words = [t for t in toks if not (t.is_punct or t.is_space)]
        if len(words) < 3 or quoted(words[-1]) or not is_reporting(words[-1]) or words[-1].tag_ not in ("VBD", "VBZ"):
            return None
        j = self.table.at(para.index, words[-2].i)
        m = self.table.items[j] if j is not None else None
        if m is None or m.kind != "name" or m.type not in ("Person", "Organization") or quoted(words[-2]) \
                or m.tok[1] != words[-1].i:
            return None
        return self.table.resolved(j)

    def _oblique(self, para: Paragraph, t: Token) -> int | None:
        """The person a possessive or object pronoun outside quotations means ("his", "her", "him"):
        the person the passage is about, never the subject of its own verb ("Roe praised him")."""
        skip = frozenset()
        if t.dep_ in ("dobj", "dative"):
            skip = frozenset(para.offset + x.idx for c in t.head.children if c.dep_ in _SUBJ for x in c.subtree)
        found, who = self._centre("person", para.index, para.offset + t.idx, _OBLIQUE_PRONOUNS[t.lower_], skip=skip)
        return who if found else None

    def _attribute(self, para: Paragraph, qs: int, qe: int, s: int, e: int, closed: bool, span: Span, quoted) -> None:
        doc = para.view
        a, b = span.start, span.end
        verb, subj = _attribution(para.tokens, a, b, quoted)
        speaker = self.resolve(para, subj) if subj is not None else None
        if speaker is None and verb is not None and verb.lower_ == "according":
            # "according to media strategist Jane Roe", parsed as "media" and "Jane Roe": the one who is someone
            speaker = next((w for c in subj.children if c.dep_ == "conj" and (w := self.resolve(para, c)) is not None), None)
        if speaker is None and verb is not None and verb.lower_ != "according":
            speaker = self._name_by_verb(para, verb, a, b, quoted)
        if speaker is None and verb is not None and subj is not None and self.table.at(para.index, subj.i) is None:
            speaker = self._reporter_above(para, verb, a, b)
        if speaker is None and verb is not None and subj is None:
            speaker = self._elided_subject(para, verb, qs)
        rule = "quote:attributed" if speaker is not None else "quote:unattributed"
        if speaker is not None and subj is not None and not self._names(para, subj) and not _is_spokes(subj) \
                and self._named_inside(para, s, e, speaker):
            # (a spokesperson speaks of the one they speak for by name: "Her spokeswoman said: 'Kate has asked ...'")
            # '"Tom was superb," he said' after a sentence about Tom: not Tom, but whoever spoke last in
            # the passage ('Roe praised Tom. Tom scored twice. He added: "Tom is ..."'), if anyone did
            other = self._last_speaker(para, qs, s, e, subj) if subj.lower_ in ("he", "she") else None
            lo = para.offset + s
            hi = max(lo, para.offset + verb.idx) if verb is not None else lo
            for info in self.sentences:  # nor is he who the sentence reports: the quotation after it is not his
                if info.para == para.index and info.start <= hi and lo < info.end:
                    info.reported = other if info.reported == speaker else info.reported
                    info.main = None if info.main == speaker else info.main
            speaker, rule = other, "quote:attributed" if other is not None else "quote:unattributed"
        if verb is None:
            speaker, rule = self._from_context(para, qs, a, b, quoted)
            verdict = self._verdict_of(para, b, quoted)  # said in so many words: over any reading of the context
            if verdict is not None:
                speaker, rule = verdict, "quote:verdict-of"
            named = self._named_before(para, a, quoted)
            if named is not None and rule in ("quote:unattributed", "quote:previous-speaker", "quote:previous-subject", "quote:continuation"):
                speaker, rule = named, "quote:named-before"
            elif rule != "quote:unattributed" and self._named_inside(para, s, e, speaker):
                speaker, rule = None, "quote:unattributed"
        self._add_ref(0, para.offset + qs, speaker)
        sent = _sentence_bounds(doc, a, b)
        for info in self.sentences:
            if info.para == para.index and info.start <= para.offset + s < info.end:
                info.quotes.append(len(self.found))
                break
        ev = Evidence(
            article=self.article_id,
            start=para.offset + sent.start_char,
            end=para.offset + sent.end_char,
            sentence=sent.text,
            rule=rule,
            confidence=0.9 if rule == "quote:attributed" else 0.7 if speaker is not None else 0.3,
            cue_start=para.offset + verb.idx if verb is not None else None,
            cue_end=para.offset + verb.idx + len(verb) if verb is not None else None,
        )
        self.found.append(
            FoundQuote(
                start=para.offset + s, end=para.offset + e, text=para.text[s:e], speaker=speaker,
                verb=verb.lemma_.lower() if verb is not None else None, evidence=ev, para=para.index, tok=(a, b),
            )
        )
        self.left_open.append(not closed)
        self.raw_end.append(para.offset + qe)

    def _elided_subject(self, para: Paragraph, verb: Token, qs: int) -> int | None:
        """'Mr Roe told the BBC he had not read it. But told the BBC: "..."': a finite reporting verb that
        opens its sentence (after "but", "and" or an adverb) with no subject goes on with the subject of
        the sentence before, when that was a person who spoke or was the subject of its main clause."""
        doc = para.view
        if verb.tag_ not in ("VBD", "VBZ") or any(c.dep_ in _SUBJ for c in verb.children):
            return None
        sent = verb.sent
        if any(not (t.is_punct or t.pos_ in ("CCONJ", "ADV")) for t in doc[sent.start : verb.i]):
            return None
        pos = para.offset + sent.start_char
        before = [x for x in self.sentences if x.end <= pos + 1 and not x.inside]
        if not before or before[-1].para < para.index - 1:
            return None
        who = _first(before[-1].reported, before[-1].main)
        return who if who is not None and self.table.items[who].type == "Person" else None

    def _last_speaker(self, para: Paragraph, qs: int, s: int, e: int, pronoun: Token) -> int | None:
        """Whom "he" or "she" means when the person it was read as is named in the quotation: the
        person who spoke last before it (its speaker, or the speaker of a reporting verb) or was the
        subject of a main clause, within the passage, whom the quotation does not name ('Roe praised
        Tom. Tom scored twice. He added: "Tom is ..."': Roe)."""
        sex = "m" if pronoun.lower_ == "he" else "f"
        pos = para.offset + qs
        for info in reversed(self.sentences):
            if info.end > pos:
                continue  # the quotation's own sentence, whose reporting verb is the pronoun's
            if para.index - info.para > 2:
                break
            if info.inside and not info.quotes:
                continue
            people = [self.found[k].speaker for k in reversed(info.quotes)] + [info.reported, info.main]
            for who in people:
                if who is None or self.table.items[who].type != "Person" or self.table.items[who].kind != "name":
                    continue
                if self._sex_of(who) not in (None, sex) or self._named_inside(para, s, e, who):
                    continue
                return who
        return None

    def _names(self, para: Paragraph, subj: Token) -> bool:
        """Whether a subject is a name ("Jane Roe said"), not a pronoun or a description."""
        j = self.table.at(para.index, subj.i)
        return j is not None and self.table.items[j].kind == "name"

    def _named_inside(self, para: Paragraph, s: int, e: int, who: int | None) -> bool:
        """Whether the quotation (paragraph chars [s, e)) names ``who`` by name: people speak of
        others by name, of themselves as "I", so a speaker read from a pronoun, a description or
        the sentences before ('Tom Roe scored twice. "Tom was superb," he said') is someone else."""
        if who is None or self.table.items[who].type != "Person":
            return False  # a body speaks of itself by name ("Acme intends to grow," the company said)
        lo, hi = para.offset + s, para.offset + e
        key = self.table.items[who].key  # the same name said twice may be two mentions
        return any(m.kind == "name" and lo <= m.start < hi and self.table.items[self.table.resolved(k)].key == key
                   for k, m in enumerate(self.table.items) if m.para == para.index)

    def _from_context(self, para: Paragraph, qs: int, a: int, b: int, quoted=None) -> tuple[int | None, str]:
        """The speaker of a quotation whose sentence has no reporting verb."""
        doc = para.view
        pos = para.offset + qs
        prev_q = self.found[-1] if self.found else None
        # a quotation left open runs into this one
        if prev_q is not None and self.left_open[-1]:
            gap = (self.raw_end[-1], pos)
            same_para_run = prev_q.para == para.index and all(not c.isalnum() for c in self._text_between(para, *gap))
            next_para = prev_q.para == para.index - 1 and all(not c.isalnum() for c in para.text[:qs])
            if same_para_run or next_para:
                return prev_q.speaker, "quote:continuation"
        voice = self._transcript_voice(para)
        if voice is not None:
            return voice, "quote:previous-speaker"
        # 'Roe replied: "Yes. "It will ...': a quotation too short to keep opens the run; the one right
        # after it, with nothing but marks between, goes on in the voice that spoke it
        run_on = self._short_before(para, qs, quoted) if quoted is not None else None
        if run_on is not None:
            return run_on, "quote:continuation"
        # '... said: "A." "B."': a quotation that follows another in its paragraph with nothing
        # between them goes on with the same voice (news splits long quotations this way)
        if (prev_q is not None and prev_q.speaker is not None and prev_q.para == para.index
                and not any(c.isalnum() for c in self._text_between(para, self.raw_end[-1], pos))):
            return prev_q.speaker, "quote:continuation"
        before = [x for x in self.sentences if x.end <= pos + 1 and not (x.para == para.index and x.start >= pos)]
        own = [x for x in self.sentences if x.para == para.index and x.start <= pos < x.end]
        # "Jane Roe was defiant: "We will ..."": a colon before the quotation in its own sentence
        lead = para.text[:qs].rstrip().rstrip("\"“‘«„`'").rstrip()
        if own and lead.endswith(":") and own[0].start < pos:
            who = self._colon_speaker(own[0], pos)
            if who is not None:
                return who, "quote:colon"
        while len(before) >= 2 and before[-1].inside and not before[-1].quotes and before[-2].para == before[-1].para:
            before = before[:-1]  # '"...," she said. "Too short to keep." "A new quotation ...': the same voice
        prev = before[-1] if before else None
        if prev is None:
            return None, "quote:unattributed"
        if prev.para < para.index - 1:
            return None, "quote:unattributed"
        opens_sentence = not own or para.text[own[0].start - para.offset : qs].strip(" \"“‘„«`'") == ""
        if own and own[0].start == para.offset and para.text[:qs].strip(" \"“‘„«`'") == ":":
            # ': "I joined the label in 1977 ..."': a transcript's paragraph whose speaker label was lost
            # in copying, the colon left; the words open the paragraph as a bare quotation would
            opens_sentence = True
        person_main = self._person_main(prev)
        if prev.colon and self._colon_speaker(prev, pos) is not None:
            return self._colon_speaker(prev, pos), "quote:colon"
        if prev.quotes:
            last = self.found[prev.quotes[-1]]
            if last.speaker is not None:
                return last.speaker, "quote:continuation"
        if prev.reported is not None:
            return prev.reported, "quote:previous-speaker"
        if opens_sentence and person_main is not None:
            return person_main, "quote:previous-subject"
        if opens_sentence:
            who = self._speaker_across_narration(before, para)
            if who is not None:
                return who, "quote:previous-speaker"
        return None, "quote:unattributed"

    def _speaker_across_narration(self, before: list[_Sentence], para: Paragraph) -> int | None:
        """A quotation opening its sentence with no reporting verb, after up to three sentences of
        narration that quote no one, report no one's words, cite no document, introduce nothing with a
        colon and name or mean no person but the one who spoke last before them, in this paragraph or
        the one before ('"...," Jane Roe said. The club is funding its move through loans. It is also
        looking to Asia. "We have two executives there ..."', 'Roe later learned she could not race. "My
        back was broken ..."'): the words go on in that person's voice. News weaves an interviewee's
        quotations through sentences of background this way; another person named or meant in between
        may have spoken instead."""
        k, gaps = len(before) - 1, 0
        while k >= 0 and gaps < 3 and not before[k].quotes and not before[k].inside and not before[k].document \
                and before[k].reported is None and not before[k].colon:
            k, gaps = k - 1, gaps + 1
        while k >= 1 and before[k].inside and not before[k].quotes:
            k -= 1  # the later sentences of a quotation belong to the sentence it opens in
        if gaps == 0 or k < 0 or before[k].para < para.index - 1:
            return None
        anchor = before[k]
        who = self.found[anchor.quotes[-1]].speaker if anchor.quotes else anchor.reported
        if who is None or self.table.items[who].type != "Person":
            return None
        key = self.table.items[who].key
        for gap in before[len(before) - gaps :]:
            for r in gap.refs:
                if r.kind != "person" or r.pronoun and r.idx is None:
                    continue
                if r.idx is None or self.table.items[self.table.resolved(r.idx) or r.idx].key != key:
                    return None  # someone else named or meant in between, or a person the passage does not name
        return who

    def _transcript_voice(self, para: Paragraph) -> int | None:
        """A transcript copied without its speaker labels (': "I joined the label in 1977 ..."', each
        answer a paragraph opening with the colon left behind): a quotation with no reporting verb in
        such a paragraph is spoken by whoever spoke the last quotation of an earlier such paragraph."""
        if not para.text.lstrip().startswith(":"):
            return None
        labelled = {p.index for p in self.paras if p.index < para.index and p.text.lstrip().startswith(":")}
        for q in reversed(self.found):
            if q.para in labelled and q.speaker is not None:
                return q.speaker
        return None

    def _short_before(self, para: Paragraph, qs: int, quoted) -> int | None:
        """The speaker of a quotation too short to be kept that ends right before the one opening
        at ``qs`` (only spaces and marks between): its reporting verb's subject."""
        for sq, se, span in self.short:
            if se > qs or para.text[se:qs].strip(" \"“”‘’'«»„`"):
                continue
            verb, subj = _attribution(para.tokens, span.start, span.end, quoted)
            if verb is None:
                return None
            who = self.resolve(para, subj) if subj is not None else None
            if who is None:
                who = self._name_by_verb(para, verb, span.start, span.end, quoted)
            return who
        return None

    def _verdict_of(self, para: Paragraph, b: int, quoted) -> int | None:
        """A quotation with no reporting verb whose own sentence, or the next, says whose words they were
        with a noun of saying after "to be" ('"...," is the dry assessment of Jane Roe', '"..." That was
        the verdict of Eastby manager Jane Roe'): the person after "of"."""
        doc = para.view
        sents = [s for s in doc.sents if s.end > b]
        if not sents:
            return None
        stop = sents[1].end if len(sents) > 1 and sents[0].end <= b + 1 else sents[0].end
        for t in doc[b:stop]:
            if quoted(t) and not t.is_punct:
                return None  # another quotation comes first
            if t.lemma_.lower() not in VERDICT_NOUNS or t.dep_ not in ("attr", "nsubj") or t.head.lemma_ != "be":
                continue
            for p in t.children:
                if p.dep_ == "prep" and p.lower_ == "of":
                    for o in p.children:
                        k = self.table.at(para.index, o.i) if o.dep_ == "pobj" else None
                        r = self.table.resolved(k) if k is not None else None
                        if r is not None and self.table.items[r].kind == "name" and self.table.items[r].type == "Person":
                            return r
            return None
        return None

    def _colon_speaker(self, info: _Sentence, pos: int) -> int | None:
        """Who introduces a quotation with a colon: the speaker of the sentence's reporting verb, its
        main subject if a person, else the person who is a subject in it ("Jane Roe was more
        restrained in her assessment: ...", which the parser may hang on the quotation's verb)."""
        who = _first(info.reported, self._person_main(info))
        if who is None:
            people = [r for r in info.refs if r.kind == "person" and r.idx is not None and r.pos < pos and r.rank <= 1]
            who = min(people, key=lambda r: (r.rank, r.pos)).idx if people else None
        return who

    def _person_main(self, info: _Sentence) -> int | None:
        """The main-clause subject of a sentence when it is a person."""
        return info.main if info.main is not None and self.table.items[info.main].type == "Person" else None

    @staticmethod
    def _text_between(para: Paragraph, start: int, end: int) -> str:
        return para.text[max(0, start - para.offset) : max(0, end - para.offset)]

    def _carry_back(self) -> None:
        """A left-open quotation with no speaker takes the speaker of the one it runs into."""
        for k in range(len(self.found) - 2, -1, -1):
            q, nxt = self.found[k], self.found[k + 1]
            if q.speaker is None and self.left_open[k] and nxt.speaker is not None and nxt.para - q.para <= 1:
                q.speaker = nxt.speaker
                q.evidence = replace(q.evidence, rule="quote:continuation", confidence=0.7)
        who = None
        for k, q in enumerate(self.found):
            if q.speaker is None and who is not None and (q.evidence.rule == "quote:continuation" or q.para == self.found[k - 1].para):
                q.speaker = who  # the quotations that go on from it
                q.evidence = replace(q.evidence, rule="quote:continuation", confidence=0.7)
                continue
            who = self._named_after(k) if q.speaker is None and q.verb is None and q.evidence.rule == "quote:unattributed" else None
            if who is not None:
                q.speaker = who
                q.evidence = replace(q.evidence, rule="quote:named-after", confidence=0.7)

    def _named_after(self, k: int) -> int | None:
        """A quotation that opens its paragraph with no speaker, whose next sentence names the person
        who speaks the next quotation ('"How much do you hate to lose?" These are the questions Jane Roe
        asks ... "...," said Roe.'): the speaker is named after the words."""
        q = self.found[k]
        para = next(p for p in self.paras if p.index == q.para)
        if para.text[: q.start - para.offset].strip(" \"“‘'«„`"):
            return None
        nxt = next((x for x in self.found[k + 1 :] if x.speaker is not None and x.evidence.rule == "quote:attributed"), None)
        if nxt is None or nxt.para - q.para > 1 or self.table.items[nxt.speaker].type != "Person":
            return None
        after = [x for x in self.sentences if x.start >= self.raw_end[k] and not x.inside]
        if not after or after[0].para - q.para > 1:
            return None
        named = [r for r in after[0].refs if r.kind == "person" and r.idx is not None and r.rank <= 1]
        return nxt.speaker if named and named[0].idx == nxt.speaker else None


def _person_noun(t: Token) -> bool:
    """Whether a noun names a person or a member of a body ("striker", "athlete"), also written with a
    hyphen the tokenizer split ("full-back", read as the dictionary's "fullback")."""
    word = t.lemma_.lower()
    if word in PERSON_NOUNS or word in MEMBER_NOUNS:
        return True
    doc = t.doc
    if t.i >= 2 and doc[t.i - 1].text == "-" and doc[t.i - 1].idx + 1 == t.idx and doc[t.i - 2].idx + len(doc[t.i - 2]) == doc[t.i - 1].idx:
        joined = doc[t.i - 2].lower_ + word
        return joined in PERSON_NOUNS or joined in MEMBER_NOUNS
    return False


def _the_phrase(t: Token) -> bool:
    """Whether the noun phrase ``t`` heads opens with "the", also where the parser hung the article on a
    name inside it ("the Eastby Rovers striker", "the" read as Rovers')."""
    return definite(t) or t.left_edge.lower_ == "the"


def _in_clause(t: Token, top: Token) -> bool:
    """``t`` sits in a clause hung on ``top`` ("the 22-year-old, who will play in the Acme Open"):
    what the clause names is not who ``top`` is."""
    while t.i != top.i and t.head.i != t.i:
        if t.dep_ in ("relcl", "acl"):
            return True
        t = t.head
    return False


def _under_prep(t: Token, top: Token) -> bool:
    """``t`` sits inside a prepositional phrase of ``top``'s phrase ("interest in the Acme tour": Acme)."""
    while t.i != top.i and t.head.i != t.i:
        if t.dep_ == "prep" or t.tag_ == "VBG" and t.dep_ in ("prep", "acl"):
            return True
        t = t.head
    return False


def _under_possessor(t: Token, top: Token) -> bool:
    """``t`` sits inside a possessor of ``top``'s phrase ("the Acme chief's aide": Acme)."""
    while t.i != top.i and t.head.i != t.i:
        if t.dep_ == "poss":
            return True
        t = t.head
    return False


def _first(*values: int | None) -> int | None:
    """The first value that is not None (mention index 0 is a mention)."""
    return next((v for v in values if v is not None), None)


def _title_words(text: str) -> list[str]:
    """The words of a title that tell it apart ("the former Chelsea chairman" -> former, chelsea, chairman)."""
    out = []
    for w in text.lower().replace("’s", " ").replace("'s", " ").split():
        w = w.strip(".,")
        if w in ("the", "a", "an", "his", "her", "its", "their", "of", "for") or w in HONORIFICS or _AGE.match(w) or w in ("former", "then", "new", "outgoing", "current"):
            continue
        out.append(w)
    return out


#: Words that make a title another office: "the chancellor" is not the shadow chancellor.
_OTHER_OFFICE = frozenset({"shadow", "deputy", "vice", "assistant", "junior", "acting", "interim", "under", "associate", "co"})


def _same_office(title: set[str], full: set[str]) -> bool:
    """Does a description's title ("minister") name the office of a full title ("economy minister"),
    not a different one ("shadow minister", "deputy minister")?"""
    if not title:
        return False
    # "Russian" for "Russia('s)": a nation's adjective names the office its name does
    title = {next((f for f in full if _nation_forms(w, f)), w) for w in title}
    return title <= full and not ((full - title) & _OTHER_OFFICE)


def _nation_word(t: Token) -> bool:
    """A demonym ("Argentine") or a nationality the parser tags ("Scottish")."""
    return t.lower_ in DEMONYM_NOUNS or (t.ent_type_ == "NORP" and t.text[:1].isupper() and not party_of(t.lower_))  # (not a party: "Republican Jane Roe")


def _same_nation(demonym: str, word: str) -> bool:
    """Does a person's demonym ("frenchman", "australian") name the nation ``word`` does (a demonym,
    or a country's name: "french", "australia")?"""
    stem = re.sub(r"(wo)?m[ae]n$", "", demonym) if demonym.endswith(("man", "men")) and len(demonym) > 6 else demonym
    if word in (demonym, stem) or _nation_forms(stem, word):
        return True
    # "scot"/"scottish", "swede"/"swedish", "argentine"/"argentina": all but the last letter of the shorter shared
    k = len(os.path.commonprefix([stem, word]))
    return k >= 4 and k >= min(len(stem), len(word)) - 1


def _nation_forms(a: str, b: str) -> bool:
    """Are two words a place's name and its adjective ("russia"/"russian", "italy"/"italian",
    "china"/"chinese", "germany"/"german")? English demonym suffixes on a shared stem."""
    if a == b or min(len(a), len(b)) < 4:
        return False
    short, long_ = sorted((a, b), key=len)
    k = 0
    while k < len(short) and short[k] == long_[k]:
        k += 1
    rests = {short[k:], long_[k:]}
    return k >= len(short) - 1 and any(p in ("", "y", "a", "e") and q in ("", "n", "an", "ian", "ese", "i", "ish")
                                       for p in rests for q in rests - {p})


def _title_before(doc: Doc, tok: tuple[int, int]) -> list[str]:
    """The title words written right before a name and hanging on it ("Tory leader Jane Roe")."""
    a, b = tok
    if b <= a or b > len(doc):
        return []
    out = []
    k = a - 1
    while k >= 0 and doc[k].dep_ in ("compound", "amod", "nmod") and k < doc[k].head.i < b:
        out.insert(0, doc[k].text)
        k -= 1
    head = doc[b - 1]
    if not out and head.dep_ == "appos" and head.head.i < a and head.head.lemma_.lower() in PERSON_NOUNS:
        # "Russia's president, Jane Roe", "the firm's chief executive Jane Roe": the title the name is set beside
        out = [t.text for t in head.head.subtree if t.i < a and not t.is_punct]
    return _title_words(" ".join(out))


def _ends_sentence(text: str) -> bool:
    """Whether a parsed sentence (its text) ends as a sentence does: a stop, a colon or a closing mark."""
    text = text.rstrip()
    return not text or text[-1] in ".!?:;\"”’')]…"


def _is_main(subj: Token) -> bool:
    """A subject of the main clause: of the sentence root or of a verb joined to it."""
    verb = subj.head
    for _ in range(4):
        if verb.dep_ == "ROOT" or verb.head.i == verb.i:
            return True
        if verb.dep_ in ("conj",):
            verb = verb.head
            continue
        return False
    return False


def find_quotations(article_id: str, paragraphs: list[Paragraph], table: MentionTable) -> list[FoundQuote]:
    """Every quotation of MIN_WORDS or more words, in text order, with its speaker."""
    return read_quotations(article_id, paragraphs, table)[0]


def read_quotations(article_id: str, paragraphs: list[Paragraph], table: MentionTable) -> tuple[list[FoundQuote], dict[tuple[int, int], int | None]]:
    """The quotations (``find_quotations``), and the people that subjects outside quotations which
    describe a person ("the 28-year-old", "the Frenchman", "the Acme striker", "the chancellor") were
    read as while reading the passage: (paragraph, token) -> the person's name mention. A description
    is a mention of the person it stands for in whatever it says, not only when it speaks."""
    reader = _Reader(article_id, paragraphs, table)
    found = reader.read()
    return found, reader.described()
