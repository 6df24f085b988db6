"""Cross-document event resolution: same type, overlapping participants, compatible dates."""

from __future__ import annotations

from kooperacja.resolve.dates import compatible
from kooperacja.resolve.model import Catalog, EventCandidate
from kooperacja.resolve.names import norm

MIN_JACCARD = 0.5


def jaccard(a: set[int], b: set[int]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


def resolve_event(
    etype: str,
    date: str | None,
    name: str | None,
    participants: set[int],
    doc_pk: int,
    cat: Catalog,
    prefer: list[int] | None = None,
) -> tuple[int | None, str, str]:
    """(stored event id or None, rule, reason). `prefer`: events of a near-duplicate's original,
    to which an event of the same type is attached whatever its date."""
    if prefer:
        cands = [c for c in cat.events_with(participants, etype) if c.id in prefer] if participants else []
        if cands:
            c = max(cands, key=lambda c: (jaccard(c.participants, participants), -c.id))
            return c.id, "near_duplicate", f"the same story as a source of event {c.id} (near-duplicate text)"
    best: EventCandidate | None = None
    best_score = 0.0
    for c in cat.events_with(participants, etype) if participants else []:
        if doc_pk in c.doc_pks:
            continue  # two events of one document are two events
        j = jaccard(c.participants, participants)
        inside = c.participants <= participants or participants <= c.participants
        if date and c.date:
            if not compatible(date, c.date) or not (j >= MIN_JACCARD or inside):
                continue
        elif not date and not c.date:
            if not (j == 1.0 and len(participants) >= 2):
                continue
        else:
            continue
        if j > best_score:
            best, best_score = c, j
    if best is not None:
        return (
            best.id,
            "event_overlap",
            f"same type {etype}, participants overlap {best_score:.2f}, dates {date or '-'} ~ {best.date or '-'}",
        )
    if name:
        for c in cat.events_named(etype, norm(name)):
            if doc_pk in c.doc_pks:
                continue
            if (date and c.date and compatible(date, c.date)) or (not date and not c.date):
                return c.id, "event_name", f"same name '{name}' and compatible dates"
    return None, "new", "no stored event of this type with these participants and date"
