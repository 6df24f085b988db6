"""Sentences of our own for the fixes made when the session's (s9) event and participant rules were reviewed."""

from __future__ import annotations

from typing import Any

import kooperacja
from kooperacja.documents.model import Document
from kooperacja.extract.events import EventFinder
from kooperacja.extract.pipeline import default_pipeline

PUBLISHED = "2024-03-13"


def _events(text: str, typ: str) -> list[tuple[str, str | None, list[tuple[str, str]]]]:
    """(status, date, [(name, role)]) of each event of a type."""
    rec = kooperacja.extract(text, doc_id="r", published=PUBLISHED)
    names = {e["id"]: e["name"] for e in rec["entities"]}
    return [
        (
            ev.get("status", "done"),
            ev["date"],
            [(names[p["entity"]], p["role"]) for p in ev["participants"]],
        )
        for ev in rec["events"]
        if ev["type"] == typ
    ]


def _of(events: list[Any], name: str) -> list[Any]:
    return [e for e in events if any(n == name for n, _ in e[2])]


# 1. a step of the plant to come dates the investment only in its paragraph, with a plant's subject, not another's


def test_an_ending_consultation_does_not_date_a_plant_to_come() -> None:
    text = (
        "Spółka Alfamet wybuduje fabrykę w Kielcach. Zakład zatrudni 300 osób. Konsultacje społeczne w sprawie "
        "planu zagospodarowania zakończą się 30 czerwca 2025 r."
    )
    found = _of(_events(text, "investment"), "Alfamet")
    assert found and all(date != "2025-06-30" for _, date, _ in found)


def test_another_paragraph_on_another_firm_does_not_date_a_plant_to_come() -> None:
    text = (
        "Spółka Alfamet wybuduje fabrykę w Kielcach.\n\nTymczasem w Opolu produkcja ruszy w 2026 r. w nowym "
        "zakładzie firmy Betamet."
    )
    found = _of(_events(text, "investment"), "Alfamet")
    assert found and all(date != "2026" for _, date, _ in found)


def test_another_firms_plant_in_the_same_paragraph_does_not_date_it_either() -> None:
    text = "Spółka Alfamet wybuduje fabrykę w Kielcach. W Opolu produkcja ruszy w 2026 r. w zakładzie firmy Betamet."
    found = _of(_events(text, "investment"), "Alfamet")
    assert found and all(date != "2026" for _, date, _ in found)


def test_talks_about_production_do_not_date_it() -> None:
    # production named after a preposition is no subject of the ending
    text = (
        "Spółka Alfamet wybuduje fabrykę w Kielcach. Rozmowy o produkcji części dla odbiorców zakończą się "
        "30 czerwca 2025 r."
    )
    found = _of(_events(text, "investment"), "Alfamet")
    assert found and all(date != "2025-06-30" for _, date, _ in found)


def test_a_step_in_a_later_paragraph_of_the_same_report_dates_it() -> None:
    text = "Spółka Alfamet wybuduje fabrykę w Kielcach.\n\nRozpoczęcie budowy zaplanowano na wrzesień 2025 r."
    assert _events(text, "investment") == [("planned", "2025-09", [("Alfamet", "investor")])]


def test_the_plants_own_steps_still_date_it() -> None:
    # the rule's own cases stay: production, and works that end
    assert _events("Spółka Alfamet wybuduje fabrykę w Kielcach. Produkcja ruszy w 2026 r.", "investment") == [
        ("planned", "2026", [("Alfamet", "investor")])
    ]
    text = (
        "Spółka Alfamet wybuduje fabrykę w Kielcach. Zakład zatrudni 300 osób. Budowa zakończy się w 2026 r."
    )
    assert _events(text, "investment") == [("planned", "2026", [("Alfamet", "investor")])]
    text = "Spółka Alfamet rozbuduje zakład w Kielcach. Prace budowlane rozpoczną się w maju 2025 r."
    assert _events(text, "investment") == [("planned", "2025-05", [("Alfamet", "investor")])]


# 2. a past plant in a relative clause does not make the main plant done; no done plant keeps a later date


def test_a_plant_opened_in_a_relative_clause_leaves_the_main_plant_to_come() -> None:
    text = "Spółka Alfamet, która w 2019 r. otworzyła zakład w Opolu, wybuduje w 2027 r. drugą fabrykę w Kielcach."
    found = _of(_events(text, "investment"), "Alfamet")
    assert found
    assert all(not (status == "done" and date and date > PUBLISHED) for status, date, _ in found)
    assert ("planned", "2027") in {(status, date) for status, date, _ in found}


def test_a_done_plant_keeps_no_date_after_the_article() -> None:
    text = "Spółka Betamet otworzyła zakład w Opolu, który w 2026 r. zatrudni 200 osób."
    for status, date, _ in _events(text, "investment"):
        assert not (status == "done" and date and date > PUBLISHED)


# 3. joining a cluster is no joining of the agreement the paragraph reported


def test_joining_a_cluster_later_in_the_text_adds_no_party_to_an_agreement() -> None:
    text = (
        "Gmina Alfa i spółka Betamet podpisały umowę o współpracy. Zakład ma powstać w strefie. Od lat rozwija "
        "się tam przemysł. Spółka Gamma dołączyła w marcu do Klastra Delta dzięki współpracy z uczelnią."
    )
    found = _events(text, "agreement")
    assert found
    names = {n for _, _, parts in found for n, _ in parts}
    assert {"Gmina Alfa", "Betamet"} <= names
    assert not names & {"Gamma", "Klaster Delta"}


