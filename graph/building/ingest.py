"""Ingest stage: input paths (.txt/.md/.html/.jsonl files or folders) -> Article records, page furniture blanked.

Every offset in the graph points into ``Article.text`` (the decoded original). ``Article.body`` is the
same string with page furniture (phone numbers, hashtags, share buttons, teaser lists, copyright lines,
link lists, disclaimers, bylines, datelines ...) replaced by spaces, newlines kept, so the NLP stage reads
only news while its offsets stay valid for ``text``. :func:`clean_text` is the pure part and can be tested
without files; :func:`read_articles` does the I/O.
"""

from __future__ import annotations

import codecs
import difflib
import hashlib
import json
import logging
import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Iterable, Iterator, Sequence

from ..errors import InputError
from ..model import Article, Skipped
from ..text.dates import DATE_FORMS, date_from_match, parse_date

__all__ = [
    "SUFFIXES",
    "MAX_BYTES",
    "Cleaned",
    "clean_text",
    "decode_bytes",
    "html_to_text",
    "parse_date",
    "read_article",
    "read_articles",
]

log = logging.getLogger(__name__)

TEXT_SUFFIXES = (".txt", ".text", ".md")
HTML_SUFFIXES = (".html", ".htm")
RECORD_SUFFIXES = (".jsonl", ".json")
#: File name endings read from a folder (any file named explicitly is read whatever its ending).
SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + RECORD_SUFFIXES
#: The mark of the pages graph.using.render writes: a build folder's own page is never read as an article.
_GENERATOR = b'<meta name="generator" content="news-kg'
#: Larger files are skipped: nobody's news article is 50 MB, a database dump is.
MAX_BYTES = 50 * 1024 * 1024


# --------------------------------------------------------------------------------------------
# Decoding
# --------------------------------------------------------------------------------------------


class _Unreadable(Exception):
    """A file that is not text; the message is the Skipped reason."""


_MAGIC = (
    (b"%PDF", "PDF"),
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"PK\x03\x04", "ZIP or Office document"),
    (b"\x1f\x8b", "gzip"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "Office document"),
    (b"\x7fELF", "executable"),
    (b"7z\xbc\xaf\x27\x1c", "7z"),
    (b"Rar!\x1a\x07", "RAR"),
    (b"{\\rtf", "RTF"),
)
_UTF_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def _sniff_binary(data: bytes) -> str | None:
    for magic, name in _MAGIC:
        if data.startswith(magic):
            return name
    if data[:4] == b"RIFF" and data[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        return data[8:12].decode().strip()
    return None


# A well-formed UTF-8 sequence of two to four bytes.
_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}|\xed[\x80-\x9f][\x80-\xbf]"
    rb"|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)


def _cp1252_bytes(exc: UnicodeDecodeError) -> tuple[str, int]:
    """Decode error handler: the bytes that are not UTF-8 read as cp1252 (U+FFFD where undefined)."""
    bad = exc.object[exc.start : exc.end]
    return bad.decode("cp1252", errors="replace"), exc.end


codecs.register_error("kg-cp1252", _cp1252_bytes)

# Labels that mean windows-1252 in practice (WHATWG Encoding Standard): a page declaring
# ISO-8859-1 with curly quotes in it would otherwise get invisible C1 control characters.
_WINDOWS_1252_LABELS = {"iso8859-1", "ascii"}


def _has_utf8(data: bytes) -> bool:
    """Does non-UTF-8 data hold well-formed UTF-8 sequences (cut-off UTF-8, or cp1252 pasted into UTF-8)?

    In text written in cp1252 such byte runs (an accented capital followed by a curly quote ...) are
    very rare, and the bytes around them are read as cp1252 anyway, so a misjudgement costs a character.
    """
    return _UTF8_MULTIBYTE.search(data) is not None


def decode_bytes(data: bytes, declared: str | None = None) -> str:
    """Bytes -> str: strict UTF-8 (BOM stripped), then ``declared``, then cp1252, then a detector.

    Text with some UTF-8 in it and some broken bytes is read as UTF-8, each broken byte as cp1252.
    charset-normalizer misreads short Windows-1252 news text as other code pages, so it comes last.
    Raises ``_Unreadable`` (the Skipped reason) for binary data.
    """
    kind = _sniff_binary(data)
    if kind:
        raise _Unreadable(f"binary file ({kind})")
    for bom, codec in _UTF_BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec).lstrip("\ufeff")
            except UnicodeDecodeError:
                break
    if b"\x00" in data[:65536]:
        raise _Unreadable("binary file (contains NUL bytes)")
    text: str | None = None
    if declared:
        try:
            if codecs.lookup(declared).name in _WINDOWS_1252_LABELS:
                declared = "cp1252"
        except LookupError:
            declared = None
    for codec in ("utf-8-sig", declared, "cp1252"):
        if not codec:
            continue
        try:
            text = data.decode(codec)
            break
        except (UnicodeDecodeError, LookupError):
            if codec == "utf-8-sig" and _has_utf8(data):
                text = data.decode("utf-8-sig", errors="kg-cp1252")
                break
            continue
    if text is None:
        try:
            from charset_normalizer import from_bytes

            best = from_bytes(data).best()
            text = str(best) if best is not None else None
        except Exception:  # noqa: BLE001 - a detector failure must not stop the batch
            text = None
    if text is None:
        text = data.decode("utf-8", errors="replace")
    text = text.lstrip("\ufeff")
    sample = text[:65536]
    if sample and len(_CONTROL.findall(sample)) > 0.05 * len(sample):
        raise _Unreadable("binary file (mostly control characters)")
    return text


# --------------------------------------------------------------------------------------------
# Dates and bylines
# --------------------------------------------------------------------------------------------

