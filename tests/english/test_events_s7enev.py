"""English events, session 7: one sentence of our own for each trigger, modality word and role cue that this
session added (issue 12)."""

from __future__ import annotations

import pytest

from .conftest import english


def events(text: str) -> list[tuple[str, str, list[tuple[str, str]]]]:
    rec = english(text)
    name = {e["id"]: e["name"] for e in rec["entities"]}
    return [
        (
            ev["type"],
            ev.get("status", "done"),
            sorted((name[p["entity"]], p["role"]) for p in ev["participants"]),
        )
        for ev in rec["events"]
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Sorvin Pharma broke ground on a packaging line in Kutno.",
        "Sorvin Pharma will break ground on a packaging line in Kutno next month.",
        "The groundbreaking for the Sorvin Pharma packaging line in Kutno took place on Monday.",
    ],
)
def test_breaking_ground_is_an_investment(text: str) -> None:
    assert [(t, p) for t, _s, p in events(text)] == [("investment", [("Sorvin Pharma", "investor")])]


def test_inking_a_deal_is_an_agreement() -> None:
    assert events("Tarvik Steel inked a deal with the Opole University of Technology.") == [
        ("agreement", "done", [("Opole University of Technology", "party"), ("Tarvik Steel", "party")])
    ]


def test_a_new_member_joined() -> None:
    assert events("Tarvik Steel is a new member of the Silesian Automotive Cluster.") == [
        ("membership", "done", [("Silesian Automotive Cluster", "group"), ("Tarvik Steel", "member")])
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Tarvik Steel is expected to sign an agreement with the Opole University of Technology.",
        "Tarvik Steel is considering an agreement with the Opole University of Technology.",
        "Tarvik Steel will explore cooperating with the Opole University of Technology.",
    ],
)
def test_an_expected_or_considered_signing_without_a_time_is_no_event(text: str) -> None:
    assert events(text) == []


def test_an_expected_signing_with_a_date_is_planned() -> None:
    got = events(
        "Tarvik Steel is expected to sign an agreement with the Opole University of Technology on 3 June."
    )
    assert [(t, s) for t, s, _p in got] == [("agreement", "planned")]


@pytest.mark.parametrize("noun", ["award", "prize"])
def test_the_award_of_a_body_is_granted_by_it(noun: str) -> None:
    assert events(f"Velmont Packaging won the design {noun} of the Polish Packaging Chamber.") == [
        ("award", "done", [("Polish Packaging Chamber", "grantor"), ("Velmont Packaging", "recipient")])
    ]


@pytest.mark.parametrize("adjective", ["possible", "potential", "prospective"])
def test_an_adjective_of_possibility_right_before_the_trigger_makes_no_event(adjective: str) -> None:
    assert (
        events(f"Sorvin Pharma and the Lodz Special Economic Zone discussed a {adjective} investment.") == []
    )


def test_an_adjective_of_possibility_farther_off_qualifies_another_word() -> None:
    got = events("Prospective investors from Japan visited the Lodz Special Economic Zone in April 2024.")
    assert [t for t, _s, _p in got] == ["visit"]


@pytest.mark.parametrize(
    "setting",
    [
        "during the visit",
        "at the fair",
        "on the sidelines of the forum",
        "on the occasion of the visit",
        "in the course of the congress",
    ],
)
def test_a_visit_or_conference_that_is_the_setting_of_a_signing_takes_no_parties(setting: str) -> None:
    got = events(f"Tarvik Steel and the Opole University of Technology signed a memorandum {setting}.")
    assert [t for t, _s, p in got if p] == ["agreement"]


@pytest.mark.parametrize(
    "verb",
    [
        "attended the fair",
        "participated in the fair",
        "took part in the fair",
        "exhibited at the fair",
        "presented its offer at the fair",
    ],
)
def test_a_body_that_attends_a_conference_is_a_participant(verb: str) -> None:
    got = events(f"The Pomeranian Special Economic Zone {verb} in Munich on 9 October 2023.")
    assert got == [("conference", "done", [("Pomeranian Special Economic Zone", "participant")])]


@pytest.mark.parametrize(
    "verb", ["inaugurated its new factory", "launched a new plant", "set up a production facility"]
)
def test_founding_verbs_of_works_tell_an_investment(verb: str) -> None:
    got = events(f"Kelvar Batteries {verb} in the Tarnobrzeg Special Economic Zone.")
    assert [t for t, _s, _p in got] == ["investment"]


