"""Quantities, qualifiers, changes and counts: the constructions the fourth blind round found misread.

Every sentence here is written for these tests, about pairs and outlets of our own (Argentina–Brazil,
Peru–Chile, Egypt–Jordan, Thailand–Malaysia, Kenya–Uganda, Morocco–Senegal, Egypt–Saudi Arabia,
Turkey–Georgia, Kenya–Tanzania, Japan–Indonesia, Guinea–Sierra Leone…): the rules must read French, not one
dispatch's wording. Each construction comes with the near-misses that must keep their old reading.
"""

from __future__ import annotations

import pytest

from factcheck.extraction.numbers import find_quantities
from factcheck.model import Claim
from tests.extraction.reading import read, reasons


def reading(claim: Claim) -> tuple[object, ...]:
    """The whole reading that matters: metric, direction, period, figure (a ratio: its factor and base), unit,
    qualifier, modality."""
    if claim.kind == "ratio":
        return (claim.metric, claim.direction, claim.period, claim.factor, ("ratio", claim.relative_to),
                claim.qualifier, claim.modality)
    return claim.metric, claim.direction, claim.period, claim.stated, claim.unit, claim.qualifier, claim.modality


def readings(text: str, published: str = "2024-03", countries: tuple[str, ...] = ()) -> list[tuple[object, ...]]:
    return [reading(c) for c in read(text, published, countries).claims]


AR_BR = ("AR", "BR")
MA_SN = ("MA", "SN")


# -- 1. a negation split by what a writer sets inside it ----------------------------------------------------
@pytest.mark.parametrize("words, qualifier", [
    ("n'ont, elles, pas dépassé", "at_most"),
    ("n'ont, quant à elles, pas franchi la barre des", "at_most"),
    ("n'ont en revanche pas dépassé", "at_most"),
    ("n'ont quant à elles pas dépassé", "at_most"),
    ("ne dépassaient pas, selon les douanes,", "at_most"),
    ("n'ont de leur côté pas atteint", "less_than"),
    ("n'ont, pour leur part, guère dépassé", "approx"),
])
def test_a_negation_split_by_an_aside_still_turns_the_cue_over(words: str, qualifier: str) -> None:
    """« Les exportations … n'ont, elles, pas dépassé 96 millions »: an aside between commas, or a few words,
    between « n'ont » and « pas » leave the negation the cue's own: at most, not more than."""
    text = f"En 2023, les importations brésiliennes en provenance d'Argentine {words} 11 milliards de dollars."
    assert readings(text, countries=AR_BR) == [
        ("imports", "AR>BR", "2023", 11_000_000_000, "USD", qualifier, "actual")]


def test_the_pronoun_aside_after_a_sentence_on_the_other_flow() -> None:
    text = ("Les exportations argentines vers le Brésil ont atteint 16,7 milliards de dollars en 2023. Les "
            "importations argentines en provenance du Brésil n'ont, elles, pas dépassé 12,3 milliards de dollars.")
    assert readings(text, countries=AR_BR) == [
        ("exports", "AR>BR", "2023", 16_700_000_000, "USD", "exact", "actual"),
        ("imports", "BR>AR", "2023", 12_300_000_000, "USD", "at_most", "actual")]


@pytest.mark.parametrize("words", [
    "ont, pour la première fois, dépassé",  # an aside with no negation
    "ont dépassé, selon les douanes,",  # an aside between the cue and its figure
])
def test_an_aside_without_negation_keeps_the_cue(words: str) -> None:
    text = f"En 2023, les importations brésiliennes en provenance d'Argentine {words} 11 milliards de dollars."
    assert readings(text, countries=AR_BR) == [
        ("imports", "AR>BR", "2023", 11_000_000_000, "USD", "more_than", "actual")]


@pytest.mark.parametrize("relative", ["qui ne cessent de croître", "qui n'ont pas cessé de croître"])
def test_a_negation_of_another_verb_does_not_reach_the_cue(relative: str) -> None:
    text = f"En 2023, les importations brésiliennes en provenance d'Argentine, {relative}, ont dépassé 11 milliards " \
           f"de dollars."
    assert readings(text, countries=AR_BR) == [
        ("imports", "AR>BR", "2023", 11_000_000_000, "USD", "more_than", "actual")]


# -- 2. qualifier words -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("verb", ["avoisinaient", "ont avoisiné", "avoisinent"])
def test_avoisiner_is_about_the_figure_on_either_side(verb: str) -> None:
    text = f"En 2023, les échanges entre le Pérou et le Chili {verb} 5 milliards de dollars."
    assert readings(text, countries=("CL", "PE")) == [("trade", None, "2023", 5_000_000_000, "USD", "approx", "actual")]


def test_froler_is_still_nearly() -> None:
    text = "En 2023, les échanges entre le Pérou et le Chili ont frôlé 5 milliards de dollars."
    assert readings(text, countries=("CL", "PE")) == [("trade", None, "2023", 5_000_000_000, "USD", "nearly", "actual")]


@pytest.mark.parametrize("text, figure, metric, direction", [
    ("En 2023, les échanges entre le Pérou et le Chili ont plafonné à 5,2 milliards de dollars.", 5_200_000_000,
     "trade", None),
    ("En 2023, les exportations péruviennes vers le Chili plafonnent à 1,4 milliard de dollars.", 1_400_000_000,
     "exports", "PE>CL"),
])
def test_a_flow_that_peaked_at_a_figure_was_that_figure(text: str, figure: int, metric: str,
                                                         direction: str | None) -> None:
    """« ont plafonné à 184,3 milliards »: the flow topped out at that figure (the corpus convention: exact)."""
    assert readings(text, countries=("CL", "PE")) == [(metric, direction, "2023", figure, "USD", "exact", "actual")]


@pytest.mark.parametrize("text, period, qualifier", [
    ("Le cap des 30 milliards de dollars d'échanges entre le Brésil et l'Argentine avait été franchi pour la "
     "première fois en 2022.", "2022", "more_than"),
    ("Le cap des 30 milliards de dollars d'échanges entre le Brésil et l'Argentine, franchi en 2022, reste un "
     "record.", "2022", "more_than"),
    ("En 2023, la barre des 30 milliards de dollars d'échanges entre le Brésil et l'Argentine n'a pas été "
     "franchie.", "2023", "at_most"),
    ("La barre symbolique des 30 milliards de dollars d'échanges entre le Brésil et l'Argentine n'a jamais été "
     "dépassée en 2023.", "2023", "at_most"),
    # near-misses: a threshold reached is the figure; a figure with no threshold noun before it is no threshold
    ("Le cap des 30 milliards de dollars d'échanges entre le Brésil et l'Argentine a été atteint en 2022.", "2022",
     "exact"),
    ("En 2022, 30 milliards de dollars d'échanges entre le Brésil et l'Argentine ont été dépassés.", "2022", "exact"),
])
def test_a_threshold_crossed_in_the_passive_after_its_figure(text: str, period: str, qualifier: str) -> None:
    """« Le cap des 15 milliards de dollars avait été franchi »: more than 15 milliards, as « a franchi le cap
    des 15 milliards » says; « n'a pas été franchie »: at most."""
    assert readings(text, countries=AR_BR) == [("trade", None, period, 30_000_000_000, "USD", qualifier, "actual")]

