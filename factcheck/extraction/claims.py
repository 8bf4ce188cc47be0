"""Claims from French text: each figure with its metric, countries, direction, period, qualifier,
modality, and the ratios that relate periods ("a doublé", "en hausse de 18,4 %").

Pure: an article's text and what is known about it in, `Claim` records out. Every rule reads words
from the lexicons; nothing here knows a particular article. The unit of analysis is the sentence, which
is also what a claim quotes; a few things carry over from the sentence before ("ce chiffre", a money
unit, the period of a paragraph).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from functools import cache

from factcheck import lexicon
from factcheck.extraction.numbers import Quantity, find_quantities
from factcheck.extraction.periods import PeriodMention, Published, find_periods, infer_publication
from factcheck.extraction.text import Match, PhraseMatcher, Sentence, fold, sentences
from factcheck.lexicon import Policy
from factcheck.model import MAX_FIGURE, Claim, Period, Source, format_period
from factcheck.tolerance import claim_interval

VALUE_KINDS = {"money": "money", "persons": "persons", "flights": "flights", "mass": "mass"}
_FILLER = re.compile(r"^(?:\s|le|la|les|l'|un|une|de|d'|du|des|a|au|aux|soit|leur|leurs|ce|cette|barre|seuil|"
                     r"cap|niveau|plus|moins|[,(])*$")
_CLAUSE_BREAK = re.compile(r";|:\s|\bmais\b|\btandis que\b|\balors que\b")
_DIRECTION_BEFORE = {  # preposition words right before a country name -> role
    "vers": "to", "a destination": "to", "en direction": "to", "au": "to", "aux": "to", "en": "to", "a": "to",
    "dans": "to", "en provenance": "from", "depuis": "from", "originaires": "from", "venus": "from",
    "venant": "from", "issus": "from",
}


@dataclass(frozen=True)
class Article:
    """What extraction knows about a text: its id, words, date and the two countries it is about."""

    source_id: str
    text: str
    published: Published | None = None
    countries: tuple[str, ...] = ()


@dataclass(frozen=True)
class QuantityReading:
    """A quantity with the qualifier in front of it and the interval that gives (for `parse`)."""

    quantity: Quantity
    qualifier: str
    low: float | None
    high: float | None
    cue: str | None = None


@dataclass(frozen=True)
class Analysis:
    """Everything extraction saw in a text: quantities, periods and the claims built from them."""

    quantities: list[QuantityReading]
    periods: list[PeriodMention]
    claims: list[Claim]
    countries: tuple[str, ...]


# -- lexicon matchers (built once) -------------------------------------------------------------------
@dataclass(frozen=True)
class _Cues:
    metrics: PhraseMatcher
    qualifiers: PhraseMatcher
    modality: PhraseMatcher
    multiples: PhraseMatcher
    times: PhraseMatcher
    change: PhraseMatcher
    year_on_year: PhraseMatcher
    compared: PhraseMatcher
    anaphora: PhraseMatcher
    country_names: PhraseMatcher
    country_adjectives: PhraseMatcher
    factors: dict[str, float]


@cache
def _cues() -> _Cues:
    metrics = lexicon.metrics()
    qualifiers = lexicon.qualifier_cues()
    modality = lexicon.modality_cues()
    relations = lexicon.relation_cues()
    countries = lexicon.countries()
    return _Cues(
        metrics=PhraseMatcher((m, p) for m, d in metrics.items() for p in d.phrases),
        qualifiers=PhraseMatcher((q, p) for q, ps in qualifiers.items() if q != "range" for p in ps),
        modality=PhraseMatcher([*(("target", p) for p in modality.target),
                                *(("forecast", p) for p in modality.forecast)]),
        multiples=PhraseMatcher((w, w) for w in relations.multiples),
        times=PhraseMatcher(("times", p) for p in relations.times),
        change=PhraseMatcher([*(("increase", p) for p in relations.increase),
                              *(("decrease", p) for p in relations.decrease)]),
        year_on_year=PhraseMatcher(("yoy", p) for p in relations.year_on_year),
        compared=PhraseMatcher(("compared", p) for p in relations.compared),
        anaphora=PhraseMatcher(("anaphora", p) for p in relations.anaphora),
        country_names=PhraseMatcher((c.code, n) for c in countries.values() for n in c.names),
        country_adjectives=PhraseMatcher((c.code, a) for c in countries.values() for a in c.adjectives),
        factors={fold(k): v for k, v in relations.multiples.items()},
    )


# -- the pair of countries -----------------------------------------------------------------------------
def article_countries(text: str, hint: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The two countries an article is about: the sidecar's when it names two, else the two it
    mentions most (names and adjectives)."""
    if len(hint) == 2:
        return tuple(sorted(hint))
    cues = _cues()
    folded = fold(text)
    counts: dict[str, int] = {}
    for match in [*cues.country_names.find(folded), *cues.country_adjectives.find(folded)]:
        counts[match.key] = counts.get(match.key, 0) + 1
    ranked = sorted(counts, key=lambda code: (-counts[code], code))
    return tuple(sorted(ranked[:2]))


