"""Draw a random sample of the BBC corpus for reading changes by eye, leaving out every article a bench set holds.

    python bench/sample.py --seed 7 --n 300 --out /tmp/bbc300.jsonl     # the lead's 300-article sample
    python bench/sample.py --seed 11 --n 20 --out /tmp/s.jsonl --exclude /tmp/bbc300.jsonl

Records keep the corpus's shape (title, text, section, id), so `kg build` reads the file as it reads the
corpus. Left out: every record named by a `Source:` line of bench/*/ (the blind sets, check2, dev2) and
every record of the files given with --exclude (JSONL with an "id", or text with `record <id>`), so a sample
drawn for reading never holds an article a blind key scores. The same seed and exclusions give the same file.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpora" / "bbc-news-2004-2005.jsonl"
_RECORD = re.compile(r"\brecord (bbc-[a-z]+-\d+)")


def set_records() -> set[str]:
    """The corpus ids of every article the bench sets hold (from their Source lines)."""
    return {m for path in (ROOT / "bench").glob("*/*.txt")
            for m in _RECORD.findall(path.read_text(encoding="utf-8")[:2000])}


def ids_in(path: Path) -> set[str]:
    """Corpus ids named in ``path``: a JSONL file's "id" fields, else any `record <id>` in its text."""
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".jsonl":
        return {json.loads(line)["id"] for line in text.splitlines() if line.strip()}
    return set(_RECORD.findall(text))


def draw(seed: int, n: int, exclude: set[str], corpus: Path = CORPUS) -> list[dict]:
    """``n`` records drawn with ``random.Random(seed)`` from the corpus without ``exclude``, in corpus order."""
    records = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    pool = [r for r in records if r["id"] not in exclude]
    if n > len(pool):
        raise SystemExit(f"bench/sample.py: asked for {n} records, only {len(pool)} are left after the exclusions")
    chosen = set(random.Random(seed).sample(range(len(pool)), n))
    return [r for i, r in enumerate(pool) if i in chosen]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, required=True, help="the seed of random.Random")
    ap.add_argument("--n", type=int, default=300, help="how many articles (default 300)")
    ap.add_argument("--out", type=Path, required=True, help="the JSONL file to write")
    ap.add_argument("--exclude", type=Path, nargs="*", default=[], help="files whose records to leave out too")
    args = ap.parse_args(argv)
    exclude = set_records().union(*(ids_in(p) for p in args.exclude))
    sample = draw(args.seed, args.n, exclude)
    args.out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in sample), encoding="utf-8")
    print(f"{len(sample)} articles -> {args.out} ({len(exclude)} records left out)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
