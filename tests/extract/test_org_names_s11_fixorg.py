"""Misfires of the organisation rules of session 11 (org11) that a review verified, each as a sentence of its own
(the counter-example, with the answer annotation.md asks for) beside a guard that the rule's intended case still
works. Every firm, person, place and sentence is invented."""

from __future__ import annotations

from typing import Any

import pytest

from kooperacja import extract


def _misfire(reason: str) -> pytest.MarkDecorator:
    """A verified misfire not fixed yet: a strict xfail, flipped by the commit that fixes it."""
    return pytest.mark.xfail(strict=True, reason=reason)


def _record(text: str) -> dict[str, Any]:
    return extract(text, doc_id="fix-s11org", published="2026-05-04")


def _orgs(text: str) -> dict[str, str | None]:
    return {e["name"]: e.get("subtype") for e in _record(text)["entities"] if e["type"] == "organization"}


def _persons(text: str) -> set[str]:
    return {e["name"] for e in _record(text)["entities"] if e["type"] == "person"}


# ---- rule 1, a dateline's credit: only on a dateline among the first or last lines, and only a credit's shape
def test_a_venue_after_a_date_and_a_bar_in_a_calendar_stays() -> None:
    text = (
        "Nadchodzące spotkania\n"
        "Dzień Eksportera, 9.06.2026 | Targi Nadodrze\n"
        "Na spotkanie zapraszają Opolska Izba Gospodarcza i spółka Delta."
    )
    assert "Targi Nadodrze" in _orgs(text), _orgs(text)


def test_a_venue_in_a_calendar_in_the_middle_of_the_text_stays() -> None:
    text = (
        "Spółka Delta zaprasza firmy z regionu na spotkania.\n\nPierwsze odbędzie się w czerwcu.\n\n"
        "Harmonogram:\nDzień Eksportera, 9.06.2026 | Targi Nadodrze\nForum Logistyki, 14.09.2026 | Hala Borowo\n\n"
        "Zgłoszenia przyjmuje biuro spółki.\n\nUdział jest bezpłatny.\n\nLiczba miejsc jest ograniczona."
    )
    assert "Targi Nadodrze" in _orgs(text), _orgs(text)


def test_initials_after_a_datelines_date_are_still_a_credit() -> None:
    text = (
        "Nowa linia w Kępnie\n\nKępno, 3.02.2026 r. / JK\n\nSpółka Termex uruchomiła nową linię produkcyjną."
    )
    orgs = _orgs(text)
    assert "JK" not in orgs and "Termex" in orgs, orgs


# ---- rule 2, a fair's name: a firm named after "na targach" with an apposition is the clause's subject
def test_a_firm_after_at_the_fair_with_an_apposition_stays() -> None:
    text = "Na targach Termex, dostawca okien z Kalisza, pokazał nową serię drzwi."
    assert _orgs(text).get("Termex") == "company", _orgs(text)


def test_a_fairs_name_before_a_firm_is_still_no_organisation() -> None:
    orgs = _orgs("Na targach Agrotech Expo spółka Rolmex pokazała nowy kombajn.")
    assert not any("Agrotech" in n for n in orgs) and "Rolmex" in orgs, orgs


# ---- rule 3, a medium as a source: an agency that acts is an organisation; "za" at a clause's start is "behind"
def test_an_investor_service_agency_after_wedlug_is_an_organisation() -> None:
    text = "Według agencji Lubuskie Inwestycje w regionie powstaną dwa zakłady firmy Delta."
    assert "Lubuskie Inwestycje" in _orgs(text), _orgs(text)


def test_a_news_agency_named_as_the_source_is_still_a_credit() -> None:
    text = "Jak podała agencja prasowa Nadodrze Info, spółka Delta zbuduje halę w Opolu."
    names = {e["name"] for e in _record(text)["entities"]}
    assert not any("Nadodrze Info" in n for n in names) and "Delta" in names, names


