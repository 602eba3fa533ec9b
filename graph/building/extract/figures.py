"""Figures: parsed paragraphs + mentions + quotations + relations -> every statistic, what it measures, when, and on whose authority.

Rules over number grammar and the dependency parse, never over particular articles
(GUIDELINES "Figures"; word lists in data/figure_*.txt and data/currency_words.txt):
- numbers come from one regular grammar (digits with thousands separators and decimals,
  number words and "one point three", scales such as "69MILLION" or "£7.5m", percent forms,
  currencies before or after the amount, fractions such as "a third" or "more than half",
  "one in five", "of 10 drugs, nine", durations written as adjectives, "15-strong") and from
  spaCy's CARDINAL, PERCENT, MONEY and QUANTITY entities, whose labels are not trusted ("13 per
  cent" is often MONEY): the grammar decides the value and the unit; a range gives its bounds;
- not figures: years and dates, times of day, phone and reference numbers, numbers in names,
  versions and labels ("iOS 15", "Covid-19", "a phase 2 investigation", "the top 10"), ages,
  ordinals, points in time ("nine years ago"), the interval of a rate ("one every 11 minutes"),
  bracketed conversions ("$24m (£12.8m)"), metres written like millions, and small numbers
  written as words with nothing to hedge or scale them ("two people", "one of the most");
- what is measured: the thing counted, found by grammar (the noun the number modifies, its
  of-phrase, "worth", "at", the object or subject of a verb of change or level, the noun shared
  with a coordinated figure); never a bare verb, pronoun or generic noun: the measure is then
  empty and ``head`` (what groups figures) stays empty; a verb phrase naming a thing is kept
  for reading, not grouped on;
- the period: a time expression in the measured noun phrase or in the figure's clause (climbing
  at most two clauses), resolved against the article's date when relative ("last year"), by
  graph.text.dates; "a month", "annual" make a rate instead;
- who states it: the quotation's speaker, else the subject of a reporting or belief verb in the
  sentence ("X said", "X reckons", "..., as X explains"), else the article; its source: the
  object of a ``cites`` relation read from the same sentence; what it is about: the entities and
  places of the clause's subject, the measure's possessor and where it happens;
- a share points to its total: the figure in its of-phrase ("85 per cent of the 32 million
  referrals") or, for "those referrals", the last figure counting the same noun.
"""

from __future__ import annotations

import re
from typing import Iterator, NamedTuple, Sequence

from spacy.tokens import Doc, Span, Token

from ...model import QUALIFIERS, Article, Evidence, Figure, Relation
from ...text.dates import NUMBER_WORDS, month_number, resolve_period
from ...text.names import is_common_word
from ..nlp import Paragraph
from .lexicon import CONTENT_VERBS, FIGURE_VERBS, REPORTING_VERBS, mapping, words
from .mentions import MentionTable
from .quotes import FoundQuote, speaker_of_subject

__all__ = ["Number", "read_number", "find_numbers", "resolve_period", "stem", "find_figures"]

# ---------------------------------------------------------------- number grammar

# the number words below twenty, and the tens, in counting order (graph/text/dates.py holds them once)
_ONES = [w for w, v in NUMBER_WORDS.items() if v < 20]
_TENS = [w for w, v in NUMBER_WORDS.items() if v >= 20]
_SMALL = {w: i for i, w in enumerate(_ONES)}
_TENS_VALUE = {w: 20 + 10 * i for i, w in enumerate(_TENS)}
_SCALES = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_SCALE_ABBR = {"k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9, "tn": 1e12}
_DENOMINATORS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5,
                 "fifths": 5, "sixth": 6, "sixths": 6, "eighth": 8, "eighths": 8, "tenth": 10, "tenths": 10}
#: Currency signs and codes before or after an amount, and currency names after it ("211bn yen").
_CURRENCY_WORDS = dict(mapping("currency_words"))
_CURRENCIES = {"£": "GBP", "$": "USD", "us$": "USD", "€": "EUR", "¥": "JPY", "a$": "AUD", "c$": "CAD",
               "gbp": "GBP", "usd": "USD", "eur": "EUR", "p": "GBP", **_CURRENCY_WORDS}
_HUNDREDTHS = {"pence", "p", "cent", "cents"}
#: Races, their heats, finals, runners and titles (WordNet): a number in "m" before them is a distance ("the 60m hurdles").
_RACE_NOUNS = words("wn_race_nouns")
_TIME_UNITS = {"second": "seconds", "minute": "minutes", "hour": "hours", "day": "days", "week": "weeks",
               "fortnight": "weeks", "month": "months", "quarter": "quarters", "year": "years", "decade": "decades",
               "sec": "seconds", "min": "minutes"}
#: Lengths of the smaller time units in the larger, for a duration written in two parts ("two hours 45 minutes").
_UNIT_PARTS = {("hours", "minutes"): 60, ("minutes", "seconds"): 60, ("hours", "seconds"): 3600, ("days", "hours"): 24,
               ("weeks", "days"): 7, ("years", "months"): 12}
#: Function words that may stand inside a title written in capitals ("Eight Simple Rules for Dating my Daughter").
_TITLE_FUNCTION_WORDS = r"(?:of|the|for|and|in|my|a|an|to|on|at|with|from|or|our|your|his|her)"
def _alt(words) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


_WNUM = rf"(?:(?:{_alt(_TENS)})(?:[- ](?:{_alt(_ONES[1:10])}))?|{_alt(_ONES)})"
# "a" counts only before a scale ("a million"), never before another number word ("only a one point three")
# ... and "and" joins only after a scale ("three hundred and twenty"; "eight and ten" is two numbers)
_AFTER_SCALE = "|".join(f"(?<={w})" for w in _SCALES)
_WORDS = rf"(?:(?:{_WNUM}|an?(?=[\s-]+(?:{_alt(_SCALES)})\b))(?:(?:(?:{_AFTER_SCALE})[\s-]+and)?[\s-]+(?:{_WNUM}|{_alt(_SCALES)}))*|an?)"
_DIGIT_WORDS = _alt(_ONES[:10])
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
_SCALE = rf"(?:\s*-?\s*(?:{_alt(_SCALES)})(?![\w])|(?:{_alt(_SCALE_ABBR)})(?![\w]))"
_FRACTION = rf"(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine)[\s-]+(?:{_alt(_DENOMINATORS)})|half)"
_PERCENT = r"(?:\s*%|\s*per[\s-]?cent(?![\w])|\s*percent(?![\w])|\s*(?-i:pc)(?![\w])|\s+percentage[\s-]points?(?![\w]))"
_TIME_WORDS = r"(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?)"
#: Adjectives that may stand between a number and its time unit ("961 consecutive minutes", "two more years").
_TIME_ADJ = r"(?:consecutive|straight|successive|full|long|whole|extra|additional|further|more)"
#: Nouns counted by a number written as an adjective with a hyphen ("a 66-seat majority", "a 12-point lead",
#: "a 10-man team"), as "15-strong" is: a count of them.
_COUNT_ADJ_NOUNS = ("seat", "seater", "point", "vote", "member", "man", "nation", "game", "match", "goal", "cap")
#: Words after "N-" that make no count of a noun: ages ("a 10-year-old"), ratings ("a five-star hotel"), ways and
#: multiples ("a three-way race", "a ten-fold rise"), scores and parts ("a 3-nil win", "a two-thirds majority").
_NOT_COUNTED = _alt(("first", "second", "year", "old", "star", "way", "fold", "off", "nil", "all", "love", "up", "third", "thirds", "quarter",
                     "quarters", "half", "fifth", "fifths", "something", "odd", "dimensional", "yard", "hander"))
#: Units of measurement written glued to the number ("2kW", "5km", "10kg", "3GHz"): SI and common symbols, "m" left
#: out (millions or metres, read elsewhere).
_GLUED_UNITS = tuple(words("figure_unit_symbols"))
#: Nouns of a change ("a quarter-point rise"): a fraction of a point before one is a change in percentage points.
_CHANGE_NOUN_WORDS = words("figure_change_nouns")
#: Hedges written otherwise than in model.QUALIFIERS, and the qualifier they stand for ("near nine per cent").
_QUALIFIER_ALIASES = {k: v for k, v in mapping("figure_qualifier_aliases").items() if v in QUALIFIERS}
_QUAL = _alt(list(QUALIFIERS) + list(_QUALIFIER_ALIASES))
_SUFFIX = rf"""(?:{_PERCENT}
      | \s*(?:GBP|USD|EUR)(?![\w])
      | \s+(?:{_alt(_CURRENCY_WORDS)})(?![\w])
      | p(?![\w])
      | \s+(?:{_TIME_ADJ}\s+)?{_TIME_WORDS}(?![\w-]|[\s-]hand\b)
      | \s*(?:secs?|mins?)(?![\w-])
    )"""
_FIGURE_RE = re.compile(
    rf"""(?<![\w./@#£$€¥:+=–—-])(?<!\d,)
    (?P<qual>(?:{_QUAL})\s+)?
    (?P<cur>[£$€¥]|US\$|A\$|C\$|(?:GBP|USD|EUR)\s?)?
    (?:
        (?P<ninm>(?P<n>{_WNUM}|\d+)\s+(?:in|(?:times\s+)?out\s+of)\s+(?:every\s+)?(?P<m>{_WNUM}|\d+))
      | (?P<ppt>(?:an?\s+)?(?P<pfrac>quarter|half)[\s-](?:percentage[\s-])?point(?=s?\s+(?:{_alt(_CHANGE_NOUN_WORDS)})\b))
      | (?P<fscale>(?P<ffrac>{_FRACTION})\s+(?:of\s+)?an?\s+(?P<fsc>thousand|million|billion|trillion)(?![\w]))
      | (?P<andhalf>(?P<hnum>{_WNUM}|\d+)[\s-]+and[\s-]+a[\s-]+half(?:\s+(?P<hsc>thousand|million|billion|trillion)(?![\w]))?)
      | (?P<yhalf>an?\s+(?P<hunit>year|month|week|day|hour|minute|decade)\s+and\s+a\s+half(?![\w-]))
      | (?P<frac>{_FRACTION})
      | (?P<adj>(?P<anum>{_WNUM}|{_DIGITS})-(?P<aunit>second|minute|hour|day|week|fortnight|month|year|decade|strong|plus|{_alt(_COUNT_ADJ_NOUNS)}))
      | (?P<nadj>(?P<nnum>{_WNUM}|{_DIGITS})-(?!(?:{_NOT_COUNTED}|{_TIME_WORDS})(?![a-z])|[a-z]*(?:ed|ing|th)(?![a-z]))(?P<nnoun>[a-z]{{3,}})(?=\s+[a-z]))
      | (?P<along>(?P<lunit>second|minute|hour|day|week|fortnight|month|year|decade)-long(?![\w-]))
      | (?P<glued>(?P<gnum>{_DIGITS})(?P<gunit>{_alt(_GLUED_UNITS)})(?![\w]))
      | (?P<wdec>(?P<wint>{_WNUM})\s+point(?P<wfrac>(?:\s+(?:{_DIGIT_WORDS}))+))
      | (?P<clock>\d{{1,2}}:[0-5]\d(?::[0-5]\d)?(?:\.\d{{1,2}})?)
      | (?P<digits>{_DIGITS})(?P<scale>{_SCALE})?
      | (?P<words>{_WORDS})
    )
    (?P<suffix>{_SUFFIX})?
    (?![\w/@+=]|[.,:]\d|[-–—](?!(?:an?|per)-[a-z])\w)""",
    re.I | re.X,
)


