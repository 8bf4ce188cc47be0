"""No data loss: `extract` killed at random moments (SIGINT, SIGKILL), and two runs at once.

Each claim file must always be either its old or its new version (atomic writes), no reviewed record
may be lost, and the next run must complete the work.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import TESTS

NEWSROOM = TESTS / "data" / "newsroom"
COPIES = 20  # 3 articles x 20 = 60 sources


def build_repository(root: Path) -> None:
    """60 articles; a third of them with a reviewed claim file (the newsroom's, renamed)."""
    (root / "sources").mkdir(parents=True)
    (root / "claims").mkdir()
    for copy in range(COPIES):
        for text in sorted((NEWSROOM / "sources").glob("*.txt")):
            source = f"{copy:02d}-{text.stem}"
            shutil.copy(text, root / "sources" / f"{source}.txt")
            shutil.copy(text.with_suffix(".yaml"), root / "sources" / f"{source}.yaml")
            if copy % 3 == 0:
                reviewed = (NEWSROOM / "claims" / f"{text.stem}.yaml").read_text(encoding="utf-8")
                (root / "claims" / f"{source}.yaml").write_text(reviewed.replace(text.stem, source),
                                                                encoding="utf-8")


def extract(root: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "factcheck", "extract", "--root", str(root)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            env={**os.environ, "NO_COLOR": "1"})


def run_to_end(root: Path) -> int:
    result = subprocess.run([sys.executable, "-m", "factcheck", "extract", "--root", str(root)],
                            capture_output=True, env={**os.environ, "NO_COLOR": "1"}, check=False)
    assert b"Traceback" not in result.stderr
    return result.returncode


def claim_files(root: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted((root / "claims").glob("*.yaml"))}


@pytest.fixture(scope="module")
def states(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, bytes], dict[str, bytes], float]:
    """A pristine repository, its claim files before and after one complete run, and how long it took."""
    pristine = tmp_path_factory.mktemp("pristine")
    build_repository(pristine)
    before = claim_files(pristine)
    done = tmp_path_factory.mktemp("done")
    shutil.copytree(pristine, done, dirs_exist_ok=True)
    start = time.perf_counter()
    assert run_to_end(done) == 0
    return pristine, before, claim_files(done), time.perf_counter() - start


def test_extract_killed_at_random_moments_loses_nothing(
        tmp_path: Path, states: tuple[Path, dict[str, bytes], dict[str, bytes], float]) -> None:
    pristine, before, after, duration = states
    rng = random.Random(2026)
    midway = 0
    for attempt in range(20):
        root = tmp_path / f"run{attempt}"
        shutil.copytree(pristine, root)
        process = extract(root)
        time.sleep(rng.uniform(0.3, 1.0) * duration)  # from start-up to the last write
        process.send_signal(rng.choice([signal.SIGINT, signal.SIGKILL]))
        _, stderr = process.communicate()
        assert process.returncode in (0, 130, -signal.SIGKILL), stderr
        assert b"Traceback" not in stderr
        now = claim_files(root)
        for name, content in now.items():
            assert content in (before.get(name), after[name]), f"run {attempt}: {name} is neither old nor new"
        midway += now != after
        for name, content in before.items():
            kept = (root / "claims" / name).read_bytes()
            assert kept.count(b"status: reviewed") == content.count(b"status: reviewed")
        assert run_to_end(root) == 0, f"run {attempt}: the next run must complete the work"
        assert claim_files(root) == after
        assert not list((root / "claims").glob(".*.tmp")), "temporary files are cleaned up"
        shutil.rmtree(root)
    assert midway >= 5, f"only {midway} of 20 runs were stopped before the end: the test would prove little"


def test_two_runs_at_once_take_turns(tmp_path: Path,
                                     states: tuple[Path, dict[str, bytes], dict[str, bytes], float]) -> None:
    pristine, _, after, _ = states
    root = tmp_path / "repo"
    shutil.copytree(pristine, root)
    first, second = extract(root), extract(root)
    first.communicate()
    second.communicate()
    assert (first.returncode, second.returncode) == (0, 0)
    assert claim_files(root) == after
