"""The repository: its root, its folders, reading sources and claim files inside it, and its lock."""

from __future__ import annotations

import contextlib
import datetime
import os
import re
import stat
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import msgspec

from factcheck import canonical
from factcheck.dateline import date_line
from factcheck.document import ClaimDocument
from factcheck.errors import (
    ConfigError,
    InputError,
    Location,
    Locked,
    MissingFile,
    NoRoot,
    OutsideRoot,
    TooLarge,
    WriteFailed,
)
from factcheck.model import Claim, ClaimFile, Source, SourceMeta
from factcheck.store.documents import (
    dates_as_text,
    decode_text,
    format_claim_file,
    load_yaml,
    validated,
)
from factcheck.store.files import (
    HELD_LOCKS,
    MAX_FILE_BYTES,
    NOFOLLOW,
    Displaced,
    file_kind,
    folder_inside,
    read_bounded,
    settle,
    swap_in,
    write_atomic,
)
from factcheck.store.loading import bulk_allocation, claim_cache

if TYPE_CHECKING:
    from factcheck.store.cache import ClaimCache



CLAIMS_DIR = "claims"
SOURCES_DIR = "sources"
CONFIG_FILE = "factcheck.yaml"
_SOURCE_ID = re.compile(r"^[a-z0-9][a-z0-9._-]*$")
_TEMPORARY = re.compile(r"^\..+\.ya?ml\.[A-Za-z0-9_]+\.tmp$")




def find_root(explicit: Path | None = None, start: Path | None = None) -> Path:
    """`--root` when given, else the nearest ancestor of `start` (the working directory) holding
    both `claims/` and `sources/` (SPEC, 'Commands')."""
    if explicit is not None:
        if "\x00" in str(explicit):
            raise NoRoot(f"--root {str(explicit)!r}: a path cannot hold a NUL character")
        root = explicit.expanduser()
        if not root.is_dir():
            raise NoRoot(f"--root {explicit}: no such directory")
        if not (root / CLAIMS_DIR).is_dir() and not (root / SOURCES_DIR).is_dir():
            raise NoRoot(f"--root {explicit}: holds neither claims/ nor sources/")
        return root.resolve()
    here = (start or Path.cwd()).resolve()
    for candidate in (here, *here.parents):
        if (candidate / CLAIMS_DIR).is_dir() and (candidate / SOURCES_DIR).is_dir():
            return candidate
    raise NoRoot(f"no claims/ and sources/ in {here} or any parent directory; run `factcheck init` to make a "
                 "repository here, or pass --root DIR")