def _trie(items) -> str:
    """A regular expression for the strings ``word + tail`` of ``items`` ((word, tail regex) pairs),
    its words merged letter by letter ("t(?:en|h(?:irty|ree)|...)"): as a lookahead it holds where the
    plain alternation of the same strings holds, but turns a position away after a letter or two
    instead of trying every word there."""
    root: dict = {}
    for word, tail in items:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node.setdefault("", set()).add(tail)

    def render(node: dict) -> str:
        ends = node.get("", set())
        if "" in ends:
            return ""  # a word ends here with nothing after it: the lookahead holds whatever follows
        alts = sorted(ends) + [re.escape(ch) + render(child) for ch, child in sorted(node.items()) if ch]
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return render(root)


# Where a match of _FIGURE_RE can start (a superset: its lookbehinds, then a qualifier, a currency or the
# first letters of a number), so that the full pattern is tried only there (a speed-up, same matches).
# The words are merged into a trie: the gate is tried at every word start of every paragraph
_GATE_WORDS = _trie(
    [(w.lower(), r"\s") for w in [*QUALIFIERS, *_QUALIFIER_ALIASES]]
    + [(w, "") for w in ("us$", "a$", "c$", "gbp", "usd", "eur", "half", "quarter", *_TENS, *_ONES)]
    + [(w, r"(?:\W|$|[pgue])") for w in ("a", "an")]
    + [(w + "-long", "") for w in ("second", "minute", "hour", "day", "week", "fortnight", "month", "year", "decade")]
)
_FIGURE_GATE = re.compile(rf"""(?<![\w./@#£$€¥:+=–—-])(?<!\d,)(?=[£$€¥\d] | {_GATE_WORDS})""", re.I | re.X)


def _figure_matches(text: str) -> Iterator[re.Match]:
    """``_FIGURE_RE.finditer(text)``, trying the pattern only where _FIGURE_GATE says a match can start."""
    pos = 0
    for gate in _FIGURE_GATE.finditer(text):
        start = gate.start()
        if start < pos:
            continue
        m = _FIGURE_RE.match(text, start)
        if m is not None:
            yield m
            pos = m.end()


# "10-12 years", "8-9%", "£5-6m", "200,000-300,000": a range is two figures, its bounds (GUIDELINES: the
# value is the lower bound). Only with a unit, a scale or separators, so scores ("2-1") and seasons
# ("2003-04") stay out.
_RANGE_RE = re.compile(
    rf"""(?<![\w./@#£$€¥:-])(?<!\d,)
    (?P<cur>[£$€¥]|US\$|A\$|C\$)?
    (?P<lo>{_DIGITS})\s?[-–]\s?(?:[£$€¥]|US\$|A\$|C\$)?(?P<hi>{_DIGITS})
    (?P<scale>{_SCALE})?
    (?P<suffix>{_SUFFIX})?
    (?![\w/@]|[.,:]\d|-\w)""",
    re.I | re.X,
)
# "of 10 drugs in development, nine will fail", "of every 100 patients, 30 ...": a share of a round base,
# like "nine in ten" (a base of ten, a hundred or a thousand; "of the 500 people surveyed, 300 said" is a
# count of its own)
_BASE = r"(?:10|100|1,?000|ten|a\s+hundred|one\s+hundred|a\s+thousand|one\s+thousand)"
_PROPORTION_RE = re.compile(
    rf"""(?<![\w-])of\s+(?:every\s+)?(?P<base>{_BASE})\s+(?P<what>[a-z][\w'-]*(?:\s+[a-z][\w'-]*){{0,4}}),\s+
    (?P<part>{_WNUM}|\d+)(?![\w%-]|\s*(?:%|per\s?cent|percent))""",
    re.I | re.X,
)
# "between eight and ten sellers", "between £2m and £3m": a range written in words is two figures too
_BETWEEN_RE = re.compile(
    rf"""(?<![\w-])between\s+(?P<cur>[£$€¥])?(?P<lo>{_DIGITS}|{_WNUM})(?P<loscale>{_SCALE})?\s+and\s+(?:[£$€¥])?
    (?P<hi>{_DIGITS}|{_WNUM})(?P<scale>{_SCALE})?(?P<suffix>{_SUFFIX})?(?![\w/@]|[.,:]\d|-\w)""",
    re.I | re.X,
)
_PHONE_RE = re.compile(r"(?<![\w,.])(?:\+\d{1,3}[\s-]?)?(?:\(\d{2,5}\)\s?|\d{2,5}[\s-])\d{3,4}[\s-]?\d{3,4}(?![\w,])")
_LABEL_OK = {  # capitalised words that may stand before a bare number without making it a label
    "but", "and", "the", "all", "so", "only", "just", "with", "of", "for", "to", "at", "by", "from", "as", "when",
    "while", "after", "before", "since", "until", "if", "then", "now", "there", "here", "this", "these", "those",
    "that", "another", "every", "each", "its", "their", "his", "her", "our", "my", "your", "another", "than", "is",
    "are", "was", "were", "has", "have", "had", "be", "been", "a", "an", "in", "on", "into", "nor", "or", "yet",
    # sentence adverbs that open a sentence ("Meanwhile 70 stars ...")
    "meanwhile", "however", "overall", "today", "yesterday", "still", "also", "altogether", "already", "again",
    "instead", "elsewhere", "otherwise", "thus", "therefore", "besides", "plus", "some", "another", "indeed",
}
#: People that an "over"/"under" number describes by age ("people under 55", "those over 65").
_AGED_NOUNS = frozenset(words("wn_person_nouns")) | {"people", "person", "those", "anyone", "everyone", "adults", "children",
                                                      "men", "women", "voters", "pupils", "drivers", "workers"}
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


def _unit_of(value: float, suffix: str, cur: str | None, unit: str = "count") -> tuple[float, str, str | None] | None:
    """(value, unit, unit name) after a suffix ("per cent", "years", "pence") and a currency sign, or None
    when they cannot go together ("a third per cent", "£5 years")."""
    unit_name = None
    if re.fullmatch(r"%|per[\s-]?cent|percent|pc|percentage[\s-]points?", suffix):
        if unit != "count":
            return None
        unit, unit_name = "percent", ("percentage points" if "point" in suffix else None)
    elif (last := suffix.split()[-1].rstrip("s") if suffix else "") in _TIME_UNITS and last != "quarter":
        # ("961 consecutive minutes": an adjective may stand before the unit)
        if unit != "count" or cur:
            return None
        unit, unit_name = "duration", _TIME_UNITS[last]
    elif suffix:
        code = _CURRENCIES.get(suffix)
        if code is None or unit != "count":
            return None
        if suffix in _HUNDREDTHS:
            value /= 100.0
        unit, unit_name = "currency", code
    if cur:
        if unit not in ("count", "currency"):
            return None
        unit, unit_name = "currency", _CURRENCIES.get(cur.strip().lower(), cur.strip().upper())
    return value, unit, unit_name


def _qualifier(text: str | None) -> str | None:
    if not text:
        return None
    q = " ".join(text.lower().split())
    return _QUALIFIER_ALIASES.get(q, q)


def _adjective_value(num: str) -> float | None:
    """The value of the number opening a hyphenated adjective ("66" of "66-seat", "seven" of "seven-match")."""
    return float(num.replace(",", "")) if num[0].isdigit() else _words_value(num)


def _hyphen_count(num: str, value: float, qualifier: str | None) -> Number:
    """A number written as an adjective with a hyphen counts what its noun names ("a 66-seat majority",
    "a 50-family community"); "one-" and "two-" compounds in words are mostly set phrases ("a one-man
    show", "a two-horse race"): small words."""
    small = not num[0].isdigit() and value < 3 and not qualifier
    return Number(value=round(value, 6), unit="count", qualifier=qualifier, small_word=small)

