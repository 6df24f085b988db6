"""A seventh battery of invented news passages for figures (session 10, fig9), written in its author's own words
before reading the figure code: invented companies and amounts, real towns. It leaves the habits of the earlier
batteries (clean news sentences) for the other shapes of web news: portal boilerplate (breadcrumbs, "Czytaj
także" links, share buttons), photo captions and credits, author and source lines, press-release footers "O
firmie" with contacts, news round-ups in bullets, calendars, registry numbers, phone numbers and addresses, tables
flattened to text (label: value; tabs; dashes), interviews in question-and-answer form, and numbers that are no
figures of cooperation: market sizes, regional statistics, product prices, shares and percentages, ranking
positions, historical headcounts, share prices and dividends, capacities, tenders, delegation sizes. Gold figures
come in the shapes those batteries lack: in a headline, in a flattened table, in an interview's answer, grown
"z X do Y" with the owner a sentence earlier, welding robots bought as a machine investment, and owners named only
as "inwestor", "spółka" or "koncern" sentences after their name.

Each wanted figure is (owner, metric, value, unit, qualifier), compared as in test_figures_s9fig.
"""

from __future__ import annotations

import pytest

from .battery import case_adder, keyed_params, print_pass_count
from .test_figures_s9fig import Fig5, check, f

M = 1_000_000
CASES: dict[str, tuple[str, frozenset[Fig5]]] = {}
case = case_adder(CASES)

# --- 1. portal boilerplate, captions, credits, footers, contacts ------------------------------------------------
case(
    "portal_breadcrumbs_and_read_also_links",
    "Strona główna › Gospodarka › Inwestycje\n\nHydrotech zbuduje zakład w Kępnie\n\nSpółka Hydrotech, producent "
    "pomp ciepła, kupiła od gminy Kępno działkę o powierzchni 6 ha. Koszt budowy zakładu oszacowano na 75 mln zł."
    "\n\nCzytaj także: Strefa w Ostrzeszowie ma 12 nowych inwestorów\nCzytaj także: 300 osób straciło pracę w "
    "hucie\n\nUdostępnij   Komentarze (4)",
    f("Hydrotech", "area_ha", 6),
    f("Hydrotech", "investment", 75 * M),
)
case(
    "photo_caption_and_credit",
    "Nowa linia lakiernicza w zakładzie Autolak w Mielcu. Fot. Jan Kowal / archiwum firmy\n\nSpółka Autolak "
    "uruchomiła w Mielcu linię lakierniczą wartą 18 mln zł. Na zdjęciu: 40-metrowa kabina lakiernicza. W zakładzie "
    "pracuje 230 osób.",
    f("Autolak", "investment", 18 * M),
    f("Autolak", "employees", 230),
)
case(
    "author_and_source_lines",
    "Firma Kabelmet otworzyła w Zielonej Górze centrum badawczo-rozwojowe. Inwestycja kosztowała 22 mln zł. W "
    "centrum powstało 35 nowych miejsc pracy dla inżynierów.\n\nAnna Nowak, 12.04.2024, 14:35\nŹródło: Gazeta "
    "Zielonogórska",
    f("Kabelmet", "investment", 22 * M),
    f("Kabelmet", "jobs", 35),
)
case(
    "press_footer_without_metrics",
    "Grupa Vitrum otwiera w Koninie zakład szkła hartowanego. Spółka wyda na projekt 140 mln zł i zatrudni 180 "
    "osób.\n\nO firmie: Grupa Vitrum działa od 1994 roku i jest jednym z pięciu największych producentów szkła w "
    "Europie. Ma zakłady w 7 krajach, a jej udział w polskim rynku wynosi 28 proc.\n\nKontakt dla mediów: Ewa Lis, "
    "tel. 601 234 567",
    f("Grupa Vitrum", "investment", 140 * M),
    f("Grupa Vitrum", "jobs", 180),
)
case(
    "press_footer_headcount_and_revenue",
    "Spółka Termex podpisała umowę z Politechniką Rzeszowską na badania nad nowymi stopami aluminium.\n\nO spółce "
    "Termex\nTermex to producent odlewów dla lotnictwa. Firma zatrudnia 1,2 tys. osób, a jej przychody w 2023 roku "
    "wyniosły 640 mln zł. Siedziba spółki mieści się przy ul. Hangarowej 15 w Rzeszowie.",
    f("Termex", "employees", 1200),
    f("Termex", "revenue", 640 * M),
)
case(
    "news_roundup_bullets",
    "Gospodarka w skrócie\n\n• Spółka Dreweko rozbuduje tartak w Nowym Targu za 12 mln zł.\n• Ceny mieszkań w "
    "Krakowie wzrosły w ciągu roku o 14 proc., a metr kwadratowy kosztuje średnio 16 tys. zł.\n• Firma Logistar "
    "otworzyła magazyn w Wieliczce, w którym pracę znajdzie 90 osób.\n• Stopa bezrobocia w Małopolsce spadła do "
    "4,1 proc.",
    f("Dreweko", "investment", 12 * M),
    f("Logistar", "jobs", 90),
)
case(
    "calendar_lines",
    "Kalendarium\n\n14.05.2024 – Forum Inwestycyjne w Rzeszowie, godz. 10.00, sala 204.\n21.05.2024 – Dzień "
    "otwarty w firmie Aerotech, ul. Lotników 8.\n\nFirma Aerotech zainwestowała w nową halę 26 mln zł.",
    f("Aerotech", "investment", 26 * M),
)
case(
    "registry_numbers_and_phone",
    "Spółka Baltpol sp. z o.o., KRS 0000412345, NIP 583-21-45-678, tel. +48 58 340 12 00, ogłosiła, że "
    "zainwestuje w Pruszczu Gdańskim 45 mln zł.",
    f("Baltpol", "investment", 45 * M),
)
case(
    "street_address_and_postcode",
    "Nowy zakład firmy Rolmech powstanie przy ul. Fabrycznej 112 w Strzelcach Opolskich (kod 47-100). Inwestor "
    "wyda na niego 38 mln zł i zatrudni 70 osób.",
    f("Rolmech", "investment", 38 * M),
    f("Rolmech", "jobs", 70),
)

