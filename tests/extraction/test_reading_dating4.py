"""Periods, round 4 (reading/dating.py, reading/bases.py, periods.py, the context carried in claims.py): a
comparison's period stays in its clause, « sur un an » names its own base, parts of a year in quarters, fiscal
years whose months are in brackets, « l'exercice précédent » after the sentence before, « à la même date »,
« depuis janvier », an incidental year after « Avant la crise », a rate in a past tense, a relative clause's
past peak, a present-tense stock after another item's year, months with no year in the pluperfect, a
postponed target.

Every sentence here is written for these tests, about pairs and outlets of many kinds; each construction has
its near-misses, which must keep their old reading.
"""

from __future__ import annotations

from tests.extraction.reading import dated, left_out


# -- 1. a comparison names its period in its own clause --------------------------------------------------
def test_a_period_after_a_colon_is_its_clauses_own() -> None:
    text = ("Les exportations sénégalaises vers la Mauritanie ont atteint 240 millions de dollars en 2023. Le port "
            "de Dakar, par lequel passent près de 60 % des échanges, pèse sur le début d'année : au premier "
            "trimestre 2024, les exportations vers la Mauritanie ont reculé de 6,1 % sur un an.")
    assert dated(text, "2024-05", ("MR", "SN")) == [
        ("exports", "SN>MR", "2023", 240_000_000, "USD", "exact", "actual", None),
        ("exports", "SN>MR", "2024-Q1", 0.939, "vs 2023-Q1", "exact", "actual", None)]
    # the same colon after a word of comparison: « sur » does not reach across it
    assert dated("Le repli des ventes, plus marqué sur la fin de l'exercice : en 2023, les exportations "
                "ivoiriennes vers le Ghana ont reculé de 4 %, à 1,2 milliard de dollars.", "2024-05", ("CI", "GH")) == [
        ("exports", "CI>GH", "2023", 1_200_000_000, "USD", "exact", "actual", None),
        ("exports", "CI>GH", "2023", 0.96, "vs 2022", "exact", "actual", None)]


def test_a_comparison_in_the_same_clause_still_names_a_base() -> None:
    # near-miss: « sur 2022 » right after a change, in its clause, is the change's base
    assert dated("En 2023, les exportations ivoiriennes vers le Ghana ont atteint 1,2 milliard de dollars, en hausse "
                "de 5 % sur 2021.", "2024-05", ("CI", "GH")) == [
        ("exports", "CI>GH", "2023", 1_200_000_000, "USD", "exact", "actual", None),
        ("exports", "CI>GH", "2023", 1.05, "vs 2021", "exact", "actual", None)]


# -- 2. « sur un an » names its own base: its « sur » does not take the period after it -----------------------
def test_sur_un_an_then_the_first_months_of_a_year() -> None:
    expected = [("trade", None, "2024-01/2024-05", 4_100_000_000, "USD", "exact", "actual", None),
                ("trade", None, "2024-01/2024-05", 1.18, "vs 2023-01/2023-05", "exact", "actual", None)]
    for opening in ("au cours des cinq premiers mois de 2024", "sur les cinq premiers mois de 2024",
                    "pendant les cinq premiers mois de 2024"):
        text = (f"Les échanges entre l'Ouzbékistan et la Russie ont bondi de 18 % sur un an {opening}, à 4,1 "
                f"milliards de dollars.")
        assert dated(text, "2024-08", ("RU", "UZ")) == expected, opening
    # after a sentence about the year before: the months, not that year
    text = ("Les échanges entre l'Ouzbékistan et la Russie ont atteint 9,8 milliards de dollars en 2023. Ils ont "
            "encore progressé de 18 % sur un an au cours des cinq premiers mois de 2024, à 4,1 milliards de dollars.")
    assert dated(text, "2024-08", ("RU", "UZ")) == [
        ("trade", None, "2023", 9_800_000_000, "USD", "exact", "actual", None), *expected]


