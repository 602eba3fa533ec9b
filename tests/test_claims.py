"""Claims: values and periods, grouping figures about the same measure, agreeing and conflicting groups."""

from __future__ import annotations

import pytest

from graph.claims import format_value, group_figures, period_bounds, periods_overlap, value_bounds, values_agree
from graph.model import Article, Entity, Evidence, Extraction, Figure, Mention, Resolution

# ---------------------------------------------------------------- values and periods


def _f(value, unit="count", qualifier=None, period=None, **kw):
    ev = Evidence(article=kw.pop("article", "a"), start=kw.pop("sent", 0), end=100, sentence="s", rule="t")
    return Figure(article=ev.article, start=kw.pop("start", 0), end=1, text=str(value), value=value, unit=unit,
                  evidence=ev, qualifier=qualifier, period=period, **kw)


@pytest.mark.parametrize("a,b,agree", [
    ((800, None), (800, "more than"), True),  # "more than 800" fits a rounded 800
    ((850, None), (800, "more than"), True),
    ((700, None), (800, "more than"), False),
    ((69_000_000, None), (69_400_000, None), True),  # rounding: "69 million"
    ((85, None), (82, None), False),
    ((52, None), (50, "more than"), True),  # "more than half" and 52%
    ((9_000, None), (10_000, "up to"), True),
    ((14_000_000, "almost"), (13_500_000, None), True),
    ((14_000_000, "almost"), (15_000_000, None), False),
    ((750_000, "about"), (800_000, None), True),
])
def test_values_agree_with_qualifiers_and_rounding(a, b, agree):
    assert values_agree(_f(a[0], qualifier=a[1]), _f(b[0], qualifier=b[1])) is agree


def test_value_bounds():
    assert value_bounds(800, "more than")[1] == float("inf")
    assert value_bounds(52, None, "percent") == (51.5, 52.5)
    assert value_bounds(69_000_000, None) == (68_500_000, 69_500_000)


@pytest.mark.parametrize("a,b,overlap", [
    ("2020", "2019", False),
    ("2020", "2020-06", True),
    ("2019-10/2020-09", "2020", True),
    ("1990/1999", "2021-06-30", False),
    ("2020", None, None),
])
def test_periods(a, b, overlap):
    assert periods_overlap(a, b) is overlap


def test_period_bounds_of_a_month_ends_on_its_last_day():
    lo, hi = period_bounds("2024-02")
    assert (lo.isoformat(), hi.isoformat()) == ("2024-02-01", "2024-02-29")
    assert period_bounds("not a period") is None


@pytest.mark.parametrize("value,unit,name,text", [
    (69_000_000, "count", None, "69 million"),
    (850_000, "count", None, "850,000"),
    (33.333, "percent", None, "33.3%"),
    (52, "percent", None, "52%"),
    (7_500_000, "currency", "GBP", "£7.5 million"),
    (35, "duration", "years", "35 years"),
])
def test_format_value(value, unit, name, text):
    assert format_value(value, unit, name) == text


# ---------------------------------------------------------------- grouping hand-made figures


def _corpus(*articles):
    """Extractions and a Resolution from {article id: [(figure kwargs, entity of its subject or None)]}."""
    exs, entity_of, entities = [], {}, {}
    for aid, figs in articles:
        mentions, figures = [], []
        for k, (kw, ent) in enumerate(figs):
            subjects = ()
            if ent:
                mentions.append(Mention(article=aid, start=k, end=k + 1, text=ent, type="Organization", key=ent))
                entity_of[(aid, len(mentions) - 1)] = f"entity/organization/{ent}"
                entities[ent] = Entity(id=f"entity/organization/{ent}", type="Organization", label=ent)
                subjects = (len(mentions) - 1,)
            figures.append(_f(article=aid, subjects=subjects, start=k * 10, sent=kw.pop("sent", k * 10), **kw))
        art = Article(id=aid, source=f"{aid}.txt", headline=aid, text="x" * 200, body="x" * 200)
        exs.append(Extraction(article=art, mentions=tuple(mentions), figures=tuple(figures)))
    return exs, Resolution(entities=tuple(entities.values()), entity_of=entity_of)


IMAGES = dict(measure="abuse images reported by firms", measure_terms=("abuse", "firm", "image", "report"), head="image")


def test_same_value_with_different_periods_conflicts():
    exs, res = _corpus(("a", [(dict(value=69e6, period="2020", **IMAGES), None),
                              (dict(value=69e6, period_text="last year", **IMAGES), None),
                              (dict(value=69e6, period="2019", **IMAGES), None)]))
    (group,) = group_figures(exs, res)
    assert group.status == "conflicting"
    assert group.members == (("a", 0), ("a", 1), ("a", 2))
    assert group.conflicts == ((("a", 0), ("a", 2), "same value, different periods"),)


