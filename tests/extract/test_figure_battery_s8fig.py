"""A third battery of invented news passages for figures (issue 8, item 6; session 8), written for this file in
its author's own words before reading the figure code: invented companies, towns and amounts. Where the s6 and
s7 batteries are mostly single sentences, these are short multi-sentence items of regional economic news (a
headline line now and then): zone permits and support decisions, plant openings and expansions, areas in
hectares beside areas in square metres, costs in many phrasings, present headcounts beside jobs to come,
clusters and their members, revenue and exports, amounts in many shapes, owners named a sentence earlier (a
zero subject, "spółka", "firma", "inwestor"), owners that are clause subjects with another name nearer the
number, the document's investor for a number without a subject, a zone's totals for its unnamed firms, figures
of a country or region, and numbers that are no figures (years, percentages, ranking places, counts of permits,
projects and countries, ranges, vague amounts, contract prices, parts of a total).

The wanted figures of a case are all the annotation rules give it (owner, metric, value, unit), compared by
the s6 battery's `check_figures`.
"""

from __future__ import annotations

import pytest

from .battery import case_adder, keyed_params, print_pass_count
from .test_figure_battery_s6fig import Fig, M, check_figures, cnt, emp, inv, jobs

CASES: dict[str, tuple[str, frozenset[Fig]]] = {}
case = case_adder(CASES)


def fig(owner: str, metric: str, value: float, unit: str = "PLN") -> Fig:
    return (owner, metric, value, unit)


