"""What factcheck keeps between runs under `.factcheck-cache/`: the parsed claim files in one pack
keyed by content, and whole-repository results keyed by a digest of every claim file."""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import msgspec

from factcheck import interrupts
from factcheck.errors import (
    FactcheckError,
    InputError,
)
from factcheck.model import ClaimFile
from factcheck.store.files import MAX_FILE_BYTES, read_regular

if TYPE_CHECKING:
    from factcheck.store.repository import Repository



T = TypeVar("T")


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
