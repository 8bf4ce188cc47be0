"""Whether a figure is actual, a target or a forecast, and how far the words that say so reach."""

from __future__ import annotations

import re

from factcheck.extraction.mentions import Cue
from factcheck.extraction.reading.quantities import QuantityRules
from factcheck.model import Period

_CONDITIONAL = re.compile(r"\b[a-z]{3,}(?:rait|raient|ront)\b")


_NOT_CONDITIONAL = frozenset({"portrait", "retrait", "extrait", "attrait", "abstrait", "distrait", "soustrait",
                              "trait"})



class ModalityRules(QuantityRules):
    """Rules for actual, target and forecast figures."""

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
