"""Real-text benchmark: the BBC News corpus (2,221 articles, 2004-05) built whole. A script, not a test.

    .venv/bin/python bench/bbc.py                                  # ../shared/corpora/bbc-news-2004-2005.jsonl
    .venv/bin/python bench/bbc.py --corpus FILE --workers 2 --json bench/results/bbc-<commit>.json
    PYTHONPATH=/path/to/old/checkout .venv/bin/python bench/bbc.py # the same for another checkout's `graph`

Measures, on the machine as it is:
- bare spaCy: ``nlp.pipe`` over every paragraph the build reads, one process, the model as spaCy ships it
  (its own attribute ruler and lemmatizer, which the build reads by lookup), in this process with one BLAS
  thread, as ``kg`` has it (graph/cli.py): any second thread makes spaCy's parser and recogniser 25-30 %
  dearer in CPU, and a bare pass slowed by threads the build does not have would flatter the ratio: tokens/s;
- the extraction ``kg build`` runs (``graph.building.parallel.extract_articles``, one worker, in process:
  parse and rules), on the same articles: CPU seconds, its ratio to bare spaCy;
- ``kg build`` whole process with one worker, and with ``--workers N``: wall and CPU seconds
  (the process and its children: reading, extraction, resolution, every export), tokens/s, peak
  resident memory of the process tree;
- what the graph holds: entities by type, relations per article, quotations, quotations with
  no speaker (read back from the exports with SPARQL).
The ratio kg/bare is taken on CPU seconds as well as wall seconds: on a machine other jobs
share, wall time stretches while CPU time mostly does not.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # before numpy is imported: the bare pass as lean as `kg`'s

HERE = Path(__file__).resolve().parent
_PATH = list(sys.path)
sys.path.insert(0, str(HERE))
from run import PeakMemory, log, machine  # noqa: E402

sys.path[:] = _PATH  # run.py puts this checkout first; PYTHONPATH decides which `graph` is measured

DEFAULT = HERE.parent.parent / "shared" / "corpora" / "bbc-news-2004-2005.jsonl"

_COUNTS = """
SELECT
  (COUNT(DISTINCT ?a) AS ?articles) (COUNT(DISTINCT ?st) AS ?relations)
  (COUNT(DISTINCT ?q) AS ?quotations) (COUNT(DISTINCT ?orphan) AS ?no_speaker)
WHERE {
  { ?a a kg:Article } UNION { ?st a rdf:Statement } UNION { ?q a kg:Quotation }
  UNION { ?orphan a kg:Quotation FILTER NOT EXISTS { ?orphan kg:spokenBy ?s } }
}
"""
_TYPES = """
SELECT ?t (COUNT(DISTINCT ?e) AS ?n) WHERE {
  ?e a ?t . FILTER(?t IN (kg:Person, kg:Organization, kg:Product, kg:Place, kg:Legislation, kg:Event))
} GROUP BY ?t
"""


def _cpu_children() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def bare(corpus: Path) -> dict:
    """nlp.pipe over the paragraphs the build reads, in this process: the model as spaCy ships it (its own
    attribute ruler and lemmatizer; the build reads them by lookup, graph/building/lookups.py), with the
    build's tokenizer exceptions."""
    from graph.building.ingest import read_articles
    from graph.building.nlp import load_pipeline, paragraphs

    articles, _ = read_articles([corpus])
    texts = [a.body[s:e] for a in articles for s, e in paragraphs(a.body)]
    try:
        nlp = load_pipeline(lookups=False)
    except TypeError:  # a checkout from before graph/building/ruler.py: its pipeline is spaCy's own
        nlp = load_pipeline()
    list(nlp.pipe(texts[:50]))
    t, c = time.perf_counter(), time.process_time()
    tokens = sum(len(doc) for doc in nlp.pipe(texts))
    wall, cpu = time.perf_counter() - t, time.process_time() - c
    out = {"articles": len(articles), "paragraphs": len(texts), "tokens": tokens, "wall_s": round(wall, 1),
           "cpu_s": round(cpu, 1), "tokens_per_s_wall": round(tokens / wall), "tokens_per_s_cpu": round(tokens / cpu)}
    # the extraction kg build runs (parse and rules, one worker, this process), on the same articles
    from graph.building.parallel import extract_articles

    t, c = time.perf_counter(), time.process_time()
    extract_articles(articles, workers=1)
    wall, cpu = time.perf_counter() - t, time.process_time() - c
    out["extraction"] = {"wall_s": round(wall, 1), "cpu_s": round(cpu, 1), "tokens_per_s_cpu": round(tokens / cpu)}
    return out


