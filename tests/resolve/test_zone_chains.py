"""No chain of merges joins two special economic zones (the 100k-document failure of issue 14):
generated records name the 14 zones of the gazetteer by their names, short forms and acronyms, one in
six with an alias of another zone (a misreading) and one in three with a second zone beside it."""

from __future__ import annotations

import random
from pathlib import Path

from kooperacja.resolve.guard import zone_of
from kooperacja.store import open_store
from kooperacja.text.gazetteer_data import load_economic_zones


def test_no_entity_holds_two_zones(tmp_path: Path) -> None:
    zones = load_economic_zones()
    rnd = random.Random(11)
    records = []
    for i in range(400):
        z = rnd.choice(zones)
        names = [z.name, *z.aliases]
        name = rnd.choice(names)
        aliases = [a for a in names if a != name and rnd.random() < 0.5]
        if rnd.random() < 0.15:
            other = rnd.choice(zones)
            aliases.append(rnd.choice([other.name, *other.aliases]))
        ents = [
            {"id": "e1", "type": "organization", "subtype": "economic_zone", "name": name, "aliases": aliases}
        ]
        if rnd.random() < 0.3:
            other = rnd.choice(zones)
            ents.append(
                {
                    "id": "e2",
                    "type": "organization",
                    "subtype": "economic_zone",
                    "name": rnd.choice([other.name, *other.aliases]),
                    "aliases": [],
                }
            )
        records.append({"doc_id": f"z{i}", "published": "2024-01-01", "entities": ents, "events": []})
    store = open_store(str(tmp_path / "zones.db"))
    try:
        assert store.ingest_records(records)["failed"] == 0
        mixed = []
        for eid, name in store.db.all("SELECT id, name FROM entities"):
            seen = {
                zone_of(n)
                for (n,) in store.db.all("SELECT name FROM doc_entities WHERE entity_id = ?", (eid,))
            }
            if len(seen - {None}) > 1:
                mixed.append((name, sorted(seen - {None})))
        assert mixed == []
        # and the zones are not shattered either: about one entity per zone
        assert store.db.scalar("SELECT COUNT(*) FROM entities") <= 2 * len(zones)
    finally:
        store.close()
