"""Build and score the blind set (bench/blind/), printing aggregate figures only.

    python bench/blind.py            # kg eval's table (Markdown), without the error lists
    python bench/blind.py --json     # the same scores as JSON

The set is blind while nobody reads its errors (bench/blind/README.md): this script has no
option to show them, and its JSON leaves out the error lists and the per-rule outcomes.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BLIND = ROOT / "bench" / "blind"
GOLD = BLIND / "blind.gold.json"

#: Keys of Report.to_dict() that name single items (errors) or single rules: never printed here.
HIDDEN = ("errors", "rule_outcomes")


def articles() -> list[Path]:
    """The articles of the blind set, in the order of their document ids (b1, b2, ...)."""
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    return [BLIND / gold["documents"][d]["file"] for d in sorted(gold["documents"])]


def aggregate(report: dict) -> dict:
    """``report`` (Report.to_dict()) without the keys that list single errors or rules."""
    return {k: v for k, v in report.items() if k not in HIDDEN}


def score(out: Path | None = None):
    """Build the blind articles into ``out`` (a temporary folder if None) and return the eval Report."""
    from graph.pipeline import build
    from graph.using.evaluate import evaluate, load_gold
    from graph.using.load import load_store

    with tempfile.TemporaryDirectory() as tmp:
        target = out or Path(tmp) / "graph"
        build(articles(), target)
        return evaluate(load_gold(GOLD), load_store(target))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", action="store_true", help="print the scores as JSON")
    ap.add_argument("--out", type=Path, help="keep the build in this folder (reading it unblinds the set)")
    args = ap.parse_args(argv)
    report = score(args.out)
    sys.stdout.write(json.dumps(aggregate(report.to_dict()), indent=1) + "\n" if args.json
                     else report.to_markdown(errors=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
