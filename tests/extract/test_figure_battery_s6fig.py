"""A battery of short invented news passages about investments, zones and clusters, for the OWNER of a figure
(issue 8, item 6; session 6). Every passage is written for this file: invented companies, towns and amounts. The
owner stands in varied places: named in the headline or the sentence before ("Firma zainwestuje…", "Inwestycja
pochłonie…", "Zakład zatrudni…"), a zone or agency that grants a permit beside the company that invests, a
parent beside its Polish subsidiary, a cluster that "skupia 40 firm", a town beside a company, several companies
in one text, figures in a list, passive agents and appositions.

Each case gives the exact set of figures the annotation rules (shared/spec/annotation.md, extraction.md) give
it, as (owner, metric, value, unit); owners are compared as the scorer compares them loosely (the first four
letters of each word, legal forms and punctuation aside), against the owner's name and aliases.
"""

from __future__ import annotations

import re

import pytest
from tests.extract.battery import keyed_params

import kooperacja

PUBLISHED = "2024-05-10"

Fig = tuple[str, str, float, str]


def inv(owner: str, value: float, unit: str = "PLN") -> Fig:
    return (owner, "investment", value, unit)


def jobs(owner: str, value: float) -> Fig:
    return (owner, "jobs", value, "count")


def emp(owner: str, value: float) -> Fig:
    return (owner, "employees", value, "count")


def cnt(owner: str, metric: str, value: float) -> Fig:
    return (owner, metric, value, "ha" if metric == "area_ha" else "count")


M = 1_000_000
CASES: dict[str, tuple[str, frozenset[Fig]]] = {}


def case(key: str, text: str, *figures: Fig) -> None:
    assert key not in CASES, key
    CASES[key] = (text, frozenset(figures))


