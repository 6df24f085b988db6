"""Session 9 event battery (ev6), written blind: before the event code of this session was read. Multi-sentence
passages in the manner of regional economic news, in words written for this file (companies, clusters and people
invented; towns and regions real). About half are investments (plants built, expanded, modernised, opened,
production started, permits and support decisions, investors named by a copula or a list, earlier investments as
background); the rest agreements, letters of intent, cooperation, visits and delegations, clusters founded and
joined, memberships, awards, partner towns and regions, fairs, forums and conferences. They vary aspect, gerunds
and nouns, passives and impersonals, future against done against planned (modality scoped to the trigger's
clause), headlines, datelines of several shapes, the date in a neighbouring sentence and relative dates
("wczoraj", "w ubiegły piątek", "w czerwcu przyszłego roku"), resolved from the document's date.

The cases and checks are those of `test_event_battery_s8ev` (`Case`, `ev`, `check`); the default document date
there is Friday 2024-05-10.
"""

from __future__ import annotations

import pytest
from tests.extract.battery import keyed_params, print_pass_count
from tests.extract.test_event_battery_s8ev import Case, check, ev

CASES: dict[str, Case] = {
    # --- investments --------------------------------------------------------------------------------------------
    "inv_headline_dateline_opened": Case(
        "Opole, 12 marca 2024 r.\n\nSpółka Termotech otworzyła nowy zakład w Nysie\n\nNowa fabryka firmy Termotech "
        "w Nysie rozpoczęła produkcję wymienników ciepła. Zakład kosztował 80 mln zł.",
        # no date: only a signing reported as news takes the article's date (annotation.md, Events); see
        # agr_place_dateline_headline for the dateline
        events=(ev("investment", "Termotech", status="done"),),
        published=None,
    ),
    "inv_expanded_date_next_sentence": Case(
        "Firma Polwent rozbudowała swój zakład w Kościanie. Nową halę oddano do użytku 4 kwietnia.",
        events=(ev("investment", "Polwent", status="done"),),
        dates=(("investment", "2024-04-04"),),
    ),
    "inv_will_be_opened_next_year": Case(
        "Nowe centrum logistyczne spółki Magnor w Strykowie zostanie otwarte w czerwcu przyszłego roku. Pracę "
        "znajdzie tam 250 osób.",
        events=(ev("investment", "Magnor", status="planned"),),
        dates=(("investment", "2025-06"),),
    ),
    "inv_production_started": Case(
        "Spółka Biopak uruchomiła w Łowiczu produkcję opakowań z papieru. Inwestycja pochłonęła 35 mln zł.",
        events=(ev("investment", "Biopak", status="done"),),
    ),
    "inv_modernisation_gerund_ended": Case(
        "Zakończyła się modernizacja walcowni spółki Stalwar w Częstochowie. Prace trwały dwa lata i kosztowały "
        "ponad 50 mln zł.",
        events=(ev("investment", "Stalwar", status="done"),),
    ),
    "inv_builds_imperfective": Case(
        "Firma Kartex buduje w Ostrowie Wielkopolskim fabrykę tektury falistej. Zakład ma zatrudnić 120 osób.",
        events=(ev("investment", "Kartex", status="done"),),
    ),
    "inv_permit_received_subject_last": Case(
        "Zezwolenie na prowadzenie działalności w Legnickiej Specjalnej Strefie Ekonomicznej otrzymała spółka "
        "Autorex. Firma zbuduje w Polkowicach zakład części samochodowych.",
        events=(ev("investment", "Autorex"),),
        count=1,
    ),
    "inv_support_decision_issued_for": Case(
        "Łódzka Specjalna Strefa Ekonomiczna wydała decyzję o wsparciu dla firmy Chemplast. Spółka zainwestuje w "
        "Kutnie 45 mln zł w nową linię do produkcji folii.",
        events=(ev("investment", "Chemplast"),),
        count=1,
    ),
    "inv_list_after_colon": Case(
        "W tym roku w podstrefie w Ełku zainwestowały trzy firmy: Formet, Drewpal i Optikon. Razem dadzą pracę "
        "200 osobom.",
        events=(ev("investment", "Formet"), ev("investment", "Drewpal"), ev("investment", "Optikon")),
        count=3,
    ),
    "inv_investor_by_copula": Case(
        "Inwestorem w nowej podstrefie w Goleniowie jest duńska firma Nordpak. Spółka postawi tam magazyn "
        "chłodniczy.",
        events=(ev("investment", "Nordpak"),),
    ),
    "inv_background_in_relative_clause": Case(
        "Spółka Elkabel, która w 2019 roku wybudowała zakład w Ełku, podpisała w środę umowę o współpracy z "
        "Politechniką Białostocką.",
        events=(ev("agreement", "Elkabel", "Politechnika Białostocka"), ev("investment", "Elkabel")),
        dates=(("agreement", "2024-05-08"), ("investment", "2019")),
    ),
    "inv_handing_over_planned_month": Case(
        "Oddanie do użytku nowej hali firmy Metalbud w Mielcu zaplanowano na wrzesień. Hala będzie miała 8 tys. "
        "metrów kwadratowych.",
        events=(ev("investment", "Metalbud", status="planned"),),
        dates=(("investment", "2024-09"),),
    ),
    "inv_considered_is_no_event": Case(
        "Spółka Agrovit rozważa budowę zakładu w Polsce. Decyzja w tej sprawie jeszcze nie zapadła.",
        none=("investment",),
    ),
    "inv_future_in_relative_clause_done_main": Case(
        "Firma Welmet, która w przyszłym roku zamierza wejść na rynek niemiecki, otworzyła w poniedziałek nową "
        "halę w Świebodzinie.",
        events=(ev("investment", "Welmet", status="done"),),
        dates=(("investment", "2024-05-06"),),
    ),
    "inv_opened_yesterday_impersonal": Case(
        "Wczoraj w Stalowej Woli otwarto nowy zakład firmy Hydromet. Przy produkcji siłowników pracę znajdzie 200 "
        "osób.",
        events=(ev("investment", "Hydromet", status="done"),),
        dates=(("investment", "2024-05-09"),),
    ),
    "inv_participle_line_started": Case(
        "Uruchomiona w kwietniu linia lakiernicza spółki Lakmet w Krośnie kosztowała 12 mln zł. Obsługuje ją 30 "
        "pracowników.",
        events=(ev("investment", "Lakmet", status="done"),),
    ),
    "inv_centre_will_arise_opening_date": Case(
        "W Rzeszowie powstanie centrum badawczo-rozwojowe firmy Avitech. Otwarcie zaplanowano na marzec 2025 roku.",
        events=(ev("investment", "Avitech", status="planned"),),
        dates=(("investment", "2025-03"),),
    ),
    "inv_invests_for_years_will_expand": Case(
        "Koncern Motorama od lat inwestuje w Tychach. W tym roku firma rozbuduje tamtejszą lakiernię za 70 mln zł.",
        events=(ev("investment", "Motorama"),),
    ),
    "inv_office_opened": Case(
        "Firma informatyczna Codexa otworzyła biuro w Lublinie. Pracuje w nim 40 programistów.",
        events=(ev("investment", "Codexa", status="done"),),
    ),
    "inv_dateline_author_iso": Case(
        "Anna Kowalska / 2023-11-15 08:20\n\nSpółka Drukpol zakończyła rozbudowę drukarni w Bydgoszczy. Maszyny "
        "kupiono w Niemczech.",
        # no date expected (as above); see agr_byline_iso_dateline
        events=(ev("investment", "Drukpol", status="done"),),
        published=None,
    ),
    "inv_start_of_building_planned_day": Case(
        "Rozpoczęcie budowy zakładu firmy Glassen w Pile zaplanowano na 15 czerwca. Fabryka będzie wytwarzać szyby "
        "samochodowe.",
        events=(ev("investment", "Glassen", status="planned"),),
        dates=(("investment", "2024-06-15"),),
    ),
    "inv_land_bought_for_plant": Case(
        "Spółka Pakmar kupiła w strefie 6 ha gruntu, na którym stanie jej nowa fabryka palet.",
        events=(ev("investment", "Pakmar"),),
    ),
    "inv_last_friday": Case(
        "W ubiegły piątek firma Bruktech oficjalnie otworzyła w Kielcach zakład produkcji kostki brukowej.",
        events=(ev("investment", "Bruktech", status="done"),),
        dates=(("investment", "2024-05-03"),),
    ),
    "inv_negated_is_no_event": Case(
        "Spółka Rolmax nie otworzy jednak zakładu w Sieradzu. Zarząd wycofał się z inwestycji z powodu cen energii.",
        none=("investment",),
    ),
    "inv_modernised_perfective_passive": Case(
        "Oczyszczalnia ścieków należąca do firmy Akwadom w Turku została zmodernizowana. Koszt prac wyniósł 9 mln zł.",
        events=(ev("investment", "Akwadom", status="done"),),
    ),
    # --- agreements, letters of intent, cooperation -------------------------------------------------------------
    "agr_headline_gerund_then_impersonal": Case(
        "Podpisanie umowy o współpracy między Gminą Bełchatów a Uniwersytetem Łódzkim\n\nW piątek w urzędzie gminy "
        "podpisano porozumienie dotyczące praktyk dla studentów.",
        events=(ev("agreement", "Gmina Bełchatów", "Uniwersytet Łódzki", status="done"),),
        dates=(("agreement", "2024-05-10"),),
        count=1,
    ),
    "agr_passive_by_two_date_after": Case(
        "Porozumienie o współpracy zostało podpisane przez Politechnikę Opolską i spółkę Elmech 3 kwietnia. Dotyczy "
        "ono staży dla studentów.",
        events=(ev("agreement", "Politechnika Opolska", "Elmech", status="done"),),
        dates=(("agreement", "2024-04-03"),),
    ),
    "agr_first_person_quote": Case(
        "– Podpisaliśmy umowę z firmą Kombud na dostawy konstrukcji stalowych – powiedział prezes spółki Stalmost "
        "Piotr Wrona.",
        events=(ev("agreement", "Kombud"),),
    ),
    "agr_planned_signing_no_time": Case(
        "Spółka Teleplan planuje podpisanie umowy z Gminą Jasło. Rozmowy trwają od kilku miesięcy.",
        none=("agreement",),
    ),
    "agr_tomorrow_planned": Case(
        "Jutro w Koszalinie Politechnika Koszalińska i firma Baltwind podpiszą umowę o współpracy.",
        events=(ev("agreement", "Politechnika Koszalińska", "Baltwind", status="planned"),),
        dates=(("agreement", "2024-05-11"),),
    ),
    "loi_on_setting_up_cluster_no_founding": Case(
        "List intencyjny w sprawie utworzenia klastra energii podpisały w czwartek Gmina Ostrołęka i firma Ekowat. "
        "Klaster ma powstać do końca roku.",
        events=(ev("letter_of_intent", "Gmina Ostrołęka", "Ekowat", status="done"),),
        dates=(("letter_of_intent", "2024-05-09"),),
        none=("founding",),
    ),
    "loi_wish_is_no_event": Case(
        "Gminy Żary i Żagań chcą w przyszłości podpisać list intencyjny w sprawie wspólnej promocji.",
        none=("letter_of_intent",),
    ),
    "coop_ongoing_imperfective": Case(
        "Firma Agrosad od trzech lat współpracuje z Uniwersytetem Przyrodniczym w Lublinie. Razem hodują nowe "
        "odmiany jabłoni.",
        events=(ev("cooperation", "Agrosad", "Uniwersytet Przyrodniczy w Lublinie"),),
    ),
    "coop_established": Case(
        "Spółka Ledtronik nawiązała współpracę z czeską firmą Svetlomat. Pierwsze dostawy opraw ruszą w lipcu.",
        events=(ev("cooperation", "Ledtronik", "Svetlomat", status="done"),),
    ),
    "agr_place_dateline_headline": Case(
        "Opole, 12 marca 2024 r.\n\nUczelnia i firma Termotech razem\n\nPolitechnika Opolska i spółka Termotech "
        "podpisały umowę o współpracy. Studenci odbędą staże w zakładzie w Nysie.",
        events=(ev("agreement", "Politechnika Opolska", "Termotech", status="done"),),
        dates=(("agreement", "2024-03-12"),),
        published=None,
    ),
    "agr_byline_iso_dateline": Case(
        "Anna Kowalska / 2023-11-15 08:20\n\nSpółka Drukpol i Uniwersytet Kazimierza Wielkiego zawarły "
        "porozumienie o praktykach dla studentów.",
        events=(ev("agreement", "Drukpol", "Uniwersytet Kazimierza Wielkiego", status="done"),),
        dates=(("agreement", "2023-11-15"),),
        published=None,
    ),
    "agr_dateline_dotted_date": Case(
        "Rzeszów, 05.02.2024\n\nPolitechnika Rzeszowska i firma Avioparts zawarły umowę o wspólnym projekcie "
        "badawczym. Projekt potrwa trzy lata.",
        events=(ev("agreement", "Politechnika Rzeszowska", "Avioparts", status="done"),),
        dates=(("agreement", "2024-02-05"),),
        published=None,
    ),
    "loi_at_conference": Case(
        "Podczas konferencji Nowa Energia w Opolu spółka Wiatrex i Gmina Dobrzeń Wielki podpisały list intencyjny "
        "w sprawie farmy wiatrowej.",
        events=(ev("letter_of_intent", "Wiatrex", "Gmina Dobrzeń Wielki", status="done"),),
    ),
    # --- partner towns and regions ------------------------------------------------------------------------------
    "partner_towns_copula": Case(
        "Kutno i niemieckie miasto Eschwege są miastami partnerskimi od 1995 roku. Co roku wymieniają się "
        "delegacjami.",
        events=(ev("agreement", "Kutno", "Eschwege"),),
    ),
    "partner_regions_signed": Case(
        "Województwo Podlaskie podpisało umowę o partnerstwie z litewskim Okręgiem Olickim. Regiony będą wspierać "
        "turystykę.",
        events=(ev("agreement", "Województwo Podlaskie", status="done"),),
    ),
    # --- visits ---------------------------------------------------------------------------------------------------
    "visit_delegation_tuesday": Case(
        "Delegacja z chińskiej prowincji Syczuan odwiedziła we wtorek Urząd Marszałkowski Województwa Łódzkiego. "
        "Goście rozmawiali o połączeniach kolejowych.",
        events=(ev("visit", "Urząd Marszałkowski Województwa Łódzkiego", status="done"),),
        dates=(("visit", "2024-05-07"),),
    ),
    "visit_hotel_hosts_is_no_visit": Case(
        "Hotel Pod Lipami gości w tym tygodniu uczestników turnieju szachowego z całego kraju.",
        none=("visit",),
    ),
    "visit_mission_planned_range": Case(
        "W dniach 10-12 czerwca przedsiębiorcy z Podkarpacia wezmą udział w misji gospodarczej do Wietnamu. Misję "
        "organizuje Podkarpacka Izba Gospodarcza.",
        events=(ev("visit", "Podkarpacka Izba Gospodarcza", status="planned"),),
        dates=(("visit", "2024-06-10/2024-06-12"),),
    ),
    "visit_noun_guests_from_company": Case(
        "Wizyta przedstawicieli koreańskiej firmy Hanwell w Kielcach trwała dwa dni. Goście obejrzeli tereny "
        "inwestycyjne przy obwodnicy.",
        events=(ev("visit", "Hanwell", status="done"),),
    ),
    "visit_next_week_planned": Case(
        "W przyszłym tygodniu Gdańsk odwiedzi delegacja z fińskiego miasta Turku. Goście spotkają się z "
        "prezydentem miasta.",
        events=(ev("visit", "Gdańsk", status="planned"),),
    ),
    # --- conferences, fairs, forums -----------------------------------------------------------------------------
    "conf_forum_took_place_organiser_next": Case(
        "Forum Gospodarcze Polska–Litwa odbyło się w środę w Suwałkach. Organizatorem była Suwalska Izba "
        "Rolniczo-Przemysłowa.",
        events=(ev("conference", "Suwalska Izba Rolniczo-Przemysłowa", status="done"),),
        dates=(("conference", "2024-05-08"),),
    ),
    "conf_fair_planned_two_days": Case(
        "Targi Maszyn Rolniczych Agrotech odbędą się w Kielcach 14 i 15 marca 2025 r. Organizuje je spółka Targi "
        "Kielce.",
        events=(ev("conference", "Targi Kielce", status="planned"),),
        dates=(("conference", "2025-03-14/2025-03-15"),),
    ),
    "conf_invitation_next_thursday": Case(
        "Na konferencję Przemysł Przyszłości zaprasza Śląski Park Technologiczny. Spotkanie rozpocznie się w "
        "najbliższy czwartek o godz. 10.",
        events=(ev("conference", "Śląski Park Technologiczny", status="planned"),),
        dates=(("conference", "2024-05-16"),),
    ),
    "conf_year_in_name": Case(
        "Forum Inwestycyjne Mazowsze 2023 zorganizowała Mazowiecka Agencja Rozwoju. Przedsiębiorcy rozmawiali na "
        "nim o cenach energii.",
        events=(ev("conference", "Mazowiecka Agencja Rozwoju"),),
        dates=(("conference", "2023"),),
    ),
    # --- memberships, foundings, awards -------------------------------------------------------------------------
    "member_joined_cluster": Case(
        "Firma Termowent przystąpiła do Klastra Efektywności Energetycznej. Klaster zrzesza już 40 podmiotów.",
        events=(ev("membership", "Termowent", status="done"),),
    ),
    "member_joined_subject_last_month": Case(
        "Do Pomorskiego Klastra Morskiego dołączyła w kwietniu gdyńska stocznia Navalia.",
        events=(ev("membership", "Navalia", status="done"),),
        dates=(("membership", "2024-04"),),
    ),
    "member_accession_gerund": Case(
        "Przystąpienie spółki Geoplan do Śląskiego Klastra Geotermalnego zatwierdził w marcu zarząd klastra.",
        events=(ev("membership", "Geoplan"),),
        dates=(("membership", "2024-03"),),
    ),
    "found_cluster_founded": Case(
        "Pięć firm z Kalisza założyło Kaliski Klaster Lotniczy. Koordynatorem klastra została spółka Aerokal.",
        events=(ev("founding", "Kaliski Klaster Lotniczy", status="done"),),
    ),
    "found_report_arose_is_no_founding": Case(
        "Raport o stanie gospodarki regionu powstał w Urzędzie Marszałkowskim Województwa Lubuskiego.",
        none=("founding",),
    ),
    "award_title_received": Case(
        "Firma Bioplast z Kutna otrzymała tytuł Eksportera Roku w plebiscycie Izby Gospodarczej w Łodzi.",
        events=(ev("award", "Bioplast", status="done"),),
    ),
    "award_became_key_cluster_monday": Case(
        "Klaster Spożywczy Polska Wschodnia został w poniedziałek Krajowym Klastrem Kluczowym.",
        events=(ev("award", "Klaster Spożywczy Polska Wschodnia", status="done"),),
        dates=(("award", "2024-05-06"),),
    ),
    "award_prize_handed_impersonal_date_before": Case(
        "Gala konkursu Lider Biznesu odbyła się 20 kwietnia w Toruniu. Nagrodę główną wręczono spółce Torlen.",
        events=(ev("award", "Torlen", status="done"),),
        dates=(("award", "2024-04-20"),),
    ),
}

# main 2bed4c3 (before this session's changes) fails these
FAILING: dict[str, str] = {
    "partner_regions_signed": "'z litewskim Okręgiem Olickim' is no place (places): one party only",
    "member_joined_subject_last_month": "'stocznia Navalia' (a lower-case kind noun before a bare name) is no organisation (names)",
    "award_became_key_cluster_monday": "a date between 'został' and the title: the title is then read as an organisation (names)",
}


def test_the_battery_is_large_and_varied() -> None:
    assert len(CASES) >= 40
    assert len({c.text for c in CASES.values()}) == len(CASES)
    assert sum(1 for k in CASES if k.startswith("inv_")) >= 20


@pytest.mark.parametrize("key", keyed_params(CASES, FAILING))
def test_battery_case(key: str) -> None:
    problems = check(CASES[key])
    assert not problems, f"{CASES[key].text}\n" + "\n".join(problems)


if __name__ == "__main__":  # pass count: PYTHONPATH=src:. python tests/extract/test_events_s9ev.py
    print_pass_count(CASES, lambda k: check(CASES[k]), lambda k: CASES[k].text, show_failing=True)
