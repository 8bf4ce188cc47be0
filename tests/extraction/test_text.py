from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from factcheck.extraction.text import PhraseMatcher, fold, sentences


@given(st.text())
def test_fold_keeps_every_offset(text: str) -> None:
    assert len(fold(text)) == len(text)


def test_fold_removes_accents_case_and_typographic_marks() -> None:
    assert fold("Échanges d’un Montant\u00a0Élevé – «") == "echanges d'un montant eleve - «"


def test_sentences_keep_abbreviations_and_thousands_together() -> None:
    text = " date 2024-03 Titre\n\nM. Ramaphosa a reçu K.J. Tokaïev. Les échanges ont atteint 150.000 t. Fin."
    assert [s.text for s in sentences(text)] == ["Titre", "M. Ramaphosa a reçu K.J. Tokaïev.",
                                                  "Les échanges ont atteint 150.000 t.", "Fin."]
    for sentence in sentences(text):
        assert text[sentence.start:sentence.end] == sentence.text


def test_phrase_matcher_handles_elision_spacing_and_longest_match() -> None:
    matcher = PhraseMatcher([("nearly", "près de"), ("trade", "commerce"), ("trade", "commerce bilatéral")])
    text = "Le commerce   bilatéral a atteint près d’un milliard ; commerces"
    found = matcher.find(fold(text))
    assert [(m.key, text[m.start:m.end]) for m in found] == [("trade", "commerce   bilatéral"), ("nearly", "près d’")]
