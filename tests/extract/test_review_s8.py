"""Sentences of our own for the fixes made when the session's change (s8) was reviewed."""

from __future__ import annotations

import kooperacja


def _places(text: str) -> list[str]:
    return sorted(e["name"] for e in kooperacja.extract(text, doc_id="r")["entities"] if e["type"] == "place")


def test_a_two_word_place_before_a_listed_one_stays_whole() -> None:
    # looking back from "Hesji", the word before "Zelandii" belongs to its name: no bare "Zelandia"
    assert _places("Delegacje przyjechały z Nowej Zelandii i Hesji.") == ["Hesja", "Nowa Zelandia"]


def test_a_listed_place_after_a_preposition_is_still_found() -> None:
    assert _places("Goście z Wielkopolski, Akwitanii i Hesji rozmawiali o współpracy.") == [
        "Akwitania",
        "Hesja",
        "Wielkopolska",
    ]


def test_a_byline_at_the_start_of_a_line_names_no_person() -> None:
    text = "Nowa hala w Mielcu\nEwa Lis / 2024-03-02 10:15\nSpółka Alfatech otworzyła halę w Mielcu."
    rec = kooperacja.extract(text, doc_id="r")
    assert not [e for e in rec["entities"] if e["type"] == "person"]


def test_a_year_summed_up_dates_each_undated_investment_of_the_document() -> None:
    text = (
        "Strefa Ekonomiczna Alfa podsumowała 2023 rok. Spółka Betamet zbudowała w strefie nową halę. "
        "Spółka Gammatech uruchomiła w strefie linię produkcyjną."
    )
    rec = kooperacja.extract(text, doc_id="r", published="2024-01-10")
    dates = [ev.get("date") for ev in rec["events"] if ev["type"] == "investment"]
    assert dates and all(d == "2023" for d in dates)


def _events(text: str) -> list[str]:
    return [ev["type"] for ev in kooperacja.extract(text, doc_id="r", published="2024-03-13")["events"]]


def test_waiting_with_a_decision_puts_it_off_but_a_task_ahead_is_no_wait() -> None:
    # "czekać z" puts the investment off; "czeka ją budowa" is work ahead, the investment stands
    assert "investment" not in _events("Spółka Omegatech czeka z decyzją inwestycyjną do jesieni.")
    assert "investment" not in _events("Spółka Omegatech zwleka z budową zakładu w Opolu.")
    assert "investment" in _events("Spółkę Omegatech czeka budowa zakładu w Opolu.")
    assert "investment" in _events("Spółka Omegatech czeka na otwarcie fabryki w Opolu.")
