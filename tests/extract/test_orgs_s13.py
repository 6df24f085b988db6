"""A blind battery of organisation passages (issue 8, session 13, helper org18), written before the name code
or any organisation error was read: short investment-news passages in our own words (zone decisions, plants,
expansions, offices) whose companies come in by long descriptive noun phrases, with brands of ordinary words,
foreign names, names in quotes, legal forms, acronyms defined in the text and lists of investors after a colon;
and traps that are no organisation (programmes, funds, prizes, projects, slogans, products, a generic "spółka z
branży ..."). Each passage gives the organisations it must yield (base form, subtype where it matters); any
other organisation is a false one; `no_entity` words no entity's name may hold. Every firm and every sentence
is invented. Passed on main ec1e01e: 24 of 30; on s13-org18: 28 of 30 (the strict xfails below are the failures with the reason).
The rule cases after the battery were narrowed after review (fixorg18): each reviewer's misfire has a guard here."""

from __future__ import annotations

from kooperacja import extract

from .battery import OrgPassage, battery_tests, org_checker, org_passage_adder, print_passage_count

CO = "company"
ZONE = "economic_zone"
MUNI = "municipality"
AGENCY = "agency"
EDU = "research_education"

CASES: dict[str, OrgPassage] = {}
add = org_passage_adder(CASES)

