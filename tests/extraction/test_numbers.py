"""French numbers in news sentences -> quantities (factcheck.extraction.numbers).

The sentences are written for these tests about other country pairs than the seed corpus, so the parser is
checked on text it was not tuned on. Each expectation gives the exact span text, value, unit and kind.
"""

from __future__ import annotations

import dataclasses
import re
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extraction.numbers import Quantity, find_quantities, parse_number

SOURCES = Path(__file__).resolve().parents[2] / "sources"

Row = tuple[str, int | float, str | None, str]


def read(text: str) -> list[Row]:
    """(span text, value, unit, kind) of each quantity, after checking spans, order and exact int values."""
    quantities = find_quantities(text)
    last = 0
    for quantity in quantities:
        start, end = quantity.span
        assert last <= start < end <= len(text)
        assert text[start:end] == quantity.text
        if isinstance(quantity.value, float):
            assert not quantity.value.is_integer(), f"{quantity.text!r}: an integral value must be an int"
        last = end
    return [(q.text, q.value, q.unit, q.kind) for q in quantities]


# --- sentences from bilateral news --------------------------------------------------------------------------

SENTENCES: list[tuple[str, list[Row]]] = [
    (
        "Les exportations marocaines vers le Sénégal ont atteint 2,3 milliards de dirhams en 2023, selon l'Office des "
        "changes.",
        [("2,3 milliards de dirhams", 2_300_000_000, "MAD", "money"), ("2023", 2023, None, "year")],
    ),
    (
        "Le commerce entre l'Inde et la France a atteint environ 15,1 milliards d'euros en 2024, en hausse de 7,5 % "
        "sur un an.",
        [("15,1 milliards d'euros", 15_100_000_000, "EUR", "money"), ("2024", 2024, None, "year"),
         ("7,5 %", 7.5, "%", "percent")],
    ),
    (
        "Les échanges sino-brésiliens ont dépassé 157 milliards de dollars américains en 2023, la Chine absorbant près "
        "d'un tiers des exportations du Brésil.",
        [("157 milliards de dollars américains", 157_000_000_000, "USD", "money"), ("2023", 2023, None, "year")],
    ),
    (
        "Plus de 6,2 millions de touristes allemands ont visité la Turquie l'an dernier, contre 5\u202f660\u202f000 en "
        "2022.",
        [("6,2 millions de touristes", 6_200_000, "persons", "measure"), ("5\u202f660\u202f000", 5_660_000, None, "number"),
         ("2022", 2022, None, "year")],
    ),
    (
        "Le fonds germano-turc pour l'innovation sera doté d'un demi-milliard de dollars.",
        [("un demi-milliard de dollars", 500_000_000, "USD", "money")],
    ),
    (
        "Ankara espère franchir le demi-milliard d'euros d'investissements allemands dès cette année.",
        [("demi-milliard d'euros", 500_000_000, "EUR", "money")],
    ),
    (
        "Les investissements japonais au Vietnam ont progressé de dix-huit pour cent au premier semestre.",
        [("dix-huit pour cent", 18, "%", "percent"), ("premier", 1, None, "ordinal")],
    ),
    (
        "Bpifrance a débloqué une enveloppe de 3 M€ pour les jeunes pousses franco-sénégalaises.",
        [("3 M€", 3_000_000, "EUR", "money")],
    ),
    (
        "Royal Air Maroc assure désormais 14 vols directs par semaine entre Casablanca et Dakar.",
        [("14 vols directs par semaine", 14, "flights/week", "measure")],
    ),
    (
        "Air India portera à 21 vols hebdomadaires sa desserte de Paris d'ici 2026.",
        [("21 vols hebdomadaires", 21, "flights/week", "measure"), ("2026", 2026, None, "year")],
    ),
    (
        "Le Sénégal a accueilli 150\u00a0000 touristes marocains en 2024, soit 12,5\u00a0% de plus qu'en 2023.",
        [("150\u00a0000 touristes", 150_000, "persons", "measure"), ("2024", 2024, None, "year"),
         ("12,5\u00a0%", 12.5, "%", "percent"), ("2023", 2023, None, "year")],
    ),
    (
        "Un milliard et demi de dollars d'investissements chinois sont attendus au Brésil.",
        [("Un milliard et demi de dollars", 1_500_000_000, "USD", "money")],
    ),
    (
        "Deux millions et demi de voyageurs allemands ont transité par Istanbul.",
        [("Deux millions et demi de voyageurs", 2_500_000, "persons", "measure")],
    ),
    (
        "Le partenariat devrait créer un quart de million d'emplois en Inde.",
        [("un quart de million", 250_000, None, "number")],
    ),
    (
        "La Turquie a vendu 1,25 million de tonnes de noisettes à l'Allemagne.",
        [("1,25 million de tonnes", 1_250_000, "tonnes", "measure")],
    ),
    (
        "Les relations diplomatiques remontent à mille neuf cent quatre-vingt-douze.",
        [("mille neuf cent quatre-vingt-douze", 1992, None, "number")],
    ),
    (
        "Les deux pays ont signé quatre-vingt-dix-sept accords et reçu deux cent mille visiteurs.",
        [("deux", 2, None, "number"), ("quatre-vingt-dix-sept", 97, None, "number"),
         ("deux cent mille visiteurs", 200_000, "persons", "measure")],
    ),
    (
        "Vingt et un pays africains ont rejoint l'initiative.",
        [("Vingt et un", 21, None, "number")],
    ),
    (
        "Le Maroc et le Sénégal ont signé un accord, et l'un des protocoles porte sur la pêche.",
        [],
    ),
    (
        "À Dakar, un dollar s'échangeait contre environ six cents francs CFA.",
        [("un dollar", 1, "USD", "money"), ("six cents francs CFA", 600, "XOF", "money")],
    ),
    (
        "Une centaine d'entreprises françaises et un millier de touristes indiens étaient présents.",
        [("Une centaine", 100, None, "number"), ("un millier de touristes", 1000, "persons", "measure")],
    ),
    (
        "Le forum s'est tenu les 6 et 7 mai 2025 à Rabat, puis le 4 juin à Dakar.",
        [("2025", 2025, None, "year")],
    ),
    (
        "L'Inde est le 2e partenaire commercial de la France en Asie du Sud, et le premier client de Dassault.",
        [("2e", 2, None, "ordinal"), ("premier", 1, None, "ordinal")],
    ),
    (
        "Le déploiement de la 5G, le sommet du G20 et l'après-COVID-19 ont pesé sur les commandes d'A320.",
        [],
    ),
    (
        "Les chiffres sont sur https://www.douane.gouv.fr/stats?annee=2023&part=30% depuis le 17/05/2024.",
        [],
    ),
    (
        "Les exportations indiennes de thé vers la Russie ont reculé de -9,23 % au troisième trimestre.",
        [("-9,23 %", -9.23, "%", "percent"), ("troisième", 3, None, "ordinal")],
    ),
    (
        "Les deux tiers des échanges et les trois quarts des investissements passent par Casablanca.",
        [],  # shares: the relation lexicon reads them
    ),
    (
        "La Banque mondiale prête 400 millions de tenges, Hanoï 20\u202f000 milliards de dongs, Moscou 500 millions de "
        "roubles et Pékin 2,3 milliards de yuans.",
        [("400 millions de tenges", 400_000_000, "KZT", "money"),
         ("20\u202f000 milliards de dongs", 20_000_000_000_000, "VND", "money"),
         ("500 millions de roubles", 500_000_000, "RUB", "money"),
         ("2,3 milliards de yuans", 2_300_000_000, "CNY", "money")],
    ),
    (
        "Le contrat Rafale porte sur 1,2 Md€, l'option sur 3 Mds $ et la maintenance sur 450 k€.",
        [("1,2 Md€", 1_200_000_000, "EUR", "money"), ("3 Mds $", 3_000_000_000, "USD", "money"),
         ("450 k€", 450_000, "EUR", "money")],
    ),
    (
        "Séoul évalue le projet à neuf billions de wons.",
        [("neuf billions de wons", 9_000_000_000_000, "KRW", "money")],
    ),
    (
        "Le visa coûte $80 à Delhi, 80 $ à Mumbai, 80$ à Goa et USD 80 en ligne.",
        [("$80", 80, "USD", "money"), ("80 $", 80, "USD", "money"), ("80$", 80, "USD", "money"),
         ("USD 80", 80, "USD", "money")],
    ),
    (
        "Le ticket de métro coûte 15 dollars et 15 cents à New York contre 2 euros et 10 centimes à Paris.",
        [("15 dollars et 15 cents", 15.15, "USD", "money"), ("2 euros et 10 centimes", 2.1, "EUR", "money")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES, ids=[text[:40] for text, _ in SENTENCES])
def test_reads_every_figure_of_a_news_sentence(text: str, expected: list[Row]) -> None:
    assert read(text) == expected


def test_a_figure_keeps_its_exact_span() -> None:
    text = "Le commerce a atteint 146,3 millions de dollars, en hausse de 18,4%."
    first, second = find_quantities(text)
    assert first.span == (22, 47) and first.text == "146,3 millions de dollars"
    assert second.span == (62, 67) and second.text == "18,4%"


# --- digits, the French way ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("146,3 millions", 146_300_000),  # exact, not 146.3 * 1e6 float noise
        ("1,5 milliard", 1_500_000_000),
        ("0,1 milliard", 100_000_000),
        ("150.000", 150_000),  # a dot followed by three digits groups thousands
        ("1.500", 1_500),
        ("1.5", 1.5),  # any other count of digits: an English decimal point
        ("5.00", 5),
        ("1 250 000", 1_250_000),
        ("1\u00a0250\u00a0000", 1_250_000),
        ("1\u202f250\u202f000,75", 1_250_000.75),
        ("6.700,54", 6_700.54),
        (",08", 0.08),
        ("-9,23", -9.23),
        ("+15", 15),
        ("2 millions", 2_000_000),
        ("2millions", 2_000_000),
        ("10 mille", 10_000),
        ("2,33k", 2_330),
        ("1 billion", 10**12),  # French long scale
        ("3 millions et demi", 3_500_000),
    ],
)
def test_reads_french_digits(text: str, value: int | float) -> None:
    assert parse_number(text) == value
    assert type(parse_number(text)) is type(value)


