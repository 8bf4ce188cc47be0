from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Callable
from pathlib import Path

import msgspec
import pytest

from factcheck import canonical, store
from factcheck.errors import (
    BrokenYaml,
    InvalidRecord,
    MissingFile,
    NoRoot,
    NotUtf8,
    OutsideRoot,
)
from factcheck.model import ClaimFile
from factcheck.store import (
    Repository,
    cache,
    files,
    find_root,
    format_claim_file,
    load_claim_files,
    loading,
)
from tests.conftest import REPO_ROOT, TESTS


def make_repo(root: Path) -> Repository:
    (root / "claims").mkdir(parents=True)
    (root / "sources").mkdir()
    return Repository(root.resolve())


def test_find_root_walks_up_from_a_subdirectory(tmp_path: Path) -> None:
    make_repo(tmp_path)
    nested = tmp_path / "claims" / "deep"
    nested.mkdir()
    assert find_root(start=nested) == tmp_path.resolve()


def test_find_root_explains_when_there_is_none(tmp_path: Path) -> None:
    with pytest.raises(NoRoot, match="--root"):
        find_root(start=tmp_path)
    with pytest.raises(NoRoot, match="no such directory"):
        find_root(tmp_path / "missing")


@pytest.mark.parametrize("path", ["/etc/passwd", "../outside.txt", "sources/../../x", "C:/Windows/win.ini", ""])
def test_inside_refuses_paths_that_leave_the_root(tmp_path: Path, path: str) -> None:
    with pytest.raises(OutsideRoot):
        make_repo(tmp_path).inside(path)


def test_inside_refuses_a_symlink_that_leads_out(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "repo")
    secret = tmp_path / "secret.txt"
    secret.write_text("do not read", encoding="utf-8")
    os.symlink(secret, repo.root / "sources" / "leak.txt")
    with pytest.raises(OutsideRoot, match="outside the repository"):
        repo.read_source("leak")


