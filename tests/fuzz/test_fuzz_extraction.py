"""Fuzzing extraction: any Unicode text, or French-like text made of real cue words and numbers, is
read without an exception, and every claim it builds is schema-valid and quotes its text verbatim."""

from __future__ import annotations

import msgspec
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import lexicon
from factcheck.extraction.claims import Article, analyse
from factcheck.extraction.numbers import find_quantities
from factcheck.extraction.periods import Published, find_periods
from factcheck.model import Claim, Period, claim_to_record
from tests.fuzz.conftest import examples

WORDS = ["Le", "commerce", "bilatéral", "entre", "le", "Maroc", "et", "le", "Sénégal", "a", "atteint", "dépassé",
         "plus de", "près d'", "environ", "un", "demi-milliard", "milliards", "millions", "de", "dollars", "d'euros",
         "en", "2023", "2024", "et", "au", "premier", "trimestre", "les", "neuf", "premiers", "mois", "l'an dernier",
         "l'année précédente", "par an", "par semaine", "touristes", "marocains", "vers", "exportations",
         "importations", "en provenance du", "soit le double de", "en hausse de", "12,5 %", "18,4%", "(+9 %)",
         "trois fois plus qu'en", "d'ici 2030", "objectif", "devrait", "ce chiffre", "vols directs", "150.000",
         "146,3", "21", "1 250 000", "entre", "et", "la même période", "sur un an", ",", ".", ";", "\n", "«", "»",
         "Vietnam", "Kazakhstan", "kazakhs", "vietnamienne", "moitié", "a doublé", "x", "\u0301", "\x1b[2J"]
POLICY = lexicon.policy()


def check_claims(text: str, claims: list[Claim]) -> None:
    for claim in claims:
        assert text[claim.span[0]:claim.span[1]] == claim.quote
        msgspec.convert(claim_to_record(claim), Claim)  # schema-valid, bounds included
        Period.parse(claim.period)
        if claim.relative_to:
            Period.parse(claim.relative_to)


@settings(max_examples=examples(500), deadline=None)
@given(st.text(max_size=400))
def test_any_text(text: str) -> None:
    for quantity in find_quantities(text):
        assert text[quantity.span[0]:quantity.span[1]] == quantity.text
    for mention in find_periods(text, Published(2025, 5)):
        assert text[mention.start:mention.end] == mention.text
    analysis = analyse(Article("fuzz", text, Published(2025, 5)), POLICY)
    check_claims(text, analysis.claims)


@settings(max_examples=examples(1500), deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=40), st.sampled_from([None, "2024-02", "2025-05-06"]),
       st.sampled_from([(), ("MA", "SN"), ("KZ", "VN")]))
def test_french_like_text(words: list[str], published: str | None, countries: tuple[str, ...]) -> None:
    text = " ".join(words)
    analysis = analyse(Article("fuzz", text, Published.parse(published), countries), POLICY)
    check_claims(text, analysis.claims)
    ids = [c.id for c in analysis.claims]
    assert len(ids) == len(set(ids))


@settings(max_examples=examples(300), deadline=None)
@given(st.integers(-10**30, 10**30) | st.floats(allow_nan=True, allow_infinity=True))
def test_huge_and_negative_numbers(value: float) -> None:
    text = f"En 2023, le commerce entre le Maroc et le Sénégal a atteint {value} milliards de dollars."
    analysis = analyse(Article("fuzz", text, Published(2024, 1)), POLICY)
    check_claims(text, analysis.claims)
