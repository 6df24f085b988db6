"""Fixtures for the web tests: a SQLite database built from the hand-written corpus, in-process apps,
and (for the browser tests) a real `kooperacja serve` process on a free loopback port."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from kooperacja.web.testing import ASGIClient

from .corpus import build

TOKEN = "test-token-Zażółć-42"
ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "test-artifacts" / "screenshots"


def make_db(path: Path, extended: bool = False) -> Path:
    from kooperacja.store import open_store

    records, docs = build(extended)
    store = open_store(str(path))
    try:
        summary = store.ingest_records(records, docs)
    finally:
        store.close()
    assert summary.get("failed", 0) == 0, summary
    return path


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_db(tmp_path_factory.mktemp("webdb") / "corpus.db")


@pytest.fixture()
def fresh_db(tmp_path: Path) -> Path:
    """A database of its own, for tests that write."""
    return make_db(tmp_path / "fresh.db")


@pytest.fixture(scope="session")
def client(corpus_db: Path) -> Iterator[ASGIClient]:
    """The read-only app (no token) over the corpus."""
    from kooperacja.web.app import create_app

    with ASGIClient(create_app(str(corpus_db), None)) as c:
        yield c


@pytest.fixture()
def writer(fresh_db: Path) -> Iterator[ASGIClient]:
    """An app with a write token, over a database of its own."""
    from kooperacja.web.app import create_app

    app = create_app(str(fresh_db), TOKEN)
    with ASGIClient(app) as c:
        yield c
    app.state.data.close()


@pytest.fixture(scope="session")
def ids(client: ASGIClient) -> dict[str, int]:
    """Ids of the corpus's main entities and events, found through the API."""
    out: dict[str, int] = {}
    for key, q, bucket in [
        ("ksse", "KSSE", "organizations"),
        ("lsse", "LSSE", "organizations"),
        ("katowice", "Katowice", "places"),
        ("michalek", "Michałek", "people"),
    ]:
        kind = {"organizations": "organization", "places": "place", "people": "person"}[bucket]
        found = client.get("/api/search", params={"q": q, "kind": kind}).json()["items"]
        assert found, f"search {q!r} found no {bucket}"
        out[key] = found[0]["id"]
    events = client.get("/api/events", params={"type": "agreement"}).json()["items"]
    out["agreement"] = events[0]["id"]
    return out


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`python -m kooperacja serve` over its own copy of the corpus database; yields the base URL."""
    db = make_db(tmp_path_factory.mktemp("serverdb") / "served.db", extended=True)
    port = free_port()
    env = dict(os.environ)
    env.pop("KOOPERACJA_TOKEN", None)
    env["PYTHONPATH"] = str(ROOT / "src") + os.pathsep + env.get("PYTHONPATH", "")
    log = tmp_path_factory.mktemp("serverlog") / "server.log"
    with open(log, "wb") as fh:
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "kooperacja",
                "serve",
                "--db",
                str(db),
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
                "--log-level",
                "warning",
            ],
            stdout=fh,
            stderr=subprocess.STDOUT,
            env=env,
        )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    try:
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"the server exited early:\n{log.read_text(errors='replace')}")
            try:
                with urllib.request.urlopen(base + "/api/stats", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"the server did not start:\n{log.read_text(errors='replace')}")
            time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    if not Path(CHROMIUM).exists():
        pytest.skip(
            f"{CHROMIUM} is missing: install Debian's chromium (apt-get install chromium) for the browser tests"
        )
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("the playwright package is not installed")
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            yield b
        finally:
            b.close()


@pytest.fixture()
def page(browser: object, server: str) -> Iterator[object]:
    """A fresh page that records dialogs, page errors and CSP violations (as test failures to check)."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=server)  # type: ignore[attr-defined]
    pg = context.new_page()
    pg.dialogs = []  # type: ignore[attr-defined]
    pg.problems = []  # type: ignore[attr-defined]

    def on_dialog(d: object) -> None:
        pg.dialogs.append(d.message)  # type: ignore[attr-defined]
        d.dismiss()  # type: ignore[attr-defined]

    pg.on("dialog", on_dialog)
    pg.on("pageerror", lambda exc: pg.problems.append(f"pageerror: {exc}"))  # type: ignore[attr-defined]
    pg.on(
        "console",
        lambda msg: (
            pg.problems.append(f"console: {msg.text}")  # type: ignore[attr-defined]
            if msg.type == "error"
            else None
        ),
    )
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    try:
        yield pg
    finally:
        context.close()


def shot(pg: object, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    pg.screenshot(path=str(path), full_page=True)  # type: ignore[attr-defined]
    return path
