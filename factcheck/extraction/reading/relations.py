"""Comparisons between the sentence's figures: « le double de », « trois fois plus », « x fois »."""

from __future__ import annotations

import re

from factcheck.extraction.mentions import Cue, factor_of
from factcheck.extraction.numbers import Quantity
from factcheck.extraction.reading.dating import is_verb, shift_to_year
from factcheck.extraction.reading.figures import Draft, Figure
from factcheck.extraction.reading.growth import GrowthRules


class RelationRules(GrowthRules):
    """Rules for figures stated as a multiple of another."""

    # -- multiples ------------------------------------------------------------------------------------
    def multiple_drafts(self, values: list[Draft]) -> list[Draft]:
        """« a doublé » (between the two periods of the sentence), « soit le double de 2023 », « trois
        fois plus que celui de 2012 », « divisé par deux », « multipliées par deux en trois ans »."""
        out = []
        for cue in self.cues("multiple"):
            draft = self._multiple(cue, values)
            if isinstance(draft, Draft):
                out.append(draft)
        for cue in self.cues("times"):
            draft = self._times(cue, values)
            if isinstance(draft, Draft):
                out.append(draft)
        return out
    def _subject_of_relation(self, position: int, values: list[Draft]) -> tuple[str, list[str], str | None,
                                                                                 str | None, str] | None:
        before = [v for v in values if v.figure[0] < position and v.claim.get("kind") != "ratio"]
        if before:
            c = before[-1].claim
            return (str(c["metric"]), list(c["countries"]), c.get("direction"),  # type: ignore[arg-type,return-value]
                    c.get("unit"), str(c["period"]))  # type: ignore[return-value]
        probe_q = Quantity((position, position), "", 0, None, "number")
        probe = Figure(probe_q, "money", None, self.frame(position), end=position)
        metric, _, cue_at = self.metric_of(probe)
        if metric is None:
            probe = Figure(probe_q, "persons", None, self.frame(position), end=position)
            metric, _, cue_at = self.metric_of(probe)
        if metric is None:
            return None
        probe = Figure(probe_q, self.metrics[metric].unit_kinds[0], None, self.frame(position), end=position)
        flow = self.flow_in_scope(probe, metric, cue_at)
        if isinstance(flow, str):
            return None
        return metric, list(flow.countries), flow.direction, self._sentence_unit(metric), ""
    def _multiple(self, cue: Cue, values: list[Draft]) -> Draft | None:
        factor = factor_of(cue.text)
        if factor is None:
            return None
        subject = self._subject_of_relation(cue.start, values)
        if subject is None:
            return None
        metric, countries, direction, unit, main = subject
        if is_verb(cue.text):
            pair = self._verb_periods(cue.end)
        else:
            main = main or self._main_period(cue.start) or ""
            relative = self._compared_after(cue.end, main) if main else None
            pair = (main, relative) if main and relative else None
        if pair is None or pair[0] == pair[1]:
            return None
        qualifier, _ = self.qualifier_of(cue.start, self.clause_span(self.clause_of(cue.start))[0])
        if qualifier in ("exact", "range"):
            qualifier = "approx"
        return self._relation_draft(cue, metric, countries, direction, unit, pair, factor, qualifier)
    def _times(self, cue: Cue, values: list[Draft]) -> Draft | None:
        number = [q for q in self.m.quantities if q.span[1] <= cue.start and not self.f(q.span[1], cue.start).strip()]
        if not number or number[-1].kind in ("year", "ordinal"):
            return None
        subject = self._subject_of_relation(cue.start, values)
        if subject is None:
            return None
        metric, countries, direction, unit, main = subject
        main = main or self._main_period(cue.start) or ""
        relative = self._compared_after(cue.end, main) if main else None
        if not main or not relative or main == relative:
            return None
        # « près de quatre fois plus »: the number's own qualifier (nearly), else approx
        qualifier, _ = self.qualifier_of(number[-1].span[0], self.clause_span(self.clause_of(cue.start))[0])
        if qualifier in ("exact", "range"):
            qualifier = "approx"
        return self._relation_draft(cue, metric, countries, direction, unit, (main, relative),
                                    float(number[-1].value), qualifier, figure=number[-1].span)
    def _relation_draft(self, cue: Cue, metric: str, countries: list[str], direction: str | None,
                        unit: str | None, pair: tuple[str, str], factor: float, qualifier: str,
                        figure: tuple[int, int] | None = None) -> Draft | None:
        period, relative_to = pair
        if factor <= 0:
            return None
        modality = self.modality_of(cue.start)
        if modality == "actual" and self.after_publication(period):
            return None
        claim: dict[str, object] = {
            "metric": metric, "countries": countries, "direction": direction, "period": period, "kind": "ratio",
            "unit": unit, "qualifier": qualifier, "relative_to": relative_to, "factor": round(factor, 6),
            "modality": modality,
        }
        start = figure[0] if figure else cue.start
        return Draft(claim, (start, cue.end), [])
    def _main_period(self, position: int) -> str | None:
        points = [p for p in self.m.periods if p.kind == "point" and p.end <= position and p.period
                  and p.start not in self.consumed]
        return points[-1].period if points else None
    def _compared_after(self, position: int, main: str) -> str | None:
        for mention in self.m.periods:
            if mention.start < position:
                continue
            gap = self.f(position, mention.start)
            if len(gap) > 45 or re.search(r"[;.]", gap):
                break
            if mention.kind == "same_period" and mention.period:
                return shift_to_year(main, int(mention.period))
            if mention.kind == "point" and mention.period and mention.start in self.consumed:
                return mention.period
        return None
    def _verb_periods(self, position: int) -> tuple[str, str] | None:
        """« a doublé en passant de X en 2022 à Y en 2023 »: 2023 against 2022; « entre 2019 et 2023 »;
        « au cours des dix dernières années »: the last full year against ten years before."""
        recent = [p for p in self.m.periods if p.kind == "recent" and p.count and 0 <= p.start - position <= 40]
        later_points = [p for p in self.m.periods if p.kind == "point" and p.period and p.start >= position
                        and p.start not in self.consumed]
        if recent and recent[0].count and len({p.period for p in later_points}) < 2:
            # « ont doublé au cours des dix dernières années »
            years = [p for p in self.m.periods if p.kind == "point" and p.period and len(p.period) == 4
                     and p.end <= position]
            if years and self.clause_of(years[-1].start) != self.clause_of(position):
                # « En 2016, les échanges s'élevaient à 170 milliards ; ils ont progressé de moitié en huit
                # ans »: the year of another clause may be where the span starts, not where it ends
                return None
            anchor = int(years[-1].period) if years and years[-1].period else (
                self.ctx.published.last_full_year if self.ctx.published else None)
            if anchor is None:
                return None
            return str(anchor), str(anchor - recent[0].count)
        points = [p for p in self.m.periods if p.kind == "point" and p.period and p.start not in self.consumed]
        later = [p for p in points if p.start >= position]
        chosen = later if len(later) >= 2 else points
        distinct: list[str] = []
        for mention in chosen:
            if mention.period and mention.period not in distinct:
                distinct.append(mention.period)
        if len(distinct) >= 2:
            return distinct[1], distinct[0]
        spans = [p for p in self.m.periods if p.kind == "span" and p.endpoints]
        if spans and spans[0].endpoints:
            return spans[0].endpoints[1], spans[0].endpoints[0]
        recent = [p for p in self.m.periods if p.kind == "recent" and p.count]
        if recent and recent[0].count:
            anchor = int(distinct[0][:4]) if distinct else (self.ctx.published.last_full_year if self.ctx.published
                                                            else None)
            if anchor is None:
                return None
            return str(anchor), str(anchor - recent[0].count)
        if len(distinct) == 1:
            return distinct[0], shift_to_year(distinct[0], int(distinct[0][:4]) - 1)
        return None
