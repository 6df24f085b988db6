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
    doc.sent_of, doc.sent_span = token_sentences(doc.tokens, doc.sentences)