# -- the sentence-level reading ------------------------------------------------------------------------
@dataclass
class _Figure:
    quantity: Quantity
    kind: str  # money, persons, flights, mass
    unit: str
    qualifier: str = "exact"
    cue: str | None = None
    low: float | None = None
    high: float | None = None
    end: int = 0  # end of the figure including a range's second number


@dataclass
class _Context:
    """What carries from one sentence to the next inside an article."""

    published: Published | None
    pair: tuple[str, ...]
    money_unit: str | None = None
    metric: str | None = None
    period: str | None = None
    paragraph: int = -1


@dataclass
class _Draft:
    claim: dict[str, object]
    order: tuple[int, int]
    notes: list[str] = field(default_factory=list)


def analyse(article: Article, policy: Policy) -> Analysis:
    """Read a whole text: its quantities (with qualifiers), periods, and the claims they make.

    A text whose accents are decomposed (NFD, as some CMS exports are) is read in its composed form,
    and every span is mapped back, so quotes stay verbatim in the original.
    """
    if not unicodedata.is_normalized("NFC", article.text):
        return _analyse_composed(article, policy)
    return _analyse(article, policy)


def _analyse_composed(article: Article, policy: Policy) -> Analysis:
    original = article.text
    pieces: list[str] = []
    starts: list[int] = []  # composed offset -> original offset
    index = 0
    while index < len(original):
        end = index + 1
        while end < len(original) and unicodedata.combining(original[end]):
            end += 1
        composed = unicodedata.normalize("NFC", original[index:end])
        for _ in composed:
            starts.append(index)
        pieces.append(composed)
        index = end
    starts.append(len(original))
    analysis = _analyse(replace(article, text="".join(pieces)), policy)

    def back(span: tuple[int, int]) -> tuple[int, int]:
        return starts[span[0]], starts[span[1]]

    claims = []
    for claim in analysis.claims:
        span = back(claim.span)
        claims.append(replace_claim(claim, span=span, quote=original[span[0]:span[1]]))
    quantities = [replace(r, quantity=replace(r.quantity, span=back(r.quantity.span),
                                              text=original[slice(*back(r.quantity.span))]))
                  for r in analysis.quantities]
    periods = [replace(p, start=starts[p.start], end=starts[p.end], text=original[starts[p.start]:starts[p.end]])
               for p in analysis.periods]
    return Analysis(quantities, periods, claims, analysis.countries)


def _analyse(article: Article, policy: Policy) -> Analysis:
    text = article.text
    folded = fold(text)
    pair = article_countries(text, article.countries)
    context = _Context(article.published, pair)
    readings: list[QuantityReading] = []
    periods: list[PeriodMention] = []
    drafts: list[_Draft] = []
    for sentence in sentences(text):
        paragraph = text.count("\n\n", 0, sentence.start) if "\n\n" in text else text.count("\n", 0, sentence.start)
        if paragraph != context.paragraph:
            context.paragraph, context.period = paragraph, None
        reading = _SentenceReader(sentence, folded, context, policy)
        readings.extend(reading.quantity_readings())
        periods.extend(reading.periods)
        drafts.extend(reading.drafts())
    claims = _finalise(drafts, article.source_id, policy)
    return Analysis(readings, periods, claims, pair)


def article_from_source(source: Source) -> Article:
    """An article as extraction sees it: publication date from the sidecar or the date line, else
    inferred from the latest full date in the text; the countries of the sidecar."""
    published = source.meta.published or infer_publication(source.text)
    return Article(source.id, source.text, Published.parse(published), tuple(source.meta.countries))


def extract_claims(article: Article, policy: Policy) -> list[Claim]:
    """The claims an article makes, with stable ids, quotes and spans, status `extracted`."""
    return analyse(article, policy).claims


