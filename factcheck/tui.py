"""The full-screen reviewer of `factcheck review`, built on Textual (imported only by that command).

A view over a `ReviewSession`: one claim at a time, the passage with its figure highlighted, what was
read, the conflicts it takes part in; keys to accept, reject (a reason is asked), edit fields, skip,
undo and quit, with a help line always visible. Every decision is written by the session at once.
Article text is untrusted: it reaches the screen only as `rich.text.Text` pieces, never as markup.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.widgets import Input, Static

from factcheck.errors import FactcheckError
from factcheck.figures import figure_in_quote
from factcheck.model import Claim
from factcheck.render.humanize import amount, figure
from factcheck.render.safe import one_line
from factcheck.session import ReviewSession

CONTEXT = 160  # characters of the article shown before and after the quote, dimmed
HELP = "a accept · r reject (asks why) · e edit FIELD=VALUE… · s skip · u undo · q quit"
PROMPT_HELP = {"reject": "why is this reading wrong? Enter to reject · Esc to cancel",
               "edit": "FIELD=VALUE… (e.g. period=2021 qualifier=approx) · Enter to correct · Esc to cancel"}
QUALIFIER_NAMES = {"exact": "exact", "approx": "environ", "nearly": "près de", "more_than": "plus de",
                   "at_least": "au moins", "less_than": "moins de", "at_most": "au plus", "range": "entre"}


class Reviewer(App[int]):
    """One claim per screen; decisions go through the session, which writes them at once."""

    TITLE = "factcheck review"
    CSS = """
    #progress { height: 1; background: $boost; text-style: bold; }
    #body { height: 1fr; }
    #passage { padding: 1 1; }
    #reading, #conflicts { padding: 0 1 1 1; }
    #message { height: auto; padding: 0 1; }
    #prompt { display: none; }
    #prompt.asking { display: block; }
    #help { dock: bottom; height: 1; background: $panel; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("a", "accept", "accept"), Binding("r", "reject", "reject"), Binding("e", "edit", "edit"),
        Binding("s", "skip", "skip"), Binding("u", "undo", "undo"), Binding("q", "quit_review", "quit"),
        Binding("escape", "cancel", "cancel", show=False),
    ]

    def __init__(self, session: ReviewSession) -> None:
        super().__init__()
        self.session = session
        self.asking: str | None = None
        self.decisions = 0
        self._texts: dict[str, str | None] = {}

    def compose(self) -> ComposeResult:
        yield Static(id="progress")
        with VerticalScroll(id="body"):
            yield Static(id="passage")
            yield Static(id="reading")
            yield Static(id="conflicts")
        yield Static(id="message")
        yield Input(id="prompt")
        yield Static(Text(HELP), id="help")

    def on_mount(self) -> None:
        self.show()

    # -- drawing --------------------------------------------------------------------------------------
    def show(self, message: Text | str = "") -> None:
        session = self.session
        found = session.current()
        total = len(session.queue)
        head = Text(f" {min(session.position + 1, total)}/{total} ")
        self.query_one("#message", Static).update(Text(message) if isinstance(message, str) else message)
        if found is None:
            head.append(f"· done: {self.decisions} decision{'s' * (self.decisions != 1)} written")
            self.query_one("#progress", Static).update(head)
            self.query_one("#passage", Static).update(Text("nothing left to review: u to undo the last decision, "
                                                           "q to quit", style="bold"))
            self.query_one("#reading", Static).update("")
            self.query_one("#conflicts", Static).update("")
            return
        source, claim = found
        head.append(f"· {one_line(claim.id)} · {claim.status}")
        self.query_one("#progress", Static).update(head)
        self.query_one("#passage", Static).update(self.passage(source, claim))
        self.query_one("#reading", Static).update(self.reading(claim))
        self.query_one("#conflicts", Static).update(self.conflicts(claim))

    def passage(self, source: str, claim: Claim) -> Text:
        """The quote with its figure highlighted, in the article's words around it (dimmed)."""
        text = self._source_text(source)
        start, end = claim.span
        quote = claim.quote
        found = figure_in_quote(claim)
        shown = Text()
        shown.append(f"{one_line(source)}\n", style="bold cyan")
        if text is not None and text[start:end] == quote:
            before = one_line(text[max(0, start - CONTEXT):start])
            shown.append(("…" if start > CONTEXT else "") + before, style="dim")
        a, b = found if found is not None else (0, 0)
        shown.append(one_line(quote[:a]), style="italic")
        shown.append(one_line(quote[a:b]), style="bold reverse")
        shown.append(one_line(quote[b:]), style="italic")
        if text is not None and text[start:end] == quote:
            after = one_line(text[end:end + CONTEXT])
            shown.append(after + ("…" if end + CONTEXT < len(text) else ""), style="dim")
        return shown

    def reading(self, claim: Claim) -> Text:
        """What extraction read, field by field, with the interval the policy gives the figure."""
        from factcheck import lexicon
        from factcheck.tolerance import claim_interval

        metric = lexicon.metrics().get(claim.metric)
        rows: list[tuple[str, str]] = [
            ("metric", one_line(claim.metric) + (f" ({one_line(metric.label)})" if metric else " (unknown)")),
            ("pair", "–".join(claim.countries)),
            ("direction", (claim.direction or "—").replace(">", " → ")),
            ("period", claim.period + (f" (to {claim.as_of})" if claim.as_of else "")),
        ]
        strict = claim_interval(claim, self.session.policy, "strict")
        pragmatic = claim_interval(claim, self.session.policy, "pragmatic")
        unit = None if claim.kind == "ratio" else claim.unit
        rows.append(("figure", f"{figure(claim)} · {claim.qualifier} ({QUALIFIER_NAMES.get(claim.qualifier, '')})"))
        rows.append(("interval", f"strict {_interval(strict, unit)} · pragmatic {_interval(pragmatic, unit)}"))
        if claim.kind == "ratio":
            rows.append(("ratio", f"{claim.period} = {claim.factor} × {claim.relative_to}"))
        rows.append(("modality", claim.modality))
        if claim.equivalent_of:
            rows.append(("restates", one_line(claim.equivalent_of)))
        status = claim.status + (f" by {claim.reviewed_by}" if claim.reviewed_by else "") + \
            (f" on {claim.reviewed_at}" if claim.reviewed_at else "") + (f": {claim.reason}" if claim.reason else "")
        rows.append(("status", one_line(status)))
        if claim.note:
            rows.append(("note", one_line(claim.note)))
        shown = Text()
        shown.append("what was read\n", style="bold")
        for name, value in rows:
            shown.append(f"  {name:<10}", style="dim")
            shown.append(f"{value}\n")
        return shown

    def conflicts(self, claim: Claim) -> Text:
        from factcheck.render.explain import says

        found = self.session.conflicts_of(claim)
        shown = Text()
        if not found:
            shown.append("in no conflict", style="dim")
            return shown
        shown.append(f"in {len(found)} conflict{'s' * (len(found) != 1)}\n", style="bold red")
        for conflict in found:
            shown.append(f"  {conflict.id} {conflict.severity} · {conflict.reading} · {', '.join(conflict.periods)}\n",
                         style="red" if conflict.severity == "major" else "yellow")
            for other in conflict.claims:
                if other == claim.id:
                    continue
                pair = self.session.claim(other)
                if pair is not None:
                    shown.append(f"    {one_line(pair[0])} says {says(pair[1], self.session.policy, conflict.reading)}"
                                 f" ({pair[1].status})\n")
        return shown

    def _source_text(self, source: str) -> str | None:
        if source not in self._texts:
            try:
                self._texts[source] = self.session.repo.read_source(source).text
            except FactcheckError:
                self._texts[source] = None
        return self._texts[source]

    # -- keys -----------------------------------------------------------------------------------------
    def action_accept(self) -> None:
        self._run(lambda: self.session.accept(), "reviewed")

    def action_skip(self) -> None:
        self.session.skip()
        self.show()

    def action_undo(self) -> None:
        try:
            restored = self.session.undo()
        except FactcheckError as err:
            self.show(Text(f"could not undo: {err}", style="bold red"))
            return
        if restored is None:
            self.show("nothing to undo")
            return
        self.decisions -= 1
        self.show(Text(f"undone: {one_line(restored.id)} is {restored.status} again", style="yellow"))

    def action_reject(self) -> None:
        self._ask("reject")

    def action_edit(self) -> None:
        self._ask("edit")

    def action_quit_review(self) -> None:
        self.exit(0)

    def _ask(self, mode: str) -> None:
        if self.session.current() is None:
            return
        self.asking = mode
        prompt = self.query_one("#prompt", Input)
        prompt.value = ""
        prompt.placeholder = PROMPT_HELP[mode]
        prompt.add_class("asking")
        prompt.focus()
        self.query_one("#help", Static).update(Text(PROMPT_HELP[mode]))

    def _close_prompt(self) -> None:
        self.asking = None
        prompt = self.query_one("#prompt", Input)
        prompt.remove_class("asking")
        prompt.value = ""
        self.set_focus(None)
        self.query_one("#help", Static).update(Text(HELP))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        value = event.value.strip()
        if self.asking == "reject":
            if not value:
                self.query_one("#message", Static).update(Text("a rejection needs a reason", style="bold red"))
                return
            self._close_prompt()
            self._run(lambda: self.session.reject(value), "rejected")
        elif self.asking == "edit":
            try:
                self.session.edit(value)
            except FactcheckError as err:  # stay in the prompt, so the reviewer can fix what was typed
                self.query_one("#message", Static).update(Text(one_line(str(err)), style="bold red"))
                return
            self._close_prompt()
            self.decisions += 1
            self.show(Text(f"corrected and reviewed: {one_line(value)}", style="green"))

    def action_cancel(self) -> None:
        if self.asking is not None:
            self._close_prompt()
            self.show("cancelled")

    def _run(self, decide: object, word: str) -> None:
        try:
            claim = decide()  # type: ignore[operator]
        except FactcheckError as err:
            self.show(Text(one_line(str(err)), style="bold red"))
            return
        self.decisions += 1
        self.show(Text(f"{one_line(claim.id)} {word} (written)", style="green"))


def _interval(found: object, unit: str | None) -> str:
    if found is None:
        return "—"
    low, high = getattr(found, "low"), getattr(found, "high")
    left = "−∞" if low is None else amount(low, unit)
    right = "∞" if high is None else amount(high, unit)
    return f"[{left}, {right}]"


def run_reviewer(session: ReviewSession) -> int:
    """Run the reviewer full-screen until the person quits; every decision is already on disk by then."""
    app = Reviewer(session)
    code = app.run()
    print(f"{app.decisions} decision{'s' * (app.decisions != 1)} written; "
          f"{sum(1 for item in session.queue if (session.claim(item.claim.id) or ('', item.claim))[1].status == 'extracted')}"
          " still to review")
    return code if isinstance(code, int) else 0
