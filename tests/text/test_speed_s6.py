"""The text analysis of session 6 (issue 14): a document's new word forms analysed by Morfeusz in one batch give
the readings, lemma sets and keys that the analysis of each form alone gives."""

from __future__ import annotations

import random
import re

import pytest

from kooperacja.extract import analysis
from kooperacja.extract.analysis import analyse_text
from kooperacja.extract.doc import Doc
from kooperacja.text.morphology import Morphology
from kooperacja.text.sentences import _END_RE
from kooperacja.text.tokens import _SPLIT_RE

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


# the tokenizer's expression before its first alternative took most words in one scan (session 6)
_SPLIT_BEFORE_S6 = re.compile(
    r"[A-ZĄĆĘŁŃÓŚŹŻ]{1,6}(?:[&+][A-ZĄĆĘŁŃÓŚŹŻ]{1,6})+"
    r"|[^\W\d_][\w-]*+\.(?:pl|com|eu|net|org|de|info|biz)\b"
    r"|[^\W\d_][^\W_]*+(?:[-'’–][^\W_]++)*+"
    r"|\d++(?:[.,]\d++)*+"
    r"|[^\w\s]"
)
_PIECES = ["Ekoport.pl", "a-.pl", "x_y.com", "ab-", "Ab-cd", "KL&MN", "IGE+XAO", "np.", "a’b", "a'–b", "x--y"]
_PIECES += [
    "B2B-ready",
    "ab_.pl",
    "ą.eu",
    "ab.plx",
    "a.pl.com",
    "-a",
    "a1_b",
    "O'Hara.",
    "ŁÓDŹ+",
    "Zakład",
    " ",
]
_PIECES += ["12,5", "1.200", "3.pl", "²a", "_x", "(", "…"]


def test_the_tokens_are_those_of_the_expression_before() -> None:
    rng = random.Random(6)
    chars = "aZą_-.'’–&+ 1Ł\n,"
    texts = ["Spółka KL&MN z Łodzi (Ekoport.pl) i firma B2B-ready podpisały list, np. w sprawie O'Hary."]
    for _ in range(20_000):
        n = rng.randint(1, 8)
        texts.append(
            "".join(rng.choice(_PIECES) if rng.random() < 0.5 else rng.choice(chars) for _ in range(n))
        )
    for text in texts:
        got = [(m.start(), m.end()) for m in _SPLIT_RE.finditer(text)]
        assert got == [(m.start(), m.end()) for m in _SPLIT_BEFORE_S6.finditer(text)], text
        a = rng.randint(0, len(text))
        b = rng.randint(a, len(text))  # a part of the text, as `tokenize(text, start, end)` reads it
        got = [(m.start(), m.end()) for m in _SPLIT_RE.finditer(text, a, b)]
        assert got == [(m.start(), m.end()) for m in _SPLIT_BEFORE_S6.finditer(text, a, b)], (text, a, b)


# the candidate sentence ends before they were written with a first-character set (session 6)
_END_BEFORE_S6 = re.compile(r"[.!?…]+[\"'”»)\]]*(?=\s|$|[A-ZĄĆĘŁŃÓŚŹŻ„\"])|\n")


def test_the_candidate_sentence_ends_are_those_of_the_expression_before() -> None:
    rng = random.Random(7)
    chars = ".!?…\n \"'”»)]AŁa„,x\t"
    texts = ['Umowę podpisano w Łodzi… „Dalej”. Tak!\nKoniec?! (Nowy rozdział.) Ala ma 3 psy."Ktoś" rzekł.']
    texts += ["".join(rng.choice(chars) for _ in range(rng.randint(1, 9))) for _ in range(30_000)]
    for text in texts:
        got = [(m.start(), m.end()) for m in _END_RE.finditer(text)]
        assert got == [(m.start(), m.end()) for m in _END_BEFORE_S6.finditer(text)], text
