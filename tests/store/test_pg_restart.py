"""A real `kooperacja serve` over a real PostgreSQL server that is restarted, and whose connections are
killed, during the test (issue 13, case 2): 503 while the database is down, recovery by itself after."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

import kooperacja
from kooperacja.store.pgserver import PostgresServer, find_bindir, free_port

from .records import TEXT_A, TEXT_B

SRC = Path(kooperacja.__file__).resolve().parents[1]
pytestmark = pytest.mark.postgres


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("KOOPERACJA_TOKEN", None)
    env["PYTHONPATH"] = str(SRC) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def _get(url: str, accept: str = "application/json") -> tuple[int, str, dict[str, str]]:
    req = urllib.request.Request(url, headers={"Accept": accept})
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, r.read().decode("utf-8"), {k.lower(): v for k, v in r.headers.items()}
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode("utf-8"), {k.lower(): v for k, v in exc.headers.items()}


@pytest.fixture()
def restartable_pg() -> Iterator[PostgresServer]:
    """A PostgreSQL server of this test's own (it is stopped and started again by the test)."""
    bindir = find_bindir()
    if not bindir:
        pytest.skip("PostgreSQL server binaries not found")
    server = PostgresServer(bindir)
    try:
        server.start()
        yield server
    finally:
        server.stop()


def test_serve_answers_503_while_postgres_is_down_and_recovers_by_itself(
    restartable_pg: PostgresServer, tmp_path: Path
) -> None:
    url = restartable_pg.new_database()
    for name, text in (("a", TEXT_A), ("b", TEXT_B)):
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    ingest = subprocess.run(
        [sys.executable, "-m", "kooperacja", "ingest", str(tmp_path), "--db", url, "-j", "1", "-q"],
        capture_output=True,
        text=True,
        env=_env(),
        timeout=300,
    )
    assert ingest.returncode == 0, ingest.stderr

    port = free_port()
    log = tmp_path / "serve.log"
    with open(log, "wb") as fh:
        proc = subprocess.Popen(
            [sys.executable, "-m", "kooperacja", "serve", "--db", url, "--port", str(port)],
            stdout=fh,
            stderr=subprocess.STDOUT,
            env=_env(),
        )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            assert proc.poll() is None, log.read_text(errors="replace")
            try:
                if _get(base + "/api/search?q=KSSE")[0] == 200:
                    break
            except OSError:
                pass
            assert time.monotonic() < deadline, log.read_text(errors="replace")
            time.sleep(0.2)
        # several connections in the pool: a few requests at once
        status, body, _ = _get(base + "/api/search?q=KSSE")
        assert status == 200 and any(i["kind"] == "organization" for i in json.loads(body)["items"])

        # 1. the idle connections are killed by the server (an idle timeout, a failover): no error at all
        import psycopg

        with psycopg.connect(restartable_pg.url(), autocommit=True) as admin:
            killed = admin.execute(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                "WHERE pid <> pg_backend_pid() AND datname = %s",
                (url.rsplit("/", 1)[1],),
            ).fetchone()[0]
        assert killed >= 1
        for path in ("/api/search?q=KSSE", "/api/events", "/api/search?q=Klaster"):
            status, body, _ = _get(base + path)
            assert status == 200, (path, status, body)

        # 2. the server goes down: 503 in the documented error shape, JSON and HTML
        restartable_pg.halt()
        status, body, headers = _get(base + "/api/events")
        assert status == 503, body
        assert json.loads(body) == {
            "error": "unavailable",
            "status": 503,
            "detail": "The database is not available; try again in a moment.",
        }
        assert headers.get("retry-after") == "5"
        status, body, _ = _get(base + "/search?q=KSSE&lang=en", accept="text/html")
        assert status == 503 and "Database unavailable" in body and "Traceback" not in body

        # 3. it comes back: the next requests succeed without restarting serve
        restartable_pg.resume()
        for path in ("/api/events", "/api/search?q=KSSE", "/search?q=KSSE"):
            status, body, _ = _get(
                base + path, accept="text/html" if not path.startswith("/api") else "application/json"
            )
            assert status == 200, (path, status, body[:300])
        assert proc.poll() is None
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
