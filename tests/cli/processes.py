"""Run the real `factcheck` entry point in a subprocess, with a few lines of Python before it.

The prelude patches the process from outside the product (e.g. a callback that signals its own
process while text2num's native code runs it, a worker that never answers) and can report that the
interrupt handlers are installed by writing one byte on a pipe (`ready=True`), so a test knows
whether a signal it sends arrived before or after factcheck's code started.
"""

from __future__ import annotations

import os
import select
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from tests.conftest import REPO_ROOT

# A test run in the background (`pytest &`, some CI runners) inherits SIGINT ignored, and factcheck
# keeps an ignored SIGINT ignored, as Python itself and `nohup` expect; a terminal's Ctrl-C reaches a
# process that does not ignore it, which is what these tests are about.
UNIGNORE = """
if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)
"""
READY = """
from factcheck import interrupts as _interrupts
_install = _interrupts.install
def _announce():  # the byte leaves once run() has installed the handlers, as the console script does
    _install()
    if not _interrupts._previous[:-1]:
        os.write(int(os.environ["TEST_READY_FD"]), b".")
_interrupts.install = _announce
"""


class Launched:
    """A factcheck process and, with `ready=True`, a pipe that receives a byte once it handles signals."""

    def __init__(self, process: subprocess.Popen[bytes], ready: int | None) -> None:
        self.process = process
        self.ready_fd = ready

    @property
    def pid(self) -> int:
        return self.process.pid

    def is_ready(self) -> bool:
        """Whether the process had installed its handlers by now (never blocks)."""
        if self.ready_fd is None:
            return False
        readable, _, _ = select.select([self.ready_fd], [], [], 0)
        return bool(readable)

    def wait_ready(self, timeout: float = 60.0) -> None:
        assert self.ready_fd is not None
        readable, _, _ = select.select([self.ready_fd], [], [], timeout)
        assert readable, "the process never got ready"

    def finish(self, timeout: float = 120.0) -> tuple[int, bytes, bytes]:
        out, err = self.process.communicate(timeout=timeout)
        if self.ready_fd is not None:
            os.close(self.ready_fd)
            self.ready_fd = None
        return self.process.returncode, out, err


def launch(tmp_path: Path, prelude: str, *args: str, ready: bool = False, stdout: int = subprocess.PIPE,
           env: dict[str, str] | None = None) -> Launched:
    """`python WRAPPER ARGS`, where WRAPPER runs `prelude` then `factcheck.__main__.run()` as the console script does."""
    path = tmp_path / f"wrapper-{time.perf_counter_ns()}.py"
    body = "import os, signal, sys, time\n" + UNIGNORE + (READY if ready else "") + textwrap.dedent(prelude)
    path.write_text(body + "\nfrom factcheck.__main__ import run\nsys.argv[0] = 'factcheck'\nrun()\n", encoding="utf-8")
    environment = {**os.environ, "NO_COLOR": "1", "PYTHONPATH": str(REPO_ROOT), **(env or {})}
    environment.pop("FACTCHECK_DEBUG", None)
    read_end = None
    pass_fds: tuple[int, ...] = ()
    if ready:
        read_end, write_end = os.pipe()
        environment["TEST_READY_FD"] = str(write_end)
        pass_fds = (write_end,)
    process = subprocess.Popen([sys.executable, str(path), *args], stdout=stdout, stderr=subprocess.PIPE,
                               stdin=subprocess.DEVNULL, env=environment, pass_fds=pass_fds)
    if ready:
        os.close(pass_fds[0])
    return Launched(process, read_end)


def children(pid: int) -> list[int]:
    """The live child processes of `pid` (Linux /proc), zombies excluded."""
    found = []
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    for child in text.split():
        if alive(int(child)):
            found.append(int(child))
    return found


def alive(pid: int) -> bool:
    """Whether `pid` runs (a zombie waiting for its reaper does not count)."""
    try:
        status = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return status.rsplit(")", 1)[1].split()[0] != "Z"


def wait_until(condition, timeout: float = 60.0, what: str = "condition") -> None:  # type: ignore[no-untyped-def]
    """Poll `condition` (a hang guard, not a timing assertion: the timeout is generous)."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.01)
