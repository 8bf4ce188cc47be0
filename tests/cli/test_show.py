"""`factcheck show` end to end: the seed trade series, the chart at 80 columns, JSON, images, errors."""

from __future__ import annotations

import json
import struct
import sys
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT, TESTS, assert_golden

Run = Callable[..., tuple[int, str, str]]
SEEDS = str(REPO_ROOT)
NEWSROOM = str(TESTS / "data" / "newsroom")


def seed_trade(run: Run) -> dict:  # type: ignore[type-arg]
    code, out, err = run("show", "--root", SEEDS, "--metric", "trade", "--format", "json")
    assert (code, err) == (0, "")
    return json.loads(out)  # type: ignore[no-any-return]


def test_the_seed_trade_series_period_by_period(run: Run) -> None:
    data = seed_trade(run)
    assert (data["metric"], data["unit"], data["countries"]) == ("trade", "USD", ["KZ", "VN"])
    periods = {p["period"]: p for p in data["periods"]}
    assert list(periods) == ["2022", "2023", "2023-H1", "2024", "2024-Q1", "2025-Q1", "2030"]
    stating = {c["source"] for p in data["periods"] for c in p["claims"]}
    assert stating == set(data["sources"]) and len(stating) == 3  # the fourth states only a target
    assert [t["stated"] for t in periods["2023"]["targets"]] == [1e9]
    assert [t["stated"] for t in periods["2030"]["targets"]] == [5e9]
    assert all(c["modality"] == "actual" for p in data["periods"] for c in p["claims"])
    # 2024-Q1 is stated by no one: the +18,4 % of 2025-Q1 implies it (146,3 M / 1,184 ≈ 123,6 M)
    q1 = periods["2024-Q1"]
    assert q1["claims"] == [] and [v["derived"] for v in q1["by_source"]] == [True]
    assert q1["interval"]["low"] < 146.3e6 / 1.184 < q1["interval"]["high"]
    # the conflicts are marked where they bite: the 2023 contradiction, the 2022 tension
    assert "C-907ed92a" in periods["2023"]["conflicts"] and "C-9f2f2e3b" in periods["2022"]["conflicts"]
    assert periods["2025-Q1"]["conflicts"] == [] and periods["2030"]["interval"] is None
    # what 004 implies on its own for 2023 (half of its 2024) is far below what 000 says
    by_source = {v["source"]: v for v in periods["2023"]["by_source"]}
    assert by_source["2025-05-bui-thanh-son-interview"]["high"] <= 0.5e9 < 0.9e9 <= \
        by_source["2025-05-vna-ambassador-interview"]["low"]
    assert data["set_aside"]
    for period in data["periods"]:
        interval = period["interval"]
        if interval and interval["low"] is not None and interval["high"] is not None:
            assert interval["low"] <= interval["high"]


