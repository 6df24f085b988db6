"""Session 12 event recall (ev16): constructions of real news whose events the extractor missed. Passages in our
own words; companies and clusters are invented, towns are real.

1. An agreement signed "w sprawie utworzenia" a body sets it up: an `agreement` and a `founding` (annotation.md: "an
   agreement that sets up a cluster → an agreement and a founding"), as "porozumienie o utworzeniu" already did.
   Guards: a letter of intent (also "porozumienie intencyjne") "w sprawie utworzenia" founds nothing ("a letter of
   intent to form a cluster is a letter_of_intent, and a founding only if the cluster is set up by it"), nor does a
   meeting or talks on the matter.

Pass count on the base (s12-int 713faba): 6 of 8 (the two agreement cases failed: no founding).
"""

from __future__ import annotations

import pytest

import kooperacja


def _events(text: str) -> list[tuple[str, list[tuple[str, str]]]]:
    rec = kooperacja.extract(text, doc_id="t", published="2026-03-10")
    names = {e["id"]: e["name"] for e in rec["entities"]}
    return [
        (e["type"], sorted((names[p["entity"]], p["role"]) for p in e["participants"])) for e in rec["events"]
    ]


def _types(text: str) -> list[str]:
    return sorted(t for t, _p in _events(text))


FOUNDED_BY_AGREEMENT = [
    (
        "Wójt Gminy Dobra wraz z wójtem Gminy Lipno podpisał porozumienie w sprawie utworzenia "
        "Nadwarciańskiego Klastra Energii.",
        "Nadwarciański Klaster Energii",
        {"Gmina Dobra", "Gmina Lipno"},
    ),
    (
        "Gmina Dobra, Gmina Lipno i spółka Ekoterm zawarły w piątek umowę w sprawie powołania "
        "Klastra Energii Doliny Warty.",
        "Klaster Energii Doliny Warty",
        {"Gmina Dobra", "Gmina Lipno", "Ekoterm"},
    ),
]


@pytest.mark.parametrize(("text", "founded", "founders"), FOUNDED_BY_AGREEMENT)
def test_an_agreement_on_setting_up_a_body_founds_it(text: str, founded: str, founders: set[str]) -> None:
    events = _events(text)
    assert "agreement" in [t for t, _p in events]
    foundings = [p for t, p in events if t == "founding"]
    assert len(foundings) == 1
    roles = dict((n, r) for n, r in foundings[0])
    assert roles.get(founded) == "founded"
    assert {n for n, r in roles.items() if r == "founder"} == founders


@pytest.mark.parametrize(
    ("text", "types"),
    [
        # guards: a letter of intent on the matter founds nothing
        (
            "Gmina Dobra i Gmina Lipno zawarły list intencyjny w sprawie powołania Spółdzielni Energetycznej Nad Wartą.",
            ["letter_of_intent"],
        ),
        (
            "Gmina Dobra i Gmina Lipno podpisały porozumienie intencyjne w sprawie utworzenia "
            "Klastra Energii Doliny Warty.",
            ["letter_of_intent"],
        ),
        # a meeting or talks on the matter found nothing either
        (
            "W Urzędzie Gminy Dobra odbyło się spotkanie w sprawie utworzenia Klastra Energii Doliny Warty.",
            [],
        ),
        (
            "Gmina Dobra i Gmina Lipno rozmawiały o utworzeniu Klastra Energii Doliny Warty.",
            [],
        ),
        # the old form keeps working
        (
            "Gmina Dobra, Gmina Lipno i spółka Ekoterm podpisały porozumienie o utworzeniu "
            "Klastra Energii Doliny Warty.",
            ["agreement", "founding"],
        ),
        # an agreement on something else founds nothing
        (
            "Gmina Dobra i Gmina Lipno podpisały porozumienie w sprawie budowy wspólnej oczyszczalni.",
            ["agreement"],
        ),
    ],
)
def test_near_misses_of_an_agreement_that_founds(text: str, types: list[str]) -> None:
    assert [t for t in _types(text) if t != "conference" and t != "visit"] == types