def test_joining_the_agreement_itself_still_makes_a_party() -> None:
    text = (
        "Gmina Alfa i spółka Betamet podpisały porozumienie o współpracy. Do porozumienia przystąpiła później "
        "spółka Gammatex."
    )
    names = {n for _, _, parts in _events(text, "agreement") for n, _ in parts}
    assert {"Gmina Alfa", "Betamet", "Gammatex"} <= names


def test_a_later_paragraph_that_joins_the_agreement_adds_a_party() -> None:
    # the complement "do porozumienia" is specific enough to look past the paragraph
    text = (
        "Gmina Alfa i spółka Betamet podpisały porozumienie o współpracy.\n\nDo porozumienia jako partner "
        "przystąpiła też spółka Gammatex."
    )
    names = {n for _, _, parts in _events(text, "agreement") for n, _ in parts}
    assert {"Gmina Alfa", "Betamet", "Gammatex"} <= names


# 4. a contest of another paragraph grants no award the award's sentence does not tie to it


def test_a_contest_of_another_paragraph_does_not_grant_an_unrelated_award() -> None:
    text = (
        "Izba Gospodarcza Alfa zorganizowała w Kielcach konkurs dla młodych projektantów.\n\nFirma Betamet "
        "otrzymała w tym roku nagrodę marszałka województwa za eksport."
    )
    grantors = {n for _, _, parts in _events(text, "award") for n, r in parts if r == "grantor"}
    assert "Izba Gospodarcza Alfa" not in grantors


def test_the_laureates_of_a_contest_of_the_lead_get_its_organiser_as_grantor() -> None:
    text = (
        "Izba Gospodarcza Alfa zorganizowała w Kielcach konkurs dla eksporterów.\n\nLaureatem konkursu "
        "została firma Betamet z Opola."
    )
    grantors = {n for _, _, parts in _events(text, "award") for n, r in parts if r == "grantor"}
    assert grantors == {"Izba Gospodarcza Alfa"}


def test_winners_by_category_in_the_body_get_the_organiser_of_the_contest_of_the_lead() -> None:
    text = (
        "Izba Gospodarcza Alfa zorganizowała konkurs Eksporter Roku.\n\nW kategorii małych firm zwyciężyła "
        "spółka Betamet z Opola."
    )
    grantors = {n for _, _, parts in _events(text, "award") for n, r in parts if r == "grantor"}
    assert grantors == {"Izba Gospodarcza Alfa"}


# 5. the next edition's date is not the date of the gathering reported


def test_the_next_conference_does_not_date_this_one() -> None:
    text = (
        "Izba Gospodarcza Alfa organizuje w Kielcach konferencję o eksporcie do Czech. Następna konferencja izby "
        "odbędzie się 20 maja 2026 r. w Opolu."
    )
    found = _events(text, "conference")
    assert found and all(date != "2026-05-20" for _, date, _ in found)


def test_a_sentence_on_the_conference_itself_still_dates_it() -> None:
    text = (
        "Izba Gospodarcza Alfa organizuje w Kielcach konferencję o eksporcie do Czech. Konferencja odbędzie się "
        "20 maja 2024 r. w hotelu Beta."
    )
    assert ("planned", "2024-05-20") in {(s, d) for s, d, _ in _events(text, "conference")}


# 6. a noun's act told later only in its own relative clause, after its adjectives


def _finder_doc(text: str) -> tuple[EventFinder, Any]:
    pipe = default_pipeline("pl")
    doc = pipe.make_doc(Document(doc_id="t", text=text, lang="pl", published=PUBLISHED))
    finder = next(c for _, c in pipe.components if isinstance(c, EventFinder))
    return finder, doc


def test_a_complement_clause_after_the_nouns_verb_is_no_signing_to_come() -> None:
    finder, doc = _finder_doc("List intencyjny zakłada, że strony podpiszą umowę o współpracy.")
    s0, s1 = doc.sent_span[0]
    assert doc.tokens[s0].text == "List"
    assert not finder._signed_later(doc, s0, s1)


def test_a_relative_clause_of_the_noun_is_a_signing_to_come() -> None:
    finder, doc = _finder_doc(
        "List intencyjny, pod którym podpiszą się prezydenci miast, zakłada współpracę."
    )
    s0, s1 = doc.sent_span[0]
    assert finder._signed_later(doc, s0, s1)


def test_a_clause_of_purpose_after_the_noun_is_no_signing_to_come() -> None:
    finder, doc = _finder_doc("Porozumienie ramowe, aby strony podpisały umowę, przygotowały obie gminy.")
    s0, s1 = doc.sent_span[0]
    assert not finder._signed_later(doc, s0, s1)


# 7. one test of a past form for the date finder and the event finder


def test_the_date_finder_and_the_event_finder_read_a_past_form_alike() -> None:
    from kooperacja.extract.event_dates import told_past
    from kooperacja.text.dates import _past_form

    text = "Spółka podpisała umowę. Kapitał i udział spółki wzrósł. Mały dział otworzyli nowi właściciele."
    _finder, doc = _finder_doc(text)
    words = [i for i, t in enumerate(doc.tokens) if t.is_word and doc.readings[i]]
    assert {doc.tokens[i].lower for i in words if told_past(doc, i)} == {"podpisała", "wzrósł", "otworzyli"}
    for i in words:
        assert told_past(doc, i) == _past_form(doc.tokens[i].text), doc.tokens[i].text
