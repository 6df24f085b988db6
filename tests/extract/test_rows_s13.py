"""Rare rows that no test sentence held (tools/untested_rows.py, session s13: 86 before), grouped by table; the method
of tests/extract/test_rare_rows_s12.py, whose helpers this module uses:

- EFFECT: the sentence's record with the row, and with a copy of the language data without it, differ: the row
  does this job and no other rule does it for it;
- BEHAVIOUR: the record is right, but taking the row out alone changes nothing (another row or rule of its family
  covers the sentence too): a regression test of the family on the row's word.

Near misses follow each group. Every sentence is our own."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kooperacja.text.namekeys import initials

from .test_rare_rows_s12 import _effect, _events, _orgs, _places, _record, _roles, data_root

__all__ = ["data_root"]  # the fixture, used by name


def _figures(rec: dict[str, Any]) -> set[tuple[str, str, float]]:
    names = {e["id"]: e["name"] for e in rec["entities"]}
    return {(names.get(f.get("entity"), "?"), f["metric"], f["value"]) for f in rec.get("figures", [])}


M = 1_000_000

# --- figure_words hired_noun: the noun after a count of a verb of seeking is of people a firm hires: jobs

HIRED = [
    ("handlowiec", "Firma Rotex szuka 20 handlowców do biura w Kole.", "Rotex", 20),
    ("konsultant", "Spółka Rotex poszukuje 15 konsultantów do centrum w Łodzi.", "Rotex", 15),
    ("robotnik", "Firma Rotex szuka 40 robotników do nowej hali.", "Rotex", 40),
    ("sprzedawca", "Sieć Rotex szuka 30 sprzedawców do sklepu w Kole.", "Sieć Rotex", 30),
    ("kasjer", "Sieć Rotex szuka 12 kasjerów do nowego marketu.", "Sieć Rotex", 12),
    ("badacz", "Instytut Rotex poszukuje 10 badaczy do laboratorium w Łodzi.", "Instytut Rotex", 10),
    ("elektryk", "Firma Rotex szuka 8 elektryków do zakładu w Kole.", "Rotex", 8),
    ("ślusarz", "Firma Rotex szuka 6 ślusarzy do zakładu w Kole.", "Rotex", 6),
    ("tokarz", "Firma Rotex szuka 5 tokarzy do zakładu w Kole.", "Rotex", 5),
    ("murarz", "Firma Rotex szuka 20 murarzy do budowy osiedla.", "Rotex", 20),
    ("kelner", "Spółka Rotex szuka 10 kelnerów do hotelu w Kole.", "Rotex", 10),
    ("ratownik", "Spółka Rotex szuka 14 ratowników do nowego aquaparku w Kole.", "Rotex", 14),
    ("nauczyciel", "Szkoła Rotex poszukuje 7 nauczycieli do nowej placówki.", "Szkoła Rotex", 7),
    ("opiekun", "Firma Rotex szuka 9 opiekunów do domu seniora w Kole.", "Rotex", 9),
    ("konstruktor", "Spółka Rotex szuka 11 konstruktorów do biura w Łodzi.", "Rotex", 11),
    ("tester", "Spółka Rotex szuka 16 testerów oprogramowania.", "Rotex", 16),
    ("pracowniczka", "Firma Rotex szuka 25 pracowniczek do szwalni w Kole.", "Rotex", 25),
]


@pytest.mark.parametrize(("word", "text", "org", "n"), HIRED)
def test_a_trade_sought_in_numbers_is_jobs(data_root: Path, word: str, text: str, org: str, n: int) -> None:
    with_row, without = _effect(data_root, "figure_words", word, "hired_noun", text, _figures)
    assert with_row == {(org, "jobs", n)}
    assert without == set()


@pytest.mark.xfail(
    strict=True,
    reason="'kucharzy' reads also as a verb (kucharzyć): no plain noun after the count (row kept: right)",
)
def test_cooks_sought_in_numbers_are_jobs() -> None:
    assert _figures(_record("Spółka Rotex szuka 4 kucharzy do hotelu w Kole.")) == {("Rotex", "jobs", 4)}


def test_guard_places_sought_in_numbers_are_no_jobs() -> None:
    assert _figures(_record("Spółka Rotex szuka 3 nowych lokalizacji dla sklepów.")) == set()


# --- figure_words: other rows of figures

FIGURE_EFFECTS = [
    # annexing: land added to a zone is an increment, no area of the commune's own
    (
        "włączać",
        "annexing",
        "Gmina Nysa włącza do strefy 30 ha gruntów.",
        set(),
        {("Gmina Nysa", "area_ha", 30)},
    ),
    # founding: a count of firms after a verb of founding is of the founders, no members
    (
        "ustanowić",
        "founding",
        "Klaster Energii Opole ustanowiło 12 firm z regionu.",
        set(),
        {("Klaster Energii Opole", "members", 12)},
    ),
    # machine_kind: robots that palletise are machines bought, an investment
    (
        "paletyzować",
        "machine_kind",
        "Spółka Termex kupi 4 roboty paletyzujące za 3 mln zł.",
        {("Termex", "investment", 3 * M)},
        set(),
    ),
    # first_person_past: the speaker's feminine plural past names the company she speaks for
    (
        "łyśmy",
        "first_person_past",
        "– Wydałyśmy na nową halę 5 mln zł – mówi Anna Lis, prezes spółki Termex.",
        {("Termex", "investment", 5 * M)},
        set(),
    ),
    # project_noun: money fronted before a verb of cost and a project's stage is the project's cost
    (
        "etap",
        "project_noun",
        "20 mln zł pochłonie drugi etap inwestycji spółki Termex w Opolu.",
        {("Termex", "investment", 20 * M)},
        set(),
    ),
]


@pytest.mark.parametrize(("word", "use", "text", "with_row", "without"), FIGURE_EFFECTS)
def test_a_figure_row_does_its_job(
    data_root: Path, word: str, use: str, text: str, with_row: set[Any], without: set[Any]
) -> None:
    assert _effect(data_root, "figure_words", word, use, text, _figures) == (with_row, without)


FIGURE_BEHAVIOUR = [
    # supplier: the one who carries out works is paid, no investor
    ("Firma Budrex wykonuje dla gminy Opole roboty drogowe za 6 mln zł.", set()),
    # unit_noun: an office's own units counted are no members
    ("Urząd Skarbowy otworzył 25 delegatur w regionie.", set()),
    # measure_unit: the power of a plant is no count (the money stays)
    (
        "Spółka Termex zbuduje w Nysie farmę fotowoltaiczną o mocy 25 MWp za 90 mln zł.",
        {("Termex", "investment", 90 * M)},
    ),
    ("Nowa linia spółki Termex w Opolu przetworzy 500 kg tworzyw na godzinę.", set()),
    # joint_few: the four projects of one company summed
    ("Łączna wartość czterech inwestycji spółki Termex to 120 mln zł.", {("Termex", "investment", 120 * M)}),
    # first_person and first_person_past: the speaker's company
    (
        "– Zainwestowaliśmy w Opolu 50 mln zł – mówi prezes firmy Termex Jan Lis.",
        {("Termex", "investment", 50 * M)},
    ),
    (
        "– Zainwestujemy w Opolu 80 mln zł – mówi prezes firmy Termex Jan Lis.",
        {("Termex", "investment", 80 * M)},
    ),
    # sum_adjective: a zone's total after its count of decisions
    (
        "Katowicka Specjalna Strefa Ekonomiczna wydała w 2024 r. 40 decyzji o wsparciu. Sumaryczne nakłady wyniosą "
        "2 mld zł.",
        {("Katowicka Specjalna Strefa Ekonomiczna", "investment", 2000 * M)},
    ),
    # lending: the borrower in the dative builds
    (
        "Bank Pekao udziela spółce Termex kredytu na budowę zakładu o wartości 80 mln zł.",
        {("Termex", "investment", 80 * M)},
    ),
    (
        "Fundusz Alfa pożyczył spółce Termex pieniądze na budowę hali o wartości 30 mln zł.",
        {("Termex", "investment", 30 * M)},
    ),
    (
        "Fundusz Alfa pożycza spółce Termex środki na budowę hali o wartości 30 mln zł.",
        {("Termex", "investment", 30 * M)},
    ),
    (
        "Agencja Rozwoju przyznała spółce Termex subwencję na budowę hali o wartości 30 mln zł.",
        {("Termex", "investment", 30 * M)},
    ),
    # project_not: a list of grants gives no investment's money
    (
        "Subwencje otrzymały: firma Termex z Opola (hala magazynowa, 3 mln zł) i spółka Polmet z Nysy (linia "
        "lakiernicza, 2 mln zł).",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "expected"), FIGURE_BEHAVIOUR)
def test_figure_rows_of_a_family_read_the_sentence(text: str, expected: set[Any]) -> None:
    assert _figures(_record(text)) == expected


# --- event_cues: quantity_noun ("setki gości": guests counted, nobody hosting)

QUANTITY = [
    ("setka", "Targi w Kielcach przyciągnęły setki gości z Niemiec."),
    ("dziesiątka", "Na forum w Rzeszowie przybyły dziesiątki gości z Ukrainy."),
    ("tłum", "Otwarcie hali firmy Termex w Opolu przyciągnęło tłumy gości."),
]


@pytest.mark.parametrize(("word", "text"), QUANTITY)
def test_guests_counted_by_a_noun_of_quantity_make_no_visit(data_root: Path, word: str, text: str) -> None:
    with_row, without = _effect(data_root, "event_cues", word, "quantity_noun", text, _events)
    assert not any(t == "visit" for t, _ in with_row)
    assert any(t == "visit" for t, _ in without)


def test_guard_guests_hosted_by_a_town_make_a_visit() -> None:
    assert any(t == "visit" for t, _ in _events(_record("Kielce gościły delegację z Saksonii.")))


# --- event_cues: other rows of events


def test_a_report_verb_leaves_a_planned_deed_undated(data_root: Path) -> None:
    # report_verb: the day of telling is no date of what is told to come
    text = "Zarząd spółki Termex zakomunikował w piątek, że zbuduje halę w Opolu."
    with_row, without = _effect(data_root, "event_cues", "zakomunikować", "report_verb", text, _dated)
    assert with_row == [("investment", None)]
    assert without == [("investment", "2025-02-28")]


def _dated(rec: dict[str, Any]) -> list[tuple[str, str | None]]:
    return sorted((ev["type"], ev.get("date")) for ev in rec["events"])


PERMIT = (
    "Spółka Termex otrzymała decyzję o wsparciu inwestycji w Opolu. Firma zbuduje tam halę. Zatrudni w niej 50 osób. "
    "Prace ruszą wiosną. {} decyzję otrzymała spółka Polmet z Nysy."
)


@pytest.mark.parametrize(
    ("table", "word", "use", "text"),
    [
        ("event_cues", "analogiczny", "permit_again", PERMIT.format("Analogiczną")),
        ("ordinals", "szósty", None, PERMIT.format("Szóstą")),
        ("ordinals", "siódmy", None, PERMIT.format("Siódmą")),
        ("ordinals", "ósmy", None, PERMIT.format("Ósmą")),
        ("ordinals", "dziewiąty", None, PERMIT.format("Dziewiątą")),
    ],
)
def test_a_permit_named_again_far_back_is_received_again(
    data_root: Path, table: str, word: str, use: str | None, text: str
) -> None:
    with_row, without = _effect(data_root, table, word, use, text, _events)
    assert ("investment", (("Polmet", "investor"),)) in with_row
    assert ("investment", (("Polmet", "investor"),)) not in without


# the same sentences written out, for the rows' word search (tools/untested_rows.py reads no template)
_WRITTEN = (
    "Analogiczną decyzję otrzymała spółka Polmet z Nysy.",
    "Szóstą decyzję otrzymała spółka Polmet z Nysy.",
    "Siódmą decyzję otrzymała spółka Polmet z Nysy.",
    "Ósmą decyzję otrzymała spółka Polmet z Nysy.",
    "Dziewiątą decyzję otrzymała spółka Polmet z Nysy.",
)


def test_written_sentences_are_the_templates() -> None:
    words = ("Analogiczną", "Szóstą", "Siódmą", "Ósmą", "Dziewiątą")
    assert [PERMIT.format(w).rsplit(". ", 1)[1] for w in words] == list(_WRITTEN)


EVENT_BEHAVIOUR = [
    # award_sense: a title that fell to a company is an award
    (
        "Tytuł Lidera Innowacji przypadł w tym roku spółce Termex z Opola.",
        [("award", (("Termex", "recipient"),))],
    ),
    # report_verb: a confirmed plan of its own date
    (
        "Spółka Termex potwierdza, że w 2027 r. rozbuduje zakład w Opolu.",
        [("investment", (("Termex", "investor"),))],
    ),
    # time_span: a day before a fair is a point of time, no fair told
    (
        "Dobę przed targami w Kielcach spółka Termex podpisała umowę z gminą Opole.",
        [("agreement", (("Opole", "party"), ("Termex", "party")))],
    ),
    # chance_noun: guests who had the chance to see a plant saw it
    (
        "Goście z Saksonii mieli sposobność zwiedzić zakład firmy Termex w Opolu.",
        [("visit", (("Opole", "host"), ("Saksonia", "visitor"), ("Termex", "host")))],
    ),
    # first_person_ending: the speaker's past and future speak for her company
    (
        "– Otworzyłyśmy ten sklep pięć lat temu i teraz zbudujemy drugi – mówi prezes firmy Termex Anna Lis.",
        [("investment", (("Termex", "investor"),))],
    ),
    # conditional_ending: a question in the second person states no deed
    ("Czy zainwestowałbyś w nową halę w Opolu?", []),
    # event_modality negation: a called-off congress is no event
    (
        "Spółka Termex podpisała umowę z gminą Nysa. Odwołany został jednak zaplanowany na maj kongres w Opolu.",
        [("agreement", (("Nysa", "party"), ("Termex", "party")))],
    ),
]


@pytest.mark.parametrize(("text", "expected"), EVENT_BEHAVIOUR)
def test_event_rows_of_a_family_read_the_sentence(text: str, expected: list[Any]) -> None:
    assert _events(_record(text)) == expected


def test_a_first_person_feminine_past_is_the_speakers_founding() -> None:
    rec = _record(
        "– Założyłam firmę dziesięć lat temu, a teraz zbudujemy halę w Opolu – mówi Anna Lis, prezes spółki Termex."
    )
    assert ("investment", (("Termex", "investor"),)) in _events(rec)


def test_a_plant_running_since_a_month_is_no_plan() -> None:
    # running_verb: the plant works already
    rec = _record("Spółka Termex otrzymała decyzję o wsparciu. Jej hala w Opolu funkcjonuje od stycznia.")
    assert all(ev.get("status") != "planned" for ev in rec["events"])


# --- event_modality plan: preparing a building is no building yet


def test_preparing_a_building_is_no_investment_yet(data_root: Path) -> None:
    text = "Spółka Termex przygotowuje budowę hali w Opolu."
    assert _effect(data_root, "event_modality", "przygotowywać", "plan", text, _events) == (
        [],
        [("investment", (("Termex", "investor"),))],
    )


# --- meeting_words: the one a delegation meets is its host


def test_the_one_a_delegation_meets_is_a_host(data_root: Path) -> None:
    text = "Delegacja z Saksonii spotyka się w Opolu z władzami firmy Termex."
    with_row, without = _effect(data_root, "meeting_words", "spotykać", None, text, _events)
    assert ("Termex", "host") in with_row[0][1]
    assert ("Termex", "visitor") in without[0][1]


# --- participant_words signatory_noun: the signatories named in the sentence after


def test_feminine_signatories_named_after_the_signing_are_its_parties(data_root: Path) -> None:
    text = "Podpisano porozumienie o współpracy. Sygnatariuszkami są gminy Opole i Nysa."
    with_row, without = _effect(
        data_root, "participant_words", "sygnatariuszka", "signatory_noun", text, _events
    )
    assert with_row == [("agreement", (("Nysa", "party"), ("Opole", "party")))]
    assert without == []


def test_a_share_that_shrank_is_no_taking_part() -> None:
    # share_change: "Ich udział zmalał" is a share, no partner added
    rec = _record("Spółki Termex i Polmet współpracują od lat. Ich udział w rynku zmalał w 2024 r.")
    assert _events(rec) == [("cooperation", (("Polmet", "party"), ("Termex", "party")))]


# --- organisations and places: foreign kind words, seats, acronyms


def test_a_german_kind_word_makes_the_name_a_company(data_root: Path) -> None:
    text = "Weber Kunststoffe zbuduje zakład w Nysie."
    with_row, without = _effect(data_root, "foreign_org_words", "Kunststoffe", "company", text, _orgs)
    assert with_row == {"Weber Kunststoffe"}
    assert without == set()


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Firma Delta Automation otworzy biuro w Opolu.", "Delta Automation"),
        ("Sanwa Kogyo zbuduje fabrykę w Wałbrzychu.", "Sanwa Kogyo"),
    ],
)
def test_foreign_kind_words_keep_the_name_whole(text: str, org: str) -> None:
    assert org in _orgs(_record(text))


def test_a_consulates_seat_is_part_of_its_name(data_root: Path) -> None:
    text = "Biuro Handlowe Konsulatu RP w Kolonii zorganizowało misję firm z Opola."
    with_row, without = _effect(data_root, "name_cues", "konsulat", "seat_named_head", text, _orgs)
    assert with_row == {"Konsulat RP w Kolonii"}
    assert without == {"Konsulat RP"}


@pytest.mark.parametrize(
    ("word", "text"),
    [
        ("MWp", "Termex zbuduje w Nysie farmę fotowoltaiczną o mocy 25 MWp."),
        ("MWe", "Termex zbuduje w Nysie elektrociepłownię o mocy 40 MWe."),
    ],
)
def test_a_unit_of_power_is_no_organisation(data_root: Path, word: str, text: str) -> None:
    with_row, without = _effect(data_root, "not_org_acronyms", word, None, text, _orgs)
    assert with_row == {"Termex"}
    assert without == {"Termex", word}


@pytest.mark.parametrize(
    "text",
    [
        "Spółka Termex, notowana w WIG, zbuduje zakład w Nysie.",
        "Indeks WIG30 zyskał 1 proc. Spółka Termex zbuduje zakład w Nysie.",
        "Spółka Termex, notowana w WIG140, zbuduje zakład w Nysie.",
    ],
)
def test_a_stock_index_is_no_organisation(text: str) -> None:
    assert _orgs(_record(text)) == {"Termex"}


def test_a_national_bodys_town_is_its_seat_a_place() -> None:
    rec = _record("Ogólnokrajowa Rada Przedsiębiorców w Warszawie podpisała umowę ze spółką Termex.")
    assert "Ogólnokrajowa Rada Przedsiębiorców" in _orgs(rec)
    assert "Warszawa" in _places(rec)


def test_a_named_olympiad_is_no_organisation() -> None:
    rec = _record("Spółka Termex była sponsorem Olimpiady Młodych Inżynierów w Opolu.")
    assert _orgs(rec) == {"Termex"}


def test_an_attorney_after_the_name_keeps_the_company() -> None:
    rec = _record("Umowę z gminą Nysa podpisał Jan Lis, prokurent spółki Termex.")
    assert [org for _t, org in _roles(rec)["Jan Lis"]] == ["Termex"]


def test_a_national_adjective_in_the_other_form_makes_the_town_a_place() -> None:
    rec = _record("Ogólnopolska Rada Przedsiębiorców w Warszawie podpisała umowę ze spółką Termex.")
    assert "Ogólnopolska Rada Przedsiębiorców" in _orgs(rec)
    assert "Warszawa" in _places(rec)


# org18's company_officer pattern (a title word after the officer's title, then a full name) reads the company
@pytest.mark.parametrize(
    "text",
    [
        "Umowę z gminą Nysa podpisał Prezes Honorowy Termex Jan Lis.",
        "Umowę z gminą Nysa podpisał Dyrektor Wykonawczy Termex Jan Lis.",
    ],
)
def test_a_two_word_title_before_a_company_keeps_the_company(text: str) -> None:
    assert "Termex" in _orgs(_record(text))


# --- participant_words share_change: a share that changes is no taking part


@pytest.mark.parametrize(
    "text",
    [
        "Spółki Termex i Polmet współpracują od lat. Ich udział w rynku spada z roku na rok.",
        "Spółki Termex i Polmet współpracują od lat. Ich udział w rynku maleje.",
    ],
)
def test_a_falling_share_is_no_taking_part(text: str) -> None:
    assert _events(_record(text)) == [("cooperation", (("Polmet", "party"), ("Termex", "party")))]


def test_an_award_that_falls_to_a_company_in_the_present() -> None:
    rec = _record("W tym roku tytuł Lidera Rynku przypada spółce Termex z Opola.")
    assert _events(rec) == [("award", (("Termex", "recipient"),))]


# --- region_land_names: a land's name and its voivodeship are one place


def test_a_lands_name_and_its_voivodeship_are_one_place(data_root: Path) -> None:
    text = (
        "Region Łódzki promował się na targach w Dubaju. Władze województwa łódzkiego podpisały tam umowę ze spółką "
        "Termex."
    )
    with_row, without = _effect(data_root, "region_land_names", "Region Łódzki", None, text, _places)
    assert with_row == {"województwo łódzkie"}
    assert without == {"Region Łódzki", "województwo łódzkie"}


# --- name_connectors: a foreign connector inside a name; articles skipped in a name's initials


def test_a_french_connector_keeps_the_name_whole(data_root: Path) -> None:
    text = "Francuska spółka Maison aux Fleurs otworzy salon w Opolu."
    with_row, without = _effect(data_root, "name_connectors", "aux", "foreign", text, _orgs)
    assert with_row == {"Maison aux Fleurs"}
    assert without == {"Maison", "Fleurs"}


@pytest.mark.parametrize(
    ("name", "acronym"),
    [
        ("Haus das Brot GmbH", "HB"),  # "Grupa Haus das Brot otworzy piekarnię w Nysie."
        (
            "Centre de Recherche le Vivant",
            "CRV",
        ),  # "Centre de Recherche le Vivant otworzy laboratorium w Opolu."
    ],
)
def test_a_foreign_article_is_skipped_in_the_initials(name: str, acronym: str) -> None:
    assert initials(name) == {acronym}