class _SentenceReader:
    def __init__(self, sentence: Sentence, folded_text: str, context: _Context, policy: Policy) -> None:
        self.s = sentence
        self.ctx = context
        self.policy = policy
        self.cues = _cues()
        self.folded = folded_text[sentence.start:sentence.end]
        self.base = sentence.start
        self.quantities = [_shift_quantity(q, self.base) for q in find_quantities(sentence.text)]
        self.periods = [_shift_period(p, self.base)
                        for p in find_periods(sentence.text, context.published, folded=self.folded)]
        self.metric_matches = self._find(self.cues.metrics)
        self.modality_matches = self._find(self.cues.modality)
        self.anaphora = self._find(self.cues.anaphora)
        self.consumed: set[int] = set()  # starts of period mentions used as a ratio's relative_to
        self.pct_used: set[int] = set()

    def _find(self, matcher: PhraseMatcher, start: int | None = None, end: int | None = None) -> list[Match]:
        lo = 0 if start is None else start - self.base
        hi = len(self.folded) if end is None else end - self.base
        return [Match(m.start + self.base, m.end + self.base, m.key, m.phrase)
                for m in matcher.find(self.folded, max(0, lo), max(0, hi))]

    def _f(self, start: int, end: int) -> str:
        return self.folded[start - self.base:end - self.base]

    # -- quantities and qualifiers --------------------------------------------------------------------
    def _value_quantities(self) -> list[Quantity]:
        """Quantities that can be a figure: not years, ordinals or parts of a period expression."""
        spans = [(p.start, p.end) for p in self.periods if p.kind != "rate"]  # "21 vols par semaine" stays
        result = []
        for q in self.quantities:
            if q.kind in ("year", "ordinal"):
                continue
            if any(a <= q.span[0] < b or a < q.span[1] <= b for a, b in spans):
                continue
            result.append(q)
        return result

    def qualifier_of(self, start: int, floor: int) -> tuple[str, str | None]:
        """The qualifier cue right before `start` ("plus de", "près d'", "environ", "a dépassé le")."""
        matches = self._find(self.cues.qualifiers, floor, start)
        for match in reversed(matches):
            gap = self._f(match.end, start)
            if _FILLER.match(gap):
                return match.key, match.phrase
            break
        stripped = self._f(floor, start).rstrip()
        if stripped.endswith(("~", "≈")):
            return "approx", stripped[-1]
        return "exact", None

    def quantity_readings(self) -> list[QuantityReading]:
        """The quantities of the sentence that are not part of a period ("neuf" in "les neuf premiers
        mois de 2024" belongs to the period), each with its qualifier and strict interval."""
        readings = []
        floor = self.s.start
        spans = [(p.start, p.end) for p in self.periods if p.kind != "rate"]
        for q in self.quantities:
            if any(a <= q.span[0] and q.span[1] <= b for a, b in spans):
                continue
            qualifier, cue = ("exact", None)
            if q.kind not in ("year", "ordinal"):
                qualifier, cue = self.qualifier_of(q.span[0], floor)
            interval = _interval(q.value, qualifier, self.policy)
            readings.append(QuantityReading(q, qualifier, interval[0], interval[1], cue))
            floor = q.span[1]
        return readings

    # -- figures ---------------------------------------------------------------------------------------
    def figures(self) -> list[_Figure]:
        units = lexicon.units()
        figures: list[_Figure] = []
        values = self._value_quantities()
        floor = self.s.start
        skip_next = False
        for index, q in enumerate(values):
            if skip_next:
                skip_next = False
                floor = q.span[1]
                continue
            unit = q.unit
            if unit == "%" or q.kind == "percent":
                floor = q.span[1]
                continue
            if unit is None:
                unit = self._implicit_unit(q, values[index + 1] if index + 1 < len(values) else None)
            if unit is None and figures:
                unit = self._pronoun_unit(q, figures[-1])
            definition = units.get(unit or "")
            if definition is None or abs(q.value) > MAX_FIGURE / 10:  # its interval must fit the schema too
                floor = q.span[1]
                continue
            figure = _Figure(q, definition.kind, unit or "", end=q.span[1])
            figure.qualifier, figure.cue = self.qualifier_of(q.span[0], floor)
            if self._is_range_start(q, values[index + 1] if index + 1 < len(values) else None):
                second = values[index + 1]
                low = _scaled_like(q.value, second)
                figure.qualifier, figure.low, figure.high, figure.end = "range", low, second.value, second.span[1]
                figure.quantity = replace(q, value=low)
                skip_next = True
            if definition.kind == "money":
                self.ctx.money_unit = unit
            figures.append(figure)
            floor = figure.end
        return figures

    def _implicit_unit(self, q: Quantity, following: Quantity | None) -> str | None:
        """A money figure written without its currency ("atteindre le milliard", "entre 2 et 3
        milliards de dollars") takes the currency of the sentence or of the article so far."""
        if q.value < 1000 and not (following and self._is_range_start(q, following)):
            return None
        if following is not None and following.unit and self._is_range_start(q, following):
            return following.unit
        if not self._money_metric_before(q.span[0]):
            return None
        money = [x.unit for x in self.quantities if x.unit and lexicon.units().get(x.unit) is not None
                 and lexicon.units()[x.unit].kind == "money"]
        return money[0] if money else self.ctx.money_unit

    def _pronoun_unit(self, q: Quantity, previous: _Figure) -> str | None:
        """"280 000 touristes ..., et Atout France prévoit d'en accueillir 500 000": the pronoun "en"
        stands for the unit of the figure before, in the same sentence."""
        if q.value < 10 or previous.kind == "money":
            return None
        between = self._f(previous.end, q.span[0])
        if re.search(r"(?:\bd'|\b)en\s+[a-z]+(?:\s+(?:plus|pres|environ)\s*(?:de|d')?)?\s*$", between):
            return previous.unit
        return None

    def _money_metric_before(self, position: int) -> bool:
        metrics = lexicon.metrics()
        return any(m.end <= position and "money" in metrics[m.key].unit_kinds for m in self.metric_matches) \
            or any(a.end <= position for a in self.anaphora)

    def _is_range_start(self, q: Quantity, following: Quantity | None) -> bool:
        """"entre 2 et 3 milliards": the first number, "entre" before it, "et" between the two."""
        if following is None:
            return False
        before = self._f(max(self.s.start, q.span[0] - 8), q.span[0])
        between = self._f(q.span[1], following.span[0]).strip()
        return bool(re.search(r"\bentre\s*$", before)) and between == "et"

    # -- metric, countries, direction ------------------------------------------------------------------
    def metric_for(self, position: int, kind: str | None) -> tuple[str | None, str | None]:
        """The metric of a figure: the only one its unit allows, else the nearest compatible phrase
        before it, else after it, else "ce chiffre" (the metric of the sentence before)."""
        metrics = lexicon.metrics()
        if kind is not None:
            allowed = [name for name, m in metrics.items() if kind in m.unit_kinds]
            if len(allowed) == 1:
                return allowed[0], None
        else:
            allowed = list(metrics)
        candidates = [m for m in self.metric_matches if m.key in allowed]
        before = [m for m in candidates if m.start < position]
        if before:
            return before[-1].key, None
        anaphora = [a for a in self.anaphora if a.end <= position]
        if anaphora and self.ctx.metric in allowed:
            return self.ctx.metric, f"« {self.s.text[anaphora[-1].start - self.base:anaphora[-1].end - self.base]} »" \
                f" refers to the {self.ctx.metric} figure of the sentence before"
        after = [m for m in candidates if m.start >= position]
        if after:
            return after[0].key, None
        return None, None

    def countries_ok(self) -> bool:
        """False when the sentence is about another pair (it names a third country and not both of ours)."""
        if len(self.ctx.pair) != 2:
            return True
        mentioned = {m.key for m in self._find(self.cues.country_names)} | \
                    {m.key for m in self._find(self.cues.country_adjectives)}
        others = mentioned - set(self.ctx.pair)
        return not others or set(self.ctx.pair) <= mentioned

    def direction_for(self, metric: str, position: int, end: int) -> str | None:
        """FROM>TO for a directional metric, from adjectives ("touristes kazakhs", "exportations
        marocaines") and prepositions ("vers le Sénégal", "en provenance du Kazakhstan", "au Vietnam"),
        read from the metric's own words to the next figure: another figure's countries do not count."""
        pair = self.ctx.pair
        nouns = [m for m in self.metric_matches if m.key == metric and m.start <= position]
        start = nouns[-1].start if nouns else self._clause_start(position)
        origin: str | None = None
        destination: str | None = None
        for match in self._find(self.cues.country_adjectives, start, end):
            if match.key not in pair:
                continue
            noun = [m for m in self.metric_matches if m.key == metric and 0 <= match.start - m.end <= 25]
            if noun and _FILLER.match(self._f(noun[-1].end, match.start)) is None and \
                    not re.fullmatch(r"[\w\s'-]*", self._f(noun[-1].end, match.start)):
                continue
            if noun:
                if metric == "imports":
                    destination = destination or match.key
                else:
                    origin = origin or match.key
        for match in self._find(self.cues.country_names, start, end):
            if match.key not in pair:
                continue
            before = self._f(max(self.s.start, match.start - 24), match.start)
            role = _role_before(before)
            if role == "genitive":
                role = "to" if metric == "imports" else "from"
                if not any(0 <= match.start - m.end <= 6 for m in self.metric_matches if m.key == metric):
                    continue  # "de" names the country only right after the metric ("exportations du Maroc")
            if role == "from":
                origin = origin or match.key
            elif role == "to":
                destination = destination or match.key
        if origin and not destination:
            destination = next((c for c in pair if c != origin), None)
        if destination and not origin:
            origin = next((c for c in pair if c != destination), None)
        if origin and destination and origin != destination:
            return f"{origin}>{destination}"
        return None

    # -- periods ---------------------------------------------------------------------------------------
    def _usable(self, mention: PeriodMention) -> bool:
        return mention.start not in self.consumed and mention.kind in ("point", "horizon", "rate")

    def periods_for(self, start: int, end: int, next_start: int) -> tuple[list[PeriodMention], str]:
        """The period(s) a figure is dated by: right after it ("400 millions en 2022", "en 2023 et 2024")
        up to the next figure, else the nearest before it ("En 2024, ... 800 millions")."""
        after = [p for p in self.periods if self._usable(p) and end <= p.start < next_start
                 or (p.kind == "rate" and start <= p.start < end)]  # "21 vols par semaine": inside
        points = [p for p in after if p.kind in ("point", "horizon")]
        before = [p for p in self.periods if self._usable(p) and p.end <= start and p.kind in ("point", "horizon")]
        if points and before and "," in self._f(end, points[0].start):
            points = []  # "En mars 2024, ... 1,2 milliard, et l'an dernier ...": the later one is another clause's
        if points:
            group = [points[0]]
            for mention in points[1:]:
                gap = self._f(group[-1].end, mention.start).strip()
                if gap in ("et", ",", "et en", ", et", "puis", "puis en", "ainsi qu'en") and mention.kind == "point":
                    group.append(mention)
                else:
                    break
            return group, "after"
        rates = [p for p in after if p.kind == "rate"] or \
                [p for p in self.periods if self._usable(p) and p.kind == "rate" and p.end <= start]
        if before and not (rates and before[-1].end < self.s.start + 1):
            return [before[-1]], "before"
        if rates:
            return [rates[0]], "rate"
        return [], "none"

    def resolve(self, mention: PeriodMention) -> tuple[str | None, str | None]:
        """The SPEC period of a mention, with a note when it was read from context."""
        published = self.ctx.published
        if mention.kind == "rate":
            if published is None:
                return None, None
            if mention.rate == "year":
                year = published.last_full_year
                return str(year), f"« {mention.text} » in the present tense: read as the last full year, {year}"
            month = f"{published.year:04d}-{published.month:02d}"
            return month, f"« {mention.text} »: a rate at the time of writing, dated to the month of publication"
        if mention.offset is not None:
            years = [p for p in self.periods if p.kind == "point" and p.end <= mention.start and p.offset is None
                     and p.period and len(p.period) >= 4]
            anchor = int(years[-1].period[:4]) if years and years[-1].period else (published.year if published else None)
            if anchor is None:
                return None, None
            return str(anchor + mention.offset), f"« {mention.text} »: the year before {anchor}"
        if mention.kind == "horizon" and mention.period and not mention.period[:4] in mention.text:
            return mention.period, f"« {mention.text} »: by the end of {mention.period}"
        note = None
        if mention.period and published and "annee" in fold(mention.text) and mention.period[:4] not in mention.text:
            note = f"« {mention.text} »: relative to the article's date ({published.year})"
        return mention.period, note

    # -- modality --------------------------------------------------------------------------------------
    def modality_for(self, position: int) -> str:
        clause_start = self._clause_start(position)
        cues = [m for m in self.modality_matches if clause_start <= m.start < position]
        return cues[-1].key if cues else "actual"

    def _clause_start(self, position: int) -> int:
        start = self.s.start
        for m in _CLAUSE_BREAK.finditer(self.folded, 0, max(0, position - self.base)):
            start = m.end() + self.base
        return start

    # -- drafts ----------------------------------------------------------------------------------------
    def drafts(self) -> list[_Draft]:
        if not self.quantities or not self.countries_ok():
            if self.metric_matches:
                self.ctx.metric = self.metric_matches[-1].key
            return []
        ratios = self._ratio_drafts_prepare()
        figures = self.figures()
        drafts: list[_Draft] = []
        last_period: str | None = None
        for index, figure in enumerate(figures):
            q = figure.quantity
            next_start = figures[index + 1].quantity.span[0] if index + 1 < len(figures) else self.s.end
            metric, metric_note = self.metric_for(q.span[0], figure.kind)
            if metric is None:
                continue
            definition = lexicon.metrics()[metric]
            direction = self.direction_for(metric, q.span[0], next_start) if definition.directional else None
            if definition.directional and direction is None:
                continue
            modality = self.modality_for(q.span[0])
            mentions, how = self.periods_for(q.span[0], figure.end, next_start)
            if how == "rate" and modality != "actual":
                mentions = []  # "dépasse les 300.000 arrivées par an" says how often, not when
            resolved: list[tuple[str, str | None]] = []
            for mention in mentions:
                period, note = self.resolve(mention)
                if period is not None:
                    resolved.append((period, note))
            if not resolved:
                fallback = self._fallback_period(definition.additive, modality)
                if fallback is None:
                    continue
                resolved = [fallback]
            for period, note in resolved:
                final_modality = modality
                if modality == "actual" and self._after_publication(period):
                    final_modality = "forecast"
                claim: dict[str, object] = {
                    "metric": metric, "countries": list(self.ctx.pair), "direction": direction,
                    "period": period, "stated": q.value, "unit": figure.unit, "qualifier": figure.qualifier,
                    "modality": final_modality,
                }
                if figure.qualifier == "range":
                    claim["low"], claim["high"] = figure.low, figure.high
                notes = [n for n in (metric_note, note) if n]
                drafts.append(_Draft(claim, (q.span[0], 0), notes))
                last_period = period
            self.ctx.metric = metric
        if last_period is not None:
            self.ctx.period = last_period
        if not drafts and self.metric_matches:
            self.ctx.metric = self.metric_matches[-1].key  # what "ce chiffre" in the next sentence refers to
        drafts.extend(self._ratio_drafts(ratios, drafts))
        for draft in drafts:
            draft.claim["quote"] = self.s.text
            draft.claim["span"] = (self.s.start, self.s.end)
        return drafts

    def _fallback_period(self, additive: bool, modality: str) -> tuple[str, str] | None:
        published = self.ctx.published
        if modality != "actual" and published is not None:
            return str(published.year), "no horizon stated: dated to the year of publication"
        if not additive and published is not None:
            return (f"{published.year:04d}-{published.month:02d}",
                    "no period stated (a level at the time of writing): dated to the month of publication")
        if self.ctx.period is not None:
            return self.ctx.period, "no period in the sentence: the period of the sentence before"
        return None

    def _after_publication(self, period: str) -> bool:
        published = self.ctx.published
        if published is None:
            return False
        return Period.parse(period).start > published.year * 12 + published.month - 1

    # -- ratios ----------------------------------------------------------------------------------------
    def _ratio_drafts_prepare(self) -> list[tuple[Match, str]]:
        """Find relation cues first, so the periods they compare with ("de 2023") are not taken as a
        figure's own period."""
        found: list[tuple[Match, str]] = []
        for match in self._find(self.cues.multiples):
            original = Match(match.start, match.end, match.key, self.s.text[match.start - self.base:match.end - self.base])
            found.append((original, "multiple"))
            self._consume_compared(match.end, noun=not _is_verb(original.phrase))
        for match in self._find(self.cues.change):
            found.append((match, "change"))
        for q in self.quantities:  # "(+12 %)", "−4 % sur un an": the sign is the cue
            if q.unit == "%" and q.text[:1] in "+-−" and not any(
                    kind == "change" and 0 <= q.span[0] - m.end <= 25 for m, kind in found):
                found.append((Match(q.span[0], q.span[0], "increase" if q.value > 0 else "decrease", q.text), "change"))
        for match in self._find(self.cues.times):
            found.append((match, "times"))
            self._consume_compared(match.end, noun=True)
        for match in self._find(self.cues.compared):
            self._consume_compared(match.end - 1, noun=True)
        return sorted(found, key=lambda item: item[0].start)

    def _consume_compared(self, position: int, noun: bool) -> None:
        if not noun:
            return
        for mention in self.periods:
            if mention.start >= position and mention.kind in ("point", "same_period"):
                gap = self._f(position, mention.start)
                if len(gap) <= 40 and not re.search(r"[,;.]", gap):
                    self.consumed.add(mention.start)
                break

    def _compared_period(self, position: int, main: str) -> tuple[str | None, str | None]:
        """What a ratio compares with, after `position`: a period, "la même période en 2024", or
        "sur un an"; None when the sentence does not say."""
        for mention in self.periods:
            if mention.start < position:
                continue
            gap = self._f(position, mention.start)
            if len(gap) > 45 or re.search(r"[;.]", gap):
                break
            if mention.kind == "same_period" and mention.period:
                return _shift_to_year(main, int(mention.period)), None
            if mention.kind == "point" and mention.period and mention.start in self.consumed:
                return mention.period, None
        for match in self._find(self.cues.year_on_year, position):
            if len(self._f(position, match.start)) <= 45:
                return _shift_to_year(main, int(main[:4]) - 1), None
        return None, None

    def _ratio_drafts(self, cues: list[tuple[Match, str]], values: list[_Draft]) -> list[_Draft]:
        drafts = []
        for match, kind in cues:
            draft = self._ratio(match, kind, values)
            if draft is not None:
                drafts.append(draft)
        return drafts

    def _ratio(self, match: Match, kind: str, values: list[_Draft]) -> _Draft | None:
        metric, metric_note = self.metric_for(match.start, None)
        if metric is None and values:
            metric = str(values[-1].claim["metric"])
        if metric is None:
            return None
        definition = lexicon.metrics()[metric]
        direction = self.direction_for(metric, match.start, self.s.end) if definition.directional else None
        if definition.directional and direction is None:
            return None
        before_values = [v for v in values if v.order[0] < match.start and v.claim["metric"] == metric]
        unit = str(before_values[-1].claim["unit"]) if before_values else self._sentence_unit(metric)
        qualifier, _ = self.qualifier_of(match.start, self._clause_start(match.start))
        if qualifier in ("exact", "range"):
            qualifier = "approx"
        notes = [n for n in (metric_note,) if n]
        if kind == "multiple":
            factor = self.cues.factors.get(_squash(match.phrase))
            if factor is None:
                return None
            if _is_verb(match.phrase):
                pair = self._verb_periods(match.end, before_values)
            else:
                main = self._main_period(match.start, before_values)
                relative, _ = self._compared_period(match.end, main) if main else (None, None)
                pair = (main, relative) if main and relative else None
        elif kind == "change":
            percent = [q for q in self.quantities if q.unit == "%" and q.span[0] >= match.end
                       and len(self._f(match.end, q.span[0])) <= 25 and q.span[0] not in self.pct_used]
            if not percent:
                return None
            q = percent[0]
            self.pct_used.add(q.span[0])
            sign = 1 if match.key == "increase" else -1
            factor = 1 + sign * abs(q.value) / 100  # "en baisse de -4 %" is still a fall of 4 %
            qualifier, _ = self.qualifier_of(q.span[0], match.end)
            main = self._main_period(match.start, before_values)
            if main is None:
                return None
            relative, _ = self._compared_period(q.span[1], main)
            if relative is None:
                relative = _shift_to_year(main, int(main[:4]) - 1)
                notes.append("no period compared with: read as the same period a year earlier")
            pair = (main, relative)
        else:  # "trois fois plus qu'en 2020"
            number = [q for q in self.quantities if q.span[1] <= match.start and
                      len(self._f(q.span[1], match.start).strip()) == 0]
            if not number or number[-1].kind in ("year", "ordinal"):
                return None
            factor = float(number[-1].value)
            main = self._main_period(match.start, before_values)
            relative, _ = self._compared_period(match.end, main) if main else (None, None)
            pair = (main, relative) if main and relative else None
        if pair is None or pair[0] == pair[1] or factor <= 0:
            return None
        period, relative_to = pair
        claim: dict[str, object] = {
            "metric": metric, "countries": list(self.ctx.pair), "direction": direction, "period": period,
            "kind": "ratio", "unit": unit, "qualifier": qualifier, "relative_to": relative_to,
            "factor": round(factor, 6), "modality": self.modality_for(match.start),
        }
        return _Draft(claim, (match.start, 1), notes)

    def _sentence_unit(self, metric: str) -> str | None:
        kinds = lexicon.metrics()[metric].unit_kinds
        for q in self.quantities:
            definition = lexicon.units().get(q.unit or "")
            if definition is not None and definition.kind in kinds:
                return q.unit
        return self.ctx.money_unit if "money" in kinds else None

    def _main_period(self, position: int, before_values: list[_Draft]) -> str | None:
        """The period a relation is about: that of the figure before it, else the nearest period before."""
        if before_values:
            return str(before_values[-1].claim["period"])
        points = [p for p in self.periods if p.kind == "point" and p.end <= position and p.period
                  and p.start not in self.consumed]
        if points:
            return self.resolve(points[-1])[0]
        return None

    def _verb_periods(self, position: int, before_values: list[_Draft]) -> tuple[str, str] | None:
        """"a doublé en passant de X en 2022 à Y en 2023": 2023 against 2022; "entre 2019 et 2023" too."""
        points = [p for p in self.periods if p.kind == "point" and p.period and p.start not in self.consumed]
        later = [p for p in points if p.start >= position]
        chosen = later if len(later) >= 2 else points
        distinct: list[str] = []
        for mention in chosen:
            period, _ = self.resolve(mention)
            if period and period not in distinct:
                distinct.append(period)
        if len(distinct) >= 2:
            return distinct[1], distinct[0]
        if len(distinct) == 1:
            return distinct[0], _shift_to_year(distinct[0], int(distinct[0][:4]) - 1)
        return None


