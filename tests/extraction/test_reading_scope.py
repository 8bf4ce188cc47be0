"""Whether a figure is the pair's whole flow, and its countries and direction (reading/scope.py,
reading/flows.py, mentions.py): goods trade against product lines, parts of a flow, totals that are
not the pair's, relative clauses, residents, hosts of tourists, beneficiaries of a balance.

Every sentence here is written for these tests, about various pairs and outlets' phrasings; each
construction has its near-miss that must keep its old reading.
"""

from __future__ import annotations

from tests.extraction.reading import briefs, full, reasons


# -- 1. goods trade is the whole flow, and so is a flow whose make-up is listed ------------------------
def test_trade_in_goods_is_the_whole_flow() -> None:
    assert briefs("Les échanges de biens entre le Portugal et le Brésil se sont élevés à 4,2 milliards d'euros en "
                  "2023.", countries=("BR", "PT")) == [("trade", None, "2023", 4_200_000_000, "EUR")]
    assert briefs("En 2023, le commerce de marchandises entre le Chili et le Pérou a atteint 4,5 milliards de "
                  "dollars, soit un recul de 3 % par rapport à 2022.", countries=("CL", "PE")) == [
        ("trade", None, "2023", 4_500_000_000, "USD"), ("trade", None, "2023", 0.97, "ratio", "2022")]
    assert briefs("Le volume des échanges de biens et de services entre le Japon et l'Indonésie a atteint 38 "
                  "milliards de dollars en 2023.", countries=("ID", "JP")) == [
        ("trade", None, "2023", 38_000_000_000, "USD")]
    assert briefs("Les exportations de marchandises de l'Égypte vers l'Arabie saoudite ont atteint 2,6 milliards de "
                  "dollars en 2023.", countries=("EG", "SA")) == [("exports", "EG>SA", "2023", 2_600_000_000, "USD")]


def test_a_product_the_flow_includes_keeps_it_whole() -> None:
    assert briefs("Le commerce entre l'Algérie et l'Espagne, gaz compris, a atteint 9 milliards de dollars en 2023.",
                  countries=("DZ", "ES")) == [("trade", None, "2023", 9_000_000_000, "USD")]
    assert briefs("Les échanges entre le Nigeria et le Ghana, y compris le pétrole brut, se sont élevés à 1,1 "
                  "milliard de dollars en 2022.", "2023-06", ("GH", "NG")) == [
        ("trade", None, "2022", 1_100_000_000, "USD")]


def test_what_the_whole_flow_is_made_of_is_no_product_line() -> None:
    # between dashes
    assert briefs("En 2023, les exportations kényanes vers l'Éthiopie – thé, ciment, produits pharmaceutiques – ont "
                  "atteint 95 millions de dollars.", countries=("ET", "KE")) == [
        ("exports", "KE>ET", "2023", 95_000_000, "USD")]
    # in an apposition after the metric
    assert briefs("En 2023, les importations du Japon en provenance d'Indonésie, principalement du charbon, du nickel "
                  "et des produits chimiques, se sont maintenues autour de 25 milliards de dollars.",
                  countries=("ID", "JP")) == [("imports", "ID>JP", "2023", 25_000_000_000, "USD")]
    # in a relative clause on the subject
    assert briefs("Le Portugal, qui achète près de la moitié des exportations angolaises de pétrole, a importé "
                  "d'Angola pour 1,3 milliard d'euros de marchandises en 2023.", countries=("AO", "PT")) == [
        ("imports", "AO>PT", "2023", 1_300_000_000, "EUR")]
    # the product of another metric phrase of the clause
    assert briefs("En 2023, les exportations indiennes vers les Émirats ont atteint 31 milliards de dollars, tandis "
                  "que les achats indiens de pétrole émirati ont fait grimper les importations à 48 milliards.",
                  countries=("AE", "IN")) == [("exports", "IN>AE", "2023", 31_000_000_000, "USD"),
                                              ("imports", "AE>IN", "2023", 48_000_000_000, "USD")]
    # a « dont » item describing the exports does not make the imports after it a product line
    assert briefs("En 2023, les exportations thaïlandaises vers la Malaisie, dont une large part de produits "
                  "électroniques, ont atteint 13 milliards de dollars, pour des importations de 11 milliards.",
                  countries=("MY", "TH")) == [("exports", "TH>MY", "2023", 13_000_000_000, "USD"),
                                              ("imports", "MY>TH", "2023", 11_000_000_000, "USD")]


def test_narrowed_goods_and_products_named_by_the_subject_stay_product_lines() -> None:
    for phrase in ("les échanges de biens d'équipement entre le Brésil et l'Argentine ont atteint",
                   "les exportations de produits pétroliers du Brésil vers l'Argentine ont atteint",
                   "les exportations brésiliennes de produits en acier vers l'Argentine ont atteint"):
        assert reasons(f"En 2023, {phrase} 2 milliards de dollars.", countries=("AR", "BR")) == ["product-line"]
    assert reasons("Les machines agricoles dominent les exportations brésiliennes vers l'Argentine, totalisant 900 "
                   "millions de dollars en 2023.", countries=("AR", "BR")) == ["product-line"]
    for goods in ("produits manufacturés", "produits agricoles", "biens intermédiaires", "produits de la mer"):
        assert reasons(f"En 2023, les exportations de {goods} du Brésil vers l'Argentine ont atteint 9 milliards de "
                       f"dollars.", countries=("AR", "BR")) == ["product-line"], goods


def test_goods_followed_by_a_verb_a_country_or_the_flows_agents_stay_whole() -> None:
    for phrase in ("le commerce de marchandises entre le Brésil et l'Argentine atteint",
                   "le commerce de marchandises reste dynamique entre les deux pays, à",
                   "les exportations de produits brésiliens vers l'Argentine ont atteint",
                   "les exportations des entreprises brésiliennes vers l'Argentine ont atteint",
                   "les exportations de tous types de marchandises du Brésil vers l'Argentine ont atteint",
                   "les exportations d'origine brésilienne vers l'Argentine ont atteint"):
        assert len(briefs(f"En 2023, {phrase} 9 milliards de dollars.", countries=("AR", "BR"))) == 1, phrase


# -- 2. a product is read from the syntax, not from a list ----------------------------------------------
def test_any_noun_after_the_metric_makes_a_product_line() -> None:
    for product in ("sardines en conserve", "phosphate brut", "cuivre raffiné", "bananes", "lithium", "zircon"):
        assert reasons(f"Les exportations de {product} du Maroc vers le Sénégal ont atteint 400 millions de dirhams "
                       f"en 2023.", countries=("MA", "SN")) == ["product-line"], product
    assert reasons("En 2023, les ventes chiliennes d'avocats au Pérou ont atteint 60 millions de dollars.",
                   countries=("CL", "PE")) == ["product-line"]
    assert reasons("En 2022, les achats indonésiens de GNL japonais ont atteint 2 milliards de dollars.", "2023-06",
                   ("ID", "JP")) == ["product-line"]


def test_a_part_named_after_the_figure_is_a_product_line_and_the_total_stays() -> None:
    assert full("En 2023, les importations argentines en provenance du Brésil ont atteint 12 milliards de dollars, "
                "dont 900 millions de dollars de soja.", countries=("AR", "BR")) == [
        ("imports", "BR>AR", "2023", 12_000_000_000, "USD", "exact", "actual")]
    assert reasons("En 2023, les importations argentines en provenance du Brésil ont atteint 12 milliards de dollars, "
                   "dont 900 millions de dollars de soja.", countries=("AR", "BR")) == ["product-line"]
    text = ("La hausse est portée par les importations allemandes de produits polonais, qui ont culminé à 90 milliards "
            "d'euros en 2023 – dont 12 milliards pour les seuls véhicules –, selon Destatis.")
    assert briefs(text, countries=("DE", "PL")) == [("imports", "PL>DE", "2023", 90_000_000_000, "EUR")]
    assert reasons(text, countries=("DE", "PL")) == ["product-line"]


def test_a_subject_on_its_own_is_a_part_of_the_flow() -> None:
    assert reasons("Le sésame, à lui seul, a représenté 90 millions de dollars d'exportations éthiopiennes vers le "
                   "Kenya en 2023.", countries=("ET", "KE")) == ["product-line"]
    assert reasons("Les fleurs coupées, à elles seules, ont représenté 700 millions de dollars d'exportations "
                   "kényanes vers les Pays-Bas en 2023.", countries=("KE", "NL")) == ["product-line"]
    # near-miss: the flow itself « à elles seules » (a part of trade, the whole of its direction)
    assert full("Les exportations algériennes vers l'Italie ont représenté à elles seules près de 14 milliards de "
                "dollars en 2023.", countries=("DZ", "IT")) == [
        ("exports", "DZ>IT", "2023", 14_000_000_000, "USD", "nearly", "actual")]


def test_a_complement_that_names_no_product_keeps_the_whole_flow() -> None:
    assert briefs("Les exportations de l'Inde vers les Émirats ont atteint 31 milliards de dollars en 2023.",
                  countries=("AE", "IN")) == [("exports", "IN>AE", "2023", 31_000_000_000, "USD")]
    assert briefs("En 2023, les exportations du royaume chérifien vers le Sénégal ont atteint 4 milliards de "
                  "dirhams.", countries=("MA", "SN")) == [("exports", "MA>SN", "2023", 4_000_000_000, "MAD")]
    assert briefs("En 2023, le Brésil a enregistré vers l'Argentine des exportations d'une valeur de 16,7 milliards "
                  "de dollars.", countries=("AR", "BR")) == [("exports", "BR>AR", "2023", 16_700_000_000, "USD")]


# -- 3. the flow less one part ----------------------------------------------------------------------
def test_a_flow_less_one_part_is_not_the_whole() -> None:
    for phrase in ("Le commerce non pétrolier entre l'Arabie saoudite et l'Égypte a dépassé",
                   "Les échanges hors hydrocarbures entre l'Égypte et l'Arabie saoudite ont atteint",
                   "Les exportations égyptiennes vers l'Arabie saoudite (hors pétrole) ont atteint",
                   "Les exportations égyptiennes hors hydrocarbures vers l'Arabie saoudite ont atteint",
                   "Hors hydrocarbures, les échanges entre l'Égypte et l'Arabie saoudite ont atteint"):
        assert reasons(f"{phrase} 9 milliards de dollars en 2023.", countries=("EG", "SA")) == ["product-line"], phrase
    assert reasons("Les deux pays veulent porter le commerce non pétrolier entre l'Égypte et l'Arabie saoudite à 20 "
                   "milliards de dollars d'ici 2030.", countries=("EG", "SA")) == ["product-line"]


