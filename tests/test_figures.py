"""Finding a claim's own figure in its quote, and cutting the quote around it."""

from __future__ import annotations

import pytest

from factcheck.figures import excerpt, figure_in_quote, find_figure
from factcheck.model import Claim

QUOTE = ("Le déficit commercial du Sénégal avec le Maroc s'est creusé à 1,2 milliard de dirhams en 2023, "
         "alors que les échanges totaux ont atteint 2,3 milliards de dirhams.")


def claim(stated: float | None = 2.3e9, kind: str = "value", factor: float | None = None,
          figure_span: tuple[int, int] | None = None) -> Claim:
    return Claim(id="s:x", metric="trade", countries=["MA", "SN"], period="2023", kind=kind,  # type: ignore[arg-type]
                 stated=stated, factor=factor, unit="MAD", quote=QUOTE, span=(500, 500 + len(QUOTE)),
                 figure_span=figure_span)


def test_the_recorded_figure_span_wins() -> None:
    start = QUOTE.index("1,2 milliard")
    assert figure_in_quote(claim(figure_span=(500 + start, 500 + start + 12))) == (start, start + 12)


def test_without_figure_span_the_number_with_the_claims_value_is_found() -> None:
    found = find_figure(claim())
    assert found is not None and QUOTE[found[0][0]:found[0][1]] == "2,3 milliards" and found[1] is True
    assert find_figure(claim(stated=1.2e9)) == ((QUOTE.index("1,2 milliard"), QUOTE.index("1,2 milliard") + 12),
                                                True)


@pytest.mark.parametrize(("quote", "kind", "stated", "factor", "words"), [
    ("Les échanges ont atteint près d'un milliard de dollars en 2024.", "value", 1e9, None, "un milliard"),
    ("Le commerce a dépassé le demi-milliard de dollars.", "value", 5e8, None, "demi-milliard"),
    ("soit le double de 2023", "ratio", None, 2, "le double"),
    ("en hausse de 18,4 % par rapport à 2024", "ratio", None, 1.184, "18,4 %"),
    ("en baisse de 4 % sur un an", "ratio", None, 0.96, "4 %"),
    ("avec 150 000 visiteurs en 2024", "value", 150000, None, "150 000"),
])
def test_words_and_percentages(quote: str, kind: str, stated: float | None, factor: float | None,
                               words: str) -> None:
    record = Claim(id="s:x", metric="trade", countries=["MA", "SN"], period="2024", kind=kind,  # type: ignore[arg-type]
                   stated=stated, factor=factor, quote=quote, span=(0, len(quote)))
    found = figure_in_quote(record)
    assert found is not None and quote[found[0]:found[1]] == words


def test_excerpt_centres_the_figure_and_cuts_on_words() -> None:
    start = QUOTE.index("2,3 milliards")
    cut = excerpt(QUOTE, (start, start + 13), 60)
    assert cut.figure == "2,3 milliards" and len(cut.plain) <= 60
    assert cut.before.startswith("…") and " " not in cut.before[1:2]
    assert abs(len(cut.before) - len(cut.after)) < 30 or not cut.after.endswith("…")


def test_excerpt_cleans_control_characters_without_moving_the_figure() -> None:
    quote = "Les\x1b[2J échanges ont atteint 2,3 milliards."
    start = quote.index("2,3")
    cut = excerpt(quote, (start, start + 13), 200)
    assert cut == ("Les[2J échanges ont atteint ", "2,3 milliards", ".")


def test_excerpt_without_a_figure_starts_at_the_quote() -> None:
    cut = excerpt(QUOTE, None, 40)
    assert cut.before == "" and cut.figure == "" and cut.after.startswith("Le déficit") and cut.after.endswith("…")
