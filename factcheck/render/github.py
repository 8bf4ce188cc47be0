"""GitHub Actions workflow commands: one `::error file=...,line=...::` annotation per finding."""

from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

from factcheck.render import RenderOptions
from factcheck.render.safe import github_data, github_property

if TYPE_CHECKING:
    from factcheck.checks import CheckReport


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
