"""In-document merge: one event per happening (same type, shared participants, compatible dates), actorless
reports lending their date and place, one award per recipient, one investment per investor, one membership per
member and one cooperation per partner of a hub."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path

from kooperacja.data.language_data import language_data
from kooperacja.extract.cues import cues
from kooperacja.extract.doc import Doc
from kooperacja.extract.event_dates import apart_from_occasion, dates_compatible
from kooperacja.extract.event_draft import (
    PART,
    PARTY_TYPES,
    Draft,
    enough,
    grantor_only,
    sub,
)
from kooperacja.extract.relative import relative_forms
from kooperacja.text.tokens import line_item_marker

_PER_ACTOR = {"award": "recipient", "investment": "investor", "membership": "member"}


def split_per_actor(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """One award per recipient, one investment per investor, one membership per member (each keeps the other
    roles), one cooperation
    per partner of the party named first."""
    out: list[Draft] = []
    for d in drafts:
        role = _PER_ACTOR.get(d.type)
        actors = [p for p in d.participants if p[1] == role] if role else []
        others = [p for p in d.participants if p[1] != role]
        if d.type == "cooperation" and len(d.participants) >= 3:
            # "Alfa współpracuje z Betą, Gammą i Deltą": one cooperation of the hub (named first) per partner
            others, actors = d.participants[:1], d.participants[1:]
        if d.type == "agreement" and len(d.participants) >= 3:
            # "Alfa podpisała porozumienia z Betą i z Gammą": agreements in the plural, one per partner
            partners = _plural_partners(doc, d)
            if partners:
                others, actors = [p for p in d.participants if p not in partners], partners
                last = max(doc.mentions[n].t0 for n, _ in partners)
                if any(doc.mentions[n].t0 > last for n, _ in others):
                    # "Prezes Agencji D spotkał się z firmami A i B, z którymi Gmina C podpisała porozumienia": the
                    # partners listed before "z którymi", the signer after them; a party named before that list
                    # signed none of these
                    others = [p for p in others if doc.mentions[p[0]].t0 > last]
        if len(actors) < 2:
            out.append(d)
            continue
        for a in actors:
            out.append(
                Draft(
                    d.type,
                    d.sent,
                    [a, *others],
                    d.actor_dates.get(doc.mentions[a[0]].entity, d.date),
                    d.place,
                    d.name,
                    d.status,
                    list(d.sents),
                    list(d.sectors),
                )
            )
    return out


@cache
def _plural_words(code: str, root: Path) -> tuple[frozenset[str], frozenset[str]]:
    """The one-word agreement nouns (`event_triggers`) and the prepositions of a partner ("z", `event_cues`)."""
    data = language_data(code)
    nouns = frozenset(
        r["lemma"]
        for r in data.rows("event_triggers")
        if r.get("kind") == "noun" and r.get("type") == "agreement" and " " not in r["lemma"]
    )
    preps = frozenset(r["word"] for r in data.rows("event_cues") if r.get("use") == "with_preposition")
    return nouns, preps


def _plural_partners(doc: Doc, d: Draft) -> list[tuple[int, str]]:
    """The partners, two or more, that an agreement noun in the plural object case ("podpisała porozumienia", no
    singular reading in that case) has after it in its sentence, each after "z" ("z firmą Alfa i ze spółką Beta",
    "z firmami Alfa, Beta i Gamma"); none where not all the parties are in that sentence or none is left before."""
    data = language_data(doc.lang)
    nouns, preps = _plural_words(data.code, data.root)
    s0, s1 = doc.sent_span[d.sent]
    ms = doc.mentions
    if any(ms[n].sent != d.sent for n, _ in d.participants):
        return []
    for i in range(s0, s1):
        if nouns.isdisjoint(doc.lemmas(i)):
            continue
        rs = [r for r in doc.readings[i] if r.pos == "subst" and r.lemma in nouns]
        if not any("acc" in r.cases and "pl" in r.numbers for r in rs) or any(
            "acc" in r.cases and "sg" in r.numbers for r in rs
        ):
            continue
        after = [p for p in d.participants if ms[p[0]].t0 > i]
        prep = next((k for k in range(i + 1, s1) if doc.tokens[k].lower in preps), None)
        if prep is None and not after:
            return _partners_before(doc, d, i, preps)
        if prep is None or any(ms[n].t0 < prep for n, _ in after):
            return []
        partners = [p for p in after if ms[p[0]].t0 > prep]
        if len({ms[n].entity for n, _ in partners}) >= 2 and len(partners) < len(d.participants):
            return partners
        return []
    return []


def _partners_before(doc: Doc, d: Draft, i: int, preps: frozenset[str]) -> list[tuple[int, str]]:
    """ "organizacje A i B, z którymi Gmina C podpisała porozumienia": the partners of an agreement noun in the plural
    (at i) are the list of names right before the comma, "z" and the relative pronoun that open its clause (joined by
    commas or `list_conjunction` words; not the main clause's subject before them: "Prezes Agencji D spotkał się
    z firmami A i B, z którymi …"), the party who signed between the pronoun and the noun."""
    s0 = doc.sent_span[d.sent][0]
    forms = relative_forms(doc.lang)
    joins = getattr(cues(doc.lang, "event_cues"), "list_conjunction", frozenset())
    ms = doc.mentions
    for k in range(i - 1, s0, -1):
        if doc.tokens[k].lower in forms and doc.tokens[k - 1].lower in preps:
            listed: set[int] = set()
            p = k - 2
            if p <= s0 or doc.tokens[p].text != ",":
                return []
            p -= 1
            while p >= s0:
                n = doc.mention_at(p)
                if n is not None:
                    listed.add(n)
                    p = ms[n].t0 - 1
                elif (doc.tokens[p].lower in joins or doc.tokens[p].text == ",") and listed:
                    p -= 1
                else:
                    break
            partners = [x for x in d.participants if x[0] in listed]
            signers = [x for x in d.participants if k < ms[x[0]].t0 < i]
            if len({ms[n].entity for n, _ in partners}) >= 2 and signers:
                return partners
            return []
    return []


def merge_drafts(
    doc: Doc, drafts: list[Draft], tense: Callable[[Doc, Iterable[int]], str | None]
) -> list[Draft]:
    """One event per happening: same type (or cooperation inside an agreement) and shared participants; drafts
    with too few participants lend their date and place to the event they report."""
    parts = [d for d in drafts if d.status == PART]
    drafts = [d for d in drafts if d.status != PART]
    complete = [d for d in drafts if enough(d, doc)]
    # a grantor-only award draft ("Izba Alfa ogłosiła konkurs w maju") lends its grantor only, not its date
    pending = [d for d in drafts if not enough(d, doc) and not grantor_only(d)]
    out: list[Draft] = []
    for d in complete:
        target = next(
            (e for e in out if same_happening(doc, d, e) and not _two_plants(doc, d, e, tense)), None
        )
        if target is None:
            out.append(d)
        else:
            absorb(doc, target, d)
    for d in parts:  # later stops of a trip reported as done join it; alone they are no event
        target = next(
            (e for e in out if e.status == "done" and e.sent < d.sent and same_happening(doc, d, e)), None
        )
        if target is not None:
            absorb(doc, target, d)
    lend_grantor(doc, drafts, out)
    lend_zone_host(doc, drafts, out)
    lent = lend_to_named(doc, pending, out)
    date_from_next_sentence(doc, pending, lent, out)
    borrow_dates(doc, out)
    return out


def lend_grantor(doc: Doc, drafts: list[Draft], events: list[Draft]) -> None:
    """ "Nagrody przyznaje Izba Alfa. … Nagrodę otrzymała Spółka Beta.": where the document's awards name one
    grantor only (and it receives none), the awards that name none take it."""
    grantors: dict[int, int] = {}
    recipients: set[int] = set()
    for d in drafts:
        if d.type != "award":
            continue
        for n, role in d.participants:
            e = doc.mentions[n].entity
            if role == "grantor":
                grantors.setdefault(e, n)
            else:
                recipients.add(e)
    if len(grantors) != 1 or set(grantors) & recipients:
        return
    ((e, n),) = grantors.items()
    for d in events:
        if d.type == "award" and not any(r == "grantor" for _, r in d.participants):
            d.participants.append((n, "grantor"))


def lend_zone_host(doc: Doc, drafts: list[Draft], events: list[Draft]) -> None:
    """ "Strefa Alfa wydała pięć zezwoleń. … Zakład zbuduje spółka Beta.": where the document names one
    economic zone only, the investments that name no host take it as their host."""
    hosts: dict[int, int] = {}
    for n, m in enumerate(doc.mentions):
        if m.type == "organization" and m.entity >= 0 and sub(doc, n) == "economic_zone":
            hosts.setdefault(m.entity, n)
    if len(hosts) != 1:
        return
    ((e, n),) = hosts.items()
    for d in events:
        if d.type == "investment" and not any(r == "host" for _, r in d.participants):
            if e not in d.entities(doc):
                d.participants.append((n, "host"))


def _same_type(a: str, b: str) -> bool:
    return a == b or {a, b} <= {"agreement", "cooperation"} or {a, b} <= {"letter_of_intent", "cooperation"}


def _years_of(date: str | None) -> set[int]:
    """The years a date value spans ("2027-04-15" → {2027}, "2027/2029" → {2027, 2028, 2029})."""
    if not date:
        return set()
    ends = [part[:4] for part in date.split("/")]
    if not all(y.isdigit() for y in ends):
        return set()
    return set(range(int(ends[0]), int(ends[-1]) + 1))


def _years_apart(a: str | None, b: str | None) -> bool:
    """Two dates, both given, that share no year: statements of two happenings, not one."""
    ya, yb = _years_of(a), _years_of(b)
    return bool(ya and yb) and not ya & yb


def _two_plants(doc: Doc, d: Draft, e: Draft, tense: Callable[[Doc, Iterable[int]], str | None]) -> bool:
    """ "postawi chłodnię w Kutnie … Dwa lata temu oddała do użytku taką samą chłodnię w Brnie": investments of one
    investor in two towns, one told done and the other to come, are two plants (not the permit of one year and
    the plant of the next, told with one town or none); `tense` tells a sentence's step of a plant."""
    if d.type != "investment" or not _towns_apart(doc, d, e):
        return False
    return {tense(doc, d.sents), tense(doc, e.sents)} == {"done", "future"}


def _towns_apart(doc: Doc, d: Draft, e: Draft) -> bool:
    """Both drafts name a town as their place, and not the same one."""
    if d.place is None or e.place is None:
        return False
    a, b = doc.mentions[d.place], doc.mentions[e.place]
    return a.entity != b.entity and sub(doc, d.place) == sub(doc, e.place) == "city"


def _groups_apart(doc: Doc, d: Draft, e: Draft) -> bool:
    """Both drafts name the group joined, and no group is shared."""
    ga = {doc.mentions[m].entity for m, r in d.participants if r == "group"}
    gb = {doc.mentions[m].entity for m, r in e.participants if r == "group"}
    return bool(ga and gb) and not ga & gb


def same_happening(doc: Doc, d: Draft, e: Draft) -> bool:
    """Do drafts d and e report one happening (types that fit, shared participants, and for visits compatible
    dates; two agreements share two parties)?"""
    if not _same_type(e.type, d.type):
        return False
    if {d.status, e.status} == {"done", "planned"}:
        return False  # "Delegacja odwiedziła Borowo. Kolejna wizyta odbędzie się w czerwcu": a visit to come is another
    if d.type != e.type and (d.ongoing or e.ongoing):
        return False  # "A i B współpracują od lat" is no report of the agreement they sign now
    if (
        d.sent == e.sent
        and None not in (d.clause, e.clause)
        and d.clause != e.clause
        and _years_apart(d.date, e.date)
    ):
        # "W 2021 r. firma uruchomiła magazyn w Tallinnie, a w 2027 r. otworzy centrum w Elblągu": two clauses that
        # the split told apart (event_dates.split_part), two happenings
        return False
    a, b = d.entities(doc), e.entities(doc)
    if d.type == "visit":
        if not dates_compatible(d.date, e.date):
            return False
    elif d.type == "membership" and _years_apart(d.date, e.date) and _groups_apart(doc, d, e):
        # "Powiat wstąpił w 2023 r. do izby. Od 1998 r. jest też członkiem związku": two groups, two joinings (the
        # same group told again, "w 2026 r. nadal jest członkiem izby", is one membership; an investment's start
        # and end, an agreement's signing and term, are often told with years of their own: one happening)
        return False
    elif not a & b:
        return False
    return not (
        d.type in PARTY_TYPES
        and not d.type == e.type == "cooperation"
        and len(a & b) < min(2, len(a), len(b))
    )


def _actor_entities(doc: Doc, d: Draft) -> set[int]:
    """The entities a draft names in the role it is split by (recipient, investor, member); unresolved ones left out."""
    role = _PER_ACTOR.get(d.type)
    return {doc.mentions[n].entity for n, r in d.participants if r == role and doc.mentions[n].entity >= 0}


def _list_item(doc: Doc, d: Draft) -> bool:
    """Draft d is told in an item of a list: on a line opened by a bullet or a number ("– Beta wybuduje …", "2) Beta
    …"), or right after the colon that opens an enumeration. An ordinary next sentence about the same happening
    ("Alfa i Beta wybudują zakład. Alfa rozpocznie budowę w kwietniu.") is no item: its date dates the whole event."""
    char = doc.tokens[doc.sent_span[d.sent][0]].start
    line = doc.text[doc.text.rfind("\n", 0, char) + 1 :].lstrip()
    return line_item_marker(line) is not None or doc.text[:char].rstrip().endswith(":")


def absorb(doc: Doc, target: Draft, d: Draft) -> None:
    """Draft d's new participants, date, place, name, sentences and sectors join the target."""
    if target.type == "cooperation" and d.type != "cooperation":
        target.type = d.type
    actors, own = _actor_entities(doc, target), _actor_entities(doc, d)
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
    if d.date and not target.date and own and own < actors and _list_item(doc, d):
        # "Decyzje dostały: – Alfa rozbuduje halę, – Beta wybuduje magazyn do 2028 r.": a dated item of a list that
        # names some of the event's actors (award, investment, membership) dates theirs only, not its siblings'
        for ent in own:
            target.actor_dates.setdefault(ent, d.date)
    else:
        target.date = target.date or d.date
    target.take_place(doc, d)
    target.name = target.name or d.name
    target.sents += d.sents
    target.sectors = sorted(set(target.sectors) | set(d.sectors))


def lend_to_named(doc: Doc, pending: list[Draft], out: list[Draft]) -> set[int]:
    """A sentence that states a happening without naming its actors lends its date and place to the event of
    the same type that names them; the indices of the pending drafts that lent."""
    lent: set[int] = set()
    signed = ("agreement", "letter_of_intent")
    for k, p in enumerate(pending):
        # an event of the draft's own type first: "Podpisane porozumienie …" reports the agreement already
        # named, not a cooperation mentioned beside it
        ranked = sorted(out, key=lambda e: e.type != p.type)
        for e in ranked:
            upgrade = p.type in signed and e.type in ("cooperation", *signed) and not e.ongoing
            if not dates_compatible(p.date, e.date) or (p.status == "planned") != (e.status == "planned"):
                continue  # "Kolejna gala odbędzie się 10 maja": an occasion to come is not one already told
            if (e.type == p.type or upgrade) and p.entities(doc) <= e.entities(doc):
                if upgrade and (e.type == "cooperation" or p.type == "letter_of_intent"):
                    e.type = p.type
                e.date = e.date or p.date
                e.take_place(doc, p)
                e.name = e.name or p.name  # "Forum Alfa 2023 odbyło się … Organizatorem była Izba Beta."
                e.sents.append(p.sent)
                e.sectors = sorted(set(e.sectors) | set(p.sectors))
                lent.add(k)
                break
    return lent


def date_from_next_sentence(doc: Doc, pending: list[Draft], lent: set[int], out: list[Draft]) -> None:
    """ "Spółka Alfa dołączyła do klastra Beta. Umowę podpisano 3 marca 2023 r.": an actorless dated happening told
    as done dates the undated event of the sentence before it, in the same paragraph ("W 2015 roku firma
    otworzyła halę" after a paragraph break is another story; "Kolejna gala odbędzie się …" one to come)."""
    for k, p in enumerate(pending):
        if k in lent or not p.date or p.participants or p.status == "planned" or p.sent == 0:
            continue
        if doc.break_between(p.sent - 1, p.sent):
            continue
        for e in out:
            if e.date is None and p.sent - 1 in e.sents and not apart_from_occasion(doc, p.sent - 1):
                # (not "Trzy tygodnie po targach A podpisała umowę. Targi odbyły się 20–24 kwietnia.")
                e.date = p.date
                e.sents.append(p.sent)


@cache
def _reference_nouns(code: str, root: Path) -> dict[str, str]:
    """Nouns that refer to another event, with its type (read once per language and data folder)."""
    return language_data(code).mapping("event_reference_nouns", "lemma", "type")


def borrow_dates(doc: Doc, events: list[Draft]) -> None:
    """ "Po wizycie strony podpisały umowę": an undated event that refers to another event of the
    document takes its date."""
    data = language_data(doc.lang)
    nouns = _reference_nouns(data.code, data.root)
    dated = {}
    for e in events:
        if e.date:
            dated.setdefault(e.type, []).append(e)
    for e in events:
        if e.date or apart_from_occasion(doc, e.sent):
            continue  # "Kilka tygodni po wizycie strony podpisały umowę": not on the visit's days
        s0, s1 = doc.sent_span[e.sent]
        refs = {nouns[lem] for i in range(s0, s1) for lem in doc.lemmas(i) if lem in nouns}
        refs.discard(e.type)
        for typ in refs:
            if len(dated.get(typ, [])) == 1:
                e.date = dated[typ][0].date
                break
