"""Changes, multiples and their bases (ratio claims): which level a change belongs to, which period it
is of, and which period it is compared with.

Every sentence here is written for these tests, about country pairs and outlets of all kinds; each
construction has variants, and the near-misses that must keep their old reading sit beside it.
"""

from __future__ import annotations

from factcheck.model import Claim
from tests.extraction.reading import left_out, read


def whole(claim: Claim) -> tuple[object, ...]:
    """The reading that matters: metric, direction, period, figure, and for a ratio its base, qualifier
    and modality."""
    if claim.kind == "ratio":
        return (claim.metric, claim.direction, claim.period, claim.factor, "vs", claim.relative_to,
                claim.qualifier, claim.modality)
    return claim.metric, claim.direction, claim.period, claim.stated, claim.unit


def ratios(text: str, published: str = "2024-06", countries: tuple[str, ...] = ()) -> list[tuple[object, ...]]:
    return [whole(c) for c in read(text, published, countries).claims if c.kind == "ratio"]


def levels(text: str, published: str = "2024-06", countries: tuple[str, ...] = ()) -> list[tuple[object, ...]]:
    return [whole(c) for c in read(text, published, countries).claims if c.kind != "ratio"]


# -- 1. « contre Y un an plus tôt, soit une progression de Z % »: the change runs from the « contre » level
def test_a_change_after_a_contre_item_runs_from_that_level_to_the_main_one() -> None:
    text = ("Les exportations portugaises vers l'Angola ont atteint 2,1 milliards d'euros en 2023, contre 1,8 "
            "milliard un an plus tôt, soit une progression de 16,7 %.")
    assert levels(text, countries=("AO", "PT")) == [("exports", "PT>AO", "2023", 2_100_000_000, "EUR"),
                                                    ("exports", "PT>AO", "2022", 1_800_000_000, "EUR")]
    assert ratios(text, countries=("AO", "PT")) == [
        ("exports", "PT>AO", "2023", 1.167, "vs", "2022", "exact", "actual")]
    # no « soit », a base year, no comma before « contre »
    assert ratios("Les exportations chiliennes vers le Pérou ont atteint 3,3 milliards de dollars en 2023 contre 3 "
                  "milliards en 2022, en hausse de 10 %.", "2024-04", ("CL", "PE")) == [
        ("exports", "CL>PE", "2023", 1.1, "vs", "2022", "exact", "actual")]
    # a half-year against the same half a year before; the « contre » item in a parenthesis
    assert ratios("Au premier semestre 2023, le commerce entre l'Inde et les Émirats a atteint 42 milliards de "
                  "dollars, contre 37,5 milliards un an auparavant, en progression de 12 %.", "2023-09",
                  ("AE", "IN")) == [("trade", None, "2023-H1", 1.12, "vs", "2022-H1", "exact", "actual")]
    assert ratios("Les arrivées de touristes allemands en Égypte ont atteint 1,6 million en 2023 (contre 1,3 "
                  "million en 2021), soit une hausse de 23 %.", "2024-02", ("DE", "EG")) == [
        ("tourists", "DE>EG", "2023", 1.23, "vs", "2021", "exact", "actual")]
    # a target set against today's level: the target's change, from the « contre » year
    assert ratios("Le Sénégal et le Mali veulent porter leurs échanges à 900 milliards de FCFA d'ici 2027, contre "
                  "600 milliards en 2023, soit une hausse de 50 %.", "2024-05", ("ML", "SN")) == [
        ("trade", None, "2027", 1.5, "vs", "2023", "exact", "target")]
    # a half-year against a whole year: no ratio between them, and not the « contre » level's change
    assert left_out("Au premier semestre 2023, les exportations espagnoles vers le Sénégal ont atteint 600 millions "
                    "d'euros, contre 1,1 milliard en 2022, soit une baisse de 45 %.", "2024-03", ("ES", "SN")) == [
        ("45 %", "unclear-base")]


def test_the_contre_levels_own_change_stays_its_own() -> None:
    # « (+5 %) » right after the « contre » level is that level's change
    assert ratios("Les exportations portugaises vers l'Angola ont atteint 2,1 milliards d'euros en 2023, contre 1,8 "
                  "milliard d'euros en 2022 (+5 %).", countries=("AO", "PT")) == [
        ("exports", "PT>AO", "2022", 1.05, "vs", "2021", "exact", "actual")]
    # a base the change names itself wins
    assert ratios("Les exportations chiliennes vers le Pérou ont atteint 3,3 milliards de dollars en 2023, contre 3 "
                  "milliards en 2022, soit une hausse de 10 % par rapport à 2022.", "2024-04", ("CL", "PE")) == [
        ("exports", "CL>PE", "2023", 1.1, "vs", "2022", "exact", "actual")]


def test_a_change_in_a_contre_item_is_the_change_of_the_earlier_period() -> None:
    text = ("Les exportations kényanes vers l'Éthiopie ont atteint 110 millions de dollars en 2023, en hausse de "
            "5 %, contre une baisse de 2 % en 2022.")
    assert ratios(text, "2024-03", ("ET", "KE")) == [
        ("exports", "KE>ET", "2023", 1.05, "vs", "2022", "exact", "actual"),
        ("exports", "KE>ET", "2022", 0.98, "vs", "2021", "exact", "actual")]
    assert ratios("Au premier trimestre 2024, les exportations kényanes vers l'Éthiopie ont atteint 30 millions de "
                  "dollars, contre une hausse de 25 % un an plus tôt.", "2024-06", ("ET", "KE")) == [
        ("exports", "KE>ET", "2023-Q1", 1.25, "vs", "2022-Q1", "exact", "actual")]
    # « après une hausse de 8 % en 2022 »: the change of the period it names
    assert ratios("Les exportations kényanes vers l'Éthiopie ont atteint 110 millions de dollars en 2023, après une "
                  "hausse de 8 % en 2022.", "2024-03", ("ET", "KE")) == [
        ("exports", "KE>ET", "2022", 1.08, "vs", "2021", "exact", "actual")]
    # a change in a « contre » item about something else, with no period of its own: left out
    assert left_out("Les exportations kényanes vers l'Éthiopie ont atteint 110 millions de dollars en 2023, en "
                    "hausse de 5 %, contre une hausse de 3 % pour les importations.", "2024-03", ("ET", "KE")) == [
        ("3 %", "no-period")]


