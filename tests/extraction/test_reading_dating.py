"""The period of each figure, and what one sentence's period passes to the next (reading/dating.py,
periods.py, the context carried in claims.py).

Every sentence here is written for these tests, about pairs and outlets of many kinds (Egypt–Jordan,
Iran–Turkey, India–Singapore, Japan–Australia, India–Japan, Kenya–Tanzania, Côte d'Ivoire–Ghana, Korea–
Vietnam, Chile–Peru…). Each construction has its near-misses, which must keep their old reading.
"""

from __future__ import annotations

from factcheck.model import Claim
from tests.extraction.reading import left_out, read


def brief(claim: Claim) -> tuple[object, ...]:
    """What matters of a claim: metric, direction, period, figure, unit (or the ratio and its base),
    qualifier, modality, and the day a count runs to."""
    figure = claim.factor if claim.kind == "ratio" else claim.stated
    unit = claim.unit if claim.kind == "value" else f"ratio vs {claim.relative_to}"
    return claim.metric, claim.direction, claim.period, figure, unit, claim.qualifier, claim.modality, claim.as_of


def briefs(text: str, published: str | None, countries: tuple[str, ...]) -> list[tuple[object, ...]]:
    return [brief(c) for c in read(text, published, countries).claims]


# -- 1. a period read from the time of writing is not the next sentence's ------------------------------
def test_a_rate_at_the_time_of_writing_does_not_date_the_next_sentences_flows() -> None:
    text = ("Royal Jordanian et EgyptAir opèrent désormais 90 vols par semaine entre l'Égypte et la Jordanie. "
            "Les échanges entre les deux pays ont progressé de 8 % sur un an, à 1,1 milliard de dollars.")
    assert briefs(text, "2024-03", ("EG", "JO")) == [
        ("flights", None, "2024-03", 90, "flights/week", "exact", "actual", None)]
    assert left_out(text, "2024-03", ("EG", "JO")) == [
        ("1,1 milliard de dollars", "no-period"), ("8 %", "change-of-left-out")]
    # the sentence before the rate dates the flows: the rate does not replace it
    dated = "En 2023, les exportations égyptiennes vers la Jordanie ont atteint 600 millions de dollars. " + text
    assert briefs(dated, "2024-03", ("EG", "JO")) == [
        ("exports", "EG>JO", "2023", 600_000_000, "USD", "exact", "actual", None),
        ("flights", None, "2024-03", 90, "flights/week", "exact", "actual", None),
        ("trade", None, "2023", 1_100_000_000, "USD", "exact", "actual", None),
        ("trade", None, "2023", 1.08, "ratio vs 2022", "exact", "actual", None)]


def test_a_count_at_the_time_of_writing_then_a_dated_sentence_then_an_undated_one() -> None:
    text = ("Les échanges entre la Tunisie et la Libye ont atteint 2,9 milliards d'euros en 2023. Tunisair assure "
            "aujourd'hui 25 vols directs par semaine entre les deux pays. Les exportations tunisiennes vers la "
            "Libye ont représenté 1,8 milliard d'euros.")
    assert briefs(text, "2024-05", ("LY", "TN")) == [
        ("trade", None, "2023", 2_900_000_000, "EUR", "exact", "actual", None),
        ("flights", None, "2024-05", 25, "flights/week", "exact", "actual", None),
        ("exports", "TN>LY", "2023", 1_800_000_000, "EUR", "exact", "actual", None)]


# -- 2. a current count is at the month of publication, not another clause's -------------------------
def test_a_count_with_a_word_of_now_is_at_the_month_of_publication() -> None:
    assert briefs("La Turquie a accueilli 1,1 million de visiteurs iraniens en 2023, tandis que les compagnies des "
                  "deux pays exploitent actuellement 85 vols directs hebdomadaires.", "2024-04", ("IR", "TR")) == [
        ("tourists", "IR>TR", "2023", 1_100_000, "persons", "exact", "actual", None),
        ("flights", None, "2024-04", 85, "flights/week", "exact", "actual", None)]
    assert briefs("Pegasus, Turkish Airlines et Iran Air proposent désormais près de 90 vols par semaine entre l'Iran "
                  "et la Turquie, Pegasus ayant ouvert en mars une liaison Ankara-Tabriz.", "2024-05", ("IR", "TR")) == [
        ("flights", None, "2024-05", 90, "flights/week", "nearly", "actual", None)]


def test_a_weekly_rate_in_the_present_is_at_the_month_of_publication() -> None:
    assert briefs("Plus de 1,2 million d'Indiens ont visité Singapour en 2023, et les compagnies des deux pays "
                  "proposent environ 400 vols hebdomadaires.", "2024-05", ("IN", "SG"))[-1] == (
        "flights", None, "2024-05", 400, "flights/week", "approx", "actual", None)
    # « ont porté leurs dessertes à »: the level reached holds at the time of writing; « l'an dernier » is
    # the visitors' own period
    assert briefs("Près de 300 000 Marocains se sont rendus au Portugal l'an dernier, et TAP comme Royal Air Maroc "
                  "ont porté leurs dessertes à 40 vols hebdomadaires.", "2023-09", ("MA", "PT"))[-1] == (
        "flights", None, "2023-09", 40, "flights/week", "exact", "actual", None)


def test_a_weekly_rate_in_a_past_tense_keeps_the_period_of_its_sentence() -> None:
    assert briefs("En 2019, Thai Airways et Malaysia Airlines exploitaient 120 vols par semaine entre la Thaïlande "
                  "et la Malaisie.", "2024-02", ("MY", "TH")) == [
        ("flights", None, "2019", 120, "flights/week", "exact", "actual", None)]
    assert briefs("La Malaisie a accueilli 4,2 millions de Thaïlandais en 2019, et les compagnies exploitaient alors "
                  "120 vols directs par semaine.", "2024-02", ("MY", "TH"))[-1] == (
        "flights", None, "2019", 120, "flights/week", "exact", "actual", None)
    # a word of now with a period of its own clause: the clause's period
    assert briefs("En 2019, les compagnies des deux pays proposaient désormais 120 vols par semaine entre la "
                  "Thaïlande et la Malaisie.", "2024-02", ("MY", "TH")) == [
        ("flights", None, "2019", 120, "flights/week", "exact", "actual", None)]


def test_a_flow_of_today_is_the_latest_year_stated_or_left_out() -> None:
    text = ("Les échanges entre le Kenya et l'Ouganda atteignaient 500 millions de dollars en 2015. Ils s'élèvent "
            "aujourd'hui à 1,1 milliard de dollars.")
    assert briefs(text, "2024-02", ("KE", "UG")) == [
        ("trade", None, "2015", 500_000_000, "USD", "exact", "actual", None)]
    assert left_out(text, "2024-02", ("KE", "UG")) == [("1,1 milliard de dollars", "no-period")]
    opening = text.replace("Ils s'élèvent aujourd'hui à", "Aujourd'hui, ils s'élèvent à")
    assert left_out(opening, "2024-02", ("KE", "UG")) == [("1,1 milliard de dollars", "no-period")]
    recent = ("Les échanges entre le Kenya et l'Ouganda ont atteint 1,1 milliard de dollars en 2023. Les deux pays "
              "veulent porter leurs échanges à 2 milliards de dollars d'ici 2030, contre quelque 1,1 milliard "
              "aujourd'hui.")
    assert briefs(recent, "2024-02", ("KE", "UG"))[-1] == (
        "trade", None, "2023", 1_100_000_000, "USD", "approx", "actual", None)
    assert briefs("Les échanges entre le Kenya et l'Ouganda pèsent aujourd'hui quelque 1,1 milliard de dollars par "
                  "an.", "2024-02", ("KE", "UG")) == [("trade", None, "2023", 1_100_000_000, "USD", "approx", "actual", None)]


