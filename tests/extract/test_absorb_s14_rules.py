"""Rules of session 14 (absorb14), each with a sentence of its own and a near miss where it must not fire, and guards
from the review of the rules that were dropped (a sentence-opening "W" as a venue, a " w SECTION" dateline, a year's
tally of permits, tenses apart in a merge, a lent subject of a split signing clause): each guard holds as on main.
Every text is written for this test."""

from __future__ import annotations

import pytest

from kooperacja import extract
from kooperacja.text.dates import find_dateline


def _events(text: str) -> list[tuple[str, str | None, list[str]]]:
    record = extract(text, doc_id="t")
    names = {e["id"]: e["name"] for e in record["entities"]}
    return [
        (e["type"], e.get("date"), sorted(names[p["entity"]] for p in e["participants"]))
        for e in record["events"]
    ]


# --- a venue is looked for inside the mention's own sentence only


def test_a_header_line_ending_in_a_preposition_phrase_keeps_the_first_party() -> None:
    text = "Ala ma nowy wpis w Sosnach\n\nSpółka Opolplast i Gmina Brzeg podpisały umowę o współpracy."
    assert ("agreement", None, ["Gmina Brzeg", "Opolplast"]) in _events(text)


def test_a_portal_header_with_a_section_keeps_the_first_party() -> None:
    text = "Opublikowano 7 czerwca 2024 w Wiadomości\n\nFirma Warmbud i Gmina Ostróda podpisały umowę o współpracy."
    agreements = [e for e in _events(text) if e[0] == "agreement"]
    assert agreements and all({"Warmbud", "Gmina Ostróda"} <= set(e[2]) for e in agreements)


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "W KGHM Polska Miedź podpisano w poniedziałek umowę o współpracy z Politechniką Wrocławską.",
            {"KGHM Polska Miedź", "Politechnika Wrocławska"},
        ),
        (
            "Toruń, 3 czerwca 2026 r.\nW Agencji Rozwoju Przemysłu podpisano umowę pożyczki ze spółką Torplast na "
            "budowę nowej linii.",
            {"Agencja Rozwoju Przemysłu", "Torplast"},
        ),
        (
            "Płock, 3 czerwca 2026 r.\nW Orlenie podpisano list intencyjny z Gminą Płock w sprawie budowy "
            "instalacji wodorowej.",
            {"Orlen", "Gmina Płock"},
        ),
        (
            "Mielec, 3 czerwca 2026 r.\nW Specjalnej Strefie Ekonomicznej Euro-Park Mielec podpisano umowę z Gminą "
            "Kolbuszowa o poszerzeniu strefy.",
            {"Specjalna Strefa Ekonomiczna Euro-Park Mielec", "Gmina Kolbuszowa"},
        ),
        (
            "Rzeszów, 3 czerwca 2026 r.\nW Urzędzie Miasta Rzeszowa podpisano umowę ze spółką Podkarpacki Lot "
            "dotyczącą budowy centrum serwisowego.",
            {"Urząd Miasta Rzeszowa", "Podkarpacki Lot"},
        ),
    ],
)
def test_guard_the_host_of_an_impersonal_signing_that_opens_the_sentence_is_a_party(
    text: str, parties: set[str]
) -> None:
    # "W ORG podpisano umowę z X": the host organisation signs; the look-back stop at the sentence start makes no
    # venue of it
    assert any(
        set(names) == parties for typ, _d, names in _events(text) if typ in ("agreement", "letter_of_intent")
    )


# --- a name in the nominative after "w TOWN" is the subject, no venue


def test_nominative_municipality_after_a_town_in_the_locative_is_a_party() -> None:
    text = (
        "Opublikowano: 20.05.2026\n\nJutro (21.05) w Bielsku-Białej Gmina Czechowice-Dziedzice i spółka Beskid "
        "Solar podpiszą umowę o współpracy."
    )
    agreements = [e for e in _events(text) if e[0] == "agreement"]
    assert agreements and all("Gmina Czechowice-Dziedzice" in e[2] for e in agreements)
    assert all(e[1] == "2026-05-21" for e in agreements)


def test_an_office_in_the_locative_after_w_stays_a_venue() -> None:
    # near miss: "w Urzędzie Marszałkowskim …" (locative) is where the signing took place
    text = "Spółka Opolplast i Gmina Brzeg podpisały w Urzędzie Marszałkowskim Województwa Opolskiego umowę."
    agreements = [e for e in _events(text) if e[0] == "agreement"]
    assert agreements and all(not any("Urząd" in n for n in e[2]) for e in agreements)


# --- guards: an event's title line "NAME, DATE w TOWN" is no dateline


