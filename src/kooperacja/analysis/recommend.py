"""Partner recommendations: organisations not yet partnered, scored by shared sectors, common partners
(Adamic–Adar) and region, with reasons that cite the past events behind them.

Never suggested: media (`data/pl/media_words.tsv`), organisations that only grant awards, names that are
countries or regions, and the organisation's own other names (a shared alias, or one name inside the
other). Links are weighed by the learned confidence of the events and participations they come from (1
where a record carries none): a doubtful event counts for less."""

from __future__ import annotations

import json
import math
from collections import Counter, defaultdict
from typing import Any

from kooperacja.extract.media import is_medium
from kooperacja.resolve.names import fold

W_SECTORS = 1.0
W_ADAMIC_ADAR = 0.6
W_SAME_REGION = 0.15
W_COMPLEMENT = 0.1


def is_media(name: str) -> bool:
    """A medium's name (the extractor's test: `extract.media.is_medium`)."""
    return is_medium(name, "pl")


def _is_place_name(name: str) -> bool:
    from kooperacja.store.regions import _gazetteer

    return fold(name.strip()) in _gazetteer()[2]


def partner_graph(store: Any) -> dict[str, Any]:
    """What every recommendation reads from the whole graph (built once; the web app keeps it until the
    data changes): each organisation's partners, sectors and roles, the latest and the most confident
    link of each pair, the organisations never suggested."""
    db = store.db
    partners: dict[int, set[int]] = defaultdict(set)
    sectors: dict[int, Counter] = defaultdict(Counter)
    info: dict[int, tuple] = {}
    by_event: dict[int, set[int]] = defaultdict(set)
    event_info: dict[int, tuple[str, str | None]] = {}
    roles: dict[int, Counter] = defaultdict(Counter)
    sector_event: dict[tuple[int, str], int] = {}
    weight: dict[tuple[int, int], float] = {}  # (event, organisation) -> confidence of the participation
    parsed: dict[str | None, list[str]] = {}  # the few distinct sector lists, parsed once
    for ev, ent, secs, etype, date, role, ev_conf, p_conf in db.all(
        "SELECT p.event_id, p.entity_id, ev.sectors, ev.type, ev.date, p.role, ev.confidence, p.confidence "
        "FROM participants p JOIN events ev ON ev.id = p.event_id JOIN entities e ON e.id = p.entity_id "
        "WHERE e.type = 'organization'"
    ):
        by_event[ev].add(ent)
        event_info[ev] = (etype, date)
        roles[ent][
            "grantor" if role == "grantor" or (etype == "award" and role != "recipient") else "other"
        ] += 1
        w = (1.0 if ev_conf is None else float(ev_conf)) * (1.0 if p_conf is None else float(p_conf))
        weight[ev, ent] = max(weight.get((ev, ent), 0.0), w)
        codes = parsed.get(secs)
        if codes is None:
            codes = parsed[secs] = json.loads(secs or "[]")
        for sec in codes:
            sectors[ent][sec] += w
            sector_event.setdefault((ent, sec), ev)
    # the sectors of the documents that name an organisation count too: a zone described as automotive in
    # articles is a candidate for automotive partners even before it shares an event
    for ent, secs in db.all(
        "SELECT de.entity_id, d.sectors FROM doc_entities de JOIN documents d ON d.id = de.doc_pk "
        "WHERE de.type = 'organization'"
    ):
        codes = parsed.get(secs)
        if codes is None:
            codes = parsed[secs] = json.loads(secs or "[]")
        sectors[ent].update(codes)
    link: dict[tuple[int, int], int] = {}  # (a, b) -> their latest shared event (cited in reasons)
    strength: dict[tuple[int, int], float] = {}  # (a, b) -> the confidence of their most confident one
    for ev in sorted(by_event, key=lambda e: event_info[e][1] or "", reverse=True):
        members = by_event[ev]
        for a in members:
            partners[a] |= members - {a}
            for b in members:
                if a != b:
                    link.setdefault((a, b), ev)
                    w = weight[ev, a] * weight[ev, b]
                    if w > strength.get((a, b), -1.0):
                        strength[a, b] = w
    for r in db.all("SELECT id, name, subtype, country, norm FROM entities WHERE type = 'organization'"):
        info[r[0]] = r
    # media, award grantors and place names are neither candidates nor common partners (an award from a
    # newspaper makes nobody a partner of its other laureates)
    never = {
        o
        for o, r in info.items()
        if is_media(r[1]) or _is_place_name(r[1]) or (roles[o]["grantor"] and not roles[o]["other"])
    }
    for o in list(partners):
        partners[o] -= never
    return {
        "partners": partners,
        "sectors": sectors,
        "info": info,
        "event_info": event_info,
        "sector_event": sector_event,
        "link": link,
        "strength": strength,
        "never": never,
    }


