"""The backend abstraction: one connection, `?` placeholders, transactions, and migrations."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from importlib import resources
from typing import Any

_MIGRATION = re.compile(r"^(\d{3})_([a-z0-9_]+?)(?:\.(sqlite|postgres))?\.sql$")


# the most recent matching rows of a kind that a full-text search ranks
RANK_WINDOW = 1000
SEARCH_KINDS = ("document", "entity", "event")


class DatabaseUnavailable(RuntimeError):
    """The database server cannot be reached now (down, restarting, the connection lost mid-transaction).
    Worth a later retry; the web app answers 503."""


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Backend:
    """A database connection with a small dialect layer. SQL is written with `?` placeholders."""

    dialect = "base"
    url = ""
    types: dict[str, str] = {}

    def __init__(self) -> None:
        self.in_transaction = False
        self.has_generation = False  # the write_generation table exists (migration 008)
        self.generation: int | None = None  # its value as this connection's open write transaction raised it
        # called with the words of each write statement that a backend's caller did not announce itself
        # (PostgreSQL: the catalogue's look-up cache listens)
        self.on_write: Callable[[frozenset[str]], None] | None = None

    def _raise_generation(self) -> None:
        """At the start of a write transaction (the write lock held): raise the write counter."""
        self.generation = None
        if self.has_generation:
            row = self.execute("UPDATE write_generation SET n = n + 1 WHERE id = 1 RETURNING n").fetchone()
            self.generation = int(row[0]) if row else None

    def read_generation(self) -> int | None:
        """The write counter as stored now, raised by every write transaction of any process (None before
        migration 008)."""
        if not self.has_generation:
            return None
        value = self.scalar("SELECT n FROM write_generation WHERE id = 1")
        return None if value is None else int(value)

    # -- the dialect --------------------------------------------------------------------------------
    def sql(self, query: str) -> str:
        return query

    def execute(self, query: str, params: Sequence[Any] = ()) -> Any:
        raise NotImplementedError

    def executemany(self, query: str, rows: Sequence[Sequence[Any]]) -> None:
        raise NotImplementedError

    def all(self, query: str, params: Sequence[Any] = ()) -> list[tuple]:
        return list(self.execute(query, params).fetchall())

    def all_many(self, queries: Sequence[tuple[str, Sequence[Any]]]) -> list[list[tuple]]:
        """The rows of several reads that do not depend on each other (a backend with round trips sends
        them together and waits once)."""
        return [self.all(q, p) for q, p in queries]

    def all_counted(self, query: str, params: Sequence[Any], col: int) -> list[tuple]:
        """`all` for rows of entities (id first) whose column `col` is `doc_count` (a backend that holds
        back `doc_count` increments adds them here)."""
        return self.all(query, params)

    def all_pending(
        self, query: str, params: Sequence[Any], table: str
    ) -> tuple[list[tuple], list[dict[str, Any]]]:
        """(rows of a read, the rows of `table` that a backend holds back, as column → value): a caller
        that matches the held-back rows itself spares the backend sending them first."""
        return self.all(query, params), []

    def one(self, query: str, params: Sequence[Any] = ()) -> tuple | None:
        return self.execute(query, params).fetchone()

    def scalar(self, query: str, params: Sequence[Any] = (), default: Any = None) -> Any:
        row = self.one(query, params)
        return default if row is None else row[0]

    def insert(self, query: str, params: Sequence[Any] = ()) -> int:
        """Run an INSERT and return the new row's id."""
        return int(self.one(query + " RETURNING id", params)[0])

    def in_list(self, values: Sequence[Any]) -> str:
        return "(" + ",".join("?" * len(values)) + ")"

    @contextmanager
    def transaction(self, immediate: bool = True) -> Iterator[None]:
        raise NotImplementedError
        yield

    @contextmanager
    def savepoint(self) -> Iterator[None]:
        """A nested unit inside the open transaction (a transaction of its own when none is open):
        on an error only its statements are undone."""
        raise NotImplementedError
        yield

    def close(self) -> None:
        raise NotImplementedError

    # -- full-text search over lemma strings --------------------------------------------------------
    def fts_insert(self, rows: Sequence[tuple[int, str, str]]) -> None:
        """Full-text entries (search row id, kind, lemma string)."""
        raise NotImplementedError

    def fts_delete_doc(self, doc_pk: int) -> None:
        raise NotImplementedError

    def search_insert(self, doc_pk: int, rows: Sequence[tuple[str, int, str]]) -> None:
        """Add one document's search rows (kind, ref_id, lemma string) and their full-text entries."""
        fts = []
        for kind, ref_id, lemmas in rows:
            rid = self.insert(
                "INSERT INTO search_rows (kind, ref_id, doc_pk) VALUES (?, ?, ?)", (kind, ref_id, doc_pk)
            )
            fts.append((rid, kind, lemmas))
        self.fts_insert(fts)

    def fts_match(self, groups: list[list[str]], kinds: Sequence[str], limit: int) -> list[tuple[str, int]]:
        """(kind, ref_id) of rows of `kinds` whose lemmas hold, for every group, one of its lemmas; best
        first. Ranking is capped: the best of the most recent `rank_window(limit)` matches."""
        raise NotImplementedError

    def size_bytes(self) -> int:
        return 0

    @staticmethod
    def rank_window(limit: int) -> int:
        """How many of the most recent matching rows a search ranks (ranking every match of a common
        word would cost as much as the whole index)."""
        return max(RANK_WINDOW, 2 * int(limit))

    # -- migrations ---------------------------------------------------------------------------------
    def migrate(self, upto: int | None = None) -> int:
        """Apply the numbered steps under store/migrations that are not yet applied (up to version `upto`,
        all when None); returns the version."""
        self.execute(
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
        )
        self.commit()
        steps = migration_steps(self.dialect)
        current = self.scalar("SELECT MAX(version) FROM schema_version") or 0
        for version, name, scripts in steps:
            if version <= current or (upto is not None and version > upto):
                continue
            with self.transaction(immediate=True):
                # another process may have applied it while we waited for the lock
                if self.scalar("SELECT 1 FROM schema_version WHERE version = ?", (version,)):
                    continue
                for script in scripts:
                    for statement in split_sql(script.format(**self.types)):
                        self.execute(statement)
                self.execute(
                    "INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)",
                    (version, name, now()),
                )
        version = int(self.scalar("SELECT MAX(version) FROM schema_version") or 0)
        self.has_generation = version >= 8
        return version

    def commit(self) -> None:
        raise NotImplementedError


def migration_steps(dialect: str) -> list[tuple[int, str, list[str]]]:
    """(version, name, [scripts]) in order; a `NNN_name.sql` is shared, `NNN_name.<dialect>.sql` is not."""
    steps: dict[int, tuple[str, list[str]]] = {}
    folder = resources.files("kooperacja.store") / "migrations"
    for item in sorted(folder.iterdir(), key=lambda p: p.name):
        m = _MIGRATION.match(item.name)
        if not m or (m.group(3) and m.group(3) != dialect):
            continue
        version = int(m.group(1))
        name, scripts = steps.setdefault(version, (m.group(2), []))
        scripts.append(item.read_text(encoding="utf-8"))
    return [(v, n, s) for v, (n, s) in sorted(steps.items())]


def split_sql(script: str) -> list[str]:
    lines = [line for line in script.splitlines() if not line.strip().startswith("--")]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]