# --- 1. zone permits and support decisions --------------------------------------------------------------------
case(
    "permit_headline_firma",
    "Nowa fabryka w Strzelcach Opolskich\n\nKatowicka Specjalna Strefa Ekonomiczna wydała zezwolenie na "
    "działalność spółce Velmar Polska. Firma zainwestuje 48 mln zł i zatrudni 90 nowych pracowników.",
    inv("Velmar Polska", 48 * M),
    jobs("Velmar Polska", 90),
)
case(
    "support_decision_przedsiebiorca",
    "Spółka Orbitek otrzymała decyzję o wsparciu od Łódzkiej Specjalnej Strefy Ekonomicznej. Przedsiębiorca "
    "deklaruje nakłady w wysokości 26,7 mln zł oraz utworzenie 35 nowych miejsc pracy.",
    inv("Orbitek", 26.7 * M),
    jobs("Orbitek", 35),
)
case(
    "decision_object_first",
    "Decyzję o wsparciu nowej inwestycji odebrał w środę zarząd firmy Kaltex. Wartość projektu sięgnie "
    "120 mln zł, a w zakładzie powstanie 150 miejsc pracy.",
    inv("Kaltex", 120 * M),
    jobs("Kaltex", 150),
)
case(
    "permit_list_brackets",
    "Decyzje o wsparciu otrzymały w tym miesiącu trzy firmy: Lumenor (12 mln zł), Textor (8 mln zł) i "
    "Gramet (21 mln zł). Wszystkie zbudują zakłady w podstrefie Ostrów.",
    inv("Lumenor", 12 * M),
    inv("Textor", 8 * M),
    inv("Gramet", 21 * M),
)
case(
    "permit_count_no_figure",
    "Pomorska Specjalna Strefa Ekonomiczna wydała w tym roku 25 decyzji o wsparciu. Dotyczą one 18 projektów "
    "w dziewięciu powiatach.",
)
case(
    "zone_in_sentence_company_later",
    "W Specjalnej Strefie Ekonomicznej Starachowice swoją fabrykę postawi firma Metrox. Spółka wyda na nią "
    "75 mln zł.",
    inv("Metrox", 75 * M),
)
# --- 2. openings and expansions, areas ------------------------------------------------------------------------
case(
    "opening_ha_m2_headcount",
    "W Kutnie otwarto nowe centrum logistyczne firmy Dromex. Obiekt ma 45 tys. m² powierzchni i stoi na "
    "działce o powierzchni 12 ha. Pracuje w nim 300 osób.",
    cnt("Dromex", "area_ha", 12),
    emp("Dromex", 300),
)
case(
    "kosztem_hall",
    "Spółka Hydrotech rozbudowała swój zakład w Pile. Nowa hala powstała kosztem 120 mln zł.",
    inv("Hydrotech", 120 * M),
)
case(
    "m2_only_no_figure",
    "Spółka Magnus otworzyła w Gliwicach magazyn o powierzchni 20 tys. m². Obiekt ruszył w poniedziałek.",
)
case(
    "gmina_ha_kosztem",
    "Gmina Stryków uzbroiła 30 ha terenów inwestycyjnych. Prace kosztowały 12 mln zł.",
    cnt("Gmina Stryków", "area_ha", 30),
    inv("Gmina Stryków", 12 * M),
)
case(
    "plot_bought_ha",
    "Grupa Vendo kupiła od miasta Żary 20 ha gruntów. Na nowej działce firma wyda 90 mln zł na centrum "
    "produkcyjne.",
    cnt("Grupa Vendo", "area_ha", 20),
    inv("Grupa Vendo", 90 * M),
)
case(
    "zone_area_increment",
    "Kostrzyńsko-Słubicka Specjalna Strefa Ekonomiczna obejmuje obecnie 2400 ha terenów. W ubiegłym roku "
    "powiększyła się o 57 ha.",
    cnt("Kostrzyńsko-Słubicka Specjalna Strefa Ekonomiczna", "area_ha", 2400),
)
# --- 3. amounts in many shapes --------------------------------------------------------------------------------
case(
    "spaced_decimal",
    "Firma Lumeco zainwestuje w Ostrowie Wielkopolskim 26, 7 mln zł. Nowy zakład ruszy w przyszłym roku.",
    inv("Lumeco", 26.7 * M),
)
case(
    "billions_millions_words",
    "Koncern Arvedo ogłosił budowę walcowni pod Stalową Wolą. Inwestycja pochłonie 7 miliardów 700 milionów "
    "złotych.",
    inv("Arvedo", 7_700 * M),
)
case(
    "cwierc_miliarda",
    "Firma Nordlight przeznaczy ćwierć miliarda złotych na fabrykę paneli w Legnicy. Produkcja ma ruszyć "
    "za dwa lata.",
    inv("Nordlight", 250 * M),
)
case(
    "mld_euro_headline",
    "Niemiecki koncern Halvert zbuduje fabrykę w Polsce\n\nHalvert zainwestuje we Wrocławiu 1,2 mld euro. "
    "Zakład da pracę 2 tys. osób.",
    inv("Halvert", 1_200 * M, "EUR"),
    jobs("Halvert", 2000),
)
case(
    "tys_zl_line",
    "Firma Pekon kupiła nową linię do lakierowania. Maszyna kosztowała 500 tys. zł.",
    inv("Pekon", 500_000),
)
case(
    "ponad_blisko",
    "Spółka Termaplast wyda ponad 60 mln zł na nowy magazyn w Koninie. Blisko 100 osób znajdzie tam "
    "zatrudnienie.",
    inv("Termaplast", 60 * M),
    jobs("Termaplast", 100),
)
case(
    "do_amount",
    "Firma Ecoglass zainwestuje do 80 mln zł w hutę szkła w Jaśle. Prace ruszą wiosną.",
    inv("Ecoglass", 80 * M),
)
case(
    "miliardowa_inwestycja",
    "Miliardowa inwestycja w Rzeszowie\n\nKoncern Avitron zbuduje w Rzeszowie centrum serwisowe silników. "
    "Miliardowa inwestycja ma ruszyć wiosną.",
    inv("Avitron", 1_000 * M),
)
case(
    "mln_zlotych_netto",
    "Spółka Sanplast postawi w Tczewie halę produkcyjną. Wartość inwestycji to 18 mln złotych netto.",
    inv("Sanplast", 18 * M),
)
case(
    "number_word_jobs",
    "Firma Leśpol otworzy tartak w Ełku. Stworzy tam sto nowych miejsc pracy.",
    jobs("Leśpol", 100),
)
case(
    "thousands_headcount",
    "W zakładach koncernu Vexa w Polsce pracuje ponad 3 tys. osób. Koncern zapowiada dalszy rozwój.",
    emp("Vexa", 3000),
)
# --- 4. headcounts: zatrudnia vs zatrudni ---------------------------------------------------------------------
case(
    "zatrudnia_then_zatrudni",
    "Zakład firmy Polmet w Gnieźnie zatrudnia obecnie 450 osób. Po rozbudowie spółka zatrudni kolejnych 120 "
    "pracowników.",
    emp("Polmet", 450),
    jobs("Polmet", 120),
)
case(
    "zatrudnia_and_new_jobs",
    "Firma Zetkom zatrudnia w Bydgoszczy 1200 osób. Dzięki nowej inwestycji powstanie tam 200 nowych miejsc "
    "pracy.",
    emp("Zetkom", 1200),
    jobs("Zetkom", 200),
)
case(
    "praca_znajdzie_genitive_owner",
    "Spółka Rolmex buduje nowy zakład pod Kaliszem. Pracę w nowym zakładzie spółki Rolmex znajdzie 70 osób.",
    jobs("Rolmex", 70),
)
case(
    "countries_and_headcount",
    "Spółka Vitrex sprzedaje swoje wyroby w 40 krajach. Zatrudnia 800 pracowników.",
    emp("Vitrex", 800),
)
# --- 5. clusters, members, partners, budgets ------------------------------------------------------------------
case(
    "cluster_skupia_increment",
    "Klaster Obróbki Metali skupia 40 firm z regionu. W tym roku do klastra dołączyło pięć nowych członków.",
    cnt("Klaster Obróbki Metali", "members", 40),
)
case(
    "cluster_new_member_zrzesza",
    "Klaster Meblowy ma nowego członka\n\nDo Wielkopolskiego Klastra Meblowego przystąpiła firma Drewmax. "
    "Klaster zrzesza teraz 62 podmioty.",
    cnt("Wielkopolski Klaster Meblowy", "members", 62),
)
case(
    "cluster_founders_partners",
    "W Gliwicach powstał Śląski Klaster Wodorowy. Porozumienie o jego utworzeniu podpisało 12 partnerów.",
    cnt("Śląski Klaster Wodorowy", "partners", 12),
)
case(
    "cluster_budget",
    "Klaster Energii Odnawialnej rozpoczął nowy projekt szkoleniowy. Budżet projektu wynosi 4,5 mln zł.",
    fig("Klaster Energii Odnawialnej", "budget", 4.5 * M),
)
# --- 6. revenue and exports -----------------------------------------------------------------------------------
case(
    "revenue_and_percent",
    "Spółka Agrolux zamknęła ubiegły rok przychodami w wysokości 340 mln zł. Eksport stanowił 60 proc. "
    "sprzedaży.",
    fig("Agrolux", "revenue", 340 * M),
)
case(
    "exports_countries",
    "Firma Drewpol eksportuje meble do 30 krajów. Wartość eksportu spółki przekroczyła w ubiegłym roku "
    "90 mln euro.",
    fig("Drewpol", "exports", 90 * M, "EUR"),
)
case(
    "exports_mld",
    "Eksport firmy Kamax wyniósł w ubiegłym roku 1,4 mld zł. To rekord w historii przedsiębiorstwa.",
    fig("Kamax", "exports", 1_400 * M),
)
# --- 7. owners named a sentence earlier -----------------------------------------------------------------------
case(
    "zero_subject_office",
    "Firma Selvia z Gdańska otworzyła nowe biuro w Olsztynie. Zainwestowała w nie 4 mln zł i stworzyła 25 "
    "miejsc pracy.",
    inv("Selvia", 4 * M),
    jobs("Selvia", 25),
)
case(
    "inwestor_anaphor",
    "Na terenie gminy Kobylnica powstanie zakład przetwórstwa ryb firmy Baltfish. Inwestor zapowiada nakłady "
    "w wysokości 40 mln zł i 80 nowych etatów.",
    inv("Baltfish", 40 * M),
    jobs("Baltfish", 80),
)
case(
    "doc_investor_no_subject",
    "Fabryka Termex w Kielcach\n\nSpółka Termex buduje nowy zakład w Kielcach. Budowa ma się zakończyć w 2025 "
    "roku. Koszt całego przedsięwzięcia to 140 mln zł.",
    inv("Termex", 140 * M),
)
case(
    "passive_built_by",
    "Nowy magazyn w Strykowie został wybudowany przez firmę Logimax. Jego budowa kosztowała 22 mln zł.",
    inv("Logimax", 22 * M),
)
case(
    "two_companies_two_sentences",
    "Firma Azoplast zainwestuje w Tarnowie 40 mln zł. Z kolei spółka Kermet wyda w Dębicy 25 mln zł.",
    inv("Azoplast", 40 * M),
    inv("Kermet", 25 * M),
)
# --- 8. owners as clause subjects with another name nearer ----------------------------------------------------
case(
    "subject_with_relative_clause",
    "Firma Kovalex, która od lat współpracuje z Politechniką Lubelską, zainwestuje w nowy zakład 55 mln zł.",
    inv("Kovalex", 55 * M),
)
case(
    "reported_by_agency",
    "Jak poinformowała Agencja Rozwoju Przemysłu, spółka Ferrotec zainwestuje w Mielcu 30 mln zł. Nowy "
    "zakład da pracę 60 osobom.",
    inv("Ferrotec", 30 * M),
    jobs("Ferrotec", 60),
)
case(
    "client_named_nearer",
    "Spółka Elmotor rozbuduje fabrykę w Sanoku, bo rosną zamówienia koncernu Daimler. Na rozbudowę firma "
    "przeznaczy 35 mln zł.",
    inv("Elmotor", 35 * M),
)
case(
    "mayor_quoted_between",
    "Firma Agrobis postawi w Łęczycy chłodnię. Burmistrz Łęczycy Jan Kowalczyk cieszy się z nowego inwestora. "
    "Inwestycja pochłonie 27 mln zł i da pracę 45 osobom.",
    inv("Agrobis", 27 * M),
    jobs("Agrobis", 45),
)
# --- 9. zone totals, countries and regions --------------------------------------------------------------------
case(
    "zone_totals_for_firms",
    "Wałbrzyska Specjalna Strefa Ekonomiczna podsumowała ubiegły rok. Firmy działające w strefie zainwestowały "
    "łącznie 2,3 mld zł i stworzyły 1,5 tys. nowych miejsc pracy.",
    inv("Wałbrzyska Specjalna Strefa Ekonomiczna", 2_300 * M),
    jobs("Wałbrzyska Specjalna Strefa Ekonomiczna", 1500),
)
case(
    "country_investment",
    "Firmy z Korei Południowej są coraz ważniejszymi inwestorami. Według danych rządu Korea Południowa "
    "zainwestowała w Polsce już 14 mld zł.",
    inv("Korea Południowa", 14_000 * M),
)
# --- 10. numbers that are no figures --------------------------------------------------------------------------
case(
    "years_and_percent",
    "Firma Balticon zwiększyła w 2023 roku sprzedaż o 15 proc. Spółka działa na rynku od 1998 roku.",
)
case(
    "ranking_place",
    "Gmina Polkowice zajęła 3. miejsce w rankingu atrakcyjności inwestycyjnej. W zestawieniu oceniono 150 "
    "gmin.",
)
case(
    "range_amount",
    "Firma Intermet planuje budowę walcowni. Koszt budowy fabryki szacowany jest na 280–300 mln zł.",
)
case(
    "vague_billions",
    "Spółka Zefir zapowiada inwestycje rzędu kilku miliardów złotych. Szczegóły poda w przyszłym roku.",
)
case(
    "contract_price",
    "Generalnym wykonawcą hali firmy Lexar została spółka Polbud. Wartość kontraktu to 35 mln zł.",
)
case(
    "part_this_year",
    "Spółka Fermax zainwestuje w Mławie 200 mln zł, z czego 50 mln zł jeszcze w tym roku. Zakład ruszy w "
    "2026 roku.",
    inv("Fermax", 200 * M),
)
case(
    "breakdown_w_tym",
    "Grupa Kronmet wyda na rozbudowę zakładu 90 mln zł, w tym 30 mln zł na nowe maszyny.",
    inv("Grupa Kronmet", 90 * M),
)
case(
    "joint_figure",
    "Firmy Alfatech i Betapol wspólnie zainwestują 60 mln zł w centrum badawcze pod Poznaniem.",
)


