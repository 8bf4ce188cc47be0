"""The tolerance policy applied: stated figure + qualifier -> the interval it allows (SPEC `low`/`high`).

Pure: takes the `Policy` loaded from `lexicon/tolerance.yaml`. Extraction uses it to fill `low`/`high`,
`check` to verify them, and the engine for both readings.
"""

from __future__ import annotations

import math

from factcheck.lexicon import Policy, Reading, Slack
from factcheck.model import Claim, Interval


def leading_step(value: float) -> float:
    """One unit of the leading digit: 400 M -> 100 M, 150 000 -> 100 000, 0.5 -> 0.1."""
    magnitude = abs(value)
    if magnitude == 0:
        return 1.0
    return float(10 ** math.floor(math.log10(magnitude)))


def tidy(value: float | None) -> int | float | None:
    """Round away float noise (146.3e6 * 0.995) and give integral values as ints, so YAML stays readable."""
    if value is None:
        return None
    if value == 0:
        return 0
    rounded = float(f"{value:.12g}")
    if rounded.is_integer() and abs(rounded) < 1e18:
        return int(rounded)
    return rounded


def _bound(stated: float, slack: Slack, sign: int) -> float | None:
    if slack is None:
        return None
    if slack == "step":
        return stated + sign * leading_step(stated)
    return stated + sign * slack * abs(stated)


def interval(stated: float, qualifier: str, policy: Policy, reading: Reading = "strict",
             low: float | None = None, high: float | None = None, rounded: bool = True) -> Interval:
    """The interval `stated` allows under `qualifier`; `range` uses the given `low`/`high` as written.
    `rounded` tidies float noise for files and messages; the engine skips it (it costs a string format)."""
    rule = getattr(policy.qualifiers[qualifier], reading)
    if qualifier == "range":
        return Interval(low, high)
    lo = _bound(stated, rule.below, -1)
    hi = _bound(stated, rule.above, +1)
    if rounded:
        lo, hi = tidy(lo), tidy(hi)
    return Interval(lo, hi, rule.open in ("low", "both"), rule.open in ("high", "both"))


def claim_interval(claim: Claim, policy: Policy, reading: Reading = "strict") -> Interval | None:
    """The interval a claim allows under a reading: for a value its figure, for a ratio its factor."""
    figure = claim.factor if claim.kind == "ratio" else claim.stated
    if figure is None:
        return None
    return interval(figure, claim.qualifier, policy, reading, claim.low, claim.high)
