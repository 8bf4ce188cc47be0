"""Rich tables for people at a terminal. Untrusted text goes in as `rich.text.Text`, never as markup."""

from __future__ import annotations

import re
from typing import TextIO

from rich.console import Console
from rich.table import Table
from rich.text import Text

from factcheck import lexicon
from factcheck.model import Claim
from factcheck.render import RenderOptions
from factcheck.render.humanize import QUALIFIER_SIGNS, QUALIFIER_WORDS, figure
from factcheck.render.listing import ClaimListing
from factcheck.render.safe import one_line

MODALITY_WORDS = {"target": "objectif", "forecast": "prévision"}
QUOTE_WIDTH = 110
_FIGURE_HINT = re.compile(r"\d|milliard|million|double|triple|moitié|hausse|baisse|fois", re.IGNORECASE)


def console(out: TextIO, options: RenderOptions) -> Console:
    """The one Console of a rendering: colour and width as the CLI decided, no markup, no emoji."""
    return Console(file=out, force_terminal=options.color, no_color=not options.color, color_system="standard"
                   if options.color else None, width=options.width or 100, markup=False, emoji=False,
                   highlight=False, soft_wrap=False)


def shorten_quote(quote: str, claim: Claim, width: int = QUOTE_WIDTH) -> str:
    """The quote, cut around the words that carry the figure, on word boundaries, with "…"."""
    text = one_line(quote).strip()
    if len(text) <= width:
        return text
    anchor = _anchor(text, claim)
    start = max(0, min(anchor - width // 3, len(text) - width))
    end = start + width
    if start > 0:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < anchor else start
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > anchor else end
    return ("…" if start > 0 else "") + text[start:end].strip() + ("…" if end < len(text) else "")


def _anchor(text: str, claim: Claim) -> int:
    if claim.kind == "ratio":
        for word in ("double", "hausse", "baisse", "fois", "moitié", "%", "triple"):
            at = text.lower().find(word)
            if at >= 0:
                return at
    year = claim.period[:4]
    found = [m.start() for m in _FIGURE_HINT.finditer(text) if not text.startswith(year, m.start())]
    return found[0] if found else 0


def metric_label(claim: Claim) -> str:
    direction = f" {claim.direction.replace('>', '→')}" if claim.direction else ""
    return claim.metric + direction


def render_claims(result: ClaimListing, out: TextIO, options: RenderOptions) -> None:
    term = console(out, options)
    if not result.rows:
        term.print("no claims match", style="dim")
        return
    by_source: dict[str, list[Claim]] = {}
    for source, claim in result.rows:
        by_source.setdefault(source, []).append(claim)
    used: set[str] = set()
    for source, claims in by_source.items():
        meta = result.sources.get(source)
        title = Text(one_line(source), style="bold")
        if meta is not None and (meta.outlet or meta.published):
            details = " · ".join(one_line(x) for x in (meta.outlet, meta.published) if x)
            title.append(f"  {details}", style="dim")
        table = Table(title=title, title_justify="left", show_lines=False, expand=False, pad_edge=False)
        table.add_column("claim", style="cyan", no_wrap=False)
        table.add_column("period", no_wrap=True)
        table.add_column("metric", no_wrap=True)
        table.add_column("figure", justify="right", no_wrap=True)
        table.add_column("quote", ratio=1)
        for claim in claims:
            used.add(claim.qualifier)
            label = Text(figure(claim), style="bold")
            if claim.modality != "actual":
                label.append(f"\n{MODALITY_WORDS[claim.modality]}", style="magenta")
            local_id = claim.id.split(":", 1)[1] if claim.id.startswith(source + ":") else claim.id
            table.add_row(Text(one_line(local_id)), claim.period, metric_label(claim), label,
                          Text(shorten_quote(claim.quote, claim), style="italic"))
        term.print(table)
        term.print()
    legend = [f"{QUALIFIER_SIGNS[q]} {QUALIFIER_WORDS[q]}" for q in lexicon_order() if q in used and QUALIFIER_SIGNS[q]]
    count = len(result.rows)
    summary = f"{count} claim{'s' * (count != 1)} from {len(by_source)} source{'s' * (len(by_source) != 1)}"
    term.print(Text(summary + (" · " + " · ".join(legend) if legend else ""), style="dim"))


def lexicon_order() -> list[str]:
    return list(lexicon.policy().qualifiers)
