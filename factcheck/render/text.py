"""Plain text for people and editors: `path:line:col: record ID: code: message`, like flake8."""

from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

from factcheck.render import RenderOptions
from factcheck.render.safe import one_line

RED, YELLOW, DIM, BOLD, GREEN, RESET = "\x1b[31m", "\x1b[33m", "\x1b[2m", "\x1b[1m", "\x1b[32m", "\x1b[0m"

if TYPE_CHECKING:
    from factcheck.checks import CheckReport
    from factcheck.intake import Added
    from factcheck.scaffold import Made
    from factcheck.render.extraction import ExtractionResult


def render_check(result: CheckReport, out: TextIO, options: RenderOptions) -> None:
    def paint(code: str, text: str) -> str:
        return f"{code}{text}{RESET}" if options.color else text

    for p in result.problems:
        where = one_line(str(p.location))
        colour = RED if p.severity == "error" else YELLOW
        out.write(f"{paint(BOLD, where)}: {paint(colour, p.code)}: {one_line(p.message)}\n")
        if p.hint:
            out.write(f"    {paint(DIM, one_line(p.hint))}\n")
    errors = sum(p.severity == "error" for p in result.problems)
    warnings = len(result.problems) - errors
    checked = f"{result.files} claim file{'s' * (result.files != 1)}, {result.claims} claim{'s' * (result.claims != 1)}"
    if not result.problems:
        out.write(paint(GREEN, f"checked {checked}: no problems") + "\n")
    else:
        tail = f", {warnings} warning{'s' * (warnings != 1)}" if warnings else ""
        out.write(paint(RED if errors else YELLOW,
                        f"checked {checked}: {errors} error{'s' * (errors != 1)}{tail}") + "\n")


def render_extraction(result: ExtractionResult, out: TextIO, options: RenderOptions) -> None:
    """One line per claim file that changed (or would), its claims added and removed, errors, and how many
    readings a person's correction or rejection kept out."""
    from factcheck.render.humanize import figure

    def paint(code: str, text: str) -> str:
        return f"{code}{text}{RESET}" if options.color else text

    verb = "would change" if result.dry_run else "changed"
    for report in result.reports:
        if report.changed:
            kept = f"{report.reviewed} reviewed" + (f" and {report.rejected} rejected" if report.rejected else "")
            out.write(f"claims/{report.source}.yaml {verb}: {len(report.added)} added, {len(report.removed)} removed, "
                      f"{kept} kept\n")
            for claim in report.added:
                out.write(paint(GREEN, f"  + {one_line(claim.id)}  {figure(claim)}  {claim.period}") + "\n")
            for claim in report.removed:
                out.write(paint(RED, f"  - {one_line(claim.id)}  {figure(claim)}  {claim.period}") + "\n")
            for claim in report.located:
                out.write(f"  · {one_line(claim.id)} now knows where its figure is (figure_span)\n")
    for err in result.errors:
        out.write(paint(RED, f"error: {one_line(str(err))}") + "\n")
    from factcheck.render.extraction import reason_counts

    left = [x for items in result.left_out.values() for x in items]
    added = sum(len(r.added) for r in result.reports)
    removed = sum(len(r.removed) for r in result.reports)
    corrected = sum(len(r.corrected) for r in result.reports)
    blocked = sum(len(r.blocked) for r in result.reports)
    changed = sum(r.changed for r in result.reports)
    summary = (f"{len(result.reports)} source{'s' * (len(result.reports) != 1)} read, {changed} claim "
               f"file{'s' * (changed != 1)} {verb}: {added} claims added, {removed} removed")
    if corrected or blocked:
        summary += (f"; {corrected} reading{'s' * (corrected != 1)} left out for a correction, {blocked} for a "
                    "rejection")
    if result.dry_run:
        summary += " (dry run: nothing written)"
    if result.schema_written:
        summary += "; wrote schema/claims.schema.json for editors"
    out.write(summary + "\n")
    if left:
        reasons = ", ".join(f"{count} {code}" for code, count in reason_counts(left))
        out.write(f"{len(left)} figure{'s' * (len(left) != 1)} left out ({reasons}); "
                  f"`--format json` lists them, `factcheck parse` shows why\n")


def render_added(result: Added, out: TextIO, options: RenderOptions) -> None:
    """`factcheck add`: what was written and how each field was read."""
    meta = result.meta
    out.write(f"added {one_line(result.text_path)} and its sidecar {one_line(result.meta_path)}\n")
    rows = [("title", meta.title), ("outlet", meta.outlet), ("url", meta.url)]
    rows += [(label, rest) for label, _, rest in (note.partition(" ") for note in result.notes)]
    rows += [("language", meta.language),
             ("text", f"{result.paragraphs} paragraph{'s' * (result.paragraphs != 1)}, {result.words} words")]
    for label, value in rows:
        if value:
            out.write(f"  {label:<10} {one_line(value)}\n")
    out.write(f"next: factcheck extract {one_line(result.id)}\n")


def render_init(result: Made, out: TextIO, options: RenderOptions) -> None:
    """`factcheck init`: each folder and file, created or left as it was."""
    folder = one_line(result.folder)
    for name, created in result.steps:
        out.write(f"  {'created' if created else 'exists, left as is:'} {one_line(name)}\n")
    if any(created for _, created in result.steps):
        out.write(f"made a factcheck repository in {folder}; next: factcheck add URL|FILE, then factcheck extract\n")
    else:
        out.write(f"{folder} is already a factcheck repository: nothing changed\n")