_TIME = r"(?:\d{1,2}(?:[:.]\d{2}){1,2}\s*(?:[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)(?:\s*\(?(?:[A-Z]{2,5}|(?:GMT|UTC)\s*[+-]\s*\d{1,2}(?::?\d{2})?)\)?)?"
_DATE_PREFIX = re.compile(
    r"^(?:(?:first\s+|last\s+)?(?:published|updated|modified|posted|created|released|dated?)(?:\s+(?:on|at))?\s*[:\-–—]?\s*)",
    re.I,
)
_TIME_PART = re.compile(r"^(?:(?:at|,|-|–|—|\|)\s*)?" + _TIME + r"$", re.I)
_RELATIVE_TIME = re.compile(
    r"^(?:(?:published|updated|posted)\s+)?(?:\d+|an?|one)\s+(?:sec|second|min|minute|hr|hour|day|week|month|year)s?\s+ago$"
    r"|^\d+\s*(?:min|minute)s?\s+read$|^(?:reading time|read time)\s*:?\s*\d+\s*(?:min|minute)s?$",
    re.I,
)


def _standalone_date(part: str) -> tuple[bool, str | None]:
    """Is ``part`` only a date (with an optional 'Published:' prefix and time)? Returns (is_date, iso)."""
    s = _DATE_PREFIX.sub("", part.strip()).strip(" .,;")
    if not s:
        return (False, None)
    if _RELATIVE_TIME.match(part.strip()):
        return (True, None)
    for form in DATE_FORMS:
        m = form.match(s)
        if not m:
            continue
        rest = s[m.end():].strip()
        # a time before or after the date is part of the dateline
        if rest and not _TIME_PART.match(rest):
            continue
        return (True, date_from_match(m))
    m = re.match(r"^" + _TIME + r"\s*(?:,|-|–|—|\|)?\s*(?P<rest>.+)$", s, re.I)
    if m and m.group("rest") != s:
        for form in DATE_FORMS:
            m2 = form.fullmatch(m.group("rest").strip(" .,"))
            if m2:
                return (True, date_from_match(m2))
    return (False, None)


_BYLINE = re.compile(
    r"^(?:by|written by|words by|story by|posted by|author|authors|byline)\s*[:\-–—]?\s+(?P<name>.+)$", re.I
)
_NAME_CONNECTORS = {"and", "&", "de", "da", "di", "del", "della", "van", "von", "der", "den", "du", "la", "le",
                    "bin", "al", "el", "of", "the", "y", "st", "st."}
_CLAUSE_WORDS = {"will", "would", "is", "are", "was", "were", "has", "have", "had", "can", "could", "should",
                 "may", "might", "must", "be", "been", "did", "does", "do", "not", "we", "it", "they", "this"}
_NOT_A_NAME = re.compile(
    r"^(?:jan(?:uary)?|feb(?:ruary)?|march|apr(?:il)?|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|"
    r"dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|christmas|then|now|contrast|comparison|"
    r"default|design|far|law|chance|way|all|then)\b",
    re.I,
)


def _byline_name(part: str) -> str | None:
    """'By Jane Doe, the Home Secretary' -> 'Jane Doe, the Home Secretary'; a sentence -> None."""
    m = _BYLINE.match(part.strip())
    if not m:
        return None
    name = m.group("name").strip().strip("|•·").strip()
    if not name or len(name) > 100 or len(name.split()) > 12:
        return None
    if not (name[0].isupper() or name[0] == "@") or _NOT_A_NAME.match(name):
        return None
    last = name.split()[-1]
    if name[-1] in "!?;" or (name[-1] == "." and len(last) > 3):
        return None
    head, _, tail = name.partition(",")
    words = head.split()
    if not words or len(words) > 6:
        return None
    for w in words:
        w0 = w.strip("()'\"’")
        if not w0:
            continue
        if not (w0[0].isupper() or w0.lower() in _NAME_CONNECTORS or w0[0] == "@"):
            return None
    if tail and (len(tail.split()) > 10 or any(w.lower().strip(",.") in _CLAUSE_WORDS for w in tail.split())):
        return None
    return name


_META_SPLIT = re.compile(r"\s+[|•·]\s+|\s+[–—-]\s+|\s*\|\s*")


def _meta_line(s: str) -> tuple[bool, str | None, str | None]:
    """A dateline / byline line ('By X | Jun 30, 2021'). Returns (is_meta, byline, iso_date)."""
    parts = [p for p in _META_SPLIT.split(s) if p.strip()]
    if not parts or len(parts) > 4:
        return (False, None, None)
    byline = date = None
    for p in parts:
        name = _byline_name(p)
        if name:
            byline = byline or name
            continue
        is_date, iso = _standalone_date(p)
        if is_date:
            date = date or iso
            if iso is None and not _RELATIVE_TIME.match(p.strip()):
                return (False, None, None)
            continue
        if len(parts) > 1 and _TIME_PART.match(p.strip()):
            continue
        return (False, None, None)
    return (True, byline, date)


# --------------------------------------------------------------------------------------------
# Furniture rules: each line of the text is classified; the rules are about page furniture in
# general (not about any one site), see ../shared/eval/GUIDELINES.md "Page furniture is not news".
# --------------------------------------------------------------------------------------------

