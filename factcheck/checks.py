"""`factcheck check` as a pure function: claim documents + their sources -> a list of located Problems.

Per-record problems are values, so one broken file never hides the others (STYLE.md rule 3). Codes are
stable kebab-case names, documented in README "factcheck check".
"""

from __future__ import annotations

import difflib
import math
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import msgspec

from factcheck import lexicon
from factcheck.document import ClaimDocument, Key, parse_json_path
from factcheck.errors import FactcheckError, Location
from factcheck.lexicon import Policy
from factcheck.model import Claim, ClaimFile, Period, Problem, Source
from factcheck.tolerance import claim_interval

_TOP_FIELDS = frozenset(ClaimFile.__struct_fields__)
_SLUG = re.compile(r"^[a-z0-9][a-z0-9._-]*$")
_CLOSEST_WINDOW = 20_000  # characters around the span searched for a closest passage
_PROBE = 300  # characters of the quote compared (quotes are sentences; a longer one is compared by its start)
_MAX_STARTS = 1_500  # candidate word starts, the nearest to the span
_FINALISTS = 8  # candidates that get difflib's full (quadratic) ratio
_DIFFERENCES_UP_TO = 2_000  # characters: longer quotes get no letter-by-letter differences


class CheckReport(msgspec.Struct, frozen=True):
    """What `check` found: the problems, and how much it looked at (for the summary line)."""

    problems: list[Problem]
    files: int
    claims: int

    @property
    def ok(self) -> bool:
        return not any(p.severity == "error" for p in self.problems)


def problem_from_error(err: FactcheckError, code: str | None = None) -> Problem:
    """A typed error raised while reading (broken YAML, not UTF-8...) as a finding of `check`."""
    return Problem(code or err.code, err.message, err.location or Location("?"))


def check_repository(documents: Sequence[ClaimDocument], sources: Mapping[str, Source | FactcheckError],
                     policy: Policy, read_problems: Iterable[Problem] = ()) -> CheckReport:
    """Check every claim document against the schema, the lexicons, the policy and its source text."""
    problems = list(read_problems)
    seen_ids: dict[str, tuple[ClaimDocument, int]] = {}
    count = 0
    for document in documents:
        checker = _DocumentChecker(document, sources, policy)
        problems.extend(checker.run())
        count += len(checker.claims)
        for index, claim in checker.claims:
            first = seen_ids.setdefault(claim.id, (document, index))
            if first[0] is not document or first[1] != index:  # locating composes YAML: only for a duplicate
                line, column = document.locate(("claims", index, "id"))
                first_line, _ = first[0].locate(("claims", first[1], "id"))
                problems.append(Problem("duplicate-id", f"id {claim.id!r} is already used at "
                                        f"{first[0].path}:{first_line}",
                                        Location(document.path, line, column, claim.id)))
    files = len(documents) + sum(1 for p in problems if p.code in ("broken-yaml", "not-utf8"))
    return CheckReport(problems=sorted(problems, key=_order), files=files, claims=count)


def _order(problem: Problem) -> tuple[str, int, int]:
    return (problem.location.path, problem.location.line or 0, problem.location.column or 0)


def validate_claim_file(document: ClaimDocument) -> tuple[ClaimFile | None, list[Problem]]:
    """Schema validation only (no source text): the fast path `list` and `conflicts` use to load claims.

    Returns the typed file, or None and the located problems when any record is invalid.
    """
    try:
        claim_file = msgspec.convert(document.data, ClaimFile)
    except msgspec.ValidationError:
        checker = _DocumentChecker(document, {}, None)
        problems = checker.schema_problems()
        return None, problems or [Problem("invalid-record", "invalid claim file", Location(document.path, 1, 1))]
    return claim_file, []


def claim_problems(claim: Claim, policy: Policy, source: Source | None = None) -> list[Problem]:
    """What `check` reports on one record, outside any file: a correction is refused on these."""
    checker = _DocumentChecker(ClaimDocument(path="(record)", text="", data=None), {}, policy)
    checker._check_claim(0, claim, source)
    return checker.problems


