"""Start-up against an earlier revision, in one interleaved run: is `list` start-up unchanged?

    python bench/startup_against.py REV [--runs 15]

Checks REV out into a temporary git worktree and times `list --format json`, `list` (table) and
`check`, each tree on its own shipped claims, with `python -m factcheck` and this interpreter (so both
use the same installed libraries), beside `python -c 'import typer'`. Ratios to the floor drift with
the machine's load; two trees measured in the same run, interleaved, do not.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COMMANDS = {"list --format json": ["list", "--format", "json"], "list (table)": ["list"], "check": ["check"]}


def timed(argv: list[str], env: dict[str, str] | None = None) -> float:
    start = time.perf_counter()
    subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=tempfile.gettempdir(),
                   check=False)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rev", help="the revision to compare with (a commit, tag or branch)")
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="factcheck-startup-") as folder:
        old = Path(folder) / "tree"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(old), args.rev], check=True)
        try:
            trees = {args.rev: old, "this tree": ROOT}
            times: dict[tuple[str, str], list[float]] = {}
            for _ in range(args.runs):
                times.setdefault(("floor", "import typer"), []).append(timed([sys.executable, "-c", "import typer"]))
                for name, tree in trees.items():
                    env = dict(os.environ, PYTHONPATH=str(tree))
                    for label, command in COMMANDS.items():
                        argv = [sys.executable, "-m", "factcheck", *command, "--root", str(tree)]
                        times.setdefault((name, label), []).append(timed(argv, env))
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(old)], check=False)
    floor = statistics.median(times[("floor", "import typer")])
    print(f"start-up, {args.runs} interleaved runs, {os.cpu_count()} CPUs, Python {sys.version.split()[0]}")
    print(f"{'tree':16}{'command':22}{'median':>10}{'best':>10}{'x typer':>9}")
    for (name, label), values in times.items():
        median = statistics.median(values)
        print(f"{name[:15]:16}{label:22}{median * 1000:8.1f}ms{min(values) * 1000:8.1f}ms{median / floor:8.2f}x")


if __name__ == "__main__":
    main()
