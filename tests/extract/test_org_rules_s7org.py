"""Sentences of our own for the rows and rules that session 7 (org) added to the name finder: heads of the
names of plants and workshops (org_heads.tsv), English words that close a company's name and no person's
(foreign_org_words.tsv), nouns by which a contract names a party (name_cues.tsv, party_noun), a descriptor
with an adjective before the name, an item in brackets inside a list of companies, and a list of companies
after a colon further from the permit noun. The firms are invented."""

from __future__ import annotations

from typing import Any

import pytest

from kooperacja import extract


def _entities(text: str) -> dict[str, str]:
    record: dict[str, Any] = extract(text, doc_id="s7org", published="2025-06-02")
    return {e["name"]: e["type"] for e in record["entities"]}


# one sentence per head noun of a plant or workshop (org_heads.tsv), the name in the nominative or oblique
PLANT_HEADS = [
    ("Mleczarnia Dorlak otworzyła nowy punkt skupu mleka.", "Mleczarnia Dorlak"),
    ("Browar Kormin podwoi produkcję piwa w przyszłym roku.", "Browar Kormin"),
    ("Cukrownia Łosiec zatrudni na kampanię stu pracowników.", "Cukrownia Łosiec"),
    ("Piekarnia Welbak dostarcza chleb do szkół w powiecie.", "Piekarnia Welbak"),
    ("Drukarnia Ostrograf kupiła dwie maszyny offsetowe.", "Drukarnia Ostrograf"),
    ("Umowę z Odlewnią Ferrum Lipsk podpisano we wtorek.", "Odlewnia Ferrum Lipsk"),
    ("Cementownia Góralka modernizuje piec obrotowy.", "Cementownia Góralka"),
    ("Przetwórnia Owoców Sadex skupuje jabłka od rolników.", "Przetwórnia Owoców Sadex"),
    ("Wytwórnia Pasz Dobromir otworzyła magazyn zbożowy.", "Wytwórnia Pasz Dobromir"),
    ("Rozlewnia Wód Zdrojan uruchomiła trzecią linię.", "Rozlewnia Wód Zdrojan"),
    ("Gorzelnia Wrzosów wznowiła pracę po remoncie.", "Gorzelnia Wrzosów"),
    ("Cegielnia Rudka przekazała cegły na budowę szkoły.", "Cegielnia Rudka"),
    ("Papiernia Struga produkuje tekturę dla przemysłu.", "Papiernia Struga"),
    ("Garbarnia Skórex eksportuje skóry do Włoch.", "Garbarnia Skórex"),
    ("Masarnia Wędzik otworzyła sklep firmowy w Łomży.", "Masarnia Wędzik"),
    ("Przędzalnia Lniarka wraca do produkcji nici lnianych.", "Przędzalnia Lniarka"),
    ("Destylarnia Jałowiec wprowadziła nowy gin.", "Destylarnia Jałowiec"),
    ("Walcownia Blach Stalmor zwiększy zatrudnienie.", "Walcownia Blach Stalmor"),
    ("Hurtownia Farmaceutyczna Medvit otworzyła oddział w Lublinie.", "Hurtownia Farmaceutyczna Medvit"),
]


@pytest.mark.parametrize(("text", "name"), PLANT_HEADS, ids=[n for _t, n in PLANT_HEADS])
def test_plant_heads_name_organisations(text: str, name: str) -> None:
    assert _entities(text).get(name) == "organization", _entities(text)