def test_a_currency_named_after_a_country_names_no_country_of_the_flow() -> None:
    # « dollars américains » names no third country: the trade of Algeria with its neighbour is the pair's
    assert briefs("En 2023, le commerce de l'Algérie avec son voisin a atteint 5 milliards d'euros (environ 5,4 "
                  "milliards de dollars américains).", countries=("DZ", "TN")) == [
        ("trade", None, "2023", 5_000_000_000, "EUR"), ("trade", None, "2023", 5_400_000_000, "USD")]


# -- 4. the whole a share is taken of -----------------------------------------------------------------
def test_a_relative_clause_on_the_whole_of_a_share_is_a_national_total() -> None:
    text = ("Le Kenya ne représente que 0,4 % des exportations indiennes, qui ont atteint 430 milliards de dollars en "
            "2023.")
    assert briefs(text, countries=("IN", "KE")) == []
    assert reasons(text, countries=("IN", "KE")) == ["national-total", "share"]
    assert reasons("L'Éthiopie pèse moins de 1 % des importations chinoises, lesquelles ont totalisé 2 500 milliards de "
                   "dollars en 2023.", countries=("CN", "ET")) == ["national-total", "share"]
    assert reasons("Le Portugal absorbe le tiers des exportations angolaises, qui ont atteint 40 milliards de dollars en "
                   "2023.", countries=("AO", "PT")) == ["national-total"]


def test_the_whole_of_a_share_that_names_its_partner_is_the_pairs_flow() -> None:
    # near-miss: the whole names both ends; the subject of the share (a product) is not what the figure measures
    assert briefs("Le thé représente 40 % des exportations kényanes vers l'Éthiopie, qui ont atteint 95 millions de "
                  "dollars en 2023.", countries=("ET", "KE")) == [("exports", "KE>ET", "2023", 95_000_000, "USD")]
    # near-miss: a relative clause on the flow itself
    assert briefs("Les exportations kényanes vers l'Éthiopie, qui ont atteint 95 millions de dollars en 2023, "
                  "progressent.", countries=("ET", "KE")) == [("exports", "KE>ET", "2023", 95_000_000, "USD")]


def test_a_product_after_a_national_total_is_no_flow_of_the_pair() -> None:
    text = ("L'Angola ne pèse que 0,2 % des exportations portugaises, qui ont totalisé 80 milliards d'euros en 2023. "
            "Luanda achète surtout des machines et des vins : les seules ventes de porto ont dépassé 30 millions "
            "d'euros.")
    assert briefs(text, countries=("AO", "PT")) == []
    assert reasons(text, countries=("AO", "PT")) == ["national-total", "share", "product-line"]


# -- 5. a relative clause with a preposition speaks of the country before it --------------------------------
def test_a_relative_with_a_preposition_is_about_the_country_before_it() -> None:
    for relative in ("avec laquelle les échanges ont atteint", "auprès de laquelle l'Égypte a acheté pour",
                     "vers laquelle les exportations égyptiennes ont atteint"):
        assert reasons(f"L'Arabie saoudite est le premier partenaire de l'Égypte dans le Golfe, devant les Émirats, "
                       f"{relative} 9 milliards de dollars en 2023.", countries=("EG", "SA")) == ["another-pair"], relative
    # coordinated antecedents and « respectivement »: both figures are the third countries'
    assert reasons("Le Brésil est le premier partenaire de l'Argentine, devant la Chine et les États-Unis, avec "
                   "lesquels les échanges ont atteint respectivement 23 milliards et 16 milliards de dollars en 2023.",
                   countries=("AR", "BR")) == ["another-pair", "another-pair"]


def test_a_relative_about_a_country_of_the_pair_keeps_its_reading() -> None:
    assert briefs("L'Égypte se fournit surtout auprès de l'Arabie saoudite, avec laquelle les échanges ont atteint 9 "
                  "milliards de dollars en 2023.", countries=("EG", "SA")) == [("trade", None, "2023", 9_000_000_000, "USD")]


def test_sold_and_bought_are_exports_and_imports() -> None:
    assert briefs("En 2023, le Brésil a vendu à l'Argentine pour 16,7 milliards de dollars de marchandises et lui en a "
                  "acheté pour 11,9 milliards.", countries=("AR", "BR")) == [
        ("exports", "BR>AR", "2023", 16_700_000_000, "USD"), ("imports", "AR>BR", "2023", 11_900_000_000, "USD")]


# -- 6. residents are not arrivals --------------------------------------------------------------------
def test_people_who_live_or_work_in_the_country_are_not_arrivals() -> None:
    for text in ("En 2023, quelque 2 millions d'Égyptiens vivaient en Arabie saoudite.",
                 "Près de 1,2 million de Syriens réfugiés sont installés en Turquie.",
                 "Quelque 900 000 Égyptiens travaillent en Arabie saoudite, selon le ministère."):
        assert briefs(text, countries=("EG", "SA")) == [], text
        assert reasons(text, countries=("EG", "SA")) == ["not-arrivals"], text
    # near-miss: visitors, and the « non-résidents » of tourism statistics are visitors from abroad
    assert briefs("En 2023, quelque 2 millions d'Égyptiens ont visité l'Arabie saoudite.", countries=("EG", "SA")) == [
        ("tourists", "EG>SA", "2023", 2_000_000, "persons")]
    # a travel verb later in the sentence is another figure's
    assert "not-arrivals" in reasons("En 2023, quelque 2 millions d'Égyptiens vivaient en Arabie saoudite et 1,5 million "
                                     "d'entre eux ont visité La Mecque.", countries=("EG", "SA"))


# -- 7. the country that hosts the visitors ------------------------------------------------------------
def test_a_hosts_target_of_all_visitors_is_left_out_and_its_target_of_a_nationality_points_to_it() -> None:
    text = "Le Maroc vise 26 millions de touristes par an d'ici 2030 et espère attirer 3 millions de visiteurs britanniques."
    assert full(text, "2024-06", ("GB", "MA")) == [
        ("tourists", "GB>MA", "2030", 3_000_000, "persons", "exact", "target")]
    assert reasons(text, "2024-06", ("GB", "MA")) == ["no-origin"]
    text = ("Quelque 300 000 Marocains ont visité l'Espagne l'an dernier et Rabat, qui vise 26 millions de visiteurs "
            "d'ici 2030, espère attirer 2 millions de touristes espagnols.")
    assert full(text, "2024-06", ("ES", "MA")) == [
        ("tourists", "MA>ES", "2023", 300_000, "persons", "approx", "actual"),
        ("tourists", "ES>MA", "2030", 2_000_000, "persons", "exact", "target")]


def test_a_source_market_subject_is_where_visitors_come_from() -> None:
    assert full("Dans l'autre sens, l'Allemagne reste l'un des premiers marchés touristiques de la Thaïlande, avec "
                "près de 900 000 arrivées en 2023.", "2024-03", ("DE", "TH")) == [
        ("tourists", "DE>TH", "2023", 900_000, "persons", "nearly", "actual")]
    # near-miss: a host that welcomed them
    assert briefs("La Thaïlande a accueilli 900 000 touristes allemands en 2023.", "2024-03", ("DE", "TH")) == [
        ("tourists", "DE>TH", "2023", 900_000, "persons")]


# -- 8. a level restated in parentheses after a share of an earlier year -----------------------------------
def test_the_level_in_parentheses_after_a_share_of_2019_is_the_same_flow() -> None:
    assert briefs("La Thaïlande a accueilli 210 000 visiteurs allemands l'an dernier, soit 75 % de son niveau de 2019 "
                  "(280 000).", "2024-06", ("DE", "TH")) == [
        ("tourists", "DE>TH", "2023", 210_000, "persons"), ("tourists", "DE>TH", "2019", 280_000, "persons"),
        ("tourists", "DE>TH", "2023", 0.75, "ratio", "2019")]  # « soit 75 % de son niveau de 2019 » (growth rules)


# -- 11. visitors a ranking names, nationals who visited, totals of a route -----------------------------
def test_the_first_foreign_visitors_of_a_country_are_its_pairs_flow() -> None:
    assert full("Les Brésiliens ont été en 2023 les premiers visiteurs étrangers de l'Argentine, avec 1,2 million "
                "d'arrivées.", "2024-02", ("AR", "BR")) == [
        ("tourists", "BR>AR", "2023", 1_200_000, "persons", "exact", "actual")]
    # near-miss: all foreign visitors
    assert reasons("En 2023, l'Argentine a accueilli 7,4 millions de visiteurs étrangers.", "2024-02",
                   ("AR", "BR")) == ["national-total"]


def test_nationals_who_visited_are_visitors() -> None:
    assert full("Près de 8 000 ressortissants belges ont visité le Sénégal en 2023, un chiffre que l'agence du "
                "tourisme ambitionne de doubler d'ici 2027.", "2024-02", ("BE", "SN")) == [
        ("tourists", "BE>SN", "2023", 8_000, "persons", "nearly", "actual"),
        ("tourists", "BE>SN", "2027", 2.0, "ratio", "2023", "approx", "target")]


def test_the_total_of_two_airlines_on_the_route_is_the_pairs() -> None:
    assert full("Air Sénégal et Brussels Airlines proposent au total 9 vols hebdomadaires entre Dakar et Bruxelles.",
                "2024-02", ("BE", "SN")) == [("flights", None, "2024-02", 9, "flights/week", "exact", "actual")]
    # near-miss: « au total » with no partner is the country's total
    assert reasons("Le Sénégal a accueilli au total 1,5 million de visiteurs en 2023.", "2024-02",
                   ("BE", "SN")) == ["national-total"]


