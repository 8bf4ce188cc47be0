"""The only module that touches the user's files: find the root, read sources and claim files safely,
write claim files atomically. Every path it opens is resolved and must stay inside the root.
"""

from __future__ import annotations

import contextlib
import datetime
import functools
import os
import re
import stat
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import msgspec

from factcheck import canonical, interrupts
from factcheck.dateline import date_line
from factcheck.document import ClaimDocument, has_shared_containers, yaml_dumper, yaml_loader
from factcheck.errors import (
    BrokenYaml,
    ConfigError,
    FactcheckError,
    InputError,
    Location,
    Locked,
    MissingFile,
    NoRoot,
    NotUtf8,
    OutsideRoot,
    TooLarge,
    WriteFailed,
)
from factcheck.model import Claim, ClaimFile, Source, SourceMeta

T = TypeVar("T")
CLAIMS_DIR = "claims"
SOURCES_DIR = "sources"
CONFIG_FILE = "factcheck.yaml"
MAX_FILE_BYTES = 64 * 1024 * 1024  # a claim file or article above this is refused, not read
_SOURCE_ID = re.compile(r"^[a-z0-9][a-z0-9._-]*$")
_TEMPORARY = re.compile(r"^\..+\.ya?ml\.[A-Za-z0-9_]+\.tmp$")
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


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
        if not path.is_symlink() and _folder_inside(str(path.parent), str(self.root)):
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
                    raise InputError(f"{what} is not a regular file (a {_file_kind(status.st_mode)}); only plain "
                                     "files are read", Location(rel))
                if status.st_size > MAX_FILE_BYTES:
                    raise TooLarge(f"{what} is {status.st_size / 2**20:.0f} MiB; the limit is "
                                   f"{MAX_FILE_BYTES // 2**20} MiB", Location(rel))
                data = _read_bounded(descriptor, MAX_FILE_BYTES + 1)
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
        return _decode(self._read_bytes(path, what), self.relative(path), what, bom=False)

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
            data = _load_yaml(text, rel)
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
        text = _decode(raw, rel)
        data = canonical.load(text)
        if data is None:
            data = _dates_as_text(_load_yaml(text, rel))
        return ClaimDocument(path=rel, text=text, data=data)

    def read_documents(self, use_cache: bool = True) -> tuple[list[ClaimDocument], list[InputError]]:
        """Every claim file as a document (cached ones already validated), and the files that could not
        be read at all, for `check` to report one by one. Schema-valid files fill the cache."""
        from factcheck.checks import validate_claim_file

        documents: list[ClaimDocument] = []
        errors: list[InputError] = []
        with _cache(self, use_cache) as cache, _bulk_allocation():
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
        return _validated(self._document(path, raw)), raw  # parsed from the very bytes the swap compares

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
        data = _load_yaml(self._read_text(path, "configuration"), CONFIG_FILE)
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
        _HELD_LOCKS.add(descriptor)
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
            _HELD_LOCKS.discard(descriptor)
            os.close(descriptor)

    def cache_dir(self) -> Path:
        """`.factcheck-cache/` at the root: safe to delete, and ignored by git through its own .gitignore
        (created only if nothing, not even a dangling symlink, has that name). `OutsideRoot` if it leads
        out of the root; callers treat that as no cache."""
        folder = self.own_folder(".factcheck-cache")
        try:
            descriptor = os.open(folder / ".gitignore", os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | os.O_CLOEXEC,
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


_HELD_LOCKS: set[int] = set()  # descriptors of the repository locks this process holds


def _close_locks_in_child() -> None:
    """In a forked child: close the parent's locks, so that a worker (or anything forked) never keeps
    the repository locked after its parent died (flock belongs to the open file, shared across fork)."""
    for descriptor in list(_HELD_LOCKS):
        with contextlib.suppress(OSError):
            os.close(descriptor)
    _HELD_LOCKS.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_close_locks_in_child)


