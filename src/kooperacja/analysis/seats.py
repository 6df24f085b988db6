"""Where an organisation sits: a town, never a country, region or continent.

In order: the zone gazetteer (a special economic zone's seat), a town named in the organisation's name
("Urząd Miasta Gliwice", "Klaster … w Lublinie"), a town stated after it in a text ("… z siedzibą w
Rzeszowie", cues in `data/pl/seat_cues.tsv`). An organisation found by none of these has no seat: it
gets no marker on a map, and is counted as such."""

from __future__ import annotations

import re
from functools import cache
from itertools import product
from typing import Any

from kooperacja.data import read_tsv
from kooperacja.resolve.names import fold, strip_legal
from kooperacja.store.regions import ancestors

# Polish villages share names with common words: a town is taken from a name only above this size
MIN_POPULATION = 5000
_WORD = re.compile(r"\w[\w-]*")


@cache
def _towns() -> dict[tuple[str, ...], dict[str, Any]]:
    """Lower-case word sequence of a town's name or alias → the town (largest first on a clash)."""
    out: dict[tuple[str, ...], dict[str, Any]] = {}
    rows = [(r, "PL") for r in read_tsv("gazetteer/places_pl.tsv") if r["kind"] == "city"]
    rows += [(r, r["country"]) for r in read_tsv("gazetteer/places_world.tsv") if r["kind"] == "city"]
    for r, country in rows:
        pop = int(r["population"] or 0)
        if country == "PL" and pop < MIN_POPULATION:
            continue
        town = {
            "gazetteer_id": r["id"],
            "name": r["name"],
            "lat": float(r["lat"]),
            "lon": float(r["lon"]),
            "pop": pop,
            "abroad": country != "PL",
        }
        for n in (r["name"], *(a for a in r["aliases"].split("|") if a)):
            key = tuple(w.lower() for w in _WORD.findall(n))
            if key and (key not in out or out[key]["pop"] < pop):
                out[key] = town
    return out


@cache
def _zones() -> dict[str, dict[str, Any]]:
    """Folded full name (and unambiguous alias) of a zone → its seat."""
    rows = read_tsv("gazetteer/economic_zones.tsv")
    alias_count: dict[str, int] = {}
    for r in rows:
        for a in r["aliases"].split("|"):
            if a:
                alias_count[fold(a)] = alias_count.get(fold(a), 0) + 1
    towns = _towns()
    out = {}
    for r in rows:
        seat = towns.get(tuple(w.lower() for w in _WORD.findall(r["seat"])))
        info = {
            "gazetteer_id": seat["gazetteer_id"] if seat else None,
            "name": r["seat"],
            "lat": float(r["lat"]),
            "lon": float(r["lon"]),
            "zone": r["id"],
            "voivodeship": "pl-reg:" + r["admin1"] if r["admin1"] else None,
        }
        out[fold(r["name"])] = info
        for a in r["aliases"].split("|"):
            if a and alias_count.get(fold(a)) == 1 and len(a) > 4:
                out[fold(a)] = info
    return out


@cache
def _cues() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(r["cue"].split()) for r in read_tsv("pl/seat_cues.tsv") if r.get("cue"))


@cache
def _geo_lemmas(word: str) -> tuple[str, ...]:
    """The word as written (lower case) and its lemmas that the dictionary marks as geographic names."""
    out = [word.lower()]
    m = _morfeusz()
    if m is not None:
        for _s, _e, (_orth, lemma, _tag, quals, _l) in m.analyse(word):
            if "nazwa_geograficzna" in quals or "człon_nazwy_geograficznej" in quals:
                out.append(lemma.split(":", 1)[0].lower())
    return tuple(dict.fromkeys(out))


@cache
def _morfeusz() -> Any:
    try:
        import morfeusz2

        return morfeusz2.Morfeusz(expand_tags=False)
    except Exception:  # pragma: no cover - morfeusz2 is a dependency
        return None


def _town_in(words: list[str]) -> dict[str, Any] | None:
    """The first town named by a run of capitalised words (any inflection of a geographic name); a town
    abroad only after "w"/"we" ("Izba … w Wiesbaden"), so that "Study Tours" is no town."""
    towns = _towns()
    for i, w in enumerate(words):
        if not w[:1].isupper():
            continue
        after_w = i > 0 and words[i - 1].lower() in ("w", "we")
        for n in (3, 2, 1):
            seq = words[i : i + n]
            if len(seq) < n or not all(x[:1].isupper() for x in seq):
                continue
            found = [
                hit
                for key in product(*(_geo_lemmas(x) for x in seq))
                if (hit := towns.get(key)) and (not hit["abroad"] or after_w)
            ]
            if found:
                return max(found, key=lambda t: t["pop"])
    return None


