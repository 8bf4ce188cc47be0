"""Claims become the constraint network's variables: each claim bounds a (series, period) variable
under one reading of its words. A pair's flows of goods share variables (`flow_key`): exports A>B and
imports A>B are one flow, trade the sum of both directions, a balance their difference; figures in
two currencies are tied by the period's exchange rates. Periods are spelled one canonical way.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

import msgspec

from factcheck.engine.currency import Rates
from factcheck.engine.intervals import INF, NON_NEGATIVE, Box
from factcheck.engine.network import (
    Calendar,
    Fact,
    SeriesKey,
    Variable,
    calendar_constraints,
)
from factcheck.lexicon import Metric, Policy, Reading
from factcheck.model import Claim, Period, format_period
from factcheck.tolerance import figure_words, interval


class Series(msgspec.Struct, frozen=True):
    key: SeriesKey

    @property
    def metric(self) -> str:
        return self.key[0]


class Network(msgspec.Struct):
    """The facts of one reading, their series, and the constraints between their variables: the calendar
    within each series, and the identities between a pair's flows and between currencies."""

    reading: Reading
    facts: list[Fact]
    series: list[SeriesKey]
    calendar: dict[int, list[Calendar]]  # per series: its calendar
    claims: list[tuple[str, Claim]]
    links: list[Calendar] = msgspec.field(default_factory=list)  # identities across series
    mirrored: bool = False  # exporters' and importers' figures have a series each, tied by the mirror margin
    context: Any = None  # (policy, metrics, rates) the network was built with, to build its mirrored variant

    def components(self, links: bool | frozenset[str] = True) -> list[list[Fact]]:
        """Facts linked through shared variables, the calendar and (with `links`) the identities
        (union-find)."""
        parent: dict[Variable, Variable] = {}

        def find(v: Variable) -> Variable:
            while parent.setdefault(v, v) != v:
                parent[v] = parent[parent[v]]
                v = parent[v]
            return v

        def union(a: Variable, b: Variable) -> None:
            parent[find(a)] = find(b)

        for fact in self.facts:
            first = fact.variables[0]
            find(first)
            for other in fact.variables[1:]:
                union(first, other)
        present = set(parent)
        for constraints in self.calendar.values():
            for constraint in constraints:
                members = [v for v in (constraint.whole, *constraint.parts) if v in present]
                if len(members) == 1 + len(constraint.parts):
                    for member in members[1:]:
                        union(members[0], member)
        chosen = self._links(links)
        for link in chosen:  # an identity ties its variables, even through one no claim states
            for member in link.parts:
                union(link.whole, member)
        if chosen:  # and a series' calendar then ties the periods its identities brought in
            for constraints in self.calendar.values():
                for constraint in constraints:
                    if all(v in parent for v in constraint.variables):
                        for member in constraint.parts:
                            union(constraint.whole, member)
        groups: dict[Variable, list[Fact]] = {}
        for fact in self.facts:
            groups.setdefault(find(fact.variables[0]), []).append(fact)
        return sorted(groups.values(), key=lambda facts: facts[0].index)

    def _links(self, links: bool | frozenset[str]) -> list[Calendar]:
        if links is True:
            return self.links
        if links is False:
            return []
        return [link for link in self.links if link.rule in links]

    def calendar_for(self, facts: Sequence[Fact], links: bool | frozenset[str] = True) -> list[Calendar]:
        """The constraints that can bear on these facts: the calendars of their series, and (with `links`)
        the identities that reach them, with the calendars of the series those bring in."""
        if not facts:
            return []
        numbers = {f.series for f in facts}
        chosen = self._links(links)
        if not chosen:
            return [c for number in sorted(numbers) for c in self.calendar.get(number, [])]
        linked = True
        while linked:
            linked = False
            for link in chosen:
                ends = {v[0] for v in link.variables}
                if ends & numbers and not ends <= numbers:
                    numbers |= ends
                    linked = True
        result = [link for link in chosen if link.whole[0] in numbers]
        result.extend(c for number in sorted(numbers) for c in self.calendar.get(number, []))
        return result

    def label(self, number: int) -> str:
        """What a series is, in a proof that spans several: "trade", "ES>MA" (a flow), "balance KH>VN"."""
        kind, _, direction, _ = self.series[number]
        if kind == "flow":
            return direction or "flow"
        if kind in ("flow-exports", "flow-imports"):
            return f"{kind[5:]} {direction}"
        return kind if direction is None else f"{kind} {direction}"

    def companions(self) -> dict[int, frozenset[int]]:
        """Claim position -> the positions of its restatements in another currency (`equivalent_of`,
        both ways): never compared with each other."""
        if not any(claim.equivalent_of for _, claim in self.claims):  # the common case: no restatement at all
            return {}
        present = {f.index for f in self.facts}
        position = {self.claims[i][1].id: i for i in present}
        pairs: dict[int, set[int]] = {}
        for index in present:
            other = position.get(self.claims[index][1].equivalent_of or "")
            if other is not None and other != index:
                pairs.setdefault(index, set()).add(other)
                pairs.setdefault(other, set()).add(index)
        return {k: frozenset(v) for k, v in pairs.items()}


