"""Which claims cannot all be true: minimal conflict sets, their severity, and the proof of each.

Claims are grouped into series, and a series into components (claims linked through shared periods,
ratios and the calendar), so the work grows with the size of each component, never with all pairs of
the repository. In an inconsistent component, deletion-based search finds a minimal set (removing any
claim of it makes the rest consistent); a small hitting-set tree finds the other, distinct sets. When
many claims agree and one disagrees, the disagreeing claim is the culprit and the others are reported as
corroborating one conflict, not as hundreds of pairs.

A pair's flows of goods share variables: exports A>B and imports A>B are one flow, trade the sum of both
directions, a balance their difference (`flow_key`). A conflict that sets one country's customs against
the other's for the same flow is searched again with the two reports apart, within the mirror margin
(tolerance.yaml `mirror`), and kept only when it survives it. A claim and its restatement in another
currency in the same sentence (`equivalent_of`) are never compared with each other.
"""

from __future__ import annotations

import hashlib
import math
from typing import Any
from collections import deque
from collections.abc import Iterable, Mapping, Sequence

import msgspec

from factcheck.engine.currency import Rates
from factcheck.engine.intervals import INF, NON_NEGATIVE, Box
from factcheck.engine.network import Calendar, Clash, Fact, SeriesKey, Step, Variable, calendar_constraints, propagate
from factcheck.lexicon import Metric, Policy, Reading
from factcheck.model import Claim, Conflict, Derivation, Period, format_period
from factcheck.tolerance import figure_words, interval, tidy

MAX_SETS_PER_COMPONENT = 12  # distinct minimal sets reported for one tangle of claims
MAX_SEARCH_NODES = 40  # hitting-set tree nodes explored per component
MAX_CHAIN = 3  # claims in a set found through identities: a longer chain is not one a reader can redo


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
                if not nearby:
                    continue
                known = {min(nearby, key=lambda at: (abs(at[0] - claim.span[0]), at[0]))[1]}
            unit = next(iter(known))
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


class Found(msgspec.Struct):
    """A minimal set found in one reading, before it becomes a `Conflict`."""

    facts: tuple[Fact, ...]
    clash: Clash
    culprit: Fact
    corroborating: tuple[Fact, ...]
    echoes: tuple[Fact, ...] = ()  # other claims stating one of the set's figures word for word


def minimal_sets(facts: Sequence[Fact], calendar: Sequence[Calendar],
                 companions: Mapping[int, frozenset[int]] | None = None,
                 units: Mapping[int, str | None] | None = None, spanning: bool = False) -> list[Found]:
    """Distinct minimal conflict sets among `facts` (none when they are consistent). `companions` are the
    restatements of a claim in another currency: a set holding a claim and its restatement is never
    reported (they are the same figure), and of two sets that differ only by restatements, only the
    first, preferring the one needing no conversion (`units`: series -> unit). With `spanning`, only
    the sets whose claims bound several series (the others are found series by series)."""
    if propagate(facts, calendar) is None:
        return []
    companions = companions or {}
    results: list[Found] = []
    seen_sets: set[frozenset[int]] = set()
    queue: deque[frozenset[int]] = deque([frozenset()])
    explored: set[frozenset[int]] = set()
    nodes = 0
    while queue and nodes < MAX_SEARCH_NODES and len(results) < MAX_SETS_PER_COMPONENT:
        removed = queue.popleft()
        if removed in explored:
            continue
        explored.add(removed)
        nodes += 1
        active = [f for f in facts if f.index not in removed]
        if propagate(active, calendar) is None:
            continue
        core = minimal_core(active, calendar)
        if companions:
            core = _prefer_direct(core, active, calendar, companions, units or {})
        key = frozenset(f.index for f in core)
        paired = [f for f in core if companions.get(f.index, frozenset()) & key]
        if paired:  # a figure against its own restatement (a conversion at another rate): never a conflict
            for fact in paired:
                queue.append(removed | {fact.index})
            continue
        outlier, partners = culprit(core, active, calendar, companions)
        signature = frozenset(min({f.index, *companions.get(f.index, ())}) for f in core)
        if signature not in seen_sets:
            seen_sets.add(signature)
            if spanning and len({f.series for f in core}) < 2:
                nodes -= 1  # found series by series already: it does not use up the search
            elif spanning and len(core) > MAX_CHAIN:
                pass
            else:
                clash = propagate(core, calendar, trace=True)
                assert clash is not None
                corroborating = tuple(p for p in partners if p.index not in key)
                direct = _direct_pair(outlier, corroborating, calendar, seen_sets, companions, spanning)
                if direct is not None and len(core) > 2:
                    # « près de 10 milliards » of trade against 11,75 Md of exports alone: the plain pair
                    # is its own conflict, besides the chain that reached the same claim
                    results.append(direct)
                results.append(Found(tuple(core), clash, outlier, corroborating, _echoes_of(core, active)))
        partner_ids = frozenset(p.index for p in partners)
        for fact in core:
            same = companions.get(fact.index, frozenset())  # its restatement goes with it
            if fact is outlier:  # and the claims stating its very figure: each would give the same set again
                queue.append(removed | {fact.index} | _echoes(fact, active) | same)
            elif fact.index in partner_ids:  # one branch drops every claim agreeing with this one against the culprit
                queue.append(removed | partner_ids | same)
            else:  # and the claims saying the same of its period: swapping one in is a permutation, not a new set
                queue.append(removed | {fact.index} | _peers(fact, active) | same)
    return results


