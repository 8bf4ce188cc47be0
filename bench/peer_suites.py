"""Score `find_quantities` against other projects' French number test suites (../shared/peer-suites).

    python bench/peer_suites.py [PATH] [--failures] [--excluded]

PATH defaults to ../shared/peer-suites/fr_numbers.jsonl next to the repository. The suites come from
Recognizers-Text, Duckling, text2num, rustling, ovos and NeMo (see that folder's README). Prints the
pass rate per suite and overall over the cases in scope for a tool that reads figures in news
articles, then every exclusion rule with its reason and count (`--excluded` lists the case ids),
and, with `--failures`, each failing in-scope case with what was found.

Matching (README, "Type scope"): a positive case passes when every expected span is found with the
same value (relative tolerance 1e-9) and, where the case gives one, the same unit. Spans compare
as text, after two normalisations of the *expected* span: an approximation word that Duckling and
rustling keep inside the entity ("environ", "près de", "exactement", "pile": the cues of
qualifiers.yaml, which this project reads separately) and a trailing full stop are dropped. The
number suites list the bare number of an amount ("10000" in "10000$"); there, one of our amounts
whose text starts or ends with that number, with the same value, matches. A negative case
passes when nothing of the suite's type is found (number suites: any non-ordinal quantity; percent:
kind percent; currency: kind money).
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PATH = ROOT.parent / "shared" / "peer-suites" / "fr_numbers.jsonl"
sys.path.insert(0, str(ROOT))

from factcheck import lexicon  # noqa: E402
from factcheck.extraction.numbers import Quantity, find_quantities  # noqa: E402

Case = dict[str, Any]

# Why a case is out of scope, one line each (printed with the counts).
REASONS: dict[str, str] = {
    "ordinal": "ordinals: a rank is not a figure (found as kind='ordinal', not scored)",
    "measure": "physical measures (length, volume, area, angle, speed): units outside units.yaml",
    "age": "ages and durations ('cinq ans', '8 mois'): the period parser's business",
    "temperature": "temperatures",
    "fraction": "stand-alone fractions ('trois cinquièmes', 'un tiers', '3/4', '½', 'un sur trois', 'la moitié'): "
    "shares, read by the relation lexicon; fractions inside an amount ('un milliard et demi', 'un demi-million', "
    "'cinq et un quart') stay in scope",
    "questionable": "flagged QUESTIONABLE by the suite converter",
    "power": "scientific notation ('1,1^23', '12,32e+14')",
    "article": "the article 'un'/'une' read as 1 (text2num keeps it an article, as here; the README notes the "
    "suites disagree)",
    "hundreds": "'322 cents' read as 32200 (hundreds): contradicts the currency suites, where '50 cents' is small "
    "change",
    "subunit": "a sub-unit alone ('50 cents', 'un centime', '470 pence'): the suites disagree (50 vs 0,01 €); "
    "bilateral figures are not given in cents",
    "phone": "digit-by-digit readings of phone-like sequences ('zéro neuf' = 09)",
    "threshold": "negative only because of text2num's threshold option (isolated small numbers left as words: "
    "'Votre service est zéro')",
    "date": "dates: day numbers are left to the period parser ('le neuf février', '17/05/2018')",
    "currency": "a currency units.yaml does not list: historic ones replaced by the euro (FIM, NLG), slang or "
    "no ISO code ('balles', 'pouloutes', bitcoins), or written in a way the press does not ('pounds', English; "
    "'$ c' and '$ hk' in lower case, a case-folded calque of C$/HK$, where the press writes '$ CA', '$ HK')",
    "indian": "Indian scale words and grouping ('lakh', 'crore', '12,34,567.89')",
    "english": "English notation or calques, not French ('1,2b', '10G', ',0012G', 'négatif un', 'zero point cinq')",
    "short-scale": "'trillion' read on the English short scale (10^12); the French long scale gives 10^18",
    "mixed": "words and digits mixed in one number ('trente 3')",
    "milles": "'milles' as a plural of 'mille' (nonstandard; 'milles' are miles)",
    "machine-translation": "machine-translated, not French ('pourcentage de vingt', 'soustraire cinq pour-cent' = "
    "-5 %)",
    "percent-mode": "Recognizers PercentMode: fractions read as percentages ('un sur deux' = 50 %)",
    "not-a-quantity": "an IP address or a phone number",
    "disagree": "the suites contradict each other on this exact reading",
    "inconsistent": "the expected span contradicts the same suite's other cases",
}

# Exclusion by suite (the whole suite tests another entity type).
SUITE_REASONS = {
    "recognizers-ordinal": "ordinal",
    "duckling-ordinal": "ordinal",
    "nemo-itn-ordinal": "ordinal",
    "nemo-tn-ordinal": "ordinal",
    "recognizers-dimension": "measure",
    "nemo-itn-measure": "measure",
    "recognizers-age": "age",
    "recognizers-temperature": "temperature",
    "rustling-temperature": "temperature",
    "nemo-itn-fraction": "fraction",
    "nemo-tn-fraction": "fraction",
}

# Exclusion of single cases whose reason no note or pattern states; each says why.
CASE_REASONS: dict[str, tuple[str, str]] = {
    "recognizers-number-22": ("not-a-quantity", "'192.168.1.2' is an IP address"),
    "recognizers-number-226": ("not-a-quantity", "'+1-222-2222/2222' is a phone number"),
    "recognizers-number-140": ("disagree", "'trois cent deux douzaines' is 302 dozens in French; the source splits "
                               "300 + 2 dozens"),
    "recognizers-number-260": ("inconsistent", "span 'demi million' drops the 'un' that case 268 keeps "
                               "('Un demi-million')"),
    "recognizers-number-263": ("machine-translation", "'un milliard et trois quarts millions' is not French"),
    "recognizers-number-271": ("machine-translation", "'un milliard et demi million' is not French"),
    "text2num-27": ("disagree", "text2num v2 (default) splits 'quatre vingt quinze'; v2 relaxed (text2num-29) and "
                    "the Rust crate (text2num-rs-47) read 95"),
    "text2num-rs-55": ("disagree", "'vingt-un': text2num-rs converts nothing, Recognizers reads 21 "
                       "('1 sur vingt-un')"),
    "text2num-rs-75": ("ordinal", "isolated ordinals left alone by ordinal_threshold"),
    "text2num-rs-76": ("ordinal", "isolated ordinals left alone by ordinal_threshold"),
    "text2num-rs-95": ("ordinal", "isolated ordinals left alone by the default threshold"),
    # digits after "virgule" are read one by one (« huit cent dix-huit virgule trois zéro trois » = 818,303, as
    # NeMo reads them); text2num-rs splits the digits into separate numbers
    "text2num-rs-86": ("disagree", "'un virgule deux trois six' read as 1,2 3 6; NeMo (nemo-itn-decimal-11, "
                       "nemo-tn-decimal-14) reads the digits after 'virgule' one by one, as here: 1,236"),
}

# Expected-span patterns that place a case out of scope.
_FRACTION_WORD = re.compile(
    r"(?i)(?:\b(?:demie?|quarts?|tiers|moitié|sur)\b|ième|ieme|[½⅓⅔¼¾⅕⅙⅛]|\d\s*/\s*\d)"
)
# fractions that belong to an amount stay in scope: "un milliard et demi", "un demi-million", "4 et demi"
_AMOUNT_FRACTION = re.compile(
    r"(?i)(?:\bet\s+(?:(?:une?|deux|trois|[123])\s+)?(?:demie?|quarts?|tiers)$"
    r"|\b(?:demi|quarts?|tiers)[\s-]+(?:de\s+)?(?:millions?|milliards?|billions?|douzaines?)\b)"
)
_SUBUNIT = re.compile(r"(?i)\b(?:cents?|centimes?|pence|penny|pesewas?)$")

SUITE_TYPES = {"recognizers-percent": "percent", "rustling-percent": "percent",
               "recognizers-currency": "money", "duckling-money": "money", "rustling-money": "money",
               "nemo-itn-money": "money"}


def suite_type(suite: str) -> str:
    """The entity type a suite lists: number (default), percent, money or ordinal."""
    if suite in SUITE_TYPES:
        return SUITE_TYPES[suite]
    return "ordinal" if SUITE_REASONS.get(suite) == "ordinal" else "number"


def exclusion(case: Case) -> tuple[str, str] | None:
    """(rule, detail) when the case is out of scope, else None. The first rule that applies wins."""
    suite, notes, text = case["suite"], case.get("notes", ""), case["text"]
    spans = [expected["span"] for expected in case["expected"]]
    kind = suite_type(suite)
    if suite in SUITE_REASONS:
        return SUITE_REASONS[suite], suite
    if case["id"] in CASE_REASONS:
        return CASE_REASONS[case["id"]]
    if "QUESTIONABLE" in notes:
        return "questionable", notes[notes.index("QUESTIONABLE"):]
    if "ordinal" in notes and "read as a fraction" not in notes:
        return "ordinal", "an ordinal in the source"
    if "mode: PercentMode" in notes and _FRACTION_WORD.search(text):
        return "percent-mode", "PercentMode fraction"
    if any(re.search(r"\^|\de[+-]?\d", span) for span in spans):
        return "power", "scientific notation"
    if "read as hundred" in notes:
        return "hundreds", "cent(s) after digits read as hundreds"
    if "article 'un" in notes or ("threshold=0.0" in notes and "un" in spans) or (
            spans and text.strip().lower() in ("un", "une")):
        return "article", "'un'/'une' alone expected as 1"
    if "phone-number" in notes or "leading zero" in notes:
        return "phone", "digit-by-digit reading"
    if not spans and "threshold=7.0" in notes and _SMALL_NUMBER_WORD.search(text):
        return "threshold", "an isolated small number left as words"
    day = any(_DATE_AFTER.match(text, text.find(span) + len(span)) for span in spans if span in text)
    if day or _NUMERIC_DATE.search(text):
        return "date", "a day of the month"
    if re.search(r"(?i)\b(?:lakh|crore)\b", text) or any(re.search(r"\d,\d\d,\d{3}", span) for span in spans):
        return "indian", "lakh/crore"
    if any(re.search(r"(?i)\bnégati(?:f|ve)\b|\bpoint\b", span) or re.search(r"\d[bG]$", span) for span in spans):
        return "english", "English notation"
    if suite.startswith("recognizers") and any(re.search(r"(?i)\btrillions?\b", span) for span in spans):
        return "short-scale", "trillion = 10^12"
    if any(re.fullmatch(r"(?i)(?:vingt|trente|quarante|cinquante|soixante)\s+\d", span) for span in spans):
        return "mixed", "words and digits"
    if any(re.search(r"(?i)\bmilles\b", span) for span in spans):
        return "milles", "'milles'"
    if any(re.search(r"(?i)^(?:pourcent|pourcentage)|soustraire", span) for span in spans):
        return "machine-translation", "percent word before the number, verb as a sign"
    if kind == "money" and any(_SUBUNIT.search(span) and not _has_main_currency(span) for span in spans):
        return "subunit", "a sub-unit alone"
    if kind == "money" and any(not _currency_in_lexicon(expected) for expected in case["expected"]):
        return "currency", "currency phrase not in units.yaml"
    if any(_FRACTION_WORD.search(span) and not _AMOUNT_FRACTION.search(span) for span in spans):
        return "fraction", "a stand-alone fraction"
    return None


_SMALL_NUMBER_WORD = re.compile(r"(?i)\b(?:zéro|zero|deux|trois|quatre|cinq|six|sept)\b")
_DATE_AFTER = re.compile(
    r"(?i)\s+(?:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre)\b"
)
_NUMERIC_DATE = re.compile(r"\b\d{1,2}/\d{1,2}/\d{4}\b")


def _has_main_currency(span: str) -> bool:
    folded = span.lower()
    return any(_phrase_in(phrase, folded) for phrase in _money_phrases()) or any(
        phrase in span for unit in lexicon.units().values() for phrase in unit.cased)


def _plain(text: str) -> str:
    """Without accents, as units.yaml phrases are matched ("couronnes suedoises")."""
    return "".join(char for char in unicodedata.normalize("NFD", text) if not unicodedata.combining(char))


def _phrase_in(phrase: str, folded_span: str) -> bool:
    phrase, folded_span = _plain(phrase), _plain(folded_span)
    pattern = re.escape(phrase)
    if phrase[0].isalnum():
        pattern = r"(?<![^\W\d_])" + pattern
    if phrase[-1].isalnum():
        pattern += r"(?![^\W\d_])"
    return re.search(pattern, folded_span) is not None


def _money_phrases() -> list[str]:
    """Every phrase units.yaml reads as money: a unit's, or an ambiguous currency word's ("dinars", "couronnes")."""
    phrases = [phrase for unit in lexicon.units().values() if unit.kind == "money" for phrase in unit.phrases]
    phrases += [phrase for entry in lexicon.ambiguous_currencies().values() for phrase in entry.phrases]
    return [phrase.lower() for phrase in phrases]


def _currency_in_lexicon(expected: dict[str, Any]) -> bool:
    """Whether units.yaml lists a phrase of the expected currency inside the expected span."""
    span, code = expected["span"].lower(), expected["unit"]
    units = lexicon.units()
    if code is None:  # no ISO code in the source: in scope only if units.yaml still reads the word as money
        return _has_main_currency(span)
    if code not in units:
        return False
    if any(_phrase_in(phrase.lower(), span) for phrase in units[code].phrases) or any(
            phrase in expected["span"] for phrase in units[code].cased):
        return True
    # a word with several readings whose default is this currency ("livres" alone: GBP, "$": USD)
    return any(_phrase_in(phrase.lower(), span) for entry in lexicon.ambiguous_currencies().values()
               if entry.default == code for phrase in entry.phrases)


# --- scoring ------------------------------------------------------------------------------------------------


def _qualifier_cues() -> list[str]:
    return sorted({cue.lower() for cues in lexicon.qualifier_cues().values() for cue in cues}, key=len, reverse=True)


def normalise_span(span: str, cues: list[str]) -> str:
    """The expected span without an approximation word ("environ", "pile") or a trailing full stop."""
    span = span.strip().rstrip(".")
    for cue in cues:
        if span.lower().startswith(cue + " ") and len(span) > len(cue) + 1:
            return span[len(cue) + 1:].lstrip()
        if span.lower().endswith(" " + cue):
            return span[: -len(cue) - 1].rstrip()
    return span


def same_value(found: int | float, expected: int | float) -> bool:
    if isinstance(found, int) and isinstance(expected, int):
        return found == expected
    return math.isclose(found, expected, rel_tol=1e-9, abs_tol=1e-12)


def suite_unit(quantity: Quantity) -> str | None:
    """Our unit in the suites' vocabulary: ISO 4217 codes and "%" as they are, other units have no code there."""
    if quantity.unit == "%" or quantity.kind in ("money", "ambiguous"):
        return quantity.unit
    return None


