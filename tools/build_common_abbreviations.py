"""Development-time script: WordNet 3.0 -> graph/building/extract/data/thing_abbreviations.txt.

Abbreviations that English uses as common nouns for things ("TV", "GDP", "LAN", "LP", "DVD"):
WordNet writes them only in capitals, one of their noun senses is an artefact or a possession
(not a unit), and none is a group, place or person or an instance (a named body such as "FBI" or
"NATO" is a group or an instance, so it is left out; "ICE" is an everyday word of several senses in lower case too). Read straight from WordNet's data files, so it needs no NLTK:

    apt-get install -y wordnet-base                 # WordNet 3.0 in /usr/share/wordnet
    .venv/bin/python tools/build_common_abbreviations.py
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

WORDNET = Path("/usr/share/wordnet")
OUT = Path(__file__).resolve().parent.parent / "graph" / "building" / "extract" / "data" / "thing_abbreviations.txt"
#: Lexicographer files of named things: noun.group (14), noun.location (15), noun.person (18).
NAMED = {14, 15, 18}
#: noun.artifact (6), noun.possession (21): things a name is seldom written like (units, noun.quantity, are
#: left out: "HP" is a firm as often as horsepower).
THINGS = {6, 21}


def main() -> None:
    senses: dict[str, list[tuple[int, bool]]] = defaultdict(list)
    capitals: set[str] = set()
    lower: dict[str, int] = defaultdict(int)
    for line in (WORDNET / "data.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue  # the licence at the top of the file
        fields = line.split(" | ")[0].split()
        lex, count = int(fields[1]), int(fields[3], 16)
        forms = fields[4 : 4 + 2 * count : 2]
        pointers = fields[4 + 2 * count + 1 :]
        instance = "@i" in pointers
        for form in forms:
            senses[form.lower()].append((lex, instance))
            if re.fullmatch(r"[A-Z][A-Z0-9]{1,5}", form):
                capitals.add(form)
            elif not any(c.isupper() for c in form):
                lower[form] += 1
    kept = sorted(f for f in capitals if lower[f.lower()] < 2
                  and any(lex in THINGS for lex, _ in senses[f.lower()])
                  and not any(lex in NAMED or inst for lex, inst in senses[f.lower()]))
    header = [
        "# Abbreviations used as common nouns for things (\"TV\", \"GDP\", \"LAN\"): written only in capitals in WordNet 3.0,",
        "# a sense an artefact or possession, none a group, place, person or instance. Made by",
        "# tools/build_common_abbreviations.py; nothing in it comes from an article.",
    ]
    OUT.write_text("\n".join(header + [k.lower() for k in kept]) + "\n", encoding="utf-8")
    print(f"{len(kept)} abbreviations -> {OUT}")


if __name__ == "__main__":
    main()
