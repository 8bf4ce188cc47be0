from __future__ import annotations

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
