"""A battery of organisation sentences (issue 8, session 5): each invented sentence lists the organisations it
names (base forms that must be found) and phrases that must not come out as organisations (programmes,
funds, prizes, statuses, slogans, events, titles, generic phrases). Every sentence is our own; the firms
are invented. The battery is a generalisation check: it is not tuned to any gold document."""

from __future__ import annotations

from typing import Any

import pytest

from kooperacja import extract

# (sentence, organisations that must be found, phrases that no organisation's name may contain)
CASES: list[tuple[str, set[str], set[str]]] = [
    # ---- companies named with and without a head noun
    ("Spółka Trelmax otworzy w Opolu centrum badawcze.", {"Trelmax"}, set()),
    (
        "Firma Wendor sp. z o.o. podpisała umowę z Gminą Nowa Sól.",
        {"Wendor sp. z o.o.", "Gmina Nowa Sól"},
        set(),
    ),
    ("Koncern Aldeno przejął zakład w Kutnie.", {"Aldeno"}, set()),
    ("Delmira S.A. zbuduje magazyn pod Łodzią.", {"Delmira S.A."}, set()),
    ("Umowę z uczelnią podpisał producent okien Vitrex.", {"Vitrex"}, set()),
    ("Inwestorem jest niemiecka grupa Hobermann.", {"Hobermann"}, set()),
    ("Kontrakt zdobyła spółka Korvo Energia.", {"Korvo Energia"}, set()),
    ("Zakład otworzyła firma Bellmar Polska.", {"Bellmar Polska"}, set()),
    # ---- public bodies and their base forms
    (
        "Urząd Marszałkowski Województwa Lubuskiego ogłosił nabór wniosków.",
        {"Urząd Marszałkowski Województwa Lubuskiego"},
        set(),
    ),
    (
        "Porozumienie podpisały Politechnika Opolska i Uniwersytet Zielonogórski.",
        {"Politechnika Opolska", "Uniwersytet Zielonogórski"},
        set(),
    ),
    (
        "Wizytę złożyli przedstawiciele Ministerstwa Rozwoju i Technologii.",
        {"Ministerstwo Rozwoju i Technologii"},
        set(),
    ),
    ("Z Agencją Rozwoju Przemysłu współpracuje kilka firm.", {"Agencja Rozwoju Przemysłu"}, set()),
    ("Starostwo Powiatowe w Nysie przekazało dotację.", {"Starostwo Powiatowe w Nysie"}, set()),
    ("Miasto Kalisz podpisało list intencyjny z firmą Ferrolux.", {"Miasto Kalisz", "Ferrolux"}, set()),
    (
        "W spotkaniu udział wzięła Izba Gospodarcza Metali Nieżelaznych.",
        {"Izba Gospodarcza Metali Nieżelaznych"},
        set(),
    ),
    (
        "Polska Agencja Inwestycji i Handlu wspiera eksporterów.",
        {"Polska Agencja Inwestycji i Handlu"},
        set(),
    ),
    # ---- titles glued to names: the office is the organisation, the title is a person's role
    ("Wójt Gminy Dobrzany spotkał się z inwestorem.", {"Gmina Dobrzany"}, {"Wójt"}),
    (
        "Burmistrz Miasta Głuchołazy podpisał porozumienie z firmą Redmon.",
        {"Miasto Głuchołazy", "Redmon"},
        {"Burmistrz"},
    ),
    ("Prezes Zarządu spółki Altenor przedstawił plany.", {"Altenor"}, {"Prezes"}),
    ("Rektor Politechniki Śląskiej otworzył konferencję.", {"Politechnika Śląska"}, {"Rektor"}),
    ("Starosta Powiatu Bialskiego przyjął delegację z Litwy.", {"Powiat Bialski"}, {"Starosta"}),
    ("Dyrektor Generalny firmy Omnitel mówił o eksporcie.", {"Omnitel"}, {"Dyrektor"}),
    # ---- programmes, funds, prizes, statuses, slogans: no organisations
    ("Projekt sfinansowano z programu Fundusze Europejskie dla Pomorza.", set(), {"Fundusze Europejskie"}),
    (
        "Firma Kaltex otrzymała wsparcie w ramach Programu Operacyjnego Inteligentny Rozwój.",
        {"Kaltex"},
        {"Program Operacyjny", "Inteligentny Rozwój"},
    ),
    ("Gmina skorzystała z Rządowego Funduszu Inwestycji Lokalnych.", set(), {"Fundusz Inwestycji Lokalnych"}),
    ("Spółka Motrex zdobyła nagrodę Lider Innowacji.", {"Motrex"}, {"Lider Innowacji"}),
    ("Klaster otrzymał status Krajowego Klastra Kluczowego.", set(), {"Krajowy Klaster Kluczowy"}),
    ("Laureatem konkursu Gazele Eksportu została firma Dorwex.", {"Dorwex"}, {"Gazele Eksportu"}),
    ("Miasto promuje się hasłem Opole Wita Biznes.", set(), {"Opole Wita Biznes"}),
    ("Pieniądze pochodzą z Krajowego Planu Odbudowy.", set(), {"Krajowy Plan Odbudowy"}),
    ("Tytuł Gmina Przyjazna Inwestorom otrzymał Brzeg.", set(), {"Gmina Przyjazna Inwestorom"}),
    ("Wnioski można składać w programie Polska Wschodnia.", set(), {"Polska Wschodnia"}),
    # ---- events, fairs and conferences: no organisations
    ("Podczas Forum Gospodarczego Regionów podpisano dwie umowy.", set(), {"Forum Gospodarcze"}),
    (
        "Firma Nordlis pokazała swoje maszyny na Targach Innowacji Przemysłowych.",
        {"Nordlis"},
        {"Targi Innowacji"},
    ),
    ("W Kongresie Miast Przemysłowych uczestniczyło trzystu gości.", set(), {"Kongres Miast"}),
    ("Umowę zawarto w trakcie Międzynarodowej Konferencji Wodorowej.", set(), {"Konferencja Wodorowa"}),
    ("Na Europejskim Szczycie Samorządów wystąpił prezes firmy Galtor.", {"Galtor"}, {"Szczyt Samorządów"}),
    # ---- generic phrases capitalised at the start of a sentence or by habit
    (
        "Fundacja Rozwoju Nysy podpisała umowę z Klastrem Energii Nysa.",
        {"Fundacja Rozwoju Nysy", "Klaster Energii Nysa"},
        set(),
    ),
    ("Strony zobowiązały się do wymiany informacji.", set(), {"Strony"}),
    ("Partnerzy projektu spotkali się w Lublinie.", set(), {"Partnerzy"}),
    ("Sektor Małych i Średnich Przedsiębiorstw rośnie najszybciej.", set(), {"Sektor"}),
    ("Zespół Ekspertów przygotował raport dla ministra.", set(), {"Zespół Ekspertów"}),
    ("Jednostki Samorządu Terytorialnego mogą składać wnioski.", set(), {"Jednostki Samorządu"}),
    # ---- names cut at dashes or joined at "i"
    (
        "Grupa Kapitałowa Ortana – lider branży meblowej – kupiła nowy zakład.",
        {"Grupa Kapitałowa Ortana"},
        {"lider"},
    ),
    ("Firmy Bexor i Calmit założyły wspólną spółkę.", {"Bexor", "Calmit"}, {"Bexor i Calmit"}),
    ("Spółka Lumeco - dostawca paneli słonecznych - rozbuduje fabrykę.", {"Lumeco"}, {"dostawca"}),
    (
        "Umowę podpisały Gmina Łomża i Powiat Łomżyński.",
        {"Gmina Łomża", "Powiat Łomżyński"},
        {"Łomża i Powiat"},
    ),
    # ---- foreign brands, inflected
    ("Koncern Volkswagen zwiększy produkcję w Poznaniu.", {"Volkswagen"}, set()),
    ("Przedstawiciele firmy Siemens odwiedzili strefę.", {"Siemens"}, {"Siemensa"}),
    ("Umowę ze spółką Toyota podpisano w Wałbrzychu.", {"Toyota"}, {"Toyotą"}),
    ("Inwestycję ogłosił koncern Mercedes-Benz.", {"Mercedes-Benz"}, set()),
    # ---- a law firm is an organisation
    (
        "Kancelaria Prawna Woźniak i Wspólnicy doradzała przy transakcji.",
        {"Kancelaria Prawna Woźniak i Wspólnicy"},
        set(),
    ),
    ("Sprawę prowadziła Kancelaria Radców Prawnych Marzec.", {"Kancelaria Radców Prawnych Marzec"}, set()),
    # ---- undeclinable names in the oblique cases
    ("Władze Gminy Baranów podpisały umowę z inwestorem.", {"Gmina Baranów"}, {"Gminy Baranów"}),
    (
        "Wizyta w Gminie Rokietnica zakończyła się podpisaniem listu intencyjnego.",
        {"Gmina Rokietnica"},
        {"Gminie Rokietnica"},
    ),
    ("Z Miastem Rybnik współpracuje już kilkanaście firm.", {"Miasto Rybnik"}, {"Miastem Rybnik"}),
    # ---- clusters and zones
    ("Do Śląskiego Klastra Lotniczego przystąpiły trzy firmy.", {"Śląski Klaster Lotniczy"}, set()),
    (
        "Wałbrzyska Specjalna Strefa Ekonomiczna wydała nowe zezwolenie.",
        {"Wałbrzyska Specjalna Strefa Ekonomiczna"},
        set(),
    ),
    # ---- events, contests and labels without a cue word before them
    ("Dzień Otwartych Drzwi Inwestora zgromadził wielu przedsiębiorców.", set(), {"Dzień Otwartych"}),
    ("Nagrodę Specjalną Jury otrzymała firma Hartex.", {"Hartex"}, {"Nagroda Specjalna"}),
    ("Spółka Bornel uzyskała Certyfikat Wiarygodności Biznesowej.", {"Bornel"}, {"Certyfikat"}),
    ("Zachodniopomorskie Dni Biznesu potrwają trzy dni.", set(), {"Dni Biznesu"}),
    ("W Tygodniu Innowacji wzięło udział dwadzieścia firm.", set(), {"Tydzień Innowacji"}),
    ("Specjalne Strefy Ekonomiczne przyciągają inwestorów z Azji.", set(), {"Specjalne Strefy"}),
    ("Produkty firmy Tarmel noszą znak Polska Jakość.", {"Tarmel"}, {"Polska Jakość"}),
    # ---- funds and banks that act are organisations
    (
        "Wojewódzki Fundusz Ochrony Środowiska przyznał gminie pożyczkę.",
        {"Wojewódzki Fundusz Ochrony Środowiska"},
        set(),
    ),
    (
        "Europejski Bank Inwestycyjny udzielił spółce Miravo kredytu.",
        {"Europejski Bank Inwestycyjny", "Miravo"},
        set(),
    ),
    ("Umowę z Funduszem Rozwoju Spółek podpisała firma Kelvor.", {"Fundusz Rozwoju Spółek", "Kelvor"}, set()),
    # ---- boilerplate
    ("Nowa hala powstanie w Mielcu. Źródło: Urząd Gminy Lipno", set(), {"Urząd Gminy Lipno"}),
    # ---- added with the session's rules: law firms, boards, dashes before a legal form, credit lines
    ("Umowę przygotowała kancelaria Wrzos Lipa Partnerzy.", {"Wrzos Lipa Partnerzy"}, set()),
    ("Sprawę prowadziła Kancelaria Podatkowa Lexa.", {"Kancelaria Podatkowa Lexa"}, set()),
    ("Do Rady Nadzorczej spółki Wartex weszło dwóch nowych członków.", {"Wartex"}, {"Rada Nadzorcza"}),
    ("Walne Zgromadzenie spółki Dorsel podjęło uchwałę o dywidendzie.", {"Dorsel"}, {"Walne Zgromadzenie"}),
    ("Prezes Zarządu Trelmax SA Adam Nowak mówił o planach.", {"Trelmax SA"}, {"Zarząd"}),
    (
        "Spółka Delmor – Logistyka Polska sp. z o.o. otworzyła magazyn.",
        {"Delmor – Logistyka Polska sp. z o.o."},
        set(),
    ),
    (
        "Kontrakt wygrała firma Tarvel – Budownictwo Przemysłowe Sp. z o.o.",
        {"Tarvel – Budownictwo Przemysłowe Sp. z o.o."},
        set(),
    ),
    ("Umowę podpisali Jan Lis – Prezes Zarządu Galmex SA i wójt gminy.", set(), {"Jan Lis", "Prezes"}),
    ("Hala stoi przy drodze krajowej. Fot. Studio Lumen", set(), {"Studio Lumen"}),
    ("Gmina pozyskała 20 mln zł ze środków Funduszu Dróg Samorządowych.", set(), {"Fundusz Dróg"}),
    # ---- kinds without a name, brands, deputies, clubs
    ("Specjalna Strefa Ekonomiczna daje ulgi podatkowe.", set(), {"Specjalna Strefa"}),
    ("Gmina chce utworzyć Park Przemysłowy przy obwodnicy.", set(), {"Park Przemysłowy"}),
    ("Okna sprzedawane są pod marką Jasny Dom.", set(), {"Jasny Dom"}),
    ("Wicemarszałek Województwa Leśnego otworzył targi.", {"Województwo Leśne"}, {"Wicemarszałek"}),
    ("Spółka Norvel wstąpiła do Klubu Eksportera.", {"Norvel", "Klub Eksportera"}, set()),
    ("Wójt Gminy Stare Pole Jan Kos przyjął delegację.", {"Gmina Stare Pole"}, {"Jan Kos"}),
    # ---- more programmes, documents, campaigns and prizes named like organisations
    ("Mieszkańcy mogą ubiegać się o dotację z programu Czyste Powietrze.", set(), {"Czyste Powietrze"}),
    ("Kampania „Zielona Dolina Biznesu” zachęca inwestorów do regionu.", set(), {"Zielona Dolina"}),
    ("Spółka Promet otrzymała Nagrodę Gospodarczą Prezydenta RP.", {"Promet"}, {"Nagroda Gospodarcza"}),
    ("Projekt wpisuje się w Strategię Rozwoju Województwa Opolskiego.", set(), {"Strategia Rozwoju"}),
    ("Środki pochodzą z Funduszu Spójności i budżetu państwa.", set(), {"Fundusz Spójności"}),
    ("Uczelnia realizuje projekt w programie Horyzont Europa.", set(), {"Horyzont Europa"}),
    (
        "Gmina Ostrzyca pozyskała środki z programu Interreg Polska-Saksonia.",
        {"Gmina Ostrzyca"},
        {"Interreg"},
    ),
    ("Firma Dalkon zajęła pierwsze miejsce w rankingu Perły Biznesu.", {"Dalkon"}, {"Perły Biznesu"}),
    ("Inwestycja jest zgodna z założeniami Europejskiego Zielonego Ładu.", set(), {"Zielony Ład"}),
    ("Gala Lidera Przedsiębiorczości odbyła się w filharmonii.", set(), {"Lider Przedsiębiorczości"}),
]


