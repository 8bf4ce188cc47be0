"""Merging fresh extraction into a claim file without touching what a person reviewed.

Rules (SPEC, `factcheck extract`): a `reviewed` record is never altered, moved or dropped; records with
status `extracted` belong to the tool and are replaced by this run's candidates; a candidate that
restates a reviewed record (same passage, metric, direction, period, kind) is not added again; one that
disagrees with it (another figure, qualifier, modality or factor for the same thing) is kept as
`extracted`, beside the reviewed record, and reported.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import msgspec

from factcheck.model import Claim, ClaimFile


@dataclass
class MergeReport:
    """What a merge changed in one claim file, for `extract` to tell the user."""

    source: str
    added: list[Claim] = field(default_factory=list)
    removed: list[Claim] = field(default_factory=list)
    reviewed: int = 0
    restated: list[tuple[Claim, Claim]] = field(default_factory=list)
    disagreements: list[tuple[Claim, Claim]] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.added or self.removed)


def _same_subject(candidate: Claim, reviewed: Claim) -> bool:
    overlap = candidate.span[0] < reviewed.span[1] and reviewed.span[0] < candidate.span[1]
    return (overlap and candidate.metric == reviewed.metric and candidate.period == reviewed.period
            and candidate.kind == reviewed.kind and candidate.direction == reviewed.direction
            and candidate.relative_to == reviewed.relative_to)


def _same_reading(candidate: Claim, reviewed: Claim) -> bool:
    return (_close(candidate.stated, reviewed.stated) and _close(candidate.factor, reviewed.factor)
            and candidate.qualifier == reviewed.qualifier and candidate.modality == reviewed.modality
            and candidate.unit == reviewed.unit and candidate.countries == reviewed.countries)


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=1e-9)


def _same_record(a: Claim, b: Claim) -> bool:
    return msgspec.structs.asdict(a) == msgspec.structs.asdict(b)


def merge_claims(existing: ClaimFile | None, candidates: list[Claim], source: str) -> tuple[ClaimFile, MergeReport]:
    """The claim file after this extraction, and what changed. Deterministic: the same inputs give the
    same file, so re-running on unchanged articles changes nothing."""
    report = MergeReport(source)
    old = list(existing.claims) if existing is not None else []
    reviewed = [c for c in old if c.status == "reviewed"]
    report.reviewed = len(reviewed)
    taken_ids = {c.id for c in reviewed}
    kept: list[Claim] = []
    for candidate in candidates:
        match = next((r for r in reviewed if _same_subject(candidate, r)), None)
        if match is not None and _same_reading(candidate, match):
            report.restated.append((candidate, match))
            continue
        identifier, number = candidate.id, 2
        while identifier in taken_ids:
            identifier, number = f"{candidate.id}-{number}", number + 1
        taken_ids.add(identifier)
        if identifier != candidate.id:
            candidate = msgspec.structs.replace(candidate, id=identifier)
        if match is not None:
            report.disagreements.append((candidate, match))
        kept.append(candidate)
    old_extracted = [c for c in old if c.status != "reviewed"]
    report.added = [c for c in kept if not any(_same_record(c, o) for o in old_extracted)]
    report.removed = [o for o in old_extracted if not any(_same_record(c, o) for c in kept)]
    if not report.changed and existing is not None:
        return existing, report
    return ClaimFile(source=source, claims=_interleave(reviewed, kept)), report


def _interleave(reviewed: list[Claim], extracted: list[Claim]) -> list[Claim]:
    """Reviewed records in their own order; each extracted one after the last record that starts at or
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
