"""Figures: parsed paragraphs + mentions + quotations + relations -> every statistic, what it measures, when, and on whose authority.

Rules over number grammar and the dependency parse, never over particular articles:
- numbers come from one regular grammar (digits with thousands separators and decimals,
  number words, scales such as "69MILLION" or "£7.5m", percent forms, currencies, fractions
  such as "a third" or "more than half (52%)", "one in five") and from spaCy's CARDINAL,
  PERCENT, MONEY and QUANTITY entities, whose labels are not trusted ("13 per cent" is often
  MONEY): the grammar decides the value and the unit;
- not figures: years and dates, times of day, phone and reference numbers, labels ("Chapter 5",
  "Covid-19"), ages, ordinals, hyphenated modifiers ("a 10-year plan"), numbers inside names,
  time references ("the past seven years", "nine years ago") and small numbers written as
  words with nothing to hedge or scale them ("two people", "one of the most");
- what is measured: the noun the number modifies, or the noun of its of-phrase ("94% of the 69
  million images"), with its modifiers, prepositional phrases and participles but without
  dates; after a verb of change ("jumped by 13 per cent to 34,485") the verb's subject; for a
  duration, the verb phrase it belongs to ("retiring from the police");
- the period: a time expression in the measured noun phrase or in the figure's clause (climbing
  at most two clauses), resolved against the article's date when relative ("last year");
  "a month", "every year" make a rate instead;
- who states it: the quotation's speaker, else the subject of a reporting verb in the sentence,
  else the article; its source: the object of a ``cites`` relation read from the same sentence;
- a share points to its total: the figure in its of-phrase ("85 per cent of the 32 million
  referrals") or, for "those referrals", the last figure counting the same noun.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import NamedTuple, Sequence

from spacy.tokens import Doc, Span, Token

from ..model import QUALIFIERS, Article, Evidence, Figure, Relation
from ..nlp import Paragraph
from .lexicon import FIGURE_VERBS, REPORTING_VERBS
from .mentions import MentionTable
from .quotes import FoundQuote, speaker_of_subject

__all__ = ["Number", "read_number", "find_numbers", "resolve_period", "stem", "find_figures"]

# ---------------------------------------------------------------- number grammar

_ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
         "sixteen seventeen eighteen nineteen").split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_SMALL = {w: i for i, w in enumerate(_ONES)}
_TENS_VALUE = {w: 20 + 10 * i for i, w in enumerate(_TENS)}
_SCALES = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_SCALE_ABBR = {"k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9, "tn": 1e12}
_DENOMINATORS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5,
                 "fifths": 5, "sixth": 6, "sixths": 6, "eighth": 8, "eighths": 8, "tenth": 10, "tenths": 10}
_CURRENCIES = {"£": "GBP", "$": "USD", "us$": "USD", "€": "EUR", "¥": "JPY", "a$": "AUD", "c$": "CAD",
               "gbp": "GBP", "usd": "USD", "eur": "EUR", "pound": "GBP", "pounds": "GBP", "dollar": "USD",
               "dollars": "USD", "euro": "EUR", "euros": "EUR", "pence": "GBP", "cent": "USD", "cents": "USD"}
_TIME_UNITS = {"second": "seconds", "minute": "minutes", "hour": "hours", "day": "days", "week": "weeks",
               "fortnight": "weeks", "month": "months", "quarter": "quarters", "year": "years", "decade": "decades"}
_MONTHS = {m: i + 1 for i, m in enumerate(
    "january february march april may june july august september october november december".split())}
_MONTHS.update({m[:3]: n for m, n in list(_MONTHS.items())})
_MONTHS["sept"] = 9


def _alt(words) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


_WNUM = rf"(?:(?:{_alt(_TENS)})(?:[- ](?:{_alt(_ONES[1:10])}))?|{_alt(_ONES)})"
_WORDS = rf"(?:(?:{_WNUM}|an?)(?:[\s-]+(?:and[\s-]+)?(?:{_WNUM}|{_alt(_SCALES)}))*)"
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
_SCALE = rf"(?:\s*-?\s*(?:{_alt(_SCALES)})(?![\w])|(?:{_alt(_SCALE_ABBR)})(?![\w]))"
_FRACTION = rf"(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine)[\s-]+(?:{_alt(_DENOMINATORS)})|half)"
_PERCENT = r"(?:\s*%|\s*per[\s-]?cent(?![\w])|\s*percent(?![\w])|\s*pc(?![\w])|\s+percentage[\s-]points?(?![\w]))"
_QUAL = _alt(QUALIFIERS)
_FIGURE_RE = re.compile(
    rf"""(?<![\w./@#£$€¥:-])
    (?P<qual>(?:{_QUAL})\s+)?
    (?P<cur>[£$€¥]|US\$|A\$|C\$|(?:GBP|USD|EUR)\s?)?
    (?:
        (?P<ninm>(?P<n>{_WNUM}|\d+)\s+(?:in|out\s+of)\s+(?:every\s+)?(?P<m>{_WNUM}|\d+))
      | (?P<frac>{_FRACTION})(?:\s*\(\s*(?:(?:{_QUAL})\s+)?(?P<paren>{_DIGITS})(?:{_PERCENT})\s*\))?
      | (?P<digits>{_DIGITS})(?P<scale>{_SCALE})?
      | (?P<words>{_WORDS})
    )
    (?P<suffix>{_PERCENT}
      | \s*(?:GBP|USD|EUR)(?![\w])
      | \s+(?:pounds?|dollars?|euros?|pence|cents?)(?![\w])
      | \s+(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?)(?![\w-])
    )?
    (?![\w/@]|[.,:]\d|-\w)""",
    re.I | re.X,
)
_PHONE_RE = re.compile(r"(?<![\w,.])(?:\+\d{1,3}[\s-]?)?(?:\(\d{2,5}\)\s?|\d{2,5}[\s-])\d{3,4}[\s-]?\d{3,4}(?![\w,])")
_LABEL_OK = {  # capitalised words that may stand before a bare number without making it a label
    "but", "and", "the", "all", "so", "only", "just", "with", "of", "for", "to", "at", "by", "from", "as", "when",
    "while", "after", "before", "since", "until", "if", "then", "now", "there", "here", "this", "these", "those",
    "that", "another", "every", "each", "its", "their", "his", "her", "our", "my", "your", "another", "than", "is",
    "are", "was", "were", "has", "have", "had", "be", "been", "a", "an", "in", "on", "into", "nor", "or", "yet",
}
_YEAR_PREPS = {"in", "since", "by", "from", "until", "till", "of", "during", "to", "before", "after", "between",
               "and", "early", "late", "mid", "circa", "c.", "around", "through", "throughout", "for", "year"}


class Number(NamedTuple):
    """A number read from text: its value in the unit's base (a percent as 0-100, money in units)."""

    value: float
    unit: str  # percent | count | currency | duration
    unit_name: str | None = None  # currency code, or the time unit of a duration
    qualifier: str | None = None
    small_word: bool = False  # a number word up to ten with nothing to scale or hedge it ("two")
    bare: bool = False  # digits and nothing else: no qualifier, scale, unit or separator


def _words_value(text: str) -> float | None:
    total = current = 0.0
    seen = False
    for w in re.split(r"[\s-]+", text.lower()):
        if w in ("and", ""):
            continue
        if w in ("a", "an"):
            current = current or 1.0
        elif w in _SMALL:
            current += _SMALL[w]
            seen = True
        elif w in _TENS_VALUE:
            current += _TENS_VALUE[w]
            seen = True
        elif w == "hundred":
            current = (current or 1.0) * 100
            seen = True
        elif w in _SCALES:
            total += (current or 1.0) * _SCALES[w]
            current = 0.0
            seen = True
        else:
            return None
    return total + current if seen else None


def _int_or_words(text: str) -> float | None:
    return float(text) if text.isdigit() else _words_value(text)


def _number(m: re.Match) -> Number | None:
    """The Number a match of _FIGURE_RE stands for, or None when it is not one."""
    qual = m.group("qual")
    qualifier = " ".join(qual.lower().split()) if qual else None
    cur = m.group("cur")
    suffix = (m.group("suffix") or "").strip().lower()
    unit, unit_name = "count", None
    small = False
    if m.group("ninm"):
        n, d = _int_or_words(m.group("n")), _int_or_words(m.group("m"))
        if n is None or not d or d > 1000 or n >= d:
            return None
        value, unit = 100.0 * n / d, "percent"
    elif m.group("frac"):
        words = re.split(r"[\s-]+", m.group("frac").lower())
        if m.group("paren"):
            value, qualifier = float(m.group("paren").replace(",", "")), None  # the exact figure wins
        else:
            num = 1.0 if len(words) == 1 or words[0] in ("a", "an") else float(_SMALL[words[0]])
            value = round(100.0 * num / _DENOMINATORS[words[-1]], 3)
        unit = "percent"
    elif m.group("digits"):
        value = float(m.group("digits").replace(",", ""))
        scale = (m.group("scale") or "").strip(" -").lower()
        if scale:
            value *= _SCALES.get(scale) or _SCALE_ABBR[scale]
    else:
        words = m.group("words")
        value = _words_value(words)
        if value is None:
            return None
        small = value <= 10 and not re.search(_alt(_SCALES), words, re.I)
    if re.fullmatch(r"%|per[\s-]?cent|percent|pc|percentage[\s-]points?", suffix):
        if unit != "count":
            return None  # "a third per cent"
        unit, unit_name = "percent", ("percentage points" if "point" in suffix else None)
    elif suffix.rstrip("s") in ("second", "minute", "hour", "day", "week", "fortnight", "month", "year", "decade"):
        if unit != "count" or cur:
            return None
        unit, unit_name = "duration", _TIME_UNITS[suffix.rstrip("s")]
    elif suffix:
        code = _CURRENCIES.get(suffix)
        if code is None or unit != "count":
            return None
        if suffix in ("pence", "cent", "cents"):
            value /= 100.0
        unit, unit_name = "currency", code
    if cur:
        if unit not in ("count", "currency"):
            return None
        unit, unit_name = "currency", _CURRENCIES.get(cur.strip().lower(), cur.strip().upper())
    small = small and not qualifier and unit in ("count", "duration")
    bare = bool(m.group("digits")) and not (qualifier or cur or suffix or m.group("scale")) and "," not in m.group("digits")
    return Number(value=round(value, 6), unit=unit, unit_name=unit_name, qualifier=qualifier, small_word=small, bare=bare)


def read_number(text: str) -> Number | None:
    """Normalise one figure as written ("69MILLION", "13 per cent", "more than half (52%)", "£7.5m")."""
    m = _FIGURE_RE.fullmatch(text.strip())
    return _number(m) if m else None


def _word_before(text: str, start: int) -> str:
    m = re.search(r"([\w.’'&-]+)\W{0,2}$", text[max(0, start - 40):start])
    return m.group(1) if m else ""


def _excluded(text: str, start: int, end: int, number: Number, m: re.Match) -> bool:
    """Is the match at [start, end) of ``text`` something other than a figure?"""
    before = text[max(0, start - 40):start]
    after = text[end:end + 40]
    if number.small_word:
        return True  # "two people", "one of the most", "seven years"
    if m.group("frac") and not m.group("paren"):
        # "a third of", "half the", "more than half", "by a third"; not "the third sector", "the first half"
        if re.search(r"(?:first|second|last|final|the|other|latter|former)\s+$", before, re.I) and not m.group("qual"):
            return True
        if not (re.match(r"\s+(?:of|the|all|its|their|his|her|our|your|every|a|an)\b", after, re.I)
                or re.search(r"\bby\s+$", before, re.I) or m.group("qual")):
            return True
    if number.unit == "duration":
        if re.match(r"\s+(?:ago|earlier|later|before|from\s+now|old|since)\b", after, re.I):
            return True  # "nine years ago": a time reference
        if re.search(r"\b(?:past|last|next|previous|coming|first|final|recent|following|preceding|initial)\s+$", before, re.I):
            return True  # "the past seven years"
    if re.match(r"[\s-]*(?:years?|months?|weeks?)[\s-]*old\b", after, re.I) or re.search(r"\baged?\s+(?:just\s+)?$", before, re.I):
        return True  # ages
    if number.bare:
        digits = m.group("digits")
        value = number.value
        if re.fullmatch(r"\d{4}", digits) and 1800 <= value <= 2100:
            # a year, unless it counts something ("2000 people")
            prev = _word_before(text, start).lower()
            if prev in _YEAR_PREPS or not re.match(r"\s+[a-z]+s\b", after) or re.match(r"\s+(?:was|has|is|saw|sees|brings?)\b", after):
                return True
        if re.match(r"\s?(?:am|pm|a\.m\.|p\.m\.|gmt|bst|utc|hrs|h|o['’]clock)\b", after, re.I):
            return True  # a time of day
        if value <= 31 and (re.match(r",?\s+(?:of\s+)?([A-Za-z]+)", after) and re.match(r",?\s+(?:of\s+)?([A-Za-z]+)", after).group(1).lower() in _MONTHS
                            or _word_before(text, start).lower().strip(".") in _MONTHS):
            return True  # "26 March", "March 26"
        if re.search(r"\b(?:call|dial|text|phone|ring|ext\.?|extension|number|no\.?|ref\.?|reference|line|room|flight|route)\s+$", before, re.I):
            return True  # phone, reference and label numbers
        prev = _word_before(text, start)
        if prev[:1].isupper() and prev.lower() not in _LABEL_OK and re.search(r"\w\s$", before):
            return True  # "Chapter 5", "Windows 10", "Pier 21"
        if re.match(r"[.)]\s", after) and not text[:start].strip():
            return True  # a list marker at the start of a paragraph
    if m.group("words") and not m.group("qual") and text[start:start + 1].isupper() and re.match(r"\s+[A-Z]", after):
        return True  # "Five Eyes": a number word that starts a name
    return False


def find_numbers(text: str, candidates: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int, Number]]:
    """Every figure in a text as (start, end, Number), with dates, times, phone numbers, labels and ages left out.

    ``candidates`` are extra (start, end) spans to read as whole figures (a tagger's numeric
    entities), judged in the same context as everything the grammar finds by itself.
    """
    blanked = _PHONE_RE.sub(lambda m: " " * len(m.group(0)), text)
    found: dict[tuple[int, int], Number] = {}

    def take(m: re.Match) -> None:
        number = _number(m)
        if number is None or _excluded(blanked, m.start(), m.end(), number, m):
            return
        start, end = m.start(), m.end()
        while end > start and text[end - 1].isspace():
            end -= 1
        found[(start, end)] = number

    for m in _FIGURE_RE.finditer(blanked):
        take(m)
    for s, e in candidates:
        if any(a < e and s < b for a, b in found) or re.match(r"[\w-]", blanked[e:e + 1]):
            continue
        m = _FIGURE_RE.fullmatch(blanked, s, e)
        if m is not None:
            take(m)
    return [(s, e, n) for (s, e), n in sorted(found.items())]


# ---------------------------------------------------------------- periods


def _iso_month(y: int, mo: int) -> str:
    return f"{y:04d}-{mo:02d}"


def _parse_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _absolute(t: str) -> str | None:
    """An ISO period for a calendar expression ("2020", "the 1990s", "January 2021", "March 26, 2021")."""
    t = re.sub(r"^(?:the|of|in|on|during|throughout|from|between)\s+", "", t.strip())
    t = re.sub(r"^(?:the|of)\s+", "", t)
    if m := re.fullmatch(r"(\d{4})", t):
        return m.group(1)
    if m := re.fullmatch(r"(\d{3})0s", t):
        return f"{m.group(1)}0/{m.group(1)}9"
    if m := re.fullmatch(r"(?:(\d{1,2})(?:st|nd|rd|th)?\s+)?([a-z]+)\.?,?\s+(?:(\d{1,2})(?:st|nd|rd|th)?,?\s+)?(\d{4})", t):
        day, month, day2, year = m.group(1) or m.group(3), m.group(2), None, int(m.group(4))
        del day2
        if month not in _MONTHS:
            return None
        if day:
            try:
                return date(year, _MONTHS[month], int(day)).isoformat()
            except ValueError:
                return None
        return _iso_month(year, _MONTHS[month])
    return None


def resolve_period(text: str, article_date: str | None = None) -> str | None:
    """An ISO 8601 period ("2020", "2021-01", "1990/1999", "2019-10/2020-09") for a time expression.

    Relative expressions ("last year", "nine years ago", "now", "the past year") need the
    article's date; without one they give None.
    """
    t = " ".join(text.lower().replace("’", "'").split())
    t = re.sub(r"^(?:in|during|throughout|over|for|on|at|within)\s+", "", t)
    if m := re.fullmatch(r"between\s+(.+?)\s+and\s+(.+)", t):
        a, b = _absolute(m.group(1)), _absolute(m.group(2))
        if a and b and "/" not in a + b:
            return f"{a}/{b}"
    if (p := _absolute(t)) is not None:
        return p
    if m := re.fullmatch(r"since\s+(.+)", t):
        a, d = _absolute(m.group(1)), _parse_date(article_date)
        return f"{a}/{d.isoformat()}" if a and d and "/" not in a else None
    d = _parse_date(article_date)
    if d is None:
        return None
    t = re.sub(r"^the\s+", "", t)
    if t in ("last year", "previous year", "past calendar year"):
        return str(d.year - 1)
    if t in ("this year", "the current year", "current year", "so far this year"):
        return str(d.year)
    if t == "next year":
        return str(d.year + 1)
    if t in ("last month", "previous month"):
        prev = d.replace(day=1) - timedelta(days=1)
        return _iso_month(prev.year, prev.month)
    if t == "this month":
        return _iso_month(d.year, d.month)
    if t in ("now", "currently", "today", "at present", "presently", "nowadays", "at the moment"):
        return d.isoformat()
    if t == "yesterday":
        return (d - timedelta(days=1)).isoformat()
    if t in ("this week", "last week"):
        monday = d - timedelta(days=d.weekday()) - (timedelta(days=7) if t == "last week" else timedelta(0))
        return f"{monday.isoformat()}/{(monday + timedelta(days=6)).isoformat()}"
    if m := re.fullmatch(r"(?:past|last)\s+(?:(\w+)\s+)?(year|years|month|months|decade|twelve months|12 months)", t):
        n = _int_or_words(m.group(1)) if m.group(1) else 1.0
        if n is None:
            return None
        unit = m.group(2)
        days = {"year": 365, "years": 365, "month": 30, "months": 30, "decade": 3652}.get(unit, 365 if "twelve" in unit or "12" in unit else 30)
        if "twelve" in unit or "12" in unit:
            n = 1
        return f"{(d - timedelta(days=int(days * n))).isoformat()}/{d.isoformat()}"
    if m := re.fullmatch(r"(\w+)\s+years?\s+ago", t):
        n = _int_or_words(m.group(1))
        return str(d.year - int(n)) if n is not None else None
    if m := re.fullmatch(r"(first|second)\s+half\s+of\s+(this|last)\s+year", t):
        year = d.year - (m.group(2) == "last")
        return f"{year}-01/{year}-06" if m.group(1) == "first" else f"{year}-07/{year}-12"
    return None


# ---------------------------------------------------------------- words of a measure

_GENERIC = {"number", "total", "amount", "figure", "level", "proportion", "share", "percentage", "majority",
            "minority", "count", "tally", "sum", "quantity", "volume", "fraction", "portion", "part", "rate",
            "average", "estimate"}
_CHANGE_VERBS = {"rise", "jump", "increase", "fall", "drop", "grow", "decline", "decrease", "soar", "surge", "climb",
                 "plunge", "plummet", "slump", "double", "triple", "halve", "cut", "reduce", "shrink", "dip", "slide",
                 "tumble", "rocket", "spike", "go", "slash", "raise", "lower", "boost"}
_CHANGE_NOUNS = {"rise", "increase", "fall", "drop", "growth", "decline", "decrease", "cut", "reduction", "jump",
                 "surge", "hike", "dip", "slump", "boost", "raise", "change"}
_MEASURE_PREPS = {"of", "for", "to", "from", "on", "in", "into", "involving", "against", "with", "about", "across",
                  "among", "within", "under", "between", "per"}
#: Verbs whose subject is what a bare figure measures ("the number of offences jumped to 34,485", "the total was 5,000").
_LEVEL_VERBS = _CHANGE_VERBS | {"be", "reach", "total", "stand", "hit", "number", "exceed", "top", "remain", "stay"}
_RATE_WORDS = {"annually": "year", "yearly": "year", "monthly": "month", "weekly": "week", "daily": "day", "hourly": "hour"}
_CLAUSE_DEPS = {"ROOT", "ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "parataxis", "csubj", "csubjpass", "pcomp"}
_SUFFIXES = ("ically", "ually", "ally", "ual", "ly")
_MAX_MEASURE = 16


_SPELLING = {"centre": "center", "offence": "offense", "defence": "defense", "licence": "license",
             "programme": "program", "organisation": "organization", "behaviour": "behavior", "colour": "color",
             "labour": "labor", "paedophile": "pedophile", "favour": "favor", "analyse": "analyze"}


def stem(word: str) -> str:
    """A light stem for comparing measure words across articles ("sexually", "sexual", "sex" -> "sex";
    "centre" -> "center")."""
    w = word.lower().replace("’", "'")
    w = _SPELLING.get(w, w)
    w = re.sub(r"isation$", "ization", w)
    for suffix in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            return w[: -len(suffix)]
    return w


def _lemma(t: Token) -> str:
    return t.lemma_.lower()


def _is_time_unit(t: Token) -> bool:
    return _lemma(t) in _TIME_UNITS


def _subtree(tok: Token, skip: set[int]) -> list[Token]:
    """A phrase without relative clauses, appositions, numbers or excluded tokens."""
    out = [tok] if tok.i not in skip else []
    for c in tok.children:
        if (c.i in skip or c.dep_ in ("relcl", "appos", "nummod", "quantmod", "punct", "ccomp", "advcl", "parataxis", "csubj")
                or (c.dep_ == "prep" and _time_prep(c, skip))):
            continue
        out.extend(_subtree(c, skip))
    return out


def _time_prep(prep: Token, skip: set[int]) -> bool:
    return any(g.i in skip for g in prep.children if g.dep_ == "pobj")


def _noun_phrase(noun: Token, skip: set[int], clauses: bool = True) -> list[Token]:
    """The noun with its modifiers, prepositional phrases, participles and (if ``clauses``) relative clause."""
    out = [noun]
    for c in noun.children:
        if c.i in skip:
            continue
        d = c.dep_
        if c.i < noun.i and d in ("compound", "amod", "nmod", "poss", "npadvmod") and not c.like_num:
            out.extend(_subtree(c, skip))
        elif c.i > noun.i and ((d == "prep" and c.lower_ in _MEASURE_PREPS and not _time_prep(c, skip))
                               or d in ("acl", "agent")):
            out.extend(_subtree(c, skip))
        elif c.i > noun.i and d == "conj" and c.pos_ in ("NOUN", "PROPN"):
            out.extend(x for x in noun.doc[c.left_edge.i - 1 : c.i] if x.dep_ == "cc" and x.head.i in (noun.i, c.i))
            out.extend(_subtree(c, skip))
    if clauses:
        # a relative clause defines what is counted ("people who pose a threat"), if it fits whole
        for c in noun.children:
            if c.dep_ == "relcl" and c.i > noun.i and c.i not in skip:
                words = _subtree(c, skip)
                if len(out) + len(words) <= _MAX_MEASURE:
                    out.extend(words)
    return sorted({t.i: t for t in out}.values(), key=lambda t: t.i)


def _verb_words(verb: Token, noun: Token, skip: set[int]) -> list[Token]:
    """The verb that says what happens to an object ("safeguarded 6,000 children", "dealing with 850 offenders")."""
    out = [verb] + [c for c in verb.children if c.dep_ == "prt"]
    node = noun.head
    while node.i != verb.i and node.dep_ == "prep" and node.head.i == verb.i:
        out.append(node)
        node = node.head
    return [t for t in out if t.i not in skip]


def _verb_phrase(verb: Token, skip: set[int]) -> list[Token]:
    out = [verb]
    for c in verb.children:
        if c.i in skip or any(g.i in skip for g in c.subtree):
            continue
        if c.dep_ in ("prt", "dobj", "acomp", "attr", "oprd", "dative") or (c.dep_ == "prep" and c.lower_ in _MEASURE_PREPS | {"inside", "outside"}):
            out.extend(_subtree(c, skip))
    return sorted({t.i: t for t in out}.values(), key=lambda t: t.i)


def _text_of(tokens: list[Token]) -> str:
    tokens = tokens[:_MAX_MEASURE]
    while tokens and (tokens[-1].dep_ in ("prep", "cc", "det", "case", "punct", "aux") or tokens[-1].is_punct):
        tokens = tokens[:-1]
    while tokens and (tokens[0].dep_ in ("det", "cc", "punct", "prep", "predet") or tokens[0].is_punct):
        tokens = tokens[1:]
    parts = []
    for k, t in enumerate(tokens):
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        parts.append(t.text + ((t.whitespace_ if nxt is not None and nxt.i == t.i + 1 else " ") if nxt is not None else ""))
    return "".join(parts).strip()


def _terms(tokens: list[Token]) -> tuple[str, ...]:
    words = {stem(t.lemma_) for t in tokens
             if t.is_alpha and not t.is_stop and len(t.text) > 1 and t.pos_ in ("NOUN", "PROPN", "ADJ", "VERB")
             and _lemma(t) not in _GENERIC}
    return tuple(sorted(words))


# ---------------------------------------------------------------- reading one paragraph


class _Found(NamedTuple):
    start: int  # paragraph-relative characters
    end: int
    number: Number


class _Time(NamedTuple):
    tokens: frozenset[int]
    root: Token
    text: str
    period: str | None
    rate: str | None


def _clause_verb(tok: Token) -> Token:
    node = tok
    for _ in range(40):
        if node.i != tok.i and node.pos_ in ("VERB", "AUX") and node.dep_ in _CLAUSE_DEPS:
            return node
        if node.head.i == node.i:
            return node
        node = node.head
    return node


def _path_child(tok: Token, ancestor: Token) -> Token | None:
    node = tok
    for _ in range(40):
        if node.head.i == ancestor.i and node.i != ancestor.i:
            return node
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _times(doc: Doc, sent: Span, article_date: str | None, figure_tokens: set[int]) -> list[_Time]:
    out: list[_Time] = []
    used: set[int] = set()
    ents = [e for e in doc.ents if e.label_ in ("DATE", "TIME") and sent.start <= e.start < sent.end]
    k = 0
    while k < len(ents):
        e = ents[k]
        toks = set(range(e.start, e.end))
        text = e.text
        # "between October 2019 and September 2020": spaCy gives two entities
        if (k + 1 < len(ents) and e.text.lower().startswith("between") and ents[k + 1].start == e.end + 1
                and doc[e.end].lower_ == "and"):
            toks |= set(range(e.end, ents[k + 1].end))
            text = doc[e.start : ents[k + 1].end].text
            k += 1
        k += 1
        if toks & figure_tokens:
            continue
        root = doc[min(toks)] if doc[min(toks)].lower_ == "between" else doc[min(toks) : max(toks) + 1].root
        low = text.lower().strip()
        rate = None
        if m := re.fullmatch(r"(?:in\s+)?(?:a|an|per|every|each)\s+(\w+)", low):
            rate = m.group(1) if m.group(1) in _TIME_UNITS else None
        head = root.head
        if head.dep_ == "prep" and head.i == min(toks) - 1 and head.lower_ in ("in", "during", "since", "over", "between", "throughout", "until", "by", "for", "within"):
            text = f"{head.text} {text}"
            toks.add(head.i)
        out.append(_Time(frozenset(toks), root, text, None if rate else resolve_period(text, article_date), rate))
        used |= toks
    for t in sent:
        if t.i in used or t.i in figure_tokens:
            continue
        low = t.lower_
        if low in ("now", "currently", "presently", "nowadays", "today") and t.dep_ in ("advmod", "npadvmod"):
            out.append(_Time(frozenset({t.i}), t, t.text, resolve_period(low, article_date), None))
        elif low in ("previously", "formerly", "originally", "initially", "once") and t.dep_ == "advmod":
            out.append(_Time(frozenset({t.i}), t, t.text, None, None))
        elif low in _RATE_WORDS and t.pos_ in ("ADV", "ADJ"):
            out.append(_Time(frozenset({t.i}), t, t.text, None, _RATE_WORDS[low]))
        elif low in ("a", "an", "per", "every", "each") and t.i + 1 < sent.end and _is_time_unit(doc[t.i + 1]) and t.i + 1 not in used:
            out.append(_Time(frozenset({t.i, t.i + 1}), doc[t.i + 1], f"{t.text} {doc[t.i + 1].text}", None, _lemma(doc[t.i + 1])))
    return out


class _Reader:
    def __init__(self, article: Article, table: MentionTable, quotes: Sequence[FoundQuote], relations: Sequence[Relation]):
        self.article = article
        self.table = table
        self.quotes = quotes
        self.cites: dict[int, list[Relation]] = {}
        for r in relations:
            if r.predicate == "cites":
                self.cites.setdefault(r.evidence.start, []).append(r)
        self.figures: list[dict] = []

    # -- references ---------------------------------------------------------

    def _entity(self, para: Paragraph, tok: Token) -> int | None:
        j = self.table.at(para.index, tok.i)
        if j is None:
            return None
        r = self.table.resolved(j)
        if r is None:
            return None
        m = self.table.items[r]
        return r if m.kind in ("name", "group") and m.type != "Place" else None

    def _refs(self, para: Paragraph, tok: Token | None, depth: int = 0) -> list[int]:
        if tok is None or depth > 3:
            return []
        out = []
        r = self._entity(para, tok)
        if r is None and tok.lower_ in ("it", "they", "he", "she", "its", "their", "his", "her", "who"):
            j = self.table.at(para.index, tok.i)
            r = self.table.resolved(j) if j is not None else None
        if r is not None:
            out.append(r)
        else:
            for c in tok.children:
                if c.dep_ in ("poss", "compound") and c.i < tok.i:
                    out.extend(self._refs(para, c, depth + 1))
        for c in tok.children:
            if c.dep_ in ("conj", "appos"):
                out.extend(self._refs(para, c, depth + 1))
        return list(dict.fromkeys(out))

    def _quote_at(self, para: Paragraph, pos: int) -> FoundQuote | None:
        for q in self.quotes:
            if q.para == para.index and q.start <= pos < q.end:
                return q
        return None

    def _stated_by(self, para: Paragraph, sent: Span, root: Token) -> int | None:
        best = None
        for v in sent:
            if v.pos_ not in ("VERB", "AUX") or _lemma(v) not in REPORTING_VERBS | FIGURE_VERBS or v.i == root.i:
                continue
            if self._quote_at(para, para.offset + v.idx) is not None:
                continue
            if any(c.dep_ == "neg" for c in v.children):
                continue
            subs = [c for c in v.children if c.dep_ == "nsubj"]
            if not subs or root.i in {g.i for g in subs[0].subtree}:
                continue
            governs = v.i in {a.i for a in root.ancestors}
            if not governs and v.i > root.i:
                continue  # "X, who ... after 35 years, said he believes ...": "believes" says nothing about the figure
            if governs and _path_child(root, v).dep_ not in ("ccomp", "xcomp", "parataxis", "dobj", "advcl"):
                continue  # "had shown a disregard and had broken ... on four counts": not a report of the figure
            who = speaker_of_subject(self.table, para, subs[0])
            if who is None or self.table.items[who].kind not in ("name", "group"):
                continue
            key = (not governs, abs(v.i - root.i))
            if best is None or key < best[0]:
                best = (key, who)
        return best[1] if best else None

    def _source(self, ev_start: int, stated: int | None, quoted: bool, pos: int) -> int | None:
        want = stated if quoted else None
        hits = [r for r in self.cites.get(ev_start, ()) if r.subject == want]
        if not hits:
            return None
        resolved = self.table.resolved
        return min(hits, key=lambda r: (stated is None or resolved(r.object) != resolved(stated),
                                        abs((r.evidence.cue_start or r.evidence.start) - pos), r.object)).object

    # -- one figure -----------------------------------------------------------

    def read(self, para: Paragraph, found: list[_Found]) -> None:
        doc = para.doc
        spans: list[tuple[_Found, Span]] = []
        for f in found:
            span = doc.char_span(f.start, f.end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            if any(t.ent_type_ in ("DATE", "TIME") for t in span) and f.number.unit not in ("duration", "percent", "currency") and f.number.bare:
                continue  # a year or a day of the month the grammar could not tell from a count
            if any(t.like_url or t.text.startswith(("@", "#")) for t in span):
                continue
            if any((j := self.table.at(para.index, t.i)) is not None and self.table.items[j].kind == "name" for t in span):
                continue  # inside a name ("Five Eyes", "Formula 1")
            spans.append((f, span))
        figure_tokens = {t.i for _, s in spans for t in s}
        by_sent: dict[int, list[_Time]] = {}
        for f, span in spans:
            sent = span.sent
            if sent.start not in by_sent:
                by_sent[sent.start] = _times(doc, sent, self.article.date, figure_tokens)
            self._figure(para, f, span, sent, by_sent[sent.start], spans, figure_tokens)

    def _figure(self, para: Paragraph, f: _Found, span: Span, sent: Span, times: list[_Time],
                spans: list[tuple[_Found, Span]], figure_tokens: set[int]) -> None:
        doc = para.doc
        number = f.number
        root = span.root
        own = {t.i for t in span}
        time_tokens = {i for t in times for i in t.tokens}
        skip = figure_tokens | time_tokens
        verb = _clause_verb(root)
        child = _path_child(root, verb)
        change = False
        noun, via = None, None
        # the noun the number modifies ("850,000 people"), unless it is a rate ("250,000 every month")
        if (root.dep_ in ("nummod", "quantmod", "amod", "compound", "nmod", "npadvmod", "advmod", "det", "appos")
                and root.head.i not in own and root.head.pos_ in ("NOUN", "PROPN") and root.head.i > root.i
                and not (_is_time_unit(root.head) and root.head.i in time_tokens)):
            noun, via = root.head, "modifies"
        if noun is None or number.unit == "percent":
            of = [c for t in span for c in t.children if c.dep_ == "prep" and c.lower_ == "of" and c.i not in own]
            if not of and span.end < sent.end and doc[span.end].lower_ == "of":
                of = [doc[span.end]]
            pobj = [g for c in of for g in c.children if g.dep_ == "pobj"]
            if pobj:
                noun, via = pobj[0], "of"
        if noun is not None and _lemma(noun) in _CHANGE_NOUNS:
            change = True
        stray = [c for t in span for c in t.children if c.dep_ in ("relcl", "acl") and noun is not None and via == "of" and c.i > noun.i]
        # "a rate of 250,000 every month": the parser hangs the number on its rate word
        anchor = root.head if (root.dep_ == "nummod" and root.head.i in time_tokens and _is_time_unit(root.head)) else root
        if noun is None and anchor.dep_ == "pobj" and anchor.head.lower_ == "of" and anchor.head.head.pos_ == "NOUN":
            n = anchor.head.head  # "a rise of 4.5 per cent", "a rate of 250,000 a month", "a fine of £7.5m"
            if _lemma(n) in _CHANGE_NOUNS:
                noun, via, change = n, "of-head", True
            elif _lemma(n) not in _GENERIC:
                noun, via = n, "of-head"
            elif n.dep_ == "pobj" and n.head.head.pos_ == "VERB" and _lemma(n.head.head) in _CHANGE_VERBS:
                verb, change = n.head.head, True
        if _lemma(verb) in _CHANGE_VERBS and child is not None and noun is None:
            if (child.dep_ == "prep" and child.lower_ == "by") or child.dep_ in ("dobj", "npadvmod", "advmod"):
                change = True
        # the subject of the clause, when the figure is not in it
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.lower_ in ("which", "who", "that") and verb.dep_ == "relcl":
            subj = verb.head
        if subj is None and verb.dep_ in ("relcl", "acl"):
            subj = verb.head
        if subj is not None and subj.dep_ == "pobj" and subj.head.lower_ == "of" and subj.head.head.pos_ == "NOUN" and verb.dep_ == "relcl":
            subj = subj.head.head  # "images of child sexual abuse, which is increasing": the images
        in_subject = child is not None and child.dep_ in ("nsubj", "nsubjpass", "csubj", "expl")
        measure_tokens: list[Token]
        bland = _lemma(verb) in ("be", "have") or _lemma(verb) in REPORTING_VERBS or verb.pos_ not in ("VERB", "AUX")
        if number.unit == "duration":
            measure_tokens = _verb_phrase(verb, skip | ({subj.i} if subj is not None else set()))
            if subj is not None and subj.pos_ == "NOUN" and self._entity(para, subj) is None and not in_subject:
                measure_tokens += [subj] + [c for c in subj.children if c.dep_ in ("compound", "amod") and c.i < subj.i]
            measure_tokens = sorted({t.i: t for t in measure_tokens}.values(), key=lambda t: t.i)
            head = stem(verb.lemma_)
        else:
            if (noun is None and subj is not None and not in_subject and subj.pos_ in ("NOUN", "PROPN")
                    and self._entity(para, subj) is None and (_lemma(verb) in _LEVEL_VERBS or change)):
                noun, via = subj, "subject"
            if noun is not None and _lemma(noun) in _GENERIC and noun.tag_ != "NNS":
                inner = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
                if inner:
                    noun = inner[0]
            if noun is not None:
                measure_tokens = _noun_phrase(noun, skip)
                head = stem(noun.lemma_)
                for c in stray:  # "78 per cent of members who took part": the parser hangs the clause on the number
                    words = _subtree(c, skip)
                    if len(measure_tokens) + len(words) <= _MAX_MEASURE:
                        measure_tokens = sorted({t.i: t for t in measure_tokens + words}.values(), key=lambda t: t.i)
                if len(_terms(measure_tokens)) <= 1 and not bland and via == "modifies":
                    # a bare noun ("6,000 children"): the verb says what is counted
                    extra = (_verb_phrase(verb, skip | {g.i for g in noun.subtree}) if in_subject
                             else _verb_words(verb, noun, skip))
                    measure_tokens = sorted({t.i: t for t in measure_tokens + extra}.values(), key=lambda t: t.i)
            else:
                measure_tokens = _verb_phrase(verb, skip) if verb.pos_ in ("VERB", "AUX") else []
                head = stem(verb.lemma_) if measure_tokens else ""
                for c in (c for t in span for c in t.children):  # "$58 billion in assets"
                    if c.dep_ == "prep" and c.i not in own and c.lower_ in _MEASURE_PREPS and not _time_prep(c, skip):
                        measure_tokens = sorted({t.i: t for t in measure_tokens + _subtree(c, skip)}.values(), key=lambda t: t.i)
        measure = _text_of(measure_tokens)
        terms = tuple(sorted(set(_terms(measure_tokens)) | ({head} if head else set())))
        # period and rate
        period = None
        candidates = [t for t in times if t.rate is None]
        if noun is not None:
            inside = {g.i for g in noun.subtree} | {g.i for c in stray for g in c.subtree}
            hits = [t for t in candidates if t.root.i in inside]
            if hits:
                period = min(hits, key=lambda t: abs(t.root.i - root.i))
        node = verb
        for level in range(3):
            if period is not None:
                break
            hits = [t for t in candidates if _clause_verb(t.root).i == node.i or t.root.head.i == node.i]
            if not hits and level == 0 and in_subject:
                hits = [t for t in candidates if (c := _clause_verb(t.root)).head.i == node.i and c.dep_ in ("ccomp", "xcomp", "conj")]
            if hits:
                period = min(hits, key=lambda t: abs(t.root.i - root.i))
                break
            if node.head.i == node.i:
                break
            node = _clause_verb(node.head)
        later = [s.start for _, s in spans if s.start > span.start and s.sent.start == sent.start]
        limit = min([span.end + 12] + later)
        rates = [t for t in times if t.rate and span.end <= min(t.tokens) < limit]
        per = min(rates, key=lambda t: min(t.tokens)).rate if rates else None
        # who states it, on whose authority, about whom
        pos = para.offset + span.start_char
        quote = self._quote_at(para, pos)
        stated = quote.speaker if quote is not None else self._stated_by(para, sent, root)
        ev_start = para.offset + sent.start_char
        source = self._source(ev_start, stated, quote is not None, pos)
        if in_subject:
            about = [r for c in verb.children if c.dep_ in ("prep", "agent") and c.lower_ in ("from", "on", "by", "at", "across", "via", "through")
                     for g in c.children if g.dep_ == "pobj" for r in self._refs(para, g)]
        else:
            about = self._refs(para, subj) if subj is not None and subj.i not in own else []
        self.figures.append({
            "start": pos,
            "end": para.offset + span.end_char,
            "span": (para.offset + f.start, para.offset + f.end),
            "number": number,
            "noun": (para.index, noun.i) if noun is not None else None,
            "via": via,
            "shares": noun is not None and via == "of" and (number.unit == "percent" or number.unit == "count"),
            "det": [c.lower_ for c in noun.children if c.dep_ == "det"] if noun is not None else [],
            "measure": measure,
            "terms": terms,
            "head": head,
            "per": per,
            "change": change,
            "period": period.period if period else None,
            "period_text": period.text if period else None,
            "stated_by": stated,
            "quoted": quote is not None,
            "source": source,
            "subjects": tuple(about),
            "para": para.index,
            "evidence": Evidence(
                article=self.article.id,
                start=ev_start,
                end=para.offset + sent.end_char,
                sentence=sent.text,
                rule=f"figure:{number.unit}" + (":quoted" if quote is not None else ""),
                confidence=0.8,
                cue_start=para.offset + f.start,
                cue_end=para.offset + f.end,
            ),
        })


def _share_links(items: list[dict]) -> list[int | None]:
    """The total each share is part of: the figure counting its of-noun, or the last one counting the same noun.

    A total named inside its share ("94% of 69 million images") is not what the clause is about:
    its subjects are dropped here.
    """
    links: list[int | None] = []
    by_noun = {it["noun"]: k for k, it in enumerate(items) if it["via"] == "modifies" and it["noun"] is not None}
    for k, it in enumerate(items):
        total = None
        if it["shares"]:
            total = by_noun.get(it["noun"])
            if total == k:
                total = None
            if total is None and (set(it["det"]) & {"those", "these", "the", "such"}):
                for j in range(k - 1, -1, -1):
                    other = items[j]
                    if it["para"] - other["para"] > 6:
                        break  # "those referrals" points back a few paragraphs at most
                    if other["number"].unit == "count" and other["head"] == it["head"] and other["via"] == "modifies":
                        total = j
                        break
        if total is not None and it["number"].unit == "count" and items[total]["number"].value <= it["number"].value:
            total = None  # "12 million of the 18 million": a part is smaller than its whole
        if total is not None and items[total]["noun"] == it["noun"]:
            items[total]["subjects"] = ()
        links.append(total)
    return links


def find_figures(article: Article, paragraphs: list[Paragraph], table: MentionTable,
                 quotes: Sequence[FoundQuote], relations: Sequence[Relation]) -> list[Figure]:
    """Every figure in the article body, in text order."""
    reader = _Reader(article, table, quotes, relations)
    for para in paragraphs:
        # spaCy's numeric entities are a second vote, re-read by the grammar (their labels are not trusted)
        ents = [(e.start_char, e.end_char) for e in para.doc.ents if e.label_ in ("CARDINAL", "PERCENT", "MONEY", "QUANTITY")]
        reader.read(para, [_Found(s, e, n) for s, e, n in find_numbers(para.doc.text, ents)])
    items = sorted(reader.figures, key=lambda it: it["start"])
    links = _share_links(items)
    figures = []
    for it, total in zip(items, links):
        period, period_text = it["period"], it["period_text"]
        terms = it["terms"]
        if total is not None:
            if period is None and period_text is None:
                period, period_text = items[total]["period"], items[total]["period_text"]
            terms = tuple(sorted(set(terms) | set(items[total]["terms"])))
        n: Number = it["number"]
        s, e = it["span"]
        figures.append(Figure(
            article=article.id, start=s, end=e, text=article.text[s:e], value=n.value, unit=n.unit,
            evidence=it["evidence"], unit_name=n.unit_name, qualifier=n.qualifier, measure=it["measure"],
            measure_terms=terms, head=it["head"], per=it["per"], change=it["change"], period=period,
            period_text=period_text, stated_by=it["stated_by"], quoted=it["quoted"], source=it["source"],
            subjects=it["subjects"], share_of=total,
        ))
    return figures