# -- 9. the country « à » which a balance is left ---------------------------------------------------------
def test_a_balance_left_to_a_country_is_that_countrys() -> None:
    assert full("En 2023, les exportations kényanes vers l'Ouganda ont totalisé 1,1 milliard de dollars, ce qui a "
                "permis au Kenya de dégager un excédent d'environ 700 millions de dollars.", "2024-03",
                ("KE", "UG"))[-1] == ("balance", "KE>UG", "2023", 700_000_000, "USD", "approx", "actual")
    # a capital stands for its state; a deficit points the other way
    assert full("Les importations du Maroc en provenance d'Espagne ont atteint 24 milliards d'euros en 2023, ce qui "
                "laisse à Rabat un déficit de 8 milliards d'euros.", "2024-03", ("ES", "MA"))[-1] == (
        "balance", "ES>MA", "2023", 8_000_000_000, "EUR", "exact", "actual")
    assert full("En 2023, les exportations singapouriennes vers l'Indonésie ont atteint 40 milliards de dollars, pour "
                "des importations de 25 milliards, laissant à la cité-État un excédent de 15 milliards.", "2024-03",
                ("ID", "SG")) == [("exports", "SG>ID", "2023", 40_000_000_000, "USD", "exact", "actual"),
                                  ("imports", "ID>SG", "2023", 25_000_000_000, "USD", "exact", "actual"),
                                  ("balance", "SG>ID", "2023", 15_000_000_000, "USD", "exact", "actual")]


# -- 10. a country named by a noun and its adjective; nationality adjectives --------------------------------
def test_a_neighbour_or_partner_with_a_country_adjective_is_that_country() -> None:
    assert full("En 2023, les importations du Togo en provenance de son grand voisin ghanéen ont atteint 90 milliards "
                "de FCFA.", "2024-03", ("GH", "TG")) == [
        ("imports", "GH>TG", "2023", 90_000_000_000, "XOF", "exact", "actual")]
    assert full("En 2023, les achats de l'Italie auprès de son partenaire tunisien se sont établis à 3,1 milliards "
                "d'euros.", "2024-03", ("IT", "TN")) == [
        ("imports", "TN>IT", "2023", 3_100_000_000, "EUR", "exact", "actual")]
    assert briefs("En 2023, les ventes de l'Italie auprès de la Tunisie se sont établies à 4,2 milliards d'euros.",
                  "2024-03", ("IT", "TN")) == [("exports", "IT>TN", "2023", 4_200_000_000, "EUR")]
    # near-miss: with no partner at all, « importations du Togo » still does not say which end (round 2: « son grand
    # voisin » with no adjective is the pair's other country, below)
    assert reasons("En 2023, les importations du Togo ont atteint 90 milliards de FCFA.", "2024-03",
                   ("GH", "TG")) == ["ambiguous-direction"]


def test_gulf_and_other_nationality_adjectives_are_known() -> None:
    for adjective, code in (("émiriens", "AE"), ("omanais", "OM"), ("koweïtiens", "KW"), ("bahreïnis", "BH"),
                            ("jordaniens", "JO"), ("ougandais", "UG"), ("mozambicains", "MZ")):
        other = "IN" if code != "IN" else "PK"
        assert briefs(f"Les investissements directs {adjective} en Inde ont atteint 2 milliards de dollars en 2023.",
                      "2024-03", tuple(sorted((code, other)))) == [
            ("investment", f"{code}>IN", "2023", 2_000_000_000, "USD")], adjective


# -- 12. another country's figure is not the same flow: no self-contradiction ------------------------------
def test_contre_with_its_own_country_is_that_countrys_figure() -> None:
    text = ("Les visiteurs italiens restent la première clientèle étrangère de l'hôtellerie maltaise, avec 900 000 "
            "arrivées en 2023 (+5 %), contre 700 000 pour les Britanniques.")
    # « la clientèle étrangère de l'hôtellerie maltaise » says Malta hosts them (round 3: « maltaise » after « de » is
    # no nationality of visitors), so the British visitors go to Malta
    assert briefs(text, "2024-03", ("IT", "MT")) == [
        ("tourists", "IT>MT", "2023", 900_000, "persons"), ("tourists", "GB>MT", "2023", 700_000, "persons"),
        ("tourists", "IT>MT", "2023", 1.05, "ratio", "2022")]
    # where the article says who hosts them, the British visitors go to that host
    assert briefs("Malte a accueilli 3 millions de touristes en 2023. " + text, "2024-03", ("IT", "MT")) == [
        ("tourists", "IT>MT", "2023", 900_000, "persons"), ("tourists", "GB>MT", "2023", 700_000, "persons"),
        ("tourists", "IT>MT", "2023", 1.05, "ratio", "2022")]
    # near-miss: « contre » with no country of its own is the same flow at another time
    assert briefs("Les visiteurs italiens à Malte ont été 900 000 en 2023, contre 700 000 en 2019.", "2024-03",
                  ("IT", "MT")) == [("tourists", "IT>MT", "2023", 900_000, "persons"),
                                    ("tourists", "IT>MT", "2019", 700_000, "persons")]


def test_a_figure_in_another_measure_after_the_flow_does_not_cost_it() -> None:
    assert briefs("Au premier semestre 2023, les échanges entre l'Algérie et l'Espagne avaient atteint 4,1 milliards de "
                  "dollars, relevant que le gazoduc Medgaz, d'une capacité de 10 milliards de m3 par an, fonctionnait à "
                  "plein.", "2024-02", ("DZ", "ES")) == [("trade", None, "2023-H1", 4_100_000_000, "USD")]


# -- the pair's flows in coordinated and compared items -------------------------------------------------
def test_respectively_survives_a_trailing_balance_with_its_own_metric() -> None:
    assert briefs("En 2023, les exportations chiliennes vers le Pérou et les importations en provenance de ce pays se "
                  "sont élevées respectivement à 2,5 milliards et 1,9 milliard de dollars, dégageant pour Santiago un "
                  "excédent de 600 millions.", "2024-03", ("CL", "PE"))[:2] == [
        ("exports", "CL>PE", "2023", 2_500_000_000, "USD"), ("imports", "PE>CL", "2023", 1_900_000_000, "USD")]


def test_contre_another_metric_is_the_same_reporters_other_flow() -> None:
    assert briefs("En 2023, les exportations thaïlandaises vers la Malaisie ont atteint 13 milliards de dollars, contre "
                  "11 milliards de dollars d'importations.", "2024-03", ("MY", "TH")) == [
        ("exports", "TH>MY", "2023", 13_000_000_000, "USD"), ("imports", "MY>TH", "2023", 11_000_000_000, "USD")]


def test_the_second_end_of_entre_is_no_new_subject() -> None:
    assert briefs("Les échanges entre le Maroc et le royaume ibérique voisin se sont élevés à 20 milliards d'euros en "
                  "2023.", "2024-03", ("ES", "MA")) == [("trade", None, "2023", 20_000_000_000, "EUR")]
    assert briefs("Les échanges entre le Danemark et le royaume se sont élevés à 8 milliards d'euros en 2023.",
                  "2024-03", ("DK", "GB")) == [("trade", None, "2023", 8_000_000_000, "EUR")]


def test_a_cumulated_capital_is_an_investment_not_the_trade_before_it() -> None:
    assert full("La Corée est le deuxième partenaire commercial de l'Indonésie, avec des échanges de 20 milliards de "
                "dollars en 2023, et son cinquième investisseur, avec un capital cumulé de plus de 15 milliards de "
                "dollars.", "2024-03", ("ID", "KR")) == [
        ("trade", None, "2023", 20_000_000_000, "USD", "exact", "actual"),
        ("investment", "KR>ID", "2023-12", 15_000_000_000, "USD", "more_than", "actual")]


def test_the_country_of_origin_and_the_host_in_other_words() -> None:
    assert briefs("L'Allemagne reste le premier pays d'origine des touristes en Tunisie, avec 1,1 million d'arrivées "
                  "en 2023.", "2024-03", ("DE", "TN")) == [("tourists", "DE>TN", "2023", 1_100_000, "persons")]
    assert briefs("L'Allemagne a envoyé 1,1 million de touristes en Tunisie en 2023.", "2024-03", ("DE", "TN")) == [
        ("tourists", "DE>TN", "2023", 1_100_000, "persons")]
    # « habitants » counts the host's people, it does not make the visitors residents
    assert briefs("La Tunisie a accueilli 1,1 million de touristes allemands en 2023, soit un pour dix habitants.",
                  "2024-03", ("DE", "TN")) == [("tourists", "DE>TN", "2023", 1_100_000, "persons")]


# == round 2 =============================================================================================
# -- people expelled, deported or turned back are not arrivals -------------------------------------------
def test_people_expelled_deported_or_turned_back_are_not_arrivals() -> None:
    for text in ("La Mauritanie, qui a expulsé près de 30 000 Maliens en 2023, reste un partenaire clé de Bamako.",
                 "Quelque 12 000 Maliens ont été rapatriés de Mauritanie en 2023, selon l'OIM.",
                 "En 2023, 8 500 Maliens ont été refoulés à la frontière mauritanienne.",
                 "La Mauritanie comptait en 2023 quelque 150 000 Maliens, pour la plupart des migrants économiques.",
                 "Les expulsions ont concerné 30 000 Maliens en 2023."):
        assert briefs(text, "2024-03", ("ML", "MR")) == [], text
        assert reasons(text, "2024-03", ("ML", "MR")) == ["not-arrivals"], text
    # near-miss: visitors who came and went
    assert full("Quelque 30 000 Maliens ont visité la Mauritanie en 2023.", "2024-03", ("ML", "MR")) == [
        ("tourists", "ML>MR", "2023", 30_000, "persons", "approx", "actual")]


# -- « absorber pour », « écouler », « acheter pour »: flow verbs ------------------------------------------
def test_absorbed_goods_are_the_exporters_sales_to_the_subject() -> None:
    assert full("En 2023, le Niger avait absorbé pour 210 milliards de FCFA de marchandises béninoises.", "2024-03",
                ("BJ", "NE")) == [("exports", "BJ>NE", "2023", 210_000_000_000, "XOF", "exact", "actual")]
    assert full("L'an dernier, les Émirats ont absorbé pour 4,2 milliards de dollars de produits kényans.", "2024-03",
                ("AE", "KE")) == [("exports", "KE>AE", "2023", 4_200_000_000, "USD", "exact", "actual")]
    # near-miss: « absorbe 18 % des exportations » is a share, not a flow verb
    assert briefs("Le Niger absorbe 18 % des exportations béninoises.", "2024-03", ("BJ", "NE")) == []


