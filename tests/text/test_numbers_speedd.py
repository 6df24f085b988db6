"""The number search of session 6 (issue 14): the expression that reads a digit first finds the numbers that
the expression with the look-behind first found, on sentences of our own and on random strings."""

from __future__ import annotations

import random
import re

from kooperacja.text.numbers import _NUM_BODY, _P_NUM, find_amounts

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
