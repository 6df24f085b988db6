"""Event dates in English that are no deadlines (issue 12, session 4). Every sentence is our own."""

from __future__ import annotations

import pytest

from kooperacja.data import read_tsv

from .conftest import english


@pytest.mark.parametrize(
    "word", sorted(r["word"] for r in read_tsv("en/grammar_words.tsv") if r["set"] == "deadline_word")
)
def test_a_deadline_dates_no_investment(word: str) -> None:
    rec = english(
        f"Quessa Ltd will invest EUR 5 million in the Northvale Free Zone and hire 80 people {word} 2027."
    )
    assert rec["events"], rec
    assert all(ev["date"] is None for ev in rec["events"]), rec["events"]


def test_a_deadline_after_the_end_of_dates_nothing() -> None:
    rec = english("Quessa Ltd will invest EUR 5 million in the Northvale Free Zone by the end of 2027.")
    assert rec["events"] and all(ev["date"] is None for ev in rec["events"]), rec["events"]


def test_a_plain_date_still_dates_the_event() -> None:
    rec = english("On 3 March 2024 Quessa Ltd invested EUR 5 million in the Northvale Free Zone.")
    assert [ev["date"] for ev in rec["events"]] == ["2024-03-03"], rec["events"]


def test_an_event_takes_the_date_of_a_sentence_before_that_tells_it() -> None:
    rec = english(
        "Guests from Ruritania came on a study visit on 4-6 June 2024. They liked the port.\n"
        "The visit was hosted by the Northvale Free Zone and Quessa Ltd."
    )
    visits = [ev for ev in rec["events"] if ev["type"] == "visit"]
    assert visits and visits[0]["date"] == "2024-06-04/2024-06-06", rec["events"]


def test_a_written_date_before_wins_over_a_relative_one() -> None:
    rec = english(
        "Guests from Ruritania came on a study visit on 4-6 June 2024.\n"
        "Last week the study visit programme ended.\n"
        "The visit was hosted by the Northvale Free Zone and Quessa Ltd.",
        published="2024-07-20",
    )
    visits = [ev for ev in rec["events"] if ev["type"] == "visit"]
    assert visits and visits[0]["date"] == "2024-06-04/2024-06-06", rec["events"]


def test_no_date_from_a_sentence_about_something_else() -> None:
    rec = english(
        "The port opened a new quay on 4 June 2024. It is long.\n"
        "The visit was hosted by the Northvale Free Zone and Quessa Ltd."
    )
    visits = [ev for ev in rec["events"] if ev["type"] == "visit"]
    assert visits and visits[0]["date"] is None, rec["events"]


def test_a_blog_date_glued_to_its_reading_time_is_the_page_date() -> None:
    from kooperacja.text.dates_en import find_dates_en

    assert [d.value for d in find_dates_en("Posted 10/26/20231 min read")] == ["2023-10-26"]
    assert find_dates_en("on 10/26/202345 people came") == []
    rec = english("Harbour news\n\n10/26/20231 min read\n\nThe zone grew last week.", published=None)
    assert rec["published"] == "2023-10-26", rec["published"]


def _event_names(rec: dict) -> list[tuple[str, set[str]]]:
    by_id = {e["id"]: e["name"] for e in rec["entities"]}
    return [(ev["type"], {by_id[p["entity"]] for p in ev["participants"]}) for ev in rec["events"]]


@pytest.mark.parametrize(
    "verb", sorted(r["word"] for r in read_tsv("en/grammar_words.tsv") if r["set"] == "support_verb")
)
def test_backers_take_no_part(verb: str) -> None:
    form = verb + ("d" if verb.endswith("e") else "ed")
    rec = english(
        f"Quessa Ltd invested EUR 5 million in the Northvale Free Zone, {form} by Tarvik Bank and Brimstad Fund."
    )
    parts = {n for _t, names in _event_names(rec) for n in names}
    assert "Quessa Ltd" in parts, rec["events"]
    assert not parts & {"Tarvik Bank", "Brimstad Fund"}, rec["events"]


def test_organisers_of_the_gathering_are_no_parties_to_a_signing() -> None:
    rec = english(
        "The University of Northvale and Quessa Ltd signed an agreement on 3 May 2024. The signing took place "
        "during the Harbour Summit, organised by the Brimstad Chamber of Commerce."
    )
    for typ, names in _event_names(rec):
        if typ == "agreement":
            assert "Brimstad Chamber of Commerce" not in names, rec["events"]


def test_a_capitalised_name_of_a_unit_is_no_investment() -> None:
    rec = english(
        "The stand was prepared by the City of Northvale and its Investor Service Centre in May 2024."
    )
    assert not [ev for ev in rec["events"] if ev["type"] == "investment"], rec["events"]
    rec = english("Quessa Ltd opened a new service centre in the Northvale Free Zone on 3 May 2024.")
    assert [ev for ev in rec["events"] if ev["type"] == "investment"], rec["events"]
