"""A fourth battery of invented news passages for figures (issue 8, item 6; session 9), written in its author's own
words before reading the figure code: invented companies, towns and amounts. Multi-sentence items of regional
economic news, most about investments: zone support decisions, plants built and expanded, jobs created beside
jobs kept, present headcounts, areas, amounts in all their shapes ("ok. 120 mln zł", "blisko pół miliarda
złotych", "1,2 mld zł", "45 mln euro", "26, 7 mln", "ćwierć miliarda", words for numbers), bounds ("do", "nawet",
"ponad", "co najmniej", "mniej niż"), a zone's own totals, owners named a sentence earlier, clause subjects with
another name nearer the number, companies in apposition, and numbers that are no figures of cooperation: ranges,
grants and loans, parts of a total ("w tym"), sums for several named firms, population, prices, market sizes,
percentages, counts of permits, increments and vague amounts.

Unlike the earlier batteries a wanted figure here is (owner, metric, value, unit, qualifier): the qualifier is
checked too. Owners are compared as the scorer compares them (loosely, against the name and its aliases).
"""

from __future__ import annotations

import pytest

import kooperacja

from .battery import case_adder, keyed_params, print_pass_count
from .test_figure_battery_s6fig import PUBLISHED, loose

Fig5 = tuple[str, str, float, str, str]
M = 1_000_000
CASES: dict[str, tuple[str, frozenset[Fig5]]] = {}
case = case_adder(CASES)


def f(owner: str, metric: str, value: float, qualifier: str = "exact", unit: str = "") -> Fig5:
    if not unit:
        unit = {
            "investment": "PLN",
            "budget": "PLN",
            "revenue": "PLN",
            "exports": "PLN",
            "area_ha": "ha",
        }.get(metric, "count")
    return (owner, metric, value, unit, qualifier)


# --- 1. zone support decisions and permits --------------------------------------------------------------------
case(
    "decision_approx_and_jobs",
    "Spółka Termoplast otrzymała decyzję o wsparciu w Wałbrzyskiej Specjalnej Strefie Ekonomicznej. Firma "
    "zainwestuje w Świdnicy ok. 120 mln zł i utworzy 150 nowych miejsc pracy.",
    f("Termoplast", "investment", 120 * M, "approx"),
    f("Termoplast", "jobs", 150),
)
case(
    "decision_headline_more_than",
    "Kolejny inwestor w podstrefie Nisko\n\nFirma Drewnopak dostała decyzję o wsparciu od Tarnobrzeskiej "
    "Specjalnej Strefy Ekonomicznej. Przedsiębiorca wyda na nowy zakład ponad 40 mln zł i zatrudni co najmniej "
    "60 osób.",
    f("Drewnopak", "investment", 40 * M, "more_than"),
    f("Drewnopak", "jobs", 60, "more_than"),
)
case(
    "permit_passive_investor_later",
    "Zezwolenie na prowadzenie działalności w Kostrzyńsko-Słubickiej Specjalnej Strefie Ekonomicznej otrzymała "
    "spółka Polarbox. Inwestor zbuduje w Gorzowie chłodnię za 33 mln zł.",
    f("Polarbox", "investment", 33 * M),
)
case(
    "zone_decisions_count_no_figure",
    "Pomorska Specjalna Strefa Ekonomiczna wydała w tym roku 25 decyzji o wsparciu. Dotyczą one głównie "
    "branży spożywczej i logistycznej.",
)
case(
    "zone_totals_since_start",
    "Od początku działalności Słupska Specjalna Strefa Ekonomiczna przyciągnęła 180 inwestorów. Firmy "
    "działające w strefie zainwestowały ponad 3 mld zł i stworzyły około 9 tys. miejsc pracy.",
    f("Słupska Specjalna Strefa Ekonomiczna", "companies", 180),
    f("Słupska Specjalna Strefa Ekonomiczna", "investment", 3000 * M, "more_than"),
    f("Słupska Specjalna Strefa Ekonomiczna", "jobs", 9000, "approx"),
)
case(
    "zone_total_with_breakdown",
    "W Łódzkiej Specjalnej Strefie Ekonomicznej działa 260 firm, w tym 70 z kapitałem polskim. Najwięcej "
    "inwestorów pochodzi z Niemiec.",
    f("Łódzka Specjalna Strefa Ekonomiczna", "companies", 260),
)
case(
    "zone_area_and_increment",
    "Rada Ministrów powiększyła Starachowicką Specjalną Strefę Ekonomiczną o 57 ha. Po zmianie strefa zajmuje "
    "łącznie 1240 ha.",
    f("Starachowicka Specjalna Strefa Ekonomiczna", "area_ha", 1240),
)

