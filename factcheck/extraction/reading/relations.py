"""Comparisons between the sentence's figures: « le double de », « trois fois plus », « x fois »."""

from __future__ import annotations

import re

from factcheck.extraction.mentions import Cue, factor_of
from factcheck.extraction.numbers import Quantity
from factcheck.extraction.periods import PeriodMention
from factcheck.extraction.reading.bases import (
    leads_to,
    names_its_base,
    previous_year_of,
)
from factcheck.extraction.reading.dating import is_verb, shift_to_year
from factcheck.extraction.reading.figures import Draft, Figure, LeftOut
from factcheck.extraction.reading.growth import GrowthRules
from factcheck.extraction.text import fold
from factcheck.model import Period

# after a multiple noun, what makes it a comparison: « le double de 2023 », « la moitié des exportations »,
# « le triple qu'en 2015 »; not « double imposition »
_COMPARISON_AFTER = re.compile(r"\s*(?:de|d'|du|des|que|qu')(?:\s|$)|\s*d'")
# the complement of a noun of change: « un doublement des échanges », not « d'ici 2030 »; and one noun more
# before the metric: « un doublement du volume des échanges »
_COMPLEMENT = re.compile(r"\s*(?:des|du|de\s+la|de\s+l'|de|d')\s*(?!ici\b)(?:(?:ses|son|sa|leurs|leur|nos|notre|ces|ce|cette)\s+)?"
                         r"(?=[a-z])")
_HOP = re.compile(r"[a-z-]+\s+(?:des|du|de\s+la|de\s+l'|de|d')\s*")
# after a comparative (« inférieures de moitié à leur niveau de 2014 », « moitié moins qu'en 2019 »)
_COMPARATIVE_AFTER = re.compile(r"\s*(?:a|au|aux|que|qu'|qu)\b")


