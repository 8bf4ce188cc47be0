"""What the reading tests share: an article read as `extract` reads it, and the short views of its
claims that the tests compare."""

from __future__ import annotations

from factcheck import lexicon
from factcheck.extraction.claims import Analysis, Article, analyse
from factcheck.extraction.periods import Published
from factcheck.model import Claim


def read(text: str, published: str | None = "2024-06", countries: tuple[str, ...] = ()) -> Analysis:
    """The text read as an article published that month, about that pair (default: the two it names most)."""
    return analyse(Article("t", text, Published.parse(published), countries), lexicon.policy())


def brief(claim: Claim) -> tuple[object, ...]:
    """metric, direction, period, figure, unit (for a ratio, "ratio" and its base)."""
    figure = claim.factor if claim.kind == "ratio" else claim.stated
    base = (claim.metric, claim.direction, claim.period, figure, claim.unit if claim.kind == "value" else "ratio")
    return base + ((claim.relative_to,) if claim.kind == "ratio" else ())


def briefs(text: str, published: str | None = "2024-06", countries: tuple[str, ...] = ()) -> list[tuple[object, ...]]:
    return [brief(c) for c in read(text, published, countries).claims]


def reasons(text: str, published: str | None = "2024-06", countries: tuple[str, ...] = ()) -> list[str]:
    """The codes of the figures left out, in order."""
    return [x.code for x in read(text, published, countries).left_out]
