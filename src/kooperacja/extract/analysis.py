"""The text-analysis components: tokens with morphology, sentences, dates and amounts."""

from __future__ import annotations

from kooperacja.extract.doc import Doc, LemmaSets
from kooperacja.text.morphology import Reading, morphology
from kooperacja.text.sentences import split_sentences, token_sentences
from kooperacja.text.tokens import tokenize


def analyse_text(doc: Doc) -> None:
    """Tokens, their readings and sentences, with each token's sentence."""
    doc.tokens = tokens = tokenize(doc.text, lang=doc.lang)
    m = morphology()
    entries, entry = m._entries, m.entry
    readings: list[tuple[Reading, ...]] = []
    lemmas = LemmaSets(readings)  # frozen sets, shared by equal word forms across documents
    keys: list[frozenset[str]] = []
    punct = _PUNCT_KEYS
    for i, t in enumerate(tokens):
        if t.is_word:
            e = entries.get(t.text) or entry(t.text)
            readings.append(e[0])
            lemmas[i] = e[1]
            keys.append(e[2])
        else:
            readings.append(())
            lemmas[i] = _NO_LEMMAS
            k = punct.get(t.lower)
            if k is None:
                if len(punct) >= 10_000:
                    punct.clear()
                k = punct[t.lower] = frozenset((t.lower,))
            keys.append(k)
    doc.readings = readings
    doc.set_lemma_sets(lemmas)
    doc.keys = keys
    doc.sentences = split_sentences(doc.text, doc.lang)
    doc.sent_of, doc.sent_span = token_sentences(tokens, doc.sentences)


_NO_LEMMAS: frozenset[str] = frozenset()
_PUNCT_KEYS: dict[str, frozenset[str]] = {}  # the key set of each token that is no word ("2024", ",")
