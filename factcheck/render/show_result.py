"""What `factcheck show` renders: one metric's series, and the words and names every format shares."""

from __future__ import annotations

import re
from collections.abc import Iterable

import msgspec

from factcheck.engine.series import FlowView, MetricCount, SeriesView
from factcheck.model import Claim, Interval
from factcheck.render.humanize import NBSP, QUALIFIER_SIGNS, amount, figure, span_amount
from factcheck.render.safe import one_line


class ShowReport(msgspec.Struct, frozen=True):
    metric: str
    series: list[SeriesView]
    flows: list[FlowView] = msgspec.field(default_factory=list)  # a pair's flows side by side (trade metrics)


class MetricListing(msgspec.Struct, frozen=True):
    """`factcheck show` without --metric: the metrics that have claims."""

    counts: list[MetricCount]
    labels: dict[str, str]  # metric -> its French label from the lexicon


_ARTICLES = {"le", "la", "les", "l", "de", "du", "des", "un", "une", "the", "a"}


def short_names(source_ids: Iterable[str]) -> dict[str, str]:
    """Column headers: the slug without its date, cut to its first words, as many as keep names apart
    ("2023-08-tokayev-state-visit-hanoi" -> "tokayev")."""
    ids = list(dict.fromkeys(source_ids))
    words = {s: [w for w in re.sub(r"^\d{4}(-\d{2}){0,2}-", "", s).split("-") if w] or [s] for s in ids}
    count = {s: 1 + (w[0] in _ARTICLES and len(w) > 1) for s, w in words.items()}  # "les-echos", not "les"
    for _ in range(8):  # only names that collide grow, a word at a time
        names = {s: "-".join(words[s][:count[s]])[:16] for s in ids}
        clashing = [s for s in ids if list(names.values()).count(names[s]) > 1]
        if not clashing:
            return {s: one_line(n) for s, n in names.items()}
        for source in clashing:
            count[source] += 1
    return {s: one_line(s) for s in ids}


def short_figure(claim: Claim) -> str:
    """A claim's figure without the unit the title already gives: "> 500 M", "≈ × 2 vs 2023"."""
    if claim.kind == "ratio":
        return figure(claim).replace(" ", NBSP)  # "× 2 vs 2023" is one figure: never wrapped inside
    sign = QUALIFIER_SIGNS.get(claim.qualifier, "")
    prefix = f"{sign}{NBSP}" if sign else ""
    if claim.qualifier == "range" and claim.low is not None and claim.high is not None:
        return span_amount(claim.low, claim.high, None)
    return prefix + amount(claim.stated, None)


def span_text(span: Interval | None, unit: str | None = None) -> str:
    """An interval in a few characters, to three significant figures (JSON keeps full values): "0,9–1 Md",
    "500–556 M", "> 500 M", "≤ 1 Md", "—" when nothing is known."""
    if span is None:
        return "—"
    span = Interval(_significant(span.low), _significant(span.high), span.low_open, span.high_open)
    if span.low is not None and span.high is not None:
        if span.low == span.high:
            return amount(span.low, unit)
        return span_amount(span.low, span.high, unit)
    if span.low is not None:
        return f"{'>' if span.low_open else '≥'}{NBSP}{amount(span.low, unit)}"
    assert span.high is not None
    return f"{'<' if span.high_open else '≤'}{NBSP}{amount(span.high, unit)}"


def _significant(value: float | None) -> float | None:
    """A stated figure as it is (146,3 M); a computed bound to three figures (555 555 556 -> 556 M)."""
    if value is None or float(f"{value:.4g}") == value:
        return value
    return float(f"{value:.3g}")


def series_title(view: SeriesView) -> str:
    countries = "–".join(view.countries)
    direction = f" ({view.direction})" if view.direction else ""
    unit = f" · {view.unit}" if view.unit else ""
    return one_line(f"{view.metric} · {countries}{direction}{unit}")


def conflict_numbers(view: SeriesView) -> dict[str, int]:
    """Conflicts numbered #1, #2... in report order, so a narrow table can point at them."""
    return {c.id: n for n, c in enumerate(view.conflicts, start=1)}


def rounded(value: float | None) -> float | None:
    """JSON numbers without float noise (122334694.76939628 -> 122334694.769)."""
    if value is None:
        return None
    return float(f"{value:.12g}") if not float(value).is_integer() else value


FLOW_NOTE = ("(…) implied by the others: trade is the sum of the two directions, the balance the first direction "
             "less the second")


def flow_table(view: FlowView) -> tuple[list[str], list[list[tuple[str, bool]]]]:
    """Headers and cells (text, implied) of a pair's flows side by side, for every format."""
    arrow = view.forward.replace(">", "→"), view.backward.replace(">", "→")
    headers = ["period", "trade", arrow[0], arrow[1], f"balance {arrow[0]}"]
    rows = []
    for row in view.rows:
        cells = [(row.period, False)]
        for cell in (row.trade, row.forward, row.backward, row.balance):
            text = span_text(cell.span)
            cells.append((text if cell.stated or cell.span is None else f"({text})", not cell.stated))
        rows.append(cells)
    return headers, rows


def flow_title(view: FlowView) -> str:
    return f"flows · {'–'.join(view.countries)} · {view.unit or '?'} · {view.reading} reading"
