"""In-document coreference of events: one happening per document, however many sentences state it.

Runs after the events component, on `doc.events`. A report often states one happening twice — a
headline and its body, the signing and the ceremony of the signing — and the events component,
which reads sentence by sentence, may keep two events. Two events of one document are one when

- their types are one kind of happening (the same type; a cooperation and the agreement or letter of
  intent that formalises it; an agreement and a letter of intent);
- their dates do not disagree (both explicit: one within the other);
- they share a participant, and the parties of one lie within the other's — or the only parties of
  one are people who hold roles in organisations taking part in the other ("the mayor signed" and
  "the city signed").

Awards and investments stay one per recipient or investor (the events component splits them).

An event whose sentence gives its title after "pt.", "pod hasłem" (and the like, data/pl/
resolve_words.tsv) is named by it, so that reports of it can be matched by name.

A founding told as the signing of a document ("signed a letter of intent to set up the cluster")
lends that sentence to the document's signing event, so that the signing's evidence holds it and the
store links the two (`led_to`).

Partial events (`doc.partial_events`): a happening the document tells without naming enough of its
actors ("four clusters signed a letter of intent"; "we begin cooperation with agency X") is no event
(shared/spec/extraction.md), but it says which happening the report is about. When the document has
no event of that kind at all, its drafts of the kind make one partial event (the parties it does
name, the first date, place and name, all their sentences); the store only adds the report as a
source of a stored event it clearly tells of (`kooperacja.resolve.events`), never creates one.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from kooperacja.data.language_data import language_data, on_data_change
from kooperacja.extract.doc import Doc
from kooperacja.extract.event_draft import shares_stem
from kooperacja.text.dates import compatible_dates

_KINDS = [
    frozenset(("agreement", "cooperation")),
    frozenset(("letter_of_intent", "cooperation")),
    frozenset(("agreement", "letter_of_intent")),
]
_PER_ACTOR = frozenset(("award", "investment"))
_SIGNINGS = ("agreement", "letter_of_intent")


def _same_kind(a: str, b: str) -> bool:
    return a == b or frozenset((a, b)) in _KINDS


def _dates_agree(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return True
    return compatible_dates(a, b, missing=False)


@cache
def _signing_nouns(lang: str) -> dict[tuple[str, ...], str]:
    """Lemma sequences of nouns that name a signed document → the type of the signing."""
    out: dict[tuple[str, ...], str] = {}
    for row in language_data(lang).rows("event_triggers"):
        if row.get("kind") == "noun" and row.get("type") in _SIGNINGS:
            out[tuple(row["lemma"].split())] = row["type"]
    return out


def _sentences_of(doc: Doc, ev: dict[str, Any]) -> list[int]:
    starts = {s.start: i for i, s in enumerate(doc.sentences)}
    return sorted({starts[s] for s, _e in ev.get("evidence") or [] if s in starts})


def _signing_in(doc: Doc, sent: int) -> str | None:
    """The signing type a sentence names by its document noun ("list intencyjny"), if any."""
    s0, s1 = doc.sent_span[sent]
    nouns = _signing_nouns(doc.lang)
    for i in range(s0, s1):
        for seq, typ in nouns.items():
            if i + len(seq) > s1:
                continue
            if all(seq[k] in doc.lemmas(i + k) for k in range(len(seq))):
                return typ
    return None


def _same_entities(doc: Doc) -> dict[str, str]:
    """Each entity id → the id of the first entity of its type and name (one document's two entities of one name
    are one party)."""
    first: dict[tuple[str, str], str] = {}
    return {e.id: first.setdefault((e.type, e.name), e.id) for e in doc.entities}


def _parties(doc: Doc, ev: dict[str, Any]) -> tuple[set[str], set[str]]:
    """(organisation and place participants, person participants) by entity id; two entities of one type and one
    name count as one (the first's id)."""
    kinds = {e.id: e.type for e in doc.entities}
    same = _same_entities(doc)
    orgs, people = set(), set()
    for p in ev.get("participants") or []:
        x = p.get("entity")
        (people if kinds.get(x) == "person" else orgs).add(same.get(x, x))
    return orgs, people


def _employers(doc: Doc) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for e in doc.entities:
        for r in e.roles or []:
            if isinstance(r, dict) and r.get("organization"):
                out.setdefault(e.id, set()).add(str(r["organization"]))
    return out


def _corefer(doc: Doc, a: dict[str, Any], b: dict[str, Any], employers: dict[str, set[str]]) -> bool:
    if a["type"] in _PER_ACTOR or b["type"] in _PER_ACTOR:
        return False
    if not _same_kind(a["type"], b["type"]) or not _dates_agree(a.get("date"), b.get("date")):
        return False
    if a.get("name") and b.get("name") and a["name"] != b["name"]:
        return False
    oa, pa = _parties(doc, a)
    ob, pb = _parties(doc, b)
    if oa and ob:
        shared = oa & ob
        return bool(shared) and (
            oa <= ob
            or ob <= oa
            or len(shared) >= 2
            or bool(_headline_places(doc, a, b) or _headline_places(doc, b, a))
        )
    # the only parties of one are people: they stand for their organisations
    if oa and not ob and pb:
        return all(employers.get(p, set()) & oa for p in pb)
    if ob and not oa and pa:
        return all(employers.get(p, set()) & ob for p in pa)
    return bool(pa & pb) and (pa <= pb or pb <= pa)


def _headline_places(doc: Doc, a: dict[str, Any], b: dict[str, Any]) -> set[str]:
    """ "Spółka Alfa podpisała umowę z Katalonią" over "… z Katalońskim Związkiem Beta": the parties of a's headline (the
    document's first line) that b lacks, where a shares a party with b and those parties are all places, each standing
    for a party of b that a lacks and whose name carries the place's stem (a headline names a body by its land, and
    the body does not name the land again); empty otherwise. A place with no such body in b acts itself
    ("Alfa i Tyrol podpisały umowę" over a body that tells a signing with the land's government and another with
    a firm): it stays."""
    if (
        not doc.sentences
        or 0 not in _sentences_of(doc, a)
        or len(doc.sentences) < 2
        or not doc.break_between(0, 1)
    ):
        return set()
    oa, ob = _parties(doc, a)[0], _parties(doc, b)[0]
    kinds = {e.id: e.type for e in doc.entities}
    extra = oa - ob
    if not (oa & ob) or not extra or any(kinds.get(x) != "place" for x in extra):
        return set()
    # a place the body names again is a party of its own ("Kalisz podpisał umowę z Erfurtem" over a body that
    # tells that signing and another with a firm)
    named = {(e.type, e.name) for e in doc.entities if e.id in extra}
    again = {k for k, e in enumerate(doc.entities) if (e.type, e.name) in named}
    if any(m.entity in again and m.sent > 0 for m in doc.mentions):
        return set()
    names = {e.id: e.name for e in doc.entities}
    bodies = [names.get(y, "") for y in ob - oa]
    if not all(any(shares_stem([names.get(x, "")], body, _STEM) for body in bodies) for x in extra):
        return set()
    return extra


_STEM = 5  # letters a place and its adjective share ("Katalonia", "Kataloński"; "Tyrol", "tyrolski")


def _absorb(doc: Doc, into: dict[str, Any], other: dict[str, Any]) -> None:
    from kooperacja.text.dates import more_precise

    if into["type"] == "cooperation" and other["type"] != "cooperation":
        into["type"] = other["type"]
    elif {into["type"], other["type"]} == {"agreement", "letter_of_intent"}:
        pass  # the first statement's word for the document stands
    same = _same_entities(doc)
    seen = {same.get(p.get("entity"), p.get("entity")) for p in into.get("participants") or []}
    for p in other.get("participants") or []:
        x = same.get(p.get("entity"), p.get("entity"))
        if x not in seen:
            into.setdefault("participants", []).append(p)
            seen.add(x)
    if other.get("date"):
        into["date"] = more_precise(into.get("date"), other["date"]) if into.get("date") else other["date"]
    if into.get("place") is None and other.get("place") is not None:
        into["place"] = other["place"]
    if not into.get("name") and other.get("name"):
        into["name"] = other["name"]
    if other.get("status", "done") == "done":
        into.pop("status", None)
    into["sectors"] = sorted(set(into.get("sectors") or []) | set(other.get("sectors") or []))
    spans = {tuple(s) for s in into.get("evidence") or []} | {tuple(s) for s in other.get("evidence") or []}
    into["evidence"] = [list(s) for s in sorted(spans)]


@cache
def _title_pattern(lang: str) -> tuple[re.Pattern[str], tuple[str, ...]]:
    """The pattern of a title after its introducing words, and for each introducing word its longest part
    without spaces: a text that holds none of those parts cannot match (tested first: a substring search)."""
    intros = [r["word"] for r in language_data(lang).rows("resolve_words") if r.get("kind") == "title_intro"]
    alts = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(intros, key=len, reverse=True))
    quoted = r"[„\"«“]\s*(?P<q>[^”\"»“„]{3,150}?)\s*[”\"»“]"
    plain = r"(?P<p>[A-ZĄĆĘŁŃÓŚŹŻ0-9][^,.;:!?()]{2,120}?)(?=\s*[,.;:!?(]|$)"
    parts = tuple(sorted({max(w.split(), key=len) for w in intros if w.strip()}))
    return re.compile(rf"(?<!\w)(?:{alts})\s*(?:{quoted}|{plain})"), parts


