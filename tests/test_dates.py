"""graph.text.dates: dates and periods shared by ingest, the figures and the claims (one parser, not three)."""

from __future__ import annotations

import pytest

from graph.text.dates import (absolute_period, month_number, parse_date, period_bounds, period_days, periods_overlap,
                              resolve_period)


def test_one_parser_for_every_stage():
    import graph.building.claims
    import graph.building.extract.figures
    import graph.building.ingest
    import graph.text.dates as dates

    assert graph.building.ingest.parse_date is dates.parse_date
    assert graph.building.extract.figures.resolve_period is dates.resolve_period
    assert graph.building.claims.period_bounds is dates.period_bounds and graph.building.claims.periods_overlap is dates.periods_overlap
    for module in (graph.building.ingest, graph.building.extract.figures, graph.building.claims):
        assert not hasattr(module, "_MONTHS"), f"{module.__name__} keeps its own month table"


@pytest.mark.parametrize("text,iso", [
    ("Jun 30, 2021", "2021-06-30"), ("30 June 2021", "2021-06-30"), ("2021-06-30T10:00Z", "2021-06-30"),
    ("Wed, 30 Jun 2021 10:00:00 GMT", "2021-06-30"), ("Published: 5 Sept 2004", "2004-09-05"), ("31 February 2021", None),
    ("no date here", None),
])
def test_parse_date(text, iso):
    assert parse_date(text) == iso


@pytest.mark.parametrize("text,period", [
    ("the fourth quarter of 2004", "2004-10/2004-12"), ("Q1 2005", "2005-01/2005-03"), ("the first half of 2004", "2004-01/2004-06"),
    ("second half of 2003", "2003-07/2003-12"), ("in the 1990s", "1990/1999"), ("March 2006", "2006-03"), ("the quarter", None),
])
def test_absolute_periods(text, period):
    assert absolute_period(text) == period


@pytest.mark.parametrize("text,date,period", [
    ("twenty years ago", "2021-06-30", "2001"), ("the past two years", "2021-06-30", "2019-07-01/2021-06-30"),
    ("the fourth quarter of 2004", None, "2004-10/2004-12"), ("last year", None, None),
])
def test_resolve_period(text, date, period):
    assert resolve_period(text, date) == period


def test_months_bounds_and_lengths():
    assert month_number("Sept") == month_number("september") == 9 and month_number("Mar.") == 3 and month_number("Maybe") is None
    assert period_days("2004") == 366 and period_days("2004-10/2004-12") == 92 and period_days(None) is None
    assert period_bounds("2004-10/2004-12")[1].isoformat() == "2004-12-31"
    assert periods_overlap("2004-10/2004-12", "2004") is True and periods_overlap("2004", "2005-01") is False
