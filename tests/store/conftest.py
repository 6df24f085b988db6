"""Store fixtures: every store test runs against SQLite and against a real PostgreSQL server started here."""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator

import pytest


def _pg_bin() -> str | None:
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: int(p.split("/")[4]) if p.split("/")[4].isdigit() else 0,
    )
    if found:
        return os.path.dirname(found[-1])
    initdb = shutil.which("initdb")
    return os.path.dirname(initdb) if initdb else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PostgresServer:
    """A throw-away cluster in a temp dir on a free loopback port (run as `postgres` when we are root)."""

    def __init__(self, bindir: str) -> None:
        self.bindir = bindir
        self.tmp = tempfile.mkdtemp(prefix="kooperacja-pg-")
        self.data = os.path.join(self.tmp, "data")
        self.port = _free_port()
        self.user = "postgres" if os.geteuid() == 0 else None
        self.dbuser = self.user or os.environ.get("USER") or "postgres"
        self._counter = itertools.count(1)

    def _run(self, *cmd: str) -> subprocess.CompletedProcess:
        full = list(cmd)
        if self.user:
            full = ["runuser", "-u", self.user, "--", *full]
        return subprocess.run(full, check=True, capture_output=True, text=True, timeout=120)

    def start(self) -> None:
        if self.user:
            shutil.chown(self.tmp, self.user, self.user)
        self._run(
            os.path.join(self.bindir, "initdb"),
            "-D",
            self.data,
            "-A",
            "trust",
            "-U",
            self.dbuser,
            "-E",
            "UTF8",
            "--locale=C",
            "--no-sync",
        )
        opts = f"-h 127.0.0.1 -p {self.port} -k {self.tmp} -F -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        self._run(
            os.path.join(self.bindir, "pg_ctl"),
            "-D",
            self.data,
            "-o",
            opts,
            "-l",
            os.path.join(self.tmp, "log"),
            "-w",
            "start",
        )

    def url(self, dbname: str = "postgres") -> str:
        return f"postgresql://{self.dbuser}@127.0.0.1:{self.port}/{dbname}"

    def new_database(self) -> str:
        import psycopg

        name = f"t{os.getpid()}_{next(self._counter)}"
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {name}")
        return self.url(name)

    def stop(self) -> None:
        try:
            self._run(os.path.join(self.bindir, "pg_ctl"), "-D", self.data, "-m", "immediate", "stop")
        except Exception:
            pass
        shutil.rmtree(self.tmp, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer]:
    bindir = _pg_bin()
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