def _number(m: re.Match) -> Number | None:
    """The Number a match of _FIGURE_RE stands for, or None when it is not one."""
    qualifier = _qualifier(m.group("qual"))
    cur = m.group("cur")
    suffix = (m.group("suffix") or "").strip().lower()
    unit = "count"
    small = False
    if m.group("ninm"):
        n, d = _int_or_words(m.group("n")), _int_or_words(m.group("m"))
        if n is None or not d or d > 1000 or n >= d:
            return None
        value, unit = 100.0 * n / d, "percent"
    elif m.group("fscale"):
        # "half a million", "a quarter of a million", "three quarters of a billion": a count at that scale
        words = re.split(r"[\s-]+", m.group("ffrac").lower())
        num = 1.0 if len(words) == 1 or words[0] in ("a", "an") else float(_SMALL[words[0]])
        value = num / _DENOMINATORS[words[-1]] * _SCALES[m.group("fsc").lower()]
    elif m.group("andhalf"):
        # "two and a half years", "one-and-a-half million"
        whole = _int_or_words(m.group("hnum"))
        if whole is None:
            return None
        value = (whole + 0.5) * (_SCALES[m.group("hsc").lower()] if m.group("hsc") else 1.0)
    elif m.group("yhalf"):
        # "a year and a half": one and a half of the unit
        if suffix or cur:
            return None
        return Number(value=1.5, unit="duration", unit_name=_TIME_UNITS[m.group("hunit").lower()], qualifier=qualifier)
    elif m.group("frac"):
        words = re.split(r"[\s-]+", m.group("frac").lower())
        num = 1.0 if len(words) == 1 or words[0] in ("a", "an") else float(_SMALL[words[0]])
        value = round(100.0 * num / _DENOMINATORS[words[-1]], 3)
        unit = "percent"
    elif m.group("adj"):
        # "a five-year deal", "a 24-hour strike" (durations written as adjectives), "a 15-strong team"
        if suffix or cur:
            return None
        anum = m.group("anum")
        value = _adjective_value(anum)
        if value is None:
            return None
        aunit = m.group("aunit").lower()
        if aunit in _COUNT_ADJ_NOUNS:
            return _hyphen_count(anum, value, qualifier)  # "a 66-seat majority", "a seven-match ban"
        if aunit == "strong":
            return Number(value=round(value, 6), unit="count", qualifier=qualifier)
        if aunit == "plus":
            # "the 200-plus banks": more than that many
            if qualifier or value <= 10:
                return None
            return Number(value=round(value, 6), unit="count", qualifier="more than")
        return Number(value=round(value, 6), unit="duration", unit_name=_TIME_UNITS[aunit], qualifier=qualifier)
    elif m.group("nadj"):
        if suffix or cur:
            return None
        nnum = m.group("nnum")
        value = _adjective_value(nnum)
        return None if value is None else _hyphen_count(nnum, value, qualifier)
    elif m.group("along"):
        # "a month-long season", "a year-long study": one of the unit
        if suffix or cur:
            return None
        return Number(value=1.0, unit="duration", unit_name=_TIME_UNITS[m.group("lunit").lower()], qualifier=qualifier)
    elif m.group("glued"):
        # "2kW", "5km", "10kg": an amount in a unit of measurement written glued to the number
        if suffix or cur:
            return None
        value = float(m.group("gnum").replace(",", ""))
        return Number(value=round(value, 6), unit="count", unit_name=m.group("gunit"), qualifier=qualifier)
    elif m.group("ppt"):
        # "a quarter-point rise", "a half point cut": a change in percentage points
        if cur or suffix:
            return None
        value = 0.25 if m.group("pfrac").lower() == "quarter" else 0.5
        return Number(value=value, unit="percent", unit_name="percentage points", qualifier=qualifier)
    elif m.group("clock"):
        # a race time ("3:46.04", "2:08:31"): minutes and seconds, or hours, minutes and seconds
        if qualifier or cur or suffix:
            return None
        parts = [float(x) for x in m.group("clock").split(":")]
        value = parts[0] + parts[1] / 60 + (parts[2] / 3600 if len(parts) == 3 else 0.0)
        return Number(value=round(value, 6), unit="duration", unit_name="hours" if len(parts) == 3 else "minutes")
    elif m.group("wdec"):
        # "one point three per cent"
        whole = _words_value(m.group("wint"))
        digits = "".join(str(_SMALL[w]) for w in m.group("wfrac").lower().split())
        if whole is None:
            return None
        value = float(f"{int(whole)}.{digits}")
    elif m.group("digits"):
        value = float(m.group("digits").replace(",", ""))
        scale = (m.group("scale") or "").strip(" -").lower()
        if scale:
            value *= _SCALES.get(scale) or _SCALE_ABBR[scale]
    else:
        words = m.group("words")
        value = _words_value(words)
        if value is None:
            # "close to a year", "almost a decade": "a" counts one only with a hedge and a time unit
            if words.lower() in ("a", "an") and qualifier and suffix.rstrip("s") in _TIME_UNITS:
                value = 1.0
            else:
                return None
        small = value <= 10 and not re.search(_alt(_SCALES), words, re.I)
    read = _unit_of(value, suffix, cur, unit)
    if read is None:
        return None
    value, unit, unit_name = read
    # a small number word counts in passing ("two people", "one day"); a duration of two or more
    # ("for three days") is a figure (GUIDELINES, conventions)
    small = small and not qualifier and (unit == "count" or (unit == "duration" and value < 2))
    bare = bool(m.group("digits")) and not (qualifier or cur or suffix or m.group("scale")) and "," not in m.group("digits")
    return Number(value=round(value, 6), unit=unit, unit_name=unit_name, qualifier=qualifier, small_word=small, bare=bare)


