"""The learned keep-or-drop of sectors (learn/sector_features.py, off): candidates and their cross-validation."""

from __future__ import annotations

from kooperacja.documents.model import Document
from kooperacja.extract.pipeline import default_pipeline
from kooperacja.learn.sector_features import SectorDoc, cross_validate, prf, sector_candidates

TEXT = (
    "Mazowiecki Klaster Lotniczy podpisał w Radomiu umowę o współpracy ze spółką Betamet z Kielc. "
    "Obie strony rozwiną wspólnie produkcję części dla przemysłu lotniczego i nowy program nauczania dla absolwentów."
)


def test_a_sector_candidate_carries_its_hits_and_where_they_sit() -> None:
    doc = default_pipeline("pl").make_doc(Document(doc_id="t1", text=TEXT, published="2024-05-01", lang="pl"))
    cands = dict(sector_candidates(doc))
    assert set(cands) == {"aerospace", "research_education"}
    aero = cands["aerospace"]
    assert "n=2" in aero and "outside_names" in aero and "in=organization/cluster" in aero
    assert "event_sentence" in aero and "lead" in aero
    edu = cands["research_education"]
    assert "n=2" in edu and "term=absolwent" in edu and "all_in_names" not in edu


def test_the_cross_validation_scores_the_rules_and_the_model_by_document() -> None:
    good, bad = ["sec=energy", "outside_names"], ["sec=tourism", "all_in_names"]
    docs = [
        SectorDoc(f"d{n}", frozenset({"energy"}), [("energy", good), ("tourism", bad)]) for n in range(10)
    ]
    assert prf(docs, [[True, True]] * 10) == (0.5, 1.0, 0.667)
    out = cross_validate(docs)
    assert out["rules"] == (0.5, 1.0, 0.667)
    assert out["model>=0.5"] == (1.0, 1.0, 1.0)  # the names-only sector is learned as a drop
