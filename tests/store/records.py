"""Small invented press items and their records, written for these tests."""

from __future__ import annotations

from kooperacja.documents.model import Document

TEXT_A = (
    "Katowicka Specjalna Strefa Ekonomiczna S.A. podpisała 12 marca 2024 r. porozumienie o współpracy "
    "z Klastrem Wodorowym Śląsk. KSSE zapowiada wspólne projekty w strefie ekonomicznej w Gliwicach. "
    "Prezes Jan Nowak podkreślił, że inwestycje sięgną 300 mln zł."
)
TEXT_B = (
    "KSSE i Klaster Wodorowy Śląsk zawarły w marcu 2024 roku umowę partnerską. Strefa liczy na nowych "
    "inwestorów z branży energetycznej, a Katowice wspierają przedsięwzięcie."
)
TEXT_C = (
    "Krakowska Specjalna Strefa Ekonomiczna (KSSE) gościła 5 czerwca 2023 r. delegację z Bawarii. "
    "Goście z Monachium odwiedzili Kraków i park technologiczny."
)


def rec_a() -> dict:
    return {
        "doc_id": "a",
        "lang": "pl",
        "published": "2024-03-12",
        "extractor": "test-1",
        "entities": [
            {
                "id": "e1",
                "type": "organization",
                "subtype": "economic_zone",
                "name": "Katowicka Specjalna Strefa Ekonomiczna S.A.",
                "aliases": ["KSSE"],
                "mentions": [[0, 44], [118, 122]],
            },
            {
                "id": "e2",
                "type": "organization",
                "subtype": "cluster",
                "name": "Klaster Wodorowy Śląsk",
                "aliases": [],
            },
            {"id": "e3", "type": "place", "subtype": "city", "name": "Gliwice", "country": "PL"},
            {
                "id": "e4",
                "type": "person",
                "name": "Jan Nowak",
                "roles": [{"title": "prezes", "organization": "e1"}],
            },
        ],
        "events": [
            {
                "type": "agreement",
                "date": "2024-03-12",
                "place": "e3",
                "status": "done",
                "participants": [{"entity": "e1", "role": "party"}, {"entity": "e2", "role": "party"}],
                "sectors": ["energy"],
                "evidence": [[0, 117]],
            },
        ],
        "figures": [
            {"entity": "e1", "metric": "investment", "value": 300000000, "unit": "PLN", "qualifier": "exact"}
        ],
        "sectors": ["energy"],
    }


def rec_b() -> dict:
    return {
        "doc_id": "b",
        "lang": "pl",
        "published": "2024-03-20",
        "extractor": "test-1",
        "entities": [
            {"id": "e1", "type": "organization", "subtype": "economic_zone", "name": "KSSE", "aliases": []},
            {
                "id": "e2",
                "type": "organization",
                "subtype": "cluster",
                "name": "Klaster Wodorowy Śląsk",
                "aliases": [],
            },
            {"id": "e3", "type": "place", "subtype": "city", "name": "Katowice", "country": "PL"},
        ],
        "events": [
            {
                "type": "agreement",
                "date": "2024-03",
                "place": None,
                "participants": [{"entity": "e1", "role": "party"}, {"entity": "e2", "role": "party"}],
                "sectors": ["energy"],
            },
        ],
        "figures": [],
        "sectors": ["energy"],
    }


def rec_c() -> dict:
    return {
        "doc_id": "c",
        "lang": "pl",
        "published": "2023-06-05",
        "extractor": "test-1",
        "entities": [
            {
                "id": "e1",
                "type": "organization",
                "subtype": "economic_zone",
                "name": "Krakowska Specjalna Strefa Ekonomiczna",
                "aliases": ["KSSE"],
            },
            {"id": "e2", "type": "place", "subtype": "region", "name": "Bawaria", "country": "DE"},
            {"id": "e3", "type": "place", "subtype": "city", "name": "Kraków", "country": "PL"},
        ],
        "events": [
            {
                "type": "visit",
                "date": "2023-06-05",
                "place": "e3",
                "participants": [{"entity": "e2", "role": "visitor"}, {"entity": "e1", "role": "host"}],
                "sectors": [],
            },
        ],
        "figures": [],
        "sectors": [],
    }


def docs() -> dict[str, Document]:
    return {
        "a": Document(
            doc_id="a", text=TEXT_A, published="2024-03-12", title="KSSE i klaster wodorowy", source="a.txt"
        ),
        "b": Document(
            doc_id="b", text=TEXT_B, published="2024-03-20", title="Umowa partnerska", source="b.txt"
        ),
        "c": Document(
            doc_id="c", text=TEXT_C, published="2023-06-05", title="Delegacja z Bawarii", source="c.txt"
        ),
    }


# every table of the core schema with the columns that order its rows (for comparing databases)
CORE_TABLES = {
    "documents": "id",
    "doc_signatures": "doc_pk",
    "doc_bands": "doc_pk, band, bucket",
    "entities": "id",
    "entity_aliases": "entity_id, kind, norm",
    "doc_entities": "id",
    "mentions": "id",
    "roles": "id",
    "events": "id",
    "event_sectors": "event_id, sector",
    "event_sources": "id",
    "participants": "id",
    "figures": "id",
    "merges": "id",
    "corrections": "id",
    "search_rows": "id",
    "review_items": "id",
    "event_links": "id",
}
