"""bench/sample.py and bench/scoreboard.py: a reading sample that never holds a scored article; every set in one table."""

from __future__ import annotations

import json
import sys

from conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
import sample  # noqa: E402


def _corpus(tmp_path, n=40):
    path = tmp_path / "corpus.jsonl"
    path.write_text("".join(json.dumps({"title": f"t{i}", "text": "x", "section": "tech", "id": f"bbc-tech-{i:03d}"}) + "\n"
                            for i in range(n)), encoding="utf-8")
    return path


def test_the_same_seed_gives_the_same_sample_and_exclusions_stay_out(tmp_path):
    corpus = _corpus(tmp_path)
    left_out = {f"bbc-tech-{i:03d}" for i in range(0, 40, 2)}
    first = sample.draw(3, 10, left_out, corpus)
    assert first == sample.draw(3, 10, left_out, corpus)
    assert len(first) == 10 and not {r["id"] for r in first} & left_out
    assert [r["id"] for r in first] == sorted(r["id"] for r in first)  # corpus order
    assert first != sample.draw(4, 10, left_out, corpus)


def test_every_bench_set_record_is_left_out_and_ids_are_read_from_both_kinds_of_file(tmp_path):
    held = sample.set_records()
    assert len(held) >= 90 and all(r.startswith("bbc-") for r in held)
    text = tmp_path / "a.txt"
    text.write_text("Headline\nSource: shared/corpora/bbc-news-2004-2005.jsonl, record bbc-sport-012\n", encoding="utf-8")
    assert sample.ids_in(text) == {"bbc-sport-012"}
    assert sample.ids_in(_corpus(tmp_path, 3)) == {"bbc-tech-000", "bbc-tech-001", "bbc-tech-002"}


def test_asking_for_more_than_is_left_says_so(tmp_path):
    import pytest

    with pytest.raises(SystemExit, match="only 5 are left"):
        sample.draw(1, 6, {f"bbc-tech-{i:03d}" for i in range(35)}, _corpus(tmp_path))


def test_the_scoreboard_prints_one_row_per_set_asked_for(capsys, tmp_path):
    import scoreboard

    assert scoreboard.main(["--sets", "seeds", "--json", str(tmp_path / "s.json")]) == 0
    rows = [line for line in capsys.readouterr().out.splitlines() if line.startswith("| seeds |")]
    assert len(rows) == 1 and rows[0].split("|")[2].strip() == "1.000 / 1.000"
    saved = json.loads((tmp_path / "s.json").read_text())
    assert set(saved) == {"seeds", "pooled unread"} and "errors" not in saved["seeds"]