# --- 1. the investor named in the headline or the sentence before, the figure later ---------------------------
case(
    "prev_inwestycja_pochlonela",
    "Spółka Marbex otworzyła w Lesznie nowy zakład. Inwestycja pochłonęła 45 mln zł.",
    inv("Marbex", 45 * M),
)
case(
    "prev_zaklad_zatrudni",
    "Firma Kortal Sp. z o.o. rozbuduje swoją fabrykę w Świebodzinie. Zakład zatrudni dodatkowo 120 osób.",
    jobs("Kortal Sp. z o.o.", 120),
)
case(
    "prev_wartosc_and_praca",
    "Koncern Orvin AG postawi pod Opolem centrum dystrybucyjne. Wartość inwestycji sięgnie 200 mln zł, "
    "a pracę znajdzie tam 400 osób.",
    inv("Orvin AG", 200 * M),
    jobs("Orvin AG", 400),
)
case(
    "headline_firma_wyda",
    "Spółka Polkan zbuduje halę w Radomsku\n\nNowa hala magazynowa powstanie do końca przyszłego roku. "
    "Firma wyda na nią 30 mln zł.",
    inv("Polkan", 30 * M),
)
case(
    "prev_zero_subject",
    "Duńska firma Nordvik Foods kupiła działkę w gminie Kobierzyce. Zainwestuje tam 60 mln zł i stworzy "
    "150 miejsc pracy.",
    inv("Nordvik Foods", 60 * M),
    jobs("Nordvik Foods", 150),
)
case(
    "prev_naklady_wyniosly",
    "Producent opakowań Flexopak S.A. uruchomił drugą linię w Mielcu. Nakłady na ten cel wyniosły 18 mln zł.",
    inv("Flexopak S.A.", 18 * M),
)
case(
    "prev_object_first_kosztowala",
    "Fabrykę w Żarach otworzyła firma Bremet. Kosztowała ona 70 mln zł.",
    inv("Bremet", 70 * M),
)
case(
    "headline_then_cost_and_jobs",
    "Firma Zalmex inwestuje w Bełchatowie\n\nNowy zakład produkcji okien powstanie na terenie miasta. "
    "Koszt budowy wyniesie 38 mln zł. Pracę znajdzie tam 140 osób.",
    inv("Zalmex", 38 * M),
    jobs("Zalmex", 140),
)
case(
    "zone_named_between",
    "Firma Bexol kupiła grunt pod nowy zakład. Działka leży w Słupskiej Specjalnej Strefie Ekonomicznej. "
    "Inwestycja pochłonie 26 mln zł.",
    inv("Bexol", 26 * M),
)
case(
    "headline_koncern_budowa",
    "Koncern Yarden zbuduje fabrykę\n\nFabryka koncernu Yarden powstanie w Koszalinie. Jej budowa pochłonie "
    "150 mln euro.",
    inv("Yarden", 150 * M, "EUR"),
)
case(
    "prev_to_trzecia",
    "Szwajcarski producent Elvin Pharma zainwestuje 95 mln zł w Łodzi. To trzecia inwestycja tej firmy w "
    "Polsce.",
    inv("Elvin Pharma", 95 * M),
)
case(
    "przeniesie_then_fabryka",
    "Firma Grenex przeniesie produkcję z Czech do Polski. Nowa fabryka w Brzegu zatrudni 240 osób.",
    jobs("Grenex", 240),
)
# --- 2. a zone or agency that grants a permit, and the company that invests ------------------------------------
case(
    "zone_permit_then_firma",
    "Wałbrzyska Specjalna Strefa Ekonomiczna wydała zezwolenie spółce Dynamat Sp. z o.o. Firma zainwestuje "
    "w Świdnicy 35 mln zł.",
    inv("Dynamat Sp. z o.o.", 35 * M),
)
case(
    "zone_subject_after_object",
    "Decyzję o wsparciu dla firmy Lumotech wydała Łódzka Specjalna Strefa Ekonomiczna. Przedsiębiorca wyda "
    "na nowy zakład 22 mln zł i zatrudni 60 pracowników.",
    inv("Lumotech", 22 * M),
    jobs("Lumotech", 60),
)
case(
    "zone_granted_then_cost",
    "Katowicka Specjalna Strefa Ekonomiczna przyznała decyzję o wsparciu spółce Termopol. Nowa inwestycja "
    "będzie kosztować 48 mln zł.",
    inv("Termopol", 48 * M),
)
case(
    "agency_sold_plot",
    "Agencja Rozwoju Przemysłu sprzedała spółce Hydrox działkę w Stalowej Woli. Hydrox wybuduje na niej "
    "zakład za 90 mln zł.",
    inv("Hydrox", 90 * M),
)
case(
    "company_in_zone_one_sentence",
    "Spółka Arkon zainwestuje 15 mln zł w podstrefie Kielce Starachowickiej Specjalnej Strefy Ekonomicznej.",
    inv("Arkon", 15 * M),
)
case(
    "zone_reports_company_jobs",
    "Zarząd Tarnobrzeskiej Specjalnej Strefy Ekonomicznej poinformował, że firma Welmar zatrudni w nowym "
    "zakładzie 80 osób.",
    jobs("Welmar", 80),
)
case(
    "permit_same_sentence_zone_later",
    "Spółka Cerkon otrzymała zezwolenie na działalność w Kostrzyńsko-Słubickiej Specjalnej Strefie "
    "Ekonomicznej. Inwestycja pochłonie 14 mln zł, a zatrudnienie znajdzie 45 osób.",
    inv("Cerkon", 14 * M),
    jobs("Cerkon", 45),
)
case(
    "new_investor_copula",
    "Nowym inwestorem w Łódzkiej Specjalnej Strefie Ekonomicznej jest firma Elvaro. Spółka zainwestuje "
    "42 mln zł.",
    inv("Elvaro", 42 * M),
)
case(
    "to_firma_ktora",
    "Specjalna Strefa Ekonomiczna Euro-Park Mielec przyciągnęła nowego inwestora. To firma Dorlux, która "
    "wyda 33 mln zł na linię lakierniczą.",
    inv("Dorlux", 33 * M),
)
case(
    "zone_president_then_firma",
    "Przedstawiciele firmy Bormax odebrali decyzję z rąk prezesa Pomorskiej Specjalnej Strefy Ekonomicznej. "
    "Firma wyda na halę 19 mln zł.",
    inv("Bormax", 19 * M),
)
case(
    "zone_projects_then_firma",
    "Spółka Xantor otrzymała decyzję od Pomorskiej Specjalnej Strefy Ekonomicznej. Firma zatrudni 110 osób.",
    jobs("Xantor", 110),
)
case(
    "agency_mediated_then_ktora",
    "Agencja Rozwoju Regionalnego w Kielcach pośredniczyła w sprzedaży działki. Kupiła ją firma Iskon, "
    "która zainwestuje 11 mln zł.",
    inv("Iskon", 11 * M),
)
case(
    "paih_then_company",
    "Polska Agencja Inwestycji i Handlu pomogła firmie Sanvex wybrać lokalizację. Sanvex wyda 300 mln zł "
    "na fabrykę pod Wrocławiem.",
    inv("Sanvex", 300 * M),
)
# --- 3. a zone's own totals -----------------------------------------------------------------------------------
case(
    "zone_totals",
    "Legnicka Specjalna Strefa Ekonomiczna ma już 1200 ha. Działa w niej 140 firm, które zainwestowały "
    "łącznie 9 mld zł i stworzyły 18 tys. miejsc pracy.",
    cnt("Legnicka Specjalna Strefa Ekonomiczna", "area_ha", 1200),
    cnt("Legnicka Specjalna Strefa Ekonomiczna", "companies", 140),
    inv("Legnicka Specjalna Strefa Ekonomiczna", 9_000 * M),
    jobs("Legnicka Specjalna Strefa Ekonomiczna", 18_000),
)
case(
    "zone_total_przedsiebiorcy",
    "Od początku istnienia Suwalskiej Specjalnej Strefy Ekonomicznej przedsiębiorcy zainwestowali w niej "
    "2,5 mld zł.",
    inv("Suwalska Specjalna Strefa Ekonomiczna", 2_500 * M),
)
case(
    "zone_area_next_sentence",
    "Kamiennogórska Specjalna Strefa Ekonomiczna otrzymała nowe tereny. Strefa obejmuje obecnie 2100 ha.",
    cnt("Kamiennogórska Specjalna Strefa Ekonomiczna", "area_ha", 2100),
)
case(
    "zone_firms_then_jobs",
    "W Tarnobrzeskiej Specjalnej Strefie Ekonomicznej działa 180 firm. Stworzyły one 25 tys. miejsc pracy.",
    cnt("Tarnobrzeska Specjalna Strefa Ekonomiczna", "companies", 180),
    jobs("Tarnobrzeska Specjalna Strefa Ekonomiczna", 25_000),
)
case(
    "zone_impersonal_total",
    "Łącznie w Wałbrzyskiej Specjalnej Strefie Ekonomicznej zainwestowano ponad 30 mld zł.",
    inv("Wałbrzyska Specjalna Strefa Ekonomiczna", 30_000 * M),
)
case(
    "park_companies",
    "W Parku Naukowo-Technologicznym Polkowice działa 45 firm.",
    cnt("Park Naukowo-Technologiczny Polkowice", "companies", 45),
)
case(
    "park_area",
    "Podkarpacki Park Naukowo-Technologiczny ma powierzchnię 180 ha.",
    cnt("Podkarpacki Park Naukowo-Technologiczny", "area_ha", 180),
)
# --- 4. a parent company and its Polish subsidiary --------------------------------------------------------------
case(
    "subsidiary_apposition",
    "Ostrex Polska, spółka zależna szwedzkiego koncernu Ostrex AB, zainwestuje 40 mln zł w zakład w Pile.",
    inv("Ostrex Polska", 40 * M),
)
case(
    "parent_subject",
    "Niemiecki koncern Kranz AG zainwestuje 250 mln zł w fabrykę swojej polskiej spółki Kranz Automotive.",
    inv("Kranz AG", 250 * M),
)
case(
    "subsidiary_polska_firma",
    "Spółka Velmo Polska należy do amerykańskiej grupy Velmo Inc. Polska firma zatrudnia w Tychach 900 osób.",
    emp("Velmo Polska", 900),
)
case(
    "group_then_subsidiary",
    "Grupa Astrum zatrudnia na świecie 12 tys. osób. Jej polska spółka Astrum Logistics otworzy w Strykowie "
    "magazyn za 60 mln zł.",
    emp("Grupa Astrum", 12_000),
    inv("Astrum Logistics", 60 * M),
)
case(
    "owner_copula_then_subsidiary",
    "Właścicielem zakładu jest japońska firma Haruki Corporation. Spółka Haruki Poland zainwestuje w jego "
    "rozbudowę 75 mln zł.",
    inv("Haruki Poland", 75 * M),
)
case(
    "parent_money_subsidiary_runs",
    "Koncern Lextor wyda 40 mln euro na fabrykę, którą poprowadzi spółka Lextor Poland.",
    inv("Lextor", 40 * M, "EUR"),
)
# --- 5. clusters and chambers --------------------------------------------------------------------------------
case(
    "cluster_skupia",
    "Klaster Mebel Wielkopolska skupia dziś 40 firm z całego regionu.",
    cnt("Klaster Mebel Wielkopolska", "members", 40),
)
case(
    "cluster_zrzesza_czlonkow",
    "Śląski Klaster Wodorowy zrzesza obecnie 35 członków.",
    cnt("Śląski Klaster Wodorowy", "members", 35),
)
case(
    "cluster_nalezy",
    "Do Bydgoskiego Klastra Przemysłowego należy 60 przedsiębiorstw.",
    cnt("Bydgoski Klaster Przemysłowy", "members", 60),
)
case(
    "cluster_member_apposition",
    "Firma Tomix, członek Klastra Lotniczego Rzeszów, zatrudnia 300 pracowników.",
    emp("Tomix", 300),
)
case(
    "cluster_founded_by",
    "Klaster Zielona Chemia założyło 15 firm z Pomorza.",
    cnt("Klaster Zielona Chemia", "partners", 15),
)
case(
    "chamber_zrzesza",
    "Izba Przemysłowo-Handlowa w Toruniu zrzesza 230 przedsiębiorców.",
    cnt("Izba Przemysłowo-Handlowa w Toruniu", "members", 230),
)
case(
    "cluster_grew_by",
    "W ubiegłym roku Klaster Bioenergii Podlasie powiększył się o 8 firm.",
)
# --- 6. a town or region beside a company ---------------------------------------------------------------------
case(
    "city_sold_company_invests",
    "Miasto Konin sprzedało firmie Greval działkę pod fabrykę. Greval zainwestuje w Koninie 50 mln zł.",
    inv("Greval", 50 * M),
)
case(
    "gmina_road_firma_jobs",
    "Gmina Kobylnica wybuduje drogę dojazdową do nowego zakładu spółki Pelmet. Firma zatrudni tam 200 osób.",
    jobs("Pelmet", 200),
)
case(
    "relative_ktora_after_city",
    "Prezydent Opola spotkał się z zarządem firmy Kovex, która zbuduje w mieście centrum usług za 40 mln zł.",
    inv("Kovex", 40 * M),
)
case(
    "city_office_reports",
    "Urząd Miasta Płock poinformował, że spółka Orlamet zatrudni w nowej hali 90 osób.",
    jobs("Orlamet", 90),
)
case(
    "gmina_grant",
    "Gmina Wolsztyn pozyskała 4 mln zł dotacji na uzbrojenie terenów inwestycyjnych.",
    ("Gmina Wolsztyn", "budget", 4 * M, "PLN"),
)
case(
    "gmina_spent",
    "Gmina Nowa Sól wydała 20 mln zł na uzbrojenie strefy przemysłowej.",
    inv("Gmina Nowa Sól", 20 * M),
)
case(
    "county_letter_then_spolka",
    "Starostwo Powiatowe w Nysie i firma Abelit podpisały list intencyjny. Spółka zainwestuje w powiecie "
    "16 mln zł.",
    inv("Abelit", 16 * M),
)
# --- 7. several companies in one text -------------------------------------------------------------------------
case(
    "two_companies_ellipsis",
    "Spółka Alvex zainwestuje 20 mln zł, a firma Brenpol 35 mln zł.",
    inv("Alvex", 20 * M),
    inv("Brenpol", 35 * M),
)
case(
    "two_companies_on_what",
    "Spółka Delmat wyda 12 mln zł na halę, a spółka Ferotex 25 mln zł na linię produkcyjną.",
    inv("Delmat", 12 * M),
    inv("Ferotex", 25 * M),
)
case(
    "next_company_kolejna",
    "Firma Gravo zbuduje zakład za 30 mln zł. Zatrudnienie znajdzie w nim 100 osób. Kolejna spółka, Helvo, "
    "rozbuduje magazyn za 10 mln zł.",
    inv("Gravo", 30 * M),
    jobs("Gravo", 100),
    inv("Helvo", 10 * M),
)
case(
    "two_headcounts",
    "Spółki Irmet i Jantex podpisały umowę o współpracy. Irmet zatrudnia 450 osób, a Jantex 120 osób.",
    emp("Irmet", 450),
    emp("Jantex", 120),
)
case(
    "supplier_apposition",
    "Firma Kalmet, dostawca koncernu Lervo, otworzy w Gliwicach zakład za 55 mln zł.",
    inv("Kalmet", 55 * M),
)
case(
    "taken_over_relative",
    "Koncern Mondrex przejął spółkę Nalpol, która zatrudnia 600 pracowników.",
    emp("Nalpol", 600),
)
case(
    "joint_figure",
    "Spółki Umax i Velto zainwestują łącznie 80 mln zł.",
)
# --- 8. figures in a list -------------------------------------------------------------------------------------
case(
    "list_dashes",
    "Decyzje o wsparciu otrzymały:\n- Opalit Sp. z o.o. – 14 mln zł,\n- Pralmet S.A. – 32 mln zł,\n"
    "- Quartex Sp. z o.o. – 8 mln zł.",
    inv("Opalit Sp. z o.o.", 14 * M),
    inv("Pralmet S.A.", 32 * M),
    inv("Quartex Sp. z o.o.", 8 * M),
)
case(
    "list_brackets",
    "Zezwolenia dostały spółki Tolmex (inwestycja 18 mln zł) i Urbis Glass (inwestycja 65 mln zł).",
    inv("Tolmex", 18 * M),
    inv("Urbis Glass", 65 * M),
)
case(
    "list_brackets_jobs",
    "Decyzje o wsparciu otrzymały firmy Rolvit (40 mln zł, 50 miejsc pracy) oraz Sentrax (22 mln zł, 30 "
    "miejsc pracy).",
    inv("Rolvit", 40 * M),
    jobs("Rolvit", 50),
    inv("Sentrax", 22 * M),
    jobs("Sentrax", 30),
)
# --- 9. passive agents and appositions ------------------------------------------------------------------------
case(
    "passive_zrealizowana_przez",
    "Inwestycja o wartości 110 mln zł zostanie zrealizowana przez spółkę Vantor Energy.",
    inv("Vantor Energy", 110 * M),
)
case(
    "passive_wybudowane_przez",
    "Nowe centrum badawcze zostało wybudowane przez firmę Wixel za 27 mln zł.",
    inv("Wixel", 27 * M),
)
case(
    "participle_zbudowany_przez",
    "Zakład zbudowany przez koncern Yorvik zatrudni 350 osób.",
    jobs("Yorvik", 350),
)
case(
    "apposition_producent",
    "Spółka Avento Polska, producent części samochodowych, zatrudnia 700 osób.",
    emp("Avento Polska", 700),
)
case(
    "project_realised_by",
    "Wartość projektu realizowanego przez spółkę Kestrel wynosi 7 mln zł.",
    inv("Kestrel", 7 * M),
)
case(
    "genitive_investment_of",
    "Inwestycja koncernu Jomar w Gdańsku pochłonie 500 mln zł i da pracę 1000 osób.",
    inv("Jomar", 500 * M),
    jobs("Jomar", 1000),
)
case(
    "inwestorem_jest_after",
    "Budowa hali za 12 mln zł zakończy się w czerwcu. Inwestorem jest firma Nevos.",
    inv("Nevos", 12 * M),
)
case(
    "president_announced",
    "Prezes spółki Calvo poinformował, że nowy zakład zatrudni 130 osób.",
    jobs("Calvo", 130),
)
case(
    "under_agreement",
    "Zgodnie z umową firma Dextra Foods zainwestuje w Ełku 28 mln zł.",
    inv("Dextra Foods", 28 * M),
)
# --- 10. jobs and headcounts ----------------------------------------------------------------------------------
case("da_prace", "Spółka Fenix Tools da pracę 220 osobom.", jobs("Fenix Tools", 220))
case(
    "dzieki_inwestycji_powstanie",
    "Dzięki inwestycji firmy Galmet w Raciborzu powstanie 160 nowych miejsc pracy.",
    jobs("Galmet", 160),
)
case(
    "plant_of_company_headcount",
    "Zakład firmy Intermax w Dębicy zatrudnia obecnie 420 pracowników.",
    emp("Intermax", 420),
)
case(
    "future_headcount",
    "W nowej fabryce spółki Jorvex pracować będzie 260 osób.",
    jobs("Jorvex", 260),
)
case(
    "headcount_and_more",
    "Firma Faro Glass zatrudnia 350 osób, a po rozbudowie zakładu zatrudni kolejnych 100 osób.",
    emp("Faro Glass", 350),
    jobs("Faro Glass", 100),
)
case(
    "plot_area_and_jobs",
    "Na terenie 30 ha w Gorzowie stanie fabryka spółki Harbo. Zakład zatrudni 300 osób.",
    cnt("Harbo", "area_ha", 30),
    jobs("Harbo", 300),
)
case("pracuje_w_spolce", "W spółce Oskar Plast pracuje 180 osób.", emp("Oskar Plast", 180))
case(
    "kept_not_created",
    "Spółka Heltron utrzyma w Kaliszu 300 miejsc pracy.",
    jobs("Heltron", 300),  # jobs kept are jobs (extraction.md), their own figure
)
# --- 11. amounts and phrasings ---------------------------------------------------------------------------------
case(
    "cwierc_miliarda",
    "Firma Kasprzak Meble zainwestuje ćwierć miliarda złotych w nowy zakład.",
    inv("Kasprzak Meble", 250 * M),
)
case("decimal_comma", "Spółka Lomar wyda na rozbudowę zakładu 26,7 mln zł.", inv("Lomar", 26.7 * M))
case(
    "miliardowa",
    "Miliardowa inwestycja koncernu Magnar powstanie w Jaworznie.",
    inv("Magnar", 1_000 * M),
)
case(
    "kosztem",
    "Firma Nevra zbudowała w Kole nową halę kosztem 12 mln zł.",
    inv("Nevra", 12 * M),
)
# --- 13. owners told apart across a longer text ----------------------------------------------------------------
case(
    "quote_first_person",
    "– Zainwestujemy w Polsce 80 mln zł – zapowiedział Tomasz Lis, prezes firmy Osmex.",
    inv("Osmex", 80 * M),
)
case(
    "zone_sentence_between_inwestor",
    "Firma Rotex otrzymała zezwolenie na działalność w strefie. Wałbrzyska Specjalna Strefa Ekonomiczna "
    "wydała w tym roku już 12 takich decyzji. Inwestor wyda na zakład 20 mln zł.",
    inv("Rotex", 20 * M),
)
case(
    "bare_headline_spolka",
    "Tervo zbuduje centrum badawcze w Gdańsku\n\nSpółka Tervo otworzy centrum za 45 mln zł. Pracę znajdzie "
    "w nim 200 inżynierów.",
    inv("Tervo", 45 * M),
    jobs("Tervo", 200),
)
case(
    "zone_president_says_company",
    "Prezes Kostrzyńsko-Słubickiej Specjalnej Strefy Ekonomicznej Anna Mazur przypomniała, że spółka Lumen "
    "Systems wyda na nową halę 17 mln zł.",
    inv("Lumen Systems", 17 * M),
)
case(
    "company_then_zone_total",
    "Spółka Ferrum Tech zainwestuje 24 mln zł. Firmy działające w Starachowickiej Specjalnej Strefie "
    "Ekonomicznej wydały dotąd łącznie 3 mld zł.",
    inv("Ferrum Tech", 24 * M),
    inv("Starachowicka Specjalna Strefa Ekonomiczna", 3_000 * M),
)
case(
    "zone_first_company_second_sentence",
    "Łódzka Specjalna Strefa Ekonomiczna pozyskała nowego inwestora. Spółka Granpol zainwestuje w Kutnie 28 "
    "mln zł i zatrudni 90 osób.",
    inv("Granpol", 28 * M),
    jobs("Granpol", 90),
)
case(
    "zone_later_in_text_owns_nothing",
    "Firma Hexal zbuduje w Ostródzie zakład kosztem 33 mln zł. Inwestycję wspiera Warmińsko-Mazurska "
    "Specjalna Strefa Ekonomiczna.",
    inv("Hexal", 33 * M),
)
case(
    "city_subject_company_jobs",
    "Miasto Kalisz sprzedało działkę firmie Ibex Polska. Inwestor zatrudni w nowym zakładzie 150 osób.",
    jobs("Ibex Polska", 150),
)

