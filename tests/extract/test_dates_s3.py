"""Event dates, session 3: relative adjectives of the year, and (below) more ways a text dates its events."""

from __future__ import annotations

import pytest

from kooperacja import extract
from kooperacja.documents import Document
from kooperacja.extract.event_dates import _occasions
from kooperacja.extract.event_draft import Draft
from kooperacja.extract.events import EventMerger
from kooperacja.extract.pipeline import default_pipeline
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


def _own_occasion_date(text: str, typ: str, sent: int) -> str | None:
    """The date that the rule of an event's own occasion gives an undated draft of type ``typ`` in sentence
    ``sent`` (other rules of the merge left out)."""
    doc = default_pipeline("pl").make_doc(Document(doc_id="t", text=text, lang="pl"))
    return EventMerger("pl")._own_occasion_date(doc, Draft(typ, sent, sents=[sent]), _occasions(doc))


def test_an_award_that_names_no_occasion_takes_its_rankings_date() -> None:
    text = (
        "Wyniki rankingu Gmin Przyjaznych Inwestorom ogłoszono w 2023 roku. "
        "Przygotowała go Fundacja Rozwoju Regionów.\n\n"
        "Opole zajęło drugie miejsce w kategorii miast średnich."
    )
    assert _own_occasion_date(text, "award", 2) == "2023"
    assert _own_occasion_date(text, "conference", 2) is None


def test_two_dates_of_rankings_date_no_award() -> None:
    text = (
        "Pierwszy ranking Gmin Przyjaznych Inwestorom ogłoszono w 2021 roku. "
        "Kolejną edycję rankingu opublikowano w 2023 roku.\n\n"
        "Katowice zajęły drugie miejsce w kategorii miast dużych."
    )
    assert _own_occasion_date(text, "award", 2) is None


BODY = "Klaster Wodny Pomorza podpisał umowę z gminą Puck. " + "Strony omówiły plany na kolejne lata. " * 12


def test_a_date_alone_on_the_last_line_dates_the_text() -> None:
    from kooperacja.text.dates import find_dateline

    assert find_dateline("Nowa umowa klastra\n" + BODY + "\n15.11.2019\n") == "2019-11-15"
    assert find_dateline("Nowa umowa klastra\n" + BODY + "\nAnna Lis, 15.11.2019") == "2019-11-15"
    assert find_dateline("Nowa umowa klastra\n" + BODY + "\nŹródło: PAP, 15.11.2019 08:20") == "2019-11-15"


def test_a_sentence_ending_in_a_date_is_no_closing_dateline() -> None:
    from kooperacja.text.dates import find_dateline

    assert (
        find_dateline("Nowa umowa klastra\n" + BODY + "\nKolejne spotkanie odbędzie się 15.11.2019") is None
    )
    assert find_dateline("Nowa umowa klastra\n" + BODY + "\nlistopad 2019") is None


def test_a_place_dateline_and_a_date_between_bars() -> None:
    from kooperacja.text.dates import find_dateline

    assert (
        find_dateline("Katowice, 15 listopada 2019 r. – Spółka podpisała umowę z klastrem.") == "2019-11-15"
    )
    assert find_dateline("Nowa umowa klastra | 15.11.2019 | Gospodarka\n" + BODY) == "2019-11-15"
    assert find_dateline("W Katowicach, 15 listopada 2019 r. – Spółka podpisała umowę.") is None


def test_a_date_of_a_relative_clause_is_background_to_the_main_clause() -> None:
    text = "Zakład spółki Betonex Polska, którego budowa ruszyła w 2019 r., otwarto 5 marca 2024 r. w Opolu."
    assert _dates(text, "investment") == ["2024-03-05"]


def test_an_event_told_in_a_relative_clause_keeps_that_clauses_date() -> None:
    text = (
        "Klaster Wodny Pomorza, który powstał w 2015 r., podpisał 5 marca 2024 r. umowę o współpracy "
        "z Politechniką Gdańską."
    )
    assert _dates(text, "founding") == ["2015"]
    assert _dates(text, "agreement") == ["2024-03-05"]


def _occasion_date(text: str, sent: int) -> str | None:
    """The date that the occasion rule alone gives an undated draft in sentence ``sent``."""
    doc = default_pipeline("pl").make_doc(Document(doc_id="t", text=text, lang="pl", published="2024-03-20"))
    return EventMerger("pl")._occasion_date(doc, Draft("agreement", sent, sents=[sent]), _occasions(doc))


