"""Query pool: SPARQL text -> QueryResult, run in worker processes that are killed at the time limit.

pyoxigraph has no query timeout (oxigraph issue #1926) and holds the thread while it evaluates,
so a runaway query can only be stopped by ending the process it runs in. Each worker loads
the graph once (a store read-only, an RDF file into memory), answers one query at a time, and
loads it again when the graph changes (a `kg add`, a rebuilt file). A query past the limit has
its worker killed and answered with `QueryTimeout`; a fresh worker is started in the
background, and the other workers go on answering meanwhile.
"""

from __future__ import annotations

import logging
import queue
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Sequence

from .. import errors
from ..errors import GraphLoadError, KGError, QueryBusy, QueryError, QueryTimeout
from .query import QueryResult, check_read_only

__all__ = ["QueryPool", "DEFAULT_TIMEOUT", "DEFAULT_MAX_ROWS", "DEFAULT_WORKERS"]

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 10.0
DEFAULT_MAX_ROWS = 10_000
DEFAULT_WORKERS = 2
LOAD_TIMEOUT = 300.0  # a worker loading a large RDF file into memory may take a while

#: Errors come back from a worker by class name, message and detail.
_ERRORS = {name: getattr(errors, name) for name in errors.__all__}


def _worker_main(conn, path: str, max_rows: int | None) -> None:
    """A worker process: load the graph, then answer (sparql, options, version) jobs until told to stop."""
    from .load import load_store, source_version
    from .query import prefixes_for, run_query

    def load():
        version = source_version(path)
        store = load_store(path)
        return version, store, prefixes_for(store)

    try:
        version, store, prefixes = load()
    except KGError as exc:
        conn.send(("error", type(exc).__name__, str(exc)))
        return
    conn.send(("ready", version))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        sparql, options, wanted = job
        try:
            if wanted != version or store is None:
                store = prefixes = version = None  # free the old graph first; a failed load is retried next time
                version, store, prefixes = load()
            result = run_query(store, sparql, max_rows=max_rows, prefixes=prefixes, **options)
            conn.send(("ok", result))
        except KGError as exc:
            conn.send(("error", type(exc).__name__, str(exc), exc.detail))
        except Exception as exc:  # noqa: BLE001 - a bug must not kill the worker silently
            conn.send(("error", "QueryError", f"query failed: {type(exc).__name__}: {exc}"))


def _worker_entry() -> None:
    """``python -c 'from graph.using.pool import _worker_entry; _worker_entry()' FD PATH MAX_ROWS``."""
    import signal

    # Ctrl+C in a terminal reaches the whole process group: the server stops its workers itself.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    fd, path, max_rows = int(sys.argv[1]), sys.argv[2], sys.argv[3]
    conn = Connection(fd)
    try:
        _worker_main(conn, path, None if max_rows == "-" else int(max_rows))
    finally:
        conn.close()


@dataclass(eq=False)  # compared and hashed by identity, kept in a set
class _Worker:
    process: subprocess.Popen
    conn: Connection
    version: str = ""
    jobs: int = field(default=0)

    def alive(self) -> bool:
        return self.process.poll() is None

    def stop(self, kill: bool = False) -> None:
        try:
            if not kill:
                try:
                    self.conn.send(None)
                except (OSError, ValueError):
                    pass
                try:
                    self.process.wait(2)
                except subprocess.TimeoutExpired:
                    pass
            if self.process.poll() is None:
                self.process.kill()
            self.process.wait(5)
        finally:
            try:
                self.conn.close()
            except OSError:
                pass