add(
    "long_complement_then_firma",
    "Producent okien drewnianych z Podkarpacia, firma Okna Wiślane, otrzymał decyzję o wsparciu nowej inwestycji"
    " w Dębicy. Spółka zatrudni 60 osób.",
    {"Okna Wiślane": CO},
    {"Producent okien"},
)
add(
    "long_complement_then_spolka",
    "Dostawca komponentów do maszyn rolniczych z Wielkopolski, spółka Zielony Łan, zbuduje halę w Kościanie.",
    {"Zielony Łan": CO},
    {"Dostawca"},
)
add(
    "descriptive_noun_then_quoted",
    "Rodzinna firma z branży meblarskiej „Dębowy Kąt” rozbuduje zakład w Kępnie o halę lakierni.",
    {"Dębowy Kąt": CO},
    {"Rodzinna", "branży"},
)
add(
    "company_of_ordinary_words_sa",
    "Spółka Ciepłe Domy S.A. ogłosiła, że jej nowa fabryka pomp ciepła w Nysie ruszy w przyszłym roku.",
    {"Ciepłe Domy": CO},
    {"fabryka pomp"},
)
add(
    "zone_decision_foreign",
    "Wałbrzyska Specjalna Strefa Ekonomiczna „Invest-Park” wydała decyzję o wsparciu dla niemieckiej spółki"
    " Hollmann Antriebstechnik GmbH, która wybuduje zakład w Świdnicy.",
    {"Hollmann Antriebstechnik": CO, "Wałbrzyska Specjalna Strefa Ekonomiczna „Invest-Park”": ZONE},
)
add(
    "investors_list_after_colon",
    "W strefie w Mielcu swoje zakłady budują trzej inwestorzy: Tarmet, Kolvex Polska oraz Nordgran.",
    {"Tarmet": CO, "Kolvex Polska": CO, "Nordgran": CO},
)
add(
    "acronym_defined",
    "Polska Agencja Inwestycji i Handlu (PAIH) pomogła japońskiej spółce Tanabe Seiko znaleźć teren. PAIH"
    " prowadziła rozmowy od roku.",
    {"Polska Agencja Inwestycji i Handlu": AGENCY, "Tanabe Seiko": CO},
)
add(
    "programme_not_org",
    "Gmina Brzeg pozyskała środki z programu Fundusze Europejskie dla Polski Wschodniej na budowę drogi do"
    " strefy przemysłowej.",
    {"Gmina Brzeg": MUNI},
    {"Fundusze Europejskie", "Polski Wschodniej"},
)
add(
    "fund_prize_not_org",
    "Firma Ekoplast z Gniezna zdobyła nagrodę Lider Innowacji 2025, a wcześniej dotację z Krajowego Planu"
    " Odbudowy.",
    {"Ekoplast": CO},
    {"Lider Innowacji", "Krajowego Planu"},
)
add(
    "project_not_org",
    "Projekt Zielona Dolina zakłada budowę magazynów energii. Realizuje go spółka Voltria z Opola.",
    {"Voltria": CO},
    {"Zielona Dolina"},
)
add(
    "slogan_not_org",
    "Pod hasłem „Razem dla Regionu” spółka Agromlyn otworzyła nowy młyn w Łowiczu.",
    {"Agromlyn": CO},
    {"Razem dla Regionu"},
)
add(
    "product_not_org",
    "Zakład Ferrox w Kutnie rozpocznie produkcję nowej linii grzejników Aqua Slim. Inwestycja kosztuje"
    " 40 mln zł.",
    {"Ferrox": CO},
    {"Aqua Slim"},
)
add(
    "generic_branch_company",
    "Spółka z branży motoryzacyjnej kupiła działkę w podstrefie Stalowa Wola. Nazwy inwestora nie ujawniono.",
    {},
    {"branży motoryzacyjnej", "Spółka z"},
)
add(
    "title_glued",
    "Prezes zarządu Bortex Marek Wilk zapowiedział, że firma zainwestuje 30 mln zł w nową linię.",
    {"Bortex": CO},
    {"Prezes", "Bortex Marek"},
)
add(
    "title_before_company",
    "– To dla nas ważny krok – mówi Anna Sowa, dyrektor generalna Lumenia Polska. Firma otwiera biuro w Gdańsku.",
    {"Lumenia Polska": CO},
    {"dyrektor"},
)
add(
    "office_opening_it",
    "Amerykańska firma informatyczna Brightloop otworzyła w Katowicach centrum usług wspólnych, w którym"
    " pracę znajdzie 300 osób.",
    {"Brightloop": CO},
    {"Amerykańska", "informatyczna"},
)
add(
    "expansion_genitive",
    "Rozbudowa zakładu spółki Termoglas w Sulechowie potrwa dwa lata. Termoglas przeznaczy na nią 55 mln zł.",
    {"Termoglas": CO},
    {"Rozbudowa"},
)
add(
    "dative_declined_brand",
    "Zarząd województwa przyznał Mleczarni Złota Łąka dofinansowanie na nową proszkownię.",
    {"Mleczarnia Złota Łąka": CO},
    {"Zarząd województwa przyznał"},
)
add(
    "legal_form_spzoo",
    "Kratex Logistics sp. z o.o. wynajmie 20 tys. mkw. powierzchni magazynowej pod Wrocławiem.",
    {"Kratex Logistics": CO},
)
add(
    "quoted_coop",
    "Spółdzielnia Mleczarska „Podlasianka” w Grajewie zainwestuje w nową linię do produkcji serów.",
    {"Spółdzielnia Mleczarska „Podlasianka”": CO},
)
add(
    "research_and_park",
    "Politechnika Rzeszowska podpisała umowę o współpracy z firmą Avionix Systems, która otworzy laboratorium"
    " w kampusie uczelni.",
    {"Politechnika Rzeszowska": EDU, "Avionix Systems": CO},
)
add(
    "holding_and_subsidiary",
    "Grupa Sanmar, właściciel marki Słoneczny Sad, przejęła tłocznię soków w Grójcu.",
    {"Grupa Sanmar": CO},
    {"Słoneczny Sad"},
)
add(
    "headline_caps",
    "Nowa Fabryka Pod Kielcami. Firma Metalbud Zatrudni 100 Osób\nMetalbud z Kielc buduje zakład konstrukcji"
    " stalowych w Chęcinach.",
    {"Metalbud": CO},
    {"Nowa Fabryka", "Osób"},
)
add(
    "status_not_org",
    "Spółka Regalia uzyskała status Centrum Badawczo-Rozwojowego i zwiększy zatrudnienie w Lesznie.",
    {"Regalia": CO},
    {"Centrum Badawczo"},
)
add(
    "two_descriptive_in_a_row",
    "Włoski producent opakowań, koncern Veroni Imballaggi, i polski dystrybutor chemii, firma Chemak, założyły"
    " wspólną spółkę w Płocku.",
    {"Veroni Imballaggi": CO, "Chemak": CO},
    {"Włoski", "polski dystrybutor"},
)
add(
    "city_zone_municipality",
    "Miasto Łomża i Suwalska Specjalna Strefa Ekonomiczna przygotowały 25 ha terenów inwestycyjnych, na"
    " których chce budować firma Podlaskie Drewno.",
    {"Miasto Łomża": MUNI, "Suwalska Specjalna Strefa Ekonomiczna": ZONE, "Podlaskie Drewno": CO},
)
add(
    "conference_not_org",
    "Podczas Forum Gospodarczego Wschód 2026 spółka Baltrans zapowiedziała budowę terminalu w Małaszewiczach.",
    {"Baltrans": CO},
    {"Forum Gospodarcze"},
)
add(
    "name_ends_at_preposition",
    "Firma Gorex Meble z Jasła otrzymała zezwolenie na działalność w strefie.",
    {"Gorex Meble": CO},
    {"Jasła"},
)
add(
    "name_ends_at_verb_after_comma",
    "Deweloper przemysłowy Westpark Polska, który zbudował już trzy parki logistyczne, kupił grunt w Strykowie.",
    {"Westpark Polska": CO},
    {"Deweloper"},
)
add(
    "brand_ordinary_words_bare",
    "Zielona Spiżarnia, producent mrożonek z Lubelszczyzny, otworzy drugą chłodnię w Kraśniku.",
    {"Zielona Spiżarnia": CO},
    {"producent mrożonek"},
)

