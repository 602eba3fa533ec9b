"""Relations: parsed paragraphs + mentions + quotations -> the seven relations with evidence.

Each relation has its own module of rules (``calls_on``, ``criticises``, ``reports_to``,
``owns``, ``partners_with``, ``works_for``, ``cites``), registered by name in ``registry``;
this module runs them. Every rule is general (a word list over the dependency parse,
appositions, possessives, relative clauses, attribution phrases); none names an entity. A
relation inside a quotation belongs to its speaker ("we" in a quotation is the speaker;
outside quotations, "we" in an article with a byline is its author). Negated or hedged
statements make no edge.
"""

from __future__ import annotations

from ...model import Article, Relation
from ..nlp import Paragraph
from . import calls_on, cites, criticises, owns, partners_with, reports_to, works_for  # noqa: F401  (they register their rules
from .context import RelationContext, author_of
from .mentions import MentionTable, WorkMention
from .quotes import FoundQuote
from .registry import registered_rules

__all__ = ["find_relations", "read_pronouns", "pronouns_in_edges"]


def find_relations(article: Article, paragraphs: list[Paragraph], table: MentionTable, quotes: list[FoundQuote],
                   pronouns: dict[tuple[int, int], WorkMention] | None = None,
                   described: dict[tuple[int, int], int | None] | None = None) -> list[Relation]:
    """Every edge the registered rules find, paragraph rules first, then article rules.
    ``pronouns``: the article's body pronouns as ``read_pronouns`` resolves them (read here if None);
    ``described``: the people subjects describe, as ``quotes.read_quotations`` read them."""
    ctx = RelationContext(article=article, paras=paragraphs, table=table, quotes=quotes, author=author_of(article, table), out=[],
                          pronouns=pronouns, described=described)
    paragraph_rules = registered_rules("paragraph")
    for para in paragraphs:
        for rule in paragraph_rules:
            rule.func(ctx, para)
    for rule in registered_rules("article"):
        rule.func(ctx)
    return _without_own_body_criticised(ctx.out, table)


def read_pronouns(article: Article, paragraphs: list[Paragraph], table: MentionTable,
                  quotes: list[FoundQuote]) -> dict[tuple[int, int], WorkMention]:
    """What each "it", "its", "they", "them", "their" of the article refers to: (paragraph,
    token) -> a pronoun mention whose antecedent is the body (``RelationContext.pronouns``)."""
    return RelationContext(article=article, paras=paragraphs, table=table, quotes=quotes, author=None, out=[]).pronouns


def pronouns_in_edges(pronouns: dict[tuple[int, int], WorkMention], rels: list[Relation], table: MentionTable) -> list[WorkMention]:
    """The body pronouns that are mentions in the graph: those in an edge's sentence that refer
    to one of its two ends, each once, in text order. (Counting every pronoun a rule looked at
    would make the mention counts depend on which rules ran, and in what order.)"""
    spans: dict[int, list[tuple[int, int]]] = {}
    for r in rels:
        for end in (r.subject, r.object):
            k = table.resolved(end) if end is not None else None
            if k is not None:
                spans.setdefault(k, []).append((r.evidence.start, r.evidence.end))
    return [m for m in sorted(pronouns.values(), key=lambda m: m.start)
            if any(a <= m.start < b for a, b in spans.get(m.antecedent, ()))]


def _without_own_body_criticised(rels: list[Relation], table: MentionTable) -> list[Relation]:
    """Drop "X criticises Y" when the article says X works for Y: a description or pronoun read as
    the critic's own body ("the council has failed", said the union's leader; "it did not
    deliver", said of a rival party) is far likelier than a person criticising their own body."""
    # an acronym stands for its expansion wherever it is used ("the PCO" is the Pensions Commissioner's Office)
    expands = {m.key: table.items[m.acronym_of].key for m in table.items if m.acronym_of is not None}
    key = lambda i: (expands.get(table.items[i].key, table.items[i].key), table.items[i].type)  # noqa: E731
    works = {(key(r.subject), key(r.object)) for r in rels if r.predicate == "worksFor" and r.subject is not None}
    return [r for r in rels if not (r.predicate == "criticises" and r.subject is not None and (key(r.subject), key(r.object)) in works)]
