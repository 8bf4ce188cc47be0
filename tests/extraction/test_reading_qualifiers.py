"""Qualifiers, negation, tense and modality, and the numbers that are not figures.

Every sentence here is written for these tests, about pairs the development corpus does not cover
(Peru–Chile, Ghana–Nigeria, Gabon–Cameroon, Colombia–Ecuador, Jordan–Egypt, Uzbekistan–Kazakhstan,
Tanzania–Kenya, Poland–Lithuania, Mexico–Guatemala, Portugal–Angola): the rules must read French, not one
dispatch's wording. Each construction comes with the near-misses that must keep their old reading.
"""

from __future__ import annotations

import pytest

from factcheck import lexicon
from factcheck.extraction.reading.modality import is_future_form
from tests.extraction.reading import read, reading, readings, reasons


def qualifiers(text: str, published: str = "2024-06", countries: tuple[str, ...] = ()) -> list[str]:
    return [c.qualifier for c in read(text, published, countries).claims]


PE_CL = ("CL", "PE")
GH_NG = ("GH", "NG")


# -- 1. negation turns the qualifier over -----------------------------------------------------------------
def test_a_negated_verb_of_exceeding_is_at_most() -> None:
    assert readings("En 2023, les exportations péruviennes vers le Chili n'ont pas dépassé 700 millions de dollars.",
                    countries=PE_CL) == [("exports", "PE>CL", "2023", 700_000_000, "USD", "at_most", "actual")]
    for phrase in ("ne dépassent pas", "n'ont jamais dépassé", "n'ont toujours pas franchi la barre des",
                   "n'ont pas franchi le seuil de", "ne sont pas supérieures à", "n'avaient pas encore dépassé les",
                   "ne sont pas passées au-dessus de"):
        text = f"En 2023, les importations ghanéennes en provenance du Nigeria {phrase} 450 millions de dollars."
        assert readings(text, countries=GH_NG) == [
            ("imports", "NG>GH", "2023", 450_000_000, "USD", "at_most", "actual")], phrase
    # a forecast keeps its modality: at most, forecast
    assert readings("Les échanges entre la Colombie et l'Équateur ne devraient pas dépasser 2,5 milliards de "
                    "dollars en 2025.", countries=("CO", "EC")) == [
        ("trade", None, "2025", 2_500_000_000, "USD", "at_most", "forecast")]
    # « sans dépasser », « sans toutefois franchir la barre des »
    for phrase in ("ont progressé sans dépasser", "ont progressé, sans toutefois franchir la barre des"):
        assert qualifiers(f"En 2023, les échanges entre le Gabon et le Cameroun {phrase} 90 milliards de FCFA.",
                          countries=("CM", "GA")) == ["at_most"], phrase


def test_a_negated_verb_of_reaching_is_less_than() -> None:
    for phrase in ("n'ont pas atteint", "n'atteignent pas", "n'ont même pas atteint", "ont reculé, sans atteindre"):
        text = f"En 2022, les échanges entre la Jordanie et l'Égypte {phrase} 900 millions de dollars."
        assert readings(text, "2023-04", ("EG", "JO")) == [
            ("trade", None, "2022", 900_000_000, "USD", "less_than", "actual")], phrase
    # « ne sont jamais inférieures à »: at least
    assert qualifiers("En 2023, les exportations ghanéennes vers le Nigeria ne sont jamais inférieures à 300 "
                      "millions de dollars.", countries=GH_NG) == ["at_least"]


def test_hardly_exceeded_is_about_the_figure() -> None:
    """« n'ont guère dépassé 120 millions »: hardly more than 120 millions, or hardly reached them; either
    way about 120 millions, neither more_than nor at_most."""
    for phrase in ("n'ont guère dépassé", "ne dépassent guère", "n'ont guère atteint"):
        text = f"En 2022, les échanges entre la Tanzanie et le Kenya {phrase} 120 millions de dollars."
        assert readings(text, "2023-12", ("KE", "TZ")) == [
            ("trade", None, "2022", 120_000_000, "USD", "approx", "actual")], phrase


def test_only_and_other_near_misses_are_not_negations() -> None:
    def one(verb: str) -> str:
        [found] = qualifiers(f"En 2023, les exportations péruviennes vers le Chili {verb} 1,2 milliard de dollars.",
                             countries=PE_CL)
        return found
    assert one("n'ont atteint que") == "exact"  # « ne … que »: only
    assert one("ne pèsent plus que") == "exact"  # « ne … plus que »: only, now
    assert one("ont atteint") == "exact"
    assert one("ont dépassé") == "more_than"
    assert one("n'ont pas seulement dépassé") == "more_than"
    assert one("ont sans doute dépassé") == "more_than"
    assert one("ne représentent pas plus de") == "at_most"  # the negation is the cue's own
    assert one("ont représenté moins de") == "less_than"
    assert one("ont représenté pas moins de") == "at_least"
    assert one("ont frôlé") == "nearly"
    assert one("ont représenté près de") == "nearly"
    assert one("ont représenté environ") == "approx"
    # a negation of another verb is not the figure's
    assert qualifiers("Cela n'a pas empêché les exportations péruviennes vers le Chili de dépasser 1,2 milliard de "
                      "dollars en 2023.", countries=PE_CL) == ["more_than"]
    assert qualifiers("Les exportations péruviennes vers le Chili, qui n'avaient pas progressé en 2022, ont "
                      "dépassé 1,2 milliard de dollars en 2023.", countries=PE_CL) == ["more_than"]


def test_a_negated_figure_with_no_reading_the_other_way_is_left_out() -> None:
    for phrase in ("ne s'élèvent pas à", "n'ont pas représenté", "ne sont pas de"):
        text = f"En 2023, les exportations ghanéennes vers le Nigeria {phrase} 300 millions de dollars."
        found = read(text, countries=GH_NG)
        assert not found.claims and [x.code for x in found.left_out] == ["negated"], phrase


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
                      "2024-02", ("LT", "PL")) == ["approx"]  # « avoisiner »: close to it, on either side
    # « excèdent » (they exceed) would fold to the noun « excédent » (a surplus): it is no cue
    found = read("En 2023, la Colombie a dégagé un excédent de 300 millions de dollars avec l'Équateur.",
                 countries=("CO", "EC")).claims
    assert [(c.metric, c.qualifier) for c in found] == [("balance", "exact")]


# -- 3. the conditional and the future, not the imperfect -------------------------------------------------
@pytest.mark.parametrize("word", [
    "atteindrait", "atteindraient", "dépasserait", "chiffrerait", "générerait", "génèrerait", "établirait",
    "franchiraient", "investirait", "produirait", "suivrait", "devrait", "pourraient", "permettrait", "connaîtrait",
    "saurait", "conclurait", "enverrait", "viendrait", "romprait",
    "atteindra", "dépasseront", "sera", "seront", "aura", "pourra", "franchira", "ira", "opérera", "mettra"])
