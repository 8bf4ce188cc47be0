"""The engine alone on perfect extraction: conflicts found from the corpus annotation's own claims.

    python bench/oracle.py                      # the summary line
    python bench/oracle.py -v                   # also every missed conflict, false alarm and skipped claim
    python bench/oracle.py --json               # the figures as JSON
    python bench/oracle.py --keep /tmp/oracle   # keep the repository it builds

`../shared/corpus/score.py` measures extraction and engine together. This script takes extraction out
of the measure: it reads the annotation (`../shared/corpus/gold/*.yaml`) and the articles
(`../shared/corpus/sources/`) at run time, turns every annotated figure into the claim record a perfect
extraction would write (same metric names, pair, direction, period, modality, figure, unit and
qualifier as `score.py`'s `expectation()` reads them; quotes found verbatim in the article, with their
spans), writes `claims/<slug>.yaml` in a temporary copy of the sources, runs
`factcheck conflicts --format json --fail-on never` on it, and scores the reported conflicts against
the annotated ones exactly as `score.py` does: a reported conflict hits an annotated one when two or
more of its claims are that conflict's; a false alarm is a reported conflict that hits none. It also
reports the `must_not_conflict` entries that a reported conflict contradicts (all their claims in one
reported conflict).

Nothing from the corpus is written into the repository: the claims live in the temporary folder.
"""

from __future__ import annotations

import argparse
import calendar
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck import lexicon  # noqa: E402
from factcheck.model import Claim, Period, claim_to_record, format_period  # noqa: E402
from factcheck.tolerance import interval  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
# score.py's metric names (gold -> factcheck)
METRIC = {"trade_volume": "trade", "trade": "trade", "imports": "imports", "exports": "exports",
          "tourist_arrivals": "tourists", "tourists": "tourists", "flights": "flights",
          "investment_flow": "investment", "investment_cumulative": "investment",
          "investment_projects_value": "investment", "investment": "investment",
          "trade_balance": "balance", "balance": "balance"}
BASE = re.compile(r"vs (\d{4}(?:-[QH]\d|-\d{2})?(?:(?:\.\.|/)\d{4}-\d{2})?)")
WORDS = re.compile(r"\s*(\d+(?:\.\d+)?)x (\d{4})")
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december"]
DATE = re.compile(r"\b(\d{1,2}) (" + "|".join(MONTHS) + r") (\d{4})\b", re.IGNORECASE)


def factcheck_command() -> list[str]:
    script = Path(sys.executable).parent / "factcheck"
    return [str(script)] if script.exists() else [sys.executable, "-m", "factcheck"]


