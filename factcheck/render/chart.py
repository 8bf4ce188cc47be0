"""The series as a text chart: per period, each source's interval as a bar on one shared scale.

Plain characters, so it reads the same without colour (NO_COLOR) and in a CI log; styles are hints a
colour renderer may use. A log scale when the figures span an order of magnitude or more, so a quarter
and a year both stay visible. Lines are built as (text, style) segments; `render/table.py` paints them.
"""

from __future__ import annotations

import math

import msgspec

from factcheck.engine.series import SeriesView
from factcheck.model import Interval
from factcheck.render.humanize import amount

Segment = tuple[str, str | None]  # text, style: None, "period", "conflict", "allowed", "outlook", "derived", "dim"
OUTLOOK_WORDS = {"target": "objectif", "forecast": "prévision"}
MIN_BAR = 16  # narrower than this, labels go on their own line
LEGEND = {"─": "├─┤ stated", "┄": "├┄┤ implied by the source's other figures", "═": "╞═╡ allowed",
          "◆": "◆ target/forecast", "✗": "✗ in a conflict"}


class Scale(msgspec.Struct, frozen=True):
    low: float
    high: float
    log: bool
    cells: int

    @classmethod
    def fit(cls, values: list[float], cells: int) -> Scale:
        positive = [v for v in values if v > 0 and math.isfinite(v)]
        if not positive:
            return cls(0.0, 1.0, False, cells)
        low, high = min(positive), max(positive)
        if high / low >= 10:
            pad = (math.log10(high) - math.log10(low)) * 0.04
            return cls(10 ** (math.log10(low) - pad), 10 ** (math.log10(high) + pad), True, cells)
        spread = (high - low) or high * 0.2
        return cls(max(0.0, low - spread * 0.08), high + spread * 0.08, False, cells)

    def column(self, value: float) -> int:
        """The cell a value falls in, clamped to the chart."""
        if self.log:
            if value <= 0:
                return 0
            share = (math.log10(value) - math.log10(self.low)) / (math.log10(self.high) - math.log10(self.low))
        else:
            share = (value - self.low) / ((self.high - self.low) or 1.0)
        return min(self.cells - 1, max(0, round(share * (self.cells - 1))))

    def ticks(self) -> list[float]:
        """Round values to mark on the axis, spaced so their labels never collide."""
        room = max(1, self.cells // 9)
        if self.log:
            candidates: list[list[float]] = []
            for steps in ((1, 2, 5), (1, 3), (1,)):
                found = [m * 10 ** k for k in range(math.floor(math.log10(self.low)) - 1,
                                                    math.ceil(math.log10(self.high)) + 1)
                         for m in steps if self.low <= m * 10 ** k <= self.high]
                candidates.append(found)
            for found in candidates:
                if len(found) <= room:
                    return found
            return candidates[-1][:: max(1, math.ceil(len(candidates[-1]) / room))]
        raw = (self.high - self.low) / room
        magnitude = 10 ** math.floor(math.log10(raw)) if raw > 0 else 1.0
        step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
        first = math.ceil(self.low / step) * step
        return [first + i * step for i in range(int((self.high - first) / step) + 1)]


def chart(view: SeriesView, names: dict[str, str], width: int) -> list[list[Segment]]:
    """The chart's lines for one series, at most `width` characters each."""
    values: list[float] = []
    for row in view.periods:
        for span in [row.allowed, *(v.span for v in row.views)]:
            if span is not None:
                values.extend(v for v in (span.low, span.high) if v is not None)
        values.extend(e.claim.stated for e in row.outlook if e.claim.stated is not None)
    if not values:
        return []
    labels = [row.period for row in view.periods] + [f"  {names.get(v.source, v.source)}"
                                                      for row in view.periods for v in row.views]
    labels += [f"  {OUTLOOK_WORDS.get(e.claim.modality, '')}" for row in view.periods for e in row.outlook]
    label_width = min(18, max(len(label) for label in labels))
    wide = width - label_width - 3 >= MIN_BAR
    cells = (width - label_width - 3) if wide else max(8, width - 3)
    scale = Scale.fit(values, cells)
    lines: list[list[Segment]] = []

    def line(label: str, style: str | None, bar: list[Segment], mark: str = " ") -> None:
        mark_segment: Segment = (mark, "conflict" if mark != " " else None)
        if wide:
            lines.append([(label[:label_width].ljust(label_width) + " ", style), *bar, (" " + mark_segment[0],
                                                                                        mark_segment[1])])
        else:
            lines.append([(label[:width], style)])
            lines.append([("  ", None), *bar, (mark_segment[0], mark_segment[1])])

    for row in view.periods:
        line(row.period, "period", _bar(row.allowed, scale, "╞", "═", "╡", "allowed"))
        for found in row.views:
            style = "conflict" if found.conflicting else ("derived" if found.derived else None)
            ends = ("├", "┄", "┤") if found.derived else ("├", "─", "┤")
            line(f"  {names.get(found.source, found.source)}", None, _bar(found.span, scale, *ends, style),
                 "✗" if found.conflicting else " ")
        for entry in row.outlook:
            if entry.claim.stated is not None:
                line(f"  {OUTLOOK_WORDS.get(entry.claim.modality, '')}", "outlook", _point(entry.claim.stated, scale))
    lines.extend(_axis(scale, label_width if wide else 2))
    drawn = "".join(text for line in lines for text, _ in line)
    used = tuple(text for glyph, text in LEGEND.items() if glyph in drawn or (glyph == "─" and "┼" in drawn))
    return [_fit(line, width) for line in lines] + _legend(("log scale",) * scale.log + used, width)


def _legend(items: tuple[str, ...], width: int) -> list[list[Segment]]:
    """The key, wrapped between items."""
    lines: list[str] = []
    for item in items:
        if lines and len(lines[-1]) + 3 + len(item) <= width:
            lines[-1] += " · " + item
        else:
            lines.append(item[:width])
    return [[(text, "dim")] for text in lines]


def _bar(span: Interval | None, scale: Scale, start: str, fill: str, end: str, style: str | None) -> list[Segment]:
    cells = [" "] * scale.cells
    if span is not None:
        first = scale.column(span.low) if span.low is not None else 0
        last = scale.column(span.high) if span.high is not None else scale.cells - 1
        for at in range(first, last + 1):
            cells[at] = fill
        cells[first] = start if span.low is not None else "◂"
        cells[last] = end if span.high is not None else "▸"
        if first == last:
            cells[first] = "┼" if fill != "═" else "╪"
    text = "".join(cells)
    left = len(text) - len(text.lstrip())
    right = len(text.rstrip())
    return [(text[:left], None), (text[left:right], style), (text[right:], None)]


def _point(value: float, scale: Scale) -> list[Segment]:
    at = scale.column(value)
    return [(" " * at, None), ("◆", "outlook"), (" " * (scale.cells - at - 1), None)]


def _axis(scale: Scale, indent: int) -> list[list[Segment]]:
    rule = ["─"] * scale.cells
    labels = [" "] * (scale.cells + 12)
    taken = -1
    for tick in scale.ticks():
        at = scale.column(tick)
        rule[at] = "┴"
        text = amount(tick, None).replace("\u00a0", " ")
        begin = max(0, min(at - len(text) // 2, scale.cells - len(text)))
        if begin > taken:
            labels[begin:begin + len(text)] = list(text)
            taken = begin + len(text)
    pad = " " * (indent + 1)
    return [[(pad + "".join(rule), "dim")], [(pad + "".join(labels).rstrip(), "dim")]]


def _fit(line: list[Segment], width: int) -> list[Segment]:
    """Cut a line to the width (the legend wraps at separators instead)."""
    total = "".join(text for text, _ in line)
    if len(total) <= width:
        return [(text, style) for text, style in line]
    kept: list[Segment] = []
    used = 0
    for text, style in line:
        room = width - used
        if room <= 0:
            break
        kept.append((text[:room], style))
        used += len(text[:room])
    return kept
