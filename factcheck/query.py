"""Selecting claims for `list` (and later `show`/`conflicts`): filters checked against what exists."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import msgspec

from factcheck.errors import UsageError
from factcheck.model import MODALITIES, STATUSES, Claim, ClaimFile, Period


def period_range(text: str, option: str = "--period") -> tuple[Period | None, Period | None]:
    """A period (`2023`, `2023-H1`, `2023-01/2023-08`) or a range of them, either side open: `2022..2024`,
    `2023-H1..`, `..2024`. One period is the range from it to itself. Raises UsageError naming `option`."""
    first, dots, last = text.partition("..")
    if not dots:
        first = last = text
    try:
        start = Period.parse(first.strip()) if first.strip() else None
        end = Period.parse(last.strip()) if last.strip() else None
    except ValueError as err:
        raise UsageError(f"{option}: {err}; or a range such as 2022..2024, 2023-H1.. or ..2024") from None
    if start is not None and end is not None and end.end < start.start:
        raise UsageError(f"{option} {text!r} ends before it starts")
    return start, end


class ClaimQuery(msgspec.Struct, frozen=True):
    """Filters of `factcheck list`; `None` means "any". `period` matches claims inside it (2023 ⊇ 2023-H1;
    a range 2022..2024 holds what lies between). `status` None means every status but `rejected`: a
    rejected reading is ignored by every report and listed only when asked for."""

    metric: str | None = None
    source: str | None = None
    period: str | None = None
    country: str | None = None
    modality: str | None = None
    status: str | None = None

    def validated(self, source_ids: Iterable[str]) -> ClaimQuery:
        """The same query with its values normalised; a value that cannot match anything is a UsageError."""
        from factcheck import lexicon  # a module import is cheap; its data is read only when a filter needs it

        if self.metric is not None and self.metric not in lexicon.metrics():
            metrics = lexicon.metrics()
            raise UsageError(f"unknown metric {self.metric!r}; known metrics: {', '.join(sorted(metrics))}")
        known_sources = sorted(source_ids)
        if self.source is not None and self.source not in known_sources:
            raise UsageError(f"unknown source {self.source!r}; sources: {', '.join(known_sources) or 'none'}")
        if self.period is not None:
            period_range(self.period)
        country = self.country.upper() if self.country else None
        if country is not None and country not in lexicon.country_codes():
            raise UsageError(f"--country {self.country!r} is not an ISO 3166-1 alpha-2 code (e.g. KZ, VN, FR)")
        if self.modality is not None and self.modality not in MODALITIES:
            raise UsageError(f"--modality must be one of {', '.join(MODALITIES)}")
        if self.status is not None and self.status not in STATUSES:
            raise UsageError(f"--status must be one of {', '.join(STATUSES)}")
        return ClaimQuery(self.metric, self.source, self.period, country, self.modality, self.status)

    def matches(self, source: str, claim: Claim) -> bool:
        if self.metric is not None and claim.metric != self.metric:
            return False
        if self.source is not None and source != self.source:
            return False
        if self.country is not None and self.country not in claim.countries:
            return False
        if self.modality is not None and claim.modality != self.modality:
            return False
        if (claim.status == "rejected") != (self.status == "rejected") or \
                (self.status is not None and claim.status != self.status):
            return False
        if self.period is not None:
            start, end = period_range(self.period)
            within = Period.parse(claim.period)
            if (start is not None and within.start < start.start) or (end is not None and within.end > end.end):
                return False
        return True


def iter_claims(files: Iterable[ClaimFile]) -> Iterator[tuple[str, Claim]]:
    """(source id, claim) for every claim a report considers, in file order: rejected readings left out."""
    for claim_file in files:
        for claim in claim_file.claims:
            if claim.status != "rejected":
                yield claim_file.source, claim


def select_claims(files: Iterable[ClaimFile], query: ClaimQuery) -> list[tuple[str, Claim]]:
    """The claims a query selects, in repository order (file, then position in file)."""
    if query == ClaimQuery():
        return list(iter_claims(files))
    return [(f.source, claim) for f in files for claim in f.claims if query.matches(f.source, claim)]