def test_a_space_separates_numbers_when_the_groups_do_not_fit() -> None:
    assert read("423 0000 et 2023 150 000") == [
        ("423", 423, None, "number"), ("0000", 0, None, "number"), ("2023", 2023, None, "year"),
        ("150 000", 150_000, None, "number"),
    ]


# --- words ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("cinq", 5),
        ("vingt et un", 21),
        ("vingt-et-un", 21),
        ("soixante et onze", 71),
        ("quatre-vingt-dix-sept", 97),
        ("quatre-vingts", 80),
        ("deux cent mille", 200_000),
        ("deux-cent-mille", 200_000),
        ("mille neuf cent quatre-vingt-douze", 1992),
        ("un milliard vingt-cinq millions", 1_025_000_000),
        ("cinquante et un million cinq cent soixante-dix-huit mille trois cent deux", 51_578_302),
        ("neuf billions sept cent quatre-vingt-neuf milliards", 9_789_000_000_000),
        ("douze virgule cinq", 12.5),
        ("zéro virgule deux million", 200_000),
        ("septante-cinq", 75),
        ("moins quinze", -15),
        ("un demi-milliard", 500_000_000),
        ("un milliard et demi", 1_500_000_000),
        ("deux tiers de million", Fraction(2, 3) * 10**6),
        ("cinq et un quart", 5.25),
        ("une demi-douzaine", 6),
        ("trois douzaines", 36),
        ("une centaine", 100),
        ("dix-huit pour cent", 18),
    ],
)
def test_reads_number_words(text: str, value: int | float | Fraction) -> None:
    if isinstance(value, Fraction):
        assert parse_number(text) == pytest.approx(float(value), rel=1e-12)
    else:
        assert parse_number(text) == value


