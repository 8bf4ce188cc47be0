from __future__ import annotations

from factcheck.render import safe


def test_clean_removes_terminal_escapes_and_bidi_overrides() -> None:
    hostile = "146,3 M\x1b[2J\x1b]0;pwned\x07 de \u202edollars\x9b31m"
    cleaned = safe.clean(hostile)
    assert "\x1b" not in cleaned and "\x07" not in cleaned and "\u202e" not in cleaned and "\x9b" not in cleaned
    assert cleaned.startswith("146,3 M") and "dollars" in cleaned


def test_github_escapes_what_would_end_or_forge_a_command() -> None:
    assert safe.github_data("a%b\nc::error::x") == "a%25b c::error::x"
    assert safe.github_property("claims/a,b:c.yaml") == "claims/a%2Cb%3Ac.yaml"


def test_markdown_escapes_markup_and_html() -> None:
    assert safe.markdown("[clic](http://x) <script>|*gras*") == r"\[clic\]\(http://x\) \<script\>\|\*gras\*"


def test_csv_cell_defuses_formulas_but_not_numbers() -> None:
    assert safe.csv_cell("=HYPERLINK(\"http://x\")") == "'=HYPERLINK(\"http://x\")"
    assert safe.csv_cell("-2+3") == "'-2+3"
    assert safe.csv_cell(-5) == -5
    assert safe.csv_cell("Le commerce") == "Le commerce"
