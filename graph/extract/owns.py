"""owns: X owns or operates Y ("Y, which is owned by X", "the X-owned site", "X's platforms, A and B")."""

from __future__ import annotations

from ..nlp import Paragraph
from .context import OWNED_NOUNS, RelationContext, lemma_of, negated
from .lexicon import words
from .registry import relation_rule

OWN_VERBS = words("own_verbs")


@relation_rule("owns", "verb")
def owning_verbs(ctx: RelationContext, para: Paragraph) -> None:
    """"Y, which is owned by X", "X owns Y", "X runs Y"."""
    doc = para.doc
    for v in doc:
        if v.pos_ not in ("VERB", "AUX") or negated(v):
            continue
        lemma = lemma_of(v)
        sent = v.sent
        # owns: "Y, which is owned by X", "X owns Y"
        if lemma in OWN_VERBS and lemma != "run" or (lemma == "run" and any(c.dep_ == "dobj" for c in v.children)):
            passive = any(c.dep_ == "auxpass" for c in v.children)
            if passive:
                owners = [r for c in v.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj" for r in ctx.phrase_refs(para, g)]
                owned = ctx.subjects(para, v) if v.dep_ != "relcl" else ctx.phrase_refs(para, v.head)
                if v.dep_ == "relcl":
                    owned = ctx.phrase_refs(para, v.head)
                else:
                    owned = [r for c in v.children if c.dep_ == "nsubjpass" for r in ctx.phrase_refs(para, c)]
            elif v.dep_ == "amod" or (v.tag_ == "VBN" and v.dep_ in ("acl",)):
                continue
            else:
                owners = ctx.subjects(para, v)
                owned = [r for c in v.children if c.dep_ == "dobj" for r in ctx.phrase_refs(para, c)]
            for o in owners:
                for p in owned:
                    ctx.add(o, "owns", p, ctx.evidence(para, sent, f"owns:verb:{lemma}", 0.85, v))


@relation_rule("owns", "possessive-apposition")
def possessed_list(ctx: RelationContext, para: Paragraph) -> None:
    """"X's platforms, A and B"."""
    doc = para.doc
    for n in doc:
        low = n.lower_
        sent = n.sent
        # owns: "Meta's platforms, Facebook and Instagram"
        if low in OWNED_NOUNS:
            owners = [r for c in n.children if c.dep_ == "poss" for r in ctx.phrase_refs(para, c)]
            listed = n.i + 1 < len(doc) and doc[n.i + 1].text == ","
            owned = [r for c in n.children if c.dep_ == "appos" or (listed and c.dep_ == "conj") for r in ctx.phrase_refs(para, c)]
            for o in owners:
                for p in owned:
                    ctx.add(o, "owns", p, ctx.evidence(para, sent, "owns:possessive-apposition", 0.8, n))


@relation_rule("owns", "possessive-product")
def possessed_product(ctx: RelationContext, para: Paragraph) -> None:
    """"the company's Strydo app", "its database": an organisation's named product."""
    for n in para.doc:
        sent = n.sent
        # owns: "the company's Strydo app", "its database": an organisation's named product
        j = ctx.table.at(para.index, n.i)
        if j is not None and ctx.table.items[j].kind == "name" and ctx.table.items[j].type == "Product":
            head = n
            while head.dep_ in ("compound", "amod", "nmod") and head.head.i != head.i:
                head = head.head
            for c in head.children:
                if c.dep_ == "poss":
                    owner = ctx.ref(para, c)
                    if owner is not None and ctx.table.items[owner].type == "Organization":
                        ctx.add(owner, "owns", ctx.table.resolved(j), ctx.evidence(para, sent, "owns:possessive-product", 0.75, n))


@relation_rule("owns", "hyphen-owned")
def hyphen_owned(ctx: RelationContext, para: Paragraph) -> None:
    """"the X-owned site"."""
    doc = para.doc
    for n in doc:
        low = n.lower_
        sent = n.sent
        # owns: "the Facebook-owned site"
        if low == "owned" and n.i > 1 and doc[n.i - 1].text == "-":
            owner = ctx.ref(para, doc[n.i - 2])
            target = n.head if n.head.i != n.i else None
            while target is not None and target.dep_ in ("amod", "compound") and target.head.i != target.i:
                target = target.head
            if owner is not None and target is not None:
                for p in ctx.phrase_refs(para, target):
                    ctx.add(owner, "owns", p, ctx.evidence(para, sent, "owns:hyphen-owned", 0.85, n))


@relation_rule("owns", "owner-prefix", scope="article")
def owner_prefix(ctx: RelationContext) -> None:
    """A product named with its owner ("Facebook Messenger"): the owner owns it."""
    table = ctx.table
    for i, m in enumerate(list(table.items)):
        if m.type == "Product" and m.kind == "name" and m.role_org is not None:
            para = next(p for p in ctx.paras if p.index == m.para)
            tok = para.doc[m.tok[0]]
            ctx.add(table.resolved(m.role_org), "owns", i, ctx.evidence(para, tok.sent, "owns:owner-prefix", 0.8, tok))