@pytest.mark.parametrize(
    "text",
    [
        "un accord",  # an article
        "l'un comme l'autre",
        "le un",
        "C'est un logement neuf.",  # the adjective
        "un peu moins",
        "des millions de touristes",  # a scale alone
        "la moitié des échanges",  # a share: the relation lexicon reads it
        "un tiers",
    ],
)
def test_leaves_words_that_are_not_numbers(text: str) -> None:
    assert find_quantities(text) == []


def test_un_is_a_number_before_a_scale_a_unit_or_in_a_sequence() -> None:
    assert read("un milliard") == [("un milliard", 1_000_000_000, None, "number")]
    assert read("un euro") == [("un euro", 1, "EUR", "money")]
    assert read("un pour cent") == [("un pour cent", 1, "%", "percent")]
    assert [row[1] for row in read("un, deux, trois")] == [1, 2, 3]


def test_neuf_is_a_number_before_a_noun() -> None:
    assert read("Ils ont signé neuf accords.") == [("neuf", 9, None, "number")]


def test_moins_and_plus_are_signs_only_right_before_a_number() -> None:
    assert read("au moins trois accords") == [("trois", 3, None, "number")]
    assert read("plus ou moins 5 %") == [("5 %", 5, "%", "percent")]
    assert read("il faisait moins 5 à Berlin") == [("moins 5", -5, None, "number")]
    assert read("huit moins quatre") == [("huit", 8, None, "number"), ("quatre", 4, None, "number")]


