"""Word lists as data: list name -> frozenset of lower-case entries, read once from the files beside this module.

Each ``<name>.txt`` here starts with ``#`` lines saying what the list is for and how it was made
(``tools/build_wordlists.py`` regenerates them from WordNet 3.0 and the AFINN / VADER sentiment
lexicons); then one entry a line, lower case, multi-word entries with single spaces. Reading a list
needs neither NLTK nor WordNet.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from ...errors import FormatError

__all__ = ["names", "load"]


def names() -> tuple[str, ...]:
    """The names of the lists this package ships, sorted."""
    return tuple(sorted(p.name[:-4] for p in resources.files(__package__).iterdir() if p.name.endswith(".txt")))


@lru_cache(maxsize=None)
def load(name: str) -> frozenset[str]:
    """The entries of list ``name`` ("criticise_verbs", ...); comment and blank lines skipped."""
    path = resources.files(__package__).joinpath(f"{name}.txt")
    if not path.is_file():
        raise FormatError(f"unknown word list {name!r}: valid lists are {', '.join(names())}")
    text = path.read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))