def test_a_partnership_of_two_named_bodies_is_cooperation() -> None:
    got = events(
        "The partnership between the Katowice Special Economic Zone and the University of Silesia began."
    )
    assert got == [
        (
            "cooperation",
            "done",
            [("Katowice Special Economic Zone", "party"), ("University of Silesia", "party")],
        )
    ]


@pytest.mark.parametrize("works", ["production facility", "manufacturing facility", "new facility"])
def test_a_facility_built_is_an_investment(works: str) -> None:
    got = events(f"Kelvar Batteries is building a {works} in the Tarnobrzeg Special Economic Zone.")
    assert [t for t, _s, _p in got] == ["investment"]


def _event_words(name: str) -> list[str]:
    from kooperacja.data.language_data import language_data

    return sorted(r["word"] for r in language_data("en").rows("event_words") if r["set"] == name)


@pytest.mark.parametrize("noun", _event_words("investment_modifier"))
def test_an_investment_noun_that_modifies_another_is_no_investment(noun: str) -> None:
    got = events(f"Kelvar Batteries discussed the investment {noun} with the Lodz Special Economic Zone.")
    assert "investment" not in [t for t, _s, _p in got]  # ("the investment forum" is a conference)


def test_foreign_direct_investment_is_a_statistic() -> None:
    text = "Foreign direct investment in Poland reached EUR 29 billion last year, according to the National Bank."
    assert events(text) == []


@pytest.mark.parametrize("verb", ["has been operating", "runs", "owns"])
def test_running_existing_works_is_no_investment(verb: str) -> None:
    assert events(f"Kelvar Batteries {verb} a plant in Mielec.") == []


def test_the_source_of_a_signing_is_no_party() -> None:
    got = events(
        "According to the Polish Investment and Trade Agency, Tarvik Steel signed an agreement with the Opole "
        "University of Technology."
    )
    assert got == [
        ("agreement", "done", [("Opole University of Technology", "party"), ("Tarvik Steel", "party")])
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Kelvar Batteries signed up for the export programme of the Polish Investment and Trade Agency.",
        "Kelvar Batteries offered a fair price to the Lodz Special Economic Zone.",
        "The Lodz Special Economic Zone sets its land at fair value for Kelvar Batteries.",
        "Kelvar Batteries sells fair trade coffee to the Lodz Special Economic Zone.",
        "Kelvar Batteries asked the Lodz Special Economic Zone for fair competition.",
        "Kelvar Batteries wants its fair share of the orders of the Lodz Special Economic Zone.",
        "Kelvar Batteries pays a fair wage, the Lodz Special Economic Zone said.",
        "Kelvar Batteries expects fair treatment from the Lodz Special Economic Zone.",
        "Kelvar Batteries demands fair access to the land of the Lodz Special Economic Zone.",
        "Kelvar Batteries stands a fair chance in the tender of the Lodz Special Economic Zone.",
        "Kelvar Batteries called the terms of the Lodz Special Economic Zone fair and clear.",
        "Tarvik Steel ranks among the largest employers of the Opole Special Economic Zone.",
        "The distinction between the Katowice Special Economic Zone and the Lodz Special Economic Zone is clear.",
        "Arlen Cables was awarded a contract by the Port of Gdynia Authority.",
        "The Port of Gdynia Authority awarded the contract to Arlen Cables.",
        "The Port of Gdynia Authority awarded contracts to Arlen Cables.",
        "Arlen Cables was awarded a tender by the Port of Gdynia Authority.",
        "The Port of Gdynia Authority awarded the tender to Arlen Cables.",
        "Arlen Cables was awarded a grant by the Port of Gdynia Authority.",
        "Arlen Cables was awarded an order by the Port of Gdynia Authority.",
        "The Port of Gdynia Authority awarded the order to Arlen Cables.",
    ],
)
def test_phrases_that_open_with_a_trigger_and_tell_no_event(text: str) -> None:
    assert events(text) == []


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("The Lodz Science Park named Kelvar Batteries the best start-up of the region.", "Kelvar Batteries"),
        (
            "Kelvar Batteries was recognised as the most innovative firm by the Lodz Science Park.",
            "Kelvar Batteries",
        ),
        (
            "Kelvar Batteries was recognized as the most innovative firm by the Lodz Science Park.",
            "Kelvar Batteries",
        ),
        (
            "The Lodz Science Park voted Kelvar Batteries the winner of its start-up contest.",
            "Kelvar Batteries",
        ),
        (
            "The Lodz Science Park declared Kelvar Batteries the laureate of its start-up contest.",
            "Kelvar Batteries",
        ),
        ("The Lodz Science Park selected Kelvar Batteries as the Start-up of the Year.", "Kelvar Batteries"),
    ],
)
def test_a_verb_of_naming_with_a_title_is_an_award(text: str, recipient: str) -> None:
    assert events(text) == [
        ("award", "done", sorted([("Lodz Science Park", "grantor"), (recipient, "recipient")]))
    ]


