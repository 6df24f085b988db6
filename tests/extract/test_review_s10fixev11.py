"""Sentences of our own for the fixes made after rev3's review of the session's (s10) event rules (fixev11):
each counter-example in other words, beside a guard that the rule's own case still works."""

from __future__ import annotations

import pytest

import kooperacja

PUBLISHED = "2026-05-08"


def _events(text: str) -> list[tuple[str, list[tuple[str, str]]]]:
    """(type, [(name, role)]) of each event of a text."""
    rec = kooperacja.extract(text, doc_id="r", published=PUBLISHED)
    names = {e["id"]: e["name"] for e in rec["entities"]}
    return [
        (ev["type"], sorted((names[p["entity"]], p["role"]) for p in ev["participants"]))
        for ev in rec["events"]
    ]


def _types(text: str) -> set[str]:
    return {typ for typ, _parts in _events(text)}


# 1. a negated agreement noun beside a letter of intent signed: the signing verb states the letter, not an agreement


@pytest.mark.parametrize(
    "text",
    [
        "Wciąż nie ma umowy o współpracy, ale firmy Tarkon i Welpol podpisały w lutym list intencyjny.",
        "Nie zawarto jeszcze porozumienia w sprawie budowy, choć miasto Kalisz i spółka Drexa podpisały list "
        "intencyjny.",
    ],
)
def test_a_negated_agreement_beside_a_signed_letter_is_the_letter(text: str) -> None:
    types = _types(text)
    assert "letter_of_intent" in types
    assert "agreement" not in types


def test_a_negated_noun_beside_a_signed_agreement_still_is_the_agreement() -> None:
    text = (
        "Choć nikt nie wierzył w porozumienie, spółki Tarkon i Welpol podpisały w marcu umowę o współpracy."
    )
    assert "agreement" in _types(text)


# 2. a trip to a festival and a visit told by a second verb after "i": the visit stands in its own clause


def test_a_visit_after_a_trip_to_a_festival_in_a_clause_of_its_own() -> None:
    text = (
        "Delegacja firmy Morvex przyjechała do Kielc na festiwal i przy tej okazji odwiedziła Kielecki Park "
        "Technologiczny."
    )
    assert "visit" in _types(text)


def test_a_trip_to_a_festival_alone_still_is_no_visit() -> None:
    text = "Zespół firmy Morvex przyjechał do Kielc na festiwal i targi rękodzieła."
    assert "visit" not in _types(text)
