"""NLP stage helper: the model's rule-based components read by lookup (spaCy Doc -> the same Doc with the same
POS, MORPH, LEMMA on every token as spaCy's own components set), at a fraction of their cost.

- **The attribute ruler.** spaCy's ``AttributeRuler`` runs a ``Matcher`` over every token for every one of its
  patterns (about 180 in the English models: a tag map, pronoun and auxiliary rules), testing the ``IN`` /
  ``NOT_IN`` conditions in Python, then makes a Span and a Token per match: about a tenth of the whole parse.
  Its patterns are single tokens or short fixed sequences that test a handful of token attributes, so which
  of them match a token depends only on the values of those attributes: the patterns are tried once per
  class of values (cached), and the attributes the matching patterns assign are set as the ruler sets them
  (spaCy's ``set_token_attrs``, in pattern order: a later pattern's value wins). ``use_lookup_ruler`` makes
  an AttributeRuler do that when every pattern is of that kind (attributes read by ``to_array``, plain values,
  ``IN``, ``NOT_IN``, ``REGEX``, no operators); otherwise it leaves the ruler as it is.
- **The lemmatizer.** spaCy's rule lemmatizer makes a Token for every token and computes its lemma from
  the token's text, part of speech and morphology, caching the result except for base forms (the commonest
  words: singular nouns, infinitives), which it works out again every time. ``use_lookup_lemmatizer`` makes
  it remember every lemma by (text, part of speech, morphology), the values it is a function of, and set
  the lemmas of a Doc in one ``from_array``; a token seen for the first time goes through spaCy's own code,
  whose test of each candidate form against the index of known words (lists of up to 57,000) becomes a set
  lookup instead of a scan.
"""

from __future__ import annotations

import re
from typing import Any

import numpy
from spacy.attrs import IDS, LEMMA, MORPH, ORTH, POS
from spacy.errors import Errors
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

__all__ = ["LookupAttributeRuler", "LookupLemmatizer", "use_lookup_lemmatizer", "use_lookup_ruler"]

#: The token attributes a pattern may test here: what ``Doc.to_array`` reads is what the Matcher reads.
_STRING_ATTRS = ("ORTH", "LOWER", "NORM", "TAG", "DEP", "POS", "LEMMA", "ENT_TYPE", "SHAPE", "PREFIX", "SUFFIX")
_FLAG_ATTRS = ("IS_SPACE", "IS_PUNCT", "IS_ALPHA", "IS_DIGIT", "IS_LOWER", "IS_UPPER", "IS_TITLE", "LIKE_NUM")
_ALIASES = {"TEXT": "ORTH"}
#: Combinations of values remembered (about 30,000 in 300 news articles); past this the memory starts again.
_MAX_CACHED = 500_000


class _Unsupported(Exception):
    """A pattern the lookup cannot read exactly as the Matcher does."""


def _compile_spec(spec: dict, columns: dict[str, int], strings) -> list[tuple[int, str, Any]]:
    """One token's conditions as (column, test, value) triples; columns are added to ``columns`` as met."""
    tests = []
    for key, value in spec.items():
        if not isinstance(key, str):
            raise _Unsupported(key)
        attr = _ALIASES.get(key.upper(), key.upper())
        flag = attr in _FLAG_ATTRS
        if not flag and attr not in _STRING_ATTRS:
            raise _Unsupported(key)
        col = columns.setdefault(attr, len(columns))
        if isinstance(value, dict):
            for op, arg in value.items():
                if op in ("IN", "NOT_IN") and not flag and isinstance(arg, (list, tuple)) and all(isinstance(a, str) for a in arg):
                    tests.append((col, op, frozenset(strings.add(a) for a in arg)))
                elif op == "REGEX" and not flag and isinstance(arg, str):
                    tests.append((col, "REGEX", re.compile(arg)))
                else:
                    raise _Unsupported(op)
        elif flag and isinstance(value, bool):
            tests.append((col, "==", int(value)))
        elif not flag and isinstance(value, str):
            tests.append((col, "==", strings.add(value)))
        else:
            raise _Unsupported(value)
    return tests


def _passes(tests, row, strings) -> bool:
    for col, op, value in tests:
        got = row[col]
        if op == "==":
            if got != value:
                return False
        elif op == "IN":
            if got not in value:
                return False
        elif op == "NOT_IN":
            if got in value:
                return False
        elif not value.search(strings[got]):  # REGEX, on the attribute's string, as the Matcher does
            return False
    return True


