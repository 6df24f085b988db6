"""A real `kooperacja serve` at the edges (issue 13, cases 5, 6 and 9): a very long document, slow raw
sockets, SIGTERM during a request, integers out of range, unsafe links, weak or guessed tokens, an
upload refused before its body is read, and a mistyped database path."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

import kooperacja
from kooperacja.documents.model import Document

SRC = Path(kooperacja.__file__).resolve().parents[1]
TOKEN = "a-long-enough-test-token-7"
SENTENCE = "Gmina Alfa podpisała umowę o współpracy z firmą Beta. "


def _env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("KOOPERACJA_TOKEN", None)
    env["PYTHONPATH"] = str(SRC) + os.pathsep + env.get("PYTHONPATH", "")
    env.update(extra)
    return env


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _get(url: str, timeout: float = 60, **headers: str) -> tuple[int, str]:
    req = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, r.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode("utf-8")


class Served:
    def __init__(self, proc: subprocess.Popen, base: str, port: int, log: Path) -> None:
        self.proc, self.base, self.port, self.log = proc, base, port, log

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


def _serve(
    db: Path, log: Path, *extra: str, nofile: int | None = None, env: dict[str, str] | None = None
) -> Served:
    port = _free_port()

    def limit() -> None:
        if nofile:
            import resource

            resource.setrlimit(resource.RLIMIT_NOFILE, (nofile, nofile))

    with open(log, "wb") as fh:
        proc = subprocess.Popen(
            [sys.executable, "-m", "kooperacja", "serve", "--db", str(db), "--port", str(port), *extra],
            stdout=fh,
            stderr=subprocess.STDOUT,
            env=env or _env(),
            preexec_fn=limit,
        )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        if proc.poll() is not None:
            raise AssertionError(f"serve exited: {log.read_text(errors='replace')}")
        try:
            if _get(base + "/api/stats", timeout=5)[0] == 200:
                return Served(proc, base, port, log)
        except OSError:
            pass
        if time.monotonic() > deadline:
            proc.kill()
            raise AssertionError(f"serve did not start: {log.read_text(errors='replace')}")
        time.sleep(0.2)


@pytest.fixture(scope="module")
def long_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database with a long document (about 450,000 characters, 16,000 mentions) and a short one
    whose URL is a `javascript:` link."""
    from kooperacja.store import open_store

    n = 8000
    text = SENTENCE * n
    step = len(SENTENCE)
    alfa = [[i * step + 0, i * step + 10] for i in range(n)]
    beta = [[i * step + 46, i * step + 52] for i in range(n)]
    long_record = {
        "doc_id": "dlugi",
        "lang": "pl",
        "published": "2024-01-02",
        "extractor": "test-1",
        "entities": [
            {"id": "e1", "type": "organization", "name": "Gmina Alfa", "mentions": alfa},
            {"id": "e2", "type": "organization", "name": "Beta", "mentions": beta},
        ],
        "events": [],
    }
    short_text = "Firma Gamma otworzyła biuro w Łodzi."
    short_record = {
        "doc_id": "link",
        "lang": "pl",
        "published": "2024-01-03",
        "url": "javascript:alert(1)",
        "extractor": "test-1",
        "entities": [{"id": "e1", "type": "organization", "name": "Firma Gamma", "mentions": [[0, 11]]}],
        "events": [],
    }
    docs = {
        "dlugi": Document(doc_id="dlugi", text=text, published="2024-01-02"),
        "link": Document(doc_id="link", text=short_text, url="javascript:alert(1)", published="2024-01-03"),
    }
    db = tmp_path_factory.mktemp("serve-edges") / "edges.db"
    store = open_store(str(db))
    try:
        summary = store.ingest_records([long_record, short_record], docs)
    finally:
        store.close()
    assert summary["failed"] == 0, summary
    return db


def _one_worker() -> list[str]:
    """`--workers 1` where serve has the option (the attempt counts are per worker process)."""
    run = subprocess.run(
        [sys.executable, "-m", "kooperacja", "serve", "--help"], capture_output=True, text=True, env=_env()
    )
    return ["--workers", "1"] if "--workers" in run.stdout else []