# --- 2. market sizes, statistics, prices, shares, rankings, history ---------------------------------------------
case(
    "market_size_then_company",
    "Polski rynek kosmetyków jest wart ok. 20 mld zł i rośnie o 5 proc. rocznie. Na tej fali spółka Nivela z "
    "Łodzi buduje nową fabrykę za 60 mln zł.",
    f("Nivela", "investment", 60 * M),
)
case(
    "regional_statistics_then_employer",
    "Według danych GUS w województwie podkarpackim w przemyśle pracuje 180 tys. osób, a przeciętne wynagrodzenie "
    "wynosi 6,9 tys. zł. W regionie działa ponad 170 tys. firm. Największym pracodawcą jest spółka Karpatex, "
    "która zatrudnia 2,4 tys. osób.",
    f("Karpatex", "employees", 2400),
)
case(
    "region_total_then_one_investor",
    "W 2023 roku inwestorzy zagraniczni wydali w Wielkopolsce łącznie 4,5 mld zł. Jednym z nich jest koncern "
    "Brandtwerk, który otworzył w Śremie fabrykę za 300 mln zł.",
    f("Brandtwerk", "investment", 300 * M),
)
case(
    "historical_headcounts",
    "Firma Stolbud powstała w 1992 roku w garażu i zatrudniała wtedy 4 osoby. W 2010 roku pracowało w niej 150 "
    "osób. Dziś spółka zatrudnia 620 pracowników.",
    f("Stolbud", "employees", 620),
)
case(
    "product_price_then_spolka",
    "Nowy elektryczny ciągnik z fabryki Agromot w Kutnie będzie kosztował ok. 400 tys. zł. Spółka wydała na linię "
    "montażową 55 mln zł.",
    f("Agromot", "investment", 55 * M),
)
case(
    "market_share_and_export_share",
    "Udział firmy Serpol w rynku serów wynosi 18 proc., a eksport stanowi 40 proc. jej sprzedaży. Spółka zatrudnia "
    "900 osób.",
    f("Serpol", "employees", 900),
)
case(
    "ranking_position_and_promotion",
    "W rankingu 500 największych firm Dolnego Śląska spółka Wrotech zajęła 12. pozycję, awansując o 8 miejsc. "
    "Firma zatrudnia 1,5 tys. osób.",
    f("Wrotech", "employees", 1500),
)
case(
    "ranking_list_revenues",
    "Największe firmy Opolszczyzny\n\n1. Opolchem – przychody 2,1 mld zł\n2. Nysamet – przychody 870 mln zł\n3. "
    "Brzegpak – przychody 410 mln zł",
    f("Opolchem", "revenue", 2100 * M),
    f("Nysamet", "revenue", 870 * M),
    f("Brzegpak", "revenue", 410 * M),
)
case(
    "share_price_and_dividend",
    "Akcje spółki Energovolt podrożały we wtorek o 6 proc., do 48,20 zł. Spółka wypłaci akcjonariuszom 120 mln zł "
    "dywidendy. Zatrudnia 2,3 tys. osób.",
    f("Energovolt", "employees", 2300),
)
case(
    "anniversary_output",
    "Spółka Drewnostyl obchodzi 30-lecie. Przez trzy dekady wyprodukowała 2 mln okien. Dziś zatrudnia 540 osób.",
    f("Drewnostyl", "employees", 540),
)
case(
    "capacity_and_halls_no_figure",
    "Nowa linia firmy Betomix wyprodukuje rocznie 200 tys. ton betonu, a zakład zajmie 3 hale po 4 tys. mkw. "
    "każda. Spółka wyda na linię 16 mln zł.",
    f("Betomix", "investment", 16 * M),
)
case(
    "power_in_mw",
    "Spółka Windpol uruchomiła pod Darłowem farmę wiatrową o mocy 48 MW. Projekt kosztował 260 mln zł.",
    f("Windpol", "investment", 260 * M),
)
case(
    "rent_per_metre_no_figure",
    "Firma Logiprim wynajęła 15 tys. mkw. w parku magazynowym w Strykowie. Czynsz wynosi 25 zł za metr miesięcznie.",
)
case(
    "tender_offer_then_company",
    "Gmina Łowicz ogłosiła przetarg na budowę drogi do strefy przemysłowej. Najtańsza oferta opiewa na 8,4 mln zł. "
    "Przy drodze swój zakład buduje spółka Fermex, która zatrudni 75 osób.",
    f("Fermex", "jobs", 75),
)
case(
    "delegation_size_and_visited_firms",
    "Do Opola przyjechała 25-osobowa delegacja z Bawarii. Goście odwiedzili 4 firmy, w tym spółkę Opolmet, która "
    "zatrudnia 600 osób.",
    f("Opolmet", "employees", 600),
)
case(
    "share_of_local_hires",
    "Koncern Sanwa Denki zatrudni w Bolesławcu 300 osób, z czego 80 proc. stanowić będą mieszkańcy powiatu.",
    f("Sanwa Denki", "jobs", 300),
)
case(
    "date_and_duration_not_numbers",
    "Spółka Ekoterm 15 marca 2024 r. wmurowała kamień węgielny pod zakład w Skarżysku-Kamiennej. Budowa potrwa 18 "
    "miesięcy, a zakład zatrudni 95 osób.",
    f("Ekoterm", "jobs", 95),
)