def test_sold_off_and_bought_for_are_flows() -> None:
    assert full("En 2023, le Bénin a écoulé pour 210 milliards de FCFA de marchandises au Niger.", "2024-03",
                ("BJ", "NE")) == [("exports", "BJ>NE", "2023", 210_000_000_000, "XOF", "exact", "actual")]
    assert full("Le Niger achète pour quelque 200 milliards de FCFA par an au Bénin.", "2024-03", ("BJ", "NE")) == [
        ("imports", "BJ>NE", "2023", 200_000_000_000, "XOF", "approx", "actual")]
    # near-miss: « ont écoulé 900 000 voitures » counts goods, « l'exercice écoulé » is a time: no flow verb
    assert reasons("En 2023, les constructeurs chinois ont écoulé 900 000 voitures au Kazakhstan.", "2024-03",
                   ("CN", "KZ")) == ["count"]
    assert full("Les importations béninoises en provenance du Niger ont atteint 40 milliards de FCFA sur l'exercice "
                "écoulé, clos fin décembre 2023.", "2024-03", ("BJ", "NE"))[0][:2] == ("imports", "NE>BJ")


# -- investment verbs and the assets held in the other country ------------------------------------------------
def test_investment_verbs_in_every_form() -> None:
    for verb in ("investira", "investirait", "prévoit d'investir", "ambitionne d'investir"):
        found = full(f"Le Japon {verb} 5 milliards de dollars au Vietnam d'ici 2028.", "2024-03", ("JP", "VN"))
        assert [c[:5] for c in found] == [("investment", "JP>VN", "2028", 5_000_000_000, "USD")], verb
    # an infinitive with no target or forecast word says an intent, not which kind: left out, never actual
    assert reasons("Le fonds souverain japonais s'est par ailleurs engagé à investir 5 milliards de dollars au "
                   "Vietnam.", "2024-03", ("JP", "VN")) == ["open-target"]
    assert full("En 2023, les groupes japonais investissaient 2 milliards de dollars au Vietnam.", "2024-03",
                ("JP", "VN")) == [("investment", "JP>VN", "2023", 2_000_000_000, "USD", "exact", "actual")]


def test_assets_held_in_the_other_country_are_an_investment_stock() -> None:
    assert full("Le Koweït détient au Maroc des actifs estimés à plus de 6 milliards de dollars.", "2024-03",
                ("KW", "MA")) == [("investment", "KW>MA", "2024-03", 6_000_000_000, "USD", "more_than", "actual")]
    assert full("Le fonds souverain émirati détient des participations de 3 milliards de dollars en Égypte.",
                "2024-03", ("AE", "EG")) == [("investment", "AE>EG", "2024-03", 3_000_000_000, "USD", "exact", "actual")]
    # near-miss: « très actifs » (the adjective) says nothing of what the figure counts
    assert full("Les échanges entre le Kenya et l'Ouganda, très actifs, ont atteint 3 milliards de dollars en 2023.",
                "2024-03", ("KE", "UG")) == [("trade", None, "2023", 3_000_000_000, "USD", "exact", "actual")]


# -- a neutral « solde » signed by its clause --------------------------------------------------------------
def test_a_negative_or_positive_balance_is_the_reporters() -> None:
    text = ("En 2023, les exportations italiennes vers la Tunisie se sont établies à 4,1 milliards d'euros, quand les "
            "importations en provenance de Tunisie ont atteint 3,2 milliards d'euros, soit un solde {} de 900 "
            "millions.")
    for sign, direction in (("positif", "IT>TN"), ("excédentaire", "IT>TN")):
        assert full(text.format(sign), "2024-03", ("IT", "TN")) == [
            ("exports", "IT>TN", "2023", 4_100_000_000, "EUR", "exact", "actual"),
            ("imports", "TN>IT", "2023", 3_200_000_000, "EUR", "exact", "actual"),
            ("balance", direction, "2023", 900_000_000, "EUR", "exact", "actual")], sign
    text = ("En 2023, les exportations tunisiennes vers l'Italie se sont établies à 3,2 milliards d'euros, quand les "
            "importations en provenance d'Italie ont atteint 4,1 milliards d'euros, soit un solde {} de 900 millions.")
    for sign in ("négatif", "déficitaire"):
        assert full(text.format(sign), "2024-03", ("IT", "TN"))[-1] == (
            "balance", "IT>TN", "2023", 900_000_000, "EUR", "exact", "actual"), sign
    assert full("Le solde reste favorable à Tunis, à 900 millions d'euros en 2023.", "2024-03", ("IT", "TN")) == [
        ("balance", "TN>IT", "2023", 900_000_000, "EUR", "exact", "actual")]
    # near-miss: a « solde » whose sign nothing gives is left out
    assert reasons("En 2023, le solde des échanges entre l'Italie et la Tunisie s'est établi à 900 millions d'euros.",
                   "2024-03", ("IT", "TN")) == ["no-direction"]


# -- a figure « selon » one country's statistics is that country's report of the flow --------------------------
def test_a_figure_from_the_other_countrys_statistics_is_its_report_of_the_flow() -> None:
    # Germany's statistics office counts France's purchases as Germany's exports to France
    assert full("Selon l'office fédéral de la statistique Destatis, la Pologne est le 5e client de l'Allemagne, avec "
                "des achats de 95 milliards d'euros en 2023.", "2024-03", ("DE", "PL")) == [
        ("exports", "DE>PL", "2023", 95_000_000_000, "EUR", "exact", "actual")]
    # the customs of the importer count the other's exports as their imports
    assert full("Selon les douanes chinoises, les exportations russes vers la Chine ont atteint 129 milliards de "
                "dollars en 2023.", "2024-03", ("CN", "RU")) == [
        ("imports", "RU>CN", "2023", 129_000_000_000, "USD", "exact", "actual")]
    assert full("Les ventes maliennes à la Guinée ont atteint 95 milliards de francs CFA en 2023, d'après "
                "l'Institut national de la statistique de Guinée.", "2024-03", ("GN", "ML")) == [
        ("imports", "ML>GN", "2023", 95_000_000_000, "XOF", "exact", "actual")]


def test_the_reporters_own_statistics_or_no_statistics_keep_the_metric() -> None:
    # the source is the flow's own reporter
    assert full("Selon les douanes chinoises, les exportations chinoises vers la Russie ont atteint 111 milliards de "
                "dollars en 2023, et les importations 129 milliards.", "2024-03", ("CN", "RU")) == [
        ("exports", "CN>RU", "2023", 111_000_000_000, "USD", "exact", "actual"),
        ("imports", "RU>CN", "2023", 129_000_000_000, "USD", "exact", "actual")]
    # a minister is no statistics office; two countries' customs name no single source
    assert full("Les ventes maliennes à la Guinée ont atteint 95 milliards de francs CFA en 2023, selon le ministre "
                "guinéen du Commerce.", "2024-03", ("GN", "ML")) == [
        ("exports", "ML>GN", "2023", 95_000_000_000, "XOF", "exact", "actual")]
    # (both stay exports, the same flow twice, not flipped one by one: the figure whose words date it is kept, the
    # one that only takes its year from it left out)
    text = ("Les exportations russes vers la Chine ont atteint 129 milliards de dollars en 2023 selon les douanes "
            "chinoises, et 121 milliards selon les douanes russes.")
    assert reasons(text, "2024-03", ("CN", "RU")) == ["self-contradiction"]
    assert full(text, "2024-03", ("CN", "RU")) == [
        ("exports", "RU>CN", "2023", 129_000_000_000, "USD", "exact", "actual")]


# -- a source's name in an aside is not the figure's metric ----------------------------------------------------
def test_an_aside_naming_the_source_does_not_hide_a_part_of_the_flow() -> None:
    for text in ("À Gamboma, le commerce informel de poisson séché porterait, selon la Chambre de commerce, sur "
                 "quelque 20 milliards de FCFA en 2023.",
                 "Le commerce frontalier entre les deux Congo a atteint, d'après le ministère du Commerce, 35 milliards "
                 "de FCFA en 2023."):
        assert briefs(text, "2024-03", ("CD", "CG")) == [], text
        assert reasons(text, "2024-03", ("CD", "CG")) == ["product-line"], text
    # near-miss: the whole flow, with the same aside
    assert full("Les échanges entre les deux Congo ont atteint, selon le ministère du Commerce, 35 milliards de FCFA "
                "en 2023.", "2024-03", ("CD", "CG")) == [
        ("trade", None, "2023", 35_000_000_000, "XAF", "exact", "actual")]


# -- a project's cost, a budget or a loan is not a flow --------------------------------------------------------
def test_a_cost_a_budget_or_a_loan_is_not_a_flow_and_leaves_the_flow_alone() -> None:
    text = ("Les deux pays veulent porter leurs échanges à 800 millions de dollars d'ici 2027 et ont relancé le "
            "projet de pont sur le fleuve Congo, dont le coût est estimé à 550 millions de dollars.")
    assert full(text, "2024-03", ("CD", "CG")) == [("trade", None, "2027", 800_000_000, "USD", "exact", "target")]
    assert reasons(text, "2024-03", ("CD", "CG")) == ["not-a-flow"]
    for phrase in ("une enveloppe de 200 millions d'euros", "un prêt de 200 millions d'euros",
                   "un financement de 200 millions d'euros", "un budget de 200 millions d'euros"):
        text = (f"En 2023, les exportations françaises vers le Sénégal ont atteint 1,2 milliard d'euros, et Paris a "
                f"annoncé {phrase} pour le port de Dakar.")
        assert full(text, "2024-03", ("FR", "SN")) == [
            ("exports", "FR>SN", "2023", 1_200_000_000, "EUR", "exact", "actual")], phrase
        assert reasons(text, "2024-03", ("FR", "SN")) == ["not-a-flow"], phrase
    # near-miss: « le coût des importations » names the flow; « à bas coût » says nothing of the figure
    assert full("En 2023, le coût des importations sénégalaises en provenance de France a atteint 1,2 milliard "
                "d'euros.", "2024-03", ("FR", "SN")) == [
        ("imports", "FR>SN", "2023", 1_200_000_000, "EUR", "exact", "actual")]
    assert full("Les compagnies à bas coût assurent 12 vols par semaine entre la France et le Sénégal.", "2024-03",
                ("FR", "SN")) == [("flights", None, "2024-03", 12, "flights/week", "exact", "actual")]


