"""worksFor: a person holds a role in an organisation; the role title is kept on the edge.

From titles on names ("NCA director", "Chief Constable of Kent Police"), appositions in both
orders ("X, the museum's director"), copulas ("X, who is Y's chairman"), "X, of Y", verbs
("X works for Y", "X leads Y", "sits on Y") and national government posts."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Token

from ..nlp import Paragraph, definite
from ...text.names import COUNTRIES, name_key, party_of
from .context import RelationContext, lemma_of, negated, tokens, verbs
from .lexicon import (COUNTRY_FORMS, GOVERNMENT_POSTS, HOME_NATIONS, MEMBER_NOUNS, NATION_ADJECTIVE_PLACES, NATION_ADJECTIVES, ORG_DESCRIPTIONS, REPORTING_VERBS, ROLE_HEADS,
                      SEAT_BODIES, SIDE_TITLES, TITLE_MODIFIERS, UNIT_NOUNS, is_nation, mapping, words)
from .registry import relation_rule


_MODALS = frozenset({"will", "would", "could", "should", "shall", "can", "may", "might", "must", "'ll", "’ll"})


def _unrealised(v: Token) -> bool:
    """A verb of a post not (yet) held: an infinitive or bare verb under another verb ("wants to
    join", "letting him join"), or with a modal ("could join")."""
    if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in v.children):
        return True
    return v.dep_ in ("xcomp", "ccomp", "advcl", "acl", "pcomp", "relcl", "oprd") and v.tag_ == "VB"


#: Verbs whose subject holds a post in their object, with the role they give ("X heads Y", "X
#: manages Y", "X, who captains Y"); "join" gives none.
_POST_VERBS = {"lead": "leader", "head": "head", "run": "head", "chair": "chair", "join": None,
               "manage": "manager", "coach": "coach", "captain": "captain", "found": "founder", "co-found": "co-founder"}


@relation_rule("worksFor", "verb")
def working_verbs(ctx: RelationContext, para: Paragraph) -> None:
    """"X works for Y", "X led Y", "X joined Y"."""
    doc = para.view
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
        if lemma in ("play", "sign") and not ctx.quote_at(para, v):
            # "X plays for Y", "playing on the wing for his club Y", "X signed for Y"
            heads = [v] + ([g for c in v.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"] if lemma == "play" else [])
            orgs = [g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children if g.dep_ == "pobj"]
            for o in orgs:
                for obj in ctx.phrase_refs(para, o):
                    for subj in ctx.subjects(para, v):
                        if ctx.table.items[subj].type == "Person" and not _unrealised(v):
                            ctx.add(subj, "worksFor", obj, ctx.evidence(para, v.sent, f"worksFor:verb:{lemma}", 0.7, v))
        if lemma in ("found", "co-found") and not ctx.quote_at(para, v) and (any(c.dep_ == "auxpass" for c in v.children) or v.dep_ == "acl"):
            # "Y was founded by X", "Y, founded by X in 1990,": the founder of the body
            bodies = [r for c in v.children if c.dep_ == "nsubjpass" for r in ctx.phrase_refs(para, c)]
            if v.dep_ == "acl":
                bodies = ctx.phrase_refs(para, v.head)
            founders = ctx.agents(para, v)
            for b in [b for b in bodies if ctx.table.items[b].type == "Organization"]:
                for f in [f for f in founders if ctx.table.items[f].type == "Person"]:
                    ctx.add(f, "worksFor", b, ctx.evidence(para, v.sent, "worksFor:verb:founded-by", 0.7, v), role="founder")
        if lemma in _POST_VERBS and _POST_VERBS[lemma] and lemma not in ("found", "co-found") and not ctx.quote_at(para, v):
            _post_held_by(ctx, para, v, lemma)
        if lemma in _POST_VERBS and not ctx.quote_at(para, v):
            if _unrealised(v) or any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
                continue  # "wants to join Y", "letting him join them", "good enough for him to lead": not a post held
            for o in [c for c in v.children if c.dep_ == "dobj"]:
                objs = ctx.phrase_refs(para, o)
                if not [r for r in objs if ctx.table.items[r].type == "Organization"] and lemma in ("lead", "head", "run", "manage") \
                        and o.lemma_.lower() in UNIT_NOUNS:
                    # "who heads the security team at Y", "who runs the London office of Y": a unit of a body named after it
                    preps = [c for c in o.children if c.dep_ == "prep"] + [c for c in v.children if c.dep_ == "prep" and c.i > o.i]
                    objs = [r for c in preps if c.lower_ in ("at", "of") for g in c.children if g.dep_ == "pobj"
                            for r in [_org_named_by(ctx, para, g)[0]] if r is not None]
                for obj in objs:
                    for subj in ctx.subjects(para, v):
                        if ctx.table.items[subj].type == "Person":
                            role = _POST_VERBS[lemma]
                            if lemma == "found" and v.i >= 2 and doc[v.i - 1].text == "-" and doc[v.i - 2].lower_ == "co":
                                role = "co-founder"  # ("co-founded" is split by the tokenizer)
                            ctx.add(subj, "worksFor", obj, ctx.evidence(para, v.sent, f"worksFor:verb:{lemma}", 0.7, v), role=role)


def _post_held_by(ctx: RelationContext, para: Paragraph, v: Token, lemma: str) -> None:
    """"Y, headed by X,", "Y is run by X", "Y, which is managed by X": a body whose head the
    passive agent of a verb of a post names (the body is the passive subject, the noun a participle
    hangs on, or the antecedent of a relative pronoun)."""
    table = ctx.table
    passive = any(c.dep_ == "auxpass" for c in v.children)
    if not (passive or v.dep_ == "acl" and v.tag_ == "VBN") or _unrealised(v) and not passive:
        return
    if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in v.children) or any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
        return  # ("will be run by X", "is to be led by X": a post to come)
    people = [p for p in ctx.agents(para, v) if table.items[p].type == "Person"]
    if not people:
        return
    if v.dep_ == "acl":
        bodies = ctx.phrase_refs(para, v.head)
    else:
        subs = [c for c in v.children if c.dep_ == "nsubjpass"]
        if subs and subs[0].lower_ in ("which", "that") and v.dep_ == "relcl":
            bodies = ctx.phrase_refs(para, v.head)
        else:
            bodies = [r for c in subs for r in ctx.phrase_refs(para, c)]
    bodies = [b for b in bodies if table.items[b].type == "Organization"]
    if len(bodies) != 1:
        return
    for p in people:
        ctx.add(p, "worksFor", bodies[0], ctx.evidence(para, v.sent, f"worksFor:verb:{lemma}-by", 0.7, v), role=_POST_VERBS[lemma])


#: Verbs by which a body takes a person on, with or without a post named ("Y hired X", "X was
#: recruited by Y", "Y employs X"); the posts given "as" a title are read by the as-role rule.
_TAKE_ON_VERBS = words("take_on_verbs")


@relation_rule("worksFor", "taken-on")
def taken_on(ctx: RelationContext, para: Paragraph) -> None:
    """"Northwind Bank hired Jane Roe", "Jane Roe was recruited by Northwind Bank", "the club has
    signed Sam Wood": a body takes a person on (a post to come, "will hire", "plans to sign", is
    no post held)."""
    table = ctx.table
    for v in verbs(para):
        if lemma_of(v) not in _TAKE_ON_VERBS or negated(v) or ctx.quote_at(para, v) is not None or _unrealised(v):
            continue
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children) or _hypothetical(v):
            continue
        passive = any(c.dep_ == "auxpass" for c in v.children)
        if passive:
            people = [r for c in v.children if c.dep_ == "nsubjpass" for r in ctx.phrase_refs(para, c)]
            bodies = ctx.agents(para, v)
        else:
            people = [r for c in v.children if c.dep_ == "dobj" for r in ctx.phrase_refs(para, c)]
            bodies = ctx.subjects(para, v)
        people = [p for p in people if table.items[p].type == "Person"]
        bodies = [b for b in bodies if table.items[b].type == "Organization"]
        if len(bodies) != 1:
            continue
        for p in people:
            ctx.add(p, "worksFor", bodies[0], ctx.evidence(para, v.sent, f"worksFor:taken-on:{lemma_of(v)}", 0.7, v))


@relation_rule("worksFor", "title", scope="article")
def titles(ctx: RelationContext) -> None:
    """Titles on person mentions: "NCA director", "Kent Police Chief Constable X", a minister's
    post (the government the article names), a title that begins an organisation's name
    ("Pensions Commissioner" of the "Pensions Commissioner's Office")."""
    table = ctx.table
    paras = {p.index: p for p in ctx.paras}
    gov = _governments(ctx)
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
        if role.split() and role.split()[-1].lower() in _NOBILITY:
            continue  # "Prince of Wales" is a rank, not a post
        org = table.resolved(m.role_org) if m.role_org is not None else None
        if org is not None and m.kind == "name" and table.items[m.role_org].rule == "designator-alone":
            org = None  # "Energy Secretary X": a department's field read as a word that refers back to a body
        rule = f"worksFor:title:{m.rule}"
        if m.kind != "name":
            # "Northwind Bank chief executive Bob Marsh" is read by the title-before-name rule; a
            # description standing alone ("the bank's chairman said") names the person the article
            # gave that title before, not merely the last person named
            if _name_after(ctx, para, m.tok[1]) is not None:
                continue
            held = _held_as(ctx, para, m)
            if held is not None:
                person = held if held >= 0 else None
            else:
                person = (_named_next(ctx, para, m) or _described_person(ctx, para, m, person)
                          or _passage_office_holder(ctx, para, m, role, gov))
            if person is None or _shadows(ctx, person, role):
                continue
            if m.rule == "org-role" and m.role_org is not None:
                role = _role_after_org(para.doc, table.items[m.role_org].tok[1], m.tok[1]) or role
        if org is None and m.tok[0] > 0:
            # "GLEA President Denise Harlow": an organisation named right before the title
            j = table.at(m.para, m.tok[0] - 1)
            if j is not None and table.items[j].type == "Organization" and table.items[j].kind in ("name", "group"):
                org, rule = table.resolved(j), "worksFor:org-before-title"
        if org is None and m.kind != "name":
            title = re.sub(r"^(the|a|an)\s+", "", para.doc[m.tok[0] : m.tok[1]].text, flags=re.I)
            org = _party_in_title(ctx, title)  # "The Scottish Conservative leader had insisted": the party the article names
            if org is not None:
                rule, role = "worksFor:title-party-word", _clean_role(title)
        if org is None:
            for full in _titles_with_words_before(para.doc, table, m, role):
                rk = name_key(full)
                named = sorted({table.resolved(j) for j, o in orgs if len(rk.split()) >= 2 and o.key.startswith((rk + " ", rk + "'s "))})
                if len(named) == 1:  # ("the Pensions Commissioner's Office" is the Pensions Commissioner's)
                    org, rule, role = named[0], "worksFor:title-names-org", full
                    break
        if org is None and m.kind == "name" and role.lower() == "secretary":
            # "Environment Secretary Jane Roe": the department's words before the title the name took in
            role = _department_title(para.doc, table, m) or role
        post = _is_government_post(role)
        country = _post_country(ctx, para, m, org) if post else None
        if country is None and post and org is None and m.kind in ("name", "description"):
            nation = _adjective_country(ctx, para, _title_opening(para.view, table, m) - 1 if m.kind == "name"
                                        else _adjective_before_role(para.view, m, role))
            if nation is not None:
                # "Italian Prime Minister X", "Italian Finance Minister X" where the article names Italy
                if role.split()[0].lower() in NATION_ADJECTIVES:
                    role = role.split(" ", 1)[1]
                ctx.add(person, "worksFor", nation, ctx.evidence(para, sent, "worksFor:nation-adjective-post", 0.7, tok),
                        role=role or None, state=table.items[nation].type == "Place")
                continue
        if country is not None:
            # "US President X", "Iran's president, X": the country stands for its government
            # (GUIDELINES, conventions); a home nation's post ("Wales Minister X") is a post in
            # the government of the state, which the title does not name
            if table.items[country].key not in HOME_NATIONS:
                ctx.add(person, "worksFor", country, ctx.evidence(para, sent, "worksFor:country-post", 0.75, tok),
                        role=re.sub(r"^['’]s\s+", "", role) or None, state=True)
            continue
        if org is None and gov and post and not _possessed_role(role) and not _title_of_other(ctx, para, m) \
                and not _foreign_post(para.doc, m, table, gov):
            org, rule = _government_for(table, role, gov), "worksFor:government-post"
        if org is not None and table.items[org].key.split()[-1:] in (["the"], ["of"], ["a"], ["an"], ["and"], ["for"]):
            continue  # "Office of the" + "Deputy Prime Minister": a body's name cut short before a title, no post
        if org is not None:
            ctx.add(person, "worksFor", org, ctx.evidence(para, sent, rule, 0.8, tok), role=role)




def _party_in_title(ctx: RelationContext, title: str) -> int | None:
    """The party a word of a title description names as an adjective ("the Scottish Conservative
    leader", "the Democratic senator"), when the article names that party; else None."""
    words = title.split()
    if len(words) < 2 or words[-1].lower() not in ROLE_HEADS:
        return None
    keys = {party_of(name_key(w)) for w in words[:-1] if w[:1].isupper()} - {None}
    if len(keys) != 1:
        return None
    key = keys.pop()
    found = [j for j, m in enumerate(ctx.table.items) if m.kind == "name" and m.type == "Organization" and m.key == key]
    return ctx.table.resolved(found[0]) if found else None  # (mentions of one key are one entity)


def _title_of_other(ctx: RelationContext, para: Paragraph, m) -> bool:
    """Whether the title on a name is given by a body or place named with it: a possessive right
    before the title ("Northwind's President Jane Roe") or a description of the same person with
    the same title that names its body ("Northwind's president, Jane Roe"): the post is in that
    body, not in the government the article names."""
    table, doc = ctx.table, para.view
    if m.kind == "name" and m.tok[0] >= 2 and _is_possessive(doc[m.tok[0] - 1]) and table.at(m.para, m.tok[0] - 2) is not None:
        return True
    me = table.resolved(table.items.index(m))
    return any(d.kind == "description" and d.para == m.para and d.role == m.role and d.role_org is not None
               and table.resolved(i) == me for i, d in enumerate(table.items))


def _possessed_role(role: str) -> bool:
    """A title read after a possessive ("Iran's president" gives "'s president"): its holder
    serves whoever the possessor is, not the government the article happens to name."""
    return role.startswith(("'s", "’s"))


def _country(ctx: RelationContext, j: int | None) -> int | None:
    """The place a mention names, resolved, when it is a country (in the list of countries, not
    a state or city: "New York attorney general" is no national post); else None."""
    table = ctx.table
    if j is None or table.items[j].type != "Place" or table.items[j].kind != "name":
        return None
    r = table.resolved(j)
    keys = {table.items[j].key, table.items[r].key if r is not None else ""}
    return r if keys & COUNTRIES or keys & _COUNTRY_SHORT_FORMS else None


#: Short forms of countries' names the ISO list lacks ("US", "UK", "Britain").
_COUNTRY_SHORT_FORMS = frozenset(COUNTRY_FORMS)


