"""Targets and forecasts against what the actual claims say about the same period.

"L'objectif d'un milliard de dollars en 2023": met when everything the actual claims allow for 2023 is
at least a milliard, missed when all of it is below, undecided when the allowed interval straddles it.
When the articles contradict each other there is no single allowed interval, so each article is
weighed on its own, and a target some articles say was met and others missed is `disputed`. A target
with no deadline (« porter les échanges à 2 milliards », an open horizon `2025-05/..`) is `open`: no
year's figure can meet or miss it, since the year it is for is not said.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from factcheck.engine.variables import build_network, canonical, flow_key
from factcheck.engine.intervals import INF, NON_NEGATIVE, Box
from factcheck.engine.network import Calendar, Fact, allowed_intervals, calendar_constraints
from factcheck.lexicon import Metric, Policy
from factcheck.model import Claim, Period, TargetCheck, TargetReading, TargetStatus


def check_targets(claims: Sequence[tuple[str, Claim]], policy: Policy,
                  metrics: Mapping[str, Metric]) -> list[TargetCheck]:
    """One check per target or forecast claim, from the actual claims of its series, under the policy's
    reading (pragmatic by default: « près d'un milliard » then says under a milliard). Rejected readings
    are left out."""
    claims = [(source, claim) for source, claim in claims if claim.status != "rejected"]
    network = build_network(claims, policy, metrics, policy.reading)
    numbers = {key: number for number, key in enumerate(network.series)}
    sources = [source for source, _ in claims]
    checks = []
    for source, claim in claims:
        if claim.modality == "actual" or claim.kind != "value" or claim.stated is None:
            continue
        try:
            horizon = Period.parse(claim.period)
        except ValueError:
            continue
        if horizon.open:
            checks.append(TargetCheck(claim.id, source, claim.metric, claim.period, claim.stated, claim.unit,
                                      claim.modality, "open", None, None, ()))
            continue
        key, sign = flow_key(claim, metrics, claim.unit) if claim.metric in metrics else \
            ((claim.metric, tuple(claim.countries), claim.direction, claim.unit), 1)
        if sign < 0:  # a balance target in the other direction: nothing to weigh it against simply
            continue
        number = numbers.get(key)
        facts = [f for f in network.facts if f.series == number] if number is not None else []
        period = canonical(claim.period)
        variable = (number, period)
        calendar: list[Calendar] = []
        if number is not None and metrics[claim.metric].additive:  # the target's period joins the calendar
            periods = {period} | {v[1] for f in facts for v in f.variables}
            calendar = calendar_constraints(periods, number)
            facts = [*facts, Fact(-1, "", number, period, NON_NEGATIVE)]
        overall = _allowed(facts, calendar, variable)
        readings = []
        for article in dict.fromkeys(sources[f.index] for f in facts if f.index >= 0):
            own = [f for f in facts if f.index < 0 or sources[f.index] == article]
            box = _allowed(own, calendar, variable)
            if box is not None:
                used = tuple(f.claim_id for f in own if f.index >= 0)
                readings.append(TargetReading(article, *_bounds(box), _status(box, claim.stated), used))
        if overall is not None:
            status = _status(overall, claim.stated)
            low, high = _bounds(overall)
        else:
            statuses = {r.status for r in readings} - {"undecided"}
            status = "no-data" if not readings else ("disputed" if len(statuses) > 1 else
                                                      (statuses.pop() if statuses else "undecided"))
            low = high = None
        checks.append(TargetCheck(claim.id, source, claim.metric, claim.period, claim.stated, claim.unit,
                                  claim.modality, status, low, high, tuple(readings)))
    return checks


def _allowed(facts: Sequence[Fact], calendar: Sequence[object], variable: tuple[int | None, str]) -> Box | None:
    """The variable's interval when the facts are consistent and say something about it, else None."""
    if not any(f.index >= 0 for f in facts):
        return None
    boxes = allowed_intervals(facts, calendar)  # type: ignore[arg-type]
    if boxes is None or variable not in boxes:
        return None
    box = boxes[variable]
    return None if box.lo <= 0 and box.hi == INF else box


def _status(box: Box, target: float) -> TargetStatus:
    if box.lo >= target:
        return "met"
    if box.hi < target:
        return "missed"
    return "undecided"


def _bounds(box: Box) -> tuple[float | None, float | None]:
    return (box.lo if box.lo > 0 else None), (box.hi if box.hi != INF else None)