# -- 2. « par rapport au trimestre précédent », « au semestre précédent », « au premier trimestre » -------
def test_the_period_just_before_of_the_same_length() -> None:
    assert ratios("Au premier trimestre 2024, les échanges entre le Kenya et l'Ouganda se sont établis à 780 "
                  "millions de dollars, en recul de 8 % par rapport au trimestre précédent.", "2024-06",
                  ("KE", "UG")) == [("trade", None, "2024-Q1", 0.92, "vs", "2023-Q4", "exact", "actual")]
    assert ratios("Au premier semestre 2023, les exportations thaïlandaises vers la Malaisie ont atteint 6 milliards "
                  "de dollars, en hausse de 4 % sur le semestre précédent.", "2023-09", ("MY", "TH")) == [
        ("exports", "TH>MY", "2023-H1", 1.04, "vs", "2022-H2", "exact", "actual")]
    assert ratios("Au deuxième trimestre 2023, les exportations égyptiennes vers l'Arabie saoudite se sont élevées à "
                  "800 millions de dollars, en hausse de 6 % sur un trimestre.", countries=("EG", "SA")) == [
        ("exports", "EG>SA", "2023-Q2", 1.06, "vs", "2023-Q1", "exact", "actual")]
    # a quarter named without its year is the claim's year, or the year before when it comes later
    assert ratios("Au troisième trimestre 2023, les exportations algériennes vers l'Espagne ont atteint 2 milliards "
                  "d'euros, en hausse de 9 % par rapport au premier trimestre.", "2024-01", ("DZ", "ES")) == [
        ("exports", "DZ>ES", "2023-Q3", 1.09, "vs", "2023-Q1", "exact", "actual")]
    assert ratios("Au premier trimestre 2024, les exportations algériennes vers l'Espagne ont atteint 2 milliards "
                  "d'euros, en baisse de 9 % par rapport au quatrième trimestre.", "2024-05", ("DZ", "ES")) == [
        ("exports", "DZ>ES", "2024-Q1", 0.91, "vs", "2023-Q4", "exact", "actual")]
    # the month before a month, as before
    assert ratios("En mars 2024, les échanges entre le Kenya et l'Ouganda ont atteint 260 millions de dollars, en "
                  "hausse de 3 % par rapport au mois précédent.", countries=("KE", "UG")) == [
        ("trade", None, "2024-03", 1.03, "vs", "2024-02", "exact", "actual")]


def test_the_quarter_before_a_whole_year_is_left_out() -> None:
    assert left_out("En 2023, les échanges entre le Kenya et l'Ouganda ont atteint 3,1 milliards de dollars, en "
                    "hausse de 2 % par rapport au trimestre précédent.", "2024-06", ("KE", "UG")) == [
        ("2 %", "unclear-base")]


# -- 3. « ont triplé en cinq ans pour atteindre X en 2022 »: the level's year ends the span ---------------
def test_a_multiple_over_years_ends_at_the_year_of_the_level_it_leads_to() -> None:
    text = ("Les échanges entre la Tanzanie et le Burundi ont triplé en cinq ans pour atteindre 240 millions de "
            "dollars en 2022.")
    assert ratios(text, "2024-03", ("BI", "TZ")) == [("trade", None, "2022", 3.0, "vs", "2017", "approx", "actual")]
    assert ratios("Les exportations argentines vers le Chili ont quadruplé en dix ans pour s'établir à 6 milliards "
                  "de dollars en 2021.", "2024-03", ("AR", "CL")) == [
        ("exports", "AR>CL", "2021", 4.0, "vs", "2011", "approx", "actual")]
    # no level: the last full year, as before
    assert ratios("Les échanges entre la Tanzanie et le Burundi ont triplé en cinq ans.", "2024-03", ("BI", "TZ")) == [
        ("trade", None, "2023", 3.0, "vs", "2018", "approx", "actual")]


# -- 4. « reste inférieur de 29 % à son niveau de 2019 » -----------------------------------------------
def test_higher_or_lower_than_the_level_of_a_named_year() -> None:
    text = ("Le nombre de touristes coréens aux Philippines a atteint 1,2 million en 2023, mais reste inférieur de "
            "38 % à son niveau de 2019.")
    assert ratios(text, "2024-02", ("KR", "PH")) == [
        ("tourists", "KR>PH", "2023", 0.62, "vs", "2019", "exact", "actual")]
    assert ratios("Les touristes malaisiens en Thaïlande ont été 4,6 millions en 2023, supérieur de 12 % à leur "
                  "niveau de 2019.", countries=("MY", "TH")) == [
        ("tourists", "MY>TH", "2023", 1.12, "vs", "2019", "exact", "actual")]
    # « dépasse » and « en deçà de » are also qualifier words: the change itself is exact
    assert ratios("Près de 2,1 millions de Brésiliens se sont rendus en Argentine en 2023, un record qui dépasse de "
                  "15 % le niveau de 2019.", "2024-03", ("AR", "BR")) == [
        ("tourists", "BR>AR", "2023", 1.15, "vs", "2019", "exact", "actual")]
    assert ratios("Les arrivées de touristes kényans en Éthiopie ont atteint 90 000 en 2023, un chiffre qui reste "
                  "en deçà de 15 % de son niveau de 2019.", countries=("ET", "KE")) == [
        ("tourists", "KE>ET", "2023", 0.85, "vs", "2019", "exact", "actual")]
    assert ratios("Les exportations argentines vers le Chili ont atteint 6 milliards de dollars en 2023, dépassant "
                  "de 12 % celles de 2022.", countries=("AR", "CL")) == [
        ("exports", "AR>CL", "2023", 1.12, "vs", "2022", "exact", "actual")]
    # the base level in a « lorsque » clause is that year's level, not the main one's
    text = ("Le nombre de touristes coréens aux Philippines a atteint 1,2 million en 2023, mais reste inférieur de "
            "38 % à son niveau de 2019, lorsque 1,95 million de Coréens avaient visité l'archipel.")
    assert levels(text, "2024-02", ("KR", "PH")) == [("tourists", "KR>PH", "2023", 1_200_000, "persons"),
                                                     ("tourists", "KR>PH", "2019", 1_950_000, "persons")]


def test_a_comparison_with_no_period_of_its_own_is_left_out_and_a_level_keeps_its_qualifier() -> None:
    # « restent inférieures de 5 % à celles de 2019 », in the present: which year?
    assert left_out("Les exportations argentines vers le Chili restent inférieures de 5 % à celles de 2019.",
                    countries=("AR", "CL")) == [("5 %", "no-period")]
    found = read("Les exportations argentines vers le Chili ont dépassé 6 milliards de dollars en 2023.",
                 countries=("AR", "CL")).claims
    assert [(c.stated, c.qualifier) for c in found] == [(6_000_000_000, "more_than")]


def test_a_level_as_a_share_of_its_level_of_a_named_year() -> None:
    # the ratio takes the flow of the level it restates
    assert ratios("Le Japon a accueilli 310 000 visiteurs thaïlandais l'an dernier, soit 82 % de son niveau de "
                  "2019.", countries=("JP", "TH")) == [
        ("tourists", "TH>JP", "2023", 0.82, "vs", "2019", "exact", "actual")]
    assert ratios("Les arrivées de touristes brésiliens en Argentine ont retrouvé 85 % de leur niveau de 2019 en "
                  "2023.", countries=("AR", "BR")) == [
        ("tourists", "BR>AR", "2023", 0.85, "vs", "2019", "exact", "actual")]


# -- 5. multiples the reader sees: read, or left out with the reason, never dropped in silence ----------
def test_times_the_figure_of_a_named_year() -> None:
    text = ("Le nombre de touristes indiens aux Émirats a atteint 5,3 millions en 2023, soit 2,7 fois le chiffre "
            "de 2021.")
    assert ratios(text, countries=("AE", "IN")) == [
        ("tourists", "IN>AE", "2023", 2.7, "vs", "2021", "approx", "actual")]
    assert ratios("Le commerce entre la Pologne et l'Ukraine a atteint 17 milliards d'euros en 2023, soit le double "
                  "de son niveau de 2020.", countries=("PL", "UA")) == [
        ("trade", None, "2023", 2.0, "vs", "2020", "approx", "actual")]
    # « près de quatre fois plus »: nearly four times
    assert ratios("Le Cambodge a accueilli 550 000 touristes thaïlandais en 2023, soit près de quatre fois plus "
                  "qu'en 2022.", countries=("KH", "TH")) == [
        ("tourists", "TH>KH", "2023", 4.0, "vs", "2022", "nearly", "actual")]


