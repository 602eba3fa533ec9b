"""Claims: values and periods, grouping figures about the same measure, agreeing and conflicting groups."""

from __future__ import annotations

import pytest

from graph.building.claims import format_value, group_figures, period_bounds, periods_overlap, value_bounds, values_agree
from graph.model import Article, Entity, Evidence, Extraction, Figure, Mention, Resolution

from conftest import ROOT

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
    (0.03, "percent", None, "0.03%"),  # a small share is not shown as 0%
    (7_500_000, "currency", "GBP", "£7.5 million"),
    (35, "duration", "years", "35 years"),
])
def test_format_value(value, unit, name, text):
    assert format_value(value, unit, name) == text


# ---------------------------------------------------------------- grouping hand-made figures


def _corpus(*articles, bodies=None):
    """Extractions and a Resolution from (article id, [(figure kwargs, entity it is about or None)]).

    A figure's kwargs may name ``by`` (the entity stating it). ``bodies`` maps article ids to their
    text (articles with one body are one text repeated).
    """
    exs, entity_of, entities = [], {}, {}
    for aid, figs in articles:
        mentions, figures = [], []

        def mention(name):
            mentions.append(Mention(article=aid, start=len(mentions), end=len(mentions) + 1, text=name, type="Organization", key=name))
            entity_of[(aid, len(mentions) - 1)] = f"entity/organization/{name}"
            entities[name] = Entity(id=f"entity/organization/{name}", type="Organization", label=name)
            return len(mentions) - 1

        for k, (kw, ent) in enumerate(figs):
            kw = dict(kw)
            subjects = (mention(ent),) if ent else ()
            by = kw.pop("by", None)
            stated = mention(by) if by else None
            figures.append(_f(article=aid, subjects=subjects, stated_by=stated, start=k * 10, sent=kw.pop("sent", k * 10), **kw))
        body = (bodies or {}).get(aid, aid * 50)
        art = Article(id=aid, source=f"{aid}.txt", headline=aid, text=body, body=body)
        exs.append(Extraction(article=art, mentions=tuple(mentions), figures=tuple(figures)))
    return exs, Resolution(entities=tuple(entities.values()), entity_of=entity_of)


def _summary(groups):
    return [(g.status, list(g.members), [c[2] for c in g.conflicts]) for g in groups]


IMAGES = dict(measure="abuse images reported by firms", measure_terms=("abuse", "firm", "image", "report"), head="image")


def test_same_value_with_different_periods_conflicts_in_one_text():
    exs, res = _corpus(("a", [(dict(value=69e6, period="2020", **IMAGES), None),
                              (dict(value=69e6, period_text="last year", **IMAGES), None),
                              (dict(value=69e6, period="2019", **IMAGES), None)]))
    (group,) = group_figures(exs, res)
    assert group.status == "conflicting"
    assert group.members == (("a", 0), ("a", 1), ("a", 2))
    assert group.conflicts == ((("a", 0), ("a", 2), "same value, different periods"),)


SHARE = dict(unit="percent", measure="referrals to the centre", measure_terms=("center", "referral", "~account"), head="referral")


def test_across_texts_different_values_conflict_only_for_one_entity_and_one_period():
    # the same body, the same year: they cannot both hold
    exs, res = _corpus(("a", [(dict(value=85, period="2020", **SHARE), "meta")]), ("b", [(dict(value=82, period="2020", **SHARE), "meta")]))
    assert _summary(group_figures(exs, res)) == [("conflicting", [("a", 0), ("b", 0)], ["different values"])]
    # no period on one side: across texts, "now" of one article is not "now" of another
    exs, res = _corpus(("a", [(dict(value=85, period="2020", **SHARE), "meta")]), ("b", [(dict(value=82, **SHARE), "meta")]))
    assert _summary(group_figures(exs, res)) == [("agreeing", [("a", 0), ("b", 0)], [])]
    # another body, or none named: not one measure
    exs, res = _corpus(("a", [(dict(value=85, period="2020", **SHARE), "meta")]), ("b", [(dict(value=82, period="2020", **SHARE), "globex")]),
                       ("c", [(dict(value=80, period="2020", **SHARE), None)]))
    assert group_figures(exs, res) == ()


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
    assert _summary(group_figures(exs, res)) == [("agreeing", [("a", 0), ("a", 1)], [])]


