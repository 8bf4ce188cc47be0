"""Every mention of a sentence, found once: quantities, periods, countries and cue words.

The reader is built so that data flows one way: this module finds what a sentence says (each kind of
mention with its span), `frames` cuts the sentence into clauses and items, and `reading` attaches
each figure to the metric, countries, period and modality of its own frame. Nothing here decides what
a figure means; it only records what is there. Words come from the lexicons (`factcheck/lexicon/`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from factcheck import lexicon
from factcheck.extraction.numbers import Quantity, find_quantities
from factcheck.extraction.periods import PeriodMention, Published, find_periods
from factcheck.extraction.text import PhraseMatcher, Sentence, fold, text_words


@dataclass(frozen=True, slots=True)
class Cue:
    """A lexicon phrase found in a sentence: its family ("metric", "share"...), key and span."""

    start: int
    end: int
    family: str
    key: str
    text: str


# Where a country stands in its phrase, from the words right before it:
#   to        « vers le Maroc », « au Vietnam », « à destination de »
#   from      « en provenance du Laos », « depuis le Maroc »
#   genitive  « exportations du Vietnam » (the owner of the flow: an exporter, an importer, an investor)
#   with      « avec le Cambodge », « entre le Vietnam et le Laos »
#   subject   nothing before it that makes it a complement (« Le Vietnam a exporté »)
#   place     a capital in the name of a route (« le corridor Tanger-Dakar »): a city, not its state acting
Role = str

# the code of a group of countries or a region of the world (« l'ASEAN », « l'Union européenne », « le Maghreb »):
# a mention of form `bloc`, never a country of the pair
BLOC = "bloc"


@dataclass(frozen=True, slots=True)
class CountryMention:
    """A country in a sentence: a name, an adjective (« marocaines »), a nationality noun (« les
    Algériens »), a capital, a periphrasis (« l'Hexagone ») or a combining prefix (« sino- »)."""

    start: int
    end: int
    code: str
    form: str  # name | adjective | demonym | capital | periphrasis | combining | bloc
    role: Role
    text: str
    prep: str = ""  # the preposition the role comes from (« vers », « en provenance de », « au »)


@dataclass
class SentenceMentions:
    """What one sentence contains, with spans in the article's text."""

    sentence: Sentence
    folded: str  # the sentence folded (same length as sentence.text)
    quantities: list[Quantity]
    periods: list[PeriodMention]
    countries: list[CountryMention]
    cues: dict[str, list[Cue]] = field(default_factory=dict)

    @property
    def start(self) -> int:
        return self.sentence.start

    @property
    def end(self) -> int:
        return self.sentence.end

    def f(self, start: int, end: int) -> str:
        """The folded text between two article offsets (clipped to the sentence)."""
        base = self.sentence.start
        return self.folded[max(0, start - base):max(0, end - base)]

    def original(self, start: int, end: int) -> str:
        base = self.sentence.start
        return self.sentence.text[max(0, start - base):max(0, end - base)]

    def of(self, family: str) -> list[Cue]:
        return self.cues.get(family, [])


# -- the matchers, built once ------------------------------------------------------------------------
_CUE_FAMILIES = ("national", "regional", "share", "product", "counted", "bilateral", "parts", "restatement",
                 "comparison", "reverse", "respectively", "in_favour", "against", "reporter_pronouns",
                 "partner_pronouns", "subject_pronouns", "same_metric_pronouns", "hosting", "travel",
                 "tourism_market", "investors", "composition", "balance_surplus", "balance_deficit",
                 "segment", "on_its_own", "exclusion", "inclusion", "source_market",
                 "residence", "per_unit")


@dataclass(frozen=True)
class _Matchers:
    families: dict[str, PhraseMatcher]
    names: PhraseMatcher
    adjectives: PhraseMatcher
    capitals: PhraseMatcher
    periphrases: PhraseMatcher
    combining: re.Pattern[str]
    combining_codes: dict[str, str]
    factors: dict[str, float]
    country_noun: re.Pattern[str]
    route: re.Pattern[str]
    pair_noun: re.Pattern[str]
    own_nouns: frozenset[str]
    kind_noun: re.Pattern[str]
    kinds: dict[str, frozenset[str]]
    pair_words: frozenset[str]  # the nouns of `pair_noun` and `kind_noun`: a sentence without one is not searched
    blocs: PhraseMatcher
    ranking: re.Pattern[str]


@cache
def _matchers() -> _Matchers:
    metrics = lexicon.metrics()
    qualifiers = lexicon.qualifier_cues()
    modality = lexicon.modality_cues()
    relations = lexicon.relation_cues()
    countries = lexicon.countries()
    aliases = lexicon.country_aliases()
    cues = lexicon.cues()
    families: dict[str, PhraseMatcher] = {
        "metric": PhraseMatcher((m, p) for m, d in metrics.items() for p in d.phrases),
        "qualifier": PhraseMatcher((q, p) for q, ps in qualifiers.items() if q != "range" for p in ps),
        "modality": PhraseMatcher([*(("target", p) for p in modality.target),
                                   *(("forecast", p) for p in modality.forecast)]),
        "own_clause": PhraseMatcher(("own_clause", p) for p in modality.own_clause),
        "multiple": PhraseMatcher([*((w, w) for w in relations.multiples),
                                   *(("noun", w) for w in relations.change_nouns),
                                   *(("comparative", w) for w in relations.comparatives)]),
        "times": PhraseMatcher([*(("times", p) for p in relations.times),
                                *(("fewer", p) for p in relations.times_fewer)]),
        "multiplied_by": PhraseMatcher([*(("multiplied", p) for p in relations.multiplied_by),
                                        *(("divided", p) for p in relations.divided_by)]),
        "change": PhraseMatcher([*(("increase", p) for p in relations.increase),
                                 *(("decrease", p) for p in relations.decrease)]),
        "year_on_year": PhraseMatcher(("yoy", p) for p in relations.year_on_year),
        "previous_period": PhraseMatcher((length, p) for length, ps in relations.previous_period.items() for p in ps),
        "compared": PhraseMatcher(("compared", p) for p in relations.compared),
        "named_level": PhraseMatcher((kind, p) for kind, ps in relations.named_level.items() for p in ps),
        "anaphora": PhraseMatcher(("anaphora", p) for p in relations.anaphora),
    }
    for name in _CUE_FAMILIES:
        families[name] = PhraseMatcher((name, p) for p in cues.get(name, []))
    combining_codes = {fold(prefix): code for code, a in aliases.items() for prefix in a.combining}
    prefixes = "|".join(sorted((re.escape(p) for p in combining_codes), key=len, reverse=True))
    return _Matchers(
        families=families,
        names=PhraseMatcher((c.code, n) for c in countries.values() for n in c.names),
        adjectives=PhraseMatcher((c.code, a) for c in countries.values() for a in c.adjectives),
        capitals=PhraseMatcher((code, n) for code, a in aliases.items() for n in a.capitals),
        periphrases=PhraseMatcher((code, _without_article(n)) for code, a in aliases.items() for n in a.periphrases),
        # « sino-ivoiriens », « maroco-espagnols »: prefix, hyphen, then an adjective
        combining=re.compile(rf"(?<![\w-])(?P<prefix>{prefixes})-(?=[a-z])") if prefixes else re.compile(r"(?!x)x"),
        combining_codes=combining_codes,
        factors={re.sub(r"\s+", " ", fold(k).strip()): v
                 for k, v in [*relations.multiples.items(), *relations.change_nouns.items(),
                              *relations.comparatives.items()]},
        # « son grand voisin », « le partenaire », « ses alliés » right before a country's adjective: the country
        country_noun=re.compile(r"(?:(?<![\w'])(?:son|sa|ses|leur|leurs|notre|nos|le|la|les|un|une)\s+|(?<![\w'])l'\s*)"
                                r"(?:[a-z-]+\s+)?(?:" + "|".join(re.escape(fold(n)) for n in cues.get("country_nouns", []))
                                + r")\s+$"),
        # « le corridor Tanger-Dakar », « la liaison aérienne Douala-Libreville »: a route noun, up to two words,
        # then the names the route joins
        route=re.compile(r"(?<![\w])(?:" + "|".join(re.escape(fold(n)).replace(r"\ ", r"\s+")
                                                     for n in cues.get("route_nouns", []))
                         + r")(?:\s+[a-z']+){0,2}\s+(?:[\w']+-)*$"),
        # « son voisin oriental », « son grand partenaire », « au voisin de l'Est », « son pays »
        # (« du royaume voisin », « le pays voisin », « leur voisin »: a kind of state before the neighbour)
        pair_noun=re.compile(r"(?<![\w'])(?:(?P<det>son|sa|leur|le|la|au|du)\s+|l'\s*)(?:(?:grand|petit|proche|principal|"
                             r"premier|plus\s+proche)\s+)?(?:(?:" + "|".join(sorted(
                                 {"pays", *(re.escape(fold(k)) for a in aliases.values() for k in a.kinds)}))
                             + r")\s+(?=(?:" + "|".join(re.escape(fold(n)) for n in cues.get("partner_nouns", []))
                             + r")\b))?(?P<noun>"
                             + "|".join(re.escape(fold(n))
                                        for n in [*cues.get("partner_nouns", []), *cues.get("own_nouns", [])])
                             + r")(?![\w-])"),
        own_nouns=frozenset(fold(n) for n in cues.get("own_nouns", [])),
        # « l'émirat », « le Royaume »: the kind of state (country_aliases.yaml `kinds`)
        kind_noun=re.compile(r"(?<![\w'])(?:(?P<det>le|la|du|au)\s+|l'\s*)(?P<kind>"
                             + ("|".join(sorted({re.escape(fold(k)) for a in aliases.values() for k in a.kinds}))
                                or r"(?!x)x") + r")(?![\w-])"),
        kinds={fold(k): frozenset(code for code, a in aliases.items() if k in a.kinds)
               for a in aliases.values() for k in a.kinds},
        pair_words=frozenset(fold(n) for n in [*cues.get("partner_nouns", []), *cues.get("own_nouns", []),
                                               *(k for a in aliases.values() for k in a.kinds)]),
        blocs=PhraseMatcher((BLOC, b) for b in cues.get("blocs", [])),
        # « le deuxième investisseur étranger », « le quatrième marché » right before « du pays »
        ranking=re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(fold(n)) for n in cues.get("ranking_nouns", []))
                           + r")(?:\s+[a-z-]+)?\s+$"),
    )