def _direct_pair(outlier: Fact, partners: Sequence[Fact], calendar: Sequence[Calendar],
                 seen_sets: set[frozenset[int]], companions: Mapping[int, frozenset[int]],
                 spanning: bool) -> Found | None:
    """The outlier against the first claim that contradicts it on its own, the others corroborating; None
    when that pair was already reported (or, in the spanning pass, lies within one series)."""
    # the most precise contradicting figure first (the narrowest interval), then the first filed
    ordered = sorted(partners, key=lambda f: (f.box.hi - f.box.lo if math.isfinite(f.box.hi - f.box.lo) else math.inf,
                                              f.index))
    for index, partner in enumerate(ordered):
        if partner.index in companions.get(outlier.index, frozenset()):
            continue
        pair = [outlier, partner] if outlier.index < partner.index else [partner, outlier]
        signature = frozenset(min({f.index, *companions.get(f.index, ())}) for f in pair)
        if signature in seen_sets or (spanning and outlier.series == partner.series):
            return None
        clash = propagate(pair, calendar, trace=True)
        if clash is None:
            continue
        seen_sets.add(signature)
        return Found(tuple(pair), clash, outlier, tuple(p for p in ordered if p is not partner))
    return None


def _prefer_direct(core: list[Fact], active: Sequence[Fact], calendar: Sequence[Calendar],
                   companions: Mapping[int, frozenset[int]], units: Mapping[int, str | None]) -> list[Fact]:
    """The same conflict with a claim's restatement in the others' currency, when it holds that way:
    1,44 Md USD against 2 000 Md FCFA, not its conversion."""
    by_index = {f.index: f for f in active}
    for fact in list(core):
        others = [f for f in core if f is not fact]
        for index in sorted(companions.get(fact.index, ())):
            twin = by_index.get(index)
            if twin is None or twin in core:
                continue
            alike = sum(units.get(o.series) == units.get(twin.series) for o in others)
            if alike > sum(units.get(o.series) == units.get(fact.series) for o in others):
                trial = sorted([*others, twin], key=lambda f: f.index)
                if propagate(trial, calendar) is not None:
                    return minimal_core(trial, calendar)
    return core


def _peers(fact: Fact, active: Sequence[Fact]) -> set[int]:
    """The other claims bounding the same variable(s) the same way, that agree with `fact`."""
    return {other.index for other in active if other.index != fact.index and other.series == fact.series
            and other.period == fact.period and other.relative_to == fact.relative_to
            and other.to_date == fact.to_date and not other.box.intersect(fact.box).empty}


def _echoes(fact: Fact, active: Sequence[Fact]) -> set[int]:
    """The other claims stating exactly `fact`'s bounds for its period: two articles printing 205,2 Md."""
    return {other.index for other in active if other.index != fact.index and other.series == fact.series
            and other.period == fact.period and other.relative_to == fact.relative_to
            and other.to_date == fact.to_date and other.box == fact.box}