# --- 2. plants built and expanded, amounts in many shapes -------------------------------------------------------
case(
    "half_billion_words",
    "Koncern Nordsteel wybuduje pod Bydgoszczą nową walcownię. Wartość inwestycji sięgnie blisko pół miliarda "
    "złotych.",
    f("Nordsteel", "investment", 500 * M, "approx"),
)
case(
    "decimal_billion",
    "Grupa Chemaris zmodernizuje instalację nawozów w Policach. Spółka przeznaczy na ten cel 1,2 mld zł.",
    f("Grupa Chemaris", "investment", 1200 * M),
)
case(
    "euro_and_up_to_jobs",
    "Niemiecka firma Kessler Automotive otworzy w Legnicy zakład produkcji wiązek kablowych. Inwestycja "
    "pochłonie 45 mln euro, a pracę znajdzie do 300 osób.",
    f("Kessler Automotive", "investment", 45 * M, unit="EUR"),
    f("Kessler Automotive", "jobs", 300, "up_to"),
)
case(
    "spaced_decimal",
    "Spółka Dromex postawi w Ełku halę magazynową. Koszt budowy oszacowano na 26, 7 mln zł.",
    f("Dromex", "investment", 26.7 * M),
)
case(
    "billions_and_millions_in_words",
    "Największy projekt w historii regionu\n\nKoncern Baltic Cellulose zainwestuje w Ostrołęce 7 miliardów 700 "
    "milionów złotych w nową celulozownię.",
    f("Baltic Cellulose", "investment", 7700 * M),
)
case(
    "quarter_billion",
    "Producent opon Rolgum rozbuduje fabrykę w Dębicy. Inwestycja będzie kosztować ćwierć miliarda złotych.",
    f("Rolgum", "investment", 250 * M),
)
case(
    "kosztem",
    "Spółdzielnia Mleczarska Łąkomleko uruchomiła w Kolnie nową proszkownię, zbudowaną kosztem 85 mln zł.",
    f("Spółdzielnia Mleczarska Łąkomleko", "investment", 85 * M),
)
case(
    "millions_spelled",
    "Firma Aerotech zbuduje w Rzeszowie centrum badawcze. Na projekt wyda 125 milionów złotych.",
    f("Aerotech", "investment", 125 * M),
)
case(
    "pln_code",
    "Spółka Vetrex rozpoczęła budowę huty szkła w Sieradzu. Inwestycja o wartości 310 mln PLN ma ruszyć za dwa "
    "lata.",
    f("Vetrex", "investment", 310 * M),
)
case(
    "range_no_figure",
    "Spółka Vitroplan rozbuduje zakład w Kole. Nakłady wyniosą od 80 do 90 mln zł, a pracę znajdzie 40 osób.",
    f("Vitroplan", "jobs", 40),
)
case(
    "dash_range_no_figure",
    "Firma Masterglas zamierza zainwestować w Jaśle 280–300 mln zł. Zatrudnienie ma znaleźć ok. 200 osób.",
    f("Masterglas", "jobs", 200, "approx"),
)
case(
    "at_least_amount",
    "Inwestycja firmy Biowat w Zamościu będzie kosztować co najmniej 100 mln zł. Zakład ruszy w 2026 roku.",
    f("Biowat", "investment", 100 * M, "more_than"),
)
case(
    "almost_two_billion",
    "Spółka Energis Pomorze zbuduje farmę wiatrową na Bałtyku. Projekt jest wart prawie 2 mld zł.",
    f("Energis Pomorze", "investment", 2000 * M, "approx"),
)
case(
    "vague_amount_no_figure",
    "Grupa Promar chce w najbliższych latach zainwestować w Polsce kilka miliardów złotych.",
)
case(
    "this_year_is_no_breakdown",
    "W tym roku spółka Gremex zainwestuje w Tczewie 15 mln zł w nową lakiernię.",
    f("Gremex", "investment", 15 * M),
)