# A heading after which everything is teasers / comments / footer: cut to the end of the text.
_END_HEADING = re.compile(
    r"^(?:related|recommended|trending|"
    r"(?:recent|latest|more|other|top|popular|related|recommended|trending|similar|featured)\s+"
    r"(?:news|stories|story|articles?|posts?|headlines|content|coverage|topics|reading|links|videos|reads)|"
    r"(?:trending|recommended)\s+(?:now|for you|today)|"
    r"most\s+(?:read|popular|viewed|shared|commented|recent)(?:\s+(?:news|stories|articles))?|"
    r"you\s+(?:may|might|will|could)\s+(?:also\s+)?(?:like|enjoy|be interested in|have missed)|"
    r"editor'?s'?\s+picks?|don'?t\s+miss|around\s+the\s+web|from\s+the\s+web|"
    r"(?:promoted|sponsored|partner)\s+(?:stories|content|links)|"
    r"more\s+from\s+[\w'’&.\- ]{1,40}|more\s+on\s+this\s+(?:story|topic))$",
    re.I,
)
# Headings after which nothing is the article's own text, however long it goes on.
_HARD_END_HEADING = re.compile(
    r"^(?:comments?|\d+\s+comments?|leave\s+a\s+(?:reply|comment)|post\s+a\s+comment|"
    r"join\s+the\s+(?:conversation|discussion)|about\s+the\s+author|source\s+link|source\s+url|"
    r"original\s+(?:article|source|link))$",
    re.I,
)
# A heading followed by a list of links: blank it and the link-like lines after it.
_LIST_HEADING = re.compile(
    r"^(?:read\s+more|read\s+also|also\s+read|see\s+also|read\s+next|up\s+next|further\s+reading|"
    r"more\s+reading|useful\s+links|external\s+links|links|sources?|resources|references|"
    r"further\s+information|what\s+to\s+read\s+next)$",
    re.I,
)
# One-line teasers and link-outs: "READ MORE: Police ...", "See also - ...".
_INLINE_TEASER = re.compile(
    r"^(?:read\s+more|read\s+also|also\s+read|see\s+also|related|more|read\s+next|watch|listen|must\s+read|"
    r"don'?t\s+miss|recommended|trending|click\s+here)\b(?:\s*[:>»|]|\s+[\-–—])",
    re.I,
)
_SHARE = re.compile(
    r"^(?:share|tweet|e-?mail|print|pin|save|copy\s+link|copy\s+url)"
    r"(?:\s+(?:this|the))?(?:\s+(?:story|article|post|page|link|video|news|it))?"
    r"(?:\s+(?:on|via|with|to)\s+[\w ,&/]{1,40})?\s*[:!.]?$",
    re.I,
)
# Share-button rows ("Share Email Print", "<Network> <Network> Email") are told by their shape: a few
# single capitalised words with share verbs among them, no sentence. No list of network names needed.
_SHARE_VERBS = {"share", "tweet", "email", "e-mail", "print", "pin", "copy", "save", "comment", "comments", "sms",
                "link", "shares"}
_BUTTON_WORD = re.compile(r"^(?:[A-Z][\w+.-]{0,14}|[a-z]{1,2}|\d+)$")
_PHONE_LABEL = re.compile(
    r"^(?:(?:call|phone|tel|telephone|hotline|helpline|toll[- ]?free|mobile|fax|contact)"
    r"(?:\s+(?:us|now|today|free|number|no))*\.?\s*[:\-–]?\s*)",
    re.I,
)
_PHONE = re.compile(r"\+?\(?\d[\d\s().\-/]{5,}\d")
_COPYRIGHT = re.compile(
    r"^(?:copyright\b|©|\(c\)\s*(?:19|20)\d{2}|(?:19|20)\d{2}\s*©)|\ball rights reserved\b", re.I
)
_URL_LINE = re.compile(
    r"^(?:[-*•]\s*)?(?:<?(?:https?://|www\.)\S+>?|\[[^\]]*\]\(\S+\)|(?:[\w-]+\.)+(?:com|org|net|co\.uk|uk|io)/\S*)$",
    re.I,
)
_DISCLAIMER = re.compile(
    r"\baffiliate\s+(?:revenue|commissions?|links?|partners?|partnerships?|programs?|programmes?|fees?)\b"
    r"|\b(?:we|us)\b[^.]{0,60}\b(?:earn|receive|get|make|collect)\b[^.]{0,40}\b(?:commission|revenue|compensation)"
    r"|\bexpert\s+editorial\s+opinion\b|\bindependently\s+(?:selected|chosen|reviewed)\s+by\b"
    r"|\bif\s+you\s+(?:click|buy|purchase|shop)\b[^.]{0,80}\b(?:we|us)\b"
    r"|\bthis\s+(?:article|story|post|page|content)\s+(?:is|was|contains?)\s+(?:sponsored|paid|an?\s+advertisement)",
    re.I,
)
_NEWSLETTER = re.compile(
    r"^(?:sign\s+up|subscribe|register|join|get)\b.{0,120}\b(?:newsletters?|e-?mails?|inbox|updates|alerts|briefing|"
    r"channel|community)\b|\b(?:sign\s+up|subscribe)\s+(?:to|for)\s+(?:our|the)\b.{0,60}\bnewsletter",
    re.I,
)
_FOLLOW = re.compile(
    r"^(?i:follow|like|join)\s+(?:us|@?[\w.]+(?:\s+[\w.]+)?)\s+(?i:on|at)\s+@?[A-Z]\w*(?:\s+@?[\w.]+)?[.!]?$",
)
_ADS = re.compile(
    r"^(?:advertisements?|advert|ads?|sponsored(?:\s+content)?|promoted|paid\s+content|partner\s+content|"
    r"(?:story|article)\s+continues\s+below(?:\s+(?:this\s+)?(?:advertisement|ad))?|continue\s+reading(?:\s+below)?|"
    r"scroll\s+(?:down\s+)?to\s+continue(?:\s+with\s+content)?|read\s+(?:the\s+)?(?:full|original)\s+(?:article|story)"
    r"(?:\s+(?:here|at|on)\b.{0,40})?|view\s+comments|loading(?:\.\.\.|…)?|listen\s+to\s+(?:this|the)\s+article|"
    r"play\s+video|watch\s+video|back\s+to\s+top|print\s+this\s+(?:page|article)|close|skip\s+(?:ad|advert)|"
    r"(?:this\s+)?(?:article|story)\s+(?:was\s+)?(?:originally|first)\s+(?:published|appeared)\b.{0,120}|"
    r"originally\s+published\b.{0,120}|reporting\s+by\b.{0,120}|(?:additional\s+)?(?:reporting|editing|writing)\s+by\b.{0,120})$",
    re.I,
)
_SKIP = re.compile(r"^(?:skip\s+to\s+(?:the\s+)?(?:main\s+|primary\s+)?(?:content|navigation|main|article|footer|menu)|jump\s+to\b)", re.I)
_NAV_WORDS = {"home", "news", "menu", "search", "login", "log in", "sign in", "sign up", "subscribe", "register",
              "account", "my account", "toggle navigation", "main menu", "navigation", "open menu", "close menu",
              "sections", "more", "latest", "top stories", "edition", "search for:", "go", "submit"}