# -- « au total » in a clause about the pair is the pair's total ----------------------------------------------
def test_in_total_in_a_clause_about_the_pair_is_the_pairs_total() -> None:
    assert full("Au total, les échanges bilatéraux ont atteint 1,4 milliard de dollars en 2023.", "2024-03",
                ("KE", "TZ")) == [("trade", None, "2023", 1_400_000_000, "USD", "exact", "actual")]
    assert full("Au total, les échanges de biens entre les deux voisins se sont élevés à 1,4 milliard de dollars en "
                "2023.", "2024-03", ("KE", "TZ")) == [("trade", None, "2023", 1_400_000_000, "USD", "exact", "actual")]
    assert full("Kenya Airways et Air Tanzania assurent au total 40 vols hebdomadaires entre les deux pays.", "2024-03",
                ("KE", "TZ")) == [("flights", None, "2024-03", 40, "flights/week", "exact", "actual")]
    assert full("Globalement, le commerce bilatéral a reculé à 1,4 milliard de dollars en 2023.", "2024-03",
                ("KE", "TZ")) == [("trade", None, "2023", 1_400_000_000, "USD", "exact", "actual")]


def test_in_total_without_the_pair_stays_a_national_total() -> None:
    assert reasons("Au total, le Kenya a exporté pour 7,2 milliards de dollars de marchandises en 2023.", "2024-03",
                   ("KE", "TZ")) == ["national-total"]
    # « bilatéraux » in another clause does not make the country's total the pair's
    assert reasons("Les échanges bilatéraux ont progressé ; au total, le Kenya a exporté pour 7,2 milliards de dollars "
                   "de marchandises en 2023.", "2024-03", ("KE", "TZ")) == ["national-total"]
    # a word of the world stays national whatever the clause
    assert reasons("Les exportations kényanes vers les deux pays voisins et dans le monde ont atteint 7,2 milliards de "
                   "dollars en 2023.", "2024-03", ("KE", "TZ")) == ["national-total"]


# -- a third partner named right before a figure's parenthesis or in its item ------------------------------------
def test_a_figure_after_a_third_partner_belongs_to_that_pair() -> None:
    text = ("En 2023, les échanges entre le Maroc et l'Espagne ont atteint 21 milliards d'euros, loin devant ceux "
            "conclus avec le Portugal (3,1 milliards) et, plus loin encore, avec l'Italie (2,4 milliards).")
    assert full(text, "2024-03", ("ES", "MA")) == [("trade", None, "2023", 21_000_000_000, "EUR", "exact", "actual")]
    assert reasons(text, "2024-03", ("ES", "MA")) == ["another-pair", "another-pair"]
    text = ("En 2023, le commerce entre le Maroc et l'Espagne a atteint 21 milliards d'euros, contre 3,1 milliards "
            "avec le Portugal.")
    assert full(text, "2024-03", ("ES", "MA")) == [("trade", None, "2023", 21_000_000_000, "EUR", "exact", "actual")]
    assert reasons(text, "2024-03", ("ES", "MA")) == ["another-pair"]


def test_a_figure_whose_phrase_names_the_pair_is_the_pairs_whatever_else_the_clause_names() -> None:
    text = ("En 2023, les échanges entre les deux voisins ont atteint 21 milliards d'euros, selon les données publiées "
            "à Madrid, loin devant ceux conclus avec le Portugal (3,1 milliards).")
    assert full(text, "2024-03", ("ES", "MA")) == [("trade", None, "2023", 21_000_000_000, "EUR", "exact", "actual")]
    assert reasons(text, "2024-03", ("ES", "MA")) == ["another-pair"]
    # near-miss: a clause that names third countries and not the pair leaves its figure out
    assert reasons("En 2023, le Portugal et la France ont échangé 3,1 milliards d'euros avec le Maroc.", "2024-03",
                   ("ES", "MA")) == ["another-pair"]


def test_a_parenthesis_after_the_pairs_partner_stays_the_pairs() -> None:
    assert full("En 2023, l'Espagne a consolidé ses échanges avec le Maroc (21 milliards d'euros), devant le "
                "Portugal.", "2024-03", ("ES", "MA")) == [
        ("trade", None, "2023", 21_000_000_000, "EUR", "exact", "actual")]
    assert full("En 2023, les échanges entre le Maroc et l'Espagne ont atteint 21 milliards d'euros, contre 19 "
                "milliards en 2022.", "2024-03", ("ES", "MA")) == [
        ("trade", None, "2023", 21_000_000_000, "EUR", "exact", "actual"),
        ("trade", None, "2022", 19_000_000_000, "EUR", "exact", "actual")]


# -- a city in a route's name is a place, not a country acting in the flow --------------------------------------
def test_a_capital_in_a_routes_name_is_no_third_country() -> None:
    for route in ("le corridor Abidjan-Lagos", "l'axe routier Abidjan–Lagos", "la ligne ferroviaire Dakar-Bamako-Niamey"):
        text = f"Le Ghana et le Togo visent à porter leurs échanges à 2 milliards de dollars d'ici 2027, grâce à {route}."
        assert full(text, "2024-03", ("GH", "TG")) == [
            ("trade", None, "2027", 2_000_000_000, "USD", "exact", "target")], route
    # a relative clause after the route speaks of the route
    assert reasons("Les échanges entre le Ghana et le Togo misent sur le corridor Abidjan-Lagos, dont le coût est "
                   "estimé à 15 milliards de dollars.", "2024-03", ("GH", "TG")) == ["not-a-flow"]


def test_a_capital_that_stands_for_its_state_or_ends_a_flight_route_still_counts() -> None:
    # a third country's capital as an actor leaves the pair's figure out
    assert reasons("Abidjan et Lagos visent à porter leurs échanges à 2 milliards de dollars d'ici 2027.", "2024-03",
                   ("GH", "TG")) == ["another-pair"]
    # the ends of a flight route are the countries the flights join
    assert reasons("Air France opère sept vols hebdomadaires sur la ligne Paris-Dakar.", "2024-03",
                   ("FR", "VN")) == ["another-pair"]
    assert full("Air France opère sept vols hebdomadaires sur la ligne Paris-Hanoï.", "2024-03", ("FR", "VN")) == [
        ("flights", None, "2024-03", 7, "flights/week", "exact", "actual")]


# -- a count of flights for one route, when the sentence gives another route its own count ------------------------
def test_a_count_the_sentence_splits_into_routes_is_one_routes() -> None:
    for text in ("Air Sénégal opère 12 vols hebdomadaires entre Dakar et Paris, auxquels s'ajoutent quatre vols "
                 "par semaine vers Marseille.",
                 "Air France assure 12 vols par semaine vers Dakar et trois vers Ziguinchor.",
                 "Corsair propose 12 vols hebdomadaires à destination de Dakar, et 4 vols hebdomadaires à destination "
                 "de Cap Skirring."):
        assert briefs(text, "2024-03", ("FR", "SN")) == [], text
        assert reasons(text, "2024-03", ("FR", "SN"))[0] == "one-route", text


def test_a_count_with_a_comparison_or_a_part_stays_the_pairs() -> None:
    assert full("Air Sénégal et Air France assurent 16 vols hebdomadaires entre Dakar et Paris, contre 12 vers Paris "
                "en 2019.", "2024-03", ("FR", "SN"))[0] == (
        "flights", None, "2024-03", 16, "flights/week", "exact", "actual")
    assert full("Air Sénégal et Air France assurent 16 vols hebdomadaires entre les deux pays, dont 10 opérés par Air "
                "France.", "2024-03", ("FR", "SN"))[0] == (
        "flights", None, "2024-03", 16, "flights/week", "exact", "actual")
    # a later count of something else is no other route
    assert full("Air France assure 12 vols par semaine entre Paris et Dakar, qui ont transporté 300 000 passagers vers "
                "Ziguinchor et Saint-Louis.", "2024-03", ("FR", "SN"))[0] == (
        "flights", None, "2024-03", 12, "flights/week", "exact", "actual")


# -- « en revanche » inside a predicate leaves the subject with its figure --------------------------------------
def test_an_adverb_inside_the_predicate_does_not_cut_the_subject_from_its_figure() -> None:
    text = ("En 2023, les exportations ivoiriennes vers le Ghana ont atteint 900 millions de dollars. Les importations "
            "en provenance du Ghana, essentiellement des produits pétroliers, restent en revanche modestes, à 400 "
            "millions de dollars.")
    assert full(text, "2024-03", ("CI", "GH")) == [
        ("exports", "CI>GH", "2023", 900_000_000, "USD", "exact", "actual"),
        ("imports", "GH>CI", "2023", 400_000_000, "USD", "exact", "actual")]
    # near-miss: after a pause it still opens a clause, out of reach of the forecast before it
    assert full("Les exportations ivoiriennes vers le Ghana devraient atteindre 900 millions de dollars en 2025, en "
                "revanche les importations en provenance du Ghana ont atteint 400 millions en 2023.", "2024-03",
                ("CI", "GH")) == [("exports", "CI>GH", "2025", 900_000_000, "USD", "exact", "forecast"),
                                  ("imports", "GH>CI", "2023", 400_000_000, "USD", "exact", "actual")]


# -- a pronoun after a colon speaks of the clause's subject -----------------------------------------------------
def test_a_pronoun_after_a_colon_takes_the_countries_of_the_subject_before() -> None:
    for pause in (":", ";"):
        text = (f"Les ventes togolaises au Ghana – clinker, phosphates, ciment – restent modestes {pause} elles n'ont "
                f"pas dépassé 224 millions de dollars en 2023.")
        assert full(text, "2024-03", ("GH", "TG")) == [
            ("exports", "TG>GH", "2023", 224_000_000, "USD", "at_most", "actual")], pause
    # near-miss: a clause with a subject of its own is read from its own words
    assert full("Les ventes togolaises au Ghana restent modestes : le Ghana, lui, a exporté pour 518 millions de "
                "dollars de marchandises en 2023.", "2024-03", ("GH", "TG")) == [
        ("exports", "GH>TG", "2023", 518_000_000, "USD", "exact", "actual")]