# --- 11. quotes, speakers, colon lists and relative clauses ---------------------------------------------------
case(
    "quote_first_person",
    "Spółka Bimet rozbuduje zakład w Kole. – Zainwestujemy w nową halę 50 mln zł i zatrudnimy 70 osób – mówi "
    "prezes firmy Adam Nowicki.",
    inv("Bimet", 50 * M),
    jobs("Bimet", 70),
)
case(
    "speaker_title_owner",
    "Jak podkreśla Ewa Malinowska, prezes spółki Optilux, inwestycja w Zduńskiej Woli pochłonie 33 mln zł. "
    "Zakład ruszy w marcu.",
    inv("Optilux", 33 * M),
)
case(
    "relative_headcount_then_investment",
    "Firma Gaztech, która zatrudnia w Tarnowie 650 osób, zainwestuje w nową linię 40 mln zł.",
    emp("Gaztech", 650),
    inv("Gaztech", 40 * M),
)
case(
    "colon_list_dash_amounts",
    "Najwięcej w strefie zainwestują w tym roku dwie firmy: Serwotech – 70 mln zł oraz Balmar – 45 mln zł. "
    "Obie produkują części samochodowe.",
    inv("Serwotech", 70 * M),
    inv("Balmar", 45 * M),
)
case(
    "inwestycja_firmy_genitive",
    "Inwestycja firmy Polkrat w Ostródzie pochłonie 64 mln zł. Nowa hala stanie obok obecnego zakładu.",
    inv("Polkrat", 64 * M),
)
case(
    "zone_agency_quote_company_figure",
    "Nowy inwestor w strefie\n\nSpecjalna Strefa Ekonomiczna Euro-Park Mielec przyjęła nową firmę. Spółka "
    "Aerotech wybuduje tam halę za 28 mln zł – poinformowała Agencja Rozwoju Przemysłu.",
    inv("Aerotech", 28 * M),
)
case(
    "zone_firms_count",
    "Na terenie Tarnobrzeskiej Specjalnej Strefy Ekonomicznej działa już 180 firm. Dają one pracę 25 tys. "
    "osób.",
    cnt("Tarnobrzeska Specjalna Strefa Ekonomiczna", "companies", 180),
    jobs("Tarnobrzeska Specjalna Strefa Ekonomiczna", 25000),
)
case(
    "revenue_przychody_wyniosly",
    "Firma Medivia rośnie szybko. Jej przychody wyniosły w ubiegłym roku 210 mln zł, a zatrudnienie "
    "przekroczyło 900 osób.",
    fig("Medivia", "revenue", 210 * M),
    emp("Medivia", 900),
)


