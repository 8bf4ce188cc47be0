"""Rich tables for people at a terminal. Untrusted text goes in as `rich.text.Text`, never as markup."""

from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

from rich.console import Console
from rich.text import Text

from factcheck.figures import excerpt, figure_in_quote
from factcheck.model import Claim
from factcheck.render import RenderOptions
from factcheck.render.humanize import QUALIFIER_SIGNS, QUALIFIER_WORDS, figure, percent_gap
from factcheck.render.listing import ClaimListing
from factcheck.render.safe import one_line

if TYPE_CHECKING:
    from factcheck.engine.currency import CurrencyGap
    from factcheck.engine.series import FlowView
    from factcheck.extraction.claims import Analysis
    from factcheck.render.conflicts_result import ConflictReport
    from factcheck.render.show_result import MetricListing, ShowReport
    from factcheck.review import QueueItem

MODALITY_WORDS = {"target": "objectif", "forecast": "prévision"}
QUOTE_WIDTH = 110


def console(out: TextIO, options: RenderOptions) -> Console:
    """The one Console of a rendering: colour and width as the CLI decided, no markup, no emoji."""
    return Console(file=out, force_terminal=options.color, no_color=not options.color, color_system="standard"
                   if options.color else None, width=options.width or 100, markup=False, emoji=False,
                   highlight=False, soft_wrap=False)


FIGURE_STYLE = "bold reverse"  # the claim's own figure in its quote: seen at once, in any colour scheme


def quote_text(claim: Claim, width: int, style: str = "italic", marks: bool = True) -> Text:
    """The quote on one line, cut to `width` around the claim's own figure, which is highlighted. Built
    from plain pieces (never markup): quotes come from articles."""
    cut = excerpt(claim.quote, figure_in_quote(claim), max(10, width - 4 * marks))
    text = Text("« " if marks else "", style=style)
    text.append(cut.before)
    text.append(cut.figure, style=FIGURE_STYLE)
    text.append(cut.after)
    if marks:
        text.append(" »")
    return text


STATUS_MARKS = {"reviewed": ("✓ reviewed", "green"), "extracted": ("extracted", "yellow"),
                "rejected": ("✗ rejected", "red")}


def metric_label(claim: Claim) -> str:
    """"tourists KZ→VN"; the metric is the file's text until `check` has vetted it, so it is cleaned."""
    direction = f" {claim.direction.replace('>', '→')}" if claim.direction else ""
    return one_line(claim.metric) + direction


def render_claims(result: ClaimListing, out: TextIO, options: RenderOptions) -> None:
    """Per source, one line per claim (period, metric, figure, id) and its quote, shortened, beneath."""
    term = console(out, options)
    if not result.rows:
        term.print("no claims match", style="dim")
        return
    by_source: dict[str, list[Claim]] = {}
    for source, claim in result.rows:
        by_source.setdefault(source, []).append(claim)
    used: set[str] = set()
    for number, (source, claims) in enumerate(by_source.items()):
        if number:
            term.print()
        term.print(_source_title(source, result), no_wrap=True, overflow="ellipsis")
        used |= _print_claim_lines(term, claims, source, quotes=True)
    legend = [f"{sign} {QUALIFIER_WORDS[q]}" for q, sign in QUALIFIER_SIGNS.items() if q in used and sign]
    legend += [STATUS_MARKS[s][0] for s in ("reviewed", "rejected") if f"status:{s}" in used]
    count = len(result.rows)
    summary = f"{count} claim{'s' * (count != 1)} from {len(by_source)} source{'s' * (len(by_source) != 1)}"
    term.print()
    term.print(Text(summary + (" · " + " · ".join(legend) if legend else ""), style="dim"))


