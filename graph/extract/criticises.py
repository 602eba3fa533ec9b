"""criticises: X disapproves of, blames, accuses, challenges or warns against Y.

By a verb of criticism ("X accused Y"), a noun ("in a rebuke to Y, X said"), or negative
evaluation in what X says, quoted or reported ("X said Y had failed ...")."""

from __future__ import annotations

import re
from typing import Iterable

from spacy.tokens import Span, Token

from ..nlp import Paragraph
from .context import RelationContext, lemma_of, negated
from .lexicon import REPORTING_VERBS, words
from .quotes import is_reporting
from .registry import relation_rule

CRITICISE_VERBS = words("criticise_verbs")
CRITICISE_NOUNS = words("criticise_nouns")
NEGATIVE_CUES = tuple(sorted(words("negative_cues")))

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


@relation_rule("criticises", "verb")
def criticising_verbs(ctx: RelationContext, para: Paragraph) -> None:
    """"X criticised Y", "X accused Y of ...", "X warns Y"."""
    doc = para.doc
    for v in doc:
        if v.pos_ not in ("VERB", "AUX") or negated(v):
            continue
        lemma = lemma_of(v)
        sent = v.sent
        # criticises: "X criticised Y", "X accused Y of ...", "X warns Y"
        if lemma in CRITICISE_VERBS:
            objs = [c for c in v.children if c.dep_ == "dobj"]
            for o in objs:
                for obj in ctx.phrase_refs(para, o):
                    for subj in ctx.subjects(para, v):
                        ctx.add(subj, "criticises", obj, ctx.evidence(para, sent, f"criticises:verb:{lemma}", 0.8, v))


def _person_pronoun(ctx: RelationContext, para: Paragraph, tok: Token) -> int | None:
    j = ctx.table.at(para.index, tok.i)
    return ctx.table.resolved(j) if j is not None else None


@relation_rule("criticises", "noun")
def criticism_nouns(ctx: RelationContext, para: Paragraph) -> None:
    """"in a direct challenge to Y, X said"; "his comments were a rebuke to Y"."""
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


@relation_rule("criticises", "speech")
def negative_speech(ctx: RelationContext, para: Paragraph) -> None:
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
            if v.pos_ not in ("VERB", "AUX") or negated(v):
                continue
            lemma = lemma_of(v)
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


def _cue_subject_targets(ctx: RelationContext, para: Paragraph, sent: Span, cue: str | None, exclude: set[int],
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


def _sentence_targets(ctx: RelationContext, para: Paragraph, sent: Iterable[Token], exclude: set[int]) -> list[int]:
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
