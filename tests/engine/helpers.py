"""Claims for engine tests, built from a compact description."""

from __future__ import annotations

import msgspec

from factcheck import lexicon
from factcheck.model import Claim
from factcheck.tolerance import claim_interval


def claim(identifier: str, period: str, stated: float | None = None, qualifier: str = "exact", *,
          metric: str = "trade", countries: tuple[str, ...] = ("MA", "SN"), unit: str = "MAD",
          relative_to: str | None = None, factor: float | None = None, modality: str = "actual",
          direction: str | None = None, low: float | None = None, high: float | None = None) -> Claim:
    made = Claim(id=identifier, metric=metric, countries=list(countries), direction=direction, period=period,
                 kind="ratio" if factor is not None else "value", stated=stated, unit=unit,
                 qualifier=qualifier, relative_to=relative_to, factor=factor, modality=modality,  # type: ignore[arg-type]
                 quote=f"quote of {identifier}", span=(0, 10), low=low, high=high, status="reviewed")
    if qualifier == "range":
        return made
    found = claim_interval(made, lexicon.policy())
    assert found is not None
    return msgspec.structs.replace(made, low=found.low, high=found.high)


def sourced(*claims: Claim) -> list[tuple[str, Claim]]:
    """(source, claim) pairs: the source is the id's part before ':'."""
    return [(c.id.split(":", 1)[0], c) for c in claims]
