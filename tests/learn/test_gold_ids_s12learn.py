"""Gold folders whose documents share file names (the own-words halves each number theirs from 1): each
document is known by its folder and name, and read once; the same text in two folders (a copy) is refused, so
that no document is trained on twice or held out beside its own copy."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kooperacja.learn.train import GoldError, gold_docs, gold_files


def _doc(folder: Path, stem: str, text: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{stem}.txt").write_text(text, encoding="utf-8")
    record = {"doc_id": stem, "lang": "pl", "entities": [], "events": [], "figures": []}
    (folder / f"{stem}.json").write_text(json.dumps(record), encoding="utf-8")


def test_documents_of_one_name_in_two_folders_are_both_read(tmp_path: Path) -> None:
    _doc(tmp_path / "a", "p001", "Spółka Wadmor otworzyła magazyn w Kole.")
    _doc(tmp_path / "b", "p001", "Gmina Biskupiec sprzedała działkę inwestorowi.")
    _doc(tmp_path / "b", "p002", "Firma Lentex zatrudni stu pracowników.")
    files = gold_files([tmp_path / "a", tmp_path / "b"])
    assert [js.parent.name + "/" + js.stem for _txt, js in files] == ["a/p001", "b/p001", "b/p002"]
    ids = [doc_id for doc_id, _gold, _doc in gold_docs(files)]
    assert ids == ["a/p001", "b/p001", "p002"]  # only the names that clash carry their folder's


def test_a_copy_of_a_document_in_another_folder_is_refused(tmp_path: Path) -> None:
    _doc(tmp_path / "a", "v001", "Spółka Wadmor otworzyła magazyn w Kole.")
    _doc(tmp_path / "b", "v001", "Spółka Wadmor otworzyła magazyn w Kole.")
    with pytest.raises(GoldError, match="same text"):
        gold_files([tmp_path / "a", tmp_path / "b"])


def test_folders_without_a_clash_keep_the_plain_names(tmp_path: Path) -> None:
    _doc(tmp_path / "a", "d2", "Firma Lentex zatrudni stu pracowników.")
    _doc(tmp_path / "b", "d1", "Gmina Biskupiec sprzedała działkę inwestorowi.")
    files = gold_files([tmp_path / "a", tmp_path / "b"])
    assert [js.stem for _txt, js in files] == ["d1", "d2"]
    assert [doc_id for doc_id, _g, _d in gold_docs(files)] == ["d1", "d2"]
