"""Round 6 of periods and dating (reading/dating.py, bases.py, extraction/periods.py, lexicon periods.yaml): a
comparison's base that leaked into the next clause, a stock in a « tandis que » clause, a fiscal part of « l'exercice
en cours » with its months in brackets, « l'exercice indien clos fin mars », the year a target was set, a base « avant
la pandémie », « le même mois de 2022 ».

Every sentence here is written for these tests (Egypt–Saudi Arabia, Kenya–UAE, Chile–Peru, Japan–Brazil, Morocco–
Senegal, India–UK, Ghana–Nigeria…); each construction has its near-misses, which must keep their old reading.
"""

from __future__ import annotations

from tests.extraction.reading import dated, left_out

# -- 1. a period that a comparison names is not the next clause's --------------------------------------------------


def test_a_fiscal_base_after_de_moins_que_does_not_date_the_next_clause() -> None:
    text = ("Sur l'exercice 2022-2023, clos fin juin, l'Égypte a vendu à l'Arabie saoudite pour 2,8 milliards de "
            "dollars, soit 6 % de moins que l'exercice précédent, tandis que ses achats au royaume ont atteint "
            "5,1 milliards de dollars.")
    assert dated(text, "2024-01", ("EG", "SA")) == [
        ("exports", "EG>SA", "2022-07/2023-06", 2_800_000_000, "USD", "exact", "actual", None),
        ("imports", "SA>EG", "2022-07/2023-06", 5_100_000_000, "USD", "exact", "actual", None),
        ("exports", "EG>SA", "2022-07/2023-06", 0.94, "vs 2021-07/2022-06", "exact", "actual", None)]
    # « de plus que l'année précédente » was already a base; the later clause keeps the year of the first
    text = ("En 2023, le Kenya a exporté pour 610 millions de dollars vers les Émirats, 9 % de plus que l'année "
            "précédente, tandis que ses importations en provenance des Émirats ont atteint 2,3 milliards de dollars.")
    assert dated(text, "2024-05", ("AE", "KE"))[:2] == [
        ("exports", "KE>AE", "2023", 610_000_000, "USD", "exact", "actual", None),
        ("imports", "AE>KE", "2023", 2_300_000_000, "USD", "exact", "actual", None)]


def test_the_level_a_multiple_names_through_a_noun_is_its_base_not_a_later_rate() -> None:
    text = ("Quelque 410 000 Péruviens ont visité le Chili en 2023, soit près du double de leur nombre de 2021, et "
            "95 vols directs par semaine relient désormais les deux capitales.")
    claims = dated(text, "2024-05", ("CL", "PE"))
    assert ("flights", None, "2024-05", 95, "flights/week", "exact", "actual", None) in claims
    assert not any(c[2] == "2021" for c in claims)
    # « le double de 2021 » was already the base: unchanged
    near = "Au total, 410 000 Péruviens ont visité le Chili en 2023, soit le double de 2021."
    assert ("tourists", "PE>CL", "2023", 2.0, "vs 2021", "approx", "actual", None) in dated(near, "2024-05",
                                                                                         ("CL", "PE"))


def test_a_stock_in_the_present_tense_after_tandis_que_is_at_publication() -> None:
    text = ("Le Japon a investi 420 millions de dollars au Brésil en 2023, tandis que le stock d'investissements "
            "directs japonais au Brésil est estimé à environ 35 milliards de dollars.")
    assert ("investment", "JP>BR", "2024-10", 35_000_000_000, "USD", "approx", "actual", None) in \
        dated(text, "2024-10", ("BR", "JP"))
    alors = ("Le Maroc a exporté pour 300 millions d'euros vers le Sénégal en 2022, alors que le stock "
             "d'investissements marocains au Sénégal atteint 1,2 milliard d'euros.")
    assert ("investment", "MA>SN", "2023-04", 1_200_000_000, "EUR", "exact", "actual", None) in \
        dated(alors, "2023-04", ("MA", "SN"))
    # in a past tense, the stock stays the year's position
    past = ("Le Japon a investi 420 millions de dollars au Brésil en 2023, tandis que le stock d'investissements "
            "directs japonais au Brésil était estimé à environ 35 milliards de dollars.")
    assert ("investment", "JP>BR", "2023-12", 35_000_000_000, "USD", "approx", "actual", None) in \
        dated(past, "2024-10", ("BR", "JP"))


# -- 2. the first months of the fiscal year in progress --------------------------------------------------------------


