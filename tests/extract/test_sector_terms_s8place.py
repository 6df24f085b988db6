"""Sector term rows and place keys of session 8 (issue 8), each with a sentence of our own.

Sectors: terms found by lemma in any inflected form; product nouns that alone are incidental words ("kupiła
maszyny", "dojechali samochodem") name a field only after a noun of making ("producent maszyn",
"fabryka samochodów": `sector_product_heads.tsv`); idioms and infrastructure words that name no field.
Places: gazetteer names keyed by the adjective of their second word and by the parts of a hyphenated word
as written, and foreign feminine names in an oblique case.
"""

from __future__ import annotations

from typing import Any

import pytest

import kooperacja.extract as ex
from kooperacja.data.language_data import language_data


def _sectors(text: str) -> list[str]:
    return ex.extract(text, published="2025-06-02")["sectors"]


def _places(text: str) -> set[str]:
    record: dict[str, Any] = ex.extract(text, published="2025-06-02")
    return {e["name"] for e in record["entities"] if e["type"] == "place"}


FRAME = "Firma Tomex z Radomia podpisała z Gminą Lipowo umowę o współpracy, która obejmuje {}."

# new terms: (row, how it is written in a sentence)
TERMS = [
    ("autobus elektryczny|electromobility", "zakup autobusów elektrycznych dla miasta"),
    ("stacja ładować|electromobility", "budowę sieci stacji ładowania"),
    ("rolno-spożywczy|food_agri", "promocję sektora rolno-spożywczego"),
    ("mięsny|food_agri", "modernizację zakładów mięsnych"),
    ("mleczarski|food_agri", "dostawy dla spółdzielni mleczarskich"),
    ("mleczarnia|food_agri", "rozbudowę mleczarni w Lipowie"),
    ("piekarnia|food_agri", "otwarcie nowej piekarni"),
    ("piekarniczy|food_agri", "szkolenia dla branży piekarniczej"),
    ("browar|food_agri", "rozbudowę regionalnego browaru"),
    ("cukrownia|food_agri", "remont cukrowni"),
    ("drobiarski|food_agri", "wsparcie firm drobiarskich"),
    ("przetwórstwo owoc|food_agri", "przetwórstwo owoców z sadów gminy"),
    ("przetwórstwo warzywo|food_agri", "przetwórstwo warzyw mrożonych"),
    ("drewno|wood_furniture", "przetwórstwo drewna liściastego"),
    ("meblarstwo|wood_furniture", "rozwój meblarstwa w regionie"),
    ("tartak|wood_furniture", "budowę nowoczesnego tartaku"),
    ("odzież|textiles", "szycie odzieży ochronnej"),
    ("tkanina|textiles", "produkcję tkanin technicznych"),
    ("szwalnia|textiles", "uruchomienie szwalni"),
    ("tekstylia|textiles", "handel tekstyliami"),
    ("stocznia|maritime", "zamówienia dla stoczni remontowej"),
    ("armator|maritime", "kontrakty z armatorami z Norwegii"),
    ("żegluga|maritime", "rozwój żeglugi śródlądowej"),
    ("portowy|maritime", "obsługę terminali portowych"),
    ("huta|metal", "dostawy złomu dla huty"),
    ("odlewnia|metal", "modernizację odlewni żeliwa"),
    ("walcownia|metal", "nową walcownię prętów"),
    ("szpital|health", "wyposażenie szpitala wojewódzkiego"),
    ("pacjent|health", "opiekę nad pacjentami z cukrzycą"),
    ("lecznica|health", "otwarcie lecznicy"),
    ("programista|ict", "szkolenia dla programistów"),
    ("software|ict", "rozwój firm typu software house"),
    ("branża it|ict", "wsparcie dla branży IT"),
    ("sektor it|ict", "staże w sektorze IT"),
    ("firma it|ict", "przyciąganie firm IT"),
    ("specjalista it|ict", "kształcenie specjalistów IT"),
    ("usługa it|ict", "zakup usług IT"),
    ("telekomunikacja|ict", "inwestycje w telekomunikację"),
    ("telekomunikacyjny|ict", "budowę sieci telekomunikacyjnej"),
    ("transformacja cyfrowy|ict", "transformację cyfrową małych firm"),
    ("nawóz|chemicals", "produkcję nawozów mineralnych"),
    ("petrochemia|chemicals", "współpracę z petrochemią"),
    ("petrochemiczny|chemicals", "rozbudowę kompleksu petrochemicznego"),
    ("amunicja|defence", "produkcję amunicji"),
    ("śmigłowiec|aerospace", "serwis śmigłowców"),
    ("satelita|aerospace", "budowę małych satelitów"),
    ("satelitarny|aerospace", "usługi obrazowania satelitarnego"),
    ("węgiel kamienny|mining", "wydobycie węgla kamiennego"),
    ("wydobywczy|mining", "sprzęt dla przemysłu wydobywczego"),
    ("konsulting|business_services", "usługi w zakresie konsultingu"),
    ("konsultingowy|business_services", "zlecenia dla firm konsultingowych"),
    ("usługa księgowy|business_services", "świadczenie usług księgowych"),
    ("usługa biznesowy|business_services", "rozwój centrów usług biznesowych"),
    ("sortownia śmieć|environment", "budowę sortowni śmieci"),
    ("sortownia odpad|environment", "modernizację sortowni odpadów"),
    ("sortownia paczka|logistics", "otwarcie sortowni paczek"),
    ("sortownia przesyłka|logistics", "budowę sortowni przesyłek"),
    ("stolarka okienny|construction", "produkcję stolarki okiennej"),
    ("klinika|health", "współpracę z kliniką okulistyczną"),
    ("badanie kliniczny|biotech_pharma", "prowadzenie badań klinicznych"),
    ("odpad|environment", "zagospodarowanie odpadów budowlanych"),
    ("spalarnia|environment", "budowę spalarni"),
    ("tworzywo|plastics_composites", "przetwórstwo tworzyw"),
    ("polimer|plastics_composites", "badania nad polimerami"),
    ("polimerowy|plastics_composites", "produkcję folii polimerowych"),
    ("polipropylen|plastics_composites", "produkcję polipropylenu"),
    ("hotelarstwo|tourism", "szkolenia z hotelarstwa"),
    ("hotelarski|tourism", "rozwój bazy hotelarskiej"),
    ("elektrownia|energy", "modernizację elektrowni"),
    ("elektrociepłownia|energy", "budowę elektrociepłowni"),
    ("ciepłownia|energy", "przebudowę ciepłowni"),
    ("ciepłownictwo|energy", "zmiany w ciepłownictwie"),
    ("gaz ziemny|energy", "dostawy gazu ziemnego"),
    ("gazociąg|energy", "budowę gazociągu"),
    ("elektrownia wiatrowy|renewable_energy", "budowę elektrowni wiatrowych"),
    ("elektrownia słoneczny|renewable_energy", "budowę elektrowni słonecznej"),
    ("elektrownia fotowoltaiczny|renewable_energy", "budowę elektrowni fotowoltaicznej"),
    ("elektrownia wodny|renewable_energy", "remont elektrowni wodnej"),
    ("farma wiatrowy|renewable_energy", "budowę farmy wiatrowej"),
    ("pompa ciepło|renewable_energy", "montaż pomp ciepła"),
    ("kolejowy|logistics", "przewozy kolejowe towarów"),
    ("intermodalny|logistics", "rozwój transportu intermodalnego"),
    ("magazynowy|logistics", "budowę hal magazynowych"),
    ("centrum dystrybucyjny|logistics", "otwarcie centrum dystrybucyjnego"),
    ("kurierski|logistics", "obsługę przesyłek kurierskich"),
    ("oponiarski|automotive", "rozwój przemysłu oponiarskiego"),
    ("bateryjny|batteries", "produkcję systemów bateryjnych"),
    ("awionika|aerospace", "projektowanie awioniki"),
    ("aluminium|metal", "przetwórstwo aluminium"),
    ("aluminiowy|metal", "produkcję profili aluminiowych"),
    ("agd|electronics", "produkcję sprzętu AGD"),
    ("mikroelektronika|electronics", "badania w mikroelektronice"),
    ("przewoźnik|logistics", "obsługę przewoźników drogowych"),
    ("przewozowy|logistics", "rozwój firm przewozowych"),
    ("uczenie maszynowy|ai", "zastosowania uczenia maszynowego w handlu"),
    ("robotyzacja|robotics", "robotyzację linii montażowych"),
    ("zrobotyzować|robotics", "budowę zrobotyzowanych stanowisk"),
    ("biogaz|renewable_energy", "produkcję biogazu"),
    ("geotermia|renewable_energy", "wykorzystanie geotermii"),
    ("geotermalny|renewable_energy", "odwierty geotermalne"),
    ("zielony energia|renewable_energy", "zakup zielonej energii"),
    ("meblowy|wood_furniture", "wsparcie dla branży meblowej"),
    ("sadownictwo|food_agri", "rozwój sadownictwa"),
    ("sadowniczy|food_agri", "dostawy dla gospodarstw sadowniczych"),
    ("suchy port|logistics", "rozbudowę suchego portu pod Kutnem"),
    ("przeładunkowy|logistics", "budowę terminalu przeładunkowego"),
    ("spedycyjny|logistics", "usługi spedycyjne"),
]


