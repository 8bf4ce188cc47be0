"""The period of each figure, and what one sentence's period passes to the next (reading/dating.py,
periods.py, the context carried in claims.py).

Every sentence here is written for these tests, about pairs and outlets of many kinds (Egypt–Jordan,
Iran–Turkey, India–Singapore, Japan–Australia, India–Japan, Kenya–Tanzania, Côte d'Ivoire–Ghana, Korea–
Vietnam, Chile–Peru…). Each construction has its near-misses, which must keep their old reading.
"""

from __future__ import annotations

from factcheck import lexicon
from factcheck.extraction.claims import Analysis, Article, analyse
from factcheck.extraction.periods import Published
from factcheck.model import Claim


def read(text: str, published: str | None, countries: tuple[str, ...]) -> Analysis:
    return analyse(Article("t", text, Published.parse(published), countries), lexicon.policy())


def brief(claim: Claim) -> tuple[object, ...]:
    """What matters of a claim: metric, direction, period, figure, unit (or the ratio and its base),
    qualifier, modality, and the day a count runs to."""
    figure = claim.factor if claim.kind == "ratio" else claim.stated
    unit = claim.unit if claim.kind == "value" else f"ratio vs {claim.relative_to}"
    return claim.metric, claim.direction, claim.period, figure, unit, claim.qualifier, claim.modality, claim.as_of


def briefs(text: str, published: str | None, countries: tuple[str, ...]) -> list[tuple[object, ...]]:
    return [brief(c) for c in read(text, published, countries).claims]


def left_out(text: str, published: str | None, countries: tuple[str, ...]) -> list[tuple[str, str]]:
    return [(x.text, x.code) for x in read(text, published, countries).left_out]


# -- 4. a total over several years ------------------------------------------------------------------
def test_a_total_over_several_years_is_the_whole_span() -> None:
    assert briefs("Les investissements directs japonais en Indonésie ont totalisé 15 milliards de dollars sur la "
                  "période 2019-2022.", "2023-06", ("ID", "JP")) == [
        ("investment", "JP>ID", "2019-01/2022-12", 15_000_000_000, "USD", "exact", "actual", None)]
    assert briefs("Les échanges entre le Brésil et le Paraguay ont cumulé 25 milliards de dollars entre 2020 et 2023.",
                  "2024-03", ("BR", "PY")) == [
        ("trade", None, "2020-01/2023-12", 25_000_000_000, "USD", "exact", "actual", None)]
    assert briefs("De 2020 à 2023, les exportations brésiliennes vers le Paraguay ont atteint 16 milliards de dollars.",
                  "2024-03", ("BR", "PY")) == [
        ("exports", "BR>PY", "2020-01/2023-12", 16_000_000_000, "USD", "exact", "actual", None)]


def test_a_level_reached_over_a_span_is_its_last_year() -> None:
    assert briefs("Les échanges entre le Brésil et le Paraguay ont doublé entre 2015 et 2020, à 6 milliards de "
                  "dollars.", "2024-03", ("BR", "PY"))[0] == (
        "trade", None, "2020", 6_000_000_000, "USD", "exact", "actual", None)
    assert briefs("Entre 2019 et 2023, les exportations brésiliennes vers le Paraguay ont progressé de 30 % pour "
                  "atteindre 4 milliards de dollars.", "2024-03", ("BR", "PY"))[0] == (
        "exports", "BR>PY", "2023", 4_000_000_000, "USD", "exact", "actual", None)


# -- 6. « rien qu'en 2023 » ---------------------------------------------------------------------------
def test_rien_qu_en_and_la_seule_annee_date_the_figure() -> None:
    expected = [("investment", "KR>VN", "2022", 1_200_000_000, "USD", "exact", "actual", None)]
    for opening in ("Rien qu'en 2022", "Rien que pour 2022", "Pour la seule année 2022", "Sur la seule année 2022",
                    "Sur l'année 2022"):
        assert briefs(f"{opening}, les entreprises coréennes ont investi 1,2 milliard de dollars au Vietnam.",
                      "2023-05", ("KR", "VN")) == expected, opening


