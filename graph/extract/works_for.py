"""worksFor: a person holds a role in an organisation; the role title is kept on the edge.

From titles on names ("NCA director", "Chief Constable of Kent Police"), appositions in both
orders ("X, the museum's director"), copulas ("X, who is Y's chairman"), "X, of Y", verbs
("X works for Y", "X leads Y", "sits on Y") and national government posts."""

from __future__ import annotations

import re

from spacy.tokens import Token

from ..nlp import Paragraph
from ..text.names import name_key
from .context import RelationContext, lemma_of, negated
from .lexicon import GOVERNMENT_POSTS, ROLE_HEADS, words
from .registry import relation_rule


@relation_rule("worksFor", "verb")
def working_verbs(ctx: RelationContext, para: Paragraph) -> None:
    """"X works for Y", "X led Y", "X joined Y"."""
    doc = para.doc
    for v in doc:
        if v.pos_ not in ("VERB", "AUX") or negated(v):
            continue
        lemma = lemma_of(v)
        sent = v.sent
        # worksFor: "X works for Y", "X led Y", "X joined Y as ..."
        if lemma in ("work", "serve") and not ctx.quote_at(para, v):
            orgs = [g for c in v.children if c.dep_ == "prep" and c.lower_ in ("for", "at") for g in c.children if g.dep_ == "pobj"]
            for o in orgs:
                for obj in ctx.phrase_refs(para, o):
                    for subj in ctx.subjects(para, v):
                        ctx.add(subj, "worksFor", obj, ctx.evidence(para, sent, f"worksFor:verb:{lemma}", 0.7, v))
        if lemma in ("lead", "head", "run", "chair", "join") and not ctx.quote_at(para, v):
            for o in [c for c in v.children if c.dep_ == "dobj"]:
                for obj in ctx.phrase_refs(para, o):
                    for subj in ctx.subjects(para, v):
                        if ctx.table.items[subj].type == "Person":
                            role = {"lead": "leader", "head": "head", "run": "head", "chair": "chair", "join": None}[lemma]
                            ctx.add(subj, "worksFor", obj, ctx.evidence(para, sent, f"worksFor:verb:{lemma}", 0.7, v), role=role)


@relation_rule("worksFor", "title", scope="article")
def titles(ctx: RelationContext) -> None:
    """Titles on person mentions: "NCA director", "Kent Police Chief Constable X", a minister's
    post (the government the article names), a title that begins an organisation's name
    ("Information Commissioner" of the "Information Commissioner's Office")."""
    table = ctx.table
    paras = {p.index: p for p in ctx.paras}
    gov = [i for i, m in enumerate(table.items) if m.kind == "name" and m.type == "Organization" and (m.key.endswith("government") or m.key == "government")]
    orgs = [(i, m) for i, m in enumerate(table.items) if m.kind == "name" and m.type == "Organization"]
    for i, m in enumerate(list(table.items)):
        if m.type != "Person" or not m.role:
            continue
        person = table.resolved(i) if m.kind != "name" else i
        if person is None or table.items[person].kind != "name":
            continue
        para = paras.get(m.para)
        if para is None:
            continue
        tok = para.doc[m.tok[0]]
        sent = tok.sent
        if ctx.quote_at(para, tok) is not None or m.key in ("spokesman", "spokeswoman", "spokesperson"):
            continue
        role = _clean_role(m.role)
        org = table.resolved(m.role_org) if m.role_org is not None else None
        rule = f"worksFor:title:{m.rule}"
        if org is None and m.tok[0] > 0:
            # "GLEA President Denise Harlow": an organisation named right before the title
            j = table.at(m.para, m.tok[0] - 1)
            if j is not None and table.items[j].type == "Organization" and table.items[j].kind in ("name", "group"):
                org, rule = table.resolved(j), "worksFor:org-before-title"
        if org is None:
            rk = name_key(role)
            named = sorted({table.resolved(j) for j, o in orgs if len(rk.split()) >= 2 and o.key.startswith(rk + " ")})
            if len(named) == 1:
                org, rule = named[0], "worksFor:title-names-org"
        if org is None and gov and any(post in role.lower() for post in GOVERNMENT_POSTS):
            org, rule = table.resolved(gov[0]), "worksFor:government-post"
        if org is not None:
            ctx.add(person, "worksFor", org, ctx.evidence(para, sent, rule, 0.8, tok), role=role)


def _clean_role(role: str) -> str:
    role = re.sub(r"^(the|a|an|its|their|his|her)\s+", "", role.strip(), flags=re.I)
    role = re.sub(r"\s+([,.;])", r"\1", role).strip(" ,")
    return re.sub(r"\s+(of|at|for|in|with|and)$", "", role)


_EXTRA_ROLES = words("role_nouns")


def _is_role(t: Token) -> bool:
    return t.lower_ in ROLE_HEADS or t.lower_ in _EXTRA_ROLES


