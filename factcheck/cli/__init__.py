"""The command-line interface: a thin layer over the core (see app.py for the exit-code table).

This module imports nothing heavy: `run`, the console script, installs the interrupt handlers before
Typer and the commands are imported, so a Ctrl-C during start-up ends like any other (exit 130).
"""

from __future__ import annotations

import sys
from typing import Any

__all__ = ["app", "main", "run"]


def run() -> None:
    """Console-script entry point (`factcheck`, `python -m factcheck`)."""
    from factcheck import interrupts

    interrupts.install()  # first: a signal from here on ends as `interrupted`, not as a traceback
    try:
        from factcheck.cli.app import main as main_

        code = main_()
    except interrupts.Interrupted as stop:  # during the imports, before app.main's own table applies
        print(stop, file=sys.stderr)
        code = stop.exit_code
    interrupts.hold()  # the command is over: a late signal must not turn the interpreter's exit into a traceback
    sys.exit(code)


def main(argv: list[str] | None = None) -> int:
    """Run the CLI in-process and return its exit code (see `factcheck.cli.app.main`)."""
    from factcheck.cli.app import main as main_

    return main_(argv)


def __getattr__(name: str) -> Any:
    if name == "app":
        from factcheck.cli.app import app

        return app
    raise AttributeError(name)