def _without_article(phrase: str) -> str:
    """« le voisin ibérique » is matched as « voisin ibérique »: the article is read by the role
    (« du voisin ibérique » is a genitive)."""
    return re.sub(r"^(?:le|la|les|l')\s*", "", phrase.strip(), flags=re.IGNORECASE) or phrase


def factor_of(phrase: str) -> float | None:
    """The factor a multiple word carries ("doublé" -> 2, "divisé par deux" -> 0.5)."""
    return _matchers().factors.get(re.sub(r"\s+", " ", fold(phrase).strip()))


# -- countries ---------------------------------------------------------------------------------------
_ROLE_BEFORE = (  # preposition words right before a country -> role; longest first
    # « auprès de »: the seller of « achats … auprès de », the buyer of « ventes … auprès de »
    # « le déficit français vis-à-vis de Rome », « à l'égard de la Chine »: the partner of a balance or a relation
    ("vis-a-vis de", "with"), ("vis-a-vis du", "with"), ("vis-a-vis des", "with"), ("vis-a-vis d'", "with"),
    ("a l'egard de", "with"), ("a l'egard du", "with"), ("a l'egard des", "with"), ("a l'egard d'", "with"),
    ("aupres de", "beside"), ("aupres du", "beside"), ("aupres des", "beside"), ("aupres d'", "beside"),
    ("en provenance de", "from"), ("en provenance du", "from"), ("en provenance des", "from"),
    ("en provenance d'", "from"), ("a destination de", "to"), ("a destination du", "to"),
    ("a destination des", "to"), ("a destination d'", "to"), ("en direction de", "to"), ("en direction du", "to"),
    ("originaires de", "from"), ("originaires du", "from"), ("venus de", "from"), ("venant de", "from"),
    ("venant du", "from"), ("issus de", "from"), ("depuis le", "from"), ("depuis la", "from"),
    ("depuis l'", "from"), ("depuis les", "from"), ("depuis", "from"),
    ("vers le", "to"), ("vers la", "to"), ("vers l'", "to"), ("vers les", "to"), ("vers", "to"),
    ("avec le", "with"), ("avec la", "with"), ("avec l'", "with"), ("avec les", "with"), ("avec", "with"),
    ("entre le", "with"), ("entre la", "with"), ("entre l'", "with"), ("entre les", "with"), ("entre", "with"),
    ("dans le", "to"), ("dans la", "to"), ("dans l'", "to"), ("dans les", "to"),
    ("dans", "to"),  # « investis dans l'Hexagone »: the article is read off before the preposition
    ("au", "to"), ("aux", "to"), ("en", "to"), ("a", "to"),
    ("de la", "genitive"), ("de l'", "genitive"), ("du", "genitive"), ("des", "genitive"), ("de", "genitive"),
    ("d'", "genitive"),
)
_ROLE_RE = re.compile(
    r"(?:^|(?<=[\s(,;:'«\"]))(?P<prep>" + "|".join(re.escape(p) for p, _ in _ROLE_BEFORE) + r")\s*$"
)
_ROLES = dict(_ROLE_BEFORE)
_DETERMINER_BEFORE = re.compile(r"(?:\b(?:les|des|aux|de|d'|du|l'|le|la|et|par)|\d|[,(])\s*$")


