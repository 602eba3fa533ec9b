"""callsOn: X urges, asks or demands that Y act ("X urged Y to ...", "X called on Y to ...").

A call names who is to act (the addressee) and what they are to do (an infinitive or a
"that" clause). A question ("X asked whether Y knew", "X asked Y about ...") is not a call,
nor is a negated or hedged one.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp import Paragraph
from .context import RelationContext, lemma_of, negated, verbs
from .lexicon import words
from .registry import relation_rule

CALLS_ON_VERBS = words("calls_on_verbs")
#: Parts of a body that stand for it: "members of the committee", "the club's board".
_UNIT_NOUNS = words("unit_nouns") | {"member", "members"}
#: Verbs that take the addressee after a preposition: "call on Y to", "appeal to Y to".
_PREP_CALLS = {"call": ("on", "upon", "for"), "appeal": ("to",), "plead": ("with",)}
_QUESTION_WORDS = {"if", "whether", "what", "who", "whom", "which", "how", "why", "when", "where"}


def _action(clause: Token) -> bool:
    """An infinitive or a "that"-clause of what to do, not an indirect question."""
    first = clause.doc[clause.left_edge.i]
    if first.lower_ in _QUESTION_WORDS or any(c.dep_ == "mark" and c.lower_ in _QUESTION_WORDS for c in clause.children):
        return False
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return True
    return clause.dep_ == "ccomp" and clause.tag_ in ("VB", "VBP") or any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _addressees(ctx: RelationContext, para: Paragraph, tok: Token) -> list[int]:
    """The bodies or people a noun phrase names; "members of the committee" stands for the committee."""
    refs = ctx.phrase_refs(para, tok)
    if not refs and ctx.state_of(para, tok) is not None:
        return [ctx.state_of(para, tok)]  # "urged US officials to act": the officials stand for their state
    if not refs and tok.lemma_.lower() in _UNIT_NOUNS:
        refs = [r for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"
                for r in ctx.phrase_refs(para, g)]
    return refs


def _call_objects(v: Token) -> list[Token]:
    """The addressees of a verb of calling, only when the call says what they are to do."""
    lemma = lemma_of(v)
    clauses = [c for c in v.children if c.dep_ in ("xcomp", "ccomp", "advcl") and _action(c)]
    if lemma in _PREP_CALLS:
        preps = [c for c in v.children if c.dep_ == "prep" and c.lower_ in _PREP_CALLS[lemma]]
        objs = [g for p in preps for g in p.children if g.dep_ == "pobj"]
        # "called on Y to act": the infinitive hangs on the verb, the addressee or the preposition
        acts = clauses + [c for o in objs for c in o.children if c.dep_ in ("acl", "relcl", "xcomp") and _action(c)]
        acts += [c for p in preps for c in p.children if c.dep_ in ("xcomp", "ccomp", "pcomp") and _action(c)]
        if not objs and any(p.lower_ == "for" for p in preps):
            # "called for Y to make a statement": the parser makes Y the subject of the infinitive
            objs = [g for c in clauses for g in c.children if g.dep_ == "nsubj" and v.i < g.i < c.i]
            acts = acts or clauses
        return objs if acts else []
    objs = [c for c in v.children if c.dep_ == "dobj"]
    # "asked the Department to publish", "asked for Y to provide": the parser may make the
    # addressee the subject of the clause
    objs += [g for c in clauses for g in c.children if g.dep_ == "nsubj" and v.i < g.i < c.i and not objs]
    # "asked for Y to provide ...": the addressee after "for", with its infinitive
    for p in (c for c in v.children if c.dep_ == "prep" and c.lower_ == "for"):
        for g in p.children:
            own = [c for c in g.children if c.dep_ in ("acl", "relcl", "xcomp") and _action(c)]
            if g.dep_ == "pobj" and (own or clauses) and not [c for c in v.children if c.dep_ == "dobj"]:
                objs.append(g)
                clauses += own
    return objs if clauses else []


@relation_rule("callsOn", "verb")
def urging_verbs(ctx: RelationContext, para: Paragraph) -> None:
    """A verb of urging, asking or demanding with an addressee and what they are to do."""
    for v in verbs(para):
        if negated(v):
            continue
        lemma = lemma_of(v)
        if lemma not in CALLS_ON_VERBS:
            continue
        if v.dep_ in ("xcomp", "ccomp", "advcl") and lemma_of(v.head) in CALLS_ON_VERBS:
            continue  # "urged the council to compel firms to ...": what the council is to do, not a call by the subject
        inside = ctx.quote_at(para, v)
        for o in _call_objects(v):
            if ctx.quote_at(para, o) is not inside:
                continue  # the verb outside, the "addressee" inside a quotation: not a call
            for obj in _addressees(ctx, para, o):
                for subj in ctx.subjects(para, v):
                    state = o.ent_type_ == "GPE" or ctx.state_of(para, o) is not None
                    ctx.add(subj, "callsOn", obj, ctx.evidence(para, v.sent, f"callsOn:verb:{lemma}", 0.8, v), state=state)
