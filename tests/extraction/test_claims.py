"""Claim building on sentences written for these tests: other country pairs, outlets and phrasings.

No sentence here comes from the seed articles; each checks one rule of extraction on real French.
"""

from __future__ import annotations

import pytest

from factcheck import lexicon
from factcheck.extraction.claims import Article, analyse, article_countries, claim_id
from factcheck.extraction.periods import Published
from factcheck.model import Claim


def claims(text: str, published: str | None = "2024-06", countries: tuple[str, ...] = ()) -> list[Claim]:
    return analyse(Article("t", text, Published.parse(published), countries), lexicon.policy()).claims


def brief(claim: Claim) -> tuple[object, ...]:
    if claim.kind == "ratio":
        return (claim.metric, claim.direction, claim.period, "ratio", claim.factor, claim.relative_to,
                claim.qualifier, claim.modality)
    return (claim.metric, claim.direction, claim.period, claim.stated, claim.unit, claim.qualifier, claim.modality)


def test_exports_one_way_with_an_adjective_and_a_destination() -> None:
    found = claims("Les exportations brésiliennes vers la Chine ont atteint 104 milliards de dollars en 2023.")
    assert [brief(c) for c in found] == [("exports", "BR>CN", "2023", 104_000_000_000, "USD", "exact", "actual")]
    assert found[0].countries == ["BR", "CN"]


def test_imports_go_from_the_origin_to_the_importer() -> None:
    found = claims("Au cours des neuf premiers mois de 2023, les importations indiennes en provenance de Russie "
                   "se sont élevées à environ 46 milliards de dollars.")
    assert [brief(c) for c in found] == [("imports", "RU>IN", "2023-01/2023-09", 46_000_000_000, "USD", "approx",
                                          "actual")]


def test_investment_stock_in_the_present_tense_is_dated_to_publication() -> None:
    found = claims("Le stock d'investissements directs allemands en Turquie avoisine 15 milliards d'euros.",
                   published="2024-03")
    assert [brief(c) for c in found] == [("investment", "DE>TR", "2024-03", 15_000_000_000, "EUR", "approx",
                                          "actual")]  # « avoisine »: close to it, on either side
    assert "month of publication" in (found[0].note or "")


def test_about_two_point_three_billion_euros_and_the_previous_year() -> None:
    found = claims("Le commerce entre la France et le Maroc a représenté environ 2,3 milliards d'euros en 2022, "
                   "contre 1,8 milliard l'année précédente.")
    assert [brief(c) for c in found] == [
        ("trade", None, "2022", 2_300_000_000, "EUR", "approx", "actual"),
        ("trade", None, "2021", 1_800_000_000, "EUR", "exact", "actual"),
    ]


def test_month_and_last_year_relative_to_publication() -> None:
    found = claims("En mars 2024, les échanges commerciaux entre l'Égypte et l'Italie ont dépassé 1,2 milliard "
                   "d'euros, et l'an dernier ils avaient franchi la barre des 15 milliards d'euros.",
                   published="2024-05")
    assert [brief(c) for c in found] == [
        ("trade", None, "2024-03", 1_200_000_000, "EUR", "more_than", "actual"),
        ("trade", None, "2023", 15_000_000_000, "EUR", "more_than", "actual"),
    ]


def test_a_range_keeps_both_bounds() -> None:
    found = claims("Selon Reuters, le commerce bilatéral entre le Japon et le Vietnam a atteint entre 45 et 50 "
                   "milliards de dollars en 2023.")
    assert len(found) == 1
    assert (found[0].qualifier, found[0].low, found[0].high, found[0].stated) == ("range", 45e9, 50e9, 45e9)


def test_a_decrease_is_a_ratio_below_one_against_the_same_period() -> None:
    found = claims("Au premier semestre 2024, les exportations turques vers l'Allemagne ont reculé à 10,1 "
                   "milliards d'euros, en baisse de 4 % sur un an.")
    assert [brief(c) for c in found] == [
        ("exports", "TR>DE", "2024-H1", 10_100_000_000, "EUR", "exact", "actual"),
        ("exports", "TR>DE", "2024-H1", "ratio", 0.96, "2023-H1", "exact", "actual"),
    ]


def test_times_more_than_a_named_year() -> None:
    found = claims("En 2023, le nombre de touristes chinois en Thaïlande a atteint 3,5 millions, soit trois fois "
                   "plus qu'en 2022.")
    ratio = [c for c in found if c.kind == "ratio"]
    assert [brief(c) for c in ratio] == [("tourists", "CN>TH", "2023", "ratio", 3.0, "2022", "approx", "actual")]


def test_target_and_forecast_cues_apply_to_the_figures_after_them() -> None:
    found = claims("Les échanges entre le Sénégal et la Côte d'Ivoire ont atteint 600 millions de dollars en "
                   "2023 ; les deux pays visent 1 milliard de dollars d'ici 2026 et la Banque mondiale prévoit "
                   "qu'ils devraient dépasser 1,5 milliard de dollars en 2030.")
    assert [(c.period, c.stated, c.modality) for c in found] == [
        ("2023", 600_000_000, "actual"), ("2026", 1_000_000_000, "target"), ("2030", 1_500_000_000, "forecast")]


