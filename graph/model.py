"""Typed contracts between the pipeline stages: plain frozen dataclasses, no spaCy objects."""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = [
    "ENTITY_TYPES",
    "RELATIONS",
    "Article",
    "Skipped",
    "Evidence",
    "rule_family",
    "Mention",
    "Quotation",
    "Relation",
    "FIGURE_UNITS",
    "QUALIFIERS",
    "Figure",
    "FigureGroup",
    "Extraction",
    "Alias",
    "Entity",
    "Resolution",
]

#: The entity classes of the graph contract (../shared/eval/GUIDELINES.md).
ENTITY_TYPES = ("Person", "Organization", "Product", "Place", "Legislation", "Event")

#: The seven relation predicates of the graph contract, with their human labels.
RELATIONS = {
    "criticises": "criticises",
    "reportsTo": "reports to",
    "cites": "cites",
    "worksFor": "works for",
    "owns": "owns",
    "callsOn": "calls on",
    "partnersWith": "partners with",
}


@dataclass(frozen=True)
class Article:
    """One input document.

    ``text`` is the decoded original text (BOM removed, nothing else changed): every
    offset in the graph points into it. ``body`` has exactly the same length, with page
    furniture (phone numbers, hashtags, teasers, link lists ...) blanked to spaces, so the
    NLP stage reads only news while offsets stay valid for ``text``.
    """

    id: str  # stable key, e.g. the file stem "000_7c9448b5766a767c" or "feed.jsonl#3"
    source: str  # the input file name (never an absolute path) or the article URL
    headline: str
    text: str
    body: str
    headline_span: tuple[int, int] = (0, 0)
    url: str | None = None
    date: str | None = None  # ISO date when the text or the record gives one
    byline: str | None = None


@dataclass(frozen=True)
class Skipped:
    """An input that could not be read, and why (shown in the build summary)."""

    source: str
    reason: str


