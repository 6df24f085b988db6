"""A blind battery of organisation passages on investment news (issue 8, session 12, org14, second wave), written
before the organisation code or the errors of the sets were read. It aims at the shapes that make false or mangled
organisations on unseen investment news: a company name before a dotted legal form ("S.A.", "S. A.", "Sp. z o.o.")
kept whole; a bare brand in a headline that is the short name of a firm named in full below (an alias, not a new
organisation), also when the group and its Polish subsidiary share it; "pod" with a town after a firm's name (the
place, not part of the name); a defined term before a dash ("Emitent – X", "spółka zależna – X"); two names side by
side after a preposition ("z Politechniką X Centrum Y"); and near misses of each (a name with a capitalised "Pod"
inside quotes, a one-word headline noun, a real name with a place in it).

Each passage gives the EXACT set of organisations it must yield (base form, subtype where given; a trailing legal
form, quotes and letter case ignored, as the scorer does), and phrases no entity of any type may contain. Every firm,
person and sentence is invented.

Pass count on the old code (s12-int 4fa2284): 17 of 25. After org14's rules: 23 of 25 (the party's noun before a
dash, "pod" and a town after a firm's name, two names side by side, a group's brand folded into its Polish
subsidiary). The laboratory beside the university in `university_then_laboratory` is kept as a named research unit,
as the centre beside the polytechnic is (the blind expectation had left it out, unlike the centre's case).

fixorg14 narrowed four of these rules after a review found misfires (battery still 23 of 25): a party's noun with a
nominative reading may be a firm's name ("spółka Partner"); "pod" splits only a bare brand, not a headed name;
a university named by its kind keeps the unit beside it unless a verb makes the unit its own name; a brand beside a
"… Group" name is no subsidiary's alias. And a name after a party's noun and a dash opens at its common first word."""

from __future__ import annotations

from kooperacja import extract

from .battery import OrgPassage, battery_tests, org_checker, org_passage_adder, print_pass_count

CO = "company"
ZONE = "economic_zone"
MUNI = "municipality"
AGENCY = "agency"
EDU = "research_education"
PARK = "technology_park"


CASES: dict[str, OrgPassage] = {}
_p = org_passage_adder(CASES)