def _with_voivodeship(town: dict[str, Any], how: str) -> dict[str, Any]:
    gid = town.get("gazetteer_id")
    voiv = town.get("voivodeship") or next((a for a in ancestors(gid) if a.startswith("pl-reg:")), None)
    return {
        "place": town["name"],
        "gazetteer_id": gid,
        "lat": town["lat"],
        "lon": town["lon"],
        "voivodeship": voiv,
        "how": how,
    }


def seats(store: Any) -> dict[int, dict[str, Any]]:
    """{organisation id: {place, gazetteer_id, lat, lon, voivodeship, how}} for the organisations whose
    seat is known (how: zone | name | text)."""
    db = store.db
    zones = _zones()
    out: dict[int, dict[str, Any]] = {}
    names: dict[int, list[str]] = {}
    for eid, name in db.all("SELECT id, name FROM entities WHERE type = 'organization'"):
        names[eid] = [name]
    for eid, alias in db.all(
        "SELECT a.entity_id, a.alias FROM entity_aliases a JOIN entities e ON e.id = a.entity_id "
        "WHERE e.type = 'organization' AND a.kind IN ('name', 'alias')"
    ):
        if eid in names:
            names[eid].append(alias)
    for eid, all_names in names.items():
        keys = [fold(n) for n in all_names] + [fold(strip_legal(n)) for n in all_names]
        zone = next((zones[k] for k in keys if k in zones), None)
        if zone:
            out[eid] = _with_voivodeship(zone, "zone")
            continue
        for n in all_names:
            words = _WORD.findall(n)
            town = _town_in(words) if len(words) > 1 else None
            if town:
                out[eid] = _with_voivodeship(town, "name")
                break
    _seats_from_text(db, out, store)
    return out


def _cue_documents(db: Any, store: Any, key_words: list[str]) -> list[tuple[int, str]]:
    """The documents that hold a cue's key word: through the full-text index of the documents (any
    inflection of the word), else by scanning the texts."""
    rows_sql = getattr(store, "_fts_rows_sql", None)
    if rows_sql is not None:
        from kooperacja.store.lemmas import query_groups

        group = sorted({lemma for w in key_words for g in query_groups(w) for lemma in g})
        if group:
            fts, params = rows_sql([group], "document")
            return db.all(
                "SELECT d.id, d.text FROM documents d "
                f"WHERE d.id IN (SELECT ref_id FROM search_rows WHERE id IN ({fts}))",
                params,
            )
    prefixes = sorted({w[:7] for w in key_words})
    like = " OR ".join("LOWER(d.text) LIKE ?" for _ in prefixes)
    return db.all(f"SELECT d.id, d.text FROM documents d WHERE {like}", [f"%{w}%" for w in prefixes])


def _seats_from_text(db: Any, out: dict[int, dict[str, Any]], store: Any = None) -> None:
    """ "<organisation> z siedzibą w <town>" in a document: the nearest organisation mention before the cue."""
    cues = _cues()
    if not cues:
        return
    # the documents to read: those holding a cue's longest word ("siedziba"; a short word such as "w"
    # would select every document)
    key_words = sorted({max(c, key=len) for c in cues})
    for doc_pk, text in _cue_documents(db, store, key_words):
        found = []
        for m in _WORD.finditer(text):
            found.append((m.start(), m.end(), m.group(0)))
        low = [w.lower() for _s, _e, w in found]
        hits = []
        for i in range(len(found)):
            for cue in cues:
                if tuple(low[i : i + len(cue)]) == cue:
                    town = _town_in([w for _s, _e, w in found[i + len(cue) : i + len(cue) + 3]][:3])
                    if town and found[i + len(cue)][2][:1].isupper():
                        hits.append((found[i][0], town))
                    break
        if not hits:
            continue
        mentions = db.all(
            "SELECT m.end_off, m.entity_id FROM mentions m JOIN entities e ON e.id = m.entity_id "
            "WHERE m.doc_pk = ? AND e.type = 'organization' ORDER BY m.end_off",
            (doc_pk,),
        )
        for pos, town in hits:
            before = [(end, eid) for end, eid in mentions if end <= pos and pos - end <= 120]
            if before:
                eid = before[-1][1]
                if eid not in out:
                    out[eid] = _with_voivodeship(town, "text")