# --- 14. the subject of the sentence before, not the nearest name (centring) -----------------------------------
case(
    "press_release_subsidiary_then_group",
    "Nowy inwestor w Wałbrzyskiej Specjalnej Strefie Ekonomicznej\n\nSpółka Norteca Poland otrzymała decyzję "
    "o wsparciu. Firma należy do hiszpańskiej grupy Norteca. W Świdnicy powstanie zakład produkcji opakowań. "
    "Wartość inwestycji to 85 mln zł. Zatrudnienie znajdzie 120 osób. – Cieszymy się, że kolejny inwestor "
    "wybrał nasz region – powiedział prezes WSSE Jan Kowal.",
    inv("Norteca Poland", 85 * M),
    jobs("Norteca Poland", 120),
)
case(
    "gmina_sold_mayor_then_company",
    "Gmina Stryków sprzedała grunt firmie Velotrans. Burmistrz Strykowa podkreśla, że to ważna inwestycja "
    "dla gminy. Velotrans wybuduje tu centrum logistyczne. Koszt inwestycji to 120 mln zł.",
    inv("Velotrans", 120 * M),
)
case(
    "relative_clauses_in_list",
    "W Kutnie decyzje o wsparciu otrzymały firmy Amtra, która wyda 20 mln zł, oraz Belgrano, która "
    "zainwestuje 35 mln zł.",
    inv("Amtra", 20 * M),
    inv("Belgrano", 35 * M),
)
case(
    "quote_first_person_jobs",
    "– Do końca 2025 roku zatrudnimy 250 osób – zapowiada Anna Nowak, dyrektor spółki Cortina Polska.",
    jobs("Cortina Polska", 250),
)
case(
    "zone_estimates_ze_clause",
    "Pomorska Specjalna Strefa Ekonomiczna poinformowała o nowej inwestycji. Firma Delmar zbuduje w Tczewie "
    "zakład produkcji łodzi. Strefa szacuje, że inwestycja pochłonie 60 mln zł.",
    inv("Delmar", 60 * M),
)
case(
    "bare_headline_opened_plant",
    "Emtech otwiera fabrykę w Lublinie\n\nProducent elektroniki Emtech uruchomił w Lublinie nowy zakład. "
    "Zatrudnienie znalazło w nim 180 osób. Firma zainwestowała 55 mln zł.",
    jobs("Emtech", 180),
    inv("Emtech", 55 * M),
)
case(
    "new_owner_after_seller",
    "Spółka Forteks przejęła zakład od firmy Galant. Nowy właściciel zainwestuje w jego modernizację 14 mln zł.",
    inv("Forteks", 14 * M),
)
case(
    "spolka_after_agreement_partner",
    "Firma Hortimex podpisała umowę z firmą Iglotech. Spółka zainwestuje w Płońsku 30 mln zł.",
    inv("Hortimex", 30 * M),
)
case(
    "kind_noun_relative_clause_name",
    "Spółka Jawor Metal kupiła od miasta Kielce działkę. Firma, która współpracuje z koncernem Kronberg, "
    "wybuduje tam halę za 25 mln zł.",
    inv("Jawor Metal", 25 * M),
)
case(
    "taken_over_plant_headcount",
    "Koncern Lindqvist przejmie spółkę Mostal. Zakład przejmowanej firmy zatrudnia 500 osób.",
    emp("Mostal", 500),
)
case(
    "polska_spolka_part_of_group",
    "Spółka Nordex Polska jest częścią grupy Nordex. Polska spółka zainwestuje w Gnieźnie 45 mln zł.",
    inv("Nordex Polska", 45 * M),
)
case(
    "tenant_after_landlord",
    "Firma Opex Logistics wynajęła halę od spółki Panattoni. Inwestor zatrudni 90 osób.",
    jobs("Opex Logistics", 90),
)
case(
    "client_sentence_between",
    "Swoje centrum w Łodzi otworzyła firma Quadra. Z usług firmy korzysta koncern Rexam. Spółka zatrudnia "
    "300 osób.",
    emp("Quadra", 300),
)
case(
    "zone_president_handed_over",
    "Decyzję o wsparciu odebrała firma Sigma Tech. Dokument wręczył jej prezes Łódzkiej Specjalnej Strefy "
    "Ekonomicznej. Przedsiębiorca zainwestuje 16 mln zł.",
    inv("Sigma Tech", 16 * M),
)
case(
    "client_copula_between",
    "Producent mebli Taborn otworzył zakład w Słupsku. Klientem firmy jest sieć Ikona. Nakłady wyniosły 40 mln "
    "zł.",
    inv("Taborn", 40 * M),
)