# --- 3. jobs created beside jobs kept, headcounts -------------------------------------------------------------
case(
    "kept_and_new_jobs",
    "Firma Lumex zainwestuje 30 mln zł w nową linię lakierniczą w Mielcu. Dzięki inwestycji utrzyma 250 "
    "miejsc pracy i stworzy 35 nowych.",
    f("Lumex", "investment", 30 * M),
    f("Lumex", "jobs", 250),
    f("Lumex", "jobs", 35),
)
case(
    "headcount_and_new_posts",
    "Zakład spółki Polmet w Stalowej Woli zatrudnia obecnie 820 osób. Po rozbudowie przybędzie 60 nowych etatów.",
    f("Polmet", "employees", 820),
    f("Polmet", "jobs", 60),
)
case(
    "pracuje_headcount",
    "W fabryce firmy Textil Wear w Kaliszu pracuje 430 osób. Firma szyje odzież dla sieci handlowych.",
    f("Textil Wear", "employees", 430),
)
case(
    "thousands_of_workers",
    "Grupa Elkon zatrudnia w Polsce 2,5 tys. pracowników. Jej nowy zakład w Oławie da pracę kolejnym 120 osobom.",
    f("Grupa Elkon", "employees", 2500),
    f("Grupa Elkon", "jobs", 120),
)
case(
    "nawet_jobs",
    "Duński producent mebli Skovhus otworzy fabrykę pod Szczecinkiem. Docelowo zatrudnienie znajdzie tam nawet "
    "500 osób.",
    f("Skovhus", "jobs", 500, "up_to"),
)
case(
    "less_than_jobs",
    "Spółka Ceramix buduje w Opocznie zautomatyzowaną linię płytek. Przy jej obsłudze będzie pracować mniej niż "
    "30 osób.",
    f("Ceramix", "jobs", 30, "less_than"),
)

# --- 4. owners: a sentence earlier, the clause subject, apposition, headline -----------------------------------
case(
    "investor_sentence_before",
    "Japońska spółka Hoshino Parts wybrała Wrocław na lokalizację nowego zakładu. Fabryka powstanie w ciągu "
    "dwóch lat i zatrudni 200 osób.",
    f("Hoshino Parts", "jobs", 200),
)
case(
    "subject_not_nearest_name",
    "Firma Weltech, dostawca podzespołów dla koncernu Volkswagen, zainwestuje w Polkowicach 60 mln zł.",
    f("Weltech", "investment", 60 * M),
)
case(
    "apposition_after_verb",
    "Nowy zakład w Nowej Soli otworzy producent okien, firma Oknotech. Koszt inwestycji to 35 mln zł.",
    f("Oknotech", "investment", 35 * M),
)
case(
    "headline_owner",
    "Hydrotech zbuduje fabrykę pomp za 100 mln zł\n\nSpółka Hydrotech z Gliwic kupiła działkę w Katowickiej "
    "Specjalnej Strefie Ekonomicznej. Prace budowlane ruszą wiosną.",
    f("Hydrotech", "investment", 100 * M),
)
case(
    "two_firms_each_own",
    "W podstrefie Kutno inwestują dwie firmy. Spółka Agromax wyda 10 mln zł na magazyn zbóż, a firma Paszpol "
    "25 mln zł na wytwórnię pasz.",
    f("Agromax", "investment", 10 * M),
    f("Paszpol", "investment", 25 * M),
)
case(
    "zone_grants_firm_invests",
    "Krakowski Park Technologiczny wydał decyzję o wsparciu dla firmy Softlab. Spółka zatrudni w nowym centrum "
    "usług 180 informatyków.",
    f("Softlab", "jobs", 180),
)
case(
    "joint_sum_no_figure",
    "Spółki Alfametal i Betaprofil zainwestują łącznie 70 mln zł w Radomiu. Obie firmy produkują profile "
    "stalowe.",
)
case(
    "place_owner_investment",
    "Inwestycje Korei Południowej w Polsce przekroczyły 2 mld dolarów. Koreańskie firmy budują głównie fabryki "
    "baterii.",
    f("Korea Południowa", "investment", 2000 * M, "more_than", "USD"),
)

