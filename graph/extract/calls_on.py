"""callsOn: X urges, asks or demands that Y act ("X urged Y to ...", "X called on Y to ...")."""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp import Paragraph
from .context import RelationContext, lemma_of, negated
from .lexicon import words
from .registry import relation_rule

CALLS_ON_VERBS = words("calls_on_verbs")


@relation_rule("callsOn", "verb")
def urging_verbs(ctx: RelationContext, para: Paragraph) -> None:
    """A verb of urging, asking or demanding with an object and a clause for what to do."""
    doc = para.doc
    for v in doc:
        if v.pos_ not in ("VERB", "AUX") or negated(v):
            continue
        lemma = lemma_of(v)
        sent = v.sent
        # callsOn: "X urged Y to ...", "we are asking Y to ...", "X called on Y to ..."
        if lemma in CALLS_ON_VERBS:
            objs: list[Token] = [c for c in v.children if c.dep_ in ("dobj", "nsubj") and c.i > v.i]
            # "asked the Department to publish": the parser may make the object the clause's subject
            objs += [g for c in v.children if c.dep_ in ("ccomp", "xcomp") for g in c.children
                     if g.dep_ == "nsubj" and v.i < g.i < c.i and not objs]
            if lemma in ("call", "appeal"):
                objs = [g for c in v.children if c.dep_ == "prep" and c.lower_ in ("on", "upon", "to") for g in c.children if g.dep_ == "pobj"]
            needs_clause = lemma in ("ask", "press", "push", "encourage", "order", "instruct", "request", "compel")
            if needs_clause and not any(c.dep_ in ("xcomp", "ccomp") for c in v.children):
                objs = []
            if lemma == "compel" and not ctx.quote_at(para, v):
                objs = []  # "to compel tech firms" is usually the demand itself, not the act of asking
            for o in objs:
                for obj in ctx.phrase_refs(para, o):
                    for subj in ctx.subjects(para, v):
                        ctx.add(subj, "callsOn", obj, ctx.evidence(para, sent, f"callsOn:verb:{lemma}", 0.8, v))