def _echoes_of(core: Sequence[Fact], active: Sequence[Fact]) -> tuple[Fact, ...]:
    """The claims outside a minimal set that state one of its figures word for word: any of them could take
    that claim's place, so they are named with the conflict instead of each making another."""
    key = {f.index for f in core}
    found = set().union(*(_echoes(f, active) for f in core)) - key
    return tuple(f for f in active if f.index in found)


def minimal_core(active: Sequence[Fact], calendar: Sequence[Calendar]) -> list[Fact]:
    """A minimal inconsistent subset. The proof of the first clash names the claims it used, and those
    alone re-derive it, so deletion starts from them (a handful) rather than from every claim of the
    tangle. Deletion then drops each claim whose absence keeps the set inconsistent; claims are tried in
    reverse order, so the earliest (first filed) ones are kept."""
    clash = propagate(active, calendar, trace=True)
    assert clash is not None
    used = {fact for fact in (clash.steps[i].fact for i in clash.proof()) if fact is not None}
    proof = [f for f in active if f.index in used]
    core = proof if proof and propagate(proof, calendar) is not None else list(active)
    for fact in sorted(core, key=lambda f: -f.index):
        trial = [f for f in core if f is not fact]
        if trial and propagate(trial, calendar) is not None:
            core = trial
    return core


def culprit(core: Sequence[Fact], active: Sequence[Fact], calendar: Sequence[Calendar],
            companions: Mapping[int, frozenset[int]] | None = None) -> tuple[Fact, list[Fact]]:
    """The claim of a minimal set that the most other claims contradict on their own, with those claims.
    A claim and its restatement in another currency count once, and are never set against each other."""
    companions = companions or {}
    best: tuple[int, int] | None = None
    chosen, partners = core[0], []
    for fact in core:
        if not companions:
            against = [other for other in active if other is not fact and _pair_clashes(fact, other, calendar)]
            rank = (len(against), fact.index)
        else:
            own = companions.get(fact.index, frozenset())
            against = [other for other in active if other is not fact and other.index not in own
                       and _pair_clashes(fact, other, calendar)]
            counted: set[int] = set()
            for other in against:
                if not companions.get(other.index, frozenset()) & counted:
                    counted.add(other.index)
            rank = (len(counted), fact.index)
        if best is None or rank > best:
            best, chosen, partners = rank, fact, against
    return chosen, partners


def _pair_clashes(a: Fact, b: Fact, calendar: Sequence[Calendar]) -> bool:
    """Whether two claims contradict each other on their own. Decided from their intervals where that is
    enough (two figures for one period, a part above its whole, two factors for one pair of periods),
    by propagation otherwise: this runs for every claim of a tangle, so it must be cheap."""
    if a.to_date or b.to_date or a.series != b.series:
        return propagate([a, b], calendar) is not None
    if a.relative_to is None and b.relative_to is None:
        if a.period == b.period:
            return a.box.intersect(b.box).empty
        for constraint in calendar:
            if not constraint.tiling:
                whole, part = constraint.whole[1], constraint.parts[0][1]
                if (part, whole) == (a.period, b.period) or (part, whole) == (b.period, a.period):
                    if constraint.rule != "calendar" or constraint.whole[0] != a.series:
                        continue
                    if part == a.period:
                        return a.box.lo > b.box.hi or (a.box.lo == b.box.hi and (a.box.lo_open or b.box.hi_open))
                    return b.box.lo > a.box.hi or (b.box.lo == a.box.hi and (b.box.lo_open or a.box.hi_open))
        return False
    if a.relative_to is not None and b.relative_to is not None:
        if (a.period, a.relative_to) == (b.period, b.relative_to):
            return a.box.intersect(b.box).empty
        if (a.period, a.relative_to) != (b.relative_to, b.period):
            return False
    return propagate([a, b], calendar) is not None


def conflict_id(claim_ids: Iterable[str]) -> str:
    """A stable id from the set of claims: the same conflict has the same id on every run."""
    digest = hashlib.sha256("\n".join(sorted(claim_ids)).encode("utf-8")).hexdigest()
    return f"C-{digest[:8]}"


