"""figure_lexicon's `_Words`: a field that names no set of its own is built in `_words_at`'s `special`; every other
field is the figure_words.tsv set of its own name, so only a field typed as a set of words may be left to it."""

from __future__ import annotations

import dataclasses

from kooperacja.data.language_data import language_data
from kooperacja.extract.figure_lexicon import _words


def test_only_the_fields_typed_as_word_sets_hold_word_sets() -> None:
    w = _words("pl")
    for f in dataclasses.fields(w):
        assert isinstance(getattr(w, f.name), frozenset) == (f.type == "frozenset[str]"), f.name


def test_a_plain_field_holds_the_words_of_its_set() -> None:
    w = _words("pl")
    rows = language_data("pl").rows("figure_words")
    assert w.growth == frozenset(r["word"] for r in rows if r["set"] == "growth")
    assert w.link == frozenset(
        r["word"] for r in rows if r["set"] == "linking"
    )  # a field of another set's name
