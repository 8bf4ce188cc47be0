"""The records of the SPEC, as typed msgspec structs: the single source of truth for validation.

`schema/claims.schema.json` is generated from `ClaimFile` (see `claim_file_schema`) and a test keeps it
in sync. msgspec was chosen over pydantic for start-up and validation speed (README, design notes).
"""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

import msgspec

from factcheck.errors import Location

SCHEMA_ID = "https://factcheck.invalid/schema/claims.schema.json"
SCHEMA_PATH = "schema/claims.schema.json"

Qualifier = Literal["exact", "approx", "nearly", "more_than", "at_least", "less_than", "at_most", "range"]
QUALIFIERS: tuple[str, ...] = Qualifier.__args__  # type: ignore[attr-defined]
Modality = Literal["actual", "target", "forecast"]
MODALITIES: tuple[str, ...] = Modality.__args__  # type: ignore[attr-defined]
Kind = Literal["value", "ratio"]
Status = Literal["extracted", "reviewed", "rejected"]
STATUSES: tuple[str, ...] = Status.__args__  # type: ignore[attr-defined]

_MONTH = r"(0[1-9]|1[0-2])"
PERIOD_PATTERN = (
    rf"^\d{{4}}(-(H[12]|Q[1-4]|{_MONTH}))?$"  # 2023, 2023-H1, 2025-Q1, 2023-08
    rf"|^\d{{4}}-{_MONTH}/\d{{4}}-{_MONTH}$"  # 2023-01/2023-08 (ISO 8601 interval of months)
    rf"|^\d{{4}}(-{_MONTH})?/\.\.$"  # 2025-05/.. : an open horizon (ISO 8601-2), from that month on
)
OPEN_END = 9999 * 12 + 11  # the last month of an open horizon: later than any real period
DATE_PATTERN = r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$"
_PERIOD_RE = re.compile(PERIOD_PATTERN)

CountryCode = Annotated[str, msgspec.Meta(pattern=r"^[A-Z]{2}$", description="ISO 3166-1 alpha-2 code")]
PeriodText = Annotated[
    str,
    msgspec.Meta(
        pattern=PERIOD_PATTERN,
        description="2023, 2023-H1, 2025-Q1, 2023-08, an interval of months 2023-01/2023-08, or an open "
                    "horizon 2025-05/.. (a target or forecast with no stated deadline)",
    ),
]
DateText = Annotated[str, msgspec.Meta(pattern=DATE_PATTERN, description="YYYY-MM-DD")]
Span = Annotated[tuple[int, int], msgspec.Meta(description="[start, end) character offsets in the source text")]
Direction = Annotated[str, msgspec.Meta(pattern=r"^[A-Z]{2}>[A-Z]{2}$", description="FROM>TO, e.g. KZ>VN")]
SourceId = Annotated[
    str,
    msgspec.Meta(pattern=r"^[a-z0-9][a-z0-9._-]*$", max_length=200, description="readable slug of the source"),
]
MAX_FIGURE = 10**18  # a quintillion: beyond any bilateral figure, and where float arithmetic stays exact enough
Number = (Annotated[int, msgspec.Meta(ge=-MAX_FIGURE, le=MAX_FIGURE)]
          | Annotated[float, msgspec.Meta(ge=-float(MAX_FIGURE), le=float(MAX_FIGURE))])


