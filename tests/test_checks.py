"""`check` on case directories: valid cases have no problem, invalid ones exactly the expected codes and lines."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
import yaml

from factcheck.checks import closest_passage, describe_closest
from tests.conftest import TESTS

CASES = TESTS / "cases" / "check"


def discover(kind: str) -> list[Path]:
    return sorted(p for p in (CASES / kind).iterdir() if p.is_dir())


def run_check(root: Path) -> tuple[int, list[dict[str, object]]]:
    import io
    import json
    from contextlib import redirect_stdout

    from factcheck.cli import main

    buffer = io.StringIO()
    with redirect_stdout(buffer):
        code = main(["--no-cache", "check", "--root", str(root), "--format", "json"])
    return code, json.loads(buffer.getvalue())["problems"]


@pytest.mark.parametrize("case", discover("valid"), ids=lambda p: p.name)
def test_valid_case_passes(case: Path) -> None:
    code, problems = run_check(case)
    assert (code, problems) == (0, [])


@pytest.mark.parametrize("case", discover("invalid"), ids=lambda p: p.name)
def test_invalid_case_reports_exactly_the_expected_problems(case: Path) -> None:
    before = {p: p.read_bytes() for p in case.rglob("*") if p.is_file()}
    expected = yaml.safe_load((case / "expected.yaml").read_text(encoding="utf-8"))["problems"]
    code, problems = run_check(case)
    assert code == 1
    assert [(p["code"], p["line"]) for p in problems] == [(e["code"], e["line"]) for e in expected]
    assert all(p["path"].startswith("claims/") for p in problems)
    assert {p: p.read_bytes() for p in case.rglob("*") if p.is_file()} == before, "check must not write"


def test_source_symlinked_outside_the_root_is_a_finding(tmp_path: Path) -> None:
    case = tmp_path / "repo"
    shutil.copytree(CASES / "valid" / "morocco-senegal", case)
    source = next((case / "sources").glob("*.txt"))
    outside = tmp_path / "secret.txt"
    outside.write_text(source.read_text(encoding="utf-8") + "TOP-SECRET-CONTENT", encoding="utf-8")
    source.unlink()
    os.symlink(outside, source)
    code, problems = run_check(case)
    assert code == 1
    assert [p["code"] for p in problems] == ["source-outside-root"]
    assert "TOP-SECRET-CONTENT" not in str(problems)


def test_closest_passage_points_at_the_likely_intended_words() -> None:
    text = "Intro. Les échanges ont atteint 250 millions de dollars en 2023. Fin."
    start, end, ratio = closest_passage(text, "Les échanges ont atteint 260 millions de dollars en 2023", 7) or (0, 0, 0)
    assert text[start:end].startswith("Les échanges ont atteint 250")
    assert ratio > 0.9


def test_describe_closest_explains_unicode_normalisation() -> None:
    import unicodedata

    text = "Le Sénégal a importé 3 tonnes."
    quote = unicodedata.normalize("NFD", "Le Sénégal a importé")
    assert "NFC" in describe_closest(text, quote, 0)


def test_a_quote_one_letter_off_is_not_called_identical() -> None:
    """ç typed as c in a long quote: the message gives the true likeness and the letter that differs."""
    text = ("Selon la direction des douanes, les échanges ont atteint 250 millions de dollars en 2023 grâce à la "
            "façade atlantique et aux nouvelles lignes maritimes ouvertes entre les deux ports.")
    quote = text.replace("façade", "facade")
    hint = describe_closest(text, quote, 0)
    assert "100%" not in hint and "99" in hint
    assert "source «ç» where the quote has «c»" in hint


def test_the_closest_passage_search_is_bounded_whatever_the_sizes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 11, finding 4.6: a quote not in its source made `check` quadratic (100 KB: 88 s). The full
    ratio now runs on a few short candidates only; counted here, not timed."""
    import difflib

    calls: list[int] = []
    real = difflib.SequenceMatcher.ratio

    def ratio(self: difflib.SequenceMatcher[str]) -> float:
        calls.append(len(self.a) + len(self.b))
        return real(self)

    monkeypatch.setattr(difflib.SequenceMatcher, "ratio", ratio)
    words = "le commerce entre les deux pays a atteint des milliards de dollars en hausse selon office".split()
    text = " ".join(words[i % len(words)] for i in range(40_000))
    quote = " ".join(words[(i * 7) % len(words)] for i in range(20_000))
    hint = describe_closest(text, quote, 1000)
    assert len(calls) <= 8 and max(calls) <= 600
    assert len(hint) < 500, "the hint quotes a bounded passage"
