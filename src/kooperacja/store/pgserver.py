"""A throw-away PostgreSQL cluster on a free loopback port, for the tests and the benchmarks.

It runs Debian's server binaries (`initdb`, `pg_ctl` under /usr/lib/postgresql/*/bin) in a temporary folder,
as the `postgres` user when we are root (initdb refuses root), with durability switched off: nothing in it is
meant to last."""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import socket
import subprocess
import tempfile


def find_bindir() -> str | None:
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: int(p.split("/")[4]) if p.split("/")[4].isdigit() else 0,
    )
    if found:
        return os.path.dirname(found[-1])
    initdb = shutil.which("initdb")
    return os.path.dirname(initdb) if initdb else None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PostgresServer:
    """A throw-away cluster in a temp dir on a free loopback port (run as `postgres` when we are root)."""

    def __init__(self, bindir: str) -> None:
        self.bindir = bindir
        self.tmp = tempfile.mkdtemp(prefix="kooperacja-pg-")
        self.data = os.path.join(self.tmp, "data")
        self.port = free_port()
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
        self.resume()

    def resume(self) -> None:
        """Start the (initialised) server, again after :meth:`halt`, on the same port."""
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

    def halt(self, mode: str = "fast") -> None:
        """Stop the server but keep its data (a restart is :meth:`halt` then :meth:`resume`)."""
        self._run(os.path.join(self.bindir, "pg_ctl"), "-D", self.data, "-m", mode, "-w", "stop")

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