def _orgs(text: str) -> set[str]:
    record: dict[str, Any] = extract(text, doc_id="battery", published="2025-05-12")
    return {e["name"] for e in record["entities"] if e["type"] == "organization"}


# Bare brands that the dictionary knows as a common noun ("toyota", a car) or a surname, with no cue around
# them: found through the gazetteer of well-known companies.
HARD: list[tuple[str, set[str], set[str]]] = [
    ("Zakład Volkswagena w Poznaniu zwiększy produkcję.", {"Volkswagen"}, {"Volkswagena"}),
    ("Przedstawiciele Siemensa odwiedzili strefę.", {"Siemens"}, {"Siemensa"}),
    ("Umowę z Toyotą podpisano w Wałbrzychu.", {"Toyota"}, {"Toyotą"}),
]

# (they pass since the gazetteer of well-known companies, data/gazetteer/companies.tsv)
_PARAMS = [pytest.param(*c, id=c[0][:40]) for c in CASES + HARD]


@pytest.mark.parametrize(("text", "expected", "forbidden"), _PARAMS)
def test_battery(text: str, expected: set[str], forbidden: set[str]) -> None:
    orgs = _orgs(text)
    missing = expected - orgs
    wrong = {o for o in orgs for f in forbidden if f.casefold() in o.casefold()}
    assert not missing and not wrong, f"found {orgs}; missing {missing}; not organisations {wrong}"


def test_the_battery_is_large_enough() -> None:
    assert len(CASES) >= 50