# --- percentages, units, kinds ----------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["18,4 %", "18,4%", "18,4\u00a0%", "18,4 pour cent", "18,4 pour-cent", "18,4 pourcents"])
def test_percentages_keep_the_percentage_number(text: str) -> None:
    assert read(text) == [(text, 18.4, "%", "percent")]


def test_a_currency_sign_followed_by_an_iso_code_takes_the_code() -> None:
    assert read("16,4 millions de $CAD") == [("16,4 millions de $CAD", 16_400_000, "CAD", "money")]
    assert read("150 millions de $ usd") == [("150 millions de $ usd", 150_000_000, "USD", "money")]


def test_units_match_without_regard_to_case_or_accents() -> None:
    assert read("5 DOLLARS AMERICAINS") == [("5 DOLLARS AMERICAINS", 5, "USD", "money")]
    assert read("300 Arrivees") == [("300 Arrivees", 300, "persons", "measure")]


def test_a_year_is_four_plain_digits_with_nothing_attached() -> None:
    assert read("en 2023") == [("2023", 2023, None, "year")]
    assert read("2 000 tonnes") == [("2 000 tonnes", 2000, "tonnes", "measure")]
    assert read("2000 $") == [("2000 $", 2000, "USD", "money")]
    assert read("2023 visiteurs") == [("2023 visiteurs", 2023, "persons", "measure")]
    assert read("1850") == [("1850", 1850, None, "number")]


def test_a_quantity_is_immutable() -> None:
    quantity = find_quantities("5 euros")[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        quantity.value = 6  # type: ignore[misc]
    assert quantity == Quantity((0, 7), "5 euros", 5, "EUR", "money")


def test_parse_number_wants_exactly_one_quantity() -> None:
    assert parse_number("  1,5 milliard ") == 1_500_000_000
    assert parse_number("5 et 6") is None
    assert parse_number("un accord") is None
    assert parse_number("") is None


# --- properties ---------------------------------------------------------------------------------------------------

SEPARATORS = ["", " ", "\u00a0", "\u202f", "."]


def french(value: Decimal, separator: str) -> str:
    """`value` written the French way: thousands grouped by `separator`, decimal comma."""
    integer, _, decimals = f"{abs(value):f}".partition(".")
    groups: list[str] = []
    while len(integer) > 3:
        groups.insert(0, integer[-3:])
        integer = integer[:-3]
    groups.insert(0, integer)
    written = separator.join(groups) + (f",{decimals}" if decimals else "")
    return f"-{written}" if value < 0 else written


def exact(value: Decimal) -> int | float:
    fraction = Fraction(value)
    return int(fraction) if fraction.denominator == 1 else float(fraction)


numbers = st.one_of(
    st.integers(min_value=-(10**15), max_value=10**15).map(Decimal),
    st.decimals(min_value=-(10**9), max_value=10**9, places=2, allow_nan=False, allow_infinity=False),
    st.decimals(min_value=0, max_value=10**6, places=5, allow_nan=False, allow_infinity=False),
)


@settings(max_examples=300, deadline=None)
@given(value=numbers, separator=st.sampled_from(SEPARATORS))
def test_any_french_written_number_reads_back_whole(value: Decimal, separator: str) -> None:
    written = french(value, separator)
    text = f"Le montant atteint {written} selon la banque centrale."
    quantities = find_quantities(text)
    assert len(quantities) == 1, (written, quantities)
    start = text.index(written)
    assert quantities[0].span == (start, start + len(written))
    assert quantities[0].value == exact(value)


@settings(max_examples=200, deadline=None)
@given(
    value=st.decimals(min_value=0, max_value=999, places=1, allow_nan=False, allow_infinity=False),
    scale=st.sampled_from([("millions", 10**6), ("milliards", 10**9)]),
    currency=st.sampled_from([("de dollars", "USD"), ("d'euros", "EUR"), ("de dirhams", "MAD")]),
)
def test_amounts_with_a_scale_are_exact(value: Decimal, scale: tuple[str, int], currency: tuple[str, str]) -> None:
    written = f"{french(value, ' ')} {scale[0]} {currency[0]}"
    assert read(f"soit {written}.") == [(written, exact(value * scale[1]), currency[1], "money")]


PIECES = list("0123456789 ,.-+%$€/\u00a0\u202fkM") + [
    "un ", "deux", "cent", "mille", "millions", "milliard", "billion", "et demi", " de dollars", " d'euros", "pour cent",
    "vingt-et-un", "neuf", "moins ", "quart", "demi-", "virgule ", "1er", "mai", "premier", "centimes", "http://a.b/",
    "Md", "USD", "touristes", "dizaine", "zéro", "ième", "\n",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=25).map("".join))
