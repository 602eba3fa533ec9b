"""Speech acts coordinated with a reporting verb: (spaCy Token, RelationContext) -> the speaker's mentions.

"X said the bill was a work in progress and urged Y to act": the parser often hangs the second
verb ("urged") on the last verb of the reported clause ("was"), so its subject seems to be the
reported clause's ("the bill"). A finite verb cannot be coordinated with an infinitive ("said it
was not possible to overstate it and urged Y"), and a thing cannot urge or accuse: then the verb
is coordinated with the reporting verb, whose subject does it.

"A report by X criticised Y", "the report urged Y to ...": a document that criticises or calls does
so for its author (the one after "by", its possessor, the name before it), and "the report" is
the last report named with an author before it in the article.

"He accused Mr Brown of ...": a personal pronoun as subject is never the verb's own object. When
the pronoun was read as the one it accuses or urges, the actor is the last other person named
before it (news writing keeps to the speaker it has been reporting).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp import Paragraph, indefinite
from .context import RelationContext, lemma_of
from .lexicon import REPORTING_VERBS, words
from .mentions import person_sexes

__all__ = ["reporter_of_coordinated", "unbound_subject", "document_authors"]

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
    if v.tag_ == "VBD" and first.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "MD" for c in first.children):
        # "X said Y would set out plans and attacked Z": a past verb cannot share the first verb's
        # modal ("would ... attacked"), so it is the reporter's second act
        return ctx.subjects(para, rep)
    if _finite(first):
        # a finite first verb: the reporter's only when the reported clause is about a thing
        subs = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subs or subs[0].pos_ != "NOUN" or ctx.phrase_refs(para, subs[0]):
            return None
        if indefinite(subs[0]):
            return None  # "X said a fan jumped on stage and attacked Y": someone new in the story does both
    return ctx.subjects(para, rep)


_PERSONAL = frozenset({"he", "she"})
#: How many paragraphs back the last other person may be named.
_BACK = 2


def unbound_subject(ctx: RelationContext, para: Paragraph, v: Token, subjects: list[int], objects: list[int]) -> list[int]:
    """``subjects``, unless the verb's subject is "he"/"she" read as one of ``objects``, the
    verb's own object ("He went on to accuse Mr Brown", "he" read as Brown): then the last other
    person named before the pronoun, within two paragraphs and outside quotations (a name inside
    one is what someone said, not whom the narrative follows), of the pronoun's sex where the
    names tell it, or nobody."""
    subj = _subject_word(v)
    if subj is None or subj.lower_ not in _PERSONAL or not subjects or not set(subjects) <= set(objects):
        return subjects
    pos = para.offset + subj.idx
    sexes, sex = person_sexes(ctx.table), ("m" if subj.lower_ == "he" else "f")
    best, best_start = None, -1
    for i, m in enumerate(ctx.table.items):
        if m.type != "Person" or m.kind not in ("name", "description") or m.start >= pos or m.para < para.index - _BACK:
            continue
        if any(q.para == m.para and q.start <= m.start < q.end for q in ctx.quotes):
            continue
        r = ctx.table.resolved(i)
        if r is None or r in objects or ctx.table.items[r].kind != "name" or ctx.table.items[r].type != "Person":
            continue
        if sexes.get(r, sex) != sex:
            continue  # ("Ann Pell said ... He accused ...": not her)
        if m.start > best_start:
            best, best_start = r, m.start
    return [best] if best is not None else []


def _subject_word(v: Token) -> Token | None:
    """The subject word of a verb, through the verbs it is the complement of ("He went on to accuse")."""
    node = v
    for _ in range(4):
        subs = [c for c in node.children if c.dep_ == "nsubj"]
        if subs:
            return subs[0]
        if node.dep_ not in ("xcomp", "advcl", "conj") or node.head.i == node.i:
            return None
        node = node.head
    return None


#: Nouns of written or spoken statements that act for their author ("a report by X urged Y").
_DOCUMENT_NOUNS = words("document_nouns") | words("speech_nouns")
_DEFINITE = frozenset({"the", "this", "that", "its", "their"})


def _authors_of(ctx: RelationContext, para: Paragraph, doc: Token) -> list[int]:
    refs = [r for c in doc.children if c.dep_ == "poss" for r in ctx.phrase_refs(para, c)]
    refs += [r for c in doc.children if c.dep_ == "prep" and c.lower_ in ("by", "from") for g in c.children if g.dep_ == "pobj"
             for r in ctx.phrase_refs(para, g)]
    refs += [r for c in doc.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < doc.i for r in ctx.phrase_refs(para, c)]
    return [r for r in refs if ctx.table.items[r].type in ("Person", "Organization")]


def _made_by(ctx: RelationContext, para: Paragraph, v: Token) -> list[int]:
    """"A complaint was made by X, demanding ...", "a letter sent by X urging Y to ...": a participle
    that goes on from a document said to be made by someone acts for the one who made it (the
    passive verb's agent)."""
    if v.tag_ != "VBG" or v.dep_ not in ("advcl", "acl", "xcomp") or any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
        return []
    made = v.head
    if made.tag_ != "VBN":
        return []
    if any(c.dep_ == "auxpass" for c in made.children):
        docs = [c for c in made.children if c.dep_ == "nsubjpass"]
    elif made.dep_ == "acl":
        docs = [made.head]  # "a letter sent by X urging ..."
    else:
        return []
    if not any(d.pos_ == "NOUN" and d.lemma_.lower() in _DOCUMENT_NOUNS and not ctx.phrase_refs(para, d) for d in docs):
        return []
    refs = [r for a in made.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj" for r in ctx.phrase_refs(para, g)]
    return [r for r in refs if ctx.table.items[r].type in ("Person", "Organization")]


def document_authors(ctx: RelationContext, para: Paragraph, v: Token) -> list[int]:
    """The authors of a document that is the subject of ``v`` ("a report by X criticised Y", "X's
    study urged Y to ...", "a Westmoor Council report attacked Y"); for "the report" with none, the
    authors of the last report named with an author before it, in this paragraph or the two
    before. Nothing when the subject is no document or names an entity itself."""
    made = _made_by(ctx, para, v)
    if made:
        return made
    subj = _subject_word(v)
    if subj is None or subj.pos_ != "NOUN" or subj.lemma_.lower() not in _DOCUMENT_NOUNS or ctx.phrase_refs(para, subj):
        return []
    refs = _authors_of(ctx, para, subj)
    if refs or not any(c.dep_ in ("det", "poss") and c.lower_ in _DEFINITE for c in subj.children):
        return refs
    lemma = subj.lemma_.lower()
    for p in reversed([q for q in ctx.paras if para.index - _BACK <= q.index <= para.index]):
        earlier = [t for t in p.tokens if t.lemma_.lower() == lemma and t.pos_ == "NOUN" and (p is not para or t.i < subj.i)]
        for t in reversed(earlier):
            found = _authors_of(ctx, p, t)
            if found:
                return found
    return []
