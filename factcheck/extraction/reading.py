"""Reading one sentence: each figure gets the metric, countries, direction, period and modality of its
own frame, inheriting from the frames around it only what it lacks (see `frames`).

Each rule is a method named after what it reads, with the French construction it handles in its
docstring; every word it looks for comes from the lexicons. The reader is precise before it is
complete: a figure whose metric, pair or period cannot be read with confidence is left out, with a
reason (`LeftOut`), never guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from factcheck import lexicon
from factcheck.extraction.frames import Frame, frame_at, sentence_frames
from factcheck.extraction.mentions import CountryMention, Cue, SentenceMentions, factor_of
from factcheck.extraction.numbers import Quantity
from factcheck.extraction.text import fold
from factcheck.extraction.periods import PeriodMention, Published, resolve_months
from factcheck.lexicon import Policy
from factcheck.model import MAX_FIGURE, Period, format_period

_FILLER = re.compile(r"^(?:\s|le|la|les|l'|un|une|de|d'|du|des|a|au|aux|soit|leur|leurs|ce|cette|barre|seuil|"
                     r"cap|niveau|plus|moins|montant|total|valeur|record|nouveau|historique|niveau record|"
                     r"pour|premiere|fois|deja|largement|nettement|legerement|ainsi|officiellement|encore|"
                     r"desormais|meme|symbolique|[,(])*$")
_CONDITIONAL = re.compile(r"\b[a-z]{3,}(?:rait|raient|ront)\b")
_NOT_CONDITIONAL = frozenset({"portrait", "retrait", "extrait", "attrait", "abstrait", "distrait", "soustrait",
                              "trait"})
_POST_METRIC = re.compile(r"^\s*(?:\([^)]*\)\s*)?(?:de\s+|d'\s*|des\s+|du\s+|en\s+termes\s+d'\s*|en\s+termes\s+de\s+)")
_SHARE_AFTER = re.compile(r"^\s*(?:de\s+la\s+|de\s+l'\s*|des\s+|du\s+|de\s+|d'\s*)(?!hausse|baisse|plus|moins)[a-z]")
# between a metric noun and the adjective that says whose it is: other adjectives, and a coordinated
# adjective after a parenthesised figure (« arrivées libyennes (-6,7 %) et marocaines (-14,2 %) »)
_ADJECTIVE_GAP = re.compile(r"(?:[\w\s'-](?<!\d))*?(?:\s*\([^)]*\)\s*(?:et|,|ou)\s+)?(?:[a-z'-]+\s+)?")
_AT_LEAST_AFTER = re.compile(r"[^,;]{0,25}?,?\s*(?:voire|ou\s+meme|sinon)\s+(?:le\s+|la\s+|les\s+|l'\s*)?"
                             r"(?:depasser|davantage|plus|exceder|surpasser)\b")
_MORE_THAN_AFTER = re.compile(r"^\s*(?:de\s+plus|de\s+moins|supplementaires?)\b")


@dataclass
class Figure:
    """A number of the sentence that can be a claim: a level (money, persons, flights, mass) or a
    percentage, with its qualifier and, for a range, both bounds."""

    quantity: Quantity
    kind: str  # money | persons | flights | mass | percent
    unit: str | None
    frame: Frame
    qualifier: str = "exact"
    cue: str | None = None
    low: float | None = None
    high: float | None = None
    end: int = 0
    origin: str | None = None  # « 424 000 Allemands »: the nationality the unit itself names
    restates: int | None = None  # index of the figure this one restates in another currency

    @property
    def start(self) -> int:
        return self.quantity.span[0]


@dataclass
class Flow:
    """The countries of a figure: the pair, and the direction for a directional metric."""

    countries: tuple[str, ...]
    direction: str | None
    owner: str | None = None  # the country whose flow it is (exporter, importer, investor, visitors' origin)
    inferred: bool = False  # the other end came from the article's pair, not the words


@dataclass
class LeftOut:
    """A figure extraction saw and did not turn into a claim, and why (`code` is a stable kebab-case
    name of the reason, for counting and for programs)."""

    span: tuple[int, int]
    text: str
    reason: str

    @property
    def code(self) -> str:
        return left_out_code(self.reason)


_LEFT_OUT_CODES = (  # reason prefix -> code; the first that matches
    ("no publication date", "no-publication-date"), ("no period", "no-period"), ("no metric", "no-metric"),
    ("its subject", "unknown-subject"), ("another pair", "another-pair"), ("only ", "one-country-only"),
    ("a national total", "national-total"), ("about a region", "region"), ("a product line", "product-line"),
    ("a share", "share"), ("a percentage with no word", "no-change-word"), ("a difference", "difference"),
    ("a change of a count", "count"), ("a count of", "count"), ("a number without a unit", "no-unit"),
    ("« importations »", "ambiguous-direction"), ("no country of origin", "no-origin"),
    ("no country says", "no-direction"), ("the same country", "no-direction"), ("a balance", "no-direction"),
    ("restates a figure", "restates-left-out"), ("currency « ", "ambiguous-currency"), ("the change of a figure", "change-of-left-out"),
    ("a change of something", "no-metric"), ("a change of a target", "open-target"),
    ("a change that cannot", "not-a-ratio"), ("a target or forecast whose", "open-target"),
)


def left_out_code(reason: str) -> str:
    """The stable code of a left-out reason."""
    if " was not over when" in reason:
        return "period-not-over"
    for prefix, code in _LEFT_OUT_CODES:
        if reason.startswith(prefix):
            return code
    return "other"


@dataclass
class Draft:
    """A claim before ids and intervals: the record's fields, where its figure is, and notes."""

    claim: dict[str, object]
    figure: tuple[int, int]
    notes: list[str] = field(default_factory=list)
    restates: int | None = None  # index (in the sentence's drafts) of the claim this one restates


