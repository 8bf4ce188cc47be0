"""Neutralise untrusted text (quotes and titles come from articles) at the render boundary.

The core keeps quotes verbatim, because the span check depends on it; every renderer passes text
through one of these before it reaches a terminal, a CI log, a Markdown note or a spreadsheet.
"""

from __future__ import annotations

import re

# C0 and C1 control characters except tab and newline, DEL, and the bidi overrides that can make a
# terminal show text in another order than it is (Trojan Source, CVE-2021-42574).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_NEWLINES = re.compile(r"[\r\n\u2028\u2029]+")


def clean(text: str) -> str:
    """Drop control characters and terminal escapes (ESC starts them all); keep newlines and tabs."""
    return _CONTROL.sub("", text)


def one_line(text: str) -> str:
    """`clean`, with line breaks folded to spaces: for table cells and single-line formats."""
    return _NEWLINES.sub(" ", clean(text)).replace("\t", " ")


def github_data(text: str) -> str:
    """Escape the message part of a GitHub workflow command (`::error ...::message`)."""
    return one_line(text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def github_property(text: str) -> str:
    """Escape a property value of a workflow command (`file=`, `title=`)."""
    return github_data(text).replace(":", "%3A").replace(",", "%2C")


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+!|~])")
_MENTION = re.compile(r"@(?=[A-Za-z0-9_-])")


def markdown(text: str) -> str:
    """Escape Markdown and inline HTML so a quote renders as the words it holds, nothing more; an
    `@name` gets a zero-width space after the `@` (as Renovate does), so it mentions nobody on GitHub."""
    escaped = _MARKDOWN_SPECIAL.sub(r"\\\1", one_line(text)).replace("&", "&amp;")
    return _MENTION.sub("@&#8203;", escaped)


# Characters a JSON or YAML encoder may leave raw but that must not reach a terminal or a reviewer's
# screen as they are: DEL and C1 controls (U+009B is a one-byte CSI, like ESC [), the bidi embeddings,
# overrides, isolates and marks (Trojan Source), the line and paragraph separators, the BOM.
UNSAFE_IN_DATA = re.compile(r"[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]")


def json_escaped(document: str) -> str:
    """A JSON document with the `UNSAFE_IN_DATA` characters written as `\\uXXXX` escapes: the same data
    for a program, nothing a terminal would act on. (They can only occur inside strings.)"""
    return UNSAFE_IN_DATA.sub(lambda match: f"\\u{ord(match.group()):04x}", document)


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: object) -> object:
    """Text that a spreadsheet would run as a formula gets a leading apostrophe (CSV injection)."""
    if isinstance(value, str):
        value = one_line(value)
        if value.startswith(_FORMULA_START):
            return "'" + value
    return value
