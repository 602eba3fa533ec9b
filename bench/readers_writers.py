"""Readers and writers together: `kg add` in batches into a store while clients query `kg serve` on it.

    .venv/bin/python bench/readers_writers.py                      # 200 BBC articles, 10 batches, 8 clients
    .venv/bin/python bench/readers_writers.py --articles 40 --batches 4 --clients 4 --kills 1

The first batch of ARTICLES articles of the corpus (../shared/corpora/bbc-news-2004-2005.jsonl by
default) goes into a new store with `kg build --store`; `kg serve STORE` then runs on 127.0.0.1
while the other batches go in one `kg add` each, and CLIENTS threads query the endpoint for the
whole time, each waiting --interval seconds between requests and sending at most --max-requests.
Every answer is the set of article and entity IRIs of the graph (entities merged away included,
through owl:sameAs). After each write this process reads the store's new generation directly:
those sets are the truth. Then KILLS more
`kg add` runs of one extra batch are killed with SIGKILL at seeded moments of their run, each
followed by a check that the store still answers as before (or, had the kill come after the
switch, as a clean run of that add does) and by the add run again to completion.

It prints what it measured and exits 1 when any of these fails:
- every request answered 200;
- every answer equals the graph of one generation (never a mix of two);
- each client's answers never go back: no IRI of an earlier answer missing from a later one;
- a killed `kg add` leaves the store as it was, and the next `kg add` works.
"""

from __future__ import annotations

import argparse
import json
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from load import free_port  # bench/load.py, beside this script

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "corpora" / "bbc-news-2004-2005.jsonl"

#: Articles, every typed entity, and every id merged away (owl:sameAs): a later graph holds them all.
_IRIS = """
PREFIX kg: <{kg}>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
SELECT DISTINCT ?x WHERE {{
  {{ ?x a kg:Article }} UNION {{ ?x a ?type FILTER(?type IN ({types})) }} UNION {{ ?x owl:sameAs ?survivor }}
}}
"""


def log(*parts) -> None:
    print(*parts, file=sys.stderr, flush=True)


def _kg(*args: str) -> list[str]:
    return [sys.executable, "-m", "graph", *args]


def iris_query() -> str:
    from graph.contract import NAMESPACES
    from graph.model import ENTITY_TYPES

    return _IRIS.format(kg=NAMESPACES["kg"], types=", ".join("kg:" + t for t in ENTITY_TYPES))