def test_quarterly_and_annual_growth_are_other_measures():
    gdp = dict(unit="percent", change=True, measure="gross domestic product", measure_terms=("domestic", "gross", "product"),
               head="product")
    exs, res = _corpus(("a", [(dict(value=0.8, period="2004-10/2004-12", **gdp), "japan")]),
                       ("b", [(dict(value=2.4, period="2004", **gdp), "japan")]),
                       ("c", [(dict(value=2.4, period="2004", per="year", **gdp), "japan")]))
    assert group_figures(exs, res) == ()


def test_gdp_of_two_countries_is_two_measures():
    gdp = dict(unit="percent", change=True, period="2004", head="product")
    exs, res = _corpus(("a", [(dict(value=2.4, measure="gross domestic product", measure_terms=("domestic", "gross", "product"), **gdp), "japan")]),
                       ("b", [(dict(value=8.1, measure="gross domestic product", measure_terms=("domestic", "gross", "product"), **gdp), "singapore")]))
    assert group_figures(exs, res) == ()
    # the places named in the measures, with no entity to say it
    exs, res = _corpus(("a", [(dict(value=2.4, measure="Japan's gross domestic product", measure_terms=("domestic", "gross", "japan", "product"), **gdp), None),
                              (dict(value=8.1, measure="Singapore's gross domestic product", measure_terms=("domestic", "gross", "product", "singapore"), **gdp), None)]))
    assert group_figures(exs, res) == ()


def test_shares_that_say_different_things_of_their_parts_do_not_group():
    # "a third of e-mail users read spam", "10% of e-mail users clicked on it"
    read_ = dict(unit="percent", measure="e-mail users", measure_terms=("e-mail", "user", "~read"), head="user")
    clicked = dict(unit="percent", measure="e-mail users", measure_terms=("e-mail", "user", "~click"), head="user")
    exs, res = _corpus(("a", [(dict(value=33.3, **read_), None), (dict(value=10, **clicked), None)]))
    assert group_figures(exs, res) == ()
    # "Acme hosted 94% of the images", "94% of the images were found on Acme": one body says what the share is
    hosted = dict(unit="percent", measure="images", measure_terms=("abuse", "image", "~host"), head="image")
    found = dict(unit="percent", measure="images", measure_terms=("abuse", "image", "~find"), head="image")
    exs, res = _corpus(("a", [(dict(value=94, **hosted), "acme"), (dict(value=94, **found), "acme")]))
    assert _summary(group_figures(exs, res)) == [("agreeing", [("a", 0), ("a", 1)], [])]
    # a place does not: "80% of UK adults own a mobile", "a quarter of UK adults had their ID stolen"
    own = dict(unit="percent", measure="UK adults", measure_terms=("adult", "uk", "~own"), head="adult")
    stolen = dict(unit="percent", measure="UK adults", measure_terms=("adult", "uk", "~steal"), head="adult")
    exs, res = _corpus(("a", [(dict(value=80, **own), "uk")]), ("b", [(dict(value=25, **stolen), "uk")]))
    res = Resolution(entities=tuple(Entity(id=e.id, type="Place", label=e.label) for e in res.entities), entity_of=res.entity_of)
    assert group_figures(exs, res) == ()


def test_one_text_conflicts_only_when_told_twice():
    # figures of one sentence are a comparison
    exs, res = _corpus(("a", [(dict(value=900, sent=5, **ARRESTS), None), (dict(value=700, sent=5, **ARRESTS), None)]))
    assert group_figures(exs, res) == ()
    # two sentences of one text, nothing to say they are one statement: one measure, no conflict
    exs, res = _corpus(("a", [(dict(value=900, sent=5, **ARRESTS), "police"), (dict(value=700, sent=6, **ARRESTS), "police")]))
    assert _summary(group_figures(exs, res)) == [("agreeing", [("a", 0), ("a", 1)], [])]
    # two speakers are no sign of one statement ("5,000 passengers affected" by cancellations, "17,000" by delays)
    exs, res = _corpus(("a", [(dict(value=900, sent=5, by="union", **ARRESTS), "police"),
                              (dict(value=700, sent=6, by="ministry", **ARRESTS), "police")]))
    assert _summary(group_figures(exs, res)) == [("agreeing", [("a", 0), ("a", 1)], [])]
    # the same words twice, for the same time: they cannot both hold
    held = dict(measure="arrests of suspects held in Leeds", measure_terms=("arrest", "hold", "leeds", "suspect"), head="arrest")
    exs, res = _corpus(("a", [(dict(value=900, sent=5, **held), "police"), (dict(value=700, sent=6, **held), "police")]))
    assert _summary(group_figures(exs, res)) == [("conflicting", [("a", 0), ("a", 1)], ["different values"])]


