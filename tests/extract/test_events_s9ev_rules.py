"""Session 9 (ev6) rules, each with passages written for this file (invented companies, real towns): an investment
announced in the future is planned where a time is stated, by its own sentence or by a later sentence that tells a
step of the plant still to come (`milestone_word` and `plant_verb` of event_cues.tsv; a passage per milestone word); told as done, dated
before the article, or with no time stated, it stays done."""

from __future__ import annotations

import pytest

import kooperacja

PUBLISHED = "2024-05-10"


def investments(text: str, published: str | None = PUBLISHED) -> list[tuple[str | None, str]]:
    rec = kooperacja.extract(text, doc_id="t", published=published)
    return [(e.get("date"), e.get("status", "done")) for e in rec["events"] if e["type"] == "investment"]


@pytest.mark.parametrize(
    ("word", "text", "date"),
    [
        ("ruszyć", "Firma Lamex wybuduje zakład w Opolu. Produkcja ruszy w 2026 roku.", "2026"),
        ("ruszać", "Spółka Dremet postawi halę w Sanoku. Linia ma ruszać w październiku.", "2024-10"),
        ("wystartować", "W Nysie powstanie fabryka firmy Kolbex. Zakład ma wystartować w 2027 r.", "2027"),
        (
            "produkcja",
            "Koncern Pirex zbuduje fabrykę w Żarach. Początek produkcji przewidziano na 2026 rok.",
            "2026",
        ),
        (
            "otworzyć (gerund)",
            "W Płocku powstanie centrum danych spółki Serwit. Otwarcie zaplanowano na marzec 2025 roku.",
            "2025-03",
        ),
        (
            "uruchomić (gerund)",
            "Firma Wentra zbuduje nową linię w Kole. Uruchomienie linii przewidziano na lipiec.",
            "2024-07",
        ),
        (
            "rozpocząć (gerund)",
            "Grupa Stelko wybuduje magazyn w Strykowie. Rozpoczęcie budowy zaplanowano na wrzesień.",
            "2024-09",
        ),
        (
            "zakończyć (gerund)",
            "Spółka Ormet rozbuduje odlewnię w Śremie. Zakończenie prac przewidziano na 2025 rok.",
            "2025",
        ),
        ("zakończyć", "Firma Bortex zbuduje halę w Kaliszu. Budowa ma się zakończyć w grudniu.", "2024-12"),
        (
            "kończyć",
            "Spółka Tamex rozbuduje zakład w Turku. Prace będą się kończyć w listopadzie.",
            "2024-11",
        ),
    ],
)
def test_a_later_step_to_come_dates_an_announced_investment(word: str, text: str, date: str) -> None:
    assert investments(text) == [(date, "planned")], word


@pytest.mark.parametrize(
    "text",
    [
        # the plant told as done: a later date is no plan of it
        "Firma Lamex otworzyła zakład w Opolu. Produkcja ruszy w 2026 roku.",
        # the step told in the past
        "Firma Lamex wybuduje drugi zakład w Opolu. Produkcja w pierwszym ruszyła w 2019 roku.",
        # a limit, not a time
        "Spółka Metalex zbuduje halę w Gorzowie, która ma powstać do końca 2026 roku.",
        # no time stated
        "Spółka Metalex zbuduje halę w Gorzowie. Zatrudni w niej 80 osób.",
    ],
)
def test_an_investment_done_or_with_no_time_to_come_stays_done(text: str) -> None:
    assert [status for _d, status in investments(text)] == ["done"], text


def test_a_stated_time_before_the_article_is_no_plan() -> None:
    assert [
        s for _d, s in investments("Firma Lamex zbuduje zakład w Opolu. Produkcja ruszy w 2023 roku.")
    ] == ["done"]


def gatherings(text: str, typ: str) -> list[tuple[str | None, str]]:
    rec = kooperacja.extract(text, doc_id="t", published=PUBLISHED)
    return [(e.get("date"), e.get("status", "done")) for e in rec["events"] if e["type"] == typ]


@pytest.mark.parametrize(
    ("text", "typ", "date"),
    [
        (
            "Na seminarium o wodorze zaprasza Izba Gospodarcza Alfa. Spotkanie rozpocznie się w najbliższy czwartek.",
            "conference",
            "2024-05-16",
        ),
        (
            "Targi Ekobud organizuje spółka Ekspo Sandomierz. Wydarzenie potrwa od 3 do 5 czerwca.",
            "conference",
            "2024-06-03/2024-06-05",
        ),
        (
            "Do Lwowa wybiera się delegacja Izby Rzemiosła Beta. Wizyta zaplanowana jest na 20 czerwca.",
            "visit",
            "2024-06-20",
        ),
    ],
)
def test_the_next_sentence_dates_a_gathering_to_come(text: str, typ: str, date: str) -> None:
    assert gatherings(text, typ) == [(date, "planned")], text