# --- a name before a dotted legal form, kept whole -------------------------------------------------------------
_p(
    "dotted_sa_vit_ending",
    "Zarząd spółki Fermavit S.A. poinformował, że rozpoczął budowę nowej wytwórni pasz w Kutnie. Inwestycja "
    "pochłonie 85 mln zł i da pracę 60 osobom.",
    orgs={"Fermavit S.A.": CO},
    no_entity={"Ferm S"},
)
_p(
    "dotted_sa_spaced",
    "Producent okien Drewnoplast S. A. otworzył w Ostródzie halę montażową zajmującą 9 tys. m kw. Firma "
    "zatrudni tam 120 pracowników.",
    orgs={"Drewnoplast S. A.": CO},
)
_p(
    "dotted_sa_report",
    "Raport bieżący nr 31/2025. Zarząd Kalvitor S.A. informuje o zawarciu umowy na dostawę linii lakierniczej "
    "do zakładu w Sanoku o wartości 14 mln zł.",
    orgs={"Kalvitor S.A.": CO},
)
_p(
    "dotted_spzoo_capital",
    "Firma Agrovit Sp. z o.o. z Kościana kupiła od gminy 6 ha działek inwestycyjnych. Na terenie stanie "
    "chłodnia warzyw.",
    orgs={"Agrovit Sp. z o.o.": CO},
    no_entity={"Kościan Sp"},
)
_p(
    "dotted_sa_genitive",
    "Akcjonariusze Bioravit S.A. zgodzili się na emisję akcji, z której spółka sfinansuje budowę laboratorium "
    "w Bydgoszczy.",
    orgs={"Bioravit S.A.": CO},
)
# --- a headline brand that is the short name of a firm named in full ---------------------------------------------
_p(
    "headline_brand_group_and_subsidiary",
    "Lindhoff rozbudowuje fabrykę w Gnieźnie\n\n"
    "Lindhoff Polska sp. z o.o., spółka zależna austriackiego koncernu Lindhoff Industrie AG, rozpoczęła "
    "rozbudowę zakładu produkującego okucia meblowe w Gnieźnie. Koszt prac wyniesie 40 mln zł.",
    orgs={"Lindhoff Polska sp. z o.o.": CO, "Lindhoff Industrie AG": CO},
)
_p(
    "headline_brand_single_firm",
    "Marvola inwestuje w Radomsku\n\n"
    "Spółka Marvola Foods kupiła w Radomsku 8 ha gruntu pod nowy zakład przetwórstwa owoców. Zatrudnienie "
    "znajdzie w nim 90 osób.",
    orgs={"Marvola Foods": CO},
)
_p(
    "headline_common_noun_first",
    "Rekordowe nakłady w strefie\n\n"
    "Wałbrzyska Specjalna Strefa Ekonomiczna „INVEST-PARK” wydała w maju pięć decyzji o wsparciu. Najwięcej, "
    "bo 200 mln zł, zainwestuje firma Tormex w Świdnicy.",
    orgs={"Wałbrzyska Specjalna Strefa Ekonomiczna INVEST-PARK": ZONE, "Tormex": CO},
    no_entity={"Rekordowe"},
)
# --- "pod" with a town after a firm's name -------------------------------------------------------------------------
_p(
    "pod_town_after_firm",
    "Spółka Drobex pod Poznaniem rozbuduje ubojnię drobiu. Nowa linia pozwoli zatrudnić kolejnych 50 osób.",
    orgs={"Drobex": CO},
    no_entity={"Drobex pod", "Poznaniem"},
)
_p(
    "pod_town_after_legal_form",
    "Firma Meblotex sp. z o.o. spod Kalisza otrzymała decyzję o wsparciu na budowę hali magazynowej za 30 mln zł.",
    orgs={"Meblotex sp. z o.o.": CO},
    no_entity={"Meblotex sp. z o.o. spod", "Kalisza sp"},
)
_p(
    "pod_town_after_bare_firm_instrumental",
    "Producent opakowań Kartoplast z Komornik pod Poznaniem postawi drugą halę. Inwestycja ma kosztować 25 mln zł.",
    orgs={"Kartoplast": CO},
    no_entity={"Kartoplast z", "Kartoplast pod"},
)
_p(
    "pod_inside_quoted_name_guard",
    "Browar „Pod Jaworem” sp. z o.o. zwiększy moce warzelni w Nowym Targu. Na modernizację przeznaczy 6 mln zł.",
    orgs={"Browar „Pod Jaworem” sp. z o.o.": CO},
)
# --- a defined term before a dash ------------------------------------------------------------------------------------
_p(
    "emitent_dash_subsidiary",
    "Polkabel S.A. („Emitent”) podał w komunikacie, iż w Gorzowie Wielkopolskim ruszyła budowa zakładu, którą "
    "prowadzi spółka zależna Emitenta – Polkabel Energia sp. z o.o. – na własnej działce.",
    orgs={"Polkabel S.A.": CO, "Polkabel Energia sp. z o.o.": CO},
    no_entity={"Emitent"},
)
_p(
    "inwestor_dash_firm",
    "Inwestor – spółka Halvex Logistics – zapowiada, że pierwszy magazyn w Strykowie będzie gotowy w 2027 roku.",
    orgs={"Halvex Logistics": CO},
    no_entity={"Inwestor"},
)
_p(
    "spolka_dash_firm_name",
    "Jak podała Spółka – Ekofol Recykling – nowa sortownia w Koninie przyjmie 40 tys. ton odpadów rocznie.",
    orgs={"Ekofol Recykling": CO},
    no_entity={"Spółka"},
)
_p(
    "dash_inside_name_guard",
    "Spółka Gaz-Trans Serwis otworzyła bazę w Kędzierzynie-Koźlu i zatrudni w niej 35 kierowców.",
    orgs={"Gaz-Trans Serwis": CO},
)
# --- two names side by side -------------------------------------------------------------------------------------------
_p(
    "university_then_centre",
    "W przyszłym roku uruchomimy wspólnie z Politechniką Opolską Centrum Innowacji Energetycznych – zapowiedział "
    "prezes strefy.",
    orgs={"Politechnika Opolska": EDU, "Centrum Innowacji Energetycznych": EDU},
    no_entity={"Opolska Centrum", "Opolską Centrum"},
)
_p(
    "university_then_laboratory",
    "Firma Vectrion podpisała z Uniwersytetem Rzeszowskim Laboratorium Materiałów Kompozytowych umowę o wspólnych "
    "badaniach.",
    orgs={"Vectrion": CO, "Uniwersytet Rzeszowski": EDU, "Laboratorium Materiałów Kompozytowych": EDU},
    no_entity={"Rzeszowskim Laboratorium", "Rzeszowski Laboratorium"},
)
_p(
    "zone_then_firm",
    "Dzięki porozumieniu z Łódzką Specjalną Strefą Ekonomiczną Grupa Pelmar ulokuje nową fabrykę w Zgierzu.",
    orgs={"Łódzka Specjalna Strefa Ekonomiczna": ZONE, "Grupa Pelmar": CO},
    no_entity={"Ekonomiczną Grupa", "Ekonomiczna Grupa"},
)
_p(
    "centre_of_university_one_name_guard",
    "Centrum Transferu Technologii Politechniki Lubelskiej pomoże spółce Arvena w przygotowaniu wniosku o grant.",
    orgs={"Centrum Transferu Technologii Politechniki Lubelskiej": EDU, "Arvena": CO},
)
_p(
    "institute_long_name_guard",
    "Instytut Ceramiki i Materiałów Budowlanych zbada próbki dla firmy Klinkpol, która buduje nowy piec w Gnieźnie.",
    orgs={"Instytut Ceramiki i Materiałów Budowlanych": EDU, "Klinkpol": CO},
)
# --- other false shapes on investment news ---------------------------------------------------------------------------
_p(
    "plant_address_street",
    "Nowa hala firmy Stalkon powstanie przy ul. Przemysłowej w Tczewie. Budowa ruszy jesienią.",
    orgs={"Stalkon": CO},
    no_entity={"Przemysłowej", "Nowa"},
)
_p(
    "headline_two_words_firm_and_verb",
    "Ferrox zatrudni 300 osób\n\nProducent konstrukcji stalowych Ferrox otrzymał decyzję o wsparciu od "
    "Starachowickiej Specjalnej Strefy Ekonomicznej.",
    orgs={"Ferrox": CO, "Starachowicka Specjalna Strefa Ekonomiczna": ZONE},
)
_p(
    "subsidiary_dash_clause",
    "Koncern Velmar AG – właściciel zakładów w Chorzowie – przejmie spółkę Termobud. Transakcja ma zamknąć się "
    "w III kwartale.",
    orgs={"Velmar AG": CO, "Termobud": CO},
    no_entity={"Chorzowie –", "AG –"},
)
_p(
    "near_town_named_locative",
    "Centrum dystrybucyjne firmy Logimax w Gądkach pod Poznaniem zatrudni 400 osób.",
    orgs={"Logimax": CO},
    no_entity={"Logimax w", "Gądkach pod"},
)


