"""The text-analysis components: tokens with morphology, sentences, dates and amounts."""

from __future__ import annotations

from kooperacja.extract.doc import Doc, LemmaSets
from kooperacja.text.morphology import CACHE_SIZE, Reading, morphology
from kooperacja.text.sentences import split_sentences, token_sentences
from kooperacja.text.tokens import Token, tokenize

Entry = tuple[tuple[Reading, ...], frozenset[str], frozenset[str]]


def analyse_text(doc: Doc) -> None:
    """Tokens, their readings and sentences, with each token's sentence."""
    doc.tokens = tokens = tokenize(doc.text, lang=doc.lang)
    get = _ENTRIES.get
    entries = [get(t.text) or _entry(t) for t in tokens]  # one look-up per token (readings, lemmas, keys)
    doc.readings = readings = [e[0] for e in entries]
    lemmas = LemmaSets(readings)  # frozen sets, shared by equal word forms across documents
    lemmas.update(enumerate([e[1] for e in entries]))
    doc.set_lemma_sets(lemmas)
    doc.keys = [e[2] for e in entries]
    doc.sentences = split_sentences(doc.text, doc.lang)
    doc.sent_of, doc.sent_span = token_sentences(tokens, doc.sentences)


def _entry(t: Token) -> Entry:
    """(readings, lower-cased lemmas, look-up keys) of a token's text, kept for the next token written so: a
    word's from the morphology (`Morphology.entry`), a number's or a punctuation mark's none but its own
    lower-cased form as key."""
    if t.is_word:
        hit = morphology().entry(t.text)
    else:
        hit = ((), _NO_LEMMAS, frozenset((t.lower,)))
    if len(_ENTRIES) >= CACHE_SIZE:
        _ENTRIES.clear()
    _ENTRIES[t.text] = hit
    return hit


_NO_LEMMAS: frozenset[str] = frozenset()
_ENTRIES: dict[str, Entry] = {}  # token text -> its entry (a bounded cache shared across documents)
