"""Event dates in longer, noisier news, session 13 (date19): constructions found among the date errors of the
readable own7 half, each with passages written for this test (names, dates and wording invented) and a near-miss
guard."""

from __future__ import annotations

from kooperacja import extract


def _dated(text: str, typ: str) -> list[str | None]:
    return [e.get("date") for e in extract(text)["events"] if e["type"] == typ]


# A done event that one sentence dates only by a year ("tegoroczna edycja", "w tym roku") takes the fuller date
# within that year that another of its own sentences gives ("Statuetki wręczono w środę").


def test_year_of_this_edition_gives_way_to_the_day_of_the_gala() -> None:
    text = (
        "Opole, 12.11.2025\n"
        "Gmina Dobrzeń Wielki wygrała tegoroczną edycję plebiscytu „Przyjazny Urząd”, organizowanego przez "
        "tygodnik Nowy Biznes. Statuetki wręczono w minioną środę podczas gali w Krakowie."
    )
    assert _dated(text, "award") == ["2025-11-05"]


def test_year_of_this_year_gives_way_to_the_opening_day() -> None:
    text = (
        "Płock, 20 maja 2026 r.\n"
        "Spółka Mazowiecka Galwanizernia oddała w tym roku do użytku nową halę w Płocku. Otwarcie odbyło się "
        "w poniedziałek 18 maja z udziałem prezydenta miasta."
    )
    assert _dated(text, "investment") == ["2026-05-18"]


def test_guard_a_date_of_another_year_does_not_replace_the_year() -> None:
    # near miss: the fuller date lies in another year than the event's, so the year stays
    text = (
        "Opole, 12.11.2025\n"
        "Gmina Dobrzeń Wielki wygrała tegoroczną edycję plebiscytu „Przyjazny Urząd”, organizowanego przez "
        "tygodnik Nowy Biznes. Poprzednie statuetki wręczono 14 listopada 2024 r. w Katowicach."
    )
    assert "2024-11-14" not in _dated(text, "award")


# A done event whose date is written only inside a relative clause of its sentences (the background of another actor:
# "agencja, która w 2021 r. wydała decyzję") takes the date of the sentence right after one of its sentences that
# tells the happening ("Uroczyste otwarcie odbyło się …").


def test_a_relative_clause_year_gives_way_to_the_opening_told_next() -> None:
    text = (
        "Biuletyn Przemysłowy | nr 5/2025\n\n"
        "Spółka Lubuskie Formy oddała do użytku nową halę narzędziowni w Zielonej Górze. Uroczyste otwarcie "
        "odbyło się w czwartek, 15 maja 2025 r.\n\n"
        "Inwestycję wsparła strefa ekonomiczna, której zarząd wydał firmie decyzję o wsparciu jeszcze w 2021 r."
    )
    assert _dated(text, "investment") == ["2025-05-15"]


def test_guard_a_main_clause_date_stays() -> None:
    # near miss: the decision's year stands in the main clause of the event's own sentence, so nothing moves it
    text = (
        "Biuletyn Przemysłowy | nr 5/2025\n\n"
        "Spółka Lubuskie Formy w 2021 r. oddała do użytku nową halę narzędziowni w Zielonej Górze. Hala "
        "mieści dwanaście frezarek."
    )
    assert _dated(text, "investment") == ["2021"]
