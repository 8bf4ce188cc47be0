"""Markdown for an editorial note: each conflict with its claims quoted and the proof."""

from __future__ import annotations

from typing import TextIO

from factcheck.figures import figure_in_quote
from factcheck.model import Claim
from factcheck.render import RenderOptions
from factcheck.render.conflicts_result import ConflictReport
from factcheck.render.explain import proof, says
from factcheck.render.humanize import percent_gap
from factcheck.render.safe import markdown
from factcheck.render.show_result import MetricListing, ShowReport


def quoted(claim: Claim) -> str:
    """The whole quote, escaped, with the claim's own figure in bold."""
    found = figure_in_quote(claim)
    if found is None:
        return markdown(claim.quote)
    start, end = found
    figure = markdown(claim.quote[start:end]).strip()
    return f"{markdown(claim.quote[:start])}**{figure}**{markdown(claim.quote[end:])}" if figure else \
        markdown(claim.quote)


def render_conflicts(result: ConflictReport, out: TextIO, options: RenderOptions) -> None:
    counts = result.counts()
    out.write(f"# Conflicting figures\n\n{counts['conflicts']} conflicts: {counts['major']} major, {counts['minor']} "
              f"minor ({counts['strict']} under the strict reading, {counts['pragmatic']} only under the pragmatic "
              f"one), {counts['acknowledged']} acknowledged; {counts['confirmed']} confirmed (every claim reviewed), "
              f"{counts['to_review']} to review.\n")
    for conflict in result.conflicts:
        flags = [conflict.severity, f"{conflict.reading} reading", f"gap {percent_gap(conflict.gap)}"]
        if conflict.narrow:
            flags.append("narrow: a little more tolerance would dissolve it")
        if conflict.mirror:
            flags.append("mirror: two countries' customs figures for the same goods, beyond the mirror margin")
        if conflict.converted:
            flags.append("converted: through a currency conversion, at the period's lowest and highest rates")
        if conflict.acknowledged:
            flags.append(f"acknowledged: {markdown(conflict.reason or '')}")
        flags.append("confirmed: every claim reviewed" if result.confirmed(conflict) else "to review")
        title = f"{markdown(conflict.metric)} {'–'.join(conflict.countries)}, {', '.join(conflict.periods)}"
        out.write(f"\n## {conflict.id}: {title}\n\n*{'; '.join(flags)}*\n\n")
        for claim_id in conflict.claims:
            source, claim = result.claims[claim_id]
            out.write(f"- **{markdown(source)}** says {markdown(says(claim, result.policy, conflict.reading))} "
                      f"(`{markdown(claim_id)}`, {claim.status})\n  > {quoted(claim)}\n")
        if conflict.corroborating:
            out.write(f"- and {len(conflict.corroborating)} more claims agree against it: "
                      f"{', '.join(markdown(c) for c in conflict.corroborating)}\n")
        if conflict.echoed_by:
            out.write(f"- the same figure is also published by: {', '.join(markdown(c) for c in conflict.echoed_by)}\n")
        out.write("\n**Why they cannot all be true**\n\n")
        for line in proof(conflict, result.claims, result.policy):
            out.write(f"{'' if line.startswith('✗') else '- '}{markdown(line)}\n")
    if result.gaps:
        from factcheck.render.table import gap_text

        out.write("\n## Not compared across currencies\n\n")
        for gap in result.gaps:
            out.write(f"- {markdown(gap_text(gap))}\n")
    if result.targets:
        out.write("\n## Targets and forecasts\n\n| target | source | status | by source |\n|---|---|---|---|\n")
        from factcheck.render.humanize import amount

        for check in result.targets:
            by_source = "; ".join(f"{markdown(r.source)}: {r.status}" for r in check.readings) or "no data"
            out.write(f"| {check.period} {check.modality} {amount(check.stated, check.unit)} | "
                      f"{markdown(check.source)} | {check.status} | {by_source} |\n")


def render_series(result: ShowReport, out: TextIO, options: RenderOptions) -> None:
    """A table per series to paste into a note: periods × sources, allowed interval, conflicts."""
    from factcheck.render.show_result import series_title, short_figure, short_names, span_text

    if not result.series:
        out.write(f"No claims about {markdown(result.metric)} match.\n")
        return
    for number, view in enumerate(result.series):
        names = short_names(view.sources)
        out.write(f"{'' if number == 0 else chr(10)}## {markdown(series_title(view))}\n\n")
        out.write(f"*{view.reading} reading; ✗ marks a figure in a conflict, (…) a figure implied by the "
                  "source's other figures*\n\n")
        out.write("| period | " + " | ".join(markdown(names[s]) for s in view.sources) + " | allowed | conflicts |\n")
        out.write("|---" * (len(view.sources) + 3) + "|\n")
        for row in view.periods:
            cells = []
            for source in view.sources:
                said = [short_figure(e.claim) + (" ✗" if e.conflicts else "") for e in row.entries
                        if e.source == source]
                implied = next((v for v in row.views if v.source == source and v.derived), None)
                if not said and implied is not None:
                    said = [f"({span_text(implied.span)})"]
                cells.append("<br>".join(markdown(s) for s in said))
            cells.append(markdown(span_text(row.allowed)))
            cells.append(", ".join(row.conflicts))
            out.write(f"| {row.period} | " + " | ".join(cells) + " |\n")
        outlook = [(row.period, e) for row in view.periods for e in row.outlook]
        if outlook:
            out.write("\n**Targets and forecasts**\n\n")
            for period, entry in outlook:
                out.write(f"- {period}: {entry.claim.modality} {markdown(short_figure(entry.claim))} "
                          f"({markdown(entry.source)})\n")
        out.write("\n**Sources**: " + "; ".join(f"{markdown(names[s])} = {markdown(s)}" for s in view.sources) + "\n")
        out.write("\n**What each source says**\n\n")
        for source in view.sources:
            for row in view.periods:
                for entry in (e for e in (*row.entries, *row.outlook) if e.source == source):
                    out.write(f"- {markdown(names[source])}, {row.period}: {markdown(short_figure(entry.claim))} "
                              f"({entry.claim.status}): {quoted(entry.claim)}\n")
        if view.set_aside:
            out.write("\nThe allowed interval leaves out, to resolve the conflicts: "
                      + ", ".join(markdown(c) for c in view.set_aside) + "\n")
    _flows(result, out)


def _flows(result: ShowReport, out: TextIO) -> None:
    from factcheck.render.show_result import FLOW_NOTE, flow_table, flow_title

    for view in result.flows:
        headers, rows = flow_table(view)
        out.write(f"\n## {markdown(flow_title(view))}\n\n| " + " | ".join(markdown(h) for h in headers) + " |\n")
        out.write("|---" * len(headers) + "|\n")
        for cells in rows:
            out.write("| " + " | ".join(markdown(text) for text, _ in cells) + " |\n")
        out.write(f"\n*{markdown(FLOW_NOTE)}*\n")


def render_metrics(result: MetricListing, out: TextIO, options: RenderOptions) -> None:
    out.write("| metric | label | claims | sources | series |\n|---|---|---:|---:|---:|\n")
    for count in result.counts:
        out.write(f"| {markdown(count.metric)} | {markdown(result.labels.get(count.metric, ''))} | {count.claims} | "
                  f"{count.sources} | {count.series} |\n")
