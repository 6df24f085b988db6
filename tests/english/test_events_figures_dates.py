"""English events (triggers, modality, roles), figures (metrics, amounts, qualifiers) and dates, in
sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest

from kooperacja.data import read_tsv
from kooperacja.text.dates_en import find_dates_en

from .conftest import english, names

# ---------------------------------------------------------------- events

_FRAMES = {
    "investment": "On 3 March 2024 the firm Qwertonix Foods Ltd in the Katowice Special Economic Zone will {w} soon.",
    "award": "On 3 March 2024 the Brightwater Cluster got the {w} of the Northvale Chamber of Commerce.",
    "visit": "On 3 March 2024 the Brightwater Cluster had a {w} at the Northvale Technology Park.",
    "conference": "On 3 March 2024 the Brightwater Cluster held a {w} with the Northvale Agency.",
    "membership": "On 3 March 2024 the Brightwater Cluster did {w} the Northvale Association.",
    "founding": "On 3 March 2024 the Northvale Agency did {w} the Brightwater Cluster.",
}
_DEFAULT = "On 3 March 2024 the Brightwater Cluster and the Northvale Agency did {w} together."


@pytest.mark.parametrize("row", read_tsv("en/event_triggers.tsv"), ids=lambda r: f"{r['type']}:{r['words']}")
def test_trigger_rows(row: dict[str, str]) -> None:
    """Each trigger row, in its lemma form, makes an event of its type with named participants."""
    text = _FRAMES.get(row["type"], _DEFAULT).format(w=row["words"])
    rec = english(text)
    assert row["type"] in {e["type"] for e in rec["events"]}, (text, rec["events"])


def _event(rec: dict[str, Any], typ: str) -> dict[str, Any]:
    return next(e for e in rec["events"] if e["type"] == typ)


def _roles(rec: dict[str, Any], ev: dict[str, Any]) -> dict[str, str]:
    by_id = {e["id"]: e["name"] for e in rec["entities"]}
    return {by_id[p["entity"]]: p["role"] for p in ev["participants"]}


def test_agreement_with_parties_and_date() -> None:
    rec = english(
        "On Friday, 7 June 2024, the Brightwater Technology Park signed a memorandum of understanding "
        "with the Northvale Chamber of Commerce."
    )
    ev = _event(rec, "agreement")
    assert ev["date"] == "2024-06-07" and "status" not in ev
    assert _roles(rec, ev) == {
        "Brightwater Technology Park": "party",
        "Northvale Chamber of Commerce": "party",
    }


def test_letter_of_intent_is_not_also_an_agreement() -> None:
    rec = english(
        "A letter of intent was signed by the Brightwater Cluster and the Northvale Agency on 2 May 2024."
    )
    assert [e["type"] for e in rec["events"]] == ["letter_of_intent"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Brightwater Cluster will sign an agreement with the Northvale Agency.", None),
        (
            "The Brightwater Cluster will sign an agreement with the Northvale Agency on 20 May 2024.",
            "planned",
        ),
        ("The Brightwater Cluster could sign an agreement with the Northvale Agency on 20 May 2024.", None),
        ("The Brightwater Cluster did not sign an agreement with the Northvale Agency on 2 May 2024.", None),
        ("The Brightwater Cluster signed an agreement with the Northvale Agency on 2 May 2024.", "done"),
    ],
)
def test_modality_rows(text: str, expected: str | None) -> None:
    """event_modality.tsv: a plan needs a stated time; a wish or a denial is no event."""
    events = [e for e in english(text)["events"] if e["type"] == "agreement"]
    if expected is None:
        assert events == []
    else:
        assert len(events) == 1 and events[0].get("status", "done") == expected


def test_each_modality_word_is_read() -> None:
    for row in read_tsv("en/event_modality.tsv"):
        word = "is going to" if row["word"] == "going" else row["word"]
        text = f"The Brightwater Cluster {word} sign an agreement with the Northvale Agency."
        events = [e for e in english(text)["events"] if e["type"] == "agreement"]
        assert events == [], row  # no time stated: neither a plan nor a wish is an event


def test_visit_roles_from_cue_words() -> None:
    rec = english(
        "A delegation from the Northvale Chamber of Commerce visited the Brightwater Technology Park "
        "on 12 April 2024."
    )
    roles = _roles(rec, _event(rec, "visit"))
    assert roles == {"Northvale Chamber of Commerce": "visitor", "Brightwater Technology Park": "host"}


def test_conference_organiser_by_cue() -> None:
    rec = english(
        "The forum on 5 May 2024 was organised by the Brightwater Cluster for the Northvale Agency."
    )
    assert _roles(rec, _event(rec, "conference"))["Brightwater Cluster"] == "organizer"


def test_announced_investment_with_zone_as_host() -> None:
    rec = english(
        "The Katowice Special Economic Zone has a new investor. The firm Qwertonix Foods Ltd will build a "
        "plant in Gliwice and create 300 new jobs."
    )
    roles = _roles(rec, _event(rec, "investment"))
    assert roles == {"Qwertonix Foods Ltd": "investor", "Katowice Special Economic Zone": "host"}


def test_award_grantor_by_possessive() -> None:
    rec = english("The Brightwater Free Zone won this year's Northvale Media Group's award for logistics.")
    roles = _roles(rec, _event(rec, "award"))
    assert roles.get("Brightwater Free Zone") == "recipient"


def test_one_event_told_in_two_sentences_is_one() -> None:
    rec = english(
        "The Brightwater Cluster signed an agreement with the Northvale Agency on 2 May 2024. "
        "The agreement between the Brightwater Cluster and the Northvale Agency covers batteries."
    )
    assert len([e for e in rec["events"] if e["type"] == "agreement"]) == 1


# ---------------------------------------------------------------- figures


def _figures(text: str) -> list[tuple[str, str, Any, str, str]]:
    rec = english(text)
    by_id = {e["id"]: e["name"] for e in rec["entities"]}
    return [(by_id[f["entity"]], f["metric"], f["value"], f["unit"], f["qualifier"]) for f in rec["figures"]]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Qwertonix Foods Ltd will invest USD 1.7 billion in a plant.", (1_700_000_000, "USD")),
        ("Qwertonix Foods Ltd will invest €350m in a plant.", (350_000_000, "EUR")),
        ("Qwertonix Foods Ltd will invest PLN 7 bn in a plant.", (7_000_000_000, "PLN")),
        ("Qwertonix Foods Ltd will invest EUR 7.4 bln in a plant.", (7_400_000_000, "EUR")),
        ("Qwertonix Foods Ltd will invest 5 million zlotys in a plant.", (5_000_000, "PLN")),
        ("Qwertonix Foods Ltd plans an investment worth $2bn.", (2_000_000_000, "USD")),
    ],
)
def test_amounts(text: str, figure: tuple[int, str]) -> None:
    got = _figures(text)
    assert ("Qwertonix Foods Ltd", "investment", *figure, "exact") in got, got


@pytest.mark.parametrize(
    "row", [r for r in read_tsv("en/amount_words.tsv") if r["kind"] == "multiplier"], ids=lambda r: r["word"]
)
def test_multiplier_rows(row: dict[str, str]) -> None:
    glued = len(row["word"]) <= 2
    amount = f"EUR 3{row['word']}" if glued else f"EUR 3 {row['word']}"
    got = _figures(f"Qwertonix Foods Ltd will invest {amount} in a plant near the river.")
    assert got and got[0][2] == 3 * int(row["value"]), got


@pytest.mark.parametrize(
    "row", [r for r in read_tsv("en/amount_words.tsv") if r["kind"] == "currency"], ids=lambda r: r["word"]
)
def test_currency_rows(row: dict[str, str]) -> None:
    cur = row["word"]
    amount = (
        f"{cur}40 million"
        if not cur[0].isalnum()
        else (f"{cur} 40 million" if cur.isupper() else f"40 million {cur}")
    )
    got = _figures(f"Qwertonix Foods Ltd will invest {amount} in a plant near the river.")
    assert got and got[0][3] == row["value"] and got[0][2] == 40_000_000, (amount, got)


@pytest.mark.parametrize(
    "row", [r for r in read_tsv("en/amount_words.tsv") if r["kind"] == "qualifier"], ids=lambda r: r["word"]
)
def test_qualifier_rows(row: dict[str, str]) -> None:
    got = _figures(f"Next year Qwertonix Foods Ltd will create {row['word']} 300 new jobs in the town.")
    assert got and got[0][1:] == ("jobs", 300, "count", row["value"]), got


@pytest.mark.parametrize(
    "row", read_tsv("en/figure_metrics.tsv"), ids=lambda r: f"{r['metric']}:{r['words']}"
)
def test_figure_metric_rows(row: dict[str, str]) -> None:
    words = row["words"]
    if row["unit"] == "money":
        text = f"This year Qwertonix Foods Ltd {words} EUR 12 million, the board said."
        value, unit = 12_000_000, "EUR"
    elif row["where"] == "after":
        text = f"This year Qwertonix Foods Ltd has 450 {words} in the town."
        value, unit = 450, "ha" if row["unit"] == "ha" else "count"
    else:
        text = f"This year Qwertonix Foods Ltd will {words} 450 people in the town."
        value, unit = 450, "count"
    got = _figures(text)
    assert ("Qwertonix Foods Ltd", row["metric"], value, unit, "exact") in got, (text, got)


def test_headline_amount_in_parentheses_is_not_counted_twice() -> None:
    got = _figures("Qwertonix Foods Ltd will invest EUR 93 mln (PLN 390 mln) in a plant.")
    assert got == [("Qwertonix Foods Ltd", "investment", 93_000_000, "EUR", "exact")]


def test_cluster_companies_are_members_and_staff_is_employees() -> None:
    got = _figures(
        "The Brightwater Cluster unites nearly 95 companies. Qwertonix Foods Ltd has a 600-strong staff."
    )
    assert ("Brightwater Cluster", "members", 95, "count", "approx") in got
    assert ("Qwertonix Foods Ltd", "employees", 600, "count", "exact") in got


# ---------------------------------------------------------------- dates


@pytest.mark.parametrize("row", read_tsv("en/months.tsv"), ids=lambda r: r["form"])
def test_month_rows(row: dict[str, str]) -> None:
    dates = find_dates_en(f"The agreement was signed on 5 {row['form']} 2023 in the town hall.")
    assert [d.value for d in dates] == [f"2023-{int(row['month']):02d}-05"]


@pytest.mark.parametrize("row", read_tsv("en/weekdays.tsv"), ids=lambda r: r["form"])
def test_weekday_rows(row: dict[str, str]) -> None:
    # published on Sunday 19 May 2024: "on Monday" is the Monday before it
    dates = find_dates_en(f"The delegation arrived on {row['form']} and left soon.", "2024-05-19")
    assert dates and dates[0].value == f"2024-05-{13 + int(row['weekday']):02d}"


@pytest.mark.parametrize("row", read_tsv("en/date_relative.tsv"), ids=lambda r: r["form"])
def test_relative_rows(row: dict[str, str]) -> None:
    dates = find_dates_en(f"The park said that {row['form']} its board met the investors.", "2024-05-15")
    assert dates and dates[0].value is not None, row
    value = dates[0].value
    expected = {
        ("day", 0): "2024-05-15",
        ("day", -1): "2024-05-14",
        ("day", 1): "2024-05-16",
        ("week", 0): "2024-05-13/2024-05-19",
        ("week", -1): "2024-05-06/2024-05-12",
        ("week", 1): "2024-05-20/2024-05-26",
        ("month", 0): "2024-05",
        ("month", -1): "2024-04",
        ("month", 1): "2024-06",
        ("year", 0): "2024",
        ("year", -1): "2023",
        ("year", 1): "2025",
    }[(row["unit"], int(row["offset"]))]
    assert value == expected


_DATE_WORDS = read_tsv("en/date_words.tsv")


def _role(role: str) -> list[dict[str, str]]:
    return [r for r in _DATE_WORDS if r["role"] == role]


@pytest.mark.parametrize("row", _role("prep"), ids=lambda r: r["form"])
def test_year_preposition_rows(row: dict[str, str]) -> None:
    assert [d.value for d in find_dates_en(f"The cluster grew {row['form']} 2019 as planned.")] == ["2019"]


@pytest.mark.parametrize("row", _role("day_suffix"), ids=lambda r: r["form"])
def test_day_suffix_rows(row: dict[str, str]) -> None:
    dates = find_dates_en(f"The park opened its hall on June 4{row['form']}, 2021 after a long wait.")
    assert [d.value for d in dates] == ["2021-06-04"]


@pytest.mark.parametrize("row", _role("range_to") + _role("range_pair"), ids=lambda r: r["form"])
def test_day_range_word_rows(row: dict[str, str]) -> None:
    dates = find_dates_en(f"The fair runs from 17 {row['form']} 19 October 2023 in the new hall.")
    assert [(d.value, d.kind) for d in dates] == [("2023-10-17/2023-10-19", "range")]


@pytest.mark.parametrize("row", _role("weekday_lead"), ids=lambda r: r["form"])
def test_weekday_lead_rows(row: dict[str, str]) -> None:
    dates = find_dates_en(f"The mayor said that {row['form']} Tuesday the council met.", "2024-05-16")
    assert [(d.kind, d.value) for d in dates] == [("weekday", "2024-05-14")]


@pytest.mark.parametrize("row", _role("month_lead"), ids=lambda r: r["form"])
def test_month_lead_rows(row: dict[str, str]) -> None:
    dates = find_dates_en(f"The board will decide {row['form']} March on the plan.", "2024-01-10")
    assert [(d.value, d.precision) for d in dates] == [("2024-03", "month")]


@pytest.mark.parametrize("row", _role("month_part"), ids=lambda r: r["form"])
def test_month_part_rows(row: dict[str, str]) -> None:
    dates = find_dates_en(f"Work starts at the {row['form']} of April, the firm said.", "2024-01-10")
    assert [(d.value, d.precision) for d in dates] == [("2024-04", "month")]


def test_article_link_and_year_noun_rows() -> None:
    (the,), (of,), (year,) = ([r["form"] for r in _role(k)] for k in ("article", "link", "year_noun"))
    assert [d.value for d in find_dates_en(f"It was signed on {the} 3rd {of} May 2022 in the hall.")] == [
        "2022-05-03"
    ]
    assert [d.value for d in find_dates_en(f"The zone was founded in {the} {year} 2004 by the city.")] == [
        "2004"
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("It happened on October 14, 2022, at noon.", "2022-10-14"),
        ("It happened on 10th of February 2015.", "2015-02-10"),
        ("The fair ran on 17-19 October 2023.", "2023-10-17/2023-10-19"),
        ("The fair ran on May 3-5, 2022.", "2022-05-03/2022-05-05"),
        ("It happened in May 2020.", "2020-05"),
        ("Posted 10/26/2023 by the editor.", "2023-10-26"),
    ],
)
def test_date_forms(text: str, value: str) -> None:
    assert [d.value for d in find_dates_en(text)] == [value]


def test_month_without_year_takes_the_sentence_year_and_may_is_a_verb() -> None:
    dates = find_dates_en("On 3 March 2022 the board said the fair on 20 March may move.")
    assert [d.value for d in dates] == ["2022-03-03", "2022-03-20"]
    assert find_dates_en("Firms may invest here; it was signed by Jan Kowalski.") == []


def test_unresolvable_dates_stay_null() -> None:
    assert [d.value for d in find_dates_en("The fair opens on 20 March and closes yesterday.")] == [
        None,
        None,
    ]


def test_names_reach_no_date_words() -> None:
    assert "May" not in names(english("The Brightwater Cluster signed a deal in May 2024."))


def test_towns_that_sign_are_parties() -> None:
    rec = english(
        "On 4 April 2024 in Gdansk a letter of intent was signed between Gdansk, Elblag and Torun. "
        "The letter was signed by the mayors of Gdansk, Elblag and Torun."
    )
    loi = [e for e in rec["events"] if e["type"] == "letter_of_intent"]
    assert len(loi) == 1 and rec["events"] == loi
    assert set(_roles(rec, loi[0])) == {"Gdansk", "Elblag", "Torun"}
    assert loi[0]["date"] == "2024-04-04"


def test_brand_written_acronym_joins_its_name() -> None:
    rec = english(
        "The Northvale Canal Economic Zone (NCZone) met the Brightwater Cluster. On 2 May 2024 the "
        "agreement was signed by NCZone and the Brightwater Cluster."
    )
    zone = names(rec, "organization")["Northvale Canal Economic Zone"]
    assert zone["aliases"] == ["NCZone"]
    assert _roles(rec, _event(rec, "agreement")) == {
        "Northvale Canal Economic Zone": "party",
        "Brightwater Cluster": "party",
    }


def test_news_source_label_is_no_participant() -> None:
    rec = english("NVTA: the Brightwater Cluster joined the Northvale Association on 2 May 2024.")
    ev = _event(rec, "membership")
    assert _roles(rec, ev) == {"Brightwater Cluster": "member", "Northvale Association": "group"}


@pytest.mark.parametrize(
    "row", [r for r in read_tsv("en/not_org_words.tsv") if r["event"]], ids=lambda r: r["word"]
)
def test_named_event_rows(row: dict[str, str]) -> None:
    name = f"Northvale Battery {_cap(row['word'])}"
    rec = english(f"At the {name} on 6 June 2024 the Brightwater Cluster showed its new cells.")
    ev = _event(rec, row["event"])
    assert ev["name"] == name and ev["date"] == "2024-06-06"
    role = "recipient" if row["event"] == "award" else "participant"  # "the X Award": its winner
    assert _roles(rec, ev) == {"Brightwater Cluster": role}
    assert name not in names(rec)


def _cap(word: str) -> str:
    return word[:1].upper() + word[1:]


@pytest.mark.parametrize("row", read_tsv("en/group_nouns.tsv"), ids=lambda r: r["word"])
def test_group_noun_rows(row: dict[str, str]) -> None:
    """A nationality before a group noun makes the country a participant; alone it makes no entity."""
    rec = english(
        f"On 6 June 2024 Estonian {row['word']} met the Brightwater Cluster at the Northvale Forum."
    )
    ev = _event(rec, "conference")
    assert _roles(rec, ev).get("Estonia") == "participant", rec["events"]
    if row["word"] not in {r["words"] for r in read_tsv("en/event_triggers.tsv")}:
        quiet = english(f"Estonian {row['word']} like the town of Brightwater and its parks.")
        assert "Estonia" not in names(quiet)