class _DocumentChecker:
    def __init__(self, document: ClaimDocument, sources: Mapping[str, Source | FactcheckError],
                 policy: Policy | None) -> None:
        self.document = document
        self.sources = sources
        self.policy = policy
        self.problems: list[Problem] = []
        self.claims: list[tuple[int, Claim]] = []
        self.records: list[Any] = []

    # -- helpers ----------------------------------------------------------------------------------
    def add(self, code: str, message: str, keys: tuple[Key, ...] = (), record: str | None = None,
            *, key_of_last: bool = False, hint: str | None = None) -> None:
        line, column = self.document.locate(keys, key_of_last=key_of_last)
        self.problems.append(Problem(code, message, Location(self.document.path, line, column, record), hint=hint))

    # -- structure and schema ---------------------------------------------------------------------
    def schema_problems(self) -> list[Problem]:
        data = self.document.data
        if not isinstance(data, dict):
            kind = "empty" if data is None else f"a {_yaml_type(data)}"
            self.add("wrong-type", f"a claim file is a mapping with `source:` and `claims:`, this one is {kind}")
            return self.problems
        for key in data:
            if key not in _TOP_FIELDS:
                self.add("unknown-field", f"unknown field {key!r} (expected `source` and `claims`)", (key,),
                         key_of_last=True)
        source = data.get("source")
        if source is None:
            self.add("missing-field", "missing `source:` (the id of the article these claims come from)")
        elif not isinstance(source, str):
            self.add("wrong-type", f"`source` must be a string, not a {_yaml_type(source)}", ("source",))
        elif not _SLUG.match(source):
            self.add("invalid-source-id", f"source id {source!r} is not a slug (a-z, 0-9, '.', '_', '-')",
                     ("source",))
        records = data.get("claims", [])
        if not isinstance(records, list):
            self.add("wrong-type", f"`claims` must be a list, not a {_yaml_type(records)}", ("claims",))
            return self.problems
        self.records = records
        for index, record in enumerate(records):
            claim = self._validate_record(index, record)
            if claim is not None:
                self.claims.append((index, claim))
        return self.problems

    def _validate_record(self, index: int, record: Any) -> Claim | None:
        keys: tuple[Key, ...] = ("claims", index)
        if not isinstance(record, dict):
            self.add("wrong-type", f"claim #{index + 1} must be a mapping, not a {_yaml_type(record)}", keys)
            return None
        record_id = record.get("id") if isinstance(record.get("id"), str) else f"#{index + 1}"
        try:
            return msgspec.convert(record, Claim)
        except msgspec.ValidationError as err:
            code, message, path, on_key = _describe_validation_error(str(err), record)
            self.add(code, message, keys + path, record_id, key_of_last=on_key)
            return None

    # -- meaning ----------------------------------------------------------------------------------
    def run(self) -> list[Problem]:
        validated = self.document.validated
        if validated is not None:  # from the cache: it passed the schema when it was read
            self.claims = list(enumerate(validated.claims))
            source_id: object = validated.source
        else:
            self.schema_problems()
            data = self.document.data
            source_id = data.get("source") if isinstance(data, dict) else None
        source: Source | None = None
        if isinstance(source_id, str) and _SLUG.match(source_id):
            stem = self.document.path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
            if stem != source_id:
                self.add("source-name-mismatch",
                         f"file is named {stem!r} but names source {source_id!r}; claims/<source-id>.yaml",
                         ("source",))
            found = self.sources.get(source_id)
            if isinstance(found, Source):
                source = found
            elif isinstance(found, FactcheckError):
                code = {"missing-file": "source-missing", "outside-root": "source-outside-root",
                        "not-utf8": "source-not-utf8", "too-large": "source-too-large"}.get(found.code, "source-unreadable")
                where = f" ({found.location.path})" if found.location else ""
                self.add(code, f"source {source_id!r}: {found.message}{where}", ("source",))
        for index, claim in self.claims:
            self._check_claim(index, claim, source)
        return self.problems

    def _check_claim(self, index: int, claim: Claim, source: Source | None) -> None:
        keys: tuple[Key, ...] = ("claims", index)

        def add(code: str, message: str, field: str | None = None, hint: str | None = None) -> None:
            self.add(code, message, keys + ((field,) if field else ()), claim.id, hint=hint)

        metrics = lexicon.metrics()
        units = lexicon.units()
        metric = metrics.get(claim.metric)
        if metric is None:
            add("unknown-metric", f"unknown metric {claim.metric!r}", "metric",
                hint=f"known metrics: {', '.join(sorted(metrics))} (factcheck/lexicon/metrics.yaml)")
        if claim.unit is not None:
            unit = units.get(claim.unit)
            if unit is None:
                add("unknown-unit", f"unknown unit {claim.unit!r}", "unit",
                    hint=f"known units: {', '.join(sorted(units))} (factcheck/lexicon/units.yaml)")
            elif metric is not None and unit.kind not in metric.unit_kinds:
                add("unit-not-for-metric", f"{claim.metric} is counted in {' or '.join(metric.unit_kinds)}, "
                    f"not in {claim.unit} ({unit.kind})", "unit")
        elif claim.kind == "value":
            add("missing-field", "a value claim needs a `unit`", None)
        self._check_countries(claim, metric is not None and metric.directional, add)
        self._check_period(claim, add)
        if claim.kind == "value":
            if claim.stated is None:
                add("missing-field", "a value claim needs `stated`, the figure as written in base units")
            elif not math.isfinite(claim.stated):
                add("invalid-value", "`stated` must be a finite number", "stated")
            if claim.factor is not None or claim.relative_to is not None:
                add("unexpected-field", "`factor`/`relative_to` belong to ratio claims (`kind: ratio`)",
                    "factor" if claim.factor is not None else "relative_to")
        else:
            if claim.factor is None or claim.relative_to is None:
                add("missing-field", "a ratio claim needs `factor` and `relative_to`")
            elif not (math.isfinite(claim.factor) and claim.factor > 0):
                add("invalid-value", "`factor` must be a positive number", "factor")
        self._check_interval(claim, add)
        self._check_review(claim, add)
        if claim.figure_span is not None:
            (start, end), (figure_start, figure_end) = claim.span, claim.figure_span
            if not start <= figure_start < figure_end <= end:
                add("figure-not-in-quote", f"figure_span [{figure_start}, {figure_end}] is not inside the quote's "
                    f"span [{start}, {end}]", "figure_span",
                    hint="figure_span gives the claim's own number in the article, within its quote")
        if source is not None:
            self._check_quote(claim, source, add)

    def _check_review(self, claim: Claim, add: Any) -> None:
        """A rejection says why; who and when belong to a person's decision, not to extraction."""
        if claim.status == "rejected":
            if claim.reason is None or not claim.reason.strip():
                add("missing-reason", "a rejected claim needs a `reason`: why the reading is wrong", "status",
                    hint="factcheck review ID --reject --reason TEXT")
        elif claim.reason is not None:
            add("unexpected-field", "`reason` belongs to rejected claims; use `note` for a remark", "reason")
        if claim.status == "extracted":
            for name in ("reviewed_by", "reviewed_at"):
                if getattr(claim, name) is not None:
                    add("unexpected-field", f"`{name}` belongs to a reviewed or rejected claim, and this one is "
                        "`extracted`", name)

    def _check_countries(self, claim: Claim, directional: bool, add: Any) -> None:
        countries = claim.countries
        if len(set(countries)) != len(countries):
            add("invalid-countries", "`countries` lists a country twice", "countries")
        elif countries != sorted(countries):
            add("invalid-countries", f"`countries` must be sorted: [{', '.join(sorted(countries))}]", "countries")
        known = lexicon.country_codes()
        for code in countries:
            if code not in known:
                add("unknown-country", f"{code!r} is not an ISO 3166-1 alpha-2 country code", "countries")
        if claim.direction is not None:
            origin, _, destination = claim.direction.partition(">")
            if origin == destination or {origin, destination} - set(countries):
                add("invalid-direction", f"direction {claim.direction} must go from one of "
                    f"[{', '.join(countries)}] to the other", "direction")
        elif directional:
            add("missing-direction", f"{claim.metric} is directional: add `direction: FROM>TO`", "metric")
        if claim.direction is not None and not directional and claim.metric in lexicon.metrics():
            add("unexpected-direction", f"{claim.metric} has no direction; remove `direction`", "direction")

    def _check_period(self, claim: Claim, add: Any) -> None:
        for field in ("period", "relative_to"):
            text = getattr(claim, field)
            if text is None:
                continue
            try:
                Period.parse(text)
            except ValueError as err:
                add("invalid-period", str(err), field)
        if claim.relative_to is not None and claim.relative_to == claim.period:
            add("invalid-period", "`relative_to` is the claim's own period", "relative_to")

    def _check_interval(self, claim: Claim, add: Any) -> None:
        figure = claim.factor if claim.kind == "ratio" else claim.stated
        if figure is None or not math.isfinite(figure):
            return
        low, high = claim.low, claim.high
        if low is not None and high is not None and low > high:
            add("invalid-interval", f"low {_g(low)} is above high {_g(high)}", "low")
            return
        if (low is not None and figure < low) or (high is not None and figure > high):
            what = "factor" if claim.kind == "ratio" else "stated"
            add("invalid-interval", f"{what} {_g(figure)} is outside [low, high] = [{_g(low)}, {_g(high)}]", "low")
            return
        if claim.qualifier == "range":
            if low is None or high is None:
                add("invalid-interval", "a range claim (« entre X et Y ») needs both `low` and `high`", "low")
            return
        if self.policy is None:
            return
        expected = claim_interval(claim, self.policy, "strict")
        if expected is not None and not (_same(expected.low, low) and _same(expected.high, high)):
            add("interval-off-policy",
                f"[low, high] = [{_g(low)}, {_g(high)}] but the tolerance policy gives "
                f"[{_g(expected.low)}, {_g(expected.high)}] for {claim.qualifier} {_g(figure)}", "low",
                hint="fix the qualifier, or the interval (factcheck/lexicon/tolerance.yaml)")

    def _check_quote(self, claim: Claim, source: Source, add: Any) -> None:
        text = source.text
        start, end = claim.span
        if not (0 <= start < end <= len(text)):
            add("span-out-of-range", f"span [{start}, {end}] is outside the source ({len(text)} characters)",
                "span")
            return
        if text[start:end] == claim.quote:
            return
        elsewhere = text.find(claim.quote)
        if elsewhere >= 0:
            add("quote-not-at-span", f"the quote is in the source at [{elsewhere}, {elsewhere + len(claim.quote)}],"
                f" not at span [{start}, {end}]", "span")
            return
        add("quote-not-in-source", f"the quote is not in {source.path or source.id}", "quote",
            hint=describe_closest(text, claim.quote, start))


