"""Conflicts in words: what each claim says under the reading used, and the proof, step by step.

Shared by every conflict renderer, so the table, Markdown, JSON, SARIF and GitHub outputs tell the
same story. Numbers are written the French way ("556 M USD"), the prose is English.
"""

from __future__ import annotations

from factcheck.lexicon import Policy, Reading
from factcheck.model import CHANGE, FACTOR, Claim, Conflict, Derivation
from factcheck.render.humanize import amount, decimal, percent_gap, span_amount
from factcheck.render.safe import one_line
from factcheck.tolerance import interval

OPS = {("lo", False): "≥", ("lo", True): ">", ("hi", False): "≤", ("hi", True): "<"}


_SAID: dict[tuple[object, ...], str] = {}


def says(claim: Claim, policy: Policy, reading: Reading) -> str:
    """What a claim allows under a reading: "0,9 ≤ 2023 ≤ 1 Md USD", "2024 = 1,8–2,2 × 2023".
    Remembered per claim: a report of thousands of conflicts words the same claims again and again."""
    key = (id(policy), claim.id, reading, claim.period, claim.stated, claim.factor, claim.qualifier, claim.low,
           claim.high, claim.unit, claim.relative_to, claim.as_of)  # a correction in `review` keeps the id, not the words
    found = _SAID.get(key)
    if found is None:
        if len(_SAID) > 100_000:
            _SAID.clear()
        found = _SAID[key] = _says(claim, policy, reading)
    return found


def _says(claim: Claim, policy: Policy, reading: Reading) -> str:
    figure = claim.factor if claim.kind == "ratio" else claim.stated
    if figure is None:
        return claim.period
    found = interval(figure, claim.qualifier, policy, reading, claim.low, claim.high)
    if claim.kind == "ratio":
        if found.high is None and found.low is not None:  # « plus de 800 % »: only a floor
            return f"{claim.period} {'>' if found.low_open else '≥'} {_factor_range(found.low, found.low)} × " \
                   f"{claim.relative_to}"
        if found.low is None and found.high is not None:
            return f"{claim.period} {'<' if found.high_open else '≤'} {_factor_range(found.high, found.high)} × " \
                   f"{claim.relative_to}"
        factor = _factor_range(found.low, found.high)
        return f"{claim.period} = {factor} × {claim.relative_to}"
    if claim.as_of is not None:  # a count to a date: what it says of the period so far
        return f"{claim.period} to {claim.as_of}: {amount(claim.stated, claim.unit)}"
    if found.low is not None and found.high is not None:
        if found.low == found.high:
            return f"{claim.period} = {amount(found.low, claim.unit)}"
        low, high = span_amount(found.low, found.high, claim.unit).split("–", 1)
        return (f"{low} {'<' if found.low_open else '≤'} {claim.period} {'<' if found.high_open else '≤'} "
                f"{high}")
    if found.low is not None:
        return f"{claim.period} {'>' if found.low_open else '≥'} {amount(found.low, claim.unit)}"
    if found.high is not None:
        return f"{claim.period} {'<' if found.high_open else '≤'} {amount(found.high, claim.unit)}"
    return claim.period


def _factor_range(low: float | None, high: float | None) -> str:
    if low is None or high is None:
        return "?"
    if abs(high - low) < 1e-12:
        return decimal(round(low, 4))
    return f"{decimal(round(low, 3))}–{decimal(round(high, 3))}"


def bound(step: Derivation, unit: str | None) -> str:
    """"2022 ≥ 11,75 Md EUR"; "trade 2022 ≥ …" when the proof spans several series; "2024 ÷ 2023 ≥ 1,115"
    for a change's own factor."""
    head = f"{_series(step.series)} {_period(step.period)}" if step.series else _period(step.period)
    return f"{head} {_op(step, unit)}"


def _period(period: str) -> str:
    """A period, or a change's two periods: "2024÷2023" -> "2024 ÷ 2023"."""
    return period.replace(CHANGE, " ÷ ")


def _figure(step: Derivation, unit: str | None) -> str:
    if step.unit == FACTOR:
        return decimal(round(step.value, 4))
    return amount(step.value, step.unit or unit)


def _series(label: str | None) -> str:
    """A series label for people: "ES>MA" -> "ES→MA", "balance KH>VN" -> "balance KH→VN"."""
    return one_line(label or "").replace(">", "→")


def claim_label(claim: Claim) -> str:
    """What a claim is about, in a proof that spans series: "exports ES→MA", "trade", "balance KH→VN"."""
    return one_line(claim.metric) + (f" {claim.direction.replace('>', '→')}" if claim.direction else "")


def _rate(value: float) -> str:
    """An exchange rate or a margin: 655,957; 1,1172; 0,9."""
    return decimal(value, 4 if value < 100 else 3)