# -- 3. fiscal years --------------------------------------------------------------------------------
def test_a_fiscal_year_with_its_closing_month_is_twelve_months() -> None:
    assert briefs("Les échanges entre le Japon et l'Australie ont atteint 95 milliards de dollars australiens au "
                  "cours de l'exercice 2022-2023, clos fin juin.", "2023-12", ("AU", "JP")) == [
        ("trade", None, "2022-07/2023-06", 95_000_000_000, "AUD", "exact", "actual", None)]
    assert briefs("Sur l'année fiscale 2022/23, close le 31 mars 2023, les exportations japonaises vers l'Inde ont "
                  "atteint 16 milliards de dollars.", "2023-09", ("IN", "JP")) == [
        ("exports", "JP>IN", "2022-04/2023-03", 16_000_000_000, "USD", "exact", "actual", None)]
    # closed at the end of December: the calendar year
    assert briefs("Les échanges entre la France et le Gabon ont atteint 900 millions d'euros au titre de l'exercice "
                  "2023, clos fin décembre.", "2024-03", ("FR", "GA")) == [
        ("trade", None, "2023", 900_000_000, "EUR", "exact", "actual", None)]


def test_a_fiscal_year_closed_at_a_month_runs_on_to_the_next_sentence() -> None:
    text = ("Le commerce entre l'Inde et le Japon s'est établi à 22 milliards de dollars sur l'exercice clos le 31 "
            "mars, contre 20,6 milliards un an plus tôt. Les exportations indiennes vers le Japon ont atteint 5,5 "
            "milliards de dollars.")
    assert briefs(text, "2024-06", ("IN", "JP")) == [
        ("trade", None, "2023-04/2024-03", 22_000_000_000, "USD", "exact", "actual", None),
        ("trade", None, "2022-04/2023-03", 20_600_000_000, "USD", "exact", "actual", None),
        ("exports", "IN>JP", "2023-04/2024-03", 5_500_000_000, "USD", "exact", "actual", None)]


def test_a_fiscal_year_whose_months_are_not_said_is_left_out_and_passes_nothing_on() -> None:
    assert left_out("Le commerce entre l'Inde et Singapour a atteint 36 milliards de dollars au cours de l'exercice "
                    "2023-2024.", "2025-01", ("IN", "SG")) == [("36 milliards de dollars", "no-period")]
    text = ("En 2022, les échanges entre l'Inde et le Japon avaient atteint 21 milliards de dollars. Sur l'exercice "
            "2023-2024, le commerce entre les deux pays s'est établi à 22 milliards de dollars, contre 20,6 "
            "milliards un an plus tôt. Les exportations indiennes vers le Japon ont atteint 5,5 milliards de "
            "dollars.")
    assert briefs(text, "2024-06", ("IN", "JP")) == [
        ("trade", None, "2022", 21_000_000_000, "USD", "exact", "actual", None)]
    assert [code for _, code in left_out(text, "2024-06", ("IN", "JP"))] == ["no-period"] * 3


def test_a_year_earlier_than_an_undated_figure_is_not_dated_from_the_article() -> None:
    text = ("Le commerce entre l'Inde et le Japon s'est établi à 22 milliards de dollars, contre 20,6 milliards un "
            "an plus tôt. Les exportations indiennes vers le Japon ont atteint 5,5 milliards de dollars.")
    assert briefs(text, "2024-06", ("IN", "JP")) == []
    # with no figure before it, « l'année précédente » is the year before the article's
    assert briefs("Le commerce entre l'Inde et le Japon a dépassé 20 milliards de dollars l'année précédente.",
                  "2024-06", ("IN", "JP")) == [
        ("trade", None, "2023", 20_000_000_000, "USD", "more_than", "actual", None)]


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


# -- 5. a comparison's year is not the next sentence's ---------------------------------------------
def test_months_after_a_target_and_its_comparison_take_the_year_of_publication() -> None:
    text = ("Le Kenya et la Tanzanie veulent porter leurs échanges à 2 milliards de dollars d'ici 2027, contre 1,3 "
            "milliard en 2023. Entre janvier et mai, plus de 300 000 Kényans ont visité la Tanzanie.")
    assert briefs(text, "2024-07", ("KE", "TZ"))[-1] == (
        "tourists", "KE>TZ", "2024-01/2024-05", 300_000, "persons", "more_than", "actual", None)
    # the actual level of the sentence before still dates them where their clause ties them to it (« la même
    # année »; in the passé composé they are the latest months over at publication, round 2 below; a pluperfect
    # alone does not say which, round 4: left out)
    dated = ("Les échanges entre le Kenya et la Tanzanie ont atteint 1,3 milliard de dollars en 2023, contre 1,1 "
             "milliard en 2022. La même année, entre janvier et mai, plus de 300 000 Kényans avaient visité la "
             "Tanzanie.")
    assert briefs(dated, "2024-07", ("KE", "TZ"))[-1] == (
        "tourists", "KE>TZ", "2023-01/2023-05", 300_000, "persons", "more_than", "actual", None)
    assert left_out(dated.replace("La même année, entre", "Entre"), "2024-07", ("KE", "TZ")) == [
        ("300 000", "no-period")]


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


# -- 9. a sentence of changes only passes its period on -----------------------------------------------
def test_a_sentence_whose_only_figure_is_a_change_dates_the_next() -> None:
    text = ("Le commerce entre le Chili et le Pérou a progressé de 4 % en 2022 par rapport à l'année précédente. Les "
            "exportations chiliennes vers le Pérou ont atteint environ 2,4 milliards de dollars.")
    assert briefs(text, "2023-05", ("CL", "PE")) == [
        ("trade", None, "2022", 1.04, "ratio vs 2021", "exact", "actual", None),
        ("exports", "CL>PE", "2022", 2_400_000_000, "USD", "approx", "actual", None)]


# -- a count since the start of the year -------------------------------------------------------------
def test_a_count_since_the_start_of_the_year_runs_to_the_day_of_writing() -> None:
    text = "Depuis le début de l'année, les échanges entre le Maroc et le Sénégal ont atteint 3 milliards de dirhams."
    assert briefs(text, "2023-10-12", ("MA", "SN")) == [
        ("trade", None, "2023-01/2023-10", 3_000_000_000, "MAD", "exact", "actual", "2023-10-12")]
    # with only the month of publication known, the count still runs into that month (round 5: the engine reads only
    # the month of `as_of`, which stands at the month's last day)
    assert briefs(text, "2023-10", ("MA", "SN")) == [
        ("trade", None, "2023-01/2023-10", 3_000_000_000, "MAD", "exact", "actual", "2023-10-31")]
    # « depuis le début de l'année 2019 » is where a trend starts, not a count to date
    assert left_out("Depuis le début de l'année 2019, les échanges entre le Maroc et le Sénégal ont atteint 3 "
                    "milliards de dirhams.", "2023-10-12", ("MA", "SN")) == [("3 milliards de dirhams", "no-period")]


# ======================================================================================================
# round 2
# ======================================================================================================

