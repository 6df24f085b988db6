"""Where a relative clause opens: the one place that says it, for every rule that asks (events, modality, dates,
participants, figures). The relative pronoun is one row of ``event_cues.tsv`` (`relative_pronoun`, a lemma: "który"),
the relative adverb another (`relative_adverb`: "gdzie"); the pronoun's written forms come from the morphology. The
conjunctions that open a subordinate clause ("że", "aby") are no relative words: they are named apart
(`subordinator` of ``event_words.tsv``) and join the relative words only in `clause_openers`."""

from __future__ import annotations

from functools import cache

from kooperacja.data.language_data import language_data
from kooperacja.extract.cues import cues
from kooperacja.extract.doc import Doc


def relative_pronouns(lang: str) -> frozenset[str]:
    """The lemmas of the relative pronoun ("który"); none in a language without the table."""
    if not language_data(lang).has("event_cues"):
        return frozenset()
    return getattr(cues(lang, "event_cues"), "relative_pronoun", frozenset())


def relative_forms(lang: str) -> frozenset[str]:
    """The written forms (lower-cased) of the relative pronoun ("która", "którego", "którymi")."""
    data = language_data(lang)
    return _relative_forms(data.code, str(data.root))


@cache
def _relative_forms(code: str, root: str) -> frozenset[str]:
    from kooperacja.text.morphology import morphology

    lemmas = relative_pronouns(code)
    return frozenset(form.lower() for lemma in lemmas for form, _tag in morphology().forms(lemma)) | lemmas


def clause_openers(lang: str) -> frozenset[str]:
    """The words (lower-case forms) that open a relative clause (the pronoun's forms, the relative adverb) or a
    subordinate one (`subordinator` of ``event_words``: "że", "aby", "czy") right after a comma."""
    data = language_data(lang)
    return _clause_openers(data.code, str(data.root))


@cache
def _clause_openers(code: str, root: str) -> frozenset[str]:
    data = language_data(code)
    adverbs = (
        getattr(cues(code, "event_cues"), "relative_adverb", frozenset())
        if data.has("event_cues")
        else frozenset()
    )
    subordinators = (
        getattr(cues(code, "event_words"), "subordinator", frozenset())
        if data.has("event_words")
        else frozenset()
    )
    return relative_forms(code) | adverbs | subordinators


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
        and doc.is_preposition(k + 1)
        and any(r.pos == "subst" for r in doc.readings[k + 2])
        and bool(doc.lemmas(k + 3) & w.relative_pronoun)
    )


def relative_clauses(doc: Doc, s0: int, s1: int) -> list[tuple[int, int]]:
    """The relative clauses of the sentence s0..s1 as token spans [a, b): from the word after the comma that opens
    one (`opens_relative`: "…, która …", "…, w którym …") to the next comma or semicolon, or the sentence's end."""
    out = []
    for k in range(s0, s1):
        if opens_relative(doc, k, s1):
            out.append((k + 1, doc.comma_stretch(k + 1, k + 1, s1)[1]))
    return out