def rule_family(rule: str) -> str:
    """The rule an evidence record names, without its cue word: "criticises:verb:accuse" ->
    "criticises:verb", "worksFor:title:chunk+title" -> "worksFor:title", "quote:attributed"."""
    return ":".join(rule.split(":")[:2])


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: article, sentence and character offsets into ``Article.text``."""

    article: str
    start: int  # sentence start
    end: int  # sentence end
    sentence: str
    rule: str  # the extraction rule that found it
    confidence: float = 1.0
    cue_start: int | None = None  # the words that triggered the rule, if narrower
    cue_end: int | None = None


@dataclass(frozen=True)
class Mention:
    """A span of text naming (or referring back to) an entity.

    ``key`` is a normalised name used for resolution; ``kind`` says how the span refers:
    "name" (a proper name or acronym), "description" ("the charity"), "pronoun" ("he"),
    "group" (a generic collective such as "the police"). Descriptions and pronouns carry
    ``antecedent``: the index of the mention they were resolved to in the same Extraction.
    """

    article: str
    start: int
    end: int
    text: str
    type: str  # one of ENTITY_TYPES
    key: str
    kind: str = "name"
    rule: str = "ner"
    antecedent: int | None = None
    acronym_of: int | None = None  # index of the expansion mention, for "NCA" after "(NCA)"


@dataclass(frozen=True)
class Quotation:
    """A direct quotation of six or more words and who said it."""

    article: str
    start: int  # offsets of the quoted text, without the marks
    end: int
    text: str
    speaker: int | None  # index of a Mention in the same Extraction
    verb: str | None
    evidence: Evidence


@dataclass(frozen=True)
class Relation:
    """A directed, typed edge between two mentions (or from the article itself)."""

    subject: int | None  # Mention index; None means the article is the subject
    predicate: str  # a key of RELATIONS
    object: int
    evidence: Evidence
    role: str | None = None  # worksFor: the role title


#: The kinds of quantity a figure can be.
FIGURE_UNITS = ("percent", "count", "currency", "duration")

#: Words that hedge a figure, and what they say about the true value: ">" above it, ">=" at
#: least it, "<" below it, "<=" at most it, "~<" just below it, "~" near it.
QUALIFIERS = {
    "more than": ">", "over": ">", "in excess of": ">", "upwards of": ">", "well over": ">", "just over": ">",
    "at least": ">=", "no fewer than": ">=", "no less than": ">=",
    "less than": "<", "fewer than": "<", "under": "<", "just under": "<", "below": "<",
    "up to": "<=", "at most": "<=", "no more than": "<=", "as many as": "<=", "as much as": "<=",
    "almost": "~<", "nearly": "~<", "close to": "~<", "just short of": "~<",
    "about": "~", "around": "~", "approximately": "~", "roughly": "~", "some": "~", "an estimated": "~",
    "an average of": "~", "estimated": "~", "circa": "~",
}


@dataclass(frozen=True)
class Figure:
    """A number the article states, what it measures, when, who states it and on whose authority.

    ``value`` is normalised ("69 MILLION" -> 69000000.0, "13 per cent" -> 13.0, "a third" ->
    33.333...); ``qualifier`` keeps the hedge ("more than", "up to", "about" ...). ``measure`` is
    what the number counts, in the article's own words; ``measure_terms`` are its normalised
    content words (lemmas without stopwords) and ``head`` the counted noun, for grouping across
    articles. ``period`` is ISO 8601 ("2020", "2021-01", "2019-10/2020-09") when the text gives
    one that can be placed in time, with ``period_text`` the words ("last year"). ``per`` marks
    a rate ("850 offenders a month" -> "month"); ``change`` a rise or fall ("jumped by 13 per
    cent"). ``stated_by``, ``source`` and ``subjects`` are Mention indices in the same
    Extraction: the speaker of the quotation or the subject of the reporting verb (None: the
    article itself, unless ``quoted``), the entity it is attributed to (the object of a
    ``cites`` relation in the sentence) and the entities it is about. ``share_of`` is the index
    (in ``Extraction.figures``) of the total a share is part of ("85 per cent of the 32 million").
    """

    article: str
    start: int  # offsets of the figure's words (qualifier included) in Article.text
    end: int
    text: str
    value: float
    unit: str  # one of FIGURE_UNITS
    evidence: Evidence
    unit_name: str | None = None  # currency code ("GBP") or time unit ("years")
    qualifier: str | None = None
    measure: str = ""
    measure_terms: tuple[str, ...] = ()
    head: str = ""
    per: str | None = None
    change: bool = False
    period: str | None = None
    period_text: str | None = None
    stated_by: int | None = None
    quoted: bool = False
    source: int | None = None
    subjects: tuple[int, ...] = ()
    share_of: int | None = None


#: A figure across the corpus: (article id, index in that article's Extraction.figures).
FigureKey = tuple[str, int]


@dataclass(frozen=True)
class FigureGroup:
    """Figures about the same measure, across articles, and whether they agree.

    ``status`` is "agreeing" or "conflicting"; ``conflicts`` lists the pairs that disagree
    with the reason ("different values" or "same value, different periods").
    """

    members: tuple[FigureKey, ...]
    status: str
    measure: str
    conflicts: tuple[tuple[FigureKey, FigureKey, str], ...] = ()


@dataclass(frozen=True)
class Extraction:
    """Everything read from one article."""

    article: Article
    mentions: tuple[Mention, ...] = ()
    quotations: tuple[Quotation, ...] = ()
    relations: tuple[Relation, ...] = ()
    figures: tuple[Figure, ...] = ()


@dataclass(frozen=True)
class Alias:
    """One surface form of an entity as seen in one article."""

    text: str
    article: str
    start: int
    end: int
    rule: str = ""  # the rule that joined this occurrence to its entity (see `resolve`)


@dataclass(frozen=True)
class Entity:
    """One real-world thing across all articles."""

    id: str  # stable slug minted from the preferred name and type, e.g. "person/jane-doe"
    type: str
    label: str
    aliases: tuple[Alias, ...] = ()
    merges: tuple[tuple[str, str], ...] = ()  # (surface form, rule that joined it)
    same_as: tuple[str, ...] = ()  # ids of entities it is equivalent to (renamed companies)
    label_rule: str = ""  # why the label was chosen among its names (see `resolve`)


@dataclass(frozen=True)
class Resolution:
    """The result of entity resolution over all extractions.

    ``entity_of`` maps (article id, mention index) to an entity id.
    """

    entities: tuple[Entity, ...]
    entity_of: dict[tuple[str, int], str] = field(default_factory=dict)
