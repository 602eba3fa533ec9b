"""Faults: a build killed with SIGKILL at any point leaves the previous exports complete, byte for byte.

Each test copies a good build into a fresh folder (with a file of the user's own in it), starts
`python -m graph build` over it in a subprocess and kills it with SIGKILL. Deterministic kill points
come from a driver that wraps one library function so that it announces itself (a marker file) and
waits to be killed; the plain CLI is also killed at fixed delays, where it may be anywhere.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

from conftest import ROOT
from graph.using.export import export_graph

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")

NOTES = "my own notes, not an export\n"

# Runs the real CLI after wrapping one function: when the wrapped call number AT begins (or,
# with WHEN=after, returns), it writes the marker file and sleeps until the test kills it.
DRIVER = r"""
import functools, importlib, sys, time
from pathlib import Path
module, name, at, when, marker = sys.argv[1:6]
mod = importlib.import_module(module)
real = getattr(mod, name)
calls = [0]

@functools.wraps(real)
def wrapped(*args, **kwargs):
    calls[0] += 1
    if when == "before" and calls[0] == int(at):
        Path(marker).write_text("here")
        time.sleep(120)
    result = real(*args, **kwargs)
    if when == "after" and calls[0] == int(at):
        Path(marker).write_text("here")
        time.sleep(120)
    return result

setattr(mod, name, wrapped)
sys.argv = ["kg"] + sys.argv[6:]
from graph.cli import main
main()
"""


@pytest.fixture(scope="module")
def bigger_input(tmp_path_factory) -> Path:
    """The seeds twice over under other names: 10 articles, a few seconds of extraction."""
    folder = tmp_path_factory.mktemp("bigger")
    for n in range(2):
        for src in sorted((ROOT / "seeds").glob("*.txt")):
            shutil.copy(src, folder / f"{n}_{src.name}")
    return folder


@pytest.fixture(scope="module")
def new_build(bigger_input, tmp_path_factory) -> dict[str, bytes]:
    """What a complete build of the bigger input writes (to tell 'new' from 'broken')."""
    out = tmp_path_factory.mktemp("reference") / "exports"
    proc = subprocess.run([sys.executable, "-m", "graph", "build", str(bigger_input), "--out", str(out)],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    return _snapshot(out)


@pytest.fixture
def previous(seeds_build, tmp_path) -> tuple[Path, dict[str, bytes]]:
    """A good previous build in tmp_path/exports, with a user's file beside the exports."""
    out = tmp_path / "build" / "exports"
    shutil.copytree(seeds_build[0], out)
    (out / "notes.md").write_text(NOTES)
    return out, _snapshot(out)


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def _start(args: list[str], *extra: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, *args, *extra], cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, start_new_session=True)


def _wait_for(marker: Path, proc: subprocess.Popen, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while not marker.exists():
        if proc.poll() is not None:
            raise AssertionError(f"the build ended before the kill point: {proc.stderr.read().decode()}")
        assert time.monotonic() < deadline, "the build never reached the kill point"
        time.sleep(0.02)


def _kill(proc: subprocess.Popen) -> None:
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    proc.stderr.close()


def _assert_intact(out: Path, before: dict[str, bytes]) -> None:
    assert _snapshot(out) == before, "the previous exports changed"
    assert sum(1 for _ in ox.parse(path=out / "graph.nq", format=ox.RdfFormat.N_QUADS)) > 1000


def _leftovers(out: Path) -> list[str]:
    return sorted(p.name for p in out.parent.iterdir() if p.name != out.name)


@pytest.mark.parametrize("module,name,at,when", [
    ("graph.building.extract", "extract_article", 4, "before"),  # while extraction runs
    ("graph.using.export", "_write_file", 3, "after"),  # some export files written into the staging folder
    ("graph.using.export", "_exchange", 1, "before"),  # every file written, just before the folder swap
])
def test_kill_before_the_swap_leaves_the_previous_exports(previous, bigger_input, tmp_path, module, name, at, when):
    out, before = previous
    marker = tmp_path / "marker"
    proc = _start(["-c", DRIVER, module, name, str(at), when, str(marker)], "build", str(bigger_input), "--out", str(out))
    _wait_for(marker, proc)
    _kill(proc)
    _assert_intact(out, before)


def test_kill_right_after_the_swap_leaves_the_new_build_and_the_next_build_sweeps(
        previous, bigger_input, new_build, small_graph, tmp_path):
    out, _ = previous
    marker = tmp_path / "marker"
    proc = _start(["-c", DRIVER, "graph.using.export", "_exchange", "1", "after", str(marker)],
                  "build", str(bigger_input), "--out", str(out))
    _wait_for(marker, proc)
    _kill(proc)
    assert _snapshot(out) == {**new_build, "notes.md": NOTES.encode()}
    assert len(_leftovers(out)) == 1  # the old build, under the staging name, not yet removed
    # the next export removes what the killed build left behind (its process is gone)
    export_graph(small_graph, out, ["nt"])
    assert _leftovers(out) == []
    assert (out / "notes.md").read_text() == NOTES


@pytest.mark.parametrize("delay", [1.0, 3.0])
def test_plain_cli_killed_at_any_moment_leaves_old_or_new_never_a_mix(previous, bigger_input, new_build, delay):
    out, before = previous
    proc = _start(["-m", "graph", "build", str(bigger_input), "--out", str(out)])
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    proc.stderr.close()
    after = _snapshot(out)
    assert after in (before, {**new_build, "notes.md": NOTES.encode()}), sorted(
        name for name in after if after[name] != before.get(name))
