"""Recall mode for organisations: the name rules record the chunks they drop (with the rule that dropped each) in
`Doc.org_candidates` only where `Doc.recall` asks for them; the organisation decision may take back those it is
sure of; and with that decision off the records are byte for byte those of the rules. Sentences of our own."""

from __future__ import annotations

import json
from pathlib import Path

from kooperacja.documents.model import Document
from kooperacja.extract.doc import Doc
from kooperacja.learn.model import Decision, Model, decide, extra_orgs, featurize
from kooperacja.learn.train import apply, fit_model, load_gold, rules_doc

# "w ramach Programu …": a programme that frames an action is no organisation to the rules (prize_or_status)
FRAMED = "W ramach Programu Wsparcia Rzemiosła gmina Borowo kupiła 2 nowe autobusy dla szkół."


def _names(rec: dict) -> list[str]:
    return [e["name"] for e in rec["entities"] if e["type"] == "organization"]


def test_dropped_chunks_are_recorded_with_their_rule_only_in_recall_mode() -> None:
    doc = rules_doc(Document(doc_id="t", text=FRAMED))
    assert doc.recall
    assert ("Program Wsparcia Rzemiosła", "prize_or_status") in [(m.name, r) for m, r in doc.org_candidates]
    orgs = extra_orgs(doc)
    prog = next(o for o in orgs if o.name == "Program Wsparcia Rzemiosła")
    assert prog.rules == ["prize_or_status"] and prog.mentions[0].type == "organization"
    # a dropped name that the rules kept as an entity of any type (the commune's town) is no candidate
    assert "Borowo" not in [o.name for o in orgs]
    from kooperacja.extract.pipeline import default_pipeline

    plain = Doc(text=FRAMED, doc_id="t")
    for name, component in default_pipeline("pl").components:
        if name not in ("recall", "confidence"):
            component(plain)
    assert not plain.recall and plain.org_candidates == []


def test_features_of_a_dropped_candidate_name_its_rule() -> None:
    doc = rules_doc(Document(doc_id="t", text=FRAMED))
    n_mentions = len(doc.mentions)
    cands = featurize(doc)
    k = [o.name for o in cands.extra_orgs].index("Program Wsparcia Rzemiosła")
    assert {"rule=prize_or_status", "dropped"} <= set(cands.extra_org_feats[k])
    assert len(doc.mentions) == n_mentions  # the stand-in mentions are gone again


PROGRAMMES = (
    "Rozwoju Wsi",
    "Czyste Powietrze Plus",
    "Zielona Szkoła",
    "Wsparcia Rzemiosła",
    "Mosty dla Regionów",
    "Nowe Kadry",
    "Dobry Start Firmy",
    "Cyfrowa Gmina Jutra",
    "Leśne Ścieżki",
    "Morska Energia",
)
TOWNS = (
    "Borowo",
    "Lisowo",
    "Dębnica",
    "Olszanka",
    "Jaworze",
    "Brzozów",
    "Kamionka",
    "Grabowiec",
    "Sosnowo",
    "Wilki",
)


def test_the_model_takes_back_a_dropped_organisation_it_is_sure_of(tmp_path: Path) -> None:
    """A synthetic gold folder whose annotators count a framing programme as an organisation: trained on it,
    the organisation decision takes the dropped programmes back, and a model with the decision off does not."""
    for n, (prog, town) in enumerate(zip(PROGRAMMES, TOWNS, strict=True)):
        text = f"W ramach Programu {prog} spółka Alfa Bud {n} z miasta {town} wyremontuje 3 mosty."
        (tmp_path / f"p{n:02}.txt").write_text(text, encoding="utf-8")
        doc = rules_doc(Document(doc_id=f"p{n:02}", text=text))
        from kooperacja.extract.record import to_record

        rec = to_record(doc)
        gold = {"entities": [{k: e[k] for k in ("id", "type", "name")} for e in rec["entities"]]}
        gold["entities"].append({"id": "g1", "type": "organization", "name": f"Program {prog}"})
        gold |= {"events": [], "figures": [], "sectors": []}
        (tmp_path / f"p{n:02}.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    docs = load_gold([tmp_path])
    model, report = fit_model(docs)
    r = report["organization"]
    assert r["discarded_right"] == len(PROGRAMMES) and r["discarded"] >= len(PROGRAMMES)
    assert r["add_threshold"] is not None and r["model_f1"] > r["rules_f1"]
    org = model.decisions["organization"]
    org.enabled = True
    rec = apply(docs[0], model)
    taken = [e for e in rec["entities"] if e["name"] == f"Program {PROGRAMMES[0]}"]
    assert taken and taken[0]["confidence"] >= org.add_threshold and taken[0]["mentions"]
    assert len({e["id"] for e in rec["entities"]}) == len(rec["entities"])  # the new entity's id is its own
    org.enabled = False
    assert f"Program {PROGRAMMES[0]}" not in _names(apply(docs[0], model))


OFF = Model({"organization": Decision(bias=3.0, weights={"rule=prize_or_status": 2.0}, add_threshold=0.5)})


def test_with_the_decision_off_the_record_is_the_rules_byte_for_byte() -> None:
    from kooperacja.extract import extract
    from kooperacja.extract.record import to_record

    text = FRAMED + " Spółka Termex z Lisowa została laureatem konkursu Lider Roku."
    doc = rules_doc(Document(doc_id="t", text=text))
    assert doc.org_candidates
    # the recorded candidates are never featurized nor taken where the decision is off
    cands = featurize(doc, OFF)
    assert cands.extra_orgs == [] and cands.extra_org_feats == []
    assert decide(doc, cands, OFF) == decide(doc, featurize(doc), OFF)
    # the whole extraction with the shipped model (organisation decision off): the candidates change nothing
    from kooperacja.extract.confidence import ConfidenceScorer

    ConfidenceScorer("pl")(doc)
    plain = extract(text, doc_id="t")
    assert json.dumps(to_record(doc), sort_keys=True) == json.dumps(plain, sort_keys=True)


def test_the_pipeline_takes_back_where_the_shipped_decision_is_on(tmp_path: Path, monkeypatch) -> None:
    """Through `extract`, with a model folder whose organisation decision is on: the recall component asks the
    name rules for their dropped chunks, and the taken-back organisation has its mention in the record."""
    from kooperacja.extract import extract
    from kooperacja.learn.model import MODEL_DIR_ENV, MODEL_FORMAT

    weights = {"rule=prize_or_status": 6.0}
    org = {"bias": -3.0, "weights": weights, "threshold": 0.0, "add_threshold": 0.9, "enabled": True}
    model = {"format": MODEL_FORMAT, "decisions": {"organization": org}}
    (tmp_path / "confidence-pl.json").write_text(json.dumps(model), encoding="utf-8")
    monkeypatch.setenv(MODEL_DIR_ENV, str(tmp_path))
    rec = extract(FRAMED, doc_id="p")
    taken = [e for e in rec["entities"] if e["name"] == "Program Wsparcia Rzemiosła"]
    assert taken and taken[0]["type"] == "organization" and taken[0]["confidence"] >= 0.9
    (start, end), *_ = taken[0]["mentions"]
    assert FRAMED[start:end] == "Programu Wsparcia Rzemiosła"
    monkeypatch.delenv(MODEL_DIR_ENV)
    # every other organisation is the rules' own: a dropped chunk the model is not sure of stays out
    assert _names(rec) == [*_names(extract(FRAMED, doc_id="p")), "Program Wsparcia Rzemiosła"]