# one sentence per English word that closes a company's name, after a word that is also a first name
COMPANY_WORDS = [
    ("Zakład w Kole zbudują spółki Rolmet i Saturn Pack.", "Saturn Pack"),
    ("W strefie zainwestują firmy Tervo i Marek Packaging.", "Marek Packaging"),
    ("Przedstawiciele firmy Klemens Glass obejrzeli teren pod hutę.", "Klemens Glass"),
    ("Umowę zawarły spółki Delta Nova i Adam Trading.", "Adam Trading"),
    ("Zamówienie dostały firmy Merkon oraz Leon Plastics.", "Leon Plastics"),
    ("Wsparcie otrzymały spółki Kaltor i Roman Machinery.", "Roman Machinery"),
    ("Huty zaopatrują firmy Brenta i Oskar Metals.", "Oskar Metals"),
    ("Linię montażową dostarczą firmy Vardo i Tomasz Equipment.", "Tomasz Equipment"),
]


@pytest.mark.parametrize(("text", "name"), COMPANY_WORDS, ids=[n for _t, n in COMPANY_WORDS])
def test_company_word_closes_no_person(text: str, name: str) -> None:
    found = _entities(text)
    assert found.get(name) == "organization", found


# one sentence per noun by which a contract names a party ("i Inwestor" starts no part of the name before it)
PARTY_NOUNS = [
    ("Gmina Lipno i Inwestor podpisali umowę o budowie drogi.", "Inwestor"),
    ("Powiat Kolski i Wykonawca ustalili termin odbioru.", "Wykonawca"),
    ("Miasto Kutno i Partner projektu złożyli wniosek.", "Partner"),
    ("Urząd Gminy Lipno i Beneficjent rozliczą dotację do końca roku.", "Beneficjent"),
    ("Starostwo Powiatowe w Kole i Wnioskodawca uzgodnili warunki.", "Wnioskodawca"),
    ("Gmina Sosnowo i Najemca podpisali aneks do umowy.", "Najemca"),
    ("Miasto Ostrowo i Wynajmujący zawarli ugodę.", "Wynajmujący"),
    ("Spółka Miejska Kolbus i Zleceniodawca omówili zlecenie.", "Zleceniodawca"),
    ("Gmina Brzozowo i Zleceniobiorca spotkali się na budowie.", "Zleceniobiorca"),
]


@pytest.mark.parametrize(("text", "party"), PARTY_NOUNS, ids=[p for _t, p in PARTY_NOUNS])
def test_party_noun_is_no_part_of_a_name(text: str, party: str) -> None:
    found = _entities(text)
    assert not any(party in name for name in found), found


def test_party_noun_in_the_genitive_stays_in_the_name() -> None:
    found = _entities("Stowarzyszenie Inwestorów i Wykonawców ogłosiło apel do gmin.")
    assert found.get("Stowarzyszenie Inwestorów i Wykonawców") == "organization", found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Firma budowlana Hartbud wygrała przetarg na szkołę.", "Hartbud"),
        ("Miasto podpisało umowę z firmą logistyczną Travo Cargo.", "Travo Cargo"),
        ("Przedstawiciele koncernu paliwowego Norvex odwiedzili rafinerię.", "Norvex"),
        ("Akcje spółki giełdowej Altrima zdrożały o pięć procent.", "Altrima"),
    ],
)
def test_descriptor_with_an_adjective(text: str, name: str) -> None:
    assert _entities(text).get(name) == "organization", _entities(text)


@pytest.mark.parametrize(
    "text",
    [
        "Projekt ma ożywić handel w strefie przygranicznej Polski i Litwy.",
        "Informację podał na portalu społecznościowym Twitter Janusz Nowak.",
    ],
)
def test_descriptor_with_an_adjective_not_before_a_place_or_a_person(text: str) -> None:
    found = _entities(text)
    assert not any(t == "organization" for t in found.values()), found


def test_item_in_brackets_keeps_the_descriptor_for_the_next() -> None:
    found = _entities("Zgody dostały spółki Morvel (hala 8 tys. m kw.) i Kaspar Glass (magazyn).")
    assert found.get("Morvel") == "organization" and found.get("Kaspar Glass") == "organization", found


