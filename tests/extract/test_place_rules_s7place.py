"""The place rules and data rows of session 7 (issue 8), each with a sentence of our own: a row of
data/pl/place_nouns.tsv makes the unknown name after it a place; foreign names declined the Polish way meet
their gazetteer entry; a capitalised region adjective on its own is the voivodeship; a region's lower-case
name opens a sentence; "w" + a place the dictionary knows; a large foreign city outranks a small Polish town
with a shared form; a town that opens a sentence."""

from __future__ import annotations

from typing import Any

import pytest

from kooperacja import extract
from kooperacja.data.language_data import language_data


def _places(text: str) -> dict[str, str | None]:
    record: dict[str, Any] = extract(text, doc_id="rules", published="2025-05-12")
    return {e["name"]: e.get("subtype") for e in record["entities"] if e["type"] == "place"}


# one sentence per row of place_nouns.tsv: (lemma, sentence, the place's name)
NOUN_ROWS = [
    ("miasto", "Nagrodę zdobyło miasto Vellmark, a drugie było Opole.", "Vellmark"),
    ("miasteczko", "Fabryka stoi w miasteczku Horvalde nad rzeką.", "Horvalde"),
    ("miejscowość", "Hotel otwarto w miejscowości Sankt Ulwen.", "Sankt Ulwen"),
    ("wieś", "Gospodarze ze wsi Tarnovik przyjęli gości.", "Tarnovik"),
    ("gmina", "Park przemysłowy leży w gminie Dobrolesie.", "Dobrolesie"),
    ("kurort", "Konferencję przeniesiono do kurortu Bad Wellheim.", "Bad Wellheim"),
    ("prowincja", "Inwestor pochodzi z prowincji Gyeonggi.", "Gyeonggi"),
    ("region", "Kontrakt dotyczy regionu Västerbotten.", "Västerbotten"),
    ("stan", "Zakład w stanie Ohio zatrudnia trzystu pracowników.", "Ohio"),
    ("kanton", "Spółka ma siedzibę w kantonie Zug.", "Zug"),
    ("land", "Targi odbywają się w landzie Vorlitz.", "Vorlitz"),
    ("hrabstwo", "Magazyn zbudowano w hrabstwie Kentshire.", "Kentshire"),
    ("departament", "Winnica leży w departamencie Gironde.", "Gironde"),
    ("prefektura", "Goście przylecieli z prefektury Aichi.", "Aichi"),
    ("dzielnica", "Centrum usług stanie w dzielnicy Wawer.", "Wawer"),
    ("osiedle", "Nowy sklep otwarto na osiedlu Chomiczówka.", "Chomiczówka"),
    ("port", "Armator otworzył biuro w porcie Kotka.", "Kotka"),
]


@pytest.mark.parametrize(("lemma", "text", "name"), NOUN_ROWS, ids=[r[0] for r in NOUN_ROWS])
def test_place_noun_rows(lemma: str, text: str, name: str) -> None:
    assert name in _places(text)


def test_every_place_noun_row_has_a_sentence() -> None:
    rows = set(language_data("pl").column("place_nouns"))
    assert rows == {r[0] for r in NOUN_ROWS}


def test_a_plural_place_noun_takes_a_list() -> None:
    places = _places("Miasta partnerskie Vellmark i Horvalde przysłały delegacje.")
    assert {"Vellmark", "Horvalde"} <= set(places)


def test_a_place_noun_before_a_common_word_makes_no_place() -> None:
    assert "Rada" not in _places("Władze miasta Rada Nadzorcza nie zebrały się.")


def test_foreign_names_declined_the_polish_way() -> None:
    places = _places("Dostawy z Göteborga trafiają do hurtowni w Düsseldorfie.")
    assert {"Göteborg", "Düsseldorf"} <= set(places)


def test_region_adjective_on_its_own() -> None:
    places = _places("Najszybciej rośnie Podlaskie, a w Lubuskiem otwarto dwa zakłady.")
    assert {"województwo podlaskie", "województwo lubuskie"} <= set(places)


def test_region_adjective_of_a_noun_is_no_region() -> None:
    assert "województwo śląskie" not in _places("Śląskie kopalnie zatrudniają górników.")


def test_region_name_first_in_its_sentence() -> None:
    places = _places("Powiat bocheński ma nowy park. Obwód wołyński przysłał gości.")
    assert {"powiat bocheński", "obwód wołyński"} <= set(places)


def test_locative_preposition_before_a_place_that_is_also_a_surname() -> None:
    assert "Małaszewicze" in _places("Terminal przeładunkowy działa w Małaszewiczach od lat.")


def test_a_large_foreign_city_outranks_a_small_polish_town() -> None:
    record = extract("Kontener przypłynął z Lipska.", doc_id="rules", published="2025-05-12")
    (place,) = [e for e in record["entities"] if e["type"] == "place"]
    assert place["name"] == "Lipsk" and place.get("country") in ("DE", None)


def test_a_town_first_in_its_sentence() -> None:
    assert "Kalisz" in _places("Kalisz i Gniezno wspólnie zabiegają o inwestorów.")


def test_a_list_after_a_plural_place_noun_and_a_colon() -> None:
    places = _places("Do związku należy dziewięć gmin: Zelów, Widawa, Klonowa i Sędziejowice.")
    assert {"Zelów", "Widawa", "Klonowa", "Sędziejowice"} <= set(places)


def test_a_masculine_region_adjective_in_a_title_is_no_region() -> None:
    assert not _places("Wojewoda Kujawsko-Pomorski otworzył wczoraj targi.")


def test_a_common_word_inside_a_run_after_a_place_noun_ends_the_place() -> None:
    places = _places("Delegacja miasta Varnholm Panią Ostrowską przyjęła serdecznie.")
    assert "Varnholm" in places and not any("Panią" in p for p in places)


def test_a_sentence_opening_word_in_an_oblique_case_is_no_town() -> None:
    assert "Ob" not in _places("Obie izby podpisały porozumienie o współpracy.")
