"""Development-time script: ISO 3166-1 (Debian's iso-codes) -> graph/text/data/countries.txt.

The list holds the names of the world's countries (short, common and official names, without the
inverted "Korea, Republic of" forms), folded to lower case: a name in it is a place, whatever body
or product the tagger guessed. A build reads only the text file.

Needs, once per machine:
    apt-get install -y iso-codes            # /usr/share/iso-codes/json/iso_3166-1.json

Run:
    .venv/bin/python tools/build_countries.py           # rewrite the list
    .venv/bin/python tools/build_countries.py --check   # exit 1 if the file would change
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "graph" / "text" / "data" / "countries.txt"
SOURCE = Path("/usr/share/iso-codes/json/iso_3166-1.json")
COMMAND = "python tools/build_countries.py"


def build() -> str:
    names: set[str] = set()
    for c in json.loads(SOURCE.read_text(encoding="utf-8"))["3166-1"]:
        for field in ("name", "common_name", "official_name"):
            value = c.get(field)
            if value and "," not in value and "(" not in value:
                names.add(value.casefold())
    head = (
        "# countries.txt\n"
        "#\n"
        "# Names of the world's countries (ISO 3166-1 short, common and official names, lower case): a\n"
        "# name in this list is a place, whatever body or product the tagger guessed for it ('Cyprus',\n"
        "# 'the Maldives'). Made by tools/build_countries.py from Debian's iso-codes; do not edit by hand.\n"
    )
    return head + "\n".join(sorted(names)) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if the file would change")
    args = ap.parse_args(argv)
    text = build()
    if OUT.exists() and OUT.read_text(encoding="utf-8") == text:
        return 0
    if args.check:
        print(f"would change: {OUT.name} (run {COMMAND})", file=sys.stderr)
        return 1
    OUT.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
