"""Periods in French text: "en 2023", "au premier trimestre 2025", "les six premiers mois de 2023",
"de janvier à août 2023", "l'année précédente", "par an", "d'ici 2030", "la même période en 2024".

Pure: text in, `PeriodMention`s out. Relative expressions resolve against the article's publication
date when one is given (SPEC, 'Sources'); words come from lexicon/periods.yaml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Literal

from factcheck.extraction.text import fold
from factcheck.lexicon import read_data
from factcheck.model import format_period

Kind = Literal["point", "rate", "horizon", "same_period", "date"]

NUMBER_WORDS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
                "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12}


@dataclass(frozen=True)
class PeriodMention:
    """A period found in a text. `period` is a SPEC period string, or None when it cannot be resolved
    (a relative year with no publication date); `rate` is year/week/month for "par an"-like words."""

    start: int
    end: int
    kind: Kind
    period: str | None
    text: str
    rate: str | None = None
    offset: int | None = None  # for "l'année précédente": years from the year the sentence is about


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


@dataclass(frozen=True)
class _Grammar:
    months: dict[str, int]
    ordinals: dict[str, int]
    relative: dict[str, int]
    rates: dict[str, str]
    regex: re.Pattern[str]


def _alternation(words: object) -> str:
    items = sorted((fold(str(w)) for w in words), key=len, reverse=True)  # type: ignore[attr-defined]
    return "|".join(re.escape(w).replace("'", r"'\s*").replace(r"\ ", r"\s+") for w in items)


@cache
def _grammar() -> _Grammar:
    data = read_data("periods.yaml")
    months = {fold(k): v for k, v in data["months"].items()}
    ordinals = {fold(k): v for k, v in data["ordinals"].items()}
    relative = {_squash(fold(k)): v for k, v in data["relative_years"].items()}
    relative.update({_squash(fold(k)): v for k, v in data["previous_years"].items()})
    rates = {_squash(fold(k)): v for k, v in data["rates"].items()}
    month = _alternation(months)
    ordinal = _alternation(ordinals)
    count = r"\d{1,2}|" + _alternation(NUMBER_WORDS)
    year = r"(?:19|20)\d\d"
    of = r"(?:\s+(?:de\s+|d'\s*)?(?:l'\s*annee\s+)?)"
    pattern = rf"""
      (?P<first_months>(?:les|des|aux|sur\s+les)\s+(?P<count>{count})\s+premiers\s+mois(?:{of}(?P<fm_year>{year}))?)
    | (?P<quarter>(?P<q_ord>{ordinal})\s+(?:{_alternation(data["quarter_words"])})(?:{of}(?P<q_year>{year}))?)
    | (?P<quarter_short>\b[tq](?P<qs_num>[1-4])\s+(?P<qs_year>{year}))
    | (?P<half>(?P<h_ord>{ordinal})\s+(?:{_alternation(data["half_words"])})(?:{of}(?P<h_year>{year}))?)
    | (?P<month_range>(?:de\s+|d'\s*)?(?P<mr_from>{month})\s+(?:a|au)\s+(?P<mr_to>{month})\s+(?P<mr_year>{year}))
    | (?P<date>(?P<d_day>[0-3]?\d|1er)\s+(?P<d_month>{month})\s+(?P<d_year>{year}))
    | (?P<month>(?P<m_month>{month})\s+(?P<m_year>{year}))
    | (?P<end_of_year>{_alternation(data["end_of_year"])}(?:\s+(?P<eoy_year>{year}))?)
    | (?P<horizon>(?:{_alternation(data["horizons"])})\s+(?P<hz_year>{year}))
    | (?P<same>(?:{_alternation(data["same_period"])})(?:\s+(?:de|en|d')\s*(?:l'\s*annee\s+)?(?P<same_year>{year}))?)
    | (?P<previous>{_alternation(data["previous_years"])})
    | (?P<relative>{_alternation(data["relative_years"])})
    | (?P<rate>{_alternation(data["rates"])})
    | (?P<year_range>(?P<yr_from>{year})\s*[-/]\s*(?P<yr_to>{year}))
    | (?P<year>(?P<y_year>{year}))
    """
    # not inside a number ("150.2023", "2023,5") nor a label ("n° 2023")
    regex = re.compile(rf"(?<![\w.,°])(?<!n°\s)(?:{pattern.strip()})(?![\w]|[.,]\d)", re.VERBOSE)
    return _Grammar(months, ordinals, relative, rates, regex)


def _squash(text: str) -> str:
    return re.sub(r"'\s+", "'", re.sub(r"\s+", " ", text.strip()))


def find_periods(text: str, published: Published | None = None, folded: str | None = None) -> list[PeriodMention]:
    """Every period expression in `text`, in order, resolved where possible."""
    grammar = _grammar()
    folded = fold(text) if folded is None else folded
    found = []
    for m in grammar.regex.finditer(folded):
        mention = _resolve(m, grammar, published, text)
        if mention is not None:
            found.append(mention)
    return found


def _resolve(m: re.Match[str], g: _Grammar, published: Published | None, text: str) -> PeriodMention | None:
    start, end = m.span()
    original = text[start:end]

    def mention(kind: Kind, period: str | None, rate: str | None = None) -> PeriodMention:
        return PeriodMention(start, end, kind, period, original, rate)

    def year_or_published(value: str | None) -> int | None:
        if value:
            return int(value)
        return published.year if published else None

    if m.group("first_months"):
        count = m.group("count")
        months = int(count) if count.isdigit() else NUMBER_WORDS[count]
        year = year_or_published(m.group("fm_year"))
        if not 1 <= months <= 12 or year is None:
            return mention("point", None)
        return mention("point", format_period(year * 12, year * 12 + months - 1))
    if m.group("quarter") or m.group("quarter_short"):
        number = int(m.group("qs_num")) if m.group("quarter_short") else g.ordinals[m.group("q_ord")]
        year = int(m.group("qs_year")) if m.group("quarter_short") else year_or_published(m.group("q_year"))
        if not 1 <= number <= 4 or year is None:
            return mention("point", None)
        return mention("point", f"{year}-Q{number}")
    if m.group("half"):
        number = g.ordinals[m.group("h_ord")]
        if number == 4:  # "le dernier semestre"
            number = 2
        year = year_or_published(m.group("h_year"))
        if not 1 <= number <= 2 or year is None:
            return mention("point", None)
        return mention("point", f"{year}-H{number}")
    if m.group("month_range"):
        year = int(m.group("mr_year"))
        first, last = g.months[m.group("mr_from")], g.months[m.group("mr_to")]
        if last < first:
            return None
        return mention("point", format_period(year * 12 + first - 1, year * 12 + last - 1))
    if m.group("date"):
        day = 1 if m.group("d_day") == "1er" else int(m.group("d_day"))
        if not 1 <= day <= 31:
            return None
        return mention("date", f"{int(m.group('d_year')):04d}-{g.months[m.group('d_month')]:02d}")
    if m.group("month"):
        return mention("point", f"{int(m.group('m_year')):04d}-{g.months[m.group('m_month')]:02d}")
    if m.group("end_of_year"):
        year = year_or_published(m.group("eoy_year"))
        return mention("horizon", str(year) if year else None)
    if m.group("horizon"):
        return mention("horizon", m.group("hz_year"))
    if m.group("same"):
        return mention("same_period", m.group("same_year"))
    if m.group("previous"):
        offset = g.relative[_squash(m.group("previous"))]
        return PeriodMention(start, end, "point", str(published.year + offset) if published else None, original,
                             offset=offset)
    if m.group("relative"):
        offset = g.relative[_squash(m.group("relative"))]
        return mention("point", str(published.year + offset) if published else None)
    if m.group("rate"):
        return mention("rate", None, g.rates[_squash(m.group("rate"))])
    if m.group("year_range"):
        first, last = int(m.group("yr_from")), int(m.group("yr_to"))
        if last <= first:
            return None
        return mention("point", format_period(first * 12, last * 12 + 11))
    return mention("point", m.group("y_year"))


def infer_publication(text: str) -> str | None:
    """The latest full date a text mentions ("le 21 août 2023" -> "2023-08-21"), for an article that
    gives no date of its own (SPEC: 'inferred from the text, latest full date mentioned')."""
    g = _grammar()
    best: tuple[int, int, int] | None = None
    for mention in find_periods(text):
        if mention.kind != "date":
            continue
        m = g.regex.match(fold(text), mention.start)
        if m is None or not m.group("date"):
            continue
        day = 1 if m.group("d_day") == "1er" else int(m.group("d_day"))
        candidate = (int(m.group("d_year")), g.months[m.group("d_month")], day)
        best = candidate if best is None or candidate > best else best
    if best is None:
        return None
    return f"{best[0]:04d}-{best[1]:02d}-{best[2]:02d}"
