"""reportsTo: X sends reports, referrals or data to Y ("X referred the case to Y", "referrals to Y", "X informed Y")."""

from __future__ import annotations

from ..nlp import Paragraph
from .context import RelationContext, lemma_of, negated, not_yet, tokens, verbs
from .lexicon import words
from .registry import relation_rule

REPORTS_TO_VERBS = words("reports_to_verbs")
INFORM_VERBS = words("inform_verbs")
REPORT_NOUNS = words("report_nouns")


@relation_rule("reportsTo", "verb")
def sending_verbs(ctx: RelationContext, para: Paragraph) -> None:
    """"X reports/refers/passes ... to Y", "... is reported to Y by X"."""
    for v in verbs(para):
        if negated(v) or not_yet(v):
            continue
        lemma = lemma_of(v)
        # reportsTo: "X reports/refers/passes ... to Y", "... is reported to Y by X"
        if lemma in REPORTS_TO_VERBS:
            recipients = [g for c in v.children if c.dep_ in ("prep", "dative") and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
            # "referred the case to X": the parser often hangs "to X" on the object
            recipients += [g for o in v.children if o.dep_ == "dobj" for c in o.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
            passive = any(c.dep_ == "auxpass" for c in v.children)
            reporters: list[int] = []
            if passive:
                reporters = ctx.agents(para, v)
            else:
                reporters = ctx.subjects(para, v)
            if lemma == "answer" and not any(c.lower_ == "to" for c in v.children):
                recipients = []
            if any(c.dep_ == "prep" and c.lower_ == "as" for c in v.children):
                recipients = []  # "X referred to it as ...": naming or describing, nothing sent
            for rcp in recipients:
                for obj in ctx.phrase_refs(para, rcp):
                    ctx.last_recipient = obj
                    for subj in reporters:
                        ctx.add(subj, "reportsTo", obj, ctx.evidence(para, v.sent, f"reportsTo:verb:{lemma}", 0.75, v))


@relation_rule("reportsTo", "inform")
def informing_verbs(ctx: RelationContext, para: Paragraph) -> None:
    """"X has informed Y (of ...)", "X alerted Y"."""
    for v in verbs(para):
        if negated(v) or not_yet(v):
            continue
        lemma = lemma_of(v)
        # reportsTo: "X has informed Y (of ...)", "X alerted Y"
        if lemma in INFORM_VERBS and not ctx.quote_at(para, v):
            if any(c.dep_ == "prep" and c.lower_ == "as" for c in v.children):
                continue  # "X tipped it as the next big thing": a forecast about something, nothing sent
            if lemma == "tip" and not any(c.dep_ == "prt" and c.lower_ == "off" for c in v.children):
                continue  # "tip" tells only as "tip off" ("X tipped off Y"); "X tipped Y to win" predicts
            for o in [c for c in v.children if c.dep_ == "dobj"]:
                for obj in ctx.phrase_refs(para, o):
                    if ctx.table.items[obj].type == "Organization":
                        for subj in ctx.subjects(para, v):
                            ctx.add(subj, "reportsTo", obj, ctx.evidence(para, v.sent, f"reportsTo:verb:{lemma}", 0.7, v))


@relation_rule("reportsTo", "noun")
def report_nouns(ctx: RelationContext, para: Paragraph) -> None:
    """"referrals (of ...) to Y" made by X; "X accounted for N of the reports"."""
    for n in tokens(para):
        low = n.lower_
        # reportsTo: "referrals (of ...) to Y" made by X
        if low in REPORT_NOUNS:
            recips = [g for c in n.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
            for c in n.children:  # "referrals of images ... to Y": the "to" may hang on the "of" object
                if c.dep_ == "prep" and c.lower_ == "of":
                    for g in c.subtree:
                        if g.dep_ == "prep" and g.lower_ == "to" and g.head.dep_ in ("pobj", "compound") or (g.dep_ == "prep" and g.lower_ == "to" and g.head.head == c):
                            recips.extend(h for h in g.children if h.dep_ == "pobj")
            rec_refs = [r for t in recips for r in ctx.phrase_refs(para, t)]
            if rec_refs:
                ctx.last_recipient = rec_refs[0]
            elif any(c.dep_ == "det" and c.lower_ in ("those", "these", "the", "such") for c in n.children) and ctx.last_recipient is not None:
                rec_refs = [ctx.last_recipient]
            # the recipient may be the one who "received" them
            for c in n.children:
                if c.dep_ == "relcl" and lemma_of(c) in ("receive", "get", "process"):
                    rec_refs += [r for s in c.children if s.dep_ == "nsubj" for r in ctx.phrase_refs(para, s)]
            if not rec_refs:
                continue
            reporters: list[int] = []
            for c in n.children:
                if c.dep_ in ("poss", "compound") and c.i < n.i:
                    fronted = ctx.fronted_subjects(para, n) if c.pos_ == "PRON" else []
                    reporters += fronted or ctx.phrase_refs(para, c)
            # "X accounted for N of the referrals", "X made N reports"
            node = n
            for _ in range(5):
                node = node.head
                if node.pos_ in ("VERB", "AUX"):
                    if lemma_of(node) in ("account", "make", "send", "submit", "file", "generate", "produce"):
                        reporters += ctx.subjects(para, node)
                    if lemma_of(node) == "come":
                        reporters += [r for c in node.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children if g.dep_ == "pobj" for r in ctx.phrase_refs(para, g)]
                    break
                if node.head.i == node.i:
                    break
            for s in reporters:
                for r in rec_refs:
                    ctx.add(s, "reportsTo", r, ctx.evidence(para, n.sent, "reportsTo:noun", 0.7, n))


#: Verbs of handing something over ("deliver", "provide", "disclose"): a report when what is
#: handed over is information ("delivered its report to Y", "provided data to Y").
HANDOVER_VERBS = words("handover_verbs")
#: Nouns of information handed to a body ("findings", "data", "evidence").
INFORMATION_NOUNS = words("information_nouns")
#: Verbs of telling: "X told the regulator that ..." (reportsTo when the hearer is a public body).
TELL_VERBS = words("tell_verbs")


def _to_objects(ctx: RelationContext, para: Paragraph, v) -> list[int]:
    return [r for c in v.children if c.dep_ in ("prep", "dative") and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"
            for r in ctx.phrase_refs(para, g)]


@relation_rule("reportsTo", "handover")
def handing_over(ctx: RelationContext, para: Paragraph) -> None:
    """"X disclosed the breach to Y", "in delivering its report to Y, X ...", "X submitted its
    findings to Y", "X provided data to Y"."""
    for v in verbs(para):
        if v.pos_ != "VERB" or negated(v) or not_yet(v) or lemma_of(v) not in HANDOVER_VERBS:
            continue
        lemma = lemma_of(v)
        objs = [c for c in v.children if c.dep_ == "dobj"]
        if lemma != "disclose" and not any(o.lemma_.lower() in INFORMATION_NOUNS or o.lemma_.lower() in REPORT_NOUNS for o in objs):
            continue  # "gave money to Y", "sent a team to Y" report nothing
        recipients = _to_objects(ctx, para, v) + [r for o in objs for c in o.children if c.dep_ == "prep" and c.lower_ == "to"
                                                  for g in c.children if g.dep_ == "pobj" for r in ctx.phrase_refs(para, g)]
        senders = ctx.subjects(para, v) or ctx.fronted_subjects(para, v)
        if not senders:
            # "In delivering its report to Y, X said": the report's owner, else the main clause's subject
            senders = [r for o in objs for c in o.children if c.dep_ == "poss" for r in [ctx.ref(para, c)] if r is not None]
            node = v
            while not senders and node.dep_ in ("pcomp", "pobj", "prep", "advcl") and node.head.i != node.i:
                node = node.head
                if node.pos_ in ("VERB", "AUX"):
                    senders = ctx.subjects(para, node)
        for s in senders:
            for r in recipients:
                ctx.add(s, "reportsTo", r, ctx.evidence(para, v.sent, f"reportsTo:handover:{lemma}", 0.7, v))


@relation_rule("reportsTo", "told-authority")
def telling_an_authority(ctx: RelationContext, para: Paragraph) -> None:
    """"X told the regulator that ...", "X advised the department that ...": information given to a
    public body (a news outlet someone speaks to is not reported to)."""
    for v in verbs(para):
        if v.pos_ != "VERB" or negated(v) or not_yet(v) or lemma_of(v) not in TELL_VERBS or ctx.quote_at(para, v) is not None:
            continue
        if not any(c.dep_ in ("ccomp", "prep") and (c.dep_ == "ccomp" or c.lower_ in ("about", "of")) for c in v.children):
            continue
        # a pronoun hearer ("X told them that ...") is people more often than a body: only names and descriptions
        hearers = [r for c in v.children if c.dep_ in ("dobj", "dative") and c.pos_ != "PRON" for r in ctx.phrase_refs(para, c)]
        hearers = [r for r in hearers if ctx.table.items[r].type == "Organization" and ctx.table.items[r].category == "public"]
        for s in ctx.subjects(para, v):
            for r in hearers:
                ctx.add(s, "reportsTo", r, ctx.evidence(para, v.sent, f"reportsTo:told:{lemma_of(v)}", 0.7, v))


#: Nouns of a complaint lodged with a body: "X lodged a complaint with the regulator" reports to it.
_COMPLAINT_NOUNS = frozenset({"complaint", "complaints", "grievance", "grievances"})


@relation_rule("reportsTo", "complaint")
def complaints(ctx: RelationContext, para: Paragraph) -> None:
    """"X lodged a complaint with Y", "X has filed complaints to Y": a complaint made to a body."""
    for n in tokens(para):
        if n.lower_ not in _COMPLAINT_NOUNS or n.dep_ != "dobj" or negated(n.head):
            continue
        v = n.head
        if lemma_of(v) not in ("lodge", "file", "make", "submit", "send", "register", "bring"):
            continue
        recips = [r for h in (n, v) for c in h.children if c.dep_ == "prep" and c.lower_ in ("with", "to")
                  for g in c.children if g.dep_ == "pobj" for r in ctx.phrase_refs(para, g)]
        for s in ctx.subjects(para, v):
            for r in recips:
                ctx.add(s, "reportsTo", r, ctx.evidence(para, n.sent, "reportsTo:complaint", 0.7, n))


#: Nouns of a formal disclosure: "X said in a filing with Y", "in a statement to Y, X said".
DISCLOSURE_NOUNS = words("disclosure_nouns")
#: Verbs of making a disclosure: "X issued a statement to Y", "X filed documents with Y".
_MAKE_VERBS = frozenset({"issue", "file", "make", "submit", "send", "lodge", "publish", "release", "deliver"})


def _discloser(ctx: RelationContext, para: Paragraph, n) -> list[int]:
    """Who makes a disclosure: its possessor ("X's filing"), the subject of the verb that makes it
    ("X issued a statement") or that it is said in ("X said in a filing"), or the subject of the
    main clause after a fronted phrase ("In a filing with Y, X said")."""
    owners = [r for c in n.children if c.dep_ == "poss" for r in ctx.phrase_refs(para, c)]
    if owners or any(c.dep_ == "poss" for c in n.children):
        return owners
    head = n.head
    if n.dep_ == "dobj" and lemma_of(head) in _MAKE_VERBS and not negated(head):
        return ctx.subjects(para, head)
    if n.dep_ == "pobj" and head.lower_ == "in" and head.head.pos_ in ("VERB", "AUX") and not negated(head.head):
        if head.head.dep_ == "ROOT" and head.i < head.head.i:
            return ctx.fronted_subjects(para, n)
        return ctx.subjects(para, head.head)
    return []


@relation_rule("reportsTo", "disclosure")
def disclosures(ctx: RelationContext, para: Paragraph) -> None:
    """"X said in a filing with Y", "In a statement to Y, X said", "X issued a statement to Y": a
    formal disclosure to a body (not to a news outlet, which X only told)."""
    for n in tokens(para):
        if n.lower_ not in DISCLOSURE_NOUNS or n.pos_ != "NOUN":
            continue
        preps = [c for c in n.children if c.dep_ == "prep" and c.lower_ in ("to", "with")]
        if n.dep_ == "dobj" and lemma_of(n.head) in _MAKE_VERBS:  # "issued a statement to Y": "to Y" on the verb
            preps += [c for c in n.head.children if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "with")]
        recips = [r for c in preps for g in c.children if g.dep_ == "pobj" for r in ctx.phrase_refs(para, g)]
        recips = [r for r in recips if ctx.table.items[r].type == "Organization" and ctx.table.items[r].category != "media"]
        if n.lower_ == "statement":
            # a statement goes to the press as often as to a body: only to a public body or a stock exchange
            recips = [r for r in recips if ctx.table.items[r].category == "public" or ctx.table.items[r].key.endswith(" exchange")]
        if not recips:
            continue
        for s in _discloser(ctx, para, n):
            for r in recips:
                ctx.add(s, "reportsTo", r, ctx.evidence(para, n.sent, "reportsTo:disclosure", 0.7, n))