FAILING: dict[str, str] = {
    "product_not_org": "'Zakład' opening a sentence before a lone brand is kept in the name",
    "project_not_org": (
        "a name with a head after 'Projekt' and a verb is taken for the subject (session 12's rule: 'Projekt Klaster"
        " Energii Borowo podpisał umowę'); 'Dolina' heads clusters"
    ),
}

check = org_checker("org18-battery", "2026-05-04")
test_the_battery_is_large_and_varied, test_battery_case = battery_tests(CASES, FAILING, check, minimum=25)

if __name__ == "__main__":
    keyed = [type("P", (), {"key": k, "text": c.text})() for k, c in CASES.items()]
    print_passage_count(keyed, lambda p: check(CASES[p.key]))


# ---- the rules of session 13 (org18), each with sentences of our own: (text, organisations wanted, words no
# entity may hold); the near misses beside each construction must not fire
RULE_CASES: dict[str, OrgPassage] = {}
rule = org_passage_adder(RULE_CASES)

# a generic company noun opening the sentence before an adjective and a noun that do not agree with it
rule("brand_adj_noun", "Spółka Zielone Pola zbuduje halę w Nysie.", {"Zielone Pola": CO}, {"Spółka"})
rule("brand_adj_noun_legal", "Firma Nowe Okna sp. z o.o. zbuduje halę w Nysie.", {"Nowe Okna": CO}, {"Firma"})
rule(
    "brand_adj_noun_guard_genitive",
    "Przedsiębiorstwo Państwowej Komunikacji Samochodowej zbuduje halę w Nysie.",
    {"Przedsiębiorstwo Państwowej Komunikacji Samochodowej": CO},
)
rule(
    "brand_adj_noun_guard_agreeing",
    "Spółdzielnia Mleczarska Mlekoland zbuduje halę w Nysie.",
    {"Spółdzielnia Mleczarska Mlekoland": CO},
)
# a generic company noun before the name makes a soft head's name a company
rule("soft_head_company", "W Nysie firma Zielona Dolina zbuduje halę.", {"Zielona Dolina": CO})
rule("soft_head_guard_cluster", "W Nysie klaster Zielona Dolina zbuduje halę.", {"Zielona Dolina": "cluster"})
rule(
    "soft_head_guard_plural_firms",
    "Delegaci firm Doliny Lotniczej pojechali na targi do Paryża.",
    {"Dolina Lotnicza": "cluster"},
)
rule(
    "soft_head_guard_plural_companies",
    "Do umowy dołączyły spółki Śląskiego Klastra Energii.",
    {"Śląski Klaster Energii": "cluster"},
)
rule(
    "soft_head_guard_chamber",
    "W misji do Indii wzięły udział firmy Wielkopolskiej Izby Przemysłowo-Handlowej.",
    {"Wielkopolska Izba Przemysłowo-Handlowa": "business_association"},
)
# a quoted name after a firm's noun and a short complement
rule("quoted_after_complement", "Producent mebli „Dębowy Kąt” rozbuduje zakład.", {"Dębowy Kąt": CO})
rule(
    "quoted_after_complement_guard_brand",
    "Producent soków marki „Złoty Sad” rozbuduje zakład.",
    {},
    {"Złoty Sad"},
)
rule(
    "quoted_after_complement_guard_verb",
    "Firma z Opola realizuje projekt „Zielona Dolina” w Kępnie.",
    {},
    {"Zielona Dolina"},
)
rule(
    "quoted_after_complement_branch",
    "Firma z branży meblarskiej „Dębowy Kąt” zatrudni 40 osób.",
    {"Dębowy Kąt": CO},
)
rule(
    "quoted_after_complement_guard_estate",
    "Deweloper osiedla „Słoneczne Tarasy” kupił kolejną działkę.",
    {},
    {"Słoneczne Tarasy"},
)
rule("quoted_after_complement_guard_game", "Producent gry „Ciche Lasy” otworzy studio.", {}, {"Ciche Lasy"})
rule(
    "quoted_after_complement_guard_office",
    "Deweloper kompleksu biurowego „Nowy Port” sprzedał budynek.",
    {},
    {"Nowy Port"},
)
rule(
    "quoted_after_complement_guard_park",
    "Deweloper parku logistycznego „Stryków Wschód” zaczął budowę hali.",
    {},
    {"Stryków Wschód"},
)
rule(
    "quoted_after_complement_guard_one_product",
    "Producent samochodu elektrycznego „Błysk” wybrał działkę.",
    {},
    {"Błysk"},
)
# a headed name after "projekt" with a verb in its clause is the subject (the rule of session 12, kept)
rule(
    "project_apposition_guard_genitive",
    "W ramach projektu Uniwersytet Borowski zbuduje laboratorium.",
    {"Uniwersytet Borowski": EDU},
)
rule(
    "project_apposition_guard_preposition",
    "Na projekt Uniwersytet Borowski dostał 5 mln zł dotacji.",
    {"Uniwersytet Borowski": EDU},
)
# a product range's name
rule("range_name", "Spółka Termex wprowadziła serię okien Termo Plus.", {"Termex": CO}, {"Termo Plus"})
rule("range_name_guard_maker", "Producent grzejników Aqua Slim zbuduje halę.", {"Aqua Slim": CO})
rule("range_name_guard_airline", "Bilety linii lotniczych Wizzair podrożały.", {"Wizzair": CO})
# the product-range rule was removed (fixorg18): a plural genitive after "seria", "linia" is as often a firm's
rule(
    "range_rule_removed_series_of_investments",
    "Nowy magazyn to kolejna z serii inwestycji Boscha w Mirkowie.",
    {"Bosch": CO},
)
rule(
    "range_rule_removed_series_of_talks",
    "Po serii rozmów Betamax podpisał porozumienie z gminą.",
    {"Betamax": CO},
)
# a brand of an adjective and a noun before a company's role in apposition
rule("brand_before_role", "Dobre Okna, dostawca stolarki, zbuduje halę.", {"Dobre Okna": CO})
rule(
    "brand_before_role_guard_leader_product",
    "Leśny Kwiat, lider rynku mydeł naturalnych, trafi do sklepów.",
    {},
    {"Leśny Kwiat"},
)
rule(
    "brand_before_role_guard_leader_event",
    "Mazowiecki Festiwal, lider wydarzeń kulturalnych w regionie, odbędzie się w maju.",
    {},
    {"Mazowiecki Festiwal"},
)
rule(
    "brand_before_role_guard_town",
    "Zielona Góra, lider rankingu miast, zyska nową halę.",
    {},
    {"Zielona Góra"},
)
rule(
    "brand_before_role_guard_person",
    "Katarzyna Nowa, lider zespołu, odebrała nagrodę.",
    {},
    {"Katarzyna Nowa"},
)
# a name after a firm's noun and a longer complement in lower case
rule("long_complement", "Działkę kupił producent kosmetyków naturalnych Leśna Apteka.", {"Leśna Apteka": CO})
rule(
    "long_complement_branch", "Zezwolenie otrzymała firma z branży spożywczej Złoty Kłos.", {"Złoty Kłos": CO}
)
rule("long_complement_guard_town", "Zakład produkcji mebli biurowych Kielce opuściło 20 osób.", {})
rule(
    "long_complement_guard_town_two_words",
    "Dla producenta okien drewnianych Nowy Targ okazał się dobrym miejscem.",
    {},
    {"Nowy Targ"},
)
rule(
    "long_complement_guard_town_biala",
    "Dla firmy z branży spożywczej Biała Podlaska była oczywistym wyborem.",
    {},
    {"Biała Podlaska"},
)
rule(
    "long_complement_guard_town_nowa_sol",
    "Dla producenta mebli tapicerowanych Nowa Sól to ważny rynek pracy.",
    {},
    {"Nowa Sól"},
)
rule(
    "long_complement_guard_town_ostrow",
    "Dla producenta okien drewnianych Ostrów Mazowiecka okazała się dobrym miejscem.",
    {},
    {"Ostrów Mazowiecka"},
)
rule(
    "long_complement_guard_person",
    "Prezes firmy z branży budowlanej Olaf Brenn otworzył halę.",
    {},
    {"Brenn"},
)
rule(
    "long_complement_guard_body_noun",
    "Ośrodek szkoleń zawodowych Kowalski otworzył kursy.",
    {},
    {"Kowalski"},
)
rule(
    "long_complement_guard_preposition",
    "Chcemy zamówień od producentów samolotów z Europy Zachodniej – mówi Anna Kos.",
    {},
    {"Europy"},
)

