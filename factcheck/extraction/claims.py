"""Claims from French text: each figure with its metric, countries, direction, period, qualifier,
modality, the ratios that relate periods (« a doublé », « en hausse de 18,4 % »), and the figures left
out with the reason.

Pure: an article's text and what is known about it in, `Claim` records out. The reading goes one way,
sentence by sentence: `mentions` finds everything a sentence names, `frames` cuts it into clauses and
items, `reading` attaches each figure to its own frame; this module carries the context from one
sentence to the next (the paragraph's period, « ce chiffre », the country that reports the flows, the
tourists' host country) and turns drafts into records with stable ids.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace

import msgspec

from factcheck.extraction.mentions import (CountryMention, SentenceMentions, country_counts, find_mentions,
                                           sentence_countries)
from factcheck.extraction.numbers import Quantity
from factcheck.extraction.periods import (PeriodMention, Published, fiscal_months_after, infer_publication,
                                         previous_fiscal_after)
from factcheck.extraction.reading import Context, Draft, LeftOut, SentenceReading
from factcheck.extraction.reading.quantities import settle_currencies
from factcheck.extraction.text import fold, sentences
from factcheck.lexicon import Policy
from factcheck.model import Claim, Period, Source
from factcheck.tolerance import claim_interval


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
    """Everything extraction saw in a text: quantities, periods, the claims built from them, and the
    figures left out with the reason."""

    quantities: list[QuantityReading]
    periods: list[PeriodMention]
    claims: list[Claim]
    countries: tuple[str, ...]
    left_out: list[LeftOut] = ()  # type: ignore[assignment]


def article_countries(text: str, hint: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The two countries an article is about: the sidecar's when it names two, else the two it
    mentions most (names, adjectives, nationalities, capitals, periphrases)."""
    if len(hint) == 2:
        return tuple(sorted(hint))
    counts = country_counts(text)
    ranked = sorted(counts, key=lambda code: (-counts[code], code))
    return tuple(sorted(ranked[:2]))


def article_from_source(source: Source) -> Article:
    """An article as extraction sees it: publication date from the sidecar or the date line, else
    inferred from the latest full date in the text; the countries of the sidecar."""
    published = source.meta.published or infer_publication(source.text)
    return Article(source.id, source.text, Published.parse(published), tuple(source.meta.countries))


def extract_claims(article: Article, policy: Policy) -> list[Claim]:
    """The claims an article makes, with stable ids, quotes and spans, status `extracted`."""
    return analyse(article, policy).claims


