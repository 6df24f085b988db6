"""PostgreSQL: the rows of a set-based INSERT go as arrays in PostgreSQL's text form, built by the
backend itself; every kind of value comes back as it went in (quotes, backslashes, braces, commas,
the word NULL, empty strings, non-ASCII letters, large and negative numbers, infinities)."""

from __future__ import annotations

import math

import pytest

from kooperacja.store.postgres import _array_text

ROWS = [
    ('say "hi"', 1, 0.5, True),
    ('back\\slash \\" mixed', -(2**62), -1e-300, False),
    ("{braces}, commas, (parens)", 0, math.inf, None),
    ("NULL", None, -math.inf, True),
    ("", 2**62, 1e300, False),
    (None, 7, None, None),
    ("  spaces  \t\nand lines ", 42, 3.141592653589793, True),
    ("Łódź — żółć 北京 🙂", 9, 0.1 + 0.2, False),
]


def test_the_text_form_of_an_array():
    assert _array_text([1, None, -3]) == "{1,NULL,-3}"
    assert _array_text(['a"b', "c\\d", "NULL", ""]) == '{"a\\"b","c\\\\d","NULL",""}'
    assert _array_text([True, False]) == "{t,f}"
    assert _array_text([b"\x00"]) == [b"\x00"]  # another kind: the list, dumped by psycopg


@pytest.mark.postgres
@pytest.mark.parametrize("buffered", [False, True])
def test_values_come_back_as_they_went_in(pg_server, buffered):
    from kooperacja.store import open_store

    store = open_store(pg_server.new_database())
    db = store.db
    try:
        db.execute(
            "CREATE TABLE arr_check (id bigserial PRIMARY KEY, a text, b bigint, c double precision, d boolean)"
        )
        insert = "INSERT INTO arr_check (a, b, c, d) VALUES (?, ?, ?, ?)"
        if buffered:
            with db.transaction():
                db.executemany(insert, ROWS)
                assert "arr_check" in db._buf.rows  # held back, then sent as one statement
        else:
            db.executemany(insert, ROWS)
        got = db.all("SELECT a, b, c, d FROM arr_check ORDER BY id")
        assert [tuple(r) for r in got] == ROWS
    finally:
        store.close()