def write_atomic(path: Path, data: bytes, shown: str) -> None:
    """Temporary file in the same directory, flush, fsync, rename: an interrupted run leaves either the
    old file or the new one, never half of one. `shown` names the file in an error."""
    temporary: str | None = _write_temporary(path, data, shown)[0]
    try:
        with interrupts.deferred:  # renamed and its folder synced, or not renamed and removed
            os.replace(temporary, path)  # type: ignore[arg-type]
            temporary = None
            _fsync_directory(path.parent)
    except OSError as err:
        raise WriteFailed(f"cannot write: {err.strerror}", Location(shown)) from None
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)


def _write_temporary(path: Path, data: bytes, shown: str) -> tuple[str, int]:
    """`data` in a new hidden file beside `path` (`.<name>.<random>.tmp`), flushed and fsynced, with the
    permissions `path` has (or would get); returns its name and inode number."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as err:
        raise WriteFailed(f"cannot write: {err.strerror}", Location(shown)) from None
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fchmod(handle.fileno(), _mode_for(path))
            os.fsync(handle.fileno())
            inode = os.fstat(handle.fileno()).st_ino
    except BaseException as err:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(err, OSError):
            raise WriteFailed(f"cannot write: {err.strerror}", Location(shown)) from None
        raise
    return temporary, inode


# -- compare-and-swap of a person's file ------------------------------------------------------------
class Displaced(msgspec.Struct):
    """A claim file that `swap_in` replaced, kept under a hidden name until `settle` checks it again."""

    path: str  # where the replaced file is now
    target: Path  # the claim file
    expected: tuple[int, bytes]  # inode and bytes it held when it was replaced
    ours: tuple[int, bytes]  # inode and bytes put in its place
    shown: str


def swap_in(path: Path, data: bytes, expected: bytes | None, shown: str, displaced: list[Displaced]) -> bool:
    """Replace `path` with `data` only if it still holds `expected` (None: only if it does not exist).

    A plain check-then-rename loses a save that lands between the check and the rename (an editor saving
    while `extract` runs). Here the new file is written and synced first; then, inside a deferred zone:

    1. a file to create is hard-linked into place, which fails if someone created it meanwhile;
    2. else the current file is read, and must hold `expected` (a cheap early answer);
    3. the new file and the current one are exchanged atomically (Linux `renameat2(RENAME_EXCHANGE)`),
       so the replaced file is still there, under the temporary name, and can be looked at: if it is
       not what step 2 read (same inode, same bytes), a save landed between 2 and 3 (by rename: another
       inode; in place: other bytes), and it is exchanged back (`_reconcile`), then False is returned;
    4. the replaced file is kept for `settle`, which looks at it once more at the end of the run: a save
       in place that opened the file before step 3 and wrote after it landed in that file, and is put
       back then.

    What remains (README, design notes): an editor that keeps a file open and writes into it long after
    opening it, beyond the end of the run; and where the exchange is unsupported (not Linux, some network
    file systems), the microseconds between step 2 and a plain rename."""
    temporary, inode = _write_temporary(path, data, shown)
    keep = touched = False
    try:
        with interrupts.deferred:
            if expected is None:
                touched = _create(temporary, path)
                return touched
            lease = _Lease(path)
            try:
                current = _snapshot(path)
                if current is None or current[1] != expected or not lease.holds(current[0]):
                    return False
                touched = True
                if not _exchange(temporary, path):
                    os.replace(temporary, path)
                    temporary = ""
                    return True
                if lease.broken():  # a writer opened the file before the exchange: it waits on the lease
                    _exchange(temporary, path)  # put its file back, so that its write lands in place
                    return False
            finally:
                lease.release()
            if _reconcile(temporary, path, current, (inode, data), shown):
                return False
            displaced.append(Displaced(temporary, path, current, (inode, data), shown))
            keep = True
            return True
    except OSError as err:
        raise WriteFailed(f"cannot write: {err.strerror}", Location(shown)) from None
    finally:
        if temporary and not keep:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
        if touched:
            _fsync_directory(path.parent)


class _Lease:
    """A read lease on a file (Linux `F_SETLEASE`): while it is held, a process opening the file for
    writing (an editor saving in place) waits, and the lease shows it as broken. That closes the window
    between checking a file and exchanging it: a save in place that opened the file before the exchange
    is seen, the file is put back, and the save lands in it. Where leases are unavailable (another
    platform, a file of another user without CAP_LEASE, some file systems), `settle` is the only guard."""

    def __init__(self, path: Path) -> None:
        self.descriptor: int | None = None
        import fcntl

        if not hasattr(fcntl, "F_SETLEASE"):
            return
        try:
            descriptor = os.open(path, os.O_RDONLY | _NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
        except OSError:
            return
        try:
            _ignore_lease_signal()
            fcntl.fcntl(descriptor, fcntl.F_SETLEASE, fcntl.F_RDLCK)
        except (OSError, ValueError):
            os.close(descriptor)
            return
        self.descriptor = descriptor

    def holds(self, inode: int) -> bool:
        """Whether the lease is on this inode (True without a lease: nothing more to check)."""
        return self.descriptor is None or os.fstat(self.descriptor).st_ino == inode

    def broken(self) -> bool:
        if self.descriptor is None:
            return False
        import fcntl

        return bool(fcntl.fcntl(self.descriptor, fcntl.F_GETLEASE) == fcntl.F_UNLCK)

    def release(self) -> None:
        if self.descriptor is None:
            return
        import fcntl

        with contextlib.suppress(OSError):
            fcntl.fcntl(self.descriptor, fcntl.F_SETLEASE, fcntl.F_UNLCK)
        os.close(self.descriptor)
        self.descriptor = None


def _ignore_lease_signal() -> None:
    """A broken lease sends SIGIO, whose default action ends the process; the lease is polled instead."""
    import signal
    import threading

    if threading.current_thread() is threading.main_thread() and signal.getsignal(signal.SIGIO) != signal.SIG_IGN:
        signal.signal(signal.SIGIO, signal.SIG_IGN)


def settle(displaced: list[Displaced]) -> list[Path]:
    """Look once more at the files `swap_in` replaced: one that changed since (a save in place that
    raced with the swap) is put back in place of ours, unless the file was saved again since. Returns
    the claim files put back, for the caller to merge again. Removes every kept file."""
    restored: list[Path] = []
    with interrupts.deferred:
        for entry in displaced:
            try:
                found = _snapshot(entry.path)
                if found is not None and found != entry.expected and _snapshot(entry.target) == entry.ours \
                        and _exchange(entry.path, entry.target):
                    restored.append(entry.target)  # the late save is back in place; check what came out
                    _reconcile(entry.path, entry.target, entry.ours, found, entry.shown)
            except (OSError, FactcheckError):
                pass  # nothing more can be done for it; the file in place is complete either way
            finally:
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)
        displaced.clear()
    return restored


def _reconcile(slot: str, path: Path, replaced: tuple[int, bytes], put: tuple[int, bytes], shown: str) -> bool:
    """After exchanging `slot` and `path`, `slot` holds what `path` held: `replaced`, if nobody saved in
    between. If it holds anything else, that is a person's newer save: exchange it back, and check what
    that exchange replaced in turn, until what comes out is stale. True when a save was put back."""
    from factcheck.errors import ChangedOnDisk

    restored = False
    for _ in range(1000):
        found = _snapshot(slot)
        if found is None or found == replaced:
            return restored
        if not _exchange(slot, path):
            raise ChangedOnDisk("the claim file changed while it was being written and could not be put back; "
                                f"its newer version is kept as {Path(slot).name}", Location(shown))
        restored = True
        replaced, put = put, found
    raise ChangedOnDisk("the claim file kept changing while extract was writing it; run again", Location(shown))


def _create(temporary: str, path: Path) -> bool:
    """Put `temporary` at `path` only if nothing is there (a hard link cannot replace a file)."""
    try:
        os.link(temporary, path)
        return True
    except FileExistsError:
        return False
    except OSError:  # no hard links on this file system: check, then rename
        if os.path.lexists(path):
            return False
        os.replace(temporary, path)
        return True


def _snapshot(path: str | Path) -> tuple[int, bytes] | None:
    """(inode, bytes) of a regular file, without following a symlink or blocking on a FIFO; None if absent."""
    try:
        descriptor = os.open(path, os.O_RDONLY | _NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
    except FileNotFoundError:
        return None
    try:
        status = os.fstat(descriptor)
        if not stat.S_ISREG(status.st_mode):
            return (status.st_ino, b"")
        return (status.st_ino, _read_bounded(descriptor, MAX_FILE_BYTES + 1))
    finally:
        os.close(descriptor)


def _file_kind(mode: int) -> str:
    for test, name in ((stat.S_ISFIFO, "FIFO"), (stat.S_ISCHR, "character device"), (stat.S_ISBLK, "block device"),
                       (stat.S_ISSOCK, "socket")):
        if test(mode):
            return name
    return "special file"


def read_regular(path: Path, limit: int) -> bytes | None:
    """A file of ours (a cache entry): its bytes if it is a plain file, not a symlink, at most `limit`
    bytes long; else None. Never blocks (a FIFO), never follows a link (to /dev/zero), never reads more."""
    try:
        descriptor = os.open(path, os.O_RDONLY | _NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError:
        return None
    try:
        status = os.fstat(descriptor)
        if not stat.S_ISREG(status.st_mode) or status.st_size > limit:
            return None
        data = _read_bounded(descriptor, limit + 1)
        return data if len(data) <= limit else None
    except OSError:
        return None
    finally:
        os.close(descriptor)


def _read_bounded(descriptor: int, limit: int) -> bytes:
    """At most `limit` bytes from an open file."""
    chunks: list[bytes] = []
    total = 0
    while total < limit:
        chunk = os.read(descriptor, min(1 << 20, limit - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    return b"".join(chunks)


_RENAME_EXCHANGE = 2
_AT_FDCWD = -100
_exchange_state: list[Any] = []  # [renameat2] once loaded, [None] where there is none


def _exchange(first: str | Path, second: str | Path) -> bool:
    """Swap two paths atomically (Linux renameat2 RENAME_EXCHANGE). False where it is not supported."""
    if not _exchange_state:
        _exchange_state.append(_load_renameat2())
    function = _exchange_state[0]
    if function is None:
        return False
    import ctypes
    import errno

    if function(_AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second), _RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP, errno.ENOTSUP):
        return False  # this file system cannot exchange: the caller renames
    raise OSError(code, os.strerror(code), str(second))


def _load_renameat2() -> Any:
    import sys

    if not sys.platform.startswith("linux"):
        return None
    try:
        import ctypes

        function = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):  # glibc before 2.28, or another libc
        return None
    function.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    function.restype = ctypes.c_int
    return function


def _mode_for(path: Path) -> int:
    """The replaced file's permissions, or what the umask gives a new file (mkstemp's 0600 would
    otherwise make every rewritten claim file private)."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        mask = os.umask(0o022)
        os.umask(mask)
        return 0o666 & ~mask


