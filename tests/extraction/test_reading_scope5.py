"""Scope, subjects, directions and currencies, round 5 (reading/scope.py, reading/flows.py, mentions.py, the
lexicons): a third country ranked in an apposition, an item that names its flow before a later country, « et à
peine » opening an item, a balance's adjective and « vis-à-vis de », a change whose item opens on a metric of its
own, an apposition on a subject that is no metric, the value of a quantity of a product, a project's worth, a
hypothesis adding a product, visitors counted by residence, a cause's metric word, a list of goods after the
figure, investment words, a comparison that names its own flow, a flights count named after its number, and the
currency of a sentence that sums up the one before.

Every sentence here is written for these tests, about various pairs and outlets' phrasings; each construction
has its near-miss that must keep its old reading.
"""

from __future__ import annotations

from tests.extraction.reading import full, reasons


# -- 1. a third country ranked in an apposition: its figure is that country's ------------------------------------
def test_a_figure_in_an_apposition_ranking_a_third_country_is_another_pair() -> None:
    assert full("Le Maroc reste loin derrière l'Espagne, premier fournisseur du Portugal avec 38 milliards d'euros "
                "de ventes l'an dernier.", "2024-05", ("MA", "PT")) == []
    assert reasons("Le Maroc reste loin derrière l'Espagne, premier fournisseur du Portugal avec 38 milliards d'euros "
                   "de ventes l'an dernier.", "2024-05", ("MA", "PT")) == ["another-pair"]
    assert reasons("Les exportations égyptiennes vers le Kenya progressent. L'Égypte reste pourtant loin derrière "
                   "les Émirats, deuxième fournisseur du pays, avec 2,1 milliards de dollars de ventes l'an dernier.",
                   "2024-05", ("EG", "KE")) == ["another-pair"]
    # a relative after the apposition speaks of the ranked country
    assert reasons("L'Argentine reste derrière la Chine, premier partenaire du Chili, avec laquelle les échanges ont "
                   "atteint 65 milliards de dollars en 2023.", "2024-05", ("AR", "CL")) == ["another-pair"]


def test_an_apposition_with_no_rank_or_on_the_pair_keeps_its_reading() -> None:
    # the pair's own figure, in the main clause
    assert full("L'Espagne, premier fournisseur du Portugal, lui a vendu pour 38 milliards d'euros de marchandises "
                "en 2023.", "2024-05", ("ES", "PT")) == [
        ("exports", "ES>PT", "2023", 38_000_000_000, "EUR", "exact", "actual")]
    # a relative on the pair's country, with no apposition between
    assert full("Le Chili, avec lequel les échanges argentins ont atteint 7 milliards de dollars en 2023, reste un "
                "partenaire clé.", "2024-05", ("AR", "CL")) == [
        ("trade", None, "2023", 7_000_000_000, "USD", "exact", "actual")]


# -- 2. an item that names its flow before the figure: a country after it is another phrase's ------------------
def test_a_country_after_a_figure_whose_item_named_its_flow_is_not_its_subject() -> None:
    text = ("Les exportations de la Thaïlande vers le Laos ont atteint 4,1 milliards de dollars en 2023, tandis que "
            "ses importations en provenance de ce pays se sont élevées à 1,9 milliard de dollars, ce qui a permis à la "
            "Thaïlande de dégager un excédent de 2,2 milliards de dollars.")
    assert full(text, "2024-03", ("LA", "TH")) == [
        ("exports", "TH>LA", "2023", 4_100_000_000, "USD", "exact", "actual"),
        ("imports", "LA>TH", "2023", 1_900_000_000, "USD", "exact", "actual"),
        ("balance", "TH>LA", "2023", 2_200_000_000, "USD", "exact", "actual")]


def test_a_figure_opening_its_clause_still_takes_the_subject_after_it() -> None:
    assert full("Avec 1,2 million d'entrées, les Allemands sont restés la première clientèle de la Croatie en 2023.",
                "2024-03", ("DE", "HR")) == [("tourists", "DE>HR", "2023", 1_200_000, "persons", "exact", "actual")]


# -- 3. « et à peine », « et près de » open an item of their own -------------------------------------------------
def test_a_qualified_figure_after_et_is_an_item_of_its_own() -> None:
    text = ("Les échanges ont atteint 14 milliards de dollars en 2023, dont 11 milliards d'importations "
            "pakistanaises en provenance de Chine et à peine 3 milliards d'exportations pakistanaises.")
    assert [c[:4] for c in full(text, "2024-03", ("CN", "PK"))] == [
        ("trade", None, "2023", 14_000_000_000), ("imports", "CN>PK", "2023", 11_000_000_000),
        ("exports", "PK>CN", "2023", 3_000_000_000)]
    text = ("Les échanges ont atteint 14 milliards de dollars en 2023, dont 11 milliards d'importations "
            "pakistanaises en provenance de Chine et près de 3 milliards d'exportations pakistanaises.")
    assert [c[:4] for c in full(text, "2024-03", ("CN", "PK"))][2] == ("exports", "PK>CN", "2023", 3_000_000_000)


