"""The first line of an article that says when it was published.

The SPEC form is ` date YYYY-MM` (` date 2025-05 Title…`, as in the seeds). People also write, or copy
from a page, `Date : 2023-02-10`, `Publié le 10 février 2023 à 14h32`, `03/04/2024`: those are read
when the whole line is the date (words in lexicon/date_lines.yaml, months in periods.yaml). A first
line that looks like a date but cannot be read (` date 2023`, `Mis à jour le 12 mars 2024`, `10/02/23`)
is reported with what to write instead, never silently ignored: an article without a date loses every
« l'an dernier » figure.

One recogniser for everyone (`date_line`): the store reads the publication date from it, the sentence
splitter (extraction/text.py) skips the characters it covers, and `check` and `extract` report its
problems. Pure: text in, a `DateLine` out.
"""

from __future__ import annotations

import datetime
import re
from functools import cache
from typing import NamedTuple

# ` date 2025-05` and ` date 2025-05-06`, then anything (the seeds put the title on the same line)
_CANONICAL = re.compile(r"^\ufeff?\s*date\s+(\d{4})-(\d{2})(?:-(\d{2}))?(?![\d-])\s*")
_CANONICAL_YEAR = re.compile(r"^\ufeff?\s*date\s+(\d{4})(?![\d-])\s*")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_NUMERIC = re.compile(r"(?<!\d)\d{1,2}[/.]\d{1,2}[/.]\d{2,4}(?!\d)")
MAX_LINE = 160  # a date line is short; a long first line is the article's first sentence
MAX_LOOKALIKE = 80  # a short first line starting « Publié… » that is not read is reported


class DateLine(NamedTuple):
    """What the first line of an article says about its publication date.

    `published` is `YYYY-MM` or `YYYY-MM-DD` when read; `end` is how many characters of the line the
    date covers (the sentence splitter skips them; 0 when there is no date line); `problem` says why a
    line that looks like a date was not read, and what to write instead.
    """

    published: str | None = None
    end: int = 0
    problem: str | None = None


NONE = DateLine()


def first_line(text: str) -> str:
    """The first line of a text, without its line break."""
    return text.split("\n", 1)[0].rstrip("\r")


def date_line(text: str) -> DateLine:
    """Read the date line at the start of `text` (an article, or just its first line)."""
    line = first_line(text)
    canonical = _CANONICAL.match(line)
    if canonical:
        year, month, day = canonical.group(1), canonical.group(2), canonical.group(3)
        if not 1 <= int(month) <= 12:
            return DateLine(None, canonical.end(), f"the date line {line[:canonical.end()].strip()!r} has no "
                            f"month {month}; write ` date {year}-MM`")
        day_text = f"-{day}" if day and _valid(int(year), int(month), int(day)) else ""
        return DateLine(f"{year}-{month}{day_text}", canonical.end())
    year_only = _CANONICAL_YEAR.match(line)
    if year_only:
        year = year_only.group(1)
        return DateLine(None, year_only.end(), f"the date line gives only the year {year}; relative periods "
                        f"(« l'an dernier », « par semaine ») need the month: write ` date {year}-MM`")
    if len(line) > MAX_LINE or not (_YEAR.search(line) or _NUMERIC.search(line)):
        return NONE
    return _extended(line)