# -- 10. months with no year are the latest such months over at publication ---------------------------
def test_months_with_no_year_after_last_year_are_the_latest_over_at_publication() -> None:
    first = "Les exportations kényanes vers la Tanzanie ont atteint 1,1 milliard de dollars en 2023. "
    assert briefs(first + "Au premier semestre, elles ont progressé à 620 millions de dollars.", "2024-09",
                  ("KE", "TZ"))[-1] == ("exports", "KE>TZ", "2024-H1", 620_000_000, "USD", "exact", "actual", None)
    assert briefs("En 2023, les échanges entre le Chili et le Pérou s'élevaient à 4,2 milliards de dollars. De janvier "
                  "à mars, les exportations chiliennes vers le Pérou ont totalisé 1,1 milliard de dollars.", "2024-05",
                  ("CL", "PE"))[-1] == ("exports", "CL>PE", "2024-Q1", 1_100_000_000, "USD", "exact", "actual", None)
    # two years before the article: the news is still this year's months
    assert briefs("En 2022, les échanges entre la Thaïlande et le Japon avaient atteint 60 milliards de dollars. Quelque "
                  "800 000 Japonais ont visité la Thaïlande au cours des dix premiers mois de l'année.", "2024-01",
                  ("JP", "TH"))[-1] == ("tourists", "JP>TH", "2023-01/2023-10", 800_000, "persons", "approx",
                                        "actual", None)
    # an imperfect that says until when a level held (not a pluperfect)
    assert briefs("Les échanges entre le Togo et le Bénin ont atteint 300 millions de dollars l'an dernier. ASKY, qui "
                  "assurait jusqu'en février 6 vols par semaine entre Lomé et Cotonou, a réduit sa desserte à trois "
                  "vols hebdomadaires.", "2024-06", ("BJ", "TG"))[1:] == [
        ("flights", None, "2024-02", 6, "flights/week", "exact", "actual", None),
        ("flights", None, "2024-06", 3, "flights/week", "exact", "actual", None)]


def test_months_with_no_year_keep_the_year_their_clause_ties_them_to() -> None:
    first = "Les exportations kényanes vers la Tanzanie ont atteint 1,1 milliard de dollars en 2023. "
    # a pluperfect alone may tell the year before or the latest news: which, the words do not say (round 4)
    assert left_out(first + "Au premier semestre, elles avaient déjà dépassé 500 millions de dollars.", "2024-09",
                    ("KE", "TZ")) == [("500 millions de dollars", "no-period")]
    # « la même année », « cette année-là »
    for tie in ("La même année, entre janvier et juin", "Cette année-là, de janvier à juin"):
        assert briefs(first + f"{tie}, plus de 150 000 Kényans ont visité la Tanzanie.", "2024-09",
                      ("KE", "TZ"))[-1] == ("tourists", "KE>TZ", "2023-H1", 150_000, "persons", "more_than", "actual",
                                            None), tie
    # months not over yet this year: last year's, as before
    assert briefs(first + "Sur les neuf premiers mois, plus de 150 000 Kényans ont visité la Tanzanie.", "2024-02",
                  ("KE", "TZ"))[-1] == ("tourists", "KE>TZ", "2023-01/2023-09", 150_000, "persons", "more_than",
                                        "actual", None)
    # a year of its own sentence
    assert briefs("Les exportations chiliennes vers le Pérou ont atteint 4,2 milliards de dollars en 2023, dont 400 "
                  "millions en décembre.", "2024-05", ("CL", "PE"))[-1] == (
        "exports", "CL>PE", "2023-12", 400_000_000, "USD", "exact", "actual", None)


# -- 11. « au seul mois de décembre » ------------------------------------------------------------------
def test_a_month_named_alone_after_au_seul_mois_de_is_its_period() -> None:
    first = "Les exportations turques vers l'Irak ont atteint 12,8 milliards de dollars en 2023. "
    for opening in ("Au seul mois de décembre", "Pour le seul mois de décembre", "Sur le seul mois de décembre",
                    "Rien qu'en décembre", "Au cours du mois de décembre"):
        assert briefs(first + f"{opening}, elles ont atteint 1,3 milliard de dollars.", "2024-02", ("IQ", "TR")) == [
            ("exports", "TR>IQ", "2023", 12_800_000_000, "USD", "exact", "actual", None),
            ("exports", "TR>IQ", "2023-12", 1_300_000_000, "USD", "exact", "actual", None)], opening
    # « d'août », and a month of the current year over at publication
    assert briefs("Pour le seul mois d'août, les touristes algériens en Tunisie ont été plus de 600 000.", "2024-10",
                  ("DZ", "TN")) == [("tourists", "DZ>TN", "2024-08", 600_000, "persons", "more_than", "actual", None)]
    # with its year, the month of that year
    assert briefs("Au seul mois de mars 2024, les exportations turques vers l'Irak ont atteint 1,1 milliard de "
                  "dollars.", "2024-10", ("IQ", "TR")) == [
        ("exports", "TR>IQ", "2024-03", 1_100_000_000, "USD", "exact", "actual", None)]


# -- 12. « fin décembre » with no year ------------------------------------------------------------------
def test_a_stock_at_the_end_of_december_read_in_january_is_last_years_december() -> None:
    assert briefs("Le Japon comptait fin décembre 5 500 projets au Vietnam, pour un capital enregistré total de 74 "
                  "milliards de dollars.", "2024-01", ("JP", "VN")) == [
        ("investment", "JP>VN", "2023-12", 74_000_000_000, "USD", "exact", "actual", None)]
    assert briefs("À fin décembre, le stock des investissements japonais au Vietnam atteignait 74 milliards de dollars.",
                  "2024-01", ("JP", "VN")) == [
        ("investment", "JP>VN", "2023-12", 74_000_000_000, "USD", "exact", "actual", None)]
    assert briefs("Le stock des investissements japonais au Vietnam s'élevait fin décembre à 74 milliards de dollars.",
                  "2024-01", ("JP", "VN")) == [
        ("investment", "JP>VN", "2023-12", 74_000_000_000, "USD", "exact", "actual", None)]
    # « à fin octobre »: a flow counted from January; « Fin octobre, » alone opening the sentence is as often the
    # date of an announcement (« Fin octobre, le ministère a annoncé … »): left out, as before
    assert briefs("À fin octobre, les exportations singapouriennes vers l'Indonésie ont atteint 25 milliards de "
                  "dollars.", "2024-11", ("ID", "SG")) == [
        ("exports", "SG>ID", "2024-01/2024-10", 25_000_000_000, "USD", "exact", "actual", None)]
    assert left_out("Fin octobre, les exportations singapouriennes vers l'Indonésie ont atteint 25 milliards de "
                    "dollars.", "2024-11", ("ID", "SG")) == [("25 milliards de dollars", "no-period")]


def test_fin_octobre_after_an_event_is_when_it_happened() -> None:
    assert briefs("Lors d'une réunion tenue fin octobre, Singapour et l'Indonésie se sont fixé l'objectif de porter "
                  "leurs échanges à 80 milliards de dollars.", "2024-11", ("ID", "SG")) == [
        ("trade", None, "2024-11/..", 80_000_000_000, "USD", "exact", "target", None)]
    assert briefs("Le président iranien, en visite à Ankara fin janvier, a réaffirmé la volonté de porter les échanges "
                  "entre les deux pays à 30 milliards de dollars.", "2024-03", ("IR", "TR")) == [
        ("trade", None, "2024-03/..", 30_000_000_000, "USD", "exact", "target", None)]
    # a fiscal year closed « fin juin » is still read whole
    assert briefs("Les exportations australiennes vers le Japon ont atteint 120 milliards de dollars australiens au "
                  "cours de l'exercice 2022-2023, clos fin juin.", "2023-12", ("AU", "JP")) == [
        ("exports", "AU>JP", "2022-07/2023-06", 120_000_000_000, "AUD", "exact", "actual", None)]


