"""The one scan of a transcript's speaker tag (name_shape.speaker_tag_end), which the chunker (the comma-and-role
form) and persons.speaker_tags (the colon and the bracket) both use. Sentences and names are invented."""

from __future__ import annotations

from kooperacja.extract.analysis import analyse_text
from kooperacja.extract.doc import Doc
from kooperacja.extract.name_shape import first_name_nominative, speaker_tag_end


def _doc(text: str) -> Doc:
    doc = Doc(text=text)
    analyse_text(doc)
    return doc


def test_a_colon_tag_ends_at_its_colon_in_both_readings() -> None:
    doc = _doc("Wywiad z prezesem.\nMAREK ZIĘBA: Tak, hala powstanie w przyszłym roku.")
    i = next(k for k, t in enumerate(doc.tokens) if t.text == "MAREK")
    n = len(doc.tokens)
    assert speaker_tag_end(doc, i, n, 3, (":", "("), spaced=True) == i + 2
    assert speaker_tag_end(doc, i, n, 4, (":", ",")) == i + 2
    assert first_name_nominative(doc.readings[i])


def test_the_comma_and_the_bracket_close_the_tag_only_where_the_reading_asks() -> None:
    doc = _doc("EWA SOKÓŁ, wójt gminy Lisów: Liczymy na nowe miejsca pracy.")
    assert speaker_tag_end(doc, 0, len(doc.tokens), 4, (":", ",")) == 2
    assert speaker_tag_end(doc, 0, len(doc.tokens), 3, (":", "("), spaced=True) is None
    doc = _doc("EWA SOKÓŁ (wójt gminy Lisów): Liczymy na inwestora.")
    assert speaker_tag_end(doc, 0, len(doc.tokens), 3, (":", "("), spaced=True) == 2


def test_no_tag_inside_a_line_or_of_one_word_or_with_a_wide_gap_when_spaced() -> None:
    doc = _doc("Odpowiada MAREK ZIĘBA: tak.")
    i = next(k for k, t in enumerate(doc.tokens) if t.text == "MAREK")
    assert (
        speaker_tag_end(doc, i, len(doc.tokens), 3, (":", "("), spaced=True) is None
    )  # not at a line's start
    doc = _doc("PROWADZĄCA: Dzień dobry.")
    assert speaker_tag_end(doc, 0, len(doc.tokens), 4, (":", ",")) is None  # one word
    doc = _doc("MAREK  ZIĘBA: Tak.")
    assert speaker_tag_end(doc, 0, len(doc.tokens), 3, (":", "("), spaced=True) is None  # two spaces
    assert speaker_tag_end(doc, 0, len(doc.tokens), 4, (":", ",")) == 2  # the chunker does not ask