def test_a_figure_dated_after_publication_is_a_forecast_without_a_cue() -> None:
    found = claims("Le commerce bilatéral entre l'Inde et les Émirats arabes unis atteindra 100 milliards de "
                   "dollars en 2030.", published="2024-06")
    assert found[0].modality == "forecast"


def test_weekly_flights_and_the_pronoun_en() -> None:
    found = claims("Air Algérie opère 12 vols directs par semaine entre Alger et Paris, et la compagnie "
                   "prévoit d'en assurer 20 l'an prochain.", published="2024-09", countries=("DZ", "FR"))
    assert [brief(c) for c in found] == [
        ("flights", None, "2024-09", 12, "flights/week", "exact", "actual"),
        ("flights", None, "2025", 20, "flights/week", "exact", "forecast"),
    ]


def test_ce_chiffre_takes_the_metric_of_the_sentence_before() -> None:
    found = claims("Le volume des échanges entre l'Arménie et l'Iran a progressé l'an dernier. Au premier "
                   "trimestre 2024, ce chiffre a atteint 190 millions de dollars.", published="2024-06")
    assert [brief(c) for c in found] == [("trade", None, "2024-Q1", 190_000_000, "USD", "exact", "actual")]


def test_a_figure_about_another_pair_belongs_to_that_pair() -> None:
    found = claims("Le Vietnam a exporté pour 97 milliards de dollars vers les États-Unis en 2023.",
                   countries=("KZ", "VN"))
    assert [(c.metric, c.countries, c.direction, c.stated) for c in found] == \
        [("exports", ["US", "VN"], "VN>US", 97_000_000_000)]


def test_a_figure_with_only_a_third_country_is_left_out() -> None:
    analysis = analyse(Article("t", "Les exportations vers les États-Unis ont atteint 97 milliards de dollars en "
                                    "2023.", Published.parse("2024-06"), ("KZ", "VN")), lexicon.policy())
    assert analysis.claims == []
    assert [x.reason for x in analysis.left_out] == ["another pair: US–? (only one country is named)"]


def test_counts_without_a_metric_are_not_claims() -> None:
    text = ("Le Kenya entretient des relations diplomatiques avec 150 pays et participe à plus de 70 "
            "organisations internationales depuis 1963.")
    assert claims(text, countries=("KE", "TZ")) == []


def test_figures_in_words_and_halves() -> None:
    found = claims("En 2022, les investissements qataris au Rwanda ont dépassé un demi-milliard de dollars.")
    assert [brief(c) for c in found] == [("investment", "QA>RW", "2022", 500_000_000, "USD", "more_than", "actual")]


def test_the_pair_comes_from_the_names_the_text_uses_most() -> None:
    text = "Le Maroc et le Sénégal ... Dakar ... les Sénégalais et les Marocains ... la France une fois."
    assert article_countries(text) == ("MA", "SN")
    assert article_countries(text, ("SN", "MA")) == ("MA", "SN")


def test_claim_ids_are_readable_and_stable() -> None:
    data = {"metric": "exports", "direction": "MA>SN", "period": "2023-01/2023-09", "kind": "value",
            "modality": "actual"}
    assert claim_id("src", data) == "src:exports-ma-sn-2023-01-2023-09"
    data = {"metric": "trade", "period": "2025-Q1", "kind": "ratio", "relative_to": "2024-Q1", "modality": "actual"}
    assert claim_id("src", data) == "src:trade-2025-Q1-vs-2024-Q1"


@pytest.mark.parametrize("text", [
    "Le commerce bilatéral entre la Corée du Sud et le Japon s'est établi à 54,2 milliards de dollars en 2023.",
    "En 2023, le commerce bilatéral entre la Corée du Sud et le Japon s'est établi à 54,2 milliards de dollars.",
    "Le commerce bilatéral entre la Corée du Sud et le Japon, en 2023, s'est établi à 54,2 milliards de dollars.",
])
def test_the_period_may_come_before_or_after_the_figure(text: str) -> None:
    assert [brief(c) for c in claims(text)] == [("trade", None, "2023", 54_200_000_000, "USD", "exact", "actual")]


def test_a_signed_percentage_is_a_change_without_a_cue() -> None:
    found = claims("En 2023, les exportations espagnoles vers le Maroc ont atteint 12,5 milliards d'euros (+9 %), "
                   "et les importations ont reculé à 9,1 milliards d'euros (−3 %).", published="2024-04")
    ratios = [(c.metric, c.direction, c.factor, c.relative_to) for c in found if c.kind == "ratio"]
    # « et les importations » are Spain's, the reporter of the coordinated exports: from Morocco
    assert ratios == [("exports", "ES>MA", 1.09, "2022"), ("imports", "MA>ES", 0.97, "2022")]
