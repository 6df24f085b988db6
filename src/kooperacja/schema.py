"""The record's contract (shared/spec/extraction.md): its vocabularies and its types, in one place.

Every layer that reads or writes records (extract, resolve, store, analysis, the faces) takes the event
types and their roles, the entity types and subtypes, statuses, metrics, units, qualifiers and sector
codes from here. Sector codes are read from the one sector table, `kooperacja/data/sectors.tsv`. This
module sits at the bottom of the layers (it imports only `kooperacja.data`).
"""

from __future__ import annotations

from functools import cache
from typing import Literal, NotRequired, TypedDict

# ----------------------------------------------------------------------------------------- vocabularies

ENTITY_TYPES: tuple[str, ...] = ("organization", "person", "place")

ORG_SUBTYPES: tuple[str, ...] = (
    "economic_zone",
    "cluster",
    "municipality",
    "regional_government",
    "national_government",
    "agency",
    "company",
    "research_education",
    "technology_park",
    "business_association",
    "international_org",
    "other",
)
PLACE_SUBTYPES: tuple[str, ...] = ("city", "region", "country", "other")

# the event types of the record and the participant roles each admits
EVENT_ROLES: dict[str, tuple[str, ...]] = {
    "agreement": ("party",),
    "letter_of_intent": ("party",),
    "cooperation": ("party",),
    "visit": ("visitor", "host"),
    "conference": ("organizer", "participant"),
    "founding": ("founder", "founded"),
    "membership": ("member", "group"),
    "investment": ("investor", "host"),
    "award": ("recipient", "grantor"),
}
EVENT_TYPES: tuple[str, ...] = tuple(EVENT_ROLES)
ROLES: tuple[str, ...] = tuple(dict.fromkeys(r for roles in EVENT_ROLES.values() for r in roles))
# the signed (or agreed) kinds of cooperation, which reports of one event may name differently
SIGNINGS: tuple[str, ...] = ("agreement", "letter_of_intent", "cooperation")

EVENT_STATUSES: tuple[str, ...] = ("done", "planned")
"""An event's `status`; absent means "done"."""

METRICS: tuple[str, ...] = (
    "investment",
    "budget",
    "jobs",
    "employees",
    "companies",
    "members",
    "partners",
    "area_ha",
    "revenue",
    "exports",
)
QUALIFIERS: tuple[str, ...] = ("exact", "approx", "more_than", "less_than", "up_to")
COUNT_UNITS: tuple[str, ...] = ("count", "ha")
"""Units of a figure besides ISO 4217 currency codes."""

REVIEW_STATUSES: tuple[str, ...] = ("open", "merged", "rejected")
"""The states of a review item (a merge or split the store proposes and a person decides)."""


@cache
def sector_table() -> tuple[dict[str, str], ...]:
    """The rows of `data/sectors.tsv` (code, pl, en), in the table's order."""
    from kooperacja.data import read_tsv

    return tuple(dict(r) for r in read_tsv("sectors.tsv") if r.get("code"))


def sector_codes() -> tuple[str, ...]:
    """The sector codes, in the table's order."""
    return tuple(r["code"] for r in sector_table())


# ---------------------------------------------------------------------------------------------- types

EntityType = Literal["organization", "person", "place"]
Offsets = list[int]
"""[start, end) character offsets into the document's text."""


class Role(TypedDict):
    title: str
    organization: str | None


class Entity(TypedDict):
    id: str
    type: EntityType
    name: str
    subtype: NotRequired[str | None]
    aliases: NotRequired[list[str]]
    country: NotRequired[str | None]
    roles: NotRequired[list[Role]]
    mentions: NotRequired[list[Offsets]]
    confidence: NotRequired[float]


class Participant(TypedDict):
    entity: str
    role: str
    confidence: NotRequired[float]


class Event(TypedDict):
    type: str
    participants: list[Participant]
    status: NotRequired[str]
    date: NotRequired[str | None]
    place: NotRequired[str | None]
    sectors: NotRequired[list[str]]
    name: NotRequired[str | None]
    evidence: NotRequired[list[Offsets]]
    confidence: NotRequired[float]


class Figure(TypedDict):
    entity: str
    metric: str
    value: float
    unit: str
    qualifier: NotRequired[str]
    confidence: NotRequired[float]


class Record(TypedDict):
    """One document as the extractor gives it (and as the gold sets are written)."""

    doc_id: str
    lang: str | None
    published: str | None
    entities: list[Entity]
    events: list[Event]
    figures: list[Figure]
    sectors: list[str]
    extractor: NotRequired[str]
    title: NotRequired[str]
    url: NotRequired[str]
    # happenings told without enough named actors: no events (never scored); the store only adds the
    # report as a source of a stored event it clearly retells (extract/event_coref.py)
    partial_events: NotRequired[list[Event]]