def test_never_fails_and_spans_stay_in_order(text: str) -> None:
    read(text)


# --- the shipped sources: every digit is read (the code never saw them as cases) -------------------------------

_DATE_LINE = re.compile(r"\A date \d{4}-\d{2}")
_DAY = re.compile(r"\d{1,2}(?:\s+et\s+\d{1,2})*\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre"
                  r"|octobre|novembre|décembre)")


@pytest.mark.parametrize("path", sorted(SOURCES.glob("*.txt")), ids=lambda path: path.stem)
def test_every_digit_of_the_sources_belongs_to_a_quantity(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    covered = [quantity.span for quantity in find_quantities(text)]
    skipped = [match.span() for match in _DAY.finditer(text)] + [match.span() for match in _DATE_LINE.finditer(text)]
    for digit in re.finditer(r"\d+", text):
        inside = any(start <= digit.start() and digit.end() <= end for start, end in covered + skipped)
        assert inside, f"{path.name}: {text[max(0, digit.start() - 30):digit.end() + 30]!r}"


# --- currencies the press writes in words, signs and codes ---------------------------------------------------

CURRENCIES: list[tuple[str, str, int | float, str]] = [
    ("Oslo a versé 250 millions de couronnes norvégiennes au fonds.", "250 millions de couronnes norvégiennes",
     250_000_000, "NOK"),
    ("Stockholm prête 4 milliards de couronnes suédoises à Kiev.", "4 milliards de couronnes suedoises", 0, "SEK"),
    ("Le port d'Aarhus a investi 900 millions de couronnes danoises.", "900 millions de couronnes danoises",
     900_000_000, "DKK"),
    ("Londres débloque 1,5 milliard de livres sterling pour l'Ukraine.", "1,5 milliard de livres sterling",
     1_500_000_000, "GBP"),
    ("Ottawa consacre 16,4 millions de dollars canadiens au programme.", "16,4 millions de dollars canadiens",
     16_400_000, "CAD"),
    ("Québec annonce un fonds de 12 M$ CA pour le Sénégal.", "12 M$ CA", 12_000_000, "CAD"),
    ("Hydro-Québec a signé pour 300 millions $ CAN avec le Vermont.", "300 millions $ CAN", 300_000_000, "CAD"),
    ("Le groupe a levé 10,05 milliards de dollars de Hong Kong.", "10,05 milliards de dollars de Hong Kong",
     10_050_000_000, "HKD"),
    ("Le billet coûte 80 $ HK à Kowloon.", "80 $ HK", 80, "HKD"),
    ("Canberra a promis 2 milliards de dollars australiens à Jakarta.", "2 milliards de dollars australiens",
     2_000_000_000, "AUD"),
    ("Genève facture 40 millions de francs suisses à l'agence.", "40 millions de francs suisses", 40_000_000, "CHF"),
    ("Tokyo prête 300 milliards de yens à New Delhi.", "300 milliards de yens", 300_000_000_000, "JPY"),
    ("New Delhi a investi 5 000 milliards de roupies indiennes.", "5 000 milliards de roupies indiennes",
     5_000_000_000_000, "INR"),
    ("Séoul a engagé 3 000 milliards de wons au Vietnam.", "3 000 milliards de wons", 3_000_000_000_000, "KRW"),
    ("Le contrat vaut 12 000 milliards de dongs.", "12 000 milliards de dongs", 12_000_000_000_000, "VND"),
    ("Pretoria a reçu 15 milliards de rands de Pékin.", "15 milliards de rands", 15_000_000_000, "ZAR"),
    ("Abuja a budgété 800 milliards de nairas pour le port.", "800 milliards de nairas", 800_000_000_000, "NGN"),
    ("Vientiane a collecté 2 000 milliards de kips.", "2 000 milliards de kips", 2_000_000_000_000, "LAK"),
    ("Phnom Penh a prêté 40 milliards de riels.", "40 milliards de riels", 40_000_000_000, "KHR"),
    ("Bangkok a déboursé 9 milliards de bahts.", "9 milliards de bahts", 9_000_000_000, "THB"),
    ("Tel-Aviv a signé pour 3 milliards de shekels.", "3 milliards de shekels", 3_000_000_000, "ILS"),
    ("Varsovie investit 20 milliards de zlotys dans le rail.", "20 milliards de zlotys", 20_000_000_000, "PLN"),
    ("Mexico a émis 1,2 milliard de pesos mexicains.", "1,2 milliard de pesos mexicains", 1_200_000_000, "MXN"),
    ("Le Caire a obtenu 50 milliards de livres égyptiennes.", "50 milliards de livres égyptiennes",
     50_000_000_000, "EGP"),
    ("Koweït a placé 2 milliards de dinars koweïtiens à Londres.", "2 milliards de dinars koweïtiens",
     2_000_000_000, "KWD"),
    ("Wellington a versé NZ$ 40 aux réfugiés.", "NZ$ 40", 40, "NZD"),
    ("Le forfait vaut 2 000 ₦ à Lagos.", "2 000 ₦", 2000, "NGN"),
    ("Pékin a levé 2,5 milliards d'USD et 3 milliards de RMB.", "2,5 milliards d'USD", 2_500_000_000, "USD"),
]


@pytest.mark.parametrize(("text", "span", "value", "unit"), CURRENCIES, ids=[unit for *_, unit in CURRENCIES])
def test_reads_the_currencies_the_press_writes(text: str, span: str, value: int | float, unit: str) -> None:
    money = [q for q in find_quantities(text) if q.kind == "money"]
    assert money, text
    first = money[0]
    assert (first.unit, first.kind) == (unit, "money")
    if value:  # "suedoises" above is written without its accent: the span is as written
        assert (first.text, first.value) == (span, value)


def test_a_short_mark_after_a_dollar_sign_is_read_only_in_capitals() -> None:
    """« $ CA » is Canadian, « $ au total » and « $ ça suffit » are US dollars followed by French words."""
    assert [(q.text, q.unit) for q in find_quantities("Il a payé 10 $ AU, puis 10 $ au total.")] == \
        [("10 $ AU", "AUD"), ("10 $", "USD")]
    assert [(q.text, q.unit) for q in find_quantities("Comptez 5 $ ça suffit.")] == [("5 $", "USD")]


# --- decimals read digit by digit after « virgule » -----------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("huit cent dix-huit virgule trois zéro trois", 818.303),
        ("douze virgule zéro cinq", 12.05),
        ("quarante-deux virgule sept un", 42.71),
        ("moins trois virgule deux zéro zéro quatre", -3.2004),
        ("dix-neuf virgule treize treize", 19.1313),
        ("zéro virgule zéro zéro sept", 0.007),
        ("deux virgule cinq", 2.5),  # one digit: as before
        ("trois virgule quatorze", 3.14),  # a number after virgule stays one group
    ],
)
def test_digits_after_virgule_are_read_one_by_one(text: str, value: float) -> None:
    assert read(text) == [(text, value, None, "number")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le taux est de six virgule cinq, trois ans plus tard.", [("six virgule cinq", 6.5), ("trois", 3)]),
        ("Il a noté quatre virgule deux et cinq sur dix.", [("quatre virgule deux", 4.2), ("cinq", 5), ("dix", 10)]),
        ("Il a compté un virgule cinq deux cents fois.", [("un virgule cinq", 1.5), ("deux cents", 200)]),
    ],
)
def test_a_comma_et_or_a_number_above_99_ends_the_decimals(text: str, expected: list[tuple[str, float]]) -> None:
    assert [(q.text, q.value) for q in find_quantities(text)] == expected


