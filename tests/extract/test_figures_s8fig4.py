"""Sentences in this file's author's own words for the figure rules and rows of session 8, helper fig4 (issue 8,
item 6): a firm that "spółka" or "firma" with no name points back to, named further back than three sentences; a
headcount placed in one plant, the firm's and not the zone's; the headcount of a zone's unnamed firms, the zone's;
a count of firms in a delegation, nobody's; "załoga liczy" a headcount, "nowych pracowników" jobs, "wartość jej
eksportu" and "eksport wyniósł" exports; a plot that a relative clause says a firm bought, the firm's; signatories of an agreement that founds a cluster, its partners; and the Danish and Norwegian legal form "A/S" kept in a name."""

from __future__ import annotations

import pytest
from tests.extract.battery import keyed_params

from .test_figure_battery_s6fig import M, check_figures, cnt, emp, inv, jobs

CASES = {
    "spolka_far_back_area": (
        "Strefa Ekonomiczna Euro-Park Mielec przyznała decyzję o wsparciu firmie Orlak Sp. z o.o. Zakład stanie w "
        "Kolbuszowej. Będzie produkował części do maszyn. Pierwsze dostawy zaplanowano na jesień. Pod inwestycję "
        "spółka nabyła od gminy grunt o powierzchni 6,5 ha.",
        {cnt("Orlak Sp. z o.o.", "area_ha", 6.5)},
    ),
    "firma_zatrudni_kolejnych_bare": (
        "W Oświęcimiu zakład otworzyła spółka Termik Sp. z o.o. Zakład leży na terenie Katowickiej Specjalnej Strefy "
        "Ekonomicznej. Koszt budowy wyniósł 90 mln zł. Do końca przyszłego roku firma zatrudni kolejnych 70.",
        {inv("Termik Sp. z o.o.", 90 * M), jobs("Termik Sp. z o.o.", 70)},
    ),
    "headcount_in_plant_not_zone": (
        "Firma Glasstal uruchomiła hutę szkła w Starachowicach. Huta działa w Specjalnej Strefie Ekonomicznej "
        "Starachowice. Dziś w hucie pracuje 310 osób.",
        {emp("Glasstal", 310)},
    ),
    "headcount_in_hall_zakladzie": (
        "Spółka Meblopol ma fabrykę w podstrefie Szczecinek. W tym zakładzie pracuje obecnie 450 osób.",
        {emp("Meblopol", 450)},
    ),
    "unnamed_firms_headcount_zone": (
        "Firma Stalmet zbuduje halę w Kostrzyńsko-Słubickiej Specjalnej Strefie Ekonomicznej. Strefa działa od "
        "1997 roku, a przedsiębiorstwa w niej działające zatrudniają ponad 30 tys. osób.",
        {("Kostrzyńsko-Słubicka Specjalna Strefa Ekonomiczna", "employees", 30_000, "count")},
    ),
    "unnamed_firms_headcount_zone_firmy": (
        "Wałbrzyska Specjalna Strefa Ekonomiczna wydała decyzję dla spółki Polkran. Firmy obecne w strefie "
        "zatrudniają łącznie 40 tys. pracowników.",
        {("Wałbrzyska Specjalna Strefa Ekonomiczna", "employees", 40_000, "count")},
    ),
    "delegation_size_no_members": (
        "Do Rzeszowa przyjechała delegacja Izby Przemysłowej Bawarii. W skład delegacji weszło 18 firm z branży "
        "spożywczej.",
        set(),
    ),
    "mission_size_no_members": (
        "Klaster Mebli Podlasie zorganizował misję do Kanady. W misji udział wzięło 14 firm z klastra.",
        set(),
    ),
    "chamber_members_still_kept": (
        "Izba Gospodarcza Pomorza skupia 140 firm. Wiosną wyśle delegację do Norwegii.",
        {("Izba Gospodarcza Pomorza", "members", 140, "count")},
    ),
    "signatories_of_founding_are_partners": (
        "W Kielcach podpisano porozumienie o utworzeniu Świętokrzyskiego Klastra Metalowego. Sygnatariuszami "
        "porozumienia zostały 22 podmioty.",
        {("Świętokrzyski Klaster Metalowy", "partners", 22, "count")},
    ),
    "signatories_same_sentence_partners": (
        "Sygnatariuszami umowy o założeniu Lubuskiego Klastra Drzewnego zostało 17 firm.",
        {("Lubuski Klaster Drzewny", "partners", 17, "count")},
    ),
    "signatories_of_other_agreement_nobody": (
        "W Kielcach podpisano porozumienie o współpracy w ramach Świętokrzyskiego Klastra Metalowego. "
        "Sygnatariuszami porozumienia zostały 22 podmioty.",
        set(),
    ),
    "zaloga_liczy_headcount": (
        "Firma Drewmet działa w Prabutach od 1995 roku. Jej załoga liczy 420 osób.",
        {emp("Drewmet", 420)},
    ),
    "nowych_pracownikow_jobs": (
        "Spółka Lamex zatrudnia 200 osób. Jej załogę uzupełni 40 nowych pracowników.",
        {emp("Lamex", 200), jobs("Lamex", 40)},
    ),
    "nowych_pracownikow_przyjmie": (
        "Spółka Bivex przyjmie w tym roku 25 nowych pracowników.",
        {jobs("Bivex", 25)},
    ),
    "wartosc_jej_eksportu": (
        "Spółka Meblex sprzedaje meble do 30 krajów. Wartość jej eksportu wyniosła 80 mln euro.",
        {("Meblex", "exports", 80 * M, "EUR")},
    ),
    "wartosc_jej_sprzedazy": (
        "Bracia Nowakowie prowadzą firmę Drewpol od 1990 roku. Wartość jej sprzedaży sięgnęła 120 mln zł.",
        {("Drewpol", "revenue", 120 * M, "PLN")},
    ),
    "eksport_wyniosl": (
        "Eksport firmy Agropak wyniósł w 2023 roku 45 mln zł.",
        {("Agropak", "exports", 45 * M, "PLN")},
    ),
    "eksport_after_investment_stays": (
        "Firma Agropak zainwestuje 45 mln zł w linię, która zwiększy jej eksport.",
        {inv("Agropak", 45 * M)},
    ),
    "legal_form_a_s_parent": (
        "Spółka Kartex należy do duńskiej grupy Nordplast A/S, która zatrudnia w Europie ponad 5 tys. pracowników.",
        {emp("Nordplast A/S", 5000)},
    ),
}


