"""Pipeline: input paths -> exports. Chains ingest -> nlp/extract -> resolve -> build -> export."""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Sequence

import networkx as nx

from .build import build_graph
from .model import Extraction, Skipped

__all__ = ["BuildSummary", "extract_corpus", "assemble", "build"]

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
    out_dir: Path | None = None
    files: tuple[str, ...] = field(default_factory=tuple)


def extract_corpus(inputs: Sequence[Path], progress: Progress | None = None) -> tuple[list[Extraction], list[Skipped]]:
    """Read and extract every article (one spaCy pass per article, streamed)."""
    from .extract import extract_article
    from .ingest import read_articles
    from .nlp import load_pipeline

    articles, skipped = read_articles(inputs)
    nlp = load_pipeline()
    extractions = []
    total = len(articles)
    for i, article in enumerate(articles):
        if progress:
            progress(i, total, article.source)
        try:
            extractions.append(extract_article(article, nlp))
        except Exception as exc:  # noqa: BLE001 - one article the rules trip over must not stop the batch
            log.warning("extraction failed on %s", article.source, exc_info=True)
            skipped.append(Skipped(article.source, f"extraction failed ({type(exc).__name__}: {exc}); please report it"))
    if progress:
        progress(total, total, "")
    return extractions, skipped


def assemble(extractions: Sequence[Extraction]) -> nx.MultiDiGraph:
    """Resolve entities across articles and assemble the graph."""
    from .resolve import resolve

    resolution = resolve(extractions)
    return build_graph(list(extractions), resolution)


def summarise(g: nx.MultiDiGraph, skipped: Sequence[Skipped], out_dir: Path | None = None, files=()) -> BuildSummary:
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
        out_dir=out_dir,
        files=tuple(files),
    )


def build(inputs: Sequence[Path], out_dir: Path, progress: Progress | None = None) -> BuildSummary:
    """The main job: read `inputs`, write every export into `out_dir`, return a summary.

    When not one article could be read, nothing is written (an empty graph would only replace
    a good previous build) and the summary has ``out_dir=None``.
    """
    from .export import check_out_dir, export_graph

    check_out_dir(out_dir)
    extractions, skipped = extract_corpus(inputs, progress)
    if not extractions:
        return summarise(nx.MultiDiGraph(), skipped)
    g = assemble(extractions)
    files = export_graph(g, out_dir)
    return summarise(g, skipped, out_dir, files)
