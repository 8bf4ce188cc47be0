"""JSON for programs: fixed key order, UTF-8 (not ASCII-escaped), never coloured."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TextIO

import msgspec

from factcheck.model import claim_to_row
from factcheck.render import RenderOptions
from factcheck.render.listing import ClaimListing

if TYPE_CHECKING:
    from factcheck.checks import CheckReport
    from factcheck.render.conflicts_result import ConflictReport
    from factcheck.extraction.claims import Analysis
    from factcheck.render.extraction import ExtractionResult


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


def render_extraction(result: ExtractionResult, out: TextIO, options: RenderOptions) -> None:
    files = []
    for report in result.reports:
        files.append({
            "source": report.source, "changed": report.changed, "reviewed": report.reviewed,
            "added": [claim_to_row(c, report.source) for c in report.added],
            "removed": [claim_to_row(c, report.source) for c in report.removed],
            "disagreements": [{"extracted": c.id, "reviewed": r.id} for c, r in report.disagreements],
        })
    errors = [{"message": e.message, "path": e.location.path if e.location else None,
               "line": e.location.line if e.location else None, "code": e.code} for e in result.errors]
    dump({"dry_run": result.dry_run, "files": files, "errors": errors}, out)


def render_parse(result: Analysis, out: TextIO, options: RenderOptions) -> None:
    quantities = [{"text": r.quantity.text, "span": list(r.quantity.span), "value": r.quantity.value,
                   "unit": r.quantity.unit, "kind": r.quantity.kind, "qualifier": r.qualifier, "low": r.low,
                   "high": r.high} for r in result.quantities]
    periods = [{"text": p.text, "span": [p.start, p.end], "period": p.period, "kind": p.kind, "rate": p.rate}
               for p in result.periods]
    claims = [claim_to_row(c, "text") for c in result.claims]
    dump({"countries": list(result.countries), "quantities": quantities, "periods": periods, "claims": claims}, out)


def render_conflicts(result: ConflictReport, out: TextIO, options: RenderOptions) -> None:
    """SPEC: {"conflicts": [{"id", "metric", "countries", "periods", "severity", "claims", "sources",
    "explanation", ...}], "summary": {...}}; "targets" too with --targets."""
    from factcheck.render.explain import proof, summary
    from factcheck.tolerance import tidy  # 8.5e8 and 850000000 print alike, whether or not from the cache

    conflicts = []
    for c in result.conflicts:
        conflicts.append({
            "id": c.id, "metric": c.metric, "countries": list(c.countries), "direction": c.direction,
            "unit": c.unit, "periods": list(c.periods), "severity": c.severity, "reading": c.reading,
            "gap": round(c.gap, 6), "narrow": c.narrow, "claims": list(c.claims),
            "sources": list(c.sources), "corroborating": list(c.corroborating),
            "acknowledged": c.acknowledged, "reason": c.reason,
            "explanation": summary(c, result.claims, result.policy), "proof": proof(c, result.claims, result.policy),
            "steps": [{"period": s.period, "side": s.side, "value": tidy(s.value), "open": s.open, "rule": s.rule,
                       "claim": s.claim, "using": list(s.using)} for s in c.steps],
        })
    document: dict[str, object] = {"conflicts": conflicts}
    if result.targets is not None:
        document["targets"] = [{
            "claim": t.claim, "source": t.source, "metric": t.metric, "period": t.period, "stated": t.stated,
            "unit": t.unit, "modality": t.modality, "status": t.status, "low": t.low, "high": t.high,
            "by_source": [{"source": r.source, "status": r.status, "low": r.low, "high": r.high,
                           "claims": list(r.claims)} for r in t.readings],
        } for t in result.targets]
    document["summary"] = {**result.counts(), "fail_on": result.fail_on, "reading": result.policy.reading}
    dump(document, out)
