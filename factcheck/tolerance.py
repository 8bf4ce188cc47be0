"""The tolerance policy applied: stated figure + qualifier -> the interval it allows (SPEC `low`/`high`).

Pure: takes the `Policy` loaded from `lexicon/tolerance.yaml`. Extraction uses it to fill `low`/`high`,
`check` to verify them, and the engine for both readings.
"""

from __future__ import annotations

import math
import re

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


_WRITTEN = re.compile(r"(?<![\d,])(\d{1,3}(?:[ \u00a0\u202f.]\d{3})+|\d+)(?:,(\d+))?")


def half_unit(written: str, stated: float) -> float | None:
    """Half a unit of the last digit a figure is written with, in the unit of `stated`: « 1,4 million »
    -> 50 000, « 1 385 000 » -> 0,5, « 600 millions » -> 500 000; None when the words do not show
    digits that scale to `stated` by a power of ten (« près d'un milliard », « 1 million 78 221 »)."""
    match = _WRITTEN.search(written)
    if match is None or not stated:
        return None
    decimals = match.group(2) or ""
    number = float(re.sub(r"[ \u00a0\u202f.]", "", match.group(1)) + ("." + decimals if decimals else ""))
    if number == 0:
        return None
    scale = abs(stated) / number
    power = round(math.log10(scale)) if scale > 0 else 0
    if abs(scale - 10 ** power) > 1e-9 * 10 ** power:
        return None
    return 0.5 * 10 ** power * 10 ** -len(decimals)


def figure_words(claim: Claim) -> str | None:
    """The words of a claim's own figure (`figure_span` inside the quote)."""
    if claim.figure_span is None:
        return None
    start, end = claim.figure_span[0] - claim.span[0], claim.figure_span[1] - claim.span[0]
    if not 0 <= start < end <= len(claim.quote):
        return None
    return claim.quote[start:end]


def interval(stated: float, qualifier: str, policy: Policy, reading: Reading = "strict",
             low: float | None = None, high: float | None = None, rounded: bool = True,
             written: str | None = None) -> Interval:
    """The interval `stated` allows under `qualifier`; `range` uses the given `low`/`high` as written.
    `written` is the figure's own words, for a qualifier whose slack follows the digits written.
    `rounded` tidies float noise for files and messages; the engine skips it (it costs a string format)."""
    rule = getattr(policy.qualifiers[qualifier], reading)
    if qualifier == "range":
        return Interval(low, high)
    lo = _bound(stated, rule.below, -1)
    hi = _bound(stated, rule.above, +1)
    if rule.written and written is not None:
        half = half_unit(written, stated)
        if half is not None:
            lo = None if lo is None else min(lo, stated - half)
            hi = None if hi is None else max(hi, stated + half)
    if rounded:
        lo, hi = tidy(lo), tidy(hi)
    return Interval(lo, hi, rule.open in ("low", "both"), rule.open in ("high", "both"))


def claim_interval(claim: Claim, policy: Policy, reading: Reading = "strict") -> Interval | None:
    """The interval a claim allows under a reading: for a value its figure, for a ratio its factor."""
    figure = claim.factor if claim.kind == "ratio" else claim.stated
    if figure is None:
        return None
    written = figure_words(claim) if claim.kind == "value" else None
    return interval(figure, claim.qualifier, policy, reading, claim.low, claim.high, written=written)
