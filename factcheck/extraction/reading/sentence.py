"""Reading one sentence: each figure gets the metric, countries, direction, period and modality of its
own frame."""

from __future__ import annotations

import re
from functools import cache

from factcheck import lexicon
from factcheck.extraction.reading.figures import Draft, Figure
from factcheck.extraction.reading.relations import RelationRules
from factcheck.model import Period


@cache
def _increment() -> re.Pattern[str]:
    """relations.yaml `increment` (« ajouter », « a ajouté ») right before a figure, on folded text: a qualifier
    at most between (« ajouter près de 5 vols »); not the reflexive « s'ajoutent »."""
    from factcheck.extraction.text import fold
    words = "|".join(sorted({re.escape(fold(w)) for w in lexicon.relation_cues().increment}, key=len, reverse=True))
    # not the reflexive (« auxquels s'ajoutent trois rotations de Congo Airways »: another count, still a level)
    return re.compile(rf"(?<![\w])(?<!s')(?<!se\s)(?:{words or '(?!x)x'})\s+(?:(?:plus|moins|pres)\s+(?:de|d')\s*|environ\s+|"
                      rf"quelque\s+|au\s+moins\s+|jusqu'\s*a\s+)?$")


@cache
def _flow_nouns() -> re.Pattern[str]:
    """relations.yaml `flow_nouns` opening a clause, on folded text."""
    from factcheck.extraction.text import fold
    words = "|".join(sorted({re.escape(" ".join(fold(w).split())).replace(r"\ ", r"\s+")
                             for w in lexicon.relation_cues().flow_nouns}, key=len, reverse=True))
    return re.compile(rf"(?:{words or '(?!x)x'})(?![\w])")


