"""Store stage: Extractions -> an on-disk pyoxigraph store folder that later articles can be added to.

Layout of a store folder::

    kg-store.json            which generation is current (replaced atomically, by a rename)
    gen-000003/oxigraph/     the graph: the same quads as graph.nq (one named graph per article)
    gen-000003/extractions.jsonl   every article's Extraction, one JSON line each, sorted by id
    gen-000003/ids.json      every entity id ever minted in the store, and the retired ones (graph.building.identity)
    .lock                    held by the one process writing (kg build --store, kg add)
    corrections.toml         the person's corrections (`kg correct`), applied by every build and add

Adding articles keeps their NLP output and re-runs only the cheap stages (resolve, build, rdf)
over all stored extractions plus the new ones, so the store always equals a full rebuild of all
its articles: entities are resolved against what is already there. Each write goes into a new
generation folder, bulk-loaded; only then does ``kg-store.json`` point at it. A reader therefore
sees the old graph or the new one, never a half-written store. The previous generation is kept
for readers that opened it just before the switch; older ones are deleted.
"""

from __future__ import annotations

import dataclasses
import gc
import json
import os
import re
import secrets
import shutil
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, Sequence

import networkx as nx
import pyoxigraph as ox

from .. import __version__
from ..errors import StoreError
from ..model import Article, Evidence, Extraction, Figure, Mention, Quotation, Relation
from ..iris import DEFAULT_BASE, check_base

if TYPE_CHECKING:
    from .rdf import CompactQuads

try:  # POSIX advisory locks; elsewhere two writers are not kept apart
    import fcntl
except ImportError:  # pragma: no cover
    fcntl = None

__all__ = [
    "MANIFEST",
    "StoreWrite",
    "is_store",
    "current_generation",
    "store_base",
    "open_store",
    "read_extractions",
    "read_registry",
    "write_store",
    "add_to_store",
    "extraction_to_dict",
    "extraction_from_dict",
]

MANIFEST = "kg-store.json"
ID_REGISTRY = "ids.json"  # in each generation: every entity id minted in the store (graph.building.identity)
FORMAT = "news-kg store"
#: Bumped when the stored Extraction records change shape; an older store must then be rebuilt.
RECORD_VERSION = 1
_GENERATION = re.compile(r"gen-(\d{6,})")


@dataclass(frozen=True)
class StoreWrite:
    """What one write to a store did."""

    store_dir: Path
    generation: str
    graph: nx.MultiDiGraph
    added: tuple[str, ...]  # article ids new to the store
    replaced: tuple[str, ...]  # article ids whose stored extraction was replaced by a newer reading
    base: str = DEFAULT_BASE  # of the minted IRIs (`kg build --store --base`), kept by every `kg add`
    quads: CompactQuads | None = field(default=None, repr=False)  # the graph's RDF as written: exports reuse it


# ---------------------------------------------------------------- Extraction <-> JSON


def extraction_to_dict(ex: Extraction) -> dict:
    """An Extraction as plain JSON-ready data (tuples become lists)."""
    return dataclasses.asdict(ex)


def _make(cls, data: dict, **nested):
    names = {f.name for f in dataclasses.fields(cls)}
    unknown = set(data) - names
    if unknown:
        raise ValueError(f"unknown {cls.__name__} fields {sorted(unknown)}")
    return cls(**{**data, **nested})


def extraction_from_dict(data: dict) -> Extraction:
    """The inverse of `extraction_to_dict` (lists back to tuples)."""
    art = data["article"]
    article = _make(Article, art, headline_span=tuple(art.get("headline_span") or (0, 0)))
    return Extraction(
        article=article,
        mentions=tuple(_make(Mention, m) for m in data.get("mentions") or ()),
        quotations=tuple(_make(Quotation, q, evidence=_make(Evidence, q["evidence"])) for q in data.get("quotations") or ()),
        relations=tuple(_make(Relation, r, evidence=_make(Evidence, r["evidence"])) for r in data.get("relations") or ()),
        figures=tuple(
            _make(Figure, f, evidence=_make(Evidence, f["evidence"]), measure_terms=tuple(f.get("measure_terms") or ()),
                  subjects=tuple(f.get("subjects") or ()))
            for f in data.get("figures") or ()
        ),
    )


def _dump_lines(extractions: Iterable[Extraction]) -> bytes:
    # ensure_ascii keeps lone surrogates and odd characters from article text round-trippable
    lines = [json.dumps(extraction_to_dict(ex), ensure_ascii=True, sort_keys=True, separators=(",", ":"))
             for ex in extractions]
    return ("\n".join(lines) + "\n").encode("ascii") if lines else b""


