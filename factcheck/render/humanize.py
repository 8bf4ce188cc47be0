"""Figures the French way, for people: "≈ 1 Md USD", "> 400 M USD", "146,3 M USD", "150 000 pers."."""

from __future__ import annotations

from factcheck import lexicon
from factcheck.model import Claim
from factcheck.render.safe import one_line

NBSP = "\u00a0"  # keeps "150 000" and "1 Md" on one line in a wrapped table cell
QUALIFIER_SIGNS = {"exact": "", "approx": "≈", "nearly": "≲", "more_than": ">", "at_least": "≥",
                   "less_than": "<", "at_most": "≤", "range": ""}
QUALIFIER_WORDS = {"exact": "", "approx": "environ", "nearly": "près de", "more_than": "plus de",
                   "at_least": "au moins", "less_than": "moins de", "at_most": "au plus", "range": "entre"}


def decimal(value: float, digits: int = 3) -> str:
    """`146.3` -> "146,3", `1.0` -> "1", `150000` -> "150 000" (French grouping and decimal comma)."""
    text = f"{value:,.{digits}f}".rstrip("0").rstrip(".") if not float(value).is_integer() else f"{int(value):,}"
    return text.replace(",", NBSP).replace(".", ",").replace("-", "−")  # a balance's deficit: a real minus sign


def _scale(magnitude: float, unit: str | None) -> tuple[float, str, str]:
    """(divisor, scale word, unit label): millions and billions as the press writes them (M, Md)."""
    definition = lexicon.units().get(unit or "")
    label = definition.short if definition else one_line(unit or "")  # an unknown unit is the file's text
    if magnitude >= 1e9:
        return (1e9, "Md", label)
    if magnitude >= 1e6:
        return (1e6, "M", label)
    return (1.0, "", label)


def _join(*parts: str) -> str:
    return NBSP.join(p for p in parts if p)


def amount(value: float | None, unit: str | None) -> str:
    """A figure with its unit, scaled for money: 146300000 USD -> "146,3 M USD"."""
    if value is None:
        return "?"
    divisor, word, label = _scale(abs(value), unit)
    return _join(decimal(round(value / divisor, 3)), word, label)


def span_amount(low: float, high: float, unit: str | None) -> str:
    """Two bounds on one scale: "2–3 M USD", "0,9–1 Md USD"."""
    divisor, word, label = _scale(max(abs(low), abs(high)), unit)
    return _join(f"{decimal(round(low / divisor, 3))}–{decimal(round(high / divisor, 3))}", word, label)


def figure(claim: Claim) -> str:
    """What a claim says, in a few characters: "≈ 1 Md USD", "× 2 vs 2023", "+18,4 % vs 2024-Q1"."""
    sign = QUALIFIER_SIGNS.get(claim.qualifier, "")
    prefix = f"{sign}{NBSP}" if sign else ""
    if claim.kind == "ratio":
        factor = claim.factor if claim.factor is not None else float("nan")
        if claim.qualifier == "range" and claim.low is not None and claim.high is not None and \
                0.5 <= claim.low and claim.high < 1.5:  # « de 2 % à 3 % »: "−3 à −2 % vs 2024"
            low, high = ((claim.low - 1) * 100, (claim.high - 1) * 100)
            text = f"{_signed(low)} à {_signed(high)}{NBSP}%"
            return f"{text} vs {claim.relative_to}"
        if 0.5 <= factor < 1.5 and factor != 1:
            change = (factor - 1) * 100
            text = f"{'+' if change > 0 else '−'}{decimal(round(abs(change), 2))}{NBSP}%"
        else:
            text = f"×{NBSP}{decimal(round(factor, 3))}"
        return f"{prefix}{text} vs {claim.relative_to}"
    if claim.qualifier == "range" and claim.low is not None and claim.high is not None:
        return span_amount(claim.low, claim.high, claim.unit)
    return prefix + amount(claim.stated, claim.unit)


def _signed(change: float) -> str:
    return f"{'+' if change > 0 else '−'}{decimal(round(abs(change), 2))}"


def percent_gap(gap: float) -> str:
    """A conflict's gap for people: "17%", or "∞" when the bounds have opposite signs (a surplus against
    a deficit)."""
    return f"{gap:.0%}" if gap != float("inf") else "∞ (opposite signs)"