# --- 5. grants, loans and other money that is no investment ------------------------------------------------------
case(
    "grant_and_value",
    "Firma Ekoplast otrzyma 5 mln zł dotacji na budowę linii recyklingu w Koninie. Cała inwestycja jest warta "
    "22 mln zł.",
    f("Ekoplast", "budget", 5 * M),  # a grant received is the receiver's budget (the gold's convention)
    f("Ekoplast", "investment", 22 * M),
)
case(
    "loan_no_figure",
    "Bank Gospodarstwa Krajowego udzielił spółce Rolbud kredytu w wysokości 40 mln zł na zakup maszyn.",
)
case(
    "price_no_figure",
    "Gmina Kobierzyce sprzedała firmie Logispark działkę. Cena metra kwadratowego gruntu wyniosła 250 zł.",
)
case(
    "market_size_no_figure",
    "Rynek opakowań w Polsce jest wart 40 mld zł. Firma Kartonex chce zdobyć w nim większy udział.",
)
case(
    "percent_growth_no_figure",
    "Sprzedaż firmy Frutex wzrosła w ubiegłym roku o 15 proc. Eksport stanowi 60 proc. jej przychodów.",
)
case(
    "population_no_figure",
    "Gmina Zbąszynek liczy 9 tys. mieszkańców. Firma Woodline zbuduje tam tartak za 12 mln zł.",
    f("Woodline", "investment", 12 * M),
)

# --- 6. revenue, exports, members, partners, budget ---------------------------------------------------------------
case(
    "revenue",
    "Przychody spółki Transbud wyniosły w ubiegłym roku 320 mln zł. Firma zatrudnia 900 osób.",
    f("Transbud", "revenue", 320 * M),
    f("Transbud", "employees", 900),
)
case(
    "exports_euro",
    "Eksport firmy Meblomar sięgnął w 2023 roku 90 mln euro. Meble trafiają głównie do Skandynawii.",
    f("Meblomar", "exports", 90 * M, unit="EUR"),
)
case(
    "cluster_skupia",
    "Klaster Dolina Mebli skupia 48 firm z powiatu wschowskiego. W tym roku dołączyły do niego trzy nowe.",
    f("Klaster Dolina Mebli", "members", 48),
)
case(
    "association_members_more_than",
    "Do Stowarzyszenia Eksporterów Mazowsza należy ponad 200 firm. Stowarzyszenie organizuje misje "
    "gospodarcze.",
    f("Stowarzyszenie Eksporterów Mazowsza", "members", 200, "more_than"),
)
case(
    "cluster_founders_partners",
    "Porozumienie o utworzeniu Klastra Zielona Energia podpisało w Lublinie 15 partnerów.",
    f("Klaster Zielona Energia", "partners", 15),
)
case(
    "tax_and_profit_no_headcount",
    "Firma Optiframe odprowadza do budżetu gminy Ostrzeszów 3 mln zł podatków rocznie. Jej zakład zatrudnia "
    "ok. 350 osób.",
    f("Optiframe", "employees", 350, "approx"),
)

