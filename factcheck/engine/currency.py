"""Currencies as the engine sees them: an interface for exchange rates, and which figures stay apart.

The engine is pure, so it never reads rates itself: whoever calls it (the CLI) hands it a `Rates`, and
the engine only asks for the lowest and highest rate between two currencies over a period. A figure in
a currency the rates do not know (the Tunisian dinar is not an ECB reference currency) is compared only
with figures in the same currency, and `currency_gaps` says which were left apart, so the report can.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Protocol

import msgspec

from factcheck.lexicon import Metric
from factcheck.model import Claim, Period


class Rates(Protocol):
    """Exchange rates over periods of months (months counted as in `Period`: year * 12 + month - 1)."""

    def range(self, unit: str, base: str, start: int, end: int) -> tuple[float, float] | None:
        """How many `unit` one `base` buys, lowest and highest over the months `start`..`end`; None when
        unknown (a currency without rates, a period the rates do not cover)."""
        ...

    def known(self, unit: str) -> bool:
        """Whether `unit` is a currency these rates convert (at some date)."""
        ...

    def source(self, unit: str, base: str) -> str:
        """Where the rate between two currencies comes from, for proofs ("ECB reference rates", "fixed
        parity")."""
        ...


class CurrencyGap(msgspec.Struct, frozen=True):
    """Figures of one series kept apart from the same series in other currencies: no rate converts them."""

    metric: str
    countries: tuple[str, ...]
    direction: str | None
    unit: str
    others: tuple[str, ...]  # the currencies of the same series that it could not be compared with
    claims: int


def currency_of(unit: str | None, money: Mapping[str, bool]) -> str | None:
    return unit if unit is not None and money.get(unit, False) else None


def currency_gaps(claims: Iterable[tuple[str, Claim]], metrics: Mapping[str, Metric], money: Mapping[str, bool],
                  rates: Rates | None) -> list[CurrencyGap]:
    """For each series stated in several currencies, the currencies that no rate links to the others
    (`money`: unit -> whether it is a currency, from the unit lexicon)."""
    groups: dict[tuple[str, tuple[str, ...], str | None], dict[str, int]] = {}
    for _, claim in claims:
        if claim.status == "rejected" or claim.modality != "actual" or claim.kind != "value":
            continue
        unit = currency_of(claim.unit, money)
        if unit is None or claim.metric not in metrics:
            continue
        units = groups.setdefault((claim.metric, tuple(claim.countries), claim.direction), {})
        units[unit] = units.get(unit, 0) + 1
    gaps = []
    for (metric, countries, direction), units in groups.items():
        if len(units) < 2:
            continue
        for unit, count in sorted(units.items()):
            if rates is not None and rates.known(unit):
                continue
            others = tuple(sorted(u for u in units if u != unit))
            gaps.append(CurrencyGap(metric, countries, direction, unit, others, count))
    return gaps


def period_months(period: str) -> tuple[int, int]:
    parsed = Period.parse(period)
    return parsed.start, parsed.end