def _post_country(ctx: RelationContext, para: Paragraph, m, org: int | None) -> int | None:
    """The country a government post is of, when the title names it: a country's name right
    before the title ("US President X") or as its possessor ("Iran's president, X"), given by
    the mention itself or by the description of the same person with the same title."""
    table = ctx.table
    found = _country(ctx, org) if org is not None else None
    if found is None and org is None and m.kind == "name" and m.tok[0] >= 2:
        # "Brazil's President X": the country's possessive right before a title written on the name
        doc = para.view
        if _is_possessive(doc[m.tok[0] - 1]) and doc[m.tok[0]].text[:1].isupper():
            found = _country(ctx, table.at(m.para, m.tok[0] - 2))
    if found is None and org is None and m.kind == "name" and m.tok[0] >= 1 and m.role and para.doc[m.tok[0]].text[:1].isupper() \
            and name_key(para.doc[m.tok[0] : m.tok[0] + len(m.role.split())].text) == name_key(m.role):
        # "the US Secretary of State Jane Roe": a country's name right before the title the name took in
        found = _country(ctx, table.at(m.para, m.tok[0] - 1))
    if found is not None or not _possessed_role(m.role or ""):
        return found
    holders = [m] if m.kind == "description" else [
        d for i, d in enumerate(table.items) if d.kind == "description" and d.para == m.para and d.role == m.role
        and table.resolved(i) == table.resolved(table.items.index(m))]
    for d in holders:
        for k in range(*d.tok):
            j = table.at(d.para, k)
            if j is not None and table.items[j] is not d:
                found = _country(ctx, j)
                if found is not None:
                    return found
    return None


def _title_opening(doc, table, m) -> int:
    """Where the title a name took in begins, with up to three capitalised words right before the
    mention that no other mention takes ("Finance" in "Finance Minister Jane Roe", when only
    "Minister" was read as the title)."""
    k = m.tok[0]
    while k > 0 and m.tok[0] - k < 3 and doc[k - 1].is_title and doc[k - 1].pos_ in ("PROPN", "NOUN") \
            and not doc[k - 1].is_sent_start and table.at(m.para, k - 1) is None and doc[k - 1].lower_ not in NATION_ADJECTIVES:
        k -= 1
    return k


def _adjective_before_role(doc, m, role: str) -> int:
    """The token right before the title words that end a description ("Turkish" in "the Turkish
    economics minister"), or -1 when the description does not end in its role."""
    words_ = role.split()
    if words_ and words_[0].lower() in NATION_ADJECTIVES:
        words_ = words_[1:]  # (the role as read may keep the adjective: "turkish economics minister")
    k = m.tok[1] - len(words_) - 1
    if k < m.tok[0] or not words_ or name_key(doc[k + 1 : m.tok[1]].text) != name_key(" ".join(words_)):
        return -1
    return k


def _titles_with_words_before(doc, table, m, role: str) -> list[str]:
    """The title as read, then with the capitalised words right before the mention that no other
    mention takes ("Pensions" in "Pensions Commissioner Jane Roe", when only "Commissioner"
    was read as the title): the longer title may begin the name of the body the person heads."""
    out, words_, k = [role], [], m.tok[0] - 1
    while k >= 0 and len(words_) < 3 and doc[k].is_title and doc[k].pos_ in ("PROPN", "NOUN", "ADJ") \
            and table.at(m.para, k) is None:
        words_.insert(0, doc[k].text)
        out.append(" ".join(words_ + [role]))
        k -= 1
    return out


#: Posts that imply no government (mentions._imply_government): their holder works for no implied one.
_NOT_IMPLYING = ("president", "first minister")
#: Last words of the name of a government ("the UK government", "the Biden administration",
#: "the Scottish Executive").
_GOVERNMENT_HEADS = ("government", "administration", "executive")


def _is_government_post(role: str) -> bool:
    """A national government post ("home secretary", "finance minister", "Environment Secretary"),
    not the opposition's post that shadows it ("shadow home secretary")."""
    low = role.lower()
    return (any(p in low for p in GOVERNMENT_POSTS) or _department_secretary(role)) and "shadow" not in low.split()


#: Words before "secretary" that make it a post in a body, not the head of a government department
#: ("general secretary", "company secretary", "press secretary", "permanent secretary").
_NOT_DEPARTMENT = frozenset({"general", "company", "party", "club", "union", "press", "private", "personal", "permanent",
                             "parliamentary", "assistant", "deputy", "honorary", "joint", "branch", "national", "regional",
                             "executive", "social", "recording", "membership", "acting", "former", "new"})


def _department_title(doc, table, m) -> str | None:
    """"Environment Secretary", "Trade and Industry Secretary": the capitalised words (joined by
    "and") right before a name that took in "Secretary", when they make a head of a government
    department (_department_secretary); else None."""
    k, words_ = m.tok[0] - 1, []
    while k >= 0 and len(words_) < 4 and table.at(m.para, k) is None and (
            doc[k].is_title and doc[k].pos_ in ("PROPN", "NOUN", "ADJ")
            or doc[k].lower_ in ("and", "&") and words_ and k > 0 and doc[k - 1].is_title):
        words_.insert(0, doc[k].text)
        k -= 1
    full = " ".join(words_ + [doc[m.tok[0]].text])
    return full if words_ and _department_secretary(full) else None


def _department_secretary(role: str) -> bool:
    """A head of a government department written as the department's field and "Secretary"
    ("Environment Secretary", "Transport Secretary", "Defense Secretary"; WordNet's secretary.n.01,
    "a person who is head of an administrative department of government", has such titles as
    "energy secretary" and "secretary of energy" alike): capitalised words before the title, none
    a word for a body or a post in one ("General Secretary", "Club Secretary")."""
    words_ = role.split()
    if len(words_) == 3 and words_[0] == "Secretary" and words_[1] in ("of", "for") and words_[2][1:].islower():
        words_ = [words_[2], "Secretary"]  # "Secretary of Energy" is the Energy Secretary
    if len(words_) < 2 or words_[-1].lower() != "secretary" or len(words_) > 5:
        return False
    before = [w.lower() for w in words_[:-1] if w.lower() not in ("and", "&")]
    return before != [] and all(w[:1].isupper() or w.lower() in ("and", "&") for w in words_[:-1]) and not any(
        w in _NOT_DEPARTMENT or w in ORG_DESCRIPTIONS or w in ROLE_HEADS or w in _EXTRA_ROLES for w in before)


def _governments(ctx: RelationContext) -> list[int]:
    """The governments the article names (one mention each, the first), sorted by name."""
    table = ctx.table
    gov_keys: dict[str, int] = {}
    for i, m in enumerate(table.items):
        if m.kind == "name" and m.type == "Organization" and _is_government(m.key) and table.resolved(i) is not None:
            if _indefinite(ctx, m):
                continue  # "A Tory government would ...": a government that may be, not one in office
            gov_keys.setdefault(table.items[table.resolved(i)].key, table.resolved(i))
    return [gov_keys[k] for k in sorted(gov_keys)]


def _government_post(ctx: RelationContext, role: str) -> int | None:
    """The government a post with no organisation named belongs to ("stood down as prime
    minister"), when the role is a national government post and the article names a government."""
    if not role or not _is_government_post(role):
        return None
    gov = _governments(ctx)
    return _government_for(ctx.table, role, gov) if gov else None


def _indefinite(ctx: RelationContext, m) -> bool:
    """A name after "a"/"an" ("a Labour government"): a kind, not the body in office."""
    para = next((p for p in ctx.paras if p.index == m.para), None)
    if para is None or m.tok[0] == 0 or para.doc[m.tok[0] - 1].lower_ not in ("a", "an"):
        return False
    # the article must be the government's own ("a UK Government-funded programme" names the government)
    return para.doc[m.tok[0] - 1].head.i == m.tok[1] - 1


def _is_government(key: str) -> bool:
    words = key.split()
    return bool(words) and words[-1] in _GOVERNMENT_HEADS and (len(words) > 1 or words[0] == "government")


def _foreign_post(doc, m, table, govs: list[int]) -> bool:
    """A post given with a nationality no government named shares ("French finance minister X",
    "German Chancellor X" in an article that names only the UK government): another country's."""
    gov_words = {w for g in govs for w in table.items[g].key.split()}
    # (in the title's own sentence: "... met the Tories. Chancellor X" gives the post no nationality)
    for t in doc[max(0, m.tok[0] - 3, doc[m.tok[0]].sent.start) : m.tok[1]]:
        # (a nation's adjective, not a party the tagger also calls NORP: "the Conservatives accepted Prime Minister X's")
        if t.ent_type_ == "NORP" and t.lower_ not in gov_words and (t.lower_ in NATION_ADJECTIVES or is_nation(t.lower_)):
            return True
    return False


def _country_form(key: str) -> str:
    """A country's key in the form its government is keyed by ("britain", "great britain" -> "uk")."""
    return COUNTRY_FORMS.get(key) or key


def _adjective_country(ctx: RelationContext, para: Paragraph, k: int) -> int | None:
    """The government or country a nation's adjective at token ``k`` names ("Italian finance minister
    X"), when the article names it: a government whose name holds the adjective ("the Italian
    government") or that country's ("the UK government" for "British"), else the country itself
    named anywhere in the article ("Italy"); None when the article names neither (the keys list
    only names the article writes) or the nation is no sovereign state ("Scottish", "Welsh")."""
    if k < 0:
        return None
    t = para.view[k]
    if not t.text[:1].isupper() or t.lower_ not in NATION_ADJECTIVES or t.lower_ not in NATION_ADJECTIVE_PLACES:
        return None
    places = {_country_form(p) for p in (NATION_ADJECTIVE_PLACES[t.lower_] or "").split("|") if p}
    places = {p for p in places if (p in COUNTRIES or p in _COUNTRY_SHORT_FORMS or p in COUNTRY_FORMS.values()) and p not in HOME_NATIONS}
    if not places:
        return None
    table = ctx.table
    for g in _governments(ctx):
        words_ = table.items[g].key.split()
        if t.lower_ in words_ or " ".join(words_[:-1]) in places:
            return g
    found: dict[str, int] = {}  # (mentions of one key are one entity: the first stands for it)
    for j, m in enumerate(table.items):
        r = _country(ctx, j) if m.kind == "name" and m.type == "Place" else None
        if r is not None and _country_form(table.items[r].key) in places:
            found.setdefault(_country_form(table.items[r].key), r)
    return next(iter(found.values())) if len(found) == 1 else None


def _government_for(table, role: str, govs: list[int]) -> int | None:
    """The government a post belongs to: the one whose name shares a word with the title
    ("Scottish health minister" -> the Scottish Executive), else the only one named. A government
    the article only implies by its posts (mentions._imply_government) takes no president or first
    minister: they imply none, and are as often another country's or a devolved government's."""
    low = role.lower()
    govs = [g for g in govs if table.items[g].rule != "implied-government" or not any(w in low for w in _NOT_IMPLYING)]
    words = set(name_key(role).split())
    named = [g for g in govs if set(table.items[g].key.split()[:-1]) & words]
    if len(named) == 1:
        return named[0]
    return govs[0] if len(govs) == 1 else None


def _name_after(ctx: RelationContext, para: Paragraph, i: int) -> int | None:
    """The person named right after token ``i`` ("... chief executive Bob Marsh"), allowing a
    coordinated title between ("founder and CEO Jane Roe")."""
    doc = para.view
    k = i
    while k < len(doc) and k - i < 4 and (doc[k].lower_ in ("and", "&", "-") or _is_role(doc[k]) or doc[k].lower_ in TITLE_MODIFIERS):
        k += 1
    j = ctx.table.at(para.index, k) if k < len(doc) else None
    if j is not None and ctx.table.items[j].type == "Person" and ctx.table.items[j].kind == "name" and ctx.table.items[j].tok[1] > k:
        return j  # (a name that takes the title in, "MP Peter Luff" after "Tory", counts)
    return None


def _held_as(ctx: RelationContext, para: Paragraph, m) -> int | None:
    """The person a title after "as" on a noun of holding a post names (post_nouns.txt): the
    possessor of that noun ("his second term as US President", "her time as chairman"); -1 where the title follows such
    an "as" but no person is its possessor (whoever is named next is no evidence); None where the
    title follows no such "as"."""
    doc = para.doc
    if m.tok[0] < 1:
        return None
    prep = doc[m.tok[0] - 1]
    if prep.lower_ != "as" or prep.dep_ != "prep":
        return None
    noun = prep.head
    if not noun.tag_.startswith("NN") or noun.lower_ not in _POST_NOUNS:
        return None  # ("his predecessor as Cabinet Secretary" is someone else's post)
    for child in noun.children:
        if child.dep_ == "poss":
            r = ctx.ref(para, child)
            if r is not None and ctx.table.items[r].type == "Person":
                return r
    return -1


def _described_person(ctx: RelationContext, para: Paragraph, m, resolved: int) -> int | None:
    """The person a title description stands for, when the sentence or the article says so: a name
    right before it ("Jane Roe, the home secretary"), the subject of a copula ("X, who is the
    bank's chairman"), or a person the article gave the same title by name; else None (the
    last person named is no evidence)."""
    doc, table = para.view, ctx.table
    a, head = m.tok[0], doc[m.tok[1] - 1]
    if ctx.described and ctx.quote_at(para, head) is None and ctx.described.get((para.index, head.i)) == resolved:
        # a subject that the passage, read for its speakers, says is the person the mention table
        # read it as ("The Tory MP had stoked the row": the person the passage is about)
        return resolved
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


def _main_or_reporting_subject(t: Token) -> bool:
    """Is ``t`` the subject of its sentence's main verb, or of a reporting verb in it ("X said",
    "..., X told reporters")?"""
    return t.dep_ in ("nsubj", "nsubjpass") and (
        t.head.i == t.sent.root.i or t.head.pos_ in ("VERB", "AUX") and lemma_of(t.head) in REPORTING_VERBS)


def _subject_people(ctx: RelationContext, para: Paragraph, sent) -> list[tuple[Token, int]]:
    """The people named as the subject of ``sent``'s main verb or of a reporting verb in it, outside
    quotations: (token, mention index) pairs."""
    out = []
    for t in sent:
        if not _main_or_reporting_subject(t) or ctx.quote_at(para, t) is not None:
            continue
        j = ctx.table.at(para.index, t.i)
        if j is not None and ctx.table.items[j].type == "Person" and ctx.table.items[j].kind == "name":
            out.append((t, j))
    return out


def _named_next(ctx: RelationContext, para: Paragraph, m) -> int | None:
    """The person a description of a post in a body, standing as a subject, names when the next
    sentence names them for the first time ("Northwind's chief executive has resigned. Jane Roe
    said ...", "the Northwind founder said ... 'No one knew,' Jane Roe told reporters": news
    gives the post before the name): the one person named, with no title or apposition of their
    own, as the subject of that sentence's main or reporting verb, whom the article names nowhere
    before; else None. A person named before is taken up by the description only as the rest of
    the passage says (_described_person)."""
    doc, table = para.doc, ctx.table
    head = doc[m.tok[1] - 1]
    if m.role_org is None or not _main_or_reporting_subject(head) or ctx.quote_at(para, head) is not None:
        return None  # (a government post alone, "the foreign secretary", is read by the passage: _passage_office_holder)
    if head.sent.end < len(doc):
        npara, nxt = para, doc[head.sent.end].sent
    else:
        after = [p for p in ctx.paras if p.index > para.index and len(p.doc)]
        if not after:
            return None
        npara = min(after, key=lambda p: p.index)
        nxt = npara.doc[0].sent
    found = set()
    for t, j in _subject_people(ctx, npara, nxt):
        who = table.resolved(j)
        n = table.items[j]
        before = npara.doc[n.tok[0] - 1] if n.tok[0] > 0 else None
        if who is None or n.role or any(c.dep_ == "appos" for c in t.children) or before is not None and _is_role(before):
            return None  # (a title of their own, "Analyst Jane Roe", "Jane Roe, an analyst,": someone else)
        first = (n.para, n.tok[0])
        if any(table.resolved(i) == who and (o.para, o.tok[0]) < first for i, o in enumerate(table.items)
               if o.kind == "name" and o.para >= 0):
            return None  # (named before: the description may take up someone else)
        found.add(who)
    return found.pop() if len(found) == 1 else None


def _passage_office_holder(ctx: RelationContext, para: Paragraph, m, role: str, gov: list[int]) -> int | None:
    """The person a national government post standing alone as a subject names ("David Roe has
    spoken of ... The home secretary described how ..."), when the passage, read for its speakers,
    says who that subject is (a person named in full, no quotation around it) and the article has a
    government for the post (named, or implied by it: mentions._imply_government); else None."""
    if not gov or m.role_org is not None or not _is_government_post(role) or not ctx.described:
        return None
    head = para.doc[m.tok[1] - 1]
    who = ctx.described.get((para.index, head.i))
    if who is None or ctx.quote_at(para, head) is not None:
        return None
    w = ctx.table.items[who]
    return who if w.type == "Person" and w.kind == "name" and len(w.key.split()) >= 2 else None


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