@pytest.mark.parametrize(
    "line",
    [
        "Europejski Kongres Gospodarczy, 7 maja 2026 w Katowicach",
        "Targi Expo Mielec, 12 czerwca 2026 w Mielcu",
        "Termin: 20 marca 2026 w Kielcach",
    ],
)
def test_guard_an_events_title_with_date_and_town_is_no_dateline(line: str) -> None:
    assert find_dateline(f"{line}\n\nTekst.") is None


def test_guard_a_galas_title_date_is_the_awards_date() -> None:
    text = (
        "Gala Biznesu, 5 grudnia 2025 w Filharmonii Podkarpackiej\n\nNagrody Gospodarcze Województwa odebrali "
        "wczoraj przedsiębiorcy z regionu. Statuetkę otrzymała spółka Podkarpacki Lot."
    )
    assert ("award", "2025-12-05", ["Podkarpacki Lot"]) in _events(text)


def test_guard_a_forums_title_date_does_not_count_back_a_weekday() -> None:
    text = (
        "Forum Inwestycyjne, 14 maja 2026 w Rzeszowie\n\nZapraszamy na forum. W ubiegłym tygodniu zgłosiło się już "
        "200 uczestników. W piątek spółka Podkarpacki Lot podpisała umowę z Politechniką Rzeszowską."
    )
    agreements = [e for e in _events(text) if e[0] == "agreement"]
    assert agreements and all(e[1] is None for e in agreements)


# --- guards: the firm's own permits of a year date its investment


@pytest.mark.parametrize(
    "second",
    [
        "W 2025 roku inwestor otrzymał już 3 pozwolenia na budowę.",
        "W 2025 roku wydano dla tej inwestycji 2 pozwolenia na budowę.",
    ],
)
def test_guard_the_firms_own_permits_of_a_year_date_its_investment(second: str) -> None:
    text = f"Kutno, 12 stycznia 2026 r.\nFirma Agrofol zainwestuje 30 mln zł w nową linię w Kutnie. {second}"
    assert ("investment", "2025", ["Agrofol"]) in _events(text)


# --- guards: one investor's done step of a joint plant dates the joint plant


@pytest.mark.parametrize(
    ("second", "date"),
    [
        ("Agrofol rozpoczął już budowę hali w marcu 2026 r.", "2026-03"),
        (
            "Agrofol uruchomił w Kutnie linię do produkcji folii 4 maja 2026 r., jako pierwszy etap tej inwestycji.",
            "2026-05-04",
        ),
    ],
)
def test_guard_a_done_step_of_a_joint_plant_dates_both_investors(second: str, date: str) -> None:
    text = f"Kutno, 12 maja 2026 r.\nFirmy Rolpak i Agrofol zainwestują wspólnie w zakład w Kutnie. {second}"
    dates = {names[0]: d for typ, d, names in _events(text) if typ == "investment" and len(names) == 1}
    assert dates == {"Rolpak": date, "Agrofol": date}


# --- guards: a split signing clause lends no party that is an object or has its own subject


@pytest.mark.parametrize(
    ("text", "not_together"),
    [
        (
            "Wojewoda opolski odwiedził 5 lutego spółkę Opolkon, natomiast porozumienie z Gminą Nysa podpisał 12 "
            "lutego.",
            {"Opolkon", "Gmina Nysa"},
        ),
        (
            "Prezydent Opola pogratulował 5 lutego spółce Opolkon, natomiast porozumienie z Gminą Nysa zawarł 12 "
            "lutego.",
            {"Opolkon", "Gmina Nysa"},
        ),
        (
            "Zarząd województwa nagrodził 5 lutego spółkę Opolkon, natomiast umowę z Politechniką Opolską podpisał 12 "
            "lutego.",
            {"Opolkon", "Politechnika Opolska"},
        ),
        (
            "Powiat Nyski podpisał umowę ze spółką Opolkon 5 lutego, natomiast w Brzegu Gmina Brzeg zawarła "
            "porozumienie 12 lutego.",
            {"Powiat Nyski", "Gmina Brzeg"},
        ),
        (
            "Spółka Opolkon podpisała umowę z Gminą Nysa 5 lutego, natomiast w Opolu Politechnika Opolska podpisała "
            "list intencyjny 12 lutego.",
            {"Opolkon", "Politechnika Opolska"},
        ),
    ],
)
def test_guard_a_split_signing_clause_lends_no_object_or_foreign_subject(
    text: str, not_together: set[str]
) -> None:
    events = _events(f"Opole, 20 lutego 2026 r.\n{text}")
    assert not any(
        not_together <= set(names) for typ, _d, names in events if typ in ("agreement", "letter_of_intent")
    )
