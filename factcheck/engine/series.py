"""One metric's series over time, for `factcheck show`: what each source says about each period, what
each source implies on its own, and the interval the consistent claims allow.

"The consistent claims" are the actual claims minus a small set that breaks every conflict: the outlier
of a conflict that many claims corroborate, then the claims that sit in the most conflicts, ties going
to claims in strict conflicts, to extracted before reviewed records, then to the later claim. What is
set aside is listed, so a reader can see which figures the allowed interval ignores and why.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

import msgspec

from factcheck.engine.search import culprit, minimal_core
from factcheck.engine.variables import build_network, canonical, flow_key
from factcheck.engine.currency import Rates
from factcheck.engine.intervals import INF, NON_NEGATIVE, Box
from factcheck.engine.network import Calendar, Fact, SeriesKey, allowed_intervals, calendar_constraints, propagate
from factcheck.lexicon import Metric, Policy
from factcheck.model import Claim, Conflict, Interval, Period


def known(box: Box, signed: bool = False) -> Interval | None:
    """A propagated box as an interval for display, or None when it says nothing (any non-negative value;
    for a balance, `signed`, any value at all)."""
    if signed:
        low_s = box.lo if box.lo != -INF else None
        high_s = box.hi if box.hi != INF else None
        if low_s is None and high_s is None:
            return None
        return Interval(low_s, high_s, box.lo_open if low_s is not None else False,
                        box.hi_open if high_s is not None else False)
    low = box.lo if box.lo > 0 or (box.lo == 0 and box.lo_open) else None
    high = box.hi if box.hi != INF else None
    if low is None and high is None:
        return None
    return Interval(low, high, box.lo_open if low is not None else False, box.hi_open if high is not None else False)


class Entry(msgspec.Struct, frozen=True):
    """A claim shown in a period's row: stated there (a value, or a ratio whose period it is)."""

    source: str
    claim: Claim
    conflicts: tuple[str, ...]  # ids of the conflicts the claim is part of
    set_aside: bool  # left out of the allowed interval


class View(msgspec.Struct, frozen=True):
    """What one source, on its own, says a period's value is (its claims propagated together)."""

    source: str
    span: Interval
    derived: bool  # the source states no figure for this period; its claims imply one
    conflicting: bool  # a claim behind it is part of a conflict touching this period


class PeriodRow(msgspec.Struct, frozen=True):
    period: str
    entries: tuple[Entry, ...]  # actual claims stated for the period
    outlook: tuple[Entry, ...]  # targets and forecasts for the period, kept apart
    views: tuple[View, ...]  # one per source that says something about the period
    allowed: Interval | None  # what the consistent claims allow after propagation; None: nothing known
    conflicts: tuple[str, ...]  # conflicts whose periods include this one


class SeriesView(msgspec.Struct, frozen=True):
    """One series (metric, countries, direction, unit) period by period, sources side by side."""

    metric: str
    countries: tuple[str, ...]
    direction: str | None
    unit: str | None
    reading: str
    sources: tuple[str, ...]  # sources saying something about the periods shown, in repository order
    periods: tuple[PeriodRow, ...]
    conflicts: tuple[Conflict, ...]
    set_aside: tuple[str, ...]  # claim ids left out of the allowed intervals


class MetricCount(msgspec.Struct, frozen=True):
    metric: str
    claims: int
    sources: int
    series: int


def metric_counts(claims: Iterable[tuple[str, Claim]]) -> list[MetricCount]:
    """Every metric with claims: how many claims, sources and series, most claims first."""
    counts: dict[str, tuple[int, set[str], set[tuple[object, ...]]]] = {}
    for source, claim in claims:
        if claim.status == "rejected":
            continue
        number, sources, series = counts.setdefault(claim.metric, (0, set(), set()))
        sources.add(source)
        series.add((tuple(claim.countries), claim.direction))
        counts[claim.metric] = (number + 1, sources, series)
    result = [MetricCount(m, n, len(s), len(k)) for m, (n, s, k) in counts.items()]
    return sorted(result, key=lambda c: (-c.claims, c.metric))


