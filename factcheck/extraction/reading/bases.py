"""The base of a change: the period a percentage or a multiple is measured against (« par rapport à
2022 », « son niveau de 2019 », « de plus qu'un an plus tôt », « depuis 2018 », « au trimestre précédent »),
and the helpers the change rules share."""

from __future__ import annotations

import re
from functools import cache

from factcheck.extraction.mentions import Cue
from factcheck.extraction.periods import PeriodMention, resolve_months
from factcheck.extraction.reading.dating import _words, is_verb, shift_to_year
from factcheck.extraction.reading.figures import Figure
from factcheck.extraction.reading.scope import ScopeRules
from factcheck.extraction.text import fold
from factcheck.model import Period, format_period

# between a verb of change and the level it leads to: « ont progressé de 6,4 % pour s'établir à 2,7
# milliards », « ont bondi de 21 % à 5,28 milliards », « ont triplé en cinq ans pour atteindre 120 millions »
LEADS_TO = re.compile(r"\s*(?:\([^)]*\)\s*)?(?:[\w\s',-]{0,40}?)\s*(?:pour\s+(?:atteindre|s'\s*etablir\s+a|"
                      r"se\s+situer\s+a|totaliser|atteindre\s+(?:les|le|la)?)|a|au\s+niveau\s+de|"
                      r"atteignant|totalisant|s'\s*etablissant\s+a|,\s*soit|,\s*a)\s*(?:pres\s+de|plus\s+de|"
                      r"environ|quelque|un\s+montant\s+de)?\s*")


# a subordinate clause between a change and a level: « en hausse de 180 % depuis 2018, lorsqu'elles
# plafonnaient à 49,2 milliards » (that level is the base's, not the one the change leads to)
_SUBORDINATE = re.compile(r"\b(?:quand|lorsqu|lorsque|ou|alors\s+qu|tandis\s+qu)\b")


@cache
def _level_after_comparison() -> re.Pattern[str]:
    """Between a comparison word and the level it names: « par rapport au record de », « par rapport aux »,
    « comparé à son niveau de », « par rapport à quelque » (the nouns are periods.yaml `compared_levels`)."""
    nouns = _words("compared_levels").pattern
    return re.compile(rf"\s*(?:(?:le|la|les|son|sa|ses|leur|leurs|un|une)\s+|l'\s*)?(?:{nouns}(?:\s+(?:historique|"
                      rf"annuel|record))?\s+(?:de|d')\s*)?(?:(?:pres\s+de|plus\s+de|environ|quelque|moins\s+de)\s*|"
                      rf"pres\s+d'\s*|plus\s+d'\s*)?")


def leads_to(gap: str) -> bool:
    """The words between a verb of change and the level it leads to (`LEADS_TO`), in one clause."""
    return LEADS_TO.fullmatch(gap) is not None and not _SUBORDINATE.search(gap)


# right before « celles de 2022 »: a change or a multiple, so the pronoun names its base
_AFTER_A_CHANGE = re.compile(r"(?:%|\bfois|\bdouble|\btriple|\bquadruple|\bmoitie|\btiers|\bquart|\bmoins)\s*"
                             r"(?:\ba\s*|\bque\s*|\bqu'\s*)?$")


_MORE_THAN_BEFORE = re.compile(r"\b(?:de\s+plus|de\s+moins|fois\s+plus|fois\s+moins)\s+(?:que\s+|qu'\s*)"
                               r"(?:(?:au\s+cours|lors|pendant|durant|au|aux|a|en|sur|dans)\b\s*"
                               r"(?:(?:de|du|des|le|la|les)\b\s*|d'\s*|l'\s*)?)?(?:l'\s*|le\s+|la\s+)?$")


# periods named relative to the figure's own (« l'année précédente », « un an plus tôt », « la même période de
# l'année précédente », « l'exercice précédent »), which a multiple or a level may name as its base
_RELATIVE_BASES = ("same_year", "same_period", "fiscal")
# between a multiple noun and the period it names: « le double de l'année précédente », « le triple de
# celui de l'an passé », « 2,7 fois le chiffre de l'exercice précédent »
_BASE_GAP = (r"\s*(?:(?:de|du|des|que)\b\s*|d'\s*|qu'\s*)?(?:(?:celui|celle|ceux|celles|son\s+niveau|leur\s+niveau|"
             r"le\s+niveau|le\s+chiffre)\s*(?:(?:de|du|des)\b\s*|d'\s*)?)?(?:(?:au\s+cours|lors|pendant|durant|au|"
             r"aux|a|en|sur)\b\s*(?:(?:de|du|des)\b\s*|d'\s*)?)?(?:l'\s*|le\s+|la\s+)?")