# --- what real articles write: press abbreviations, groupings, numbers in two parts --------------------------

@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("Le Ghana a exporté pour 2 Md$ de cacao vers la Suisse.", "2 Md$", 2_000_000_000, "USD"),
        ("Le Kenya vise 4 Mds d'euros d'échanges avec l'Allemagne.", "4 Mds d'euros", 4_000_000_000, "EUR"),
        ("L'Égypte a reçu 1,8 Md€ de Rome.", "1,8 Md€", 1_800_000_000, "EUR"),
        ("Berlin a versé 3 Mrd € à Varsovie.", "3 Mrd €", 3_000_000_000, "EUR"),
        ("Les ventes du Chili au Pérou ont atteint 2.4 Mds $.", "2.4 Mds $", 2_400_000_000, "USD"),  # English point
        ("Le Togo a importé du Bénin pour 1.440 milliards FCFA.", "1.440 milliards FCFA", 1_440_000_000_000, "XOF"),
        ("Lima a exporté 2.75 millions de tonnes de cuivre.", "2.75 millions de tonnes", 2_750_000, "tonnes"),
        ("Le Mali a importé 350 milliards de FCFA de biens.", "350 milliards de FCFA", 350_000_000_000, "XOF"),
        ("Le Niger a vendu pour 95 milliards Fcfa d'oignons.", "95 milliards Fcfa", 95_000_000_000, "XOF"),
        ("Dakar a reçu 20 milliards F CFA de Lomé.", "20 milliards F CFA", 20_000_000_000, "XOF"),
        ("Bamako a emprunté 70 milliards de francs CFA.", "70 milliards de francs CFA", 70_000_000_000, "XOF"),
        ("Le fonds égypto-saoudien atteint le demi-milliard de dollars.", "demi-milliard de dollars",
         500_000_000, "USD"),
        ("Les échanges indo-émiratis ont franchi la barre des 80 milliards de dollars.",
         "80 milliards de dollars", 80_000_000_000, "USD"),
        ("La Grèce a accueilli 10 millions 412 330 visiteurs.", "10 millions 412 330 visiteurs", 10_412_330,
         "persons"),
        ("Le Portugal a reçu 1 million 61 904 touristes brésiliens.", "1 million 61 904 touristes", 1_061_904,
         "persons"),
        ("La Norvège a investi 1 milliard 300 millions d'euros.", "1 milliard 300 millions d'euros",
         1_300_000_000, "EUR"),
        ("L'Égypte a enregistré 1,6 million d'entrées de touristes polonais.", "1,6 million d'entrées", 1_600_000,
         "persons"),  # border statistics count arrivals as « entrées »
        ("Sfax a reçu un prêt de 350 MDT de la Banque mondiale.", "350 MDT", 350_000_000, "TND"),
        ("Oran a signé pour 250 MDA avec Madrid.", "250 MDA", 250_000_000, "DZD"),
        ("Tanger Med a levé 4 MMDH auprès de banques chinoises.", "4 MMDH", 4_000_000_000, "MAD"),
        ("Le fonds belge a investi 12 MEUR au Rwanda.", "12 MEUR", 12_000_000, "EUR"),
        ("Ottawa promet 1,2 G$ au Mexique.", "1,2 G$", 1_200_000_000, "USD"),
        ("Le loyer atteint 90 000 DA à Alger.", "90 000 DA", 90_000, "DZD"),
    ],
)
def test_reads_what_real_articles_write(text: str, span: str, value: int, unit: str) -> None:
    quantity = next(q for q in find_quantities(text) if q.unit is not None)
    assert (quantity.text, quantity.value, quantity.unit) == (span, value, unit)


