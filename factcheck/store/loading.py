"""Loading every claim file of a repository: cache hits served, misses parsed (in forked workers
when there are many), and the ids located back to their lines for annotations."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import msgspec

from factcheck.errors import (
    Location,
)
from factcheck.model import ClaimFile
from factcheck.store.cache import ClaimCache
from factcheck.store.documents import decode_text, validated

if TYPE_CHECKING:
    from factcheck.store.repository import Repository



PARALLEL_FILES = 2000  # fewer claim files than this parse faster in one process than a pool starts


def load_claim_files(repo: Repository, use_cache: bool = True, jobs: int = 1) -> list[ClaimFile]:
    """Every claim file, validated against the schema; the first invalid one stops the command with a
    located `InvalidRecord` (run `factcheck check` to see them all). Duplicate ids stop it too.

    Files the cache holds come from it; with `jobs` > 1 and many files to parse, `jobs` processes parse
    contiguous slices of them (parsing is most of a cold run); the result is the same."""
    from factcheck.errors import InvalidRecord

    paths = repo.claim_paths()
    with claim_cache(repo, use_cache) as cache:
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
def claim_cache(repo: Repository, use_cache: bool) -> Iterator[ClaimCache | None]:
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
    with bulk_allocation():
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
    return validated(repo._document(path, raw))


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
def bulk_allocation() -> Iterator[None]:
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
        lines = _id_lines(decode_text(repo._read_bytes(path, "claim file"), rel), claim_file)
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
