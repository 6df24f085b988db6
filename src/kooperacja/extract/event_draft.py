"""An event as the event components hand it on before merging: type, sentence, participants (mention, role),
date, place, name, status, sentences and sectors."""

from __future__ import annotations

from dataclasses import dataclass, field

from kooperacja.extract.cues import tag_classes
from kooperacja.extract.doc import Doc
from kooperacja.text.namekeys import fold

_CLAUSE_VERB = tag_classes().clause_verb

PARTY_TYPES = ("agreement", "letter_of_intent", "cooperation")
MIN_PARTICIPANTS = {"agreement": 2, "letter_of_intent": 2, "cooperation": 2}


# the status of a future report of a later part of a happening the text reports as done ("W kolejnych dniach
# grupa odwiedzi Legionowo"): it joins that happening's participants, or is no event of its own
PART = "continued"
CONTINUED_TYPES = ("visit",)
# gatherings that a report announces: one dated after the article, told in a sentence with no past tense ("Izba
# zaprasza 3 czerwca na seminarium", "forum, które odbędzie się 12 maja"), is planned
ANNOUNCED_TYPES = ("conference", "visit")


@dataclass
class Draft:
    type: str
    sent: int
    participants: list[tuple[int, str]] = field(default_factory=list)  # (mention index, role)
    date: str | None = None
    place: int | None = None  # mention index
    name: str | None = None
    status: str = "done"
    sents: list[int] = field(default_factory=list)
    sectors: list[str] = field(default_factory=list)
    ongoing: bool = False  # a cooperation that has lasted for a time ("współpracują od lat"), no signing
    # the date one item of a list gives its own actor only ("– Gamma wybuduje magazyn do 2028 r."): entity → date
    actor_dates: dict[int, str] = field(default_factory=dict)
    # the coordinate clause that a happening told apart by its own date stands in (event_dates.split_part), else None
    clause: int | None = None
    land_place: bool = (
        False  # the place is a land after "na" ("zakład na Śląsku"): a town of another sentence wins
    )

    def take_place(self, doc: Doc, other: Draft) -> None:
        """The place of a draft merged into this one: this one's, unless it has none, or only a land after "na"
        and the other names a town ("Fabryka stanie na Śląsku. … powstanie w Gliwicach")."""
        if other.place is None:
            return
        if self.place is None or (
            self.land_place and not other.land_place and sub(doc, other.place) == "city"
        ):
            self.place, self.land_place = other.place, other.land_place

    def entities(self, doc: Doc) -> set[int]:
        return {doc.mentions[m].entity for m, _ in self.participants}


def sub(doc: Doc, n: int) -> str | None:
    m = doc.mentions[n]
    return doc.entities[m.entity].subtype if m.entity >= 0 else m.subtype


_SHORT = 4  # a place's word shorter than the stem length but of this many letters at least is its own stem


def shares_stem(places: list[str], name: str, n: int) -> bool:
    """Whether a word of `name` opens with the first `n` letters of a word of one of the places (a body named by
    its land's adjective: "Katalonia", "Kataloński Związek"), letters with diacritics folded ("Łódź", "Łodzi"); a
    place's word shorter than `n` letters (but of four at least) is its own stem ("Lwów", "Lwowski"); a shorter
    one is none ("Sól" is no stem of "Solec")."""
    stems = {w[:n] for p in places for w in fold(p).split() if len(w) >= _SHORT}
    return any(w.startswith(stem) for w in fold(name).split() for stem in stems)


def verbs_active(doc: Doc, at: list[int]) -> bool:
    return any(r.pos in _CLAUSE_VERB for i in at for r in doc.readings[i])


def grantor_only(d: Draft) -> bool:
    """An award draft that names its grantor and no recipient: it only lends the grantor (`lend_grantor`)."""
    return d.type == "award" and bool(d.participants) and all(r == "grantor" for _, r in d.participants)


def enough(d: Draft, doc: Doc) -> bool:
    if grantor_only(d):
        return False  # a grantor alone is no award
    n = len(d.entities(doc))
    return n >= MIN_PARTICIPANTS.get(d.type, 1)
