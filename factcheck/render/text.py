"""Plain text for people and editors: `path:line:col: record ID: code: message`, like flake8."""

from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

from factcheck.render import RenderOptions
from factcheck.render.safe import one_line

RED, YELLOW, DIM, BOLD, GREEN, RESET = "\x1b[31m", "\x1b[33m", "\x1b[2m", "\x1b[1m", "\x1b[32m", "\x1b[0m"

if TYPE_CHECKING:
    from factcheck.checks import CheckReport


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
