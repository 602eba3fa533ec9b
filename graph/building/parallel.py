"""Parallel extract stage: Articles -> Extractions in article order, in this process, a process pool or on Dask.

Every path runs the same per-article work (``extract_article``: one spaCy pass over the article's
paragraphs, then the rules), so where an article was read never changes what was read from it:
the graph is the same for any number of workers. Workers receive articles in batches, load the
spaCy model once, and send back only the ``Extraction`` dataclasses, never spaCy objects.
"""

from __future__ import annotations

import gc
import logging
import math
import os
import signal
import sys
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from typing import Callable, Iterator, Sequence

from ..errors import ClusterError, DependencyError, InputError
from ..model import Article, Extraction, Skipped

log = logging.getLogger(__name__)

__all__ = ["DASK_INSTALL", "extract_articles", "extract_batch", "batches", "require_dask"]

Progress = Callable[[int, int, str], None]

#: What to run when Dask is missing (named in the error message).
DASK_INSTALL = "pip install 'news-kg[dask]'"
#: Batches in flight per Dask worker: enough to keep each busy, few enough to stream a big corpus.
_DASK_WINDOW = 4

_local = threading.local()


def _pipeline():
    """This thread's spaCy pipeline, loaded on first use and then kept.

    The main thread shares ``load_pipeline``'s cached model; any other thread (a Dask worker's
    executor thread) loads its own copy, because a spaCy pipeline is not safe to share between
    threads. With one thread per worker process that is one model per worker.
    """
    nlp = getattr(_local, "nlp", None)
    if nlp is None:
        from .nlp import load_pipeline

        if threading.current_thread() is threading.main_thread():
            nlp = load_pipeline()
        else:
            nlp = load_pipeline.__wrapped__()
        _local.nlp = nlp
    return nlp


def extract_one(article: Article, nlp, paragraphs: list | None = None) -> Extraction | Skipped:
    """One article's extraction (from its parse, when ``paragraphs`` has it); an article the
    rules trip over becomes a Skipped, so one odd article never stops the batch (the same on
    every path: in process, pool or Dask)."""
    from . import extract
    from .nlp import release

    try:
        return extract.extract_article(article, nlp, paragraphs)
    except Exception as exc:  # noqa: BLE001 - logged with its traceback and reported in the summary
        log.warning("extraction failed on %s", article.source, exc_info=True)
        return Skipped(article.source, f"extraction failed ({type(exc).__name__}: {exc}); please report it")
    finally:
        if paragraphs is not None:
            release(paragraphs)  # freed now, not at the next full collection


def _parsed(nlp, articles: Sequence[Article]) -> list[list | None]:
    """The parse of each article, from one spaCy stream over all of them; None for every article
    when the stream fails (each is then parsed alone, so the odd one is found and skipped)."""
    from .nlp import parse_many

    try:
        return list(parse_many(nlp, [a.body for a in articles]))
    except Exception:  # noqa: BLE001 - retried article by article, where the failure is reported
        log.warning("parsing a batch of %d articles failed; parsing them one by one", len(articles), exc_info=True)
        return [None] * len(articles)


def extract_batch(articles: Sequence[Article]) -> list[Extraction | Skipped]:
    """Extract a batch of articles here (the task each worker process or Dask worker runs)."""
    nlp = _pipeline()
    return [extract_one(article, nlp, paras) for article, paras in zip(articles, _parsed(nlp, articles))]


def _warm(parent: int) -> None:
    """Process-pool initializer: watch the parent, then load the model before the first batch arrives."""
    if not _killed_with(parent):
        threading.Thread(target=_end_with, args=(parent,), name="kg-watch-parent", daemon=True).start()
    _pipeline()
    gc.freeze()  # the model lives as long as the worker: the collector's full passes need not scan it


