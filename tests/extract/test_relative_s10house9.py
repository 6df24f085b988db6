"""Where a relative clause opens (extract/relative.py): the one place that says it, read by the event rules, the
modality's clause test, the participants' relative-clause test and the figures. Sentences in our own words."""

from __future__ import annotations

import pytest

from kooperacja.extract.analysis import analyse_text
from kooperacja.extract.doc import Doc
from kooperacja.extract.figure_lexicon import _words
from kooperacja.extract.relative import (
    clause_openers,
    opens_relative,
    relative_clauses,
    relative_forms,
    relative_pronouns,
)


def _doc(text: str) -> Doc:
    doc = Doc(text=text)
    analyse_text(doc)
    return doc


def test_the_pronoun_forms_come_from_its_one_lemma() -> None:
    forms = relative_forms("pl")
    assert relative_pronouns("pl") == {"który"}
    # every case and number, the dative included, and no word that only begins like it
    assert {
        "który",
        "która",
        "które",
        "którego",
        "której",
        "któremu",
        "którym",
        "którymi",
        "których",
    } <= forms
    assert {"którzy", "którą"} <= forms
    assert not {"którędy", "któryś"} & forms


def test_conjunctions_open_a_clause_but_are_named_apart_from_the_relative_words() -> None:
    openers = clause_openers("pl")
    assert relative_forms("pl") <= openers
    assert {"gdzie", "że", "aby", "czy"} <= openers
    assert not {"że", "aby", "czy"} & relative_forms("pl")


def test_the_figures_read_the_same_pronoun() -> None:
    assert _words("pl").relative == relative_pronouns("pl")


@pytest.mark.parametrize(
    ("text", "opens"),
    [
        ("Hala, którą zbuduje firma Alfa, stanie w Opolu.", True),
        ("Park, w którym powstanie zakład, leży nad rzeką.", True),
        ("Program, w ramach którego spółka dostała grant, trwa.", True),
        ("Gmina, gdzie otwarto biuro, jest mała.", True),
        ("Zarząd ogłosił, że spółka zbuduje zakład.", False),
        ("Firma Alfa, lider branży, otworzyła biuro.", False),
    ],
)
def test_a_comma_opens_a_relative_clause(text: str, opens: bool) -> None:
    doc = _doc(text)
    comma = next(i for i, t in enumerate(doc.tokens) if t.text == ",")
    assert opens_relative(doc, comma, len(doc.tokens)) is opens


def test_a_relative_clause_runs_from_its_comma_to_the_next() -> None:
    doc = _doc("Spółka Gamma, która w 2018 r. kupiła działkę, buduje halę, w której pracę znajdzie 40 osób.")
    words = [t.text for t in doc.tokens]
    spans = relative_clauses(doc, *doc.sent_span[0])
    assert [words[a:b] for a, b in spans] == [
        ["która", "w", "2018", "r", ".", "kupiła", "działkę"],
        ["w", "której", "pracę", "znajdzie", "40", "osób", "."],
    ]
