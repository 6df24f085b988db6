"""$KOOPERACJA_MODEL_DIR points the extractor at another folder of models (one trained on part of the gold,
to score the rest with it): the extraction uses that folder's model, in this process and in the processes
it starts, and a language without a file there is left to the rules."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kooperacja.learn.model import MODEL_DIR_ENV, default_model, default_model_path, model_dir

from .conftest import TEXTS


def _drop_every_organisation(folder: Path) -> Path:
    """A model file that drops every organisation (and keeps the rest as the shipped one does)."""
    data = json.loads(default_model_path("pl").read_text("utf-8"))
    data["decisions"]["organization"] = {
        "enabled": True,
        "threshold": 0.5,
        "add_threshold": None,
        "bias": -9.0,
        "weights": {},
    }
    path = folder / "confidence-pl.json"
    path.write_text(json.dumps(data), "utf-8")
    return path


def test_the_folder_of_the_environment_replaces_the_package_models(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kooperacja.extract import extract

    shipped = extract(TEXTS["t4"], doc_id="a")
    assert any(e["type"] == "organization" for e in shipped["entities"])
    _drop_every_organisation(tmp_path)
    monkeypatch.setenv(MODEL_DIR_ENV, str(tmp_path))
    assert model_dir() == tmp_path
    model = default_model("pl")
    assert model is not None and model.decisions["organization"].enabled
    own = extract(TEXTS["t4"], doc_id="a")
    assert not any(e["type"] == "organization" for e in own["entities"])
    assert own["events"] == [] or all(
        p["entity"] in {e["id"] for e in own["entities"]} for ev in own["events"] for p in ev["participants"]
    )
    monkeypatch.setenv(MODEL_DIR_ENV, str(tmp_path / "empty"))
    assert default_model("pl") is None  # no model there: the rules alone
    ruled = extract(TEXTS["t4"], doc_id="a")
    assert [e["name"] for e in ruled["entities"]] == [e["name"] for e in shipped["entities"]]
    assert all("confidence" not in e for e in ruled["entities"])
    monkeypatch.delenv(MODEL_DIR_ENV)
    assert extract(TEXTS["t4"], doc_id="a") == shipped


def test_the_extract_command_reads_the_folder_from_the_environment(tmp_path: Path) -> None:
    _drop_every_organisation(tmp_path)
    src = tmp_path / "doc.txt"
    src.write_text(TEXTS["t2"], "utf-8")
    env = {**os.environ, MODEL_DIR_ENV: str(tmp_path)}
    out = subprocess.run(
        [sys.executable, "-m", "kooperacja", "extract", str(src), "-q"],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    ).stdout
    record = json.loads(out)
    assert record["entities"] and not any(e["type"] == "organization" for e in record["entities"])


def test_a_model_that_takes_back_events_has_their_candidates_built(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where the model in use takes back the events the rules discard, the rules keep them as candidates
    (recall mode) and the extraction takes the confident ones; with the decision off none is built."""
    from kooperacja.extract import extract
    from kooperacja.extract.confidence import recall_mode
    from kooperacja.extract.doc import Doc
    from kooperacja.learn.model import MODEL_FORMAT

    text = "Spółka Przykładowa Alfa podpisała w marcu umowę o współpracy."  # one party: too few for the rules
    event = {"enabled": True, "threshold": 0.0, "add_threshold": 0.5, "bias": 3.0, "weights": {}}
    (tmp_path / "confidence-pl.json").write_text(
        json.dumps({"format": MODEL_FORMAT, "decisions": {"event": event}}), "utf-8"
    )
    monkeypatch.setenv(MODEL_DIR_ENV, str(tmp_path))
    doc = Doc(text="Tekst.", lang="pl")
    recall_mode(doc)
    assert doc.recall is True
    taken = extract(text, doc_id="r")
    assert [ev["type"] for ev in taken["events"]] == ["agreement"]
    assert 0.9 < taken["events"][0]["confidence"] <= 1.0
    event["enabled"] = False
    (tmp_path / "off").mkdir()
    (tmp_path / "off" / "confidence-pl.json").write_text(
        json.dumps({"format": MODEL_FORMAT, "decisions": {"event": event}}), "utf-8"
    )
    monkeypatch.setenv(MODEL_DIR_ENV, str(tmp_path / "off"))
    recall_mode(doc)
    assert doc.recall is False
    assert extract(text, doc_id="r")["events"] == []