def test_list_after_colon_far_from_the_permit_noun() -> None:
    found = _entities(
        "Decyzje o wsparciu nowych inwestycji w podstrefie odebrały: Fermol, Drewtop i Alvin Wood."
    )
    assert {"Fermol", "Drewtop"} <= {n for n, t in found.items() if t == "organization"}, found


@pytest.mark.parametrize(
    "text",
    [
        "Sklep firmowy otwarto przy Alei Marii Skłodowskiej w Lublinie.",
        "Hotel stanie przy Ulicy Jana Kilińskiego.",
        "Koncert odbył się na Placu Henryka Sienkiewicza.",
    ],
)
def test_street_noun_opening_a_chunk_names_no_person(text: str) -> None:
    found = _entities(text)
    assert not any(t == "person" for t in found.values()), found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Nowa fabryka spółki Rondo Pack da pracę wielu osobom.", "Rondo Pack"),
        ("Firma Plac Budowy Serwis wynajmuje dźwigi.", "Plac Budowy Serwis"),
    ],
)
def test_street_noun_not_after_a_preposition_may_open_a_name(text: str, name: str) -> None:
    """Only after a preposition ("przy Alei …") does a capitalised street noun make the chunk an address."""
    found = _entities(text)
    assert found.get(name) == "organization", found


@pytest.mark.parametrize(
    "text",
    [
        "Kierownik Działu Zakupów firmy Omnitor mówił o dostawcach.",
        "Dyrektor Pionu Sprzedaży spółki Kormet mówił o eksporcie.",
    ],
)
def test_unit_after_a_title_is_no_person(text: str) -> None:
    found = _entities(text)
    assert not any(t == "person" for t in found.values()), found


def test_titled_person_with_a_surname_that_is_a_common_noun() -> None:
    assert _entities("Plany przedstawił prezes Wiktor Kamień.").get("Wiktor Kamień") == "person"


def _org_record(text: str) -> list[dict[str, Any]]:
    record: dict[str, Any] = extract(text, doc_id="s7org", published="2025-06-02")
    return [e for e in record["entities"] if e["type"] == "organization"]


# one sentence per word that introduces a short form in brackets (name_cues.tsv, acronym_lead)
ACRONYM_LEADS = [
    ("Pomorska Agencja Rozwoju (dalej: PAR) ogłosiła nabór. PAR przyzna dziesięć grantów.", "PAR"),
    ("Lubuska Izba Handlu (zwana dalej LIH) przyjęła nowych członków. LIH liczy 90 firm.", "LIH"),
    ("Lubuski Klaster Metalowy (zwany dalej LKM) przyjął statut. LKM zrzesza 40 firm.", "LKM"),
    ("Zakłady Remontowe Odra (zwane dalej ZRO) kupiły dźwig. ZRO zapłaciły 3 mln zł.", "ZRO"),
    ("Umowę z Fundacją Rozwoju Mazur (zwanej dalej FRM) podpisano w maju. FRM wyda 2 mln zł.", "FRM"),
    ("Przedstawiciel Instytutu Badań Morza (zwanego dalej IBM) mówił o planach. IBM kupi statek.", "IBM"),
    ("Opolskie Centrum Rozwoju (w skrócie OCR) ogłosiło konkurs. OCR rozda 30 grantów.", "OCR"),
    ("Podkarpacka Agencja Wodna (skrót: PAW) podpisała umowę. PAW zbuduje zbiornik.", "PAW"),
]


@pytest.mark.parametrize(("text", "short"), ACRONYM_LEADS, ids=[s for _t, s in ACRONYM_LEADS])
def test_acronym_introduced_in_brackets_is_linked(text: str, short: str) -> None:
    orgs = _org_record(text)
    owner = [e for e in orgs if short in e["aliases"]]
    assert len(owner) == 1 and len(owner[0]["mentions"]) == 3, orgs
    assert short not in {e["name"] for e in orgs}, orgs


