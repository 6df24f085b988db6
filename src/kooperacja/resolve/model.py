"""What the resolver needs from what is stored (`Catalog`), and what it decides (`Decision`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol


@dataclass
class Candidate:
    id: int
    type: str
    subtype: str | None
    name: str
    norm: str
    country: str | None = None
    doc_count: int = 0
    matched: str = "name"  # name | alias | acronym | initials | surname | gazetteer


@dataclass
class EventCandidate:
    """A stored event (or the one being resolved) as the event matcher sees it. `place` and
    `published` (the publication dates of its sources' documents) are optional: a catalog that does
    not fill them makes the matcher rely on participants, type, date and name alone."""

    id: int
    type: str
    date: str | None
    name: str | None
    participants: set[int]
    doc_pks: set[int]
    place: int | None = None
    published: set[str] = field(default_factory=set)
    # folded word stems of the reports' evidence sentences (`resolve.events.evidence_keys`)
    words: set[str] = field(default_factory=set)
    # where the place lies (`resolve.places.area`): gazetteer id, region, country, level
    area: tuple[str | None, str | None, str | None, int] | None = None
    # every entity its reports name (participants or not)
    mentioned: set[int] = field(default_factory=set)
    # the word stems of each report's evidence apart (`words` is their union)
    source_words: list[set[str]] = field(default_factory=list)


@dataclass
class Decision:
    """Attach to `entity_id` (None: create a new one) by `rule` because of `reason`;
    `bridge` lists other stored entities this one shows to be the same (to be merged into it)."""

    entity_id: int | None
    rule: str
    reason: str
    bridge: list[tuple[int, str]] = field(default_factory=list)
    # near misses: (stored entity id, score, evidence) for the review queue
    review: list[tuple[int, float, str]] = field(default_factory=list)


@dataclass
class DocContext:
    """What the resolver knows about the document being resolved."""

    doc_pk: int
    doc_id: str
    text: str = ""  # the document's text and its entity names, for context
    resolved: dict[str, int] = field(default_factory=dict)  # local id → entity id, so far
    affiliations: dict[str, set[int]] = field(default_factory=dict)  # person local id → org entity ids
    _stems: set[str] | None = None

    @property
    def stems(self) -> set[str]:
        """Folded 5-letter stems of the words of the text (computed when first needed)."""
        if self._stems is None:
            from kooperacja.resolve.entities import text_stems

            self._stems = text_stems(self.text)
        return self._stems


class Catalog(Protocol):
    def by_key(self, etype: str, norm: str) -> list[Candidate]: ...

    def by_acronym(self, etype: str, acronym: str) -> list[Candidate]: ...

    def by_surname(self, norm: str) -> list[Candidate]: ...

    def by_gazetteer(self, gazetteer_id: str) -> list[Candidate]: ...

    def full_names(self, entity_id: int) -> set[str]: ...

    def affiliations(self, person_id: int) -> set[int]: ...

    def forced(self, etype: str, norm: str) -> set[str]: ...

    def forbidden(self, etype: str, norm: str) -> set[str]: ...

    def events_with(self, entity_ids: set[int], etype: str) -> list[EventCandidate]: ...

    def events_named(self, etype: str, name: str) -> list[EventCandidate]: ...

    # optional: `events_by_id(ids) -> list[EventCandidate]` (the events of a near-duplicate's original);
    # `event_candidates(entity_ids, types, name, window) -> list[EventCandidate]`: in one call, the
    # events of any of `types` with one of the participants or the normalised `name`, leaving out
    # those with a date outside `window` (first, last day; None: no bound)
