"""The PostgreSQL backend (psycopg 3): the same SQL with `%s` placeholders and tsvector search."""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

from kooperacja.store.db import SEARCH_KINDS, Backend, DatabaseUnavailable

CONNECT_TIMEOUT = 5
"""Seconds to wait for a new connection (a server that is down refuses at once)."""

_INSERT = re.compile(r"^\s*INSERT INTO (\w+) \(([^)]*)\) VALUES \((.*)\)\s*$", re.S)
ID_BLOCK = 256
"""Row ids taken from a table's sequence at a time (one round trip), so that an INSERT need not wait for
its RETURNING id: in pipeline mode it is queued with the other writes."""


@lru_cache(maxsize=512)
def _with_id(query: str) -> tuple[str, str] | None:
    """(table, the INSERT with an explicit id column first) for a plain single-row INSERT, else None."""
    m = _INSERT.match(query)
    upper = query.upper()
    if m is None or "ON CONFLICT" in upper or "RETURNING" in upper or "SELECT" in upper:
        return None
    table, cols, values = m.groups()
    return table, _pg(f"INSERT INTO {table} (id, {cols}) VALUES (?, {values})")


_MANY = re.compile(
    r"^\s*INSERT INTO (\w+) \(([^)]*)\) VALUES \(([?,\s]*)\)\s*(ON CONFLICT DO NOTHING)?\s*$", re.S | re.I
)


@lru_cache(maxsize=512)
def _many(query: str) -> tuple[str, list[str], bool] | None:
    """(table, columns, on conflict do nothing) of a plain multi-row INSERT of parameters only, else None."""
    m = _MANY.match(query)
    if m is None:
        return None
    cols = [c.strip() for c in m.group(2).split(",")]
    if m.group(3).count("?") != len(cols):
        return None
    return m.group(1), cols, bool(m.group(4))


@lru_cache(maxsize=512)
def _pg(query: str) -> str:
    return query.replace("%", "%%").replace("?", "%s")


