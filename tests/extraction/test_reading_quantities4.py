"""Quantities, qualifiers, changes and counts: the constructions the fourth blind round found misread.

Every sentence here is written for these tests, about pairs and outlets of our own (Argentina–Brazil,
Peru–Chile, Egypt–Jordan, Thailand–Malaysia, Kenya–Uganda, Morocco–Senegal, Egypt–Saudi Arabia,
Turkey–Georgia, Kenya–Tanzania, Japan–Indonesia, Guinea–Sierra Leone…): the rules must read French, not one
dispatch's wording. Each construction comes with the near-misses that must keep their old reading.
"""

from __future__ import annotations

import pytest

from factcheck.extraction.numbers import find_quantities
from tests.extraction.reading import read, reading, reasons


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


# -- 3. changes --------------------------------------------------------------------------------------------------
def test_en_retrait_is_a_fall() -> None:
    text = ("Au premier semestre 2024, les échanges entre l'Égypte et la Jordanie ont totalisé 410 millions de "
            "dollars, en retrait de 4 % sur un an.")
    assert readings(text, "2024-09", ("EG", "JO")) == [
        ("trade", None, "2024-H1", 410_000_000, "USD", "exact", "actual"),
        ("trade", None, "2024-H1", 0.96, ("ratio", "2023-H1"), "exact", "actual")]
    text = ("En 2023, les exportations égyptiennes vers la Jordanie se sont établies à 620 millions de dollars, un "
            "retrait de 7 % par rapport à 2022.")
    assert readings(text, "2024-09", ("EG", "JO"))[1] == ("exports", "EG>JO", "2023", 0.93, ("ratio", "2022"), "exact",
                                                          "actual")


@pytest.mark.parametrize("words, factor", [("à peine 42 %", 0.42), ("tout juste 60 %", 0.6)])
def test_a_level_as_a_part_of_an_earlier_years_level_with_a_qualifier_word(words: str, factor: float) -> None:
    """« soit à peine 42 % de leur niveau de 2019 »: a ratio to 2019, not a share."""
    text = f"En 2023, la Thaïlande a accueilli 1,1 million de visiteurs malaisiens, soit {words} de leur niveau de 2019."
    assert readings(text, "2024-05", ("MY", "TH")) == [
        ("tourists", "MY>TH", "2023", 1_100_000, "persons", "exact", "actual"),
        ("tourists", "MY>TH", "2023", factor, ("ratio", "2019"), "exact", "actual")]


def test_a_part_of_a_total_is_still_a_share() -> None:
    text = "En 2023, la Thaïlande a accueilli 1,1 million de visiteurs malaisiens, soit à peine 4 % des arrivées."
    assert reasons(text, "2024-05", ("MY", "TH")) == ["share"]


@pytest.mark.parametrize("apposition, factor", [
    ("Un montant en progression de 14 % par rapport à l'année précédente.", 1.14),
    ("Un chiffre en baisse de 6 % sur un an.", 0.94),
])
def test_a_verbless_sentence_on_the_figure_before(apposition: str, factor: float) -> None:
    """« Un montant en progression de 14 % … » after a sentence with one level: that level's change."""
    text = f"Les exportations du Kenya vers l'Ouganda ont atteint 182 millions de dollars en 2023. {apposition}"
    assert readings(text, countries=("KE", "UG")) == [
        ("exports", "KE>UG", "2023", 182_000_000, "USD", "exact", "actual"),
        ("exports", "KE>UG", "2023", factor, ("ratio", "2022"), "exact", "actual")]


@pytest.mark.parametrize("before", [
    # two levels before: which one?
    "Les exportations du Kenya vers l'Ouganda ont atteint 182 millions de dollars en 2023, et les importations "
    "95 millions de dollars.",
    # the level is not in the sentence right before
    "Les exportations du Kenya vers l'Ouganda ont atteint 182 millions de dollars en 2023. Le Kenya reste le "
    "premier partenaire de l'Ouganda.",
])
def test_a_verbless_sentence_after_no_single_level_is_left_out(before: str) -> None:
    text = f"{before} Un montant en progression de 14 % par rapport à l'année précédente."
    assert reasons(text, countries=("KE", "UG"))[-1] == "no-metric"


