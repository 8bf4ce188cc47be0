"""CSV for spreadsheets: one row per claim, the SPEC field names as header, formula injection defused."""

from __future__ import annotations

import csv
from typing import TextIO

from factcheck.model import claim_to_row
from factcheck.render import RenderOptions
from factcheck.render.listing import ClaimListing
from factcheck.render.safe import csv_cell

COLUMNS = ("id", "source", "metric", "countries", "direction", "period", "as_of", "kind", "stated", "unit",
           "qualifier", "low", "high", "relative_to", "factor", "modality", "equivalent_of", "quote", "span",
           "figure_span", "status", "reason", "reviewed_by", "reviewed_at", "note")


def render_claims(result: ClaimListing, out: TextIO, options: RenderOptions) -> None:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for source, claim in result.rows:
        row = claim_to_row(claim, source)
        cells = []
        for name in COLUMNS:
            value = row[name]
            if isinstance(value, list):
                value = ",".join(str(v) for v in value)
            cells.append("" if value is None else csv_cell(value))
        writer.writerow(cells)
