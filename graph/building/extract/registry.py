"""The registry of relation rules: each rule is a named function of one relation module.

A rule reads one paragraph (``scope="paragraph"``: ``rule(ctx, para)``) or the whole article
after the paragraph rules (``scope="article"``: ``rule(ctx)``) and adds edges through the
context. Rules run in the order of ``RELATION_ORDER`` and, within a relation, in the order
their module defines them, so the output does not depend on import order.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

__all__ = ["RELATION_ORDER", "Rule", "relation_rule", "registered_rules"]

#: The relation modules' predicates, in the order their rules run.
RELATION_ORDER = ("callsOn", "criticises", "reportsTo", "owns", "partnersWith", "worksFor", "cites")


@dataclass(frozen=True)
class Rule:
    relation: str
    name: str  # unique within the relation; "relation:name" names the rule everywhere
    scope: str  # "paragraph" or "article"
    func: Callable
    position: int  # definition order

    @property
    def id(self) -> str:
        return f"{self.relation}:{self.name}"


_RULES: dict[str, Rule] = {}


def relation_rule(relation: str, name: str, scope: str = "paragraph") -> Callable:
    """Register the decorated function as the rule ``relation:name``."""
    if relation not in RELATION_ORDER:
        raise ValueError(f"unknown relation {relation!r}: expected one of {', '.join(RELATION_ORDER)}")
    if scope not in ("paragraph", "article"):
        raise ValueError(f"unknown rule scope {scope!r}: expected 'paragraph' or 'article'")

    def register(func: Callable) -> Callable:
        rid = f"{relation}:{name}"
        if rid in _RULES and _RULES[rid].func.__qualname__ != func.__qualname__:
            raise ValueError(f"relation rule {rid} is registered twice ({_RULES[rid].func.__module__}, {func.__module__})")
        _RULES[rid] = Rule(relation, name, scope, func, len(_RULES))
        return func

    return register


def registered_rules(scope: str | None = None) -> list[Rule]:
    """The registered rules (of one scope), in running order."""
    rules = [r for r in _RULES.values() if scope is None or r.scope == scope]
    return sorted(rules, key=lambda r: (RELATION_ORDER.index(r.relation), r.position))
