"""Cross-document event resolution: a merge score in points over type, participants, dates, name, place.

Two reports tell of one happening when their events score at least `THRESHOLD` (4) points:

    score = participants + dates + name + place - type penalty

- participants (`participant_points`, over resolved entity ids): the same set of two or more 4;
  two or more shared 3; one shared where one event's participants lie within the other's (a report
  that names only one side) 2; one shared while both events have parties of their own 0 (KSSE's
  agreement with SCZone and KSSE's agreement with INDI share KSSE and are two events). No shared
  participant at all: only the same specific event name with agreeing dates joins (rule
  `event_name`).
- dates (`kooperacja.resolve.dates.affinity`): explicit dates that differ (another day, month or
  year) veto the merge; the same day or a day within a short range 3, within/same month 2, only the
  same year 1. A missing date is compatible at a lower score: its report's publication date stands
  in for it (around the other date 2, far from it -1, no publication date 1).
- name: equal names +2, similar +1, different -1; different years written in the names veto.
- place: the same place +0.5, different places -0.5 (a city and its country are different ids).
- type penalty (`type_penalty`): the same type 0. A signing is typed by what each report calls the
  document: "list intencyjny" (letter_of_intent), "porozumienie"/"umowa"/"memorandum" (agreement),
  and a letter of intent is often reported as an agreement on cooperation: agreement ~
  letter_of_intent 0.5. A report that only says the parties "began cooperation" (cooperation)
  names no document: cooperation ~ agreement/letter_of_intent 1. An investment ~ a founding 1 (a
  plant or centre "set up" is also "opened/built"). Other types never mix (a visit is no
  conference, a founding no agreement).

So: the same parties with no dates at all merge (4 + 1), two shared parties need no contradicting
date (3 + 1), a report naming one side merges when the dates agree to the month (2 + 2), and one
shared party of two otherwise different sets merges only with the same day and the same name.

The wording is compared report by report (`event_wording`: the best pair of one report's evidence
stems against another's). Partial events (a report that tells a happening without naming enough of
its actors: extract/event_coref.py) only ever join a stored event (`resolve_partial_event`): one
that names some parties where they all belong to it and its date or publication fits; an actorless
one of the kinds several parties tell (signings, cooperation, visits, conferences) where its
evidence reads alike by words and by multilingual sentence embeddings (`resolve/similarity.py`)
and nothing (date, name, place) disagrees, and no other stored event fits about as well; a report in
another language shares few words with the stored reports: dated to the same day and placed in the
same town as the stored event (`same_day_and_town`), it needs no shared words and reads alike enough
at SIM_GOOD (an English report of a signing "on May 9 in the city of Jaworzno" and the Polish reports
of it, "9 maja w Jaworznie"; partial events of English reports: extract/en/events.py). Types:
a visit and the signing done during it stay two events (the record has both); only the signing
chain (letter of intent / agreement / cooperation) and investment / founding mix.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date as _date
from datetime import timedelta

from kooperacja.resolve import dates, places
from kooperacja.resolve.model import Catalog, EventCandidate
from kooperacja.resolve.names import fold, norm

THRESHOLD = 4.0
REVIEW_MARGIN = 1.0  # a pair scoring within this margin below the threshold goes to the review queue

_PENALTY: dict[frozenset[str], float] = {
    frozenset(("agreement", "letter_of_intent")): 0.5,
    frozenset(("agreement", "cooperation")): 1.0,
    frozenset(("letter_of_intent", "cooperation")): 1.0,
    frozenset(("investment", "founding")): 1.0,
}
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def jaccard(a: set[int], b: set[int]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


def type_penalty(a: str, b: str) -> float | None:
    """0 for the same type, a penalty for types that reports give the same happening, None otherwise."""
    if a == b:
        return 0.0
    return _PENALTY.get(frozenset((a, b)))


def compatible_types(etype: str) -> list[str]:
    """`etype` first, then the types an event of it may be stored under."""
    return [etype, *sorted(t for pair in _PENALTY if etype in pair for t in pair if t != etype)]


def participant_points(
    a: set[int], b: set[int], a_named: set[int] | None = None, b_named: set[int] | None = None
) -> tuple[int, str]:
    """Points for shared participants. `a_named`/`b_named`: every entity the reports of each event
    name; one event's own parties that the other's reports also name are no sign of another
    happening (a report that lists one side as a participant and the other only in passing)."""
    shared = a & b
    n = len(shared)
    if n == 0:
        return 0, "no shared participant"
    why = f"{n} shared of {len(a)}/{len(b)} participants"
    if a == b and n >= 2:
        return 4, f"the same {n} participants"
    if n >= 2:
        return 3, why
    if a <= b or b <= a:
        return 2, why + " (one within the other)"
    if (a_named and (b - a) <= a_named) or (b_named and (a - b) <= b_named):
        return 2, why + " (the other parties are named in the other report too)"
    return 1, why + " (each with parties of its own)"


def name_points(a: str | None, b: str | None) -> tuple[float | None, str]:
    """Points for event names: None when the names carry different years (IABM 2022 vs IABM 2023)."""
    if not a or not b:
        return 0.0, ""
    na, nb = norm(a), norm(b)
    ya, yb = set(_YEAR.findall(na)), set(_YEAR.findall(nb))
    if ya and yb and not ya & yb:
        return None, f"names '{a}' and '{b}' carry different years"
    if na == nb:
        return 2.0, f"same name '{a}'"
    ta, tb = set(na.split()), set(nb.split())
    j = len(ta & tb) / len(ta | tb) if ta | tb else 0.0
    if j >= 0.5 or (min(len(ta), len(tb)) >= 2 and (ta <= tb or tb <= ta)):
        return 1.0, f"similar names '{a}' ~ '{b}'"
    return -1.0, f"different names '{a}' / '{b}'"


def place_points(
    a: int | None, b: int | None, area_a: places.Area | None = None, area_b: places.Area | None = None
) -> tuple[float, str]:
    """The same place +0.5; one within the other (a town in its region or country, from the
    gazetteer) +0.25; different places -0.5."""
    if a is None or b is None:
        return 0.0, ""
    if a == b:
        return 0.5, "same place"
    rel = places.relation(area_a, area_b)
    if rel == "same":
        return 0.5, "same place"
    if rel == "within":
        return 0.25, "one place lies within the other"
    return -0.5, "different places"


_WORD = re.compile(r"\w+")


def evidence_keys(text: str, spans: list[list[int]] | list[tuple[int, int]]) -> set[str]:
    """Folded five-letter stems of the telling words of an event's evidence sentences: words of five
    letters or more, capitalised words, and numbers of four digits (years)."""
    out: set[str] = set()
    for span in spans or []:
        try:
            start, end = int(span[0]), int(span[1])
        except (TypeError, ValueError, IndexError):
            continue
        for w in _WORD.findall(text[max(0, start) : max(0, end)]):
            if w.isdigit():
                if len(w) == 4:
                    out.add(w)
            elif len(w) >= 5 or (len(w) >= 3 and w[0].isupper()):
                out.add(fold(w)[:5])
    return out


def wording_points(a: set[str], b: set[str]) -> tuple[float, str]:
    """How much of the shorter evidence the longer one repeats: most of it +2, a good part +1."""
    if len(a) < 4 or len(b) < 4:
        return 0.0, ""
    overlap = len(a & b) / min(len(a), len(b))
    if overlap >= 0.5:
        return 2.0, f"similar wording ({overlap:.2f})"
    if overlap >= 0.35:
        return 1.0, f"some shared wording ({overlap:.2f})"
    return 0.0, ""


def event_wording(a: EventCandidate, b: EventCandidate) -> tuple[float, str]:
    """`wording_points` of the two events' evidence, the best of any report of one against any
    report of the other (a union of several reports, in several languages, dilutes the share)."""
    best: tuple[float, str] = wording_points(a.words, b.words)
    for wa in a.source_words or [a.words]:
        for wb in b.source_words or [b.words]:
            got = wording_points(wa, wb)
            if got[0] > best[0]:
                best = got
    return best


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
    tp = type_penalty(a.type, b.type)
    if tp is None:
        return None
    ds, dwhy = dates.affinity(a.date, b.date, _published(a), _published(b))
    if ds is None:
        return None
    ns, nwhy = name_points(a.name, b.name)
    if ns is None:
        return None
    ps, pwhy = participant_points(a.participants, b.participants, a.mentioned, b.mentioned)
    # a place that is also a party of its event (the country whose delegation came) says who, not where
    pa = None if a.place in a.participants else a.place
    pb = None if b.place in b.participants else b.place
    ls, lwhy = place_points(pa, pb, a.area, b.area)
    ws, wwhy = event_wording(a, b)
    types = a.type if a.type == b.type else f"{a.type}~{b.type}"
    if not a.participants & b.participants:
        # no shared participant: only the same specific name with dates that do not disagree
        if ns >= 2.0 and ds >= dates.WEAK and len(norm(a.name or "").split()) >= 2:
            score = ns + ds + ls - tp
            why = [f"score {score:g}", f"type {types}", nwhy, dwhy, lwhy]
            return Match(score, "event_name", ", ".join(w for w in why if w))
        return None
    score = ps + ds + ns + ls + ws - tp
    if ps <= 1:
        # one shared party of two otherwise different sets (the same day, another partner): a near
        # miss for review at most, however alike the dates and the wording
        score = min(score, THRESHOLD - 0.5)
    why = [f"score {score:g}", f"type {types}", f"{pwhy} ({ps})", f"{dwhy} ({ds})", nwhy, lwhy, wwhy]
    return Match(score, "event_overlap", ", ".join(w for w in why if w))


def same_event(a: EventCandidate, b: EventCandidate) -> Match | None:
    """The match when two events are one happening (also for re-checking stored events after an
    entity merge); never two events of one document."""
    if a.doc_pks & b.doc_pks:
        return None
    m = score_events(a, b)
    return m if m is not None and (m.rule == "event_name" or m.score >= THRESHOLD) else None


def date_window(date: str | None, name: str | None, published: str | None) -> tuple[str, str] | None:
    """The days (first, last) that a stored event with a date must overlap to possibly be one happening
    with an event of `date`, `name` and report date `published`; None: no such bound.

    A dated event only fits dates that overlap it (`dates.affinity` vetoes others). An undated one
    without a name fits a dated event only around its report's publication: far from it the date
    scores AGAINST, and without name points no participant overlap reaches the threshold. Stored
    events without a date are never excluded by the window."""
    iv = dates.interval(date)
    if iv:
        return iv[0], iv[1]
    if name:
        return None
    ip = dates.interval(published)
    if not ip:
        return None
    lo = _date.fromisoformat(ip[0]) - timedelta(days=dates.REPORT_LAG_DAYS)
    hi = _date.fromisoformat(ip[1]) + timedelta(days=7)
    return lo.isoformat(), hi.isoformat()


def _candidates(
    etype: str,
    participants: set[int],
    name: str | None,
    cat: Catalog,
    window: tuple[str, str] | None = None,
) -> list[EventCandidate]:
    types = compatible_types(etype)
    fetch = getattr(cat, "event_candidates", None)
    if fetch is not None:
        # one indexed look-up: compatible types, dates that may agree (or none), most recent first
        found = fetch(participants, types, norm(name) if name else None, window)
        return sorted({c.id: c for c in found}.values(), key=lambda c: c.id)
    seen: dict[int, EventCandidate] = {}
    for t in types:
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
        tp = type_penalty(new.type, c.type)
        ds, _ = dates.affinity(new.date, c.date)
        if tp is None or (new.date and c.date and ds is None):
            continue
        ps, _ = participant_points(new.participants, c.participants)
        ns, _ = name_points(new.name, c.name)
        if ns is None:
            continue
        key = (-tp, ps, ns, -c.id)
        if best is None or key > best[0]:
            best = (key, c)
    if best is None:
        return None
    c = best[1]
    return c.id, "near_duplicate", f"the same story as a source of event {c.id} (near-duplicate text)"


def _named(names: set[str], stems: set[str]) -> bool:
    """Some name whose words (first five letters, folded) all occur among the stems of a text."""
    for n in names:
        words = [fold(w)[:5] for w in n.split() if len(w) >= 3]
        if words and all(w in stems for w in words):
            return True
    return False


def _names_in_texts(new: EventCandidate, c: EventCandidate, cat: Catalog, text_stems: set[str]) -> None:
    """Where the two share one party and each has parties of its own, look in the texts: parties of
    the stored event that the new report names (by any full name) count as named by it, and the
    other way round (`participant_points`)."""
    shared = new.participants & c.participants
    if len(shared) != 1 or new.participants <= c.participants or c.participants <= new.participants:
        return
    full_names = getattr(cat, "full_names", None)
    if full_names is None:
        return
    # look in the texts only where it could decide: were all parties named, would they be one?
    if same_event(replace(new, mentioned=new.mentioned | c.participants), c) is None:
        return
    for e in c.participants - new.participants - new.mentioned:
        if _named(full_names(e), text_stems):
            new.mentioned.add(e)
    fetch = getattr(cat, "doc_stems", None)
    if fetch is None:
        return
    theirs = fetch(sorted(c.doc_pks))
    for e in new.participants - c.participants - c.mentioned:
        if _named(full_names(e), theirs):
            c.mentioned.add(e)


def reported_event(
    etype: str,
    date: str | None,
    name: str | None,
    participants: Iterable[int],
    doc_pk: int,
    place: int | None = None,
    published: str | None = None,
    words: Iterable[str] | None = None,
    area: places.Area | None = None,
    mentioned: Iterable[int] | None = None,
) -> EventCandidate:
    """The event of a report being stored, as a candidate to compare with the stored ones (what
    `resolve_event` and `resolve_partial_event` take): `participants` its resolved parties, `doc_pk` its
    document, `place` its resolved place id, `published` its document's publication date (stands in for a
    missing event date), `words` the stems of its evidence, `area` where its place lies, `mentioned` every
    entity its document names."""
    return EventCandidate(
        0,
        etype,
        date,
        name,
        set(participants),
        {doc_pk},
        place,
        {published} if published else set(),
        set(words or ()),
        area,
        set(mentioned or ()),
    )


def resolve_event(
    new: EventCandidate,
    cat: Catalog,
    prefer: list[int] | None = None,
    text_stems: set[str] | None = None,
    review: list[tuple[int, float, str]] | None = None,
    rejected: set[int] | None = None,
) -> tuple[int | None, str, str]:
    """(stored event id or None, rule, reason) for the event of a report (`reported_event`). `prefer`:
    events of a near-duplicate's original, to which an event of a compatible type is attached unless its
    date contradicts; `text_stems`: the stems of the report's text (the stored events' parties it names);
    `review` (when given) receives near misses: (stored event id, score, evidence); `rejected`: stored
    events a user said are not this one."""
    etype, date, name = new.type, new.date, new.name
    cands = _candidates(etype, new.participants, name, cat, date_window(date, name, _published(new)))
    if prefer:
        hit = _near_duplicate(new, prefer, cat, cands)
        if hit is not None:
            return hit
    matches: list[tuple[float, EventCandidate, Match]] = []
    near: list[tuple[float, EventCandidate, Match]] = []
    for c in cands:
        if rejected and c.id in rejected:
            continue
        if text_stems is not None:
            _names_in_texts(new, c, cat, text_stems)
        m = same_event(new, c)
        if m is not None:
            matches.append((m.score + (0.01 if c.type == etype else 0.0) - c.id * 1e-9, c, m))
        elif not new.doc_pks & c.doc_pks:
            m = score_events(new, c)
            if m is not None and m.score >= THRESHOLD - REVIEW_MARGIN:
                near.append((m.score, c, m))
    matches.sort(key=lambda t: -t[0])
    if review is not None and not matches:
        review.extend((c.id, s, m.reason) for s, c, m in sorted(near, key=lambda t: -t[0])[:3])
    if matches:
        s, c, m = matches[0]
        if not dates.interval(date):
            # an undated report that fits two stored events of different dates about equally well
            # could be either: better a separate event than a wrong merge
            rival = next(
                (
                    (s2, c2)
                    for s2, c2, _ in matches[1:]
                    if dates.interval(c.date)
                    and dates.interval(c2.date)
                    and not dates.compatible(c.date, c2.date)
                ),
                None,
            )
            if rival is not None and s - rival[0] < 1.0:
                return (
                    None,
                    "new",
                    f"ambiguous: fits event {c.id} ({c.date}) and event {rival[1].id} ({rival[1].date}) "
                    "about equally and has no date of its own",
                )
        return c.id, m.rule, f"{m.reason} (event {c.id}, {c.date or 'no date'})"
    return None, "new", "no stored event of a compatible type with these participants, date or name"


# partial events: a report that tells a happening without naming enough of its actors
SIM_STRONG, SIM_GOOD = 0.72, 0.64  # cosine of the evidence embeddings: +2, +1 points
SIM_MARGIN = 0.05  # the best stored event must read more alike than the next by this much
RECENT_EVENTS = 300  # an actorless report with no other hold is compared with the latest events of its kind
# kinds whose happening one report can tell without its actors; an award, an investment, a founding or
# a membership is one per recipient, investor, founded body or member: without it, nothing says which
ACTORLESS_TYPES = frozenset(("agreement", "letter_of_intent", "cooperation", "visit", "conference"))


def similarity_points(sim: float | None) -> tuple[float, str]:
    if sim is None:
        return 0.0, ""
    if sim >= SIM_STRONG:
        return 2.0, f"evidence reads alike ({sim:.2f})"
    if sim >= SIM_GOOD:
        return 1.0, f"evidence reads somewhat alike ({sim:.2f})"
    return 0.0, ""


def same_day_and_town(new: EventCandidate, c: EventCandidate) -> bool:
    """Both events dated to the day (or a range of a few days), the dates agreeing, and placed in the same
    town: what ties an actorless report to a stored event across languages, where the words of its
    evidence cannot (an English report of a signing "in the city of Jaworzno on May 9" and the Polish
    reports of that signing "9 maja w Jaworznie"). A region or a country is no such tie."""
    a, b = dates.interval(new.date), dates.interval(c.date)
    if not (a and b and a[2] == 3 and b[2] == 3):
        return False
    if dates.affinity(new.date, c.date)[0] != dates.STRONG:
        return False
    if new.place is None or c.place is None or new.area is None or c.area is None:
        return False
    if new.area[3] != 2 or c.area[3] != 2:
        return False  # a town (or an area of one), not a region or a country
    return new.place == c.place or places.relation(new.area, c.area) == "same"


def score_partial(new: EventCandidate, c: EventCandidate, sim: float | None) -> Match | None:
    """The score of a partial event (one that names too few of its actors, or none) against a stored
    event: what `score_events` gives where it names some, and the agreement of type, dates, name,
    place and wording where it names none; plus the likeness of the evidence (`similarity_points`).
    Its named parties must all be the stored event's, and its date (or its report's publication) must
    fit the stored event's; an actorless one (of `ACTORLESS_TYPES` only) needs evidence that reads
    alike (embedding and words) and no disagreeing name or place. The stored event's parties that the
    report names anywhere count as named by the partial event: a report that names every party of a
    stored signing and tells of cooperation begun on its date tells of that signing."""
    sp, swhy = similarity_points(sim)
    if new.participants:
        if not new.participants <= c.participants:
            return None
        ds, _ = dates.affinity(new.date, c.date, _published(new), _published(c))
        if ds is None or ds < dates.MEDIUM:
            return None  # one named side: the date or the report's publication must fit the event's
        # the stored event's other parties that the report names (but does not link) count as its own
        named = c.participants & new.mentioned if len(c.participants) >= 2 else set()
        m = score_events(replace(new, participants=new.participants | named), c)
        if m is None:
            return None
        return Match(m.score + sp, "partial_event", ", ".join(w for w in (m.reason, swhy) if w))
    tp = type_penalty(new.type, c.type)
    if tp is None or sim is None or new.type not in ACTORLESS_TYPES:
        return None
    anchored = same_day_and_town(new, c)
    if sim < (SIM_GOOD if anchored else SIM_STRONG):
        return None
    ds, dwhy = dates.affinity(new.date, c.date, _published(new), _published(c))
    ns, nwhy = name_points(new.name, c.name)
    if ds is None or ds < dates.WEAK or ns is None or ns < 0:
        return None
    rel = places.relation(new.area, c.area) if new.place is not None and c.place is not None else None
    if rel == "different" and new.place != c.place:
        return None
    ls = 0.5 if rel == "same" or (new.place is not None and new.place == c.place) else 0.25 if rel else 0.0
    ws, wwhy = event_wording(new, c)
    if ws < 1 and not anchored:
        return None
    score = ds + ns + ls + ws + sp - tp
    types = new.type if new.type == c.type else f"{new.type}~{c.type}"
    why = [f"score {score:g}", f"type {types}", "no named party", f"{dwhy} ({ds})", nwhy, wwhy, swhy]
    if anchored:
        why.append("the same day in the same town")
    return Match(score, "partial_event", ", ".join(w for w in why if w))


def resolve_partial_event(
    new: EventCandidate, cat: Catalog, evidence: str, rejected: set[int] | None = None
) -> tuple[int | None, str, str]:
    """(stored event id or None, rule, reason) for a partial event (`reported_event`): the one stored
    event it clearly tells of, else None (a partial event never becomes an event of its own). `evidence`:
    the text of its evidence sentences, compared with the stored events' evidence by sentence embeddings;
    `rejected`: stored events a user said are not this one."""
    from kooperacja.resolve.similarity import similarity

    etype, participants = new.type, new.participants
    window = date_window(new.date, new.name, _published(new))
    name = new.name
    if participants:
        cands = _candidates(etype, new.participants, name, cat, window)
    elif etype not in ACTORLESS_TYPES:
        return None, "new", f"a partial {etype} without its actors: nothing says which"
    else:
        cands = _candidates(etype, set(), name, cat, window) if name else []
        recent = getattr(cat, "recent_events", None)
        if recent is not None:
            seen = {c.id for c in cands}
            cands += [c for c in recent(compatible_types(etype), window, RECENT_EVENTS) if c.id not in seen]
    texts = getattr(cat, "evidence_texts", None)
    scored: list[tuple[float, float, EventCandidate, Match]] = []
    for c in cands:
        if new.doc_pks & c.doc_pks or type_penalty(etype, c.type) is None or c.id in (rejected or ()):
            continue
        sim = None
        if participants:
            # the embedding only where its points could decide
            m = score_partial(new, c, None)
            if m is None or m.score + 2.0 < THRESHOLD:
                continue
            if m.score < THRESHOLD and texts is not None:
                sim = similarity(evidence, texts(c.id))
                m = score_partial(new, c, sim)
        else:
            if event_wording(new, c)[0] < 1 and not same_day_and_town(new, c):
                continue  # cheap words first: the embedding only where the wording already agrees
            sim = similarity(evidence, texts(c.id)) if texts is not None else None
            m = score_partial(new, c, sim)
        if m is not None and m.score >= THRESHOLD:
            scored.append((m.score, sim or 0.0, c, m))
    if not scored:
        return None, "new", "no stored event that the partial event clearly tells of"
    scored.sort(key=lambda t: (-t[0], -t[1], t[2].id))
    best = scored[0]
    if len(scored) > 1 and best[0] - scored[1][0] < 1.0 and best[1] - scored[1][1] < SIM_MARGIN:
        return None, "new", f"ambiguous: fits events {best[2].id} and {scored[1][2].id} about equally"
    return best[2].id, "partial_event", f"{best[3].reason} (event {best[2].id}, {best[2].date or 'no date'})"


def same_event_again(a: EventCandidate, b: EventCandidate, cat: Catalog) -> Match | None:
    """`same_event` for two stored events at the end of an ingest, reading the parties each one's
    reports name in their texts as ingestion does (`_names_in_texts`)."""
    if a.doc_pks & b.doc_pks:
        return None
    fetch = getattr(cat, "doc_stems", None)
    if fetch is not None:
        a, b = replace(a, mentioned=set(a.mentioned)), replace(b, mentioned=set(b.mentioned))
        _names_in_texts(a, b, cat, fetch(sorted(a.doc_pks)))
    return same_event(a, b)