def test_a_verb_of_naming_without_a_title_is_no_award() -> None:
    assert events("The Lodz Science Park named Anna Nowak its new director.") == []


def test_the_title_of_an_award_is_no_recipient() -> None:
    got = events(
        "Velmont Packaging was awarded the title of Employer of the Year by the Mielec Chamber of Commerce."
    )
    assert got == [
        ("award", "done", [("Mielec Chamber of Commerce", "grantor"), ("Velmont Packaging", "recipient")])
    ]


def test_two_signings_of_one_body_on_two_days_stay_two() -> None:
    got = events(
        "The Katowice Special Economic Zone signed a cooperation agreement with the University of Silesia on "
        "Monday. On Tuesday the zone signed another agreement with the Silesian Aviation Cluster."
    )
    assert sorted(p for _t, _s, p in got) == [
        [("Katowice Special Economic Zone", "party"), ("Silesian Aviation Cluster", "party")],
        [("Katowice Special Economic Zone", "party"), ("University of Silesia", "party")],
    ]


def test_a_sentence_that_points_back_at_the_signing_adds_no_party() -> None:
    got = events(
        "The Katowice Special Economic Zone signed a memorandum with Sunbae Materials on 4 March 2024. The "
        "signing will help the zone attract the Korea Trade-Investment Promotion Agency to Katowice."
    )
    assert got == [
        ("agreement", "done", [("Katowice Special Economic Zone", "party"), ("Sunbae Materials", "party")])
    ]


def test_another_agreement_named_by_its_parties_stays_apart() -> None:
    got = events(
        "The Katowice Special Economic Zone signed a memorandum with Sunbae Materials. The agreement between "
        "Tarvik Steel and the Opole University of Technology was signed in 2019."
    )
    assert len(got) == 2


def test_the_awards_of_one_ranking_share_its_grantor() -> None:
    got = events(
        "fDi Intelligence named the Lodz Special Economic Zone the best free zone in Europe. The Pomeranian "
        "Special Economic Zone was highly commended."
    )
    assert sorted(p for _t, _s, p in got) == [
        [("Lodz Special Economic Zone", "recipient"), ("fDi Intelligence", "grantor")],
        [("Pomeranian Special Economic Zone", "recipient"), ("fDi Intelligence", "grantor")],
    ]


def test_cooperation_needs_two_named_parties() -> None:
    assert events("Tarvik Steel has worked together with local schools for years.") == []
    got = events("Tarvik Steel has worked together with the Opole University of Technology since 2019.")
    assert [t for t, _s, _p in got] == ["cooperation"]


def test_a_name_after_a_verb_of_saying_is_the_source() -> None:
    got = events(
        "Tarvik Steel signed an agreement with the Opole University of Technology, said the Polish Investment "
        "and Trade Agency."
    )
    assert got == [
        ("agreement", "done", [("Opole University of Technology", "party"), ("Tarvik Steel", "party")])
    ]


def test_a_sentence_that_tells_the_signing_again_adds_its_signatories() -> None:
    got = events(
        "Norvik Energy and its Polish partner signed an agreement on Tuesday. The agreement was signed by the CEO "
        "of Norvik Energy and the president of the Pomeranian Special Economic Zone."
    )
    assert got == [
        ("agreement", "done", [("Norvik Energy", "party"), ("Pomeranian Special Economic Zone", "party")])
    ]


@pytest.mark.parametrize(
    ("when", "date"),
    [
        ("this morning", "2024-05-14"),
        ("this afternoon", "2024-05-14"),
        ("earlier today", "2024-05-14"),
        ("a week ago", "2024-05-06/2024-05-12"),
        ("a month ago", "2024-04"),
        ("a year ago", "2023"),
        ("earlier this year", "2024"),
        ("later this year", "2024"),
    ],
)
def test_relative_dates_of_an_event(when: str, date: str) -> None:
    rec = english(f"Tarvik Steel signed an agreement with the Opole University of Technology {when}.")
    assert [ev["date"] for ev in rec["events"]] == [date]


@pytest.mark.parametrize(
    "text",
    [
        "Brenmark Logistics will not build the warehouse in Strykow, the company said.",
        "Tarvik Steel will not sign the agreement with the Opole University of Technology on 3 June.",
        "Tarvik Steel is not going to sign the agreement with the Opole University of Technology on 3 June.",
    ],
)
def test_a_plan_denied_is_no_event(text: str) -> None:
    assert events(text) == []