def test_sur_un_an_does_not_make_the_period_after_it_a_base() -> None:
    """« ont bondi de 32,2 % sur un an au cours des sept premiers mois de 2023, à 23,3 milliards »: the seven
    months are the change's and the level's own; « sur un an » names the base (a year earlier)."""
    text = ("Les échanges entre la Chine et le Kazakhstan ont bondi de 32,2 % sur un an au cours des sept premiers "
            "mois de 2023, à 23,3 milliards de dollars.")
    assert readings(text, "2023-09", ("CN", "KZ")) == [
        ("trade", None, "2023-01/2023-07", 23_300_000_000, "USD", "exact", "actual"),
        ("trade", None, "2023-01/2023-07", 1.322, ("ratio", "2022-01/2022-07"), "exact", "actual")]
    # « par rapport à l'année précédente » still names the base inside it
    text = ("Les échanges entre la Chine et le Kazakhstan ont progressé de 12 % par rapport à l'année précédente, à "
            "31,2 milliards de dollars en 2023.")
    assert readings(text, "2024-03", ("CN", "KZ"))[1] == ("trade", None, "2023", 1.12, ("ratio", "2022"), "exact",
                                                          "actual")


# -- 4. counts ---------------------------------------------------------------------------------------------------
def test_flights_named_as_the_subject_then_a_weekly_rate() -> None:
    """« Les vols directs entre les deux pays sont passés à 48 par semaine, contre 22 en 2019 »."""
    assert readings("Les vols directs entre les deux pays sont passés à 18 par semaine, contre 7 en 2019.",
                    countries=MA_SN) == [
        ("flights", None, "2024-03", 18, "flights/week", "exact", "actual"),
        ("flights", None, "2019", 7, "flights/week", "exact", "actual")]
    assert readings("Les vols directs entre le Maroc et le Sénégal atteignent désormais 18 par semaine.",
                    countries=MA_SN) == [("flights", None, "2024-03", 18, "flights/week", "exact", "actual")]
    # no weekly rate: per what?
    assert readings("Les vols directs entre le Maroc et le Sénégal sont passés à 18 cet hiver.", countries=MA_SN) == []


def test_a_number_in_words_after_contre_with_an_adverb() -> None:
    text = ("On compte aujourd'hui une vingtaine de vols directs hebdomadaires entre les deux pays, contre sept "
            "seulement en 2019.")
    assert readings(text, countries=MA_SN) == [
        ("flights", None, "2024-03", 20, "flights/week", "approx", "actual"),
        ("flights", None, "2019", 7, "flights/week", "exact", "actual")]
    # a noun after the number counts something else
    text = "On compte aujourd'hui 20 vols directs hebdomadaires entre les deux pays, contre sept destinations en 2019."
    assert readings(text, countries=MA_SN) == [("flights", None, "2024-03", 20, "flights/week", "exact", "actual")]


def test_one_weekly_flight() -> None:
    """« une rotation hebdomadaire »: « une » is the number one before a weekly count of flights."""
    assert readings("Depuis la suspension, il ne reste qu'une rotation hebdomadaire entre les deux pays.",
                    countries=MA_SN) == [("flights", None, "2024-03", 1, "flights/week", "exact", "actual")]
    assert [(q.value, q.unit) for q in find_quantities("un vol direct par semaine")] == [(1, "flights/week")]
    assert find_quantities("les vols hebdomadaires") == []  # no number


