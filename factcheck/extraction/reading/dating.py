"""The period of each figure: its own phrase first, then its clause, the sentence, the paragraph,
the article."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from factcheck.extraction.frames import Frame
from factcheck.extraction.numbers import Quantity
from factcheck.extraction.periods import PeriodMention, resolve_months
from factcheck.extraction.reading.figures import Figure
from factcheck.extraction.reading.modality import ModalityRules, _and_clause, is_future_form
from factcheck.extraction.text import fold
from factcheck.lexicon import read_data
from factcheck.model import Period, format_period

# a verb in the imperfect, the pluperfect or the simple past (« assuraient », « avaient porté », « fut »):
# the item speaks of a past time, not of the time of writing
_PAST = re.compile(r"\b(?:[a-z]{2,}(?:ait|aient)|fut|furent|eut|eurent)\b")
# the same on the original spelling, whose accents tell the conditional from the imperfect (« générerait »)
_PAST_ORIGINAL = re.compile(r"(?<![^\W\d_])(?:[^\W\d_]{2,}(?:ait|aient)|fut|furent|eut|eurent)(?![^\W\d_])")
# the passé composé with avoir, or a pronominal verb: « a accueilli », « ont atteint », « ont déjà dépassé », « se sont
# élevées », « s'est établi » (not « sont estimés », a present passive)
_PASSE_COMPOSE = re.compile(r"(?<![^\W\d_])(?:a|ont|s'est|s’est|se\s+sont)\s+(?:(?:déjà|encore|ainsi|"
                            r"notamment|également|aussi|pour\s+sa\s+part)\s+)?[^\W\d_]+(?:é|ée|és|ées|i|is|ie|ies|u|us|"
                            r"ue|ues|int|ert|erte|ertes|erts|it)(?![^\W\d_])")
_NOT_PAST = frozenset({"fait", "lait", "trait", "souhait", "forfait", "parfait", "bienfait", "portrait", "retrait",
                       "extrait", "attrait", "abstrait", "distrait", "soustrait"})


@cache
def _words(name: str) -> re.Pattern[str]:
    """A periods.yaml word list as one folded, whole-word pattern."""
    words = sorted((fold(str(w)) for w in read_data("periods.yaml")[name]), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")(?!\w)")


@cache
def _compared_level() -> re.Pattern[str]:
    """A noun of periods.yaml's `compared_levels` and its « de », right before a period: « son record de 2022 »,
    « leur niveau de 2019 », « le pic de 2014 »."""
    return re.compile(_words("compared_levels").pattern + r"(?:\s+(?:historique|record|annuel))?\s+(?:de|du|d')\s*$")


# what may stand between a level and the period it names by reference (« 31,2 millions sur la même période de
# 2023 », « 151,9 milliards au trimestre précédent »), or open its item before it (« Sur la même période de
# 2023, elles … »): a preposition, an article; not a comparison (« par rapport à », « que »)
_ANAPHOR_GAP = re.compile(r"[\s,]*(?:contre\s+)?(?:(?:sur|pendant|durant|au\s+cours\s+de|lors\s+de|pour|a|en|au|"
                          r"du|lors\s+du|au\s+cours\s+du|pendant\s+le|durant\s+le|sur\s+le|le)\s*)?")


# an item that opens a relative clause on its own subject: « lui qui », « elle qui », « eux qui », « qui »
_RELATIVE_ITEM = re.compile(r"[\s,]*(?:(?P<pronoun>lui|elle|elles|eux|celui|celle|ceux|celles)\s+)?(?:qui|lesquels|"
                            r"lesquelles|lequel|laquelle)\b")


@cache
def _set_when() -> re.Pattern[str]:
    """A participle of periods.yaml's `set_when`, up to six words with no pause, no figure and no « que », and
    « en » or « lors du … de », right before a period: « fixé par les deux Premiers ministres en 2022 »."""
    return re.compile(_words("set_when").pattern + r"(?:\s+(?!que\b|qu')[^\W\d][\w'-]*){0,6}?\s+(?:en|lors\s+(?:du|de\s+la|de\s+l')"
                      r"(?:\s*[\w-]+){1,3}?\s+de)\s*$")


# between « le double de » and a year, the level of that year: « de leur nombre de », « du niveau de », « de celui de »
_LEVEL_OF = re.compile(r"\s*(?:de\s+|du\s+|des\s+)?(?:(?:leur|son|sa|ses|la|le|l'|les|ce|cet|cette)\s*)?"
                       r"[a-z]+\s+(?:de|d'|du|en)\s*")


@cache
def _pluperfect() -> re.Pattern[str]:
    """A verb in the pluperfect: an auxiliary of periods.yaml's `pluperfect` list, then a past participle
    (with avoir, any word: « avaient atteint », « avait déjà dépassé »; with être, a participle in é, i, u:
    « étaient passés », not « étaient de 3 milliards »). Matched on the original spelling."""
    data = read_data("periods.yaml")["pluperfect"]
    have = "|".join(re.escape(str(w)) for w in data["avoir"])
    be = "|".join(re.escape(str(w)) for w in data["etre"])
    return re.compile(rf"(?i)(?<!\w)(?:(?:{have})\s+[^\W\d]|(?:{be})\s+(?:[^\W\d]+\s+)?[^\W\d]*(?:é|i|u)e?s?\b)")


@cache
def _superseded() -> re.Pattern[str]:
    """A word of periods.yaml's `superseded`, up to two words (a participle: « fixé », « prévu ») and a
    preposition, right before a period: « initialement fixé à 2025 », « prévu à l'origine pour 2026 »."""
    return re.compile(_words("superseded").pattern + r"(?:\s+[a-z-]+){0,2}?\s+(?:a|pour|en|d'\s*ici(?:\s+a)?|"
                      r"a\s+l'\s*horizon(?:\s+de)?)\s*$")


def is_verb(phrase: str) -> bool:
    """"a doublé", "doubler" compare two periods of the sentence; "le double de 2023" names one.
    Takes the original spelling: the accent of "doublé" is what tells it from "double"."""
    word = phrase.strip().split()[-1].lower()
    return word.endswith(("é", "és", "ée", "ées", "er")) or word in ("deux", "trois")


