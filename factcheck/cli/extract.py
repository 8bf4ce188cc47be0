"""`factcheck extract`: articles -> claims/<source-id>.yaml, keeping every reviewed record."""

import sys
from typing import TYPE_CHECKING, Annotated, Literal, NamedTuple, TypeVar

import typer

from factcheck.cli.options import NoColorOption, RootOption, render_options, resolve_source_root

T = TypeVar("T")

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from factcheck.errors import FactcheckError
    from factcheck.extraction.merge import MergeReport
    from factcheck.extraction.reading import LeftOut
    from factcheck.lexicon import Policy
    from factcheck.model import Claim
    from factcheck.render.extraction import ExtractionResult
    from factcheck.store import Displaced, Repository

ExtractFormat = Literal["text", "json"]
MAX_ARTICLE_CHARS = 2_000_000  # a news article is under 100,000; beyond this it is not one (split it)


def command(
    ctx: typer.Context,
    sources: Annotated[list[str] | None, typer.Argument(metavar="[SOURCE]...", help="Source ids (default: "
                                                          "every article in sources/).", show_default=False)] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", "-n", help="Show what would change; write nothing.")] = False,
    format: Annotated[ExtractFormat, typer.Option("--format", "-f", help="text for people, json for "
                                                  "programs.")] = "text",
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, max=256, help="Read articles in N processes "
                                      "(same output as one).")] = 1,
    root: RootOption = None,
    no_color: NoColorOption = False,
) -> int:
    """Extract the figures of articles into claim files.

    Writes claims/<source-id>.yaml for each article (atomically), with stable ids, quotes and spans.
    A person's record (reviewed or rejected) is never altered or dropped, and no reading of its figure
    is added again: a correction stands for good, and a rejected reading never comes back. Re-running
    on unchanged articles changes nothing. Two runs on one repository take turns (an OS lock on the
    repository folder; no file).

    Example: factcheck extract 2025-05-vna-ambassador-interview --dry-run
    """
    import json

    from factcheck import lexicon
    from factcheck.errors import FactcheckError, UsageError
    from factcheck.model import claim_file_schema
    from factcheck.render import renderer
    from factcheck.render.extraction import ExtractionResult
    from factcheck.store import Displaced, Repository, settle

    repo = Repository(resolve_source_root(ctx, root))
    known = repo.source_ids()
    wanted = list(dict.fromkeys(sources or known))
    unknown = [s for s in wanted if s not in known]
    if unknown:
        raise UsageError(f"unknown source {unknown[0]!r}; sources: {', '.join(known) or 'none'}")
    if not dry_run:
        from factcheck.store import ensure_claims_folder

        if ensure_claims_folder(repo):
            print("created claims/", file=sys.stderr)
    _warn_about_sources(repo, wanted, everything=not sources)
    policy = lexicon.policy(repo.read_config().get("tolerance"))
    result = ExtractionResult(dry_run=dry_run)
    import contextlib

    displaced: list[Displaced] = []  # the files replaced, checked once more at the end (store.settle)
    with contextlib.nullcontext() if dry_run else repo.lock("extract"):  # a dry run writes nothing at all
        if not dry_run:
            repo.remove_stale_temporaries()
        try:
            with contextlib.closing(_candidates(repo, wanted, policy, jobs)) as answers:  # workers stop with us
                for source_id, found in _progress(answers, len(wanted)):
                    try:
                        if isinstance(found, FactcheckError):
                            raise found
                        if found.left_out:
                            result.left_out[source_id], result.lines[source_id] = found.left_out, found.lines
                        result.reports.append(extract_source(repo, source_id, policy, dry_run, found.claims,
                                                             displaced))
                    except FactcheckError as err:
                        result.errors.append(err)
            _merge_late_saves(repo, policy, result, displaced)
        finally:
            settle(displaced)  # also when interrupted: a late save in place is put back, never lost
        if not dry_run and any(r.changed for r in result.reports):
            schema = json.dumps(claim_file_schema(), indent=2, ensure_ascii=False) + "\n"
            try:  # a failure here (full disk, schema/ leading outside) is reported with what was written
                result.schema_written = repo.ensure_schema(schema)
            except FactcheckError as err:
                result.errors.append(err)
    _warn_about_undated(repo, result)
    renderer("extraction", format)(result, sys.stdout, render_options(ctx, no_color))
    return 2 if result.errors else 0


class ArticleExtraction(NamedTuple):
    """What extraction found in one article: its claims, and the figures it left out (with their lines)."""

    claims: "list[Claim]"
    left_out: "list[LeftOut]"
    lines: list[int]