def test_table_and_chart_at_80_columns_without_colour(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    code, out, _ = run("show", "--root", SEEDS, "--metric", "trade")
    assert code == 0
    assert "\x1b" not in out and max(len(line) for line in out.splitlines()) <= 80
    assert_golden("show.trade.80.table", out)


@pytest.mark.parametrize("columns", ["40", "56"])
def test_a_narrow_terminal_keeps_every_line_inside(run: Run, monkeypatch: pytest.MonkeyPatch, columns: str) -> None:
    monkeypatch.setenv("COLUMNS", columns)
    code, out, _ = run("show", "--root", SEEDS, "--metric", "trade")
    assert code == 0 and max(len(line) for line in out.splitlines()) <= int(columns)
    assert "✗" in out and "◆" in out


def test_markdown(run: Run) -> None:
    code, out, _ = run("show", "--root", SEEDS, "--metric", "trade", "--format", "markdown")
    assert code == 0
    assert_golden("show.trade.markdown", out)


def test_without_a_metric_it_lists_the_metrics_with_counts(run: Run) -> None:
    code, out, _ = run("show", "--root", NEWSROOM, "--format", "json")
    counts = {m["metric"]: m for m in json.loads(out)}
    assert code == 0 and counts["trade"]["claims"] == 7 and counts["trade"]["series"] == 3
    code, out, _ = run("show", "--root", NEWSROOM)
    assert code == 0 and "commerce bilatéral" in out


def test_several_series_in_a_table_but_json_asks_to_choose(run: Run) -> None:
    code, out, _ = run("show", "--root", NEWSROOM, "--metric", "trade")
    assert code == 0 and all(pair in out for pair in ("MA–SN", "DE–TR", "FR–IN"))
    code, _, err = run("show", "--root", NEWSROOM, "--metric", "trade", "--format", "json")
    assert code == 2 and "choose with --country" in err and "DE–TR EUR" in err
    code, out, _ = run("show", "--root", NEWSROOM, "--metric", "trade", "--format", "json", "--country", "tr")
    assert code == 0 and json.loads(out)["countries"] == ["DE", "TR"]


def test_between_filters_periods(run: Run) -> None:
    code, out, _ = run("show", "--root", SEEDS, "-m", "trade", "--between", "2023..2024", "-f", "json")
    assert code == 0 and [p["period"] for p in json.loads(out)["periods"]] == ["2023", "2023-H1", "2024",
                                                                                "2024-Q1"]
    code, out, _ = run("show", "--root", SEEDS, "-m", "trade", "--between", "2025..", "-f", "json")
    data = json.loads(out)
    assert [p["period"] for p in data["periods"]] == ["2025-Q1", "2030"]
    assert data["sources"] == ["2025-05-bui-thanh-son-interview"]  # only those with a say in the periods shown


@pytest.mark.parametrize(("args", "message"), [
    (["--metric", "gdp"], "unknown metric 'gdp'; known metrics: balance, exports, flights"),
    (["--metric", "trade", "--between", "2024..2023"], "ends before it starts"),
    (["--metric", "trade", "--between", "last year"], "--between: invalid period"),
    (["--metric", "trade", "--country", "Kazakhstan"], "not an ISO 3166-1 alpha-2 code"),
    (["--metric", "trade", "--unit", "dollars"], "--unit 'dollars' is not a known unit; known units: "),
    (["--metric", "trade", "--plot", "chart.pdf"], "must end in .svg or .png"),
    (["--plot", "chart.svg"], "--plot draws one metric"),
    (["--metric", "trade", "--plot", "a\x00.svg"], "cannot hold a NUL character"),
])
def test_usage_errors(run: Run, args: list[str], message: str) -> None:
    code, out, err = run("show", "--root", SEEDS, *args)
    assert code == 2 and out == "" and message in err and "Traceback" not in err


@pytest.mark.parametrize("command", ["list", "check", "show", "conflicts"])
def test_a_nul_byte_in_the_root_is_a_usage_error(run: Run, command: str) -> None:
    """Found by the CLI fuzz suite: click's Path type stats the value and crashed on a NUL byte."""
    code, out, err = run(command, "--root", "a\x00b")
    assert code == 2 and out == "" and "cannot hold a NUL character" in err


def test_a_known_metric_without_claims_says_so(run: Run) -> None:
    code, out, _ = run("show", "--root", SEEDS, "--metric", "investment")
    assert code == 0 and "no claims about investment" in out


def test_plot_writes_a_valid_svg_and_png(run: Run, tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    svg, png = tmp_path / "trade.svg", tmp_path / "out" / "trade.png"
    assert run("show", "--root", SEEDS, "-m", "trade", "--plot", str(svg))[0] == 0
    assert run("show", "--root", SEEDS, "-m", "trade", "--plot", str(png))[0] == 0
    root = ElementTree.parse(svg).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg" and "2024-Q1" in svg.read_text(encoding="utf-8")
    header = png.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n" and header[12:16] == b"IHDR"
    width, height = struct.unpack(">II", header[16:24])
    assert width > 400 and height > 300
    from matplotlib import image

    assert image.imread(str(png)).shape[:2] == (height, width)  # the whole file decodes
    assert not [p for p in png.parent.iterdir() if p.name != "trade.png"]  # no temporary left behind


def test_plot_without_matplotlib_says_how_to_install_it(run: Run, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib", None)  # what `import matplotlib` sees when it is missing
    monkeypatch.delitem(sys.modules, "factcheck.render.plot", raising=False)
    code, _, err = run("show", "--root", SEEDS, "-m", "trade", "--plot", str(tmp_path / "x.svg"))
    assert code == 2 and "pip install 'factcheck[plot]'" in err and not (tmp_path / "x.svg").exists()


def test_help_names_the_plot_extra(run: Run) -> None:
    code, out, _ = run("show", "--help")
    assert code == 0 and "pip install 'factcheck[plot]'" in " ".join(out.split())


def test_between_takes_one_period_or_a_range(run: Run) -> None:
    one = json.loads(run("show", "--root", SEEDS, "--metric", "trade", "--between", "2023", "--format", "json")[1])
    assert {p["period"][:4] for p in one["periods"]} == {"2023"}
    code, _, err = run("show", "--root", SEEDS, "--metric", "trade", "--between", "2023-Q5..2024")
    assert code == 2 and "--between" in err and "2022..2024" in err