class SentenceReading(RelationRules):
    """Reads the figures of one sentence into drafts and left-out figures, with every family of rules."""

    def read(self) -> list[Draft]:
        """Drafts for every figure read with confidence; `left_out` holds the others with a reason."""
        self.ctx.owner.pop("_sentence_reporter", None)
        if not any(q.kind not in ("year", "ordinal") for q in self.m.quantities) and \
                not self.cues("multiple") and not self.cues("times"):
            if self.cues("compared") and any(p.kind in ("point", "to_date", "fiscal") and p.period
                                             for p in self.m.periods):
                # what the next sentence may go on about is not a comparison's period (« Un chiffre en recul par
                # rapport à l'exercice précédent. »)
                self._mark_compared_periods()
                self._marked = True
            self._remember_subjects()  # nothing to read here but what the next sentence may need
            return []
        if not self._marked:
            self._mark_compared_periods()
            self._marked = True
        figures = self.figures()
        self.period_how: dict[int, str] = {}  # figure start -> how its period was found (`period_of`)
        drafts: list[Draft] = []
        by_figure: dict[int, list[int]] = {}
        levels = [f for f in figures if f.kind != "percent"]
        self.levels = levels
        self.figure_starts = {f.start for f in figures}
        for index, figure in enumerate(figures):
            if figure.kind == "percent":
                continue
            if figure.restates is not None:
                companion = by_figure.get(figure.restates, [])
                if not companion:
                    self.leave_out(figure, "restates a figure that was left out")
                    continue
                by_figure[index] = []
                for draft_index in companion:
                    restated = self.restated(drafts[draft_index], figure)
                    restated.restates = draft_index
                    by_figure[index].append(len(drafts))
                    drafts.append(restated)
                continue
            found = self.read_level(figure, levels)
            if isinstance(found, str):
                self.leave_out(figure, found)
                continue
            by_figure[index] = list(range(len(drafts), len(drafts) + len(found)))
            drafts.extend(found)
        dropped = self._contradicting_levels(drafts, figures, by_figure)
        for index, ids in by_figure.items():
            reasons = [dropped[i] for i in ids if i in dropped]
            if reasons:
                by_figure[index] = []
                self.leave_out(figures[index], reasons[0])
        percents = [f for f in figures if f.kind == "percent"]
        drafts.extend(self.growth_drafts(figures, percents, drafts, by_figure))
        drafts.extend(self.multiple_drafts(drafts))
        self._remember_subjects()
        if not dropped:
            return drafts
        kept = [i for i in range(len(drafts)) if i not in dropped]
        renumber = {old: new for new, old in enumerate(kept)}
        for i in kept:
            if drafts[i].restates is not None:
                drafts[i].restates = renumber.get(drafts[i].restates)
        return [drafts[i] for i in kept]
    def _contradicting_levels(self, drafts: list[Draft], figures: list[Figure],
                              by_figure: dict[int, list[int]]) -> dict[int, str]:
        """A sentence does not contradict itself: two levels read with the same metric, flow, period, modality
        and unit but different figures are a misreading (« ont atteint 13,8 milliards et 2 milliards » with one
        metric). Which drafts to leave out (with what restates them), and why:

        - a smaller figure in a « dont » item after one of them is a part of it, not the same measure (« environ
          1,9 million d'Indiens se sont rendus dans le royaume en 2023, dont 175 000 pèlerins du hajj »): the
          part is left out, the whole kept (`_parts_of_wholes`);
        - when one of them names its period in its own item and the others only take it from around them (« ont
          accueilli 214 000 visiteurs en 2023, …, et quelque 13 000 … »), the others are the doubtful reading:
          they are left out, the one whose words date it kept;
        - else all of them."""
        figure_of = {i: index for index, ids in by_figure.items() for i in ids}
        groups: dict[tuple[object, ...], list[int]] = {}
        for i, draft in enumerate(drafts):
            c = draft.claim
            if c.get("kind", "value") == "value" and draft.restates is None and i in figure_of:
                key = (c["metric"], tuple(c["countries"]), c.get("direction"), c["period"],  # type: ignore[arg-type]
                       c.get("modality"), c.get("unit"))
                groups.setdefault(key, []).append(i)
        dropped: dict[int, str] = {}
        for ids in groups.values():
            if len({drafts[i].claim.get("stated") for i in ids}) < 2:
                continue
            parts = self._parts_of_wholes(ids, drafts, figures, figure_of)
            dropped.update(parts)
            ids = [i for i in ids if i not in parts]
            if len({drafts[i].claim.get("stated") for i in ids}) < 2:
                continue
            dated = [i for i in ids if self.period_how.get(figures[figure_of[i]].start) == "own"]
            if len({drafts[i].claim.get("stated") for i in dated}) == 1:
                for i in ids:
                    if i not in dated:
                        dropped[i] = ("two figures of one sentence for the same flow and period, and only the "
                                      "other one's words date it: this one's period is not its own")
                continue
            for i in ids:
                dropped[i] = "two figures of one sentence for the same flow and period: which one is it?"
        for i, d in enumerate(drafts):
            if d.restates in dropped:
                dropped[i] = dropped[d.restates]
        return dropped
    def _parts_of_wholes(self, ids: list[int], drafts: list[Draft], figures: list[Figure],
                         figure_of: dict[int, int]) -> dict[int, str]:
        """The drafts of `ids` (one measure) whose figure opens a « dont » item after a larger figure of the
        same measure: parts of it (« 1,9 million d'Indiens …, dont 175 000 pèlerins du hajj »)."""
        parts: dict[int, str] = {}
        for i in ids:
            figure = figures[figure_of[i]]
            if figure.frame.opener != "dont":
                continue
            value = float(drafts[i].claim["stated"])  # type: ignore[arg-type]
            if any(figures[figure_of[j]].end <= figure.start and figures[figure_of[j]].frame.opener != "dont"
                   and float(drafts[j].claim["stated"]) > value for j in ids):  # type: ignore[arg-type]
                parts[i] = f"a part of the flow, not the whole (« dont {figure.quantity.text} »)"
        return parts
    def _remember_subjects(self) -> None:
        """« La Chine … est engagée sur de nombreux projets d'investissements »: the country a clause
        makes the subject of a directional metric, for a figure in the next sentence that names none."""
        for cue in self.cues("metric"):
            if cue.key not in ("exports", "imports", "investment"):
                continue
            clause_start = self.clause_span(self.clause_of(cue.start))[0]
            subjects = [c for c in self.m.countries if c.role == "subject" and c.form in ("name", "periphrasis")
                        and clause_start <= c.start < cue.start and c.code in self.ctx.pair]
            if subjects:
                self.ctx.subjects[cue.key] = (subjects[0].code, self.ctx.sentence)
    def is_difference(self, figure: Figure) -> bool:
        """« en hausse de 2 milliards », « une baisse des exportations de 79 millions d'euros », « a
        dépassé celui de l'an dernier de plus de 2 milliards »: an absolute change, not a level."""
        clause_start = self.clause_span(figure.frame.clause)[0]
        before = self.f(max(clause_start, figure.start - 60), figure.start)
        for cue in self.cues("change"):
            if cue.end <= figure.start and figure.start - cue.end <= 45:
                gap = self.f(cue.end, figure.start)
                if not re.search(r"\d", gap) and re.fullmatch(
                        r"(?:\s+(?:des?|du|d')\s*[a-z-]+(?:\s+[a-z-]+)?)?\s*(?:de|d')\s*"
                        r"(?:plus\s+de|moins\s+de|pres\s+de|environ|quelque)?\s*", gap):
                    return True
        return bool(re.search(r"\b(?:celui|celle|ceux|celles)\s+(?:de|d')[^,;\d]{0,40}\b(?:de|d')\s*"
                              r"(?:plus\s+de|moins\s+de|pres\s+de)?\s*$", before))
    def flows_of_stock_before(self, figure: Figure) -> tuple[str | None, str | None]:
        """« Le stock d'investissements mexicains en Colombie atteignait 7,8 milliards de dollars à fin 2023. Les
        flux ont représenté 640 millions de dollars l'an dernier »: a noun of flows (relations.yaml `flow_nouns`)
        opening the figure's clause, in a sentence that names no metric, after a sentence on one metric alone, one that
        can be a stock (metrics.yaml `stock`), are that metric's flows over the period, in the direction of the
        sentence before (`FlowRules.complete_flow`). (metric, note), or (None, None)."""
        before = self.ctx.sentence_metrics
        if len(before) != 1 or self.cues("metric") or not self.metrics[before[0]].stock:
            return None, None
        if figure.kind not in self.metrics[before[0]].unit_kinds:
            return None, None
        opening = self.f(self.clause_span(figure.frame.clause)[0], figure.start)
        if not _flow_nouns().match(opening.lstrip(" ,;:«\"")):
            return None, None
        self.flows_of_stock.add(figure.start)  # the flow of the sentence before, in the same direction
        return before[0], f"« les flux » after a sentence on a stock of {before[0]}: its flows"
    def restated(self, draft: Draft, figure: Figure) -> Draft:
        claim = dict(draft.claim)
        claim["stated"] = figure.quantity.value
        claim["unit"] = figure.unit
        claim["qualifier"] = figure.qualifier
        claim.pop("low", None)
        claim.pop("high", None)
        if figure.qualifier == "range":
            claim["low"], claim["high"] = figure.low, figure.high
        return Draft(claim, (figure.quantity.span[0], figure.end),
                     [*draft.notes, "the same figure restated in another currency"], carries=draft.carries)
    def read_level(self, figure: Figure, levels: list[Figure]) -> list[Draft] | str:
        if self.is_difference(figure):
            return "a difference between two periods, not a level"
        if _increment().search(self.f(max(self.clause_span(figure.frame.clause)[0], figure.start - 40), figure.start)):
            return "a difference: an amount added to a level, not the level"  # « prévoient d'ajouter huit rotations »
        metric, metric_note, cue_at = self.metric_of(figure)
        if metric is None and metric_note is None:
            metric, metric_note = self.target_of_sentence_before(figure)
        if metric is None and metric_note is None:
            metric, metric_note = self.flows_of_stock_before(figure)
        if metric is None:
            return metric_note or "no metric: no word says what it counts"
        modality = self.modality_of(figure.start)
        periods, how = self.period_of(figure, metric, modality, levels)
        self.period_how[figure.start] = how
        # a comparison's period (« contre 8,2 milliards en 2023 »), the time of writing (« assurent désormais
        # 1 200 vols par semaine ») and a sum to it (« Depuis 2013, la Chine a investi … ») are that figure's
        # alone: the next sentence does not go on about them
        carries = how not in ("now", "rate", "fallback", "since") and figure.frame.opener != "contre" and \
            not self.past_aside(figure)  # « ces achats, qui avaient culminé à 1,5 milliard en 2018 »: a look back
        if periods and modality == "actual" and self.sentence_period is None and how != "context" and carries:
            # what the sentence is about, even if this figure is left out: « Le tourisme a enregistré 8,8
            # millions de visiteurs en 2023 » dates « les Algériens (2,7 millions) » of the next sentence
            self.sentence_period = periods[0][:2]
        flow = self.flow_in_scope(figure, metric, cue_at)
        if isinstance(flow, str):
            return flow
        metric, source_note = self.reported(metric, flow)  # « selon Destatis, … des achats de 98,1 milliards »
        metric_note = "; ".join(n for n in (metric_note, source_note) if n) or None
        if not periods and how == "unreadable" and self.period_reason:
            return self.period_reason
        if not periods and how == "undated":
            relative = next(p.text for p in self.m.periods if p.period is None)
            return f"no publication date: « {relative} » cannot be dated"
        if not periods:
            return "no period: neither the sentence nor the ones before date it"
        if self.metrics[metric].stock and modality == "actual":
            periods = [self.stock_position(figure, cue_at, found) for found in periods]
        drafts = []
        for period, as_of, note in periods:
            final = modality
            if final == "actual" and as_of is None and self.reaches_publication(period):
                as_of = self.ctx.counts_to.get(period[:4])  # « Au 10 décembre 2023 » earlier in the article
            if final == "actual" and self.after_publication(period) and as_of is None:
                if not self.metrics[metric].stock or self.by_deadline(figure, period):
                    return f"{period} was not over when the article appeared: a forecast or a count so far?"
            if modality != "actual" and period.endswith("/..") is False and Period.parse(period).end < (
                    self.ctx.published.month_index if self.ctx.published else 0) and how in ("context",):
                return "a target or forecast whose deadline is not said"
            claim: dict[str, object] = {
                "metric": metric, "countries": list(flow.countries), "direction": flow.direction,
                "period": period, "stated": figure.quantity.value, "unit": figure.unit,
                "qualifier": figure.qualifier, "modality": final,
            }
            if as_of is not None:
                claim["as_of"] = as_of
            if figure.qualifier == "range":
                claim["low"], claim["high"] = figure.low, figure.high
            notes = [n for n in (metric_note, note) if n]
            if flow.inferred and flow.direction:
                notes.append(f"the other country is the article's ({flow.direction})")
            drafts.append(Draft(claim, (figure.quantity.span[0], figure.end), notes, carries=carries))
            self.level_periods.append((figure.start, period))
        private = figure.frame.parenthesis or figure.frame.opener == "contre"  # an aside, a comparison
        self.level_phrases.append((*self.phrase_of(figure), figure.start, private))
        self.remember(metric, flow)
        return drafts
