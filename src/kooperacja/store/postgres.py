"""The PostgreSQL backend (psycopg 3): the same SQL with `%s` placeholders and tsvector search."""

from __future__ import annotations

import re
import time
from collections import deque
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from kooperacja.store.db import SEARCH_KINDS, Backend, DatabaseUnavailable

CONNECT_TIMEOUT = 5
"""Seconds to wait for a new connection (a server that is down refuses at once)."""

_INSERT = re.compile(r"^\s*INSERT INTO (\w+) \(([^)]*)\) VALUES \((.*)\)\s*$", re.S)
ID_BLOCK = 256
"""Row ids taken from a table's sequence at a time (one round trip), so that an INSERT need not wait for
its RETURNING id: in pipeline mode it is queued with the other writes."""


def _array_text(values: Sequence[Any]) -> str | list[Any]:
    """A column of values in PostgreSQL's text form of an array (`{1,NULL,"a \\"b\\""}`), as psycopg
    would send the list, built in one pass instead of through psycopg's adapter of each element (a
    tenth of the loader's time went there); the list itself where a value is of another kind."""
    parts: list[str] = []
    append = parts.append
    for v in values:
        t = type(v)
        if t is int:
            append(str(v))
        elif t is str:
            if '"' in v or "\\" in v:
                v = v.replace("\\", "\\\\").replace('"', '\\"')
            append(f'"{v}"')
        elif v is None:
            append("NULL")
        elif t is float:
            append(repr(v))  # 'inf', '-inf' and 'nan' are read by float8's input too
        elif t is bool:
            append("t" if v else "f")
        else:
            return list(values)
    return "{" + ",".join(parts) + "}"


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


_PLAIN_INSERT = re.compile(
    r"^\s*INSERT INTO (\w+) \(([^)]*)\) VALUES \((.*)\)\s*(ON CONFLICT DO NOTHING)?\s*$", re.S | re.I
)
_CONSTANT = re.compile(r"^(NULL|-?\d+(\.\d+)?|'[^'?]*')$", re.I)
_INCREMENT = "UPDATE entities SET doc_count = doc_count + 1 WHERE id = ?"
_INC_TABLE = "entities+"
"""The pending `doc_count` increments: flushed after the pending rows of `entities`."""
_DDL = re.compile(r"^\s*(CREATE|ALTER|DROP)\b", re.I)
_WORD = re.compile(r"[a-z_][a-z0-9_]*")
_READ = re.compile(r"^\s*(SELECT|WITH)\b", re.I)
_WRITE_WORD = re.compile(r"\b(INSERT|UPDATE|DELETE|TRUNCATE|ALTER|CREATE|DROP)\b", re.I)


def _split_values(values: str) -> list[str] | None:
    """The items of a VALUES list, split at top-level commas (None when the quotes do not close)."""
    items, depth, quoted, start = [], 0, False, 0
    for i, ch in enumerate(values):
        if ch == "'":
            quoted = not quoted
        elif quoted:
            continue
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "," and depth == 0:
            items.append(values[start:i].strip())
            start = i + 1
    if quoted or depth:
        return None
    items.append(values[start:].strip())
    return items


@dataclass(frozen=True)
class _Template:
    """A plain INSERT whose rows can wait in the write buffer: its table, columns and value items (a
    parameter `?`, an expression of one parameter, or a constant)."""

    table: str
    cols: tuple[str, ...]
    items: tuple[str, ...]
    ignore: bool
    one: str  # the statement for one row, in psycopg's placeholders

    @property
    def params(self) -> int:
        return sum(item.count("?") for item in self.items)


@lru_cache(maxsize=512)
def _template(query: str) -> _Template | None:
    """The buffered form of a plain INSERT (no RETURNING, no SELECT, at most ON CONFLICT DO NOTHING)."""
    m = _PLAIN_INSERT.match(query)
    if m is None or re.search(r"\b(RETURNING|SELECT)\b", query, re.I):
        return None
    cols = tuple(c.strip() for c in m.group(2).split(","))
    items = _split_values(m.group(3))
    if items is None or len(items) != len(cols):
        return None
    for item in items:
        if item.count("?") > 1 or (item.count("?") == 0 and not _CONSTANT.match(item)):
            return None
    return _Template(m.group(1), cols, tuple(items), bool(m.group(4)), _pg(query))


