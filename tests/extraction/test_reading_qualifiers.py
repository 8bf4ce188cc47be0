"""Qualifiers, negation, tense and modality, and the numbers that are not figures.

Every sentence here is written for these tests, about pairs the development corpus does not cover
(Peru–Chile, Ghana–Nigeria, Gabon–Cameroon, Colombia–Ecuador, Jordan–Egypt, Uzbekistan–Kazakhstan,
Tanzania–Kenya, Poland–Lithuania, Mexico–Guatemala, Portugal–Angola): the rules must read French, not one
dispatch's wording. Each construction comes with the near-misses that must keep their old reading.
"""

from __future__ import annotations

from factcheck import lexicon
from factcheck.extraction.claims import Analysis, Article, analyse
from factcheck.extraction.periods import Published
from factcheck.model import Claim


def read(text: str, published: str = "2024-06", countries: tuple[str, ...] = ()) -> Analysis:
    return analyse(Article("t", text, Published.parse(published), countries), lexicon.policy())


def reading(claim: Claim) -> tuple[object, ...]:
    """The whole reading that matters: metric, direction, period, figure, unit, qualifier, modality."""
    figure = claim.factor if claim.kind == "ratio" else claim.stated
    unit = claim.unit if claim.kind == "value" else "ratio"
    return claim.metric, claim.direction, claim.period, figure, unit, claim.qualifier, claim.modality


def readings(text: str, published: str = "2024-06", countries: tuple[str, ...] = ()) -> list[tuple[object, ...]]:
    return [reading(c) for c in read(text, published, countries).claims]


def qualifiers(text: str, published: str = "2024-06", countries: tuple[str, ...] = ()) -> list[str]:
    return [c.qualifier for c in read(text, published, countries).claims]


def reasons(text: str, published: str = "2024-06", countries: tuple[str, ...] = ()) -> list[str]:
    return [x.code for x in read(text, published, countries).left_out]


PE_CL = ("CL", "PE")
GH_NG = ("GH", "NG")


# -- 2. every form of a qualifier verb ----------------------------------------------------------------------
def test_the_infinitive_of_franchir_and_depasser_keeps_its_qualifier() -> None:
    assert readings("En 2025, les échanges entre le Gabon et le Cameroun devraient franchir le seuil de 150 "
                    "milliards de FCFA.", countries=("CM", "GA")) == [
        ("trade", None, "2025", 150_000_000_000, "XAF", "more_than", "forecast")]
    assert readings("En 2023, le Mexique a vu ses ventes au Guatemala franchir la barre des 2,5 milliards de "
                    "dollars.", countries=("GT", "MX")) == [
        ("exports", "MX>GT", "2023", 2_500_000_000, "USD", "more_than", "actual")]
    assert qualifiers("Les échanges entre l'Ouzbékistan et le Kazakhstan pourraient dépasser 5 milliards de dollars "
                      "en 2026.", countries=("KZ", "UZ")) == ["more_than"]
    # near-misses that already worked
    assert qualifiers("En 2023, les échanges entre l'Ouzbékistan et le Kazakhstan ont franchi la barre des 4 "
                      "milliards de dollars.", countries=("KZ", "UZ")) == ["more_than"]
    [claim] = read("Les échanges entre l'Ouzbékistan et le Kazakhstan pourraient atteindre 5 milliards de dollars en "
                   "2026, voire le dépasser.", countries=("KZ", "UZ")).claims
    assert (claim.qualifier, claim.modality) == ("at_least", "forecast")


def test_the_imperfect_and_the_pluperfect_of_qualifier_verbs() -> None:
    for verb in ("dépassait", "avait dépassé", "franchissait la barre d'", "excédait"):
        text = f"En 2010, le commerce entre la Pologne et la Lituanie {verb} 1 milliard d'euros."
        assert readings(text, "2024-02", ("LT", "PL")) == [
            ("trade", None, "2010", 1_000_000_000, "EUR", "more_than", "actual")], verb
    assert qualifiers("En 2010, les exportations polonaises vers la Lituanie dépassaient 600 millions d'euros.",
                      "2024-02", ("LT", "PL")) == ["more_than"]
    assert qualifiers("En 2010, les exportations polonaises vers la Lituanie avoisinaient 600 millions d'euros.",
                      "2024-02", ("LT", "PL")) == ["nearly"]
    # « excèdent » (they exceed) would fold to the noun « excédent » (a surplus): it is no cue
    found = read("En 2023, la Colombie a dégagé un excédent de 300 millions de dollars avec l'Équateur.",
                 countries=("CO", "EC")).claims
    assert [(c.metric, c.qualifier) for c in found] == [("balance", "exact")]
