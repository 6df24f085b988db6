"""The fast paths of the text analysis give what the plain computations give (issue 14, extraction speed)."""

from __future__ import annotations

import morfeusz2
import pytest

from kooperacja.extract.agglutinated import agglutinated_verbs
from kooperacja.extract.analysis import analyse_text
from kooperacja.extract.doc import Doc
from kooperacja.text.morphology import Morphology
from kooperacja.text.sentences import _WORD_BEFORE_RE, _word_before, split_sentences
from kooperacja.text.tokens import Token, tokenize

WORDS = ["spółka", "Spółka", "Poznań", "podpisaliśmy", "zrobiłem", "współpracy", "miliardowa", "xqzt", "B2B"]


def _whole_word_readings(word: str) -> list[tuple[str, str]]:
    """(lemma without the homonym mark, tag) of the readings that span the whole word, by the high-level API."""
    rows = morfeusz2.Morfeusz(expand_tags=False).analyse(word)
    last = max(end for _start, end, _interp in rows)
    return [(i[1].split(":")[0], i[2]) for start, end, i in rows if start == 0 and end == last]


@pytest.mark.parametrize("word", WORDS)
def test_readings_are_the_whole_word_readings_of_morfeusz(word: str) -> None:
    got = [(r.lemma, r.tag) for r in Morphology().analyse(word)]
    expected = _whole_word_readings(word)
    assert got == (expected or [(word, "ign")])


def test_split_words_keep_only_whole_word_readings() -> None:
    # morfeusz reads "zrobiłem" as "zrobił" + "em" only: no reading spans the word
    assert [r.pos for r in Morphology().analyse("zrobiłem")] == ["ign"]


def test_generated_forms_are_those_of_morfeusz() -> None:
    expected = {
        (o, t) for o, _lemma, t, *_ in morfeusz2.Morfeusz(expand_tags=False).generate("umowa") if t != "ign"
    }
    assert set(Morphology().forms("umowa")) == expected
    assert Morphology().inflect("umowa", "subst", "pl", "gen", "f") == "umów"


@pytest.mark.parametrize(
    "text",
    [
        "Spotkanie odbyło się w ul. Polnej 3. Potem był obiad.",
        "abc\n. Dalej",
        "Firma A_B.&C. podpisała umowę.",
        "x" * 60 + ". Koniec",
        "",
        ".",
    ],
)
def test_word_before_a_full_stop_is_what_the_regex_finds(text: str) -> None:
    for end in range(len(text) + 1):
        m = _WORD_BEFORE_RE.search(text, max(0, end - 40), end)
        assert _word_before(text, end) == (m.group(1) if m else ""), (text, end)


def test_abbreviations_and_initials_do_not_end_sentences() -> None:
    text = "Umowę podpisał m.in. J. Kowalski. Spółka ma siedzibę przy ul. Polnej."
    assert [text[s.start : s.end] for s in split_sentences(text)] == [
        "Umowę podpisał m.in. J. Kowalski.",
        "Spółka ma siedzibę przy ul. Polnej.",
    ]


def _upper_by_definition(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


@pytest.mark.parametrize(
    "word", ["Spółka", "SPÓŁKA", "spółka", "Saint-Etienne", "KGHM", "A", "Ab", "AB1", "ŁÓDŹ", "Aß"]
)
def test_is_upper_fast_paths(word: str) -> None:
    assert Token(word, 0, len(word)).is_upper == _upper_by_definition(word)


def test_lemma_table_follows_the_tokens_and_changed_readings() -> None:
    doc = Doc(text="Wczoraj podpisaliśmy umowę z Gminą Borowo, a 12 maja ruszy budowa.")
    analyse_text(doc)
    assert [t.text for t in doc.tokens] == [t.text for t in tokenize(doc.text)]
    for i in range(len(doc.tokens)):
        assert doc.lemmas(i) == frozenset(r.lemma.lower() for r in doc.readings[i])
    k = next(i for i, t in enumerate(doc.tokens) if t.text == "podpisaliśmy")
    assert doc.lemmas(k) == frozenset({"podpisaliśmy"})  # unknown to the dictionary as one word
    agglutinated_verbs(doc)
    assert doc.lemmas(k) == frozenset({"podpisać"}) == frozenset(r.lemma for r in doc.readings[k])


def test_a_doc_without_the_text_analysis_computes_lemmas_itself() -> None:
    doc = Doc(text="umowa")
    doc.tokens = tokenize(doc.text)
    doc.readings = [Morphology().analyse("umowa")]
    assert "umowa" in doc.lemmas(0)
    assert doc.lemmas(0) == frozenset(r.lemma.lower() for r in doc.readings[0])