def test_abbreviations_that_are_no_scale_here_stay_apart() -> None:
    """« la 5G », « MM. Diallo et Ba » (Messieurs), « 5 MW », « en 2023 Da Nang »: no scale, no currency."""
    assert read("La 5G arrive au Ghana.") == []
    assert read("Ils étaient 3 MM. Diallo et Ba.") == [("3", 3, None, "number")]
    assert read("Une centrale de 5 MW à Kigali.") == [("5", 5, None, "number")]
    assert read("En 2023 Da Nang a accueilli le forum.") == [("2023", 2023, None, "year")]


def test_a_year_or_a_comma_ends_a_number_in_two_parts() -> None:
    assert read("L'Irlande comptait 3 millions 2024 compris.")[:2] == [
        ("3 millions", 3_000_000, None, "number"), ("2024", 2024, None, "year")]
    assert [q.text for q in find_quantities("Il y avait 2 millions, 300 000 de plus qu'avant.")] == \
        ["2 millions", "300 000"]


def test_a_space_lost_after_a_short_word_does_not_hide_the_figure() -> None:
    """« de21,6% », « et186,96 milliards »: scraped pages lose the space after a word; « A320 » and « G20 »
    are names, and a code glued to digits is a currency (« USD1,23 »)."""
    text = "Les ventes ont reculé de21,6% à 80 milliards et186,96 milliards de dollars, hors A320 et G20."
    assert [(q.text, q.value) for q in find_quantities(text)] == [
        ("21,6%", 21.6), ("80 milliards", 80_000_000_000), ("186,96 milliards de dollars", 186_960_000_000)]
    assert read("USD1,23") == [("USD1,23", 1.23, "USD", "money")]
    assert read("Les ventes ont atteint 4,2 milliards dedollars.") == [
        ("4,2 milliards dedollars", 4_200_000_000, "USD", "money")]
    assert read("Il a reçu 3 millions demandes.") == [("3 millions", 3_000_000, None, "number")]


# --- currency words that name several currencies, resolved by the article's countries -------------------------