def test_sur_un_mois_then_a_month_and_par_rapport_a_l_an_dernier() -> None:
    assert dated("Les exportations chiliennes vers le Pérou ont reculé de 3 % sur un mois en mars 2024, à 410 "
                "millions de dollars.", "2024-06", ("CL", "PE")) == [
        ("exports", "CL>PE", "2024-03", 410_000_000, "USD", "exact", "actual", None),
        ("exports", "CL>PE", "2024-03", 0.97, "vs 2024-02", "exact", "actual", None)]
    # near-miss: the period inside « par rapport à l'an dernier » is still the base
    assert dated("Au premier trimestre 2024, les exportations chiliennes vers le Pérou ont atteint 1,3 milliard de "
                "dollars, en hausse de 6 % par rapport à l'an dernier.", "2024-06", ("CL", "PE")) == [
        ("exports", "CL>PE", "2024-Q1", 1_300_000_000, "USD", "exact", "actual", None),
        ("exports", "CL>PE", "2024-Q1", 1.06, "vs 2023-Q1", "exact", "actual", None)]


# -- 3. the first quarters of a year ----------------------------------------------------------------------
def test_the_first_quarters_of_a_year_are_its_first_months() -> None:
    assert dated("Les investissements directs sud-coréens en Indonésie ont atteint 2,6 milliards de dollars au cours "
                "des trois premiers trimestres de 2024.", "2025-01", ("ID", "KR")) == [
        ("investment", "KR>ID", "2024-01/2024-09", 2_600_000_000, "USD", "exact", "actual", None)]
    assert dated("Sur les deux premiers trimestres de 2023, les échanges entre le Pakistan et la Chine ont totalisé 9 "
                "milliards de dollars.", "2023-10", ("CN", "PK")) == [
        ("trade", None, "2023-H1", 9_000_000_000, "USD", "exact", "actual", None)]
    # with no year: the year of the context, as « les neuf premiers mois de l'année »
    assert dated("Les échanges entre le Pakistan et la Chine ont atteint 23 milliards de dollars en 2022. Au cours des "
                "trois premiers trimestres de l'année, ils avaient déjà dépassé 17 milliards de dollars.", "2023-02",
                ("CN", "PK"))[-1] == ("trade", None, "2022-01/2022-09", 17_000_000_000, "USD", "more_than", "actual",
                                      None)
    # near-miss: one quarter, as before
    assert dated("Au troisième trimestre 2024, les échanges entre le Pakistan et la Chine ont atteint 6 milliards de "
                "dollars.", "2025-01", ("CN", "PK")) == [
        ("trade", None, "2024-Q3", 6_000_000_000, "USD", "exact", "actual", None)]


# -- 4. fiscal years whose months are in brackets ------------------------------------------------------------
def test_a_fiscal_year_with_its_months_in_brackets() -> None:
    cases = [
        ("au cours de l'exercice 2022-2023 (avril-mars)", "2022-04/2023-03"),
        ("sur l'exercice budgétaire 2021/2022 (juillet-juin)", "2021-07/2022-06"),
        ("sur l'exercice 2022-23 (octobre-septembre)", "2022-10/2023-09"),
        ("lors de l'exercice budgétaire 2023-2024 (clos fin juin)", "2023-07/2024-06"),
        ("sur l'exercice 2022-2023 (avril 2022-mars 2023)", "2022-04/2023-03"),
        ("en 2022-2023 (avril-mars)", "2022-04/2023-03"),
        ("en 2021-2022 (juillet 2021-juin 2022)", "2021-07/2022-06"),
    ]
    for words, period in cases:
        text = f"Les exportations kényanes vers l'Ouganda ont atteint 780 millions de dollars {words}."
        assert dated(text, "2024-09", ("KE", "UG")) == [
            ("exports", "KE>UG", period, 780_000_000, "USD", "exact", "actual", None)], words


