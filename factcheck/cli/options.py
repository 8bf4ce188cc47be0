"""Options every command shares, and the per-invocation decisions (root, colour) made once."""

import os
import sys
from pathlib import Path
from typing import Annotated, Any, TextIO

import msgspec
import typer

from factcheck.render import RenderOptions

RootOption = Annotated[  # a str, not a Path: click's Path type stats the value and crashes on a NUL byte
    str | None,
    typer.Option("--root", metavar="DIR", help="Repository root (holds claims/ and sources/). "
                 "Default: the nearest ancestor of the working directory that holds both."),
]
NoColorOption = Annotated[
    bool, typer.Option("--no-color", help="No colour, even on a terminal (NO_COLOR=1 does the same).")
]


class GlobalOptions(msgspec.Struct):
    """`factcheck --root DIR --no-color COMMAND`: the same options given before the command."""

    root: str | None = None
    no_color: bool = False
    no_cache: bool = False
    jobs: int = 0  # 0: as many as the machine has, up to 4


def global_options(ctx: typer.Context) -> GlobalOptions:
    obj: Any = ctx.find_root().obj
    return obj if isinstance(obj, GlobalOptions) else GlobalOptions()


def resolve_root(ctx: typer.Context, root: str | None) -> Path:
    """The repository root: this command's --root, else the global one, else discovered (SPEC)."""
    from factcheck.store import find_root

    chosen = root if root is not None else global_options(ctx).root
    return find_root(Path(chosen) if chosen is not None else None)


def use_cache(ctx: typer.Context) -> bool:
    """The parsed-claims cache (.factcheck-cache/) unless `factcheck --no-cache` or FACTCHECK_NO_CACHE=1."""
    return not (global_options(ctx).no_cache or os.environ.get("FACTCHECK_NO_CACHE"))


def jobs(ctx: typer.Context) -> int:
    """Processes for parsing claim files and finding conflicts on a large repository (`--jobs`)."""
    chosen = global_options(ctx).jobs
    return chosen if chosen > 0 else min(4, os.cpu_count() or 1)


def render_options(ctx: typer.Context, no_color: bool, out: TextIO | None = None) -> RenderOptions:
    """Colour only on a terminal, never with --no-color or NO_COLOR (https://no-color.org)."""
    stream = out or sys.stdout
    off = no_color or global_options(ctx).no_color or bool(os.environ.get("NO_COLOR"))
    color = not off and hasattr(stream, "isatty") and stream.isatty()
    width = None
    if hasattr(stream, "isatty") and stream.isatty():
        import shutil

        width = shutil.get_terminal_size((100, 24)).columns
    elif os.environ.get("COLUMNS", "").isdigit():
        width = int(os.environ["COLUMNS"])
    return RenderOptions(color=color, width=width)


def resolve_source_root(ctx: typer.Context, root: str | None) -> Path:
    """`resolve_root` for commands that create claims/ themselves (`extract`, `add`): the working
    directory also counts when it holds sources/ but no claims/ yet."""
    from factcheck.store import find_root_for_sources

    chosen = root if root is not None else global_options(ctx).root
    return find_root_for_sources(Path(chosen) if chosen is not None else None)
