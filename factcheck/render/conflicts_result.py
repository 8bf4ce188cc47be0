"""The result `factcheck conflicts` renders: conflicts, target checks, and what renderers need to cite."""

from __future__ import annotations

import msgspec

from factcheck.engine.currency import CurrencyGap
from factcheck.lexicon import Policy
from factcheck.model import Claim, Conflict, TargetCheck

SEVERITY_RANK = {"minor": 1, "major": 2}


class ConflictReport(msgspec.Struct, frozen=True):
    conflicts: list[Conflict]
    claims: dict[str, tuple[str, Claim]]
    policy: Policy
    fail_on: str = "major"
    targets: list[TargetCheck] | None = None
    locations: dict[str, tuple[str, int, int]] = msgspec.field(default_factory=dict)  # claim id -> path, line, column
    gaps: list[CurrencyGap] = msgspec.field(default_factory=list)  # currencies left apart: no rate

    def failing(self) -> list[Conflict]:
        """The new (unacknowledged) conflicts at or above `--fail-on`."""
        if self.fail_on == "never":
            return []
        floor = SEVERITY_RANK[self.fail_on]
        return [c for c in self.conflicts if not c.acknowledged and SEVERITY_RANK[c.severity] >= floor]

    def confirmed(self, conflict: Conflict) -> bool:
        """Every claim of the conflict was checked by a person (`reviewed`): the conflict is confirmed;
        otherwise it is still to review."""
        return all(self.claims[c][1].status == "reviewed" for c in conflict.claims if c in self.claims)

    def counts(self) -> dict[str, int]:
        conflicts = self.conflicts
        return {"conflicts": len(conflicts), "major": sum(c.severity == "major" for c in conflicts),
                "minor": sum(c.severity == "minor" for c in conflicts),
                "strict": sum(c.reading == "strict" for c in conflicts),
                "pragmatic": sum(c.reading == "pragmatic" for c in conflicts),
                "narrow": sum(c.narrow for c in conflicts),
                "acknowledged": sum(c.acknowledged for c in conflicts),
                "confirmed": sum(self.confirmed(c) for c in conflicts),
                "to_review": sum(not self.confirmed(c) for c in conflicts),
                "failing": len(self.failing())}


class CachedConflicts(msgspec.Struct):
    """What a warm `factcheck conflicts` needs: the conflicts, and the claims they cite."""

    conflicts: list[Conflict]
    claims: list[tuple[str, Claim]]
    gaps: list[CurrencyGap] = msgspec.field(default_factory=list)
