"""The extraction record (shared/spec/extraction.md) from an analysed `Doc`."""

from __future__ import annotations

from typing import Any

from kooperacja.extract.doc import Doc
from kooperacja.schema import EVENT_ROLES, EVENT_TYPES  # noqa: F401 - the record's vocabulary, re-exported


def to_record(doc: Doc) -> dict[str, Any]:
    from kooperacja.extract import EXTRACTOR_VERSION

    entities = []
    for ent in doc.entities:
        e: dict[str, Any] = {"id": ent.id, "type": ent.type, "name": ent.name}
        if ent.type != "person":
            e["subtype"] = ent.subtype
        e["aliases"] = ent.aliases
        if ent.type == "place":
            e["country"] = ent.country
        if ent.type == "person":
            e["roles"] = ent.roles
        e["mentions"] = [[doc.mentions[n].start, doc.mentions[n].end] for n in ent.mentions]
        if ent.confidence is not None:
            e["confidence"] = ent.confidence
        entities.append(e)
    record: dict[str, Any] = {
        "doc_id": doc.doc_id,
        "lang": doc.lang,
        "published": doc.published,
        "entities": entities,
        "events": doc.events,
        "figures": doc.figures,
        "sectors": doc.sectors,
        "extractor": EXTRACTOR_VERSION,
    }
    partial = _partial_events(doc, {e["id"] for e in entities})
    if partial:
        record["partial_events"] = partial
    if doc.title:
        record["title"] = doc.title
    if doc.url:
        record["url"] = doc.url
    return record


def _partial_events(doc: Doc, ids: set[str]) -> list[dict[str, Any]]:
    """The document's partial events (extract/event_coref.py) with only the entities the record keeps."""
    out = []
    for ev in doc.partial_events:
        parts = [p for p in ev.get("participants") or [] if p.get("entity") in ids]
        out.append(
            {**ev, "participants": parts, "place": ev.get("place") if ev.get("place") in ids else None}
        )
    return out
