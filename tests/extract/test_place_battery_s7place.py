"""A battery of place sentences (issue 8, session 7): each invented passage lists the places it names (base
forms that must be found; "A|B" accepts either) and names that must not come out as places (adjectives,
demonyms, streets, towns inside an organisation's name). Every passage is our own words; it is a
generalisation check for Polish place recognition, not tuned to any gold document."""

from __future__ import annotations

from typing import Any

import pytest

from kooperacja import extract

# (passage, places that must be found, names that must not be places)
CASES: list[tuple[str, set[str], set[str]]] = [
    # ---- Polish towns in their cases; multiword and adjectival names
    (
        "Nowa fabryka stanie w Starachowicach, a biuro firmy zostaje w Kielcach.",
        {"Starachowice", "Kielce"},
        set(),
    ),
    ("Delegacja z Nowej Soli odwiedziła partnerów w Bielsku-Białej.", {"Nowa Sól", "Bielsko-Biała"}, set()),
    (
        "Między Zieloną Górą a Gorzowem Wielkopolskim pojedzie nowy pociąg.",
        {"Zielona Góra", "Gorzów Wielkopolski"},
        set(),
    ),
    ("Inwestor kupił działkę pod Kutnem, niedaleko Łodzi.", {"Kutno", "Łódź"}, set()),
    ("Władze Jastrzębia-Zdroju i Rybnika omawiały wspólny projekt.", {"Jastrzębie-Zdrój", "Rybnik"}, set()),
    (
        "Kalisz i Ostrów Wielkopolski chcą razem przyciągać inwestorów.",
        {"Kalisz", "Ostrów Wielkopolski"},
        set(),
    ),
    ("Współpraca z Rzeszowem i Lublinem rozwija się od lat.", {"Rzeszów", "Lublin"}, set()),
    ("Tychy: nowy zakład za 200 mln zł", {"Tychy"}, set()),
    # ---- foreign towns in Polish forms and in their own spellings
    ("Przedsiębiorcy z Monachium i Lipska przyjadą do Poznania.", {"Monachium", "Lipsk", "Poznań"}, set()),
    ("Grupa ma zakłady w Mediolanie, Turynie i Lyonie.", {"Mediolan", "Turyn", "Lyon"}, set()),
    ("Rozmowy toczyły się w Kownie, a potem we Lwowie.", {"Kowno", "Lwów"}, set()),
    (
        "Szwedzka spółka przeniesie część produkcji z Göteborga do Wałbrzycha.",
        {"Göteborg", "Wałbrzych"},
        {"Szwecja"},
    ),
    ("Oddział w Düsseldorfie zastąpi dotychczasowe biuro w Stuttgarcie.", {"Düsseldorf", "Stuttgart"}, set()),
    ("Porozumienie o partnerstwie zawarły Jönköping i Kołobrzeg.", {"Jönköping", "Kołobrzeg"}, set()),
    (
        "Nowe centrum dystrybucyjne w Eindhoven obsłuży klientów z całych Niderlandów.",
        {"Eindhoven", "Holandia"},
        set(),
    ),
    ("Delegacja odwiedziła miasto Luksemburg, stolicę Wielkiego Księstwa.", {"Luksemburg"}, set()),
    # ---- German Länder, foreign provinces and oblasts
    (
        "Przedstawiciele Saksonii i Nadrenii Północnej-Westfalii zwiedzili strefę.",
        {"Saksonia", "Nadrenia Północna-Westfalia"},
        set(),
    ),
    ("Eksport do Bawarii i Turyngii wzrósł o jedną piątą.", {"Bawaria", "Turyngia"}, set()),
    ("Goście z Dolnej Saksonii spotkali się z marszałkiem.", {"Dolna Saksonia"}, set()),
    (
        "Chińska prowincja Syczuan od lat współpracuje z województwem łódzkim.",
        {"Syczuan", "województwo łódzkie"},
        {"Chiny"},
    ),
    ("Firmy z prowincji Zhejiang szukają partnerów w Polsce.", {"Zhejiang", "Polska"}, set()),
    ("Katalonia i Lombardia to ważne regiony przemysłowe.", {"Katalonia", "Lombardia"}, set()),
    (
        "Obwód lwowski i województwo podkarpackie przedłużyły porozumienie.",
        {"obwód lwowski", "województwo podkarpackie"},
        set(),
    ),
    (
        "Do Lublina przyjechali goście z obwodu wołyńskiego na Ukrainie.",
        {"Lublin", "obwód wołyński", "Ukraina"},
        set(),
    ),
    # ---- voivodeships and powiats
    ("Najwięcej nowych miejsc pracy przypadło na woj. śląskie.", {"województwo śląskie"}, set()),
    ("Województwo opolskie przoduje w zestawieniu eksporterów.", {"województwo opolskie"}, set()),
    ("Powiat kłodzki przyciąga turystów z Czech.", {"powiat kłodzki", "Czechy"}, set()),
    ("Zakład powstanie w powiecie mieleckim.", {"powiat mielecki"}, set()),
    # ---- gminas: a place after the lower-case noun, an organisation as "Gmina X"
    (
        "Działki leżą na terenie gminy Kobierzyce pod Wrocławiem.",
        {"Kobierzyce|gmina Kobierzyce", "Wrocław"},
        set(),
    ),
    ("Gmina Kobierzyce podpisała umowę z inwestorem.", set(), {"Kobierzyce", "gmina Kobierzyce"}),
    # ---- adjectives and demonyms are no places
    (
        "Koreańscy inwestorzy chętnie lokują kapitał na Dolnym Śląsku.",
        {"Dolny Śląsk"},
        {"Korea", "Korea Południowa"},
    ),
    (
        "Niemieccy i francuscy eksporterzy rozmawiali z polskimi firmami.",
        set(),
        {"Niemcy", "Francja", "Polska"},
    ),
    ("Krakowianie częściej niż warszawiacy pracują w usługach.", set(), {"Kraków", "Warszawa"}),
    # ---- named venues
    (
        "Gala odbyła się w Pałacu Potockich w Radzyniu Podlaskim.",
        {"Pałac Potockich", "Radzyń Podlaski"},
        set(),
    ),
    ("Spotkanie zorganizowano w Hali Orbita we Wrocławiu.", {"Hala Orbita", "Wrocław"}, set()),
    # ---- towns inside organisation names; streets
    ("Politechnika Rzeszowska i Uniwersytet Łódzki podpisały umowę.", set(), {"Rzeszów", "Łódź"}),
    ("Urząd Miasta Gdańska wspiera młode firmy technologiczne.", set(), {"Gdańsk"}),
    ("Biuro mieści się przy ulicy Krakowskiej 12 w Tarnowie.", {"Tarnów"}, {"Kraków"}),
    # ---- continents and macro-regions
    (
        "Towary trafiają do Azji, Afryki i Ameryki Południowej.",
        {"Azja", "Afryka", "Ameryka Południowa"},
        set(),
    ),
]

# Passages the extractor does not yet handle; each with the reason (strict: an unexpected pass fails).
XFAIL: dict[str, str] = {}


def _places(text: str) -> set[str]:
    record: dict[str, Any] = extract(text, doc_id="battery", published="2025-05-12")
    return {e["name"] for e in record["entities"] if e["type"] == "place"}


def _params() -> list[Any]:
    out = []
    for text, expected, forbidden in CASES:
        marks = [pytest.mark.xfail(strict=True, reason=XFAIL[text])] if text in XFAIL else []
        out.append(pytest.param(text, expected, forbidden, id=text[:40], marks=marks))
    return out


@pytest.mark.parametrize(("text", "expected", "forbidden"), _params())
def test_place_battery(text: str, expected: set[str], forbidden: set[str]) -> None:
    places = _places(text)
    missing = {e for e in expected if not places & set(e.split("|"))}
    wrong = places & forbidden
    assert not missing and not wrong, f"found {places}; missing {missing}; not places {wrong}"


def test_the_battery_is_large_enough() -> None:
    assert 30 <= len(CASES) <= 45
