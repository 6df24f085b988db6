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
    if doc.title:
        record["title"] = doc.title
    if doc.url:
        record["url"] = doc.url
    return record
