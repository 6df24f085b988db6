"""A short name with inner capitals in brackets after an organisation is its alias ("Agencja X (AgroHub)"),
so that reports which use only the short name (often the English ones) meet the full name."""

from __future__ import annotations

from kooperacja import extract
from kooperacja.extract.name_shape import is_short_name


def _aliases(text: str) -> dict[str, list[str]]:
    record = extract(text, doc_id="t", published="2025-05-06")
    return {e["name"]: e.get("aliases", []) for e in record["entities"] if e["type"] == "organization"}


def test_a_short_name_in_brackets_is_an_alias() -> None:
    text = (
        "Wczoraj Gdańska Agencja Rozwoju Portów (PomTechHub) podpisała umowę o współpracy "
        "z Pomorskim Klastrem Morskim."
    )
    aliases = _aliases(text)
    assert any("PomTechHub" in a for a in aliases.values()), aliases


def test_the_shape_of_a_short_name() -> None:
    assert is_short_name("PomTechHub")
    assert is_short_name("KTZone")
    assert is_short_name("KSSE")  # an acronym is one too
    assert not is_short_name("Warszawa")  # one capital: a word, not a short name
    assert not is_short_name("AgroHub")  # two capitals are not enough
    assert not is_short_name("Ab")  # too short
    assert not is_short_name("Pom-Tech-Hub")  # one word of letters only
