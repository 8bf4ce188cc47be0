"""What a figure measures (the metric), and whether it is the pair's at all: not a national total, a
region, a product line or a share."""

from __future__ import annotations

import re

from factcheck import lexicon
from factcheck.extraction.mentions import Cue
from factcheck.extraction.reading.figures import Figure, Flow
from factcheck.extraction.reading.flows import FlowRules

_GOODS = ("produits", "produit", "biens", "marchandises")  # all the goods: the whole flow, not a product line

_POST_METRIC = re.compile(r"^\s*(?:\([^)]*\)\s*)?(?:de\s+|d'\s*|des\s+|du\s+|en\s+termes\s+d'\s*|en\s+termes\s+de\s+)")


class ScopeRules(FlowRules):
    """Rules for each figure's metric and whether it is the pair's."""

    # -- metric ---------------------------------------------------------------------------------------
    def metric_of(self, figure: Figure) -> tuple[str | None, str | None, int | None]:
        """(metric, note, position of the cue) for a level.

        In order: the only metric its unit allows (visitors are tourists); the metric named right after
        it (« 4,83 milliards d'exportations », « 2 000 milliards FCFA d'échanges », also past a
        parenthesis); the nearest metric phrase before it in its own item, then in its clause, then in
        the sentence; « celles de la France » (the metric before); « ce chiffre », « elles » (the metric
        of the sentence before); a metric phrase after it in its clause (« Avec 767 000 entrées, les
        Français... »)."""
        allowed = [name for name, d in self.metrics.items() if figure.kind in d.unit_kinds]
        if not allowed:
            return None, None, None
        metric_cues = [c for c in self.cues("metric") if c.key in allowed]
        if len(allowed) == 1:  # the unit says it; the phrase naming it still says whose flow it is
            named = [c for c in metric_cues if c.end <= figure.start]
            return allowed[0], None, (named[-1].start if named else None)
        after = self.metric_after(figure, metric_cues)
        if after is not None:
            return after.key, None, after.start
        coordinated = self.coordinated_metric(figure, metric_cues)
        if coordinated is not None:
            return coordinated.key, None, coordinated.start
        clause = figure.frame.clause
        before = [c for c in metric_cues if c.end <= figure.start and not self._owned_elsewhere(c, figure)]
        own_item = [c for c in before if c.start >= figure.frame.start]
        if own_item:
            return own_item[-1].key, None, own_item[-1].start
        subject = self._other_subject(figure)
        if subject:
            return None, f"its subject « {subject} » is not a metric of the lexicon", None
        in_clause = [c for c in before if self.clause_of(c.start) == clause]
        if in_clause:
            return in_clause[-1].key, None, in_clause[-1].start
        if before:
            return before[-1].key, None, before[-1].start
        anaphora = [a for a in [*self.cues("anaphora"), *self._subject_pronouns()] if a.end <= figure.start]
        if anaphora and self.ctx.metric in allowed:
            return self.ctx.metric, f"« {anaphora[-1].text} » refers to the {self.ctx.metric} figure of the " \
                                    f"sentence before", None
        later = [c for c in metric_cues if c.start >= figure.end and self.clause_of(c.start) == clause]
        if later:
            return later[0].key, None, later[0].start
        return None, None, None
    def coordinated_metric(self, figure: Figure, metric_cues: list[Cue]) -> Cue | None:
        """« les exportations indiennes vers le Bangladesh et les importations en provenance de ce pays ont
        atteint (respectivement) 13,8 milliards et 2 milliards »: n metric phrases coordinated by « et »,
        then n levels in the same clause: the k-th level is the k-th phrase's, and its countries are
        that phrase's (else the complement the phrases share, before the first level). A level after a
        metric phrase of its own is not in the list (« …, dégageant pour Brasilia un excédent de 4,8
        milliards »)."""
        clause = figure.frame.clause
        levels = [f for f in self.levels if f.frame.clause == clause and f.restates is None]
        if levels:  # the list ends at a level with a metric of its own (« dégageant un excédent de 4,8 milliards »)
            named = [c.start for c in self.cues("metric")
                     if c.start > levels[0].start and self.clause_of(c.start) == clause]
            levels = [f for f in levels if not named or f.start < named[0]]
        if len(levels) < 2 or figure not in levels:
            return None
        first = levels[0].start
        cues = [c for c in metric_cues if self.clause_of(c.start) == clause and c.end <= first]
        frames = [self.frame(c.start) for c in cues]
        if len(cues) != len(levels) or len({f.index for f in frames}) != len(cues) or any(
                b.index != a.index + 1 or b.opener != "et" for a, b in zip(frames, frames[1:])):
            return None
        k = levels.index(figure)
        own = (cues[k].start, min(frames[k].end, first))
        if not any(own[0] <= c.start < own[1] for c in self.m.countries):
            own = (cues[-1].end, first)
        self.scopes[figure.start] = own
        return cues[k]
    def _other_subject(self, figure: Figure) -> str | None:
        """« …79,43 milliards et les recettes ont diminué de 12 % à 5 milliards »: a coordinated item with a
        subject of its own that is no metric phrase does not inherit the metric of the item before."""
        if figure.frame.opener != "et":
            return None
        text = self.f(figure.frame.start, figure.start)
        match = re.match(r"\s*et\s+(?:les|la|le|l'\s*|des|ces|leurs?)\s*([a-z][a-z-]+)", text)
        if match is None:
            return None
        word = match.group(1)
        start = figure.frame.start + match.start(1)
        if any(p.start <= start < p.end for p in self.m.periods):  # « et l'an dernier ils avaient … »
            return None
        if re.search(r"\b(?:ils|elles|il|elle|celui-ci|celle-ci)\b", text):  # « qu'ils devraient dépasser »
            return None
        actors = {fold_word for fold_word in lexicon.cues().get("actors", [])}
        if word in actors or word in ("deux", "importations", "exportations", "echanges"):
            return None
        if any(c.start >= figure.frame.start for c in self.m.countries if c.start < figure.start):
            return None
        return self.m.original(figure.frame.start + match.start(1), figure.frame.start + match.end(1))
    def metric_after(self, figure: Figure, metric_cues: list[Cue]) -> Cue | None:
        """« 4,83 milliards d'exportations vietnamiennes », « 920 milliards FCFA (1,4 milliard
        d'euros) d'investissements », « 12,1 milliards ... en termes d'exportations »."""
        for cue in metric_cues:
            if cue.start < figure.end:
                continue
            gap = self.f(figure.end, cue.start)
            if _POST_METRIC.fullmatch(gap) or re.fullmatch(r"\s*(?:\([^)]*\)\s*)?", gap) and gap.strip():
                return cue
            if re.fullmatch(r"[^,;.]{0,60}\ben\s+termes\s+(?:d'\s*|de\s+)", gap):
                return cue
            break
        return None
    def _owned_elsewhere(self, cue: Cue, figure: Figure) -> bool:
        """A metric phrase right after another number belongs to that number (« 4,83 milliards
        d'exportations vietnamiennes et 4,71 milliards ... »)."""
        for q in self.m.quantities:
            if q.span[1] <= cue.start and q.span[0] != figure.start and _POST_METRIC.fullmatch(
                    self.f(q.span[1], cue.start)) and q.kind not in ("year", "ordinal") and q.span[1] > figure.end:
                return True
        return False
    def _subject_pronouns(self) -> list[Cue]:
        """« ils ont atteint », « elles se sont élevées »: a pronoun subject at the start of a clause."""
        found = []
        for cue in self.cues("subject_pronouns"):
            frame = self.frame(cue.start)
            if not self.f(self.clause_span(frame.clause)[0], cue.start).strip(" ,"):
                found.append(cue)
            elif re.search(r"(?:^|,)\s*$", self.f(frame.start, cue.start)):
                found.append(cue)
        return found
    # -- scope: national totals, regions, shares, products ------------------------------------------
    def scope_problem(self, figure: Figure, metric: str, cue_at: int | None) -> str | None:
        """Why a level is not a figure of a flow between two countries: a national total (« exportations
        totales », « commerce extérieur », « dans le monde »), a region (« avec l'Afrique »), a product
        line (« les exportations de pétrole raffiné ») or a part of the flow (« le commerce frontalier »)."""
        metric_cue = next((c for c in self.cues("metric") if c.start == cue_at), None)
        if metric_cue is not None:
            segment = next((c for c in self.cues("segment") if 0 <= c.start - metric_cue.end <= 2), None)
            if segment is not None:
                return f"a part of the flow, not the whole (« {metric_cue.text} {segment.text} »)"
        start = min(cue_at if cue_at is not None else figure.start, figure.frame.start, figure.start)
        end = max(figure.frame.end, figure.end)
        if cue_at is not None and self.clause_of(cue_at) != figure.frame.clause:
            start = figure.frame.start
        if cue_at is not None and self.clause_of(cue_at) == figure.frame.clause:
            start = min(start, max(self.m.start, cue_at - 25))  # « contraction générale des importations »
        start = min(start, self.phrase_of(figure)[0])
        products_from = self.clause_span(figure.frame.clause)[0]
        for family, reason in (("national", "a national total, not a flow between the two"),
                               ("regional", "about a region or a group of countries"),
                               ("product", "a product line, not the whole flow")):
            for cue in self.cues(family):
                if family == "product" and (metric in ("tourists", "flights", "investment") or
                                            self._goods_of_a_country(cue)):
                    continue
                lower = products_from if family == "product" else start
                if lower <= cue.start < end and not self._cue_is_metric(cue):
                    if family == "product" and (not self._product_applies(cue, figure, cue_at) or
                                                self._composition(cue)):
                        continue
                    if family == "national" and self._partner_named(figure, cue_at):
                        continue  # « les exportations totales de l'Italie vers la Tunisie »
                    if family == "national" and re.search(r"\b(?:marche|pourvoyeur|fournisseur|emetteur)s?\s+"
                                                          r"(?:de|des|d')\s*$", self.f(cue.start - 30, cue.start)):
                        continue  # « la Corée a été le plus grand marché de touristes étrangers du Vietnam »
                    return f"{reason} (« {cue.text} »)"
        return None
    def flow_in_scope(self, figure: Figure, metric: str, cue_at: int | None) -> Flow | str:
        """The figure's flow between the two countries, or why it is not one (out of scope first: a
        national total names no partner, and its missing pair is not the reason to give)."""
        return self.scope_problem(figure, metric, cue_at) or self.flow_of(metric, figure, cue_at)
    def _composition(self, cue: Cue) -> bool:
        """« exporte essentiellement ses matières premières », « importe une large gamme de produits »:
        what the whole flow is made of, not one product line."""
        return any(0 <= cue.start - c.end <= 25 for c in self.cues("composition"))
    def _partner_named(self, figure: Figure, cue_at: int | None) -> bool:
        """A partner country with « vers », « en provenance de », « avec » in the figure's phrase."""
        return any(c.role in ("to", "from", "with") and c.form != "capital"
                   for c in self.countries_in_scope(figure, cue_at))
    def _goods_of_a_country(self, cue: Cue) -> bool:
        """« les importations vietnamiennes de produits cambodgiens »: all the goods of a country, not a
        product line."""
        return cue.text.lower() in _GOODS and any(
            c.form == "adjective" and 0 <= c.start - cue.end <= 2 for c in self.m.countries)
    def _cue_is_metric(self, cue: Cue) -> bool:
        return any(c.start <= cue.start and cue.end <= c.end for c in self.cues("metric"))
    def _product_applies(self, cue: Cue, figure: Figure, cue_at: int | None) -> bool:
        """A product word counts when it names what the figure measures: in its own phrase before it
        (« carburants avec 125,4 millions », « suivi des vêtements (354,67 millions d'euros) »), right
        after the metric (« exportations de pétrole »), or as the subject of the clause that holds the
        metric (« Les équipements automobiles dominent les exportations espagnoles, totalisant … »)."""
        phrase_start = self.phrase_of(figure)[0]
        if phrase_start <= cue.start < figure.start:
            return True
        if cue.text.lower() not in _GOODS and re.fullmatch(r"\s*(?:de|d'|des|du)\s*", self.f(figure.end, cue.start)):
            return True  # « a importé pour 7,8 milliards d'euros de gaz naturel » (but « … de marchandises »)
        if figure.frame.index > 0:  # « engrais, 92 millions (+50 %) »: a list of products and their figures
            previous = self.frames[figure.frame.index - 1]
            words = re.findall(r"[a-z-]+", self.f(previous.start, previous.end))
            if previous.start <= cue.start < previous.end and len(words) <= 5 and \
                    not any(previous.start <= c.start < previous.end for c in self.cues("metric")):
                return True
        clause_start = self.clause_span(figure.frame.clause)[0]
        if cue_at is not None and clause_start <= cue.start < cue_at and self.clause_of(cue_at) == figure.frame.clause:
            return True
        if cue_at is not None and 0 <= cue.start - cue_at <= 40 and cue.start < figure.start:
            gap = self.f(cue_at, cue.start)
            return bool(re.fullmatch(r"[a-z]+\s+(?:de\s+|d'\s*|des\s+|du\s+)(?:[a-z-]+\s+){0,2}", gap))
        return False
