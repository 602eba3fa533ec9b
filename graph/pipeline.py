"""Pipeline: input paths -> exports and/or a store. Chains ingest -> nlp/extract -> resolve -> claims -> build -> export/store."""

from __future__ import annotations

import gc
import logging
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Sequence

import networkx as nx

from .building.build import build_graph
from .model import Extraction, Skipped
from .iris import DEFAULT_BASE, check_base

if TYPE_CHECKING:
    from .building.corrections import Correction
    from .building.identity import IdRegistry

__all__ = ["BuildSummary", "extract_corpus", "assemble", "build", "summarise", "add", "find_corrections"]

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class BuildSummary:
    """What a build made, for the CLI's closing summary."""

    articles: int
    entities_by_type: dict[str, int]
    relations_by_type: dict[str, int]
    quotations: int
    skipped: tuple[Skipped, ...]
    figures: int = 0
    figure_groups: int = 0
    conflicting_groups: int = 0
    out_dir: Path | None = None
    files: tuple[str, ...] = field(default_factory=tuple)
    store_dir: Path | None = None
    added: tuple[str, ...] = ()  # kg add: article ids new to the store
    replaced: tuple[str, ...] = ()  # kg add: article ids read again
    corrections_file: Path | None = None  # the corrections applied (graph.building.corrections), if any
    corrected: int = 0  # corrections applied
    stale_corrections: tuple[tuple[str, str], ...] = ()  # (command, why it no longer applies)


def extract_corpus(
    inputs: Sequence[Path],
    progress: Progress | None = None,
    *,
    workers: int | None = None,
    dask: str | None = None,
) -> tuple[list[Extraction], list[Skipped]]:
    """Read and extract every article, in article order (one spaCy pass per article, streamed).

    ``workers`` processes share the articles (default 1: this process); ``dask`` runs the
    extraction on a Dask scheduler's workers instead ("local" starts a local cluster).
    Whatever runs it, the extractions are the same.
    """
    from .building.ingest import read_articles
    from .building.parallel import extract_articles, require_dask

    if dask is not None:
        require_dask()  # before reading anything: the missing package is the first thing to know
    _step(progress, "reading the inputs")
    articles, skipped = read_articles(inputs)
    results = extract_articles(articles, workers=workers, dask=dask, progress=progress)
    extractions = [r for r in results if isinstance(r, Extraction)]
    skipped = list(skipped) + [r for r in results if isinstance(r, Skipped)]
    return extractions, skipped


def assemble(extractions: Sequence[Extraction], progress: Progress | None = None,
             registry: "IdRegistry | None" = None, corrections: "Sequence[Correction]" = ()) -> nx.MultiDiGraph:
    """Resolve entities across articles, apply the corrections, group their figures, and assemble
    the graph (the same whatever the order of ``extractions``).

    ``registry`` holds the ids minted by earlier builds (`graph.building.identity`): an entity it knows
    keeps its id. The graph carries the registry after this build in ``g.graph["id_registry"]``
    and the ids merged into another entity in ``g.graph["retired"]`` (old id -> survivor).
    ``corrections`` (`graph.building.corrections`) are applied after resolution, in order: the applied ones
    are in ``g.graph["corrections"]`` (their records), those that no longer apply in
    ``g.graph["stale_corrections"]`` (command, reason).
    """
    from .building.claims import group_figures
    from .building.corrections import correct_graph, correct_resolution, record
    from .building.identity import stabilise
    from .building.resolve import resolve

    ordered = sorted(extractions, key=lambda ex: ex.article.id)
    _step(progress, "resolving entities")
    prior = registry
    resolution, registry = stabilise(resolve(ordered), registry)
    outcomes, merged = [], {}
    if corrections:
        resolution, registry, outcomes, merged = correct_resolution(resolution, ordered, corrections, registry, prior)
    _step(progress, "grouping figures")
    groups = group_figures(ordered, resolution)
    _step(progress, "assembling the graph")
    g = build_graph(ordered, resolution, groups)
    g.graph["id_registry"] = registry
    g.graph["retired"] = {old: new for old, new in {**registry.retired, **merged}.items() if new in g}
    if corrections:
        outcomes += correct_graph(g, corrections)
        order = {c.id: i for i, c in enumerate(corrections)}
        outcomes.sort(key=lambda o: order[o.correction.id])
        g.graph["corrections"] = [record(o) for o in outcomes if o.stale is None]
        g.graph["stale_corrections"] = [(o.correction.command, o.stale) for o in outcomes if o.stale is not None]
    return g


