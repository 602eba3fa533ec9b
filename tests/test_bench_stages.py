"""bench/stages.py: CPU seconds per build stage, and its check that a change left every output byte as it was."""

from __future__ import annotations

import sys

from conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
import stages  # noqa: E402


def test_record_then_check_passes_and_a_changed_file_is_named(sample_parts, tmp_path, monkeypatch, capsys):
    import graph.pipeline as pipeline

    extractions, _ = sample_parts
    monkeypatch.setattr(pipeline, "extract_corpus", lambda *a, **k: (list(extractions), []))
    sums = tmp_path / "sums.txt"
    assert stages.main(["any", "--out", str(tmp_path / "out"), "--record", str(sums)]) == 0
    recorded = sums.read_text().splitlines()
    assert len(recorded) == 10 and any(line.endswith("  graph.nq") for line in recorded)
    said = capsys.readouterr().out
    assert "converting the graph to RDF" in said and "graph.jsonld" in said and "whole build" in said
    assert stages.main(["any", "--check", str(sums)]) == 0
    assert "all 10 files byte-identical" in capsys.readouterr().out
    sums.write_text("\n".join(line if not line.endswith("  graph.ttl") else "0" * 64 + "  graph.ttl"
                              for line in recorded) + "\n")
    assert stages.main(["any", "--check", str(sums)]) == 1
    last = capsys.readouterr().out.rstrip().splitlines()[-1]
    assert last.startswith("DIFFERENT from") and last.endswith(": graph.ttl")