def _print_claim_lines(term: Console, claims: list[Claim], source: str, quotes: bool) -> set[str]:
    """Aligned lines: period, metric, figure (right-aligned), id; the quote beneath when asked."""
    cells = [(claim.period, metric_label(claim), _figure_text(claim), _local_id(claim, source)) for claim in claims]
    widths = [max(len(c.plain if isinstance(c, Text) else c) for c in (cell[i] for cell in cells)) for i in range(3)]
    for claim, (period, metric, label, local_id) in zip(claims, cells):
        line = Text("  ")
        line.append(period.ljust(widths[0]) + "  ")
        line.append(metric.ljust(widths[1]) + "  ")
        line.append(Text(" " * (widths[2] - len(label.plain))) + label)
        line.append("  ")
        line.append(local_id, style="cyan")
        if claim.status != "extracted":
            word, colour = STATUS_MARKS[claim.status]
            line.append(f"  {word.split()[0]}", style=colour)
        term.print(line, no_wrap=True, overflow="ellipsis")
        if quotes:
            term.print(Text("    ").append_text(quote_text(claim, max(20, term.width - 4))), no_wrap=True,
                       overflow="ellipsis")
            if claim.status == "rejected":
                who = " ".join(x for x in (claim.reviewed_by, claim.reviewed_at) if x)
                term.print(Text(f"    rejected{f' ({one_line(who)})' if who else ''}: {one_line(claim.reason or '')}",
                                style="red"), no_wrap=True, overflow="ellipsis")
    return {claim.qualifier for claim in claims} | {f"status:{claim.status}" for claim in claims}


def _figure_text(claim: Claim) -> Text:
    label = Text(figure(claim), style="bold")
    if claim.modality != "actual":
        label.append(f" ({MODALITY_WORDS[claim.modality]})", style="magenta")
    return label


def _local_id(claim: Claim, source: str) -> str:
    """`<source>:trade-2023` is shown as `trade-2023` under its source's heading."""
    return one_line(claim.id[len(source) + 1:] if claim.id.startswith(source + ":") else claim.id)


def _source_title(source: str, result: ClaimListing) -> Text:
    title = Text(one_line(source), style="bold")
    meta = result.sources.get(source)
    if meta is not None and (meta.outlet or meta.published):
        details = " · ".join(one_line(x) for x in (meta.outlet, meta.published) if x)
        title.append(f"  {details}", style="dim")
    return title


def render_parse(result: Analysis, out: TextIO, options: RenderOptions) -> None:
    """Three small tables: quantities (with qualifier and interval), periods, and the claims built."""
    from rich.table import Table

    from factcheck.render.humanize import amount

    term = console(out, options)
    quantities = Table(title="quantities", title_justify="left", show_edge=False, pad_edge=False)
    for name in ("span", "text", "value", "unit", "qualifier", "interval (strict)"):
        quantities.add_column(name, no_wrap=name != "text")
    for r in result.quantities:
        q = r.quantity
        interval = "" if q.kind in ("year", "ordinal") else \
            f"[{'−∞' if r.low is None else amount(r.low, None)}, {'∞' if r.high is None else amount(r.high, None)}]"
        value = str(q.value) if q.kind in ("year", "ordinal") else amount(q.value, None)
        quantities.add_row(f"{q.span[0]}–{q.span[1]}", Text(one_line(q.text)), value,
                           q.unit or q.kind, r.qualifier if q.kind not in ("year", "ordinal") else "", interval)
    term.print(quantities if result.quantities else Text("no quantities", style="dim"))
    periods = Table(title="periods", title_justify="left", show_edge=False, pad_edge=False)
    for name in ("span", "text", "period", "kind"):
        periods.add_column(name)
    for p in result.periods:
        periods.add_row(f"{p.start}–{p.end}", Text(one_line(p.text)), p.period or "?", p.rate or p.kind)
    term.print(periods if result.periods else Text("no periods", style="dim"))
    term.print(Text(f"claims ({', '.join(result.countries) or 'countries unknown'})", style="bold"))
    if result.claims:
        _print_claim_lines(term, result.claims, "text", quotes=False)
    else:
        term.print(Text("  none: a figure needs a metric, a period and the two countries", style="dim"))
    if result.left_out:
        term.print(Text("left out", style="bold"))
        for item in result.left_out:
            line = Text(f"  {item.span[0]}–{item.span[1]}  ")
            line.append(one_line(item.text), style="bold")
            line.append(f"  {item.code}: {one_line(item.reason)}", style="dim")
            term.print(line)


