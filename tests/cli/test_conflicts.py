"""`factcheck conflicts` end to end: the seed contradictions, every format, acknowledgements, exit codes."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT, SHARED, TESTS, assert_golden

Run = Callable[..., tuple[int, str, str]]
SEEDS = str(REPO_ROOT)
VNA, BUI, TOKAYEV = ("2025-05-vna-ambassador-interview", "2025-05-bui-thanh-son-interview",
                     "2023-08-tokayev-state-visit-hanoi")


def seed_conflicts(run: Run) -> list[dict[str, object]]:
    code, out, err = run("conflicts", "--root", SEEDS, "--format", "json")
    assert (code, err) == (1, "")
    return json.loads(out)["conflicts"]


def test_the_2023_contradiction_between_the_ambassador_and_the_minister(run: Run) -> None:
    found = [c for c in seed_conflicts(run) if set(c["claims"]) == {f"{VNA}:trade-2023", f"{VNA}:trade-2024",
                                                                     f"{BUI}:trade-2024-vs-2023"}]
    assert len(found) == 1 and found[0]["reading"] == "strict" and found[0]["severity"] == "major"


def test_the_half_year_600_m_against_half_of_2024_through_the_ambassadors_2024(run: Run) -> None:
    found = [c for c in seed_conflicts(run) if set(c["claims"]) == {f"{TOKAYEV}:trade-2023-H1", f"{VNA}:trade-2024",
                                                                     f"{BUI}:trade-2024-vs-2023"}]
    assert len(found) == 1 and found[0]["severity"] == "major"


def test_the_2022_tension_is_pragmatic_only_and_minor(run: Run) -> None:
    found = [c for c in seed_conflicts(run) if set(c["claims"]) == {f"{VNA}:trade-2022", f"{TOKAYEV}:trade-2022"}]
    assert [(c["reading"], c["severity"], c["narrow"]) for c in found] == [("pragmatic", "minor", True)]


def test_nothing_about_visitors_targets_or_forecasts(run: Run) -> None:
    for conflict in seed_conflicts(run):
        assert conflict["metric"] == "trade"
        assert not any(i.endswith(("-target", "-forecast")) for i in conflict["claims"])


def test_conflict_ids_are_stable_across_runs(run: Run) -> None:
    assert [c["id"] for c in seed_conflicts(run)] == [c["id"] for c in seed_conflicts(run)]


@pytest.mark.parametrize("fmt", ["table", "json", "markdown", "sarif", "github"])
def test_every_format_on_the_seeds(run: Run, fmt: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "100")
    code, out, err = run("conflicts", "--root", SEEDS, "--format", fmt)
    assert (code, err) == (1, "")
    assert_golden(f"conflicts.seeds.{fmt}", out)


def test_sarif_is_valid_sarif_2_1_0(run: Run) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema_path = SHARED / "schemas" / "sarif-schema-2.1.0.json"
    if not schema_path.exists():
        pytest.skip("../shared/schemas is not beside this clone")
    _, out, _ = run("conflicts", "--root", SEEDS, "--format", "sarif")
    document = json.loads(out)
    jsonschema.Draft4Validator(json.loads(schema_path.read_text(encoding="utf-8"))).validate(document)
    result = document["runs"][0]["results"][0]
    location = result["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"].startswith("claims/") and location["region"]["startLine"] > 1
    assert result["relatedLocations"]


def test_fail_on_sets_the_exit_code(run: Run) -> None:
    assert run("conflicts", "--root", SEEDS, "--fail-on", "never")[0] == 0
    assert run("conflicts", "--root", SEEDS, "--fail-on", "minor")[0] == 1
    assert run("conflicts", "--root", str(TESTS / "data" / "newsroom"))[0] == 0


def test_acknowledged_conflicts_stay_visible_and_never_fail(run: Run, seed_copy: Path) -> None:
    root = str(seed_copy)
    ids = [c["id"] for c in json.loads(run("conflicts", "--root", root, "--format", "json")[1])["conflicts"]]
    for identifier in ids:
        code, out, _ = run("conflicts", "--root", root, "--acknowledge", identifier, "--reason",
                           "known: the ministry revised its 2023 figure")
        assert code == 0 and out.startswith(f"acknowledged {identifier}")
    code, out, _ = run("conflicts", "--root", root, "--format", "json", "--fail-on", "minor")
    data = json.loads(out)
    assert code == 0 and len(data["conflicts"]) == len(ids)
    assert all(c["acknowledged"] and c["reason"].startswith("known") for c in data["conflicts"])
    assert data["summary"]["failing"] == 0
    ack = (seed_copy / "conflicts.ack.yaml").read_text(encoding="utf-8")
    assert ack.count("- id: C-") == len(ids)


@pytest.mark.parametrize(("args", "message"), [
    (["--acknowledge", "C-00000000", "--reason", "x"], "no conflict 'C-00000000' in this repository"),
    (["--acknowledge", "C-00000000"], "--acknowledge needs --reason"),
    (["--reason", "x"], "--reason goes with --acknowledge ID"),
    (["--metric", "gdp"], "unknown metric 'gdp'"),
])
def test_usage_errors(run: Run, args: list[str], message: str) -> None:
    code, out, err = run("conflicts", "--root", SEEDS, *args)
    assert (code, out) == (2, "") and message in err


def test_targets_report(run: Run) -> None:
    code, out, _ = run("conflicts", "--root", SEEDS, "--format", "json", "--targets")
    targets = {t["claim"].split(":", 1)[1]: t for t in json.loads(out)["targets"]}
    target_2023 = targets["trade-2023-target"]
    assert target_2023["status"] == "missed"
    assert {r["source"]: r["status"] for r in target_2023["by_source"]} == {
        TOKAYEV: "undecided", BUI: "missed", VNA: "undecided"}
    assert targets["trade-2030-target"]["status"] == "no-data"


def test_github_annotations_are_capped_with_a_count(run: Run, tmp_path: Path) -> None:
    """Thirty outliers: ten annotations per level, then a closing line counting the rest."""
    import shutil

    from factcheck.model import ClaimFile
    from factcheck.store import format_claim_file
    from tests.engine.helpers import claim

    shutil.copytree(TESTS / "data" / "newsroom" / "sources", tmp_path / "sources")
    (tmp_path / "claims").mkdir()
    text = (tmp_path / "sources" / "2024-02-le360-maroc-senegal.txt").read_text(encoding="utf-8")
    quote = text[text.index("Les échanges"):text.index("précédente.") + len("précédente.")]
    start = text.index(quote)
    import msgspec

    claims = []
    for year in range(1990, 2020):
        for n, value in enumerate((1e9, 2.5e9)):
            made = claim(f"2024-02-le360-maroc-senegal:t{year}-{n}", str(year), value, "approx")
            claims.append(msgspec.structs.replace(made, quote=quote, span=(start, start + len(quote))))
    (tmp_path / "claims" / "2024-02-le360-maroc-senegal.yaml").write_text(
        format_claim_file(ClaimFile(source="2024-02-le360-maroc-senegal", claims=claims)), encoding="utf-8")
    code, out, _ = run("conflicts", "--root", str(tmp_path), "--format", "github")
    lines = out.splitlines()
    assert code == 1 and sum(line.startswith("::error ") for line in lines) == 10
    assert lines[-1].startswith("factcheck conflicts: 30 conflicts") and "20 more not shown" in lines[-1]


def test_a_repeated_run_reuses_the_result_and_an_edit_invalidates_it(
        run: Run, seed_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FACTCHECK_NO_CACHE")
    root = str(seed_copy)
    cold = run("conflicts", "--root", root, "--format", "json")
    assert (seed_copy / ".factcheck-cache" / "conflicts.msgpack").is_file()
    assert run("conflicts", "--root", root, "--format", "json") == cold
    first = json.loads(cold[1])["conflicts"][0]["id"]
    run("conflicts", "--root", root, "--acknowledge", first, "--reason", "known")  # applied on a cache hit
    warm = json.loads(run("conflicts", "--root", root, "--format", "json")[1])["conflicts"]
    assert [c["id"] for c in warm if c["acknowledged"]] == [first]
    claims_file = seed_copy / "claims" / f"{VNA}.yaml"  # the ambassador's 2022 "plus de 400" becomes 450
    text = claims_file.read_text(encoding="utf-8")
    claims_file.write_text(text.replace("stated: 400000000", "stated: 450000000", 1), encoding="utf-8")
    edited = run("conflicts", "--root", root, "--format", "json")
    monkeypatch.setenv("FACTCHECK_NO_CACHE", "1")
    assert edited == run("conflicts", "--root", root, "--format", "json") != cold


def test_each_claim_of_a_conflict_shows_its_own_figure_highlighted(run: Run) -> None:
    import io

    from factcheck import lexicon
    from factcheck.engine import find_conflicts
    from factcheck.query import ClaimQuery, select_claims
    from factcheck.render import RenderOptions
    from factcheck.render.conflicts_result import ConflictReport
    from factcheck.render.table import render_conflicts
    from factcheck.store import Repository, load_claim_files

    claims = select_claims(load_claim_files(Repository(REPO_ROOT), use_cache=False), ClaimQuery())
    policy = lexicon.policy(None)
    report = ConflictReport(find_conflicts(claims, policy, lexicon.metrics()), {c.id: (s, c) for s, c in claims},
                            policy, "never")
    out = io.StringIO()
    render_conflicts(report, out, RenderOptions(color=True, width=100))
    text = out.getvalue()
    assert "\x1b[1;3;7mdouble\x1b[0m" in text and "\x1b[1;3;7m800 millions de dollars\x1b[0m" in text
    assert "\x1b[1;3;7mun milliard de dollars\x1b[0m" in text


@pytest.mark.parametrize("setting", ["qualifiers: {approx: {pragmatic: {below: .nan}}}",
                                     "qualifiers: {approx: {strict: {above: .inf}}}",
                                     "qualifiers: {nearly: {strict: {below: -.inf}}}",
                                     "severity: {major_gap: .nan}"])
def test_a_tolerance_that_is_not_a_finite_number_is_a_configuration_error(run: Run, seed_copy: Path,
                                                                          setting: str) -> None:
    """Issue 11, finding 4.9: NaN and ±inf were accepted, and conflicts then said « gap 0% »."""
    (seed_copy / "factcheck.yaml").write_text(f"tolerance:\n  {setting}\n", encoding="utf-8")
    code, out, err = run("conflicts", "--root", str(seed_copy))
    assert (code, out) == (2, "")
    assert err.startswith("error: factcheck.yaml: tolerance: Expected `float`") and len(err.splitlines()) == 1
