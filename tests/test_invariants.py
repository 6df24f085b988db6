"""Property tests (hypothesis) of the record's invariants: offsets, date values, amounts.

The texts are generated from small parts written for these tests, never taken from the gold sets."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kooperacja import extract
from kooperacja.resolve.dates import interval
from kooperacja.text.dates import find_dates, parse_published
from kooperacja.text.numbers import find_amounts

SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# month names in the genitive, as a date in words writes them
GENITIVE = (
    "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia"
).split()

dates = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2035, 12, 31))


def in_words(d: dt.date, suffix: str = "") -> str:
    return f"{d.day} {GENITIVE[d.month - 1]} {d.year}{suffix}"


# ------------------------------------------------------------------------------------------------ dates


@SETTINGS
@given(dates, st.sampled_from(["iso", "dots", "words", "words_r"]))
def test_a_published_date_in_any_form_reads_as_its_iso_day(d: dt.date, form: str) -> None:
    text = {
        "iso": d.isoformat(),
        "dots": f"{d.day}.{d.month:02d}.{d.year}",
        "words": in_words(d),
        "words_r": in_words(d, " r."),
    }[form]
    assert parse_published(text) == d.isoformat()


@SETTINGS
@given(st.text(max_size=60))
def test_normalising_a_date_is_idempotent_and_gives_a_valid_value(s: str) -> None:
    value = parse_published(s)
    if value is not None:
        assert interval(value) is not None, value  # a real day, month or year
        assert parse_published(value) == value


@SETTINGS
@given(
    dates, st.sampled_from(["Umowę podpisano {}.", "Spotkanie odbyło się {} w Opolu.", "Od {} działa biuro."])
)
def test_a_date_in_a_sentence_has_its_offsets_and_value(d: dt.date, template: str) -> None:
    words = in_words(d, " r.")
    text = template.format(words)
    found = [m for m in find_dates(text, "2036-01-01") if m.explicit_year]
    assert len(found) == 1, found
    [m] = found
    assert text[m.start : m.end] == m.text
    assert words.startswith(m.text.rstrip(".")) or m.text.startswith(words.rstrip("."))
    assert m.value == d.isoformat()
    assert interval(m.value) is not None


# ---------------------------------------------------------------------------------------------- numbers

MULTIPLIERS = {"": 1, "tys.": 1000, "mln": 1_000_000, "mld": 1_000_000_000}
CURRENCIES = {"zł": "PLN", "euro": "EUR", "dolarów": "USD"}


@SETTINGS
@given(
    st.integers(min_value=1, max_value=999),
    st.one_of(st.none(), st.integers(min_value=1, max_value=9)),
    st.sampled_from(sorted(MULTIPLIERS)),
    st.sampled_from(sorted(CURRENCIES)),
)
def test_an_amount_in_polish_notation_round_trips(whole: int, tenth: int | None, mult: str, cur: str) -> None:
    number = f"{whole},{tenth}" if tenth is not None else str(whole)
    stated = " ".join(p for p in (number, mult, cur) if p)
    text = f"Spółka przeznaczy na projekt {stated} ze środków własnych."
    [amount] = find_amounts(text)
    expected = (Decimal(whole) + (Decimal(tenth) / 10 if tenth is not None else 0)) * MULTIPLIERS[mult]
    assert Decimal(str(amount.value)) == expected
    assert amount.unit == CURRENCIES[cur]
    assert text[amount.start : amount.end] == amount.text == stated


@SETTINGS
@given(st.integers(min_value=1000, max_value=999_999))
def test_a_count_with_spaced_thousands_round_trips(n: int) -> None:
    spaced = f"{n:,}".replace(",", " ")
    text = f"Zakład zatrudni {spaced} osób."
    [amount] = find_amounts(text)
    assert amount.value == n and amount.unit == "count"
    assert text[amount.start : amount.end] == spaced


# ---------------------------------------------------------------------------------------------- records

ORGS = [
    "Opolska Agencja Rozwoju",
    "Klaster Technologii Wodnych",
    "Fundacja Nowej Gospodarki",
    "Politechnika Opolska",
    "Izba Handlowa Pogranicza",
]
SENTENCES = [
    "{a} podpisała {d} porozumienie o współpracy z {b}.",
    "{a} i {b} zawarły {d} umowę partnerską.",
    "Przedstawiciele {b} odwiedzili {d} siedzibę partnera w Opolu.",
    "{a} zainwestuje {n} mln zł w nowy zakład.",
    "W spotkaniu wzięło udział {n} firm.",
]


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(
            st.sampled_from(SENTENCES),
            st.sampled_from(ORGS),
            st.sampled_from(ORGS),
            dates,
            st.integers(min_value=2, max_value=900),
        ),
        min_size=1,
        max_size=4,
    )
)
def test_record_offsets_lie_in_the_text(parts: list[tuple[str, str, str, dt.date, int]]) -> None:
    text = " ".join(s.format(a=a, b=b, d=in_words(d, " r."), n=n) for s, a, b, d, n in parts)
    rec = extract(text, doc_id="gen", published="2036-01-01")
    ids = {e["id"] for e in rec["entities"]}
    for e in rec["entities"]:
        for start, end in e.get("mentions") or []:
            assert 0 <= start < end <= len(text)
            piece = text[start:end]
            assert piece.strip() == piece and piece, (e["name"], piece)
    for ev in rec["events"]:
        assert ev["participants"] and all(p["entity"] in ids for p in ev["participants"])
        for start, end in ev.get("evidence") or []:
            assert 0 <= start < end <= len(text)
        if ev.get("date"):
            assert interval(ev["date"]) is not None
    for f in rec["figures"]:
        assert f["entity"] in ids
