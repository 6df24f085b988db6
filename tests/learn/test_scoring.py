"""The package's scorer prints what shared/tools/score.py prints, on hand-made records and on the records
`kooperacja evaluate` scores."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from kooperacja.cli import main
from kooperacja.learn.scoring import align, score, table

from .conftest import score_py

GOLD = {
    "doc_id": "x",
    "entities": [
        {
            "id": "g1",
            "type": "organization",
            "subtype": "company",
            "name": "Alfatech Sp. z o.o.",
            "aliases": [],
        },
        {"id": "g2", "type": "organization", "subtype": "cluster", "name": "Klaster Beta"},
        {
            "id": "g3",
            "type": "person",
            "name": "Jan Nowak",
            "roles": [{"title": "prezes", "organization": "g1"}],
        },
        {"id": "g4", "type": "place", "subtype": "city", "name": "Gdynia"},
    ],
    "events": [
        {"type": "agreement", "date": "2021-05-03", "participants": [{"entity": "g1"}, {"entity": "g2"}]},
        {"type": "visit", "date": "2021-06", "place": "g4", "participants": [{"entity": "g3"}]},
        {"type": "award", "name": "Lider Roku", "participants": [{"entity": "g2"}]},
    ],
    "figures": [
        {"entity": "g1", "metric": "investment", "value": 4e7, "unit": "PLN"},
        {"entity": "g1", "metric": "jobs", "value": 120, "unit": "count"},
    ],
    "sectors": ["energy", "it"],
}
PRED = {
    "doc_id": "x",
    "entities": [
        {"id": "e1", "type": "organization", "subtype": "company", "name": "Alfatechu", "aliases": []},
        {"id": "e2", "type": "organization", "subtype": "other", "name": "Klaster Beta"},
        {
            "id": "e3",
            "type": "person",
            "name": "Jan Nowak",
            "roles": [{"title": "prezes", "organization": "e1"}],
        },
        {"id": "e4", "type": "place", "name": "Gdynia"},
        {"id": "e5", "type": "organization", "name": "Gamma S.A."},
    ],
    "events": [
        {"type": "agreement", "date": "2021-05", "participants": [{"entity": "e1"}, {"entity": "e5"}]},
        {"type": "visit", "date": "2021-06-02", "place": "e4", "participants": [{"entity": "e5"}]},
        {"type": "award", "name": "Lider roku", "status": "planned", "participants": [{"entity": "e5"}]},
        {"type": "conference", "participants": [{"entity": "e2"}]},
    ],
    "figures": [
        {"entity": "e1", "metric": "investment", "value": "40000000", "unit": "PLN"},
        {"entity": "e2", "metric": "jobs", "value": 120, "unit": "count"},
        {"entity": "e1", "metric": "jobs", "value": "n/a", "unit": "count"},
    ],
    "sectors": ["energy", "logistics"],
}


def test_alignment_follows_the_scorers_matching() -> None:
    al = align(GOLD, PRED)
    assert al.entities == {"e2": "g2", "e3": "g3", "e4": "g4"}  # "Alfatechu" is no exact name of Alfatech
    assert al.loose["e1"] == "g1"  # but it is loosely
    assert al.events == {0: 0, 1: 1, 2: 2}  # jaccard 1/3, date+place, name
    assert al.figures == {0}


def test_table_equals_score_py(tmp_path: Path) -> None:
    gold = tmp_path / "gold"
    gold.mkdir()
    second = dict(GOLD, doc_id="y")
    for g in (GOLD, second):
        (gold / f"{g['doc_id']}.json").write_text(json.dumps(g, ensure_ascii=False), "utf-8")
    pred = tmp_path / "pred.jsonl"
    pred.write_text(json.dumps(PRED, ensure_ascii=False) + "\n", "utf-8")  # "y" is missing
    ref = subprocess.run(
        [sys.executable, str(score_py()), str(gold), str(pred)], capture_output=True, text=True, check=True
    ).stdout.strip()
    golds = {g["doc_id"]: g for g in (GOLD, second)}
    mine = table(score(golds, {"x": PRED}))
    assert mine == ref
    ref_json = subprocess.run(
        [sys.executable, str(score_py()), str(gold), str(pred), "--json"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert score(golds, {"x": PRED}) == json.loads(ref_json)


def test_evaluate_prints_what_score_py_prints(gold_dir: Path, tmp_path: Path, capsys) -> None:
    records = tmp_path / "records.jsonl"
    assert main(["evaluate", str(gold_dir), "--records", str(records), "-q"]) == 0
    printed = capsys.readouterr().out.strip()
    ref = subprocess.run(
        [sys.executable, str(score_py()), str(gold_dir), str(records)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert printed == ref
    assert "documents: 6" in printed
    # the records it scores are those `kooperacja extract` writes
    extracted = tmp_path / "extracted.jsonl"
    assert main(["extract", *sorted(str(p) for p in gold_dir.glob("*.txt")), "-o", str(extracted), "-q"]) == 0
    assert extracted.read_text("utf-8") == records.read_text("utf-8")


def test_evaluate_rejects_bad_input(tmp_path: Path, capsys) -> None:
    assert main(["evaluate", str(tmp_path / "nowhere")]) == 2
    assert "not a folder" in capsys.readouterr().err
    (tmp_path / "a.txt").write_text("Tekst.", "utf-8")
    assert main(["evaluate", str(tmp_path)]) == 2
    assert "no document with both" in capsys.readouterr().err
    assert main(["evaluate", str(tmp_path), "--min-confidence", "1.5"]) == 2
