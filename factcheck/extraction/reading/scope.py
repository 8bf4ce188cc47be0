"""What a figure measures (the metric), and whether it is the pair's at all: not a national total, a
region, a product line or a share."""

from __future__ import annotations

import re
from functools import cache

from factcheck import lexicon
from factcheck.extraction.frames import Frame
from factcheck.extraction.mentions import Cue
from factcheck.extraction.periods import PeriodMention
from factcheck.extraction.reading.figures import Figure, Flow
from factcheck.extraction.reading.flows import FlowRules, _institution
from factcheck.extraction.text import fold

_GOODS_METRICS = ("exports", "imports", "trade", "balance")  # the flows of goods a product narrows
# « de », « d' », « des », « du » opening a noun's complement, then the determiners of its noun phrase
_COMPLEMENT = re.compile(r"\s*(?:de\s+la\s+|de\s+l'\s*|des\s+|du\s+|de\s+|d'\s*)")
_DETERMINERS = re.compile(r"(?:(?:le|la|les|l'|un|une|des|du|ces|ce|cet|cette|ses|son|sa|leurs|leur|nos|notre|"
                          r"vos|votre|tous|toutes|tout|toute|certains|certaines|quelques|plusieurs)\b\s*|l'\s*)*")
_NOUN = re.compile(r"[a-z][a-z0-9-]*")
# the verb forms of the metric phrases (« a exporté », « exportent »): their object is not a complement
_VERB_FORMS = frozenset({"exporte", "exportent", "exportait", "exportaient", "importe", "importent", "importait",
                         "importaient", "echange", "echangent", "investi", "vend", "vendent", "vendait", "vendaient",
                         "achete", "achetent", "achetait", "achetaient"})
# grammar words after a goods noun that end its phrase: the goods stay whole (« les échanges de biens entre »,
# « de marchandises ont atteint »)
_PHRASE_END = re.compile(r"\s*(?:[,;:.()«»\"–-]|$|(?:vers|entre|avec|pour|a|au|aux|sur|dans|par|chez|depuis|selon|"
                         r"ont|a|sont|est|etaient|etait|avaient|avait|se|s'|n'|ne|y|en\s+provenance|"
                         r"a\s+destination|ainsi|soit|contre|totalisant|atteignant|representant)\b)")


# the endings of the adjectives that narrow goods to a category (« pétroliers », « chimiques », « industriels »,
# « alimentaires », « laitiers », « agricoles » and « textiles » come from the lexicons)
_ADJECTIVE_END = re.compile(r"(?:iers?|ieres?|iques?|els?|elles?|aux|ales?|aires?|ifs?|ives?|eux|euses?|ins?|ines?)$")


@cache
def _words(family: str) -> frozenset[str]:
    """A cue family of cues.yaml as a set of folded words, for the rules that read one word at a time."""
    return frozenset(fold(w) for w in lexicon.cues().get(family, []))


@cache
def _costs() -> re.Pattern[str]:
    """The cost, budget and loan words of cues.yaml `costs`, as one pattern."""
    words = sorted((re.escape(fold(w)).replace(r"\ ", r"\s+") for w in lexicon.cues().get("costs", [])), key=len,
                   reverse=True)
    return re.compile(rf"(?<![\w-])(?:{'|'.join(words)})(?![\w-])")  # not « prêt-à-porter »


@cache
def _deal_worth() -> re.Pattern[str]:
    """cues.yaml `deal_worth` right before a figure, a qualifier allowed between (« un accord de près de »)."""
    words = sorted((re.escape(fold(w)).replace(r"\ ", r"\s+").replace("'", r"'\s*")
                    for w in lexicon.cues().get("deal_worth", [])), key=len, reverse=True)
    return re.compile(rf"(?<![\w-])(?:{'|'.join(words) or '(?!x)x'})\s*(?:(?:plus|moins|pres)\s+(?:de|d')\s*|"
                      rf"environ\s+|quelque\s+|jusqu'\s*a\s+)?$")


@cache
def _set_before() -> re.Pattern[str]:
    """A pluperfect with avoir (periods.yaml `pluperfect`): « s'étaient fixé », « avaient promis », not « était »."""
    have = "|".join(re.escape(str(w)) for w in lexicon.read_data("periods.yaml")["pluperfect"]["avoir"])
    return re.compile(rf"(?i)(?<!\w)(?:{have})\s+[^\W\d]+")