@pytest.mark.parametrize("key", sorted(CASES))
def test_case(key: str) -> None:
    text, want = CASES[key]
    assert check_figures(text, frozenset(want)) == []


# a battery of varied passages in this file's author's own words, written before the fixes of the metric rows
# above (two of its failures moved to CASES); s8-int passes 19 of these 20 and 7 of the 19 CASES, this branch 19
# and 19
BATTERY = {
    "koszt_przedsiewziecia": (
        "Spółka Mebtech z Ostródy rozbuduje swój zakład. Koszt przedsięwzięcia to 48 mln zł.",
        {inv("Mebtech", 48 * M)},
    ),
    "kosztem": (
        "Firma Agrosol zbudowała kosztem 33 mln zł nową suszarnię w Kętrzynie.",
        {inv("Agrosol", 33 * M)},
    ),
    "pochlonie": (
        "Hala magazynowa firmy Logimax powstanie w Strykowie. Inwestycja pochłonie 70 mln zł.",
        {inv("Logimax", 70 * M)},
    ),
    "prace_znajdzie": (
        "Spółka Ferrodan wybuduje odlewnię w Śremie. Pracę znajdzie w niej 140 osób.",
        {jobs("Ferrodan", 140)},
    ),
    "w_sklad_klastra": (
        "W skład Klastra Spożywczego Mazury wchodzi 35 firm.",
        {cnt("Klaster Spożywczy Mazury", "members", 35)},
    ),
    "liczy_czlonkow": (
        "Lubelski Klaster Ekoenergetyczny liczy obecnie 48 członków.",
        {cnt("Lubelski Klaster Ekoenergetyczny", "members", 48)},
    ),
    "zone_area_obejmuje": (
        "Suwalska Specjalna Strefa Ekonomiczna obejmuje ponad 700 ha terenów.",
        {cnt("Suwalska Specjalna Strefa Ekonomiczna", "area_ha", 700)},
    ),
    "nowych_miejsc_powstanie": (
        "Koncern Heliotek postawi w Mielcu fabrykę paneli. Powstanie tam 260 nowych miejsc pracy.",
        {jobs("Heliotek", 260)},
    ),
    "zainwestuje_after_permit": (
        "Decyzję o wsparciu od Łódzkiej Specjalnej Strefy Ekonomicznej otrzymała firma Polwood. Spółka zainwestuje "
        "w Radomsku 55 mln zł i zatrudni 80 osób.",
        {inv("Polwood", 55 * M), jobs("Polwood", 80)},
    ),
    "parent_headcount_relative": (
        "Zakład w Legnicy należy do grupy Kemira Metals, która zatrudnia na świecie 12 tys. osób.",
        {emp("Kemira Metals", 12000)},
    ),
    "zone_total_firms_invested": (
        "Od początku istnienia strefy firmy zainwestowały w niej 9 mld zł. Mowa o Tarnobrzeskiej Specjalnej "
        "Strefie Ekonomicznej.",
        {inv("Tarnobrzeska Specjalna Strefa Ekonomiczna", 9_000 * M)},
    ),
    "utrzyma_miejsca": (
        "Spółka Kabelnet rozbuduje fabrykę w Ozorkowie za 25 mln zł. Firma utrzyma przy tym 300 miejsc pracy.",
        {inv("Kabelnet", 25 * M), jobs("Kabelnet", 300)},
    ),
    "inwestor_wydal_na_niego": (
        "W Kutnie otwarto zakład spółki Tekmar. Inwestor wydał na niego ok. 90 mln zł.",
        {inv("Tekmar", 90 * M)},
    ),
    "dzialka_pow": (
        "Firma Wodbud kupiła w Koninie działkę o powierzchni 5,2 ha.",
        {cnt("Wodbud", "area_ha", 5.2)},
    ),
    "wartosc_projektu_szacowana": (
        "Przedsiębiorstwo Rolmax z Kalisza unowocześni linię produkcyjną. Wartość projektu szacowana jest na 14 mln "
        "zł.",
        {inv("Rolmax", 14 * M)},
    ),
    "headline_firm": (
        "Stalbud zainwestuje w Oleśnicy\n\nFirma Stalbud otrzymała decyzję o wsparciu. Nakłady wyniosą 30 mln zł, "
        "a zatrudnienie znajdzie 45 osób.",
        {inv("Stalbud", 30 * M), jobs("Stalbud", 45)},
    ),
    "two_firms_separate": (
        "Decyzje otrzymały spółki Arbet i Lintex. Arbet wyda 20 mln zł, a Lintex 12 mln zł.",
        {inv("Arbet", 20 * M), inv("Lintex", 12 * M)},
    ),
    "obecnie_zatrudnia_future": (
        "Firma Plasmet zatrudnia obecnie 150 osób. Po rozbudowie zatrudni kolejnych 50 pracowników.",
        {emp("Plasmet", 150), jobs("Plasmet", 50)},
    ),
    "park_companies": (
        "W Poznańskim Parku Naukowo-Technologicznym działa 60 firm.",
        {cnt("Poznański Park Naukowo-Technologiczny", "companies", 60)},
    ),
    "przychody": (
        "Firma Termopol osiągnęła w ubiegłym roku 210 mln zł przychodów.",
        {("Termopol", "revenue", 210 * M, "PLN")},
    ),
}

