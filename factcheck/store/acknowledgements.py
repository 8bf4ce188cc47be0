"""Conflicts the editors acknowledged, kept in `conflicts.ack.yaml` at the root."""

from __future__ import annotations

import datetime

import msgspec

from factcheck import canonical
from factcheck.document import yaml_dumper
from factcheck.errors import (
    InputError,
    Location,
)
from factcheck.store.documents import load_yaml
from factcheck.store.repository import Repository

# -- acknowledged conflicts ----------------------------------------------------------------------------
ACK_FILE = "conflicts.ack.yaml"


class Acknowledgement(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """A conflict the editors know about: `factcheck conflicts` reports it, marked, and never fails on it."""

    id: str
    reason: str
    claims: list[str] = []
    date: str | None = None


class _AckFile(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    acknowledged: list[Acknowledgement] = []


def read_acknowledgements(repo: Repository) -> dict[str, Acknowledgement]:
    """`conflicts.ack.yaml` at the root, by conflict id (empty when there is none)."""
    path = repo.root / ACK_FILE
    if not path.exists() and not path.is_symlink():
        return {}
    text = repo._read_text(path, "acknowledgements")
    data = canonical.load(text)
    if data is None:
        data = load_yaml(text, ACK_FILE)
    if isinstance(data, dict) and isinstance(data.get("date"), datetime.date):
        data["date"] = data["date"].isoformat()
    for entry in (data or {}).get("acknowledged", []) if isinstance(data, dict) else []:
        if isinstance(entry, dict) and isinstance(entry.get("date"), datetime.date):
            entry["date"] = entry["date"].isoformat()
    try:
        parsed = msgspec.convert(data or {}, _AckFile)
    except msgspec.ValidationError as err:
        raise InputError(f"invalid acknowledgements: {err}", Location(ACK_FILE)) from None
    return {entry.id: entry for entry in parsed.acknowledged}


def write_acknowledgement(repo: Repository, entry: Acknowledgement) -> None:
    """Add (or replace) one acknowledgement, keeping the others, atomically."""
    import yaml

    entries = read_acknowledgements(repo)
    entries[entry.id] = entry
    body = {"acknowledged": [msgspec.structs.asdict(e) for e in sorted(entries.values(), key=lambda e: e.id)]}
    header = ("# Conflicts the editors know about (factcheck conflicts --acknowledge ID --reason ...):\n"
              "# they stay in every report, marked, and never make `factcheck conflicts` fail.\n")
    text = yaml.dump(body, Dumper=yaml_dumper(), sort_keys=False, allow_unicode=True, width=1_000_000)
    repo.write_text(repo.root / ACK_FILE, header + text)
