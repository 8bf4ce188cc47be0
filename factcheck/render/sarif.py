"""SARIF 2.1.0 for code scanning: each conflict is a result at its first claim's line in its claim file,
the other claims as related locations."""

from __future__ import annotations

from typing import Any, TextIO

from factcheck import __version__
from factcheck.render import RenderOptions
from factcheck.render.conflicts_result import ConflictReport
from factcheck.render.explain import proof, summary
from factcheck.render.json import dump
from factcheck.render.safe import one_line

RULES = {
    "major": ("FC001", "major-conflict", "Published figures that cannot all be true", "error"),
    "minor": ("FC002", "minor-conflict", "Published figures in tension (small gap, or only under the pragmatic "
                                         "reading)", "warning"),
}


def _location(result: ConflictReport, claim_id: str) -> dict[str, Any]:
    path, line, column = result.locations.get(claim_id, ("claims", 1, 1))
    source, claim = result.claims[claim_id]
    return {"physicalLocation": {"artifactLocation": {"uri": path, "uriBaseId": "ROOT"},
                                 "region": {"startLine": line, "startColumn": column}},
            "message": {"text": one_line(f"{source}: {claim_id} ({claim.status})")}}


def render_conflicts(result: ConflictReport, out: TextIO, options: RenderOptions) -> None:
    results = []
    for conflict in result.conflicts:
        rule_id, _, _, level = RULES[conflict.severity]
        first, *others = conflict.claims
        entry: dict[str, Any] = {
            "ruleId": rule_id, "level": "note" if conflict.acknowledged else level,
            "message": {"text": one_line(f"{summary(conflict, result.claims, result.policy)} "
                                         f"({'confirmed' if result.confirmed(conflict) else 'to review'})")},
            "locations": [_location(result, first)],
            "relatedLocations": [dict(_location(result, c), id=i) for i, c in enumerate(others, start=1)],
            "partialFingerprints": {"factcheckConflict/v1": conflict.id},
            "properties": {"conflict": conflict.id, "confirmed": result.confirmed(conflict),
                           "claimStatus": {c: result.claims[c][1].status for c in conflict.claims},
                           "reading": conflict.reading, "gap": round(conflict.gap, 6),
                           "narrow": conflict.narrow, "mirror": conflict.mirror, "converted": conflict.converted,
                           "periods": list(conflict.periods),
                           "proof": [one_line(line) for line in proof(conflict, result.claims, result.policy)]},
        }
        if conflict.acknowledged:
            entry["suppressions"] = [{"kind": "external", "justification": one_line(conflict.reason or "")}]
        results.append(entry)
    rules = [{"id": rule_id, "name": name, "shortDescription": {"text": text},
              "defaultConfiguration": {"level": level}} for rule_id, name, text, level in RULES.values()]
    dump({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "factcheck", "version": __version__, "informationUri":
                                "https://example.org/factcheck", "rules": rules}},
            "originalUriBaseIds": {"ROOT": {"uri": "./"}},
            "results": results,
        }],
    }, out)
