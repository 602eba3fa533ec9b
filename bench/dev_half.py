"""Build and score the dev articles (tests/data/dev), all of them or one half of halves.json.

    python bench/dev_half.py develop            # the half rules are developed with in view
    python bench/dev_half.py check --errors     # the other half: only at the end of a piece of work
    python bench/dev_half.py all --json            # aggregates only; errors too with --errors

Prints `kg eval`'s table (Markdown) for the build of just those articles, scored against the
part of tests/data/dev/dev.gold.json about them (graph.using.evaluate.restrict_gold).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "tests" / "data" / "dev"


def half_files(half: str) -> tuple[list[str], list[Path]]:
    """(gold document ids, article paths) of ``half``: develop, check or all."""
    gold = json.loads((DEV / "dev.gold.json").read_text(encoding="utf-8"))
    halves = json.loads((DEV / "halves.json").read_text(encoding="utf-8"))
    ids = sorted(gold["documents"]) if half == "all" else halves[half]
    return ids, [DEV / gold["documents"][d]["file"] for d in ids]


def score(half: str, out: Path | None = None):
    """Build ``half`` into ``out`` (a temporary folder if None) and return the eval Report."""
    from graph.using.evaluate import evaluate, load_gold, restrict_gold
    from graph.pipeline import build
    from graph.using.load import load_store

    ids, files = half_files(half)
    gold = restrict_gold(load_gold(DEV / "dev.gold.json"), ids, [f.read_text(encoding="utf-8") for f in files])
    with tempfile.TemporaryDirectory() as tmp:
        target = out or Path(tmp) / "graph"
        build(files, target)
        return evaluate(gold, load_store(target))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("half", choices=("develop", "check", "all"))
    ap.add_argument("--errors", action="store_true", help="list false positives, misses and wrong speakers (with --json too)")
    ap.add_argument("--json", action="store_true", help="print the report as JSON")
    ap.add_argument("--out", type=Path, help="keep the build in this folder")
    args = ap.parse_args(argv)
    report = score(args.half, args.out)
    if args.json:
        data = report.to_dict()
        if not args.errors:  # the check half's errors stay unread unless asked for
            data.pop("errors")
        sys.stdout.write(json.dumps(data, indent=1) + "\n")
    else:
        sys.stdout.write(report.to_markdown(errors=args.errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
