"""In-document merge: one event per happening (same type, shared participants, compatible dates), actorless
reports lending their date and place, one award per recipient and one investment per investor."""

from __future__ import annotations

from kooperacja.data.language_data import language_data
from kooperacja.extract.doc import Doc
from kooperacja.extract.event_dates import dates_compatible
from kooperacja.extract.event_draft import (
    PARTY_TYPES,
    Draft,
    enough,
)

_PER_ACTOR = {"award": "recipient", "investment": "investor"}


def split_per_actor(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """One award per recipient, one investment per investor (each keeps the other roles)."""
    out: list[Draft] = []
    for d in drafts:
        role = _PER_ACTOR.get(d.type)
        actors = [p for p in d.participants if p[1] == role] if role else []
        if len(actors) < 2:
            out.append(d)
            continue
        others = [p for p in d.participants if p[1] != role]
        for a in actors:
            out.append(
                Draft(
                    d.type,
                    d.sent,
                    [a, *others],
                    d.date,
                    d.place,
                    d.name,
                    d.status,
                    list(d.sents),
                    list(d.sectors),
                )
            )
    return out


def merge_drafts(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """One event per happening: same type (or cooperation inside an agreement) and shared participants."""
    complete = [d for d in drafts if enough(d, doc)]
    pending = [d for d in drafts if not enough(d, doc)]
    out: list[Draft] = []
    for d in complete:
        target = None
        for e in out:
            same_type = (
                e.type == d.type
                or {e.type, d.type} <= {"agreement", "cooperation"}
                or {
                    e.type,
                    d.type,
                }
                <= {"letter_of_intent", "cooperation"}
            )
            if not same_type:
                continue
            a, b = d.entities(doc), e.entities(doc)
            if d.type == "visit":
                if not dates_compatible(d.date, e.date):
                    continue
                if not a & b and org_visitors(doc, d) and org_visitors(doc, e):
                    continue
            elif not a & b:
                continue
            if (
                d.type in PARTY_TYPES
                and "cooperation" not in (d.type, e.type)
                and len(a & b) < min(2, len(a), len(b))
            ):
                continue
            target = e
            break
        if target is None:
            out.append(d)
            continue
        if target.type == "cooperation" and d.type != "cooperation":
            target.type = d.type
        have = target.entities(doc)
        has_place = any(doc.mentions[n].type == "place" for n, _ in target.participants)
        for n, r in d.participants:
            if doc.mentions[n].type == "place" and has_place:
                continue  # later sentences of one report add actors, not more destinations
            if doc.mentions[n].type == "person" and target.participants:
                continue  # a person stands in only where no organisation or place is named
            if doc.mentions[n].entity not in have:
                target.participants.append((n, r))
                have.add(doc.mentions[n].entity)
        target.date = target.date or d.date
        target.place = target.place if target.place is not None else d.place
        target.name = target.name or d.name
        target.sents += d.sents
        target.sectors = sorted(set(target.sectors) | set(d.sectors))
    # a sentence that states a happening without naming its actors lends its date and place to the event
    # of the same type that names them
    lent: set[int] = set()
    for k, p in enumerate(pending):
        for e in out:
            signed = ("agreement", "letter_of_intent")
            upgrade = p.type in signed and e.type in ("cooperation", *signed)
            if not dates_compatible(p.date, e.date):
                continue
            if (e.type == p.type or upgrade) and p.entities(doc) <= e.entities(doc):
                if upgrade and (e.type == "cooperation" or p.type == "letter_of_intent"):
                    e.type = p.type
                e.date = e.date or p.date
                e.place = e.place if e.place is not None else p.place
                e.sents.append(p.sent)
                e.sectors = sorted(set(e.sectors) | set(p.sectors))
                lent.add(k)
                break
    # "… została nowym członkiem klastra X. Umowę podpisano 3 kwietnia 2024 r.": an actorless signing dates the
    # event of the sentence before it
    for k, p in enumerate(pending):
        if k in lent or not p.date or p.participants:
            continue
        for e in out:
            if e.date is None and p.sent - 1 in e.sents:
                e.date = p.date
                e.sents.append(p.sent)
    borrow_dates(doc, out)
    return out


def borrow_dates(doc: Doc, events: list[Draft]) -> None:
    """ "Efektem wizyty było podpisanie porozumienia": an undated event that refers to another event of the
    document takes its date."""
    nouns = language_data(doc.lang).mapping("event_reference_nouns", "lemma", "type")
    dated = {}
    for e in events:
        if e.date:
            dated.setdefault(e.type, []).append(e)
    for e in events:
        if e.date:
            continue
        s0, s1 = doc.sent_span[e.sent]
        refs = {nouns[lem] for i in range(s0, s1) for lem in doc.lemmas(i) if lem in nouns}
        refs.discard(e.type)
        for typ in refs:
            if len(dated.get(typ, [])) == 1:
                e.date = dated[typ][0].date
                break


def org_visitors(doc: Doc, d: Draft) -> bool:
    return any(r == "visitor" and doc.mentions[n].type == "organization" for n, r in d.participants)
