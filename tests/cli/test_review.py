"""`factcheck review` by command line, and what the reports say about reviewed and rejected claims."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from tests.cli.test_extract import snapshot
from tests.conftest import SHARED, TESTS

Run = Callable[..., tuple[int, str, str]]
NEWSROOM = TESTS / "data" / "newsroom"
DW = "2024-11-dw-turquie-allemagne"


def records(root: Path, source: str) -> dict[str, dict[str, object]]:
    data = yaml.safe_load((root / "claims" / f"{source}.yaml").read_text(encoding="utf-8"))
    return {r["id"]: r for r in data["claims"]}


@pytest.fixture
def newsroom(tmp_path: Path) -> Path:
    for folder in ("claims", "sources"):
        shutil.copytree(NEWSROOM / folder, tmp_path / folder)
    return tmp_path


def test_accept_reject_and_correct_by_command(run: Run, newsroom: Path) -> None:
    root = str(newsroom)
    code, out, err = run("review", "--root", root, f"{DW}:trade-2023", "--reject", "--reason", "les échanges de 2022",
                         "--reviewer", "Selin Kaya")
    assert (code, err) == (0, "") and out == f"{DW}:trade-2023 rejected: les échanges de 2022\n"
    rejected = records(newsroom, DW)[f"{DW}:trade-2023"]
    assert (rejected["status"], rejected["reason"], rejected["reviewed_by"]) == ("rejected", "les échanges de 2022",
                                                                                 "Selin Kaya")
    code, out, _ = run("review", "--root", root, f"{DW}:tourists-de-tr-2023", "--set", "qualifier=approx",
                       "--set", "period=2022", "--reviewer", "Selin Kaya")
    assert code == 0 and "period '2023' → '2022'" in out and "qualifier 'more_than' → 'approx'" in out
    fixed = records(newsroom, DW)[f"{DW}:tourists-de-tr-2023"]
    assert (fixed["status"], fixed["period"], fixed["qualifier"]) == ("reviewed", "2022", "approx")
    assert fixed["low"] == pytest.approx(0.85 * fixed["stated"]) and fixed["high"] == pytest.approx(1.15 * fixed["stated"])
    assert run("check", "--root", root)[0] == 0


@pytest.mark.parametrize(("args", "message"), [
    (["nowhere:trade-2023", "--accept"], "unknown claim id 'nowhere:trade-2023'; closest: "),
    ([f"{DW}:trade-2023", "--set", "figure=3"], "unknown field 'figure'; fields: metric, countries, direction"),
    ([f"{DW}:trade-2023", "--set", "modality=hope"], "one of actual, target, forecast"),
    ([f"{DW}:trade-2023", "--set", "period=2023-Q5"], "invalid-period"),
    ([f"{DW}:trade-2023", "--reject"], "--reject needs --reason"),
    ([f"{DW}:trade-2023", "--accept", "--reason", "x"], "--reason goes with --reject"),
    ([f"{DW}:trade-2023", "--reject", "--reason", "x", "--set", "period=2022"], "--reject cannot go with"),
    (["--accept"], "--accept needs the ids"),
    ([], "no terminal for the full-screen reviewer: give a decision"),
])
def test_usage_errors_say_what_exists(run: Run, newsroom: Path, args: list[str], message: str) -> None:
    before = snapshot(newsroom)
    code, out, err = run("review", "--root", str(newsroom), *args)
    assert code == 2 and message in err and out == ""
    assert snapshot(newsroom) == before


def test_the_reviewer_defaults_to_git_user_name(run: Run, newsroom: Path) -> None:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    subprocess.run(["git", "init", "-q", str(newsroom)], check=True)
    subprocess.run(["git", "-C", str(newsroom), "config", "user.name", "Léa Dubois"], check=True)
    assert run("review", "--root", str(newsroom), f"{DW}:trade-2023", "--accept")[0] == 0
    assert records(newsroom, DW)[f"{DW}:trade-2023"]["reviewed_by"] == "Léa Dubois"


def test_pending_lists_what_is_left_in_queue_order(run: Run, seed_copy: Path) -> None:
    root = str(seed_copy)
    assert "nothing to review" in run("review", "--root", root, "--pending")[1]
    for path in (seed_copy / "claims").glob("*.yaml"):
        path.write_text(path.read_text(encoding="utf-8").replace("status: reviewed", "status: extracted"),
                        encoding="utf-8")
    code, out, _ = run("review", "--root", root, "--pending", "--format", "json")
    rows = json.loads(out)
    counts = [len(r["conflicts"]) for r in rows]
    assert code == 0 and len(rows) == 16 and counts == sorted(counts, reverse=True) and counts[0] > 0
    table = run("review", "--root", root, "--pending")[1]
    assert table.startswith(f"{rows[0]['period']}  ") and rows[0]["id"] in table.splitlines()[0]
    assert "16 claims to review" in table


def test_reports_say_what_is_confirmed_and_leave_rejected_claims_out(run: Run, seed_copy: Path) -> None:
    root = str(seed_copy)
    vna, bui = "2025-05-vna-ambassador-interview", "2025-05-bui-thanh-son-interview"
    path = seed_copy / "claims" / f"{vna}.yaml"
    text = path.read_text(encoding="utf-8")
    head, tail = text.split(f"- id: {vna}:trade-2023\n", 1)
    path.write_text(head + f"- id: {vna}:trade-2023\n" + tail.replace("status: reviewed", "status: extracted", 1),
                    encoding="utf-8")
    before = json.loads(run("conflicts", "--root", root, "--format", "json", "--fail-on", "never")[1])
    statuses = {c["id"]: c["claim_status"] for c in before["conflicts"]}
    assert all(c["confirmed"] == all(s == "reviewed" for s in c["claim_status"].values()) for c in before["conflicts"])
    assert any(s.get(f"{vna}:trade-2023") == "extracted" for s in statuses.values())
    assert 0 < before["summary"]["confirmed"] < before["summary"]["conflicts"]
    confirmed = json.loads(run("conflicts", "--root", root, "--format", "json", "--confirmed", "--fail-on",
                               "never")[1])
    assert {c["id"] for c in confirmed["conflicts"]} == {c["id"] for c in before["conflicts"] if c["confirmed"]}
    table = run("conflicts", "--root", root, "--fail-on", "never")[1]
    flags = {c["id"]: c["confirmed"] for c in before["conflicts"]}
    marks = [flags[line.split()[0]] for line in table.splitlines() if line.startswith("C-")]
    assert marks == sorted(marks, reverse=True) and "extracted" in table and "✓ reviewed" in table
    for fmt in ("markdown", "sarif", "github"):
        assert "to review" in run("conflicts", "--root", root, "--format", fmt, "--fail-on", "never")[1]

    rejected = f"{bui}:trade-2024-vs-2023"
    assert run("review", "--root", root, rejected, "--reject", "--reason", "« le double » is of 2022")[0] == 0
    after = json.loads(run("conflicts", "--root", root, "--format", "json", "--fail-on", "never")[1])
    assert all(rejected not in c["claims"] for c in after["conflicts"])
    assert rejected not in run("show", "--root", root, "--metric", "trade", "--format", "json")[1]
    assert rejected not in run("list", "--root", root)[1]
    listed = run("list", "--root", root, "--status", "rejected")[1]
    assert "trade-2024-vs-2023  ✗" in listed and "« le double » is of 2022" in listed
    assert [r["id"] for r in json.loads(run("list", "--root", root, "--status", "extracted", "--format", "json")[1])] \
        == [f"{vna}:trade-2023"]
    assert run("list", "--root", root, "--status", "maybe")[0] == 2


def test_list_period_takes_a_range(run: Run) -> None:
    ids = [r["id"] for r in json.loads(run("list", "--root", str(NEWSROOM), "--period", "2023..2024", "--format",
                                            "json")[1])]
    periods = [r["period"] for r in json.loads(run("list", "--root", str(NEWSROOM), "--period", "2023..2024",
                                                   "--format", "json")[1])]
    assert ids and all(p[:4] in ("2023", "2024") for p in periods) and "2022" not in periods
    assert run("list", "--root", str(NEWSROOM), "--period", "2024..2023")[0] == 2
    assert len(json.loads(run("list", "--root", str(NEWSROOM), "--period", "..2022", "--format", "json")[1])) == 1


CORPUS = SHARED / "corpus" / "sources"


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the development corpus (../shared/corpus) is not here")
def test_on_the_development_corpus_a_rejection_and_a_correction_stick(run: Run, tmp_path: Path) -> None:
    """Done when of issue 14: reject one claim, correct another, extract twice: neither reading comes
    back, and the second run leaves every file byte-identical."""
    shutil.copytree(CORPUS, tmp_path / "sources")
    (tmp_path / "claims").mkdir()
    root = str(tmp_path)
    assert run("extract", "--root", root)[0] == 0
    rows = json.loads(run("list", "--root", root, "--format", "json")[1])
    values = [r for r in rows if r["kind"] == "value" and r["qualifier"] != "range"]
    assert len(values) >= 2
    wrong, misread = values[0], values[-1]
    assert run("review", "--root", root, wrong["id"], "--reject", "--reason", "not a bilateral figure")[0] == 0
    new_figure = misread["stated"] * 2
    assert run("review", "--root", root, misread["id"], "--set", f"stated={new_figure}")[0] == 0
    decided = snapshot(tmp_path)
    code, out, _ = run("extract", "--root", root)
    assert code == 0 and "1 reading left out for a correction, 1 for a rejection" in out
    first = snapshot(tmp_path)
    code, out, _ = run("extract", "--root", root)
    assert code == 0 and snapshot(tmp_path) == first, "the second run must leave every file byte-identical"
    assert first == decided, "neither reading comes back"
    after = json.loads(run("list", "--root", root, "--format", "json", "--status", "rejected")[1])
    assert [r["id"] for r in after] == [wrong["id"]]
    again = {r["id"]: r for r in json.loads(run("list", "--root", root, "--format", "json")[1])}
    assert again[misread["id"]]["stated"] == new_figure and again[misread["id"]]["status"] == "reviewed"
    assert not [r for r in again.values() if r["id"].startswith(misread["id"] + "-")], "no …-2 beside a correction"
    assert run("check", "--root", root)[0] == 0
