"""The full-screen reviewer, driven headless by Textual's pilot: each key's decision is on disk at once."""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import subprocess
import sys
import textwrap
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

import pytest
import yaml

from factcheck import lexicon
from factcheck.session import ReviewSession
from factcheck.store import Repository, load_claim_files
from factcheck.tolerance import interval
from factcheck.tui import HELP, Reviewer
from tests.conftest import REPO_ROOT, TESTS

NEWSROOM = TESTS / "data" / "newsroom"


def extracted_copy(tmp_path: Path, corpus: Path = NEWSROOM) -> Path:
    """A copy of a corpus whose claims are all as extraction left them (status extracted)."""
    for folder in ("claims", "sources"):
        shutil.copytree(corpus / folder, tmp_path / folder)
    for path in (tmp_path / "claims").glob("*.yaml"):
        path.write_text(path.read_text(encoding="utf-8").replace("status: reviewed", "status: extracted"),
                        encoding="utf-8")
    return tmp_path


def session(root: Path) -> ReviewSession:
    repo = Repository(root)
    claims = [(f.source, c) for f in load_claim_files(repo, use_cache=False) for c in f.claims]
    return ReviewSession(repo, lexicon.policy(None), lexicon.metrics(), claims, "Ines Martin", "2026-12-01")


def record(root: Path, claim_id: str) -> dict[str, Any]:
    source = claim_id.split(":")[0]
    data = yaml.safe_load((root / "claims" / f"{source}.yaml").read_text(encoding="utf-8"))
    found: dict[str, Any] = next(r for r in data["claims"] if r["id"] == claim_id)
    return found


def drive(app: Reviewer, script: Callable[[Any], Coroutine[Any, Any, None]]) -> None:
    async def main() -> None:
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            await script(pilot)

    asyncio.run(main())


def shown(app: Reviewer, widget: str) -> str:
    return str(app.query_one(f"#{widget}").render())


def test_accept_reject_edit_undo_skip_and_quit_write_at_once(tmp_path: Path) -> None:
    root = extracted_copy(tmp_path)
    review = session(root)
    app = Reviewer(review)
    order = [item.claim.id for item in review.queue]
    first, second, third, fourth = order[:4]
    before_third = record(root, third)

    async def script(pilot: Any) -> None:
        assert shown(app, "help") == HELP
        assert first in shown(app, "progress") and "what was read" in shown(app, "reading")
        await pilot.press("a")
        await pilot.pause()
        assert record(root, first)["status"] == "reviewed"
        assert (record(root, first)["reviewed_by"], record(root, first)["reviewed_at"]) == ("Ines Martin", "2026-12-01")
        await pilot.press("r")
        assert "Enter to reject" in shown(app, "help")
        await pilot.press("enter")  # no reason: refused, still asking
        await pilot.pause()
        assert record(root, second)["status"] == "extracted" and "needs a reason" in shown(app, "message")
        await pilot.press(*"chiffre de 2022", "enter")
        await pilot.pause()
        assert (record(root, second)["status"], record(root, second)["reason"]) == ("rejected", "chiffre de 2022")
        assert shown(app, "help") == HELP
        await pilot.press("e", *"qualifier=huge", "enter")  # a bad value: refused, the prompt stays
        await pilot.pause()
        assert "one of exact" in shown(app, "message") and record(root, third) == before_third
        await pilot.press(*["backspace"] * 4, *"approx", "enter")
        await pilot.pause()
        edited = record(root, third)
        assert (edited["status"], edited["qualifier"]) == ("reviewed", "approx")
        expected = interval(edited["stated"], "approx", lexicon.policy(None))  # the interval recomputed
        assert (edited["low"], edited["high"]) == (expected.low, expected.high) != (before_third["low"],
                                                                                      before_third["high"])
        await pilot.press("u")
        await pilot.pause()
        assert record(root, third) == before_third and third in shown(app, "progress")
        await pilot.press("s")
        await pilot.pause()
        assert fourth in shown(app, "progress") and record(root, third) == before_third
        await pilot.press("q")

    drive(app, script)
    assert app.return_code == 0
    assert record(root, first)["status"] == "reviewed" and record(root, second)["status"] == "rejected"
    assert Repository(root).claim_paths() and subprocess.run(
        [sys.executable, "-m", "factcheck", "--no-cache", "check", "--root", str(root)], capture_output=True,
        check=False).returncode == 0


def test_claims_in_conflicts_come_first_with_their_conflicts_shown(tmp_path: Path) -> None:
    root = extracted_copy(tmp_path, REPO_ROOT)
    review = session(root)
    counts = [len(item.conflicts) for item in review.queue]
    assert counts == sorted(counts, reverse=True) and counts[0] > 0 and counts[-1] == 0
    app = Reviewer(review)

    async def script(pilot: Any) -> None:
        assert f"in {counts[0]} conflicts" in shown(app, "conflicts")
        await pilot.press("q")

    drive(app, script)


def test_article_text_cannot_inject_markup(tmp_path: Path) -> None:
    root = extracted_copy(tmp_path)
    review = session(root)
    app = Reviewer(review)
    _, claim = review.current()  # type: ignore[misc]
    hostile = claim.quote.replace(claim.quote[:3], "[bold red]\x1b[2J", 1)
    text = app.passage("nowhere", claim.__class__(**{**{f: getattr(claim, f) for f in claim.__struct_fields__},
                                                    "quote": hostile}))
    assert "[bold red]" in text.plain and "\x1b" not in text.plain


KILLED = textwrap.dedent("""
    import asyncio, sys, time
    from pathlib import Path
    sys.path.insert(0, sys.argv[2])
    from tests.test_tui import session
    from factcheck.tui import Reviewer

    app = Reviewer(session(Path(sys.argv[1])))

    async def main():
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            await pilot.press("a")
            await pilot.pause()
            await pilot.press("r", *"lu de travers", "enter")
            await pilot.pause()
            print("decided", flush=True)
            time.sleep(600)  # killed here, in the middle of the session

    asyncio.run(main())
""")


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_kill_during_a_session_loses_no_decision(tmp_path: Path) -> None:
    root = extracted_copy(tmp_path)
    order = [item.claim.id for item in session(root).queue]
    process = subprocess.Popen([sys.executable, "-c", KILLED, str(root), str(REPO_ROOT)], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, env={**os.environ, "NO_COLOR": "1"})
    try:
        assert process.stdout is not None
        line = process.stdout.readline()  # blocks until both decisions were made (hang guard: the timeout below)
        assert line.strip() == b"decided", process.stderr.read() if process.stderr else b""
    finally:
        process.send_signal(signal.SIGKILL)
        process.communicate(timeout=120)
    assert process.returncode == -signal.SIGKILL
    assert record(root, order[0])["status"] == "reviewed"
    assert (record(root, order[1])["status"], record(root, order[1])["reason"]) == ("rejected", "lu de travers")
    assert not list((root / "claims").glob(".*.tmp")), "no temporary file left behind"
