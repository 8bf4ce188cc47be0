"""Periods, round 5 (periods.py, reading/dating.py, reading/bases.py, the fiscal months carried in claims.py): twelve
months named by their closing month, a span of months with their years, a present-tense count after a past-tense
item, « depuis juin 2022 », « sur l'ensemble de 2023 », the months of a fiscal year the article gives, a target's
deadline after a current count, a change against a level named in its sentence, « depuis janvier » in an article
dated to the month.

Every sentence here is written for these tests, about pairs and outlets of many kinds; each construction has its
near-misses, which must keep their old reading.
"""

from __future__ import annotations

from tests.extraction.reading import dated, left_out, read


# -- 1. twelve months named by their closing month ---------------------------------------------------------------
def test_the_year_closed_in_a_month_is_the_twelve_months_to_it() -> None:
    for text, period in (
            ("Le commerce entre l'Australie et l'Indonésie a atteint 18,4 milliards de dollars australiens sur l'année "
             "close en mars 2024.", "2023-04/2024-03"),
            ("Sur l'année achevée fin juin, le commerce entre l'Australie et l'Indonésie a atteint 18,4 milliards de "
             "dollars australiens.", "2023-07/2024-06"),
            ("Sur les douze mois clos fin septembre 2023, le commerce entre l'Australie et l'Indonésie a atteint 18,4 "
             "milliards de dollars australiens.", "2022-10/2023-09"),
            ("Le commerce entre l'Australie et l'Indonésie a atteint 18,4 milliards de dollars australiens au cours de "
             "l'année qui s'est achevée le 31 mars 2024.", "2023-04/2024-03")):
        assert dated(text, "2024-08", ("AU", "ID")) == [
            ("trade", None, period, 18_400_000_000, "AUD", "exact", "actual", None)], text


def test_the_year_with_no_closing_month_keeps_its_old_reading() -> None:
    # near-misses: « l'année 2023 », « sur l'année entière » after a year, and « l'année close » with no month
    assert dated("Le commerce entre l'Australie et l'Indonésie a atteint 18,4 milliards de dollars australiens sur "
                "l'année 2023.", "2024-08", ("AU", "ID")) == [
        ("trade", None, "2023", 18_400_000_000, "AUD", "exact", "actual", None)]
    assert dated("En 2023, le commerce entre l'Australie et l'Indonésie a atteint 18,4 milliards de dollars "
                "australiens sur l'année entière.", "2024-08", ("AU", "ID")) == [
        ("trade", None, "2023", 18_400_000_000, "AUD", "exact", "actual", None)]


# -- 2. a span of months with their years ------------------------------------------------------------------------
def test_a_span_of_months_with_their_years_is_one_total() -> None:
    assert dated("La Corée a investi 6,2 milliards de dollars au Vietnam entre avril 2015 et décembre 2023, selon le "
                "ministère du Plan.", "2024-05", ("KR", "VN")) == [
        ("investment", "KR>VN", "2015-04/2023-12", 6_200_000_000, "USD", "exact", "actual", None)]
    assert dated("D'octobre 2022 à mars 2023, les exportations égyptiennes vers le Soudan ont atteint 410 millions de "
                "dollars.", "2023-09", ("EG", "SD")) == [
        ("exports", "EG>SD", "2022-10/2023-03", 410_000_000, "USD", "exact", "actual", None)]
    # with a target in another item of its sentence, the span is still the first figure's own
    text = ("La Corée a investi 6,2 milliards de dollars au Vietnam entre avril 2015 et décembre 2023, et Séoul a fixé "
            "en mars 2022 l'objectif de 10 milliards de dollars d'ici 2030.")
    assert dated(text, "2024-05", ("KR", "VN")) == [
        ("investment", "KR>VN", "2015-04/2023-12", 6_200_000_000, "USD", "exact", "actual", None),
        ("investment", "KR>VN", "2030", 10_000_000_000, "USD", "exact", "target", None)]


def test_a_span_right_after_a_second_figure_is_its_own_total() -> None:
    text = ("Les entreprises coréennes ont investi 900 millions de dollars au Kenya en 2023, et plus de 6 milliards de "
            "dollars entre 2005 et 2023, selon l'agence KenInvest.")
    assert dated(text, "2024-03", ("KE", "KR")) == [
        ("investment", "KR>KE", "2023", 900_000_000, "USD", "exact", "actual", None),
        ("investment", "KR>KE", "2005-01/2023-12", 6_000_000_000, "USD", "more_than", "actual", None)]
    # near-misses: a « passant de X à Y » pair takes the two ends; a change takes the level at the end
    assert dated("Les exportations coréennes vers le Kenya sont passées de 300 millions de dollars à 450 millions de "
                "dollars entre 2019 et 2023.", "2024-03", ("KE", "KR")) == [
        ("exports", "KR>KE", "2019", 300_000_000, "USD", "exact", "actual", None),
        ("exports", "KR>KE", "2023", 450_000_000, "USD", "exact", "actual", None)]
    assert dated("Les exportations coréennes vers le Kenya ont progressé de 50 % à 450 millions de dollars entre 2019 "
                "et 2023.", "2024-03", ("KE", "KR")) == [
        ("exports", "KR>KE", "2023", 450_000_000, "USD", "exact", "actual", None),
        ("exports", "KR>KE", "2023", 1.5, "vs 2019", "exact", "actual", None)]


