from __future__ import annotations

import pytest

from factcheck import lexicon
from factcheck.model import Interval
from factcheck.tolerance import half_unit, interval, leading_step, tidy

POLICY = lexicon.policy()


@pytest.mark.parametrize(("value", "step"), [(400e6, 100e6), (150_000, 100_000), (999, 100), (1e9, 1e9), (0.5, 0.1)])
def test_leading_step_is_one_unit_of_the_leading_digit(value: float, step: float) -> None:
    assert leading_step(value) == pytest.approx(step)


def test_more_than_is_open_below_and_unbounded_when_strict() -> None:
    strict = interval(400e6, "more_than", POLICY, "strict")
    assert (strict.low, strict.high, strict.low_open) == (400_000_000, None, True)
    assert not strict.contains(400e6) and strict.contains(5e9)


def test_more_than_pragmatically_stops_before_the_next_round_figure() -> None:
    # "plus de 400 millions" suggests under 500 millions
    pragmatic = interval(400e6, "more_than", POLICY, "pragmatic")
    assert (pragmatic.low, pragmatic.high) == (400_000_000, 500_000_000)
    assert pragmatic.contains(499e6) and not pragmatic.contains(500e6)


def test_pragmatic_reading_is_inside_the_strict_one_for_every_qualifier() -> None:
    for qualifier in POLICY.qualifiers:
        if qualifier == "range":
            continue
        strict = interval(150_000, qualifier, POLICY, "strict")
        pragmatic = interval(150_000, qualifier, POLICY, "pragmatic")
        assert (strict.low or 0) <= (pragmatic.low or 0)
        assert (pragmatic.high or float("inf")) <= (strict.high or float("inf"))


def test_nearly_allows_just_under_the_figure() -> None:
    # "près d'un milliard": 0.9-1 Md pragmatically
    pragmatic = interval(1e9, "nearly", POLICY, "pragmatic")
    assert (pragmatic.low, pragmatic.high) == (900_000_000, 1_000_000_000)


def test_range_keeps_the_bounds_as_written() -> None:
    assert interval(2e6, "range", POLICY, "strict", low=2e6, high=3e6).high == 3e6


def test_tidy_removes_float_noise() -> None:
    assert tidy(146.3e6 * 0.995) == 145568500
    assert tidy(1.184 * 0.995) == 1.17808
    assert tidy(None) is None


def test_overrides_merge_on_top_of_the_shipped_policy() -> None:
    strict_only = lexicon.policy({"reading": "strict", "qualifiers": {"approx": {"strict": {"below": 0.2}}}})
    assert strict_only.reading == "strict"
    assert strict_only.qualifiers["approx"].strict.below == 0.2
    assert strict_only.qualifiers["approx"].strict.above == 0.15  # untouched keys stay


def test_invalid_override_is_a_config_error() -> None:
    from factcheck.errors import ConfigError

    with pytest.raises(ConfigError, match="reading"):
        lexicon.policy({"reading": "lenient"})


@pytest.mark.parametrize(("words", "stated", "half"), [
    ("1,4 million", 1_400_000, 50_000), ("1 385 000", 1_385_000, 0.5), ("600 millions", 600_000_000, 500_000),
    ("146,3 millions de dollars", 146_300_000, 50_000), ("2,7 millions", 2_700_000, 50_000),
    ("974.000 touristes", 974_000, 0.5), ("près d'un milliard", 1_000_000_000, None),
    ("1 million 78 221", 1_078_221, None),
])
def test_half_a_unit_of_the_last_digit_written(words: str, stated: float, half: float | None) -> None:
    assert half_unit(words, stated) == half


def test_an_exact_figure_written_with_few_digits_allows_its_rounding() -> None:
    policy = lexicon.policy()
    # « 1,4 million » is 1 350 000 to 1 450 000; « 1 385 000 » keeps the ±0,5 % floor
    assert interval(1_400_000, "exact", policy, written="1,4 million") == Interval(1_350_000, 1_450_000)
    assert interval(1_385_000, "exact", policy, written="1 385 000") == Interval(1_378_075, 1_391_925)
    assert interval(1_400_000, "exact", policy) == Interval(1_393_000, 1_407_000)  # no words: the floor
