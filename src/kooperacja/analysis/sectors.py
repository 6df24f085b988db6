"""Sector profiles: how often each sector appears in the events of an organisation or a region."""

from __future__ import annotations

import json
from collections import Counter
from typing import Any


def sector_profile(store: Any, entity_id: int | None = None, region: str | None = None) -> dict[str, int]:
    """{sector: events} for one entity's events, or for events in a region (country code or place name)."""
    db = store.db
    if entity_id is not None:
        rows = db.all(
            "SELECT DISTINCT ev.id, ev.sectors FROM participants p JOIN events ev ON ev.id = p.event_id "
            "WHERE p.entity_id = ?",
            (int(entity_id),),
        )
    elif region:
        from kooperacja.analysis.network import _event_filter

        where, params = _event_filter(store, None, None, None, None, region)
        rows = db.all(f"SELECT ev.id, ev.sectors FROM events ev WHERE {' AND '.join(where)}", params)
    else:
        rows = db.all("SELECT ev.id, ev.sectors FROM events ev")
    counts: Counter = Counter()
    for _id, secs in rows:
        counts.update(json.loads(secs or "[]"))
    return dict(counts.most_common())