def test_a_span_of_months_with_a_change_is_left_out() -> None:
    # a change over such a span (month against month, or months against the same months before?) is not read
    assert left_out("Entre avril 2022 et janvier 2023, les exportations égyptiennes vers le Soudan ont progressé de "
                     "12 %, à 410 millions de dollars.", "2023-09", ("EG", "SD")) == [
        ("410 millions de dollars", "no-period"), ("12 %", "change-of-left-out")]
    # near-misses: months of one year named with their years, and months with one year at the end
    assert dated("De janvier 2023 à juin 2023, les exportations égyptiennes vers le Soudan ont atteint 410 millions de "
                "dollars.", "2023-09", ("EG", "SD")) == [
        ("exports", "EG>SD", "2023-H1", 410_000_000, "USD", "exact", "actual", None)]
    assert dated("Entre avril et août 2023, les exportations égyptiennes vers le Soudan ont atteint 410 millions de "
                "dollars.", "2023-09", ("EG", "SD")) == [
        ("exports", "EG>SD", "2023-04/2023-08", 410_000_000, "USD", "exact", "actual", None)]


# -- 3. a present-tense count after an item told in the past ---------------------------------------------------
def test_a_present_tense_count_is_not_dated_by_the_year_of_a_past_item() -> None:
    expected = [("tourists", "JP>TH", "2023", 1_200_000, "persons", "exact", "actual", None),
                ("flights", None, "2024-05", 210, "flights/week", "exact", "actual", None)]
    for tail in ("et les compagnies assurent 210 vols hebdomadaires entre les deux pays",
                 "et Thai Airways, ANA et JAL exploitent 210 vols par semaine entre les deux pays"):
        text = f"En 2023, la Thaïlande a accueilli 1,2 million de visiteurs japonais, {tail}."
        assert dated(text, "2024-05", ("JP", "TH")) == expected, tail


def test_a_count_told_in_the_tense_of_its_year_keeps_it() -> None:
    # near-misses: one tense throughout; a past tense in the count's own clause; no verb of its own (« soit »)
    assert dated("En 2023, la Thaïlande accueille 1,2 million de visiteurs japonais, et les compagnies assurent 210 "
                "vols hebdomadaires entre les deux pays.", "2024-05", ("JP", "TH"))[-1] == (
        "flights", None, "2023", 210, "flights/week", "exact", "actual", None)
    assert dated("En 2023, la Thaïlande a accueilli 1,2 million de visiteurs japonais, et les compagnies assuraient "
                "210 vols hebdomadaires entre les deux pays.", "2024-05", ("JP", "TH"))[-1] == (
        "flights", None, "2023", 210, "flights/week", "exact", "actual", None)
    assert dated("En 2023, 11 000 vols ont relié le Japon et la Thaïlande, soit environ 210 vols par semaine.",
                "2024-05", ("JP", "TH")) == [("flights", None, "2023", 210, "flights/week", "approx", "actual", None)]


# -- 4. « depuis juin 2022 »: when a trend began, not a figure's period ---------------------------------------------
def test_depuis_a_month_is_no_period_of_the_figures_after_it() -> None:
    text = ("Les exportateurs italiens, privés du marché tunisien depuis juin 2022, reprennent pied : leurs ventes en "
            "Tunisie ont triplé au premier semestre par rapport à la même période de 2023, selon l'ICE, qui les "
            "chiffre à 240 millions d'euros.")
    assert dated(text, "2024-10", ("IT", "TN")) == [
        ("exports", "IT>TN", "2024-H1", 240_000_000, "EUR", "exact", "actual", None),
        ("exports", "IT>TN", "2024-H1", 3.0, "vs 2023-H1", "approx", "actual", None)]
    # a sum since a month runs from it to the time of writing, as one since a year
    assert dated("Depuis mars 2021, les entreprises italiennes ont investi 1,3 milliard d'euros en Tunisie.",
                "2024-10", ("IT", "TN")) == [
        ("investment", "IT>TN", "2021-03/2024-10", 1_300_000_000, "EUR", "exact", "actual", None)]


