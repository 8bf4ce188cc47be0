from __future__ import annotations

import msgspec

from factcheck.extraction.merge import merge_claims
from factcheck.model import Claim, ClaimFile


def claim(identifier: str, stated: float = 1e9, status: str = "extracted", span: tuple[int, int] = (10, 50),
          period: str = "2023") -> Claim:
    return Claim(id=identifier, metric="trade", countries=["EG", "IT"], period=period, stated=stated, unit="EUR",
                 qualifier="exact", low=stated * 0.995, high=stated * 1.005, quote="q", span=span,
                 status=status)  # type: ignore[arg-type]


def test_first_extraction_adds_everything() -> None:
    merged, report = merge_claims(None, [claim("s:a"), claim("s:b", period="2022")], "s")
    assert [c.id for c in merged.claims] == ["s:a", "s:b"] and len(report.added) == 2


def test_reviewed_records_are_kept_untouched_and_restatements_not_added() -> None:
    reviewed = msgspec.structs.replace(claim("s:a"), status="reviewed", note="checked by A. Diallo")
    existing = ClaimFile(source="s", claims=[reviewed])
    merged, report = merge_claims(existing, [claim("s:a")], "s")
    assert merged.claims == [reviewed]
    assert not report.changed and len(report.restated) == 1


def test_a_disagreeing_candidate_is_kept_beside_the_reviewed_record_and_reported() -> None:
    reviewed = msgspec.structs.replace(claim("s:a"), status="reviewed")
    merged, report = merge_claims(ClaimFile(source="s", claims=[reviewed]), [claim("s:a", stated=2e9)], "s")
    assert [c.id for c in merged.claims] == ["s:a", "s:a-2"]
    assert merged.claims[0] is reviewed
    assert [(c.id, r.id) for c, r in report.disagreements] == [("s:a-2", "s:a")]


def test_stale_extracted_records_are_replaced() -> None:
    existing = ClaimFile(source="s", claims=[claim("s:old", stated=5e8)])
    merged, report = merge_claims(existing, [claim("s:new")], "s")
    assert [c.id for c in merged.claims] == ["s:new"]
    assert [c.id for c in report.removed] == ["s:old"] and [c.id for c in report.added] == ["s:new"]


def test_rerunning_on_the_same_candidates_changes_nothing() -> None:
    first, _ = merge_claims(None, [claim("s:a"), claim("s:b", period="2022")], "s")
    second, report = merge_claims(first, [claim("s:a"), claim("s:b", period="2022")], "s")
    assert second is first and not report.changed


def test_extracted_records_are_placed_in_source_order_around_reviewed_ones() -> None:
    early = msgspec.structs.replace(claim("s:early", span=(0, 5)), status="reviewed")
    late = msgspec.structs.replace(claim("s:late", span=(100, 120), period="2021"), status="reviewed")
    merged, _ = merge_claims(ClaimFile(source="s", claims=[early, late]), [claim("s:mid", span=(50, 60),
                                                                                  period="2022")], "s")
    assert [c.id for c in merged.claims] == ["s:early", "s:mid", "s:late"]
