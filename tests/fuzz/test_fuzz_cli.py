"""Fuzzing the command line: random arguments to every command end in exit 0, 1 or 2 with a message,
never in a traceback or an internal error (exit 3)."""

from __future__ import annotations

import io
import shutil
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.cli import app, main
from tests.conftest import REPO_ROOT
from tests.fuzz.conftest import examples

COMMANDS = sorted(c.name or "" for c in app.registered_commands)
OPTIONS = ["--format", "--metric", "--source", "--period", "--country", "--modality", "--root", "--no-color",
           "--dry-run", "--published", "--countries", "--help", "-f", "-m", "--fail-on", "--targets",
           "--acknowledge", "--reason", "--between", "--plot", "--jobs", "--version"]
VALUES = st.one_of(st.sampled_from(["json", "table", "csv", "yaml", "text", "github", "sarif", "markdown", "trade",
                                    "2023", "2023-Q5", "KZ", "xx", "actual", "-", "", "..", "/etc/passwd",
                                    "2025-05-vna-ambassador-interview", "major", "never", "0", "-1", "2020..2025",
                                    "chart.svg", "chart.png", "../chart.svg"]),
                   st.text(max_size=20))


@pytest.fixture(scope="module")
def root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cli")
    for name in ("claims", "sources"):
        shutil.copytree(REPO_ROOT / name, folder / name)
    return folder


@settings(max_examples=examples(400), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(command=st.sampled_from(COMMANDS), options=st.lists(st.tuples(st.sampled_from(OPTIONS), VALUES), max_size=4),
       positional=st.lists(VALUES, max_size=2))
def test_random_arguments(root: Path, monkeypatch: pytest.MonkeyPatch, command: str, options: list[tuple[str, str]],
                          positional: list[str]) -> None:
    argv = [command, *positional]
    for option, value in options:
        argv += [option] if option in ("--no-color", "--dry-run", "--help", "--targets", "--version") else \
            [option, value]
    if "--root" not in argv:
        argv += ["--root", str(root)]
    monkeypatch.chdir(root / "claims")  # whatever a command writes (--plot FILE) stays in the temporary copy
    monkeypatch.setattr("sys.stdin", io.StringIO("Le commerce a atteint 2 milliards de dollars en 2023."))
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(argv)
    assert code in (0, 1, 2), (argv, code, err.getvalue())
    assert "Traceback" not in out.getvalue() + err.getvalue()
    if code == 2:
        assert err.getvalue().strip(), argv