# -- « son voisin », « son partenaire » with no adjective: the pair's other country; « son pays »: its own -----------
def test_a_neighbour_or_partner_without_an_adjective_is_the_other_country_of_the_pair() -> None:
    assert full("En 2023, les importations du Togo en provenance de son grand voisin ont atteint 90 milliards de FCFA.",
                "2024-03", ("GH", "TG")) == [("imports", "GH>TG", "2023", 90_000_000_000, "XOF", "exact", "actual")]
    assert full("En 2023, les exportations ghanéennes vers le Togo ont atteint 518 millions de dollars, tandis que les "
                "importations du Ghana en provenance de son voisin oriental se sont limitées à 224 millions.", "2024-03",
                ("GH", "TG")) == [("exports", "GH>TG", "2023", 518_000_000, "USD", "exact", "actual"),
                                  ("imports", "TG>GH", "2023", 224_000_000, "USD", "exact", "actual")]
    assert full("En 2023, les ventes tunisiennes au voisin de l'Est ont totalisé 3,4 milliards de dinars tunisiens.",
                "2024-03", ("LY", "TN")) == [("exports", "TN>LY", "2023", 3_400_000_000, "TND", "exact", "actual")]
    assert full("En 2023, le Ghana a exporté pour 518 millions de dollars vers le Togo et a importé de son partenaire "
                "pour 224 millions.", "2024-03", ("GH", "TG"))[-1] == (
        "imports", "TG>GH", "2023", 224_000_000, "USD", "exact", "actual")


def test_his_country_is_the_country_spoken_of() -> None:
    assert full("Le président ivoirien a annoncé que son pays investirait 2 milliards de dollars au Ghana d'ici 2030.",
                "2024-03", ("CI", "GH"))[0][:4] == ("investment", "CI>GH", "2030", 2_000_000_000)


def test_a_neighbour_in_an_apposition_or_of_a_third_country_is_not_read_so() -> None:
    # an apposition names its country already
    assert full("En 2023, le Ghana a exporté vers le Togo, son voisin oriental, pour 518 millions de dollars de "
                "marchandises.", "2024-03", ("GH", "TG")) == [
        ("exports", "GH>TG", "2023", 518_000_000, "USD", "exact", "actual")]
    # the neighbour of a third country is no country of the pair
    assert briefs("En 2023, les importations du Burkina Faso en provenance de son voisin ont atteint 90 milliards de "
                  "FCFA.", "2024-03", ("GH", "TG")) == []


# -- « l'émirat », « le Royaume »: the one country of the pair of that kind ----------------------------------------
def test_the_kind_of_state_names_the_one_country_of_the_pair_of_that_kind() -> None:
    assert full("L'émirat détient au Maroc des actifs estimés à 6 milliards de dollars.", "2024-03", ("KW", "MA")) == [
        ("investment", "KW>MA", "2024-03", 6_000_000_000, "USD", "exact", "actual")]
    assert full("En 2023, le Royaume a accueilli 1,2 million de visiteurs vietnamiens.", "2024-03", ("TH", "VN")) == [
        ("tourists", "VN>TH", "2023", 1_200_000, "persons", "exact", "actual")]
    assert full("En 2023, les exportations vietnamiennes vers le royaume ont atteint 12 milliards de dollars.",
                "2024-03", ("TH", "VN")) == [("exports", "VN>TH", "2023", 12_000_000_000, "USD", "exact", "actual")]


def test_the_kind_of_state_names_nothing_when_both_are_of_that_kind() -> None:
    # Morocco and Spain are both kingdoms: « du Royaume » says neither
    assert reasons("En 2023, les importations espagnoles du Royaume ont atteint 9 milliards d'euros.", "2024-03",
                   ("ES", "MA")) == ["one-country-only"]
    # « le Royaume-Uni » is a name, « au royaume du Maroc » names its country
    assert full("Les exportations françaises vers le Royaume-Uni ont atteint 40 milliards d'euros en 2023.", "2024-03",
                ("FR", "GB")) == [("exports", "FR>GB", "2023", 40_000_000_000, "EUR", "exact", "actual")]


# -- the investor is the clause's subject, past an aside; « injecter » ---------------------------------------------
def test_the_investor_is_the_subject_before_an_aside() -> None:
    assert full("Le Maroc, premier investisseur africain du pays, a investi 2 milliards de dollars en Côte d'Ivoire en "
                "2023.", "2024-03", ("CI", "MA")) == [
        ("investment", "MA>CI", "2023", 2_000_000_000, "USD", "exact", "actual")]
    assert full("Les entreprises turques, très présentes dans le textile, ont investi quelque 2,5 milliards de dollars "
                "en Égypte en 2023.", "2024-03", ("EG", "TR")) == [
        ("investment", "TR>EG", "2023", 2_500_000_000, "USD", "approx", "actual")]
    assert full("En 2023, les entreprises françaises ont injecté 180 millions de dollars dans 51 nouveaux projets au "
                "Vietnam.", "2024-06", ("FR", "VN")) == [
        ("investment", "FR>VN", "2023", 180_000_000, "USD", "exact", "actual")]
    # near-miss: a country in the aside is not the investor
    assert reasons("Les investisseurs, attirés par la stabilité du Maroc, ont investi 2 milliards de dollars en Côte "
                   "d'Ivoire en 2023.", "2024-03", ("CI", "MA")) == ["no-origin"]


def test_in_the_country_after_one_countrys_flow_is_the_other() -> None:
    assert full("Le stock d'investissements directs coréens dans le pays s'élevait à 8 milliards de dollars fin 2022.",
                "2024-03", ("KR", "VN")) == [("investment", "KR>VN", "2022-12", 8_000_000_000, "USD", "exact", "actual")]
    # near-miss: the foreign investors of no country named
    assert reasons("Le stock d'investissements étrangers dans le pays s'élevait à 80 milliards de dollars fin 2022.",
                   "2024-03", ("KR", "VN")) == ["national-total"]


def test_one_countrys_balance_with_the_world_or_its_current_account_is_no_balance_of_the_pair() -> None:
    assert reasons("Le déficit commercial du Sénégal a atteint 3 000 milliards de FCFA en 2023.", "2024-03",
                   ("ML", "SN")) == ["one-country-only"]
    assert reasons("Les échanges entre le Sénégal et le Mali ont atteint 650 milliards de FCFA en 2023. Le solde courant "
                   "du Sénégal est resté négatif, à 1 200 milliards de FCFA.", "2024-03", ("ML", "SN")) == [
        "national-total"]
    # near-miss: a balance with the partner named, or in a sentence about the pair
    assert full("En 2023, le déficit commercial du Sénégal avec le Mali a atteint 30 milliards de FCFA.", "2024-03",
                ("ML", "SN")) == [("balance", "ML>SN", "2023", 30_000_000_000, "XOF", "exact", "actual")]


# == round 3 ========================================================================================================
# -- short forms of country names the press uses --------------------------------------------------------------------
def test_short_forms_of_country_names_are_the_country() -> None:
    assert full("En 2023, les exportations du Burkina vers le Ghana se sont chiffrées à 412 millions de dollars.",
                "2024-03", ("BF", "GH")) == [("exports", "BF>GH", "2023", 412_000_000, "USD", "exact", "actual")]
    assert full("Les ventes camerounaises à la Centrafrique ont atteint 180 milliards de francs CFA en 2023.",
                "2024-05", ("CF", "CM")) == [("exports", "CM>CF", "2023", 180_000_000_000, "XAF", "exact", "actual")]
    assert full("En 2022, les importations rwandaises en provenance de la RD Congo ont atteint 95 millions de dollars.",
                "2023-05", ("CD", "RW")) == [("imports", "CD>RW", "2022", 95_000_000, "USD", "exact", "actual")]
    assert full("Le commerce entre la Serbie et la Bosnie a atteint 1,9 milliard d'euros en 2023.", "2024-05",
                ("BA", "RS")) == [("trade", None, "2023", 1_900_000_000, "EUR", "exact", "actual")]
    # near-miss: the full name keeps its reading
    assert full("En 2023, les exportations du Burkina Faso vers le Ghana se sont chiffrées à 412 millions de dollars.",
                "2024-03", ("BF", "GH")) == [("exports", "BF>GH", "2023", 412_000_000, "USD", "exact", "actual")]


# -- a group of countries or a region of the world is no country of the pair ------------------------------------------
def test_a_relative_clause_on_a_group_of_countries_is_not_the_pairs() -> None:
    assert reasons("En 2023, le Japon est resté le troisième partenaire commercial de la Corée après l'ASEAN, dont les "
                   "échanges avec la Corée ont atteint 190 milliards de dollars.", "2024-04", ("JP", "KR")) == [
        "another-pair"]
    assert reasons("Le Maroc est le deuxième client du Sénégal après l'Union européenne, dont les achats au Sénégal ont "
                   "atteint 1 100 milliards de FCFA en 2023.", "2024-04", ("MA", "SN")) == ["another-pair"]
    assert reasons("La Côte d'Ivoire reste le premier fournisseur du Mali après la CEDEAO, avec laquelle les échanges "
                   "du pays ont atteint 2 000 milliards de FCFA en 2023.", "2024-04", ("CI", "ML")) == ["another-pair"]


def test_a_flow_with_a_group_of_countries_is_not_the_pairs() -> None:
    assert reasons("En 2023, les échanges entre le Brésil et le Mercosur ont atteint 40 milliards de dollars.", "2024-04",
                   ("AR", "BR")) == ["another-pair"]
    assert reasons("En 2023, les exportations indiennes vers les pays du Golfe ont atteint 57 milliards de dollars.",
                   "2024-04", ("AE", "IN")) == ["another-pair"]
    assert reasons("Les investissements chinois en Amérique latine ont atteint 12 milliards de dollars en 2023.",
                   "2024-04", ("BR", "CN")) == ["another-pair"]


