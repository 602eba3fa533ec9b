"""Shared helper: a union-find over sortable keys whose root is always the smallest key of its set.

Keeping the smallest key as the root makes every grouping independent of the order of the unions
(entities in `resolve`, figures in `claims`, gold entities in `evaluate`).
"""

from __future__ import annotations

from typing import Generic, Hashable, Iterable, TypeVar

__all__ = ["UnionFind"]

K = TypeVar("K", bound=Hashable)


class UnionFind(Generic[K]):
    """Disjoint sets of keys; a key is its own set until joined."""

    def __init__(self, keys: Iterable[K] = ()) -> None:
        self.parent: dict[K, K] = {k: k for k in keys}

    def __contains__(self, key: K) -> bool:
        return key in self.parent

    def find(self, key: K) -> K:
        """The root of ``key``'s set (the smallest key in it); an unseen key starts a set of its own."""
        parent = self.parent
        parent.setdefault(key, key)
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    def union(self, a: K, b: K) -> bool:
        """Join the sets of ``a`` and ``b``; False when they were one set already."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        self.parent[max(ra, rb)] = min(ra, rb)
        return True