# a subzone's town before the adjective and the abbreviation of its zone
rule(
    "subzone_town", "Nowy zakład powstanie w podstrefie Kutno Łódzkiej SSE.", {"Łódzka SSE": ZONE}, {"Kutno"}
)
rule(
    "subzone_town_two_words",
    "Hala stanie w podstrefie Stalowa Wola Tarnobrzeskiej SSE.",
    {"Tarnobrzeska SSE": ZONE},
    {"Stalowa"},
)
rule(
    "subzone_town_guard_compound",
    "Zakład powstanie w Warmińsko-Mazurskiej SSE.",
    {"Warmińsko-Mazurska SSE": ZONE},
)

# a lone unknown word, its home town after "z", then a verb of investing or one that agrees with no person
rule("firm_from_town_verb", "Tarvex z Radomia zainwestuje 20 mln zł w nową halę.", {"Tarvex": CO})
rule("firm_from_town_verb_two_words", "Tarvex ze Stalowej Woli otworzył nowy zakład.", {"Tarvex": CO})
rule("firm_from_town_verb_guard_person", "Mikołaj z Radomia zbudował dom.", {}, {"Mikołaj"})
rule(
    "firm_from_town_verb_guard_person_noun",
    "Czeski przedsiębiorca Horáček z Ostrawy zainwestuje w pensjonat.",
    {},
    {"Horáček"},
)
rule(
    "firm_from_town_verb_guard_businessman",
    "Biznesmen Dvořák z Brna kupił działkę w strefie.",
    {},
    {"Dvořák"},
)
rule(
    "firm_from_town_verb_guard_named_person",
    "Jan Wierzbik prowadzi stolarnię. Wierzbik z Radomia zainwestuje w nowe maszyny.",
    {},
    {"Wierzbik"},
)

