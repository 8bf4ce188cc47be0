"""`factcheck show`: one metric's series over time, every source side by side, and a chart."""

import sys
from pathlib import Path
from typing import Annotated, Literal

import typer

from factcheck.cli.options import NoColorOption, RootOption, jobs, render_options, resolve_root, use_cache

ShowFormat = Literal["table", "json", "markdown"]


def command(
    ctx: typer.Context,
    metric: Annotated[str | None, typer.Option("--metric", "-m", help="The metric to show (trade, tourists...); "
                                               "without it, the metrics that have claims.")] = None,
    country: Annotated[list[str] | None, typer.Option("--country", "-c", help="Only series about this country "
                                                      "(ISO code); twice to pick a pair.")] = None,
    unit: Annotated[str | None, typer.Option("--unit", help="Only the series in this unit (USD, EUR...).")] = None,
    direction: Annotated[str | None, typer.Option("--direction", "-d", metavar="FROM>TO", help="Only the series "
                                                  "in this direction: --direction 'ES>MA' (quoted for the "
                                                  "shell) is Spain's exports to Morocco, Morocco's imports "
                                                  "from Spain.")] = None,
    between: Annotated[str | None, typer.Option("--between", metavar="START..END", help="Only periods that "
                                                "overlap this range: 2020..2025, 2023-H1..2024, 2022.., ..2024."
                                                )] = None,
    format: Annotated[ShowFormat, typer.Option("--format", "-f", help="table (with a chart) for people; json for "
                                               "programs; markdown for a note.")] = "table",
    plot: Annotated[str | None, typer.Option("--plot", metavar="FILE", help="Also draw the chart into FILE.svg or "
                                              "FILE.png (needs the plot extra: pip install 'factcheck\\[plot]').",
                                              )] = None,
    root: RootOption = None,
    no_color: NoColorOption = False,
) -> int:
    """Show what the articles say a metric was, period by period, with the interval the consistent claims
    allow and the conflicts marked.

    Rows are periods (each year before its halves and quarters), columns the sources; targets and
    forecasts are listed apart. A period no article states but one implies (a growth rate against a
    year earlier) appears with the figure implied. The chart puts every source's interval on one
    scale, a log scale when figures span orders of magnitude. For trade, exports, imports and
    balance, a pair's flows follow side by side: the total, each direction and the balance, stated or
    implied by the others (trade is the sum of the two directions, the balance their difference).

    Example: factcheck show --metric trade --between 2022..2025 --plot trade.svg
    Example: factcheck show --metric exports --direction 'ES>MA'
    """
    from factcheck import lexicon
    from factcheck.engine.parallel import find_conflicts_parallel
    from factcheck.engine.series import metric_counts, series_views
    from factcheck.errors import UsageError
    from factcheck.query import ClaimQuery, iter_claims
    from factcheck.render import renderer
    from factcheck.render.show_result import MetricListing, ShowReport
    from factcheck.store import Repository, load_claim_files

    repo = Repository(resolve_root(ctx, root))
    files = load_claim_files(repo, use_cache(ctx), jobs(ctx))
    options = render_options(ctx, no_color)
    if metric is None:
        if plot is not None:
            raise UsageError("--plot draws one metric: add --metric")
        listing = MetricListing(metric_counts(iter_claims(files)),
                                {name: m.label for name, m in lexicon.metrics().items()})
        renderer("metrics", format)(listing, sys.stdout, options)
        return 0
    query = ClaimQuery(metric=metric).validated(f.source for f in files)
    if unit is not None and unit not in lexicon.units():
        raise UsageError(f"--unit {unit!r} is not a known unit; known units: {', '.join(sorted(lexicon.units()))}")
    countries = [ClaimQuery(country=c).validated(()).country for c in country or []]
    if direction is not None:
        direction = _direction(direction, countries)
    everything = [(s, c) for s, c in iter_claims(files) if c.status != "rejected"
                  and all(code in c.countries for code in countries)]
    claims = [(s, c) for s, c in everything if c.metric == query.metric
              and (unit is None or c.unit in (unit, None)) and (direction is None or c.direction == direction)]
    policy = lexicon.policy(repo.read_config().get("tolerance"))
    found = find_conflicts_parallel(claims, policy, lexicon.metrics(), jobs(ctx))
    span = _between(between)
    views = series_views(claims, policy, lexicon.metrics(), found, span)
    if unit is not None:
        views = [v for v in views if v.unit == unit]
    if format == "json" and len(views) > 1:
        choices = ", ".join(f"{'–'.join(v.countries)} {v.unit or ''}".strip() for v in views)
        raise UsageError(f"{metric} has {len(views)} series ({choices}): JSON shows one; choose with --country "
                         "(twice for a pair) or --unit")
    flows = []
    if lexicon.metrics()[query.metric].flow is not None and (format != "json" or len(views) == 1):
        flows = _flows(everything, views, policy, span, unit, jobs(ctx))
    report = ShowReport(metric, views, flows)
    if plot is not None:
        _plot(repo, report, Path(plot))
    renderer("series", format)(report, sys.stdout, options)
    return 0


def _direction(text: str, countries: list[str | None]) -> str:
    """--direction ES>MA, checked: two known country codes, FROM>TO."""
    import re

    from factcheck import lexicon
    from factcheck.errors import UsageError

    found = re.fullmatch(r"\s*([A-Za-z]{2})\s*>\s*([A-Za-z]{2})\s*", text)
    if not found or found.group(1).upper() == found.group(2).upper():
        raise UsageError(f"--direction {text!r}: expected FROM>TO with two country codes, e.g. ES>MA")
    codes = found.group(1).upper(), found.group(2).upper()
    unknown = [c for c in codes if c not in lexicon.country_codes()]
    if unknown:
        raise UsageError(f"--direction {text!r}: unknown country code {unknown[0]}")
    return f"{codes[0]}>{codes[1]}"


def _flows(everything, views, policy, span, unit, workers):  # type: ignore[no-untyped-def]
    """The flows of the pairs shown, side by side, when the metric is one of a pair's flows of goods."""
    from factcheck import lexicon
    from factcheck.engine.parallel import find_conflicts_parallel
    from factcheck.engine.series import flow_views

    metrics = lexicon.metrics()
    pairs = {tuple(v.countries) for v in views}
    goods = [(s, c) for s, c in everything if c.metric in metrics and metrics[c.metric].flow is not None
             and tuple(c.countries) in pairs]  # every currency: trade in one and a direction in another meet
    if not goods:
        return []
    found = find_conflicts_parallel(goods, policy, metrics, workers)
    return [v for v in flow_views(goods, policy, metrics, found, span) if unit is None or v.unit == unit]


def _between(text: str | None):  # type: ignore[no-untyped-def]
    """"2020..2025" -> (2020, 2025) as periods; either side may be left open; one period means just it."""
    from factcheck.query import period_range

    return (None, None) if text is None else period_range(text, "--between")


def _plot(repo, report, path: Path) -> None:  # type: ignore[no-untyped-def]
    from factcheck.errors import UsageError
    from factcheck.store import write_output

    kind = path.suffix.lower().lstrip(".")
    if kind not in ("svg", "png"):
        raise UsageError(f"--plot {path}: the file must end in .svg or .png")
    if not report.series:
        raise UsageError("--plot: nothing to draw, no claims match")
    try:
        from factcheck.render.plot import plot_image
    except ImportError:
        raise UsageError("--plot needs matplotlib, an optional extra: pip install 'factcheck[plot]'") from None
    write_output(path, plot_image(report, kind))
