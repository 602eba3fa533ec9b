"""Every scored set in one table: dev (all, develop, check), the blind sets, seeds and heldout, aggregates only.

    python bench/scoreboard.py                 # the Markdown table, then the unread sets pooled
    python bench/scoreboard.py --json F        # also write the figures as JSON to F
    python bench/scoreboard.py --sets blind5 blind8   # only these rows (names as in the table)

One row per set: entities precision / recall (and splits), relations precision / recall / F1, quotations with
the right speaker, figures precision / recall. The unread sets (UNREAD: nobody reads their errors) are also
pooled: their entity, relation and speaker counts summed, and why their relations were missed or wrong (kg
eval's relation causes) added up. Like bench/blind.py, nothing here prints a single error.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import blind  # noqa: E402  (bench/blind.py)
import dev_half  # noqa: E402  (bench/dev_half.py)

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
#: The sets whose errors nobody reads (their READMEs say so); pooled at the end.
UNREAD = ("blind5", "blind6", "blind7", "blind8", "blind9", "check2")
ROWS = ("dev all", "develop", "check", *blind.SETS, "seeds", "heldout")


def _report(row: str, tmp: Path):
    """Build and score one row's articles; the eval Report."""
    from graph.pipeline import build
    from graph.using.evaluate import evaluate, load_figures, load_gold
    from graph.using.load import load_store

    if row in ("dev all", "develop", "check"):
        return dev_half.score(row.replace("dev all", "all"), tmp / "g")
    if row in blind.SETS:
        return blind.score(tmp / "g", row)
    if row == "seeds":
        build(sorted((ROOT / "seeds").glob("*.txt")), tmp / "g")
        gold = {**load_gold(DATA / "seeds.gold.json"), "figures": load_figures(DATA / "seeds.figures.json")}
        return evaluate(gold, load_store(tmp / "g"))
    build(sorted((DATA / "heldout").glob("*.txt")), tmp / "g")
    return evaluate(load_gold(DATA / "heldout" / "heldout.gold.json"), load_store(tmp / "g"))


def _pair(p) -> str:
    return "–" if not p or not p[1] else f"{p[0]}/{p[1]}"


def _f(x) -> str:
    return "–" if x is None else f"{x:.3f}"


def line(row: str, r) -> str:
    """One Markdown row of the table."""
    e, rel, fig = r.entities, r.relations, r.figures
    splits = len(r.errors.get("entity_splits", ()))
    figs = "–" if fig is None else f"{_f(fig.precision)} / {_f(fig.recall)}"
    return (f"| {row} | {_f(e.precision)} / {_f(e.recall)} | {splits} | {_f(rel.precision)} / {_f(rel.recall)} / "
            f"**{_f(rel.f1)}** | {rel.tp}/{rel.fp}/{rel.fn} | {_pair(r.speaker_accuracy)} | {figs} |")


def pooled(reports: dict) -> tuple[list[str], dict]:
    """The unread sets summed: Markdown lines and the same as a dict."""
    rows = [reports[n] for n in UNREAD if n in reports]
    if not rows:
        return [], {}
    sums = {k: [sum(getattr(getattr(r, k), a) for r in rows) for a in ("tp", "fp", "fn")] for k in ("entities", "relations")}
    spk = [sum(r.speaker_accuracy[i] for r in rows) for i in (0, 1)]
    prf = {}
    for k, (tp, fp, fn) in sums.items():
        p, rc = tp / (tp + fp) if tp + fp else 0.0, tp / (tp + fn) if tp + fn else 0.0
        prf[k] = (p, rc, 2 * p * rc / (p + rc) if p + rc else 0.0)
    causes = {kind: Counter() for kind in ("misses", "false_positives")}
    for r in rows:
        for kind, by_cause in r.relation_causes.items():
            for cause, by_rel in by_cause.items():
                causes[kind][cause] += sum(by_rel.values())
    names = ", ".join(n for n in UNREAD if n in reports)
    out = [f"Pooled unread ({names}): entities P {prf['entities'][0]:.3f} / R {prf['entities'][1]:.3f}; "
           f"relations {'/'.join(map(str, sums['relations']))} (right/wrong/missed) P {prf['relations'][0]:.3f} / "
           f"R {prf['relations'][1]:.3f} / F1 **{prf['relations'][2]:.3f}**; right speaker {spk[0]}/{spk[1]} = "
           f"{spk[0] / spk[1]:.3f}",
           "Missed by cause: " + ", ".join(f"{c} {n}" for c, n in causes["misses"].most_common()),
           "Wrong by cause: " + ", ".join(f"{c} {n}" for c, n in causes["false_positives"].most_common())]
    return out, {"sets": names, "entities": sums["entities"], "relations": sums["relations"], "speakers": spk,
                 "relation_f1": round(prf["relations"][2], 4), "causes": {k: dict(v) for k, v in causes.items()}}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", nargs="+", choices=ROWS, metavar="ROW", help=f"only these rows (of: {', '.join(ROWS)})")
    ap.add_argument("--json", type=Path, metavar="FILE", help="also write the aggregate figures as JSON here")
    args = ap.parse_args(argv)
    reports = {}
    print("| set | entities P / R | splits | relations P / R / F1 | right/wrong/missed | right speaker | figures P / R |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for row in args.sets or ROWS:
        with tempfile.TemporaryDirectory() as tmp:
            reports[row] = _report(row, Path(tmp))
        print(line(row, reports[row]), flush=True)
    text, pool = pooled(reports)
    print("\n" + "\n".join(text) if text else "")
    if args.json:
        data = {row: blind.aggregate(r.to_dict()) for row, r in reports.items()}
        data["pooled unread"] = pool
        args.json.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
