"""Load benchmark: start `kg serve` on 127.0.0.1, send a bounded mix of queries from this process, report.

    .venv/bin/python bench/load.py [GRAPH] [--requests 2000] [--concurrency 8] [--workers 2]

GRAPH defaults to exports/ (the seeds build). The server runs as a subprocess on a free port on
the loopback interface; this process sends the requests (the example queries of graph/queries/
and simple lookups: ASK, a label, an entity as JSON; GET and POST alike, in a seeded order) with
CONCURRENCY threads, then stops the server by its pid. It prints requests/s, p50/p99 latency and
the failed requests (anything but a 200) and exits 1 if any request failed.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
QUERIES = ROOT / "graph" / "queries"
BAILEY = "https://w3id.org/news-kg/id/entity/person/simon-bailey"

LOOKUPS = [
    "ASK { ?s ?p ?o }",
    f"SELECT ?label WHERE {{ <{BAILEY}> rdfs:label ?label }}",
    "SELECT ?name WHERE { ?p a kg:Person ; rdfs:label ?name } ORDER BY ?name",
    "SELECT (COUNT(?a) AS ?n) WHERE { ?a a kg:Article }",
]
ENTITY_PAGES = ["/entity/person/simon-bailey", "/entity/organization/meta"]


@dataclass
class Load:
    """What a run of `send` measured."""

    requests: int
    concurrency: int
    seconds: float
    latencies: list[float] = field(default_factory=list)  # seconds, one per request that got an answer
    failures: list[str] = field(default_factory=list)  # "status path" or the transport error

    @property
    def per_second(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    def percentile(self, p: float) -> float:
        """The p-th percentile latency in milliseconds (nearest rank)."""
        ordered = sorted(self.latencies)
        if not ordered:
            return float("nan")
        rank = max(1, min(len(ordered), round(p / 100 * len(ordered) + 0.5)))
        return ordered[rank - 1] * 1000

    def report(self) -> str:
        return (f"{self.requests} requests, {self.concurrency} concurrent, in {self.seconds:.1f} s: "
                f"{self.per_second:.0f} requests/s, p50 {self.percentile(50):.1f} ms, p99 {self.percentile(99):.1f} ms, "
                f"max {max(self.latencies, default=0) * 1000:.1f} ms, mean {statistics.fmean(self.latencies or [0]) * 1000:.1f} ms, "
                f"failed {len(self.failures)}")


def plan(n: int, seed: int = 6) -> list[tuple[str, str, dict]]:
    """``n`` requests (method, path, httpx keyword arguments): example queries and lookups, GET and POST."""
    examples = [p.read_text(encoding="utf-8") for p in sorted(QUERIES.glob("*.rq"))]
    rng = random.Random(seed)
    out = []
    for i in range(n):
        kind = rng.random()
        if kind < 0.1:
            out.append(("GET", rng.choice(ENTITY_PAGES), {"headers": {"Accept": "application/json"}}))
            continue
        query = rng.choice(examples) if kind < 0.55 else rng.choice(LOOKUPS)
        style = i % 3
        if style == 0:
            out.append(("GET", "/sparql", {"params": {"query": query}}))
        elif style == 1:
            out.append(("POST", "/sparql", {"data": {"query": query}}))
        else:
            out.append(("POST", "/sparql", {"content": query.encode("utf-8"),
                                            "headers": {"Content-Type": "application/sparql-query"}}))
    return out


def send(base: str, n: int = 2000, concurrency: int = 8, timeout: float = 60.0) -> Load:
    """Send ``n`` planned requests to the server at ``base``, ``concurrency`` at a time."""
    jobs = plan(n)
    lock = threading.Lock()
    nxt = iter(range(n))
    load = Load(n, concurrency, 0.0)

    def worker() -> None:
        with httpx.Client(base_url=base, timeout=timeout) as client:
            while True:
                with lock:
                    i = next(nxt, None)
                if i is None:
                    return
                method, path, kwargs = jobs[i]
                started = time.perf_counter()
                try:
                    r = client.request(method, path, **kwargs)
                    r.read()
                    failure = None if r.status_code == 200 else f"{r.status_code} {method} {path}: {r.text[:200]}"
                except httpx.HTTPError as exc:
                    failure = f"{type(exc).__name__} {method} {path}: {exc}"
                took = time.perf_counter() - started
                with lock:
                    load.latencies.append(took)
                    if failure:
                        load.failures.append(failure)

    threads = [threading.Thread(target=worker, name=f"load-{k}") for k in range(concurrency)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    load.seconds = time.perf_counter() - started
    return load


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve(graph: Path, workers: int) -> tuple[subprocess.Popen, str]:
    """Start `kg serve GRAPH` on a free loopback port; returns the process and its base URL once it answers."""
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "graph", "serve", str(graph), "--host", "127.0.0.1", "--port", str(port),
                             "--workers", str(workers)], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"kg serve exited with {proc.returncode}")
        try:
            if httpx.get(f"{base}/sparql", params={"query": "ASK {}"}, timeout=2).status_code == 200:
                return proc, base
        except httpx.TransportError:
            time.sleep(0.1)
    stop(proc)
    raise SystemExit("kg serve did not answer within 60 s")


def stop(proc: subprocess.Popen) -> None:
    """Ctrl+C to the server's own pid (it stops its query workers), a kill if it does not go."""
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGINT)
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("graph", nargs="?", type=Path, default=ROOT / "exports")
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2, help="kg serve --workers")
    args = parser.parse_args(argv)
    if not 1 <= args.requests <= 100_000 or not 1 <= args.concurrency <= 64:
        parser.error("keep the load bounded: 1..100000 requests, 1..64 concurrent")
    proc, base = serve(args.graph, args.workers)
    try:
        send(base, 50, args.concurrency)  # warm-up: every worker has answered once
        load = send(base, args.requests, args.concurrency)
    finally:
        stop(proc)
    print(f"kg serve {args.graph} --workers {args.workers} on {os.cpu_count()} CPUs")
    print(load.report())
    for failure in load.failures[:10]:
        print("  failed:", failure)
    return 1 if load.failures else 0


if __name__ == "__main__":
    sys.exit(main())
