"""Store under faults: `kg query` while `kg add` writes, and writers killed with SIGKILL half-way.

A store of three seed articles is built once; each test works on a copy. Writers run as real
`python -m graph` processes; the kill points come from the driver of test_faults (it wraps one
library function so that it announces itself and waits to be killed).
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import ROOT
from graph.cli import cli
from graph.using.load import load_store
from graph.using.query import run_query
from graph.using.store import MANIFEST, current_generation
from test_faults import DRIVER, _kill, _start, _wait_for

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")

SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
COUNT = "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a kg:Article }"
CRITICS = "SELECT DISTINCT ?c ?t WHERE { ?s kg:criticises ?o . ?s rdfs:label ?c . ?o rdfs:label ?t } ORDER BY ?c ?t"

# Another process asking the real `kg query` command again and again, as fast as it can, one answer a line.
READER = r"""
import sys, time
from click.testing import CliRunner
from graph.cli import cli
store, query, seconds = sys.argv[1], sys.argv[2], float(sys.argv[3])
runner = CliRunner()
end = time.monotonic() + seconds
while time.monotonic() < end:
    r = runner.invoke(cli, ["query", store, query, "--format", "csv"])
    line = r.stdout.strip().splitlines()[-1] if r.exit_code == 0 and r.stdout.strip() else ""
    print(f"{r.exit_code}|{line}|{' '.join((r.stderr or '').split())[:300]}", flush=True)