def test_multiplied_by_a_number() -> None:
    assert ratios("Les importations ivoiriennes en provenance d'Inde ont été multipliées par 2,5 entre 2015 et "
                  "2023.", countries=("CI", "IN")) == [
        ("imports", "IN>CI", "2023", 2.5, "vs", "2015", "approx", "actual")]
    assert ratios("Les exportations gabonaises vers la Chine ont été divisées par trois en cinq ans.", "2024-03",
                  ("CN", "GA")) == [("exports", "GA>CN", "2023", 0.333333, "vs", "2018", "approx", "actual")]


def test_a_multiple_that_cannot_be_read_is_left_out_with_its_reason() -> None:
    assert left_out("Les échanges entre le Ghana et le Togo ont été multipliés par trois depuis 2015.",
                    countries=("GH", "TG")) == [("multipliés par trois", "unclear-base")]
    assert left_out("Le Nigeria exporte trois fois plus vers le Bénin que vers le Togo.", countries=("BJ", "NG")) == [
        ("trois fois plus", "unclear-base")]
    assert left_out("Les exportations du Ghana vers le Togo représentent la moitié des échanges entre les deux pays.",
                    countries=("GH", "TG")) == [("moitié", "share")]
    # not a comparison at all: nothing to leave out
    assert read("Le Ghana et le Togo ont signé une convention de non double imposition en 2023.",
                countries=("GH", "TG")).left_out == []


# -- 6. a change in the infinitive, after « devrait »; « ce chiffre » -----------------------------------
def test_a_forecast_change_of_its_own_period() -> None:
    text = ("Quelque 520 000 Sénégalais ont visité le Maroc l'an dernier, un chiffre qui devrait reculer de 20 % "
            "cette année.")
    assert ratios(text, "2024-05", ("MA", "SN")) == [
        ("tourists", "SN>MA", "2024", 0.8, "vs", "2023", "exact", "forecast")]
    assert ratios("Quelque 520 000 Sénégalais ont visité le Maroc l'an dernier. Ce chiffre devrait progresser "
                  "d'environ 10 % cette année.", "2024-05", ("MA", "SN")) == [
        ("tourists", "SN>MA", "2024", 1.1, "vs", "2023", "approx", "forecast")]
    assert ratios("Le nombre de touristes italiens en Tunisie devrait augmenter de 15 % en 2024.", "2024-03",
                  ("IT", "TN")) == [("tourists", "IT>TN", "2024", 1.15, "vs", "2023", "exact", "forecast")]


def test_a_forecast_change_by_a_deadline_needs_its_start() -> None:
    assert left_out("Les exportations égyptiennes vers l'Arabie saoudite devraient progresser de 20 % d'ici 2026.",
                    countries=("EG", "SA")) == [("20 %", "unclear-base")]
    assert ratios("Les exportations égyptiennes vers l'Arabie saoudite devraient progresser de 20 % d'ici 2026 par "
                  "rapport à 2023.", countries=("EG", "SA")) == [
        ("exports", "EG>SA", "2026", 1.2, "vs", "2023", "exact", "forecast")]


# -- 7. « respectivement » before a trailing clause ----------------------------------------------------
def test_respectively_with_a_trailing_clause_of_its_own() -> None:
    text = ("En 2023, les exportations chiliennes vers le Pérou et les importations en provenance de ce pays se sont "
            "élevées respectivement à 3,3 milliards et 1,9 milliard de dollars, dégageant pour le Chili un excédent de "
            "1,4 milliard.")
    assert levels(text, countries=("CL", "PE")) == [
        ("exports", "CL>PE", "2023", 3_300_000_000, "USD"), ("imports", "PE>CL", "2023", 1_900_000_000, "USD"),
        ("balance", "CL>PE", "2023", 1_400_000_000, "USD")]


# -- 8. an event's date is not a multiple's period ------------------------------------------------------
def test_a_forecast_multiple_is_a_change_to_its_deadline_from_a_stated_base() -> None:
    assert left_out("La mise en service du pont entre le Sénégal et la Gambie, en janvier 2019, devrait permettre de "
                    "doubler les échanges d'ici 2025.", "2024-01", ("GM", "SN")) == [("doubler", "unclear-base")]
    assert left_out("La mise en service du pont entre le Sénégal et la Gambie, en janvier 2019, a permis de doubler "
                    "les échanges.", "2024-01", ("GM", "SN")) == [("doubler", "unclear-base")]
    assert ratios("Les échanges entre le Ghana et le Togo ont atteint 400 millions de dollars en 2023 et devraient "
                  "doubler d'ici 2030.", countries=("GH", "TG")) == [
        ("trade", None, "2030", 2.0, "vs", "2023", "approx", "forecast")]
    assert ratios("Le Ghana et le Togo se sont fixé l'objectif de tripler leurs échanges d'ici 2030 par rapport à "
                  "2022.", countries=("GH", "TG")) == [("trade", None, "2030", 3.0, "vs", "2022", "approx", "target")]
    assert ratios("Le Ghana et le Togo se sont fixé l'objectif de doubler leurs échanges, de 400 millions de dollars "
                  "en 2023 à 800 millions en 2030.", countries=("GH", "TG")) == [
        ("trade", None, "2030", 2.0, "vs", "2023", "approx", "target")]
    # a conjugated verb keeps its own year
    assert ratios("Les échanges entre le Ghana et le Togo ont doublé en 2023.", countries=("GH", "TG")) == [
        ("trade", None, "2023", 2.0, "vs", "2022", "approx", "actual")]


# -- 9. year-on-year bases after a month, a quarter, months; « depuis 2021 » -----------------------------
def test_year_on_year_bases_after_a_month_a_quarter_or_months() -> None:
    cases = [
        ("En janvier 2024, les exportations vietnamiennes vers la Thaïlande ont atteint 600 millions de dollars, en "
         "hausse de 8 % sur un an.", "2024-01", "2023-01"),
        ("En janvier 2024, les exportations vietnamiennes vers la Thaïlande ont atteint 600 millions de dollars, en "
         "hausse de 8 % d'une année sur l'autre.", "2024-01", "2023-01"),
        ("Au premier trimestre 2024, les exportations vietnamiennes vers la Thaïlande ont atteint 1,8 milliard de "
         "dollars, en hausse de 8 % en glissement annuel.", "2024-Q1", "2023-Q1"),
        ("Au premier trimestre 2024, les exportations vietnamiennes vers la Thaïlande ont atteint 1,8 milliard de "
         "dollars, en hausse de 8 % par rapport à l'an dernier.", "2024-Q1", "2023-Q1"),
        ("Sur les deux premiers mois de 2024, les exportations vietnamiennes vers la Thaïlande ont atteint 1,2 "
         "milliard de dollars, en hausse de 8 % en rythme annuel.", "2024-01/2024-02", "2023-01/2023-02"),
    ]
    for text, period, base in cases:
        assert ratios(text, countries=("TH", "VN")) == [
            ("exports", "VN>TH", period, 1.08, "vs", base, "exact", "actual")], text


