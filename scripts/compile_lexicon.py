"""Write factcheck/lexicon/compiled.json: every lexicon YAML file's parsed data and checksum.

Run after editing a lexicon file: `python scripts/compile_lexicon.py`. It is an optimisation only
(see `factcheck.lexicon.read_data`): a stale entry is ignored and the YAML parsed instead, and
tests/lexicon/test_lexicon.py fails until the file is current again.
"""

from __future__ import annotations

import json
import sys
import zlib
from pathlib import Path

from factcheck.lexicon import COMPILED, parse_data

FOLDER = Path(__file__).resolve().parent.parent / "factcheck" / "lexicon"


def compiled_text() -> str:
    entries = {}
    for path in sorted(FOLDER.glob("*.yaml")):
        raw = path.read_bytes()
        entries[path.name] = {"crc32": zlib.crc32(raw), "data": parse_data(path.name, raw.decode("utf-8"))}
    return json.dumps(entries, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"


if __name__ == "__main__":
    (FOLDER / COMPILED).write_text(compiled_text(), encoding="utf-8")
    sys.stdout.write(f"wrote {FOLDER / COMPILED}\n")
