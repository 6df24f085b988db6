"""Event dates, session 10: the misfires that a review found in the date rules of s10-date9, each as a case in our own
words, beside a guard that the rule's intended case still works (where the rule stays).

1. A "since" date ("od wtorku", "od 3 czerwca") before a verb of a happening in the present tense opens that
   happening: a visit, a fair or a building going on since that day takes it; a tally ("od stycznia zainwestowała"),
   a state ("od 2019 r. jest laureatem") and a series of awards ("od 2017 r. zdobywa nagrody") do not.
2. "już" next to a signing verb tells nothing of when it was signed ("podpisała już po raz trzeci"): the rule that
   took the article's date away from such a signing is gone.
3. An ordinal day of an occasion ("trzeciego dnia") dates the event told in its own clause, and a day counted from
   another happening ("drugiego dnia po uzyskaniu pozwolenia") is no day of the occasion.
4. A line of a date and a photo's credit ("/ Fot. Anna Lis") is a caption, no dateline.
5. A range of weekdays after a word of opening hours is a weekly schedule, no days of a happening, where it is the
   working week from Monday ("czynny od poniedziałku do piątku") or hours follow ("od wtorku do soboty w godz. 10-18").

Published dates: 2025-06-13 is a Friday.
"""

from __future__ import annotations

import pytest

from kooperacja import extract
from kooperacja.text.dates import find_dateline, find_dates

FRIDAY = "2025-06-13"


def _dates(text: str, typ: str, published: str | None = FRIDAY) -> list[str | None]:
    record = extract(text, doc_id="review", published=published)
    return [e["date"] for e in record["events"] if e["type"] == typ]


# ---------------------------------------------------------------------------------------------- 1. "since" dates
@pytest.mark.parametrize(
    ("text", "typ", "date"),
    [
        (
            "Od środy w Rzeszowie przebywa delegacja z Bawarii, która odwiedziła Podkarpacki Park "
            "Naukowo-Technologiczny.",
            "visit",
            "2025-06-11",
        ),
        ("Od 9 czerwca goście z firmy Kowex z Korei zwiedzają zakłady w Mielcu.", "visit", "2025-06-09"),
        (
            "Od wtorku w Targach Kielce trwają targi Autostrada, w których uczestniczy firma Elbud z Buska.",
            "conference",
            "2025-06-10",
        ),
        ("Od 3 czerwca firma Elbud rozbudowuje magazyn w Mielcu.", "investment", "2025-06-03"),
        ("Od maja spółka Termo realizuje w Nysie inwestycję za 30 mln zł.", "investment", "2025-05"),
    ],
    ids=["visit_staying", "visit_touring", "fair_going_on", "building_going_on", "investment_under_way"],
)
def test_a_since_date_opens_a_happening_going_on(text: str, typ: str, date: str) -> None:
    assert _dates(text, typ) == [date]


@pytest.mark.parametrize(
    ("text", "typ", "date"),
    [
        # a tally since a month: no date of the investment
        ("Od marca spółka Termo zainwestowała w zakład w Nysie 40 mln zł.", "investment", None),
        # a state since a year: the award of the other clause keeps its own day
        (
            "Od 2019 r. firma Elbud jest laureatem konkursu Gazele Biznesu, a w czwartek odebrała kolejną nagrodę.",
            "award",
            "2025-06-12",
        ),
        # an award is a moment: a verb in the present tense after "od" tells a series of them
        ("Od 2017 r. spółka Termo zdobywa nagrody w konkursie Gazele Biznesu.", "award", None),
        # the verb past a comma tells of something else: the start of a series is no date of this conference
        (
            "Forum Przemysłu w Opolu wpisuje się w cykl konferencji, organizowanych przez Izbę Gospodarczą w Opolu "
            "od 2010 r.",
            "conference",
            None,
        ),
    ],
    ids=["tally", "state", "award_series", "series_past_a_comma"],
)
def test_a_since_date_of_a_tally_or_state_stays_out(text: str, typ: str, date: str | None) -> None:
    assert _dates(text, typ) == [date]


