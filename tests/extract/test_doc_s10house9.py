"""The Doc's predicates over a token's readings (extract/doc.py). Sentences in our own words."""

from __future__ import annotations

from kooperacja.extract.analysis import analyse_text
from kooperacja.extract.doc import Doc


def test_a_token_reads_as_a_preposition() -> None:
    doc = Doc(text="Spółka Alfa zbuduje halę w Kielcach razem z gminą.")
    analyse_text(doc)
    preps = [t.text for k, t in enumerate(doc.tokens) if doc.is_preposition(k)]
    assert preps == ["w", "z"]


def test_a_comma_stretch_stops_at_commas_and_semicolons() -> None:
    doc = Doc(text="Od marca firma Beta rozbudowuje halę, którą kupiła w 2019 r.; prace potrwają rok.")
    analyse_text(doc)
    s0, s1 = doc.sent_span[0]
    words = [t.text for t in doc.tokens]
    a, b = doc.comma_stretch(words.index("rozbudowuje"), s0, s1)
    assert words[a:b] == ["Od", "marca", "firma", "Beta", "rozbudowuje", "halę"]
    a, b = doc.comma_stretch(words.index("kupiła"), s0, s1)
    assert words[a:b] == ["którą", "kupiła", "w", "2019", "r", "."]
