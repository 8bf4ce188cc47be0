"""A fast reader for claim files in the layout `factcheck` writes; anything else goes to libyaml.

Parsing YAML dominates every command on a large repository (libyaml: ~10 s for 100,000 records) and
`import yaml` alone is a sixth of start-up. Claim files are nearly always the ones `format_claim_file`
wrote: a `source:` line and a block list of flat records whose values are one-line scalars or flow
lists of scalars. This module reads exactly that subset, with the YAML 1.1 meaning PyYAML's SafeLoader
gives it, and answers `None` ("not canonical") the moment it sees anything else: multi-line scalars,
anchors, tags, comments after values, unusual escapes or line breaks, a plain scalar that YAML 1.1
would resolve to a bool, date or sexagesimal number. The caller then uses libyaml, so the result is
always what libyaml would return. tests/test_canonical.py checks the equivalence on generated files.
"""

from __future__ import annotations

import re
from typing import Any

# Characters PyYAML's reader refuses, or line breaks other than \n and \r\n: let libyaml say so.
# (PyYAML's printable set, inverted: a small class compiles in microseconds, the direct one in ~2 ms.)
_UNUSUAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff\u2028\u2029]|\r(?!\n)")
# YAML 1.1 implicit types (PyYAML resolver.py); a plain scalar matching the loose form of any of them
# is left to libyaml, a plain scalar matching the strict int/float/null/bool forms below is ours.
_INT = re.compile(r"[-+]?(?:0|[1-9][0-9]*)$")
_FLOAT = re.compile(r"[-+]?[0-9]+\.[0-9]*(?:[eE][-+][0-9]+)?$")  # PyYAML wants the exponent's sign
_MAYBE_SPECIAL = re.compile(
    r"""[-+]?[0-9._:]*[0-9][0-9._:]*(?:[eE][-+]?[0-9]+)?$   # numbers with _ : or other forms
    |[-+]?\.(?:inf|Inf|INF|nan|NaN|NAN)$
    |0[xXbBoO]
    |[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}                           # timestamps
    |(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$
    |(?:null|Null|NULL|~)$
    |<<$|=$""",
    re.VERBOSE,
)
_PLAIN_START_FORBIDDEN = frozenset("-?:,[]{}#&*!|>'\"%@`")
_DOUBLE_ESCAPES = {"0": "\0", "a": "\x07", "b": "\x08", "t": "\t", "\t": "\t", "n": "\n", "v": "\x0b",
                   "f": "\x0c", "r": "\r", "e": "\x1b", " ": " ", '"': '"', "\\": "\\", "/": "/",
                   "N": "\x85", "_": "\xa0", "L": "\u2028", "P": "\u2029"}
_HEX_ESCAPES = {"x": 2, "u": 4, "U": 8}


class _NotCanonical(Exception):
    """Raised inside the reader; `load` turns it into `None`."""


def load(text: str) -> dict[str, Any] | None:
    """The data of a canonical claim file, or None when the text is not in the canonical layout."""
    if _UNUSUAL.search(text) or "\t" in text:
        return None
    try:
        return _read(text)
    except _NotCanonical:
        return None


_LINE = re.compile(r"( *)(- )?([A-Za-z_][A-Za-z0-9_]*):(?: (.*))?$")
_SAFE_KEYS: dict[str, bool] = {}
_MEMO: dict[str, Any] = {}  # short scalars repeat ("trade", "USD", "actual"): parse each once per process
_MEMO_LIMIT = 200_000


def _read(text: str) -> dict[str, Any]:
    data: dict[str, Any] = {}
    records: list[dict[str, Any]] | None = None  # the block list under `claims:`, while it is open
    current: dict[str, Any] | None = None
    item_indent = -1
    line_match = _LINE.match
    for raw in text.split("\n"):
        line = raw.rstrip(" \r")
        if not line:
            continue
        match = line_match(line)
        if match is None:
            if line.lstrip(" ").startswith("#"):  # a full-line comment
                continue
            raise _NotCanonical
        spaces, dash, key, value = match.groups()
        if not _safe_key(key):
            raise _NotCanonical
        indent = len(spaces)
        if indent == 0 and dash is None:
            if records is not None and not records:
                data["claims"] = None  # `claims:` with nothing under it is null, as in YAML
            records, current = None, None
            if key in data:
                raise _NotCanonical
            if key == "claims" and value is None:
                records = []
                data["claims"] = records
            else:
                data[key] = _value(value)
            continue
        if records is None:
            raise _NotCanonical
        if dash is not None:
            if item_indent == -1:
                item_indent = indent
            elif indent != item_indent:
                raise _NotCanonical
            current = {}
            records.append(current)
        elif current is None or indent != item_indent + 2 or key in current:
            raise _NotCanonical
        current[key] = _value(value)
    if records is not None and not records:
        data["claims"] = None
    if not data:  # an empty or comment-only document is null in YAML
        raise _NotCanonical
    return data


