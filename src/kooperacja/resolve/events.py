"""Cross-document event resolution: a merge score over type, participants, dates, name and place.

Two reports tell of one happening when their events score at least `THRESHOLD`:

    score = type affinity × (0.55 × participants + 0.3 × dates) + name + place

- type affinity (`type_affinity`): the same type 1.0. A signing is typed by what each report calls
  the document: "list intencyjny" (letter_of_intent), "porozumienie"/"umowa"/"memorandum"
  (agreement) or, when a report only says that the parties "rozpoczęły współpracę", cooperation.
  So agreement ~ letter_of_intent 0.85 (one signed document, named differently: a letter of intent
  is often reported as a cooperation agreement) and cooperation ~ either 0.7 (a report of a
  signing that names no document). investment ~ founding 0.7 (a plant or centre "set up" is also
  "opened/built"). Nothing else mixes: a visit is no conference, a founding no agreement.
- participants (`participant_affinity`): resolved entity ids. The overlap coefficient
  |A ∩ B| / min(|A|, |B|) (reports list subsets of a multilateral signing) scaled by
  0.6 + 0.4 × Jaccard (one shared party of two bilateral agreements is weak). No shared participant
  gives no participant evidence; only an equal event name can then join two events.
- dates (`kooperacja.resolve.dates.affinity`): explicit dates that differ (different day, month or
  year) veto the merge; same day 1.0, a day within a range/month/year 0.8/0.6/0.35; a missing
  date is compatible at a lower score, its report's publication date standing in for it.
- name: equal names +0.35, similar +0.1, different -0.2; different years written in the names veto.
- place: the same place +0.1, different places -0.1 (a city and its country are different ids).

`THRESHOLD` 0.58 is set so that the same parties with a compatible date merge, the same two or more
parties with no dates at all merge, a subset of the parties merges when the dates agree, and one
shared party of two otherwise different sets never merges on its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kooperacja.resolve import dates
from kooperacja.resolve.model import Catalog, EventCandidate
from kooperacja.resolve.names import norm

THRESHOLD = 0.58
MIN_JACCARD = 0.5  # kept for callers of the former rule

_SIGNING = ("agreement", "letter_of_intent", "cooperation")
_AFFINITY: dict[frozenset[str], float] = {
    frozenset(("agreement", "letter_of_intent")): 0.85,
    frozenset(("agreement", "cooperation")): 0.7,
    frozenset(("letter_of_intent", "cooperation")): 0.7,
    frozenset(("investment", "founding")): 0.7,
}
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def jaccard(a: set[int], b: set[int]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


def type_affinity(a: str, b: str) -> float | None:
    """1.0 for the same type, less for types that reports give the same happening, None otherwise."""
    if a == b:
        return 1.0
    return _AFFINITY.get(frozenset((a, b)))


def compatible_types(etype: str) -> list[str]:
    """`etype` first, then the types an event of it may be stored under."""
    return [etype, *sorted(t for pair in _AFFINITY if etype in pair for t in pair if t != etype)]


def participant_affinity(a: set[int], b: set[int]) -> tuple[float, str]:
    shared = a & b
    if not shared:
        return 0.0, "no shared participant"
    oc = len(shared) / min(len(a), len(b))
    j = jaccard(a, b)
    return oc * (0.6 + 0.4 * j), f"{len(shared)} shared of {len(a)}/{len(b)} participants"


def name_affinity(a: str | None, b: str | None) -> tuple[float | None, str]:
    """Bonus for event names: None when the names carry different years (IABM 2022 vs IABM 2023)."""
    if not a or not b:
        return 0.0, ""
    na, nb = norm(a), norm(b)
    ya, yb = set(_YEAR.findall(na)), set(_YEAR.findall(nb))
    if ya and yb and not ya & yb:
        return None, f"names '{a}' and '{b}' carry different years"
    if na == nb:
        return 0.35, f"same name '{a}'"
    ta, tb = set(na.split()), set(nb.split())
    j = len(ta & tb) / len(ta | tb) if ta | tb else 0.0
    if j >= 0.5 or (min(len(ta), len(tb)) >= 2 and (ta <= tb or tb <= ta)):
        return 0.1, f"similar names '{a}' ~ '{b}'"
    return -0.2, f"different names '{a}' / '{b}'"


def place_affinity(a: int | None, b: int | None) -> tuple[float, str]:
    if a is None or b is None:
        return 0.0, ""
    return (0.1, "same place") if a == b else (-0.1, "different places")


@dataclass
class Match:
    score: float
    rule: str  # event_overlap | event_name | near_duplicate
    reason: str


def _published(e: EventCandidate) -> str | None:
    """The earliest publication date of an event's reports (the closest to the happening)."""
    vals = sorted(p for p in e.published if dates.interval(p))
    return vals[0] if vals else None