def flow_key(claim: Claim, metrics: Mapping[str, Metric], unit: str | None,
             mirrored: bool = False) -> tuple[SeriesKey, int]:
    """The variable series a claim bounds, and the sign it bounds it with.

    exports A>B and imports A>B are one flow (with `mirrored`, the exporters' and the importers' figures
    get a series each); trade is its own series, tied to the two flows; a balance is kept oriented from
    the first country of the pair to the second, so a surplus of B (direction B>A) is a negative value."""
    countries = tuple(claim.countries)
    flow = metrics[claim.metric].flow if claim.metric in metrics else None
    if flow in ("exports", "imports") and claim.direction is not None:
        return (f"flow-{flow}" if mirrored else "flow", countries, claim.direction, unit), 1
    if flow == "trade":
        return ("trade", countries, None, unit), 1
    if flow == "balance" and claim.direction is not None and len(countries) == 2:
        forward = f"{countries[0]}>{countries[1]}"
        return ("balance", countries, forward, unit), 1 if claim.direction == forward else -1
    return (claim.metric, countries, claim.direction, unit), 1


def _calendar_mode(key: SeriesKey, metrics: Mapping[str, Metric]) -> tuple[bool, bool]:
    """(a calendar at all, with containment): flows have the full calendar, a balance only its tilings."""
    kind = key[0]
    if kind in ("flow", "flow-exports", "flow-imports", "trade"):
        return True, True
    if kind == "balance":
        return True, False
    return (metrics[kind].additive, True) if kind in metrics else (False, False)


_PERIODS: dict[str, str] = {}


def canonical(period: str) -> str:
    """One spelling per range of months, so "2022-01/2022-06" and "2022-H1" are one variable."""
    found = _PERIODS.get(period)
    if found is None:
        if len(_PERIODS) > 100_000:
            _PERIODS.clear()
        parsed = Period.parse(period)
        found = _PERIODS[period] = format_period(parsed.start, parsed.end)
    return found


def _spelling(period: str) -> str:
    """`canonical`, or "" for a period that does not parse (the record says nothing usable)."""
    try:
        return canonical(period)
    except ValueError:
        return ""