# --- 15. investment nouns, reported clauses, zones beside their investors ---------------------------------------
case(
    "partner_sentence_between_doc_investor",
    "Firma Arbo Systems buduje zakład w Koninie. Głównym odbiorcą jego produktów będzie koncern Belmont. Inwestycja pochłonie 50 mln zł.",
    inv("Arbo Systems", 50 * M),
)
case(
    "zone_count_then_one_of_them",
    "W Legnickiej Specjalnej Strefie Ekonomicznej działa już 50 firm. Jedną z nich jest spółka Cortex. Zainwestowała ona 20 mln zł.",
    cnt("Legnicka Specjalna Strefa Ekonomiczna", "companies", 50),
    inv("Cortex", 20 * M),
)
case(
    "group_apposition_brand",
    "Grupa Dervan, właściciel marki Elba, otworzy w Opolu centrum dystrybucji. Na inwestycję przeznaczy 70 mln zł.",
    inv("Grupa Dervan", 70 * M),
)
case(
    "relative_clause_after_subject_zero_next",
    "Spółka Gamma Logistics, która od lat współpracuje z firmą Hydra, otworzyła nowy magazyn. Zatrudniła w nim 80 osób.",
    jobs("Gamma Logistics", 80),
)
case(
    "price_of_land_and_plant",
    "Burmistrz Nysy Jan Kot podpisał z firmą Ilmet umowę o sprzedaży działki. Ilmet zapłaci za grunt 3 mln zł i zbuduje na nim halę za 30 mln zł.",
    inv("Ilmet", 30 * M),
)
case(
    "inverted_subject_relative",
    "Kraków przyciąga inwestorów. Centrum usług otworzy tu firma Jomex, która zatrudni 500 specjalistów.",
    jobs("Jomex", 500),
)
case(
    "value_of_investment_of",
    "Wartość inwestycji spółki Kovalux w Gliwicach wyniesie 120 mln zł.",
    inv("Kovalux", 120 * M),
)
case(
    "joined_zone_przedsiebiorstwo",
    "Do Katowickiej Specjalnej Strefy Ekonomicznej dołączyła firma Lavix. Przedsiębiorstwo zainwestuje 25 mln zł i zatrudni 40 osób.",
    inv("Lavix", 25 * M),
    jobs("Lavix", 40),
)
case(
    "zone_count_sentence_inwestor",
    "Katowicka Specjalna Strefa Ekonomiczna wydała zezwolenie dla firmy Morvan. To już 300. zezwolenie wydane przez strefę. Inwestor wyda 18 mln zł.",
    inv("Morvan", 18 * M),
)
case(
    "contract_value_no_figure",
    "Firma Norbud wygrała przetarg ogłoszony przez Gminę Pleszew. Wartość kontraktu to 12 mln zł.",
)
case(
    "holding_then_its_company",
    "Holding Orlex zatrudnia w Polsce 2 tys. osób. W Radomiu jego spółka Orlex Metal wybuduje halę za 40 mln zł.",
    emp("Holding Orlex", 2000),
    inv("Orlex Metal", 40 * M),
)
case(
    "letter_then_planned_money",
    "Koreańska firma Pyeong Steel podpisała list intencyjny z Województwem Podkarpackim. Inwestor planuje wydać "
    "200 mln zł.",
    inv("Pyeong Steel", 200 * M),
)
case(
    "plant_cost_and_staff",
    "Zakład spółki Rivet w Tczewie kosztował 90 mln zł. Pracuje w nim 230 osób.",
    inv("Rivet", 90 * M),
    emp("Rivet", 230),
)
case(
    "company_and_zone_total_reported",
    "Polsko-niemiecka spółka Saxon Tools zainwestuje w podstrefie Żary 22 mln zł. Zarząd Kostrzyńsko-Słubickiej Specjalnej Strefy Ekonomicznej przypomina, że w ubiegłym roku firmy wydały w strefie 1,2 mld zł.",
    inv("Saxon Tools", 22 * M),
    inv("Kostrzyńsko-Słubicka Specjalna Strefa Ekonomiczna", 1200 * M),
)
case(
    "plant_area_m2_then_money",
    "Nowy zakład firmy Tamar w Ełku będzie miał powierzchnię 12 tys. m kw. Firma wyda na niego 35 mln zł.",
    inv("Tamar", 35 * M),
)
case(
    "investment_of_supported_by_zone",
    "Inwestycja firmy Ulvik w Stargardzie o wartości 60 mln zł otrzymała wsparcie Pomorskiej Specjalnej Strefy Ekonomicznej.",
    inv("Ulvik", 60 * M),
)
case(
    "zone_supports_investment_of",
    "Pomorska Specjalna Strefa Ekonomiczna wspiera inwestycję firmy Vexa o wartości 45 mln zł.",
    inv("Vexa", 45 * M),
)
case(
    "plant_built_for_company",
    "Firma Wolmer zatrudni 60 osób w zakładzie, który buduje dla niej spółka Xbud.",
    jobs("Wolmer", 60),
)