class Repository(msgspec.Struct, frozen=True):
    """A claims repository: `claims/` and `sources/` under one root."""

    root: Path

    # -- paths ------------------------------------------------------------------------------------
    def relative(self, path: Path) -> str:
        text, prefix = str(path), str(self.root) + os.sep
        if text.startswith(prefix):  # plain string work: pathlib's relative_to is slow across 100,000 files
            return text[len(prefix):].replace(os.sep, "/")
        return text

    def inside(self, relative: str, what: str = "path") -> Path:
        """Resolve `relative` under the root; refuse absolute paths, `..` and symlinks that lead out."""
        if not relative or "\x00" in relative:
            raise OutsideRoot(f"empty or invalid {what} {relative!r}")
        candidate = Path(relative)
        if candidate.is_absolute() or relative.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", relative):
            raise OutsideRoot(f"{what} {relative!r} is an absolute path; only paths inside the repository are read")
        if ".." in re.split(r"[\\/]", relative):
            raise OutsideRoot(f"{what} {relative!r} climbs out with '..'; only paths inside the repository are read")
        resolved = (self.root / candidate).resolve()
        if not resolved.is_relative_to(self.root):
            raise OutsideRoot(f"{what} {relative!r} leads outside the repository (through a symlink) to {resolved}")
        return resolved

    def source_path(self, source_id: str) -> Path:
        if not _SOURCE_ID.match(source_id):
            raise OutsideRoot(f"source id {source_id!r} is not a slug (a-z, 0-9, '.', '_', '-')")
        return self.inside(f"{SOURCES_DIR}/{source_id}.txt", "source")

    def claim_path(self, source_id: str) -> Path:
        if not _SOURCE_ID.match(source_id):
            raise OutsideRoot(f"source id {source_id!r} is not a slug (a-z, 0-9, '.', '_', '-')")
        return self.inside(f"{CLAIMS_DIR}/{source_id}.yaml", "claim file")

    # -- listing ----------------------------------------------------------------------------------
    def source_ids(self) -> list[str]:
        """Ids of the articles in `sources/` (one `<id>.txt` each), sorted."""
        folder = self.root / SOURCES_DIR
        if not folder.is_dir():
            return []
        return sorted(p.stem for p in folder.glob("*.txt") if _SOURCE_ID.match(p.stem))

    def claim_paths(self) -> list[Path]:
        """Every `claims/*.yaml` (and `.yml`), sorted; each is checked to stay inside the root when read."""
        folder = self.root / CLAIMS_DIR
        if not folder.is_dir():
            return []
        with os.scandir(folder) as entries:
            names = sorted(e.name for e in entries if e.name.endswith((".yaml", ".yml")) and not e.name.startswith("."))
        return [folder / name for name in names]

    # -- reading ----------------------------------------------------------------------------------
    def _read_bytes(self, path: Path, what: str) -> bytes:
        rel = self.relative(path)
        if not path.is_symlink() and folder_inside(str(path.parent), str(self.root)):
            resolved = path  # a plain file in a folder that is itself inside the root: no realpath needed
        else:
            resolved = path.resolve()
        if not resolved.is_relative_to(self.root):
            raise OutsideRoot(f"{what} leads outside the repository (through a symlink) to {resolved}", Location(rel))
        try:
            # O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused below, like a device
            descriptor = os.open(resolved, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC | getattr(os, "O_NOCTTY", 0))
            try:
                status = os.fstat(descriptor)
                if stat.S_ISDIR(status.st_mode):
                    raise IsADirectoryError
                if not stat.S_ISREG(status.st_mode):
                    raise InputError(f"{what} is not a regular file (a {file_kind(status.st_mode)}); only plain "
                                     "files are read", Location(rel))
                if status.st_size > MAX_FILE_BYTES:
                    raise TooLarge(f"{what} is {status.st_size / 2**20:.0f} MiB; the limit is "
                                   f"{MAX_FILE_BYTES // 2**20} MiB", Location(rel))
                data = read_bounded(descriptor, MAX_FILE_BYTES + 1)
            finally:
                os.close(descriptor)
            if len(data) > MAX_FILE_BYTES:  # it grew while being read
                raise TooLarge(f"{what} is over {MAX_FILE_BYTES // 2**20} MiB", Location(rel))
            return data
        except FileNotFoundError:
            raise MissingFile(f"{what} does not exist", Location(rel)) from None
        except IsADirectoryError:
            raise MissingFile(f"{what} is a directory, not a file", Location(rel)) from None
        except PermissionError:
            raise MissingFile(f"{what} cannot be read (permission denied)", Location(rel)) from None

    def _read_text(self, path: Path, what: str) -> str:
        return decode_text(self._read_bytes(path, what), self.relative(path), what, bom=False)

    def read_source(self, source_id: str) -> Source:
        """The article `sources/<id>.txt` with its sidecar; the sidecar's `published` wins over the date line."""
        path = self.source_path(source_id)
        text = self._read_text(path, "source")
        meta = self._read_sidecar(path.with_suffix(".yaml"))
        if meta.published is None:
            published = date_line(text).published
            if published:
                meta = msgspec.structs.replace(meta, published=published)
        return Source(id=source_id, text=text, meta=meta, path=self.relative(path))

    def source_metas(self, source_ids: Iterable[str]) -> dict[str, SourceMeta]:
        """Sidecars for display: a source that cannot be read is left out, not an error (check reports it)."""
        metas = {}
        for source_id in source_ids:
            try:
                metas[source_id] = self.read_source(source_id).meta
            except InputError:
                continue
        return metas

    def _read_sidecar(self, path: Path) -> SourceMeta:
        if not path.exists() and not path.is_symlink():
            return SourceMeta()
        rel = self.relative(path)
        text = self._read_text(path, "source sidecar")
        data = canonical.load(text)
        if data is None:
            data = load_yaml(text, rel)
        if isinstance(data, dict) and isinstance(data.get("published"), (datetime.date, datetime.datetime)):
            data["published"] = data["published"].strftime("%Y-%m-%d")  # YAML reads 2023-08-21 as a date
        try:
            return msgspec.convert(data if data is not None else {}, SourceMeta)
        except msgspec.ValidationError as err:
            raise InputError(f"invalid source sidecar: {err}", Location(rel)) from None

    def read_document(self, path: Path, cache: ClaimCache | None = None) -> ClaimDocument:
        """A claim file parsed safely (no Python tags, no aliases), ready for validation. With a cache,
        a file whose size and BLAKE2b digest match its entry comes back already validated."""
        return self._document(path, self._read_bytes(path, "claim file"), cache)

    def _document(self, path: Path, raw: bytes, cache: ClaimCache | None = None) -> ClaimDocument:
        rel = self.relative(path)
        if cache is not None:
            cached = cache.get(path, raw)
            if cached is not None:
                return ClaimDocument.cached(rel, raw, cached)
        text = decode_text(raw, rel)
        data = canonical.load(text)
        if data is None:
            data = dates_as_text(load_yaml(text, rel))
        return ClaimDocument(path=rel, text=text, data=data)

    def read_documents(self, use_cache: bool = True) -> tuple[list[ClaimDocument], list[InputError]]:
        """Every claim file as a document (cached ones already validated), and the files that could not
        be read at all, for `check` to report one by one. Schema-valid files fill the cache."""
        from factcheck.checks import validate_claim_file

        documents: list[ClaimDocument] = []
        errors: list[InputError] = []
        with claim_cache(self, use_cache) as cache, bulk_allocation():
            for path in self.claim_paths():
                try:
                    document = self.read_document(path, cache)
                except InputError as err:
                    errors.append(err)
                    continue
                if cache is not None and document.validated is None:
                    claim_file, problems = validate_claim_file(document)
                    if claim_file is not None:
                        cache.put(path, claim_file)
                documents.append(document)
        return documents, errors

    def read_claim_file(self, source_id: str) -> tuple[ClaimFile | None, bytes | None]:
        """The claim file of a source, validated, with the bytes it was read from (None, None when there
        is none yet). A file that does not pass the schema is an `InvalidRecord`: extraction must not
        overwrite what it cannot read."""
        path = self.claim_path(source_id)
        if not path.exists() and not path.is_symlink():
            return None, None
        raw = self._read_bytes(path, "claim file")
        return validated(self._document(path, raw)), raw  # parsed from the very bytes the swap compares

    def write_claim_file(self, claim_file: ClaimFile, expected: bytes | None,
                         displaced: list[Displaced] | None = None) -> bool:
        """Write `claims/<source>.yaml` in the canonical layout, as a compare-and-swap that holds up to the
        rename: if the file no longer holds `expected` (someone saved it since it was read), write nothing
        and return False, so the caller reads and merges again. See `swap_in` for the protocol.

        With `displaced`, the replaced file is kept (hidden) and added to the list, for `settle` to check
        once more at the end of the run; without it, it is checked and removed at once."""
        path = self.claim_path(claim_file.source)
        pending: list[Displaced] = [] if displaced is None else displaced
        written = swap_in(path, format_claim_file(claim_file).encode("utf-8"), expected, self.relative(path), pending)
        if displaced is None and settle(pending):
            return False  # a late save in place was put back: the caller reads and merges again
        return written

    def write_decisions(self, source_id: str, decided: dict[str, Claim], lock: bool = True) -> ClaimFile:
        """Replace records of `claims/<source>.yaml` by id with a person's decisions, atomically, at once
        (one fsynced rename per call: a crash after it loses nothing). Under the repository's write lock,
        and compare-and-swap against an editor saving the file meanwhile; other records are untouched."""
        from factcheck.errors import ChangedOnDisk, InvalidRecord

        with self.lock("extract") if lock else contextlib.nullcontext():
            for _ in range(3):
                existing, raw = self.read_claim_file(source_id)
                if existing is None:
                    raise MissingFile("the claim file does not exist", Location(f"{CLAIMS_DIR}/{source_id}.yaml"))
                missing = set(decided) - {c.id for c in existing.claims}
                if missing:
                    raise InvalidRecord(f"no claim {sorted(missing)[0]!r} in this file any more",
                                        Location(f"{CLAIMS_DIR}/{source_id}.yaml"))
                updated = ClaimFile(source=existing.source, claims=[decided.get(c.id, c) for c in existing.claims])
                if self.write_claim_file(updated, expected=raw):
                    return updated
        raise ChangedOnDisk("the claim file kept changing while the decision was being written; try again",
                            Location(f"{CLAIMS_DIR}/{source_id}.yaml"))

    def ensure_schema(self, text: str) -> bool:
        """Publish the claim-file JSON Schema at `schema/claims.schema.json` for editors, if missing
        (never through a `schema/` that leads outside the root)."""
        path = self.own_folder("schema") / "claims.schema.json"
        if os.path.lexists(path):
            return False
        self.write_text(path, text)
        return True

    def own_folder(self, name: str, create: bool = True) -> Path:
        """A folder the tool writes in (`schema/`, `.factcheck-cache/`, `claims/`), created if missing and
        `create`, resolved: `OutsideRoot` when a symlink leads it out of the root, so that nothing is ever
        created, written or deleted outside (the root rule covers every path written, not only read)."""
        folder = self.root / name
        if create and not os.path.lexists(folder):
            try:
                folder.mkdir()
            except FileExistsError:
                pass
            except OSError as err:
                raise WriteFailed(f"cannot create the folder: {err.strerror}", Location(f"{name}/")) from None
        resolved = folder.resolve()
        if resolved != folder and not resolved.is_relative_to(self.root):
            raise OutsideRoot(f"leads outside the repository (through a symlink) to {resolved}; nothing is "
                              "written there", Location(f"{name}/"))
        if not resolved.is_dir():
            raise WriteFailed("is not a folder", Location(f"{name}/"))
        return resolved

    def read_config(self) -> dict[str, Any]:
        """`factcheck.yaml` at the root (optional): repository settings such as tolerance overrides."""
        path = self.root / CONFIG_FILE
        if not path.exists():
            return {}
        data = load_yaml(self._read_text(path, "configuration"), CONFIG_FILE)
        if data is None:
            return {}
        if not isinstance(data, dict):
            raise ConfigError("must be a mapping (e.g. `tolerance: {reading: strict}`)", Location(CONFIG_FILE))
        return data

    # -- writing ----------------------------------------------------------------------------------
    @contextlib.contextmanager
    def lock(self, name: str, timeout: float = 120.0) -> Iterator[None]:
        """Hold an OS lock (flock) on the repository's root folder while writing: a second `extract` on
        the same repository waits for the first instead of interleaving with it. It creates no file (so
        `--no-cache` and a read-only checkout work), the OS releases it even when the process is killed,
        and forked children close it at once (`_close_locks_in_child`), so a worker never holds it. Where
        the file system or the platform has no flock, writes are still atomic and compare-and-swap."""
        try:
            import fcntl
        except ImportError:  # pragma: no cover - Windows
            yield
            return
        try:
            descriptor = os.open(self.root, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | os.O_CLOEXEC)
        except OSError as err:
            raise WriteFailed(f"cannot open the repository folder to lock it: {err.strerror}", Location(".")) from None
        HELD_LOCKS.add(descriptor)
        try:
            deadline = time.monotonic() + timeout
            while True:
                try:
                    fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() > deadline:
                        raise Locked(f"another factcheck {name} has held the repository's lock for {timeout:.0f} s",
                                     Location(".")) from None
                    time.sleep(0.05)
                except OSError:  # no flock here (some network file systems): atomic writes only
                    break
            yield
        finally:
            HELD_LOCKS.discard(descriptor)
            os.close(descriptor)

    def cache_dir(self) -> Path:
        """`.factcheck-cache/` at the root: safe to delete, and ignored by git through its own .gitignore
        (created only if nothing, not even a dangling symlink, has that name). `OutsideRoot` if it leads
        out of the root; callers treat that as no cache."""
        folder = self.own_folder(".factcheck-cache")
        try:
            descriptor = os.open(folder / ".gitignore", os.O_WRONLY | os.O_CREAT | os.O_EXCL | NOFOLLOW | os.O_CLOEXEC,
                                 0o644)
        except FileExistsError:
            return folder
        except OSError:
            return folder  # a read-only checkout: the cache is only read
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            handle.write("# created by factcheck: everything here can be deleted at any time\n*\n")
        return folder

    def remove_stale_temporaries(self) -> int:
        """Delete temporary files a killed run left in claims/ (`.<file>.yaml.<random>.tmp`); call under
        the lock, when no write can be in flight. Never in a claims/ that leads outside the root."""
        removed = 0
        if not os.path.isdir(self.root / CLAIMS_DIR):
            return 0
        folder = self.own_folder(CLAIMS_DIR, create=False)
        for path in folder.glob(".*.tmp"):
            if _TEMPORARY.match(path.name) and path.is_file() and not path.is_symlink():
                with contextlib.suppress(OSError):  # a read-only checkout: left for a later run
                    path.unlink()
                    removed += 1
        return removed

    def write_text(self, path: Path, text: str) -> None:
        """Write atomically (see `write_atomic`), naming the file relative to the root on failure."""
        write_atomic(path, text.encode("utf-8"), self.relative(path))
