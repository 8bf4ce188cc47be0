"""The identities between a pair's flows of goods, currencies and counts to a date: each finds the
contradiction it should, with a proof a reader can redo, and stays silent on figures that agree.

The figures are made up, about pairs the corpus does not have (Peru–Chile, Senegal–Turkey,
Norway–Poland, Côte d'Ivoire–Ghana, Kenya–Uganda)."""

from __future__ import annotations

import msgspec

from factcheck import lexicon
from factcheck.engine import find_conflicts
from factcheck.engine.currency import currency_gaps
from factcheck.model import Claim, Conflict
from factcheck.render.explain import proof
from tests.engine.helpers import claim, sourced

STRICT = lexicon.policy({"reading": "strict"})
PAIR = ("CL", "PE")


def flow(identifier: str, period: str, stated: float, metric: str = "trade", direction: str | None = None,
         qualifier: str = "exact", unit: str = "USD", countries: tuple[str, ...] = PAIR, **extra: object) -> Claim:
    return claim(identifier, period, stated, qualifier, metric=metric, direction=direction, unit=unit,
                 countries=countries, **extra)  # type: ignore[arg-type]


class FakeRates:
    """Rates given by the test: (unit, base) -> (lowest, highest), whatever the period."""

    def __init__(self, table: dict[tuple[str, str], tuple[float, float]]) -> None:
        self.table = table

    def range(self, unit: str, base: str, start: int, end: int) -> tuple[float, float] | None:
        return self.table.get((unit, base))

    def known(self, unit: str) -> bool:
        return any(unit in pair for pair in self.table)

    def source(self, unit: str, base: str) -> str:
        return "test rates"


def found(*claims: Claim, policy: object = STRICT, rates: object = None) -> list[Conflict]:
    return find_conflicts(sourced(*claims), policy, lexicon.metrics(), rates)  # type: ignore[arg-type]


def words(conflict: Conflict, *claims: Claim) -> str:
    return "\n".join(proof(conflict, {c.id: (c.id.split(":")[0], c) for c in claims}, STRICT))


def test_a_total_below_one_direction_is_a_conflict_through_the_sum() -> None:
    total = flow("a:trade", "2022", 1e10, qualifier="nearly")
    one_way = flow("b:exports", "2022", 1.175e10, "exports", "PE>CL")
    result = found(total, one_way)
    assert [set(c.claims) for c in result] == [{"a:trade", "b:exports"}]
    text = words(result[0], total, one_way)
    assert "trade is the sum of both directions" in text and "trade 2022 ≥ 11,691\xa0Md\xa0USD" in text
    assert not result[0].mirror and not result[0].converted
    assert found(flow("a:trade", "2022", 2e10, qualifier="nearly"), one_way) == []


def test_a_total_against_the_sum_of_both_directions() -> None:
    claims = (flow("a:trade", "2023", 1.21e10), flow("b:out", "2023", 1.214e10, "exports", "CL>PE"),
              flow("b:in", "2023", 9.03e9, "imports", "PE>CL"))
    result = found(*claims)
    assert [set(c.claims) for c in result] == [{"a:trade", "b:out", "b:in"}]
    assert "trade 2023 ≥ 21,064\xa0Md\xa0USD" in words(result[0], *claims)
    assert found(flow("a:trade", "2023", 2.12e10, qualifier="approx"), *claims[1:]) == []


def test_a_balance_of_the_wrong_sign() -> None:
    # « un déficit de 400 millions » for Senegal while it sells 4,83 Md and buys 4,71 Md
    pair = ("SN", "TR")
    deficit = flow("a:balance", "2021", 4e8, "balance", "TR>SN", countries=pair)
    sells = flow("b:exports", "2021", 4.83e9, "exports", "SN>TR", countries=pair)
    buys = flow("b:imports", "2021", 4.71e9, "imports", "TR>SN", countries=pair)
    result = found(deficit, sells, buys)
    assert [set(c.claims) for c in result] == [{"a:balance", "b:exports", "b:imports"}]
    assert result[0].severity == "major"
    text = words(result[0], deficit, sells, buys)
    assert "the balance is one direction less the other" in text and "balance SN→TR" in text
    surplus = flow("a:balance", "2021", 1.2e8, "balance", "SN>TR", qualifier="approx", countries=pair)
    assert found(surplus, sells, buys) == []


