"""`factcheck add URL|FILE|-`: an article (web page, saved HTML page, text) becomes sources/<id>.txt
and its sidecar. trafilatura and htmldate are imported only here (start-up of every other command)."""

import sys
from typing import TYPE_CHECKING, Annotated

import typer

from factcheck.cli.options import NoColorOption, RootOption, render_options, resolve_source_root

if TYPE_CHECKING:
    from factcheck.errors import Location
    from factcheck.intake import Draft, Given
    from factcheck.render import RenderOptions
    from factcheck.store import Repository

DEFAULT_TIMEOUT = 30.0  # = fetch.DEFAULT_TIMEOUT; not imported, so that `--help` stays light
DEFAULT_MAX_BYTES = 10 * 2**20  # = fetch.DEFAULT_MAX_BYTES


def command(
    ctx: typer.Context,
    target: Annotated[str, typer.Argument(metavar="URL|FILE|-", help="A web page's address, a saved page "
                                          "(.html) or a text file, or - for standard input.", show_default=False)],
    countries: Annotated[str | None, typer.Option("--countries", metavar="CC,CC", help="The two countries "
                                                  "(ISO codes). Default: the two the text names most.")] = None,
    published: Annotated[str | None, typer.Option("--published", metavar="YYYY-MM[-DD]", help="Publication "
                                                  "date. Default: from the page or the text.")] = None,
    source_id: Annotated[str | None, typer.Option("--id", metavar="SLUG", help="The source id. Default: month, "
                                                  "outlet and title words.")] = None,
    title: Annotated[str | None, typer.Option("--title", help="Title. Default: the page's, or the text's "
                                              "first line when it reads like one.")] = None,
    outlet: Annotated[str | None, typer.Option("--outlet", help="Outlet. Default: the page's site name.")] = None,
    url: Annotated[str | None, typer.Option("--url", help="The article's address, for a saved page or a "
                                            "text (also used to refuse duplicates).")] = None,
    extract: Annotated[bool, typer.Option("--extract", help="Extract the new article's figures at once "
                                          "(as factcheck extract ID).")] = False,
    timeout: Annotated[float, typer.Option("--timeout", metavar="SECONDS", min=0.01, help="Longest wait for "
                                           "the server, and for the whole download.")] = DEFAULT_TIMEOUT,
    max_bytes: Annotated[int, typer.Option("--max-bytes", metavar="N", min=1, help="Largest page or file "
                                           "accepted.")] = DEFAULT_MAX_BYTES,
    root: RootOption = None,
    no_color: NoColorOption = False,
) -> int:
    """Add an article to sources/: from a URL, a saved HTML page, a text file or standard input.

    For a web page, the main text is kept (no navigation, related links, comments or cookie banner)
    and the title, outlet, address, publication date and language come from the page; the charset
    is the one the server or the page declares. Writes sources/<id>.txt (date line, title, text) and
    sources/<id>.yaml, with the two countries the text names most. Refuses an article already there
    (same address or same text) and names it. Nothing is written when anything fails.

    Example: factcheck add https://www.example.org/economie/tunisie-italie.html --extract
    """
    import logging

    from factcheck import intake, lexicon, store
    from factcheck.errors import DuplicateSource, Location, UsageError

    for name in ("trafilatura", "htmldate", "courlan", "charset_normalizer"):  # what matters is said by us
        logging.getLogger(name).setLevel(logging.CRITICAL)
    repo = store.Repository(resolve_source_root(ctx, root))
    if source_id is not None and not intake.is_slug(source_id):
        raise UsageError(f"--id {source_id!r} is not a slug (a-z, 0-9, '.', '_', '-'), e.g. 2024-06-le-monde-tunisie")
    chosen_countries = intake.parse_countries(countries, lexicon.country_codes()) if countries else None
    chosen_date = intake.parse_published(published) if published else None
    taken = {name.rsplit(".", 1)[0] for name, _ in store.source_folder_entries(repo)}
    if source_id is not None and source_id in taken:
        raise DuplicateSource(f"sources/{source_id}.txt already exists; choose another --id",
                              Location(f"sources/{source_id}.txt"))
    given = intake.Given(title=title, outlet=outlet, url=url, published=chosen_date, countries=chosen_countries,
                         source_id=source_id)
    draft, addresses = _draft(target, given, taken, timeout, max_bytes)
    existing = [intake.Existing(*entry) for entry in store.existing_sources(repo)]
    duplicate = intake.find_duplicate(addresses, draft.text, existing)
    if duplicate is not None:
        raise DuplicateSource(f"already in the repository as sources/{duplicate[0]}.txt ({duplicate[1]}); "
                              "nothing written", Location(target))
    with repo.lock("add"):
        text_path, meta_path = store.write_new_source(repo, draft.id, draft.text, draft.meta)
    _warn(draft.warnings, text_path)
    options = render_options(ctx, no_color)
    from factcheck.render import renderer

    renderer("added", "text")(intake.added(draft, text_path, meta_path), sys.stdout, options)
    if extract:
        return _extract(repo, draft.id, options)
    return 0


