"""`factcheck init [DIR]`: make a repository (claims/, sources/, a commented factcheck.yaml, a .gitignore
for the cache, and with --ci github the workflow of docs/ci.md). Never changes what exists."""

from typing import Annotated

import typer


def command(
    ctx: typer.Context,
    folder: Annotated[str | None, typer.Argument(metavar="[DIR]", help="Where to make the repository (created "
                                                 "if missing). Default: the working directory.",
                                                 show_default=False)] = None,
    ci: Annotated[str | None, typer.Option("--ci", metavar="github", help="Also write a CI workflow: github "
                                           "writes .github/workflows/factcheck.yml (docs/ci.md).")] = None,
) -> int:
    """Make a claims repository: claims/, sources/, factcheck.yaml, .gitignore.

    factcheck.yaml holds the tolerance policy's settings, all commented out (the defaults apply until a
    line is uncommented). The .gitignore keeps .factcheck-cache/ out of git. Running it again creates
    only what is missing and leaves every existing file exactly as it is.

    Example: factcheck init fact-checks --ci github
    """
    import sys
    from pathlib import Path

    from factcheck import scaffold
    from factcheck.errors import UsageError
    from factcheck.lexicon import read_data
    from factcheck.render import RenderOptions, renderer
    from factcheck.store import make_repository

    if ci is not None and ci not in scaffold.CI_CHOICES:
        raise UsageError(f"--ci {ci!r}: the known CI is {', '.join(scaffold.CI_CHOICES)}")
    from factcheck.cli.options import global_options

    target = Path(folder if folder is not None else global_options(ctx).root or ".").expanduser()
    done = make_repository(target, scaffold.FOLDERS, scaffold.files(read_data("tolerance.yaml"), ci))
    renderer("init", "text")(scaffold.Made(str(target), done), sys.stdout, RenderOptions())
    return 0
