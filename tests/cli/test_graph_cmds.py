"""The graph commands as a user runs them: real subprocesses, a SIGKILL mid-ingest, two ingests at once."""

from __future__ import annotations

import csv
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
WORDS = (
    "strefa klaster umowa porozumienie inwestycja zakład fabryka delegacja wizyta targi forum miasto region "
    "współpraca rozwój innowacja technologia przemysł energia wodór bateria lotnictwo motoryzacja logistyka "
    "uczelnia park przedsiębiorca spółka gmina powiat województwo partner projekt program fundusz rynek eksport"
).split()
ORGS = [
    f"{a} {b}"
    for a in ("Klaster", "Park", "Agencja", "Fundacja", "Izba")
    for b in (
        "Północny",
        "Górski",
        "Nadwiślański",
        "Bałtycki",
        "Zachodni",
        "Wschodni",
        "Centralny",
        "Mazurski",
    )
]


def _corpus(folder: Path, n: int, seed: int, prefix: str) -> None:
    rnd = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        a, b = rnd.sample(ORGS, 2)
        text = (
            f"{a} i {b} podpisały umowę. "
            + " ".join(rnd.choice(WORDS) for _ in range(60))
            + f" Numer {prefix}{i}."
        )
        rec = {
            "doc_id": f"{prefix}{i:05d}",
            "published": f"20{10 + i % 14}-0{1 + i % 9}-1{i % 10}",
            "entities": [
                {"id": "e1", "type": "organization", "name": a, "aliases": []},
                {"id": "e2", "type": "organization", "name": b, "aliases": []},
            ],
            "events": [
                {
                    "type": "agreement",
                    "date": f"20{10 + i % 14}-0{1 + i % 9}-1{i % 10}",
                    "participants": [{"entity": "e1", "role": "party"}, {"entity": "e2", "role": "party"}],
                    "sectors": ["energy"],
                }
            ],
            "figures": [],
        }
        (folder / f"{prefix}{i:05d}.json").write_text(json.dumps(rec, ensure_ascii=False), encoding="utf-8")
        (folder / f"{prefix}{i:05d}.txt").write_text(text, encoding="utf-8")


