"""Parallel and distributed builds: the same graph, byte for byte, whichever processes read the articles."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from graph.cli import cli
from graph.errors import InputError
from graph.using.export import FORMATS, WRITERS
from graph.building.parallel import DASK_INSTALL, batches, extract_articles
from graph.pipeline import build, extract_corpus

from conftest import ROOT


def _same_files(a, b):
    names = sorted(p.name for p in a.iterdir())
    assert names == sorted(p.name for p in b.iterdir())
    assert len(names) == len(FORMATS)
    for name in names:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


def test_two_worker_processes_build_byte_identical_exports(seeds_build, tmp_path):
    events = []
    out = tmp_path / "two"
    summary = build([ROOT / "seeds"], out, lambda d, t, s: events.append((d, t, s)), workers=2)
    assert summary.articles == 5
    _same_files(seeds_build[0], out)
    # the progress callback hears of every stage, in order, and never counts past its total
    said = [s for _, _, s in events]
    stages = ["reading the inputs", "extracting", "resolving entities", "assembling the graph",
              "converting the graph to RDF"] + [f"writing {WRITERS[f].filename}" for f in FORMATS]
    positions = [next(i for i, s in enumerate(said) if s.startswith(stage)) for stage in stages]
    assert positions == sorted(positions)
    assert all(d <= t for d, t, _ in events if t)
    assert max(d for d, t, s in events if s.startswith("extract")) == 5


def test_pool_returns_extractions_in_article_order():
    from graph.building.ingest import read_articles

    articles, _ = read_articles([ROOT / "seeds"])
    articles = articles[::-1]  # any order in, the same order out
    got = extract_articles(articles[:3], workers=2, batch_size=1)
    assert [ex.article.id for ex in got] == [a.id for a in articles[:3]]
    assert all(ex.mentions for ex in got)


def test_batches_keep_order_and_cover_everything():
    items = list(range(10))
    assert batches(items, 4) == [[0, 1, 2, 3], [4, 5, 6, 7], [8, 9]]
    assert [x for b in batches(items, 3) for x in b] == items


def test_workers_must_be_at_least_one():
    with pytest.raises(InputError, match="--workers"):
        extract_articles([], workers=0)
    result = CliRunner().invoke(cli, ["build", str(ROOT / "seeds"), "--workers", "0"])
    assert result.exit_code == 2 and "--workers" in result.output


def test_missing_dask_is_one_line_naming_the_extra(monkeypatch, tmp_path):
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed -> ImportError
    result = CliRunner().invoke(cli, ["build", str(ROOT / "seeds"), "--out", str(tmp_path / "x"), "--dask", "local"])
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("kg: error:") and DASK_INSTALL in lines[0]
    assert not (tmp_path / "x").exists()


def test_build_options_reach_the_pipeline(monkeypatch, tmp_path):
    import graph.pipeline

    seen = {}

    def fake_build(inputs, out_dir, progress=None, **options):
        seen.update(options)
        return graph.pipeline.BuildSummary(articles=0, entities_by_type={}, relations_by_type={}, quotations=0,
                                           skipped=(), out_dir=out_dir)

    monkeypatch.setattr(graph.pipeline, "build", fake_build)
    args = ["build", str(ROOT / "seeds"), "--out", str(tmp_path), "-j", "3", "--dask", "tcp://h:8786", "--max-nodes", "40",
            "--base", "https://example.org/kg/"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert seen == {"workers": 3, "dask": "tcp://h:8786", "max_nodes": 40, "store_dir": None, "base": "https://example.org/kg/",
                    "ids": None, "fresh_ids": False, "corrections": None}


def test_dask_local_cluster_of_two_workers_builds_the_same_graph(tmp_path):
    distributed = pytest.importorskip("distributed")
    from graph.using.export import export_graph
    from graph.pipeline import assemble

    corpus = tmp_path / "in"
    corpus.mkdir()
    for path in sorted((ROOT / "seeds").iterdir())[:3]:
        shutil.copy(path, corpus / path.name)
    local, _ = extract_corpus([corpus])
    export_graph(assemble(local), tmp_path / "local")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        with distributed.Client(cluster) as client:
            assert len(client.scheduler_info()["workers"]) == 2
        remote, _ = extract_corpus([corpus], dask=cluster.scheduler_address)
    assert [ex.article.id for ex in remote] == [ex.article.id for ex in local]
    assert remote == local
    export_graph(assemble(remote), tmp_path / "dask")
    _same_files(tmp_path / "local", tmp_path / "dask")


def test_every_subpackage_is_in_the_distribution():
    """Dask workers (and any non-editable install) get only the packages pyproject lists."""
    tomllib = pytest.importorskip("tomllib")  # Python 3.11+
    packages = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    if isinstance(packages, dict):  # [tool.setuptools.packages.find]: what setuptools finds is what is listed
        from setuptools import find_namespace_packages

        listed = set(find_namespace_packages(where=str(ROOT), **packages["find"]))
    else:
        listed = set(packages)
    found = {p.parent.relative_to(ROOT).as_posix().replace("/", ".") for p in (ROOT / "graph").rglob("__init__.py")}
    assert found <= listed, found - listed
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["optional-dependencies"]
    assert any(req.startswith("dask[distributed]") for req in extras["dask"])
    assert set(extras["dask"]) <= set(extras["test"])  # CI installs [test], so the Dask test runs there


def _children(pid: int) -> set[int]:
    """Process ids whose parent is ``pid`` (from /proc)."""
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.add(int(stat.parent.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads process parents from /proc (Linux)")
def test_a_killed_build_leaves_no_worker_process_behind(tmp_path):
    inputs = sorted((ROOT / "tests" / "data" / "heldout").glob("*.txt")) + sorted((ROOT / "seeds").glob("*.txt"))
    build_cmd = [sys.executable, "-m", "graph", "build", *map(str, inputs), "--out", str(tmp_path / "out"),
                 "--workers", "2", "--fresh-ids"]
    process = subprocess.Popen(build_cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        workers: set[int] = set()
        while len(workers) < 2 and time.monotonic() < deadline and process.poll() is None:
            time.sleep(0.2)
            workers = {c for c in _children(process.pid) if b"spawn_main" in Path(f"/proc/{c}/cmdline").read_bytes()}
        assert len(workers) == 2, "the build never started its two workers"
        time.sleep(1.0)  # the workers are loading the model or reading
    finally:
        process.kill()
        process.wait()
    deadline = time.monotonic() + 10
    while any(_alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not [w for w in workers if _alive(w)], "worker processes outlived the killed build"
