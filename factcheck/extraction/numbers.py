"""French numbers, amounts and percentages in running text, as `Quantity` records with exact spans.

`find_quantities(text, countries)` returns every number of a news article, in text order and without overlap,
with its scale word, fraction, percent sign and unit folded into one span: "146,3 millions de dollars"
is one quantity, 146300000 USD. Values are computed with `Fraction`/`Decimal`, never with float
arithmetic, and are an `int` whenever they are integral.

How French is read here (the decisions, each with the phrase behind it):

- Digits. The comma is the decimal separator ("146,3", ",08"). Thousands are grouped by a space,
  U+00A0, U+202F, U+2009 or a dot, one separator kind per number ("150 000", "1 250 000",
  "150.000"). A dot followed by exactly three digits groups thousands ("150.000" = 150000,
  "1.500" = 1500); followed by any other count of digits it is an English decimal point ("1.5",
  "5.00", "3.5"): French writes neither "1.500" for one and a half nor "150.00" for a count.
- A sign is read when it is glued to the digits and stands at the start of a word ("-9,23", "+15 %");
  "- 1.200.000" with a space only at the start of a line (elsewhere " - " is a dash, "40 - 50").
  "moins"/"plus" right before a number are signs ("moins quinze"), except after "au", "pas",
  "ou", an article or another number ("au moins trois", "plus ou moins 5", "huit moins quatre").
- Number words. This module finds the runs of number words and their offsets; `text2num` >= 3.0.2
  (`find_numbers`, which gives token positions) splits each run into numbers and reads them, so
  "quatre-vingt-dix un" is 90 and 1 and "mille neuf cent quatre-vingt-douze" is 1992. Three
  deviations, because text2num does not know them: "billion" (10^12, French long scale),
  "billiard" (10^15) and "trillion" (10^18) are composed here ("neuf billions sept cents milliards");
  "virgule" before a scale is re-read ("zéro virgule deux million": text2num returns the string
  "0,2000000"); and the digits after "virgule" are read one by one, as a person dictates them
  ("huit cent dix-huit virgule trois zéro trois" = 818,303, "douze virgule zéro cinq" = 12,05), where
  text2num stops the decimals at the first digit word.
- A number in two parts: after "millions"/"milliards", digits grouped by spaces below the scale, or a
  smaller scale, are the rest of the number ("10 millions 248 968 visiteurs", "1 milliard 200
  millions"); a year or a comma ends it ("3 millions 2024").
- A space lost after a short word ("de21,6%", "et186,96 milliards") does not hide the figure; a letter
  glued to digits otherwise makes a name ("A320", "G20") or a code ("USD1,23").
- "un"/"une" alone is an article ("un accord", "l'un", "le un"). It is the number 1 before a scale,
  a collective noun, a fraction, a percent, a currency or a weekly count of flights ("un milliard", "une
  centaine", "un et demi", "un dollar", "une rotation hebdomadaire"), after a sign ("moins un") and inside a
  sequence ("un, deux, trois").
  "neuf" alone after a noun and before a pause is the adjective ("un logement neuf").
- Scales: million(s), milliard(s), billion(s), mille after digits ("10 mille"), and the press
  abbreviations Md, Mds, mds, Mrd, M, k, K ("3 M€", "1,5 Mds $"), glued to a currency code too ("350
  MDT", "250 MDA", "12 MEUR", "4 MMDH" = 4 billion dirhams); "3 M." is "Monsieur", "MM." "Messieurs",
  and "G" is read only before "$" ("1,2 G$"; news "5G" is a network). Collective nouns multiply: "une centaine" = 100, "trois
  douzaines" = 36, "un millier" = 1000, "une dizaine de milliers" = 10000, "une centaine de millions de
  dollars" = 1e8 USD; such a quantity is marked `collective`, and the reader takes it as approximate.
- Fractions only inside an amount: "un demi-milliard" = 5e8, "le demi-milliard", "un quart de
  million", "deux tiers de million", "un milliard et demi" = 1.5e9, "deux millions et demi",
  "cinq et un quart". Stand-alone fractions ("un tiers", "trois quarts", "la moitié", "3/4") are
  shares and relations, read by the relation lexicon, not quantities here.
- Percentages: "18,4 %", "18,4%", "18,4 pour cent", "pour-cent", "pourcents" -> value 18.4, unit "%".
- Units come from `factcheck/lexicon/units.yaml`, matched without regard to case or accents, longest
  phrase first, after the number ("400 millions de dollars", "5 $", "150 000 touristes", "21 vols
  directs par semaine") or, for symbols and ISO codes, before it ("$5", "EUR 20", "USD1,23"). "de"/"d'"
  may stand between a scale and the unit ("un milliard d'euros", "2,5 milliards d'USD"). A currency
  symbol followed by an ISO code takes the code ("16,4 millions de $CAD"); a short mark after "$" is
  read only in capitals ("12 M$ CA", "80 $ HK", but "10 $ au total"). Small change after an amount is
  added: "15 dollars et 15 cents" = 15.15, "4 dollars 50." = 4.5.
- Currency words that name several currencies ("dinars", "francs", "francs CFA", "dirhams", "livres",
  "couronnes", "dollars"...: the `ambiguous:` section of units.yaml) are resolved by the article's
  countries (`countries=`): "dinars" are TND in a Tunisia-Italy article; else by the press default
  ("dollars" USD, "FCFA" XOF, "dirhams" MAD, "livres" GBP); else the quantity keeps its span and value
  with unit None, kind "ambiguous", `ambiguous_unit` the word's name and `candidates` the currencies it
  may be, so the claim builder leaves it out with a reason instead of guessing. "un"/"une" must agree
  with the word's gender: "une livre" is a pound, "un livre" a book. An abbreviation one country's press
  writes for a scale of its own currency ("402 MD", millions of Tunisian dinars: units.yaml `press:`) is read
  only in an article on that country.
- Not quantities: digits glued to letters that are no known suffix ("5G", "180ml", "A320",
  "COVID-19"), numbers inside URLs, numeric dates ("17/05/2018", "2025-05") and the day of a date
  ("le 4 mai", "les 6 et 7 mai"): the period parser reads dates.
- kind: "percent", "money" (a currency unit), "ambiguous" (a currency word the countries did not
  resolve), "measure" (any other unit: persons, flights/week, tonnes), "year" (four digits 1900-2100
  written without separator and with nothing attached: "en 2023"), "ordinal" ("2e", "1er", "deuxième", "premier": value 2 or 1), else "number".
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from functools import cache
from typing import Any

from text_to_num import find_numbers  # type: ignore[import-untyped]  # no stubs (Rust binding)

from factcheck import lexicon
from factcheck.interrupts import deferred


@dataclass(frozen=True)
class Quantity:
    """One number of a text, with its scale and unit folded in."""

    span: tuple[int, int]
    text: str
    value: int | float
    unit: str | None
    kind: str  # "number" | "percent" | "money" | "measure" | "year" | "ordinal" | "ambiguous"
    # kind "ambiguous": a currency word that names several currencies and that the article's countries did
    # not resolve ("3 milliards de dinars" in an Algeria-Tunisia article): unit None, the word's name in
    # units.yaml here ("dinars"), and the currencies it may stand for
    ambiguous_unit: str | None = None
    candidates: tuple[str, ...] = ()
    # counted in round tens, dozens, hundreds or thousands (« une vingtaine de vols », « un millier de
    # touristes »): a round figure, which the qualifier reader takes as approximate
    collective: bool = False


# --- folding: one lower-case, accent-free character per character, so offsets carry over -------------


def _fold_table() -> dict[int, str]:
    table = {code: chr(code).lower() for code in range(ord("A"), ord("Z") + 1)}
    for code in range(0xC0, 0x250):
        char = chr(code)
        base = unicodedata.normalize("NFD", char)[0]
        if base.isascii() and base.isalpha():
            table[code] = base.lower()
        elif len(char.lower()) == 1:
            table[code] = char.lower()
    for quote in "\u2019\u02bc\u2018":  # "d’euros" is "d'euros"
        table[ord(quote)] = "'"
    for dash in "\u2010\u2011":  # hyphen, non-breaking hyphen
        table[ord(dash)] = "-"
    return table


_FOLD = _fold_table()


def _fold(text: str) -> str:
    return text.lower() if text.isascii() else text.translate(_FOLD)


# --- digits --------------------------------------------------------------------------------------------

_DIGITS_RE = re.compile(
    r"(?<!\d)(?<!\d[.,])"
    r"(?:(?P<grouped>[1-9]\d{0,2}(?P<sep>[ \u00a0\u202f\u2009.])\d{3}(?!\d)(?:(?P=sep)\d{3}(?!\d))*)"
    r"(?:,(?P<gdec>\d+))?"  # "1 234 567,89", "150.000", "6.700,54"
    r"|(?P<int>\d+)(?:(?P<dsep>[.,])(?P<dec>\d+))?"  # "146,3", "2023", "1.5" (English point)
    r"|,(?P<lead>\d+))"  # ",08"
)
# "1er", "1re", "1ère", "2e", "2ème", "3ieme", "2nde", "1ᵉʳ" (folded: accents gone)
_ORDINAL_SUFFIX_RE = re.compile(r"(?:ers?|res?|eres?|ndes?|nds?|i?emes?|es?|ᵉʳ|ʳᵉ|ᵉ|ᵈᵉ)(?![\w])")

# --- number words ----------------------------------------------------------------------------------------

_CARDINALS = (
    "zero|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize"
    "|vingts?|trente|quarante|cinquante|soixante|septante|huitante|octante|nonante|cents?|mille"
    "|millions?|milliards?|billions?|billiards?|trillions?"
)
# "mil neuf cent vingt" (1920); alone, "le mil" is millet
_MIL = r"mil(?=[\s-]+(?:(?:deux|trois|quatre|cinq|six|sept|huit|neuf)[\s-]+)?cents?(?![\w]))"
_ORDINALS = (
    "(?:un|deux|trois|quatr|cinqu|six|sept|huit|neuv|dix|onz|douz|treiz|quatorz|quinz|seiz|vingt|trent"
    "|quarant|cinquant|soixant|septant|huitant|octant|nonant|cent|mill|million|milliard)iemes?"
    "|premiers?|premieres?"
)
_WORD = rf"(?<![\w])(?:{_ORDINALS}|{_MIL}|{_CARDINALS})(?![\w])"
# words join with spaces or hyphens, "et" ("vingt et un"), "virgule" ("douze virgule cinq"), or a comma
# ("un, deux, trois": text2num decides whether a comma ends a number). "et trois quarts" is a fraction:
# "cinq milliards et trois quarts" must not become 5000000003.
_SEP = (
    r"(?:[\s-]+(?:(?:et(?![\s-]+(?:une?|deux|trois)[\s-]+(?:quarts?|tiers|demie?)(?![\w]))|virgule)[\s-]+)?"
    r"|[ \t]*[,;][ \t]*)"
)
_RUN_RE = re.compile(rf"{_WORD}(?:{_SEP}{_WORD})*")
_TOKEN_RE = re.compile(r"[a-z]+|\s+|[^\sa-z]")

_SCALE_WORDS = {"mille": 3, "million": 6, "millions": 6, "milliard": 9, "milliards": 9}
_BIG_SCALES = {
    "billion": 10**12, "billions": 10**12,  # French long scale ("un billion" = mille milliards)
    "billiard": 10**15, "billiards": 10**15,
    "trillion": 10**18, "trillions": 10**18,
}
# never a number alone: "des millions de touristes", "50 cents"
_NOT_ALONE = {"millions", "milliards", "billions", "billiards", "trillions", "cents", "vingts"}

# --- what may follow or precede a number --------------------------------------------------------------

_SCALE_ABBR = {"Mrds": 10**9, "Mrd": 10**9, "Mds": 10**9, "Md": 10**9, "mds": 10**9, "MM": 10**9, "M": 10**6,
               "G": 10**9, "k": 10**3, "K": 10**3}
# the capitals glued after an abbreviation may be a currency code: "3 MDT", "12 MEUR", "40 MMDH", "5 kUSD"
_SCALE_ABBR_RE = re.compile(
    r"(?P<space>[ \u00a0\u202f\u2009]*)(?P<abbr>Mrds|Mrd|Mds|Md|mds|MM|M|G|k|K)(?P<code>[A-Z]*)(?![^\W\d_])"
)
_BEFORE_DOLLAR_RE = re.compile(r"[ \u00a0]?\$")
_REMAINDER_GAP_RE = re.compile(r"[ \u00a0\u202f\u2009]+(?=\d)")  # "10 millions 248 968"
_SCALE_WORD_RE = re.compile(r"\s*(?P<word>milliards?|millions?|billions?|billiards?|trillions?|mille)(?![\w])")
_COLLECTIVES = {
    "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30, "quarantaine": 40,
    "cinquantaine": 50, "soixantaine": 60, "centaine": 100, "millier": 1000,
}
# "une centaine de touristes", "trois douzaines.", "contre une centaine actuellement", "une vingtaine par
# semaine", "une centaine en 2019"; "une quarantaine imposée" is a quarantine
_COLLECTIVE_RE = re.compile(
    r"\s+(?P<word>" + "|".join(_COLLECTIVES) + r")s?(?![\w])(?=\s*(?:de\s|d'|$|[.,;:!?)]|"
    r"(?:actuellement|aujourd'hui|desormais|auparavant|en\s+\d{4}|l'an\s|l'annee\s|il\s+y\s+a\s|un\s+an\s|"
    r"par\s+(?:semaine|an|mois|jour)\b)))"
)
# "une dizaine de milliers de touristes", "une centaine de millions de dollars": the collective counts a scale
_COLLECTIVE_SCALES = {"milliers": 10**3, "millions": 10**6, "milliards": 10**9}
_COLLECTIVE_SCALE_RE = re.compile(r"\s+(?:de\s+|d')(?P<word>milliers|millions|milliards)(?![\w])")
_FRACTION_WORDS = {"demi": Fraction(1, 2), "demie": Fraction(1, 2), "quart": Fraction(1, 4), "quarts": Fraction(1, 4),
                   "tiers": Fraction(1, 3)}
_SMALL = {"un": 1, "une": 1, "deux": 2, "trois": 3, "1": 1, "2": 2, "3": 3}
# "un milliard et demi", "cinq et un quart", "six millions et deux tiers", "6 et 3 quarts"
_FRACTION_AFTER_RE = re.compile(
    r"\s+et\s+(?:(?P<num>une?|deux|trois|[123])\s+)?(?P<den>demie?|quarts?|tiers)(?![\w])"
)
# "un demi-milliard", "le demi-milliard", "un quart de million", "deux tiers de million", "une demi-douzaine"
_FRACTION_OF_SCALE_RE = re.compile(
    r"(?<![\w])(?:(?P<num>une?|deux|trois)\s+)?(?P<den>demie?|quarts?|tiers)[\s-]+(?:(?:de\s+|d'))?"
    r"(?P<scale>millions?|milliards?|billions?|douzaines?|centaines?|milliers?)(?![\w])"
)
# "les deux tiers", "trois cinquièmes": the numerator of a share, not a count
_DENOMINATOR_RE = re.compile(r"[^\S\n]+(?:tiers|quarts?|[a-z]+iemes)(?![\w])")
_PERCENT_RE = re.compile(r"[^\S\n]*(?:%|pour[\s-]?cents?(?![\w])|pourcentages?(?![\w]))")
_SIGN_WORD_RE = re.compile(r"(?<![\w'])(?P<word>moins|plus)\s+\Z")
_WORD_BEFORE_RE = re.compile(r"(?P<word>\w+)'?[ \t\u00a0]*\Z")  # "qu'au moins" -> "au"
_WORD_AFTER_RE = re.compile(r"[ \t\u00a0]*(?P<word>[a-z]+)")
# "au moins trois", "pas moins de", "plus ou moins 5", "non plus deux", "le plus": not signs
_NOT_A_SIGN_AFTER = frozenset(
    "au du pas non ou le la les l de des d en un une ni rien ne n y sans bien".split()
)
# "ils sont neuf", "avec neuf", "le numéro neuf": the number
_NEUF_NUMBER_AFTER = frozenset(
    "le la les l des de d du au aux a en sur pour par dans avec sans chez vers entre environ numero no n ses ces leurs"
    " nos vos mes tes sont ont et ou plus moins que qu soit puis".split()
)
# "un logement neuf.", "un bâtiment neuf et moderne": the adjective
_NEUF_ADJECTIVE_BEFORE = frozenset("et ou est etait sera qui que mais comme dont a au aux dans pour avec sur".split())
# "de21,6%", "et186,96 milliards": a space lost after a short word (the word, lower case, then the digits);
# "A320", "G20", "USD1,23" stay glued
_GLUED_WORD_RE = re.compile(r"(?<![^\W\d_])[^\W\d_]+\Z")
_GLUED_WORDS = frozenset("de du des et en le la les sur par soit dont contre avec environ".split())
# "mi-2023", "fin-2024": a period, not a name like "COVID-19"
_PERIOD_PREFIXES = frozenset(("mi", "fin", "debut", "début"))
_CENTS_GAP_RE = re.compile(r"\s+(?:et\s+)?")
_CENTS_WORD_RE = re.compile(r"\s+(?:cents?|centimes?)(?![\w])")
_PAUSE_RE = re.compile(r"\s*(?:\Z|[.,;:!?)\]])")
_MONTHS = "janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre"
# "le 4 mai", "les 6 et 7 mai", "du 1er au 3 juin"
_DAY_OF_MONTH_RE = re.compile(rf"(?:\s*(?:,|et|-|–|au|a|ou)\s*\d{{1,2}}(?:er)?)*\s+(?:{_MONTHS})(?![\w])")

# --- not quantities at all -------------------------------------------------------------------------------

_URL_RE = re.compile(r"(?:https?://|www\.)\S+")  # "https://www.test.com/search?q=30%25"
_EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
_NOT_A_QUANTITY_RE = re.compile(
    r"(?<![\d/.-])(?:\d{1,2}[/.]\d{1,2}[/.](?:\d{4}|\d{2})"  # "17/05/2018", "12.05.23"
    r"|(?:1[89]|20)\d\d-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?"  # "2025-05", "2025-05-06"
    r"|\d{1,3}/\d{1,3})(?![\d/-])"  # "3/4", "24/7": a share or a ratio, not two numbers ("2023/2024" stays)
)


@dataclass
class _Core:
    """A bare number before its scale and unit are read: digits, a run of number words, or a fraction of a scale."""

    start: int
    end: int
    value: Fraction
    origin: str  # "digits" | "words" | "fraction"
    scale: int = 1  # the last scale word already inside ("deux millions": 10**6), for "et demi" and "de"
    ordinal: bool = False
    plain4: bool = False  # four digits, no separator, no decimals: a year candidate ("en 2023")
    article: bool = False  # a lone "un"/"une"
    group: bool = False  # one of several numbers in one run of words ("un, deux, trois")
    glued_left: bool = False  # a letter right before the digits ("USD1,23", "A320")
    spaced: bool = False  # digits grouped by spaces ("248 968"): may end a number ("10 millions 248 968")
    digits: str = ""  # text2num's reading of a run of words ("818,3", "03"), for decimals read digit by digit


class _Token:
    """A token for `text_to_num.find_numbers` (its `Token` protocol)."""

    __slots__ = ("_text",)

    def __init__(self, text: str) -> None:
        self._text = text

    def text(self) -> str:
        return self._text

    def nt_separated(self, previous: object) -> bool:
        return False

    def not_a_number_part(self) -> bool:
        return False


def find_quantities(text: str, countries: tuple[str, ...] = ()) -> list[Quantity]:
    """Every number in `text`, with its scale word and unit folded in, in text order, non-overlapping.

    `countries` (ISO 3166-1 alpha-2, the article's pair) resolve the currency words that name several
    currencies: « dinars » are TND with ("TN", "IT"), ambiguous with ("DZ", "TN") or with no country.
    """
    if not text:
        return []
    folded = _fold(text)
    masks = _masks(text)
    cores = _digit_cores(text, folded) + _word_cores(folded) + _fraction_cores(folded)
    if masks:
        cores = [core for core in cores if not _masked(masks, core.start, core.end)]
    cores.sort(key=lambda core: (core.start, -core.end))
    quantities: list[Quantity] = []
    last_end = 0
    for index, core in enumerate(cores):
        if core.start < last_end:
            continue
        quantity = _read_quantity(text, folded, cores, index, last_end, countries)
        if quantity is not None:
            quantities.append(quantity)
            last_end = quantity.span[1]
    return quantities


def parse_number(text: str) -> int | float | None:
    """The value of `text` when it is exactly one quantity ("1,5 milliard", "dix-huit pour cent"), else None."""
    stripped = text.strip()
    quantities = find_quantities(stripped)
    if len(quantities) == 1 and quantities[0].span == (0, len(stripped)):
        return quantities[0].value
    return None


def _masks(text: str) -> list[tuple[int, int]]:
    """Spans that hold no quantity: URLs, e-mail addresses, numeric dates, digit fractions."""
    spans = [match.span() for match in _NOT_A_QUANTITY_RE.finditer(text)]
    if "www." in text or "http" in text:
        spans += [match.span() for match in _URL_RE.finditer(text)]
    if "@" in text:
        spans += [match.span() for match in _EMAIL_RE.finditer(text)]
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):  # a date inside a URL: one mask
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _masked(masks: list[tuple[int, int]], start: int, end: int) -> bool:
    index = bisect_left(masks, (end, end))
    return index > 0 and masks[index - 1][1] > start


# --- cores ------------------------------------------------------------------------------------------------


def _digit_cores(text: str, folded: str) -> list[_Core]:
    cores = []
    for match in _DIGITS_RE.finditer(text):
        start, end = match.span()
        if start > 1 and text[start - 1] == "-" and text[start - 2].isalpha():
            name = re.search(r"(\w+)-\Z", text[max(0, start - 12):start])
            if name is None or name.group(1).lower() not in _PERIOD_PREFIXES:
                continue  # "COVID-19", "Su-30": part of a name
        glued_left = start > 0 and text[start - 1].isalpha()  # "USD1,23" (a code) or "A320" (a name)
        if glued_left and (word := _GLUED_WORD_RE.search(text, max(0, start - 8), start)):
            glued_left = word.group() not in _GLUED_WORDS  # "de21,6%", "et186,96": a space lost
        integer, plain4 = match.group("int"), False
        if match.group("grouped"):  # "1 234 567,89", "150.000"
            digits, decimals = re.sub(r"\D", "", match.group("grouped")), match.group("gdec")
        elif match.group("lead"):  # ",08"
            digits, decimals = "0", match.group("lead")
        else:
            digits, decimals = integer, match.group("dec")
            if not decimals and not glued_left and (suffix := _ORDINAL_SUFFIX_RE.match(folded, end)):
                cores.append(_Core(start, suffix.end(), Fraction(int(integer)), "digits", ordinal=True))  # "2e"
                continue
            plain4 = not decimals and len(integer) == 4
        value = Fraction(Decimal(f"{digits}.{decimals}")) if decimals else Fraction(int(digits))
        spaced = bool(match.group("grouped")) and match.group("sep") != "."
        cores.append(_Core(start, end, value, "digits", plain4=plain4, glued_left=glued_left, spaced=spaced))
    return cores


def _word_cores(folded: str) -> list[_Core]:
    cores: list[_Core] = []
    for run in _RUN_RE.finditer(folded):
        cores.extend(_read_run(folded, run.start(), run.end()))
    return cores


def _read_run(folded: str, start: int, end: int) -> list[_Core]:
    """Split one run of number words into numbers; compose the scales text2num does not know ("billion")."""
    tokens = [match.span() for match in _TOKEN_RE.finditer(folded, start, end)]
    pieces: list[tuple[list[tuple[int, int]], tuple[int, int] | None]] = []
    current: list[tuple[int, int]] = []
    for token in tokens:
        if folded[token[0]:token[1]] in _BIG_SCALES:
            pieces.append((current, token))
            current = []
        else:
            current.append(token)
    pieces.append((current, None))

    found: list[_Core] = []
    carry: _Core | None = None  # "neuf billions": waits for a remainder smaller than its scale
    open_scale = 0
    for piece, big_token in pieces:
        occurrences = _read_words(folded, piece)
        for position, core in enumerate(occurrences):
            big = 0
            last = position == len(occurrences) - 1
            if big_token and last and not core.ordinal and _joined(folded, core.end, big_token[0]):
                big = _BIG_SCALES[folded[big_token[0]:big_token[1]]]
                core.value *= big
                core.end = big_token[1]
                core.scale = big
            if (carry is not None and position == 0 and not core.ordinal and core.value < open_scale
                    and _joined(folded, carry.end, core.start)):
                carry.value += core.value
                carry.end = core.end
                carry.scale = core.scale
                if big:
                    open_scale = big
                else:
                    found.append(carry)
                    carry = None
                continue
            if carry is not None:
                found.append(carry)
                carry = None
            if big:
                carry, open_scale = core, big
            else:
                found.append(core)
    if carry is not None:
        found.append(carry)

    cores = []
    for core in found:
        core.group = len(found) > 1
        word = folded[core.start:core.end]
        if word in _NOT_ALONE:
            continue
        if core.ordinal and core.group and word.endswith("iemes"):
            continue  # "trois cinquièmes": a denominator, not a rank
        if word in ("un", "une"):
            core.article = True
        elif word == "neuf" and not core.group and _neuf_is_adjective(folded, core.start, core.end):
            continue
        cores.append(core)
    return cores


def _joined(folded: str, left: int, right: int) -> bool:
    """Only spaces, hyphens or "et" between two parts of one number ("vingt et un billions trois cents")."""
    gap = folded[left:right]
    return not gap.strip(" -\t\u00a0\u202f") or gap.strip(" -\t\u00a0\u202f") == "et"


def _read_words(folded: str, tokens: list[tuple[int, int]]) -> list[_Core]:
    """The numbers text2num finds in a list of tokens, with character offsets and exact values."""
    if not any(folded[start].isalpha() for start, _ in tokens):
        return []
    words = [_Token(_text2num_spelling(folded[start:end])) for start, end in tokens]
    cores: list[_Core] = []
    with deferred:  # text2num's Rust code calls _Token back: no signal may raise inside (factcheck.interrupts)
        occurrences = find_numbers(words, "fr", 0.0)
    for occurrence in occurrences:
        first, last = occurrence.start, occurrence.end - 1
        while first <= last and not folded[tokens[first][0]].isalpha():
            first += 1
        while last >= first and not folded[tokens[last][0]].isalpha():
            last -= 1
        if first > last:
            continue
        inner = [folded[start:end] for start, end in tokens[first:last + 1] if folded[start].isalpha()]
        value, ordinal, scale = _occurrence_value(occurrence.text, occurrence.is_ordinal, inner)
        if value is None:
            continue
        core = _Core(tokens[first][0], tokens[last][1], value, "words", scale=scale, ordinal=ordinal,
                     digits=occurrence.text if "virgule" in inner else "")
        if cores and _continues_decimals(folded, cores[-1], core, occurrence.text):
            _append_decimals(cores[-1], core, occurrence.text)
            continue
        cores.append(core)
    return cores


def _continues_decimals(folded: str, decimal: _Core, core: _Core, reading: str) -> bool:
    """Digits after « virgule » are read one by one: « huit cent dix-huit virgule trois zéro trois » is 818,303,
    « vingt-quatre virgule treize treize » 24,1313. text2num stops the decimals at the first digit word
    (818,3, then 03): a following group below 100 ("03", "004", "13"), after a space only, continues them;
    "et", a comma or a larger number ("deux virgule cinq, cent mille") ends them."""
    return (bool(decimal.digits) and "," in decimal.digits and decimal.scale == 1 and not core.ordinal
            and reading.isdigit() and int(reading) < 100
            and decimal.end < core.start and not folded[decimal.end:core.start].strip(" \t\u00a0\u202f"))


def _append_decimals(decimal: _Core, core: _Core, reading: str) -> None:
    decimal.digits += reading
    decimal.value = Fraction(Decimal(decimal.digits.replace(",", ".")))
    decimal.end = core.end


def _text2num_spelling(word: str) -> str:
    """text2num wants the accents that folding removed ("deuxieme" -> "deuxième", "zero" -> "zéro")."""
    if word == "zero":
        return "zéro"
    if word.endswith("ieme") or word.endswith("iemes"):
        return word.replace("ieme", "ième")
    if word.startswith("premiere"):
        return word.replace("premiere", "première")
    return word


def _occurrence_value(text: str, ordinal: bool, words: list[str]) -> tuple[Fraction | None, bool, int]:
    """Read text2num's output ("12,99", "1er", "08", "0,2000000" for "zéro virgule deux million")."""
    trailing = 0  # powers of ten of the scale words that end the number ("... virgule trois millions")
    for word in reversed(words):
        if word not in _SCALE_WORDS:
            break
        trailing += _SCALE_WORDS[word]
    scale = 10 ** _SCALE_WORDS[words[-1]] if words[-1] in _SCALE_WORDS else 1
    if ordinal:
        digits = re.match(r"\d+", text)
        return (Fraction(int(digits.group())) if digits else None), True, 1
    if not re.fullmatch(r"\d+(?:,\d+)?", text):
        return None, False, 1
    if "," not in text:
        return Fraction(int(text)), False, scale
    integer, decimals = text.split(",")
    if trailing and "virgule" in words[:-1] and decimals.endswith("0" * trailing):
        decimals = decimals[: len(decimals) - trailing] or "0"
        return Fraction(Decimal(f"{integer}.{decimals}")) * 10**trailing, False, scale
    return Fraction(Decimal(f"{integer}.{decimals}")), False, scale


def _neuf_is_adjective(folded: str, start: int, end: int) -> bool:
    """ "un logement neuf", "le bâtiment neuf est" are the adjective; "ils sont neuf", "neuf accords" the number."""
    before = _WORD_BEFORE_RE.search(folded, max(0, start - 40), start)
    if before is None or before.group("word") in _NEUF_NUMBER_AFTER or before.group("word").isdigit():
        return False
    after = _WORD_AFTER_RE.match(folded, end)
    return after is None or after.group("word") in _NEUF_ADJECTIVE_BEFORE


def _fraction_cores(folded: str) -> list[_Core]:
    cores: list[_Core] = []
    if "demi" not in folded and "quart" not in folded and "tiers" not in folded:
        return cores
    for match in _FRACTION_OF_SCALE_RE.finditer(folded):
        fraction = _SMALL.get(match.group("num") or "un", 1) * _FRACTION_WORDS[match.group("den")]
        scale_word = match.group("scale").rstrip("s")
        if scale_word in _COLLECTIVES:
            multiplier = _COLLECTIVES[scale_word]
        elif scale_word in _SCALE_WORDS:
            multiplier = 10 ** _SCALE_WORDS[scale_word]
        else:
            multiplier = _BIG_SCALES[scale_word]
        cores.append(_Core(match.start(), match.end(), fraction * multiplier, "fraction", scale=multiplier))
    return cores


# --- from a core to a quantity ----------------------------------------------------------------------------


def _read_quantity(
    text: str, folded: str, cores: list[_Core], index: int, last_end: int, countries: tuple[str, ...] = ()
) -> Quantity | None:
    """Fold the sign, currency, scale, fraction, percent and unit around one core into a quantity."""
    core = cores[index]
    start, position = core.start, core.end
    value, scale = core.value, core.scale
    table = _units()
    unit: str | None = None
    ambiguous: str | None = None  # an ambiguous currency word the countries did not resolve ("dinars")
    candidates: tuple[str, ...] = ()
    attached = False  # anything beyond the bare number: then it is no year and no day of a month

    if core.origin == "digits":
        prefix = _prefix_before(folded, table, start, last_end)
        if prefix is not None:  # "$5", "EUR 20", "USD1,23", "usd$ 15"
            unit, ambiguous, candidates = _resolve(table.by_phrase[prefix[0]], countries)
            start, attached = prefix[1], True
        elif core.glued_left:
            return None  # "A320", "G20"
    sign_start = _sign_start(text, folded, start, last_end, core)
    negative = False
    if sign_start is not None:
        negative = folded[sign_start] in "-\u2212m"  # "-", "−", "moins"
        start, attached = sign_start, True

    if core.ordinal:
        if core.value <= 31 and _DAY_OF_MONTH_RE.match(folded, position):
            return None  # "le 1er mai"
        return _quantity(text, start, position, value, None, "ordinal", negative)

    de_allowed = scale >= 10**6 or core.origin == "fraction"  # "un milliard d'euros", "un demi-milliard de dollars"
    fraction_added = collective = False
    if core.origin == "digits":
        if scale_match := _scale_after_digits(text, folded, position):
            scale, position = scale_match
            value, attached, de_allowed = value * scale, True, scale >= 10**6
        elif unit is None and (press := _press_after(text, position, countries)):
            value, unit, position, attached = value * press[0], press[1], press[2], True  # « 402 MD »
    if scale >= 10**6 and value.denominator == 1 and (rest := _remainder(text, folded, cores, index, position, scale)):
        value, position = value + rest[0], rest[1]  # "10 millions 248 968", "1 milliard 200 millions"
    if scale == 1 and value.denominator == 1 and (group := _COLLECTIVE_RE.match(folded, position)):
        value *= _COLLECTIVES[group.group("word")]  # "une centaine", "trois douzaines"
        position, attached, de_allowed, collective = group.end(), True, True, True
        if of_scale := _COLLECTIVE_SCALE_RE.match(folded, position):
            value *= _COLLECTIVE_SCALES[of_scale.group("word")]  # "une dizaine de milliers", "une centaine de millions"
            position = of_scale.end()
    if not collective and (fraction := _FRACTION_AFTER_RE.match(folded, position)):
        numerator = fraction.group("num")
        if numerator or fraction.group("den") != "tiers":  # "et demi", "et quart", "et deux tiers"
            value += _SMALL.get(numerator or "un", 1) * _FRACTION_WORDS[fraction.group("den")] * scale
            position, attached, fraction_added = fraction.end(), True, True

    percent = _PERCENT_RE.match(folded, position)
    if percent:
        position, attached = percent.end(), True
    elif unit is None and ambiguous is None:
        key, end = _unit_after(text, folded, table, position, de_allowed)
        if key is not None and core.article and not _article_agrees(table, key, folded[core.start:core.end]):
            key = None  # "un livre" is a book, "une livre" a pound
        if key is not None:
            unit, ambiguous, candidates = _resolve(key, countries)
            position, attached = end, True
            currency = ambiguous is not None or (unit is not None and table.kinds[unit] == "money")
            if currency and scale == 1 and not collective and not fraction_added:
                cents = _read_cents(folded, cores, index, position)
                if cents is not None:
                    value, position = value + cents[0], cents[1]

    money = ambiguous is not None or (unit is not None and table.kinds[unit] == "money")
    # « une rotation hebdomadaire », « un vol direct par semaine »: a weekly rate counts, so « un » is one
    rate = unit is not None and table.kinds[unit] == "flights"
    if core.article and not (core.group or sign_start is not None or scale > 1 or collective or fraction_added
                             or percent or money or rate):
        return None  # "un accord", "l'un", "le un"
    if core.origin == "digits" and position == core.end and position < len(text) and text[position].isalpha():
        return None  # "5G", "180ml", "10h30"
    if not attached and _DENOMINATOR_RE.match(folded, position):
        return None  # "les deux tiers des échanges"
    if not attached and value.denominator == 1 and 1 <= value <= 31 and _DAY_OF_MONTH_RE.match(folded, position):
        return None  # "le 4 mai", "les 6 et 7 mai": a date
    if percent:
        return _quantity(text, start, position, value, "%", "percent", negative, collective=collective)
    if ambiguous is not None:
        return _quantity(text, start, position, value, None, "ambiguous", negative, ambiguous, candidates, collective)
    if unit is not None:
        return _quantity(text, start, position, value, unit, "money" if money else "measure", negative,
                         collective=collective)
    if core.plain4 and not attached and 1900 <= value <= 2100:
        return _quantity(text, start, position, value, None, "year", negative)
    return _quantity(text, start, position, value, None, "number", negative, collective=collective)


_PREFIX_SPACES = " \u00a0\u202f\u2009"


def _prefix_before(folded: str, table: _UnitTable, start: int, floor: int) -> tuple[str, int] | None:
    """(key, start) of a symbol or code right before a number, a "$" and one space allowed between
    ("$5", "EUR 20", "USD1,23", "usd$ 15"); the longest wins. Looked up in a set, not searched with a
    regular expression: this runs for every number written in digits."""
    end = start
    if end - 1 >= floor and folded[end - 1] in _PREFIX_SPACES:
        end -= 1
    ends = (end, end - 1) if end - 1 >= floor and folded[end - 1] == "$" else (end,)
    best: tuple[str, int] | None = None
    for stop in ends:
        for length in table.prefix_lengths:
            begin = stop - length
            if begin < floor or (best is not None and begin >= best[1]):
                continue
            key = folded[begin:stop]
            if key in table.prefix and (begin == 0 or not (folded[begin - 1].isalnum() or folded[begin - 1] == "_")):
                best = (key, begin)
                break
    return best


def _unit_after(
    text: str, folded: str, table: _UnitTable, position: int, de_allowed: bool
) -> tuple[str | None, int]:
    """(unit id or ambiguous name, end) of the unit phrase right after a number, or (None, position).

    "de"/"d'" may come first only after a scale ("un milliard d'euros", not "5 d'euros"). The phrases
    matched with their case ("$ CA") win over a shorter case-free one ("$").
    """
    key: str | None = None
    end = position
    suffix = table.suffix.match(folded, position)
    if suffix and (de_allowed or not suffix.group("de")):
        key, end = _suffix_key(table, suffix), suffix.end()
    if table.cased is not None and table.cased_first.search(text, position, position + 8):
        cased = table.cased.match(text, position)
        if cased and cased.end() > end and (de_allowed or not cased.group("de")):
            key, end = table.cased_units[" ".join(cased.group("word").split())], cased.end()
    return key, end


def _article_agrees(table: _UnitTable, key: str, article: str) -> bool:
    """Whether "un"/"une" agrees with the gender of the currency word after it (units.yaml `gender`)."""
    entry = table.ambiguous.get(key)
    if entry is None or entry.gender is None:
        return True
    return (article == "une") == (entry.gender == "f")


def _remainder(
    text: str, folded: str, cores: list[_Core], index: int, position: int, scale: int
) -> tuple[Fraction, int] | None:
    """The rest of a number written in two parts after a scale: "10 millions 248 968" (digits grouped with
    spaces, below the scale) or "1 milliard 200 millions" (a smaller scale). A year ("3 millions 2024")
    or a comma ends the number."""
    gap = _REMAINDER_GAP_RE.match(text, position)
    if gap is None:
        return None
    following = next((cores[j] for j in range(index + 1, len(cores)) if cores[j].start >= position), None)
    if following is None or following.start != gap.end() or following.origin != "digits" or following.ordinal:
        return None
    if following.spaced and following.value.denominator == 1 and following.value < scale:
        if _scale_after_digits(text, folded, following.end) is None:
            return following.value, following.end
    smaller = _scale_after_digits(text, folded, following.end)
    if smaller is not None and 10**6 <= smaller[0] < scale and (rest := following.value * smaller[0]) < scale:
        if (rest * 1).denominator == 1:
            return rest, smaller[1]
    return None


def _abbreviation(text: str, match: re.Match[str]) -> tuple[int, int] | None:
    """(multiplier, end) of a press abbreviation; the end stops before a glued currency code, which the unit
    reader then takes ("3 MDT" = 3 million TND, "40 MMDH" = 40 billion dirhams, "12 MEUR", "1,2 G$").
    "MM" is read only before a code ("MM." are "Messieurs"), "G" only before "$" ("5G" is a network)."""
    abbr, code, end = match.group("abbr"), match.group("code"), match.end("abbr")
    if code:
        if abbr == "MM" and _is_money_code("M" + code):  # "MMAD": M + MAD
            return 10**6, match.start("abbr") + 1
        return (_SCALE_ABBR[abbr], end) if _is_money_code(code) else None
    if abbr == "MM" or (abbr == "G" and not _BEFORE_DOLLAR_RE.match(text, end)):
        return None
    if abbr == "M" and match.group("space") and text.startswith(".", end):
        return None  # "3 M. Dupont"
    return _SCALE_ABBR[abbr], end


def _press_after(text: str, position: int, countries: tuple[str, ...]) -> tuple[int, str, int] | None:
    """(multiplier, unit, end) of an abbreviation that one country's press writes for a scale of its own
    currency (« 402 MD »: millions of Tunisian dinars; units.yaml `press:`), read only in an article on that
    country."""
    firsts, pattern = _press()
    if not countries or pattern is None or not text.startswith(firsts, position):
        return None
    match = pattern.match(text, position)
    if match is None:
        return None
    entry = lexicon.press_abbreviations()[match.group("abbr")]
    return (entry.scale, entry.unit, match.end()) if entry.country in countries else None


@cache
def _press() -> tuple[tuple[str, ...], re.Pattern[str] | None]:
    """The first characters a press abbreviation may start with (a space before it too), and its pattern."""
    names = sorted(lexicon.press_abbreviations(), key=len, reverse=True)
    if not names:
        return (), None
    firsts = tuple({" ", "\u00a0", "\u202f", *(name[0] for name in names)})
    alternatives = "|".join(re.escape(name) for name in names)
    return firsts, re.compile(r"[ \u00a0\u202f]?(?P<abbr>" + alternatives + r")(?![\w$€])")


def _is_money_code(code: str) -> bool:
    table = _units()
    key = table.by_phrase.get(code.lower()) or table.cased_units.get(code)
    return key is not None and (key in table.ambiguous or table.kinds.get(key) == "money")


def _scale_after_digits(text: str, folded: str, position: int) -> tuple[int, int] | None:
    """(multiplier, end) of a scale after digits: "146,3 millions", "10 mille", "3 M€", "2,33k", "1,2 Mds"."""
    abbreviation = _SCALE_ABBR_RE.match(text, position)
    if abbreviation and (scaled := _abbreviation(text, abbreviation)) is not None:
        return scaled
    word = _SCALE_WORD_RE.match(folded, position)
    if word:
        name = word.group("word")
        return _BIG_SCALES.get(name) or 10 ** _SCALE_WORDS[name], word.end()
    return None


def _quantity(
    text: str, start: int, end: int, value: Fraction, unit: str | None, kind: str, negative: bool,
    ambiguous: str | None = None, candidates: tuple[str, ...] = (), collective: bool = False,
) -> Quantity:
    if negative:
        value = -value
    number: int | float = int(value) if value.denominator == 1 else float(value)
    return Quantity((start, end), text[start:end], number, unit, kind, ambiguous, candidates, collective)


def _sign_start(text: str, folded: str, start: int, last_end: int, core: _Core) -> int | None:
    """Where a sign before the number starts ("-9,23", "+15 %", "moins quinze"), or None."""
    if core.origin == "digits" and start >= last_end + 1 and text[start - 1] in "+-\u2212":
        ahead = text[start - 2] if start >= 2 else ""
        if not ahead or ahead.isspace() or ahead in "([{:;=/«\"'":
            return start - 1
    spaced = start >= last_end + 2 and text[start - 1] in " \u00a0" and text[start - 2] in "+-\u2212"
    if core.origin == "digits" and spaced and (start == 2 or text[start - 3] in "\n(["):
        return start - 2  # "- 1.200.000" at the start of a line
    if core.ordinal or start != core.start:
        return None
    word = _SIGN_WORD_RE.search(folded, max(last_end, start - 12), start)
    if word is None:
        return None
    before = _WORD_BEFORE_RE.search(folded, max(0, word.start() - 40), word.start())
    if before is not None:
        previous = before.group("word")
        if previous in _NOT_A_SIGN_AFTER or previous[-1].isdigit() or _RUN_RE.fullmatch(previous):
            return None  # "au moins trois", "huit moins quatre"
    return word.start()


def _read_cents(folded: str, cores: list[_Core], index: int, position: int) -> tuple[Fraction, int] | None:
    """Small change after an amount: "15 dollars et 15 cents", "deux euros et cinq centimes", "4 dollars 50."."""
    following = next((core for core in cores[index + 1:] if core.start >= position), None)
    if following is None or following.ordinal or following.plain4:
        return None
    if not _CENTS_GAP_RE.fullmatch(folded, position, following.start):
        return None
    if following.value.denominator != 1 or not 0 < following.value < 100:
        return None
    word = _CENTS_WORD_RE.match(folded, following.end)
    if word:
        return following.value / 100, word.end()
    if following.article or not _PAUSE_RE.match(folded, following.end):
        return None
    return following.value / 100, following.end


# --- the unit lexicon, compiled on first use -----------------------------------------------------------


@dataclass(frozen=True)
class _UnitTable:
    by_phrase: dict[str, str]  # folded phrase, single-spaced -> unit id, or the name of an ambiguous currency
    ambiguous: dict[str, lexicon.AmbiguousCurrency]  # name -> entry (units.yaml, `ambiguous:`)
    kinds: dict[str, str]  # unit id -> kind (money, persons, flights, mass)
    codes: dict[str, str]  # folded three-letter ISO code -> money unit id ("$CAD", "$ usd")
    suffix: re.Pattern[str]
    prefix: frozenset[str]  # folded symbols and codes that may come before the number ("$5", "EUR 20")
    prefix_lengths: tuple[int, ...]  # their lengths, longest first
    cased: re.Pattern[str] | None  # on the text as written: "$ CA", "$ AU"
    cased_units: dict[str, str]  # cased phrase, single-spaced -> unit id
    cased_first: re.Pattern[str]  # their first characters: the cased expression runs only where one follows


def _phrase_pattern(phrase: str) -> str:
    body = r"\s+".join(re.escape(word) for word in phrase.split())
    return body + r"(?![\w])" if phrase[-1].isalnum() else body


def _trie_pattern(phrases: list[str], space: str = r"\s+", boundary: bool = True) -> str:
    """One regular expression for many phrases, as a trie: `re` tries the alternatives of a flat
    "a|b|c" one by one, so 500 currency phrases after every number would cost more than the rest of
    the reading. Longest phrase first, as in a flat alternation sorted by length; a phrase ending in a
    letter or digit must end a word ("dong" is not "dongs" cut short; `boundary`)."""
    trie: dict[str, Any] = {}
    for phrase in phrases:
        node = trie
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict[str, Any], last: str) -> str:
        branches = [(space if char == " " else re.escape(char)) + build(node[char], char)
                    for char in sorted(key for key in node if key)]
        if "" in node:
            branches.append(r"(?![\w])" if boundary and last.isalnum() else "")
        if len(branches) == 1:
            return branches[0]
        return "(?:" + "|".join(branches) + ")"

    return build(trie, "")


