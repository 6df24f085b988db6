"""A blind battery of organisation passages (issue 8, item 4, session 9, second wave), written before the name
code was read, aimed at precision on unseen text: bare names listed after the first of a list with their amounts,
companies named by a descriptive head ("Zakłady Chemiczne X", "Firma X Plus"), a magazine that grants an award,
foreign names in oblique cases (base form in the nominative), generic plural phrases at a sentence's start
("Spółki Skarbu Państwa"), and a new plant described in title case. Every firm and every sentence is invented;
the battery is fitted to no gold document. Passages the extractor still gets wrong are strict xfails with the
reason."""

from __future__ import annotations

import pytest

from .battery import check_keys, passage_params, print_passage_count
from .test_org_battery_s8org import CO, MUNI, ZONE, Passage, _p, check_passage

PASSAGES: list[Passage] = [
    # ---- lists of investors with their amounts: every listed firm is one, not only the first
    _p(
        "list_amounts_dash",
        "Zezwolenia na działalność w strefie otrzymały trzy spółki: Bremol – 12 mln zł, Tarkon – 7 mln zł "
        "i Welgat – 3 mln zł. Firmy stworzą łącznie 90 miejsc pracy.",
        orgs={"Bremol": CO, "Tarkon": CO, "Welgat": CO},
    ),
    _p(
        "list_amounts_brackets",
        "Największe inwestycje w gminie to hala Drefmaksu (25 mln zł) i magazyn Lintopu (8 mln zł). "
        "Obie firmy ruszą z budową wiosną.",
        orgs={"Drefmax": None, "Lintop": None},
    ),
    _p(
        "list_bare_names_comma",
        "Do klastra dołączyły w tym roku Sadmet, Krolux oraz Pilwex. Klaster liczy już 40 członków.",
        orgs={"Sadmet": CO, "Krolux": CO, "Pilwex": CO},
    ),
    # ---- descriptive heads of companies
    _p(
        "zaklady_chemiczne",
        "Zakłady Chemiczne Krasnal z Tarnowa zbudują nową instalację do produkcji nawozów. Inwestycja "
        "pochłonie 90 mln zł.",
        orgs={"Zakłady Chemiczne Krasnal": CO},
        not_orgs={"Tarnów"},
    ),
    _p(
        "zaklady_oblique",
        "Prezes Zakładów Mięsnych Wolbór zapowiedział budowę chłodni. Zakłady Mięsne Wolbór zatrudniają "
        "300 osób.",
        orgs={"Zakłady Mięsne Wolbór": CO},
    ),
    _p(
        "firma_name_plus",
        "Firma Autoczęści Plus otworzyła nowy magazyn w Lesznie. W magazynie pracę znajdzie 40 osób.",
        orgs={"Autoczęści Plus": CO},
        not_orgs={"Firma Autoczęści"},
    ),
    _p(
        "firma_name_plus_oblique",
        "Nowy magazyn firmy Meblotex Plus stanie w Kępnie. Gmina sprzedała firmie działkę.",
        orgs={"Meblotex Plus": CO},
    ),
    _p(
        "przedsiebiorstwo_name",
        "Przedsiębiorstwo Usług Komunalnych Wodpol zmodernizuje oczyszczalnię w Ostródzie za 15 mln zł.",
        orgs={"Przedsiębiorstwo Usług Komunalnych Wodpol": CO},
    ),
    # ---- a magazine or a newspaper that grants an award
    _p(
        "magazine_award",
        "Tytuł Lidera Eksportu przyznała firmie Mostrol redakcja Gazety Przemysłowej. Nagrodę wręczono "
        "podczas gali w Katowicach.",
        orgs={"Mostrol": CO, "Gazeta Przemysłowa": None},
        not_orgs={"Lider Eksportu"},
    ),
    _p(
        "magazine_ranking",
        "Miesięcznik Forum Biznesu opublikował ranking najlepszych pracodawców regionu. Pierwsze miejsce "
        "zajęła spółka Kaltrex.",
        orgs={"Kaltrex": CO, "Forum Biznesu": None},
    ),
    # ---- foreign names in oblique cases keep their nominative as base form
    _p(
        "foreign_genitive_a",
        "Nowe centrum serwisowe Lufthansy powstanie w Jasionce. Lufthansa zatrudni tam 200 mechaników.",
        orgs={"Lufthansa": CO},
        not_orgs={"Lufthansy"},
    ),
    _p(
        "foreign_genitive_only",
        "W Tczewie ruszyła rozbudowa fabryki Heidelmanna. Koncern wyda na nią 50 mln euro.",
        orgs={"Heidelmann": CO},
        not_orgs={"Heidelmanna"},
    ),
    _p(
        "foreign_dative",
        "Gmina Zbąszynek sprzedała działkę Volkeringowi. Umowę podpisano w poniedziałek.",
        orgs={"Volkering": CO, "Gmina Zbąszynek": MUNI},
    ),
    # ---- generic plural phrases at a sentence's start are no company
    _p(
        "state_companies_start",
        "Spółki Skarbu Państwa coraz częściej inwestują w regionach. W tym roku na Śląsku ogłosiły "
        "plany za miliard złotych.",
        not_orgs={"Spółki Skarbu Państwa", "Skarb Państwa", "Spółka Skarbu Państwa"},
    ),
    _p(
        "local_firms_start",
        "Lokalne Firmy Budowlane skarżą się na brak pracowników. Według izby gospodarczej brakuje ich "
        "ponad tysiąc.",
        not_orgs={"Lokalne Firmy Budowlane", "Firmy Budowlane"},
    ),
    _p(
        "foreign_investors_start",
        "Inwestorzy Zagraniczni wybierają Dolny Śląsk. Strefa wydała w tym roku 20 zezwoleń.",
        not_orgs={"Inwestorzy Zagraniczni"},
    ),
    # ---- a new plant in title case is no organisation
    _p(
        "new_plant_title",
        "Nowy Zakład Produkcji Opakowań powstanie w Ełku. Zbuduje go spółka Papirol za 40 mln zł.",
        orgs={"Papirol": CO},
        not_orgs={"Nowy Zakład Produkcji Opakowań", "Zakład Produkcji Opakowań"},
    ),
    _p(
        "new_center_title",
        "Nowoczesne Centrum Logistyczne otwarto pod Strykowem. Jego właścicielem jest firma Magrex.",
        orgs={"Magrex": CO},
        not_orgs={"Nowoczesne Centrum Logistyczne", "Centrum Logistyczne"},
    ),
    # ---- a zone's board with the zone company's legal form is the zone; a seat is a town; a town's days
    _p(
        "zone_board_legal_form",
        "Nowa hala w Opolskiej SSE. Zarząd Opolskiej Specjalnej Strefy Ekonomicznej S.A. wydał w piątek decyzję "
        "o wsparciu dla firmy Korbex.",
        orgs={"Opolska Specjalna Strefa Ekonomiczna": ZONE, "Korbex": CO},
        aliases=(("Opolska Specjalna Strefa Ekonomiczna", "Opolska SSE"),),
        not_orgs={"Zarząd"},
    ),
    _p(
        "port_board_company",
        "Zarząd Portu Morskiego Darłowo sp. z o.o. podpisał umowę z gminą. Spółka zbuduje nowe nabrzeże.",
        orgs={"Zarząd Portu Morskiego Darłowo": None},
    ),
    _p(
        "seat_is_no_office",
        "Studenci Akademii odbędą praktyki w Urzędzie Miejskim w Kole. Porozumienie podpisano w czwartek.",
        orgs={"Urząd Miejski w Kole": MUNI},
        not_orgs={"Akademia w Urzędzie", "Akademii w Urzędzie"},
    ),
    _p(
        "town_days_event",
        "Porozumienie o partnerstwie burmistrzowie podpisali podczas Dni Wielunia. Święto miasta trwało trzy dni.",
        not_orgs={"Dni Wielunia", "Dni Wieluń"},
    ),
    _p(
        "fair_named_after_town",
        "Firma Krosmet pokazała swoje maszyny na Targach Kielce. Targi Kielce organizują wystawę co roku.",
        orgs={"Targi Kielce": CO, "Krosmet": CO},
    ),
    _p(
        "firm_kind_adjective_kept",
        "Firma Oponiarska Brzozów zwiększy produkcję opon rolniczych. Zakład zatrudni 50 osób.",
        orgs={"Firma Oponiarska Brzozów": None},
    ),
    # ---- a plain adjective opening a sentence describes the organisation named after it
    _p(
        "first_cluster_headline",
        "Pierwszy Lubuski Klaster Drzewny\nDwadzieścia firm z regionu podpisało w Żaganiu umowę o utworzeniu "
        "klastra. Lubuski Klaster Drzewny chce wspólnie szukać rynków zbytu.",
        orgs={"Lubuski Klaster Drzewny": "cluster"},
        not_orgs={"Pierwszy"},
    ),
    _p(
        "another_chamber_sentence",
        "Kolejna Podhalańska Izba Rzemiosła otworzyła biuro w Nowym Targu. Izba doradza małym firmom.",
        orgs={"Podhalańska Izba Rzemiosła": None},
        not_orgs={"Kolejna"},
    ),
    _p(
        "new_brand_kept",
        "Nowy Styl otworzył kolejny salon w Rzeszowie. Spółka zatrudnia w regionie 500 osób.",
        orgs={"Nowy Styl": CO},
    ),
    # ---- units in the plural before a list of names of several words: one unit per name
    _p(
        "unit_list_two_word_names",
        "W Nowym Targu spotkali się przedstawiciele Samorządów Gmin Szaflary, Czarny Dunajec, Raba Wyżna i "
        "Biały Dunajec. Gminy chcą wspólnie ubiegać się o pieniądze na drogi.",
        orgs={
            "Gmina Szaflary": MUNI,
            "Gmina Czarny Dunajec": MUNI,
            "Gmina Raba Wyżna": MUNI,
            "Gmina Biały Dunajec": MUNI,
        },
        not_orgs={"Samorząd"},
    ),
    _p(
        "unit_list_adjective_names",
        "List intencyjny podpisały władze Gmin Stara Wieś, Nowa Dęba i Zalesie Górne. Porozumienie dotyczy "
        "wspólnej strefy przemysłowej.",
        orgs={"Gmina Stara Wieś": MUNI, "Gmina Nowa Dęba": MUNI, "Gmina Zalesie Górne": MUNI},
    ),
    _p(
        "unit_list_before_person",
        "Na spotkanie przyjechali przedstawiciele Gmin Ochotnica Dolna, Łukowica, Kamienica, pan Adam Kruk z "
        "politechniki oraz radni powiatu. Rozmawiano o wspólnym klastrze energii.",
        orgs={"Gmina Ochotnica Dolna": MUNI, "Gmina Łukowica": MUNI, "Gmina Kamienica": MUNI},
        not_orgs={"Adam Kruk"},
    ),
    _p(
        "department_list_one_name",
        "Pismo trafiło do Wydziału Rozwoju, Promocji i Sportu w urzędzie marszałkowskim. Wydział odpowie w maju.",
        orgs={"Wydział Rozwoju, Promocji i Sportu": None},
        not_orgs={"Gmina"},
    ),
    # ---- ordinary organisations that must stay
    _p(
        "zone_and_firm",
        "Katowicka Specjalna Strefa Ekonomiczna wydała zezwolenie spółce Dramet. Firma wybuduje halę "
        "w Gliwicach.",
        orgs={"Katowicka Specjalna Strefa Ekonomiczna": ZONE, "Dramet": CO},
    ),
    _p(
        "firm_legal_form_list",
        "Umowy podpisały Polmet sp. z o.o. oraz Arkona S.A. Obie spółki zainwestują w Radomiu.",
        orgs={"Polmet": CO, "Arkona": CO},
    ),
]