def test_a_country_named_like_a_region_and_a_region_in_another_phrase_keep_their_reading() -> None:
    # « l'Afrique du Sud » is a country, not « l'Afrique »
    assert full("En 2023, les exportations chinoises vers l'Afrique du Sud ont atteint 24 milliards de dollars.",
                "2024-04", ("CN", "ZA")) == [("exports", "CN>ZA", "2023", 24_000_000_000, "USD", "exact", "actual")]
    # a relative clause on a third country stays another pair's, as before
    assert reasons("En 2023, le Japon est resté le troisième partenaire commercial de la Corée après la Chine, dont les "
                   "échanges avec la Corée ont atteint 267 milliards de dollars.", "2024-04", ("JP", "KR")) == [
        "another-pair"]
    # a region a relative clause names for another noun leaves the pair's trade alone
    assert full("Pour 2024, les deux pays tablent sur des échanges de 900 milliards de FCFA, dont une partie du pétrole "
                "pourrait être écoulée vers l'Asie.", "2024-04", ("CI", "SN")) == [
        ("trade", None, "2024", 900_000_000_000, "XOF", "exact", "forecast")]


# -- a figure in brackets right after a third country is that country's, whatever the metric --------------------------
def test_a_figure_in_brackets_after_a_third_country_is_not_the_pairs() -> None:
    assert reasons("En 2024, le Pérou est devenu le 4e client des exportations chiliennes, derrière la Chine (38 "
                   "milliards de dollars) et les États-Unis.", "2025-03", ("CL", "PE")) == ["another-pair"]
    assert reasons("Les importations sénégalaises en provenance du Mali restent loin derrière celles venues de France "
                   "(près de 1 000 milliards de FCFA en 2023).", "2024-04", ("ML", "SN")) == ["another-pair"]
    assert reasons("Les investissements français au Maroc ont reculé en 2023, au profit de l'Espagne (2,1 milliards "
                   "d'euros).", "2024-04", ("FR", "MA")) == ["another-pair"]


def test_a_figure_in_brackets_after_a_country_of_the_pair_or_a_nationality_of_visitors_keeps_its_reading() -> None:
    # after the pair's own country
    assert full("En 2024, le Chili est resté le 3e marché des exportations péruviennes, derrière la Chine et les "
                "États-Unis, devant la Corée du Sud (2,1 milliards de dollars), alors que les ventes au Chili (1,9 "
                "milliard) ont reculé.", "2025-03", ("CL", "PE"))[-1][:4] == ("exports", "PE>CL", "2024", 1_900_000_000)
    # visitors of a third country go to the host, as before
    assert full("En 2023, la Tunisie a accueilli 9,4 millions de visiteurs, dont les Allemands (329 243) et les "
                "Français (1,1 million).", "2024-03", ("FR", "TN")) == [
        ("tourists", "DE>TN", "2023", 329_243, "persons", "exact", "actual"),
        ("tourists", "FR>TN", "2023", 1_100_000, "persons", "exact", "actual")]


# -- « les ventes X sur le marché Y »: the market is where the goods go ------------------------------------------------
def test_the_market_a_flow_is_sold_on_is_its_destination() -> None:
    assert full("Au premier semestre 2023, les ventes ivoiriennes sur le marché ghanéen ont reculé à 410 millions de "
                "dollars.", "2023-09", ("CI", "GH")) == [("exports", "CI>GH", "2023-H1", 410_000_000, "USD", "exact",
                                                          "actual")]
    assert full("En 2023, les exportations turques sur le marché égyptien ont atteint 4,1 milliards de dollars.",
                "2024-04", ("EG", "TR")) == [("exports", "TR>EG", "2023", 4_100_000_000, "USD", "exact", "actual")]
    # imports are bought on the market named
    assert full("En 2023, les achats kényans sur le marché éthiopien ont atteint 120 millions de dollars.", "2024-04",
                ("ET", "KE")) == [("imports", "ET>KE", "2023", 120_000_000, "USD", "exact", "actual")]


def test_a_market_of_visitors_still_says_where_they_come_from() -> None:
    # near-miss: in tourism « le marché russe » is the visitors' origin
    assert full("En 2023, le marché russe a représenté 1,2 million d'arrivées en Turquie, selon le ministère.",
                "2024-04", ("RU", "TR"))[0][:4] == ("tourists", "RU>TR", "2023", 1_200_000)


# -- a metric word in an institution's name is not what a figure counts -----------------------------------------------
def test_a_metric_word_in_an_institutions_name_is_no_metric() -> None:
    assert briefs("Les échanges ont atteint 9 milliards d'euros en 2023. La Chambre de commerce belgo-congolaise "
                  "compte quelque 300 sociétés membres.", "2024-04", ("BE", "CD")) == [
        ("trade", None, "2023", 9_000_000_000, "EUR")]
    assert briefs("Les échanges ont atteint 9 milliards d'euros en 2023. La Chambre de commerce belgo-congolaise "
                  "compte plus de 300 membres.", "2024-04", ("BE", "CD")) == [
        ("trade", None, "2023", 9_000_000_000, "EUR")]
    assert reasons("En 2023, l'Organisation mondiale du commerce a versé 3 millions de dollars au Tchad.", "2024-04",
                   ("CM", "TD")) == ["no-metric"]
    assert reasons("En 2023, l'Agence marocaine de développement des investissements a reçu 4 millions d'euros de la "
                   "Côte d'Ivoire.", "2024-04", ("CI", "MA")) == ["no-metric"]


def test_the_metric_beside_an_institution_is_still_read() -> None:
    # near-miss: the metric is a word of its own after the institution's name
    assert full("Selon le ministère du Commerce, les exportations marocaines vers la France ont atteint 12 milliards "
                "d'euros en 2023.", "2024-04", ("FR", "MA")) == [
        ("exports", "MA>FR", "2023", 12_000_000_000, "EUR", "exact", "actual")]
    assert full("Le ministre salue la hausse des exportations marocaines vers la France, à 12 milliards d'euros en "
                "2023.", "2024-04", ("FR", "MA")) == [
        ("exports", "MA>FR", "2023", 12_000_000_000, "EUR", "exact", "actual")]


# -- a part of one country (a canton, a province, a region, a city) is not the country --------------------------------
def test_a_region_or_its_adjective_is_a_part_of_the_country() -> None:
    assert reasons("En 2023, les exportations vaudoises vers l'Allemagne ont atteint 2,4 milliards de francs.",
                   "2024-04", ("CH", "DE")) == ["region"]
    assert reasons("La province de l'Ontario a exporté pour 1,2 milliard de dollars américains vers le Mexique en 2023.", "2024-04",
                   ("CA", "MX")) == ["region"]
    assert reasons("En 2023, les touristes québécois ont été 1,1 million à visiter la France.", "2024-04",
                   ("CA", "FR")) == ["region"]
    assert reasons("Le gouvernement flamand vise 30 milliards d'euros d'exportations flamandes vers les Pays-Bas d'ici "
                   "à 2030.", "2024-04", ("BE", "NL")) == ["region"]


def test_an_institutions_regional_adjective_leaves_the_flow_whole() -> None:
    # near-miss: « l'institut bâlois » names who forecasts, not a part of the flow
    assert full("Pour 2024, l'institut bâlois Konjunktur table sur des exportations suisses vers l'Allemagne de 60 "
                "milliards de francs.", "2024-04", ("CH", "DE")) == [
        ("exports", "CH>DE", "2024", 60_000_000_000, "CHF", "exact", "forecast")]


# -- the flights of one airport, and a new route to a city, are one route's -------------------------------------------
def test_a_count_of_flights_at_one_airport_or_to_a_city_is_one_routes() -> None:
    assert reasons("À l'aéroport de Bruxelles, Brussels Airlines propose 40 vols par semaine vers cinq villes "
                   "africaines.", "2024-04", ("BE", "CD")) == ["one-route"]
    assert reasons("Royal Air Maroc prévoit d'ouvrir quatre fréquences hebdomadaires vers Ziguinchor dès juin.",
                   "2024-04", ("MA", "SN")) == ["one-route"]
    assert full("Les deux compagnies proposent 12 vols hebdomadaires entre les deux pays, et prévoient d'ouvrir deux "
                "fréquences hebdomadaires vers Kisangani.", "2024-04", ("CD", "RW")) == [
        ("flights", None, "2024-04", 12, "flights/week", "exact", "actual")]


def test_a_count_of_flights_between_the_two_or_to_a_capital_stays_the_pairs() -> None:
    assert full("Royal Air Maroc assure désormais 14 vols hebdomadaires vers Dakar.", "2024-04", ("MA", "SN")) == [
        ("flights", None, "2024-04", 14, "flights/week", "exact", "actual")]
    assert full("Entre les aéroports des deux pays, 25 vols par semaine sont désormais assurés.", "2024-04",
                ("MA", "SN")) == [("flights", None, "2024-04", 25, "flights/week", "exact", "actual")]


# -- a second figure that is not the pair's flow is left out alone, not as a self-contradiction ------------------------
def test_the_whole_a_part_is_taken_of_is_a_national_total() -> None:
    assert full("En 2023, l'Allemagne a envoyé 1,9 million de touristes en Espagne, sur un total de 85 millions de "
                "visiteurs.", "2024-04", ("DE", "ES")) == [
        ("tourists", "DE>ES", "2023", 1_900_000, "persons", "exact", "actual")]
    assert full("En 2023, les Chinois ont été 3,5 millions à visiter la Thaïlande sur les 28 millions de visiteurs "
                "accueillis par le royaume.", "2024-04", ("CN", "TH")) == [
        ("tourists", "CN>TH", "2023", 3_500_000, "persons", "exact", "actual")]
    assert reasons("En 2023, l'Allemagne a envoyé 1,9 million de touristes en Espagne, sur un total de 85 millions de "
                   "visiteurs.", "2024-04", ("DE", "ES")) == ["national-total"]


def test_a_whole_that_is_the_pairs_stays_the_pairs() -> None:
    # near-miss: « sur les … entre les deux pays » opening the sentence is the pair's total
    assert full("Sur les 12 milliards d'euros d'échanges entre les deux pays en 2023, les exportations espagnoles ont "
                "représenté 7 milliards.", "2024-04", ("ES", "MA")) == [
        ("trade", None, "2023", 12_000_000_000, "EUR", "exact", "actual"),
        ("exports", "ES>MA", "2023", 7_000_000_000, "EUR", "exact", "actual")]