def write_output(path: Path, data: bytes) -> None:
    """A file the user asked for (a chart image), written atomically wherever they said."""
    if "\x00" in str(path):
        raise WriteFailed("a path cannot hold a NUL character", Location(repr(str(path))))
    write_atomic(path, data, str(path))


@functools.lru_cache(maxsize=64)
def _folder_inside(folder: str, root: str) -> bool:
    """Whether a folder, symlinks resolved, lies inside the root (asked once per folder and run)."""
    return Path(folder).resolve().is_relative_to(root)


def _fsync_directory(folder: Path) -> None:
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:  # pragma: no cover - platforms without directory fds
        return
    try:
        os.fsync(descriptor)
    except OSError:  # pragma: no cover
        pass
    finally:
        os.close(descriptor)


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


def _load_yaml(text: str, rel: str) -> Any:
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


PARALLEL_FILES = 2000  # fewer claim files than this parse faster in one process than a pool starts


def load_claim_files(repo: Repository, use_cache: bool = True, jobs: int = 1) -> list[ClaimFile]:
    """Every claim file, validated against the schema; the first invalid one stops the command with a
    located `InvalidRecord` (run `factcheck check` to see them all). Duplicate ids stop it too.

    Files the cache holds come from it; with `jobs` > 1 and many files to parse, `jobs` processes parse
    contiguous slices of them (parsing is most of a cold run); the result is the same."""
    from factcheck.errors import InvalidRecord

    paths = repo.claim_paths()
    with _cache(repo, use_cache) as cache:
        files = _load_paths(repo, paths, cache, jobs)
    seen: dict[str, int] = {}
    for number, claim_file in enumerate(files):
        for index, claim in enumerate(claim_file.claims):
            first = seen.setdefault(claim.id, number)
            if first != number or any(c.id == claim.id for c in claim_file.claims[:index]):
                document = repo.read_document(paths[number], None)
                line, column = document.locate(("claims", index, "id"))
                raise InvalidRecord(f"duplicate-id: id {claim.id!r} is used twice (also in "
                                    f"{repo.relative(paths[first])})", Location(document.path, line, column, claim.id))
    return files