def match_kind(expected: dict[str, Any], quantity: Quantity, kind: str, cues: list[str]) -> str | None:
    """How `quantity` matches an expected span: "exact", "normalised" (approximation word or full stop dropped from
    the expected span), "inside" (a number suite's bare number inside one of our amounts), or None."""
    if not same_value(quantity.value, expected["value"]):
        return None
    if expected["unit"] is not None and suite_unit(quantity) != expected["unit"]:
        return None
    if quantity.text == expected["span"]:
        return "exact"
    span = normalise_span(expected["span"], cues)
    if quantity.text == span:
        return "normalised"
    # the number suites list "10000" for "10000$": the number inside one of our amounts
    if kind == "number" and expected["unit"] is None and quantity.unit is not None and (
            quantity.text.startswith(span) or quantity.text.endswith(span)):
        return "inside"
    return None


def of_type(quantity: Quantity, kind: str) -> bool:
    if kind == "number":
        return quantity.kind != "ordinal"
    if kind == "money":
        return quantity.kind in ("money", "ambiguous")  # "447 couronnes": money, whichever crown
    return quantity.kind == {"percent": "percent", "ordinal": "ordinal"}[kind]


@dataclass(frozen=True)
class Result:
    case: Case
    passed: bool
    found: list[Quantity]
    excluded: tuple[str, str] | None
    matched_by: tuple[str, ...] = ()  # how each expected span was matched ("exact", "normalised", "inside")


