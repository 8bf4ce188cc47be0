"""Finding conflicts in worker processes gives exactly the serial result."""

from __future__ import annotations

import random

import pytest

from factcheck import lexicon
from factcheck.engine import find_conflicts, parallel
from tests.engine.helpers import claim, sourced

PAIRS = [("FR", "IN"), ("DE", "TR"), ("MA", "SN"), ("BR", "JP"), ("CI", "GA"), ("EG", "KE")]


def test_workers_find_the_same_conflicts_in_the_same_order(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "PARALLEL_CLAIMS", 0)
    rng = random.Random(7)
    claims = []
    for number in range(400):
        pair = PAIRS[number % len(PAIRS)]
        year = str(2015 + rng.randrange(8))
        truth = 1e9 * (1 + PAIRS.index(pair)) * (1 + (int(year) - 2015) / 10)
        off = rng.choice([1.0] * 30 + [2.2])  # now and then a figure far from the truth
        claims.append(claim(f"s{number}:{year}", year, round(truth * off * rng.uniform(0.97, 1.0), -6), "approx",
                            countries=pair, unit="EUR"))
    pairs = sourced(*claims)
    policy, metrics = lexicon.policy(), lexicon.metrics()
    serial = find_conflicts(pairs, policy, metrics)
    assert serial, "the data should hold conflicts"
    assert parallel.find_conflicts_parallel(pairs, policy, metrics, jobs=2) == serial