@pytest.fixture(scope="module")
def served(long_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    log = tmp_path_factory.mktemp("serve-log") / "serve.log"
    s = _serve(long_db, log, *_one_worker(), env=_env(KOOPERACJA_TOKEN=TOKEN))
    yield s
    s.stop()


def test_a_long_document_page_is_linear_and_capped_with_a_note(served: Served) -> None:
    status, body = _get(served.base + "/doc/dlugi", timeout=60)  # quadratic highlighting took minutes
    assert status == 200
    assert "names and evidence are marked in the first" in body
    assert body.count('class="m m-organization"') >= 1000
    # the whole text, the rest as plain text (the page's event list may quote the sentence again)
    assert body.count("podpisała umowę o współpracy") >= 8000


def test_integers_out_of_range_are_400_not_500(served: Served) -> None:
    for path in ("/api/events?offset=100000000000000000000", "/api/org/100000000000000000000"):
        status, body = _get(served.base + path)
        assert status in (400, 422), (path, status, body)  # the client's mistake, not a server error
        assert json.loads(body)["status"] == status


def test_javascript_document_urls_never_become_links(served: Served) -> None:
    status, body = _get(served.base + "/doc/link")
    assert status == 200
    assert "javascript:" not in body.lower()


def test_failed_token_attempts_are_logged_and_slowed(served: Served) -> None:
    statuses = []
    for i in range(12):
        req = urllib.request.Request(
            served.base + "/api/documents",
            data=json.dumps({"text": "x"}).encode(),
            headers={"Authorization": f"Bearer guess-{i}", "Content-Type": "application/json"},
            method="POST",
        )
        try:
            with urllib.request.urlopen(req, timeout=30) as r:
                statuses.append(r.status)
        except urllib.error.HTTPError as exc:
            statuses.append(exc.code)
    assert statuses[:10] == [401] * 10
    assert statuses[10:] == [429, 429]  # brute force is slowed to a few guesses a minute
    time.sleep(0.5)
    assert "failed write-token attempt from 127.0.0.1" in served.log.read_text(errors="replace")


def test_an_upload_without_a_valid_token_is_refused_before_its_body(long_db: Path, tmp_path: Path) -> None:
    s = _serve(long_db, tmp_path / "serve.log", env=_env(KOOPERACJA_TOKEN=TOKEN))
    try:
        for auth in ("", "Authorization: Bearer wrong-token-wrong-token\r\n"):
            with socket.create_connection(("127.0.0.1", s.port), timeout=10) as sock:
                # announce 4 MB of upload but send only the headers: the answer must not wait for the body
                sock.sendall(
                    (
                        "POST /api/documents HTTP/1.1\r\nHost: x\r\n"
                        "Content-Type: application/json\r\nContent-Length: 4000000\r\n" + auth + "\r\n"
                    ).encode()
                )
                sock.settimeout(10)
                reply = sock.recv(4096).decode("latin-1")
            assert reply.startswith("HTTP/1.1 401"), reply
    finally:
        s.stop()


def test_slow_sockets_do_not_lock_clients_out(long_db: Path, tmp_path: Path) -> None:
    """More slow connections than the server has file descriptors: a normal client is still served."""
    s = _serve(long_db, tmp_path / "serve.log", nofile=256)
    slow: list[socket.socket] = []
    try:
        for _ in range(320):
            sock = socket.create_connection(("127.0.0.1", s.port), timeout=10)
            sock.sendall(b"GET /api/stats HTTP/1.1\r\nHost: x\r\n")  # headers never finished
            slow.append(sock)
        time.sleep(1.0)
        status, body = _get(s.base + "/api/stats", timeout=15)
        assert status == 200 and json.loads(body)["documents"] == 2
    finally:
        for sock in slow:
            sock.close()
        s.stop()


def test_the_header_deadline_closes_a_slow_connection(long_db: Path, tmp_path: Path) -> None:
    s = _serve(long_db, tmp_path / "serve.log", "--header-timeout", "1", "--workers", "1")
    try:
        with socket.create_connection(("127.0.0.1", s.port), timeout=10) as sock:
            sock.sendall(b"GET /api/stats HTTP/1.1\r\n")
            started = time.monotonic()
            sock.settimeout(10)
            assert sock.recv(1024) == b""  # closed by the server, not by our timeout
            assert time.monotonic() - started < 8
    finally:
        s.stop()


def test_serve_honours_sigterm_during_a_request(long_db: Path, tmp_path: Path) -> None:
    s = _serve(long_db, tmp_path / "serve.log", env=_env(KOOPERACJA_TOKEN=TOKEN))
    sock = socket.create_connection(("127.0.0.1", s.port), timeout=10)
    try:
        # a request in flight that never completes (its body never comes)
        sock.sendall(
            (
                "POST /api/documents HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                f"Authorization: Bearer {TOKEN}\r\nContent-Length: 100000\r\n\r\n{{"
            ).encode()
        )
        time.sleep(1.0)
        s.proc.send_signal(signal.SIGTERM)
        s.proc.wait(timeout=40)  # bounded graceful shutdown (a TimeoutExpired fails the test)
    finally:
        sock.close()
        s.stop()


def test_a_mistyped_database_path_is_refused_not_created(tmp_path: Path) -> None:
    missing = tmp_path / "kooperacja.dbb"
    for args in (
        ["stats", "--db", str(missing)],
        ["serve", "--db", str(missing), "--port", str(_free_port())],
    ):
        run = subprocess.run(
            [sys.executable, "-m", "kooperacja", *args],
            capture_output=True,
            text=True,
            env=_env(),
            timeout=60,
        )
        assert run.returncode != 0
        assert "no database at" in run.stderr and "Traceback" not in run.stderr
        assert not missing.exists()


def test_short_tokens_are_refused(long_db: Path) -> None:
    run = subprocess.run(
        [sys.executable, "-m", "kooperacja", "serve", "--db", str(long_db), "--port", str(_free_port())],
        capture_output=True,
        text=True,
        env=_env(KOOPERACJA_TOKEN="a"),
        timeout=60,
    )
    assert run.returncode == 2 and "too short" in run.stderr
