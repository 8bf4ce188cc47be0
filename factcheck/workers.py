"""Forked worker processes that die with their parent, never hold its lock, and stop on Ctrl-C.

`list`, `show` and `conflicts` parse claim files and search series in workers on a large repository,
`extract --jobs N` reads articles in them. concurrent.futures' pool was used before, and its workers
outlived a killed parent: blocked on their pipe, holding the parent's stdout open (so
`factcheck list --format json | wc -c` never ended) and its extract lock. These workers:

- are forked (they inherit the data and the loaded modules, so they start in milliseconds), only on
  Linux, where fork is safe for this code; elsewhere `fork_map` runs everything in this process;
- ask the kernel for SIGKILL when their parent dies (`prctl(PR_SET_PDEATHSIG)`), and check that the
  parent did not die before they asked;
- point their standard input, output and error at /dev/null, so even a worker that lingers cannot
  keep a pipe open; the repository lock is closed in every forked child (`store` registers an
  at-fork hook), so a worker never holds it;
- ignore SIGINT (the parent decides) and take SIGTERM's default action;
- are killed and reaped by the parent when it stops early for any reason (an interrupt, an error).

Tasks are indices into data the workers inherit; each result travels back pickled on a pipe.
"""

from __future__ import annotations

import os
import pickle
import select
import signal
import struct
import sys
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

from factcheck import interrupts

T = TypeVar("T")
_HEADER = struct.Struct("!Q")
_TASK = struct.Struct("!q")


class WorkerFailed(RuntimeError):
    """A worker process died without answering (killed by the system, out of memory): a bug to report."""


def can_fork() -> bool:
    """Workers are forked only on Linux, where the parent-death signal exists and fork is the safe default."""
    return sys.platform.startswith("linux") and hasattr(os, "fork")


def fork_map(function: Callable[[int], T], count: int, jobs: int) -> Iterator[T]:
    """`function(0)`, ..., `function(count - 1)` computed by up to `jobs` forked workers, yielded in
    order. An exception raised by `function` in a worker is raised here. Runs in this process when
    `jobs` < 2, `count` < 2 or the platform cannot fork safely."""
    if jobs < 2 or count < 2 or not can_fork():
        for index in range(count):
            yield function(index)
        return
    pool = _Pool(function)
    try:
        pool.start(min(jobs, count))  # inside the try: a signal during the forks still gets them reaped
        yield from pool.results(count)
    finally:
        with interrupts.deferred:  # nothing may interrupt the clean-up: no worker is left behind
            pool.close()


class _Worker:
    __slots__ = ("pid", "tasks", "results", "buffer", "task")

    def __init__(self, pid: int, tasks: int, results: int) -> None:
        self.pid, self.tasks, self.results = pid, tasks, results
        self.buffer = bytearray()
        self.task: int | None = None


