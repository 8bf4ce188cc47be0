"""The countries of a figure: the pair, the direction of a flow, whose exports or visitors, and
balances."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from factcheck import lexicon
from factcheck.extraction.frames import Frame
from factcheck.extraction.mentions import BLOC, CountryMention, Cue
from factcheck.extraction.reading.dating import PeriodRules
from factcheck.extraction.reading.figures import Figure, Flow
from factcheck.extraction.text import PhraseMatcher, fold

# between a metric noun and the adjective that says whose it is: other adjectives, and a coordinated
# adjective after a parenthesised figure (« arrivées libyennes (-6,7 %) et marocaines (-14,2 %) »)
_ADJECTIVE_GAP = re.compile(r"(?:[\w\s'-](?<!\d))*?(?:\s*\([^)]*\)\s*(?:et|,|ou)\s+)?(?:[a-z'-]+\s+)?")


# « sur le marché malien », « vers les marchés européens », « au marché chinois »: the market a country adjective
# names is where a flow of goods or money goes (where imports are bought)
_MARKET = re.compile(r"\b(?:sur|vers|au|aux|dans)\s+(?:le\s+|les\s+)?marches?\s+(?:[a-z-]+\s+){0,1}$")


# a relative pronoun opening an item, with its preposition: « dont », « qui », « avec laquelle », « auprès
# duquel », « vers lequel », « à qui », « pour lesquels »
_RELATIVE = re.compile(r"[\s,]*(?:dont|qui|(?:avec|aupres\s+de|vers|pour|chez|contre|envers|sur|dans|a|de|en|par|"
                       r"entre)\s+(?:laquelle|lequel|lesquels|lesquelles|qui)|(?:aupres\s+)?(?:auquel|auxquels|"
                       r"auxquelles|duquel|desquels|desquelles))\b")


@cache
def _rank_apposition() -> re.Pattern[str]:
    """An item opening with a rank and a ranking noun (cues.yaml `ranking_nouns`): « , premier client de la Turquie »,
    « , deuxième client du pays », « , l'un des principaux fournisseurs du Brésil »."""
    nouns = "|".join(sorted((re.escape(fold(w)) for w in lexicon.cues().get("ranking_nouns", [])), key=len, reverse=True))
    return re.compile(r"[\s,]*(?:(?:le|la|l'|son|sa|leur|l'un\s+des|l'une\s+des|un\s+des|une\s+des)\s*)?"
                      r"(?:(?:premiers?|premieres?|seconds?|secondes?|dernier|derniere|[a-z]+iemes?|\d+e(?:r|re|me)?s?|"
                      r"principa(?:l|le|ux|les)|plus\s+gros(?:se)?s?|plus\s+grande?s?|grande?s?|gros|grosse)\s+){1,2}"
                      rf"(?:{nouns})(?![\w-])")


@cache
def _outlet_words() -> frozenset[str]:
    return frozenset(fold(w) for w in lexicon.cues().get("outlet_verbs", []))


@cache
def _source_patterns() -> tuple[re.Pattern[str], PhraseMatcher, PhraseMatcher]:
    """« selon », « d'après » up to the next comma; the statistics bodies; the agencies named without a country."""
    cues = lexicon.cues()
    markers = "|".join(re.escape(fold(m)).replace("'", r"'\s*") for m in cues.get("source_markers", []))
    source = re.compile(rf"(?<!\w)(?:{markers})(?![\w-])[^,;:.]*(?:\([^)]*\)[^,;:.]*)*")  # not « d'après-guerre »
    bodies = PhraseMatcher(("body", w) for w in cues.get("statistics_bodies", []))
    agencies = PhraseMatcher((code, name) for code, a in lexicon.country_aliases().items() for name in a.statistics)
    return source, bodies, agencies


@cache
def _institution(adjective: bool = False) -> re.Pattern[str]:
    """An institution's noun, up to three words that are no article nor verb (« française », « de promotion »), then
    « de », « du », « des », « de la », « d' » right before a word; with `adjective`, the noun and at most one word
    right before an adjective (« l'institut bâlois », « l'office cantonal genevois »)."""
    nouns = "|".join(sorted((re.escape(fold(w)) for w in lexicon.cues().get("institutions", [])), key=len, reverse=True))
    if adjective:
        return re.compile(rf"(?<![\w-])(?:{nouns})\s+(?:[\w'-]+\s+)?$")
    return re.compile(rf"(?<![\w-])(?:{nouns})(?:\s+(?!(?:le|la|les|l|un|une|ses|son|sa|leur|leurs|ce|cet|cette|ces|a|ont|est|sont)\b)[\w'-]+){{0,3}}?\s+(?:de\s+la\s+|de\s+l'\s*|des\s+|du\s+|de\s+|d'\s*)$")


def _pronoun_role(before: str) -> str | None:
    """« en provenance de ce pays » -> from, « vers ce pays » -> to."""
    if re.search(r"\b(?:en\s+provenance\s+(?:de|du|d')|depuis|originaires?\s+de)\s*$", before):
        return "from"
    if re.search(r"\b(?:vers|a\s+destination\s+de|en\s+direction\s+de)\s*$", before):
        return "to"
    return None