def test_a_month_on_month_then_a_year_on_year_change() -> None:
    assert ratios("En décembre 2023, les exportations vietnamiennes vers la Thaïlande ont atteint 700 millions de "
                  "dollars, en hausse de 12 % sur un mois et de 30 % sur un an.", countries=("TH", "VN")) == [
        ("exports", "VN>TH", "2023-12", 1.12, "vs", "2023-11", "exact", "actual"),
        ("exports", "VN>TH", "2023-12", 1.3, "vs", "2022-12", "exact", "actual")]
    assert ratios("Au quatrième trimestre 2023, les exportations vietnamiennes vers la Thaïlande ont atteint 2 "
                  "milliards de dollars, en hausse de 12 % en glissement trimestriel et de 20 % en glissement annuel.",
                  countries=("TH", "VN")) == [
        ("exports", "VN>TH", "2023-Q4", 1.12, "vs", "2023-Q3", "exact", "actual"),
        ("exports", "VN>TH", "2023-Q4", 1.2, "vs", "2022-Q4", "exact", "actual")]


def test_a_change_since_a_year() -> None:
    assert ratios("Les exportations argentines vers le Chili ont atteint 6 milliards de dollars en 2023, en hausse de "
                  "12 % depuis 2021.", countries=("AR", "CL")) == [
        ("exports", "AR>CL", "2023", 1.12, "vs", "2021", "exact", "actual")]


# == round 2 ==============================================================================================
# Changes, multiples and their bases found misread in the round-2 dispatches: « a triplé depuis 2018 »,
# « X % de plus qu'un an plus tôt », « à celui des quatre premiers mois de 2019 », words of sharp change,
# « inférieures de moitié à », ranges of change.


def test_a_multiple_since_a_year_runs_from_that_year_to_its_level() -> None:
    # the level in the « quand » clause is the base year's, and the multiple runs from it
    text = ("Les exportations turques vers l'Irak ont atteint 13,8 milliards de dollars en 2023, un montant qui a "
            "doublé depuis 2016, quand il plafonnait à 6,9 milliards.")
    assert levels(text, "2024-03", ("IQ", "TR")) == [("exports", "TR>IQ", "2023", 13_800_000_000, "USD"),
                                                     ("exports", "TR>IQ", "2016", 6_900_000_000, "USD")]
    assert ratios(text, "2024-03", ("IQ", "TR")) == [("exports", "TR>IQ", "2023", 2.0, "vs", "2016", "approx",
                                                      "actual")]
    # « lorsque », « où », and « alors qu'il » with a verb in the past: the same reading
    for clause in ("lorsqu'il plafonnait", "où il plafonnait", "alors qu'il plafonnait"):
        text = (f"Les exportations turques vers l'Irak ont atteint 13,8 milliards de dollars en 2023, un montant qui "
                f"a doublé depuis 2016, {clause} à 6,9 milliards.")
        assert [c[2] for c in levels(text, "2024-03", ("IQ", "TR"))] == ["2023", "2016"], clause
        assert [c[2:6] for c in ratios(text, "2024-03", ("IQ", "TR"))] == [("2023", 2.0, "vs", "2016")], clause
    # with no « quand » clause; the factor after « multipliées par »; a change in percent
    assert ratios("Le commerce entre le Kenya et l'Ouganda a atteint 3,1 milliards de dollars en 2023, un montant qui "
                  "a triplé depuis 2015.", "2024-05", ("KE", "UG")) == [
        ("trade", None, "2023", 3.0, "vs", "2015", "approx", "actual")]
    assert ratios("Les importations indiennes en provenance de Russie ont atteint 61 milliards de dollars en 2023 ; "
                  "elles ont été multipliées par 5,5 depuis 2021.", "2024-04", ("IN", "RU")) == [
        ("imports", "RU>IN", "2023", 5.5, "vs", "2021", "approx", "actual")]
    text = ("Les arrivées de touristes chinois en Égypte ont atteint 300 000 en 2023, en hausse de 50 % depuis 2021, "
            "lorsqu'elles étaient tombées à 200 000.")
    assert levels(text, "2024-03", ("CN", "EG")) == [("tourists", "CN>EG", "2023", 300_000, "persons"),
                                                     ("tourists", "CN>EG", "2021", 200_000, "persons")]
    assert ratios(text, "2024-03", ("CN", "EG")) == [("tourists", "CN>EG", "2023", 1.5, "vs", "2021", "exact",
                                                      "actual")]


def test_a_multiple_since_a_year_with_no_level_to_end_it_is_left_out() -> None:
    assert left_out("Les échanges entre le Sénégal et la Gambie ont triplé depuis 2015.", "2024-05",
                    ("GM", "SN")) == [("triplé", "unclear-base")]
    # a contrasting « alors que » clause about another flow keeps its own reading
    text = ("Les exportations kényanes vers l'Ouganda ont atteint 1,2 milliard de dollars en 2023, en hausse de 10 % "
            "par rapport à 2022, alors que les importations kényanes en provenance d'Ouganda reculaient à 900 millions "
            "de dollars.")
    assert levels(text, "2024-05", ("KE", "UG")) == [("exports", "KE>UG", "2023", 1_200_000_000, "USD"),
                                                     ("imports", "UG>KE", "2023", 900_000_000, "USD")]


def test_a_change_more_or_less_than_a_year_before() -> None:
    assert ratios("Le Kazakhstan a accueilli 410 000 touristes ouzbeks en 2023, soit 9 % de plus qu'un an plus tôt.",
                  "2024-03", ("KZ", "UZ")) == [("tourists", "UZ>KZ", "2023", 1.09, "vs", "2022", "exact", "actual")]
    assert ratios("Les exportations grecques vers Chypre ont atteint 1,4 milliard d'euros en 2023, soit 6 % de moins "
                  "que l'année précédente.", "2024-03", ("CY", "GR")) == [
        ("exports", "GR>CY", "2023", 0.94, "vs", "2022", "exact", "actual")]
    assert ratios("Au premier trimestre 2024, les exportations marocaines vers le Sénégal ont atteint 1,2 milliard de "
                  "dirhams, soit 8 % de plus qu'un an auparavant.", "2024-06", ("MA", "SN")) == [
        ("exports", "MA>SN", "2024-Q1", 1.08, "vs", "2023-Q1", "exact", "actual")]
    assert ratios("Le Maroc a accueilli 60 000 touristes sénégalais en 2023, soit deux fois plus que l'an dernier.",
                  "2024-03", ("MA", "SN")) == [("tourists", "SN>MA", "2023", 2.0, "vs", "2022", "approx", "actual")]
    # near-misses that kept their reading: a named year, « l'année dernière » of the article
    assert ratios("Le Kazakhstan a accueilli 410 000 touristes ouzbeks en 2023, soit 9 % de plus qu'en 2021.",
                  "2024-03", ("KZ", "UZ")) == [("tourists", "UZ>KZ", "2023", 1.09, "vs", "2021", "exact", "actual")]
    assert ratios("Le Kazakhstan a accueilli 410 000 touristes ouzbeks en 2023, soit 9 % de plus que l'année "
                  "dernière.", "2024-03", ("KZ", "UZ")) == [
        ("tourists", "UZ>KZ", "2023", 1.09, "vs", "2022", "exact", "actual")]