_ARTICLE_END = re.compile(r"(?:\b(?:le|la|les)\s+|\bl'\s*)$")


def _role(folded_before: str) -> tuple[Role, str]:
    """(role, preposition) from the words before a country."""
    before = folded_before[-40:]
    before = _ARTICLE_END.sub("", before)  # « en provenance de l'Hexagone », « vers la Pologne », « de la France »
    match = _ROLE_RE.search(before)
    if match is None:
        if re.search(r"\bentre\b[^,;]{1,50}\bet\s*$", _ARTICLE_END.sub("", folded_before[-70:])):
            return "with", "entre"  # « entre le Vietnam et la République de Corée »
        return "subject", ""
    prep = match.group("prep")
    return _ROLES[prep], prep


def _countries(sentence: Sentence, folded: str, words: set[str] | None = None) -> list[CountryMention]:
    """Every country of the sentence, longest phrase first where two overlap ("République de Corée"
    before "Corée"), with its role."""
    m = _matchers()
    text = sentence.text
    found: list[CountryMention] = []
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int, code: str, form: str) -> None:
        if any(a < end and start < b for a, b in taken):
            return
        taken.append((start, end))
        role, prep = _role(folded[:start])
        found.append(CountryMention(start + sentence.start, end + sentence.start, code, form, role, text[start:end],
                                    prep))

    matches = []
    for form, matcher in (("periphrasis", m.periphrases), ("name", m.names), ("capital", m.capitals)):
        matches.extend((x, form) for x in matcher.find(folded, words=words))
    for x, form in sorted(matches, key=lambda item: (-(item[0].end - item[0].start), item[0].start)):
        if form == "name" and text[x.start:x.start + 1].islower() and folded[x.start:x.end] in _adjective_forms(x.key):
            continue  # « les exportations philippines »: the adjective, not « les Philippines »
        add(x.start, x.end, x.key, form)
    for prefix in m.combining.finditer(folded):
        code = m.combining_codes[prefix.group("prefix")]
        add(prefix.start(), prefix.end() - 1, code, "combining")
    for x in m.adjectives.find(folded, words=words):
        original = text[x.start:x.end]
        before = folded[:x.start]
        noun = m.country_noun.search(before[-60:])
        if noun is not None:  # « en provenance de son grand voisin nigérian », « auprès de son partenaire ivoirien »
            add(x.start - (len(before[-60:]) - noun.start()), x.end, x.key, "periphrasis")
            continue
        demonym = original[:1].isupper() and (x.start == 0 or bool(_DETERMINER_BEFORE.search(before))) \
            and not _after_noun(before)
        add(x.start, x.end, x.key, "demonym" if demonym else "adjective")
    found.sort(key=lambda c: c.start)
    return [_as_place(c, folded, sentence.start) if c.form == "capital" else c for c in found]