def test_a_portal_that_a_firm_stands_behind_is_no_credit() -> None:
    text = "Za portalem Rynek Opolski stoi spółka Delta Media z Opola."
    assert "Rynek Opolski" in _orgs(text), _orgs(text)


def test_a_portal_after_a_comma_and_za_is_still_a_credit() -> None:
    text = "Spółka Delta zbuduje w Opolu halę magazynową, podaje za portalem Rynek Opolski dziennik Echo Regionu."
    orgs = _orgs(text)
    assert not any("Rynek Opolski" in n for n in orgs) and "Delta" in orgs, orgs


# ---- rule 4, a founder's initial: a title and "spółki"/"firmy" before an initial name a person with a role
def test_a_manager_of_the_firm_with_an_initial_is_a_person() -> None:
    text = "Kierownik firmy M. Zając przekazał dokumenty do Urzędu Gminy Lipno."
    orgs = _orgs(text)
    assert not any("Zając" in n or n == "M" for n in orgs), orgs


def test_on_behalf_of_the_company_an_initial_is_a_person() -> None:
    text = "W imieniu spółki K. Wrona podpisała porozumienie z Politechniką Opolską."
    orgs = _orgs(text)
    assert not any("Wrona" in n or n == "K" for n in orgs), orgs
    assert "Politechnika Opolska" in orgs, orgs


def test_a_firm_named_after_its_founder_with_its_legal_form_stays() -> None:
    orgs = _orgs("Prezes spółki R. Wiśniak – Zakłady Mechaniczne sp. z o.o. odebrał nagrodę w Lesznie.")
    assert any(n.startswith("R. Wiśniak") for n in orgs), orgs


def test_a_firm_named_after_its_founder_after_firma_stays() -> None:
    orgs = _orgs("Gmina Lipno podpisała umowę z firmą T. Borowiec na dostawę kostki brukowej.")
    assert any(n.startswith("T. Borowiec") for n in orgs), orgs


# ---- rule 6, a name defined as a thing: "to" is also "this is"
def test_for_a_university_this_is_a_project() -> None:
    text = "Dla Akademii Nauk Stosowanych w Koninie to ważny projekt, dlatego uczelnia szuka partnerów."
    assert any(n.startswith("Akademia Nauk Stosowanych") for n in _orgs(text)), _orgs(text)


def test_in_the_presidents_view_this_is_an_event() -> None:
    text = "Zdaniem prezesa Termeksu to wydarzenie bez precedensu dla całej branży."
    assert "Termex" in _orgs(text) or "Termeks" in _orgs(text), _orgs(text)


def test_a_name_opening_a_sentence_defined_as_a_programme_is_still_no_organisation() -> None:
    orgs = _orgs("Zielony Powiat to program, z którego skorzysta firma Delta.")
    assert not any("Zielony Powiat" in n for n in orgs) and "Delta" in orgs, orgs


# ---- rule 7, a foreign person: only with a verb that no firm takes
def test_a_firm_that_provided_jobs_stays_a_company() -> None:
    text = "Nowe miejsca pracy w Koszalinie zapewnił Sanvoro Ketrix."
    assert _orgs(text).get("Sanvoro Ketrix") == "company", _orgs(text)


def test_a_firm_that_reminded_stays_a_company() -> None:
    text = "Sanvoro Ketrix przypomniał, że w Koszalinie zatrudnia już 800 osób."
    assert _orgs(text).get("Sanvoro Ketrix") == "company", _orgs(text)


def test_a_foreign_guest_who_arrived_is_still_a_person() -> None:
    text = "Do Koszalina przyjechał Ravi Tandukar, który spotkał się z zarządem spółki Delta."
    assert "Ravi Tandukar" in _persons(text), _record(text)["entities"]


def test_a_foreign_speaker_after_a_quote_is_still_a_person() -> None:
    text = "– Ten rynek rośnie najszybciej w regionie – podkreślił Ravi Tandukar."
    assert "Ravi Tandukar" in _persons(text), _record(text)["entities"]


