"""CPU seconds per build stage, and the sha256 of every file the build writes. A script, not a test.

    .venv/bin/python bench/stages.py seeds --record bench/results/sums-seeds.txt   # before a change
    .venv/bin/python bench/stages.py seeds --check bench/results/sums-seeds.txt    # after it: exit 1 on any byte changed
    .venv/bin/python bench/stages.py sample.jsonl --profile 25                      # and the top of a cProfile of the build

Builds the inputs in this process (one worker, ``--fresh-ids``, the build ``kg build`` runs) and
charges the CPU time (user + system) between two progress reports to the stage the first one
named: reading and extraction, resolution, assembly, the RDF conversion, each export file (and
prints the peak resident memory before the exports and in all). CPU
seconds, not wall seconds: other jobs on the machine stretch wall time but barely CPU time.
``--check`` compares every output file with the sums recorded by ``--record`` (made with the code
before a change) and names the files whose bytes differ: a speed change must not change output.
PYTHONPATH decides which checkout's ``graph`` is measured.
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import io
import os
import pstats
import resource
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # one BLAS thread, as `kg` has it (graph/cli.py)


def sums(folder: Path) -> dict[str, str]:
    """Path inside ``folder`` -> sha256, for every file in it and its subfolders (the page's ``graph_files/``)."""
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def _stage(description: str) -> str:
    """The stage a progress description belongs to ("extracting X" -> "extraction")."""
    if description.startswith(("extracting ", "extracted ", "reading the inputs")):
        return "read + extract"
    if description.startswith("writing "):
        return description[len("writing "):]
    return description


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


class StageClock:
    """A progress callback that charges CPU seconds to the stage last reported, and notes the
    process's peak resident memory when the exports begin and at the end."""

    def __init__(self) -> None:
        self.cpu: dict[str, float] = {}
        self.peak_before_exports: float | None = None
        self._stage, self._t = "start", time.process_time()

    def __call__(self, done: int, total: int, description: str) -> None:
        stage = _stage(description)
        if self.peak_before_exports is None and (stage.startswith("converting") or stage.startswith("graph.")):
            self.peak_before_exports = _peak_mib()
        self._switch(stage)

    def _switch(self, stage: str) -> None:
        now = time.process_time()
        self.cpu[self._stage] = self.cpu.get(self._stage, 0.0) + now - self._t
        self._stage, self._t = stage, now

    def stop(self) -> None:
        self._switch("end")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("inputs", nargs="+", type=Path, help="files or folders of articles, as for kg build")
    ap.add_argument("--out", type=Path, help="build into this folder (default: a temporary one)")
    ap.add_argument("--record", type=Path, help="write the sha256 sums of the output files here")
    ap.add_argument("--check", type=Path, help="compare the output files with the sums recorded here")
    ap.add_argument("--profile", type=int, metavar="N", help="also print the N costliest functions (cumulative)")
    args = ap.parse_args(argv)
    from graph.pipeline import build

    clock = StageClock()
    profiler = cProfile.Profile() if args.profile else None
    with tempfile.TemporaryDirectory() as tmp:
        out = args.out or Path(tmp) / "out"
        start = time.process_time()
        if profiler:
            profiler.enable()
        build(args.inputs, out, clock, fresh_ids=True)
        if profiler:
            profiler.disable()
        clock.stop()
        total = time.process_time() - start
        got = sums(out)
    width = max(map(len, clock.cpu))
    for stage, cpu in clock.cpu.items():
        if stage != "start" or cpu >= 0.05:
            print(f"{stage:<{width}}  {cpu:7.2f} s CPU")
    print(f"{'whole build':<{width}}  {total:7.2f} s CPU")
    print(f"peak resident memory: {clock.peak_before_exports or 0:.0f} MiB before the exports, {_peak_mib():.0f} MiB in all")
    if profiler:
        text = io.StringIO()
        pstats.Stats(profiler, stream=text).sort_stats("cumulative").print_stats(args.profile)
        print(text.getvalue())
    lines = "".join(f"{digest}  {name}\n" for name, digest in got.items())
    if args.record:
        args.record.write_text(lines, encoding="utf-8")
        print(f"recorded the sums of {len(got)} files in {args.record}")
    if args.check:
        want = {}
        for line in args.check.read_text(encoding="utf-8").splitlines():
            digest, name = line.split("  ", 1)
            want[name] = digest
        changed = sorted(name for name in want.keys() | got.keys() if want.get(name) != got.get(name))
        if changed:
            print(f"DIFFERENT from {args.check}: {', '.join(changed)}")
            return 1
        print(f"all {len(got)} files byte-identical to {args.check}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
