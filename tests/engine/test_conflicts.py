"""The engine on small repositories written for these tests (Morocco–Senegal, India–France...)."""

from __future__ import annotations

from factcheck import lexicon
from factcheck.engine import check_targets, find_conflicts
from factcheck.engine.conflicts import conflict_id
from factcheck.lexicon import Policy
from factcheck.model import Claim, Conflict
from tests.engine.helpers import claim, sourced

POLICY = lexicon.policy()
STRICT = lexicon.policy({"reading": "strict"})


def conflicts(*claims: Claim, policy: Policy = POLICY) -> list[Conflict]:
    return find_conflicts(sourced(*claims), policy, lexicon.metrics())


def test_agreeing_figures_make_no_conflict() -> None:
    assert conflicts(claim("le360:t23", "2023", 2.3e9, "approx"), claim("medias24:t23", "2023", 2.25e9, "exact"),
                     claim("le360:t22", "2022", 1.9e9), claim("le360:r", "2023", factor=1.2, relative_to="2022",
                                                              qualifier="approx")) == []


def test_a_contradiction_through_a_chain_of_ratios() -> None:
    # 2024 is about 1 Md (A), 2024 is twice 2023 (B), 2023 is about 1 Md (A): cannot all hold.
    found = conflicts(claim("a:2024", "2024", 1e9, "nearly"), claim("a:2023", "2023", 1e9, "nearly"),
                      claim("b:ratio", "2024", factor=2, relative_to="2023", qualifier="approx"))
    strict = [c for c in found if c.reading == "strict"]
    assert [set(c.claims) for c in strict] == [{"a:2024", "a:2023", "b:ratio"}]
    assert strict[0].severity == "major" and strict[0].id == conflict_id(["a:2024", "a:2023", "b:ratio"])
    assert strict[0].sources == ("a", "b")


def test_every_reported_set_is_minimal() -> None:
    claims = [claim("a:2024", "2024", 1e9, "nearly"), claim("a:2023", "2023", 1e9, "nearly"),
              claim("b:ratio", "2024", factor=2, relative_to="2023", qualifier="approx"),
              claim("c:2022", "2022", 5e8, "more_than"), claim("a:2022", "2022", 4e8, "more_than"),
              claim("a:ratio", "2023", factor=2, relative_to="2022", qualifier="approx")]
    found = conflicts(*claims)
    assert len({c.id for c in found}) == len(found) > 1
    by_id = {c.id: c for c in claims}
    for conflict in found:
        policy = STRICT if conflict.reading == "strict" else POLICY
        assert conflicts(*(by_id[i] for i in conflict.claims), policy=policy), "the set itself conflicts"
        for dropped in conflict.claims:
            rest = [by_id[i] for i in conflict.claims if i != dropped]
            assert not [c for c in conflicts(*rest, policy=policy) if c.reading == conflict.reading]


def test_a_half_cannot_exceed_its_year_and_quarters_add_up() -> None:
    found = conflicts(claim("x:h1", "2023-H1", 6e8), claim("y:year", "2023", 5e8, "approx"))
    assert [set(c.claims) for c in found] == [{"x:h1", "y:year"}]
    quarters = [claim(f"q:{q}", f"2023-Q{q}", 1e8) for q in range(1, 5)]
    assert conflicts(*quarters, claim("y:year", "2023", 4e8)) == []
    found = conflicts(*quarters, claim("y:year", "2023", 5e8))
    assert found and set(found[0].claims) == {"q:1", "q:2", "q:3", "q:4", "y:year"}


def test_pragmatic_only_tension_is_minor_and_labelled() -> None:
    # "plus de 400 M" (read: under 500 M) against "a dépassé 500 M"
    found = conflicts(claim("a:2022", "2022", 4e8, "more_than"), claim("b:2022", "2022", 5e8, "more_than"))
    assert [(c.reading, c.severity, c.narrow) for c in found] == [("pragmatic", "minor", True)]
    assert conflicts(claim("a:2022", "2022", 4e8, "more_than"), claim("b:2022", "2022", 5e8, "more_than"),
                     policy=STRICT) == []