# --- 12. groups and subsidiaries, zone totals beside permits, fact sheets -------------------------------------
case(
    "group_relative_headcount",
    "Spółka Ravex otworzyła magazyn w Sochaczewie. Ravex należy do grupy Solberg, która zatrudnia na świecie "
    "20 tys. osób.",
    emp("Solberg", 20000),
)
case(
    "subsidiary_owned_by_foreign",
    "Polska spółka Termodal, należąca do niemieckiego koncernu Wessler, zainwestuje w Żaganiu 42 mln zł.",
    inv("Termodal", 42 * M),
)
case(
    "zone_totals_after_permit",
    "Firma Artech otrzymała zezwolenie na działalność w Legnickiej Specjalnej Strefie Ekonomicznej. Od początku "
    "istnienia strefy przedsiębiorcy zainwestowali w niej 9 mld zł.",
    inv("Legnicka Specjalna Strefa Ekonomiczna", 9_000 * M),
)
case(
    "fact_sheet_colons",
    "Nowa inwestycja w Koninie\n\nInwestor: spółka Polkart. Nakłady inwestycyjne: 25 mln zł. Nowe miejsca "
    "pracy: 40.",
    inv("Polkart", 25 * M),
    jobs("Polkart", 40),
)
case(
    "milionow_zlotych_words",
    "Firma Kablotex wyda 30 milionów złotych na nową linię produkcyjną. Ruszy ona w Bolesławcu.",
    inv("Kablotex", 30 * M),
)
case(
    "zatrudnienie_znajdzie",
    "Koncern Mevotec otworzył fabrykę w Jaworznie. Zatrudnienie znajdzie w niej 220 osób.",
    jobs("Mevotec", 220),
)
case(
    "gmina_prepared_area_company_invests",
    "Gmina Kąty Wrocławskie przygotowała pod inwestycje 50 ha terenów. Pierwszym inwestorem jest firma Dorplast, "
    "która wyda na nowy zakład 36 mln zł.",
    cnt("Gmina Kąty Wrocławskie", "area_ha", 50),
    inv("Dorplast", 36 * M),
)
case(
    "approx_ok",
    "Koszt rozbudowy zakładu firmy Stalbud wyniesie ok. 1,5 mld zł. Prace ruszą jesienią.",
    inv("Stalbud", 1_500 * M),
)


