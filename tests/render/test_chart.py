"""The text chart of `factcheck show` and the names and figures its table uses."""

from __future__ import annotations

from factcheck.engine.series import PeriodRow, SeriesView, View
from factcheck.model import Interval
from factcheck.render.chart import Scale, chart
from factcheck.render.show_result import short_names, span_text


def view(*rows: PeriodRow) -> SeriesView:
    return SeriesView("trade", ("FR", "IN"), None, "EUR", "pragmatic", ("lesechos",), rows, (), ())


def row(period: str, *views: View, allowed: Interval | None = None) -> PeriodRow:
    return PeriodRow(period, (), (), views, allowed, ())


def text(lines: list[list[tuple[str, str | None]]]) -> list[str]:
    return ["".join(part for part, _ in line) for line in lines]


def test_a_log_scale_only_when_figures_span_an_order_of_magnitude() -> None:
    assert Scale.fit([1.2e8, 5e9], 60).log
    assert not Scale.fit([4e8, 1e9], 60).log
    scale = Scale.fit([1.2e8, 5e9], 60)
    assert 0 < scale.column(1.2e8) < scale.column(1e9) < scale.column(5e9) < 59  # a margin on each side
    assert scale.column(5e9) - scale.column(1e9) < scale.column(1e9) - scale.column(1.2e8)  # ratios, not sums


def test_axis_ticks_are_round_and_never_crowded() -> None:
    for values, cells in (([1.2e8, 5e9], 60), ([4e8, 1e9], 60), ([150_000, 300_000], 30), ([20.9, 21.1], 70)):
        scale = Scale.fit(values, cells)
        ticks = scale.ticks()
        assert ticks and len(ticks) <= max(1, cells // 9)
        assert all(scale.low <= t <= scale.high for t in ticks)


def test_open_ended_intervals_run_to_the_edge_with_an_arrow() -> None:
    lines = text(chart(view(row("2023", View("lesechos", Interval(5e9, None, True, False), False, False)),
                            row("2024", View("lesechos", Interval(None, 8e9), False, True))), {}, 60))
    above = next(line for line in lines if line.startswith("  lesechos") and "▸" in line)
    below = next(line for line in lines if "◂" in line)
    assert above.rstrip().endswith("▸") and below.rstrip().endswith("✗")


def test_every_line_fits_and_the_legend_lists_only_what_is_drawn() -> None:
    rows = (row("2023", View("lesechos", Interval(4.1e9, 4.6e9), False, False), allowed=Interval(4.1e9, 4.6e9)),
            row("2024", View("lesechos", Interval(4.4e9, 5e9), True, False)))
    for width in (30, 50, 80, 120):
        lines = text(chart(view(*rows), {"lesechos": "les-echos"}, width))
        assert max(len(line) for line in lines) <= width
        legend = " ".join(lines[-3:])
        assert "implied" in legend and "allowed" in legend and "conflict" not in legend and "target" not in legend
    narrow = text(chart(view(*rows), {"lesechos": "les-echos"}, 24))
    assert "  les-echos" in narrow  # labels on their own line when the bars would be too short


def test_short_names_drop_the_date_and_grow_until_they_differ() -> None:
    names = short_names(["2024-02-le360-maroc-senegal", "2025-01-les-echos-inde-france", "2025-03-le360-dakar",
                         "2023-08-tokayev-state-visit-hanoi"])
    assert names == {"2024-02-le360-maroc-senegal": "le360-maroc", "2025-01-les-echos-inde-france": "les-echos",
                     "2025-03-le360-dakar": "le360-dakar", "2023-08-tokayev-state-visit-hanoi": "tokayev"}


def test_intervals_in_a_few_characters() -> None:
    assert span_text(None) == "—"
    assert span_text(Interval(5e8, 555_555_555.6)) == "500–556\u00a0M"
    assert span_text(Interval(5e8, None, True, False)) == ">\u00a0500\u00a0M"
    assert span_text(Interval(None, 1e9)) == "≤\u00a01\u00a0Md"
    assert span_text(Interval(146.3e6, 146.3e6)) == "146,3\u00a0M"