def test_the_first_months_of_the_fiscal_year_in_progress_take_their_bracketed_months() -> None:
    text = ("Les exportations indiennes vers le Royaume-Uni ont atteint 7,9 milliards de dollars sur les six premiers "
            "mois de l'exercice en cours (avril-septembre 2024), contre 7,1 milliards un an plus tôt.")
    assert dated(text, "2024-12", ("GB", "IN")) == [
        ("exports", "IN>GB", "2024-04/2024-09", 7_900_000_000, "USD", "exact", "actual", None),
        ("exports", "IN>GB", "2023-04/2023-09", 7_100_000_000, "USD", "exact", "actual", None)]
    # with no months said, they are not the calendar year's: left out
    bare = ("Les exportations indiennes vers le Royaume-Uni ont atteint 7,9 milliards de dollars sur les six premiers "
            "mois de l'exercice en cours.")
    assert left_out(bare, "2024-12", ("GB", "IN")) == [("7,9 milliards de dollars", "no-period")]
    # months that do not fit (three months for six) are not taken
    wrong = ("Les exportations indiennes vers le Royaume-Uni ont atteint 7,9 milliards de dollars sur les six premiers "
             "mois de l'exercice en cours (juillet-septembre 2024).")
    assert not any(c[2] == "2024-07/2024-09" for c in dated(wrong, "2024-12", ("GB", "IN")))
    # « de l'année en cours » stays the calendar year's
    year = ("Les exportations indiennes vers le Royaume-Uni ont atteint 7,9 milliards de dollars sur les six premiers "
            "mois de l'année en cours.")
    assert dated(year, "2024-12", ("GB", "IN")) == [
        ("exports", "IN>GB", "2024-H1", 7_900_000_000, "USD", "exact", "actual", None)]


# -- 5. a qualified fiscal year closed at a month, with no year -------------------------------------------------------


def test_a_qualified_fiscal_year_closed_at_a_month_is_the_last_one_closed() -> None:
    for words in ("l'exercice nigérian clos fin juin", "l'exercice budgétaire ghanéen clos le 30 juin",
                  "l'exercice clos fin juin"):
        text = f"Sur {words}, les échanges entre le Ghana et le Nigeria ont atteint 1,4 milliard de dollars."
        assert dated(text, "2024-09", ("GH", "NG")) == [
            ("trade", None, "2023-07/2024-06", 1_400_000_000, "USD", "exact", "actual", None)]
    # « l'exercice en cours clos fin juin »: which one? left out, as before
    text = "Sur l'exercice en cours clos fin juin, les échanges entre le Ghana et le Nigeria ont atteint 1,4 milliard de dollars."
    assert left_out(text, "2024-09", ("GH", "NG")) == [("1,4 milliard de dollars", "no-period")]


# -- 3. the year a target was set is not its horizon ------------------------------------------------------------------


def test_the_year_a_target_was_set_is_not_its_horizon() -> None:
    text = ("Le ministre a rappelé l'objectif de 10 milliards de dollars d'échanges entre le Brésil et l'Égypte fixé "
            "par les deux présidents en 2023.")
    assert dated(text, "2024-11", ("BR", "EG")) == [
        ("trade", None, "2024-11/..", 10_000_000_000, "USD", "exact", "target", None)]
    summit = ("Les deux pays visent 10 milliards de dollars d'échanges, un objectif arrêté lors du sommet de 2023.")
    assert dated(summit, "2024-11", ("BR", "EG")) == [
        ("trade", None, "2024-11/..", 10_000_000_000, "USD", "exact", "target", None)]
    # a horizon after the year it was set stays the horizon
    both = ("Le ministre a rappelé l'objectif de 10 milliards de dollars d'échanges entre le Brésil et l'Égypte, fixé "
            "en 2023 pour 2027.")
    assert dated(both, "2024-11", ("BR", "EG")) == [
        ("trade", None, "2027", 10_000_000_000, "USD", "exact", "target", None)]
    # an actual figure « annoncé … en 2023 » keeps its year
    actual = "Brasília a annoncé des échanges de 6 milliards de dollars avec l'Égypte en 2023."
    assert dated(actual, "2024-11", ("BR", "EG")) == [
        ("trade", None, "2023", 6_000_000_000, "USD", "exact", "actual", None)]


# -- 4. a change's base before an event, or the same month of a year --------------------------------------------------


def test_a_change_against_the_time_before_an_event_is_left_out() -> None:
    for words in ("de moins qu'avant la pandémie", "de moins qu'avant la crise sanitaire"):
        text = f"Les Allemands ont été 1,9 million à visiter l'Égypte en 2023, encore 12 % {words}."
        assert left_out(text, "2024-04", ("DE", "EG")) == [("12 %", "unclear-base")]
    # « qu'en 2019 » is a base, as before
    text = "Les Allemands ont été 1,9 million à visiter l'Égypte en 2023, encore 12 % de moins qu'en 2019."
    assert ("tourists", "DE>EG", "2023", 0.88, "vs 2019", "exact", "actual", None) in \
        dated(text, "2024-04", ("DE", "EG"))


def test_a_change_against_the_same_month_of_a_year() -> None:
    text = ("En novembre, les importations marocaines en provenance du Sénégal ont augmenté de 4,5 % par rapport au "
            "même mois de 2022, à 21 millions d'euros.")
    assert dated(text, "2024-01", ("MA", "SN")) == [
        ("imports", "SN>MA", "2023-11", 21_000_000, "EUR", "exact", "actual", None),
        ("imports", "SN>MA", "2023-11", 1.045, "vs 2022-11", "exact", "actual", None)]
    # of a whole year, the same month is no base
    year = ("En 2023, les importations marocaines en provenance du Sénégal ont augmenté de 4,5 % par rapport au même "
            "mois de 2022, à 210 millions d'euros.")
    assert ("4,5 %", "unclear-base") in left_out(year, "2024-01", ("MA", "SN"))