def describe_closest(text: str, quote: str, near: int) -> str:
    """Say what the closest passage of `text` to `quote` is, and why they differ when it is simple."""
    if unicodedata.normalize("NFC", quote) in unicodedata.normalize("NFC", text):
        return "the source has it with other Unicode accents (NFC vs NFD); copy the quote from the source"
    if " ".join(quote.split()) in " ".join(text.split()):
        return "the source has it with other spacing or line breaks; copy the quote from the source"
    found = closest_passage(text, quote, near)
    if found is None:
        return "nothing in the source is close to it"
    start, end, ratio = found
    passage = text[start:end]
    alike = f"{ratio:.0%}"
    if ratio < 1 and alike == "100%":  # one letter in a long quote (ç for c) is not « 100 % alike »
        alike = f"{math.floor(ratio * 1000) / 10:.1f}%"
    shown = passage if len(passage) <= _PROBE else passage[:_PROBE] + "…"
    return f"closest passage ({alike} alike) at [{start}, {end}]: «{shown}»{_differences(passage, quote, start)}"


def _differences(passage: str, quote: str, offset: int, shown: int = 3) -> str:
    """Where a near-identical passage differs from the quote ("ç" in the source, "c" in the quote), so a
    one-letter slip is seen at once; nothing when they differ too much for a short list to help, or are
    too long to compare in bounded time (difflib is quadratic: a sentence, not a whole article)."""
    if max(len(passage), len(quote)) > _DIFFERENCES_UP_TO:
        return ""
    changes = [op for op in difflib.SequenceMatcher(None, passage, quote, autojunk=False).get_opcodes()
               if op[0] != "equal"]
    if not changes or len(changes) > shown:
        return ""
    parts = [f"source «{passage[a:b]}» where the quote has «{quote[c:d]}» (at {offset + a})" for _, a, b, c, d in changes]
    return "; differs: " + ", ".join(parts)