def _shadows(ctx: RelationContext, person: int, role: str) -> bool:
    """Whether the article named ``person`` with the opposition's post shadowing ``role`` ("shadow
    chancellor X", as a title on the name or the words right before it): "the chancellor" is then
    someone else, whoever the passage is about."""
    want = name_key(role).split()
    if not want or "shadow" in want:
        return False
    table = ctx.table
    docs = {p.index: p.view for p in ctx.paras}
    key = table.items[person].key
    for m in table.items:
        if m.type != "Person" or m.kind != "name" or m.key != key:
            continue
        words_ = name_key(m.role).split() if m.role else []
        doc = docs.get(m.para)
        if doc is not None:
            words_ += [t.lower_ for t in doc[max(0, m.tok[0] - 3) : m.tok[0]]]
        if "shadow" in words_ and want[-1] in words_:
            return True
    return False


def _role_after_org(doc, a: int, b: int) -> str:
    """The title words of "the bank's chief executive" after the organisation's name."""
    while a < b and (doc[a].tag_ == "POS" or doc[a].text in ("’s", "'s", "’", "'")):
        a += 1
    return _clean_role(doc[a:b].text) if a < b else ""


def _clean_role(role: str) -> str:
    role = re.sub(r"^(the|a|an|another|its|their|his|her)\s+", "", role.strip().lstrip("-–— "), flags=re.I)
    role = re.sub(r"^(both|all|two|three)\s+", "", role, flags=re.I)  # "both directors of Y"
    role = re.sub(r"^one of (the |its |their )?", "", role, flags=re.I)  # "one of the founders of Y"
    role = re.sub(r"\s+([,.;])", r"\1", role).strip(" ,")
    role = re.sub(r"\s+(of|at|for|in|with|and|to)$", "", role)
    return _singular_title(role)


def _singular_title(role: str) -> str:
    """One person's title from a title shared by several ("directors of Y" -> "director of Y")."""
    head, sep, rest = role.partition(" of ")
    words_ = head.split()
    if words_:
        last = words_[-1].lower()
        if last.endswith("s") and last not in ROLE_HEADS and last not in _EXTRA_ROLES and (last[:-1] in ROLE_HEADS or last[:-1] in _EXTRA_ROLES):
            words_[-1] = words_[-1][:-1]
    return " ".join(words_) + sep + rest


_EXTRA_ROLES = words("role_nouns")


def _is_role(t: Token) -> bool:
    if t.lower_ in ROLE_HEADS or t.lower_ in _EXTRA_ROLES:
        return True
    if t.lower_ == "buyer" and t.i >= 1 and t.doc[t.i - 1].text.islower() and t.doc[t.i - 1].pos_ == "NOUN":
        return True  # "fiction buyer", "fashion buyer": a store's post; a bare "buyer" of a firm buys it
    if t.tag_ == "NNS" and (t.lemma_.lower() in ROLE_HEADS or t.lemma_.lower() in _EXTRA_ROLES):
        return True  # "United's young attackers X and Y"
    # a hyphenated title the tokenizer split ("co-ordinator", "vice-chairman")
    doc = t.doc
    if t.i >= 2 and doc[t.i - 1].text == "-" and not doc[t.i - 1].whitespace_ and not doc[t.i - 2].whitespace_:
        joined = f"{doc[t.i - 2].lower_}-{t.lower_}"
        return joined in ROLE_HEADS or joined in _EXTRA_ROLES
    return False


#: Posts held "to" a body without working for it ("ambassador to the UN").
_ACCREDITED = words("accredited_roles")
#: Elected posts whose "for" names the seat ("MP for Kestrel Vale"), not an employer.
_CONSTITUENCY_ROLES = words("constituency_roles")
#: Role nouns whose "of" names what they judge, not where they work ("a critic of Y").
_ADVERSARIAL = frozenset({"critic", "opponent", "supporter", "fan", "admirer", "ally"})


def _adversarial(w: Token) -> bool:
    """A word for someone for or against a body ("critic", "supporter", "ally"), not a trade
    named by its field ("film critic", "theatre critic")."""
    return w.lemma_.lower() in _ADVERSARIAL and not any(
        c.dep_ in ("compound", "amod") and c.pos_ == "NOUN" and c.text.islower() for c in w.children)


#: Titles of rank ("Prince of Wales"): no post in an organisation.
_NOBILITY = words("nobility_titles")
#: Verbs whose "as" phrase is a post held ("serve as", "remain as", "appointed as").
_ROLE_VERBS = words("role_verbs")
#: Verbs by which a body gives someone a post ("Y appointed X as manager").
_HIRING_VERBS = words("hiring_verbs")
#: Prepositions that join a title to its organisation ("chief executive of Y", "an analyst at Y",
#: "a fund manager with Y", "spokesman for Y", "Chief Secretary to the Treasury").
_EMPLOYER_PREPS = ("of", "at", "for", "with", "to")


def _org_named_by(ctx: RelationContext, para: Paragraph, g: Token) -> tuple[int | None, set[int]]:
    """The organisation a noun names and the tokens that name it: the noun itself ("Y"), or a
    description with the name beside it ("the research group Y", "anti-virus firm Y")."""
    j = ctx.table.at(para.index, g.i)
    if j is not None and ctx.table.items[j].kind == "description":
        # "of the Evening Post newspaper": a name inside the description is the body it means
        inner = [ctx.table.resolved(k) for c in g.children if c.dep_ == "compound" and c.i < g.i
                 for k in [ctx.table.at(para.index, c.i)] if k is not None and k != j
                 and ctx.table.items[k].kind == "name" and ctx.table.items[k].type == "Organization"]
        if inner and inner[0] is not None:
            return inner[0], {x.i for x in g.subtree}
    r = ctx.ref(para, g)
    if r is not None and ctx.table.items[r].type == "Organization":
        return r, {x.i for x in g.subtree}
    if g.pos_ != "NOUN":
        return None, set()
    refs = [x for x in ctx.phrase_refs(para, g) if ctx.table.items[x].type == "Organization" and ctx.table.items[x].kind == "name"]
    if refs:
        return refs[0], {x.i for x in g.subtree}
    # "JPMorgan Chase bank", "the BT's business programmes": the body that owns the unit; people of
    # a body are not it ("a spokesman for Y's lawyers" speaks for the lawyers)
    if _is_role(g):
        return None, set()
    for c in g.subtree:
        if c.i != g.i and c.dep_ in ("compound", "poss") and _modifies(c, g):
            x = ctx.ref(para, c)
            if x is not None and ctx.table.items[x].type == "Organization" and ctx.table.items[x].kind == "name":
                j = ctx.table.at(para.index, c.i)
                span = set(range(*ctx.table.items[j].tok)) if j is not None else {c.i}
                return x, span | {k.i for k in c.children if k.tag_ == "POS" or k.dep_ == "case"}
    return None, set()


def _proper_description(ctx: RelationContext, para: Paragraph, tok: Token) -> bool:
    """A capitalised proper noun read as a description ("The Guardian's critic" taken as "the
    guardian"): a name the mention reader did not know, whose antecedent is a guess."""
    j = ctx.table.at(para.index, tok.i)
    m = ctx.table.items[j] if j is not None else None
    return (m is not None and m.kind == "description" and tok.pos_ == "PROPN" and tok.text[:1].isupper()
            and m.key not in ("government", "administration"))


def _kind_body(ctx: RelationContext, tok: Token) -> int | None:
    """The body a word for a kind of body opening a bare title means ("Committee chairman X",
    "Trust spokesman X"): the one organisation the article names whose name ends with that word
    ("the Kestrel Affairs Select Committee"); None when it names none or several."""
    low = tok.lower_
    if low not in ORG_DESCRIPTIONS or _is_role(tok):
        return None
    table = ctx.table
    # (by the name as written: a party keyed "conservative party" may be written "the Tories")
    named = {table.items[r].key: r for i, m in enumerate(table.items) if m.kind == "name" and m.type == "Organization"
             and len(m.text.split()) >= 2 and m.text.split()[-1].lower() == low for r in [table.resolved(i)] if r is not None}
    return next(iter(named.values())) if len(named) == 1 else None


def _opening_description(ctx: RelationContext, para: Paragraph, tok: Token, org: int) -> bool:
    """A description noun capitalised only because it opens the sentence ("Committee chairman X
    said" after "the Kestrel Affairs Select Committee"), whose antecedent's name ends with it: the
    capital says nothing of a name of its own."""
    j = ctx.table.at(para.index, tok.i)
    key = ctx.table.items[org].key.split()
    return (tok.is_sent_start and j is not None and ctx.table.items[j].tok[1] - ctx.table.items[j].tok[0] == 1
            and key[-1:] == [tok.lower_] and len(key) >= 2)


def _modifies(g: Token, head: Token) -> bool:
    """Whether ``g`` hangs on ``head`` through modifiers only (compound, possessive, adjective),
    not through a preposition."""
    node = g
    for _ in range(4):
        if node.head.i == head.i:
            return True
        if node.head.dep_ not in ("compound", "amod", "poss", "nmod") or node.head.i == node.i:
            return False
        node = node.head
    return False


def _employer_in(ctx: RelationContext, para: Paragraph, role: Token, skip: set[int]) -> tuple[int | None, set[int]]:
    """The organisation a title phrase names ("the museum's director", "chief executive of X",
    "its general secretary", "the NCA director", "spokesman for anti-virus firm X") and the
    tokens that name it."""
    for g in role.subtree:
        if g.i in skip or g.i == role.i:
            continue
        if any(a.dep_ in ("relcl", "acl", "advcl", "ccomp") and role.is_ancestor(a) for a in g.ancestors):
            continue  # "the strategist who turned X, of Y's party, into ...": a clause on the title names others
        prep = g.head.lower_ if g.dep_ == "pobj" else ""
        if _adversarial(role):
            continue  # "a critic of the government", "Y's fiercest critic", "a Y supporter": no post in Y
        if prep == "to" and (role.lower_ in _ACCREDITED or g.head.head.i != role.i):
            continue  # "ambassador to the UN" works for their own government
        if prep == "for" and role.lower_ in _CONSTITUENCY_ROLES and g.head.head.i == role.i:
            continue  # "Labour MP for Kestrel Vale": the seat, not an employer
        # a modifier of the title itself ("the museum's director", "NCA director"), not one inside
        # a phrase hung on it ("director of the Centre at group Y": the pobj is read instead)
        own = _modifies(g, role)
        if g.dep_ in ("compound", "nmod") and own and _nation(ctx, ctx.table.at(para.index, g.i)) is not None \
                and any(c.dep_ == "prep" and c.lower_ in _EMPLOYER_PREPS for c in role.children):
            continue  # "UK managing director of Y": the country says where; the "of" phrase says whose
        # "director in Y's server division": "in" a unit of a body, not a place ("an analyst in London")
        unit = prep == "in" and g.head.head.i == role.i and g.lemma_.lower() in UNIT_NOUNS
        attach = (g.dep_ in ("poss", "compound", "nmod") and own) or prep in _EMPLOYER_PREPS or unit
        amod = g.dep_ == "amod" and g.head.i == role.i  # "Aggregate chief executive": a name the tagger took for an adjective
        if not (attach or amod):
            continue
        r, span = _org_named_by(ctx, para, g) if prep else (ctx.ref(para, g), set())
        if _proper_description(ctx, para, g):
            continue
        if r is None or ctx.table.items[r].type != "Organization" or (amod and ctx.table.items[r].kind != "name"):
            continue
        own_j = ctx.table.at(para.index, g.i)
        if amod and (own_j is None or ctx.table.items[own_j].kind != "name"):
            continue  # ("the former Y centre": "former" is no name, though the description it opens may resolve to one)
        if not prep:
            j = ctx.table.at(para.index, g.i)
            span = set(range(*ctx.table.items[j].tok)) if j is not None else {g.i}
        if g.dep_ == "poss":
            span |= {c.i for c in g.children if c.tag_ == "POS" or c.dep_ == "case"}
        return r, span
    return None, set()


def _stranded_employer(ctx: RelationContext, para: Paragraph, role: Token) -> int | None:
    """"X, president of distribution at Acme Bros.": a preposition of the title left with no object
    (the parser hung a name that ends the sentence with an abbreviation's full stop elsewhere),
    followed right away by an organisation's name: that body; else None."""
    table = ctx.table
    for p in role.subtree:
        if p.dep_ != "prep" or p.lower_ not in ("at", "of", "with", "for") or any(c.dep_ == "pobj" for c in p.children):
            continue
        if p.lower_ == "for" and role.lower_ in _CONSTITUENCY_ROLES:
            continue
        k = p.i + 1 + (1 if p.i + 1 < len(p.doc) and p.doc[p.i + 1].lower_ == "the" else 0)
        j = table.at(para.index, k) if k < len(p.doc) else None
        if j is not None and table.items[j].kind == "name" and table.items[j].type == "Organization" and table.items[j].tok[0] == k:
            return table.resolved(j)
    return None