def test_brackets_that_are_not_twelve_months_or_do_not_fit_the_years_are_not_read() -> None:
    for words in ("sur l'exercice 2022-2023 (avril-juin)", "sur l'exercice 2023 (avril-mars)",
                  "sur l'exercice 2022-2023 (avril 2021-mars 2022)", "sur l'exercice 2022-2023"):
        text = f"Les exportations kényanes vers l'Ouganda ont atteint 780 millions de dollars {words}."
        assert left_out(text, "2024-09", ("KE", "UG")) == [("780 millions de dollars", "no-period")], words
    # near-miss: a bracket that names no months leaves the two years a span, as before
    assert dated("Les exportations kényanes vers l'Ouganda ont totalisé 1,5 milliard de dollars sur la période "
                "2021-2022 (hors réexportations).", "2024-09", ("KE", "UG")) == [
        ("exports", "KE>UG", "2021-01/2022-12", 1_500_000_000, "USD", "exact", "actual", None)]
    # and the calendar months of a year named alone
    assert dated("Les exportations kényanes vers l'Ouganda ont atteint 780 millions de dollars sur l'exercice 2023 "
                "(janvier-décembre).", "2024-09", ("KE", "UG")) == [
        ("exports", "KE>UG", "2023", 780_000_000, "USD", "exact", "actual", None)]


def test_two_years_running_after_a_fiscal_year_are_a_fiscal_year_of_the_same_months() -> None:
    text = ("Selon les chiffres pakistanais, les échanges entre le Pakistan et les Émirats arabes unis ont atteint 10,6 "
            "milliards de dollars au cours de l'exercice 2022-2023 (juillet-juin), contre 7,9 milliards en "
            "2020-2021.")
    assert dated(text, "2024-02", ("AE", "PK")) == [
        ("trade", None, "2022-07/2023-06", 10_600_000_000, "USD", "exact", "actual", None),
        ("trade", None, "2020-07/2021-06", 7_900_000_000, "USD", "exact", "actual", None)]
    # near-miss: « sur la période 2020-2021 » is the span of the two years, its clause's own
    text = ("Les échanges entre le Pakistan et les Émirats arabes unis ont atteint 10,6 milliards de dollars au cours "
            "de l'exercice 2022-2023 (juillet-juin) ; sur la période 2020-2021, ils avaient totalisé 15 milliards de "
            "dollars.")
    assert dated(text, "2024-02", ("AE", "PK")) == [
        ("trade", None, "2022-07/2023-06", 10_600_000_000, "USD", "exact", "actual", None),
        ("trade", None, "2020-01/2021-12", 15_000_000_000, "USD", "exact", "actual", None)]


def test_the_previous_fiscal_year_after_the_sentence_before() -> None:
    text = ("Les exportations tanzaniennes vers le Kenya ont atteint 410 millions de dollars au cours de l'exercice "
            "2022/2023 (juillet-juin). Un chiffre en recul par rapport à l'exercice précédent, pénalisé par la "
            "sécheresse. Les importations tanzaniennes en provenance du Kenya sont restées stables, à 620 millions "
            "de dollars sur la même période.")
    assert dated(text, "2023-11", ("KE", "TZ")) == [
        ("exports", "TZ>KE", "2022-07/2023-06", 410_000_000, "USD", "exact", "actual", None),
        ("imports", "KE>TZ", "2022-07/2023-06", 620_000_000, "USD", "exact", "actual", None)]
    text = ("Les exportations tanzaniennes vers le Kenya ont atteint 410 millions de dollars au cours de l'exercice "
            "2022/2023 (juillet-juin). Lors de l'exercice précédent, elles s'étaient élevées à 380 millions de "
            "dollars.")
    assert dated(text, "2023-11", ("KE", "TZ"))[-1] == (
        "exports", "TZ>KE", "2021-07/2022-06", 380_000_000, "USD", "exact", "actual", None)
    # near-miss: after a calendar year, « l'exercice précédent » says no months
    text = ("Les exportations tanzaniennes vers le Kenya ont atteint 410 millions de dollars en 2023. Lors de "
            "l'exercice précédent, elles s'étaient élevées à 380 millions de dollars.")
    assert left_out(text, "2024-03", ("KE", "TZ")) == [("380 millions de dollars", "no-period")]