# a headline in title case whose last word closes it with a full stop
rule(
    "title_case_headline_stop",
    "Nowa Fabryka Pod Kielcami.\nTarvex buduje halę.",
    {"Tarvex": CO},
    {"Nowa Fabryka"},
)
rule(
    "title_case_headline_guard_abbreviation",
    "Nowa Hala W Strefie Da Pracę 300 Osobom I Zatrudni 2 tys.\nFirma Betamax zbuduje zakład w Kutnie.",
    {"Betamax": CO},
    {"Nowa Hala", "Strefie"},
)
rule(
    "title_case_headline_guard_sentence",
    "Umowę podpisała Polsko-Niemiecka Izba Przemysłowo-Handlowa.",
    {"Polsko-Niemiecka Izba Przemysłowo-Handlowa": "business_association"},
)

# an unknown word after an officer's title and a word that continues it, before the officer's name
rule("officer_title_complement", "Dyrektor Generalny Betamax Jan Kos przyjechał do Mielca.", {"Betamax": CO})
rule(
    "officer_title_operational",
    "Dyrektor Operacyjny Kormex Polska Jan Kos otworzył halę.",
    {"Kormex Polska": CO},
)
rule("officer_title_complement_guard_person", "Dyrektor Handlowy Kazimierz Wielki przyjechał do Mielca.", {})
rule(
    "officer_title_complement_after_name",
    "– Linia ruszy w maju – mówi Paulo Reis, dyrektor operacyjny Quintaro w Polsce.",
    {"Quintaro": CO},
)
rule(
    "officer_title_complement_guard_surname",
    "– Hala ruszy w czerwcu – dodaje dyrektor operacyjny Lindqvist.",
    {},
    {"Lindqvist"},
)
rule(
    "officer_title_complement_guard_capitalised",
    "Dyrektor Zarządzający Horáček zapowiedział zatrudnienie 50 osób.",
    {},
    {"Horáček"},
)

