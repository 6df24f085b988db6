"""The figure owner decision: each figure of the rules gets its owner candidates (the rules' owner first), each with
features; a model trained on a gold folder whose annotators give such figures to another candidate moves them;
and with the decision off the records are byte for byte the rules'. Sentences of our own."""

from __future__ import annotations

import json
from pathlib import Path

from kooperacja.documents.model import Document
from kooperacja.extract.record import to_record
from kooperacja.learn.model import OWNER_DECISION, Decision, Model, decide, featurize
from kooperacja.learn.train import apply, fit_model, load_gold, rules_doc

SOLD = "Spółka Alfa Bud kupiła od firmy Gamma Serwis działkę w Lisowie. Zakład zatrudni 120 osób."


def _owner_of(rec: dict, metric: str) -> str:
    names = {e["id"]: e["name"] for e in rec["entities"]}
    return next(names[f["entity"]] for f in rec["figures"] if f["metric"] == metric)


def test_each_figure_has_its_owner_candidates_with_features() -> None:
    doc = rules_doc(Document(doc_id="t", text=SOLD))
    rec = to_record(doc)
    assert _owner_of(rec, "jobs") == "Alfa Bud"
    cands = featurize(doc)
    assert len(cands.figure_owners) == len(doc.figures)
    k = [f["metric"] for f in doc.figures].index("jobs")
    ids = [i for i, _f in cands.figure_owners[k]]
    names = {e.id: e.name for e in doc.entities}
    # the rules' owner first, then the other organisations and places of the sentences before the figure
    assert names[ids[0]] == "Alfa Bud" and {"Gamma Serwis", "Lisowo"} <= {names[i] for i in ids}
    feats = dict(cands.figure_owners[k])
    assert {"rules", "jobs|rules", "top_org", "sub=company"} <= set(feats[ids[0]])
    seller = next(i for i in ids if names[i] == "Gamma Serwis")
    assert {"other", "jobs|other", "sents_back=1"} <= set(feats[seller]) and "rules" not in feats[seller]
    town = next(i for i in ids if names[i] == "Lisowo")
    assert "type=place" in feats[town]


def test_a_figure_of_one_owner_has_no_candidates() -> None:
    doc = rules_doc(Document(doc_id="t", text="Spółka Alfa Bud zatrudni 120 osób."))
    assert doc.figures and featurize(doc).figure_owners == [[]]


BUYERS = ("Alfa Bud", "Beta Tech", "Delta Stal", "Epsilon Met", "Kappa Drew", "Lambda Plast", "Omega Tor")
SELLERS = ("Gamma Serwis", "Sigma Grunt", "Tau Invest", "Zeta Agro", "Theta Rol", "Iota Dom", "Mi Teren")
TOWNS = ("Lisowie", "Borowie", "Dębnicy", "Olszance", "Jaworzu", "Kamionce", "Sosnowie")


def test_a_model_trained_on_a_gold_folder_moves_the_owner(tmp_path: Path) -> None:
    """A synthetic gold folder whose annotators give the jobs of a plant on a bought plot to the seller: trained
    on it, the owner decision is used and moves the figure; with it off the figure stays with the rules' owner."""
    for n, (buyer, seller, town) in enumerate(zip(BUYERS, SELLERS, TOWNS, strict=True)):
        text = (
            f"Spółka {buyer} kupiła od firmy {seller} działkę w {town}. Zakład zatrudni {100 + 10 * n} osób."
        )
        (tmp_path / f"f{n:02}.txt").write_text(text, encoding="utf-8")
        rec = to_record(rules_doc(Document(doc_id=f"f{n:02}", text=text)))
        ents = [{k: e[k] for k in ("id", "type", "name")} for e in rec["entities"]]
        seller_id = next(e["id"] for e in ents if seller in e["name"])
        assert buyer in _owner_of(rec, "jobs")  # the rules' owner: the buyer, the clause's subject
        figs = [{**f, "entity": seller_id} if f["metric"] == "jobs" else f for f in rec["figures"]]
        gold = {"entities": ents, "events": [], "figures": figs, "sectors": []}
        (tmp_path / f"f{n:02}.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    docs = load_gold([tmp_path])
    model, report = fit_model(docs)
    r = report[OWNER_DECISION]
    assert r["rules_wrong"] == r["fixable"] == len(BUYERS)
    assert r["fixes"] > r["breaks"] and r["model_f1"] > r["rules_f1"]
    owner = model.decisions[OWNER_DECISION]
    assert owner.enabled
    assert SELLERS[0] in _owner_of(apply(docs[0], model), "jobs")
    owner.enabled = False
    assert BUYERS[0] in _owner_of(apply(docs[0], model), "jobs")


OFF = Model({OWNER_DECISION: Decision(bias=0.0, weights={"other": 5.0, "rules": -5.0}, enabled=False)})


def test_with_the_decision_off_the_record_is_the_rules_byte_for_byte(tmp_path: Path, monkeypatch) -> None:
    from kooperacja.extract import extract
    from kooperacja.learn.model import MODEL_DIR_ENV, _model_at, default_model_path

    doc = rules_doc(Document(doc_id="t", text=SOLD))
    cands = featurize(doc, OFF)
    assert cands.figure_owners == []  # nothing is computed for a decision that is off
    assert decide(doc, cands, OFF) == decide(doc, featurize(doc), OFF)
    plain = json.dumps(extract(SOLD, doc_id="t"), sort_keys=True)
    # through `extract`, with a model folder of the shipped model whose owner decision is off, then on
    shipped = json.loads(default_model_path("pl").read_text(encoding="utf-8"))
    for enabled in (False, True):
        dec = {"bias": 0.0, "weights": {"other": 5.0, "rules": -5.0}, "margin": 0.0, "enabled": enabled}
        model = {**shipped, "choices": {OWNER_DECISION: dec}}
        (tmp_path / "confidence-pl.json").write_text(json.dumps(model), encoding="utf-8")
        monkeypatch.setenv(MODEL_DIR_ENV, str(tmp_path))
        _model_at.cache_clear()
        rec = extract(SOLD, doc_id="t")
        monkeypatch.delenv(MODEL_DIR_ENV)
        if enabled:
            assert _owner_of(rec, "jobs") != "Alfa Bud"
        else:
            assert json.dumps(rec, sort_keys=True) == plain
    _model_at.cache_clear()
