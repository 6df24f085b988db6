"""Suite-wide rules. Under CI=true nothing the suite needs may be skipped: a missing PostgreSQL,
Chromium or ../shared fails the run instead of shrinking it silently."""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Iterator

import pytest

from kooperacja.store.pgserver import PostgresServer, find_bindir


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in ("1", "true", "yes")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo) -> object:
    outcome = yield
    report = outcome.get_result()  # type: ignore[attr-defined]
    if in_ci() and report.skipped and not hasattr(report, "wasxfail"):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        report.outcome = "failed"
        report.longrepr = f"skipped under CI=true, which needs everything the suite uses: {reason}"


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer]:
    """One real PostgreSQL server for the whole run (a fresh database per test: `server.new_database()`)."""
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
