"""The result `factcheck list` renders: the selected claims, each with its source id."""

from __future__ import annotations

import msgspec

from factcheck.model import Claim, SourceMeta


class ClaimListing(msgspec.Struct, frozen=True):
    rows: list[tuple[str, Claim]]
    sources: dict[str, SourceMeta] = msgspec.field(default_factory=dict)
