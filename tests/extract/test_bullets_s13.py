"""One set of list bullets (kooperacja.text.tokens.BULLETS) read by its three readers: event_merge._list_item (a dated
item of a list), RegionNames._bullet_items (a town alone on a list's line, places.py) and org_names._item_marker (an unknown
brand opening a list item). The em dash also opens quoted speech: the place and organisation readers take it for no
bullet (dialogue=True); the event reader counts it. Sentences are own words."""

from __future__ import annotations

import pytest

import kooperacja.extract as ex
from kooperacja.extract.analysis import analyse_text
from kooperacja.extract.doc import Doc
from kooperacja.extract.event_draft import Draft
from kooperacja.extract.event_merge import _list_item
from kooperacja.extract.org_names import _item_marker
from kooperacja.extract.places import RegionNames
from kooperacja.text.tokens import BULLETS, is_bullet, is_ordinal_marker, line_item_marker

MARKS = ("-", "–", "—", "•", "·", "*", "▪", "►")


def _doc(text: str) -> Doc:
    doc = Doc(text=text)
    analyse_text(doc)
    return doc


def _index(doc: Doc, word: str) -> int:
    return next(i for i, t in enumerate(doc.tokens) if t.text == word)


def test_the_set_is_the_one_of_the_readers() -> None:
    assert set(MARKS) == BULLETS
    assert is_bullet("—") and not is_bullet("—", dialogue=True)
    assert is_ordinal_marker("2", ")") and is_ordinal_marker("12", ".") and not is_ordinal_marker("II", ".")
    assert line_item_marker("3. Gamma rozbuduje magazyn.") == "number"
    assert line_item_marker("Gamma rozbuduje magazyn.") is None


@pytest.mark.parametrize("mark", MARKS)
def test_event_reader_takes_each_mark_for_a_list_item(mark: str) -> None:
    text = (
        f"Wsparcie dostały dwie firmy.\n{mark} Vemiro wybuduje halę do 2027 r.\n{mark} Kortexa kupi maszyny."
    )
    doc = _doc(text)
    sent = doc.sent_of[_index(doc, "Vemiro")]
    assert _list_item(doc, Draft("investment", sent))


@pytest.mark.parametrize("opener", ["1.", "2)"])
def test_event_reader_takes_a_numbered_line_for_a_list_item(opener: str) -> None:
    doc = _doc(f"Wsparcie dostały dwie firmy.\n{opener} Vemiro wybuduje halę do 2027 r.")
    assert _list_item(doc, Draft("investment", doc.sent_of[_index(doc, "Vemiro")]))


def test_guard_event_reader_takes_a_plain_next_sentence_for_no_item() -> None:
    doc = _doc("Vemiro i Kortexa zbudują zakład. Vemiro rozpocznie budowę w kwietniu.")
    assert not _list_item(doc, Draft("investment", doc.sent_of[4]))


@pytest.mark.parametrize("mark", MARKS)
def test_place_reader_takes_each_mark_but_the_dialogue_dash(mark: str) -> None:
    doc = _doc(f"Umowę podpisały gminy:\n{mark} Limanowa\n{mark} Muszyna\n")
    items = RegionNames._bullet_items(doc)
    expected = mark != "—"
    assert (_index(doc, "Limanowa") in items) is expected
    assert (_index(doc, "Muszyna") in items) is expected


@pytest.mark.parametrize("mark", MARKS)
def test_org_reader_takes_each_mark_but_the_dialogue_dash(mark: str) -> None:
    doc = _doc(
        f"Nagrody otrzymali:\n{mark} Vemiro – dostawca czujników,\n{mark} Kortexa – producent opakowań."
    )
    expected = None if mark == "—" else "bullet"
    assert _item_marker(doc, _index(doc, "Vemiro")) == expected
    assert _item_marker(doc, _index(doc, "Kortexa")) == expected


@pytest.mark.parametrize("opener", [("1", "."), ("2", ")")])
def test_org_reader_takes_a_numbered_line(opener: tuple[str, str]) -> None:
    doc = _doc(f"Ranking dostawców:\n{opener[0]}{opener[1]} Vemiro\n")
    assert _item_marker(doc, _index(doc, "Vemiro")) == "number"


@pytest.mark.parametrize("mark", ["▪", "►"])
def test_brands_after_square_and_arrow_bullets_are_companies(mark: str) -> None:
    text = f"Wyróżnienia otrzymały firmy:\n{mark} Kortexa – producent czujników,\n{mark} Vemiro – dostawca oprogramowania."
    rec = ex.extract(text, published="2025-06-02")
    assert {"Kortexa", "Vemiro"} <= {e["name"] for e in rec["entities"] if e["type"] == "organization"}


@pytest.mark.parametrize("mark", ["▪", "►"])
def test_towns_after_square_and_arrow_bullets_are_places(mark: str) -> None:
    text = f"Porozumienie podpisały gminy:\n{mark} Limanowa\n{mark} Krynica-Zdrój\n\nSpotkanie prowadził starosta."
    rec = ex.extract(text, published="2025-06-02")
    assert {"Limanowa", "Krynica-Zdrój"} <= {e["name"] for e in rec["entities"] if e["type"] == "place"}