def test_sur_a_fiscal_year_dates_its_figure_even_after_a_word_of_change() -> None:
    text = ("Après deux années de chute, les investissements directs émiratis au Pakistan ont atteint 1,4 milliard de "
            "dollars sur l'exercice 2023-2024 (clos fin juin), contre 900 millions lors de l'exercice précédent.")
    assert dated(text, "2024-10", ("AE", "PK")) == [
        ("investment", "AE>PK", "2023-07/2024-06", 1_400_000_000, "USD", "exact", "actual", None),
        ("investment", "AE>PK", "2022-07/2023-06", 900_000_000, "USD", "exact", "actual", None)]
    # « par rapport à » an earlier fiscal year names the change's base
    text = ("Les investissements directs émiratis au Pakistan ont atteint 1,4 milliard de dollars sur l'exercice "
            "2023-2024 (clos fin juin), en hausse de 40 % par rapport à l'exercice 2021-2022, clos fin juin.")
    assert dated(text, "2024-10", ("AE", "PK")) == [
        ("investment", "AE>PK", "2023-07/2024-06", 1_400_000_000, "USD", "exact", "actual", None),
        ("investment", "AE>PK", "2023-07/2024-06", 1.4, "vs 2021-07/2022-06", "exact", "actual", None)]


# -- 5. « Avant la pandémie, en 2019, » and a rate told in a past tense ----------------------------------------
def test_a_year_between_commas_after_avant_and_an_event_is_the_time_told() -> None:
    assert dated("Avant la fermeture de la frontière, en 2019, les exportations béninoises vers le Nigeria atteignaient "
                "près de 300 millions de dollars par an.", "2023-06", ("BJ", "NG")) == [
        ("exports", "BJ>NG", "2019", 300_000_000, "USD", "nearly", "actual", None)]
    assert dated("Avant la pandémie, en 2019, quelque 4,3 millions de Sud-Coréens avaient visité le Vietnam.", "2023-06",
                ("KR", "VN")) == [("tourists", "KR>VN", "2019", 4_300_000, "persons", "approx", "actual", None)]
    # near-misses: with no commas, or a month, the date is the event's, and a yearly level in the imperfect is
    # no level of the last full year
    for opening in ("Avant la fermeture de la frontière en 2019,", "Avant la fermeture de la frontière, en août 2019,"):
        assert left_out(f"{opening} les exportations béninoises vers le Nigeria atteignaient près de 300 millions de "
                        f"dollars par an.", "2023-06", ("BJ", "NG")) == [("300 millions de dollars", "no-period")], opening
    # nor after another word than « avant »
    assert left_out("Depuis la fermeture de la frontière, en 2019, les exportations béninoises vers le Nigeria "
                    "plafonnent à 40 millions de dollars.", "2023-06", ("BJ", "NG")) == [
        ("40 millions de dollars", "no-period")]


