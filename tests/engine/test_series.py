"""The series view behind `factcheck show`, on small repositories written for these tests."""

from __future__ import annotations

from factcheck import lexicon
from factcheck.engine import find_conflicts
from factcheck.engine.series import (
    SeriesView,
    metric_counts,
    period_order,
    series_views,
)
from factcheck.model import Claim, Period
from tests.engine.helpers import claim, sourced

POLICY = lexicon.policy()


def views(*claims: Claim, between: tuple[Period | None, Period | None] = (None, None)) -> list[SeriesView]:
    pairs = sourced(*claims)
    return series_views(pairs, POLICY, lexicon.metrics(), find_conflicts(pairs, POLICY, lexicon.metrics()), between)


def row(view: SeriesView, period: str):  # type: ignore[no-untyped-def]
    return next(r for r in view.periods if r.period == period)


def test_years_come_before_their_halves_quarters_and_months() -> None:
    periods = ["2024-Q1", "2023-08", "2024", "2023-H1", "2023", "2023-Q2", "2023-01/2023-08"]
    assert sorted(periods, key=period_order) == ["2023", "2023-01/2023-08", "2023-H1", "2023-Q2", "2023-08",
                                                 "2024", "2024-Q1"]


def test_agreeing_sources_give_the_allowed_interval_and_their_own_views() -> None:
    (view,) = views(claim("hespress:a", "2023", 2.3e9, "approx"), claim("apanews:b", "2023", 2.2e9, "more_than"))
    found = row(view, "2023")
    assert view.sources == ("hespress", "apanews") and view.conflicts == () and view.set_aside == ()
    assert [e.source for e in found.entries] == ["hespress", "apanews"]
    assert found.allowed is not None  # above 2,2 Md, and at most 2,3 Md plus the 10 % of "environ"
    assert (found.allowed.low, found.allowed.low_open, found.allowed.high) == (2.2e9, True, 2.3e9 * 1.1)
    assert {v.source for v in found.views} == {"hespress", "apanews"}
    assert not any(v.derived or v.conflicting for v in found.views)


def test_the_outlier_is_set_aside_and_the_many_that_agree_make_the_interval() -> None:
    (view,) = views(claim("a:x", "2023", 10e9, "approx"), claim("b:x", "2023", 10.2e9, "approx"),
                    claim("c:x", "2023", 9.9e9, "approx"), claim("d:x", "2023", 20e9, "approx"))
    found = row(view, "2023")
    assert view.set_aside == ("d:x",)
    assert found.conflicts and all(e.set_aside == (e.claim.id == "d:x") for e in found.entries)
    assert found.allowed is not None and found.allowed.high is not None and found.allowed.high < 12e9
    assert {v.source for v in found.views if v.conflicting} == {"a", "b", "c", "d"}  # each clashes with d


def test_a_period_only_a_growth_rate_implies_is_shown_as_derived() -> None:
    (view,) = views(claim("ndtv:q", "2025-Q1", 4.0e9, "exact", countries=("FR", "IN"), unit="EUR"),
                    claim("ndtv:g", "2025-Q1", factor=1.25, relative_to="2024-Q1", qualifier="exact",
                          countries=("FR", "IN"), unit="EUR"))
    derived = row(view, "2024-Q1")
    assert derived.entries == ()
    assert [(v.source, v.derived) for v in derived.views] == [("ndtv", True)]
    assert derived.allowed is not None and abs(derived.allowed.low - 3.2e9) < 0.05e9  # type: ignore[operator]


def test_targets_are_kept_apart_and_never_narrow_the_interval() -> None:
    (view,) = views(claim("aa:v", "2023", 5e9, "approx", countries=("DE", "TR"), unit="EUR"),
                    claim("aa:t", "2023", 9e9, "exact", modality="target", countries=("DE", "TR"), unit="EUR"))
    found = row(view, "2023")
    assert [e.claim.id for e in found.outlook] == ["aa:t"] and [e.claim.id for e in found.entries] == ["aa:v"]
    assert found.allowed is not None and found.allowed.high is not None and found.allowed.high < 9e9


def test_between_keeps_the_periods_that_overlap() -> None:
    claims = [claim(f"s:{year}", str(year), 1e9 + year, "exact") for year in range(2018, 2026)]
    (view,) = views(*claims, claim("s:h", "2021-H2", 4e8, "exact"),
                    between=(Period.parse("2021-H2"), Period.parse("2023")))
    assert [r.period for r in view.periods] == ["2021", "2021-H2", "2022", "2023"]


def test_each_country_pair_is_its_own_series() -> None:
    found = views(claim("a:1", "2023", 1e9, countries=("MA", "SN"), unit="MAD"),
                  claim("a:2", "2023", 2e9, countries=("MA", "SN"), unit="MAD"),
                  claim("b:1", "2023", 5e9, countries=("FR", "IN"), unit="EUR"))
    assert [(v.countries, v.unit) for v in found] == [(("MA", "SN"), "MAD"), (("FR", "IN"), "EUR")]
    assert found[1].conflicts == ()


def test_metric_counts() -> None:
    pairs = sourced(claim("a:1", "2023", 1e9), claim("b:1", "2023", 1e9, countries=("FR", "IN")),
                    claim("a:2", "2023", 1e5, metric="tourists", unit="persons"))
    assert [(c.metric, c.claims, c.sources, c.series) for c in metric_counts(pairs)] == [
        ("trade", 2, 2, 2), ("tourists", 1, 1, 1)]