def find_conflicts(claims: Sequence[tuple[str, Claim]], policy: Policy, metrics: Mapping[str, Metric],
                   rates: Rates | None = None) -> list[Conflict]:
    """Every minimal set of actual claims that cannot all be true, under the strict reading and, when the
    policy's reading is pragmatic, under the pragmatic one too (labelled: a strict conflict is stronger).
    `rates` lets figures in different currencies meet (None: each currency stays apart).

    Pragmatic intervals lie inside strict ones, so a tangle the pragmatic reading finds consistent is
    consistent under the strict one too: the strict pass only revisits the tangles that failed. A set
    found only by the pragmatic search is still labelled strict when it fails under the strict reading."""
    conflicts: dict[frozenset[str], Conflict] = {}
    if policy.reading == "strict":
        _collect(build_network(claims, policy, metrics, "strict", rates=rates), policy, conflicts)
        return _reported(conflicts)
    pragmatic: dict[frozenset[str], Conflict] = {}
    suspects = _collect(build_network(claims, policy, metrics, "pragmatic", rates=rates), policy, pragmatic)
    if not suspects:
        return _reported(pragmatic)
    strict = build_network(claims, policy, metrics, "strict", only=suspects, rates=rates)
    # the pass through identities sets one error aside at a time: run once, in the tighter (pragmatic)
    # reading; each set it found is then checked under the strict reading below
    _collect(strict, policy, conflicts, identities=False)
    facts = {fact.claim_id: fact for fact in strict.facts}
    for ids, conflict in pragmatic.items():
        if ids in conflicts:
            continue
        own = sorted((facts[i] for i in ids if i in facts), key=lambda f: f.index)
        if len(own) == len(ids):
            found = _checked(Found(tuple(own), None, own[0], ()), strict, policy)  # type: ignore[arg-type]
            if found is not None:  # the set fails under the strict reading as well: say so, with the strict proof
                conflict = msgspec.structs.replace(found, corroborating=pragmatic[ids].corroborating,
                                                   culprit=pragmatic[ids].culprit, echoed_by=pragmatic[ids].echoed_by)
        conflicts[ids] = conflict
    return _reported(conflicts)


def _reported(conflicts: Mapping[frozenset[str], Conflict]) -> list[Conflict]:
    """The conflicts in report order. One found through a currency conversion must hold under the strict
    reading: the pragmatic reading's guesses (« plus de 2 000 » read as under 3 000) compounded with a
    year's swing of exchange rates are too weak to accuse anyone."""
    return sorted((c for c in conflicts.values() if not (c.converted and c.reading == "pragmatic")),
                  key=conflict_order)


def _collect(network: Network, policy: Policy, conflicts: dict[frozenset[str], Conflict],
             identities: bool = True) -> set[int]:
    """Add the network's minimal sets to `conflicts`; return the claims of the inconsistent tangles.

    `identities` False skips the third pass. Three passes. First each series on its own (the calendar and ratios within one metric, pair,
    direction and unit): those sets are found whatever the size of the pair's tangle. Then one series
    across its currencies (1 440 Md FCFA against 1,44 Md USD). Then each pair's tangle with the
    identities between its flows, once the claims that resolve the earlier passes' sets are set aside
    (`set_aside`), one error at a time (`residual_sets`): what the identities reveal beyond them, not
    the same error echoed through every sum it enters."""
    inconsistent: set[int] = set()
    companions = network.companions()
    units = {number: key[3] for number, key in enumerate(network.series)} if companions else {}
    signatures: set[frozenset[int]] = set()
    first: list[Found] = []
    for component in network.components(links=False):
        calendar = network.calendar_for(component, links=False)
        for found in minimal_sets(component, calendar, companions, units):
            inconsistent.update(f.index for f in component)
            if _add(found, network, policy, calendar, conflicts, companions, signatures):
                first.append(found)  # a set the mirror margin explains sets nothing aside
    if not network.links:
        return inconsistent
    conversions = frozenset({"conversion"})
    if any(link.rule == "conversion" for link in network.links):  # then one series in two currencies
        for component in network.components(links=conversions):
            if len({f.series for f in component}) < 2:
                continue
            calendar = network.calendar_for(component, links=conversions)
            for found in minimal_sets(component, calendar, companions, units, spanning=True):
                inconsistent.update(f.index for f in component)
                if _add(found, network, policy, calendar, conflicts, companions, signatures):
                    first.append(found)
    if not identities or not any(link.rule != "conversion" for link in network.links):
        return inconsistent
    for component in network.components():
        if len({f.series for f in component}) < 2:
            continue
        members = {f.index for f in component}
        aside = set_aside([f for f in first if f.facts[0].index in members])
        aside |= {c for index in aside for c in companions.get(index, ())}
        for found in residual_sets([f for f in component if f.index not in aside], network, companions, units,
                                   policy):
            inconsistent.update(f.index for f in component)
            _add(found, network, policy, network.calendar_for(list(found.facts)), conflicts, companions,
                 signatures)
    return inconsistent


