"""What corrections cost: `pipeline.assemble` with and without N corrections, in CPU seconds.

    .venv/bin/python bench/corrections.py                     # 300 BBC articles, 300 corrections
    .venv/bin/python bench/corrections.py --articles 100 --corrections 50

The first ARTICLES articles of the corpus (../shared/corpora/bbc-news-2004-2005.jsonl by default)
are extracted once; then the cheap stages (resolution, corrections, graph) run without corrections
and with CORRECTIONS of them made from the graph's own entity labels: a third rename an entity, a
third set a type, a third drop an edge that is not there (so they no longer apply and are
reported). CPU seconds of this process, so a busy machine changes them little.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from graph.building.corrections import check_correction  # noqa: E402
from graph.pipeline import assemble, extract_corpus  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpora" / "bbc-news-2004-2005.jsonl")
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--corrections", type=int, default=300)
    args = parser.parse_args()

    lines = args.corpus.read_text(encoding="utf-8").splitlines()[: args.articles]
    sample = Path("/tmp") / f"kg-bench-corrections-{args.articles}.jsonl"
    sample.write_text("\n".join(lines) + "\n", encoding="utf-8")
    extractions, _ = extract_corpus([sample])
    t = time.process_time()
    g = assemble(extractions)
    plain = time.process_time() - t
    labels = sorted(d["label"] for _, d in g.nodes(data=True) if d.get("kind") == "entity")
    fixes = []
    for i, name in enumerate(labels[: args.corrections]):
        if i % 3 == 0:
            fixes.append(check_correction("rename", [name, name + " (corrected)"]))
        elif i % 3 == 1:
            fixes.append(check_correction("type", [name, "Organization"]))
        else:
            fixes.append(check_correction("drop-edge", [name, "criticises", labels[-1 - i]]))
    t = time.process_time()
    corrected = assemble(extractions, corrections=fixes)
    with_fixes = time.process_time() - t
    aliases = sum(len(d["aliases"]) for _, d in g.nodes(data=True) if d.get("kind") == "entity")
    print(f"{len(extractions)} articles, {len(labels)} entities, {aliases} aliases")
    print(f"assemble: {plain:.2f} CPU s without corrections, {with_fixes:.2f} with {len(fixes)} "
          f"({len(corrected.graph['corrections'])} applied, {len(corrected.graph['stale_corrections'])} stale)")


if __name__ == "__main__":
    main()