def _safe_key(key: str) -> bool:
    """`on:` is the key True in YAML 1.1, `y:` is not: keys that resolve to something else decline."""
    known = _SAFE_KEYS.get(key)
    if known is None:
        known = _SAFE_KEYS[key] = _MAYBE_SPECIAL.match(key) is None
    return known


def _value(text: str | None) -> Any:
    if text is None:  # `key:` with a nested block (countries as a block list...)
        raise _NotCanonical
    if len(text) > 48:
        return _scalar_or_flow(text)
    try:
        value = _MEMO[text]
    except KeyError:
        value = _scalar_or_flow(text)  # raises _NotCanonical, which is not memoised
        if len(_MEMO) > _MEMO_LIMIT:
            _MEMO.clear()
        _MEMO[text] = tuple(value) if isinstance(value, list) else value
    return list(value) if isinstance(value, tuple) else value  # a fresh list each time: no aliasing


def _scalar_or_flow(text: str) -> Any:
    if text.startswith("["):
        if not text.endswith("]"):
            raise _NotCanonical
        inner = text[1:-1].strip()
        if not inner:
            return []
        return [_flow_item(part.strip()) for part in _split_flow(inner)]
    return _scalar(text)


def _split_flow(inner: str) -> list[str]:
    if any(c in inner for c in "[]{}\"'#:"):
        raise _NotCanonical
    return inner.split(",")


def _flow_item(text: str) -> Any:
    if not text or ": " in text or text.endswith(":") or text.startswith("?"):
        raise _NotCanonical
    return _plain(text)


def _scalar(text: str) -> Any:
    first = text[0]
    if first == "'":
        return _single_quoted(text)
    if first == '"':
        return _double_quoted(text)
    return _plain(text)


def _plain(text: str) -> Any:
    if text[0] in _PLAIN_START_FORBIDDEN and not (text[0] in "-?:" and len(text) > 1 and text[1] != " "):
        raise _NotCanonical
    if " #" in text or ": " in text or text.endswith(":") or text != text.strip():
        raise _NotCanonical
    if _INT.match(text):
        return int(text)
    if _FLOAT.match(text):
        return float(text)
    if text == "null" or text == "~":
        return None
    if text == "true":
        return True
    if text == "false":
        return False
    if _MAYBE_SPECIAL.match(text):
        raise _NotCanonical
    return text


def _single_quoted(text: str) -> str:
    if len(text) < 2 or not text.endswith("'"):
        raise _NotCanonical
    inner = text[1:-1]
    if inner.replace("''", "").count("'"):
        raise _NotCanonical
    return inner.replace("''", "'")


def _double_quoted(text: str) -> str:
    if len(text) < 2 or not text.endswith('"'):
        raise _NotCanonical
    inner = text[1:-1]
    if "\\" not in inner:
        if '"' in inner:
            raise _NotCanonical
        return inner
    out: list[str] = []
    index = 0
    length = len(inner)
    while index < length:
        char = inner[index]
        if char == '"':
            raise _NotCanonical
        if char != "\\":
            out.append(char)
            index += 1
            continue
        if index + 1 >= length:
            raise _NotCanonical
        code = inner[index + 1]
        if code in _DOUBLE_ESCAPES:
            out.append(_DOUBLE_ESCAPES[code])
            index += 2
        elif code in _HEX_ESCAPES:
            width = _HEX_ESCAPES[code]
            digits = inner[index + 2:index + 2 + width]
            if len(digits) != width or not all(c in "0123456789abcdefABCDEF" for c in digits):
                raise _NotCanonical
            value = int(digits, 16)
            if 0xD800 <= value <= 0xDFFF or value > 0x10FFFF:
                raise _NotCanonical
            out.append(chr(value))
            index += 2 + width
        else:
            raise _NotCanonical
    return "".join(out)