def test_puis_continues_a_count_with_its_unit() -> None:
    """« quelque 440 000 à visiter le Vietnam en 2023, puis plus de 500 000 l'an dernier »."""
    text = "Les Saoudiens étaient quelque 300 000 à visiter l'Égypte en 2023, puis plus de 380 000 l'an dernier."
    assert readings(text, "2025-02", ("EG", "SA")) == [
        ("tourists", "SA>EG", "2023", 300_000, "persons", "approx", "actual"),
        ("tourists", "SA>EG", "2024", 380_000, "persons", "more_than", "actual")]
    text = "Les vols directs entre les deux pays sont passés à 12 par semaine en 2019, puis à 30 en 2023."
    assert readings(text, "2025-02", ("EG", "SA")) == [
        ("flights", None, "2019", 12, "flights/week", "exact", "actual"),
        ("flights", None, "2023", 30, "flights/week", "exact", "actual")]


def test_an_apposition_carries_the_unit_of_its_level() -> None:
    """« environ 1,4 million … en 2019, un chiffre qui est tombé à 429 000 en 2022 »."""
    text = ("Environ 1,4 million de Sud-Coréens se sont rendus aux Philippines en 2019, un chiffre qui est tombé à "
            "429 000 en 2022.")
    assert readings(text, "2023-09", ("KR", "PH")) == [
        ("tourists", "KR>PH", "2019", 1_400_000, "persons", "approx", "actual"),
        ("tourists", "KR>PH", "2022", 429_000, "persons", "exact", "actual")]


def test_a_part_in_time_after_dont_takes_the_unit_of_its_total() -> None:
    """« quelque 160 000 Vietnamiens se sont rendus au Japon, dont 62 000 en mars seulement »: a part of the
    count, dated by its own words."""
    text = ("Au premier trimestre 2024, quelque 80 000 Indonésiens se sont rendus en Corée du Sud, dont 31 000 en "
            "mars seulement.")
    assert readings(text, "2024-04", ("ID", "KR")) == [
        ("tourists", "ID>KR", "2024-Q1", 80_000, "persons", "approx", "actual"),
        ("tourists", "ID>KR", "2024-03", 31_000, "persons", "exact", "actual")]
    # a part in space, or a noun after the number (a count of that noun): something else
    for part, code in (("dont 31 000 à Séoul", "no-unit"), ("dont 31 000 étudiants en mars", "count")):
        text = f"Au premier trimestre 2024, quelque 80 000 Indonésiens se sont rendus en Corée du Sud, {part}."
        assert reasons(text, "2024-04", ("ID", "KR")) == [code], part


def test_an_apposition_with_a_qualifier_verb() -> None:
    """« un chiffre qui devrait dépasser 2,5 millions sur l'ensemble de l'année »: the count of the level
    before, more than, a forecast for the whole year."""
    text = ("Plus de 300 000 Malaisiens ont visité le Vietnam au premier semestre 2024, un chiffre qui devrait "
            "dépasser 650 000 sur l'ensemble de l'année.")
    assert readings(text, "2024-08", ("MY", "VN")) == [
        ("tourists", "MY>VN", "2024-H1", 300_000, "persons", "more_than", "actual"),
        ("tourists", "MY>VN", "2024", 650_000, "persons", "more_than", "forecast")]
    # neither « à » nor a qualifier before the number: not the level's count
    text = ("Plus de 300 000 Malaisiens ont visité le Vietnam au premier semestre 2024, un chiffre qui rassure les "
            "650 000 employés du secteur cette année.")
    assert reasons(text, "2024-08", ("MY", "VN")) == ["count"]


def test_they_in_the_next_sentence_are_the_visitors_of_the_sentence_before() -> None:
    """« Près de 392 000 visiteurs indiens … en 2023. Au cours des deux premiers mois de 2024, ils étaient déjà
    68 500, en hausse de 61 % sur un an »: those visitors, from the same country."""
    text = ("Près de 1,9 million de visiteurs géorgiens ont été accueillis en Turquie en 2023. Au cours des deux "
            "premiers mois de 2024, ils étaient déjà 290 000, en hausse de 21 % sur un an.")
    assert readings(text, countries=("GE", "TR")) == [
        ("tourists", "GE>TR", "2023", 1_900_000, "persons", "nearly", "actual"),
        ("tourists", "GE>TR", "2024-01/2024-02", 290_000, "persons", "exact", "actual"),
        ("tourists", "GE>TR", "2024-01/2024-02", 1.21, ("ratio", "2023-01/2023-02"), "exact", "actual")]


