"""Partner recommendations: organisations not yet partnered, scored by shared sectors, common partners
(Adamic–Adar) and region, with the reasons listed. Links are weighed by the learned confidence of the events
and participations they come from (1 where a record carries none): a doubtful event counts for less."""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from typing import Any

W_SECTORS = 1.0
W_ADAMIC_ADAR = 0.6
W_SAME_REGION = 0.15
W_COMPLEMENT = 0.1


def recommend_partners(store: Any, entity_id: int, k: int = 10) -> list[dict[str, Any]]:
    db = store.db
    eid = int(entity_id)
    me = db.one("SELECT id, type, country FROM entities WHERE id = ?", (eid,))
    if me is None:
        return []
    partners: dict[int, set[int]] = defaultdict(set)
    sectors: dict[int, Counter] = defaultdict(Counter)
    info: dict[int, tuple] = {}
    by_event: dict[int, set[int]] = defaultdict(set)
    weight: dict[tuple[int, int], float] = {}  # (event, organisation) -> confidence of the participation
    import json

    for ev, ent, secs, ev_conf, p_conf in db.all(
        "SELECT p.event_id, p.entity_id, ev.sectors, ev.confidence, p.confidence FROM participants p "
        "JOIN events ev ON ev.id = p.event_id JOIN entities e ON e.id = p.entity_id WHERE e.type = 'organization'"
    ):
        by_event[ev].add(ent)
        w = (1.0 if ev_conf is None else float(ev_conf)) * (1.0 if p_conf is None else float(p_conf))
        weight[ev, ent] = max(weight.get((ev, ent), 0.0), w)
        for s in json.loads(secs or "[]"):
            sectors[ent][s] += w
    # the sectors of the documents that name an organisation count too: a zone described as automotive in
    # articles is a candidate for automotive partners even before it shares an event
    for ent, secs in db.all(
        "SELECT de.entity_id, d.sectors FROM doc_entities de JOIN documents d ON d.id = de.doc_pk "
        "WHERE de.type = 'organization'"
    ):
        sectors[ent].update(json.loads(secs or "[]"))
    link: dict[tuple[int, int], float] = {}  # (a, b) -> the most confident event they share
    for ev, members in by_event.items():
        for a in members:
            partners[a] |= members - {a}
            for b in members - {a}:
                w = weight[ev, a] * weight[ev, b]
                if w > link.get((a, b), -1.0):
                    link[a, b] = w
    for r in db.all("SELECT id, name, subtype, country FROM entities WHERE type = 'organization'"):
        info[r[0]] = r
    mine = partners.get(eid, set())
    my_sectors = set(sectors.get(eid, {}))
    my_country = me[2]
    out = []
    for cand, secs in sectors.items():
        if cand == eid or cand in mine or cand not in info:
            continue
        reasons = []
        cand_sectors = set(secs)
        shared = sorted(my_sectors & cand_sectors)
        union = my_sectors | cand_sectors
        s_sect = len(shared) / len(union) if union else 0.0
        if shared:
            reasons.append(f"shared sectors: {', '.join(shared)}")
        common = sorted(mine & partners.get(cand, set()))
        aa = sum(
            link.get((eid, z), 1.0) * link.get((cand, z), 1.0) / math.log(len(partners[z]))
            for z in common
            if len(partners[z]) > 1
        )
        if common:
            names = [info[z][1] for z in common[:3] if z in info]
            reasons.append(f"{len(common)} common partner(s): {', '.join(names)}")
        country = info[cand][3]
        s_region = 0.0
        if my_country and country == my_country:
            s_region = W_SAME_REGION
            reasons.append(f"same country ({country})")
        elif my_country and country and shared:
            s_region = W_COMPLEMENT
            reasons.append(f"complementary region ({country}) in shared sectors")
        score = W_SECTORS * s_sect + W_ADAMIC_ADAR * aa + s_region
        if score <= 0:
            continue
        out.append(
            {
                "id": cand,
                "name": info[cand][1],
                "subtype": info[cand][2],
                "country": country,
                "score": round(score, 4),
                "shared_sectors": shared,
                "common_partners": common,
                "reasons": reasons,
            }
        )
    out.sort(key=lambda r: (-r["score"], r["name"]))
    return out[:k]
