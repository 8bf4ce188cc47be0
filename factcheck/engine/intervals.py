"""Interval arithmetic with open and closed bounds, for non-negative quantities and positive factors.

"plus de 400 M" is the interval (400 M, ∞): open at 400. Whether a bound is open matters exactly when
two statements meet at one point ("plus de 400 M" read as under 500 M, and "a dépassé le
demi-milliard"): closed, they would share 500 M; open, they share nothing.
"""

from __future__ import annotations

import math
from typing import NamedTuple

INF = math.inf


class Box(NamedTuple):
    """[lo, hi] with `lo_open`/`hi_open`; an unbounded side is ±inf (always open). A named tuple, not a
    dataclass: propagation creates millions of them on a large repository, and tuples are built in C."""

    lo: float = -INF
    hi: float = INF
    lo_open: bool = True
    hi_open: bool = True

    @property
    def empty(self) -> bool:
        if self.lo > self.hi:
            return True
        return self.lo == self.hi and (self.lo_open or self.hi_open)

    def intersect(self, other: Box) -> Box:
        if other.lo > self.lo or (other.lo == self.lo and other.lo_open):
            lo, lo_open = other.lo, other.lo_open
        else:
            lo, lo_open = self.lo, self.lo_open
        if other.hi < self.hi or (other.hi == self.hi and other.hi_open):
            hi, hi_open = other.hi, other.hi_open
        else:
            hi, hi_open = self.hi, self.hi_open
        return Box(lo, hi, lo_open, hi_open)

    def times(self, factor: Box) -> Box:
        """self × factor, for factor > 0 (growth factors, exchange rates, the mirror margin); self may be
        negative (a balance)."""
        if self.lo >= 0:
            lo, lo_open = _mul(self.lo, factor.lo), self.lo_open or factor.lo_open
        else:
            lo, lo_open = _mul(self.lo, factor.hi), self.lo_open or factor.hi_open
        if self.hi >= 0:
            hi, hi_open = _mul(self.hi, factor.hi), self.hi_open or factor.hi_open
        else:
            hi, hi_open = _mul(self.hi, factor.lo), self.hi_open or factor.lo_open
        return Box(lo, hi, lo_open or lo == -INF, hi_open or hi == INF)

    def divided(self, factor: Box) -> Box:
        """self ÷ factor, for factor > 0; self may be negative."""
        if self.lo >= 0:
            lo, lo_open = _div(self.lo, factor.hi), self.lo_open or factor.hi_open
        else:
            lo, lo_open = _div(self.lo, factor.lo), self.lo_open or factor.lo_open
        if self.hi >= 0:
            hi, hi_open = _div(self.hi, factor.lo), self.hi_open or factor.lo_open
        else:
            hi, hi_open = _div(self.hi, factor.hi), self.hi_open or factor.hi_open
        return Box(lo, hi, lo_open or lo == -INF, hi_open or hi == INF)

    def negated(self) -> Box:
        """-self: a balance stated in one direction, seen from the other."""
        return Box(-self.hi, -self.lo, self.hi_open, self.lo_open)

    def plus(self, other: Box) -> Box:
        return Box(self.lo + other.lo, self.hi + other.hi, self.lo_open or other.lo_open,
                   self.hi_open or other.hi_open)

    def minus(self, other: Box) -> Box:
        """The values of a - b for a in self, b in other."""
        return Box(self.lo - other.hi, self.hi - other.lo, self.lo_open or other.hi_open,
                   self.hi_open or other.lo_open)

    def widened(self, slack: float) -> Box:
        """Each finite bound moved out by a relative `slack` (how much more tolerance would help)."""
        lo = self.lo - abs(self.lo) * slack if math.isfinite(self.lo) else self.lo
        hi = self.hi + abs(self.hi) * slack if math.isfinite(self.hi) else self.hi
        return Box(lo, hi, self.lo_open, self.hi_open)

    def narrower_than(self, other: Box, tolerance: float = 1e-9) -> bool:
        """True when self is strictly tighter than `other` by more than float noise (propagation stops
        when nothing moves by more than a billionth)."""
        return _moved(self.lo, other.lo, tolerance, up=True) or _moved(self.hi, other.hi, tolerance, up=False) or \
            (self.lo == other.lo and self.lo_open and not other.lo_open) or \
            (self.hi == other.hi and self.hi_open and not other.hi_open)


NON_NEGATIVE = Box(0.0, INF, False, True)
UNBOUNDED = Box(-INF, INF, True, True)  # a balance: either direction's surplus


def _mul(a: float, b: float) -> float:
    if a == 0 or b == 0:
        return 0.0
    product = a * b
    return product if product == product else 0.0  # inf x 0 is handled above; no NaN escapes


def _div(a: float, b: float) -> float:
    if b == 0:
        return INF if a > 0 else (0.0 if a == 0 else -INF)
    if math.isinf(b):
        return 0.0
    return a / b


def _moved(new: float, old: float, tolerance: float, up: bool) -> bool:
    if new == old:
        return False
    if math.isinf(old):
        return not math.isinf(new) or (new > old if up else new < old)
    change = (new - old) if up else (old - new)
    return change > tolerance * max(1.0, abs(old))