class QueryPool:
    """A few worker processes answering read-only SPARQL over the graph at ``path``.

    ``timeout`` (seconds) bounds each query, including the wait for a free worker;
    ``max_rows`` caps the rows (or triples) of each answer.
    """

    def __init__(self, path: Path | str, *, workers: int = DEFAULT_WORKERS, timeout: float = DEFAULT_TIMEOUT,
                 max_rows: int | None = DEFAULT_MAX_ROWS) -> None:
        if workers < 1:
            raise ValueError(f"workers must be at least 1, got {workers}")
        if timeout <= 0:
            raise ValueError(f"timeout must be positive, got {timeout}")
        self.path = str(path)
        self.size = workers
        self.timeout = float(timeout)
        self.max_rows = max_rows
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        self.restarts = 0

    # ------------------------------------------------------------ lifecycle

    def _spawn(self) -> _Worker:
        # A plain child process (not multiprocessing's spawn, which re-imports the caller's __main__),
        # talking over a socket pair with multiprocessing's framing.
        ours, theirs = socket.socketpair()
        code = "from graph.using.pool import _worker_entry; _worker_entry()"
        max_rows = "-" if self.max_rows is None else str(int(self.max_rows))
        try:
            process = subprocess.Popen(
                [sys.executable, "-c", code, str(theirs.fileno()), self.path, max_rows],
                pass_fds=(theirs.fileno(),), stdin=subprocess.DEVNULL, close_fds=True,
            )
        finally:
            theirs.close()
        conn = Connection(ours.detach())
        worker = _Worker(process, conn)
        if not conn.poll(LOAD_TIMEOUT):
            worker.stop(kill=True)
            raise GraphLoadError(f"a query worker took over {LOAD_TIMEOUT:g} s to load {self.path}")
        try:
            msg = conn.recv()
        except (EOFError, OSError) as exc:
            worker.stop(kill=True)
            raise GraphLoadError(f"a query worker died while loading {self.path}") from exc
        if msg[0] != "ready":
            worker.stop(kill=True)
            raise _ERRORS.get(msg[1], KGError)(msg[2])
        worker.version = msg[1]
        return worker

    def start(self) -> "QueryPool":
        """Start every worker and wait until each has loaded the graph (errors as GraphLoadError)."""
        errors: list[BaseException] = []

        def one() -> None:
            try:
                worker = self._spawn()
            except BaseException as exc:  # noqa: BLE001 - reported below, in the caller's thread
                errors.append(exc)
                return
            with self._lock:
                self._all.add(worker)
            self._idle.put(worker)

        threads = [threading.Thread(target=one, daemon=True) for _ in range(self.size)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        if errors:
            self.close()
            raise errors[0]
        return self

    def _replace(self, dead: _Worker) -> None:
        """Start a worker in place of ``dead``, in the background."""
        with self._lock:
            self._all.discard(dead)
            self.restarts += 1

        def run() -> None:
            for attempt in range(3):
                if self._closed:
                    return
                try:
                    worker = self._spawn()
                except BaseException as exc:  # noqa: BLE001
                    log.error("could not restart a query worker (attempt %d): %s", attempt + 1, exc)
                    time.sleep(1)
                    continue
                with self._lock:
                    if self._closed:
                        worker.stop()
                        return
                    self._all.add(worker)
                self._idle.put(worker)
                return

        threading.Thread(target=run, name="kg-query-respawn", daemon=True).start()

    def close(self) -> None:
        """Stop every worker."""
        self._closed = True
        with self._lock:
            workers, self._all = list(self._all), set()
        for w in workers:
            w.stop()

    def __enter__(self) -> "QueryPool":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def started(self) -> bool:
        with self._lock:
            return bool(self._all)

    def alive(self) -> int:
        """How many workers are running (busy or idle)."""
        with self._lock:
            return sum(1 for w in self._all if w.alive())

    # ------------------------------------------------------------ queries

    def run(self, sparql: str, *, version: str | None = None, default_graphs: Sequence[str] = (),
            named_graphs: Sequence[str] = ()) -> QueryResult:
        """Answer one query within the time limit (blocking; call it from a thread in async code).

        ``version`` is the graph's current `source_version`; a worker that loaded another one
        loads the graph again first. Raises QueryError (and its ReadOnlyError), QueryTimeout or QueryBusy.
        """
        if self._closed:
            raise QueryBusy("the query workers have been stopped")
        if not sparql or not sparql.strip():
            raise QueryError("empty query: give SPARQL text")
        check_read_only(sparql)  # refused here, without taking a worker
        deadline = time.monotonic() + self.timeout
        try:
            worker = self._idle.get(timeout=self.timeout)
        except queue.Empty:
            raise QueryBusy(
                f"all {self.size} query workers stayed busy for {self.timeout:g} s; try again shortly"
            ) from None
        if version is None:
            from .load import source_version

            version = source_version(self.path)
        options = {"default_graphs": tuple(default_graphs), "named_graphs": tuple(named_graphs)}
        try:
            worker.conn.send((sparql, options, version))
            ready = worker.conn.poll(max(0.0, deadline - time.monotonic()))
            msg = worker.conn.recv() if ready else None
        except (EOFError, OSError, BrokenPipeError):
            worker.stop(kill=True)
            self._replace(worker)
            raise QueryError("the query worker died while answering (out of memory?); try a smaller query") from None
        if msg is None:
            worker.stop(kill=True)
            self._replace(worker)
            raise QueryTimeout(
                f"query stopped at the time limit of {self.timeout:g} s: make it cheaper "
                "(add LIMIT, more specific patterns) or raise the limit with --timeout"
            )
        worker.jobs += 1
        worker.version = version
        self._idle.put(worker)
        if msg[0] == "ok":
            return msg[1]
        raise _ERRORS.get(msg[1], QueryError)(msg[2], detail=msg[3] if len(msg) > 3 else None)

