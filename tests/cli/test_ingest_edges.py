"""`kooperacja ingest` as a real process at the edges (issue 13, cases 3, 4 and 9): failed inputs set
the exit status, a bad record line is named and the rest stored, a full disk is reported honestly, and
operational errors are one line."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import kooperacja

SRC = Path(kooperacja.__file__).resolve().parents[1]
TEXTS = [
    "Gmina Alfa podpisała porozumienie o współpracy z Politechniką Beta w Krakowie.",
    "Firma Gamma otworzyła nowy zakład w Łodzi i zatrudni stu pracowników.",
    "Starostwo Powiatowe w Delcie zawarło umowę z fundacją Epsilon.",
]


def _run(*args: str, preexec=None) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(SRC) + os.pathsep + env.get("PYTHONPATH", "")
    return subprocess.run(
        [sys.executable, "-m", "kooperacja", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        preexec_fn=preexec,
    )


def _documents(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])


def test_failed_inputs_make_ingest_fail_and_say_so(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXTS[0], encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    (folder / "bad.jsonl").write_text(
        '{"id": "x", "text": "' + TEXTS[1] + '"}\n{not json\n', encoding="utf-8"
    )
    with open(os.path.join(os.fsencode(folder), b"nazwa-\xff.txt"), "wb") as fh:  # a name that is not UTF-8
        fh.write(TEXTS[2].encode("utf-8"))
    db = tmp_path / "k.db"
    run = _run("ingest", str(folder), "--db", str(db), "-j", "1", "-q")
    assert run.returncode == 1, run.stderr  # inputs failed: scripts must notice
    assert "documents: 3 new" in run.stdout and "3 failed" in run.stdout
    assert "empty.txt: empty document" in run.stderr
    assert "binary.txt: binary file" in run.stderr
    assert "bad.jsonl:2: line 2: not valid JSON" in run.stderr
    assert "Traceback" not in run.stderr
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT doc_id, source FROM documents").fetchall()
    assert len(rows) == 3, (rows, run.stdout, run.stderr)
    # all good: 0
    ok = _run("ingest", str(folder / "a.txt"), "--db", str(db), "-j", "1", "-q")
    assert ok.returncode == 0 and "1 unchanged" in ok.stdout


def test_a_bad_record_line_is_named_and_the_rest_is_stored(tmp_path: Path) -> None:
    def record(i: int) -> str:
        return json.dumps(
            {
                "doc_id": f"r{i}",
                "text": TEXTS[i],
                "lang": "pl",
                "published": "2024-05-0" + str(i + 1),
                "extractor": "test-1",
                "entities": [
                    {"id": "e1", "type": "organization", "name": TEXTS[i].split()[1], "mentions": []}
                ],
                "events": [],
            },
            ensure_ascii=False,
        )

    f = tmp_path / "records.jsonl"
    f.write_text(
        record(0) + "\n" + '{"doc_id": "broken", "entities": [\n' + record(2) + "\n", encoding="utf-8"
    )
    db = tmp_path / "k.db"
    run = _run("ingest", "--records", str(f), "--db", str(db), "-q")
    assert "Traceback" not in run.stderr, run.stderr
    assert f"{f}:2: not valid JSON" in run.stderr
    assert run.returncode == 1
    assert "documents: 2 new" in run.stdout and "1 failed" in run.stdout
    assert _documents(db) == 2


def test_a_full_disk_is_reported_and_nothing_claimed(tmp_path: Path) -> None:
    """The database file may not grow past a few hundred kB (RLIMIT_FSIZE: writes fail like on a full
    disk): the run fails, and the summary claims no more than what is stored."""
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(16):
        (folder / f"d{i:02d}.txt").write_text(
            f"{TEXTS[i % 3]} Spotkanie numer {i} odbyło się w ratuszu. " * 10
            # words of its own, so that each document adds to the database whatever resolution merges
            + " ".join(f"notatka{i}x{k}" for k in range(400)),
            encoding="utf-8",
        )
    db = tmp_path / "k.db"
    created = _run("ingest", str(folder / "d00.txt"), "--db", str(db), "-j", "1", "-q")
    assert created.returncode == 0, created.stderr

    def small_disk() -> None:
        import resource

        limit = os.path.getsize(db) + 40_000
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    run = _run("ingest", str(folder), "--db", str(db), "-j", "1", "-q", "--json", preexec=small_disk)
    assert "Traceback" not in run.stderr, run.stderr[-2000:]
    assert run.returncode == 1
    summary = json.loads(run.stdout)
    print(summary)
    assert summary["failed"] > 0
    stored = _documents(db)
    assert summary["new"] + summary["unchanged"] == stored
    with sqlite3.connect(db) as conn:
        events = int(conn.execute("SELECT count(*) FROM events").fetchone()[0])
        entities = int(conn.execute("SELECT count(*) FROM entities").fetchone()[0])
    assert summary["events_created"] <= events
    assert summary["entities_created"] <= entities


def test_operational_errors_are_one_line(tmp_path: Path) -> None:
    not_a_db = tmp_path / "zly.db"
    not_a_db.write_text("to nie jest baza danych\n" * 100, encoding="utf-8")
    run = _run("stats", "--db", str(not_a_db))
    assert run.returncode == 1
    assert "Traceback" not in run.stderr
    assert run.stderr.strip().count("\n") == 0 and "error:" in run.stderr
    down = _run("stats", "--db", "postgresql://nobody@127.0.0.1:9/none")
    assert down.returncode == 1 and "Traceback" not in down.stderr
    assert "PostgreSQL is not reachable" in down.stderr


def test_ingest_streams_jsonl_storing_before_the_end(tmp_path: Path) -> None:
    """Documents of a JSONL stream are stored while it is still being written (a named pipe here): a
    whole file is never held in memory first."""
    import time

    fifo = tmp_path / "stream.jsonl"
    os.mkfifo(fifo)
    db = tmp_path / "k.db"
    env = dict(os.environ)
    env["PYTHONPATH"] = str(SRC) + os.pathsep + env.get("PYTHONPATH", "")
    proc = subprocess.Popen(
        [sys.executable, "-m", "kooperacja", "ingest", str(fifo), "--db", str(db), "-j", "1", "-q"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    stored_early = 0
    try:
        with open(fifo, "w", encoding="utf-8") as w:
            w.write(json.dumps({"id": "s0", "text": TEXTS[0]}, ensure_ascii=False) + "\n")
            w.flush()
            time.sleep(1.0)
            w.write(json.dumps({"id": "s1", "text": TEXTS[1]}, ensure_ascii=False) + "\n")
            w.flush()
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline and proc.poll() is None:
                if db.exists():
                    try:
                        stored_early = _documents(db)
                    except sqlite3.Error:
                        stored_early = 0
                    if stored_early >= 2:
                        break
                time.sleep(0.3)
            w.write(json.dumps({"id": "s2", "text": TEXTS[2]}, ensure_ascii=False) + "\n")
        out, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert stored_early >= 2  # stored while the stream was still open
    assert proc.returncode == 0, err
    assert "documents: 3 new" in out