def test_a_rate_told_in_a_past_tense_is_not_of_the_last_year_nor_of_now() -> None:
    assert left_out("Les exportations togolaises vers le Burkina Faso atteignaient quelque 150 millions de dollars par "
                    "an.", "2024-06", ("BF", "TG")) == [("150 millions de dollars", "no-period")]
    assert left_out("Air Burkina, qui assurait jusqu'à 12 vols hebdomadaires entre Lomé et Ouagadougou, a réduit sa "
                    "desserte.", "2024-06", ("BF", "TG")) == [("12 vols hebdomadaires", "no-period")]
    # near-misses: the present tense, and the journalistic conditional, as before
    assert dated("Les exportations togolaises vers le Burkina Faso atteignent quelque 150 millions de dollars par an.",
                "2024-06", ("BF", "TG")) == [
        ("exports", "TG>BF", "2023", 150_000_000, "USD", "approx", "actual", None)]
    assert dated("Le commerce entre le Togo et le Burkina Faso porterait, selon la chambre de commerce de Lomé, sur 400 "
                "millions de dollars par an.", "2024-06", ("BF", "TG")) == [
        ("trade", None, "2023", 400_000_000, "USD", "exact", "actual", None)]
    # a relative clause or an aside in a past tense before the figure's item does not make its rate past
    for text in ("Le Togo, qui exportait surtout du clinker, vend désormais au Burkina Faso pour 150 millions de "
                 "dollars de marchandises par an.",
                 "Les exportations togolaises vers le Burkina Faso, qui reculaient depuis des années, atteignent 150 "
                 "millions de dollars par an."):
        assert [c[:4] for c in dated(text, "2024-06", ("BF", "TG"))] == [("exports", "TG>BF", "2023", 150_000_000)], text
    # a past rate with its year is that year's, as before
    assert dated("En 2019, Air Burkina assurait 12 vols hebdomadaires entre Lomé et Ouagadougou.", "2024-06",
                ("BF", "TG")) == [("flights", None, "2019", 12, "flights/week", "exact", "actual", None)]


# -- 6. a past peak in a relative clause is a look back: the next sentence does not go on about it -------------
def test_a_relative_clause_in_a_past_tense_does_not_date_the_next_sentence() -> None:
    first = "Les exportations italiennes vers la Tunisie ont atteint 2,9 milliards d'euros en 2023. "
    for aside in ("qui avaient culminé à plus de 4 milliards d'euros en 2014", "qui pesaient 4 milliards d'euros en 2014"):
        text = (first + f"Les machines et le textile restent les premiers postes de ces ventes, {aside}. Les "
                "exportations tunisiennes vers l'Italie ont, elles, atteint 3,1 milliards d'euros.")
        assert dated(text, "2024-03", ("IT", "TN"))[-1] == (
            "exports", "TN>IT", "2023", 3_100_000_000, "EUR", "exact", "actual", None), aside
    # near-miss: a relative clause in the passé composé is the news itself, and the next sentence goes on about it
    text = ("Les exportations italiennes vers la Tunisie ont atteint 2,4 milliards d'euros en 2021. Les machines et le "
            "textile restent les premiers postes de ces ventes, qui ont atteint 2,9 milliards d'euros en 2023. Les "
            "exportations tunisiennes vers l'Italie ont, elles, atteint 3,1 milliards d'euros.")
    assert dated(text, "2024-03", ("IT", "TN"))[-1] == (
        "exports", "TN>IT", "2023", 3_100_000_000, "EUR", "exact", "actual", None)


# -- 7. « à la même date », and « depuis janvier » counted in full ------------------------------------------------
def test_a_la_meme_date_is_the_date_just_named() -> None:
    text = ("À la fin mars 2024, le Japon comptait 5 200 projets valides en Thaïlande. Les investissements thaïlandais "
            "au Japon atteignaient, à la même date, 1,2 milliard de dollars.")
    assert dated(text, "2024-05", ("JP", "TH")) == [
        ("investment", "TH>JP", "2024-03", 1_200_000_000, "USD", "exact", "actual", None)]
    # a flow takes the whole period named, a stock its end
    text = ("À fin avril 2024, les exportations thaïlandaises vers le Japon ont atteint 8,2 milliards de dollars. À "
            "cette date, le stock des investissements thaïlandais au Japon s'élevait à 3,4 milliards de dollars.")
    assert dated(text, "2024-06", ("JP", "TH")) == [
        ("exports", "TH>JP", "2024-01/2024-04", 8_200_000_000, "USD", "exact", "actual", None),
        ("investment", "TH>JP", "2024-04", 3_400_000_000, "USD", "exact", "actual", None)]
    # with no date named before, it is left out (a present-tense stock alone is at the month of publication)
    assert left_out("Les investissements thaïlandais au Japon atteignaient, à la même date, 1,2 milliard de dollars.",
                    "2024-05", ("JP", "TH")) == [("1,2 milliard de dollars", "no-period")]
    assert dated("Les investissements thaïlandais au Japon atteignent 1,2 milliard de dollars.", "2024-05",
                ("JP", "TH")) == [("investment", "TH>JP", "2024-05", 1_200_000_000, "USD", "exact", "actual", None)]


