"""The Typer application and the one table that maps errors to exit codes (SPEC: 0, 1, 2).

Exit codes: 0 clean; 1 findings (problems, or conflicts where asked to fail); 2 usage, configuration
or input error (a message naming file, line and record); 3 an internal error, i.e. a bug (set
FACTCHECK_DEBUG=1 for its traceback); 130 interrupted.
"""

import os
import sys
import traceback
from typing import Annotated

import typer

from factcheck import __version__
from factcheck.cli import add, check, conflicts, extract, init, parse, review, show
from factcheck.cli import list as list_command
from factcheck.cli.options import GlobalOptions, NoColorOption, RootOption
from factcheck.errors import FactcheckError

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_BUG, EXIT_INTERRUPTED = 0, 1, 2, 3, 130

app = typer.Typer(
    name="factcheck",
    help="Cross-check the figures French articles publish about two countries' relations: extract them "
         "into claim records that quote their source, check the records, and report which figures cannot "
         "all be true.",
    pretty_exceptions_enable=False,
    add_completion=False,
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        print(f"factcheck {__version__}")
        raise typer.Exit(0)


@app.callback()
def main_options(
    ctx: typer.Context,
    root: RootOption = None,
    no_color: NoColorOption = False,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Neither read nor write .factcheck-cache/ "
                                           "(FACTCHECK_NO_CACHE=1 does the same).")] = False,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=0, help="Processes for reading claim files and finding "
                                      "conflicts in a large repository (0: one per core, up to 4; 1: no "
                                      "workers). Small repositories always use one.")] = 0,
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """Options given before the command apply to it (factcheck --root DIR list)."""
    ctx.obj = GlobalOptions(root=root, no_color=no_color, no_cache=no_cache, jobs=jobs)


app.command("list")(list_command.command)
app.command("check")(check.command)
app.command("show")(show.command)
app.command("conflicts")(conflicts.command)
app.command("extract")(extract.command)
app.command("parse")(parse.command)
app.command("init")(init.command)
app.command("add")(add.command)
app.command("review")(review.command)


def main(argv: list[str] | None = None) -> int:
    """Run the CLI and return its exit code; every error becomes a message, never a traceback."""
    try:
        result = app(args=argv, standalone_mode=False, prog_name="factcheck")
    except FactcheckError as err:
        print(f"error: {err}", file=sys.stderr)
        return EXIT_USAGE
    except typer.TyperException as err:
        err.show()  # type: ignore[attr-defined]  # click's exceptions print themselves
        return err.exit_code
    except typer.Abort:
        print("Aborted.", file=sys.stderr)
        return EXIT_INTERRUPTED
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_OK
    except Exception as err:  # a bug: one line, the traceback only on request
        if os.environ.get("FACTCHECK_DEBUG"):
            traceback.print_exc()
        print(f"internal error: {type(err).__name__}: {err} (a bug in factcheck; set FACTCHECK_DEBUG=1 for "
              "the traceback and report it)", file=sys.stderr)
        return EXIT_BUG
    return result if isinstance(result, int) else EXIT_OK


def _silence_stdout() -> None:
    """After `factcheck list | head`, point stdout at /dev/null so the interpreter's final flush is quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def run() -> None:
    """Console-script entry point (`factcheck`)."""
    sys.exit(main())


