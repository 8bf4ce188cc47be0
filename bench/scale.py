"""Scale benchmark: repositories of 10,000 and 100,000 synthetic claims, in one run.

    python bench/scale.py [--sizes 10000 100000] [--keep DIR]

For each size it generates a repository (bench/synthetic.py), then reports, for `list --format json`,
`check` and `conflicts --format json`: the cold time (no cache), the warm time (second run, nothing
changed) and the peak memory (maximum resident set of the process), beside two floors measured in the
same run: reading the claim files' bytes, and parsing them with libyaml (PyYAML's CSafeLoader).
The targets (issue 7): `conflicts` cold no slower than the libyaml floor, warm at most 0.15x of it,
10x the claims at most 12x the time, memory under 1 GB.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.synthetic import generate  # noqa: E402

# Runs a command and prints its wall time and the peak RSS of that child alone, as JSON.
MEASURE = """
import json, resource, subprocess, sys, time
start = time.perf_counter()
code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode
elapsed = time.perf_counter() - start
print(json.dumps({"seconds": elapsed, "rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
                  "code": code}))
"""


def factcheck() -> list[str]:
    script = Path(sys.executable).parent / "factcheck"
    return [str(script)] if script.exists() else [sys.executable, "-m", "factcheck"]


def measure(argv: list[str]) -> dict[str, float]:
    out = subprocess.run([sys.executable, "-c", MEASURE, *argv], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def floors(root: Path) -> dict[str, float]:
    import yaml

    paths = sorted((root / "claims").glob("*.yaml"))
    start = time.perf_counter()
    texts = [p.read_bytes() for p in paths]
    read = time.perf_counter() - start
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    start = time.perf_counter()
    for raw in texts:
        yaml.load(raw.decode("utf-8"), Loader=loader)
    parse = time.perf_counter() - start
    return {"read": read, "libyaml": read + parse}


def commands(root: Path) -> dict[str, list[str]]:
    fc = factcheck()
    available = subprocess.run([*fc, "--help"], capture_output=True, text=True).stdout
    table = {"list --format json": [*fc, "list", "--format", "json", "--root", str(root)],
             "check": [*fc, "check", "--root", str(root)]}
    if "conflicts" in available:
        table["conflicts --format json"] = [*fc, "conflicts", "--format", "json", "--fail-on", "never",
                                            "--root", str(root)]
    return table


def run_size(size: int, folder: Path) -> dict[str, object]:
    root = folder / f"repo-{size}"
    counts = generate(root, size)
    result: dict[str, object] = {"size": size, "counts": counts, "floors": floors(root), "commands": {}}
    for name, argv in commands(root).items():
        shutil.rmtree(root / ".factcheck-cache", ignore_errors=True)
        cold = measure(argv)
        warm = measure(argv)
        result["commands"][name] = {"cold": cold, "warm": warm}  # type: ignore[index]
    return result


def report(results: list[dict[str, object]]) -> None:
    print(f"{os.cpu_count()} CPUs, Python {sys.version.split()[0]}")
    for result in results:
        floor = result["floors"]  # type: ignore[assignment]
        print(f"\n{result['size']:,} claims {result['counts']}")
        print(f"  floor: read the files {floor['read']:.2f} s; parse them with libyaml {floor['libyaml']:.2f} s")
        for name, times in result["commands"].items():  # type: ignore[attr-defined]
            cold, warm = times["cold"], times["warm"]
            print(f"  {name:26} cold {cold['seconds']:6.2f} s ({cold['seconds'] / floor['libyaml']:.2f}x libyaml)"
                  f"  warm {warm['seconds']:6.2f} s ({warm['seconds'] / floor['libyaml']:.2f}x)"
                  f"  peak {max(cold['rss_mb'], warm['rss_mb']):6.0f} MB  exit {cold['code']}")
    if len(results) >= 2:
        small, large = results[0], results[-1]
        ratio = large["size"] / small["size"]  # type: ignore[operator]
        for name in large["commands"]:  # type: ignore[attr-defined]
            for state in ("cold", "warm"):
                a = small["commands"][name][state]["seconds"]  # type: ignore[index]
                b = large["commands"][name][state]["seconds"]  # type: ignore[index]
                print(f"  {ratio:.0f}x the claims, {name} {state}: {b / a:.1f}x the time")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--keep", type=Path, help="generate into this folder and keep it")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="factcheck-scale-"))
    try:
        report([run_size(size, folder) for size in args.sizes])
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
