"""A full stop inside a dotted initialism ends no sentence (sentences of our own)."""

import pytest

from kooperacja.text.sentences import split_sentences


def _sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Spółka Alfatech S.K.A. otworzy zakład w Borowie. Prace ruszą wiosną.",
        "Nowy zakład otworzy Betamet S.p.A. w Borowie. Prace ruszą wiosną.",
        "Delegacja z U.S.A. odwiedziła Borowo. Prace ruszą wiosną.",
    ],
)
def test_an_initialism_stays_inside_its_sentence(text: str) -> None:
    assert len(_sentences(text)) == 2


def test_a_sentence_still_ends_after_a_single_capital_and_a_new_sentence() -> None:
    # a full stop followed by a space and a capital after a word of two letters or more is a boundary
    assert _sentences("Umowę podpisał Klaster Gamma. Następnie głos zabrał wójt.") == [
        "Umowę podpisał Klaster Gamma.",
        "Następnie głos zabrał wójt.",
    ]