def _draft(target: str, given: "Given", taken: set[str], timeout: float,
           max_bytes: int) -> "tuple[Draft, list[str | None]]":
    """Read the article from where `target` says and draft the new source; the addresses it is known by."""
    from pathlib import Path

    from factcheck import intake, store
    from factcheck.errors import NoArticleText

    addresses: list[str | None] = [given.url]
    if "://" in target:
        from factcheck.fetch import fetch_page

        page = fetch_page(target, timeout, max_bytes)
        addresses += [target, page.url]
        web = intake.read_html(intake.decode_html(page.body, page.charset).text, given.url or page.url)
        origin = None
    else:
        if target == "-":
            data, origin = _read_stdin(max_bytes), "standard input"
            is_html = intake.looks_like_html(data)
        else:
            data = store.read_input_file(Path(target), max_bytes)
            is_html = Path(target).suffix.lower() in (".html", ".htm", ".xhtml") or intake.looks_like_html(data)
            origin = f"{'saved page' if is_html else 'text file'} {Path(target).name}"
        if not is_html:
            text = intake.decode_text(data, _where(target).path)
            if not text.strip():
                raise NoArticleText("the text is empty", _where(target))
            return intake.draft_from_text(text, given, taken, origin), addresses
        web = intake.read_html(intake.decode_html(data).text, given.url)
    words = len(web.text.split())
    if words < intake.MIN_WORDS:
        found = f"only {words} word{'s' * (words != 1)} of article text" if words else "no article text"
        raise NoArticleText(f"{found} found in the page (is it the article itself, not a list of articles, a "
                            "login page or a page built by JavaScript? then save the text and add that)",
                            _where(target))
    addresses.append(web.url)
    return intake.draft_from_page(web, given, taken, origin), addresses


def _where(target: str) -> "Location":
    from factcheck.errors import Location

    return Location("standard input" if target == "-" else target)


def _read_stdin(max_bytes: int) -> bytes:
    from factcheck.errors import Location, TooLarge

    stream = getattr(sys.stdin, "buffer", None)  # a text-only stdin (an embedding program) is read as text
    data = stream.read(max_bytes + 1) if stream is not None else sys.stdin.read(max_bytes + 1).encode("utf-8")
    if len(data) > max_bytes:
        raise TooLarge(f"over the limit of {max_bytes:,} bytes (--max-bytes to raise it)", Location("standard input"))
    return data


def _warn(warnings: list[str], where: str) -> None:
    from factcheck.render.safe import one_line

    for warning in warnings:
        print(f"warning: {one_line(where)}: {one_line(warning)}", file=sys.stderr)


def _extract(repo: "Repository", source_id: str, options: "RenderOptions") -> int:
    """`--extract`: extraction of the new article, reported as `factcheck extract` does."""
    from factcheck import lexicon, store
    from factcheck.cli.extract import extract_source
    from factcheck.errors import FactcheckError
    from factcheck.render import renderer
    from factcheck.render.extraction import ExtractionResult

    policy = lexicon.policy(repo.read_config().get("tolerance"))
    result = ExtractionResult()
    store.ensure_claims_folder(repo)
    with repo.lock("extract"):
        try:
            result.reports.append(extract_source(repo, source_id, policy, dry_run=False))
        except FactcheckError as err:
            result.errors.append(err)
    renderer("extraction", "text")(result, sys.stdout, options)
    return 2 if result.errors else 0

