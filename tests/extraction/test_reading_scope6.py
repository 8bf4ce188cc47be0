"""Round 6's scope, metric and currency constructions: parts read as the whole, a currency carried past an
ambiguous figure, a count of employees, figures that vanished (sentences of our own, many pairs)."""

from __future__ import annotations

from tests.extraction.reading import full, left_out, reasons


def test_the_value_of_a_quantity_estimated_at_is_that_product_line() -> None:
    text = ("L'Égypte a acheté 2,5 millions de tonnes de blé ukrainien l'an dernier, pour une valeur estimée à "
            "quelque 700 millions de dollars.")
    assert full(text, "2024-05", ("EG", "UA")) == []
    assert ("700 millions de dollars", "product-line") in left_out(text, "2024-05", ("EG", "UA"))
    text = ("L'Inde a importé 2 millions de tonnes d'engrais russes en 2023, pour une valeur évaluée à 1,1 milliard "
            "de dollars.")
    assert reasons(text, "2024-05", ("IN", "RU"))[-1] == "product-line"
    # near-miss: the value of the whole flow, no quantity of a product before it
    assert full("La Corée a importé d'Irak pour une valeur estimée à 12 milliards de dollars en 2023.",
                "2024-05", ("IQ", "KR")) == [("imports", "IQ>KR", "2023", 12_000_000_000, "USD", "exact", "actual")]


def test_one_company_on_its_own_is_a_part_of_an_investment() -> None:
    text = ("Le Japon a investi en Indonésie 30 milliards de dollars au total. Le groupe Toyota, à lui seul, y a "
            "investi plus de 4 milliards de dollars.")
    assert full(text, "2024-04", ("ID", "JP")) == [
        ("investment", "JP>ID", "2024-04", 30_000_000_000, "USD", "exact", "actual")]
    assert left_out(text, "2024-04", ("ID", "JP")) == [("4 milliards de dollars", "product-line")]
    # near-miss: the country itself « à lui seul » is the whole flow
    text = "Le Japon, à lui seul, a investi en Indonésie 30 milliards de dollars en 2023."
    assert full(text, "2024-04", ("ID", "JP")) == [
        ("investment", "JP>ID", "2023", 30_000_000_000, "USD", "exact", "actual")]


def test_foreign_investment_a_country_draws_is_its_national_total() -> None:
    text = ("Le Maroc a attiré 3,2 milliards de dollars d'investissements étrangers en 2023, bien plus que la "
            "Tunisie.")
    assert reasons(text, "2024-06", ("MA", "TN")) == ["national-total"]
    text = "Le Kenya a attiré 1,5 milliard de dollars d'investissements étrangers en 2023, loin devant l'Éthiopie."
    assert reasons(text, "2024-06", ("ET", "KE")) == ["national-total"]
    # near-miss: one country's investors in the other
    assert full("Les investissements marocains en Tunisie ont atteint 300 millions de dollars en 2023.",
                "2024-06", ("MA", "TN")) == [("investment", "MA>TN", "2023", 300_000_000, "USD", "exact", "actual")]


def test_a_bare_number_going_on_from_an_ambiguous_currency_is_as_ambiguous() -> None:
    text = ("Les échanges ont atteint 4 milliards d'euros en 2023. Les investissements français en Australie "
            "représentaient 9,5 milliards de dollars fin 2023, contre 6,1 milliards pour les capitaux australiens en France.")
    assert full(text, "2024-06", ("AU", "FR")) == [("trade", None, "2023", 4_000_000_000, "EUR", "exact", "actual")]
    assert reasons(text, "2024-06", ("AU", "FR")) == ["ambiguous-currency", "ambiguous-currency"]
    # near-miss: a currency the pair does not leave ambiguous carries to the bare number
    text = ("Les investissements français en Australie représentaient 9,5 milliards d'euros fin 2023, contre 6,1 "
            "milliards pour les capitaux australiens en France.")
    assert [c[:5] for c in full(text, "2024-06", ("AU", "FR"))] == [
        ("investment", "FR>AU", "2023-12", 9_500_000_000, "EUR"), ("investment", "AU>FR", "2023-12", 6_100_000_000, "EUR")]


def test_employees_are_a_count_not_money() -> None:
    text = ("Le chiffre d'affaires a atteint 3 milliards d'euros. L'Allemagne est le premier investisseur étranger "
            "en Pologne, avec quelque 300 000 salariés.")
    assert full(text, "2024-07", ("DE", "PL")) == []
    assert left_out(text, "2024-07", ("DE", "PL"))[-1] == ("300 000", "count")
    assert left_out("Les filiales italiennes en Tunisie emploient 90 000 employés, pour 2 milliards d'euros de ventes.",
                    "2024-07", ("IT", "TN"))[0] == ("90 000", "count")


def test_a_figure_never_vanishes() -> None:
    text = ("Les compagnies proposent 24 vols hebdomadaires entre le Portugal et le Brésil, un chiffre que "
            "l'ouverture du ciel brésilien devrait porter à 35 l'an prochain.")
    assert full(text, "2024-10", ("BR", "PT")) == [
        ("flights", None, "2024-10", 24, "flights/week", "exact", "actual"),
        ("flights", None, "2025", 35, "flights/week", "exact", "forecast")]
    # a small bare number no rule reads is listed with its reason, never dropped without a word
    text = "Les deux pays ont signé 26 mémorandums et visent 5 milliards de dollars d'échanges en 2025."
    assert ("26", "no-unit") in left_out(text, "2024-10", ("BR", "PT")) or \
        ("26", "count") in left_out(text, "2024-10", ("BR", "PT"))
    # near-miss: a span of time is not a figure
    assert left_out("Dix ans après, les échanges entre le Brésil et le Portugal ont atteint 5 milliards de dollars en 2023.",
                    "2024-10", ("BR", "PT")) == []