def test_figures_on_the_authority_of_different_sources_are_different_measures():
    prices = dict(unit="percent", change=True, period="2004-12", measure="UK house prices", measure_terms=("house", "price", "uk"),
                  head="price")
    exs, res = _corpus(("a", [(dict(value=1.1, source=0, **prices), None), (dict(value=0.2, source=1, **prices), None)]))
    exs[0] = exs[0].__class__(article=exs[0].article, figures=exs[0].figures, mentions=(
        Mention(article="a", start=0, end=1, text="Halifax", type="Organization", key="halifax"),
        Mention(article="a", start=1, end=2, text="Nationwide", type="Organization", key="nationwide")))
    res = Resolution(entities=res.entities, entity_of={("a", 0): "entity/organization/halifax", ("a", 1): "entity/organization/nationwide"})
    assert group_figures(exs, res) == ()


def test_a_bare_noun_joins_only_about_one_entity_in_one_text():
    games = dict(measure="games", measure_terms=("game",), head="game")
    exs, res = _corpus(("a", [(dict(value=15, **games), None), (dict(value=120, qualifier="more than", **games), None)]),
                       ("b", [(dict(value=15, **games), "nintendo")]), ("c", [(dict(value=15, **games), "nintendo")]))
    assert group_figures(exs, res) == ()


def test_an_article_repeated_in_a_corpus_is_one_text():
    body = "The same story, told twice by the corpus."
    exs, res = _corpus(("a", [(dict(value=6000, sent=1, **ARRESTS), "delta"), (dict(value=7000, sent=2, **ARRESTS), "delta")]),
                       ("b", [(dict(value=6000, sent=1, **ARRESTS), "delta"), (dict(value=7000, sent=2, **ARRESTS), "delta")]),
                       bodies={"a": body, "b": body})
    (group,) = group_figures(exs, res)
    assert group.status == "agreeing" and len(group.members) == 4


def test_unanchored_figures_do_not_group_across_texts():
    close = dict(measure="abuse images reported by tech firms", measure_terms=("abuse", "firm", "image", "report", "tech"), head="image")
    exs, res = _corpus(("a", [(dict(value=69e6, **close), None)]), ("b", [(dict(value=69e6, **close), None)]))
    assert group_figures(exs, res) == ()
    exs, res = _corpus(("a", [(dict(value=69e6, **close), "firms")]), ("b", [(dict(value=69e6, **close), "firms")]))
    assert _summary(group_figures(exs, res)) == [("agreeing", [("a", 0), ("b", 0)], [])]


def test_different_places_in_the_measure_are_different_measures():
    leeds = dict(measure="nurses in Leeds hospitals", measure_terms=("hospital", "leeds", "nurse"), head="nurse")
    bristol = dict(measure="nurses in Bristol hospitals", measure_terms=("bristol", "hospital", "nurse"), head="nurse")
    exs, res = _corpus(("a", [(dict(value=300, **leeds), None), (dict(value=500, **bristol), None)]))
    assert group_figures(exs, res) == ()


# ---------------------------------------------------------------- small articles through the extractor


def _groups(read, *texts):
    from graph.building.resolve import resolve

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
           "The Retail Council said Acme Corp accounted for 85 per cent of the 40 million orders placed by shoppers.")
    got = _groups(read, one, two)
    assert ("conflicting", ["85 per cent", "75 per cent", "85 per cent"]) in got  # shares of one total
    assert ("agreeing", ["40 million", "40 million"]) in got  # the total, told twice in one text


def test_written_article_year_conflict(read):
    text = ("Fraud on the rise\n\n"
            "Banks reported 2.4 million fraud cases involving cards in 2020, the regulator said.\n\n"
            "The 2.4 million fraud cases involving cards were reported to the regulator in 2019.")
    assert _groups(read, text) == [("conflicting", ["2.4 million", "2.4 million"])]