def _killed_with(parent: int) -> bool:
    """On Linux, ask the kernel to kill this worker when its parent ends (``prctl(PR_SET_PDEATHSIG)``), so
    that no thread need watch for it: a second thread in the process makes spaCy's parser and entity
    recogniser dearer (see graph/cli.py). Whether that was done; elsewhere a thread watches (`_end_with`).
    The pool starts its workers from the thread that submits the batches, which lives until they are done."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        import ctypes

        if ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) != 0:
            return False
    except (OSError, AttributeError):
        return False
    if os.getppid() != parent:  # the parent ended before the kernel was asked
        os._exit(1)
    return True


_PR_SET_PDEATHSIG = 1  # linux/prctl.h


def _end_with(parent: int, every: float = 0.5) -> None:
    """End this worker once ``parent`` is gone: a `kg build` killed (SIGKILL, out of memory) leaves no
    worker behind. An orphan is adopted by another process, so its parent id changes."""
    while True:
        time.sleep(every)
        if os.getppid() != parent:
            os._exit(1)


def batches(articles: Sequence[Article], size: int) -> list[list[Article]]:
    """Consecutive batches of ``size`` articles (the last one may be shorter), in article order."""
    return [list(articles[i : i + size]) for i in range(0, len(articles), size)]


def _batch_size(n_articles: int, workers: int) -> int:
    # about eight batches per worker: the pool stays balanced at the end, pickling stays cheap
    return max(1, min(32, math.ceil(n_articles / (workers * 8))))


#: Articles parsed in one spaCy stream when extracting in this process (their Docs live together).
_IN_PROCESS_GROUP = 16


def _report(progress: Progress | None, done: int, total: int, source: str) -> None:
    if progress:
        progress(done, total, f"extracting {source}" if done < total else "extracted every article")


def extract_articles(
    articles: Sequence[Article],
    *,
    workers: int | None = None,
    dask: str | None = None,
    batch_size: int | None = None,
    progress: Progress | None = None,
) -> list[Extraction | Skipped]:
    """Extract every article, results in the order of ``articles``.

    ``workers``: processes on this machine (default 1, in this process). ``dask``: the address
    of a Dask scheduler (``tcp://host:8786``), or ``"local"`` for a local cluster of ``workers``
    processes (default: one per CPU). ``progress(done, total, description)`` is called as
    articles finish.
    """
    if workers is not None and workers < 1:
        raise InputError(f"--workers must be at least 1, got {workers}")
    if dask is not None:
        return _on_dask(list(articles), dask, workers, batch_size, progress)
    workers = workers or 1
    if workers == 1 or len(articles) <= 1:
        return _in_process(articles, progress)
    return _in_pool(list(articles), workers, batch_size or _batch_size(len(articles), workers), progress)


def _in_process(articles: Sequence[Article], progress: Progress | None) -> list[Extraction | Skipped]:
    nlp = _pipeline()
    # the model lives as long as the process: the collector's full passes need not scan it again while
    # the articles are read (CPU time only). Unfrozen at the end unless a caller had frozen objects
    # first (`pipeline.build` freezes again after the extraction and unfreezes at its own end): a
    # caller of extract_articles is not left with a frozen heap.
    frozen_before = gc.get_freeze_count()
    gc.freeze()
    try:
        out = []
        total = len(articles)
        for group in batches(articles, _IN_PROCESS_GROUP):
            for article, paras in zip(group, _parsed(nlp, group)):
                _report(progress, len(out), total, article.source)
                out.append(extract_one(article, nlp, paras))  # the Docs die here: only the Extraction is kept
            # the extractions so far live to the end too: frozen, so that the full passes made while the
            # next articles are read scan those articles' objects, not every extraction again. The
            # group's tokens and Docs are gone by now (`nlp.release`), so next to no garbage is frozen
            gc.freeze()
        _report(progress, total, total, "")
        return out
    finally:
        if not frozen_before:
            gc.unfreeze()


def _in_pool(articles: list[Article], workers: int, size: int, progress: Progress | None) -> list[Extraction | Skipped]:
    chunks = batches(articles, size)
    total = len(articles)
    out: list[Extraction | Skipped] = []
    _report(progress, 0, total, articles[0].source)
    # "spawn": a fresh interpreter per worker, safe whatever threads this process runs (the progress bar's)
    pool = ProcessPoolExecutor(max_workers=min(workers, len(chunks)), mp_context=get_context("spawn"),
                               initializer=_warm, initargs=(os.getpid(),))
    try:
        for chunk, result in zip(chunks, pool.map(extract_batch, chunks)):
            out.extend(result)
            _report(progress, len(out), total, chunk[-1].source)
    except BaseException:
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown()
    return out


# ---------------------------------------------------------------- Dask


def require_dask() -> None:
    """Raise DependencyError (with the pip command) unless dask.distributed can be imported."""
    try:
        import distributed  # noqa: F401
    except ImportError as exc:
        raise DependencyError(f"--dask needs Dask, which is not installed: {DASK_INSTALL}") from exc


def _connect(address: str, workers: int | None):
    """A Dask client for ``address`` (or a new local cluster) and whatever must be closed after it."""
    require_dask()
    import logging

    from distributed import Client, LocalCluster

    if address == "local":
        n = workers or os.cpu_count() or 1
        cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None,
                               silence_logs=logging.ERROR)
        return Client(cluster), [cluster]
    try:
        client = Client(address, timeout="10s")
    except (OSError, TimeoutError, ValueError) as exc:
        raise ClusterError(
            f"cannot reach the Dask scheduler at {address!r}: {exc}; start one with `dask scheduler` "
            "(and `dask worker ADDRESS` on each machine), or use --dask local"
        ) from exc
    return client, []


def _on_dask(articles: list[Article], address: str, workers: int | None, size: int | None,
             progress: Progress | None) -> list[Extraction | Skipped]:
    client, owned = _connect(address, workers)
    try:
        from distributed import as_completed

        n_workers = max(1, len(client.scheduler_info().get("workers", {})) or (workers or 1))
        chunks = batches(articles, size or _batch_size(len(articles), n_workers))
        results: list[list[Extraction] | None] = [None] * len(chunks)
        total, done = len(articles), 0
        _report(progress, 0, total, articles[0].source if articles else "")
        pending: Iterator[tuple[int, list[Article]]] = iter(enumerate(chunks))
        index = {}
        queue = as_completed()

        def submit_next() -> None:
            nxt = next(pending, None)
            if nxt is not None:
                future = client.submit(extract_batch, nxt[1], pure=False)
                index[future.key] = nxt[0]
                queue.add(future)

        # a sliding window of batches: the scheduler never holds the whole corpus
        for _ in range(n_workers * _DASK_WINDOW):
            submit_next()
        for future in queue:
            i = index.pop(future.key)
            try:
                results[i] = future.result()
            except Exception as exc:
                raise ClusterError(
                    f"a Dask worker failed on {chunks[i][0].source}: {type(exc).__name__}: {exc} "
                    "(every worker needs news-kg and its spaCy model installed)"
                ) from exc
            future.release()
            done += len(chunks[i])
            _report(progress, done, total, chunks[i][-1].source)
            submit_next()
        return [ex for chunk in results for ex in chunk or ()]
    finally:
        client.close()
        for thing in owned:
            thing.close()
