"""`find_conflicts` over many processes: the same result, sooner, on a large repository.

Conflicts never cross a group (one pair's flows of goods in every direction and currency; for other
metrics, one metric, pair and direction), so the groups are dealt to workers, each
runs the ordinary engine on its share, and the results are merged in the engine's order. Workers are
forked, so they inherit the claims instead of receiving them; where fork is not the platform's safe
default, or the repository is small, everything runs in this process.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from factcheck.engine.conflicts import conflict_order, find_conflicts
from factcheck.engine.currency import Rates
from factcheck.lexicon import Metric, Policy
from factcheck.model import Claim, Conflict

PARALLEL_CLAIMS = 20_000  # below this a pool costs more than it saves

_shared: tuple[list[list[tuple[str, Claim]]], Policy, Mapping[str, Metric], Rates | None] | None = None


def find_conflicts_parallel(claims: Sequence[tuple[str, Claim]], policy: Policy, metrics: Mapping[str, Metric],
                            jobs: int, rates: Rates | None = None) -> list[Conflict]:
    """`find_conflicts(claims, policy, metrics, rates)`, computed by up to `jobs` processes."""
    from factcheck.workers import can_fork, fork_map

    if jobs <= 1 or len(claims) < PARALLEL_CLAIMS or not can_fork():
        return find_conflicts(claims, policy, metrics, rates)
    groups: dict[tuple[object, ...], list[tuple[str, Claim]]] = {}
    for source, claim in claims:
        metric = metrics.get(claim.metric)
        key: tuple[object, ...] = ("goods", tuple(claim.countries)) if metric is not None and metric.flow else \
            (claim.metric, tuple(claim.countries), claim.direction)
        groups.setdefault(key, []).append((source, claim))
    shares: list[list[tuple[str, Claim]]] = [[] for _ in range(jobs * 4)]
    for group in sorted(groups.values(), key=len, reverse=True):  # largest first, each to the lightest share
        min(shares, key=len).extend(group)
    global _shared
    _shared = (shares, policy, metrics, rates)
    try:
        found = [c for part in fork_map(_share, len(shares), jobs) for c in part]
    finally:
        _shared = None
    return sorted(found, key=conflict_order)


def _share(number: int) -> list[Conflict]:
    assert _shared is not None
    shares, policy, metrics, rates = _shared
    return find_conflicts(shares[number], policy, metrics, rates)