def test_conditional_and_future_forms(word: str) -> None:
    assert is_future_form(word) is True


@pytest.mark.parametrize("word", [
    "chiffraient", "générait", "opérait", "enregistrait", "assurait", "montrait", "mesurait", "figurait",
    "considérait", "déclarait", "améliorait", "demeurait", "restaurait", "attirait", "retirait", "tirait",
    "livrait", "ouvrait", "offrait", "encadrait", "entrait", "intégrait", "célébrait", "consacrait",
    # nouns and names
    "portrait", "attrait", "retrait", "affront", "front", "diaspora", "opéra", "caméra", "Ankara", "Vera",
    # the journalistic conditional of a past figure
    "auraient", "serait"])
def test_imperfects_nouns_and_auxiliaries_are_not_forecasts(word: str) -> None:
    assert is_future_form(word) is False


def test_an_imperfect_in_rer_is_actual() -> None:
    for verb in ("se chiffraient à", "s'élevaient à", "s'établissaient à", "représentaient", "généraient"):
        text = f"En 2019, les exportations péruviennes vers le Chili {verb} 2 milliards de dollars."
        assert readings(text, countries=PE_CL) == [
            ("exports", "PE>CL", "2019", 2_000_000_000, "USD", "exact", "actual")], verb
    assert readings("En 2019, le Ghana enregistrait un excédent commercial de 200 millions de dollars avec le "
                    "Nigeria.", countries=GH_NG) == [
        ("balance", "GH>NG", "2019", 200_000_000, "USD", "exact", "actual")]
    assert [c.modality for c in read("En 2019, Kenya Airways assurait quelque 40 vols directs par semaine entre le "
                                     "Kenya et la Tanzanie.", countries=("KE", "TZ")).claims] == ["actual"]
    assert [c.modality for c in read("En 2019, le Mexique figurait au premier rang, avec des exportations vers le "
                                     "Guatemala de 3 milliards de dollars.",
                                     countries=("GT", "MX")).claims] == ["actual"]


def test_the_conditional_and_the_future_are_forecasts() -> None:
    for verb in ("se chiffreraient à", "s'établiraient à", "généreraient", "atteindraient", "seront de",
                 "franchiront la barre des"):
        text = f"En 2026, les exportations péruviennes vers le Chili {verb} 3 milliards de dollars."
        [found] = readings(text, countries=PE_CL)
        assert found[:5] == ("exports", "PE>CL", "2026", 3_000_000_000, "USD") and found[6] == "forecast", verb
    # « auraient atteint … selon »: a reported past figure, not a forecast (as before)
    assert [c.modality for c in read("En 2022, les échanges entre le Ghana et le Nigeria auraient atteint 1 "
                                     "milliard de dollars, selon la presse locale.",
                                     countries=GH_NG).claims] == ["actual"]


# -- 4. intent and expectation -------------------------------------------------------------------------------
def test_intent_and_expectation_verbs_make_targets_and_forecasts() -> None:
    assert [(c.metric, c.stated, c.modality) for c in read(
        "Kenya Airways envisage de passer à 21 vols hebdomadaires entre le Kenya et la Tanzanie d'ici la fin de "
        "l'année.", countries=("KE", "TZ")).claims] == [("flights", 21, "target")]
    assert [(c.stated, c.modality) for c in read(
        "Royal Air Maroc et TAAG opèrent 6 vols hebdomadaires entre le Portugal et l'Angola, un chiffre appelé à "
        "passer à 10 vols par semaine d'ici l'été 2025.", "2024-11", ("AO", "PT")).claims] == [
        (6, "actual"), (10, "forecast")]
    for phrase, modality in (("comptent atteindre", "target"), ("espèrent atteindre", "target"),
                             ("misent sur", "forecast"), ("tablent sur", "forecast"),
                             ("sont appelés à atteindre", "forecast"),
                             ("prévoient de porter les échanges à", "target"), ("devraient passer à", "forecast")):
        text = f"Les échanges entre le Gabon et le Cameroun {phrase} 200 milliards de FCFA en 2026."
        assert [(c.period, c.stated, c.modality) for c in read(text, countries=("CM", "GA")).claims] == [
            ("2026", 200_000_000_000, modality)], phrase
    assert [c.modality for c in read("Le Kenya espère attirer 500 000 touristes tanzaniens en 2025.",
                                     countries=("KE", "TZ")).claims] == ["target"]


def test_a_rate_or_stock_by_a_deadline_is_never_a_count_so_far() -> None:
    """« 21 vols par semaine d'ici la fin de l'année »: with no word saying target or forecast, the figure
    is to come, and it is left out rather than written as today's count."""
    assert reasons("Avec 21 vols par semaine d'ici la fin de l'année, la liaison entre le Kenya et la Tanzanie se "
                   "renforce.", countries=("KE", "TZ")) == ["period-not-over"]
    assert reasons("Le stock d'investissements portugais en Angola, 3 milliards d'euros d'ici 2026, progresse.",
                   countries=("AO", "PT")) == ["period-not-over"]
    # near-miss: the current weekly count is still read
    assert [(c.stated, c.modality) for c in read("Kenya Airways opère désormais 14 vols hebdomadaires entre le Kenya "
                                                 "et la Tanzanie.", countries=("KE", "TZ")).claims] == [(14, "actual")]


# -- 5. a clause of its own keeps its tense -------------------------------------------------------------------
def test_a_target_does_not_reach_a_clause_of_its_own() -> None:
    text = ("La Jordanie et l'Égypte ambitionnent de porter leurs échanges à 2 milliards de dollars d'ici 2027, "
            "précisant que ceux-ci ont atteint 1,1 milliard de dollars l'an dernier.")
    assert readings(text, "2024-03", ("EG", "JO")) == [
        ("trade", None, "2027", 2_000_000_000, "USD", "exact", "target"),
        ("trade", None, "2023", 1_100_000_000, "USD", "exact", "actual")]
    for opener in ("rappelant que ceux-ci ont atteint", "après avoir atteint"):
        text = (f"Le Pérou et le Chili veulent porter leurs échanges à 9 milliards de dollars d'ici 2028, {opener} "
                f"6,5 milliards de dollars en 2023.")
        assert [(c.period, c.modality) for c in read(text, countries=PE_CL).claims] == [
            ("2028", "target"), ("2023", "actual")], opener
    # near-misses: a cue inside the clause of its own still counts; « dont » and « contre » as before
    assert [(c.period, c.modality) for c in read(
        "Le Pérou et le Chili veulent porter leurs échanges à 9 milliards de dollars d'ici 2028, précisant que les "
        "exportations péruviennes devraient atteindre 5 milliards de dollars.", countries=PE_CL).claims] == [
        ("2028", "target"), ("2028", "forecast")]
    assert [c.modality for c in read("Le Pérou et le Chili veulent porter leurs échanges à 9 milliards de dollars "
                                     "d'ici 2028, dont 5 milliards d'exportations péruviennes.",
                                     countries=PE_CL).claims] == ["target", "target"]
    assert [c.modality for c in read("Le Pérou et le Chili veulent hisser leurs échanges à 9 milliards de dollars "
                                     "d'ici 2028, contre 6,5 milliards en 2023.", countries=PE_CL).claims] == [
        "target", "actual"]



