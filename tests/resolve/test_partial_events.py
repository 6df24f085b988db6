"""Partial events: a report that tells a happening without naming enough of its actors.

The extractor keeps such a happening apart from its events (`partial_events` of the record,
extract/event_coref.py); the store adds the report as a source of the one stored event it clearly
tells of and never makes an event of it (resolve/events.py `resolve_partial_event`). The texts are
written here."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kooperacja.documents.model import Document
from kooperacja.extract import extract_document
from kooperacja.store import open_store

NAMED = (
    "Klaster Lotniczy Podkarpacie i Stowarzyszenie Mechatronika Śląska podpisały list intencyjny "
    "o współpracy w dziedzinie produkcji części do samolotów podczas targów przemysłowych w Rzeszowie."
)
UNNAMED = (
    "Dwa klastry przemysłowe podpisały list intencyjny o współpracy w dziedzinie produkcji części "
    "do samolotów podczas targów przemysłowych w Rzeszowie."
)
OTHER = (
    "Trzy uczelnie podpisały list intencyjny w sprawie wspólnego kształcenia lekarzy weterynarii "
    "w nowym centrum dydaktycznym."
)


def _span(text: str, sentence: str) -> list[int]:
    start = text.index(sentence)
    return [start, start + len(sentence)]


def _named_record(doc_id: str, text: str) -> dict[str, Any]:
    return {
        "doc_id": doc_id,
        "lang": "pl",
        "published": "2024-04-10",
        "entities": [
            {"id": "e1", "type": "organization", "name": "Klaster Lotniczy Podkarpacie", "aliases": []},
            {"id": "e2", "type": "organization", "name": "Stowarzyszenie Mechatronika Śląska", "aliases": []},
        ],
        "events": [
            {
                "type": "letter_of_intent",
                "date": None,
                "participants": [{"entity": "e1", "role": "party"}, {"entity": "e2", "role": "party"}],
                "evidence": [_span(text, text)],
            }
        ],
    }


def _partial_record(doc_id: str, text: str, etype: str = "letter_of_intent") -> dict[str, Any]:
    return {
        "doc_id": doc_id,
        "lang": "pl",
        "published": "2024-04-11",
        "entities": [],
        "events": [],
        "partial_events": [
            {"type": etype, "date": None, "participants": [], "evidence": [_span(text, text)]}
        ],
    }


def _sources(store: Any) -> dict[str, set[int]]:
    out: dict[str, set[int]] = {}
    for doc_id, event_id in store.db.all(
        "SELECT d.doc_id, s.event_id FROM event_sources s JOIN documents d ON d.id = s.doc_pk"
    ):
        out.setdefault(doc_id, set()).add(int(event_id))
    return out


def test_extractor_keeps_an_actorless_signing_as_a_partial_event() -> None:
    rec = extract_document(Document("u1", UNNAMED, published="2024-04-11"))
    assert rec["events"] == []
    kinds = [p["type"] for p in rec.get("partial_events") or []]
    assert kinds == ["letter_of_intent"]
    assert rec["partial_events"][0]["participants"] == []
    # a document with a named signing carries no partial event of that kind
    named = extract_document(Document("n1", NAMED, published="2024-04-10"))
    assert [e["type"] for e in named["events"]] == ["letter_of_intent"]
    assert not [p for p in named.get("partial_events") or [] if p["type"] == "letter_of_intent"]


def test_actorless_report_joins_the_event_it_retells(tmp_path: Path) -> None:
    store = open_store(str(tmp_path / "k.db"))
    try:
        docs = [Document("a", NAMED), Document("b", UNNAMED), Document("c", OTHER)]
        store.ingest_records(
            [_named_record("a", NAMED), _partial_record("b", UNNAMED), _partial_record("c", OTHER)], docs
        )
        src = _sources(store)
        assert src["b"] == src["a"]  # the same wording, the same kind, no disagreeing date
        assert "c" not in src  # another happening: no event of its own, no false merge
        assert store.db.scalar("SELECT COUNT(*) FROM events") == 1
        rule, reason = store.db.one("SELECT rule, reason FROM merges WHERE kind = 'event' AND doc_id = 'b'")
        assert rule == "partial_event" and "no named party" in reason
    finally:
        store.close()


def test_partial_event_before_its_named_report_and_of_another_kind(tmp_path: Path) -> None:
    """The actorless report comes first: the end of the ingest tries it again and it joins; one of
    another kind stays out; none of them makes an event."""
    store = open_store(str(tmp_path / "k.db"))
    try:
        docs = [Document("b", UNNAMED), Document("a", NAMED), Document("v", UNNAMED)]
        store.ingest_records(
            [
                _partial_record("b", UNNAMED),
                _named_record("a", NAMED),
                _partial_record("v", UNNAMED, "visit"),
            ],
            docs,
        )
        src = _sources(store)
        assert src["b"] == src["a"]  # nothing stored when it came: joined at the second try
        assert "v" not in src  # a visit never joins a signing
        assert store.db.scalar("SELECT COUNT(*) FROM events") == 1
    finally:
        store.close()


def test_one_named_side_and_the_others_named_in_passing(tmp_path: Path) -> None:
    """ "We begin cooperation with the cluster" (one linked party, the other only named) joins the
    stored signing of those two around the report's publication; not a signing of other parties."""
    text = (
        "Rozpoczynamy współpracę z Klastrem Lotniczym Podkarpacie, powiedział prezes Stowarzyszenia "
        "Mechatronika Śląska."
    )
    rec = {
        "doc_id": "p",
        "lang": "pl",
        "published": "2024-04-12",
        "entities": [
            {"id": "e1", "type": "organization", "name": "Klaster Lotniczy Podkarpacie", "aliases": []},
            {"id": "e2", "type": "organization", "name": "Stowarzyszenie Mechatronika Śląska", "aliases": []},
        ],
        "events": [],
        "partial_events": [
            {
                "type": "cooperation",
                "date": None,
                "participants": [{"entity": "e1", "role": "party"}],
                "evidence": [_span(text, text)],
            }
        ],
    }
    far = {**rec, "doc_id": "q", "published": "2026-09-01"}
    store = open_store(str(tmp_path / "k.db"))
    try:
        named = _named_record("a", NAMED)
        named["events"][0]["date"] = "2024-04-09"
        store.ingest_records(
            [named, rec, far], [Document("a", NAMED), Document("p", text), Document("q", text)]
        )
        src = _sources(store)
        assert src["p"] == src["a"]
        assert "q" not in src  # published two years later: another happening
    finally:
        store.close()