def closest_passage(text: str, quote: str, near: int = 0) -> tuple[int, int, float] | None:
    """The window of `text` most like `quote` (difflib ratio), searched near `near`, in bounded time.

    difflib's ratio is quadratic in the length compared, and a quote that is not in its source was
    compared with a window at every word start: a 20 KB quote took 23 s, a 5 MB one never ended. Now
    only the quote's first `_PROBE` characters are compared, at the `_MAX_STARTS` word starts nearest to
    `near`, ranked by the linear `quick_ratio`; only the best `_FINALISTS` get the full ratio. At most
    1,500 linear passes over 300 characters and 8 quadratic ones: well under a second, whatever the sizes."""
    lo = max(0, near - _CLOSEST_WINDOW)
    hi = min(len(text), near + _CLOSEST_WINDOW)
    width = len(quote)
    probe = quote[:_PROBE]
    starts = [m.start() + lo for m in re.finditer(r"(?<!\w)\w", text[lo:hi])] or [lo]
    if len(starts) > _MAX_STARTS:
        starts = sorted(sorted(starts, key=lambda start: abs(start - near))[:_MAX_STARTS])
    matcher = difflib.SequenceMatcher(autojunk=False)
    matcher.set_seq2(probe)
    ranked: list[tuple[float, int]] = []
    for start in starts:
        matcher.set_seq1(text[start:start + len(probe)])
        ranked.append((matcher.quick_ratio(), -start))
    best: tuple[float, int] | None = None
    for _, negative in sorted(ranked, reverse=True)[:_FINALISTS]:
        matcher.set_seq1(text[-negative:-negative + len(probe)])
        ratio = matcher.ratio()
        if best is None or ratio > best[0] or (ratio == best[0] and -negative < best[1]):
            best = (ratio, -negative)
    if best is None or best[0] < 0.5:
        return None
    return best[1], min(len(text), best[1] + width), best[0]


