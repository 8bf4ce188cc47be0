"""The result of `factcheck extract`: one merge report per source, and the sources that failed."""

from __future__ import annotations

from dataclasses import dataclass, field

from factcheck.errors import FactcheckError
from factcheck.extraction.merge import MergeReport
from factcheck.extraction.reading import LeftOut


@dataclass
class ExtractionResult:
    dry_run: bool = False
    reports: list[MergeReport] = field(default_factory=list)
    errors: list[FactcheckError] = field(default_factory=list)
    schema_written: bool = False
    left_out: dict[str, list[LeftOut]] = field(default_factory=dict)  # source id -> figures not claimed
    lines: dict[str, list[int]] = field(default_factory=dict)  # source id -> line of each left-out figure


def reason_counts(left_out: list[LeftOut]) -> list[tuple[str, int]]:
    """(code, count), most frequent first: what `extract` says of the figures it left out."""
    counts: dict[str, int] = {}
    for item in left_out:
        counts[item.code] = counts.get(item.code, 0) + 1
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