def event_title(text: str, lang: str = "pl") -> str | None:
    """The title a sentence gives an event after "pt.", "pod hasłem" and the like: the quoted words,
    or the capitalised words up to the next punctuation."""
    pattern, parts = _title_pattern(lang)
    if parts and not any(part in text for part in parts):
        return None  # no introducing word
    m = pattern.search(text)
    if not m:
        return None
    title = " ".join((m.group("q") or m.group("p") or "").split())
    return title if len(title) >= 3 else None


def _name_events(doc: Doc, events: list[dict[str, Any]]) -> None:
    """An unnamed event whose evidence gives its title after "pt."/"pod hasłem" takes that name."""
    for ev in events:
        if ev.get("name"):
            continue
        for s, e in ev.get("evidence") or []:
            title = event_title(doc.text[s:e], doc.lang)
            if title:
                ev["name"] = title
                break


def _partial_events(doc: Doc) -> list[dict[str, Any]]:
    """One partial event per kind of happening that the drafts tell with too few named actors and
    that no event of the document is of (see the module's note)."""
    from kooperacja.extract.event_draft import Draft, enough
    from kooperacja.extract.events import to_dict

    kinds = {e["type"] for e in doc.events}
    groups: dict[str, list[Draft]] = {}
    for d in doc.event_drafts:
        if enough(d, doc) or d.status != "done" or any(_same_kind(d.type, k) for k in kinds):
            continue
        key = next((k for k in groups if _same_kind(k, d.type)), d.type)
        groups.setdefault(key, []).append(d)
    out: list[dict[str, Any]] = []
    for drafts in groups.values():
        # a signing's word for the document stands over a bare cooperation
        first = next((d for d in drafts if d.type in _SIGNINGS), drafts[0])
        merged = Draft(first.type, first.sent, [], first.date, first.place, first.name, "done", [], [])
        seen: set[int] = set()
        for d in drafts:
            if not _dates_agree(merged.date, d.date):
                continue
            merged.date = merged.date or d.date
            merged.take_place(doc, d)
            merged.name = merged.name or d.name
            for m, role in d.participants:
                if doc.mentions[m].entity >= 0 and doc.mentions[m].entity not in seen:
                    seen.add(doc.mentions[m].entity)
                    merged.participants.append((m, role))
            merged.sents.extend([d.sent, *d.sents])
            merged.sectors = sorted(set(merged.sectors) | set(d.sectors))
        if merged.place is not None and doc.mentions[merged.place].entity < 0:
            merged.place = None
        ev = to_dict(doc, merged)
        _name_events(doc, [ev])
        out.append(ev)
    return out