def _role_text(role: Token, drop: set[int], skip: set[int]) -> str:
    """The title words of a role phrase, without the organisation's name and what follows it
    ("director of thematic research at Y, the analytics firm" -> "director of thematic research")."""
    words = []
    doc = role.doc
    cut = max(drop) if drop and min(drop) > role.i and any(doc[i].dep_ == "pobj" for i in drop) else None
    for g in role.subtree:
        if cut is not None and g.i > cut:
            break
        if g.i in drop or g.i in skip or g.tag_ == "POS" or g.text in ("’s", "'s") or g.dep_ in ("relcl", "acl"):
            continue
        if any(a.dep_ in ("relcl", "acl") and a.i != role.i and role.is_ancestor(a) for a in g.ancestors):
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
    doc = para.view
    for t in tokens(para):
        if t.dep_ not in ("appos", "prep") and t.lemma_.lower() not in ("be", "become", "remain", "sit", "serve"):
            continue  # (no apposition, copula, preposition or seat verb: no rule below applies)
        if ctx.quote_at(para, t) is not None:
            continue
        pairs: list[tuple[Token, Token]] = []  # (person token, role token)
        if t.dep_ == "appos":
            if _is_role(t) or _side_of(ctx, para, t)[0] is not None:  # ("X, the former Wales centre,")
                pairs.append((t.head, t))
            elif _is_role(t.head):
                pairs.append((t, t.head))
            # "X, a former Eton pupil and joint leader of Y,": a title joined to the apposition
            pairs += [(t.head, c) for c in t.children if c.dep_ == "conj" and _is_role(c) and c.pos_ == "NOUN"]
        if t.lemma_.lower() in ("be", "become", "remain") and t.pos_ in ("AUX", "VERB") and not _hypothetical(t):
            for c in t.children:
                if c.dep_ == "attr" and _is_role(c):
                    subs = [x for x in t.children if x.dep_ == "nsubj"]
                    if not subs and t.dep_ == "xcomp":  # "X, who was selected to be Y's counsel"
                        subs = [x for x in t.head.children if x.dep_ in ("nsubj", "nsubjpass")]
                    if not subs and t.dep_ == "conj" and t.head.pos_ in ("AUX", "VERB"):
                        # "He is a fellow at Y and became a professor of Z": the verb shares its subject
                        subs = [x for x in t.head.children if x.dep_ == "nsubj"]
                    if subs:
                        pairs.append((subs[0], c))
                        # "the Y group, of which X is a co-chairman": the body is the relative's antecedent
                        for w in (g for pr in t.children if pr.dep_ == "prep" and pr.lower_ == "of" for g in pr.children
                                  if g.dep_ == "pobj" and g.lower_ in ("which", "whom")):
                            body = ctx.ref(para, w)
                            if body is None and t.dep_ == "relcl":
                                body = next(iter(ctx.phrase_refs(para, t.head)), None)
                            person = ctx.ref(para, subs[0])
                            if body is not None and person is not None and ctx.table.items[body].type == "Organization" and ctx.table.items[person].type == "Person":
                                role = _role_text(c, set(), set())
                                ctx.add(person, "worksFor", body, ctx.evidence(para, t.sent, "worksFor:apposition-or-copula", 0.8, c), role=role or None)
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
                if person_tok.i > role_tok.i:
                    # "their striker X two weeks' wages - about £80,000": what follows the name is no part of the title
                    skip |= {g.i for g in role_tok.subtree if g.i > person_tok.right_edge.i}
            org, drop = _employer_in(ctx, para, role_tok, skip)
            # "X, the former Y and Z centre,": bodies listed with the title's body before the title
            listed = [g for k in sorted(drop) for g in para.doc[k].children if g.dep_ == "conj" and g.i not in drop and g.i < role_tok.i]
            drop = drop | {x.i for g in listed for x in g.subtree} | {c.i for k in sorted(drop) for c in para.doc[k].children if c.dep_ == "cc"}
            role = _role_text(role_tok, drop, skip)
            for g in listed if org is not None else []:
                body = ctx.ref(para, g)
                if body is not None and ctx.table.items[body].type == "Organization" and ctx.table.items[body].kind == "name":
                    ctx.add(persons[0], "worksFor", body, ctx.evidence(para, t.sent, "worksFor:apposition-or-copula", 0.75, role_tok), role=role or None)
            if org is None:
                # "X, Chief Secretary to the Treasury": the parser may hang the title's
                # preposition on the name
                nxt = role_tok.right_edge.i + 1
                for c in person_tok.children:
                    if c.dep_ == "prep" and c.i == nxt and c.lower_ in _EMPLOYER_PREPS and not (c.lower_ == "to" and role_tok.lower_ in _ACCREDITED):
                        org = next((r for g in c.children if g.dep_ == "pobj" for r in [_org_named_by(ctx, para, g)[0]] if r is not None), None)
            if org is None:
                org = _stranded_employer(ctx, para, role_tok)
            side, named = _side_of(ctx, para, role_tok) if org is None else (None, set())
            if side is not None:  # "X, the Wales captain,": the nation's side
                role = _role_text(role_tok, named, skip) or None
                ctx.add(persons[0], "worksFor", side, ctx.evidence(para, t.sent, "worksFor:apposition-or-copula", 0.75, role_tok),
                        role=role, state=True)
                # "X, the former Wales and Lions centre,": a body listed with the nation holds the post too
                for g in (g for k in named for g in para.doc[k].children if g.dep_ == "conj"):
                    body = ctx.ref(para, g)
                    if body is not None and ctx.table.items[body].type == "Organization":
                        ctx.add(persons[0], "worksFor", body, ctx.evidence(para, t.sent, "worksFor:apposition-or-copula", 0.7, role_tok), role=role)
            if org is None:
                continue
            ctx.add(persons[0], "worksFor", org, ctx.evidence(para, t.sent, "worksFor:apposition-or-copula", 0.8, role_tok), role=role or None)
        if t.dep_ == "appos" and not pairs:
            _seat_on(ctx, para, t)
        if t.dep_ == "prep" and t.lower_ in ("of", "at", "from", "for"):
            _name_of_org(ctx, para, t)
            _fronted_party(ctx, para, t)
        # "who sits on the Senate Banking Committee", "served on the city council"
        # "who is on the board of Y", "X is on the Finance Committee": a seat, when the place is a body with seats
        seat_verb = t.lemma_.lower() in ("sit", "serve") and t.pos_ == "VERB"
        be_on = t.lemma_.lower() == "be" and t.pos_ == "AUX" and not _hypothetical(t)
        if (seat_verb or be_on) and not negated(t):
            for c in t.children:
                if c.dep_ == "prep" and c.lower_ == "on":
                    for g in c.children:
                        org = None
                        seat = g.lemma_.lower() in SEAT_BODIES
                        if g.dep_ == "pobj" and seat:
                            # "sits on the executive of Y", "served on the board of Y": the body the board governs
                            org = next((r for pr in g.children if pr.dep_ == "prep" and pr.lower_ == "of" for x in pr.children
                                        if x.dep_ == "pobj" for r in [ctx.ref(para, x)] if r is not None), None)
                        if org is None and g.dep_ == "pobj":
                            org = ctx.ref(para, g)
                            if org is not None and be_on and not seat and ctx.table.items[org].key.split()[-1:] != [] \
                                    and ctx.table.items[org].key.split()[-1] not in SEAT_BODIES:
                                org = None  # ("X is on Y" says no more than where X is)
                        if org is not None and ctx.table.items[org].type == "Organization":
                            for subj in ctx.subjects(para, t):
                                if ctx.table.items[subj].type == "Person":
                                    ctx.add(subj, "worksFor", org, ctx.evidence(para, t.sent, "worksFor:sits-on", 0.7, t), role="member")


def _hypothetical(v: Token) -> bool:
    """A post that would, could or might be held ("if he became king, X would be head of Y"),
    not one held or to be taken up ("X will become chairman of Y")."""
    return any(c.dep_ == "aux" and c.lower_ in ("would", "could", "might", "may", "'d") for c in v.children)




def _seat_on(ctx: RelationContext, para: Paragraph, appos: Token) -> None:
    """"X, the top Republican on the Intelligence Committee", "X, a Democrat on the city council":
    an apposition that places a person on a body with seats; the apposition is the role."""
    if appos.pos_ not in ("NOUN", "PROPN"):
        return
    person = ctx.ref(para, appos.head)
    if person is None or ctx.table.items[person].type != "Person":
        return
    for prep in appos.children:
        if prep.dep_ != "prep" or prep.lower_ != "on":
            continue
        for g in prep.children:
            org = ctx.ref(para, g) if g.dep_ == "pobj" else None
            if org is None or ctx.table.items[org].type != "Organization" or ctx.table.items[org].kind != "name":
                continue
            if ctx.table.items[org].key.split()[-1:] == [] or ctx.table.items[org].key.split()[-1] not in SEAT_BODIES:
                continue
            role = _role_text(appos, {x.i for x in prep.subtree}, set())
            ctx.add(person, "worksFor", org, ctx.evidence(para, appos.sent, "worksFor:seat-on", 0.7, appos), role=role or None)


def _name_of_org(ctx: RelationContext, para: Paragraph, prep: Token) -> None:
    """"Jane Roe of Northwind Bank", "Professor X of the research group Y", "analyst X at Y",
    "X, from Y, said": a person's name with the organisation they come from. "at" needs a title
    on the name or a comma ("X at the Treasury" may be a visitor), "from" a comma ("signed X from
    Y" is where X came from)."""
    doc = para.view
    comma = prep.i > 0 and doc[prep.i - 1].text == ","
    name_end = prep.head.i
    if prep.lower_ == "for":
        # "Jane Roe, for the Liberal Democrats, said": a party's spokesperson (a lawyer "for" a firm is not its employee)
        if not comma or not any(g.dep_ == "pobj" and _is_party(ctx, para, g) for g in prep.children):
            return
    if comma and prep.i > 1 and prep.right_edge.i + 1 < len(doc) and doc[prep.right_edge.i + 1].text == ",":
        name_end = prep.i - 2  # "X, from Y, said": a parenthesis the parser may hang on the verb
    j = ctx.table.at(para.index, name_end)
    if j is None:
        return
    m = ctx.table.items[j]
    if m.kind != "name" or m.type != "Person" or m.tok[1] - 1 != name_end or m.text.split()[-1].lower() in _NOBILITY:
        return  # ("the Duke of Y" is a rank, not a post in Y)
    start = _title_run(doc, m.tok[0])
    title = m.role or (doc[start : m.tok[0]].text if start is not None else None)
    if prep.lower_ == "from" and not comma or prep.lower_ == "at" and not (comma or title):
        return
    person = ctx.table.resolved(j)
    for g in prep.children:
        if g.dep_ != "pobj":
            continue
        if g.pos_ == "NOUN" and ctx.table.at(para.index, g.i) is None and g.lemma_.lower() not in UNIT_NOUNS \
                and any(c.dep_ == "poss" for c in g.children):
            continue  # "said analyst X of Y's strong results": a thing of the body's, not the body
        org, _ = _org_named_by(ctx, para, g)
        if org is None or ctx.table.items[org].type != "Organization" or ctx.table.items[org].kind != "name":
            continue
        if g.ent_type_ in ("GPE", "LOC", "FAC"):
            continue  # "X, 34, of north London": where someone lives
        role = _clean_role(title) if title else None
        if role and role.split()[-1].lower() in _NOBILITY:
            continue
        ctx.add(person, "worksFor", org, ctx.evidence(para, prep.sent, "worksFor:of-org", 0.75, prep), role=role)


def _is_party(ctx: RelationContext, para: Paragraph, g: Token) -> bool:
    """A party's name: one the mention reader knew as a party's, or a body's name ending in "Party"."""
    j = ctx.table.at(para.index, g.i)
    if j is None:
        return False
    m = ctx.table.items[j]
    return "party" in m.rule or m.kind == "name" and m.type == "Organization" and m.key.split()[-1:] == ["party"]


def _fronted_party(ctx: RelationContext, para: Paragraph, prep: Token) -> None:
    """"For the Liberal Democrats, Jane Roe said ...": a party's spokesperson, the "for" phrase
    opening the sentence and set off by a comma before a person who speaks (as "X, for the Liberal
    Democrats, said"; a lawyer "for" a firm is not its employee, so parties only)."""
    doc = para.view
    verb = prep.head
    if prep.lower_ != "for" or not prep.is_sent_start or prep.right_edge.i + 1 >= len(doc) or doc[prep.right_edge.i + 1].text != ",":
        return
    if verb.pos_ not in ("VERB", "AUX") or lemma_of(verb) not in REPORTING_VERBS or negated(verb):
        return
    parties = [r for g in prep.children if g.dep_ == "pobj" and _is_party(ctx, para, g) for r in [ctx.ref(para, g)] if r is not None]
    speakers = [r for r in ctx.subjects(para, verb) if ctx.table.items[r].type == "Person" and ctx.table.items[r].kind == "name"]
    if len(parties) == 1 and ctx.table.items[parties[0]].type == "Organization":
        for p in speakers:
            ctx.add(p, "worksFor", parties[0], ctx.evidence(para, prep.sent, "worksFor:fronted-party", 0.7, prep))


#: Nouns of holding a post ("X's appointment as Y boss", "her time as chairman of Y").
_POST_NOUNS = words("post_nouns")


@relation_rule("worksFor", "post-noun")
def post_nouns(ctx: RelationContext, para: Paragraph) -> None:
    """"X's appointment as Y boss", "her spell as chairman of Y", "his role as Y's director"."""
    for n in tokens(para):
        if n.lower_ not in _POST_NOUNS or n.pos_ != "NOUN" or ctx.quote_at(para, n) is not None:
            continue
        holders = [r for c in n.children if c.dep_ == "poss" for r in ctx.phrase_refs(para, c) if ctx.table.items[r].type == "Person"]
        if not holders:
            continue
        for role_tok in (g for c in n.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ == "pobj" and _is_role(g)):
            org, drop = _employer_in(ctx, para, role_tok, set())
            if org is None:
                continue
            role = _role_text(role_tok, drop, set())
            for h in holders:
                ctx.add(h, "worksFor", org, ctx.evidence(para, n.sent, "worksFor:post-noun", 0.75, role_tok), role=role or None)


#: Verbs of a post held now even when they speak of the future ("will remain as", "is to step down as").
_HELD_VERBS = frozenset({"remain", "stay", "continue", "step", "quit", "resign", "retire"})


@relation_rule("worksFor", "as-role")
def as_role(ctx: RelationContext, para: Paragraph) -> None:
    """A post named by an "as" phrase: "X serves as chief executive of Y", "X will remain as Y
    chief executive", "X stepped down as Y's chairman", "Y appointed X as its manager", "X joined
    Y as finance director", "X took over as head of Y", "X replaced Y as chief executive of Z" (and
    "X will succeed Y as ..." says Y holds it); or given by a verb of appointing without "as" ("X
    has been named chief executive of Y"). The holder is the subject, or the object of a verb of appointing;
    the organisation is named in the title, else it is the appointing body or the one joined."""
    for v in verbs(para):
        lemma = lemma_of(v)
        took_over = lemma == "take" and any(c.dep_ == "prt" and c.lower_ == "over" for c in v.children)  # "took over as head of Y"
        # "X stood down as chairman of Y", "would stand aside as leader": a post held until then
        stood_down = lemma == "stand" and any(c.dep_ == "prt" and c.lower_ in ("down", "aside") for c in v.children)
        succession = lemma in ("succeed", "replace") and any(c.dep_ == "dobj" for c in v.children)
        if (lemma not in _ROLE_VERBS and not took_over and not stood_down and not succession) or negated(v) or ctx.quote_at(para, v) is not None:
            continue
        to_come = _unrealised(v) or any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)
        if lemma not in _HELD_VERBS and not stood_down and to_come and not succession:
            continue  # "hoped to be elected leader of Y", "will take over as head": not held yet ("will remain as" is)
        roles = [g for c in v.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ == "pobj" and _is_role(g)]
        if lemma in _HIRING_VERBS:
            # "X has been named chief executive of Y", "Y elected X its chairman": the post without "as"
            roles += [c for c in v.children if c.dep_ in ("oprd", "attr") and _is_role(c)]
        if not roles:
            continue
        passive = any(c.dep_ == "auxpass" for c in v.children)
        objs = [c for c in v.children if c.dep_ == "dobj"]
        if succession:
            # "X replaced Y as chief executive of Z": X holds the post; "X will succeed Y as president
            # of Z": Y holds it still
            holders = [r for o in objs for r in ctx.phrase_refs(para, o)] if to_come else ctx.subjects(para, v)
        elif passive:
            holders = [r for c in v.children if c.dep_ == "nsubjpass" for r in ctx.phrase_refs(para, c)]
        elif lemma in _HIRING_VERBS and objs:
            holders = [r for o in objs for r in ctx.phrase_refs(para, o)]
        else:
            holders = ctx.subjects(para, v)
        holders = [h for h in holders if ctx.table.items[h].type == "Person"]
        if not holders:
            continue
        for role_tok in roles:
            if role_tok.lower_ in _NOBILITY:
                continue
            org, drop = _employer_in(ctx, para, role_tok, set())
            if org is None and lemma in _HIRING_VERBS and not passive:
                org = next((r for r in ctx.subjects(para, v) if ctx.table.items[r].type == "Organization"), None)
            if org is None and lemma in ("join", "rejoin"):
                org = next((r for o in objs for r in ctx.phrase_refs(para, o) if ctx.table.items[r].type == "Organization"), None)
            role = _role_text(role_tok, drop, set())
            if org is None:
                org = _government_post(ctx, role)  # "X stood down as prime minister": the government the article names
            side, named = _side_of(ctx, para, role_tok) if org is None else (None, set())  # "X took over as Scotland coach"
            if org is None and side is None:
                continue
            if side is not None:
                role = _role_text(role_tok, named, set())
            for h in holders:
                ctx.add(h, "worksFor", org if side is None else side, ctx.evidence(para, v.sent, "worksFor:as-role", 0.75, role_tok),
                        role=role or None, state=side is not None)


#: Verbs by which someone says what another is ("described X as ..."): their "as" phrase is no post held by their subject.
_DESCRIBE_VERBS = words("describe_verbs")
#: Words on a title that say the post is not (yet) held ("as the next chairman of Y").
_NOT_YET = frozenset({"next", "new", "future", "potential", "possible", "likely", "prospective", "would-be"})


