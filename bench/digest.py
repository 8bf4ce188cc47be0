"""What the cache's content digest costs: CRC-32 (before) against BLAKE2b and SHA-256 over every claim file
of a 100,000-claim repository, and what a warm `list` and `check` take with the BLAKE2b key.

    python bench/digest.py [CLAIMS]

The digest runs on bytes already read (the cache compares them with the file it serves), so its cost is
the whole price of never serving a stale entry.
"""

from __future__ import annotations

import hashlib
import statistics
import subprocess
import sys
import tempfile
import time
import zlib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.synthetic import generate  # noqa: E402


def timed(function, blobs: list[bytes], repeat: int = 5) -> float:  # type: ignore[no-untyped-def]
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        for blob in blobs:
            function(blob)
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def main() -> None:
    claims = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        generate(root, claims)
        blobs = [p.read_bytes() for p in sorted((root / "claims").glob("*.yaml"))]
        size = sum(map(len, blobs))
        print(f"{claims:,} claims, {len(blobs):,} claim files, {size / 2**20:.1f} MiB")
        for name, function in [("CRC-32 (zlib)", zlib.crc32),
                               ("BLAKE2b-128", lambda b: hashlib.blake2b(b, digest_size=16).digest()),
                               ("SHA-256", lambda b: hashlib.sha256(b).digest())]:
            seconds = timed(function, blobs)
            print(f"  {name:<16} {seconds * 1000:8.1f} ms  ({size / seconds / 2**20:,.0f} MiB/s)")
        command = [sys.executable, "-m", "factcheck", "--root", str(root)]
        for argv in (["list", "--format", "json"], ["check"]):
            subprocess.run([*command, *argv], capture_output=True, check=False)  # cold: fills the cache
            runs = []
            for _ in range(3):
                start = time.perf_counter()
                subprocess.run([*command, *argv], capture_output=True, check=False)
                runs.append(time.perf_counter() - start)
            print(f"  warm factcheck {' '.join(argv):<20} {statistics.median(runs):6.2f} s (median of 3)")


if __name__ == "__main__":
    main()