# --- 13. longer items: several actors, quotes, zone and town beside the investor ------------------------------
case(
    "article_zone_company_town",
    "Nowy zakład w podstrefie Kalisz\n\nWałbrzyska Specjalna Strefa Ekonomiczna „Invest-Park” wydała decyzję o "
    "wsparciu dla spółki Ekoform. Firma, która produkuje opakowania z tektury, zbuduje w Kaliszu halę "
    "produkcyjną. Wartość inwestycji wyniesie 52 mln zł, a zatrudnienie znajdzie 60 osób. – To kolejna duża "
    "inwestycja w naszym mieście – mówi prezydent Kalisza Anna Wrona. Miasto przygotowało dla inwestorów "
    "ponad 100 ha terenów.",
    cnt("Kalisz", "area_ha", 100),  # an acting body without a name: the named place that acts
    inv("Ekoform", 52 * M),
    jobs("Ekoform", 60),
)
case(
    "article_expansion_headcount_history",
    "Spółka Hartex od 15 lat produkuje w Świdnicy elementy hamulców. Obecnie zatrudnia tam 780 osób. Teraz "
    "firma rozbuduje zakład o nową halę o powierzchni 12 tys. m². Na inwestycję przeznaczy 95 mln zł i "
    "stworzy 110 nowych miejsc pracy. Prace budowlane wykona firma Budrem.",
    emp("Hartex", 780),
    inv("Hartex", 95 * M),
    jobs("Hartex", 110),
)
case(
    "article_zone_summary_one_company",
    "Tarnobrzeska Specjalna Strefa Ekonomiczna podsumowała półrocze. Przedsiębiorcy otrzymali w tym czasie 21 "
    "decyzji o wsparciu, a zadeklarowane nakłady wyniosły 640 mln zł. Największą inwestycję przeprowadzi "
    "firma Sanmet, która wyda 180 mln zł na zakład w Stalowej Woli.",
    inv("Tarnobrzeska Specjalna Strefa Ekonomiczna", 640 * M),
    inv("Sanmet", 180 * M),
)
case(
    "article_foreign_parent_polish_plant",
    "Japoński koncern Takumi Seiki uruchomił produkcję w Polsce. Nowy zakład w Wałbrzychu kosztował 210 mln "
    "zł. Pracuje w nim już 250 osób, a do końca roku zatrudnienie ma wzrosnąć do 400 osób.",
    inv("Takumi Seiki", 210 * M),
    emp("Takumi Seiki", 250),
    jobs("Takumi Seiki", 400),  # a headcount promised by a date: jobs promised (extraction.md)
)
case(
    "article_cluster_agreement",
    "W Rzeszowie podpisano porozumienie o współpracy między Doliną Lotniczą a Politechniką Rzeszowską. "
    "Stowarzyszenie Grupa Przedsiębiorców Przemysłu Lotniczego Dolina Lotnicza skupia ponad 180 firm, które "
    "zatrudniają łącznie 32 tys. osób.",
    cnt("Stowarzyszenie Grupa Przedsiębiorców Przemysłu Lotniczego Dolina Lotnicza", "members", 180),
    emp("Stowarzyszenie Grupa Przedsiębiorców Przemysłu Lotniczego Dolina Lotnicza", 32000),
)
case(
    "article_paih_company",
    "Polska Agencja Inwestycji i Handlu pomogła w realizacji kolejnego projektu. Szwedzka firma Nordvent "
    "otworzy w Gdyni centrum usług wspólnych. Zatrudni w nim 300 specjalistów. Agencja obsługuje obecnie "
    "ponad 200 projektów inwestycyjnych.",
    jobs("Nordvent", 300),
)
case(
    "article_gmina_grant",
    "Gmina Wołów otrzymała 8 mln zł dofinansowania na uzbrojenie terenów inwestycyjnych. Dzięki temu firma "
    "Lamex będzie mogła rozpocząć budowę zakładu, który ma kosztować 70 mln zł.",
    fig("Gmina Wołów", "budget", 8 * M),
    inv("Lamex", 70 * M),
)
case(
    "article_quote_company_president",
    "Firma Morpak rozbudowuje zakład w Szczecinku. – Inwestycja kosztuje nas 46 mln zł. Dzięki niej "
    "zatrudnimy dodatkowo 80 osób – powiedział prezes spółki Tomasz Lis. Morpak zatrudnia obecnie 520 "
    "pracowników.",
    inv("Morpak", 46 * M),
    jobs("Morpak", 80),
    emp("Morpak", 520),
)
case(
    "article_permit_company_name_in_headline_only",
    "Drimex zainwestuje w Radomiu\n\nSpółka otrzymała zezwolenie na prowadzenie działalności w Specjalnej "
    "Strefie Ekonomicznej Starachowice. Nakłady wyniosą co najmniej 15 mln zł, a nowych miejsc pracy "
    "powstanie 30.",
    inv("Drimex", 15 * M),
    jobs("Drimex", 30),
)
case(
    "article_two_investors_one_paragraph",
    "W Legnicy powstaną dwa nowe zakłady. Spółka Cablo wyda na fabrykę przewodów 60 mln zł i zatrudni 120 "
    "osób. Firma Ferox zbuduje obok magazyn za 20 mln zł, w którym pracę znajdzie 40 osób.",
    inv("Cablo", 60 * M),
    jobs("Cablo", 120),
    inv("Ferox", 20 * M),
    jobs("Ferox", 40),
)
case(
    "article_region_exports",
    "Eksport z województwa opolskiego rośnie. Firmy z regionu sprzedały za granicę towary za 4 mld euro. "
    "Największym eksporterem jest spółka Opolchem.",
)
case(
    "article_park_area_tenants",
    "Kielecki Park Technologiczny zajmuje 36 ha. Działa w nim 120 firm, które zatrudniają 2,5 tys. osób.",
    cnt("Kielecki Park Technologiczny", "area_ha", 36),
    cnt("Kielecki Park Technologiczny", "companies", 120),
    emp("Kielecki Park Technologiczny", 2500),
)