# --- 16. phrasings of jobs and membership ---------------------------------------------------------------------
case(
    "cluster_skupiajacy_uczestnikow",
    "Klaster Motoryzacyjny Śląsk, skupiający ponad 150 uczestników, otworzył biuro w Gliwicach.",
    cnt("Klaster Motoryzacyjny Śląsk", "members", 150),
)
case(
    "event_participants_no_members",
    "W forum zorganizowanym przez Klaster Motoryzacyjny Śląsk wzięło udział 150 uczestników.",
)
case(
    "jobs_window_over_quotes",
    "Koncern Yotta Chips otworzy w Oławie nowy zakład. Pracę w „inteligentnej fabryce” znajdzie 900 osób.",
    jobs("Yotta Chips", 900),
)
case(
    "jobs_people_who_find_work",
    "Spółka Zenbud uruchomi w Ostrowie centrum serwisowe. Oprócz 70 osób, które znajdą pracę w centrum, "
    "firma zatrudni podwykonawców.",
    jobs("Zenbud", 70),
)

# --- 17. a zone, town or agency named between the investor and its figure ----------------------------------------
case(
    "zone_count_sentence_then_inwestycja",
    "Firma Rotex otrzymała zezwolenie na działalność. Wałbrzyska Specjalna Strefa Ekonomiczna wydała w tym roku już 12 takich decyzji. Inwestycja pochłonie 20 mln zł.",
    inv("Rotex", 20 * M),
)
case(
    "zone_supports_then_plant_jobs",
    "Spółka Astor Foods zbuduje zakład w Nysie. Wałbrzyska Specjalna Strefa Ekonomiczna wspiera ten projekt. Nowy zakład zatrudni 150 osób.",
    jobs("Astor Foods", 150),
)
case(
    "zone_founded_then_impersonal_total",
    "Legnicka Specjalna Strefa Ekonomiczna powstała w 1997 roku. Od tego czasu zainwestowano w niej 8 mld zł.",
    inv("Legnicka Specjalna Strefa Ekonomiczna", 8000 * M),
)
case(
    "zone_consent_then_cost",
    "Spółka Belmar wybuduje w Krośnie halę. Zgodę na inwestycję wydała Specjalna Strefa Ekonomiczna Euro-Park Mielec. Koszt budowy wyniesie 14 mln zł.",
    inv("Belmar", 14 * M),
)
case(
    "gmina_hopes_jobs_in_plant",
    "Gmina Żarów przekazała teren firmie Dyrex. Dyrex postawi tu zakład. Gmina liczy, że powstanie w nim 100 miejsc pracy.",
    jobs("Dyrex", 100),
)
case(
    "city_money_beside_company_money",
    "Burmistrz Żagania spotkał się z przedstawicielami spółki Evotec. Spółka wybuduje w mieście zakład za 50 mln zł. Miasto przygotuje drogę dojazdową za 4 mln zł.",
    inv("Evotec", 50 * M),
)
case(
    "company_in_zone_for_years",
    "Firma Fargo Steel od 10 lat działa w Kostrzyńsko-Słubickiej Specjalnej Strefie Ekonomicznej. Teraz zainwestuje w nową linię 12 mln zł.",
    inv("Fargo Steel", 12 * M),
)
case(
    "parent_money_to_subsidiary",
    "Koncern Gersten zainwestuje w Polsce 300 mln zł. Pieniądze trafią do spółki Gersten Poland, która zbuduje fabrykę w Legnicy.",
    inv("Gersten", 300 * M),
)
case(
    "agency_builds_tenant_named",
    "Agencja Rozwoju Przemysłu zbuduje w Mielcu halę za 20 mln zł. Najemcą będzie firma Hamar.",
    inv("Agencja Rozwoju Przemysłu", 20 * M),
)

