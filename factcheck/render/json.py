"""JSON for programs: fixed key order, UTF-8 (not ASCII-escaped), never coloured."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TextIO

import msgspec

from factcheck.model import claim_to_row
from factcheck.render import RenderOptions
from factcheck.render.listing import ClaimListing

if TYPE_CHECKING:
    from factcheck.checks import CheckReport


def dump(data: Any, out: TextIO) -> None:
    """Indented JSON plus a final newline; control characters come out escaped, so harmless."""
    out.write(msgspec.json.format(msgspec.json.encode(data), indent=2).decode("utf-8"))
    out.write("\n")


def render_claims(result: ClaimListing, out: TextIO, options: RenderOptions) -> None:
    dump([claim_to_row(claim, source) for source, claim in result.rows], out)


def render_check(result: CheckReport, out: TextIO, options: RenderOptions) -> None:
    problems = [
        {"code": p.code, "severity": p.severity, "message": p.message, "path": p.location.path,
         "line": p.location.line, "column": p.location.column, "record": p.location.record, "hint": p.hint}
        for p in result.problems
    ]
    summary = {"files": result.files, "claims": result.claims, "problems": len(problems),
               "errors": sum(p.severity == "error" for p in result.problems)}
    dump({"problems": problems, "summary": summary}, out)
