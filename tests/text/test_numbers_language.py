"""Numbers read with the words of `data/pl/amount_cues.tsv` and `amount_units.tsv`: one sentence of our own for
each role, and a row added in a temporary data folder that changes what is read."""

from __future__ import annotations

import shutil

import pytest

from kooperacja.data.language_data import language_data, set_data_root
from kooperacja.text.numbers import find_amounts, looks_english


def values(text: str) -> list[object]:
    return [a.value for a in find_amounts(text) if not a.is_range]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # id: a word before the number makes it an identifier
        ("Wniosek nr 45 złożyła firma z Leszna.", []),
        ("Zgodnie z art. 12 ustawy strefa ma 80 ha.", [80]),
        # street: a capitalised name then a number is an address
        ("Biuro mieści się przy ul. Lipowej 14 w Lesznie.", []),
        # year_before and year_after: a bare four-digit number is a year
        ("W 2021 firma zatrudniła ludzi.", []),
        ("Hala powstała 2019 r. w Lesznie.", []),
        ("Zakład zatrudnia ponad 1900 osób.", [1900]),
        # dotted: "tys." keeps its dot at a sentence end, "mln" does not take one
        ("Park ma 3 mln.", [3_000_000]),
        # abbrev: a number word with an abbreviated multiplier
        ("Pracę znajdzie pięć tys. osób.", [5000]),
        # phone: a number after a phone word is no amount
        ("Zapisy pod numerem tel. 22 600 70 80 do piątku.", []),
        ("Informacje: tel. kom. 600 100 200.", []),
    ],
)
def test_cues(text: str, expected: list[object]) -> None:
    assert values(text) == expected


def test_dotted_multiplier_keeps_its_dot() -> None:
    [a] = find_amounts("Strefa zatrudnia 5 tys.")
    assert a.text == "5 tys."
    [b] = find_amounts("Strefa ma 3 mln.")
    assert b.text == "3 mln"


def test_range_words() -> None:
    [a] = find_amounts("Koszt wyniesie od 3 do 5 mln zł.")
    assert (a.is_range, a.low, a.high, a.unit) == (True, 3_000_000, 5_000_000, "PLN")
    # "do" without "od" is a qualifier (up to), not a range
    [b] = find_amounts("Firma zatrudni do 300 osób.")
    assert (b.is_range, b.value, b.qualifier) == (False, 300, "up_to")


def test_percent_units_by_kind() -> None:
    [a] = find_amounts("Udział wzrósł o 3 pkt proc. w rok.")
    [b] = find_amounts("Eksport stanowi 12 proc. sprzedaży.")
    assert (a.unit, a.kind) == ("pp", "percent")
    assert (b.unit, b.kind) == ("percent", "percent")
    [c] = find_amounts("Teren ma 12 ha.")
    assert (c.unit, c.kind) == ("ha", "amount")


def test_currency_signs_before_a_number() -> None:
    [a] = find_amounts("The plant will cost US$40 million.")
    assert (a.value, a.unit, a.text) == (40_000_000, "USD", "US$40 million")


def test_notation_words() -> None:
    assert looks_english(
        "The park is one of the largest and the most modern of the region with the best staff."
    )
    assert not looks_english("Park jest jednym z największych w regionie i ma się dobrze, a do tego rośnie.")


def test_an_id_word_added_in_a_temporary_data_folder_takes_effect(tmp_path) -> None:
    text = "Zobacz wykaz 45 firm w strefie."
    assert values(text) == [45]
    src = language_data("pl").root
    for f in src.glob("*.tsv"):
        shutil.copy(f, tmp_path / f.name)
    with (tmp_path / "amount_cues.tsv").open("a", encoding="utf-8") as fh:
        fh.write("wykaz\tid\t\n")
    set_data_root("pl", tmp_path)
    try:
        assert values(text) == []
    finally:
        set_data_root("pl", None)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Miliardowa inwestycja ruszy w maju.", 1_000_000_000),
        ("Rada przyjęła półmiliardowy program dróg.", 500_000_000),
        ("Mówi się o dwumiliardowej umowie.", 2_000_000_000),
    ],
)
def test_adjective_amounts(text: str, value: int) -> None:
    [a] = find_amounts(text)
    assert (a.value, a.unit, a.qualifier) == (value, "PLN", "exact")


def test_vague_adjectives_state_no_amount() -> None:
    assert find_amounts("Wielomiliardowe kontrakty czekają na podpis.") == []
