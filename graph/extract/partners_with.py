"""partnersWith: X and Y work together ("X works with Y", "in partnership with Y")."""

from __future__ import annotations

from ..nlp import Paragraph
from .context import RelationContext, lemma_of, negated
from .lexicon import words
from .registry import relation_rule

PARTNER_VERBS = words("partner_verbs")
PARTNER_NOUNS = words("partner_nouns")


@relation_rule("partnersWith", "verb")
def working_together(ctx: RelationContext, para: Paragraph) -> None:
    """"X works with Y", "X, working in partnership with Y", "X teamed up with Y"."""
    doc = para.doc
    for v in doc:
        if v.pos_ not in ("VERB", "AUX") or negated(v):
            continue
        lemma = lemma_of(v)
        sent = v.sent
        # partnersWith: "X works with Y", "X, working in partnership with Y"
        if lemma in PARTNER_VERBS:
            partners = []
            preps = [c for c in v.children if c.dep_ == "prep"]
            preps += [cc for c in preps for cc in c.children if cc.dep_ == "conj" and cc.pos_ == "ADP"]
            for c in preps:
                if c.lower_ in ("with", "alongside"):
                    partners.extend(g for g in c.children if g.dep_ == "pobj")
                if c.dep_ == "prep" and c.lower_ == "in":
                    for g in c.children:
                        if g.dep_ == "pobj" and g.lower_ in PARTNER_NOUNS:
                            partners.extend(h for p2 in g.children if p2.dep_ == "prep" and p2.lower_ == "with" for h in p2.children if h.dep_ == "pobj")
            if lemma == "team" and not any(c.lower_ == "up" for c in v.children):
                partners = partners if partners else []
            for p in partners:
                for obj in ctx.phrase_refs(para, p):
                    for subj in ctx.subjects(para, v):
                        ctx.add(subj, "partnersWith", obj, ctx.evidence(para, sent, f"partnersWith:verb:{lemma}", 0.75, v))
