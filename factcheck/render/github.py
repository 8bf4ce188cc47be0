"""GitHub Actions workflow commands: one `::error file=...,line=...::` annotation per finding."""

from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

from factcheck.render import RenderOptions
from factcheck.render.safe import github_data, github_property

if TYPE_CHECKING:
    from factcheck.checks import CheckReport
    from factcheck.render.conflicts_result import ConflictReport

SHOWN_PER_LEVEL = 10  # GitHub displays about ten annotations per level and step


def annotation(level: str, path: str, line: int | None, column: int | None, title: str, message: str) -> str:
    """One workflow command line, every part escaped (quotes may hold '::', '%' or newlines)."""
    props = [f"file={github_property(path)}"]
    if line is not None:
        props.append(f"line={line}")
        if column is not None:
            props.append(f"col={column}")
    props.append(f"title={github_property(title)}")
    return f"::{level} {','.join(props)}::{github_data(message)}\n"


def render_check(result: CheckReport, out: TextIO, options: RenderOptions) -> None:
    for p in result.problems:
        record = f"record {p.location.record}: " if p.location.record else ""
        hint = f" ({p.hint})" if p.hint else ""
        level = "error" if p.severity == "error" else "warning"
        out.write(annotation(level, p.location.path, p.location.line, p.location.column, f"factcheck {p.code}",
                             f"{record}{p.message}{hint}"))
    errors = sum(p.severity == "error" for p in result.problems)
    out.write(f"factcheck check: {result.files} files, {result.claims} claims, {errors} errors\n")


def render_conflicts(result: ConflictReport, out: TextIO, options: RenderOptions) -> None:
    """Most severe first (the order conflicts come in), at most ten per level, then a closing count."""
    from factcheck.render.explain import summary

    shown = {"error": 0, "warning": 0, "notice": 0}
    hidden = 0
    for conflict in result.conflicts:
        level = "notice" if conflict.acknowledged else ("error" if conflict.severity == "major" else "warning")
        if shown[level] >= SHOWN_PER_LEVEL:
            hidden += 1
            continue
        shown[level] += 1
        path, line, column = result.locations.get(conflict.claims[0], ("claims", None, None))
        title = f"factcheck {conflict.severity} conflict {conflict.id}"
        title += " (confirmed)" if result.confirmed(conflict) else " (to review)"
        if conflict.mirror:
            title += " (mirror)"
        if conflict.converted:
            title += " (converted)"
        if conflict.acknowledged:
            title += " (acknowledged)"
        statuses = ", ".join(f"{c} {result.claims[c][1].status}" for c in conflict.claims)
        out.write(annotation(level, path, line, column, title,
                             f"{summary(conflict, result.claims, result.policy)} [{statuses}]"))
    for gap in result.gaps:
        from factcheck.render.table import gap_text

        out.write(annotation("notice", "claims", None, None, "factcheck: currencies not compared", gap_text(gap)))
    counts = result.counts()
    tail = f"; {hidden} more not shown as annotations (see factcheck conflicts)" if hidden else ""
    out.write(f"factcheck conflicts: {counts['conflicts']} conflicts ({counts['major']} major, {counts['minor']} "
              f"minor, {counts['acknowledged']} acknowledged, {counts['confirmed']} confirmed), "
              f"{counts['failing']} failing{tail}\n")