# --- 7. more shapes: declared outlays, lists after a colon, words for numbers, areas in m2, contract prices ------
case(
    "declared_outlays",
    "Spółka Agrobud otrzymała decyzję o wsparciu w podstrefie Łowicz. Zadeklarowane nakłady inwestycyjne "
    "wynoszą 75 mln zł.",
    f("Agrobud", "investment", 75 * M),
)
case(
    "list_after_colon_dashes",
    "Decyzje o wsparciu otrzymały dwie firmy: spółka Metalix – 20 mln zł i 30 miejsc pracy oraz firma Plastan – "
    "12 mln zł.",
    f("Metalix", "investment", 20 * M),
    f("Metalix", "jobs", 30),
    f("Plastan", "investment", 12 * M),
)
case(
    "square_metres_no_figure",
    "Firma Logiplus wybuduje w Strykowie centrum dystrybucyjne o powierzchni 40 tys. m kw. Pracę znajdzie "
    "tam 250 osób.",
    f("Logiplus", "jobs", 250),
)
case(
    "number_words_jobs",
    "Producent kosmetyków Lavanda otworzy w Pile drugi zakład. Firma zatrudni w nim dwustu nowych "
    "pracowników.",
    f("Lavanda", "jobs", 200),
)
case(
    "year_beside_jobs",
    "W 2025 roku spółka Fotowat uruchomi w Mławie fabrykę paneli. Zakład da zatrudnienie 150 osobom.",
    f("Fotowat", "jobs", 150),
)
case(
    "contract_price_no_figure",
    "Firma budowlana Konstrukt postawi halę dla spółki Rolmet. Wartość kontraktu wynosi 50 mln zł.",
)
case(
    "inwestorem_jest_relative",
    "W Kobylnicy powstanie nowa drukarnia. Inwestorem jest spółka Graftex, która wyda na nią 18 mln zł.",
    f("Graftex", "investment", 18 * M),
)
case(
    "thousand_and_half_jobs",
    "Centrum usług wspólnych firmy Fincore w Łodzi zatrudni 1,5 tys. osób. Rekrutacja rusza w marcu.",
    f("Fincore", "jobs", 1500),
)
case(
    "billion_euro",
    "Koreański koncern Daesan zainwestuje w Gdańsku 1,5 mld euro w fabrykę ogniw. Budowa potrwa trzy lata.",
    f("Daesan", "investment", 1500 * M, unit="EUR"),
)
case(
    "ranking_place_no_figure",
    "Kielecka Specjalna Strefa Ekonomiczna zajęła 3. miejsce w rankingu stref. W konkursie wzięło udział "
    "14 stref.",
)
case(
    "plants_count_no_figure",
    "Grupa Danmar ma w Polsce 3 zakłady i 12 magazynów. Czwarty zakład powstanie w Siedlcach kosztem "
    "90 mln zł.",
    f("Grupa Danmar", "investment", 90 * M),
)
case(
    "dollars_millions",
    "Amerykańska firma Corvane otworzy w Krakowie centrum inżynieryjne. Inwestycja jest warta 20 mln dolarów.",
    f("Corvane", "investment", 20 * M, unit="USD"),
)