# --- 14. more shapes of numbers and areas -------------------------------------------------------------------
case(
    "passive_realised_by",
    "W Bochni powstanie nowe centrum dystrybucyjne. Inwestycja o wartości 85 mln zł zostanie zrealizowana "
    "przez spółkę Logitrans.",
    inv("Logitrans", 85 * M),
)
case(
    "cumulative_dotychczas",
    "Koreański koncern Hanjin Materials otworzył trzecią fabrykę w Polsce. Dotychczas firma zainwestowała w "
    "naszym kraju 1,1 mld zł.",
    inv("Hanjin Materials", 1_100 * M),
)
case(
    "zwiekszy_zatrudnienie_o",
    "Spółka Pakmet zwiększy zatrudnienie o 50 osób. Nowi pracownicy obsłużą linię w Chełmie.",
    jobs("Pakmet", 50),
)
case(
    "spaced_thousands",
    "Firma Weltex zatrudnia w Kaliszu 1 200 osób. Na nowe maszyny wyda 12 500 000 zł.",
    emp("Weltex", 1200),
    inv("Weltex", 12.5 * M),
)
case(
    "pln_code_after",
    "Spółka Dentaris zainwestuje 35 mln PLN w centrum badawcze w Łodzi. Prace ruszą latem.",
    inv("Dentaris", 35 * M),
)
case(
    "hektarowa_adjective",
    "Firma Agrolog kupiła 40-hektarową działkę pod Wrześnią. Postawi na niej magazyny.",
    cnt("Agrolog", "area_ha", 40),
)
case(
    "hectares_word_approx",
    "Spółka Foliarex zagospodaruje teren o powierzchni ok. 5,5 hektara w Świeciu. Koszt projektu to 19 mln zł.",
    cnt("Foliarex", "area_ha", 5.5),
    inv("Foliarex", 19 * M),
)
case(
    "about_200_workers",
    "W zakładzie firmy Kormix w Żyrardowie pracuje około 200 pracowników. Spółka planuje dalsze inwestycje.",
    emp("Kormix", 200),
)
case(
    "vague_dozens_jobs",
    "Spółka Ramako zbuduje halę w Łowiczu. Pracę znajdzie w niej kilkadziesiąt osób.",
)
case(
    "ranking_largest_ten",
    "Firma Polhurt jest jednym z 10 największych dystrybutorów w kraju. W rankingu zajęła 4. miejsce.",
)
case(
    "dollars_word",
    "Amerykańska firma Crestline wyda 300 mln dolarów na fabrykę w Dąbrowie Górniczej. Zakład zatrudni 500 osób.",
    inv("Crestline", 300 * M, "USD"),
    jobs("Crestline", 500),
)
case(
    "headline_amount_body_owner",
    "120 mln zł na nową fabrykę w Opolu\n\nTyle wyda spółka Termix na zakład produkujący pompy ciepła. Fabryka "
    "ruszy w 2026 roku.",
    inv("Termix", 120 * M),
)