# --- 18. one sentence for each remaining row of the words this battery added --------------------------------------
case("order_value_no_figure", "Spółka Ventor otrzymała od kolei zamówienie o wartości 8 mln zł.")
case(
    "venture_of_company",
    "Miasto Łomża wspiera przedsięwzięcie spółki Xavo o wartości 30 mln zł.",
    inv("Xavo", 30 * M),
)
case(
    "zone_states_iz_clause",
    "Firma Yelmo zbuduje halę w Ostrowcu. Starachowicka Specjalna Strefa Ekonomiczna podała, iż budowa "
    "pochłonie 9 mln zł.",
    inv("Yelmo", 9 * M),
)
case("joint_oraz", "Gmina Zbąszyń oraz firma Zenit Agro wydadzą na nową drogę 10 mln zł.")

# --- 19. a zone, park or cluster under a short form of its name -------------------------------------------------
case(
    "zone_short_form_inverted",
    "Wałbrzyska Specjalna Strefa Ekonomiczna przyciąga inwestorów. Strefa Wałbrzyska obejmuje dziś 4 tys. ha.",
    cnt("Wałbrzyska Specjalna Strefa Ekonomiczna", "area_ha", 4000),
)
case(
    "zone_short_form_adjective",
    "Słupska Specjalna Strefa Ekonomiczna rośnie. Słupska Strefa ma już 2600 ha.",
    cnt("Słupska Specjalna Strefa Ekonomiczna", "area_ha", 2600),
)
case(
    "cluster_short_form",
    "Dolnośląski Klaster Ekoenergii Odnawialnej podpisał umowę z uczelnią. Klaster Ekoenergii skupia 45 firm.",
    cnt("Dolnośląski Klaster Ekoenergii Odnawialnej", "members", 45),
)