def test_a_flow_named_by_what_it_leaves_out_is_a_part_of_it() -> None:
    """The actual figure of a clause of its own is compared with the others: « leurs échanges hors
    hydrocarbures … précisant que ces derniers n'ont pas dépassé 300 millions » must not be set against
    the total trade of the year as the pair's whole flow."""
    text = ("La Jordanie et l'Égypte ambitionnent de porter leurs échanges hors hydrocarbures à 1 milliard de "
            "dollars d'ici 2027, précisant que ces derniers n'ont pas dépassé 300 millions de dollars l'an dernier.")
    assert read(text, "2024-03", ("EG", "JO")).claims == []
    assert reasons(text, "2024-03", ("EG", "JO")) == ["product-line", "product-line"]
    for metric in ("Les échanges hors hydrocarbures entre la Jordanie et l'Égypte ont",
                   "Le commerce non pétrolier entre la Jordanie et l'Égypte a",
                   "Les échanges hors pétrole entre la Jordanie et l'Égypte ont"):
        assert reasons(f"{metric} atteint 300 millions de dollars en 2023.", "2024-03", ("EG", "JO")) == [
            "product-line"], metric
    # near-miss: the total trade is still read
    assert [c.stated for c in read("Les échanges entre la Jordanie et l'Égypte ont atteint 1,1 milliard de dollars "
                                   "en 2023.", "2024-03", ("EG", "JO")).claims] == [1_100_000_000]


# -- 6. prices are not flows ----------------------------------------------------------------------------------
def test_a_price_per_unit_is_left_out() -> None:
    found = read("Au premier semestre, les échanges entre le Ghana et le Nigeria ont reculé à 870 millions de "
                 "dollars, du fait de la baisse des cours du cacao, tombés sous les 3 500 dollars la tonne.",
                 "2024-10", GH_NG)
    assert [reading(c) for c in found.claims] == [("trade", None, "2024-H1", 870_000_000, "USD", "exact", "actual")]
    assert [x.code for x in found.left_out] == ["price"]
    for price in ("70 000 dollars par tonne", "900 FCFA le kilo", "80 dollars le baril", "450 dollars par personne"):
        found = read(f"Les exportations du Gabon vers le Cameroun ont atteint 60 milliards de FCFA en 2023, le prix "
                     f"étant fixé à {price}.", countries=("CM", "GA"))
        assert [(c.stated, c.unit) for c in found.claims] == [(60_000_000_000, "XAF")], price
        assert [x.code for x in found.left_out] == ["price"], price
    # near-miss: a yearly flow is no price
    found = read("Les exportations du Gabon vers le Cameroun atteignent 60 milliards de FCFA par an.",
                 countries=("CM", "GA"))
    assert [(c.stated, c.period) for c in found.claims] == [(60_000_000_000, "2023")] and not found.left_out


# -- 7. the qualifier of a multiple ----------------------------------------------------------------------------
def test_nearly_four_times_as_many_is_nearly() -> None:
    def multiple(words: str) -> tuple[object, ...]:
        found = read(f"Le Kenya a accueilli 54 000 touristes tanzaniens en 2023, soit {words} plus qu'en 2022.",
                     "2024-02", ("KE", "TZ")).claims
        [ratio] = [c for c in found if c.kind == "ratio"]
        return ratio.factor, ratio.relative_to, ratio.qualifier
    assert multiple("près de quatre fois") == (4, "2022", "nearly")
    assert multiple("quatre fois") == (4, "2022", "approx")
    assert multiple("plus de trois fois") == (3, "2022", "more_than")


# == round 2: quantities, units, currencies, qualifiers, tense and modality ==================================
# Sentences written for these tests, about yet other pairs (Brazil–Argentina, Morocco–Senegal, Côte
# d'Ivoire–France, Senegal–Cape Verde, Morocco–Spain, Ghana–Côte d'Ivoire, Kenya–Uganda, Egypt–Saudi
# Arabia, Turkey–Georgia, Japan–Philippines…).
BR_AR = ("AR", "BR")


# -- 8. a bare number takes the unit of the figure it is compared with, never a restatement's -----------------
def test_a_bare_number_takes_the_currency_of_the_figure_not_of_its_restatement() -> None:
    text = ("Le commerce entre le Brésil et l'Argentine a atteint 28,4 milliards de dollars (environ 26 milliards "
            "d'euros) en 2023, contre 31 milliards en 2022.")
    assert readings(text, "2024-03", BR_AR) == [
        ("trade", None, "2023", 28_400_000_000, "USD", "exact", "actual"),
        ("trade", None, "2023", 26_000_000_000, "EUR", "approx", "actual"),
        ("trade", None, "2022", 31_000_000_000, "USD", "exact", "actual")]
    found = read("Les exportations marocaines vers le Sénégal ont atteint 2,1 milliards de dirhams en 2023, soit "
                 "environ 190 millions d'euros, contre 1,8 milliard en 2022.", "2024-03", ("MA", "SN")).claims
    assert [(c.period, c.stated, c.unit) for c in found] == [
        ("2023", 2_100_000_000, "MAD"), ("2023", 190_000_000, "EUR"), ("2022", 1_800_000_000, "MAD")]
    # the next sentence goes on in the article's currency, not the restatement's
    found = read("Le commerce entre le Brésil et l'Argentine a atteint 28,4 milliards de dollars (environ 26 "
                 "milliards d'euros) en 2023. Ce chiffre n'était que de 24 milliards en 2021.", "2024-03", BR_AR).claims
    assert [(c.period, c.stated, c.unit) for c in found][-1] == ("2021", 24_000_000_000, "USD")
    # near-miss: the figure in euros restated in FCFA keeps the euros
    found = read("Les exportations françaises vers la Côte d'Ivoire ont atteint 1,4 milliard d'euros (918 milliards "
                 "de FCFA) en 2023, contre 1,3 milliard en 2022.", "2024-03", ("CI", "FR")).claims
    assert [(c.period, c.stated, c.unit) for c in found] == [
        ("2023", 1_400_000_000, "EUR"), ("2023", 918_000_000_000, "XOF"), ("2022", 1_300_000_000, "EUR")]


