"""`load --documents` keeps an index of where each document lies, not the texts: each document read back
from it equals the one `read_paths` reads, whatever the file kind (text, HTML, JSON, JSONL lines)."""

from __future__ import annotations

import json
from pathlib import Path

from kooperacja.cli.ingest_input import DocumentIndex
from kooperacja.documents.model import Document
from kooperacja.documents.readers import read_paths


def _write_inputs(root: Path) -> list[str]:
    folder = root / "teksty"
    folder.mkdir()
    (folder / "a1.txt").write_text("Firma Lodowa podpisała umowę z miastem Wiatrowo.\n", encoding="utf-8")
    (folder / "a2.html").write_text(
        "<html><head><title>Most</title></head><body><p>Fundacja Mostów otworzyła biuro.</p></body></html>",
        encoding="utf-8",
    )
    sub = folder / "pod"
    sub.mkdir()
    (sub / "a3.txt").write_text("Izba Handlu Wiatrem ogłosiła konkurs dla szkół.\n", encoding="utf-8")
    lines = [
        json.dumps(
            {"id": f"j{i}", "text": f"Wiadomość {i}: klaster numer {i} zaprosił gości.", "title": f"T{i}"}
        )
        for i in range(40)
    ]
    lines[5] = "{not json"
    lines[7] = json.dumps({"text": "Bez identyfikatora: agencja rozwoju otworzyła park."}, ensure_ascii=False)
    lines[9] = json.dumps({"id": "j1", "text": "Druga wersja pierwszego: ta zostaje, bo jest ostatnia."})
    jsonl = root / "wiadomosci.jsonl"
    jsonl.write_bytes(b"\xef\xbb\xbf" + "\n".join(lines).encode("utf-8") + b"\n\n")
    return [str(folder), str(jsonl), str(root / "nie-ma.txt")]


def test_documents_read_back_from_the_index_equal_those_read_whole(tmp_path: Path) -> None:
    paths = _write_inputs(tmp_path)
    whole = {d.doc_id: d for d in read_paths(paths) if isinstance(d, Document)}
    index = DocumentIndex(paths)
    assert len(whole) == 3 + 38 and set(index) == set(whole)
    for doc_id, doc in whole.items():
        assert index.get(doc_id) == doc, doc_id
    assert index["j1"].text.startswith("Druga wersja")  # the last of one doc_id wins, as in a dict
    assert "wiadomosci:8" in index  # a line without an id is named by its file and line
    assert index.get("nie-ma") is None and "nie-ma" not in index


def test_a_text_given_with_a_record_is_held_until_it_is_let_go(tmp_path: Path) -> None:
    index = DocumentIndex(_write_inputs(tmp_path))
    given = Document(doc_id="r1", text="Tekst przyniesiony przez rekord.")
    index["r1"] = given
    assert index["r1"] is given and "r1" in index
    assert index.pop("r1") is given and "r1" not in index