def read_candidates(repo: "Repository", source_id: str, policy: "Policy") -> ArticleExtraction:
    """The claims extraction finds in one article (pure reading: safe in a worker process)."""
    from factcheck.errors import Location, TooLarge
    from factcheck.extraction.claims import analyse, article_from_source

    source = repo.read_source(source_id)
    if len(source.text) > MAX_ARTICLE_CHARS:
        raise TooLarge(f"{len(source.text):,} characters: extraction reads articles up to "
                       f"{MAX_ARTICLE_CHARS:,}; split it into articles", Location(source.path))
    analysis = analyse(article_from_source(source), policy)
    lines = [source.text.count("\n", 0, item.span[0]) + 1 for item in analysis.left_out]
    return ArticleExtraction(analysis.claims, analysis.left_out, lines)


def _candidates(repo: "Repository", wanted: list[str], policy: "Policy",
                jobs: int) -> "Iterator[tuple[str, ArticleExtraction | FactcheckError]]":
    """(source id, its candidates or the error reading it), in the order asked, whatever the jobs."""
    from factcheck.errors import FactcheckError

    if jobs <= 1 or len(wanted) < 2:
        for source_id in wanted:
            try:
                yield source_id, read_candidates(repo, source_id, policy)
            except FactcheckError as err:
                yield source_id, err
        return
    from factcheck.workers import fork_map

    answers = fork_map(lambda index: _worker(repo, wanted[index], policy), len(wanted), jobs)
    for source_id, (found, error) in zip(wanted, answers):
        yield source_id, (error if error is not None or found is None else found)  # type: ignore[misc]


def _worker(repo: "Repository", source_id: str,
            policy: "Policy") -> "tuple[ArticleExtraction | None, FactcheckError | None]":
    from factcheck.errors import FactcheckError

    try:
        return read_candidates(repo, source_id, policy), None
    except FactcheckError as err:
        return None, err


def extract_source(repo: "Repository", source_id: str, policy: "Policy", dry_run: bool,
                   candidates: "list[Claim] | None" = None,
                   displaced: "list[Displaced] | None" = None) -> "MergeReport":
    """Merge one article's candidates into its claim file and write it. The write is a compare-and-swap:
    if an editor saved the file between our read and our write, read and merge again rather than
    overwrite their work."""
    from factcheck.errors import ChangedOnDisk, Location
    from factcheck.extraction.merge import merge_claims

    if candidates is None:
        candidates = read_candidates(repo, source_id, policy).claims
    for _ in range(3):
        existing, raw = repo.read_claim_file(source_id)
        merged, report = merge_claims(existing, candidates, source_id)
        if not report.changed or dry_run or repo.write_claim_file(merged, expected=raw, displaced=displaced):
            return report
    raise ChangedOnDisk("the claim file kept changing while extract was writing it; run again",
                        Location(f"claims/{source_id}.yaml"))


def _merge_late_saves(repo: "Repository", policy: "Policy", result: "ExtractionResult",
                      displaced: "list[Displaced]") -> None:
    """A save in place that raced with one of our writes is found by `settle` and put back; merge those
    files again (twice at most: a person saving in a loop gets `ChangedOnDisk`, never a lost save)."""
    from factcheck.errors import FactcheckError
    from factcheck.store import settle

    for _ in range(2):
        restored = settle(displaced)
        if not restored:
            return
        for path in restored:
            source_id = path.stem
            try:
                report = extract_source(repo, source_id, policy, False, None, displaced)
            except FactcheckError as err:
                result.errors.append(err)
                continue
            result.reports = [report if r.source == source_id else r for r in result.reports]


def _progress(items: "Iterator[T]", total: int) -> "Iterable[T]":
    """A progress bar on stderr for many articles at a terminal; the plain items otherwise."""
    if total < 10 or not sys.stderr.isatty():
        return items
    from rich.progress import track

    return track(items, total=total, description="extracting", transient=True)


def _warn_about_sources(repo: "Repository", wanted: list[str], everything: bool) -> None:
    """On stderr, what extraction cannot use: files in sources/ it does not read (when extracting them
    all), first lines that look like an unread date, articles with no date at all."""
    from factcheck.cli.check import source_problems
    from factcheck.render.safe import one_line

    for problem in source_problems(repo, wanted, folder=everything):
        print(f"warning: {one_line(str(problem))}", file=sys.stderr)


def _warn_about_undated(repo: "Repository", result: "ExtractionResult") -> None:
    """On stderr, each article read with no date at all, and how many of its figures were left out for it
    (not an article refused: a 50 MB one took 45 s to search for dates after its refusal)."""
    from factcheck import checks
    from factcheck.errors import InputError
    from factcheck.render.safe import one_line

    for source_id in (report.source for report in result.reports):
        try:
            source = repo.read_source(source_id)
        except InputError:
            continue  # extraction reports it as an error
        undated = sum(1 for x in result.left_out.get(source_id, []) if x.code == "no-publication-date")
        problem = checks.undated_problem(source, left_out=undated)
        if problem is not None:
            print(f"warning: {one_line(str(problem))}", file=sys.stderr)