@relation_rule("worksFor", "as-role-any")
def as_role_any(ctx: RelationContext, para: Paragraph) -> None:
    """"X makes his money as a non-executive director of Y", "X spent ten years as head of Y": a
    post named with its body in an "as" phrase on any verb of the holder's own doing (the verbs of
    holding and taking posts are read by as_role, with or without a body). The subject holds it
    when the verb is active and done (no modal, infinitive or condition), has no person as object
    ("Y described X as ...") and the title says nothing of a post to come ("as the next chief of Y")."""
    table = ctx.table
    for v in verbs(para):
        lemma = lemma_of(v)
        if lemma in _ROLE_VERBS or lemma in _DESCRIBE_VERBS or lemma in _HIRING_VERBS or lemma in ("take", "stand", "succeed", "replace"):
            continue
        if negated(v) or ctx.quote_at(para, v) is not None or _unrealised(v) or _hypothetical(v) \
                or any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children) or any(c.dep_ == "auxpass" for c in v.children):
            continue
        if any(c.dep_ in ("dobj", "dative") and (c.pos_ == "PRON" and c.lower_ not in ("some", "much", "most", "all")
                                                  or c.pos_ == "PROPN") for c in v.children):
            continue  # ("they see him as the chairman of Y", "Y hailed Jane Roe as ...")
        # the "as" phrase on the verb, or on its object ("makes some of his money as ...")
        heads = [v] + [c for c in v.children if c.dep_ in ("dobj", "npadvmod")]
        roles = [g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "as" and not (c.i > 0 and c.doc[c.i - 1].lower_ == "such")
                 for g in c.children if g.dep_ == "pobj" and _is_role(g) and g.lower_ not in _NOBILITY]
        if not roles:
            continue
        holders = [h for h in ctx.subjects(para, v) if table.items[h].type == "Person"]
        if not holders:
            continue
        for role_tok in roles:
            if any(w.lower_ in _NOT_YET for w in role_tok.subtree if w.i < role_tok.i):
                continue
            org, drop = _employer_in(ctx, para, role_tok, set())
            if org is None:
                # "spent ten years as head of research at Y": the parser may hang the title's
                # preposition on the verb, right after the title's phrase
                nxt = role_tok.right_edge.i + 1
                org = next((r for c in v.children if c.dep_ == "prep" and c.i == nxt and c.lower_ in ("at", "with", "for")
                            for g in c.children if g.dep_ == "pobj" for r in [_org_named_by(ctx, para, g)[0]] if r is not None), None)
            if org is None or table.items[org].type != "Organization":
                continue
            role = re.sub(r"(\w) - (\w)", r"\1-\2", _role_text(role_tok, drop, set()))  # ("non-executive", split by the tokenizer)
            for h in holders:
                ctx.add(h, "worksFor", org, ctx.evidence(para, v.sent, "worksFor:as-role", 0.7, role_tok), role=role or None)


_INTENTION_VERBS = words("intention_verbs")