class _Table:
    """The ruler's patterns compiled for lookup, and the cache of what matches each combination of values."""

    def __init__(self, ruler: AttributeRuler) -> None:
        strings = ruler.vocab.strings
        columns: dict[str, int] = {}
        self.single: list[tuple[int, list]] = []  # (attr_id, tests)
        self.multi: list[tuple[int, int, list[list]]] = []  # (attr_id, index in the span, tests per token)
        for attr_id in range(len(ruler.attrs)):
            _, patterns = ruler.matcher.get(str(attr_id))
            index = ruler.indices[attr_id]
            for pattern in patterns:
                if not pattern or not all(isinstance(spec, dict) for spec in pattern):
                    raise _Unsupported(pattern)
                if any("OP" in spec for spec in pattern):
                    raise _Unsupported("OP")
                if not -len(pattern) <= index < len(pattern):
                    raise _Unsupported(index)  # spaCy raises E1001 on such a match: leave that to it
                compiled = [_compile_spec(spec, columns, strings) for spec in pattern]
                if len(pattern) == 1:
                    self.single.append((attr_id, compiled[0]))
                else:
                    self.multi.append((attr_id, index % len(pattern), compiled))
        self.columns = [IDS[name] for name in columns] or [IDS["ORTH"]]
        self.columns += [IDS["ORTH"]] * (2 - len(self.columns))  # to_array of one column is one-dimensional
        # values no pattern names (and that every regular expression on the column reads alike) pass the
        # same tests: one stands for all of them, so the patterns are tried once per such class
        self._named: list[set] = [set() for _ in self.columns]
        self._regexes: list[list] = [[] for _ in self.columns]
        for tests in [t for _a, t in self.single] + [t for _a, _i, specs in self.multi for t in specs]:
            for col, op, value in tests:
                if op == "==":
                    self._named[col].add(value)
                elif op == "REGEX":
                    self._regexes[col].append(value)
                else:
                    self._named[col].update(value)
        self._stand_in: list[dict] = [{} for _ in self.columns]  # column -> value -> the value standing for it
        self._others: list[dict] = [{} for _ in self.columns]  # column -> regex results -> the first such value
        self.attrs = ruler.attrs
        self.strings = strings
        self.key = (id(ruler.matcher), len(ruler.attrs))
        self._cache: dict[tuple, tuple] = {}  # a token's values -> what matches it (see info)
        self._by_class: dict[tuple, tuple] = {}  # the same, keyed by the values' stand-ins

    def _stand_in_for(self, col: int, value: int) -> int:
        got = self._stand_in[col].get(value)
        if got is None:
            if value in self._named[col]:
                got = value
            else:
                text = self.strings[value]
                got = self._others[col].setdefault(tuple(bool(r.search(text)) for r in self._regexes[col]), value)
            self._stand_in[col][value] = got
        return got

    def info(self, row: tuple) -> tuple:
        """What matches a token whose attribute values are ``row``: (attr_ids of the single-token patterns
        that match, their attributes merged in pattern order or None, the (multi-token pattern, position)
        pairs whose conditions the token meets, the multi-token patterns whose first token it can be)."""
        got = self._cache.get(row)
        if got is None:
            if len(self._cache) > _MAX_CACHED:
                self._cache.clear()
            key = tuple(self._stand_in_for(col, v) for col, v in enumerate(row))
            got = self._by_class.get(key)
            if got is None:
                got = self._by_class[key] = self._match(key)
            self._cache[row] = got
        return got

    def _match(self, row: tuple) -> tuple:
        strings = self.strings
        ids = tuple(a for a, tests in self.single if _passes(tests, row, strings))
        merged = {}
        for a in ids:
            merged.update(self.attrs[a])
        places = frozenset((p, k) for p, (_a, _i, specs) in enumerate(self.multi)
                           for k, tests in enumerate(specs) if _passes(tests, row, strings))
        return ids, merged or None, places, tuple(sorted(p for p, k in places if k == 0))

    def apply(self, doc: Doc) -> None:
        n = len(doc)
        if not n:
            return
        info = self.info
        infos = [info(row) for row in map(tuple, doc.to_array(self.columns).tolist())]
        extra: dict[int, list[int]] = {}
        multi = self.multi
        for i, (_ids, _merged, _places, starts) in enumerate(infos):
            for p in starts:  # a multi-token pattern can start here: do the next tokens follow it?
                attr_id, index, specs = multi[p]
                if i + len(specs) <= n and all((p, k) in infos[i + k][2] for k in range(1, len(specs))):
                    extra.setdefault(i + index, []).append(attr_id)
        for i, (ids, merged, _places, _starts) in enumerate(infos):
            more = extra.get(i) if extra else None
            if more:
                merged = {}
                for a in sorted(ids + tuple(more)):
                    merged.update(self.attrs[a])
            if merged:
                set_token_attrs(doc[i], merged)


