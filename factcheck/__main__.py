"""`python -m factcheck` and the `factcheck` console script.

This module imports nothing heavy: `run` installs the interrupt handlers before Typer and the commands
are imported, so a Ctrl-C during start-up ends like any other (exit 130, one line). A signal that
arrives before it runs (the interpreter's own start-up) gets the interpreter's behaviour (README).
"""

import sys


def run() -> None:
    """Console-script entry point (`factcheck`)."""
    from factcheck import interrupts

    try:
        interrupts.install()  # first: a signal from here on ends as `interrupted`, not as a traceback
        from factcheck.cli.app import main

        code = main()
    except interrupts.Interrupted as stop:  # during the imports, before app.main's own table applies
        print(stop, file=sys.stderr)
        code = stop.exit_code
    interrupts.hold()  # the command is over: a late signal must not turn the interpreter's exit into a traceback
    sys.exit(code)


if __name__ == "__main__":
    run()
