"""Regenerate schema/claims.schema.json from the model (`factcheck.model.ClaimFile`).

Run after changing the model: `python scripts/update_schema.py`. tests/test_model.py fails while the
checked-in file differs from what the model generates.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from factcheck.model import SCHEMA_PATH, claim_file_schema

TARGET = Path(__file__).resolve().parent.parent / SCHEMA_PATH


def schema_text() -> str:
    return json.dumps(claim_file_schema(), indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    TARGET.parent.mkdir(exist_ok=True)
    TARGET.write_text(schema_text(), encoding="utf-8")
    sys.stdout.write(f"wrote {TARGET}\n")