def analyse(article: Article, policy: Policy) -> Analysis:
    """Read a whole text: its quantities (with qualifiers), periods, claims and figures left out.

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
        figure = back(claim.figure_span) if claim.figure_span else None
        claims.append(replace_claim(claim, span=span, quote=original[span[0]:span[1]], figure_span=figure))
    quantities = [replace(r, quantity=replace(r.quantity, span=back(r.quantity.span),
                                              text=original[slice(*back(r.quantity.span))]))
                  for r in analysis.quantities]
    periods = [replace(p, start=starts[p.start], end=starts[p.end], text=original[starts[p.start]:starts[p.end]])
               for p in analysis.periods]
    left_out = [replace(x, span=back(x.span), text=original[slice(*back(x.span))]) for x in analysis.left_out]
    return Analysis(quantities, periods, claims, analysis.countries, left_out)


def _analyse(article: Article, policy: Policy) -> Analysis:
    text = article.text
    folded = fold(text)
    all_sentences = sentences(text)
    countries = [sentence_countries(s, folded[s.start:s.end]) for s in all_sentences]
    pair = tuple(sorted(article.countries)) if len(article.countries) == 2 else _most_named(countries)
    mentions = [find_mentions(s, folded[s.start:s.end], article.published, pair, found)
                for s, found in zip(all_sentences, countries)]
    settle_currencies(mentions, pair)  # « dinars » the pair leaves ambiguous, read from how the article writes
    context = Context(article.published, pair)
    context.host = tourism_host(mentions, pair)
    readings: list[QuantityReading] = []
    periods: list[PeriodMention] = []
    drafts: list[Draft] = []
    left_out: list[LeftOut] = []
    title_drafts, title_left = 0, []
    fiscal_months: dict[int, set[str]] = {}  # the first month of the fiscal years whose months the article said
    for number, found in enumerate(mentions):
        sentence = found.sentence
        paragraph = text.count("\n\n", 0, sentence.start) if "\n\n" in text else text.count("\n", 0, sentence.start)
        if paragraph != context.paragraph:  # the period carries on: news paragraphs are often one sentence
            context.paragraph = paragraph
            context.owner.pop("_reporter", None)
            if _part_of_the_articles_period(context):
                # « … 1,02 milliard de dollars en 2023 … Au dernier trimestre 2023, … 198 millions. » then a new
                # paragraph: it may go on about the quarter or come back to the year; which, the words do not say
                context.period, context.as_of = None, None
        context.sentence = number
        # « l'exercice 2024-2025 » after « l'exercice 2023-2024, clos fin juin »: the months the article said
        found.periods, fiscal_months = fiscal_months_after(found.periods, fiscal_months)
        found.periods = previous_fiscal_after(found.periods, context.period)  # « l'exercice précédent »
        reader = SentenceReading(found, context, policy)
        for mention in found.periods:  # « Au 10 décembre 2023 »: later counts of 2023 run to that day
            if mention.kind == "to_date" and mention.as_of:
                context.counts_to.setdefault(mention.as_of[:4], mention.as_of)
        sentence_drafts = reader.read()
        readings.extend(_quantity_readings(reader, found, policy))
        periods.extend(found.periods)
        left_out.extend(reader.left_out)
        for draft in sentence_drafts:
            draft.claim["quote"] = sentence.text
            draft.claim["span"] = (sentence.start, sentence.end)
        offset = len(drafts)
        for draft in sentence_drafts:
            if draft.restates is not None:
                draft.restates += offset
        drafts.extend(sentence_drafts)
        if _carry(context, found, sentence_drafts, pair, title=number == 0, read_period=reader.sentence_period,
                  compared=reader.consumed):
            context.period_in_pluperfect = reader.told_in_pluperfect()
        # « … ont atteint 182 millions de dollars en 2023. Un montant en progression de 14 % », « … visiteurs indiens
        # … en 2023. …, ils étaient déjà 68 500 »: what « un montant » or « ils » stands for is clear only after a
        # sentence with one level, read (restatements in another currency aside)
        levels = [d for d in sentence_drafts if d.claim.get("kind") != "ratio" and d.restates is None]
        seen = [f for f in reader.levels if f.restates is None]
        context.sole_level_at = number if len(levels) == 1 and len(seen) == 1 else -1
        if number == 0:
            title_drafts, title_left = len(sentence_drafts), list(reader.left_out)
    if mentions and any(x.code == "no-period" for x in title_left):
        drafts, left_out = _reread_headline(mentions[0], article, pair, policy, drafts, title_drafts, left_out,
                                            title_left)
    claims = _finalise(drafts, article.source_id, policy)
    return Analysis(readings, periods, claims, pair, left_out)


def _part_of_the_articles_period(context: Context) -> bool:
    """The period of the sentences before is a part of the one the article first stated (a quarter of its
    year): past a paragraph break it no longer dates what follows. A part of a year the article began with
    (« au cours des six premiers mois de 2022 » throughout) still does."""
    current, first = context.period, context.article_period
    if current is None or first is None or current == first or current.endswith("/..") or first.endswith("/.."):
        return False
    inner, outer = Period.parse(current), Period.parse(first)
    return outer.start <= inner.start and inner.end <= outer.end


def _reread_headline(found: SentenceMentions, article: Article, pair: tuple[str, ...], policy: Policy,
                     drafts: list[Draft], title_drafts: int, left_out: list[LeftOut],
                     title_left: list[LeftOut]) -> tuple[list[Draft], list[LeftOut]]:
    """A headline restates a figure of its body: « Les détails sur les 2 000 milliards FCFA d'échanges
    entre Abidjan et Pékin » gives no year, the body's « 2 000 milliards FCFA … en 2023 » does. A
    headline figure with no period takes the period of the body's claim with the same figure, unit and
    metric (its own qualifier stays: a headline often drops the body's « plus de »); never a target's or a
    forecast's period: a headline figure the body states as a target is that target, not a level reached."""
    body = [d.claim for d in drafts[title_drafts:] if d.claim.get("kind") != "ratio"]
    lookup: dict[tuple[float, str, str], tuple[str, str | None]] = {}
    for claim in body:
        if claim.get("modality") != "actual":
            continue  # « … : cap sur 25 milliards » over a body's target of 25 milliards: that target, no level
        key = (float(claim["stated"]), str(claim["unit"]), str(claim["metric"]))  # type: ignore[arg-type]
        lookup.setdefault(key, (str(claim["period"]), claim.get("as_of")))  # type: ignore[arg-type]
    if not lookup:
        return drafts, left_out
    context = Context(article.published, pair, headline_periods=lookup)
    reader = SentenceReading(found, context, policy)
    again = reader.read()
    if len(again) <= title_drafts:
        return drafts, left_out
    for draft in again:
        draft.claim["quote"] = found.sentence.text
        draft.claim["span"] = (found.sentence.start, found.sentence.end)
    kept = [x for x in left_out if x not in title_left]
    shift = len(again) - title_drafts
    body_drafts = drafts[title_drafts:]
    for draft in body_drafts:  # the links of restatements point into the list: move them with it
        if draft.restates is not None:
            draft.restates += shift
    return [*again, *body_drafts], [*reader.left_out, *kept]


def _most_named(countries: list[list[CountryMention]]) -> tuple[str, ...]:
    """The two countries the sentences name most (what `article_countries` computes, from the mentions
    already found)."""
    counts: dict[str, int] = {}
    for found in countries:
        for country in found:
            counts[country.code] = counts.get(country.code, 0) + 1
    ranked = sorted(counts, key=lambda code: (-counts[code], code))
    return tuple(sorted(ranked[:2]))


def tourism_host(mentions: list[SentenceMentions], pair: tuple[str, ...]) -> str | None:
    """The country of the pair that tourists arrive in. Where the article names the visitors of one
    country (« les Français », « touristes français », « le marché français ») and never of the other,
    the other is the host; else the one named more often as a destination (« en Tunisie », « la
    Tunisie a accueilli »)."""
    if len(pair) != 2:
        return None
    origin = dict.fromkeys(pair, 0)
    destination = dict.fromkeys(pair, 0)
    for found in mentions:
        nouns = [*found.of("tourism_market"), *(c for c in found.of("metric") if c.key == "tourists")]
        if not nouns:
            continue
        hosting = bool(found.of("hosting"))
        for country in found.countries:
            if country.code not in origin:
                continue
            # « touristes français », « le marché français », not « la clientèle étrangère de l'hôtellerie suisse »
            near_noun = any(0 <= country.start - n.end <= 30 and not re.search(r"\b(?:de|du|des|d')\b",
                                                                               found.f(n.end, country.start))
                            for n in nouns)
            if country.form == "demonym" or (country.form == "adjective" and near_noun):
                origin[country.code] += 1
            elif country.role == "to" or (hosting and country.role == "subject"):
                destination[country.code] += 1
    a, b = pair
    if origin[a] and not origin[b]:
        return b
    if origin[b] and not origin[a]:
        return a
    score = {c: destination[c] - origin[c] for c in pair}
    best = max(pair, key=lambda c: score[c])
    other = b if best == a else a
    return best if score[best] > score[other] else None


def _carry(context: Context, found: SentenceMentions, drafts: list[Draft], pair: tuple[str, ...],
           title: bool, read_period: tuple[str, str | None] | None = None, compared: set[int] | None = None) -> bool:
    """What the next sentence inherits: the metric (for « ce chiffre »), the period (when the sentence
    names one period and no figure contradicts it), whether it spoke about the pair. True when the
    sentence stated the period it passes on."""
    claims = [d.claim for d in drafts]
    before = context.period
    stated_here = False
    context.sentence_metrics = tuple(sorted({str(c["metric"]) for c in claims} if claims else
                                            {c.key for c in found.of("metric")}))
    if claims:
        context.metric = str(claims[-1]["metric"])
        # the periods the sentence states for its own actual figures: not a comparison's (« porter leurs
        # échanges à 11 milliards d'ici 2026, contre 8,2 milliards en 2023 ») nor the time of writing's
        stated = [d.claim for d in drafts if d.carries and d.claim.get("modality") == "actual"]
        values = [c for c in stated if c.get("kind") != "ratio"]
        if not any(c.get("kind") != "ratio" for c in claims):
            # « une hausse de 2,5 % en 2023 par rapport à l'année précédente »: a sentence of changes only goes
            # on about the period of its changes
            values = [c for c in stated if c.get("kind") == "ratio"]
        if values:
            # the latest period the sentence states, not its last: « 1,2 milliard en 2023, contre 980
            # millions un an plus tôt » goes on about 2023, as « passant de … en 2015 à … en 2023 » does
            latest = max(enumerate(values), key=lambda item: (Period.parse(str(item[1]["period"])).end, item[0]))[1]
            context.period = str(latest["period"])
            context.as_of = latest.get("as_of")  # type: ignore[assignment]
            stated_here = True
            if context.article_period is None:
                context.article_period = context.period
        elif read_period is not None:
            # « …, pétrole compris, s'est élevé à 83,6 milliards sur l'exercice clos le 31 mars, contre 84,5
            # milliards un an plus tôt »: the period of its main figure, though that figure was left out
            context.period, context.as_of = read_period
            stated_here = True
    else:
        metric_cues = found.of("metric")
        if metric_cues:
            context.metric = metric_cues[-1].key
        # not a period a comparison names (« Un montant en progression de 14 % par rapport à l'exercice précédent »)
        dated = [p for p in found.periods if p.kind in ("point", "to_date", "fiscal") and p.period
                 and "/.." not in p.period and p.start not in (compared or ())]
        figures = [q for q in found.quantities if q.kind in ("money", "measure")]
        if figures and read_period is not None:  # the period its figures had, though they were left out
            context.period, context.as_of = read_period
            stated_here = True
        elif len(dated) == 1 and not figures and not any(p.kind == "date" for p in found.periods):
            # « Du 1er janvier au 31 octobre 2023, l'Italie s'est positionnée comme premier fournisseur »
            context.period, context.as_of = dated[0].period, dated[0].as_of
            stated_here = True
    if context.period == before and any(p.period is None and p.kind in ("fiscal", "to_date", "season", "decade")
                                        for p in found.periods):
        # « Sur l'exercice 2023-2024, le commerce … s'est établi à 22 milliards »: what follows goes on about
        # a period that cannot be read, so the period of the sentences before no longer holds either
        context.period, context.as_of = None, None
    context.bilateral = any(sorted(c["countries"]) == list(pair) for c in claims)  # type: ignore[call-overload]
    if title:  # « Cette insolente bonne santé des exportations espagnoles vers le Maroc »
        for cue in found.of("metric"):
            for country in found.countries:
                if country.code in pair and country.form in ("adjective", "demonym") and \
                        0 <= country.start - cue.end <= 30:
                    context.topics.add((cue.key, country.code))
    values = [d.claim for d in drafts if d.claim.get("kind") != "ratio"]
    if values:
        context.last_level = values[-1]
    for claim in values:
        period = str(claim["period"])
        if claim.get("modality") == "actual" and re.fullmatch(r"\d{4}", period):
            key = (str(claim["metric"]), tuple(claim["countries"]))  # type: ignore[arg-type]
            context.full_years[key] = max(period, context.full_years.get(key, period))
    return stated_here and context.period is not None


def _quantity_readings(reader: SentenceReading, found: SentenceMentions, policy: Policy) -> list[QuantityReading]:
    """The quantities of a sentence that are not part of a period, each with its qualifier and strict
    interval (for `parse`)."""
    from factcheck.tolerance import interval

    out = []
    floor = found.start
    inside = [(p.start, p.end) for p in found.periods if p.kind != "rate"]
    for q in found.quantities:
        if any(a <= q.span[0] and q.span[1] <= b for a, b in inside):
            continue
        qualifier, cue = ("exact", None)
        low = high = None
        if q.kind not in ("year", "ordinal"):
            qualifier, cue = reader.qualifier_of(q.span[0], floor)
            found_interval = interval(q.value, qualifier, policy, "strict")
            low, high = found_interval.low, found_interval.high
        out.append(QuantityReading(q, qualifier, low, high, cue))
        floor = q.span[1]
    return out


def _finalise(drafts: list[Draft], source_id: str, policy: Policy) -> list[Claim]:
    """Stable ids, intervals from the tolerance policy, notes, the restatement links; drop exact
    duplicates within a sentence."""
    claims: list[Claim | None] = []
    used: set[str] = set()
    seen: dict[tuple[object, ...], int] = {}
    for draft in drafts:
        data = dict(draft.claim)
        signature = tuple(sorted((k, str(v)) for k, v in data.items()))
        if signature in seen:
            claims.append(None)
            continue
        seen[signature] = len(claims)
        restated = claims[draft.restates] if draft.restates is not None and draft.restates < len(claims) else None
        base = claim_id(source_id, data, restatement=restated is not None)
        identifier, number = base, 2
        while identifier in used:
            identifier, number = f"{base}-{number}", number + 1
        used.add(identifier)
        note = "; ".join(dict.fromkeys(draft.notes)) or None
        claim = Claim(id=identifier, status="extracted", note=note, figure_span=draft.figure,
                      equivalent_of=restated.id if restated is not None else None, **data)  # type: ignore[arg-type]
        found = claim_interval(claim, policy, "strict")
        if found is not None and claim.qualifier != "range":
            claim = replace_claim(claim, low=found.low, high=found.high)
        claims.append(claim)
    return [c for c in claims if c is not None]


def replace_claim(claim: Claim, **changes: object) -> Claim:
    return msgspec.structs.replace(claim, **changes)


def claim_id(source_id: str, data: dict[str, object], restatement: bool = False) -> str:
    """`<source>:<metric>[-<from>-<to>]-<period>[-vs-<period>][-target|-forecast][-<unit>]`: readable,
    and the same for the same figure on every run (SPEC: stable across re-extraction). A restatement in
    another currency ends with its unit (« …-2023-xof »)."""
    parts = [str(data["metric"])]
    direction = data.get("direction")
    if direction:
        parts.append(str(direction).lower().replace(">", "-"))
    parts.append(_id_period(str(data["period"])))
    if data.get("kind") == "ratio":
        parts.append("vs-" + _id_period(str(data["relative_to"])))
    if data.get("modality") in ("target", "forecast"):
        parts.append(str(data["modality"]))
    if restatement and data.get("unit"):
        parts.append(re.sub(r"[^a-z0-9]+", "-", str(data["unit"]).lower()).strip("-"))
    return f"{source_id}:{'-'.join(parts)}"


def _id_period(period: str) -> str:
    return period.replace("/..", "-open").replace("/", "-")
