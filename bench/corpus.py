"""Benchmark corpus: the seed articles copied N times with their names systematically varied.

Copy ``k`` of every seed gets its own people, organisations (with matching acronyms: "National
Crime Agency (NCA)" becomes e.g. "Torvane Halbrook Agency (THA)"), places, funds and bills, so
the graph grows with the corpus instead of collapsing onto the seeds' 37 entities. Widely known
companies and products (Meta, Facebook, Instagram, WhatsApp, Microsoft, Google, Apple, TikTok)
and countries stay as they are: the hubs a real news archive has. Everything is drawn from
``random.Random(k)``, so the same N gives the same files on any machine.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

FIRST_NAMES = (
    "Alice Amir Anna Ben Carla Chen Daniel Dara Elena Emeka Fatima Felix Grace Hana Ian Ines Jack Jia "
    "Karim Kate Leo Lina Marta Mehmet Nadia Noah Olga Omar Paul Priya Rosa Ravi Sara Sean Tariq Tessa "
    "Uma Victor Wen Yusuf Zoe Agnes Bruno Cyril Delia Edgar Flora Gustav Hilda Igor Juno Kofi Lars Maeve"
).split()
_PREFIX = ("Al Bran Cal Dor El Fen Gal Hal Is Jor Kel Lor Mar Nor Or Pel Quen Ral Sel Tor Ul Val "
           "Wyn Xan Yor Zel Ash Bel Cor Dun Eb Fal Grim Hol Ing Kel Lan Mor Nev Os").split()
_MIDDLE = ("a e i o u an en in on ar er or").split()
_SUFFIX = ("brook bury croft dale ford gate ham holt hurst ley mere more ridge shaw stead stone ton "
           "well wick worth").split()
TOPICS = "Safety Harms Trust Security Standards Protection Integrity Privacy Resilience Welfare".split()


def _word(rng: random.Random) -> str:
    """A made-up proper name ("Torvane", "Elenwick"): capitalised, never an English word."""
    return rng.choice(_PREFIX) + rng.choice(_MIDDLE) + rng.choice(_SUFFIX)


def _substitutions(k: int) -> list[tuple[str, str]]:
    """(regex, replacement) pairs for copy ``k``, longest phrases first."""
    rng = random.Random(k)
    people = {old: (rng.choice(FIRST_NAMES), _word(rng)) for old in
              ("Simon Bailey", "Suella Braverman", "Mark Zuckerberg", "Robert Jones", "Andy Burrows", "Tom Tugendhat")}
    a = [_word(rng) for _ in range(6)]
    b = [_word(rng) for _ in range(6)]
    place = _word(rng)
    topic, topic2 = rng.choice(TOPICS), rng.choice(TOPICS)
    subs = [
        # organisations with acronyms: the acronym is rebuilt from the new initials
        (r"National Crime Agency", f"{a[0]} {b[0]} Agency"),
        (r"\bNCA\b", f"{a[0][0]}{b[0][0]}A"),
        (r"National Police Chiefs([’'])", f"{a[1]} Police Chiefs\\1"),
        (r"\bNPCC\b", f"{a[1][0]}PCC"),
        (r"National Society for the Prevention of Cruelty to Children",
         f"{a[2]} Society for the Prevention of {b[2]} to Children"),
        (r"\bNSPCC\b", f"{a[2][0]}SP{b[2][0]}C"),
        (r"National Cent(re|er) for Missing and Exploited Children", f"{a[3]} Cent\\1 for {b[3]} and Exploited Children"),
        (r"\bNCMEC\b", f"{a[3][0]}C{b[3][0]}EC"),
        (r"Child Exploitation and Online Protection", f"Child {b[4]} and Online Protection"),
        (r"Child Abuse Image Database", f"Child {b[5]} Image Database"),
        (r"\bCaid\b", f"C{b[5][0].lower()}id"),
        # places, media, funds, bills and events
        (r"\bNorfolk\b", place),
        (r"\bSky News\b", f"{a[4]} News"),
        (r"Online Safety Bill", f"Online {topic} Bill"),
        (r"Safety Tech Challenge Fund", f"{topic2} Tech Challenge Fund"),
        (r"\bPier21\b", f"Pier{k % 90 + 10}"),
    ]
    # people: full names first, then surnames alone ("Mr Bailey", "Bailey's"), then nicknames ("Zuck")
    for old, (first, last) in people.items():
        subs.append((re.escape(old), f"{first} {last}"))
    for old, (_, last) in people.items():
        subs.append((rf"\b{re.escape(old.split()[-1])}\b", last))
    subs.append((r"\bZuck\b", people["Mark Zuckerberg"][1][:4]))
    return subs


def vary(text: str, k: int) -> str:
    """Seed text with copy ``k``'s names."""
    for pattern, replacement in _substitutions(k):
        text = re.sub(pattern, replacement, text)
    return text


def make_corpus(n: int, out_dir: Path, seeds: Path = SEEDS) -> list[Path]:
    """Write ``n`` articles into ``out_dir`` (article i is seed i % 5, copy i // 5); return their paths.

    An existing folder holding exactly these files is reused: the corpus is a pure function of n.
    """
    seed_files = sorted(p for p in seeds.iterdir() if p.suffix == ".txt")
    texts = [p.read_text(encoding="utf-8") for p in seed_files]
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        k, s = divmod(i, len(seed_files))
        path = out_dir / f"{k:05d}_{seed_files[s].name}"
        text = vary(texts[s], k)
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
        paths.append(path)
    for stale in set(out_dir.iterdir()) - set(paths):
        stale.unlink()
    return paths
