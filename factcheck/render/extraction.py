"""The result of `factcheck extract`: one merge report per source, and the sources that failed."""

from __future__ import annotations

from dataclasses import dataclass, field

from factcheck.errors import FactcheckError
from factcheck.extraction.merge import MergeReport


@dataclass
class ExtractionResult:
    dry_run: bool = False
    reports: list[MergeReport] = field(default_factory=list)
    errors: list[FactcheckError] = field(default_factory=list)
    schema_written: bool = False