def previous_registry(out_dir: Path | None, ids: Path | None = None, fresh_ids: bool = False,
                      store_dir: Path | None = None) -> "IdRegistry | None":
    """The id registry a build starts from: ``ids`` if given, else the ``ids.json`` of an earlier
    build in ``out_dir``, else the registry of the store in ``store_dir``; None with ``fresh_ids``
    (every id minted afresh from its label)."""
    from .building.identity import FILENAME, load_registry
    from .using.store import is_store, read_registry

    if ids is not None:
        return load_registry(ids)
    if fresh_ids:
        return None
    if out_dir is not None and (Path(out_dir) / FILENAME).is_file():
        return load_registry(Path(out_dir) / FILENAME)
    if store_dir is not None and is_store(store_dir):
        return read_registry(store_dir)  # the ids the store minted so far
    return None


def find_corrections(inputs: Sequence[Path], store_dir: Path | None = None, path: Path | None = None
                     ) -> "tuple[tuple[Correction, ...], Path | None]":
    """The corrections a build applies and their file: ``path`` if given (it must exist), else the
    ``corrections.toml`` of the store in ``store_dir``, else the one beside the articles (in the
    first INPUT folder, or the folder of the first INPUT file); none if there is none."""
    from .building.corrections import FILENAME, read_corrections

    if path is not None:
        return read_corrections(path), Path(path)
    candidates = [Path(store_dir) / FILENAME] if store_dir is not None else []
    for p in inputs[:1]:
        p = Path(p)
        candidates.append((p if p.is_dir() else p.parent) / FILENAME)
    for candidate in candidates:
        if candidate.is_file():
            return read_corrections(candidate), candidate
    return (), None


def _step(progress: Progress | None, description: str) -> None:
    """A stage without a count of its own: shown as a busy bar with its name."""
    if progress:
        progress(0, 0, description)


def summarise(g: nx.MultiDiGraph, skipped: Sequence[Skipped], out_dir: Path | None = None, files=(),
              store_dir: Path | None = None, added=(), replaced=(), corrections_file: Path | None = None) -> BuildSummary:
    kinds = Counter(d.get("kind") for _, d in g.nodes(data=True))
    ent_types = Counter(d["type"] for _, d in g.nodes(data=True) if d.get("kind") == "entity")
    from .model import RELATIONS

    rel_types = Counter(k for _, _, k in g.edges(keys=True) if k in RELATIONS)
    return BuildSummary(
        articles=kinds.get("article", 0),
        entities_by_type=dict(sorted(ent_types.items())),
        relations_by_type=dict(sorted(rel_types.items())),
        quotations=kinds.get("quotation", 0),
        skipped=tuple(skipped),
        figures=kinds.get("figure", 0),
        figure_groups=kinds.get("figure_group", 0),
        conflicting_groups=sum(1 for _, d in g.nodes(data=True) if d.get("kind") == "figure_group" and d.get("status") == "conflicting"),
        out_dir=out_dir,
        files=tuple(files),
        store_dir=store_dir,
        added=tuple(added),
        replaced=tuple(replaced),
        corrections_file=corrections_file,
        corrected=len(g.graph.get("corrections") or ()),
        stale_corrections=tuple(tuple(s) for s in g.graph.get("stale_corrections") or ()),
    )


