"""Measure each extraction rule's precision on the development material and write it as data.

    python bench/calibrate.py            # build seeds and dev, score them, write the file
    python bench/calibrate.py --dry-run  # only print the table

Builds seeds/ (answer key tests/data/seeds.gold.json) and tests/data/dev/ (dev.gold.json),
scores both with `kg eval`'s scorer, adds up per rule family how many of the edges and
quotations it found were right and how many wrong (Report.rule_outcomes), and writes
graph/building/extract/data/rule_precision.txt, from which every evidence record's kg:confidence is
taken (graph/building/extract/confidence.py). Optional gold items are not counted.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "graph" / "building" / "extract" / "data" / "rule_precision.txt"
SETS = (
    ("seeds", [ROOT / "seeds"], ROOT / "tests" / "data" / "seeds.gold.json"),
    ("dev", [ROOT / "tests" / "data" / "dev"], ROOT / "tests" / "data" / "dev" / "dev.gold.json"),
)
HEADER = OUT.read_text(encoding="utf-8").split("\n")
HEADER = [line for line in HEADER if line.startswith("#")]


def measure() -> dict[str, list[int]]:
    from graph.using.evaluate import evaluate, load_gold
    from graph.pipeline import build
    from graph.using.load import load_store

    totals: dict[str, list[int]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, inputs, gold in SETS:
            out = Path(tmp) / name
            build(inputs, out)
            report = evaluate(load_gold(gold), load_store(out))
            for family, (right, wrong) in report.rule_outcomes.items():
                t = totals.setdefault(family, [0, 0])
                t[0] += right
                t[1] += wrong
    return totals


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dry-run", action="store_true", help="print the table, do not write the file")
    args = ap.parse_args(argv)
    totals = measure()
    print(f"{'rule':40} {'right':>5} {'wrong':>5} {'precision':>9}")
    for family, (right, wrong) in sorted(totals.items()):
        print(f"{family:40} {right:5} {wrong:5} {right / (right + wrong):9.3f}")
    if not args.dry_run:
        lines = HEADER + [f"{family}\t{right}\t{wrong}" for family, (right, wrong) in sorted(totals.items())]
        OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"wrote {OUT.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