def recommend_partners(
    store: Any,
    entity_id: int,
    k: int = 10,
    kind: str | None = None,
    voivodeship: str | None = None,
    seats: dict[int, dict[str, Any]] | None = None,
    graph: dict[str, Any] | None = None,
) -> list[dict[str, Any]]:
    """The best `k` candidates for `entity_id` (optionally only of organisation subtype `kind`, or seated in
    the voivodeship `voivodeship`, a gazetteer id "pl-reg:PL-24"), each with its reasons and the events
    that support them. `graph`: what `partner_graph` gave for the same database (made here when None)."""
    db = store.db
    eid = int(entity_id)
    me = db.one("SELECT id, type, country, norm FROM entities WHERE id = ?", (eid,))
    if me is None:
        return []
    if voivodeship and seats is None:
        from kooperacja.analysis.seats import seats as find_seats

        seats = find_seats(store)
    g = partner_graph(store) if graph is None else graph
    partners, sectors, info = g["partners"], g["sectors"], g["info"]
    event_info, sector_event, link, strength = g["event_info"], g["sector_event"], g["link"], g["strength"]
    never = g["never"]
    my_norms = {me[3]} | {r[0] for r in db.all("SELECT norm FROM entity_aliases WHERE entity_id = ?", (eid,))}
    alias_owners: dict[str, set[int]] = defaultdict(set)
    for owner, norm in db.all(
        "SELECT entity_id, norm FROM entity_aliases WHERE kind IN ('name', 'alias', 'acronym') AND norm IN "
        f"{db.in_list(list(my_norms))}",
        list(my_norms),
    ):
        alias_owners[owner].add(norm)
    mine = partners.get(eid, set())
    my_sectors = set(sectors.get(eid, {}))
    my_country = me[2]

    def cite(ev: int) -> dict[str, Any]:
        etype, date = event_info[ev]
        return {"id": ev, "type": etype, "date": date, "url": f"/event/{ev}"}

    out = []
    for cand, secs in sectors.items():
        if cand == eid or cand in mine or cand not in info:
            continue
        name, subtype, country, norm = info[cand][1], info[cand][2], info[cand][3], info[cand][4]
        if kind and subtype != kind:
            continue
        if voivodeship and (seats or {}).get(cand, {}).get("voivodeship") != voivodeship:
            continue
        # not partners to suggest: media, award grantors, countries and regions, its own other names
        if cand in never:
            continue
        if (
            cand in alias_owners
            or norm in my_norms
            or (min(len(norm), len(me[3])) >= 8 and (norm in me[3] or me[3] in norm))
        ):
            continue
        reasons = []
        cand_sectors = set(secs)
        shared = sorted(my_sectors & cand_sectors)
        union = my_sectors | cand_sectors
        s_sect = len(shared) / len(union) if union else 0.0
        if shared:
            evs = [cite(sector_event[(cand, s)]) for s in shared[:3] if (cand, s) in sector_event]
            reasons.append(
                {
                    "kind": "sectors",
                    "text": f"shared sectors: {', '.join(shared)}",
                    "sectors": shared,
                    "events": evs,
                }
            )
        common = sorted(mine & partners.get(cand, set()))
        aa = sum(
            strength.get((eid, z), 1.0) * strength.get((cand, z), 1.0) / math.log(len(partners[z]))
            for z in common
            if len(partners[z]) > 1
        )
        for z in common[:3]:
            evs = [cite(e) for e in (link.get((eid, z)), link.get((cand, z))) if e is not None]
            reasons.append(
                {
                    "kind": "common_partner",
                    "text": f"common partner: {info[z][1]}",
                    "partner": {"id": z, "name": info[z][1], "url": f"/org/{z}"},
                    "events": evs,
                }
            )
        s_region = 0.0
        if my_country and country == my_country:
            s_region = W_SAME_REGION
            reasons.append(
                {
                    "kind": "same_country",
                    "text": f"same country ({country})",
                    "country": country,
                    "events": [],
                }
            )
        elif my_country and country and shared:
            s_region = W_COMPLEMENT
            reasons.append(
                {
                    "kind": "complementary_region",
                    "text": f"complementary region ({country}) in shared sectors",
                    "country": country,
                    "events": [],
                }
            )
        score = W_SECTORS * s_sect + W_ADAMIC_ADAR * aa + s_region
        if score <= 0:
            continue
        seat = (seats or {}).get(cand) or {}
        out.append(
            {
                "id": cand,
                "name": name,
                "subtype": subtype,
                "country": country,
                "url": f"/org/{cand}",
                "seat": seat.get("place"),
                "voivodeship": seat.get("voivodeship"),
                "score": round(score, 4),
                "shared_sectors": shared,
                "common_partners": common,
                "reasons": reasons,
            }
        )
    out.sort(key=lambda r: (-r["score"], r["name"]))
    return out[:k]