# --- 3. quotes: wishes beside what was done ---------------------------------------------------------------------
case(
    "quote_wish_beside_done",
    "– Chcielibyśmy kiedyś zatrudniać tu nawet tysiąc osób – mówi Piotr Zych, prezes spółki Elektrobud. Na razie "
    "firma zainwestowała w Lubaniu 30 mln zł i utworzyła 120 miejsc pracy.",
    f("Elektrobud", "investment", 30 * M),
    f("Elektrobud", "jobs", 120),
)
case(
    "quote_dream_amount",
    "„Marzy nam się fabryka za miliard złotych” – przyznał Jan Wrona z firmy Metalbox. Na razie spółka rozbudowuje "
    "halę w Żarach kosztem 14 mln zł.",
    f("Metalbox", "investment", 14 * M),
)
case(
    "conditional_investment_then_headcount",
    "Jeśli gmina zmieni plan miejscowy, koncern Nordholz mógłby zainwestować w Sianowie nawet 500 mln zł. Koncern "
    "prowadzi już w Polsce dwa zakłady, w których pracuje 1,1 tys. osób.",
    f("Nordholz", "employees", 1100),
)

# --- 4. another company's figures in the same article -----------------------------------------------------------
case(
    "supplier_headcount_beside_investor",
    "Koncern Voltmar uruchomił w Jaworze fabrykę akumulatorów za 1,2 mld zł. Dostawcą linii produkcyjnych jest "
    "niemiecka firma Kessler Anlagen, która zatrudnia 3 tys. osób. W fabryce Voltmaru pracę znajdzie 450 osób.",
    f("Voltmar", "investment", 1200 * M),
    f("Kessler Anlagen", "employees", 3000),
    f("Voltmar", "jobs", 450),
)
case(
    "competitor_in_next_sentence",
    "Spółka Drobex otworzyła ubojnię drobiu w Mławie, w której zatrudni 300 osób. Konkurencyjna firma Kurpol, która "
    "ma zakład w sąsiednim Płońsku, zatrudnia 800 pracowników.",
    f("Drobex", "jobs", 300),
    f("Kurpol", "employees", 800),
)
case(
    "group_worldwide_and_polish_subsidiary",
    "Francuski koncern Lumiere zatrudnia na świecie 40 tys. osób. Jego polska spółka Lumiere Polska zbuduje w "
    "Gliwicach centrum logistyczne za 90 mln zł.",
    f("Lumiere", "employees", 40000),
    f("Lumiere Polska", "investment", 90 * M),
)
case(
    "client_object_then_spolka",
    "Firma Pakom podpisała wieloletni kontrakt z siecią Biedronka. Spółka rozbuduje w związku z tym magazyn w "
    "Strykowie kosztem 20 mln zł.",
    f("Pakom", "investment", 20 * M),
)

