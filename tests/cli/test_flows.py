"""A pair's flows end to end: conflicts marked mirror and converted in every format, currencies left
apart said so, `show` with the flows side by side and `--direction`, targets with no deadline."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import yaml

from factcheck.model import Claim, claim_to_record

Run = Callable[..., tuple[int, str, str]]

# Written for these tests: an imagined dispatch about Chile and Peru (figures made up).
TEXT = """ date 2024-05

Le Chili et le Pérou renforcent leurs liens

En 2023, les échanges commerciaux entre les deux pays ont atteint 1 000 milliards de francs CFA. \
Les exportations chiliennes vers le Pérou ont atteint 2,1 milliards d'euros en 2023. \
Selon les douanes péruviennes, les importations en provenance du Chili ont représenté 1,2 milliard d'euros. \
Les exportations péruviennes vers le Chili ont atteint 900 millions d'euros. \
Le commerce bilatéral a atteint 5 milliards de dinars tunisiens, selon une autre source. \
Les deux pays veulent porter leurs échanges à 5 milliards d'euros.
"""


def record(identifier: str, quote: str, **fields: object) -> dict[str, object]:
    at = TEXT.index(quote)
    base: dict[str, object] = {"id": f"2024-05-andes:{identifier}", "countries": ["CL", "PE"], "period": "2023",
                               "quote": quote, "span": (at, at + len(quote)), "status": "reviewed",
                               "qualifier": "exact"}
    base.update(fields)
    stated = base.get("stated")
    if isinstance(stated, (int, float)) and "low" not in base:
        base["low"], base["high"] = stated * 0.995, stated * 1.005
    claim = Claim(**base)  # type: ignore[arg-type]
    return claim_to_record(claim)


def repository(tmp_path: Path) -> Path:
    (tmp_path / "sources").mkdir()
    (tmp_path / "claims").mkdir()
    (tmp_path / "sources" / "2024-05-andes.txt").write_text(TEXT, encoding="utf-8")
    claims = [
        record("trade-xof", "1 000 milliards de francs CFA", metric="trade", stated=1e12, unit="XOF"),
        record("exports-cl", "Les exportations chiliennes vers le Pérou ont atteint 2,1 milliards d'euros",
               metric="exports", direction="CL>PE", stated=2.1e9, unit="EUR"),
        record("imports-pe", "les importations en provenance du Chili ont représenté 1,2 milliard d'euros",
               metric="imports", direction="CL>PE", stated=1.2e9, unit="EUR"),
        record("exports-pe", "Les exportations péruviennes vers le Chili ont atteint 900 millions d'euros",
               metric="exports", direction="PE>CL", stated=9e8, unit="EUR"),
        record("trade-tnd", "5 milliards de dinars tunisiens", metric="trade", stated=5e9, unit="TND"),
        record("target", "porter leurs échanges à 5 milliards d'euros", metric="trade", stated=5e9, unit="EUR",
               modality="target", period="2024-05/.."),
    ]
    (tmp_path / "claims" / "2024-05-andes.yaml").write_text(
        yaml.safe_dump({"source": "2024-05-andes", "claims": claims}, allow_unicode=True, sort_keys=False),
        encoding="utf-8")
    return tmp_path


def test_conflicts_are_marked_mirror_and_converted_in_json(run: Run, tmp_path: Path) -> None:
    root = repository(tmp_path)
    assert run("check", "--root", str(root))[0] == 0
    code, out, err = run("conflicts", "--root", str(root), "--format", "json", "--fail-on", "never", "--targets")
    assert (code, err) == (0, "")
    data = json.loads(out)
    by_claims = {frozenset(c["claims"]): c for c in data["conflicts"]}
    mirror = by_claims[frozenset({"2024-05-andes:exports-cl", "2024-05-andes:imports-pe"})]
    assert mirror["mirror"] is True and mirror["converted"] is False
    assert any(s["rule"] == "mirror" for s in mirror["steps"])
    # 1 000 Md FCFA is 1,52 Md EUR at the parity: less than the 2,1 Md EUR Chile alone sold
    converted = [c for c in data["conflicts"] if c["converted"]]
    assert converted and all("2024-05-andes:trade-xof" in c["claims"] for c in converted)
    assert any("fixed parity of 655,957 XOF per EUR" in line for c in converted for line in c["proof"])
    assert data["currencies_apart"] == [{"metric": "trade", "countries": ["CL", "PE"], "direction": None,
                                         "unit": "TND", "not_compared_with": ["XOF"], "claims": 1}]
    assert [t["status"] for t in data["targets"]] == ["open"]


def test_every_format_says_mirror_converted_and_what_stayed_apart(run: Run, tmp_path: Path) -> None:
    root = str(repository(tmp_path))
    table = run("conflicts", "--root", root, "--fail-on", "never")[1]
    assert "· mirror" in table and "· converted" in table and "no exchange rate for TND" in table
    markdown = run("conflicts", "--root", root, "--format", "markdown", "--fail-on", "never")[1]
    assert "mirror: two countries' customs" in markdown and "converted: through a currency" in markdown
    assert "Not compared across currencies" in markdown
    sarif = json.loads(run("conflicts", "--root", root, "--format", "sarif", "--fail-on", "never")[1])
    properties = [r["properties"] for r in sarif["runs"][0]["results"]]
    assert any(p["mirror"] for p in properties) and any(p["converted"] for p in properties)
    github = run("conflicts", "--root", root, "--format", "github", "--fail-on", "never")[1]
    assert "(mirror)" in github and "(converted)" in github and "currencies not compared" in github


def test_rejected_claims_leave_every_report(run: Run, tmp_path: Path) -> None:
    root = repository(tmp_path)
    path = root / "claims" / "2024-05-andes.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    for item in data["claims"]:
        if item["id"].endswith(("imports-pe", "trade-xof")):
            item.update(status="rejected", reason="misread")
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    out = json.loads(run("conflicts", "--root", str(root), "--format", "json", "--fail-on", "never")[1])
    assert not any(i.endswith(("imports-pe", "trade-xof")) for c in out["conflicts"] for i in c["claims"])


def test_show_puts_the_flows_side_by_side(run: Run, tmp_path: Path) -> None:
    root = str(repository(tmp_path))
    code, out, err = run("show", "--root", root, "--metric", "exports", "--direction", "CL>PE", "--format", "json")
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert data["direction"] == "CL>PE" and [c["id"] for p in data["periods"] for c in p["claims"]] == \
        ["2024-05-andes:exports-cl"]
    flows = {f["unit"]: f for f in data["flows"]}
    euros = {p["period"]: p for p in flows["EUR"]["periods"]}["2023"]
    # no article states the 2023 total in euros: the two directions imply it
    assert euros["trade"]["stated"] is False and euros["forward"]["stated"] is True
    assert euros["trade"]["low"] >= 2.9e9 * 0.99
    table = run("show", "--root", root, "--metric", "trade", "--country", "CL", "--country", "PE")[1]
    assert "flows · CL–PE · EUR" in table and "implied by the others" in table


def test_show_direction_is_checked(run: Run, tmp_path: Path) -> None:
    root = str(repository(tmp_path))
    code, _, err = run("show", "--root", root, "--metric", "exports", "--direction", "CL-PE")
    assert code == 2 and "FROM>TO" in err
    code, _, err = run("show", "--root", root, "--metric", "exports", "--direction", "CL>ZZ")
    assert code == 2 and "ZZ" in err