def _range_numbers(m: re.Match) -> tuple[Number, Number] | None:
    """The bounds of a range ("10-12 years" -> at least 10 years, up to 12 years), or None."""
    lo, hi = _int_or_words(m.group("lo").replace(",", "").split(".")[0]), _int_or_words(m.group("hi").replace(",", "").split(".")[0])
    if lo is None or hi is None:
        return None
    lo, hi = float(m.group("lo").replace(",", "")) if m.group("lo")[0].isdigit() else lo, \
        float(m.group("hi").replace(",", "")) if m.group("hi")[0].isdigit() else hi
    scale = (m.group("scale") or "").strip(" -").lower()
    loscale = (m.groupdict().get("loscale") or "").strip(" -").lower()
    suffix = (m.group("suffix") or "").strip().lower()
    words = not m.group("lo")[0].isdigit() or not m.group("hi")[0].isdigit()
    years = all(re.fullmatch(r"\d{4}", g) and 1800 <= float(g) <= 2100 for g in (m.group("lo"), m.group("hi")))
    if years and not (scale or suffix or m.group("cur")):
        return None  # "between 2003 and 2005"
    if not (scale or suffix or m.group("cur") or words or ("," in m.group("lo") and "," in m.group("hi"))
            or m.re is _BETWEEN_RE):
        return None
    if scale or loscale:
        factor = _SCALES.get(scale) or _SCALE_ABBR.get(scale) or 1.0
        lo *= (_SCALES.get(loscale) or _SCALE_ABBR[loscale]) if loscale else factor  # "between £2m and £3m", "2-3m"
        hi *= factor
    if not lo < hi:
        return None
    read_lo, read_hi = _unit_of(lo, suffix, m.group("cur")), _unit_of(hi, suffix, m.group("cur"))
    if read_lo is None or read_hi is None:
        return None
    return (Number(value=round(read_lo[0], 6), unit=read_lo[1], unit_name=read_lo[2], qualifier="at least"),
            Number(value=round(read_hi[0], 6), unit=read_hi[1], unit_name=read_hi[2], qualifier="up to"))


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
    group = m.groupdict()
    if (group.get("aunit") or "").lower() == "plus" and re.match(r"[\s-]+(?:age|years?|olds?|generation)\b", after, re.I):
        return True  # "a 50-plus age group": an age
    if group.get("glued") and re.match(r"\s+(?!(?:of|worth|per|a|an|and|or|in|to|from|at|for|by|with|on|each|is|was|are|were|more|less|than"
                                       r"|this|that|last|next|a\s+year|in\s+total)\b)[a-z]", after):
        return True  # "a traditional 35mm print", "a 5km race": a unit before a noun names a kind of thing, no amount
    if (group.get("nadj") and (re.match(r"\s+([a-z]+)", after) or [None, ""])[1] in _RACE_NOUNS):
        return True  # "the 100-metre final": a race's distance, no count
    if number.small_word and not (number.unit == "duration" and re.match(
            r",?\s+(?:and\s+)?\d+(?:\.\d+)?\s*(?:seconds?|secs?|minutes?|mins?)\b", after, re.I)):
        return True  # "two people", "one of the most", "one day"; not "one minute, 47.97 seconds" (one time)
    if group.get("clock") and not (
            "." in group["clock"] or group["clock"].count(":") == 2
            or re.search(r"\b(?:in|clocked|clocking|time\s+of|best\s+of|record\s+of|ran|run|runs|timed)\s+$", before, re.I)):
        return True  # "at 10:30", "19:45": a time of day; "in 3:39", "3:46.04" are race times
    if group.get("clock") and re.match(r"\s?(?:am|pm|a\.m\.|p\.m\.|gmt|bst|utc|hrs|h)\b", after, re.I):
        return True
    if number.unit == "count" and not group.get("qual") and re.search(r"\bper\s+$", before, re.I):
        return True  # "7.5 connections per 100 people": the unit of a rate, not a figure of its own
    if group.get("digits") and not group.get("suffix") and re.match(r",\s\d{3}(?![\d,.]?\d)", after):
        return True  # "$30, 000": a number broken by a space, whose value is not what is written
    if group.get("frac"):
        # "a third of", "half the", "more than half", "by a third"; not "the third sector", "the first half"
        if re.search(r"(?:first|second|last|final|the|other|latter|former)\s+$", before, re.I) and not group.get("qual"):
            return True
        if not (re.match(r"\s+(?:of|the|all|its|their|his|her|our|your|every|a|an)\b", after, re.I)
                or re.search(r"\bby\s+$", before, re.I) or group.get("qual")
                or (re.search(r"\b(?:for|to|from)\s+$", before, re.I) and re.match(r"\s*(?:[,;:.!?)]|$)", after))):
            # ("the economy was important for a third, and ...": a share of the people just named)
            return True
    if number.unit == "duration":
        if re.match(r"(?:\s+(?:ago|earlier|later|before|after|into|hence|from\s+now|old|since)\b|\s+on\s*(?:[,.;:]|$)|['’]s?\s+time\b"
                    r"|\s+on\s+(?:from|they|he|she|we|it|i|you|there)\b)", after, re.I) and not (
                re.search(r"\bfor\s+$", before, re.I) and re.match(r"\s+(?:before|after|since|later|earlier)\b", after, re.I)) and not (
                re.search(r"\b(?:be|is|was|will\s+be|would\s+be|could\s+be|may\s+be|might\s+be|had\s+been|has\s+been)\s+$", before, re.I)
                and re.match(r"\s+(?:before|until)\b", after, re.I)):
            # ("went off for 15 minutes before returning": "for" makes it a span of time, whatever follows; so does
            # "be" with "before": "it could be five years before the agency works" is a wait of five years)
            return True  # "nine years ago", "two years into the deal", "ten years on,", "20 years on they ...": points in time
        if re.match(r"(?:\s+of\s+[\w-]+(?:\s+time)?)?\s+(?:left|remaining|to\s+go|to\s+play)\b", after, re.I):
            return True  # "with eight minutes left", "two minutes of normal time remaining": a point on a clock
        if re.search(r"\b(?:on|after)\s+$", before, re.I) and number.unit_name in ("minutes", "seconds") and not group.get("qual"):
            return True  # "took the lead on 35 minutes", "scored after 19 minutes": a point on a match's clock
        if re.match(r"\s+of\s+(?:the\s+|this\s+|that\s+|last\s+|next\s+)?(?:year|season|decade|century|month|term|\d{4}\b)", after, re.I) or (
                (month := re.match(r"\s+of\s+([A-Z][a-z]+)", after)) and month_number(month.group(1))):
            return True  # "the last three months of the year", "the first two weeks of March": a part of a period
        if re.search(r"\b(?:first|final|initial|opening|closing)\s+$", before, re.I):
            return True  # "the first three months (of the year)": a part of a period, not a length
        if re.search(r"\bevery\s+$", before, re.I):
            return True  # "one every 11 minutes": the interval of a rate
        if re.match(r"\s+(?:to|ending|until|through)\s+(?:the\s+end\s+of\s+)?(?:[A-Z]|\d)", after):
            return True  # "in the three months to September": a period named by its end
    if (re.match(r"[\s-]*(?:(?:to|and|or|-)\s*\d{1,3}[\s-]*)?(?:years?|months?|weeks?)[\s-]*olds?\b", after, re.I)
            or (number.unit == "duration" and re.match(r"[\s-]*olds?\b|\s+of\s+age\b", after, re.I))
            or re.search(r"\baged?\s+(?:just\s+|over\s+|under\s+|between\s+|about\s+|around\s+|nearly\s+|almost\s+)?"
                         r"(?:\d{1,3}\s*(?:and|to|or|-)\s*)?$|\bage\s+of\s+$", before, re.I)
            or (number.unit == "duration" and re.search(r"\baged?\s+\d{1,3}\s+years?\s*(?:,|and)\s*$", before, re.I))):
        return True  # ages ("the 11 year olds", "aged over 19", "aged 18 years and 185 days")
    if (group.get("digits") and re.fullmatch(r"\d{4}", group["digits"]) and 1800 <= number.value <= 2100
            and number.unit == "duration" and not group.get("qual") and re.fullmatch(r"\s*years?", group.get("suffix") or "")):
        return True  # "for the 2005 year": a year, not 2,005 years
    if (group.get("digits") and not (group.get("suffix") or group.get("scale") or group.get("cur")) and number.value <= 31
            and (month := re.match(r"\s+([A-Za-z]+)", after)) and month_number(month.group(1)) and month.group(1)[0].isupper()):
        return True  # "speculation about 5 May": a date, hedged or not
    if (group.get("qual") and group["qual"].strip().lower() in ("over", "under", "above", "below") and (group.get("digits") or group.get("words"))
            and not (group.get("cur") or group.get("suffix") or group.get("scale")) and number.value <= 120
            and (w := re.search(r"([a-z]+)\s+$", before)) and (w.group(1) in _AGED_NOUNS or w.group(1) in ("are", "is", "was", "were", "be", "been", "being"))):
        return True  # "people under 55", "those over 65", "prove they are over 18": ages
    if (re.match(r"[\s-]figures?\b", after, re.I) and number.unit == "count" and number.value <= 12
            and not (group.get("qual") or group.get("scale") or group.get("cur"))):
        return True  # "a six-figure sum", "a 6 figure salary": an order of magnitude, no count
    if number.unit == "count" and not group.get("scale") and re.match(r"\s?(?:am|pm|a\.m\.|p\.m\.|gmt|bst|utc|hrs|o['’]clock)\b", after, re.I):
        return True  # "at about 1230 GMT", "around 10pm": a time of day, hedged or not
    if group.get("digits") and number.unit == "count" and number.value <= 120 and re.search(r"\bturn(?:s|ed|ing)?\s+$", before, re.I):
        return True  # "before he turns 35": an age
    if number.unit == "currency" and group.get("suffix") and group["suffix"].split()[-1][:1].isupper() and not group["suffix"].strip().isupper():
        return True  # "50 Cent": a currency word written as a name
    scale = (group.get("scale") or "").strip()
    if group.get("digits") and scale == "m" and not group.get("cur") and not group.get("suffix") and (
            "," in group["digits"] or (re.fullmatch(r"\d\.\d\d", group["digits"]) and not re.match(r"\s+(?:of\b|[a-z]+s\b)", after))):
        return True  # "10,000m", "cleared 1.80m in the high jump": metres, not millions
    if (group.get("digits") and group.get("qual") and re.fullmatch(r"\d{4}", group["digits"]) and 1800 <= number.value <= 2100
            and re.search(r"\b(?:until|till|by|since|from|before|after|in|to)\s+$", before, re.I)):
        return True  # "until at least 2006": a year
    if number.bare or (group.get("words") and number.unit == "count" and not number.qualifier):
        if re.search(r"\btop\s+$", before, re.I):
            return True  # "the top 10 drugmakers": a rank
    if number.bare:
        digits = m.group("digits")
        value = number.value
        if len(digits) > 1 and digits.startswith("0") and "." not in digits:
            return True  # "007", or the "000" of a number broken by a space ("$30, 000")
        if re.fullmatch(r"\d{4}", digits) and 1800 <= value <= 2100:
            # a year, unless it counts something ("2000 people")
            prev = _word_before(text, start).lower()
            if prev in _YEAR_PREPS or not re.match(r"\s+[a-z]+s\b", after) or re.match(r"\s+(?:was|has|is|saw|sees|brings?)\b", after):
                return True
        if re.match(r"\s?(?:am|pm|a\.m\.|p\.m\.|gmt|bst|utc|hrs|h|o['’]clock)\b", after, re.I):
            return True  # a time of day
        month = re.match(r",?\s+(?:of\s+)?([A-Za-z]+)", after)
        if value <= 31 and ((month and month_number(month.group(1))) or month_number(_word_before(text, start))):
            return True  # "26 March", "March 26"
        if re.search(r"\b(?:call|dial|text|phone|ring|ext\.?|extension|number|no\.?|ref\.?|reference|line|room|flight|route"
                     r"|section|clause|paragraph|chapter|article|page)\s+$", before, re.I):
            return True  # phone, reference and label numbers ("in breach of section 6", "page 12 of the report")
        run_before = re.search(r"(?:\b\d+ )+$", before)
        run_after = re.match(r"(?: \d+\b)+", after)
        groups = [*(run_before.group().split() if run_before else ()), digits, *(run_after.group().split() if run_after else ())]
        if len(groups) >= 3 or (len(groups) == 2 and any(g.startswith("0") for g in groups)):
            return True  # "0845 8 505 505", "0800 555 111": digit groups of a phone number
        prev = _word_before(text, start)
        if (any(c.isupper() for c in prev) and prev.lower() not in _LABEL_OK and re.search(r"\w\s$", before)
                and not (prev.lower().endswith("ly") and prev[1:].islower()
                         and _sentence_start(before[:len(before.rstrip()) - len(prev)]))):  # ("Currently 70 ...": an adverb)
            return True  # "Chapter 5", "Windows 10", "iOS 15", "Section 230": part of a name
        if re.match(r"[.)]\s", after) and not text[:start].strip():
            return True  # a list marker at the start of a paragraph
        if re.search(rf"\bnumber\s+(?:\d+|{_WNUM})\b[^.;:!?]{{0,30}}\s(?:and|or)\s+$", before, re.I):
            return True  # "at number eight and 10 respectively", "to number one in the UK and 12 in the US": ranks
        if re.match(r"\s+in\s+the\s+world\b(?!\s+(?:have|has|are|were|is|was|who|with)\b)", after, re.I) and not re.search(r"\b(?:of|than)\s+$", before):
            return True  # "has slipped to 64 in the world": a world ranking
        if re.search(r"\b(?:ranked|ranking|seeded|placed)\s+(?:at\s+)?$", before, re.I):
            return True  # "ranked 134 in the world": a rank
        if number.value <= 120 and (
                (re.search(r"(?:^|[.!?\n]\s*)At\s+$", before) and re.match(r",\s+(?:he|she|they|i|we)\b", after, re.I))
                or re.search(r"\b(?:oldest|youngest)\b[^.;!?]{0,40}\b(?:is|was|are|were)\s+$", before, re.I)):
            return True  # "At 101, he feels fine", "the oldest member is 114": ages
        if re.search(r"\b(?:final|last|closing)\s+$", before, re.I) and re.match(r"\s+(?:metres|meters|yards|miles|laps|kilometres|km)\b", after, re.I):
            return True  # "in the final 100 metres": a stretch of a race, no statement
        if re.match(r"['’]s\b", after):
            return True  # "3's marketing director", "2003's figure": a name or a year that owns something
        if re.match(rf"\s*[-–—]\s*\d{{1,3}}\b(?![.,]\d|\s*(?:%|per\b|percent|pc\b|m\b|bn\b|k\b|hundred|thousand|million|billion|{_TIME_WORDS}))", after, re.I) or re.search(r"\b\d{1,3}\s*[-–—]\s*$", before):
            return True  # "won 21 - 15", "won 2–1": a score line
        if (m2 := re.match(r"\s+points?\s+to\s+(\d{1,3})\b(?![.,]\d)", after)) and int(m2.group(1)) < number.value:
            return True  # "won by 24 points to 18": a score
        if (m2 := re.search(r"\b(\d{1,3})\s+points?\s+to\s+$", before)) and number.value < int(m2.group(1)):
            return True
        if (re.match(rf"\s+for\s+(?:{_alt(_ONES[:11])}|\d)\b(?!\s+(?:[a-z]+s|people|men|women|children)\b)", after, re.I)
                or re.search(r"\b(?:all|bowled)\s+out\s+for\s+$", before, re.I)):
            return True  # "245 for six", "all out for 245": a cricket score
        if re.search(r"\w\s?\($", before) and re.match(r"\)", after):
            return True  # "Rivaldo (2)": a tally or note in brackets after a name, no statement
        if _title_after(after):
            return True  # "8 Simple Rules for Dating my Daughter": a number that opens a title
    if group.get("words") and not group.get("qual") and text[start:start + 1].isupper() and (
            re.match(r"\s+[A-Z]", after) or not _sentence_start(before)):
        return True  # "Five Eyes", "Ocean's Twelve": a number word in capitals inside a sentence is part of a name
    return False


def _sentence_start(before: str) -> bool:
    """Does a sentence (or a quotation, a headline, a list item) start right after ``before``?"""
    b = before.rstrip(" \t")
    return not b or b[-1] in ".!?:;\"“”‘([—–-\n" or (b[-1] in "'’" and not b[-2:-1].isalpha())


