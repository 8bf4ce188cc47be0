"""`factcheck check` end to end: exit codes, every format, and that nothing is written."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT, TESTS, assert_golden

Run = Callable[..., tuple[int, str, str]]


def broken_repository(root: Path) -> Path:
    """The newsroom corpus with three kinds of damage in two files."""
    import shutil

    shutil.copytree(TESTS / "data" / "newsroom", root, dirs_exist_ok=True)
    india = root / "claims" / "2025-01-les-echos-inde-france.yaml"
    text = india.read_text(encoding="utf-8")
    text = text.replace("a atteint 15,1 milliards", "a atteint 15,2 milliards", 1)
    text = text.replace("metric: tourists", "metric: visitors", 1)
    india.write_text(text, encoding="utf-8")
    (root / "claims" / "2024-11-dw-turquie-allemagne.yaml").write_bytes(b"source: x\nclaims: [\n")
    return root


def test_shipped_claims_are_clean(run: Run) -> None:
    code, out, err = run("check", "--root", str(REPO_ROOT))
    assert (code, out, err) == (0, "checked 5 claim files, 16 claims: no problems\n", "")


@pytest.mark.parametrize("fmt", ["text", "json", "github"])
def test_findings_in_every_format(run: Run, tmp_path: Path, fmt: str) -> None:
    root = broken_repository(tmp_path)
    before = {p: p.read_bytes() for p in root.rglob("*") if p.is_file()}
    code, out, err = run("check", "--root", str(root), "--format", fmt)
    assert (code, err) == (1, "")
    assert_golden(f"check.{fmt}", out)
    assert {p: p.read_bytes() for p in root.rglob("*") if p.is_file()} == before


def test_json_summary_counts(run: Run, tmp_path: Path) -> None:
    code, out, _ = run("check", "--root", str(broken_repository(tmp_path)), "--format", "json")
    summary = json.loads(out)["summary"]
    assert summary == {"files": 3, "claims": 12, "problems": 3, "errors": 3}


def test_hostile_quote_cannot_forge_annotations_or_escape_the_terminal(run: Run, tmp_path: Path) -> None:
    root = broken_repository(tmp_path)
    path = root / "claims" / "2024-02-le360-maroc-senegal.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("quote: Royal Air Maroc", 'quote: "\\e[31m::error file=x::forged\\nRoyal', 1),
                    encoding="utf-8")
    _, out, _ = run("check", "--root", str(root), "--format", "github")
    assert "\x1b" not in out
    assert all(line.startswith("::error ") or line.startswith("factcheck check:") for line in out.splitlines())
    _, text_out, _ = run("check", "--root", str(root))
    assert "\x1b" not in text_out


def test_a_warm_cache_never_hides_a_problem(run: Run, seed_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FACTCHECK_NO_CACHE")
    assert run("check", "--root", str(seed_copy))[0] == 0  # fills .factcheck-cache/
    assert (seed_copy / ".factcheck-cache" / "claims.msgpack").is_file()
    assert run("check", "--root", str(seed_copy))[0] == 0  # served from it
    source = seed_copy / "sources" / "2025-05-bui-thanh-son-interview.txt"
    source.write_text(source.read_text(encoding="utf-8").replace("146,3 millions", "143,6 millions"), encoding="utf-8")
    code, out, _ = run("check", "--root", str(seed_copy))
    assert code == 1 and "quote-not-in-source" in out
    claims = seed_copy / "claims" / "2023-08-tokayev-state-visit-hanoi.yaml"
    claims.write_text(claims.read_text(encoding="utf-8").replace("metric: trade", "metric: gdp", 1), encoding="utf-8")
    code, out, _ = run("check", "--root", str(seed_copy))
    assert "unknown-metric" in out and "claims/2023-08-tokayev-state-visit-hanoi.yaml:5:11" in out


def test_files_in_sources_nothing_reads_are_warnings(run: Run, tmp_path: Path) -> None:
    import shutil

    shutil.copytree(TESTS / "data" / "newsroom", tmp_path, dirs_exist_ok=True)
    (tmp_path / "sources" / "Article Deux.txt").write_text("Texte.\n", encoding="utf-8")
    (tmp_path / "sources" / "page.html").write_text("<html></html>", encoding="utf-8")
    (tmp_path / "sources" / "seul.txt").write_text("Publié le 12/03/24\nTexte.\n", encoding="utf-8")
    code, out, _ = run("check", "--root", str(tmp_path), "--format", "json")
    assert code == 0  # warnings do not fail CI
    found = {(p["code"], p["path"], p["line"], p["severity"]) for p in json.loads(out)["problems"]}
    assert found == {("source-not-read", "sources/Article Deux.txt", None, "warning"),
                     ("source-not-read", "sources/page.html", None, "warning"),
                     ("date-line-not-read", "sources/seul.txt", 1, "warning")}
    code, out, _ = run("check", "--root", str(tmp_path), "--format", "github")
    assert "::warning file=sources/page.html" in out and "factcheck add sources/page.html" in out


MOROCCO = "2024-02-le360-maroc-senegal"
TYPOS = {  # one-token typos whose value YAML's resolver cannot build: (old, new, the bad token)
    "month-13-period": ("period: '2023'", "period: 2023-13-01", "2023-13-01"),
    "february-30-note": ("  status: reviewed\n", "  status: reviewed\n  note: 2024-02-30\n", "2024-02-30"),
    "date-as-key": ("source: ", "2024-13-01: x\nsource: ", "2024-13-01"),
    "float-tag": ("stated: 2300000000", "stated: !!float abc", "!!float"),
    "int-tag": ("stated: 2300000000", "stated: !!int abc", "!!int"),
    "timestamp-tag": ("stated: 2300000000", "stated: !!timestamp 'nope'", "!!timestamp"),
}


@pytest.mark.parametrize("typo", sorted(TYPOS))
def test_a_value_yaml_cannot_build_is_a_located_finding(run: Run, tmp_path: Path, typo: str) -> None:
    """Issue 11, finding 4.3: these were `internal error: ValueError: month must be in 1..12` (exit 3)."""
    import shutil

    shutil.copytree(TESTS / "data" / "newsroom", tmp_path, dirs_exist_ok=True)
    old, new, token = TYPOS[typo]
    path = tmp_path / "claims" / f"{MOROCCO}.yaml"
    text = path.read_text(encoding="utf-8").replace(old, new, 1)
    path.write_text(text, encoding="utf-8")
    line = text[:text.index(token)].count("\n") + 1
    code, out, err = run("check", "--root", str(tmp_path))
    assert (code, err) == (1, "")
    assert f"claims/{MOROCCO}.yaml:{line}:" in out and "broken-yaml" in out and "is not a valid" in out
    code, out, err = run("list", "--root", str(tmp_path))
    assert code == 2 and out == "" and err.startswith(f"error: claims/{MOROCCO}.yaml:{line}:")
    assert "internal error" not in err and len(err.splitlines()) == 1


def test_a_bad_date_in_a_sidecar_or_the_acknowledgements_is_located(run: Run, tmp_path: Path) -> None:
    import shutil

    shutil.copytree(TESTS / "data" / "newsroom", tmp_path, dirs_exist_ok=True)
    sidecar = tmp_path / "sources" / f"{MOROCCO}.yaml"
    sidecar.write_text(sidecar.read_text(encoding="utf-8").replace("published: 2024-02", "published: 2025-13-45"),
                       encoding="utf-8")
    code, out, _ = run("check", "--root", str(tmp_path))
    assert code == 1 and f"sources/{MOROCCO}.yaml" in out and "'2025-13-45' is not a valid timestamp" in out
    code, _, err = run("extract", "--root", str(tmp_path), MOROCCO)
    assert code == 2 and f"sources/{MOROCCO}.yaml:3:12: invalid YAML" in err + _
    sidecar.write_text(sidecar.read_text(encoding="utf-8").replace("2025-13-45", "2024-02"), encoding="utf-8")
    (tmp_path / "conflicts.ack.yaml").write_text("acknowledged:\n- id: C-1\n  reason: known\n  date: 2025-13-01\n",
                                                 encoding="utf-8")
    code, out, err = run("conflicts", "--root", str(tmp_path))
    assert (code, out) == (2, "") and err.startswith("error: conflicts.ack.yaml:4:9: invalid YAML: '2025-13-01'")


def _tree(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_check_writes_only_its_cache_and_nothing_with_no_cache(run: Run, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """What the README says `check` writes: `.factcheck-cache/` (a .gitignore, one pack of the valid claim
    files), nothing else; with --no-cache, nothing at all."""
    import shutil

    root = tmp_path / "repo"
    shutil.copytree(TESTS / "data" / "newsroom", root, ignore=shutil.ignore_patterns(".factcheck-cache"))
    before = _tree(root)
    assert run("--no-cache", "check", "--root", str(root))[0] == 0
    assert _tree(root) == before
    monkeypatch.delenv("FACTCHECK_NO_CACHE")
    assert run("check", "--root", str(root))[0] == 0
    after = _tree(root)
    added = sorted(set(after) - set(before))
    assert {k: v for k, v in after.items() if k in before} == before, "no file of the repository changes"
    assert added == [".factcheck-cache/.gitignore", ".factcheck-cache/claims.msgpack"]
