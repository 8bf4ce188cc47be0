"""The interrupt campaign of issue 11: SIGINT and SIGTERM at random moments, and how fast Ctrl-C answers.

    python bench/interrupts.py [--sigint 50] [--sigterm 20] [--seed 11]

For each of `extract` on 60 articles (tests/data/newsroom copied 20 times, a third with reviewed claim
files), `conflicts` and `list --format json` on a 20,000-claim repository (bench/synthetic.py), it
sends N SIGINTs and M SIGTERMs, each at a random moment between the process start and the end of an
uninterrupted run, and tallies the exits. Accepted: 130 after SIGINT, 143 after SIGTERM, 0 when the
command had finished; anything else, a traceback, a panic or `Fatal Python error` is a failure. After
each interrupted `extract`, `factcheck check` must pass and a second `extract` must reproduce exactly
the files of an uninterrupted run. It also prints how long each command took to exit after a SIGINT
(median and maximum), the figure behind « Ctrl-C answers within half a second ».

Signals sent before the interpreter has run factcheck's first line (its own start-up) are counted
apart: there the interpreter's behaviour applies (README, exit codes).
"""

from __future__ import annotations

import argparse
import os
import random
import re
import select
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.synthetic import generate  # noqa: E402

NEWSROOM = REPO / "tests" / "data" / "newsroom"
BAD = re.compile(rb"Traceback|panicked|PanicException|Fatal Python error|Exception ignored|internal error")
WRAPPER = """import os, signal, sys
if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:  # started in the background: Ctrl-C would be ignored
    signal.signal(signal.SIGINT, signal.default_int_handler)
from factcheck import interrupts
_install = interrupts.install
def _announce():  # the byte leaves once run() has installed the handlers
    _install()
    if len(interrupts._previous) == 1:
        os.write(int(os.environ["READY_FD"]), b".")
interrupts.install = _announce
from factcheck.__main__ import run
sys.argv[0] = "factcheck"
run()
"""


def articles(root: Path) -> None:
    (root / "sources").mkdir(parents=True)
    (root / "claims").mkdir()
    for copy in range(20):
        for text in sorted((NEWSROOM / "sources").glob("*.txt")):
            source = f"{copy:02d}-{text.stem}"
            shutil.copy(text, root / "sources" / f"{source}.txt")
            shutil.copy(text.with_suffix(".yaml"), root / "sources" / f"{source}.yaml")
            if copy % 3 == 0:
                reviewed = (NEWSROOM / "claims" / f"{text.stem}.yaml").read_text(encoding="utf-8")
                (root / "claims" / f"{source}.yaml").write_text(reviewed.replace(text.stem, source), encoding="utf-8")


def files(root: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted((root / "claims").glob("*.yaml"))}


def factcheck(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "factcheck", *args], capture_output=True, check=False,
                          env={**os.environ, "NO_COLOR": "1"})


def start(wrapper: Path, args: list[str]) -> tuple[subprocess.Popen[bytes], int]:
    read_end, write_end = os.pipe()
    process = subprocess.Popen([sys.executable, str(wrapper), *args], stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, pass_fds=(write_end,),
                               env={**os.environ, "NO_COLOR": "1", "READY_FD": str(write_end),
                                    "PYTHONPATH": str(REPO)})
    os.close(write_end)
    return process, read_end


def campaign(name: str, args: list[str], root: Path, pristine: Path | None, signals: list[int], duration: float,
             wrapper: Path, rng: random.Random, complete: dict[str, bytes] | None) -> tuple[Counter[str], list[float]]:
    tally: Counter[str] = Counter()
    answers: list[float] = []
    for number, sent in enumerate(signals):
        if pristine is not None:
            shutil.rmtree(root, ignore_errors=True)
            shutil.copytree(pristine, root)
        process, ready = start(wrapper, args)
        time.sleep(rng.uniform(0.0, duration))
        handled = bool(select.select([ready], [], [], 0)[0])
        sent_at = time.perf_counter()
        process.send_signal(sent)
        _, stderr = process.communicate()
        answered = time.perf_counter() - sent_at
        os.close(ready)
        code = process.returncode
        expected = 130 if sent == signal.SIGINT else 143
        if not handled:
            tally["before factcheck's first line (not counted)"] += 1
            continue
        if BAD.search(stderr):
            verdict = f"FAIL {code}: {stderr[-200:]!r}"
        elif code == expected:
            verdict = f"{code} ({signal.Signals(sent).name})"
            if sent == signal.SIGINT:
                answers.append(answered)
        elif code == 0:
            verdict = f"0 (had finished, {signal.Signals(sent).name})"
        else:
            verdict = f"FAIL {code} after {signal.Signals(sent).name}: {stderr[-200:]!r}"
        if pristine is not None and complete is not None:
            if factcheck("check", "--root", str(root)).returncode != 0:
                verdict = "FAIL: check fails afterwards"
            elif factcheck("extract", "--root", str(root)).returncode != 0 or files(root) != complete:
                verdict = "FAIL: the next extract does not reproduce an uninterrupted run"
        tally[verdict] += 1
        print(f"  {name} #{number + 1}: {verdict}", file=sys.stderr)
    return tally, answers


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sigint", type=int, default=50)
    parser.add_argument("--sigterm", type=int, default=20)
    parser.add_argument("--seed", type=int, default=11)
    options = parser.parse_args()
    rng = random.Random(options.seed)
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        wrapper = base / "wrapper.py"
        wrapper.write_text(WRAPPER, encoding="utf-8")
        pristine = base / "articles"
        articles(pristine)
        done = base / "done"
        shutil.copytree(pristine, done)
        began = time.perf_counter()
        assert factcheck("extract", "--root", str(done)).returncode == 0
        extract_time = time.perf_counter() - began
        complete = files(done)
        large = base / "large"
        generate(large, 20_000)
        timings = {}
        for argv in (["conflicts", "--fail-on", "never"], ["list", "--format", "json"]):
            began = time.perf_counter()
            factcheck("--no-cache", *argv, "--root", str(large))
            timings[argv[0]] = time.perf_counter() - began
        runs = [
            ("extract (60 articles)", ["extract", "--root", str(base / "work")], base / "work", pristine,
             extract_time, complete),
            ("conflicts (20,000 claims)", ["--no-cache", "conflicts", "--fail-on", "never", "--root", str(large)],
             large, None, timings["conflicts"], None),
            ("list --format json (20,000 claims)", ["--no-cache", "list", "--format", "json", "--root", str(large)],
             large, None, timings["list"], None),
        ]
        failures = 0
        for name, args, root, source, duration, expected in runs:
            signals = [signal.SIGINT] * options.sigint + [signal.SIGTERM] * options.sigterm
            rng.shuffle(signals)
            tally, answers = campaign(name, args, root, source, signals, duration * 1.1, wrapper, rng, expected)
            print(f"{name}: an uninterrupted run takes {duration:.2f} s")
            for verdict, count in sorted(tally.items()):
                print(f"  {count:3d} × {verdict}")
                failures += count if verdict.startswith("FAIL") else 0
            if answers:
                print(f"  exit after SIGINT: median {statistics.median(answers) * 1000:.0f} ms, "
                      f"max {max(answers) * 1000:.0f} ms (signal sent to process reaped)")
        print("no failure" if not failures else f"{failures} FAILURES")
        sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