def proof(conflict: Conflict, claims: dict[str, tuple[str, Claim]], policy: Policy) -> list[str]:
    """Numbered lines: each claim used and what follows from it, then why the last two cannot meet.

    A claim bounds its period from below and above in two steps; they are shown as one line.
    """
    lines: list[str] = []
    number_of: dict[int, int] = {}
    said: dict[tuple[str, str], int] = {}
    for index, step in enumerate(conflict.steps):
        stated = step.rule == "claim" or step.unit == FACTOR  # a change's own factor is what its claim says
        if stated and step.claim is not None and (step.claim, step.period) in said:
            number_of[index] = said[(step.claim, step.period)]
            continue
        number = len(lines) + 1
        number_of[index] = number
        result = bound(step, conflict.unit)
        used = ", ".join(f"({number_of[i]})" for i in dict.fromkeys(step.using) if i in number_of)
        used = ", ".join(dict.fromkeys(used.split(", "))) if used else ""
        if step.rule in ("claim", "ratio", "to-date") and step.claim in claims:
            source, claim = claims[step.claim]
            about = f"{claim_label(claim)} " if step.series else ""
            head = f"{one_line(source)} says {about}{says(claim, policy, conflict.reading)}"
            if stated:
                said[(step.claim, step.period)] = number
                lines.append(f"({number}) {head}")
            elif step.rule == "to-date":
                lines.append(f"({number}) {one_line(source)} counts {about}{amount(claim.stated, claim.unit)} "
                             f"from the start of {claim.period} to {claim.as_of}: "
                             + (f"the whole of {step.period} is at least that, {result}" if step.side == "lo" else
                                f"the months before that day's month are at most that, {result}"))
            else:
                lines.append(f"({number}) {head}; with {used or 'nothing else'}: {result}")
        elif step.rule == "part":
            whole = step.related[0] if step.related else "its year"
            lines.append(f"({number}) {step.period} is part of {whole}, bounded in {used}: {result}")
        elif step.rule == "whole":
            part = step.related[0] if step.related else "a part"
            lines.append(f"({number}) {step.period} contains {part}, bounded in {used}: {result}")
        elif step.rule == "flows-sum":
            if (step.series or "").startswith("trade"):
                lines.append(f"({number}) trade is the sum of both directions, with {used}: {result}")
            else:
                lines.append(f"({number}) one direction is trade less the other direction, with {used}: {result}")
        elif step.rule == "flows-difference":
            if (step.series or "").startswith("balance"):
                lines.append(f"({number}) the balance is one direction less the other, with {used}: {result}")
            else:
                lines.append(f"({number}) a direction is the other direction plus the balance, with {used}: "
                             f"{result}")
        elif step.rule == "mirror":
            low_f, high_f = step.factor or (1.0, 1.0)
            lines.append(f"({number}) the importer's and the exporter's customs count the same goods, within the "
                         f"mirror margin (imports = exports × {_rate(low_f)}–{_rate(high_f)}: CIF/FOB valuation, "
                         f"timing), with {used}: {result}")
        elif step.rule == "conversion":
            low_f, high_f = step.factor or (1.0, 1.0)
            to_unit, from_unit = (step.related + ("?", "?"))[:2]
            if abs(high_f - low_f) < 1e-12:
                rate = f"at the fixed parity of {_rate(low_f)} {one_line(to_unit)} per {one_line(from_unit)}"
            else:
                rate = (f"at {_rate(low_f)}–{_rate(high_f)} {one_line(to_unit)} per {one_line(from_unit)}, the "
                        f"lowest and highest ECB reference rate over {step.period}")
            lines.append(f"({number}) the same figure in another currency, {rate}, with {used}: {result}")
        else:
            others = " + ".join(step.related) if step.related else "its parts"
            lines.append(f"({number}) {step.period} and {others} add up, with {used}: {result}")
    low, high = conflict.clash
    if 0 <= low < len(conflict.steps) and 0 <= high < len(conflict.steps):
        lines.append(f"✗ {_clashing(conflict)} cannot be both {_op(conflict.steps[low], conflict.unit)} "
                     f"({number_of[low]}) and {_op(conflict.steps[high], conflict.unit)} ({number_of[high]})")
    return lines


def _clashing(conflict: Conflict) -> str:
    """The variable that cannot hold: "2024", or "trade 2022" in a proof that spans several series."""
    label = conflict.steps[conflict.clash[0]].series if conflict.steps else None
    period = _period(conflict.clash_period)
    return f"{_series(label)} {period}" if label else period


def _op(step: Derivation, unit: str | None) -> str:
    return f"{OPS[(step.side, step.open)]} {_figure(step, unit)}"


def summary(conflict: Conflict, claims: dict[str, tuple[str, Claim]], policy: Policy) -> str:
    """One paragraph: the claims, what they say, and the contradiction (for JSON and annotations)."""
    parts = []
    spans = any(step.series for step in conflict.steps)
    for claim_id in conflict.claims:
        source, claim = claims[claim_id]
        about = f"{claim_label(claim)} " if spans else ""
        parts.append(f"{one_line(source)} says {about}{says(claim, policy, conflict.reading)}")
    low, high = conflict.clash
    clash = ""
    if 0 <= low < len(conflict.steps) and 0 <= high < len(conflict.steps):
        clash = (f": together they need {_clashing(conflict)} {_op(conflict.steps[low], conflict.unit)} and "
                 f"{_op(conflict.steps[high], conflict.unit)}")
    narrow = " It survives only narrowly: a little more tolerance would dissolve it." if conflict.narrow else ""
    mirror = (" It sets one country's customs figures against the other's for the same goods, beyond the mirror "
              "margin." if conflict.mirror else "")
    converted = (" It is found through a currency conversion at the lowest and highest rate of the period, so it "
                 "holds whatever rate was used." if conflict.converted else "")
    return "; ".join(parts) + clash + f" ({conflict.reading} reading, gap {percent_gap(conflict.gap)})." + narrow + mirror + \
        converted