def render_conflicts(result: ConflictReport, out: TextIO, options: RenderOptions) -> None:
    """A tree per conflict: the claims (source, what each says, the quote), then the proof."""
    from rich.tree import Tree

    from factcheck.render.explain import proof, says

    term = console(out, options)
    for conflict in sorted(result.conflicts, key=lambda c: not result.confirmed(c)):  # confirmed first
        colour = "red" if conflict.severity == "major" else "yellow"
        head = Text()
        head.append(f"{conflict.id} ", style="bold")
        head.append(conflict.severity, style=f"bold {colour}")
        head.append(f" · {conflict.reading} reading · {one_line(conflict.metric)} {'–'.join(conflict.countries)}")
        if conflict.direction:
            head.append(f" {conflict.direction.replace('>', '→')}")
        head.append(f" · {', '.join(conflict.periods)} · gap {percent_gap(conflict.gap)}")
        if conflict.narrow:
            head.append(" · narrow", style="magenta")
        if conflict.mirror:
            head.append(" · mirror", style="cyan")
        if conflict.converted:
            head.append(" · converted", style="cyan")
        if conflict.acknowledged:
            head.append(f" · acknowledged: {one_line(conflict.reason or '')}", style="green")
        confirmed = result.confirmed(conflict)
        head.append(" · confirmed" if confirmed else " · to review", style="bold green" if confirmed else "yellow")
        tree = Tree(head)
        for claim_id in conflict.claims:
            source, claim = result.claims[claim_id]
            word, colour = STATUS_MARKS[claim.status]
            branch = tree.add(Text.assemble((one_line(source), "cyan"), " says ",
                                            (says(claim, result.policy, conflict.reading), "bold"),
                                            (f"  [{_local_id(claim, source)}]", "dim"), " ", (word, colour)))
            branch.add(quote_text(claim, max(40, 2 * term.width - 20)))
        if conflict.corroborating:
            tree.add(Text(f"and {len(conflict.corroborating)} more claim{'s' * (len(conflict.corroborating) != 1)} "
                          f"agree against it: {', '.join(one_line(c) for c in conflict.corroborating[:5])}"
                          f"{'…' if len(conflict.corroborating) > 5 else ''}", style="dim"))
        if conflict.echoed_by:
            tree.add(Text(f"the same figure is also published by: {', '.join(one_line(c) for c in conflict.echoed_by[:5])}"
                          f"{'…' if len(conflict.echoed_by) > 5 else ''}", style="dim"))
        steps = tree.add(Text("why", style="bold"))
        for line in proof(conflict, result.claims, result.policy):
            steps.add(Text(line, style="red" if line.startswith("✗") else ""))
        term.print(tree)
        term.print()
    if result.targets is not None:
        _render_targets(term, result)
    for gap in result.gaps:
        term.print(Text(gap_text(gap), style="dim"))
    counts = result.counts()
    summary = (f"{counts['conflicts']} conflict{'s' * (counts['conflicts'] != 1)}: {counts['major']} major, "
               f"{counts['minor']} minor; {counts['strict']} under the strict reading, {counts['pragmatic']} only "
               f"under the pragmatic one; {counts['acknowledged']} acknowledged; {counts['confirmed']} confirmed, "
               f"{counts['to_review']} to review")
    if result.fail_on != "never":
        summary += f"; {counts['failing']} new at or above {result.fail_on}"
    term.print(Text(summary, style="bold" if counts["failing"] else "dim"))


def gap_text(gap: CurrencyGap) -> str:
    """A currency left apart, in words: why those figures were not compared with the others."""
    others = ", ".join(one_line(u) for u in gap.others)
    what = f"{one_line(gap.metric)} {'–'.join(gap.countries)}" + (f" {gap.direction.replace('>', '→')}"
                                                                  if gap.direction else "")
    return (f"{what}: {gap.claims} figure{'s' * (gap.claims != 1)} in {one_line(gap.unit)} not compared with those in "
            f"{others}: no exchange rate for {one_line(gap.unit)} (not an ECB reference currency, nor pegged to the "
            f"euro)")


def _render_targets(term: Console, result: ConflictReport) -> None:
    from factcheck.render.humanize import amount

    term.print(Text("targets and forecasts", style="bold"))
    for check in result.targets or []:
        colour = {"met": "green", "missed": "red", "disputed": "yellow"}.get(check.status, "dim")
        line = Text("  ")
        line.append(f"{check.period} {check.modality} {amount(check.stated, check.unit)}", style="bold")
        line.append(f" ({one_line(check.source)}): ")
        line.append(check.status, style=colour)
        term.print(line)
        for reading in check.readings:
            low = amount(reading.low, check.unit) if reading.low is not None else "?"
            high = amount(reading.high, check.unit) if reading.high is not None else "?"
            term.print(Text(f"    {one_line(reading.source)}: {check.period} in [{low}, {high}] → {reading.status}",
                            style="dim"))
    term.print()