# --- 5. figures in a headline -----------------------------------------------------------------------------------
case(
    "headline_amount_and_jobs_only",
    "Fabryka za 250 mln zł i 400 miejsc pracy w Pile\n\nKoncern Norsk Alu otrzymał decyzję o wsparciu w Pomorskiej "
    "Specjalnej Strefie Ekonomicznej. Zakład ma ruszyć w 2026 roku.",
    f("Norsk Alu", "investment", 250 * M),
    f("Norsk Alu", "jobs", 400),
)
case(
    "headline_investor_amount_body_descriptor",
    "Termoglas zainwestuje 80 mln zł w Sulęcinie\n\nProducent szyb zespolonych kupił w podstrefie Sulęcin 9 ha "
    "gruntu. Nowy zakład da pracę 130 osobom.",
    f("Termoglas", "investment", 80 * M),
    f("Termoglas", "area_ha", 9),
    f("Termoglas", "jobs", 130),
)
case(
    "headline_colon_euro",
    "Hofmann Gruppe: 30 mln euro na nowy zakład w Legnicy\n\nNiemiecki inwestor rozpoczął budowę hali o powierzchni "
    "20 tys. mkw.",
    f("Hofmann Gruppe", "investment", 30 * M, unit="EUR"),
)

# --- 6. tables flattened to text --------------------------------------------------------------------------------
case(
    "table_label_value_semicolons",
    "Inwestycja w liczbach\nInwestor: spółka Fibrex; Lokalizacja: Ostrów Wielkopolski; Nakłady: 40 mln zł; "
    "Miejsca pracy: 120; Powierzchnia działki: 5,5 ha; Termin zakończenia: 2025 r.",
    f("Fibrex", "investment", 40 * M),
    f("Fibrex", "jobs", 120),
    f("Fibrex", "area_ha", 5.5),
)
case(
    "table_rows_with_tabs",
    "Podsumowanie projektu\n\nFirma\tPackline Sp. z o.o.\nWartość inwestycji\t65 mln zł\nNowe miejsca pracy\t85\n"
    "Rok rozpoczęcia\t2024",
    f("Packline", "investment", 65 * M),
    f("Packline", "jobs", 85),
)
case(
    "table_zone_results_dashes",
    "Wyniki Kostrzyńsko-Słubickiej Specjalnej Strefy Ekonomicznej w 2023 r.:\n– liczba wydanych decyzji: 31\n– "
    "zadeklarowane nakłady: 2,8 mld zł\n– nowe miejsca pracy: 950",
    f("Kostrzyńsko-Słubicka Specjalna Strefa Ekonomiczna", "investment", 2800 * M),
    f("Kostrzyńsko-Słubicka Specjalna Strefa Ekonomiczna", "jobs", 950),
)

