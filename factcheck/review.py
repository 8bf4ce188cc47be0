"""A person's decisions on claims, as pure functions: accept, reject with a reason, correct fields.

The command line (`factcheck review ID --set period=2021`) and the full-screen reviewer share these, so a
correction is validated the same way wherever it is made: like a record (`factcheck check`'s rules on
the result), with the interval recomputed from the tolerance policy unless `low`/`high` are given.
Writing the decision is the store's job (`Repository.write_decisions`).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import msgspec

from factcheck.errors import UsageError
from factcheck.figures import find_figure
from factcheck.lexicon import Policy
from factcheck.model import MODALITIES, QUALIFIERS, Claim, Conflict

# Fields a person may correct: what was read. The quote, spans, id and the review fields are not.
EDITABLE: tuple[str, ...] = ("metric", "countries", "direction", "period", "as_of", "kind", "stated", "unit",
                             "qualifier", "low", "high", "relative_to", "factor", "modality", "equivalent_of",
                             "note")
_NUMBERS = ("stated", "low", "high", "factor")
_NULLABLE = ("direction", "as_of", "stated", "unit", "low", "high", "relative_to", "factor", "equivalent_of", "note")
_CHOICES = {"qualifier": QUALIFIERS, "modality": MODALITIES, "kind": ("value", "ratio")}


def parse_assignment(text: str) -> tuple[str, str]:
    """`period=2021` -> ("period", "2021"); an unknown field is a UsageError listing the editable ones."""
    name, equals, value = text.partition("=")
    name = name.strip()
    if not equals or name not in EDITABLE:
        what = f"unknown field {name!r}" if equals else f"{text!r} is not FIELD=VALUE"
        raise UsageError(f"--set: {what}; fields: {', '.join(EDITABLE)}")
    return name, value.strip()


def field_value(name: str, text: str) -> Any:
    """The typed value of `--set name=text`: numbers as numbers (1.5e9, 1500000000), `countries` as
    KZ,VN, `null` or nothing for an optional field; choices checked, listing what exists."""
    if text.lower() in ("", "null", "none", "~"):
        if name not in _NULLABLE:
            raise UsageError(f"--set {name}=: {name} cannot be empty")
        return None
    if name in _CHOICES and text not in _CHOICES[name]:
        raise UsageError(f"--set {name}={text}: one of {', '.join(_CHOICES[name])}")
    if name in _NUMBERS:
        try:
            number = float(text.replace("_", ""))
        except ValueError:
            raise UsageError(f"--set {name}={text}: a number, such as 1500000000 or 1.5e9 or 1.184") from None
        if not math.isfinite(number):
            raise UsageError(f"--set {name}={text}: a finite number")
        return int(number) if number.is_integer() and abs(number) < 1e18 else number
    if name == "countries":
        return sorted(part.strip().upper() for part in text.split(",") if part.strip())
    if name == "direction":
        return text.upper()
    return text


def corrected(claim: Claim, changes: Mapping[str, Any], policy: Policy) -> Claim:
    """The claim with `changes` applied and its interval recomputed from the policy for its figure and
    qualifier, unless `low` or `high` were given (a `range` keeps its own bounds). Raises UsageError
    with every problem `check` would report on the result."""
    from factcheck.checks import claim_problems
    from factcheck.tolerance import claim_interval

    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise UsageError(f"cannot set {', '.join(sorted(unknown))}; fields: {', '.join(EDITABLE)}")
    record = msgspec.structs.asdict(claim) | dict(changes)
    try:
        updated = msgspec.convert(record, Claim)
    except msgspec.ValidationError as err:
        from factcheck.checks import describe_validation_error

        code, message = describe_validation_error(str(err), record)
        raise UsageError(f"the correction does not make a valid record: {code}: {message}") from None
    if "low" not in changes and "high" not in changes and updated.qualifier != "range":
        found = claim_interval(updated, policy, "strict")
        if found is not None:
            updated = msgspec.structs.replace(updated, low=found.low, high=found.high)
    problems = claim_problems(updated, policy)
    if problems:
        raise UsageError("the correction does not make a valid record: " + "; ".join(
            f"{p.code}: {p.message}" + (f" ({p.hint})" if p.hint else "") for p in problems))
    return updated


def decided(claim: Claim, status: str, reviewer: str, day: str, reason: str | None = None) -> Claim:
    """The record after a person's decision: `reviewed` (accepted or corrected) or `rejected` (with
    its reason), with who and when. A record without `figure_span` gets one when its figure can be
    told for certain (one number in the quote has its value)."""
    if status == "rejected" and not (reason and reason.strip()):
        raise UsageError("a rejection needs a reason: --reject --reason \"why the reading is wrong\"")
    figure = claim.figure_span
    if figure is None:
        found = find_figure(claim)
        if found is not None and found[1]:
            figure = (claim.span[0] + found[0][0], claim.span[0] + found[0][1])
    return msgspec.structs.replace(claim, status=status, reason=reason.strip() if status == "rejected" and reason
                                   else None, reviewed_by=reviewer.strip() or None, reviewed_at=day,
                                   figure_span=figure)


class QueueItem(msgspec.Struct, frozen=True):
    """One claim to review, with the conflicts it takes part in."""

    source: str
    claim: Claim
    conflicts: tuple[str, ...]


def review_queue(claims: Sequence[tuple[str, Claim]], conflicts: Iterable[Conflict],
                 only: Sequence[str] | None = None) -> list[QueueItem]:
    """What to review, what matters first: extracted claims in conflicts (most conflicts first), then
    the other extracted claims, article by article in file order. With `only`, those claims in that
    order, whatever their status (to review them again)."""
    involved: dict[str, list[str]] = {}
    for conflict in conflicts:
        for claim_id in conflict.claims:
            involved.setdefault(claim_id, []).append(conflict.id)
    items = [QueueItem(source, claim, tuple(involved.get(claim.id, ()))) for source, claim in claims]
    if only is not None:
        by_id = {item.claim.id: item for item in items}
        return [by_id[i] for i in only if i in by_id]
    pending = [(position, item) for position, item in enumerate(items) if item.claim.status == "extracted"]
    pending.sort(key=lambda pair: (-len(pair[1].conflicts), pair[0]))
    return [item for _, item in pending]