def test_a_change_against_the_same_months_of_a_named_year() -> None:
    assert ratios("La Corée a accueilli 920 000 visiteurs japonais au cours des cinq premiers mois de 2024, un niveau "
                  "inférieur de 12 % à celui des cinq premiers mois de 2019.", "2024-07", ("JP", "KR")) == [
        ("tourists", "JP>KR", "2024-01/2024-05", 0.88, "vs", "2019-01/2019-05", "exact", "actual")]
    assert ratios("Les exportations égyptiennes vers la Turquie ont atteint 1,9 milliard de dollars au premier semestre "
                  "2024, un montant supérieur de 8 % à celui du premier semestre 2023.", "2024-09", ("EG", "TR")) == [
        ("exports", "EG>TR", "2024-H1", 1.08, "vs", "2023-H1", "exact", "actual")]
    assert ratios("La Thaïlande a accueilli 1,1 million de touristes japonais en 2023, un chiffre supérieur de 8 % à "
                  "celui enregistré en 2021.", "2024-03", ("JP", "TH")) == [
        ("tourists", "JP>TH", "2023", 1.08, "vs", "2021", "exact", "actual")]
    # a year against a half-year: periods of different lengths
    text = ("Les ventes tunisiennes à l'Italie ont atteint 3,1 milliards d'euros en 2023, un niveau inférieur de 5 % "
            "à celui du premier semestre 2019.")
    assert ratios(text, "2024-03", ("IT", "TN")) == []
    assert left_out(text, "2024-03", ("IT", "TN")) == [("5 %", "unclear-base")]
    # against another measure, not another period: left out
    text = ("La Thaïlande a accueilli 1 million de touristes japonais en 2023, un chiffre supérieur de 8 % à celui "
            "des Coréens.")
    assert ratios(text, "2024-03", ("JP", "TH")) == []
    assert left_out(text, "2024-03", ("JP", "TH")) == [("8 %", "unclear-base")]


def test_a_collapse_after_a_contre_level_of_the_same_half_year() -> None:
    text = ("Les exportations ougandaises vers le Soudan du Sud n'ont atteint que 48 millions de dollars au premier "
            "semestre 2024, contre 120 millions de dollars au premier semestre 2023, soit un effondrement de 60 %.")
    assert ratios(text, "2024-10", ("SS", "UG")) == [
        ("exports", "UG>SS", "2024-H1", 0.4, "vs", "2023-H1", "exact", "actual")]
    text = ("Au premier semestre 2024, les exportations ougandaises vers le Soudan du Sud ont atteint 48 millions de "
            "dollars, contre 120 millions un an plus tôt, soit une chute de 60 %.")
    assert ratios(text, "2024-10", ("SS", "UG")) == [
        ("exports", "UG>SS", "2024-H1", 0.4, "vs", "2023-H1", "exact", "actual")]


def test_words_of_sharp_or_rebounding_change() -> None:
    moves = {"ont rebondi de": 1.12, "se sont redressées de": 1.12, "ont connu un rebond de": 1.12,
             "ont connu une flambée de": 1.12, "ont explosé de": 1.12, "se sont accrues de": 1.12,
             "ont plongé de": 0.88, "ont connu un plongeon de": 0.88, "se sont effondrées de": 0.88,
             "ont subi un effondrement de": 0.88, "se sont contractées de": 0.88, "ont fléchi de": 0.88,
             "ont connu un tassement de": 0.88, "ont dégringolé de": 0.88, "ont décliné de": 0.88,
             "ont connu une chute de": 0.88, "ont fait un bond de": 1.12, "ont connu une envolée de": 1.12}
    for words, factor in moves.items():
        assert ratios(f"Les exportations polonaises vers l'Ukraine {words} 12 % en 2023, à 9 milliards d'euros.",
                      "2024-04", ("PL", "UA")) == [("exports", "PL>UA", "2023", factor, "vs", "2022", "exact",
                                                    "actual")], words
    assert ratios("Le commerce entre le Ghana et le Togo s'est contracté de 4 % en 2023, à 820 millions de dollars.",
                  "2024-04", ("GH", "TG")) == [("trade", None, "2023", 0.96, "vs", "2022", "exact", "actual")]
    # a percentage with no word of change stays out
    assert left_out("Les exportations polonaises vers l'Ukraine ont atteint 9 milliards d'euros en 2023, 12 % du "
                    "total.", "2024-04", ("PL", "UA")) == [("12 %", "share")]


def test_a_comparative_whose_factor_is_in_words() -> None:
    text = ("En 2023, les exportations espagnoles vers le Venezuela ont rebondi de 18 %, à 120 millions d'euros, mais "
            "elles restent inférieures de moitié à leur niveau de 2015.")
    assert ratios(text, "2024-03", ("ES", "VE")) == [
        ("exports", "ES>VE", "2023", 1.18, "vs", "2022", "exact", "actual"),
        ("exports", "ES>VE", "2023", 0.5, "vs", "2015", "approx", "actual")]
    assert ratios("Les exportations brésiliennes vers l'Argentine ont atteint 16,7 milliards de dollars en 2023, un "
                  "montant supérieur d'un tiers à celui de 2021.", "2024-03", ("AR", "BR")) == [
        ("exports", "BR>AR", "2023", 1.333333, "vs", "2021", "approx", "actual")]
    assert ratios("Le Vietnam a accueilli 180 000 touristes russes en 2023, deux fois moins qu'en 2019.", "2024-03",
                  ("RU", "VN")) == [("tourists", "RU>VN", "2023", 0.5, "vs", "2019", "approx", "actual")]
    assert ratios("Le Vietnam a accueilli 180 000 touristes russes en 2023, trois fois moins qu'en 2019.", "2024-03",
                  ("RU", "VN")) == [("tourists", "RU>VN", "2023", 0.333333, "vs", "2019", "approx", "actual")]
    assert ratios("Le Vietnam a accueilli 180 000 touristes russes en 2023, moitié moins qu'en 2019.", "2024-03",
                  ("RU", "VN")) == [("tourists", "RU>VN", "2023", 0.5, "vs", "2019", "approx", "actual")]
    # a share, not a comparison between periods
    text = ("Les exportations espagnoles vers le Venezuela ont atteint 120 millions d'euros en 2023, soit près de la "
            "moitié des exportations espagnoles vers les Andes.")
    assert ratios(text, "2024-03", ("ES", "VE")) == []
    assert left_out(text, "2024-03", ("ES", "VE")) == [("moitié", "share")]
    # against another measure: no period to compare with
    assert ratios("Les exportations espagnoles vers le Venezuela ont atteint 120 millions d'euros en 2023, inférieures "
                  "de moitié à celles du Portugal.", "2024-03", ("ES", "VE")) == []