# ---------------------------------------------------------------- reading


def is_store(path: Path | str) -> bool:
    """True for a folder made by `write_store` (it holds kg-store.json)."""
    return (Path(path) / MANIFEST).is_file()


def _manifest(store_dir: Path) -> dict:
    path = store_dir / MANIFEST
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise StoreError(
            f"no store at {store_dir}: create one with `kg build INPUT... --store {store_dir}`"
        ) from exc
    except (OSError, ValueError) as exc:
        raise StoreError(f"cannot read {path}: {exc}; rebuild the store with `kg build --store`") from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT or not _GENERATION.fullmatch(str(data.get("current"))):
        raise StoreError(f"{path} is not a news-kg store manifest; rebuild the store with `kg build --store`")
    if data.get("records") != RECORD_VERSION:
        raise StoreError(
            f"store {store_dir} was written by another version of kg (records v{data.get('records')}, "
            f"this kg reads v{RECORD_VERSION}): rebuild it with `kg build INPUT... --store {store_dir}`"
        )
    return data


def store_base(store_dir: Path | str) -> str:
    """The base of the IRIs the store mints (chosen by `kg build --store --base`)."""
    return str(_manifest(Path(store_dir)).get("base") or DEFAULT_BASE)


def current_generation(store_dir: Path | str) -> str:
    """The name of the generation folder the store points at now."""
    return str(_manifest(Path(store_dir))["current"])


def open_store(store_dir: Path | str) -> ox.Store:
    """The store's current graph, opened read-only (any number of readers, alongside one writer)."""
    store_dir = Path(store_dir)
    data = store_dir / current_generation(store_dir) / "oxigraph"
    try:
        return ox.Store.read_only(str(data))
    except OSError as exc:
        raise StoreError(f"cannot open the store {store_dir}: {' '.join(str(exc).split())}") from exc


def read_extractions(store_dir: Path | str) -> list[Extraction]:
    """Every article's Extraction kept in the store, sorted by article id."""
    store_dir = Path(store_dir)
    path = store_dir / current_generation(store_dir) / "extractions.jsonl"
    out, n = [], 0
    try:
        with open(path, encoding="ascii") as fh:
            for n, line in enumerate(fh, 1):
                if line.strip():
                    out.append(extraction_from_dict(json.loads(line)))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        where = f"{path} line {n}" if n else str(path)
        raise StoreError(f"cannot read {where}: {exc}; rebuild the store with `kg build --store`") from exc
    return out


# ---------------------------------------------------------------- writing


@contextmanager
def _writer_lock(store_dir: Path) -> Iterator[None]:
    store_dir.mkdir(parents=True, exist_ok=True)
    with open(store_dir / ".lock", "a+b") as fh:
        if fcntl is not None:
            try:
                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError as exc:
                raise StoreError(
                    f"store {store_dir} is being written by another process (kg build/add); wait for it to finish"
                ) from exc
        try:
            yield
        finally:
            if fcntl is not None:
                fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


def _generations(store_dir: Path) -> list[str]:
    return sorted(p.name for p in store_dir.iterdir() if p.is_dir() and _GENERATION.fullmatch(p.name))


def _next_generation(store_dir: Path) -> str:
    numbers = [int(_GENERATION.fullmatch(name).group(1)) for name in _generations(store_dir)]
    return f"gen-{max(numbers, default=0) + 1:06d}"


def _write_json(path: Path, data: dict) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}-{secrets.token_hex(4)}")
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(data, fh, indent=2, sort_keys=True)
        fh.write("\n")
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def _fill(folder: Path, extractions: Sequence[Extraction], quads: Iterable[ox.Quad], ids: bytes) -> None:
    folder.mkdir()
    (folder / "extractions.jsonl").write_bytes(_dump_lines(extractions))
    (folder / ID_REGISTRY).write_bytes(ids)
    store = ox.Store(str(folder / "oxigraph"))
    store.bulk_extend(quads)  # one bulk load writes sorted files directly: nothing to compact afterwards
    store.flush()
    del store
    gc.collect()  # the RocksDB lock goes with the last reference; readers open the folder next