@dataclass
class Context:
    """What carries from one sentence to the next inside an article."""

    published: Published | None
    pair: tuple[str, ...]
    host: str | None = None  # the country tourists arrive in, when the article says
    money_unit: str | None = None
    metric: str | None = None  # the metric of the sentence before ("ce chiffre", « elles »)
    owner: dict[str, str] = field(default_factory=dict)  # the last owner of a flow, per metric
    direction: dict[str, str] = field(default_factory=dict)
    period: str | None = None  # the period of the sentences before, in this paragraph
    as_of: str | None = None
    article_period: str | None = None  # the period of the article's first dated claim
    paragraph: int = -1
    bilateral: bool = False  # the sentence before made a claim about the pair
    topics: set[tuple[str, str]] = field(default_factory=set)  # (metric, owner) the title announced
    last_level: dict[str, object] | None = None  # the last level claim, for « L'évolution est de +23,6 % »
    sentence: int = 0  # the number of the sentence being read
    recent_flows: dict[str, tuple[str, str | None, int]] = field(default_factory=dict)  # metric -> (direction, owner, sentence)
    subjects: dict[str, tuple[str, int]] = field(default_factory=dict)  # metric -> (the country acting, sentence)
    counts_to: dict[str, str] = field(default_factory=dict)  # year -> the day a count so far runs to
    last_partner: str | None = None  # the partner of the last flow read (« ce pays », « ce même pays »)
    # for a headline read again: (figure, unit, metric) -> the body's (period, as_of) for that figure
    headline_periods: dict[tuple[float, str, str], tuple[str, str | None]] = field(default_factory=dict)


