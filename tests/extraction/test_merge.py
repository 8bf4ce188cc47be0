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


def test_a_correction_replaces_the_extracted_reading_for_good() -> None:
    """« +5 % » misread as +25 %: the reviewed correction stands, the old reading is not re-added as `…-2`."""
    corrected = msgspec.structs.replace(claim("s:a", stated=2e9), status="reviewed", low=1.99e9, high=2.01e9)
    merged, report = merge_claims(ClaimFile(source="s", claims=[corrected]), [claim("s:a")], "s")
    assert merged.claims == [corrected] and not report.changed
    assert [(c.id, r.id) for c, r in report.corrected] == [("s:a", "s:a")]


def test_a_correction_of_the_period_still_answers_for_its_figure() -> None:
    """The id stays when a person corrects the period, so the old file (no figure_span) still pairs."""
    corrected = msgspec.structs.replace(claim("s:trade-2023"), status="reviewed", period="2022")
    merged, report = merge_claims(ClaimFile(source="s", claims=[corrected]), [claim("s:trade-2023")], "s")
    assert merged.claims == [corrected] and len(report.corrected) == 1


def test_a_rejected_reading_never_comes_back_however_it_is_read() -> None:
    rejected = msgspec.structs.replace(claim("s:a", span=(10, 50)), status="rejected", reason="a deficit",
                                       figure_span=(20, 30), reviewed_by="A. Diallo", reviewed_at="2026-12-01")
    other_reading = msgspec.structs.replace(claim("s:balance-2023", stated=3e9), metric="balance",
                                            figure_span=(20, 31))
    merged, report = merge_claims(ClaimFile(source="s", claims=[rejected]), [other_reading], "s")
    assert merged.claims == [rejected] and not report.changed
    assert [(c.id, r.id) for c, r in report.blocked] == [("s:balance-2023", "s:a")]


def test_a_figure_with_two_periods_keeps_the_reading_that_was_not_rejected() -> None:
    """« près d'un milliard de dollars en 2023 et 2024 »: one figure, a claim per year."""
    both = dict(span=(0, 80), figure_span=(40, 60))
    rejected = msgspec.structs.replace(claim("s:trade-2023", period="2023"), status="rejected", reason="only 2024",
                                       **both)
    y2023 = msgspec.structs.replace(claim("s:trade-2023", period="2023"), **both)
    y2024 = msgspec.structs.replace(claim("s:trade-2024", period="2024"), **both)
    merged, report = merge_claims(ClaimFile(source="s", claims=[rejected]), [y2023, y2024], "s")
    assert [c.id for c in merged.claims] == ["s:trade-2023", "s:trade-2024"]
    assert merged.claims[0] is rejected and [c.id for c, _ in report.blocked] == ["s:trade-2023"]


def test_an_old_reviewed_record_learns_its_figure_span_from_the_same_reading() -> None:
    reviewed = msgspec.structs.replace(claim("s:a", span=(10, 50)), status="reviewed")
    located = msgspec.structs.replace(claim("s:a", span=(10, 50)), figure_span=(25, 37))
    merged, report = merge_claims(ClaimFile(source="s", claims=[reviewed]), [located], "s")
    assert report.changed and merged.claims == [msgspec.structs.replace(reviewed, figure_span=(25, 37))]
    again, second = merge_claims(merged, [located], "s")
    assert again is merged and not second.changed


def test_a_new_figure_in_the_same_passage_is_added_beside_a_reviewed_one() -> None:
    reviewed = msgspec.structs.replace(claim("s:a", span=(0, 80)), status="reviewed", figure_span=(10, 20))
    other = msgspec.structs.replace(claim("s:a", span=(0, 80), stated=5e8), figure_span=(40, 50))
    merged, _ = merge_claims(ClaimFile(source="s", claims=[reviewed]), [other], "s")
    assert [c.id for c in merged.claims] == ["s:a", "s:a-2"]


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
