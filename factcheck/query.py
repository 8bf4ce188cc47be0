"""Selecting claims for `list` (and later `show`/`conflicts`): filters checked against what exists."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import msgspec

from factcheck.errors import UsageError
from factcheck.model import MODALITIES, Claim, ClaimFile, Period


class ClaimQuery(msgspec.Struct, frozen=True):
    """Filters of `factcheck list`; `None` means "any". `period` matches claims inside it (2023 ⊇ 2023-H1)."""

    metric: str | None = None
    source: str | None = None
    period: str | None = None
    country: str | None = None
    modality: str | None = None

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
            try:
                Period.parse(self.period)
            except ValueError as err:
                raise UsageError(f"--period: {err}") from None
        country = self.country.upper() if self.country else None
        if country is not None and country not in lexicon.country_codes():
            raise UsageError(f"--country {self.country!r} is not an ISO 3166-1 alpha-2 code (e.g. KZ, VN, FR)")
        if self.modality is not None and self.modality not in MODALITIES:
            raise UsageError(f"--modality must be one of {', '.join(MODALITIES)}")
        return ClaimQuery(self.metric, self.source, self.period, country, self.modality)

    def matches(self, source: str, claim: Claim) -> bool:
        if self.metric is not None and claim.metric != self.metric:
            return False
        if self.source is not None and source != self.source:
            return False
        if self.country is not None and self.country not in claim.countries:
            return False
        if self.modality is not None and claim.modality != self.modality:
            return False
        if self.period is not None and not Period.parse(self.period).contains(Period.parse(claim.period)):
            return False
        return True


def iter_claims(files: Iterable[ClaimFile]) -> Iterator[tuple[str, Claim]]:
    """(source id, claim) for every claim, in file order."""
    for claim_file in files:
        for claim in claim_file.claims:
            yield claim_file.source, claim


def select_claims(files: Iterable[ClaimFile], query: ClaimQuery) -> list[tuple[str, Claim]]:
    """The claims a query selects, in repository order (file, then position in file)."""
    if query == ClaimQuery():
        return list(iter_claims(files))
    return [(source, claim) for source, claim in iter_claims(files) if query.matches(source, claim)]