def test_a_restatement_after_the_period_of_its_figure_is_one() -> None:
    """« 8,2 milliards de dinars sur les dix premiers mois de 2024, soit 2,4 milliards d'euros »: the same
    figure, with the period of its companion (`equivalent_of`), not a second claim."""
    found = read("Les exportations marocaines vers le Sénégal ont atteint 2,1 milliards de dirhams en 2023, soit "
                 "quelque 190 millions d'euros.", "2024-03", ("MA", "SN")).claims
    assert [(c.period, c.unit, c.qualifier, c.equivalent_of) for c in found] == [
        ("2023", "MAD", "exact", None), ("2023", "EUR", "approx", found[0].id)]
    # near-miss: another figure of its own, in another item, is no restatement
    found = read("Les exportations marocaines vers le Sénégal ont atteint 2,1 milliards de dirhams en 2023 ; les "
                 "importations, 190 millions d'euros.", "2024-03", ("MA", "SN")).claims
    assert all(c.equivalent_of is None for c in found)


# -- 9. counts in round tens and hundreds are approximate ----------------------------------------------------
def test_a_count_in_tens_or_hundreds_is_approx() -> None:
    for words, value in (("Une vingtaine de vols hebdomadaires", 20), ("Une dizaine de vols hebdomadaires", 10),
                         ("Une trentaine de vols hebdomadaires", 30), ("Une quinzaine de vols hebdomadaires", 15)):
        assert readings(f"{words} relient désormais Abidjan à Accra.", "2024-05", ("CI", "GH")) == [
            ("flights", None, "2024-05", value, "flights/week", "approx", "actual")], words
    assert readings("En 2023, un millier de touristes kényans ont visité l'Ouganda.", "2024-05", ("KE", "UG")) == [
        ("tourists", "KE>UG", "2023", 1000, "persons", "approx", "actual")]
    assert readings("En 2023, une centaine de milliers de touristes kényans ont visité l'Ouganda.", "2024-05",
                    ("KE", "UG")) == [("tourists", "KE>UG", "2023", 100_000, "persons", "approx", "actual")]
    assert readings("En 2023, les échanges entre le Kenya et l'Ouganda ont atteint une centaine de millions de "
                    "dollars.", "2024-05", ("KE", "UG")) == [
        ("trade", None, "2023", 100_000_000, "USD", "approx", "actual")]
    # near-misses: a cue of its own wins; « des centaines de » and « plusieurs milliers de » are no figure
    assert qualifiers("Plus d'une vingtaine de vols hebdomadaires relient désormais Abidjan à Accra.", "2024-05",
                      ("CI", "GH")) == ["more_than"]
    assert qualifiers("Près d'une centaine de vols hebdomadaires relient désormais Abidjan à Accra.", "2024-05",
                      ("CI", "GH")) == ["nearly"]
    for words in ("Des centaines de vols hebdomadaires", "Plusieurs milliers de touristes kényans"):
        found = read(f"En 2023, {words.lower()} ont relié le Kenya et l'Ouganda.", "2024-05", ("KE", "UG"))
        assert found.claims == [] and found.left_out == [], words
    # « 20 vols » written in digits stays exact
    assert qualifiers("20 vols hebdomadaires relient désormais Abidjan à Accra.", "2024-05", ("CI", "GH")) == ["exact"]


# -- 10. flights counted apart from their weekly rate -----------------------------------------------------------
def test_flights_with_their_weekly_rate_apart_are_flights_per_week() -> None:
    for text in ("Plus de 60 vols de passagers relient désormais chaque semaine les deux pays.",
                 "Plus de 60 vols directs assurent par semaine la liaison entre les deux pays.",
                 "Chaque semaine, plus de 60 vols réguliers relient désormais les deux pays."):
        assert readings(text, "2024-02", ("GE", "TR")) == [
            ("flights", None, "2024-02", 60, "flights/week", "more_than", "actual")], text
    # near-misses: a rate that belongs to another number; a rate per month; no rate
    assert readings("En 2023, 5 200 vols ont relié les deux pays, soit près de 100 vols par semaine.", "2024-02",
                    ("GE", "TR")) == [("flights", None, "2023", 100, "flights/week", "nearly", "actual")]
    assert readings("Plus de 60 vols de passagers relient désormais chaque mois les deux pays.", "2024-02",
                    ("GE", "TR")) == []
    assert readings("Plus de 60 vols de passagers ont relié les deux pays en 2023.", "2024-02", ("GE", "TR")) == []


# -- 11. a number with no unit beside it: a comparison, a count of people ----------------------------------------
def test_a_compared_number_takes_the_unit_of_its_level() -> None:
    for after, period in (("en 2019", "2019"), ("en janvier 2023", "2023-01"), ("l'an dernier", "2023")):
        found = readings(f"Air Sénégal opère 12 vols par semaine entre Dakar et Praia, contre 7 {after}.", "2024-02",
                         ("CV", "SN"))
        assert found == [("flights", None, "2024-02", 12, "flights/week", "exact", "actual"),
                         ("flights", None, period, 7, "flights/week", "exact", "actual")], after
    assert readings("Air Sénégal opère 12 vols par semaine entre Dakar et Praia, contre environ 9 en 2019.",
                    "2024-02", ("CV", "SN"))[1] == ("flights", None, "2019", 9, "flights/week", "approx", "actual")
    # near-misses: a noun of its own, a size that lost its scale, nothing that dates it
    for comparison in ("contre 7 destinations en 2019", "contre 400 en 2019", "contre 7 avant la pandémie",
                       "contre 7 un an plus tôt"):
        found = read(f"Air Sénégal opère 12 vols par semaine entre Dakar et Praia, {comparison}.", "2024-02",
                     ("CV", "SN"))
        assert [(c.period, c.stated) for c in found.claims] == [("2024-02", 12)], comparison
    found = read("En 2023, le Kenya a accueilli 1,2 million de touristes ougandais, contre 1,1 en 2022.", "2024-02",
                 ("KE", "UG"))
    assert [c.stated for c in found.claims] == [1_200_000]


def test_a_count_of_a_nationality_that_travelled_is_persons() -> None:
    assert readings("Les Sénégalais, qui étaient encore 45 000 à visiter le Cap-Vert en 2022, n'étaient plus que "
                    "38 000 l'an dernier.", "2024-03", ("CV", "SN")) == [
        ("tourists", "SN>CV", "2022", 45_000, "persons", "exact", "actual"),
        ("tourists", "SN>CV", "2023", 38_000, "persons", "exact", "actual")]
    assert readings("Les Marocains continuent d'affluer en Espagne : plus de 1,2 million d'entre eux y ont séjourné "
                    "en 2023.", "2024-03", ("ES", "MA")) == [
        ("tourists", "MA>ES", "2023", 1_200_000, "persons", "more_than", "actual")]
    assert readings("Le Ghana attire de plus en plus de touristes ivoiriens : environ 60 000 d'entre eux s'y sont "
                    "rendus en 2023.", "2024-03", ("CI", "GH")) == [
        ("tourists", "CI>GH", "2023", 60_000, "persons", "approx", "actual")]
    assert readings("Les Égyptiens ont été 1,9 million à se rendre en Arabie saoudite en 2023.", "2024-03",
                    ("EG", "SA")) == [("tourists", "EG>SA", "2023", 1_900_000, "persons", "exact", "actual")]


