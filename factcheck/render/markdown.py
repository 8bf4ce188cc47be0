"""Markdown for an editorial note: each conflict with its claims quoted and the proof."""

from __future__ import annotations

from typing import TextIO

from factcheck.render import RenderOptions
from factcheck.render.conflicts_result import ConflictReport
from factcheck.render.explain import proof, says
from factcheck.render.safe import markdown


def render_conflicts(result: ConflictReport, out: TextIO, options: RenderOptions) -> None:
    counts = result.counts()
    out.write(f"# Conflicting figures\n\n{counts['conflicts']} conflicts: {counts['major']} major, {counts['minor']} "
              f"minor ({counts['strict']} under the strict reading, {counts['pragmatic']} only under the pragmatic "
              f"one), {counts['acknowledged']} acknowledged.\n")
    for conflict in result.conflicts:
        flags = [conflict.severity, f"{conflict.reading} reading", f"gap {conflict.gap:.0%}"]
        if conflict.narrow:
            flags.append("narrow: a little more tolerance would dissolve it")
        if conflict.acknowledged:
            flags.append(f"acknowledged: {markdown(conflict.reason or '')}")
        title = f"{markdown(conflict.metric)} {'–'.join(conflict.countries)}, {', '.join(conflict.periods)}"
        out.write(f"\n## {conflict.id}: {title}\n\n*{'; '.join(flags)}*\n\n")
        for claim_id in conflict.claims:
            source, claim = result.claims[claim_id]
            out.write(f"- **{markdown(source)}** says {markdown(says(claim, result.policy, conflict.reading))} "
                      f"(`{markdown(claim_id)}`)\n  > {markdown(claim.quote)}\n")
        if conflict.corroborating:
            out.write(f"- and {len(conflict.corroborating)} more claims agree against it: "
                      f"{', '.join(markdown(c) for c in conflict.corroborating)}\n")
        out.write("\n**Why they cannot all be true**\n\n")
        for line in proof(conflict, result.claims, result.policy):
            out.write(f"{'' if line.startswith('✗') else '- '}{markdown(line)}\n")
    if result.targets:
        out.write("\n## Targets and forecasts\n\n| target | source | status | by source |\n|---|---|---|---|\n")
        from factcheck.render.humanize import amount

        for check in result.targets:
            by_source = "; ".join(f"{markdown(r.source)}: {r.status}" for r in check.readings) or "no data"
            out.write(f"| {check.period} {check.modality} {amount(check.stated, check.unit)} | "
                      f"{markdown(check.source)} | {check.status} | {by_source} |\n")