def describe_validation_error(message: str, record: dict[str, Any]) -> tuple[str, str]:
    """msgspec's message on one record -> (stable code, a message for people)."""
    code, text, _, _ = _describe_validation_error(message, record)
    return code, text


def _describe_validation_error(message: str, record: dict[str, Any]) -> tuple[str, str, tuple[Key, ...], bool]:
    """msgspec's message -> (code, a message for people, path inside the record, point-at-key?)."""
    text, _, where = message.partition(" - at `")
    path = parse_json_path(where.rstrip("`")) if where else ()
    field = str(path[0]) if path else None
    if text.startswith("Object missing required field"):
        name = text.split("`")[1]
        return "missing-field", f"missing required field `{name}`", path, False
    if text.startswith("Object contains unknown field"):
        name = text.split("`")[1]
        return "unknown-field", f"unknown field `{name}`", path + (name,), True
    if field in ("period", "relative_to") and isinstance(record.get(field), str):
        try:
            Period.parse(record[field])
        except ValueError as err:
            return "invalid-period", str(err), path, False
    if text.startswith("Invalid enum value"):
        allowed = {"qualifier": "exact, approx, nearly, more_than, at_least, less_than, at_most, range",
                   "modality": "actual, target, forecast", "kind": "value, ratio",
                   "status": "extracted, reviewed, rejected"}.get(field or "")
        suffix = f" (one of: {allowed})" if allowed else ""
        return "invalid-value", f"`{field}`: {text.lower()}{suffix}", path, False
    if re.match(r"Expected `(?:int|float)` [<>]=", text):
        return "invalid-value", f"`{field}`: figures are finite and within ±10^18 (a quintillion)", path, False
    if field == "countries" and "matching regex" in text:
        return "unknown-country", "`countries` holds ISO 3166-1 alpha-2 codes such as KZ or VN", path, False
    if field == "direction" and "matching regex" in text:
        return "invalid-direction", "`direction` is FROM>TO with ISO codes, e.g. KZ>VN", path, False
    readable = text.replace("Expected `", "expected ").replace("`, got `", ", got ").rstrip("`")
    return "wrong-type", f"`{'.'.join(map(str, path)) or 'record'}`: {readable}", path, False