@cache
def _adjective_forms(code: str) -> frozenset[str]:
    """The folded adjectives of a country (« philippines » is also a name)."""
    country = lexicon.countries().get(code)
    return frozenset(fold(a) for a in country.adjectives) if country else frozenset()


def _as_place(country: CountryMention, folded: str, base: int) -> CountryMention:
    """A capital joined by a hyphen to another name after a route noun (« le corridor Tanger-Dakar », « la
    voie ferrée Conakry-Bamako ») is a place on the route, not its country acting in the flow: role `place`; so is
    the city of a dispatch's dateline (« Jakarta, 8 novembre (VNA) - Singapour est resté … »)."""
    from dataclasses import replace

    start, end = country.start - base, country.end - base
    if not folded[:start].strip() and _DATELINE.match(folded, end):
        return replace(country, role="place", prep="")  # « Jakarta, 8 novembre (VNA) - Singapour est resté … »
    joined = folded[start - 1:start] == "-" and folded[start - 2:start - 1].isalnum() or \
        folded[end:end + 1] == "-" and folded[end + 1:end + 2].isalnum()
    if not joined:
        return country
    before = folded[max(0, start - 80):start]
    if _matchers().route.search(before) is None:
        return country
    return replace(country, role="place", prep="")


def dateline_country(mentions: SentenceMentions) -> str | None:
    """The country whose capital opens a sentence as a dispatch's dateline (« Tunis, 9 avril (TAP) – … »)."""
    first = mentions.countries[0] if mentions.countries else None
    if first is None or first.form != "capital" or first.role != "place" or \
            mentions.f(mentions.start, first.start).strip():
        return None
    return first.code if _DATELINE.match(mentions.folded, first.end - mentions.start) else None


