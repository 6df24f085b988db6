"""An undated event takes the date of a sentence just before it (up to two back, within its paragraph)."""

from __future__ import annotations

from kooperacja import extract


def _agreement_dates(text: str) -> list[str | None]:
    record = extract(text, doc_id="t", published="2024-03-20")
    return [e.get("date") for e in record["events"] if e["type"] == "agreement"]


def test_the_date_two_sentences_back_in_the_paragraph() -> None:
    text = (
        "We wtorek 12 marca 2024 r. do Tarnowa przyjechała delegacja czeskiego Brna. "
        "Goście zwiedzili park technologiczny i spotkali się z przedsiębiorcami. "
        "Umowę o współpracy podpisały Gmina Miasta Tarnowa i Statutární město Brno."
    )
    assert _agreement_dates(text) == ["2024-03-12"]


def test_no_date_across_a_paragraph_break() -> None:
    text = (
        "We wtorek 12 marca 2024 r. do Tarnowa przyjechała delegacja czeskiego Brna.\n\n"
        "Goście zwiedzili park technologiczny i spotkali się z przedsiębiorcami. "
        "Umowę o współpracy podpisały Gmina Miasta Tarnowa i Statutární město Brno."
    )
    assert _agreement_dates(text) != ["2024-03-12"]