def test_a_range_of_change_is_a_range_of_factors() -> None:
    found = [c for c in read("Les exportations françaises vers l'Allemagne devraient encore reculer de 2 % à 3 % en "
                             "2025.", "2025-02", ("DE", "FR")).claims if c.kind == "ratio"]
    assert [(c.metric, c.direction, c.period, c.relative_to, c.modality, c.qualifier, c.factor, c.low, c.high)
            for c in found] == [("exports", "FR>DE", "2025", "2024", "forecast", "range", 0.97, 0.97, 0.98)]
    # the size after a comma, following a noun of change and its complement
    text = ("Pour 2024, l'association des exportateurs dominicains s'attend à un nouveau recul des ventes vers Haïti, "
            "de l'ordre de 10 % à 15 %, en raison de l'insécurité.")
    found = [c for c in read(text, "2024-03", ("DO", "HT")).claims if c.kind == "ratio"]
    assert [(c.metric, c.direction, c.period, c.relative_to, c.modality, c.qualifier, c.factor, c.low, c.high)
            for c in found] == [("exports", "DO>HT", "2024", "2023", "forecast", "range", 0.85, 0.85, 0.9)]
    found = [c for c in read("Les exportations chiliennes vers le Pérou ont atteint 3,3 milliards de dollars en 2023, "
                             "en hausse de 10 % à 15 % selon les sources.", "2024-04", ("CL", "PE")).claims
             if c.kind == "ratio"]
    assert [(c.period, c.relative_to, c.qualifier, c.factor, c.low, c.high) for c in found] == [
        ("2023", "2022", "range", 1.1, 1.1, 1.15)]


def test_a_change_in_apposition_after_mais_is_the_change_of_the_level_before() -> None:
    text = ("Le Vietnam a accueilli 1,7 million de visiteurs coréens au premier semestre 2024, soit une hausse de 20 % "
            "par rapport à la même période de 2023, mais un niveau encore inférieur de 15 % à celui du premier "
            "semestre 2019.")
    assert ratios(text, "2024-09", ("KR", "VN")) == [
        ("tourists", "KR>VN", "2024-H1", 1.2, "vs", "2023-H1", "exact", "actual"),
        ("tourists", "KR>VN", "2024-H1", 0.85, "vs", "2019-H1", "exact", "actual")]
    assert ratios("Les exportations sénégalaises vers le Mali ont atteint 612 milliards de FCFA en 2023, mais un "
                  "montant en baisse de 9 % par rapport à 2021.", "2024-04", ("ML", "SN")) == [
        ("exports", "SN>ML", "2023", 0.91, "vs", "2021", "exact", "actual")]
    # a clause with a subject of its own that names no metric: not the change of the level before
    text = ("Le Vietnam a accueilli 1,7 million de visiteurs coréens au premier semestre 2024, mais la dépense moyenne "
            "par séjour a reculé de 12 %.")
    assert ratios(text, "2024-09", ("KR", "VN")) == []
    assert left_out(text, "2024-09", ("KR", "VN")) == [("12 %", "unknown-subject")]
    # a clause that opens on the change itself keeps its reading
    assert ratios("Le Vietnam a accueilli 1,7 million de visiteurs coréens en 2023 ; la progression atteint 12 % sur un "
                  "an.", "2024-03", ("KR", "VN")) == [
        ("tourists", "KR>VN", "2023", 1.12, "vs", "2022", "exact", "actual")]


def test_a_change_since_a_year_named_before_it() -> None:
    assert ratios("Depuis 2019, les exportations mexicaines vers le Guatemala ont doublé, à 20 milliards de dollars en "
                  "2023.", "2024-03", ("GT", "MX")) == [
        ("exports", "MX>GT", "2023", 2.0, "vs", "2019", "approx", "actual")]
    assert ratios("Depuis 2019, les exportations mexicaines vers le Guatemala ont progressé de 40 %, à 20 milliards de "
                  "dollars en 2023.", "2024-03", ("GT", "MX")) == [
        ("exports", "MX>GT", "2023", 1.4, "vs", "2019", "exact", "actual")]
    assert ratios("Les exportations mexicaines vers le Guatemala ont, depuis 2019, progressé de 40 % pour atteindre 20 "
                  "milliards de dollars en 2023.", "2024-03", ("GT", "MX")) == [
        ("exports", "MX>GT", "2023", 1.4, "vs", "2019", "exact", "actual")]
    # no level to end it: left out, not read against the year before anything
    assert left_out("Depuis 2019, les exportations mexicaines vers le Guatemala ont doublé.", "2024-03",
                    ("GT", "MX")) == [("doublé", "unclear-base")]


def test_a_change_compared_with_something_that_is_no_period_is_left_out() -> None:
    for words in ("par rapport à la période précédente", "par rapport aux prévisions", "comparé aux attentes"):
        text = (f"Les exportations mexicaines vers le Guatemala ont atteint 20 milliards de dollars en 2023, en hausse de "
                f"10 % {words}.")
        assert ratios(text, "2024-03", ("GT", "MX")) == [], words
        assert left_out(text, "2024-03", ("GT", "MX")) == [("10 %", "unclear-base")], words
    # a period the reader knows keeps its reading
    assert ratios("Les exportations mexicaines vers le Guatemala ont atteint 20 milliards de dollars en 2023, en hausse de "
                  "10 % par rapport à l'année précédente.", "2024-03", ("GT", "MX")) == [
        ("exports", "MX>GT", "2023", 1.1, "vs", "2022", "exact", "actual")]


# == round 3 ==============================================================================================
# Changes, multiples and their bases found misread in the round-3 dispatches: « X % de plus qu'au premier
# trimestre 2023 », « le double de l'année précédente », nouns of change (« un doublement d'ici 2030 »), the
# change of a product line in a relative clause, a pronoun whose level was left out, « depuis » after a
# weekly rate.


def test_more_or_less_than_a_period_after_its_preposition() -> None:
    base = ("Au premier trimestre 2024, les exportations ghanéennes vers le Burkina Faso ont atteint 310 millions de "
            "dollars, soit 9 % de {} {}.")
    for words in ("qu'au premier trimestre 2023", "qu'au cours des trois premiers mois de 2023",
                  "que lors du premier trimestre 2023", "qu'entre janvier et mars 2023",
                  "qu'à la même période de 2023", "que pendant le premier trimestre 2023"):
        assert ratios(base.format("plus", words), "2024-05", ("BF", "GH")) == [
            ("exports", "GH>BF", "2024-Q1", 1.09, "vs", "2023-Q1", "exact", "actual")], words
    assert ratios(base.format("moins", "qu'au premier trimestre 2023"), "2024-05", ("BF", "GH")) == [
        ("exports", "GH>BF", "2024-Q1", 0.91, "vs", "2023-Q1", "exact", "actual")]
    # a half-year, a single month; a quarter of the same year named with no year
    assert ratios("Au premier semestre 2024, la Tunisie a accueilli 1,2 million de touristes algériens, 14 % de plus "
                  "qu'au premier semestre 2022.", "2024-08", ("DZ", "TN")) == [
        ("tourists", "DZ>TN", "2024-H1", 1.14, "vs", "2022-H1", "exact", "actual")]
    assert ratios("En mars 2024, les importations polonaises en provenance d'Ukraine ont atteint 410 millions d'euros, "
                  "6 % de moins qu'en janvier 2024.", "2024-06", ("PL", "UA")) == [
        ("imports", "UA>PL", "2024-03", 0.94, "vs", "2024-01", "exact", "actual")]
    assert ratios("Au deuxième trimestre 2024, les échanges entre le Pérou et la Bolivie ont atteint 520 millions de "
                  "dollars, 4 % de plus qu'au premier trimestre.", "2024-09", ("BO", "PE")) == [
        ("trade", None, "2024-Q2", 1.04, "vs", "2024-Q1", "exact", "actual")]
    # near-misses: the change's own period still dates it; « qu'en 2022 » and « qu'un an plus tôt » keep their reading
    assert ratios("Les exportations ghanéennes vers le Burkina Faso ont progressé de 9 % au premier trimestre 2024, à "
                  "310 millions de dollars.", "2024-05", ("BF", "GH")) == [
        ("exports", "GH>BF", "2024-Q1", 1.09, "vs", "2023-Q1", "exact", "actual")]
    assert ratios(base.format("plus", "qu'un an plus tôt"), "2024-05", ("BF", "GH")) == [
        ("exports", "GH>BF", "2024-Q1", 1.09, "vs", "2023-Q1", "exact", "actual")]