# --- 8. (added after the first round of fixes, still from the domain, not the code) numbers beside a real figure
# that are no figures of cooperation: layoffs, wages, profit, share capital, output, age, clients, exhibitors,
# regional totals of firms; owners in quotes and in a speaker's title ------------------------------------------
case(
    "layoffs_no_figure",
    "Spółka Autoparts zamknie linię w Tychach i zwolni 200 pracowników. Jednocześnie zainwestuje 40 mln zł w "
    "zakład w Bieruniu.",
    f("Autoparts", "investment", 40 * M),
)
case(
    "lost_jobs_no_figure",
    "Pracę w zamykanej cukrowni straci 150 osób. Firma Sugarpol przeniesie produkcję do Glinojecka.",
)
case(
    "wages_no_figure",
    "Firma Elmotor zatrudni w Bolesławcu 300 osób. Średnie wynagrodzenie w nowym zakładzie wyniesie 7 tys. zł.",
    f("Elmotor", "jobs", 300),
)
case(
    "profit_no_figure",
    "Zysk netto spółki Farmalek wyniósł w zeszłym roku 45 mln zł, a przychody 610 mln zł.",
    f("Farmalek", "revenue", 610 * M),
)
case(
    "share_capital_no_figure",
    "Kapitał zakładowy spółki Nordlink Polska wynosi 10 mln zł. Firma wybuduje w Goleniowie magazyn za 60 mln zł.",
    f("Nordlink Polska", "investment", 60 * M),
)
case(
    "output_no_figure",
    "Fabryka koncernu Tyrex w Olsztynie będzie produkować 300 tys. opon rocznie. Inwestycja pochłonie "
    "ok. 700 mln zł.",
    f("Tyrex", "investment", 700 * M, "approx"),
)
case(
    "age_and_clients_no_figure",
    "Firma Logitrans działa na rynku od 25 lat i obsługuje ponad 400 klientów. Teraz otwiera w Strykowie "
    "magazyn, w którym pracę znajdzie 80 osób.",
    f("Logitrans", "jobs", 80),
)
case(
    "exhibitors_no_figure",
    "W targach Agrotech w Kielcach wzięło udział 320 wystawców z 18 krajów. Imprezę odwiedziło 40 tys. gości.",
)
case(
    "region_firms_no_figure",
    "W województwie opolskim działa już ponad 500 firm z kapitałem zagranicznym. Najnowszą jest spółka Vendo "
    "Glass, która wyda 90 mln zł na hutę w Krapkowicach.",
    f("Vendo Glass", "investment", 90 * M),
)
case(
    "speaker_quote_owner",
    "– W ciągu dwóch lat zainwestujemy w Jarocinie 80 mln zł – zapowiedziała Anna Wolska, prezes firmy Lakpol.",
    f("Lakpol", "investment", 80 * M),
)
case(
    "ceo_title_owner",
    "Prezes spółki Granitex Marek Zieliński poinformował, że firma zainwestuje w Strzegomiu 25 mln zł.",
    f("Granitex", "investment", 25 * M),
)
case(
    "zone_attracted_firm_plant_cost",
    "Wałbrzyska Specjalna Strefa Ekonomiczna przyciągnęła do Żarowa spółkę Electropol. Zakład będzie "
    "kosztował 40 mln zł.",
    f("Electropol", "investment", 40 * M),
)
case(
    "agency_helped_firm",
    "Polska Agencja Inwestycji i Handlu pomogła firmie Kinetic Drives wybrać lokalizację. Inwestycja warta "
    "200 mln zł powstanie w Gliwicach.",
    f("Kinetic Drives", "investment", 200 * M),
)
case(
    "zone_total_impersonal",
    "W Kostrzyńsko-Słubickiej Specjalnej Strefie Ekonomicznej zainwestowano łącznie 12 mld zł. Powstało tam "
    "ponad 40 tys. miejsc pracy.",
    f("Kostrzyńsko-Słubicka Specjalna Strefa Ekonomiczna", "investment", 12000 * M),
    f("Kostrzyńsko-Słubicka Specjalna Strefa Ekonomiczna", "jobs", 40000, "more_than"),
)
case(
    "employment_cut_no_figure",
    "Zatrudnienie w spółce Kolfarb zmniejszy się o 80 etatów. Firma tłumaczy to automatyzacją produkcji.",
)
case(
    "hall_area_m2_plot_price",
    "Spółka Panelbud kupiła w podstrefie Stargard działkę o powierzchni 6 ha. Wybuduje na niej halę o "
    "powierzchni 25 tys. mkw. i zatrudni 120 osób.",
    f("Panelbud", "area_ha", 6),
    f("Panelbud", "jobs", 120),
)