def test_written_articles_gdp_of_two_countries_and_quarterly_against_annual(read):
    one = ("Asian growth\n\nJapan's economy grew by 0.8% in the fourth quarter of 2004. "
           "Singapore's economy grew by 8.1% in 2004.\n\nJapan's economy grew by 2.4% in 2004.")
    two = "Japan figures\n\nJapan's economy grew by 1.9% in 2004, the government said."
    assert _groups(read, one, two) == [("conflicting", ["2.4%", "1.9%"])]


def _comparing_every_pair(monkeypatch, extractions, resolution):
    """group_figures as first written: every two figures of one kind compared (quadratic; the reference)."""
    from graph.building import claims

    with monkeypatch.context() as m:
        m.setattr(claims, "_pairs_in_texts", lambda block: [(i, j) for i in range(len(block)) for j in range(i + 1, len(block))])
        m.setattr(claims, "_pairs_across_texts", lambda block: [])
        return group_figures(extractions, resolution)


def _seeds_copied(tmp_path, copies):
    """The seeds and ``copies`` more copies of them, each copy a text of its own (its body differs by a line)."""
    from graph.building.resolve import resolve
    from graph.pipeline import extract_corpus

    for path in sorted((ROOT / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for k in range(copies + 1):
            (tmp_path / f"{path.stem}_{k}.txt").write_text(text if k == 0 else f"{text.rstrip()}\n\nThe end of copy {k}.\n", encoding="utf-8")
    extractions, _ = extract_corpus([tmp_path])
    return extractions, resolve(sorted(extractions, key=lambda e: e.article.id))


def test_grouping_matches_comparing_every_pair_on_the_seeds(monkeypatch, tmp_path):
    """The pairs group_figures compares (one text; across texts by shared entity and rare term) give the groups
    and conflicts of comparing every pair."""
    extractions, resolution = _seeds_copied(tmp_path, 0)
    got = group_figures(extractions, resolution)
    assert got == _comparing_every_pair(monkeypatch, extractions, resolution)
    assert any(g.status == "conflicting" for g in got) and len(got) > 3


def test_grouping_a_corpus_that_repeats_its_figures(monkeypatch, tmp_path):
    """Copies of the seeds: the same groups as comparing every pair; each figure is still listed in conflict with
    each value it contradicts, once (against the first figure of that value), not against every copy of it."""
    extractions, resolution = _seeds_copied(tmp_path, 2)
    got = group_figures(extractions, resolution)
    every = _comparing_every_pair(monkeypatch, extractions, resolution)
    assert [(g.members, g.status, g.measure) for g in got] == [(g.members, g.status, g.measure) for g in every]
    for g, e in zip(got, every):
        assert set(g.conflicts) <= set(e.conflicts)
        value = {k: next(f for f in extractions if f.article.id == k[0]).figures[k[1]].value for k in g.members}

        def seen(conflicts):
            return {(x, value[y], r) for a, b, r in conflicts for x, y in ((a, b), (b, a))}
        assert seen(g.conflicts) == seen(e.conflicts)
    assert any(len({a for a, _ in g.members}) >= 3 for g in got)  # the copies joined across texts


def test_a_repeated_conflict_is_listed_once_for_each_figure(monkeypatch):
    """Three articles give 85%, three others 82% for one body and year: one conflicting group of six; each figure
    is listed against the first figure of the other value (5 pairs) instead of against each of its copies (9)."""
    exs, res = _corpus(*[(f"a{k}", [(dict(value=85, period="2020", **SHARE), "meta")]) for k in range(3)],
                       *[(f"b{k}", [(dict(value=82, period="2020", **SHARE), "meta")]) for k in range(3)])
    [got] = group_figures(exs, res)
    [every] = _comparing_every_pair(monkeypatch, exs, res)
    assert got.members == every.members and got.status == every.status == "conflicting"
    assert len(every.conflicts) == 9
    assert sorted(got.conflicts) == sorted([(("a0", 0), ("b0", 0), "different values"), (("a0", 0), ("b1", 0), "different values"),
                                            (("a0", 0), ("b2", 0), "different values"), (("a1", 0), ("b0", 0), "different values"),
                                            (("a2", 0), ("b0", 0), "different values")])