# -- 4. a balance's adjective is its owner; « vis-à-vis de » names its partner ----------------------------------
def test_a_balance_adjective_owns_it_and_vis_a_vis_names_the_partner() -> None:
    assert full("Le déficit espagnol vis-à-vis de Berlin s'est réduit à 21 milliards d'euros en 2023.", "2024-03",
                ("DE", "ES")) == [("balance", "DE>ES", "2023", 21_000_000_000, "EUR", "exact", "actual")]
    assert full("Le déficit espagnol vis-à-vis de l'Allemagne s'est réduit à 21 milliards d'euros en 2023.",
                "2024-03", ("DE", "ES")) == [("balance", "DE>ES", "2023", 21_000_000_000, "EUR", "exact", "actual")]
    assert full("L'excédent commercial allemand à l'égard de l'Espagne a atteint 21 milliards d'euros en 2023.",
                "2024-03", ("DE", "ES")) == [("balance", "DE>ES", "2023", 21_000_000_000, "EUR", "exact", "actual")]


def test_a_balance_with_its_owner_named_after_de_keeps_its_reading() -> None:
    assert full("Le déficit commercial de l'Espagne avec l'Allemagne a atteint 21 milliards d'euros en 2023.",
                "2024-03", ("DE", "ES")) == [("balance", "DE>ES", "2023", 21_000_000_000, "EUR", "exact", "actual")]


# -- 5. a change in an « et » item that opens on a metric of its own ----------------------------------------------
def test_a_change_after_a_new_metric_subject_is_that_metrics() -> None:
    assert full("En 2023, les exportations autrichiennes vers la Hongrie ont atteint 9,4 milliards d'euros, et les "
                "importations ont reculé de 6 %.", "2024-03", ("AT", "HU")) == [
        ("exports", "AT>HU", "2023", 9_400_000_000, "EUR", "exact", "actual"),
        ("imports", "HU>AT", "2023", 0.94, "ratio", "2022", "exact", "actual")]


def test_a_change_in_the_same_item_as_its_level_keeps_its_reading() -> None:
    assert full("En 2023, les exportations autrichiennes vers la Hongrie ont atteint 9,4 milliards d'euros, en "
                "recul de 6 %.", "2024-03", ("AT", "HU"))[1] == (
        "exports", "AT>HU", "2023", 0.94, "ratio", "2022", "exact", "actual")


# -- 6. an apposition in a past participle on a subject that is no metric ------------------------------------------
def test_an_apposition_on_a_subject_that_is_no_metric_is_left_out() -> None:
    assert reasons("Les envois de fonds des émigrés, évalués à 600 millions de dollars par an, comptent davantage que "
                   "le commerce.", "2024-05", ("LB", "SN")) == ["unknown-subject"]
    assert reasons("Les transferts des expatriés, estimés à 2 milliards d'euros en 2023, dépassent les "
                   "investissements.", "2024-05", ("MA", "FR")) == ["unknown-subject"]


def test_an_apposition_on_a_metric_subject_keeps_its_reading() -> None:
    assert full("Les échanges entre le Liban et le Sénégal, estimés à 600 millions de dollars en 2023, restent "
                "modestes.", "2024-05", ("LB", "SN")) == [
        ("trade", None, "2023", 600_000_000, "USD", "exact", "actual")]


# -- 7. the value of a quantity of a product ---------------------------------------------------------------------
def test_the_value_of_a_quantity_of_a_product_is_a_product_line() -> None:
    assert reasons("En 2023, l'Indonésie a acheté 2,4 millions de tonnes de sucre thaïlandais, pour une valeur de "
                   "1,3 milliard de dollars.", "2024-03", ("ID", "TH")) == ["product-line", "product-line"]
    assert reasons("En 2023, l'Égypte a importé 5 millions de tonnes de blé russe, d'une valeur totale de près de "
                   "1,6 milliard de dollars.", "2024-03", ("EG", "RU")) == ["product-line", "product-line"]


def test_the_value_of_goods_in_general_keeps_its_reading() -> None:
    assert full("En 2023, l'Indonésie a acheté 2,4 millions de tonnes de marchandises thaïlandaises, pour une valeur "
                "de 1,3 milliard de dollars.", "2024-03", ("ID", "TH"))[-1] == (
        "imports", "TH>ID", "2023", 1_300_000_000, "USD", "exact", "actual")


