"""bench/learned_cv.py: the cross-validation by document of chosen decisions, on the small gold of these tests."""

from __future__ import annotations

import importlib.util
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench" / "learned_cv.py"


def _bench():  # noqa: ANN202 (a module loaded from its file)
    spec = importlib.util.spec_from_file_location("learned_cv", BENCH)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_the_three_columns_over_held_out_folds(gold_dir: Path, capsys) -> None:
    bench = _bench()
    assert bench.main([str(gold_dir), "--folds", "2", "--decisions", "event,figure"]) == 0
    out = capsys.readouterr().out
    assert "fold 0:" in out and "fold 1:" in out
    assert "6 documents, 2 folds by document; decisions fitted: event, figure" in out
    rows = {line.split()[0]: line.split()[1:] for line in out.splitlines() if line[:1].isalpha()}
    # organisations are not fitted: the three columns are the rules'
    org = rows["organization"]
    assert len(org) == 9 and org[0:3] == org[3:6] == org[6:9]
    assert "event_date_acc" in rows and len(rows["event_date_acc"]) == 3


def test_without_conjunctions(gold_dir: Path, capsys) -> None:
    assert _bench().main([str(gold_dir), "--folds", "2", "--decisions", "event", "--no-conjunctions"]) == 0
    assert "decisions fitted: event" in capsys.readouterr().out


def test_per_fold_rows_and_documents_only_trained_on(gold_dir: Path, tmp_path: Path, capsys) -> None:
    more = tmp_path / "more"
    more.mkdir()
    for name in ("t1", "t2"):  # two of the documents again, under ids of their own: trained on, never scored
        for suffix in (".txt", ".json"):
            (more / f"x{name}{suffix}").write_bytes((gold_dir / f"{name}{suffix}").read_bytes())
    bench = _bench()
    argv = [str(gold_dir), "--folds", "2", "--decisions", "organization,event", "--train-only", str(more)]
    assert bench.main(argv) == 0
    out = capsys.readouterr().out
    assert "6 documents, 2 folds by document" in out  # the documents trained on are not scored
    lines = {line.split(" (")[0]: line for line in out.splitlines() if " (" in line and "/" in line}
    for d in ("organization", "event"):
        cells = lines[d].split(")", 1)[1].split()
        assert len(cells) == 2 and all(len(c.split("/")) == 2 for c in cells)
