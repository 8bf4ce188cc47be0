from __future__ import annotations

from factcheck.engine.intervals import INF, Box


def test_open_bounds_that_touch_leave_nothing() -> None:
    assert Box(400, 500, True, True).intersect(Box(500, 600, True, True)).empty
    assert not Box(400, 500, False, False).intersect(Box(500, 600, False, False)).empty


def test_products_and_quotients_of_positive_intervals() -> None:
    figure = Box(800, 900, True, True)
    factor = Box(1.8, 2.2, False, False)
    assert figure.divided(factor) == Box(800 / 2.2, 500, True, True)
    assert Box(400, INF, True, True).times(factor) == Box(720, INF, True, True)


def test_sums_and_differences() -> None:
    assert Box(1, 2, False, False).plus(Box(3, 4, False, True)) == Box(4, 6, False, True)
    assert Box(10, 12, False, False).minus(Box(3, 4, True, False)) == Box(6, 9, False, True)


def test_widening_and_narrowing() -> None:
    assert Box(100, 200, False, False).widened(0.1) == Box(90, 220, False, False)
    assert Box(100, 199, False, False).narrower_than(Box(100, 200, False, False))
    assert not Box(100, 200 - 1e-12, False, False).narrower_than(Box(100, 200, False, False))