CHART_STYLES = {"period": "bold", "conflict": "red", "allowed": "green", "outlook": "magenta", "derived": "cyan",
                "dim": "dim"}


def render_series(result: ShowReport, out: TextIO, options: RenderOptions) -> None:
    """Per series: a table (periods × sources, the allowed interval, the conflicts), targets and
    forecasts apart, the sources' full names, the conflicts by number, then the chart."""
    from rich import box
    from rich.table import Table

    from factcheck.render.chart import chart
    from factcheck.render.show_result import conflict_numbers, series_title, short_figure, short_names, span_text

    term = console(out, options)
    if not result.series:
        term.print(Text(f"no claims about {one_line(result.metric)} match", style="dim"))
        return
    for number, view in enumerate(result.series):
        if number:
            term.print()
        names = short_names(view.sources)
        numbers = conflict_numbers(view)
        term.print(Text(f"{series_title(view)} · {view.reading} reading", style="bold"))
        rows: list[list[Text]] = []
        for row in view.periods:
            cells = [Text(("  " if len(row.period) > 4 else "") + row.period,
                          style="" if len(row.period) > 4 else "bold")]
            for source in view.sources:
                cell = Text()
                for entry in (e for e in row.entries if e.source == source):
                    if cell:
                        cell.append("\n")
                    cell.append(short_figure(entry.claim), style="red" if entry.conflicts else "")
                    if entry.conflicts:
                        cell.append(" ✗", style="red")
                implied = next((v for v in row.views if v.source == source and v.derived), None)
                if not cell and implied is not None:
                    cell.append(f"({span_text(implied.span)})", style="cyan")
                cells.append(cell)
            cells.append(Text(span_text(row.allowed)))
            cells.append(Text(_numbered(sorted(numbers[c] for c in row.conflicts))))
            rows.append(cells)
        headers = ["period", *(names[s] for s in view.sources), "allowed", "conflicts"]
        # each figure on one line when the terminal has room for that, else let Rich wrap
        widths = [max([len(h), *(len(line) for r in rows for line in r[i].plain.split("\n"))])
                  for i, h in enumerate(headers)]
        fits = sum(widths) + 2 * (len(widths) - 1) <= term.width  # two spaces between columns
        table = Table(box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False, padding=(0, 1, 0, 0))
        for index, header in enumerate(headers):
            table.add_column(header, style="green" if header == "allowed" and index == len(headers) - 2 else "",
                             overflow="fold", no_wrap=fits, width=widths[index] if fits else None)
        for cells in rows:
            table.add_row(*cells)
        term.print(table)
        outlook = [(row.period, entry) for row in view.periods for entry in row.outlook]
        if outlook:
            term.print(Text("targets and forecasts", style="bold"))
            for period, entry in outlook:
                word = MODALITY_WORDS.get(entry.claim.modality, entry.claim.modality)
                term.print(Text.assemble(f"  {period} ", (f"{word} {short_figure(entry.claim)}", "magenta"),
                                         f" ({one_line(entry.source)})"))
        if view.sources:  # a series with only a target has no source stating anything
            term.print(Text("sources, and what each says (✓ reviewed by a person, else as extracted)", style="bold"))
        pad = max(map(len, names.values()), default=0)
        said = [(row.period, e) for row in view.periods for e in (*row.entries, *row.outlook)]
        for source in view.sources:
            term.print(Text(f"  {names[source]:<{pad}}  {one_line(source)}"))
            own = [(period, e) for period, e in said if e.source == source]
            labels = [f"{period} {MODALITY_WORDS[e.claim.modality] + ' ' if e.claim.modality != 'actual' else ''}"
                      f"{short_figure(e.claim)}" for period, e in own]
            width = max(map(len, labels), default=0)
            for label, (_, entry) in zip(labels, own):
                line = Text(f"    {label:<{width}} ")
                line.append("✓ " if entry.claim.status == "reviewed" else "  ", style="green")
                line.append_text(quote_text(entry.claim, max(20, term.width - width - 7), style="italic dim"))
                term.print(line, no_wrap=True, overflow="ellipsis")
        if view.conflicts:
            term.print(Text("conflicts:", style="bold"))
            for conflict in view.conflicts:
                term.print(Text(f"  #{numbers[conflict.id]} {conflict.id} {conflict.severity}, {conflict.reading}"
                                f"{', narrow' if conflict.narrow else ''}: {', '.join(conflict.periods)}"))
        if view.set_aside:
            term.print(Text("the allowed interval leaves out, to resolve the conflicts:", style="dim"))
            for claim_id in view.set_aside:
                term.print(Text(f"  {one_line(claim_id)}", style="dim"))
        term.print()
        for line in chart(view, names, term.width):
            term.print(Text.assemble(*((text, CHART_STYLES.get(style or "", "")) for text, style in line)),
                       no_wrap=True, overflow="crop")
    for flows in result.flows:
        _render_flows(term, flows)