# --- 9. (added in the second round, from the domain) more investment news: jobs "docelowo", "dodatkowych", an
# investor after the verb, a plant "należący do" a firm, a takeover's price, growth of employment, a headcount
# beside jobs to come, two years' outlays, a cluster's members with a breakdown, land bought in hectares, an
# amount adjective, a works noun by its ending, a grant received, revenue beyond a bound after a year -------------
case(
    "jobs_docelowo_specialists",
    "Amerykański koncern Brightwell otworzył w Poznaniu centrum usług. Docelowo zatrudnienie znajdzie w nim "
    "600 specjalistów.",
    f("Brightwell", "jobs", 600),
)
case(
    "jobs_dodatkowych_after_ze",
    "Spółka Mirotex ogłosiła, że do końca 2026 roku zatrudni w Słupsku dodatkowych 150 osób.",
    f("Mirotex", "jobs", 150),
)
case(
    "investor_after_verb_then_zapowiada",
    "Nowy zakład produkcji okien w Kościanie zbuduje firma Oknobis. Inwestor zapowiada, że wyda na ten cel "
    "ponad 70 mln zł.",
    f("Oknobis", "investment", 70 * M, "more_than"),
)
case(
    "plant_belonging_to_firm",
    "Zakład w Swarzędzu, należący do firmy Meblomax, zostanie rozbudowany. Wartość prac oszacowano na 55 mln zł.",
    f("Meblomax", "investment", 55 * M),
)
case(
    "takeover_price",
    "Grupa Orlex przejęła spółkę Kabelnet za 320 mln zł. Transakcja wymaga zgody urzędu antymonopolowego.",
    f("Grupa Orlex", "investment", 320 * M),
)
case(
    "growth_of_employment",
    "Na rozbudowę zakładu w Mielcu spółka Aerolot wyda 110 mln zł. Zatrudnienie w firmie wzrośnie o 140 osób.",
    f("Aerolot", "investment", 110 * M),
    f("Aerolot", "jobs", 140),
)
case(
    "headcount_then_fourth_plant",
    "Firma Nordglass zatrudnia w Polsce 1200 osób w trzech zakładach. W Wałczu powstanie czwarty, w którym pracę "
    "dostanie 200 osób.",
    f("Nordglass", "employees", 1200),
    f("Nordglass", "jobs", 200),
)
case(
    "outlays_of_two_years",
    "Spółka Wipasz zainwestowała w ubiegłym roku w nowe linie 150 mln zł, a w tym roku planuje wydać kolejne "
    "200 mln zł.",
    f("Wipasz", "investment", 150 * M),
    f("Wipasz", "investment", 200 * M),
)
case(
    "cluster_members_breakdown",
    "Klaster Obróbki Metali zrzesza 70 podmiotów, w tym 55 firm i 4 uczelnie.",
    f("Klaster Obróbki Metali", "members", 70),
)
case(
    "land_bought_hectares",
    "Firma Solvera kupiła w Legnickiej Specjalnej Strefie Ekonomicznej 15 ha gruntów pod nową fabrykę.",
    f("Solvera", "area_ha", 15),
)
case(
    "amount_adjective",
    "Miliardowa inwestycja koncernu Paperlink w Kwidzynie ruszy w maju. Powstanie tam nowa maszyna papiernicza.",
    f("Paperlink", "investment", 1000 * M),
)
case(
    "works_noun_by_ending",
    "Spółka Drobimex wybuduje ubojnię za 200 milionów złotych i zatrudni 300 pracowników.",
    f("Drobimex", "investment", 200 * M),
    f("Drobimex", "jobs", 300),
)
case(
    "grant_for_investment",
    "Na inwestycję w Bełchatowie spółka Ecovolt otrzymała 20 mln zł dofinansowania z funduszy unijnych.",
    f("Ecovolt", "budget", 20 * M),
)
case(
    "revenue_beyond_after_year",
    "Spółka Motoserwis zatrudnia ponad 3 tys. osób, a jej przychody przekroczyły w 2023 roku 15 mld zł.",
    f("Motoserwis", "employees", 3000, "more_than"),
    f("Motoserwis", "revenue", 15000 * M, "more_than"),
)
case(
    "investment_near_300_million",
    "Spółka Adamed Pharma rozbuduje zakład w Pabianicach. Inwestycja za blisko 300 mln zł potrwa dwa lata.",
    f("Adamed Pharma", "investment", 300 * M, "approx"),
)

