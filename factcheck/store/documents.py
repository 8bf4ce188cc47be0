"""Claim files as text: YAML parsed with libyaml under a nesting bound, errors located to a line, dates
kept as text, validation against the record model, and the canonical layout factcheck writes."""

from __future__ import annotations

import datetime
import re
from typing import Any

import msgspec

from factcheck.document import (
    ClaimDocument,
    has_shared_containers,
    yaml_dumper,
    yaml_loader,
)
from factcheck.errors import (
    BrokenYaml,
    Location,
    NotUtf8,
)
from factcheck.model import ClaimFile

MAX_NESTING = 200  # claim files need 4 levels; libyaml's C composer crashes (SIGSEGV) near 20,000
_BRACKET = re.compile(r"[\[\]{}]")
_LEADING = re.compile(r"(?m)^[ \t?:-]+")


def _nesting_bound(text: str) -> int:
    """An upper bound on how deep the YAML in `text` nests: bracket depth plus the longest run of
    indentation and block indicators starting a line. Cheap, and conservative (brackets inside quotes
    count too): enough to refuse what would crash libyaml before it sees it."""
    depth = deepest = 0
    for match in _BRACKET.finditer(text):
        depth += 1 if match.group() in "[{" else -1
        deepest = max(deepest, depth)
    leading = max((len(m.group()) for m in _LEADING.finditer(text)), default=0)
    return deepest + leading // 2


def load_yaml(text: str, rel: str) -> Any:
    import yaml

    bound = _nesting_bound(text)
    if bound > MAX_NESTING:
        line = None
        raise BrokenYaml(f"the YAML nests about {bound} levels deep; claim files need a handful, and the limit is "
                         f"{MAX_NESTING}", Location(rel, line))
    try:
        data = yaml.load(text, Loader=yaml_loader())
    except yaml.YAMLError as err:
        raise yaml_error(err, rel) from None
    except RecursionError:  # the pure-Python loader, where libyaml is missing
        raise BrokenYaml("the YAML nests too deep to read", Location(rel)) from None
    except ValueError as err:  # an unquoted date that is no day (2026-13-02): PyYAML's constructor raises
        line = _bad_date_line(text)
        raise BrokenYaml(f"invalid date ({err}); write days as 'YYYY-MM-DD'", Location(rel, line)) from None
    if has_shared_containers(data):
        line = _first_alias_line(text)
        raise BrokenYaml("YAML anchors and aliases are not allowed in this file (they can expand without bound)",
                         Location(rel, line, 1 if line else None))
    return data


_PLAIN_DATE = re.compile(r"(?m):\s+(\d{4})-(\d{1,2})-(\d{1,2})\s*$")


def _bad_date_line(text: str) -> int | None:
    """The line of the first unquoted `key: YYYY-MM-DD` that is not a real day."""
    for match in _PLAIN_DATE.finditer(text):
        try:
            datetime.date(*(int(part) for part in match.groups()))
        except ValueError:
            return text.count("\n", 0, match.start()) + 1
    return None


def _first_alias_line(text: str) -> int | None:
    import yaml

    for token in yaml.scan(text, Loader=yaml_loader()):
        if isinstance(token, (yaml.AliasToken, yaml.AnchorToken)):
            return int(token.start_mark.line) + 1
    return None


def yaml_error(err: Exception, rel: str) -> BrokenYaml:
    """A one-line, located message for a YAML parse error (unsafe tags included)."""
    import yaml

    if isinstance(err, yaml.reader.ReaderError):
        return BrokenYaml(f"invalid YAML: {err.reason} (character {err.character!r} is not allowed in YAML)",
                          Location(rel))
    mark = getattr(err, "problem_mark", None) or getattr(err, "context_mark", None)
    problem = getattr(err, "problem", None) or str(err).splitlines()[0]
    context = getattr(err, "context", None)
    if "could not determine a constructor" in str(problem):
        tag = str(problem).split("tag", 1)[-1].strip(" '")
        problem = f"the tag {tag!r} is not allowed (claim files are plain YAML, loaded safely)"
    elif context:
        problem = f"{context}: {problem}"
    line = mark.line + 1 if mark is not None else None
    column = mark.column + 1 if mark is not None else None
    return BrokenYaml(f"invalid YAML: {problem}", Location(rel, line, column))


def decode_text(raw: bytes, rel: str, what: str = "claim file", bom: bool = True) -> str:
    """UTF-8 text, or a located `NotUtf8` naming the byte; a claim file's BOM is dropped (YAML allows it)."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        line = raw.count(b"\n", 0, err.start) + 1
        column = err.start - (raw.rfind(b"\n", 0, err.start) + 1) + 1
        raise NotUtf8(f"{what} is not UTF-8 (byte 0x{raw[err.start]:02x} at offset {err.start}); save it as UTF-8",
                      Location(rel, line, column)) from None
    return text[1:] if bom and text.startswith("\ufeff") else text


_DATE_FIELDS = ("reviewed_at", "as_of")


def dates_as_text(data: Any) -> Any:
    """A hand-written `reviewed_at: 2026-12-01` is a date to YAML 1.1 (libyaml builds a `datetime.date`);
    the record keeps days as YYYY-MM-DD text, so it is read as that text (as `read_acknowledgements` does)."""
    records = data.get("claims") if isinstance(data, dict) else None
    for record in records if isinstance(records, list) else []:
        if isinstance(record, dict):
            for name in _DATE_FIELDS:
                if type(record.get(name)) is datetime.date:
                    record[name] = record[name].isoformat()
    return data


def validated(document: ClaimDocument) -> ClaimFile:
    """The typed claim file, or an `InvalidRecord` located at its first problem."""
    try:
        return msgspec.convert(document.data, ClaimFile)
    except msgspec.ValidationError:
        from factcheck.checks import (
            validate_claim_file,  # the slow, located explanation
        )
        from factcheck.errors import InvalidRecord

        first = validate_claim_file(document)[1][0]
        raise InvalidRecord(f"{first.code}: {first.message} (run `factcheck check` for every problem)",
                            first.location) from None


SCHEMA_COMMENT = "# yaml-language-server: $schema=../schema/claims.schema.json\n"


def format_claim_file(claim_file: ClaimFile) -> str:
    """The canonical text of a claim file: schema line, `source`, then one block per claim in SPEC
    field order. Deterministic, so re-extracting unchanged input gives identical bytes."""
    import yaml

    from factcheck.model import claim_to_record

    body = {"source": claim_file.source, "claims": [claim_to_record(c) for c in claim_file.claims]}
    text = yaml.dump(body, Dumper=yaml_dumper(), sort_keys=False, allow_unicode=True, default_flow_style=None,
                     width=1_000_000)
    return SCHEMA_COMMENT + text