class SentenceReader:
    """Reads the figures of one sentence into drafts and left-out figures."""

    def __init__(self, mentions: SentenceMentions, context: Context, policy: Policy) -> None:
        self.m = mentions
        self.ctx = context
        self.policy = policy
        self._frames: list[Frame] | None = None  # cut on first use: most sentences hold no figure
        self.metrics = lexicon.metrics()
        self.units = lexicon.units()
        self.left_out: list[LeftOut] = []
        self.consumed: set[int] = set()  # starts of periods a comparison uses as its base
        self.bases: list[tuple[int, str]] = []  # (position, base period) of the comparisons read
        self.sentence_flows: dict[str, Flow] = {}  # the last flow read in this sentence, per metric
        self.restating_starts: set[int] = set()  # figures that restate the one before in another currency
        self.ambiguous: str | None = None  # the country of an « importations du X » that could be either end
        self.sentence_period: tuple[str, str | None] | None = None  # (period, as_of) the sentence is about
        self.level_periods: list[tuple[int, str]] = []  # (position, period) of the levels read so far
        self.level_phrases: list[tuple[int, int, int, bool]] = []  # phrases of the levels read so far
        self.base_rule: str | None = None  # « sur un mois », « sur un an »: the comparison the sentence uses
        self._marked = False

    @property
    def frames(self) -> list[Frame]:
        if self._frames is None:
            self._frames = sentence_frames(self.m)
        return self._frames

    # -- small helpers --------------------------------------------------------------------------------
    def f(self, start: int, end: int) -> str:
        return self.m.f(start, end)

    def cues(self, family: str) -> list[Cue]:
        return self.m.of(family)

    def frame(self, position: int) -> Frame:
        return frame_at(self.frames, position)

    def clause_of(self, position: int) -> int:
        return self.frame(position).clause

    def clause_span(self, clause: int) -> tuple[int, int]:
        frames = [f for f in self.frames if f.clause == clause]
        return frames[0].start, frames[-1].end

    def leave_out(self, figure: Figure | Quantity, reason: str) -> None:
        q = figure.quantity if isinstance(figure, Figure) else figure
        self.left_out.append(LeftOut(q.span, q.text, reason))

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
                figure.qualifier, figure.cue = self.qualifier_of(q.span[0], floor)
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
                if unit is None and q.kind == "number" and (abs(q.value) >= 100 or self._counted(q)):
                    self.leave_out(q, self._bare_number_reason(q))  # not « les deux pays »
                floor = q.span[1]
                continue
            figure = Figure(q, definition.kind, unit, self.frame(q.span[0]), end=q.span[1], origin=origin)
            figure.qualifier, figure.cue = self.qualifier_of(q.span[0], floor)
            if figure.qualifier == "exact" and _AT_LEAST_AFTER.match(self.f(q.span[1], q.span[1] + 40)):
                figure.qualifier, figure.cue = "at_least", "voire le dépasser"  # « atteindre 200 milliards, voire le dépasser »
            if self._is_range_start(q, following) and following is not None:
                low = _scaled_like(q.value, following)
                figure.qualifier, figure.low, figure.high, figure.end = "range", low, following.value, \
                    following.span[1]
                figure.quantity = replace(q, value=low)
                skip = True
            if definition.kind == "money":
                self.ctx.money_unit = unit
            figures.append(figure)
            floor = figure.end
        self._link_restatements(figures)
        self.restating_starts = {f.start for f in figures if f.restates is not None}
        return figures

    def _counted(self, q: Quantity) -> bool:
        return any(0 <= c.start - q.span[1] <= 3 for c in self.cues("counted"))

    def _bare_number_reason(self, q: Quantity) -> str:
        after = self.f(q.span[1], q.span[1] + 30)
        counted = [c for c in self.cues("counted") if 0 <= c.start - q.span[1] <= 3]
        if counted:
            return f"a count of {counted[0].text}, not a metric of the lexicon"
        return "a number without a unit" + (f" (« {after.strip()[:20]} »)" if after.strip() else "")

    def unit_of_bare_number(self, q: Quantity, following: Quantity | None,
                            figures: list[Figure]) -> tuple[str | None, str | None]:
        """The unit a number written without one takes:

        - « entre 2 et 3 milliards de dollars », « de 1.440 milliards à 4.982 milliards Fcfa »: the
          unit of the second number of a range or a « de X à Y » pair;
        - « les 424 000 Allemands », « 7,3 millions de Sud-Coréens »: persons of that nationality;
        - « 26,7 milliards » after a money figure or a money metric: the currency of the sentence or
          the article so far;
        - « d'en accueillir 500 000 »: the pronoun « en » stands for the unit of the figure before.
        """
        if following is not None and following.unit and (self._is_range_start(q, following) or
                                                         self._is_from_to(q, following)):
            return following.unit, None
        after = self.f(q.span[1], q.span[1] + 40)
        word = re.match(r"\s*(?:de\s+|d'\s*)([a-z]+[sx])\b", after)  # a plural noun: « de dinars », « de projets »
        persons_words = ("touristes", "visiteurs", "entrees", "arrivees", "voyageurs", "vacanciers", "personnes")
        known_after = word is not None and (word.group(1) in persons_words or word.group(1) in (
            "plus", "moins", "pres", "environ", "quelque") or any(
            0 <= c.start - q.span[1] <= 6 for c in self.cues("metric")) or any(
            0 <= c.start - q.span[1] <= 6 for c in self.m.countries))
        if word is not None and not known_after:
            return None, None  # « 1,098 milliards de dinars »: a unit (or a noun) the lexicon does not know
        demonym = [c for c in self.m.countries if c.form == "demonym" and 0 <= c.start - q.span[1] <= 5
                   and re.fullmatch(r"\s*(?:de\s+|d'\s*)?", self.f(q.span[1], c.start))]
        if demonym and q.value >= 100:
            return "persons", demonym[0].code
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

        money = [x.unit for x in self.m.quantities if x.unit and self.units.get(x.unit) is not None
                 and self.units[x.unit].kind == "money" and x.span[0] < q.span[0]]
        return (money[-1] if money else self.ctx.money_unit), None

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

    def qualifier_of(self, start: int, floor: int) -> tuple[str, str | None]:
        """The qualifier cue right before a figure (« plus de », « près d' », « environ », « a dépassé
        les », « franchi la barre des »), with only articles and filler words in between."""
        found = [c for c in self.cues("qualifier") if floor <= c.start and c.end <= start]
        for cue in reversed(found):
            if _FILLER.match(self.f(cue.end, start)):
                return cue.key, cue.text
            break
        stripped = self.f(floor, start).rstrip()
        if stripped.endswith(("~", "≈")):
            return "approx", stripped[-1]
        return "exact", None

    def _link_restatements(self, figures: list[Figure]) -> None:
        """« 740 millions d'euros (485 milliards de FCFA) », « 5,28 milliards de dollars, soit environ
        3 250 milliards FCFA », « soit l'équivalent de 2,79 milliards de dollars »: a money figure in
        another currency right after a money figure, in a parenthesis or after « soit », is the same
        figure restated. It keeps its own qualifier when it has one, else takes its companion's."""
        for index in range(1, len(figures)):
            figure, previous = figures[index], figures[index - 1]
            if figure.kind != "money" or previous.kind != "money" or figure.unit == previous.unit:
                continue
            between = self.f(previous.end, figure.start)
            if not re.fullmatch(r"\s*(?:\(\s*(?:soit|c'est-a-dire)?|,?\s*soit|,?\s*c'est-a-dire|,?\s*ou)\s*"
                                r"(?:environ|pres\s+de|plus\s+de|quelque|l'\s*equivalent\s+de|a\s+peu\s+pres|"
                                r"autour\s+de)?\s*(?:d'\s*environ\s*)?", between):
                continue
            figure.restates = index - 1
            if figure.qualifier == "exact" and previous.qualifier != "exact" and previous.qualifier != "range":
                figure.qualifier, figure.cue = previous.qualifier, previous.cue

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
        line (« les exportations de pétrole raffiné ») or a count of companies."""
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
        return cue.text.lower() in ("produits", "produit", "biens", "marchandises") and any(
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

    # -- countries and direction ----------------------------------------------------------------------
    def flow_of(self, metric: str, figure: Figure, cue_at: int | None) -> Flow | str:
        """The pair and direction of a figure, or the reason it cannot be read.

        Directions come from the figure's own words: an adjective or nationality right after the metric
        (« exportations vietnamiennes », « touristes kazakhs », « les Algériens »), a preposition before
        a country (« vers le Maroc », « en provenance du Laos », « du Vietnam » right after the metric),
        a subject (« Le Maroc a exporté »), a pronoun (« ses importations »: the country of the clause
        before; « y », « ce pays »: the other one), « dans le sens inverse », or the item it is
        coordinated with (« les exportations du Vietnam vers le Laos ..., et les importations »: the
        same reporter). A figure about another pair belongs to that pair, or is left out."""
        definition = self.metrics[metric]
        mentions = self.countries_in_scope(figure, cue_at)
        if not definition.directional:
            return self.trade_flow(figure, mentions)
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

    def countries_in_scope(self, figure: Figure, cue_at: int | None) -> list[CountryMention]:
        """The countries that can speak for a figure: from its metric phrase (or its item's start) to
        the end of its item; for a sentence-initial « Avec 767 000 entrées, les Français ... », the rest
        of the clause when the item names none."""
        start = figure.frame.start
        if figure.frame.parenthesis and figure.frame.index > 0:  # « les Allemands (329 243, +8,7 %) »
            opening = [f for f in self.frames[:figure.frame.index] if not f.parenthesis]
            if opening:
                start = opening[-1].start
        if cue_at is not None and cue_at < start and self.clause_of(cue_at) == figure.frame.clause:
            start = self.frame(cue_at).start
        end = figure.frame.end
        if figure.frame.opener == "," and figure.frame.index + 1 < len(self.frames) and \
                self.frames[figure.frame.index + 1].opener == ",":
            # an incise (« exporte ses produits – pour 90 millions de dollars – vers Addis-Abeba »): the
            # complements after it, up to the next figure or metric, are still the figure's
            limit = min([q.span[0] for q in self.m.quantities if q.span[0] > figure.end and q.kind not in ("year", "ordinal")]
                        + [c.start for c in self.cues("metric") if c.start > figure.end]
                        + [self.clause_span(figure.frame.clause)[1]])
            end = max(end, limit)
        found = [c for c in self.m.countries if start <= c.start < end and not self._in_other_level(c, figure)]
        first_item = figure.frame.index == 0 or self.frames[figure.frame.index - 1].clause != figure.frame.clause
        if not found and first_item:  # « Avec 767 000 entrées, les Français sont restés en tête »
            clause_end = self.clause_span(figure.frame.clause)[1]
            next_figure = min([q.span[0] for q in self.m.quantities if q.span[0] > figure.end
                               and q.kind not in ("year", "ordinal")] + [clause_end])
            found = [c for c in self.m.countries if end <= c.start < next_figure]
        return found

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
        owner = origin = destination = genitive = None
        metric_cues = [c for c in self.cues("metric") if c.key == metric]
        # « celles de la France vers la Pologne »: the pronoun stands for the metric noun
        metric_cues += [Cue(c.start, c.end, "metric", metric, c.text) for c in self.cues("same_metric_pronouns")]
        market = self.cues("tourism_market") if metric == "tourists" else \
            self.cues("investors") if metric == "investment" else []
        nouns = [*metric_cues, *market]
        described: list[CountryMention] = []  # nationalities and adjectives that say whose flow it is
        for c in mentions:
            if c.form in ("adjective", "demonym"):
                noun = [n for n in nouns if 0 <= c.start - n.end <= 45 and _ADJECTIVE_GAP.fullmatch(self.f(n.end, c.start))
                        and not re.search(r"\b(?:de|du|des|vers|en|au|aux|avec|d')\b", self.f(n.end, c.start))]
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
            elif c.role == "to" and metric == "imports" and not re.search(r"\bvers\s+(?:le|la|les|l')?\s*$",
                                                                          self.f(c.start - 12, c.start)):
                origin = origin or c.code  # « les achats indonésiens au Japon », « importés en Chine »
            elif c.role == "to":
                destination = destination or c.code
            elif c.role == "genitive":
                if any(0 <= c.start - n.end <= 8 for n in metric_cues):
                    if metric == "imports" and owner is None:
                        genitive = genitive or c.code  # « importations du Vietnam »: whose imports, or from it?
                    else:
                        owner = owner or c.code
                elif metric in ("exports", "imports") and any(
                        0 <= c.start - n.end <= 25 and re.fullmatch(r"\s*(?:d'|de\s+|des\s+|du\s+)?[\w\s-]{0,15}"
                                                                     r"(?:de|du|des|d')\s*", self.f(n.end, c.start))
                        for n in metric_cues) and metric == "imports" and owner is not None:
                    origin = origin or c.code  # « importations tunisiennes de l'Italie »
            elif c.role == "subject":
                if cue_at is not None and c.start < cue_at and self.clause_of(c.start) == self.clause_of(cue_at):
                    owner = owner or c.code
                elif cue_at is not None and cue_at < c.start < figure.start and metric == "investment" and \
                        self.frame(cue_at).index < self.frame(c.start).index:
                    owner = owner or c.code  # « Sur le plan d'investissement, le Vietnam recense … cumulant 2,92 »
        if not described and metric == "tourists":  # « sur le marché russe : là, les entrées ont été … »
            for c in self.m.countries:
                if c.start < figure.start and c.form in ("adjective", "demonym") and any(
                        0 <= c.start - n.end <= 20 and _ADJECTIVE_GAP.fullmatch(self.f(n.end, c.start))
                        for n in self.cues("tourism_market")):
                    described.append(c)
        if metric == "imports":  # « les importations vietnamiennes de produits cambodgiens »: from Cambodia
            goods = [c for c in mentions for g in self.cues("product") if c.form == "adjective" and
                     0 <= c.start - g.end <= 2 and g.text.lower() in ("produits", "produit", "biens", "marchandises")]
            if goods:
                origin = origin or goods[0].code
                described = [c for c in described if c.code != goods[0].code]
        if described and owner is None:  # the nearest to the figure: « les Algériens …, puis des Français (974 000) »
            before = [c for c in described if c.start < figure.start]
            owner = (before[-1] if before else described[0]).code
        if owner is None and origin is None and destination is None and cue_at is not None:
            # « l'Italie s'impose comme premier fournisseur de la Tunisie, avec des exportations atteignant … »
            clause_start = self.clause_span(self.clause_of(cue_at))[0]
            subjects = [c for c in self.m.countries if c.role == "subject" and c.form in ("name", "periphrasis", "capital")
                        and clause_start <= c.start < cue_at and c.code in self.ctx.pair]
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
        if origin is None and destination is None or figure.frame.opener == "contre":
            same = self.sentence_flows.get(metric)  # « contre 630 000 en 2019 »: the flow it is compared with
            if same is not None and same.direction:
                return Flow(same.countries, same.direction, same.owner, inferred=same.inferred)
            parallel = self.parallel_owner(metric, figure)
            if parallel is None:
                recent = self.ctx.recent_flows.get(metric)
                if recent is not None and self.ctx.sentence - recent[2] <= 2 and not self.m.countries and \
                        metric in ("exports", "imports"):
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
        if figure.frame.opener in ("et", ",", "puis", "(") or self.frame(figure.start).clause > 0 or \
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

    def trade_flow(self, figure: Figure, mentions: list[CountryMention]) -> Flow | str:
        """Total trade is about the article's pair, unless the figure's clause names other countries
        (« La Chine et les États-Unis se sont classés premier et deuxième avec 267,66 milliards »):
        then it is left out."""
        pair = self.ctx.pair
        if len(pair) != 2:
            return "the article's two countries are not known"
        clause = figure.frame.clause
        start, end = self.clause_span(clause)
        named = {c.code for c in self.m.countries if start <= c.start < end}
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
        word = self.balance_word(cue_at)
        favour = [c for c in self.m.countries for cue in self.cues("in_favour") if 0 <= c.start - cue.end <= 6]
        if favour and favour[0].code in pair:
            winner = favour[0].code
            return Flow(pair, f"{winner}>{next(c for c in pair if c != winner)}", winner)
        owner = None
        partner = None
        for c in mentions:
            if c.role == "with" and c.form != "capital" and c.start < figure.start:
                partner = c.code  # the nearest before the figure: « … supérieur à son excédent avec les États-Unis, à 25,4 milliards »
            elif c.role == "genitive" and cue_at is not None and 0 <= c.start - cue_at <= 30:
                owner = owner or c.code
            elif c.role == "subject" and (cue_at is None or c.start < cue_at):
                owner = owner or c.code
        if owner is None:
            clause_start = self.clause_span(figure.frame.clause)[0]
            subjects = [c for c in self.m.countries if c.role == "subject" and c.form != "adjective"
                        and self.clause_of(c.start) == figure.frame.clause and c.start >= clause_start]
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
        if word == "surplus":
            return Flow(pair, f"{owner}>{other}", owner)
        return Flow(pair, f"{other}>{owner}", owner)

    def balance_word(self, cue_at: int | None) -> str | None:
        if cue_at is None:
            return None
        word = self.f(cue_at, cue_at + 12)
        if word.startswith("excedent"):
            return "surplus"
        if word.startswith("deficit"):
            return "deficit"
        return "balance"

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
            if _is_verb(cue.text):
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
        étaient de 3,25 milliards »: the level in the « où » clause is the comparison's base."""
        frame = figure.frame
        if frame.opener != "où" and not re.search(r"\bannee\s+ou\b|,\s*ou\b", self.f(frame.start - 12, frame.start + 4)):
            return None
        bases = [b for position, b in self.bases if position < figure.start]
        if bases:
            return bases[-1]
        compared = [p for p in self.m.periods if p.start in self.consumed and p.end <= figure.start]
        levels = [period for position, period in self.level_periods if position < figure.start]
        if not compared or not levels:
            return None
        mention, main = compared[-1], levels[-1]
        if mention.kind == "same_period":
            return _shift_to_year(main, int(mention.period) if mention.period else int(main[:4]) - 1)
        if mention.kind == "same_year":
            return _shift_to_year(main, int(main[:4]) + (mention.offset or 0))
        if mention.kind == "point" and mention.period:
            if self.ctx.published and mention.period[:4] not in mention.text:  # « l'année d'avant »
                return _shift_to_year(main, int(main[:4]) - 1)
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

    # -- modality -------------------------------------------------------------------------------------
    def modality_cue(self, position: int) -> Cue | None:
        """The target or forecast cue a figure's modality comes from, if any."""
        clause = self.clause_of(position)
        start = self.clause_span(clause)[0]
        cues = [c for c in self.cues("modality") if start <= c.start < position]
        return cues[-1] if cues else None

    def modality_of(self, position: int) -> str:
        """A target or forecast cue before the figure in its clause (« objectif », « porter … à »,
        « devrait », « pourraient dépasser »), unless a « contre » item comes between (« hisser les
        échanges à 3 milliards, contre quelque 1,9 milliard aujourd'hui »); a verb in the conditional
        or the future in the clause makes a forecast (« atteindraient 200 milliards »)."""
        clause = self.clause_of(position)
        start = self.clause_span(clause)[0]
        frame = self.frame(position)
        if frame.opener == "contre":
            return "actual"
        cues = [c for c in self.cues("modality") if start <= c.start < position]
        contre = [f for f in self.frames if f.opener == "contre" and start <= f.start <= position]
        if contre:
            cues = [c for c in cues if c.start > contre[-1].start]
        if cues:
            return cues[-1].key
        before = self.f(start, position)
        words = [w for w in _CONDITIONAL.findall(before) if w not in _NOT_CONDITIONAL]
        return "forecast" if words else "actual"

    def reaches_publication(self, period: str) -> bool:
        """The period runs to the month of publication or after it (it was not over when written)."""
        published = self.ctx.published
        return published is not None and not period.endswith("/..") and Period.parse(period).end >= published.month_index

    def after_publication(self, period: str) -> bool:
        published = self.ctx.published
        if published is None:
            return False
        return Period.parse(period).end > published.month_index and not period.endswith("/..")

    # -- growth rates ---------------------------------------------------------------------------------
    def change_of(self, figure: Figure, percents: list[Figure]) -> int | None:
        """+1 or -1 when a percentage is a change: a cue before it (« en hausse de », « ont reculé de »,
        « supérieures de »), a sign (« (+12 %) », « -11 % »), « X % de plus qu'en 2021 », or the list it
        continues (« de 79,1 %, de 16,4 % et de 299,8 % »); None for a share (« 3 % des exportations »,
        « une part de 12,7 % »)."""
        q = figure.quantity
        changes = [c for c in self.cues("change") if c.end <= q.span[0] and len(self.f(c.end, q.span[0])) <= 25
                   and re.fullmatch(r"[\s\w',-]*", self.f(c.end, q.span[0]))
                   and not re.search(r"\d", self.f(c.end, q.span[0]))]
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

    def base_of(self, figure: Figure, main: str) -> tuple[str | None, str | None]:
        """What a change compares with (the ratio's `relative_to`), read after the percentage:
        « par rapport à 2022 », « qu'en 2021 », « supérieures de 12,4 % à celles enregistrées en 2019 »,
        « par rapport à la même période de l'année précédente », « sur un an », « en glissement
        annuel », « sur un mois »; else the same period a year earlier (noted)."""
        q = figure.quantity
        stop = self._next_level_after(q.span[1])
        for cue in self.cues("month_on_month"):
            if 0 <= cue.start - q.span[1] <= 45 and cue.start < stop:
                shifted = _shift_months(main, -1)
                if shifted is not None:
                    self.base_rule = "mom"
                    return shifted, None
        for mention in self.m.periods:
            if mention.start < q.span[1] or mention.start >= stop:
                continue
            gap = self.f(q.span[1], mention.start)
            if len(gap) > 60 or re.search(r"[;.]", gap):
                break
            if mention.kind == "same_period":
                if mention.period:
                    return _shift_to_year(main, int(mention.period)), None
                return _shift_to_year(main, int(main[:4]) - 1), None
            if mention.start in self.consumed:
                if mention.kind == "point" and mention.period:
                    if mention.offset is None and self.ctx.published and mention.period[:4] not in mention.text:
                        # « par rapport à l'année passée »: the year before the claim's own
                        return _shift_to_year(main, int(main[:4]) - 1), None
                    return mention.period, None
                if mention.kind == "same_year":
                    return _shift_to_year(main, int(main[:4]) + (mention.offset or 0)), None
        for cue in self.cues("year_on_year"):
            if 0 <= cue.start - q.span[1] <= 45 and cue.start < stop:
                return _shift_to_year(main, int(main[:4]) - 1), None
        return None, None

    def _next_level_after(self, position: int) -> int:
        later = [q.span[0] for q in self.m.quantities if q.span[0] > position and q.kind in ("money", "measure")]
        return min(later + [self.m.end])


class SentenceReading(SentenceReader):
    """The whole reading of a sentence: levels, their restatements, growth rates and multiples."""

    def read(self) -> list[Draft]:
        """Drafts for every figure read with confidence; `left_out` holds the others with a reason."""
        self.ctx.owner.pop("_sentence_reporter", None)
        if not any(q.kind not in ("year", "ordinal") for q in self.m.quantities) and \
                not self.cues("multiple") and not self.cues("times"):
            self._remember_subjects()  # nothing to read here but what the next sentence may need
            return []
        if not self._marked:
            self._mark_compared_periods()
            self._marked = True
        figures = self.figures()
        drafts: list[Draft] = []
        by_figure: dict[int, list[int]] = {}
        levels = [f for f in figures if f.kind != "percent"]
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
        percents = [f for f in figures if f.kind == "percent"]
        drafts.extend(self.growth_drafts(figures, percents, drafts, by_figure))
        drafts.extend(self.multiple_drafts(drafts))
        self._remember_subjects()
        return drafts

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
                     [*draft.notes, "the same figure restated in another currency"])

    def read_level(self, figure: Figure, levels: list[Figure]) -> list[Draft] | str:
        if self.is_difference(figure):
            return "a difference between two periods, not a level"
        metric, metric_note, cue_at = self.metric_of(figure)
        if metric is None:
            return metric_note or "no metric: no word says what it counts"
        modality = self.modality_of(figure.start)
        periods, how = self.period_of(figure, metric, modality, levels)
        if periods and modality == "actual" and self.sentence_period is None and how != "context":
            # what the sentence is about, even if this figure is left out: « Le tourisme a enregistré 8,8
            # millions de visiteurs en 2023 » dates « les Algériens (2,7 millions) » of the next sentence
            self.sentence_period = periods[0][:2]
        problem = self.scope_problem(figure, metric, cue_at)
        if problem:
            return problem
        flow = self.flow_of(metric, figure, cue_at)
        if isinstance(flow, str):
            return flow
        if not periods and how == "undated":
            relative = next(p.text for p in self.m.periods if p.period is None)
            return f"no publication date: « {relative} » cannot be dated"
        if not periods:
            return "no period: neither the sentence nor the ones before date it"
        drafts = []
        for period, as_of, note in periods:
            final = modality
            if final == "actual" and as_of is None and self.reaches_publication(period):
                as_of = self.ctx.counts_to.get(period[:4])  # « Au 10 décembre 2023 » earlier in the article
            if final == "actual" and self.after_publication(period) and as_of is None:
                if not self.metrics[metric].stock:
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
            drafts.append(Draft(claim, (figure.quantity.span[0], figure.end), notes))
            self.level_periods.append((figure.start, period))
        private = figure.frame.parenthesis or figure.frame.opener == "contre"  # an aside, a comparison
        self.level_phrases.append((*self.phrase_of(figure), figure.start, private))
        self.remember(metric, flow)
        return drafts

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

    # -- growth ---------------------------------------------------------------------------------------
    def growth_drafts(self, figures: list[Figure], percents: list[Figure], drafts: list[Draft],
                      by_figure: dict[int, list[int]]) -> list[Draft]:
        """Ratio claims from percentages of change (« en hausse de 4 % sur un an », « (+12 %) »).

        A change belongs to a level: with « respectivement », the n changes of a list go to the n levels
        before it, in order; else the level after it when a verb of change leads to it (« ont
        progressé de 6,4 % pour s'établir à 2,7 milliards », « ont bondi de 21 % à 5,28 milliards »);
        else the nearest level before it in its clause (« 594,7 millions, en hausse de 4 % »); else it
        stands alone with the metric, countries and period of its own words."""
        out: list[Draft] = []
        level_of = {figures.index(f): d for f, d in ((f, by_figure.get(figures.index(f))) for f in figures) if d}
        all_levels = {i: by_figure.get(i, []) for i, f in enumerate(figures) if f.kind != "percent"}
        respective = self._respective(percents, figures, level_of)
        for figure in percents:
            sign = self.change_of(figure, percents)
            if sign is None and not self.is_share(figure):
                recovered = self.level_ratio(figure)
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
            if target is None:
                target = self._level_for(figure, figures, all_levels)
                if target is not None and not all_levels[target]:
                    self.leave_out(figure, "the change of a figure that was left out")
                    continue
            if target is None and self._after_a_count(figure):
                self.leave_out(figure, "a change of a count that is not a figure of the lexicon")
                continue
            if target is not None:
                level = drafts[level_of[target][0]]
                found = self.growth_of_level(figure, sign, level)
            else:
                found = self.standalone_growth(figure, sign)
            if isinstance(found, str):
                self.leave_out(figure, found)
            else:
                out.append(found)
        return out

    def level_ratio(self, figure: Figure) -> Draft | str | None:
        """« le marché russe n'a atteint que 19 % par rapport à 2019 », « a retrouvé 85 % de son niveau de
        2019 »: a level as a share of a named earlier period, the ratio X/100. None when the words are not
        that construction (a named base period is required)."""
        q = figure.quantity
        before = self.f(max(figure.frame.start, q.span[0] - 40), q.span[0])
        if not re.search(r"\b(?:atteint|retrouve|recupere|represente)\s+(?:que\s+|qu'\s*|seulement\s+|environ\s+)?$",
                         before):
            return None
        after = self.f(q.span[1], q.span[1] + 40)
        if not re.match(r"\s*(?:par\s+rapport\s+a|de\s+son\s+niveau\s+de|du\s+niveau\s+de|de\s+celui\s+de)", after):
            return None
        base = next((p.period for p in self.m.periods if p.start >= q.span[1] and p.start - q.span[1] <= 40
                     and p.kind == "point" and p.period), None)
        if base is None:
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
        claim: dict[str, object] = {
            "metric": metric, "countries": list(flow.countries), "direction": flow.direction, "period": main,
            "kind": "ratio", "unit": self._sentence_unit(metric), "qualifier": figure.qualifier,
            "relative_to": base, "factor": round(q.value / 100, 6), "modality": "actual",
        }
        if main == base or q.value <= 0:
            return "a change that cannot be a ratio"
        return Draft(claim, (q.span[0], figure.end), [f"« {self.m.original(q.span[0], q.span[1])} » of the {base} "
                                                      f"level"])

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

    def _change_cue_right_before(self, figure: Figure) -> bool:
        q = figure.quantity
        return any(c.end <= q.span[0] and len(self.f(c.end, q.span[0])) <= 6 for c in self.cues("change")) or \
            q.text[:1] in "+-−"

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
            leads = re.fullmatch(r"\s*(?:\([^)]*\)\s*)?(?:[\w\s',-]{0,40}?)\s*(?:pour\s+(?:atteindre|s'\s*etablir\s+a|"
                                 r"se\s+situer\s+a|totaliser|atteindre\s+(?:les|le|la)?)|a|au\s+niveau\s+de|"
                                 r"atteignant|totalisant|s'\s*etablissant\s+a|,\s*soit|,\s*a)\s*(?:pres\s+de|plus\s+de|"
                                 r"environ|quelque|un\s+montant\s+de)?\s*", gap)
            if leads and not any(f.kind != "percent" and figure.end < f.start < figures[nxt].start for f in figures):
                return nxt
        if before:
            prev = max(before, key=lambda i: figures[i].start)
            return prev
        return None

    def growth_of_level(self, figure: Figure, sign: int, level: Draft) -> Draft | str:
        main = str(level.claim["period"])
        if main.endswith("/.."):
            return "a change of a target with no deadline"
        base, _ = self.base_of(figure, main)
        notes: list[str] = []
        if base is None:
            base = self._span_base(main)
        if base is None and self.base_rule == "mom":
            base = _shift_months(main, -1)
        if base is None:
            base = _shift_to_year(main, int(main[:4]) - 1)
            notes.append("no period compared with: read as the same period a year earlier")
        return self._ratio_draft(figure, sign, str(level.claim["metric"]), list(level.claim["countries"]),  # type: ignore[arg-type]
                                 level.claim.get("direction"), main, base, str(level.claim["modality"]),  # type: ignore[arg-type]
                                 level.claim.get("unit"), notes, level.claim.get("as_of"))  # type: ignore[arg-type]

    def _change_is_subject(self, figure: Figure) -> bool:
        """« L'évolution est de +23,6 % », « La hausse atteint 12 % », « Cela représente une hausse de … »."""
        head = self.f(self.m.start, figure.start)
        return bool(re.match(r"\s*(?:l'\s*|la\s+|cette\s+|cela\s+represente\s+une\s+|ce\s+qui\s+represente\s+une\s+)"
                             r"(?:evolution|hausse|progression|croissance|augmentation|baisse|variation|diminution|"
                             r"recul)\b[^,;]{0,20}$", head))

    def _span_base(self, main: str) -> str | None:
        """« a bondi de 64 % entre 2010 et 2014 », « de 1.440 à 4.982 milliards de 2014 à 2016, soit une
        hausse de 800 % »: the span that ends at the claim's year starts at its base."""
        for mention in self.m.periods:
            if mention.kind == "span" and mention.endpoints and mention.endpoints[1] == main:
                return mention.endpoints[0]
        return None

    def standalone_growth(self, figure: Figure, sign: int) -> Draft | str:
        """« Les échanges entre les deux pays ont augmenté de 31 % » with no level: the metric, countries
        and period of its own words; « entre 2010 et 2014 » gives both the period and the base.
        « L'évolution est de +23,6 % par rapport à 2021 », a sentence whose subject is the change itself,
        is the change of the level the sentence before stated."""
        money = Figure(figure.quantity, "money", None, figure.frame, end=figure.end)
        metric, note, cue_at = self.metric_of(money)
        last = self.ctx.last_level
        if metric is None and last is not None and self._change_is_subject(figure):
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
        problem = self.scope_problem(probe, metric, cue_at)
        if problem:
            return problem
        flow = self.flow_of(metric, probe, cue_at)
        if isinstance(flow, str):
            return flow
        modality = self.modality_of(figure.start)
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
            base, _ = self.base_of(figure, main)
        if main.endswith("/.."):
            return "a change of a target with no deadline"
        if base is None:
            base = _shift_to_year(main, int(main[:4]) - 1)
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
        if factor <= 0 or main == base:
            return "a change that cannot be a ratio"
        if modality == "actual" and self.after_publication(main) and as_of is None:
            return f"{main} was not over when the article appeared"
        self.bases.append((figure.end, base))
        claim: dict[str, object] = {
            "metric": metric, "countries": countries, "direction": direction, "period": main, "kind": "ratio",
            "unit": unit, "qualifier": figure.qualifier if figure.qualifier != "range" else "approx",
            "relative_to": base, "factor": round(factor, 6), "modality": modality,
        }
        if as_of is not None:
            claim["as_of"] = as_of
        return Draft(claim, (figure.quantity.span[0], figure.end), notes)

    def _sentence_unit(self, metric: str) -> str | None:
        kinds = self.metrics[metric].unit_kinds
        for q in self.m.quantities:
            definition = self.units.get(q.unit or "")
            if definition is not None and definition.kind in kinds:
                return q.unit
        if "persons" in kinds:
            return "persons"
        return self.ctx.money_unit if "money" in kinds else None

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
        if self.scope_problem(probe, metric, cue_at):
            return None
        flow = self.flow_of(metric, probe, cue_at)
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
        if _is_verb(cue.text):
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
        return self._relation_draft(cue, metric, countries, direction, unit, (main, relative),
                                    float(number[-1].value), "approx", figure=number[-1].span)

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
                return _shift_to_year(main, int(mention.period))
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
            return distinct[0], _shift_to_year(distinct[0], int(distinct[0][:4]) - 1)
        return None