@relation_rule("worksFor", "name-as-post")
def name_as_post(ctx: RelationContext, para: Paragraph) -> None:
    """"a lack of trust in Tony Blair as prime minister", "under Jane Roe as chief executive of
    Y": a post in an "as" phrase right after a person's name, whatever the parser hangs it on. The
    body is the one the title names, else the government of a national government post, else the
    nation of a side's title. Not when the clause says what someone thinks the person is or might
    be ("Y described X as ...", "they want X as leader", "X as the next chairman")."""
    doc, table = para.view, ctx.table
    for t in tokens(para):
        if t.lower_ != "as" or t.i == 0 or not _person_name_ends(table, para.index, t.i):
            continue
        if ctx.quote_at(para, t) is not None:
            continue
        roles = [g for g in t.children if g.dep_ == "pobj" and _is_role(g) and g.lower_ not in _NOBILITY]
        if not roles or any(w.lower_ in _NOT_YET or w.lower_ in _PAST_POST for r in roles for w in r.subtree if w.i < r.i):
            continue
        clause = next((a for a in t.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if clause is not None and (negated(clause) or _unrealised(clause) or _hypothetical(clause)
                                   or lemma_of(clause) in _DESCRIBE_VERBS or lemma_of(clause) in _INTENTION_VERBS
                                   or lemma_of(clause) in _ROLE_VERBS or lemma_of(clause) in _HIRING_VERBS
                                   or lemma_of(clause) in ("take", "stand", "succeed", "replace")):
            continue  # (the verbs of holding, taking and passing on posts are as_role's: "replaced X as ...")
        person = table.resolved(table.at(para.index, t.i - 1))
        if person is None or table.items[person].type != "Person":
            continue
        for role_tok in roles:
            org, drop = _employer_in(ctx, para, role_tok, set())
            role = _role_text(role_tok, drop, set())
            if org is None:
                org = _government_post(ctx, role)
            side, named = _side_of(ctx, para, role_tok) if org is None else (None, set())
            if org is None and side is None:
                continue
            if side is not None:
                role = _role_text(role_tok, named, set())
            ctx.add(person, "worksFor", org if side is None else side, ctx.evidence(para, t.sent, "worksFor:as-role", 0.7, role_tok),
                    role=role or None, state=side is not None)


#: Words that may open a role before the organisation's name ("former Leeds chairman X").
_PRE_ORG = frozenset({"former", "outgoing", "ex", "then", "incoming", "acting", "interim"})


#: Heads of titles of posts in a body ("chief executive", "chairman", "spokesman").
_BODY_TITLES = words("body_titles")


def _orgs_in(ctx: RelationContext, index: int, sent, para: Paragraph | None = None) -> list[int]:
    """The organisations named in ``sent``; with ``para``, outside its quotations (the body a
    speaker names in a quotation, "'Y did well,' said chief executive X", is no title's body)."""
    out: list[int] = []
    for k in range(sent.start, sent.end):
        if para is not None and ctx.quote_at(para, para.doc[k]) is not None:
            continue
        j = ctx.table.at(index, k)
        if j is not None and ctx.table.items[j].type == "Organization" and ctx.table.items[j].kind in ("name", "description"):
            r = ctx.table.resolved(j)
            if r is not None and ctx.table.items[r].kind == "name" and r not in out:
                out.append(r)
    return out


def _body_before(ctx: RelationContext, para: Paragraph, name: Token, names_only: bool = False) -> int | None:
    """The body a bare title refers to: the only organisation named in the sentence before (in
    this paragraph or the one before), when it is that sentence's subject, and no other
    organisation is named in the title's own sentence ("The lender will appeal, company
    spokesman X said" refers to it again)."""
    sent = name.sent
    here = _orgs_in(ctx, para.index, sent, para)
    if len(here) > 1:
        return None
    if sent.start > 0:
        prev, index = para.doc[sent.start - 1].sent, para.index
    else:
        before = [p for p in ctx.paras if p.index == para.index - 1]
        if not before or not len(before[0].doc):
            return None
        prev, index = list(before[0].doc.sents)[-1], before[0].index
    orgs = _orgs_in(ctx, index, prev)
    if len(orgs) != 1:
        return None
    subj = next((c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return None
    j = _subject_body(ctx, index, subj)
    if j is None or ctx.table.resolved(j) != orgs[0]:
        return None
    m = ctx.table.items[j]
    if names_only and m.kind != "name":
        return None  # ("The company said ...": a description's antecedent is a guess, too weak for a title read off a verb)
    if m.kind != "name" and ctx.table.items[orgs[0]].start > m.start:
        return None  # "The union said the offer from Y ...": a description never means a body named after it
    # (each naming of a body is a mention of its own: the same body named in both sentences is one by key)
    return orgs[0] if not here or [ctx.table.items[r].key for r in here] == [ctx.table.items[orgs[0]].key] else None


def _subject_body(ctx: RelationContext, index: int, subj: Token) -> int | None:
    """The mention a sentence's subject is, or the body it is about when it is a body's measure
    or part or a description with the name beside it: "Shares in Y fell", "Profits at Y rose",
    "Y profits fell", "The world's largest retailer, Y, has ..." (the subject's own modifier,
    apposition or "in/at/of" phrase names the body)."""
    j = ctx.table.at(index, subj.i)
    if j is not None or subj.pos_ != "NOUN":
        return j
    for c in subj.children:
        if c.dep_ in ("compound", "poss", "appos"):  # ("The world's largest retailer, Y, has ...")
            j = ctx.table.at(index, c.i)
        elif c.dep_ == "prep" and c.lower_ in ("in", "at", "of"):
            j = next((ctx.table.at(index, g.i) for g in c.children if g.dep_ == "pobj"), None)
        else:
            continue
        if j is not None and ctx.table.items[j].type == "Organization" and ctx.table.items[j].kind == "name":
            return j
    return None


def _lead_body(ctx: RelationContext) -> int | None:
    """The body a story is about: the subject of its first sentence after the headline, when it is
    an organisation named there and the article refers to it (by name, description or pronoun)
    more often than to any other organisation; else None."""
    table = ctx.table
    headline = (ctx.article.headline or "").strip()
    body = [p for p in ctx.paras if not (ctx.article.headline_span[0] <= p.offset < ctx.article.headline_span[1])
            and len(p.doc) and p.doc.text.strip() != headline]
    if not body:
        return None
    first = next(iter(body[0].doc.sents))
    subj = next((c for c in first.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    j = _subject_body(ctx, body[0].index, subj) if subj is not None else None
    if j is not None and _two_bodies(subj, table.items[j].tok):
        return None  # "X and Y have cut ...": a story about more than one body
    if j is None or table.items[j].kind != "name" or table.items[j].type != "Organization":
        return None
    lead = table.resolved(j)
    # counted by name: each "Y" is a mention of its own that resolves to itself
    counts: dict[str, int] = {}
    for i, m in enumerate(table.items):
        r = table.resolved(i) if m.type == "Organization" else None
        if r is not None:
            counts[table.items[r].key] = counts.get(table.items[r].key, 0) + 1
    best = max(counts.values(), default=0)
    if lead is None or counts.get(table.items[lead].key, 0) != best or sum(1 for v in counts.values() if v == best) > 1:
        return None
    return lead


def _two_bodies(subj: Token, span: tuple[int, int]) -> bool:
    """A coordinated subject naming two bodies ("Northwind Water and Tarn Water have ..."), not one
    name with "and" after its first word ("Tarnfield and Kestrel Hospitals Trust", "Blake and Keller"),
    however the parser and the name finder join them."""
    for c in subj.children:
        if c.dep_ != "conj":
            continue
        inside = span[0] <= subj.i < span[1] and span[0] <= c.i < span[1]
        cc = next((g for g in subj.children if g.dep_ == "cc"), None)
        if not inside or cc is None or cc.i != span[0] + 1:
            return True
    return False


def _is_possessive(t: Token) -> bool:
    return t.tag_ == "POS" or t.text in ("’s", "'s", "’", "'")


def _title_word(doc, end: int) -> str:
    """The last word of a title ending before ``end``, with a hyphenated one the tokenizer split
    joined again ("co-ordinator", "vice-chairman")."""
    t = doc[end - 1]
    if end >= 3 and doc[end - 2].text == "-" and not doc[end - 2].whitespace_ and not doc[end - 3].whitespace_:
        return f"{doc[end - 3].lower_}-{t.lower_}"
    return t.lower_


def _title_run(doc, end: int) -> int | None:
    """The first token of a title written before a name and ending at ``end`` ("chief executive",
    "founder and CEO", "health spokeswoman", "director of football"), or None: the last word is a
    role noun (or a role noun, "of" and a lower-case noun), the others role nouns, title
    modifiers, lower-case nouns and adjectives, or "and"."""
    k = end - 1
    # "director of rugby X", "head of research X", "minister for women X", "secretary for home affairs X"
    for tail in (1, 2):
        p = end - 1 - tail
        words = doc[p + 1 : end] if p >= 1 else []
        if (p >= 1 and doc[p].lower_ in ("of", "for") and _is_role(doc[p - 1])
                and all(w.text.islower() and w.pos_ in ("NOUN", "PROPN", "ADJ") for w in words)):
            k = p - 1
            break
    if k < 0 or not _is_role(doc[k]) or doc[k].lower_ in _NOBILITY:
        return None
    start = k
    while k - 1 >= 0 and end - (k - 1) <= 6:
        t = doc[k - 1]
        lower_word = t.text[:1].islower() and t.pos_ in ("NOUN", "ADJ")
        if _is_role(t) or t.lower_ in TITLE_MODIFIERS or lower_word or (t.lower_ in ("and", "&", "-") and k - 1 > 0):
            k -= 1
            if t.lower_ not in ("and", "&", "-"):
                start = k
            continue
        break
    return start


def _party_field(ctx: RelationContext, para: Paragraph, start: int) -> int:
    """Where a title before a name starts when a party's name comes before its field written in
    capitals ("Lib Dem Home Affairs spokesman X", "Tory Health spokeswoman Y"): the field words,
    which the mention reader left out of every name, start it; else ``start`` as it was."""
    doc, table = para.view, ctx.table
    k = start
    while k > 0 and start - k < 4 and table.at(para.index, k - 1) is None and (
            doc[k - 1].is_alpha and doc[k - 1].text[:1].isupper() and doc[k - 1].text[1:].islower() and not doc[k - 1].is_sent_start
            or doc[k - 1].lower_ in ("and", "&") and k < start):
        k -= 1
    if k == start or doc[k].lower_ in ("and", "&") or k == 0:
        return start
    j = table.at(para.index, k - 1)
    if j is None or table.items[j].kind != "name" or table.items[j].tok[1] != k or not _is_party(ctx, para, doc[k - 1]):
        return start
    return k


@relation_rule("worksFor", "title-before-name")
def title_before_name(ctx: RelationContext, para: Paragraph) -> None:
    """A title between an organisation and a name: "Northwind Bank chief executive Jane Roe",
    "the club's striker Sam Wood", "its chairman Carl Vance", "former Y chairman X" (the role
    keeps "former")."""
    doc = para.view
    table = ctx.table
    seen: set[int] = set()
    titled: dict[int, int] = {}  # the token right after a name given a body by its title -> that body
    shared: dict[int, tuple[int, str]] = {}  # the same, for a plural title: -> (body, role)
    owned: dict[int, tuple[int, int]] = {}  # the token after a name a body's possessive opens -> (body, the name's head)
    for t in tokens(para):
        j = table.at(para.index, t.i)
        if j is None or j in seen:
            continue
        m = table.items[j]
        if m.kind != "name" or m.type != "Person" or m.tok[0] != t.i or ctx.quote_at(para, t) is not None:
            continue
        seen.add(j)
        end = t.i  # a title inside the name ("CEO Jane Roe") continues the one before it
        while end < m.tok[1] - 1 and (_is_role(doc[end]) or doc[end].lower_ in TITLE_MODIFIERS):
            end += 1
        start = _title_run(doc, end)
        if start is None:
            start = _club_side_title(ctx, para, end)  # "Harbourton centre Jonny Smeed", "Kestrel Rovers wing Tom Vale"
        rule = "worksFor:title-before-name"
        of_org = None
        if start is None and t.i >= 1 and doc[t.i - 1].lower_ in ("and", ",", "&") and t.i - 1 in shared:
            # "Northwind Bank directors Jane Roe and Bob Smith": a plural title names each of the list
            org, role = shared[t.i - 1]
            ctx.add(table.resolved(j), "worksFor", org, ctx.evidence(para, t.sent, "worksFor:shared-title", 0.75, t), role=role or None)
            shared[m.tok[1]] = (org, role)
            continue
        if start is None and t.i >= 1 and doc[t.i - 1].lower_ in ("and", ",", "&") and t.i - 1 in owned:
            # "Acme's Jane Roe and Bob Smith are out": names the parser coordinates under one
            # possessive are each the body's (not "Acme's Jane Roe and Northwind's Bob Smith")
            org, first_head = owned[t.i - 1]
            name_head = doc[m.tok[1] - 1]
            if name_head.dep_ in ("conj", "appos") and _conj_root(name_head).i == first_head:
                ctx.add(table.resolved(j), "worksFor", org, ctx.evidence(para, t.sent, "worksFor:possessive-names", 0.7, t))
                owned[m.tok[1]] = (org, first_head)
            continue
        if start is None and end > 2:
            # "Arm's president of IP Products Group Rene Haas": a title "of" a named unit
            uj = table.at(para.index, end - 1)
            if uj is not None and table.items[uj].kind == "name" and table.items[uj].type == "Organization" and table.items[uj].tok[1] == end:
                u0 = table.items[uj].tok[0]
                if u0 >= 2 and doc[u0 - 1].lower_ == "of" and _is_role(doc[u0 - 2]):
                    start, of_org = _title_run(doc, u0 - 1), table.resolved(uj)
        if start is not None:
            start = _party_field(ctx, para, start)  # "Lib Dem Home Affairs spokesman X": the field goes with the title
        in_headline = ctx.article.headline_span[0] <= para.offset < ctx.article.headline_span[1]
        if start is None and end > 1 and _is_possessive(doc[end - 1]) and not in_headline:
            # (headlines label loosely: "TV's Cosby", "Hollywood's Jane Roe")
            # "ABN Amro's Eddie Wong", "Labour's Jane Roe": a body's possessive on a name
            start, rule = end, "worksFor:possessive-name"
        if start is not None and start >= 1 and doc[start - 1].is_sent_start and doc[start - 1].lower_ in ORG_DESCRIPTIONS \
                and table.at(para.index, start - 1) is None and rule == "worksFor:title-before-name":
            start -= 1  # "Company spokesman X said", "Club captain X": a word for the kind of body opens a bare title
        if start is not None and rule == "worksFor:title-before-name" and start >= 1 and doc[start - 1].text == "," \
                and start - 1 in titled and m.tok[1] < len(doc) and doc[m.tok[1]].lower_ in (",", "and", "&") \
                and not any(_adversarial(w) for w in doc[start:end]):
            # "Northwind Bank chairman Jane Roe, director-general Bob Smith and editor Ann Lee": a list
            # of titled names after the first one's body shares that body
            org = titled[start - 1]
            ctx.add(table.resolved(j), "worksFor", org, ctx.evidence(para, t.sent, "worksFor:coordinated-title", 0.75, doc[start]),
                    role=_clean_role(doc[start:end].text) or None)
            titled[m.tok[1]] = org
            continue
        bare = start is not None and (start == 0 or doc[start].is_sent_start or (doc[start - 1].is_punct and not _is_possessive(doc[start - 1]))
                                      or _title_after_verb(doc, start, m.tok[1])
                                      # "..., finance director Jane Roe and operations chief Bob Smith": a list of titled names
                                      or start >= 2 and doc[start - 1].lower_ == "and" and start - 1 not in titled and _person_name_ends(table, para.index, start - 1))
        if bare and rule == "worksFor:title-before-name":
            # "The Westmoor Trust said ... Chief executive Jane Roe said": a bare title after the body
            after_verb = _title_after_verb(doc, start, m.tok[1]) and doc[m.tok[1] - 1].dep_ == "nsubj"  # ('"...," said chief executive X')
            body = _body_before(ctx, para, t, names_only=after_verb) if _title_word(doc, end) in _BODY_TITLES else None
            kind = _kind_body(ctx, doc[start]) if end - start >= 2 and body is None else None
            if kind is not None:
                # "Committee chairman X said" in a story that names one "... Committee": that body's
                ctx.add(table.resolved(j), "worksFor", kind, ctx.evidence(para, t.sent, "worksFor:title-kind-body", 0.7, doc[start]),
                        role=_bare_role(doc[start:end]) or None)
            elif body is not None:
                ctx.add(table.resolved(j), "worksFor", body, ctx.evidence(para, t.sent, "worksFor:title-after-body", 0.7, doc[start]),
                        role=_bare_role(doc[start:end]) or None)
            elif _title_word(doc, end) in _BODY_TITLES and len(_orgs_in(ctx, para.index, t.sent, para)) <= 1:
                # "Chief Executive Dr Jane Roe said: ..." in a story about one body: that body's
                lead = _lead_body(ctx)
                if lead is not None and {table.items[r].key for r in _orgs_in(ctx, para.index, t.sent, para)} <= {table.items[lead].key}:
                    ctx.add(table.resolved(j), "worksFor", lead, ctx.evidence(para, t.sent, "worksFor:title-lead-body", 0.6, doc[start]),
                            role=_bare_role(doc[start:end]) or None)
            else:
                _bare_government_post(ctx, para, start, end, m, table.resolved(j))
            continue
        if start is None or any(_adversarial(w) for w in doc[start:end]):
            continue  # ("Y critic Jane Roe": no post in Y)
        o = start - 1
        possessive = _is_possessive(doc[o])
        if possessive:
            o -= 1
        org = ctx.ref(para, doc[o]) if o >= 0 else None
        local = table.at(para.index, doc[o].i) if o >= 0 else None
        if org is not None and local is not None and table.items[local].kind == "name" and \
                table.items[local].tok[0] > 0 and doc[table.items[local].tok[0] - 1].dep_ == "poss" and doc[table.items[local].tok[0] - 1].pos_ == "PRON":
            continue  # "their Welsh striker X": a word between the owner's pronoun and the title is no body
        if o >= 1 and doc[o].lower_ in ("and", "&") and o not in titled and doc[o - 1].text == "," and o - 1 in titled:
            titled[o] = titled[o - 1]  # ("..., finance director Bob Smith, and analyst Ann Lee")
        if org is None and o >= 1 and not possessive and doc[o].lower_ in ("and", "&") and o in titled:
            # "Northwind Bank chief executive Jane Roe and chairman Bob Smith": a title coordinated
            # with a titled name shares its body
            org, rule = titled[o], "worksFor:coordinated-title"
            ctx.add(table.resolved(j), "worksFor", org, ctx.evidence(para, t.sent, rule, 0.75, doc[start]),
                    role=_clean_role(doc[start:end].text) or None)
            titled[m.tok[1]] = org
            continue
        if org is None or table.items[org].type != "Organization" or _proper_description(ctx, para, doc[o]) \
                and not _opening_description(ctx, para, doc[o], org):
            if of_org is not None:
                ctx.add(table.resolved(j), "worksFor", of_org, ctx.evidence(para, t.sent, rule, 0.8, doc[start]),
                        role=_clean_role(doc[start:end].text) or None)
            elif org is None and rule == "worksFor:title-before-name":
                _bare_government_post(ctx, para, start, end, m, table.resolved(j))
            elif org is not None and rule == "worksFor:title-before-name":
                # "UK finance minister X", "Japan's finance minister X": a country's name (or its
                # possessive) before a government post
                role = _clean_role(doc[start:end].text)
                if _is_government_post(role) and _country(ctx, org) is not None \
                        and table.items[org].key not in HOME_NATIONS:
                    ctx.add(table.resolved(j), "worksFor", org, ctx.evidence(para, t.sent, "worksFor:country-post", 0.75, doc[start]),
                            role=role or None, state=True)
            continue
        if rule == "worksFor:possessive-name":
            # "its Jane Roe", "the firm's Jane Roe" say too little without a title, and a name
            # that modifies a noun ("the company's Strydo app") is no person
            oj = table.at(para.index, doc[o].i)
            if oj is None or table.items[oj].kind != "name" or doc[m.tok[1] - 1].dep_ in ("compound", "amod", "nmod", "poss"):
                continue
            if m.tok[1] - m.tok[0] == 1 and doc[m.tok[0]].ent_type_ != "PERSON":
                continue  # "Microsoft's Xbox 2": one word the tagger does not take for a person
        oj = table.at(para.index, doc[o].i)
        first = table.items[oj].tok[0] if oj is not None and table.items[oj].kind != "pronoun" else doc[o].i
        if oj is not None and table.items[oj].kind == "description":
            first = min([first] + [c.i for c in doc[o].children if c.dep_ == "det"])
        role = _clean_role(doc[start:end].text)
        before = doc[first - 1].lower_ if first > 0 else ""
        if before in _PRE_ORG and before not in role.lower().split():
            role = f"{before} {role}"
        ctx.add(table.resolved(j), "worksFor", org, ctx.evidence(para, t.sent, rule, 0.8, doc[start]), role=role or None)
        if rule == "worksFor:possessive-name":
            owned[m.tok[1]] = (org, doc[m.tok[1] - 1].i)
        if rule == "worksFor:title-before-name":
            _listed_bodies(ctx, para, first, table.resolved(j), role, doc[start])
            titled[m.tok[1]] = org  # (the token after the name: where a coordinated title would begin)
            if doc[end - 1].tag_ in ("NNS", "NNPS"):
                shared[m.tok[1]] = (org, role)


def _club_side_title(ctx: RelationContext, para: Paragraph, end: int) -> int | None:
    """The first token of a post in a sports side that is no title elsewhere ("centre", "wing",
    "lock", "prop", "hooker": words with other senses), with the lower-case words that qualify it
    ("loose-head prop", "reserve hooker"), ending at ``end`` right before a person's name, when a
    club's name comes right before it ("Harbourton centre Jonny Smeed": the mention reader took
    the town for its club); else None. A nation's name before the post is its national side's
    (national_side)."""
    doc, table = para.view, ctx.table
    if end < 2 or _title_word(doc, end) not in SIDE_TITLES or _is_role(doc[end - 1]):
        return None
    _, k = _title_reach(doc, end)
    o = k - 1
    if o >= 1 and _is_possessive(doc[o]):
        o -= 1
    j = table.at(para.index, o) if o >= 0 else None
    if j is None or table.items[j].kind != "name" or table.items[j].type != "Organization" or table.items[j].tok[1] != o + 1:
        return None
    return None if _nation(ctx, j) is not None else k


def _title_reach(doc, end: int) -> tuple[int, int]:
    """Where a side title ending before ``end`` starts: (k, start), k taking in up to three lower-case
    adjectives or nouns before it ("defensive coach", "rugby league captain"), start the modifiers
    before those too ("former")."""
    k = end - 1
    if "-" in _title_word(doc, end):
        k = end - 3  # ("scrum-half", "full-back": the tokenizer cuts the title at its hyphen)
    while k > 0 and end - k < 4 and doc[k - 1].text.islower() and doc[k - 1].is_alpha and doc[k - 1].pos_ in ("ADJ", "NOUN"):
        k -= 1
    start = k
    while start > 0 and doc[start - 1].lower_ in TITLE_MODIFIERS and doc[start - 1].text.islower():
        start -= 1
    return k, start


def _conj_root(t: Token) -> Token:
    """The first item of the list ``t`` is in ("Cal" in "Ann, Bob and Cal" -> "Ann"; the parser
    may read the second item of a list as an apposition)."""
    while t.dep_ in ("conj", "appos") and t.head.i != t.i:
        t = t.head
    return t




@relation_rule("worksFor", "national-side")
def national_side(ctx: RelationContext, para: Paragraph) -> None:
    """"England captain Jane Roe", "France's defensive coach Bob Smith", "former Wales centre X": a
    post in a sports side after a country's or home nation's name (the tagger's place, a nation's
    name never being made a club) is a post in its national side, which the name stands for
    (GUIDELINES, conventions: a country's name may stand for the body acting for it). The nation
    must open the phrase ("Northwind UK manager X" is the firm's)."""
    doc, table = para.view, ctx.table
    for t in tokens(para):
        j = table.at(para.index, t.i)
        if j is None or table.items[j].kind != "name" or table.items[j].type != "Person" or table.items[j].tok[0] != t.i:
            continue
        m = table.items[j]
        if ctx.quote_at(para, t) is not None:
            continue
        end = t.i  # (a title the name took in, "captain Jane Roe", continues the one before it)
        while end < m.tok[1] - 1 and (doc[end].lower_ in SIDE_TITLES or _is_role(doc[end])):
            end += 1
        if end == 0 or _title_word(doc, end) not in SIDE_TITLES:
            continue
        k, start = _title_reach(doc, end)
        o = start - 1
        if o >= 1 and _is_possessive(doc[o]):
            o -= 1
        nj = table.at(para.index, o) if o >= 0 else None
        if nj is None or table.items[nj].kind != "name" or table.items[nj].tok[1] != o + 1:
            continue
        first = table.items[nj].tok[0]
        if first > 0 and (_is_possessive(doc[first - 1]) or table.at(para.index, first - 1) is not None):
            continue  # ("Northwind's UK manager X": the firm's)
        nation = _nation(ctx, nj)
        if nation is None:
            continue
        role = _clean_role(doc[start:end].text)
        before = doc[first - 1].lower_ if first > 0 else ""
        if before in _PRE_ORG and before not in role.lower().split():
            role = f"{before} {role}"  # "Former England captain X": a post held before
        ctx.add(table.resolved(j), "worksFor", nation, ctx.evidence(para, t.sent, "worksFor:national-side", 0.75, doc[k]),
                role=role or None, state=True)
        _listed_bodies(ctx, para, first, table.resolved(j), role, doc[k])
        # "Ireland coach Jane Roe and captain Bob Smith": a second post in the side, coordinated
        b = m.tok[1]
        if b + 2 < len(doc) and doc[b].lower_ == "and" and doc[b + 1].lower_ in SIDE_TITLES:
            nj2 = table.at(para.index, b + 2)
            if nj2 is not None and table.items[nj2].kind == "name" and table.items[nj2].type == "Person" and table.items[nj2].tok[0] == b + 2:
                ctx.add(table.resolved(nj2), "worksFor", nation, ctx.evidence(para, t.sent, "worksFor:national-side", 0.7, doc[b + 1]),
                        role=doc[b + 1].lower_, state=True)


def _previous_subject(ctx: RelationContext, para: Paragraph, head: Token, body_key: str) -> int | None:
    """The person named in full as the subject of the sentence before ``head``'s (the person the
    passage is about, whom a definite description opening the next clause takes up as "he" would);
    None where that subject is no one person named in full, where that person is named in
    ``head``'s own sentence (the description is then someone else), or where the article ties that
    person to another body of the same kind as the one keyed ``body_key``, a nation's side or not
    (whoever "the Acme manager" is, Roe of Northwind is not)."""
    doc, table = para.doc, ctx.table
    sent = head.sent
    if sent.start > 0:
        prev_para, prev = para, doc[sent.start - 1].sent
    else:
        before = [p for p in ctx.paras if p.index < para.index]
        if not before or not len(before[-1].doc):
            return None
        prev_para = before[-1]
        prev = prev_para.doc[len(prev_para.doc) - 1].sent
    people = set()
    for sb in prev.root.children:
        if sb.dep_ in ("nsubj", "nsubjpass") and ctx.quote_at(prev_para, sb) is None:
            j = table.at(prev_para.index, sb.i)
            if j is not None and table.items[j].type == "Person" and table.items[j].kind == "name":
                people.add(table.resolved(j))
    if len(people) != 1:
        return None
    who = people.pop()
    if who is None or table.items[who].kind != "name" or len(table.items[who].key.split()) < 2:
        return None
    for c in prev.root.children:
        # "Roe sent Dair away and he tried to ...": a clause joined to the main one with a subject of
        # its own moves the passage on to someone else
        if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and any(
                g.dep_ in ("nsubj", "nsubjpass") and ctx.ref(prev_para, g) != who for g in c.children):
            return None
    for t in sent:
        j = table.at(para.index, t.i)
        if j is not None and table.items[j].kind == "name" and table.items[j].type == "Person" and table.resolved(j) == who:
            return None
    side = is_nation(body_key)
    if any(r.predicate == "worksFor" and r.subject == who and r.object is not None and table.items[r.object].key != body_key
           and is_nation(table.items[r.object].key) == side for r in ctx.out):
        return None  # (a player's club and national side are two bodies of different kinds)
    return who


@relation_rule("worksFor", "described-subject", scope="article")
def described_subject(ctx: RelationContext) -> None:
    """"Jane Roe hopes to ... The Acme manager does not view ...", "'...,' said the Acme
    fly-half": a definite description of a post in a named body ("the" + the body's name + a title
    or a post in a side), standing as the subject of its sentence, takes up the person named as the
    subject of the sentence before (GUIDELINES: a description is resolved to the entity it refers
    to), who holds that post in that body (a nation's name: its national side)."""
    table = ctx.table
    for para in ctx.paras:
        doc = para.doc
        for t in tokens(para):
            if not _main_or_reporting_subject(t) or ctx.quote_at(para, t) is not None:
                continue
            word = _title_word(doc, t.i + 1)
            if word not in SIDE_TITLES and not _is_role(t):
                continue
            k = t.i - 2 if "-" in word else t.i  # the title's first token
            a = t.left_edge.i
            if doc[a].lower_ != "the" or a + 1 >= k:
                continue
            b = a + 1
            mods = []
            while b < k and doc[b].lower_ in TITLE_MODIFIERS and doc[b].text.islower():
                mods.append(doc[b].lower_)
                b += 1
            e = b
            while e < k and doc[e].text[:1].isupper() and doc[e].pos_ in ("PROPN", "ADJ", "NOUN"):
                e += 1  # (the tagger may read a club's name as an adjective: "the Celtic manager")
            if e == b or any(not (w.text.islower() and w.pos_ in ("NOUN", "ADJ")) for w in doc[e:k]):
                continue
            key = name_key(doc[b:e].text)
            named = [i for i, o in enumerate(table.items) if o.kind == "name" and o.key == key and table.resolved(i) is not None]
            if not named or len({table.items[table.resolved(i)].key for i in named}) != 1:
                continue  # (each naming of a body is a mention of its own: one body by key)
            body, nation = table.resolved(named[0]), _nation(ctx, named[0])
            if nation is not None and word not in SIDE_TITLES:
                continue  # ("the France manager" of a firm is no post in a national side)
            if nation is None and table.items[body].type != "Organization":
                continue
            who = _previous_subject(ctx, para, t, table.items[body].key)
            if who is None:
                continue
            role = " ".join(mods + [doc[e:t.i + 1].text])
            ctx.add(who, "worksFor", body, ctx.evidence(para, t.sent, "worksFor:described-subject", 0.65, t),
                    role=role, state=nation is not None)


#: Nouns for someone in the same body as another ("colleague", "team-mate").
_COLLEAGUE_NOUNS = words("colleague_nouns")


@relation_rule("worksFor", "colleague")
def colleague(ctx: RelationContext, para: Paragraph) -> None:
    """"his injured Acme colleague Jane Roe", "Harbour City team-mate Sam Wood", "her England
    team-mate X": a body's name right before a noun for a fellow worker, then a person's name,
    says the person works for that body (no role: a colleague holds no post). The body's name must
    be its own phrase (nothing of another name glued before it), and a nation's name stands for its
    national side."""
    doc, table = para.view, ctx.table
    for t in tokens(para):
        j = table.at(para.index, t.i)
        if j is None or table.items[j].kind != "name" or table.items[j].type != "Person" or table.items[j].tok[0] != t.i:
            continue
        if t.i < 2 or ctx.quote_at(para, t) is not None:
            continue
        k = t.i - 1  # where the noun starts ("team-mate" may be three tokens)
        while k >= 2 and doc[k - 1].text == "-" and not doc[k - 1].whitespace_ and not doc[k - 2].whitespace_:
            k -= 2
        if doc[k:t.i].text.lower() not in _COLLEAGUE_NOUNS:
            continue
        o = k - 1
        if _is_possessive(doc[o]):
            o -= 1
        oj = table.at(para.index, o) if o >= 0 else None
        if oj is None or table.items[oj].kind != "name" or table.items[oj].tok[1] != o + 1:
            continue
        first = table.items[oj].tok[0]
        before = table.at(para.index, first - 1) if first > 0 else None
        if before is not None and table.items[before].kind == "name" or first > 0 and doc[first - 1].lower_ in ("and", "&", "between"):
            continue  # ("talks between Acme and Northwind colleague X")
        if first > 0 and doc[first - 1].lower_ in ("former", "ex", "ex-", "then"):
            continue  # ("his former Acme colleague X": they no longer work together there)
        if any(_is_possessive(w) for w in doc[first:o + 1]):
            continue  # ("Henry's Arsenal club-mate X": a name the mention reader glued to its owner)
        body = _nation(ctx, oj)
        state = body is not None
        if body is None:
            body = table.resolved(oj)
            if body is None or table.items[body].type != "Organization":
                continue
        ev = ctx.evidence(para, t.sent, "worksFor:colleague", 0.7, doc[k])
        ctx.add(table.resolved(j), "worksFor", body, ev, state=state)
        b = table.items[j].tok[1]
        while doc[t.i - 1].lower_.endswith("s") and b + 1 < len(doc) and doc[b].lower_ in (",", "and"):
            # "Ulster colleagues Jane Roe and Bob Smith": a plural noun names each of the list
            nj = table.at(para.index, b + 1)
            if nj is None or table.items[nj].kind != "name" or table.items[nj].type != "Person" or table.items[nj].tok[0] != b + 1:
                break
            ctx.add(table.resolved(nj), "worksFor", body, ev, state=state)
            b = table.items[nj].tok[1]


def _listed_bodies(ctx: RelationContext, para: Paragraph, first: int, person: int | None, role: str, cue: Token) -> None:
    """"former Harbour City and Portugal defender Jane Roe": a body (or a nation, for its side)
    listed with "and" before the one right before a title holds the same post. The list must open
    the phrase (a clause's start, "former", "the", a comma or the verb the phrase hangs on), not end
    a phrase of its own ("talks between Harbour City and Westmoor chairman X")."""
    doc, table = para.view, ctx.table
    if person is None or first < 2 or doc[first - 1].lower_ not in ("and", "&"):
        return
    j = table.at(para.index, first - 2)
    if j is None or table.items[j].kind != "name" or table.items[j].tok[1] != first - 1:
        return
    a = table.items[j].tok[0]
    opens = a == doc[a].sent.start or doc[a - 1].lower_ in _PRE_ORG or doc[a - 1].lower_ == "the" \
        or doc[a - 1].is_punct and not _is_possessive(doc[a - 1]) or doc[a - 1].pos_ in ("VERB", "AUX")
    if not opens:
        return
    body = table.resolved(j)
    # a town's name listed before a post in a sports side is its club's ("Harbour City and Portugal
    # striker X"), though the tagger took it for the town
    side = cue.lower_ in SIDE_TITLES and body is not None and table.items[body].type == "Place"
    if body is None or not side and table.items[body].type != "Organization":
        return
    ctx.add(person, "worksFor", body, ctx.evidence(para, cue.sent, "worksFor:listed-bodies", 0.7, cue), role=role or None, state=side)


def _nation(ctx: RelationContext, j: int | None) -> int | None:
    """The nation a name mention names, resolved: a country or a home nation ("Wales"), whatever
    type the tagger gave it; else None."""
    table = ctx.table
    r = table.resolved(j) if j is not None and table.items[j].kind == "name" else None
    if r is None:
        return None
    keys = {table.items[j].key, table.items[r].key}
    return r if any(is_nation(k) for k in keys) else None


def _side_of(ctx: RelationContext, para: Paragraph, role_tok: Token) -> tuple[int | None, set[int]]:
    """The nation whose side a post in a sports side is in, named before the title ("as Scotland
    coach", "as Wales' defensive coach"), and the tokens that name it; else (None, set())."""
    if role_tok.lower_ not in SIDE_TITLES:
        return None, set()
    for c in role_tok.children:
        if c.dep_ in ("compound", "poss", "nmod") and c.i < role_tok.i and c.pos_ == "PROPN":
            nation = _nation(ctx, ctx.table.at(para.index, c.i))
            if nation is not None:
                return nation, {x.i for x in c.subtree}
    return None, set()


def _bare_government_post(ctx: RelationContext, para: Paragraph, start: int, end: int, m, person: int | None) -> None:
    """"..., finance minister Jane Roe said": a national government post written in lower case
    before a name with no body before it is a post in the government the article names, unless a
    nationality no government named shares gives it to another country ("German finance minister
    X" in an article that names only the UK government)."""
    doc = para.view
    role = _clean_role(doc[start:end].text)
    if len(role.split()) > 3 or any(w.lower_ == "shadow" for w in doc[max(0, start - 2) : end]):
        return  # (a long run of lower-case words is a misread title; "Shadow home secretary X" is the opposition's)
    nation = _adjective_country(ctx, para, start - 1) if person is not None and _is_government_post(role) else None
    if nation is not None:
        # "Italian finance minister X" in an article that names Italy or its government
        ctx.add(person, "worksFor", nation, ctx.evidence(para, doc[start].sent, "worksFor:nation-adjective-post", 0.7, doc[start]),
                role=role or None, state=ctx.table.items[nation].type == "Place")
        return
    org = _government_post(ctx, role)
    if org is None or person is None:
        return
    gov_words = {w for g in _governments(ctx) for w in ctx.table.items[g].key.split()}
    if any(t.ent_type_ == "NORP" and t.lower_ not in gov_words for t in doc[max(0, start - 3) : m.tok[1]]):
        return
    ctx.add(person, "worksFor", org, ctx.evidence(para, doc[start].sent, "worksFor:government-post", 0.7, doc[start]), role=role or None)


def _bare_role(title) -> str:
    """The role of a title given without its body's name, less a word for the kind of body
    ("company spokesman" -> "spokesman", "club captain" -> "captain")."""
    words_ = list(title)
    if len(words_) > 1 and words_[0].lower_ in ORG_DESCRIPTIONS and not _is_role(words_[0]):
        words_ = words_[1:]
    return _clean_role("".join(w.text_with_ws for w in words_).strip())  # (as written: "co-ordinator", not "co - ordinator")


def _title_after_verb(doc, start: int, name_end: int) -> bool:
    """A bare title right after the verb the name is an argument of: "..., said chief executive X",
    "moved to oust chairman X" (no body before the title: the body is the one the text is about)."""
    v = doc[start - 1]
    if v.pos_ not in ("VERB", "AUX") or doc[name_end - 1].head.i != v.i:
        return False
    # "said chief executive X"; "The three are chief executive X, ..."
    return doc[name_end - 1].dep_ == "nsubj" or doc[name_end - 1].dep_ == "attr" and v.lemma_.lower() == "be"


def _person_name_ends(table, index: int, k: int) -> bool:
    """Whether a person's name ends right before token ``k``."""
    j = table.at(index, k - 1)
    return j is not None and table.items[j].kind == "name" and table.items[j].type == "Person" and table.items[j].tok[1] == k


def _parenthesis_title(table, para: Paragraph, doc, a: int, end: int):
    """(title span, organisation mention) of a parenthesis doc[a:end] after a name: "<title>
    at/of/for/with Y" or "[then] [the] Y's <title>"; else (None, None)."""
    k = end - 1
    oj = table.at(para.index, k)
    if oj is not None and table.items[oj].kind == "name" and table.items[oj].type == "Organization":
        first = table.items[oj].tok[0]
        # "at brokers Y", "of messaging firm Y": a word or two for the kind of body before its name
        kind = first
        while kind > first - 2 and kind - 1 > a and doc[kind - 1].text.islower() and doc[kind - 1].is_alpha \
                and doc[kind - 1].pos_ in ("NOUN", "ADJ", "VERB") and doc[kind - 1].lower_ not in _EMPLOYER_PREPS:
            kind -= 1
        if kind < first and doc[kind - 1].lower_ in ("at", "of", "for", "with"):
            first = kind
        if first > 0 and doc[first - 1].lower_ == "the":
            first -= 1
        if first - 1 > a and doc[first - 1].lower_ in ("at", "of", "for", "with"):
            if any(_adversarial(w) for w in doc[a : first - 1]):
                return None, None  # "X, a critic of Y,", "X, a supporter with Y,"
            if doc[first - 1].lower_ == "for" and doc[first - 2].lower_ in _CONSTITUENCY_ROLES:
                return None, None  # "X, Labour MP for Kestrel Vale,": the seat, not an employer
            return doc[a : first - 1], oj
    # "X, then the Pentagon's top attorney, ...": a possessive body opens the parenthesis
    k = a
    if k + 1 < end and doc[k].lower_ == "one" and doc[k + 1].lower_ == "of":
        k += 2  # "X, one of Y's directors,"
    while k < end and (doc[k].lower_ in ("the", "then", "now", "currently") or doc[k].lower_ in TITLE_MODIFIERS):
        k += 1
    oj = table.at(para.index, k) if k < end else None
    if oj is None or table.items[oj].kind != "name" or table.items[oj].type != "Organization":
        return None, None
    after = table.items[oj].tok[1]
    if after < end and _is_possessive(doc[after]):
        return doc[after + 1 : end], oj
    # "X, Tory shadow home secretary, said": a body's name, then the title that ends the parenthesis
    if after < end and _is_role(doc[end - 1]) and all(w.text.islower() or _is_role(w) for w in doc[after:end]):
        return doc[after:end], oj
    return None, None


#: Dashes that set off a parenthesis ("X - chief executive of Y - said").
_DASHES = ("-", "–", "—", "--")


@relation_rule("worksFor", "parenthesis")
def parenthesis(ctx: RelationContext, para: Paragraph) -> None:
    """"X, <title> at/of/for/with Y, said": a title between commas (or dashes, "X - chief
    executive of Y - said") after a name, read from the words when the parser splits it ("Jane
    Roe, personal finance and markets analyst at Y,")."""
    doc = para.view
    table = ctx.table
    for t in tokens(para):
        if t.text not in (",",) + _DASHES or t.i == 0:
            continue
        j = table.at(para.index, t.i - 1)
        if j is None or table.items[j].kind != "name" or table.items[j].type != "Person" or table.items[j].tok[1] != t.i:
            continue
        if ctx.quote_at(para, t) is not None:
            continue
        if _dashed_title(ctx, para, t, j):
            continue
        end = t.i + 1
        closers = (",", ".", ";") if t.text == "," else _DASHES
        while end < len(doc) and end - t.i <= 14 and doc[end].text not in (",", ";", ".", "(", ")") + _DASHES and not doc[end].is_sent_start:
            end += 1
        if end >= len(doc) or doc[end].text not in closers:
            continue
        # "X, head of the Y and chairman of Z,": two posts joined by "and", each ending in its body's name
        cuts = [t.i] + [c for c in range(t.i + 2, end - 1) if doc[c].lower_ == "and" and _org_name_ends(table, para.index, c)] + [end]
        for a, b in zip(cuts, cuts[1:]):
            title, oj = _parenthesis_title(table, para, doc, a + 1, b)
            if title is None or any(_adversarial(w) for w in title):
                continue  # ("X, Y's fiercest critic,": no post in Y)
            if not any(_is_role(w) for w in title) or any(w.pos_ in ("VERB", "AUX") or table.at(para.index, w.i) is not None and table.items[table.at(para.index, w.i)].kind == "name" for w in title):
                continue
            role = _clean_role(title.text)
            ctx.add(table.resolved(j), "worksFor", table.resolved(oj), ctx.evidence(para, t.sent, "worksFor:parenthesis", 0.75, doc[a + 1]), role=role or None)


def _dashed_title(ctx: RelationContext, para: Paragraph, dash: Token, j: int) -> bool:
    """"X - another Y board member accused of ... - be thrown out": a title set off by a spaced
    dash after a name, which the parser, reading the dash as a hyphen, makes the head of the name
    (the name a compound of the title). The title is read up to its head noun, whatever long phrase
    follows it before the closing dash; the body is named in it as in any parenthesis."""
    doc = para.view
    if dash.text not in _DASHES or not dash.whitespace_ or not doc[dash.i - 1].whitespace_:
        return False
    last = doc[dash.i - 1]
    role_tok = last.head
    if last.dep_ != "compound" or not dash.i < role_tok.i <= dash.i + 8 or not _is_role(role_tok) or role_tok.pos_ != "NOUN":
        return False
    if any(w.pos_ in ("VERB", "AUX") or w.is_punct for w in doc[dash.i + 1 : role_tok.i]):
        return False
    first = dash.i + 1
    if doc[first].lower_ in ("a", "an", "another") and doc[first].head.i == role_tok.i:
        first += 1  # (an article opens the title: "X - a Y director", "X - another Y board member")
    title, oj = _parenthesis_title(ctx.table, para, doc, first, role_tok.i + 1)
    if title is None or any(_adversarial(w) for w in title) or not any(_is_role(w) for w in title):
        return False
    role = _clean_role(title.text)
    ctx.add(ctx.table.resolved(j), "worksFor", ctx.table.resolved(oj), ctx.evidence(para, dash.sent, "worksFor:parenthesis", 0.75, role_tok),
            role=role or None)
    return True


def _org_name_ends(table, index: int, k: int) -> bool:
    """Whether an organisation's name ends right before token ``k``."""
    j = table.at(index, k - 1)
    return j is not None and table.items[j].kind == "name" and table.items[j].type == "Organization" and table.items[j].tok[1] == k


@relation_rule("worksFor", "fronted-title")
def fronted_title(ctx: RelationContext, para: Paragraph) -> None:
    """"The chairman of Y, X, said": a title with its organisation before the name, set off by
    commas. The parser often hangs the name on the organisation ("Y, X" read as an apposition of
    Y), so the words are read: the title phrase opens the clause ("the", a role noun and its
    modifiers, "of/at/for/with", the organisation's name right before the comma)."""
    doc = para.view
    table = ctx.table
    for t in tokens(para):
        if t.text != "," or t.i < 3 or ctx.quote_at(para, t) is not None:
            continue
        j = table.at(para.index, t.i + 1) if t.i + 1 < len(doc) else None
        if j is None or table.items[j].kind != "name" or table.items[j].type != "Person" or table.items[j].tok[0] != t.i + 1:
            continue
        after = table.items[j].tok[1]
        if after >= len(doc) or doc[after].text not in (",", "-", "–", "—"):
            continue  # (the name must close the apposition: "The head of Y, X, said")
        oj = table.at(para.index, t.i - 1)
        if oj is None or table.items[oj].kind != "name" or table.items[oj].type != "Organization" or table.items[oj].tok[1] != t.i:
            continue
        first = table.items[oj].tok[0]
        if first > 0 and doc[first - 1].lower_ == "the":
            first -= 1
        if first < 2 or doc[first - 1].lower_ not in ("of", "at", "for", "with"):
            continue
        start = _title_run(doc, first - 1)
        if start is None or any(_adversarial(w) for w in doc[start : first - 1]):
            continue
        opener = start
        while opener > 0 and doc[opener - 1].lower_ in ("the", "a", "an") or opener > 0 and doc[opener - 1].lower_ in _PRE_ORG:
            opener -= 1
        # the title opens a clause or an argument ("The head of Y, X,", "talks with the head of Y, X,"),
        # not a phrase hung on another noun ("the son of the founder of Y, X": whose son is X?)
        if opener > 0 and not doc[opener].is_sent_start and (doc[opener - 1].lower_ == "of" or doc[opener - 1].pos_ in ("NOUN", "PROPN", "ADJ", "NUM")):
            continue
        role = _clean_role(doc[opener : first - 1].text)
        if not role or role.split()[-1].lower() in _NOBILITY or (doc[first - 1].lower_ == "to" and role.split()[-1].lower() in _ACCREDITED):
            continue
        ctx.add(table.resolved(j), "worksFor", table.resolved(oj), ctx.evidence(para, t.sent, "worksFor:fronted-title", 0.75, doc[start]), role=role)


#: Posts held under a person ("his deputy", "the minister's spokesman").
_SUBORDINATE_ROLES = words("subordinate_roles")


@relation_rule("worksFor", "subordinate", scope="article")
def subordinates(ctx: RelationContext) -> None:
    """"Nakasone noted ... his civilian deputy, George Barnes": the deputy, aide or spokesman of a
    person works for the one body the article says that person works for."""
    table = ctx.table
    employers: dict[str, set[int]] = {}
    for r in ctx.out:
        if r.predicate == "worksFor" and r.subject is not None:
            employers.setdefault(table.items[r.subject].key, set()).add(r.object)
    for para in ctx.paras:
        for t in tokens(para):
            if t.lower_ not in _SUBORDINATE_ROLES or t.pos_ != "NOUN" or ctx.quote_at(para, t) is not None:
                continue
            bosses = [r for c in t.children if c.dep_ == "poss" for r in [ctx.ref(para, c)] if r is not None]
            bosses = [b for b in bosses if table.items[b].type == "Person"]
            if len(bosses) != 1:
                continue
            holders = [c for c in t.children if c.dep_ == "appos"] + ([t.head] if t.dep_ == "appos" else [])
            named = _name_after(ctx, para, t.i + 1)
            people = [r for h in holders for r in [ctx.ref(para, h)] if r is not None and table.items[r].type == "Person"]
            if named is not None:
                people.append(table.resolved(named))
            orgs = {table.items[o].key: o for o in employers.get(table.items[bosses[0]].key, set())}
            if len(orgs) != 1 or not people:
                continue
            org = next(iter(orgs.values()))
            role = _clean_role(" ".join(w.text for w in t.subtree if w.i <= t.i and w.dep_ != "poss" and w.tag_ != "POS" and not w.is_punct))
            for p in people:
                if p is not None and table.items[p].key != table.items[bosses[0]].key:
                    ctx.add(p, "worksFor", org, ctx.evidence(para, t.sent, "worksFor:subordinate", 0.7, t), role=role or None)


@relation_rule("worksFor", "speaker-member")
def speaker_members(ctx: RelationContext, para: Paragraph) -> None:
    """"“...,” said the Acme striker", "the Acme striker has been ruled out": the person described as
    one who plays or works in a body named before the noun works for that body, with the noun as
    role (GUIDELINES: "the club's striker"). Only when the article names the person: the description
    says what they are; who they are is the quotation's speaker, or for any other verb the person the
    passage is about as the quotation reader read the subject (``RelationContext.described``)."""
    table = ctx.table
    for t in tokens(para):
        if t.tag_ != "NN" or lemma_of(t) not in MEMBER_NOUNS or t.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if not definite(t) or ctx.quote_at(para, t) is not None:
            continue
        bodies = {table.resolved(j) for c in t.children if c.dep_ in ("compound", "poss") and c.i < t.i
                  for j in [table.at(para.index, c.i)] if j is not None and table.items[j].type == "Organization"
                  and table.items[j].kind in ("name", "group")}
        if len(bodies) != 1:
            continue
        verb = t.head
        if verb.pos_ in ("VERB", "AUX") and lemma_of(verb) in REPORTING_VERBS and not negated(verb):
            lo, hi = para.offset + t.sent.start_char, para.offset + t.sent.end_char
            said = [q for q in ctx.quotes if q.para == para.index and q.start < hi and q.end > lo]
            people = {q.speaker for q in said if q.speaker is not None and table.items[q.speaker].type == "Person"
                      and table.items[q.speaker].kind == "name"}
            if len(people) == 1:
                ctx.add(people.pop(), "worksFor", bodies.pop(), ctx.evidence(para, t.sent, "worksFor:speaker-member", 0.7, t),
                        role=t.lower_)
                continue
        who = ctx.described.get((para.index, t.i)) if ctx.described else None
        if who is None:
            continue
        # the role keeps what qualifies the post ("the former Acme singer": "former singer")
        kept = [w.lower_ for w in t.doc[t.left_edge.i : t.i] if w.lower_ in TITLE_MODIFIERS or w.lower_ in _PRE_ORG]
        body = bodies.pop()
        elsewhere = {r.object for r in ctx.out if r.predicate == "worksFor" and r.subject is not None
                     and table.items[r.subject].key == table.items[who].key and table.items[r.object].key != table.items[body].key}
        if elsewhere and not set(kept) & _PAST_POST:
            continue  # "the Acme star" is not Jane Roe, who the article says plays for Brightwell
        ctx.add(who, "worksFor", body, ctx.evidence(para, t.sent, "worksFor:described-member", 0.7, t), role=" ".join(kept + [t.lower_]))


#: Words that make a post one held before ("the former Acme striker" may play for another club now).
_PAST_POST = frozenset({"former", "ex", "then", "one-time", "erstwhile"})


@relation_rule("worksFor", "bare-side-title", scope="article")
def bare_side_titles(ctx: RelationContext) -> None:
    """"manager Jane Roe said", "Striker Tom Vale scored": a post in a sports side written bare
    before a name (no body, possessive or nation before it) is a post in the side the article is
    about (GUIDELINES: "the club's striker"), when that is plain: one organisation only is the
    side the article's other players and staff are given ("Acme's Sam Wood", "Acme striker Tom
    Vale"), and it is the organisation the article names most, more often than any nation. A person the article already ties to
    a body, a post held before ("former striker X") and a name in a quotation take none."""
    table = ctx.table
    works = [r for r in ctx.out if r.predicate == "worksFor" and r.subject is not None]
    # (by key: each naming of a body is a mention of its own)
    sides = {table.items[r.object].key: r.object for r in works
             if table.items[r.object].type == "Organization" and table.items[r.object].kind == "name"
             and (not r.role or r.role.split()[-1].lower() in SIDE_TITLES) and _nation(ctx, r.object) is None}
    if not sides:
        # a national side's story ("France coach X ... flanker Y is back"): with no club given a
        # player or a post, the one nation given a post in its side (GUIDELINES: a country's name
        # may stand for its side)
        sides = {table.items[r.object].key: r.object for r in works if r.role and r.role.split()[-1].lower() in SIDE_TITLES
                 and is_nation(table.items[r.object].key)}
    if len(sides) != 1:
        return
    side = next(iter(sides.values()))
    # (nations counted too: "France have brought flanker X back" is the national side's post)
    counts: dict[str, int] = {}
    for i, m in enumerate(table.items):
        r = table.resolved(i) if m.type == "Organization" or _nation(ctx, i) is not None else None
        if r is not None:
            counts[table.items[r].key] = counts.get(table.items[r].key, 0) + 1
    best = counts.get(table.items[side].key, 0)
    if best == 0 or sum(1 for v in counts.values() if v >= best) > 1:
        return
    tied = {table.items[r.subject].key for r in works}
    paras = {p.index: p for p in ctx.paras}
    for i, m in enumerate(table.items):
        para = paras.get(m.para)
        if m.kind != "name" or m.type != "Person" or para is None:
            continue
        doc = para.view
        end = m.tok[0]  # a title the name took in ("Striker Tom Vale") or one right before it
        while end < m.tok[1] - 1 and doc[end].lower_ in SIDE_TITLES:
            end += 1
        if end == m.tok[0]:
            if end == 0 or doc[end - 1].lower_ not in SIDE_TITLES:
                continue
            start = end - 1
        else:
            start = m.tok[0]
        before = doc[start - 1] if start > 0 and not doc[start].is_sent_start else None
        if before is not None and (before.pos_ in ("PROPN", "ADJ", "NUM") or _is_possessive(before) or before.pos_ == "PRON"
                                   or before.lower_ in _PAST_POST or table.at(para.index, before.i) is not None
                                   or before.lower_ in ("a", "an", "the", "his", "her", "their", "its")):
            continue  # ("Acme striker", "his former striker", "a striker X": a body, a time or a kind)
        person = table.resolved(i)
        if person is None or table.items[person].key in tied or ctx.quote_at(para, doc[m.tok[0]]) is not None:
            continue
        role = " ".join(w.text for w in doc[start:end]).lower()
        ctx.add(person, "worksFor", side, ctx.evidence(para, doc[start].sent, "worksFor:bare-side-title", 0.6, doc[start]), role=role,
                state=is_nation(table.items[side].key))
        tied.add(table.items[person].key)


#: Titles of members of a legislature -> the keys of the house they sit in ("mp" -> "house of commons", ...).
_LEGISLATOR_TITLES = {t: frozenset(v.split("|")) for t, v in mapping("legislator_titles").items()}


def _house_keys(title: str) -> frozenset[str]:
    return _LEGISLATOR_TITLES.get(title, frozenset())


def _past_title(ctx: RelationContext, j: int) -> bool:
    """Whether a word of a post held before ("former", "ex") opens the title right before the
    name ``j`` ("Former MP Jane Roe", "ex-Labour MP Jane Roe"), whatever rule read the title."""
    m = ctx.table.items[j]
    para = next((p for p in ctx.paras if p.index == m.para), None)
    if para is None:
        return False
    doc = para.view
    for k in range(m.tok[0] - 1, max(-1, m.tok[0] - 5), -1):
        if doc[k].is_punct and doc[k].text != "-":
            break
        if doc[k].lower_ in _PAST_POST or doc[k].lower_.startswith("ex-"):
            return True
    return any(w.lower_ in _PAST_POST for w in doc[m.tok[0] : m.tok[1]])


@relation_rule("worksFor", "legislator", scope="article")
def legislators(ctx: RelationContext) -> None:
    """"Labour MP Jane Roe", "Jane Roe, the Kestrel Vale MP", "Senator Jane Roe": a member of a
    legislature works for the house their title says they sit in (data/legislator_titles.txt), when
    the article names that house ("in Parliament", "the House of Commons") and one house only fits;
    the role is the title the member was given."""
    table = ctx.table
    houses: dict[str, set[str]] = {}
    for i, m in enumerate(table.items):
        if m.kind != "name" or m.type != "Organization":
            continue
        for title in _LEGISLATOR_TITLES:
            keys = _house_keys(title)
            words_ = m.key.split()
            if m.key in keys or title == "mp" and len(words_) >= 2 and words_[-1] == "parliament" \
                    and " ".join(words_[:-1]) in COUNTRIES | _COUNTRY_SHORT_FORMS:
                houses.setdefault(title, set()).add(m.key)
    if not houses:
        return
    first = {}
    for i, m in enumerate(table.items):
        if m.kind == "name" and m.type == "Organization":
            first.setdefault(m.key, i)
    # members: people given a legislator's title on an edge ("Labour MP Jane Roe" -> Labour)
    members: dict[int, tuple[str, object, str]] = {}
    for r in ctx.out:
        if r.predicate == "worksFor" and r.subject is not None and r.role:
            last = r.role.split()[-1].lower() if r.role.split()[-1].lower() in _LEGISLATOR_TITLES else \
                next((w.lower() for w in r.role.split() if w.lower() in _LEGISLATOR_TITLES), None)
            if last is not None and not set(r.role.lower().split()) & (_PAST_POST | _NOT_YET | {"shadow"}) and not _past_title(ctx, r.subject):
                members.setdefault(table.resolved(r.subject) if table.resolved(r.subject) is not None else r.subject, (r.role, r.evidence, last))
    for para in ctx.paras:
        # "Jane Roe, the Kestrel Vale MP, said": a title in apposition to a name, with no body of its own
        for t in tokens(para):
            if t.lower_ not in _LEGISLATOR_TITLES or t.dep_ != "appos" or ctx.quote_at(para, t) is not None:
                continue
            if any(w.lower_ in _PAST_POST or w.lower_ in _NOT_YET or w.lower_ == "shadow" for w in t.subtree if w.i < t.i):
                continue
            j = table.at(para.index, t.head.i)
            person = table.resolved(j) if j is not None and table.items[j].type == "Person" and table.items[j].kind == "name" else None
            if person is not None:
                members.setdefault(person, (t.text, ctx.evidence(para, t.sent, "worksFor:legislator", 0.7, t), t.lower_))
    for person, (role, ev, title) in sorted(members.items()):
        found = houses.get(title, set())
        if len(found) != 1:
            continue
        house = first[next(iter(found))]
        # the title alone, without the party or seat ("Labour MP", "MP for Kestrel Vale": "MP")
        word = next(w for w in role.split() if w.lower() == title)
        ctx.add(person, "worksFor", house, replace(ev, rule="worksFor:legislator"), role=word)