class LookupAttributeRuler(AttributeRuler):
    """An AttributeRuler that reads its patterns by lookup (see the module docstring); made by ``use_lookup_ruler``."""

    _table: _Table | None = None

    def __call__(self, doc: Doc) -> Doc:
        table = self._table
        if table is None or table.key != (id(self.matcher), len(self.attrs)):
            table = self._table = _Table(self)  # patterns added or cleared since: compiled again
        try:
            table.apply(doc)
            return doc
        except Exception as e:  # as AttributeRuler.__call__
            return self.get_error_handler()(self.name, self, [doc], e)


def use_lookup_ruler(ruler: AttributeRuler) -> bool:
    """Make ``ruler`` read its patterns by lookup, when every pattern allows it; whether it does."""
    if type(ruler) is not AttributeRuler:
        return type(ruler) is LookupAttributeRuler
    try:
        table = _Table(ruler)
    except _Unsupported:
        return False
    ruler.__class__ = LookupAttributeRuler
    ruler._table = table
    return True


class LookupLemmatizer:
    """A rule Lemmatizer that remembers every lemma it made (see the module docstring); made by
    ``use_lookup_lemmatizer``, which mixes this class into the lemmatizer's own."""

    _memo: dict | None = None

    def __call__(self, doc: Doc) -> Doc:
        if not self._validated:
            self._validate_tables(Errors.E1004)
        try:
            self._lemmatize(doc)
            return doc
        except Exception as e:  # as Lemmatizer.__call__
            self.get_error_handler()(self.name, self, [doc], e)

    def _lemmatize(self, doc: Doc) -> None:
        if not len(doc):
            return
        memo = self._memo
        if memo is None or len(memo) > _MAX_CACHED:
            memo = self._memo = {}
        values = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = values[:, 3].copy()
        todo = False
        for i, (orth, pos, morph, lemma) in enumerate(values.tolist()):
            if lemma == 0:  # not set by the attribute ruler (and the lemmatizer does not overwrite)
                key = (orth, pos, morph)
                got = memo.get(key)
                if got is None:  # as Lemmatizer.__call__ does it
                    token = doc[i]
                    token.lemma_ = self.lemmatize(token)[0]
                    got = memo[key] = token.lemma
                lemmas[i] = got
                todo = True
        if todo:
            doc.from_array([LEMMA], lemmas)


class _WordList(list):
    """A list of words (the lemmatizer's index of known lemmas per part of speech, up to 57,000 words)
    whose ``in`` is a set lookup: spaCy's rule lemmatizer asks whether each candidate form is in it, a
    scan of the whole list each time. The lists are not changed after the model is loaded."""

    def __init__(self, words) -> None:
        super().__init__(words)
        self._set = frozenset(self)

    def __contains__(self, word) -> bool:
        return word in self._set


#: The lemmatizer classes whose lemma is a function of a token's text, part of speech and morphology alone.
_PURE_LEMMATIZERS = (Lemmatizer, EnglishLemmatizer)
_LOOKUP_LEMMATIZERS: dict[type, type] = {}


def use_lookup_lemmatizer(lemmatizer: Lemmatizer) -> bool:
    """Make a rule ``lemmatizer`` remember its lemmas (see the module docstring), when its lemmas depend on
    nothing else (spaCy's own rule lemmatizer or the English one, not overwriting); whether it does."""
    cls = type(lemmatizer)
    if issubclass(cls, LookupLemmatizer):
        return True
    if cls not in _PURE_LEMMATIZERS or lemmatizer.mode != "rule" or lemmatizer.overwrite:
        return False
    if lemmatizer.lemmatize.__func__ is not Lemmatizer.rule_lemmatize:
        return False
    index = lemmatizer.lookups.get_table("lemma_index", {})
    for pos, words in list(index.items()):
        if type(words) is list:
            index[pos] = _WordList(words)
    made = _LOOKUP_LEMMATIZERS.get(cls)
    if made is None:
        made = _LOOKUP_LEMMATIZERS[cls] = type(f"Lookup{cls.__name__}", (LookupLemmatizer, cls), {})
    lemmatizer.__class__ = made
    return True