def load_gold(corpus: Path) -> dict[str, list[dict[str, Any]]]:
    import yaml

    merged: dict[str, list[dict[str, Any]]] = {"claims": [], "conflicts": [], "must_not_conflict": []}
    for path in sorted((corpus / "gold").glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for key in merged:
            merged[key] += data.get(key) or []
    return merged


def _pair(subject: Any) -> tuple[list[str], str | None]:
    text = str(subject or "").upper().replace(" ", "")
    if ">" in text:
        a, b = text.split(">", 1)
        return sorted((a, b)), f"{a}>{b}"
    return sorted(x for x in text.split("-") if x), None


def _published(source: Path) -> str | None:
    import yaml

    sidecar = source.with_suffix(".yaml")
    if sidecar.exists():
        meta = yaml.safe_load(sidecar.read_text(encoding="utf-8")) or {}
        if meta.get("published"):
            return str(meta["published"])
    first = source.read_text(encoding="utf-8").split("\n", 1)[0].strip()
    found = re.match(r"date (\d{4}-\d{2})", first)
    return found.group(1) if found else None


def _shift_year(period: str, years: int) -> str:
    parsed = Period.parse(period)
    return format_period(parsed.start + 12 * years, parsed.end + 12 * years)


def to_claim(gold: dict[str, Any], text: str, published: str | None) -> tuple[Claim | None, str]:
    """The record a perfect extraction would write for one annotated figure, or None and why not."""
    metric = str(gold.get("metric", ""))
    suffix = next((x for x in ("_growth", "_recovery") if metric.endswith(x)), "")
    base = metric[: len(metric) - len(suffix)]
    if base not in METRIC:
        return None, f"metric {metric} is not one factcheck has"
    value = gold.get("value") or {}
    num = next((value[k] for k in ("point", "low", "high") if value.get(k) is not None), None)
    relation = str(gold.get("relation") or "")
    words = WORDS.match(relation)
    if num is None and not (words and not suffix):
        return None, "no figure"
    countries, direction = _pair(gold.get("subject"))
    if len(countries) != 2:
        return None, f"subject {gold.get('subject')!r} is not a pair"
    if lexicon.metrics()[METRIC[base]].directional and direction is None:
        return None, f"{METRIC[base]} needs a direction, the annotation gives {gold.get('subject')!r}"
    if not lexicon.metrics()[METRIC[base]].directional:
        direction = None
    raw_period = str(gold.get("period") or "")
    modality = gold.get("modality", "actual")
    current = "(current)" in raw_period
    period = re.sub(r"\s*\((target|current)[^)]*\)", "", raw_period).strip().replace("..", "/")
    as_of = None
    if period.startswith("unspecified"):
        if modality == "actual" or not published:
            return None, "period unspecified"
        period = f"{published[:7]}/.."  # a target with no deadline: an open horizon from publication
    if current and modality == "actual":
        # "(current)": the level at publication, or a count to a date (« au 10 décembre 2023 »)
        found = DATE.search(f"{gold.get('note') or ''} {gold.get('quote') or ''}")
        if found:
            day, month, year = int(found.group(1)), MONTHS.index(found.group(2).lower()) + 1, int(found.group(3))
            start = Period.parse(period)
            if start.start <= year * 12 + month - 1 <= start.end:
                period = format_period(start.start, year * 12 + month - 1)
                as_of = f"{year:04d}-{month:02d}-{min(day, calendar.monthrange(year, month)[1]):02d}"
    try:
        Period.parse(period)
    except ValueError:
        return None, f"period {raw_period!r}"
    quote = str(gold.get("quote") or "")
    at = text.find(quote)
    if not quote or at < 0:
        return None, "quote not in the article"
    record: dict[str, Any] = {"id": gold["id"], "metric": METRIC[base], "countries": countries,
                              "direction": direction, "period": period, "as_of": as_of, "modality": modality,
                              "quote": quote, "span": (at, at + len(quote))}
    qualifier = gold.get("qualifier") or "exact"
    policy = lexicon.policy()
    if num is None or suffix:
        if num is None:
            factor, relative_to = float(words.group(1)), words.group(2)  # type: ignore[union-attr]
            qualifier = "approx" if qualifier == "exact" else qualifier  # « a doublé » is a round ratio
        elif suffix == "_growth":
            factor = 1 + float(num) / 100
            found = BASE.search(relation)
            relative_to = found.group(1).replace("..", "/") if found else _shift_year(period, -1)
        else:  # _recovery: "% of the 2019 level"
            factor, relative_to = float(num) / 100, (BASE.search(relation) or re.search("(2019)", "2019")).group(1)
        if factor <= 0:
            return None, "a factor of zero or less"
        try:
            Period.parse(relative_to)
        except ValueError:
            return None, f"relative_to {relative_to!r}"
        record.update(kind="ratio", factor=factor, relative_to=relative_to, qualifier=qualifier)
        low, high = value.get("low"), value.get("high")
        if qualifier == "range" and low is not None and high is not None:
            record.update(low=1 + low / 100, high=1 + high / 100)
        else:
            bounds = interval(factor, qualifier, policy, "strict")
            record.update(low=bounds.low, high=bounds.high)
        record["unit"] = None
    else:
        unit = gold.get("unit")
        if unit not in lexicon.units():
            return None, f"unit {unit!r}"
        record.update(kind="value", stated=num, unit=unit, qualifier=qualifier)
        if qualifier == "range":
            record.update(low=value.get("low"), high=value.get("high"))
        else:
            bounds = interval(float(num), qualifier, policy, "strict")
            record.update(low=bounds.low, high=bounds.high)
    if gold.get("equivalent_of"):
        record["equivalent_of"] = gold["equivalent_of"]
    import msgspec

    return msgspec.convert({k: v for k, v in record.items() if v is not None or k in ("low", "high")}, Claim), ""


def build_repository(corpus: Path, root: Path, gold: dict[str, list[dict[str, Any]]]) -> dict[str, list[str]]:
    """Copy the articles to `root/sources` and write `root/claims/<slug>.yaml`; returns what was skipped."""
    import yaml

    (root / "sources").mkdir(parents=True)
    (root / "claims").mkdir()
    for path in sorted((corpus / "sources").iterdir()):
        if path.suffix in (".txt", ".yaml"):
            shutil.copy(path, root / "sources" / path.name)
    by_article: dict[str, list[Claim]] = {}
    skipped: dict[str, list[str]] = {}
    for item in gold["claims"]:
        source = corpus / "sources" / f"{item['article']}.txt"
        if not source.exists():
            skipped.setdefault("article missing", []).append(item["id"])
            continue
        made, why = to_claim(item, source.read_text(encoding="utf-8"), _published(source))
        if made is None:
            skipped.setdefault(why, []).append(item["id"])
            continue
        by_article.setdefault(item["article"], []).append(made)
    known = {c.id for claims in by_article.values() for c in claims}
    for slug, claims in by_article.items():
        records = []
        for made in claims:
            record = claim_to_record(made)
            if made.equivalent_of is not None and made.equivalent_of not in known:
                record.pop("equivalent_of")
            records.append(record)
        text = yaml.safe_dump({"source": slug, "claims": records}, allow_unicode=True, sort_keys=False)
        (root / "claims" / f"{slug}.yaml").write_text(text, encoding="utf-8")
    return skipped


def score(gold: dict[str, list[dict[str, Any]]], reported: list[dict[str, Any]]) -> dict[str, Any]:
    """score.py's conflict figures; claim ids are the annotation's ids, so each maps to itself."""
    hits = {k["id"]: False for k in gold["conflicts"]}
    false_alarms = []
    for found in reported:
        ids = set(found.get("claims", []))
        hit = [k["id"] for k in gold["conflicts"] if len(ids & {c["id"] for c in k["claims"]}) >= 2]
        for name in hit:
            hits[name] = True
        if not hit:
            false_alarms.append(found)
    severity = {k["id"]: k.get("severity", "major") for k in gold["conflicts"]}
    major = [k for k in hits if severity[k] == "major"]
    minor = [k for k in hits if severity[k] != "major"]
    broken = [entry for entry in gold["must_not_conflict"]  # all its claims in one reported conflict
              if any(set(entry["claims"]) <= set(f.get("claims", [])) for f in reported)]
    return {"major_hit": sum(hits[k] for k in major), "major": len(major),
            "minor_hit": sum(hits[k] for k in minor), "minor": len(minor),
            "reported": len(reported), "false_alarms": len(false_alarms),
            "must_not_conflict_broken": len(broken), "must_not_conflict": len(gold["must_not_conflict"]),
            "conflicts_missed": [k for k in hits if not hits[k]],
            "false_alarm_claims": [f.get("claims", []) for f in false_alarms],
            "broken": [e["claims"] for e in broken]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", default=str(CORPUS), help="folder with gold/ and sources/")
    parser.add_argument("--factcheck", help="command that runs factcheck (default: this environment's)")
    parser.add_argument("--keep", help="build the repository here (kept) instead of a temporary folder")
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    corpus = Path(args.corpus)
    if not (corpus / "gold").is_dir():
        print(f"no corpus at {corpus}: give its folder", file=sys.stderr)
        return 2
    gold = load_gold(corpus)
    root = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="factcheck-oracle-")) / "repo"
    if root.exists():
        shutil.rmtree(root)
    skipped = build_repository(corpus, root, gold)
    command = args.factcheck.split() if args.factcheck else factcheck_command()
    env = dict(os.environ, NO_COLOR="1")
    run = subprocess.run([*command, "--root", str(root), "--no-cache", "conflicts", "--format", "json",
                          "--fail-on", "never"], capture_output=True, text=True, env=env, timeout=900)
    if run.returncode not in (0, 1):
        print(f"factcheck conflicts failed (exit {run.returncode}): {(run.stderr or run.stdout)[-600:]}")
        return 2
    reported = json.loads(run.stdout).get("conflicts", [])
    figures = score(gold, reported)
    figures["claims"] = sum(len(v) for v in skipped.values())
    if args.verbose:
        print("SKIPPED (annotated figures a claim record cannot hold):")
        for why, ids in sorted(skipped.items()):
            print(f"  {why}: {', '.join(ids)}")
        print("\nANNOTATED CONFLICTS NOT REPORTED:", ", ".join(figures["conflicts_missed"]) or "none")
        print("\nFALSE ALARMS:")
        for claims in figures["false_alarm_claims"]:
            print("  " + ", ".join(claims))
        print("\nMUST NOT CONFLICT, BUT REPORTED:")
        for claims in figures["broken"]:
            print("  " + ", ".join(claims))
        print()
    if args.json:
        print(json.dumps({k: v for k, v in figures.items()}, indent=1))
    print(f"oracle (annotated claims as input): conflicts major {figures['major_hit']}/{figures['major']}, "
          f"minor {figures['minor_hit']}/{figures['minor']}, false alarms {figures['false_alarms']} of "
          f"{figures['reported']} reported, must-not-conflict broken {figures['must_not_conflict_broken']}/"
          f"{figures['must_not_conflict']}")
    if args.keep is None:
        shutil.rmtree(root.parent, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