@lru_cache(maxsize=1024)
def _words(query: str) -> frozenset[str]:
    return frozenset(_WORD.findall(query.lower()))


class _NoResult:
    """What `execute` returns for a write that waits in the buffer (nothing to fetch)."""

    rowcount = 1
    description = None

    def fetchone(self) -> None:
        return None

    def fetchall(self) -> list:
        return []


@dataclass
class _Buffer:
    """Writes whose results nobody reads, held until a read needs their table (or the transaction ends):
    then each table's pending rows go as one set-based statement per run of one INSERT form, parents
    (by foreign key) first. Row ids come from blocks of the sequences, so holding a row changes no id."""

    # table → its pending rows: (sequence number, template, parameters)
    rows: dict[str, list[tuple[int, Any, tuple]]] = field(default_factory=dict)
    seq: int = 0
    mark: int | None = None  # the open unit's (savepoint's) first sequence number
    at_risk: list[tuple[str, list[tuple[int, Any, tuple]]]] = field(default_factory=list)

    def add(self, table: str, template: Any, params: tuple) -> None:
        self.seq += 1
        self.rows.setdefault(table, []).append((self.seq, template, params))

    def clear(self) -> None:
        self.rows.clear()
        self.mark = None
        self.at_risk = []

    def discard_from(self, mark: int) -> None:
        for table in list(self.rows):
            kept = [e for e in self.rows[table] if e[0] < mark]
            if kept:
                self.rows[table] = kept
            else:
                del self.rows[table]


