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
from .mentions import MentionTable
from .quotes import FoundQuote
from .registry import registered_rules

__all__ = ["find_relations"]


def find_relations(article: Article, paragraphs: list[Paragraph], table: MentionTable, quotes: list[FoundQuote]) -> list[Relation]:
    """Every edge the registered rules find, paragraph rules first, then article rules."""
    ctx = RelationContext(article=article, paras=paragraphs, table=table, quotes=quotes, author=author_of(article, table), out=[])
    paragraph_rules = registered_rules("paragraph")
    for para in paragraphs:
        for rule in paragraph_rules:
            rule.func(ctx, para)
    for rule in registered_rules("article"):
        rule.func(ctx)
    return _without_own_body_criticised(ctx.out, table)


def _without_own_body_criticised(rels: list[Relation], table: MentionTable) -> list[Relation]:
    """Drop "X criticises Y" when the article says X works for Y: a description or pronoun read as
    the critic's own body ("the council has failed", said the union's leader; "it did not
    deliver", said of a rival party) is far likelier than a person criticising their own body."""
    # an acronym stands for its expansion wherever it is used ("the PCO" is the Pensions Commissioner's Office)
    expands = {m.key: table.items[m.acronym_of].key for m in table.items if m.acronym_of is not None}
    key = lambda i: (expands.get(table.items[i].key, table.items[i].key), table.items[i].type)  # noqa: E731
    works = {(key(r.subject), key(r.object)) for r in rels if r.predicate == "worksFor" and r.subject is not None}
    return [r for r in rels if not (r.predicate == "criticises" and r.subject is not None and (key(r.subject), key(r.object)) in works)]