def _replace(store_dir: Path, extractions: Sequence[Extraction], g: nx.MultiDiGraph, base: str
             ) -> tuple[str, CompactQuads]:
    """Write a new generation and point the manifest at it; the caller holds the writer lock.
    Returns the generation and the graph's quads (`rdf.compact_quads`), for the exports to reuse."""
    from ..building.identity import registry_bytes, registry_of
    from .rdf import compact_quads

    if not is_store(store_dir):
        ours = re.compile(r"\.lock|gen-\d{6,}|\.gen-.*\.tmp-.*|corrections\.toml")  # corrections: graph.building.corrections
        leftovers = [p.name for p in store_dir.iterdir() if not ours.fullmatch(p.name)]
        if leftovers:
            raise StoreError(
                f"{store_dir} is a folder that is not a store ({len(leftovers)} other files in it); "
                "give an empty or new folder to --store"
            )
    quads = compact_quads(g, base)  # the canonical quads, made one at a time while loaded (no rdflib Dataset)
    generation = _next_generation(store_dir)
    staging = store_dir / f".{generation}.tmp-{os.getpid()}-{secrets.token_hex(4)}"
    try:
        _fill(staging, extractions, quads.quads(), registry_bytes(registry_of(g)))
        os.rename(staging, store_dir / generation)
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    previous = None
    if is_store(store_dir):
        try:
            previous = current_generation(store_dir)
        except StoreError:
            previous = None
    _write_json(store_dir / MANIFEST, {
        "format": FORMAT,
        "records": RECORD_VERSION,
        "current": generation,
        "articles": len(extractions),
        "quads": len(quads),
        "kg": __version__,
        **({} if base == DEFAULT_BASE else {"base": base}),  # a default store's manifest stays as it was
    })
    keep = {generation, previous}
    for name in _generations(store_dir):
        if name not in keep:
            shutil.rmtree(store_dir / name, ignore_errors=True)
    for stale in store_dir.glob(".gen-*.tmp-*"):  # from a writer that was killed
        shutil.rmtree(stale, ignore_errors=True)
    return generation, quads


def read_registry(store_dir: Path | str):
    """The id registry of the store's current generation (None for a store written before there was one)."""
    from ..building.identity import load_registry

    store_dir = Path(store_dir)
    path = store_dir / current_generation(store_dir) / ID_REGISTRY
    return load_registry(path) if path.is_file() else None


def write_store(extractions: Sequence[Extraction], g: nx.MultiDiGraph, store_dir: Path | str,
                base: str = DEFAULT_BASE) -> StoreWrite:
    """Make ``store_dir`` hold exactly these articles and ``g``, the graph built from them (a full build),
    minting IRIs under ``base``; returns what was written."""
    store_dir = Path(store_dir)
    check_base(base)
    if store_dir.exists() and not store_dir.is_dir():
        raise StoreError(f"cannot make a store at {store_dir}: it is a file; give a folder to --store")
    merged = {ex.article.id: ex for ex in extractions}
    ordered = [merged[k] for k in sorted(merged)]
    try:
        with _writer_lock(store_dir):
            generation, quads = _replace(store_dir, ordered, g, base)
    except OSError as exc:
        raise StoreError(f"cannot write the store {store_dir}: {exc.strerror or exc}") from exc
    return StoreWrite(store_dir, generation, g, added=tuple(sorted(merged)), replaced=(), base=base, quads=quads)


def add_to_store(extractions: Sequence[Extraction], store_dir: Path | str,
                 assemble: Callable[..., nx.MultiDiGraph]) -> StoreWrite:
    """Add articles to an existing store; an article whose id is already there replaces the stored one.

    ``assemble`` (`pipeline.assemble`) builds the graph of every stored and new article together while
    the writer lock is held, so the store then equals a full build of all its articles (same base).
    The store is handed the function, not importing it: the pipeline sits above the store.
    """
    store_dir = Path(store_dir)
    base = store_base(store_dir)  # a clear error before taking the lock if there is no store
    try:
        with _writer_lock(store_dir):
            stored = {ex.article.id: ex for ex in read_extractions(store_dir)}
            new = {ex.article.id: ex for ex in extractions}
            merged = {**stored, **new}
            ordered = [merged[k] for k in sorted(merged)]
            g = assemble(ordered, registry=read_registry(store_dir))
            generation, quads = _replace(store_dir, ordered, g, base)
    except OSError as exc:
        raise StoreError(f"cannot write the store {store_dir}: {exc.strerror or exc}") from exc
    return StoreWrite(
        store_dir,
        generation,
        g,
        added=tuple(sorted(set(new) - set(stored))),
        replaced=tuple(sorted(set(new) & set(stored))),
        base=base,
        quads=quads,
    )
