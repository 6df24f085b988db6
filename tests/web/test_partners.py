"""Partner suggestions (analysis/recommend.py) on a small store of made-up records: reasons cite events;
media, award grantors, place names and an organisation's own other names are never suggested."""

from __future__ import annotations

from pathlib import Path

from kooperacja.analysis import recommend_partners
from kooperacja.documents.model import Document
from kooperacja.store import open_store

from .corpus import ent, sentence


def _doc(doc_id: str, text: str, entities: list[dict], events: list[dict]) -> tuple[dict, Document]:
    record = {
        "doc_id": doc_id,
        "lang": "pl",
        "published": "2024-01-10",
        "entities": entities,
        "events": events,
        "figures": [],
        "sectors": ["energy"],
    }
    return record, Document(doc_id=doc_id, text=text, published="2024-01-10", lang="pl")


def _party(a: str, b: str, etype: str = "agreement") -> list[dict]:
    return [{"entity": a, "role": "party"}, {"entity": b, "role": "party"}]


def test_suggestions_leave_out_media_grantors_places_and_own_names(tmp_path: Path) -> None:
    pairs = []
    t = "Klaster Słońca Podhala podpisał porozumienie z firmą Wiatrak Sp. z o.o. w Nowym Targu."
    pairs.append(
        _doc(
            "p1",
            t,
            [
                ent(
                    t,
                    "e1",
                    "organization",
                    "Klaster Słońca Podhala",
                    ["Klaster Słońca Podhala"],
                    subtype="cluster",
                ),
                ent(t, "e2", "organization", "Wiatrak Sp. z o.o.", ["Wiatrak Sp. z o.o."], subtype="company"),
            ],
            [
                {
                    "type": "agreement",
                    "date": "2024-01-09",
                    "participants": _party("e1", "e2"),
                    "sectors": ["energy"],
                    "evidence": sentence(t, "porozumienie"),
                }
            ],
        )
    )
    t = "Firma Wiatrak Sp. z o.o. zawarła umowę z Fotowoltaika Tatry S.A. w sprawie magazynów energii."
    pairs.append(
        _doc(
            "p2",
            t,
            [
                ent(t, "e1", "organization", "Wiatrak Sp. z o.o.", ["Wiatrak Sp. z o.o."], subtype="company"),
                ent(
                    t,
                    "e2",
                    "organization",
                    "Fotowoltaika Tatry S.A.",
                    ["Fotowoltaika Tatry S.A."],
                    subtype="company",
                ),
            ],
            [
                {
                    "type": "agreement",
                    "date": "2023-11-20",
                    "participants": _party("e1", "e2"),
                    "sectors": ["energy"],
                    "evidence": sentence(t, "umowę"),
                }
            ],
        )
    )
    # an award given by a newspaper to two firms; a 'partner' named like a country; the cluster's old name
    t = (
        "Gazeta Energetyczna przyznała nagrodę firmom Fotowoltaika Tatry S.A. i Wiatrak Sp. z o.o. "
        "Delegacja Słowacja odwiedziła Stowarzyszenie Klaster Słońca Podhala, poprzednika klastra. "
        "Gazeta Energetyczna zorganizowała konferencję, na której Wiatrak Sp. z o.o. pokazał turbinę."
    )
    pairs.append(
        _doc(
            "p3",
            t,
            [
                ent(t, "e1", "organization", "Gazeta Energetyczna", ["Gazeta Energetyczna"], subtype="company"),
                ent(t, "e2", "organization", "Fotowoltaika Tatry S.A.", ["Fotowoltaika Tatry S.A."], subtype="company"),
                ent(t, "e3", "organization", "Wiatrak Sp. z o.o.", ["Wiatrak Sp. z o.o."], subtype="company"),
                ent(t, "e4", "organization", "Słowacja", ["Słowacja"], subtype="other"),
                ent(t, "e5", "organization", "Stowarzyszenie Klaster Słońca Podhala",
                    ["Stowarzyszenie Klaster Słońca Podhala"], subtype="cluster"),
            ],
            [
                {"type": "award", "date": "2023-06-01",
                 "participants": [{"entity": "e1", "role": "grantor"}, {"entity": "e2", "role": "recipient"},
                                  {"entity": "e3", "role": "recipient"}],
                 "sectors": ["energy"], "evidence": sentence(t, "nagrodę")},
                {"type": "visit", "date": "2023-07-01",
                 "participants": [{"entity": "e4", "role": "visitor"}, {"entity": "e5", "role": "host"}],
                 "sectors": ["energy"], "evidence": sentence(t, "odwiedziła")},
                {"type": "conference", "date": "2023-09-01",
                 "participants": [{"entity": "e1", "role": "organizer"}, {"entity": "e3", "role": "participant"}],
                 "sectors": ["energy"], "evidence": sentence(t, "zorganizowała")},
            ],
        )
    )  # fmt: skip
    store = open_store(str(tmp_path / "p.db"))
    try:
        summary = store.ingest_records([r for r, _ in pairs], {d.doc_id: d for _, d in pairs})
        assert summary.get("failed", 0) == 0
        me = store.find_entities("Klaster Słońca Podhala", type="organization")[0]["id"]
        recs = recommend_partners(store, me, k=20)
    finally:
        store.close()
    names = {r["name"] for r in recs}
    assert "Fotowoltaika Tatry S.A." in names  # a partner of its partner, in its sector
    assert "Gazeta Energetyczna" not in names  # a medium and an award grantor
    assert "Słowacja" not in names  # a country's name
    assert "Stowarzyszenie Klaster Słońca Podhala" not in names  # its own other name
    best = next(r for r in recs if r["name"] == "Fotowoltaika Tatry S.A.")
    common = [x for x in best["reasons"] if x["kind"] == "common_partner"]
    assert common and common[0]["partner"]["name"] == "Wiatrak Sp. z o.o."
    assert all(e["url"].startswith("/event/") for e in common[0]["events"]) and len(common[0]["events"]) == 2
