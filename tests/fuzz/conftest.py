"""FACTCHECK_FUZZ_SCALE=10 multiplies every fuzz suite's number of examples (CI runs scale 1)."""

from __future__ import annotations

import os

SCALE = max(1, int(os.environ.get("FACTCHECK_FUZZ_SCALE", "1")))


def examples(count: int) -> int:
    return count * SCALE
