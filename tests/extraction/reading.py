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


def left_out(text: str, published: str | None = "2024-06", countries: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """(figure, code) of every figure left out, in order."""
    return [(x.text, x.code) for x in read(text, published, countries).left_out]


def reading(claim: Claim) -> tuple[object, ...]:
    """The whole reading that matters: metric, direction, period, figure (a ratio: its factor and base), unit,
    qualifier, modality."""
    if claim.kind == "ratio":
        return (claim.metric, claim.direction, claim.period, claim.factor, ("ratio", claim.relative_to),
                claim.qualifier, claim.modality)
    return claim.metric, claim.direction, claim.period, claim.stated, claim.unit, claim.qualifier, claim.modality


def readings(text: str, published: str | None = "2024-06", countries: tuple[str, ...] = ()) -> list[tuple[object, ...]]:
    return [reading(c) for c in read(text, published, countries).claims]


def full(text: str, published: str | None = "2024-06", countries: tuple[str, ...] = ()) -> list[tuple[object, ...]]:
    """The whole reading: metric, direction, period, figure, unit, qualifier, modality."""
    return [brief(c) + (c.qualifier, c.modality) for c in read(text, published, countries).claims]


def dated(text: str, published: str | None = "2024-06", countries: tuple[str, ...] = ()) -> list[tuple[object, ...]]:
    """The whole reading of each claim: metric, direction, period, figure (for a ratio its factor and base),
    unit, qualifier, modality, and the day a count runs to."""
    out = []
    for c in read(text, published, countries).claims:
        figure = (c.factor, f"vs {c.relative_to}") if c.kind == "ratio" else (c.stated, c.unit)
        out.append((c.metric, c.direction, c.period, *figure, c.qualifier, c.modality, c.as_of))
    return out
