"""worksFor: a person holds a role in an organisation; the role title is kept on the edge.

From titles on names ("NCA director", "Chief Constable of Kent Police"), appositions in both
orders ("X, the museum's director"), copulas ("X, who is Y's chairman"), "X, of Y", verbs
("X works for Y", "X leads Y", "sits on Y") and national government posts."""

from __future__ import annotations

import re

from spacy.tokens import Token

from ..nlp import Paragraph
from ..text.names import name_key
from .context import RelationContext, lemma_of, negated, tokens, verbs
from .lexicon import GOVERNMENT_POSTS, ROLE_HEADS, words
from .registry import relation_rule


@relation_rule("worksFor", "verb")
def working_verbs(ctx: RelationContext, para: Paragraph) -> None:
    """"X works for Y", "X led Y", "X joined Y"."""
    for v in verbs(para):
        if negated(v):
            continue
        lemma = lemma_of(v)
        # worksFor: "X works for Y", "X led Y", "X joined Y as ..."
        if lemma in ("work", "serve") and not ctx.quote_at(para, v):
            orgs = [g for c in v.children if c.dep_ == "prep" and c.lower_ in ("for", "at") for g in c.children if g.dep_ == "pobj"]
            for o in orgs:
                for obj in ctx.phrase_refs(para, o):
                    for subj in ctx.subjects(para, v):
                        ctx.add(subj, "worksFor", obj, ctx.evidence(para, v.sent, f"worksFor:verb:{lemma}", 0.7, v))
        if lemma in ("lead", "head", "run", "chair", "join") and not ctx.quote_at(para, v):
            for o in [c for c in v.children if c.dep_ == "dobj"]:
                for obj in ctx.phrase_refs(para, o):
                    for subj in ctx.subjects(para, v):
                        if ctx.table.items[subj].type == "Person":
                            role = {"lead": "leader", "head": "head", "run": "head", "chair": "chair", "join": None}[lemma]
                            ctx.add(subj, "worksFor", obj, ctx.evidence(para, v.sent, f"worksFor:verb:{lemma}", 0.7, v), role=role)


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
        if m.kind != "name":
            # "Northwind Bank chief executive Bob Marsh" is read by the title-before-name rule; a
            # description standing alone ("the bank's chairman said") names the person the article
            # gave that title before, not merely the last person named
            if _name_after(ctx, para, m.tok[1]) is not None:
                continue
            person = _described_person(ctx, para, m, person)
            if person is None:
                continue
            if m.rule == "org-role" and m.role_org is not None:
                role = _role_after_org(para.doc, table.items[m.role_org].tok[1], m.tok[1]) or role
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


def _name_after(ctx: RelationContext, para: Paragraph, i: int) -> int | None:
    """The person named right after token ``i`` ("... chief executive Bob Marsh"), allowing a
    coordinated title between ("founder and CEO Jane Roe")."""
    doc = para.doc
    k = i
    while k < len(doc) and k - i < 4 and (doc[k].lower_ in ("and", "&", "-") or _is_role(doc[k]) or doc[k].lower_ in _MODIFIERS):
        k += 1
    j = ctx.table.at(para.index, k) if k < len(doc) else None
    if j is not None and ctx.table.items[j].type == "Person" and ctx.table.items[j].kind == "name" and ctx.table.items[j].tok[0] >= i:
        return j
    return None


def _described_person(ctx: RelationContext, para: Paragraph, m, resolved: int) -> int | None:
    """The person a title description stands for, when the sentence or the article says so: a name
    right before it ("Jane Roe, the home secretary"), the subject of a copula ("X, who is the
    bank's chairman"), or a person the article gave the same title by name; else None (the
    last person named is no evidence)."""
    doc, table = para.doc, ctx.table
    a, head = m.tok[0], doc[m.tok[1] - 1]
    k = a - 1
    if k >= 1 and doc[k].text == ",":
        j = table.at(para.index, k - 1)
        if j is not None and table.items[j].type == "Person" and table.resolved(j) == resolved:
            return resolved
    if head.dep_ == "attr" and lemma_of(head.head) in ("be", "become", "remain"):
        for sb in head.head.children:
            if sb.dep_ == "nsubj":
                r = ctx.ref(para, sb)
                if r is not None and table.items[r].type == "Person":
                    return r
                # a surname the mention reader mistyped is still the person named in full
                if r is not None and table.items[r].key == table.items[resolved].key.split()[-1]:
                    return resolved
    return resolved if _holds_title(table, resolved, m.role) else None