class FlowRules(PeriodRules):
    """Rules for each figure's countries and direction."""

    _source: tuple[str | None] | None = None  # the country whose statistics the sentence cites, once read
    _source_spans: list[tuple[int, int]] | None = None  # the « selon … » phrases of the sentence, once found

    # -- countries and direction ----------------------------------------------------------------------
    def flow_of(self, metric: str, figure: Figure, cue_at: int | None) -> Flow | str:
        """The pair and direction of a figure (`flow_from_words`), unless it stands in brackets right after a third
        country's name and the words did not make it that country's: « le Chili est devenu le 3e marché des
        exportations argentines, derrière le Brésil (14,2 milliards de dollars) » is Argentina's exports to Brazil,
        whatever the metric (exports, imports, visitors, investment), left out as another pair's; « les Allemands
        (329 243) » in an article on tourism in Tunisia stays Germany's visitors to the host. So is a figure whose
        own item names a third country as an end of its flow (`third_in_own_item`)."""
        flow = self.flow_from_words(metric, figure, cue_at)
        if not isinstance(flow, Flow):
            return flow
        third = self.bracketed_after(figure)
        if third is not None and third.code not in flow.countries:
            return f"another pair: the figure in brackets after « {third.text} » is about {third.code}"
        third = self.third_in_own_item(figure)
        if third is not None and third.code not in flow.countries:
            return f"another pair: the figure's own words name {third.code} (« {third.text} »), not the pair"
        ranked = self.ranked_in_apposition(figure.frame)
        if ranked is not None and ranked.code not in self.ctx.pair:
            return f"another pair: the figure is in an apposition on « {ranked.text} » ({ranked.code})"
        return flow
    def ranked_in_apposition(self, frame: Frame) -> CountryMention | None:
        """« Les Émirats restent loin derrière l'Allemagne, premier client de la Turquie avec 21,1 milliards de dollars
        d'achats », « loin devant le Japon, deuxième client du pays avec 71 milliards »: an apposition that ranks the
        country right before it (a rank and a ranking noun, cues.yaml `ranking_nouns`) speaks of that country; its
        figure, or the one of the « avec » item right after it, is that country's flow with the one the ranking is of,
        whatever country its complement names."""
        for item in (frame, self.frames[frame.index - 1] if frame.index > 0 else None):
            if item is None or item.clause != frame.clause or item.index == 0 or item.opener != ",":
                continue
            if item is not frame and not re.match(r"[\s,]*avec\b", self.f(frame.start, frame.start + 8)):
                continue
            if not _rank_apposition().match(self.f(item.start, item.end)):
                continue
            before = [c for c in self.m.countries if c.end <= item.start and c.role != "place"]
            if before and re.fullmatch(r"[\s,]*", self.f(before[-1].end, item.start)):
                return before[-1]
        return None
    def third_in_own_item(self, figure: Figure) -> CountryMention | None:
        """« Le stock d'investissements français en Algérie, de 2,5 milliards d'euros, reste modeste au regard des
        12 milliards investis au Maroc », « contre 9 milliards vers le Maroc »: a third country named as an end of
        the flow (« au », « vers », « en provenance de », « avec ») in the figure's own item, which names no country
        of the pair, makes the figure that country's, not the flow the metric's phrase named for the pair."""
        if figure.frame.index == 0:
            return None
        start, end = self.phrase_of(figure)
        own = [c for c in self.m.countries if start <= c.start < end and c.role != "place"]
        if any(c.code in self.ctx.pair for c in own):
            return None
        return next((c for c in own if c.role in ("to", "from", "with", "beside") and
                     (c.form != "capital" or c.prep.startswith(("vers", "en provenance", "depuis", "a destination")))),
                    None)
    def bracketed_after(self, figure: Figure) -> CountryMention | None:
        """The country not of the pair whose name the figure's parenthesis follows (« derrière le Brésil (14,2
        milliards) »), the figure opening the parenthesis."""
        frame = figure.frame
        if not frame.parenthesis:
            return None
        before = [c for c in self.m.countries if c.end <= figure.start and c.role != "place"]
        if not before or before[-1].code in self.ctx.pair or not re.fullmatch(
                r"\s*\(\s*(?:plus\s+de|pres\s+de|pres\s+d'|environ|quelque|au\s+moins|moins\s+de)?\s*",
                self.f(before[-1].end, figure.start)):
            return None
        return before[-1]
    def flow_from_words(self, metric: str, figure: Figure, cue_at: int | None) -> Flow | str:
        """The pair and direction of a figure, or the reason it cannot be read.

        Directions come from the figure's own words: an adjective or nationality right after the metric
        (« exportations vietnamiennes », « touristes kazakhs », « les Algériens »), a preposition before
        a country (« vers le Maroc », « en provenance du Laos », « du Vietnam » right after the metric),
        a subject (« Le Maroc a exporté »), a pronoun (« ses importations »: the country of the clause
        before; « y », « ce pays »: the other one), « dans le sens inverse », or the item it is
        coordinated with (« les exportations du Vietnam vers le Laos ..., et les importations »: the
        same reporter). A figure about another pair belongs to that pair, or is left out."""
        definition = self.metrics[metric]
        antecedent = self.relative_antecedent(figure)
        if antecedent is not None and antecedent.code not in self.ctx.pair:
            return f"another pair: the relative clause after « {antecedent.text} » is about {antecedent.code}"
        mentions = [c for c in self.countries_in_scope(figure, cue_at) if not self.names_a_source(c)]
        if antecedent is not None and antecedent not in mentions and re.match(
                r"[\s,]*qui\b", self.f(figure.frame.start, figure.frame.start + 8)):
            # « Riyad, qui vise 150 millions de visiteurs »: the antecedent is the subject of « qui »
            mentions = [replace(antecedent, role="subject"), *mentions]
        if not definition.directional:
            return self.trade_flow(figure, mentions, cue_at, metric)
        if metric == "balance":
            return self.balance_flow(figure, mentions, cue_at)
        owner, origin, destination = self.roles(metric, figure, mentions, cue_at)
        if figure.origin:  # « 424 000 Allemands »
            origin = origin or figure.origin
        if owner is not None:
            if metric == "imports":
                destination = destination or owner
            else:
                origin = origin or owner
        return self.complete_flow(metric, figure, origin, destination, owner, mentions)
    def names_a_source(self, country: CountryMention) -> bool:
        """« investisseur étranger en Indonésie …, selon le ministère indonésien de l'Investissement », « les
        investissements japonais approuvés par le Bureau philippin des investissements »: a country in a « selon »
        phrase or the adjective of an institution says who speaks or approves, not an end of the flow."""
        if self._source_spans is None:
            source = _source_patterns()[0]
            self._source_spans = [(m.start() + self.m.start, m.end() + self.m.start) for m in source.finditer(self.m.folded)]
        if any(a <= country.start < b for a, b in self._source_spans):
            return True
        return country.form == "adjective" and _institution(adjective=True).search(
            self.f(max(self.m.start, country.start - 40), country.start)) is not None
    def relative_antecedent(self, figure: Figure) -> CountryMention | None:
        """The country a relative clause speaks of: « deuxième partenaire après la Chine, dont les échanges
        avec l'Ukraine atteignent 12 milliards » is China's trade, « le Japon, qui a exporté … » Japan's, and
        so is a relative with a preposition: « devant la Chine, avec laquelle les échanges ont atteint … »,
        « auprès duquel », « vers lequel », « où ». With coordinated antecedents (« devant la Chine et le
        Vietnam, avec lesquels les échanges ont atteint respectivement 2,5 et 1,1 milliards »), the first
        that is not of the pair; the relative goes on over the items « et » adds to it."""
        frame = figure.frame
        while True:
            opening = self.f(frame.start, min(frame.end, frame.start + 30))
            if frame.opener in ("dont", "où") or _RELATIVE.match(opening):
                break
            if frame.opener != "et" or frame.index == 0 or \
                    any(frame.start <= c.start < frame.end for c in self.m.countries):
                return None
            previous = self.frames[frame.index - 1]
            if previous.clause != frame.clause:
                return None
            frame = previous
        before = [c for c in self.m.countries if c.end <= frame.start and c.role != "place" and
                  re.fullmatch(r"[\s,]*(?:dont\s*|ou\s*)?", self.f(c.end, frame.start))]
        ranked = self.ranked_in_apposition(self.frames[frame.index - 1]) if frame.index > 0 else None
        if ranked is not None:
            # « derrière la Chine, premier partenaire du Brésil, avec laquelle les échanges … »: past an apposition
            # that ranks the country before it, the relative speaks of that country
            before = [ranked]
        if not before:
            return None
        antecedents = [before[-1]]
        plural = re.match(r"[\s,]*(?:\w+\s+)?(?:lesquels|lesquelles|desquels|desquelles|auxquels|auxquelles)\b",
                          self.f(frame.start, frame.start + 30))
        for c in reversed([c for c in self.m.countries if c.end <= antecedents[0].start] if plural else []):
            if not re.fullmatch(r"\s*(?:,|et|ou)\s*(?:le|la|les|l')?\s*", self.f(c.end, antecedents[-1].start)):
                break
            antecedents.append(c)
        return next((c for c in reversed(antecedents) if c.code not in self.ctx.pair), antecedents[0])
    def countries_in_scope(self, figure: Figure, cue_at: int | None) -> list[CountryMention]:
        """The countries that can speak for a figure: from its metric phrase (or its item's start) to
        the end of its item; for a sentence-initial « Avec 767 000 entrées, les Français ... », the rest
        of the clause when the item names none; a level of coordinated metric phrases, its own phrase's."""
        if figure.start in self.scopes:
            start, end = self.scopes[figure.start]
            return [c for c in self.m.countries if start <= c.start < end]
        start = figure.frame.start
        if figure.frame.parenthesis and figure.frame.index > 0:  # « les Allemands (329 243, +8,7 %) »
            opening = [f for f in self.frames[:figure.frame.index] if not f.parenthesis]
            if opening:
                start = opening[-1].start
        if cue_at is not None and cue_at < start and self.clause_of(cue_at) == figure.frame.clause and not (
                figure.frame.opener == "contre" and any(start <= c.start < figure.frame.end and c.role != "place"
                                                        for c in self.m.countries)):
            # (« contre environ 78 milliards pour les capitaux italiens investis dans l'Hexagone »: a comparison that
            # names its own countries is that flow's, not the one of the metric phrase before it)
            start = self.frame(cue_at).start
        end = figure.frame.end
        if figure.frame.opener == "," and figure.frame.index + 1 < len(self.frames) and \
                self.frames[figure.frame.index + 1].opener == "," and re.match(
                    r"[\s,-]*(?:vers|en|au|aux|a|dans|depuis|de|du|des|d'|avec|entre)\b",
                    self.f(self.frames[figure.frame.index + 1].start, self.frames[figure.frame.index + 1].start + 16)):
            # an incise (« exporte ses produits – pour 90 millions de dollars – vers Addis-Abeba »): the
            # complements after it, up to the next figure or metric, are still the figure's (but not a new
            # predicate: « pour des importations de 61,2 milliards, laissant à la cité-État un excédent »)
            limit = min([q.span[0] for q in self.m.quantities if q.span[0] > figure.end and q.kind not in ("year", "ordinal")]
                        + [c.start for c in self.cues("metric") if c.start > figure.end]
                        + [self.clause_span(figure.frame.clause)[1]])
            end = max(end, limit)
        found = [c for c in self.m.countries if start <= c.start < end and not self._in_other_level(c, figure)]
        first_item = figure.frame.index == 0 or self.frames[figure.frame.index - 1].clause != figure.frame.clause
        if not found and not first_item and self._trailing_complement(figure, cue_at):
            # « le Japon reste l'un des premiers marchés touristiques du Vietnam, avec près de 600 000 arrivées »,
            # « les investisseurs singapouriens comptaient 3 500 projets au Vietnam, pour un capital enregistré
            # de 75 milliards »: a trailing complement gives the figure of what the clause said
            clause_start = self.clause_span(figure.frame.clause)[0]
            found = [c for c in self.m.countries if clause_start <= c.start < figure.frame.start
                     and not self._in_other_level(c, figure)]
        if not found and cue_at is not None and self._goes_on_after_pause(figure):
            # « les ventes maliennes à la Guinée – bétail, mangues – restent marginales : elles n'ont pas dépassé 95
            # milliards »: the pronoun after the colon is the subject of the clause before, with its countries; so
            # is a figure that opens the clause (« ont atteint un niveau inédit en 2023 : 2,1 milliards de dollars »)
            before = [f for f in self.frames if f.clause == figure.frame.clause - 1]
            previous = (before[0].start, before[-1].end) if before else (0, 0)
            if previous[0] <= cue_at < previous[1]:
                found = [c for c in self.m.countries if self.frame(cue_at).start <= c.start < previous[1]]
        if not found and first_item and not any(figure.frame.start <= c.start < figure.start for family in (
                "metric", "partner_pronouns", "reporter_pronouns") for c in self.cues(family)):
            # « Avec 767 000 entrées, les Français sont restés en tête »; not when the item named its flow before the
            # figure (« tandis que ses importations en provenance de ce pays ont atteint 1,8 milliard, ce qui a permis
            # au Vietnam de dégager un excédent »: the country after it is the balance's)
            clause_end = self.clause_span(figure.frame.clause)[1]
            # (a change of the figure between it and its subject is no next figure: « Avec 4,1 millions d'arrivées
            # en 2024, en hausse de 9 %, les touristes français … »)
            next_figure = min([q.span[0] for q in self.m.quantities if q.span[0] > figure.end
                               and q.kind not in ("year", "ordinal", "percent")] + [clause_end])
            found = [c for c in self.m.countries if end <= c.start < next_figure]
        return found
    def _goes_on_after_pause(self, figure: Figure) -> bool:
        """The figure's clause opens, after « : » or « ; », with a subject pronoun (« : elles ont chuté de 71 %, pour
        s'établir à 23 milliards ») or with the figure itself, a qualifier allowed before it (« restent plus
        modestes : 21,4 millions de dollars entre janvier et juin »): the clause goes on about the subject of the
        clause before, and names no country nor metric of its own before the figure."""
        clause_start = self.clause_span(figure.frame.clause)[0]
        if figure.frame.clause == 0 or self.f(clause_start, clause_start + 1) not in (":", ";"):
            return False
        if any(clause_start <= c.start < figure.start for c in self.m.countries) or \
                any(clause_start <= c.start < figure.start for c in self.cues("metric")):
            return False
        if any(clause_start < p.start < figure.start and not self.f(clause_start + 1, p.start).strip()
               for p in self.cues("subject_pronouns")):
            return True
        return figure.frame.start == clause_start and re.fullmatch(
            r"[:;\s]*(?:(?:plus|moins|pres|pres)\s+(?:de|d')\s*|environ\s+|quelque\s+|autour\s+de\s+|a\s+peine\s+)?",
            self.f(clause_start, figure.start)) is not None
    def _trailing_complement(self, figure: Figure, cue_at: int | None) -> bool:
        """An item that completes its clause: « , avec 600 000 arrivées »; « , pour un capital de 75
        milliards » when the clause already named the same metric (not « a exporté vers la Malaisie pour 14
        milliards, pour des importations de 11 milliards », another flow with the roles reversed)."""
        opening = self.f(figure.frame.start, figure.frame.start + 8)
        if re.match(r"[\s,]*avec\b", opening):
            return True
        if not re.match(r"[\s,]*pour\b", opening) or cue_at is None:
            return False
        key = next((c.key for c in self.cues("metric") if c.start == cue_at), None)
        clause_start = self.clause_span(figure.frame.clause)[0]
        return any(c.key == key for c in self.cues("metric") if clause_start <= c.start < figure.frame.start)
    def _in_other_level(self, country: CountryMention, figure: Figure) -> bool:
        """« ... vers le Laos étaient de 362,9 millions, tandis que ses importations ... »: a country in an
        earlier item that carries its own level belongs to that level, not to this figure."""
        frame = self.frame(country.start)
        if frame.index == figure.frame.index:
            return False
        levels = [q for q in self.m.quantities if frame.start <= q.span[0] < frame.end and q.unit
                  and q.kind == "money" and q.span[0] != figure.start]
        return bool(levels) and frame.index < figure.frame.index and frame.opener in ("dont", "et", "contre")
    def roles(self, metric: str, figure: Figure, mentions: list[CountryMention],
              cue_at: int | None) -> tuple[str | None, str | None, str | None]:
        """(owner, origin, destination) read from the words around the figure."""
        owner = origin = destination = genitive = recorder = None
        metric_cues = [c for c in self.cues("metric") if c.key == metric]
        # « celles de la France vers la Pologne »: the pronoun stands for the metric noun
        metric_cues += [Cue(c.start, c.end, "metric", metric, c.text) for c in self.cues("same_metric_pronouns")]
        market = self.cues("tourism_market") if metric == "tourists" else \
            self.cues("investors") if metric == "investment" else []
        nouns = [*metric_cues, *market]
        if metric == "tourists":  # « 2,3 millions d'arrivées de résidents néerlandais »: visitors by residence
            nouns += [r for r in self.cues("residence") for t in market
                      if re.fullmatch(r"\s+(?:de|des|d')\s*", self.f(t.end, r.start))]
        described: list[CountryMention] = []  # nationalities and adjectives that say whose flow it is
        later = [q.span for q in self.m.quantities if q.span[0] > figure.start and q.kind not in ("year", "ordinal")]
        for c in mentions:
            if c.form == "adjective" and metric in ("exports", "imports", "investment") and _MARKET.search(
                    self.f(max(self.m.start, c.start - 40), c.start)):
                # « les ventes sénégalaises sur le marché malien »: where the goods are sold (bought, for imports)
                if metric == "imports":
                    origin = origin or c.code
                else:
                    destination = destination or c.code
                continue
            if c.form in ("adjective", "demonym"):
                noun = [n for n in nouns if 0 <= c.start - n.end <= 45 and _ADJECTIVE_GAP.fullmatch(self.f(n.end, c.start))
                        and not re.search(r"\b(?:de|du|des|vers|en|au|aux|avec|d')\b", self.f(n.end, c.start))
                        # « vise 150 millions de visiteurs … et espère attirer 1 million de touristes français »:
                        # the noun of a later figure, and its adjective, are that figure's
                        and not any(a <= n.start < b for a, b in later)]
                if noun or (c.form == "demonym" and metric == "tourists"):
                    described.append(c)
                continue
            if c.form == "combining":
                continue
            if c.form == "capital" and c.role not in ("subject", "with") and not c.prep.startswith(
                    ("vers", "en provenance", "depuis", "a destination")):
                continue  # « à Abidjan » is where something happened; « vers Pékin » is China
            if c.role in ("from", "to") and cue_at is not None and c.start < cue_at and self._verb_cue(cue_at):
                continue  # « exporte … vers Pékin et importe des produits »: « vers Pékin » is the exports'
            if c.role == "from":
                origin = origin or c.code
            elif c.role == "beside" and metric in ("imports", "exports"):
                if metric == "imports":  # « les achats de la France auprès de son partenaire ivoirien »
                    origin = origin or c.code
                else:  # « les ventes de la France auprès de la Chine »
                    destination = destination or c.code
            elif c.role == "to" and metric == "imports" and not re.search(r"\bvers\s+(?:le|la|les|l')?\s*$",
                                                                          self.f(c.start - 12, c.start)):
                origin = origin or c.code  # « les achats indonésiens au Japon », « importés en Chine »
            elif c.role == "to":
                destination = destination or c.code
            elif c.role == "genitive":
                if metric == "imports" and any(0 <= c.start - n.end <= 8 and self._verb_cue(n.start) and
                                               n.family == "metric" for n in metric_cues):
                    origin = origin or c.code  # « le pays a importé de Chine pour 22,9 milliards »: from China
                elif any(0 <= c.start - n.end <= 8 for n in metric_cues):
                    if metric == "imports" and owner is None:
                        genitive = genitive or c.code  # « importations du Vietnam »: whose imports, or from it?
                    else:
                        owner = owner or c.code
                elif metric in ("exports", "imports") and any(
                        0 <= c.start - n.end <= 25 and re.fullmatch(r"\s*(?:d'|de\s+|des\s+|du\s+)?[\w\s-]{0,15}"
                                                                     r"(?:de|du|des|d')\s*", self.f(n.end, c.start))
                        for n in metric_cues) and metric == "imports" and owner is not None:
                    origin = origin or c.code  # « importations tunisiennes de l'Italie »
            elif c.role == "subject" and metric == "tourists":
                if c.start < figure.start and self.clause_of(c.start) == figure.frame.clause:
                    if self._source_market_after(c, figure):
                        owner = owner or c.code  # « le Japon reste l'un des premiers marchés touristiques du Vietnam »
                    else:
                        destination = destination or c.code  # « L'Arabie saoudite vise … espère attirer … touristes »
            elif c.role == "subject":
                if cue_at is not None and c.start < cue_at and self.clause_of(c.start) == self.clause_of(cue_at):
                    if self._outlet_verb(cue_at):
                        destination = destination or c.code  # « le Burundi a absorbé pour 58 millions »
                    else:
                        owner = owner or c.code
                elif cue_at is not None and cue_at < c.start < figure.start and metric == "investment" and \
                        self.frame(cue_at).index < self.frame(c.start).index:
                    recorder = recorder or c.code  # « Sur le plan d'investissement, le Vietnam recense … cumulant 2,92 »
        if not described and metric == "tourists":  # « sur le marché russe : là, les entrées ont été … »
            for c in self.m.countries:
                if c.start < figure.start and c.form in ("adjective", "demonym") and any(
                        0 <= c.start - n.end <= 20 and _ADJECTIVE_GAP.fullmatch(self.f(n.end, c.start))
                        for n in self.cues("tourism_market")):
                    described.append(c)
        if metric in ("imports", "exports"):
            # « les importations vietnamiennes de produits cambodgiens », « a absorbé pour 58 millions de
            # marchandises rwandaises »: the goods come from Cambodia, from Rwanda
            goods = [c for c in mentions for g in self.cues("product") if c.form == "adjective" and
                     0 <= c.start - g.end <= 2 and g.text.lower() in ("produits", "produit", "biens", "marchandises")]
            if goods:
                origin = origin or goods[0].code
                described = [c for c in described if c.code != goods[0].code]
        if described and owner is None:  # the nearest to the figure: « les Algériens …, puis des Français (974 000) »
            before = [c for c in described if c.start < figure.start]
            owner = (before[-1] if before else described[0]).code
        if recorder is not None:
            # « Sur le plan d'investissement, le Vietnam recense 198 projets au Cambodge »: the subject invests; but
            # « le Rwanda Development Board a enregistré trois projets ougandais pour 38 millions »: where the projects'
            # adjective names another investor, the subject that records them is the host
            if owner is None:
                owner = recorder
            elif owner != recorder and destination is None:
                destination = recorder
        if owner is None and origin is None and destination is None and cue_at is not None:
            # « l'Italie s'impose comme premier fournisseur de la Tunisie, avec des exportations atteignant … »
            clause_start = self.clause_span(self.clause_of(cue_at))[0]
            subjects = [c for c in self.m.countries if c.role == "subject" and c.form in ("name", "periphrasis", "capital")
                        and clause_start <= c.start < cue_at and c.code in self.ctx.pair]
            if subjects:
                owner = subjects[0].code
        if owner is None and origin is None and destination is not None and metric == "investment" and cue_at is not None:
            # « Les entreprises turques, très présentes dans le textile, ont investi 2,5 milliards en Égypte »: the
            # investor is the subject, in the first item of the clause, before an aside
            clause = self.clause_of(cue_at)
            first = next(f for f in self.frames if f.clause == clause)
            subjects = [c for c in self.m.countries if first.start <= c.start < min(first.end, cue_at)
                        and c.code in self.ctx.pair and c.code != destination and (
                            c.role == "subject" and c.form in ("name", "periphrasis", "capital") or
                            c.form in ("adjective", "demonym") and any(0 <= c.start - n.end <= 3 for n in nouns))]
            if subjects:
                owner = subjects[0].code
        # « importations tunisiennes de l'Italie », « importations espagnoles du Royaume »: the genitive
        # after an importer adjective is the source
        if metric == "imports" and owner is not None and origin is None:
            for c in mentions:
                if c.role == "genitive" and c.code != owner and c.form in ("name", "periphrasis"):
                    origin = c.code
                    break
        for pronoun in self.cues("partner_pronouns"):  # « les importations en provenance de ce pays »
            if not figure.frame.start - 60 <= pronoun.start < figure.start or pronoun.text.lower() == "y":
                continue
            role = _pronoun_role(self.f(max(self.m.start, pronoun.start - 30), pronoun.start))
            partner = self.ctx.last_partner
            if partner is None or role is None:
                continue
            if role == "from":
                origin = origin or partner
            elif role == "to":
                destination = destination or partner
        if genitive is not None and owner is None:
            if origin is not None and origin != genitive:  # « les importations de l'Espagne depuis le Maroc »
                owner = genitive
            elif origin is None and destination is None:
                self.ambiguous = genitive
        if owner is None and origin is None and destination is None:
            pronoun = [p for p in self.cues("reporter_pronouns")
                       if p.start < figure.start and p.start >= figure.frame.start - 2
                       and any(0 <= n.start - p.end <= 2 for n in metric_cues)]
            if pronoun and self.ctx.owner.get("_reporter"):
                owner = self.ctx.owner["_reporter"]
        return owner, origin, destination
    def _source_market_after(self, country: CountryMention, figure: Figure) -> bool:
        """« La Chine est le premier marché émetteur », « le Japon reste l'un des premiers marchés touristiques
        du Vietnam », « la Corée, première clientèle »: the subject is where the visitors come from; any
        other subject of a tourism figure (« le Vietnam a accueilli », « l'Arabie saoudite vise … ») receives
        them."""
        return any(country.end <= c.start < figure.start and self.clause_of(c.start) == figure.frame.clause
                   for c in self.cues("source_market"))
    def _outlet_verb(self, position: int) -> bool:
        """The metric phrase at `position` is a verb whose subject is where the goods go: « le Burundi avait
        absorbé pour 58,6 millions de dollars de marchandises rwandaises » (cues.yaml `outlet_verbs`)."""
        cue = next((c for c in self.cues("metric") if c.start == position), None)
        return cue is not None and any(word in _outlet_words() for word in fold(cue.text).split())
    def _verb_cue(self, position: int) -> bool:
        """The metric phrase at `position` is a verb (« exporte », « a importé », « ayant investi »)."""
        cue = next((c for c in self.cues("metric") if c.start == position), None)
        if cue is None:
            return False
        words = fold(cue.text).split()
        return words[0] in ("a", "ont", "ayant") or not words[-1].endswith(("s", "ion", "ide"))
    def complete_flow(self, metric: str, figure: Figure, origin: str | None, destination: str | None,
                      owner: str | None, mentions: list[CountryMention]) -> Flow | str:
        pair = self.ctx.pair
        partner = [p for p in self.cues("partner_pronouns") if figure.frame.start - 40 <= p.start < figure.frame.end]
        if self._reverse(figure) and self.ctx.direction.get(metric):
            a, b = self.ctx.direction[metric].split(">")
            return Flow(tuple(sorted((a, b))), f"{b}>{a}", b)
        if origin is None and destination is None and self.ambiguous:
            code, self.ambiguous = self.ambiguous, None
            return f"« importations » of {code} or from {code}? the words do not say"
        # « contre 630 000 en 2019 »: the flow it is compared with, unless the item names its own countries
        # (« contre 3,3 millions pour les Américains »: another country at the same time)
        compared = figure.frame.opener == "contre" and not any(
            figure.frame.start <= c.start < figure.frame.end and c.code in (origin, destination) for c in mentions)
        if origin is None and destination is None or compared:
            same = self.sentence_flows.get(metric)
            if same is not None and same.direction:
                return Flow(same.countries, same.direction, same.owner, inferred=same.inferred)
            parallel = self.parallel_owner(metric, figure)
            if parallel is None:
                recent = self.ctx.recent_flows.get(metric)
                if recent is not None and self.ctx.sentence - recent[2] <= 2 and not self.m.countries and \
                        (metric in ("exports", "imports") or figure.start in self.flows_of_stock):
                    # « Ce recul contraste avec 2023, année record où les exportations avaient atteint … »
                    a, b = recent[0].split(">")
                    return Flow(tuple(sorted((a, b))), recent[0], recent[1], inferred=True)
                subject = self.ctx.subjects.get(metric)
                if subject is not None and self.ctx.sentence - subject[1] <= 1:
                    parallel = subject[0]  # « La Chine … est engagée sur des projets d'investissements. Ce sont 920 milliards »
            if parallel is None:
                return "no country says whose flow it is"
            if metric == "imports":
                destination = parallel
            else:
                origin = parallel
        if BLOC in (origin, destination):  # « les exportations chinoises vers l'ASEAN »
            return "another pair: one end is a group of countries or a region, not a country of the pair"
        if origin and destination:
            if origin == destination:
                return f"the same country at both ends ({origin})"
            return Flow(tuple(sorted((origin, destination))), f"{origin}>{destination}", owner)
        if origin is None and metric in ("tourists", "investment"):
            return "no country of origin: a total from all countries?"
        known = origin or destination
        assert known is not None
        host = self.ctx.host
        if metric == "tourists" and origin and host and origin != host and destination in (None, host):
            return Flow(tuple(sorted((origin, host))), f"{origin}>{host}", origin, inferred=destination is None)
        from_partner_word = (destination is not None and metric != "imports") or \
                            (origin is not None and metric == "imports") or \
                            (origin is not None and owner is None)
        if len(pair) != 2:
            return "the article's two countries are not known"
        if known not in pair:
            if metric == "tourists" and self.ctx.host and known != self.ctx.host and origin:
                return Flow(tuple(sorted((known, self.ctx.host))), f"{known}>{self.ctx.host}", known, inferred=True)
            return f"another pair: {known}–? (only one country is named)"
        other = next(c for c in pair if c != known)
        if not (from_partner_word or partner or self.bilateral_frame(figure, metric, known)):
            return f"only {known} is named: a national total, not a flow with {other}?"
        if origin:
            return Flow(pair, f"{origin}>{other}", owner, inferred=True)
        return Flow(pair, f"{other}>{destination}", owner, inferred=True)
    def _reverse(self, figure: Figure) -> bool:
        return any(figure.frame.start <= c.start < figure.frame.end or 0 <= c.start - figure.end <= 20
                   for c in self.cues("reverse"))
    def parallel_owner(self, metric: str, figure: Figure) -> str | None:
        """« Les exportations du Vietnam vers le Laos ... et les importations, 778,2 millions »: a flow
        with no country of its own, coordinated with a flow of the same sentence, has the same reporter
        (the exporter of the exports is the importer of the imports)."""
        reporter = self.ctx.owner.get("_sentence_reporter")
        if reporter is None:
            return None
        # « contre 5,5 milliards de dollars d'importations » after the exports: the same reporter's other flow
        if figure.frame.opener in ("et", ",", "puis", "(", "contre") or self.frame(figure.start).clause > 0 or \
                self.ctx.owner.get("_sentence_reporter_set_here"):
            return reporter
        return None
    def bilateral_frame(self, figure: Figure, metric: str, known: str) -> bool:
        """A one-sided figure (« les exportations vietnamiennes se sont chiffrées à … ») is about the pair
        when the sentence names the other country, says « bilatéral », « sur ce montant », « dont », or
        the sentence before made a claim about the pair, or the title announced this flow."""
        other = next(c for c in self.ctx.pair if c != known)
        if any(c.code == other and (c.form != "capital" or c.role in ("to", "from", "with")) for c in self.m.countries):
            return True
        if self.cues("bilateral") or self.cues("anaphora"):
            return True
        if any(f.opener == "dont" and f.start <= figure.start for f in self.frames):
            return True
        if self.ctx.bilateral:
            return True
        return (metric, known) in self.ctx.topics
    def trade_flow(self, figure: Figure, mentions: list[CountryMention], cue_at: int | None = None,
                   metric: str = "trade") -> Flow | str:
        """Total trade is about the article's pair, unless the figure's own phrase names a third partner
        (« devant ceux conclus avec le Canada (703,6 milliards) ») or, when its phrase does not name the pair
        (« entre les deux voisins », « entre le Mexique et les États-Unis »), its clause names other countries
        (« La Chine et les États-Unis se sont classés premier et deuxième avec 267,66 milliards »): then it is
        left out."""
        pair = self.ctx.pair
        if len(pair) != 2:
            return "the article's two countries are not known"
        phrase = self.phrase_of(figure)
        own = [c for c in self.m.countries if phrase[0] <= c.start < phrase[1] and c.role == "with"]
        third = [c for c in own if c.code not in pair]
        if third and not any(c.code in pair for c in own):
            # « les échanges … ont totalisé 732,6 milliards, devant ceux conclus avec le Canada (703,6 milliards) »:
            # the figure of the phrase that names a third partner is that pair's
            return f"another pair: trade with {third[-1].code} (« {third[-1].text} »)"
        clause = figure.frame.clause
        start = phrase[0]
        if cue_at is not None and self.clause_of(cue_at) == clause:
            start = min(start, self.frame(cue_at).start)
        acting = [c for c in self.m.countries if c.role != "place" or metric == "flights"]
        if any(start <= c.start < phrase[1] for c in self.cues("bilateral")) or \
                set(pair) <= {c.code for c in acting if start <= c.start < phrase[1]}:
            # « les échanges de biens entre les deux voisins ont totalisé 732,6 milliards, selon …, à Washington,
            # devant ceux conclus avec le Canada (703,6 milliards) »: the figure's own phrase is the pair's
            return Flow(pair, None)
        start, end = self.clause_span(clause)
        # « en s'appuyant sur le corridor Tanger-Dakar »: a city on a route is no country of the trade (a route's
        # city is an end of the flights, « la ligne Paris-Dakar »)
        # a group of countries is the trade's other end where it is a partner (« entre la Chine et l'ASEAN »), not
        # where another phrase names it (« dont une partie de la production pourrait être écoulée vers l'Asie »)
        named = {c.code for c in acting if start <= c.start < end and (
            c.form != "bloc" or c.role == "with" or phrase[0] <= c.start < phrase[1])}
        others = named - set(pair)
        if others and not set(pair) <= named:
            return f"another pair: {', '.join(sorted(others))} named, not both {pair[0]} and {pair[1]}"
        return Flow(pair, None)
    def balance_flow(self, figure: Figure, mentions: list[CountryMention], cue_at: int | None) -> Flow | str:
        """A trade surplus or deficit: the direction of the net flow. « le Vietnam ... un excédent
        commercial avec le Cambodge » is VN>KH; « ce pays a accusé un déficit avec le Vietnam » is the
        other way; « en faveur de la Tunisie » points from Tunisia; « aboutissant à un excédent » after
        two flows is the reporter's."""
        pair = self.ctx.pair
        if len(pair) != 2:
            return "the article's two countries are not known"
        word = self.balance_word(cue_at, figure)
        for family in ("in_favour", "against"):
            pointed = [c for c in self.m.countries for cue in self.cues(family) if 0 <= c.start - cue.end <= 6]
            if pointed and pointed[0].code in pair:
                other = next(c for c in pair if c != pointed[0].code)
                winner = pointed[0].code if family == "in_favour" else other
                return Flow(pair, f"{winner}>{next(c for c in pair if c != winner)}", winner)
        beneficiary = self._beneficiary(cue_at)
        if beneficiary is not None and word is not None:
            if beneficiary.code not in pair:
                return f"another pair: a balance of {beneficiary.code}"
            other = next(c for c in pair if c != beneficiary.code)
            direction = f"{beneficiary.code}>{other}" if word == "surplus" else f"{other}>{beneficiary.code}"
            return Flow(pair, direction, beneficiary.code)
        owner = None
        partner = None
        for c in mentions:
            if c.role == "with" and c.form != "capital" and c.start < figure.start:
                partner = c.code  # the nearest before the figure: « … supérieur à son excédent avec les États-Unis, à 25,4 milliards »
            elif c.role == "genitive" and cue_at is not None and 0 <= c.start - cue_at <= 30:
                owner = owner or c.code
            elif c.form == "adjective" and word is not None and cue_at is not None and cue_at < c.start and \
                    re.fullmatch(r"[a-z]+(?:\s+(?!de\b|du\b|des\b|d'|avec\b|vis\b)[a-z]+){0,2}\s+",
                                 self.f(cue_at, c.start)):
                owner = owner or c.code  # « le déficit français », « l'excédent commercial chinois »
            elif c.role == "subject" and (cue_at is None or c.start < cue_at):
                owner = owner or c.code
        if owner is None:
            # « …, selon l'agence, qui classe le Sénégal au 6e rang des clients du Maroc »: a country in a relative
            # clause after the figure is that clause's, not the subject whose balance it is
            clause_start = self.clause_span(figure.frame.clause)[0]
            subjects = [c for c in self.m.countries if c.role == "subject" and c.form != "adjective"
                        and self.clause_of(c.start) == figure.frame.clause and c.start >= clause_start
                        and not (c.start > figure.end and self.in_relative_clause(c.start))]
            if subjects:
                owner = subjects[0].code
        if owner is None and [p for p in self.cues("partner_pronouns") if p.start < figure.start]:
            owner = next((c for c in pair if c != partner), None) if partner else None
        if owner is None and partner is not None and partner in pair:
            owner = next(c for c in pair if c != partner)
        if owner is None:
            reporter = self.ctx.owner.get("_sentence_reporter")
            if reporter and re.search(r"\baboutissant\b|\bsoit\b|\bd'ou\b", self.f(self.m.start, figure.start)):
                owner = reporter
        if owner is None or word is None:
            return "a balance whose sides are not said"
        if owner not in pair:
            return f"another pair: a balance of {owner}"
        other = next(c for c in pair if c != owner)
        if partner is not None and partner not in pair:
            return f"another pair: a balance of {owner} with {partner}"
        if partner is None and not self.bilateral_frame(figure, "balance", owner) and \
                not any(p.start < figure.start for p in self.cues("partner_pronouns")):
            # « Le déficit commercial du Sénégal a atteint 3 000 milliards »: one country's balance with the world
            return f"only {owner} is named: a national total, not a balance with {other}?"
        if word == "surplus":
            return Flow(pair, f"{owner}>{other}", owner)
        return Flow(pair, f"{other}>{owner}", owner)
    def in_relative_clause(self, position: int) -> bool:
        """The position is in an item opened by a relative pronoun (« qui classe le Sénégal », « dont », « où »,
        « avec laquelle »): a clause about the noun before it."""
        frame = self.frame(position)
        return frame.opener in ("dont", "où") or bool(_RELATIVE.match(self.f(frame.start, frame.start + 30)))
    def _beneficiary(self, cue_at: int | None) -> CountryMention | None:
        """« ce qui a permis au Vietnam de dégager un excédent », « laisse à New Delhi un déficit », « laissant à la
        cité-État un excédent »: the country after « à » right before the balance word is the one whose surplus
        or deficit it is (a capital or a periphrasis stands for its state)."""
        if cue_at is None:
            return None
        for c in reversed(self.m.countries):
            if c.end > cue_at or self.clause_of(c.start) != self.clause_of(cue_at):
                continue
            if c.role == "to" and c.prep in ("a", "au", "aux") and re.fullmatch(
                    r"\s*(?:(?:de|d')\s*[a-z]+\s+)?(?:un|une|le|la|l'|son|sa|leur)\s*(?:[a-z]+\s+)?",
                    self.f(c.end, cue_at)):
                return c
            break
        return None
    def balance_word(self, cue_at: int | None, figure: Figure) -> str | None:
        """« surplus » or « deficit »: the metric word's own, else an adjective of its clause for a neutral
        « balance commerciale » or « solde » (« est excédentaire »); None when nothing gives the sign."""
        if cue_at is None:
            return None
        word = self.f(cue_at, cue_at + 12)
        if word.startswith("excedent"):
            return "surplus"
        if word.startswith("deficit"):
            return "deficit"
        clause = self.clause_of(cue_at)
        end = max(figure.end, self.clause_span(clause)[1])
        signs = {("surplus" if cue.key == "balance_surplus" else "deficit")
                 for family in ("balance_surplus", "balance_deficit") for cue in self.cues(family)
                 if cue_at < cue.start < end and self.clause_of(cue.start) in (clause, figure.frame.clause)}
        return signs.pop() if len(signs) == 1 else None
    def reported(self, metric: str, flow: Flow) -> tuple[str, str | None]:
        """(metric, note): whose statistics a flow is. Exports are the exporter's figure and imports the
        importer's (metrics.yaml `flow`): « selon l'office fédéral de la statistique Destatis, la France n'est
        plus que le 4e client de l'Allemagne, avec des achats de 98,1 milliards » is Germany's figure, its
        exports to France (the same flow, which the engine compares with France's imports within the mirror
        margin, rather than exactly). The source is the one country that a « selon » phrase of the sentence
        names with a statistics office or customs (« les douanes chinoises », « l'Institut national de la
        statistique du Mali »), or an agency of country_aliases.yaml `statistics`."""
        if metric not in ("exports", "imports") or flow.direction is None:
            return metric, None
        source = self.source_country()
        origin, destination = flow.direction.split(">")
        reporter = origin if metric == "exports" else destination
        if source is None or source == reporter or source not in (origin, destination):
            return metric, None
        other = "imports" if metric == "exports" else "exports"
        return other, f"the figure of {source}'s statistics, so its {other}"
    def source_country(self) -> str | None:
        """The country whose statistics office or customs the sentence cites (« selon … »), if one only."""
        if self._source is not None:
            return self._source[0]
        folded = self.m.folded
        source, bodies, agencies = _source_patterns()
        found: set[str] = set()
        for match in source.finditer(folded):
            start, end = match.start() + self.m.start, match.end() + self.m.start
            named = {a.key for a in agencies.find(folded, match.start(), match.end())}
            if not named and bodies.find(folded, match.start(), match.end()):
                named = {c.code for c in self.m.countries if start <= c.start < end}
            found |= named
        self._source = (found.pop() if len(found) == 1 else None,)
        return self._source[0]
    def remember(self, metric: str, flow: Flow) -> None:
        if flow.direction is None:
            return
        self.sentence_flows[metric] = flow
        self.ctx.recent_flows[metric] = (flow.direction, flow.owner, self.ctx.sentence)
        origin, destination = flow.direction.split(">")
        self.ctx.last_partner = origin if metric == "imports" else destination
        origin, destination = flow.direction.split(">")
        reporter = destination if metric == "imports" else origin
        if metric in ("exports", "imports"):
            self.ctx.owner["_sentence_reporter"] = reporter
            self.ctx.owner["_reporter"] = reporter
        self.ctx.direction[metric] = flow.direction