def score_case(case: Case, cues: list[str], find: Callable[[str], list[Quantity]] = find_quantities) -> Result:
    """Run one case: every expected span found with its value and unit, or nothing of the type for a negative."""
    found = find(case["text"])
    kind = suite_type(case["suite"])
    if not case["expected"]:
        return Result(case, not any(of_type(quantity, kind) for quantity in found), found, exclusion(case))
    matched_by = []
    for expected in case["expected"]:
        kinds = {match_kind(expected, quantity, kind, cues) for quantity in found} - {None}
        matched_by.append(next((k for k in ("exact", "normalised", "inside") if k in kinds), "missing"))
    passed = "missing" not in matched_by
    return Result(case, passed, found, exclusion(case), tuple(matched_by))


def load_cases(path: Path) -> list[Case]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def score(path: Path) -> list[Result]:
    """Every case of the file, scored, with its exclusion (if any)."""
    cues = _qualifier_cues()
    return [score_case(case, cues) for case in load_cases(path)]


def in_scope_rate(results: list[Result]) -> tuple[int, int]:
    """(passed, total) over the in-scope cases."""
    scoped = [result for result in results if result.excluded is None]
    return sum(result.passed for result in scoped), len(scoped)


# --- report -------------------------------------------------------------------------------------------------


def _describe(quantity: Quantity) -> str:
    unit = f" {quantity.unit}" if quantity.unit else ""
    return f"{quantity.text!r}={quantity.value}{unit} ({quantity.kind})"