def test_read_source_takes_the_date_line_unless_the_sidecar_says_otherwise(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    (repo.root / "sources" / "a.txt").write_text(" date 2024-03 Titre\n\nTexte.", encoding="utf-8")
    assert repo.read_source("a").published == "2024-03"
    (repo.root / "sources" / "a.yaml").write_text("published: 2024-02-29\n", encoding="utf-8")
    assert repo.read_source("a").published == "2024-02-29"  # YAML's date type is read back as text


def test_read_source_errors_are_typed_and_located(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    with pytest.raises(MissingFile, match="does not exist"):
        repo.read_source("absent")
    (repo.root / "sources" / "latin1.txt").write_bytes("Le Sénégal".encode("latin-1"))
    with pytest.raises(NotUtf8) as caught:
        repo.read_source("latin1")
    assert caught.value.location is not None and (caught.value.location.line, caught.value.location.column) == (1, 5)


def test_unsafe_yaml_is_refused(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    path = repo.root / "claims" / "x.yaml"
    path.write_text("source: !!python/object/apply:os.system [touch pwned]\n", encoding="utf-8")
    with pytest.raises(BrokenYaml, match="not allowed"):
        repo.read_document(path)
    assert not (tmp_path / "pwned").exists()


def test_alias_bomb_is_refused_quickly(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    lines = ["a: &a [x, x, x, x, x, x, x, x, x]"]
    for n in range(1, 12):
        prev = chr(ord("a") + n - 1)
        cur = chr(ord("a") + n)
        lines.append(f"{cur}: &{cur} [{', '.join(['*' + prev] * 9)}]")
    path = repo.root / "claims" / "bomb.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(BrokenYaml, match="aliases"):
        repo.read_document(path)


def test_write_text_is_atomic_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    target = repo.root / "claims" / "a.yaml"
    target.write_text("old\n", encoding="utf-8")
    repo.write_text(target, "new\n")
    assert target.read_text(encoding="utf-8") == "new\n"
    assert sorted(p.name for p in target.parent.iterdir()) == ["a.yaml"]


def test_failed_write_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    repo = make_repo(tmp_path)
    target = repo.root / "claims" / "a.yaml"
    target.write_text("old\n", encoding="utf-8")

    def broken_replace(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    from factcheck.errors import WriteFailed

    with pytest.raises(WriteFailed, match="No space left"):
        repo.write_text(target, "new\n")
    assert target.read_text(encoding="utf-8") == "old\n"
    assert sorted(p.name for p in target.parent.iterdir()) == ["a.yaml"]


def test_shipped_claim_files_round_trip_byte_for_byte() -> None:
    repo = Repository(REPO_ROOT)
    files = load_claim_files(repo)
    assert len(files) == 5
    for claim_file in files:
        on_disk = (REPO_ROOT / "claims" / f"{claim_file.source}.yaml").read_text(encoding="utf-8")
        assert format_claim_file(claim_file) == on_disk


def test_format_claim_file_starts_with_the_schema_line() -> None:
    text = format_claim_file(ClaimFile(source="x", claims=[]))
    assert text.startswith("# yaml-language-server: $schema=")


def _copy_of_the_seeds(root: Path) -> Repository:
    for folder in ("claims", "sources"):
        shutil.copytree(REPO_ROOT / folder, root / folder)
    return Repository(root.resolve())


def _no_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make parsing a claim file fail the test: what loads then came from the cache."""
    def refuse(*args: object) -> None:
        raise AssertionError("a claim file was parsed")

    monkeypatch.setattr(loading, "_parsed", refuse)
    monkeypatch.setattr(canonical, "load", refuse)


def _pack_names(root: Path) -> list[str]:
    blob = (root / ".factcheck-cache" / store.PACK_NAME).read_bytes()
    return sorted(msgspec.msgpack.decode(blob, type=cache._Pack).entries)


def test_cache_serves_unchanged_files_and_rereads_changed_ones(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    repo = _copy_of_the_seeds(tmp_path)
    first = load_claim_files(repo)
    assert _pack_names(tmp_path) == sorted(p.name for p in (tmp_path / "claims").iterdir())
    assert sorted(p.name for p in (tmp_path / ".factcheck-cache").iterdir()) == [".gitignore", store.PACK_NAME]
    with monkeypatch.context() as patched:
        _no_parsing(patched)
        assert load_claim_files(repo) == first  # served from the cache, not parsed
    path = tmp_path / "claims" / "2025-05-bui-thanh-son-interview.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("stated: 21\n", "stated: 22\n"), encoding="utf-8")
    changed = {f.source: f for f in load_claim_files(repo)}["2025-05-bui-thanh-son-interview"]
    assert [c.stated for c in changed.claims if c.metric == "flights"] == [22]  # never trusted over the file
    with monkeypatch.context() as patched:
        _no_parsing(patched)
        assert {f.source: f for f in load_claim_files(repo)}["2025-05-bui-thanh-son-interview"] == changed


def test_an_unchanged_run_does_not_rewrite_the_pack(tmp_path: Path) -> None:
    repo = _copy_of_the_seeds(tmp_path)
    load_claim_files(repo)
    pack = tmp_path / ".factcheck-cache" / store.PACK_NAME
    os.utime(pack, ns=(0, 0))
    load_claim_files(repo)
    assert pack.stat().st_mtime_ns == 0
    repo.read_documents()  # check's way in reads the same pack
    assert pack.stat().st_mtime_ns == 0


def test_the_pack_forgets_removed_files_and_keeps_what_a_stopped_run_did_not_reach(tmp_path: Path) -> None:
    repo = _copy_of_the_seeds(tmp_path)
    load_claim_files(repo)
    names = _pack_names(tmp_path)
    (tmp_path / "claims" / names[-1]).unlink()
    load_claim_files(repo)
    assert _pack_names(tmp_path) == names[:-1]
    broken = tmp_path / "claims" / names[0]  # the first file read: the run stops before the others
    broken.write_text(broken.read_text(encoding="utf-8").replace("period: '", "period: 'x", 1), encoding="utf-8")
    with pytest.raises(InvalidRecord):
        load_claim_files(repo)
    assert _pack_names(tmp_path) == names[1:-1]


def test_files_parsed_by_workers_fill_the_same_pack(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(loading, "PARALLEL_FILES", 10)
    _many_claim_files(tmp_path, 40)
    repo = Repository(tmp_path.resolve())
    expected = load_claim_files(repo, use_cache=False)
    assert load_claim_files(repo, jobs=3) == expected
    assert len(_pack_names(tmp_path)) == 40
    with monkeypatch.context() as patched:
        _no_parsing(patched)
        assert load_claim_files(repo, jobs=3) == expected


def test_a_corrupt_or_unwritable_cache_is_only_a_miss(tmp_path: Path) -> None:
    repo = _copy_of_the_seeds(tmp_path)
    expected = load_claim_files(repo)
    pack = tmp_path / ".factcheck-cache" / store.PACK_NAME
    for damage in (b"\x93garbage", pack.read_bytes()[:-7], b""):
        pack.write_bytes(damage)
        assert load_claim_files(repo) == expected
        assert len(_pack_names(tmp_path)) == len(expected)  # and written again whole
    shutil.rmtree(tmp_path / ".factcheck-cache")
    (tmp_path / ".factcheck-cache").write_text("not a directory", encoding="utf-8")
    assert load_claim_files(repo) == expected
    assert load_claim_files(repo, use_cache=False) == expected


def test_leftovers_of_older_runs_are_removed_but_not_a_pack_being_written(tmp_path: Path) -> None:
    """The one-entry-per-file layout of earlier versions, and a temporary pack a killed run left (an
    hour old); a recent temporary may be another run's write in flight and stays."""
    repo = _copy_of_the_seeds(tmp_path)
    cache = repo.cache_dir()
    (cache / "claims").mkdir()
    (cache / "claims" / "a.yaml.msgpack").write_bytes(b"old")
    stale, recent = cache / ".claims.msgpack.k1ll3d.tmp", cache / ".claims.msgpack.wr1t1n.tmp"
    for temporary in (stale, recent):
        temporary.write_bytes(b"partial")
    os.utime(stale, (0, 0))
    load_claim_files(repo)
    assert sorted(p.name for p in cache.iterdir()) == [".claims.msgpack.wr1t1n.tmp", ".gitignore", store.PACK_NAME]


def test_an_interrupted_pack_write_leaves_the_old_pack_and_no_temporary(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from factcheck.interrupts import Interrupted

    repo = _copy_of_the_seeds(tmp_path)
    load_claim_files(repo)
    pack = tmp_path / ".factcheck-cache" / store.PACK_NAME
    before = pack.read_bytes()
    path = tmp_path / "claims" / "2025-05-bui-thanh-son-interview.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("stated: 21\n", "stated: 22\n"), encoding="utf-8")

    def interrupted(*args: object) -> None:
        raise Interrupted(2)

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(Interrupted):
        load_claim_files(repo)
    assert pack.read_bytes() == before
    assert sorted(p.name for p in pack.parent.iterdir()) == [".gitignore", store.PACK_NAME]


def _many_claim_files(root: Path, count: int) -> None:
    """`count` small claim files, copies of the shipped ones under new source ids (sources need not exist
    for loading)."""
    shipped = [load_claim_files(Repository(REPO_ROOT), use_cache=False)][0]
    (root / "claims").mkdir(parents=True)
    (root / "sources").mkdir()
    for number in range(count):
        template = shipped[number % len(shipped)]
        source = f"copy-{number:05d}"
        claims = [msgspec.structs.replace(c, id=f"{source}:{c.id.split(':', 1)[1]}") for c in template.claims]
        (root / "claims" / f"{source}.yaml").write_text(format_claim_file(ClaimFile(source=source, claims=claims)),
                                                        encoding="utf-8")


def test_loading_in_worker_processes_gives_the_same_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(loading, "PARALLEL_FILES", 10)
    _many_claim_files(tmp_path, 60)
    repo = Repository(tmp_path)
    assert load_claim_files(repo, use_cache=False, jobs=3) == load_claim_files(repo, use_cache=False, jobs=1)
    # an invalid file in a worker's slice comes back as the same located error, not a crash
    broken = tmp_path / "claims" / "copy-00041.yaml"
    broken.write_text(broken.read_text(encoding="utf-8").replace("period: '", "period: 'x", 1), encoding="utf-8")
    with pytest.raises(InvalidRecord) as serial:
        load_claim_files(repo, use_cache=False, jobs=1)
    with pytest.raises(InvalidRecord) as parallel:
        load_claim_files(repo, use_cache=False, jobs=3)
    assert str(parallel.value) == str(serial.value) and "claims/copy-00041.yaml:" in str(parallel.value)


def test_a_duplicate_id_across_files_is_located_in_either_mode(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(loading, "PARALLEL_FILES", 10)
    _many_claim_files(tmp_path, 30)
    first = (tmp_path / "claims" / "copy-00002.yaml").read_text(encoding="utf-8")
    identifier = first.split("- id: ", 1)[1].split("\n", 1)[0].strip().strip("'\"")
    late = tmp_path / "claims" / "copy-00027.yaml"
    text = late.read_text(encoding="utf-8")
    own = text.split("- id: ", 1)[1].split("\n", 1)[0]
    late.write_text(text.replace(own, f"'{identifier}'", 1), encoding="utf-8")
    for jobs in (1, 2):
        with pytest.raises(InvalidRecord, match="duplicate-id") as found:
            load_claim_files(Repository(tmp_path), use_cache=False, jobs=jobs)
        assert "claims/copy-00027.yaml:" in str(found.value) and "also in claims/copy-00002.yaml" in str(found.value)


def test_claims_are_located_in_canonical_and_hand_written_files(tmp_path: Path) -> None:
    """SARIF and GitHub annotations point at each claim's id: read as text in the layout factcheck
    writes, composed by YAML in any other layout, and the same answer either way."""
    from factcheck.store import locate_claims

    for folder in ("claims", "sources"):
        (tmp_path / folder).mkdir()
    claim_file = load_claim_files(Repository(REPO_ROOT), use_cache=False)[0]
    canonical = format_claim_file(claim_file)
    (tmp_path / "claims" / f"{claim_file.source}.yaml").write_text(canonical, encoding="utf-8")
    repo = Repository(tmp_path)
    wanted = {c.id for c in claim_file.claims}
    fast = locate_claims(repo, [claim_file], wanted)
    lines = canonical.split("\n")
    for claim in claim_file.claims:
        path, line, column = fast[claim.id]
        assert path == f"claims/{claim_file.source}.yaml" and column == 7
        assert lines[line - 1].startswith("- id: ") and claim.id in lines[line - 1]
    # the same records, indented and commented: no `- id:` lines at the margin, so YAML locates them
    hand = canonical.replace("\n- id: ", "\n  - id: ").replace("\n  ", "\n    ").replace("claims:\n", "claims:  # x\n")
    hand = hand.replace("\n    - id: ", "\n  - id: ")
    (tmp_path / "claims" / f"{claim_file.source}.yaml").write_text(hand, encoding="utf-8")
    assert load_claim_files(repo, use_cache=False) == [claim_file]
    slow = locate_claims(repo, [claim_file], wanted)
    hand_lines = hand.split("\n")
    for claim in claim_file.claims:
        _, line, column = slow[claim.id]
        assert hand_lines[line - 1][column - 1:].startswith(claim.id)


# -- compare-and-swap: a person's save racing with a write is never lost ------------------------------
def _racing(monkeypatch: pytest.MonkeyPatch, save: Callable[[], None], times: int = 1) -> None:
    """Make a person's `save` land just before each of the next `times` exchanges (the worst moment)."""
    real = files._exchange
    left = [times]

    def exchange(first: str | Path, second: str | Path) -> bool:
        if left[0] > 0:
            left[0] -= 1
            save()
        return real(first, second)

    monkeypatch.setattr(files, "_exchange", exchange)


@pytest.mark.skipif(sys.platform != "linux", reason="renameat2 is Linux only")
@pytest.mark.parametrize("how", ["rename", "in-place"])
def test_a_save_between_the_check_and_the_swap_is_put_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                           how: str) -> None:
    target = tmp_path / "a.yaml"
    target.write_bytes(b"read by extract\n")

    import threading

    leases: list[files._Lease] = []

    class Watched(files._Lease):
        def __init__(self, path: Path) -> None:
            super().__init__(path)
            leases.append(self)

    def save_in_place() -> None:
        with open(target, "r+b") as handle:  # waits while extract holds its lease on the file
            handle.truncate(0)
            handle.write(b"the person's save\n")

    editor = threading.Thread(target=save_in_place)

    def save() -> None:
        if how == "rename":
            (tmp_path / "editor~").write_bytes(b"the person's save\n")
            os.replace(tmp_path / "editor~", target)
            return
        # an editor (another thread: the lease holder itself would wait out the kernel's 45 s) opens the
        # file just before the exchange; go on once its open is waiting on the lease
        editor.start()
        if leases[-1].descriptor is None:  # no lease here (file system, capability): only settle guards
            editor.join()
            return
        import fcntl

        for _ in range(1000):
            if fcntl.fcntl(leases[-1].descriptor, fcntl.F_GETLEASE) == fcntl.F_UNLCK:
                return
            editor.join(0.01)
        raise AssertionError("the editor's open never reached the lease")

    monkeypatch.setattr(files, "_Lease", Watched)
    _racing(monkeypatch, save)
    displaced: list[store.Displaced] = []
    assert store.swap_in(target, b"merged\n", b"read by extract\n", "a.yaml", displaced) is False
    if how == "in-place":
        editor.join(10)
    assert target.read_bytes() == b"the person's save\n"
    assert displaced == [] and sorted(p.name for p in tmp_path.iterdir()) == ["a.yaml"]


@pytest.mark.skipif(sys.platform != "linux", reason="renameat2 is Linux only")
def test_saves_in_a_row_during_the_swap_keep_the_newest(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each exchange back can itself race with a save: the loop ends with the newest one in place."""
    target = tmp_path / "a.yaml"
    target.write_bytes(b"read by extract\n")
    count = [0]

    def save() -> None:
        count[0] += 1
        (tmp_path / "editor~").write_bytes(f"save {count[0]}\n".encode())
        os.replace(tmp_path / "editor~", target)

    _racing(monkeypatch, save, times=3)
    assert store.swap_in(target, b"merged\n", b"read by extract\n", "a.yaml", []) is False
    assert target.read_bytes() == b"save 3\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.yaml"]


@pytest.mark.skipif(sys.platform != "linux", reason="renameat2 is Linux only")
def test_a_late_write_into_the_replaced_file_is_put_back_by_settle(tmp_path: Path) -> None:
    """An editor that opened the file before the swap and writes after it writes into the replaced file:
    `settle` finds it at the end of the run and puts it back."""
    target = tmp_path / "a.yaml"
    target.write_bytes(b"read by extract\n")
    handle = open(target, "r+b")  # noqa: SIM115 - the editor holds it open across the swap
    displaced: list[store.Displaced] = []
    assert store.swap_in(target, b"merged\n", b"read by extract\n", "a.yaml", displaced) is True
    assert target.read_bytes() == b"merged\n"
    handle.truncate(0)
    handle.write(b"the person's late save\n")
    handle.close()
    assert store.settle(displaced) == [target]
    assert target.read_bytes() == b"the person's late save\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.yaml"]


def test_a_file_created_meanwhile_is_not_replaced(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "a.yaml"
    real = files._write_temporary

    def write(path: Path, data: bytes, shown: str) -> tuple[str, int]:
        found = real(path, data, shown)
        target.write_bytes(b"created by a person\n")
        return found

    monkeypatch.setattr(files, "_write_temporary", write)
    assert store.swap_in(target, b"new\n", None, "a.yaml", []) is False
    assert target.read_bytes() == b"created by a person\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.yaml"]


def test_an_unchanged_file_is_swapped_and_nothing_is_left(tmp_path: Path) -> None:
    target = tmp_path / "a.yaml"
    target.write_bytes(b"old\n")
    target.chmod(0o640)
    displaced: list[store.Displaced] = []
    assert store.swap_in(target, b"new\n", b"old\n", "a.yaml", displaced) is True
    assert store.settle(displaced) == []
    assert target.read_bytes() == b"new\n" and target.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.yaml"]


# -- no hang, no exhaustion: FIFOs, devices, huge cache entries ------------------------------------
@pytest.mark.parametrize("where", ["claims/a.yaml", "sources/a.txt", "sources/a.yaml", "factcheck.yaml"])
def test_a_fifo_is_refused_with_a_located_message_instead_of_hanging(tmp_path: Path, where: str) -> None:
    """Issue 11, finding 4.6: opening a FIFO for reading waits for a writer forever."""
    from factcheck.errors import InputError

    repo = make_repo(tmp_path)
    (repo.root / "sources" / "a.txt").write_text(" date 2024-03 Titre\n", encoding="utf-8")
    (repo.root / where).unlink(missing_ok=True)
    os.mkfifo(repo.root / where)
    with pytest.raises(InputError, match=f"^{where}: .* is not a regular file \\(a FIFO\\)"):
        if where.startswith("claims"):
            repo.read_document(repo.root / where)
        elif where == "factcheck.yaml":
            repo.read_config()
        else:
            repo.read_source("a")


def test_a_cache_entry_that_is_a_fifo_or_a_link_to_dev_zero_is_a_miss(tmp_path: Path) -> None:
    """A symlink to /dev/zero gave MemoryError (exit 3); a FIFO as conflicts.msgpack hung."""
    from factcheck.store import ClaimCache, read_result_cache

    repo = make_repo(tmp_path)
    path = repo.root / "claims" / "a.yaml"
    path.write_text("source: a\nclaims: []\n", encoding="utf-8")
    os.symlink("/dev/zero", repo.cache_dir() / store.PACK_NAME)
    assert ClaimCache(repo).get(path, path.read_bytes()) is None
    os.mkfifo(repo.root / ".factcheck-cache" / "conflicts.msgpack")
    assert read_result_cache(repo, "conflicts", "key", dict) is None


# -- the cache trusts content, not metadata -----------------------------------------------------------
def _crc_preserving(original: bytes, edited: bytes, letters: list[int]) -> bytes:
    """`edited` (same length as `original`) with the case of some of the ASCII letters at `letters`
    flipped so that its CRC-32 equals the original's. CRC-32 is affine over GF(2) for a fixed length,
    so this is a small linear system (Gaussian elimination on 32-bit vectors)."""
    import zlib

    size = len(original)
    zero = zlib.crc32(bytes(size))

    def linear(vector: bytes) -> int:
        return zlib.crc32(vector) ^ zero

    target = linear(bytes(a ^ b for a, b in zip(original, edited, strict=True)))
    basis: list[tuple[int, int]] = []  # (vector, mask of letters combined)
    for number, position in enumerate(letters):
        toggle = bytearray(size)
        toggle[position] = 0x20
        vector, mask = linear(bytes(toggle)), 1 << number
        for pivot, pivot_mask in basis:
            if vector ^ pivot < vector:
                vector, mask = vector ^ pivot, mask ^ pivot_mask
        if vector:
            basis.append((vector, mask))
            basis.sort(reverse=True)
    mask = 0
    for pivot, pivot_mask in basis:
        if target ^ pivot < target:
            target, mask = target ^ pivot, mask ^ pivot_mask
    assert target == 0, "not enough letters to compensate"
    forged = bytearray(edited)
    for number, position in enumerate(letters):
        if mask >> number & 1:
            forged[position] ^= 0x20
    return bytes(forged)


def test_an_edit_keeping_size_crc_and_mtime_is_not_served_stale(tmp_path: Path) -> None:
    """Issue 11, finding 4.8: the cache trusted size + mtime + CRC-32."""
    import zlib

    shutil.copytree(TESTS / "data" / "newsroom", tmp_path / "repo", ignore=shutil.ignore_patterns(".factcheck-cache"))
    repo = Repository((tmp_path / "repo").resolve())
    path = repo.root / "claims" / "2024-02-le360-maroc-senegal.yaml"
    padding = "# reviewed by the desk " + "abcdefghijklmnopqrstuvwxyz" * 3 + "\n"
    original = (path.read_text(encoding="utf-8") + padding).encode("utf-8")
    path.write_bytes(original)
    first = load_claim_files(repo)  # fills the cache
    assert first[0].claims[0].stated == 2300000000
    edited = original.replace(b"stated: 2300000000", b"stated: 2900000000", 1)
    start = len(original) - len(padding) + len("# reviewed by the desk ")
    forged = _crc_preserving(original, edited, list(range(start, start + 78)))
    assert (len(forged), zlib.crc32(forged)) == (len(original), zlib.crc32(original)) and forged != original
    status = path.stat()
    path.write_bytes(forged)
    os.utime(path, ns=(status.st_atime_ns, status.st_mtime_ns))
    assert path.stat().st_mtime_ns == status.st_mtime_ns
    assert load_claim_files(repo)[0].claims[0].stated == 2900000000, "the cache served the old figure"
