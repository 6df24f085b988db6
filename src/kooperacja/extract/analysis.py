"""The text-analysis components: tokens with morphology, sentences, dates and amounts."""

from __future__ import annotations

from operator import attrgetter, itemgetter

from kooperacja.extract.doc import Doc, LemmaSets
from kooperacja.text.morphology import CACHE_SIZE, Entry, morphology
from kooperacja.text.sentences import split_sentences, token_sentences
from kooperacja.text.tokens import tokenize


def analyse_text(doc: Doc) -> None:
    """Tokens, their readings and sentences, with each token's sentence."""
    doc.tokens = tokens = tokenize(doc.text, lang=doc.lang)
    texts = list(map(_TEXT, tokens))
    entries = list(map(_ENTRIES.get, texts))  # one look-up per token (readings, lemmas, keys)
    if None in entries:
        entries = _with_new_entries(texts, entries)
    doc.readings = readings = list(map(_READINGS, entries))
    doc.set_lemma_sets(LemmaSets(readings, map(_LEMMAS, entries)))  # frozen sets, shared by equal forms
    doc.keys = list(map(_KEYS, entries))
    doc.sentences = split_sentences(doc.text, doc.lang)
    doc.sent_of, doc.sent_span = token_sentences(tokens, doc.sentences)


_TEXT = attrgetter("text")
_READINGS, _LEMMAS, _KEYS = itemgetter(0), itemgetter(1), itemgetter(2)


def _with_new_entries(texts: list[str], entries: list[Entry | None]) -> list[Entry]:
    """The entries of the tokens' texts, those not in the table made and kept for the next token written so:
    the words' from the morphology, all of the document's new forms in one batch (`Morphology.entries`); a
    number's or a punctuation mark's none but its own lower-cased form as key."""
    new = list(dict.fromkeys([w for w, e in zip(texts, entries, strict=True) if e is None]))
    words = [w for w in new if w[0].isalpha()]  # as `Token.is_word`
    made = dict(zip(words, morphology().entries(words), strict=True))
    for w in new:
        if w not in made:
            made[w] = ((), _NO_LEMMAS, frozenset((w.lower(),)))
    if len(_ENTRIES) + len(made) > CACHE_SIZE:
        _ENTRIES.clear()
        _ENTRIES.update(made)
        return [e or made[w] for w, e in zip(texts, entries, strict=True)]
    _ENTRIES.update(made)
    return list(map(_ENTRIES.__getitem__, texts))


_NO_LEMMAS: frozenset[str] = frozenset()
_ENTRIES: dict[str, Entry] = {}  # token text -> its entry (a bounded cache shared across documents)