@pytest.mark.parametrize(
    "text",
    [
        # told in the past: the next sentence's date is no plan of it
        "Na seminarium o wodorze zaprosiła Izba Gospodarcza Alfa. Kolejne spotkanie odbędzie się 16 maja.",
        # the next sentence names no gathering of the type
        "Na seminarium o wodorze zaprasza Izba Gospodarcza Alfa. Rejestracja potrwa do 16 maja.",
    ],
)
def test_a_gathering_told_done_or_an_unrelated_date_stays_undated(text: str) -> None:
    assert gatherings(text, "conference") == [(None, "done")], text


def test_a_later_report_of_a_mission_to_come_joins_it() -> None:
    text = (
        "W dniach 10-12 czerwca firmy z Podkarpacia wezmą udział w misji gospodarczej do Wietnamu. Misję "
        "organizuje Izba Przemysłowa Gamma."
    )
    assert gatherings(text, "visit") == [("2024-06-10/2024-06-12", "planned")]


def test_a_noun_that_also_reads_as_a_past_verb_is_no_past() -> None:
    # "udział" also reads as the past of the rare "udziać": the sentence tells a visit to come
    text = "Przedsiębiorcy z Kielc 18 czerwca wezmą udział w misji do Kanady organizowanej przez Izbę Delta."
    assert gatherings(text, "visit") == [("2024-06-18", "planned")]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Rzeszów, 12 marca 2024 r. Spółka Alfa i gmina Beta podpisały umowę.", "2024-03-12"),
        ("Nowy Sącz, 05.02.2024 Firma Gamma otworzyła halę.", "2024-02-05"),
        ("Kielce, 3 marca 2025 r. – Spółka Delta otworzyła halę.", "2025-03-03"),
    ],
)
def test_a_place_dateline_opening_the_first_line_dates_the_text(text: str, date: str) -> None:
    from kooperacja.text.dates import find_dateline

    assert find_dateline(text) == date


@pytest.mark.parametrize(
    "text",
    [
        "W Kielcach, 3 marca 2025 r. Spółka Delta otworzyła halę.",  # a sentence, no dateline
        "Spółka otworzyła halę.\nKielce, 3 marca 2025 r. Drugi akapit tekstu.",  # not the first line
    ],
)
def test_a_date_after_a_place_elsewhere_is_no_dateline(text: str) -> None:
    from kooperacja.text.dates import find_dateline

    assert find_dateline(text) is None


def test_yesterday_under_a_dateline_in_running_text() -> None:
    rec = kooperacja.extract(
        "Rzeszów, 12 marca 2024 r. Politechnika Rzeszowska i spółka Avioteq podpisały wczoraj umowę o współpracy.",
        doc_id="t",
    )
    assert [(e["type"], e["date"]) for e in rec["events"]] == [("agreement", "2024-03-11")]


@pytest.mark.parametrize(
    ("text", "typ", "date"),
    [
        (
            "Delegacja z Dolnej Austrii w Kielcach\n\nW dniach 3-5 czerwca 2024 r. Kielce gościły przedsiębiorców z Brna. "
            "Wizytę przygotowała Izba Przemysłowo-Handlowa w Kielcach.",
            "visit",
            "2024-06-03/2024-06-05",
        ),
        (
            "Klaster Mebli Radomskich powstał\n\nSpotkanie założycielskie odbyło się 14 marca 2023 r. Klaster Mebli "
            "Radomskich założyło dziewięć firm.",
            "founding",
            "2023-03-14",
        ),
    ],
)
def test_under_a_headline_the_body_report_looks_back_for_its_date(text: str, typ: str, date: str) -> None:
    rec = kooperacja.extract(text, doc_id="t")
    assert [e["date"] for e in rec["events"] if e["type"] == typ] == [date]


def test_a_dated_sentence_of_another_paragraph_does_not_date_a_headline_event() -> None:
    text = (
        "Delegacja z Moraw w Kielcach\n\nSpółka Kielmet otworzyła halę 3 marca 2023 r.\n\nWizytę przygotowała Izba "
        "Przemysłowo-Handlowa w Kielcach."
    )
    rec = kooperacja.extract(text, doc_id="t")
    assert [e["date"] for e in rec["events"] if e["type"] == "visit"] == [None]


def signings(text: str) -> list[tuple[str | None, str]]:
    rec = kooperacja.extract(text, doc_id="t", published=PUBLISHED)
    return [(e.get("date"), e.get("status", "done")) for e in rec["events"] if e["type"] == "agreement"]


@pytest.mark.parametrize(
    "text",
    [
        "Dzięki podpisanemu 2 kwietnia porozumieniu współpraca Gminy Sulejów i firmy Drewbud zostanie poszerzona.",
        "Podpisana przez Gminę Sulejów i firmę Drewbud 2 kwietnia umowa będzie obowiązywać przez pięć lat.",
    ],
)
def test_a_signed_participle_before_its_noun_tells_a_done_signing(text: str) -> None:
    assert signings(text) == [("2024-04-02", "done")], text


