"""The Doc's predicates over a token's readings (extract/doc.py). Sentences in our own words."""

from __future__ import annotations

from kooperacja.extract.analysis import analyse_text
from kooperacja.extract.doc import Doc


def test_a_token_reads_as_a_preposition() -> None:
    doc = Doc(text="Spółka Alfa zbuduje halę w Kielcach razem z gminą.")
    analyse_text(doc)
    preps = [t.text for k, t in enumerate(doc.tokens) if doc.is_preposition(k)]
    assert preps == ["w", "z"]
