"""`factcheck parse`: what extraction sees in any piece of text (the tool for a missed figure)."""

import sys
from typing import Annotated, Literal

import typer

from factcheck.cli.options import NoColorOption, render_options

ParseFormat = Literal["table", "json"]


def command(
    ctx: typer.Context,
    text: Annotated[str, typer.Argument(metavar="TEXT|-", help="French text, or - to read standard input.")],
    published: Annotated[str | None, typer.Option("--published", metavar="YYYY-MM[-DD]", help="Date of "
                                                  "publication, for « l'an dernier » and « par an » (default: "
                                                  "the text's date line, as in sources/).")] = None,
    countries: Annotated[str | None, typer.Option("--countries", metavar="CC,CC", help="The two countries "
                                                  "(default: the two the text names most).")] = None,
    format: Annotated[ParseFormat, typer.Option("--format", "-f", help="table for people, json for "
                                                "programs.")] = "table",
    no_color: NoColorOption = False,
) -> int:
    """Show every quantity, period and qualifier found in a text, and the claims it would build.

    Example: factcheck parse "Les exportations marocaines vers le Sénégal ont dépassé 2 milliards de dirhams en 2023."
    """
    from factcheck import lexicon
    from factcheck.errors import UsageError
    from factcheck.extraction.claims import Article, analyse
    from factcheck.extraction.periods import Published
    from factcheck.render import renderer

    if text == "-":
        text = sys.stdin.read()
    pair: tuple[str, ...] = ()
    if countries:
        pair = tuple(sorted(c.strip().upper() for c in countries.split(",") if c.strip()))
        if len(pair) != 2 or any(c not in lexicon.country_codes() for c in pair):
            raise UsageError("--countries takes two ISO 3166-1 alpha-2 codes, e.g. --countries KZ,VN")
    date = None
    if published:
        import re

        if not re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?", published):
            raise UsageError(f"--published {published!r}: expected YYYY-MM or YYYY-MM-DD")
        date = Published.parse(published)
    else:  # `factcheck parse - < sources/x.txt` reads the article as extract does
        from factcheck.dateline import date_line

        stated = date_line(text).published
        date = Published.parse(stated) if stated else None
    analysis = analyse(Article("text", text, date, pair), lexicon.policy())
    renderer("parse", format)(analysis, sys.stdout, render_options(ctx, no_color))
    return 0