def _title_after(after: str) -> bool:
    """Is the text after a number the rest of a title in capitals: everyday words, with a small word inside
    ("8 Simple Rules for Dating my Teenage Daughter"), not a count of a named thing ("20 Serie A games",
    "4 Oscars at the Baftas")?"""
    m = re.match(rf"((?:\s+(?:[A-Z][a-z'’]+|{_TITLE_FUNCTION_WORDS}))+)", after)
    if not m:
        return False
    words_ = m.group(1).split()
    while words_ and not words_[-1][0].isupper():
        words_.pop()
    inner = [w for w in words_ if not w[0].isupper()]
    caps = [w for w in words_ if w[0].isupper()]
    return bool(words_) and words_[0][0].isupper() and bool(inner) and len(caps) >= 2 and is_common_word(words_[0], 4.0)


#: What follows a fraction that is a part of one percentage point ("a quarter of a percentage point", "half a percentage point").
_POINT_PART = re.compile(r"\s+(?:of\s+)?(?:a|one)\s+percentage[\s-]+point\b", re.I)


def find_numbers(text: str, candidates: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int, Number]]:
    """Every figure in a text as (start, end, Number), with dates, times, phone numbers, labels and ages left out.

    A range ("10-12 years") gives its two bounds. ``candidates`` are extra (start, end) spans to
    read as whole figures (a tagger's numeric entities), judged in the same context as everything
    the grammar finds by itself.
    """
    blanked = _PHONE_RE.sub(lambda m: " " * len(m.group(0)), text)
    found: dict[tuple[int, int], Number] = {}

    def trim(start: int, end: int) -> tuple[int, int]:
        while end > start and text[end - 1].isspace():
            end -= 1
        return start, end

    for m in _PROPORTION_RE.finditer(blanked):
        text_base = m.group("base").replace(",", "")
        base = float(text_base) if text_base.isdigit() else _words_value(text_base)
        part = _int_or_words(m.group("part"))
        if base and part is not None and 0 < part < base:
            found[(m.start("base"), m.end("part"))] = Number(value=round(100.0 * part / base, 6), unit="percent")
    for m in [*_BETWEEN_RE.finditer(blanked), *_RANGE_RE.finditer(blanked)]:
        bounds = _range_numbers(m)
        if bounds is None or any(_excluded(blanked, m.start(), m.end(), b, m) for b in bounds):
            continue
        if any(a < m.end() and m.start() < b for a, b in found):
            continue
        lo_end = m.end("loscale") if m.groupdict().get("loscale") else m.end("lo")
        found[trim(m.start("cur") if m.group("cur") else m.start("lo"), lo_end)] = bounds[0]
        found[trim(m.start("hi"), m.end())] = bounds[1]
    taken = [(s, e) for s, e in found]
    # the grammar reads what is left: a range's bounds are not read again
    rest = "".join(" " if any(s <= i < e for s, e in taken) else ch for i, ch in enumerate(blanked)) if taken else blanked

    rejected: list[tuple[int, int]] = []

    def take(m: re.Match) -> None:
        number = _number(m)
        if number is not None and _excluded(rest, m.start(), m.end(), number, m):
            rejected.append((m.start(), m.end()))  # a tagger's span inside it must not bring it back
            return
        if number is None:
            return
        end = m.end()
        point = _POINT_PART.match(rest, end) if m.group("frac") else None
        if point:  # "a quarter of a percentage point": 0.25 points, not 25 %
            number, end = number._replace(value=round(number.value / 100, 6), unit_name="percentage points"), point.end()
        found[trim(m.start(), end)] = number

    for m in _figure_matches(rest):
        take(m)
    for s, e in candidates:
        if any(a < e and s < b for a, b in [*found, *rejected]) or re.match(r"[\w+=-]", rest[e:e + 1]):
            continue
        m = _FIGURE_RE.fullmatch(rest, s, e)
        if m is not None:
            take(m)
    _join_durations(text, found)
    return [(s, e, n) for (s, e), n in sorted(found.items()) if not _conversion(text, s, n, found)]


def _join_durations(text: str, found: dict[tuple[int, int], Number]) -> None:
    """A duration written in two parts is one duration in its larger unit ("two hours 45 minutes" is 2.75
    hours, "14 minutes 32.9 seconds" 14.548 minutes): the second part is no figure of its own."""
    keys = sorted(found)
    k = 0
    while k + 1 < len(keys):
        (s1, e1), (s2, e2) = keys[k], keys[k + 1]
        a, b = found[(s1, e1)], found[(s2, e2)]
        per = _UNIT_PARTS.get((a.unit_name, b.unit_name))
        if (a.unit == b.unit == "duration" and per and not b.qualifier and a.qualifier not in ("at least", "up to")
                and re.fullmatch(r"\s*(?:and\s+|,\s*)?", text[e1:s2])):
            del found[(s1, e1)], found[(s2, e2)]
            found[(s1, e2)] = a._replace(value=round(a.value + b.value / per, 6))
            keys[k:k + 2] = [(s1, e2)]
            continue
        k += 1


def _conversion(text: str, start: int, number: Number, found: dict[tuple[int, int], Number]) -> bool:
    """Is a currency figure the same amount in another currency, in brackets after it ("$24m (£12.8m)")?"""
    if number.unit != "currency":
        return False
    opening = text.rfind("(", 0, start)
    if opening < 0 or ")" in text[opening:start] or not re.fullmatch(r"\(\s*(?:[^()]*[;,]\s*)?", text[opening:start]):
        return False
    before = opening
    while before > 0 and text[before - 1].isspace():
        before -= 1
    return any(e == before and n.unit == "currency" for (s, e), n in found.items())


# ---------------------------------------------------------------- periods


# ---------------------------------------------------------------- words of a measure

#: Nouns that name a quantity without saying what is counted ("the number of ...", "the figure was 30%").
_GENERIC = words("figure_generic_nouns")
#: Verbs and nouns of a change in a quantity ("rose by 5%", "a 13% fall in sales").
_CHANGE_VERBS = words("figure_change_verbs")
_CHANGE_NOUNS = words("figure_change_nouns")
_MEASURE_PREPS = {"of", "for", "to", "from", "on", "in", "into", "involving", "against", "with", "about", "across",
                  "among", "within", "under", "between", "per", "out", "at", "outside", "inside", "without", "through",
                  "via", "behind", "beyond", "above", "below", "amongst", "towards", "toward"}
#: Verbs whose subject is what a figure in their object measures ("the number of offences jumped to 34,485",
#: "the total was 5,000", "the firm was valued at $5bn").
_LEVEL_VERBS = _CHANGE_VERBS | words("figure_level_verbs")
#: Verbs of belief and expectation whose subject states the figure of their clause, as a reporting verb's does.
_BELIEF_VERBS = words("figure_belief_verbs")
#: Verbs of movement that take "up to" as a particle and a preposition ("went up to 5.5%"), besides the verbs of change.
_MOTION_VERBS = {"move", "come", "creep", "edge", "shoot", "inch", "head"}
#: Comparatives that make the figure before them a difference ("15% lower", "30% more than in 2003").
_COMPARATIVES = {"more", "less", "fewer", "higher", "lower", "greater", "bigger", "smaller", "larger", "cheaper",
                 "dearer", "up", "down", "above", "below"}
#: Words that stand for a noun of the sentence and say nothing themselves ("which it wants to double to 100").
_STAND_INS = {"which", "that", "who", "whom", "it", "this", "these", "those", "they", "them", "one", "ones", "what",
              "some", "all", "many", "most", "much", "more", "less", "both", "each", "either", "neither", "none", "such"}
_RATE_WORDS = {"annually": "year", "yearly": "year", "monthly": "month", "weekly": "week", "daily": "day", "hourly": "hour",
               "annual": "year", "annualised": "year", "annualized": "year", "quarterly": "quarter"}
#: Words before "a year" that make it a span of time, not a rate ("within a year", "more than a decade").
_SPAN_WORDS = {"within", "for", "over", "after", "than", "under", "nearly", "almost", "about", "around", "past", "last",
               "next", "first", "half", "least", "barely", "just", "only", "up", "to"}
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
            if c.dep_ == "relcl" and c.i > noun.i and c.i not in skip and noun.doc[c.left_edge.i - 1].text != ",":
                # (", which changed its name ...": a clause set off by a comma says more, it does not define)
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


_NOUN_DEPS = frozenset({"npadvmod", "dobj", "nsubj", "nsubjpass", "pobj", "compound", "appos", "attr"})


def _in_m(f: _Found, text: str) -> bool:
    """A count written with "m" and no currency ("60m", "about 1.4m"): millions, or metres."""
    return f.number.unit == "count" and re.search(r"\dm$", text[f.start:f.end]) is not None


def _counts_plural(span: Span) -> bool:
    """Does a number count what follows it: "of" ("1.1m of the UK's Muslims") or a plural noun after its
    modifiers ("14m customers", "300m blog entries") that is no race ("the 60m hurdles", "400m runners")?"""
    doc = span.doc
    for t in doc[span.end: span.end + 4]:
        if t.lower_ == "of" and t.i == span.end:
            return True
        if not t.is_alpha:
            return False
        lower = t.lower_
        # "400m runners" parsed as a verb in a noun's place ("says", "is" are verbs)
        plural = t.tag_ in ("NNS", "NNPS") or (t.tag_ == "VBZ" and lower.endswith("s") and t.dep_ in _NOUN_DEPS)
        if plural:
            return lower not in _RACE_NOUNS and t.lemma_.lower() not in _RACE_NOUNS and lower[:-1] not in _RACE_NOUNS
        if t.tag_ not in ("NN", "NNP", "JJ"):
            return False
    return False


def _is_distance(span: Span) -> bool:
    """Is a number in "m" written as a distance: a race's ("the 60m hurdles", "the women's 400m title", "the final
    200m") or a measure with "the" or a possessive before it?"""
    doc = span.doc
    after = [t for t in doc[span.end: span.end + 3] if t.is_alpha]
    if any(t.lower_ in _RACE_NOUNS or _lemma(t) in _RACE_NOUNS for t in after):
        return True
    prev = [t for t in doc[max(0, span.start - 3): span.start]]
    return any(t.lower_ == "the" or t.tag_ == "POS" for t in prev)