def test_a_multiple_of_the_year_before_named_relative_to_the_figure() -> None:
    # « l'année précédente », « l'an passé », « un an plus tôt » after « le double de », « le triple de », « N fois »:
    # the year before the figure's, whatever the date of the article
    for words, factor in (("soit plus du double de l'année précédente", 2.0), ("le triple de l'an passé", 3.0),
                          ("soit 2,5 fois le chiffre de l'année précédente", 2.5),
                          ("soit le double de celui de l'année d'avant", 2.0),
                          ("soit la moitié de l'année précédente", 0.5)):
        found = ratios(f"Le Japon a accueilli 410 000 touristes philippins en 2023, {words}.", "2025-02", ("JP", "PH"))
        assert [c[:6] for c in found] == [("tourists", "PH>JP", "2023", factor, "vs", "2022")], words
    # « plus du double » is more than twice, « près du triple » nearly three times
    assert ratios("Plus de 1,3 million de visiteurs brésiliens sont entrés en Argentine en 2024, soit plus du double "
                  "de l'année précédente.", "2025-03", ("AR", "BR")) == [
        ("tourists", "BR>AR", "2024", 2.0, "vs", "2023", "more_than", "actual")]
    assert ratios("Les exportations sénégalaises vers la Mauritanie ont atteint 90 milliards de FCFA en 2023, près du "
                  "triple de l'année précédente.", "2024-04", ("MR", "SN")) == [
        ("exports", "SN>MR", "2023", 3.0, "vs", "2022", "nearly", "actual")]
    # a half-year against the same half a year before; a fiscal year against the twelve months before it
    assert ratios("Au premier semestre 2024, les exportations sénégalaises vers la Mauritanie ont atteint 50 milliards "
                  "de FCFA, le double de la même période de l'année précédente.", "2024-09", ("MR", "SN")) == [
        ("exports", "SN>MR", "2024-H1", 2.0, "vs", "2023-H1", "approx", "actual")]
    assert ratios("Les échanges entre l'Inde et le Népal ont atteint 9 milliards de dollars au cours de l'exercice "
                  "2023-2024, clos fin mars, soit le double de l'exercice précédent.", "2024-07", ("IN", "NP")) == [
        ("trade", None, "2023-04/2024-03", 2.0, "vs", "2022-04/2023-03", "approx", "actual")]
    # near-misses: a year named in full; « la première moitié de l'année précédente » is a period, not a multiple
    assert ratios("Le Japon a accueilli 410 000 touristes philippins en 2023, le triple de 2021.", "2025-02",
                  ("JP", "PH")) == [("tourists", "PH>JP", "2023", 3.0, "vs", "2021", "approx", "actual")]
    text = ("Les échanges entre le Chili et le Pérou ont atteint 2 milliards de dollars au cours de la première moitié "
            "de l'année précédente.")
    assert ratios(text, "2024-03", ("CL", "PE")) == [] and left_out(text, "2024-03", ("CL", "PE")) == []


def test_a_noun_of_change_is_seen_and_read_only_with_its_base() -> None:
    # no base stated: left out with the reason, never dropped in silence
    for words in ("un doublement", "un triplement", "une multiplication par trois", "un quadruplement"):
        text = f"La Banque mondiale table sur {words} des échanges entre le Niger et le Nigeria d'ici 2030."
        assert ratios(text, "2025-02", ("NE", "NG")) == [], words
        assert [code for _, code in left_out(text, "2025-02", ("NE", "NG"))] == ["unclear-base"], words
    # the base named: read, as the verb is
    assert ratios("La Banque mondiale table sur un doublement des échanges entre le Niger et le Nigeria d'ici 2030 par "
                  "rapport à 2023.", "2025-02", ("NE", "NG")) == [
        ("trade", None, "2030", 2.0, "vs", "2023", "approx", "forecast")]
    assert ratios("Le Bénin vise un triplement de ses exportations vers le Togo d'ici 2030 par rapport à 2022.",
                  "2025-02", ("BJ", "TG")) == [("exports", "BJ>TG", "2030", 3.0, "vs", "2022", "approx", "target")]
    assert ratios("La Banque mondiale table sur une multiplication par trois des échanges entre le Niger et le Nigeria "
                  "d'ici 2030 par rapport à 2023.", "2025-02", ("NE", "NG")) == [
        ("trade", None, "2030", 3.0, "vs", "2023", "approx", "forecast")]
    # the level its clause has just stated is the base, as for « devraient doubler d'ici 2030 »
    assert ratios("Les échanges entre le Niger et le Nigeria ont atteint 500 milliards de FCFA en 2023, et la Banque "
                  "mondiale table sur un doublement d'ici 2030.", "2025-02", ("NE", "NG")) == [
        ("trade", None, "2030", 2.0, "vs", "2023", "approx", "forecast")]
    # between the two ends of a span
    assert ratios("Les échanges entre le Niger et le Nigeria ont connu un quadruplement entre 2015 et 2023.", "2025-02",
                  ("NE", "NG")) == [("trade", None, "2023", 4.0, "vs", "2015", "approx", "actual")]
    # the doubling of something that is not a flow: left out, its year left to the level
    text = ("Le doublement de la voie ferrée, achevé en 2022, a porté les échanges entre le Niger et le Nigeria à 500 "
            "milliards de FCFA en 2023, contre 300 milliards en 2021.")
    assert ratios(text, "2025-02", ("NE", "NG")) == []
    assert left_out(text, "2025-02", ("NE", "NG")) == [("doublement", "no-metric")]
    text = "Les deux gouvernements tablent sur une multiplication par trois de la capacité du port de Cotonou d'ici 2030."
    assert left_out(text, "2025-02", ("BJ", "NG")) == [("multiplication par trois", "no-metric")]
    # a noun names no period of its own: the level keeps its year
    text = "Les échanges entre le Niger et le Nigeria ont connu un doublement en 2023, à 500 milliards de FCFA."
    assert levels(text, "2025-02", ("NE", "NG")) == [("trade", None, "2023", 500_000_000_000, "XOF")]