def test_a_count_of_people_that_did_not_travel_is_left_out() -> None:
    """Nothing says these people came as visitors: no unit is given, and nothing is claimed."""
    for text in ("En 2023, les Algériens étaient 800 000 à vivre en France.",
                 "Les Algériens étaient 800 000 en France en 2023.",
                 "Les entreprises françaises sont nombreuses en Algérie : 450 d'entre elles y ont investi en 2023.",
                 "Les Algériens aiment la France : 800 000 d'entre eux y vivent.",
                 "La France a accueilli 100 millions de visiteurs en 2023 ; 3 millions d'entre eux étaient algériens.",
                 "Les visiteurs étrangers affluent en France : 100 millions d'entre eux y ont séjourné en 2023."):
        assert readings(text, "2024-03", ("DZ", "FR")) == [], text



def test_people_sent_out_of_a_country_are_not_its_visitors() -> None:
    """A count of a nationality is persons, which only tourists measure: people expelled are no arrivals."""
    for verb in ("a expulsé plus de", "a refoulé quelque", "a reconduit à la frontière"):
        text = f"En 2023, le Gabon {verb} 12 000 Camerounais, selon l'OIM."
        found = read(text, "2024-03", ("CM", "GA"))
        assert found.claims == [] and [x.code for x in found.left_out] in (["not-arrivals"],), verb
    assert reasons("Plus de 12 000 Camerounais expulsés du Gabon en 2023.", "2024-03", ("CM", "GA")) == [
        "not-arrivals"]


# -- 12. the currencies the French-language press writes about bilateral relations ----------------------------
@pytest.mark.parametrize(("words", "countries", "unit"), [
    ("3,2 milliards de gourdes", ("DO", "HT"), "HTG"), ("3,2 milliards de gourdes haïtiennes", (), "HTG"),
    ("3,2 milliards de pesos dominicains", (), "DOP"), ("3,2 milliards de pesos", ("DO", "HT"), "DOP"),
    ("3,2 milliards de lempiras", ("GT", "HN"), "HNL"), ("3,2 milliards de quetzals", ("GT", "HN"), "GTQ"),
    ("3,2 milliards de leones", ("GN", "SL"), "SLE"), ("3,2 milliards de dalasis", ("GM", "SN"), "GMD"),
    ("3,2 milliards d'afghanis", ("AF", "PK"), "AFN"), ("3,2 milliards de denars", ("MK", "RS"), "MKD"),
    ("3,2 milliards de dinars macédoniens", (), "MKD"), ("3,2 milliards de lei moldaves", (), "MDL"),
    ("3,2 milliards de lei", ("MD", "UA"), "MDL"), ("3,2 milliards de lei", ("FR", "RO"), "RON"),
    ("3,2 milliards de levs", ("BG", "GR"), "BGN"), ("3,2 milliards d'escudos", ("CV", "PT"), "CVE"),
    ("3,2 milliards de roupies", ("FR", "SC"), "SCR"), ("3,2 milliards de roubles", ("BY", "CN"), "BYN"),
    ("3,2 milliards de roubles", ("CN", "RU"), "RUB"), ("3,2 milliards de roubles biélorusses", (), "BYN"),
    ("3,2 milliards de livres", ("FR", "TR"), "TRY"), ("3,2 milliards de soles péruviens", (), "PEN"),
    ("3,2 milliards de pesos uruguayens", (), "UYU"), ("3,2 milliards de dollars jamaïcains", (), "JMD"),
])
def test_more_currencies_of_the_press(words: str, countries: tuple[str, ...], unit: str) -> None:
    from factcheck.extraction.numbers import find_quantities

    found = find_quantities(f"Les échanges ont atteint {words} en 2023.", countries)[0]
    assert (found.value, found.unit) == (3_200_000_000, unit)


def test_a_word_two_countries_of_the_pair_share_stays_ambiguous() -> None:
    for words, pair in (("roubles", ("BY", "RU")), ("pesos", ("DO", "MX")), ("livres", ("EG", "TR")),
                        ("lei", ("MD", "RO")), ("roupies", ("MU", "SC"))):
        text = f"En 2023, les échanges entre les deux pays ont atteint 3,2 milliards de {words}."
        assert reasons(text, "2024-03", pair) == ["ambiguous-currency"], words
    # a claim in the currency the words name
    assert readings("En 2023, les exportations dominicaines vers Haïti ont atteint près de 141 milliards de "
                    "gourdes.", "2024-03", ("DO", "HT")) == [
        ("exports", "DO>HT", "2023", 141_000_000_000, "HTG", "nearly", "actual")]


# -- 13. a currency word the pair leaves ambiguous, read from the article's own writing -------------------------
def test_the_tunisian_press_abbreviation_names_its_dinars() -> None:
    text = ("Les échanges entre la Tunisie et la Libye ont atteint 980,5 millions de dinars (MD) au premier semestre "
            "2023. Les exportations tunisiennes vers la Libye se sont élevées à 710,2 MD, contre 655 MD un an plus "
            "tôt. Sur l'ensemble de 2022, les échanges avaient totalisé 1,9 milliard de dinars.")
    assert [(c.period, c.stated, c.unit) for c in read(text, "2023-09", ("LY", "TN")).claims if c.kind == "value"] == [
        ("2023-H1", 980_500_000, "TND"), ("2023-H1", 710_200_000, "TND"), ("2022-H1", 655_000_000, "TND"),
        ("2022", 1_900_000_000, "TND")]
    # « MD » alone, in an article on Algeria and Tunisia
    assert readings("Au premier trimestre 2024, les exportations tunisiennes vers l'Algérie ont atteint 215 MD.",
                    "2024-06", ("DZ", "TN")) == [("exports", "TN>DZ", "2024-Q1", 215_000_000, "TND", "exact", "actual")]
    # near-misses: « MD » in an article on no country whose press writes it; « Md » is a milliard
    assert reasons("En 2023, les exportations libyennes vers l'Égypte ont atteint 215 MD.", "2024-06",
                   ("EG", "LY")) == ["no-unit"]
    assert reasons("En 2023, les échanges entre la Tunisie et l'Algérie ont atteint 4,1 Md de dinars.", "2024-06",
                   ("DZ", "TN")) == ["ambiguous-currency"]


