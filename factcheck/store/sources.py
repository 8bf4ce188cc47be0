"""Starting a repository and adding articles (`factcheck init`, `factcheck add`)."""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from factcheck.document import yaml_dumper
from factcheck.errors import (
    InputError,
    Location,
    MissingFile,
    NoRoot,
    TooLarge,
    WriteFailed,
)
from factcheck.model import SourceMeta
from factcheck.store.files import read_bounded, write_atomic
from factcheck.store.repository import CLAIMS_DIR, SOURCES_DIR, Repository, find_root


# -- starting a repository and adding articles (factcheck init, factcheck add) ------------------------
def find_root_for_sources(explicit: Path | None = None, start: Path | None = None) -> Path:
    """`find_root`, except that the working directory itself also counts when it holds `sources/` but
    no `claims/` yet: `extract` and `add` create `claims/` rather than refuse (issue 15)."""
    try:
        return find_root(explicit, start)
    except NoRoot:
        here = (start or Path.cwd()).resolve()
        if explicit is None and (here / SOURCES_DIR).is_dir():
            return here
        raise


def ensure_claims_folder(repo: Repository) -> bool:
    """Create `claims/` when it is missing; True when it was created."""
    folder = repo.root / CLAIMS_DIR
    if folder.is_dir():
        return False
    try:
        folder.mkdir()
    except FileExistsError:
        raise WriteFailed("claims is a file, not a folder", Location(CLAIMS_DIR)) from None
    except OSError as err:
        raise WriteFailed(f"cannot create the folder: {err.strerror}", Location(CLAIMS_DIR + "/")) from None
    return True


def source_folder_entries(repo: Repository) -> list[tuple[str, bool]]:
    """Every name in `sources/` with whether it is a folder, so that nothing there is skipped silently."""
    folder = repo.root / SOURCES_DIR
    if not folder.is_dir():
        return []
    with os.scandir(folder) as entries:
        return sorted((e.name, e.is_dir()) for e in entries)


def read_first_line(repo: Repository, source_id: str) -> str:
    """The first line of `sources/<id>.txt` (read from its first 4 KiB; "" when unreadable: `check`
    reports unreadable sources on their own)."""
    try:
        path = repo.source_path(source_id)
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)  # a FIFO must not hang `check`
    except (OSError, InputError):
        return ""
    try:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            return ""
        head = read_bounded(descriptor, 4096)
    except OSError:
        return ""
    finally:
        os.close(descriptor)
    return head.decode("utf-8", errors="replace").lstrip("\ufeff").split("\n", 1)[0].rstrip("\r")


def existing_sources(repo: Repository) -> Iterator[tuple[str, str | None, str]]:
    """(id, url, text) of every article, for duplicate detection; a broken sidecar only loses its URL."""
    for source_id in repo.source_ids():
        try:
            source = repo.read_source(source_id)
            yield source_id, source.meta.url, source.text
        except InputError:
            try:
                yield source_id, None, repo._read_text(repo.source_path(source_id), "source")
            except InputError:
                continue


def read_input_file(path: Path, max_bytes: int) -> bytes:
    """The bytes of a file named on the command line (`factcheck add page.html`), bounded in size."""
    shown = str(path)
    if "\x00" in shown:
        raise MissingFile("a path cannot hold a NUL character", Location(repr(shown)))
    try:
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except FileNotFoundError:
        raise MissingFile("no such file", Location(shown)) from None
    except IsADirectoryError:
        raise MissingFile("is a folder, not a file", Location(shown)) from None
    except OSError as err:
        raise MissingFile(f"cannot be read ({err.strerror})", Location(shown)) from None
    if len(data) > max_bytes:
        raise TooLarge(f"the file is over the limit of {max_bytes:,} bytes (--max-bytes to raise it)", Location(shown))
    return data


def format_sidecar(meta: SourceMeta) -> str:
    """A source sidecar in a fixed field order, only the fields that say something."""
    import yaml

    data: dict[str, Any] = {}
    for field in SourceMeta.__struct_fields__:
        value = getattr(meta, field)
        if value is None or (field == "published_inferred" and not value) or (field == "countries" and not value):
            continue
        data[field] = value
    return yaml.dump(data, Dumper=yaml_dumper(), sort_keys=False, allow_unicode=True, default_flow_style=None,
                     width=1_000_000)


def write_new_source(repo: Repository, source_id: str, text: str, meta: SourceMeta) -> tuple[str, str]:
    """Write `sources/<id>.txt` and its sidecar, each atomically; neither may exist yet. If the second
    write fails or is interrupted the first is removed: an article is added whole or not at all."""
    from factcheck.errors import DuplicateSource

    text_path = repo.source_path(source_id)
    meta_path = text_path.with_suffix(".yaml")
    for path in (text_path, meta_path):
        if path.exists() or path.is_symlink():
            raise DuplicateSource(f"{repo.relative(path)} already exists; choose another --id",
                                  Location(repo.relative(path)))
    sidecar = format_sidecar(meta)
    repo.write_text(text_path, text)
    try:
        repo.write_text(meta_path, sidecar)
    except BaseException:
        with contextlib.suppress(OSError):
            text_path.unlink()
        raise
    return repo.relative(text_path), repo.relative(meta_path)


def make_repository(folder: Path, folders: list[str], files: dict[str, str]) -> list[tuple[str, bool]]:
    """Create what is missing of a repository under `folder`, and nothing else: (name, created) for each
    folder and file; an existing one is left exactly as it is."""
    if "\x00" in str(folder):
        raise WriteFailed("a path cannot hold a NUL character", Location(repr(str(folder))))
    done: list[tuple[str, bool]] = []
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise WriteFailed("is a file, not a folder", Location(str(folder))) from None
    except OSError as err:
        raise WriteFailed(f"cannot create the folder: {err.strerror}", Location(str(folder))) from None
    for name in folders:
        path = folder / name
        if path.is_dir():
            done.append((name + "/", False))
            continue
        try:
            path.mkdir(parents=True)
        except OSError as err:
            raise WriteFailed(f"cannot create the folder: {err.strerror or 'a file has that name'}",
                              Location(str(path))) from None
        done.append((name + "/", True))
    for name, text in files.items():
        path = folder / name
        if path.exists() or path.is_symlink():
            done.append((name, False))
            continue
        write_atomic(path, text.encode("utf-8"), str(path))
        done.append((name, True))
    return done