def _extended(line: str) -> DateLine:
    from factcheck.extraction.text import fold  # same length as `line`, so offsets carry over

    grammar = _grammar()
    folded = fold(line)
    match = grammar.whole.match(folded)
    if match is None:
        if grammar.update_only.match(folded):
            return DateLine(None, 0, "the first line gives the date of an update, not of publication; write "
                            "` date YYYY-MM` (the month of publication) above it")
        if len(line) <= MAX_LOOKALIKE and grammar.looks_like.match(folded):
            return DateLine(None, 0, "the first line looks like a date but is not one factcheck reads; write "
                            "` date YYYY-MM` or ` date YYYY-MM-DD` instead")
        return NONE
    shown = line.strip()
    groups = match.groupdict()
    if groups["iso_year"]:
        year, month, day = int(groups["iso_year"]), int(groups["iso_month"]), groups["iso_day"]
    elif groups["num_year"]:
        if len(groups["num_year"]) != 4:
            return DateLine(None, 0, f"{shown!r}: a two-digit year is ambiguous; write ` date YYYY-MM-DD`")
        year, month, day = int(groups["num_year"]), int(groups["num_month"]), groups["num_day"]
    elif groups["word_year"]:
        month_number = grammar.month(groups["word_month"])
        if month_number is None:
            return DateLine(None, 0, f"{shown!r}: {groups['word_month']!r} is not a month factcheck knows; "
                            "write ` date YYYY-MM-DD`")
        year, month, day = int(groups["word_year"]), month_number, groups["word_day"]
    else:
        return DateLine(None, 0, f"{shown!r} gives only a year; relative periods need the month: write "
                        f"` date {groups['only_year']}-MM`")
    if not 1 <= month <= 12:
        return DateLine(None, 0, f"{shown!r}: there is no month {month} (numeric dates are read day first, "
                        "10/02/2023 is 10 February); write ` date YYYY-MM-DD`")
    day_number = (1 if day == "1er" else int(day)) if day else None
    if day_number is not None and not _valid(year, month, day_number):
        return DateLine(None, 0, f"{shown!r}: {year}-{month:02d} has no day {day_number}; write ` date YYYY-MM-DD`")
    published = f"{year:04d}-{month:02d}" + (f"-{day_number:02d}" if day_number else "")
    return DateLine(published, len(line))


def _valid(year: int, month: int, day: int) -> bool:
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return True


class _Grammar(NamedTuple):
    whole: re.Pattern[str]
    update_only: re.Pattern[str]
    looks_like: re.Pattern[str]
    months: dict[str, int]

    def month(self, word: str) -> int | None:
        """A month from its name or an abbreviation of at least three letters (« févr. », « sept »)."""
        word = word.rstrip(".")
        if word in self.months:
            return self.months[word]
        found = {number for name, number in self.months.items() if len(word) >= 3 and name.startswith(word)}
        return found.pop() if len(found) == 1 else None


def _abbreviations(months: dict[str, int]) -> list[str]:
    """Every month name and every prefix of at least three letters that names one month only."""
    prefixes: dict[str, set[int]] = {}
    for name, number in months.items():
        for length in range(3, len(name) + 1):
            prefixes.setdefault(name[:length], set()).add(number)
    return [prefix for prefix, numbers in prefixes.items() if len(numbers) == 1 or prefix in months]


def _alternation(words: list[str]) -> str:
    from factcheck.extraction.text import fold

    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted({fold(w) for w in words}, key=len,
                                                                         reverse=True))


@cache
def _grammar() -> _Grammar:
    from factcheck.extraction.text import fold
    from factcheck.lexicon import read_data

    words = read_data("date_lines.yaml")
    months = {fold(k): int(v) for k, v in read_data("periods.yaml")["months"].items()}
    publication = _alternation(words["publication"])
    update = _alternation(words["update"])
    weekday = _alternation(words["weekdays"])
    month = _alternation(_abbreviations(months))
    cue = rf"(?:(?:{publication})\b\s*(?:le\b)?\s*[:\-–]?\s*)?"
    date = rf"""
        (?P<iso_year>\d{{4}})-(?P<iso_month>\d{{1,2}})(?:-(?P<iso_day>\d{{1,2}}))?
      | (?P<num_day>\d{{1,2}})[/.\-](?P<num_month>\d{{1,2}})[/.\-](?P<num_year>\d{{4}}|\d{{2}})
      | (?:(?:{weekday})\s+)?(?:(?P<word_day>1er|\d{{1,2}})\s+)?(?P<word_month>(?:{month})\.?)\s+(?P<word_year>\d{{4}})
      | (?P<only_year>(?:19|20)\d\d)
    """
    time = r"(?:\s*(?:a|,|-|–)?\s*\d{1,2}\s*(?:h|:)\s*(?:\d{2})?(?:\s*min)?)?"
    updated = rf"(?:\s*[,;(\-–|·]?\s*(?:{update})\b.*)?"
    whole = re.compile(rf"^\s*(?:le\s+)?{cue}(?:le\s+)?(?:{date}){time}{updated}\s*[.)]?\s*$", re.VERBOSE)
    update_only = re.compile(rf"^\s*(?:{update})\b")
    looks_like = re.compile(rf"^\s*(?:(?:{publication})\b|\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}})")
    return _Grammar(whole, update_only, looks_like, months)
