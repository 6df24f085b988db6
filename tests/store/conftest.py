"""Store fixtures: every store test runs against SQLite and against a real PostgreSQL server (the suite's
`pg_server`, tests/conftest.py)."""

from __future__ import annotations

import pytest


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "test.db")
    server = request.getfixturevalue("pg_server")
    return server.new_database()


@pytest.fixture
def store(db_url: str):
    from kooperacja.store import open_store

    s = open_store(db_url)
    yield s
    s.close()
