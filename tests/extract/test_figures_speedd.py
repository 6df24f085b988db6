"""Figures of session 6 (issue 14): the breakdown test that tries each phrase only where its first word stands
answers as the test that tried every phrase at every position, on sentences of our own."""

from __future__ import annotations

from kooperacja.extract.doc import Doc
from kooperacja.extract.figures import _breakdown, _period, _words
from kooperacja.extract.pipeline import default_pipeline

SENTENCES = (
    "Spółka zatrudni 300 osób, w tym 40 inżynierów i 12 techników. "
    "Park skupia 80 firm, z czego 3 to firmy z Niemiec. "
    "W tym roku gmina wyda 5 mln zł na drogi, a w tym kwartale 2 mln zł. "
    "Z tego 7 mln zł trafi do szkół, a 9 mln zł do szpitali. "
    "Zakład powiększy się o 12 ha i zatrudni 50 osób."
)


def _breakdown_before(doc: Doc, t0: int) -> bool:
    """The test as it was: every phrase at every position of the sentence before `t0`."""
    lex = _words(doc.lang)
    toks = doc.tokens
    words = tuple(toks[k].lower for k in range(max(0, t0 - 2), t0))
    if any(words[-len(b) :] == b for b in lex.breakdown if len(words) >= len(b)):
        return True
    s0 = doc.sent_span[doc.sent_of[t0]][0]
    return any(
        all(toks[k + j].lower == w for j, w in enumerate(b)) and not _period(doc, k + len(b) - 1, lex.period)
        for b in lex.breakdown_before
        for k in range(s0, t0 - len(b) + 1)
    )


def test_breakdown_answers_as_the_whole_search() -> None:
    doc = Doc(text=SENTENCES, doc_id="t", lang="pl")
    for _name, component in default_pipeline("pl").components:
        component(doc)
    lex = _words("pl")
    numbers = [i for i, t in enumerate(doc.tokens) if t.text[0].isdigit()]
    answers = [_breakdown(doc, i, lex) for i in numbers]
    assert answers == [_breakdown_before(doc, i) for i in numbers]
    assert True in answers and False in answers
