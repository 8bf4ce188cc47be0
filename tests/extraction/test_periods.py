from __future__ import annotations

import pytest

from factcheck.extraction.periods import Published, find_periods, infer_publication

MAY_2025 = Published(2025, 5)


@pytest.mark.parametrize(("text", "expected"), [
    ("en 2023", [("point", "2023")]),
    ("en 2023 et 2024", [("point", "2023"), ("point", "2024")]),
    ("au premier trimestre 2025", [("point", "2025-Q1")]),
    ("au cours du 3e trimestre de 2024", [("point", "2024-Q3")]),
    ("T4 2023", [("point", "2023-Q4")]),
    ("au second semestre 2022", [("point", "2022-H2")]),
    ("au cours des six premiers mois de 2023", [("point", "2023-H1")]),
    ("les huit premiers mois de 2023", [("point", "2023-01/2023-08")]),
    ("sur les 9 premiers mois de l'année 2024", [("point", "2024-01/2024-09")]),
    ("les neuf premiers mois de l'année", [("months", None)]),  # the year is the sentence's (extraction.reading)
    ("de janvier à août 2023", [("point", "2023-01/2023-08")]),
    ("en août 2023", [("point", "2023-08")]),
    ("l'année dernière", [("point", "2024")]),
    ("l’an dernier", [("point", "2024")]),
    ("cette année", [("point", "2025")]),
    ("par an", [("rate", None)]),
    ("par semaine", [("rate", None)]),
    ("d'ici 2030", [("horizon", "2030")]),
    ("à l'horizon 2035", [("horizon", "2035")]),
    ("d’ici la fin de l’année", [("horizon", "2025")]),
    ("par rapport à la même période en 2024", [("same_period", "2024")]),
    ("pour la période 2023-2025", [("span", "2023-01/2025-12")]),
    ("entre 2016 et 2020", [("span", "2016-01/2020-12")]),
    ("de 2014 à 2016", [("span", "2014-01/2016-12")]),
    ("du 1er janvier au 31 octobre 2023", [("point", "2023-01/2023-10")]),
    ("au 31 mars 2024", [("to_date", "2024-Q1")]),
    ("au 10 décembre 2023", [("to_date", "2023")]),
    ("à fin septembre 2015", [("to_date", "2015-01/2015-09")]),
    ("entre janvier et novembre de 2022", [("point", "2022-01/2022-11")]),
    ("de janvier à juin", [("months", None)]),
    ("au T1-2024", [("point", "2024-Q1")]),
    ("les cinq premiers mois de l'année en cours", [("point", "2025-01/2025-05")]),
    ("l'année écoulée", [("point", "2024")]),
    ("la même année", [("same_year", None)]),
    ("au cours des dix dernières années", [("recent", None)]),
    ("au cours de la dernière décennie", [("recent", None)]),
    ("pendant quatre années consécutives", [("recent", None)]),
    ("depuis 2016", [("since", "2016")]),
    ("sur la même période de 2019", [("same_period", "2019")]),
    ("le 21 août 2023", [("date", "2023-08")]),
])
def test_find_periods(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(p.kind, p.period) for p in find_periods(text, MAY_2025)] == expected


def test_spans_point_into_the_original_text() -> None:
    text = "Au cours du Premier Trimestre 2025, le commerce…"
    [mention] = find_periods(text, MAY_2025)
    assert text[mention.start:mention.end] == "Premier Trimestre 2025"


def test_relative_years_need_a_publication_date() -> None:
    [mention] = find_periods("l'an dernier", None)
    assert mention.period is None


def test_previous_year_is_relative_to_the_sentence() -> None:
    [mention] = find_periods("l'année précédente", MAY_2025)
    assert (mention.kind, mention.offset) == ("same_year", -1)


def test_a_count_to_a_day_keeps_the_day() -> None:
    [mention] = find_periods("au 15 novembre 2024", MAY_2025)
    assert (mention.kind, mention.period, mention.as_of) == ("to_date", "2024-01/2024-11", "2024-11-15")


def test_a_span_has_its_two_ends() -> None:
    [mention] = find_periods("entre 2010 et 2014", MAY_2025)
    assert mention.endpoints == ("2010", "2014")


@pytest.mark.parametrize("text", ["150.000 personnes", "2023,5 millions", "le 2023e visiteur", "n° 2023"])
def test_numbers_that_are_not_years(text: str) -> None:
    assert [p.period for p in find_periods(text, MAY_2025) if p.kind == "point"] == []


def test_publication_is_the_latest_full_date() -> None:
    text = "Le 3 mars 2022, un accord fut signé. Le 21 août 2023, Hanoï a reçu le président. En 2024..."
    assert infer_publication(text) == "2023-08-21"
    assert infer_publication("Aucune date complète, seulement 2023.") is None
