"""The generated word lists (graph/building/extract/data/wn_*.txt): the files parse, hold core words, and load cheaply."""

from __future__ import annotations

import subprocess
import sys

import pytest

from graph.errors import FormatError
from graph.building.extract.wordlists import PREFIX, load, names

from conftest import ROOT

DATA = ROOT / "graph" / "building" / "extract" / "data"

#: Every list the README names; a list that vanishes or is renamed fails here.
EXPECTED = {
    "bad_character_nouns", "call_on_verbs", "criticise_nouns", "criticise_verbs", "member_nouns", "negative_evaluation",
    "office_titles", "nation_adjectives", "nation_adjective_places", "organization_nouns", "own_verbs", "partner_nouns", "partner_verbs", "person_nouns",
    "play_nouns", "race_nouns", "report_verbs", "reporting_verbs", "positive_conduct", "conduct_vices", "virtue_nouns",
}

#: A few words each list must hold: the core of what it is for.
CORE = {
    "criticise_verbs": {"criticise", "criticize", "accuse", "blame", "condemn", "denounce", "warn", "rebuke"},
    "bad_character_nouns": {"liar", "coward", "idiot", "fool", "villain", "racist"},
    "criticise_nouns": {"criticism", "accusation", "condemnation", "rebuke", "complaint"},
    "negative_evaluation": {"irresponsible", "reckless", "shameful", "unacceptable", "appalling", "fail"},
    "positive_conduct": {"honest", "fair", "wise", "careful", "competent"},
    "conduct_vices": {"foolish", "dishonest", "unfair", "unreliable"},
    "virtue_nouns": {"courage", "honesty", "loyalty"},
    "call_on_verbs": {"urge", "ask", "demand", "plead", "implore", "call on"},
    "own_verbs": {"own", "acquire", "buy", "control"},
    "partner_verbs": {"collaborate", "cooperate", "ally"},
    "partner_nouns": {"partnership", "collaboration", "alliance", "joint venture"},
    "report_verbs": {"report", "refer", "notify", "inform", "submit"},
    "reporting_verbs": {"say", "tell", "state", "claim", "assert", "argue", "deny", "add"},
    "office_titles": {"chief executive", "attorney general", "home secretary", "minister", "spokesperson", "chairman", "judge"},
    "organization_nouns": {"company", "firm", "agency", "charity", "union", "council", "club"},
    "person_nouns": {"minister", "billionaire", "engineer", "striker", "lawyer"},
    "member_nouns": {"striker", "player", "star", "guitarist", "goalkeeper", "coach", "employee"},
    "play_nouns": {"forehand", "backhand", "volley", "lob", "serve"},
    "nation_adjectives": {"welsh", "danish", "french", "texan", "scottish"},
    "race_nouns": {"hurdles", "heat", "relay", "final", "runner", "title"},
}

#: Words the filters exist to keep out (another sense, the speaker's mood, the news topic, a slur).
ABSENT = {
    "own_verbs": {"have", "get"},
    "negative_evaluation": {"sad", "afraid", "abuse", "crime", "murder", "cancer", "war", "dead"},
    "criticise_verbs": {"mind", "call", "assassinate"},
    "call_on_verbs": {"invite", "sue", "forbid"},
    "member_nouns": {"fan", "supporter", "customer", "voter", "shareholder", "client"},
    "race_nouns": {"mile", "customer", "people", "game"},
    "bad_character_nouns": {"victim", "thief", "murderer", "terrorist", "critic", "junior", "stranger", "bastard"},
    "play_nouns": {"approach", "cut", "service", "drive", "driving", "record", "plan"},
}


def _lines(name: str) -> list[str]:
    return (DATA / f"{PREFIX}{name}.txt").read_text(encoding="utf-8").splitlines()


def test_every_list_is_shipped():
    assert set(names()) == EXPECTED
    readme = (DATA / "README.md").read_text(encoding="utf-8")
    for name in EXPECTED:
        assert f"`{PREFIX}{name}.txt`" in readme


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_file_format(name):
    lines = _lines(name)
    header = [line for line in lines if line.startswith("#")]
    entries = [line for line in lines if not line.startswith("#")]
    assert len(header) >= 5 and lines[0].startswith("#"), "a header says what the list is for"
    assert any("Regenerate" in line for line in header)
    assert lines.index(entries[0]) == len(header), "comments only at the top"
    assert entries, "a list with no entries"
    assert entries == sorted(entries), "entries sorted"
    assert len(entries) == len(set(entries)), "entries unique"
    for e in entries:
        assert e == e.lower() and e == e.strip() and "  " not in e and "_" not in e, repr(e)
    assert load(name) == frozenset(e.split("\t")[0] for e in entries)  # (a map's lines are entry<TAB>value)


@pytest.mark.parametrize("name", sorted(CORE))
def test_core_words_present(name):
    assert CORE[name] <= load(name), CORE[name] - load(name)


@pytest.mark.parametrize("name", sorted(ABSENT))
def test_filtered_words_absent(name):
    assert not ABSENT[name] & load(name)


def test_unknown_list_names_the_valid_ones():
    with pytest.raises(FormatError, match="criticise_verbs"):
        load("no_such_list")


def test_loading_is_cheap():
    """Loading needs neither NLTK nor WordNet: only the text files (a fresh process, so no other test's imports count)."""
    code = (
        "import sys\n"
        "from graph.building.extract.wordlists import PREFIX, load, names\n"
        "for n in names(): load(n)\n"
        "assert load('criticise_verbs') is load('criticise_verbs')\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in {'nltk', 'afinn', 'vaderSentiment'})\n"
        "print(bad)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_nation_adjectives_map_to_their_places():
    from graph.building.extract.lexicon import NATION_ADJECTIVE_PLACES, NATION_ADJECTIVES

    assert set(NATION_ADJECTIVE_PLACES) == set(NATION_ADJECTIVES)
    assert NATION_ADJECTIVE_PLACES["italian"] == "italy" and NATION_ADJECTIVE_PLACES["french"] == "france"