# ---------------------------------------------------------------------------------------------- 2. "już"
@pytest.mark.parametrize(
    "text",
    [
        "Firma Kowex zawarła już po raz trzeci porozumienie z Gminą Mielec.",
        "Gmina Mielec i spółka Kowex podpisały już umowę o współpracy, a budowa hali ruszy jesienią.",
    ],
    ids=["third_time", "already_then_plan"],
)
def test_a_signing_told_with_juz_is_news_of_the_article_day(text: str) -> None:
    assert _dates(f"Mielec, 13 czerwca 2025\n{text}", "agreement", None) == [FRIDAY]


# ---------------------------------------------------------------------------------------------- 3. ordinal days
def test_an_ordinal_day_of_another_clause_does_not_date_the_signing() -> None:
    text = (
        "Targi Eko-Expo w Kielcach trwały od 2 do 4 czerwca 2025 r. Pierwszego dnia wręczono nagrody, a trzeciego "
        "dnia Miasto Kielce podpisało umowę o współpracy z firmą Elbud."
    )
    assert _dates(text, "agreement") == ["2025-06-04"]


def test_a_day_counted_from_another_happening_is_no_day_of_the_occasion() -> None:
    text = (
        "Na forum w Opolu (2-4 czerwca 2025 r.) spółka Termo zapowiedziała, że drugiego dnia po otrzymaniu "
        "decyzji rozpocznie budowę zakładu w Nysie."
    )
    assert "2025-06-03" not in _dates(text, "investment")


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("Drugiego dnia targów spółka Elbud podpisała list intencyjny z Gminą Mielec.", "2025-06-03"),
        # a name after the day that may read as a preposition ("Miasto") counts it from nothing
        ("Ostatniego dnia Miasto Kielce podpisało list intencyjny z firmą Elbud.", "2025-06-04"),
        ("Pierwszego dnia w Kielcach spółka Elbud podpisała list intencyjny z Gminą Mielec.", "2025-06-02"),
    ],
    ids=["second_day_of_fair", "last_day_name", "first_day_place"],
)
def test_guard_an_ordinal_day_in_the_signing_clause_dates_it(sentence: str, date: str) -> None:
    text = f"Targi Eko-Expo w Kielcach trwały od 2 do 4 czerwca 2025 r. {sentence}"
    assert _dates(text, "letter_of_intent") == [date]


# ---------------------------------------------------------------------------------------------- 4. captions
def test_a_date_with_a_photo_credit_is_a_caption_not_a_dateline() -> None:
    text = "Zakład Termo, 14.05.2025 / Fot. Anna Lis\nSpółka Termo podpisała umowę z Gminą Nysa."
    assert find_dateline(text) is None
    assert _dates(text, "agreement", None) == [None]


def test_guard_a_byline_with_an_editor_credit_is_a_dateline() -> None:
    assert (
        find_dateline("Nysa, 14.05.2025 / Oprac. AL\nSpółka Termo podpisała umowę z Gminą Nysa.")
        == "2025-05-14"
    )


# ---------------------------------------------------------------------------------------------- 5. opening hours
@pytest.mark.parametrize(
    "text",
    [
        "Punkt obsługi inwestora jest czynny od poniedziałku do piątku.",
        "Sekretariat strefy czynny od wtorku do czwartku w godz. 9-15, w piątek tylko do południa.",
    ],
    ids=["office_week", "office_hours"],
)
@pytest.mark.xfail(
    strict=True,
    reason="opening hours read as days: a rule that skipped a range of weekdays after 'czynny' still found its lone "
    "end day and lost a fair's days before its hours ('Targi … będą otwarte od wtorku do czwartku w godz. 10-18'); "
    "removed after review (rev3), the misfire it fixed is low-harm",
)
def test_opening_hours_are_no_days_of_a_happening(text: str) -> None:
    assert not [m for m in find_dates(text, FRIDAY) if m.precision == "day" and "/" in (m.value or "")]


@pytest.mark.parametrize(
    "text",
    [
        "Od wtorku do czwartku delegacja z Saksonii gościła w Opolu.",
        # a fair open for its days, with no hours: its days
        "Targi Opolskie były czynne od wtorku do czwartku.",
        # a fair's days before its hours (review rev3): still its days
        "Targi Opolskie były otwarte od wtorku do czwartku w godz. 10-18.",
    ],
    ids=["visit", "fair_open", "fair_open_hours"],
)
def test_guard_a_range_of_weekdays_dates_a_happening(text: str) -> None:
    assert [m.value for m in find_dates(text, FRIDAY)] == ["2025-06-10/2025-06-12"]
