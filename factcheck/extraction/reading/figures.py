"""What the reader produces and carries: figures, flows, drafts, left-out figures and the article's
context."""

from __future__ import annotations

from dataclasses import dataclass, field

from factcheck.extraction.frames import Frame
from factcheck.extraction.numbers import Quantity
from factcheck.extraction.periods import Published


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
    ("a national total", "national-total"), ("about a region", "region"), ("a product line", "product-line"), ("a part of the flow", "product-line"),
    ("not arrivals", "not-arrivals"), ("a share", "share"), ("a percentage with no word", "no-change-word"), ("a difference", "difference"),
    ("a change of a count", "count"), ("a count of", "count"), ("a number without a unit", "no-unit"),
    ("« importations »", "ambiguous-direction"), ("no country of origin", "no-origin"),
    ("no country says", "no-direction"), ("the same country", "no-direction"), ("a balance", "no-direction"),
    ("restates a figure", "restates-left-out"), ("currency « ", "ambiguous-currency"), ("the change of a figure", "change-of-left-out"),
    ("a change of something", "no-metric"), ("a change of a target", "open-target"),
    ("a change that cannot", "not-a-ratio"), ("a change « ", "unclear-base"),
    ("two figures of one sentence", "self-contradiction"), ("a target or forecast whose", "open-target"),
    ("a price or an amount per unit", "price"), ("a negated figure", "negated"), ("not a flow between", "not-a-flow"),
    ("a count for one route", "one-route"),
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
    # whether the next sentence may go on about its period: not a comparison's (« contre 8,2 milliards en
    # 2023 ») nor one read from the time of writing (« assurent désormais 1 200 vols par semaine »)
    carries: bool = True


@dataclass
class Context:
    """What carries from one sentence to the next inside an article."""

    published: Published | None
    pair: tuple[str, ...]
    host: str | None = None  # the country tourists arrive in, when the article says
    money_unit: str | None = None
    metric: str | None = None  # the metric of the sentence before ("ce chiffre", « elles »)
    # the metrics of the sentence just before: of its claims, else of its metric words (« L'objectif est de revenir
    # à 12 milliards d'ici 2026 » after a sentence on trade alone sets a trade target)
    sentence_metrics: tuple[str, ...] = ()
    owner: dict[str, str] = field(default_factory=dict)  # the last owner of a flow, per metric
    direction: dict[str, str] = field(default_factory=dict)
    period: str | None = None  # the period of the sentences before, in this paragraph
    as_of: str | None = None
    # the sentence that stated `period` told it in the pluperfect (« avaient atteint 1,4 milliard en 2024 »):
    # a pluperfect after it is the article's narrative tense, not a time before that sentence's
    period_in_pluperfect: bool = False
    article_period: str | None = None  # the period of the article's first dated claim
    paragraph: int = -1
    bilateral: bool = False  # the sentence before made a claim about the pair
    topics: set[tuple[str, str]] = field(default_factory=set)  # (metric, owner) the title announced
    last_level: dict[str, object] | None = None  # the last level claim, for « L'évolution est de +23,6 % »
    sole_level_at: int = -1  # the sentence whose only level (restatements aside) is `last_level`
    # (metric, countries) -> the latest full year the article has stated an actual level of, so far: the base of a
    # target stated as a multiple with no base of its own (« se sont fixé pour objectif de doubler les échanges d'ici
    # 2025 » after « 94,7 millions de dollars en 2022 »)
    full_years: dict[tuple[str, tuple[str, ...]], str] = field(default_factory=dict)
    sentence: int = 0  # the number of the sentence being read
    recent_flows: dict[str, tuple[str, str | None, int]] = field(default_factory=dict)  # metric -> (direction, owner, sentence)
    subjects: dict[str, tuple[str, int]] = field(default_factory=dict)  # metric -> (the country acting, sentence)
    counts_to: dict[str, str] = field(default_factory=dict)  # year -> the day a count so far runs to
    last_partner: str | None = None  # the partner of the last flow read (« ce pays », « ce même pays »)
    # for a headline read again: (figure, unit, metric) -> the body's (period, as_of) for that figure
    headline_periods: dict[tuple[float, str, str], tuple[str, str | None]] = field(default_factory=dict)