# --- 7. interviews in question-and-answer form -------------------------------------------------------------------
case(
    "interview_dashes_first_person",
    "Rozmowa z Markiem Lisem, prezesem firmy Optilens.\n\n– Ile kosztuje nowy zakład?\n– Łącznie zainwestujemy w "
    "Lesznie 48 mln zł.\n– A ilu ludzi znajdzie u państwa pracę?\n– Zatrudnimy 60 osób.",
    f("Optilens", "investment", 48 * M),
    f("Optilens", "jobs", 60),
)
case(
    "interview_p_o_labels",
    "Z Adamem Kotem, prezesem spółki Kotmet, rozmawia Tomasz Baran.\n\nP: Jak duża jest dziś firma?\nO: Zatrudniamy "
    "320 osób. Nasze przychody w zeszłym roku wyniosły 210 mln zł.",
    f("Kotmet", "employees", 320),
    f("Kotmet", "revenue", 210 * M),
)
case(
    "interview_question_statistic",
    "– W powiecie bezrobocie wynosi 12 proc. Czy to pomoże w rekrutacji?\n– Tak. Spółka Dekorpol zatrudnia już w "
    "Żninie 410 osób i szukamy kolejnych.",
    f("Dekorpol", "employees", 410),
)

# --- 8. growth "z X do Y" with the owner a sentence earlier -----------------------------------------------------
case(
    "growth_from_to_owner_before",
    "Spółka Plastiform zakończyła rozbudowę zakładu w Oleśnicy. Zatrudnienie wzrosło z 120 do 180 osób.",
    f("Plastiform", "jobs", 180),
)
case(
    "growth_from_to_plant_adjective",
    "Koncern Velomat przenosi do Ostródy produkcję ram rowerowych. W efekcie zatrudnienie w ostródzkim zakładzie "
    "wzrośnie z 250 do 400 pracowników.",
    f("Velomat", "jobs", 400),
)

# --- 9. welding robots and other machines as an investment ------------------------------------------------------
case(
    "welding_robots_money_next_sentence",
    "Firma Stalkon z Kalisza kupiła sześć robotów spawalniczych. Na ich zakup wydała 9 mln zł.",
    f("Stalkon", "investment", 9 * M),
)
case(
    "welding_robots_worth",
    "Spółka Metalplast zainstalowała w hali w Koninie roboty spawalnicze o wartości 7,5 mln zł.",
    f("Metalplast", "investment", 7.5 * M),
)

# --- 10. owners named only as "koncern", "inwestor", "spółka" later ---------------------------------------------
case(
    "koncern_after_ceremony_sentence",
    "Japoński koncern Harumi Seiki otworzył we Wrocławiu centrum inżynieryjne. Uroczystość odbyła się z udziałem "
    "wojewody i ambasadora Japonii. Koncern wydał na centrum 35 mln zł i utworzy w nim 200 miejsc pracy.",
    f("Harumi Seiki", "investment", 35 * M),
    f("Harumi Seiki", "jobs", 200),
)
case(
    "inwestor_after_zone_and_mayor",
    "Wałbrzyska Specjalna Strefa Ekonomiczna sprzedała spółce Glastor teren w Nowej Rudzie. Burmistrz miasta cieszy "
    "się z decyzji. Inwestor wybuduje tam hutę szkła za 110 mln zł.",
    f("Glastor", "investment", 110 * M),
)