# -- 13. « dès 2025 » ------------------------------------------------------------------------------------
def test_des_and_a_year_is_a_forecasts_or_targets_horizon() -> None:
    assert briefs("Selon le ministère, les échanges entre le Maroc et le Sénégal devraient franchir la barre du "
                  "milliard de dollars dès 2026.", "2024-05", ("MA", "SN")) == [
        ("trade", None, "2026", 1_000_000_000, "USD", "more_than", "forecast", None)]
    assert briefs("L'office du tourisme table sur un retour des visiteurs japonais à leur niveau d'avant-crise, soit "
                  "1,2 million, dès 2025.", "2024-02", ("JP", "TH")) == [
        ("tourists", "JP>TH", "2025", 1_200_000, "persons", "exact", "forecast", None)]
    assert briefs("Les deux pays veulent porter leurs échanges à 1 milliard de dollars dès 2026, contre 400 millions en "
                  "2023.", "2024-05", ("MA", "SN")) == [
        ("trade", None, "2026", 1_000_000_000, "USD", "exact", "target", None),
        ("trade", None, "2023", 400_000_000, "USD", "exact", "actual", None)]
    # an actual figure « dès 2019 »: as early as 2019
    assert briefs("Dès 2019, les échanges entre le Maroc et le Sénégal avaient dépassé 300 millions de dollars.",
                  "2024-05", ("MA", "SN")) == [("trade", None, "2019", 300_000_000, "USD", "more_than", "actual", None)]


def test_des_after_a_participle_is_when_something_began() -> None:
    assert briefs("Les deux présidents ont réaffirmé leur volonté de porter les échanges entre la Turquie et l'Irak à "
                  "40 milliards de dollars par an, un objectif fixé dès 2018 et jamais approché.", "2024-03",
                  ("IQ", "TR")) == [("trade", None, "2024-03/..", 40_000_000_000, "USD", "exact", "target", None)]


# -- 14. a sum « depuis 2013 » to the time of writing ---------------------------------------------------
def test_a_sum_since_a_year_runs_from_its_january_to_the_month_of_publication() -> None:
    assert briefs("Depuis 2013, la Chine a investi 25,4 milliards de dollars au Pakistan.", "2023-08",
                  ("CN", "PK")) == [
        ("investment", "CN>PK", "2013-01/2023-08", 25_400_000_000, "USD", "exact", "actual", None)]
    assert briefs("Depuis 2015, le Maroc a accueilli plus de 6 millions de touristes espagnols.", "2024-03",
                  ("ES", "MA")) == [("tourists", "ES>MA", "2015-01/2024-03", 6_000_000, "persons", "more_than",
                                     "actual", None)]
    assert briefs("Les investissements émiratis cumulés en Égypte depuis 2014 s'élèvent à 30 milliards de dollars.",
                  "2024-06", ("AE", "EG")) == [
        ("investment", "AE>EG", "2014-01/2024-06", 30_000_000_000, "USD", "exact", "actual", None)]
    # a part of it keeps its own year; the next sentence does not go on about the span
    assert briefs("Le Japon a investi 12 milliards de dollars aux Philippines depuis 2016, dont 2 milliards en 2022.",
                  "2023-08", ("JP", "PH")) == [
        ("investment", "JP>PH", "2016-01/2023-08", 12_000_000_000, "USD", "exact", "actual", None),
        ("investment", "JP>PH", "2022", 2_000_000_000, "USD", "exact", "actual", None)]
    text = ("Depuis 2016, le Japon a investi 12 milliards de dollars aux Philippines. Les exportations japonaises vers "
            "les Philippines ont atteint 11 milliards de dollars.")
    assert briefs(text, "2023-08", ("JP", "PH")) == [
        ("investment", "JP>PH", "2016-01/2023-08", 12_000_000_000, "USD", "exact", "actual", None)]
    assert left_out(text, "2023-08", ("JP", "PH")) == [("11 milliards de dollars", "no-period")]


def test_a_level_or_a_record_since_a_year_is_no_sum() -> None:
    for text in ("Depuis 2015, les échanges entre le Maroc et l'Espagne ont atteint 20 milliards d'euros.",
                 "Les échanges entre le Maroc et l'Espagne ont atteint 20 milliards d'euros, du jamais vu depuis "
                 "2015."):
        assert left_out(text, "2024-03", ("ES", "MA")) == [("20 milliards d'euros", "no-period")], text
    assert briefs("Les échanges entre le Maroc et l'Espagne ont atteint 20 milliards d'euros en 2023, un record depuis "
                  "2015.", "2024-03", ("ES", "MA")) == [
        ("trade", None, "2023", 20_000_000_000, "EUR", "exact", "actual", None)]


# -- 15. a target's horizon in a relative clause after it -----------------------------------------------
def test_a_targets_horizon_in_a_relative_clause_after_it_is_its_period() -> None:
    first = "Les échanges entre l'Inde et les Émirats ont atteint 85 milliards de dollars en 2023, "
    assert briefs(first + "dépassant l'objectif de 80 milliards de dollars que les deux gouvernements s'étaient donné "
                          "pour 2024.", "2024-02", ("AE", "IN")) == [
        ("trade", None, "2023", 85_000_000_000, "USD", "exact", "actual", None),
        ("trade", None, "2024", 80_000_000_000, "USD", "exact", "target", None)]
    assert briefs(first + "loin de l'objectif de 100 milliards de dollars que les trois ministres avaient fixé à "
                          "l'horizon 2030.", "2024-02", ("AE", "IN")) == [
        ("trade", None, "2023", 85_000_000_000, "USD", "exact", "actual", None),
        ("trade", None, "2030", 100_000_000_000, "USD", "exact", "target", None)]


def test_a_period_after_a_new_item_still_is_not_the_figures_own() -> None:
    text = ("Les échanges entre l'Inde et les Émirats ont atteint 85 milliards de dollars, et les deux pays visent 100 "
            "milliards de dollars en 2030.")
    assert briefs(text, "2024-02", ("AE", "IN")) == [
        ("trade", None, "2030", 100_000_000_000, "USD", "exact", "target", None)]
    assert left_out(text, "2024-02", ("AE", "IN")) == [("85 milliards de dollars", "no-period")]


# -- 16. a relative clause's time is not the figure's -------------------------------------------------
def test_a_period_in_a_relative_clause_of_its_own_does_not_date_the_figure_before() -> None:
    text = ("Les exportations kényanes vers l'Ouganda ont chuté de 12 %, à 800 millions de dollars, et le pays est "
            "retombé au 3e rang des clients du Kenya, lui qui occupait la 2e place un an plus tôt.")
    assert left_out(text, "2024-03", ("KE", "UG")) == [
        ("800 millions de dollars", "no-period"), ("12 %", "change-of-left-out")]
    # the sentence before dates it
    dated = "Le commerce entre le Kenya et l'Ouganda a atteint 1,1 milliard de dollars en 2023. " + text
    assert briefs(dated, "2024-03", ("KE", "UG"))[:2] == [
        ("trade", None, "2023", 1_100_000_000, "USD", "exact", "actual", None),
        ("exports", "KE>UG", "2023", 800_000_000, "USD", "exact", "actual", None)]
    assert left_out("Les exportations kényanes vers l'Ouganda ont reculé à 800 millions de dollars, elles qui "
                    "dépassaient encore 900 millions un an plus tôt.", "2024-03", ("KE", "UG"))[0] == (
        "800 millions de dollars", "no-period")