class PostgresBackend(Backend):
    dialect = "postgres"
    types = {"pk": "BIGSERIAL PRIMARY KEY", "blob": "BYTEA", "real": "DOUBLE PRECISION"}

    def __init__(self, url: str) -> None:
        super().__init__()
        self.url = url
        self.conn = self._connect()
        self._tx_depth = 0
        self._ids: dict[str, deque[int]] = {}
        self._types: dict[str, dict[str, str]] = {}

    # -- the connection: a dead one (server restarted, idle connection killed) is replaced --------------
    def _connect(self) -> Any:
        import psycopg

        try:
            conn = psycopg.connect(self.url, autocommit=True, connect_timeout=CONNECT_TIMEOUT)
        except psycopg.OperationalError as exc:
            reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise DatabaseUnavailable(f"PostgreSQL is not reachable: {reason}") from exc
        # prepared statements (psycopg prepares a query after a few runs) are planned with their actual
        # parameters each time: a generic plan made while the tables were empty scans whole tables later
        conn.execute("SET plan_cache_mode = force_custom_plan")
        return conn

    def _dead(self) -> bool:
        return bool(self.conn.closed or self.conn.broken)

    def _revive(self) -> None:
        """A new connection in place of a dead one (raises DatabaseUnavailable while the server is down)."""
        try:
            self.conn.close()
        except Exception:  # noqa: BLE001 - it is dead already
            pass
        self.conn = self._connect()

    def _run(self, work: Any) -> Any:
        """work(conn), on a new connection when the pooled one died; retried once on a new connection
        when it dies during the call. Inside a transaction nothing is retried: the caller's unit is lost."""
        import psycopg

        if self._dead() and not self.in_transaction:
            self._revive()
        try:
            return work(self.conn)
        except psycopg.OperationalError as exc:
            if not self._dead():
                raise
            if self.in_transaction:
                raise DatabaseUnavailable("the connection to PostgreSQL was lost") from exc
        self._revive()
        try:
            return work(self.conn)
        except psycopg.OperationalError as exc:
            if self._dead():
                raise DatabaseUnavailable("the connection to PostgreSQL was lost") from exc
            raise

    def insert(self, query: str, params: Sequence[Any] = ()) -> int:
        """Run an INSERT and return the new row's id; the id comes from a block taken from the table's
        sequence, so the INSERT itself needs no round trip of its own."""
        plan = _with_id(query)
        if plan is None:
            return super().insert(query, params)
        table, sql = plan
        pool = self._ids.get(table)
        if not pool:
            rows = self.conn.execute(
                "SELECT nextval(pg_get_serial_sequence(%s, 'id')) FROM generate_series(1, %s)",
                (table, ID_BLOCK),
            ).fetchall()
            pool = self._ids[table] = deque(int(r[0]) for r in rows)
        new_id = pool.popleft()
        self.conn.execute(sql, (new_id, *params), prepare=None)
        return new_id

    def sql(self, query: str) -> str:
        return _pg(query)

    def execute(self, query: str, params: Sequence[Any] = ()) -> Any:
        q, p = _pg(query), tuple(params)
        return self._run(lambda conn: conn.execute(q, p, prepare=None))

    def _column_types(self, table: str) -> dict[str, str]:
        types = self._types.get(table)
        if types is None:
            types = self._types[table] = dict(
                self.conn.execute(
                    "SELECT a.attname, format_type(a.atttypid, a.atttypmod) FROM pg_attribute a "
                    "WHERE a.attrelid = %s::regclass AND a.attnum > 0 AND NOT a.attisdropped",
                    (table,),
                ).fetchall()
            )
        return types

    def executemany(self, query: str, rows: Sequence[Sequence[Any]]) -> None:
        """Several rows of a plain INSERT go in one set-based statement (arrays unnested in their
        order, so ids from the table's sequence follow the rows as they would one by one)."""
        if not rows:
            return
        plan = _many(query) if len(rows) > 1 else None
        if plan is not None:
            table, cols, ignore = plan
            types = self._column_types(table)
            if all(c in types for c in cols):
                arrays = ", ".join(f"%s::{types[c]}[]" for c in cols)
                names = ", ".join(cols)
                sql = (
                    f"INSERT INTO {table} ({names}) SELECT {names} FROM unnest({arrays}) WITH ORDINALITY "
                    f"AS v({names}, ord_) ORDER BY ord_" + (" ON CONFLICT DO NOTHING" if ignore else "")
                )
                columns = [list(c) for c in zip(*rows, strict=True)]
                self._run(lambda conn: conn.execute(sql, columns, prepare=None))
                return
        if rows:
            q, data = _pg(query), [tuple(r) for r in rows]

            def work(conn: Any) -> None:
                with conn.cursor() as cur:
                    cur.executemany(q, data)

            self._run(work)

    def commit(self) -> None:
        pass

    @contextmanager
    def transaction(self, immediate: bool = True) -> Iterator[None]:
        if self.in_transaction:
            yield
            return
        import psycopg

        if self._dead():
            self._revive()
        self.in_transaction = True
        try:
            # pipeline mode: statements whose results are not read (inserts, updates, deletes) are sent
            # without waiting for the server; a read flushes the queue, so it sees every earlier write
            with self.conn.pipeline(), self.conn.transaction():
                if immediate:
                    # serialise writers like SQLite does, so that resolution sees the other writers' entities
                    self.conn.execute("SELECT pg_advisory_xact_lock(7070)")
                    self._raise_generation()
                yield
        except psycopg.OperationalError as exc:
            if self._dead():
                raise DatabaseUnavailable(
                    "the connection to PostgreSQL was lost; the transaction was undone"
                ) from exc
            raise
        finally:
            self.in_transaction = False

    @contextmanager
    def savepoint(self) -> Iterator[None]:
        if not self.in_transaction:
            with self.transaction():
                yield
            return
        with self.conn.transaction():  # nested: a savepoint; its exit syncs the pipeline
            yield

    def close(self) -> None:
        try:
            self.conn.close()
        except Exception:  # noqa: BLE001 - closing a dead connection
            pass

    def fts_insert(self, rows: Sequence[tuple[int, str, str]]) -> None:
        self.executemany(
            "INSERT INTO search_fts (rowid, kind, tsv) VALUES (?, ?, to_tsvector('simple', ?))", rows
        )

    def fts_delete_doc(self, doc_pk: int) -> None:
        self.execute(
            "DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_rows WHERE doc_pk = ?)", (doc_pk,)
        )

    def search_insert(self, doc_pk: int, rows: Sequence[tuple[str, int, str]]) -> None:
        """One statement: the search rows and their tsvectors (matched back on kind and ref_id, unique
        within a document)."""
        if not rows:
            return
        self.conn.execute(
            "WITH v AS (SELECT * FROM unnest(%s::text[], %s::bigint[], %s::text[]) AS v(kind, ref_id, lemmas)), "
            "ins AS (INSERT INTO search_rows (kind, ref_id, doc_pk) SELECT kind, ref_id, %s FROM v "
            "RETURNING id, kind, ref_id) "
            "INSERT INTO search_fts (rowid, kind, tsv) SELECT ins.id, ins.kind, to_tsvector('simple', v.lemmas) "
            "FROM ins JOIN v ON v.kind = ins.kind AND v.ref_id = ins.ref_id",
            ([r[0] for r in rows], [int(r[1]) for r in rows], [r[2] for r in rows], doc_pk),
        )

    def fts_match(self, groups: list[list[str]], kinds: Sequence[str], limit: int) -> list[tuple[str, int]]:
        kinds = [k for k in kinds if k in SEARCH_KINDS]
        if not kinds or not groups:
            return []
        expr = " & ".join("(" + " | ".join(f"'{w}'" for w in g) + ")" for g in groups)
        # the kinds as literals, so that the planner uses their partial GIN indexes; ts_rank only over
        # the most recent matches
        kind_cond = " OR ".join(f"f.kind = '{k}'" for k in kinds)
        return self.all(
            "SELECT r.kind, r.ref_id FROM (SELECT c.rowid, ts_rank(c.tsv, to_tsquery('simple', ?)) AS score "
            "FROM (SELECT f.rowid, f.tsv FROM search_fts f "
            f"WHERE ({kind_cond}) AND f.tsv @@ to_tsquery('simple', ?) ORDER BY f.rowid DESC LIMIT ?) c "
            "ORDER BY score DESC, c.rowid DESC LIMIT ?) t JOIN search_rows r ON r.id = t.rowid "
            "ORDER BY t.score DESC, t.rowid DESC",
            (expr, expr, self.rank_window(limit), limit),
        )

    def size_bytes(self) -> int:
        return int(self.scalar("SELECT pg_database_size(current_database())") or 0)