def report(results: list[Result], *, failures: bool, excluded: bool) -> str:
    lines: list[str] = []
    by_suite: dict[str, list[Result]] = defaultdict(list)
    for result in results:
        by_suite[result.case["suite"]].append(result)
    lines.append(f"{'suite':<26} {'in scope':>9} {'passed':>7} {'rate':>7}   excluded")
    for suite, suite_results in by_suite.items():
        passed, total = in_scope_rate(suite_results)
        rate = f"{100 * passed / total:6.1f}%" if total else "      -"
        lines.append(f"{suite:<26} {total:>9} {passed:>7} {rate}   {len(suite_results) - total}")
    passed, total = in_scope_rate(results)
    lines.append(f"{'OVERALL':<26} {total:>9} {passed:>7} {100 * passed / total:6.2f}%   {len(results) - total}")
    out_of_scope = [result for result in results if result.excluded is not None]
    lines.append(f"(for information: {sum(r.passed for r in out_of_scope)} of the {len(out_of_scope)} excluded cases "
                 "pass anyway)")
    scoped_passes = [r for r in results if r.excluded is None and r.passed]
    for how, meaning in (("normalised", "after dropping an approximation word or a full stop from the expected span"),
                         ("inside", "as the bare number inside one of our amounts ('10000' in '10000$')")):
        cases = [r.case["id"] for r in scoped_passes if how in r.matched_by]
        if cases:
            lines.append(f"{len(cases)} in-scope passes match {meaning}: {', '.join(cases)}")
    lines.append("")
    lines.append("Exclusions (rule: count - reason):")
    counts = Counter(result.excluded[0] for result in out_of_scope if result.excluded)
    for rule, count in counts.most_common():
        lines.append(f"  {rule}: {count} - {REASONS[rule]}")
        if excluded:
            ids = [r.case["id"] + (f" ({r.excluded[1]})" if r.case["id"] in CASE_REASONS and r.excluded else "")
                   for r in out_of_scope if r.excluded and r.excluded[0] == rule]
            lines.extend(f"      {case_id}" for case_id in ids)
    if failures:
        lines.append("")
        lines.append("Failing in-scope cases:")
        for result in results:
            if result.excluded is None and not result.passed:
                expected = ", ".join(f"{e['span']!r}={e['value']}" + (f" {e['unit']}" if e["unit"] else "")
                                     for e in result.case["expected"]) or "nothing"
                found = ", ".join(_describe(q) for q in result.found) or "nothing"
                lines.append(f"  {result.case['id']}: {result.case['text']!r}")
                lines.append(f"      expected {expected}; found {found}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT_PATH, help="the peer-suite JSONL file")
    parser.add_argument("--failures", action="store_true", help="list the failing in-scope cases")
    parser.add_argument("--excluded", action="store_true", help="list the ids of the excluded cases per rule")
    args = parser.parse_args(argv)
    if not args.path.exists():
        print(f"error: {args.path} not found", file=sys.stderr)
        return 2
    print(report(score(args.path), failures=args.failures, excluded=args.excluded))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
