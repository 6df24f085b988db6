"""Store fixtures: every store test runs against SQLite and against a real PostgreSQL server started here."""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Iterator

import pytest

from kooperacja.store.pgserver import PostgresServer, find_bindir


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer]:
    bindir = find_bindir()
    if not bindir:
        pytest.skip("PostgreSQL server binaries (initdb, pg_ctl) not found under /usr/lib/postgresql/*/bin")
    if os.geteuid() == 0:
        try:
            import pwd

            pwd.getpwnam("postgres")
        except KeyError:
            pytest.skip("running as root and no 'postgres' OS user to run the server as")
    server = PostgresServer(bindir)
    try:
        server.start()
    except subprocess.CalledProcessError as exc:
        server.stop()
        pytest.fail(f"could not start PostgreSQL: {exc.stderr or exc.stdout}")
    deadline = time.time() + 20
    while time.time() < deadline:
        try:
            import psycopg

            psycopg.connect(server.url(), connect_timeout=2).close()
            break
        except Exception:
            time.sleep(0.2)
    yield server
    server.stop()


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
