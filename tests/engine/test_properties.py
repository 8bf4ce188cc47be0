"""Property tests: claims drawn from one true series never conflict; pushing one claim past its
tolerance yields a conflict that contains it."""

from __future__ import annotations

import msgspec
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import lexicon
from factcheck.engine import find_conflicts
from factcheck.model import Claim
from tests.engine.helpers import claim, sourced

STRICT = lexicon.policy({"reading": "strict"})
# for each qualifier, the range of stated/truth that keeps the truth inside the strict interval
HONEST = {"exact": (0.996, 1.004), "approx": (0.88, 1.13), "nearly": (0.96, 1.17), "more_than": (0.5, 0.999),
          "at_least": (0.5, 1.0), "less_than": (1.001, 2.0), "at_most": (1.0, 2.0)}


@st.composite
def true_series(draw: st.DrawFn) -> dict[str, float]:
    """Yearly trade and quarters that add up to their year."""
    values: dict[str, float] = {}
    level = draw(st.floats(1e7, 1e11))
    for year in range(2019, 2019 + draw(st.integers(1, 4))):
        level *= draw(st.floats(0.7, 1.5))
        shares = [draw(st.floats(0.5, 1.5)) for _ in range(4)]
        values[str(year)] = level
        for quarter, share in enumerate(shares, start=1):
            values[f"{year}-Q{quarter}"] = level * share / sum(shares)
        values[f"{year}-H1"] = values[f"{year}-Q1"] + values[f"{year}-Q2"]
    return values


@st.composite
def honest_claims(draw: st.DrawFn) -> tuple[dict[str, float], list[Claim]]:
    truth = draw(true_series())
    periods = sorted(truth)
    claims = []
    for n in range(draw(st.integers(1, 12))):
        period = draw(st.sampled_from(periods))
        if draw(st.booleans()) and len(periods) > 1:
            other = draw(st.sampled_from([p for p in periods if p != period]))
            factor = truth[period] / truth[other] * draw(st.floats(0.88, 1.13))
            claims.append(claim(f"s{n}:r{n}", period, factor=round(factor, 9), relative_to=other,
                                qualifier="approx"))
            continue
        qualifier = draw(st.sampled_from(sorted(HONEST)))
        low, high = HONEST[qualifier]
        stated = truth[period] * draw(st.floats(low, high))
        claims.append(claim(f"s{n}:v{n}", period, stated, qualifier))
    return truth, claims


@settings(max_examples=300, deadline=None)
@given(honest_claims())
def test_claims_from_one_true_series_never_conflict(drawn: tuple[dict[str, float], list[Claim]]) -> None:
    _, claims = drawn
    assert find_conflicts(sourced(*claims), STRICT, lexicon.metrics()) == []


@settings(max_examples=300, deadline=None)
@given(honest_claims(), st.data())
def test_pushing_one_claim_beyond_its_tolerance_yields_a_conflict_with_it(
        drawn: tuple[dict[str, float], list[Claim]], data: st.DataObject) -> None:
    truth, claims = drawn
    period = data.draw(st.sampled_from(sorted(truth)))
    anchor = claim("anchor:exact", period, truth[period], "exact")  # a source that got it right
    push = data.draw(st.sampled_from([1.4, 2.0, 3.0, 0.6, 0.4]))
    pushed = msgspec.structs.replace(claim("pushed:v", period, truth[period] * push, "approx"))
    found = find_conflicts(sourced(*claims, anchor, pushed), STRICT, lexicon.metrics())
    assert any("pushed:v" in c.claims for c in found)