# headless names listed after a colon that closes a clause about a zone or a park the firms work in: the rule was
# removed (fixorg18: such a list as often holds buildings, parts, sectors or towns); its cases are strict xfails
rule(
    "list_after_park",
    "W parku działają już: Kormex, Tarvex, Hydromet.",
    {"Kormex": CO, "Tarvex": CO, "Hydromet": CO},
)
rule("list_after_zone", "W strefie zainwestowały: Kormex i Dobre Okna.", {"Kormex": CO, "Dobre Okna": CO})
rule("list_after_zone_guard_sectors", "Strefa ściąga firmy z sektorów: Automotive, IT i BPO.", {})
rule("list_after_zone_guard_complexes", "Podstrefa Mielec ma kompleksy: Mielec I, Mielec II i Cyranka.", {})
rule("list_after_park_guard_buildings", "Park naukowy tworzą trzy budynki: Orion, Vega i Lyra.", {})
rule("list_after_park_guard_parts", "W parku wyodrębniono trzy strefy: Biznes, Nauka i Rekreacja.", {})
rule("list_after_zone_guard_towns", "Do strefy należą: Kielce, Starachowice, Końskie.", {}, {"Końskie"})
rule(
    "list_after_zone_guard_town_of_two_words",
    "Nowe tereny dostaną podstrefy: Sanok, Nowa Sól oraz Kutno.",
    {},
)


def _rule_check(case: OrgPassage) -> list[str]:
    """A rule case: the organisations wanted and no other; `no_entity` words in no organisation (a person or a
    place may hold them, as the guards of a person's and a town's name want)."""
    problems = check(OrgPassage(case.text, case.orgs))
    record = extract(case.text, doc_id="org18-rules", published="2026-05-04")
    return problems + [
        f"an organisation holds {bad!r}: {e['name']!r}"
        for e in record["entities"]
        for bad in sorted(case.no_entity)
        if e["type"] == "organization" and bad.casefold() in e["name"].casefold()
    ]


RULE_FAILING: dict[str, str] = {
    "list_after_park": "rule removed: a zone's or a park's list may hold buildings, parts, sectors or towns",
    "list_after_zone": "rule removed: a zone's or a park's list may hold buildings, parts, sectors or towns",
}

test_the_rules_are_tested, test_rule_case = battery_tests(RULE_CASES, RULE_FAILING, _rule_check, minimum=20)


def test_towns_after_a_long_complement_or_in_a_zone_list_are_places() -> None:
    """The guards above keep these names out of organisations; they stay places (the gazetteer reads them)."""
    for text, town in (
        ("Dla producenta okien drewnianych Nowy Sącz okazał się dobrym miejscem.", "Nowy Sącz"),
        ("Deweloper parku logistycznego „Stryków Wschód” zaczął budowę hali.", "Stryków"),
        ("Do podstrefy należą grunty w miejscowościach: Wólka Kosowska, Jawor i Strzegom.", "Jawor"),
    ):
        record = extract(text, doc_id="org18-places", published="2026-05-04")
        places = {e["name"] for e in record["entities"] if e["type"] == "place"}
        assert town in places, (text, places)