# after a city opening a dispatch, its dateline: « Jakarta, 8 novembre (VNA) - », « Dakar (AFP) - », « Rabat, le 3 mai - »
_DATELINE = re.compile(r"\s*(?:,\s*(?:le\s+)?\d{1,2}(?:er)?\s+[a-z]+(?:\s+\d{4})?\s*)?(?:\([^)]{1,20}\)\s*)?[-–—]\s")


def _after_noun(before: str) -> bool:
    """« les touristes Français » (a capital letter after a noun) is still an adjective."""
    word = re.search(r"([a-z]+)\s*$", before)
    return bool(word) and word.group(1) not in {"les", "des", "aux", "de", "d", "du", "le", "la", "l", "et", "par",
                                                 "a", "en", "dont", "puis", "suivis", "suivies"}


# -- the sentence ------------------------------------------------------------------------------------
def find_mentions(sentence: Sentence, folded_sentence: str, published: Published | None,
                  pair: tuple[str, ...] = (), countries: list[CountryMention] | None = None) -> SentenceMentions:
    """Everything a sentence mentions, spans in article offsets. `folded_sentence` is the folded text of
    the sentence (same length), computed once for the whole article by the caller; `pair` (the article's
    countries) says what « dinars » or « francs » are; `countries`, when the caller already found them."""
    base = sentence.start
    quantities = [_shift_quantity(q, base) for q in find_quantities(sentence.text, pair)]
    periods = [_shift_period(p, base) for p in find_periods(sentence.text, published, folded=folded_sentence)]
    cues: dict[str, list[Cue]] = {}
    words = text_words(folded_sentence)
    for family, matcher in _matchers().families.items():
        matched = matcher.find(folded_sentence, words=words)
        if matched:
            cues[family] = [Cue(x.start + base, x.end + base, family, x.key, sentence.text[x.start:x.end])
                            for x in matched]
    found = countries if countries is not None else _countries(sentence, folded_sentence, words)
    found = _with_blocs(sentence, folded_sentence, found, words)
    if len(pair) == 2 and not _matchers().pair_words.isdisjoint(words):
        found = _pair_nouns(sentence, folded_sentence, found, pair)
    # « dollars américains », « dollars de Singapour »: a country in a currency's name is no country of the flow
    found = [c for c in found if not any(q.unit and q.span[0] < c.start and c.end <= q.span[1] for q in quantities)]
    return SentenceMentions(sentence, folded_sentence, quantities, periods, found, cues)


