"""Name handling shared by extraction, resolution and the graph: plain strings in, plain strings out."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from types import MappingProxyType

from wordfreq import zipf_frequency

from .wordlists import WordListError, word_list, word_map

#: Forms of address ("Dr", "Sir"), with and without a full stop.
HONORIFICS = word_list("graph.text", "honorifics")
#: Honorifics used with a first name alone ("Sir Graham").
FIRST_NAME_HONORIFICS = word_list("graph.text", "first_name_honorifics")
#: Honours, legal ranks and degrees written after a name ("QC", "OBE"), case-sensitive.
POSTNOMINALS = word_list("graph.text", "postnominals")
#: Words of job and role titles ("chief", "constable", "secretary").
ROLE_WORDS = word_list("graph.text", "title_words")
#: Small words inside long names ("of", "for", "&").
NAME_CONNECTORS = word_list("graph.text", "name_connectors")
#: Month and weekday names: capitalised, never entities.
CALENDAR_WORDS = word_list("graph.text", "calendar_words")
#: Widely known platforms and companies (typing help only), and renamed companies (alias -> current).
KNOWN_PRODUCTS = word_list("graph.text", "known_products")
KNOWN_COMPANIES = word_list("graph.text", "known_companies")
RENAMED = word_map("graph.text", "renamed_companies")
#: Political parties by the names of their members ("Tory", "Democrats") -> the party's key.
PARTY_NAMES = word_map("graph.text", "party_names")
#: Given names -> the sex they are mostly given to ("m", "f", None); the ones that are also English words.
FIRST_NAMES = word_map("graph.text", "first_names")
FIRST_NAME_WORDS = word_list("graph.text", "first_name_words")
#: The kinds of alias aliases.txt holds -> whether an alias of the kind votes on its entity's type (its
#: header says which rule joins each kind, and where).
ALIAS_KINDS = MappingProxyType({"metonym": True, "other-name": False, "team-nickname": True})


def _read_aliases() -> MappingProxyType:
    """aliases.txt: alias -> (kind, the keys of the names it stands for, in file order)."""
    out = {}
    for alias, value in word_map("graph.text", "aliases").items():
        kind, _, names = (value or "").partition("\t")
        if kind not in ALIAS_KINDS or not names:
            raise WordListError(f"graph.text/data/aliases.txt: {alias!r} needs 'alias<TAB>kind<TAB>name|name' "
                                f"with a kind of {', '.join(ALIAS_KINDS)}, got {value!r}")
        out[alias] = (kind, tuple(names.split("|")))
    return MappingProxyType(out)


#: Widely known other names that share no word with what they stand for ("pentagon", "oscars", "spurs") ->
#: (kind, names): a building for the institution inside, an award's other name, a team's nickname.
ALIASES = _read_aliases()


def _aliases_of(kind: str) -> MappingProxyType:
    """The aliases of one kind -> the keys of the names each stands for ("spurs" -> ("tottenham", ...))."""
    return MappingProxyType({a: names for a, (k, names) in ALIASES.items() if k == kind})


#: The aliases extraction reads by kind: buildings for the institution inside ("pentagon", "holyrood"),
#: team nicknames ("gunners" -> ("arsenal",)).
METONYMS = _aliases_of("metonym")
TEAM_NICKNAMES = _aliases_of("team-nickname")


#: Lower-case particles inside personal names ("van", "de", "bin").
NAME_PARTICLES = word_list("graph.text", "name_particles")
#: The world's countries, lower case (ISO 3166-1).
COUNTRIES = word_list("graph.text", "countries")

__all__ = [
    "party_of",
    "HONORIFICS",
    "FIRST_NAME_HONORIFICS",
    "POSTNOMINALS",
    "ROLE_WORDS",
    "NAME_CONNECTORS",
    "CALENDAR_WORDS",
    "KNOWN_PRODUCTS",
    "KNOWN_COMPANIES",
    "RENAMED",
    "PARTY_NAMES",
    "FIRST_NAMES",
    "FIRST_NAME_WORDS",
    "COUNTRIES",
    "NAME_PARTICLES",
    "ALIAS_KINDS",
    "ALIASES",
    "METONYMS",
    "TEAM_NICKNAMES",
    "is_first_name",
    "is_abbreviation",
    "slugify",
    "fold",
    "name_key",
    "initials",
    "acronym_matches",
    "capital_initials",
    "defines_acronym",
    "acronym_candidates",
    "whole_acronyms",
    "acronym_letters",
    "is_acronym",
    "is_common_word",
    "is_short_name",
    "strip_titles",
]

_APOS = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"})
_SPELLING = {"centre": "center", "organisation": "organization", "programme": "program", "defence": "defense"}


def slugify(text: str) -> str:
    """A lowercase ASCII slug, stable for the same text ("Jane Doe" -> "jane-doe")."""
    norm = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", norm.lower()).strip("-")
    return slug[:80].strip("-") or "x"


_SPACES = re.compile(r"\s+")
_ARTICLE = re.compile(r"^(the|a|an)\s+")
_POSSESSIVE = re.compile(r"('s|')$")


@lru_cache(maxsize=1 << 16)  # extraction folds the same words over and over
def fold(text: str) -> str:
    """Case- and punctuation-folded text for comparisons ("Chiefs’ Council" -> "chiefs' council")."""
    if text.isascii() and text.isprintable() and "  " not in text:
        # what the steps below leave of such a text (NFKC and _APOS change no printable ASCII,
        # its only space is " ", and casefold is lower): most words and names, on every call
        return text.strip().lower()
    text = unicodedata.normalize("NFKC", text).translate(_APOS)
    return _SPACES.sub(" ", text).strip().casefold()


def strip_titles(words: list[str]) -> list[str]:
    """Drop leading honorifics and role words ("Chief Constable Jane Doe" -> Jane Doe)."""
    out = list(words)
    while len(out) > 1 and (out[0].lower().rstrip(".") in HONORIFICS or out[0].lower() in ROLE_WORDS):
        out = out[1:]
    return out


@lru_cache(maxsize=1 << 16)
def name_key(text: str, *, person: bool = False) -> str:
    """The resolution key of a name: folded, without "the", possessive, honorifics or titles."""
    t = fold(text)
    t = _ARTICLE.sub("", t)
    t = _POSSESSIVE.sub("", t).strip()
    t = t.strip(" .,;:-\"'()[]")
    words = t.split()
    if person:
        words = strip_titles(words)
    else:
        while len(words) > 1 and words[0].rstrip(".") in HONORIFICS:
            words = words[1:]
    words = [_SPELLING.get(w, w) for w in words]
    return " ".join(words)


def initials(words: list[str], skip_small: bool = True) -> str:
    """First letters of the content words ("National Crime Agency" -> "nca")."""
    small = {"of", "for", "and", "the", "to", "on", "in", "&", "a", "an", "de"}
    out = []
    for w in words:
        w = w.strip("'’")
        if not w or (skip_small and w.lower() in small):
            continue
        out.append(w[0].lower())
    return "".join(out)


def acronym_letters(acronym: str) -> str:
    """The letters and digits of an acronym, lower case ("N.C.A." -> "nca")."""
    return re.sub(r"[^a-z0-9]", "", acronym.lower())


def _name_words(name: str) -> list[str]:
    """The words of a name an acronym can spell, without a possessive "'s"."""
    return [w for w in re.findall(r"[A-Za-z0-9][\w'’-]*", name) if w.lower() not in ("'s", "’s")]


def _whole_initials(words: list[str]) -> set[str]:
    """The acronyms that spell every word of a name: initials of its content words, of all its
    words, of its hyphenated parts ("World Anti-Doping Agency" -> "wada"), and an acronym opening
    the name kept with its letters ("UK Independence Party" -> "ukip")."""
    parts = [p for w in words for p in w.split("-") if p]
    whole = {initials(words), initials(words, skip_small=False), initials(parts)}
    if len(words) >= 2 and 2 <= len(words[0]) <= 3 and words[0].isalpha() and words[0].lower() not in ("the", "of", "for", "and", "a", "an"):
        whole.add(words[0].lower() + initials(words[1:]))
    return whole


def whole_acronyms(name: str, kinds: frozenset[str] | set[str] = frozenset()) -> set[str]:
    """The acronyms that spell ``name`` whole (see ``_whole_initials``), and, in a name of three
    words or more, the name less a last word in ``kinds`` (the word for its kind of body: "CEOP" of
    "... Protection Centre"); ``acronym_candidates`` adds those that leave out a word at either end."""
    words = _name_words(name)
    whole = _whole_initials(words)
    if len(words) > 2 and words[-1].lower() in kinds:
        whole.add(initials(words[:-1]))
    return whole


def acronym_candidates(name: str) -> frozenset[str]:
    """Every acronym that abbreviates ``name``: the ones that spell it whole, and the initials of
    the name without a trailing generic word or a leading country prefix. Empty for one-word
    names. Resolution indexes names by these, so it never compares all pairs."""
    words = _name_words(name)
    if len(words) < 2:
        return frozenset()
    candidates = _whole_initials(words)
    if len(words) > 2:
        candidates.add(initials(words[:-1]))
        if initials(words[1:2]):  # not after a small word: "Constitution for the European Union" is no "EU"
            candidates.add(initials(words[1:]))  # a country prefix: "US National Center ..." -> "NC..."
    return frozenset(candidates)


def capital_initials(name: str) -> str | None:
    """The initials of a name as written when a word of it has capitals inside it: that word gives
    all its capitals, a number its digits, any other content word its first letter ("PlayStation 2"
    -> "ps2", "GameBoy Advance" -> "gba"); None for a name with no such word (its initials are
    ``acronym_candidates``'s, which read lower-cased keys)."""
    words = _name_words(name)
    if not any(w[0].isupper() and any(c.isupper() for c in w[1:]) and not w.isupper() for w in words):
        return None
    out = []
    for w in words:
        if w.isdigit():
            out.append(w)
        elif w[0].isupper() and any(c.isupper() for c in w[1:]) and not w.isupper():
            out.append("".join(c for c in w if c.isupper()).lower())
        elif w.lower() not in ("of", "for", "and", "the", "to", "on", "in", "a", "an", "de"):
            out.append(w[0].lower())
    return "".join(out)


def acronym_matches(acronym: str, name: str) -> bool:
    """Does ``acronym`` abbreviate ``name``? Tries content words, all words, and the name
    without a trailing generic word ("CEOP" ~ "Child Exploitation and Online Protection Centre")."""
    acr = acronym_letters(acronym)
    return len(acr) >= 2 and acr in acronym_candidates(name)


def defines_acronym(acronym: str, name: str) -> bool:
    """Does ``name``, written right before "(ACRONYM)", spell the acronym out? The initials of
    ``acronym_matches``, or the definition test of Schwartz and Hearst (2003) that a bracket
    allows: the acronym's letters found in the name in order, read from the end, its first
    letter opening the name's first word, the name no longer than the acronym allows
    (min(letters + 5, 2 x letters) words). "India Petrochemicals Limited (IPCL)", where one
    word gives two letters, is spelled out; "John Smith (AP)" is not."""
    if acronym_matches(acronym, name):
        return True
    acr = acronym_letters(acronym)
    # the bracket may abbreviate the name less one or two words that open it and say where the body
    # is ("North American Court of Arbitration for Sport (CAS)"): the rest spelled out whole
    spelled = _name_words(name)
    if len(acr) >= 3 and any(len(spelled) - d >= 3 and acr in _whole_initials(spelled[d:]) for d in (1, 2)):
        return True
    words = name.split()
    if len(acr) < 2 or not words or len(words) > min(len(acr) + 5, 2 * len(acr)):
        return False
    long = name.lower()
    if long[0] != acr[0]:
        return False
    j = len(long) - 1
    for c in reversed(acr[1:]):
        while j > 0 and long[j] != c:
            j -= 1
        if j <= 0:
            return False
        j -= 1
    return True


def is_common_word(word: str, threshold: float = 4.0) -> bool:
    """Is ``word`` (any case) an everyday English word rather than a name or acronym?"""
    return _zipf(word.lower()) >= threshold


@lru_cache(maxsize=1 << 16)  # wordfreq tokenises the word on every call
def _zipf(word: str) -> float:
    return zipf_frequency(word, "en")


def is_short_name(short: str, full: str) -> bool:
    """Can the one-word key ``short`` stand for the longer name key ``full`` ("leeds" for "leeds
    united", "carver" for "carver mutual financial corp")? It must be the first word; a common
    word ("house", "national") only stands for a name of two words, whose second word it drops."""
    words = full.split()
    if len(words) < 2 or words[0] != short:
        return False
    return len(words) == 2 or not is_common_word(short, 4.5)


def is_abbreviation(short: str, full: str) -> bool:
    """Is the name key ``short`` the name key ``full`` with some words written short, word for word
    ("kirk ath" for "kirkton athletic", "tarn utd" for "tarnford united")? Each short word is the
    full word or keeps its first letter and some later ones in order ("utd" of "united", "kirk" of
    "kirkton"); at least one is cut, each cut word keeps three letters or more, and a cut word that is
    a frequent everyday word of its own is the full word's beginning ("man utd"; "sky news" is no "sky
    networks" written short)."""
    sw, fw = short.split(), full.split()
    if len(sw) < 2 or len(sw) != len(fw) or sw == fw:
        return False
    for s, f in zip(sw, fw):
        if s == f:
            continue
        if len(s) < 3 or len(s) >= len(f) or s[0] != f[0] or not s.isalpha():
            return False
        rest = iter(f[1:])
        if not all(c in rest for c in s[1:]):
            return False
        if not f.startswith(s) and is_common_word(s, 5.0):
            return False
    return True


def is_first_name(word: str) -> bool:
    """Is ``word`` a given name that is not also an everyday English word ("Carly", not "Mark")?"""
    low = fold(word).strip(".")
    return low in FIRST_NAMES and low not in FIRST_NAME_WORDS and word[:1].isupper()


@lru_cache(maxsize=1 << 16)
def is_acronym(word: str) -> bool:
    """An all-capitals token of 2-7 letters that is not an emphasised everyday word."""
    core = word.strip(".")
    if not (2 <= len(core) <= 7) or not core.isupper() or not any(c.isalpha() for c in core):
        return False
    if not re.fullmatch(r"[A-Z0-9&]+", core):
        return False
    return not (len(core) >= 4 and is_common_word(core, 3.6))


def party_of(key: str) -> str | None:
    """The key of the party a name names, in the singular too ("liberal democrat" as "liberal democrats"); else None."""
    return PARTY_NAMES.get(key) or PARTY_NAMES.get(key + "s")
