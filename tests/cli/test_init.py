"""`factcheck init`: a repository from nothing; running it again changes nothing."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import yaml

from factcheck import lexicon, scaffold
from tests.conftest import REPO_ROOT

Run = Callable[..., tuple[int, str, str]]


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {str(p.relative_to(folder)): (p.read_bytes() if p.is_file() else b"", p.stat().st_mtime_ns)
            for p in sorted(folder.rglob("*"))}


def test_init_makes_a_repository_and_a_second_run_changes_nothing(run: Run, tmp_path: Path) -> None:
    target = tmp_path / "fact-checks"
    code, out, err = run("init", str(target), "--ci", "github")
    assert (code, err) == (0, "")
    for name in ("claims/", "sources/", "factcheck.yaml", ".gitignore", ".github/workflows/factcheck.yml"):
        assert f"  created {name}\n" in out
    assert (target / "claims").is_dir() and (target / "sources").is_dir()
    assert ".factcheck-cache/" in (target / ".gitignore").read_text(encoding="utf-8").splitlines()
    before = snapshot(target)
    code, out, err = run("init", str(target), "--ci", "github")
    assert code == 0 and "nothing changed" in out and "created" not in out
    assert snapshot(target) == before


def test_existing_files_are_left_exactly_as_they_are(run: Run, tmp_path: Path) -> None:
    (tmp_path / "sources").mkdir()
    (tmp_path / ".gitignore").write_text("*.pyc\n", encoding="utf-8")
    (tmp_path / "factcheck.yaml").write_text("tolerance: {reading: strict}\n", encoding="utf-8")
    code, out, _ = run("init", str(tmp_path))
    assert code == 0
    assert "exists, left as is: .gitignore" in out and "exists, left as is: sources/" in out
    assert "created claims/" in out
    assert (tmp_path / ".gitignore").read_text(encoding="utf-8") == "*.pyc\n"
    assert (tmp_path / "factcheck.yaml").read_text(encoding="utf-8") == "tolerance: {reading: strict}\n"
    assert not (tmp_path / ".github").exists()  # only with --ci github


def test_the_commented_configuration_is_valid_and_shows_the_defaults(run: Run, tmp_path: Path) -> None:
    run("init", str(tmp_path))
    text = (tmp_path / "factcheck.yaml").read_text(encoding="utf-8")
    assert yaml.safe_load(text) is None  # all commented out: the defaults apply
    code, _, err = run("check", "--root", str(tmp_path))
    assert code == 0, err
    uncommented = "\n".join(line[2:] for line in text.splitlines() if line.startswith(("#  ", "# tolerance")))
    data = yaml.safe_load(uncommented)
    assert lexicon.policy(data["tolerance"]) == lexicon.policy()  # what it shows is the policy in force


def test_the_workflow_is_the_one_docs_ci_md_shows() -> None:
    docs = (REPO_ROOT / "docs" / "ci.md").read_text(encoding="utf-8")
    block = re.search(r"```yaml\n(name: factcheck\n.*?)```", docs, re.S)
    assert block is not None
    assert block.group(1) == scaffold.GITHUB_WORKFLOW


def test_the_working_directory_by_default_and_errors_named(run: Run, tmp_path: Path, monkeypatch: object) -> None:
    import pytest

    assert isinstance(monkeypatch, pytest.MonkeyPatch)
    monkeypatch.chdir(tmp_path)
    assert run("init")[0] == 0 and (tmp_path / "claims").is_dir()
    code, _, err = run("init", "--ci", "gitlab")
    assert code == 2 and "--ci 'gitlab'" in err
    (tmp_path / "afile").write_text("x", encoding="utf-8")
    code, _, err = run("init", str(tmp_path / "afile"))
    assert code == 2 and err.count("\n") == 1 and "afile" in err