# --- 11. (second round, written after the first fixes) more shapes of web news --------------------------------------
case(
    "currency_conversion_in_brackets",
    "Szwedzki koncern Nordvik zainwestuje w Koszalinie 50 mln euro (ok. 215 mln zł). Zakład zatrudni 240 osób.",
    f("Nordvik", "investment", 50 * M, unit="EUR"),
    f("Nordvik", "jobs", 240),
)
case(
    "cluster_sklad_and_liczy",
    "W skład Klastra Meblowego Wielkopolska wchodzi 35 podmiotów. Do klastra należą producenci mebli, uczelnie i "
    "samorządy.",
    f("Klaster Meblowy Wielkopolska", "members", 35),
)
case(
    "caption_amount_beside_body",
    "Na zdjęciu: nowa hala spółki Termaplast w Brzegu. Fot. UM Brzeg\n\nSpółka Termaplast oddała do użytku halę "
    "produkcyjną. Inwestycja kosztowała 28 mln zł, a pracę w hali znalazło 60 osób.",
    f("Termaplast", "investment", 28 * M),
    f("Termaplast", "jobs", 60),
)
case(
    "joint_total_of_listed_firms",
    "Decyzje o wsparciu otrzymały w czerwcu spółki Alkor, Betex i Cermont. Łącznie zainwestują one w regionie 90 mln "
    "zł.",
)
case(
    "revenue_grew_to",
    "Przychody spółki Elektromet wzrosły w ubiegłym roku do 480 mln zł. Firma zatrudnia 1,1 tys. osób.",
    f("Elektromet", "revenue", 480 * M),
    f("Elektromet", "employees", 1100),
)
case(
    "country_invests_and_company",
    "Japonia zainwestowała w Polsce już ponad 2 mld dolarów. Najnowszą inwestycją jest fabryka koncernu Hoshida "
    "w Kutnie za 400 mln zł.",
    f("Japonia", "investment", 2000 * M, "more_than", unit="USD"),
    f("Hoshida", "investment", 400 * M),
)
case(
    "read_also_link_with_company_amount",
    "Spółka Glaspol otworzyła w Sandomierzu nową linię do produkcji szyb. Linia kosztowała 34 mln zł.\n\nZobacz "
    "też: Koncern Ferox wyda 200 mln zł na zakład w Ostrowcu",
    f("Glaspol", "investment", 34 * M),
    # eval/own3/README.md: a link's headline is boilerplate, no entity and so no figure (fixorg10)
)
case(
    "quote_of_mayor_between_company_figures",
    "Firma Medisan rozbuduje zakład w Łowiczu za 45 mln zł. – To dobra wiadomość dla miasta, które ma 28 tys. "
    "mieszkańców – powiedział burmistrz Adam Zięba. Spółka zatrudni dodatkowo 70 osób.",
    f("Medisan", "investment", 45 * M),
    f("Medisan", "jobs", 70),
)
case(
    "phone_and_office_hours_footer",
    "Nabór do programu wsparcia eksporterów prowadzi Agencja Rozwoju Regionalnego Arleg. Budżet programu wynosi 6 mln "
    "zł.\n\nInformacje: tel. 75 644 33 22, pon.–pt. 8.00–16.00, pokój 105.",
    f("Agencja Rozwoju Regionalnego Arleg", "budget", 6 * M),
)
case(
    "inwestor_label_line_amount",
    "Inwestor: Mleczarnia Jogra\nWartość: 120 mln zł\nNowe miejsca pracy: 45",
    f("Mleczarnia Jogra", "investment", 120 * M),
    f("Mleczarnia Jogra", "jobs", 45),
)
case(
    "stock_exchange_market_cap",
    "Kapitalizacja spółki Polwax na giełdzie wynosi 900 mln zł. Spółka zbuduje w Czechowicach-Dziedzicach "
    "rafinerię parafiny za 150 mln zł.",
    f("Polwax", "investment", 150 * M),
)
case(
    "emission_and_capacity_no_figure",
    "Nowy blok ciepłowni spółki Ecoterm w Kole ograniczy emisję CO2 o 40 tys. ton rocznie. Ecoterm wyda na niego "
    "70 mln zł.",
    f("Ecoterm", "investment", 70 * M),
)

