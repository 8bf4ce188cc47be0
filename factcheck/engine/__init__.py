"""The consistency engine (pure): claims in, the sets of claims that cannot all be true out."""

from factcheck.engine.conflicts import conflict_id, find_conflicts
from factcheck.engine.targets import check_targets

__all__ = ["check_targets", "conflict_id", "find_conflicts"]