def shift_to_year(period: str, year: int) -> str:
    """`2025-Q1` moved to 2024 -> `2024-Q1` ("la même période en 2024")."""
    parsed = Period.parse(period)
    delta = (year - parsed.start // 12) * 12
    return format_period(parsed.start + delta, parsed.end + delta)



class PeriodRules(ModalityRules):
    """Rules for each figure's period."""

    # -- periods --------------------------------------------------------------------------------------
    def _mark_compared_periods(self) -> None:
        """Periods that a comparison names (« par rapport à 2022 », « qu'en 2021 », « la même période de
        2023 ») are a ratio's base, never a figure's own period."""
        # « sur un an », « sur un mois » name their base themselves: their « sur » is no « sur 2022 »
        own_bases = [(c.start, c.end) for family in ("year_on_year", "previous_period") for c in self.cues(family)]
        for cue in self.cues("compared"):
            own_end = max((b for a, b in own_bases if a <= cue.start < b), default=None)
            weak = bool(_words("weak_compared").fullmatch(fold(cue.text)))
            if weak and not self._after_comparison(cue.start):
                continue  # « Rien qu'en 2023 », « Sur l'année 2023 »: the figure's own period
            # a fiscal year after a word that names a base (« par rapport à l'exercice précédent »), not after a
            # mere « sur » (« 2,9 milliards sur l'exercice 2023-2024 », however the clause began)
            kinds = ("point", "same_period", "same_year", "months") + (() if weak else ("fiscal",))
            for mention in self.m.periods:
                if mention.start >= cue.end - 1:
                    if any(cue.end <= q.span[0] < mention.start and q.kind not in ("year", "ordinal")
                           for q in self.m.quantities):
                        break  # « contre 630 000 en 2019 »: the period of the figure after « contre »
                    if own_end is not None and mention.start >= own_end:
                        break  # « ont bondi de 32,2 % sur un an au cours des sept premiers mois de 2023 »
                    gap = self.f(cue.end, mention.start)
                    # a comparison names its period in its own clause: « pèse sur le début d'année : au premier
                    # trimestre 2024, les exportations ont reculé » is the quarter of the clause after the colon
                    if len(gap) <= 30 and not re.search(r"[,;.:]", gap) and mention.kind in kinds and \
                            self.clause_of(mention.start) == self.clause_of(cue.start):
                        self.consumed.add(mention.start)
                    break
        for cue in self.cues("multiple"):
            if is_verb(cue.text) or cue.key == "noun":  # « a doublé en 2023 », « un doublement en 2023 »: its own
                continue
            for mention in self.m.periods:
                if mention.start >= cue.end:
                    gap = self.f(cue.end, mention.start)
                    # « le double de 2019 », and « près du double de leur nombre de 2019 »: the level of that year
                    if (len(gap) <= 12 or _LEVEL_OF.fullmatch(gap)) and mention.kind == "point":
                        self.consumed.add(mention.start)
                    break
        for cue in self.cues("times"):
            for mention in self.m.periods:
                if mention.start >= cue.end:
                    if len(self.f(cue.end, mention.start)) <= 30 and mention.kind == "point":
                        self.consumed.add(mention.start)
                    break
        for mention in self.m.periods:
            # « proche de son record de 2022 », « retrouvé leur niveau de 2019 »: another period's level, named to
            # compare with, not the figure's period
            if mention.kind == "point" and _compared_level().search(self.f(mention.start - 40, mention.start)):
                self.consumed.add(mention.start)
        for mention in self.m.periods:  # « selon les données de février 2024 »: when it was published, not the period
            if re.search(r"\b(?:donnees|chiffres|statistiques|rapport|bilan|publiee?s?|devoilee?s?|communiquee?s?)\s+"
                         r"(?:de|du|d'|en|le|des|publiees?\s+en)\s*$", self.f(mention.start - 40, mention.start)):
                self.consumed.add(mention.start)
        for mention in self.m.periods:  # « contre 8,7 millions sur la même période de 2019 »: the base
            if mention.kind == "same_period" and re.search(r"\b(?:par rapport a|que|qu'|sur|contre)\s*$",
                                                          self.f(mention.start - 25, mention.start)):
                self.consumed.add(mention.start)
        self._mark_superseded_periods()
    def _mark_superseded_periods(self) -> None:
        """« l'objectif de 20 milliards de dollars, initialement fixé à 2025, a été repoussé à 2028 »: a period a
        word of periods.yaml `superseded` marks as the former one (« initialement », « à l'origine ») dates
        nothing; the target's horizon is the one it was moved to, or none."""
        for mention in self.m.periods:
            if mention.kind in ("point", "horizon") and _superseded().search(self.f(mention.start - 40, mention.start)):
                self.consumed.add(mention.start)
            # « l'objectif de 25 milliards fixé par les deux Premiers ministres en 2022 »: when it was set
            elif mention.kind == "point" and any(c.start < mention.start for c in self.cues("modality")) and \
                    _set_when().search(self.f(mention.start - 80, mention.start)):
                self.consumed.add(mention.start)
    def _after_comparison(self, position: int) -> bool:
        """A word of comparison or change, or a percentage, before `position` in its clause (« plus élevé
        qu'en 2022 », « en hausse de 5 % sur 2022 »)."""
        start = self.clause_span(self.clause_of(position))[0]
        return bool(_words("comparatives").search(self.f(start, position))) or any(
            start <= c.end <= position for family in ("change", "times", "multiple") for c in self.cues(family)) or \
            any(start <= q.span[1] <= position and q.kind == "percent" for q in self.m.quantities)
    def usable(self, mention: PeriodMention) -> bool:
        return mention.start not in self.consumed and mention.kind not in ("date", "same_period", "since", "event",
                                                                           "now")
    def unreadable(self, mention: PeriodMention) -> str | None:
        """Why a period the words name cannot be read, or None: « l'exercice 2023-2024 » (a fiscal year
        whose months are not said), « depuis le début de l'année » in an article whose day is not known,
        « En janvier, … avaient chuté » after a sentence about an earlier year (`_pluperfect_only`)."""
        if mention.period is not None:
            return None
        if mention.kind == "months" and mention.months and mention.start not in self.consumed and \
                self.context_year(mention.start, mention.months[1]) is None and \
                self._pluperfect_only(mention.start, mention.months[1]):
            return (f"no period: « {mention.text} » with no year, told in the pluperfect after a sentence about "
                    f"{self.ctx.period[:4]}: that year's, or the latest over at publication?")  # type: ignore[index]
        if mention.kind == "fiscal":
            return f"no period: « {mention.text} » is a fiscal year whose months are not said"
        if mention.kind == "season":
            return f"no period: « {mention.text} » is a season whose months are not said"
        if mention.kind == "decade":
            return f"no period: « {mention.text} » is a decade, not one year"
        if mention.kind == "to_date":
            return f"no period: « {mention.text} » counts to the day of writing, and the article's day is not known"
        return None
    def period_of(self, figure: Figure, metric: str, modality: str,
                  siblings: list[Figure]) -> tuple[list[tuple[str, str | None, str | None]], str]:
        """The period(s) of a level: [(period, as_of, note)] and how it was found.

        Its own item first (« 594,7 millions de dollars en 2021 », « en 2023 et 2024 » gives one claim
        each); a « passant de X à Y » pair takes the two ends of « entre 2016 et 2020 » or « de 2014 à
        2016 »; « où elles étaient de 3,25 milliards » takes the period a comparison just named; a level
        at the time of writing (« exploitent actuellement 150 vols ») the month of publication; else the
        nearest period before it in its clause, then in its sentence, then after it in its clause; else
        the period of the sentences before (the paragraph's, then the article's). A period the words name
        but that cannot be read (« l'exercice 2023-2024 ») leaves it out (how "unreadable", the reason in
        `period_reason`)."""
        definition = self.metrics[metric]
        self.period_reason: str | None = None
        own = self._own_periods(figure)
        if own:
            return own, "own"
        if self.period_reason:  # « 58 millions en 2023, contre 40 millions le semestre précédent »: which one?
            return [], "unreadable"
        span = self._span_end(figure, siblings)
        if span is not None:
            return [span], "span"
        base = self._relative_clause_base(figure)
        if base is not None:
            return [(base, None, "« où … »: the period the comparison just named")], "base"
        clause = figure.frame.clause
        floor = self.m.start
        if modality != "actual" and self.without_deadline(figure):  # « …, sans échéance précise »
            fallback = self._fallback_period(definition.stock, modality)
            return ([fallback], "fallback") if fallback is not None else ([], "none")
        if modality != "actual":  # a target's deadline comes after its cue, never from an actual figure before
            cue = self.modality_cue(figure.start)
            limit = cue.start if cue is not None else figure.frame.start
            # … nor from before a level that the cue already led to, of the same measure (no metric word between:
            # « s'étaient fixé pour objectif de porter leurs échanges à 5 milliards de dollars, et Ankara évoque
            # désormais 10 milliards »; but « devraient atteindre 5 milliards et les importations 3 milliards »)
            earlier = [f.end for f in siblings if self.clause_of(f.start) == figure.frame.clause and (
                f.end <= limit or f.end <= figure.start and not any(
                    f.end <= c.start < figure.start for c in self.cues("metric")))]
            floor = max(earlier) if earlier else self.clause_span(figure.frame.clause)[0]
        own_phrase = self.phrase_of(figure)
        before = [p for p in self.m.periods if self.usable(p) and floor <= p.start and p.end <= figure.start
                  and p.kind not in ("rate",) and not self._owned_by_another(p, own_phrase)
                  and not (definition.stock and self._year_of_another_figure(p, figure))]
        in_clause = [p for p in before if self.clause_of(p.start) == clause]
        if modality == "actual" and not in_clause:
            summed = self._sum_since(figure)
            if summed is not None:
                return [summed], "since"
        current = self._time_of_writing(figure) if modality == "actual" else None
        if current is not None:
            return self._period_at_writing(figure, current, in_clause, definition.stock)
        for candidates in (in_clause, before):
            found = self._latest_readable(reversed(candidates), figure, spans_stop=True)
            if found is not None:
                return found
        after = [p for p in self.m.periods if self.usable(p) and p.start >= figure.end
                 and self.clause_of(p.start) == clause and p.kind not in ("rate", "horizon")]
        for mention in after:
            if self._next_figure_between(figure, mention.start):
                break
            if self._in_relative_clause(mention, figure):
                break  # « …, à 12,2 milliards, …, lui qui occupait la 4e place un an plus tôt »: the relative's time
            if self.unreadable(mention):
                self.period_reason = self.unreadable(mention)
                return [], "unreadable"
            resolved = self.resolve(mention, figure.start)
            if resolved is not None:
                return [resolved], "after"
        # not a rate of a relative clause on another subject (« Les douanes chinoises, qui publient des données
        # par année civile, font état de … »), nor how data are cut (« des données par année »)
        rates = [p for p in self.m.periods if p.kind == "rate" and self.clause_of(p.start) == clause
                 and not self._in_relative_before(p, figure.start) and not self._cuts_data(p)]
        if rates and modality == "actual":
            if self._told_in_the_past(figure):
                # « les exportations atteignaient 200 millions de dollars par an », « qui assuraient 21 vols
                # hebdomadaires »: a rate of a past time, not of the last full year nor of the time of writing
                self.period_reason = f"no period: « {rates[0].text} » in a past tense: a rate of which time?"
                return [], "unreadable"
            resolved = self.resolve(rates[0], figure.start)
            if resolved is not None:
                return [resolved], "rate"
        if self.ctx.period is not None and modality == "actual" and not definition.stock:
            return [(self.ctx.period, self.ctx.as_of, "no period in the sentence: the period of the sentence "
                                                       "before")], "context"
        fallback = self._fallback_period(definition.stock, modality)
        if fallback is not None:
            return [fallback], "fallback"
        if self.ctx.published is None and any(p.period is None and p.kind in ("point", "same_year", "months", "rate")
                                              for p in self.m.periods):
            return [], "undated"
        body = self.ctx.headline_periods.get((float(figure.quantity.value), str(figure.unit), metric))
        if body is not None and modality == "actual":
            return [(body[0], body[1], "a headline's figure: the period of the same figure in the article")], "headline"
        return [], "none"
    def _latest_readable(self, mentions: Iterable[PeriodMention], figure: Figure,
                         spans_stop: bool = False) -> tuple[list[tuple[str, str | None, str | None]], str] | None:
        """The first of `mentions` that dates the figure, as `period_of` answers; a period that cannot be
        read (a fiscal year whose months are not said) stops the search: the figure is left out."""
        for mention in mentions:
            reason = self.unreadable(mention)
            if spans_stop and mention.kind == "span" and self.clause_of(mention.start) == figure.frame.clause:
                # a span of its clause that gave the figure neither an end nor its whole (`_span_end`): an earlier
                # period does not date it either
                reason = f"no period: « {mention.text} » spans several years: which one is the figure's?"
            if mention.kind == "same_date" and self.resolve(mention, figure.start) is None:
                reason = f"no period: « {mention.text} », and no date was named before"
            if reason:
                self.period_reason = reason
                return [], "unreadable"
            resolved = self.resolve(mention, figure.start)
            if resolved is not None:
                return [resolved], "before"
        return None
    def _time_of_writing(self, figure: Figure) -> PeriodMention | None:
        """What makes a figure a level at the time of writing: a « now » word in its item (« exploitent
        actuellement 150 vols », « 40 vols relient désormais les deux pays ») or opening its clause
        (« Aujourd'hui, les compagnies … »), or a rate per week or per month in its item whose verb is not
        in a past tense (« opèrent environ 1 000 vols hebdomadaires », not « assuraient 60 vols par
        semaine »)."""
        frame = figure.frame
        in_item = [p for p in self.m.periods if frame.start <= p.start < frame.end]
        # « Aujourd'hui, les échanges … »: a word of now that opens the clause as an item of its own counts too
        opening = [p for p in self.m.periods if p.kind == "now" and p.end <= figure.start
                   and self.clause_of(p.start) == frame.clause and not self._figure_of_another_item(figure, p)]
        now = [p for p in in_item if p.kind == "now"] or opening
        if now:
            return now[0]
        rates = [p for p in in_item if p.kind == "rate" and p.rate in ("week", "month")]
        past = [w for w in _PAST.findall(self.f(frame.start, frame.end)) if w not in _NOT_PAST]
        return rates[0] if rates and not past else None
    def past_aside(self, figure: Figure) -> bool:
        """A figure in a relative clause told in a past tense (« ces achats, qui avaient culminé à plus de 1,5
        milliard de dollars en 2018, », « lui qui pesait 3 milliards en 2015 »): the time of that clause is its
        own, a look back; the sentences after do not go on about it."""
        frame = figure.frame
        return _RELATIVE_ITEM.match(self.f(frame.start, figure.start)) is not None and \
            self._in_a_past_tense(frame.start, figure.start)
    def _year_of_another_figure(self, mention: PeriodMention, figure: Figure) -> bool:
        """« Les Irakiens étaient plus d'un million à visiter la Turquie l'an dernier, et les investissements turcs en
        Irak sont estimés à quelque 8 milliards »: the period after the figure of an earlier item is that figure's;
        a stock told in the present tense in an item of its own is a level at the time of writing, not at that
        period (« …, et le stock d'investissements s'élevait à 8 milliards », in a past tense, may be, and « …, et son
        cinquième investisseur, avec un capital cumulé de 15 milliards », with no verb of its own, is)."""
        frame = self.frame(mention.start)
        if frame.index == figure.frame.index or not (
                figure.frame.opener == "et" and self.and_clause(figure.frame) or self._contrast_clause(figure, mention)):
            return False
        if self._in_a_past_tense(figure.frame.start, figure.start):
            return False
        after_a_figure = any(frame.start <= q.span[0] < mention.start and q.kind not in ("year", "ordinal")
                             for q in self.m.quantities)
        # « En 2023, l'Australie a accueilli 676 000 visiteurs chinois, et les compagnies assurent 120 vols
        # hebdomadaires »: a year opening the sentence dates the figure of the item it leads to, told in a past tense;
        # the present tense of the « et » clause after it says now (while « En 2023, l'Australie accueille …, et les
        # compagnies assurent … », one tense throughout, stays that year's)
        return after_a_figure or self._dates_a_past_item(mention, figure)
    def _contrast_clause(self, figure: Figure, mention: PeriodMention) -> bool:
        """The figure's item opens a clause of contrast or of simultaneity after the period's clause (« …, tandis
        que le stock d'investissements français est évalué à 1,1 milliard », « alors que », « pendant que »): a
        clause with a verb of its own, like an « et » clause (`and_clause`)."""
        clause = figure.frame.clause
        if clause == self.clause_of(mention.start) or self.clause_span(clause)[0] != figure.frame.start:
            return False
        return bool(_words("contrast_openers").match(self.f(figure.frame.start, figure.start)))
    def _dates_a_past_item(self, mention: PeriodMention, figure: Figure) -> bool:
        """The period comes before another figure of an earlier item, told in a past tense (« En 2023, l'Arabie
        saoudite a accueilli plus de 2,1 millions de visiteurs indiens, …, et Air India, IndiGo, Saudia et flynas
        assurent environ 250 vols par semaine »): it dates that item; a figure of the time of writing after it is
        not dated by it."""
        return any(mention.end <= q.span[0] < figure.frame.start and q.kind not in ("year", "ordinal")
                   for q in self.m.quantities) and self._told_before_now(mention.end, figure.frame.start) and \
            self._verb_of_its_own(figure)
    def _verb_of_its_own(self, figure: Figure) -> bool:
        """The figure's item has a finite verb of its own before it (« …, et les compagnies assurent 120 vols », a
        form of modality.yaml `and_clause`), where « …, soit près de 100 vols par semaine » goes on with the verb
        before."""
        _, verbs, ending, not_verbs = _and_clause()
        words = [w.group() for w in re.finditer(r"[^\W\d_]+", self.m.original(figure.frame.start, figure.start))]
        return any(w in verbs or ending and w.islower() and len(w) > 4 and w.endswith(ending) and
                   not w.endswith("m" + ending) and fold(w) not in not_verbs for w in words)
    def _told_before_now(self, start: int, end: int) -> bool:
        """A verb in a past tense between two offsets: the imperfect, the pluperfect, the simple past, or the passé
        composé (« a accueilli », « ont atteint », « se sont élevées »)."""
        return self._in_a_past_tense(start, end) or bool(_PASSE_COMPOSE.search(self.m.original(start, end)))
    def _told_in_the_past(self, figure: Figure) -> bool:
        """A verb in the imperfect, the pluperfect or the simple past in the figure's clause before it (« le Maroc
        vendait pour 200 millions de dollars par an »), where « par an » in the present tense is the last full year."""
        # not the conditional (« le commerce porterait, selon la chambre de commerce, sur 900 millions par an »), nor
        # a relative clause or an aside before the figure's item (« Le Maroc, qui exportait surtout des phosphates,
        # vend désormais … »)
        items = [f for f in self.frames if f.clause == figure.frame.clause and f.start <= figure.start and (
            f.index == figure.frame.index or not f.parenthesis and _RELATIVE_ITEM.match(self.f(f.start, f.end)) is None)]
        return any(self._in_a_past_tense(f.start, min(f.end, figure.end)) for f in items)
    def _in_a_past_tense(self, start: int, end: int) -> bool:
        """A verb in the imperfect, the pluperfect or the simple past between two offsets; not the conditional
        (« porterait », « générerait »), told from the imperfect by its stem, accents included."""
        return any(fold(w) not in _NOT_PAST and not is_future_form(w)
                   for w in _PAST_ORIGINAL.findall(self.m.original(start, end).lower()))
    def _sum_since(self, figure: Figure) -> tuple[str, str | None, str | None] | None:
        """« Depuis 2013, la Chine a investi 25,4 milliards de dollars au Pakistan », « ont totalisé 60
        milliards depuis 2015 »: a « depuis <year> » of the figure's clause, with a word that sums (a
        participle such as « investi », « totalisé », « accueilli », or « cumulés », « au total » before the
        figure), is a sum from January of that year to the time of writing: <year>-01/<month of
        publication>, a period of its own that the engine compares only as a whole. « un record depuis
        2013 », « Depuis 2013, les échanges ont atteint » (a level, not a sum) are left as they were."""
        published = self.ctx.published
        if published is None:
            return None
        clause = figure.frame.clause
        since = [p for p in self.m.periods if p.kind == "since" and p.period and self.clause_of(p.start) == clause]
        if not since:
            return None
        named = since[0].period
        assert named is not None
        first = Period.parse(named).start
        # a year before the year of publication (« depuis 2024 » read in 2024 is the year so far), or a month before
        # the month of publication (« Depuis mars 2021, les entreprises italiennes ont investi … »)
        if first >= (published.year * 12 if len(named) == 4 else published.month_index):
            return None
        start = self.clause_span(clause)[0]
        if not _words("since_sums").search(self.f(start, figure.start)):
            return None
        period = format_period(first, published.month_index)
        start_words = f"January {named}" if len(named) == 4 else named
        return period, None, f"« {since[0].text} »: a sum from {start_words} to the time of writing, {period}"
    def _in_relative_clause(self, mention: PeriodMention, figure: Figure) -> bool:
        """The period lies in a later item that opens a relative clause with a verb of its own (« …, et le pays
        est retombé au 6e rang, lui qui occupait la 4e place un an plus tôt », « elles qui progressaient
        encore un an plus tôt »): it dates that clause, not the figure before it."""
        frame = self.frame(mention.start)
        if frame.index == figure.frame.index:
            return False
        found = _RELATIVE_ITEM.match(self.f(frame.start, mention.start))
        # a bare « qui » right after the figure's item may be about the figure (« 800 millions, qui ont été
        # réalisés l'an dernier »); « lui qui », « elles qui » name a subject of their own
        return found is not None and (found.group("pronoun") is not None or frame.index > figure.frame.index + 1)
    def _in_relative_before(self, mention: PeriodMention, position: int) -> bool:
        """The period lies in an earlier item that opens a relative clause (« Le Canada, qui a vendu pour
        594,5 milliards … l'an dernier, a vu ses exportations … atteindre 161,2 milliards au premier
        trimestre »): it is that clause's time, not the main clause's, nor the year of its months."""
        frame = self.frame(mention.start)
        return frame.end <= position and _RELATIVE_ITEM.match(self.f(frame.start, mention.start)) is not None
    def _cuts_data(self, mention: PeriodMention) -> bool:
        """« publient des données par année civile », « des statistiques mensuelles »: a rate word after a
        noun of data (periods.yaml `data_words`) says how the data are cut, not how often a figure occurs."""
        return bool(re.search(rf"{_words('data_words').pattern}\s*(?:\w+\s+)?$",
                              self.f(max(self.m.start, mention.start - 40), mention.start)))
    def _figure_of_another_item(self, figure: Figure, mention: PeriodMention) -> bool:
        """The period lies in another item that holds a figure of its own (« plus de 5,3 millions d'entre eux
        y ont séjourné en 2023, et les compagnies … opèrent 1 000 vols »), even one left out."""
        frame = self.frame(mention.start)
        return frame.index != figure.frame.index and any(
            frame.start <= q.span[0] < frame.end and q.kind not in ("year", "ordinal") for q in self.m.quantities)
    def _period_at_writing(self, figure: Figure, current: PeriodMention, in_clause: list[PeriodMention],
                           stock: bool) -> tuple[list[tuple[str, str | None, str | None]], str]:
        """The period of a level at the time of writing. Its own clause may still date it (« En 2019, les
        compagnies assuraient désormais 60 vols par semaine »), but not the phrase of another figure
        (« 600 000 visiteurs japonais en 2023, tandis que les compagnies exploitent actuellement 150 vols ») nor
        another clause: a stock or a rate per week is at the month of publication; a flow « par an » is
        the last full year; any other flow « aujourd'hui » is the latest period the article has stated when
        that is the last full year (or later), else it says now, not over which months (left out)."""
        own = (m for m in reversed(in_clause) if not any(a <= m.start < b for a, b, _, _ in self.level_phrases)
               and not self._figure_of_another_item(figure, m) and not self._dates_a_past_item(m, figure))
        found = self._latest_readable(own, figure)
        if found is not None:
            return found
        published = self.ctx.published
        if published is None:
            return [], "undated"
        if stock or current.kind == "rate":  # « exploitent actuellement 150 vols »
            month = f"{published.year:04d}-{published.month:02d}"
            return [(month, None, f"« {current.text} »: a level at the time of writing, dated to the month of "
                                  f"publication")], "now"
        yearly = [p for p in self.m.periods if p.kind == "rate" and p.rate == "year"
                  and self.clause_of(p.start) == figure.frame.clause]
        if yearly:
            resolved = self.resolve(yearly[0], figure.start)
            if resolved is not None:
                return [resolved], "rate"
        latest = self.ctx.period
        if latest is not None and not latest.endswith("/..") and \
                Period.parse(latest).end >= published.last_full_year * 12 + 11:
            # « 16 milliards en 2023 » then « contre quelque 16 milliards aujourd'hui »: the latest figure the
            # article gives is what « aujourd'hui » refers to; « 40 milliards en 2019 … aujourd'hui » is not
            return [(latest, self.ctx.as_of, f"« {current.text} »: the latest period the article states, "
                                             f"{latest}")], "context"
        self.period_reason = (f"no period: « {current.text} » is the time of writing, and nothing says over which "
                              f"months the flow was counted")
        return [], "unreadable"
    def phrase_of(self, figure: Figure) -> tuple[int, int]:
        """A figure's phrase: its item, and for a figure in a parenthesis the item that opened it when
        that item has no figure of its own (« un déficit commercial l'an dernier (400 millions d'USD) »,
        but not « ont atteint 6,37 milliards d'euros (contre 6,96 milliards en 2019) »)."""
        start = figure.frame.start
        if figure.frame.parenthesis:
            opening = [f for f in self.frames[:figure.frame.index] if not f.parenthesis]
            if opening and not any(opening[-1].start <= q.span[0] < opening[-1].end and q.kind in ("money", "measure")
                                   for q in self.m.quantities):
                start = opening[-1].start
        return start, figure.frame.end
    def _owned_by_another(self, mention: PeriodMention, own_phrase: tuple[int, int]) -> bool:
        """A period in the phrase of a level that is an aside or a comparison belongs to that level:
        « (contre 6,96 milliards en 2019) alors que les importations s'élèvent à 7,35 milliards » does not
        date the 7,35, nor « un déficit l'an dernier (400 millions d'USD), le Vietnam … à 500 millions »
        the 500 millions; « 90 milliards en 2023, tandis que celles de la France … 18 milliards » does."""
        if own_phrase[0] <= mention.start < own_phrase[1]:
            return False
        for a, b, _, private in self.level_phrases:
            if a <= mention.start < b and private:
                return True
        return False
    def _next_figure_between(self, figure: Figure, position: int) -> bool:
        return any(figure.end <= q.span[0] < position and q.kind not in ("year", "ordinal")
                   for q in self.m.quantities)
    def _own_periods(self, figure: Figure) -> list[tuple[str, str | None, str | None]]:
        """Periods right after the figure (up to the next figure), or before it in its own item; « pendant
        quatre années consécutives » is each of the last four full years; « sur la même période de 2023 »,
        « au trimestre précédent » right after it, the period they refer to (`_anaphoric_period`; when that
        cannot be said, none, with the reason in `period_reason`)."""
        anaphoric = self._anaphoric_period(figure)
        if isinstance(anaphoric, str):
            self.period_reason = anaphoric
            return []
        if anaphoric is not None:
            return [anaphoric]
        consecutive = [p for p in self.m.periods if p.kind == "recent" and p.offset == 0 and p.count
                       and 0 <= p.start - figure.end <= 12]
        if consecutive and self.ctx.published and consecutive[0].count and consecutive[0].count <= 10:
            last = self.ctx.published.last_full_year
            note = f"« {consecutive[0].text} »: each of the years to {last}"
            return [(str(year), None, note) for year in range(last - consecutive[0].count + 1, last + 1)]
        # up to the next number, but for a bare one that is no figure (« l'objectif de 200 milliards que les
        # dirigeants des deux pays s'étaient fixé pour 2024 »: 2024 is the 200 milliards' own period) and an
        # equivalent in brackets (« 8,9 milliards de yuans d'échanges (environ 1,3 milliard de dollars) sur les
        # quatre premiers mois de 2023 »)
        next_start = min([q.span[0] for q in self.m.quantities if q.span[0] > figure.end and
                          q.kind not in ("year", "ordinal") and not self._is_restatement_at(q, figure) and
                          not self._bracketed_equivalent(q, figure) and
                          not (q.kind == "number" and q.unit is None and q.span[0] not in self.figure_starts)]
                         + [self.m.end])
        after = [p for p in self.m.periods if self.usable(p) and figure.end <= p.start < next_start
                 and p.kind not in ("horizon",) and self.clause_of(p.start) == figure.frame.clause]
        after = [p for p in after if not re.search(r"[;]", self.f(figure.end, p.start))]
        # « 1,2 milliard, et l'an dernier ... »: after a comma that opens a new item, the period is another's
        after = [p for p in after if self.frame(p.start).index == figure.frame.index or
                 self._restatement_frame(self.frame(p.start), figure) or
                 not re.search(r",\s", self.f(figure.end, p.start))]
        # a deadline after « , et » is the coordinated item's (« proposent 15 vols hebdomadaires entre les deux pays,
        # et prévoient de porter ce nombre à 18 à partir de juillet »), not after an apposition (« à leur niveau
        # d'avant-crise, soit 1,5 million, dès 2024 »)
        # nor after a target or forecast cue of its own (« Les compagnies assurent 46 vols par semaine, un niveau que
        # Pékin souhaite porter à 70 d'ici la fin de l'année »: the deadline of « porter … à 70 », not of the 46)
        horizons = [p for p in self.m.periods if p.kind == "horizon" and figure.end <= p.start < next_start
                    and not re.search(r",\s*et\b", self.f(figure.end, p.start))
                    and not any(figure.end <= c.start < p.start for c in self.cues("modality"))]
        points = [p for p in after if p.kind != "rate"]
        if points and self.unreadable(points[0]):  # « 80 000 visiteurs lors de la saison d'hiver 2024-2025 »
            self.period_reason = self.unreadable(points[0])
            return []
        if points and points[0].kind == "span" and points[0].period and not self._pair_before(figure) and (
                points[0].endpoints is None or not self._change_in_sentence()):
            # « a investi 41,5 milliards de dollars en Inde entre avril 2000 et décembre 2023 », « ont investi 2,1
            # milliards en 2023, et plus de 37 milliards entre 1999 et 2023 »: a span right after the figure is its
            # own, a total over it (not a « passant de X à Y » pair, nor, for years, the level a change reaches)
            return [(points[0].period, None, f"« {points[0].text} »: a total over the span, {points[0].period}")]
        if points:
            group = [points[0]]
            for mention in points[1:]:
                gap = self.f(group[-1].end, mention.start).strip()
                if gap in ("et", ",", "et en", ", et", "puis", "puis en", "ainsi qu'en") and mention.kind == "point":
                    group.append(mention)
                else:
                    break
            resolved = [r for r in (self.resolve(p, figure.start) for p in group) if r is not None]
            if resolved:
                return resolved
        if horizons:
            resolved_h = self.resolve(horizons[0], figure.start)
            if resolved_h is not None:
                return [resolved_h]
        inside = [p for p in self.m.periods if self.usable(p) and figure.frame.start <= p.start and
                  p.end <= figure.start and p.kind not in ("rate",)]
        if inside:
            resolved_i = self.resolve(inside[-1], figure.start)
            if resolved_i is not None:
                return [resolved_i]
        return []
    def _anaphoric_period(self, figure: Figure) -> tuple[str, str | None, str | None] | str | None:
        """A level's period named by reference to another: « contre 31,2 millions de dollars sur la même
        période de 2023 » (the period of the level before, moved to 2023: 2023-H1 after « au premier
        semestre 2024 »), « la même période de l'année précédente » (a year before), « contre 151,9
        milliards au trimestre précédent », « le mois précédent », « au semestre précédent » (the period
        just before, of the same length). The words stand right after the figure, or open its item
        (« Sur la même période de 2023, elles avaient atteint … »); the period referred to is the last
        level's of the sentence, else the sentence before's. After a comparison word (« en baisse par
        rapport à la même période de 2023 ») they name a change's base, not the level's period."""
        reference = self.level_periods[-1][1] if self.level_periods else self.ctx.period
        if reference is None or reference.endswith("/.."):
            return None
        frame = figure.frame
        clause_start = self.clause_span(frame.clause)[0]

        def gap_to(start: int, end: int) -> str | None:
            """The words between the figure and the reference right after it, or between the start of the
            clause and the reference that opens it (with no other figure before the figure)."""
            if start >= figure.end and end <= frame.end:
                return self.f(figure.end, start)
            if clause_start <= start and end <= figure.start and not any(
                    end <= q.span[0] < figure.start and q.kind not in ("year", "ordinal") for q in self.m.quantities):
                return self.f(clause_start, start)
            return None

        for mention in self.m.periods:
            if mention.kind != "same_period" or (mention.period is None and not mention.offset):
                continue  # « sur la même période » alone: the period of the sentence, read as before
            gap = gap_to(mention.start, mention.end)
            if gap is None or not _ANAPHOR_GAP.fullmatch(gap):
                continue
            year = int(mention.period) if mention.period else int(reference[:4]) + (mention.offset or 0)
            shifted = shift_to_year(reference, year)
            return shifted, None, f"« {mention.text} »: {reference} moved to {year}, {shifted}"
        for cue in self.cues("previous_period"):
            if not _words("previous_words").search(fold(cue.text)):
                continue  # « sur un trimestre », « en glissement trimestriel »: a change's base
            gap = gap_to(cue.start, cue.end)
            if gap is None or not _ANAPHOR_GAP.fullmatch(gap):
                continue
            months = {"month": 1, "quarter": 3, "half": 6}[cue.key]
            parsed = Period.parse(reference)
            if parsed.months != months:
                return f"no period: « {cue.text} » after a figure for {reference}: which one is it?"
            before = format_period(parsed.start - months, parsed.end - months)
            return before, None, f"« {cue.text} »: the period before {reference}, {before}"
        return None
    def _is_restatement_at(self, q: Quantity, figure: Figure) -> bool:
        return q.span[0] in self.restating_starts
    def _bracketed_equivalent(self, q: Quantity, figure: Figure) -> bool:
        """An amount in another currency alone in a parenthesis right after the figure's item, with no period
        of its own: the figure restated, whether or not the words between let it be linked as such."""
        frame = self.frame(q.span[0])
        return (frame.parenthesis and frame.index == figure.frame.index + 1 and q.kind == "money"
                and figure.kind == "money" and q.unit is not None and q.unit != figure.unit
                and not any(frame.start <= p.start < frame.end for p in self.m.periods)
                and not any(frame.start <= o.span[0] < frame.end and o is not q and o.kind not in ("year", "ordinal")
                            for o in self.m.quantities))
    def _restatement_frame(self, frame: Frame, figure: Figure) -> bool:
        return frame.parenthesis and frame.index == figure.frame.index + 1
    def _span_end(self, figure: Figure, siblings: list[Figure]) -> tuple[str, str | None, str | None] | None:
        """« passant de 2,92 milliards à 5,31 milliards » with « entre 2016 et 2020 » (or « de 2014 à
        2016 » after the pair): the first figure is the first year, the second the last."""
        spans = [p for p in self.m.periods if p.kind == "span" and (p.endpoints or p.period) and
                 self.clause_of(p.start) <= figure.frame.clause]
        if not spans:
            return None
        span = spans[-1]
        if span.endpoints is None:
            return self._months_span_total(figure, span, siblings)
        if not figure.frame.start <= span.start < figure.frame.end and any(
                p.kind == "now" and figure.frame.start <= p.start < figure.frame.end for p in self.m.periods):
            return None  # « Entre 2019 et 2023, les échanges ont doublé, et les compagnies assurent désormais 40 vols »
        levels = [f for f in siblings if f.kind == figure.kind and f.restates is None]
        if self.clause_of(span.start) == figure.frame.clause:
            # « 10,6 milliards sur l'exercice 2022-2023 ; sur la période 2020-2021, ils avaient totalisé 15
            # milliards »: the levels of the span's own clause
            levels = [f for f in levels if f.frame.clause == figure.frame.clause]
        pair_words = self._pair_before(figure)
        if pair_words and len(levels) >= 2:
            firsts = [f for f in levels if self._opens_from(f)]
            if firsts and firsts[0].start == figure.start:
                return span.endpoints[0], None, f"« {span.text} »: the first end"
            if any(f.start < figure.start for f in firsts):
                return span.endpoints[1], None, f"« {span.text} »: the last end"
        if len(levels) == 1 and span.end <= figure.start + 200:
            if self._change_in_sentence():  # « ont doublé entre 2016 et 2020, à 5 milliards »: the level reached
                return span.endpoints[1], None, f"« {span.text} »: the level at the end of the span"
            # « ont totalisé 60 milliards de dollars entre 2020 et 2023 », « 1,2 milliard sur la période
            # 2020-2023 »: with no change said, a sum over the whole span
            assert span.period is not None
            return span.period, None, f"« {span.text} »: a total over the span, {span.period}"
        return None
    def _months_span_total(self, figure: Figure, span: PeriodMention,
                           siblings: list[Figure]) -> tuple[str, str | None, str | None] | None:
        """« Le Japon a investi 41,5 milliards de dollars en Inde entre avril 2000 et décembre 2023 », « d'avril 2022 à
        janvier 2023 »: months named with their years, the one level of its kind in their clause, with no change said,
        is a total over those months; never each end's. With a change (« ont progressé de 20 % entre avril 2022 et
        janvier 2023 »: month against month, or the span against the year before?) or several levels, None (left
        out: the span stops the search in `_latest_readable`)."""
        assert span.period is not None
        levels = [f for f in siblings if f.kind == figure.kind and f.restates is None
                  and f.frame.clause == figure.frame.clause]
        if self.clause_of(span.start) != figure.frame.clause or len(levels) != 1 or self._change_in_sentence():
            return None
        return span.period, None, f"« {span.text} »: a total over the months between, {span.period}"
    def _pair_before(self, figure: Figure) -> bool:
        """« passant de 2,92 milliards à 5,31 milliards », « sont passées de … à … »: a pair of levels, the two ends
        of a span."""
        return re.search(r"\b(?:passant|passe|passee|passes|passees|est\s+passe|sont\s+passes|allant)\s+de\b",
                         self.f(self.m.start, figure.start)) is not None
    def _change_in_sentence(self) -> bool:
        return any(self.cues(family) for family in ("change", "multiple", "times")) or any(
            q.kind == "percent" for q in self.m.quantities)
    def _opens_from(self, figure: Figure) -> bool:
        return bool(re.search(r"\b(?:de|d')\s*(?:environ|pres\s+de|plus\s+de|quelque)?\s*$",
                              self.f(figure.start - 20, figure.start)))
    def _relative_clause_base(self, figure: Figure) -> str | None:
        """« soit une baisse de 6,2 % par rapport à la même période de l'année précédente, où elles
        étaient de 3,25 milliards »: the level in the « où » clause is the comparison's base; so is the
        level of a « lorsque » clause or of a parenthesis right after the base (« à son niveau de 2019,
        lorsque 3,27 millions de Japonais … », « soit 82 % de son niveau de 2019 (288 000) »)."""
        frame = figure.frame
        compared = [p for p in self.m.periods if p.start in self.consumed and p.end <= figure.start]
        when = re.match(r"\s*(?:lorsqu|quand\b)", self.f(frame.start, frame.start + 12)) or (
            # « a triplé depuis 2018, alors qu'il plafonnait à 49,2 milliards »: the same measure, in the past
            re.match(r"\s*alors\s+qu'\s*(?:il|elle)s?\b", self.f(frame.start, frame.start + 16))
            and _PAST.search(self.f(frame.start, figure.start)))
        aside = frame.parenthesis and bool(compared) and \
            re.fullmatch(r"\s*\(\s*", self.f(compared[-1].end, figure.start)) is not None
        where = frame.opener == "où" or re.search(r"\bannee\s+ou\b|,\s*ou\b",
                                                  self.f(frame.start - 12, frame.start + 4))
        if not where and not when and not aside:
            return None
        bases = [b for position, b in self.bases if position < figure.start]
        if bases:
            return bases[-1]
        levels = [period for position, period in self.level_periods if position < figure.start]
        if not compared or not levels:
            return None
        mention, main = compared[-1], levels[-1]
        if mention.kind == "same_period":
            return shift_to_year(main, int(mention.period) if mention.period else int(main[:4]) - 1)
        if mention.kind == "same_year":
            return shift_to_year(main, int(main[:4]) + (mention.offset or 0))
        if mention.kind in ("point", "since") and mention.period:  # « a triplé depuis 2018, quand il … »
            if self.ctx.published and mention.period[:4] not in mention.text:  # « l'année d'avant »
                return shift_to_year(main, int(main[:4]) - 1)
            return mention.period
        return None
    def resolve(self, mention: PeriodMention, position: int) -> tuple[str, str | None, str | None] | None:
        """(period, as_of, note) of a mention; None when it cannot be resolved here."""
        published = self.ctx.published
        if mention.kind == "rate":
            if published is None:
                return None
            if mention.rate == "year":
                year = published.last_full_year
                return str(year), None, f"« {mention.text} » in the present tense: read as the last full year, {year}"
            month = f"{published.year:04d}-{published.month:02d}"
            return month, None, f"« {mention.text} »: a rate at the time of writing, dated to the month of publication"
        if mention.kind == "same_year":
            if self._unread_before(mention.start):
                return None  # « sur l'exercice 2023-2024, …, contre 84,5 milliards un an plus tôt »: before what?
            anchor = self.context_period(mention.start)
            if mention.offset and mention.offset < 0 and anchor is None and any(
                    q.span[1] <= position and q.kind in ("money", "measure") for q in self.m.quantities):
                # « 83,6 milliards …, contre 84,5 milliards un an plus tôt » when nothing dates the figure it is
                # compared with: a year before that figure, not before the article (« a dépassé le
                # demi-milliard l'année précédente », with no figure before it, is the year before the
                # article's)
                return None
            if mention.offset and anchor is not None and len(anchor) > 4 and not anchor.endswith("/.."):
                # « au troisième trimestre 2024 …, contre 3,4 milliards un an auparavant »: 2023-Q3
                shifted = shift_to_year(anchor, int(anchor[:4]) + mention.offset)
                return shifted, None, f"« {mention.text} »: the same period of {shifted[:4]}, {shifted}"
            context = self.context_year(mention.start)
            if context is None:
                return None
            return str(context + (mention.offset or 0)), None, f"« {mention.text} »: {context + (mention.offset or 0)}"
        if mention.kind == "same_date":
            named = self.context_period(mention.start)
            if named is None or named.endswith("/.."):
                return None
            return named, None, f"« {mention.text} »: the date just named, {named}"
        if mention.kind == "months":
            assert mention.months is not None
            of_year = self.context_year(mention.start, mention.months[1])
            if of_year is None:
                return None
            return resolve_months(*mention.months, of_year), None, f"« {mention.text} »: in {of_year}"
        if mention.kind == "horizon" and mention.months and self._since_month(mention, position):
            return None  # « À partir de mars, les compagnies ont porté leur desserte à 16 vols »: since when, not until
        if mention.kind == "recent":
            return None
        if mention.kind == "span":
            return None
        if mention.period is None:
            return None
        note = None
        if mention.kind == "fiscal":
            note = f"« {mention.text} »: a fiscal year, {mention.period}"
        elif mention.kind == "to_date" and mention.as_of and mention.as_of[:4] not in mention.text:
            note = f"« {mention.text} »: a count to the day of writing, {mention.as_of}"
            if published and published.day is None:
                note = f"« {mention.text} »: a count to the day of writing, in {mention.as_of[:7]} (the day is not " \
                       f"known: {mention.as_of} stands for it)"
        elif mention.kind == "now":
            note = f"« {mention.text} »: the time of writing, the month of publication"
        elif mention.kind == "horizon" and mention.period[:4] not in mention.text:
            note = f"« {mention.text} »: by the end of {mention.period}"
        elif published and mention.period[:4] not in mention.text:
            note = f"« {mention.text} »: relative to the article's date ({published.year:04d}-{published.month:02d})"
        return mention.period, mention.as_of, note
    def _since_month(self, mention: PeriodMention, position: int) -> bool:
        """« à partir de mars » with no year, for an actual figure read in May: since last March (nearer than the
        next), which is not the figure's period; « à partir de janvier » read in December, or any such month for a
        target or a forecast, is the month to come (the mention's period)."""
        published = self.ctx.published
        if published is None or mention.period is None or self.modality_of(position) != "actual":
            return False
        ahead = Period.parse(mention.period).start - published.month_index
        return 12 - ahead < ahead
    def stock_position(self, figure: Figure, cue_at: int | None,
                       found: tuple[str, str | None, str | None]) -> tuple[str, str | None, str | None]:
        """« le stock d'investissements s'élevait à 8 milliards fin 2022 », « les investissements cumulés
        atteignent 8 milliards en 2023 »: a stock is a position at a date, the last month of its period
        (stock statistics are end-of-period positions), never the year's flow. The engine then never sets
        it against « 500 millions investis en 2023 »: a stock and a flow are different measures."""
        period, as_of, note = found
        if any(p.kind == "same_date" and self.clause_of(p.start) == figure.frame.clause for p in self.m.periods):
            # « Les investissements vietnamiens en Inde ne dépassaient pas, à la même date, 28,5 millions »: a stock at
            # the date just named, the end of its period
            parsed = Period.parse(period)
            last = format_period(parsed.end, parsed.end)
            return last, None, f"a stock at the date just named: its position at {last}"
        if len(period) != 4:  # a part of a year (« sur les neuf premiers mois ») sums flows, even « cumulés »
            return self._stock_to_date(figure, found)
        parsed = Period.parse(period)
        start = min(cue_at if cue_at is not None else figure.start, figure.frame.start)
        clause_start, clause_end = self.clause_span(figure.frame.clause)
        phrase, clause = self.f(start, figure.end), self.f(clause_start, clause_end)
        year = period[:4]
        # « fin 2023 », « à fin décembre 2023 », and « fin décembre » with no year (« Les Etats-Unis comptaient fin
        # décembre 1 329 projets … pour un capital total de 11,8 milliards », read in January: December's position)
        end_of = re.search(rf"\bfin\s+(?:(?:(?:de\s+l'\s*annee|decembre)\s+)?{year}\b|decembre\b(?!\s+(?:de\s+)?(?:19|20)\d\d\b))",
                           clause)
        if not (_words("cumulative").search(phrase) or end_of):
            return found
        last = format_period(parsed.end, parsed.end)
        return last, None, f"a stock: its position at the end of {period}, {last}"
    def _stock_to_date(self, figure: Figure,
                       found: tuple[str, str | None, str | None]) -> tuple[str, str | None, str | None]:
        """« Au 20 mai 2024, les investisseurs français comptaient 662 projets valides au Vietnam, pour un
        capital enregistré total de 4,1 milliards de dollars »: a count to a date that its clause says is
        cumulative (« projets valides », « stock », « cumulés ») is a position at that month, not a flow
        since January; « Au 20 mai 2024, les investissements directs … ont atteint », and « depuis janvier …
        pour un montant cumulé de 38 millions » (what was invested this year), stay the flow since January."""
        period, as_of, note = found
        counted = [p for p in self.m.periods if p.kind == "to_date" and p.period == period
                   and self.clause_of(p.start) == figure.frame.clause and not _words("year_to_date").match(fold(p.text))]
        if not counted:
            return found
        clause_start = self.clause_span(figure.frame.clause)[0]
        if not _words("cumulative").search(self.f(clause_start, figure.end)):
            return found
        parsed = Period.parse(period)
        last = format_period(parsed.end, parsed.end)
        return last, None, f"a stock counted to {as_of or last}: its position at {last}, not a flow since " \
                           "January"
    def context_period(self, position: int) -> str | None:
        """The period a sentence is about before `position` (its last dated one), else the context's.
        Months named with no year count, in the year they are read in: « Pour le seul mois de décembre,
        … 371 millions de dollars, contre 342 millions un an plus tôt » (read in January 2025) is about
        2024-12, so « un an plus tôt » is 2023-12, as after a quarter, a half-year or « les onze premiers
        mois »."""
        dated = [p for p in self.m.periods if p.end <= position and not self._in_relative_before(p, position) and (
            p.kind in ("point", "to_date", "fiscal") and p.period
            or p.kind == "months" and p.months and p.start not in self.consumed)]
        if not dated:
            return self.ctx.period
        last = dated[-1]
        if last.kind != "months":
            return last.period
        assert last.months is not None
        year = self.context_year(last.start, last.months[1])
        return resolve_months(*last.months, year) if year is not None else None
    def _unread_before(self, position: int) -> bool:
        """The last period the sentence names before `position` is one that cannot be read (« sur
        l'exercice 2023-2024 »): what comes after it cannot be dated relative to it, nor to the context."""
        named = [p for p in self.m.periods if p.kind in ("point", "to_date", "fiscal", "season", "decade")
                 and p.end <= position]
        return bool(named) and self.unreadable(named[-1]) is not None
    def context_year(self, position: int, last_month: int | None = None) -> int | None:
        """The year a sentence is about, before `position`: its last full year or dated period; else the
        context's; else the publication year, or the year before when the months would not be over yet
        (« les neuf premiers mois » in an article of February: last year's).

        Months named with no year (`last_month` given) in a sentence that names none are the latest such
        months over at publication, even after sentences about an earlier year: news goes on to the latest
        data (« … 2,3 milliards en 2022. Quelque 260 000 Sud-Coréens ont visité l'Indonésie entre janvier
        et septembre », in November 2023, is 2023; « En 2022, les échanges s'élevaient à 190 milliards.
        Pour le seul mois de décembre, ils ont atteint 20,6 milliards », in January 2024, is December 2023).
        They stay the context's year when their clause ties them to it (« la même année », « cette
        année-là »), or when the context is later than those months (the current year's, whose months are
        not over yet). A pluperfect alone does not say which (`_pluperfect_only`): None."""
        if self._unread_before(position):
            return None
        years = [p for p in self.m.periods if p.kind in ("point", "to_date") and p.period and p.end <= position
                 and not self._in_relative_before(p, position)]
        if years:
            return int(years[-1].period[:4])  # type: ignore[index]
        latest = self._latest_year(last_month)
        if self.ctx.period is not None:
            year = int(self.ctx.period[:4])
            if last_month is None or latest is None or latest <= year or self._named_as_context(position):
                return year
            if self._pluperfect_only(position, last_month):
                return None
        return latest
    def _latest_year(self, last_month: int | None) -> int | None:
        """The publication year, or the year before when months to `last_month` are not over yet."""
        published = self.ctx.published
        if published is None:
            return None
        if last_month is not None and published.year * 12 + last_month - 1 >= published.month_index:
            return published.year - 1
        return published.year
    def _named_as_context(self, position: int) -> bool:
        """The clause at `position` names the time the sentences before named: « la même année », « cette
        année-là »."""
        start, end = self.clause_span(self.clause_of(position))
        return any(p.kind == "same_year" and not p.offset and start <= p.start < end for p in self.m.periods)
    def _pluperfect_only(self, position: int, last_month: int) -> bool:
        """Months with no year after a sentence about an earlier year, whose clause is told in the pluperfect and
        names no year (« Les échanges se sont élevés à 2,46 milliards en 2025. En janvier, les importations avaient
        déjà chuté de 18 % », read in February 2026): the pluperfect may say « before the time just told » (January
        2025) as well as it tells the latest news (January 2026, what the writer meant there, and what « ont chuté »
        says); the reader cannot tell which, and the figure is left out. Where the sentence that dated the context
        was itself told in the pluperfect, it is the article's way of telling, and the months are the latest over."""
        if self.ctx.period is None or self._named_as_context(position) or self.ctx.period_in_pluperfect:
            return False
        latest = self._latest_year(last_month)
        if latest is None or latest <= int(self.ctx.period[:4]):
            return False
        start, end = self.clause_span(self.clause_of(position))
        return bool(_pluperfect().search(self.m.original(start, end)))
    def told_in_pluperfect(self) -> bool:
        """The sentence has a verb in the pluperfect (see `_pluperfect_only`)."""
        return bool(_pluperfect().search(self.m.original(self.m.start, self.m.end)))
    def _fallback_period(self, stock: bool, modality: str) -> tuple[str, str | None, str | None] | None:
        published = self.ctx.published
        if published is None:
            return None
        if modality != "actual":
            start = f"{published.year:04d}-{published.month:02d}"
            return f"{start}/..", None, "no deadline stated: an open horizon from the month of publication"
        if stock:
            return (f"{published.year:04d}-{published.month:02d}", None,
                    "no period stated (a level at the time of writing): dated to the month of publication")
        return None