def _role_before(before: str) -> str | None:
    """The role a country plays from the words just before its name: "vers le" -> to, "en
    provenance du" -> from, "du"/"de la" right after a metric -> genitive."""
    words = re.sub(r"\b(?:le|la|les|l'|du|des|de|d')\s*$", "", before.rstrip()).rstrip()
    for phrase, role in sorted(_DIRECTION_BEFORE.items(), key=lambda kv: -len(kv[0])):
        if re.search(rf"\b{re.escape(phrase)}$", words):
            return role
    if re.search(r"\b(?:du|de la|de l'|des|de|d')\s*$", before.rstrip() + (" " if before.endswith("'") else "")):
        return "genitive"
    return None


def _is_verb(phrase: str) -> bool:
    """"a doublé", "doubler" compare two periods of the sentence; "le double de 2023" names one.
    Takes the original spelling: the accent of "doublé" is what tells it from "double"."""
    word = phrase.strip().split()[-1].lower()
    return word.endswith(("é", "és", "ée", "ées", "er"))


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", fold(text).strip())


def _shift_to_year(period: str, year: int) -> str:
    """`2025-Q1` moved to 2024 -> `2024-Q1` ("la même période en 2024")."""
    parsed = Period.parse(period)
    delta = (year - parsed.start // 12) * 12
    return format_period(parsed.start + delta, parsed.end + delta)


def _scaled_like(value: float, second: Quantity) -> float:
    """"entre 2 et 3 milliards": the first number takes the second's scale."""
    if value and second.value >= 1000 * value:
        scale = 10 ** (len(str(int(second.value))) - len(str(int(second.value / 10 ** 3))))
        for factor in (1e9, 1e6, 1e3):
            if second.value >= factor and second.value / factor < 1000:
                scale = factor
                break
        return value * scale
    return value


def _interval(value: float, qualifier: str, policy: Policy) -> tuple[float | None, float | None]:
    from factcheck.tolerance import interval

    if qualifier == "range":
        return None, None
    found = interval(value, qualifier, policy, "strict")
    return found.low, found.high


def _shift_quantity(q: Quantity, base: int) -> Quantity:
    return replace(q, span=(q.span[0] + base, q.span[1] + base))


def _shift_period(p: PeriodMention, base: int) -> PeriodMention:
    return replace(p, start=p.start + base, end=p.end + base)


def _finalise(drafts: list[_Draft], source_id: str, policy: Policy) -> list[Claim]:
    """Stable ids, intervals from the tolerance policy, notes; drop exact duplicates within a sentence."""
    claims: list[Claim] = []
    used: set[str] = set()
    seen: set[tuple[object, ...]] = set()
    for draft in drafts:
        data = dict(draft.claim)
        signature = tuple(sorted((k, str(v)) for k, v in data.items()))
        if signature in seen:
            continue
        seen.add(signature)
        base = claim_id(source_id, data)
        identifier, number = base, 2
        while identifier in used:
            identifier, number = f"{base}-{number}", number + 1
        used.add(identifier)
        note = "; ".join(dict.fromkeys(draft.notes)) or None
        claim = Claim(id=identifier, status="extracted", note=note, **data)  # type: ignore[arg-type]
        interval = claim_interval(claim, policy, "strict")
        if interval is not None and claim.qualifier != "range":
            claim = replace_claim(claim, low=interval.low, high=interval.high)
        claims.append(claim)
    return claims


def replace_claim(claim: Claim, **changes: object) -> Claim:
    import msgspec

    return msgspec.structs.replace(claim, **changes)


def claim_id(source_id: str, data: dict[str, object]) -> str:
    """`<source>:<metric>[-<from>-<to>]-<period>[-vs-<period>][-target|-forecast]`: readable, and the
    same for the same figure on every run (SPEC: stable across re-extraction)."""
    parts = [str(data["metric"])]
    direction = data.get("direction")
    if direction:
        parts.append(str(direction).lower().replace(">", "-"))
    parts.append(str(data["period"]).replace("/", "-"))
    if data.get("kind") == "ratio":
        parts.append("vs-" + str(data["relative_to"]).replace("/", "-"))
    if data.get("modality") in ("target", "forecast"):
        parts.append(str(data["modality"]))
    return f"{source_id}:{'-'.join(parts)}"