def score_events(a: EventCandidate, b: EventCandidate) -> Match | None:
    """The merge score of two events and why; None when something rules the merge out (types that
    never mix, different explicit dates, different years in names, no shared participant and no
    equal name)."""
    ta = type_affinity(a.type, b.type)
    if ta is None:
        return None
    ds, dwhy = dates.affinity(a.date, b.date, _published(a), _published(b))
    if ds is None:
        return None
    ns, nwhy = name_affinity(a.name, b.name)
    if ns is None:
        return None
    ps, pwhy = participant_affinity(a.participants, b.participants)
    ls, lwhy = place_affinity(a.place, b.place)
    types = a.type if a.type == b.type else f"{a.type}~{b.type}"
    if ps == 0.0:
        # no shared participant: only the same (specific) name with agreeing dates
        if ns >= 0.35 and ds >= 0.2 and len(norm(a.name or "").split()) >= 2:
            why = [f"type {types}", nwhy, dwhy, lwhy]
            return Match(0.3 + ds * 0.3 + ls, "event_name", ", ".join(w for w in why if w))
        return None
    score = ta * (0.55 * ps + 0.3 * ds) + ns + ls
    why = [f"score {score:.2f}", f"type {types}", f"{pwhy} ({ps:.2f})", f"{dwhy} ({ds:.2f})", nwhy, lwhy]
    return Match(score, "event_overlap", ", ".join(w for w in why if w))


def same_event(a: EventCandidate, b: EventCandidate) -> Match | None:
    """The match when two stored events are one happening (for re-checking events after an entity
    merge); never two events of one document."""
    if a.doc_pks & b.doc_pks:
        return None
    m = score_events(a, b)
    return m if m is not None and (m.rule == "event_name" or m.score >= THRESHOLD) else None


def _candidates(etype: str, participants: set[int], name: str | None, cat: Catalog) -> list[EventCandidate]:
    seen: dict[int, EventCandidate] = {}
    for t in compatible_types(etype):
        if participants:
            for c in cat.events_with(participants, t):
                seen.setdefault(c.id, c)
        if name:
            for c in cat.events_named(t, norm(name)):
                seen.setdefault(c.id, c)
    return sorted(seen.values(), key=lambda c: c.id)


def _near_duplicate(
    new: EventCandidate, prefer: list[int], cat: Catalog, cands: list[EventCandidate]
) -> tuple[int, str, str] | None:
    """An event of a near-duplicate's original: the same story told by the same text, so the same
    (or a compatible) type whose date does not contradict is enough."""
    fetch = getattr(cat, "events_by_id", None)
    pool = fetch(prefer) if fetch is not None else [c for c in cands if c.id in prefer]
    best: tuple[tuple, EventCandidate] | None = None
    for c in pool:
        if c.id not in prefer or new.doc_pks & c.doc_pks:
            continue
        ta = type_affinity(new.type, c.type)
        ds, _ = dates.affinity(new.date, c.date)
        if ta is None or (new.date and c.date and ds is None):
            continue
        ps, _ = participant_affinity(new.participants, c.participants)
        ns, _ = name_affinity(new.name, c.name)
        if ns is None:
            continue
        key = (ta, ps, ns, -c.id)
        if best is None or key > best[0]:
            best = (key, c)
    if best is None:
        return None
    c = best[1]
    return c.id, "near_duplicate", f"the same story as a source of event {c.id} (near-duplicate text)"


def resolve_event(
    etype: str,
    date: str | None,
    name: str | None,
    participants: set[int],
    doc_pk: int,
    cat: Catalog,
    prefer: list[int] | None = None,
    place: int | None = None,
    published: str | None = None,
) -> tuple[int | None, str, str]:
    """(stored event id or None, rule, reason). `prefer`: events of a near-duplicate's original,
    to which an event of a compatible type is attached unless its date contradicts; `place`: the
    event's resolved place id; `published`: its document's publication date (stands in for a
    missing event date)."""
    new = EventCandidate(
        0, etype, date, name, set(participants), {doc_pk}, place, {published} if published else set()
    )
    cands = _candidates(etype, new.participants, name, cat)
    if prefer:
        hit = _near_duplicate(new, prefer, cat, cands)
        if hit is not None:
            return hit
    best: tuple[float, EventCandidate, Match] | None = None
    for c in cands:
        m = same_event(new, c)
        if m is None:
            continue
        s = m.score + (0.01 if c.type == etype else 0.0)
        if best is None or s > best[0]:
            best = (s, c, m)
    if best is not None:
        _, c, m = best
        return c.id, m.rule, f"{m.reason} (event {c.id}, {c.date or 'no date'})"
    return None, "new", "no stored event of a compatible type with these participants, date or name"
