"""The network page alone at the size of a large corpus, without its extraction: a build's graph copied N times.

    .venv/bin/python bench/page_replica.py exports --copies 2000 --work bench/work/replica   # the seeds x 2000

bench/corpus.py makes article i of its corpus from seed i mod 5 with copy i div 5's own names, and keeps
the names of widely known companies and countries. This script does the same to a built graph: copy k
of every node gets its own id, except entities whose names bench/corpus.py leaves as they are (checked
with its own ``vary``), which every copy shares, as the hubs of the generated corpus are shared. The
seeds' graph copied 2,000 times has the shape of the generated 10,000-article graph without its
24 minutes (on a quiet machine) of extraction; it is not the same graph (the extraction of varied
names differs here and there), so figures from it are marked as from a replica. The page is then
rendered as a build renders it and measured in Chromium as bench/run.py's browser phase does.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))


def replicate(g, copies: int):
    """``g`` copied ``copies`` times; nodes whose names bench/corpus.py keeps are shared by every copy."""
    import networkx as nx
    from corpus import vary

    def shared(n, d) -> bool:
        if d.get("kind") != "entity":
            return False
        names = [str(d.get("label") or "")] + [str(a.get("text") or "") for a in d.get("aliases") or ()]
        return all(vary(name, k) == name for name in names for k in (1, 2, 3))

    keep = {n for n, d in g.nodes(data=True) if shared(n, d)}

    def rename(n: str, k: int) -> str:
        if n in keep:
            return n
        head, _, tail = n.partition("/")
        if head in ("quotation", "figure", "figure-group"):  # <kind>/<article part>/<offset>
            art, _, rest = tail.partition("/")
            return f"{head}/{art}-r{k}/{rest}"
        return f"{n}-r{k}"

    def remap(value, names: dict):
        if isinstance(value, str):
            return names.get(value, value)
        if isinstance(value, list):
            return [remap(v, names) for v in value]
        if isinstance(value, tuple):
            return tuple(remap(v, names) for v in value)
        if isinstance(value, dict):
            return {k: remap(v, names) for k, v in value.items()}
        return value

    out = nx.MultiDiGraph()
    out.graph.update({k: v for k, v in g.graph.items() if k != "retired"})
    for k in range(copies):
        names = {n: rename(n, k) for n in g}
        for n, d in g.nodes(data=True):
            new, data = names[n], remap(dict(d), names)
            if new in out:  # a shared entity: the articles and mentions of every copy
                old = out.nodes[new]
                old["articles"] = list(old.get("articles") or ()) + list(data.get("articles") or ())
                old["aliases"] = list(old.get("aliases") or ()) + list(data.get("aliases") or ())
            else:
                out.add_node(new, **data)
        for u, v, key, d in g.edges(keys=True, data=True):
            a, b, data = names[u], names[v], remap(dict(d), names)
            if out.has_edge(a, b, key):  # between two shared entities: one edge, the evidence of every copy
                edge = out.edges[a, b, key]
                edge["evidence"] = list(edge.get("evidence") or ()) + list(data.get("evidence") or ())
                if "count" in edge:
                    edge["count"] = int(edge["count"]) + int(data.get("count") or 1)
            else:
                out.add_edge(a, b, key=key, **data)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("graph", help="a build folder, RDF file or store (its graph is copied)")
    ap.add_argument("--copies", type=int, default=2000, help="copies (default 2000: the seeds' 5 articles -> 10,000)")
    ap.add_argument("--work", default=str(HERE / "work" / "replica"), help="where the page is written")
    ap.add_argument("--browser-runs", type=int, default=3)
    ap.add_argument("--browser-timeout", type=float, default=300)
    args = ap.parse_args()

    from run import log, machine, measure_page, page_report

    from graph.using.browse import load_graph
    from graph.using.export import export_graph

    g = load_graph(args.graph)
    t = time.perf_counter()
    big = replicate(g, args.copies)
    log(f"replica: {big.number_of_nodes():,} nodes, {big.number_of_edges():,} edges in {time.perf_counter() - t:.1f} s")
    kinds: dict[str, int] = {}
    for _, d in big.nodes(data=True):
        kinds[d.get("kind")] = kinds.get(d.get("kind"), 0) + 1
    out = Path(args.work)
    t, c = time.perf_counter(), time.process_time()
    export_graph(big, out, ["html"])
    render_s, render_cpu = time.perf_counter() - t, time.process_time() - c
    log(f"page written in {render_s:.1f} s ({render_cpu:.1f} s CPU)")
    result = {"graph": str(args.graph), "copies": args.copies, "nodes": kinds, "edges": big.number_of_edges(),
              "render_s": round(render_s, 2), "render_cpu_s": round(render_cpu, 2), "machine": machine(),
              **measure_page(out / "graph.html", args.browser_runs, args.browser_timeout)}
    (out / "results.json").write_text(json.dumps(result, indent=2), encoding="utf-8")
    print(f"Replica of {args.graph} x {args.copies}: {kinds}, {big.number_of_edges():,} edges; page written in "
          f"{render_s:.1f} s wall, {render_cpu:.1f} s CPU\n")
    print("\n".join(page_report(result)))


if __name__ == "__main__":
    main()
