"""Which numbers of a sentence are figures: levels and percentages, their units, qualifiers, ranges
and restatements."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from factcheck import lexicon
from factcheck.extraction.frames import frame_at, sentence_frames
from factcheck.extraction.mentions import SentenceMentions, dateline_country
from factcheck.extraction.numbers import Quantity
from factcheck.extraction.reading.core import ReaderCore
from factcheck.extraction.reading.figures import Figure
from factcheck.extraction.text import PhraseMatcher, fold
from factcheck.model import MAX_FIGURE

_FILLER = re.compile(r"^(?:\s|le|la|les|l'|un|une|de|d'|du|des|a|au|aux|soit|leur|leurs|ce|cette|barre|seuil|"
                     r"cap|niveau|plus|moins|montant|total|valeur|record|nouveau|historique|niveau record|"
                     r"pour|premiere|fois|deja|largement|nettement|legerement|ainsi|officiellement|encore|"
                     r"desormais|meme|symbolique|[,(])*$")


# what stands between a money figure and the same figure restated in another currency: « (environ »,
# « , soit quelque », « ou », « soit l'équivalent de »
_RESTATEMENT_GAP = re.compile(
    r"\s*(?:\(\s*(?:soit|c'est-a-dire)?|,?\s*soit|,?\s*c'est-a-dire|,?\s*ou)\s*"
    r"(?:environ|pres\s+de|plus\s+de|quelque|l'\s*equivalent\s+de|a\s+peu\s+pres|"
    r"autour\s+de)?\s*(?:d'\s*environ\s*)?")


# the words that may open a « contre », « puis » or « dont » item before its number: « contre 21 », « contre quelque
# 750 », « puis plus de 500 000 », « puis à 48 », « dont 62 000 en mars »
_COMPARED_WORDS = (r"(?:contre|puis(?:\s+a)?|dont)\s+(?:(?:seulement|environ|quelque|pres\s+de|pres\s+d'|plus\s+de|plus\s+d'|moins\s+de|"
                   r"a\s+peine|au\s+moins|tout\s+juste|deja)\s*)?")
_COMPARED_LEAD = re.compile(r"\s*" + _COMPARED_WORDS)
_COMPARED_LEAD_END = re.compile(r"\b" + _COMPARED_WORDS + r"$")
# what may follow a number that has no noun of its own: a pause, a date or a time (« contre 21 en 2019 »,
# « contre 16 avant la pandémie », « contre 22 il y a un an », « 95 000 l'an dernier », « contre une centaine
# actuellement »)
# (an adverb may come first: « contre neuf seulement en 2019 », « contre 22 à peine en 2019 »)
_NO_NOUN_AFTER = re.compile(r"\s*(?:(?:seulement|a\s+peine|environ|tout\s+au\s+plus|au\s+plus|au\s+moins|alors|"
                            r"encore|a\s+l'epoque)(?![\w])\s*)?(?:$|[.,;:!?()«»\"–—-]|l'|jusqu'|(?:en|au|aux|avant|apres|durant|pendant|lors|"
                            r"il\s+y\s+a|un\s+an|une\s+annee|le|la|les|sur|dans|selon|fin|mi|debut|depuis|d'\s*ici|"
                            r"actuellement|aujourd'hui|desormais)(?![\w]))")
# a plural word right after a bare number (« 10 000 barils », « 13 000 étudiants »): the noun it may count
# (`QuantityRules.own_noun`); a past participle (« enregistrés », « investies », « reçus ») describes the thing
# counted before instead, and a function word is no noun
_PLURAL_NOUN = re.compile(r"[ \u00a0\u202f]+([^\W\d_]+[sx])(?![\w'’-])")
_PARTICIPLE = re.compile(r"(?:é|ée|i|ie|u|ue)s$")
_NOT_A_NOUN = re.compile(r"plus|moins|dans|sans|sous|vers|lors|puis|mais|alors|apres|depuis|pres|des|les|ses|ces|"
                         r"mes|tes|nos|vos|leurs|aux|tous|toutes|quelques|certains|certaines|plusieurs|jours|mois|"
                         r"ans|fois|heures|semaines|annees")
# « d'entre eux », « d'entre elles »: some of the people (or things) named before
_AMONG_THEM = re.compile(r"\s*d'\s*entre\s+(?:eux|elles)\b")
# « être » counting its subject: « étaient encore 180 000 », « n'étaient plus que 95 000 », « ont été 12,6
# millions à séjourner » (plural forms: the subject is a people)
_COUNTED_BY_BE = re.compile(
    r"\b(?:etaient|sont|ont\s+ete|avaient\s+ete|seront|seraient|furent)\s+"
    r"(?:(?:encore|deja|desormais|aujourd'hui|seulement|plus|que|qu'|pres\s+de|pres\s+d'|plus\s+de|plus\s+d'|"
    r"moins\s+de|environ|quelque|au\s+moins|pas\s+moins\s+de|a\s+peine|pourtant|donc|ainsi|alors|bien)\s*)*$")


# the preposition that opens a period (« en 2024 », « au premier semestre », « au cours de l'année »)
_PERIOD_LEAD = re.compile(r"(?<![\w'])(?:en|au|aux|a|durant|pendant|sur|dans|lors\s+d[eu]|au\s+cours\s+d[eu]|"
                          r"au\s+cours\s+de\s+l'|dans\s+l')\s*$")


# an aside between commas, with no figure in it: « n'ont, elles, pas dépassé », « ne dépassaient pas, à la même
# date, 28,5 millions », « a dépassé, selon les douanes, 5 milliards »
_ASIDE = re.compile(r"\s*,\s*[^,;:.()«»\d]{1,60}?\s*,\s*")


@cache
def _apposed_lead() -> re.Pattern[str]:
    """An item that opens on a noun standing for the level before it, then the words up to a new number: « un
    chiffre qui est tombé à », « un niveau ramené à », « un chiffre qui devrait dépasser » (relations.yaml
    `apposition`); the number must follow « à » or a qualifier cue (`QuantityRules.compared_unit`)."""
    nouns = "|".join(re.escape(fold(n)).replace(r"\ ", r"\s+") for n in lexicon.relation_cues().apposition)
    return re.compile(rf"[\s,]*(?:{nouns or '(?!x)x'})\s+(?:qui\s+|que\s+|qu'\s*)?[^,;:()\d]{{0,70}}?$")


def without_asides(gap: str) -> str:
    """The words between a qualifier cue and its figure less the asides between commas (`_ASIDE`): what is
    left must still be filler for the cue to be the figure's."""
    return _ASIDE.sub(" ", gap) if "," in gap else gap


_AT_LEAST_AFTER = re.compile(r"[^,;]{0,25}?,?\s*(?:voire|ou\s+meme|sinon)\s+(?:le\s+|la\s+|les\s+|l'\s*)?"
                             r"(?:depasser|davantage|plus|exceder|surpasser)\b")


@dataclass(frozen=True)
class _Negation:
    """qualifiers.yaml's `negation:` section as patterns on folded text (see `QuantityRules.qualifier_reading`)."""

    before: re.Pattern[str]  # « n'ont pas », « ne devraient toutefois pas », « ne pas »: right before the cue
    particle: re.Pattern[str]  # « ne », « n'se »: right before the cue, the negation word after it
    after: re.Pattern[str]  # « pas », « toujours pas »: right after the cue (« ne dépassent pas »)
    without: re.Pattern[str]  # « sans », « sans toutefois »
    restrictive_lead: re.Pattern[str]  # « ne pèsent »: before « plus que » (« only »)
    figure: re.Pattern[str]  # « ne s'élèvent pas à », « n'ont pas représenté »: a negated verb with no cue
    hardly: frozenset[str]
    words_folded: frozenset[str]  # « pas », « jamais », « guère »: the negation words alone
    turns: dict[str, str]
    reach: frozenset[str]
    restrictive: frozenset[str]