def residual_sets(facts: Sequence[Fact], network: Network, companions: Mapping[int, frozenset[int]],
                  units: Mapping[int, str | None], policy: Policy) -> list[Found]:
    """The sets the identities reveal, one error at a time: find a minimal set that spans several series,
    set its culprit aside (with its restatements and the claims saying the same of its period), and
    look again, until the rest holds. A wrong figure is reported once, not once per sum it enters."""
    results: list[Found] = []
    active = list(facts)
    original = {f.index: f for f in facts}
    widened: set[int] = set()
    calendar = network.calendar_for(active)
    margin = Box(1 - policy.mirror.below, 1 + policy.mirror.above, False, False)
    for _ in range(MAX_SETS_PER_COMPONENT + 8):
        if len(results) >= MAX_SETS_PER_COMPONENT or propagate(active, calendar) is None:
            break
        core = minimal_core(active, calendar)
        if companions:
            core = _prefer_direct(core, active, calendar, companions, units)
        exact = [original[f.index] for f in core]
        if _crosses_reporters(exact, network) and \
                _checked(Found(tuple(exact), None, exact[0], ()), network, policy) is None:  # type: ignore[arg-type]
            # the two customs agree within the mirror margin: the importer's figures of this set keep
            # counting for the flow, but only within the margin (nobody is set aside as wrong)
            crossing = {f.index for f in core if _is_import(f, network)}
            if crossing <= widened:
                active = [f for f in active if f.index not in crossing]
            else:
                widened |= crossing
                active = [msgspec.structs.replace(f, box=f.box.times(margin)) if f.index in crossing and
                          f.relative_to is None else f for f in active]
            continue
        outlier, partners = culprit(core, active, calendar, companions)
        key = {f.index for f in core}
        if len({f.series for f in core}) > 1 and len(core) <= MAX_CHAIN and \
                not any(companions.get(f.index, frozenset()) & key for f in core):
            clash = propagate(exact, calendar, trace=True)
            if clash is not None:
                corroborating = tuple(original[p.index] for p in partners if p.index not in key)
                direct = _direct_pair(original[outlier.index], corroborating, calendar, set(), companions, True) \
                    if len(core) > 2 else None
                if direct is not None:  # the plain pair first (« près de 10 Md » of trade, 11,75 Md of exports)
                    results.append(direct)
                results.append(Found(tuple(exact), clash, original[outlier.index], corroborating,
                                     tuple(original[f.index] for f in _echoes_of(core, active))))
        active = _without(_fix(core, outlier, active, calendar, companions), active, companions)
    return results


def _without(fact: Fact, active: Sequence[Fact], companions: Mapping[int, frozenset[int]]) -> list[Fact]:
    dropped = {fact.index} | companions.get(fact.index, frozenset()) | _peers(fact, active)
    return [f for f in active if f.index not in dropped]


def _fix(core: Sequence[Fact], outlier: Fact, active: Sequence[Fact], calendar: Sequence[Calendar],
         companions: Mapping[int, frozenset[int]]) -> Fact:
    """The claim of a minimal set to set aside: one whose absence lets everything else hold, when there
    is one (in a chain, no claim contradicts another on its own, so counting pairs says nothing), the
    claim most others contradict otherwise."""
    for fact in sorted(core, key=lambda f: (f is not outlier, -f.index)):
        if propagate(_without(fact, active, companions), calendar) is None:
            return fact
    return outlier


