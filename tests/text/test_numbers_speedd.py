"""The number search of session 6 (issue 14): the expression that reads a digit first finds the numbers that
the expression with the look-behind first found, on sentences of our own and on random strings."""

from __future__ import annotations

import random
import re

from kooperacja.text.numbers import _NUM_BODY, _P_NUM, _P_WORD, _lower_word_runs, _lower_words, find_amounts

# the expression before: the look-behind tried at every character, then the number
_BEFORE = re.compile(rf"(?<![\w.,/+:\-–])(?:{_NUM_BODY})")

SENTENCES = [
    "Spółka wyda 12,5 mln zł na nową halę, a 1 200 osób dostanie pracę do 2027 r.",
    "Kontrakt opiewa na 3.450.000 zł; drugi na 1,250,000.75 USD i 7 000\u00a0000 euro.",
    "Numer 40-026, godzina 10:30, wersja 4.1.1., wskaźnik +5, ułamek 3/4 i 12/2023.",
    "W latach 2019–2021 zakład zatrudniał od 150 do 200 osób (a2 i B12 to nazwy linii).",
    "Kwota 0,75 mld zł, stopa 2.5%, kurs 4,2345 i wynik 1\u202f000 punktów.",
    "Na 7-ego miejscu, 20-lecie firmy, 3-krotnie więcej niż 1.5.",
    "99 beczek, x99, 9,9,9 oraz .5 i ,7 na końcu 123",
]


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def test_number_search_finds_what_the_expression_before_found() -> None:
    for text in SENTENCES:
        assert _spans(_P_NUM, text) == _spans(_BEFORE, text), text
    rng = random.Random(14)
    alphabet = "0123456789 ,.:/+-–\u00a0\u202fab\n"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 24)))
        assert _spans(_P_NUM, text) == _spans(_BEFORE, text), repr(text)


def test_amounts_of_own_sentences() -> None:
    found = find_amounts(SENTENCES[0])
    assert [(a.value, a.unit) for a in found if a.kind == "amount"][:2] == [
        (12_500_000, "PLN"),
        (1200, "count"),
    ]


def test_word_runs_of_the_lower_cased_text_are_the_words_of_the_text() -> None:
    texts = [*SENTENCES, "Dwa TYSIĄCE osób i pół MILIONA złotych", "ΟΔΟΣ dwa", "İzmir ma dwa porty"]
    for text in texts:
        lows, runs = _lower_word_runs(text)
        assert lows == _lower_words(text) == [w.lower() for w in _P_WORD.findall(text)], text
        if runs is not None:
            assert [m.span() for m in runs] == [m.span() for m in _P_WORD.finditer(text)], text
    assert _lower_word_runs("ΟΔΟΣ dwa")[1] is None


def test_amounts_in_words() -> None:
    found = find_amounts("Zakład zatrudni ponad dwa tysiące osób, a budowa pochłonie pół miliona złotych.")
    assert [(a.value, a.unit, a.qualifier) for a in found] == [
        (2000, "count", "more_than"),
        (500_000, "PLN", "exact"),
    ]
