"""Events, session 3: merging the reports of one visit, one cooperation per partner of a hub (sentences
written for the tests)."""

from __future__ import annotations

from tests.extract.test_events_figures import events_of


def test_cooperation_of_a_hub_is_one_event_per_partner() -> None:
    evs = events_of(
        "Mazowiecki Klaster Chemiczny współpracuje z Politechniką Warszawską, "
        "Instytutem Chemii Przemysłowej oraz Uniwersytetem Warszawskim."
    )
    coops = [e for e in evs if e["type"] == "cooperation"]
    assert len(coops) == 3
    for e in coops:
        assert ("Mazowiecki Klaster Chemiczny", "party") in e["roles"]
        assert len(e["roles"]) == 2
    assert {r for e in coops for r, _ in e["roles"]} >= {
        "Politechnika Warszawska",
        "Instytut Chemii Przemysłowej",
        "Uniwersytet Warszawski",
    }


def test_two_sentences_of_one_visit_make_one_visit() -> None:
    evs = events_of(
        "W dniach 3-5 marca 2024 r. delegacja Opolskiej Izby Gospodarczej przebywała z wizytą w Ołomuńcu. "
        "Podczas wizyty delegacja Izby Przemysłowej z Brna odwiedziła Park Technologiczny Ołomuniec."
    )
    visits = [e for e in evs if e["type"] == "visit"]
    assert len(visits) == 1, visits


def test_zero_subject_takes_the_subject_of_the_sentence_before() -> None:
    evs = events_of(
        "Fundacja Rozwoju Przedsiębiorczości od lat wspiera młodych przedsiębiorców. "
        "W poniedziałek podpisała z Wojewódzkim Urzędem Pracy w Kielcach porozumienie o wspólnych szkoleniach."
    )
    agreements = [e for e in evs if e["type"] == "agreement"]
    assert len(agreements) == 1, evs
    assert {r for r, _ in agreements[0]["roles"]} == {
        "Fundacja Rozwoju Przedsiębiorczości",
        "Wojewódzki Urząd Pracy w Kielcach",
    }


def test_future_in_a_relative_clause_after_a_preposition_leaves_the_signing_done() -> None:
    evs = events_of(
        "Politechnika Lubelska i Lubelska Fundacja Rozwoju podpisały porozumienie, na mocy którego "
        "w przyszłym roku zostanie otwarte wspólne laboratorium."
    )
    assert [(e["type"], e["status"]) for e in evs] == [("agreement", "done")], evs