_BREADCRUMB = re.compile(r"^home\s*(?:>|/|»|›|\||→)", re.I)
_LABELLED = re.compile(
    r"^(?:tags?|topics?|filed\s+under|categories|category|keywords|posted\s+in|source|sources|via|credit|"
    r"(?:image|photo|picture|photograph|pic|video|graphic|illustration)s?(?:\s+(?:credit|source))?)\s*:\s*\S",
    re.I,
)
_IMAGE_CREDIT = re.compile(
    r"^\(?(?:image|photo|picture|photograph|pic|video)s?(?:\s+(?:credit|source))?\s*[:,]\s*[^.]{0,60}\)?$", re.I
)
_HASHTAG = re.compile(r"(?<![\w&/#])#[^\W\d_][\w-]*")
_HASHTAG_SEP = re.compile(r"[ \t]*[|•·][ \t]*$")
_INLINE_URL = re.compile(r"(?<![\w@/])(?:https?://|www\.|pic\.[a-z]+\.com/)[^\s<>\"'”’)\]]+", re.I)
_SENTENCE_END = (".", "!", "?", '."', ".”", ".’", ".'", '?"', "?”", '!"', "!”")


def _norm(s: str) -> str:
    """A line without surrounding blanks or zero-width characters."""
    return s.strip().strip("\u200b\u200c\u200d\u2060\ufeff").strip()


def _words(s: str) -> int:
    return len(s.split())


def _is_prose(s: str) -> bool:
    n = _words(s)
    return n >= 8 or (n >= 4 and s.endswith(_SENTENCE_END))


def _is_link_like(s: str) -> bool:
    """A teaser title or link label: short and not a finished sentence."""
    return _words(s) <= 16 and not s.endswith(_SENTENCE_END)


def _is_phone_line(s: str) -> bool:
    rest = _PHONE_LABEL.sub("", s).strip()
    if not rest:
        return False
    parts = re.split(r"\s*(?:,|;|/|\bor\b|\band\b)\s*(?=\+?\(?\d)", rest)
    for p in parts:
        m = _PHONE.fullmatch(p.strip())
        if not m:
            return False
        digits = sum(c.isdigit() for c in p)
        if not 7 <= digits <= 15:
            return False
    return True


def _is_share_line(s: str) -> bool:
    if _SHARE.match(s):
        return True
    tokens = [t for t in re.split(r"[\s|/•·,:]+", s) if t]
    if not 2 <= len(tokens) <= 8 or not all(_BUTTON_WORD.match(t) for t in tokens):
        return False
    verbs = sum(t.lower() in _SHARE_VERBS for t in tokens)
    return verbs >= 2 or (verbs == 1 and len(tokens) >= 3)


def _without_hashtags(s: str) -> str:
    return _HASHTAG.sub("", s).strip(" \t|•·,")


def _hashtag_spans(line: str) -> Iterator[tuple[int, int]]:
    """Hashtags with the separator before them (" | #kids"); the separator is looked for right-to-left
    in a short window so that long runs of blanks cost nothing."""
    for m in _HASHTAG.finditer(line):
        start = m.start()
        sep = _HASHTAG_SEP.search(line[max(0, start - 12) : start])
        if sep:
            start -= len(sep.group())
        yield start, m.end()


@dataclass(frozen=True)
class _Kind:
    # "line": blank it; "end!": blank to the end; "end": blank to the end if it is a footer, else like "list";
    # "list": blank it and the link-like lines after it; "nav": navigation; "meta": byline or dateline
    kind: str
    reason: str
    byline: str | None = None
    date: str | None = None


def _classify(s: str) -> _Kind | None:
    """Classify one stripped, non-empty line; None means news text."""
    low = s.lower().rstrip(":").strip()
    n = _words(s)
    if n <= 8:
        if _HARD_END_HEADING.match(low):
            return _Kind("end!", "footer or comments")
        if _END_HEADING.match(low):
            return _Kind("end", "teaser or footer section")
        if re.search(r"\d", s):
            is_meta, byline, date = _meta_line(s)
            if is_meta:
                return _Kind("meta", "byline or dateline", byline, date)
        if _LIST_HEADING.match(low):
            return _Kind("list", "link list")
        if _SKIP.match(s):
            return _Kind("line", "skip link")
        if low in _NAV_WORDS or _BREADCRUMB.match(s):
            return _Kind("nav", "navigation")
        if _ADS.match(low):
            return _Kind("line", "advertising or credits")
        if _is_share_line(s):
            return _Kind("line", "share buttons")
        if _is_phone_line(s):
            return _Kind("line", "phone number")
    if n <= 40 and _ADS.match(low):
        return _Kind("line", "advertising or credits")
    if _URL_LINE.match(s):
        return _Kind("line", "link")
    if not _without_hashtags(s):
        return _Kind("line", "hashtags")
    if n <= 40 and _COPYRIGHT.search(s):
        return _Kind("line", "copyright")
    if n <= 80 and _DISCLAIMER.search(s):
        return _Kind("line", "affiliate or sponsor disclaimer")
    if n <= 30 and (_NEWSLETTER.search(s) or _FOLLOW.match(s)):
        return _Kind("line", "newsletter or follow prompt")
    if n <= 25 and _INLINE_TEASER.match(s):
        return _Kind("line", "teaser link")
    if n <= 20 and (_IMAGE_CREDIT.match(s) or (_LABELLED.match(s) and not s.endswith(_SENTENCE_END))):
        return _Kind("line", "label line (tags, source, credit)")
    if n <= 24:
        is_meta, byline, date = _meta_line(s)
        if is_meta:
            return _Kind("meta", "byline or dateline", byline, date)
    return None


