"""Benchmarks of issue 5: throughput, workers, stage times, memory, SPARQL, HTML. A script, not a test.

    .venv/bin/python bench/run.py                     # 1k and 10k articles, 2 workers (make bench)
    .venv/bin/python bench/run.py --small 100 --large 300 --browser-runs 1   # a quick dry run
    .venv/bin/python bench/run.py --small 0 --large 0 --phases browser --page BUILD   # the page of any build

Each phase runs in its own process, so its peak memory is its own; the parent samples the
resident memory of the phase's whole process tree (workers included) every 0.2 s. Results go to
stdout as they come, and to ``--work``/results.json at the end. Nothing here is a pass/fail test:
the targets are printed next to the figures.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

CHROMIUM = "/usr/bin/chromium"
PHASES = ("throughput", "extract", "scale", "rdflib", "browser")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]


def log(*parts) -> None:
    print(time.strftime("%H:%M:%S"), *parts, file=sys.stderr, flush=True)


def emit(result: dict) -> None:
    """A phase's result: one JSON line on stdout, read by the parent."""
    print("RESULT " + json.dumps(result), flush=True)


def _cpu() -> float:
    """CPU seconds (user + system) of this process and of its children that have ended."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


class Clock:
    """Named timings, in order: wall seconds, and CPU seconds of this process and its finished children.

    On a machine other jobs share, wall time stretches while CPU time mostly does not, so both are kept.
    """

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self.cpu: dict[str, float] = {}
        self.peak_mib: dict[str, float] = {}  # this process's peak RSS so far, after each stage

    def __call__(self, name: str):
        clock = self

        class _Timer:
            def __enter__(self):
                log(f"  {name} ...")
                self.t, self.c = time.perf_counter(), _cpu()

            def __exit__(self, *exc):
                clock.seconds[name] = round(time.perf_counter() - self.t, 3)
                clock.cpu[name] = round(_cpu() - self.c, 3)
                clock.peak_mib[name] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
                log(f"  {name}: {clock.seconds[name]:.2f} s wall, {clock.cpu[name]:.2f} s CPU, "
                    f"load {os.getloadavg()[0]:.2f}")

        return _Timer()


def _maxrss_mib() -> dict:
    me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"self_peak_mib": round(me, 1), "largest_child_peak_mib": round(kids, 1)}


def _figure_groups(extractions, resolution):
    """Figure groups as ``pipeline.assemble`` makes them (a graph without figures has none)."""
    try:
        from graph.building.claims import group_figures
    except ImportError:  # a checkout from before figures
        return ()
    return group_figures(extractions, resolution)


# ---------------------------------------------------------------- phase: throughput (the small corpus)


def phase_throughput(args) -> None:
    from corpus import make_corpus

    from graph.building.build import build_graph
    from graph.building.extract import extract_parsed
    from graph.building.ingest import read_articles
    from graph.model import Extraction
    from graph.building.nlp import load_pipeline, paragraphs, parse
    from graph.building.parallel import extract_articles
    from graph.building.resolve import resolve

    clock = Clock()
    corpus = Path(args.work) / f"corpus-{args.size}"
    with clock("corpus"):
        make_corpus(args.size, corpus)
    with clock("ingest"):
        articles, skipped = read_articles([corpus])
    texts = [a.body[s:e] for a in articles for s, e in paragraphs(a.body)]
    with clock("model load"):
        nlp = load_pipeline()
    bare = load_pipeline(lookups=False)  # the model as spaCy ships it (the build reads its attribute ruler and lemmatizer by lookup)
    list(nlp.pipe(texts[:50]))  # warm up both paths alike
    list(bare.pipe(texts[:50]))

    with clock("bare nlp.pipe, 1 process"):
        tokens = sum(len(doc) for doc in bare.pipe(texts))
    with clock("kg extraction, 1 worker"):
        one = extract_articles(articles, workers=1)
    failed = [r for r in one if not isinstance(r, Extraction)]  # an article the rules tripped over
    one_ok = [r for r in one if isinstance(r, Extraction)]
    with clock("kg extraction, 2 workers"):
        two = extract_articles(articles, workers=2)
    same = one == two
    del two
    with clock("2-worker pool start-up (2 articles)"):
        extract_articles(articles[:2], workers=2, batch_size=1)
    with clock("bare nlp.pipe, n_process=2"):
        tokens2 = sum(len(doc) for doc in bare.pipe(texts, n_process=2))

    # where one worker's time goes: the same calls as extract_article, timed apart, on a sample
    sample = articles[: args.sample]
    t_nlp = t_rules = 0.0  # CPU seconds of this (single-threaded) process: robust to other jobs
    for article in sample:
        t = time.process_time()
        parsed = parse(nlp, article.body)
        t_nlp += time.process_time() - t
        t = time.process_time()
        extract_parsed(article, parsed)
        t_rules += time.process_time() - t
        del parsed

    with clock("resolve"):
        resolution = resolve(one_ok)
    with clock("assemble"):  # as pipeline.assemble: figure groups, then the graph
        g = build_graph(one_ok, resolution, _figure_groups(one_ok, resolution))

    s = clock.seconds
    bare = tokens / s["bare nlp.pipe, 1 process"]
    kg1 = tokens / s["kg extraction, 1 worker"]
    kg2 = tokens / s["kg extraction, 2 workers"]
    emit({
        "phase": "throughput", "articles": len(articles), "skipped": len(skipped), "paragraphs": len(texts),
        "tokens": tokens, "tokens_n_process_2": tokens2, "seconds": s, "cpu_seconds": clock.cpu,
        "tokens_per_s": {"bare_1": round(bare), "kg_1": round(kg1), "kg_2": round(kg2),
                         "bare_2": round(tokens2 / s["bare nlp.pipe, n_process=2"])},
        "ratio_kg1_vs_bare": round(kg1 / bare, 3), "ratio_kg2_vs_kg1": round(kg2 / kg1, 3),
        "ratio_bare2_vs_bare1": round((tokens2 / s["bare nlp.pipe, n_process=2"]) / bare, 3),
        "identical_1_vs_2_workers": same, "articles_failed": len(failed),
        "split_sample": {"articles": len(sample), "nlp_s": round(t_nlp, 3), "rules_s": round(t_rules, 3),
                         "rules_share": round(t_rules / (t_nlp + t_rules), 3)},
        "graph": {"nodes": g.number_of_nodes(), "edges": g.number_of_edges(),
                  "entities": len(resolution.entities)},
        "rss": _maxrss_mib(),
    })


# ---------------------------------------------------------------- phase: scale (the large corpus)


def phase_extract(args) -> None:
    """The large corpus through ingest and extraction (``--workers`` processes); extractions pickled for the next phase."""
    import pickle

    from corpus import make_corpus

    from graph.building.ingest import read_articles
    from graph.model import Extraction
    from graph.building.parallel import extract_articles

    clock = Clock()
    work = Path(args.work)
    corpus = work / f"corpus-{args.size}"
    with clock("corpus"):
        make_corpus(args.size, corpus)
    with clock("ingest"):
        articles, _ = read_articles([corpus])
    done = [0]

    def progress(d, total, _desc):
        if total and d - done[0] >= max(1, total // 20):
            done[0] = d
            log(f"    extracted {d}/{total}")

    with clock(f"extraction ({args.workers} workers)"):
        extractions = extract_articles(articles, workers=args.workers, progress=progress)
    extractions = [r for r in extractions if isinstance(r, Extraction)]  # drop articles the rules tripped over
    with clock("pickle the extractions (bench only)"):
        with open(work / f"extractions-{args.size}.pickle", "wb") as fh:
            pickle.dump(extractions, fh, protocol=pickle.HIGHEST_PROTOCOL)
    emit({"phase": "extract", "articles": len(extractions), "workers": args.workers,
          "mentions": sum(len(ex.mentions) for ex in extractions), "seconds": clock.seconds,
          "cpu_seconds": clock.cpu, "peak_mib_after": clock.peak_mib, "rss": _maxrss_mib()})


def phase_scale(args) -> None:
    """Resolution, assembly, every export, the pyoxigraph store and its queries, from the pickled extractions."""
    import pickle

    from graph.building.build import build_graph
    from graph.using.export import WRITERS, _Source, _write_file
    from graph.pipeline import summarise
    from graph.using.load import load_store
    from graph.using.query import example_queries, run_query
    from graph.building.resolve import resolve

    clock = Clock()
    work = Path(args.work)
    out = work / f"exports-{args.size}"
    out.mkdir(parents=True, exist_ok=True)
    with clock("unpickle the extractions (bench only)"):
        with open(work / f"extractions-{args.size}.pickle", "rb") as fh:
            extractions = pickle.load(fh)
    with clock("resolve"):
        resolution = resolve(extractions)
    with clock("assemble"):
        g = build_graph(extractions, resolution, _figure_groups(extractions, resolution))
    mentions = sum(len(ex.mentions) for ex in extractions)
    del extractions, resolution
    gc.collect()
    summary = summarise(g, ())
    src = _Source(g, None)
    with clock("rdf quads"):
        n_quads = len(src.rdf)
    sizes = {}
    for name, writer in WRITERS.items():
        with clock(f"export {writer.filename}"):
            _write_file(out / writer.filename, writer.write(src))
            for rel, data in sorted((writer.files(src) if writer.files else {}).items()):  # the page's records
                (out / rel).parent.mkdir(parents=True, exist_ok=True)
                _write_file(out / rel, data)
        sizes[writer.filename] = (out / writer.filename).stat().st_size
    del src
    gc.collect()

    with clock("kg query store load (graph.nq)"):
        store = load_store(out / "graph.nq")
    queries = {}
    for name, path in example_queries().items():
        text = path.read_text(encoding="utf-8")
        times, rows = [], None
        for _ in range(args.query_runs):
            t = time.perf_counter()
            result = run_query(store, text)
            times.append(time.perf_counter() - t)
            rows = len(result.rows)
        queries[name] = {"median_s": round(statistics.median(times), 4), "min_s": round(min(times), 4), "rows": rows}
        log(f"  pyoxigraph {name}: {queries[name]}")
    emit({
        "phase": "scale", "articles": summary.articles, "mentions": mentions, "seconds": clock.seconds,
        "cpu_seconds": clock.cpu, "peak_mib_after": clock.peak_mib,
        "entities": sum(summary.entities_by_type.values()), "entities_by_type": summary.entities_by_type,
        "relations": sum(summary.relations_by_type.values()), "quotations": summary.quotations,
        "nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "quads": n_quads,
        "bytes": sizes, "oxigraph_queries": queries, "rss": _maxrss_mib(),
    })


# ---------------------------------------------------------------- phase: rdflib (in memory, same file)


def phase_rdflib(args) -> None:
    """Load graph.nq into an rdflib Dataset once; run each example query in a forked child with a time limit."""
    import rdflib

    from graph.using.query import example_queries

    path = Path(args.work) / f"exports-{args.size}" / "graph.nq"
    t = time.perf_counter()
    ds = rdflib.Dataset(default_union=True)
    ds.parse(str(path), format="nquads")
    load_s = time.perf_counter() - t
    log(f"  rdflib load: {load_s:.1f} s, {len(ds)} triples in the union")
    list(ds.query("SELECT ?s WHERE { ?s ?p ?o } LIMIT 1"))  # pays the one-off grammar set-up before timing
    queries = {}
    for name, qpath in example_queries().items():
        text = qpath.read_text(encoding="utf-8")
        read_fd, write_fd = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: run the query, report, leave without cleanup
            os.close(read_fd)
            t = time.perf_counter()
            rows = len(list(ds.query(text)))
            os.write(write_fd, json.dumps({"s": time.perf_counter() - t, "rows": rows}).encode())
            os._exit(0)
        os.close(write_fd)
        deadline = time.monotonic() + args.query_timeout
        while time.monotonic() < deadline:
            finished, _ = os.waitpid(pid, os.WNOHANG)
            if finished:
                break
            time.sleep(0.05)
        else:
            os.kill(pid, 9)
            os.waitpid(pid, 0)
        answer = os.read(read_fd, 1 << 16)
        os.close(read_fd)
        if answer:
            got = json.loads(answer)
            queries[name] = {"s": round(got["s"], 4), "rows": got["rows"]}
        else:
            queries[name] = {"timeout_s": args.query_timeout}
        log(f"  rdflib {name}: {queries[name]}")
    emit({"phase": "rdflib", "load_s": round(load_s, 2), "triples": len(ds), "queries": queries, "rss": _maxrss_mib()})


# ---------------------------------------------------------------- phase: browser


#: In the page: when the pointer goes down on the network, and when the panel shows the records it asked for.
CLICK_WATCH = """() => {
    window.__click = null; window.__shown = null;
    document.querySelector('#kg-network canvas').addEventListener('pointerdown', () => {
        window.__click = performance.now(); window.__shown = null; }, true);
    const panel = document.getElementById('kg-panel');
    new MutationObserver(() => {
        if (window.__click !== null && window.__shown === null && panel.getAttribute('data-loaded') === '1'
            && panel.querySelector('.evidence li')) window.__shown = performance.now();
    }).observe(panel, {attributes: true, childList: true, subtree: true});
}"""

#: Entities to click: the best connected one drawn, and the one in the middle of the drawn ones by relations.
CLICK_TARGETS = """() => {
    const ids = window.kg.visibleNodes().filter(id => id.startsWith('entity/') && window.kg.info(id).relDegree > 0)
        .sort((a, b) => window.kg.info(b).relDegree - window.kg.info(a).relDegree || (a < b ? -1 : 1));
    return ids.length ? [ids[0], ids[Math.floor(ids.length / 2)]] : [];
}"""


def page_bytes(folder: Path) -> dict:
    """The page, and the record files beside it (graph_files/)."""
    files = sorted((folder / "graph_files").glob("*.js")) if (folder / "graph_files").is_dir() else []
    return {"html_bytes": (folder / "graph.html").stat().st_size, "record_files": len(files),
            "record_bytes": sum(p.stat().st_size for p in files)}


def measure_page(page_path: Path, runs: int, timeout_s: float) -> dict:
    """Open the page in Chromium (file URL, outside requests aborted) ``runs`` times: bytes read before
    the network is drawn and settled (``body[data-ready]``), the time to that, and the time from a click
    on an entity to its evidence in the panel."""
    from playwright.sync_api import sync_playwright

    out = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for _ in range(runs):
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            page.route("http*://**", lambda route: route.abort())  # nothing leaves the machine
            errors, read = [], []
            page.on("pageerror", lambda exc: errors.append(str(exc)))
            page.on("requestfinished", lambda req: read.append((req.url, req.sizes()["responseBodySize"])))
            t = time.perf_counter()
            page.goto(page_path.as_uri(), wait_until="commit", timeout=timeout_s * 1000)
            # the page sets body[data-ready] once the network is drawn and fitted (its CSP forbids string eval)
            page.wait_for_selector("body[data-ready='1']", state="attached", timeout=timeout_s * 1000)
            ready_wall = time.perf_counter() - t
            before_ready = list(read)
            timing = page.evaluate("""() => {
                const paint = {};
                performance.getEntriesByType('paint').forEach(e => { paint[e.name] = e.startTime; });
                const nav = performance.getEntriesByType('navigation')[0];
                return {first_paint_ms: paint['first-paint'] ?? null,
                        first_contentful_paint_ms: paint['first-contentful-paint'] ?? null,
                        dom_content_loaded_ms: nav ? nav.domContentLoadedEventEnd : null,
                        load_ms: nav ? nav.loadEventEnd : null,
                        nodes_drawn: window.kg ? window.kg.visibleNodes().length : null};
            }""")
            timing["ready_wall_s"] = round(ready_wall, 3)
            timing["initial_bytes"] = page_path.stat().st_size + sum(
                size for url, size in before_ready if url != page_path.as_uri())
            timing["files_before_ready"] = len([u for u, _ in before_ready if u != page_path.as_uri()])
            page.evaluate(CLICK_WATCH)
            clicks = []
            for node in page.evaluate(CLICK_TARGETS):
                xy = page.evaluate("""id => {
                    const net = window.kgNetwork, p = net.canvasToDOM(net.getPositions([id])[id]);
                    const r = document.querySelector('#kg-network canvas').getBoundingClientRect();
                    return [r.left + p.x, r.top + p.y]; }""", node)
                page.mouse.click(*xy)
                deadline = time.monotonic() + timeout_s
                while page.evaluate("window.__shown === null") and time.monotonic() < deadline:
                    page.wait_for_timeout(10)
                shown = page.evaluate("""() => ({ms: window.__shown - window.__click,
                    node: document.getElementById('kg-panel').getAttribute('data-node'),
                    evidence: document.querySelectorAll('#kg-panel .evidence li').length})""")
                clicks.append({"node": node, "relations": page.evaluate("id => window.kg.info(id).relDegree", node),
                               "evidence_shown_ms": round(shown["ms"], 1), "evidence_items": shown["evidence"],
                               "panel_of": shown["node"]})
                page.mouse.click(5, 5)  # away from the network: the next click starts afresh
            timing["clicks"] = clicks
            timing["errors"] = errors
            out.append(timing)
            log(f"  browser run: {timing}")
            page.close()
        browser.close()
    return {"runs": out, **page_bytes(page_path.parent)}


def page_report(br: dict) -> list[str]:
    """The browser phase as Markdown lines."""
    lines = [f"### The page ({br['html_bytes']:,} bytes; {br.get('record_files', 0)} record files beside it, "
             f"{br.get('record_bytes', 0):,} bytes)", "",
             "| run | initial bytes (page + files read before the network is drawn) | first contentful paint ms | "
             "DOMContentLoaded ms | drawn and settled (data-ready) s | nodes drawn | click -> evidence shown ms |",
             "| --- | ---: | ---: | ---: | ---: | ---: | --- |"]
    for i, r in enumerate(br["runs"], 1):
        clicks = "; ".join(f"{c['evidence_shown_ms']:.0f} ({c['relations']} relations)" for c in r.get("clicks", ()))
        lines.append(f"| {i} | {r.get('initial_bytes', br['html_bytes']):,} | {r['first_contentful_paint_ms']} | "
                     f"{r['dom_content_loaded_ms']} | {r['ready_wall_s']} | {r['nodes_drawn']} | {clicks} |")
    lines.append("")
    return lines


def phase_browser(args) -> None:
    folder = Path(args.page) if args.page else Path(args.work) / f"exports-{args.size}"
    emit({"phase": "browser", "page": str(folder / "graph.html"),
          **measure_page(folder / "graph.html", args.browser_runs, args.browser_timeout)})


# ---------------------------------------------------------------- the parent


def machine() -> dict:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    mem_kib = next(int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines()
                   if line.startswith("MemTotal"))
    import pyoxigraph
    import rdflib
    import spacy

    return {"nproc": os.cpu_count(), "memory_gib": round(mem_kib / 1024**2, 1), "cpu": cpu,
            "python": platform.python_version(), "spacy": spacy.__version__, "pyoxigraph": pyoxigraph.__version__,
            "rdflib": rdflib.__version__, "kernel": platform.release()}


def _tree_rss(pid: int) -> int:
    import psutil

    try:
        proc = psutil.Process(pid)
        procs = [proc] + proc.children(recursive=True)
    except psutil.Error:
        return 0
    total = 0
    for p in procs:
        try:
            total += p.memory_info().rss
        except psutil.Error:
            pass
    return total


class PeakMemory:
    """Samples the resident memory of a process tree every 0.2 s while the block runs: ``.bytes``."""

    def __init__(self, pid: int) -> None:
        self.pid, self.bytes, self._stop = pid, 0, threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        while not self._stop.is_set():
            self.bytes = max(self.bytes, _tree_rss(self.pid))
            self._stop.wait(0.2)

    def __enter__(self) -> "PeakMemory":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()


def run_phase(name: str, args, extra: list[str], timeout: float | None = None, memory_cap_gib: float | None = None) -> dict:
    """Run one phase in a child process; sample its process tree's memory; return its RESULT.

    ``memory_cap_gib`` limits the child's address space, so a phase that outgrows the machine
    fails on its own (MemoryError) instead of waking the kernel's OOM killer for someone else.
    """
    cmd = [sys.executable, str(Path(__file__).resolve()), "--phase", name, "--work", args.work, *extra]
    if memory_cap_gib:
        cmd += ["--cap-gib", str(memory_cap_gib)]
    log(f"phase {name}: {' '.join(extra)}")
    load_before = os.getloadavg()
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True)
    result = None
    with PeakMemory(proc.pid) as peak:
        try:
            out, _ = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            out, _ = proc.communicate()
            log(f"phase {name} timed out after {timeout} s")
    for line in out.splitlines():
        if line.startswith("RESULT "):
            result = json.loads(line[len("RESULT "):])
    result = result or {"phase": name, "failed": True, "returncode": proc.returncode}
    result["wall_s"] = round(time.perf_counter() - t, 2)
    result["tree_peak_rss_mib"] = round(peak.bytes / 1024**2, 1)
    result["loadavg_before"] = [round(x, 2) for x in load_before]
    result["loadavg_after"] = [round(x, 2) for x in os.getloadavg()]
    log(f"phase {name} done in {result['wall_s']} s, tree peak {result['tree_peak_rss_mib']} MiB")
    return result


def report(results: dict) -> str:
    """The figures as Markdown, with the issue's targets."""
    m, tp, sc = results["machine"], results.get("throughput") or {}, results.get("scale") or {}
    sc = sc if not sc.get("failed") else {}
    rd, br = results.get("rdflib") or {}, results.get("browser") or {}
    lines = [f"Machine: {m['cpu']}, {m['nproc']} CPUs, {m['memory_gib']} GiB; Python {m['python']}, "
             f"spaCy {m['spacy']}, pyoxigraph {m['pyoxigraph']}, rdflib {m['rdflib']}", ""]
    if tp.get("tokens"):
        t, w, c, n = tp["tokens_per_s"], tp["seconds"], tp.get("cpu_seconds", {}), tp["tokens"]
        runs = [("bare `nlp.pipe`, 1 process", "bare nlp.pipe, 1 process"),
                ("`kg` extraction, 1 worker", "kg extraction, 1 worker"),
                ("`kg` extraction, 2 workers", "kg extraction, 2 workers"),
                ("bare `nlp.pipe(n_process=2)`", "bare nlp.pipe, n_process=2")]
        lines += [f"### Throughput ({tp['articles']} articles, {n:,} tokens, {tp['paragraphs']:,} paragraphs)", "",
                  "| run | wall s | CPU s | tokens/s (wall) | tokens per CPU-second |", "| --- | ---: | ---: | ---: | ---: |"]
        for label, key in runs:
            cpu = c.get(key)
            lines.append(f"| {label} | {w[key]:.1f} | {cpu if cpu is None else f'{cpu:.1f}'} | {n / w[key]:,.0f} | "
                         f"{'' if not cpu else f'{n / cpu:,.0f}'} |")
        k1 = "kg extraction, 1 worker"
        lines += ["",
                  f"- `kg` 1 worker / bare `nlp.pipe`: {tp['ratio_kg1_vs_bare']:.2f} by wall time"
                  + (f", {c['bare nlp.pipe, 1 process'] / c[k1]:.2f} by CPU time" if c.get(k1) else "")
                  + " (target >= 0.75)",
                  f"- `kg` 2 workers / 1 worker: {tp['ratio_kg2_vs_kg1']:.2f} by wall time (target >= 1.7); "
                  f"bare `nlp.pipe` n_process=2 / 1 process: {tp['ratio_bare2_vs_bare1']:.2f}",
                  f"- 2-worker pool start-up (spawn, import, model load; 2 articles): "
                  f"{w['2-worker pool start-up (2 articles)']:.1f} s wall",
                  f"- 1 and 2 workers gave identical extractions: {tp['identical_1_vs_2_workers']}",
                  f"- one worker's CPU time on {tp['split_sample']['articles']} articles: spaCy "
                  f"{tp['split_sample']['nlp_s']:.1f} s, rules {tp['split_sample']['rules_s']:.1f} s "
                  f"({100 * tp['split_sample']['rules_share']:.0f}% rules)",
                  f"- load average during the phase: {tp['loadavg_before']} before, {tp['loadavg_after']} after; "
                  f"peak memory (process tree) {tp['tree_peak_rss_mib']:,.0f} MiB", ""]
    ex = results.get("extract") or {}
    if ex.get("seconds"):
        lines += [f"### Extraction of the large corpus ({ex['articles']:,} articles, {ex['workers']} workers, "
                  f"{ex['mentions']:,} mentions)", "", "| stage | wall s | CPU s |", "| --- | ---: | ---: |"]
        for stage, secs in ex["seconds"].items():
            lines.append(f"| {stage} | {secs:.1f} | {ex['cpu_seconds'].get(stage, 0):.1f} |")
        lines += ["", f"Peak memory (process tree: main process and workers): {ex['tree_peak_rss_mib']:,.0f} MiB; "
                      f"load average {ex['loadavg_before']} before, {ex['loadavg_after']} after.", ""]
    if sc.get("seconds"):
        lines += [f"### Scale ({sc['articles']:,} articles, {sc['entities']:,} entities, {sc['relations']:,} relations, "
                  f"{sc['quotations']:,} quotations, {sc['quads']:,} quads)", "",
                  "| stage | wall s | CPU s | main process peak MiB so far | output bytes |",
                  "| --- | ---: | ---: | ---: | ---: |"]
        for stage, secs in sc["seconds"].items():
            size = sc["bytes"].get(stage.replace("export ", ""), "")
            cpu = sc.get("cpu_seconds", {}).get(stage)
            peak = sc.get("peak_mib_after", {}).get(stage)
            lines.append(f"| {stage} | {secs:.1f} | {'' if cpu is None else f'{cpu:.1f}'} | "
                         f"{'' if peak is None else f'{peak:,.0f}'} | {size if size == '' else f'{size:,}'} |")
        lines.append(f"\nLoad average: {sc['loadavg_before']} before, {sc['loadavg_after']} after.")
        lines += ["", f"Peak memory of the whole run, process tree sampled every 0.2 s: "
                      f"{sc['tree_peak_rss_mib']:,.0f} MiB (target < 4096); the main process's own peak "
                      f"(ru_maxrss) {sc['rss']['self_peak_mib']:,.0f} MiB, largest worker {sc['rss']['largest_child_peak_mib']:,.0f} MiB.", ""]
    if sc.get("oxigraph_queries"):
        lines += ["### SPARQL example queries on the large store", "",
                  f"rdflib in-memory Dataset load of graph.nq: {rd.get('load_s', 'n/a')} s "
                  f"({rd.get('triples', 'n/a')} triples); its peak {rd.get('tree_peak_rss_mib', 'n/a')} MiB.", "",
                  "| query | rows | pyoxigraph median s | rdflib s | rdflib / pyoxigraph |", "| --- | ---: | ---: | ---: | ---: |"]
        for name, ox in sc["oxigraph_queries"].items():
            r = (rd.get("queries") or {}).get(name, {})
            if "s" in r:
                ratio = f"{r['s'] / max(ox['median_s'], 1e-6):,.0f}x" + ("" if r["rows"] == ox["rows"] else f" (rows differ: {r['rows']})")
                rs = f"{r['s']:.3f}"
            elif "timeout_s" in r:
                ratio, rs = f"> {r['timeout_s'] / max(ox['median_s'], 1e-6):,.0f}x", f"> {r['timeout_s']} (stopped)"
            else:
                ratio, rs = "n/a", "n/a"
            lines.append(f"| {name} | {ox['rows']} | {ox['median_s']:.4f} | {rs} | {ratio} |")
        lines.append("")
    if br.get("runs"):
        lines += page_report(br)
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--small", type=int, default=1000, help="articles in the throughput corpus (default 1000)")
    ap.add_argument("--large", type=int, default=10000, help="articles in the scale corpus (default 10000; 0 skips it)")
    ap.add_argument("--workers", type=int, default=2, help="worker processes for the large build (default 2)")
    ap.add_argument("--work", default=str(HERE / "work"), help="folder for corpora, exports and results.json")
    ap.add_argument("--sample", type=int, default=200, help="articles timed stage by stage (spaCy vs rules)")
    ap.add_argument("--query-runs", type=int, default=5, help="runs per SPARQL query on pyoxigraph (median)")
    ap.add_argument("--query-timeout", type=float, default=120, help="seconds before an rdflib query is stopped")
    ap.add_argument("--browser-runs", type=int, default=3)
    ap.add_argument("--browser-timeout", type=float, default=300)
    ap.add_argument("--page", help="the browser phase measures the graph.html of this build folder instead "
                                   "(for example a `kg build` of the BBC corpus)")
    ap.add_argument("--memory-cap", type=float, default=16,
                    help="GiB of address space a large-store phase may use before it stops (default 16)")
    ap.add_argument("--phases", default=",".join(PHASES),
                    help=f"which phases to run (default all: {','.join(PHASES)}); a partial run keeps the "
                         "other phases' figures from the last results.json (scale needs extract's pickle)")
    ap.add_argument("--phase", help=argparse.SUPPRESS)
    ap.add_argument("--cap-gib", type=float, help=argparse.SUPPRESS)
    ap.add_argument("--size", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.phase:
        if args.cap_gib:
            cap = int(args.cap_gib * 1024**3)
            resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
        {"throughput": phase_throughput, "extract": phase_extract, "scale": phase_scale, "rdflib": phase_rdflib,
         "browser": phase_browser}[args.phase](args)
        return

    Path(args.work).mkdir(parents=True, exist_ok=True)
    results = {"command": " ".join([Path(sys.executable).name, *sys.argv]), "machine": machine(),
               "started": time.strftime("%Y-%m-%d %H:%M:%S")}
    t0 = time.perf_counter()
    common = ["--query-runs", str(args.query_runs), "--query-timeout", str(args.query_timeout),
              "--browser-runs", str(args.browser_runs), "--browser-timeout", str(args.browser_timeout),
              *(["--page", args.page] if args.page else [])]
    phases = set(args.phases.split(","))
    previous = Path(args.work) / "results.json"
    if phases != set(PHASES) and previous.exists():  # a partial run adds to the last one
        old = json.loads(previous.read_text())
        results.update({k: v for k, v in old.items() if k in PHASES and k not in phases})
    if args.small and "throughput" in phases:
        results["throughput"] = run_phase("throughput", args, ["--size", str(args.small), "--sample", str(args.sample)])
    if args.large:
        if "extract" in phases:
            results["extract"] = run_phase("extract", args, ["--size", str(args.large), "--workers", str(args.workers)])
        if "scale" in phases:
            results["scale"] = run_phase("scale", args, ["--size", str(args.large), *common], memory_cap_gib=args.memory_cap)
        if "rdflib" in phases and not (results.get("scale") or {}).get("failed"):
            results["rdflib"] = run_phase("rdflib", args, ["--size", str(args.large), *common], memory_cap_gib=args.memory_cap)
        if "browser" in phases and not args.page and not (results.get("scale") or {}).get("failed"):
            results["browser"] = run_phase("browser", args, ["--size", str(args.large), *common])
    if args.page and "browser" in phases:
        results["browser"] = run_phase("browser", args, ["--size", str(args.large), *common])
    results["total_wall_s"] = round(time.perf_counter() - t0, 1)
    (Path(args.work) / "results.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    print(report(results))
    print(f"\nTotal wall time {results['total_wall_s']} s; raw figures in {Path(args.work) / 'results.json'}")


if __name__ == "__main__":
    main()