def _with_blocs(sentence: Sentence, folded: str, found: list[CountryMention],
                words: set[str]) -> list[CountryMention]:
    """The groups of countries and regions of the sentence (cues.yaml `blocs`) added to its countries, with their
    roles: « après l'ASEAN, dont les échanges … », « vers l'Union européenne ». A bloc that holds a shorter country
    name replaces it (« l'Amérique latine », not « Amérique »); one inside a longer country name is none (« l'Afrique
    du Sud »). Not searched for the article's pair: a bloc is never one of its countries."""
    matched = _matchers().blocs.find(folded, words=words)
    if not matched:
        return found
    base = sentence.start
    blocs = []
    for x in matched:
        start, end = x.start + base, x.end + base
        if any(c.start <= start and end <= c.end for c in found):
            continue  # « l'Afrique du Sud »
        role, prep = _role(folded[:x.start])
        blocs.append(CountryMention(start, end, BLOC, "bloc", role, sentence.text[x.start:x.end], prep))
    if not blocs:
        return found
    kept = [c for c in found if not any(b.start <= c.start and c.end <= b.end for b in blocs)]
    return sorted([*kept, *blocs], key=lambda c: c.start)


# « faire de X le premier partenaire »: X is the object made into something, not the owner of a flow
_MADE_INTO = re.compile(r"\b(?:fait|font|faisait|faisaient|fera|feront|ferait|feraient|faire|faisant)\s+"
                        r"(?:du|des|de\s+la|de\s+l'|de|d')\s*$")