def test_a_period_after_the_figure_in_its_own_words_still_dates_it() -> None:
    assert briefs("Les exportations kényanes vers l'Ouganda ont atteint 800 millions de dollars, qui ont été réalisés "
                  "l'an dernier.", "2024-03", ("KE", "UG")) == [
        ("exports", "KE>UG", "2023", 800_000_000, "USD", "exact", "actual", None)]
    assert briefs("Les exportations kényanes vers l'Ouganda ont atteint 800 millions de dollars, un record, l'an "
                  "dernier.", "2024-03", ("KE", "UG")) == [
        ("exports", "KE>UG", "2023", 800_000_000, "USD", "exact", "actual", None)]


# -- 17. fiscal years named with a qualifier, and the one before ----------------------------------------
def test_a_fiscal_year_with_words_between_its_noun_and_its_years() -> None:
    assert briefs("Les échanges entre le Japon et l'Inde ont atteint 22 milliards de dollars au cours de l'exercice "
                  "budgétaire indien 2022-2023, clos fin mars.", "2023-09", ("IN", "JP")) == [
        ("trade", None, "2022-04/2023-03", 22_000_000_000, "USD", "exact", "actual", None)]
    assert briefs("Sur l'année fiscale australienne 2022-2023, close fin juin, les exportations australiennes vers le "
                  "Japon ont atteint 120 milliards de dollars australiens.", "2023-12", ("AU", "JP")) == [
        ("exports", "AU>JP", "2022-07/2023-06", 120_000_000_000, "AUD", "exact", "actual", None)]
    # a preposition after the noun is no name of a fiscal year: « en 2023 » is the calendar year
    assert briefs("Sur l'exercice, en 2023, les échanges entre le Japon et l'Australie ont atteint 100 milliards de "
                  "dollars australiens.", "2024-03", ("AU", "JP")) == [
        ("trade", None, "2023", 100_000_000_000, "AUD", "exact", "actual", None)]


def test_the_fiscal_year_before_the_one_named_is_the_twelve_months_before() -> None:
    assert briefs("Les échanges entre le Japon et l'Inde ont atteint 22 milliards de dollars au cours de l'exercice "
                  "2022-2023, clos fin mars, contre 20,6 milliards l'exercice précédent.", "2023-09", ("IN", "JP")) == [
        ("trade", None, "2022-04/2023-03", 22_000_000_000, "USD", "exact", "actual", None),
        ("trade", None, "2021-04/2022-03", 20_600_000_000, "USD", "exact", "actual", None)]
    # with no fiscal year named before it, its months are not said
    assert left_out("Les échanges entre le Japon et l'Inde ont atteint 20,6 milliards de dollars l'exercice précédent.",
                    "2023-09", ("IN", "JP")) == [("20,6 milliards de dollars", "no-period")]


# -- 18. a level dated by reference to another --------------------------------------------------------
def test_a_level_on_the_same_period_of_another_year_is_that_period_moved() -> None:
    assert briefs("Les exportations ghanéennes vers le Togo n'ont atteint que 12 millions de dollars au premier "
                  "semestre 2024, contre 35 millions de dollars sur la même période de 2023.", "2024-09",
                  ("GH", "TG")) == [
        ("exports", "GH>TG", "2024-H1", 12_000_000, "USD", "exact", "actual", None),
        ("exports", "GH>TG", "2023-H1", 35_000_000, "USD", "exact", "actual", None)]
    assert briefs("Les exportations ghanéennes vers le Togo ont atteint 12 millions de dollars au troisième trimestre "
                  "2024. Sur la même période de l'année précédente, elles avaient atteint 35 millions de dollars.",
                  "2024-11", ("GH", "TG")) == [
        ("exports", "GH>TG", "2024-Q3", 12_000_000, "USD", "exact", "actual", None),
        ("exports", "GH>TG", "2023-Q3", 35_000_000, "USD", "exact", "actual", None)]
    # after a word of comparison it is a change's base, not a level's period
    assert briefs("Les exportations ghanéennes vers le Togo ont atteint 12 millions de dollars au premier semestre "
                  "2024, en baisse par rapport à la même période de 2023.", "2024-09", ("GH", "TG")) == [
        ("exports", "GH>TG", "2024-H1", 12_000_000, "USD", "exact", "actual", None)]


def test_a_level_of_the_previous_quarter_month_or_half_year() -> None:
    assert briefs("Au troisième trimestre 2023, les ventes ivoiriennes au Burkina Faso ont atteint 95 milliards de "
                  "FCFA, contre 88 milliards au trimestre précédent.", "2024-01", ("BF", "CI")) == [
        ("exports", "CI>BF", "2023-Q3", 95_000_000_000, "XOF", "exact", "actual", None),
        ("exports", "CI>BF", "2023-Q2", 88_000_000_000, "XOF", "exact", "actual", None)]
    assert briefs("En mars 2024, les ventes ivoiriennes au Burkina Faso ont atteint 30 milliards de FCFA, contre 27 "
                  "milliards le mois précédent.", "2024-05", ("BF", "CI")) == [
        ("exports", "CI>BF", "2024-03", 30_000_000_000, "XOF", "exact", "actual", None),
        ("exports", "CI>BF", "2024-02", 27_000_000_000, "XOF", "exact", "actual", None)]
    # the period before a whole year, in half-years: which one? left out
    text = ("En 2023, les ventes ivoiriennes au Burkina Faso ont atteint 350 milliards de FCFA, contre 160 milliards "
            "au semestre précédent.")
    assert briefs(text, "2024-05", ("BF", "CI")) == [
        ("exports", "CI>BF", "2023", 350_000_000_000, "XOF", "exact", "actual", None)]
    assert left_out(text, "2024-05", ("BF", "CI")) == [("160 milliards", "no-period")]


# -- 19. a part of the article's year does not carry across a paragraph -------------------------------
def test_a_quarter_of_the_articles_year_does_not_date_the_next_paragraph() -> None:
    text = ("Les exportations mexicaines vers le Guatemala ont atteint 2,4 milliards de dollars en 2023.\n\n"
            "Au dernier trimestre 2023, elles ont reculé de 12 % sur un an, à 560 millions de dollars.\n\n"
            "Dans l'autre sens, les exportations guatémaltèques vers le Mexique n'ont guère dépassé 700 millions de "
            "dollars.")
    assert briefs(text, "2024-03", ("GT", "MX"))[:2] == [
        ("exports", "MX>GT", "2023", 2_400_000_000, "USD", "exact", "actual", None),
        ("exports", "MX>GT", "2023-Q4", 560_000_000, "USD", "exact", "actual", None)]
    assert left_out(text, "2024-03", ("GT", "MX")) == [("700 millions de dollars", "no-period")]


