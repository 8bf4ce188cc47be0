"""The command-line interface: a thin layer over the core (see app.py for the exit-code table)."""

from factcheck.cli.app import app, main, run

__all__ = ["app", "main", "run"]