def test_they_after_a_sentence_with_two_counts_stay_unknown() -> None:
    text = ("Près de 1,9 million de visiteurs géorgiens et 400 000 visiteurs azerbaïdjanais ont été accueillis en "
            "Turquie en 2023. Au cours des deux premiers mois de 2024, ils étaient déjà 290 000.")
    assert reasons(text, countries=("GE", "TR"))[-1] == "no-direction"


@pytest.mark.parametrize("first", [
    "Les Kényans constituent le premier contingent de visiteurs africains en Tanzanie",
    "Les touristes kényans, qui avaient déserté les parcs pendant la pandémie, sont revenus",
])
def test_they_after_a_colon_are_the_visitors_named_before_it(first: str) -> None:
    text = f"{first} : ils étaient 242 000 en 2023."
    assert readings(text, "2024-06", ("KE", "TZ")) == [("tourists", "KE>TZ", "2023", 242_000, "persons", "exact",
                                                        "actual")]


def test_they_after_a_colon_are_no_visitors_when_nothing_says_so() -> None:
    text = "Les Kényans sont nombreux à travailler en Tanzanie : ils étaient 242 000 en 2023."
    assert readings(text, "2024-06", ("KE", "TZ")) == []


def test_some_of_a_nationality_that_the_visitors_are() -> None:
    """« Les Bangladais restent de loin les premiers visiteurs étrangers de l'Inde : 2,1 millions d'entre eux
    s'y sont rendus »: the visitors are the Bangladeshis."""
    text = ("Les Bangladais restent de loin les premiers visiteurs étrangers de l'Inde : 2,1 millions d'entre eux s'y "
            "sont rendus en 2022.")
    assert readings(text, "2023-06", ("BD", "IN")) == [("tourists", "BD>IN", "2022", 2_100_000, "persons", "exact",
                                                        "actual")]
    # the nationality is no subject of the visitors: whose?
    text = ("Les Bangladais accueillent de nombreux visiteurs étrangers : 2,1 millions d'entre eux s'y sont rendus en "
            "2022.")
    assert readings(text, "2023-06", ("BD", "IN")) == []


def test_a_count_of_joint_ventures_after_an_amount() -> None:
    text = ("Les entreprises indiennes ont investi environ 7,5 milliards de dollars à Oman en 2023, à travers plus de "
            "6 000 coentreprises.")
    assert readings(text, "2024-01", ("IN", "OM")) == [
        ("investment", "IN>OM", "2023", 7_500_000_000, "USD", "approx", "actual")]
    assert reasons(text, "2024-01", ("IN", "OM")) == ["count"]


# -- 5. modality -------------------------------------------------------------------------------------------------
JP_ID = "les échanges entre le Japon et l'Indonésie à 50 milliards de dollars d'ici 2025."


@pytest.mark.parametrize("text, modality", [
    (f"L'accord révisé devrait selon Tokyo porter {JP_ID}", "forecast"),
    (f"L'accord révisé pourrait, selon la Banque mondiale, hisser {JP_ID}", "forecast"),
    (f"L'accord révisé devrait permettre de porter {JP_ID}", "forecast"),
    # near-misses: the target verb of an actor, and a target cue in a clause of its own
    (f"Tokyo et Jakarta veulent porter {JP_ID}", "target"),
    (f"L'accord devrait être ratifié en décembre ; l'objectif est de porter {JP_ID}", "target"),
])
def test_a_forecast_verb_whose_infinitive_is_a_target_verb(text: str, modality: str) -> None:
    """« devrait selon Tokyo porter les échanges à 50 milliards d'ici 2025 »: expected, not set."""
    assert readings(text, "2023-10", ("ID", "JP")) == [("trade", None, "2025", 50_000_000_000, "USD", "exact",
                                                        modality)]