def test_targets_and_forecasts_never_conflict() -> None:
    assert conflicts(claim("a:2023", "2023", 6e8), claim("b:target", "2023", 1e9, modality="target"),
                     claim("c:forecast", "2023", 3e9, "more_than", modality="forecast")) == []


def test_other_series_do_not_mix() -> None:
    # without rates, two currencies stay apart; another pair, another metric are other series
    assert conflicts(claim("a:mad", "2023", 6e8, unit="MAD"), claim("b:eur", "2023", 9e8, unit="EUR"),
                     claim("c:tourists", "2023", 7e8, metric="tourists", direction="MA>SN", unit="persons"),
                     claim("d:other-pair", "2023", 2e9, countries=("FR", "IN"))) == []


def test_one_outlier_against_many_agreeing_sources_is_one_conflict() -> None:
    agreeing = [claim(f"s{n}:2023", "2023", 1e9, "approx") for n in range(30)]
    outlier = claim("wrong:2023", "2023", 3e9, "approx")
    found = conflicts(*agreeing, outlier, policy=STRICT)
    assert len(found) == 1
    assert "wrong:2023" in found[0].claims and len(found[0].claims) == 2
    assert len(found[0].corroborating) == 29


def test_the_proof_ends_in_the_clash() -> None:
    [found] = [c for c in conflicts(claim("x:h1", "2023-H1", 6e8), claim("y:year", "2023", 5e8, "approx"))]
    low, high = found.clash
    assert found.steps[low].value > found.steps[high].value
    assert {s.rule for s in found.steps} >= {"claim"}


def test_targets_are_met_missed_or_disputed() -> None:
    checks = check_targets(sourced(claim("a:2023", "2023", 1.2e9), claim("t:target", "2023", 1e9,
                                                                           modality="target")),
                           POLICY, lexicon.metrics())
    assert [(c.claim, c.status) for c in checks] == [("t:target", "met")]
    checks = check_targets(sourced(claim("a:2023", "2023", 1.2e9), claim("b:2023", "2023", 6e8),
                                   claim("t:target", "2023", 1e9, modality="target")), POLICY, lexicon.metrics())
    assert [(c.status, [r.status for r in c.readings]) for c in checks] == [("disputed", ["met", "missed"])]
    checks = check_targets(sourced(claim("t:target", "2030", 5e9, modality="target")), POLICY, lexicon.metrics())
    assert checks[0].status == "no-data"


def test_a_tangle_of_quarter_ratios_is_explained_quickly() -> None:
    """Found by the property suite: ratios between quarters, halves and the year make proofs whose steps
    share inputs; walking that DAG as a tree took minutes. Each step is now visited once."""
    claims = sourced(
        claim("a:r0", "2019-Q1", factor=0.4179, relative_to="2019-H1", qualifier="approx"),
        claim("b:r1", "2019", factor=5.6086, relative_to="2019-Q1", qualifier="approx"),
        claim("c:r2", "2019-Q3", factor=0.4128, relative_to="2019-Q4", qualifier="approx"),
        claim("d:r3", "2019-Q3", factor=0.1404, relative_to="2019", qualifier="approx"),
        claim("e:r4", "2019-H1", factor=3.4483, relative_to="2019-Q3", qualifier="approx"),
        claim("f:v5", "2019-Q4", 2_920_047, "more_than"),
        claim("g:r6", "2019-H1", factor=2.5902, relative_to="2019-Q1", qualifier="approx"),
        claim("h:v7", "2019-Q4", 2_843_615, "approx"),
        claim("i:r8", "2019-Q2", factor=0.2494, relative_to="2019", qualifier="approx"),
        claim("anchor:exact", "2019-Q1", 1_677_252, "exact"),
        claim("pushed:v", "2019-Q1", 3_354_505, "approx"),
    )
    found = find_conflicts(claims, STRICT, lexicon.metrics())
    assert any("pushed:v" in c.claims for c in found)