def test_a_month_with_its_year_still_dates_its_figure() -> None:
    # near-misses: « en juin 2022 », and a change since a month (against which months?) left out
    assert dated("En juin 2022, les exportations italiennes vers la Tunisie ont atteint 60 millions d'euros.",
                "2024-10", ("IT", "TN")) == [
        ("exports", "IT>TN", "2022-06", 60_000_000, "EUR", "exact", "actual", None)]
    assert [code for _, code in left_out(
        "En 2023, les exportations italiennes vers la Tunisie ont atteint 2,1 milliards d'euros, en hausse de 40 % "
        "depuis juin 2021.", "2024-10", ("IT", "TN"))] == ["unclear-base"]


# -- 5. « sur l'ensemble de 2023 » -------------------------------------------------------------------------------
def test_sur_l_ensemble_de_a_year_is_that_year() -> None:
    for phrase in ("sur l'ensemble de 2023", "pour l'ensemble de l'année 2023", "sur toute l'année 2023"):
        text = f"Les importations marocaines en provenance du Portugal ont chuté à 410 millions d'euros {phrase}."
        assert dated(text, "2024-09", ("MA", "PT")) == [
            ("imports", "PT>MA", "2023", 410_000_000, "EUR", "exact", "actual", None)], phrase
    # near-misses: « sur 2022 » after a change is its base; « sur l'ensemble de la période » names no period
    assert dated("En 2023, les importations marocaines en provenance du Portugal ont atteint 410 millions d'euros, en "
                "hausse de 5 % sur 2021.", "2024-09", ("MA", "PT"))[-1] == (
        "imports", "PT>MA", "2023", 1.05, "vs 2021", "exact", "actual", None)
    assert left_out("Les importations marocaines en provenance du Portugal ont atteint 410 millions d'euros sur "
                    "l'ensemble de la période.", "2024-09", ("MA", "PT")) == [("410 millions d'euros", "no-period")]


# -- 6. the months of a fiscal year, given by the article ------------------------------------------------------------
def test_the_first_months_of_a_fiscal_year_with_their_months_in_apposition() -> None:
    text = ("Sur les neuf premiers mois de l'exercice 2023-2024, d'avril à décembre, les échanges entre l'Inde et "
            "l'Indonésie ont reculé de 6,1 % sur un an, à 21,3 milliards de dollars.")
    assert dated(text, "2024-04", ("ID", "IN")) == [
        ("trade", None, "2023-04/2023-12", 21_300_000_000, "USD", "exact", "actual", None),
        ("trade", None, "2023-04/2023-12", 0.939, "vs 2022-04/2022-12", "exact", "actual", None)]
    # and in the fiscal year's own brackets
    text = ("Au premier semestre de l'exercice 2023-2024 (juillet-juin), les exportations pakistanaises vers la Chine "
            "ont atteint 1,2 milliard de dollars.")
    assert dated(text, "2024-04", ("CN", "PK")) == [
        ("exports", "PK>CN", "2023-H2", 1_200_000_000, "USD", "exact", "actual", None)]


def test_months_that_do_not_fit_leave_the_fiscal_part_unread() -> None:
    # near-miss: six months in apposition to nine months of the fiscal year say nothing of its start
    text = ("Sur les neuf premiers mois de l'exercice 2023-2024, de juillet à décembre, les échanges entre l'Inde et "
            "l'Indonésie ont atteint 21,3 milliards de dollars.")
    assert left_out(text, "2024-04", ("ID", "IN")) == [("21,3 milliards de dollars", "no-period")]


def test_the_months_of_a_fiscal_year_carry_over_in_an_article() -> None:
    text = ("Les exportations néo-zélandaises vers l'Australie ont atteint 9,8 milliards de dollars néo-zélandais sur "
            "l'exercice 2022-2023, clos fin juin. Sur l'exercice 2023-2024, elles ont atteint 10,4 milliards de "
            "dollars néo-zélandais. Au premier trimestre de l'exercice 2024-2025, elles ont atteint 2,7 milliards de "
            "dollars néo-zélandais.")
    assert dated(text, "2024-12", ("AU", "NZ")) == [
        ("exports", "NZ>AU", "2022-07/2023-06", 9_800_000_000, "NZD", "exact", "actual", None),
        ("exports", "NZ>AU", "2023-07/2024-06", 10_400_000_000, "NZD", "exact", "actual", None),
        ("exports", "NZ>AU", "2024-Q3", 2_700_000_000, "NZD", "exact", "actual", None)]


