"""The command-line interface: a thin layer over the core (see app.py for the exit-code table).

The console script is `factcheck.__main__:run`, which installs the interrupt handlers before this
package (and Typer) is imported.
"""

from factcheck.__main__ import run
from factcheck.cli.app import app, main

__all__ = ["app", "main", "run"]
