"""Relations: parsed paragraphs + mentions + quotations -> the seven relations with evidence.

Each rule is general (a verb or noun lexicon over the dependency parse, appositions,
possessives, relative clauses, attribution phrases); none names an entity. A relation
inside a quotation belongs to its speaker ("we" in a quotation is the speaker; outside
quotations, "we" in an article with a byline is its author). Negated statements make no edge.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from spacy.tokens import Span, Token

from ..model import Article, Evidence, Relation
from ..nlp import Paragraph
from ..text.names import name_key
from .lexicon import (
    COMPANY_GROUPS,
    FIGURE_VERBS,
    GOVERNMENT_POSTS,
    PRONOUNS_FIRST,
    REPORTING_VERBS,
    ROLE_HEADS,
    SOURCE_NOUNS,
    words,
)
from .mentions import MentionTable, WorkMention
from .quotes import FoundQuote, is_reporting, speaker_of_subject

CALLS_ON_VERBS = words("calls_on_verbs")
CRITICISE_VERBS = words("criticise_verbs")
CRITICISE_NOUNS = words("criticise_nouns")
NEGATIVE_CUES = tuple(sorted(words("negative_cues")))
REPORTS_TO_VERBS = words("reports_to_verbs")
INFORM_VERBS = words("inform_verbs")
REPORT_NOUNS = words("report_nouns")
PARTNER_VERBS = words("partner_verbs")
PARTNER_NOUNS = words("partner_nouns")
OWN_VERBS = words("own_verbs")

__all__ = ["find_relations"]

_OWNED_NOUNS = words("owned_nouns")
_NUM_ENTS = {"CARDINAL", "PERCENT", "MONEY", "QUANTITY"}
#: Parts of an organisation that stand for it ("the club's recruitment department").
_UNIT_NOUNS = words("unit_nouns")


@dataclass
class _Ctx:
    article: Article
    paras: list[Paragraph]
    table: MentionTable
    quotes: list[FoundQuote]
    author: int | None
    out: list[Relation]
    last_recipient: int | None = None

    # -- references -------------------------------------------------------

    def quote_at(self, para: Paragraph, tok: Token) -> FoundQuote | None:
        pos = para.offset + tok.idx
        for q in self.quotes:
            if q.para == para.index and q.start <= pos < q.end:
                return q
        return None

    def ref(self, para: Paragraph, tok: Token) -> int | None:
        """The mention a token refers to (resolved), or None."""
        low = tok.lower_
        if low in PRONOUNS_FIRST:
            q = self.quote_at(para, tok)
            if q is not None:
                return q.speaker
            return self.author
        j = self.table.at(para.index, tok.i)
        if j is not None:
            m = self.table.items[j]
            if m.key in ("spokesman", "spokeswoman", "spokesperson") and m.role_org is not None:
                return self.table.resolved(m.role_org)
            r = self.table.resolved(j)
            if r is not None and self.table.items[r].kind in ("name", "group"):
                return r
            return None
        if low in ("it", "its", "they", "them", "their", "which", "who", "that"):
            if low in ("which", "who", "that") and tok.head.dep_ in ("relcl",):
                # the noun right before the relative pronoun is its antecedent (parsers often attach it higher)
                k = tok.i - 1
                while k >= 0 and tok.doc[k].is_punct:
                    k -= 1
                if k >= 0 and tok.doc[k].pos_ in ("NOUN", "PROPN"):
                    r = self.ref(para, tok.doc[k])
                    if r is None and tok.doc[k].dep_ == "appos":
                        r = self.ref(para, tok.doc[k].head)  # "Vega, a Democrat who chairs ..."
                    if r is not None:
                        return r
                return self.ref(para, tok.head.head)
            if low in ("which", "who", "that"):
                return None
            if self.quote_at(para, tok) is not None and low in ("they", "them", "their"):
                return None
            return self._last_org(para.offset + tok.idx, para, tok)
        if tok.lemma_.lower() in ("spokesman", "spokeswoman", "spokesperson"):
            return speaker_of_subject(self.table, para, tok)
        return None

    def _last_org(self, pos: int, para: Paragraph, tok: Token, company: bool = False) -> int | None:
        """The organisation a pronoun most likely means: the last one named before it, and for a
        pronoun subject ("It has called on ...") the last organisation that was itself a subject.
        "they" may also mean a group of companies ("tech companies"); "it" may not."""
        plural = tok.lower_ in ("they", "them", "their", "themselves")
        docs = {p.index: p.doc for p in self.paras}
        cands: list[tuple[int, int, bool]] = []  # (start, resolved index, was a subject)
        for i, m in enumerate(self.table.items):
            if m.start >= pos or m.type != "Organization" or m.para < para.index - 3:
                continue
            r = self.table.resolved(i)
            if r is None:
                continue
            rm = self.table.items[r]
            if rm.kind == "group":
                if not (plural and company and rm.key in COMPANY_GROUPS):
                    continue
            elif rm.kind != "name" or rm.plural or (company and rm.category != "company"):
                continue
            head = docs[m.para][m.tok[1] - 1] if m.para in docs else None
            is_subj = head is not None and head.dep_ in ("nsubj", "nsubjpass")
            cands.append((m.start, r, is_subj))
        if not cands:
            return None
        cands.sort()
        best = cands[-1][1]
        if tok.dep_ in ("nsubj", "nsubjpass") and not company:
            subj = [c for c in cands if c[2]]
            if subj:
                best = subj[-1][1]
        self.table.items.append(
            WorkMention(start=pos, end=pos + len(tok), text=tok.text, type="Organization", key=tok.lower_, kind="pronoun",
                        rule="pronoun-org", para=para.index, tok=(tok.i, tok.i + 1), antecedent=best)
        )
        return best

    def phrase_refs(self, para: Paragraph, tok: Token, depth: int = 0) -> list[int]:
        """Mentions named by a noun phrase: the head, its conjuncts and appositions, and
        examples introduced by "including", "like", "such as"."""
        out: list[int] = []
        r = self.ref(para, tok)
        if r is None:
            left = [c for c in tok.children if c.dep_ in ("compound", "poss") and c.i < tok.i]
            if tok.lower_ in _UNIT_NOUNS:
                left += [g for c in left for g in c.subtree if g.dep_ == "poss" and g.i != c.i]
            for c in left if tok.lower_ not in _OWNED_NOUNS else []:
                r2 = self.ref(para, c)
                if r2 is None or self.table.items[r2].type == "Place":
                    continue
                # "Harbury's recruitment department": a unit stands for its organisation
                if tok.pos_ == "PROPN" or (c.dep_ == "poss" and tok.lower_ in _UNIT_NOUNS):
                    out.append(r2)
            # "the payments company Lumio", "the Portuguese club CD Vilamar": the name follows
            nxt = tok.i + 1
            if nxt < len(tok.doc):
                j = self.table.at(para.index, nxt)
                if j is not None and self.table.items[j].kind == "name" and self.table.items[j].tok[0] == nxt:
                    r = self.table.resolved(j)
            if r is None:
                for c in tok.children:
                    if c.dep_ in ("appos", "compound") and c.i > tok.i:
                        j = self.table.at(para.index, c.i)
                        if j is not None and self.table.items[j].kind == "name":
                            r = self.table.resolved(j)
                            break
        if r is not None:
            out.append(r)
        if depth > 3:
            return out
        for c in tok.children:
            if c.dep_ in ("conj", "appos"):
                out.extend(self.phrase_refs(para, c, depth + 1))
            elif c.dep_ == "prep" and c.lower_ in ("including", "like", "such", "as"):
                for g in c.subtree:
                    if g.dep_ == "pobj":
                        out.extend(self.phrase_refs(para, g, depth + 1))
                        break
            elif c.dep_ == "amod" and c.lower_ == "including":
                out.extend(self.phrase_refs(para, c, depth + 1))
        seen, uniq = set(), []
        for x in out:
            if x is not None and x not in seen:
                seen.add(x)
                uniq.append(x)
        return uniq

    def subjects(self, para: Paragraph, verb: Token) -> list[int]:
        """Who does what the verb says: its subject, or the noun a relative clause or participle hangs on."""
        node = verb
        for _ in range(5):
            subs = [c for c in node.children if c.dep_ in ("nsubj", "csubj")]
            if subs:
                return self.phrase_refs(para, subs[0])
            if node.dep_ in ("relcl", "acl") and node.head.pos_ in ("NOUN", "PROPN", "PRON"):
                return self.phrase_refs(para, node.head)
            if node.dep_ in ("xcomp", "conj", "advcl", "pcomp", "pobj", "prep", "acomp", "ccomp") and node.head.i != node.i:
                node = node.head
                continue
            break
        return []

    # -- output -----------------------------------------------------------

    def evidence(self, para: Paragraph, sent: Span, rule: str, conf: float, cue: Token | None = None) -> Evidence:
        return Evidence(
            article=self.article.id,
            start=para.offset + sent.start_char,
            end=para.offset + sent.end_char,
            sentence=sent.text,
            rule=rule,
            confidence=conf,
            cue_start=para.offset + cue.idx if cue is not None else None,
            cue_end=para.offset + cue.idx + len(cue) if cue is not None else None,
        )

    def add(self, subj: int | None, pred: str, obj: int | None, ev: Evidence, role: str | None = None, article_subject: bool = False) -> None:
        if obj is None or (subj is None and not article_subject):
            return
        if subj is not None and subj == obj:
            return
        o = self.table.items[obj]
        if subj is not None:
            s = self.table.items[subj]
            if not _types_ok(pred, s.type, o.type):
                return
        elif not _types_ok(pred, "Article", o.type):
            return
        self.out.append(Relation(subject=subj, predicate=pred, object=obj, evidence=ev, role=role))


_DOMAINS = {
    "criticises": ({"Person", "Organization"}, {"Person", "Organization", "Product"}),
    "reportsTo": ({"Person", "Organization", "Product"}, {"Organization"}),
    "cites": ({"Person", "Organization", "Article"}, {"Person", "Organization", "Product"}),
    "worksFor": ({"Person"}, {"Organization"}),
    "owns": ({"Organization"}, {"Organization", "Product"}),
    "callsOn": ({"Person", "Organization"}, {"Person", "Organization"}),
    "partnersWith": ({"Organization", "Person"}, {"Organization"}),
}


def _types_ok(pred: str, s: str, o: str) -> bool:
    dom, rng = _DOMAINS[pred]
    return s in dom and o in rng


def _negated(tok: Token) -> bool:
    """Negated or hedged: "did not criticise", "may urge", "if X asks Y", "whether X owns Y"."""
    for node in (tok, tok.head if tok.dep_ in ("xcomp", "aux") else tok):
        if any(c.dep_ == "neg" or c.lower_ in ("not", "n't", "n’t", "never") for c in node.children):
            return True
    if any(c.dep_ == "aux" and c.lower_ in ("may", "might") for c in tok.children):
        return True
    if any(c.dep_ == "mark" and c.lower_ in ("if", "whether", "unless") for c in tok.children):
        return True
    return False


def _lemma(t: Token) -> str:
    return t.lemma_.lower()


def _has_number(tokens) -> bool:
    for t in tokens:
        if t.ent_type_ in _NUM_ENTS or (t.like_num and not re.fullmatch(r"(19|20)\d\d", t.text)):
            return True
    return False


#: (cue, its folded text, the pattern that finds it at a word start), compiled once.
_NEG_PATTERNS = tuple(
    (cue, cue.replace("’", "'"), re.compile(r"(?<![a-z])" + re.escape(cue.replace("’", "'"))))
    for cue in NEGATIVE_CUES
)


def _neg_cue(text: str) -> str | None:
    low = text.lower().replace("’", "'")
    for cue, folded, pattern in _NEG_PATTERNS:
        if folded in low and pattern.search(low):  # the substring test is cheap and necessary
            return cue
    return None


# ---------------------------------------------------------------- verb rules


def _verb_rules(ctx: _Ctx, para: Paragraph) -> None:
    doc = para.doc
    for v in doc:
        if v.pos_ not in ("VERB", "AUX"):
            continue
        lemma = _lemma(v)
        sent = v.sent
        if _negated(v):
            continue
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
        # criticises: "X criticised Y", "X accused Y of ...", "X warns Y"
        if lemma in CRITICISE_VERBS:
            objs = [c for c in v.children if c.dep_ == "dobj"]
            for o in objs:
                for obj in ctx.phrase_refs(para, o):
                    for subj in ctx.subjects(para, v):
                        ctx.add(subj, "criticises", obj, ctx.evidence(para, sent, f"criticises:verb:{lemma}", 0.8, v))
        # reportsTo: "X reports/refers/passes ... to Y", "... is reported to Y by X"
        if lemma in REPORTS_TO_VERBS:
            recipients = [g for c in v.children if c.dep_ in ("prep", "dative") and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
            # "referred the case to X": the parser often hangs "to X" on the object
            recipients += [g for o in v.children if o.dep_ == "dobj" for c in o.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
            passive = any(c.dep_ == "auxpass" for c in v.children)
            reporters: list[int] = []
            if passive:
                reporters = [r for c in v.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj" for r in ctx.phrase_refs(para, g)]
            else:
                reporters = ctx.subjects(para, v)
            if lemma == "answer" and not any(c.lower_ == "to" for c in v.children):
                recipients = []
            for rcp in recipients:
                for obj in ctx.phrase_refs(para, rcp):
                    ctx.last_recipient = obj
                    for subj in reporters:
                        ctx.add(subj, "reportsTo", obj, ctx.evidence(para, sent, f"reportsTo:verb:{lemma}", 0.75, v))
        # reportsTo: "X has informed Y (of ...)", "X alerted Y"
        if lemma in INFORM_VERBS and not ctx.quote_at(para, v):
            for o in [c for c in v.children if c.dep_ == "dobj"]:
                for obj in ctx.phrase_refs(para, o):
                    if ctx.table.items[obj].type == "Organization":
                        for subj in ctx.subjects(para, v):
                            ctx.add(subj, "reportsTo", obj, ctx.evidence(para, sent, f"reportsTo:verb:{lemma}", 0.7, v))
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


# ---------------------------------------------------------------- noun rules


def _person_pronoun(ctx: _Ctx, para: Paragraph, tok: Token) -> int | None:
    j = ctx.table.at(para.index, tok.i)
    return ctx.table.resolved(j) if j is not None else None


def _noun_rules(ctx: _Ctx, para: Paragraph) -> None:
    doc = para.doc
    for n in doc:
        low = n.lower_
        sent = n.sent
        # criticises: "in a direct challenge to X, Y said"
        if low in CRITICISE_NOUNS and n.pos_ == "NOUN":
            targets = [g for c in n.children if c.dep_ == "prep" and c.lower_ in ("to", "at", "against", "of") for g in c.children if g.dep_ == "pobj"]
            if targets:
                clause = n.head
                while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
                    clause = clause.head
                critics = ctx.subjects(para, clause) if clause.pos_ in ("VERB", "AUX") else []
                if not critics and clause.pos_ in ("VERB", "AUX"):
                    # "His comments were a sharp rebuke to X": the speaker of the comments
                    for sb in clause.children:
                        if sb.dep_ == "nsubj":
                            critics = [r for g in sb.children if g.dep_ == "poss" for r in [ctx.ref(para, g) if g.lower_ not in ("his", "her") else _person_pronoun(ctx, para, g)] if r is not None]
                for t in targets:
                    for obj in ctx.phrase_refs(para, t):
                        for subj in critics:
                            ctx.add(subj, "criticises", obj, ctx.evidence(para, sent, "criticises:noun", 0.75, n))
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
                if c.dep_ == "relcl" and _lemma(c) in ("receive", "get", "process"):
                    rec_refs += [r for s in c.children if s.dep_ == "nsubj" for r in ctx.phrase_refs(para, s)]
            if not rec_refs:
                continue
            reporters: list[int] = []
            for c in n.children:
                if c.dep_ in ("poss", "compound") and c.i < n.i:
                    reporters += ctx.phrase_refs(para, c)
            # "X accounted for N of the referrals", "X made N reports"
            node = n
            for _ in range(5):
                node = node.head
                if node.pos_ in ("VERB", "AUX"):
                    if _lemma(node) in ("account", "make", "send", "submit", "file", "generate", "produce"):
                        reporters += ctx.subjects(para, node)
                    if _lemma(node) == "come":
                        reporters += [r for c in node.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children if g.dep_ == "pobj" for r in ctx.phrase_refs(para, g)]
                    break
                if node.head.i == node.i:
                    break
            for s in reporters:
                for r in rec_refs:
                    ctx.add(s, "reportsTo", r, ctx.evidence(para, sent, "reportsTo:noun", 0.7, n))
        # owns: "Meta's platforms, Facebook and Instagram"
        if low in _OWNED_NOUNS:
            owners = [r for c in n.children if c.dep_ == "poss" for r in ctx.phrase_refs(para, c)]
            listed = n.i + 1 < len(doc) and doc[n.i + 1].text == ","
            owned = [r for c in n.children if c.dep_ == "appos" or (listed and c.dep_ == "conj") for r in ctx.phrase_refs(para, c)]
            for o in owners:
                for p in owned:
                    ctx.add(o, "owns", p, ctx.evidence(para, sent, "owns:possessive-apposition", 0.8, n))
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
        # owns: "the Facebook-owned site"
        if low == "owned" and n.i > 1 and doc[n.i - 1].text == "-":
            owner = ctx.ref(para, doc[n.i - 2])
            target = n.head if n.head.i != n.i else None
            while target is not None and target.dep_ in ("amod", "compound") and target.head.i != target.i:
                target = target.head
            if owner is not None and target is not None:
                for p in ctx.phrase_refs(para, target):
                    ctx.add(owner, "owns", p, ctx.evidence(para, sent, "owns:hyphen-owned", 0.85, n))
        # partnersWith: "in partnership with X" hanging on a noun ("police working ...")
        # (verb attachment is handled by the verb rules)


# ---------------------------------------------------------------- attribution (cites)


def _source_refs(ctx: _Ctx, para: Paragraph, tok: Token) -> list[int]:
    """The bodies a source phrase names: the phrase itself, or "a report by X", "analysts at X",
    "accounts filed with X"."""
    refs = ctx.phrase_refs(para, tok)
    if refs:
        return refs
    if tok.lower_ in SOURCE_NOUNS or tok.lemma_.lower() in SOURCE_NOUNS:
        for g in tok.subtree:
            if g.i == tok.i:
                continue
            r = ctx.ref(para, g)
            if r is not None and ctx.table.items[r].type in ("Organization", "Person", "Product"):
                return [r]
    return []


def _cites_rules(ctx: _Ctx, para: Paragraph) -> None:
    doc = para.doc
    for t in doc:
        sent = t.sent
        # "according to X", "according to a report in X"
        if t.lower_ == "according" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "to":
            objs = [g for g in doc[t.i + 1].children if g.dep_ == "pobj"] or [g for g in t.children if g.dep_ == "pobj"]
            if not objs:
                objs = [g for g in doc[t.i + 1].subtree if g.dep_ == "pobj"][:1]
            q = ctx.quote_at(para, t)
            citer = q.speaker if q is not None else None
            for o in objs:
                for s in _source_refs(ctx, para, o):
                    ctx.add(citer, "cites", s, ctx.evidence(para, sent, "cites:according-to", 0.9, t), article_subject=q is None)
        # "X said/estimated <figure>", "a report by X concluded ..." in the narrator's voice
        if t.pos_ in ("VERB", "AUX") and _lemma(t) in FIGURE_VERBS and not ctx.quote_at(para, t) and not _negated(t):
            subs = [c for c in t.children if c.dep_ == "nsubj"]
            if not subs:
                continue
            subj = subs[0]
            published = subj.lower_ in SOURCE_NOUNS or subj.lemma_.lower() in SOURCE_NOUNS
            subj_tokens = set(x.i for x in subj.subtree)
            rest = [x for x in sent if x.i not in subj_tokens and not ctx.quote_at(para, x)]
            if not published and not _has_number(rest):
                continue
            for s in _source_refs(ctx, para, subj):
                # a body that publishes a figure is a source; a person saying a number is a statement
                if ctx.table.items[s].type != "Organization" and not published:
                    continue
                ctx.add(None, "cites", s, ctx.evidence(para, sent, f"cites:figure:{_lemma(t)}", 0.75, t), article_subject=True)


# ---------------------------------------------------------------- roles (worksFor)


def _role_rules(ctx: _Ctx) -> None:
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


def _employer_in(ctx: _Ctx, para: Paragraph, role: Token, skip: set[int]) -> tuple[int | None, set[int]]:
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


def _employment_rules(ctx: _Ctx, para: Paragraph) -> None:
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


# ---------------------------------------------------------------- criticism in what people say


def _speech_rules(ctx: _Ctx, para: Paragraph) -> None:
    """A speaker who evaluates an entity negatively criticises it.

    Inside a quotation: a sentence with a negative cue criticises the entities it names (or,
    with only "they"/"it", the organisation last named before it). Outside: a reporting verb
    of warning or accusation, or any reporting verb whose reported clause has a negative cue,
    criticises the entities named in that clause.
    """
    doc = para.doc
    for sent in doc.sents:
        s0, s1 = para.offset + sent.start_char, para.offset + sent.end_char
        q = next((x for x in ctx.quotes if x.para == para.index and x.start < s1 and x.end > s0), None)
        cue = _neg_cue(sent.text)
        # a partial quotation inside the narrator's sentence ("X said Y had shown “a casual
        # disregard ...”") is read like reported speech, below
        partial = False
        if q is not None and q.start > s0 + 1:
            before = doc.text[: q.start - para.offset - 1].rstrip()
            partial = (q.text[:1].islower() and not before.endswith((":", ","))
                       and any(is_reporting(t) for t in sent if para.offset + t.idx < q.start))
        if q is not None and q.speaker is not None and cue and not partial:
            inside = doc.char_span(q.start - para.offset, q.end - para.offset, alignment_mode="expand")
            lo, hi = (inside.start, inside.end) if inside is not None else (sent.start, sent.end)
            span = doc[max(sent.start, lo) : min(sent.end, hi)]
            targets = _cue_subject_targets(ctx, para, sent, cue, exclude={q.speaker}) or _sentence_targets(ctx, para, span, exclude={q.speaker})
            # a product named with its owner ("Facebook Messenger") is criticised through the owner
            named = {ctx.table.items[t].key for t in targets}
            targets = [t for t in targets if not (ctx.table.items[t].type == "Product" and ctx.table.items[t].role_org is not None
                                                  and ctx.table.items[ctx.table.resolved(ctx.table.items[t].role_org)].key in named)]
            if not targets:
                pron = [t for t in span if t.lower_ in ("they", "them", "their", "itself", "themselves")]
                if pron:
                    j = ctx._last_org(para.offset + pron[0].idx, para, pron[0], company=True)
                    if j is not None:
                        targets = [ctx.table.resolved(j)]
            for tgt in targets:
                ctx.add(q.speaker, "criticises", tgt, ctx.evidence(para, sent, "criticises:quotation-cue", 0.6))
            continue
        if q is not None and not partial:
            continue
        for v in sent:
            if v.pos_ not in ("VERB", "AUX") or _negated(v):
                continue
            lemma = _lemma(v)
            if lemma not in REPORTING_VERBS and lemma not in CRITICISE_VERBS and lemma not in ("identify", "describe", "accuse"):
                continue
            subs = ctx.subjects(para, v)
            if not subs:
                continue
            clause_tokens = [c for c in v.children if c.dep_ in ("ccomp", "dobj", "xcomp", "oprd", "advcl") or (c.dep_ == "ccomp")]
            if v.dep_ == "parataxis" or (v.dep_ in ("ROOT",) and any(c.dep_ == "ccomp" and c.i < v.i for c in v.children)):
                pass
            region = [g for c in clause_tokens for g in c.subtree]
            subj_after = any(c.dep_ == "nsubj" and c.i > v.i for c in v.children)
            if not region and subj_after and v.dep_ in ("conj", "parataxis", "ROOT"):
                # "Y could become a safe haven, warns X": the reported words come first
                region = [g for g in sent if g.i < v.i and not g.is_punct]
            if not region:
                continue
            region_text = " ".join(g.text for g in region)
            strong = lemma in CRITICISE_VERBS or lemma in ("accuse", "blame")
            region_cue = _neg_cue(region_text)
            if not strong and not region_cue:
                continue
            if not strong:
                picked = _cue_subject_targets(ctx, para, sent, region_cue, exclude=set(subs), within={g.i for g in region})
                if picked:
                    for s_ in subs:
                        for tgt in picked:
                            ctx.add(s_, "criticises", tgt, ctx.evidence(para, sent, f"criticises:reported-cue:{lemma}", 0.55, v))
                    continue
            for s in subs:
                for tgt in _sentence_targets(ctx, para, region, exclude=set(subs)):
                    ctx.add(s, "criticises", tgt, ctx.evidence(para, sent, f"criticises:reported-{'verb' if strong else 'cue'}:{lemma}", 0.65 if strong else 0.55, v))


def _cue_subject_targets(ctx: _Ctx, para: Paragraph, sent: Span, cue: str | None, exclude: set[int],
                         within: set[int] | None = None) -> list[int]:
    """Who the negative words are about: the subject of the clause that holds them
    ("the Government then chose to ignore ..." -> the Government), when it names an entity."""
    if not cue:
        return []
    low = sent.text.lower().replace("’", "'")
    at = low.find(cue.lower().replace("’", "'"))
    if at < 0:
        return []
    tok = next((t for t in sent if t.idx - sent.start_char >= at), None)
    if tok is None:
        return []
    node = tok
    for _ in range(6):
        subs = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subs and node.pos_ in ("VERB", "AUX"):
            out = []
            for r in ctx.phrase_refs(para, subs[0]):
                m = ctx.table.items[r]
                if r in exclude or m.kind != "name" or m.type not in ("Organization", "Person", "Product"):
                    continue
                if within is not None and not any(i in within for i in range(*m.tok)) and m.para == para.index:
                    continue
                out.append(r)
            # "the Government's offer was an insult": the possessor is the one meant
            if not out:
                for g in subs[0].subtree:
                    if g.dep_ == "poss":
                        r = ctx.ref(para, g)
                        if r is not None and r not in exclude and ctx.table.items[r].type in ("Organization", "Person"):
                            out.append(r)
            return out
        if node.head.i == node.i:
            break
        node = node.head
    return []


def _sentence_targets(ctx: _Ctx, para: Paragraph, sent: Iterable[Token], exclude: set[int]) -> list[int]:
    """The named people, organisations and products a stretch of tokens refers to, in order."""
    out = []
    for t in sent:
        r = ctx.table.at(para.index, t.i)
        if r is None:
            continue
        rr = ctx.table.resolved(r)
        if rr is None or rr in exclude:
            continue
        m = ctx.table.items[rr]
        if m.kind != "name" or m.type not in ("Organization", "Person", "Product"):
            continue
        if rr not in out:
            out.append(rr)
    return out


# ---------------------------------------------------------------- entry point


def _author(article: Article, table: MentionTable) -> int | None:
    if not article.byline:
        return None
    key = name_key(article.byline.split(",")[0], person=True)
    for i, m in enumerate(table.items):
        if m.kind == "name" and m.type == "Person" and m.key == key:
            return i
    return None


def find_relations(article: Article, paragraphs: list[Paragraph], table: MentionTable, quotes: list[FoundQuote]) -> list[Relation]:
    ctx = _Ctx(article=article, paras=paragraphs, table=table, quotes=quotes, author=_author(article, table), out=[])
    for para in paragraphs:
        _verb_rules(ctx, para)
        _noun_rules(ctx, para)
        _cites_rules(ctx, para)
        _employment_rules(ctx, para)
        _speech_rules(ctx, para)
    _role_rules(ctx)
    # owned products named with their owner ("Facebook Messenger")
    for i, m in enumerate(list(table.items)):
        if m.type == "Product" and m.kind == "name" and m.role_org is not None:
            para = next(p for p in paragraphs if p.index == m.para)
            tok = para.doc[m.tok[0]]
            ctx.add(table.resolved(m.role_org), "owns", i, ctx.evidence(para, tok.sent, "owns:owner-prefix", 0.8, tok))
    return ctx.out