# --- 15. the idioms of zone press releases -------------------------------------------------------------------
case(
    "zobowiazal_sie_naklady_zatrudnienie",
    "Spółka Kelvion Polska otrzymała decyzję o wsparciu. Przedsiębiorca zobowiązał się do poniesienia nakładów "
    "inwestycyjnych w wysokości 22 mln zł oraz do zatrudnienia co najmniej 40 nowych pracowników.",
    inv("Kelvion Polska", 22 * M),
    jobs("Kelvion Polska", 40),
)
case(
    "wartosc_szacowana_podstrefa",
    "Firma Norpak rozbuduje zakład w podstrefie Piotrków Trybunalski. Inwestycja zostanie zrealizowana na działce "
    "o powierzchni 3,2 ha, a jej wartość szacowana jest na 27 mln zł.",
    cnt("Norpak", "area_ha", 3.2),
    inv("Norpak", 27 * M),
)
case(
    "komunikat_spolka_podaje",
    "Grupa Selena uruchomi nową linię w Dzierżoniowie. Koszt projektu wyniesie 16 mln zł – podała spółka w "
    "komunikacie.",
    inv("Grupa Selena", 16 * M),
)
case(
    "zone_president_quote_company",
    "– Firma Trelmet to solidny inwestor, który wyda u nas 44 mln zł – powiedział prezes Słupskiej Specjalnej "
    "Strefy Ekonomicznej Marek Zieliński.",
    inv("Trelmet", 44 * M),
)
case(
    "nowych_miejsc_pracy_powstanie_N",
    "Spółka Galmet otrzymała zezwolenie strefowe. W nowym zakładzie powstanie 65 nowych miejsc pracy, a "
    "nakłady sięgną 31 mln zł.",
    jobs("Galmet", 65),
    inv("Galmet", 31 * M),
)
case(
    "inwestorem_jest_after_figures",
    "W Białogardzie rusza budowa zakładu o wartości 48 mln zł. Inwestorem jest firma Agrisol z Poznania.",
    inv("Agrisol", 48 * M),
)
case(
    "przedsiebiorstwo_zatrudniajace",
    "Przedsiębiorstwo Hydrobud, zatrudniające 320 osób, otworzyło nowy oddział w Pile.",
    emp("Hydrobud", 320),
)
case(
    "jobs_and_kept_headcount_separate",
    "Spółka Vortal stworzy w Kole 45 nowych miejsc pracy. Obecnie zatrudnia tam 210 pracowników.",
    jobs("Vortal", 45),
    emp("Vortal", 210),
)