@cache
def _units() -> _UnitTable:
    units = lexicon.units()
    ambiguous = lexicon.ambiguous_currencies()
    by_phrase: dict[str, str] = {}
    originals: dict[str, str] = {}
    for unit_id, unit in units.items():
        for phrase in unit.phrases:
            key = " ".join(_fold(phrase).split())
            by_phrase.setdefault(key, unit_id)
            originals.setdefault(key, phrase)
    for name, entry in ambiguous.items():
        for phrase in entry.phrases:
            key = " ".join(_fold(phrase).split())
            by_phrase.setdefault(key, name)
            originals.setdefault(key, phrase)
    ordered = sorted(by_phrase, key=len, reverse=True)
    words = [key for key in ordered if key[-1].isalnum()]
    symbols = [key for key in ordered if not key[-1].isalnum()]  # "$", "€", "us$", "c$"
    # symbols and codes may also come first: "$5", "EUR 20", "USD1,23"
    before = [key for key in ordered if not any(char.islower() for char in originals[key])]
    codes = {key: by_phrase[key] for key in words
             if len(key) == 3 and key.isalpha() and by_phrase[key] in units and units[by_phrase[key]].kind == "money"}
    suffix = re.compile(
        r"[^\S\n]*(?:(?P<de>de\s+|d'|de(?=[a-z]{3}))\s*)?"  # "dedollars": a space lost after "de"
        r"(?:(?P<word>" + _trie_pattern(words) + ")"
        r"|(?P<symbol>" + _trie_pattern(symbols) + ")"
        r"(?:[ \u00a0]?(?P<code>" + "|".join(sorted(codes)) + r")(?![\w]))?)"  # "$CAD", "$ usd"
    )
    cased_units = {" ".join(phrase.split()): unit_id for unit_id, unit in units.items() for phrase in unit.cased}
    cased = None
    if cased_units:
        alternatives = "|".join(_phrase_pattern(phrase) for phrase in sorted(cased_units, key=len, reverse=True))
        cased = re.compile(r"[^\S\n]*(?:(?P<de>(?i:de)\s+|(?i:d)['\u2019])\s*)?(?P<word>" + alternatives + ")")
    kinds: dict[str, str] = {unit_id: unit.kind for unit_id, unit in units.items()}
    lengths = tuple(sorted({len(key) for key in before}, reverse=True))
    first = re.compile("[" + "".join(sorted({re.escape(phrase[0]) for phrase in cased_units})) + "]")
    return _UnitTable(by_phrase, ambiguous, kinds, codes, suffix, frozenset(before), lengths, cased, cased_units, first)


