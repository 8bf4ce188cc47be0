"""Safe file operations, the only code that writes: atomic writes, swaps that notice an editor's
save, bounded reads that refuse devices and symlinks, and the fork hygiene of the repository lock."""

from __future__ import annotations

import contextlib
import functools
import os
import stat
import tempfile
from pathlib import Path
from typing import Any

import msgspec

from factcheck import interrupts
from factcheck.errors import (
    FactcheckError,
    Location,
    WriteFailed,
)

MAX_FILE_BYTES = 64 * 1024 * 1024  # a claim file or article above this is refused, not read
NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


HELD_LOCKS: set[int] = set()  # descriptors of the repository locks this process holds


def _close_locks_in_child() -> None:
    """In a forked child: close the parent's locks, so that a worker (or anything forked) never keeps
    the repository locked after its parent died (flock belongs to the open file, shared across fork)."""
    for descriptor in list(HELD_LOCKS):
        with contextlib.suppress(OSError):
            os.close(descriptor)
    HELD_LOCKS.clear()


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
            descriptor = os.open(path, os.O_RDONLY | NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
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
        descriptor = os.open(path, os.O_RDONLY | NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
    except FileNotFoundError:
        return None
    try:
        status = os.fstat(descriptor)
        if not stat.S_ISREG(status.st_mode):
            return (status.st_ino, b"")
        return (status.st_ino, read_bounded(descriptor, MAX_FILE_BYTES + 1))
    finally:
        os.close(descriptor)


def file_kind(mode: int) -> str:
    for test, name in ((stat.S_ISFIFO, "FIFO"), (stat.S_ISCHR, "character device"), (stat.S_ISBLK, "block device"),
                       (stat.S_ISSOCK, "socket")):
        if test(mode):
            return name
    return "special file"


def read_regular(path: Path, limit: int) -> bytes | None:
    """A file of ours (a cache entry): its bytes if it is a plain file, not a symlink, at most `limit`
    bytes long; else None. Never blocks (a FIFO), never follows a link (to /dev/zero), never reads more."""
    try:
        descriptor = os.open(path, os.O_RDONLY | NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError:
        return None
    try:
        status = os.fstat(descriptor)
        if not stat.S_ISREG(status.st_mode) or status.st_size > limit:
            return None
        data = read_bounded(descriptor, limit + 1)
        return data if len(data) <= limit else None
    except OSError:
        return None
    finally:
        os.close(descriptor)


def read_bounded(descriptor: int, limit: int) -> bytes:
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
def folder_inside(folder: str, root: str) -> bool:
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
