"""Which claims cannot all be true: minimal conflict sets, their severity, and the proof of each.

Claims are grouped into series, and a series into components (claims linked through shared periods,
ratios and the calendar), so the work grows with the size of each component, never with all pairs of
the repository. In an inconsistent component, deletion-based search finds a minimal set (removing any
claim of it makes the rest consistent); a small hitting-set tree finds the other, distinct sets. When
many claims agree and one disagrees, the disagreeing claim is the culprit and the others are reported as
corroborating one conflict, not as hundreds of pairs.
"""

from __future__ import annotations

import hashlib
import math
from collections import deque
from collections.abc import Iterable, Mapping, Sequence

import msgspec

from factcheck.engine.intervals import INF, Box
from factcheck.engine.network import Calendar, Clash, Fact, SeriesKey, Variable, calendar_constraints, propagate
from factcheck.lexicon import Metric, Policy, Reading
from factcheck.model import Claim, Conflict, Derivation, Period
from factcheck.tolerance import interval, tidy

MAX_SETS_PER_COMPONENT = 12  # distinct minimal sets reported for one tangle of claims
MAX_SEARCH_NODES = 40  # hitting-set tree nodes explored per component


class Series(msgspec.Struct, frozen=True):
    key: SeriesKey

    @property
    def metric(self) -> str:
        return self.key[0]


class Network(msgspec.Struct):
    """The facts of one reading, their series, and the calendar constraints between periods."""

    reading: Reading
    facts: list[Fact]
    series: list[SeriesKey]
    calendar: dict[int, list[Calendar]]
    claims: list[tuple[str, Claim]]

    def components(self) -> list[list[Fact]]:
        """Facts linked through shared variables or the calendar, per series (union-find)."""
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
        groups: dict[Variable, list[Fact]] = {}
        for fact in self.facts:
            groups.setdefault(find(fact.variables[0]), []).append(fact)
        return sorted(groups.values(), key=lambda facts: facts[0].index)

    def calendar_for(self, facts: Sequence[Fact]) -> list[Calendar]:
        return self.calendar.get(facts[0].series, []) if facts else []


def build_network(claims: Sequence[tuple[str, Claim]], policy: Policy, metrics: Mapping[str, Metric],
                  reading: Reading, only: set[int] | None = None) -> Network:
    """Actual claims as facts under one reading (with `only`, just the claims at those positions).
    Targets and forecasts never constrain reality; a reading a person rejected is not a claim at all."""
    series: dict[SeriesKey, int] = {}
    units: dict[tuple[str, tuple[str, ...], str | None], set[str]] = {}
    for _, claim in claims:
        if claim.kind == "value" and claim.unit is not None and claim.status != "rejected":
            units.setdefault((claim.metric, tuple(claim.countries), claim.direction), set()).add(claim.unit)
    facts: list[Fact] = []
    for index, (_, claim) in enumerate(claims):
        if claim.modality != "actual" or claim.status == "rejected" or claim.metric not in metrics or \
                (only is not None and index not in only):
            continue
        unit = claim.unit
        if claim.kind == "ratio" and unit is None:  # "a doublé" without a currency: the series' only unit
            known = units.get((claim.metric, tuple(claim.countries), claim.direction), set())
            if len(known) != 1:
                continue
            unit = next(iter(known))
        box = _box(claim, policy, reading)
        if box is None:
            continue
        key: SeriesKey = (claim.metric, tuple(claim.countries), claim.direction, unit)
        number = series.setdefault(key, len(series))
        facts.append(Fact(index, claim.id, number, claim.period, box,
                          claim.relative_to if claim.kind == "ratio" else None))
    calendar: dict[int, list[Calendar]] = {}
    periods: dict[int, set[str]] = {}
    for fact in facts:
        periods.setdefault(fact.series, set()).update(p for _, p in fact.variables)
    ordered = sorted(series, key=series.__getitem__)
    for number, key in enumerate(ordered):
        if metrics[key[0]].additive:
            calendar[number] = calendar_constraints(periods.get(number, ()), number)
    return Network(reading, facts, ordered, calendar, list(claims))


def _box(claim: Claim, policy: Policy, reading: Reading) -> Box | None:
    figure = claim.factor if claim.kind == "ratio" else claim.stated
    if figure is None or not math.isfinite(figure):
        return None
    if claim.kind == "ratio" and figure <= 0:
        return None
    found = interval(figure, claim.qualifier, policy, reading, claim.low, claim.high, rounded=False)
    lo = found.low if found.low is not None else -INF
    hi = found.high if found.high is not None else INF
    return Box(lo, hi, found.low_open or found.low is None, found.high_open or found.high is None)


