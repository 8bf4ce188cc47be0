"""Changes: a percentage or a multiple tied to its level, or standing alone; their bases are `bases`."""

from __future__ import annotations

import re
from functools import cache

from factcheck import lexicon
from factcheck.extraction.mentions import Cue
from factcheck.extraction.numbers import Quantity
from factcheck.extraction.periods import PeriodMention
from factcheck.extraction.reading.bases import BaseRules, leads_to, previous_of_length
from factcheck.extraction.reading.dating import shift_to_year
from factcheck.extraction.reading.figures import Draft, Figure
from factcheck.extraction.text import fold
from factcheck.model import Period

_SHARE_AFTER = re.compile(r"^\s*(?:de\s+la\s+|de\s+l'\s*|des\s+|du\s+|de\s+|d'\s*)(?!hausse|baisse|plus|moins)[a-z]")


# the words that may stand between the verb (or « soit ») of a level's share of an earlier level and its percentage:
# « soit à peine 42 % », « n'a retrouvé que tout juste 60 % »
@cache
def _level_words() -> tuple[str, dict[str, re.Pattern[str]]]:
    """relations.yaml `level_nouns` as an alternation, and `named_bases` as patterns, on folded text."""
    cues = lexicon.relation_cues()
    nouns = "|".join(sorted((re.escape(fold(w)) for w in cues.level_nouns), key=len, reverse=True)) or "niveau"
    named = {year: re.compile("(?:" + "|".join(re.escape(fold(w)).replace(r"\ ", r"\s+").replace("'", r"'\s*")
                                               for w in words) + r")(?![\w-])")
             for year, words in cues.named_bases.items()}
    return nouns, named


_LEVEL_RATIO_WORDS = (r"(?:(?:que|qu'|seulement|environ|a\s+peine|tout\s+juste|quelque|pres\s+de|pres\s+d'|plus\s+de|"
                      r"plus\s+d'|moins\s+de|moins\s+d'|presque|quasiment|deja|encore|pas\s+moins\s+de)\s*)*")


@cache
def _apposition() -> re.Pattern[str]:
    """A clause that opens on a noun in apposition to the level before it, with no verb of its own before
    the change: « mais un niveau encore inférieur de 38 % », « mais un chiffre en baisse de 4 % » (relations.yaml
    `apposition`)."""
    nouns = "|".join(re.escape(fold(n)).replace(r"\ ", r"\s+") for n in lexicon.relation_cues().apposition)
    return re.compile(rf"\W*(?:mais|et)?\s*(?:{nouns})\b[^,;()\d]{{0,40}}$")


_SIZE_AFTER_COMMA = re.compile(r"\s+(?:des|du|de\s+la|de\s+l')\s*[\w\s'-]{0,40},\s*(?:de\s+l'\s*ordre\s+de|d'\s*environ|"
                               r"de\s+pres\s+de|de\s+quelque|de|d')\s*")


_MORE_THAN_AFTER = re.compile(r"^\s*(?:de\s+plus|de\s+moins|supplementaires?)\b")


# right before a period: « 12 % de plus qu'un an plus tôt », « 5 % de moins que l'année précédente », « deux
# fois plus qu'un an auparavant », and with the preposition of a period of any kind: « 11 % de plus qu'au
# premier trimestre 2023 », « qu'au cours des trois premiers mois de 2023 », « qu'à la même période de 2022 »,
# « que lors du premier semestre 2023 », « qu'en janvier 2023 »: the period is what the figure is compared with
_RELATIVE_BEFORE = re.compile(r"(?:^|[\s,])qui\s+[^,;()\d]{0,40}$")
# « depuis » after a change, with what follows it (group 1)
@cache
def _agreement() -> dict[str, frozenset[str]]:
    """relations.yaml `pronoun_agreement`, folded."""
    return {fold(k): frozenset(fold(n) for n in v) for k, v in lexicon.relation_cues().pronoun_agreement.items()}


def _head(phrase: str) -> str:
    """The head noun of a metric phrase: its first word past articles and possessives (« ses exportations »)."""
    words = [w for w in re.split(r"[\s']+", fold(phrase)) if w not in _DETERMINER_WORDS]
    return words[0] if words else ""


_DETERMINER_WORDS = frozenset({"", "le", "la", "les", "l", "des", "du", "de", "d", "ses", "son", "sa", "leurs", "leur",
                               "ces", "ce", "cette", "nos", "notre"})


# the length in months of the period a « previous_period » cue compares with (relations.yaml)