def _yaml_type(value: Any) -> str:
    return {dict: "mapping", list: "list", str: "string", int: "integer", float: "number",
            bool: "boolean", type(None): "null"}.get(type(value), type(value).__name__)


def _same(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


def _g(value: float | None) -> str:
    """A number as a person would type it back into the file: 250000000, 1.184, null."""
    from factcheck.tolerance import tidy

    return "null" if value is None else str(tidy(value))


# -- what sources/ holds that no command would read (issue 15: nothing is skipped silently) -------------
def source_folder_problems(unread: Iterable[Any]) -> list[Problem]:
    """`source-not-read` warnings for files in sources/ that are not `<slug>.txt` or its sidecar
    (`intake.UnreadFile` values): warnings, not errors, so a stray file does not fail CI, but it is
    always said, with what to do."""
    return [Problem("source-not-read", f.reason, Location(f"sources/{f.name}"), "warning", f.hint) for f in unread]


def date_line_problem(source_id: str, first_line: str) -> Problem | None:
    """`date-line-not-read` when an article's first line looks like a date that cannot be read."""
    from factcheck.dateline import date_line

    problem = date_line(first_line).problem
    if problem is None:
        return None
    return Problem("date-line-not-read", problem, Location(f"sources/{source_id}.txt", 1), "warning",
                   "until then the article has no publication date, and « l'an dernier » cannot be resolved")


def undated_problem(source: Source, left_out: int | None = None) -> Problem | None:
    """`no-publication-date` for an article with no date at all (no sidecar `published`, no date line,
    no full date in its text): its relative periods cannot be resolved. `left_out` is how many figures
    extraction left out for that reason, when it says."""
    from factcheck.extraction.periods import infer_publication
    from factcheck.intake import unresolved_relative_periods

    if source.meta.published or infer_publication(source.text):
        return None
    unresolved = unresolved_relative_periods(source.text)
    message = "no publication date (no date line, no `published` in the sidecar, no full date in the text): " \
              "relative periods cannot be resolved"
    if left_out is not None:
        message += f"; {left_out} figure{'s' * (left_out != 1)} left out because of it"
    if unresolved:
        shown = ", ".join(f"« {words} » (line {line})" for line, words in unresolved[:5])
        more = f" and {len(unresolved) - 5} more" if len(unresolved) > 5 else ""
        message += f"; unresolved: {shown}{more}"
    return Problem("no-publication-date", message, Location(source.path or f"sources/{source.id}.txt"), "warning",
                   "write ` date YYYY-MM` as the first line, or `published: YYYY-MM-DD` in the sidecar")
