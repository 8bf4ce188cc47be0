"""The reader's state for one sentence and the small helpers every rule uses (frames, cues, leaving a figure out)."""

from __future__ import annotations

from factcheck import lexicon
from factcheck.extraction.frames import Frame, frame_at, sentence_frames
from factcheck.extraction.mentions import Cue, SentenceMentions
from factcheck.extraction.numbers import Quantity
from factcheck.extraction.reading.figures import Context, Figure, Flow, LeftOut
from factcheck.lexicon import Policy


class ReaderCore:
    """Reads the figures of one sentence into drafts and left-out figures: the state every rule shares."""

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
        self.levels: list[Figure] = []  # the sentence's levels (figures that are not percentages)
        self.figure_starts: set[int] = set()  # where the sentence's figures (levels and percentages) start
        self.scopes: dict[int, tuple[int, int]] = {}  # figure start -> the span its countries come from
        self.flows_of_stock: set[int] = set()  # figures read as « les flux » of the stock the sentence before gave
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
