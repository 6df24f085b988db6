"""The columns that reference stored entities and events: one registry read by merge, split and delete.

A new table with an entity or event column is added here, and merging, splitting and deleting follow it.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Ref:
    """`table.column` holds an entity (or event) id.

    `via`: the column of the same row that names the document entity the reference came from
    (`doc_entities.id`), so that a split can move the row with its document entity; None where the
    reference is derived from other rows (an event's place is recomputed from its sources).
    `optional`: the column may be NULL, and is cleared when the entity it names is gone."""

    table: str
    column: str
    via: str | None
    optional: bool = False


ENTITY_REFS: tuple[Ref, ...] = (
    Ref("doc_entities", "entity_id", "id"),
    Ref("mentions", "entity_id", "doc_entity_id"),
    Ref("figures", "entity_id", "doc_entity_id"),
    Ref("participants", "entity_id", "doc_entity_id"),
    Ref("roles", "person_id", "person_de"),
    Ref("roles", "org_id", "org_de", optional=True),
    Ref("events", "place_id", None, optional=True),
    Ref("event_sources", "place_id", "place_de", optional=True),
)
"""Every column that holds an `entities.id` (besides `entity_aliases`, which is rebuilt from the
document entities, and the review queue's pairs, which are re-queued)."""

EVENT_REFS: tuple[Ref, ...] = (
    Ref("event_sources", "event_id", None),
    Ref("participants", "event_id", None),
)
"""Columns that hold an `events.id` and move with a merge (besides `event_sectors`, recomputed from the
sources, `event_links`, whose pairs are unique, and the review queue)."""

DOCUMENT_TABLES: tuple[str, ...] = (
    "mentions",
    "roles",
    "figures",
    "event_sources",
    "doc_entities",
    "doc_bands",
    "doc_signatures",
)
"""Tables whose rows belong to one document (`doc_pk`), in the order their rows are deleted; with
`search_rows` and, through `event_sources`, `participants` they are deleted with the document
(foreign keys with ON DELETE CASCADE, migration 008)."""


def moved_by_merge() -> list[tuple[str, str]]:
    """(table, column) pairs an entity merge rewrites from the merged id to the kept one."""
    return [(r.table, r.column) for r in ENTITY_REFS]


def moved_by_split() -> list[tuple[str, str, str]]:
    """(table, column, document-entity column) pairs a split rewrites for the document entities it moves."""
    return [(r.table, r.column, r.via) for r in ENTITY_REFS if r.via is not None]


def cleared_when_gone() -> list[tuple[str, str]]:
    """(table, column) pairs set to NULL when the entity they name is deleted (the references from
    rows of other documents that may outlive it)."""
    return [(r.table, r.column) for r in ENTITY_REFS if r.optional]