check = org_checker(
    "battery-s12org14", "2026-06-02"
)  # what is wrong in a passage's extraction (battery.org_problems)


FAILING: dict[str, str] = {
    "pod_inside_quoted_name_guard": "a plant noun opening a sentence before a quoted name with a legal form is not read",
    "spolka_dash_firm_name": "a bare two-word name between dashes, its first word read as a common word, is not read",
}

test_the_battery_is_large_and_varied, test_battery_case = battery_tests(CASES, FAILING, check, minimum=20)


if __name__ == "__main__":
    print_pass_count(CASES, lambda k: check(CASES[k]), lambda k: CASES[k].text, show_failing=True)


# --- the rules of this session, each with a near miss ------------------------------------------------------------


def _orgs(text: str) -> dict[str, dict]:
    record = extract(text, doc_id="rule-s12org14", published="2026-06-02")
    return {e["name"]: e for e in record["entities"] if e["type"] == "organization"}


def test_party_noun_before_dash_is_no_part_of_the_name() -> None:
    """chunker._kind_word: "Emitenta – X sp. z o.o." names X; the party's noun alone is no organisation either."""
    orgs = _orgs("Spółka zależna Emitenta – Drewmet Serwis sp. z o.o. – kupiła działkę w Sieradzu.")
    assert set(orgs) == {"Drewmet Serwis sp. z o.o."}


def test_common_first_word_after_party_noun_and_dash_opens_the_name() -> None:
    """chunker._may_start: after a party's noun and a spaced dash, a name running to its legal form starts at its
    first word even where that word is a common noun ("Delta"); near miss: no legal form, no such start."""
    orgs = _orgs("Spółka zależna Emitenta – Delta Okucia sp. z o.o. – kupiła działkę w Sieradzu.")
    assert set(orgs) == {"Delta Okucia sp. z o.o."}
    assert "Delta Okucia" not in _orgs("Emitent – Delta produkcji okuć – rośnie w Sieradzu.")


def test_name_with_dash_before_legal_form_stays_whole() -> None:
    """Near miss: a name's own word before the dash ("Drewmet – Serwis sp. z o.o.") still joins it."""
    orgs = _orgs("Firma Drewmet – Serwis sp. z o.o. kupiła działkę w Sieradzu.")
    assert "Drewmet – Serwis sp. z o.o." in orgs


