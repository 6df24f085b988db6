"""Events in English pages nobody tuned for: rankings with several winners, conferences told over several
sentences. Every sentence is our own."""

from __future__ import annotations

from typing import Any

from .conftest import english, names


def _parts(rec: dict[str, Any], ev: dict[str, Any]) -> set[tuple[str, str]]:
    by_id = {e["id"]: e["name"] for e in rec["entities"]}
    return {(by_id[p["entity"]], p["role"]) for p in ev["participants"]}


def test_one_award_per_winner() -> None:
    rec = english(
        "Harbour Intelligence awarded the Northvale Free Zone and the Brightwater Free Zone in its yearly "
        "ranking of 2024."
    )
    awards = [e for e in rec["events"] if e["type"] == "award"]
    assert len(awards) == 2, awards
    winners = {n for ev in awards for n, r in _parts(rec, ev) if r == "recipient"}
    assert winners == {"Northvale Free Zone", "Brightwater Free Zone"}


def test_award_named_after_its_grantor_has_no_grantor_as_winner() -> None:
    rec = english(
        "Qwertonix Media's Zones of the Year praise the best parks.\nThe Northvale Free Zone won a prize."
    )
    for ev in rec["events"]:
        assert ("Qwertonix Media", "recipient") not in _parts(rec, ev)
    assert "Northvale Free Zone" in names(rec, "organization")


def test_conference_organiser_in_the_next_sentence() -> None:
    rec = english(
        "On 14 May 2024 the Harbour Trade Forum took place in Gdansk.\n"
        "The event was organised by the Northvale Export Agency and the Brightwater University of Technology.\n"
        "Guests from the Quorvanti Trade Council attended it as well."
    )
    confs = [e for e in rec["events"] if e["type"] == "conference"]
    assert len(confs) == 1, rec["events"]
    assert confs[0]["date"] == "2024-05-14"
    assert _parts(rec, confs[0]) == {
        ("Northvale Export Agency", "organizer"),
        ("Brightwater University of Technology", "organizer"),
        ("Quorvanti Trade Council", "participant"),
    }


def test_organising_sentence_without_a_conference_before_is_no_event() -> None:
    rec = english(
        "The park opened a new hall in May 2024.\nIt was organised by the Northvale Export Agency for its members."
    )
    assert not [e for e in rec["events"] if e["type"] == "conference"]


def test_founded_body_named_a_sentence_before() -> None:
    rec = english(
        "The Northvale Hydrogen Cluster gathers 40 firms. The cluster was established in 2015 by the "
        "Quorvanti University."
    )
    founding = [e for e in rec["events"] if e["type"] == "founding"]
    assert len(founding) == 1, rec["events"]
    assert _parts(rec, founding[0]) == {
        ("Northvale Hydrogen Cluster", "founded"),
        ("Quorvanti University", "founder"),
    }
    assert founding[0]["date"] == "2015"
