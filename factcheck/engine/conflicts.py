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
from collections.abc import Iterable, Mapping, Sequence

import msgspec

from factcheck.engine.currency import Rates
from factcheck.engine.intervals import Box
from factcheck.engine.network import Calendar, Clash, Fact, Step, propagate
from factcheck.engine.search import (
    MAX_CHAIN,
    MAX_SETS_PER_COMPONENT,
    Found,
    culprit,
    direct_pair,
    echoes_of,
    minimal_core,
    minimal_sets,
    peers,
    prefer_direct,
)
from factcheck.engine.variables import Network, build_network
from factcheck.lexicon import Metric, Policy
from factcheck.model import CHANGE, FACTOR, Claim, Conflict, Derivation, Period
from factcheck.tolerance import tidy


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
            core = prefer_direct(core, active, calendar, companions, units)
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
                direct = direct_pair(original[outlier.index], corroborating, calendar, set(), companions, True) \
                    if len(core) > 2 else None
                if direct is not None:  # the plain pair first (« près de 10 Md » of trade, 11,75 Md of exports)
                    results.append(direct)
                results.append(Found(tuple(exact), clash, original[outlier.index], corroborating,
                                     tuple(original[f.index] for f in echoes_of(core, active))))
        active = _without(_fix(core, outlier, active, calendar, companions), active, companions)
    return results


def _without(fact: Fact, active: Sequence[Fact], companions: Mapping[int, frozenset[int]]) -> list[Fact]:
    dropped = {fact.index} | companions.get(fact.index, frozenset()) | peers(fact, active)
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
        own_unit = FACTOR if CHANGE in step.variable[1] else network.series[step.variable[0]][3]
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