@contextlib.contextmanager
def _cache(repo: Repository, use_cache: bool) -> Iterator[ClaimCache | None]:
    """The claim cache for one run, saved when the run ends, also when a bad file stopped it (what was
    read stays cached); not when it was interrupted (exit at once)."""
    cache = ClaimCache(repo) if use_cache else None
    try:
        yield cache
    except Exception:
        if cache is not None:
            cache.save(complete=False)
        raise
    if cache is not None:
        cache.save()


def _load_paths(repo: Repository, paths: list[Path], cache: ClaimCache | None, jobs: int) -> list[ClaimFile]:
    files: list[ClaimFile | None] = [None] * len(paths)
    misses: dict[int, bytes] = {}  # index -> the file's bytes, to parse
    with _bulk_allocation():
        for index, path in enumerate(paths):
            raw = repo._read_bytes(path, "claim file")
            files[index] = cache.get(path, raw) if cache is not None else None
            if files[index] is None:
                misses[index] = raw
        if jobs > 1 and len(misses) >= PARALLEL_FILES and _can_fork():
            decoder = msgspec.msgpack.Decoder(ClaimFile)
            for index, encoded in _parse_in_processes(repo, paths, misses, jobs):
                files[index] = decoder.decode(encoded)
                if cache is not None:
                    cache.put_encoded(paths[index], bytes(encoded))
        else:
            for index, raw in misses.items():
                files[index] = claim_file = _parsed(repo, paths[index], raw)
                if cache is not None:
                    cache.put(paths[index], claim_file)
    return files  # type: ignore[return-value]  # every index was filled