def test_a_figure_whose_own_item_names_a_third_country_is_not_the_pairs() -> None:
    assert full("Le stock d'investissements espagnols au Maroc, de 9 milliards d'euros à la fin de 2022, reste modeste "
                "au regard des 30 milliards investis au Mexique.", "2024-04", ("ES", "MA")) == [
        ("investment", "ES>MA", "2022-12", 9_000_000_000, "EUR", "exact", "actual")]
    assert full("En 2023, les exportations turques vers l'Irak ont atteint 12 milliards de dollars, loin devant les 3 "
                "milliards expédiés vers la Syrie.", "2024-04", ("IQ", "TR")) == [
        ("exports", "TR>IQ", "2023", 12_000_000_000, "USD", "exact", "actual")]


def test_a_fraction_of_one_countrys_exports_is_taken_of_its_national_total() -> None:
    assert reasons("Les montres ont représenté en 2023 près d'un cinquième des exportations suisses, qui ont atteint "
                   "280 milliards de francs.", "2024-04", ("CH", "FR")) == ["national-total"]
    # near-miss: the whole names its partner, the pair's flow
    assert full("Genève a réalisé en 2023 près d'un cinquième des exportations suisses vers la France, qui ont atteint "
                "20,6 milliards de francs.", "2024-04", ("CH", "FR")) == [
        ("exports", "CH>FR", "2023", 20_600_000_000, "CHF", "exact", "actual")]


# -- an earlier target and the current one in one sentence are no self-contradiction ----------------------------------
def test_an_earlier_target_is_left_out_and_the_current_one_read() -> None:
    text = ("En 2015, l'Inde et les Émirats s'étaient fixé pour objectif de porter leurs échanges à 60 milliards de "
            "dollars, et New Delhi évoque désormais 100 milliards.")
    assert full(text, "2024-04", ("AE", "IN")) == [
        ("trade", None, "2024-04/..", 100_000_000_000, "USD", "exact", "target")]
    assert reasons(text, "2024-04", ("AE", "IN")) == ["open-target"]


def test_a_target_set_in_the_past_with_its_deadline_or_two_forecasts_keep_their_reading() -> None:
    # near-miss: the deadline is said
    assert full("En 2015, l'Inde et les Émirats s'étaient fixé pour objectif de porter leurs échanges à 60 milliards de "
                "dollars d'ici 2020.", "2024-04", ("AE", "IN")) == [
        ("trade", None, "2020", 60_000_000_000, "USD", "exact", "target")]
    # near-miss: two metrics after one forecast cue keep its year
    assert full("En 2030, les exportations turques vers la Grèce devraient atteindre 5 milliards de dollars et les "
                "importations 3 milliards.", "2024-04", ("GR", "TR")) == [
        ("exports", "TR>GR", "2030", 5_000_000_000, "USD", "exact", "forecast"),
        ("imports", "GR>TR", "2030", 3_000_000_000, "USD", "exact", "forecast")]


# -- back-references: « son voisin », « du royaume voisin », « du pays », a source's country -----------------------------
def test_the_neighbour_after_a_country_made_into_a_market_is_the_other() -> None:
    assert full("Les exportations kényanes vers l'Ouganda ont atteint 1,1 milliard de dollars en 2023, ce qui fait de "
                "l'Ouganda le premier marché du pays, tandis que les importations en provenance de son voisin se sont "
                "élevées à 450 millions.", "2024-04", ("KE", "UG")) == [
        ("exports", "KE>UG", "2023", 1_100_000_000, "USD", "exact", "actual"),
        ("imports", "UG>KE", "2023", 450_000_000, "USD", "exact", "actual")]


def test_the_neighbouring_kingdom_or_country_is_the_pairs_other() -> None:
    assert full("En 2023, les importations du Maroc en provenance du royaume voisin se sont élevées à 13 milliards "
                "d'euros.", "2024-04", ("ES", "MA")) == [
        ("imports", "ES>MA", "2023", 13_000_000_000, "EUR", "exact", "actual")]
    assert full("En 2023, les exportations ivoiriennes vers le pays voisin ont atteint 500 milliards de FCFA.",
                "2024-04", ("BF", "CI")) == [("exports", "CI>BF", "2023", 500_000_000_000, "XOF", "exact", "actual")]


def test_the_country_of_a_ranking_is_the_pairs_other() -> None:
    assert full("La Corée est le deuxième investisseur étranger du pays, avec 1,4 milliard de dollars en 2023.",
                "2024-04", ("KR", "VN")) == [("investment", "KR>VN", "2023", 1_400_000_000, "USD", "exact", "actual")]
    # near-miss: « le pays » alone names nothing
    assert reasons("Le stock d'investissements étrangers dans le pays s'élevait à 80 milliards de dollars fin 2022.",
                   "2024-03", ("KR", "VN")) == ["national-total"]


def test_a_sources_or_an_institutions_country_or_a_datelines_city_is_no_end_of_the_flow() -> None:
    assert full("Kuala Lumpur, 3 mars (AFP) - La Malaisie est restée le premier investisseur étranger en Indonésie en "
                "2023, avec 4,1 milliards de dollars, selon le ministère indonésien de l'Investissement.", "2024-04",
                ("ID", "MY")) == [("investment", "MY>ID", "2023", 4_100_000_000, "USD", "exact", "actual")]
    assert full("Jakarta (VNA) - La Malaisie est restée le premier investisseur étranger en Indonésie en 2023, avec 4,1 "
                "milliards de dollars d'investissements directs.", "2024-04", ("ID", "MY")) == [
        ("investment", "MY>ID", "2023", 4_100_000_000, "USD", "exact", "actual")]
    assert full("La Malaisie est restée le premier investisseur étranger en Indonésie en 2023, avec 4,1 milliards de "
                "dollars, selon le ministère indonésien de l'Investissement.", "2024-04", ("ID", "MY")) == [
        ("investment", "MY>ID", "2023", 4_100_000_000, "USD", "exact", "actual")]


# -- a product in a cause or an addition is no product line ------------------------------------------------------------
def test_a_product_in_a_cause_or_an_addition_leaves_the_flow_whole() -> None:
    assert full("Tirées par les livraisons de cacao, les exportations ivoiriennes vers les Pays-Bas ont atteint 3,1 "
                "milliards d'euros en 2023.", "2024-04", ("CI", "NL")) == [
        ("exports", "CI>NL", "2023", 3_100_000_000, "EUR", "exact", "actual")]
    assert full("En y ajoutant le pétrole et l'électricité, les ventes algériennes à la Tunisie ont atteint 2 milliards "
                "de dollars en 2023.", "2024-04", ("DZ", "TN")) == [
        ("exports", "DZ>TN", "2023", 2_000_000_000, "USD", "exact", "actual")]


def test_a_product_the_flow_is_named_by_stays_a_product_line() -> None:
    # near-miss: the product is the complement of the metric
    assert reasons("Les exportations de cacao ivoirien vers les Pays-Bas ont atteint 3,1 milliards d'euros en 2023.",
                   "2024-04", ("CI", "NL")) == ["product-line"]


# -- a change between a fronted figure and its subject does not hide the subject -----------------------------------------
def test_a_fronted_figure_with_its_change_takes_the_subject_after_them() -> None:
    assert full("Avec 2,3 millions d'arrivées en 2023, en hausse de 12 %, les touristes britanniques restent la "
                "première clientèle de l'Espagne.", "2024-04", ("ES", "GB")) == [
        ("tourists", "GB>ES", "2023", 2_300_000, "persons", "exact", "actual"),
        ("tourists", "GB>ES", "2023", 1.12, "ratio", "2022", "exact", "actual")]
    # near-miss: without the change, as before
    assert full("Avec 2,3 millions d'arrivées en 2023, les touristes britanniques restent la première clientèle de "
                "l'Espagne.", "2024-04", ("ES", "GB")) == [
        ("tourists", "GB>ES", "2023", 2_300_000, "persons", "exact", "actual")]


# -- a count of companies beside a flow is no flow and takes no currency ------------------------------------------------
def test_a_count_of_companies_beside_a_flow_is_left_out_alone() -> None:
    assert full("Les investissements turcs en Algérie sont estimés à environ 6 milliards de dollars, répartis entre "
                "quelque 1 400 entreprises.", "2024-04", ("DZ", "TR")) == [
        ("investment", "TR>DZ", "2024-04", 6_000_000_000, "USD", "approx", "actual")]
    assert reasons("Les investissements turcs en Algérie sont estimés à environ 6 milliards de dollars, répartis entre "
                   "quelque 1 400 entreprises.", "2024-04", ("DZ", "TR")) == ["count"]
    assert full("En 2023, les entreprises chinoises ont investi 25 milliards de dollars au Pakistan et créé 236 000 "
                "emplois.", "2024-04", ("CN", "PK")) == [
        ("investment", "CN>PK", "2023", 25_000_000_000, "USD", "exact", "actual")]


# -- a lowercase adjective spelt like a country's name is the adjective ---------------------------------------------------
def test_an_adjective_spelt_like_a_name_says_whose_flow_it_is_past_a_dash_incise() -> None:
    assert full("En 2023, les échanges entre les deux pays ont atteint 17 milliards de dollars, les exportations "
                "philippines - bananes, composants, bois - s'établissant à 7,8 milliards de dollars et les importations à "
                "9,2 milliards.", "2024-04", ("JP", "PH")) == [
        ("trade", None, "2023", 17_000_000_000, "USD", "exact", "actual"),
        ("exports", "PH>JP", "2023", 7_800_000_000, "USD", "exact", "actual"),
        ("imports", "JP>PH", "2023", 9_200_000_000, "USD", "exact", "actual")]
    # near-miss: the capitalised name stays the country
    assert full("En 2023, les exportations japonaises vers les Philippines ont atteint 9,2 milliards de dollars.",
                "2024-04", ("JP", "PH")) == [("exports", "JP>PH", "2023", 9_200_000_000, "USD", "exact", "actual")]


def test_the_host_of_visitors_is_not_read_from_an_adjective_of_another_noun() -> None:
    text = ("Les visiteurs allemands restent la première clientèle étrangère de l'hôtellerie suisse, avec 4,1 millions "
            "d'arrivées en 2023, contre 3,3 millions pour les Américains.")
    assert full(text, "2024-06", ("CH", "DE")) == [
        ("tourists", "DE>CH", "2023", 4_100_000, "persons", "exact", "actual"),
        ("tourists", "US>CH", "2023", 3_300_000, "persons", "exact", "actual")]
