"""Quotations: parsed paragraphs + mentions -> direct quotations of six or more words and their speakers.

Rules over punctuation and the dependency parse, never over particular sentences:
- quotation marks: curly and straight double marks; a paragraph that opens a quotation and
  never closes it runs to its end (the news convention for a quotation that continues in the
  next paragraph); doubled or stray closing marks of scraped text are dropped;
- the speaker is the subject of the reporting verb that governs the quotation ("X said:",
  "..., said X", "..., X told the conference", "adding ...") or, failing that, the nearest
  reporting verb in the sentence where the quotation opens or closes;
- a spokesperson ("a spokesman for X", "an X spokesperson") speaks for the organisation;
- pronouns and descriptions are resolved through the mention table;
- a paragraph that opens with a quotation mark and has no attribution continues the last speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..model import Evidence
from ..nlp import Paragraph
from ..text.quotes import quote_spans
from .lexicon import REPORTING_VERBS, SPOKES_NOUNS
from .mentions import MentionTable, WorkMention

__all__ = ["FoundQuote", "find_quotations", "is_reporting", "speaker_of_subject"]

MIN_WORDS = 6


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


def _clean_bounds(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and (text[s].isspace() or text[s] in "“”\"'"):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",”\"“"):
        e -= 1
    return s, e


def _mention_in(table: MentionTable, para: int, tokens) -> int | None:
    for t in tokens:
        j = table.at(para, t.i)
        if j is not None:
            return j
    return None


def _last_org_before(table: MentionTable, pos: int) -> int | None:
    best = None
    for i, m in enumerate(table.items):
        if m.start < pos and m.type == "Organization" and m.kind in ("name",) and not m.plural:
            if best is None or m.start > table.items[best].start:
                best = i
    return best


def speaker_of_subject(table: MentionTable, para: Paragraph, subj: Token) -> int | None:
    """The mention a subject phrase refers to (spokespeople resolved to their organisation)."""
    head = subj
    if head.lemma_.lower() in SPOKES_NOUNS or head.lower_ in SPOKES_NOUNS:
        # "a spokesman for X", "an X (company) spokesperson"
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in ("for", "at", "from"):
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        j = table.at(para.index, obj.i)
                        if j is not None:
                            return table.resolved(j)
                        if obj.lower_ in ("it", "them"):
                            k = _last_org_before(table, para.offset + obj.idx)
                            if k is not None:
                                table.items.append(
                                    WorkMention(start=para.offset + obj.idx, end=para.offset + obj.idx + len(obj), text=obj.text,
                                                type="Organization", key=obj.lower_, kind="pronoun", rule="pronoun-org", para=para.index,
                                                tok=(obj.i, obj.i + 1), antecedent=table.resolved(k))
                                )
                                return table.resolved(k)
        mods = [t for t in head.subtree if t.i < head.i]
        j = _mention_in(table, para.index, reversed(mods))
        if j is not None and table.items[table.resolved(j)].type == "Organization":
            return table.resolved(j)
        return None
    j = table.at(para.index, head.i)
    if j is None:
        # the head noun may sit outside the mention span: look through the phrase
        j = _mention_in(table, para.index, [t for t in head.subtree if t.dep_ in ("compound", "poss", "appos", "nsubj") or t.i == head.i])
    if j is None:
        return None
    m = table.items[j]
    if m.key in SPOKES_NOUNS and m.role_org is not None:
        return table.resolved(m.role_org)
    return table.resolved(j)


def _left_subject(verb: Token, outside) -> Token | None:
    """The noun phrase right before a verb the parser left without a subject ("a spokesman for it said")."""
    if verb.i == 0:
        return None
    t = verb.doc[verb.i - 1]
    if not outside(t) or t.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    for _ in range(4):
        if t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.head.pos_ in ("NOUN", "PROPN"):
            t = t.head.head
        else:
            break
    return t


def _subject(verb: Token, outside) -> Token | None:
    """The subject of a verb, climbing from participles ("adding ...") to the reporting verb they extend."""
    own = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and outside(c)]
    if own:
        return own[0]
    node = verb
    for _ in range(5):
        if node.head.i == node.i:
            break
        node = node.head
        if is_reporting(node):
            subs = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass") and outside(c)]
            return subs[0] if subs else _left_subject(node, outside)
    left = _left_subject(verb, outside)
    if left is not None:
        return left
    node = verb
    for _ in range(4):
        subs = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass") and outside(c)]
        if subs:
            return subs[0]
        if node.dep_ in ("conj", "xcomp", "parataxis") and node.head.i != node.i:
            node = node.head
            continue
        break
    return None


def is_reporting(t: Token) -> bool:
    """A verb that introduces speech or a report ("said", "told", "warned")."""
    return t.pos_ in ("VERB", "AUX") and (t.lemma_.lower() in REPORTING_VERBS or t.lower_ in REPORTING_VERBS)


def _attribution(doc: Doc, a: int, b: int) -> tuple[Token | None, Token | None]:
    """(reporting verb, subject) for the quotation occupying tokens [a, b)."""

    def outside(t: Token) -> bool:
        return not (a <= t.i < b)

    # 1. a reporting verb outside the quotation that governs a token inside it
    for t in doc[a:b]:
        h = t.head
        steps = 0
        while outside(h) is False and h.head.i != h.i and steps < 50:
            h = h.head
            steps += 1
        if not outside(h):
            continue
        node = h
        for _ in range(6):
            if is_reporting(node):
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
            if outside(t) and is_reporting(t):
                dist = min(abs(t.i - a), abs(t.i - b))
                if best is None or dist < best[0]:
                    best = (dist, t)
        if best:
            break
    if best:
        return best[1], _subject(best[1], outside)
    return None, None


def _sentence_bounds(doc: Doc, a: int, b: int) -> Span:
    first = doc[a].sent.start if a < len(doc) else 0
    last = doc[max(a, b - 1)].sent.end if b - 1 < len(doc) else len(doc)
    return doc[first:last]


def find_quotations(article_id: str, paragraphs: list[Paragraph], table: MentionTable) -> list[FoundQuote]:
    """Every quotation of MIN_WORDS or more words, in text order, with its speaker."""
    found: list[FoundQuote] = []
    last_speaker: int | None = None
    last_para = -10
    for para in paragraphs:
        doc = para.doc
        text = doc.text
        for qs, qe, _closed in quote_spans(text):
            s, e = _clean_bounds(text, qs, qe)
            if e <= s:
                continue
            qtext = text[s:e]
            if len(re.findall(r"\w+(?:[’'-]\w+)*", qtext)) < MIN_WORDS:
                continue
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is None:
                continue
            a, b = span.start, span.end
            verb, subj = _attribution(doc, a, b)
            speaker = speaker_of_subject(table, para, subj) if subj is not None else None
            rule = "quote:attributed" if speaker is not None else "quote:unattributed"
            opens_paragraph = text[:qs].strip() in ("", "“", '"')
            if speaker is None and verb is None and last_speaker is not None and (
                (opens_paragraph and para.index - last_para <= 3) or para.index == last_para
            ):
                speaker, rule = last_speaker, "quote:continuation"
            if speaker is not None:
                last_speaker, last_para = speaker, para.index
            sent = _sentence_bounds(doc, a, b)
            ev = Evidence(
                article=article_id,
                start=para.offset + sent.start_char,
                end=para.offset + sent.end_char,
                sentence=sent.text,
                rule=rule,
                confidence=0.9 if rule == "quote:attributed" else 0.7 if speaker is not None else 0.3,
                cue_start=para.offset + verb.idx if verb is not None else None,
                cue_end=para.offset + verb.idx + len(verb) if verb is not None else None,
            )
            found.append(
                FoundQuote(
                    start=para.offset + s, end=para.offset + e, text=qtext, speaker=speaker,
                    verb=verb.lemma_.lower() if verb is not None else None, evidence=ev, para=para.index, tok=(a, b),
                )
            )
    return found
