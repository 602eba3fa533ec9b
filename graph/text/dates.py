"""Dates and periods: plain strings -> ISO 8601 dates and periods, and their bounds (no spaCy).

Shared by ingest (an article's date line: "Jun 30, 2021" -> "2021-06-30"), the figures of the
extraction (a figure's period: "between October 2019 and September 2020" -> "2019-10/2020-09",
"last year" against the article's date) and the claims (do two periods overlap, how long is one).
A period is an ISO 8601 date, month or year, or an interval of two of them: "2020", "2021-01",
"2021-03-26", "1990/1999", "2019-10/2020-09".
"""

from __future__ import annotations

import re
from datetime import date, timedelta

__all__ = [
    "MONTHS",
    "DATE_FORMS",
    "NUMBER_WORDS",
    "month_number",
    "date_from_match",
    "parse_date",
    "to_date",
    "absolute_period",
    "resolve_period",
    "period_bounds",
    "period_days",
    "periods_overlap",
]

_MONTH_NAMES = "january february march april may june july august september october november december".split()
#: Month names and their abbreviations ("sept" too) -> month number.
MONTHS: dict[str, int] = {**{m: i + 1 for i, m in enumerate(_MONTH_NAMES)}, **{m[:3]: i + 1 for i, m in enumerate(_MONTH_NAMES)},
                          "sept": 9}

_MON = r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?\.?,?\s+)?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
#: The written forms of a full date, each a compiled pattern with groups year, mon or mnum, day.
DATE_FORMS = (
    re.compile(_WEEKDAY + _MON + r"\s+" + _DAY + r",?\s+" + _YEAR, re.I),  # Jun 30, 2021
    re.compile(_WEEKDAY + _DAY + r"\s+(?:of\s+)?" + _MON + r",?\s+" + _YEAR, re.I),  # 30 June 2021
    re.compile(_YEAR + r"-(?P<mnum>[01]?\d)-" + _DAY + r"(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?", re.I),  # 2021-06-30
)
_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "final": 4, "last": 4}


def month_number(word: str) -> int | None:
    """ "March", "mar.", "Sept" -> 3, 3, 9; anything else -> None."""
    return MONTHS.get(word.lower().strip(".").strip())


def date_from_match(m: re.Match) -> str | None:
    """The ISO date a match of one of DATE_FORMS stands for, or None for an impossible day."""
    gd = m.groupdict()
    month = int(gd["mnum"]) if gd.get("mnum") else MONTHS[gd["mon"][:3].lower()]
    try:
        return date(int(gd["year"]), month, int(gd["day"])).isoformat()
    except ValueError:
        return None


def parse_date(value: str) -> str | None:
    """'Jun 30, 2021', '30 June 2021', '2021-06-30T10:00Z', 'Wed, 30 Jun 2021 10:00:00 GMT' -> '2021-06-30'."""
    value = (value or "").strip()
    for form in DATE_FORMS:
        m = form.search(value)
        if m:
            iso = date_from_match(m)
            if iso:
                return iso
    return None


