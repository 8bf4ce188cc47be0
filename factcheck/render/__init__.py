"""Renderers: one module per output format, each exposing `render_<result>(result, out, options)`.

`FORMATS` is the registry that feeds every command's `--format` choices. Modules are imported only
when used, so `factcheck list --format json` never pays for Rich.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any, TextIO

import msgspec

# result kind -> the formats that can render it (the first is the default)
FORMATS: dict[str, tuple[str, ...]] = {
    "claims": ("table", "json", "csv", "yaml"),
    "check": ("text", "json", "github"),
    "extraction": ("text", "json"),
    "parse": ("table", "json"),
    "conflicts": ("table", "json", "markdown", "sarif", "github"),
    "series": ("table", "json", "markdown"),
    "metrics": ("table", "json", "markdown"),
    "added": ("text",),
    "init": ("text",),
    "pending": ("table", "json"),
}


class RenderOptions(msgspec.Struct, frozen=True):
    """Decided once per invocation by the CLI (STYLE.md rule 8)."""

    color: bool = False
    width: int | None = None


Renderer = Callable[[Any, TextIO, RenderOptions], None]


def renderer(result: str, fmt: str) -> Renderer:
    """The function that renders a `result` kind in format `fmt` (both from `FORMATS`)."""
    if fmt not in FORMATS.get(result, ()):
        raise ValueError(f"no {fmt} renderer for {result}")
    module = importlib.import_module(f"factcheck.render.{fmt}")
    function: Renderer = getattr(module, f"render_{result}")
    return function