def test_a_half_year_balance_may_exceed_the_year() -> None:
    pair = ("SN", "TR")
    assert found(flow("a:h1", "2021-H1", 5e8, "balance", "TR>SN", countries=pair),
                 flow("a:year", "2021", 3e8, "balance", "TR>SN", countries=pair)) == []
    # but halves still add up to their year
    halves = found(flow("a:h1", "2021-H1", 5e8, "balance", "TR>SN", countries=pair),
                   flow("a:h2", "2021-H2", 1e8, "balance", "SN>TR", countries=pair),
                   flow("b:year", "2021", 9e8, "balance", "TR>SN", countries=pair))
    assert [set(c.claims) for c in halves] == [{"a:h1", "a:h2", "b:year"}]


def test_mirror_figures_beyond_the_margin_are_a_conflict_marked_mirror() -> None:
    pair = ("NO", "PL")
    exported = flow("a:exports", "2023", 4.21e9, "exports", "NO>PL", countries=pair)
    imported = flow("b:imports", "2023", 2.79e9, "imports", "NO>PL", countries=pair)
    result = found(exported, imported)
    assert len(result) == 1 and result[0].mirror
    text = words(result[0], exported, imported)
    assert "mirror margin" in text and "0,9–1,1" in text


def test_mirror_figures_within_the_margin_agree() -> None:
    pair = ("NO", "PL")
    # 5,6 % apart: CIF/FOB valuation and timing explain it
    assert found(flow("a:exports", "2023", 8.55e9, "exports", "NO>PL", countries=pair),
                 flow("b:imports", "2023", 9.03e9, "imports", "NO>PL", countries=pair)) == []
    # the same gap between two reports of one country's customs is a conflict, not a mirror
    same = found(flow("a:imports", "2023", 8.55e9, "imports", "NO>PL", countries=pair),
                 flow("b:imports", "2023", 9.03e9, "imports", "NO>PL", countries=pair))
    assert len(same) == 1 and not same[0].mirror


def test_the_mirror_margin_is_policy() -> None:
    pair = ("NO", "PL")
    tight = lexicon.policy({"reading": "strict", "mirror": {"below": 0.02, "above": 0.02}})
    result = found(flow("a:exports", "2023", 8.55e9, "exports", "NO>PL", countries=pair),
                   flow("b:imports", "2023", 9.03e9, "imports", "NO>PL", countries=pair), policy=tight)
    assert len(result) == 1 and result[0].mirror


def test_a_pegged_conversion_is_exact() -> None:
    pair = ("CI", "GH")
    rates = FakeRates({("XOF", "EUR"): (655.957, 655.957)})
    francs = flow("a:xof", "2014", 1.44e12, unit="XOF", countries=pair)
    euros = flow("b:eur", "2014", 1.44e9, unit="EUR", countries=pair)
    result = found(francs, euros, rates=rates)
    assert len(result) == 1 and result[0].converted
    assert "fixed parity of 655,957 XOF per EUR" in words(result[0], francs, euros)
    assert found(francs, flow("b:eur", "2014", 2.195e9, unit="EUR", countries=pair), rates=rates) == []
    assert found(francs, euros) == []  # without rates, each currency stays apart


def test_a_conversion_holds_whatever_rate_of_the_period_was_used() -> None:
    pair = ("KE", "UG")
    rates = FakeRates({("USD", "EUR"): (1.05, 1.12)})
    euros = flow("a:eur", "2023", 1e9, countries=pair, unit="EUR")
    # 1,12 Md USD is 1 Md EUR at the highest rate: no conflict; 1,2 Md USD is beyond any rate of the year
    assert found(euros, flow("b:usd", "2023", 1.12e9, countries=pair), rates=rates) == []
    beyond = flow("b:usd", "2023", 1.2e9, countries=pair)
    result = found(euros, beyond, rates=rates)
    assert len(result) == 1 and result[0].converted
    text = words(result[0], euros, beyond)
    assert "1,05–1,12 USD per EUR" in text and "lowest and highest ECB reference rate" in text


