"""The embedded SQLite backend: WAL, busy timeout, and retries with backoff when the file is locked."""

from __future__ import annotations

import os
import random
import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from kooperacja.store.db import SEARCH_KINDS, Backend

RETRIES = 60


def _locked(exc: Exception) -> bool:
    text = str(exc).lower()
    return "locked" in text or "busy" in text


class SQLiteBackend(Backend):
    dialect = "sqlite"
    types = {"pk": "INTEGER PRIMARY KEY AUTOINCREMENT", "blob": "BLOB", "real": "REAL"}

    def __init__(self, path: str) -> None:
        super().__init__()
        self.path = path
        self.url = path
        self.conn = sqlite3.connect(path, timeout=30.0, isolation_level=None, check_same_thread=False)
        self.conn.execute("PRAGMA busy_timeout = 30000")
        self._retry(lambda: self.conn.execute("PRAGMA journal_mode = WAL"))
        self.conn.execute("PRAGMA synchronous = NORMAL")
        self.conn.execute("PRAGMA foreign_keys = ON")  # the cascades of migration 008
        self.conn.execute("PRAGMA cache_size = -65536")
        self.conn.execute("PRAGMA temp_store = MEMORY")
        # fewer, larger checkpoints: a commit appends to the WAL, the fsyncs come with checkpoints
        self.conn.execute("PRAGMA wal_autocheckpoint = 20000")

    def migrate(self, upto: int | None = None) -> int:
        """Migrations rebuild tables (SQLite adds a foreign key no other way), which needs the keys off
        while they run; they are on again for everything after."""
        self.conn.execute("PRAGMA foreign_keys = OFF")
        try:
            return super().migrate(upto)
        finally:
            self.conn.execute("PRAGMA foreign_keys = ON")

    def _retry(self, fn: Any) -> Any:
        delay = 0.01
        for attempt in range(RETRIES):
            try:
                return fn()
            except sqlite3.OperationalError as exc:
                if not _locked(exc) or attempt == RETRIES - 1:
                    raise
                time.sleep(delay * (1 + random.random()))
                delay = min(delay * 2, 1.0)
        return None

    def execute(self, query: str, params: Sequence[Any] = ()) -> Any:
        if self.in_transaction:
            return self.conn.execute(query, params)
        return self._retry(lambda: self.conn.execute(query, params))

    def executemany(self, query: str, rows: Sequence[Sequence[Any]]) -> None:
        if rows:
            self.conn.executemany(query, rows)

    def commit(self) -> None:
        if self.conn.in_transaction:
            self.conn.commit()

    @contextmanager
    def transaction(self, immediate: bool = True) -> Iterator[None]:
        """BEGIN IMMEDIATE takes the write lock up front, so a reader never has to upgrade (no deadlock)."""
        if self.in_transaction:
            yield
            return
        self._retry(lambda: self.conn.execute("BEGIN IMMEDIATE" if immediate else "BEGIN"))
        self.in_transaction = True
        try:
            if immediate:
                self._raise_generation()
            yield
        except BaseException:
            self.in_transaction = False
            self.conn.rollback()
            raise
        self.in_transaction = False
        self._retry(self.conn.commit)

    @contextmanager
    def savepoint(self) -> Iterator[None]:
        if not self.in_transaction:
            with self.transaction():
                yield
            return
        self.conn.execute("SAVEPOINT doc")
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK TO doc")
            self.conn.execute("RELEASE doc")
            raise
        self.conn.execute("RELEASE doc")

    def close(self) -> None:
        try:
            self.conn.execute("PRAGMA optimize")
        except sqlite3.Error:
            pass
        self.conn.close()

    def fts_insert(self, rows: Sequence[tuple[int, str, str]]) -> None:
        for kind in SEARCH_KINDS:  # one full-text table per kind (migration 012)
            of_kind = [(rid, lemmas) for rid, k, lemmas in rows if k == kind]
            if of_kind:
                self.executemany(f"INSERT INTO search_fts_{kind} (rowid, lemmas) VALUES (?, ?)", of_kind)

    def fts_delete_doc(self, doc_pk: int) -> None:
        for kind in SEARCH_KINDS:
            self.execute(
                f"DELETE FROM search_fts_{kind} WHERE rowid IN "
                "(SELECT id FROM search_rows WHERE doc_pk = ? AND kind = ?)",
                (doc_pk, kind),
            )

    def fts_match(self, groups: list[list[str]], kinds: Sequence[str], limit: int) -> list[tuple[str, int]]:
        kinds = [k for k in kinds if k in SEARCH_KINDS]
        if not kinds or not groups:
            return []
        words = " AND ".join("(" + " OR ".join(f'"{w}"' for w in g) + ")" for g in groups)
        window = self.rank_window(limit)
        # bm25 for the most recent matches of each kind's table (rowid order needs no sort); several kinds:
        # the most recent `window` of their matches together
        found: list[tuple[float, int, str]] = []
        for kind in kinds:
            found += [
                (score, rid, kind)
                for rid, score in self.all(
                    f"SELECT rowid, bm25(search_fts_{kind}) FROM search_fts_{kind} "
                    f"WHERE search_fts_{kind} MATCH ? ORDER BY rowid DESC LIMIT ?",
                    (words, window),
                )
            ]
        if len(kinds) > 1:
            found = sorted(found, key=lambda h: -h[1])[:window]
        best = sorted(found, key=lambda h: (h[0], -h[1]))[:limit]
        refs = (
            dict(
                self.all(
                    f"SELECT id, ref_id FROM search_rows WHERE id IN {self.in_list([h[1] for h in best])}",
                    [h[1] for h in best],
                )
            )
            if best
            else {}
        )
        return [(kind, refs[rid]) for _, rid, kind in best if rid in refs]

    def size_bytes(self) -> int:
        total = 0
        for suffix in ("", "-wal"):
            try:
                total += os.path.getsize(self.path + suffix)
            except OSError:
                pass
        return total