def test_a_conversion_into_one_currency_names_the_readers_currency() -> None:
    """« 1,32 milliard de dollars, soit quelque 179 milliards de dinars algériens »: written for readers who
    count in Algerian dinars; its later bare « dinars » are theirs."""
    text = ("Les échanges entre l'Algérie et la Tunisie ont atteint 1,4 milliard de dollars en 2023, soit quelque 190 "
            "milliards de dinars algériens. Le stock des investissements tunisiens en Algérie atteint 15 milliards de "
            "dinars.")
    assert [(c.stated, c.unit) for c in read(text, "2024-03", ("DZ", "TN")).claims] == [
        (1_400_000_000, "USD"), (190_000_000_000, "DZD"), (15_000_000_000, "DZD")]


def test_naming_a_dinar_in_full_does_not_say_what_the_bare_word_is() -> None:
    """A journalist names in full the currency foreign to the readers as often as the home one: « dinars
    algériens » named first, then bare « dinars », may be a Tunisian outlet's Tunisian dinars."""
    for text in (
            "L'Algérie a consacré 5 milliards de dinars algériens aux postes frontaliers. Les échanges entre les deux "
            "pays ont atteint 4,2 milliards de dinars en 2023.",
            # two currencies named in full: either
            "Les échanges ont atteint 1,4 milliard de dollars en 2023, soit quelque 190 milliards de dinars "
            "algériens, dont 2 milliards de dinars tunisiens d'exportations tunisiennes. Le stock des "
            "investissements tunisiens en Algérie atteint 15 milliards de dinars."):
        assert "ambiguous-currency" in reasons(text, "2024-03", ("DZ", "TN")), text
    # « dollars »: the US dollar needs no naming; « dollars canadiens » once says nothing of the others
    text = ("Les échanges entre le Canada et les États-Unis ont atteint 900 milliards de dollars en 2023, soit 1 200 "
            "milliards de dollars canadiens. Les exportations canadiennes ont atteint 600 milliards de dollars.")
    assert reasons(text, "2024-03", ("CA", "US")).count("ambiguous-currency") == 2


@pytest.mark.parametrize(("entry", "message"), [
    ({"scale": 1000000, "unit": "TNX", "country": "TN", "word": "dinars"}, "'TNX' is not a money unit"),
    ({"scale": 1000000, "unit": "TND", "country": "QQ", "word": "dinars"}, "unknown country code 'QQ'"),
    ({"scale": 1000000, "unit": "TND", "country": "DZ", "word": "dinars"}, "« dinars » does not name TND in DZ"),
])
def test_a_broken_press_section_is_a_clear_error(monkeypatch: pytest.MonkeyPatch, entry: dict[str, object],
                                                 message: str) -> None:
    import re

    from factcheck.errors import ConfigError

    real = lexicon.read_data("units.yaml")
    monkeypatch.setattr(lexicon, "read_data", lambda name: {**real, lexicon.PRESS: {"MD": entry}})
    lexicon.press_abbreviations.cache_clear()
    try:
        with pytest.raises(ConfigError, match=re.escape(message)):
            lexicon.press_abbreviations()
    finally:
        monkeypatch.undo()
        lexicon.press_abbreviations.cache_clear()


# -- 14. the journalistic conditional and the future in the past of a pledge ---------------------------------
def test_the_journalistic_conditional_with_its_source_is_an_actual_figure() -> None:
    for text in ("Le commerce entre le Kenya et l'Ouganda porterait, selon la chambre de commerce de Kampala, sur "
                 "quelque 900 millions de dollars par an.",
                 "Selon les douanes ougandaises, le commerce entre le Kenya et l'Ouganda porterait sur quelque 900 "
                 "millions de dollars par an.",
                 "Le commerce entre le Kenya et l'Ouganda porterait sur quelque 900 millions de dollars par an, "
                 "d'après les douanes."):
        assert readings(text, "2024-05", ("KE", "UG")) == [
            ("trade", None, "2023", 900_000_000, "USD", "approx", "actual")], text
    assert readings("En 2023, les échanges entre le Kenya et l'Ouganda s'élèveraient à 1,1 milliard de dollars, à en "
                    "croire la presse de Nairobi.", "2024-05", ("KE", "UG")) == [
        ("trade", None, "2023", 1_100_000_000, "USD", "exact", "actual")]
    # near-misses: a source does not make a forecast actual
    for text, period in (
            ("Les échanges entre le Kenya et l'Ouganda atteindraient 1,5 milliard de dollars en 2026, selon le "
             "ministère.", "2026"),
            ("Les échanges entre le Kenya et l'Ouganda atteindraient 1,5 milliard de dollars d'ici 2026, selon le "
             "ministère.", "2026"),
            ("Les échanges entre le Kenya et l'Ouganda dépasseront 1,5 milliard de dollars, selon le ministère.",
             "2024-05/.."),
            ("Les échanges entre le Kenya et l'Ouganda atteindraient 1,5 milliard de dollars, selon les prévisions "
             "du ministère.", "2024-05/..")):
        assert [(c.period, c.modality) for c in read(text, "2024-05", ("KE", "UG")).claims] == [
            (period, "forecast")], text
    # without a source, or without a date, the conditional still forecasts
    assert [c.modality for c in read("Les échanges entre le Kenya et l'Ouganda atteindraient 1,5 milliard de "
                                     "dollars.", "2024-05", ("KE", "UG")).claims] == ["forecast"]
    found = read("En 2023, les échanges entre le Kenya et l'Ouganda ont atteint 1,1 milliard de dollars. Selon le "
                 "FMI, ils atteindraient 1,5 milliard de dollars.", "2024-05", ("KE", "UG")).claims
    assert [(c.period, c.modality) for c in found] == [("2023", "actual"), ("2024-05/..", "forecast")]


def test_a_metric_word_in_the_name_of_a_source_is_not_the_figure() -> None:
    """« selon la Chambre de commerce »: the source's name, not what the figure counts."""
    text = ("Le commerce informel de bétail porterait, selon la Chambre de commerce, d'industrie et des mines "
            "(CCIM), sur quelque 900 millions de dollars par an.")
    assert reasons(text, "2024-05", ("KE", "UG")) == ["product-line"]
    # near-miss: « selon » before the figure's own subject, without a comma
    assert readings("Selon les douanes les échanges entre le Kenya et l'Ouganda ont atteint 1,1 milliard de dollars "
                    "en 2023.", "2024-05", ("KE", "UG")) == [
        ("trade", None, "2023", 1_100_000_000, "USD", "exact", "actual")]


