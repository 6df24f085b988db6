"""Events, session 3 (round 2): who takes part in an award (sentences written for the tests)."""

from __future__ import annotations

from tests.extract.test_events_figures import events_of


def awards(text: str) -> list[dict]:
    return [e for e in events_of(text) if e["type"] == "award"]


def test_a_region_in_parentheses_after_an_abbreviation_receives_no_award() -> None:
    evs = awards("W rankingu najlepiej ocenione zostały firmy z powiatu kieleckiego (woj. świętokrzyskie).")
    assert not any(name == "województwo świętokrzyskie" for e in evs for name, _ in e["roles"]), evs


def test_the_subject_before_an_apposition_grants_the_award() -> None:
    evs = awards(
        "Izba Gospodarcza Alfa, działająca od lat w powiecie kieleckim, przyznała nagrodę "
        "spółce Betamet z Kielc."
    )
    roles = {r for e in evs for r in e["roles"]}
    assert ("Izba Gospodarcza Alfa", "grantor") in roles, evs
    assert ("Izba Gospodarcza Alfa", "recipient") not in roles, evs


def test_a_person_who_grants_an_award_is_no_recipient() -> None:
    evs = awards("Co roku prezydent Jan Kowalczyk przyznaje nagrodę gospodarczą najlepszym firmom.")
    assert not any(("Jan Kowalczyk", "recipient") in e["roles"] for e in evs), evs


def test_who_nominated_a_listed_recipient_is_no_grantor() -> None:
    evs = awards(
        "Nagrody zostały przyznane w dwóch kategoriach:\n"
        "Innowacja: Gammatex sp. z o.o. zgłoszona przez Urząd Miasta Kielce, Fundację Rozwoju Regionu\n"
        "Eksport: Omegaplast sp. z o.o.\n"
    )
    roles = {r for e in evs for r in e["roles"]}
    assert ("Gammatex sp. z o.o.", "recipient") in roles, evs
    assert not any(role == "grantor" for _, role in roles), evs


def test_an_agreement_between_the_company_and_the_university_named_before() -> None:
    evs = events_of(
        "Zakłady Mechaniczne Borex od lat szukają inżynierów w regionie. "
        "Z pomocą przychodzi im Politechnika Świętokrzyska. "
        "Wczoraj umowę o współpracy podpisali przedstawiciele spółki i uczelni."
    )
    agreements = [e for e in evs if e["type"] == "agreement"]
    assert agreements, evs
    assert {n for n, _ in agreements[0]["roles"]} == {
        "Zakłady Mechaniczne Borex",
        "Politechnika Świętokrzyska",
    }


def test_one_kind_noun_alone_adds_no_party() -> None:
    evs = events_of(
        "Spółka Borex zatrudnia 300 osób. Wczoraj umowę podpisali prezes Jan Kot i rektor Adam Lis z uczelni."
    )
    assert not any(("Borex", "party") in e["roles"] for e in evs if e["type"] == "agreement"), evs


def test_the_country_of_a_visiting_region_is_no_host() -> None:
    evs = events_of("W ubiegłym tygodniu w Kielcach przebywała delegacja z Obwodu Lwowskiego na Ukrainie.")
    visits = [e for e in evs if e["type"] == "visit"]
    assert visits and visits[0]["roles"] == [("Kielce", "host"), ("Obwód Lwowski", "visitor")], evs


def test_a_planned_visit_on_stated_days_of_an_undated_text_is_kept() -> None:
    evs = events_of("W dniach 14-16 października przebywać będzie w Kielcach delegacja z Obwodu Lwowskiego.")
    visits = [e for e in evs if e["type"] == "visit"]
    assert visits and visits[0]["status"] == "planned" and visits[0]["date"] is None, evs


def test_a_planned_visit_in_a_month_of_an_undated_text_is_dropped() -> None:
    evs = events_of("W marcu przebywać będzie w Kielcach delegacja z Obwodu Lwowskiego.")
    assert not [e for e in evs if e["type"] == "visit"], evs


def test_the_organiser_of_a_mission_abroad_is_a_visitor_and_its_destination_no_visitor() -> None:
    evs = events_of(
        "Misja gospodarcza do Norwegii organizowana była przez Świętokrzyską Izbę Gospodarczą "
        "we współpracy z Urzędem Miasta Kielce."
    )
    visits = [e for e in evs if e["type"] == "visit"]
    assert visits, evs
    roles = set(visits[0]["roles"])
    assert ("Świętokrzyska Izba Gospodarcza", "visitor") in roles, evs
    assert ("Norwegia", "visitor") not in roles, evs


def test_who_invites_a_delegation_hosts_it() -> None:
    evs = events_of(
        "Delegacja Izby Rzemieślniczej w Opolu przybyła do Lwowa na zaproszenie Lwowskiej Izby Handlowej."
    )
    visits = [e for e in evs if e["type"] == "visit"]
    assert visits and ("Lwowska Izba Handlowa", "host") in visits[0]["roles"], evs


def test_the_one_grantor_of_a_document_grants_its_awards() -> None:
    evs = awards(
        "Fundacja Rozwoju Regionu w marcu 2023 r. ogłosiła konkurs dla młodych firm. "
        "Pierwszą nagrodę otrzymała spółka Alfatech. Wyróżnienie trafiło do firmy Betaplast."
    )
    assert len(evs) == 2, evs
    for e in evs:
        assert ("Fundacja Rozwoju Regionu", "grantor") in e["roles"], evs


def test_two_grantors_in_a_document_are_not_lent() -> None:
    evs = awards(
        "Fundacja Rozwoju Regionu ogłosiła ranking gmin. Izba Handlowa Gamma ogłosiła ranking firm. "
        "Pierwszą nagrodę otrzymała spółka Alfatech."
    )
    assert evs and not any(r == "grantor" for e in evs for _, r in e["roles"]), evs


def test_a_grantor_alone_is_no_award() -> None:
    evs = awards(
        "Izba Handlowa Gamma w maju 2022 r. ogłosiła ranking firm. Wyniki poznamy jesienią. "
        "Pierwsze miejsce zajęła spółka Alfatech."
    )
    assert len(evs) == 1 and ("Izba Handlowa Gamma", "grantor") in evs[0]["roles"], evs
    assert ("Alfatech", "recipient") in evs[0]["roles"], evs


def test_the_one_economic_zone_of_a_document_hosts_its_investments() -> None:
    evs = events_of(
        "O ulgi podatkowe można ubiegać się w Kieleckiej Specjalnej Strefie Ekonomicznej. "
        "Spółka Oknoplast Delta zbuduje w Busku fabrykę okien."
    )
    inv = [e for e in evs if e["type"] == "investment"]
    assert inv and ("Kielecka Specjalna Strefa Ekonomiczna", "host") in inv[0]["roles"], evs


def test_two_economic_zones_host_nothing_by_default() -> None:
    evs = events_of(
        "Kielecka Specjalna Strefa Ekonomiczna i Radomska Specjalna Strefa Ekonomiczna wydały zezwolenia. "
        "W Busku powstanie fabryka okien spółki Oknoplast Delta."
    )
    inv = [e for e in evs if e["type"] == "investment"]
    assert inv and not any(r == "host" for e in inv for _, r in e["roles"]), evs
