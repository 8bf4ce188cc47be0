"""`factcheck check`: the CI gate on claim files. Reads everything, writes nothing."""

import sys
from typing import TYPE_CHECKING, Annotated, Literal

import typer

from factcheck.cli.options import NoColorOption, RootOption, render_options, resolve_root, use_cache

if TYPE_CHECKING:
    from factcheck.model import Problem
    from factcheck.store import Repository

CheckFormat = Literal["text", "json", "github"]


def command(
    ctx: typer.Context,
    format: Annotated[CheckFormat, typer.Option("--format", "-f", help="text for people, json for programs, "
                                                "github for GitHub Actions annotations.")] = "text",
    root: RootOption = None,
    no_color: NoColorOption = False,
) -> int:
    """Validate every claim file; exit 1 on any finding (the CI gate).

    Checks YAML syntax, the schema, unique ids, that each source exists inside the root, that each
    quote is verbatim at its span, known metric, unit, qualifier and modality, valid periods, and
    that low <= stated <= high as the tolerance policy says. Every finding names the file, line,
    column and record. Files in sources/ that no command reads, and first lines that look like a
    date factcheck cannot read, are warnings (they do not fail). Writes nothing but its cache of parsed files (.factcheck-cache/, see --no-cache).

    Example: factcheck check --format github
    """
    from factcheck import checks, lexicon
    from factcheck.errors import InputError
    from factcheck.render import renderer
    from factcheck.store import Repository

    repo = Repository(resolve_root(ctx, root))
    policy = lexicon.policy(repo.read_config().get("tolerance"))
    documents, errors = repo.read_documents(use_cache(ctx))
    problems = [checks.problem_from_error(err) for err in errors]
    sources: dict[str, object] = {}
    for document in documents:
        data = document.data if document.validated is None else {"source": document.validated.source}
        source_id = data.get("source") if isinstance(data, dict) else None
        if isinstance(source_id, str) and source_id not in sources:
            try:
                sources[source_id] = repo.read_source(source_id)
            except InputError as err:
                sources[source_id] = err
    problems += source_problems(repo)
    report = checks.check_repository(documents, sources, policy, problems)  # type: ignore[arg-type]
    renderer("check", format)(report, sys.stdout, render_options(ctx, no_color))
    return 0 if report.ok else 1


def source_problems(repo: "Repository", source_ids: "list[str] | None" = None, folder: bool = True) -> "list[Problem]":
    """Warnings about sources/: files no command reads (with `folder`), first lines that look like an
    unread date (of `source_ids`, default all)."""
    from factcheck import checks, store
    from factcheck.errors import InputError
    from factcheck.intake import unread_source_files

    found = checks.source_folder_problems(unread_source_files(store.source_folder_entries(repo))) if folder else []
    for source_id in repo.source_ids() if source_ids is None else source_ids:
        problem = checks.date_line_problem(source_id, store.read_first_line(repo, source_id))
        if problem is None:
            continue
        try:
            if repo.read_source(source_id).meta.published:  # the sidecar gives the date: the line is moot
                continue
        except InputError:
            pass
        found.append(problem)
    return found