# --------------------------------------------------------------------------------------------
# clean_text: the pure part
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Cleaned:
    """What :func:`clean_text` makes of one decoded text.

    ``removed`` lists (start, end, reason) of every blanked stretch, for debugging.
    """

    body: str
    headline: str
    headline_span: tuple[int, int]
    byline: str | None
    date: str | None
    removed: tuple[tuple[int, int, str], ...]


def _line_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    pos = 0
    for m in re.finditer(r"\r\n|\r|\n", text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    return spans


def _blank(segment: str) -> str:
    return re.sub(r"[^\r\n]", " ", segment)


def _compact(s: str) -> str:
    return re.sub(r"[\W_]+", "", s.lower())


def _similar(a: str, b: str) -> bool:
    """Near-same text (a repeated headline or standfirst), on compacted letters and digits."""
    if not a or not b:
        return False
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    if len(short) < 15:
        return False
    if short in long_ and len(short) >= 0.8 * len(long_):
        return True
    if len(short) < 0.7 * len(long_) or len(long_) > 600:
        return False
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return sm.quick_ratio() >= 0.85 and sm.ratio() >= 0.85


_HEADLINE_LEAD = re.compile(r"^(?:#{1,6}\s+|[*_>]+\s*)+")
_HEADLINE_TAIL_TAGS = re.compile(r"(?:[\s|•·,]*(?<![\w&/#])#[^\W\d_][\w-]*)+[\s|•·,]*$")
_HEADLINE_TRAIL = re.compile(r"[\s|•·*_]+$")
_MAX_HEADLINE = 300


def _headline_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The headline inside one line: markdown marks, trailing hashtag lists and separators trimmed."""
    line = text[start : min(end, start + 4 * _MAX_HEADLINE)]
    lead = len(line) - len(line.lstrip())
    s = line.strip()
    m = _HEADLINE_LEAD.match(s)
    if m:
        lead += m.end()
        s = s[m.end():]
    m = _HEADLINE_TAIL_TAGS.search(s)
    if m and m.start() > 0:
        s = s[: m.start()]
    s = _HEADLINE_TRAIL.sub("", s)
    if len(s) > _MAX_HEADLINE:
        # no line breaks to go by: the first sentence (or the first words) stands in for a headline
        m = re.search(r"[.!?][\"'”’]?\s", s[: _MAX_HEADLINE + 1])
        if m and m.start() >= 20:
            s = s[: m.start() + 1]
        else:
            cut = s.rfind(" ", 0, _MAX_HEADLINE)
            s = s[: cut if cut > 20 else _MAX_HEADLINE]
        s = s.rstrip()
    return (start + lead, start + lead + len(s))


_TOP_LINES = 15  # how many non-blank lines after the headline count as "the top" (repeats, datelines)


def clean_text(text: str) -> Cleaned:
    """Decoded text -> body (same length, furniture blanked), headline, its span, byline and date."""
    lines = _line_spans(text)
    removed: list[tuple[int, int, str]] = []
    byline: str | None = None
    date: str | None = None
    headline_idx: int | None = None
    headline_span = (0, 0)
    kinds: list[_Kind | None] = []
    stripped: list[str] = []
    for a, b in lines:
        s = _norm(text[a:b])
        stripped.append(s)
        kinds.append(_classify(s) if s else None)

    nonblank = [i for i, s in enumerate(stripped) if s]
    # characters of prose (not furniture) before and after each line, to tell a footer from a box
    prose_upto = [0]  # prose_upto[i]: prose characters in the lines before line i
    for i, s in enumerate(stripped):
        prose_upto.append(prose_upto[-1] + (len(s) if s and kinds[i] is None and _is_prose(s) else 0))

    # 1. the headline: the first line that is not furniture (short kicker lines like "Opinion" are passed over)
    for pos, i in enumerate(nonblank):
        if kinds[i] is not None:
            continue
        s = stripped[i]
        if _words(s) < 3 and any(kinds[j] is None and _words(stripped[j]) >= 3 for j in nonblank[pos + 1 : pos + 5]):
            continue
        span = _headline_span(text, *lines[i])
        if span[1] > span[0]:
            headline_idx, headline_span = i, span
            break

    def remove(a: int, b: int, reason: str) -> None:
        if b > a:
            removed.append((a, b, reason))

    # 2. walk the lines
    top_seen: list[str] = []  # compacted keys of the kept lines near the top, for repeats
    seen_long: set[str] = set()  # compacted keys of long kept lines anywhere, for exact repeats
    prose_seen = False
    in_list = False
    top_left = _TOP_LINES
    for i, (a, b) in enumerate(lines):
        s = stripped[i]
        if not s:
            continue
        k = kinds[i]
        before_headline = headline_idx is None or i < headline_idx
        near_top = not before_headline and top_left > 0
        if not before_headline:
            top_left -= 1
        if k is not None:
            if k.kind == "meta":
                byline = byline or k.byline
                if near_top or before_headline:
                    date = date or k.date
            # a teaser heading ends the article when less of the article's kind of text follows it than
            # came before it; otherwise it is a box inside the article: blank it and its links only
            if (k.kind == "end!" and prose_seen) or (k.kind == "end" and prose_seen and prose_upto[-1] - prose_upto[i + 1] <= prose_upto[i]):
                remove(a, len(text), k.reason)
                break
            in_list = not before_headline and k.kind in ("list", "end")
            remove(a, b, k.reason)
            continue
        if in_list and i != headline_idx and _is_link_like(s):
            remove(a, b, "link list")
            continue
        in_list = False
        if before_headline:
            continue  # a short kicker line; kept
        key = _compact(text[headline_span[0] : headline_span[1]] if i == headline_idx else s)
        if i != headline_idx and top_seen:
            # a repeated headline or standfirst; a finished sentence that echoes one stays (it may say who said it)
            if near_top and _words(s) >= 4 and (
                _similar(key, top_seen[0]) or (not s.endswith(_SENTENCE_END) and any(_similar(key, t) for t in top_seen))
            ):
                remove(a, b, "repeated headline")
                continue
            if _words(s) >= 6 and key in seen_long:
                remove(a, b, "repeated line")
                continue
        if near_top:
            top_seen.append(key)
        if _words(s) >= 6:
            seen_long.add(key)
        if i != headline_idx and _is_prose(s):
            prose_seen = True
        # inline furniture inside a kept line
        line = text[a:b]
        for hs, he in _hashtag_spans(line):
            remove(a + hs, a + he, "hashtag")
        for m in _INLINE_URL.finditer(line):
            remove(a + m.start(), a + m.end(), "link")
        if i == headline_idx:
            # trailing separators of a hashtag list ("Title | #a | #b |")
            tail = text[headline_span[1] : b]
            if tail.strip() and not _without_hashtags(tail):
                remove(headline_span[1], b, "hashtag list")

    removed.sort()
    parts: list[str] = []
    pos = 0
    for a, b, _ in removed:
        if b <= pos:
            continue
        a = max(a, pos)
        parts.append(text[pos:a])
        parts.append(_blank(text[a:b]))
        pos = b
    parts.append(text[pos:])
    body = "".join(parts)
    headline = text[headline_span[0] : headline_span[1]]
    return Cleaned(
        body=body,
        headline=headline,
        headline_span=headline_span,
        byline=byline,
        date=date,
        removed=tuple(removed),
    )


# --------------------------------------------------------------------------------------------
# HTML
# --------------------------------------------------------------------------------------------

_BLOCK_TAGS = {
    "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "figcaption", "figure", "h1", "h2", "h3",
    "h4", "h5", "h6", "hr", "li", "main", "ol", "p", "pre", "section", "table", "tr", "td", "th", "ul", "body",
    "br", "caption", "center", "details", "summary",
}
_DROP_TAGS = ("script", "style", "nav", "header", "footer", "aside", "noscript", "form", "iframe", "svg",
              "template", "button", "select", "object", "embed", "canvas", "menu")


@dataclass(frozen=True)
class _HtmlDoc:
    text: str
    title: str | None
    url: str | None
    date: str | None
    author: str | None


def _paragraphs(lines: Iterable[str]) -> str:
    out = []
    for line in lines:
        line = re.sub(r"[ \t\f\v\u00a0]+", " ", line).strip()
        if line:
            out.append(line)
    return "\n\n".join(out)


def _html_fallback(html: str) -> _HtmlDoc:
    """Plain lxml: the text of <body> without script, style, navigation, header and footer."""
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return _HtmlDoc("", None, None, None, None)
    title = root.findtext(".//title")
    for bad in root.xpath("|".join(f"//{t}" for t in _DROP_TAGS)):
        bad.drop_tree()
    body = root.find("body")
    if body is None:
        body = root
    parts: list[str] = []
    for event, el in etree.iterwalk(body, events=("start", "end")):
        tag = el.tag if isinstance(el.tag, str) else ""
        if event == "start":
            if tag in _BLOCK_TAGS:
                parts.append("\n")
            if tag and el.text:
                parts.append(el.text)
        else:
            if tag in _BLOCK_TAGS:
                parts.append("\n")
            if el is not body and el.tail:
                parts.append(el.tail)
    return _HtmlDoc(_paragraphs("".join(parts).splitlines()), (title or "").strip() or None, None, None, None)


def html_to_text(html: str) -> tuple[str, str | None, str | None, str | None, str | None]:
    """HTML -> (main text with paragraphs separated by blank lines, title, url, date, author).

    trafilatura finds the main text; if it returns nothing, plain lxml text of <body> minus
    script/style/nav/header/footer is used. The title is put first when the text lacks it.
    """
    doc: _HtmlDoc | None = None
    try:
        import trafilatura

        res = trafilatura.bare_extraction(html, include_comments=False, with_metadata=True)
        text = getattr(res, "text", None) if res is not None else None
        if text and text.strip():
            doc = _HtmlDoc(
                _paragraphs(text.splitlines()),
                (getattr(res, "title", None) or "").strip() or None,
                getattr(res, "url", None) or None,
                parse_date(getattr(res, "date", None) or ""),
                (getattr(res, "author", None) or "").strip() or None,
            )
    except Exception as exc:  # noqa: BLE001 - a crash inside the extractor becomes the fallback
        log.warning("trafilatura failed (%s); using plain lxml text", exc)
    if doc is None:
        doc = _html_fallback(html)
    text = doc.text
    title = doc.title
    if title:
        first = text.split("\n", 1)[0]
        if not _similar(_compact(first), _compact(title)):
            text = f"{title}\n\n{text}" if text else title
    return text, title, doc.url, doc.date, doc.author


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def _decode_html(data: bytes) -> str:
    m = _META_CHARSET.search(data[:4096])
    declared = m.group(1).decode("ascii", "ignore") if m else None
    return decode_bytes(data, declared=declared)


def _looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or bool(re.match(r"<(?:head|body)\b", head))


# --------------------------------------------------------------------------------------------
# Reading files
# --------------------------------------------------------------------------------------------


def _ascii_id(raw: str) -> str:
    """An IRI-friendly id: ASCII letters, digits, '.', '_' and '-'."""
    s = unicodedata.normalize("NFKD", raw).encode("ascii", "ignore").decode("ascii")
    s = re.sub(r"[^A-Za-z0-9._-]+", "-", s).strip("-.")
    return s or "article-" + hashlib.sha1(raw.encode("utf-8")).hexdigest()[:10]


def _make_article(
    id_: str, source: str, text: str, *, title: str | None = None, url: str | None = None,
    date: str | None = None, byline: str | None = None,
) -> Article | Skipped:
    cleaned = clean_text(text)
    if not re.search(r"[^\W\d_]", cleaned.body):
        return Skipped(source, "no article text (only page furniture)")
    headline, span = cleaned.headline, cleaned.headline_span
    if title:
        # a record's or page's own title wins when it is in the text
        t = title.strip()
        at = text.find(t) if t else -1
        if at >= 0 and at < 2000 + len(t):
            tspan = _headline_span(text, at, at + len(t))
            headline, span = text[tspan[0] : tspan[1]], tspan
    return Article(
        id=id_,
        source=source,
        headline=headline,
        text=text,
        body=cleaned.body,
        headline_span=span,
        url=url,
        date=date or cleaned.date,
        byline=byline or cleaned.byline,
    )


def _read_text_file(data: bytes, id_: str, source: str) -> list[Article | Skipped]:
    text = decode_bytes(data)
    if not text.strip():
        return [Skipped(source, "empty file (whitespace only)")]
    if _looks_like_html(text):
        return _from_html(text, id_, source)
    return [_make_article(id_, source, text)]


def _from_html(html: str, id_: str, source: str) -> list[Article | Skipped]:
    text, title, url, date, author = html_to_text(html)
    if not text.strip():
        return [Skipped(source, "no text found in the HTML")]
    return [_make_article(id_, source, text, title=title, url=url, date=date, byline=author)]


_TITLE_KEYS = ("title", "headline", "name")
_TEXT_KEYS = ("text", "body", "content", "article", "maintext", "description")
_URL_KEYS = ("url", "link", "source_url", "canonical_url")
_DATE_KEYS = ("date", "published", "published_at", "publishedAt", "date_published", "datePublished", "pubDate",
              "publish_date", "created_at", "time")
_AUTHOR_KEYS = ("byline", "author", "authors", "creator")


def _first(rec: dict, keys: Sequence[str]):
    for k in keys:
        v = rec.get(k)
        if v not in (None, "", []):
            return v
    return None


def _as_text(v) -> str | None:
    if v is None:
        return None
    if isinstance(v, str):
        return v.lstrip("\ufeff")
    if isinstance(v, list) and all(isinstance(x, str) for x in v):
        return "\n\n".join(x.strip() for x in v if x.strip())
    if isinstance(v, dict):
        return _as_text(_first(v, ("name", "text", "value")))
    if isinstance(v, (int, float)):
        return str(v)
    return None


def _from_record(rec, id_: str, source: str, where: str) -> Article | Skipped:
    if not isinstance(rec, dict):
        return Skipped(source, f"{where}: expected a JSON object with 'title' and 'text', got {type(rec).__name__}")
    body = _as_text(_first(rec, _TEXT_KEYS))
    if not body or not body.strip():
        return Skipped(source, f"{where}: no article text (expected one of the keys {', '.join(_TEXT_KEYS[:3])})")
    title = _as_text(_first(rec, _TITLE_KEYS))
    title = re.sub(r"\s+", " ", title).strip() if title else None
    url = _as_text(_first(rec, _URL_KEYS))
    date = _as_text(_first(rec, _DATE_KEYS))
    author = _first(rec, _AUTHOR_KEYS)
    if isinstance(author, list):
        author = ", ".join(a for a in (_as_text(x) for x in author) if a)
    else:
        author = _as_text(author)
    html_title = None
    if re.search(r"<(?:p|div|br|article|span|h[1-6])\b[^>]*>", body[:5000], re.I):
        body, html_title, _, _, _ = html_to_text(body)
        if html_title and title and _similar(_compact(body.split("\n", 1)[0]), _compact(html_title)):
            body = body.split("\n\n", 1)[1] if "\n\n" in body else ""
    title = title or html_title
    text = f"{title}\n\n{body.strip()}" if title else body
    if url:
        source = url.strip()
    return _make_article(
        id_, source, text, title=title, url=url.strip() if url else None,
        date=parse_date(date) if date else None, byline=author.strip() if author else None,
    )


def _read_records(data: bytes, stem_id: str, rel: str, jsonl: bool) -> list[Article | Skipped]:
    text = decode_bytes(data)
    if not text.strip():
        return [Skipped(rel, "empty file (whitespace only)")]
    out: list[Article | Skipped] = []
    if not jsonl:
        try:
            doc = json.loads(text)
        except json.JSONDecodeError as exc:
            if "\n" in text.strip():
                return _read_records(data, stem_id, rel, jsonl=True)  # JSON Lines named .json
            return [Skipped(rel, f"invalid JSON ({exc.msg} at line {exc.lineno} column {exc.colno})")]
        if isinstance(doc, dict):
            inner = _first(doc, ("articles", "items", "records", "data", "results"))
            doc = inner if isinstance(inner, list) else [doc]
        if not isinstance(doc, list):
            return [Skipped(rel, "expected a JSON object or a list of objects")]
        for n, rec in enumerate(doc, 1):
            out.append(_from_record(rec, f"{stem_id}-{n}", f"{rel}#{n}", f"{rel} item {n}"))
        return out
    for n, line in enumerate(text.split("\n"), 1):
        line = line.strip().lstrip("\ufeff")
        if not line:
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            out.append(Skipped(f"{rel}#{n}", f"{rel} line {n}: invalid JSON ({exc.msg} at column {exc.colno})"))
            continue
        out.append(_from_record(rec, f"{stem_id}-{n}", f"{rel}#{n}", f"{rel} line {n}"))
    return out


def _read_file(path: Path, rel: str, id_: str) -> list[Article | Skipped]:
    """One file -> its articles (or why it was skipped)."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            return [Skipped(rel, f"file too large ({size // (1024 * 1024)} MB; the limit is {MAX_BYTES // (1024 * 1024)} MB)")]
        data = path.read_bytes()
    except OSError as exc:
        return [Skipped(rel, f"cannot read the file ({exc.strerror or exc})")]
    if not data.strip():
        return [Skipped(rel, "empty file")]
    suffix = path.suffix.lower()
    if suffix == ".json" and data.lstrip().startswith(b"{") and b'"format": "news-kg ids"' in data:
        return [Skipped(rel, "the entity id registry of a build (ids.json), not an article; "
                             "give the folder of the articles, not the build folder")]
    if suffix in HTML_SUFFIXES and _GENERATOR in data[:4096]:
        return [Skipped(rel, "a page news-kg wrote (the graph.html of a build), not an article; "
                             "give the folder of the articles, not the build folder")]
    try:
        if suffix in HTML_SUFFIXES:
            return _from_html(_decode_html(data), id_, rel)
        if suffix in RECORD_SUFFIXES:
            return _read_records(data, id_, rel, jsonl=suffix == ".jsonl")
        return _read_text_file(data, id_, rel)
    except _Unreadable as exc:
        return [Skipped(rel, str(exc))]


def _folder_files(root: Path) -> list[tuple[Path, str]]:
    """(path, relative posix name) of the article files under ``root``, hidden ones left out, sorted."""
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for name in filenames:
            if name.startswith(".") or not name.lower().endswith(SUFFIXES):
                continue
            p = Path(dirpath, name)
            found.append((p, p.relative_to(root).as_posix()))
    found.sort(key=lambda t: t[1])
    return found


def _inputs(inputs: Sequence[Path]) -> Iterator[tuple[Path, str] | Skipped]:
    """The article files of every input path, or a Skipped entry for a path that gives none."""
    seen: set[Path] = set()
    for raw in inputs:
        path = Path(raw)
        if not path.exists():
            yield Skipped(str(path), "no such file or folder; give an article file (.txt, .html, .jsonl) or a folder of them")
            continue
        if path.is_dir():
            files = _folder_files(path)
            if not files:
                yield Skipped(str(path), "no .txt, .md, .html or .jsonl articles in this folder; "
                                         "put article files there or give another path")
                continue
        else:
            files = [(path, path.name)]
        for p, rel in files:
            key = p.resolve()
            if key in seen:
                continue
            seen.add(key)
            yield p, rel


def _read_safely(path: Path, rel: str, id_: str) -> list[Article | Skipped]:
    try:
        return _read_file(path, rel, id_)
    except Exception as exc:  # noqa: BLE001 - one odd file must not stop the batch; the reason is reported
        log.warning("cannot read %s", rel, exc_info=True)
        return [Skipped(rel, f"cannot read the file ({type(exc).__name__}: {exc})")]


def read_articles(inputs: Sequence[Path]) -> tuple[list[Article], list[Skipped]]:
    """Files or folders -> (articles, skipped). Folders are read recursively in sorted order.

    A file that cannot be read (empty, binary, broken JSON line ...), a missing path or a folder
    without article files becomes a Skipped entry and the batch goes on. Only when no input path
    gives a single file to read is that a usage mistake: InputError.
    """
    if isinstance(inputs, (str, Path)):
        inputs = [inputs]
    articles: list[Article] = []
    skipped: list[Skipped] = []
    used: set[str] = set()
    files = 0
    for found in _inputs(inputs):
        if isinstance(found, Skipped):
            log.info("skipped %s: %s", found.source, found.reason)
            skipped.append(found)
            continue
        files += 1
        path, rel = found
        base = _ascii_id(PurePosixPath(rel).with_suffix("").as_posix().replace("/", "_"))
        for item in _read_safely(path, rel, base):
            if isinstance(item, Skipped):
                log.info("skipped %s: %s", item.source, item.reason)
                skipped.append(item)
                continue
            id_ = item.id
            n = 2
            while id_ in used:
                id_ = f"{item.id}-{n}"
                n += 1
            used.add(id_)
            if id_ != item.id:
                item = Article(**{**item.__dict__, "id": id_})
            articles.append(item)
    if not files:
        raise InputError("; ".join(f"{s.source}: {s.reason}" for s in skipped) or "no input given")
    return articles, skipped


def read_article(path: Path) -> Article:
    """One file -> one Article; InputError (with the reason) when it cannot be read."""
    articles, skipped = read_articles([Path(path)])
    if skipped and not articles:
        raise InputError(f"{path}: {skipped[0].reason}")
    if len(articles) != 1:
        raise InputError(f"{path}: holds {len(articles)} articles; use read_articles for feeds")
    return articles[0]
