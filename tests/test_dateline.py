"""The date line: read in every form people write, reported when it looks like a date and is not one."""

from __future__ import annotations

import pytest

from factcheck.dateline import date_line
from factcheck.extraction.text import sentences
from factcheck.store import Repository


@pytest.mark.parametrize(("line", "published"), [
    (" date 2025-05 Consolider les relations", "2025-05"),  # the SPEC form, title on the same line
    (" date 2025-05-06", "2025-05-06"),
    ("\ufeff date 2024-11", "2024-11"),
    ("Date : 2023-02-10", "2023-02-10"),
    ("Date: 2023-02", "2023-02"),
    ("Publié le 10 février 2023", "2023-02-10"),
    ("Publié le 10 février 2023 à 14h32, mis à jour le 11 février 2023 à 09h05", "2023-02-10"),
    ("PUBLIE LE 1ER MARS 2024", "2024-03-01"),
    ("Publié le mardi 10 févr. 2023", "2023-02-10"),
    ("Mis en ligne le 03/04/2024", "2024-04-03"),  # numeric dates are day first, as in French
    ("Paru le 10 fevrier 2023 - 14:32", "2023-02-10"),
    ("21 août 2023", "2023-08-21"),
    ("septembre 2024", "2024-09"),
])
def test_forms_that_are_read(line: str, published: str) -> None:
    assert date_line(line + "\nLes échanges…").published == published


@pytest.mark.parametrize(("line", "words"), [
    (" date 2023", "gives only the year 2023"),
    (" date 2023-13", "no month 13"),
    ("Date : 10/02/23", "two-digit year is ambiguous"),
    ("Publié le 31/02/2024", "has no day 31"),
    ("Mis à jour le 12 mars 2024", "date of an update, not of publication"),
    ("Publié en 2023 par la rédaction", "looks like a date but is not one factcheck reads"),
    ("2023", "gives only a year"),
])
def test_look_alikes_are_reported_not_ignored(line: str, words: str) -> None:
    found = date_line(line)
    assert found.published is None and found.problem is not None and words in found.problem


@pytest.mark.parametrize("line", [
    "Les échanges entre le Maroc et le Sénégal ont atteint 2 milliards de dirhams en 2023.",
    "Le 3 juin 2024, les ministres se sont réunis à Rome.",  # a first sentence, not a date line
    "Bilan 2023 : les échanges progressent",
    "Maroc-Sénégal : les échanges commerciaux franchissent un cap",
])
def test_ordinary_first_lines_are_neither_read_nor_reported(line: str) -> None:
    assert date_line(line) == (None, 0, None)


def test_the_splitter_skips_exactly_what_the_date_line_covers() -> None:
    text = "Publié le 10 février 2023 à 14h32\nLes échanges ont atteint 2 milliards en 2022."
    assert [s.text for s in sentences(text)] == ["Les échanges ont atteint 2 milliards en 2022."]
    seed_form = " date 2025-05 Titre de l'article\n\nCorps."
    assert [s.text for s in sentences(seed_form)] == ["Titre de l'article", "Corps."]


def test_the_store_reads_the_publication_date_through_it(tmp_path: object) -> None:
    from pathlib import Path

    root = Path(str(tmp_path))
    (root / "sources").mkdir()
    (root / "claims").mkdir()
    (root / "sources" / "a.txt").write_text("Publié le 10 février 2023\nTexte.\n", encoding="utf-8")
    (root / "sources" / "b.txt").write_text("Publié le 10 février 2023\nTexte.\n", encoding="utf-8")
    (root / "sources" / "b.yaml").write_text("published: 2023-03\n", encoding="utf-8")  # the sidecar wins
    repo = Repository(root)
    assert repo.read_source("a").meta.published == "2023-02-10"
    assert repo.read_source("b").meta.published == "2023-03"
