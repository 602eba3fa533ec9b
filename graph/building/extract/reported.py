"""Speech acts coordinated with a reporting verb: (spaCy Token, RelationContext) -> the speaker's mentions.

"X said the bill was a work in progress and urged Y to act": the parser often hangs the second
verb ("urged") on the last verb of the reported clause ("was"), so its subject seems to be the
reported clause's ("the bill"). A finite verb cannot be coordinated with an infinitive ("said it
was not possible to overstate it and urged Y"), and a thing cannot urge or accuse: then the verb
is coordinated with the reporting verb, whose subject does it.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp import Paragraph
from .context import RelationContext, lemma_of
from .lexicon import REPORTING_VERBS

__all__ = ["reporter_of_coordinated"]

_PAST = frozenset({"VBD", "VBN"})
_PRESENT = frozenset({"VBZ", "VBP"})


def _tense(v: Token) -> frozenset[str] | None:
    return _PAST if v.tag_ in _PAST else _PRESENT if v.tag_ in _PRESENT else None


def _finite(v: Token) -> bool:
    return v.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ == "aux" and c.tag_ in ("VBD", "VBZ", "VBP", "MD") for c in v.children)


def reporter_of_coordinated(ctx: RelationContext, para: Paragraph, v: Token) -> list[int] | None:
    """The subjects of the reporting verb a subjectless coordinated verb really goes with, or None
    when it goes with the clause the parser hangs it on."""
    if v.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in v.children) or _tense(v) is None:
        return None
    first = v.head
    for _ in range(4):
        if first.dep_ != "conj" or first.head.i == first.i:
            break
        first = first.head
    node = first
    for _ in range(4):
        if node.dep_ == "ccomp" and node.head.pos_ == "VERB" and lemma_of(node.head) in REPORTING_VERBS:
            break
        if node.dep_ not in ("xcomp", "advcl", "conj", "ccomp", "acomp") or node.head.i == node.i:
            return None
        node = node.head
    else:
        return None
    rep = node.head
    if _tense(rep) is not _tense(v) or ctx.quote_at(para, v) is not ctx.quote_at(para, rep):
        return None
    if _finite(first):
        # a finite first verb: the reporter's only when the reported clause is about a thing
        subs = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subs or subs[0].pos_ != "NOUN" or ctx.phrase_refs(para, subs[0]):
            return None
    return ctx.subjects(para, rep)
