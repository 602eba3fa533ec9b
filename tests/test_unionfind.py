"""The shared union-find: the smallest key is the root, whatever the order of the unions."""

from __future__ import annotations

import itertools

from graph.unionfind import UnionFind


def test_roots_are_the_smallest_keys_in_any_order():
    pairs = [("d", "b"), ("c", "a"), ("b", "c"), ("x", "y")]
    for order in itertools.permutations(pairs):
        sets = UnionFind("abcdxyz")
        for a, b in order:
            sets.union(a, b)
        assert {k: sets.find(k) for k in "abcdxyz"} == {"a": "a", "b": "a", "c": "a", "d": "a", "x": "x", "y": "x", "z": "z"}


def test_union_says_whether_it_joined_and_unseen_keys_start_alone():
    sets = UnionFind()
    assert sets.union(2, 1) is True and sets.union(1, 2) is False
    assert sets.find(7) == 7 and 7 in sets and 8 not in sets