def _render_flows(term: Console, view: FlowView) -> None:
    """A pair's flows side by side: stated figures plain, implied ones in parentheses."""
    from rich import box
    from rich.table import Table

    from factcheck.render.show_result import FLOW_NOTE, flow_table, flow_title

    term.print()
    term.print(Text(flow_title(view), style="bold"))
    headers, rows = flow_table(view)
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False, padding=(0, 1, 0, 0))
    for header in headers:
        table.add_column(Text(header), overflow="fold")
    for cells in rows:
        table.add_row(*(Text(text, style="cyan" if implied and index else "") for index, (text, implied)
                        in enumerate(cells)))
    term.print(table)
    term.print(Text(FLOW_NOTE, style="dim"))
    if view.set_aside:
        term.print(Text("left out, to resolve the conflicts: " + ", ".join(one_line(c) for c in view.set_aside),
                        style="dim"))


def _numbered(numbers: list[int]) -> str:
    """Conflict numbers, runs folded: [1, 2, 3, 5] -> "#1–3,5"."""
    runs: list[list[int]] = []
    for number in numbers:
        if runs and number == runs[-1][-1] + 1:
            runs[-1].append(number)
        else:
            runs.append([number])
    return ("#" + ",".join(f"{r[0]}–{r[-1]}" if len(r) > 2 else ",".join(map(str, r)) for r in runs)) if runs else ""


def render_metrics(result: MetricListing, out: TextIO, options: RenderOptions) -> None:
    """`factcheck show` without --metric: which metrics have claims, and how many."""
    from rich import box
    from rich.table import Table

    term = console(out, options)
    if not result.counts:
        term.print(Text("no claims yet: run factcheck extract", style="dim"))
        return
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False)
    for name in ("metric", "label", "claims", "sources", "series"):
        table.add_column(name, justify="right" if name in ("claims", "sources", "series") else "left")
    for count in result.counts:
        table.add_row(one_line(count.metric), one_line(result.labels.get(count.metric, "")), str(count.claims),
                      str(count.sources), str(count.series))
    term.print(table)
    term.print(Text("factcheck show --metric METRIC shows one series", style="dim"))


def render_pending(result: list[QueueItem], out: TextIO, options: RenderOptions) -> None:
    """`factcheck review --pending`: what is left to review, in the order the reviewer walks it."""
    term = console(out, options)
    if not result:
        term.print(Text("nothing to review: every claim is reviewed or rejected", style="dim"))
        return
    for item in result:
        claim = item.claim
        line = Text(f"{claim.period}  {metric_label(claim)}  ")
        line.append_text(_figure_text(claim))
        line.append("  ")
        line.append(one_line(claim.id), style="cyan")
        if item.conflicts:
            count = len(item.conflicts)
            line.append(f"  in {count} conflict{'s' * (count != 1)}", style="red")
        term.print(line, no_wrap=True, overflow="ellipsis")
        term.print(Text("    ").append_text(quote_text(claim, max(20, term.width - 4), style="italic dim")),
                   no_wrap=True, overflow="ellipsis")
    in_conflicts = sum(bool(item.conflicts) for item in result)
    term.print()
    term.print(Text(f"{len(result)} claim{'s' * (len(result) != 1)} to review, {in_conflicts} in conflicts; "
                    "factcheck review walks them on a terminal", style="dim"))