# « qui » and what may stand between it and a change: « qui ont plus que doublé », « qui ont progressé de »
_SINCE_AFTER = re.compile(r"[^,;.()\d]{0,20}?\b(depuis)\s+(?=[a-z])")


_PERIOD_MONTHS = {"month": 1, "quarter": 3, "half": 6}
_PERIOD_NAMES = {"month": "month", "quarter": "quarter", "half": "half-year"}


def previous_of_length(period: str, length: str) -> str | None:
    """The period just before one of the same length (« sur un mois », « par rapport au trimestre
    précédent », « au semestre précédent »); None when the period is not that long (« par rapport au
    trimestre précédent » of a whole year: which quarter?)."""
    months = _PERIOD_MONTHS[length]
    parsed = Period.parse(period)
    if parsed.months != months or period.endswith("/.."):
        return None
    return format_period(parsed.start - months, parsed.end - months)



def names_its_base(cue: Cue) -> bool:
    """A multiple noun names the level it is compared with (« le double de 2023 », « la moitié de l'année
    précédente »), where a verb or a noun of change (« a doublé », « un doublement ») relates two periods of
    the sentence, and a comparative (« inférieures de moitié à ») names it after « à »."""
    return cue.key not in ("noun", "comparative") and (not is_verb(cue.text) or fold(cue.text).strip() == "moitie")


def previous_year_of(period: str) -> str | None:
    """The twelve months before a period of twelve months (« l'exercice précédent » of the fiscal year
    2022-07/2023-06 is 2021-07/2022-06); None for a period of another length (which months?)."""
    parsed = Period.parse(period)
    if parsed.months != 12 or period.endswith("/.."):
        return None
    return format_period(parsed.start - 12, parsed.end - 12)


