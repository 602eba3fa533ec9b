"""The general word lists made from WordNet 3.0 and the AFINN / VADER lexicons: list name -> frozenset of entries.

They live in ``graph/building/extract/data/wn_<name>.txt`` beside the hand-made lists of the extraction
rules; ``tools/build_wordlists.py`` regenerates them, and each file's header says which synsets,
thresholds and filters made it. Reading them needs neither NLTK nor WordNet.
"""

from __future__ import annotations

from importlib import resources

from ...errors import FormatError
from ...text.wordlists import word_list

__all__ = ["PREFIX", "names", "load"]

PREFIX = "wn_"
_PKG = "graph.building.extract"


def names() -> tuple[str, ...]:
    """The names of the generated lists, sorted ("call_on_verbs", "criticise_verbs", ...)."""
    folder = resources.files(_PKG).joinpath("data")
    return tuple(sorted(p.name[len(PREFIX):-4] for p in folder.iterdir() if p.name.startswith(PREFIX) and p.name.endswith(".txt")))


def load(name: str) -> frozenset[str]:
    """The entries of the generated list ``name`` (read once, then cached)."""
    if name not in names():
        raise FormatError(f"unknown word list {name!r}: valid lists are {', '.join(names())}")
    return word_list(_PKG, PREFIX + name)