# Passages the code does not pass yet, with the reason (strict: a fix makes them fail, so that they move up).
XFAIL: dict[str, str] = {
    "list_amounts_brackets": "owners named in the genitive by a plant's noun ('hala Drefmaksu') in a list after "
    "'to': an unknown name in -a/-u after 'hala' or 'magazyn' may be a nominative ('magazyn Vitra')",
    "list_bare_names_comma": "bare unknown names listed as the subject of a membership verb, with no company noun "
    "and no permit or investment before a colon",
    "magazine_award": "a magazine or newspaper named without a brand word after 'gazeta' is no organisation head "
    "(media are 'other' organisations only when they act; the source lines would turn into organisations)",
    "magazine_ranking": "a magazine named after its kind noun ('miesięcznik Forum Biznesu') whose name holds a head "
    "of its own ('forum', an event word) is read as an event",
    "foreign_genitive_only": "an unknown foreign name in -a after a plant's noun may be a nominative ('fabryki Vitra'),"
    " so the genitive ending is not taken off without the nominative elsewhere in the text",
    "foreign_dative": "an unknown name in the dative ('-owi') after a verb of giving, with no company noun",
}


@pytest.mark.parametrize("passage", passage_params(PASSAGES, XFAIL))
def test_org7_passage(passage: Passage) -> None:
    assert not (problems := check_passage(passage)), f"{passage.text!r}: {problems}"


def test_org7_battery_keys() -> None:
    check_keys([p.key for p in PASSAGES], XFAIL)
    assert len(PASSAGES) >= 25


if __name__ == "__main__":
    print_passage_count(PASSAGES, check_passage)
