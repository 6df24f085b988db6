"""English events, session 6: a body named as what another party serves is no party of the event (sentences of
our own)."""

from __future__ import annotations

import pytest

from .conftest import english


def parties(text: str) -> list[tuple[str, list[str]]]:
    rec = english(text)
    name = {e["id"]: e["name"] for e in rec["entities"]}
    return [(ev["type"], sorted(name[p["entity"]] for p in ev["participants"])) for ev in rec["events"]]


@pytest.mark.parametrize(
    "text",
    [
        "Kelvar Batteries, a supplier of Volkswagen, will invest EUR 50 million in a plant in Opole.",
        "Kelvar Batteries, which supplies Volkswagen, will invest EUR 50 million in a plant in Opole.",
        "Kelvar Batteries, a subsidiary of the Volkswagen group, will invest EUR 50 million in Opole.",
    ],
)
def test_a_client_or_parent_is_no_investor(text: str) -> None:
    assert parties(text) == [("investment", ["Kelvar Batteries"])]


def test_two_investors_stay_two() -> None:
    got = parties("Kelvar Batteries and Volkswagen will each invest EUR 50 million in plants in Opole.")
    assert sorted(p for _t, ps in got for p in ps) == ["Kelvar Batteries", "Volkswagen"]
