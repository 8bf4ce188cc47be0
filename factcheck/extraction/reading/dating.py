"""The period of each figure: its own phrase first, then its clause, the sentence, the paragraph,
the article."""

from __future__ import annotations

import re

from factcheck.extraction.frames import Frame
from factcheck.extraction.numbers import Quantity
from factcheck.extraction.periods import PeriodMention, resolve_months
from factcheck.extraction.reading.figures import Figure
from factcheck.extraction.reading.modality import ModalityRules
from factcheck.model import Period, format_period


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
        for cue in self.cues("compared"):
            for mention in self.m.periods:
                if mention.start >= cue.end - 1:
                    if any(cue.end <= q.span[0] < mention.start and q.kind not in ("year", "ordinal")
                           for q in self.m.quantities):
                        break  # « contre 630 000 en 2019 »: the period of the figure after « contre »
                    gap = self.f(cue.end, mention.start)
                    if len(gap) <= 30 and not re.search(r"[,;.]", gap) and mention.kind in (
                            "point", "same_period", "same_year", "months"):
                        self.consumed.add(mention.start)
                    break
        for cue in self.cues("multiple"):
            if is_verb(cue.text):
                continue
            for mention in self.m.periods:
                if mention.start >= cue.end:
                    if len(self.f(cue.end, mention.start)) <= 12 and mention.kind == "point":
                        self.consumed.add(mention.start)
                    break
        for cue in self.cues("times"):
            for mention in self.m.periods:
                if mention.start >= cue.end:
                    if len(self.f(cue.end, mention.start)) <= 30 and mention.kind == "point":
                        self.consumed.add(mention.start)
                    break
        for mention in self.m.periods:  # « selon les données de février 2024 »: when it was published, not the period
            if re.search(r"\b(?:donnees|chiffres|statistiques|rapport|bilan|publiee?s?|devoilee?s?|communiquee?s?)\s+"
                         r"(?:de|du|d'|en|le|des|publiees?\s+en)\s*$", self.f(mention.start - 40, mention.start)):
                self.consumed.add(mention.start)
        for mention in self.m.periods:  # « contre 8,7 millions sur la même période de 2019 »: the base
            if mention.kind == "same_period" and re.search(r"\b(?:par rapport a|que|qu'|sur|contre)\s*$",
                                                          self.f(mention.start - 25, mention.start)):
                self.consumed.add(mention.start)
    def usable(self, mention: PeriodMention) -> bool:
        return mention.start not in self.consumed and mention.kind not in ("date", "same_period", "since")
    def period_of(self, figure: Figure, metric: str, modality: str,
                  siblings: list[Figure]) -> tuple[list[tuple[str, str | None, str | None]], str]:
        """The period(s) of a level: [(period, as_of, note)] and how it was found.

        Its own item first (« 594,7 millions de dollars en 2021 », « en 2023 et 2024 » gives one claim
        each); a « passant de X à Y » pair takes the two ends of « entre 2016 et 2020 » or « de 2014 à
        2016 »; « où elles étaient de 3,25 milliards » takes the period a comparison just named; else
        the nearest period before it in its clause, then in its sentence, then after it in its clause;
        else the period of the sentences before (the paragraph's, then the article's)."""
        definition = self.metrics[metric]
        own = self._own_periods(figure)
        if own:
            return own, "own"
        span = self._span_end(figure, siblings)
        if span is not None:
            return [span], "span"
        base = self._relative_clause_base(figure)
        if base is not None:
            return [(base, None, "« où … »: the period the comparison just named")], "base"
        clause = figure.frame.clause
        floor = self.m.start
        if modality != "actual":  # a target's deadline comes after its cue, never from an actual figure before
            cue = self.modality_cue(figure.start)
            limit = cue.start if cue is not None else figure.frame.start
            earlier = [f.end for f in siblings if f.end <= limit and self.clause_of(f.start) == figure.frame.clause]
            floor = max(earlier) if earlier else self.clause_span(figure.frame.clause)[0]
        own_phrase = self.phrase_of(figure)
        before = [p for p in self.m.periods if self.usable(p) and floor <= p.start and p.end <= figure.start
                  and p.kind not in ("rate",) and not self._owned_by_another(p, own_phrase)]
        in_clause = [p for p in before if self.clause_of(p.start) == clause]
        for candidates in (in_clause, before):
            for mention in reversed(candidates):
                resolved = self.resolve(mention, figure.start)
                if resolved is not None:
                    return [resolved], "before"
        after = [p for p in self.m.periods if self.usable(p) and p.start >= figure.end
                 and self.clause_of(p.start) == clause and p.kind not in ("rate", "horizon")]
        for mention in after:
            if self._next_figure_between(figure, mention.start):
                break
            resolved = self.resolve(mention, figure.start)
            if resolved is not None:
                return [resolved], "after"
        rates = [p for p in self.m.periods if p.kind == "rate" and self.clause_of(p.start) == clause]
        if rates and modality == "actual":
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
        quatre années consécutives » is each of the last four full years."""
        consecutive = [p for p in self.m.periods if p.kind == "recent" and p.offset == 0 and p.count
                       and 0 <= p.start - figure.end <= 12]
        if consecutive and self.ctx.published and consecutive[0].count and consecutive[0].count <= 10:
            last = self.ctx.published.last_full_year
            note = f"« {consecutive[0].text} »: each of the years to {last}"
            return [(str(year), None, note) for year in range(last - consecutive[0].count + 1, last + 1)]
        next_start = min([q.span[0] for q in self.m.quantities if q.span[0] > figure.end and
                          q.kind not in ("year", "ordinal") and not self._is_restatement_at(q, figure)]
                         + [self.m.end])
        after = [p for p in self.m.periods if self.usable(p) and figure.end <= p.start < next_start
                 and p.kind not in ("horizon",) and self.clause_of(p.start) == figure.frame.clause]
        after = [p for p in after if not re.search(r"[;]", self.f(figure.end, p.start))]
        # « 1,2 milliard, et l'an dernier ... »: after a comma that opens a new item, the period is another's
        after = [p for p in after if self.frame(p.start).index == figure.frame.index or
                 self._restatement_frame(self.frame(p.start), figure) or
                 not re.search(r",\s", self.f(figure.end, p.start))]
        horizons = [p for p in self.m.periods if p.kind == "horizon" and figure.end <= p.start < next_start]
        points = [p for p in after if p.kind != "rate"]
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
    def _is_restatement_at(self, q: Quantity, figure: Figure) -> bool:
        return q.span[0] in self.restating_starts
    def _restatement_frame(self, frame: Frame, figure: Figure) -> bool:
        return frame.parenthesis and frame.index == figure.frame.index + 1
    def _span_end(self, figure: Figure, siblings: list[Figure]) -> tuple[str, str | None, str | None] | None:
        """« passant de 2,92 milliards à 5,31 milliards » with « entre 2016 et 2020 » (or « de 2014 à
        2016 » after the pair): the first figure is the first year, the second the last."""
        spans = [p for p in self.m.periods if p.kind == "span" and p.endpoints and
                 self.clause_of(p.start) <= figure.frame.clause]
        if not spans:
            return None
        span = spans[-1]
        assert span.endpoints is not None
        levels = [f for f in siblings if f.kind == figure.kind and f.restates is None]
        pair_words = re.search(r"\b(?:passant|passe|passee|passes|passees|est\s+passe|sont\s+passes|allant)\s+de\b",
                               self.f(self.m.start, figure.start))
        if pair_words and len(levels) >= 2:
            firsts = [f for f in levels if self._opens_from(f)]
            if firsts and firsts[0].start == figure.start:
                return span.endpoints[0], None, f"« {span.text} »: the first end"
            if any(f.start < figure.start for f in firsts):
                return span.endpoints[1], None, f"« {span.text} »: the last end"
        if len(levels) == 1 and span.end <= figure.start + 200:
            return span.endpoints[1], None, f"« {span.text} »: the level at the end of the span"
        return None
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
        when = re.match(r"\s*(?:lorsqu|quand\b)", self.f(frame.start, frame.start + 12))
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
        if mention.kind == "point" and mention.period:
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
            anchor = self.context_period(mention.start)
            if mention.offset and anchor is not None and len(anchor) > 4 and not anchor.endswith("/.."):
                # « au troisième trimestre 2024 …, contre 3,4 milliards un an auparavant »: 2023-Q3
                shifted = shift_to_year(anchor, int(anchor[:4]) + mention.offset)
                return shifted, None, f"« {mention.text} »: the same period of {shifted[:4]}, {shifted}"
            year = self.context_year(mention.start)
            if year is None:
                return None
            return str(year + (mention.offset or 0)), None, f"« {mention.text} »: {year + (mention.offset or 0)}"
        if mention.kind == "months":
            assert mention.months is not None
            year = self.context_year(mention.start, mention.months[1])
            if year is None:
                return None
            return resolve_months(*mention.months, year), None, f"« {mention.text} »: in {year}"
        if mention.kind == "recent":
            return None
        if mention.kind == "span":
            return None
        if mention.period is None:
            return None
        note = None
        if mention.kind == "horizon" and mention.period[:4] not in mention.text:
            note = f"« {mention.text} »: by the end of {mention.period}"
        elif published and mention.period[:4] not in mention.text:
            note = f"« {mention.text} »: relative to the article's date ({published.year:04d}-{published.month:02d})"
        return mention.period, mention.as_of, note
    def stock_position(self, figure: Figure, cue_at: int | None,
                       found: tuple[str, str | None, str | None]) -> tuple[str, str | None, str | None]:
        """« le stock d'investissements s'élevait à 8 milliards fin 2022 », « les investissements cumulés
        atteignent 8 milliards en 2023 »: a stock is a position at a date, the last month of its period
        (stock statistics are end-of-period positions), never the year's flow. The engine then never sets
        it against « 500 millions investis en 2023 »: a stock and a flow are different measures."""
        period, as_of, note = found
        if len(period) != 4:  # a part of a year (« sur les neuf premiers mois ») sums flows, even « cumulés »
            return found
        parsed = Period.parse(period)
        start = min(cue_at if cue_at is not None else figure.start, figure.frame.start)
        clause_start, clause_end = self.clause_span(figure.frame.clause)
        phrase, clause = self.f(start, figure.end), self.f(clause_start, clause_end)
        year = period[:4]
        end_of = re.search(rf"\bfin\s+(?:(?:de\s+l'\s*annee|decembre)\s+)?{year}\b", clause)
        if not (re.search(r"\b(?:stock|encours|cumul\w*)\b", phrase) or end_of):
            return found
        last = format_period(parsed.end, parsed.end)
        return last, None, f"a stock: its position at the end of {period}, {last}"
    def context_period(self, position: int) -> str | None:
        """The period a sentence is about before `position` (its last dated one), else the context's."""
        dated = [p for p in self.m.periods if p.kind in ("point", "to_date") and p.period and p.end <= position]
        return dated[-1].period if dated else self.ctx.period
    def context_year(self, position: int, last_month: int | None = None) -> int | None:
        """The year a sentence is about, before `position`: its last full year or dated period; else the
        context's; else the publication year, or the year before when the months would not be over yet
        (« les neuf premiers mois » in an article of February: last year's)."""
        years = [p for p in self.m.periods if p.kind in ("point", "to_date") and p.period and p.end <= position]
        if years:
            return int(years[-1].period[:4])  # type: ignore[index]
        if self.ctx.period is not None:
            return int(self.ctx.period[:4])
        published = self.ctx.published
        if published is None:
            return None
        if last_month is not None and published.year * 12 + last_month - 1 >= published.month_index:
            return published.year - 1
        return published.year
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
