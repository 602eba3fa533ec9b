"""Development-time script: US Census first names + WordNet 3.0 -> graph/text/data/first_names.txt
and graph/text/data/first_name_words.txt.

first_names.txt maps every given name of the 1990 US Census name files (public domain, shipped by
the MIT-licensed PyPI package ``names``) to the sex it is mostly given to: ``m`` or ``f`` when
one list's frequency is at least three times the other's, ``-`` otherwise. first_name_words.txt
lists the names among them that are also ordinary English words (a lower-case word of a WordNet
3.0 synset: "mark", "will", "grant", "may"): such a word alone is no evidence of a person.

A build reads only the two text files; neither the ``names`` package nor WordNet is needed then.

Needs, once per machine:
    apt-get install -y wordnet-base                  # WordNet 3.0 in /usr/share/wordnet
    .venv/bin/pip install -e '.[tools]'               # the ``names`` package

Run:
    .venv/bin/python tools/build_first_names.py           # rewrite both lists
    .venv/bin/python tools/build_first_names.py --check   # exit 1 if a file would change
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "graph" / "text" / "data"
WORDNET_DIR = Path("/usr/share/wordnet")
COMMAND = "python tools/build_first_names.py"
#: How much more often one sex must carry a name for the list to give it that sex.
SEX_RATIO = 3.0


def _census(kind: str) -> dict[str, float]:
    """name -> percent frequency in the census file dist.<kind>.first (lower case)."""
    import names  # the PyPI package: US Census 1990 name files

    path = Path(names.__file__).parent / f"dist.{kind}.first"
    out: dict[str, float] = {}
    for line in path.read_text(encoding="ascii").splitlines():
        parts = line.split()
        if len(parts) >= 2:
            out[parts[0].lower()] = float(parts[1])
    return out


def _wordnet_words() -> set[str]:
    """Every word that a WordNet synset writes in lower case (proper nouns are capitalised there)."""
    words: set[str] = set()
    for pos in ("noun", "verb", "adj", "adv"):
        for line in (WORDNET_DIR / f"data.{pos}").read_text(encoding="latin-1").splitlines():
            if line.startswith(" "):
                continue  # the licence header
            parts = line.split(" ")
            count = int(parts[3], 16)
            for k in range(count):
                word = parts[4 + 2 * k]
                if pos == "adj":
                    word = word.split("(")[0]  # "galore(ip)"
                if word.islower():
                    words.add(word)
    return words


def build() -> dict[str, str]:
    male, female = _census("male"), _census("female")
    common = _wordnet_words()
    sexes: list[str] = []
    for name in sorted(set(male) | set(female)):
        m, f = male.get(name, 0.0), female.get(name, 0.0)
        sex = "m" if m >= SEX_RATIO * f and m > 0 else "f" if f >= SEX_RATIO * m and f > 0 else "-"
        sexes.append(f"{name}\t{sex}")
    ambiguous = sorted(n for n in set(male) | set(female) if n in common)
    head_names = (
        "# first_names.txt\n"
        "#\n"
        "# Given names and the sex they are mostly given to (m, f, or - when neither sex carries the name\n"
        f"# {SEX_RATIO:g} times as often as the other): name<TAB>sex. Used to tell that a capitalised pair\n"
        "# \"Firstname Surname\" names a person when the tagger calls it a body or a place, to strip a\n"
        "# description glued before a name (\"Sprinter Jane Roe\"), and to tell 'he' from 'she'.\n"
        "#\n"
        "# Source: the 1990 US Census given-name files (public domain) as shipped by the PyPI package\n"
        "# `names` 0.3.0 (dist.male.first, dist.female.first). Made by tools/build_first_names.py; do not\n"
        "# edit by hand.\n"
    )
    head_words = (
        "# first_name_words.txt\n"
        "#\n"
        "# Given names of first_names.txt that are also ordinary English words (a lower-case word of a\n"
        "# WordNet 3.0 synset: 'mark', 'will', 'grant', 'may'): such a word alone is no evidence of a person.\n"
        "#\n"
        "# Made by tools/build_first_names.py; do not edit by hand.\n"
    )
    return {
        "first_names.txt": head_names + "\n".join(sexes) + "\n",
        "first_name_words.txt": head_words + "\n".join(ambiguous) + "\n",
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if a file would change")
    args = ap.parse_args(argv)
    changed = []
    for name, text in build().items():
        path = OUT / name
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            changed.append(name)
            if not args.check:
                path.write_text(text, encoding="utf-8")
    if args.check and changed:
        print(f"would change: {', '.join(changed)} (run {COMMAND})", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
