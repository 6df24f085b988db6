"""The text-analysis components: tokens with morphology, sentences, dates and amounts."""

from __future__ import annotations

from kooperacja.extract.doc import Doc
from kooperacja.text.morphology import Reading, morphology
from kooperacja.text.sentences import split_sentences, token_sentences
from kooperacja.text.tokens import tokenize


def analyse_text(doc: Doc) -> None:
    """Tokens, their readings and sentences, with each token's sentence."""
    doc.tokens = tokenize(doc.text, lang=doc.lang)
    m = morphology()
    entries, entry = m._entries, m.entry
    readings: list[tuple[Reading, ...]] = []
    lemmas: dict[int, frozenset[str]] = {}
    keys: list[frozenset[str]] = []
    for i, t in enumerate(doc.tokens):
        if t.is_word:
            e = entries.get(t.text) or entry(t.text)
            readings.append(e[0])
            lemmas[i] = e[1]
            keys.append(e[2])
        else:
            readings.append(())
            keys.append(frozenset((t.lower,)))
    doc.readings = readings
    doc._lemma_cache = lemmas  # frozen sets, shared by equal word forms across documents
    doc.keys = keys
    doc.sentences = split_sentences(doc.text, doc.lang)
    doc.sent_of, doc.sent_span = token_sentences(doc.tokens, doc.sentences)
