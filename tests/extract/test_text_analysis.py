"""Sentences, tokens and morphology: the text layer the extractor stands on."""

from __future__ import annotations

import pytest

from kooperacja.text.morphology import morphology
from kooperacja.text.sentences import split_sentences
from kooperacja.text.tokens import tokenize


def sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Spotkanie odbyło się m.in. w Katowicach. Wzięli w nim udział przedstawiciele gmin.",
            ["Spotkanie odbyło się m.in. w Katowicach.", "Wzięli w nim udział przedstawiciele gmin."],
        ),
        ("Umowę podpisał dr Jan Nowak z firmy Alfa Sp. z o.o. w Lublinie.", None),
        ("Przyjechał prof. Adam Kowalski, dyr. Wydziału ds. Inwestycji.", None),
        ("Strefa powstała w 1997 r. w Mielcu.", None),
        ("Targi odbyły się 23 kwietnia br. w Poznaniu.", None),
        ("Dyrektor J. Kowalski otworzył zakład.", None),
        ("Firma XYZ S.A. zainwestuje 10 mln zł.", None),
    ],
)
def test_abbreviations_do_not_end_sentences(text: str, expected: list[str] | None) -> None:
    assert sentences(text) == (expected or [text])


def test_line_breaks_separate_titles_and_list_items() -> None:
    text = "Nowy klaster w regionie\n\nSygnatariusze:\n– Gmina Alfa,\n– Gmina Beta."
    assert sentences(text) == ["Nowy klaster w regionie", "Sygnatariusze:", "– Gmina Alfa,", "– Gmina Beta."]


def test_tokens_keep_offsets_and_names_together() -> None:
    text = "Silesia Automotive & Advanced Manufacturing (SA&AM), Saint-Etienne, 2,75 mld EUR"
    toks = tokenize(text)
    assert [t.text for t in toks][:7] == [
        "Silesia",
        "Automotive",
        "&",
        "Advanced",
        "Manufacturing",
        "(",
        "SA&AM",
    ]
    assert "Saint-Etienne" in [t.text for t in toks]
    assert "2,75" in [t.text for t in toks]
    for t in toks:
        assert text[t.start : t.end] == t.text


def test_morphology_analyses_and_generates() -> None:
    m = morphology()
    readings = m.analyse("Starachowicach")
    assert any(r.lemma == "Starachowice" and "loc" in r.cases and r.geo for r in readings)
    assert m.inflect("strefa", "subst", "sg", "nom", "f") == "strefa"
    assert m.inflect("legnicki", "adj", "sg", "nom", "f") == "legnicka"
    # a compound adjective unknown as a whole is analysed through its last part
    compound = m.analyse("Naukowo-Technologicznego")
    assert any(r.pos == "adj" and "gen" in r.cases for r in compound)
    assert m.inflect("Naukowo-technologiczny", "adj", "sg", "nom", "m3") == "Naukowo-technologiczny"