def _alternatives(words: list[str]) -> str:
    folded = sorted({re.sub(r"\s+", " ", fold(w).strip()) for w in words}, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+").replace("'", r"'\s*") for w in folded)


@cache
def _negation() -> _Negation:
    data = lexicon.qualifier_negation()
    elided = [re.escape(fold(p)) + r"\s*" for p in data.particles if p.endswith("'")]
    spaced = [re.escape(fold(p)) + r"\s+" for p in data.particles if not p.endswith("'")]
    particle = "(?:" + "|".join(elided + spaced) + ")"
    pronoun = r"(?:(?:se\s+|s'\s*|y\s+|en\s+|le\s+|la\s+|les\s+|l'\s*))?"
    between = rf"(?:(?:{_alternatives(data.between)})\s+)*"
    word = rf"(?:{_alternatives(data.words + data.hardly)})"
    # the verb, then what a writer may set between it and « pas »: a few words (« n'ont toutefois pas », « n'ont
    # en revanche pas », « n'ont quant à elles pas ») or an aside between commas (« n'ont, elles, pas », « n'ont,
    # quant à elles, pas »); « pas » must still stand right before the cue, so the negation is the cue's own
    verb = rf"(?:[a-z-]+(?:{_ASIDE.pattern}|\s+)){{0,5}}"
    return _Negation(
        before=re.compile(rf"(?<![\w']){particle}{pronoun}{verb}{between}(?P<neg>{word})\s+{between}$"),
        particle=re.compile(rf"(?<![\w']){particle}{pronoun}$"),
        after=re.compile(rf"\s*{between}(?P<neg>{word})(?![\w])"),
        without=re.compile(rf"(?<![\w])(?:{_alternatives(data.without)})\s+{between}$"),
        restrictive_lead=re.compile(rf"(?<![\w']){particle}{pronoun}[a-z]+\s+{between}$"),
        figure=re.compile(rf"(?<![\w']){particle}{pronoun}{verb}{between}(?P<neg>{word})\s+{between}"
                          rf"(?:[a-z]+\s+)?(?:(?:a|au|aux|de|d'|du|des|le|la|les|l'|un|une)\s*)*$"),
        hardly=frozenset(fold(w) for w in data.hardly),
        words_folded=frozenset(fold(w) for w in data.words + data.hardly),
        turns=dict(data.turns),
        reach=frozenset(fold(w) for w in data.reach),
        restrictive=frozenset(fold(w) for w in data.restrictive),
    )


@dataclass(frozen=True)
class _Threshold:
    """qualifiers.yaml's `threshold:` section as patterns on folded text (see `QuantityRules.crossed_threshold`)."""

    noun: re.Pattern[str]  # « le cap des », « la barre symbolique du »: right before the figure
    passive: re.Pattern[str]  # « a été », « avait déjà été », « est », « devrait être »: right before the participle
    participle: re.Pattern[str]  # « franchi », « dépassée »
    says: dict[str, str]  # folded participle -> its qualifier


@cache
def _threshold() -> _Threshold:
    data = lexicon.qualifier_threshold()
    words = [w for ws in data.crossed.values() for w in ws]
    return _Threshold(
        noun=re.compile(rf"(?<![\w'])(?:{_alternatives(data.nouns) or '(?!x)x'})\s+(?:symbolique\s+)?"
                        rf"(?:des|du|de|d')\s*$"),
        # « a été franchi », « avait déjà été dépassée », « est franchi », « devrait être franchi », and the
        # participle in apposition (« Le cap des 30 milliards, franchi en 2022, »)
        passive=re.compile(rf"(?:(?<![\w'])(?:{_alternatives(data.passive) or '(?!x)x'})\s+|,\s*)(?:[a-z]+\s+){{0,2}}$"),
        participle=re.compile(rf"(?<![\w'])(?P<word>{_alternatives(words) or '(?!x)x'})(?![\w])"),
        says={fold(w): key for key, ws in data.crossed.items() for w in ws},
    )


def _scaled_like(value: float, second: Quantity) -> float:
    """"entre 2 et 3 milliards": the first number takes the second's scale."""
    if value and second.value >= 1000 * value:
        for factor in (1e9, 1e6, 1e3):
            if second.value >= factor and second.value / factor < 1000:
                scaled = value * factor
                return int(round(scaled)) if abs(scaled - round(scaled)) < 1e-6 * scaled else scaled
    return value



def restates(m: SentenceMentions, end: int, start: int) -> bool:
    """Whether a money figure at `start` restates the one ending at `end` (the words between them:
    « (environ », « , soit quelque », « ou », a period in between: « 1,32 milliard de dollars en 2023,
    soit quelque 179 milliards de dinars algériens »)."""
    gloss = re.match(r"\s*\(\s*[A-Z]{1,6}\s*\)", m.original(end, start))
    if gloss:  # « 4,1 milliards de dinars (MD) en 2023, soit environ 1,32 milliard de dollars »
        end += gloss.end()
    periods = [p for p in m.periods if end <= p.start and p.end <= start]
    if periods:  # « … de dollars en 2023, soit … »: the figure's own period, then the restatement
        if re.search(r"[\d;:()]", m.f(end, periods[0].start)):
            return False
        end = periods[-1].end
    return _RESTATEMENT_GAP.fullmatch(m.f(end, start)) is not None


def settle_currencies(mentions: list[SentenceMentions], pair: tuple[str, ...]) -> None:
    """Give an article's bare currency word the currency its own writing shows, where its countries leave
    the word ambiguous (« dinars » in an article on Algeria and Tunisia):

    - its press's abbreviation of that currency (units.yaml `press:`): « 402 MD », « 4,1 milliards de
      dinars (MD) » are the Tunisian press's millions of dinars, so its bare « dinars » are Tunisian;
    - a conversion into that currency: « 1,32 milliard de dollars, soit quelque 179 milliards de dinars
      algériens » is written for readers who count in Algerian dinars, so its bare « dinars » are theirs.

    - the dateline of a dispatch from one of the pair's capitals (« Tunis, 9 avril (TAP) – »), where both
      countries of the pair use a currency of that name (dinars in Tunisia and Libya, francs CFA in Senegal and
      Cameroon): a dispatch from Tunis counts in Tunisian dinars. Not « dollars », nor where only one of the
      pair's currencies has the name (the other candidate is a third country's: the dateline says nothing of it).

    Not the mere first naming in full (« 5 milliards de dinars algériens », then « dinars »): a journalist
    names in full the currency that is foreign to the readers as often as the home one. Left ambiguous when
    the article shows two currencies so, or names another of the word's currencies anywhere (« dinars
    tunisiens »), and for « dollars », whose US reading the press never needs to name.

    Then, sentence by sentence, what a sentence shows of its own bare words (`_settle_in_sentence`): the
    same word named in full earlier in the clause, or the country whose statistics it cites."""
    words = lexicon.ambiguous_currencies()
    _settle_in_article(mentions, pair, words)
    cited: dict[str, str] = {}
    for m in mentions:
        cited = _settle_in_sentence(m, words, cited)


def _settle_in_article(mentions: list[SentenceMentions], pair: tuple[str, ...],
                       words: dict[str, lexicon.AmbiguousCurrency]) -> None:
    pending = {q.ambiguous_unit for m in mentions for q in m.quantities
               if q.kind == "ambiguous" and q.ambiguous_unit in words and not words[q.ambiguous_unit].default_stays}
    if not pending:
        return
    named = {q.unit for m in mentions for q in m.quantities if q.kind == "money"}
    shown: dict[str, set[str]] = {}
    for m in mentions:
        money = [q for q in m.quantities if q.kind in ("money", "ambiguous")]
        for name, entry in lexicon.press_abbreviations().items():
            if entry.word not in pending or entry.country not in pair or name not in m.sentence.text:
                continue
            glossed = any(q.kind == "ambiguous" and q.ambiguous_unit == entry.word and re.match(
                rf"\s*\(\s*{re.escape(name)}\s*\)", m.original(q.span[1], q.span[1] + len(name) + 6)) for q in money)
            if glossed or any(q.unit == entry.unit and q.text.endswith(name) for q in money):
                shown.setdefault(entry.word, set()).add(entry.unit)
        for first, second in zip(money, money[1:]):
            if second.kind == "money" and second.unit is not None and first.unit != second.unit and \
                    restates(m, first.span[1], second.span[0]):
                for word in pending:
                    if second.unit in words[word].countries.values():
                        shown.setdefault(word, set()).add(second.unit)
    dateline = next((code for m in mentions[:3] if (code := dateline_country(m)) in pair), None)
    for word in pending - set(shown):
        # « Tunis, 9 avril (TAP) – … 3,1 milliards de dinars »: a dispatch from one country's capital counts in its
        # currency where the pair's two countries both use a currency of that name
        unit = words[word].countries.get(dateline or "")
        if unit is not None and all(words[word].countries.get(code) for code in pair):
            shown[word] = {unit}
    for word, units in shown.items():
        if len(units) != 1:
            continue
        [unit] = units
        if named & (set(words[word].countries.values()) - {unit}):
            continue  # « dinars tunisiens » somewhere too: the bare word may be either
        for m in mentions:
            m.quantities = [replace(q, unit=unit, kind="money", ambiguous_unit=None, candidates=())
                            if q.kind == "ambiguous" and q.ambiguous_unit == word and unit in q.candidates else q
                            for q in m.quantities]


@cache
def _statistics_sources() -> tuple[re.Pattern[str], PhraseMatcher, PhraseMatcher]:
    """« selon », « d'après » up to the next comma; the statistics bodies (« statistique », « douanes »,
    « banque centrale »); the agencies named without a country (country_aliases.yaml `statistics`)."""
    cues = lexicon.cues()
    markers = "|".join(re.escape(fold(m)).replace("'", r"'\s*") for m in cues.get("source_markers", []))
    source = re.compile(rf"(?<!\w)(?:{markers})(?![\w-])[^,;:.]*(?:\([^)]*\)[^,;:.]*)*")
    bodies = PhraseMatcher(("body", w) for w in cues.get("statistics_bodies", []))
    agencies = PhraseMatcher((code, name) for code, a in lexicon.country_aliases().items() for name in a.statistics)
    return source, bodies, agencies


def cited_statistics(m: SentenceMentions) -> set[str]:
    """The countries whose statistics a sentence cites: an agency named anywhere in it (« les données publiées
    mercredi par Statistique Canada », « selon Destatis »), or a statistics body with its country after
    « selon », « d'après » (« selon les douanes chinoises », « d'après la banque centrale du Kenya »)."""
    source, bodies, agencies = _statistics_sources()
    found = {a.key for a in agencies.find(m.folded)}
    for match in source.finditer(m.folded):
        if bodies.find(m.folded, match.start(), match.end()):
            start, end = match.start() + m.start, match.end() + m.start
            found |= {c.code for c in m.countries if start <= c.start < end}
    return found


# a sentence that sums up or goes on about the figures of the one before: « Le commerce bilatéral a ainsi dépassé … »
_GOES_ON = re.compile(r"(?<![\w-])(?:ainsi|au\s+total|donc|ce\s+chiffre|ce\s+montant|ce\s+total|cette\s+somme)(?![\w-])")


def _settle_in_sentence(m: SentenceMentions, words: dict[str, lexicon.AmbiguousCurrency],
                        before: dict[str, str] | None = None) -> dict[str, str]:
    """Give a bare currency word the currency its own sentence shows, where the article left it ambiguous:

    - the same word named in full earlier in the clause, continuing that figure's series: « 212 milliards de
      shillings kényans en 2023, contre 176 milliards de shillings un an plus tôt » (a writer does not switch
      currencies under one word in the middle of a comparison). Not when the sentence names another of the
      word's currencies too, nor in a restatement of the named figure (« 594 milliards de dollars canadiens,
      soit 415 milliards de dollars »: the bare word is the other currency there), nor across clauses
      (« …, tandis que … »: another speaker's figure may be in another currency);
    - the statistics the sentence cites: « selon Statistique Canada, le Canada a exporté pour 594,5 milliards
      de dollars », « d'après les douanes tunisiennes, … 3,2 milliards de dinars »: a statistics office,
      customs or central bank publishes in its own country's currency, so the bare word is that one, when it
      may be (one country cited, its currency one of the word's candidates);
    - the sentence before's statistics, for a sentence that sums up or goes on about its figures and cites none of
      its own (« Selon Statistique Canada, les exportations … 1,12 milliard de dollars … Le commerce bilatéral a
      ainsi dépassé pour la première fois 1,8 milliard de dollars »: the same Canadian dollars).

    Returns the bare words the sentence settled through the statistics it cites (word -> currency), for the next."""
    pending = [q for q in m.quantities if q.kind == "ambiguous" and q.ambiguous_unit in words]
    if not pending:
        return {}
    frames = sentence_frames(m)
    money = [q for q in m.quantities if q.kind == "money" and q.unit is not None]
    cited = cited_statistics(m)
    carried = {} if cited or not before or not _GOES_ON.search(m.folded) else before
    through_source: dict[str, str] = {}
    settled: dict[tuple[int, int], str] = {}
    for q in pending:
        family = set(words[q.ambiguous_unit or ""].countries.values())
        named = {x.unit for x in money if x.unit in family}
        clause = frame_at(frames, q.span[0])
        before = [x for x in money if x.span[1] <= q.span[0] and x.unit in q.candidates
                  and frame_at(frames, x.span[0]).clause == clause.clause]
        if len(named) == 1 and before and clause.opener not in ("soit", "(") and not clause.parenthesis and \
                not restates(m, before[-1].span[1], q.span[0]):
            settled[q.span] = before[-1].unit or ""
            continue
        if len(cited) == 1:
            unit = words[q.ambiguous_unit or ""].countries.get(next(iter(cited)))
            if unit is not None and unit in q.candidates and named <= {unit}:
                settled[q.span] = unit
                through_source[q.ambiguous_unit or ""] = unit
            continue
        unit = carried.get(q.ambiguous_unit or "")
        if unit is not None and unit in q.candidates and named <= {unit}:
            settled[q.span] = unit
    if settled:
        m.quantities = [replace(q, unit=settled[q.span], kind="money", ambiguous_unit=None, candidates=())
                        if q.span in settled else q for q in m.quantities]
    return through_source


class QuantityRules(ReaderCore):
    """Rules for which numbers are figures, and how each is qualified."""

    # -- figures --------------------------------------------------------------------------------------
    def figures(self) -> list[Figure]:
        """Levels and percentages, with qualifiers, ranges and restatements; years, ordinals and the
        numbers inside period expressions are not figures (« les neuf premiers mois de 2024 »)."""
        inside = [(p.start, p.end) for p in self.m.periods if p.kind != "rate"]
        values = [q for q in self.m.quantities if q.kind not in ("year", "ordinal")
                  and not any(a <= q.span[0] < b or a < q.span[1] <= b for a, b in inside)]
        figures: list[Figure] = []
        floor = self.m.start
        skip = False
        for index, q in enumerate(values):
            following = values[index + 1] if index + 1 < len(values) else None
            if q.kind == "ambiguous":  # « 6,7 milliards de dinars » in an article on Algeria and Tunisia
                options = ", ".join(q.candidates) if q.candidates else "none of the article's countries"
                self.leave_out(q, f"currency « {q.ambiguous_unit} » ambiguous here ({options})")
                floor = q.span[1]
                continue
            if skip:
                skip = False
                floor = q.span[1]
                continue
            if q.unit == "%" or q.kind == "percent":
                figure = Figure(q, "percent", "%", self.frame(q.span[0]), end=q.span[1])
                qualifier, figure.cue = self.qualifier_reading(q.span[0], floor)
                if qualifier is None:
                    self.leave_out(q, f"a negated figure (« {figure.cue} »): the words say what it is not")
                    floor = q.span[1]
                    continue
                figure.qualifier = qualifier
                if self._is_range_start(q, following) and following is not None and following.unit == "%":
                    figure.qualifier, figure.low, figure.high, figure.end = "range", q.value, following.value, \
                        following.span[1]
                    skip = True
                figures.append(figure)
                floor = figure.end
                continue
            unit, origin = q.unit, None
            if unit is None:
                unit, origin = self.unit_of_bare_number(q, following, figures)
            definition = self.units.get(unit or "")
            if definition is None or abs(q.value) > MAX_FIGURE / 10:
                ambiguous = self.ambiguous_before(q.span[0]) if unit is None and q.kind == "number" and \
                    abs(q.value) >= 1000 and not self._counted(q) else None
                if ambiguous is not None:
                    options = ", ".join(ambiguous.candidates) if ambiguous.candidates else "none of the article's countries"
                    self.leave_out(q, f"currency « {ambiguous.ambiguous_unit} » ambiguous here ({options}), as in "
                                      f"« {ambiguous.text} » it goes on")
                elif unit is None and q.kind == "number" and (abs(q.value) >= 100 or self._counted(q) or
                                                              abs(q.value) >= 10 and not self._a_time(q)):
                    # not « les deux pays », « dix ans après »; but « devrait porter à 40 l'an prochain » is a figure
                    # whose unit no rule could read: listed, never dropped without a word
                    self.leave_out(q, self._bare_number_reason(q))
                floor = q.span[1]
                continue
            if q.unit is None and following is not None and self._is_from_to(q, following):
                q = replace(q, value=_scaled_like(q.value, following))  # « passant de 9 à 17 milliards d'euros »
            figure = Figure(q, definition.kind, unit, self.frame(q.span[0]), end=q.span[1], origin=origin)
            qualifier, figure.cue = self.qualifier_reading(q.span[0], floor)
            figure.qualifier = qualifier or "exact"
            if figure.qualifier == "exact" and _AT_LEAST_AFTER.match(self.f(q.span[1], q.span[1] + 40)):
                figure.qualifier, figure.cue = "at_least", "voire le dépasser"  # « atteindre 200 milliards, voire le dépasser »
            if self._is_range_start(q, following) and following is not None:
                low = _scaled_like(q.value, following)
                figure.qualifier, figure.low, figure.high, figure.end = "range", low, following.value, \
                    following.span[1]
                figure.quantity = replace(q, value=low)
                skip = True
            price = self._per_unit(figure) if definition.kind == "money" else None
            if price is not None or qualifier is None:
                self.leave_out(figure, f"a price or an amount per unit (« {price} »), not a flow between the two"
                               if price is not None else f"a negated figure (« {figure.cue} »): the words say "
                                                         f"what it is not")
                floor = figure.end
                continue
            figures.append(figure)
            floor = figure.end
        self._link_restatements(figures)
        self.restating_starts = {f.start for f in figures if f.restates is not None}
        # the article's currency so far, for a bare number of a later sentence: never a restatement's
        # (« 227,8 milliards de dollars (environ 210 milliards d'euros) en 2023 », then « 147 milliards en 2021 »)
        money = [f.unit for f in figures if f.kind == "money" and f.restates is None]
        if money:
            self.ctx.money_unit = money[-1]
        return figures
    def _counted(self, q: Quantity) -> bool:
        return any(0 <= c.start - q.span[1] <= 3 for c in self.cues("counted")) or self.own_noun(q) is not None
    def own_noun(self, q: Quantity) -> str | None:
        """The noun a bare number counts, written right after it and read by no lexicon: « à raison de 10 000
        barils par jour », « quelque 13 000 étudiants chinois y sont inscrits ». Such a number counts that noun:
        never money of the sentence's currency, nor people of a metric named before. Not a word the lexicons
        read there (a nationality, a metric, a period: « 424 000 Allemands », « 200 vols »), a capitalised name,
        a function word (`_NOT_A_NOUN`: « contre 21 dans le même temps »), nor a past participle, which
        describes the thing counted before (« restent loin des 682 000 enregistrées en 2019 », « des 12
        milliards investis au Maroc »)."""
        if abs(q.value) < 100:
            return None
        start = q.span[1]
        noun = _PLURAL_NOUN.match(self.m.original(start, start + 40))
        if noun is None:
            return None
        word = noun.group(1)
        at = start + noun.start(1)
        if not word[0].islower() or _PARTICIPLE.search(word) or _NOT_A_NOUN.fullmatch(fold(word)):
            return None
        if any(c.start == at for c in self.m.countries) or any(p.start <= at < p.end for p in self.m.periods) or \
                any(c.start == at for family in ("metric", "counted") for c in self.cues(family)):
            return None
        return word
    def _a_time(self, q: Quantity) -> bool:
        """« dix ans après », « douze heures par jour », « 18 jours »: a span of time, not a figure."""
        return re.match(r"\s*(?:(?:de\s+|d'\s*)?(?:plus\s+|longues?\s+)?)?(?:ans|annees|mois|semaines|jours|heures|minutes|"
                        r"siecles|decennies)\b", self.f(q.span[1], q.span[1] + 30)) is not None
    def _bare_number_reason(self, q: Quantity) -> str:
        after = self.f(q.span[1], q.span[1] + 30)
        counted = [c.text for c in self.cues("counted") if 0 <= c.start - q.span[1] <= 3] or \
            [w for w in [self.own_noun(q)] if w is not None]
        if counted:
            return f"a count of {counted[0]}, not a metric of the lexicon"
        return "a number without a unit" + (f" (« {after.strip()[:20]} »)" if after.strip() else "")
    def unit_of_bare_number(self, q: Quantity, following: Quantity | None,
                            figures: list[Figure]) -> tuple[str | None, str | None]:
        """The unit a number written without one takes:

        - « entre 2 et 3 milliards de dollars », « de 1.440 milliards à 4.982 milliards Fcfa »: the
          unit of the second number of a range or a « de X à Y » pair;
        - « les 424 000 Allemands », « 7,3 millions de Sud-Coréens »: persons of that nationality;
        - « 26,7 milliards » after a money figure or a money metric: the currency of the sentence or
          the article so far;
        - « d'en accueillir 500 000 »: the pronoun « en » stands for the unit of the figure before;
        - « 200 vols de passagers relient chaque semaine les deux pays »: flights per week (`weekly_flights`);
        - « porter le nombre de vols directs à 150 par semaine », « porter ce nombre à 18 » after a flights
          count: flights per week (`flights_named_before`);
        - « 16 vols par semaine, contre 21 en 2019 »: the unit of the level compared (`compared_unit`);
        - « les Haïtiens étaient 180 000 à visiter … », « 9,3 millions d'entre eux »: persons
          (`counted_people`).

        Never a unit for a number followed by the noun of what it counts (cues.yaml `counted`: « compte plus
        de 5 000 entreprises membres », « 120 projets », « répartis entre quelque 1 900 entreprises »), even
        after a money figure: it counts those, and is left out as a count.
        """
        if following is not None and following.unit and (self._is_range_start(q, following) or
                                                         self._is_from_to(q, following)):
            return following.unit, None
        if self._counted(q):
            return None, None  # « plus de 5 000 entreprises membres »: a count of what it names, never money
        if following is not None and following.unit and q.value >= 1000 and following.kind == "money" and \
                re.fullmatch(r"\s*(?:,|et)\s*", self.f(q.span[1], following.span[0])):
            return following.unit, None  # « respectivement à 13,8 milliards et 2 milliards de dollars »
        after = self.f(q.span[1], q.span[1] + 40)
        word = re.match(r"\s*(?:de\s+|d'\s*)([a-z]+[sx])\b", after)  # a plural noun: « de dinars », « de projets »
        persons_words = ("touristes", "visiteurs", "entrees", "arrivees", "voyageurs", "vacanciers", "personnes")
        known_after = word is not None and (word.group(1) in persons_words or word.group(1) in (
            "plus", "moins", "pres", "environ", "quelque") or any(
            0 <= c.start - q.span[1] <= 6 for c in self.cues("metric")) or any(
            0 <= c.start - q.span[1] <= 6 for c in self.m.countries))
        if word is not None and not known_after:
            return None, None  # « 1,098 milliards de dinars »: a unit (or a noun) the lexicon does not know
        weekly = self.weekly_flights(q) or self.flights_named_before(q, figures)
        if weekly is not None:
            return weekly, None
        demonym = [c for c in self.m.countries if c.form == "demonym" and 0 <= c.start - q.span[1] <= 5
                   and re.fullmatch(r"\s*(?:de\s+|d'\s*)?", self.f(q.span[1], c.start))]
        if demonym and q.value >= 100:
            return "persons", demonym[0].code
        compared = self.compared_unit(q, figures)
        if compared is not None:
            return compared, None
        people = self.counted_people(q)
        if people is not None:
            return "persons", people or None
        if figures and figures[-1].kind != "money" and q.value >= 10 and self._pronoun_en(figures[-1], q):
            return figures[-1].unit, None
        if re.match(r"\s*(?:de\s+|d'\s*)?(?:touristes|visiteurs|entrees|arrivees)", after) and q.value >= 100:
            return "persons", None
        clause = self.clause_of(q.span[0])
        named = [c for c in self.cues("metric") if c.end <= q.span[0] and self.clause_of(c.start) == clause]
        if named and self.metrics[named[-1].key].unit_kinds == ["persons"] and q.value >= 100:
            return "persons", None  # « le nombre de touristes chinois a atteint 3,5 millions »
        nationality = [c for c in self.m.countries if c.form == "demonym" and 0 <= q.span[0] - c.end <= 40
                       and re.fullmatch(r"[\s,:(]*(?:avec|soit|pour|:)?[\s(]*", self.f(c.end, q.span[0]))]
        persons_in_clause = [c for c in self.cues("metric") if c.key == "tourists" and self.clause_of(c.start) == clause]
        if nationality and persons_in_clause and q.value >= 100 and not any(
                c.key != "tourists" and self.clause_of(c.start) == clause for c in self.cues("metric")):
            return "persons", nationality[-1].code  # « Les Algériens, avec 2,7 millions, en tête des visiteurs »
        if q.value < 1000:
            return None, None
        money_before = any(c.end <= q.span[0] and "money" in self.metrics[c.key].unit_kinds
                           for c in self.cues("metric")) or any(a.end <= q.span[0] for a in self.cues("anaphora"))
        money_figure_before = any(f.kind == "money" for f in figures)
        money_metric_after = any(0 <= c.start - q.span[1] <= 6 and "money" in self.metrics[c.key].unit_kinds
                                 for c in self.cues("metric"))
        if not (money_before or money_figure_before or money_metric_after):
            return None, None

        if self.ambiguous_before(q.span[0]) is not None:
            return None, None  # « 7,9 milliards de dollars …, contre 3,2 milliards »: as ambiguous as the figure it goes on
        return self.currency_before(q.span[0]) or self.ctx.money_unit, None
    def ambiguous_before(self, position: int) -> Quantity | None:
        """« Les investissements belges au Canada représentaient 7,9 milliards de dollars, contre 3,2 milliards pour
        les capitaux canadiens en Belgique »: when the last money figure before a bare number in its sentence is in a
        currency word left ambiguous, the bare number goes on in that word, and is as ambiguous: it takes neither
        the currency of a figure before that one nor the article's (the euros of an earlier sentence)."""
        money = [x for x in self.m.quantities if x.span[0] < position and (x.kind == "ambiguous" or x.unit and
                 self.units.get(x.unit) is not None and self.units[x.unit].kind == "money")]
        return money[-1] if money and money[-1].kind == "ambiguous" else None
    def weekly_flights(self, q: Quantity) -> str | None:
        """« Plus de 200 vols de passagers relient désormais chaque semaine les deux pays », « une vingtaine
        de vols réguliers assurent par semaine la liaison »: a number of flights whose weekly rate stands
        apart in its clause counts flights per week. The rate is the number's own: no other figure stands
        between them (« 5 000 vols en 2023, soit près de 100 par semaine » is no weekly rate of 5 000)."""
        cue = next((c for c in self.cues("metric") if c.key == "flights" and 0 <= c.start - q.span[1] <= 5
                    and re.fullmatch(r"\s*(?:de\s+|d'\s*)?", self.f(q.span[1], c.start))), None)
        if cue is None:
            return None
        unit = next((u for u, d in self.units.items() if d.kind == "flights"), None)
        if unit is None:
            return None
        clause = self.clause_of(q.span[0])
        for p in self.m.periods:
            if p.kind != "rate" or p.rate != "week" or self.clause_of(p.start) != clause:
                continue
            low, high = (cue.end, p.start) if p.start >= cue.end else (p.end, q.span[0])
            if not any(low <= x.span[0] < high for x in self.m.quantities if x.kind not in ("year", "ordinal")):
                return unit
        return None
    def flights_named_before(self, q: Quantity, figures: list[Figure]) -> str | None:
        """Flights named before the number they count:

        - « porter le nombre de vols directs à 150 par semaine », « le nombre de vols hebdomadaires entre les
          deux pays à 40 »: the noun of the count before the number after « à », a weekly rate after it or
          after the noun; « porte à 24 le nombre de vols hebdomadaires »: the noun right after the number;
        - « les vols directs entre les deux pays sont passés à 48 par semaine », « les vols directs atteignent
          désormais 48 par semaine »: the flights themselves the subject of the clause, a weekly rate right
          after the number;
        - « proposent 15 vols hebdomadaires …, et prévoient de porter ce nombre à 18 »: « ce nombre », « ce
          chiffre » is the flights count of the sentence before it, and its unit.

        None when nothing says the rate is weekly (« porter le nombre de vols à 5 000 par an »), when another
        figure stands between the noun and the number, or when « ce nombre » follows no flights count in the
        sentence."""
        lead = self.f(max(self.m.start, q.span[0] - 60), q.span[0])
        after_a = re.search(r"\ba\s*$", lead) is not None
        weekly_after = any(p.kind == "rate" and p.rate == "week" and 0 <= p.start - q.span[1] <= 2
                           for p in self.m.periods)
        if not after_a and not weekly_after:
            return None  # (read first: most numbers do not follow « à », nor come before « par semaine »)
        unit = next((u for u, d in self.units.items() if d.kind == "flights"), None)
        if unit is None:
            return None
        if after_a and re.search(r"\bce(?:t|tte)?\s+(?:nombre|chiffre|total)\s+a\s*$", lead):
            previous = figures[-1] if figures else None
            return unit if previous is not None and previous.unit == unit and previous.restates is None else None
        if after_a:  # « porte à 24 le nombre de vols hebdomadaires entre les deux pays »: the count's noun after it
            named = re.match(r"\s+le\s+nombre\s+(?:de\s+|d'\s*)", self.f(q.span[1], q.span[1] + 20))
            cue = next((c for c in self.cues("metric") if named and c.key == "flights"
                        and c.start == q.span[1] + named.end()), None)
            if cue is not None:
                weekly = any(p.kind == "rate" and p.rate == "week" and 0 <= p.start - cue.end <= 2 for p in self.m.periods)
                return unit if weekly else None
        clause_start = self.clause_span(self.clause_of(q.span[0]))[0]
        cue = next((c for c in reversed(self.cues("metric")) if c.key == "flights" and clause_start <= c.start
                    and c.end <= q.span[0]), None)
        if cue is None:
            return None
        counted = re.search(r"\bnombre\s+(?:de\s+|d'\s*)$", self.f(cue.start - 12, cue.start)) is not None
        # « porter le nombre de vols à 150 » after « à »; « les vols directs entre les deux pays sont passés à 48 par
        # semaine », « les vols directs atteignent désormais 48 par semaine »: the flights themselves, their count a
        # weekly rate right after the number
        if not (counted and after_a) and not (not counted and weekly_after):
            return None
        gap = self.f(cue.end, q.span[0])
        if len(gap) > (50 if counted else 70) or re.search(r"[\d;:]", gap) or any(
                cue.end <= x.span[0] < q.span[0] for x in self.m.quantities
                if x.kind not in ("year", "ordinal") and (x.unit is not None or x.value >= 10)):
            return None  # (not « entre les deux pays »)
        weekly = any(p.kind == "rate" and p.rate == "week" and (0 <= p.start - q.span[1] <= 2 or
                                                               0 <= p.start - cue.end <= 2) for p in self.m.periods)
        return unit if weekly else None
    def compared_unit(self, q: Quantity, figures: list[Figure]) -> str | None:
        """« 16 vols par semaine entre Lisbonne et Luanda, contre 21 en 2019 », « contre quelque 750 l'an
        dernier », « quelque 440 000 à visiter le Vietnam en 2023, puis plus de 500 000 l'an dernier »,
        « environ 1,4 million … en 2019, un chiffre qui est tombé à 429 000 en 2022 »: a « contre » or « puis »
        item, or an apposition to the level before (« un chiffre qui », « un niveau ramené à »: relations.yaml
        `apposition`), whose number has no unit is the same measure as the level it is compared with or
        follows, and takes its unit, when words of its own date it (not « contre 16 avant la pandémie », which
        would take its level's period), no noun follows the number (« contre 21 destinations » counts
        something else) and the two are of one size (« 1,2 million de visiteurs, contre 1,1 » has lost its
        scale word). Money keeps its own rule (`currency_before`)."""
        lead = self.f(q.span[0] - 90, q.span[0])  # « un chiffre que la libéralisation du ciel argentin devrait porter à »
        apposed = _apposed_lead().search(lead)
        if not apposed and not _COMPARED_LEAD_END.search(lead[-30:]):
            return None  # (read first: the frames are cut only for a sentence that needs them)
        frame = self.frame(q.span[0])
        if apposed:  # « …, un chiffre qui est tombé à 429 000 en 2022 »: an apposition to the level before
            if frame.opener != "," or not _apposed_lead().fullmatch(self.f(frame.start, q.span[0])):
                return None
            led = re.search(r"\ba\s*$", lead) or any(  # « tombé à », « devrait dépasser », « a franchi la barre des »
                frame.start <= c.start and c.end <= q.span[0] and _FILLER.match(self.f(c.end, q.span[0]))
                for c in self.cues("qualifier"))
            if not led:
                return None
        elif frame.opener not in ("contre", "puis", "dont") or \
                not _COMPARED_LEAD.fullmatch(self.f(frame.start, q.span[0])):
            return None
        if not any(q.span[1] <= p.start < frame.end and (p.period is not None or p.kind == "months" or
                                                         p.kind == "same_year" and not p.offset)
                   for p in self.m.periods):  # « contre 126 en janvier », « sur l'ensemble de l'année »: dated by
            # the article
            # « contre 16 avant la pandémie », « contre 7 un an plus tôt » (a year before a level of now): when
            # no words of its own give it a period, it would take its level's, so it is left out
            return None
        if not _NO_NOUN_AFTER.match(self.f(q.span[1], q.span[1] + 20)):
            return None
        level = next((f for f in reversed(figures) if f.kind not in ("percent", "money") and f.restates is None
                      and f.end <= frame.start and f.frame.clause == frame.clause), None)
        if level is None or not level.quantity.value or not 1 / 20 <= q.value / level.quantity.value <= 20:
            return None
        return level.unit
    def counted_people(self, q: Quantity) -> str | None:
        """A count of people named by their nationality, with no noun beside the number, when a verb of travel
        says they came as visitors: « les Haïtiens, qui étaient encore 180 000 à visiter la République
        dominicaine », « n'étaient plus que 95 000 » (the subject, a nationality, counted by « être »), « plus
        de 9,3 millions d'entre eux y ont séjourné » after « les Américains », « d'entre eux » after « des
        touristes indiens » (visitors already), « ils étaient 181 000 à traverser » after a sentence on
        visitors. Persons, of the nationality named when there is one (its code, else ""). None when the
        number counts something else (« 120 d'entre elles » after « les entreprises »), when no verb of
        travel says why the people are counted (« les Algériens sont 800 000 à vivre en France »), or when
        « d'entre eux » names no nationality (« 14 millions de visiteurs ; 2 millions d'entre eux étaient
        français »: the visitors of every country, then some of them, of a nationality said after)."""
        if q.value < 100:
            return None
        start = q.span[0]
        among = _AMONG_THEM.match(self.f(q.span[1], q.span[1] + 20))
        if among is None and not _COUNTED_BY_BE.search(self.f(start - 60, start)):
            return None  # (read first: the frames are cut only for a sentence that needs them)
        clause_start, clause_end = self.clause_span(self.clause_of(start))
        later = [x.span[0] for x in self.m.quantities if x.span[0] > q.span[1] and x.kind not in ("year", "ordinal")]
        stop = min([*later, clause_end])
        if among:  # « d'entre eux »: whoever was named last
            named = self._people_named_before(self.m.start, start)
            if named is not None and not named[0]:  # « Les Bangladais restent les premiers visiteurs étrangers »
                named = self._nationality_of_visitors(named[2]) or named
            if named is None or not named[0] or named[1] == "demonym" and not self._travel_between(q.span[1], stop):
                return None  # « 14 millions de visiteurs ; 2 millions d'entre eux étaient français »: whose?
            return named[0]
        verb = _COUNTED_BY_BE.search(self.f(max(clause_start, start - 60), start))
        if verb is None:
            return None
        infinitive = re.match(r"\s*a\s+(?:se\s+|s'\s*|y\s+)?[a-z]+(?:er|ir|re)\b", self.f(q.span[1], q.span[1] + 30))
        if infinitive is None and not _NO_NOUN_AFTER.match(self.f(q.span[1], q.span[1] + 20)):
            return None
        if infinitive is not None and not self._travel_between(q.span[1], stop):
            return None  # « sont 800 000 à vivre en France »
        verb_start = max(clause_start, start - 60) + verb.start()
        named = self._people_named_before(clause_start, verb_start, subject=True)
        if named is not None:
            # a nationality counted: a verb of travel in its clause (« qui étaient encore 180 000 à visiter …,
            # n'étaient plus que 95 000 »)
            return named[0] if named[1] != "demonym" or self._travel_between(named[2], clause_end) else None
        pronoun = re.search(r"(?:^|[\s,])(?:ils|elles)\s+(?:n'\s*|ne\s+)?$", self.f(clause_start, verb_start))
        if pronoun is not None and clause_start > self.m.start and \
                re.fullmatch(r"[\s:;,]*", self.f(clause_start, clause_start + pronoun.start())):
            # « Les Kényans constituent le premier contingent de visiteurs africains en Tanzanie : ils étaient 242
            # 000 en 2023 », « Les touristes sud-africains … sont revenus : ils étaient 1,1 million »: a pronoun
            # opening a clause after « : » or « ; » takes up the visitors the clause before named
            named = self._people_named_before(self.m.start, clause_start)
            if named is not None and not named[0]:
                named = self._nationality_of_visitors(named[2])
            elif named is not None and named[1] == "demonym" and not any(
                    c.key == "tourists" and self.m.start <= c.start < clause_start for c in self.cues("metric")) and \
                    not self._travel_between(self.m.start, clause_end):
                named = None  # « Les Kényans sont nombreux à vivre en Tanzanie : ils étaient 242 000 »: not visitors
            if named is not None and named[0]:
                return named[0]
        if pronoun is not None and self.ctx.metric is not None and self.metrics[self.ctx.metric].unit_kinds == ["persons"]:
            # « ils étaient 181 000 à traverser … » after a sentence on visitors: those visitors, whose country is
            # known when that sentence counted one flow of them (« Près de 392 000 visiteurs indiens ont été
            # accueillis au Vietnam en 2023. Au cours des deux premiers mois de 2024, ils étaient déjà 68 500 »)
            return self._visitors_of_sentence_before()
        return None
    def _visitors_of_sentence_before(self) -> str:
        """The country of the visitors the sentence right before counted, when it stated one level only and
        that level is a flow of visitors with its direction; else "" (persons of no known country)."""
        last = self.ctx.last_level
        if last is None or self.ctx.sole_level_at != self.ctx.sentence - 1 or \
                self.metrics[str(last["metric"])].unit_kinds != ["persons"] or not last.get("direction"):
            return ""
        return str(last["direction"]).split(">")[0]
    def _nationality_of_visitors(self, at: int) -> tuple[str, str, int] | None:
        """« Les Bangladais restent de loin les premiers visiteurs étrangers de l'Inde », « les Sud-Coréens sont le
        premier contingent de visiteurs étrangers aux Philippines »: visitors named with no country (at `at`), the
        predicate of a nationality that is the subject of their clause (cues.yaml `predicate_verbs`), are that
        nationality: (its code, "visitors", where). None when no such subject stands before them, or another
        figure, country or metric stands between."""
        clause_start = self.clause_span(self.clause_of(at))[0]
        subject = next((c for c in reversed(self.m.countries) if clause_start <= c.start < at), None)
        if subject is None or subject.form != "demonym" or subject.role != "subject":
            return None
        between = self.f(subject.end, at)
        if re.search(r"[\d;:()]", between) or any(subject.end <= c.start < at for c in self.cues("metric")):
            return None
        verbs = "|".join(re.escape(fold(v)) for v in lexicon.cues().get("predicate_verbs", [])) or "(?!x)x"
        if not re.match(rf"\s*,?\s*(?:{verbs})\b", between):
            return None
        return subject.code, "visitors", at
    def _travel_between(self, start: int, end: int) -> bool:
        return any(start <= c.start < end for c in self.cues("travel"))
    def _people_named_before(self, start: int, end: int, subject: bool = False) -> tuple[str, str, int] | None:
        """The last noun of people named between two offsets, as (country code or "", how, where): a
        nationality (« les Haïtiens »: "demonym"), or visitors (« des touristes indiens »: the adjective's
        country, "visitors"); None when the last thing named there is not people (companies, projects,
        another metric). `subject`: the nationality must be a subject (not « vers les Haïtiens »)."""
        named: list[tuple[int, tuple[str, str, int] | None]] = []
        for c in self.m.countries:
            if start <= c.start < end and c.form == "demonym" and (not subject or c.role == "subject"):
                named.append((c.start, (c.code, "demonym", c.start)))
        for cue in self.cues("metric"):
            if start <= cue.start < end:
                if self.metrics[cue.key].unit_kinds != ["persons"]:
                    named.append((cue.start, None))
                    continue
                adjective = next((c.code for c in self.m.countries if c.form == "adjective"
                                  and 0 <= c.start - cue.end <= 2), "")
                named.append((cue.start, (adjective, "visitors", cue.start)))
        named.extend((c.start, None) for c in self.cues("counted") if start <= c.start < end)
        if not named:
            return None
        return max(named, key=lambda item: item[0])[1]
    def currency_before(self, position: int) -> str | None:
        """The currency of the last money figure before `position` in the sentence that is not a restatement:
        « 227,8 milliards de dollars (environ 210 milliards d'euros) en 2023, contre 190 milliards en 2022 »
        compares 190 milliards with the dollars, not with their restatement in euros."""
        money = [x for x in self.m.quantities if x.unit and x.span[0] < position and self.units.get(x.unit)
                 is not None and self.units[x.unit].kind == "money"]
        for index in range(len(money) - 1, -1, -1):
            x = money[index]
            if index and money[index - 1].unit != x.unit and self._restates(money[index - 1].span[1], x.span[0]):
                continue
            return x.unit
        return None
    def _restates(self, end: int, start: int) -> bool:
        return restates(self.m, end, start)
    def _pronoun_en(self, previous: Figure, q: Quantity) -> bool:
        between = self.f(previous.end, q.span[0])
        return bool(re.search(r"(?:\bd'|\b)en\s+[a-z]+(?:\s+(?:plus|pres|environ)\s*(?:de|d')?)?\s*$", between))
    def _is_range_start(self, q: Quantity, following: Quantity | None) -> bool:
        """« entre 2 et 3 milliards », « de 10-15 % »: two numbers that bound one figure."""
        if following is None:
            return False
        before = self.f(max(self.m.start, q.span[0] - 8), q.span[0])
        between = self.f(q.span[1], following.span[0]).strip()
        if re.search(r"\bentre\s*$", before) and between == "et":
            return True
        return between in ("-", "–", "a") and q.unit in (None, following.unit) and q.kind != "money" \
            and re.search(r"\b(?:de|d')\s*$", before) is not None and following.unit == "%"
    def _is_from_to(self, q: Quantity, following: Quantity) -> bool:
        """« de 1.440 milliards à 4.982 milliards Fcfa »: the first number takes the second's unit."""
        before = self.f(max(self.m.start, q.span[0] - 12), q.span[0])
        between = self.f(q.span[1], following.span[0]).strip()
        return bool(re.search(r"\b(?:de|d')\s*$", before)) and between in ("a", "et")
    def _per_unit(self, figure: Figure) -> str | None:
        """« 35 000 dollars la tonne », « 70 000 dollars par tonne », « 900 FCFA le kilo »: the unit a money
        figure is the price of, right after it."""
        for cue in self.cues("per_unit"):
            if 0 <= cue.start - figure.end <= 3 and not self.f(figure.end, cue.start).strip():
                return self.m.original(figure.start, cue.end)
        return None
    def qualifier_of(self, start: int, floor: int) -> tuple[str, str | None]:
        """The qualifier cue right before a figure (« plus de », « près d' », « environ », « a dépassé
        les », « franchi la barre des »), with only articles and filler words in between; a negated cue
        reads the other way (`qualifier_reading`), and one that cannot be turned is `exact` here."""
        qualifier, cue = self.qualifier_reading(start, floor)
        return (qualifier, cue) if qualifier is not None else ("exact", cue)
    def qualifier_reading(self, start: int, floor: int) -> tuple[str | None, str | None]:
        """`qualifier_of`, with negation (`cue_reading`); a count in round tens or hundreds with no other
        cue (« une vingtaine de vols », « un millier de touristes », « ont atteint une centaine ») is a
        round figure: approx. « plus d'une centaine » keeps its cue (more than). A threshold crossed after
        its figure (« le cap des 15 milliards a été franchi ») reads as its cue before it (`crossed_threshold`)."""
        qualifier, cue = self.cue_reading(start, floor)
        if qualifier == "exact":
            counted = next((q for q in self.m.quantities if q.span[0] == start), None)
            if counted is not None and counted.collective:
                words = re.match(r"\S+\s+\S+", counted.text)
                return "approx", words.group() if words else counted.text
            if counted is not None and cue is None:
                crossed = self.crossed_threshold(counted)  # « Le cap des 15 milliards avait été franchi »
                if crossed is not None:
                    return crossed
        return qualifier, cue
    def cue_reading(self, start: int, floor: int) -> tuple[str | None, str | None]:
        """The cue before a figure, with negation: « n'ont pas dépassé 700 millions » is at most 700 millions,
        « ne dépassent pas », « ne devraient pas franchir la barre des », « sans dépasser » too; « n'ont pas
        atteint 50 millions » less than 50 millions; « n'ont guère dépassé 120 millions » about 120
        millions; « ne pèsent plus que 2 milliards » only 2 milliards (exact). A negated cue that has no
        reading the other way (« ne s'élève pas à ») gives None: the words say only what it is not."""
        found = [c for c in self.cues("qualifier") if floor <= c.start and c.end <= start]
        for cue in reversed(found):
            negation = _negation()
            gap = without_asides(self.gap_without_periods(cue.end, start))
            lead_start = max(floor, cue.start - 80, self.m.start)
            lead = self.f(lead_start, cue.start)
            if _FILLER.match(gap):
                if cue.key == "more_than" and fold(cue.text) in negation.restrictive and \
                        negation.restrictive_lead.search(lead):
                    return "exact", cue.text  # « ne pèsent plus que 2 milliards »: only
                match = negation.before.search(lead) or negation.without.search(lead)
                if match is None:
                    return cue.key, cue.text
                word = match.groupdict().get("neg") or "sans"
                text = self.m.original(lead_start + match.start(), cue.end)
            else:
                after = negation.after.match(gap)  # « ne dépassent pas 50 millions »
                particle = negation.particle.search(lead)
                if after is None or particle is None or not _FILLER.match(gap[after.end():]):
                    break
                word = after.group("neg")
                text = self.m.original(lead_start + particle.start(), cue.end + after.end())
            if re.sub(r"\s+", " ", word) in negation.hardly:
                return "approx", text
            key = "reach" if cue.key == "exact" and fold(cue.text) in negation.reach else cue.key
            return negation.turns.get(key), text
        lead_start = max(floor, start - 80, self.m.start)
        negated = _negation().figure.search(self.f(lead_start, start))
        if negated is not None:  # « ne s'élèvent pas à 5 milliards »: what it is not
            word = re.sub(r"\s+", " ", negated.group("neg"))
            text = self.m.original(lead_start + negated.start(), start).strip()
            return ("approx" if word in _negation().hardly else None), text
        stripped = self.f(floor, start).rstrip()
        if stripped.endswith(("~", "≈")):
            return "approx", stripped[-1]
        return "exact", None
    def crossed_threshold(self, q: Quantity) -> tuple[str | None, str] | None:
        """« Le cap des 15 milliards de dollars avait été franchi pour la première fois en 2022 », « la barre du
        milliard n'a jamais été dépassée »: a threshold named right before its figure and crossed after it, in
        the passive, says what the participle would say before the figure (more than), turned over by a
        negation (at most; « n'a guère été dépassé »: about). (qualifier, the words that say it), the qualifier
        None for a negation with no reading the other way; None when the words are not that construction: no
        threshold noun before the figure (« 15 milliards de dollars ont été dépassés » is no threshold), no
        passive, or another figure before the participle (qualifiers.yaml `threshold`)."""
        threshold = _threshold()
        if not threshold.noun.search(self.f(max(self.m.start, q.span[0] - 30), q.span[0])):
            return None
        clause_end = self.clause_span(self.clause_of(q.span[0]))[1]
        later = [x.span[0] for x in self.m.quantities if x.span[0] >= q.span[1] and x.kind not in ("year", "ordinal")]
        stop = min([clause_end, q.span[1] + 120, *later])
        window = self.f(q.span[1], stop)
        found = threshold.participle.search(window)
        passive = threshold.passive.search(window[:found.start()]) if found is not None else None
        if found is None or passive is None:
            return None
        key = threshold.says[re.sub(r"\s+", " ", found.group("word"))]
        text = self.m.original(q.span[1], q.span[1] + found.end()).strip(" ,")
        negation = _negation()
        negated = negation.before.search(window[:found.start()])
        word = negated.group("neg") if negated is not None else None
        if word is None:  # « Le cap des 30 milliards, jamais franchi, »: a participle negated with no « ne »
            word = next((w for w in passive.group().split() if w in negation.words_folded), None)
        if word is None:
            return key, text
        if re.sub(r"\s+", " ", word) in negation.hardly:
            return "approx", text
        return negation.turns.get(key), text
    def gap_without_periods(self, start: int, end: int) -> str:
        """The folded words between a qualifier verb and its figure, less the periods that stand between
        them: « a dépassé l'an dernier les 153 milliards », « a franchi en 2024 la barre des », « a
        dépassé, au premier semestre, les » are the verb's figure as much as « a dépassé les 153
        milliards ». A period is no word of the figure's: the verb still reaches over it."""
        parts, position = [], start
        for p in self.m.periods:
            if position <= p.start and p.end <= end:
                parts.append(_PERIOD_LEAD.sub("", self.f(position, p.start)))  # « en 2024 », « au cours de »
                position = p.end
        parts.append(self.f(position, end))
        return " ".join(parts)
    def _link_restatements(self, figures: list[Figure]) -> None:
        """« 740 millions d'euros (485 milliards de FCFA) », « 5,28 milliards de dollars, soit environ
        3 250 milliards FCFA », « soit l'équivalent de 2,79 milliards de dollars »: a money figure in
        another currency right after a money figure, in a parenthesis or after « soit », is the same
        figure restated. It keeps its own qualifier when it has one, else takes its companion's."""
        for index in range(1, len(figures)):
            figure, previous = figures[index], figures[index - 1]
            if figure.kind != "money" or previous.kind != "money" or figure.unit == previous.unit:
                continue
            if not self._restates(previous.end, figure.start):
                continue
            figure.restates = index - 1
            if figure.qualifier == "exact" and previous.qualifier != "exact" and previous.qualifier != "range":
                figure.qualifier, figure.cue = previous.qualifier, previous.cue