def test_different_values_for_one_entity_conflict_across_articles():
    share = dict(unit="percent", measure="referrals to the centre", measure_terms=("center", "referral"), head="referral")
    exs, res = _corpus(("a", [(dict(value=85, **share), "meta")]), ("b", [(dict(value=82, **share), "meta")]))
    (group,) = group_figures(exs, res)
    assert group.status == "conflicting" and group.conflicts[0][2] == "different values"


def test_repeated_figure_agrees_and_different_entities_do_not_group():
    years = dict(unit="duration", unit_name="years", measure="retiring from the police", measure_terms=("police", "retire"), head="retire")
    exs, res = _corpus(("a", [(dict(value=35, **years), "bailey"), (dict(value=20, **years), "jones")]),
                       ("b", [(dict(value=35, **years), "bailey")]))
    (group,) = group_figures(exs, res)
    assert group.status == "agreeing" and group.members == (("a", 0), ("b", 0))


ARRESTS = dict(measure="arrests of suspects", measure_terms=("arrest", "suspect"), head="arrest")


def test_a_series_and_a_rate_are_not_conflicts():
    exs, res = _corpus(("a", [
        (dict(value=192, period="2012", **ARRESTS), None),  # a series: other value, other year
        (dict(value=850, period="2021", **ARRESTS), None),
        (dict(value=800, per="month", **ARRESTS), None),  # a rate is another measure
    ]))
    assert group_figures(exs, res) == ()


def test_figures_of_one_sentence_are_a_comparison():
    exs, res = _corpus(("a", [(dict(value=900, sent=5, **ARRESTS), None), (dict(value=700, sent=5, **ARRESTS), None)]))
    assert group_figures(exs, res) == ()
    exs, res = _corpus(("a", [(dict(value=900, sent=5, **ARRESTS), None), (dict(value=700, sent=6, **ARRESTS), None)]))
    assert [g.status for g in group_figures(exs, res)] == ["conflicting"]


def test_unanchored_figures_group_across_articles_only_on_most_words():
    close = dict(measure="abuse images reported by tech firms", measure_terms=("abuse", "firm", "image", "report", "tech"), head="image")
    loose = dict(measure="unique abuse images", measure_terms=("abuse", "image", "unique"), head="image")
    exs, res = _corpus(("a", [(dict(value=69e6, **close), None)]), ("b", [(dict(value=69e6, **close), None)]),
                       ("c", [(dict(value=20e6, **loose), None)]))
    (group,) = group_figures(exs, res)
    assert group.members == (("a", 0), ("b", 0))


def test_different_places_in_the_measure_are_different_measures():
    leeds = dict(measure="nurses in Leeds hospitals", measure_terms=("hospital", "leeds", "nurse"), head="nurse")
    bristol = dict(measure="nurses in Bristol hospitals", measure_terms=("bristol", "hospital", "nurse"), head="nurse")
    exs, res = _corpus(("a", [(dict(value=300, **leeds), None), (dict(value=500, **bristol), None)]))
    assert group_figures(exs, res) == ()


# ---------------------------------------------------------------- small articles through the extractor


def _groups(read, *texts):
    from graph.resolve import resolve

    exs = [read(t, article_id=f"g{i}") for i, t in enumerate(texts)]
    by = {e.article.id: e for e in exs}
    groups = group_figures(exs, resolve(exs))
    return [(g.status, [by[a].figures[k].text for a, k in g.members]) for g in groups]


def test_written_articles_conflicting_shares_and_agreeing_repeats(read):
    one = ("Shops report a busy year\n\n"
           "Acme Corp accounted for 85 per cent of the 40 million orders placed by shoppers.\n\n"
           "Last year, there were 40 million orders placed by shoppers online.\n\n"
           "Acme Corp and its brands accounted for 75 per cent of those orders.")
    two = ("Acme results\n\n"
           "The Retail Council said Acme Corp handled 85 per cent of the 40 million orders placed by shoppers.")
    got = _groups(read, one, two)
    assert ("conflicting", ["85 per cent", "75 per cent", "85 per cent"]) in got
    assert ("agreeing", ["40 million", "40 million", "40 million"]) in got


def test_written_article_year_conflict(read):
    text = ("Fraud on the rise\n\n"
            "Banks reported 2.4 million fraud cases involving cards in 2020, the regulator said.\n\n"
            "The 2.4 million fraud cases involving cards were reported to the regulator in 2019.")
    assert _groups(read, text) == [("conflicting", ["2.4 million", "2.4 million"])]