@pytest.mark.parametrize(
    ("dated", "event"),
    [
        (
            "Posiedzenie rady klastra odbyło się 8 marca 2024 r.",
            "Na posiedzeniu prezes podpisał umowę z uczelnią.",
        ),
        ("Zjazd członków izby zwołano na 8 marca 2024 r.", "Podczas zjazdu izba podpisała umowę z gminą."),
        (
            "Sesja sejmiku trwała 8 marca 2024 r. do wieczora.",
            "Na sesji marszałek podpisał umowę z powiatem.",
        ),
        (
            "Spotkanie przedsiębiorców odbyło się 8 marca 2024 r.",
            "W trakcie spotkania firmy podpisały umowę.",
        ),
        ("Forum Eksporterów otwarto 8 marca 2024 r.", "Na forum agencja podpisała umowę z bankiem."),
        ("Kongres Wodny obradował 8 marca 2024 r.", "Na kongresie spółki podpisały porozumienie."),
        ("Szczyt regionów zaczął się 8 marca 2024 r.", "Podczas szczytu regiony podpisały umowę."),
        ("Targi Maszyn ruszyły 8 marca 2024 r.", "Na targach firma podpisała umowę z dystrybutorem."),
        ("Wystawę innowacji otwarto 8 marca 2024 r.", "Na wystawie park podpisał umowę z uczelnią."),
        ("Galę przedsiębiorczości zorganizowano 8 marca 2024 r.", "Na gali izba podpisała umowę z miastem."),
        ("Seminarium o wodorze odbyło się 8 marca 2024 r.", "Po seminarium strony podpisały umowę."),
        ("Sympozjum chemików trwało 8 marca 2024 r. cały dzień.", "Na sympozjum instytut podpisał umowę."),
        ("Festiwal nauki zaczął się 8 marca 2024 r.", "Podczas festiwalu uczelnia podpisała umowę."),
        ("Wyniki plebiscytu ogłoszono 8 marca 2024 r.", "Przy okazji plebiscytu gmina podpisała umowę."),
        ("Misja gospodarcza do Wilna wyruszyła 8 marca 2024 r.", "Podczas misji firmy podpisały umowy."),
        (
            "Wizyta delegacji z Brna trwała 8 marca 2024 r. cały dzień.",
            "W czasie wizyty miasta podpisały umowę.",
        ),
        ("Walne zgromadzenie obradowało 8 marca 2024 r.", "Na zgromadzeniu członkowie przyjęli statut."),
        ("Forum Eksporterów otwarto 8 marca 2024 r.", "W trakcie uroczystości agencja podpisała umowę."),
    ],
)
def test_each_occasion_noun_links_two_sentences(dated: str, event: str) -> None:
    assert _occasion_date(dated + " Goście dopisali.\n\n" + event, 2) == "2024-03-08"


def test_a_coming_occasion_dates_no_event_reported_as_done() -> None:
    text = (
        "Na spotkaniu w Opolu firmy podpisały umowę o współpracy.\n\n"
        "Kolejne spotkanie odbędzie się 5 czerwca 2024 r. w Nysie."
    )
    assert _occasion_date(text, 0) is None


def test_an_undated_signing_takes_the_one_date_of_the_documents_other_signings() -> None:
    from kooperacja.extract.event_dates import _same_type_date

    doc = default_pipeline("pl").make_doc(
        Document(
            doc_id="t",
            lang="pl",
            published="2024-03-08",
            text="We wtorek 5 marca gminy podpisały list intencyjny. List podpisali wójtowie trzech gmin.",
        )
    )
    dated = Draft("letter_of_intent", 0, date="2024-03-05", sents=[0])
    undated = Draft("letter_of_intent", 1, sents=[1])
    assert _same_type_date(doc, undated, [dated, undated]) == "2024-03-05"
    other = Draft("letter_of_intent", 1, date="2023-11-20", sents=[1])
    assert _same_type_date(doc, undated, [dated, other, undated]) is None
    talk, meeting = Draft("conference", 0, date="2024-03-05", sents=[0]), Draft("conference", 1, sents=[1])
    assert _same_type_date(doc, meeting, [talk, meeting]) is None
