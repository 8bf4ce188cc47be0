"""`factcheck extract`: articles -> claims/<source-id>.yaml, keeping every reviewed record."""

import sys
from typing import Annotated, Literal

import typer

from factcheck.cli.options import NoColorOption, RootOption, render_options, resolve_root

ExtractFormat = Literal["text", "json"]


def command(
    ctx: typer.Context,
    sources: Annotated[list[str] | None, typer.Argument(metavar="[SOURCE]...", help="Source ids (default: "
                                                          "every article in sources/).", show_default=False)] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", "-n", help="Show what would change; write nothing.")] = False,
    format: Annotated[ExtractFormat, typer.Option("--format", "-f", help="text for people, json for "
                                                  "programs.")] = "text",
    root: RootOption = None,
    no_color: NoColorOption = False,
) -> int:
    """Extract the figures of articles into claim files.

    Writes claims/<source-id>.yaml for each article (atomically), with stable ids, quotes and spans.
    A reviewed record is never altered or dropped; a figure that restates one is not added again; one
    that disagrees with it is kept as extracted and reported. Re-running on unchanged articles changes
    nothing.

    Example: factcheck extract 2025-05-vna-ambassador-interview --dry-run
    """
    from factcheck import lexicon
    from factcheck.errors import FactcheckError, UsageError
    from factcheck.extraction.claims import article_from_source, extract_claims
    from factcheck.extraction.merge import merge_claims
    from factcheck.model import claim_file_schema
    from factcheck.render import renderer
    from factcheck.render.extraction import ExtractionResult
    from factcheck.store import Repository

    repo = Repository(resolve_root(ctx, root))
    known = repo.source_ids()
    wanted = list(dict.fromkeys(sources or known))
    unknown = [s for s in wanted if s not in known]
    if unknown:
        raise UsageError(f"unknown source {unknown[0]!r}; sources: {', '.join(known) or 'none'}")
    policy = lexicon.policy(repo.read_config().get("tolerance"))
    result = ExtractionResult(dry_run=dry_run)
    for source_id in _progress(wanted, no_color):
        try:
            source = repo.read_source(source_id)
            existing = repo.read_claim_file(source_id)
            merged, report = merge_claims(existing, extract_claims(article_from_source(source), policy), source_id)
            if report.changed and not dry_run:
                repo.write_claim_file(merged)
        except FactcheckError as err:
            result.errors.append(err)
            continue
        result.reports.append(report)
    if not dry_run and any(r.changed for r in result.reports):
        import json

        result.schema_written = repo.ensure_schema(json.dumps(claim_file_schema(), indent=2, ensure_ascii=False) + "\n")
    renderer("extraction", format)(result, sys.stdout, render_options(ctx, no_color))
    return 2 if result.errors else 0


def _progress(items: list[str], no_color: bool) -> "list[str] | object":
    """A progress bar on stderr for many articles at a terminal; the plain list otherwise."""
    if len(items) < 10 or not sys.stderr.isatty():
        return items
    from rich.progress import track

    return track(items, description="extracting", transient=True, console=None)