def _stands_alone(span: Span) -> bool:
    """Is a number a noun phrase of its own, no race's or height's ("peaked at 11.9m.", "fell by 4m on Monday";
    not "the 800m", "310m tall")?"""
    doc = span.doc
    before = doc[span.start - 1] if span.start else None
    after = doc[span.end] if span.end < len(doc) else None
    return ((before is None or before.lower_ not in ("the", "a", "an") and before.dep_ != "det")
            and (after is None or after.is_punct or after.tag_ in ("IN", "CC", "TO") or after.ent_type_ in ("DATE", "TIME")))


def _opens_name(span: Span) -> bool:
    """Does a bare number open a name that goes on in proper nouns ("10 Downing Street", "221 Baker Street")?
    A number counts only a plural ("20 Premiership games", "3 FA Cups"): before a singular proper noun that it
    hangs on, it is part of the name."""
    doc = span.doc
    head = span.root.head
    return (span.end < len(doc) and head.i >= span.end and head.tag_ == "NNP" and not head.lower_.endswith("s")
            and all(t.pos_ == "PROPN" for t in doc[span.end: head.i + 1]))


#: Words of a ranked list: a paragraph with one of them ranks what it lists ("at number two", "in third place",
#: "rising nine places", "ranked 134").
_RANK_TALK = re.compile(
    rf"\bnumber\s+(?:\d{{1,3}}|{_alt(_ONES[1:])})\b|\b(?:\d{{1,3}}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth"
    r"|ninth|tenth)\s+(?:place|position|spot)\b|\b(?:rising|rose|climbing|climbed|falling|fell|dropping|dropped|up|down)\s+\w+\s+places?\b"
    r"|\branked\b|\bchart\b", re.I)


def _rank_position(para: Paragraph, span: Span, number: Number) -> bool:
    """Is a number with nothing counted a place in a ranked list: a whole number after "at", "to" or "from" ("at
    19", "up from 13", "rising nine places to 15") in a paragraph that talks of places in a ranking?"""
    if number.unit != "count" or number.qualifier or number.value > 100 or number.value != int(number.value):
        return False
    doc = span.doc
    before = doc[span.start - 1] if span.start else None
    if before is None or before.lower_ not in ("at", "to", "from"):
        return False
    if span.end < len(doc) and (doc[span.end].like_num or doc[span.end].lower_ in ("per", "%") or doc[span.end].pos_ == "NOUN"):
        return False
    return bool(_RANK_TALK.search(para.text))


