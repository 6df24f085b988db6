"""Cross-document resolution of entities and events (pure functions over records + what is stored)."""

from kooperacja.resolve.dates import compatible, interval
from kooperacja.resolve.entities import resolve_entity, text_stems
from kooperacja.resolve.events import resolve_event
from kooperacja.resolve.model import Candidate, Catalog, Decision, DocContext, EventCandidate
from kooperacja.resolve.names import acronym_key, initials, is_acronym, keys, norm

__all__ = [
    "Candidate",
    "Catalog",
    "Decision",
    "DocContext",
    "EventCandidate",
    "acronym_key",
    "compatible",
    "initials",
    "interval",
    "is_acronym",
    "keys",
    "norm",
    "resolve_entity",
    "resolve_event",
    "text_stems",
]
