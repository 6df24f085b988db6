"""The text analysis of session 6 (issue 14): a document's new word forms analysed by Morfeusz in one batch give
the readings, lemma sets and keys that the analysis of each form alone gives."""

from __future__ import annotations

import pytest

from kooperacja.extract import analysis
from kooperacja.extract.analysis import analyse_text
from kooperacja.extract.doc import Doc
from kooperacja.text.morphology import Morphology

# forms of every kind the tokenizer gives: plain, capitalised, unknown, agglutinated ("-śmy", "-m"), hyphenated
# with and without a whole reading, with an en dash, digits, a domain-like name, an acronym with "&"
FORMS = [
    "spółka",
    "Spółka",
    "Gniezna",
    "podpisaliśmy",
    "zrobiłem",
    "zrobiłby",
    "Kozia-Wólka",
    "biało-czerwona",
    "Nowo-Zielonego",
    "naukowo–badawczy",
    "xqzt-wvbn",
    "Park-zrobiłem",
    "B2B-ready",
    "Ekoport.pl",
    "KL&MN",
    "IGE+XAO",
    "Saint-Denis",
    "wuj",
    "nań",
    "xqztw",
    "a-b-",
    "-",
]


def _alone(m: Morphology, word: str) -> tuple[object, ...]:
    return (m.analyse(word), m.lemma_set(word), m.keys(word))


def test_a_batch_of_forms_gets_the_analysis_of_each_form_alone(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    batch, alone = Morphology(), Morphology()
    analysed_alone: list[str] = []
    raw = batch._raw
    monkeypatch.setattr(batch, "_raw", lambda word: analysed_alone.append(word) or raw(word))
    got = batch.entries(FORMS)
    # one batch, a second one of the last parts of hyphenated forms without a whole reading, and the empty form
    # and the empty last part of "a-b-" alone
    assert analysed_alone == [""]
    assert got == [_alone(alone, w) for w in FORMS]
    # the forms are kept: asked again (and one by one) they give the same
    assert batch.entries(FORMS) == got
    assert [batch.analyse(w) for w in FORMS] == [e[0] for e in got]


@pytest.mark.parametrize("order", [FORMS, FORMS[::-1], FORMS[5:] + FORMS[:5]])
def test_the_order_of_a_batch_changes_no_form(order: list[str]) -> None:
    alone = Morphology()
    assert Morphology().entries(order) == [_alone(alone, w) for w in order]


def test_a_form_with_a_space_or_an_empty_one_is_analysed_alone() -> None:
    odd = ["Nowa Wieś", "", "umowa"]
    alone = Morphology()
    assert Morphology().entries(odd) == [_alone(alone, w) for w in odd]


def test_a_full_token_table_is_emptied_and_the_document_still_gets_every_entry(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    text = "Spółka Kozia-Wólka z Gniezna podpisała umowę, a my podpisaliśmy list 12 maja."
    expected = Doc(text=text)
    analyse_text(expected)
    monkeypatch.setattr(analysis, "CACHE_SIZE", 3)
    monkeypatch.setattr(analysis, "_ENTRIES", {})
    doc = Doc(text=text)
    analyse_text(doc)
    assert doc.readings == expected.readings and doc.keys == expected.keys
    assert [doc.lemmas(i) for i in range(len(doc.tokens))] == [
        expected.lemmas(i) for i in range(len(doc.tokens))
    ]
    assert len(analysis._ENTRIES) <= len({t.text for t in doc.tokens})
