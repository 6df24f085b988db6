"""The unions of a table's uses that cues.py names in one place (`UNIONS`): `event_cues`' `auxiliary`."""

from __future__ import annotations

from kooperacja.extract.cues import cues


def test_the_auxiliaries_are_the_copula_and_the_verb_of_becoming() -> None:
    w = cues("pl", "event_cues")
    assert w.auxiliary == w.copula | w.become_verb
    assert {"być", "zostać"} <= w.auxiliary  # "ma być podpisana", "zostało otwarte"
    assert "podpisać" not in w.auxiliary  # a trigger's verb is no auxiliary


def test_a_table_without_unions_gets_no_extra_use() -> None:
    assert not hasattr(cues("pl", "name_cues"), "auxiliary")
