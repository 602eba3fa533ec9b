"""Quotations: marks, attribution patterns, continuation paragraphs and spokespeople."""

from graph.text.quotes import quote_spans


def _speakers(ex):
    out = []
    for q in ex.quotations:
        idx = q.speaker
        while idx is not None and ex.mentions[idx].antecedent is not None:
            idx = ex.mentions[idx].antecedent
        out.append((q.text, ex.mentions[idx].key if idx is not None else None))
    return out


def test_quote_spans_handle_curly_straight_unbalanced_and_doubled_marks():
    assert quote_spans("He said: “one two”.") == [(10, 17, True)]
    assert quote_spans('He said "one two" today') == [(9, 16, True)]
    text = "“Still talking at the end"
    assert quote_spans(text) == [(1, len(text), False)]
    doubled = "“We are done here.” ”"
    assert quote_spans(doubled) == [(1, 18, True)]


def test_attribution_patterns(read):
    ex = read(
        "Row\n\n"
        "Jane Okafor said: “The plan will cost far more than anyone has admitted so far.”\n\n"
        "“We will not accept a single one of these proposals,” said Peter Lund.\n\n"
        "“Nobody asked the people who actually use the service,” Ms Okafor told the committee."
    )
    got = _speakers(ex)
    assert got[0] == ("The plan will cost far more than anyone has admitted so far.", "jane okafor")
    assert got[1][1] == "peter lund"
    assert got[2][1] == "okafor"  # joined to the full name by resolve


def test_continuation_paragraphs_and_split_quotations(read):
    ex = read(
        "Row\n\n"
        "Peter Lund said: “This is the worst decision I have seen in years.\n\n"
        "“It will hurt every family on this estate for a decade,” he said. “And nobody in charge seems to care at all.”"
    )
    speakers = [s for _, s in _speakers(ex)]
    assert len(speakers) == 3 and set(speakers) == {"peter lund"}


def test_spokespeople_speak_for_their_organisation(read):
    ex = read(
        "Bank\n\nBarclays was fined on Monday.\n\n"
        "A spokesman for Barclays said: “We have fully cooperated with the investigation from the start.”\n\n"
        "An Ofcom spokeswoman said: “The rules are clear and every firm must follow them.”"
    )
    assert [s for _, s in _speakers(ex)] == ["barclays", "ofcom"]


def test_short_scare_quotes_are_not_quotations(read):
    ex = read("Row\n\nThe minister called the plan “deeply flawed” on Monday.")
    assert ex.quotations == ()
