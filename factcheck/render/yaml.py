"""YAML for programs: the same rows and keys as JSON, control characters escaped."""

from __future__ import annotations

import functools
from typing import Any, TextIO

import yaml

from factcheck.document import yaml_dumper
from factcheck.model import claim_to_row
from factcheck.render import RenderOptions
from factcheck.render.listing import ClaimListing
from factcheck.render.safe import UNSAFE_IN_DATA


def render_claims(result: ClaimListing, out: TextIO, options: RenderOptions) -> None:
    rows = [claim_to_row(claim, source) for source, claim in result.rows]
    out.write(dump(rows) if rows else "[]\n")


def dump(data: Any) -> str:
    """libyaml's output, which escapes C0 and C1 controls but writes bidi controls (U+202E, U+2066...) as
    they are; when there is one, the document is written again by `_escaping_dumper`, which escapes it."""
    options: dict[str, Any] = {"sort_keys": False, "allow_unicode": True, "default_flow_style": None,
                               "width": 1_000_000}
    text = yaml.dump(data, Dumper=yaml_dumper(), **options)
    if UNSAFE_IN_DATA.search(text):
        text = yaml.dump(data, Dumper=_escaping_dumper(), **options)
    return text


@functools.cache
def _escaping_dumper() -> type:
    """PyYAML's safe dumper, with every scalar holding an `UNSAFE_IN_DATA` character double-quoted and
    written with escapes (`\\u202E`; that scalar's other non-ASCII letters are escaped too)."""

    class Dumper(yaml.SafeDumper):
        def analyze_scalar(self, scalar: str) -> Any:
            analysis = super().analyze_scalar(scalar)
            if UNSAFE_IN_DATA.search(scalar):
                analysis.allow_flow_plain = analysis.allow_block_plain = False
                analysis.allow_single_quoted = analysis.allow_block = False
            return analysis

        def write_double_quoted(self, text: str, split: bool = True) -> None:
            if not UNSAFE_IN_DATA.search(text):
                return super().write_double_quoted(text, split)
            self.allow_unicode = False
            try:
                super().write_double_quoted(text, split)
            finally:
                self.allow_unicode = True

    return Dumper
