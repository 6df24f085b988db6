"""`kooperacja extract` as a user runs it: real files, a real subprocess, bad input among good."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

GOOD = "Legnicka Specjalna Strefa Ekonomiczna (LSSE) podpisała w Legnicy porozumienie z Gminą Chojnów."


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kooperacja", "extract", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=120,
    )


def test_extracts_text_html_and_jsonl(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.html").write_text(
        "<html><head><title>T</title></head><body><nav>Menu Start Kontakt</nav><article><p>"
        + GOOD
        + "</p></article><footer>Stopka</footer></body></html>",
        encoding="utf-8",
    )
    (tmp_path / "c.jsonl").write_text(
        json.dumps({"id": "x1", "text": GOOD, "published": "2024-03-01"}, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    res = run(str(tmp_path), "--output", str(out))
    assert res.returncode == 0, res.stderr
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["doc_id"] for r in records] == ["a", "b", "x1"]
    for r in records:
        names = {e["name"] for e in r["entities"]}
        assert "Legnicka Specjalna Strefa Ekonomiczna" in names
        assert any(ev["type"] == "agreement" for ev in r["events"])
    assert records[2]["published"] == "2024-03-01"


def test_bad_input_is_reported_and_the_batch_goes_on(tmp_path: Path) -> None:
    (tmp_path / "1-empty.txt").write_bytes(b"")
    (tmp_path / "2-binary.txt").write_bytes(b"\x00\x01\x02PNG\x00" * 100)
    (tmp_path / "3-cp1250.txt").write_bytes(GOOD.encode("cp1250"))
    (tmp_path / "4-latin2.txt").write_bytes(GOOD.encode("iso-8859-2"))
    (tmp_path / "5-broken.html").write_text(
        "<html><body><p>" + GOOD + "<div><span></p></html", encoding="utf-8"
    )
    (tmp_path / "6-lines.jsonl").write_text(
        json.dumps({"id": "ok1", "text": GOOD})
        + "\n{not json\n"
        + json.dumps({"id": "ok2", "text": GOOD})
        + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    res = run(str(tmp_path), "-o", str(out))
    assert res.returncode == 1  # something failed
    errors = [line for line in res.stderr.splitlines() if line.startswith("error:")]
    assert any("1-empty.txt" in e and "empty" in e for e in errors)
    assert any("2-binary.txt" in e and "binary" in e for e in errors)
    assert any("6-lines.jsonl:2" in e and "JSON" in e for e in errors)
    records = {
        json.loads(line)["doc_id"]: json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()
    }
    assert set(records) == {"3-cp1250", "4-latin2", "5-broken", "ok1", "ok2"}
    for r in records.values():
        assert "Legnicka Specjalna Strefa Ekonomiczna" in {e["name"] for e in r["entities"]}


def test_huge_file_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    (tmp_path / "small.txt").write_text(GOOD, encoding="utf-8")
    res = run(str(big), str(tmp_path / "small.txt"))
    assert res.returncode == 1
    assert "big.txt" in res.stderr and "too large" in res.stderr
    assert json.loads(res.stdout.splitlines()[0])["doc_id"] == "small"


def test_published_option_and_bad_date(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Wczoraj " + GOOD, encoding="utf-8")
    res = run(str(tmp_path / "a.txt"), "--published", "2024-05-10")
    rec = json.loads(res.stdout)
    assert rec["published"] == "2024-05-10"
    assert rec["events"][0]["date"] == "2024-05-09"
    res = run(str(tmp_path / "a.txt"), "--published", "not a date")
    assert res.returncode == 2 and "not a date" in res.stderr