@pytest.mark.parametrize(("row", "written"), TERMS, ids=[t[0] for t in TERMS])
def test_a_new_sector_term_gives_its_sector(row: str, written: str) -> None:
    assert row.split("|")[1] in _sectors(FRAME.format(written)), row


# a product noun after a noun of making names the field: (product row, sector, phrase)
PRODUCTS = [
    ("maszyna", "machinery", "wsparcie dla producentów maszyn"),
    ("samochód", "automotive", "budowę fabryki samochodów"),
    ("pojazd", "automotive", "produkcję pojazdów specjalnych"),
    ("autobus", "automotive", "serwis autobusów miejskich"),
    ("statek", "maritime", "budowę statków"),
    ("lek", "biotech_pharma", "wytwarzanie leków"),
    ("mebel", "wood_furniture", "pozyskanie wytwórcy mebli"),
    ("broń", "defence", "dostawcę broni"),
    ("opona", "automotive", "budowę fabryki opon"),
    ("okno", "construction", "pozyskanie producenta okien"),
]


@pytest.mark.parametrize(("row", "sector", "written"), PRODUCTS, ids=[t[0] for t in PRODUCTS])
def test_a_product_noun_after_a_noun_of_making_gives_its_sector(row: str, sector: str, written: str) -> None:
    assert sector in _sectors(FRAME.format(written)), row