def test_words_in_brackets_that_introduce_no_acronym() -> None:
    orgs = _org_record("Spółka Kormex (dalej zwana Spółką) podpisała umowę z gminą.")
    assert {e["name"] for e in orgs} == {"Kormex"}, orgs


# a lone word the dictionary does not know, in apposition to a noun of what a company does, or beside an
# investment verb before it (patterns/name_context.tsv: company_role_after, investor_verb_before)
APPOSITION = [
    "Kormex, lider rynku opakowań, otworzy nowy zakład.",
    "Dalvino, eksporter win, wchodzi na rynek polski.",
    "Ferlanto, importer owoców, zbuduje chłodnię.",
]
VERB_BEFORE = [
    "Halę w podstrefie zbuduje Kormex.",
    "Nowy magazyn wybuduje Kormex.",
    "W Kutnie zainwestuje Kormex.",
    "W strefie inwestuje także Kormex.",
    "Zakład w Opolu rozbuduje Kormex.",
    "Linię produkcyjną uruchomił Kormex.",
    "Biuro w Gdańsku otworzył Kormex.",
    "Fabrykę w Mielcu przejął Kormex.",
    "Udziały w spółce nabył Kormex.",
    "Działkę w strefie kupił Kormex.",
]


@pytest.mark.parametrize("text", APPOSITION + VERB_BEFORE)
def test_lone_unknown_word_in_a_company_context(text: str) -> None:
    names = {e["name"] for e in _org_record(text)}
    assert names & {"Kormex", "Dalvino", "Ferlanto"}, names


def test_investment_verb_before_a_list() -> None:
    names = {e["name"] for e in _org_record("W strefie zainwestują Kormex, Delmar oraz Sanvik.")}
    assert {"Kormex", "Delmar", "Sanvik"} <= names, names


@pytest.mark.parametrize(
    "text",
    [
        "Tereny Inwestycyjne Gminy Lipno są już uzbrojone.",
        "Nowe Inwestycje Miasta Kolno zmienią centrum.",
    ],
)
def test_adjective_agreeing_only_in_the_plural_is_no_part_of_a_named_unit(text: str) -> None:
    names = {e["name"] for e in _org_record(text)}
    assert names in ({"Gmina Lipno"}, {"Miasto Kolno"}), names


def test_adjective_before_a_plural_head_stays_in_the_name() -> None:
    names = {e["name"] for e in _org_record("Lubelskie Zakłady Naprawy Maszyn zatrudnią 30 osób.")}
    assert names == {"Lubelskie Zakłady Naprawy Maszyn"}, names


# one sentence per dotted initials of a firm's kind (abbreviations.tsv: no sentence ends after them)
FIRM_INITIALS = [
    ("Inwestycję realizuje P.P.H.U. Marbud. Hala powstanie w maju.", "P.P.H.U. Marbud"),
    ("P.H.U. Tomex otworzy sklep w Kole.", "P.H.U. Tomex"),
    ("Umowę z P.P.U.H. Drewnex podpisano w maju.", "P.P.U.H. Drewnex"),
    ("Dostawy prowadzi P.U.H. Lorka z Opola.", "P.U.H. Lorka"),
    ("Sklep przejęła F.H.U. Wiktoria Trans.", "F.H.U. Wiktoria Trans"),
    ("Do strefy wchodzi firma F.H. Grosik z Opola.", "F.H. Grosik"),
    ("Hurtownię otworzyło P.H. Ordana w Lesznie.", "P.H. Ordana"),
    ("Wniosek złożyła F.P.H.U. Kalmet z Kępna.", "F.P.H.U. Kalmet"),
    ("Zlecenie dostał Z.P.H.U. Drewbud w czerwcu.", "Z.P.H.U. Drewbud"),
    ("Dach wykona P.U. Dachmax z Koła.", "P.U. Dachmax"),
    ("Halę wynajął Z.U.H. Serwis-Pol w lipcu.", "Z.U.H. Serwis-Pol"),
]