def test_fiscal_months_do_not_carry_to_another_countrys_fiscal_year() -> None:
    # near-misses: a fiscal year qualified by words the first did not have; two fiscal calendars in one article
    text = ("Les exportations indiennes vers l'Australie ont atteint 9,8 milliards de dollars américains sur "
            "l'exercice indien 2022-2023 (avril-mars). Sur l'exercice australien 2023-2024, elles ont atteint 10,4 "
            "milliards de dollars américains.")
    assert [(p.text, p.period) for p in read(text, "2024-12", ("AU", "IN")).periods] == [
        ("exercice indien 2022-2023 (avril-mars)", "2022-04/2023-03"), ("exercice australien 2023-2024", None)]
    text = ("Les exportations indiennes vers l'Australie ont atteint 9,8 milliards de dollars américains sur "
            "l'exercice 2022-2023 (avril-mars), selon New Delhi, et 10,1 milliards de dollars américains sur l'exercice "
            "2022-2023 (juillet-juin), selon Canberra. Sur l'exercice 2023-2024, elles ont atteint 10,4 milliards de "
            "dollars américains.")
    assert left_out(text, "2024-12", ("AU", "IN"))[-1] == ("10,4 milliards de dollars américains", "no-period")


# -- 7. a target's deadline after a current count ------------------------------------------------------------------
def test_a_targets_deadline_does_not_date_the_count_before_it() -> None:
    text = ("Les compagnies assurent 32 vols par semaine entre le Maroc et le Sénégal, un niveau que Rabat souhaite "
            "porter à 45 d'ici la fin de l'année.")
    assert dated(text, "2024-06", ("MA", "SN")) == [
        ("flights", None, "2024-06", 32, "flights/week", "exact", "actual", None),
        ("flights", None, "2024", 45, "flights/week", "exact", "target", None)]
    # near-miss: with no target word, a weekly count by a deadline is still not over
    assert left_out("Les compagnies assureront 45 vols par semaine entre le Maroc et le Sénégal d'ici la fin de "
                    "l'année.", "2024-06", ("MA", "SN")) == []
    assert [code for _, code in left_out("Les compagnies assurent 45 vols par semaine entre le Maroc et le Sénégal "
                                         "d'ici la fin de l'année.", "2024-06", ("MA", "SN"))] == ["period-not-over"]


# -- 8. a change against a level its sentence names -------------------------------------------------------------------
def test_a_change_against_a_level_named_after_it() -> None:
    text = ("Les échanges entre l'Égypte et l'Inde sont tombés à 5,2 milliards de dollars au cours de l'exercice "
            "2023-2024 (avril-mars), soit un recul de 17,5 % par rapport au record de 6,31 milliards de dollars de "
            "l'exercice précédent.")
    assert dated(text, "2024-09", ("EG", "IN")) == [
        ("trade", None, "2023-04/2024-03", 5_200_000_000, "USD", "exact", "actual", None),
        ("trade", None, "2022-04/2023-03", 6_310_000_000, "USD", "exact", "actual", None),
        ("trade", None, "2023-04/2024-03", 0.825, "vs 2022-04/2023-03", "exact", "actual", None)]
    assert dated("En 2023, les échanges entre l'Égypte et l'Inde ont atteint 5,2 milliards de dollars, en hausse de 8 % "
                "par rapport aux 4,8 milliards de 2022.", "2024-09", ("EG", "IN"))[-1] == (
        "trade", None, "2023", 1.08, "vs 2022", "exact", "actual", None)


def test_a_change_against_another_measure_stays_unread() -> None:
    # near-miss: a comparison with a later level, or one of the same period, names no base
    assert [code for _, code in left_out(
        "En 2023, les échanges entre l'Égypte et l'Inde ont atteint 5,2 milliards de dollars, en recul de 8 % par "
        "rapport aux 5,6 milliards de 2024.", "2025-03", ("EG", "IN"))] == ["unclear-base"]


# -- 9. « depuis janvier » in an article dated to the month -------------------------------------------------------
def test_depuis_janvier_runs_into_the_month_of_publication() -> None:
    text = ("Le Vietnam a accueilli 1,1 million de visiteurs coréens en 2023, et depuis janvier, 980 000 Coréens "
            "ont déjà visité le pays.")
    assert dated(text, "2024-09", ("KR", "VN")) == [
        ("tourists", "KR>VN", "2023", 1_100_000, "persons", "exact", "actual", None),
        ("tourists", "KR>VN", "2024-01/2024-09", 980_000, "persons", "exact", "actual", "2024-09-30")]
    # near-miss: a day of publication known gives that day
    assert dated(text, "2024-09-12", ("KR", "VN"))[-1] == (
        "tourists", "KR>VN", "2024-01/2024-09", 980_000, "persons", "exact", "actual", "2024-09-12")