@cache
def _whole_of() -> re.Pattern[str]:
    """cues.yaml `whole_of` right before a figure, a qualifier allowed between (« sur un total de près de »)."""
    words = "|".join(sorted((re.escape(fold(w)).replace(r"\ ", r"\s+").replace("'", r"'\s*")
                             for w in lexicon.cues().get("whole_of", [])), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{words})\s*(?:(?:plus|moins|pres|pres)\s+(?:de|d')\s*|environ\s+|quelque\s+)?$")


@cache
def _added_scope() -> re.Pattern[str]:
    """cues.yaml `added_scope` opening a clause: « Si l'on inclut l'or, », « En incluant les services, »."""
    words = "|".join(sorted((re.escape(fold(w)).replace(r"\ ", r"\s+").replace("'", r"'\s*")
                             for w in lexicon.cues().get("added_scope", [])), key=len, reverse=True))
    return re.compile(rf"[\s,;:«\"-]*(?:{words})(?![\w-])")


@cache
def _airport() -> re.Pattern[str]:
    """One airport named (cues.yaml `airports`): « à l'aéroport de Genève », not « les aéroports »."""
    words = "|".join(sorted((re.escape(fold(w)).replace(r"\ ", r"\s+") for w in lexicon.cues().get("airports", [])),
                            key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{words})(?![\w-])")


# a destination after a route's count (« vers Nouadhibou », « à destination de Lubumbashi »), and the names of places
_DESTINATION = re.compile(r"\b(?:vers|à\s+destination\s+d[eu']|sur|jusqu'à|entre)\s*(?:l'|le\s+|la\s+|les\s+)?"
                          r"([A-ZÀ-Ý][\w'-]+)")
_PLACE_NAME = re.compile(r"\b[A-ZÀ-Ý][\w'-]+")

# an item that gives a cause or an addition, not what the figure measures: « Dopées par les livraisons de gaz »,
# « Tirées par le pétrole », « grâce au cacao », « En y ajoutant le gaz naturel et l'électricité »
_CAUSE = re.compile(r"[\s,;:(«\"-]*(?:[a-z]+e(?:e|s|es)?\s+(?:[a-z]+\s+)?par\b|grace\s+(?:a|au|aux)\b|en\s+raison\s+d|"
                    r"du\s+fait\s+d|en\s+y\s+ajoutant\b|si\s+l'\s*on\s+y\s+ajoute\b|en\s+ajoutant\b)")

# a relative pronoun whose antecedent is the complement of the relative's verb: « dont » (« dont la Chine a importé pour
# 4 milliards »: 4 milliards of it), « que » (« que le Chili a vendues pour 1,8 milliard »)
_OBJECT_RELATIVE = re.compile(r"[\s,]*(?:dont|que|qu')(?![\w-])")
# the last determiner of a phrase: the noun after it heads the phrase's last noun group (« exporte surtout des cerises »)
_LAST_DETERMINER = re.compile(r"(?<![\w'-])(?:(?:le|la|les|un|une|des|du|de|ces|ce|cet|cette|au|aux|sa|son|ses|leur|"
                              r"leurs)\s+|(?:l|d)'\s*)")

# a metric verb in the infinitive (« investir »): an intent, not a flow that took place
_INFINITIVE = re.compile(r"[a-z]+(?:er|ir)")
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
        # « porterait, selon la Chambre de commerce, sur 60 milliards »: a source's name says who speaks
        metric_cues = [c for c in self.cues("metric") if c.key in allowed and not self.in_source_name(c.start)
                       and not self.in_institution_name(c)]
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
        before = [c for c in metric_cues if c.end <= figure.start and not self._owned_elsewhere(c, figure)
                  and not self._in_a_cause(c, figure)]
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
        if later and later[0].start >= figure.frame.end and self._subject_before(figure):
            # « Les transferts de la diaspora, estimés à 450 millions de dollars par an, pèsent plus lourd que le
            # commerce »: the figure is in an apposition on a subject of its own, not on the metric named after it
            return None, "its subject « " + self._subject_before(figure) + " » is not a metric of the lexicon", None
        if later:
            return later[0].key, None, later[0].start
        return None, None, None
    def _in_a_cause(self, cue: Cue, figure: Figure) -> bool:
        """« Les exportations turques vers les Émirats, gonflées par les ventes d'or, ont représenté 12,1 milliards »:
        a metric word in an item that gives a cause (« gonflées par », « tirées par », « grâce aux ») names what drove
        the flow, not what the figure of another item measures."""
        item = self.frame(cue.start)
        if item.index == figure.frame.index or item.opener != "," or _CAUSE.match(self.f(item.start, cue.start)) is None:
            return False
        # the item opens on the participle itself (« gonflées par »), not on a verb (« reste dominé par les ventes »)
        first = re.match(r"[\s,;:(«\"-]*(\w+)", self.m.original(item.start, cue.start))
        return first is not None and (first.group(1).endswith(("é", "ée", "és", "ées")) or
                                      fold(first.group(1)) in ("grace", "en", "du", "si"))
    def _subject_before(self, figure: Figure) -> str:
        """The noun that opens the figure's clause in an item before the figure's (« Les transferts de la diaspora, »),
        when the figure's item is an apposition on it in a past participle (« , estimés à 450 millions , »); "" when
        none (« Avec 767 000 entrées, les Français … », « En 2023, avec … »)."""
        clause_start = self.clause_span(figure.frame.clause)[0]
        if figure.frame.start <= clause_start or figure.frame.opener != "," or not re.match(
                r"[\s,]*(?:[a-z]+\s+)?[a-z]+ee?s?\s+(?:a|au|aux|de|d'|par|pour)\b", self.f(figure.frame.start, figure.start)):
            return ""  # an apposition in a past participle: « , estimés à », « , évaluées à quelque »
        match = re.match(r"[\s,;:«\"-]*(?:les|la|le|l'|des|un|une|ces|cette|ce)\s*([a-z][a-z-]+)",
                         self.f(clause_start, figure.frame.start))
        if match is None:
            return ""
        at = clause_start + match.start(1)
        if any(p.start <= at < p.end for p in self.m.periods) or any(c.start <= at < c.end for c in self.m.countries):
            return ""
        return self.m.original(at, clause_start + match.end(1))
    def in_institution_name(self, cue: Cue) -> bool:
        """« La Chambre française de commerce compte plus de 5 000 entreprises membres », « le ministère du Commerce »,
        « l'Organisation mondiale du commerce », « l'Agence de promotion des investissements », « l'Office national
        du tourisme »: a metric word in the complement of an institution's noun (cues.yaml `institutions`) names the
        institution, wherever it stands (round 2 read it so after « selon » only), not what a figure counts."""
        before = self.f(max(self.m.start, cue.start - 60), cue.start)
        return _institution().search(before) is not None
    def coordinated_metric(self, figure: Figure, metric_cues: list[Cue]) -> Cue | None:
        """« les exportations indiennes vers le Bangladesh et les importations en provenance de ce pays ont
        atteint (respectivement) 13,8 milliards et 2 milliards »: n metric phrases coordinated by « et »,
        then n levels in the same clause: the k-th level is the k-th phrase's, and its countries are
        that phrase's (else the complement the phrases share, before the first level). A level after a
        metric phrase of its own is not in the list (« …, dégageant pour Brasilia un excédent de 4,8
        milliards »)."""
        clause = figure.frame.clause
        levels = [f for f in self.levels if f.frame.clause == clause and f.restates is None]
        if levels:  # « …, dégageant pour Brasilia un excédent de 4,8 milliards »: a level with its own metric
            levels = [f for f in levels if f is levels[0] or not any(
                f.frame.start <= c.start < f.start and c.start > levels[0].start for c in metric_cues)]
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
        if re.search(r"\bentre\b[^,;]{1,60}$", self.f(self.clause_span(figure.frame.clause)[0], figure.frame.start)):
            return None  # « entre la France et le royaume »: the second end of a pair, not a new subject
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
        d'euros) d'investissements », « 12,1 milliards ... en termes d'exportations », « contre 97 millions pour les
        importations angolaises »."""
        for cue in metric_cues:
            if cue.start < figure.end:
                continue
            gap = self.f(figure.end, cue.start)
            if _POST_METRIC.fullmatch(gap) or re.fullmatch(r"\s*(?:\([^)]*\)\s*)?", gap) and gap.strip():
                return cue
            if re.fullmatch(r"[^,;.]{0,60}\ben\s+termes\s+(?:d'\s*|de\s+)", gap):
                return cue
            if figure.frame.opener == "contre" and re.fullmatch(r"\s*pour\s+(?:les|la|le|l'|ses|leurs?)\s*", gap):
                return cue  # « contre 97 millions de dollars pour les importations angolaises en provenance de RDC »
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
        """Why a level is not a figure of a flow between two countries: a cost or a loan (« dont le coût est
        estimé à »), a national total (« exportations totales », « commerce extérieur », « dans le monde »), a
        region (« avec l'Afrique »), a product line (« les exportations de pétrole raffiné »), a part of the flow
        (« le commerce frontalier »), residents or people expelled, one route's flights, an intent."""
        cost = self.cost(figure)
        if cost is not None:
            return cost
        metric_cue = next((c for c in self.cues("metric") if c.start == cue_at), None)
        if metric_cue is not None:
            segment = next((c for c in self.cues("segment") if 0 <= c.start - metric_cue.end <= 2), None)
            if segment is not None:
                return f"a part of the flow, not the whole (« {metric_cue.text} {segment.text} »)"
        part = self.part_of_flow(figure, metric, metric_cue) or self.added_scope(figure, metric)
        if part is not None:
            return part
        whole = self.share_whole(figure) or self.whole_of(figure)
        if whole is not None:
            return whole
        residents = self.residents(figure, metric)
        if residents is not None:
            return residents
        route = self.one_route(figure, metric)
        if route is not None:
            return route
        intent = self.intent(figure, metric_cue) or self.earlier_target(figure)
        if intent is not None:
            return intent
        start = min(cue_at if cue_at is not None else figure.start, figure.frame.start, figure.start)
        end = max(figure.frame.end, figure.end)
        if cue_at is not None and self.clause_of(cue_at) != figure.frame.clause:
            start = figure.frame.start
        if cue_at is not None and self.clause_of(cue_at) == figure.frame.clause:
            start = min(start, max(self.m.start, cue_at - 25))  # « contraction générale des importations »
        start = min(start, self.phrase_of(figure)[0])
        products_from = self.clause_span(figure.frame.clause)[0]
        if figure.start in self.scopes:  # « Le cacao représente 40 % des exportations vers la France, qui … »
            products_from = max(products_from, self.scopes[figure.start][0])
        for family, reason in (("national", "a national total, not a flow between the two"),
                               ("regional", "about a region or a group of countries"),
                               ("product", "a product line, not the whole flow")):
            for cue in self.cues(family):
                if family == "product" and (metric in ("tourists", "flights", "investment") or
                                            self._whole_goods(cue) or self._included(cue)):
                    continue
                lower = products_from if family == "product" else start
                if family == "regional" and any(c.start < cue.end < c.end and c.form != "bloc" for c in self.m.countries):
                    continue  # « vers l'Afrique du Sud » is a country, not « vers l'Afrique »
                if family == "regional" and metric == "tourists" and self._composition(cue):
                    # « Les arrivées de visiteurs marocains, en majorité des membres de la diaspora, … »: who the
                    # visitors the figure counts are, not a region they come from
                    continue
                if family == "regional" and _institution(adjective=True).search(
                        self.f(max(self.m.start, cue.start - 40), cue.start)):
                    continue  # « l'institut bâlois BAK Economics table sur une hausse des exportations suisses »
                if lower <= cue.start < end and not self._cue_is_metric(cue):
                    if family == "product" and (not self._product_applies(cue, figure, cue_at) or
                                                self._composition(cue)):
                        continue
                    if family == "national" and self._partner_named(figure, cue_at):
                        continue  # « les exportations totales de l'Italie vers la Tunisie »
                    if family == "national" and self._pair_total(cue, figure):
                        continue  # « Au total, les échanges bilatéraux enregistrés n'ont pas dépassé 11 millions »
                    if family == "national" and re.search(r"\b(?:marche|pourvoyeur|fournisseur|emetteur)s?\s+"
                                                          r"(?:de|des|d')\s*$", self.f(cue.start - 30, cue.start)):
                        continue  # « la Corée a été le plus grand marché de touristes étrangers du Vietnam »
                    if family == "national" and re.search(r"\b(?:premiers?|premieres?|principaux|principales?|"
                                                          r"deuxiemes?|troisiemes?|plus\s+nombreux|plus\s+nombreuses)\s*$",
                                                          self.f(cue.start - 20, cue.start)):
                        continue  # « Les Argentins ont été les premiers visiteurs étrangers du Brésil, avec 1,9 million »
                    return f"{reason} (« {cue.text} »)"
        return None
    def added_scope(self, figure: Figure, metric: str) -> str | None:
        """« Si l'on inclut l'or, dont le Tessin est une plaque tournante, les exportations suisses vers l'Italie
        grimpent à 24,6 milliards de francs »: a clause that opens on a hypothesis adding a product to the flow
        (cues.yaml `added_scope`) gives the flow in another scope than the one usually counted, which the article
        states apart: left out, so that the two are never set against each other."""
        if metric not in _GOODS_METRICS:
            return None
        start = self.clause_span(figure.frame.clause)[0]
        match = _added_scope().match(self.f(start, figure.start))
        if match is None:
            return None
        return f"a product line added to the flow, another scope than the usual figure (« " \
               f"{self.m.original(start, start + match.end()).strip(' ,;:')} … »)"
    def cost(self, figure: Figure) -> str | None:
        """« et ont évoqué la construction d'une voie ferrée Conakry-Bamako, dont le coût est estimé à 3 milliards
        de dollars », « une enveloppe de 500 millions d'euros », « un prêt de 2 milliards »: a cost, a budget or a
        loan named in the figure's own item, with no metric word between it and the figure, is what the figure
        measures: not a flow between the two, whatever metric the sentence named before (cues.yaml `costs`)."""
        if figure.kind != "money":
            return None  # « les compagnies à bas coût proposent 300 vols hebdomadaires »
        deal = _deal_worth().search(self.f(max(figure.frame.start, figure.start - 50), figure.start))
        if deal is not None:  # « a signé un accord de 6 millions de dollars pour explorer cinq gisements »
            return f"not a flow between the two: what one agreement or contract is worth (« {deal.group(0).strip()} »)"
        start = figure.frame.start
        for cue in self.cues("metric"):
            if start <= cue.end <= figure.start:
                start = cue.end  # « le coût des importations a atteint »: the metric after the cost word
        text = self.f(start, figure.start)
        found = [m for m in _costs().finditer(text) if not re.search(r"\b(?:bas|moindre|faible)\s*$", text[:m.start()])]
        if not found:
            return None
        words = self.m.original(start + found[-1].start(), start + found[-1].end())
        return f"not a flow between the two: a cost, a budget or a loan (« {words} »)"
    def one_route(self, figure: Figure, metric: str) -> str | None:
        """« Royal Air Maroc opère sept vols hebdomadaires entre Casablanca et Nouakchott, auxquels s'ajoutent
        trois fréquences par semaine vers Nouadhibou », « sept vols par semaine vers Kinshasa et trois vers
        Lubumbashi »: when the sentence gives another count for another destination after a count of flights,
        it splits the service into routes, and the count is one route's, not the pair's (left out, not summed:
        the sentence need not list every route nor every airline). So is a count at one airport (« À l'aéroport de
        Genève, easyJet propose 86 vols par semaine vers neuf villes françaises ») and a count to a city that is no
        country (« prévoient d'ouvrir trois fréquences hebdomadaires vers Bobo-Dioulasso »); a count « entre les deux
        pays » stays the pair's."""
        if metric != "flights":
            return None
        if any(figure.frame.start <= c.start < figure.frame.end for c in self.cues("bilateral")):
            return None  # « 15 vols hebdomadaires entre les deux pays, et prévoient d'ouvrir trois fréquences vers … »
        clause = self.clause_span(figure.frame.clause)
        # the airport the count is at: before it in its clause, in its own item, or in the complement after it (« , au
        # départ de l'aéroport de Genève »); not in a later predicate (« La liaison entre N'Djamena et Khartoum, qui
        # comptait quatre vols par semaine, est suspendue depuis la fermeture de l'aéroport de la capitale soudanaise »)
        reach = figure.frame.end
        following = self.frames[figure.frame.index + 1] if figure.frame.index + 1 < len(self.frames) else None
        if following is not None and following.clause == figure.frame.clause and re.match(
                r"[\s,]*(?:au|a|aux|depuis|vers|de|du|des|dans|a\s+partir)\b", self.f(following.start, following.end)):
            reach = following.end
        airport = _airport().search(self.f(clause[0], min(reach, clause[1])))
        if airport is not None:
            return f"a count for one route: the flights of one airport (« {self.m.original(clause[0] + airport.start(), clause[0] + airport.end())} »)"
        city = next((m for m in _DESTINATION.finditer(self.m.original(figure.end, figure.frame.end))
                     if not m.group(0).startswith(("entre", "sur")) and not any(
                         c.start == figure.end + m.start(1) for c in self.m.countries)), None)
        if city is not None:  # « prévoient d'ouvrir trois fréquences hebdomadaires vers Bobo-Dioulasso »
            return f"a count for one route: its destination is a city (« {city.group(1)} »), not the country"
        # a bare number after a determiner counts something else (« entre les deux pays »)
        counts = [q for q in self.m.quantities if q.kind not in ("year", "ordinal", "percent")
                  and q.unit in (None, figure.unit) and not (q.unit is None and re.search(
                      r"\b(?:les|des|ces|aux|leurs|nos)\s*$", self.f(q.span[0] - 6, q.span[0])))]
        at = next((i for i, q in enumerate(counts) if q.span[0] == figure.start), None)
        if at is None:
            return None
        pairs = []
        if at + 1 < len(counts) and self.frame(counts[at + 1].span[0]).opener not in ("contre", "dont"):
            pairs.append((figure.frame.start, counts[at + 1]))  # a count for another route after this one
        if at > 0 and counts[at - 1].unit == figure.unit and figure.frame.opener != "contre":
            pairs.append((self.frame(counts[at - 1].span[0]).start, figure.quantity))  # this one after another's
        for first, second in pairs:
            beyond = [q.span[0] for q in self.m.quantities
                      if q.span[0] > second.span[1] and q.kind not in ("year", "ordinal")]
            end = min([self.frame(second.span[0]).end, *beyond])
            own = set(_PLACE_NAME.findall(self.m.original(first, second.span[0])))
            new = sorted({m.group(1) for m in _DESTINATION.finditer(self.m.original(second.span[1], end))} - own)
            if new:
                return f"a count for one route: the sentence gives a count for another destination (« {new[0]} »)"
        return None
    def residents(self, figure: Figure, metric: str) -> str | None:
        """« quelque 3,5 millions d'Indiens vivaient aux Émirats », « 1,5 million de Syriens réfugiés au
        Liban », « 900 000 Égyptiens travaillent en Arabie saoudite »: people who live, work or took refuge
        in the country are not arrivals of visitors (its words, up to the next figure, say so), nor are people
        expelled, deported or turned back (« la République dominicaine, qui a expulsé 250 000 Haïtiens »)."""
        if metric != "tourists":
            return None
        if set(fold(figure.quantity.text).split()[-1:]) & _words("trips"):
            return None  # « les résidents canadiens ont effectué 20,4 millions de voyages aux États-Unis »: trips
        clause_end = self.clause_span(figure.frame.clause)[1]
        end = min([q.span[0] for q in self.m.quantities if q.span[0] > figure.end and q.kind not in ("year", "ordinal")]
                  + [clause_end])
        for cue in self.cues("residence"):
            if figure.frame.start <= cue.start < end and not re.search(r"\bnon[\s-]*$", self.f(cue.start - 5, cue.start)) \
                    and not any(re.fullmatch(r"\s+(?:de|des|d')\s*", self.f(t.end, cue.start))
                                for t in self.cues("tourism_market")):
                # (« non-résidents » are the visitors from abroad; « 2,3 millions d'arrivées de résidents néerlandais
                # dans les hébergements belges » is how tourism statistics count visitors by residence)
                return f"not arrivals: people who live or work in the country, or were expelled (« {cue.text} »)"
        return None
    def intent(self, figure: Figure, metric_cue: Cue | None) -> str | None:
        """« le fonds s'est engagé à investir 50 milliards de dollars », « a promis d'investir »: a metric verb in
        the infinitive states what someone means to do, never what was done; unless a target or forecast cue
        says which (« prévoit d'investir », « ambitionne d'investir »), the figure is left out rather than read
        as an actual flow."""
        if metric_cue is None or not _INFINITIVE.fullmatch(fold(metric_cue.text)):
            return None
        if self.modality_of(figure.start) != "actual":
            return None
        return f"a target or forecast whose kind is not said (« {metric_cue.text} »: an intent, not a flow)"
    def whole_of(self, figure: Figure) -> str | None:
        """« En 2024, la France a envoyé 4,9 millions de touristes au Maroc, sur un total de 17,4 millions de
        visiteurs », « sur les 17,4 millions de visiteurs »: the figure right after « sur un total de », « sur
        les », « parmi les » (cues.yaml `whole_of`) is the whole the part before it is taken of, all the country's
        visitors or trade: a national total, unless its own item names the two countries."""
        before = self.f(max(figure.frame.start, figure.start - 40), figure.start)
        match = _whole_of().search(before)
        if match is None or not self.f(self.m.start, figure.start - len(before) + match.start()).strip(" ,«\"-"):
            return None  # « Sur les 12 milliards d'échanges entre les deux pays, … »: opening the sentence, the pair's
        named = {c.code for c in self.m.countries if figure.start <= c.start < figure.frame.end}
        if set(self.ctx.pair) <= named or any(figure.start <= c.start < figure.frame.end for c in self.cues("bilateral")):
            return None
        return f"a national total: « {match.group(0).strip()} » makes it the whole a part is taken of, not the pair's flow"
    def earlier_target(self, figure: Figure) -> str | None:
        """« En 2010, la Grèce et la Turquie s'étaient fixé pour objectif de porter leurs échanges à 5 milliards de
        dollars, et Ankara évoque désormais 10 milliards »: a target set in the past (a pluperfect before the
        figure in its clause) with no deadline after its cue is an earlier target, and the period before it (« En
        2010 ») is when it was set, not its deadline: left out, while the current one is read on its own. So is a
        date right after the pledge's verb (« Abou Dhabi s'était engagé en juillet 2023 à investir jusqu'à 50,7
        milliards de dollars »: when it pledged)."""
        if self.modality_of(figure.start) != "target":
            return None
        cue = self.modality_cue(figure.start)
        clause_start = self.clause_span(figure.frame.clause)[0]
        setting = _set_before().search(self.m.original(clause_start, figure.start))
        if cue is not None and setting is None:  # « l'accord signé en 2018, qui prévoyait 25 milliards »
            scope = self.modal_scope(figure.start)
            planned = [c for c in self.cues("modality") if scope <= c.start <= cue.start and self.planned_in_the_past(c)]
            setting = re.search(r".+", planned[0].text) if planned else None
        if cue is None or setting is None:
            return None
        if any(cue.start <= p.start < figure.frame.end and not self._when_set(cue.end, p) for p in self.m.periods
               if p.period):
            return None  # « s'étaient fixé pour objectif d'atteindre 5 milliards d'ici 2015 »
        return f"a target or forecast whose deadline is not said: an earlier target (« {setting.group(0)}… »), " \
               f"dated by when it was set"
    def _when_set(self, end: int, mention: PeriodMention) -> bool:
        """« s'était engagé en juillet 2023 à investir »: a date (no deadline) right after the verb that sets a
        target, nothing but a preposition between, says when it was set."""
        return mention.kind != "horizon" and re.fullmatch(r"\s*(?:en|au|le|dans|lors\s+d[eu]|des)?\s*",
                                                          self.f(end, mention.start)) is not None
    def share_whole(self, figure: Figure) -> str | None:
        """« Le Vietnam ne représente que 0,3 % des exportations françaises, qui ont atteint 607 milliards
        d'euros »: a figure in a relative clause whose antecedent is the whole a share is taken of is that
        whole. When the whole names one country only (« des exportations françaises »), it is that
        country's total with the world, a national total; the subject of the share is the part, not the
        owner. When it names its partner too (« 40 % des exportations ivoiriennes vers la France, qui … »),
        the figure is read from the whole's own words, not from the share's subject."""
        frame = figure.frame
        if not re.match(r"[\s,]*(?:qui|lesquelles|lesquels|laquelle|lequel)\b", self.f(frame.start, frame.start + 16)):
            return None
        cue = next((c for c in reversed(self.cues("metric")) if c.end <= frame.start), None)
        if cue is None:
            return None
        share = re.search(r"(?:%|\bparts?|\bquarts?|\btiers|\bmoitie|\b(?:cinqu|six|sept|huit|neuv|dix|vingt|cent)iemes?)"
                          r"\s*(?:des|du|de\s+la|de\s+l')\s*$",
                          self.f(max(self.m.start, cue.start - 20), cue.start))
        if share is None:
            return None
        share_start = max(self.m.start, cue.start - 20) + share.start()
        share_start = next((q.span[0] for q in self.m.quantities if q.span[0] < share_start < q.span[1] + 1), share_start)
        whole = (cue.start, frame.start)
        if not re.fullmatch(r"[\s,]*", self.f(max([cue.end] + [c.end for c in self.m.countries
                                                               if whole[0] <= c.start < whole[1]]), frame.start)):
            return None  # « 0,3 % des exportations françaises vers …, qui »: the relative speaks of another noun
        named = [c for c in self.m.countries if whole[0] <= c.start < whole[1]]
        if not any(c.role in ("to", "from", "with") for c in named) and len({c.code for c in named}) < 2:
            return f"a national total: « {self.m.original(share_start, frame.start).strip(' ,')} » is the whole a share " \
                   f"is taken of, not the flow between the two"
        self.scopes[figure.start] = (whole[0], frame.end)
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
        return any(c.role in ("to", "from", "with") and (c.form != "capital" or c.prep == "entre")
                   for c in self.countries_in_scope(figure, cue_at))  # « au total 17 vols … entre Paris et Abidjan »
    def _pair_total(self, cue: Cue, figure: Figure) -> bool:
        """« Au total, les échanges bilatéraux … », « assurent au total 28 vols hebdomadaires entre les deux pays »,
        « Au total, les échanges de biens entre les deux voisins … »: a word that only says « in total » (cues.yaml
        `pair_totals`), in a clause that speaks of the pair (« bilatéraux », « entre les deux pays »), totals the
        pair's flow."""
        if fold(cue.text) not in _words("pair_totals"):
            return False
        clause = figure.frame.clause
        return any(self.clause_of(c.start) == clause and c.start < max(figure.frame.end, figure.end)
                   for c in self.cues("bilateral"))
    def _whole_goods(self, cue: Cue) -> bool:
        """« les échanges de biens », « de marchandises », « les importations vietnamiennes de produits
        cambodgiens »: all the goods, the whole flow; « produits pétroliers », « biens d'équipement » are not."""
        return fold(cue.text) in _words("goods") and not self.goods_narrowed(cue.end)
    def _included(self, cue: Cue) -> bool:
        """« pétrole compris », « y compris le pétrole »: the flow with the product, not the product."""
        return any(0 <= c.start - cue.end <= 2 or 0 <= cue.start - c.end <= 8 for c in self.cues("inclusion"))
    def _cue_is_metric(self, cue: Cue) -> bool:
        return any(c.start <= cue.start and cue.end <= c.end for c in self.cues("metric"))
    def _product_applies(self, cue: Cue, figure: Figure, cue_at: int | None) -> bool:
        """A product word counts when it names what the figure measures: in its own phrase before it
        (« carburants avec 125,4 millions », « suivi des vêtements (354,67 millions d'euros) »), in a
        list of products and their figures (« engrais, 92 millions (+50 %) »), or in the subject that
        holds the metric (« Les équipements automobiles dominent les exportations espagnoles, totalisant
        … »). Not when it only says what the whole flow is made of, in an aside (« les exportations
        françaises – produits pharmaceutiques, céréales, machines – ont atteint »), or belongs to another
        phrase of the clause (« l'Espagne, qui absorbe le tiers des exportations de poisson, a importé … »;
        « les achats de pétrole ont fait reculer les importations à 6,4 milliards »). After the metric
        word or the figure, the syntax decides (`part_of_flow`)."""
        if self._other_metrics_product(cue, cue_at):
            return False  # « les achats français de pétrole saoudien ont fait reculer les importations à … »
        if cue_at is not None and cue.start < cue_at and self._relative_on_the_metric(figure, cue_at):
            return False  # « Médicaments et produits laitiers restent les premiers postes de ces achats, qui avaient … »
        phrase_start = self.phrase_of(figure)[0]
        if phrase_start <= cue.start < figure.start:
            return True
        if figure.frame.index > 0 and re.fullmatch(r"[\s,;:(]*(?:avec|soit|pour|de|d'|a|plus\s+de|pres\s+de|"
                                                     r"environ|quelque)?[\s(]*", self.f(figure.frame.start, figure.start)):
            # « engrais, 92 millions (+50 %) »: a list of products and their figures (the figure opens its item)
            previous = self.frames[figure.frame.index - 1]
            words = re.findall(r"[a-z-]+", self.f(previous.start, previous.end))
            if previous.start <= cue.start < previous.end and len(words) <= 5 and \
                    not any(previous.start <= c.start < previous.end for c in self.cues("metric")) and \
                    not self._object_list(previous, figure):
                return True
        if cue_at is None or self.clause_of(cue_at) != figure.frame.clause or not cue.start < cue_at:
            return False
        opening = self.frame(cue.start)
        while opening.opener == "et" and opening.index > 0 and self.frames[opening.index - 1].clause == opening.clause:
            opening = self.frames[opening.index - 1]  # « En y ajoutant le gaz naturel et l'électricité »
        if _CAUSE.match(self.f(opening.start, cue.start)):
            return False  # « Dopées par les livraisons de gaz naturel, les exportations argentines … »: a cause
        clause = self.clause_of(cue.start)
        if any(c.end <= cue.start and c.start != cue_at and self.clause_of(c.start) == clause for c in self.cues("metric")):
            return False  # « les importations en provenance de Syrie, essentiellement des fruits …, portant le déficit »
        return not self._in_an_aside(cue.start)
    def _object_list(self, last: Frame, figure: Figure) -> bool:
        """« … et lui achète des biens de consommation, des machines et des véhicules, pour 18,1 milliards », « et les
        importations en provenance d'Oman, dominées par l'urée, le gaz naturel liquéfié et le pétrole brut, 7,91
        milliards »: the last item of a list (« et des véhicules ») that a verb of the metric takes as its object (then
        « pour » and the figure), or that an apposition on the flow opens (« dominées par », « composées
        principalement de »): the figure is what the whole flow is worth, the list its make-up, not one product's
        figure (« engrais, 92 millions (+50 %), ciment, 40 millions »)."""
        if last.opener != "et":
            return False
        paid = re.match(r"[\s,;(]*pour\b", self.f(figure.frame.start, figure.start)) is not None
        item = last
        while True:
            if any(item.start <= q.span[0] < item.end and q.kind not in ("year", "ordinal") for q in self.m.quantities):
                return False  # « du cuivre, pour 2 milliards, et des céréales, pour 1 milliard »: each its figure
            metrics = [c for c in self.cues("metric") if item.start <= c.start < item.end]
            if metrics:
                return paid and any(self._is_verb(c) for c in metrics)
            if item is not last and (_CAUSE.match(self.f(item.start, item.end)) or any(
                    item.start <= c.start and not self.f(item.start, c.start).strip(" ,") for c in self.cues("composition"))):
                return True  # « , dominées par l'urée, … et le pétrole brut, »: an apposition on the flow
            if item.opener not in ("et", ",") or item.index == 0 or self.frames[item.index - 1].clause != last.clause:
                return False
            item = self.frames[item.index - 1]
    def _in_an_aside(self, position: int) -> bool:
        """A relative clause, a « dont » item, a parenthesis or a dash incise: it describes a noun of the
        clause (« L'Espagne, qui absorbe … de poisson, a importé », « les exportations, dont une large part de
        produits pétroliers, … »), it is not the subject of the clause."""
        frame = self.frame(position)
        opening = self.f(frame.start, frame.start + 12)
        return frame.opener == "dont" or frame.parenthesis or bool(
            re.match(r"[\s,]*(?:qui|que|qu'|dont|ou|lequel|laquelle|lesquels|lesquelles|auquel|duquel)\b", opening)) \
            or bool(re.search(r"-\s*$", self.f(frame.start - 3, frame.start + 1)))
    def _other_metrics_product(self, cue: Cue, cue_at: int | None) -> bool:
        """The product word is the complement of another metric phrase than the figure's (« les achats
        français de pétrole » when the figure is « les importations à 6,4 milliards »)."""
        return any(c.start != cue_at and c.end <= cue.start and
                   re.fullmatch(r"[^,;:()\d]{0,30}?\b(?:de|d'|des|du)\b[^,;:()\d]{0,20}", self.f(c.end, cue.start))
                   for c in self.cues("metric"))
    def _relative_on_the_metric(self, figure: Figure, cue_at: int) -> bool:
        """« Médicaments, vins et produits laitiers restent les premiers postes de ces achats, qui avaient culminé à
        plus de 1,5 milliard de dollars en 2018 »: the figure's item is a relative clause (« qui ») right after the
        metric phrase (its countries allowed: « des exportations ivoiriennes vers la France, qui »), so it speaks of
        that flow, not of the products the main clause names before it."""
        frame = figure.frame
        if not re.match(r"[\s,]*(?:qui|lesquelles|lesquels|laquelle|lequel)\b", self.f(frame.start, frame.start + 16)):
            return False
        cue = next((c for c in self.cues("metric") if c.start == cue_at), None)
        if cue is None or self.frame(cue.start).index >= frame.index or self.clause_of(cue.start) != frame.clause:
            return False
        ends = [cue.end] + [c.end for c in self.m.countries if cue.end <= c.start < frame.start]
        return re.fullmatch(r"[\s,]*", self.f(max(ends), frame.start)) is not None
    # -- parts of a flow, read from the syntax -------------------------------------------------------
    def part_of_flow(self, figure: Figure, metric: str, metric_cue: Cue | None) -> str | None:
        """Why a figure is a part of the flow rather than the whole, read from the syntax, whatever the
        product: the complement of the metric noun (« les exportations de sardines en conserve du Maroc »,
        « les ventes françaises de cognac », « les échanges de biens d'équipement »; but « les échanges de
        biens », « de marchandises », « les exportations du Maroc », « d'une valeur de » are the whole), the
        complement of the figure (« dont 620 millions d'euros de cobalt »), an exclusion (« le commerce non
        pétrolier », « les échanges hors hydrocarbures », « Hors hydrocarbures, les échanges … »), or a
        subject that is neither a flow nor a country « à lui seul » (« L'arachide, à elle seule, a
        représenté 120 milliards de FCFA d'exportations »; for any metric: « Le groupe SCG, à lui seul, y a
        investi plus de 5 milliards de dollars » is one company's part of the investment)."""
        if metric not in _GOODS_METRICS:
            # « Le groupe SCG, à lui seul, y a investi plus de 5 milliards »: one investor's part of any flow
            return self._part_on_its_own(figure)
        if metric_cue is not None:
            excluded = self._excluded_part(metric_cue, figure)
            if excluded is not None:
                return excluded
            if not self._is_verb(metric_cue):
                named = self._complement_part(metric_cue.end)
                if named is not None:
                    return f"a product line, not the whole flow (« {metric_cue.text} … {named} »)"
        after = _COMPLEMENT.match(self.f(figure.end, figure.end + 12)) or \
            re.match(r"\s*pour\s+(?:le|la|les|l')\s*seul(?:e|s|es)?\s+", self.f(figure.end, figure.end + 24))
        # « dont 620 millions d'euros de cobalt », « dont 620 millions pour le seul cobalt »
        if after is not None and not self.f(figure.end, figure.end + 1).isalnum() and not self._goods_listed(figure):
            named = self.part_named(figure.end + after.end())
            if named is not None:
                return f"a product line, not the whole flow (« {figure.quantity.text} … {named} »)"
        return self._part_on_its_own(figure) or self._relative_on_a_part(figure, metric_cue) or \
            self._value_of_a_quantity(figure)
    def _goods_listed(self, figure: Figure) -> bool:
        """« le Brésil a vendu à son voisin pour 3,7 milliards de dollars d'engrais, de carburants, de véhicules et de
        machines »: three kinds of goods or more coordinated after the figure say what the whole flow is made of, not
        one product line (« pour 2 milliards de pétrole et de gaz » stays a part; so does a list after « dont »)."""
        if figure.frame.opener == "dont":
            return False
        item = r"(?:de\s+la\s+|de\s+l'\s*|des\s+|du\s+|de\s+|d'\s*)[a-z][a-z-]*(?:\s+(?!et\b)[a-z][a-z-]*)?"
        return re.match(rf"\s*{item}(?:\s*,\s*{item})+\s*,?\s+et\s+{item}", self.f(figure.end, figure.end + 200)) is not None
    def _value_of_a_quantity(self, figure: Figure) -> str | None:
        """« les Philippines ont acheté 3,1 millions de tonnes de riz vietnamien, pour une valeur de près de 1,8
        milliard de dollars »: « pour une valeur de », « d'une valeur de » after a quantity of a product in its clause
        is what that quantity is worth, the same product line."""
        frame = figure.frame
        if frame.index == 0 or not re.fullmatch(
                r"[\s,(]*(?:pour|d')\s*une\s+valeur\s+(?:totale\s+|globale\s+)?(?:(?:de|d')|(?:estimee|evaluee|chiffree)\s+a)\s*"
                r"(?:(?:plus|moins|pres)\s+"
                r"(?:de|d')\s*|environ\s+|quelque\s+)?", self.f(frame.start, figure.start)):
            return None
        earlier = [q for q in self.m.quantities if q.span[1] <= frame.start and q.kind not in ("year", "ordinal", "percent")
                   and self.clause_of(q.span[0]) == frame.clause]
        if not earlier or self.frame(earlier[-1].span[0]).index != frame.index - 1:
            return None
        quantity = earlier[-1]
        after = _COMPLEMENT.match(self.f(quantity.span[1], quantity.span[1] + 12))
        named = self.part_named(quantity.span[1] + after.end()) if after is not None else None
        if named is None:
            return None
        return f"a product line, not the whole flow (« {quantity.text} … {named} », then its value)"
    def _is_verb(self, cue: Cue) -> bool:
        words = fold(cue.text).split()
        return words[0] in ("a", "ont", "ayant", "avait", "avaient") or words[-1] in _VERB_FORMS
    def _complement_part(self, position: int) -> str | None:
        """The product a metric noun's complement names: past the adjectives of countries (« les
        exportations marocaines de sardines »), « de » and the noun after it."""
        while True:
            gap = re.match(r"\s*", self.f(position, position + 3))
            start = position + (gap.end() if gap else 0)
            adjective = next((c for c in self.m.countries if c.start == start and c.form == "adjective"), None)
            if adjective is None:
                break
            position = adjective.end
        opening = _COMPLEMENT.match(self.f(position, position + 12))
        if opening is None:
            return None
        return self.part_named(position + opening.end())
    def part_named(self, start: int) -> str | None:
        """The noun of a complement that narrows a flow (« sardines », « or », « biens d'équipement »), or
        None when the complement names no product: a figure, a period, a country, a pronoun, a measure or
        a time (`not_products`), a metric, or the goods in general."""
        text = self.f(start, start + 60)
        determiners = _DETERMINERS.match(text)
        head = start + (determiners.end() if determiners else 0)
        if any(start <= q.span[0] <= head for q in self.m.quantities) or \
                any(start <= p.start <= head for p in self.m.periods) or \
                any(start <= c.start <= head for c in self.m.countries) or \
                any(start <= c.start <= head for family in ("metric", "partner_pronouns", "same_metric_pronouns",
                                                            "bilateral", "national", "regional")
                    for c in self.cues(family)):
            return None
        noun = _NOUN.match(self.f(head, head + 40))
        if noun is None:
            return None
        word = noun.group(0)
        if word in _words("not_products") or word.rstrip("s") in _words("not_products"):
            return None
        if word in _words("goods"):
            if not self.goods_narrowed(head + noun.end()):
                return None
            narrowing = re.match(r"\s*(?:(?:de|d'|du|des|en)\s*(?:la\s+|l'\s*)?)?[a-z][a-z0-9-]*",
                                 self.f(head + noun.end(), head + noun.end() + 30))
            return self.m.original(head, head + noun.end() + (narrowing.end() if narrowing else 0))
        return self.m.original(head, head + noun.end())
    def goods_narrowed(self, position: int) -> bool:
        """« biens d'équipement », « produits pétroliers », « produits en caoutchouc »: a word after the goods
        narrows them; « biens entre », « marchandises ont », « produits cambodgiens », « biens et services »,
        « biens exportés » leave them whole."""
        after = self.f(position, position + 40)
        if _PHRASE_END.match(after):
            return False
        word = _NOUN.match(after.lstrip())
        if word is None:
            return False
        at = position + len(after) - len(after.lstrip())
        if any(c.start == at for c in self.m.countries) or word.group(0) in _words("goods_whole_after"):
            return False
        if any(c.start == at for c in self.cues("composition")):
            return False  # « marchandises diverses »
        opening = re.match(r"(?:de\s+la\s+|de\s+l'\s*|des\s+|du\s+|de\s+|d'\s*|en\s+)", after.lstrip())
        if opening is not None:  # « biens d'équipement », « produits du Maroc », « produits en caoutchouc »
            return self.part_named(at + opening.end()) is not None
        # an adjective narrows them (« produits pétroliers », « chimiques », « manufacturés », « agricoles »); a
        # verb ends their phrase (« le commerce de marchandises atteint », « reste », « représentent »)
        text = word.group(0)
        original = self.m.original(at, at + len(text))
        return bool(_ADJECTIVE_END.search(text)) or original.endswith(("é", "és", "ée", "ées")) or \
            text in _words("segment") or text in _words("product")
    def _excluded_part(self, metric_cue: Cue, figure: Figure) -> str | None:
        """« le commerce non pétrolier », « les échanges hors hydrocarbures entre … », « les exportations
        (hors pétrole) », and « Hors hydrocarbures, les échanges … » opening the clause: the flow less one
        part, not the whole."""
        for cue in self.cues("exclusion"):
            excluded = re.match(r"\s*-?\s*(?:de\s+|d'\s*|des\s+|du\s+|les\s+|la\s+|le\s+|l'\s*)?[a-z][a-z-]*",
                                self.f(cue.end, cue.end + 40))
            if excluded is None:
                continue
            if re.findall(r"[a-z-]+", excluded.group(0))[-1] in _words("not_bilateral"):
                continue  # « échanges bilatéraux, hors transit »: transit is no part of the pair's trade
            words = self.m.original(cue.start, cue.end + excluded.end())
            if cue.start >= metric_cue.end:
                gap = self.f(metric_cue.end, cue.start)
                adjectives = [c for c in self.m.countries if c.form == "adjective" and metric_cue.end <= c.start < cue.start]
                if re.fullmatch(r"[\s(]*", gap) or adjectives and re.fullmatch(r"[\s(]*(?:[a-z-]+\s+){1,2}[\s(]*", gap):
                    return f"a part of the flow, not the whole (« {metric_cue.text} {words} »)"
                if fold(cue.text) != "non" and cue.end <= figure.start and \
                        self.clause_of(cue.start) == self.clause_of(metric_cue.start) == figure.frame.clause and \
                        not any(metric_cue.end <= c.start < cue.start for c in self.cues("metric")):
                    # « les exportations vers l'Arabie saoudite (hors pétrole) », « les échanges …, hors gaz, ont »
                    return f"a part of the flow, not the whole (« {metric_cue.text} … {words} »)"
            elif fold(cue.text) != "non" and self.clause_of(cue.start) == self.clause_of(metric_cue.start) == \
                    figure.frame.clause and not self.f(self.clause_span(figure.frame.clause)[0], cue.start).strip(" ,;:«\"-"):
                return f"a part of the flow, not the whole (« {words} »)"
        return None
    def _relative_on_a_part(self, figure: Figure, metric_cue: Cue | None) -> str | None:
        """« Le durian thaïlandais, dont la Chine a importé pour 4,1 milliards de dollars l'an dernier, symbolise … »,
        « Les cerises, dont le Chili a vendu pour 1,8 milliard de dollars à la Chine, sont devenues … », « Le Chili
        exporte surtout des cerises, dont la Chine a acheté pour 1,8 milliard »: a relative clause (« dont », « que »)
        with a subject of its own and the metric's verb measures its antecedent, the goods traded: when that
        antecedent names a product (`part_named`: the noun heading the item before the pronoun, or its last noun
        group), the figure is that product's, a part of the flow. Not after a country (« Le Maroc, dont les
        exportations … »), a flow (« Les échanges, dont … »), the goods in general, or a figure (« 10 milliards, dont 6
        milliards d'exportations »: parts of a total)."""
        frame = figure.frame
        if metric_cue is None or not frame.start <= metric_cue.start < figure.start or not self._is_verb(metric_cue) \
                or not _OBJECT_RELATIVE.match(self.f(frame.start, frame.start + 8)) or frame.index == 0:
            return None
        clause_start = self.clause_span(frame.clause)[0]
        previous = next((f for f in reversed(self.frames[:frame.index])
                         if f.clause == frame.clause and self.f(f.start, f.end).strip(" ,")), None)
        if previous is None or previous.start < clause_start:
            return None
        antecedent = (previous.start, frame.start)
        if any(antecedent[0] <= q.span[0] < antecedent[1] and q.kind not in ("year", "ordinal", "percent")
               for q in self.m.quantities):
            return None  # « 30 milliards de dollars vers le monde, dont la Chine a acheté pour 12 milliards »: a total
        text = self.f(*antecedent)
        heads = []
        opening = re.match(r"[\s,;:(«\"-]*", text)
        start = antecedent[0] + (opening.end() if opening else 0)
        determiners = _DETERMINERS.match(self.f(start, start + 30))
        if determiners is not None and determiners.end() > 0:
            heads.append(start)  # « Le durian thaïlandais, dont »: the item's own noun group
        last = list(_LAST_DETERMINER.finditer(text))
        if last:
            heads.append(antecedent[0] + last[-1].end())  # « … exporte surtout des cerises, dont »
        for head in heads:
            named = self.part_named(head)
            if named is not None:
                return f"a product line, not the whole flow (« {named}, {self.m.original(frame.start, metric_cue.end).strip(' ,')} »)"
        return None
    def _part_on_its_own(self, figure: Figure) -> str | None:
        """« L'arachide, à elle seule, a représenté 120 milliards de FCFA d'exportations »: « à elle seule »
        after a subject that is neither a flow nor a country makes the figure that subject's, a part of the
        flow; after « les exportations algériennes » or « le Maroc » it is the flow's own."""
        clause_start = self.clause_span(figure.frame.clause)[0]
        for cue in self.cues("on_its_own"):
            if not clause_start <= cue.start < figure.start:
                continue
            subject = (clause_start, cue.start)
            if not self.f(*subject).strip(" ,"):
                continue
            if any(subject[0] <= c.start < subject[1] for c in self.m.countries) or any(
                    subject[0] <= c.start < subject[1] for family in ("metric", "partner_pronouns", "subject_pronouns",
                                                                      "same_metric_pronouns", "anaphora")
                    for c in self.cues(family)):
                continue
            return f"a part of the flow, not the whole (« {self.m.original(*subject).strip(' ,')}, {cue.text} »)"
        return None