def build_network(claims: Sequence[tuple[str, Claim]], policy: Policy, metrics: Mapping[str, Metric],
                  reading: Reading, only: set[int] | None = None, rates: Rates | None = None,
                  mirrored: bool = False) -> Network:
    """Actual claims as facts under one reading (with `only`, just the claims at those positions).
    Targets and forecasts never constrain reality; rejected claims do not exist for the engine.
    `rates` converts between currencies (None: each currency stays apart); `mirrored` gives exporters'
    and importers' figures a series each, tied by the mirror margin."""
    series: dict[SeriesKey, int] = {}
    units: dict[tuple[str, tuple[str, ...], str | None], set[str]] = {}
    stated: dict[tuple[str, str, tuple[str, ...], str | None], list[tuple[int, str]]] = {}  # filled when needed
    for _, claim in claims:
        if claim.kind == "value" and claim.unit is not None and claim.status != "rejected":
            units.setdefault((claim.metric, tuple(claim.countries), claim.direction), set()).add(claim.unit)
    facts: list[Fact] = []
    flows = {name: metric.flow for name, metric in metrics.items()}
    spelled = _PERIODS
    for index, (_, claim) in enumerate(claims):
        if claim.modality != "actual" or claim.metric not in flows or (only is not None and index not in only) \
                or claim.status == "rejected":
            continue
        unit = claim.unit
        if claim.kind == "ratio" and unit is None:  # "a doublé" without a currency: the series' only unit,
            known = units.get((claim.metric, tuple(claim.countries), claim.direction), set())
            if len(known) != 1:  # or, in several, the currency of the source's nearest figure of the series
                if not stated:
                    for source, other in claims:
                        if other.kind == "value" and other.unit is not None and other.status != "rejected":
                            stated.setdefault((source, other.metric, tuple(other.countries), other.direction),
                                              []).append((other.span[0], other.unit))
                nearby = stated.get((claims[index][0], claim.metric, tuple(claim.countries), claim.direction))
                if nearby:
                    known = {min(nearby, key=lambda at: (abs(at[0] - claim.span[0]), at[0]))[1]}
            # no level in any currency: the changes of the flow stay together, unit-free, and meet each other
            unit = next(iter(known)) if len(known) == 1 else None
        box = _box(claim, policy, reading)
        if box is None:
            continue
        period = spelled.get(claim.period) or _spelling(claim.period)
        relative_to = None
        if claim.kind == "ratio":
            relative_to = (spelled.get(claim.relative_to) or _spelling(claim.relative_to)) if claim.relative_to else ""
            if not relative_to:
                continue
        if not period:
            continue
        flow = flows[claim.metric]
        signed = to_date = False
        earlier: str | None = None
        if flow is None:  # the fast path: not a flow of goods
            key: SeriesKey = (claim.metric, tuple(claim.countries), claim.direction, unit)
        elif flow == "trade" and not mirrored:
            key = ("trade", tuple(claim.countries), None, unit)
        else:
            key, sign = flow_key(claim, metrics, unit, mirrored)
            signed = key[0] == "balance"
            if signed and relative_to is None:  # a surplus is positive in its own direction
                box = box.intersect(NON_NEGATIVE)
                if box.empty:
                    continue
                box = box if sign > 0 else box.negated()
        if claim.as_of is not None and relative_to is None:
            to_date = True
            found = _earlier(period, claim.as_of)
            if found == "":
                continue
            earlier = found
        number = series.setdefault(key, len(series))
        facts.append(Fact(index, claim.id, number, period, box, relative_to, earlier, to_date, signed))
    periods: dict[int, set[str]] = {}
    for fact in facts:
        periods.setdefault(fact.series, set()).update(p for _, p in fact.variables)
    links: list[Calendar] = []
    _flow_identities(series, periods, links, policy)
    if rates is not None:
        _conversions(series, periods, links, rates)
    ordered = sorted(series, key=series.__getitem__)
    calendar: dict[int, list[Calendar]] = {}
    for number, key in enumerate(ordered):
        wanted, containment = _calendar_mode(key, metrics)
        if wanted:
            calendar[number] = calendar_constraints(periods.get(number, ()), number, containment=containment,
                                                    signed=key[0] == "balance")
    return Network(reading, facts, ordered, calendar, list(claims), links, mirrored, (policy, metrics, rates))


def _earlier(period: str, as_of: str) -> str | None:
    """The months of `period` before the month of `as_of`: None when there are none, "" when the date is
    not in the period's last month (the record then says nothing the engine can use)."""
    parsed = Period.parse(period)
    month = int(as_of[:4]) * 12 + int(as_of[5:7]) - 1
    if month != parsed.end:
        return ""
    if parsed.start == parsed.end:
        return None
    return format_period(parsed.start, parsed.end - 1)


