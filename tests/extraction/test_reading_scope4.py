"""Scope, subjects, directions and currencies, round 4 (reading/scope.py, reading/flows.py, mentions.py, the
lexicons): a product that a relative clause measures, a balance pointed at its country, a relative clause set
between a subject and its verb, the host that records investors' projects, a figure after a colon, currency
words the article settles, present-tense verbs of trade, visitors described in an apposition, parts of a flow.

Every sentence here is written for these tests, about various pairs and outlets' phrasings; each construction
has its near-miss that must keep its old reading.
"""

from __future__ import annotations

from tests.extraction.reading import brief, read, reasons


def full(text: str, published: str | None = "2024-06",
         countries: tuple[str, ...] = ()) -> list[tuple[object, ...]]:
    """The whole reading: metric, direction, period, figure, unit, qualifier, modality."""
    return [brief(c) + (c.qualifier, c.modality) for c in read(text, published, countries).claims]


# -- 1. a relative clause whose verb measures its antecedent: a product named there is a part ---------------
def test_a_product_that_a_relative_clause_measures_is_a_product_line() -> None:
    # « dont » as the complement of the relative's verb: « dont la Chine a importé pour … » (so much of it)
    assert reasons("Le riz vietnamien, dont les Philippines ont importé pour 2,6 milliards de dollars l'an dernier, "
                   "reste le pilier de la relation.", "2024-05", ("PH", "VN")) == ["product-line"]
    assert reasons("Les avocats, dont le Pérou a vendu pour 310 millions de dollars aux Pays-Bas en 2023, sont "
                   "devenus l'emblème de cette relation.", "2024-05", ("NL", "PE")) == ["product-line"]
    # the antecedent at the end of a clause with a verb of its own: its last noun group
    assert reasons("La Côte d'Ivoire exporte surtout des fèves de cacao, dont la Malaisie a acheté pour 410 millions "
                   "de dollars en 2023.", "2024-05", ("CI", "MY")) == ["product-line"]


def test_a_relative_clause_after_a_country_a_flow_or_a_total_keeps_its_reading() -> None:
    # a country: its flow
    assert full("Le Pérou, dont les exportations vers les Pays-Bas ont atteint 1,9 milliard de dollars en 2023, "
                "reste un partenaire clé.", "2024-05", ("NL", "PE")) == [
        ("exports", "PE>NL", "2023", 1_900_000_000, "USD", "exact", "actual")]
    # the goods in general, with the country whose goods they are
    assert full("Les marchandises péruviennes, dont les Pays-Bas ont importé pour 1,9 milliard de dollars en 2023, "
                "transitent par Rotterdam.", "2024-05", ("NL", "PE")) == [
        ("imports", "PE>NL", "2023", 1_900_000_000, "USD", "exact", "actual")]
    # a total and its parts
    assert full("Les échanges entre le Pérou et les Pays-Bas ont atteint 3 milliards de dollars en 2023, dont 1,9 "
                "milliard d'exportations péruviennes.", "2024-05", ("NL", "PE")) == [
        ("trade", None, "2023", 3_000_000_000, "USD", "exact", "actual"),
        ("exports", "PE>NL", "2023", 1_900_000_000, "USD", "exact", "actual")]
