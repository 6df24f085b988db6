"""Migration 008 on a real database: document-scoped rows cascade with their document, and a database
made before the migration keeps every row (and its id counters) through it."""

from __future__ import annotations

from kooperacja.documents.model import Document
from kooperacja.store import Store, connect, open_store
from kooperacja.store.references import DOCUMENT_TABLES

from .records import CORE_TABLES as TABLES
from .records import TEXT_A, docs, rec_a, rec_b, rec_c

# the rows of one document, by its primary key (participants through the document's event sources)
OWN_ROWS = {
    **{t: f"SELECT COUNT(*) FROM {t} WHERE doc_pk = ?" for t in DOCUMENT_TABLES},
    "search_rows": "SELECT COUNT(*) FROM search_rows WHERE doc_pk = ?",
    "participants": "SELECT COUNT(*) FROM participants p JOIN event_sources s ON s.id = p.source_id "
    "WHERE s.doc_pk = ?",
}


def _snapshot(store: Store, columns: dict[str, list[str]] | None = None) -> dict[str, list[tuple]]:
    """Rows of every core table (of `columns`, else all), with their column names."""
    out = {}
    for table, order in TABLES.items():
        cols = (columns or {}).get(table) or [
            d[0] for d in store.db.execute(f"SELECT * FROM {table} LIMIT 0").description
        ]
        out[table] = [tuple(cols), *store.db.all(f"SELECT {', '.join(cols)} FROM {table} ORDER BY {order}")]
    return out


def _own_rows(store: Store, doc_pk: int) -> dict[str, int]:
    return {t: store.db.scalar(q, (doc_pk,)) for t, q in OWN_ROWS.items()}


def test_deleting_a_document_deletes_its_facts(store):
    assert store.ingest_records([rec_a(), rec_b(), rec_c()], docs())["failed"] == 0
    pk_a = store.db.scalar("SELECT id FROM documents WHERE doc_id = 'a'")
    pk_c = store.db.scalar("SELECT id FROM documents WHERE doc_id = 'c'")
    before_a, before_c = _own_rows(store, pk_a), _own_rows(store, pk_c)
    for table in ("doc_entities", "mentions", "event_sources", "participants", "search_rows"):
        assert before_a[table] > 0, table
    with store.db.transaction():
        store.db.execute("DELETE FROM documents WHERE id = ?", (pk_a,))  # the database alone, no code of ours
    assert set(_own_rows(store, pk_a).values()) == {0}
    assert _own_rows(store, pk_c) == before_c  # another document's rows stay


def test_delete_document_drops_what_only_it_stated(store):
    assert store.ingest_records([rec_a(), rec_c()], docs())["failed"] == 0
    entities = store.db.scalar("SELECT COUNT(*) FROM entities")
    assert store.delete_document("c")["ok"]
    assert store.db.scalar("SELECT COUNT(*) FROM documents WHERE doc_id = 'c'") == 0
    assert store.db.scalar("SELECT COUNT(*) FROM entities") < entities
    assert store.db.scalar("SELECT COUNT(*) FROM entities WHERE doc_count = 0") == 0
    assert store.delete_document("c") == {"ok": False, "error": "no document c"}


def _copy_rows(source: Store, target: Store) -> None:
    """Every row of the core tables of `source` into the same tables of `target` (its columns only, ids
    kept), as a database written before the migration holds them."""
    db = target.db
    columns = {t: [d[0] for d in db.execute(f"SELECT * FROM {t} LIMIT 0").description] for t in TABLES}
    with db.transaction():
        for table, order in TABLES.items():
            cols = columns[table]
            rows = source.db.all(f"SELECT {', '.join(cols)} FROM {table} ORDER BY {order}")
            marks = ", ".join("?" * len(cols))
            db.executemany(f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({marks})", rows)
            if db.dialect == "postgres" and "id" in cols and rows:
                db.execute(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT MAX(id) FROM {table}))"
                )


def test_a_database_made_before_the_keys_migrates_without_losing_rows(db_url, tmp_path):
    made = open_store(str(tmp_path / "made.db"))
    try:
        assert made.ingest_records([rec_a(), rec_b(), rec_c()], docs())["failed"] == 0
        made.split(made.db.scalar("SELECT entity_id FROM doc_entities WHERE name LIKE 'Krakowska%'"))
        old = Store(connect(db_url), schema_version=7)
        try:
            assert old.schema_version == 7
            _copy_rows(made, old)
            # the last rows of a table deleted: the id counter must not fall back to them
            top_mention = old.db.scalar("SELECT MAX(id) FROM mentions")
            with old.db.transaction():
                old.db.execute("DELETE FROM mentions WHERE id = ?", (top_mention,))
            before = _snapshot(old)
        finally:
            old.close()
    finally:
        made.close()
    assert all(
        len(before[t]) > 1 for t in ("documents", "doc_entities", "mentions", "event_sources", "participants")
    )

    store = open_store(db_url)
    try:
        assert store.schema_version >= 8
        assert _snapshot(store, {t: list(rows[0]) for t, rows in before.items()}) == before
        # the participants' copies of their events' type and dates are filled in
        assert (
            store.db.scalar(
                "SELECT COUNT(*) FROM participants p JOIN events e ON e.id = p.event_id WHERE p.event_type = e.type "
                "AND p.date_start IS NOT DISTINCT FROM e.date_start AND p.date_end IS NOT DISTINCT FROM e.date_end"
            )
            == len(before["participants"]) - 1
        )
        if store.db.dialect == "sqlite":
            assert store.db.all("PRAGMA foreign_key_check") == []
            assert store.db.scalar("PRAGMA foreign_keys") == 1
        extra = dict(rec_a(), doc_id="a2")
        later = Document(doc_id="a2", text=TEXT_A + " Rozmowy potrwają do piątku.", source="a2.txt")
        summary = store.ingest_records([extra], {"a2": later})
        assert summary["failed"] == 0 and summary["new"] + summary["near_duplicate"] == 1
        assert (
            store.db.scalar(
                "SELECT MIN(id) FROM mentions WHERE doc_pk = (SELECT id FROM documents WHERE doc_id = 'a2')"
            )
            > top_mention
        )
        pk_b = store.db.scalar("SELECT id FROM documents WHERE doc_id = 'b'")
        with store.db.transaction():
            store.db.execute("DELETE FROM documents WHERE id = ?", (pk_b,))
        assert set(_own_rows(store, pk_b).values()) == {0}
    finally:
        store.close()