def write_batches(corpus: Path, folder: Path, articles: int, batches: int) -> list[Path]:
    """The first ``articles`` lines of ``corpus`` as ``batches`` JSON Lines files (plus one spare batch)."""
    lines = [line for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    size = max(1, articles // batches)
    wanted = lines[: size * (batches + 1)]
    if len(wanted) < size * (batches + 1):
        raise SystemExit(f"{corpus} has {len(lines)} articles; {size * (batches + 1)} are needed")
    paths = []
    for i in range(batches + 1):
        path = folder / f"batch-{i:02d}.jsonl"
        path.write_text("\n".join(wanted[i * size:(i + 1) * size]) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def store_iris(store: Path, query: str) -> frozenset[str]:
    """The answer to ``query`` read straight from the store's current generation (not through the server)."""
    from graph.using.load import load_store
    from graph.using.query import run_query

    result = run_query(load_store(store), query, max_rows=None)
    return frozenset(str(row[0]) for row in result.rows)


@dataclass
class Client:
    """One querying thread: what it was answered, in order."""

    name: str
    answers: list[frozenset[str]] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    latencies: list[float] = field(default_factory=list)


def run_client(client: Client, url: str, query: str, stop: threading.Event, max_requests: int,
               interval: float) -> None:
    with httpx.Client(timeout=60) as http:
        while not stop.wait(interval) and len(client.latencies) < max_requests:
            began = time.perf_counter()
            try:
                reply = http.post(url, data={"query": query}, headers={"Accept": "application/sparql-results+json"})
            except httpx.HTTPError as exc:
                client.failures.append(f"{type(exc).__name__}: {exc}")
                continue
            client.latencies.append(time.perf_counter() - began)
            if reply.status_code != 200:
                client.failures.append(f"HTTP {reply.status_code}: {reply.text[:200]}")
                continue
            rows = reply.json()["results"]["bindings"]
            client.answers.append(frozenset(row["x"]["value"] for row in rows))


def wait_ready(url: str, process: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"kg serve exited with {process.returncode}")
        try:
            if httpx.get(url, params={"query": "ASK {}"}, timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    raise SystemExit(f"kg serve did not answer at {url} within {seconds} s")


def run_kg(*args: str) -> float:
    began = time.perf_counter()
    done = subprocess.run(_kg(*args), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if done.returncode != 0:
        raise SystemExit(f"kg {' '.join(args)} failed ({done.returncode}):\n{done.stderr}")
    return time.perf_counter() - began


def kill_add(batch: Path, store: Path, after: float) -> dict:
    """Start `kg add BATCH`, SIGKILL it ``after`` seconds in; return what was seen."""
    process = subprocess.Popen(_kg("add", str(batch), "--store", str(store)),
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        process.wait(after)
        return {"after_s": round(after, 2), "killed": False}
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGKILL)
        process.wait()
        return {"after_s": round(after, 2), "killed": True}


def check_clients(clients: list[Client], truths: list[frozenset[str]]) -> list[str]:
    """Every answer one generation's graph; no client's answers going back."""
    problems = []
    index = {truth: i for i, truth in enumerate(truths)}
    for c in clients:
        problems += [f"{c.name}: {f}" for f in c.failures[:3]]
        previous, previous_gen = frozenset(), -1
        for n, answer in enumerate(c.answers):
            gen = index.get(answer)
            if gen is None:
                near = min(range(len(truths)), key=lambda i: len(truths[i] ^ answer))
                problems.append(f"{c.name} answer {n}: matches no generation "
                                f"({len(answer - truths[near])} IRIs more and {len(truths[near] - answer)} fewer "
                                f"than generation {near})")
            elif gen < previous_gen:
                problems.append(f"{c.name} answer {n}: generation {gen} after generation {previous_gen}")
            lost = previous - answer
            if lost:
                problems.append(f"{c.name} answer {n}: {len(lost)} IRIs of an earlier answer missing, e.g. {min(lost)}")
            previous, previous_gen = answer, max(previous_gen, gen if gen is not None else -1)
    return problems


def run(corpus: Path, articles: int, batches: int, clients: int, kills: int, max_requests: int,
        seed: int, workers: int, folder: Path, interval: float = 0.1) -> dict:
    from graph.using.store import current_generation

    paths = write_batches(corpus, folder, articles, batches)
    store = folder / "store"
    query = iris_query()
    log(f"kg build --store: batch 0 of {batches} ({paths[0].name}) ...")
    first = run_kg("build", str(paths[0]), "--store", str(store))
    truths = [store_iris(store, query)]
    generations = [current_generation(store)]
    port = free_port()
    url = f"http://127.0.0.1:{port}/sparql"
    server = subprocess.Popen(_kg("serve", str(store), "--port", str(port), "--workers", str(workers),
                                  "--max-rows", "1000000", "--timeout", "60"),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    rng = random.Random(seed)
    result: dict = {"articles": articles, "batches": batches, "clients": clients, "server_workers": workers,
                    "interval_s": interval, "build_s": round(first, 1)}
    try:
        wait_ready(url, server)
        stop = threading.Event()
        crowd = [Client(f"client-{i}") for i in range(clients)]
        threads = [threading.Thread(target=run_client, args=(c, url, query, stop, max_requests, interval), daemon=True)
                   for c in crowd]
        began = time.perf_counter()
        for t in threads:
            t.start()
        adds = []
        for i, path in enumerate(paths[1:batches], start=1):
            log(f"kg add: batch {i} of {batches - 1} while {clients} clients query ...")
            adds.append(run_kg("add", str(path), "--store", str(store)))
            truths.append(store_iris(store, query))
            generations.append(current_generation(store))
        spare = paths[batches]
        killed = []
        for k in range(kills):
            at = rng.uniform(0.2, 0.95) * statistics.mean(adds)
            log(f"kg add killed {at:.1f} s in ({k + 1} of {kills}) ...")
            before_gen, before = current_generation(store), store_iris(store, query)
            seen = kill_add(spare, store, at)
            after_gen, after = current_generation(store), store_iris(store, query)
            run_kg("add", str(spare), "--store", str(store))  # a clean run of the same add must still work
            clean = store_iris(store, query)
            seen.update(generation_before=before_gen, generation_after_kill=after_gen,
                        left_as_it_was=after == before and after_gen == before_gen,
                        switched_complete=after_gen != before_gen and after == clean)
            killed.append(seen)
            truths.append(clean)
            generations.append(current_generation(store))
            # the spare batch is in now: the next kill interrupts a replacing add of it
        # the clients go on for a little while on the last generation, then stop
        time.sleep(1.0)
        stop.set()
        for t in threads:
            t.join(120)
        wall = time.perf_counter() - began
    finally:
        server.send_signal(signal.SIGINT)
        try:
            server.wait(15)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
    # one generation's truth may repeat (a replace that changes nothing): keep each distinct set once, in order
    distinct: list[frozenset[str]] = []
    for t in truths:
        if not distinct or distinct[-1] != t:
            distinct.append(t)
    problems = check_clients(crowd, distinct)
    for k in killed:
        if k["killed"] and not (k["left_as_it_was"] or k["switched_complete"]):
            problems.append(f"kg add killed {k['after_s']} s in left the store neither as it was nor complete")
    latencies = sorted(x for c in crowd for x in c.latencies)
    seen_gens = {i for c in crowd for a in c.answers for i, t in enumerate(distinct) if t == a}
    result.update(
        requests=len(latencies), failed=sum(len(c.failures) for c in crowd),
        answers_per_client=[len(c.answers) for c in crowd],
        p50_ms=round(1000 * statistics.median(latencies), 1) if latencies else None,
        p95_ms=round(1000 * latencies[int(0.95 * (len(latencies) - 1))], 1) if latencies else None,
        max_ms=round(1000 * latencies[-1], 1) if latencies else None,
        add_s=[round(a, 1) for a in adds], wall_s=round(wall, 1),
        generations=len(distinct), generations_seen_by_clients=len(seen_gens),
        iris_first=len(distinct[0]), iris_last=len(distinct[-1]),
        kills=killed, problems=problems, ok=not problems)
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT, help="a .jsonl of articles (default: the BBC corpus)")
    ap.add_argument("--articles", type=int, default=200, help="articles put into the store (default 200)")
    ap.add_argument("--batches", type=int, default=10, help="one kg build --store, then BATCHES-1 kg add (default 10)")
    ap.add_argument("--clients", type=int, default=8, help="querying threads (default 8)")
    ap.add_argument("--kills", type=int, default=2, help="kg add runs killed at a seeded moment (default 2)")
    ap.add_argument("--max-requests", type=int, default=5000, help="per client, at most (default 5000)")
    ap.add_argument("--interval", type=float, default=0.1,
                    help="seconds each client waits between its requests (default 0.1)")
    ap.add_argument("--workers", type=int, default=2, help="kg serve --workers (default 2)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--json", action="store_true", help="print the result as JSON")
    args = ap.parse_args(argv)
    if not args.corpus.is_file():
        raise SystemExit(f"no corpus at {args.corpus}: give --corpus FILE (a .jsonl of articles)")
    with tempfile.TemporaryDirectory(prefix="kg-rw-") as tmp:
        result = run(args.corpus, args.articles, args.batches, args.clients, args.kills, args.max_requests,
                     args.seed, args.workers, Path(tmp), args.interval)
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        for key, value in result.items():
            if key not in ("problems", "kills"):
                print(f"{key}: {value}")
        for k in result["kills"]:
            print(f"kill: {k}")
        for p in result["problems"]:
            print(f"PROBLEM: {p}")
        print("ok" if result["ok"] else "FAILED")
    return 0 if result["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