# --- 12. (third round) awards, rankings and permit round-ups, the genres of the real articles ----------------------
case(
    "award_laureate_relative_headcount",
    "Tytuł Pracodawcy Roku Ziemi Kaliskiej otrzymała spółka Kalmet, która zatrudnia 560 osób. Wyróżnienia trafiły "
    "do 12 firm z regionu.",
    f("Kalmet", "employees", 560),
)
case(
    "ranking_place_with_revenue",
    "W tegorocznym rankingu Gazel Biznesu firma Termonet zajęła 3. miejsce w województwie. Jej przychody wyniosły "
    "84 mln zł.",
    f("Termonet", "revenue", 84 * M),
)
case(
    "ranking_growth_percent_no_figure",
    "Spółka Logitrans awansowała w rankingu o 40 pozycji. Jej przychody wzrosły o 35 proc., a zysk netto o 12 mln "
    "zł.",
)
case(
    "permits_roundup_three_lines",
    "Nowe zezwolenia w strefie\n\nW maju Tarnobrzeska Specjalna Strefa Ekonomiczna wydała trzy decyzje o wsparciu:"
    "\n– spółka Drewbud (Stalowa Wola) – 14 mln zł, 20 miejsc pracy,\n– firma Lakmot (Mielec) – 32 mln zł, 45 "
    "miejsc pracy,\n– spółka Pakrol (Nisko) – 9 mln zł.",
    f("Drewbud", "investment", 14 * M),
    f("Drewbud", "jobs", 20),
    f("Lakmot", "investment", 32 * M),
    f("Lakmot", "jobs", 45),
    f("Pakrol", "investment", 9 * M),
)
case(
    "award_prize_money_no_investment",
    "Zwycięzca konkursu Innowator Mazowsza, spółka Biolek, otrzyma nagrodę w wysokości 100 tys. zł. Firma zatrudnia "
    "45 osób.",
    f("Biolek", "employees", 45),
)
case(
    "award_jury_and_entries_no_figure",
    "Do konkursu Lider Eksportu zgłosiło się 86 firm. Jury, w którym zasiadło 9 ekspertów, nagrodziło spółkę "
    "Agrimex, której eksport sięgnął 40 mln euro.",
    f("Agrimex", "exports", 40 * M, unit="EUR"),
)
case(
    "permit_year_summary_zone_and_region",
    "W 2023 roku Suwalska Specjalna Strefa Ekonomiczna wydała 19 decyzji o wsparciu. Przedsiębiorcy zadeklarowali "
    "w nich 520 mln zł nakładów i 380 nowych miejsc pracy. W całym województwie podlaskim bezrobocie spadło do 7 "
    "proc.",
    f("Suwalska Specjalna Strefa Ekonomiczna", "investment", 520 * M),
    f("Suwalska Specjalna Strefa Ekonomiczna", "jobs", 380),
)
case(
    "cluster_award_members",
    "Klaster Ekoenergia z Gdyni otrzymał status Krajowego Klastra Kluczowego. Inicjatywa zrzesza 70 członków, w tym "
    "52 przedsiębiorstwa.",
    f("Klaster Ekoenergia", "members", 70),
)

# main 0b72752 (before any s10 change) passed 36 of 48; with section 11 (written after the first fixes) 45 of 60
# (failing there joint_total_of_listed_firms, revenue_grew_to and stock_exchange_market_cap too); with section 12
# (third round: awards, rankings, permit round-ups) 52 of 68. s10 fig9 passes 62 of 68: the failures left are but one
# the names' (an organisation not found, or a label or a place taken for one).
FAILING: dict[str, str] = {
    "award_prize_money_no_investment": (
        "prize money received ('otrzyma nagrodę w wysokości 100 tys. zł') is read as a budget, like a grant received; "
        "the gold's convention for prize money is not known (no readable article states one)"
    ),
    "headline_colon_euro": "'Hofmann Gruppe' opening a headline before a colon is found as no organisation (names)",
    "headline_investor_amount_body_descriptor": "'Termoglas' opening a headline is found as no organisation (names)",
    "ranking_list_revenues": (
        "the bare names of a numbered list ('2. Nysamet – przychody …') are found as no organisations (names), and "
        "'firmy Opolszczyzny' in the heading is taken for one"
    ),
    "table_label_value_semicolons": (
        "'Ostrów Wielkopolski' after 'Lokalizacja:' is taken for a company (names) and owns the table's figures"
    ),
}


@pytest.mark.parametrize("key", keyed_params(CASES, FAILING))
def test_figures_s10fig(key: str) -> None:
    assert check(*CASES[key]) == []


def test_the_battery_is_large_and_varied() -> None:
    assert len(CASES) >= 40
    assert len({text for text, _ in CASES.values()}) == len(CASES)


if __name__ == "__main__":  # pass count: PYTHONPATH=src python -m tests.extract.test_figures_s10fig
    print_pass_count(CASES, lambda k: check(*CASES[k]), lambda k: CASES[k][0], show_failing=True)