def test_a_pledge_in_reported_speech_is_a_target() -> None:
    for text in ("L'émir a annoncé que le Qatar porterait ses investissements en France à 12 milliards d'euros d'ici "
                 "à 2030.",
                 "Le prince héritier a promis que le Qatar porterait ses investissements en France à 12 milliards "
                 "d'euros d'ici à 2030.",
                 "Doha s'est engagé à ce que ses investissements en France atteignent 12 milliards d'euros d'ici à "
                 "2030, a annoncé l'émir."):
        found = read(text, "2024-03", ("FR", "QA")).claims
        assert [(c.metric, c.period, c.stated, c.modality) for c in found] == [
            ("investment", "2030", 12_000_000_000, "target")], text
    # near-misses: an announcement of a past figure is actual; an expectation stays a forecast
    assert [c.modality for c in read("L'émir a annoncé que les investissements qataris en France avaient atteint 8 "
                                     "milliards d'euros en 2023.", "2024-03", ("FR", "QA")).claims] == ["actual"]
    assert [c.modality for c in read("Le ministre a estimé que les investissements qataris en France atteindraient "
                                     "12 milliards d'euros en 2030.", "2024-03", ("FR", "QA")).claims] == ["forecast"]


# == round 3: quantities, units, currencies, qualifiers, tense and modality ==================================
# Sentences written for these tests, about yet other pairs (Peru–Chile, Ghana–Nigeria, Kenya–Uganda,
# Canada–United States, Australia–New Zealand, Iraq–Iran, Morocco–Spain, Tunisia–Libya, Thailand–Vietnam,
# Colombia–Ecuador, Morocco–Senegal).


# -- 15. a period between the qualifier verb and its figure -----------------------------------------------------
def test_a_period_between_the_qualifier_verb_and_the_figure_keeps_the_qualifier() -> None:
    for phrase, period in (("ont dépassé l'an dernier les", "2023"), ("ont dépassé en 2023 les", "2023"),
                           ("ont franchi l'an dernier la barre des", "2023"),
                           ("ont dépassé, au premier semestre 2023, les", "2023-H1"),
                           ("ont largement dépassé en 2023 les", "2023")):
        text = f"Les échanges entre le Pérou et le Chili {phrase} 5 milliards de dollars."
        assert readings(text, countries=PE_CL) == [
            ("trade", None, period, 5_000_000_000, "USD", "more_than", "actual")], phrase
    # negated across the period: at most
    assert qualifiers("Les échanges entre le Pérou et le Chili n'ont pas dépassé l'an dernier les 5 milliards de "
                      "dollars.", countries=PE_CL) == ["at_most"]
    # near-misses: a verb of reaching stays exact; a word that is no period still stops the cue
    assert qualifiers("Les échanges entre le Pérou et le Chili ont atteint l'an dernier 5 milliards de dollars.",
                      countries=PE_CL) == ["exact"]
    assert qualifiers("Les échanges entre le Pérou et le Chili ont dépassé ceux de l'Argentine en 2023, avec 5 "
                      "milliards de dollars.", countries=PE_CL) == ["exact"]


# -- 16. a number followed by what it counts never takes a currency ---------------------------------------------
def test_a_count_of_companies_or_members_takes_no_currency() -> None:
    for counted in ("plus de 1 200 entreprises membres", "plus de 1 200 membres", "1 200 filiales",
                    "près de 1 200 projets"):
        text = (f"Les échanges entre le Ghana et le Nigeria ont atteint 12 milliards de cedis en 2023. La chambre de "
                f"commerce ghanéenne compte {counted}.")
        assert readings(text, countries=GH_NG) == [
            ("trade", None, "2023", 12_000_000_000, "GHS", "exact", "actual")], counted
        assert reasons(text, countries=GH_NG) == ["count"], counted
    # near-miss: a bare number that continues the money figure keeps its currency
    assert readings("Les exportations ghanéennes vers le Nigeria ont atteint 2 100 millions de cedis en 2023, contre "
                    "1 800 millions en 2022.", countries=GH_NG) == [
        ("exports", "GH>NG", "2023", 2_100_000_000, "GHS", "exact", "actual"),
        ("exports", "GH>NG", "2022", 1_800_000_000, "GHS", "exact", "actual")]


# -- 17. a currency word the sentence itself names --------------------------------------------------------------
KE_UG = ("KE", "UG")


def test_a_bare_currency_word_continuing_its_named_series_is_that_currency() -> None:
    for compared in ("contre 88 milliards de shillings en 2022", "contre quelque 88 milliards de shillings un an "
                     "plus tôt", "et 88 milliards de shillings en 2022"):
        text = (f"Les exportations kényanes vers l'Ouganda ont atteint 95 milliards de shillings kényans en 2023, "
                f"{compared}.")
        assert [(c.period, c.stated, c.unit) for c in read(text, countries=KE_UG).claims] == [
            ("2023", 95_000_000_000, "KES"), ("2022", 88_000_000_000, "KES")], compared
    # near-misses, left out as ambiguous: a restatement (the bare word is the other currency there), another
    # clause, a sentence that names both currencies, the sentence after the one that names it
    for text in ("Les exportations kényanes vers l'Ouganda ont atteint 95 milliards de shillings kényans en 2023, "
                 "soit environ 2 700 milliards de shillings.",
                 "Les exportations kényanes vers l'Ouganda ont atteint 95 milliards de shillings kényans en 2023, "
                 "tandis que les importations ont atteint 88 milliards de shillings.",
                 "Les exportations kényanes vers l'Ouganda ont atteint 95 milliards de shillings kényans en 2023, "
                 "contre 2 600 milliards de shillings ougandais pour les importations et 88 milliards de shillings "
                 "en 2022.",
                 "Les exportations kényanes vers l'Ouganda ont atteint 95 milliards de shillings kényans en 2023. "
                 "Les importations ont atteint 88 milliards de shillings."):
        assert "ambiguous-currency" in reasons(text, countries=KE_UG), text
        assert 88_000_000_000 not in [c.stated for c in read(text, countries=KE_UG).claims], text


def test_the_statistics_a_sentence_cites_give_its_bare_dollars() -> None:
    for source in ("Selon Statistique Canada", "D'après la Banque du Canada", "Selon les données publiées jeudi par "
                   "Statistique Canada"):
        text = f"{source}, les exportations canadiennes vers les États-Unis ont atteint 48,2 milliards de dollars en mars."
        assert readings(text, countries=("CA", "US")) == [
            ("exports", "CA>US", "2024-03", 48_200_000_000, "CAD", "exact", "actual")], source
    # the other country's statistics: its own dollar
    assert readings("Selon le Census Bureau, les importations américaines en provenance du Canada ont atteint 35 "
                    "milliards de dollars en mars.", countries=("CA", "US")) == [
        ("imports", "CA>US", "2024-03", 35_000_000_000, "USD", "exact", "actual")]
    assert readings("Selon le Bureau australien de la statistique, les exportations australiennes vers la "
                    "Nouvelle-Zélande ont atteint 14,1 milliards de dollars en 2023.", countries=("AU", "NZ")) == [
        ("exports", "AU>NZ", "2023", 14_100_000_000, "AUD", "exact", "actual")]
    # near-misses, left out: no source; the source in the sentence before; two sources; the US dollar named too
    for text in ("Les exportations canadiennes vers les États-Unis ont atteint 48,2 milliards de dollars en mars.",
                 "Statistique Canada a publié jeudi ses chiffres. Les exportations canadiennes vers les États-Unis ont "
                 "atteint 48,2 milliards de dollars en mars.",
                 "Les exportations canadiennes vers les États-Unis ont atteint 48,2 milliards de dollars en mars selon "
                 "Statistique Canada, et 47 milliards de dollars selon le Census Bureau.",
                 "Selon Statistique Canada, les exportations canadiennes vers les États-Unis ont atteint 48,2 milliards "
                 "de dollars en mars, soit 35,5 milliards de dollars américains."):
        found = read(text, countries=("CA", "US"))
        assert "ambiguous-currency" in [x.code for x in found.left_out], text
        assert "CAD" not in [c.unit for c in found.claims], text


