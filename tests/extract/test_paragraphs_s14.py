"""event_dates' paragraph index (`_paragraph_breaks`, `_paragraph`): the blank-line breaks found once per document
give each sentence the number of the paragraph it opens in, as counting the breaks before it did."""

from __future__ import annotations

import re

from kooperacja.extract.analysis import analyse_text
from kooperacja.extract.doc import Doc
from kooperacja.extract.event_dates import _paragraph, _paragraph_breaks


def test_a_sentence_gets_the_number_of_the_paragraph_it_opens_in() -> None:
    text = (
        "Firma Alfa otworzyła halę w Lipnie. Zatrudni stu ludzi.\n\n"
        "W marcu delegacja odwiedziła strefę.\n \t\n\n"
        "Gmina podpisała umowę z inwestorem.\nStrony zapowiedziały dalsze rozmowy.\n\n\n"
        "Budowa ruszy jesienią."
    )
    doc = Doc(text=text)
    analyse_text(doc)
    breaks = _paragraph_breaks(doc)
    got = [_paragraph(doc, s, breaks) for s in range(len(doc.sent_span))]
    counted = [
        len(re.findall(r"\n[ \t]*\n", text[: doc.tokens[a].start])) for a, _b in doc.sent_span
    ]  # the count over the text before the sentence, as it was taken per pair before
    assert got == counted
    assert got[0] == got[1] == 0 and got[-1] > got[2] > 0