def test_nous_esperons_is_a_target() -> None:
    text = ("« Nous espérons que les échanges entre le Vietnam et l'Australie franchiront la barre des 20 milliards de "
            "dollars américains dans les prochaines années », a-t-elle déclaré.")
    assert readings(text, "2023-05", ("AU", "VN")) == [
        ("trade", None, "2023-05/..", 20_000_000_000, "USD", "more_than", "target")]
    text = ("Les échanges entre le Vietnam et l'Australie franchiront la barre des 20 milliards de dollars américains "
            "dans les prochaines années, selon le ministère.")
    assert readings(text, "2023-05", ("AU", "VN"))[0][-1] == "forecast"


GN_SL = ("GN", "SL")
GN_SL_2022 = "Les échanges entre la Guinée et la Sierra Leone ont atteint 94,7 millions de dollars en 2022."


def test_a_target_multiple_from_the_latest_full_year_the_article_gives() -> None:
    """« se sont fixé pour objectif de doubler les échanges d'ici 2025 » after the 2022 level: 2 × 2022."""
    text = f"{GN_SL_2022} Les deux gouvernements se sont fixé pour objectif de doubler les échanges d'ici 2025."
    assert readings(text, "2023-07", GN_SL) == [
        ("trade", None, "2022", 94_700_000, "USD", "exact", "actual"),
        ("trade", None, "2025", 2.0, ("ratio", "2022"), "approx", "target")]
    text = ("Les échanges entre la Guinée et la Sierra Leone ont atteint 80 millions de dollars en 2021 et 94,7 "
            "millions de dollars en 2022. La réouverture de la frontière devrait permettre de tripler les échanges "
            "d'ici 2026.")
    assert readings(text, "2023-07", GN_SL)[-1] == ("trade", None, "2026", 3.0, ("ratio", "2022"), "approx",
                                                    "forecast")


def test_a_project_financed_beside_a_target_multiple_is_no_target_level() -> None:
    """« doubler les échanges d'ici 2025, en misant sur la réhabilitation de la route, financée à hauteur de 65
    millions de dollars par la BAD »: the 65 millions are what a lender puts in, not the target."""
    text = (f"{GN_SL_2022} Les deux gouvernements se sont fixé pour objectif de doubler les échanges d'ici 2025, en "
            f"misant sur la réhabilitation de la route de Pamelap, financée à hauteur de 65 millions de dollars par la "
            f"Banque africaine de développement.")
    assert readings(text, "2023-07", GN_SL) == [
        ("trade", None, "2022", 94_700_000, "USD", "exact", "actual"),
        ("trade", None, "2025", 2.0, ("ratio", "2022"), "approx", "target")]
    assert reasons(text, "2023-07", GN_SL) == ["not-a-flow"]


def test_a_target_multiple_with_no_level_of_its_metric_before_or_its_own_level() -> None:
    # only the exports were given: the trade's base is not said
    text = ("Les exportations guinéennes vers la Sierra Leone ont atteint 71,2 millions de dollars en 2022. Les deux "
            "gouvernements se sont fixé pour objectif de doubler les échanges d'ici 2025.")
    assert reasons(text, "2023-07", GN_SL) == ["unclear-base"]
    # the clause states the target the multiple leads to: the multiple restates it
    text = (f"{GN_SL_2022} Les deux gouvernements se sont fixé pour objectif de doubler les échanges, pour les porter à "
            f"200 millions de dollars d'ici 2025.")
    assert readings(text, "2023-07", GN_SL) == [
        ("trade", None, "2022", 94_700_000, "USD", "exact", "actual"),
        ("trade", None, "2025", 200_000_000, "USD", "exact", "target")]
