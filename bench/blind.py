"""Build and score a blind set (bench/blind/, bench/blind2/ ... bench/blind9/, bench/check2/), printing aggregate figures only.

    python bench/blind.py                      # kg eval's table (Markdown), without the error lists
    python bench/blind.py --json               # the same scores as JSON
    python bench/blind.py --set blind2 --json  # the second blind set (bench/blind2/)
    python bench/blind.py --set blind3 --json  # the third (bench/blind3/, drawn when blind2 was unblinded)
    python bench/blind.py --set blind4 --json  # the fourth (bench/blind4/, drawn 2026-12-07 as blind and blind3 wore)
    python bench/blind.py --set blind5 --json  # the fifth (bench/blind5/, drawn 2026-12-07, a second look at unseen text)
    python bench/blind.py --set blind6 --json  # the sixth (bench/blind6/, drawn 2026-12-07 when blind3 was read)
    python bench/blind.py --set blind7 --json  # the seventh (bench/blind7/, drawn 2026-12-07 when blind4 was read)
    python bench/blind.py --set blind8 --json  # the eighth (bench/blind8/, drawn 2026-12-07 at the start of round 15)
    python bench/blind.py --set blind9 --json  # the ninth (bench/blind9/, drawn 2026-12-08 at the start of round 16)
    python bench/blind.py --set check2 --json  # bench/check2/: the held-back twin of the readable bench/dev2/ (drawn 2026-12-07)
    python bench/blind.py --set dev2 --json    # bench/dev2/: readable (read its errors with kg eval), here for the totals
    python bench/blind.py --set all            # each set, scored on its own

A set is blind while nobody reads its errors (its README.md): this script has no option to
show them, and its JSON leaves out the error lists and the per-rule outcomes. bench/blind2/ was
unblinded on 2026-12-07 (its README says why), and so were bench/blind/ later that day and bench/blind3/
in the evening: their scores are development scores since.
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
#: The blind sets: name -> (folder, answer key). The first is the default.
SETS = {"blind": (BLIND, GOLD), **{n: (ROOT / "bench" / n, ROOT / "bench" / n / f"{n}.gold.json") for n in ("blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9", "check2", "dev2")}}

#: Keys of Report.to_dict() that name single items (errors) or single rules: never printed here.
HIDDEN = ("errors", "rule_outcomes")


def articles(name: str = "blind") -> list[Path]:
    """The articles of a blind set, in the order of their document ids (b1, b2, ...)."""
    folder, key = SETS[name]
    gold = json.loads(key.read_text(encoding="utf-8"))
    return [folder / gold["documents"][d]["file"] for d in sorted(gold["documents"])]


def aggregate(report: dict) -> dict:
    """``report`` (Report.to_dict()) without the keys that list single errors or rules."""
    return {k: v for k, v in report.items() if k not in HIDDEN}


def score(out: Path | None = None, name: str = "blind"):
    """Build a blind set's articles into ``out`` (a temporary folder if None) and return the eval Report."""
    from graph.pipeline import build
    from graph.using.evaluate import evaluate, load_gold
    from graph.using.load import load_store

    with tempfile.TemporaryDirectory() as tmp:
        target = out or Path(tmp) / "graph"
        build(articles(name), target)
        return evaluate(load_gold(SETS[name][1]), load_store(target))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", action="store_true", help="print the scores as JSON")
    ap.add_argument("--set", default="blind", choices=(*SETS, "all"), help="which blind set (default blind; all: each on its own)")
    ap.add_argument("--out", type=Path, help="keep the build in this folder (reading it unblinds the set)")
    args = ap.parse_args(argv)
    if args.set != "all":
        report = score(args.out, args.set)
        sys.stdout.write(json.dumps(aggregate(report.to_dict()), indent=1) + "\n" if args.json
                         else report.to_markdown(errors=False))
        return 0
    reports = {name: score(args.out / name if args.out else None, name) for name in SETS}
    if args.json:
        sys.stdout.write(json.dumps({name: aggregate(r.to_dict()) for name, r in reports.items()}, indent=1) + "\n")
    else:
        sys.stdout.write("\n".join(f"## {name}\n\n{r.to_markdown(errors=False)}" for name, r in reports.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
