"""The constraint network: claims become bounds on (series, period) variables, linked by ratios and by the
calendar, and interval propagation narrows every variable to a fixpoint or finds one empty.

A *series* is one metric between the same countries, in the same direction and unit. Each (series,
period) is a variable. A value claim bounds its variable; a ratio claim bounds value(period) /
value(relative_to); for additive metrics (lexicon `additive: true`) a part of a period is at most the
whole, and parts that tile a whole add up to it. Between the series of one pair's flows of goods,
identities hold whatever the articles say: trade is the sum of both directions, a balance one direction
less the other, an importer's figure the exporter's within the mirror margin, and a figure in one currency
the same figure in another at the period's exchange rates. Every narrowing records which claims and
which earlier narrowings it came from, so a contradiction can be explained as a chain a person can follow.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Sequence

import msgspec

from factcheck.engine.intervals import INF, NON_NEGATIVE, UNBOUNDED, Box
from factcheck.model import CHANGE, Period

SeriesKey = tuple[str, tuple[str, ...], str | None, str | None]  # metric, countries, direction, unit
Variable = tuple[int, str]  # (series number, period)


class Fact(msgspec.Struct, frozen=True, gc=False):
    """One actual claim as the engine sees it under one reading. Untracked by the garbage collector
    (`gc=False`: it holds only numbers, strings and a tuple of floats, so no cycle): a large repository
    makes hundreds of thousands, and collections scanning them cost more than building them."""

    index: int
    claim_id: str
    series: int
    period: str
    box: Box
    relative_to: str | None = None  # set for a ratio: value(period) = box × value(relative_to)
    earlier: str | None = None  # a count to a date: the months of `period` before the date's month
    to_date: bool = False  # a count to a date (« au 10 décembre »): period >= it, earlier <= it
    signed: bool = False  # a balance: its variable may be negative (the other direction's surplus)

    @property
    def variables(self) -> tuple[Variable, ...]:
        if self.relative_to is not None:
            return ((self.series, self.period), (self.series, self.relative_to))
        if self.earlier is not None:
            return ((self.series, self.period), (self.series, self.earlier))
        return ((self.series, self.period),)


class Calendar(msgspec.Struct, frozen=True):
    """A constraint that holds whatever the articles say. `rule` "calendar": `part` within `whole`, or
    `parts` tile `whole` (`tiling`); "flows-sum": whole = the sum of parts (trade and its two directions);
    "flows-difference": whole = parts[0] - parts[1] (a balance); "mirror" and "conversion":
    whole = factor × parts[0] (an importer's figure from the exporter's; one currency from another)."""

    whole: Variable
    parts: tuple[Variable, ...]
    tiling: bool  # True: whole = sum(parts); False: each part <= whole (parts has one element)
    rule: str = "calendar"
    factor: Box | None = None
    signed: bool = False  # its variables may be negative (balances)

    @property
    def variables(self) -> tuple[Variable, ...]:
        return (self.whole, *self.parts)


class Step(msgspec.Struct, frozen=True):
    """One narrowing: `variable` gets `bound` ("lo" or "hi") from a claim or from earlier steps."""

    variable: Variable
    side: str
    box: Box
    fact: int | None  # the claim that caused it (None for a calendar step)
    calendar: Calendar | None
    inputs: tuple[int, ...]  # earlier steps used


class Clash(msgspec.Struct):
    """Where propagation found no value possible: a variable's bound from one chain against another's."""

    variable: Variable
    current: Box
    incoming: Box
    steps: list[Step]
    low_step: int | None  # step that set the larger lower bound
    high_step: int | None  # step that set the smaller upper bound

    def proof(self) -> set[int]:
        """The steps the clash rests on. The proof is a DAG (steps share inputs): each is walked once."""
        needed: set[int] = set()
        stack = [s for s in (self.low_step, self.high_step) if s is not None]
        while stack:
            index = stack.pop()
            if index not in needed:
                needed.add(index)
                stack.extend(self.steps[index].inputs)
        return needed

    @property
    def gap(self) -> float:
        """How far apart the incompatible bounds are, relative to the smaller: 0 when they only touch."""
        lo = max(self.current.lo, self.incoming.lo)
        hi = min(self.current.hi, self.incoming.hi)
        if hi <= 0:
            if lo > 0 or lo == 0 and hi < 0:
                return INF  # opposite signs: a surplus against a deficit
            return max(0.0, (lo - hi) / abs(lo)) if lo < 0 else 0.0
        return max(0.0, (lo - hi) / hi)


class _State(msgspec.Struct):
    boxes: dict[Variable, Box]
    lo_step: dict[Variable, int | None] = msgspec.field(default_factory=dict)
    hi_step: dict[Variable, int | None] = msgspec.field(default_factory=dict)
    steps: list[Step] = msgspec.field(default_factory=list)


def calendar_constraints(periods: Iterable[str], series: int, containment: bool = True,
                         signed: bool = False) -> list[Calendar]:
    """Containment and tilings among the periods of one additive series: 2023-Q1 <= 2023, and
    2023 = H1 + H2 = Q1 + Q2 + Q3 + Q4 = the twelve months, when all parts are there; a run of months
    is the sum of its first months and the rest when both are known (2022-01/2022-07 = H1 + July).
    `containment=False` keeps only the tilings (a balance: a part may exceed its whole)."""
    import bisect

    parsed = {p: Period.parse(p) for p in set(periods)}
    by_range = {(v.start, v.end): p for p, v in parsed.items()}
    result: list[Calendar] = []
    ordered = sorted(parsed, key=lambda p: (parsed[p].start, -parsed[p].end))
    starts = [parsed[p].start for p in ordered]
    for whole in ordered:
        big = parsed[whole]
        tilings: set[tuple[str, ...]] = set()
        # only periods that start inside this one can be inside it: bisect, not all pairs
        for part in ordered[bisect.bisect_left(starts, big.start):bisect.bisect_right(starts, big.end)]:
            small = parsed[part]
            if part != whole and small.end <= big.end and (small.start, small.end) != (big.start, big.end):
                if containment:
                    result.append(Calendar((series, whole), ((series, part),), tiling=False, signed=signed))
                rest = by_range.get((small.end + 1, big.end))
                if small.start == big.start and rest is not None:
                    tilings.add((part, rest))
        for size in (6, 3, 1):
            if big.months <= size or big.months % size:
                continue
            pieces = [by_range.get((start, start + size - 1)) for start in range(big.start, big.end + 1, size)]
            if all(pieces):
                tilings.add(tuple(p for p in pieces if p))
        for tiling in sorted(tilings, key=lambda t: (len(t), t)):
            result.append(Calendar((series, whole), tuple((series, p) for p in tiling), tiling=True, signed=signed))
    return result


def relevant_constraints(calendar: Sequence[Calendar], variables: set[Variable]) -> list[Calendar]:
    """The constraints that bear on these variables, adding to `variables` the ones they bring in.

    A calendar constraint counts when all its periods are there. An identity between flows counts when
    any of its variables is there, bringing in the others unknown (trade and one direction stated: the
    other direction is some non-negative value), repeatedly, since identities chain (a balance, the two
    flows, trade)."""
    if not calendar or calendar[0].rule == "calendar":  # identities come first (Network.calendar_for): none here,
        # the common case of a series alone, as fast as it was before identities existed
        return [c for c in calendar if c.whole in variables and all(p in variables for p in c.parts)]
    pending = [c for c in calendar if c.rule != "calendar"]
    identities: list[Calendar] = []
    moved = True
    while moved and pending:
        moved = False
        rest = []
        for constraint in pending:
            if any(v in variables for v in constraint.variables):
                identities.append(constraint)
                variables.update(constraint.variables)
                moved = True
            else:
                rest.append(constraint)
        pending = rest
    chosen = [c for c in calendar if c.rule == "calendar" and c.whole in variables
              and all(p in variables for p in c.parts)]
    return [*identities, *chosen]


def _initial(facts: Sequence[Fact], relevant: Sequence[Calendar], variables: set[Variable]) -> dict[Variable, Box]:
    """Every variable starts non-negative, but a balance, which may be negative."""
    signed = {v for f in facts if f.signed for v in f.variables}
    if relevant and relevant[0].rule != "calendar":  # identities first: a balance may come in through them
        signed.update(v for c in relevant if c.signed for v in c.variables)
        signed.update(c.whole for c in relevant if c.rule == "flows-difference")
    boxes = dict.fromkeys(variables, NON_NEGATIVE)
    for variable in signed:
        boxes[variable] = UNBOUNDED
    return boxes


def change_of(fact: Fact) -> Variable | None:
    """The variable a change states by itself, value(period) ÷ value(relative_to): two changes of one
    series over one base meet there even when no claim gives a level (« +1,6 % » and « +3,2 % » on 2023)."""
    if fact.relative_to is None:
        return None
    return (fact.series, f"{fact.period}{CHANGE}{fact.relative_to}")


def _shared_changes(facts: Sequence[Fact]) -> set[Variable]:
    """The change variables stated by two claims or more: the only ones that can clash by themselves."""
    seen: set[Variable] = set()
    shared: set[Variable] = set()
    for fact in facts:
        change = change_of(fact)
        if change is not None:
            (shared if change in seen else seen).add(change)
    return shared


def propagate(facts: Sequence[Fact], calendar: Sequence[Calendar], trace: bool = False,
              widen: float = 0.0) -> Clash | None:
    """Narrow every variable to a fixpoint. Returns the first clash, or None when the facts can all hold.

    `widen` loosens every claim by that relative slack (to measure how narrowly a conflict survives);
    `trace` keeps the steps that explain a clash. Work is bounded: a cycle of ratios that shrinks an
    interval geometrically stops when nothing moves by more than a billionth, or after a fixed budget.
    """
    variables: set[Variable] = set()
    for fact in facts:
        variables.update(fact.variables)
    relevant = relevant_constraints(calendar, variables)
    state = _State(_initial(facts, relevant, variables))
    changes = _shared_changes(facts)
    for change in changes:  # a factor, never negative, whatever the series (a balance's is not stated)
        state.boxes[change] = NON_NEGATIVE
    watchers: dict[Variable, list[object]] = {v: [] for v in variables | changes}
    constraints: list[object] = [*facts, *relevant]
    for constraint in constraints:
        for variable in constraint.variables:  # type: ignore[attr-defined]  # a Fact or a Calendar
            watchers[variable].append(constraint)
    queue: deque[object] = deque(constraints)
    queued = {id(c) for c in constraints}
    budget = 400 * len(constraints) + 1000
    while queue and budget > 0:
        budget -= 1
        constraint = queue.popleft()
        queued.discard(id(constraint))
        for variable, box, inputs, cause in _revise(constraint, state, widen):
            clash, changed = _narrow(state, variable, box, inputs, cause, constraint, trace)
            if clash is not None:
                return clash
            if changed:
                for other in watchers[variable]:
                    if other is not constraint and id(other) not in queued:
                        queue.append(other)
                        queued.add(id(other))
    return None


Implied = tuple[Variable, Box, tuple[tuple[Variable, str], ...], int | None]  # (variable, box, bounds used, claim)


def _revise(constraint: object, state: _State, widen: float) -> list[Implied]:
    """The bounds a constraint implies now: (variable, box, which bounds it used, claim)."""
    boxes = state.boxes
    if isinstance(constraint, Fact):
        box = constraint.box.widened(widen) if widen else constraint.box
        if constraint.relative_to is not None:
            here, there = constraint.variables
            implied: list[Implied] = [
                (here, boxes[there].times(box), ((there, "lo"), (there, "hi")), constraint.index),
                (there, boxes[here].divided(box), ((here, "lo"), (here, "hi")), constraint.index),
            ]
            change = change_of(constraint)
            if change in boxes:  # stated by another claim too: the two factors must meet
                implied.append((change, box, (), constraint.index))
            return implied
        if constraint.to_date:  # the period is at least the count; the months before its date's month at most
            implied = [(constraint.variables[0], Box(box.lo, INF, box.lo_open, True), (), constraint.index)]
            if constraint.earlier is not None:
                implied.append((constraint.variables[1], Box(-INF, box.hi, True, box.hi_open), (), constraint.index))
            return implied
        return [(constraint.variables[0], box, (), constraint.index)]
    assert isinstance(constraint, Calendar)
    whole, parts = constraint.whole, constraint.parts
    if constraint.factor is not None:  # mirror, conversion: whole = factor × part
        part = parts[0]
        return [
            (whole, boxes[part].times(constraint.factor), ((part, "lo"), (part, "hi")), None),
            (part, boxes[whole].divided(constraint.factor), ((whole, "lo"), (whole, "hi")), None),
        ]
    if constraint.rule == "flows-difference":  # whole = a - b
        a, b = parts
        both = ((a, "lo"), (a, "hi"), (b, "lo"), (b, "hi"))
        return [
            (whole, boxes[a].minus(boxes[b]), both, None),
            (a, boxes[whole].plus(boxes[b]), ((whole, "lo"), (whole, "hi"), (b, "lo"), (b, "hi")), None),
            (b, boxes[a].minus(boxes[whole]), ((a, "lo"), (a, "hi"), (whole, "lo"), (whole, "hi")), None),
        ]
    if not constraint.tiling:
        part = parts[0]
        return [
            (part, Box(-INF, boxes[whole].hi, True, boxes[whole].hi_open), ((whole, "hi"),), None),
            (whole, Box(boxes[part].lo, INF, boxes[part].lo_open, True), ((part, "lo"),), None),
        ]
    total = Box(0.0, 0.0, False, False)
    for part in parts:
        total = total.plus(boxes[part])
    implied = [
        (whole, total, tuple((p, s) for p in parts for s in ("lo", "hi")), None)]
    for part in parts:
        others = Box(0.0, 0.0, False, False)
        for other in parts:
            if other != part:
                others = others.plus(boxes[other])
        implied.append((part, boxes[whole].minus(others),
                        ((whole, "lo"), (whole, "hi"), *((o, s) for o in parts if o != part for s in ("lo", "hi"))),
                        None))
    return implied


def _narrow(state: _State, variable: Variable, incoming: Box, inputs: tuple[tuple[Variable, str], ...],
            fact: int | None, constraint: object, trace: bool) -> tuple[Clash | None, bool]:
    """Intersect a variable with an implied box: (the clash if it empties, whether it narrowed)."""
    current = state.boxes[variable]
    merged = current.intersect(incoming)
    calendar = constraint if isinstance(constraint, Calendar) else None
    # which steps the incoming bounds came from: only a traced run keeps steps (most calls narrow nothing)
    input_steps = tuple(step for v, side in inputs
                        if (step := (state.lo_step if side == "lo" else state.hi_step).get(v)) is not None) \
        if trace else ()
    if merged.empty:
        steps = state.steps
        low_step, high_step = state.lo_step.get(variable), state.hi_step.get(variable)
        if trace:  # the incoming side as a step of its own, so both chains can be shown
            index = len(steps)
            steps.append(Step(variable, "lo" if incoming.lo > current.lo else "hi", incoming, fact, calendar,
                              input_steps))
            if incoming.lo > current.lo or (incoming.lo == current.lo and incoming.lo_open):
                low_step = index
            else:
                high_step = index
        return Clash(variable, current, incoming, steps, low_step, high_step), False
    if not merged.narrower_than(current):
        return None, False
    state.boxes[variable] = merged
    for side, moved in (("lo", merged.lo != current.lo or merged.lo_open != current.lo_open),
                        ("hi", merged.hi != current.hi or merged.hi_open != current.hi_open)):
        if not moved:
            continue
        step_id = None
        if trace:
            step_id = len(state.steps)
            state.steps.append(Step(variable, side, merged, fact, calendar, input_steps))
        (state.lo_step if side == "lo" else state.hi_step)[variable] = step_id
    return None, True


def allowed_intervals(facts: Sequence[Fact], calendar: Sequence[Calendar]) -> dict[Variable, Box] | None:
    """Every variable's interval at the fixpoint, or None when the facts contradict each other."""
    variables: set[Variable] = set()
    for fact in facts:
        variables.update(fact.variables)
    relevant = relevant_constraints(calendar, variables)
    state = _State(_initial(facts, relevant, variables))
    constraints: list[object] = [*facts, *relevant]
    for _ in range(60):  # sweeps to a fixpoint; a contradiction has no allowed intervals
        changed = False
        for constraint in constraints:
            for variable, box, inputs, cause in _revise(constraint, state, 0.0):
                clash, moved = _narrow(state, variable, box, inputs, cause, constraint, False)
                if clash is not None:
                    return None
                changed = changed or moved
        if not changed:
            break
    return state.boxes