def to_date(value: str | None) -> date | None:
    """An ISO date string (its first ten characters) as a date, or None."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _iso_month(y: int, mo: int) -> str:
    return f"{y:04d}-{mo:02d}"


def _quarter(n: int, year: int) -> str:
    return f"{_iso_month(year, 3 * n - 2)}/{_iso_month(year, 3 * n)}"


def absolute_period(text: str) -> str | None:
    """An ISO period for a calendar expression that needs no other date ("2020", "the 1990s",
    "January 2021", "March 26, 2021", "the fourth quarter of 2004", "Q3 2004", "the first half of 2004")."""
    t = " ".join(text.lower().replace("’", "'").split())
    t = re.sub(r"^(?:the|of|in|on|during|throughout|from|between|over|for)\s+", "", t)
    t = re.sub(r"^(?:the|of)\s+", "", t)
    if m := re.fullmatch(r"(\d{4})", t):
        return m.group(1)
    if m := re.fullmatch(r"(\d{3})0s", t):
        return f"{m.group(1)}0/{m.group(1)}9"
    if m := re.fullmatch(r"(first|second|third|fourth|1st|2nd|3rd|4th|final|last)\s+quarter\s+(?:of\s+)?(\d{4})", t):
        return _quarter(_ORDINALS[m.group(1)], int(m.group(2)))
    if m := re.fullmatch(r"q([1-4])\s*(?:of\s+)?'?(\d{4})", t):
        return _quarter(int(m.group(1)), int(m.group(2)))
    if m := re.fullmatch(r"(first|second)\s+half\s+(?:of\s+)?(\d{4})", t):
        year = int(m.group(2))
        return f"{year}-01/{year}-06" if m.group(1) == "first" else f"{year}-07/{year}-12"
    if m := re.fullmatch(r"(?:(\d{1,2})(?:st|nd|rd|th)?\s+)?([a-z]+)\.?,?\s+(?:(\d{1,2})(?:st|nd|rd|th)?,?\s+)?(\d{4})", t):
        day, month, year = m.group(1) or m.group(3), month_number(m.group(2)), int(m.group(4))
        if month is None:
            return None
        if day:
            try:
                return date(year, month, int(day)).isoformat()
            except ValueError:
                return None
        return _iso_month(year, month)
    return None


_ONES = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
                                    "fifteen sixteen seventeen eighteen nineteen".split())}
_TENS = {w: 20 + 10 * i for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())}
#: Number words of one word -> their value ("seven" -> 7, "forty" -> 40).
NUMBER_WORDS = {**_ONES, **_TENS}


def _count(word: str) -> float | None:
    """ "7", "seven", "twenty-five" -> 7, 7, 25 (how many years ago, how many months past)."""
    if word.isdigit():
        return float(word)
    parts = word.split("-")
    if len(parts) == 1:
        return float(_ONES.get(word, _TENS.get(word, -1))) if word in _ONES or word in _TENS else None
    if len(parts) == 2 and parts[0] in _TENS and parts[1] in _ONES and _ONES[parts[1]] < 10:
        return float(_TENS[parts[0]] + _ONES[parts[1]])
    return None


def resolve_period(text: str, article_date: str | None = None) -> str | None:
    """An ISO 8601 period ("2020", "2021-01", "1990/1999", "2019-10/2020-09") for a time expression.

    Relative expressions ("last year", "nine years ago", "now", "the past year") need the
    article's date; without one they give None.
    """
    t = " ".join(text.lower().replace("’", "'").split())
    t = re.sub(r"^(?:in|during|throughout|over|for|on|at|within)\s+", "", t)
    if m := re.fullmatch(r"between\s+(.+?)\s+and\s+(.+)", t):
        a, b = absolute_period(m.group(1)), absolute_period(m.group(2))
        if a and b and "/" not in a + b:
            return f"{a}/{b}"
    if (p := absolute_period(t)) is not None:
        return p
    if m := re.fullmatch(r"since\s+(.+)", t):
        a, d = absolute_period(m.group(1)), to_date(article_date)
        return f"{a}/{d.isoformat()}" if a and d and "/" not in a else None
    d = to_date(article_date)
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
        n = _count(m.group(1)) if m.group(1) else 1.0
        if n is None:
            return None
        unit = m.group(2)
        days = {"year": 365, "years": 365, "month": 30, "months": 30, "decade": 3652}.get(unit, 365 if "twelve" in unit or "12" in unit else 30)
        if "twelve" in unit or "12" in unit:
            n = 1
        return f"{(d - timedelta(days=int(days * n))).isoformat()}/{d.isoformat()}"
    if m := re.fullmatch(r"(\w+)\s+years?\s+ago", t):
        n = _count(m.group(1))
        return str(d.year - int(n)) if n is not None else None
    if m := re.fullmatch(r"(first|second)\s+half\s+of\s+(this|last)\s+year", t):
        year = d.year - (m.group(2) == "last")
        return f"{year}-01/{year}-06" if m.group(1) == "first" else f"{year}-07/{year}-12"
    return None


def _day(part: str, end: bool) -> date | None:
    try:
        if re.fullmatch(r"\d{4}", part):
            return date(int(part), 12, 31) if end else date(int(part), 1, 1)
        if re.fullmatch(r"\d{4}-\d{2}", part):
            y, m = int(part[:4]), int(part[5:])
            if not end:
                return date(y, m, 1)
            nxt = date(y + (m == 12), m % 12 + 1, 1)
            return date.fromordinal(nxt.toordinal() - 1)
        return date.fromisoformat(part)
    except ValueError:
        return None


def period_bounds(period: str | None) -> tuple[date, date] | None:
    """First and last day of an ISO 8601 period ("2020", "2021-01", "1990/1999", "2019-10/2020-09")."""
    if not period:
        return None
    first, _, last = period.partition("/")
    lo, hi = _day(first, False), _day(last or first, True)
    if lo is None or hi is None or hi < lo:
        return None
    return lo, hi


def period_days(period: str | None) -> int | None:
    """How many days a period covers ("2020" -> 366, "2004-10/2004-12" -> 92), or None."""
    bounds = period_bounds(period)
    return (bounds[1] - bounds[0]).days + 1 if bounds else None


def periods_overlap(a: str | None, b: str | None) -> bool | None:
    """True or False when both periods are known, None when either is not."""
    pa, pb = period_bounds(a), period_bounds(b)
    if pa is None or pb is None:
        return None
    return pa[0] <= pb[1] and pb[0] <= pa[1]
