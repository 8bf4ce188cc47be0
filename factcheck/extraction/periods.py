"""Periods in French text: "en 2023", "au premier trimestre 2025", "les six premiers mois de 2023",
"du 1er janvier au 31 octobre 2023", "au 10 décembre 2023", "entre 2016 et 2020", "l'année précédente",
"par an", "d'ici 2030", "la même période en 2024", "au cours des dix dernières années".

Pure: text in, `PeriodMention`s out. What a mention can say on its own is resolved here, relative
expressions against the article's publication date (SPEC, 'Sources'); what needs the sentence around it
("la même année", "de janvier à septembre" with no year, "les neuf premiers mois de l'année") carries a
template the reader resolves with its context (`resolve_months`). Words come from lexicon/periods.yaml.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from functools import cache
from typing import Callable, Literal

from factcheck.extraction.text import fold
from factcheck.lexicon import read_data
from factcheck.model import Period, format_period

# point        a calendar period the words name ("en 2023", "au T1-2024", "de janvier à août 2023")
# to_date      a count to a day ("au 10 décembre 2023", "à fin octobre"): period from January, as_of the day
# span         several years with two ends ("entre 2016 et 2020", "de 2014 à 2016", "2021-2025")
# recent       the last N years before the sentence's year ("au cours des dix dernières années")
# months       months whose year the context gives ("de janvier à septembre", "les six premiers mois de l'année")
# same_year    the year the sentence is about, moved by `offset` ("la même année", "l'année précédente")
# same_period  "la même période de 2022": the claim's own period moved to that year (or by `offset`)
# same_date    "à la même date": the date (the period) the sentences before named
# rate         "par an", "par semaine": how often, for a figure in the present tense
# horizon      a deadline ("d'ici 2030", "à l'horizon 2035", "d'ici la fin de l'année", "dès 2025"), or the month
#              a target starts from ("à partir de juillet": the next July at or after publication)
# date         a full date of an event ("le 21 août 2023"): never a figure's period
# event        the date of an event noun ("la signature du protocole de 2014"): never a figure's period
# since        the start of a trend ("depuis 2011"): never a figure's period
# now          the time of writing ("actuellement", "désormais"): the month of publication
# fiscal       a fiscal year ("l'exercice 2021-2022, clos fin juin"): the twelve months to its closing month;
#              period None when the words do not say which months ("l'exercice 2023-2024")
# decade       « les années 1990 », « au début des années 2010 »: ten years, not the year 1990 (period None)
# season       a season across two years ("la saison d'hiver 2024-2025", "la campagne 2023-2024"): its months
#              are not said (period None); it is no span of two whole years
Kind = Literal["point", "to_date", "span", "recent", "months", "same_year", "same_period", "same_date", "rate",
               "horizon", "date", "since", "event", "now", "fiscal", "season", "decade"]

NUMBER_WORDS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
                "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "quinze": 15, "vingt": 20}


@dataclass(frozen=True)
class PeriodMention:
    """A period found in a text.

    `period` is a SPEC period string, or None when the words alone cannot resolve it (a relative year
    with no publication date, months whose year is the context's). `rate` is year/week/month for
    "par an"-like words; `offset` moves the sentence's year ("l'année précédente": -1); `endpoints` are
    the two ends of a span, or the two years that name a fiscal year; `as_of` is the day a count runs to;
    `months` are the first and last month (1-12) of a `months` template, or of a fiscal year's part (« les neuf
    premiers mois de l'exercice 2023-2024 »: 1-9, of the fiscal year); `count` is the number of years of a `recent`
    mention; `name` the words that qualify a fiscal year.
    """

    start: int
    end: int
    kind: Kind
    period: str | None
    text: str
    rate: str | None = None
    offset: int | None = None
    endpoints: tuple[str, str] | None = None
    as_of: str | None = None
    months: tuple[int, int] | None = None
    count: int | None = None
    name: str | None = None  # the words that qualify a fiscal year (« budgétaire indien »), folded


@dataclass(frozen=True)
class Published:
    """When the article appeared: year, month, and day when known."""

    year: int
    month: int
    day: int | None = None

    @classmethod
    def parse(cls, text: str | None) -> Published | None:
        if not text:
            return None
        parts = [int(p) for p in text.split("-")]
        return cls(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else None)

    @property
    def last_full_year(self) -> int:
        """The latest calendar year that had ended when the article appeared."""
        return self.year - 1

    @property
    def month_index(self) -> int:
        return self.year * 12 + self.month - 1


@dataclass(frozen=True)
class _Grammar:
    months: dict[str, int]
    ordinals: dict[str, int]
    relative: dict[str, int]
    previous: dict[str, int]
    rates: dict[str, str]
    regex: re.Pattern[str]
    event: re.Pattern[str]
    event_breaks: re.Pattern[str]
    event_hints: tuple[str, ...]  # a word of each event noun, to look for before trying `event`
    before_event: re.Pattern[str]  # « Avant » right before an event noun and its article


def _alternation(words: object) -> str:
    items = sorted((fold(str(w)) for w in words), key=len, reverse=True)  # type: ignore[attr-defined]
    return "|".join(re.escape(w).replace("'", r"'\s*").replace(r"\ ", r"\s+") for w in items)


@cache
def _grammar() -> _Grammar:
    data = read_data("periods.yaml")
    months = {fold(k): v for k, v in data["months"].items()}
    ordinals = {fold(k): v for k, v in data["ordinals"].items()}
    relative = {_squash(fold(k)): v for k, v in data["relative_years"].items()}
    previous = {_squash(fold(k)): v for k, v in data["previous_years"].items()}
    rates = {_squash(fold(k)): v for k, v in data["rates"].items()}
    month = _alternation(months)
    quarters = _alternation(data["quarter_words"])
    ordinal = _alternation(ordinals)
    count = r"\d{1,2}|" + _alternation(NUMBER_WORDS)
    year = r"(?:19|20)\d\d"
    day = r"(?:1er|[0-3]?\d)"
    this_year = _alternation(data["this_year"])  # "de l'année en cours", "de cette année"
    solar_year = _alternation(data["solar_hijri_years"])  # "l'année iranienne 1401"
    solar = r"1[2-4]\d\d"
    of_year = rf"(?:\s+(?:de\s+|d'\s*)?(?:l'\s*annee\s+)?(?P<{{name}}>{year})|\s+(?P<{{name}}_this>{this_year})" \
              rf"|\s+(?:de\s+|d'\s*)?(?:l'\s*)?(?:{solar_year})\s+(?P<{{name}}_sh>{solar})" \
              rf"|\s+(?P<{{name}}_ctx>de\s+l'\s*annee))?"

    def of(name: str) -> str:
        return of_year.replace("{name}", name)

    fiscal_year = _alternation(data["fiscal_years"])
    closing = _alternation(data["fiscal_closing"])
    closing_years = _alternation(data["closing_years"])  # « l'année close en mars 2024 »
    starting_from = _alternation(data["starting_from"])  # "à partir de juillet"
    seasons = _alternation(data["seasons"])  # "la saison d'hiver 2024-2025"
    rare_heads = rf"(?:l'\s*(?:{solar_year})|(?:{solar_year}|{starting_from}|{seasons})\s)"
    pattern = rf"""
      (?P<first_months>(?:(?:les|des|aux|sur\s+les|durant\s+les|pendant\s+les)\s+)?(?P<count>{count})\s+premiers\s+(?:mois|(?P<fm_quarters>{quarters}))\b{of("fm")})
    | (?P<date_range>(?:du|depuis\s+le)\s+(?P<dr_d1>{day})\s+(?P<dr_m1>{month})(?:\s+(?P<dr_y1>{year}))?\s+(?:au|a|jusqu'\s*au)\s+(?P<dr_d2>{day})\s+(?P<dr_m2>{month})(?:\s+(?P<dr_y2>{year}))?)
    | (?P<to_date>(?:au|jusqu'\s*au|a\s+la\s+date\s+du|en\s+date\s+du|arretee?s?\s+au)\s+(?P<td_day>{day})\s+(?P<td_month>{month})(?:\s+(?P<td_year>{year}))?)
    | (?P<end_of_month>(?P<eom_prep>(?:a|en|jusqu'\s*a|pour)\s+)?fin\s+(?P<eom_month>{month})(?:\s+(?P<eom_year>{year}))?)
    | (?P<quarter>(?P<q_ord>{ordinal})\s+(?:{_alternation(data["quarter_words"])}){of("q")})
    | (?P<quarter_short>\b[tq](?P<qs_num>[1-4])[\s-]+(?P<qs_year>{year}))
    | (?P<half>(?P<h_ord>{ordinal})\s+(?:{_alternation(data["half_words"])}){of("h")})
    | (?P<half_short>\bs(?P<hs_num>[12])[\s-]+(?P<hs_year>{year}))
    | (?P<month_range>(?:(?P<mr_between>entre)\s+|de\s+|d'\s*)(?P<mr_from>{month})(?:\s+(?:de\s+|d'\s*)?(?P<mr_y1>{year}))?\s+(?:a|au|et|-)\s+(?P<mr_to>{month})(?(mr_y1)(?=\s+(?:de\s+|d'\s*)?{year}))(?:\s+(?:de\s+|d'\s*)?(?P<mr_year>{year}))?)
    | (?P<date>(?P<d_day>{day})\s+(?P<d_month>{month})\s+(?P<d_year>{year}))
    | (?P<month>(?P<m_month>{month})\s+(?:de\s+|d'\s*)?(?P<m_year>{year}))
    | (?P<month_only>(?:{_alternation(data["month_openers"])})\s*(?P<mo_month>{month})(?!\s+(?:de\s+|d'\s*)?{year}))
    | (?P<end_of_year>{_alternation(data["end_of_year"])}(?:\s+(?P<eoy_year>{year}))?)
    | (?P<horizon>(?:{_alternation(data["horizons"])})\s+(?P<hz_year>{year}))
    | (?P<whole_year>(?:{_alternation(data["whole_of_year"])})\s+(?:l'\s*annee\s+)?(?P<wy_year2>{year})|(?:{_alternation(data["whole_year"])})(?:\s+(?P<wy_year>{year}))?)
    | (?P<same>(?:{_alternation(data["same_period"])})(?:\s+(?:de\s+|en\s+|d'\s*)?(?:l'\s*annee\s+)?(?:(?P<same_year>{year})|(?P<same_prev>{_alternation(data["previous_years"])}|{_alternation(data["relative_years"])}|l'\s*annee\s+(?:precedente|derniere|passee)|l'\s*an\s+(?:dernier|passe)))|\s+(?P<same_prev2>l'\s*annee\s+(?:precedente|derniere|passee)))?)
    | (?P<recent>(?:au\s+cours\s+des|ces|durant\s+les|pendant\s+les|sur\s+les|lors\s+des)\s+(?P<rc_count>{count})\s+dernieres\s+annees)
    | (?P<recent_decade>(?:au\s+cours\s+de\s+la|sur\s+la|durant\s+la|pendant\s+la|lors\s+de\s+la)\s+derniere\s+decennie)
    | (?P<consecutive>(?:pendant|durant|depuis)\s+(?P<cs_count>{count})\s+annees\s+consecutives)
    | (?P<within_years>\ben\s+(?:moins\s+de\s+)?(?P<wi_count>{count})\s+ans\b)
    | (?P<same_year_words>{_alternation(data["same_year"])})
    | (?P<same_date>{_alternation(data["same_date"])})
    | (?P<previous>{_alternation(data["previous_years"])})
    | (?P<relative>{_alternation(data["relative_years"])})
    | (?P<rate>{_alternation(data["rates"])})
    | {{ytd}}
    | (?P<since>(?:depuis|des)\s+(?:l'\s*annee\s+|le\s+debut\s+de\s+l'\s*annee\s+)?(?P<sn_year>{year}))
    | (?P<since_month>depuis\s+(?:le\s+mois\s+(?:de\s+|d'\s*)|(?P<sn_edge>(?:la\s+)?fin\s+|(?:le\s+)?debut\s+))?(?P<sn_month>{month})\s+(?:de\s+|d'\s*)?(?P<sn_month_year>{year}))
    | {{fiscal}}
    | {{now}}
    # rarer periods behind one test of their first letter, so that most positions pay for one check, not three
    | (?={rare_heads})(?:(?P<solar>(?:l'\s*)?(?:{solar_year})\s+(?P<sy_year>{solar}))
      | (?P<from_month>(?:{starting_from})\s+(?:(?:le\s+)?(?P<sf_day>{day})\s+)?(?:mois\s+(?:de\s+|d'\s*))?(?P<sf_month>{month})(?:\s+(?:de\s+|d'\s*)?(?P<sf_year>{year}))?)
      | (?P<season>(?:{seasons})\s+(?:de\s+|d'\s*)?{year}\s*[-/]\s*(?:{year}|\d\d)\b))
    | (?P<decade>annees\s+(?:19|20)\d0)
    | (?P<year_between>(?:(?P<yb_entre>entre)\s+(?P<yb_from>{year})\s+et|de\s+(?P<yb_from2>{year})\s+a)\s+(?P<yb_to>{year}))
    | (?P<year_range>(?P<yr_from>{year})\s*[-/]\s*(?P<yr_to>{year}))
    | (?P<year>(?P<y_year>{year}))
    """
    # « l'exercice 2021-2022, clos fin juin », « l'année fiscale close le 31 mars 2023 », « l'exercice écoulé »
    # one or two words may qualify the fiscal year before its years (« l'exercice budgétaire indien 2022-2023 »,
    # « l'année fiscale japonaise 2023 »), but not a preposition (« l'exercice en 2023 » is no fiscal year's name)
    qualifier = r"(?:(?!(?:en|de|du|des|d|le|la|les|l|a|au|aux|et|ou|pour|sur|par|qui|que|dont)\b)[a-z-]+\s+){1,2}?"
    # its months may follow in brackets: « l'exercice 2022-2023 (avril-mars) », « (avril 2022-mars 2023) »,
    # « l'exercice budgétaire 2023-2024 (clos fin juin) »; so named, two years alone are one too (« en 2022-2023
    # (juillet-juin) »)
    bracket = rf"\s*\(\s*(?:{month}|{closing})"
    fiscal = (rf"(?P<fiscal>(?:(?:{fiscal_year})"
              rf"(?:\s+(?P<fy_name>{qualifier})?(?:(?P<fy_from>{year})\s*[-/]\s*(?P<fy_to>{year}|\d\d)|(?P<fy_year>{year}))\b"
              rf"|\s+(?P<fy_other>ecoulee?|(?P<fy_previous>precedente?)|en\s+cours)"
              # « l'exercice indien clos fin mars »: a qualifier, then its closing month
              rf"|\s+(?P<fy_cname>{qualifier})(?=(?:{closing})\s))?"
              rf"|(?P<fy_closing>{closing_years})(?=\s*,?\s*(?:{closing})\s)"
              rf"|(?P<fy_bare_from>{year})\s*[-/]\s*(?P<fy_bare_to>{year}|\d\d)(?={bracket}))"
              rf"(?:\s*\(\s*(?P<fy_m1>{month})(?:\s+(?P<fy_y1>{year}))?\s*[-/]\s*(?P<fy_m2>{month})"
              rf"(?:\s+(?P<fy_y2>{year}))?\s*\)"
              rf"|\s*(?:,\s*|(?P<fy_bracket>\(\s*))?(?:{closing})\s+(?:le\s+(?P<fy_day>{day})\s+|(?:a\s+)?fin\s+|en\s+)"
              rf"(?P<fy_month>{month})(?:\s+(?P<fy_end_year>{year}))?(?(fy_bracket)\s*\)))?)")
    now = rf"(?P<now>{_alternation(data['now'])})"
    ytd = rf"(?P<year_to_date>(?:{_alternation(data['year_to_date'])})(?!\s+(?:de\s+|d'\s*)?{year}))"
    body = pattern.strip().replace("{fiscal}", fiscal).replace("{now}", now).replace("{ytd}", ytd)
    # not inside a number ("150.2023", "2023,5") nor a label ("n° 2023")
    regex = re.compile(rf"(?<![\w.,°])(?<!n°\s)(?:{body})(?![\w]|[.,]\d)", re.VERBOSE)
    # « la signature du protocole de 2014 », « la réouverture de la frontière …, en décembre 2022 »: an event
    # noun, its complement (no figure, no verb), then the date's own preposition
    breaks = "|".join(re.escape(fold(w)) for w in data["event_breaks"])
    event = re.compile(
        rf"\b(?:{_alternation(data['events'])})(?P<complement>\s+(?:de|du|des|d')\s*[^\d,;:()«»]{{0,60}}?)?"
        rf"\s*,?\s*(?:(?:de|du|d'|en|le|au|des)\s*)?$")
    event_breaks = re.compile(rf"\b(?:{breaks})\b")
    event_hints = tuple(sorted({max(re.findall(r"[a-z0-9]+", fold(str(w))), key=len) for w in data["events"]}))
    before_event = re.compile(rf"(?:^|[^\w'])(?:{_alternation(data['before_events'])})\s+(?:l'\s*|la\s+|le\s+|les\s+)$")
    return _Grammar(months, ordinals, relative, previous, rates, regex, event, event_breaks, event_hints, before_event)


def _squash(text: str) -> str:
    return re.sub(r"'\s+", "'", re.sub(r"\s+", " ", text.strip()))


def find_periods(text: str, published: Published | None = None, folded: str | None = None) -> list[PeriodMention]:
    """Every period expression in `text`, in order, resolved where the words alone allow it."""
    grammar = _grammar()
    folded = fold(text) if folded is None else folded
    found: list[PeriodMention] = []
    for m in grammar.regex.finditer(folded):
        mention = _resolve(m, grammar, published, text)
        if mention is not None:
            found.append(_fiscal_years_alike(_previous_fiscal(_as_event(mention, folded, grammar), found), found,
                                             folded))
    found = _current_fiscal_parts(found, text, folded, grammar) if "en cours" in folded else found
    return _fiscal_parts(found, text, folded) if any(p.kind == "fiscal" for p in found) else found


@cache
def _current_fiscal() -> re.Pattern[str]:
    """« de l'exercice en cours », « de l'année budgétaire en cours » (periods.yaml `fiscal_years`)."""
    return re.compile(rf"\b(?:{_alternation(read_data('periods.yaml')['fiscal_years'])})\s+en\s+cours\b")


def _current_fiscal_parts(found: list[PeriodMention], text: str, folded: str, g: _Grammar) -> list[PeriodMention]:
    """« sur les six premiers mois de l'exercice en cours », « au premier semestre de l'exercice en cours »: months
    counted from the start of a fiscal year, not of the calendar year; a fiscal part of kind `fiscal` whose months
    are those its bracket names when they are as many (« (juillet-décembre 2024) »: 2024-07/2024-12, the bracket's
    mentions then date nothing else), else not said (period None)."""
    out: list[PeriodMention] = []
    skip_to = -1
    for mention in found:
        if mention.start < skip_to:
            continue
        if mention.kind not in ("point", "months") or mention.period is None and mention.months is None or \
                not _current_fiscal().search(folded, mention.start, mention.end):
            out.append(mention)
            continue
        count = Period.parse(mention.period).months if mention.period else \
            mention.months[1] - mention.months[0] + 1  # type: ignore[index]
        bracket = re.compile(rf"\s*\(\s*(?P<m1>{_alternation(g.months)})\s*[-–]\s*(?P<m2>{_alternation(g.months)})"
                             r"\s+(?P<year>(?:19|20)\d\d)\s*\)").match(folded, mention.end)
        period = None
        end = mention.end
        if bracket is not None:
            first, last, year = g.months[bracket.group("m1")], g.months[bracket.group("m2")], int(bracket.group("year"))
            if (last - first) % 12 + 1 == count:
                start = year * 12 + last - 1 - (count - 1)
                period, end = format_period(start, start + count - 1), bracket.end()
                skip_to = end
        out.append(PeriodMention(mention.start, end, "fiscal", period, text[mention.start:end],
                                 months=(1, count)))
    return out


def _fiscal_parts(found: list[PeriodMention], text: str, folded: str) -> list[PeriodMention]:
    """« les neuf premiers mois de l'exercice 2023-2024 », « au premier semestre de l'exercice 2022-2023 »: months
    counted from the start of a fiscal year are one mention, of kind `fiscal`, whose months are those of the fiscal
    year (`months`, 1-9), dated where the fiscal year's months are said: in its own words (« de l'exercice
    2022-2023 (avril-mars) »), by months in apposition that fit (« Sur les neuf premiers mois de l'exercice
    2023-2024, d'avril à décembre, » : 2023-04/2023-12), or later by the article (`fiscal_months_after`)."""
    out: list[PeriodMention] = []
    index = 0
    while index < len(found):
        part = found[index]
        fiscal = found[index + 1] if index + 1 < len(found) else None
        if part.kind != "months" or part.months is None or fiscal is None or fiscal.kind != "fiscal" or \
                not re.search(r"premiers?\b|trimestre|semestre", fold(part.text)) or \
                not re.fullmatch(r"\s+(?:de\s+|d'\s*)(?:l'\s*)?", folded[part.end:fiscal.start]) or \
                not (fiscal.endpoints or fiscal.period and "/" in fiscal.period):
            out.append(part)
            index += 1
            continue
        first, last = part.months
        end, used = fiscal.end, 2
        start: int | None = None
        if fiscal.period is not None:  # « de l'exercice 2022-2023 (avril-mars) »
            parsed = Period.parse(fiscal.period)
            start = parsed.start if parsed.months == 12 else None
        apposed = found[index + 2] if index + 2 < len(found) else None
        if start is None and fiscal.endpoints and apposed is not None and apposed.kind == "months" and apposed.months \
                and re.fullmatch(r"\s*,\s*", folded[fiscal.end:apposed.start]) and \
                apposed.months[1] - apposed.months[0] == last - first and apposed.months[0] - first + 1 > 1:
            # « Sur les neuf premiers mois de l'exercice 2023-2024, d'avril à décembre, » : the fiscal year starts in
            # April of its first year
            start = int(fiscal.endpoints[0]) * 12 + apposed.months[0] - first
            end, used = apposed.end, 3
        period = format_period(start + first - 1, start + last - 1) if start is not None else None
        out.append(PeriodMention(part.start, end, "fiscal", period, text[part.start:end], months=part.months,
                                 endpoints=fiscal.endpoints, name=fiscal.name))
        index += used
    return out


def fiscal_months_after(mentions: list[PeriodMention],
                        known: dict[int, set[str]]) -> tuple[list[PeriodMention], dict[int, set[str]]]:
    """« l'exercice 2023-2024, clos fin juin » then « l'exercice 2024-2025 » (or « les six premiers mois de
    l'exercice 2024-2025 »): where the article has said which months its fiscal years run over, a fiscal year
    named by its two years alone runs over the same months. `known` maps the first month (1-12) of each fiscal
    year whose months the article said to the words that qualified them (« indien »); the months carry only
    where one first month is known and the later words add no qualifier of their own (« l'exercice australien
    2024-2025 » after « l'exercice indien 2023-2024 (avril-mars) » is another country's). Returns the mentions,
    dated where they can be, and what is known after them."""
    known = {month: set(names) for month, names in known.items()}
    out: list[PeriodMention] = []
    for mention in mentions:
        if mention.kind == "fiscal" and mention.period is None and mention.endpoints and len(known) == 1:
            first_month, names = next(iter(known.items()))
            words = set((mention.name or "").split())
            first_year = int(mention.endpoints[0])
            if words <= names and int(mention.endpoints[1]) == first_year + 1:
                start = first_year * 12 + first_month - 1
                low, high = mention.months or (1, 12)
                mention = replace(mention, period=format_period(start + low - 1, start + high - 1))
        if mention.kind == "fiscal" and mention.period is not None and "/" in mention.period and \
                (mention.months is None or mention.endpoints):
            parsed = Period.parse(mention.period)
            low = mention.months[0] if mention.months and mention.endpoints else 1
            if parsed.months == 12 or mention.months and mention.endpoints:
                first_month = (parsed.start - (low - 1)) % 12 + 1
                if first_month != 1:
                    known.setdefault(first_month, set()).update((mention.name or "").split())
        out.append(mention)
    return out, known


def _fiscal_name(words: str | None) -> str | None:
    """The words that qualify a fiscal year (« budgetaire indien »), or None."""
    return " ".join(words.split()) if words and words.strip() else None


def previous_fiscal_after(mentions: list[PeriodMention], period: str | None) -> list[PeriodMention]:
    """« … 182 millions de dollars au cours de l'exercice 2022/2023 (juillet-juin). Un montant en progression de
    14 % par rapport à l'exercice précédent »: where the sentence names no fiscal year of its own, « l'exercice
    précédent » is the twelve months before the period of the sentences before, when that period is twelve
    months across two years (a fiscal year); after a calendar year, or anything else, its months stay unsaid."""
    if period is None or period.endswith("/..") or not any(
            p.kind == "fiscal" and p.offset == -1 and p.period is None for p in mentions):
        return mentions
    months = Period.parse(period)
    if months.months != 12 or months.start % 12 == 0:
        return mentions
    before = format_period(months.start - 12, months.end - 12)
    return [replace(p, period=before) if p.kind == "fiscal" and p.offset == -1 and p.period is None else p
            for p in mentions]


def _fiscal_years_alike(mention: PeriodMention, before: list[PeriodMention], folded: str) -> PeriodMention:
    """« au cours de l'exercice 2022-2023 (avril-mars), contre 5,46 milliards en 2020-2021 »: two years running
    written as a fiscal year is, after a fiscal year whose months were said, the fiscal year of the same months,
    not the span of two calendar years (but « sur la période 2020-2021 » is one)."""
    if mention.kind != "span" or mention.endpoints is None or \
            int(mention.endpoints[1]) != int(mention.endpoints[0]) + 1 or \
            not re.fullmatch(r"\d{4}\s*[-/]\s*\d{4}", mention.text) or \
            re.search(r"\bperiode\s*$", folded[max(0, mention.start - 12):mention.start]):
        return mention
    named = [p for p in before if p.kind == "fiscal" and p.period and "/" in p.period]
    if not named:
        return mention
    months = Period.parse(named[-1].period)  # type: ignore[arg-type]
    if months.months != 12 or months.start % 12 == 0:
        return mention
    start = int(mention.endpoints[0]) * 12 + months.start % 12
    return replace(mention, kind="fiscal", period=format_period(start, start + 11), endpoints=None)


def _previous_fiscal(mention: PeriodMention, before: list[PeriodMention]) -> PeriodMention:
    """« au cours de l'exercice 2022-2023, clos fin mars, …, contre 18,2 milliards l'exercice précédent »: the
    twelve months before the fiscal year the sentence named; with none named, its months are not said."""
    if mention.kind != "fiscal" or mention.offset != -1 or mention.period is not None:
        return mention
    named = [p for p in before if p.kind == "fiscal" and p.period]
    if not named:
        return mention
    months = Period.parse(named[-1].period)  # type: ignore[arg-type]
    return replace(mention, period=format_period(months.start - 12, months.end - 12))


def _as_event(mention: PeriodMention, folded: str, g: _Grammar) -> PeriodMention:
    """A date that completes an event noun is when the event happened: « un niveau inédit depuis la
    signature du protocole de 2014 », « La réouverture de la frontière entre le Bénin et le Nigeria, en
    décembre 2022, devrait … », « depuis l'entrée en vigueur de l'accord en 2021 »."""
    if mention.kind not in ("point", "to_date", "months"):
        return mention
    before = folded[max(0, mention.start - 90):mention.start]
    if not any(word in before for word in g.event_hints):
        return mention
    found = g.event.search(before)
    if found is None or (found.group("complement") and g.event_breaks.search(found.group("complement"))):
        return mention
    if _time_before_the_event(mention, folded, before[:found.start()], found.group(0), g):
        return mention
    return replace(mention, kind="event")


def _time_before_the_event(mention: PeriodMention, folded: str, head: str, event: str, g: _Grammar) -> bool:
    """« Avant la pandémie, en 2019, le Vietnam accueillait 18 millions de touristes », « Avant la fermeture de
    la frontière, en 2018, l'Ouganda vendait … par an »: a year set off by commas after an event that a word of
    `before_events` opens is the time the sentence then tells, the last one before the event, not the event's
    date. A month or a day stays the event's (« Avant la réouverture de la frontière, en décembre 2022, »), and
    so does a year with no commas (« avant la fermeture de la frontière en 2019 »)."""
    return bool(re.fullmatch(r"(?:19|20)\d\d", mention.text) and re.search(r",\s*en\s*$", event)
                and re.match(r"\s*,", folded[mention.end:mention.end + 3]) and g.before_event.search(head))


def _time_of_its_clause(m: re.Match[str]) -> bool:
    """« fin décembre » with no preposition dates a figure where it stands right before it, between the
    verb and its figure (« Les Etats-Unis comptaient fin décembre 1 329 projets », « s'élevait fin décembre
    à 86 milliards »); elsewhere it is as often when something happened (« une réunion tenue fin octobre »,
    « Fin juin, le ministre a annoncé … »)."""
    return re.match(r"\s*(?:a\s+|de\s+)?\d", m.string[m.end():]) is not None


def _count(text: str) -> int:
    return int(text) if text.isdigit() else NUMBER_WORDS[text]


def _day(text: str) -> int:
    return 1 if text == "1er" else int(text)


def _months_period(year: int, first: int, last: int) -> str:
    return format_period(year * 12 + first - 1, year * 12 + last - 1)


def _solar_months(year: int, first: int, last: int) -> str:
    """Months `first`..`last` of the Solar Hijri (Iranian) year `year`, as the calendar months they touch. The
    year begins on 21 March (Nowruz) of `year` + 621 and its months run from about the 21st to the 20th, so
    « l'année iranienne 1401 » (21 March 2022 - 20 March 2023) is 2022-03/2023-03 and its first six months
    2023-03/2023-09 for 1402: the months that contain the period, never fewer (a claim for a period a little
    wider than the true one still holds every part of it; a calendar year or an April-March fiscal year would not)."""
    base = (year + 621) * 12 + 1  # March of the Gregorian year in which the Iranian year begins (0-based index + 1)
    return format_period(base + first, base + last + 1)


def resolve_months(first: int, last: int, year: int) -> str:
    """The period of a `months` template in a given year."""
    return _months_period(year, first, last)


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _resolve(m: re.Match[str], g: _Grammar, published: Published | None, text: str) -> PeriodMention | None:
    start, end = m.span()
    original = text[start:end]
    group = m.group

    def mention(kind: Kind, period: str | None, **extra: object) -> PeriodMention:
        return PeriodMention(start, end, kind, period, original, **extra)  # type: ignore[arg-type]

    def year_of(name: str) -> int | None | str:
        """The year after a period word: written, "de cette année" (publication), or "de l'année"
        (the context's: returned as "context")."""
        if group(name):
            return int(group(name))
        if group(f"{name}_this"):
            return published.year if published else None
        if group(f"{name}_sh"):
            return f"solar {group(f'{name}_sh')}"
        if group(f"{name}_ctx"):
            return "context"
        return "context"

    def months_or_point(first: int, last: int, year: int | None | str) -> PeriodMention:
        if isinstance(year, int):
            return mention("point", _months_period(year, first, last))
        if isinstance(year, str) and year.startswith("solar "):  # « les six premiers mois de l'année iranienne 1402 »
            return mention("fiscal", _solar_months(int(year.split()[1]), first, last))
        if year is None:
            return mention("point", None)
        return mention("months", None, months=(first, last))

    if group("solar"):
        return mention("fiscal", _solar_months(int(group("sy_year")), 1, 12))
    if group("fiscal"):
        return _fiscal(m, g, published, mention)
    if group("year_to_date"):  # « depuis le début de l'année »: a count to the day of writing
        if published is None:
            return mention("to_date", None)
        # the day of writing, or where only the month of publication is known, that month's last day: the count
        # runs from January into that month, as far as the month goes (the engine reads only the month: the
        # figure is at least the months before it, at most the months to it)
        day = published.day or _last_day(published.year, published.month)
        return mention("to_date", _months_period(published.year, 1, published.month),
                       as_of=f"{published.year:04d}-{published.month:02d}-{day:02d}")
    if group("now"):
        return mention("now", f"{published.year:04d}-{published.month:02d}" if published else None)
    if group("first_months"):
        # « les neuf premiers mois », « les trois premiers trimestres de 2024 » (January to September)
        months = _count(group("count")) * (3 if group("fm_quarters") else 1)
        if not 1 <= months <= 12:
            return None
        return months_or_point(1, months, year_of("fm"))
    if group("date_range"):
        first, last = g.months[group("dr_m1")], g.months[group("dr_m2")]
        year_text = group("dr_y2") or group("dr_y1")
        if last < first or _day(group("dr_d1")) != 1:
            return None
        if year_text is None:
            return mention("months", None, months=(first, last))
        year = int(year_text)
        last_day = _day(group("dr_d2"))
        if not 1 <= last_day <= _last_day(year, last):
            return None
        if last_day == _last_day(year, last):
            return mention("point", _months_period(year, first, last))
        return mention("to_date", _months_period(year, first, last), as_of=f"{year:04d}-{last:02d}-{last_day:02d}")
    if group("to_date"):
        month = g.months[group("td_month")]
        year_text = group("td_year")
        day = _day(group("td_day"))
        if year_text is None:
            return mention("months", None, months=(1, month)) if day >= 28 else None
        year = int(year_text)
        if not 1 <= day <= _last_day(year, month):
            return None
        if day == _last_day(year, month):
            return mention("to_date", _months_period(year, 1, month))
        return mention("to_date", _months_period(year, 1, month), as_of=f"{year:04d}-{month:02d}-{day:02d}")
    if group("end_of_month"):
        month = g.months[group("eom_month")]
        if not group("eom_prep") and not _time_of_its_clause(m):
            # « lors d'une réunion tenue fin octobre », « en visite à Ankara fin janvier »: when something happened
            if group("eom_year"):
                return mention("point", f"{int(group('eom_year')):04d}-{month:02d}")
            return mention("event", None)
        if group("eom_year"):
            return mention("to_date", _months_period(int(group("eom_year")), 1, month))
        return mention("months", None, months=(1, month))
    if group("quarter") or group("quarter_short"):
        number = int(group("qs_num")) if group("quarter_short") else g.ordinals[group("q_ord")]
        if not 1 <= number <= 4:
            return mention("point", None)
        if group("quarter_short"):
            return mention("point", f"{int(group('qs_year'))}-Q{number}")
        return months_or_point(3 * number - 2, 3 * number, year_of("q"))
    if group("half") or group("half_short"):
        number = int(group("hs_num")) if group("half_short") else g.ordinals[group("h_ord")]
        if number == 4:  # "le dernier semestre"
            number = 2
        if not 1 <= number <= 2:
            return mention("point", None)
        if group("half_short"):
            return mention("point", f"{int(group('hs_year'))}-H{number}")
        return months_or_point(6 * number - 5, 6 * number, year_of("h"))
    if group("month_range") and group("mr_y1"):
        # « entre avril 2000 et décembre 2023 », « d'avril 2022 à janvier 2023 »: the months between, one period (a
        # total over them for a level alone); its two ends are not each a figure's period (no `endpoints`)
        first = int(group("mr_y1")) * 12 + g.months[group("mr_from")] - 1
        last = int(group("mr_year")) * 12 + g.months[group("mr_to")] - 1
        if last <= first:
            return None
        if first // 12 == last // 12:  # « de janvier 2023 à juin 2023 »: months of one year
            return mention("point", format_period(first, last))
        return mention("span", format_period(first, last))
    if group("month_range"):
        first, last = g.months[group("mr_from")], g.months[group("mr_to")]
        if last < first:
            return None
        if group("mr_year"):
            return mention("point", _months_period(int(group("mr_year")), first, last))
        return mention("months", None, months=(first, last))
    if group("date"):
        day = _day(group("d_day"))
        if not 1 <= day <= 31:
            return None
        return mention("date", f"{int(group('d_year')):04d}-{g.months[group('d_month')]:02d}")
    if group("month"):
        return mention("point", f"{int(group('m_year')):04d}-{g.months[group('m_month')]:02d}")
    if group("from_month"):
        # « prévoient de porter ce nombre à 18 vols à partir de juillet »: the month a target or a forecast starts
        # from, a deadline; with no year, the next such month at or after publication
        month = g.months[group("sf_month")]
        if group("sf_year"):
            named = f"{int(group('sf_year')):04d}-{month:02d}"
            if published is not None and int(group("sf_year")) * 12 + month - 1 < published.month_index:
                return mention("point", named)  # « dès janvier 2020, les exportations ont chuté »: a month past, as before
            return mention("horizon", named)
        if published is None:
            return mention("horizon", None)
        year = published.year if month >= published.month else published.year + 1
        return mention("horizon", f"{year:04d}-{month:02d}", months=(month, month))
    if group("month_only"):
        month = g.months[group("mo_month")]
        return mention("months", None, months=(month, month))
    if group("end_of_year"):
        year = int(group("eoy_year")) if group("eoy_year") else (published.year if published else None)
        return mention("horizon", str(year) if year else None)
    if group("horizon"):
        return mention("horizon", group("hz_year"))
    if group("whole_year"):
        if group("wy_year") or group("wy_year2"):  # « sur l'ensemble de 2023 »
            return mention("point", group("wy_year") or group("wy_year2"))
        return mention("same_year", None, offset=0)
    if group("same"):
        if group("same_year"):
            return mention("same_period", group("same_year"))
        if group("same_prev") or group("same_prev2"):
            return mention("same_period", None, offset=-1)
        return mention("same_period", None)
    if group("recent"):
        return mention("recent", None, count=_count(group("rc_count")))
    if group("recent_decade"):
        return mention("recent", None, count=10)
    if group("consecutive"):
        return mention("recent", None, count=_count(group("cs_count")), offset=0)
    if group("within_years"):
        return mention("recent", None, count=_count(group("wi_count")))
    if group("same_date"):  # « à la même date »: the date the sentences before named (the reader's context)
        return mention("same_date", None)
    if group("same_year_words"):
        return PeriodMention(start, end, "same_year", None, original, offset=0)
    if group("previous"):
        offset = g.previous[_squash(group("previous"))]
        return PeriodMention(start, end, "same_year", None, original, offset=offset)
    if group("relative"):
        offset = g.relative[_squash(group("relative"))]
        return mention("point", str(published.year + offset) if published else None, offset=None)
    if group("rate"):
        return mention("rate", None, rate=g.rates[_squash(group("rate"))])
    if group("since_month"):
        # « privées du marché algérien depuis juin 2022 »: when a trend began, never a figure's period; « depuis fin
        # juin 2022 » starts at a day the words do not give
        if group("sn_edge"):
            return mention("since", None)
        return mention("since", f"{int(group('sn_month_year')):04d}-{g.months[group('sn_month')]:02d}")
    if group("since"):
        # « devraient franchir 150 milliards dès 2025 »: as early as that year, a deadline met early; but « un
        # objectif fixé dès 2014 » (after a participle) is when something began, as « depuis 2014 » is
        if original[:3].lower() == "dès" and not re.search(r"\w(?:é|ée|és|ées)\s*$", text[:start]):
            return mention("horizon", group("sn_year"))
        return mention("since", group("sn_year"))
    if group("season"):
        return mention("season", None)
    if group("decade"):  # « dans les années 1990 »: ten years, none of which the words single out
        return mention("decade", None)
    if group("year_between"):
        first = int(group("yb_from") or group("yb_from2"))
        last = int(group("yb_to"))
        if last <= first:
            return None
        return mention("span", format_period(first * 12, last * 12 + 11), endpoints=(str(first), str(last)))
    if group("year_range"):
        first, last = int(group("yr_from")), int(group("yr_to"))
        if last <= first:
            return None
        return mention("span", format_period(first * 12, last * 12 + 11), endpoints=(str(first), str(last)))
    return mention("point", group("y_year"))


def _fiscal(m: re.Match[str], g: _Grammar, published: Published | None,
            mention: Callable[..., PeriodMention]) -> PeriodMention | None:
    """« l'exercice 2021-2022, clos fin juin » -> 2021-07/2022-06; « l'exercice clos le 31 mars » -> the
    twelve months to the last 31 March before publication; « l'exercice 2023-2024 » (no closing month)
    -> a fiscal year whose months are not said (period None). A lone « exercice » is not a period."""
    group = m.group
    named = group("fy_from") or group("fy_year") or group("fy_other") or group("fy_bare_from")
    if group("fy_previous"):  # « contre 18,2 milliards l'exercice précédent »: the one before (see `_previous_fiscal`)
        return mention("fiscal", None, offset=-1)
    if group("fy_m1"):
        return mention("fiscal", _bracketed_months(m, g))
    if not group("fy_month"):
        if group("fy_from") and not group("fy_m1"):  # « l'exercice 2023-2024 »: its months may be said elsewhere
            first, last = _two_years(m)
            return mention("fiscal", None, endpoints=(str(first), str(last)), name=_fiscal_name(group("fy_name")))
        return mention("fiscal", None) if named else None  # « l'année close » with no month is no period
    month = g.months[group("fy_month")]
    if group("fy_day") and _day(group("fy_day")) not in (28, 29, 30, 31):
        return mention("fiscal", None)  # closed mid-month: not twelve calendar months
    year: int | None = None
    if group("fy_end_year"):
        year = int(group("fy_end_year"))
    elif group("fy_from") or group("fy_bare_from"):
        first, year = _two_years(m)
        if year != first + 1 or month == 12:
            return mention("fiscal", None)
    elif group("fy_year"):
        year = int(group("fy_year")) if month == 12 else None  # « l'exercice 2023, clos le 31 mars »: which?
    elif group("fy_other"):
        year = None
    elif published is not None:  # « sur l'exercice clos le 31 mars »: the last one closed before publication
        year = published.year if month < published.month else published.year - 1
    if year is None:
        return mention("fiscal", None)
    end = year * 12 + month - 1
    return mention("fiscal", format_period(end - 11, end))


def _two_years(m: re.Match[str]) -> tuple[int, int]:
    """The two years a fiscal year is named by: « 2022-2023 », « 2022/23 »."""
    first = int(m.group("fy_from") or m.group("fy_bare_from"))
    to = m.group("fy_to") or m.group("fy_bare_to")
    return first, int(to) if len(to) == 4 else first // 100 * 100 + int(to)


def _bracketed_months(m: re.Match[str], g: _Grammar) -> str | None:
    """The twelve months a bracket names: « l'exercice 2022-2023 (avril-mars) » -> 2022-04/2023-03,
    « (juillet 2022-juin 2023) » -> 2022-07/2023-06. None when they are not twelve months running, or do not fit
    the years named (« l'exercice 2023 (avril-mars) »: which March?)."""
    group = m.group
    first, last = g.months[group("fy_m1")], g.months[group("fy_m2")]
    if last % 12 + 1 != first:
        return None
    start_year: int | None = None
    if group("fy_y1") and group("fy_y2"):
        start_year = int(group("fy_y1"))
        if int(group("fy_y2")) * 12 + last - (start_year * 12 + first) != 11:
            return None
    elif group("fy_y1") or group("fy_y2"):
        return None
    if group("fy_from") or group("fy_bare_from"):
        named_first, named_last = _two_years(m)
        if named_last != named_first + 1 or first == 1 or start_year not in (None, named_first):
            return None
        start_year = named_first
    elif group("fy_year") and first == 1:  # « l'exercice 2023 (janvier-décembre) »
        start_year = start_year or int(group("fy_year"))
    if start_year is None:
        return None
    start = start_year * 12 + first - 1
    return format_period(start, start + 11)


def infer_publication(text: str) -> str | None:
    """The latest full date a text mentions ("le 21 août 2023" -> "2023-08-21"), for an article that
    gives no date of its own (SPEC: 'inferred from the text, latest full date mentioned')."""
    g = _grammar()
    best: tuple[int, int, int] | None = None
    folded = fold(text)
    for mention in find_periods(text, folded=folded):
        if mention.kind != "date":
            continue
        m = g.regex.match(folded, mention.start)
        if m is None or not m.group("date"):
            continue
        candidate = (int(m.group("d_year")), g.months[m.group("d_month")], _day(m.group("d_day")))
        best = candidate if best is None or candidate > best else best
    if best is None:
        return None
    return f"{best[0]:04d}-{best[1]:02d}-{best[2]:02d}"