def _parsed(repo: Repository, path: Path, raw: bytes) -> ClaimFile:
    """A claim file's bytes, parsed and validated (`InvalidRecord` when they do not pass the schema)."""
    return _validated(repo._document(path, raw))


def _can_fork() -> bool:
    """Worker processes are forked (they inherit the loaded modules, so they start in milliseconds);
    where fork is not the safe default (macOS, Windows) everything runs in one process."""
    from factcheck.workers import can_fork

    return can_fork()


def _parse_in_processes(repo: Repository, paths: list[Path], misses: dict[int, bytes],
                        jobs: int) -> Iterator[tuple[int, msgspec.Raw]]:
    """(index, encoded ClaimFile) of every file in `misses`, parsed by forked workers, which inherit the
    bytes; msgpack carries each file back (faster than pickle), and the cache keeps it as it came."""
    from factcheck.workers import fork_map

    order = list(misses)
    size = -(-len(order) // (jobs * 4))  # a few slices per worker, so one slow slice does not idle the rest
    slices = [order[i:i + size] for i in range(0, len(order), size)]

    def parse_slice(number: int) -> bytes:
        return msgspec.msgpack.encode([_parsed(repo, paths[i], misses[i]) for i in slices[number]])

    decoder = msgspec.msgpack.Decoder(list[msgspec.Raw])
    for indices, blob in zip(slices, fork_map(parse_slice, len(slices), jobs), strict=True):
        yield from zip(indices, decoder.decode(blob), strict=True)


@contextlib.contextmanager
def _bulk_allocation() -> Iterator[None]:
    """Pause the cyclic garbage collector while loading: 100,000 records allocate a few million
    objects and no cycles, and the collector's passes over them were a third of the load time."""
    import gc

    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class _PackEntry(msgspec.Struct, array_like=True):
    size: int
    digest: bytes  # BLAKE2b-128 of the file's bytes
    claims: msgspec.Raw  # the encoded ClaimFile, decoded only when its file is asked for


class _Pack(msgspec.Struct, array_like=True):
    version: str
    entries: dict[str, _PackEntry]  # by claim file name


def content_digest(raw: bytes) -> bytes:
    """BLAKE2b (16 bytes) of a file's content: the cache key. Size, mtime and CRC-32 were trusted before,
    and an edit that kept the size and the CRC and restored the mtime was served stale."""
    return _blake2b()(raw, digest_size=16).digest()


def _blake2b() -> Any:
    """hashlib's BLAKE2b, from its own module: `import hashlib` loads OpenSSL (8 ms of start-up), which
    BLAKE2 does not need."""
    try:
        from _blake2 import blake2b
    except ImportError:  # pragma: no cover - an interpreter without the builtin module
        from hashlib import blake2b
    return blake2b


PACK_NAME = "claims.msgpack"
MAX_PACK_BYTES = 16 * MAX_FILE_BYTES  # a pack is every claim file parsed: 42 MB for 100,000 claims
_CACHE_TEMPORARY = re.compile(r"^\..+\.msgpack\.[A-Za-z0-9_]+\.tmp$")
_STALE_SECONDS = 3600  # a temporary pack this old was left by a killed run, not one writing now


class ClaimCache:
    """Parsed and validated claim files, in one pack file `.factcheck-cache/claims.msgpack`.

    An entry is used only when the file's size and the BLAKE2b digest of its bytes match, so the cache is
    never trusted over the files (whatever their mtime), and it is safe to delete at any time. The pack
    is read once and written once per run, only when something changed, atomically (temporary file and
    rename): one file per claim file cost 2.5-5 s of kernel time on 5,000 files, more than parsing them.
    Concurrent runs cannot corrupt it (the last one to finish wins); anything that cannot be read or
    written is a miss (a read-only checkout works, only slower).
    """

    def __init__(self, repo: Repository) -> None:
        from factcheck import __version__

        self.repo = repo
        self.version = f"3/{__version__}"
        self.decoder = msgspec.msgpack.Decoder(ClaimFile)
        self.encoder = msgspec.msgpack.Encoder()
        self._stored = self._read_pack()
        self._kept: dict[str, _PackEntry] = {}  # what the next pack holds: hits and fresh entries
        self._keys: dict[str, tuple[int, bytes]] = {}  # every file asked for this run
        self._fresh = False

    def _read_pack(self) -> dict[str, _PackEntry]:
        try:
            folder = self.repo.own_folder(".factcheck-cache", create=False)
        except FactcheckError:  # none yet, or leading outside the root: no cache
            return {}
        blob = read_regular(folder / PACK_NAME, MAX_PACK_BYTES)
        if blob is None:
            return {}
        try:
            pack = msgspec.msgpack.decode(blob, type=_Pack)
        except (msgspec.DecodeError, msgspec.ValidationError):
            return {}
        return pack.entries if pack.version == self.version else {}

    def get(self, path: Path, raw: bytes) -> ClaimFile | None:
        """The cached claim file for these bytes, or None (a miss)."""
        key = (len(raw), content_digest(raw))
        self._keys[path.name] = key
        entry = self._stored.get(path.name)
        if entry is None or (entry.size, entry.digest) != key:
            return None
        try:
            claim_file = self.decoder.decode(entry.claims)
        except (msgspec.DecodeError, msgspec.ValidationError):
            return None
        self._kept[path.name] = entry
        return claim_file

    def put(self, path: Path, claim_file: ClaimFile) -> None:
        """Remember a freshly validated file (written with the pack by `save`)."""
        self.put_encoded(path, self.encoder.encode(claim_file))

    def put_encoded(self, path: Path, encoded: bytes) -> None:
        """`put` for a claim file already encoded (by a worker process)."""
        key = self._keys.get(path.name)
        if key is not None:
            self._kept[path.name] = _PackEntry(*key, msgspec.Raw(encoded))
            self._fresh = True

    def save(self, complete: bool = True) -> None:
        """Write the pack if anything changed (best effort: a failure only costs speed next time). After a
        `complete` run it holds exactly the files seen; after a run stopped early, also the stored entries
        of the files it did not reach."""
        entries = dict(self._kept)
        if not complete:
            entries = {**{n: e for n, e in self._stored.items() if n not in self._keys}, **entries}
        if not self._fresh and entries.keys() == self._stored.keys():
            return
        try:
            folder = self.repo.cache_dir()
        except FactcheckError:  # read-only, or leading outside the root
            return
        _write_cache_file(folder, PACK_NAME, msgspec.msgpack.encode(_Pack(self.version, entries)))
        _remove_leftovers(folder)
        self._stored, self._fresh = entries, False


def _write_cache_file(folder: Path, name: str, blob: bytes) -> None:
    """Replace `folder/name` atomically (temporary file and rename); best effort: a cache that cannot be
    written only costs speed. An interrupt leaves the old file, never a temporary."""
    temporary = None
    try:
        descriptor, temporary = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(blob)
        os.replace(temporary, folder / name)
        temporary = None
    except OSError:
        return
    finally:
        if temporary is not None:
            with interrupts.deferred, contextlib.suppress(OSError):
                os.unlink(temporary)


def _remove_leftovers(folder: Path) -> None:
    """Delete what older runs left in the cache: temporaries of a run killed while writing (an hour old,
    so never one being written now), and the one-file-per-claim-file entries of factcheck before the pack."""
    now = time.time()
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            if _CACHE_TEMPORARY.match(entry.name) and entry.is_file(follow_symlinks=False) \
                    and now - entry.stat(follow_symlinks=False).st_mtime > _STALE_SECONDS:
                os.unlink(entry.path)
    legacy = folder / "claims"
    if legacy.is_dir() and not legacy.is_symlink():
        with contextlib.suppress(OSError):
            for entry in os.scandir(legacy):
                if entry.name.endswith((".msgpack", ".tmp")) and entry.is_file(follow_symlinks=False):
                    os.unlink(entry.path)
            legacy.rmdir()


def _decode(raw: bytes, rel: str, what: str = "claim file", bom: bool = True) -> str:
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


def _dates_as_text(data: Any) -> Any:
    """A hand-written `reviewed_at: 2026-12-01` is a date to YAML 1.1 (libyaml builds a `datetime.date`);
    the record keeps days as YYYY-MM-DD text, so it is read as that text (as `read_acknowledgements` does)."""
    records = data.get("claims") if isinstance(data, dict) else None
    for record in records if isinstance(records, list) else []:
        if isinstance(record, dict):
            for name in _DATE_FIELDS:
                if type(record.get(name)) is datetime.date:
                    record[name] = record[name].isoformat()
    return data


def _validated(document: ClaimDocument) -> ClaimFile:
    """The typed claim file, or an `InvalidRecord` located at its first problem."""
    try:
        return msgspec.convert(document.data, ClaimFile)
    except msgspec.ValidationError:
        from factcheck.checks import validate_claim_file  # the slow, located explanation
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
        head = _read_bounded(descriptor, 4096)
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
        data = _load_yaml(text, ACK_FILE)
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


def locate_claims(repo: Repository, files: list[ClaimFile], wanted: set[str]) -> dict[str, tuple[str, int, int]]:
    """(path, line, column) of each wanted claim's `id` in its claim file, for SARIF and GitHub
    annotations. A file in the layout factcheck writes has one `- id:` line per claim, in order, and is
    read as text; any other file is composed by YAML, which knows every layout but is 30 times slower."""
    found: dict[str, tuple[str, int, int]] = {}
    for claim_file in files:
        indices = [i for i, c in enumerate(claim_file.claims) if c.id in wanted]
        if not indices:
            continue
        path = repo.claim_path(claim_file.source)
        rel = repo.relative(path)
        lines = _id_lines(_decode(repo._read_bytes(path, "claim file"), rel), claim_file)
        if lines is not None:
            for index in indices:
                found[claim_file.claims[index].id] = (rel, lines[index], 7)
            continue
        document = repo.read_document(path)
        for index in indices:
            line, column = document.locate(("claims", index, "id"))
            found[claim_file.claims[index].id] = (document.path, line, column)
    return found


def _id_lines(text: str, claim_file: ClaimFile) -> list[int] | None:
    """The line of each claim's `- id: ...`, when the text has exactly those lines with those ids."""
    lines = [(number, line[5:].strip()) for number, line in enumerate(text.split("\n"), start=1)
             if line.startswith("- id: ")]
    if len(lines) != len(claim_file.claims):
        return None
    for (_, value), claim in zip(lines, claim_file.claims, strict=True):
        if value.startswith("'") and value.endswith("'") and len(value) > 1:
            value = value[1:-1].replace("''", "'")
        if value != claim.id:
            return None
    return [number for number, _ in lines]


# -- cached results of whole-repository computations ------------------------------------------------
def repository_digest(repo: Repository, salt: bytes) -> str:
    """A BLAKE2b digest of every claim file's name and content, with `salt` (the tool's version and
    settings): equal digests mean the claims cannot have changed."""
    digest = _blake2b()(salt, digest_size=32)
    for path in repo.claim_paths():
        try:
            raw = repo._read_bytes(path, "claim file")
        except InputError:
            digest.update(f"{path.name}:unreadable\n".encode())
            continue
        digest.update(f"{path.name}:{len(raw)}\n".encode())
        digest.update(raw)
    return digest.hexdigest()


def read_result_cache(repo: Repository, name: str, key: str, kind: type[T]) -> T | None:
    """A cached result stored under `key`, or None (missing, stale, unreadable: a miss, never an error)."""
    try:
        folder = repo.own_folder(".factcheck-cache", create=False)
    except FactcheckError:
        return None
    blob = read_regular(folder / f"{name}.msgpack", 4 * MAX_FILE_BYTES)
    if blob is None:
        return None
    try:
        stored_key, payload = msgspec.msgpack.decode(blob, type=tuple[str, msgspec.Raw])
        if stored_key != key:
            return None
        return msgspec.msgpack.decode(payload, type=kind)
    except (OSError, msgspec.DecodeError, msgspec.ValidationError, ValueError):
        return None


def write_result_cache(repo: Repository, name: str, key: str, value: object) -> None:
    """Store a result under `key`, atomically; best effort (a read-only checkout only loses speed)."""
    try:
        folder = repo.cache_dir()
    except FactcheckError:
        return
    payload = msgspec.msgpack.encode(value)
    _write_cache_file(folder, f"{name}.msgpack", msgspec.msgpack.encode((key, msgspec.Raw(payload))))
