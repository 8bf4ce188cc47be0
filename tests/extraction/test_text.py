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


def test_a_matcher_never_skips_a_sentence_that_holds_one_of_its_phrases() -> None:
    """`find` skips a text that holds none of a matcher's anchors: each lexicon phrase, alone, elided or in
    a sentence, must still be found when the text's tokens are given."""
    from factcheck.extraction.mentions import _matchers
    from factcheck.extraction.text import text_words

    for family, matcher in _matchers().families.items():
        for phrase in matcher._keys:
            for text in (phrase, f"Selon la presse, {phrase} 3 milliards.", phrase[:-2] + "d'" if
                         phrase.endswith(" de") else phrase):
                folded = fold(text)
                assert matcher.find(folded, words=text_words(folded)) == matcher.find(folded), (family, phrase)


def test_a_phrase_is_anchored_on_a_rare_word_so_common_sentences_are_skipped() -> None:
    matcher = PhraseMatcher([("price", "par kg"), ("price", "la tonne"), ("approx", "~")])
    from factcheck.extraction.text import text_words

    plain = fold("Les échanges par voie maritime ont atteint la moitié du total.")
    assert matcher.anchors is not None and matcher.anchors.isdisjoint(text_words(plain))
    for text in ("900 FCFA par kg", "35 000 dollars la tonne", "~ 3 milliards"):
        folded = fold(text)
        assert [m.key for m in matcher.find(folded, words=text_words(folded))] == \
            [m.key for m in matcher.find(folded)] != []