def _run(*args: str, db: str, check: bool = True) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    proc = subprocess.run(
        [sys.executable, "-m", "kooperacja", *args, "--db", db],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    if check:
        assert proc.returncode == 0, proc.stderr
    return proc


def _popen(*args: str, db: str) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    return subprocess.Popen(
        [sys.executable, "-m", "kooperacja", *args, "--db", db],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def _consistent(db: str) -> dict[str, int]:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        orphans = {
            "doc_entities": "SELECT COUNT(*) FROM doc_entities WHERE doc_pk NOT IN (SELECT id FROM documents)",
            "entities_of_doc_entities": "SELECT COUNT(*) FROM doc_entities WHERE entity_id NOT IN (SELECT id FROM entities)",
            "sources": "SELECT COUNT(*) FROM event_sources WHERE doc_pk NOT IN (SELECT id FROM documents)",
            "events_without_sources": "SELECT COUNT(*) FROM events WHERE id NOT IN (SELECT event_id FROM event_sources)",
            "participants": "SELECT COUNT(*) FROM participants WHERE event_id NOT IN (SELECT id FROM events)",
            "search": "SELECT COUNT(*) FROM search_rows WHERE doc_pk NOT IN (SELECT id FROM documents)",
            "empty_documents": "SELECT COUNT(*) FROM documents WHERE id NOT IN (SELECT doc_pk FROM event_sources)",
        }
        for name, sql in orphans.items():
            assert conn.execute(sql).fetchone()[0] == 0, name
        return {
            "documents": conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0],
            "doc_ids": conn.execute("SELECT COUNT(DISTINCT doc_id) FROM documents").fetchone()[0],
            "sources": conn.execute("SELECT COUNT(*) FROM event_sources").fetchone()[0],
            "entities": conn.execute("SELECT COUNT(*) FROM entities").fetchone()[0],
        }
    finally:
        conn.close()


def _doc_count(db: str) -> int:
    try:
        conn = sqlite3.connect(db, timeout=5)
        try:
            return conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


@pytest.mark.slow
def test_sigkill_mid_ingest_leaves_a_consistent_database_and_a_rerun_completes(tmp_path):
    corpus = tmp_path / "corpus"
    n = 1200
    _corpus(corpus, n, seed=1, prefix="k")
    db = str(tmp_path / "kill.db")
    proc = _popen("ingest", "--records", str(corpus), "-q", db=db)
    deadline = time.time() + 120
    while time.time() < deadline and _doc_count(db) < 40 and proc.poll() is None:
        time.sleep(0.02)
    assert proc.poll() is None, "the ingest finished before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    partial = _consistent(db)
    assert 0 < partial["documents"] < n
    assert partial["documents"] == partial["sources"]
    out = _run("ingest", "--records", str(corpus), "--json", "-q", db=db)
    summary = json.loads(out.stdout)
    assert summary["new"] == n - partial["documents"] and summary["unchanged"] == partial["documents"]
    final = _consistent(db)
    assert final["documents"] == final["doc_ids"] == final["sources"] == n
    assert final["entities"] == len(ORGS) if n >= 400 else True


@pytest.mark.slow
def test_two_ingests_at_once_into_one_sqlite_file(tmp_path):
    db = str(tmp_path / "both.db")
    _corpus(tmp_path / "one", 250, seed=2, prefix="x")
    _corpus(tmp_path / "two", 250, seed=3, prefix="y")
    procs = [
        _popen("ingest", "--records", str(tmp_path / name), "-q", "--json", db=db) for name in ("one", "two")
    ]
    outs = [p.communicate(timeout=300) for p in procs]
    for p, (out, err) in zip(procs, outs, strict=True):
        assert p.returncode == 0, err
        assert json.loads(out)["failed"] == 0
    final = _consistent(db)
    assert final["documents"] == 500 and final["sources"] == 500
    # resolution across both writers: every organisation exists once
    assert final["entities"] == len(ORGS)


def test_commands_end_to_end(tmp_path):
    corpus = tmp_path / "c"
    _corpus(corpus, 30, seed=4, prefix="c")
    db = str(tmp_path / "cli.db")
    out = _run("ingest", "--records", str(corpus), db=db).stdout
    assert "30 new" in out and "entities:" in out and "events:" in out
    again = _run("ingest", "--records", str(corpus), db=db).stdout
    assert "30 unchanged" in again
    stats = json.loads(_run("stats", "--json", db=db).stdout)
    assert stats["documents"] == 30 and stats["backend"] == "sqlite"
    assert "documents: 30" in _run("stats", db=db).stdout
    first = json.loads((corpus / "c00000.json").read_text(encoding="utf-8"))
    name = first["entities"][0]["name"]
    show = _run("show", name, db=db)
    assert name in show.stdout and "timeline:" in show.stdout
    prof = json.loads(_run("show", name, "--json", db=db).stdout)
    assert prof["name"] == name
    evs = json.loads(_run("events", "--org", name, "--json", db=db).stdout)
    assert evs and all(any(p["name"] == name for p in e["participants"]) for e in evs)
    assert "agreement" in _run("events", "--type", "agreement", "--sector", "energy", db=db).stdout
    found = json.loads(_run("search", "klastrem", "--json", db=db).stdout)
    assert found["organizations"]
    rec = json.loads(_run("recommend", name, "--json", db=db).stdout)
    assert rec["entity"]["name"] == name
    other = next(p["name"] for p in evs[0]["participants"] if p["name"] != name)
    merged = json.loads(_run("merge", name, other, "--json", db=db).stdout)
    assert merged["ok"]
    split = _run("split", name, db=db)
    assert split.returncode == 0 and other in split.stdout
    _run("export", "--format", "graphml", "--output", str(tmp_path / "g.graphml"), db=db)
    assert (tmp_path / "g.graphml").read_text(encoding="utf-8").startswith("<?xml")
    _run("export", "--format", "csv", "--output", str(tmp_path / "csv.zip"), db=db)
    assert (tmp_path / "csv.zip").stat().st_size > 0
    # a .csv output is that one file (the events with their participants), not a folder
    _run("export", "--format", "csv", "--output", str(tmp_path / "x.csv"), "--sep", "semicolon", db=db)
    table = (tmp_path / "x.csv").read_text(encoding="utf-8-sig").splitlines()
    assert (tmp_path / "x.csv").is_file() and table[0].startswith("id;date;type;")
    stats = json.loads(_run("stats", "--json", db=db).stdout)
    assert len(list(csv.reader(table, delimiter=";"))) - 1 == stats["events"]
    assert _run("show", "nic takiego", db=db, check=False).returncode == 1


def test_ingest_plain_documents_through_the_extractor(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "n1.txt").write_text(
        "Łódzka Specjalna Strefa Ekonomiczna podpisała 3 kwietnia 2024 r. porozumienie z Politechniką Łódzką.",
        encoding="utf-8",
    )
    (folder / "n2.txt").write_text(
        "Klaster Obróbki Metali zorganizował w Mielcu forum dostawców.", encoding="utf-8"
    )
    db = str(tmp_path / "plain.db")
    summary = json.loads(_run("ingest", str(folder), "--json", db=db).stdout)
    assert summary["new"] == 2 and summary["failed"] == 0
    assert json.loads(_run("stats", "--json", db=db).stdout)["documents"] == 2
    # the progress goes to stderr as one plain line when it is not a terminal
    err = _run("ingest", str(folder), db=db).stderr
    assert "ingested 2 documents" in err and "\r" not in err
