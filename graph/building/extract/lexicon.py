"""The word lists the extraction rules share, read once from ``graph/building/extract/data/*.txt``.

Each file says what it is for and where its words come from. Nothing here names a person or
body of any particular article. Lists used by one relation only are loaded in that relation's
module; name handling (honorifics, title words, known platforms) is in ``graph.text.names``.
"""

from __future__ import annotations

from ...text.names import COUNTRIES
from ...text.wordlists import word_list, word_map
from ..nlp import TITLE_PREFIXES

_PKG = "graph.building.extract"


def words(name: str) -> frozenset[str]:
    """The list ``graph/building/extract/data/<name>.txt``."""
    return word_list(_PKG, name)


def mapping(name: str):
    """The map ``graph/building/extract/data/<name>.txt`` (entry<TAB>value lines)."""
    return word_map(_PKG, name)


_ROLE_HEAD_WORDS = words("role_heads")
#: Head nouns of titles ("Chief Constable", "security minister"), and the same with a prefix the
#: tokenizer keeps in one word ("co-chairman", "vice-president": nlp.TITLE_PREFIXES).
ROLE_HEADS = _ROLE_HEAD_WORDS | {f"{p}-{w}" for p in TITLE_PREFIXES for w in _ROLE_HEAD_WORDS}
#: Title words that describe a body when they open a name ("National ...").
DESCRIPTIVE_TITLE_WORDS = words("descriptive_title_words")
#: Posts in a national government ("home secretary").
GOVERNMENT_POSTS = words("government_posts")
#: Countries' short forms the ISO list lacks, each with the form its government is keyed by ("britain" -> "uk").
COUNTRY_FORMS = mapping("country_short_forms")
#: Adjectives of a nation or place ("Welsh", "Texan", "Russian"), from WordNet (tools/build_wordlists.py).
NATION_ADJECTIVES = words("wn_nation_adjectives")
#: The places each of those adjectives pertains to ("italian" -> "italy"; several joined by "|"), from WordNet.
NATION_ADJECTIVE_PLACES = mapping("wn_nation_adjective_places")
#: Nations that are no sovereign state ("England", "Wales"): their names stay places, and their posts
#: are no post of a country's government.
HOME_NATIONS = words("home_nations")
#: Posts in a sports side ("captain", "coach", "fly-half"): after a nation's name, its national side's.
SIDE_TITLES = words("side_titles")


def is_nation(key: str) -> bool:
    """Is ``key`` a country's or home nation's name ("France", "Great Britain", "Wales")?"""
    return key in COUNTRIES or key in COUNTRY_FORMS or key in HOME_NATIONS


#: Description heads: person, organisation (with the kind of body), product.
PERSON_DESCRIPTIONS = words("person_descriptions")
ORG_DESCRIPTIONS = mapping("org_descriptions")
PRODUCT_DESCRIPTIONS = words("product_descriptions")
#: Head nouns of goods sold as numbered models ("its new 777 plane"): a model number before one names a product.
MODEL_NOUNS = words("model_nouns")
#: Nouns of a body that belongs to another ("Y, a subsidiary of X", "the Y division"): owns, and the
#: typing of a name given to such a part.
PART_NOUNS = words("owned_part_nouns")
#: Nouns for a person who plays, performs or works in a team, band or body ("the Acme striker", "the Acme star").
MEMBER_NOUNS = words("wn_member_nouns")
#: Last words of names, by type.
ORG_DESIGNATORS = mapping("org_designators")
LEGISLATION_DESIGNATORS = words("legislation_designators")
EVENT_DESIGNATORS = words("event_designators")
PRODUCT_DESIGNATORS = words("product_designators")
PLACE_DESIGNATORS = words("place_designators")
#: Nouns that open a place's name before "of" ("Isle of Man", "Gulf of Mexico").
PLACE_OF_HEADS = words("place_of_heads")
#: Generic collective actors: plural heads of an industry ("companies", "firms"), of campaigners
#: ("activists"), modifiers that say nothing of a sector ("big", "other"), sector synonyms.
INDUSTRY_HEADS = words("industry_heads")
CAMPAIGN_HEADS = words("campaign_heads")
GENERIC_MODIFIERS = words("generic_modifiers")
#: Words that qualify a title ("former", "new", "acting"): no field of a post, and part of the title they open.
TITLE_MODIFIERS = words("title_modifiers")
#: Bodies whose seats people hold ("board", "committee"): "a board member" is a person with a post there.
SEAT_BODIES = words("seat_bodies")
#: Parts of an organisation that stand for it or act for it ("the board of Y", "UKIP officials").
UNIT_NOUNS = words("unit_nouns")
#: Words that open a state's formal name before "of" ("Republic of Ireland", "Kingdom of Tonga").
POLITY_HEADS = frozenset({"republic", "kingdom", "principality", "duchy", "sultanate", "emirate"})
SECTOR_SYNONYMS = mapping("sector_synonyms")
#: Verbs that introduce speech or a report; verbs and nouns of a published source.
REPORTING_VERBS = words("reporting_verbs")
FIGURE_VERBS = words("figure_verbs")
#: Verbs whose object or infinitive is what is reported: a figure there is the subject's.
CONTENT_VERBS = words("content_verbs")
SOURCE_NOUNS = words("source_nouns")
#: People who speak for a body ("a spokesman for X").
SPOKES_NOUNS = words("spokes_nouns")
#: Verbs only an agent does.
AGENT_VERBS = words("agent_verbs")
#: Closed classes: negation and hedging.
NEGATIONS = words("negations")
HEDGES = words("hedges")

#: Prepositions that lead into what a phrase is about, not who made it ("a study of Y's staff", "a
#: report on Y", "a survey into Y's practices"); "by", "from", "at", "for", "with" join a work to its maker.
TOPIC_PREPS = frozenset({"of", "on", "about", "into", "over", "among", "regarding", "concerning"})

PRONOUNS_PERSON = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself"})
PRONOUNS_FIRST = frozenset({"i", "we", "me", "us", "my", "our", "ours", "myself", "ourselves"})
PRONOUNS_THING = frozenset({"it", "its", "itself", "they", "them", "their", "theirs", "themselves"})

__all__ = ["words", "mapping"] + [name for name in dir() if name.isupper()]