# --- 20. the money of a planned investment ----------------------------------------------------------------------
case(
    "planuje_zainwestowac",
    "Spółka Akvilon planuje zainwestować w Kole 80 mln zł.",
    inv("Akvilon", 80 * M),
)
case(
    "zamierza_zainwestowac_w_rozbudowe",
    "Firma Borvik zamierza zainwestować 40 mln zł w rozbudowę zakładu w Chojnicach.",
    inv("Borvik", 40 * M),
)
case(
    "ma_zainwestowac",
    "Koncern Cyrano ma zainwestować w fabrykę pod Lesznem 120 mln zł.",
    inv("Cyrano", 120 * M),
)
case("someday_no_figure", "Firma Dervik zamierza kiedyś zainwestować w Pile 30 mln zł.")
case("possibility_no_figure", "Spółka Elmont może zainwestować w Koninie 25 mln zł.")

case(
    "unnamed_concern_relative",
    "Agencja Rozwoju Pomorza przyciągnęła kolejnego inwestora. Nazwa koncernu, który planuje zainwestować 90 mln "
    "zł w Tczewie, pozostaje tajemnicą.",
)
case(
    "unnamed_concern_stray_full_stop",
    "Agencja Rozwoju Pomorza przyciągnęła kolejnego inwestora. Wkrótce poznamy nazwę koncernu. który planuje "
    "zainwestować 90 mln zł w Tczewie.",
)

