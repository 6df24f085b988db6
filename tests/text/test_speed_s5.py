"""The text analysis of session 5 (issue 14): one table of token entries, and the quotation marks in one place."""

from __future__ import annotations

from kooperacja.extract.analysis import analyse_text
from kooperacja.extract.doc import Doc
from kooperacja.text.morphology import Morphology, morphology
from kooperacja.text.namekeys import clean
from kooperacja.text.tokens import CLOSING_QUOTES, DOUBLE_QUOTES, OPENING_QUOTES, QUOTES, tokenize


def test_each_token_gets_its_forms_entry_numbers_and_marks_their_own_key() -> None:
    doc = Doc(text="Spółka Borowo-Park z Lisowa zatrudni 120 osób, a spółka – 40.")
    analyse_text(doc)
    m = morphology()
    for t, readings, keys in zip(doc.tokens, doc.readings, doc.keys, strict=True):
        if t.is_word:
            assert readings == m.analyse(t.text)
            assert keys == m.keys(t.text)
            assert doc.lemmas(t.i) == m.lemma_set(t.text)
        else:
            assert readings == ()
            assert keys == frozenset((t.lower,))
            assert doc.lemmas(t.i) == frozenset()
    # the same text again (entries from the shared table) gives equal analyses
    again = Doc(text=doc.text)
    analyse_text(again)
    assert again.readings == doc.readings and again.keys == doc.keys


def test_the_quotation_marks_are_one_family() -> None:
    assert OPENING_QUOTES <= set(QUOTES) and CLOSING_QUOTES <= set(QUOTES) and DOUBLE_QUOTES <= set(QUOTES)
    assert OPENING_QUOTES & CLOSING_QUOTES == {'"', "'", "“"}  # marks that both open and close
    assert (
        clean("„Zielona Dolina”")
        == clean("«Zielona Dolina»")
        == clean("‚Zielona‘ Dolina")
        == "Zielona Dolina"
    )


def test_a_second_thread_gets_the_same_readings_from_its_own_result_list() -> None:
    # while one thread holds the shared result list, another analyses and generates with a list of its own
    busy, free = Morphology(), Morphology()
    with busy._lock:
        for word in ("podpisaliśmy", "zrobiłem", "Borowa", "xqztw"):
            assert busy.analyse(word) == free.analyse(word)
        assert busy.forms("umowa") == free.forms("umowa")
    assert not busy._lock.locked()


def test_spaced_compounds_are_joined_at_each_dash_in_turn() -> None:
    text = "Izba Przemysłowo – Handlowa, biuro badawczo -rozwojowe i dział naukowo - techniczny – nowy."
    toks = tokenize(text)
    words = [t.text for t in toks]
    assert "Przemysłowo-Handlowa" in words and "badawczo-rozwojowe" in words and "naukowo-techniczny" in words
    assert [t.i for t in toks] == list(range(len(toks)))
    assert all(text[t.start : t.end].replace(" ", "") in (t.text, t.text.replace("-", "–")) for t in toks)
