"""Synthetic claims repositories for the scale benchmarks: many country pairs, years and quarters,
quotes that are really in their sources, and about 1 % of figures perturbed.

    python bench/synthetic.py DIR --claims 100000

Each pair has a true trade series (years, and quarters that add up to their year) and tourist counts.
Each article states a handful of them in French, with a qualifier whose interval contains the truth
(« environ », « près de », « plus de »…), so an honest repository has no contradiction; a perturbed
figure is off by a factor of 1.5 to 3. Claim files are written in the canonical layout with the
tolerance policy's intervals, as `factcheck extract` would write them, and pass `factcheck check`.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck import lexicon  # noqa: E402
from factcheck.model import Claim, ClaimFile  # noqa: E402
from factcheck.render.humanize import decimal  # noqa: E402
from factcheck.store import format_claim_file  # noqa: E402
from factcheck.tolerance import claim_interval  # noqa: E402

CODES = ["FR", "DE", "IT", "ES", "MA", "SN", "DZ", "TN", "EG", "CI", "CM", "GA", "VN", "KZ", "CN", "IN", "JP",
         "KR", "BR", "AR", "MX", "CA", "US", "GB", "TR", "RU", "UA", "PL", "NG", "KE", "ZA", "SA", "AE", "QA",
         "ID", "TH", "MY", "PH", "AU", "NZ"]
YEARS = range(2012, 2025)
QUALIFIERS = [("environ", "approx", 1.0), ("près de", "nearly", 1.05), ("plus de", "more_than", 0.97),
              ("", "exact", 1.0), ("quelque", "approx", 0.96), ("au moins", "at_least", 0.99)]
PER_ARTICLE = 20


def money_words(value: float) -> str:
    """1234000000 -> "1,234 milliard de dollars" (French decimals, the scale word the press uses)."""
    if value >= 1e9:
        return f"{decimal(round(value / 1e9, 3)).replace(chr(160), ' ')} milliards de dollars"
    return f"{decimal(round(value / 1e6, 1)).replace(chr(160), ' ')} millions de dollars"


def rounded_statement(truth: float, rng: random.Random) -> tuple[str, str, float]:
    """A qualifier and a stated figure whose strict interval holds `truth`."""
    word, qualifier, bias = rng.choice(QUALIFIERS)
    if qualifier == "exact":
        stated = round(truth / 1e6, 1) * 1e6
    elif qualifier in ("more_than", "at_least"):
        stated = float(int(truth * bias / 1e7) * 1e7)
    elif qualifier == "nearly":
        stated = float(int(truth * bias / 1e7 + 1) * 1e7)
    else:
        stated = round(truth * bias / 1e7) * 1e7
    return word, qualifier, stated


def generate(root: Path, claims: int, seed: int = 1) -> dict[str, int]:
    """Write `claims` claims (in articles of PER_ARTICLE) under root/; returns counts."""
    rng = random.Random(seed)
    policy = lexicon.policy()
    names = lexicon.countries()
    (root / "claims").mkdir(parents=True, exist_ok=True)
    (root / "sources").mkdir(exist_ok=True)
    pairs = [(a, b) for i, a in enumerate(CODES) for b in CODES[i + 1:]]
    truth: dict[tuple[str, str], dict[str, float]] = {}
    written = perturbed = articles = 0
    while written < claims:
        pair = pairs[articles % len(pairs)]
        series = truth.setdefault(pair, _series(rng))
        source = f"synthetic-{articles:06d}"
        name_a, name_b = (names[c].names[0] for c in pair)
        sentences, records = [], []
        offset = len(" date 2025-05 Dépêche\n\n")
        for _ in range(min(PER_ARTICLE, claims - written)):
            period = rng.choice(list(series))
            value = series[period]
            wrong = rng.random() < 0.01
            if wrong:
                value *= rng.uniform(1.5, 3.0)
                perturbed += 1
            word, qualifier, stated = rounded_statement(value, rng)
            when = f"en {period}" if len(period) == 4 else f"au {period[-1]}e trimestre {period[:4]}"
            cue = f"{word} " if word else ""
            sentence = (f"Le commerce entre {name_a} et {name_b} a atteint {cue}{money_words(stated)} {when}.")
            claim = Claim(id=f"{source}:trade-{period}-{len(records)}", metric="trade", countries=sorted(pair),
                          period=period, stated=int(stated), unit="USD", qualifier=qualifier,  # type: ignore[arg-type]
                          quote=sentence, span=(offset, offset + len(sentence)), status="reviewed")
            interval = claim_interval(claim, policy)
            assert interval is not None
            import msgspec

            records.append(msgspec.structs.replace(claim, low=interval.low, high=interval.high))
            sentences.append(sentence)
            offset += len(sentence) + 1
            written += 1
        (root / "sources" / f"{source}.txt").write_text(" date 2025-05 Dépêche\n\n" + " ".join(sentences) + "\n",
                                                       encoding="utf-8")
        (root / "claims" / f"{source}.yaml").write_text(format_claim_file(ClaimFile(source=source, claims=records)),
                                                       encoding="utf-8")
        articles += 1
    return {"claims": written, "articles": articles, "perturbed": perturbed, "pairs": len(truth)}


def _series(rng: random.Random) -> dict[str, float]:
    """Years and quarters of one pair's trade: quarters add up to their year."""
    level = rng.uniform(2e8, 3e10)
    values: dict[str, float] = {}
    for year in YEARS:
        level *= rng.uniform(0.9, 1.2)
        shares = [rng.uniform(0.8, 1.2) for _ in range(4)]
        total = sum(shares)
        values[str(year)] = level
        for quarter, share in enumerate(shares, start=1):
            values[f"{year}-Q{quarter}"] = level * share / total
    return values


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("root", type=Path)
    parser.add_argument("--claims", type=int, default=10_000)
    args = parser.parse_args()
    print(generate(args.root, args.claims))


if __name__ == "__main__":
    main()