def test_a_conversion_only_counts_under_the_strict_reading() -> None:
    pair = ("KE", "UG")
    rates = FakeRates({("USD", "EUR"): (1.05, 1.12)})
    # « plus de 1 Md EUR » is read as under 2 Md EUR by the pragmatic reading: not enough through a rate
    assert found(flow("a:eur", "2023", 1e9, "trade", qualifier="more_than", countries=pair, unit="EUR"),
                 flow("b:usd", "2023", 2.5e9, countries=pair), policy=lexicon.policy(), rates=rates) == []


def test_a_currency_without_rates_stays_apart_and_is_reported() -> None:
    claims = sourced(flow("a:tnd", "2024", 5e9, unit="TND"), flow("b:eur", "2024", 1e9, unit="EUR"))
    money = {code: unit.kind == "money" for code, unit in lexicon.units().items()}
    rates = FakeRates({("USD", "EUR"): (1.05, 1.12)})
    assert find_conflicts(claims, STRICT, lexicon.metrics(), rates) == []
    gaps = currency_gaps(claims, lexicon.metrics(), money, rates)
    assert [(g.unit, g.others, g.claims) for g in gaps] == [("TND", ("EUR",), 1)]


def test_a_restatement_in_another_currency_is_never_compared_with_its_figure() -> None:
    pair = ("CI", "GH")
    rates = FakeRates({("USD", "EUR"): (1.05, 1.12), ("XOF", "EUR"): (655.957, 655.957)})
    francs = flow("a:xof", "2023", 1.66115e12, unit="XOF", countries=pair)
    # the journalist converted at a rate outside the period: alone, the two would clash
    dollars = msgspec.structs.replace(flow("a:usd", "2023", 2.2e9, countries=pair), equivalent_of="a:xof")
    assert found(francs, dollars, rates=rates) == []
    # both still meet other figures, and the conflict is reported once, with the figure in their currency
    other = flow("b:usd", "2023", 4.21e9, countries=pair)
    result = found(francs, dollars, other, rates=rates)
    assert [set(c.claims) for c in result] == [{"a:usd", "b:usd"}]
    assert not result[0].converted


def test_a_count_to_a_date_is_a_part_of_its_year() -> None:
    pair = ("FR", "TN")
    tourists = dict(metric="tourists", direction="FR>TN", unit="persons", countries=pair)
    to_date = msgspec.structs.replace(claim("a:to-date", "2023", 974000, **tourists), as_of="2023-12-10")  # type: ignore[arg-type]
    # the year is at least the count: a year of 950 000 is a conflict, with the rule in words
    year = claim("b:year", "2023", 950000, **tourists)  # type: ignore[arg-type]
    result = found(to_date, year)
    assert [set(c.claims) for c in result] == [{"a:to-date", "b:year"}]
    assert "from the start of 2023 to 2023-12-10" in words(result[0], to_date, year)
    # a full year of 1 015 000 agrees with 974 000 counted to 10 December
    assert found(to_date, claim("b:year", "2023", 1015000, **tourists)) == []  # type: ignore[arg-type]
    # the months before December are at most the count
    autumn = claim("c:jan-nov", "2023-01/2023-11", 990000, **tourists)  # type: ignore[arg-type]
    assert [set(c.claims) for c in found(to_date, autumn)] == [{"a:to-date", "c:jan-nov"}]


def test_the_months_so_far_are_a_part_of_the_year() -> None:
    # « à fin novembre » 235 Md, the whole year 205 Md
    assert [set(c.claims) for c in found(flow("a:jan-nov", "2024-01/2024-11", 2.354e11),
                                         flow("b:year", "2024", 2.052e11))] == [{"a:jan-nov", "b:year"}]