case(
    "kind_noun_relative_takes_up_company",
    "Firma Fandorf GmbH otrzymała decyzję o wsparciu. Niemiecka spółka, która w Bawarii zatrudnia 600 osób, "
    "zbuduje halę w Kutnie.",
    emp("Fandorf GmbH", 600),
)

# --- 12. no figures --------------------------------------------------------------------------------------------
case("count_of_agreements", "Spółka Pentex podpisała 12 umów z dostawcami.")
case("range_no_figure", "Firma Rovex wyda od 280 do 300 mln zł na nowy zakład.")
case("wish_no_figure", "Spółka Sirmet chce w przyszłości zainwestować 50 mln zł.")
case(
    "countries_not_counted",
    "Koncern Tavex zatrudnia 5 tys. osób w 30 krajach.",
    emp("Tavex", 5_000),
)


_LEGAL = re.compile(r"\b(sp\s*z\s*o\s*o|s\s*a|ag|ab|inc|gmbh|ltd|se)\b")


def loose(name: str) -> str:
    s = re.sub(r"[^\w\s]", " ", name.lower())
    s = _LEGAL.sub(" ", s)
    return " ".join(w[:4] for w in s.split())


def check(key: str) -> list[str]:
    text, want = CASES[key]
    return check_figures(text, want, key)


def check_figures(text: str, want: frozenset[Fig], doc_id: str = "doc") -> list[str]:
    """What the extractor gets wrong on one passage: `+ …` a figure it should not give, `- …` one it misses."""
    rec = kooperacja.extract(text, doc_id=doc_id, published=PUBLISHED)
    if rec["lang"] != "pl":
        return [f"read as {rec['lang']}"]
    names = {e["id"]: [e["name"], *e.get("aliases", [])] for e in rec["entities"]}
    got = [(names[f["entity"]], f["metric"], float(f["value"]), f["unit"]) for f in rec["figures"]]
    left = list(want)
    extra = []
    for owners, metric, value, unit in got:
        hit = next(
            (
                w
                for w in left
                if w[1:] == (metric, value, unit) and any(loose(o) == loose(w[0]) for o in owners)
            ),
            None,
        )
        if hit is None:
            extra.append(f"+ {owners[0]} {metric} {value:g} {unit}")
        else:
            left.remove(hit)
    return extra + [f"- {w[0]} {w[1]} {w[2]:g} {w[3]}" for w in left]


# cases the code still fails (strict xfail): main 7314044 failed 36 of the 156, s6 9, s7 5 (project_realised_by
# passes: a linking verb reaches the metric noun; inwestorem_jest_after: the next sentence names the investor;
# list_brackets and list_brackets_jobs: the name finder keeps a list past a bracket); one of them, taken_over_plant_headcount,
# passed on main (the subject of the sentence before now wins over the nearest name); spolka_after_agreement_partner
# passes since s9 fig7 (a bare "spółka" takes up the subject of the sentence before)
FAILING: set[str] = {
    "cluster_founded_by",
    "next_company_kolejna",
    "taken_over_plant_headcount",
}  # two_headcounts passes since s8 org5: "Spółki Irmet i Jantex" are two names


def test_battery_is_large_and_varied() -> None:
    assert len(CASES) >= 60
    assert sum(1 for _t, want in CASES.values() if not want) >= 5


@pytest.mark.parametrize(
    "key",
    keyed_params(CASES, FAILING),
)
def test_figure_battery_case(key: str) -> None:
    problems = check(key)
    assert not problems, f"{CASES[key][0]}\n" + "\n".join(problems)


if __name__ == "__main__":  # pass count: PYTHONPATH=src python tests/extract/test_figure_battery_s6fig.py
    failed = {k: check(k) for k in CASES}
    failed = {k: p for k, p in failed.items() if p}
    for k, p in failed.items():
        print(f"FAIL {k}: {CASES[k][0]}\n    " + "\n    ".join(p))
    print(f"passed {len(CASES) - len(failed)} of {len(CASES)}")
    print("FAILING = " + repr(sorted(failed)))
