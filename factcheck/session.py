"""A review session: the queue, where the reviewer is in it, what can be undone, and the conflicts each
claim takes part in. Every decision goes to disk at once through the store (`write_decisions`: one atomic,
fsynced rename), so quitting, a crash or a kill loses nothing decided. The full-screen reviewer
(`factcheck.tui`) is a view over this object; tests drive it directly too.

Conflicts are computed once at the start, for the whole repository. After a decision, those of the
claim's series (metric, countries, direction: conflicts never cross one) are recomputed lazily, when a
claim of that series is next shown; the queue's order stays as it was at the start, so the claims do not
move under the reviewer's hands.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from factcheck.errors import UsageError
from factcheck.lexicon import Metric, Policy
from factcheck.model import Claim, Conflict
from factcheck.review import QueueItem, corrected, decided, field_value, parse_assignment, review_queue
from factcheck.store import Repository

SeriesKey = tuple[str, tuple[str, ...], str | None]


def series_of(claim: Claim) -> SeriesKey:
    return (claim.metric, tuple(claim.countries), claim.direction)


@dataclass
class Decision:
    """One decision made in the session, with what it replaced (for undo)."""

    source: str
    before: Claim
    after: Claim


@dataclass
class ReviewSession:
    repo: Repository
    policy: Policy
    metrics: Mapping[str, Metric]
    claims: list[tuple[str, Claim]]  # every claim of the repository, rejected ones included
    reviewer: str
    day: str
    only: Sequence[str] | None = None
    queue: list[QueueItem] = field(default_factory=list)
    position: int = 0
    history: list[Decision] = field(default_factory=list)
    _conflicts: dict[SeriesKey, list[Conflict]] = field(default_factory=dict)
    _stale: set[SeriesKey] = field(default_factory=set)

    def __post_init__(self) -> None:
        from factcheck.engine import find_conflicts

        found = find_conflicts(self._active(), self.policy, self.metrics)
        for conflict in found:
            self._conflicts.setdefault((conflict.metric, conflict.countries, conflict.direction), []).append(conflict)
        self.queue = review_queue(self.claims, found, self.only)

    def _active(self, key: SeriesKey | None = None) -> list[tuple[str, Claim]]:
        return [(s, c) for s, c in self.claims if c.status != "rejected" and (key is None or series_of(c) == key)]

    # -- where we are -------------------------------------------------------------------------------
    @property
    def done(self) -> bool:
        return self.position >= len(self.queue)

    def current(self) -> tuple[str, Claim] | None:
        """The claim under review, as it is now (after any decision on it)."""
        if self.done:
            return None
        wanted = self.queue[self.position].claim.id
        return next((s, c) for s, c in self.claims if c.id == wanted)

    def conflicts_of(self, claim: Claim) -> list[Conflict]:
        """The conflicts the claim takes part in now (its series recomputed if a decision touched it)."""
        key = series_of(claim)
        if key in self._stale:
            from factcheck.engine import find_conflicts

            self._conflicts[key] = find_conflicts(self._active(key), self.policy, self.metrics)
            self._stale.discard(key)
        return [c for c in self._conflicts.get(key, []) if claim.id in c.claims]

    def claim(self, claim_id: str) -> tuple[str, Claim] | None:
        return next(((s, c) for s, c in self.claims if c.id == claim_id), None)

    # -- decisions ----------------------------------------------------------------------------------
    def accept(self) -> Claim:
        return self._decide(lambda c: decided(c, "reviewed", self.reviewer, self.day))

    def reject(self, reason: str) -> Claim:
        return self._decide(lambda c: decided(c, "rejected", self.reviewer, self.day, reason))

    def edit(self, assignments: str) -> Claim:
        """`period=2021 qualifier=approx`: a correction, reviewed at once (the interval recomputed)."""
        changes = {}
        for part in assignments.split():
            name, value = parse_assignment(part)
            changes[name] = field_value(name, value)
        if not changes:
            raise UsageError("nothing to set: write FIELD=VALUE, e.g. period=2021 qualifier=approx")
        return self._decide(lambda c: decided(corrected(c, changes, self.policy), "reviewed", self.reviewer,
                                              self.day))

    def skip(self) -> None:
        if not self.done:
            self.position += 1

    def undo(self) -> Claim | None:
        """Take back the last decision: the record as it was is written back, and the reviewer returns to it."""
        if not self.history:
            return None
        last = self.history.pop()
        self._write(last.source, last.before)
        ids = [item.claim.id for item in self.queue]
        if last.before.id in ids:
            self.position = ids.index(last.before.id)
        return last.before

    def _decide(self, change: object) -> Claim:
        found = self.current()
        if found is None:
            raise UsageError("nothing left to review")
        source, claim = found
        after = change(claim)  # type: ignore[operator]
        self._write(source, after)
        self.history.append(Decision(source, claim, after))
        self.position += 1
        return after

    def _write(self, source: str, claim: Claim) -> None:
        self.repo.write_decisions(source, {claim.id: claim})
        for index, (s, c) in enumerate(self.claims):
            if c.id == claim.id:
                self._stale.update({series_of(c), series_of(claim)})
                self.claims[index] = (s, claim)
                break