@pytest.mark.parametrize(
    ("sector", "text"),
    [
        ("machinery", "Spółka kupiła dwie nowe maszyny do pakowania."),
        ("automotive", "Goście przyjechali samochodami, a wrócili autobusem."),
        ("automotive", "Parking dla pojazdów gości znajduje się za ratuszem."),
    ],
)
def test_a_product_noun_alone_is_no_sector(sector: str, text: str) -> None:
    assert sector not in _sectors(text)


def test_every_head_of_making_stands_before_the_product_rows() -> None:
    heads = language_data("pl").column("sector_product_heads")
    assert "producent" in heads and "fabryka" in heads
    for head in heads:
        assert "machinery" in _sectors(FRAME.format(f"rozwój: {head} maszyn")), head


@pytest.mark.parametrize(
    ("row", "sector", "text"),
    [
        ("dodać energia", "energy", "Burmistrz mówił, że nowy partner doda energii całej gminie."),
        ("energia do działanie", "energy", "Sukces dał zespołowi energię do działania."),
    ],
)
def test_an_idiom_with_a_term_word_gives_no_sector(row: str, sector: str, text: str) -> None:
    assert sector not in _sectors(text), row


@pytest.mark.parametrize(
    ("sector", "text"),
    [
        # dropped rows: words that stand for infrastructure or activities, not for a field of the economy
        ("research_education", "Projekt obejmuje działania edukacyjne dla mieszkańców i festyn."),
        ("environment", "Teren strefy dostanie drogę, wodociąg i oczyszczalnię ścieków."),
        ("defence", "Park powstanie na dawnym lotnisku wojskowym przy ul. Wojska Polskiego."),
        ("energy", "Spółka ciepłownicza podłączy nowe hale do sieci."),
        ("logistics", "Do strefy dojedziemy transportem publicznym z dworca."),
        ("environment", "Firma kurierska otworzy sortownię paczek przy obwodnicy."),
        ("construction", "Goście podziwiali widok z okien ratusza."),
        ("logistics", "Miasto kupi tramwaje dla transportu miejskiego."),
        ("logistics", "Gmina dopłaci do zbiorowego transportu w powiecie."),
        ("maritime", "Z suchego portu w Małaszewiczach kontenery trafią na kolej."),
        ("ict", "Pobierz naszą aplikację mobilną i bądź na bieżąco z wydarzeniami w mieście."),
    ],
)
def test_an_incidental_word_gives_no_sector(sector: str, text: str) -> None:
    assert sector not in _sectors(text)


