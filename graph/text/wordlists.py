"""Word lists as data: plain-text files -> frozen sets and maps, read once.

Every list is a ``.txt`` file in a package's ``data/`` folder: ``#`` lines at the top say what
the list is for and where its words come from; then one entry a line, lower case. A map has
``entry<TAB>value`` lines (``-`` for no value). Lists of name handling live in
``graph/text/data/``; the lists of the extraction rules live in ``graph/building/extract/data/``.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from types import MappingProxyType

__all__ = ["word_list", "word_map", "list_entries", "WordListError"]


class WordListError(ValueError):
    """A word list file is missing or malformed (a packaging or editing mistake, not user input)."""


def _lines(package: str, name: str) -> list[tuple[int, str]]:
    try:
        text = resources.files(package).joinpath("data", f"{name}.txt").read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError) as exc:
        raise WordListError(f"word list {package}/data/{name}.txt is missing: reinstall the package ({exc})") from exc
    out = []
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.rstrip()
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        out.append((n, line))
    return out


def list_entries(package: str, name: str) -> list[str]:
    """The entries of a list in file order (for tests and tools)."""
    return [line.split("\t", 1)[0].strip() for _, line in _lines(package, name)]


@lru_cache(maxsize=None)
def word_list(package: str, name: str) -> frozenset[str]:
    """The entries of ``<package>/data/<name>.txt`` as a set."""
    return frozenset(list_entries(package, name))


@lru_cache(maxsize=None)
def word_map(package: str, name: str) -> MappingProxyType:
    """``entry<TAB>value`` lines as a read-only map; ``-`` stands for no value (None)."""
    out: dict[str, str | None] = {}
    for n, line in _lines(package, name):
        if "\t" not in line:
            raise WordListError(f"{package}/data/{name}.txt line {n}: expected 'entry<TAB>value', got {line!r}")
        key, value = (part.strip() for part in line.split("\t", 1))
        out[key] = None if value == "-" else value
    return MappingProxyType(out)