# -- 8. a project's worth in an apposition --------------------------------------------------------------------------
def test_a_project_valued_in_an_apposition_is_not_a_flow() -> None:
    assert reasons("Doha mise sur le port de Banana, un projet évalué à 1,2 milliard de dollars, pour investir en "
                   "RDC.", "2024-03", ("CD", "QA")) == ["not-a-flow"]
    assert reasons("Les investissements turcs en Algérie ont atteint 6 milliards de dollars en 2023, portés par le "
                   "complexe sidérurgique d'Oran, un projet estimé à 2 milliards de dollars.", "2024-03",
                   ("DZ", "TR")) == ["not-a-flow"]


# -- 9. a hypothesis that adds a product: another scope -------------------------------------------------------------
def test_a_flow_with_a_product_added_by_a_hypothesis_is_left_out() -> None:
    text = ("Les exportations sud-africaines vers la Suisse ont atteint 3,1 milliards de dollars en 2023. Si l'on "
            "inclut les diamants, les exportations sud-africaines vers la Suisse grimpent à 7,9 milliards de dollars.")
    assert full(text, "2024-03", ("CH", "ZA")) == [
        ("exports", "ZA>CH", "2023", 3_100_000_000, "USD", "exact", "actual")]
    assert reasons(text, "2024-03", ("CH", "ZA")) == ["product-line"]
    assert reasons("En incluant l'or, les importations suisses en provenance du Ghana ont atteint 2,5 milliards de "
                   "francs en 2023.", "2024-03", ("CH", "GH")) == ["product-line"]


def test_a_product_added_to_a_part_keeps_the_whole() -> None:
    # « En y ajoutant … » after a part (« hors hydrocarbures ») completes it: the whole flow (round 4)
    assert full("En y ajoutant le gaz, les ventes algériennes à l'Italie ont atteint 14 milliards d'euros en 2023.",
                "2024-03", ("DZ", "IT")) == [("exports", "DZ>IT", "2023", 14_000_000_000, "EUR", "exact", "actual")]


# -- 10. visitors counted by residence; commuters are not arrivals -----------------------------------------------
def test_arrivals_of_residents_of_a_country_are_its_visitors() -> None:
    assert full("L'Insee a recensé 4,1 millions d'arrivées de résidents belges dans les hôtels français en 2023.",
                "2024-05", ("BE", "FR")) == [("tourists", "BE>FR", "2023", 4_100_000, "persons", "exact", "actual")]
    assert full("En 2023, l'INE a compté 900 000 arrivées de résidents espagnols dans les hôtels portugais.",
                "2024-05", ("ES", "PT")) == [("tourists", "ES>PT", "2023", 900_000, "persons", "exact", "actual")]


def test_residents_who_live_or_commute_are_not_arrivals() -> None:
    text = ("Le Statec a recensé 1,1 million d'arrivées de résidents belges dans les hôtels luxembourgeois en 2023, et "
            "plus de 45 000 personnes franchissent chaque jour la frontière pour aller travailler au Grand-Duché.")
    assert full(text, "2024-05", ("BE", "LU")) == [
        ("tourists", "BE>LU", "2023", 1_100_000, "persons", "exact", "actual")]
    assert reasons(text, "2024-05", ("BE", "LU")) == ["not-arrivals"]


# -- 11. a metric word in a cause is not the figure's metric --------------------------------------------------------
def test_a_metric_word_in_a_cause_is_not_the_figures() -> None:
    assert full("Les exportations kényanes vers l'Ouganda, dopées par les ventes de pétrole raffiné, ont atteint 1,1 "
                "milliard de dollars en 2023.", "2024-05", ("KE", "UG")) == [
        ("exports", "KE>UG", "2023", 1_100_000_000, "USD", "exact", "actual")]


def test_a_product_of_the_figures_own_phrase_stays_a_part() -> None:
    assert reasons("Les ventes de pétrole raffiné du Kenya à l'Ouganda ont atteint 400 millions de dollars en 2023.",
                   "2024-05", ("KE", "UG")) == ["product-line"]


# -- 12. a list of goods after the figure: the whole flow -----------------------------------------------------------
def test_a_list_of_goods_after_the_figure_is_the_whole_flow() -> None:
    assert full("En 2023, la Turquie a vendu à l'Irak pour 12 milliards de dollars de textiles, d'acier, de meubles et "
                "de produits alimentaires.", "2024-05", ("IQ", "TR")) == [
        ("exports", "TR>IQ", "2023", 12_000_000_000, "USD", "exact", "actual")]