def test_the_signatories_listed_after_a_colon_are_the_parties() -> None:
    text = (
        "On 9 May 2024 three clusters signed a letter of intent in Jaworzno. The signatories of the letter are:\n"
        "Eastern Automotive Alliance Association,\n"
        "Jan Wrona – President\n"
        "Lower Silesian Automotive Cluster,\n"
        "Polish Automotive Group Association.\n"
        "The clusters will meet again in autumn."
    )
    assert events(text) == [
        (
            "letter_of_intent",
            "done",
            [
                ("Eastern Automotive Alliance Association", "party"),
                ("Lower Silesian Automotive Cluster", "party"),
                ("Polish Automotive Group Association", "party"),
            ],
        )
    ]


@pytest.mark.parametrize(
    "verb",
    ["organises", "organizes", "co-organises", "co-organizes", "hosts", "holds", "invites start-ups to"],
)
def test_a_body_that_organises_a_named_conference_is_its_organiser(verb: str) -> None:
    got = events(f"The Opole Science and Technology Park {verb} the Opole Demo Day on 20 June 2024.")
    assert got == [("conference", "done", [("Opole Science and Technology Park", "organizer")])]


@pytest.mark.parametrize("noun", ["patronage", "auspices"])
def test_a_patron_of_a_conference_is_no_participant(noun: str) -> None:
    got = events(
        f"The conference, held under the {noun} of the Ministry of Development, was organised by the Lublin "
        "Science and Technology Park."
    )
    assert got == [("conference", "done", [("Lublin Science and Technology Park", "organizer")])]


@pytest.mark.parametrize("verb", ["is touring", "is visiting", "are visiting"])
def test_a_form_in_ing_after_be_is_no_passive(verb: str) -> None:
    got = events(f"The Incheon Free Economic Zone Authority {verb} the Lodz Special Economic Zone this week.")
    assert got == [
        (
            "visit",
            "done",
            [("Incheon Free Economic Zone Authority", "visitor"), ("Lodz Special Economic Zone", "host")],
        )
    ]


def test_a_visitor_named_by_a_person_is_the_body_the_person_speaks_for() -> None:
    rec = english(
        "Kim Jin-ho, commissioner of the Incheon Free Economic Zone Authority, is touring Poland this week. On "
        "Tuesday the commissioner Kim Jin-ho visited the Lodz Special Economic Zone."
    )
    name = {e["id"]: e["name"] for e in rec["entities"]}
    assert [
        (ev["date"], sorted((name[p["entity"]], p["role"]) for p in ev["participants"]))
        for ev in rec["events"]
    ] == [
        (
            "2024-05-14",
            [("Incheon Free Economic Zone Authority", "visitor"), ("Lodz Special Economic Zone", "host")],
        )
    ]


@pytest.mark.parametrize("noun", ["roadshow", "road show", "networking event"])
def test_roadshows_and_networking_events_are_conferences(noun: str) -> None:
    got = events(
        f"The Incheon Free Economic Zone Authority held an investment {noun} in Warsaw on 5 October 2023."
    )
    assert got == [("conference", "done", [("Incheon Free Economic Zone Authority", "organizer")])]


def test_a_signing_reported_as_news_without_a_date_took_place_on_the_pages_date() -> None:
    rec = english(
        "Tarvik Steel and the Opole University of Technology have signed a memorandum on internships."
    )
    assert [ev["date"] for ev in rec["events"]] == ["2024-05-14"]
    rec = english("Tarvik Steel and the Opole University of Technology cooperate on internships.")
    assert [ev.get("date") for ev in rec["events"]] == [None]


def test_a_body_that_welcomes_new_members_is_their_group() -> None:
    got = events(
        "The Lublin Aviation Cluster has welcomed three new members: Aerolux Systems, Marlow Components Ltd and "
        "Sorvin Pharma."
    )
    assert got == [
        (
            "membership",
            "done",
            [
                ("Aerolux Systems", "member"),
                ("Lublin Aviation Cluster", "group"),
                ("Marlow Components Ltd", "member"),
                ("Sorvin Pharma", "member"),
            ],
        )
    ]


def test_the_acronym_of_a_source_is_the_source_too() -> None:
    got = events(
        "Kelvar Batteries has joined the Lodz Special Economic Zone, informed the Ministry of Development "
        "(MRPiT)."
    )
    assert got == [
        ("membership", "done", [("Kelvar Batteries", "member"), ("Lodz Special Economic Zone", "group")])
    ]
