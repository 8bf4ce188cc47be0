"""`factcheck parse`: quantities, periods and claims for any text, as a table and as JSON."""

from __future__ import annotations

import io
import json
from collections.abc import Callable

import pytest

from tests.conftest import assert_golden

Run = Callable[..., tuple[int, str, str]]
SENTENCE = ("Au cours des neuf premiers mois de 2024, les exportations tunisiennes vers la Libye ont atteint "
            "environ 2,3 milliards de dinars tunisiens, en hausse de 7,5 % sur un an.")


def test_parse_table(run: Run) -> None:
    code, out, err = run("parse", SENTENCE)
    assert (code, err) == (0, "")
    assert_golden("parse.table", out)


def test_parse_json_follows_the_spec(run: Run) -> None:
    code, out, _ = run("parse", "--format", "json", "--published", "2024-11", SENTENCE)
    data = json.loads(out)
    assert code == 0 and list(data) == ["countries", "quantities", "periods", "claims", "left_out"]
    assert data["countries"] == ["LY", "TN"]
    money = data["quantities"][0]
    assert {k: money[k] for k in ("text", "value", "unit", "qualifier", "low", "high")} == {
        "text": "2,3 milliards de dinars tunisiens", "value": 2_300_000_000, "unit": "TND", "qualifier": "approx",
        "low": 1_955_000_000, "high": 2_645_000_000}
    assert SENTENCE[money["span"][0]:money["span"][1]] == money["text"]
    assert [p["period"] for p in data["periods"]] == ["2024-01/2024-09"]
    assert [(c["id"], c["kind"]) for c in data["claims"]] == [
        ("text:exports-tn-ly-2024-01-2024-09", "value"), ("text:exports-tn-ly-2024-01-2024-09-vs-2023-01-2023-09",
                                                           "ratio")]
    assert data["left_out"] == []


def test_parse_says_why_a_figure_was_left_out(run: Run) -> None:
    code, out, _ = run("parse", "--format", "json", "--published", "2024-05", "--countries", "BR,AR",
                       "Les exportations brésiliennes ont atteint 340 milliards de dollars en 2023, un record.")
    data = json.loads(out)
    assert code == 0 and data["claims"] == []
    assert [(x["text"], x["code"]) for x in data["left_out"]] == [("340 milliards de dollars", "one-country-only")]
    code, out, _ = run("parse", "--published", "2024-05", "--countries", "BR,AR",
                       "Les exportations brésiliennes ont atteint 340 milliards de dollars en 2023, un record.")
    assert "left out" in out and "one-country-only" in out


def test_parse_reads_standard_input(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("Plus de 6,5 millions de touristes allemands en Turquie en 2023."))
    code, out, _ = run("parse", "-", "--format", "json")
    assert code == 0 and json.loads(out)["claims"][0]["direction"] == "DE>TR"


def test_a_source_file_on_standard_input_is_dated_by_its_date_line(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    article = " date 2024-03\n\nL'an dernier, les exportations chiliennes vers le Pérou ont atteint 2,1 milliards de dollars.\n"
    monkeypatch.setattr("sys.stdin", io.StringIO(article))
    code, out, _ = run("parse", "-", "--format", "json")
    assert code == 0 and [c["period"] for c in json.loads(out)["claims"]] == ["2023"]
    monkeypatch.setattr("sys.stdin", io.StringIO(article))
    code, out, _ = run("parse", "-", "--format", "json", "--published", "2026-05")  # the option wins
    assert code == 0 and [c["period"] for c in json.loads(out)["claims"]] == ["2025"]


@pytest.mark.parametrize(("args", "message"), [
    (["--published", "2024-13", "x"], "--published '2024-13': expected YYYY-MM or YYYY-MM-DD"),
    (["--countries", "FR", "x"], "--countries takes two ISO 3166-1 alpha-2 codes"),
])
def test_bad_options_are_usage_errors(run: Run, args: list[str], message: str) -> None:
    code, out, err = run("parse", *args)
    assert (code, out) == (2, "") and message in err
