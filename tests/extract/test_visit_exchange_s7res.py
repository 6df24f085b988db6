"""Two visits of an exchange (a delegation from A in B, one from B in A) stay two events (s7-res)."""

from __future__ import annotations

import pytest

import kooperacja


def _visits(text: str) -> list[dict[str, str]]:
    rec = kooperacja.extract(text, published="2024-06-14")
    names = {e["id"]: e["name"] for e in rec["entities"]}
    return [
        {names[p["entity"]]: p["role"] for p in e["participants"]}
        for e in rec["events"]
        if e["type"] == "visit"
    ]


@pytest.mark.xfail(
    strict=True,
    reason="a visit and its return trip merge: the in-document merge ignores roles, and a rule that kept "
    "swapped guests and hosts apart (tried in s7-res) split true single visits whose roles the extractor "
    "gets wrong (seeds visit P 1.00 -> .80, dev .83 -> .71, tune +1 TP +3 FP), so it was left out",
)
def test_return_trip_is_its_own_visit() -> None:
    text = (
        "Delegacja z prowincji Hubei odwiedziła województwo kujawsko-pomorskie. "
        "Z kolei delegacja przedsiębiorców z województwa kujawsko-pomorskiego odwiedziła nas w zeszłym miesiącu."
    )
    visits = _visits(text)
    assert len(visits) == 2, visits
    # the region receives the first delegation and sends the second: never both in one event
    for v in visits:
        assert not (v.get("Hubei") == "visitor" and v.get("województwo kujawsko-pomorskie") == "visitor"), v
    assert {"województwo kujawsko-pomorskie": "host", "Hubei": "visitor"} in visits


def test_one_visit_told_twice_stays_one() -> None:
    text = (
        "Delegacja z prowincji Hubei odwiedziła województwo kujawsko-pomorskie. "
        "Goście z prowincji Hubei przebywali w województwie kujawsko-pomorskim przez trzy dni."
    )
    assert len(_visits(text)) == 1
