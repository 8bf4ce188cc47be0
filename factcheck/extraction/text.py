"""Text helpers for extraction: an accent- and case-folded copy with the same offsets, sentences,
and a phrase matcher built from lexicon phrasings.

Matching happens on the folded copy ("Échanges" and "echanges" match "échanges"; "d’un" matches
"d'un"), and every span found there is valid in the original text, because folding maps each
character to exactly one character.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from factcheck.dateline import date_line

_SPACES = "\u00a0\u202f\u2007\u2009\u200a\u2002\u2003\t"
_APOSTROPHES = "\u2019\u2018\u02bc\u00b4`"
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2212"
_TRANSLATE = str.maketrans({**{c: " " for c in _SPACES}, **{c: "'" for c in _APOSTROPHES},
                            **{c: "-" for c in _DASHES}})


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    decomposed = unicodedata.normalize("NFD", char)
    base = decomposed[0] if decomposed else char
    lowered = base.lower()
    return lowered if len(lowered) == 1 else base


def _latin_table() -> dict[int, str]:
    """One translation for the typographic marks and every Latin letter up to U+024F: folding a French
    article is then one `str.translate` (C speed) instead of a call per character."""
    table: dict[int, str] = dict(_TRANSLATE)  # type: ignore[arg-type]
    for code in range(0x80, 0x250):
        if code not in table:
            table[code] = _fold_char(chr(code))
    return table


_LATIN = _latin_table()
_BEYOND_LATIN = re.compile(r"[^\x00-\u024f]")


def fold(text: str) -> str:
    """Lower-case, accents off, typographic spaces/apostrophes/dashes made plain; same length as `text`."""
    text = text.translate(_TRANSLATE)
    if text.isascii():
        return text.lower()
    folded = text.translate(_LATIN).lower()
    if len(folded) != len(text) or _BEYOND_LATIN.search(folded):  # Greek, Cyrillic, ligatures...
        return "".join(_fold_char(c) if not c.isascii() else c.lower() for c in text)
    return folded


@dataclass(frozen=True)
class Sentence:
    """A sentence of a text: its span and the text itself (verbatim, so it can be quoted)."""

    start: int
    end: int
    text: str


# A sentence ends at . ! ? … (with closing quotes or brackets), before a space and an upper-case
# letter, a digit, an opening quote or a dash; or at a line break. "M. Tokayev", "K.J. Tokayev" and
# "150.000" do not end one: a single capital before the dot, or no space after it.
# Pages copied from the web also glue sentences where a line break was ("à la même période.En termes
# d'échanges"): a dot after a lower-case word, then a capitalised word, ends a sentence too.
_BOUNDARY = re.compile(r"""(?<=[.!?…])(?:[ \u00a0\u202f]?["»”)\]])?(?=\s+["«“(\-–—]?\s*[A-ZÀ-ÖØ-Þ0-9])"""
                       r"|(?<=[A-Za-zà-ÿ]{3}[.!?])(?=[A-ZÀ-ÖØ-Þ][a-zà-ÿ])")
_ABBREVIATION = re.compile(r"(?:\b[A-Z]|\bM|\bMM|\bMme|\bMmes|\bDr|\bSt|\bav|\bn°|\bp|\bcf|\bvol|\bJ\.-C)\.$")


_CONTINUED = re.compile(r"[^.!?…:;»\")\]\s]\s*$")  # a line that stops without ending its sentence
_CONTINUATION = re.compile(r"^\s*[a-zà-ÿ0-9(]")  # a line that carries on one (« milliards de dollars »)


def _logical_lines(text: str) -> list[tuple[int, str]]:
    """(start, body) of each line, a hard-wrapped line joined to the next when the sentence runs on
    (« … ont atteint 2,5\nmilliards de dollars »): the body then holds the line break, verbatim."""
    lines: list[tuple[int, str]] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        start, body = offset, line.rstrip("\r\n")
        offset += len(line)
        if lines and body and _CONTINUATION.match(body) and lines[-1][1] and _CONTINUED.search(lines[-1][1]) \
                and lines[-1][0] > 1:  # never onto the first line (the date line, or a title)
            previous_start, previous = lines[-1]
            lines[-1] = (previous_start, text[previous_start:start + len(body)])
            continue
        lines.append((start, body))
    return lines


def sentences(text: str) -> list[Sentence]:
    """Split into sentences (lines first, then sentence ends), skipping the date line (factcheck.dateline)."""
    result: list[Sentence] = []
    for line_start, body in _logical_lines(text):
        skip = 0
        if line_start == 0 or (line_start == 1 and text[0] == "\ufeff"):
            skip = date_line(body).end
        cursor = skip
        for match in _BOUNDARY.finditer(body, skip):
            cut = match.end()
            if _ABBREVIATION.search(body[cursor:match.start()]):
                continue
            _add(result, text, line_start + cursor, line_start + cut)
            cursor = cut
        _add(result, text, line_start + cursor, line_start + len(body))
    return result


def _add(result: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        result.append(Sentence(start, end, text[start:end]))


@dataclass(frozen=True)
class Match:
    """A phrase found in a text: its span and which lexicon entry it belongs to."""

    start: int
    end: int
    key: str
    phrase: str


class PhraseMatcher:
    """Finds lexicon phrases in folded text, whole words only, longest first.

    Elision is built in: a phrase ending in "de", "le", "la" or "que" also matches "d'", "l'", "qu'"
    ("près de" finds "près d'un milliard"), and spacing inside a phrase is free.
    """

    def __init__(self, entries: Iterable[tuple[str, str]]) -> None:
        table: dict[str, str] = {}
        for key, phrase in entries:
            table.setdefault(_squash(fold(phrase)), key)
        self._keys = table
        alternatives = sorted(table, key=len, reverse=True)
        pattern = "|".join(_phrase_pattern(p) for p in alternatives) or r"(?!x)x"
        self._regex = re.compile(rf"(?<![\w])(?:{pattern})")
        # one token of each phrase that every text holding it must hold: a text that has none of them
        # cannot hold a phrase, and most sentences are skipped by one set intersection
        anchors = {_anchor(phrase) for phrase in table}
        self.anchors: frozenset[str] | None = None  # None: every text is searched
        if anchors and all(anchors):
            self.anchors = frozenset(a for anchor in anchors for a in anchor)

    def find(self, folded: str, start: int = 0, end: int | None = None,
             words: frozenset[str] | set[str] | None = None) -> list[Match]:
        """Every phrase in `folded[start:end]`, left to right, without overlaps. `words`, the words of
        `folded` (`text_words`), lets a matcher skip a text that cannot hold any of its phrases."""
        if words is not None and self.anchors is not None and self.anchors.isdisjoint(words):
            return []
        stop = len(folded) if end is None else end
        found = []
        for m in self._regex.finditer(folded, start, stop):
            found.append(Match(m.start(), m.end(), self._key(m.group(0)), m.group(0)))
        return found

    @lru_cache(maxsize=8192)  # noqa: B019 - matchers live as long as the process; the phrases repeat
    def _key(self, text: str) -> str:
        squashed = _squash(text)
        if squashed in self._keys:
            return self._keys[squashed]
        for ending, full in _ELIDED.items():  # "pres d'" -> "pres de"
            if squashed.endswith(ending) and squashed[: -len(ending)] + full in self._keys:
                return self._keys[squashed[: -len(ending)] + full]
        return ""


_TOKEN = re.compile(r"[^\W\d_]+|[^\w\s']")  # words, and signs such as "~" or "≈"
# words so frequent that a phrase anchored on one would be looked for in nearly every sentence: a phrase
# is anchored on its longest other word (« par kg » on « kg », not « par »)
_FREQUENT = frozenset({"le", "la", "les", "l", "de", "du", "des", "d", "un", "une", "et", "en", "a", "au", "aux",
                       "par", "pour", "sur", "que", "qu", "se", "sa", "son", "ses", "leur", "leurs", "ce", "cette",
                       "ces", "il", "ils", "elle", "elles", "y", "ne", "n", "pas", "dans", "avec", "entre", "est",
                       "ont", "sont", "s", "qui"})


def text_words(folded: str) -> set[str]:
    """The tokens of a folded text (words and signs), for `PhraseMatcher.find`'s quick test."""
    return set(_TOKEN.findall(folded))


def _anchor(phrase: str) -> tuple[str, ...]:
    """The tokens any text holding `phrase` holds at least one of: its longest word that is not a frequent
    one (else its longest word), with the elided form of a last word the pattern may elide (« de »,
    « d' »); a phrase of signs only, its first sign."""
    tokens = _TOKEN.findall(phrase)
    words = [t for t in tokens if t[0].isalpha()]
    if not words:
        return (tokens[0],) if tokens else ()
    rare = [w for w in words if w not in _FREQUENT] or words
    anchor = max(rare, key=len)
    if anchor == phrase.split(" ")[-1] and anchor in _ELIDABLE:
        return anchor, _ELIDABLE[anchor].rstrip("'")
    return (anchor,)


_ELIDED = {"d'": "de", "l'": "le", "qu'": "que"}
_ELIDABLE = {"de": "d'", "le": "l'", "la": "l'", "que": "qu'"}


def _squash(text: str) -> str:
    return re.sub(r"'\s+", "'", re.sub(r"\s+", " ", text.strip()))


def _phrase_pattern(phrase: str) -> str:
    """Spaces match any run of spaces; an apostrophe may be followed by a space; a final "de" may be
    elided; a phrase ending in a word character must end at a word boundary."""
    words = phrase.split(" ")
    last = words[-1]
    body = r"\s+".join(re.escape(w) for w in words[:-1])
    joint = r"\s+" if body else ""
    tail = re.escape(last)
    if last and last[-1].isalnum():
        tail += r"(?![\w])"
    if last in _ELIDABLE:
        tail = rf"(?:{tail}|{re.escape(_ELIDABLE[last])})"
    return (body + joint + tail).replace("'", r"'\s*")