class Found(msgspec.Struct):
    """A minimal set found in one reading, before it becomes a `Conflict`."""

    facts: tuple[Fact, ...]
    clash: Clash
    culprit: Fact
    corroborating: tuple[Fact, ...]


def minimal_sets(facts: Sequence[Fact], calendar: Sequence[Calendar]) -> list[Found]:
    """Distinct minimal conflict sets among `facts` (none when they are consistent)."""
    if propagate(facts, calendar) is None:
        return []
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
        key = frozenset(f.index for f in core)
        outlier, partners = culprit(core, active, calendar)
        if key not in seen_sets:
            seen_sets.add(key)
            clash = propagate(core, calendar, trace=True)
            assert clash is not None
            corroborating = tuple(p for p in partners if p.index not in key)
            results.append(Found(tuple(core), clash, outlier, corroborating))
        partner_ids = frozenset(p.index for p in partners)
        for fact in core:
            if fact is outlier:
                queue.append(removed | {fact.index})
            elif fact.index in partner_ids:  # one branch drops every claim agreeing with this one against the culprit
                queue.append(removed | partner_ids)
            else:  # and the claims saying the same of its period: swapping one in is a permutation, not a new set
                queue.append(removed | {fact.index} | _peers(fact, active))
    return results


def _peers(fact: Fact, active: Sequence[Fact]) -> set[int]:
    """The other claims bounding the same variable(s) the same way, that agree with `fact`."""
    return {other.index for other in active if other.index != fact.index and other.period == fact.period
            and other.relative_to == fact.relative_to and not other.box.intersect(fact.box).empty}


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


def culprit(core: Sequence[Fact], active: Sequence[Fact], calendar: Sequence[Calendar]) -> tuple[Fact, list[Fact]]:
    """The claim of a minimal set that the most other claims contradict on their own, with those claims."""
    best: tuple[int, int] | None = None
    chosen, partners = core[0], []
    for fact in core:
        against = [other for other in active if other is not fact and _pair_clashes(fact, other, calendar)]
        rank = (len(against), fact.index)
        if best is None or rank > best:
            best, chosen, partners = rank, fact, against
    return chosen, partners


def _pair_clashes(a: Fact, b: Fact, calendar: Sequence[Calendar]) -> bool:
    """Whether two claims contradict each other on their own. Decided from their intervals where that is
    enough (two figures for one period, a part above its whole, two factors for one pair of periods),
    by propagation otherwise: this runs for every claim of a tangle, so it must be cheap."""
    if a.relative_to is None and b.relative_to is None:
        if a.period == b.period:
            return a.box.intersect(b.box).empty
        for constraint in calendar:
            if not constraint.tiling:
                whole, part = constraint.whole[1], constraint.parts[0][1]
                if (part, whole) == (a.period, b.period):
                    return a.box.lo > b.box.hi or (a.box.lo == b.box.hi and (a.box.lo_open or b.box.hi_open))
                if (part, whole) == (b.period, a.period):
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


def find_conflicts(claims: Sequence[tuple[str, Claim]], policy: Policy,
                   metrics: Mapping[str, Metric]) -> list[Conflict]:
    """Every minimal set of actual claims that cannot all be true, under the strict reading and, when the
    policy's reading is pragmatic, under the pragmatic one too (labelled: a strict conflict is stronger).

    Pragmatic intervals lie inside strict ones, so a tangle the pragmatic reading finds consistent is
    consistent under the strict one too: the strict pass only revisits the tangles that failed. A set
    found only by the pragmatic search is still labelled strict when it fails under the strict reading."""
    conflicts: dict[frozenset[str], Conflict] = {}
    if policy.reading == "strict":
        _collect(build_network(claims, policy, metrics, "strict"), policy, conflicts)
        return sorted(conflicts.values(), key=conflict_order)
    pragmatic: dict[frozenset[str], Conflict] = {}
    suspects = _collect(build_network(claims, policy, metrics, "pragmatic"), policy, pragmatic)
    if not suspects:
        return sorted(pragmatic.values(), key=conflict_order)
    strict = build_network(claims, policy, metrics, "strict", only=suspects)
    _collect(strict, policy, conflicts)
    facts = {fact.claim_id: fact for fact in strict.facts}
    for ids, conflict in pragmatic.items():
        if ids in conflicts:
            continue
        own = sorted((facts[i] for i in ids if i in facts), key=lambda f: f.index)
        calendar = strict.calendar.get(own[0].series, []) if len(own) == len(ids) else []
        clash = propagate(own, calendar, trace=True) if len(own) == len(ids) else None
        if clash is not None:  # the set fails under the strict reading as well: say so, with the strict proof
            conflict = _conflict(Found(tuple(own), clash, own[0], ()), strict, calendar, policy)
            conflict = msgspec.structs.replace(conflict, corroborating=pragmatic[ids].corroborating,
                                           culprit=pragmatic[ids].culprit)
        conflicts[ids] = conflict
    return sorted(conflicts.values(), key=conflict_order)


