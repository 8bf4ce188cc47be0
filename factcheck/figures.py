"""Where a claim's own figure is in its quote, and a quote cut to a width around it (pure).

A record written by today's extraction says where its number is (`figure_span`, article offsets inside
`span`). An older record does not, so its figure is looked for in the quote: the number whose value is
the claim's (« 146,3 millions » for 146300000, « 18,4 % » for a factor of 1.184), else the words of a
ratio (« le double ») or of a scale (« près d'un milliard »). Every view shows the quote centred on that
figure, so the reader sees the words that make the reading right or wrong (« déficit » beside it).
"""

from __future__ import annotations

import functools
import math
import re
from typing import NamedTuple

from factcheck.model import Claim
from factcheck.render.safe import one_line

_SCALES = {"milliard": 1e9, "milliards": 1e9, "md": 1e9, "million": 1e6, "millions": 1e6, "m": 1e6,
           "mille": 1e3}
_NUMBER = (
    r"(?<![\w,.])(\d{1,3}(?:[ \u00a0\u202f.]\d{3})+|\d+)(?:,(\d+))?"  # 150 000, 150.000, 146,3, 21
    r"(?:[ \u00a0\u202f]?(%)|[ \u00a0\u202f](milliards?|millions?|mille|Md|M)\b)?")
_RATIO_WORDS = r"\b(?:le |la )?(?:double|doublé|triple|triplé|quadruplé|moitié|(?:\w+ )?fois)\b"
_SCALE_WORDS = (r"\b(?:(?:un |une |deux |trois |quatre |cinq |dix |cent )?(?:demi-)?"
                r"(?:milliards?|millions?)(?: et demi)?)")


@functools.cache
def _pattern(source: str) -> re.Pattern[str]:
    """Compiled on first use: `factcheck list` pays for these only when a record lacks figure_span."""
    return re.compile(source, re.IGNORECASE)


def figure_in_quote(claim: Claim) -> tuple[int, int] | None:
    """[start, end) of the claim's figure inside its quote: from `figure_span` when the record has it,
    else found by value (see `find_figure`); None when nothing in the quote can be told to be it."""
    found = recorded_figure(claim)
    if found is not None:
        return found
    located = find_figure(claim)
    return located[0] if located is not None else None


def recorded_figure(claim: Claim) -> tuple[int, int] | None:
    """`figure_span` in quote coordinates, when it is set and lies inside the quote."""
    if claim.figure_span is None:
        return None
    start, end = claim.figure_span
    offset = claim.span[0]
    if claim.span[0] <= start < end <= claim.span[1] and end - offset <= len(claim.quote):
        return start - offset, end - offset
    return None


def find_figure(claim: Claim) -> tuple[tuple[int, int], bool] | None:
    """The figure of a record without `figure_span`, in quote coordinates, and whether it is certain
    (exactly one number in the quote has the claim's value); words (« le double », « un milliard ») are
    never certain."""
    quote = claim.quote
    target = claim.factor if claim.kind == "ratio" else claim.stated
    numbers = _pattern(_NUMBER).finditer(quote)
    matches = [m for m in numbers if target is not None and _value_matches(m, target, claim.kind)]
    if matches:
        return (matches[0].start(), matches[0].end()), len(matches) == 1
    if claim.kind == "ratio":
        found = _pattern(_RATIO_WORDS).search(quote)
        return ((found.start(), found.end()), False) if found else None
    for found in _pattern(_SCALE_WORDS).finditer(quote):  # « près d'un milliard »: the claim's scale
        scale = (1e9 if "milliard" in found.group().lower() else 1e6) / (2 if "demi-" in found.group() else 1)
        preceded_by_digit = re.search(r"\d[\s\u00a0\u202f]*$", quote[:found.start()]) is not None
        if target is not None and not preceded_by_digit and scale <= abs(target) < scale * 1000:
            return (found.start(), found.end()), False
    return None


def _value_matches(match: re.Match[str], target: float, kind: str) -> bool:
    whole, decimals, percent, scale = match.groups()
    number = float(re.sub(r"[ \u00a0\u202f.]", "", whole) + (f".{decimals}" if decimals else ""))
    if kind == "ratio":
        if percent:
            return any(math.isclose(1 + sign * number / 100, target, rel_tol=1e-6) for sign in (1, -1))
        return math.isclose(number, target, rel_tol=1e-6)
    if percent:
        return False
    factor = _SCALES.get(scale.lower(), 1.0) if scale else 1.0
    return math.isclose(number * factor, target, rel_tol=1e-6)


class Excerpt(NamedTuple):
    """A quote cut around its figure, cleaned for one line; `before` starts and `after` ends with "…"
    where the quote was cut."""

    before: str
    figure: str
    after: str

    @property
    def plain(self) -> str:
        return "".join(self)


def excerpt(quote: str, figure: tuple[int, int] | None, width: int) -> Excerpt:
    """The quote on one line, at most `width` characters, cut on word boundaries so the figure sits near
    the middle. Without a figure, the start of the quote."""
    if figure is None:
        figure = (0, 0)
    start, end = figure
    before = one_line(quote[:start]).lstrip()
    middle = one_line(quote[start:end])
    after = one_line(quote[end:]).rstrip()
    if len(before) + len(middle) + len(after) <= width:
        return Excerpt(before, middle, after)
    if len(middle) >= width - 2:
        return Excerpt("…" if before else "", middle[:max(1, width - 2)] + "…", "")
    room = width - len(middle) - 2  # an ellipsis on each side at most
    left = min(len(before), room // 2) if middle else 0
    right = min(len(after), room - left)
    left = min(len(before), room - right)
    if left < len(before):
        cut = before[len(before) - left:]
        space = cut.find(" ")
        cut = cut[space + 1:] if 0 <= space < len(cut) - 1 else cut  # never half a word
        before = "…" + cut.lstrip()
    if right < len(after):
        cut = after[:right]
        space = cut.rfind(" ")
        cut = cut[:space] if space > 0 else cut
        after = cut.rstrip() + "…"
    return Excerpt(before, middle, after)
