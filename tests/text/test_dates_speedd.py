"""Datelines of session 6 (issue 14): the space put between a word and a number written together only where the
digit-first search finds a place gives what the expression gave on every line, on lines of our own and random ones."""

from __future__ import annotations

import random

from kooperacja.text.dates import _GLUED, _unglue, find_dateline

LINES = [
    "Warszawa2023-05-12 Spotkanie zarządu",
    "12maja 2023 r.",
    "Opublikowano 2021-03-04 08:15",
    "Katowice, 15 listopada 2019 r.",
    "A1 i B52 to nazwy, 3D też, 4ab nie",
    "rok2020-1 oraz x1234-56",
    "ąę2022-01-01ść",
    "bez cyfr w ogóle",
    "",
]


def test_unglue_puts_the_spaces_that_the_expression_puts() -> None:
    for line in LINES:
        assert _unglue(line) == _GLUED.sub(" ", line), line
    rng = random.Random(14)
    alphabet = "0123456789-abcĄś _.\n"
    for _ in range(4000):
        line = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 20)))
        assert _unglue(line) == _GLUED.sub(" ", line), repr(line)


def test_glued_dateline_of_own_text() -> None:
    assert find_dateline("Warszawa2023-05-12\nSpółka otworzyła nowy zakład w Kielcach.") == "2023-05-12"


def test_lines_without_a_year_are_no_datelines() -> None:
    # a line of numbers without a year's digits is passed over; the year on a later line of the window is read
    assert find_dateline(
        "Nr 12 / str. 4 / 15.11\nKatowice, 15 listopada 2019 r. – Spółka otwiera zakład."
    ) == ("2019-11-15")
    assert find_dateline("Wydanie 12, strona 4\nSpółka otworzyła zakład.") is None
    assert find_dateline("Opublikowano: 15.11.2019\nSpółka otworzyła zakład.") == "2019-11-15"