"""


@pytest.fixture(scope="module")
def three_store(tmp_path_factory) -> Path:
    """A store of the first three seed articles, built in this process (the NLP model stays loaded)."""
    store = tmp_path_factory.mktemp("three") / "store"
    result = CliRunner().invoke(cli, ["build", *map(str, SEEDS[:3]), "--store", str(store)])
    assert result.exit_code == 0, result.output
    return store


@pytest.fixture(scope="module")
def ten_articles(tmp_path_factory) -> Path:
    """The seeds twice over under other names: extraction lasts long enough to be killed in."""
    folder = tmp_path_factory.mktemp("ten")
    for n in range(2):
        for src in SEEDS:
            shutil.copy(src, folder / f"{n}_{src.name}")
    return folder


@pytest.fixture
def store(three_store, tmp_path) -> Path:
    copy = tmp_path / "store"
    shutil.copytree(three_store, copy)
    return copy


def answers(store: Path) -> tuple[int, list[tuple[str, ...]]]:
    """How many articles, and who criticises whom: what a reader of the store is told."""
    db = load_store(store)
    n = int(run_query(db, COUNT).rows[0][0])
    critics = [tuple(map(str, row)) for row in run_query(db, CRITICS).rows]
    del db
    return n, critics


def contents(store: Path) -> dict[str, bytes]:
    """The files that make the current generation (RocksDB files are immutable once written)."""
    gen = store / current_generation(store)
    return {str(p.relative_to(store)): p.read_bytes() for p in sorted(gen.rglob("*"))
            if p.is_file() and p.name != "LOCK" and not p.name.startswith("LOG")} | {
        MANIFEST: (store / MANIFEST).read_bytes()}


# ---------------------------------------------------------------- readers during writers


def test_kg_query_while_kg_add_runs_sees_the_old_graph_or_the_new_one(store):
    three = answers(store)
    assert three[0] == 3
    writes = [
        [sys.executable, "-m", "graph", "add", *map(str, SEEDS[3:]), "--store", str(store)],  # 3 -> 5
        [sys.executable, "-m", "graph", "build", *map(str, SEEDS[:3]), "--store", str(store)],  # 5 -> 3
    ]
    cli_runs: list[subprocess.CompletedProcess] = []
    done = threading.Event()

    def cli_reader() -> None:  # the real command line, one process per query
        while not done.is_set():
            cli_runs.append(subprocess.run([sys.executable, "-m", "graph", "query", str(store), COUNT, "--format", "csv"],
                                           cwd=ROOT, capture_output=True, text=True, timeout=60))

    fast = subprocess.Popen([sys.executable, "-c", READER, str(store), COUNT, "60"], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    thread = threading.Thread(target=cli_reader)
    thread.start()
    try:
        for cmd in writes:
            w = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=120)
            assert w.returncode == 0, w.stderr
    finally:
        done.set()
        thread.join(60)
        fast.terminate()
        out, err = fast.communicate(timeout=30)
    assert answers(store)[0] == 3

    fast_lines = [line.split("|", 2) for line in out.splitlines()]
    assert len(fast_lines) > 50, err
    failures = [line for line in fast_lines if line[0] != "0" or line[1] not in ("3", "5")]
    assert not failures, failures[:5]
    seen = {line[1] for line in fast_lines}
    assert seen == {"3", "5"}, seen  # it did read across the writes, both ways
    assert len(cli_runs) > 5
    for r in cli_runs:
        assert r.returncode == 0 and r.stdout.splitlines() in (["n", "3"], ["n", "5"]), (r.stdout, r.stderr)


# ---------------------------------------------------------------- writers killed half-way

EXTRACTING = ("graph.building.extract", "extract_article", 4, "before")  # during extraction (of ten articles)
WRITING = ("graph.using.store", "_fill", 1, "after")  # the new generation in its staging folder, not yet renamed
SWITCHING = ("graph.using.store", "_write_json", 1, "before")  # the new generation in place, the manifest not yet switched
KILLS = {"extracting-build": ("build", *EXTRACTING), "extracting-add": ("add", *EXTRACTING),
         "writing-add": ("add", *WRITING), "switching-build": ("build", *SWITCHING), "switching-add": ("add", *SWITCHING)}


@pytest.mark.parametrize("command,module,name,at,when", KILLS.values(), ids=KILLS.keys())
def test_a_writer_killed_half_way_leaves_the_previous_store(store, ten_articles, tmp_path, command, module, name, at,
                                                            when):
    before, files = answers(store), contents(store)
    marker = tmp_path / "marker"
    inputs = [str(ten_articles)] if name == "extract_article" else [str(p) for p in SEEDS[3:]]
    proc = _start(["-c", DRIVER, module, name, str(at), when, str(marker)], command, *inputs, "--store", str(store))
    _wait_for(marker, proc)
    _kill(proc)

    assert answers(store) == before and before[0] == 3
    assert contents(store) == files, "the current generation changed"
    # the next writer is not blocked by the killed one's lock, and sweeps what it left behind
    result = CliRunner().invoke(cli, ["add", *map(str, SEEDS[3:]), "--store", str(store)])
    assert result.exit_code == 0, result.output
    assert answers(store)[0] == 5
    names = sorted(p.name for p in store.iterdir())
    assert names == [".lock", "gen-000001", current_generation(store), MANIFEST], names


def test_a_writer_killed_right_after_the_switch_leaves_the_new_store(store, tmp_path):
    marker = tmp_path / "marker"
    proc = _start(["-c", DRIVER, "graph.using.store", "_write_json", "1", "after", str(marker)],
                  "add", *map(str, SEEDS[3:]), "--store", str(store))
    _wait_for(marker, proc)
    _kill(proc)
    assert answers(store)[0] == 5 and current_generation(store) == "gen-000002"
    again = CliRunner().invoke(cli, ["build", *map(str, SEEDS[:3]), "--store", str(store)])
    assert again.exit_code == 0, again.output
    assert answers(store)[0] == 3


def test_a_lock_held_by_a_killed_process_does_not_block(store):
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time\nfrom pathlib import Path\nfrom graph.using.store import _writer_lock\n"
         "with _writer_lock(Path(sys.argv[1])):\n    print('held', flush=True)\n    time.sleep(120)\n", str(store)],
        cwd=ROOT, stdout=subprocess.PIPE, text=True, start_new_session=True)
    assert holder.stdout.readline().strip() == "held"
    busy = CliRunner().invoke(cli, ["add", str(SEEDS[3]), "--store", str(store)])
    assert busy.exit_code != 0 and "being written by another process" in busy.output  # refused at once, not waiting
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait(30)
    holder.stdout.close()
    started = time.monotonic()
    result = CliRunner().invoke(cli, ["add", str(SEEDS[3]), "--store", str(store)])
    assert result.exit_code == 0, result.output
    assert answers(store)[0] == 4 and time.monotonic() - started < 30