def test_a_part_of_a_year_carries_on_in_its_paragraph_and_where_the_article_is_about_it() -> None:
    # in the same paragraph
    same = ("Les exportations mexicaines vers le Guatemala ont atteint 2,4 milliards de dollars en 2023. Au dernier "
            "trimestre 2023, elles ont atteint 560 millions de dollars. Dans l'autre sens, les exportations "
            "guatémaltèques vers le Mexique n'ont guère dépassé 180 millions de dollars.")
    assert briefs(same, "2024-03", ("GT", "MX"))[-1] == (
        "exports", "GT>MX", "2023-Q4", 180_000_000, "USD", "approx", "actual", None)
    # an article about the half-year from its start: the half-year goes on
    half = ("Les exportations mexicaines vers le Guatemala ont atteint 1,2 milliard de dollars au premier semestre "
            "2024.\n\nDans l'autre sens, les exportations guatémaltèques vers le Mexique n'ont guère dépassé 350 "
            "millions de dollars.")
    assert briefs(half, "2024-09", ("GT", "MX"))[-1] == (
        "exports", "GT>MX", "2024-H1", 350_000_000, "USD", "approx", "actual", None)
    # a later period than the article's first is no part of it: it goes on
    later = ("Les exportations mexicaines vers le Guatemala ont atteint 2,4 milliards de dollars en 2023.\n\nAu premier "
             "semestre 2024, elles ont atteint 1,2 milliard de dollars.\n\nDans l'autre sens, les exportations "
             "guatémaltèques vers le Mexique n'ont guère dépassé 350 millions de dollars.")
    assert briefs(later, "2024-09", ("GT", "MX"))[-1] == (
        "exports", "GT>MX", "2024-H1", 350_000_000, "USD", "approx", "actual", None)


# ======================================================================================================
# round 3
# ======================================================================================================

# -- 20. « un an plus tôt » after a part of a year is the same part a year earlier ----------------------
def test_a_year_earlier_than_a_month_half_year_or_months_with_no_year_is_the_same_months() -> None:
    # a single month named with no year, in the sentence after a year
    assert briefs("Les exportations marocaines vers le Sénégal ont totalisé 2,1 milliards de dirhams en 2023. Au seul "
                  "mois de novembre, elles ont atteint 190 millions de dirhams, contre 160 millions un an plus tôt.",
                  "2024-01", ("MA", "SN"))[1:] == [
        ("exports", "MA>SN", "2023-11", 190_000_000, "MAD", "exact", "actual", None),
        ("exports", "MA>SN", "2022-11", 160_000_000, "MAD", "exact", "actual", None)]
    # a half-year, a quarter, the months since January
    assert briefs("Au premier semestre, les échanges entre l'Égypte et la Jordanie ont atteint 420 millions de "
                  "dollars, contre 380 millions un an auparavant.", "2024-09", ("EG", "JO")) == [
        ("trade", None, "2024-H1", 420_000_000, "USD", "exact", "actual", None),
        ("trade", None, "2023-H1", 380_000_000, "USD", "exact", "actual", None)]
    assert briefs("Au troisième trimestre, les exportations chiliennes vers le Pérou ont atteint 1,3 milliard de "
                  "dollars, contre 1,2 milliard un an plus tôt.", "2024-11", ("CL", "PE"))[-1] == (
        "exports", "CL>PE", "2023-Q3", 1_200_000_000, "USD", "exact", "actual", None)
    assert briefs("Sur les huit premiers mois, les touristes indiens en Thaïlande ont été 1,1 million, contre 900 000 "
                  "l'année précédente.", "2024-10", ("IN", "TH")) == [
        ("tourists", "IN>TH", "2024-01/2024-08", 1_100_000, "persons", "exact", "actual", None),
        ("tourists", "IN>TH", "2023-01/2023-08", 900_000, "persons", "exact", "actual", None)]


def test_a_year_earlier_than_a_year_or_a_dated_month_is_as_before() -> None:
    assert briefs("En 2023, les exportations chiliennes vers le Pérou ont atteint 5 milliards de dollars, contre 4,6 "
                  "milliards un an plus tôt.", "2024-11", ("CL", "PE"))[-1] == (
        "exports", "CL>PE", "2022", 4_600_000_000, "USD", "exact", "actual", None)
    assert briefs("En mars 2024, les exportations chiliennes vers le Pérou ont atteint 400 millions de dollars, contre "
                  "380 millions un an plus tôt.", "2024-11", ("CL", "PE"))[-1] == (
        "exports", "CL>PE", "2023-03", 380_000_000, "USD", "exact", "actual", None)


# -- 21. a pluperfect ties months to the year before only against another tense -------------------------
def test_months_after_a_sentence_told_in_the_pluperfect_are_the_latest_over() -> None:
    first = "Les exportations ghanéennes vers la Côte d'Ivoire avaient atteint 900 millions de dollars en 2023. "
    assert briefs(first + "Entre janvier et juin, elles avaient progressé à 510 millions de dollars.", "2024-09",
                  ("CI", "GH"))[-1] == ("exports", "GH>CI", "2024-H1", 510_000_000, "USD", "exact", "actual", None)
    assert briefs("Les échanges entre l'Inde et le Népal s'étaient établis à 8,9 milliards de dollars en 2023. Au "
                  "premier trimestre, ils avaient atteint 2,3 milliards de dollars.", "2024-07", ("IN", "NP"))[-1] == (
        "trade", None, "2024-Q1", 2_300_000_000, "USD", "exact", "actual", None)
    # a word that ties them stays sure
    assert briefs(first + "La même année, entre janvier et juin, elles avaient progressé à 510 millions de dollars.",
                  "2024-09", ("CI", "GH"))[-1] == (
        "exports", "GH>CI", "2023-H1", 510_000_000, "USD", "exact", "actual", None)


def test_a_pluperfect_after_another_tense_does_not_say_which_year_its_months_are() -> None:
    # round 4: « avaient déjà chuté » after a year was the latest news as often as that year's past: left out
    assert left_out("Les exportations ghanéennes vers la Côte d'Ivoire ont atteint 900 millions de dollars en 2023. "
                    "Entre janvier et juin, elles avaient déjà dépassé 510 millions de dollars.", "2024-09",
                    ("CI", "GH")) == [("510 millions de dollars", "no-period")]
    assert left_out("En 2023, les échanges entre l'Inde et le Népal s'établissent à 8,9 milliards de dollars. Au "
                    "premier trimestre, ils avaient atteint 2,3 milliards de dollars.", "2024-07", ("IN", "NP")) == [
        ("2,3 milliards de dollars", "no-period")]


# -- 22. a year in a relative clause is that clause's, not the year of the main clause's months ------------
def test_a_year_in_a_relative_clause_does_not_date_the_main_clauses_months() -> None:
    assert briefs("L'Australie, qui a accueilli 600 000 visiteurs japonais l'an dernier, a vu ses exportations vers le "
                  "Japon atteindre 30 milliards de dollars australiens au premier trimestre.", "2024-06",
                  ("AU", "JP")) == [
        ("tourists", "JP>AU", "2023", 600_000, "persons", "exact", "actual", None),
        ("exports", "AU>JP", "2024-Q1", 30_000_000_000, "AUD", "exact", "actual", None)]
    assert briefs("Le Japon, lui qui avait acheté pour 90 milliards de dollars australiens de marchandises australiennes "
                  "en 2022, a vu ses importations en provenance d'Australie reculer à 21 milliards de dollars "
                  "australiens de janvier à mars.", "2024-06", ("AU", "JP"))[-1] == (
        "imports", "AU>JP", "2024-Q1", 21_000_000_000, "AUD", "exact", "actual", None)
    # nor the year « un an plus tôt » counts back from
    assert briefs("L'Australie, qui a accueilli 600 000 visiteurs japonais l'an dernier, a vu ses exportations vers le "
                  "Japon atteindre 30 milliards de dollars australiens au premier trimestre, contre 27 milliards de "
                  "dollars australiens un an plus tôt.", "2024-06", ("AU", "JP"))[1:] == [
        ("exports", "AU>JP", "2024-Q1", 30_000_000_000, "AUD", "exact", "actual", None),
        ("exports", "AU>JP", "2023-Q1", 27_000_000_000, "AUD", "exact", "actual", None)]