class _Pool:
    def __init__(self, function: Callable[[int], Any]) -> None:
        self.function = function
        self.workers: list[_Worker] = []
        self.parent = os.getpid()

    def start(self, jobs: int) -> None:
        function = self.function
        prctl = _prctl()  # loaded before forking: the children must not import anything
        with interrupts.deferred:  # a worker forked is a worker recorded, so that close() can reap it
            for _ in range(jobs):
                task_read, task_write = os.pipe()
                result_read, result_write = os.pipe()
                pid = os.fork()
                if pid == 0:  # pragma: no cover - runs in the child, which never returns
                    os.close(task_write)
                    os.close(result_read)
                    for other in self.workers:
                        os.close(other.tasks)
                        os.close(other.results)
                    _child(function, task_read, result_write, self.parent, prctl)
                os.close(task_read)
                os.close(result_write)
                self.workers.append(_Worker(pid, task_write, result_read))

    def results(self, count: int) -> Iterator[Any]:
        pending = iter(range(count))
        done: dict[int, Any] = {}
        for worker in self.workers:
            self._give(worker, next(pending, None))
        for index in range(count):
            while index not in done:
                self._collect(done, pending)
            ok, payload = done.pop(index)
            if not ok:
                raise payload
            yield payload

    def _give(self, worker: _Worker, task: int | None) -> None:
        worker.task = task
        os.write(worker.tasks, _TASK.pack(-1 if task is None else task))

    def _collect(self, done: dict[int, Any], pending: Iterator[int]) -> None:
        busy = {w.results: w for w in self.workers if w.task is not None}
        ready, _, _ = select.select(list(busy), [], [])
        for descriptor in ready:
            worker = busy[descriptor]
            chunk = os.read(descriptor, 1 << 20)
            if not chunk:
                interrupts.checkpoint()  # a signal to the whole group may have reached the worker first
                raise WorkerFailed(f"a worker process ({worker.pid}) ended without answering; "
                                   "run with --jobs 1 to work in one process")
            worker.buffer += chunk
            while len(worker.buffer) >= _HEADER.size:
                (size,) = _HEADER.unpack_from(worker.buffer)
                if len(worker.buffer) < _HEADER.size + size:
                    break
                frame = bytes(worker.buffer[_HEADER.size:_HEADER.size + size])
                del worker.buffer[:_HEADER.size + size]
                index, ok, payload = pickle.loads(frame)
                done[index] = (ok, payload)
                self._give(worker, next(pending, None))

    def close(self) -> None:
        """Kill the workers still running, reap them all, close the pipes."""
        for worker in self.workers:
            for descriptor in (worker.tasks, worker.results):
                try:
                    os.close(descriptor)
                except OSError:
                    pass
            try:
                os.kill(worker.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        for worker in self.workers:
            try:
                os.waitpid(worker.pid, 0)
            except ChildProcessError:
                pass
        self.workers = []


def _child(function: Callable[[int], Any], tasks: int, results: int, parent: int,
           prctl: Callable[[int, int], int] | None) -> None:  # pragma: no cover - runs in the child
    """The worker's whole life: answer task indices until told to stop, then leave without cleanup."""
    status = 0
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        if prctl is not None:
            prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG: die with the parent
        if os.getppid() != parent:  # the parent died before the request: nobody waits for us
            os._exit(1)
        null = os.open(os.devnull, os.O_RDWR)
        for descriptor in (0, 1, 2):
            os.dup2(null, descriptor)
        os.close(null)
        while True:
            raw = _read_exactly(tasks, _TASK.size)
            if raw is None:
                break
            (index,) = _TASK.unpack(raw)
            if index < 0:
                break
            try:
                answer = (index, True, function(index))
            except BaseException as err:  # noqa: BLE001 - travels to the parent, which raises it
                answer = (index, False, err)
            try:
                frame = pickle.dumps(answer, protocol=pickle.HIGHEST_PROTOCOL)
            except Exception as err:  # noqa: BLE001 - an unpicklable error: send what it said
                frame = pickle.dumps((index, False, RuntimeError(f"{type(err).__name__}: {err}")))
            _write_all(results, _HEADER.pack(len(frame)) + frame)
    except BaseException:  # noqa: BLE001 - the parent sees the pipe close and reports it
        status = 1
    os._exit(status)


def _read_exactly(descriptor: int, size: int) -> bytes | None:  # pragma: no cover - in the child
    data = b""
    while len(data) < size:
        chunk = os.read(descriptor, size - len(data))
        if not chunk:
            return None
        data += chunk
    return data


def _write_all(descriptor: int, data: bytes) -> None:  # pragma: no cover - in the child
    view = memoryview(data)
    while view:
        written = os.write(descriptor, view)
        view = view[written:]


def _prctl() -> Callable[[int, int], int] | None:
    """libc's prctl, for the parent-death signal (None where it is missing)."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        function = libc.prctl
    except (OSError, AttributeError):
        return None
    return lambda option, value: int(function(option, value, 0, 0, 0))