def test_a_change_in_a_relative_clause_is_its_antecedents() -> None:
    # a product line: left out as the product's, never pinned on the total, nor backwards in time
    for tail in ("portés par les achats de gaz, qui ont doublé", "tirés par les ventes de phosphates, qui ont triplé",
                 "portés par les achats de gaz, qui ont progressé de 40 %"):
        text = f"Les échanges entre l'Espagne et le Maroc ont atteint 20 milliards d'euros en 2023, {tail}."
        assert ratios(text, "2024-04", ("ES", "MA")) == [], tail
        assert [code for _, code in left_out(text, "2024-04", ("ES", "MA"))] == ["product-line"], tail
        text = (f"Les échanges entre l'Espagne et le Maroc ont atteint 20 milliards d'euros en 2023, contre 18 milliards "
                f"en 2022, {tail}.")
        assert ratios(text, "2024-04", ("ES", "MA")) == [], tail
        assert [c[2] for c in levels(text, "2024-04", ("ES", "MA"))] == ["2023", "2022"], tail
    # something the lexicon does not measure
    text = "Les échanges entre la Norvège et la Suède ont atteint 30 milliards d'euros en 2023, portés par le tourisme, qui a doublé."
    assert ratios(text, "2024-04", ("NO", "SE")) == []
    assert left_out(text, "2024-04", ("NO", "SE")) == [("doublé", "unknown-subject")]
    # a flow of its own: that flow's change
    text = ("Les échanges entre l'Espagne et le Maroc ont atteint 20 milliards d'euros en 2023, portés par les "
            "exportations espagnoles, qui ont progressé de 12 %.")
    assert ratios(text, "2024-04", ("ES", "MA")) == [("exports", "ES>MA", "2023", 1.12, "vs", "2022", "exact", "actual")]
    text = ("Les échanges entre l'Espagne et le Maroc ont atteint 20 milliards d'euros en 2023, contre 18 milliards en "
            "2022, portés par les exportations espagnoles, qui ont doublé.")
    assert ratios(text, "2024-04", ("ES", "MA")) == [("exports", "ES>MA", "2023", 2.0, "vs", "2022", "approx", "actual")]
    # near-misses: the level itself, a noun standing for it, or the subject is the antecedent
    assert ratios("Les échanges entre l'Espagne et le Maroc ont atteint 20 milliards d'euros en 2023, qui ont progressé "
                  "de 12 %.", "2024-04", ("ES", "MA")) == [("trade", None, "2023", 1.12, "vs", "2022", "exact", "actual")]
    assert ratios("Les ventes sénégalaises à la Gambie, qui ont triplé en cinq ans, ont atteint 90 milliards de FCFA en "
                  "2023.", "2024-04", ("GM", "SN")) == [("exports", "SN>GM", "2023", 3.0, "vs", "2018", "approx",
                                                          "actual")]


def test_a_change_from_a_start_the_reader_cannot_date_is_left_out() -> None:
    for words in ("a doublé depuis le début de la guerre en Ukraine", "a triplé depuis la réouverture de la frontière",
                  "a progressé de 40 % depuis la pandémie", "a été multiplié par 2,5 depuis la crise de 2020",
                  "a doublé depuis cinq ans"):
        text = f"Le commerce entre la Pologne et l'Ukraine a atteint 30 milliards d'euros en 2023, un montant qui {words}."
        assert ratios(text, "2024-04", ("PL", "UA")) == [], words
        assert [code for _, code in left_out(text, "2024-04", ("PL", "UA"))] == ["unclear-base"], words
    # near-misses: a year; « depuis l'Ukraine » (where the flow comes from)
    assert ratios("Le commerce entre la Pologne et l'Ukraine a atteint 30 milliards d'euros en 2023, un montant qui a "
                  "doublé depuis 2019.", "2024-04", ("PL", "UA")) == [
        ("trade", None, "2023", 2.0, "vs", "2019", "approx", "actual")]
    assert ratios("Les importations de la Pologne ont progressé de 12 % depuis l'Ukraine en 2023, à 9 milliards "
                  "d'euros.", "2024-04", ("PL", "UA")) == [
        ("imports", "UA>PL", "2023", 1.12, "vs", "2022", "exact", "actual")]


def test_a_pronoun_takes_up_the_flow_it_agrees_with() -> None:
    # « elles »: the exportations, not the achats nearer to it, even when their level was left out
    text = ("Le Canada a vu ses exportations vers les États-Unis atteindre 161,2 milliards de dollars au premier "
            "trimestre, gonflées par les achats anticipés des importateurs américains, avant qu'elles ne reculent de "
            "10,6 % en avril par rapport au mois précédent.")
    assert ratios(text, "2025-06", ("CA", "US")) == [
        ("exports", "CA>US", "2025-04", 0.894, "vs", "2025-03", "exact", "actual")]
    text = ("Le Mexique a vu ses ventes aux États-Unis grimper au premier trimestre, portées par les achats des "
            "constructeurs automobiles, avant qu'elles ne chutent de 8 % en avril par rapport au mois précédent.")
    assert ratios(text, "2025-06", ("MX", "US")) == [
        ("exports", "MX>US", "2025-04", 0.92, "vs", "2025-03", "exact", "actual")]
    # « ils »: the échanges, not the exportations
    text = ("Les échanges entre le Japon et la Corée ont été soutenus au premier semestre par les exportations de "
            "semi-conducteurs, mais ils ont reculé de 4 % en juillet par rapport au mois précédent.")
    assert ratios(text, "2025-09", ("JP", "KR")) == [("trade", None, "2025-07", 0.96, "vs", "2025-06", "exact",
                                                     "actual")]
    # near-miss: the nearest phrase agrees (« ils », « les achats ») and keeps its reading: a product line's change
    text = ("Les échanges entre le Japon et la Corée ont été soutenus au premier semestre par les achats coréens de "
            "gaz, mais ils ont reculé de 4 % en juillet par rapport au mois précédent.")
    assert ratios(text, "2025-09", ("JP", "KR")) == []
    assert left_out(text, "2025-09", ("JP", "KR")) == [("4 %", "product-line")]


def test_a_weekly_rate_now_against_a_year_is_a_change_of_the_rate() -> None:
    # a rate per week held at the time of writing, against the rate of 2019: periods of different lengths are
    # fine for a rate, which is no sum of its months
    text = ("Air Sénégal et Royal Air Maroc assurent une soixantaine de vols hebdomadaires entre le Maroc et le "
            "Sénégal, un chiffre qui a quasiment doublé depuis 2019.")
    assert levels(text, "2024-11", ("MA", "SN")) == [("flights", None, "2024-11", 60, "flights/week")]
    assert ratios(text, "2024-11", ("MA", "SN")) == [("flights", None, "2024-11", 2.0, "vs", "2019", "nearly", "actual")]
    assert ratios("Les compagnies opèrent désormais 42 vols par semaine entre la Colombie et le Venezuela, un niveau en "
                  "hausse de 40 % par rapport à 2019.", "2024-11", ("CO", "VE")) == [
        ("flights", None, "2024-11", 1.4, "vs", "2019", "exact", "actual")]
    # near-miss: a flow summed over a half-year is not compared with a whole year
    text = ("Au premier semestre 2024, le Maroc a accueilli 80 000 touristes sénégalais, un chiffre qui a quasiment "
            "doublé depuis 2019.")
    assert ratios(text, "2024-11", ("MA", "SN")) == []
    assert left_out(text, "2024-11", ("MA", "SN")) == [("doublé", "unclear-base")]
