"""Ctrl-C (SIGINT) and SIGTERM end a command cleanly, wherever it is (exit 130 or 143, one line).

The CLI installs `handler` for both signals before it imports anything heavy. The handler records the
signal and raises `Interrupted` in the main thread at once, so a command blocked in a write to a full
pipe, a lock wait, a read of standard input or a wait on worker processes answers at once, and no
command has to sprinkle checks through the pure core. Where an exception must not appear, code runs
inside `deferred`: there the handler only records the signal, and leaving the zone raises it. Zones:

- native code that calls back into Python (text2num's Rust `find_numbers` calls `_Token` methods; a
  KeyboardInterrupt raised inside such a callback becomes a Rust panic);
- a compare-and-swap of a person's claim file, from its check to its verification (store/files.py), so an
  interrupt cannot land between swapping the file and restoring a save that raced with it;
- cleaning up after an interruption (killing worker processes, removing temporary files): once an
  `Interrupted` is on its way up, further signals are only recorded;
- shutdown: after the command returned, `hold()` blocks both signals, so finished work ends with the
  command's own exit code, not a traceback from the interpreter's teardown or death by the signal once
  the interpreter has restored the default actions.

`sys.unraisablehook` is replaced too: an `Interrupted` raised inside a finaliser (a `__del__`, a
generator closed by the collector) would otherwise be printed as "Exception ignored" and lost; it is
kept silent and the signal stays recorded, so `checkpoint()` after the command still reports it.

This module prints nothing and reads no file: the core may use `deferred` and `checkpoint` freely.
"""

from __future__ import annotations

import signal
import sys
import threading
from collections.abc import Callable
from types import FrameType, TracebackType
from typing import Any

SIGNALS = (signal.SIGINT, signal.SIGTERM)


class Interrupted(BaseException):
    """The command was stopped by a signal; the CLI maps it to 128 + the signal's number.

    A BaseException, like KeyboardInterrupt, so that no `except Exception` swallows it; not a
    KeyboardInterrupt, so that Typer does not turn it into `Exit(130)` before `cli.app` sees it."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum

    @property
    def exit_code(self) -> int:
        return 128 + self.signum

    def __str__(self) -> str:
        return "interrupted" if self.signum == signal.SIGINT else "terminated"


_received: int | None = None  # the first signal received since `install`
_zones = 0  # how many `deferred` zones the main thread is in
_raised = False  # an Interrupted is on its way up: further signals are only recorded
_installed = 0
_previous: list[tuple[dict[int, Any], Callable[[Any], Any]]] = []


def handler(signum: int, frame: FrameType | None) -> None:
    """Record the signal; raise `Interrupted` now unless inside a `deferred` zone or already raised."""
    global _received, _raised
    if _received is None:
        _received = signum
    if _zones == 0 and not _raised:
        _raised = True
        raise Interrupted(_received)


class _Deferred:
    """`with deferred:` - signals received inside are recorded only, and raised when the zone ends."""

    __slots__ = ()

    def __enter__(self) -> None:
        global _zones
        _zones += 1

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 traceback: TracebackType | None) -> None:
        global _zones
        _zones -= 1
        if kind is None and _zones == 0:
            checkpoint()


deferred = _Deferred()


def checkpoint() -> None:
    """Raise `Interrupted` if a signal was received and has not been raised yet (a safe point)."""
    global _raised
    if _received is not None and _zones == 0 and not _raised:
        _raised = True
        raise Interrupted(_received)


def received() -> int | None:
    """The signal received since `install`, if any (raised or not)."""
    return _received


def install() -> None:
    """Handle SIGINT and SIGTERM (main thread only; a signal the parent told us to ignore stays
    ignored, as `nohup` and background jobs expect). Nested calls are counted; `uninstall` undoes one."""
    global _installed, _received, _raised, _zones
    if threading.current_thread() is not threading.main_thread():
        return
    if _installed == 0:
        _received, _raised, _zones = None, False, 0
    previous = {}
    for signum in SIGNALS:
        current = signal.getsignal(signum)
        if current is not signal.SIG_IGN:
            previous[signum] = signal.signal(signum, handler)
    _previous.append((previous, sys.unraisablehook))
    sys.unraisablehook = _unraisable
    _installed += 1


def uninstall() -> None:
    """Restore what the matching `install` replaced (the CLI run in-process, e.g. by tests)."""
    global _installed, _zones
    if not _previous or threading.current_thread() is not threading.main_thread():
        return
    previous, hook = _previous.pop()
    for signum, action in previous.items():
        signal.signal(signum, action)
    sys.unraisablehook = hook
    _installed -= 1
    if _installed == 0:
        _zones = 0


def hold() -> None:
    """The command has finished and the process is shutting down: block SIGINT and SIGTERM, so that a
    late one neither prints a traceback from the interpreter's teardown nor kills the process after
    the interpreter has put the default actions back (its last moments); the exit code stays the
    command's. Where signals cannot be blocked, they are only recorded."""
    global _zones
    _zones += 1
    if hasattr(signal, "pthread_sigmask") and threading.current_thread() is threading.main_thread():
        signal.pthread_sigmask(signal.SIG_BLOCK, SIGNALS)


def _unraisable(unraisable: Any) -> None:
    """An Interrupted lost in a finaliser is not printed; it stays recorded for the next checkpoint."""
    global _raised
    if isinstance(unraisable.exc_value, Interrupted):
        _raised = False
        return
    (_previous[-1][1] if _previous else sys.__unraisablehook__)(unraisable)