def _pronoun_role(before: str) -> str | None:
    """« en provenance de ce pays » -> from, « vers ce pays » -> to."""
    if re.search(r"\b(?:en\s+provenance\s+(?:de|du|d')|depuis|originaires?\s+de)\s*$", before):
        return "from"
    if re.search(r"\b(?:vers|a\s+destination\s+de|en\s+direction\s+de)\s*$", before):
        return "to"
    return None


def _is_verb(phrase: str) -> bool:
    """"a doublé", "doubler" compare two periods of the sentence; "le double de 2023" names one.
    Takes the original spelling: the accent of "doublé" is what tells it from "double"."""
    word = phrase.strip().split()[-1].lower()
    return word.endswith(("é", "és", "ée", "ées", "er")) or word in ("deux", "trois")


def _shift_to_year(period: str, year: int) -> str:
    """`2025-Q1` moved to 2024 -> `2024-Q1` ("la même période en 2024")."""
    parsed = Period.parse(period)
    delta = (year - parsed.start // 12) * 12
    return format_period(parsed.start + delta, parsed.end + delta)


def _shift_months(period: str, months: int) -> str | None:
    """A single month moved by `months` (« sur un mois »); None for longer periods."""
    parsed = Period.parse(period)
    if parsed.months != 1:
        return None
    return format_period(parsed.start + months, parsed.end + months)


def _scaled_like(value: float, second: Quantity) -> float:
    """"entre 2 et 3 milliards": the first number takes the second's scale."""
    if value and second.value >= 1000 * value:
        for factor in (1e9, 1e6, 1e3):
            if second.value >= factor and second.value / factor < 1000:
                return value * factor
    return value


__all__ = ["Context", "Draft", "Figure", "Flow", "LeftOut", "SentenceReader", "SentenceReading", "factor_of"]