def test_depuis_janvier_with_a_cumulated_amount_is_the_flow_since_january() -> None:
    for text in ("Les investissements directs nigérians au Ghana, cumulés depuis janvier, atteignent 52 millions de "
                 "dollars.",
                 "Depuis le début de l'année, les investissements nigérians enregistrés au Ghana totalisent un montant "
                 "cumulé de 52 millions de dollars.",
                 "Les investissements nigérians au Ghana ont atteint depuis janvier un montant cumulé de 52 millions de "
                 "dollars."):
        assert dated(text, "2023-10-12", ("GH", "NG")) == [
            ("investment", "NG>GH", "2023-01/2023-10", 52_000_000, "USD", "exact", "actual", "2023-10-12")], text
    # near-miss: a count of valid projects to a day is a position at that month
    assert dated("Au 20 septembre 2023, les investisseurs nigérians comptaient 40 projets valides au Ghana, pour un "
                "capital enregistré total de 310 millions de dollars.", "2023-10-12", ("GH", "NG")) == [
        ("investment", "NG>GH", "2023-09", 310_000_000, "USD", "exact", "actual", None)]


# -- 8. a stock told now, after « et », is not dated by another figure's year -----------------------------------
def test_a_present_tense_stock_after_et_is_not_dated_by_the_year_of_another_figure() -> None:
    text = ("Les Jordaniens étaient près de 400 000 à visiter l'Égypte l'an dernier, et les investissements égyptiens "
            "en Jordanie sont estimés à quelque 1,5 milliard de dollars.")
    assert dated(text, "2024-10", ("EG", "JO")) == [
        ("tourists", "JO>EG", "2023", 400_000, "persons", "nearly", "actual", None),
        ("investment", "EG>JO", "2024-10", 1_500_000_000, "USD", "approx", "actual", None)]
    # near-misses: told in a past tense, the stock may be of that year; a flow goes on with it; and an item with no
    # verb of its own shares the period of the one before
    text = ("Les Jordaniens étaient près de 400 000 à visiter l'Égypte l'an dernier, et les investissements égyptiens "
            "en Jordanie s'élevaient à quelque 1,5 milliard de dollars.")
    assert dated(text, "2024-10", ("EG", "JO"))[-1] == (
        "investment", "EG>JO", "2023", 1_500_000_000, "USD", "approx", "actual", None)
    text = ("Les Jordaniens étaient près de 400 000 à visiter l'Égypte l'an dernier, et les exportations égyptiennes "
            "vers la Jordanie ont atteint 900 millions de dollars.")
    assert dated(text, "2024-10", ("EG", "JO"))[-1] == (
        "exports", "EG>JO", "2023", 900_000_000, "USD", "exact", "actual", None)


