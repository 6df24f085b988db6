"""Aliases the text states ("dawniej", "obecnie", "znany jako", "ang.") make one organisation of two
names, in the real extraction pipeline; sentences are our own."""

from __future__ import annotations

import pytest

from kooperacja.documents.model import Document
from kooperacja.extract import extract_document
from kooperacja.extract.entity_aliases import _intro


def _orgs(text: str) -> list[tuple[str, list[str]]]:
    rec = extract_document(Document(doc_id="t", text=text))
    return [(e["name"], e.get("aliases") or []) for e in rec["entities"] if e["type"] == "organization"]


@pytest.mark.parametrize(
    ("between", "kind"),
    [
        (" (dawniej ", "former"),
        (", wcześniej znana jako ", "former"),
        (", obecnie ", "current"),
        (" (ang. ", "same"),
        (", znany też jako „", "same"),
        (" i ", None),
        (" podpisała umowę z ", None),
    ],
)
def test_words_between_two_names(between: str, kind: str | None) -> None:
    assert _intro(between) == kind


def test_a_former_name_becomes_an_alias() -> None:
    orgs = _orgs(
        "Klaster Drzewny Pomorza (dawniej Klaster Meblowy Pomorza) podpisał umowę z Gminą Zielona Dolina."
    )
    assert ("Klaster Drzewny Pomorza", ["Klaster Meblowy Pomorza"]) in orgs
    assert not any(name == "Klaster Meblowy Pomorza" for name, _ in orgs)


def test_the_current_name_is_the_one_after_obecnie() -> None:
    orgs = _orgs("Fundacja Rozwoju Doliny, obecnie Agencja Rozwoju Doliny, otworzyła nowe biuro.")
    assert orgs[0] == ("Agencja Rozwoju Doliny", ["Fundacja Rozwoju Doliny"])


def test_two_partners_stay_two() -> None:
    orgs = _orgs("Fundacja Rozwoju Doliny i Agencja Rozwoju Doliny podpisały porozumienie.")
    assert {name for name, _ in orgs} == {"Fundacja Rozwoju Doliny", "Agencja Rozwoju Doliny"}