# ---- rule 8, a name inside a quoted title: a quote that opens the next sentence is speech, no title
def test_a_quote_opening_the_next_sentence_is_no_title() -> None:
    text = (
        "Zarząd przedstawił plan. „Razem z Gminą Lipno otworzymy nowy zakład” – zapowiedział prezes Termeksu."
    )
    assert _orgs(text).get("Gmina Lipno") == "municipality", _orgs(text)


def test_a_name_in_a_project_title_after_pn_is_still_no_entity() -> None:
    text = "Spółka Delta przystąpiła do projektu pn. „Nowe Tereny Inwestycyjne w Gminie Lipno”."
    assert not any("Lipno" in n for n in _orgs(text)), _orgs(text)


# ---- rule 14, a cut legal form: only "Sp"; "& Co" is the firm's own
def test_and_co_stays_in_the_name() -> None:
    orgs = _orgs("Umowę na dostawy podpisała firma Termex & Co z Kalisza.")
    assert "Termex & Co" in orgs, orgs


def test_a_cut_sp_at_a_lines_end_is_still_dropped() -> None:
    orgs = _orgs("Wykonawcy robót:\nBetonex Opole S.A.\nZakłady Drzewne Borowo Sp")
    assert "Zakłady Drzewne Borowo" in orgs, orgs


# ---- rule 15, an app line: the line above is the app's name only where it names no organisation with a head
def test_a_universitys_heading_above_an_app_line_stays() -> None:
    text = (
        "Politechnika Opolska\nAplikacja dla urządzeń mobilnych\n"
        "Uczelnia podpisała umowę z firmą Delta na przygotowanie aplikacji dla studentów."
    )
    assert "Politechnika Opolska" in _orgs(text), _orgs(text)


def test_an_apps_own_name_above_an_app_line_is_still_boilerplate() -> None:
    text = "Spółka Delta zbuduje halę w Opolu.\n\nNadodrze24\nPobierz aplikację Radia Nadodrze na smartfony\n"
    names = {e["name"] for e in _record(text)["entities"]}
    assert "Nadodrze24" not in names and "Delta" in names, names


# ---- the nouns of a fair are the nouns of events held in editions (one list, edition_nouns.tsv)
def test_a_forums_name_after_its_noun_is_no_organisation() -> None:
    orgs = _orgs("Na forum Bliskie Granice spółka Delta podpisała umowę z Gminą Lipno.")
    assert not any("Granic" in n for n in orgs) and {"Delta", "Gmina Lipno"} <= set(orgs), orgs


def test_a_firm_after_at_the_forum_with_a_verb_stays() -> None:
    assert "Kormex" in _orgs("Na forum Kormex podpisał umowę z Gminą Lipno.")


def test_a_firm_and_a_partner_after_at_the_fair_stay() -> None:
    """ "Na targach X oraz Y podpisały …": the verb follows the second name; both are the subject."""
    orgs = _orgs("Na targach Termex oraz Gmina Lipno podpisały umowę o współpracy.")
    assert {"Termex", "Gmina Lipno"} <= set(orgs), orgs


def test_two_unknown_firms_after_at_the_fair_joined_by_i_stay() -> None:
    orgs = _orgs("Podczas targów Termex i Borvik podpisały list intencyjny o współpracy.")
    assert {"Termex", "Borvik"} <= set(orgs), orgs


# ---- rule 12 (a gap the review found): an acronym, its town and a legal form are one firm
def test_an_acronym_its_town_and_a_legal_form_are_one_firm() -> None:
    orgs = _orgs("Porozumienie podpisały PTK Kraków Sp. z o.o. oraz Gmina Lipno.")
    assert "PTK Kraków Sp. z o.o." in orgs or "PTK Kraków" in orgs, orgs
    assert not any(n.startswith("Kraków") for n in orgs), orgs


def test_an_acronym_before_a_persons_full_name_still_ends_there() -> None:
    text = "W spotkaniu udział wziął dyrektor PAIH Jan Nowak."
    assert "Jan Nowak" in _persons(text), _record(text)["entities"]
