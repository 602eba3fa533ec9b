"""The first hour: the project installs cleanly (no warning from its own metadata) and ships its data files."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import zipfile

import pytest

from conftest import ROOT

#: What setuptools says about a project's own pyproject.toml (a license table, a data folder that is
#: not in the packages configuration, ...); pip's words about its indexes are not the project's.
_OWN_WARNINGS = re.compile(r"SetuptoolsDeprecationWarning|project\.license|packages configuration|"
                           r"would be ignored|_DeprecatedConfig|setup\.py install is deprecated", re.I)


@pytest.mark.slow  # builds a wheel in a subprocess
def test_the_wheel_builds_without_warnings_from_our_metadata_and_ships_the_data(tmp_path):
    # a copy, since setuptools leaves build/ and *.egg-info in the tree it builds
    src = tmp_path / "src"
    shutil.copytree(ROOT, src, ignore=shutil.ignore_patterns(".git", ".venv", "node_modules", "build", "*.egg-info",
                                                             "exports", "__pycache__", ".pytest_cache"))
    done = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-v", "-w", str(tmp_path), str(src)],
                          capture_output=True, text=True, timeout=600)
    if done.returncode and "Could not find a version that satisfies" in done.stdout + done.stderr:
        pytest.skip("pip cannot reach an index with setuptools>=77 for the build")
    assert done.returncode == 0, done.stderr[-2000:]
    own = sorted({line.strip() for line in (done.stdout + done.stderr).splitlines() if _OWN_WARNINGS.search(line)})
    assert not own, "\n".join(own)
    (wheel,) = tmp_path.glob("news_kg-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for data in ("graph/shapes.ttl", "graph/ontology.ttl", "graph/templates/page.html", "graph/templates/app.js",
                 "graph/queries/most_mentioned.rq", "graph/contract.py"):
        assert data in names, f"the wheel lacks {data}"


@pytest.mark.slow  # runs make
def test_make_test_says_whether_its_venv_is_fresh_or_reused(tmp_path):
    venv = tmp_path / "venv"
    (venv / "bin").mkdir(parents=True)
    kg = venv / "bin" / "kg"
    kg.write_text("")
    subprocess.run(["touch", "-d", "2020-01-02 03:04", str(kg)], check=True)
    dry = subprocess.run(["make", "-n", "-C", str(ROOT), "venv-note", f"VENV={venv}"], capture_output=True, text=True)
    assert "making a fresh virtual environment" in dry.stdout  # said before it is made
    subprocess.run(["touch", str(kg)], check=True)
    said = subprocess.run(["make", "-s", "-C", str(ROOT), "venv-note", f"VENV={venv}"], capture_output=True, text=True)
    assert said.stdout.strip() == f"tests run in {venv}, made just now"
    subprocess.run(["touch", "-d", "2 hours ago", str(kg)], check=True)
    said = subprocess.run(["make", "-s", "-C", str(ROOT), "-o", f"{venv}/bin/kg", "venv-note", f"VENV={venv}"],
                          capture_output=True, text=True)
    assert said.stdout.startswith(f"tests run in the existing {venv} (made ") and "'make clean test' for a fresh one" in said.stdout


def test_make_quick_runs_the_tests_not_marked_slow():
    dry = subprocess.run(["make", "-n", "-C", str(ROOT), "quick", "-o", ".venv/bin/kg", "-o", "setup"],
                         capture_output=True, text=True)
    assert '-m pytest -q -m "not slow"' in dry.stdout