def _suffix_key(table: _UnitTable, match: re.Match[str]) -> str:
    """The unit (or ambiguous currency) of a phrase after the number; a currency sign followed by an ISO code
    takes the code ("$CAD")."""
    if match.group("word"):
        return table.by_phrase[" ".join(match.group("word").split())]
    code = match.group("code")
    return table.codes[code] if code else table.by_phrase[" ".join(match.group("symbol").split())]


@cache
def _resolve(key: str, countries: tuple[str, ...]) -> tuple[str | None, str | None, tuple[str, ...]]:
    """(unit, ambiguous name, candidates) of a phrase's key: a unit id as it is; an ambiguous currency word
    resolved by the article's countries, else its default, else left ambiguous (no unit)."""
    table = _units()
    entry = table.ambiguous.get(key)
    if entry is None:
        return key, None, ()
    found = tuple(dict.fromkeys(entry.countries[code] for code in countries if code in entry.countries))
    if entry.default_stays and entry.default is not None and found and entry.default not in found:
        found = (entry.default, *found)  # « dollars » with Australia: USD or AUD?
    if len(found) == 1:
        return found[0], None, ()
    if not found and entry.default is not None:
        return entry.default, None, ()
    return None, key, found or tuple(dict.fromkeys(entry.countries.values()))
