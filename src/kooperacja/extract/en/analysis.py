"""Text analysis of English documents: tokens with simplemma lemmas, sentences, dates and amounts."""

from __future__ import annotations

import re

from kooperacja.extract.doc import Doc
from kooperacja.extract.en.lexicon import EnLexicon
from kooperacja.text.sentences import Sentence, split_sentences, token_sentences
from kooperacja.text.tokens import tokenize

_LAST_WORD = re.compile(r"([\w.]+)\.$")
_DOTTED = re.compile(r"(?:\w\.)+\w")


def english_sentences(text: str, abbreviations: frozenset[str]) -> list[Sentence]:
    """Sentences of English text: the shared splitter, rejoined after English abbreviations ("Mr.", "Inc.")."""
    out: list[Sentence] = []
    for sent in split_sentences(text):
        if out:
            prev = out[-1]
            m = _LAST_WORD.search(text, prev.start, prev.end)
            dotted = m is not None and _DOTTED.fullmatch(m.group(1)) is not None  # "S.p.A.", "U.S."
            if (
                m
                and (m.group(1).lower() in abbreviations or dotted)
                and sent.start - prev.end <= 2
                and "\n" not in text[prev.end : sent.start]
            ):
                out[-1] = Sentence(prev.start, sent.end, prev.i)
                continue
        out.append(Sentence(sent.start, sent.end, len(out)))
    return out


class EnglishText:
    """The "text" component for English: tokens, their readings (lemmas) and sentences."""

    def __init__(self, morphology: object, lex: EnLexicon) -> None:
        self.m = morphology
        self.lex = lex

    def __call__(self, doc: Doc) -> None:
        doc.tokens = tokenize(doc.text)
        analyse = self.m.analyse  # type: ignore[attr-defined]
        doc.readings = readings = [analyse(t.text) if t.is_word else () for t in doc.tokens]
        # lower-cased text and lemmas of each token, as `Doc.keys` of Polish text (sector terms match on them)
        doc.keys = [
            frozenset({t.text.lower(), *(r.lemma.lower() for r in rs)})
            for t, rs in zip(doc.tokens, readings, strict=True)
        ]
        doc.sentences = english_sentences(doc.text, self.lex.abbreviations)
        doc.sent_of, doc.sent_span = token_sentences(doc.tokens, doc.sentences)


def _own_line(text: str, d: object) -> bool:
    """A date that makes (most of) its line: a dateline, not a date in running text."""
    start = text.rfind("\n", 0, d.start) + 1  # type: ignore[attr-defined]
    end = text.find("\n", d.end)  # type: ignore[attr-defined]
    line = text[start : end if end >= 0 else len(text)].strip()
    if line.startswith(d.text) and len(line) <= 60:  # type: ignore[attr-defined]
        return True  # "10 May 2023 Posted in News, Partners": a date that opens a short page line
    return len(line) <= len(d.text) + 25  # type: ignore[attr-defined]


class EnglishDates:
    """The document's own date and every English date mention, resolved."""

    def __init__(self, data_dir: object) -> None:
        self.data_dir = data_dir

    def __call__(self, doc: Doc) -> None:
        from kooperacja.text.dates import find_dateline, parse_published
        from kooperacja.text.dates_en import find_dates_en

        if doc.published:
            doc.published = parse_published(doc.published)
        if not doc.published:
            doc.published = find_dateline(doc.text)
        if not doc.published:
            head = find_dates_en(doc.text[:300], None, self.data_dir)  # type: ignore[arg-type]
            full = [
                d
                for d in head
                if d.precision == "day"
                and d.explicit_year
                and d.value
                and "/" not in d.value
                and _own_line(doc.text, d)
            ]
            if full:
                doc.published = full[0].value
        bounds = [(s.start, s.end) for s in doc.sentences]
        doc.dates = find_dates_en(doc.text, doc.published, self.data_dir, bounds)  # type: ignore[arg-type]
