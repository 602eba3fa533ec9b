"""Extract stage: Article -> Extraction (mentions, quotations, relations with evidence).

One sub-module per family: ``mentions`` (names, descriptions, pronouns), ``quotes``
(quotations and speakers), ``relations`` (the seven relations), ``figures`` (statistics, their
measure, period, speaker and source). spaCy objects stay in here.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.language import Language

from ...model import Article, Extraction, Mention, Quotation, Relation
from ..nlp import parse
from .confidence import calibrated
from .figures import find_figures
from .mentions import find_mentions
from .quotes import read_quotations
from .relations import find_relations, pronouns_in_edges, read_pronouns

__all__ = ["extract_article", "extract_parsed"]


def extract_article(article: Article, nlp: Language, paragraphs: list | None = None) -> Extraction:
    """Read one article: parse its body (furniture blanked), unless ``paragraphs`` holds that
    parse already (``nlp.parse_many`` over a batch of articles), and extract everything."""
    return extract_parsed(article, paragraphs if paragraphs is not None else parse(nlp, article.body))


def extract_parsed(article: Article, paragraphs) -> Extraction:
    table = find_mentions(paragraphs, article.byline)
    quotes, described = read_quotations(article.id, paragraphs, table)
    pronouns = read_pronouns(article, paragraphs, table, quotes)
    rels = find_relations(article, paragraphs, table, quotes, pronouns, described)
    figures = tuple(find_figures(article, paragraphs, table, quotes, rels))
    rels = rels + _cites_from_figures(table, figures)
    _drop_unused_implied(table, rels)
    # after every stage that reads the table: the pronouns that ended up in an edge are its mentions
    table.items.extend(pronouns_in_edges(pronouns, rels, table))
    mentions = tuple(
        Mention(
            article=article.id,
            start=m.start,
            end=m.end,
            text=m.text,
            type=m.type,
            key=m.key,
            kind=m.kind,
            rule=m.rule,
            antecedent=m.antecedent,
            acronym_of=m.acronym_of,
        )
        for m in table.items
    )
    quotations = tuple(
        Quotation(article=article.id, start=q.start, end=q.end, text=q.text, speaker=q.speaker, verb=q.verb,
                  evidence=calibrated(_quote_cue(q, article.text)))
        for q in quotes
    )
    rels = [replace(r, evidence=calibrated(r.evidence)) for r in rels]
    relations = tuple(
        sorted(
            {(r.subject, r.predicate, r.object, r.evidence, r.role): r for r in rels}.values(),
            key=lambda r: (r.evidence.start, r.predicate, r.subject if r.subject is not None else -1, r.object),
        )
    )
    return Extraction(article=article, mentions=mentions, quotations=quotations, relations=relations, figures=figures)


def _drop_unused_implied(table, rels) -> None:
    """A government only implied by a post (mentions._imply_government) is a node for the edges
    that need it: where no edge does, it is no entity of the article (its index stays)."""
    used = {i for r in rels for i in (r.subject, r.object) if i is not None}
    for i, m in enumerate(table.items):
        if m.rule == "implied-government" and i not in used:
            m.kind = "ignored"


def _cites_from_figures(table, figures) -> list[Relation]:
    """A figure someone states, or gives on someone's authority, is cited by the article from
    them (GUIDELINES: "a figure that someone states, inside or outside a quotation, gives an edge
    from the article to that person or body"): the cites edges and the figures agree."""
    out = []
    for f in figures:
        # a figure written with digits or signs, or hedged ("at least six"), or a duration in words
        # reported in the narrator's voice ("X said the strike would last three days": GUIDELINES,
        # durations in words are figures); other number words, and durations in a quotation ("a
        # hundred years of history", "after a twelve-hour shift"), are mostly manners of speech
        # (a share written with "per cent" in words, "thirty percent", is a figure however written;
        # fractions in words, "half of every lesson", "by a third", are mostly manners of speech)
        in_words = f.unit == "duration" and not f.quoted or f.unit == "percent" and "per" in f.text.lower()
        if not (f.qualifier or in_words or any(ch.isdigit() or ch in "%£$€¥" for ch in f.text)):
            continue
        for who in (f.stated_by, f.source):
            r = table.resolved(who) if who is not None else None
            if r is None or table.items[r].kind not in ("name", "group") or table.items[r].type not in ("Person", "Organization", "Product"):
                continue
            ev = replace(f.evidence, rule="cites:figure-statement", cue_start=f.start, cue_end=f.end)
            out.append(Relation(subject=None, predicate="cites", object=r, evidence=ev))
    return out


def _quote_cue(q, text: str):
    """A quotation found without a reporting verb (a continuation, a colon before it) is cued
    by its opening mark and first word, so every evidence record can highlight what made it."""
    ev = q.evidence
    if ev.cue_start is not None:
        return ev
    start = q.start - 1 if q.start > 0 and not text[q.start - 1].isalnum() and not text[q.start - 1].isspace() else q.start
    words = text[q.start : q.end].split(None, 1)
    end = q.start + len(words[0]) if words else q.end
    return replace(ev, cue_start=start, cue_end=max(end, start + 1))
