"""In-document event coreference (`kooperacja.extract.event_coref`): one happening per document.

The documents are analysed by the real text component; their entities and the events component's
output are written by hand, so that the test measures the coreference step alone."""

from __future__ import annotations

from typing import Any

from kooperacja.extract.analysis import analyse_text
from kooperacja.extract.doc import Doc, Entity
from kooperacja.extract.event_coref import resolve_event_coreference
from kooperacja.extract.pipeline import default_pipeline


def _doc(text: str, entities: list[tuple[str, str, str]], events: list[dict[str, Any]]) -> Doc:
    doc = Doc(text=text)
    analyse_text(doc)
    doc.entities = [Entity(id=i, type=t, name=n) for i, t, n in entities]
    doc.events = events
    return doc


def _span(text: str, sentence: str) -> list[int]:
    start = text.index(sentence)
    return [start, start + len(sentence)]


ENTS = [
    ("e1", "organization", "Gmina Zielona Dolina"),
    ("e2", "organization", "Fabryka Maszyn Północ"),
    ("e3", "person", "Jan Kowalski"),
    ("e4", "organization", "Klaster Drzewny"),
    ("e5", "organization", "Huta Południe"),
]


def test_headline_and_body_are_one_signing() -> None:
    s1 = "Gmina Zielona Dolina podpisała porozumienie z Fabryką Maszyn Północ."
    s2 = "Porozumienie o współpracy gmina podpisała w poniedziałek 3 czerwca 2024 r."
    text = f"{s1} {s2}"
    doc = _doc(
        text,
        ENTS,
        [
            {
                "type": "agreement",
                "date": None,
                "participants": [{"entity": "e1"}, {"entity": "e2"}],
                "evidence": [_span(text, s1)],
            },
            {
                "type": "cooperation",
                "date": "2024-06-03",
                "participants": [{"entity": "e1"}],
                "evidence": [_span(text, s2)],
            },
        ],
    )
    resolve_event_coreference(doc)
    assert len(doc.events) == 1
    ev = doc.events[0]
    assert ev["type"] == "agreement" and ev["date"] == "2024-06-03"
    assert ev["evidence"] == [_span(text, s1), _span(text, s2)]


def test_people_sign_for_their_organisations() -> None:
    s1 = "Gmina Zielona Dolina i Fabryka Maszyn Północ podpisały list intencyjny."
    s2 = "List podpisał wójt Jan Kowalski."
    text = f"{s1} {s2}"
    doc = _doc(
        text,
        ENTS,
        [
            {
                "type": "letter_of_intent",
                "date": None,
                "participants": [{"entity": "e1"}, {"entity": "e2"}],
                "evidence": [_span(text, s1)],
            },
            {
                "type": "letter_of_intent",
                "date": None,
                "participants": [{"entity": "e3"}],
                "evidence": [_span(text, s2)],
            },
        ],
    )
    resolve_event_coreference(doc)
    assert len(doc.events) == 1
    assert {p["entity"] for p in doc.events[0]["participants"]} == {"e1", "e2", "e3"}


def test_different_happenings_stay_apart() -> None:
    s1 = "Gmina Zielona Dolina podpisała porozumienie z Fabryką Maszyn Północ 3 czerwca 2024 r."
    s2 = "Gmina Zielona Dolina podpisała porozumienie z Hutą Południe 5 lipca 2024 r."
    s3 = "Huta Południe otrzymała nagrodę. Fabryka Maszyn Północ otrzymała nagrodę."
    text = f"{s1} {s2} {s3}"
    events = [
        {
            "type": "agreement",
            "date": "2024-06-03",
            "participants": [{"entity": "e1"}, {"entity": "e2"}],
            "evidence": [_span(text, s1)],
        },
        {
            "type": "agreement",
            "date": "2024-07-05",
            "participants": [{"entity": "e1"}, {"entity": "e5"}],
            "evidence": [_span(text, s2)],
        },
        {"type": "award", "date": None, "participants": [{"entity": "e5"}], "evidence": [_span(text, s3)]},
        {"type": "award", "date": None, "participants": [{"entity": "e5"}], "evidence": [_span(text, s3)]},
    ]
    doc = _doc(text, ENTS, [dict(e) for e in events])
    resolve_event_coreference(doc)
    assert len(doc.events) == 4  # other dates, another partner; awards stay one per recipient


def test_a_founding_told_as_a_signing_lends_its_sentence() -> None:
    s1 = "Gmina Zielona Dolina i Fabryka Maszyn Północ podpisały list intencyjny o utworzeniu Klastra Drzewnego."
    s2 = "Sygnatariusze listu spotkali się w ratuszu."
    text = f"{s1} {s2}"
    doc = _doc(
        text,
        ENTS,
        [
            {
                "type": "founding",
                "date": None,
                "participants": [{"entity": "e4"}],
                "evidence": [_span(text, s1)],
            },
            {
                "type": "letter_of_intent",
                "date": None,
                "participants": [{"entity": "e1"}, {"entity": "e2"}],
                "evidence": [_span(text, s2)],
            },
        ],
    )
    resolve_event_coreference(doc)
    assert len(doc.events) == 2
    signing = next(e for e in doc.events if e["type"] == "letter_of_intent")
    assert _span(text, s1) in signing["evidence"]


def test_the_component_runs_in_the_default_pipeline() -> None:
    assert "event_coref" in [name for name, _ in default_pipeline("pl").components]


def test_titles_after_pt_and_pod_haslem_name_events() -> None:
    from kooperacja.extract.event_coref import event_title

    assert event_title("W piątek odbyła się konferencja pt. „Drewno w budownictwie” w Nowym Brzegu.") == (
        "Drewno w budownictwie"
    )
    assert (
        event_title('Forum pod hasłem "Zielona Gospodarka 2030" zgromadziło gości.')
        == "Zielona Gospodarka 2030"
    )
    assert event_title(
        "Odbyło się seminarium pt. Nowe Technologie w Rolnictwie, na które przyszło 50 osób."
    ) == ("Nowe Technologie w Rolnictwie")
    assert event_title("Gmina podpisała umowę z hutą.") is None
    s1 = "Fabryka Maszyn Północ zorganizowała konferencję pod hasłem „Maszyny dla lasu”."
    doc = _doc(
        s1,
        ENTS,
        [
            {
                "type": "conference",
                "date": None,
                "participants": [{"entity": "e2"}],
                "evidence": [_span(s1, s1)],
            }
        ],
    )
    resolve_event_coreference(doc)
    assert doc.events[0]["name"] == "Maszyny dla lasu"