def test_party_noun_after_company_noun_is_no_company() -> None:
    """name_classify._party_word: "spółka zależna Inwestora" names no company "Inwestora"; near miss: a firm whose
    name is no party's noun after the same words."""
    assert _orgs("Budowę prowadzi spółka zależna Inwestora, która zatrudni 40 osób.") == {}
    assert set(_orgs("Budowę prowadzi spółka zależna Partnex, która zatrudni 40 osób.")) == {"Partnex"}


def test_party_noun_in_the_nominative_may_be_a_firms_name() -> None:
    """name_classify._party_word fires only on a party's noun with no nominative reading: "spółka Partner" and
    "spółka Wykonawca" (a subject in the nominative) are firms so named; "spółka zależna Emitenta" stays none."""
    assert set(_orgs("Umowę z gminą Borowo podpisała spółka Partner, producent drzwi z Radomia.")) == {
        "Partner"
    }
    assert set(_orgs("Halę wzniesie spółka Wykonawca, znana radomska firma budowlana.")) == {"Wykonawca"}
    assert _orgs("Spółka zależna Emitenta kupiła działkę w Radomiu.") == {}


def test_pod_and_town_after_firm_is_a_place() -> None:
    """near_preposition (name_cues.tsv): "Kormet pod Radomiem" is the firm Kormet, near Radom."""
    record = extract(
        "Firma Kormet pod Radomiem zbuduje lakiernię za 12 mln zł.", doc_id="r", published="2026-06-02"
    )
    orgs = [e["name"] for e in record["entities"] if e["type"] == "organization"]
    places = [e["name"] for e in record["entities"] if e["type"] == "place"]
    assert orgs == ["Kormet"] and "Radom" in places


def test_pod_after_common_noun_stays_in_the_name() -> None:
    """Near miss: after a common noun "pod" and a place name the body ("Związek Gmin pod Tatrami")."""
    assert "Związek Gmin pod Tatrami" in _orgs("Związek Gmin pod Tatrami przyjął nowego członka.")


def test_pod_after_an_organisation_head_stays_in_the_name() -> None:
    """near_preposition splits only a bare brand (or one after "firma"/"spółka"): after an organisation's head and
    its adjectives "pod" and the place close the name ("Spółdzielnia Mleczarska pod Beskidami")."""
    assert set(_orgs("Spółdzielnia Mleczarska pod Beskidami zainwestuje 9 mln zł w nową linię.")) == {
        "Spółdzielnia Mleczarska pod Beskidami"
    }
    assert "Biuro Rachunkowe Lemax pod Radomiem" in _orgs(
        "Umowę podpisało Biuro Rachunkowe Lemax pod Radomiem."
    )
    assert set(_orgs("Spółka Drobex pod Poznaniem zbuduje halę.")) == {"Drobex"}


def test_two_names_side_by_side_are_split() -> None:
    """name_classify._split_after_whole_name: an oblique head closed by its adjectives, then a nominative head."""
    orgs = _orgs("Strefa otworzy z Akademią Bialską Centrum Usług Cyfrowych.")
    assert {"Akademia Bialska", "Centrum Usług Cyfrowych"} <= set(orgs)


def test_genitive_head_after_whole_name_stays_in_it() -> None:
    """Near misses: a head in the genitive complements the name ("Parkiem … Uniwersytetu …", "Urzędem Marszałkowskim
    Województwa …"), and a nominative head after a nominative one is an apposition ("Stowarzyszeniem Klaster …")."""
    assert "Park Naukowo-Technologiczny Uniwersytetu Opolskiego" in _orgs(
        "Umowę podpisano z Parkiem Naukowo-Technologicznym Uniwersytetu Opolskiego."
    )
    assert "Urząd Marszałkowski Województwa Opolskiego" in _orgs(
        "Spotkanie z Urzędem Marszałkowskim Województwa Opolskiego odbyło się w Opolu."
    )
    assert "Uniwersytet Opolski Wydział Chemii" in _orgs(
        "Umowę podpisano z Uniwersytetem Opolskim Wydział Chemii."
    )
    assert "Stowarzyszenie Klaster Obróbki Drewna" in _orgs(
        "Firma współpracuje ze Stowarzyszeniem Klaster Obróbki Drewna."
    )


