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