def period_order(period: str) -> tuple[int, int, int]:
    """Calendar order, each year before its parts, longer parts first: 2023, 2023-H1, 2023-H2, 2023-Q1,
    2023-01, then 2024."""
    parsed = Period.parse(period)
    return (parsed.start // 12, -parsed.months, parsed.start)


def series_views(claims: Sequence[tuple[str, Claim]], policy: Policy, metrics: Mapping[str, Metric],
                 conflicts: Sequence[Conflict], between: tuple[Period | None, Period | None] = (None, None)
                 ) -> list[SeriesView]:
    """One view per series of the given claims (already filtered to one metric), most claims first.

    `conflicts` are those `find_conflicts` reported for the same claims; `between` keeps the periods that
    overlap [start, end] (either side open). Rejected readings are left out."""
    claims = [(source, claim) for source, claim in claims if claim.status != "rejected"]
    network = build_network(claims, policy, metrics, policy.reading)
    key_of = {claim.id: _key(claim, network.series) for _, claim in claims}
    groups: dict[SeriesKey, list[int]] = {}
    for index, (_, claim) in enumerate(claims):
        key = key_of[claim.id]
        if key is not None:
            groups.setdefault(key, []).append(index)
    facts_of: dict[int, list[Fact]] = {}  # grouped once: filtering per series would be quadratic
    for fact in network.facts:
        facts_of.setdefault(fact.series, []).append(fact)
    conflicts_of: dict[SeriesKey, list[Conflict]] = {}
    for conflict in conflicts:
        conflicts_of.setdefault((conflict.metric, tuple(conflict.countries), conflict.direction, conflict.unit),
                                []).append(conflict)
    numbers = {key: number for number, key in enumerate(network.series)}
    number_of = {key: numbers.get(_engine_key(claims[members[0]][1], key, metrics), -1)
                 for key, members in groups.items()}
    views = [_view(key, members, claims, facts_of.get(number_of[key], []), number_of[key], policy,
                   metrics, conflicts_of.get(key, []), between)
             for key, members in groups.items()]
    return sorted(views, key=lambda v: (-sum(len(p.entries) + len(p.outlook) for p in v.periods), v.countries))


def _key(claim: Claim, known: Sequence[SeriesKey]) -> SeriesKey | None:
    """The series a claim is shown in; a ratio without a unit joins its metric's only series with a unit. A
    balance is shown from the pair's first country (a surplus of the other is a negative figure)."""
    direction = claim.direction
    if claim.metric == "balance" and len(claim.countries) == 2 and direction is not None:
        direction = f"{claim.countries[0]}>{claim.countries[1]}"
    if claim.unit is not None or claim.kind != "ratio":
        return (claim.metric, tuple(claim.countries), direction, claim.unit)
    units = {k[3] for k in known if k[1] == tuple(claim.countries) and k[2] == direction and k[3] is not None}
    return (claim.metric, tuple(claim.countries), direction, next(iter(units)) if len(units) == 1 else None)


def _engine_key(claim: Claim, shown: SeriesKey, metrics: Mapping[str, Metric]) -> SeriesKey:
    """The engine's series for a shown one: exports and imports of one direction are one flow."""
    key, _ = flow_key(claim, metrics, shown[3])
    return key


def _view(key: SeriesKey, members: list[int], claims: Sequence[tuple[str, Claim]], facts: Sequence[Fact],
          number: int, policy: Policy, metrics: Mapping[str, Metric], mine: Sequence[Conflict],
          between: tuple[Period | None, Period | None]) -> SeriesView:
    """The view of one series from its claims (`members`, positions in `claims`), facts and conflicts."""
    in_conflicts: dict[str, list[str]] = {}
    for conflict in mine:  # the claims of the minimal set, and those that agree with them against the culprit
        for claim_id in (*conflict.claims, *conflict.corroborating):
            in_conflicts.setdefault(claim_id, []).append(conflict.id)
    periods = {p for f in facts for _, p in f.variables} | {_canonical(claims[i][1].period) for i in members}
    additive = metrics[key[0]].additive if key[0] in metrics else False
    signed = key[0] in metrics and metrics[key[0]].flow == "balance"
    calendar = calendar_constraints(periods, number) if additive and number >= 0 else []
    kept, set_aside = _consistent(facts, calendar, mine, claims)
    allowed = allowed_intervals(kept, calendar) or {}
    own = _own_views(facts, calendar, claims)
    by_period: dict[str, list[int]] = {}
    for index in members:
        by_period.setdefault(_canonical(claims[index][1].period), []).append(index)
    rows = []
    for period in sorted(periods, key=period_order):
        if not _overlaps(period, between):
            continue
        stated = by_period.get(period, [])
        entries = tuple(Entry(claims[i][0], claims[i][1], tuple(in_conflicts.get(claims[i][1].id, ())),
                              claims[i][1].id in set_aside)
                        for i in stated if claims[i][1].modality == "actual")
        outlook = tuple(Entry(claims[i][0], claims[i][1], (), False)
                        for i in stated if claims[i][1].modality != "actual")
        touching = tuple(c.id for c in mine if period in c.periods)
        views = []
        for source, (boxes, used) in own.items():
            box = boxes.get((number, period))
            span = known(box, signed) if box is not None else None
            if span is None:
                continue
            states = any(e.source == source and e.claim.kind == "value" for e in entries)
            conflicting = any(claims[i][1].id in in_conflicts and set(in_conflicts[claims[i][1].id]) & set(touching)
                              for i in used)
            views.append(View(source, span, not states, conflicting))
        box = allowed.get((number, period))
        rows.append(PeriodRow(period, entries, outlook, tuple(views), known(box, signed) if box is not None else None,
                              touching))
    shown = {e.source for row in rows for e in row.entries} | {v.source for row in rows for v in row.views}
    sources = tuple(dict.fromkeys(claims[i][0] for i in members
                                  if claims[i][1].modality == "actual" and claims[i][0] in shown))
    return SeriesView(key[0], key[1], key[2], key[3], policy.reading, sources, tuple(rows), tuple(mine),
                      tuple(f.claim_id for f in facts if f.claim_id in set_aside))


def _consistent(facts: Sequence[Fact], calendar: Sequence[Calendar], conflicts: Sequence[Conflict],
                claims: Sequence[tuple[str, Claim]]) -> tuple[list[Fact], set[str]]:
    """The facts left once a greedy hitting set of the conflicts is set aside, and then, while the rest
    still clash (the search behind the conflicts is bounded), the culprit of each remaining clash."""
    # a conflict with corroborating claims is one outlier against many: its culprit is the claim to drop
    remaining = [{c.culprit} if c.culprit else set(c.claims) for c in conflicts]
    strict = {i for c in conflicts if c.reading == "strict" for i in c.claims}
    order = {f.claim_id: f.index for f in facts}
    status = {claims[f.index][1].id: claims[f.index][1].status for f in facts}
    set_aside: set[str] = set()
    while remaining:
        counts: dict[str, int] = {}
        for group in remaining:
            for claim_id in group:
                counts[claim_id] = counts.get(claim_id, 0) + 1
        chosen = max(counts, key=lambda i: (counts[i], i in strict, status.get(i) != "reviewed", order.get(i, -1)))
        set_aside.add(chosen)
        remaining = [g for g in remaining if chosen not in g]
    kept = [f for f in facts if f.claim_id not in set_aside]
    while kept and propagate(kept, calendar) is not None:  # what the bounded search behind the conflicts left
        outlier, _ = culprit(minimal_core(kept, calendar), kept, calendar)
        set_aside.add(outlier.claim_id)
        kept = [f for f in kept if f is not outlier]
    return kept, set_aside


def _own_views(facts: Sequence[Fact], calendar: Sequence[Calendar], claims: Sequence[tuple[str, Claim]]
               ) -> dict[str, tuple[dict[tuple[int, str], Box], list[int]]]:
    """Per source, every period's interval from its own claims alone; a source that contradicts itself
    is shown claim by claim, without propagation."""
    by_source: dict[str, list[Fact]] = {}
    for fact in facts:
        by_source.setdefault(claims[fact.index][0], []).append(fact)
    result = {}
    for source, own in by_source.items():
        boxes = allowed_intervals(own, calendar)
        if boxes is None:
            boxes = {}
            for fact in own:
                if fact.relative_to is None:
                    variable = fact.variables[0]
                    boxes[variable] = boxes.get(variable, NON_NEGATIVE).intersect(fact.box)
        result[source] = (boxes, [f.index for f in own])
    return result


def _canonical(period: str) -> str:
    try:
        return canonical(period)
    except ValueError:
        return period


def _overlaps(period: str, between: tuple[Period | None, Period | None]) -> bool:
    parsed = Period.parse(period)
    start, end = between
    return (start is None or parsed.end >= start.start) and (end is None or parsed.start <= end.end)


class FlowCell(msgspec.Struct, frozen=True):
    """One flow variable of a period: the interval the consistent claims allow, and whether an article
    states it (else the identities imply it: trade from the two directions, a direction from trade and
    the other, a balance from both)."""

    span: Interval | None
    stated: bool


class FlowRow(msgspec.Struct, frozen=True):
    period: str
    trade: FlowCell
    forward: FlowCell  # the pair's first country to the second
    backward: FlowCell
    balance: FlowCell  # forward minus backward: negative when the second country sells more


class FlowView(msgspec.Struct, frozen=True):
    """A pair's flows of goods side by side in one currency: total, each direction, balance."""

    countries: tuple[str, ...]
    unit: str | None
    forward: str  # "ES>MA"
    backward: str
    reading: str
    rows: tuple[FlowRow, ...]
    set_aside: tuple[str, ...]  # claim ids left out to resolve conflicts


def flow_views(claims: Sequence[tuple[str, Claim]], policy: Policy, metrics: Mapping[str, Metric],
               conflicts: Sequence[Conflict], between: tuple[Period | None, Period | None] = (None, None),
               rates: Rates | None = None) -> list[FlowView]:
    """For each pair and currency whose goods are stated in two ways or more (trade and a direction, two
    directions, a balance...), every period's total, directions and balance, stated or implied by the
    identities, from the claims that `conflicts` (found on the same claims) leave consistent."""
    flows = [(s, c) for s, c in claims if c.status != "rejected" and c.metric in metrics and metrics[c.metric].flow]
    network = build_network(flows, policy, metrics, policy.reading, rates=rates)
    if not network.links:
        return []
    facts = network.facts
    kept, set_aside = _consistent(facts, network.calendar_for(facts), conflicts, flows)
    boxes = allowed_intervals(kept, network.calendar_for(kept)) or {}
    numbers = {key: number for number, key in enumerate(network.series)}
    stated = {(f.series, f.period) for f in kept if f.relative_to is None and not f.to_date}
    groups: dict[tuple[tuple[str, ...], str | None], None] = {}
    for link in network.links:
        if link.rule in ("flows-sum", "flows-difference"):
            key = network.series[link.whole[0]]
            groups.setdefault((key[1], key[3]), None)
    views = []
    for countries, unit in groups:
        forward, backward = f"{countries[0]}>{countries[1]}", f"{countries[1]}>{countries[0]}"
        series = [numbers.get(("trade", countries, None, unit), -1), numbers.get(("flow", countries, forward, unit), -1),
                  numbers.get(("flow", countries, backward, unit), -1),
                  numbers.get(("balance", countries, forward, unit), -1)]
        periods = {p for (n, p) in boxes if n in series} | {p for (n, p) in stated if n in series}
        rows = []
        for period in sorted(periods, key=period_order):
            if not _overlaps(period, between):
                continue
            cells = []
            for position, number in enumerate(series):
                box = boxes.get((number, period))
                if box is None and position == 3:  # no balance stated: the two directions still imply one
                    one, other = boxes.get((series[1], period)), boxes.get((series[2], period))
                    box = one.minus(other) if one is not None and other is not None else None
                cells.append(FlowCell(known(box, signed=position == 3) if box is not None else None,
                                      (number, period) in stated))
            if any(c.span is not None for c in cells):
                rows.append(FlowRow(period, *cells))
        ids = {claims_id for claims_id in set_aside}
        mine = tuple(f.claim_id for f in facts if f.claim_id in ids and tuple(flows[f.index][1].countries) == countries)
        views.append(FlowView(countries, unit, forward, backward, policy.reading, tuple(rows), mine))
    return views