def test_a_participle_after_a_future_form_is_a_signing_to_come() -> None:
    text = "Umowa między Gminą Sulejów a firmą Drewbud zostanie podpisana 20 czerwca."
    assert signings(text) == [("2024-06-20", "planned")]


def test_a_signing_report_that_joins_no_event_dates_the_signing_of_its_type() -> None:
    text = (
        "Gminy razem dla turystyki\n\nW czwartek, 4 kwietnia, wójtowie trzech gmin oraz Stowarzyszenia Szlak Odry "
        "spotkali się w Urzędzie Gminy Lubsza, aby podpisać list intencyjny w sprawie szlaku rowerowego.\n\nList "
        "intencyjny podpisali: Wójt Gminy Lubsza, Wójt Gminy Skarbimierz i Wójt Gminy Olszanka."
    )
    rec = kooperacja.extract(text, doc_id="t", published="2024-04-10")
    assert [(e["type"], e["date"]) for e in rec["events"]] == [("letter_of_intent", "2024-04-04")]


def types_status(text: str) -> list[tuple[str, str]]:
    rec = kooperacja.extract(text, doc_id="t", published=PUBLISHED)
    return [(e["type"], e.get("status", "done")) for e in rec["events"]]


def test_a_gerund_subject_of_a_verb_to_come_is_no_founding_done() -> None:
    text = "Utworzenie Klastra Energii Słonecznej przez Gminę Opatów i Gminę Ożarów pozwoli obniżyć rachunki."
    assert ("founding", "done") not in types_status(text)


def test_a_gerund_subject_of_a_past_verb_stays_a_founding() -> None:
    text = (
        "Utworzenie Klastra Energii Słonecznej przez Gminę Opatów i Gminę Ożarów pozwoliło obniżyć rachunki."
    )
    assert ("founding", "done") in types_status(text)


def test_a_gerund_subject_of_a_verb_to_come_with_a_day_is_planned() -> None:
    text = "Podpisanie umowy między Gminą Opatów a firmą Solbud nastąpi 20 maja w urzędzie gminy."
    assert types_status(text) == [("agreement", "planned")]


@pytest.mark.parametrize(
    ("word", "past"),
    [
        ("podpisała", True),
        ("otworzyli", True),
        ("kapitał", False),
        ("mały", False),
        ("udział", False),
        ("Zqwyła", True),
    ],
)
def test_a_past_ending_is_a_past_form_where_the_analyser_agrees(word: str, past: bool) -> None:
    from kooperacja.text.dates import _past_form

    assert _past_form(word) is past


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Konferencja Energia Regionu odbędzie się 12 czerwca w Opolu. Organizatorem jest Opolska Izba Gospodarcza.",
            [("conference", "planned")],
        ),
        (
            "Konferencja Energia Regionu odbyła się 2 maja w Opolu. Organizatorem była Opolska Izba Gospodarcza.",
            [("conference", "done")],
        ),
    ],
)
def test_a_gathering_dated_by_the_sentence_before_to_a_coming_day_is_planned(
    text: str, want: list[tuple[str, str]]
) -> None:
    assert types_status(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the signing told in the noun's relative clause, to come and undated: no event
        (
            "List intencyjny, pod którym podpiszą się burmistrzowie Ełku i Gołdapi, zakłada wspólną promocję.",
            [],
        ),
        # to come, with a day: planned
        (
            "Umowa, którą 20 czerwca podpiszą Gmina Ełk i spółka Termax, zakłada budowę drogi.",
            [("agreement", "planned")],
        ),
        # signed: done
        ("Umowa, którą podpisały Gmina Ełk i spółka Termax, zakłada budowę drogi.", [("agreement", "done")]),
    ],
)
def test_a_signing_told_in_the_nouns_relative_clause_sets_its_status(
    text: str, want: list[tuple[str, str]]
) -> None:
    assert types_status(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # supporting an act (exclude rows of event_triggers.tsv: "wspierać powstanie / rozwój / tworzenie") is no
        # cooperation of the supporters
        ("Izba Handlowa Norda i Izba Gospodarcza Sudy wspierają powstanie Stowarzyszenia Polskich Izb.", []),
        ("Gmina Ełk i Gmina Gołdap wspierają rozwój Klastra Rybnego.", []),
        ("Fundacja Alfa i Uczelnia Beta wspierają tworzenie Klastra Gamma.", []),
        # supporting an organisation stays a cooperation
        ("Spółkę Termax wspierają Gmina Ełk i Agencja Rozwoju Mazur.", ["cooperation", "cooperation"]),
    ],
)
def test_support_of_an_act_is_no_cooperation(text: str, want: list[str]) -> None:
    assert [t for t, _s in types_status(text)] == want
