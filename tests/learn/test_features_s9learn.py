"""s9: the organisation features that read the words beside a name (a vocabulary the model learns where the
words are frequent), whether a name's head reads as a nominative, names cut after a letter, and the
trainer's rule that a decision is switched on only where its gain holds in most folds. Our own sentences."""

from __future__ import annotations

import dataclasses

import pytest

from kooperacja.documents.model import Document
from kooperacja.learn.features import DocView, entity_features, head_case
from kooperacja.learn.train import consistent, fold_f1s, rules_doc


def _view(text: str) -> DocView:
    return DocView(rules_doc(Document(doc_id="f", text=text)))


def _org(v: DocView, start: str) -> list[str]:
    ent = next(e for e in v.doc.entities if e.type == "organization" and e.name.startswith(start))
    return entity_features(v, ent)


@pytest.mark.parametrize(
    ("word", "case"),
    [
        ("Fabryka", "nom"),
        ("Fabryką", "oblique"),
        ("Stowarzyszeniem", "oblique"),
        ("Uniwersytet", "nom"),
        ("Kwrzpytex", "unknown"),
    ],
)
def test_head_case_says_whether_the_first_word_can_be_a_nominative(word: str, case: str) -> None:
    assert head_case(word) == case


def test_the_words_beside_a_name_are_features_by_lemma() -> None:
    v = _view(
        "Zarząd spółki Betonex Sp. z o.o. ogłosił w poniedziałek budowę magazynu. "
        "Betonex Sp. z o.o. wybuduje go w Lesznie."
    )
    feats = _org(v, "Betonex")
    assert "lw=spółka" in feats  # the noun before the first mention, by its lemma
    assert any(x.startswith("rw=") for x in feats)
    assert "head_nom=unknown" in feats or "head_nom=nom" in feats
    assert "msents=2" in feats
    assert any(x.startswith("num0=") for x in feats)


def test_a_name_ending_in_a_lone_letter_is_marked_as_cut() -> None:
    v = _view("Fundacja Rozwoju Rzemiosła podpisała w marcu umowę z Akademią Sztuk Pięknych w Gdańsku.")
    ent = next(e for e in v.doc.entities if e.type == "organization" and e.name.startswith("Fundacja"))
    assert "cut_tail" not in entity_features(v, ent)
    # the same name as a rule that stops one letter into the next word would leave it
    assert "cut_tail" in entity_features(v, dataclasses.replace(ent, name="Fundacja Rozwoju R"))


def test_legal_forms_are_not_cut_tails() -> None:
    v = _view("Firma Dachmet SA otworzyła w Kutnie nowy zakład produkcji blach.")
    assert "cut_tail" not in _org(v, "Dachmet")


def test_fold_f1s_compare_the_rules_and_the_model_fold_by_fold() -> None:
    # fold 0: two right items and a wrong one the model drops; fold 1: the model drops a right one
    probs = [0.9, 0.8, 0.1, 0.9, 0.2]
    labels = [1, 1, 0, 1, 1]
    extra = [False] * 5
    per = fold_f1s(probs, labels, extra, [0, 0, 0, 1, 1], [2, 2], 0.5, None)
    assert per[0] == (pytest.approx(0.8), pytest.approx(1.0))
    assert per[1] == (pytest.approx(1.0), pytest.approx(2 / 3))
    assert not consistent(per)  # better in one fold of two, worse in the other
    assert consistent([(0.8, 0.9), (0.7, 0.7), (0.9, 0.95), (0.6, 0.61), (0.5, 0.49)])
    assert not consistent([(0.8, 0.9), (0.7, 0.6), (0.9, 0.95), (0.6, 0.61), (0.5, 0.49)])


def test_an_extra_candidate_counts_only_at_or_above_the_add_threshold() -> None:
    per = fold_f1s([0.9, 0.7], [1, 1], [False, True], [0, 0], [2], 0.0, None)
    assert per == [(pytest.approx(2 / 3), pytest.approx(2 / 3))]  # no add threshold: never taken
    per = fold_f1s([0.9, 0.7], [1, 1], [False, True], [0, 0], [2], 0.0, 0.6)
    assert per == [(pytest.approx(2 / 3), pytest.approx(1.0))]


def test_a_word_feature_of_fewer_than_three_documents_is_not_trained_on() -> None:
    """One document that repeats a neighbour word ("lw=zakład" beside ten names) teaches nothing; a word beside
    names of three documents does. Class features are left to the trainer's count of candidates."""
    from kooperacja.learn.train import GoldDoc, _samples

    def doc(doc_id: str, word: str, n: int) -> GoldDoc:
        g = GoldDoc(doc_id, {}, None, None, {})  # type: ignore[arg-type]
        g.samples = {"organization": [([f"lw={word}", "cap"], 1)] * n}
        return g

    docs = [doc("a", "zakład", 10), doc("b", "spółka", 1), doc("c", "spółka", 1), doc("d", "spółka", 1)]
    feats = {x for f, _y in _samples(docs, "organization") for x in f}
    assert "lw=spółka" in feats
    assert "lw=zakład" not in feats
    assert "cap" in feats