@pytest.mark.parametrize(
    ("text", "countries", "unit"),
    [
        ("Les exportations ont atteint 3,2 milliards de dinars.", ("TN", "DE"), "TND"),
        ("Les exportations ont atteint 3,2 milliards de dinars.", ("DZ", "CN"), "DZD"),
        ("Le Koweït a investi 400 millions de dinars.", ("KW", "EG"), "KWD"),
        ("Rabat a importé pour 26 milliards de dirhams.", ("MA", "PT"), "MAD"),
        ("Dubaï a investi 26 milliards de dirhams.", ("AE", "IN"), "AED"),
        ("Les recettes ont atteint 26 milliards de dirhams.", (), "MAD"),  # the press default
        ("Yaoundé a emprunté 120 milliards de FCFA.", ("CM", "FR"), "XAF"),
        ("Libreville a reçu 45 milliards de francs CFA.", ("GA", "CN"), "XAF"),
        ("Abidjan a reçu 45 milliards de francs CFA.", ("CI", "CN"), "XOF"),
        ("Les échanges ont atteint 485 milliards de francs.", ("SN", "CN"), "XOF"),
        ("Les échanges ont atteint 4 milliards de francs.", ("CH", "DE"), "CHF"),
        ("Le contrat vaut 2 milliards de dollars.", ("KE", "IN"), "USD"),
        ("Le Caire a levé 40 milliards de livres.", ("EG", "SA"), "EGP"),
        ("La City a levé 40 milliards de livres.", ("GB", "FR"), "GBP"),
        ("Copenhague a investi 900 millions de couronnes.", ("DK", "DE"), "DKK"),
        ("Le Qatar a versé 5 milliards de riyals.", ("QA", "FR"), "QAR"),
        ("La facture atteint 12 000 ¥.", ("JP", "TH"), "JPY"),
    ],
)
def test_the_articles_countries_pick_the_currency_of_an_ambiguous_word(
        text: str, countries: tuple[str, ...], unit: str) -> None:
    money = [q for q in find_quantities(text, countries) if q.kind == "money"]
    assert [q.unit for q in money] == [unit]
    assert money[0].ambiguous_unit is None and money[0].candidates == ()


@pytest.mark.parametrize(
    ("text", "countries", "name", "candidates"),
    [
        ("Les échanges algéro-tunisiens ont atteint 2 milliards de dinars.", ("DZ", "TN"), "dinars", {"DZD", "TND"}),
        ("Les recettes ont atteint 8 milliards de dinars.", ("FR", "IT"), "dinars", {"TND", "DZD", "JOD"}),
        ("Le commerce ivoiro-camerounais pèse 300 milliards FCFA.", ("CI", "CM"), "francs CFA", {"XOF", "XAF"}),
        ("Le contrat vaut 600 millions de francs.", ("FR", "DE"), "francs", {"CHF", "XOF", "XAF"}),
        ("Le contrat vaut 600 millions de dollars.", ("CA", "US"), "dollars", {"CAD", "USD"}),
        # the press writes trade in US dollars, so in an article on Canada « dollars » may be either
        ("Montréal a signé pour 2 milliards de dollars.", ("CA", "FR"), "dollars", {"CAD", "USD"}),
        ("Les Nordiques ont versé 447 couronnes.", (), "couronnes", {"NOK", "SEK", "DKK"}),
        ("Le billet coûte 8¥.", (), "¥", {"JPY", "CNY"}),
    ],
)
def test_an_ambiguous_currency_word_leaves_the_unit_out_and_says_which(
        text: str, countries: tuple[str, ...], name: str, candidates: set[str]) -> None:
    """No guessed currency: unit None, kind "ambiguous" (never "money" without a unit), the word's name for the
    reason « currency 'dinars' ambiguous here », and the currencies it may stand for."""
    quantity = next(q for q in find_quantities(text, countries) if q.kind == "ambiguous")
    assert quantity.unit is None and quantity.ambiguous_unit == name
    assert candidates <= set(quantity.candidates)
    assert text[quantity.span[0]:quantity.span[1]] == quantity.text


def test_the_article_un_agrees_with_the_currency_word() -> None:
    """« une livre » is a pound; « un livre » is a book, and « un » stays an article."""
    assert read("Le pain coûte une livre à Londres.") == [("une livre", 1, "GBP", "money")]
    assert read("Il a écrit un livre sur Londres.") == []


def test_words_that_are_also_adjectives_or_things_are_no_currency_after_un() -> None:
    """« un franc succès », « déposer une couronne »: the currency words are read in the plural only."""
    assert read("La visite à Berne fut un franc succès.") == []
    assert read("Le ministre a déposé une couronne au monument d'Oslo.") == []


def test_a_quantity_built_the_old_way_still_works() -> None:
    """The claim builder and older callers construct quantities with five fields; the new ones default."""
    quantity = Quantity((0, 7), "5 euros", 5, "EUR", "money")
    assert quantity.ambiguous_unit is None and quantity.candidates == ()
    assert find_quantities("5 euros") == [quantity]
