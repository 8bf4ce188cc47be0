"""The result `factcheck list` renders: the selected claims, each with its source id."""

from __future__ import annotations

from dataclasses import dataclass, field

from factcheck.model import Claim, SourceMeta


@dataclass(frozen=True)
class ClaimListing:
    rows: list[tuple[str, Claim]]
    sources: dict[str, SourceMeta] = field(default_factory=dict)
