"""The second round of fast paths in the text layer, each against the plain computation it replaces."""

from __future__ import annotations

import random
import re

from kooperacja.text import dates
from kooperacja.text.tokens import Token, _join_spaced_compounds, tokenize

TEXTS = [
    "Spółka Przykład-Test z Poznania podpisała 3 marca 2024 r. umowę z firmą Beyond.pl (IGE+XAO).",
    "Zakład Przemysłowo – Handlowy i centrum badawczo -rozwojowe ruszą w II kwartale; koszt: 2,75 mln zł.",
    "Data publikacji: 12.09.2023\nWiadomość o inwestycji. Kolejne zdanie!  Trzecie?",
    "Hi-tech i B2B-ready to słowa z ang. O'Neill, Saint–Etienne… 1.200 osób, 10:30, 40-026.",
    "Sektor naukowo - techniczny, ale nie: słowo - Słowo ani Nowo –nowe.",
    "",
    "   ",
    "Bez kropki na końcu",
]

_OLD_SPLIT = re.compile(
    r"[A-ZĄĆĘŁŃÓŚŹŻ]{1,6}(?:[&+][A-ZĄĆĘŁŃÓŚŹŻ]{1,6})+"
    r"|[^\W\d_][\w-]*\.(?:pl|com|eu|net|org|de|info|biz)\b"
    r"|[^\W\d_][^\W_]*(?:[-'’–][^\W_]+)*"
    r"|\d+(?:[.,]\d+)*"
    r"|[^\w\s]"
)


def _plain_tokenize(text: str) -> list[Token]:
    toks = [Token(m.group(), m.start(), m.end(), k) for k, m in enumerate(_OLD_SPLIT.finditer(text))]
    return _join_spaced_compounds(text, toks, ("o",))


def _random_texts(n: int) -> list[str]:
    rng = random.Random(7)
    pieces = ["słowo", "Nowo", "badawczo", "Rozwojowe", " ", "  ", "-", "–", "—", ".", ",", "12", "3.5", "pl",
              "A&B", "x'y", "\n", "mln", "zł", ":", "data", "o"]  # fmt: skip
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 40))) for _ in range(n)]


def test_tokens_are_those_of_the_plain_pattern_and_join() -> None:
    for text in TEXTS + _random_texts(400):
        assert tokenize(text) == _plain_tokenize(text), text


def test_spaced_compounds_are_still_joined() -> None:
    words = [t.text for t in tokenize("Zakład Przemysłowo – Handlowy i centrum badawczo -rozwojowe")]
    assert "Przemysłowo-Handlowy" in words
    assert "badawczo-rozwojowe" in words


def test_label_prefilter_never_hides_a_label() -> None:
    grammar = dates._inflected("pl")
    for text in TEXTS + _random_texts(300) + ["DATA  PUBLIKACJI :\t1.02.2020", "opublıkowano: 2020", "x: y"]:
        if grammar.label_anywhere.search(text):
            assert grammar.may_have_label(text), text
    assert not grammar.may_have_label("Umowa bez etykiety: podpisano ją wczoraj.")
    assert (
        dates.find_dateline("Tytuł wiadomości\nTekst.\nData publikacji: 23-09-2010 13:05\nDalej.")
        == "2010-09-23"
    )


def test_lower_words_are_the_words_lower_cased_one_by_one() -> None:
    from kooperacja.text.numbers import _P_WORD, _lower_words

    extra = ["ΟΔΟΣ'Α dwa", "İstanbul: dwa tysiące", "Pół Miliona ZŁOTYCH", "x\u00a0Dwa\u00a0tysiące"]
    for text in TEXTS + _random_texts(300) + extra:
        assert _lower_words(text) == [w.lower() for w in _P_WORD.findall(text)], text


def test_amounts_in_words_are_still_found() -> None:
    from kooperacja.text.numbers import find_amounts

    values = [
        (a.value, a.unit)
        for a in find_amounts("Firma zatrudni ponad DWA TYSIĄCE osób i wyda pół miliona złotych.")
    ]
    assert values == [(2000, "count"), (500000, "PLN")]