def test_qu_en_and_sur_after_a_comparison_still_name_its_base() -> None:
    assert briefs("Les exportations chiliennes vers le Pérou ont été plus élevées qu'en 2021, atteignant 2,4 "
                  "milliards de dollars en 2022.", "2023-05", ("CL", "PE")) == [
        ("exports", "CL>PE", "2022", 2_400_000_000, "USD", "exact", "actual", None)]
    assert briefs("Les exportations chiliennes vers le Pérou ont atteint 2,4 milliards de dollars en 2022, en hausse "
                  "de 6 % sur 2021.", "2023-05", ("CL", "PE")) == [
        ("exports", "CL>PE", "2022", 2_400_000_000, "USD", "exact", "actual", None),
        ("exports", "CL>PE", "2022", 1.06, "ratio vs 2021", "exact", "actual", None)]


# -- 7. the date of an event is not the figure's period -----------------------------------------------
def test_the_date_of_an_event_does_not_date_the_figure() -> None:
    first = "Les échanges entre la Côte d'Ivoire et le Ghana ont atteint 900 millions de dollars en 2023. "
    for event in ("un record depuis l'entrée en vigueur de la ZLECAf en 2021",
                  "un niveau inédit depuis la signature de l'accord commercial de 2015",
                  "du jamais vu depuis la réouverture de la frontière, en juin 2020"):
        assert briefs(first + f"Les exportations ivoiriennes vers le Ghana ont atteint 520 millions de dollars, "
                              f"{event}.", "2024-04", ("CI", "GH"))[-1] == (
            "exports", "CI>GH", "2023", 520_000_000, "USD", "exact", "actual", None), event


def test_the_date_of_an_event_is_not_a_changes_period_nor_the_next_sentences() -> None:
    found = briefs("La réouverture de la frontière entre le Rwanda et l'Ouganda, en janvier 2022, devrait permettre "
                   "de doubler les échanges d'ici 2025.", "2023-06", ("RW", "UG"))
    assert not [c for c in found if str(c[2]).startswith("2022")]
    assert left_out("La signature de l'accord de 2019 a ouvert une nouvelle ère entre le Rwanda et l'Ouganda. Les "
                    "échanges entre les deux pays ont atteint 600 millions de dollars.", "2023-06", ("RW", "UG")) == [
        ("600 millions de dollars", "no-period")]


def test_a_period_after_an_event_in_its_own_clause_still_dates_the_figure() -> None:
    assert briefs("Depuis la signature de l'accord, les échanges entre la Côte d'Ivoire et le Ghana ont atteint 900 "
                  "millions de dollars en 2023.", "2024-04", ("CI", "GH")) == [
        ("trade", None, "2023", 900_000_000, "USD", "exact", "actual", None)]
    assert briefs("Après la visite du président, les échanges entre la Côte d'Ivoire et le Ghana ont bondi en 2023 à "
                  "900 millions de dollars.", "2024-04", ("CI", "GH"))[0] == (
        "trade", None, "2023", 900_000_000, "USD", "exact", "actual", None)


# -- 8. a stock counted to a date ----------------------------------------------------------------------
def test_a_cumulative_position_at_a_date_is_a_stock_at_that_month() -> None:
    assert briefs("Au 20 avril 2024, les investisseurs singapouriens comptaient 3 500 projets valides au Vietnam, "
                  "pour un capital enregistré total de 75 milliards de dollars.", "2024-05", ("SG", "VN")) == [
        ("investment", "SG>VN", "2024-04", 75_000_000_000, "USD", "exact", "actual", None)]
    assert briefs("À fin mars 2024, le stock d'investissements directs coréens au Vietnam s'élevait à 86 milliards "
                  "de dollars.", "2024-05", ("KR", "VN")) == [
        ("investment", "KR>VN", "2024-03", 86_000_000_000, "USD", "exact", "actual", None)]


def test_investment_counted_to_a_date_with_nothing_cumulative_is_the_flow_since_january() -> None:
    assert briefs("Au 20 avril 2024, les investissements directs coréens au Vietnam ont atteint 1,5 milliard de "
                  "dollars.", "2024-05", ("KR", "VN")) == [
        ("investment", "KR>VN", "2024-01/2024-04", 1_500_000_000, "USD", "exact", "actual", "2024-04-20")]
    assert briefs("Sur les quatre premiers mois de 2024, les investissements coréens cumulés au Vietnam ont atteint "
                  "1,5 milliard de dollars.", "2024-05", ("KR", "VN")) == [
        ("investment", "KR>VN", "2024-01/2024-04", 1_500_000_000, "USD", "exact", "actual", None)]
