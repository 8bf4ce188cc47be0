"""A claims repository written by an attacker: symlinks out, `..` paths, terminal escapes and Rich
markup in quotes. Every command gives findings or a clear error, and every output format is harmless."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import TESTS

Run = Callable[..., tuple[int, str, str]]
SECRET = "TOP-SECRET-LINE"
HOSTILE_QUOTE = '=HYPERLINK("http://evil") \x1b[2J\x1b]8;;http://evil\x07[bold red]clic[/] ::error::forged | `x` <b>'


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    shutil.copytree(TESTS / "data" / "newsroom", root)
    secret = tmp_path / "outside.txt"
    secret.write_text(SECRET + "\n", encoding="utf-8")
    # a source that is a symlink to a file outside the repository
    india = root / "sources" / "2025-01-les-echos-inde-france.txt"
    india.unlink()
    os.symlink(secret, india)
    # a quote full of escapes and markup, kept valid YAML (double-quoted, escapes decoded by YAML)
    path = root / "claims" / "2024-02-le360-maroc-senegal.yaml"
    text = path.read_text(encoding="utf-8")
    text = text.replace("quote: Royal Air Maroc", f"quote: {json.dumps(HOSTILE_QUOTE)} # ", 1)
    text = text.replace("  metric: flights", f"  metric: {json.dumps(chr(27) + '[31mflights[link=http://x]')}", 1)
    path.write_text(text, encoding="utf-8")
    return root


def assert_harmless(text: str) -> None:
    assert "\x1b" not in text and "\x07" not in text, "terminal escape in output"
    assert SECRET not in text, "a file outside the repository was read"


def test_check_reports_every_problem_harmlessly(run: Run, hostile: Path) -> None:
    for fmt in ("text", "json", "github"):
        code, out, err = run("check", "--root", str(hostile), "--format", fmt)
        assert code == 1 and err == ""
        assert_harmless(out)
        assert "source-outside-root" in out and "quote-not-in-source" in out and "unknown-metric" in out
    _, out, _ = run("check", "--root", str(hostile), "--format", "github")
    assert all(line.startswith(("::error ", "factcheck check:")) for line in out.splitlines())


@pytest.mark.parametrize("fmt", ["table", "json", "csv", "yaml"])
def test_list_renders_hostile_quotes_harmlessly(run: Run, hostile: Path, fmt: str) -> None:
    code, out, err = run("list", "--root", str(hostile), "--format", fmt)
    assert code == 0 and err == ""
    assert_harmless(out)
    if fmt == "table":
        assert "[bold red]clic[/]" in out  # shown as the characters it is, not applied as markup
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(out)))
        quotes = [r["quote"] for r in rows if "HYPERLINK" in r["quote"]]
        assert quotes and all(q.startswith("'=") for q in quotes)
    if fmt == "json":
        assert any("\x1b" in row["quote"] for row in json.loads(out)), "JSON keeps the data, escaped"


def test_a_claim_file_symlinked_outside_is_refused(run: Run, hostile: Path) -> None:
    outside = hostile.parent / "evil.yaml"
    outside.write_text("source: evil\nclaims: []\n# " + SECRET + "\n", encoding="utf-8")
    os.symlink(outside, hostile / "claims" / "evil.yaml")
    code, out, _ = run("check", "--root", str(hostile))
    assert code == 1 and "claims/evil.yaml: outside-root" in out
    assert_harmless(out)
    code, out, err = run("list", "--root", str(hostile))
    assert code == 2 and "outside the repository" in err and out == ""
    assert_harmless(err)


def test_a_dotdot_source_id_never_reads_outside(run: Run, hostile: Path) -> None:
    (hostile / "claims" / "x.yaml").write_text("source: ../outside\nclaims: []\n", encoding="utf-8")
    code, out, _ = run("check", "--root", str(hostile), "--format", "json")
    assert code == 1 and "invalid-source-id" in out
    assert_harmless(out)


def test_extract_and_parse_outputs_are_harmless(run: Run, hostile: Path) -> None:
    code, out, err = run("extract", "--root", str(hostile), "--dry-run")
    assert code == 2 and "outside the repository" in out
    assert_harmless(out + err)
    code, out, _ = run("parse", "Le commerce \x1b[31mentre le Maroc et le Sénégal a atteint [bold]2[/] milliards "
                                "de dollars en 2023.")
    assert code == 0
    assert_harmless(out)


@pytest.mark.parametrize("fmt", ["table", "json", "markdown"])
def test_show_renders_a_hostile_repository_harmlessly(run: Run, hostile: Path, fmt: str) -> None:
    code, out, err = run("show", "--root", str(hostile), "--format", fmt)  # lists the forged metric name
    assert code == 0 and err == "" and "flights" in out
    assert_harmless(out)
    code, out, err = run("show", "--root", str(hostile), "--metric", "trade", "--country", "MA", "--format", fmt)
    assert code == 0
    assert_harmless(out + err)


@pytest.mark.parametrize("fmt", ["table", "json", "markdown", "sarif", "github"])
def test_conflicts_render_a_hostile_repository_harmlessly(run: Run, hostile: Path, fmt: str) -> None:
    code, out, err = run("conflicts", "--root", str(hostile), "--format", fmt, "--targets" if fmt == "table" else
                         "--fail-on=major")
    assert code in (0, 1)
    assert_harmless(out + err)


FORGED = "\x1b]0;owned\x07\x1b[2J\x1b[1;31mFAKE: all checks passed"


@pytest.mark.parametrize("command", [["list"], ["conflicts"], ["show", "--metric", "trade"], ["check"]])
def test_error_messages_carry_no_terminal_escapes(run: Run, tmp_path: Path, command: list[str]) -> None:
    """Issue 11, finding 4.5: `error: {err}` printed a file name or record id with its escapes as is."""
    root = tmp_path / "repo"
    shutil.copytree(TESTS / "data" / "newsroom", root)
    name = f"2024-02-le360-maroc-senegal{FORGED}.yaml"
    text = (root / "claims" / "2024-02-le360-maroc-senegal.yaml").read_text(encoding="utf-8")
    (root / "claims" / "2024-02-le360-maroc-senegal.yaml").unlink()
    text = text.replace("- id: 2024-02-le360-maroc-senegal:trade-2023", f"- id: {json.dumps('x' + FORGED)}", 1)
    (root / "claims" / name).write_text(text.replace("stated: 2300000000", "stated: deux", 1), encoding="utf-8")
    code, out, err = run(*command, "--root", str(root))
    assert code in (1, 2)
    assert_harmless(out + err)
    assert "\x9b" not in out + err


def test_a_bad_option_value_is_echoed_harmlessly(run: Run) -> None:
    code, _, err = run("list", "--format", "x" + FORGED)
    assert code == 2 and "Invalid value" in err
    assert_harmless(err)


BIDI_QUOTE = "Le commerce a atteint \u202e1,2 milliard\u202c d'euros \u2066selon\u2069 \x9b31m l'office"


@pytest.mark.parametrize("fmt", ["json", "yaml"])
def test_json_and_yaml_escape_bidi_and_c1_controls(run: Run, tmp_path: Path, fmt: str) -> None:
    """The README promises control characters come out escaped: U+202E, U+2066 and U+009B were raw."""
    import yaml

    root = tmp_path / "repo"
    shutil.copytree(TESTS / "data" / "newsroom", root)
    path = root / "claims" / "2024-02-le360-maroc-senegal.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("  status: reviewed\n", f"  status: reviewed\n  note: {json.dumps(BIDI_QUOTE)}\n", 1),
                    encoding="utf-8")
    code, out, err = run("list", "--root", str(root), "--format", fmt)
    assert (code, err) == (0, "")
    for character in "\u202e\u202c\u2066\u2069\x9b":
        assert character not in out
    rows = json.loads(out) if fmt == "json" else yaml.safe_load(out)
    assert BIDI_QUOTE in [row["note"] for row in rows], "the data is the same, only escaped"


def test_markdown_mentions_nobody(run: Run, seed_copy: Path) -> None:
    """A quote saying `@octocat` pasted into a GitHub comment must not notify anyone."""
    for path in (seed_copy / "claims").glob("*.yaml"):
        path.write_text(path.read_text(encoding="utf-8").replace("  quote: ", "  quote: Selon @octocat, "),
                        encoding="utf-8")
    code, out, _ = run("conflicts", "--root", str(seed_copy), "--format", "markdown", "--fail-on", "never")
    assert code == 0 and "octocat" in out and "@octocat" not in out


@pytest.mark.parametrize(("fifo", "command", "code"), [
    ("sources/2024-02-le360-maroc-senegal.txt", ["check"], 1),
    ("sources/2024-02-le360-maroc-senegal.txt", ["extract"], 2),
    ("claims/2024-02-le360-maroc-senegal.yaml", ["list"], 2),
    ("claims/2024-02-le360-maroc-senegal.yaml", ["conflicts"], 2),
    (".factcheck-cache/conflicts.msgpack", ["conflicts"], 0),
])
def test_a_fifo_in_the_repository_never_hangs_a_command(tmp_path: Path, fifo: str, command: list[str],
                                                        code: int) -> None:
    """Issue 11, finding 4.6: each of these waited forever for a writer (a subprocess, so the test can time out)."""
    from tests.cli.processes import launch

    root = tmp_path / "repo"
    shutil.copytree(TESTS / "data" / "newsroom", root)
    (root / fifo).parent.mkdir(exist_ok=True)
    (root / fifo).unlink(missing_ok=True)
    os.mkfifo(root / fifo)
    returncode, out, err = launch(tmp_path, "", *command, "--root", str(root)).finish(timeout=60)
    assert returncode == code, err
    if code:
        assert f"{fifo}" in (out + err).decode() and "is not a regular file (a FIFO)" in (out + err).decode()


def _files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


@pytest.fixture
def cached(run: Run, monkeypatch: pytest.MonkeyPatch) -> Run:
    """The CLI with its cache on (the `run` fixture turns it off)."""
    monkeypatch.delenv("FACTCHECK_NO_CACHE")
    return run


def test_a_cache_folder_symlinked_outside_is_never_used(cached: Run, tmp_path: Path) -> None:
    """Issue 11, finding 4.7: entries were read and written outside the root through the link."""
    root = tmp_path / "repo"
    shutil.copytree(TESTS / "data" / "newsroom", root, ignore=shutil.ignore_patterns(".factcheck-cache"))
    outside = tmp_path / "outside"
    outside.mkdir()
    os.symlink(outside, root / ".factcheck-cache")
    for command in (["list"], ["check"], ["conflicts"], ["extract"]):
        code, _, err = cached(*command, "--root", str(root))
        assert code == 0, err
    assert _files(outside) == []


def test_a_dangling_gitignore_link_in_the_cache_creates_nothing_outside(cached: Run, tmp_path: Path) -> None:
    root = tmp_path / "repo"
    shutil.copytree(TESTS / "data" / "newsroom", root, ignore=shutil.ignore_patterns(".factcheck-cache"))
    (root / ".factcheck-cache").mkdir()
    os.symlink(tmp_path / "created-outside", root / ".factcheck-cache" / ".gitignore")
    assert cached("list", "--root", str(root))[0] == 0
    assert not (tmp_path / "created-outside").exists()


def test_extract_writes_no_schema_through_a_symlinked_schema_folder(run: Run, tmp_path: Path) -> None:
    root = tmp_path / "repo"
    shutil.copytree(TESTS / "data" / "newsroom" / "sources", root / "sources")
    (root / "claims").mkdir()
    outside = tmp_path / "outside"
    outside.mkdir()
    os.symlink(outside, root / "schema")
    code, out, _ = run("extract", "--root", str(root))
    assert code == 2 and "schema/: leads outside the repository" in out
    assert "3 sources read, 3 claim files changed" in out, "what was written is reported too"
    assert _files(outside) == []


def test_extract_deletes_nothing_through_a_symlinked_claims_folder(run: Run, tmp_path: Path) -> None:
    root = tmp_path / "repo"
    shutil.copytree(TESTS / "data" / "newsroom" / "sources", root / "sources")
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / ".keep.yaml.abc123.tmp").write_text("a file of someone else's\n", encoding="utf-8")
    os.symlink(outside, root / "claims")
    code, _, err = run("extract", "--root", str(root))
    assert code == 2 and "claims/: leads outside the repository" in err
    assert _files(outside) == [".keep.yaml.abc123.tmp"]
