from __future__ import annotations

import re

import pytest

from factcheck import lexicon
from factcheck.model import QUALIFIERS


def test_every_metric_accepts_at_least_one_unit_kind_that_exists() -> None:
    kinds = {unit.kind for unit in lexicon.units().values()}
    for name, metric in lexicon.metrics().items():
        assert set(metric.unit_kinds) <= kinds, name
        assert metric.phrases, name


def test_the_policy_covers_every_qualifier_of_the_model() -> None:
    assert set(lexicon.policy().qualifiers) == set(QUALIFIERS)
    assert set(lexicon.qualifier_cues()) == set(QUALIFIERS)


def test_country_words_add_press_spellings_and_inflected_adjectives() -> None:
    countries = lexicon.countries()
    assert "Vietnam" in countries["VN"].names and "Viêt Nam" in countries["VN"].names
    assert {"marocain", "marocaine", "marocains", "marocaines"} <= set(countries["MA"].adjectives)
    assert {"kazakh", "kazakhs", "kazakhstanais"} <= set(countries["KZ"].adjectives)
    assert "NO" in lexicon.country_codes()  # quoted in YAML: not read as false


def test_countries_file_matches_babel_cldr() -> None:
    babel = pytest.importorskip("babel")
    from scripts.update_countries import TARGET, generated_text

    header = TARGET.read_text(encoding="utf-8").splitlines()[0]
    if f"babel {babel.__version__} " not in header:
        pytest.skip(f"countries.yaml was generated with another babel ({header}); CLDR names may differ")
    assert TARGET.read_text(encoding="utf-8") == generated_text(), "run python scripts/update_countries.py"


def test_every_lexicon_data_file_is_installed_with_the_package() -> None:
    """A data file left out of package-data works in a checkout and silently not in an install
    (compiled.json was: every installed run then imported PyYAML to read the lexicons)."""
    import fnmatch
    import tomllib

    from tests.conftest import REPO_ROOT

    config = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["factcheck.lexicon"]
    data = [p.name for p in (REPO_ROOT / "factcheck" / "lexicon").iterdir() if p.is_file() and p.suffix != ".py"]
    assert data and all(any(fnmatch.fnmatch(name, pattern) for pattern in patterns) for name in data)


def test_ambiguous_currency_words_name_money_units_and_known_countries() -> None:
    units, codes = lexicon.units(), lexicon.country_codes()
    table = lexicon.ambiguous_currencies()
    assert {"dinars", "francs", "francs CFA", "dirhams", "dollars"} <= set(table)
    assert lexicon.AMBIGUOUS not in units  # the section is not a unit a claim may carry
    for name, entry in table.items():
        assert entry.phrases, name
        assert set(entry.countries) <= codes, name
        for unit_id in (*entry.countries.values(), *([entry.default] if entry.default else [])):
            assert units[unit_id].kind == "money", (name, unit_id)
    assert table["dinars"].countries["TN"] == "TND" and table["dinars"].default is None
    assert table["francs CFA"].countries["CM"] == "XAF" and table["francs CFA"].default == "XOF"


def test_every_money_unit_is_an_iso_4217_code() -> None:
    for unit_id, unit in lexicon.units().items():
        if unit.kind == "money":
            assert len(unit_id) == 3 and unit_id.isupper(), unit_id
            assert unit_id in unit.phrases, unit_id  # the code itself is read ("12 milliards de TND")


@pytest.mark.parametrize(
    ("section", "message"),
    [
        ({"dinars": {"phrases": ["dinars"], "countries": {"TN": "TNX"}}}, "'TNX' is not a money unit"),
        ({"dinars": {"phrases": ["dinars"], "countries": {"QQ": "TND"}}}, "unknown country codes ['QQ']"),
        ({"dinars": {"phrases": ["euros"], "countries": {"TN": "TND"}}}, "phrase 'euros' is also a unit's"),
        ({"dinars": {"phrases": ["dinars"], "countries": {"TN": "TND"}, "default": "persons"}},
         "'persons' is not a money unit"),
    ],
)
def test_a_broken_ambiguous_section_is_a_clear_error(
        monkeypatch: pytest.MonkeyPatch, section: dict[str, object], message: str) -> None:
    from factcheck.errors import ConfigError

    real = lexicon.read_data("units.yaml")
    monkeypatch.setattr(lexicon, "read_data", lambda name: {**real, lexicon.AMBIGUOUS: section})
    lexicon.ambiguous_currencies.cache_clear()
    try:
        with pytest.raises(ConfigError, match=re.escape(message)):
            lexicon.ambiguous_currencies()
    finally:
        monkeypatch.undo()
        lexicon.ambiguous_currencies.cache_clear()
