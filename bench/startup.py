"""Start-up benchmark: shipped-corpus commands against `python -c 'import typer'`, in one run.

    python bench/startup.py [--runs 15]

Prints the median and best wall time of each command over N runs (interleaved, so machine noise hits
all of them alike) and each command's ratio to the `import typer` floor. Targets: `list --format json`
within 1.5x, `list` (table) within 2x (issue 2); `conflicts --format json` within 2x (issue 4).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def factcheck_command() -> list[str]:
    script = Path(sys.executable).parent / "factcheck"
    return [str(script)] if script.exists() else [sys.executable, "-m", "factcheck"]


def commands() -> dict[str, list[str]]:
    fc = factcheck_command()
    root = ["--root", str(ROOT)]
    return {
        "python -c pass": [sys.executable, "-c", "pass"],
        "python -c 'import typer'": [sys.executable, "-c", "import typer"],
        "factcheck list --format json": [*fc, "list", "--format", "json", *root],
        "factcheck list (table)": [*fc, "list", *root],
        "factcheck check": [*fc, "check", *root],
        "factcheck conflicts --format json": [*fc, "--no-cache", "conflicts", "--format", "json", *root],
        "factcheck conflicts --format json (warm)": [*fc, "conflicts", "--format", "json", *root],
        "factcheck show --metric trade": [*fc, "show", "--metric", "trade", *root],
    }


def compile_package() -> None:
    """Write the package's bytecode, as `pip install` does: PYTHONDONTWRITEBYTECODE (set on some CI
    machines) would otherwise make every run recompile factcheck from source and skew the figures."""
    import compileall

    compileall.compile_dir(str(ROOT / "factcheck"), quiet=1)


def measure(runs: int) -> dict[str, list[float]]:
    compile_package()
    table = commands()
    times: dict[str, list[float]] = {name: [] for name in table}
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "100"}
    for name, argv in table.items():  # warm the OS caches once
        subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=False)
    for _ in range(runs):
        for name, argv in table.items():
            start = time.perf_counter()
            result = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, check=False)
            times[name].append(time.perf_counter() - start)
            if result.returncode not in (0, 1):
                raise SystemExit(f"{name} failed ({result.returncode}): {result.stderr.decode()[:500]}")
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    times = measure(args.runs)
    floor = statistics.median(times["python -c 'import typer'"])
    print(f"start-up on the shipped corpus, {args.runs} interleaved runs, {os.cpu_count()} CPUs, "
          f"Python {sys.version.split()[0]}")
    print(f"{'command':42} {'median':>9} {'best':>9} {'x typer':>8}")
    for name, values in times.items():
        median = statistics.median(values)
        print(f"{name:42} {median * 1000:7.1f}ms {min(values) * 1000:7.1f}ms {median / floor:7.2f}x")
    if shutil.which("factcheck") is None:
        print("(factcheck is not on PATH; measured through python -m factcheck)")


if __name__ == "__main__":
    main()