def _pair_nouns(sentence: Sentence, folded: str, found: list[CountryMention],
                pair: tuple[str, ...]) -> list[CountryMention]:
    """« les importations du Ghana en provenance de son voisin oriental »: in an article on a pair, a neighbour or a
    partner named with no country adjective is the pair's other country than the one the words speak of before it
    (the nearest country before it that is a subject or an owner: « du Ghana », « ghanéennes », « Le Ghana a… »,
    not a destination « vers le Togo »); « son pays » is that country itself. Not in an apposition (« la Chine, son
    premier partenaire »), nor before a country's name (« son voisin, le Togo »)."""
    m = _matchers()
    added = []
    base = sentence.start
    for match in m.kind_noun.finditer(folded):  # « l'émirat détient en France des actifs », « le Royaume a reçu »
        start, end = match.start() + base, match.end() + base
        codes = m.kinds.get(match.group("kind"), frozenset()) & set(pair)
        if len(codes) != 1 or any(c.start < end and start < c.end for c in found) or \
                any(0 <= c.start - end <= 4 for c in found):  # « au royaume du Maroc »: its name follows
            continue
        det = match.group("det")
        role, prep = (_ROLES[det], det) if det in ("au", "du") else _role(folded[:match.start()])
        added.append(CountryMention(start, end, next(iter(codes)), "periphrasis", role,
                                    sentence.text[match.start():match.end()], prep))
    if added:
        found = sorted([*found, *added], key=lambda c: c.start)
        added = []
    if m.pair_noun.search(folded) is None:
        return found
    for match in m.pair_noun.finditer(folded):
        start, end = match.start() + base, match.end() + base
        if any(c.start < end and start < c.end for c in found):
            continue  # « son grand voisin nigérian »: the adjective's country
        before = [c for c in found if c.end <= start]
        if not before or re.fullmatch(r"\s*,\s*", folded[before[-1].end - base:match.start()]):
            continue  # nothing it is the neighbour of, or an apposition
        if any(0 <= c.start - end <= 4 for c in found):
            continue  # « son voisin, le Togo »
        # « ce qui fait du Mozambique le quatrième marché du pays »: the object of « faire de » is no owner
        owners = [c for c in before if (c.role in ("subject", "genitive") or c.form in ("adjective", "demonym"))
                  and not (c.role == "genitive" and _MADE_INTO.search(folded[:c.start - base]))]
        if not owners or owners[-1].code not in pair:
            continue
        owner = owners[-1].code
        own = match.group("noun") in m.own_nouns
        if own and match.group("det") == "du" and m.ranking.search(folded[max(0, match.start() - 50):match.start()]):
            # « Le Japon est le deuxième investisseur étranger du pays », « fait du Mozambique le quatrième marché du
            # pays »: the country a ranking is of, the pair's other country than the one ranked (the nearest before)
            ranked = [c for c in before if c.code in pair]
            if not ranked:
                continue
            code = next(c for c in pair if c != ranked[-1].code)
            added.append(CountryMention(start, end, code, "periphrasis", "genitive",
                                        sentence.text[match.start():match.end()], "du"))
            continue
        if own and match.group("det") not in ("son", "sa"):
            continue  # « le pays » alone says nothing
        code = owner if own else next(c for c in pair if c != owner)
        det = match.group("det")
        if det in ("au", "du"):  # « au voisin », « du voisin », « en provenance du royaume voisin »
            role, prep = _role(folded[:match.start("det") + len(det) + 1])
        else:
            role, prep = _role(folded[:match.start()])
        added.append(CountryMention(start, end, code, "periphrasis", role, sentence.text[match.start():match.end()],
                                    prep))
    return sorted([*found, *added], key=lambda c: c.start) if added else found


def sentence_countries(sentence: Sentence, folded_sentence: str) -> list[CountryMention]:
    """The countries of one sentence (a first pass, to choose the article's pair before the rest)."""
    return _countries(sentence, folded_sentence, text_words(folded_sentence))


def _shift_quantity(q: Quantity, base: int) -> Quantity:
    from dataclasses import replace

    return replace(q, span=(q.span[0] + base, q.span[1] + base))


def _shift_period(p: PeriodMention, base: int) -> PeriodMention:
    from dataclasses import replace

    return replace(p, start=p.start + base, end=p.end + base)


def country_counts(text: str) -> dict[str, int]:
    """How often each country is named in a text (names, adjectives, nationality nouns, periphrases,
    combining prefixes; capitals count too), for choosing an article's pair."""
    folded = fold(text)
    counts: dict[str, int] = {}
    for mention in _countries(Sentence(0, len(text), text), folded):
        counts[mention.code] = counts.get(mention.code, 0) + 1
    return counts