# --- 10. (third round, longer articles) a zone's totals in a sentence whose subject is the bare noun "strefa",
# and a ranking of projects with amounts after dashes --------------------------------------------------------------
case(
    "article_permit_then_zone_totals",
    "Nowa fabryka pod Opolem\n\nSpółka Kronos Pack, producent opakowań z tektury, otrzymała decyzję o wsparciu w "
    "Katowickiej Specjalnej Strefie Ekonomicznej. Firma wybuduje w Prószkowie zakład o powierzchni 18 tys. mkw. "
    "Koszt przedsięwzięcia to ok. 65 mln zł. W nowym zakładzie pracę znajdzie 110 osób, a spółka utrzyma "
    "dotychczasowe 340 etatów w Opolu.\n\nTo już piąta decyzja wydana przez KSSE w tym miesiącu. Od początku "
    "roku strefa wydała 48 decyzji, a zadeklarowane w nich nakłady sięgają 2,3 mld zł. Inwestorzy zobowiązali się "
    "do utworzenia 1,4 tys. nowych miejsc pracy.\n\n– Cieszymy się, że kolejny inwestor wybrał nasz region – "
    "powiedział Jan Nowicki, prezes KSSE. Gmina Prószków liczy ok. 9,5 tys. mieszkańców.",
    f("Kronos Pack", "investment", 65 * M, "approx"),
    f("Kronos Pack", "jobs", 110),
    f("Kronos Pack", "jobs", 340),
    f("Katowicka Specjalna Strefa Ekonomiczna", "investment", 2300 * M),
    f("Katowicka Specjalna Strefa Ekonomiczna", "jobs", 1400),
)
case(
    "article_zone_year_projects_after_dashes",
    "Rekordowy rok w strefie\n\nW 2023 roku Wałbrzyska Specjalna Strefa Ekonomiczna Invest-Park wydała 62 "
    "decyzje o wsparciu. Łączna wartość nowych inwestycji wyniesie ponad 4 mld zł. Największym projektem jest "
    "budowa fabryki baterii przez koncern Voltaria w Jaworze – 1,8 mld zł i 600 miejsc pracy. Drugie miejsce "
    "zajęła spółka Glasstec ze Świdnicy, która zainwestuje 300 mln zł. Strefa zajmuje obecnie 5,6 tys. ha.",
    f("Wałbrzyska Specjalna Strefa Ekonomiczna Invest-Park", "investment", 4000 * M, "more_than"),
    f("Voltaria", "investment", 1800 * M),
    f("Voltaria", "jobs", 600),
    f("Glasstec", "investment", 300 * M),
    f("Wałbrzyska Specjalna Strefa Ekonomiczna Invest-Park", "area_ha", 5600),
)
case(
    "total_then_parts_after_dashes",
    "Spółka Rolbox rozbuduje magazyn w Kutnie. Koszt inwestycji wyniesie 32 mln zł: budowa hali – 24 mln zł, "
    "regały i wózki – 8 mln zł.",
    f("Rolbox", "investment", 32 * M),
)
case(
    "strefa_subject_but_firm_named",
    "Strefa wydała decyzję o wsparciu spółce Metpol, a ta zainwestuje w Nysie 30 mln zł.",
    f("Metpol", "investment", 30 * M),
)


# main 2bed4c3 (before any s9 change) passed 54 of 60. It failed decimal_billion ("przeznaczy na ten cel" read as a
# budget), list_after_colon_dashes (the second firm's amount after a dash went to the first firm),
# place_owner_investment (a country named after the investment noun), population_no_figure (no plant noun
# "tartak"), tax_and_profit_no_headcount (taxes read as a budget) and grant_and_value (written first without the
# grant, which the gold's convention counts as the receiver's budget). With section 8 (added after the first round of
# fixes) main passes 70 of 76 (also failing layoffs_no_figure: "zwolni 200 pracowników" read as a headcount); with
# section 9 (second round) main passes 83 of 91 (also failing works_noun_by_ending: "ubojnię za 200 mln zł", and
# revenue_beyond_after_year: the qualifier of "przekroczyły w 2023 roku"); with section 10 (third round) main passes
# 84 of 94 (also failing the two articles: the zone's total under a bare "strefa" went to the investor, and an
# amount after a dash in a ranking of projects was lost); with total_then_parts_after_dashes (written against the
# dash rule of this session, which main passes) 85 of 95. s9 fig6 passes all 95.
FAILING: dict[str, str] = {}


def check(text: str, want: frozenset[Fig5]) -> list[str]:
    """What the extractor gets wrong on one passage: `+ …` a figure it should not give, `- …` one it misses."""
    rec = kooperacja.extract(text, doc_id="s9fig", published=PUBLISHED)
    names = {e["id"]: [e["name"], *e.get("aliases", [])] for e in rec["entities"]}
    left = list(want)
    extra = []
    for fg in rec["figures"]:
        owners = names[fg["entity"]]
        got = (fg["metric"], float(fg["value"]), fg["unit"], fg.get("qualifier", "exact"))
        hit = next((w for w in left if w[1:] == got and any(loose(o) == loose(w[0]) for o in owners)), None)
        if hit is None:
            extra.append(f"+ {owners[0]} {' '.join(map(str, got))}")
        else:
            left.remove(hit)
    return extra + [f"- {' '.join(map(str, w))}" for w in left]


@pytest.mark.parametrize("key", keyed_params(CASES, FAILING))
def test_figures_s9fig(key: str) -> None:
    assert check(*CASES[key]) == []


if __name__ == "__main__":  # pass count: PYTHONPATH=src python -m tests.extract.test_figures_s9fig
    print_pass_count(CASES, lambda k: check(*CASES[k]), lambda k: CASES[k][0], show_failing=True)
