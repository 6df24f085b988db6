"""Bulk loading (`kooperacja load`) and the event re-check after an entity merge, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from pathlib import Path

from kooperacja.cli import main
from kooperacja.documents.readers import read_paths
from kooperacja.extract import extract_document
from kooperacja.store import open_store
from kooperacja.store.bulk import RecordError, iter_records

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def _agreement(doc: str, a: str, b: str, date: str, published: str) -> dict:
    return {
        "doc_id": doc,
        "lang": "pl",
        "published": published,
        "entities": [
            {"id": "e1", "type": "organization", "subtype": "other", "name": a, "aliases": []},
            {"id": "e2", "type": "organization", "subtype": "technology_park", "name": b, "aliases": []},
        ],
        "events": [
            {
                "type": "agreement",
                "date": date,
                "status": "done",
                "participants": [{"entity": "e1", "role": "party"}, {"entity": "e2", "role": "party"}],
                "sectors": [],
            }
        ],
        "figures": [],
        "sectors": [],
    }


def test_events_of_merged_entities_become_one(store) -> None:
    store.ingest_records(
        [
            _agreement("x", "Fundacja Przykładowa Północ", "Park Technologiczny Zachód", "2024-05-10", "2024-05-10"),
            _agreement("y", "Stowarzyszenie Nadmorskie Wschód", "Park Technologiczny Zachód", "2024-05-10", "2024-05-11"),
            _agreement("z", "Stowarzyszenie Nadmorskie Wschód", "Park Technologiczny Zachód", "2021-02-03", "2021-02-03"),
        ]
    )  # fmt: skip
    assert store.db.scalar("SELECT count(*) FROM events") == 3
    ids = {name: eid for eid, name in store.db.all("SELECT id, name FROM entities")}
    store.merge(ids["Fundacja Przykładowa Północ"], ids["Stowarzyszenie Nadmorskie Wschód"])
    # the two agreements of one day are one now; the one of another year stays apart
    assert store.db.scalar("SELECT count(*) FROM events") == 2
    rule, reason = store.db.one("SELECT rule, reason FROM merges WHERE kind = 'event'")
    assert reason.startswith("after an entity merge")
    assert store.db.scalar("SELECT max(source_count) FROM events") == 2


def test_load_stores_records_made_elsewhere(db_url: str, tmp_path: Path, capsys) -> None:
    docs = [d for d in read_paths(sorted(SAMPLES.glob("*.txt"))[:6])]
    records = tmp_path / "records.jsonl"
    lines = [json.dumps(extract_document(d), ensure_ascii=False) for d in docs]
    lines.insert(2, "{broken")
    records.write_text("\n".join(lines) + "\n", encoding="utf-8")

    rc = main(["load", str(records), "--db", db_url, "--documents", *(str(d.source) for d in docs), "-q"])
    assert rc == 0
    out, err = capsys.readouterr()
    assert "documents: 6 new" in out and "1 failed" in out
    assert "error: " in err and "not valid JSON" in err

    # the same facts as extracting and ingesting the documents in one go
    reference = open_store(str(tmp_path / "reference.db"))
    loaded = open_store(db_url)
    try:
        reference.ingest(docs, jobs=1)
        for query in (
            "SELECT type, name FROM entities ORDER BY type, name",
            "SELECT type, date FROM events ORDER BY type, date",
            "SELECT doc_id, length(text) FROM documents ORDER BY doc_id",
        ):
            assert sorted(map(repr, loaded.db.all(query))) == sorted(map(repr, reference.db.all(query))), (
                query
            )
        assert loaded.db.scalar("SELECT count(*) FROM documents WHERE length(text) > 100") == 6
    finally:
        reference.close()
        loaded.close()
    # loading again changes nothing
    again = ["load", str(records), "--db", db_url, "-q", "--json", "--documents"]
    assert main([*again, *(str(d.source) for d in docs)]) == 0
    assert json.loads(capsys.readouterr().out)["unchanged"] == 6


def test_record_reader_streams_and_reports_bad_input(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text(
        '{"doc_id": "a", "entities": [], "events": []}\n[1, 2]\n', encoding="utf-8"
    )
    (tmp_path / "b.json").write_text('{"entities": [], "events": []}', encoding="utf-8")
    (tmp_path / "b.txt").write_text("Tekst dokumentu.", encoding="utf-8")
    items = list(iter_records([tmp_path, tmp_path / "missing.jsonl"]))
    assert [type(i).__name__ for i in items] == ["tuple", "RecordError", "tuple", "RecordError"]
    assert items[0][1] is None  # no text given
    assert items[2][0]["doc_id"] == "b" and items[2][1].text == "Tekst dokumentu."
    assert isinstance(items[3], RecordError) and "no such file" in str(items[3])


def test_load_lets_each_carried_text_go_once_its_record_is_stored(
    db_url: str, tmp_path: Path, capsys
) -> None:
    from kooperacja.cli.ingest_input import RecordStream

    texts = [f"Dokument numer {i} opisuje spotkanie dwóch wymyślonych fundacji nad rzeką." for i in range(5)]
    records = tmp_path / "records.jsonl"
    lines = [
        json.dumps(
            {"doc_id": f"t{i}", "lang": "pl", "entities": [], "events": [], "text": t}, ensure_ascii=False
        )
        for i, t in enumerate(texts)
    ]
    records.write_text("\n".join(lines) + "\n", encoding="utf-8")

    # the reader: only the text of the record being stored is held; one from --documents stays
    given = next(iter(read_paths(sorted(SAMPLES.glob("*.txt"))[:1])))
    held = {"t3": given}
    seen = []
    for record in RecordStream([str(records)], held):
        seen.append(sorted(held))
        assert held.get(record["doc_id"]) is not None
    assert seen == [["t0", "t3"], ["t1", "t3"], ["t2", "t3"], ["t3"], ["t3", "t4"]]
    assert sorted(held) == ["t3"]

    # the command: each record stored with its own text; the loader's peak memory reported
    assert main(["load", str(records), "--db", db_url, "-q", "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["new"] == 5 and summary["peak_rss_mb"] > 10
    store = open_store(db_url)
    try:
        assert dict(store.db.all("SELECT doc_id, text FROM documents")) == {
            f"t{i}": t for i, t in enumerate(texts)
        }
    finally:
        store.close()


def test_ingest_records_stream_holds_one_carried_text(tmp_path: Path) -> None:
    from kooperacja.cli.ingest_input import RecordStream

    records = tmp_path / "records.jsonl"
    records.write_text(
        "".join(
            json.dumps({"doc_id": f"s{i}", "entities": [], "events": [], "text": f"Tekst {i}."}) + "\n"
            for i in range(4)
        ),
        encoding="utf-8",
    )
    stream = RecordStream([str(records)])
    for record in stream:
        assert list(stream.documents) == [record["doc_id"]]
        assert stream.documents[record["doc_id"]].text == f"Tekst {record['doc_id'][1:]}."