def build(
    inputs: Sequence[Path],
    out_dir: Path | None,
    progress: Progress | None = None,
    store_dir: Path | None = None,
    *,
    workers: int | None = None,
    dask: str | None = None,
    max_nodes: int | None = None,
    base: str = DEFAULT_BASE,
    ids: Path | None = None,
    fresh_ids: bool = False,
    corrections: Path | None = None,
) -> BuildSummary:
    """The main job: read `inputs`, write every export into `out_dir` and/or a store into `store_dir`.

    When not one article could be read, nothing is written (an empty graph would only replace
    a good previous build) and the summary has neither ``out_dir`` nor ``store_dir``.
    ``progress(done, total, description)`` hears about every stage: the inputs, each article,
    resolution, assembly and each export file (``total`` 0 for a stage without a count).
    ``workers``/``dask`` say where extraction runs (see ``extract_corpus``; with ``workers`` > 1 a
    second process writes some export files meanwhile, see `export.export_graph`); ``max_nodes`` caps
    the starting picture of the HTML page (default ``render.DEFAULT_MAX_NODES``); ``base`` is the
    base of the minted IRIs (the paths stay; see `rdf.rebase_iri`). The exports do not depend on
    ``workers`` or ``dask``.

    Entity ids are stable (`graph.building.identity`): the build starts from the id registry ``ids``, else
    from the one an earlier build left in ``out_dir`` (or in the store), unless ``fresh_ids``.
    """
    from .using.export import check_out_dir, export_graph
    from .using.store import write_store

    check_base(base)  # a usage mistake stops before any work
    if out_dir is not None:
        check_out_dir(out_dir)
    registry = previous_registry(out_dir, ids, fresh_ids, store_dir)  # a bad registry stops before any work
    fixes, fixes_file = find_corrections(inputs, store_dir, corrections)  # so does a bad corrections file
    try:
        # what lives now lives to the end; so do the model and the extractions, which the extraction
        # freezes as it goes when this process reads the articles (and leaves frozen, as the heap was
        # frozen before it): the collection below then scans only what the last articles left
        gc.freeze()
        extractions, skipped = extract_corpus(inputs, progress, workers=workers, dask=dask)
        if not extractions:
            return summarise(nx.MultiDiGraph(), skipped)
        # the extractions, then the graph, live until the end: frozen (after one collection, so that
        # no garbage is frozen with them), the collector's later full passes skip them
        _freeze()
        g = assemble(extractions, progress, registry, fixes)
        _freeze()
        quads = None
        if store_dir is not None:
            _step(progress, "writing the store")
            quads = write_store(extractions, g, store_dir, base).quads  # the exports reuse the store's RDF
        del extractions  # the graph holds what the exports need
        files = (export_graph(g, out_dir, max_nodes=max_nodes, base=base, progress=progress, rdf=quads, workers=workers or 1)
                 if out_dir is not None else [])
        return summarise(g, skipped, out_dir, files, store_dir, corrections_file=fixes_file)
    finally:
        gc.unfreeze()


def _freeze() -> None:
    """Collect garbage, then leave every object alive now out of the collector's later passes
    (`gc.freeze`): a build's big structures live to its end, and each full pass would scan them
    again. CPU time only; ``build`` unfreezes them when it ends."""
    gc.collect()
    gc.freeze()


def add(
    inputs: Sequence[Path], store_dir: Path, progress: Progress | None = None, out_dir: Path | None = None,
    corrections: Path | None = None,
) -> BuildSummary:
    """Read `inputs` and add them to the store in `store_dir` (entities resolved against what is there).

    An article already in the store (same id) is replaced by the new reading. With `out_dir`, the
    exports of the whole updated graph are written there too. When not one article could be read,
    nothing is written (the summary has neither ``out_dir`` nor ``store_dir``). The corrections
    are those of ``corrections``, else the store's ``corrections.toml`` (see `find_corrections`).
    """
    from functools import partial

    from .using.export import check_out_dir, export_graph
    from .using.store import add_to_store, current_generation

    current_generation(store_dir)  # no NLP work before knowing that the store exists
    if out_dir is not None:
        check_out_dir(out_dir)
    fixes, fixes_file = find_corrections((), store_dir, corrections)
    extractions, skipped = extract_corpus(inputs, progress)
    if not extractions:
        return summarise(nx.MultiDiGraph(), skipped)
    _step(progress, "resolving entities with the stored articles and writing the store")
    written = add_to_store(extractions, store_dir, partial(assemble, corrections=fixes))
    files = export_graph(written.graph, out_dir, base=written.base, rdf=written.quads) if out_dir is not None else []
    return summarise(written.graph, skipped, out_dir, files, store_dir, written.added, written.replaced,
                     corrections_file=fixes_file)
