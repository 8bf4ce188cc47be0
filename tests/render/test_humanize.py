from __future__ import annotations

import pytest

from factcheck.model import Claim
from factcheck.render.humanize import NBSP, amount, decimal, figure


def claim(**fields: object) -> Claim:
    base: dict[str, object] = dict(id="x", metric="trade", countries=["FR", "IN"], period="2023", unit="USD",
                                   quote="q", span=(0, 1))
    base.update(fields)
    return Claim(**base)  # type: ignore[arg-type]


@pytest.mark.parametrize(("value", "unit", "text"), [
    (146_300_000, "USD", "146,3 M USD"),
    (1_000_000_000, "USD", "1 Md USD"),
    (2_300_000_000, "EUR", "2,3 Md EUR"),
    (150_000, "persons", "150 000 pers."),
    (21, "flights/week", "21 vols/sem."),
    (250_000, "EUR", "250 000 EUR"),
])
def test_amount_the_french_way(value: float, unit: str, text: str) -> None:
    assert amount(value, unit).replace(NBSP, " ") == text


def test_decimal_uses_a_comma_and_groups_thousands() -> None:
    assert decimal(1234567.5).replace(NBSP, " ") == "1 234 567,5"


@pytest.mark.parametrize(("fields", "text"), [
    (dict(stated=1e9, qualifier="approx"), "≈ 1 Md USD"),
    (dict(stated=4e8, qualifier="more_than"), "> 400 M USD"),
    (dict(kind="ratio", factor=2, relative_to="2022", qualifier="approx"), "≈ × 2 vs 2022"),
    (dict(kind="ratio", factor=1.184, relative_to="2024-Q1"), "+18,4 % vs 2024-Q1"),
    (dict(kind="ratio", factor=0.9, relative_to="2022"), "−10 % vs 2022"),
    (dict(stated=2e6, qualifier="range", low=2e6, high=3e6), "2–3 M USD"),
])
def test_figure_reads_like_a_french_newsroom_would_write_it(fields: dict[str, object], text: str) -> None:
    assert figure(claim(**fields)).replace(NBSP, " ") == text