def _age_in_apposition(span: Span) -> bool:
    """A bare number set off by commas or a dash right after a person's name is their age ("Jo Brand, 17, was")."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].text != "," or doc[span.start - 2].ent_type_ != "PERSON":
        return False
    value = span.text.strip()
    return (value.isdigit() and 1 <= int(value) <= 110
            and (span.end == len(doc) or doc[span.end].text in (",", "-", "–", "—", ")", ".", ";")))


def _million_sentences(para: Paragraph, found: list[_Found]) -> set[int]:
    """Starts of the sentences where a number in "m" means millions whatever follows it: those holding an
    amount of money ("77m euros, up from 38m") or another number in "m" that counts something ("fallen 1m
    barrels to 294.3m")."""
    out: set[int] = set()
    for f in found:
        if f.number.unit != "currency" and not _in_m(f, para.text):
            continue
        span = para.doc.char_span(f.start, f.end, alignment_mode="expand")
        if span is not None and len(span) and (f.number.unit == "currency" or _counts_plural(span)):
            out.add(span.sent.start)
    return out


def _path_child(tok: Token, ancestor: Token) -> Token | None:
    node = tok
    for _ in range(40):
        if node.head.i == ancestor.i and node.i != ancestor.i:
            return node
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _antecedent(tok: Token) -> Token | None:
    """The noun a relative pronoun stands for ("50 people, which it wants to double"), or None."""
    if tok.lower_ not in ("which", "that", "who", "whom"):
        return None
    node = tok.head
    for _ in range(6):
        if node.dep_ == "relcl" and node.head.pos_ in ("NOUN", "PROPN"):
            return node.head
        if node.head.i == node.i or node.dep_ not in ("xcomp", "ccomp", "relcl", "conj", "pcomp", "prep"):
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
        if low in _PRESENT_WORDS and t.dep_ in ("advmod", "npadvmod"):
            out.append(_Time(frozenset({t.i}), t, t.text, resolve_period(low, article_date), None))
        elif low in ("previously", "formerly", "originally", "initially", "once") and t.dep_ == "advmod":
            out.append(_Time(frozenset({t.i}), t, t.text, None, None))
        elif low in _RATE_WORDS and t.pos_ in ("ADV", "ADJ"):
            out.append(_Time(frozenset({t.i}), t, t.text, None, _RATE_WORDS[low]))
        elif (low in ("a", "an", "per", "every", "each") and t.i + 1 < sent.end and _is_time_unit(doc[t.i + 1]) and t.i + 1 not in used
              and not (low in ("a", "an") and t.i > sent.start and doc[t.i - 1].lower_ in _SPAN_WORDS)):
            # "250,000 a month" is a rate; "within a year", "for a week", "over a decade" are spans of time
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
        self.millions = False  # does the article count something in millions written "m" ("10.9m viewers")?

    # -- references ---------------------------------------------------------

    def _entity(self, para: Paragraph, tok: Token, places: bool = False) -> int | None:
        j = self.table.at(para.index, tok.i)
        if j is None:
            return None
        r = self.table.resolved(j)
        if r is None:
            return None
        m = self.table.items[r]
        return r if m.kind in ("name", "group") and (places or m.type != "Place") else None

    def _places(self, para: Paragraph, tok: Token | None) -> list[int]:
        """Places a noun or verb names where it happens ("unemployment in France", "sales fell 13% in New York")."""
        if tok is None:
            return []
        out = []
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "across", "throughout"):
                for g in c.children:
                    r = self._entity(para, g, places=True) if g.dep_ == "pobj" else None
                    if r is not None and self.table.items[r].type == "Place":
                        out.append(r)
        return out

    def _refs(self, para: Paragraph, tok: Token | None, depth: int = 0) -> list[int]:
        """The entities and places a phrase names: itself, its possessor or compound ("Japan's economy"), its conjuncts."""
        if tok is None or depth > 3:
            return []
        out = []
        r = self._entity(para, tok, places=True)
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

    def _speaker(self, para: Paragraph, subj: Token) -> int | None:
        """The named speaker a reporting verb's subject stands for; "others, like X" is X."""
        who = speaker_of_subject(self.table, para, subj)
        if who is None:
            for c in subj.children:
                if c.dep_ == "prep" and c.lower_ in ("like", "including"):
                    who = next((self._speaker(para, g) for g in c.children if g.dep_ == "pobj"), None)
                    break
        return who

    def _stated_by(self, para: Paragraph, sent: Span, root: Token) -> int | None:
        best = None
        above = {a.i for a in root.ancestors}
        for v in sent:
            if v.pos_ not in ("VERB", "AUX") or _lemma(v) not in REPORTING_VERBS | FIGURE_VERBS | _BELIEF_VERBS or v.i == root.i:
                continue
            if self._quote_at(para, para.offset + v.idx) is not None:
                continue
            if any(c.dep_ == "neg" for c in v.children):
                continue
            subs = [c for c in v.children if c.dep_ == "nsubj"]
            if not subs or root.i in {g.i for g in subs[0].subtree}:
                continue
            # "..., as X explains": a reporting clause hung on the clause that holds the figure
            aside = v.dep_ == "advcl" and v.head.i in above and any(c.dep_ == "mark" and c.lower_ == "as" for c in v.children)
            governs = v.i in above or aside
            if not governs and v.i > root.i:
                continue  # "X, who ... after 35 years, said he believes ...": "believes" says nothing about the figure
            if v.i in above and _path_child(root, v).dep_ not in ("ccomp", "xcomp", "parataxis", "dobj", "advcl"):
                continue  # "had shown a disregard and had broken ... on four counts": not a report of the figure
            if v.i in above and _path_child(root, v).dep_ in ("dobj", "xcomp") and _lemma(v) not in CONTENT_VERBS | _BELIEF_VERBS:
                continue  # "agreed to pay $850m", "pledged $750m", "denies 10 charges": an act, not a report of the figure
            if v.i in above and any(a.dep_ == "relcl" and v.is_ancestor(a) and a.left_edge.i > 0 and a.doc[a.left_edge.i - 1].text in (",", "-", "–", "—")
                                    for a in [root, *root.ancestors]):
                continue  # "X said the show, which cost £9m, was a blend": the narrator's aside ("people who pay for three years" is X's)
            if v.i in above and any(a.dep_ == "prep" and v.is_ancestor(a) and a.i > 0 and a.doc[a.i - 1].text == ","
                                    and a.head.pos_ in ("VERB", "AUX") for a in root.ancestors):
                continue  # "X announced it would buy Y, in a deal worth $40bn, last year": an adjunct set off by a comma
                # is the narrator's aside
            who = self._speaker(para, subs[0])
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
        doc = para.view
        spans: list[tuple[_Found, Span]] = []
        millions = _million_sentences(para, found)
        for f in found:
            if f.number.qualifier == "up to":
                # "the rate went up to 5.5%": "up" belongs to the verb, the figure is no hedge
                m = re.match(r"up\s+to\s+", para.text[f.start:f.end], re.I)
                prev = doc.char_span(f.start, f.start + 2, alignment_mode="expand")
                if m and prev is not None and prev.start > 0 and (_lemma(doc[prev.start - 1]) in _CHANGE_VERBS | _MOTION_VERBS
                                                                  or doc[prev.start].dep_ == "prt"):
                    # ("turned up to one gig": "up" is the verb's particle, and "one" then counts in passing)
                    f = _Found(f.start + m.end(), f.end, f.number._replace(qualifier=None))
                    if re.fullmatch(_WNUM, para.text[f.start:f.end], re.I) and f.number.value <= 10:
                        continue
            if f.number.qualifier == "about":
                # "a drama about two teenage boys": "about" is a preposition there, no hedge
                m = re.match(r"about\s+", para.text[f.start:f.end], re.I)
                first = doc.char_span(f.start, f.start + 5, alignment_mode="expand")
                if m and first is not None and len(first) and first[0].dep_ == "prep" and first[0].head.pos_ in ("NOUN", "PROPN"):
                    f = _Found(f.start + m.end(), f.end, f.number._replace(qualifier=None))
                    if re.fullmatch(_WNUM, para.text[f.start:f.end], re.I) and f.number.value <= 10:
                        continue
            span = doc.char_span(f.start, f.end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            if any(t.ent_type_ in ("DATE", "TIME") for t in span) and f.number.unit not in ("duration", "percent", "currency") and f.number.bare:
                continue  # a year or a day of the month the grammar could not tell from a count
            if any(t.like_url or t.text.startswith(("@", "#")) for t in span):
                continue
            if any((j := self.table.at(para.index, t.i)) is not None and self.table.items[j].kind == "name" for t in span):
                continue  # inside a name ("Five Eyes", "Formula 1")
            if f.number.bare and self._is_label(span):
                continue
            if f.number.bare and _age_in_apposition(span):
                continue
            if f.number.bare and _opens_name(span):
                continue  # "10 Downing Street": a number that opens the name of a place or building
            if _in_m(f, para.text) and span.start > 0 and doc[span.start - 1].lower_ in ("final", "last", "first", "opening", "closing"):
                continue  # "on my final 200m of the night": a stretch of a race, not millions
            if _in_m(f, para.text) and not _counts_plural(span) and span.sent.start not in millions and not (
                    self.millions and _stands_alone(span)):
                continue  # "the 60m hurdles", "won the 400m", "2.5m high": metres, not millions
            spans.append((f, span))
        figure_tokens = {t.i for _, s in spans for t in s}
        by_sent: dict[int, list[_Time]] = {}
        last: tuple[_Found, Span, tuple | None] | None = None
        for f, span in spans:
            sent = span.sent
            if sent.start not in by_sent:
                by_sent[sent.start] = _times(doc, sent, self.article.date, figure_tokens)
            prior = None
            if last is not None and last[2] is not None and last[1].sent.start == sent.start and last[0].number.unit == f.number.unit:
                between = doc[last[1].end:span.start]
                # "13% in Spain and 16% in Italy": coordinated figures with no verb between share a noun
                if any(t.lower_ in ("and", "or", ",", "while", "but") for t in between) and not any(
                        t.pos_ in ("VERB", "AUX") for t in between):
                    prior = last[2]
            found_noun = self._figure(para, f, span, sent, by_sent[sent.start], spans, figure_tokens, prior)
            last = (f, span, found_noun)

    def _age_of_person(self, para: Paragraph, span: Span, number: Number) -> bool:
        """Is a bare whole number the complement of "be" whose subject is a person ("she will be 34", "Jo Smith is
        45"): an age, which describes the person (GUIDELINES "Figures")?"""
        root = span.root
        if number.unit != "count" or not 1 <= number.value <= 120 or number.value != int(number.value):
            return False
        if root.dep_ not in ("attr", "acomp") or _lemma(root.head) != "be" or any(c.dep_ == "prep" for c in root.children):
            return False
        subj = next((c for c in root.head.children if c.dep_ == "nsubj"), None)
        if subj is None:
            return False
        if subj.lower_ in ("he", "she", "i"):
            return True
        j = self.table.at(para.index, subj.i)
        r = self.table.resolved(j) if j is not None else None
        return r is not None and self.table.items[r].type == "Person"

    def _is_label(self, span: Span) -> bool:
        """A bare number right after a singular noun names something ("a phase 2 investigation", "version 3")."""
        if span.start == 0:
            return False
        prev = span.doc[span.start - 1]
        if ((span.doc[prev.i - 1].lower_ in ("a", "an") if prev.i > 0 else False)
                or any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in prev.children)) and (
                span.root.head.i >= span.end and span.root.head.tag_ in ("NNS", "NNPS")):
            return False  # "a record 41 nominations", "a club record 24 clean sheets": the noun qualifies the count
            # of a plural, it names nothing
        if span.end < len(span.doc) and span.doc[span.end].lower_ == "times" and span.root.head.i == span.end and (
                span.end + 1 == len(span.doc) or span.doc[span.end + 1].lower_ not in ("as", "more", "less", "the")):
            return False  # "won the title 18 times": a count of occasions after the verb's object, no label
        return (prev.tag_ in ("NN", "NNP") and bool(prev.whitespace_) and prev.is_alpha and not _is_time_unit(prev)
                and prev.lower_ not in _CURRENCIES and _lemma(prev) not in _GENERIC)

    def _figure(self, para: Paragraph, f: _Found, span: Span, sent: Span, times: list[_Time],
                spans: list[tuple[_Found, Span]], figure_tokens: set[int], prior: tuple | None = None) -> tuple | None:
        """Read one figure into ``self.figures``; returns (noun, via, change) for a coordinated figure after it."""
        doc = para.view
        number = f.number
        root = span.root
        own = {t.i for t in span}
        time_tokens = {i for t in times for i in t.tokens}
        skip = figure_tokens | time_tokens
        verb = _clause_verb(root)
        child = _path_child(root, verb)
        change = False
        noun, via = None, None
        # the noun the number modifies ("850,000 people", "a five-year partnership"), unless it is a rate
        # ("250,000 every month")
        if (root.dep_ in ("nummod", "quantmod", "amod", "compound", "nmod", "npadvmod", "advmod", "det", "appos")
                and root.head.i not in own and root.head.pos_ in ("NOUN", "PROPN") and root.head.i > root.i
                and not (_is_time_unit(root.head) and root.head.i in time_tokens)):
            noun, via = root.head, "modifies"
        if (noun is None and number.unit != "duration" and span.end < sent.end and doc[span.end].pos_ == "NOUN"
                and doc[span.end].i not in time_tokens and not _is_time_unit(doc[span.end])
                and doc[span.end].head.i != span.root.i and doc[span.end].dep_ in ("nsubj", "dobj", "pobj", "nsubjpass", "attr", "conj")):
            noun, via = doc[span.end], "modifies"  # "About 2m people came": the parser took "m" for the subject
        if noun is not None and number.unit == "duration" and _is_time_unit(noun):
            noun, via = None, None  # "10-12 years": the bound's noun is its own unit
        if (noun is None and number.unit == "percent" and any(t.text == "," for t in span) and span[0].like_num
                and span[0].head.i in own and span[0].head.pos_ == "NOUN"):
            noun, via = span[0].head, "of"  # "of 10 drugs in development, nine (will fail)": a share of the drugs
        if noun is None or number.unit == "percent" and via is None:
            of = [c for t in span for c in t.children if c.dep_ == "prep" and c.lower_ == "of" and c.i not in own]
            if not of and span.end < sent.end and doc[span.end].lower_ == "of":
                of = [doc[span.end]]
            pobj = [g for c in of for g in c.children if g.dep_ == "pobj"]
            if pobj:
                noun, via = pobj[0], "of"
        stray = [c for t in span for c in t.children if c.dep_ in ("relcl", "acl") and noun is not None and via == "of" and c.i > noun.i]
        # "a rate of 250,000 every month": the parser hangs the number on its rate word
        anchor = root.head if (root.dep_ == "nummod" and root.head.i in time_tokens and _is_time_unit(root.head)) else root
        if noun is None and anchor.dep_ == "pobj" and anchor.head.lower_ == "of" and anchor.head.head.pos_ == "NOUN":
            n = anchor.head.head  # "a rise of 4.5 per cent", "a rate of 250,000 a month", "a fine of £7.5m"
            if _lemma(n) not in _GENERIC or _lemma(n) in _CHANGE_NOUNS:
                noun, via = n, "of-head"
            elif n.dep_ == "pobj" and n.head.head.pos_ == "VERB" and _lemma(n.head.head) in _CHANGE_VERBS:
                verb, change = n.head.head, True
        if noun is None:
            # "a deal worth $40 billion": what the amount is the worth of
            worth = next((a for a in list(root.ancestors)[:2] if a.lower_ == "worth"), None)
            if worth is not None and worth.head.pos_ in ("NOUN", "PROPN") and worth.head.i not in own:
                noun, via = worth.head, "worth"
        if noun is None and anchor.dep_ == "pobj" and anchor.head.lower_ == "at" and anchor.head.head.pos_ in ("NOUN", "PROPN"):
            noun, via = anchor.head.head, "at"  # "growth at 8.1% in 2004", "unemployment at 5%"
        if noun is None and number.unit == "percent":
            last = span[-1]  # "one in 10 US adults": the share of the adults
            if (last.head.i not in own and last.head.i > last.i and last.head.pos_ in ("NOUN", "PROPN")
                    and last.dep_ in ("nummod", "compound", "quantmod", "nmod")):
                noun, via = last.head, "of"
        if noun is None and prior is not None:
            noun, via, change = prior  # "sales of 13% in Spain and 16% in Italy": the second shares the first's noun
        if noun is None and number.bare and self._age_of_person(para, span, number):
            return None  # "when she will be 34", "Jo Smith is 45": an age said of a person, a description
        if noun is None and _rank_position(para, span, number):
            return None  # "Tamsin Greig at 19", "up from 13 in 2004" in a list ranked "at number two": places, not counts
        # "15% lower", "30% more than in 2003", "closed down 2%": a difference
        path = [a for a in root.ancestors if a.i != verb.i and verb.i in {x.i for x in a.ancestors}]
        # "went up to 5.5% from 5.4%", "closed at $40": levels, not changes
        target = (any(a.dep_ == "prep" and a.lower_ in ("to", "from", "at") for a in path)
                  or (span.start > 0 and doc[span.start - 1].lower_ in ("to", "from", "at")))
        if not target and (any(c.lower_ in _COMPARATIVES and doc[min(c.i + 1, len(doc) - 1)].lower_ not in ("to", "from")
                               for c in (root.head, *root.children) if c.i not in own)
                           or (root.dep_ == "npadvmod" and root.head.lower_ in _COMPARATIVES)):
            change = True
        if _lemma(verb) in _CHANGE_VERBS and child is not None and noun is None and not target:
            if (child.dep_ == "prep" and child.lower_ == "by") or child.dep_ in ("dobj", "npadvmod", "advmod"):
                change = True
        # a change noun is not what is counted: what rises or falls is ("a rise in tax revenues", "a volume sales fall")
        changed = None
        if noun is not None and _lemma(noun) in _CHANGE_NOUNS:
            change = True
            inner = [g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("in", "of") for g in c.children
                     if g.dep_ == "pobj" and g.i not in skip]
            compounds = [c for c in noun.children if c.dep_ in ("compound", "nmod") and c.i < noun.i and c.i not in skip
                         and c.pos_ == "NOUN"]
            changed = inner[0] if inner else (compounds[-1] if compounds else None)
            named = any(c.dep_ in ("compound", "nmod", "poss") and c.pos_ == "PROPN" for c in noun.children)
            if changed is None and not named:
                noun, via = None, None  # "a drop of 5.1%": the drop of what, the sentence does not say here
            # ("Singapore growth at 8.1%": the growth of a named place is measure enough)
        if noun is not None and any(c.dep_ == "amod" and _lemma(c) in _CHANGE_VERBS and c.tag_ in ("VBG", "VBN") for c in noun.children):
            change = True  # "falling cigarette sales of 13%"
        # the subject of the clause, when the figure is not in it
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None and verb.dep_ == "xcomp":
            # "profits set to be 15% lower", "sales are expected to reach 2 million": the governing verb's subject
            up = verb.head
            subj = next((c for c in up.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None and up.dep_ in ("relcl", "acl"):
                subj = up.head
        if subj is not None and subj.lower_ in ("which", "who", "that") and verb.dep_ == "relcl":
            subj = verb.head
        if subj is None and verb.dep_ in ("relcl", "acl"):
            subj = verb.head
        if subj is not None and subj.dep_ == "pobj" and subj.head.lower_ == "of" and subj.head.head.pos_ == "NOUN" and verb.dep_ == "relcl":
            subj = subj.head.head  # "images of child sexual abuse, which is increasing": the images
        in_subject = child is not None and child.dep_ in ("nsubj", "nsubjpass", "csubj", "expl")
        # after a verb of change or level, its object or else its subject is what the figure measures:
        # "reducing the debt to under £25m", "double the success rate to 20%", "the rate could improve to 50%"
        moved = child is not None and child.dep_ == "prep" and child.lower_ in ("to", "by")
        if noun is None and not in_subject and (_lemma(verb) in _LEVEL_VERBS or change or moved):
            obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i not in own and c.pos_ in ("NOUN", "PROPN", "PRON")
                        and root.i not in {g.i for g in c.subtree}), None)
            if obj is not None and (_lemma(verb) in _CHANGE_VERBS or moved):
                # "taking the number of people employed to 38.9 million", "increase the price of steel by 10%"
                noun, via = obj, "object"
                change = change or (moved and child.lower_ == "by")
            elif subj is not None and subj.i not in own and subj.pos_ in ("NOUN", "PROPN", "PRON") and self._entity(para, subj) is None:
                noun, via = subj, "subject"
        if noun is not None and (noun.lower_ in _STAND_INS or noun.pos_ in ("PRON", "DET")):
            noun = _antecedent(noun)  # "50 people, which it wants to double to 100": the people
        if (noun is not None and _lemma(noun) in _GENERIC and noun.tag_ != "NNS"
                and not any(c.dep_ in ("compound", "amod", "nmod", "poss") and c.i < noun.i and c.i not in skip for c in noun.children)):
            inner = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
            noun = inner[0] if inner else None  # "the figure was 30%": nothing says what is counted ("the success rate" does)
        measure_tokens: list[Token]
        bland = _lemma(verb) in ("be", "have") or _lemma(verb) in REPORTING_VERBS or verb.pos_ not in ("VERB", "AUX")
        head = ""
        if noun is not None:
            measure_tokens = _noun_phrase(noun, skip)
            head = stem((changed if changed is not None else noun).lemma_)
            for c in stray:  # "78 per cent of members who took part": the parser hangs the clause on the number
                words_ = _subtree(c, skip)
                if len(measure_tokens) + len(words_) <= _MAX_MEASURE:
                    measure_tokens = sorted({t.i: t for t in measure_tokens + words_}.values(), key=lambda t: t.i)
            if (len(_terms(measure_tokens)) <= 1 and not bland and via == "modifies" and noun.tag_ in ("NNS", "NNPS")
                    and number.unit == "count"):
                # a bare plural ("6,000 children"): the verb says what is counted ("children safeguarded")
                extra = (_verb_phrase(verb, skip | {g.i for g in noun.subtree}) if in_subject
                         else _verb_words(verb, noun, skip))
                measure_tokens = sorted({t.i: t for t in measure_tokens + extra}.values(), key=lambda t: t.i)
        else:
            # no counted noun: the verb phrase ("retiring from the police", "invest in a club"), kept only when it
            # names a thing; never grouped on (its head stays empty), and a bare verb ("took") is no measure
            measure_tokens = _verb_phrase(verb, skip | ({subj.i} if subj is not None else set())) if verb.pos_ in ("VERB", "AUX") else []
            if number.unit == "duration" and subj is not None and subj.pos_ == "NOUN" and self._entity(para, subj) is None and not in_subject:
                measure_tokens += [subj] + [c for c in subj.children if c.dep_ in ("compound", "amod") and c.i < subj.i]
            for c in (c for t in span for c in t.children):  # "$58 billion in assets"
                if c.dep_ == "prep" and c.i not in own and c.lower_ in _MEASURE_PREPS and not _time_prep(c, skip):
                    measure_tokens = measure_tokens + _subtree(c, skip)
            measure_tokens = sorted({t.i: t for t in measure_tokens}.values(), key=lambda t: t.i)
            if not any(t.pos_ in ("NOUN", "PROPN") and t.is_alpha and _lemma(t) not in _GENERIC for t in measure_tokens):
                measure_tokens = []
            elif number.unit == "duration":
                head = stem(verb.lemma_)  # "retiring from the police after 35 years": a career's length
        measure = _text_of(measure_tokens)
        terms = tuple(sorted(set(_terms(measure_tokens)) | ({head} if head else set()))) if measure else ()
        if terms and via == "of" and not bland and verb.pos_ == "VERB":
            # a share says what its part does: "85% of the orders came from Acme" and "10% of the orders were
            # returned" are shares of one total, not one measure (the verb is kept apart, marked "~")
            terms += ("~" + stem(verb.lemma_),)
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
        if per is None and noun is not None:
            # "an annual rate of 4%", "annual growth of 2.4%": a rate word on the measured noun
            per = next((_RATE_WORDS[c.lower_] for c in noun.children if c.dep_ == "amod" and c.lower_ in _RATE_WORDS), None)
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
        if noun is not None and (subj is None or noun.i != subj.i):
            about += [r for r in self._refs(para, noun) if r not in about]  # "the growth of Japan's economy"
        about += [r for r in self._places(para, noun) + self._places(para, verb) if r not in about]
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
        return (noun, via, change) if noun is not None else None


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


