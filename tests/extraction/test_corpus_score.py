"""A ratchet on real articles: the development corpus's scorer must not lose ground.

../shared/corpus holds 40 real French articles and a person's annotation of every figure (its README);
its `score.py` runs `factcheck extract`, `list` and `conflicts` on a fresh copy and compares. This test
runs it when the corpus is next to the clone and fails if recall, precision or the false alarms get
worse than the figures reached (raise the floors when the reading improves; never lower them to pass).
The articles are only read from ../shared/corpus, never copied into the repository.
"""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys

import pytest

from tests.conftest import SHARED

CORPUS = SHARED / "corpus"

# what the reader reached (README, "Accuracy on real articles"); a change that loses ground fails here
RECALL_FLOOR = 0.89
PRECISION_FLOOR = 0.965
MOST_FALSE_ALARMS = 2


@pytest.fixture(scope="module")
def figures() -> dict[str, object]:
    command = shlex.join([sys.executable, "-m", "factcheck"])
    result = subprocess.run([sys.executable, str(CORPUS / "score.py"), "--factcheck", command, "--json"],
                            capture_output=True, text=True, timeout=900,
                            env={**os.environ, "FACTCHECK_NO_CACHE": "1"})
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    text = result.stdout
    return json.loads(text[text.index("{"):text.rindex("}") + 1])  # type: ignore[no-any-return]


@pytest.mark.skipif(not (CORPUS / "score.py").exists(), reason="../shared/corpus is not next to this clone")
def test_recall_and_precision_do_not_drop(figures: dict[str, object]) -> None:
    assert figures["recall"] >= RECALL_FLOOR, figures["missed"]  # type: ignore[operator]
    assert figures["precision"] >= PRECISION_FLOOR  # type: ignore[operator]


@pytest.mark.skipif(not (CORPUS / "score.py").exists(), reason="../shared/corpus is not next to this clone")
def test_false_alarms_do_not_grow(figures: dict[str, object]) -> None:
    assert figures["false_alarms"] <= MOST_FALSE_ALARMS  # type: ignore[operator]