# --- 16. the investor named far back -------------------------------------------------------------------------
case(
    "investor_five_sentences_back",
    "Spółka Borvet buduje nową wytwórnię pasz pod Grajewem. Zakład stanie przy drodze krajowej nr 61. Będzie "
    "produkował karmę dla bydła i drobiu. Surowce mają pochodzić od okolicznych rolników. Produkcja ruszy "
    "jesienią. Wartość inwestycji to 80 mln zł, a pracę znajdzie 50 osób.",
    inv("Borvet", 80 * M),
    jobs("Borvet", 50),
)
case(
    "investor_far_back_town_between",
    "Koncern Lindgren Foods otworzy zakład w Ostrołęce. Miasto od lat zabiegało o inwestora. Burmistrz "
    "podkreśla, że to szansa dla regionu. Mieszkańcy czekają na pracę. Koszt budowy sięgnie 140 mln zł.",
    inv("Lindgren Foods", 140 * M),
)


# cases the code fails (strict xfail), each with what it gets wrong. Main d31637e passes 90 of the 103 (this branch
# 98): it misses
# article_gmina_grant, article_zone_company_town, article_zone_summary_one_company, cluster_skupia_increment,
# colon_list_dash_amounts, country_investment, exports_countries, headline_amount_body_owner (passes since fig5),
# hektarowa_adjective,
# permit_list_brackets, praca_znajdzie_genitive_owner (passes since fig5), revenue_przychody_wyniosly and subsidiary_owned_by_foreign.
FAILING: dict[str, str] = {
    "article_gmina_grant": "a possibility in the main clause ('będzie mogła rozpocząć') drops the money of the "
    "relative clause on the plant (a wish there, 'chce zbudować zakład, który będzie kosztował', must stay dropped)",
}


def test_battery_is_large_and_varied() -> None:
    assert len(CASES) >= 40
    assert sum(1 for _t, want in CASES.values() if not want) >= 8
    assert sum(1 for t, _w in CASES.values() if t.count(". ") + t.count("\n\n") >= 1) >= 35


@pytest.mark.parametrize("key", keyed_params(CASES, FAILING))
def test_figure_battery_s8_case(key: str) -> None:
    text, want = CASES[key]
    problems = check_figures(text, want, key)
    assert not problems, f"{text}\n" + "\n".join(problems)


if __name__ == "__main__":  # pass count: PYTHONPATH=src python -m tests.extract.test_figure_battery_s8fig
    print_pass_count(CASES, lambda k: check_figures(*CASES[k], k), lambda k: CASES[k][0])
