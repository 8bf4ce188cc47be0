"""Extraction throughput: characters per second on a corpus of at least 1 MB built from the sources,
against the floor of merely reading the same text and splitting it into sentences, in one run.

    python bench/extraction.py [--megabytes 1.5]

The corpus is the shipped articles and the test newsroom articles, repeated with their figures and
years varied (so caches keyed on text do not flatter the result) until it reaches the size asked.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck import lexicon  # noqa: E402
from factcheck.extraction.claims import Article, extract_claims  # noqa: E402
from factcheck.extraction.periods import Published  # noqa: E402
from factcheck.extraction.text import sentences  # noqa: E402


def corpus(megabytes: float) -> list[str]:
    """Article texts, varied copies of the real ones, totalling at least `megabytes` MB of UTF-8."""
    originals = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "sources").glob("*.txt"))]
    originals += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests/data/newsroom/sources").glob("*.txt"))]
    rng = random.Random(7)
    texts: list[str] = []
    size = 0
    while size < megabytes * 1_000_000:
        base = originals[len(texts) % len(originals)]
        varied = re.sub(r"\b(\d{2,3})\b", lambda m: str(int(m.group(1)) + rng.randint(1, 9)), base)
        varied = re.sub(r"\b20(1\d|2[0-4])\b", lambda m: f"20{int(m.group(1)) - rng.randint(0, 3):02d}", varied)
        texts.append(varied)
        size += len(varied.encode("utf-8"))
    return texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=1.5)
    args = parser.parse_args()
    texts = corpus(args.megabytes)
    characters = sum(len(t) for t in texts)
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for index, text in enumerate(texts):
            path = Path(folder) / f"{index:05d}.txt"
            path.write_text(text, encoding="utf-8")
            paths.append(path)
        start = time.perf_counter()
        count = 0
        for path in paths:
            count += len(sentences(path.read_text(encoding="utf-8")))
        floor = time.perf_counter() - start
        policy = lexicon.policy()
        extract_claims(Article("warm", texts[0], Published(2025, 5)), policy)  # load lexicons once
        start = time.perf_counter()
        claims = 0
        for path in paths:
            text = path.read_text(encoding="utf-8")
            claims += len(extract_claims(Article(path.stem, text, Published(2025, 5)), policy))
        elapsed = time.perf_counter() - start
    print(f"corpus: {len(texts)} articles, {characters:,} characters ({characters / 1e6:.2f} M), "
          f"{count:,} sentences")
    print(f"read + split into sentences: {floor:6.2f} s  {characters / floor / 1e6:7.2f} M chars/s")
    print(f"read + extract claims:       {elapsed:6.2f} s  {characters / elapsed / 1e3:7.1f} k chars/s "
          f"({claims:,} claims), {elapsed / floor:.0f}x the floor")


if __name__ == "__main__":
    main()
