"""CPU seconds of the extraction rules of two commits, measured in one process on one parse. A script, not a test.

    .venv/bin/python bench/rules_ab.py main HEAD /work/notes/bbc300.jsonl --reps 16

On a shared machine two builds run one after the other meet different loads, and their CPU
times differ by more than a rule change moves them (a few per cent). Here both commits'
``graph`` packages (``git archive`` copies, imported under other names: the package imports
itself relatively) extract the same articles from one spaCy parse, in alternating rounds
(A B B A ...), so both meet the same minutes; the medians after the first round of each compare.
Also checks that both extract the same (the digest of every Extraction's repr per round).
The word lists are read by package name (``graph.text``, ``graph.building.extract``), so both
copies read those of the ``graph`` on the path: the two commits must have the same word lists.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import importlib
import io
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _checkout(commit: str, folder: Path, name: str) -> None:
    """``graph/`` of ``commit`` as the package ``name`` in ``folder``."""
    data = subprocess.run(["git", "-C", str(ROOT), "archive", commit, "graph"], check=True, capture_output=True).stdout
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        tar.extractall(folder, filter="data")
    (folder / "graph").rename(folder / name)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("a", help="the commit before (any git revision)")
    ap.add_argument("b", help="the commit after")
    ap.add_argument("inputs", nargs="+", type=Path, help="files or folders of articles, as for kg build")
    ap.add_argument("--reps", type=int, default=12, help="extraction rounds in all (default 12)")
    args = ap.parse_args(argv)
    lists = subprocess.run(["git", "-C", str(ROOT), "diff", "--quiet", args.a, args.b, "--", "graph/**/data/*.txt"])
    if lists.returncode != 0:
        print(f"the word lists of {args.a} and {args.b} differ: both copies would read the same ones; compare commits whose lists agree")
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        for commit, name in ((args.a, "graph_a"), (args.b, "graph_b")):
            _checkout(commit, Path(tmp), name)
        sys.path.insert(0, tmp)
        extract = {v: importlib.import_module(f"graph_{v}.building.extract") for v in "ab"}
        nlp_mod = {v: importlib.import_module(f"graph_{v}.building.nlp") for v in "ab"}
        articles, _ = importlib.import_module("graph_a.building.ingest").read_articles(args.inputs)
        nlp = nlp_mod["a"].load_pipeline()
        parsed = []
        for i in range(0, len(articles), 16):  # as the build parses: 16 articles per stream
            parsed += nlp_mod["a"].parse_many(nlp, [a.body for a in articles[i : i + 16]])
        paras = {}
        for v in "ab":  # each version's own Paragraph objects over the same Docs
            make = nlp_mod[v].Paragraph
            paras[v] = [[make(offset=p.offset, doc=p.doc, index=p.index) for p in ps] for ps in parsed]
            for ps, qs in zip(parsed, paras[v]):
                for p, q in zip(ps, qs):
                    q.__dict__["text"] = p.text
        gc.freeze()
        cpu: dict[str, list[float]] = {"a": [], "b": []}
        digests: dict[str, set[str]] = {"a": set(), "b": set()}
        for rep in range(args.reps):
            v = "abba"[rep % 4]
            digest = hashlib.sha256()
            start = time.process_time()
            for article, ps in zip(articles, paras[v]):
                digest.update(repr(extract[v].extract_parsed(article, ps)).encode())
                nlp_mod[v].release(ps)
            cpu[v].append(time.process_time() - start)
            digests[v].add(digest.hexdigest())
    for v, commit in (("a", args.a), ("b", args.b)):
        rest = cpu[v][1:] or cpu[v]
        print(f"{commit}: median {statistics.median(rest):.3f} CPU s ({' '.join(f'{x:.2f}' for x in cpu[v])})")
    same = len(digests["a"]) == 1 and digests["a"] == digests["b"]
    print("extractions the same" if same else "EXTRACTIONS DIFFER")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
