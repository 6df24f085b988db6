"""Session 12 (org17): organisations and persons on mixed news (awards, visits, agreements), from the classes of
errors on own6-k. Passages in our own words; firms and people are invented, towns are real.

1. An officer's title with a chain of genitives before a person's name ("dyrektor regionalnego oddziału agencji
   Jan Kowalski"): the noun of the organisation right before the name is no descriptor of a firm called by that
   name; the name is the officer's. Guard: a descriptor with no title before it still names a firm.
2. A company noun with its complement, a plural genitive and an adjective, before a lone unknown word
   ("producent okien drewnianych Drewmax"): the word names a company. Guard: a place after such a noun
   ("producent okien drewnianych z Kielc") gives no company.

Pass count on the base (s12-int b6eb50a): 3 of 7; after org17's two rules: 7 of 7.
"""

from __future__ import annotations

from typing import Any

import pytest

from kooperacja import extract


def _entities(text: str) -> dict[str, str]:
    record: dict[str, Any] = extract(text, doc_id="org17", published="2026-05-12")
    return {e["name"]: e["type"] for e in record["entities"]}


@pytest.mark.parametrize(
    "text, person",
    [
        ("Decyzję wręczył dyrektor lubelskiego oddziału agencji Tomasz Wierzbowski.", "Tomasz Wierzbowski"),
        ("Umowę podpisał prezes zarządu spółki Marek Grabowiecki.", "Marek Grabowiecki"),
        ("Na pytania odpowiadał wiceprezes krakowskiej spółki Adam Leśniewicz.", "Adam Leśniewicz"),
    ],
)
def test_officer_with_genitive_chain_is_a_person(text: str, person: str) -> None:
    ents = _entities(text)
    assert ents.get(person) == "person", ents


def test_descriptor_without_title_still_names_firm() -> None:
    ents = _entities("Halę w Mielcu zbuduje spółka Norvatex, która zatrudni 50 osób.")
    assert ents.get("Norvatex") == "organization", ents


@pytest.mark.parametrize(
    "text, firm",
    [
        ("Goście odwiedzili też zakład, który należy do producenta okien drewnianych Drewlux.", "Drewlux"),
        ("Umowę z gminą podpisał producent maszyn rolniczych Agrovax.", "Agrovax"),
    ],
)
def test_company_noun_with_noun_and_adjective_complement(text: str, firm: str) -> None:
    ents = _entities(text)
    assert ents.get(firm) == "organization", ents


def test_company_noun_with_complement_and_place_is_no_firm() -> None:
    ents = _entities("Umowę z gminą podpisał producent maszyn rolniczych z Kielc.")
    assert not any(t == "organization" for t in ents.values()), ents