def test_university_with_its_centre_and_no_verb_stays_one_name() -> None:
    """name_classify._split_after_whole_name splits only where the first name is whole (closed by a place's
    adjective: place_adjective_ending), a verb follows the second name (its subject) or the second name closes the
    clause after a verb (its object); else the centre beside a university named by its kind goes with it. Kept:
    "Wspólnie z Politechniką Lubelską Fundacja Rozwoju Wsi zbuduje …", "otworzymy z … Centrum … .", and the
    laboratory beside "Uniwersytetem Rzeszowskim" in the battery."""
    orgs = _orgs(
        "Spółka Lemax podpisała umowę z Uniwersytetem Medycznym Centrum Symulacji Klinicznej na szkolenia."
    )
    assert "Uniwersytet Medyczny" not in orgs
    assert "Uniwersytet Medyczny Centrum Symulacji Klinicznej" in orgs
    orgs = _orgs(
        "Firma Lemax współpracuje z Akademią Górniczo-Hutniczą Centrum Transferu Technologii przy budowie."
    )
    assert "Akademia Górniczo-Hutnicza" not in orgs
    orgs = _orgs("Wspólnie z Politechniką Lubelską Fundacja Rozwoju Wsi zbuduje laboratorium w Lublinie.")
    assert {"Politechnika Lubelska", "Fundacja Rozwoju Wsi"} <= set(orgs)
    orgs = _orgs(
        "W maju otworzymy wspólnie z Politechniką Lubelską Centrum Robotyki. Projekt kosztuje 4 mln zł."
    )
    assert {"Politechnika Lubelska", "Centrum Robotyki"} <= set(orgs)


def test_group_brand_is_the_polish_subsidiary() -> None:
    """entities._union_name_starts: a bare brand beside the group and its subsidiary named by the country is the
    subsidiary's short name."""
    orgs = _orgs(
        "Korvenn stawia halę\n\nKorvenn Polska sp. z o.o., spółka koncernu Korvenn Werke GmbH, buduje halę w Kole."
    )
    assert set(orgs) == {"Korvenn Polska sp. z o.o.", "Korvenn Werke GmbH"}
    assert "Korvenn" in orgs["Korvenn Polska sp. z o.o."]["aliases"]


def test_group_brand_without_subsidiary_stays_apart() -> None:
    """Near miss: two longer names, neither a subsidiary named by the country: the brand is folded into neither."""
    orgs = _orgs("Korvenn stawia halę\n\nKorvenn Werke GmbH i Korvenn Antriebe AG budują halę w Kole.")
    assert "Korvenn Werke GmbH" in orgs and "Korvenn" not in orgs["Korvenn Werke GmbH"]["aliases"]


def test_group_brand_beside_a_group_name_is_no_subsidiary_alias() -> None:
    """entities._union_name_starts: where one longer name ends in a group word ("Korvenn Group"; group_word in
    name_cues.tsv) the bare brand may be the group's: it is not made the Polish subsidiary's short name."""
    orgs = _orgs(
        "Koncern Korvenn Group ogłosił, że Korvenn otworzy magazyn pod Kołem. Korvenn Polska zatrudni 300 osób."
    )
    assert "Korvenn Polska" in orgs and "Korvenn" not in orgs["Korvenn Polska"]["aliases"]


def test_unit_of_a_company_named_in_the_text_is_the_company() -> None:
    """entities._units_of_companies (company_unit_head): "Centrum Badawczo-Rozwojowe Marvex" beside the company
    Marvex is its unit: one organisation, named by the company."""
    orgs = _orgs(
        "Centrum Badawczo-Rozwojowe Marvex w Łodzi zatrudni 50 osób. Spółka Marvex przeznaczy na nie 20 mln zł."
    )
    assert set(orgs) == {"Marvex"} and orgs["Marvex"]["subtype"] == "company"


def test_plural_plant_noun_names_a_company_of_its_own() -> None:
    """Near misses: "Zakłady Mięsne Marvex" (a plural plant noun) is a company's full name; a centre whose brand no
    company of the text bears stays an organisation."""
    assert "Zakłady Mięsne Marvex" in _orgs(
        "Zakłady Mięsne Marvex zatrudnią 40 osób. Spółka Marvex kupiła teren."
    )
    assert "Centrum Badawcze Lumena" in _orgs("Centrum Badawcze Lumena w Łodzi zatrudni 50 osób.")


def test_country_after_a_connector_is_no_subsidiary() -> None:
    """Chunk.subsidiary: "Made in Poland" (a slogan: the country after a connector) names no company; near miss: a
    brand right before the country is a subsidiary ("Kelvo Poland")."""
    assert set(_orgs("Made in Poland – z takim napisem firma Sowex wysyła okna do Szwecji.")) == {"Sowex"}
    assert "Kelvo Poland" in _orgs("Kelvo Poland otworzyła biuro w Gdańsku.")
