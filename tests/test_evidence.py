"""Every evidence record of every rule carries the offsets of its cue, inside its sentence."""

from __future__ import annotations

import pytest

from graph.pipeline import build
from graph.using.load import load_store
from graph.using.query import run_query

from conftest import ROOT

_EVIDENCE = """
SELECT ?ev ?rule ?start ?end ?cs ?ce WHERE {
  ?ev a kg:Evidence ; kg:rule ?rule ; kg:start ?start ; kg:end ?end .
  OPTIONAL { ?ev kg:cueStart ?cs ; kg:cueEnd ?ce }
}
"""


@pytest.fixture(scope="module")
def dev_build(tmp_path_factory):
    out = tmp_path_factory.mktemp("dev") / "exports"
    build([ROOT / "tests" / "data" / "dev"], out)
    return out


@pytest.mark.parametrize("which", ["seeds", "dev"])
def test_every_evidence_record_has_its_cue(which, seeds_build, dev_build):
    out = seeds_build[0] if which == "seeds" else dev_build
    rows = run_query(load_store(out), _EVIDENCE).rows
    assert len(rows) > 50
    missing = sorted({r[1] for r in rows if r[4] is None})
    assert not missing, f"rules whose evidence has no cue: {missing}"
    outside = [r for r in rows if not (int(r[2]) <= int(r[4]) < int(r[5]) <= int(r[3]) + 1)]
    assert not outside, f"cues outside their sentence: {outside[:5]}"