def resolve_event_coreference(doc: Doc) -> None:
    """Name events by the titles their sentences give; merge the events of one document that state
    one happening; lend a founding's signing sentence to the signing event; keep the happenings told
    without enough named actors as partial events."""
    _name_events(doc, doc.events)
    doc.partial_events = _partial_events(doc)
    events = doc.events
    if len(events) < 2:
        return
    employers = _employers(doc)
    out: list[dict[str, Any]] = []
    for ev in events:
        target = next((e for e in out if _corefer(doc, e, ev, employers)), None)
        if target is None:
            out.append(ev)
        else:
            # the places a headline put for the bodies the text names give way to those bodies
            drop = _headline_places(doc, target, ev) or _headline_places(doc, ev, target)
            _absorb(doc, target, ev)
            if drop:
                target["participants"] = [p for p in target["participants"] if p.get("entity") not in drop]
    # a signing whose only parties are people, beside the one signing of its kind that names
    # organisations: the people signed for them
    for ev in list(out):
        orgs, people = _parties(doc, ev)
        if orgs or not people or ev["type"] in _PER_ACTOR:
            continue
        others = [
            e
            for e in out
            if e is not ev
            and _same_kind(e["type"], ev["type"])
            and _parties(doc, e)[0]
            and _dates_agree(e.get("date"), ev.get("date"))
        ]
        if len(others) == 1 and ev["type"] in (*_SIGNINGS, "cooperation"):
            _absorb(doc, others[0], ev)
            out.remove(ev)
    # "signed a letter of intent to set up cluster X": the founding's sentence also tells the signing
    signings = [e for e in out if e["type"] in _SIGNINGS]
    for ev in out:
        if ev["type"] != "founding" or not signings:
            continue
        for s in _sentences_of(doc, ev):
            typ = _signing_in(doc, s)
            cands = [e for e in signings if e["type"] == typ]
            if len(cands) != 1:
                continue
            span = [doc.sentences[s].start, doc.sentences[s].end]
            sig = cands[0]
            if span not in (sig.get("evidence") or []):
                sig["evidence"] = sorted([*(sig.get("evidence") or []), span])
    doc.events = out


on_data_change(_signing_nouns.cache_clear)
on_data_change(_title_pattern.cache_clear)
