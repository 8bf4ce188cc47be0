"""The chart of `factcheck show` as an image (SVG or PNG) for a report, drawn with matplotlib.

matplotlib is an optional extra (`pip install 'factcheck[plot]'`): importing this module without it
raises ImportError, which the CLI turns into a message saying how to install it. The image is
returned as bytes; the store writes it. Output is reproducible: no date in the metadata, a fixed hash
salt for SVG ids.
"""

from __future__ import annotations

import io

import matplotlib

matplotlib.use("Agg")  # no display needed, and no GUI toolkit imported

from matplotlib import pyplot  # noqa: E402

from factcheck.engine.series import SeriesView  # noqa: E402
from factcheck.model import Interval  # noqa: E402
from factcheck.render.chart import Scale  # noqa: E402
from factcheck.render.humanize import amount  # noqa: E402
from factcheck.render.show_result import ShowReport, series_title, short_names  # noqa: E402

COLOURS = {"stated": "#1f77b4", "derived": "#17becf", "conflict": "#d62728", "allowed": "#2ca02c",
           "outlook": "#9467bd"}


def plot_image(report: ShowReport, kind: str) -> bytes:
    """The chart of every series of the report, stacked, as SVG or PNG bytes."""
    heights = [max(2.0, 0.32 * _rows(view)) + 1.2 for view in report.series]
    with pyplot.rc_context({"svg.hashsalt": "factcheck", "font.size": 9}):
        figure, axes = pyplot.subplots(len(report.series), 1, figsize=(9, sum(heights)),
                                       gridspec_kw={"height_ratios": heights}, squeeze=False)
        for view, axis in zip(report.series, axes[:, 0], strict=True):
            _draw(view, axis)
        figure.tight_layout()
        buffer = io.BytesIO()
        metadata = {"Date": None} if kind == "svg" else {"Software": "factcheck"}
        figure.savefig(buffer, format=kind, metadata=metadata, dpi=120)
        pyplot.close(figure)
    return buffer.getvalue()


def _rows(view: SeriesView) -> int:
    return sum(1 + len(row.views) + len(row.outlook) for row in view.periods)


def _draw(view: SeriesView, axis) -> None:  # type: ignore[no-untyped-def]
    names = short_names(view.sources)
    values = [v for row in view.periods for span in (row.allowed, *(w.span for w in row.views)) if span
              for v in (span.low, span.high) if v is not None]
    values += [e.claim.stated for row in view.periods for e in row.outlook if e.claim.stated is not None]
    scale = Scale.fit(values or [1.0], 100)
    labels: list[str] = []
    y = 0
    for row in view.periods:
        _span(axis, y, row.allowed, scale, COLOURS["allowed"], 7, alpha=0.5)
        labels.append(f"{row.period}  allowed")
        y += 1
        for found in row.views:
            colour = COLOURS["conflict"] if found.conflicting else COLOURS["derived" if found.derived else "stated"]
            _span(axis, y, found.span, scale, colour, 4, dashed=found.derived)
            labels.append(f"{names.get(found.source, found.source)}" + (" ✗" if found.conflicting else ""))
            y += 1
        for entry in row.outlook:
            if entry.claim.stated is not None:
                axis.plot([entry.claim.stated], [y], marker="D", color=COLOURS["outlook"])
                labels.append("objectif" if entry.claim.modality == "target" else "prévision")
                y += 1
    axis.set_yticks(range(len(labels)), labels)
    axis.set_ylim(len(labels) - 0.5, -0.5)
    axis.set_xlim(scale.low, scale.high)
    if scale.log:
        axis.set_xscale("log")
    axis.set_xticks(scale.ticks(), [amount(t, None).replace("\u00a0", " ") for t in scale.ticks()])
    axis.minorticks_off()
    axis.grid(axis="x", alpha=0.3)
    axis.set_title(f"{series_title(view)} ({view.reading} reading)", loc="left")


def _span(axis, y: int, span: Interval | None, scale: Scale, colour: str, width: float,  # type: ignore[no-untyped-def]
          alpha: float = 1.0, dashed: bool = False) -> None:
    if span is None:
        return
    low = span.low if span.low is not None else scale.low
    high = span.high if span.high is not None else scale.high
    if low == high:
        axis.plot([low], [y], marker="|", markersize=10, color=colour)
        return
    axis.plot([low, high], [y, y], color=colour, linewidth=width, alpha=alpha, solid_capstyle="butt",
              linestyle=(0, (2, 1)) if dashed else "-")