# ---- places: gazetteer keys


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Delegacja z Ostrowa Wielkopolskiego przyjechała do nas.", "Ostrów Wielkopolski"),
        ("Targi odbyły się w Gorzowie Wielkopolskim.", "Gorzów Wielkopolski"),
        ("Firmy z Zagłębia Dąbrowskiego szukają partnerów.", "Zagłębie Dąbrowskie"),
        ("Nowa hala stanie w Jastrzębiu-Zdroju.", "Jastrzębie-Zdrój"),
        ("Umowę podpisano w Kędzierzynie-Koźlu.", "Kędzierzyn-Koźle"),
    ],
)
def test_a_place_name_in_an_oblique_case_is_found_in_its_base_form(text: str, place: str) -> None:
    assert place in _places(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Przedsiębiorcy z Żyliny odwiedzili strefę.", "Żylina"),
        ("Rozmowy odbyły się w Żylinie.", "Żylina"),
        ("Spółka otworzy biuro w Ałmaty.", "Ałmaty"),
    ],
)
def test_a_foreign_town_is_found_in_its_polish_form(text: str, place: str) -> None:
    assert place in _places(text)


def test_a_foreign_region_with_a_hyphen_is_found_in_an_oblique_case() -> None:
    assert "Emilia-Romania" in _places("Firma eksportuje maszyny do Emilii-Romanii i Hesji.")


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Wójtowie z powiatu kłodzkiego i wałbrzyskiego odwiedzili strefę.",
            {"powiat kłodzki", "powiat wałbrzyski"},
        ),
        (
            "Do Lublina przyjechali samorządowcy z obwodu lwowskiego, wołyńskiego i tarnopolskiego.",
            {"obwód lwowski", "obwód wołyński", "obwód tarnopolski"},
        ),
        ("Umowę podpisali marszałkowie województwa opolskiego i śląskiego.", {"województwo śląskie"}),
    ],
)
def test_adjectives_listed_under_one_singular_region_noun_are_regions(text: str, places: set[str]) -> None:
    assert places <= _places(text)


def test_a_list_under_a_region_noun_takes_no_adjective_of_another_noun() -> None:
    places = _places("Przedstawiciele województwa śląskiego i polskiego rządu rozmawiali o kolei.")
    assert "województwo śląskie" in places
    assert not any("polsk" in p for p in places)


@pytest.mark.parametrize(
    "text",
    [
        "Ambasador RP w Wiedniu otworzył forum gospodarcze.",
        "Nagrodę Gospodarczą Prezydenta RP otrzymała spółka Tomex.",
        "W rozmowach wziął udział poseł na Sejm RP.",
    ],
)
def test_a_country_acronym_in_a_title_or_name_is_no_place(text: str) -> None:
    assert "Polska" not in _places(text)


def test_a_country_acronym_after_a_preposition_is_a_place() -> None:
    assert "Polska" in _places("Spółka zainwestowała w RP ponad miliard złotych.")


def test_a_voivodeship_adjective_in_parentheses_after_a_town_is_the_region() -> None:
    places = _places("Nowe hale powstaną w Sulechowie (lubuskie) i w Białogardzie (zachodniopomorskie).")
    assert {"województwo lubuskie", "województwo zachodniopomorskie"} <= places


def test_a_word_in_parentheses_that_is_no_region_adjective_is_no_region() -> None:
    assert _places("Spółka (notowana na giełdzie) buduje zakład w Sulechowie.") == {"Sulechów"}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Na targach byli wystawcy z Wielkopolski, Akwitanii i Hesji.", "Akwitania"),
        ("Partnerami regionu są Hesja, Akwitania i Emilia-Romania.", "Akwitania"),
    ],
)
def test_a_place_word_listed_next_to_a_place_is_a_place(text: str, place: str) -> None:
    assert place in _places(text)


def test_a_surname_listed_next_to_a_place_is_no_place() -> None:
    places = _places("Rozmowy w Poznaniu i Kowalski podpisał potem umowę z gminą.")
    assert places == {"Poznań"}


def test_a_hyphenated_town_written_with_a_space_is_found() -> None:
    assert "Czechowice-Dziedzice" in _places("Centrum badań powstaje w Czechowicach Dziedzicach.")


def test_towns_alone_on_the_lines_of_a_bulleted_list_are_places() -> None:
    text = "Porozumienie podpisały gminy:\n- Limanowa\n- Krynica-Zdrój\n- Muszyna\n\nSpotkanie prowadził starosta."
    assert {"Limanowa", "Krynica-Zdrój", "Muszyna"} <= _places(text)


def test_common_words_alone_on_the_lines_of_a_list_are_no_places() -> None:
    assert _places("Program spotkania:\n- Otwarcie\n- Dyskusja\n- Podsumowanie\n") == set()


def test_a_hyphenated_town_first_in_its_sentence_is_a_place() -> None:
    assert {"Krynica-Zdrój", "Muszyna"} <= _places("Krynica-Zdrój i Muszyna podpisały umowę o współpracy.")
