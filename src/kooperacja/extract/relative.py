"""Where a relative clause opens: one test shared by the event rules (events, modality)."""

from __future__ import annotations

from kooperacja.extract.cues import cues
from kooperacja.extract.doc import Doc


def opens_relative(doc: Doc, k: int, s1: int) -> bool:
    """Whether the comma at token k opens a relative clause: a relative pronoun (`relative_pronoun` of
    ``event_cues.tsv``) among the two words after it (", która …", ", w którym …"), one after a preposition and its
    noun (", w ramach którego …"), or a relative adverb right after it (`relative_adverb`: ", gdzie …")."""
    if doc.tokens[k].text != ",":
        return False
    w = cues(doc.lang, "event_cues")
    if k + 1 < s1 and doc.tokens[k + 1].lower in getattr(w, "relative_adverb", frozenset()):
        return True
    if any(doc.lemmas(j) & w.relative_pronoun for j in range(k + 1, min(s1, k + 3))):
        return True
    return (
        k + 3 < s1
        and any(r.pos == "prep" for r in doc.readings[k + 1])
        and any(r.pos == "subst" for r in doc.readings[k + 2])
        and bool(doc.lemmas(k + 3) & w.relative_pronoun)
    )