def _holds_title(table, person: int, role: str | None) -> bool:
    """Whether the article gave ``person`` the title ``role`` by name elsewhere."""
    if not role:
        return False
    want = name_key(role).split()[-1:] or [""]
    for i, m in enumerate(table.items):
        if m.type == "Person" and m.kind == "name" and m.role and table.resolved(i) == person:
            if name_key(m.role).split()[-1:] == want:
                return True
    return False


def _role_after_org(doc, a: int, b: int) -> str:
    """The title words of "the bank's chief executive" after the organisation's name."""
    while a < b and (doc[a].tag_ == "POS" or doc[a].text in ("’s", "'s", "’", "'")):
        a += 1
    return _clean_role(doc[a:b].text) if a < b else ""


def _clean_role(role: str) -> str:
    role = re.sub(r"^(the|a|an|its|their|his|her)\s+", "", role.strip(), flags=re.I)
    role = re.sub(r"\s+([,.;])", r"\1", role).strip(" ,")
    return re.sub(r"\s+(of|at|for|in|with|and)$", "", role)


_EXTRA_ROLES = words("role_nouns")
#: Words kept in a role before its head ("former", "acting", "outgoing").
_MODIFIERS = words("title_modifiers")


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
    for t in tokens(para):
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
            if person_tok.head.i == role_tok.i:
                skip |= {g.i for g in person_tok.subtree}  # "the firm's chief executive, X": the name is no part of the role
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


#: Words that may open a role before the organisation's name ("former Leeds chairman X").
_PRE_ORG = frozenset({"former", "outgoing", "ex", "then", "incoming", "acting", "interim"})


def _title_run(doc, end: int) -> int | None:
    """The first token of a title written before a name and ending at ``end`` ("chief executive",
    "founder and CEO", "health spokeswoman"), or None: the last word is a role noun, the others
    role nouns, title modifiers, lower-case nouns and adjectives, or "and"."""
    k = end - 1
    if k < 0 or not _is_role(doc[k]):
        return None
    start = k
    while k - 1 >= 0 and end - (k - 1) <= 6:
        t = doc[k - 1]
        lower_word = t.text[:1].islower() and t.pos_ in ("NOUN", "ADJ")
        if _is_role(t) or t.lower_ in _MODIFIERS or lower_word or (t.lower_ in ("and", "&", "-") and k - 1 > 0):
            k -= 1
            if t.lower_ not in ("and", "&", "-"):
                start = k
            continue
        break
    return start


@relation_rule("worksFor", "title-before-name")
def title_before_name(ctx: RelationContext, para: Paragraph) -> None:
    """A title between an organisation and a name: "Northwind Bank chief executive Jane Roe",
    "the club's striker Sam Wood", "its chairman Carl Vance", "former Y chairman X" (the role
    keeps "former")."""
    doc = para.doc
    table = ctx.table
    seen: set[int] = set()
    for t in tokens(para):
        j = table.at(para.index, t.i)
        if j is None or j in seen:
            continue
        m = table.items[j]
        if m.kind != "name" or m.type != "Person" or m.tok[0] != t.i or ctx.quote_at(para, t) is not None:
            continue
        seen.add(j)
        end = t.i  # a title inside the name ("CEO Jane Roe") continues the one before it
        while end < m.tok[1] - 1 and (_is_role(doc[end]) or doc[end].lower_ in _MODIFIERS):
            end += 1
        start = _title_run(doc, end)
        if start is None or start == 0:
            continue
        o = start - 1
        possessive = doc[o].tag_ == "POS" or doc[o].text in ("’s", "'s", "’", "'")
        if possessive:
            o -= 1
        if o < 0:
            continue
        org = ctx.ref(para, doc[o])
        if org is None or table.items[org].type != "Organization":
            continue
        oj = table.at(para.index, doc[o].i)
        first = table.items[oj].tok[0] if oj is not None and table.items[oj].kind != "pronoun" else doc[o].i
        if oj is not None and table.items[oj].kind == "description":
            first = min([first] + [c.i for c in doc[o].children if c.dep_ == "det"])
        role = _clean_role(doc[start:end].text)
        before = doc[first - 1].lower_ if first > 0 else ""
        if before in _PRE_ORG and before not in role.lower().split():
            role = f"{before} {role}"
        ctx.add(table.resolved(j), "worksFor", org, ctx.evidence(para, t.sent, "worksFor:title-before-name", 0.8, doc[start]), role=role)
