"""Shared fixtures: the repository root, an in-process CLI runner, golden-file comparison."""

from __future__ import annotations

import difflib
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
TESTS = Path(__file__).resolve().parent
GOLDEN = TESTS / "golden"
SHARED = REPO_ROOT.parent / "shared"


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Callable[..., tuple[int, str, str]]:
    """Run `factcheck ARGS` in-process; return (exit code, stdout, stderr). No colour, fixed width."""
    from factcheck.cli import main

    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.delenv("FACTCHECK_DEBUG", raising=False)
    monkeypatch.setenv("FACTCHECK_NO_CACHE", "1")  # tests also run on folders of this repository

    def invoke(*args: str) -> tuple[int, str, str]:
        capsys.readouterr()
        code = main(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    return invoke


def assert_golden(name: str, actual: str) -> None:
    """Compare with tests/golden/NAME byte for byte; FACTCHECK_UPDATE_GOLDEN=1 rewrites the file."""
    path = GOLDEN / name
    if os.environ.get("FACTCHECK_UPDATE_GOLDEN"):
        path.write_text(actual, encoding="utf-8", newline="")
        return
    assert path.exists(), f"missing golden file {path}; run with FACTCHECK_UPDATE_GOLDEN=1 to create it"
    expected = path.read_text(encoding="utf-8")
    if actual != expected:
        diff = "".join(difflib.unified_diff(expected.splitlines(True), actual.splitlines(True),
                                            f"golden/{name}", "actual"))
        pytest.fail(f"output differs from golden/{name}:\n{diff}")


@pytest.fixture
def seed_copy(tmp_path: Path) -> Path:
    """A writable copy of the shipped corpus (claims/ and sources/)."""
    for folder in ("claims", "sources"):
        shutil.copytree(REPO_ROOT / folder, tmp_path / folder)
    return tmp_path