def set_aside(found: Sequence[Found]) -> set[int]:
    """A small set of claims that breaks every given minimal set (greedy hitting set): the culprit of a set
    that other claims corroborate, then the claim in most sets, ties to the later claim."""
    remaining = [{f.culprit.index} if f.corroborating else {x.index for x in f.facts} for f in found]
    chosen: set[int] = set()
    while remaining:
        counts: dict[int, int] = {}
        for group in remaining:
            for index in group:
                counts[index] = counts.get(index, 0) + 1
        pick = max(counts, key=lambda i: (counts[i], i))
        chosen.add(pick)
        remaining = [g for g in remaining if pick not in g]
    return chosen


def _add(found: Found, network: Network, policy: Policy, calendar: Sequence[Calendar],
         conflicts: dict[frozenset[str], Conflict], companions: Mapping[int, frozenset[int]],
         signatures: set[frozenset[int]]) -> bool:
    """Record a set's conflict, unless it holds only up to the mirror margin or restates one already
    recorded in another currency; whether the set is a conflict."""
    ids = frozenset(f.claim_id for f in found.facts)
    signature = frozenset(min({f.index, *companions.get(f.index, ())}) for f in found.facts)
    if ids in conflicts or signature in signatures:
        return ids in conflicts
    conflict = _checked(found, network, policy, calendar)
    if conflict is not None:
        conflicts[ids] = conflict
        signatures.add(signature)
    return conflict is not None


def _checked(found: Found, network: Network, policy: Policy,
             calendar: Sequence[Calendar] | None = None) -> Conflict | None:
    """The conflict of a minimal set, or None when it does not hold: a set that sets one country's
    customs against the other's for the same flow must survive the mirror margin (it is then marked
    `mirror`, with the margin in its proof); `found.clash` None: propagate it here first."""
    if _crosses_reporters(found.facts, network):
        context = network.context
        mirror = build_network(network.claims, context[0], context[1], network.reading,
                               only={f.index for f in found.facts}, rates=context[2], mirrored=True)
        own = sorted(mirror.facts, key=lambda f: f.index)
        constraints = mirror.calendar_for(own)
        clash = propagate(own, constraints, trace=True) if len(own) == len(found.facts) else None
        if clash is None:
            return None
        by_index = {f.index: f for f in own}
        twin = Found(tuple(own), clash, by_index.get(found.culprit.index, own[0]),
                     tuple(found.corroborating), found.echoes)
        return _conflict(twin, mirror, constraints, policy)
    if calendar is None:
        calendar = network.calendar_for(list(found.facts))
    if found.clash is None:
        clash = propagate(sorted(found.facts, key=lambda f: f.index), calendar, trace=True)
        if clash is None:
            return None
        found = Found(found.facts, clash, found.culprit, found.corroborating, found.echoes)
    return _conflict(found, network, calendar, policy)


def _is_import(fact: Fact, network: Network) -> bool:
    metrics = network.context[1] if network.context else {}
    metric = metrics.get(network.claims[fact.index][1].metric)
    return metric is not None and metric.flow == "imports"


def _crosses_reporters(facts: Sequence[Fact], network: Network) -> bool:
    """Whether one flow is bounded both by its exporter's figures and by its importer's."""
    if network.mirrored:
        return False
    roles: dict[int, set[str]] = {}
    for fact in facts:
        if network.series[fact.series][0] == "flow":
            roles.setdefault(fact.series, set()).add(network.claims[fact.index][1].metric)
    return any(len(r) > 1 for r in roles.values())


def conflict_order(conflict: Conflict) -> tuple[int, int, float, str]:
    return (conflict.severity != "major", conflict.reading != "strict", -conflict.gap, conflict.id)


