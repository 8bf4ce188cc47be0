"""JSON for programs: fixed key order, UTF-8 (not ASCII-escaped), never coloured."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TextIO

import msgspec

from factcheck.model import claim_to_row
from factcheck.render import RenderOptions
from factcheck.render.listing import ClaimListing

if TYPE_CHECKING:
    from factcheck.checks import CheckReport
    from factcheck.engine.series import Entry, FlowCell, FlowView, SeriesView
    from factcheck.extraction.claims import Analysis
    from factcheck.model import Derivation, Interval
    from factcheck.render.conflicts_result import ConflictReport
    from factcheck.render.extraction import ExtractionResult
    from factcheck.render.show_result import MetricListing, ShowReport
    from factcheck.review import QueueItem


def dump(data: Any, out: TextIO) -> None:
    """Indented JSON plus a final newline; control characters (C0 by the encoder; DEL, C1, bidi controls
    by `safe.json_escaped`) come out escaped, so harmless on a terminal and the same data for a program."""
    from factcheck.render.safe import json_escaped

    out.write(json_escaped(msgspec.json.format(msgspec.json.encode(data), indent=2).decode("utf-8")))
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
            "rejected": report.rejected,
            "added": [claim_to_row(c, report.source) for c in report.added],
            "removed": [claim_to_row(c, report.source) for c in report.removed],
            "corrected": [{"extracted": c.id, "reviewed": r.id} for c, r in report.corrected],
            "blocked": [{"extracted": c.id, "rejected": r.id} for c, r in report.blocked],
            "located": [c.id for c in report.located],
            "left_out": [{"text": x.text, "span": list(x.span), "line": line, "code": x.code, "reason": x.reason}
                         for x, line in zip(result.left_out.get(report.source, []),
                                            result.lines.get(report.source, []))],
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
    left_out = [{"text": x.text, "span": list(x.span), "code": x.code, "reason": x.reason} for x in result.left_out]
    dump({"countries": list(result.countries), "quantities": quantities, "periods": periods, "claims": claims,
          "left_out": left_out}, out)


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
            "gap": round(c.gap, 6), "narrow": c.narrow, "mirror": c.mirror, "converted": c.converted,
            "claims": list(c.claims),
            "sources": list(c.sources), "corroborating": list(c.corroborating),
            "echoed_by": list(c.echoed_by),
            "acknowledged": c.acknowledged, "reason": c.reason, "confirmed": result.confirmed(c),
            "claim_status": {i: result.claims[i][1].status for i in c.claims if i in result.claims},
            "explanation": summary(c, result.claims, result.policy), "proof": proof(c, result.claims, result.policy),
            "steps": [_step(s, tidy) for s in c.steps],
        })
    document: dict[str, object] = {"conflicts": conflicts}
    if result.gaps:
        document["currencies_apart"] = [{"metric": g.metric, "countries": list(g.countries), "direction": g.direction,
                                         "unit": g.unit, "not_compared_with": list(g.others), "claims": g.claims}
                                        for g in result.gaps]
    if result.targets is not None:
        document["targets"] = [{
            "claim": t.claim, "source": t.source, "metric": t.metric, "period": t.period, "stated": t.stated,
            "unit": t.unit, "modality": t.modality, "status": t.status, "low": t.low, "high": t.high,
            "by_source": [{"source": r.source, "status": r.status, "low": r.low, "high": r.high,
                           "claims": list(r.claims)} for r in t.readings],
        } for t in result.targets]
    document["summary"] = {**result.counts(), "fail_on": result.fail_on, "reading": result.policy.reading}
    dump(document, out)


def _step(step: Derivation, tidy: Any) -> dict[str, Any]:
    """One proof step; the fields of the identities (series, unit, factor) only where they say something."""
    found: dict[str, Any] = {"period": step.period, "side": step.side, "value": tidy(step.value), "open": step.open,
                             "rule": step.rule, "claim": step.claim, "using": list(step.using)}
    if step.series is not None:
        found["series"] = step.series
    if step.unit is not None:
        found["unit"] = step.unit
    if step.factor is not None:
        found["factor"] = list(step.factor)
    return found


def render_series(result: ShowReport, out: TextIO, options: RenderOptions) -> None:
    """The issue's shape, {"metric", "unit", "countries", "periods": [{"period", "claims", "interval",
    "conflicts"}]}, plus what the table shows: targets apart, each source's own view, the conflicts.
    One series per document: the CLI asks to narrow down (--country, --unit) when several match."""
    document = series_document(result.series[0]) if result.series else {"metric": result.metric, "periods": []}
    if result.flows:
        document["flows"] = [flows_document(view) for view in result.flows]
    dump(document, out)


def flows_document(view: FlowView) -> dict[str, Any]:
    """A pair's flows side by side: per period, each variable's interval and whether an article states it."""
    from factcheck.render.show_result import rounded

    def cell(found: FlowCell) -> dict[str, Any] | None:
        if found.span is None:
            return None
        return {"low": rounded(found.span.low), "high": rounded(found.span.high), "low_open": found.span.low_open,
                "high_open": found.span.high_open, "stated": found.stated}

    return {"countries": list(view.countries), "unit": view.unit, "forward": view.forward, "backward": view.backward,
            "reading": view.reading,
            "periods": [{"period": r.period, "trade": cell(r.trade), "forward": cell(r.forward),
                         "backward": cell(r.backward), "balance": cell(r.balance)} for r in view.rows],
            "set_aside": list(view.set_aside)}


def series_document(view: SeriesView) -> dict[str, Any]:
    from factcheck.render.show_result import rounded

    def span(found: Interval | None) -> dict[str, Any] | None:
        if found is None:
            return None
        return {"low": rounded(found.low), "high": rounded(found.high), "low_open": found.low_open,
                "high_open": found.high_open}

    def entry(found: Entry) -> dict[str, Any]:
        claim = found.claim
        return {"id": claim.id, "source": found.source, "kind": claim.kind, "stated": claim.stated,
                "factor": claim.factor, "relative_to": claim.relative_to, "qualifier": claim.qualifier,
                "modality": claim.modality, "low": claim.low, "high": claim.high, "status": claim.status,
                "conflicts": list(found.conflicts), "set_aside": found.set_aside}

    return {
        "metric": view.metric, "unit": view.unit, "countries": list(view.countries), "direction": view.direction,
        "reading": view.reading, "sources": list(view.sources),
        "periods": [{
            "period": row.period,
            "claims": [entry(e) for e in row.entries],
            "targets": [entry(e) for e in row.outlook],
            "by_source": [{"source": v.source, **(span(v.span) or {}), "derived": v.derived,
                           "conflicting": v.conflicting} for v in row.views],
            "interval": span(row.allowed),
            "conflicts": list(row.conflicts),
        } for row in view.periods],
        "conflicts": [{"id": c.id, "severity": c.severity, "reading": c.reading, "narrow": c.narrow,
                       "periods": list(c.periods), "claims": list(c.claims)} for c in view.conflicts],
        "set_aside": list(view.set_aside),
    }


def render_metrics(result: MetricListing, out: TextIO, options: RenderOptions) -> None:
    dump([{"metric": c.metric, "label": result.labels.get(c.metric), "claims": c.claims, "sources": c.sources,
           "series": c.series} for c in result.counts], out)


def render_pending(result: list[QueueItem], out: TextIO, options: RenderOptions) -> None:
    """`factcheck review --pending`: the claims to review in queue order, each with its conflicts."""
    dump([{**claim_to_row(item.claim, item.source), "conflicts": list(item.conflicts)} for item in result], out)