@pytest.mark.parametrize(("text", "name"), FIRM_INITIALS, ids=[n for _t, n in FIRM_INITIALS])
def test_dotted_initials_of_a_firm_open_its_name(text: str, name: str) -> None:
    names = {e["name"] for e in _org_record(text)}
    assert name in names, names


def test_a_single_initial_opens_no_firm() -> None:
    names = {e["name"] for e in _org_record("Umowę z firmą Brenta podpisał J. Kowalski.")}
    assert names == {"Brenta"}, names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Zgodę na budowę dostała spółka Green Energy Solar 12 Sp. z o.o.",
            "Green Energy Solar 12 Sp. z o.o.",
        ),
        ("Farmę zbuduje Baltic Wind 3 sp. z o.o. z Gdańska.", "Baltic Wind 3 sp. z o.o."),
    ],
)
def test_number_before_a_legal_form_belongs_to_the_name(text: str, name: str) -> None:
    names = {e["name"] for e in _org_record(text)}
    assert name in names, names


def test_number_after_a_name_without_a_legal_form_is_no_part_of_it() -> None:
    names = {e["name"] for e in _org_record("W 2023 r. spółka Kormex zatrudniła 12 osób.")}
    assert names == {"Kormex"}, names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Spółka Johnson & Johnson otworzy centrum usług w Krakowie.", "Johnson & Johnson"),
        ("Firma Lorex & Partners doradzała gminie przy przetargu.", "Lorex & Partners"),
    ],
)
def test_ampersand_joins_the_parts_of_a_name(text: str, name: str) -> None:
    names = {e["name"] for e in _org_record(text)}
    assert name in names, names


def test_adjective_after_a_first_name_closes_no_person() -> None:
    found = _entities("Nowa Hala Produkcyjna powstanie w Kutnie do końca roku.")
    assert not any(t == "person" for t in found.values()), found
    assert _entities("Gości przywitała Ewa Biała, prezes spółki.").get("Ewa Biała") == "person"


@pytest.mark.parametrize(
    "text",
    [
        "Raport „Rynek Pracy Pomorza” omówiono na sesji rady.",
        "Strategię „Zielone Miasto Kolno” przyjęła rada miasta.",
    ],
)
def test_quoted_name_of_a_report_or_a_strategy_is_no_organisation(text: str) -> None:
    found = _entities(text)
    assert not any(t == "organization" for t in found.values()), found


# one sentence per noun of a company's bodies, people, property or undertakings before its name in the
# genitive (patterns/name_context.tsv, company_owner); the genitive ending after x and v too (name_patterns.tsv)
OWNED = [
    ("Decyzję o budowie podjął zarząd Kormexu.", "Kormex"),
    ("Plany przedstawiły władze Tervolu.", "Tervol"),
    ("O dywidendzie zdecydowali akcjonariusze Delvexu.", "Delvex"),
    ("Pakiet sprzedał jeden z udziałowców Marvolu.", "Marvol"),
    ("Do Kutna przyjechali przedstawiciele Tervolu.", "Tervol"),
    ("Podwyżki dostaną pracownicy Kormexu.", "Kormex"),
    ("W maju ruszy inwestycja Delvexu w Kole.", "Delvex"),
    ("W Opolu mieści się siedziba Kormexu.", "Kormex"),
    ("W Gdańsku otwarto oddział Tervolu.", "Tervol"),
    ("Nowy zakład Kormexu powstanie w Kole.", "Kormex"),
    ("Druga fabryka Delvexu stanie w Mielcu.", "Delvex"),
]


@pytest.mark.parametrize(("text", "name"), OWNED, ids=[t.split()[-3] for t, _n in OWNED])
def test_company_named_in_the_genitive_after_a_noun_of_what_it_owns(text: str, name: str) -> None:
    names = {e["name"] for e in _org_record(text)}
    assert name in names, names