def _conflict(found: Found, network: Network, calendar: Sequence[Calendar], policy: Policy) -> Conflict:
    claims = {f.index: network.claims[f.index] for f in found.facts}
    ordered = sorted(found.facts, key=lambda f: f.index)
    periods: set[str] = set()
    for fact in ordered:
        periods.update(v[1] for v in fact.variables)
    gap = found.clash.gap
    # narrow: would `narrow_gap` more tolerance on every claim dissolve it? (one propagation)
    narrow = propagate(found.facts, calendar, widen=policy.severity.narrow_gap) is None
    steps, clash = _derivations(found.clash, network)
    number = found.clash.variable[0]
    kind, countries, direction, unit = network.series[number]
    metric = kind
    if kind.startswith("flow"):  # a flow is named after the claims on it: exports or imports
        metric = next((claims[f.index][1].metric for f in ordered if f.series == number),
                      "imports" if kind == "flow-imports" else "exports")
    ids = tuple(f.claim_id for f in ordered)
    return Conflict(
        id=conflict_id(ids), metric=metric, countries=countries, direction=direction, unit=unit,
        periods=tuple(sorted(periods, key=lambda p: (Period.parse(p).start, Period.parse(p).end))),
        reading=network.reading, severity="major" if gap >= policy.severity.major_gap else "minor",
        gap=gap, narrow=narrow, claims=ids,
        sources=tuple(dict.fromkeys(claims[f.index][0] for f in ordered)),
        corroborating=tuple(f.claim_id for f in sorted(found.corroborating, key=lambda f: f.index)),
        steps=steps, clash_period=found.clash.variable[1], clash=clash,
        culprit=found.culprit.claim_id if found.corroborating else None,
        echoed_by=tuple(f.claim_id for f in sorted(found.echoes, key=lambda f: f.index)),
        mirror=any(s.rule == "mirror" for s in steps), converted=any(s.rule == "conversion" for s in steps),
    )


def _derivations(clash: Clash, network: Network) -> tuple[tuple[Derivation, ...], tuple[int, int]]:
    """The steps of the proof that lead to the clash, in order, renumbered from 0. When the proof spans
    several series (a flow and trade, two currencies), each step says which it bounds."""
    needed = clash.proof()
    order = sorted(needed)
    renumber = {old: new for new, old in enumerate(order)}
    spans = len({clash.steps[i].variable[0] for i in order} | {clash.variable[0]}) > 1
    unit = network.series[clash.variable[0]][3]
    result = []
    for old in order:
        step = clash.steps[old]
        bound = tidy(step.box.lo if step.side == "lo" else step.box.hi)
        opened = step.box.lo_open if step.side == "lo" else step.box.hi_open
        claim_id = network.claims[step.fact][1].id if step.fact is not None else None
        related: tuple[str, ...] = ()
        factor: tuple[float, float] | None = None
        constraint = step.calendar
        if constraint is not None:
            others = [v for v in constraint.variables if v != step.variable]
            if constraint.rule == "calendar":
                related = tuple(v[1] for v in others)
            elif constraint.rule == "conversion":
                related = (str(network.series[constraint.whole[0]][3]), str(network.series[constraint.parts[0][0]][3]))
            else:
                related = tuple(network.label(v[0]) for v in others)
            if constraint.factor is not None:
                factor = (float(tidy(constraint.factor.lo) or 0), float(tidy(constraint.factor.hi) or 0))
        own_unit = network.series[step.variable[0]][3]
        result.append(Derivation(step.variable[1], step.side, bound, opened, _rule(step, network),  # type: ignore[arg-type]
                                 claim_id, tuple(renumber[i] for i in step.inputs if i in renumber), related,
                                 series=network.label(step.variable[0]) if spans else None,
                                 unit=own_unit if own_unit != unit else None, factor=factor))
    low = renumber.get(clash.low_step, -1) if clash.low_step is not None else -1
    high = renumber.get(clash.high_step, -1) if clash.high_step is not None else -1
    return tuple(result), (low, high)


def _rule(step: Step, network: Network) -> str:
    constraint = step.calendar
    if constraint is not None:
        if constraint.rule != "calendar":
            return constraint.rule
        if constraint.tiling:
            return "sum"
        return "part" if step.variable in constraint.parts else "whole"
    if step.fact is None:
        return "claim"
    claim = network.claims[step.fact][1]
    if claim.kind == "ratio":
        return "ratio"
    return "to-date" if claim.as_of is not None else "claim"