def test_one_or_two_goods_after_the_figure_stay_a_product_line() -> None:
    assert reasons("En 2023, la Turquie a vendu à l'Irak pour 3 milliards de dollars d'acier.", "2024-05",
                   ("IQ", "TR")) == ["product-line"]
    assert reasons("En 2023, la Turquie a vendu à l'Irak pour 3 milliards de dollars d'acier et de ciment.",
                   "2024-05", ("IQ", "TR")) == ["product-line"]
    assert reasons("Les exportations turques vers l'Irak ont atteint 12 milliards de dollars en 2023, dont 3 milliards "
                   "d'acier, de ciment et de meubles.", "2024-05", ("IQ", "TR")) == ["product-line"]


# -- 13. investment words; a comparison that names its own flow -----------------------------------------------------
def test_stock_of_capital_and_direct_flows_are_investment() -> None:
    assert full("Fin 2023, le stock de capitaux espagnols au Mexique dépassait 70 milliards de dollars.", "2024-05",
                ("ES", "MX")) == [("investment", "ES>MX", "2023-12", 70_000_000_000, "USD", "more_than", "actual")]
    assert full("Les flux directs qataris vers le Rwanda ont totalisé 300 millions de dollars en 2023.", "2024-05",
                ("QA", "RW")) == [("investment", "QA>RW", "2023", 300_000_000, "USD", "exact", "actual")]


def test_a_comparison_that_names_its_own_flow_is_that_flows() -> None:
    assert full("Le stock d'investissements directs allemands en Espagne atteignait 60 milliards d'euros à la fin de "
                "2022, contre 25 milliards pour les capitaux espagnols investis dans le pays voisin.", "2024-05",
                ("DE", "ES")) == [
        ("investment", "DE>ES", "2022-12", 60_000_000_000, "EUR", "exact", "actual"),
        ("investment", "ES>DE", "2022-12", 25_000_000_000, "EUR", "exact", "actual")]
    assert full("En 2023, les exportations tanzaniennes vers le Kenya ont représenté 700 millions de dollars, contre "
                "400 millions de dollars pour les importations tanzaniennes en provenance du Kenya.", "2024-05",
                ("KE", "TZ")) == [
        ("exports", "TZ>KE", "2023", 700_000_000, "USD", "exact", "actual"),
        ("imports", "KE>TZ", "2023", 400_000_000, "USD", "exact", "actual")]


def test_a_comparison_with_no_country_of_its_own_keeps_the_flow() -> None:
    assert full("En 2023, les exportations tanzaniennes vers le Kenya ont représenté 700 millions de dollars, contre "
                "650 millions en 2022.", "2024-05", ("KE", "TZ")) == [
        ("exports", "TZ>KE", "2023", 700_000_000, "USD", "exact", "actual"),
        ("exports", "TZ>KE", "2022", 650_000_000, "USD", "exact", "actual")]


# -- 14. a flights count named after its number ---------------------------------------------------------------------
def test_a_flights_count_named_right_after_its_number() -> None:
    assert full("La nouvelle ligne Lima - Bogota porte à 30 le nombre de vols hebdomadaires entre les deux pays.",
                "2024-03", ("CO", "PE")) == [("flights", None, "2024-03", 30, "flights/week", "exact", "actual")]


def test_a_count_of_something_else_named_after_its_number_is_no_flights() -> None:
    assert full("La nouvelle ligne porte à 30 le nombre de destinations desservies entre les deux pays.", "2024-03",
                ("CO", "PE")) == []


# -- 15. the currency of a sentence that sums up the one before -----------------------------------------------------
def test_a_sum_after_a_sentence_citing_statistics_takes_its_currency() -> None:
    text = ("Selon Statistique Canada, les exportations canadiennes vers le Chili ont atteint 900 millions de dollars "
            "en 2023, et les importations en provenance du Chili 1,3 milliard de dollars. Le commerce bilatéral a "
            "ainsi dépassé 2,2 milliards de dollars.")
    assert full(text, "2024-03", ("CA", "CL"))[-1] == ("trade", None, "2023", 2_200_000_000, "CAD", "more_than",
                                                       "actual")


def test_a_sentence_that_does_not_go_on_keeps_dollars_ambiguous() -> None:
    text = ("Selon Statistique Canada, les exportations canadiennes vers le Chili ont atteint 900 millions de dollars "
            "en 2023. Les investissements chiliens au Canada ont dépassé 2,2 milliards de dollars.")
    assert reasons(text, "2024-03", ("CA", "CL")) == ["ambiguous-currency"]
