"""`factcheck list`: the claims, filtered, as a table for people or JSON/CSV/YAML for programs."""

import sys
from typing import Annotated, Literal

import typer

from factcheck.cli.options import NoColorOption, RootOption, jobs, render_options, resolve_root, use_cache

ListFormat = Literal["table", "json", "csv", "yaml"]


def command(
    ctx: typer.Context,
    metric: Annotated[str | None, typer.Option("--metric", "-m", help="Only this metric (trade, tourists...).")] = None,
    source: Annotated[str | None, typer.Option("--source", "-s", help="Only claims of this source id.")] = None,
    period: Annotated[str | None, typer.Option("--period", "-p", help="Only claims within this period "
                                               "(2023 also matches 2023-H1 and 2023-08) or range (2022..2024, "
                                               "2023.., ..2024).")] = None,
    country: Annotated[str | None, typer.Option("--country", "-c", help="Only claims about this country "
                                                "(ISO code, e.g. KZ).")] = None,
    modality: Annotated[str | None, typer.Option("--modality", help="actual, target or forecast.")] = None,
    status: Annotated[str | None, typer.Option("--status", help="extracted, reviewed or rejected (default: "
                                               "every claim but the rejected ones).")] = None,
    format: Annotated[ListFormat, typer.Option("--format", "-f", help="table for people; json, csv or yaml "
                                               "for programs (SPEC field names).")] = "table",
    root: RootOption = None,
    no_color: NoColorOption = False,
) -> int:
    """List the claims, with their figure, period, source and quote.

    The quote is shown around the claim's own figure, highlighted. Rejected readings are hidden unless
    asked for with --status rejected.

    Example: factcheck list --metric trade --period 2022..2024 --status extracted --format json
    """
    from factcheck.query import ClaimQuery, select_claims
    from factcheck.render import renderer
    from factcheck.render.listing import ClaimListing
    from factcheck.store import Repository, load_claim_files

    repo = Repository(resolve_root(ctx, root))
    files = load_claim_files(repo, use_cache(ctx), jobs(ctx))
    query = ClaimQuery(metric, source, period, country, modality, status).validated(f.source for f in files)
    rows = select_claims(files, query)
    sources = repo.source_metas(dict.fromkeys(s for s, _ in rows)) if format == "table" else {}
    renderer("claims", format)(ClaimListing(rows, sources), sys.stdout, render_options(ctx, no_color))
    return 0