def test_two_articles_printing_the_same_figure_make_one_conflict_naming_both() -> None:
    # « plus de 400 M » in 2022 and « +30 % » in 2023 (one article) against 480 M for 2023, printed by two
    # others word for word: one contradiction, not one per article that printed 480 M
    found = conflicts(claim("a:2022", "2022", 4e8, "more_than"),
                      claim("a:ratio", "2023", factor=1.3, relative_to="2022"),
                      claim("b:2023", "2023", 4.8e8), claim("c:2023", "2023", 4.8e8), policy=STRICT)
    assert len(found) == 1
    [conflict] = found
    assert {"a:2022", "a:ratio"} <= set(conflict.claims)
    assert len(set(conflict.claims) & {"b:2023", "c:2023"}) == 1
    assert set(conflict.echoed_by) == {"b:2023", "c:2023"} - set(conflict.claims)


def test_a_figure_that_only_agrees_is_not_an_echo() -> None:
    # 470 M agrees with 480 M but is another figure: it is its own conflict with the chain, not an echo
    found = conflicts(claim("a:2022", "2022", 4e8, "more_than"),
                      claim("a:ratio", "2023", factor=1.5, relative_to="2022"),
                      claim("b:2023", "2023", 4.8e8, "approx"), claim("c:2023", "2023", 4.7e8, "approx"),
                      policy=STRICT)
    assert found and all(conflict.echoed_by == () for conflict in found)
    assert {"b:2023", "c:2023"} <= {i for conflict in found for i in conflict.claims}


def _change(identifier: str, factor: float, base: str = "2023", unit: str | None = None,
            qualifier: str = "exact") -> Claim:
    """A change of Peru's exports to Chile in 2024, as an outlet prints it (« +1,6 % sur un an »)."""
    return claim(identifier, "2024", factor=factor, relative_to=base, qualifier=qualifier, metric="exports",
                 countries=("CL", "PE"), direction="PE>CL", unit=unit)  # type: ignore[arg-type]


def _words(conflict: Conflict, *claims: Claim) -> str:
    from factcheck.render.explain import proof

    return "\n".join(proof(conflict, {c.id: (c.id.split(":")[0], c) for c in claims}, STRICT))


def test_two_changes_of_one_flow_over_one_base_conflict_without_any_level() -> None:
    # « +1,6 % » in one outlet and « +3,2 % » in another for the same flow, year and base: no article
    # gives a level, and yet both cannot be true
    one, other = _change("andina:g", 1.016), _change("gestion:g", 1.032)
    [found] = conflicts(one, other, policy=STRICT)
    assert set(found.claims) == {"andina:g", "gestion:g"} and found.clash_period == "2024÷2023"
    assert found.severity == "minor" and 0.005 < found.gap < 0.01  # 1,021 against 1,027, once rounding is allowed
    text = _words(found, one, other)
    assert "andina says 2024 = 1,011–1,021 × 2023" in text
    assert text.splitlines()[-1] == "✗ 2024 ÷ 2023 cannot be both ≥ 1,027 (2) and ≤ 1,021 (1)"
    assert conflicts(_change("andina:g", 1.12), _change("gestion:g", 1.05), policy=STRICT)[0].severity == "major"


def test_changes_that_agree_or_measure_from_other_bases_stay_silent() -> None:
    assert conflicts(_change("a:g", 1.016), _change("b:g", 1.02, qualifier="approx"), policy=STRICT) == []
    assert conflicts(_change("a:g", 1.016), _change("b:g", 1.016), policy=STRICT) == []
    # +3 % on 2023 and +5 % on 2022: a different base, and no level to tie them
    assert conflicts(_change("a:g", 1.03), _change("b:g", 1.05, base="2022"), policy=STRICT) == []
    # a change in dollars and one in soles may differ by the exchange rate's own change
    assert conflicts(_change("a:g", 1.016, unit="USD"), _change("b:g", 1.032, unit="PEN"), policy=STRICT) == []