def test_a_year_of_the_main_clause_still_dates_its_months() -> None:
    assert briefs("En 2023, l'Australie, qui a accueilli 600 000 visiteurs japonais, a vu ses exportations vers le Japon "
                  "atteindre 30 milliards de dollars australiens au premier trimestre.", "2024-06", ("AU", "JP"))[-1] == (
        "exports", "AU>JP", "2023-Q1", 30_000_000_000, "AUD", "exact", "actual", None)


# -- 23. how data are published is no rate; a period after a bracketed equivalent ----------------------
def test_a_period_after_an_equivalent_in_brackets_dates_the_figure_before_them() -> None:
    assert briefs("Les douanes indiennes, qui publient des données par année civile, font état de 3,1 milliards d'euros "
                  "d'échanges avec la France (environ 280 milliards de roupies) sur les six premiers mois de 2024.",
                  "2024-09", ("FR", "IN")) == [
        ("trade", None, "2024-H1", 3_100_000_000, "EUR", "exact", "actual", None),
        ("trade", None, "2024-H1", 280_000_000_000, "INR", "approx", "actual", None)]
    # an equivalent next to its figure, the period after both: as before
    assert briefs("Les exportations marocaines vers le Sénégal ont atteint 12 milliards de dirhams (1,1 milliard "
                  "d'euros) en 2023.", "2024-09", ("MA", "SN")) == [
        ("exports", "MA>SN", "2023", 12_000_000_000, "MAD", "exact", "actual", None),
        ("exports", "MA>SN", "2023", 1_100_000_000, "EUR", "exact", "actual", None)]


def test_a_rate_that_says_how_data_are_cut_or_in_a_relative_clause_dates_nothing() -> None:
    for text in ("Le fisc marocain, qui publie ses statistiques par année, fait état de 12 milliards de dirhams "
                 "d'exportations vers le Sénégal.",
                 "Les exportations marocaines vers le Sénégal, ventilées dans des séries par année, atteignent 12 "
                 "milliards de dirhams."):
        assert briefs(text, "2024-09", ("MA", "SN")) == [], text
        assert left_out(text, "2024-09", ("MA", "SN")) == [("12 milliards de dirhams", "no-period")], text
    # the figure's own rate in the present tense: the last full year, as before
    assert briefs("Les exportations marocaines vers le Sénégal atteignent 12 milliards de dirhams par an.", "2024-09",
                  ("MA", "SN")) == [("exports", "MA>SN", "2023", 12_000_000_000, "MAD", "exact", "actual", None)]


# -- 24. « proche de son record de 2022 »: a level named to compare with ---------------------------------
def test_a_record_or_a_level_of_another_year_named_to_compare_does_not_date_the_figure() -> None:
    assert briefs("En 2023, les exportations vietnamiennes vers le Japon ont atteint 23,3 milliards de dollars. "
                  "L'excédent commercial de Hanoï avec Tokyo s'établit ainsi à 1,6 milliard de dollars, loin de son "
                  "record de 2019.", "2024-03", ("JP", "VN"))[-1] == (
        "balance", "VN>JP", "2023", 1_600_000_000, "USD", "exact", "actual", None)
    assert briefs("En 2023, les arrivées de touristes coréens au Vietnam ont atteint 3,6 millions. Les exportations "
                  "vietnamiennes vers la Corée du Sud s'élèvent à 23,5 milliards de dollars, en deçà de leur niveau "
                  "de 2022.", "2024-03", ("KR", "VN"))[-1] == (
        "exports", "VN>KR", "2023", 23_500_000_000, "USD", "exact", "actual", None)
    # the record's own figure, in brackets after it, is that year's
    assert briefs("En 2024, les exportations chinoises vers les Etats-Unis ont atteint 524,7 milliards de dollars. "
                  "L'excédent commercial de Pékin avec Washington s'établit à 361,1 milliards de dollars, proche de "
                  "son record de 2022 (382,9 milliards de dollars).", "2025-01", ("CN", "US"))[1:] == [
        ("balance", "CN>US", "2024", 361_100_000_000, "USD", "exact", "actual", None),
        ("balance", "CN>US", "2022", 382_900_000_000, "USD", "exact", "actual", None)]


def test_a_record_reached_in_a_year_or_a_level_of_its_own_still_dates_the_figure() -> None:
    assert briefs("Les exportations vietnamiennes vers le Japon avaient atteint un record de 24 milliards de dollars en "
                  "2022.", "2024-03", ("JP", "VN")) == [
        ("exports", "VN>JP", "2022", 24_000_000_000, "USD", "exact", "actual", None)]
    assert briefs("Les arrivées de touristes coréens au Vietnam ont atteint leur niveau record en 2019, à 4,3 "
                  "millions.", "2024-03", ("KR", "VN")) == [
        ("tourists", "KR>VN", "2019", 4_300_000, "persons", "exact", "actual", None)]
    # the level compared with is still a change's base
    assert briefs("En 2023, les arrivées de touristes coréens au Vietnam ont atteint 3,6 millions, soit 84 % de leur "
                  "niveau de 2019.", "2024-03", ("KR", "VN")) == [
        ("tourists", "KR>VN", "2023", 3_600_000, "persons", "exact", "actual", None),
        ("tourists", "KR>VN", "2023", 0.84, "ratio vs 2019", "exact", "actual", None)]


# -- 25. a season across two years; a word of now against a span of another item -------------------------
def test_a_season_across_two_years_is_no_span_and_dates_nothing() -> None:
    text = ("La Thaïlande a accueilli plus de 400 000 visiteurs russes lors de la saison d'hiver 2023-2024, et "
            "Aeroflot assure désormais 12 vols par semaine entre la Russie et la Thaïlande.")
    assert briefs(text, "2024-05", ("RU", "TH")) == [
        ("flights", None, "2024-05", 12, "flights/week", "exact", "actual", None)]
    assert left_out(text, "2024-05", ("RU", "TH")) == [("400 000 visiteurs", "no-period")]
    # a season named right after the figure is its period, even after a year of the sentence
    for text in ("Les exportations ivoiriennes vers le Ghana ont atteint 300 millions de dollars lors de la campagne "
                 "2022-2023.",
                 "En 2023, les exportations ivoiriennes vers le Ghana ont atteint 300 millions de dollars sur la "
                 "campagne 2022/23."):
        assert left_out(text, "2024-05", ("CI", "GH")) == [("300 millions de dollars", "no-period")], text


def test_a_season_within_a_year_and_a_span_of_years_are_as_before() -> None:
    assert briefs("Les compagnies des deux pays prévoient 30 vols hebdomadaires entre la Russie et la Thaïlande durant "
                  "la saison estivale 2024.", "2024-03", ("RU", "TH")) == [
        ("flights", None, "2024", 30, "flights/week", "exact", "forecast", None)]
    assert briefs("Les échanges entre le Brésil et le Paraguay ont totalisé 20 milliards de dollars sur la période "
                  "2019-2023.", "2024-07", ("BR", "PY")) == [
        ("trade", None, "2019-01/2023-12", 20_000_000_000, "USD", "exact", "actual", None)]