def test_a_run_of_months_is_its_first_months_and_the_rest() -> None:
    # exports January-July 586 M less January-June 309 M leaves 277 M in July, above July's total trade
    claims = (flow("a:jan-jul", "2022-01/2022-07", 5.86e8, "exports", "PE>CL", qualifier="nearly"),
              flow("b:jan-jun", "2022-01/2022-06", 3.094e8, "exports", "PE>CL"),
              flow("a:july", "2022-07", 1.25e8, qualifier="nearly"))
    result = found(*claims)
    assert [set(c.claims) for c in result] == [{"a:jan-jul", "b:jan-jun", "a:july"}]
    assert found(claims[0], claims[1], flow("a:july", "2022-07", 3.5e8, qualifier="nearly")) == []


def test_growth_on_the_total_combines_with_a_direction() -> None:
    # trade 16,8 Md in 2021 « en hausse de 31 % » in 2022 is about 22 Md; one direction alone was 23,5 Md
    claims = (flow("a:trade-2021", "2021", 1.68e10),
              flow("a:trade-growth", "2022", None, factor=1.31, relative_to="2021", unit=None),  # type: ignore[arg-type]
              flow("b:out-2022", "2022", 2.35e10, "exports", "PE>CL"))
    result = found(*claims)
    assert [set(c.claims) for c in result] == [{c.id for c in claims}]
    text = words(result[0], *claims)
    assert "trade is the sum of both directions" in text and "2022 = 1,303–1,317 × 2021" in text
    assert found(claims[0], claims[1], flow("b:out-2022", "2022", 1.35e10, "exports", "PE>CL")) == []


def test_a_growth_rate_on_a_direction_meets_the_total() -> None:
    claims = (flow("a:trade-2022", "2022", 1e10),
              flow("b:out-2021", "2021", 9.5e9, "exports", "PE>CL"),
              flow("b:out-growth", "2022", None, "exports", "PE>CL", factor=1.236, relative_to="2021",
                   unit=None))  # type: ignore[arg-type]
    assert [set(c.claims) for c in found(*claims)] == [{c.id for c in claims}]


def test_rejected_claims_are_ignored() -> None:
    total = flow("a:trade", "2022", 1e10, qualifier="nearly")
    one_way = msgspec.structs.replace(flow("b:exports", "2022", 1.175e10, "exports", "PE>CL"), status="rejected")
    assert found(total, one_way) == []


def test_a_restatement_keeps_its_companions_words_not_its_own_round_figure() -> None:
    # « plus de 2 000 Md FCFA (3 365,8 M$) »: the pragmatic reading's « under the next round figure »
    # belongs to the 2 000 Md FCFA; for the dollars it would say « under 4,4 Md$ », which nobody wrote
    pair = ("CI", "GH")
    rates = FakeRates({("USD", "EUR"): (1.05, 1.12), ("XOF", "EUR"): (655.957, 655.957)})
    francs = flow("a:xof", "2023", 2e12, unit="XOF", qualifier="more_than", countries=pair)
    dollars = msgspec.structs.replace(flow("a:usd", "2023", 3.3658e9, qualifier="more_than", countries=pair),
                                      equivalent_of="a:xof")
    other = flow("b:usd", "2023", 5.28e9, countries=pair)
    assert found(francs, dollars, other, rates=rates, policy=lexicon.policy()) == []


def test_a_total_below_one_direction_is_reported_as_the_plain_pair_beside_the_chain() -> None:
    # « près de 10 Md » of trade in 2022 and « +31 % » on 2021, against exports of 11,75 Md in 2022 and of
    # 9,5 Md in 2021: the pair (total below one direction) is said on its own, not only through the chain
    total = flow("a:trade", "2022", 1e10, qualifier="nearly")
    growth = claim("a:growth", "2022", metric="trade", countries=("CL", "PE"), unit="USD", factor=1.31,
                   relative_to="2021")
    exports_2022 = flow("b:x22", "2022", 1.175e10, "exports", "PE>CL")
    exports_2021 = flow("b:x21", "2021", 9.5e9, "exports", "PE>CL")
    sets = [set(c.claims) for c in found(total, growth, exports_2022, exports_2021)]
    assert {"a:trade", "b:x22"} in sets
