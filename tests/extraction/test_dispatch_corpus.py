"""A ratchet on our own dispatches: the development corpus's scorer, run on tests/data/dispatches.

tests/data/dispatches holds French dispatches that we wrote for testing (invented figures, four rounds)
and an annotation of every figure in the development corpus's gold format (its README). When
../shared/corpus/score.py is next to the clone, this test runs it on them and fails if recall, precision,
the conflicts found or the false alarms get worse than the figures reached when the corpus was added.
Raise the floors when the reading improves; never lower them to pass. The dispatches are a regression
set, not a tuning target: a rule that only one of them needs is not reading.
"""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys

import pytest
import yaml

from tests.conftest import SHARED, TESTS

SCORER = SHARED / "corpus" / "score.py"
DISPATCHES = TESTS / "data" / "dispatches"

# What the reader reached (tests/data/dispatches/README.md), rounded down; a change that loses ground fails.
# Round 1 (29 dispatches, gold/dispatches.yaml) when it was added: recall 0.60, precision 0.82, 4 false alarms of
# 5; after the rules it led to, 0.87 and 0.98, none. Round 2 (30 more, gold/round2-*.yaml, written and annotated
# blind to those rules) on its first run: recall 0.73 (209/286), precision 0.90 (228/252), 5 false alarms of 15.
# Rounds 1 and 2 after the rules round 2 led to: recall 0.92 (484/524), precision 0.99 (533/539), major 8/8, 1
# false alarm of 16. Round 3 (30 more, gold/round3-*.yaml, blind to round 2's rules) on its first run: recall
# 0.72 (196/273), precision 0.92 (212/231), 7 false alarms of 18. All three rounds, as round 3 was added: recall
# 0.86 (683/797), precision 0.97 (748/773), major 11/14, 8 false alarms of 34; after the rules round 3 led to,
# recall 0.91 (727/797), precision 0.99 (796/804), major 11/14, 2 false alarms of 26. Round 4 (30 more,
# gold/round4-*.yaml, blind to round 3's rules) on its first run: recall 0.73 (197/270), precision 0.92 (207/224),
# 5 false alarms of 12. All four rounds, as round 4 was added (with the cross-round conflicts annotated, R4X7-R4X9):
# recall 0.87 (924/1067), precision 0.98 (1003/1028), major 17/24, 6 false alarms of 41; after the rules round 4 led to
# and the change variable of the engine (two changes over one base meet without a level):
# recall 0.93 (991/1067), precision 0.99 (1073/1084), major 20/26, 3 false alarms of 35. Round 5 (30 more,
# gold/round5-*.yaml, written and annotated blind to round 4's rules) on its first run: recall 0.79 (233/294),
# precision 0.90 (243/269), 8 false alarms of 19. All five rounds, as round 5 was added:
# recall 0.90 (1224/1361), precision 0.97 (1316/1353), major 26/32, 11 false alarms of 54; after the rules round 5
# led to:
# recall 0.94 (1272/1361), precision 0.99 (1369/1378), major 27/32, 3 false alarms of 48. Round 6 (24 more,
# gold/round6-*.yaml, written and annotated blind to round 5's rules) on its first run: recall 0.81 (217/267),
# precision 0.93 (224/240), 3 false alarms of 11. All six rounds, as round 6 was added:
# recall 0.92 (1489/1628), precision 0.98 (1593/1618), major 32/38, 6 false alarms of 59; after the rules round 6
# led to:
ARTICLES = 173
RECALL_FLOOR = 0.92  # 1507/1628
PRECISION_FLOOR = 0.99  # 1612/1622
MAJOR_CONFLICTS_FOUND = 32  # of 38 annotated
MOST_FALSE_ALARMS = 3  # of 56 reported


@pytest.fixture(scope="module")
def figures() -> dict[str, object]:
    command = shlex.join([sys.executable, "-m", "factcheck"])
    result = subprocess.run([sys.executable, str(SCORER), str(DISPATCHES), "--factcheck", command, "--json"],
                            capture_output=True, text=True, timeout=900,
                            env={**os.environ, "FACTCHECK_NO_CACHE": "1"})
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    text = result.stdout
    return json.loads(text[text.index("{"):text.rindex("}") + 1])  # type: ignore[no-any-return]


@pytest.mark.skipif(not SCORER.exists(), reason="../shared/corpus is not next to this clone")
def test_recall_and_precision_do_not_drop(figures: dict[str, object]) -> None:
    assert figures["articles"] == ARTICLES
    assert figures["recall"] >= RECALL_FLOOR, figures["missed"]  # type: ignore[operator]
    assert figures["precision"] >= PRECISION_FLOOR  # type: ignore[operator]


@pytest.mark.skipif(not SCORER.exists(), reason="../shared/corpus is not next to this clone")
def test_conflicts_are_still_found_and_false_alarms_do_not_grow(figures: dict[str, object]) -> None:
    assert figures["major_hit"] >= MAJOR_CONFLICTS_FOUND, figures["conflicts_missed"]  # type: ignore[operator]
    assert figures["false_alarms"] <= MOST_FALSE_ALARMS  # type: ignore[operator]


def test_every_gold_quote_is_in_its_dispatch() -> None:
    """The scorer does not check quotes; a quote that is not verbatim would make a claim unreviewable."""
    golds = [yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted((DISPATCHES / "gold").glob("*.yaml"))]
    texts = {p.stem: p.read_text(encoding="utf-8") for p in (DISPATCHES / "sources").glob("*.txt")}
    slugs = [a["slug"] for gold in golds for a in gold["articles"]]
    assert sorted(slugs) == sorted(texts)  # each dispatch annotated in exactly one gold file
    ids = [c["id"] for gold in golds for c in gold["claims"]]
    assert len(ids) == len(set(ids))
    for gold in golds:
        quoted = gold["claims"] + [c for k in gold.get("conflicts") or [] for c in k.get("claims") or []
                                   if isinstance(c, dict)]
        assert [c["id"] for c in quoted if c["quote"] not in texts[c["article"]]] == []
        named = {i for section in ("agreements", "must_not_conflict") for a in gold.get(section) or []
                 for i in a["claims"]}
        assert named <= set(ids)


def test_every_dispatch_says_it_is_not_a_real_article() -> None:
    for sidecar in sorted((DISPATCHES / "sources").glob("*.yaml")):
        meta = yaml.safe_load(sidecar.read_text(encoding="utf-8"))
        assert meta["note"] == "Written for factcheck's tests (not a real article); figures are invented.", sidecar.name
        assert meta["outlet"].startswith("dépêche fictive"), sidecar.name
