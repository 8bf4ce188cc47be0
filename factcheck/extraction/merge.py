"""Merging fresh extraction into a claim file without touching what a person decided.

Rules (SPEC, `factcheck extract`): records with status `extracted` belong to the tool and are replaced by
this run's candidates. A person's record (`reviewed` or `rejected`) is never altered, moved or dropped,
and it answers for its figure for good: a candidate reading the same figure is not added, whether it
restates the record, disagrees with a correction (the correction stands, no `…-2` beside it), or reads
a figure a person rejected (the rejection stands, whatever extraction now reads there).

"The same figure": both records know where their number is (`figure_span`) and those spans overlap; a
record written before `figure_span` existed is recognised by its passage (overlapping spans) with its
id, or with its metric, period, direction, kind and base. One figure can give several claims (« près
d'un milliard de dollars en 2023 et 2024 » is a claim per year), so a person's record takes the
candidate with its own id, else the one for its period, else the figure's only candidate; when several
remain and none is its own, none is taken (a reading shown again can be rejected again, a reading
silently dropped cannot be seen). An old record recognised this way gets the candidate's `figure_span`:
that is how existing files learn where their figures are.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import msgspec

from factcheck.model import Claim, ClaimFile

PERSON = ("reviewed", "rejected")  # statuses a person set: extraction never overwrites them


@dataclass
class MergeReport:
    """What a merge changed in one claim file, for `extract` to tell the user."""

    source: str
    added: list[Claim] = field(default_factory=list)
    removed: list[Claim] = field(default_factory=list)
    reviewed: int = 0
    rejected: int = 0
    restated: list[tuple[Claim, Claim]] = field(default_factory=list)
    corrected: list[tuple[Claim, Claim]] = field(default_factory=list)  # (this run's reading, the correction kept)
    blocked: list[tuple[Claim, Claim]] = field(default_factory=list)  # (this run's reading, the rejection kept)
    located: list[Claim] = field(default_factory=list)  # person records that learnt their figure_span

    @property
    def changed(self) -> bool:
        return bool(self.added or self.removed or self.located)


def same_figure(candidate: Claim, record: Claim) -> bool:
    """Whether a candidate reads the figure a person's record is about (see the module docstring)."""
    if candidate.figure_span is not None and record.figure_span is not None:
        return _overlap(candidate.figure_span, record.figure_span)
    if not _overlap(candidate.span, record.span):
        return False
    return candidate.id == record.id or (
        candidate.metric == record.metric and candidate.period == record.period
        and candidate.kind == record.kind and candidate.direction == record.direction
        and candidate.relative_to == record.relative_to)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _same_reading(candidate: Claim, reviewed: Claim) -> bool:
    return (_close(candidate.stated, reviewed.stated) and _close(candidate.factor, reviewed.factor)
            and candidate.qualifier == reviewed.qualifier and candidate.modality == reviewed.modality
            and candidate.unit == reviewed.unit and candidate.countries == reviewed.countries
            and candidate.metric == reviewed.metric and candidate.period == reviewed.period
            and candidate.direction == reviewed.direction and candidate.relative_to == reviewed.relative_to)


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=1e-9)


def _same_record(a: Claim, b: Claim) -> bool:
    return msgspec.structs.asdict(a) == msgspec.structs.asdict(b)


def pair_readings(people: list[Claim], candidates: list[Claim]) -> dict[int, int]:
    """Person record index -> the candidate index reading its figure: own id first, then own period,
    then a figure's only candidate (three passes, so no record takes another's own reading)."""
    pairs: dict[int, int] = {}
    taken: set[int] = set()
    matches = {r: [c for c, candidate in enumerate(candidates) if same_figure(candidate, record)]
               for r, record in enumerate(people)}
    tests = (lambda c, r: candidates[c].id == people[r].id,
             lambda c, r: candidates[c].period == people[r].period)
    for test in tests:
        for r in matches:
            if r in pairs:
                continue
            found = next((c for c in matches[r] if c not in taken and test(c, r)), None)
            if found is not None:
                pairs[r] = found
                taken.add(found)
    for r, found in matches.items():
        free = [c for c in found if c not in taken]
        if r not in pairs and len(free) == 1 and len(found) == 1:
            pairs[r] = free[0]
            taken.add(free[0])
    return pairs


def merge_claims(existing: ClaimFile | None, candidates: list[Claim], source: str) -> tuple[ClaimFile, MergeReport]:
    """The claim file after this extraction, and what changed. Deterministic: the same inputs give the
    same file, so re-running on unchanged articles changes nothing."""
    report = MergeReport(source)
    old = list(existing.claims) if existing is not None else []
    people = [c for c in old if c.status in PERSON]
    report.reviewed = sum(c.status == "reviewed" for c in people)
    report.rejected = len(people) - report.reviewed
    pairs = pair_readings(people, candidates)
    answered = set(pairs.values())
    for r, c in sorted(pairs.items()):
        record, candidate = people[r], candidates[c]
        if record.status == "rejected":
            report.blocked.append((candidate, record))
        elif _same_reading(candidate, record):
            report.restated.append((candidate, record))
        else:
            report.corrected.append((candidate, record))
        figure = candidate.figure_span
        if record.figure_span is None and figure is not None and record.span[0] <= figure[0] < figure[1] <= \
                record.span[1]:
            people[r] = msgspec.structs.replace(record, figure_span=figure)
            report.located.append(people[r])
    taken_ids = {c.id for c in people}
    kept: list[Claim] = []
    for index, candidate in enumerate(candidates):
        if index in answered:
            continue
        identifier, number = candidate.id, 2
        while identifier in taken_ids:
            identifier, number = f"{candidate.id}-{number}", number + 1
        taken_ids.add(identifier)
        if identifier != candidate.id:
            candidate = msgspec.structs.replace(candidate, id=identifier)
        kept.append(candidate)
    old_extracted = [c for c in old if c.status not in PERSON]
    report.added = [c for c in kept if not any(_same_record(c, o) for o in old_extracted)]
    report.removed = [o for o in old_extracted if not any(_same_record(c, o) for c in kept)]
    if not report.changed and existing is not None:
        return existing, report
    return ClaimFile(source=source, claims=_interleave(people, kept)), report


def _interleave(reviewed: list[Claim], extracted: list[Claim]) -> list[Claim]:
    """A person's records in their own order; each extracted one after the last record that starts at or
    before it in the article, so a file reads in the order of its source."""
    result = list(reviewed)
    for claim in extracted:
        position = len(result)
        for index in range(len(result) - 1, -1, -1):
            if result[index].span[0] <= claim.span[0]:
                position = index + 1
                break
        else:
            position = 0
        result.insert(position, claim)
    return result
