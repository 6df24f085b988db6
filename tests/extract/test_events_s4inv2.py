"""Event bugs of the rule review (docs/RULE_REVIEW.md, "Bugs found on the way"), each with a sentence of our own:
the longer letter-of-intent phrase outranks the single noun it begins with; a conference noun of either number in a
list of plurals names no event; "miano"/"tytuł" are awards only in an award sense."""

from __future__ import annotations

import kooperacja.extract as ex


def _types(text: str) -> list[str]:
    return [e["type"] for e in ex.extract(text, published="2024-05-01")["events"]]


def test_a_letter_of_intent_phrase_outranks_its_first_noun() -> None:
    text = "Firma Betamet z Radomia i Powiat Zielny podpisały dziś umowę intencyjną o wspólnym parku technologicznym."
    assert _types(text) == ["letter_of_intent"]


def test_an_agreement_noun_alone_is_still_an_agreement() -> None:
    text = "Firma Betamet z Radomia i Powiat Zielny podpisały dziś umowę o wspólnym parku technologicznym."
    assert _types(text) == ["agreement"]


def test_a_conference_noun_in_a_list_of_plurals_is_no_conference() -> None:
    text = "Fundacja Omega z Radomia wspiera organizację szkoleń, konferencji i sympozjów dla rolników z Gminy Borowo."
    assert "conference" not in _types(text)


def test_a_conference_noun_of_either_number_alone_is_a_conference() -> None:
    text = "Na konferencji w Lublinie Spółka Alfatech i Gmina Borowo rozmawiały o eksporcie owoców."
    assert "conference" in _types(text)


def test_a_title_in_its_figurative_sense_is_no_award() -> None:
    assert _types("Miasto Borowo zyskało w ostatnich latach miano stolicy regionu.") == []
    assert _types("Spółka Alfatech z Lublina od dawna nosi tytuł lidera branży meblowej.") == []


def test_a_named_title_is_an_award() -> None:
    assert "award" in _types("Spółka Alfatech z Lublina otrzymała w piątek tytuł „Lider Eksportu”.")


def test_a_conferred_title_is_an_award() -> None:
    text = "Kapituła konkursu Izby Handlowej Delta przyznała Spółce Alfatech z Lublina tytuł eksportera roku."
    assert "award" in _types(text)
