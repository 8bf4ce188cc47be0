from __future__ import annotations

import json

import msgspec
import pytest

from factcheck.model import (
    Claim,
    ClaimFile,
    Period,
    claim_file_schema,
    claim_to_record,
    format_period,
)
from tests.conftest import REPO_ROOT


@pytest.mark.parametrize(("text", "start", "end"), [
    ("2023", (2023, 1), (2023, 12)),
    ("2023-H1", (2023, 1), (2023, 6)),
    ("2023-H2", (2023, 7), (2023, 12)),
    ("2025-Q1", (2025, 1), (2025, 3)),
    ("2024-Q4", (2024, 10), (2024, 12)),
    ("2023-08", (2023, 8), (2023, 8)),
    ("2023-01/2023-08", (2023, 1), (2023, 8)),
    ("2022-11/2023-02", (2022, 11), (2023, 2)),
])
def test_period_parse_gives_inclusive_month_range(text: str, start: tuple[int, int], end: tuple[int, int]) -> None:
    period = Period.parse(text)
    assert divmod(period.start, 12) == (start[0], start[1] - 1)
    assert divmod(period.end, 12) == (end[0], end[1] - 1)
    assert str(period) == text


@pytest.mark.parametrize("text", ["2023-13", "2023-Q5", "2023-H3", "23", "2023-00", "2023-08/2023-01", "2023/2024",
                                  "2023-1", " 2023"])
def test_period_parse_refuses_impossible_periods(text: str) -> None:
    with pytest.raises(ValueError, match="invalid period"):
        Period.parse(text)


def test_format_period_prefers_the_named_form() -> None:
    assert format_period(2023 * 12, 2023 * 12 + 5) == "2023-H1"
    assert format_period(2023 * 12 + 3, 2023 * 12 + 5) == "2023-Q2"
    assert format_period(2023 * 12, 2023 * 12 + 7) == "2023-01/2023-08"


def test_period_containment() -> None:
    assert Period.parse("2023").contains(Period.parse("2023-H1"))
    assert Period.parse("2023-H1").contains(Period.parse("2023-Q2"))
    assert not Period.parse("2023-H1").contains(Period.parse("2023-Q3"))


def test_schema_file_is_generated_from_the_model() -> None:
    on_disk = json.loads((REPO_ROOT / "schema" / "claims.schema.json").read_text(encoding="utf-8"))
    assert on_disk == claim_file_schema(), "schema/claims.schema.json is stale: run python scripts/update_schema.py"


def test_record_keeps_spec_field_order_and_explicit_bounds() -> None:
    claim = Claim(id="a:trade-2022", metric="trade", countries=["KZ", "VN"], period="2022", stated=400_000_000,
                  unit="USD", qualifier="more_than", low=400_000_000, high=None, quote="plus de 400 millions",
                  span=(0, 20))
    record = claim_to_record(claim)
    assert list(record) == ["id", "metric", "countries", "period", "stated", "unit", "qualifier", "low", "high",
                            "modality", "quote", "span", "status"]
    assert record["high"] is None  # written out: null means unbounded


def test_claim_file_rejects_unknown_fields_and_wrong_types() -> None:
    with pytest.raises(msgspec.ValidationError, match="unknown field"):
        msgspec.convert({"source": "x", "claims": [], "extra": 1}, ClaimFile)
    with pytest.raises(msgspec.ValidationError, match="stated"):
        msgspec.convert({"id": "a", "metric": "trade", "countries": ["KZ"], "period": "2023", "stated": "many",
                         "quote": "q", "span": [0, 1]}, Claim)
