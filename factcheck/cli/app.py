"""The Typer application and the one table that maps errors to exit codes (SPEC: 0, 1, 2).

Exit codes: 0 clean; 1 findings (problems, or conflicts where asked to fail); 2 usage, configuration
or input error (a message naming file, line and record); 3 an internal error, i.e. a bug (set
FACTCHECK_DEBUG=1 for its traceback); 130 interrupted (SIGINT, Ctrl-C), 143 terminated (SIGTERM).
"""

import errno
import io
import os
import sys
import traceback
from typing import Annotated

import typer

from factcheck import __version__, interrupts
from factcheck.cli import add, check, conflicts, extract, init, parse, review, show
from factcheck.cli import list as list_command
from factcheck.cli.options import GlobalOptions, NoColorOption, RootOption
from factcheck.errors import FactcheckError

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_BUG, EXIT_INTERRUPTED = 0, 1, 2, 3, 130  # 143: SIGTERM (128 + 15)

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
    """Run the CLI and return its exit code; every error becomes a message, never a traceback.

    Every message goes through `render.safe.one_line`: an error can quote a file name, a record id or an
    option value, and none of them may carry terminal escapes to the terminal or a CI log."""
    interrupts.install()
    try:
        try:
            code = _run(argv)
            interrupts.checkpoint()  # a signal recorded but not raised (deferred, or lost in a finaliser)
        except interrupts.Interrupted as stop:  # also one that lands while an error is being reported
            code = _interrupted(stop)
        return code
    finally:
        interrupts.uninstall()


def _run(argv: list[str] | None) -> int:
    try:
        result = app(args=argv, standalone_mode=False, prog_name="factcheck")
    except interrupts.Interrupted as stop:
        return _interrupted(stop)
    except FactcheckError as err:
        _error(f"error: {err}")
        return EXIT_USAGE
    except typer.TyperException as err:  # click's exceptions print themselves; keep what they print safe
        buffer = io.StringIO()
        err.show(file=buffer)  # type: ignore[attr-defined]
        _error(buffer.getvalue().rstrip("\n"), lines=True)
        return err.exit_code
    except typer.Abort:
        _error("Aborted.")
        return EXIT_INTERRUPTED
    except KeyboardInterrupt:  # raised by a handler other than ours (the CLI run from a thread)
        _error("interrupted")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_OK
    except SystemExit as stop:  # Typer answers a closed pipe (`factcheck list | head -1`) with sys.exit(1)
        if isinstance(stop.__context__, OSError) and stop.__context__.errno == errno.EPIPE:
            _silence_stdout()
            return EXIT_OK
        raise
    except Exception as err:  # a bug: one line, the traceback only on request
        if os.environ.get("FACTCHECK_DEBUG"):
            traceback.print_exc()
        _error(f"internal error: {type(err).__name__}: {err} (a bug in factcheck; set FACTCHECK_DEBUG=1 for "
               "the traceback and report it)")
        return EXIT_BUG
    return result if isinstance(result, int) else EXIT_OK


def _interrupted(stop: interrupts.Interrupted) -> int:
    """One short line (`interrupted`, or `terminated` for SIGTERM) and 128 + the signal (130, 143)."""
    with interrupts.deferred:
        _error(str(stop))
    return stop.exit_code


def _error(message: str, lines: bool = False) -> None:
    """A message on stderr, neutralised (control characters, escapes, bidi overrides dropped)."""
    from factcheck.render.safe import one_line

    text = "\n".join(one_line(line) for line in message.split("\n")) if lines else one_line(message)
    try:
        print(text, file=sys.stderr)
    except (OSError, ValueError):  # stderr closed: nothing more can be said
        pass


def _silence_stdout() -> None:
    """After `factcheck list | head`, point stdout at /dev/null so the interpreter's final flush is quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