def build(corpus: Path, out: Path, workers: int) -> dict:
    """``kg build`` in a child process: wall, CPU (whole tree) and peak memory."""
    kg = Path(sys.executable).parent / "kg"
    cmd = [str(kg), "build", str(corpus), "--out", str(out), "--workers", str(workers)]
    env = dict(os.environ)
    cpu0, t = _cpu_children(), time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env)
    with PeakMemory(proc.pid) as peak:
        _, err = proc.communicate()
    if proc.returncode not in (0, 1):
        raise SystemExit(f"kg build failed ({proc.returncode}): {err[-2000:]}")
    return {"workers": workers, "wall_s": round(time.perf_counter() - t, 1), "cpu_s": round(_cpu_children() - cpu0, 1),
            "tree_peak_rss_mib": round(peak.bytes / 1024**2)}


def counts(out: Path) -> dict:
    """Entities by type, relations, quotations and quotations with no speaker, from the exports."""
    from graph.using.load import load_store
    from graph.using.query import PREFIXES

    store = load_store(out)
    prefix = "".join(f"PREFIX {k}: <{v}>\n" for k, v in PREFIXES.items())
    row = next(iter(store.query(prefix + _COUNTS, use_default_graph_as_union=True)))
    got = {name: int(row[name].value) for name in ("articles", "relations", "quotations", "no_speaker")}
    got["entities_by_type"] = {r["t"].value.rsplit("#", 1)[-1]: int(r["n"].value) for r in store.query(prefix + _TYPES, use_default_graph_as_union=True)}
    got["entities"] = sum(got["entities_by_type"].values())
    got["relations_per_article"] = round(got["relations"] / max(got["articles"], 1), 2)
    got["no_speaker_share"] = round(got["no_speaker"] / max(got["quotations"], 1), 3)
    return got


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--json", type=Path, help="also write the results here")
    ap.add_argument("--keep", type=Path, help="keep the one-worker build in this folder (for kg figures, kg query ...)")
    args = ap.parse_args(argv)
    if not args.corpus.is_file():
        raise SystemExit(f"no corpus at {args.corpus}: give --corpus FILE (a .jsonl of articles)")
    import graph

    result = {"graph_package": str(Path(graph.__file__).parent), "machine": machine(), "corpus": str(args.corpus)}
    log("bare nlp.pipe ...")
    result["bare"] = bare(args.corpus)
    with tempfile.TemporaryDirectory() as tmp:
        for workers in (1, args.workers):
            log(f"kg build --workers {workers} ...")
            result[f"build_{workers}"] = b = build(args.corpus, Path(tmp) / f"out{workers}", workers)
            b["tokens_per_s_wall"] = round(result["bare"]["tokens"] / b["wall_s"])
            b["tokens_per_s_cpu"] = round(result["bare"]["tokens"] / b["cpu_s"])
        result["graph"] = counts(Path(tmp) / "out1")
        if args.keep:
            import shutil

            shutil.rmtree(args.keep, ignore_errors=True)
            shutil.copytree(Path(tmp) / "out1", args.keep)
    one = result["build_1"]
    result["ratio_cpu"] = round(one["tokens_per_s_cpu"] / result["bare"]["tokens_per_s_cpu"], 3)
    result["ratio_wall"] = round(one["tokens_per_s_wall"] / result["bare"]["tokens_per_s_wall"], 3)
    result["ratio_extraction_cpu"] = round(result["bare"]["cpu_s"] / result["bare"]["extraction"]["cpu_s"], 3)
    text = json.dumps(result, indent=1)
    print(text)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