class GrowthRules(BaseRules):
    """Rules for changes: their level, their base, their period."""

    def change_of(self, figure: Figure, percents: list[Figure]) -> int | None:
        """+1 or -1 when a percentage is a change: a cue before it (« en hausse de », « ont reculé de »,
        « supérieures de »), a sign (« (+12 %) », « -11 % »), « X % de plus qu'en 2021 », or the list it
        continues (« de 79,1 %, de 16,4 % et de 299,8 % », « de 12 % sur un mois et de 30 % sur un an »);
        None for a share (« 3 % des exportations », « une part de 12,7 % »)."""
        q = figure.quantity
        changes = [c for c in self.cues("change") if c.end <= q.span[0] and len(self.f(c.end, q.span[0])) <= 25
                   and re.fullmatch(r"[\s\w',-]*", self.f(c.end, q.span[0]))
                   and not re.search(r"\d", self.f(c.end, q.span[0]))]
        if not changes:
            # « un nouveau recul des ventes vers Haïti, de l'ordre de 10 % à 15 % »: a noun of change, its
            # complement, then the size after a comma
            changes = [c for c in self.cues("change") if c.end <= q.span[0] and len(self.f(c.end, q.span[0])) <= 60
                       and _SIZE_AFTER_COMMA.fullmatch(self.f(c.end, q.span[0]))]
        if changes:
            return 1 if changes[-1].key == "increase" else -1
        if q.text[:1] in "+-−":
            return 1 if q.value > 0 else -1
        if _MORE_THAN_AFTER.match(self.f(q.span[1], q.span[1] + 20)):
            return -1 if "moins" in self.f(q.span[1], q.span[1] + 12) else 1
        index = percents.index(figure)
        if index > 0:
            previous = percents[index - 1]
            gap = self.f(previous.end, q.span[0])
            # « de 12 % sur un mois et de 30 % sur un an »: a base between the two does not end the list
            for cue in [*self.cues("year_on_year"), *self.cues("previous_period")]:
                if previous.end <= cue.start and cue.end <= q.span[0]:
                    gap = self.f(previous.end, cue.start) + self.f(cue.end, q.span[0])
            if re.fullmatch(r"\s*(?:,|et|,\s*et)\s*(?:de\s+|d'\s*)?", gap):
                sign = self.change_of(previous, percents)
                if sign is not None:
                    return sign
        return None
    def is_share(self, figure: Figure) -> bool:
        q = figure.quantity
        shares = [c for c in self.cues("share") if c.end <= q.span[0] and len(self.f(c.end, q.span[0])) <= 25]
        if shares:
            return True
        return bool(_SHARE_AFTER.match(self.f(q.span[1], q.span[1] + 30)))
    def relative_subject(self, position: int) -> Cue | str | None:
        """« portés par les achats de gaz, qui ont doublé », « tirées par les exportations espagnoles, qui ont
        progressé de 12 % »: a change in a relative clause speaks of the relative's antecedent, not of the
        sentence's level. The antecedent's metric phrase when it names a flow of its own; the reason to leave
        the change out when it names a product line (« les achats de gaz ») or no metric at all (« portés par
        le gaz, qui a doublé »); None when the change is the level's or the subject's as before: the antecedent
        holds the level (« 20 milliards en 2023, qui ont doublé »), is the clause's subject (« Ces ventes, qui
        ont triplé ») or a noun standing for the level (« un montant qui a triplé »), or a period."""
        item = self.frame(position)
        head = self.f(item.start, position)
        found = _RELATIVE_BEFORE.search(head)
        if found is None:
            return None
        if found.start() == 0 or not head[:found.start()].strip(" ,"):
            earlier = [f for f in self.frames if f.index == item.index - 1 and f.clause == item.clause]
            if not earlier:
                return None
            start, end = earlier[0].start, earlier[0].end
        else:
            start, end = item.start, item.start + found.start()
        if start <= self.clause_span(item.clause)[0] or \
                any(start <= q.span[0] < end for q in self.m.quantities if q.kind not in ("year", "ordinal", "percent")) or \
                any(start <= c.start < end for family in ("anaphora",) for c in self.cues(family)) or \
                _apposition().match(self.f(start, end)):
            return None
        metrics = [c for c in self.cues("metric") if start <= c.start < end]
        if metrics:
            part = self._complement_part(metrics[-1].end)
            if part is not None:
                return f"a product line, not the whole flow (« {metrics[-1].text} … {part} », which the change is of)"
            return metrics[-1]
        if any(start <= p.start < end for p in self.m.periods):
            return None
        noun = re.search(r"([^\W\d_][\w'-]*)\W*$", self.m.original(start, end))
        return f"its subject « {noun.group(1) if noun else self.m.original(start, end).strip()} » is not a metric of " \
               f"the lexicon (the antecedent of « qui »)"
    def pronoun_antecedent(self, position: int) -> Cue | None:
        """« Le Canada a vu ses exportations vers les États-Unis atteindre 161,2 milliards de dollars …,
        gonflées par les achats anticipés des importateurs américains, avant qu'elles ne reculent de 10,6 % »:
        a plural subject pronoun right before a change takes up the nearest metric phrase whose noun it agrees
        with (relations.yaml `pronoun_agreement`: « elles » the exportations, not the achats). That phrase
        when it is not the nearest one; None when the nearest agrees or its noun's gender is not known (the
        nearest metric rule reads it), or when no phrase before agrees."""
        agreement = _agreement()
        pronoun = next((c for c in reversed(self.cues("subject_pronouns")) if c.end <= position
                        and fold(c.text) in agreement and len(self.f(c.end, position)) <= 40
                        and not re.search(r"[,;()\d]", self.f(c.end, position))), None)
        if pronoun is None:
            return None
        before = [c for c in self.cues("metric") if c.end <= pronoun.start]
        if not before:
            return None
        own = agreement[fold(pronoun.text)]
        others = set().union(*(nouns for word, nouns in agreement.items() if word != fold(pronoun.text)))
        if _head(before[-1].text) not in others:
            return None
        agreeing = [c for c in before if _head(c.text) in own]
        return agreeing[-1] if agreeing else None
    # -- growth ---------------------------------------------------------------------------------------
    def growth_drafts(self, figures: list[Figure], percents: list[Figure], drafts: list[Draft],
                      by_figure: dict[int, list[int]]) -> list[Draft]:
        """Ratio claims from percentages of change (« en hausse de 4 % sur un an », « (+12 %) »).

        A change belongs to a level: with « respectivement », the n changes of a list go to the n levels
        before it, in order; else the level after it when a verb of change leads to it (« ont
        progressé de 6,4 % pour s'établir à 2,7 milliards », « ont bondi de 21 % à 5,28 milliards »);
        else the nearest level before it in its clause (« 594,7 millions, en hausse de 4 % »), unless
        that level is a « contre » comparison the change runs from (« 3,9 milliards en 2023, contre 3,4
        milliards un an plus tôt, soit une progression de 14,7 % »: 2023 against 2022); else it stands
        alone with the metric, countries and period of its own words."""
        out: list[Draft] = []
        level_of = {figures.index(f): d for f, d in ((f, by_figure.get(figures.index(f))) for f in figures) if d}
        all_levels = {i: by_figure.get(i, []) for i, f in enumerate(figures) if f.kind != "percent"}
        respective = self._respective(percents, figures, level_of)
        for figure in percents:
            sign = self.change_of(figure, percents)
            if sign is None:  # « a retrouvé 85 % de son niveau de 2019 » reads like a share, and is not one
                prior = self._level_for(figure, figures, level_of)
                own_level = drafts[level_of[prior][0]] if prior is not None and figures[prior].end <= figure.start \
                    else None
                recovered = self.level_ratio(figure, own_level)
                if recovered is not None:
                    out.append(recovered) if isinstance(recovered, Draft) else self.leave_out(figure, recovered)
                    continue
            if sign is None:
                self.leave_out(figure, "a share, not a change" if self.is_share(figure)
                               else "a percentage with no word of change")
                continue
            if self.is_share(figure) and not self._change_cue_right_before(figure):
                self.leave_out(figure, "a share, not a change")
                continue
            target = respective.get(figure.start)
            subject = self._other_subject(figure)
            if target is None and subject:
                self.leave_out(figure, f"its subject « {subject} » is not a metric of the lexicon")
                continue
            relative = self.relative_subject(figure.start) if target is None else None
            if isinstance(relative, str):  # « portés par les achats de gaz, qui ont progressé de 12 % »
                self.leave_out(figure, relative)
                continue
            if target is None and relative is None:  # « …, avant qu'elles ne reculent de 10,6 % »
                relative = self.pronoun_antecedent(figure.start)
            compared: str | None = None
            if target is None and relative is None:
                target = self._level_for(figure, figures, all_levels)
                if target is not None and not all_levels[target]:
                    self.leave_out(figure, "the change of a figure that was left out")
                    continue
                if target is not None:
                    target, compared = self._from_compared_level(figure, figures, target, level_of, drafts)
                    if target is None:
                        self.leave_out(figure, "a change « contre » a level of a period of another length")
                        continue
            if target is None and self._after_a_count(figure):
                self.leave_out(figure, "a change of a count that is not a figure of the lexicon")
                continue
            subject = self._clause_subject(figure) if target is None else None
            if subject:
                self.leave_out(figure, f"its subject « {subject} » is not a metric of the lexicon")
                continue
            if target is not None:
                level = drafts[level_of[target][0]]
                found = self.growth_of_level(figure, sign, level, compared)
            else:
                found = self.standalone_growth(figure, sign, relative)
            if isinstance(found, str):
                self.leave_out(figure, found)
            else:
                out.append(found)
        return out
    def level_ratio(self, figure: Figure, level: Draft | None = None) -> Draft | str | None:
        """« le marché russe n'a atteint que 19 % par rapport à 2019 », « a retrouvé 85 % de son niveau de
        2019 », « 234 000 visiteurs l'an dernier, soit 82 % de son niveau de 2019 »: a level as a share of
        a named earlier period, the ratio X/100, with the metric, countries and period of the level it
        restates (`level`, the one before it in its clause) or else of its own words. None when the words
        are not that construction (a named base period is required)."""
        q = figure.quantity
        before = self.f(max(figure.frame.start, q.span[0] - 40), q.span[0])
        # « soit à peine 42 % », « n'a retrouvé que tout juste 60 % »: the qualifier's words may stand between
        # « 676 000 visiteurs chinois, à peine 46 % de leur niveau de 2019 »: an item of its own right after the
        # level's item, opening on the percentage, restates that level as « soit » does
        apposed = figure.frame.opener == "," and level is not None and \
            self.frame(level.figure[0]).index == figure.frame.index - 1 and \
            re.fullmatch(r"[\s,]*" + _LEVEL_RATIO_WORDS, self.f(figure.frame.start, q.span[0])) is not None
        verb = re.search(r"\b(?:atteint|retrouve|recupere|represente|soit)\s+" + _LEVEL_RATIO_WORDS + "$", before)
        if not apposed and verb is None:
            return None
        after = self.f(q.span[1], q.span[1] + 40)
        level_of, named = _level_words()
        words = re.match(r"\s*(?:par\s+rapport\s+a|de\s+celui\s+de|(?:de\s+(?:son|sa|leur)|du|de\s+la|de\s+l')\s*"
                         rf"(?:{level_of})\s+(?=d))", after)
        if words is None:
            return None
        base = next((p.period for p in self.m.periods if p.start >= q.span[1] and p.start - q.span[1] <= 40
                     and p.kind == "point" and p.period), None)
        if base is None:  # « soit 98 % de leur niveau d'avant la pandémie »: 2019, as the corpus reads it
            base = next((year for year, pattern in named.items() if pattern.match(after, words.end())), None)
        if base is None:
            return None
        restating = apposed or re.search(r"\bsoit\s+(?:\S+\s+){0,3}$", before)
        if restating and level is not None and level.claim.get("kind") != "ratio":
            if level.claim["period"] == base or q.value <= 0:
                return "a change that cannot be a ratio"
            claim: dict[str, object] = {k: level.claim[k] for k in ("metric", "countries", "direction", "period",
                                                                    "unit", "modality")}
            claim.update(kind="ratio", qualifier=figure.qualifier, relative_to=base, factor=round(q.value / 100, 6))
            if level.claim.get("as_of"):
                claim["as_of"] = level.claim["as_of"]
            return Draft(claim, (q.span[0], figure.end), [f"« {self.m.original(q.span[0], q.span[1])} » of the "
                                                          f"{base} level"])
        if restating:
            return None
        probe = Figure(q, "persons", None, figure.frame, end=figure.end)
        metric, _, cue_at = self.metric_of(probe)
        if metric is None:
            probe = Figure(q, "money", None, figure.frame, end=figure.end)
            metric, _, cue_at = self.metric_of(probe)
        if metric is None:
            return "a change of something the lexicon does not measure"
        probe = Figure(q, self.metrics[metric].unit_kinds[0], None, figure.frame, end=figure.end)
        flow = self.flow_of(metric, probe, cue_at)
        if isinstance(flow, str):
            return flow
        periods, _ = self.period_of(probe, metric, "actual", [])
        if not periods:
            return "no period: neither the sentence nor the ones before date it"
        main = periods[0][0]
        claim = {
            "metric": metric, "countries": list(flow.countries), "direction": flow.direction, "period": main,
            "kind": "ratio", "unit": self._sentence_unit(metric), "qualifier": figure.qualifier,
            "relative_to": base, "factor": round(q.value / 100, 6), "modality": "actual",
        }
        if main == base or q.value <= 0:
            return "a change that cannot be a ratio"
        return Draft(claim, (q.span[0], figure.end), [f"« {self.m.original(q.span[0], q.span[1])} » of the {base} "
                                                      f"level"])
    def _clause_subject(self, figure: Figure) -> str | None:
        """« Le Vietnam a accueilli 1,7 million de visiteurs coréens, mais la dépense moyenne par séjour a
        reculé de 12 % »: a change whose clause opens on a subject of its own that names no metric (no
        metric word, country or pronoun before the change in its clause) is that subject's change, not the
        change of the sentence's metric. Its word, or None."""
        start = self.clause_span(figure.frame.clause)[0]
        if start <= self.m.start:
            return None
        match = re.match(r"\W*(?:mais|tandis\s+qu'?e?|alors\s+qu'?e?|et)?\s*(?:les|la|le|l'|leurs?|ses|sa|son|"
                         r"cette|ces)\s*([a-z][a-z-]+)", self.f(start, figure.start))
        if match is None or any(start <= c.start < figure.start for c in self.cues("metric")):
            return None
        at = start + match.start(1)
        if any(start <= c.start < figure.start for c in self.m.countries) or \
                any(p.start <= at < p.end for p in self.m.periods) or \
                any(c.start <= at < c.end for family in ("change", "anaphora") for c in self.cues(family)):
            return None  # « mais la hausse atteint 12 % »: the change itself
        return self.m.original(at, start + match.end(1))
    def _after_a_count(self, figure: Figure) -> bool:
        """« 16.718 entreprises espagnoles ont exporté vers le Maroc, une baisse de 10,5 % »."""
        clause = figure.frame.clause
        earlier = [q for q in self.m.quantities if q.span[1] <= figure.start and q.kind == "number"
                   and self.clause_of(q.span[0]) == clause]
        if not earlier:
            return False
        last = earlier[-1]
        levels = [q for q in self.m.quantities if last.span[1] <= q.span[0] < figure.start and q.kind != "number"
                  and q.kind not in ("year", "ordinal")]
        return not levels and any(x.span == last.span for x in self.left_out)
    def _respective(self, percents: list[Figure], figures: list[Figure],
                    level_of: dict[int, list[int]]) -> dict[int, int]:
        """« dont 4,83 milliards d'exportations vietnamiennes et 4,71 milliards d'exportations
        cambodgiennes, soit une hausse de 79,1 %, de 16,4 % et de 299,8 % …, respectivement »."""
        found: dict[int, int] = {}
        for cue in self.cues("respectively"):
            listed = [p for p in percents if p.start < cue.start + 60 and self.clause_of(p.start) ==
                      self.clause_of(cue.start) and p.end <= cue.start + 60]
            listed = [p for p in listed if p.start >= (listed[0].start if listed else 0)]
            if len(listed) < 2:
                continue
            first = listed[0].start
            before = [i for i in sorted(level_of) if figures[i].start < first and figures[i].restates is None]
            if len(before) < len(listed):
                continue
            for p, i in zip(listed, before[-len(listed):]):
                found[p.start] = i
        return found
    def _level_for(self, figure: Figure, figures: list[Figure], level_of: dict[int, list[int]]) -> int | None:
        clause = figure.frame.clause
        candidates = [i for i in level_of if figures[i].restates is None]
        same_item = [i for i in candidates if figures[i].frame.index == figure.frame.index]
        if same_item and figure.frame.parenthesis:  # « (+14,6 % avec 974 000 touristes) »
            return min(same_item, key=lambda i: abs(figures[i].start - figure.start))
        after = [i for i in candidates if figures[i].start > figure.end and self.clause_of(figures[i].start) == clause]
        before = [i for i in candidates if figures[i].end <= figure.start and self.clause_of(figures[i].start) == clause]
        if after:
            nxt = min(after, key=lambda i: figures[i].start)
            gap = self.f(figure.end, figures[nxt].start)
            leads = leads_to(gap)
            if leads and not any(f.kind != "percent" and figure.end < f.start < figures[nxt].start for f in figures):
                return nxt
        if before:
            prev = max(before, key=lambda i: figures[i].start)
            if self._new_metric_subject(figures[prev], figure):
                return None  # « …ont reculé à 38,6 milliards, et les importations ont chuté de 11 % »: the imports'
            return prev
        if not after and _apposition().match(self.f(self.clause_span(clause)[0], figure.start)):
            # « 339 000 Japonais ont été accueillis …, mais un niveau encore inférieur de 38 % à celui de 2019 »
            earlier = [i for i in candidates if figures[i].end <= figure.start]
            if earlier:
                return max(earlier, key=lambda i: figures[i].start)
        return None
    def _new_metric_subject(self, level: Figure, figure: Figure) -> bool:
        """« les exportations belges vers les Pays-Bas ont reculé à 38,6 milliards d'euros, et les importations ont
        chuté de 11 % »: an item « et » that opens on a metric noun of its own (its subject) between a level and a
        change makes the change that metric's, not the level's."""
        return any(level.end <= c.start < figure.start and self.frame(c.start).index > level.frame.index and
                   self.frame(c.start).opener == "et" and re.fullmatch(
                       r"\s*et\s+(?:les|la|le|l'|leurs?|ses|sa|son|ces|cette)\s*", self.f(self.frame(c.start).start, c.start))
                   for c in self.cues("metric"))
    def _from_compared_level(self, figure: Figure, figures: list[Figure], target: int,
                             level_of: dict[int, list[int]], drafts: list[Draft]) -> tuple[int | None, str | None]:
        """« ont atteint 3,9 milliards de dirhams en 2023, contre 3,4 milliards un an plus tôt, soit une
        progression de 14,7 % », « 13,9 milliards en 2023 contre 12,5 milliards en 2022, en hausse de
        11,2 % »: a « contre » item names the base of a comparison, so a change in the item after it is
        the change from that level to the level it is compared with (2023 against 2022), not the change
        of the « contre » level. (level, base period); the level unchanged when the change is the
        « contre » level's own (in its item, or in a parenthesis right after it: « contre 3,4 milliards
        en 2022 (+5 %) »), or when the two levels are not one measure at two times; (None, None) when
        they are one measure over periods of different lengths (a half-year against a year)."""
        base = figures[target]
        if base.frame.opener != "contre" or figure.frame.index == base.frame.index or figure.frame.parenthesis \
                or figure.frame.opener == "contre":
            return target, None
        mains = [i for i in level_of if figures[i].restates is None and figures[i].end <= base.start
                 and figures[i].frame.clause == base.frame.clause and figures[i].frame.opener != "contre"]
        if not mains:
            return target, None
        main = max(mains, key=lambda i: figures[i].start)
        later, earlier = drafts[level_of[main][0]].claim, drafts[level_of[target][0]].claim
        if any(later.get(k) != earlier.get(k) for k in ("metric", "direction", "unit")):
            return target, None
        first, last = Period.parse(str(earlier["period"])), Period.parse(str(later["period"]))
        if first.end >= last.start:
            return target, None
        if first.months != last.months:  # « 11 milliards au premier semestre, contre 20 milliards en 2022 »
            return None, None
        return main, str(earlier["period"])
    def _own_change_period(self, figure: Figure) -> PeriodMention | None:
        """The period a change names in its own item: « en hausse de 5 %, contre une baisse de 2 % en
        2022 », « un chiffre qui devrait reculer de 20 % cette année », « après une hausse de 8 % en 2022 »
        (right after it, in its item), or « contre, en 2022, une baisse de 2 % » (before it in a
        « contre » item). Not a base (« par rapport à 2022 »), a span or a duration."""
        frame = figure.frame
        nxt = min([q.span[0] for q in self.m.quantities if q.span[0] >= figure.end and
                   q.kind not in ("year", "ordinal")] + [frame.end])
        kinds = ("point", "same_year", "months", "to_date", "horizon")
        after = [p for p in self.m.periods if figure.end <= p.start < nxt and p.start not in self.consumed
                 and p.kind in kinds and len(self.f(figure.end, p.start)) <= 30
                 and not re.search(r"[,;(]|\bet\b", self.f(figure.end, p.start))]
        if after:
            return after[0]
        if frame.opener == "contre":
            before = [p for p in self.m.periods if frame.start <= p.start and p.end <= figure.start
                      and p.start not in self.consumed and p.kind in kinds]
            if before:
                return before[-1]
        return None
    def growth_of_level(self, figure: Figure, sign: int, level: Draft, compared: str | None = None) -> Draft | str:
        """A change with the metric and countries of its level: the level's period, or the period the
        change names itself (« en hausse de 5 %, contre une baisse de 2 % en 2022 »: 2022's change, read
        against 2021); the base its words name, else the « contre » level it runs from, else a duration
        (« en deux ans »), a span, or the same period a year earlier."""
        main = str(level.claim["period"])
        modality = str(level.claim["modality"])
        notes: list[str] = []
        own = self._own_change_period(figure)
        if own is not None and compared is None:
            resolved = self.resolve(own, figure.start)
            if own.kind == "horizon" and own.period:
                # « un chiffre qui devrait progresser de 20 % d'ici 2025 »: from when?
                base, problem = self.base_of(figure, own.period)
                if base is None:
                    return problem or f"a change « {own.text} » whose start is not said"
            if resolved is not None and resolved[0] != main:
                main, modality = resolved[0], self.modality_of(figure.start)
                notes.append(f"the change of {main}, its own period")
        elif figure.frame.opener == "contre":
            return "no period: a change in a « contre » comparison that names no period of its own"
        if main.endswith("/.."):
            return "a change of a target with no deadline"
        base, problem = self.base_of(figure, main)
        if problem is not None:
            return problem
        unread = self._unread_comparison(figure) if base is None and compared is None else None
        if unread is not None:
            return unread
        if base is None and compared is not None:
            base = compared
            notes.append(f"« contre »: against the level it is compared with, {compared}")
        duration = self._duration_after(figure)
        if base is None and duration is not None:
            start = level.figure[0]
            opening = self.f(self.frame(start).start, start) if level.figure != (0, 0) else ""
            if start < figure.start and (re.match(r"\W*(?:qui|lequel|laquelle|lesquels|lesquelles)\b", opening) or
                                         (level.figure != (0, 0) and self.clause_of(start) != figure.frame.clause)):
                # « qui avait atteint 10,8 milliards en 2020, a augmenté de 45 % en deux ans »: from that level?
                return f"a change « {duration.text} » of a level in another clause: its start or its end?"
            base = self._years_before(main, duration)
            if base is None:
                return f"a change « {duration.text} » whose start is not said"
            notes.append(f"« {duration.text} »: against the same period {duration.count} years before")
        if base is None:
            base = self._span_base(main)
        if base is None and self.base_rule:
            base = previous_of_length(main, self.base_rule)
        if base is None:
            base = shift_to_year(main, int(main[:4]) - 1)
            notes.append("no period compared with: read as the same period a year earlier")
        as_of = level.claim.get("as_of") if main == level.claim["period"] else None
        return self._ratio_draft(figure, sign, str(level.claim["metric"]), list(level.claim["countries"]),  # type: ignore[call-overload]
                                 level.claim.get("direction"), main, base, modality,  # type: ignore[arg-type]
                                 level.claim.get("unit"), notes, as_of)  # type: ignore[arg-type]
    def _change_is_subject(self, figure: Figure) -> bool:
        """« L'évolution est de +23,6 % », « La hausse atteint 12 % », « Cela représente une hausse de … »."""
        head = self.f(self.m.start, figure.start)
        return bool(re.match(r"\s*(?:l'\s*|la\s+|cette\s+|cela\s+represente\s+une\s+|ce\s+qui\s+represente\s+une\s+)"
                             r"(?:evolution|hausse|progression|croissance|augmentation|baisse|variation|diminution|"
                             r"recul)\b[^,;]{0,20}$", head))
    def _anaphora_subject(self, figure: Figure) -> bool:
        """« Ce chiffre devrait reculer d'environ 20 % cette année », « Ce montant a progressé de 8 % »: a
        sentence whose subject is « ce chiffre » speaks of the figure of the sentence before."""
        last = self.ctx.last_level
        if last is None or last.get("metric") != self.ctx.metric:
            return False
        for cue in self.cues("anaphora"):
            if cue.end > figure.start or self.clause_of(cue.start) != figure.frame.clause:
                continue
            between = [q for q in self.m.quantities if cue.end <= q.span[0] < figure.start
                       and q.kind not in ("year", "ordinal")]
            if re.fullmatch(r"\s*(?:[^,;]{0,40},\s*)?", self.f(self.m.start, cue.start)) and not between:
                return True
        return False
    def _apposed_to_level(self, figure: Figure) -> bool:
        """« Les exportations du Kenya vers l'Ouganda ont atteint 182 millions de dollars en 2023. Un montant en
        progression de 14 % par rapport à l'année précédente. »: a sentence with no verb of its own that opens on
        a noun standing for a figure (relations.yaml `apposition`: « Un montant », « Un chiffre », « Un niveau »)
        speaks of the level of the sentence right before it, when that sentence states one level only."""
        if self.ctx.sole_level_at != self.ctx.sentence - 1:
            return False
        return _apposition().match(self.f(self.m.start, figure.start)) is not None
    def standalone_growth(self, figure: Figure, sign: int, subject: Cue | None = None) -> Draft | str:
        """« Les échanges entre les deux pays ont augmenté de 31 % » with no level: the metric, countries
        and period of its own words; « entre 2010 et 2014 » gives both the period and the base.
        « L'évolution est de +23,6 % par rapport à 2021 », a sentence whose subject is the change itself,
        is the change of the level the sentence before stated. `subject`, the metric phrase a relative or a
        pronoun takes up (`relative_subject`, `pronoun_antecedent`), gives the metric and the countries."""
        money = Figure(figure.quantity, "money", None, figure.frame, end=figure.end)
        flow_probe: Figure | None = None
        metric: str | None
        note: str | None
        cue_at: int | None
        if subject is not None:
            at = Quantity((subject.end, subject.end), "", 0, None, "number")
            flow_probe = Figure(at, self.metrics[subject.key].unit_kinds[0], None, self.frame(subject.end),
                                end=subject.end)
            metric, note, cue_at = subject.key, f"the change of « {subject.text} », which its subject takes up", \
                subject.start
        else:
            metric, note, cue_at = self.metric_of(money)
        last = self.ctx.last_level
        if last is not None and (metric is None and (self._change_is_subject(figure) or self._apposed_to_level(figure))
                                 or self._anaphora_subject(figure)):
            level = Draft(dict(last), (0, 0))
            found = self.growth_of_level(figure, sign, level)
            if isinstance(found, Draft):
                found.notes.append("the change of the figure of the sentence before")
            return found
        if metric is None:
            persons = Figure(figure.quantity, "persons", None, figure.frame, end=figure.end)
            metric, note, cue_at = self.metric_of(persons)
            if metric is not None and cue_at is None:
                metric = None
        if metric is None:
            return "a change of something the lexicon does not measure"
        probe = Figure(figure.quantity, self.metrics[metric].unit_kinds[0], None, figure.frame, end=figure.end)
        flow = self.flow_in_scope(flow_probe or probe, metric, cue_at)
        if isinstance(flow, str):
            return flow
        modality = self.modality_of(figure.start)
        own = self._own_change_period(figure)
        if own is not None and own.kind == "horizon" and own.period:
            # « devraient progresser de 20 % d'ici 2026 »: from when?
            base, problem = self.base_of(figure, own.period)
            if base is None:
                return problem or f"a change « {own.text} » whose start is not said"
        spans = [p for p in self.m.periods if p.kind == "span" and p.endpoints and
                 self.clause_of(p.start) == figure.frame.clause]
        base, main = None, None
        notes = [n for n in (note,) if n]
        if spans and spans[0].endpoints:
            main, base = spans[0].endpoints[1], spans[0].endpoints[0]
        else:
            periods, _ = self.period_of(probe, metric, modality, [])
            if not periods:
                return "no period: neither the sentence nor the ones before date it"
            main = periods[0][0]
            if periods[0][2]:
                notes.append(periods[0][2])
            base, problem = self.base_of(figure, main)
            if problem is not None:
                return problem
            unread = self._unread_comparison(figure) if base is None else None
            if unread is not None:
                return unread
            duration = self._duration_after(figure)
            if base is None and duration is not None:
                dated_here = any(p.kind == "point" and p.period == main and self.clause_of(p.start) == figure.frame.clause
                                 for p in self.m.periods)
                base = self._years_before(main, duration) if dated_here else None
                if base is None:
                    return f"a change « {duration.text} » whose start or end is not said"
                notes.append(f"« {duration.text} »: against the same period {duration.count} years before")
        if main.endswith("/.."):
            return "a change of a target with no deadline"
        if base is None:
            base = shift_to_year(main, int(main[:4]) - 1)
            notes.append("no period compared with: read as the same period a year earlier")
        unit = self._sentence_unit(metric)
        self.remember(metric, flow)
        return self._ratio_draft(figure, sign, metric, list(flow.countries), flow.direction, main, base, modality,
                                 unit, notes, None)
    def _ratio_draft(self, figure: Figure, sign: int, metric: str, countries: list[str], direction: str | None,
                     main: str, base: str, modality: str, unit: str | None, notes: list[str],
                     as_of: str | None) -> Draft | str:
        value = abs(figure.quantity.value) if figure.qualifier != "range" else abs(figure.low or 0)
        factor = 1 + sign * value / 100
        bounds: tuple[float, float] | None = None
        if figure.qualifier == "range":
            # « devraient reculer de 2 % à 3 % », « une hausse de l'ordre de 10 % à 15 % »: a range of factors,
            # its lower bound as the factor (as a range of levels states its low)
            ends = sorted(round(1 + sign * abs(v or 0) / 100, 6) for v in (figure.low, figure.high))
            bounds = (ends[0], ends[1])
            factor = ends[0]
        if factor <= 0 or main == base:
            return "a change that cannot be a ratio"
        if Period.parse(base).start > Period.parse(main).start and not main.endswith("/.."):
            # a change runs forward in time: its base is never later than its period
            return (f"a change « {self.m.original(figure.quantity.span[0], figure.end)} » of {main} against {base}, "
                    f"a later period")
        if Period.parse(main).months != Period.parse(base).months and not main.endswith("/..") and \
                not self.metrics[metric].rate:  # a rate (flights per week) now against a year's is a change
            # « 3,1 milliards en 2023, un niveau inférieur de 5 % à celui du premier semestre 2019 »
            return (f"a change « {self.m.original(figure.quantity.span[0], figure.end)} » between {main} and "
                    f"{base}, periods of different lengths")
        if modality == "actual" and self.after_publication(main) and as_of is None:
            return f"{main} was not over when the article appeared"
        self.bases.append((figure.end, base))
        claim: dict[str, object] = {
            "metric": metric, "countries": countries, "direction": direction, "period": main, "kind": "ratio",
            "unit": unit, "qualifier": self._change_qualifier(figure),
            "relative_to": base, "factor": round(factor, 6), "modality": modality,
        }
        if as_of is not None:
            claim["as_of"] = as_of
        if bounds is not None:
            claim["low"], claim["high"] = bounds
        return Draft(claim, (figure.quantity.span[0], figure.end), notes)
    def _change_qualifier(self, figure: Figure) -> str:
        """The qualifier of a change: its own cue (« près de 15 % »), not the words of the change itself
        (« dépasse de 15 % le niveau de 2019 », « en deçà de 15 % de son niveau », where « dépasse » and
        « en deçà de » are also qualifier cues); a range of changes is a range of factors."""
        if figure.qualifier == "range":
            return "range"
        cue = next((c for c in reversed(self.cues("qualifier")) if c.end <= figure.start and c.text == figure.cue),
                   None)
        if cue is not None and any(c.start < cue.end and cue.start < c.end for c in self.cues("change")):
            return "exact"
        return figure.qualifier
    def _sentence_unit(self, metric: str) -> str | None:
        kinds = self.metrics[metric].unit_kinds
        for q in self.m.quantities:
            definition = self.units.get(q.unit or "")
            if definition is not None and definition.kind in kinds:
                return q.unit
        if "persons" in kinds:
            return "persons"
        return self.ctx.money_unit if "money" in kinds else None
