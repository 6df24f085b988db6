"""The trainer's report says how learnable a keep-or-drop decision is: how many wrong candidates the rules keep
(all a drop can gain) and how well the out-of-fold confidences rank the rules' candidates (ranking_auc)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kooperacja.cli import main
from kooperacja.learn.train import ranking_auc


def test_a_perfect_ranking_is_one_and_a_reversed_one_zero() -> None:
    assert ranking_auc([0.9, 0.8, 0.2], [1, 1, 0], [False] * 3) == 1.0
    assert ranking_auc([0.1, 0.2, 0.9], [1, 1, 0], [False] * 3) == 0.0


def test_ties_count_half_and_the_discarded_candidates_are_left_out() -> None:
    assert ranking_auc([0.5, 0.5], [1, 0], [False, False]) == 0.5
    # the third is a candidate the rules discarded: it does not rank the rules' own
    assert ranking_auc([0.7, 0.3, 0.9], [1, 0, 0], [False, False, True]) == 1.0
    assert ranking_auc([0.6, 0.6, 0.2, 0.6], [1, 0, 0, 1], [False] * 4) == pytest.approx(0.75)


def test_no_ranking_where_the_rules_candidates_are_all_right() -> None:
    assert ranking_auc([0.9, 0.4], [1, 1], [False, False]) is None
    assert ranking_auc([0.4], [0], [True]) is None


def test_the_model_file_and_the_report_carry_it(gold_dir: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "m.json"
    assert main(["train", str(gold_dir), "--output", str(out), "--folds", "2", "--no-cv", "-q"]) == 0
    assert "wrong kept" in capsys.readouterr().out
    for d in json.loads(out.read_text("utf-8"))["decisions"].values():
        cv = d["cv"]
        assert 0 <= cv["rules_wrong"] <= cv["candidates"]
        assert cv["auc"] is None or 0.0 <= cv["auc"] <= 1.0