# -- 9. months with no year, in the pluperfect, after a sentence about an earlier year ---------------------------
def test_a_pluperfect_alone_does_not_say_which_year_its_months_are() -> None:
    first = "Les échanges entre le Pérou et la Bolivie se sont élevés à 1,9 milliard de dollars en 2025. "
    for months in ("En janvier", "Au cours du mois de janvier"):
        text = first + (f"{months}, les exportations péruviennes vers la Bolivie avaient déjà reculé de 9 %, à 140 "
                        f"millions de dollars.")
        assert left_out(text, "2026-03", ("BO", "PE")) == [
            ("140 millions de dollars", "no-period"), ("9 %", "change-of-left-out")], months
    # near-misses: the passé composé tells the latest news; « la même année » ties them to the year told
    text = first + ("En janvier, les exportations péruviennes vers la Bolivie ont reculé de 9 %, à 140 millions de "
                    "dollars.")
    assert dated(text, "2026-03", ("BO", "PE"))[1:] == [
        ("exports", "PE>BO", "2026-01", 140_000_000, "USD", "exact", "actual", None),
        ("exports", "PE>BO", "2026-01", 0.91, "vs 2025-01", "exact", "actual", None)]
    text = first + ("La même année, en janvier, les exportations péruviennes vers la Bolivie avaient déjà reculé de 9 %, "
                    "à 140 millions de dollars.")
    assert dated(text, "2026-03", ("BO", "PE"))[1:] == [
        ("exports", "PE>BO", "2025-01", 140_000_000, "USD", "exact", "actual", None),
        ("exports", "PE>BO", "2025-01", 0.91, "vs 2024-01", "exact", "actual", None)]
    # and where the latest such months are the year told, there is no choice to make
    text = first + ("Au premier semestre, les exportations péruviennes vers la Bolivie avaient atteint 600 millions "
                    "de dollars.")
    assert dated(text, "2026-05", ("BO", "PE"))[-1] == (
        "exports", "PE>BO", "2025-H1", 600_000_000, "USD", "exact", "actual", None)


# -- 10. a postponed target: its former horizon dates nothing -------------------------------------------------------
def test_a_horizon_marked_as_the_former_one_is_not_the_targets() -> None:
    for text in ("Quant à l'objectif de 10 milliards de dollars d'échanges, initialement fixé à 2026, il a été "
                 "repoussé à 2030.",
                 "Le Vietnam et l'Indonésie visent 10 milliards de dollars d'échanges d'ici 2030, un objectif prévu à "
                 "l'origine pour 2026."):
        assert dated(text, "2025-04", ("ID", "VN")) == [
            ("trade", None, "2030", 10_000_000_000, "USD", "exact", "target", None)], text
    # with no new horizon: an open one, never compared
    assert dated("L'objectif de 10 milliards de dollars d'échanges, initialement fixé à 2026, semble hors d'atteinte.",
                "2025-04", ("ID", "VN")) == [("trade", None, "2025-04/..", 10_000_000_000, "USD", "exact", "target",
                                             None)]
    # near-miss: a horizon named once is the target's, as before
    assert dated("L'objectif de 10 milliards de dollars d'échanges, fixé à 2026, semble hors d'atteinte.", "2025-04",
                ("ID", "VN")) == [("trade", None, "2026", 10_000_000_000, "USD", "exact", "target", None)]


# -- 11. « les années 1990 » is a decade, not the year 1990 ---------------------------------------------------------
def test_a_decade_is_not_its_first_year() -> None:
    text = ("Les exportations ghanéennes vers le Togo, qui atteignaient 50 millions de dollars dans les années 1990, "
            "représentent aujourd'hui quelque 400 millions de dollars par an.")
    assert dated(text, "2024-09", ("GH", "TG")) == [
        ("exports", "GH>TG", "2023", 400_000_000, "USD", "approx", "actual", None)]
    assert left_out(text, "2024-09", ("GH", "TG")) == [("50 millions de dollars", "no-period")]
    assert left_out("Au début des années 2010, les échanges entre le Ghana et le Togo plafonnaient à 300 millions de "
                    "dollars.", "2024-09", ("GH", "TG")) == [("300 millions de dollars", "no-period")]
    # near-miss: a year is a year
    assert dated("En 1990, les échanges entre le Ghana et le Togo s'élevaient à 300 millions de dollars.", "2024-09",
                ("GH", "TG")) == [("trade", None, "1990", 300_000_000, "USD", "exact", "actual", None)]