# a second battery (owner choice in short passages), written after the fixes above: this branch passed 19 of the
# 20 (plot_relative failed until the rule of a relative clause with a verb of buying)
BATTERY.update(
    {
        "jej_wartosc_inwestycji": (
            "Inwestycję w Dębicy zrealizuje spółka Gumtech. Jej wartość to 60 mln zł.",
            {inv("Gumtech", 60 * M)},
        ),
        "nowym_inwestorem": (
            "Nowym inwestorem w podstrefie Ełk jest firma Ekoplast. Zakład będzie kosztować 40 mln zł.",
            {inv("Ekoplast", 40 * M)},
        ),
        "arp_permit_then_firm": (
            "Decyzję o wsparciu wydała Agencja Rozwoju Przemysłu. Spółka Holzbau wyda na halę 30 mln zł.",
            {inv("Holzbau", 30 * M)},
        ),
        "przeznaczy": ("Na rozbudowę zakładu firma Wikpol przeznaczy 15 mln zł.", {inv("Wikpol", 15 * M)}),
        "apposition_parent": (
            "Spółka Fenix Polska, należąca do niemieckiego koncernu Fenix Holding, wyda w Świdnicy 40 mln zł.",
            {inv("Fenix Polska", 40 * M)},
        ),
        "zone_firms_employ": (
            "W Słupskiej Specjalnej Strefie Ekonomicznej działa 150 firm, które zatrudniają 20 tys. osób.",
            {
                cnt("Słupska Specjalna Strefa Ekonomiczna", "companies", 150),
                emp("Słupska Specjalna Strefa Ekonomiczna", 20000),
            },
        ),
        "docelowo_pracowac": (
            "Spółka Orbitech buduje zakład w Chełmie. Docelowo ma w nim pracować 200 osób.",
            {jobs("Orbitech", 200)},
        ),
        "dzieki_inwestycji_jobs": (
            "Firma Kalmet otrzymała decyzję o wsparciu. Wydała ją Kostrzyńsko-Słubicka Specjalna Strefa Ekonomiczna. Dzięki inwestycji powstanie 80 miejsc pracy.",
            {jobs("Kalmet", 80)},
        ),
        "cluster_relative_members": (
            "Klaster Maszynowy Opolszczyzny, który zrzesza 40 podmiotów, podpisał umowę z Politechniką Opolską.",
            {cnt("Klaster Maszynowy Opolszczyzny", "members", 40)},
        ),
        "speaker_first_person": (
            "– Zatrudnimy w nowej hali 100 osób – zapowiada prezes spółki Mirex Jan Nowak.",
            {jobs("Mirex", 100)},
        ),
        "z_czego_breakdown": (
            "Firma Drobex zainwestuje w Łowiczu 25 mln zł, z czego 5 mln zł pochłonie zakup maszyn.",
            {inv("Drobex", 25 * M)},
        ),
        "dotacja_budget": (
            "Spółka Agrokom otrzymała 3 mln zł dotacji na nową linię.",
            {("Agrokom", "budget", 3 * M, "PLN")},
        ),
        "bought_from_zone": (
            "Firma Paltex kupiła od Katowickiej Specjalnej Strefy Ekonomicznej 10 ha gruntów.",
            {cnt("Paltex", "area_ha", 10)},
        ),
        "colon_list": (
            "Decyzje o wsparciu otrzymały: firma Amtek (10 mln zł) oraz spółka Beltor (8 mln zł).",
            {inv("Amtek", 10 * M), inv("Beltor", 8 * M)},
        ),
        "plot_relative": (
            "Zakład powstanie na działce o powierzchni 4 ha, którą firma Zebex kupiła od gminy.",
            {cnt("Zebex", "area_ha", 4)},
        ),
        "passive_by_firm": (
            "Nowa hala za 22 mln zł została wybudowana przez spółkę Termobud.",
            {inv("Termobud", 22 * M)},
        ),
        "headline_only": (
            "Firma Lumatec wyda w Tychach 120 mln zł\n\nNowy zakład będzie produkował oświetlenie.",
            {inv("Lumatec", 120 * M)},
        ),
        "jobs_stworzy_after_zone_subject": (
            "Specjalna Strefa Ekonomiczna Starachowice przyjęła nowego inwestora. Spółka Kopex zainwestuje 18 mln zł i stworzy 40 miejsc pracy.",
            {inv("Kopex", 18 * M), jobs("Kopex", 40)},
        ),
        "obroty": (
            "Obroty spółki Transgaz sięgnęły w 2023 roku 1,2 mld zł.",
            {("Transgaz", "revenue", 1200 * M, "PLN")},
        ),
        "country_invest": ("Firmy z Korei Południowej zainwestowały w Polsce 8 mld dolarów.", set()),
        "plot_relative_nabyla": (
            "Zakład stanie na terenie o powierzchni 7 ha, który nabyła spółka Ormet.",
            {cnt("Ormet", "area_ha", 7)},
        ),
        "zone_area_relative_not_buyer": (
            "Strefa obejmuje obecnie 900 ha, które zagospodarowała spółka Invest-Park Development.",
            set(),
        ),
    }
)

# two_firms_separate passes since s8 org5 (a bare name introduced by its kind noun is found again)
BATTERY_FAILING: dict[str, str] = {}


@pytest.mark.parametrize(
    "key",
    keyed_params(sorted(BATTERY), BATTERY_FAILING),
)
def test_battery(key: str) -> None:
    text, want = BATTERY[key]
    assert check_figures(text, frozenset(want)) == []
