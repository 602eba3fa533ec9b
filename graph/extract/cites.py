"""cites: a figure, finding or report attributed to a source ("according to X", "X estimated ...", "a report by X")."""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp import Paragraph
from .context import RelationContext, has_number, lemma_of, negated
from .lexicon import FIGURE_VERBS, SOURCE_NOUNS
from .registry import relation_rule


def _source_refs(ctx: RelationContext, para: Paragraph, tok: Token) -> list[int]:
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


@relation_rule("cites", "according-to")
def according_to(ctx: RelationContext, para: Paragraph) -> None:
    """"according to X", "according to a report in X": the quotation's speaker, else the article, cites X."""
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


@relation_rule("cites", "figure")
def source_of_figure(ctx: RelationContext, para: Paragraph) -> None:
    """"X said/estimated <figure>", "a report by X concluded ..." in the narrator's voice: the article cites X."""
    doc = para.doc
    for t in doc:
        sent = t.sent
        # "X said/estimated <figure>", "a report by X concluded ..." in the narrator's voice
        if t.pos_ in ("VERB", "AUX") and lemma_of(t) in FIGURE_VERBS and not ctx.quote_at(para, t) and not negated(t):
            subs = [c for c in t.children if c.dep_ == "nsubj"]
            if not subs:
                continue
            subj = subs[0]
            published = subj.lower_ in SOURCE_NOUNS or subj.lemma_.lower() in SOURCE_NOUNS
            subj_tokens = set(x.i for x in subj.subtree)
            rest = [x for x in sent if x.i not in subj_tokens and not ctx.quote_at(para, x)]
            if not published and not has_number(rest):
                continue
            for s in _source_refs(ctx, para, subj):
                # a body that publishes a figure is a source; a person saying a number is a statement
                if ctx.table.items[s].type != "Organization" and not published:
                    continue
                ctx.add(None, "cites", s, ctx.evidence(para, sent, f"cites:figure:{lemma_of(t)}", 0.75, t), article_subject=True)
