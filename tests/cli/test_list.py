"""`factcheck list` end to end, in-process: exact output and exit code (golden files under tests/golden/)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from tests.conftest import REPO_ROOT, TESTS, assert_golden

NEWSROOM = str(TESTS / "data" / "newsroom")
SEEDS = str(REPO_ROOT)
Run = Callable[..., tuple[int, str, str]]


@pytest.mark.parametrize("fmt", ["table", "json", "csv", "yaml"])
def test_list_newsroom_corpus_in_every_format(run: Run, fmt: str) -> None:
    code, out, err = run("list", "--root", NEWSROOM, "--format", fmt)
    assert (code, err) == (0, "")
    assert_golden(f"list.newsroom.{fmt}", out)


def test_list_seed_table_at_80_columns(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    code, out, err = run("list", "--root", SEEDS)
    assert (code, err) == (0, "")
    assert_golden("list.seeds.table", out)
    assert max(len(line) for line in out.splitlines()) <= 80


def test_json_rows_carry_every_spec_field_plus_source(run: Run) -> None:
    code, out, _ = run("list", "--root", SEEDS, "--format", "json")
    rows = json.loads(out)
    assert code == 0 and len(rows) == 16
    assert list(rows[0]) == ["id", "source", "metric", "countries", "direction", "period", "as_of", "kind", "stated",
                             "unit", "qualifier", "low", "high", "relative_to", "factor", "modality",
                             "equivalent_of", "quote", "span", "figure_span", "status", "reason", "reviewed_by",
                             "reviewed_at", "note"]


def test_csv_and_yaml_hold_the_same_rows_as_json(run: Run) -> None:
    rows = json.loads(run("list", "--root", NEWSROOM, "--format", "json")[1])
    as_csv = list(csv.DictReader(io.StringIO(run("list", "--root", NEWSROOM, "--format", "csv")[1])))
    as_yaml = yaml.safe_load(run("list", "--root", NEWSROOM, "--format", "yaml")[1])
    assert as_yaml == rows
    assert [r["id"] for r in as_csv] == [r["id"] for r in rows]
    assert [r["countries"] for r in as_csv][0] == ",".join(rows[0]["countries"])


@pytest.mark.parametrize(("args", "ids"), [
    (["--metric", "tourists"], ["tourists-de-tr-2023", "tourists-in-fr-2024", "tourists-in-fr-2030-forecast"]),
    (["--country", "in", "--modality", "forecast"], ["tourists-in-fr-2030-forecast"]),
    (["--period", "2023"], ["trade-2023", "exports-ma-sn-2023", "imports-sn-ma-2023-01-2023-09", "trade-2023",
                            "trade-2023-vs-2019", "tourists-de-tr-2023"]),
    (["--source", "2024-11-dw-turquie-allemagne", "--metric", "exports"], ["exports-de-tr-2024-01-2024-08"]),
])
def test_filters_select_the_right_claims(run: Run, args: list[str], ids: list[str]) -> None:
    code, out, _ = run("list", "--root", NEWSROOM, "--format", "json", *args)
    assert code == 0
    assert [row["id"].split(":", 1)[1] for row in json.loads(out)] == ids


@pytest.mark.parametrize(("args", "message"), [
    (["--metric", "gdp"], "unknown metric 'gdp'; known metrics: balance, exports, flights, imports, investment, tourists, trade"),
    (["--source", "nope"], "unknown source 'nope'; sources: 2024-02-le360-maroc-senegal"),
    (["--period", "2023-Q7"], "--period: invalid period '2023-Q7'"),
    (["--country", "XYZ"], "--country 'XYZ' is not an ISO 3166-1 alpha-2 code"),
    (["--modality", "hope"], "--modality must be one of actual, target, forecast"),
])
def test_bad_filters_are_usage_errors(run: Run, args: list[str], message: str) -> None:
    code, out, err = run("list", "--root", NEWSROOM, *args)
    assert (code, out) == (2, "")
    assert err.startswith("error: " + message)


def test_list_stops_on_an_invalid_claim_file_with_a_located_message(run: Run, seed_copy: Path) -> None:
    path = seed_copy / "claims" / "2025-05-bui-thanh-son-interview.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("stated: 800000000", "stated: huit cents", 1),
                    encoding="utf-8")
    code, out, err = run("list", "--root", str(seed_copy))
    assert (code, out) == (2, "")
    assert err == ("error: claims/2025-05-bui-thanh-son-interview.yaml:8:11: record "
                   "2025-05-bui-thanh-son-interview:trade-2024: wrong-type: `stated`: expected int | float | null, "
                   "got str (run `factcheck check` for every problem)\n")


def test_root_is_found_from_a_subdirectory(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(TESTS / "data" / "newsroom" / "claims")
    code, out, _ = run("list", "--format", "json")
    assert code == 0 and len(json.loads(out)) == 16


def test_global_root_before_the_command(run: Run) -> None:
    code, out, _ = run("--root", NEWSROOM, "list", "--format", "json", "--metric", "flights")
    assert code == 0 and [r["stated"] for r in json.loads(out)] == [14]


def test_no_root_is_a_usage_error(run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, err = run("list")
    assert code == 2 and "no claims/ and sources/" in err and "--root" in err


def test_unknown_option_is_a_usage_error(run: Run) -> None:
    code, _, err = run("list", "--colour")
    assert code == 2 and "No such option" in err


def test_thousands_of_claim_files_through_worker_processes(run: Run, tmp_path: Path) -> None:
    """2,500 claim files: past the threshold where parsing moves to worker processes; the same listing
    as one process, and check still reads them all."""
    import msgspec

    from factcheck.model import ClaimFile
    from factcheck.store import Repository, format_claim_file, load_claim_files

    for folder in ("claims", "sources"):
        (tmp_path / folder).mkdir()
    template = load_claim_files(Repository(TESTS / "data" / "newsroom"), use_cache=False)[0]
    text = (TESTS / "data" / "newsroom" / "sources" / f"{template.source}.txt").read_text(encoding="utf-8")
    for number in range(2500):
        source = f"copy-{number:05d}"
        claims = [msgspec.structs.replace(c, id=f"{source}:{c.id.split(':', 1)[1]}") for c in template.claims]
        (tmp_path / "sources" / f"{source}.txt").write_text(text, encoding="utf-8")
        (tmp_path / "claims" / f"{source}.yaml").write_text(
            format_claim_file(ClaimFile(source=source, claims=claims)), encoding="utf-8")
    serial = run("--jobs", "1", "list", "--root", str(tmp_path), "--format", "json")
    parallel = run("--jobs", "2", "list", "--root", str(tmp_path), "--format", "json")
    assert serial == parallel and serial[0] == 0 and len(json.loads(serial[1])) == 2500 * len(template.claims)
    code, out, _ = run("check", "--root", str(tmp_path))
    assert code == 0 and "checked 2500 claim files" in out


def test_each_quote_is_centred_on_its_own_figure_highlighted(run: Run) -> None:
    """With colour, the claim's figure in its quote is in reverse video; the golden keeps the escapes."""
    import io

    from factcheck.query import ClaimQuery, select_claims
    from factcheck.render import RenderOptions
    from factcheck.render.listing import ClaimListing
    from factcheck.render.table import render_claims
    from factcheck.store import Repository, load_claim_files

    repo = Repository(Path(NEWSROOM))
    rows = select_claims(load_claim_files(repo, use_cache=False), ClaimQuery())
    out = io.StringIO()
    render_claims(ClaimListing(rows, repo.source_metas(s for s, _ in rows)), out, RenderOptions(color=True, width=100))
    assert_golden("list.newsroom.color.table", out.getvalue())
    assert "\x1b[1;3;7m1,9 milliard de dirhams\x1b[0m" in out.getvalue()  # the 2022 figure, not the 2023 one before it


def test_a_reader_that_stops_early_gets_a_quiet_exit_0(tmp_path: Path) -> None:
    """Issue 11, finding 4.10: `factcheck list | head -1` exited 1 (EPIPE is a quiet 0, as in other CLIs)."""
    import subprocess
    import sys

    from bench.synthetic import generate

    generate(tmp_path, 3000)
    for fmt in ("table", "json"):
        process = subprocess.Popen([sys.executable, "-m", "factcheck", "--no-cache", "list", "--root", str(tmp_path),
                                    "--format", fmt], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        assert process.stdout is not None and process.stderr is not None
        assert process.stdout.readline()
        process.stdout.close()  # as `head -1` does
        stderr = process.stderr.read()
        process.stderr.close()
        assert (process.wait(timeout=120), stderr) == (0, b""), fmt
