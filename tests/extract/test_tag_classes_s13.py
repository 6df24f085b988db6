"""The verb classes of data/pl/tag_classes.tsv: each read on a word of an own-words sentence."""

from __future__ import annotations

import pytest

from kooperacja.extract.cues import tag_classes
from kooperacja.text.morphology import morphology


def _pos(word: str) -> set[str]:
    return {r.pos for r in morphology().analyse(word)}


@pytest.mark.parametrize(
    ("word", "cls", "member"),
    [
        ("podpisała", "clause_verb", True),  # "Gmina podpisała umowę z inwestorem."
        ("buduje", "clause_verb", True),  # "Spółka buduje nową halę."
        ("podpisano", "clause_verb", False),  # impersonal: no subject
        ("będzie", "finite_verb", True),  # "Firma będzie zatrudniać stu pracowników."
        ("będzie", "clause_verb", False),
        ("podpisano", "predicate", True),  # "W piątek podpisano list intencyjny."
        ("podpisać", "predicate", False),
        ("podpisać", "predicate_or_inf", True),  # "Strony chcą podpisać umowę jesienią."
        ("zbudować", "clause_or_inf", True),
        ("zbudujcie", "clause_inf_or_impt", True),
        ("poinformował", "past_report", True),  # "Urząd poinformował o decyzji."
        ("podano", "past_report", True),
        ("informuje", "past_report", False),
    ],
)
def test_verb_class_of_a_word(word: str, cls: str, member: bool) -> None:
    assert bool(_pos(word) & getattr(tag_classes(), cls)) is member


def test_wider_classes_contain_the_narrower() -> None:
    t = tag_classes()
    assert t.finite_verb == t.clause_verb | {"bedzie"}
    assert t.predicate == t.clause_verb | {"imps"}
    assert t.predicate_or_inf == t.predicate | {"inf"}
    assert t.clause_or_inf == t.clause_verb | {"inf"}
    assert t.clause_inf_or_impt == t.clause_or_inf | {"impt"}