def _collect(network: Network, policy: Policy, conflicts: dict[frozenset[str], Conflict]) -> set[int]:
    """Add the network's minimal sets to `conflicts`; return the claims of the inconsistent tangles."""
    inconsistent: set[int] = set()
    for component in network.components():
        calendar = network.calendar_for(component)
        for found in minimal_sets(component, calendar):
            inconsistent.update(f.index for f in component)
            ids = frozenset(f.claim_id for f in found.facts)
            if ids not in conflicts:
                conflicts[ids] = _conflict(found, network, calendar, policy)
    return inconsistent


def conflict_order(conflict: Conflict) -> tuple[int, int, float, str]:
    return (conflict.severity != "major", conflict.reading != "strict", -conflict.gap, conflict.id)


def _conflict(found: Found, network: Network, calendar: Sequence[Calendar], policy: Policy) -> Conflict:
    key = network.series[found.facts[0].series]
    claims = {f.index: network.claims[f.index] for f in found.facts}
    ordered = sorted(found.facts, key=lambda f: f.index)
    periods: set[str] = set()
    for fact in ordered:
        periods.update(v[1] for v in fact.variables)
    gap = found.clash.gap
    # narrow: would `narrow_gap` more tolerance on every claim dissolve it? (one propagation)
    narrow = propagate(found.facts, calendar, widen=policy.severity.narrow_gap) is None
    steps, clash = _derivations(found.clash, network)
    ids = tuple(f.claim_id for f in ordered)
    return Conflict(
        id=conflict_id(ids), metric=key[0], countries=key[1], direction=key[2], unit=key[3],
        periods=tuple(sorted(periods, key=lambda p: (Period.parse(p).start, Period.parse(p).end))),
        reading=network.reading, severity="major" if gap >= policy.severity.major_gap else "minor",
        gap=gap, narrow=narrow, claims=ids,
        sources=tuple(dict.fromkeys(claims[f.index][0] for f in ordered)),
        corroborating=tuple(f.claim_id for f in sorted(found.corroborating, key=lambda f: f.index)),
        steps=steps, clash_period=found.clash.variable[1], clash=clash,
        culprit=found.culprit.claim_id if found.corroborating else None,
    )


def _derivations(clash: Clash, network: Network) -> tuple[tuple[Derivation, ...], tuple[int, int]]:
    """The steps of the proof that lead to the clash, in order, renumbered from 0."""
    needed = clash.proof()
    order = sorted(needed)
    renumber = {old: new for new, old in enumerate(order)}
    result = []
    for old in order:
        step = clash.steps[old]
        bound = tidy(step.box.lo if step.side == "lo" else step.box.hi)
        opened = step.box.lo_open if step.side == "lo" else step.box.hi_open
        claim_id = network.claims[step.fact][1].id if step.fact is not None else None
        related: tuple[str, ...] = ()
        if step.calendar is not None:
            related = tuple(v[1] for v in (step.calendar.whole, *step.calendar.parts) if v != step.variable)
        result.append(Derivation(step.variable[1], step.side, bound, opened, _rule(step, claim_id, network),  # type: ignore[arg-type]
                                 claim_id, tuple(renumber[i] for i in step.inputs if i in renumber), related))
    low = renumber.get(clash.low_step, -1) if clash.low_step is not None else -1
    high = renumber.get(clash.high_step, -1) if clash.high_step is not None else -1
    return tuple(result), (low, high)


def _rule(step: object, claim_id: str | None, network: Network) -> str:
    from factcheck.engine.network import Step

    assert isinstance(step, Step)
    if step.calendar is not None:
        if step.calendar.tiling:
            return "sum"
        return "part" if step.variable in step.calendar.parts else "whole"
    return "ratio" if step.fact is not None and network.claims[step.fact][1].kind == "ratio" else "claim"