def _flow_identities(series: dict[SeriesKey, int], periods: dict[int, set[str]], links: list[Calendar],
                     policy: Policy) -> None:
    """trade = A>B + B>A and balance A>B = A>B - B>A, period by period, for a pair whose goods are stated
    in two ways or more (a pair stated only as trade needs none: the common, fast case), and, in a
    mirrored network, importer's figure = exporter's × the mirror margin."""
    groups: dict[tuple[tuple[str, ...], str | None], set[str]] = {}
    pairs: dict[tuple[str, ...], set[str]] = {}  # the kinds a pair's goods are stated in, in any currency
    for key in series:
        if key[0] in ("flow", "flow-exports", "flow-imports", "trade", "balance") and len(key[1]) == 2:
            kind = key[0] if key[0] in ("trade", "balance", "flow-imports") else "flow"
            groups.setdefault((key[1], key[3]), set()).add(kind)
            pairs.setdefault(key[1], set()).add(kind)
    for (countries, _), kinds in groups.items():
        kinds |= pairs[countries]  # trade in FCFA and exports in euros meet once converted
    margin = Box(1 - policy.mirror.below, 1 + policy.mirror.above, False, False)
    mirrored = any(k[0] == "flow-exports" or k[0] == "flow-imports" for k in series) if groups else False
    for (countries, unit), kinds in groups.items():
        if not (kinds & {"trade", "balance"} and len(kinds) >= 2 or "flow-imports" in kinds):
            continue
        if len(groups) > 1 and not any(periods.get(series[k], ()) for k in series
                                       if k[1] == countries and k[3] == unit):
            continue
        forward, backward = f"{countries[0]}>{countries[1]}", f"{countries[1]}>{countries[0]}"
        flow = "flow-exports" if mirrored else "flow"
        wanted: list[SeriesKey] = [(flow, countries, forward, unit), (flow, countries, backward, unit)]
        if "trade" in kinds:
            wanted.append(("trade", countries, None, unit))
        if "balance" in kinds:
            wanted.append(("balance", countries, forward, unit))
        imported = [("flow-imports", countries, d, unit) for d in (forward, backward)]
        wanted += [k for k in imported if k in series]
        for key in wanted:
            series.setdefault(key, len(series))
        numbers = [series[k] for k in wanted]
        every: set[str] = set()
        for number in numbers:
            every |= periods.get(number, set())
        for number in numbers:  # each series of the pair gets every period, so the calendar works across them
            periods[number] = set(every)
        one, other = series[wanted[0]], series[wanted[1]]
        for period in sorted(every, key=lambda p: (Period.parse(p).start, -Period.parse(p).end)):
            if "trade" in kinds:
                links.append(Calendar((series[("trade", countries, None, unit)], period),
                                      ((one, period), (other, period)), tiling=True, rule="flows-sum"))
            if "balance" in kinds:
                links.append(Calendar((series[("balance", countries, forward, unit)], period),
                                      ((one, period), (other, period)), tiling=False, rule="flows-difference"))
            for key, exporter in zip(imported, (one, other)):
                if key in series:
                    links.append(Calendar((series[key], period), ((exporter, period),), tiling=False, rule="mirror",
                                          factor=margin))


def _conversions(series: dict[SeriesKey, int], periods: dict[int, set[str]], links: list[Calendar],
                 rates: Rates) -> None:
    """One series in several currencies: each currency tied to a base one (the euro when there), period
    by period, at the lowest and the highest rate of the period. A series in one currency, nearly all
    of them, never asks for a rate."""
    groups: dict[tuple[str, tuple[str, ...], str | None], list[str]] = {}
    for key in series:
        if key[3] is not None:
            groups.setdefault(key[:3], []).append(key[3])
    for head, found in groups.items():
        if len(found) < 2:
            continue
        units = sorted((u for u in found if rates.known(u)),
                       key=lambda u: (u != "EUR", -len(periods.get(series[(*head, u)], ())), u))
        if len(units) < 2:
            continue
        base = series[(*head, units[0])]
        for unit in units[1:]:
            number = series[(*head, unit)]
            for period in sorted(periods.get(number, set()) & periods.get(base, set())):
                parsed = Period.parse(period)
                span = rates.range(unit, units[0], parsed.start, parsed.end)
                if span is None:
                    continue
                links.append(Calendar((number, period), ((base, period),), tiling=False, rule="conversion",
                                      factor=Box(span[0], span[1], False, False), signed=head[0] == "balance"))


def _box(claim: Claim, policy: Policy, reading: Reading) -> Box | None:
    figure = claim.factor if claim.kind == "ratio" else claim.stated
    if figure is None or not math.isfinite(figure):
        return None
    if claim.kind == "ratio" and figure <= 0:
        return None
    if claim.equivalent_of is not None and reading == "pragmatic":
        reading = "strict"  # a restatement's bounds are its companion's words; its own digits' step says nothing
    written = figure_words(claim) if claim.kind == "value" and claim.qualifier == "exact" else None
    found = interval(figure, claim.qualifier, policy, reading, claim.low, claim.high, rounded=False, written=written)
    lo = found.low if found.low is not None else -INF
    hi = found.high if found.high is not None else INF
    return Box(lo, hi, found.low_open or found.low is None, found.high_open or found.high is None)
