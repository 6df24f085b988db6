"""Session 10 event battery (ev9), written blind: before the event code of this session was read, from
annotation.md and the shapes of real web news that earlier batteries did not try. Invented companies, clusters
and people; real towns and regions. Three groups:

(a) trigger words in senses that are no cooperation event: culture (an exhibition opened, a festival visited,
    a book signed), politics (an appeal signed, a coalition agreed), labour relations (a collective agreement
    with unnamed unions), crime, weather and sport, and a mixed-topic round-up where one item is an investment;
(b) investments in shapes earlier batteries lack: an interview in question-and-answer form, a flattened table
    of support decisions, a press-release footer ("O firmie"), a plant described before its investor ("hala
    powstanie dla firmy X"), a contract with the general contractor, expansions (area, capacity), an investor
    "z Korei" named a sentence later, investments of public bodies (a university, a commune, a zone), captions,
    photo credits, bylines and "Czytaj także" links around the story;
(c) done versus planned in long sentences of several clauses, with quotes.

Checks: `test_event_battery_s8ev.check` (wanted events with their participants and status, counts, unwanted
types, dates), participant roles (type, name, role) that must be there, and names that must be no event's
participant. The document date is Friday 2024-05-10.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from tests.extract.battery import battery_tests, loose_key, print_pass_count
from tests.extract.test_event_battery_s8ev import Case, check, ev
from tests.extract.test_events_s9ev7 import _parts

import kooperacja


@dataclass(frozen=True)
class Passage:
    case: Case
    roles: tuple[tuple[str, str, str], ...] = field(default=())
    not_participants: tuple[str, ...] = field(default=())

    @property
    def text(self) -> str:
        return self.case.text


def p(
    case: Case, roles: tuple[tuple[str, str, str], ...] = (), not_participants: tuple[str, ...] = ()
) -> Passage:
    return Passage(case, roles, not_participants)


NO_COOPERATION = (
    "agreement",
    "letter_of_intent",
    "cooperation",
    "visit",
    "conference",
    "founding",
    "membership",
)

CASES: dict[str, Passage] = {
    # --- (a) trigger words in senses that are no cooperation event ----------------------------------------------
    "museum_opened_exhibition": p(
        Case(
            "Muzeum Regionalne w Stalowej Woli otworzyło w sobotę wystawę fotografii z lat 70. Ekspozycję można "
            "oglądać do końca czerwca.",
            none=("investment", "conference"),
        )
    ),
    "councillors_signed_appeal": p(
        Case(
            "Burmistrz Sanoka i radni podpisali się pod apelem do ministra infrastruktury o remont drogi krajowej "
            "nr 28. Pismo trafiło do Warszawy w piątek.",
            none=("agreement", "letter_of_intent"),
        )
    ),
    "festival_visited_by_spectators": p(
        Case(
            "Tegoroczny Festiwal Smaków w Kazimierzu Dolnym odwiedziło 3 tys. widzów. Organizatorzy już "
            "zapowiadają kolejną edycję.",
            none=("visit", "conference"),
        )
    ),
    "collective_agreement_with_unions": p(
        Case(
            "Zarząd spółki Hutmen-Wir podpisał porozumienie zbiorowe ze związkami zawodowymi. Pracownicy dostaną "
            "od lipca podwyżki o 8 proc.",
            none=("agreement",),
        )
    ),
    "coalition_agreement_councillors": p(
        Case(
            "Po wyborach samorządowych radni dwóch klubów zawarli w Tarnowie umowę koalicyjną. Nowym "
            "przewodniczącym rady został Piotr Mazur.",
            none=("agreement", "award"),
        )
    ),
    "storm_tore_roof_of_hall": p(
        Case(
            "Nawałnica, która w nocy przeszła nad Kaliszem, zerwała dach hali produkcyjnej spółki Termolit. Firma "
            "na dwa dni wstrzymała produkcję, a straty oszacowała na 3 mln zł.",
            none=("investment",),
        )
    ),
    "burglary_in_warehouse": p(
        Case(
            "Policjanci z Radomia zatrzymali dwóch mężczyzn, którzy włamali się do magazynu firmy Kabelplast i "
            "wynieśli z niego przewody warte 400 tys. zł. Grozi im do 10 lat więzienia.",
            none=("investment",),
        )
    ),
    "football_team_hosted": p(
        Case(
            "Piłkarze Odry Opole gościli w sobotę drużynę Banika Ostrawa. Mecz zakończył się remisem 1:1, a "
            "trener gości pochwalił kibiców.",
            none=("visit",),
        )
    ),
    "orchestra_came_for_concert": p(
        Case(
            "Orkiestra Filharmonii Lwowskiej przyjechała w niedzielę do Przemyśla na koncert z okazji Dni Miasta. "
            "Muzyków przyjął w ratuszu prezydent miasta.",
            none=("visit",),
        )
    ),
    "writer_signed_books": p(
        Case(
            "W księgarni w Olsztynie pisarz Jan Wolny podpisywał w sobotę swoją nową powieść. Po autograf "
            "ustawiła się długa kolejka czytelników.",
            none=NO_COOPERATION,
        )
    ),
    "talks_ended_without_agreement": p(
        Case(
            "Rozmowy zarządu spółki Koksownia Wiktoria ze związkowcami zakończyły się w czwartek bez porozumienia. "
            "Załoga zapowiada protest.",
            none=("agreement",),
        )
    ),
    "campaign_launched_by_office": p(
        Case(
            "Urząd Marszałkowski Województwa Lubuskiego uruchomił kampanię zachęcającą mieszkańców do segregacji "
            "odpadów. Spoty można zobaczyć w telewizji regionalnej.",
            none=("investment",),
        )
    ),
    "heat_stopped_production": p(
        Case(
            "Z powodu upałów spółka Mleczpol wstrzymała na dwa dni produkcję w zakładzie w Łowiczu. Linie "
            "ruszyły ponownie w poniedziałek.",
            none=("investment",),
        )
    ),
    "round_up_one_item_investment": p(
        Case(
            "Wiadomości z regionu\n\n"
            "• W Łańcucie zakończył się remont zabytkowej synagogi.\n"
            "• Spółka Plastivo rozpoczęła budowę zakładu w Leżajsku. Inwestycja pochłonie 50 mln zł.\n"
            "• Policja szuka świadków wypadku na drodze do Rzeszowa.\n"
            "• Piłkarze Stali Rzeszów wygrali z Resovią 2:0.",
            events=(ev("investment", "Plastivo"),),
            count=1,
            none=("award", "visit", "conference"),
        )
    ),
    # --- (b) investments in shapes earlier batteries lack -------------------------------------------------------
    "interview_qa_will_build": p(
        Case(
            "Rozmowa z Markiem Lisem, prezesem spółki Welmar\n\n"
            "– Dlaczego wybraliście Kutno?\n"
            "– Szukaliśmy terenu blisko autostrady. W Kutnie zbudujemy zakład produkcji opakowań, w którym pracę "
            "znajdzie 200 osób.\n"
            "– Kiedy ruszy produkcja?\n"
            "– W pierwszym kwartale przyszłego roku.",
            events=(ev("investment", "Welmar"),),
        ),
        roles=(("investment", "Welmar", "investor"),),
    ),
    "interview_qa_put_hall_into_use": p(
        Case(
            "Wywiad z Ewą Sową, dyrektor zakładu firmy Fermion w Mławie\n\n"
            "Pytanie: Co zmieniło się w zakładzie w ostatnim roku?\n"
            "Odpowiedź: Oddaliśmy do użytku drugą halę i kupiliśmy trzy linie lakiernicze. Zatrudniamy już 450 "
            "osób.",
            events=(ev("investment", "Fermion", status="done"),),
        )
    ),
    "table_of_support_decisions": p(
        Case(
            "Decyzje o wsparciu wydane w kwietniu (firma – gmina – nakłady):\n"
            "Baltkom – Ustka – 12 mln zł\n"
            "Heliotech – Słupsk – 40 mln zł\n"
            "Lignoplast – Lębork – 8 mln zł",
            events=(
                ev("investment", "Baltkom"),
                ev("investment", "Heliotech"),
                ev("investment", "Lignoplast"),
            ),
            count=3,
        )
    ),
    "year_summary_permits_colon": p(
        Case(
            "Podsumowanie roku w Suwalskiej Specjalnej Strefie Ekonomicznej. W tym roku decyzje o wsparciu "
            "otrzymały: spółka Mebloteka, firma Drewtor oraz Gryf Logistyka. Łącznie zainwestują 210 mln zł.",
            events=(
                ev("investment", "Mebloteka"),
                ev("investment", "Drewtor"),
                ev("investment", "Gryf Logistyka"),
            ),
            count=3,
        )
    ),
    "press_release_footer": p(
        Case(
            "Spółka Termix otworzyła w Lesznie nowe centrum dystrybucyjne o powierzchni 20 tys. m kw. Obiekt "
            "obsłuży sklepy w zachodniej Polsce.\n\n"
            "O firmie\n"
            "Termix Sp. z o.o. jest producentem systemów grzewczych. Firma powstała w 1994 roku i ma zakłady w "
            "Polsce, Czechach i na Słowacji. Współpracuje z ponad 300 hurtowniami.",
            events=(ev("investment", "Termix", status="done"),),
            count=1,
            none=("cooperation",),
        )
    ),
    "hall_will_arise_for_company": p(
        Case(
            "Hala o powierzchni 10 tys. m kw. powstanie w Strykowie dla firmy Logvis. Generalnym wykonawcą będzie "
            "spółka Budrex, a prace mają się zakończyć w grudniu.",
            events=(ev("investment", "Logvis"),),
        ),
        roles=(("investment", "Logvis", "investor"),),
        not_participants=("Budrex",),
    ),
    "contract_with_general_contractor": p(
        Case(
            "Spółka Fermex podpisała w czwartek umowę z generalnym wykonawcą nowego zakładu w Ełku, firmą Budmar. "
            "Fabryka komponentów meblowych ma kosztować 70 mln zł.",
            events=(ev("investment", "Fermex"),),
        ),
        roles=(("investment", "Fermex", "investor"),),
    ),
    "plant_grows_by_area": p(
        Case(
            "Zakład spółki Polfarb w Kaliszu powiększy się o 6 tys. m kw. Firma dobuduje halę magazynową i "
            "zwiększy moce produkcyjne o połowę.",
            events=(ev("investment", "Polfarb"),),
        )
    ),
    "third_expansion_in_five_years": p(
        Case(
            "Trzecia rozbudowa w ciągu pięciu lat: firma Dentalux zwiększa powierzchnię produkcyjną swojej fabryki "
            "w Wałbrzychu do 15 tys. m kw. Prace potrwają do jesieni.",
            events=(ev("investment", "Dentalux"),),
        )
    ),
    "investor_from_korea_named_later": p(
        Case(
            "Inwestor z Korei Południowej wybuduje w Dzierżoniowie fabrykę separatorów do baterii. Jak "
            "poinformowała w środę Wałbrzyska Specjalna Strefa Ekonomiczna, chodzi o spółkę Hanwoo Cell. Firma "
            "zainwestuje 400 mln zł.",
            events=(ev("investment", "Hanwoo Cell"),),
        ),
        roles=(("investment", "Hanwoo Cell", "investor"),),
        not_participants=("Korea Południowa",),
    ),
    "headline_foreign_concern_then_name": p(
        Case(
            "Tajwański koncern postawi fabrykę pod Toruniem\n\n"
            "Koncern Lintex z Tajpej kupił 20 ha w podstrefie Łysomice. Budowa zakładu ruszy jesienią.",
            events=(ev("investment", "Lintex"),),
            count=1,
        )
    ),
    "university_opened_laboratory_centre": p(
        Case(
            "Politechnika Świętokrzyska otworzyła w Kielcach nowe centrum laboratoryjne. Budowa i wyposażenie "
            "laboratoriów kosztowały 35 mln zł.",
            events=(ev("investment", "Politechnika Świętokrzyska", status="done"),),
        )
    ),
    "commune_built_incubator": p(
        Case(
            "Gmina Jasło wybudowała inkubator przedsiębiorczości za 18 mln zł. W budynku znajdzie miejsce 30 "
            "małych firm.",
            events=(ev("investment", "Gmina Jasło"),),
        )
    ),
    "zone_builds_hall_to_let": p(
        Case(
            "Kostrzyńsko-Słubicka Specjalna Strefa Ekonomiczna buduje w Gorzowie Wielkopolskim halę na wynajem "
            "dla małych firm. Obiekt będzie gotowy w przyszłym roku.",
            events=(ev("investment", "Kostrzyńsko-Słubicka Specjalna Strefa Ekonomiczna"),),
        )
    ),
    "caption_and_photo_credit": p(
        Case(
            "Nowa linia lakiernicza w zakładzie w Jelczu-Laskowicach. Fot. Tomasz Wrona/Gazeta Regionalna\n\n"
            "Spółka Autorex uruchomiła w Jelczu-Laskowicach linię lakierniczą za 25 mln zł. Dzięki niej zakład "
            "zatrudni 60 nowych pracowników.",
            events=(ev("investment", "Autorex"),),
            count=1,
        ),
        not_participants=("Tomasz Wrona", "Gazeta Regionalna"),
    ),
    "byline_and_source_line": p(
        Case(
            "Autor: Karolina Bąk | Źródło: Agencja Rozwoju Regionalnego Arleg\n\n"
            "Firma Sidmet otworzyła w Legnicy zakład produkcji podzespołów do pomp ciepła. Pracę znalazło w nim "
            "70 osób.",
            events=(ev("investment", "Sidmet"),),
            count=1,
        ),
        not_participants=("Karolina Bąk", "Agencja Rozwoju Regionalnego Arleg"),
    ),
    "read_also_link_inside_story": p(
        Case(
            "Spółka Polwind rozbuduje zakład w Koninie za 30 mln zł. Prace ruszą w czerwcu.\n\n"
            "Czytaj także: Firma Energon otworzyła fabrykę w Kole\n\n"
            "Nowa hala pomieści linię do produkcji łopat turbin wiatrowych.",
            events=(ev("investment", "Polwind"),),
            count=1,
        ),
        not_participants=("Energon",),
    ),
    "mayor_lists_investors_who_built": p(
        Case(
            "– W ostatnich latach przyciągnęliśmy do gminy kilku dużych inwestorów – mówi burmistrz Wrześni. "
            "Swoje fabryki zbudowały tu m.in. spółki Geberon, Astomet i Kolvex.",
            events=(ev("investment", "Geberon"), ev("investment", "Astomet"), ev("investment", "Kolvex")),
            count=3,
        )
    ),
    "rented_hall_will_start_production": p(
        Case(
            "Spółka Medivo wynajęła halę w parku logistycznym pod Wrocławiem i uruchomi w niej produkcję "
            "strzykawek. Zatrudni 120 osób.",
            events=(ev("investment", "Medivo"),),
        )
    ),
    "headline_question_talks_only": p(
        Case(
            "Czy w Mielcu powstanie fabryka dronów?\n\n"
            "Spółka Aerodyn prowadzi rozmowy z władzami strefy o działce. Decyzja ma zapaść do końca roku.",
            none=("investment",),
        )
    ),
    "numbers_first_then_investor": p(
        Case(
            "200 nowych miejsc pracy i 80 mln zł nakładów – tyle przyniesie Ostrołęce nowa inwestycja spółki "
            "Kurpmet. Firma zbuduje tam walcownię prętów.",
            events=(ev("investment", "Kurpmet"),),
            count=1,
        )
    ),
    # --- (c) done and planned in long sentences of several clauses, with quotes --------------------------------
    "quote_plant_opened_wants_to_expand": p(
        Case(
            "„Fabryka, którą otworzyliśmy w marcu, pracuje już na trzy zmiany, a w przyszłym roku chcemy ją "
            "rozbudować” – powiedział Adam Kot, prezes spółki Drewmax.",
            events=(ev("investment", "Drewmax", status="done"),),
        )
    ),
    "relative_done_main_considers": p(
        Case(
            "Spółka Novatek, która w ubiegłym roku uruchomiła fabrykę w Stalowej Woli, rozważa budowę drugiego "
            "zakładu na Podkarpaciu, choć – jak zastrzega zarząd – decyzja jeszcze nie zapadła.",
            events=(ev("investment", "Novatek", status="done"),),
        )
    ),
    "agreement_signed_obliges_future_build": p(
        Case(
            "Umowa, którą we wtorek podpisały Gmina Łowicz i spółka Agrofresh, zobowiązuje firmę do wybudowania "
            "do końca 2026 roku chłodni na 40 tys. ton owoców.",
            events=(ev("agreement", "Gmina Łowicz", "Agrofresh", status="done"),),
        )
    ),
    "quote_will_sign_next_month": p(
        Case(
            "„Porozumienie z Politechniką Lubelską podpiszemy w przyszłym miesiącu, bo rozmowy są już na "
            "finiszu” – zapowiedział prezes spółki Lubmet Jan Wrona.",
            events=(ev("agreement", "Lubmet", "Politechnika Lubelska", status="planned"),),
        )
    ),
    "quote_no_new_investments": p(
        Case(
            "– Nie planujemy na razie żadnych nowych inwestycji w Polsce, koncentrujemy się na rynku czeskim – "
            "zapewnił w rozmowie z nami prezes spółki Vitroglas Pavel Novak.",
            none=("investment",),
        )
    ),
    "thinks_about_centre_undecided": p(
        Case(
            "Zarząd spółki Optinet przyznał, że myśli o otwarciu centrum usług w Lublinie, ale – jak podkreślił "
            "rzecznik – żadne wiążące decyzje nie zostały jeszcze podjęte.",
            none=("investment",),
        )
    ),
    "chose_site_after_comparing": p(
        Case(
            "Choć firma Rotmax rozważała lokalizację w Czechach i na Węgrzech, ostatecznie zdecydowała się na "
            "budowę zakładu w Nysie, o czym poinformowała w czwartek Wałbrzyska Specjalna Strefa Ekonomiczna.",
            events=(ev("investment", "Rotmax"),),
        ),
        roles=(("investment", "Rotmax", "investor"),),
    ),
    "quote_visit_done_return_planned": p(
        Case(
            "„Wizyta delegacji z Saksonii, która w poniedziałek zwiedziła nasz park, to dopiero początek, bo już w "
            "październiku rewizytę złożą nasi przedsiębiorcy” – mówił Jerzy Czarny, prezes Parku "
            "Naukowo-Technologicznego Polanka.",
            events=(ev("visit", "Park Naukowo-Technologiczny Polanka", status="done"),),
        ),
        roles=(("visit", "Park Naukowo-Technologiczny Polanka", "host"),),
    ),
    "opening_first_planned_then_held": p(
        Case(
            "Otwarcie zakładu spółki Kamtrans w Kielcach, pierwotnie planowane na wiosnę, odbyło się ostatecznie w "
            "poniedziałek z udziałem ministra rozwoju.",
            events=(ev("investment", "Kamtrans", status="done"),),
        )
    ),
    "centre_will_be_opened_on_date": p(
        Case(
            "Centrum logistyczne firmy Frigotrans w Radomsku zostanie otwarte 3 czerwca, a pierwsze ciężarówki "
            "wyjadą z niego tydzień później – poinformował dyrektor operacyjny spółki.",
            events=(ev("investment", "Frigotrans", status="planned"),),
        )
    ),
    "denial_then_invested_this_year": p(
        Case(
            "Rzecznik koncernu Elvia zaprzeczył doniesieniom, jakoby firma miała zamknąć zakład w Tczewie, i dodał, "
            "że w tym roku spółka zainwestowała w niego 15 mln zł.",
            events=(ev("investment", "Elvia", status="done"),),
        )
    ),
    "signed_despite_earlier_doubts": p(
        Case(
            "Mimo że jeszcze w styczniu samorządowcy z Żar nie wierzyli w porozumienie, w środę Miasto Żary i "
            "saksońskie miasto Weißwasser podpisały umowę o współpracy gospodarczej.",
            events=(ev("agreement", "Miasto Żary", "Weißwasser", status="done"),),
        )
    ),
    "quote_cluster_founded_by_firms_and_commune": p(
        Case(
            "„Klaster powołaliśmy, bo pojedyncza firma nie przebije się na rynku niemieckim” – tłumaczy Anna Lis z "
            "Klastra Drzewnego Podhala, który w kwietniu założyło 12 firm i Gmina Nowy Targ.",
            events=(ev("founding", "Klaster Drzewny Podhala", "Gmina Nowy Targ"),),
        )
    ),
    "conference_organised_on_date_object_first": p(
        Case(
            "Konferencję, na którą zapisało się już 200 firm, zorganizuje 14 czerwca w Opolu Opolska Izba "
            "Gospodarcza.",
            events=(ev("conference", "Opolska Izba Gospodarcza", status="planned"),),
        ),
        roles=(("conference", "Opolska Izba Gospodarcza", "organizer"),),
    ),
}

# main 0b72752 (before this branch) passed 37 of 49 (38 with press_release_footer's expectation corrected: the gold
# records a company's founding told as background); it also failed interview_qa_will_build, third_expansion_in_five_
# years, headline_foreign_concern_then_name, thinks_about_centre_undecided, football_team_hosted,
# orchestra_came_for_concert, signed_despite_earlier_doubts, read_also_link_inside_story,
# contract_with_general_contractor, conference_organised_on_date_object_first. Still failing:
FAILING: dict[str, str] = {
    "table_of_support_decisions": "names (org9): bare company names opening the lines of a flattened table are no "
    "entities",
}


def _role_problems(rec: dict, passage: Passage) -> list[str]:
    names = {e["id"]: [e["name"], *e.get("aliases", [])] for e in rec["entities"]}
    found = {
        (e["type"], loose_key(n), q["role"])
        for e in rec["events"]
        for q in e["participants"]
        for n in names[q["entity"]]
    }
    problems = [
        f"no {typ} with {name} as {role}"
        for typ, name, role in passage.roles
        if (typ, loose_key(name), role) not in found
    ]
    parts = {n for _t, n, _r in found}
    problems += [
        f"{name} is a participant"
        for name in passage.not_participants
        if any(n == loose_key(name) or n.endswith(" " + loose_key(name)) for n in parts)
    ]
    return problems


def check_passage(passage: Passage) -> list[str]:
    """What the extractor gets wrong on one passage (empty when it is right)."""
    problems = check(passage.case)
    if passage.roles or passage.not_participants:
        rec = kooperacja.extract(passage.text, doc_id="b", published=passage.case.published)
        problems += _role_problems(rec, passage)
    return problems


test_the_battery_is_large_and_varied, test_battery_case = battery_tests(CASES, FAILING, check_passage)


if __name__ == "__main__":  # pass count: PYTHONPATH=src:. python tests/extract/test_events_s10ev.py
    print_pass_count(CASES, lambda k: check_passage(CASES[k]), lambda k: CASES[k].text, show_failing=True)


@pytest.mark.parametrize(
    ("row", "text"),
    [
        ("ha", "Spółka Korvix kupiła 12 ha w podstrefie Łysomice."),
        ("hektar", "Firma Korvix nabyła w Kutnie siedem hektarów pod nową inwestycję."),
        (
            "zwiększyć powierzchnia produkcyjny",
            "Spółka Korvix zwiększyła powierzchnię produkcyjną zakładu w Ełku.",
        ),
        (
            "zwiększać powierzchnia produkcyjny",
            "Firma Korvix zwiększa powierzchnię produkcyjną w Ełku o połowę.",
        ),
        ("zwiększyć powierzchnia magazynowy", "Spółka Korvix zwiększy powierzchnię magazynową w Strykowie."),
        (
            "zwiększać powierzchnia magazynowy",
            "Firma Korvix zwiększa powierzchnię magazynową centrum w Strykowie.",
        ),
    ],
)
def test_land_in_hectares_and_more_floor_space_are_investments(row: str, text: str) -> None:
    assert ("Korvix", "investor") in {(n, r) for n, r, _s in _parts(text, "investment")}, row


@pytest.mark.parametrize(
    "answer",
    [
        "– W Ełku zbudujemy halę magazynową.",  # fin, first person plural
        "– W zeszłym roku otworzyliśmy zakład w Ełku.",  # past with an agglutinated ending
        "– Rozbudowałem ten zakład w Ełku, zanim zostałem prezesem.",
    ],
)
def test_a_first_person_trigger_speaks_for_the_company_of_the_interviewee(answer: str) -> None:
    text = f"Rozmowa z Janem Mrozem, prezesem spółki Korvix\n\n– Co się zmieniło?\n{answer}"
    assert {n for n, _r, _s in _parts(text, "investment")} == {"Korvix"}


def test_a_first_person_trigger_of_a_mayor_gives_no_company() -> None:
    text = (
        "Rozmowa z Janem Mrozem, burmistrzem Gminy Borowo, o spółce Korvix\n\n– Co się zmieniło?\n"
        "– Zbudowaliśmy halę dla małych firm."
    )
    assert "Korvix" not in {n for n, _r, _s in _parts(text, "investment")}


@pytest.mark.parametrize(
    ("row", "text"),
    [
        ("myśleć", "Spółka Korvix myśli o otwarciu centrum usług w Ełku."),
        ("zastanawiać", "Firma Korvix zastanawia się nad budową hali w Ełku."),
    ],
)
def test_thinking_of_a_plant_is_a_wish(row: str, text: str) -> None:
    assert _parts(text, "investment") == [], row


@pytest.mark.parametrize(
    ("row", "text"),
    [
        ("drużyna", "Stal Mielec gościła w niedzielę drużynę z Rzeszowa."),
        ("piłkarz", "Gmina Borowo gościła piłkarzy z Ostrawy na obozie."),
        ("zawodnik", "Miasto Ełk gościło zawodników z Litwy."),
        ("sportowiec", "Gmina Borowo gościła sportowców z Saksonii."),
    ],
)
def test_sportsmen_as_guests_make_no_visit(row: str, text: str) -> None:
    assert _parts(text, "visit") == [], row


@pytest.mark.parametrize(
    "purpose",
    ["na koncert", "na mecz", "na festiwal", "na doroczny festyn", "na zawody", "na turniej", "na spektakl"],
)
def test_a_trip_to_a_show_or_a_match_is_no_visit(purpose: str) -> None:
    text = f"Orkiestra Kameralna Alfa przyjechała w sobotę do Ełku {purpose}."
    assert _parts(text, "visit") == [], purpose


def test_a_trip_to_a_fair_stays_a_visit() -> None:
    text = "Delegacja Izby Handlowej Alfa przyjechała do Ełku na targi. Gości przyjął prezydent miasta."
    assert "Izba Handlowa Alfa" in {n for n, _r, _s in _parts(text, "visit")}


@pytest.mark.parametrize("kind", ["Firma", "Spółka", "Koncern"])
def test_a_company_that_came_into_being_builds_no_plant(kind: str) -> None:
    text = f"Korvix to producent okien. {kind} powstała w 1994 roku i ma dziś trzy zakłady w Polsce."
    text = text.replace("Koncern powstała", "Koncern powstał")
    assert _parts(text, "investment") == [], kind


def test_a_negated_trigger_beside_a_stated_one_keeps_the_event() -> None:
    text = "Choć prezes nie wierzył w porozumienie, spółka Korvix podpisała umowę z Gminą Borowo."
    assert {n for n, _r, _s in _parts(text, "agreement")} == {"Korvix", "Gmina Borowo"}


def test_a_negated_trigger_alone_is_no_event() -> None:
    assert _parts("Spółka Korvix nie podpisała umowy z Gminą Borowo.", "agreement") == []


@pytest.mark.xfail(
    strict=True, reason="event dates (date9): the date of the concessive clause dates the signing"
)
def test_the_date_of_a_concessive_clause_does_not_date_the_signing() -> None:
    rec = kooperacja.extract(CASES["signed_despite_earlier_doubts"].text, doc_id="t", published="2024-05-10")
    assert [e["date"] for e in rec["events"] if e["type"] == "agreement"] == ["2024-05-08"]


@pytest.mark.parametrize(
    "lead", ["Czytaj także:", "Czytaj też:", "Zobacz też:", "Przeczytaj również:", "Polecamy:"]
)
def test_a_link_to_another_article_states_no_event(lead: str) -> None:
    text = f"Gmina Borowo ogłosiła przetarg na drogę.\n\n{lead} Spółka Korvix otworzyła fabrykę w Kole\n\nDroga ma 3 km."
    assert _parts(text, "investment") == [], lead


def test_a_sentence_that_reads_on_states_its_event() -> None:
    text = "Zobacz, jak spółka Korvix otworzyła fabrykę w Kole."
    assert "Korvix" in {n for n, _r, _s in _parts(text, "investment")}


@pytest.mark.parametrize(
    "text",
    [
        "Z rozmów wynikło pięć zapytań, a spółka Korvix podpisała umowę z firmą Nordal.",
        "Rozmowy trwały długo, ale w końcu spółka Korvix podpisała umowę z firmą Nordal.",
    ],
)
def test_a_topic_word_in_a_clause_of_its_own_leaves_the_next_clause_stated(text: str) -> None:
    assert {n for n, _r, _s in _parts(text, "agreement")} == {"Korvix", "Nordal"}


def test_a_topic_word_before_a_list_of_partners_stays_the_topic() -> None:
    text = "Tematem rozmów ze spółką Korvix, a także z firmą Nordal, było podpisanie umowy."
    assert _parts(text, "agreement") == []


def test_a_short_line_with_an_abbreviation_introduces_the_signatories() -> None:
    text = (
        "Osiem instytucji podpisało w piątek w Ełku list intencyjny o współpracy. Sygnatariusze to m.in.:\n"
        "– Gmina Miasto Ełk,\n– Izba Gospodarcza Mazur,\n– spółka Korvix Sp. z o.o."
    )
    assert {"Gmina Miasto Ełk", "Izba Gospodarcza Mazur"} <= {
        n for n, _r, _s in _parts(text, "letter_of_intent")
    }


def test_a_longer_line_before_a_colon_lists_topics_not_parties() -> None:
    text = (
        "Politechnika Ełcka i Gmina Borowo podpisały umowę. – Podjęta współpraca ma pomóc firmom – mówi wójt.\n"
        "Współpraca prowadzona będzie między innymi w zakresie:\n– badań dla Unii Europejskiej,\n– staży."
    )
    assert "Unia Europejska" not in {n for n, _r, _s in _parts(text, "cooperation")}


def test_each_organisation_after_a_role_noun_takes_that_part() -> None:
    text = (
        "Giełda kooperacyjna odbyła się we wtorek w Ełku. Organizatorem spotkania była Izba Gospodarcza Mazur, a "
        "partnerem – Agencja Rozwoju Ełku."
    )
    assert set(_parts(text, "conference")) == {
        ("Izba Gospodarcza Mazur", "organizer", "done"),
        ("Agencja Rozwoju Ełku", "participant", "done"),
    }


def test_a_partner_opening_the_sentence_after_a_forum_takes_part() -> None:
    text = "Forum Gospodarcze Mazur odbyło się w Ełku w marcu. Partnerem forum była spółka Korvix."
    assert ("Korvix", "participant", "done") in _parts(text, "conference")


@pytest.mark.parametrize(
    "text",
    [
        "Spółka Korvix podpisała umowę z generalnym wykonawcą nowej hali w Ełku, firmą Budmar.",
        "Generalnym wykonawcą budowy zakładu spółki Korvix w Ełku będzie firma Budmar.",
        "Firma Budmar, generalny wykonawca zakładu spółki Korvix, zatrudni 50 osób.",
        "Spółka Korvix wybrała podwykonawcę hali w Ełku, firmę Budmar.",
    ],
)
def test_a_plant_with_a_contractor_is_its_client_s_investment(text: str) -> None:
    assert {(n, r) for n, r, _s in _parts(text, "investment")} == {("Korvix", "investor")}


@pytest.mark.parametrize(
    "second",
    [
        "Inwestora przy wyborze działki wspierały Agencja Rozwoju Mazur i Izba Gospodarcza Ełku.",
        "Przy wyborze działki firmę wspierały Agencja Rozwoju Mazur oraz Izba Gospodarcza Ełku.",
    ],
)
def test_a_company_supported_by_two_bodies_cooperates_with_each(second: str) -> None:
    text = "Spółka Korvix otworzyła w Ełku centrum serwisowe. " + second
    rec = kooperacja.extract(text, doc_id="t", published="2024-05-10")
    names = {e["id"]: e["name"] for e in rec["entities"]}
    pairs = {
        frozenset(names[q["entity"]] for q in e["participants"])
        for e in rec["events"]
        if e["type"] == "cooperation"
    }
    assert pairs == {
        frozenset({"Korvix", "Agencja Rozwoju Mazur"}),
        frozenset({"Korvix", "Izba Gospodarcza Ełku"}),
    }


def test_a_new_investor_named_by_its_kind_is_the_company_named_before() -> None:
    text = "Spółka Korvix kupiła działkę w Ełku. W wyborze lokalizacji inwestora wspierała Agencja Rozwoju Mazur."
    assert {n for n, _r, _s in _parts(text, "cooperation")} == {"Korvix", "Agencja Rozwoju Mazur"}


@pytest.mark.parametrize(
    ("header", "answer", "speaker"),
    [
        ("burmistrzem Ełku", "Tak. Z firmą Korvix podpisaliśmy w marcu porozumienie o współpracy.", "Ełk"),
        (
            "prezesem Izby Gospodarczej Mazur",
            "Z firmą Korvix zawarliśmy w marcu umowę o współpracy.",
            "Izba Gospodarcza Mazur",
        ),
    ],
)
def test_a_first_person_signing_in_an_interview_has_the_speaker_s_body_as_a_party(
    header: str, answer: str, speaker: str
) -> None:
    text = f"Rozmowa z Janem Mrozem, {header}\n\n– Czy współpracujecie z firmami?\n– {answer}"
    assert {n for n, _r, _s in _parts(text, "agreement")} == {"Korvix", speaker}


@pytest.mark.parametrize(
    ("row", "text"),
    [
        ("przenosić produkcja", "Spółka Korvix przenosi produkcję do Ełku."),
        ("przenieść część produkcja", "Spółka Korvix przeniesie część produkcji z Niemiec do Ełku."),
        ("przenosić część produkcja", "Firma Korvix przenosi część produkcji do Ełku."),
        ("kupno działka", "Spółka Korvix podpisała z gminą umowę kupna działki w Ełku pod fabrykę."),
        ("zakup teren", "Spółka Korvix sfinalizowała zakup terenu w Ełku."),
        ("nabycie grunt", "Firma Korvix dokonała nabycia gruntu w Ełku."),
    ],
)
def test_moving_production_and_buying_land_are_investments(row: str, text: str) -> None:
    assert "Korvix" in {n for n, _r, _s in _parts(text, "investment")}, row


def test_a_tender_for_buying_land_for_a_school_is_no_investment_of_a_company() -> None:
    assert _parts("Gmina Ełk ogłosiła przetarg na zakup działki pod szkołę.", "investment") == []


@pytest.mark.parametrize(
    ("row", "text"),
    [
        ("sfinalizować", "Spółka Korvix i Gmina Borowo sfinalizowały umowę o współpracy."),
        ("przedłużyć", "Gmina Borowo przedłużyła umowę o współpracy ze spółką Korvix."),
        ("odnowić", "Gmina Borowo odnowiła porozumienie ze spółką Korvix."),
    ],
)
def test_finalising_or_renewing_an_agreement_states_it(row: str, text: str) -> None:
    assert {n for n, _r, _s in _parts(text, "agreement")} == {"Korvix", "Gmina Borowo"}, row


def test_admitted_to_a_cluster_is_membership() -> None:
    parts = _parts("Spółka Korvix została przyjęta do Klastra Mazurskiego.", "membership")
    assert {(n, r) for n, r, _s in parts} == {("Korvix", "member"), ("Klaster Mazurski", "group")}


@pytest.mark.parametrize(
    "text",
    [
        "Jan Nowak został przyjęty do pracy w spółce Korvix.",
        "Wniosek spółki Korvix przyjęto do realizacji w maju.",
    ],
)
def test_taken_on_for_work_or_for_realisation_is_no_membership(text: str) -> None:
    assert _parts(text, "membership") == []


@pytest.mark.parametrize(
    "text",
    [
        "Seminarium zorganizuje 14 czerwca w Opolu Opolska Izba Gospodarcza.",
        "Forum zorganizowała w marcu w Zielonej Górze Lubuska Izba Gospodarcza.",
    ],
)
def test_an_organiser_named_after_the_verb_a_date_and_a_town(text: str) -> None:
    assert {r for _n, r, _s in _parts(text, "conference")} == {"organizer"}


def test_the_rows_of_a_table_of_laureates_are_recipients() -> None:
    text = (
        "Znamy laureatów konkursu Mazurska Firma Roku\n\nportal.example.pl · 8.05.2024\n\n"
        "Kategoria | Laureat | Miasto\nEksport | Spółka Korvix | Ełk\nDebiut | Firma Nordal | Giżycko\n\n"
        "Nagrody wręczył w środę prezes Izby Gospodarczej Mazur."
    )
    recipients = {n for n, r, _s in _parts(text, "award") if r == "recipient"}
    assert {"Korvix", "Nordal"} <= recipients
    assert "Izba Gospodarcza Mazur" not in recipients


def test_a_table_without_a_column_of_the_event_lists_no_participants() -> None:
    text = "Spółka Korvix otworzyła fabrykę w Ełku.\nOddział | Miasto | Ludzie\nSerwis | Giżycko | 20\nBiuro | Olecko | 5"
    assert {n for n, _r, _s in _parts(text, "investment")} == {"Korvix"}