# -- 18. travel verbs and nouns ----------------------------------------------------------------------------------
def test_more_verbs_and_nouns_of_travel_count_visitors() -> None:
    cases = [
        ("Les Tunisiens ont été 2,1 millions à entrer en Libye en 2023.", ("LY", "TN"),
         ("tourists", "TN>LY", "2023", 2_100_000, "persons", "exact", "actual")),
        ("L'Irak a accueilli 3,4 millions de pèlerins iraniens en 2023.", ("IQ", "IR"),
         ("tourists", "IR>IQ", "2023", 3_400_000, "persons", "exact", "actual")),
        ("Les Marocains ont effectué 1,2 million de séjours en Espagne en 2023.", ("ES", "MA"),
         ("tourists", "MA>ES", "2023", 1_200_000, "persons", "exact", "actual")),
        ("Les Canadiens ont effectué 14 millions de voyages aux États-Unis en 2023.", ("CA", "US"),
         ("tourists", "CA>US", "2023", 14_000_000, "persons", "exact", "actual")),
    ]
    for text, countries, expected in cases:
        assert readings(text, countries=countries) == [expected], text
    # trips are no residence: « les résidents canadiens » say where the travellers live
    assert "not-arrivals" not in reasons("Les résidents canadiens ont effectué 14 millions de voyages aux États-Unis "
                                         "en 2023.", countries=("CA", "US"))
    # near-misses: nights are another measure; living in a country is no travel
    assert readings("Les touristes espagnols ont passé 4,5 millions de nuitées au Maroc en 2023.",
                    countries=("ES", "MA")) == []
    assert readings("Les Tunisiens sont 90 000 à vivre en Libye.", countries=("LY", "TN")) == []


# -- 19. flights named before their number, or by « ce nombre » --------------------------------------------------
TH_VN = ("TH", "VN")


def test_flights_named_before_their_number_are_flights_per_week() -> None:
    assert readings("Les deux compagnies veulent porter le nombre de vols directs entre les deux pays à 60 par semaine "
                    "d'ici 2025, contre une quarantaine actuellement.", "2024-09", TH_VN) == [
        ("flights", None, "2025", 60, "flights/week", "exact", "target"),
        ("flights", None, "2024-09", 40, "flights/week", "approx", "actual")]
    assert readings("Vietnam Airlines propose 28 vols hebdomadaires entre les deux pays et compte porter ce nombre à 42 "
                    "d'ici la fin de l'année.", "2024-09", TH_VN) == [
        ("flights", None, "2024-09", 28, "flights/week", "exact", "actual"),
        ("flights", None, "2024", 42, "flights/week", "exact", "target")]
    # a « contre » item dated by months with no year
    assert readings("Vietnam Airlines et Thai Airways proposent 28 vols hebdomadaires entre les deux pays, contre 35 en "
                    "mars.", "2024-09", TH_VN) == [
        ("flights", None, "2024-09", 28, "flights/week", "exact", "actual"),
        ("flights", None, "2024-03", 35, "flights/week", "exact", "actual")]
    # near-misses: a yearly count of flights, « ce nombre » after no flights count
    assert readings("Les deux compagnies veulent porter le nombre de vols entre les deux pays à 5 000 par an.",
                    "2024-09", TH_VN) == []
    assert readings("Les deux pays comptent 300 entreprises mixtes et veulent porter ce nombre à 450 d'ici 2026.",
                    "2024-09", TH_VN) == []


# -- 20. « estime que » with a past tense is an estimate of what was --------------------------------------------
CO_EC = ("CO", "EC")


def test_an_estimate_of_a_past_level_is_actual() -> None:
    head = "La Banque centrale estime que les investissements colombiens en Équateur"
    assert readings(f"{head} atteignaient 3 milliards de dollars fin 2023.", countries=CO_EC) == [
        ("investment", "CO>EC", "2023-12", 3_000_000_000, "USD", "exact", "actual")]
    assert readings(f"{head} ont atteint 1,2 milliard de dollars l'an dernier.", countries=CO_EC) == [
        ("investment", "CO>EC", "2023", 1_200_000_000, "USD", "exact", "actual")]
    assert [c.modality for c in read("Les analystes estiment que les investissements colombiens en Équateur se sont "
                                     "élevés à 1,2 milliard de dollars en 2023.", countries=CO_EC).claims] == ["actual"]
    # near-misses: a future, a forecast verb, a present with no date stay forecasts
    for rest in ("atteindront 4 milliards de dollars en 2026", "devraient atteindre 4 milliards de dollars en 2026",
                 "peuvent atteindre 4 milliards de dollars"):
        assert [c.modality for c in read(f"{head} {rest}.", countries=CO_EC).claims] == ["forecast"], rest


# -- 21. « et » opening a clause of its own ----------------------------------------------------------------------
MA_SN = ("MA", "SN")


def test_a_target_does_not_reach_a_clause_after_et_with_its_own_verb() -> None:
    assert readings("Le Maroc espère accueillir 500 000 touristes sénégalais d'ici 2026, et 14 vols directs relient "
                    "désormais chaque semaine les deux pays.", countries=MA_SN) == [
        ("tourists", "SN>MA", "2026", 500_000, "persons", "exact", "target"),
        ("flights", None, "2024-06", 14, "flights/week", "exact", "actual")]
    assert [c.modality for c in read("Le Maroc espère porter ses exportations vers le Sénégal à 1 milliard d'euros "
                                     "d'ici 2026, et les échanges ont atteint 800 millions d'euros en 2023.",
                                     countries=MA_SN).claims] == ["target", "actual"]
    # near-miss: « et » before a figure the verb still governs
    assert [c.modality for c in read("Le Maroc espère porter ses exportations vers le Sénégal à 1 milliard d'euros "
                                     "d'ici 2026, et ses investissements au Sénégal à 300 millions d'euros.",
                                     countries=MA_SN).claims] == ["target", "target"]