class Claim(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """One figure stated by one source (SPEC, 'Claim records'). Field order is the order written to disk."""

    id: Annotated[str, msgspec.Meta(min_length=1, max_length=300,
                                    description="unique across the repository, stable across re-extraction")]
    metric: Annotated[str, msgspec.Meta(description="id from the metric lexicon: trade, exports, imports, "
                                        "investment, tourists, flights...")]
    countries: Annotated[list[CountryCode], msgspec.Meta(description="ISO 3166-1 alpha-2 codes, sorted")]
    direction: Direction | None = None
    period: PeriodText
    as_of: Annotated[DateText | None, msgspec.Meta(
        description="a count to a date (« au 10 décembre 2023 »): the figure runs from the start of `period` "
                    "to this day, inside the period's last month; the period's total is at least the figure")] = None
    kind: Annotated[Kind, msgspec.Meta(description="value (default) or ratio")] = "value"
    stated: Annotated[Number | None, msgspec.Meta(
        description="for a value: the number as written, in base units (près d'un milliard -> 1000000000)")] = None
    unit: Annotated[str | None, msgspec.Meta(
        description="USD, EUR... (ISO 4217), persons, flights/week, tonnes (unit lexicon)")] = None
    qualifier: Annotated[Qualifier, msgspec.Meta(
        description="how the figure is meant: plus de -> more_than, près de -> nearly, environ -> approx")] = "exact"
    low: Annotated[Number | None, msgspec.Meta(
        description="lower bound the statement allows under the strict reading of the tolerance policy; "
                    "null is unbounded")] = None
    high: Annotated[Number | None, msgspec.Meta(
        description="upper bound the statement allows under the strict reading; null is unbounded")] = None
    relative_to: Annotated[PeriodText | None, msgspec.Meta(
        description="for a ratio: value(period) = factor x value(relative_to)")] = None
    factor: Annotated[Number | None, msgspec.Meta(
        description="for a ratio: le double -> 2, en hausse de 18,4 % -> 1.184")] = None
    modality: Annotated[Modality, msgspec.Meta(
        description="actual, target (objectif, porter à ... d'ici 2030) or forecast (devrait, on s'attend à)")] = "actual"
    equivalent_of: Annotated[str | None, msgspec.Meta(
        description="id of the claim this one restates in another unit (« 740 millions d'euros (485 milliards "
                    "de FCFA) »): the same figure, never compared with it")] = None
    quote: Annotated[str, msgspec.Meta(min_length=1, description="the exact words of the source that state it")]
    span: Annotated[tuple[int, int], msgspec.Meta(
        description="[start, end) character offsets of quote in the source text")]
    figure_span: Annotated[tuple[int, int] | None, msgspec.Meta(
        description="[start, end) character offsets of the claim's own figure in the source text, inside span")] = None
    status: Annotated[Status, msgspec.Meta(
        description="extracted (by the tool), reviewed (a person checked or corrected it; never overwritten) or "
                    "rejected (a person ruled the reading wrong; kept so re-extraction never brings it back)")] = \
        "extracted"
    reason: Annotated[str | None, msgspec.Meta(description="why a person rejected the reading")] = None
    reviewed_by: Annotated[str | None, msgspec.Meta(description="who reviewed or rejected it")] = None
    reviewed_at: Annotated[DateText | None, msgspec.Meta(description="when it was reviewed or rejected")] = None
    note: str | None = None


class ClaimFile(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """`claims/<source-id>.yaml`: the claims one source makes."""

    source: SourceId
    claims: list[Claim] = []


class SourceMeta(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """`sources/<source-id>.yaml`, the optional sidecar of an article."""

    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: Annotated[str, msgspec.Meta(pattern=r"^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$")] | None = None
    published_inferred: bool = False
    language: str = "fr"
    countries: list[CountryCode] = []
    origin: str | None = None
    note: str | None = None


class Source(msgspec.Struct, frozen=True):
    """An article as the core sees it: its id, verbatim text and what is known about it."""

    id: str
    text: str
    meta: SourceMeta
    path: str = ""

    @property
    def published(self) -> str | None:
        return self.meta.published


class Period(msgspec.Struct, frozen=True):
    """A calendar period as an inclusive range of months, counted from year 0 (`year * 12 + month - 1`)."""

    start: int
    end: int

    @classmethod
    def parse(cls, text: str) -> Period:
        """Read a SPEC period string; raises ValueError with a reason a person can act on."""
        if not _PERIOD_RE.match(text):
            raise ValueError(f"invalid period {text!r}: expected 2023, 2023-H1, 2023-Q1, 2023-08 or 2023-01/2023-08")
        if text.endswith("/.."):
            return cls(cls.parse(text[:-3]).start, OPEN_END)
        if "/" in text:
            first, last = (cls.parse(part) for part in text.split("/"))
            if last.start < first.start:
                raise ValueError(f"invalid period {text!r}: the interval ends before it starts")
            return cls(first.start, last.end)
        year = int(text[:4])
        base = year * 12
        if len(text) == 4:
            return cls(base, base + 11)
        tail = text[5:]
        if tail[0] == "H":
            half = int(tail[1]) - 1
            return cls(base + 6 * half, base + 6 * half + 5)
        if tail[0] == "Q":
            quarter = int(tail[1]) - 1
            return cls(base + 3 * quarter, base + 3 * quarter + 2)
        month = int(tail) - 1
        return cls(base + month, base + month)

    @property
    def months(self) -> int:
        return self.end - self.start + 1

    @property
    def open(self) -> bool:
        """An open horizon ("porter les échanges à 2 milliards", no deadline)."""
        return self.end == OPEN_END

    def contains(self, other: Period) -> bool:
        return self.start <= other.start and other.end <= self.end

    def __str__(self) -> str:
        return format_period(self.start, self.end)


def format_period(start: int, end: int) -> str:
    """The canonical SPEC spelling of a month range (the inverse of `Period.parse`)."""
    year, month = divmod(start, 12)
    if end == OPEN_END:
        return f"{year:04d}-{month + 1:02d}/.."
    end_year, end_month = divmod(end, 12)
    if year == end_year:
        if month == 0 and end_month == 11:
            return f"{year:04d}"
        if month in (0, 6) and end_month == month + 5:
            return f"{year:04d}-H{month // 6 + 1}"
        if month % 3 == 0 and end_month == month + 2:
            return f"{year:04d}-Q{month // 3 + 1}"
        if month == end_month:
            return f"{year:04d}-{month + 1:02d}"
    return f"{year:04d}-{month + 1:02d}/{end_year:04d}-{end_month + 1:02d}"


class Interval(msgspec.Struct, frozen=True):
    """The values a statement allows. `None` is unbounded; `*_open` excludes the bound ("plus de" is > not >=)."""

    low: float | None
    high: float | None
    low_open: bool = False
    high_open: bool = False

    def contains(self, value: float) -> bool:
        if self.low is not None and (value < self.low or (self.low_open and value == self.low)):
            return False
        if self.high is not None and (value > self.high or (self.high_open and value == self.high)):
            return False
        return True


Severity = Literal["error", "warning"]


class Problem(msgspec.Struct, frozen=True):
    """A finding of `check` (or of loading): a stable kebab-case code, a message, and where."""

    code: str
    message: str
    location: Location
    severity: Severity = "error"
    hint: str | None = None

    def __str__(self) -> str:
        text = f"{self.location}: {self.code}: {self.message}"
        return f"{text} ({self.hint})" if self.hint else text


def claim_to_record(claim: Claim) -> dict[str, Any]:
    """The on-disk mapping of a claim: SPEC field order, optional fields only when set.

    `low`/`high` are always written for value claims, since `null` there means "unbounded".
    """
    record: dict[str, Any] = {"id": claim.id, "metric": claim.metric, "countries": list(claim.countries)}
    if claim.direction is not None:
        record["direction"] = claim.direction
    record["period"] = claim.period
    if claim.as_of is not None:
        record["as_of"] = claim.as_of
    if claim.kind != "value":
        record["kind"] = claim.kind
    if claim.stated is not None or claim.kind == "value":
        record["stated"] = claim.stated
    if claim.unit is not None:
        record["unit"] = claim.unit
    record["qualifier"] = claim.qualifier
    record["low"] = claim.low
    record["high"] = claim.high
    if claim.relative_to is not None:
        record["relative_to"] = claim.relative_to
    if claim.factor is not None:
        record["factor"] = claim.factor
    record["modality"] = claim.modality
    if claim.equivalent_of is not None:
        record["equivalent_of"] = claim.equivalent_of
    record["quote"] = claim.quote
    record["span"] = list(claim.span)
    if claim.figure_span is not None:
        record["figure_span"] = list(claim.figure_span)
    record["status"] = claim.status
    for name in ("reason", "reviewed_by", "reviewed_at"):
        if getattr(claim, name) is not None:
            record[name] = getattr(claim, name)
    if claim.note is not None:
        record["note"] = claim.note
    return record


def claim_to_row(claim: Claim, source: str) -> dict[str, Any]:
    """A flat mapping with every SPEC field plus `source`, for JSON/CSV/YAML listings (stable keys).
    Built by msgspec in C: listing 100,000 claims spent a second here in a Python loop."""
    fields = msgspec.structs.asdict(claim)
    row: dict[str, Any] = {"id": fields.pop("id"), "source": source}
    row.update(fields)
    row["countries"] = list(row["countries"])
    row["span"] = list(row["span"])
    if row["figure_span"] is not None:
        row["figure_span"] = list(row["figure_span"])
    return row


def claim_file_schema() -> dict[str, Any]:
    """The JSON Schema of a claim file, generated from `ClaimFile` (written to `schema/claims.schema.json`)."""
    schema = msgspec.json.schema(ClaimFile)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "factcheck claim file",
        "description": "claims/<source-id>.yaml: the figures one source states (see SPEC.md, 'Claim records').",
        **schema,
    }


# -- consistency engine results (factcheck.engine) --------------------------------------------------
Reading = Literal["strict", "pragmatic"]


Rule = Literal["claim", "ratio", "part", "whole", "sum", "to-date", "flows-sum", "flows-difference", "mirror",
               "conversion"]
RULES: tuple[str, ...] = Rule.__args__  # type: ignore[attr-defined]


FACTOR = "×"  # the unit of a change's own bound in a proof (a factor, « +12 % » is 1,12)
CHANGE = "÷"  # a change's own period in a proof: "2024÷2023", value(2024) divided by value(2023)


class Derivation(msgspec.Struct, frozen=True):
    """One step of a conflict's proof: a bound on a period, from a claim or from earlier steps.

    `rule` says how: "claim" (the claim states it), "ratio" (value = factor x another period's; on a
    period "2024÷2023" the factor itself, in `unit` "×", where two changes stated over one base meet),
    "part" (a part is at most its whole), "whole" (a whole is at least its part), "sum" (parts that
    tile a whole add up to it), "to-date" (a count to a date, « au 10 décembre »: the period is at least
    it, the months before the date's month at most it), "flows-sum" (trade is the sum of both
    directions), "flows-difference" (a balance is one direction less the other), "mirror" (exports A>B
    and imports A>B are the same goods, within the mirror margin `factor`), "conversion" (a figure in
    another currency, at the lowest and highest rate of the period, `factor`). `using` points at the
    earlier steps it needed. `series` names what the bound is about when a proof spans several series
    ("trade", "ES>MA" for the flow, "balance KH>VN"); `unit` is set when it is not the conflict's unit.
    """

    period: str
    side: Literal["lo", "hi"]
    value: float
    open: bool
    rule: Rule
    claim: str | None
    using: tuple[int, ...] = ()
    related: tuple[str, ...] = ()  # the other periods (calendar), the other series (flows), the two units (conversion)
    series: str | None = None
    unit: str | None = None
    factor: tuple[float, float] | None = None  # mirror margin or exchange rates (lowest, highest)


class Conflict(msgspec.Struct, frozen=True):
    """A minimal set of claims that cannot all be true (removing any one makes the rest consistent)."""

    id: str
    metric: str
    countries: tuple[str, ...]
    direction: str | None
    unit: str | None
    periods: tuple[str, ...]
    reading: Reading
    severity: Literal["major", "minor"]
    gap: float
    narrow: bool
    claims: tuple[str, ...]
    sources: tuple[str, ...]
    corroborating: tuple[str, ...]
    steps: tuple[Derivation, ...]
    clash_period: str
    clash: tuple[int, int]  # the two steps whose bounds cannot meet (lower, upper)
    acknowledged: bool = False
    reason: str | None = None
    culprit: str | None = None  # with corroborating claims: the one claim they all contradict
    mirror: bool = False  # compares two countries' customs figures for one flow (within the mirror margin)
    converted: bool = False  # found through a currency conversion (the rates are in the proof)
    echoed_by: tuple[str, ...] = ()  # other claims stating one of the set's figures word for word


TargetStatus = Literal["met", "missed", "undecided", "disputed", "no-data", "open"]


class TargetReading(msgspec.Struct, frozen=True):
    """What one article's actual claims allow for a target's period, and what that says of the target."""

    source: str
    low: float | None
    high: float | None
    status: TargetStatus
    claims: tuple[str, ...]


class TargetCheck(msgspec.Struct, frozen=True):
    """A stated target (or forecast) against what the actual claims allow for the same period: overall
    when the actual claims agree, and article by article (they may not)."""

    claim: str
    source: str
    metric: str
    period: str
    stated: float
    unit: str | None
    modality: str
    status: TargetStatus
    low: float | None
    high: float | None
    readings: tuple[TargetReading, ...]
