"""The candidates a model never takes back (events the rules discard, participants they did not link) are
neither kept by the rules nor featurized where the model's decision for them is off, and the confidences of
everything else are the same as with them."""

from __future__ import annotations

from kooperacja.documents.model import Document
from kooperacja.extract.confidence import recall_mode
from kooperacja.extract.doc import Doc
from kooperacja.learn.model import Decision, Model, decide, featurize
from kooperacja.learn.train import rules_doc

# one party named for a signing (too few for an agreement: a candidate the rules discard), and a visit
TEXT = (
    "Spółka Przykładowa Alfa podpisała w marcu umowę o współpracy. "
    "Delegacja Miasta Borowo odwiedziła Izbę Handlową Beta w Lisowie, gdzie rozmawiano o eksporcie."
)

OFF = Model(
    {
        "event": Decision(bias=0.5, weights={"type=agreement": 1.0}, add_threshold=0.6, enabled=False),
        "participant": Decision(bias=0.5, add_threshold=0.6, enabled=False),
        "organization": Decision(bias=1.0),
    }
)
ON = Model(
    {
        "event": Decision(bias=0.5, weights={"type=agreement": 1.0}, add_threshold=0.6, enabled=True),
        "participant": Decision(bias=0.5, add_threshold=0.6, enabled=True),
        "organization": Decision(bias=1.0),
    }
)


def test_add_threshold_only_where_the_decision_is_in_use() -> None:
    assert not OFF.takes_back("event", None) and OFF.add_threshold("event", None) > 1.0
    assert ON.takes_back("event", None) and ON.add_threshold("event", None) == 0.6
    assert ON.add_threshold("event", 0.9) == 0.9  # a user's minimum above the model's
    assert not Model({}).takes_back("participant", 0.0)
    assert not Model({"event": Decision(enabled=True)}).takes_back("event", None)  # no add threshold


def test_candidates_left_out_where_never_taken_and_the_rest_unchanged() -> None:
    doc = rules_doc(Document(doc_id="t", text=TEXT))
    assert doc.event_candidates, "the lone party's signing is a candidate the rules discard"
    every = featurize(doc)
    assert every.extra_events and any(every.extra_parts)
    off = featurize(doc, OFF)
    assert off.extra_events == [] and off.extra_parts == [] and off.extra_part_feats == []
    n = len(doc.events)

    def weighted(feats: list[list[str]], decision: str, model: Model = OFF) -> list[list[str]]:
        """The features that carry a weight of the model's decision (the others add nothing to its sum)."""
        w = model.decisions[decision].weights if decision in model.decisions else {}
        return [[x for x in f if x in w] for f in feats]

    # with a model, the features it has weights for are all there (groups without a weight may be skipped)
    types = {e.id: e.type for e in doc.entities}
    for eid, f in off.entities.items():
        assert weighted([f], types[eid]) == weighted([every.entities[eid]], types[eid])
    assert weighted(off.events, "event") == weighted(every.events[:n], "event")
    # the record's items and confidences are the same with the candidates left out
    assert decide(doc, off, OFF) == decide(doc, every, OFF)
    on = featurize(doc, ON)
    assert on.extra_events == every.extra_events
    assert [weighted(ps, "participant", ON) for ps in on.extra_part_feats] == [
        weighted(ps, "participant", ON) for ps in every.extra_part_feats
    ]


def test_recall_mode_follows_the_shipped_models_take_back_decisions() -> None:
    from kooperacja.learn.model import default_model

    model = default_model("pl")
    assert model is not None
    doc = Doc(text="Tekst.", lang="pl")
    recall_mode(doc)
    assert doc.recall is (model.takes_back("event", None) or model.takes_back("organization", None))