def _employer_in(ctx: RelationContext, para: Paragraph, role: Token, skip: set[int]) -> tuple[int | None, set[int]]:
    """The organisation a title phrase names ("the museum's director", "chief executive of X",
    "its general secretary", "the NCA director") and the tokens that name it."""
    for g in role.subtree:
        if g.i in skip or g.i == role.i:
            continue
        attach = g.dep_ in ("poss", "compound", "nmod") or (g.dep_ == "pobj" and g.head.lower_ in ("of", "at", "for", "with"))
        if not attach:
            continue
        r = ctx.ref(para, g)
        if r is None or ctx.table.items[r].type != "Organization":
            continue
        j = ctx.table.at(para.index, g.i)
        span = set(range(*ctx.table.items[j].tok)) if j is not None else {g.i}
        if g.dep_ == "poss":
            span |= {c.i for c in g.children if c.tag_ == "POS" or c.dep_ == "case"}
        return r, span
    return None, set()


def _role_text(role: Token, drop: set[int], skip: set[int]) -> str:
    words = []
    for g in role.subtree:
        if g.i in drop or g.i in skip or g.tag_ == "POS" or g.text in ("’s", "'s") or g.dep_ in ("relcl", "acl"):
            continue
        if any(a.dep_ in ("relcl", "acl") and a.i != role.i and g in a.subtree for a in g.ancestors):
            continue
        if g.lower_ in ("the", "a", "an") and (g.i + 1 in drop):
            continue
        if g.is_punct and g.text not in ("-",):
            continue
        words.append(g.text)
    return _clean_role(" ".join(words))


@relation_rule("worksFor", "apposition")
def appositions(ctx: RelationContext, para: Paragraph) -> None:
    """worksFor from appositions in both orders ("X, the museum's director", "Its general
    secretary, X"), "X, of Y", copulas ("X, who is Y's chairman", "will become chairman of Y")
    and "sits on Y"."""
    doc = para.doc
    for t in doc:
        if ctx.quote_at(para, t) is not None:
            continue
        pairs: list[tuple[Token, Token]] = []  # (person token, role token)
        if t.dep_ == "appos":
            if _is_role(t):
                pairs.append((t.head, t))
            elif _is_role(t.head):
                pairs.append((t, t.head))
        if t.lemma_.lower() in ("be", "become", "remain") and t.pos_ in ("AUX", "VERB"):
            for c in t.children:
                if c.dep_ == "attr" and _is_role(c):
                    subs = [x for x in t.children if x.dep_ == "nsubj"]
                    if subs:
                        pairs.append((subs[0], c))
        if t.lemma_.lower() == "serve" and t.pos_ == "VERB":
            for c in t.children:
                if c.dep_ == "prep" and c.lower_ == "as":
                    for g in c.children:
                        if g.dep_ == "pobj" and _is_role(g):
                            subs = [x for x in t.children if x.dep_ == "nsubj"]
                            if subs:
                                pairs.append((subs[0], g))
        for person_tok, role_tok in pairs:
            persons = [r for r in ctx.phrase_refs(para, person_tok) if ctx.table.items[r].type == "Person"]
            if not persons:
                r = ctx.ref(para, person_tok)
                persons = [r] if r is not None and ctx.table.items[r].type == "Person" else []
            if not persons:
                continue
            skip = {g.i for g in person_tok.subtree if g.i not in {x.i for x in role_tok.subtree}}
            org, drop = _employer_in(ctx, para, role_tok, skip)
            if org is None:
                continue
            role = _role_text(role_tok, drop, skip)
            ctx.add(persons[0], "worksFor", org, ctx.evidence(para, t.sent, "worksFor:apposition-or-copula", 0.8, role_tok), role=role or None)
        # "Detective Chief Inspector X, of Y Police"
        if t.dep_ == "prep" and t.lower_ in ("of", "at", "from") and t.i > 0 and doc[t.i - 1].text == ",":
            person = ctx.ref(para, t.head)
            if person is not None and ctx.table.items[person].type == "Person":
                for g in t.children:
                    if g.dep_ == "pobj":
                        org = ctx.ref(para, g)
                        if org is not None and ctx.table.items[org].type == "Organization" and ctx.table.items[org].kind == "name":
                            pm = ctx.table.items[ctx.table.at(para.index, t.head.i)] if ctx.table.at(para.index, t.head.i) is not None else None
                            role = _clean_role(pm.role) if pm is not None and pm.role else None
                            ctx.add(person, "worksFor", org, ctx.evidence(para, t.sent, "worksFor:of-org", 0.75, t), role=role)
        # "who sits on the Senate Banking Committee"
        if t.lemma_.lower() == "sit" and t.pos_ == "VERB":
            for c in t.children:
                if c.dep_ == "prep" and c.lower_ == "on":
                    for g in c.children:
                        org = ctx.ref(para, g) if g.dep_ == "pobj" else None
                        if org is not None and ctx.table.items[org].type == "Organization":
                            for subj in ctx.subjects(para, t):
                                if ctx.table.items[subj].type == "Person":
                                    ctx.add(subj, "worksFor", org, ctx.evidence(para, t.sent, "worksFor:sits-on", 0.7, t), role="member")
