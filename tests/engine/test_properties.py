"""Property tests: claims drawn from one true series never conflict; pushing one claim past its
tolerance yields a conflict that contains it."""

from __future__ import annotations

import msgspec
from hypothesis import assume, given, settings
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


FLOW_PAIR = ("GH", "NG")
FORWARD, BACKWARD = "GH>NG", "NG>GH"


@st.composite
def true_flows(draw: st.DrawFn) -> dict[tuple[str, str], float]:
    """Both directions of a pair's goods, by year and quarter (quarters add up to their year)."""
    truth: dict[tuple[str, str], float] = {}
    years = draw(st.integers(1, 3))
    for direction in (FORWARD, BACKWARD):
        level = draw(st.floats(1e8, 1e11))
        for year in range(2019, 2019 + years):
            level *= draw(st.floats(0.7, 1.5))
            shares = [draw(st.floats(0.5, 1.5)) for _ in range(4)]
            truth[(direction, str(year))] = level
            for quarter, share in enumerate(shares, start=1):
                truth[(direction, f"{year}-Q{quarter}")] = level * share / sum(shares)
    return truth


def _honest(draw: st.DrawFn, truth: float) -> tuple[float, str]:
    qualifier = draw(st.sampled_from(sorted(HONEST)))
    low, high = HONEST[qualifier]
    return truth * draw(st.floats(low, high)), qualifier


@st.composite
def honest_flows(draw: st.DrawFn) -> tuple[dict[tuple[str, str], float], list[Claim]]:
    """Claims about one pair's flows, each honest about the truth within its qualifier: trade, either
    direction as exports or imports, and the balance."""
    truth = draw(true_flows())
    periods = sorted({p for _, p in truth})
    claims = []
    for n in range(draw(st.integers(1, 10))):
        period = draw(st.sampled_from(periods))
        forward, backward = truth[(FORWARD, period)], truth[(BACKWARD, period)]
        kind = draw(st.sampled_from(["trade", "exports", "imports", "balance"]))
        if kind == "trade":
            stated, qualifier = _honest(draw, forward + backward)
            claims.append(claim(f"s{n}:t{n}", period, stated, qualifier, countries=FLOW_PAIR))
        elif kind == "balance":
            if abs(forward - backward) < 1e-3 * (forward + backward):
                continue
            direction = FORWARD if forward > backward else BACKWARD
            stated, qualifier = _honest(draw, abs(forward - backward))
            claims.append(claim(f"s{n}:b{n}", period, stated, qualifier, metric="balance", direction=direction,
                                countries=FLOW_PAIR))
        else:
            direction = draw(st.sampled_from([FORWARD, BACKWARD]))
            stated, qualifier = _honest(draw, truth[(direction, period)])
            claims.append(claim(f"s{n}:f{n}", period, stated, qualifier, metric=kind, direction=direction,
                                countries=FLOW_PAIR))
    return truth, claims


@settings(max_examples=200, deadline=None)
@given(honest_flows())
def test_flows_drawn_consistently_never_conflict(drawn: tuple[dict[tuple[str, str], float], list[Claim]]) -> None:
    _, claims = drawn
    assert find_conflicts(sourced(*claims), STRICT, lexicon.metrics()) == []


@settings(max_examples=200, deadline=None)
@given(true_flows(), st.floats(0.91, 1.09), st.data())
def test_mirror_figures_within_the_margin_never_conflict(truth: dict[tuple[str, str], float], gap: float,
                                                         data: st.DataObject) -> None:
    period = data.draw(st.sampled_from(sorted({p for _, p in truth})))
    value = truth[(FORWARD, period)]
    exported = claim("a:exports", period, value, "exact", metric="exports", direction=FORWARD, countries=FLOW_PAIR)
    imported = claim("b:imports", period, value * gap, "exact", metric="imports", direction=FORWARD,
                     countries=FLOW_PAIR)
    assert find_conflicts(sourced(exported, imported), STRICT, lexicon.metrics()) == []


@settings(max_examples=200, deadline=None)
@given(honest_flows(), st.data())
def test_one_flow_pushed_beyond_its_tolerance_yields_a_conflict_with_it(
        drawn: tuple[dict[tuple[str, str], float], list[Claim]], data: st.DataObject) -> None:
    truth, claims = drawn
    period = data.draw(st.sampled_from(sorted({p for _, p in truth})))
    forward, backward = truth[(FORWARD, period)], truth[(BACKWARD, period)]
    anchors = [claim("anchor:trade", period, forward + backward, "exact", countries=FLOW_PAIR),
               claim("anchor:back", period, backward, "exact", metric="exports", direction=BACKWARD,
                     countries=FLOW_PAIR)]
    push = data.draw(st.sampled_from([1.4, 2.0, 3.0, 0.6, 0.4]))
    metric = data.draw(st.sampled_from(["exports", "imports"]))
    pushed = claim("pushed:flow", period, forward * push, "approx", metric=metric, direction=FORWARD,
                   countries=FLOW_PAIR)
    # beyond the policy: outside what trade less the other direction allows for this one
    trade, back = anchors
    assert trade.low is not None and trade.high is not None and back.low is not None and back.high is not None
    assert pushed.low is not None and pushed.high is not None
    assume(pushed.low > trade.high - back.low or pushed.high < trade.low - back.high)
    found = find_conflicts(sourced(*claims, *anchors, pushed), STRICT, lexicon.metrics())
    assert any("pushed:flow" in c.claims for c in found)