def _without_headline_repeats(items: list[dict], headline: tuple[int, int]) -> list[dict]:
    """The headline's figures that the body states again are one figure with two occurrences (GUIDELINES
    "Figures"): the body's, which has the sentence that says what it measures and who states it, is kept."""
    lo, hi = headline
    if hi <= lo:
        return items
    body = {(it["number"].value, it["number"].unit) for it in items if not lo <= it["start"] < hi}
    return [it for it in items if not (lo <= it["start"] < hi and (it["number"].value, it["number"].unit) in body)]


#: Determiners that make a number a reference back to a set already counted ("of the 10 currently under consideration").
_DEFINITE_BEFORE = re.compile(r"\b(?:the|those|these)\s+$", re.I)


#: Words for the text's own time, which a figure with no period is about too.
_PRESENT_WORDS = frozenset({"now", "currently", "presently", "nowadays", "today"})


def _definite_repeats(items: list[dict], text: str) -> dict[int, int]:
    """Numbers that refer back: a number after "the" ("They are among 10 new names ... Of the 10 currently under
    consideration", "the 10 had agreed") whose value and unit the article has already given is that figure
    again, not a new statement (GUIDELINES "Figures": one figure with two occurrences). A hedge, or a period
    other than the earlier one's, makes it a statement of its own ("The 2.4 million cases ... in 2019").
    Returns each such repeat's index -> the index of the figure it refers back to."""
    out: dict[int, int] = {}
    for k, it in enumerate(items):
        n: Number = it["number"]
        s, _ = it["span"]
        if n.qualifier or not _DEFINITE_BEFORE.search(text[max(0, s - 12):s]):
            continue
        for j in range(k - 1, -1, -1):
            o: Number = items[j]["number"]
            if j in out or (o.value, o.unit, o.unit_name) != (n.value, n.unit, n.unit_name):
                continue
            if (it["period_text"] and it["period_text"] != items[j]["period_text"]
                    and it["period_text"].lower() not in _PRESENT_WORDS):
                continue  # ("the 10 currently under consideration": the text's own time, as a figure with no period)
            out[k] = j
            break
    return out


def find_figures(article: Article, paragraphs: list[Paragraph], table: MentionTable,
                 quotes: Sequence[FoundQuote], relations: Sequence[Relation]) -> list[Figure]:
    """Every figure in the article body, in text order."""
    reader = _Reader(article, table, quotes, relations)
    found = []
    for para in paragraphs:
        # spaCy's numeric entities are a second vote, re-read by the grammar (their labels are not trusted)
        ents = [(e.start_char, e.end_char) for e in para.doc.ents if e.label_ in ("CARDINAL", "PERCENT", "MONEY", "QUANTITY")]
        found.append([_Found(s, e, n) for s, e, n in find_numbers(para.text, ents)])
    # an article that counts something in millions written "m" ("10.9m viewers") means millions by its other
    # numbers in "m" too ("the show peaked at 11.9m"); a race's distances stand with no plural they count
    in_m = [span for para, fs in zip(paragraphs, found) for f in fs if _in_m(f, para.text)
            and (span := para.doc.char_span(f.start, f.end, alignment_mode="expand")) is not None and len(span)]
    reader.millions = any(_counts_plural(s) for s in in_m) and not any(_is_distance(s) for s in in_m)
    for para, fs in zip(paragraphs, found):
        reader.read(para, fs)
    items = _without_headline_repeats(sorted(reader.figures, key=lambda it: it["start"]), article.headline_span)
    links = _share_links(items)
    # a number that refers back goes; a share of it points to the figure it refers to
    repeats = _definite_repeats(items, article.text)
    keep = [k for k in range(len(items)) if k not in repeats]
    index = {k: j for j, k in enumerate(keep)}
    links = [None if links[k] is None else index[repeats.get(links[k], links[k])] for k in keep]
    items = [items[k] for k in keep]
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