# A full-text match of one kind first tests its latest FTS_SAMPLE rows (newest first, in the kind's own table,
# migration 014); from the share that matches, it estimates which is cheaper: reading on through the kind's
# latest rows until the ranking window is full, or every match through the kind's GIN index (FTS_SAMPLE 0:
# always every match). Estimated costs (microseconds, measured at 100,000 documents with the pages cached)
# per row read newest first (a document's long tsvector is read from TOAST to be tested) and per match
# read through the GIN index (every match's heap row is visited; documents' rows are wide, few per page):
FTS_SAMPLE = 500
# Documents are ranked among their FTS_DOC_WINDOW most recent matches (or twice the hits asked for), not
# the whole ranking window: ts_rank reads each document's tsvector from TOAST (about 14 us each, 14 ms for
# a window of 1,000 at 100,000 documents); entities and events keep the window (their rows are small).
FTS_DOC_WINDOW = 200
FTS_ROW_COST = {"entity": 0.5, "event": 0.6, "document": 6.0}
FTS_GIN_COST = {"entity": 1.3, "event": 1.5, "document": 3.0}
FTS_ROWS_TTL = 300.0


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
        self._sqls: dict[Any, str] = {}
        self._fk: dict[str, set[str]] | None = None
        self._buf = _Buffer()
        self.buffer_writes = True
        """Hold the writes of a transaction in the write buffer (False: each statement goes at once)."""

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

    def _next_id(self, table: str) -> int:
        pool = self._ids.get(table)
        if not pool:
            rows = self.conn.execute(
                "SELECT nextval(pg_get_serial_sequence(%s, 'id')) FROM generate_series(1, %s)",
                (table, ID_BLOCK),
            ).fetchall()
            pool = self._ids[table] = deque(int(r[0]) for r in rows)
        return pool.popleft()

    def insert(self, query: str, params: Sequence[Any] = ()) -> int:
        """Run an INSERT and return the new row's id; the id comes from a block taken from the table's
        sequence, so the INSERT itself needs no round trip of its own (inside a transaction it waits in
        the write buffer)."""
        plan = _with_id(query)
        if plan is None:
            return super().insert(query, params)
        table, sql = plan
        new_id = self._next_id(table)
        if self._buffering():
            m = _INSERT.match(query)
            assert m is not None
            template = _template(f"INSERT INTO {table} (id, {m.group(2)}) VALUES (?, {m.group(3)})")
            if template is not None:
                self._buf.add(table, template, (new_id, *params))
                return new_id
            self.flush()
        self.conn.execute(sql, (new_id, *params), prepare=None)
        return new_id

    def sql(self, query: str) -> str:
        return _pg(query)

    # -- the write buffer ---------------------------------------------------------------------------
    def _buffering(self) -> bool:
        return self.in_transaction and self.buffer_writes

    def _parents(self) -> dict[str, set[str]]:
        """table → the tables its foreign keys reference (read once per connection)."""
        if self._fk is None:
            fk: dict[str, set[str]] = {}
            for child, parent in self.conn.execute(
                "SELECT conrelid::regclass::text, confrelid::regclass::text FROM pg_constraint "
                "WHERE contype = 'f' AND conrelid <> confrelid"
            ).fetchall():
                fk.setdefault(child, set()).add(parent)
            self._fk = fk
        return self._fk

    def _depth(self, table: str, seen: frozenset[str] = frozenset()) -> int:
        if table == _INC_TABLE:
            return 1 + self._depth("entities")
        parents = self._parents().get(table, set()) - seen
        return 1 + max((self._depth(p, seen | {table}) for p in parents), default=-1)

    def flush(self, tables: set[str] | None = None, counts: bool = True) -> None:
        """Send the pending rows (of `tables` and of the tables they reference; all when None); with
        `counts` False, the pending `doc_count` increments stay pending."""
        buf = self._buf
        if not buf.rows:
            return
        if tables is None:
            todo = set(buf.rows)
        else:
            todo, stack = set(), [t for t in tables if t in buf.rows or t == "entities"]
            while stack:
                t = stack.pop()
                if t in todo:
                    continue
                todo.add(t)
                if t == "entities" and counts:
                    stack.append(_INC_TABLE)
                stack.extend(self._parents().get(t, ()))
            todo &= set(buf.rows)
            if not todo:
                return
        for table in sorted(todo, key=lambda t: (self._depth(t), t)):
            entries = buf.rows.pop(table)
            if buf.mark is not None:
                older = [e for e in entries if e[0] < buf.mark]
                if older:  # rows of finished units, sent inside the open one: undone if it fails
                    buf.at_risk.append((table, older))
            self._send(table, entries)

    def _send(self, table: str, entries: list[tuple[int, Any, tuple]]) -> None:
        if table == _INC_TABLE:
            counts: dict[int, int] = {}
            for _, _, (eid,) in entries:
                counts[eid] = counts.get(eid, 0) + 1
            self.conn.execute(
                "UPDATE entities AS t SET doc_count = t.doc_count + v.n "
                "FROM unnest(%s::bigint[], %s::int[]) AS v(id, n) WHERE t.id = v.id",
                (list(counts), list(counts.values())),
                prepare=None,
            )
            return
        start = 0
        while start < len(entries):  # runs of one form, in order (so ids follow the rows)
            template = entries[start][1]
            end = start
            while end < len(entries) and entries[end][1] is template:
                end += 1
            rows = [e[2] for e in entries[start:end]]
            if len(rows) == 1:
                self.conn.execute(template.one, rows[0], prepare=None)
            else:
                self.conn.execute(self._unnest_sql(template), self._columns(template, rows), prepare=None)
            start = end

    @staticmethod
    def _columns(template: _Template, rows: list[tuple]) -> list[Any]:
        return [_array_text(c) for c in zip(*rows, strict=True)]

    def _unnest_sql(self, template: _Template) -> str:
        key = ("unnest", template)
        sql = self._sqls.get(key)
        if sql is None:
            types = self._column_types(template.table)
            arrays, names, exprs = [], [], []
            for col, item in zip(template.cols, template.items, strict=True):
                if "?" not in item:
                    exprs.append(item.replace("%", "%%"))
                    continue
                name = f"c{len(names)}"
                arrays.append(f"%s::{types[col] if item == '?' else 'text'}[]")
                names.append(name)
                exprs.append(item.replace("%", "%%").replace("?", f"v.{name}"))
            sql = self._sqls[key] = (
                f"INSERT INTO {template.table} ({', '.join(template.cols)}) SELECT {', '.join(exprs)} "
                f"FROM unnest({', '.join(arrays)}) WITH ORDINALITY AS v({', '.join(names)}, ord_) ORDER BY ord_"
                + (" ON CONFLICT DO NOTHING" if template.ignore else "")
            )
        return sql

    def _before(self, query: str) -> bool:
        """Flush what `query` needs to see; True when the query itself waits in the buffer instead."""
        if not self._buffering():
            return False
        if query == _INCREMENT:
            return True
        if _READ.match(query) and not _WRITE_WORD.search(query):
            if self._buf.rows:
                self.flush(set(_words(query)))
            return False
        self.flush()
        if _DDL.match(query):  # the schema changes: foreign keys and column types are read again
            self._fk = None
            self._types.clear()
            self._sqls.clear()
        return False

    def execute(self, query: str, params: Sequence[Any] = ()) -> Any:
        if self._buffering():
            if query == _INCREMENT:
                self._buf.add(_INC_TABLE, None, tuple(params))
                return _NoResult()
            template = _template(query)
            if template is not None and template.params == len(params):
                self._buf.add(template.table, template, tuple(params))
                return _NoResult()
            self._before(query)
        if self.on_write is not None and not (_READ.match(query) and not _WRITE_WORD.search(query)):
            self.on_write(_words(query))
        q, p = _pg(query), tuple(params)
        return self._run(lambda conn: conn.execute(q, p, prepare=None))

    def all_many(self, queries: Sequence[tuple[str, Sequence[Any]]]) -> list[list[tuple]]:
        """Inside a transaction (pipeline mode): the reads sent one after another and their rows fetched
        after, one wait for all of them instead of one each."""
        if not self._buffering() or any(not _READ.match(q) or _WRITE_WORD.search(q) for q, _ in queries):
            return super().all_many(queries)
        if self._buf.rows:
            self.flush({w for q, _ in queries for w in _words(q)})
        cursors = [self.conn.execute(_pg(q), tuple(p), prepare=None) for q, p in queries]
        return [list(c.fetchall()) for c in cursors]

    def all_counted(self, query: str, params: Sequence[Any], col: int) -> list[tuple]:
        """Rows of entities (id first) whose column `col` is `doc_count`: the pending increments are
        added here instead of being sent first."""
        buf = self._buf
        if not self._buffering() or _INC_TABLE not in buf.rows:
            return self.all(query, params)
        if buf.rows.keys() - {_INC_TABLE}:
            self.flush(set(_words(query)), counts=False)
        q, p = _pg(query), tuple(params)
        rows = self._run(lambda conn: conn.execute(q, p, prepare=None).fetchall())
        if not rows:
            return []
        pending: dict[int, int] = {}
        for _, _, (eid,) in buf.rows.get(_INC_TABLE, ()):
            pending[eid] = pending.get(eid, 0) + 1
        out = []
        for r in rows:
            n = pending.get(r[0])
            out.append(r if not n else (*r[:col], r[col] + n, *r[col + 1 :]))
        return out

    def all_pending(
        self, query: str, params: Sequence[Any], table: str
    ) -> tuple[list[tuple], list[dict[str, Any]]]:
        buf = self._buf
        if not self._buffering() or table not in buf.rows:
            return self.all(query, params), []
        self.flush(set(_words(query)) - {table})
        if table not in buf.rows:  # sent after all (a parent of a table the query reads)
            return self.all(query, params), []
        q, p = _pg(query), tuple(params)
        rows = self._run(lambda conn: conn.execute(q, p, prepare=None).fetchall())
        pending = []
        for _, template, values in buf.rows[table]:
            row, i = {}, 0
            for col, item in zip(template.cols, template.items, strict=True):
                if item == "?":
                    row[col] = values[i]
                if "?" in item:
                    i += 1
            pending.append(row)
        return rows, pending

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
        order, so ids from the table's sequence follow the rows as they would one by one); inside a
        transaction they wait in the write buffer with the other rows of their table."""
        if not rows:
            return
        if self._buffering():
            template = _template(query)
            if template is not None and all(len(r) == template.params for r in rows):
                for r in rows:
                    self._buf.add(template.table, template, tuple(r))
                return
            self.flush()
        if self.on_write is not None:
            self.on_write(_words(query))
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
                columns = [_array_text(c) for c in zip(*rows, strict=True)]
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
        self._buf.clear()
        try:
            # pipeline mode: statements whose results are not read (inserts, updates, deletes) are sent
            # without waiting for the server; a read flushes the queue, so it sees every earlier write
            with self.conn.pipeline(), self.conn.transaction():
                if immediate:
                    # serialise writers like SQLite does, so that resolution sees the other writers' entities
                    self.conn.execute("SELECT pg_advisory_xact_lock(7070)")
                    self._raise_generation()
                yield
                self.flush()
        except psycopg.OperationalError as exc:
            if self._dead():
                raise DatabaseUnavailable(
                    "the connection to PostgreSQL was lost; the transaction was undone"
                ) from exc
            raise
        finally:
            self.in_transaction = False
            self._buf.clear()

    @contextmanager
    def savepoint(self) -> Iterator[None]:
        """A savepoint; the unit's buffered rows are dropped when it fails, and rows of earlier units
        that were sent inside it (and so undone with it) are sent again."""
        if not self.in_transaction:
            with self.transaction():
                yield
            return
        buf = self._buf
        outer_mark, outer_risk = buf.mark, buf.at_risk
        buf.mark, buf.at_risk = buf.seq + 1, []
        try:
            with self.conn.transaction():  # nested: a savepoint
                yield
        except BaseException:
            buf.discard_from(buf.mark)
            risk = buf.at_risk
            buf.mark, buf.at_risk = outer_mark, outer_risk
            for table, entries in risk:
                if outer_mark is not None:
                    older = [e for e in entries if e[0] < outer_mark]
                    if older:
                        outer_risk.append((table, older))
                self._send(table, entries)
            raise
        risk = buf.at_risk
        buf.mark, buf.at_risk = outer_mark, outer_risk
        if outer_mark is not None:
            for table, entries in risk:
                older = [e for e in entries if e[0] < outer_mark]
                if older:
                    outer_risk.append((table, older))

    def close(self) -> None:
        try:
            self.conn.close()
        except Exception:  # noqa: BLE001 - closing a dead connection
            pass

    def fts_insert(self, rows: Sequence[tuple[int, str, str]]) -> None:
        for kind in SEARCH_KINDS:  # one full-text table per kind (migration 014)
            of_kind = [(rid, lemmas) for rid, k, lemmas in rows if k == kind]
            if of_kind:
                self.executemany(
                    f"INSERT INTO search_fts_{kind} (rowid, tsv) VALUES (?, to_tsvector('simple', ?))",
                    of_kind,
                )

    def fts_delete_doc(self, doc_pk: int) -> None:
        for kind in SEARCH_KINDS:
            self.execute(
                f"DELETE FROM search_fts_{kind} WHERE rowid IN "
                "(SELECT id FROM search_rows WHERE doc_pk = ? AND kind = ?)",
                (doc_pk, kind),
            )

    def search_insert(self, doc_pk: int, rows: Sequence[tuple[str, int, str]]) -> None:
        """The search rows (ids from the sequence's block) and their tsvectors."""
        if not rows:
            return
        ids = [self._next_id("search_rows") for _ in rows]
        self.executemany(
            "INSERT INTO search_rows (id, kind, ref_id, doc_pk) VALUES (?, ?, ?, ?)",
            [(rid, kind, int(ref), doc_pk) for rid, (kind, ref, _) in zip(ids, rows, strict=True)],
        )
        self.fts_insert([(rid, kind, lemmas) for rid, (kind, _, lemmas) in zip(ids, rows, strict=True)])

    def fts_match(self, groups: list[list[str]], kinds: Sequence[str], limit: int) -> list[tuple[str, int]]:
        kinds = [k for k in kinds if k in SEARCH_KINDS]
        if not kinds or not groups:
            return []
        expr = " & ".join("(" + " | ".join(f"'{w}'" for w in g) + ")" for g in groups)
        window = self.rank_window(limit)
        recent: list[int] = []
        for kind in kinds:
            recent += self._fts_recent(expr, kind, self._kind_window(kind, limit))
        recent = sorted(recent, reverse=True)[:window]
        if not recent:
            return []
        # ts_rank only over the most recent matches
        ranked = " UNION ALL ".join(
            f"SELECT f.rowid, ts_rank(f.tsv, to_tsquery('simple', ?)) AS score FROM search_fts_{kind} f "
            "WHERE f.rowid = ANY(?)"
            for kind in kinds
        )
        return self.all(
            f"SELECT r.kind, r.ref_id FROM (SELECT * FROM ({ranked}) u ORDER BY score DESC, rowid DESC LIMIT ?) t "
            "JOIN search_rows r ON r.id = t.rowid ORDER BY t.score DESC, t.rowid DESC",
            (*[x for _ in kinds for x in (expr, recent)], limit),
        )

    def _kind_window(self, kind: str, limit: int) -> int:
        window = self.rank_window(limit)
        if kind == "document":
            return max(min(FTS_DOC_WINDOW, window), 2 * int(limit))
        return window

    def fts_latest(self, groups: list[list[str]], kind: str, n: int) -> list[int]:
        """The ids of the `n` most recent search rows of `kind` matching `groups`, newest first."""
        if kind not in SEARCH_KINDS or not groups:
            return []
        expr = " & ".join("(" + " | ".join(f"'{w}'" for w in g) + ")" for g in groups)
        return self._fts_recent(expr, kind, n)

    def _fts_recent(self, expr: str, kind: str, window: int) -> list[int]:
        """The ids of the `window` most recent rows of `kind` matching `expr`, newest first."""
        every = (  # every match through the kind's GIN index (`rowid + 0`: never a backward scan of the
            # whole table, which the planner chose for a word common in another kind and absent from this
            # one, reading every row: 1.9 s at 100,000 documents)
            f"SELECT f.rowid FROM search_fts_{kind} f WHERE f.tsv @@ to_tsquery('simple', ?) "
            "ORDER BY f.rowid + 0 DESC LIMIT ?"
        )
        if FTS_SAMPLE <= 0:
            return [r[0] for r in self.all(every, (expr, window))]
        latest = (  # the kind's latest rows before a point, newest first (the kind's own table, migration 014)
            f"SELECT f.rowid AS id, f.tsv @@ to_tsquery('simple', ?) AS hit FROM search_fts_{kind} f "
            "WHERE f.rowid < ? ORDER BY f.rowid DESC LIMIT ?"
        )
        top = 2**62
        sample = self.all(latest, (expr, top, FTS_SAMPLE))
        found = [r[0] for r in sample if r[1]]
        if len(found) >= window or len(sample) < FTS_SAMPLE:  # the window is full, or the kind has no more
            return found[:window]
        share = len(found) / len(sample)
        rows = self._fts_rows(kind)
        to_read = (window - len(found)) / share if share else float("inf")
        if to_read * FTS_ROW_COST[kind] < share * rows * FTS_GIN_COST[kind]:
            more = self.all(
                f"SELECT f.id FROM ({latest}) f WHERE f.hit ORDER BY f.id DESC LIMIT ?",
                (expr, sample[-1][0], int(2 * to_read) + 1, window - len(found)),
            )
            if len(found) + len(more) >= window:
                return found + [r[0] for r in more]
        return [r[0] for r in self.all(every, (expr, window))]

    def _fts_rows(self, kind: str) -> int:
        """The planner's estimate of the rows of a kind's full-text table, kept FTS_ROWS_TTL seconds (it
        only weighs the two ways to the same matches; asked for on every search, it cost 1 ms of 13)."""
        cache: dict[str, tuple[float, int]] = self.__dict__.setdefault("_fts_rows_cache", {})
        now = time.monotonic()
        if kind not in cache or now - cache[kind][0] > FTS_ROWS_TTL:
            rows = self.scalar("SELECT reltuples FROM pg_class WHERE relname = ?", (f"search_fts_{kind}",))
            cache[kind] = (now, max(int(rows or 0), 0))  # -1: a table never analysed
        return cache[kind][1]

    def size_bytes(self) -> int:
        return int(self.scalar("SELECT pg_database_size(current_database())") or 0)
