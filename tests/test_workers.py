"""Worker processes give the results in order, die with their parent, and never hold its lock."""

from __future__ import annotations

import fcntl
import os
import select
import signal
import subprocess
from pathlib import Path

import pytest

from factcheck import store, workers
from factcheck.store import files
from tests.cli.processes import alive, children, launch, wait_until

pytestmark = pytest.mark.skipif(not workers.can_fork(), reason="workers are forked on Linux only")


def test_results_come_in_order_whatever_the_workers() -> None:
    assert list(workers.fork_map(lambda i: i * i, 30, 3)) == [i * i for i in range(30)]


def test_an_error_in_a_worker_is_raised_in_the_parent_and_no_worker_is_left() -> None:
    from factcheck.errors import InputError, Location

    def task(index: int) -> int:
        if index == 5:
            raise InputError("broken", Location("claims/x.yaml", 3))
        return index

    before = children(os.getpid())
    with pytest.raises(InputError) as caught:
        list(workers.fork_map(task, 10, 2))
    assert str(caught.value) == "claims/x.yaml:3: broken"
    assert children(os.getpid()) == before


def test_a_worker_does_not_hold_the_repository_lock(seed_copy: Path) -> None:
    repo = store.Repository(seed_copy)
    with repo.lock("extract"):
        (descriptor,) = files.HELD_LOCKS

        def still_open(_: int) -> bool:
            try:
                os.fstat(descriptor)
            except OSError:
                return False
            return True

        assert list(workers.fork_map(still_open, 2, 2)) == [False, False]
        assert still_open(0), "the parent keeps its lock"


SLOW_PARSE = """
import factcheck.store.loading as loading
loading.PARALLEL_FILES = 2
original = loading._parsed
def slow(*args):
    if os.getpid() != PARENT:
        time.sleep(3600)  # a worker that never answers
    return original(*args)
PARENT = os.getpid()
loading._parsed = slow
"""


def read_to_end(stream: int, guard: float = 60.0) -> bytes:
    """Everything until end of file; fails (instead of hanging) if the writers keep the pipe open."""
    data = b""
    while True:
        readable, _, _ = select.select([stream], [], [], guard)
        assert readable, "the pipe stayed open: a worker outlived its parent"
        chunk = os.read(stream, 65536)
        if not chunk:
            return data
        data += chunk


def test_workers_die_with_a_killed_parent_and_release_its_stdout(tmp_path: Path, seed_copy: Path) -> None:
    """`factcheck list --format json | wc -c` used to hang after `kill -9` of factcheck."""
    process = launch(tmp_path, SLOW_PARSE, "--jobs", "2", "list", "--root", str(seed_copy), "--format", "json")
    wait_until(lambda: len(children(process.pid)) == 2, what="two workers")
    pids = children(process.pid)
    process.process.send_signal(signal.SIGKILL)
    assert process.process.stdout is not None
    read_to_end(process.process.stdout.fileno())
    process.finish()
    wait_until(lambda: not any(alive(pid) for pid in pids), what="the workers to die")


@pytest.mark.parametrize(("sent", "code", "line"), [(signal.SIGTERM, 143, b"terminated\n"),
                                                    (signal.SIGINT, 130, b"interrupted\n")])
def test_a_stopped_parent_kills_and_reaps_its_workers(tmp_path: Path, seed_copy: Path, sent: int, code: int,
                                                      line: bytes) -> None:
    process = launch(tmp_path, SLOW_PARSE, "--jobs", "2", "list", "--root", str(seed_copy))
    wait_until(lambda: len(children(process.pid)) == 2, what="two workers")
    pids = children(process.pid)
    process.process.send_signal(sent)
    returncode, stdout, stderr = process.finish()
    assert (returncode, stdout, stderr) == (code, b"", line)
    assert not any(alive(pid) for pid in pids), "reaped before the parent exited"


def test_a_killed_extract_leaves_the_repository_unlocked(tmp_path: Path, seed_copy: Path) -> None:
    """The next `extract` used to wait 120 s for a lock the orphaned workers held."""
    prelude = """
    import factcheck.cli.extract as extract
    original = extract._worker
    PARENT = os.getpid()
    def slow(*args):
        if os.getpid() != PARENT:
            time.sleep(3600)
        return original(*args)
    extract._worker = slow
    """
    process = launch(tmp_path, prelude, "extract", "--jobs", "2", "--root", str(seed_copy))
    wait_until(lambda: len(children(process.pid)) == 2, what="two workers")
    pids = children(process.pid)
    process.process.send_signal(signal.SIGKILL)
    process.finish()
    descriptor = os.open(seed_copy, os.O_RDONLY)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)  # free at once, whatever the workers do
    finally:
        os.close(descriptor)
    wait_until(lambda: not any(alive(pid) for pid in pids), what="the workers to die")
    result = subprocess.run([*process.process.args[:1], "-m", "factcheck", "extract", "--root", str(seed_copy)],
                            capture_output=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
