"""The pure decisions of `factcheck review`: fields validated like records, intervals from the policy."""

from __future__ import annotations

import msgspec
import pytest

from factcheck import lexicon
from factcheck.errors import UsageError
from factcheck.model import Claim, Conflict
from factcheck.review import corrected, decided, field_value, parse_assignment, review_queue

POLICY = lexicon.policy(None)
QUOTE = "Les exportations égyptiennes vers l'Italie ont atteint 4,2 milliards d'euros en 2023."


def claim(identifier: str = "s:exports-eg-it-2023", status: str = "extracted") -> Claim:
    return Claim(id=identifier, metric="exports", countries=["EG", "IT"], direction="EG>IT", period="2023",
                 stated=4.2e9, unit="EUR", qualifier="exact", low=4.179e9, high=4.221e9, quote=QUOTE,
                 span=(100, 100 + len(QUOTE)), status=status)  # type: ignore[arg-type]


def test_a_correction_recomputes_the_interval_from_the_policy() -> None:
    fixed = corrected(claim(), {"qualifier": "approx", "stated": field_value("stated", "4.5e9")}, POLICY)
    assert (fixed.stated, fixed.low, fixed.high) == (4500000000, 3825000000, 5175000000)


def test_given_bounds_are_kept_for_a_range() -> None:
    fixed = corrected(claim(), {"qualifier": "range", "low": 4e9, "high": 4.4e9}, POLICY)
    assert (fixed.low, fixed.high) == (4e9, 4.4e9)


@pytest.mark.parametrize(("changes", "message"), [
    ({"period": "2023-Q5"}, "invalid-period"),
    ({"direction": "EG>FR"}, "invalid-direction"),
    ({"metric": "visitors"}, "unknown-metric"),
    ({"unit": "persons"}, "unit-not-for-metric"),
    ({"low": 1.0}, "interval-off-policy"),
])
def test_a_correction_that_check_would_refuse_is_a_usage_error(changes: dict[str, object], message: str) -> None:
    with pytest.raises(UsageError, match=message):
        corrected(claim(), changes, POLICY)


@pytest.mark.parametrize(("text", "message"), [
    ("quote=autre chose", "unknown field 'quote'; fields: metric, countries"),
    ("period", "is not FIELD=VALUE"),
])
def test_unknown_fields_list_the_editable_ones(text: str, message: str) -> None:
    with pytest.raises(UsageError, match=message):
        parse_assignment(text)


@pytest.mark.parametrize(("name", "text", "message"), [
    ("qualifier", "about", "one of exact, approx, nearly"),
    ("stated", "beaucoup", "a number"),
    ("period", "", "cannot be empty"),
])
def test_bad_values_say_what_is_expected(name: str, text: str, message: str) -> None:
    with pytest.raises(UsageError, match=message):
        field_value(name, text)


def test_field_values_are_typed() -> None:
    assert field_value("countries", "it, eg") == ["EG", "IT"]
    assert field_value("stated", "1_500_000") == 1500000 and field_value("factor", "1.184") == 1.184
    assert field_value("direction", "null") is None


def test_a_decision_records_who_when_and_the_certain_figure() -> None:
    accepted = decided(claim(), "reviewed", "Nour Haddad", "2026-12-01")
    assert (accepted.status, accepted.reviewed_by, accepted.reviewed_at) == ("reviewed", "Nour Haddad", "2026-12-01")
    start = QUOTE.index("4,2 milliards")
    assert accepted.figure_span == (100 + start, 100 + start + len("4,2 milliards"))
    with pytest.raises(UsageError, match="needs a reason"):
        decided(claim(), "rejected", "Nour Haddad", "2026-12-01", "  ")
    rejected = decided(accepted, "rejected", "Nour Haddad", "2026-12-02", " a re-export ")
    assert (rejected.status, rejected.reason) == ("rejected", "a re-export")
    assert decided(rejected, "reviewed", "N", "2026-12-03").reason is None


def test_the_queue_puts_claims_in_most_conflicts_first_then_the_rest_in_file_order() -> None:
    claims = [("s", claim(f"s:{name}")) for name in ("a", "b", "c", "d")]
    claims.append(("s", claim("s:e", status="reviewed")))
    conflict = Conflict(id="C-1", metric="exports", countries=("EG", "IT"), direction="EG>IT", unit="EUR",
                        periods=("2023",), reading="strict", severity="major", gap=0.1, narrow=False,
                        claims=("s:c", "s:e"), sources=("s",), corroborating=(), steps=(), clash_period="2023",
                        clash=(0, 1))
    other = msgspec.structs.replace(conflict, id="C-2", claims=("s:c", "s:d"))
    assert [i.claim.id for i in review_queue(claims, [conflict, other])] == ["s:c", "s:d", "s:a", "s:b"]
    assert [i.claim.id for i in review_queue(claims, [], only=["s:e", "s:a"])] == ["s:e", "s:a"]
