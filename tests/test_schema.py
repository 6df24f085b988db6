"""One vocabulary: the record's contract module is what every layer reads, and the pages label all of it."""

from __future__ import annotations

from kooperacja import schema
from kooperacja.data import read_tsv
from kooperacja.web import labels


def test_sector_codes_are_the_sector_table() -> None:
    codes = schema.sector_codes()
    assert codes and len(codes) == len(set(codes))
    assert codes == tuple(r["code"] for r in read_tsv("sectors.tsv") if r.get("code"))
    assert set(labels.sectors()) == set(codes)


def test_every_role_belongs_to_an_event_type() -> None:
    assert set(schema.EVENT_TYPES) == set(schema.EVENT_ROLES)
    assert set(schema.ROLES) == {r for roles in schema.EVENT_ROLES.values() for r in roles}
    assert set(schema.SIGNINGS) <= set(schema.EVENT_TYPES)


def test_the_pages_label_every_code_of_the_record() -> None:
    assert set(schema.EVENT_TYPES) <= set(labels.EVENT_TYPES)
    assert set(schema.ORG_SUBTYPES) | set(schema.PLACE_SUBTYPES) <= set(labels.SUBTYPES)
    assert set(schema.ROLES) == set(labels.ROLE_LABELS)
    assert set(schema.METRICS) == set(labels.METRICS)


def test_extracted_records_use_only_the_vocabulary() -> None:
    from kooperacja import extract

    text = (
        "Katowicka Specjalna Strefa Ekonomiczna podpisała 3 marca 2023 roku porozumienie o współpracy "
        "z Politechniką Śląską. Firma Nordkabel zainwestuje 40 mln zł w nowy zakład w Gliwicach."
    )
    rec = extract(text, doc_id="t", published="2023-03-04")
    assert rec["events"], rec
    for e in rec["entities"]:
        assert e["type"] in schema.ENTITY_TYPES
        if e["type"] == "organization":
            assert e["subtype"] in schema.ORG_SUBTYPES
    for ev in rec["events"]:
        assert ev["type"] in schema.EVENT_TYPES
        assert ev.get("status", "done") in schema.EVENT_STATUSES
        assert all(p["role"] in schema.EVENT_ROLES[ev["type"]] for p in ev["participants"])
    for f in rec["figures"]:
        assert f["metric"] in schema.METRICS
        assert f.get("qualifier", "exact") in schema.QUALIFIERS
    assert set(rec["sectors"]) <= set(schema.sector_codes())
