"""Rules of the second organisation round (issue 8, s7): the matcher's agreement attributes, with sentences in
our own words."""

from __future__ import annotations

from kooperacja.extract.analysis import analyse_text
from kooperacja.extract.doc import Doc
from kooperacja.extract.matcher import Matcher, parse_pattern


def _doc(text: str) -> Doc:
    doc = Doc(text=text)
    analyse_text(doc)
    return doc


def test_gender_and_number_of_a_reading() -> None:
    cx = Matcher(
        {
            "neuter": [parse_pattern("[pos=praet gender=n number=sg]")],
            "nonvirile": [parse_pattern("[pos=praet gender=m2|m3|f|n number=pl]")],
        }
    )
    doc = _doc("Tarvelo podpisało umowę. Firmy podpisały umowy. Panowie podpisali umowy.")
    forms = {t.text: i for i, t in enumerate(doc.tokens)}
    assert cx.starts_at(doc, "neuter", forms["podpisało"])
    assert not cx.starts_at(doc, "nonvirile", forms["podpisało"])
    assert cx.starts_at(doc, "nonvirile", forms["podpisały"])
    assert not cx.starts_at(doc, "nonvirile", forms["podpisali"])
    assert not cx.starts_at(doc, "neuter", forms["podpisali"])
