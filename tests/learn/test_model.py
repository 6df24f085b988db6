"""Training is deterministic and the model file is plain data; the confidence component annotates every item
and drops what is below the threshold, with the record kept consistent."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kooperacja.cli import main
from kooperacja.documents.model import Document
from kooperacja.extract.confidence import filter_record, set_min_confidence
from kooperacja.learn.model import MODEL_FORMAT, Decision, Model, decide, default_model, featurize
from kooperacja.learn.train import rules_doc

from .conftest import TEXTS


def test_train_writes_the_same_file_twice_and_cross_validates(gold_dir: Path, tmp_path: Path, capsys) -> None:
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    assert main(["train", str(gold_dir), "--output", str(a), "--folds", "2", "-q"]) == 0
    out = capsys.readouterr().out
    assert "2-fold cross-validation by document" in out
    assert "precision and recall by minimum confidence" in out
    assert "ceiling" in out
    for decision in ("organization", "event", "figure"):
        assert f"  {decision} " in out
    assert main(["train", str(gold_dir), "--output", str(b), "--folds", "2", "--no-cv", "-q"]) == 0
    assert a.read_bytes() == b.read_bytes()
    data = json.loads(a.read_text("utf-8"))
    assert data["format"] == MODEL_FORMAT and data["documents"] == 6
    assert set(data["decisions"]) == {"organization", "person", "place", "event", "participant", "figure"}
    for d in data["decisions"].values():
        assert all(isinstance(w, float) for w in d["weights"].values())
        assert 0.0 <= d["threshold"] <= 1.0
        # no keep-or-drop decision beats keeping exactly the candidates that match the gold
        assert d["cv"]["rules_f1"] <= d["cv"]["ceiling_f1"] <= 1.0
        assert d["cv"]["model_f1"] <= d["cv"]["ceiling_f1"]
    model = Model.load(a)
    assert 0.0 < model.prob("organization", ["bias_type=organization"]) < 1.0


def test_train_needs_enough_documents(gold_dir: Path, tmp_path: Path, capsys) -> None:
    assert main(["train", str(gold_dir), "--output", str(tmp_path / "m.json"), "--folds", "7", "-q"]) == 2
    assert "too few" in capsys.readouterr().err
    assert not (tmp_path / "m.json").exists()


def test_evaluate_cv_trains_on_the_other_folds(gold_dir: Path, capsys) -> None:
    assert main(["evaluate", str(gold_dir), "--cv", "3", "-q", "--json"]) == 0
    res = json.loads(capsys.readouterr().out)
    assert res["docs"] == 6 and res["docs_missing"] == []
    assert 0.0 < res["organization"]["f1"] <= 1.0


def test_shipped_model_gives_every_item_a_confidence() -> None:
    assert default_model() is not None, "the package ships data/models/confidence-pl.json"
    from kooperacja.extract import extract

    rec = extract(TEXTS["t1"] + " " + TEXTS["t2"], doc_id="c")
    assert rec["entities"] and rec["events"]
    for item in rec["entities"] + rec["events"] + rec["figures"]:
        assert 0.0 <= item["confidence"] <= 1.0
    for ev in rec["events"]:
        assert "_rule" not in ev and "rule" not in ev
        for p in ev["participants"]:
            assert 0.0 <= p["confidence"] <= 1.0


def test_min_confidence_drops_items_and_their_references() -> None:
    text = TEXTS["t4"] + " " + TEXTS["t3"]
    try:
        set_min_confidence(0.0)
        from kooperacja.extract import extract

        everything = extract(text, doc_id="m")
        set_min_confidence(1.0)
        nothing = extract(text, doc_id="m")
    finally:
        set_min_confidence(None)
    assert everything["entities"] and everything["events"]
    assert nothing["entities"] == [] and nothing["events"] == [] and nothing["figures"] == []
    with pytest.raises(ValueError):
        set_min_confidence(2.0)


def test_decide_removes_a_dropped_organisation_everywhere() -> None:
    doc = rules_doc(Document(doc_id="d", text=TEXTS["t1"] + " " + TEXTS["t2"]))
    orgs = {e.id for e in doc.entities if e.type == "organization"}
    assert orgs and doc.events
    keep_none = Model({"organization": Decision(bias=-9.0, threshold=0.5, enabled=True)})
    entities, events, figures = decide(doc, featurize(doc), keep_none)
    assert not any(e.type == "organization" for e in entities)
    kept = {e.id for e in entities}
    for ev in events:
        assert ev["participants"] and all(p["entity"] in kept for p in ev["participants"])
        assert ev["place"] is None or ev["place"] in kept
    assert all(f["entity"] in kept for f in figures)
    for e in entities:
        assert all(r.get("organization") in (None, *kept) for r in e.roles)
    # the Doc itself is left as the rules made it
    assert {e.id for e in doc.entities if e.type == "organization"} == orgs


def test_filter_record_drops_low_items_of_an_earlier_record() -> None:
    rec = {
        "doc_id": "r",
        "entities": [
            {"id": "e1", "type": "organization", "name": "A", "confidence": 0.9},
            {"id": "e2", "type": "organization", "name": "B", "confidence": 0.2},
            {
                "id": "e3",
                "type": "person",
                "name": "C D",
                "roles": [{"title": "prezes", "organization": "e2"}],
            },
        ],
        "events": [
            {"type": "agreement", "participants": [{"entity": "e1"}, {"entity": "e2"}], "confidence": 0.8},
            {"type": "visit", "participants": [{"entity": "e2"}], "confidence": 0.9},
            {"type": "award", "participants": [{"entity": "e1"}], "confidence": 0.1},
        ],
        "figures": [{"entity": "e2", "metric": "jobs", "value": 5, "unit": "count"}],
    }
    out = filter_record(rec, 0.5)
    assert [e["id"] for e in out["entities"]] == ["e1", "e3"]
    assert out["entities"][1]["roles"][0]["organization"] is None
    assert [ev["type"] for ev in out["events"]] == ["agreement"]
    assert out["events"][0]["participants"] == [{"entity": "e1"}]
    assert out["figures"] == []


def test_languages_without_a_model_are_left_to_the_rules() -> None:
    from kooperacja.extract.confidence import ConfidenceScorer, recall_mode
    from kooperacja.extract.doc import Doc

    assert default_model("xx") is None and default_model("../pl") is None
    doc = Doc(text="Some text.", lang="xx")
    recall_mode(doc)
    assert doc.recall is False
    ConfidenceScorer("xx")(doc)  # no model: nothing changes
    assert doc.entities == [] and doc.events == []
