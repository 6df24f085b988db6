"""The text-analysis components: tokens with morphology, sentences, dates and amounts."""

from __future__ import annotations

from kooperacja.extract.doc import Doc
from kooperacja.text.morphology import Reading, morphology
from kooperacja.text.sentences import split_sentences
from kooperacja.text.tokens import tokenize


def analyse_text(doc: Doc) -> None:
    """Tokens, their readings and sentences, with each token's sentence."""
    doc.tokens = tokenize(doc.text, lang=doc.lang)
    m = morphology()
    cache, analyse, lemma_set, word_keys = m._cache, m.analyse, m.lemma_set, m.keys
    readings: list[tuple[Reading, ...]] = []
    lemmas: dict[int, frozenset[str]] = {}
    keys: list[frozenset[str]] = []
    for i, t in enumerate(doc.tokens):
        word = t.text
        if word[0].isalpha():  # Token.is_word
            readings.append(cache.get(word) or analyse(word))
            lemmas[i] = lemma_set(word)
            keys.append(word_keys(word))
        else:
            readings.append(())
            keys.append(frozenset((word.lower(),)))
    doc.readings = readings
    doc._lemma_cache = lemmas  # frozen sets, shared by equal word forms across documents
    doc.keys = keys
    doc.sentences = split_sentences(doc.text, doc.lang)
    doc.sent_of = [0] * len(doc.tokens)
    spans: list[tuple[int, int]] = []
    ti = 0
    n = len(doc.tokens)
    for s, sent in enumerate(doc.sentences):
        while ti < n and doc.tokens[ti].start < sent.start:
            doc.sent_of[ti] = max(s - 1, 0)
            ti += 1
        first = ti
        while ti < n and doc.tokens[ti].end <= sent.end:
            doc.sent_of[ti] = s
            ti += 1
        spans.append((first, ti))
    while ti < n:
        doc.sent_of[ti] = len(doc.sentences) - 1
        ti += 1
    doc.sent_span = spans