def test_a_word_of_now_in_its_own_item_is_not_dated_by_a_span_of_another() -> None:
    assert briefs("Entre 2019 et 2023, les échanges entre le Brésil et le Paraguay ont doublé, et les compagnies assurent "
                  "désormais 40 vols par semaine entre les deux pays.", "2024-07", ("BR", "PY")) == [
        ("flights", None, "2024-07", 40, "flights/week", "exact", "actual", None),
        ("trade", None, "2023", 2.0, "ratio vs 2019", "approx", "actual", None)]


# -- 26. a target's horizon does not reach a weekly level « et … désormais » ------------------------------
def test_a_weekly_level_said_now_after_et_is_current_not_the_targets() -> None:
    assert briefs("Le Maroc vise 26 millions de touristes français d'ici 2030, et les compagnies assurent désormais 300 "
                  "vols par semaine entre la France et le Maroc.", "2024-04", ("FR", "MA")) == [
        ("tourists", "FR>MA", "2030", 26_000_000, "persons", "exact", "target", None),
        ("flights", None, "2024-04", 300, "flights/week", "exact", "actual", None)]
    assert briefs("Hanoï espère porter ses échanges avec Vientiane à 5 milliards de dollars d'ici 2025, et une trentaine "
                  "de vols relient actuellement chaque semaine le Vietnam et le Laos.", "2024-04", ("LA", "VN")) == [
        ("trade", None, "2025", 5_000_000_000, "USD", "exact", "target", None),
        ("flights", None, "2024-04", 30, "flights/week", "approx", "actual", None)]


def test_a_figure_after_et_with_no_weekly_level_keeps_the_targets_reading() -> None:
    # « évoque désormais le chiffre de 15 milliards »: no level at the time of writing; the target whose words date it
    # (« d'ici 2030 ») is kept, the other one, which only takes that deadline from it, left out
    text = ("La Turquie et la Grèce visent 10 milliards de dollars d'échanges d'ici 2030, et le président turc évoque "
            "désormais le chiffre de 15 milliards de dollars.")
    assert left_out(text, "2024-04", ("GR", "TR")) == [("15 milliards de dollars", "self-contradiction")]
    assert briefs(text, "2024-04", ("GR", "TR")) == [
        ("trade", None, "2030", 10_000_000_000, "USD", "exact", "target", None)]


# -- 27. « à partir de juillet »: the month a target starts from ------------------------------------------
def test_a_target_from_a_month_is_dated_to_that_month() -> None:
    assert briefs("Royal Air Maroc et Air Sénégal assurent 12 vols hebdomadaires entre le Maroc et le Sénégal, et "
                  "prévoient de porter leur desserte à 16 vols hebdomadaires à partir de juillet.", "2024-05",
                  ("MA", "SN")) == [
        ("flights", None, "2024-05", 12, "flights/week", "exact", "actual", None),
        ("flights", None, "2024-07", 16, "flights/week", "exact", "target", None)]
    # a month already past this year: next year's; a month with its year: that month
    for words, period in (("à compter du 1er mars", "2025-03"), ("dès octobre 2024", "2024-10")):
        assert briefs("Royal Air Maroc prévoit de porter sa desserte entre le Maroc et le Sénégal à 16 vols hebdomadaires "
                      f"{words}.", "2024-05", ("MA", "SN")) == [
            ("flights", None, period, 16, "flights/week", "exact", "target", None)], words


def test_an_actual_level_from_a_month_just_past_is_current() -> None:
    # « à partir de mars » read in May, of an actual level: since March, the level at the time of writing
    for text in ("À partir de mars, les compagnies ont porté leur desserte entre le Maroc et le Sénégal à 16 vols "
                 "hebdomadaires.",
                 "Les compagnies assurent 16 vols hebdomadaires entre le Maroc et le Sénégal à partir de mars."):
        assert briefs(text, "2024-05", ("MA", "SN")) == [
            ("flights", None, "2024-05", 16, "flights/week", "exact", "actual", None)], text
    # an actual level from the month to come is not over yet: left out; in the future, a forecast
    assert left_out("Ethiopian Airlines a annoncé une liaison entre l'Éthiopie et le Kenya à raison de cinq vols par "
                    "semaine à partir de janvier.", "2023-12", ("ET", "KE")) == [
        ("cinq vols par semaine", "period-not-over")]
    assert briefs("Ethiopian Airlines ouvrira une liaison entre l'Éthiopie et le Kenya à raison de cinq vols par "
                  "semaine à partir de janvier.", "2023-12", ("ET", "KE")) == [
        ("flights", None, "2024-01", 5, "flights/week", "exact", "forecast", None)]
    # a month past with its year is that month, as before
    assert briefs("Dès janvier 2020, les exportations marocaines vers le Sénégal avaient chuté à 50 millions de "
                  "dollars.", "2024-05", ("MA", "SN")) == [
        ("exports", "MA>SN", "2020-01", 50_000_000, "USD", "exact", "actual", None)]


# -- 28. the Iranian (Solar Hijri) year ----------------------------------------------------------------
def test_an_iranian_year_is_the_calendar_months_it_touches() -> None:
    # 1401 runs from 21 March 2022 to 20 March 2023; the next sentence goes on about it
    assert briefs("Les exportations iraniennes vers la Turquie ont atteint 5,4 milliards de dollars au cours de l'année "
                  "iranienne 1401, achevée le 20 mars dernier. Les exportations turques vers l'Iran n'ont pas dépassé "
                  "3 milliards de dollars.", "2023-09", ("IR", "TR")) == [
        ("exports", "IR>TR", "2022-03/2023-03", 5_400_000_000, "USD", "exact", "actual", None),
        ("exports", "TR>IR", "2022-03/2023-03", 3_000_000_000, "USD", "at_most", "actual", None)]
    # its first months, its quarters
    assert briefs("L'Iran a accueilli 1,9 million de visiteurs irakiens au cours des six premiers mois de l'année "
                  "iranienne 1402.", "2023-10", ("IQ", "IR")) == [
        ("tourists", "IQ>IR", "2023-03/2023-09", 1_900_000, "persons", "exact", "actual", None)]
    assert briefs("Au premier trimestre de l'année persane 1403, les échanges entre l'Iran et l'Afghanistan ont atteint "
                  "600 millions de dollars.", "2024-08", ("AF", "IR")) == [
        ("trade", None, "2024-03/2024-06", 600_000_000, "USD", "exact", "actual", None)]


def test_the_first_months_of_the_year_with_no_calendar_named_are_as_before() -> None:
    assert briefs("Les échanges entre l'Iran et la Turquie ont atteint 12 milliards de dollars en 2022. Cette année-là, au "
                  "cours des six premiers mois de l'année, ils avaient atteint 5 milliards de dollars.", "2023-10",
                  ("IR", "TR")) == [
        ("trade", None, "2022", 12_000_000_000, "USD", "exact", "actual", None),
        ("trade", None, "2022-H1", 5_000_000_000, "USD", "exact", "actual", None)]
    assert briefs("Les échanges entre l'Iran et la Turquie ont atteint 12 milliards de dollars en 2022. Au cours des six "
                  "premiers mois de l'année, ils ont atteint 5 milliards de dollars.", "2023-10", ("IR", "TR")) == [
        ("trade", None, "2022", 12_000_000_000, "USD", "exact", "actual", None),
        ("trade", None, "2023-H1", 5_000_000_000, "USD", "exact", "actual", None)]
