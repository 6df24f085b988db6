"""Event dates, session 3: relative adjectives of the year, and (below) more ways a text dates its events."""

from __future__ import annotations

from kooperacja import extract
from kooperacja.text.dates import find_dates


def _dates(text: str, typ: str, published: str | None = "2024-03-20") -> list[str | None]:
    record = extract(text, doc_id="t", published=published)
    return [e.get("date") for e in record["events"] if e["type"] == typ]


def test_this_years_edition_is_the_publication_year() -> None:
    values = [
        d.value for d in find_dates("W tegorocznej edycji konkursu wygrała firma z Opola.", "2024-03-20")
    ]
    assert values == ["2024"]


def test_last_years_winner_dates_nothing() -> None:
    assert find_dates("Pokonał ubiegłorocznego zwycięzcę konkursu.", "2024-03-20") == []


def test_an_event_at_a_named_occasion_takes_the_occasions_date() -> None:
    text = (
        "W piątek 8 marca 2024 r. w Sandomierzu obradowało Walne Zgromadzenie członków Klastra Winnego.\n"
        "Przyjęto sprawozdanie zarządu i plan na kolejny rok.\n"
        "Na Walnym Zgromadzeniu prezes Klastra Winnego podpisał umowę o współpracy z Politechniką Świętokrzyską."
    )
    assert _dates(text, "agreement") == ["2024-03-08"]


def test_a_word_that_refers_back_to_an_occasion_dates_it() -> None:
    text = (
        "Przedstawiciele Agencji Rozwoju Przemysłu wzięli udział w konferencji Energia Jutra w Kielcach. "
        "Podczas wydarzenia, w czwartek 14 marca, omówiono magazyny energii."
    )
    assert _dates(text, "conference") == ["2024-03-14"]


def test_an_occasion_not_after_a_preposition_lends_no_date() -> None:
    text = (
        "W piątek 8 marca 2024 r. w Sandomierzu obradowało Walne Zgromadzenie Klastra Winnego.\n\n"
        "Uchwałą zgromadzenia Klaster Winny przystąpił do Polskiej Izby Winiarzy."
    )
    assert _dates(text, "membership") == [None]


def test_the_next_sentence_that_tells_of_the_signing_dates_it() -> None:
    text = (
        "Tarnowski Park Naukowy zawarł porozumienie o współpracy z Uniwersytetem w Grazu. "
        "Podpisanie dokumentu odbyło się 12 marca 2024 r. na stoisku Targów Kielce."
    )
    assert _dates(text, "agreement", published=None) == ["2024-03-12"]