class RelationRules(GrowthRules):
    """Rules for figures stated as a multiple of another."""

    # -- multiples ------------------------------------------------------------------------------------
    def multiple_drafts(self, values: list[Draft]) -> list[Draft]:
        """« a doublé » (between the two periods of the sentence), « soit le double de 2023 », « trois
        fois plus que celui de 2012 », « soit 2,7 fois le chiffre de 2022 », « divisé par deux »,
        « multipliées par deux en trois ans », « multipliées par 2,5 entre 2015 et 2023 ». A multiple
        the reader sees and cannot read is left out with the reason, never dropped in silence."""
        out = []
        multiples = self.cues("multiple")
        found: list[tuple[Cue, Draft | str | None]] = [(cue, self._multiple(cue, values)) for cue in multiples]
        found += [(cue, self._times(cue, values)) for cue in self.cues("times")]
        found += [(cue, self._multiplied_by(cue, values)) for cue in self.cues("multiplied_by")
                  if not any(m.start <= cue.start < m.end for m in multiples)]
        for cue, draft in found:
            if isinstance(draft, Draft):
                out.append(draft)
            elif draft is not None:
                number = self._factor_number(cue)
                span = (cue.start, cue.end) if number is None else \
                    (min(cue.start, number.span[0]), max(cue.end, number.span[1]))
                self.left_out.append(LeftOut(span, self.m.original(*span), draft))
        return out
    def _factor_number(self, cue: Cue) -> Quantity | None:
        """The number that gives a factor: before « fois », after « multipliées par »."""
        if cue.family == "times":
            before = [q for q in self.m.quantities if q.span[1] <= cue.start
                      and not self.f(q.span[1], cue.start).strip()]
            return before[-1] if before and before[-1].kind not in ("year", "ordinal") else None
        if cue.family == "multiplied_by":
            after = [q for q in self.m.quantities if q.span[0] >= cue.end and re.fullmatch(
                r"\s*(?:(?:pres\s+de|environ|plus\s+de|quelque|presque)\s*)?", self.f(cue.end, q.span[0]))]
            return after[0] if after and after[0].kind == "number" else None
        return None
    def _subject_of_relation(self, position: int, values: list[Draft]) -> tuple[str, list[str], str | None,
                                                                                 str | None, str] | str | None:
        """(metric, countries, direction, unit, period) a multiple at `position` is a change of: the level before
        it, else the metric its words name with its flow; the reason the flow is not read when the metric is
        named (« avaient affiché en 2022 l'objectif de doubler les échanges en cinq ans »: an earlier target with
        no deadline, not « something the lexicon does not measure »); None when no metric is named."""
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
            return flow
        return metric, list(flow.countries), flow.direction, self._sentence_unit(metric), ""
    def _relative_relation(self, position: int, values: list[Draft]) -> tuple[str, list[str], str | None,
                                                                               str | None, str] | str | None:
        """The subject of a multiple (`_subject_of_relation`), or of a relative clause's antecedent when the
        multiple is in one (« portés par les exportations espagnoles, qui ont doublé »: Spain's exports; « les
        achats de gaz, qui ont doublé »: a product line, left out; `relative_subject`), or the metric phrase its
        pronoun agrees with (« avant qu'elles ne doublent »: `pronoun_antecedent`)."""
        relative = self.relative_subject(position)
        if isinstance(relative, str):
            return relative
        relative = relative or self.pronoun_antecedent(position)  # « avant qu'elles ne doublent »
        if relative is not None:
            return self._subject_of_relation(relative.end, [])
        return self._subject_of_relation(position, values)
    def _multiple(self, cue: Cue, values: list[Draft]) -> Draft | str | None:
        """A multiple word: a verb (« a doublé », « divisé par deux ») relates two periods of the
        sentence; a noun (« soit le double de 2023 », « le double de son niveau de 2020 ») the
        figure's period and the one it names. None when the word is no comparison at all (« la
        première moitié de 2023 », « double imposition »)."""
        factor = factor_of(cue.text)
        if factor is None or any(p.start <= cue.start < p.end for p in self.m.periods):
            return None
        # « la moitié de » is a noun, « inférieures de moitié à » a comparative: both name their base
        verb = not names_its_base(cue) and cue.key != "comparative"
        after = _COMPARATIVE_AFTER if cue.key == "comparative" else _COMPARISON_AFTER
        if not verb and not after.match(self.f(cue.end, cue.end + 8)):
            return None
        if not verb and not any(p.start >= cue.end and p.start - cue.end <= 45 for p in self.m.periods):
            # « constitués pour près de la moitié de fèves de cacao », « la moitié des échanges »
            return "a share or a multiple of another figure, not a change between two periods"
        if cue.key == "noun":
            complement = self._noun_complement(cue.end, cue.text)
            if isinstance(complement, str):
                return complement
            subject = self._relative_relation(cue.start, values) if complement is None else \
                self._subject_of_relation(complement.end, [])
        else:
            subject = self._relative_relation(cue.start, values)
        if isinstance(subject, str):
            return subject
        if subject is None:
            return self._no_subject(cue)
        metric, countries, direction, unit, main = subject
        modality = self.modality_of(cue.start)
        since = self._since_after(cue.end) if verb and modality == "actual" else None
        undated = self.undated_since(cue.end) if verb and since is None else None
        if undated is not None:  # « qui ont plus que doublé depuis le début de la guerre en Ukraine »
            return f"a change « {cue.text} {undated} »: from a start the reader cannot date"
        if since is not None:
            pair: tuple[str, str] | str | None = self._since_periods(cue, cue.end, since, values)
        elif verb and (modality != "actual" or self._horizon_after(cue.end) is not None):
            pair = self._target_periods(cue, cue.end, values, (metric, countries))
        elif verb:
            # a noun, like an infinitive, names no period of its own: « après un doublement en 2022 »
            pair = self._verb_periods(cue.end, self._led_period(cue.end, values),
                                      infinitive=fold(cue.text).endswith("er") or cue.key == "noun")
        else:
            main = main or self._main_period(cue.start) or ""
            relative = self._compared_after(cue.end, main) if main else None
            pair = (main, relative) if main and relative else None
        if isinstance(pair, str):
            return pair
        if pair is None or pair[0] == pair[1]:
            return f"a change « {cue.text} » whose periods are not said"
        qualifier, _ = self.qualifier_of(cue.start, self.clause_span(self.clause_of(cue.start))[0])
        if qualifier in ("exact", "range"):
            qualifier = "approx"
        return self._relation_draft(cue, metric, countries, direction, unit, pair, factor, qualifier, modality)
    def _noun_complement(self, position: int, words: str) -> Cue | str | None:
        """The metric a noun of change names in its complement (« un doublement des échanges », « un
        triplement des exportations togolaises »), then the change's subject; None with no complement (« les
        échanges ont connu un doublement », « un doublement d'ici 2030 »), where the subject is the sentence's;
        the reason to leave it out when the complement names no metric (« le doublement de la capacité du
        port »: not a flow the lexicon measures)."""
        complement = _COMPLEMENT.match(self.f(position, position + 60))
        if complement is None:
            return None
        at = position + complement.end()
        hop = _HOP.match(self.f(at, at + 40))
        starts = {at, at + hop.end()} if hop else {at}
        metric = next((c for c in self.cues("metric") if c.start in starts), None)
        if metric is None:
            return f"a change of something the lexicon does not measure (« {words} »)"
        return metric
    def _times(self, cue: Cue, values: list[Draft]) -> Draft | str | None:
        """« trois fois plus que celui de 2012 », « soit 2,7 fois le chiffre de 2022 »: the number before
        « fois » is the factor, the period after it the base; « deux fois moins qu'en 2019 »: the inverse."""
        number = self._factor_number(cue)
        if number is None or number.value <= 0:
            return None
        subject = self._relative_relation(cue.start, values)
        if isinstance(subject, str):
            return subject
        if subject is None:
            return self._no_subject(cue)
        metric, countries, direction, unit, main = subject
        main = main or self._main_period(cue.start) or ""
        relative = self._compared_after(cue.end, main) if main else None
        if not main or not relative or main == relative:
            return f"a change « {self.m.original(number.span[0], cue.end)} » whose periods are not said"
        qualifier, _ = self.qualifier_of(number.span[0], self.clause_span(self.clause_of(cue.start))[0])
        if qualifier in ("exact", "range"):
            qualifier = "approx"  # « trois fois plus »: a round multiple; « près de quatre fois plus »: nearly
        factor = float(number.value) if cue.key != "fewer" else round(1 / float(number.value), 6)
        return self._relation_draft(cue, metric, countries, direction, unit, (main, relative),
                                    factor, qualifier, self.modality_of(cue.start), figure=number.span)
    def _multiplied_by(self, cue: Cue, values: list[Draft]) -> Draft | str | None:
        """« les importations ont été multipliées par 2,5 entre 2015 et 2023 », « divisées par trois en
        cinq ans »: the number after the cue is the factor (its inverse after « divisé par »), the periods
        those of a verb of change."""
        number = self._factor_number(cue)
        if number is None or number.value <= 0:
            return f"a change « {cue.text} » whose factor is not a number"
        factor = float(number.value) if cue.key == "multiplied" else 1 / float(number.value)
        complement = None if is_verb(cue.text.split()[0]) else self._noun_complement(number.span[1], cue.text)
        if isinstance(complement, str):  # « une multiplication par trois de la capacité du port »
            return complement
        subject = self._relative_relation(cue.start, values) if complement is None else \
            self._subject_of_relation(complement.end, [])
        if isinstance(subject, str):
            return subject
        if subject is None:
            return self._no_subject(cue)
        metric, countries, direction, unit, _ = subject
        modality = self.modality_of(cue.start)
        since = self._since_after(number.span[1]) if modality == "actual" else None
        undated = self.undated_since(number.span[1]) if since is None else None
        if undated is not None:  # « multipliées par trois depuis la pandémie »
            return f"a change « {self.m.original(cue.start, number.span[1])} {undated} »: from a start the reader " \
                   f"cannot date"
        if since is not None:
            pair: tuple[str, str] | str | None = self._since_periods(cue, number.span[1], since, values)
        elif modality != "actual" or self._horizon_after(number.span[1]) is not None:
            pair = self._target_periods(cue, number.span[1], values, (metric, countries))
        else:
            pair = self._verb_periods(number.span[1], self._led_period(number.span[1], values))
        if isinstance(pair, str):
            return pair
        if pair is None or pair[0] == pair[1]:
            return f"a change « {self.m.original(cue.start, number.span[1])} » whose periods are not said"
        qualifier, _ = self.qualifier_of(number.span[0], cue.end)
        if qualifier in ("exact", "range"):
            qualifier = "approx"
        return self._relation_draft(cue, metric, countries, direction, unit, pair, round(factor, 6), qualifier,
                                    modality, figure=number.span)
    def _relation_draft(self, cue: Cue, metric: str, countries: list[str], direction: str | None,
                        unit: str | None, pair: tuple[str, str], factor: float, qualifier: str, modality: str,
                        figure: tuple[int, int] | None = None) -> Draft | str:
        period, relative_to = pair
        if factor <= 0:
            return "a change that cannot be a ratio"
        if Period.parse(relative_to).start > Period.parse(period).start and not period.endswith("/.."):
            return f"a change « {cue.text} » of {period} against {relative_to}, a later period"
        if Period.parse(period).months != Period.parse(relative_to).months and not self.metrics[metric].rate:
            # « La réouverture de la frontière, en décembre 2022, a permis de doubler les échanges en 2023 »; but
            # « 60 vols par semaine, un chiffre qui a quasiment doublé depuis 2019 » is a rate now against 2019's
            return f"a change « {cue.text} » between {period} and {relative_to}, periods of different lengths"
        if modality == "actual" and self.after_publication(period):
            return f"{period} was not over when the article appeared"
        claim: dict[str, object] = {
            "metric": metric, "countries": countries, "direction": direction, "period": period, "kind": "ratio",
            "unit": unit, "qualifier": qualifier, "relative_to": relative_to, "factor": round(factor, 6),
            "modality": modality,
        }
        span = (min(cue.start, figure[0]), max(cue.end, figure[1])) if figure else (cue.start, cue.end)
        return Draft(claim, span, [])
    def _no_subject(self, cue: Cue) -> str:
        """Why a multiple has no subject: the level it speaks of was left out (« Le chiffre de l'excédent
        … est estimé à 34,26 milliards de dollars, soit trois fois plus que celui de 2012 »), or its
        words name nothing the lexicon measures."""
        clause_start = self.clause_span(self.clause_of(cue.start))[0]
        if any(clause_start <= x.span[0] < cue.start for x in self.left_out):
            return "the change of a figure that was left out"
        return "a change of something the lexicon does not measure"
    def _horizon_after(self, position: int) -> PeriodMention | None:
        """« doubler les échanges d'ici 2025 »: the deadline of a change, in its clause."""
        clause = self.clause_of(position)
        return next((p for p in self.m.periods if p.kind == "horizon" and p.period and p.start >= position
                     and self.clause_of(p.start) == clause), None)
    def _since_after(self, position: int) -> PeriodMention | None:
        """« a triplé depuis 2018 », « multipliées par trois depuis 2015 », « Depuis 2019, les exportations ont
        doublé »: the base of a verb of change."""
        after = next((p for p in self.m.periods if p.kind == "since" and p.period and p.start in self.consumed
                      and 0 <= p.start - position <= 20), None)
        return after or self.since_before(position)
    def _since_periods(self, cue: Cue, position: int, since: PeriodMention,
                       values: list[Draft]) -> tuple[str, str] | str:
        """« un montant qui a triplé depuis 2018 » after « 136,6 milliards de dollars en 2024 », « ont
        doublé depuis 2019 pour atteindre 3 milliards en 2023 »: the change runs from the year « depuis »
        names to the period of its level (the one its verb leads to, else the sentence's main level
        before it, not a « contre » comparison). With no level to end it (« ont été multipliés par
        trois depuis 2015 »: to when?), it is left out."""
        assert since.period is not None
        main = self._led_period(position, values)
        if main is None:
            before = [v for v in values if v.figure[1] <= cue.start and v.claim.get("kind") != "ratio"
                      and v.restates is None and not self.frame(v.figure[0]).parenthesis
                      and self.frame(v.figure[0]).opener != "contre"]
            main = str(before[-1].claim["period"]) if before else None
        what = self.m.original(cue.start, since.end) if since.start >= cue.start else \
            f"{since.text} … {self.m.original(cue.start, cue.end)}"
        if main is None:
            return f"a change « {what} » whose end is not said"
        if Period.parse(main).start <= Period.parse(since.period).end:
            return f"a change « {what} » of a level of {main}: from which period?"
        return main, since.period
    def _led_period(self, position: int, values: list[Draft]) -> str | None:
        """« ont triplé en cinq ans pour atteindre 120 millions de dollars en 2022 »: the period of the
        level a verb of change leads to, in its clause."""
        clause = self.clause_of(position)
        for draft in values:
            start = draft.figure[0]
            if start < position or self.clause_of(start) != clause or draft.claim.get("kind") == "ratio":
                continue
            if leads_to(self.f(position, start)):
                return str(draft.claim["period"])
            return None
        return None
    def _target_periods(self, cue: Cue, position: int, values: list[Draft],
                        subject: tuple[str, list[str]] | None = None) -> tuple[str, str] | str:
        """« devrait permettre de doubler les échanges d'ici 2025 », « veulent tripler leurs échanges
        d'ici 2030 par rapport à 2022 »: a target or forecast multiple is a change to its deadline, from
        the base its words name (« par rapport à 2022 », « entre 2023 et 2030 »), or from the year of the
        level its clause has just stated (« ont atteint 2 milliards en 2023 et devraient doubler d'ici
        2030 »), else from the latest full year for which the article has stated the level of that metric
        and pair (`subject`): « Les échanges … ont atteint 94,7 millions de dollars en 2022. … se sont fixé
        pour objectif de doubler les échanges d'ici 2025 » doubles the level the reader was just given. A
        date elsewhere in the sentence (« la réouverture de la frontière, en décembre 2022, ») is not its
        base: with no base said and no such level before, it is left out."""
        clause = self.clause_of(cue.start)
        spans = [p for p in self.m.periods if p.kind == "span" and p.endpoints and p.start >= position
                 and self.clause_of(p.start) == clause]
        if spans and spans[0].endpoints:
            return spans[0].endpoints[1], spans[0].endpoints[0]
        horizon = self._horizon_after(position)
        if horizon is None or horizon.period is None:
            # « doubler leurs échanges, de 16,6 milliards en 2023 à 33 milliards en 2030 »
            points = [p.period for p in self.m.periods if p.kind == "point" and p.period and p.start >= position
                      and p.start not in self.consumed and self.clause_of(p.start) == clause]
            distinct = list(dict.fromkeys(points))
            if len(distinct) == 2:
                return distinct[1], distinct[0]
            return f"a change of a target or forecast with no deadline (« {cue.text} »)"
        base = self._compared_after(position, horizon.period) or self._compared_after(horizon.end, horizon.period)
        if base is None:
            levels = [v for v in values if v.figure[1] <= cue.start and v.claim.get("kind") != "ratio"
                      and v.claim.get("modality") == "actual" and self.clause_of(v.figure[0]) == clause
                      and len(str(v.claim["period"])) == 4]
            base = str(levels[-1].claim["period"]) if levels else None
        alone = not any(self.clause_of(v.figure[0]) == clause for v in values)
        if base is None and subject is not None and alone:
            # (not when its clause states the level the multiple leads to: « plus que doubler le commerce
            # bilatéral, services compris, pour le porter à 500 milliards d'ici 2030 » restates that target)
            latest = self.ctx.full_years.get((subject[0], tuple(subject[1])))
            base = latest if latest is not None and latest < horizon.period[:4] else None
        if base is None:
            return f"a change « {cue.text} » by {horizon.period} whose base is not said"
        return horizon.period, base
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
            if mention.kind == "same_period" and mention.offset:
                # « le double de la même période de l'année précédente »
                return shift_to_year(main, int(main[:4]) + mention.offset)
            if mention.kind == "point" and mention.period and mention.start in self.consumed:
                if self.ctx.published and mention.offset is None and mention.period[:4] not in mention.text:
                    # « deux fois plus que l'an dernier »: the year before the figure's
                    return shift_to_year(main, int(main[:4]) - 1)
                return mention.period
            if mention.kind == "same_year" and mention.offset and mention.start in self.consumed:
                # « deux fois plus qu'un an plus tôt », « le double de l'année précédente »: the same period a
                # year before the figure's
                return shift_to_year(main, int(main[:4]) + mention.offset)
            if mention.kind == "fiscal" and mention.start in self.consumed:
                # « le double de l'exercice précédent »: the twelve months before the figure's fiscal year
                return mention.period or previous_year_of(main)
        return None
    def _verb_periods(self, position: int, led: str | None = None, infinitive: bool = False) -> tuple[str, str] | None:
        """« a doublé en passant de X en 2022 à Y en 2023 »: 2023 against 2022; « entre 2019 et 2023 »;
        « au cours des dix dernières années »: the last full year against ten years before; « ont triplé
        en cinq ans pour atteindre 120 millions en 2022 » (`led`, the period of the level the verb leads
        to): 2022 against five years before. A single period is the change's own (« ont doublé en 2023 »:
        against 2022) only for a conjugated verb: « a permis de doubler les échanges » names no period
        of its own, and « la réouverture de la frontière, en décembre 2022, » is the date of the event."""
        recent = [p for p in self.m.periods if p.kind == "recent" and p.count and 0 <= p.start - position <= 40]
        later_points = [p for p in self.m.periods if p.kind == "point" and p.period and p.start >= position
                        and p.start not in self.consumed]
        horizon = next((p for p in self.m.periods if p.kind == "horizon" and p.period and 0 <= p.start - position <= 20),
                       None)
        if horizon is not None and horizon.period:
            # « un chiffre que l'Office ambitionne de tripler d'ici 2028 » after « 10 000 … en 2023 »: 2028 against
            # the level the sentence dated; none dated, no base
            earlier = [p for p in self.m.periods if p.kind == "point" and p.period and p.end <= position]
            return (horizon.period, earlier[-1].period) if earlier and earlier[-1].period else None
        if recent and recent[0].count and len({p.period for p in later_points}) < 2:
            # « ont doublé au cours des dix dernières années »
            years = [p for p in self.m.periods if p.kind == "point" and p.period and len(p.period) == 4
                     and p.end <= position]
            if years and self.clause_of(years[-1].start) != self.clause_of(position):
                # « En 2016, les échanges s'élevaient à 170 milliards ; ils ont progressé de moitié en huit
                # ans »: the year of another clause may be where the span starts, not where it ends
                return None
            if led is not None and len(led) == 4:
                return led, str(int(led) - recent[0].count)
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
            # a change runs forward in time, whatever the order of the words: « a doublé en passant de X en
            # 2022 à Y en 2023 », « 20 milliards en 2023, contre 18 milliards en 2022, …, qui ont doublé »
            first, second = distinct[0], distinct[1]
            return (second, first) if Period.parse(first).start <= Period.parse(second).start else (first, second)
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
        if len(distinct) == 1 and not infinitive:
            return distinct[0], shift_to_year(distinct[0], int(distinct[0][:4]) - 1)
        if not distinct and not infinitive:
            return self._months_of_the_verb(position)
        return None
    def _months_of_the_verb(self, position: int) -> tuple[str, str] | None:
        """« leurs ventes ont quadruplé au premier semestre par rapport à la même période de 2023 », read in October
        2024: months with no year right after a conjugated verb of change are the change's own (the latest such months
        over, as for a level), measured against the base its words name, else the same months a year earlier."""
        clause = self.clause_of(position)
        own = next((p for p in self.m.periods if p.start >= position and p.kind == "months" and p.months
                    and p.start not in self.consumed and self.clause_of(p.start) == clause
                    and len(self.f(position, p.start)) <= 12 and not re.search(r"[,;(]", self.f(position, p.start))),
                   None)
        resolved = self.resolve(own, position) if own is not None else None
        if own is None or resolved is None:
            return None
        main = resolved[0]
        return main, self._compared_after(own.end, main) or shift_to_year(main, int(main[:4]) - 1)