class BaseRules(ScopeRules):
    """Rules for the period a change is measured against."""

    def _mark_compared_periods(self) -> None:
        """Besides the comparisons of `PeriodRules` (« par rapport à 2022 »), the year of a level a change
        is measured against: « inférieur de 29 % à son niveau de 2019 », « le double de son niveau de
        2020 », « dépasse de 15 % le niveau de 2019 », and after a change « dépassant de 12 % celles de
        2022 » (where « celles de 2022 ont atteint … » would be a subject); and the period after « de plus
        que », « de moins que » (« soit 12 % de plus qu'un an plus tôt », « 5 % de moins que l'année
        précédente », « 11 % de moins que l'exercice précédent »)."""
        super()._mark_compared_periods()
        for mention in self.m.periods:
            if mention.kind in ("point", "same_year", "same_period", "months", "fiscal") and \
                    _MORE_THAN_BEFORE.search(self.f(mention.start - 25, mention.start)):
                self.consumed.add(mention.start)
            elif mention.kind == "since" and self.since_of_a_change(mention):
                self.consumed.add(mention.start)
        changes = [c.end for family in ("change", "multiple", "multiplied_by") for c in self.cues(family)]
        for end in changes:  # « Depuis 2019, les exportations ont doublé »
            since = self.since_before(end)
            if since is not None:
                self.consumed.add(since.start)
        for cue in self.cues("multiple"):  # « inférieures de moitié à 2014 », « moitié moins qu'en 2019 »
            named = next((p for p in self.m.periods if p.start >= cue.end), None)
            if cue.key == "comparative" and named is not None and named.kind == "point" and \
                    re.fullmatch(r"\s*(?:a|au|aux|que|qu'\s*en|qu'\s*au|en)\s*", self.f(cue.end, named.start)):
                self.consumed.add(named.start)
        for cue in [*self.cues("multiple"), *self.cues("times")]:
            # « soit plus du double de l'année précédente », « 2,7 fois le chiffre de l'exercice précédent »: a
            # period named relative to the figure's, after a multiple that names its base (a year named in
            # full is marked by `PeriodRules`)
            if cue.family == "multiple" and not names_its_base(cue):
                continue
            named = next((p for p in self.m.periods if p.start >= cue.end), None)
            if named is not None and named.kind in _RELATIVE_BASES and (named.offset or named.period) and \
                    re.fullmatch(_BASE_GAP, self.f(cue.end, named.start)):
                self.consumed.add(named.start)
        for cue in self.cues("named_level"):
            # the period may start with the cue's last word: « celui des quatre premiers mois de 2019 »
            named = next((p for p in self.m.periods if p.end > cue.end and p.start > cue.start), None)
            if named is None or named.kind not in ("point", *_RELATIVE_BASES) or self.f(cue.end, named.start).strip():
                continue
            if cue.key == "pronoun" and not _AFTER_A_CHANGE.search(self.f(cue.start - 30, cue.start)):
                continue
            self.consumed.add(named.start)
    def since_before(self, position: int) -> PeriodMention | None:
        """« Depuis 2019, les exportations ont progressé de 40 % », « ont, depuis 2019, doublé »: « depuis »
        earlier in the clause of a change, with no figure or other period between, is its base."""
        clause = self.clause_of(position)
        for mention in reversed([p for p in self.m.periods if p.end <= position]):
            if mention.kind != "since" or not mention.period or self.clause_of(mention.start) != clause:
                return None
            if any(mention.end <= q.span[0] < position and q.kind not in ("year", "ordinal") for q in self.m.quantities):
                return None
            return mention
        return None
    def since_of_a_change(self, mention: PeriodMention) -> bool:
        """« a triplé depuis 2018 », « en hausse de 40 % depuis 2019 », « multipliées par trois depuis
        2015 »: « depuis » right after a change names its base, the start of the change (while « depuis
        2015, les entreprises turques ont investi 2,5 milliards » is the span of a level)."""
        ends = [c.end for family in ("change", "multiple", "multiplied_by") for c in self.cues(family)
                if c.end <= mention.start]
        ends += [q.span[1] for q in self.m.quantities if q.kind == "percent" or q.unit == "%"]
        return any(0 <= mention.start - end <= 20 and not re.search(r"[;:()]|,(?!\d)", self.f(end, mention.start))
                   for end in ends)
    # -- growth rates ---------------------------------------------------------------------------------
    def base_of(self, figure: Figure, main: str) -> tuple[str | None, str | None]:
        """What a change compares with (the ratio's `relative_to`), read after the percentage:
        « par rapport à 2022 », « qu'en 2021 », « supérieures de 12,4 % à celles enregistrées en 2019 »,
        « par rapport à la même période de l'année précédente », « sur un an », « en glissement
        annuel »; « sur un mois », « par rapport au trimestre précédent », « au semestre précédent »
        (the period just before, of the same length); « par rapport au premier trimestre » (that
        quarter of the claim's year); « depuis 2021 » (that year, for a year's figure); else (None, None),
        and the caller takes the same period a year earlier. (None, reason) when the words name a base
        that cannot be this figure's."""
        q = figure.quantity
        stop = self._next_level_after(q.span[1])
        other = self._other_measure_after(q.span[1])
        if other is not None:
            return None, f"a change « {other} »: against another figure, not another period"
        before = self._before_an_event(q.span[1], stop)
        if before is not None:  # « encore 15 % de moins qu'avant la pandémie »: not the year before
            return None, f"a change « {before} »: compared with a time before an event, which the words do not date"
        named = self._level_named_as_base(figure, main)
        if named is not None:
            return (named, None) if Period.parse(named).start < Period.parse(main).start else \
                (None, f"a change « {self.m.original(q.span[0], q.span[1])} » against a level of {named}, not of a "
                       f"period before {main}")
        for cue in self.cues("previous_period"):
            if 0 <= cue.start - q.span[1] <= 45 and cue.start < stop:
                shifted = previous_of_length(main, cue.key)
                if shifted is None:
                    return None, (f"a change « {cue.text} » of a figure for {main}: which "
                                  f"{_PERIOD_NAMES[cue.key]} is it compared with?")
                self.base_rule = cue.key
                return shifted, None
        for mention in self.m.periods:
            if mention.start < q.span[1] or mention.start >= stop:
                continue
            gap = self.f(q.span[1], mention.start)
            if len(gap) > 60 or re.search(r"[;.]", gap):
                break
            if mention.kind == "same_period":
                if "mois" in fold(mention.text) and Period.parse(main).months != 1:
                    return None, f"a change « {mention.text} » of a figure for {main}: which month is it compared with?"
                if mention.period:
                    return shift_to_year(main, int(mention.period)), None
                return shift_to_year(main, int(main[:4]) - 1), None
            if mention.start in self.consumed:
                if mention.kind == "point" and mention.period:
                    if mention.offset is None and self.ctx.published and mention.period[:4] not in mention.text:
                        # « par rapport à l'année passée »: the year before the claim's own
                        return shift_to_year(main, int(main[:4]) - 1), None
                    return mention.period, None
                if mention.kind == "same_year":
                    return shift_to_year(main, int(main[:4]) + (mention.offset or 0)), None
                if mention.kind == "fiscal" and mention.period:  # « par rapport à l'exercice précédent »
                    return mention.period, None
                if mention.kind == "months" and mention.months:
                    # « par rapport au premier trimestre »: that part of the claim's year, else of the year before
                    year = int(main[:4])
                    base = resolve_months(*mention.months, year)
                    if Period.parse(base).end >= Period.parse(main).start:
                        base = resolve_months(*mention.months, year - 1)
                    return base, None
        for cue in self.cues("year_on_year"):
            if 0 <= cue.start - q.span[1] <= 45 and cue.start < stop:
                return shift_to_year(main, int(main[:4]) - 1), None
        since = next((p for p in self.m.periods if p.kind == "since" and p.period and 0 <= p.start - q.span[1] <= 25
                      and p.start < stop and not re.search(r"[,;]", self.f(q.span[1], p.start))), None)
        if since is None and self._change_cue_right_before(figure):
            since = self.since_before(q.span[0])  # « Depuis 2019, les exportations ont progressé de 40 % »
        undated = self.undated_since(q.span[1]) if since is None else None
        if undated is not None:  # « en hausse de 40 % depuis la pandémie »: not the year before
            return None, f"a change « {undated} »: from a start the reader cannot date"
        if since is not None and since.period is not None:
            # « en hausse de 12 % depuis 2021 » of a 2023 figure: against 2021
            if len(main) != 4 or len(since.period) != 4 or int(main) <= int(since.period):
                return None, f"a change « {since.text} » of a figure for {main}: from which period?"
            return since.period, None
        return None, None
    def _level_named_as_base(self, figure: Figure, main: str) -> str | None:
        """« soit un recul de 18,8 % par rapport au record de 52,8 milliards de l'exercice précédent », « en hausse de
        12 % par rapport aux 3,1 milliards de 2022 »: a comparison word right after the change, then a level of the
        sentence (after « le record de », « son niveau de », an article), names its base: the period that level was
        read with (`base_of` leaves the change out when that is not earlier than the change's own)."""
        q = figure.quantity
        for cue in self.cues("compared"):
            if len(fold(cue.text).split()) < 2 or not 0 <= cue.start - q.span[1] <= 12 or \
                    not re.fullmatch(r"[\s\w']*", self.f(q.span[1], cue.start)):
                continue
            level = next(((position, period) for position, period in self.level_periods if position >= cue.end),
                         None)
            if level is None or not _level_after_comparison().fullmatch(self.f(cue.end, level[0])):
                return None
            period = level[1]
            return None if period.endswith("/..") or main.endswith("/..") else period
        return None
    def _other_measure_after(self, position: int) -> str | None:
        """« un chiffre supérieur de 8 % à celui des Coréens », « inférieures de 5 % à celles de la France »:
        a pronoun right after a change names what it is compared with; when no period follows it (« à celui
        de 2019 » marks its period a base), it is another measure, and the change is no change in time.
        Its words, or None."""
        for cue in self.cues("named_level"):
            if cue.key != "pronoun" or not 0 <= cue.start - position <= 8 or \
                    not re.fullmatch(r"\s*(?:a|que|qu')?\s*", self.f(position, cue.start)):
                continue
            mention = next((p for p in self.m.periods if p.end > cue.end and p.start > cue.start), None)
            if mention is not None and mention.start in self.consumed:
                return None
            words = re.match(r"\s*[\w'-]+(?:\s+[\w'-]+)?", self.m.original(cue.end, cue.end + 30))
            return self.m.original(cue.start, cue.end) + (words.group(0) if words else "")
        return None
    def _unread_comparison(self, figure: Figure) -> str | None:
        """« en hausse de 10 % par rapport à la période précédente », « par rapport aux prévisions »: the words
        name what the change is compared with, and it is no period the reader knows, so it is not the same
        period a year earlier either. The reason to leave it out, or None."""
        q = figure.quantity
        stop = self._next_level_after(q.span[1])
        for cue in self.cues("compared"):
            if len(fold(cue.text).split()) < 2 or not 0 <= cue.start - q.span[1] <= 12 or cue.start >= stop or \
                    not re.fullmatch(r"[\s\w']*", self.f(q.span[1], cue.start)):
                continue  # « sur », « contre », « qu'en » read as bases elsewhere, or not at all
            if any(0 <= p.start - cue.end <= 30 for p in self.m.periods):
                return None
            words = re.match(r"\s*[\w'-]+(?:\s+[\w'-]+)?", self.m.original(cue.end, cue.end + 30))
            return (f"a change « {self.m.original(cue.start, cue.end)}{words.group(0) if words else ''} »: compared "
                    f"with no period the reader knows")
        return None
    def _before_an_event(self, position: int, stop: int) -> str | None:
        """« encore 15 % de moins qu'avant la pandémie », « 8 % sous son niveau d'avant-crise »: a word of periods.yaml
        `before_events` right after a change (in its item, no figure between) names a base before an event, which the
        reader cannot date: its words, or None; « qu'avant la pandémie, en 2019 » (a year named with it) is read as
        that year elsewhere."""
        window = self.f(position, min(stop, position + 40))
        found = re.match(r"[^,;.()\d]{0,25}?(?<![\w])(?:" + _words("before_events").pattern + r")(?:\s+|-)(?=[a-z])",
                         window)
        if found is None:
            return None
        words_end = position + found.end()
        if any(words_end <= p.start <= words_end + 30 and p.kind != "event" for p in self.m.periods):
            return None
        phrase = re.match(r"[^,;.()]{1,40}", self.m.original(position + found.start(), position + 60))
        return phrase.group(0).strip() if phrase else self.m.original(position, words_end)
    def undated_since(self, position: int) -> str | None:
        """« qui ont plus que doublé depuis le début de la guerre en Ukraine », « en hausse de 40 % depuis la
        pandémie », « depuis cinq ans »: « depuis » right after a change, before words that are no period the
        reader can date (an event, a duration), names a start it cannot read: its words, or None (« depuis
        2019 », « depuis le début de l'année », « depuis janvier 2023 » are read elsewhere)."""
        found = _SINCE_AFTER.match(self.f(position, position + 50))
        if found is None:
            return None
        since, words = position + found.start(1), position + found.end(1)
        if any(since <= p.start <= words + 1 and p.kind != "event" for p in self.m.periods) or \
                any(p.start <= since < p.end for p in self.m.periods) or \
                any(c.start >= words and c.start - words <= 4 for c in self.m.countries):
            return None  # « depuis le Maroc »: where a flow comes from
        phrase = re.match(r"[^,;.()]{1,50}", self.m.original(since, since + 50))
        return phrase.group(0).strip() if phrase else self.m.original(since, words)
    def _span_base(self, main: str) -> str | None:
        """« a bondi de 64 % entre 2010 et 2014 », « de 1.440 à 4.982 milliards de 2014 à 2016, soit une
        hausse de 800 % »: the span that ends at the claim's year starts at its base."""
        for mention in self.m.periods:
            if mention.kind == "span" and mention.endpoints and mention.endpoints[1] == main:
                return mention.endpoints[0]
        return None
    def _duration_after(self, figure: Figure) -> PeriodMention | None:
        """« a augmenté de 45 % en deux ans »: a change over several years, not on a year."""
        return next((p for p in self.m.periods if p.kind == "recent" and p.count and p.offset is None
                     and 0 <= p.start - figure.end <= 15 and self.clause_of(p.start) == figure.frame.clause), None)
    @staticmethod
    def _years_before(main: str, duration: PeriodMention) -> str | None:
        """The base of a change « en deux ans »; None for « en moins de deux ans » (an upper bound)."""
        if duration.count is None or "moins" in duration.text.lower():
            return None
        return shift_to_year(main, int(main[:4]) - duration.count)
    def _next_level_after(self, position: int) -> int:
        later = [q.span[0] for q in self.m.quantities if q.span[0] > position and q.kind in ("money", "measure")]
        return min(later + [self.m.end])
    def _change_cue_right_before(self, figure: Figure) -> bool:
        q = figure.quantity
        return any(c.end <= q.span[0] and len(self.f(c.end, q.span[0])) <= 6 for c in self.cues("change")) or \
            q.text[:1] in "+-−"
