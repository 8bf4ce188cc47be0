"""Minimal conflict sets in one inconsistent component: deletion-based search finds a set (removing
any claim of it makes the rest consistent), a small hitting-set tree the other, distinct ones; when
many claims agree and one disagrees, that one is the culprit and the others corroborate it."""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Mapping, Sequence

import msgspec

from factcheck.engine.network import Calendar, Clash, Fact, propagate

MAX_SETS_PER_COMPONENT = 12  # distinct minimal sets reported for one tangle of claims
MAX_SEARCH_NODES = 40  # hitting-set tree nodes explored per component
MAX_CHAIN = 3  # claims in a set found through identities: a longer chain is not one a reader can redo


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
            core = prefer_direct(core, active, calendar, companions, units or {})
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
                direct = direct_pair(outlier, corroborating, calendar, seen_sets, companions, spanning)
                if direct is not None and len(core) > 2:
                    # « près de 10 milliards » of trade against 11,75 Md of exports alone: the plain pair
                    # is its own conflict, besides the chain that reached the same claim
                    results.append(direct)
                results.append(Found(tuple(core), clash, outlier, corroborating, echoes_of(core, active)))
        partner_ids = frozenset(p.index for p in partners)
        for fact in core:
            same = companions.get(fact.index, frozenset())  # its restatement goes with it
            if fact is outlier:  # and the claims stating its very figure: each would give the same set again
                queue.append(removed | {fact.index} | _echoes(fact, active) | same)
            elif fact.index in partner_ids:  # one branch drops every claim agreeing with this one against the culprit
                queue.append(removed | partner_ids | same)
            else:  # and the claims saying the same of its period: swapping one in is a permutation, not a new set
                queue.append(removed | {fact.index} | peers(fact, active) | same)
    return results


def direct_pair(outlier: Fact, partners: Sequence[Fact], calendar: Sequence[Calendar],
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


def prefer_direct(core: list[Fact], active: Sequence[Fact], calendar: Sequence[Calendar],
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


def peers(fact: Fact, active: Sequence[Fact]) -> set[int]:
    """The other claims bounding the same variable(s) the same way, that agree with `fact`."""
    return {other.index for other in active if other.index != fact.index and other.series == fact.series
            and other.period == fact.period and other.relative_to == fact.relative_to
            and other.to_date == fact.to_date and not other.box.intersect(fact.box).empty}


def _echoes(fact: Fact, active: Sequence[Fact]) -> set[int]:
    """The other claims stating exactly `fact`'s bounds for its period: two articles printing 205,2 Md."""
    return {other.index for other in active if other.index != fact.index and other.series == fact.series
            and other.period == fact.period and other.relative_to == fact.relative_to
            and other.to_date == fact.to_date and other.box == fact.box}


def echoes_of(core: Sequence[Fact], active: Sequence[Fact]) -> tuple[Fact, ...]:
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
