"""Rules of session 14 (absorb14), each with a sentence of its own and a near miss where it must not fire. Every text
is written for this test."""

from __future__ import annotations

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


def test_a_venue_inside_the_sentence_is_still_no_party() -> None:
    text = (
        "W Collegium Novum Uniwersytetu Jagiellońskiego spółka Krakbud i Gmina Wieliczka podpisały umowę o "
        "współpracy."
    )
    agreements = [e for e in _events(text) if e[0] == "agreement"]
    assert agreements
    assert all(not any("Collegium" in n for n in e[2]) for e in agreements)


# --- a byline's date followed by " w SECTION" dates the article


def test_byline_date_and_section_is_a_dateline() -> None:
    assert find_dateline("Anna Nowak, 18 listopada 2024 w Gospodarka\n\nTekst.") == "2024-11-18"
    assert find_dateline("Jan Lis, 3 marca 2025 w Region | Biznes\n\nTekst.") == "2025-03-03"


def test_byline_date_and_a_lower_case_place_phrase_is_no_section() -> None:
    # "w ratuszu": a phrase of a sentence, not a portal's section name
    assert (
        find_dateline("Anna Nowak, 18 listopada 2024 w ratuszu podpisała umowę ze spółką\n\nTekst.") is None
    )


# --- a tally of a year told after a firm's decision dates no one firm's investment


def test_year_tally_after_the_firm_lends_no_date() -> None:
    text = (
        "Gdańsk, 10 stycznia 2026 r.\nSpółka Baltkon otrzymała decyzję o wsparciu na budowę hali w Tczewie. W "
        "2025 roku Pomorska Specjalna Strefa Ekonomiczna wydała 45 decyzji o wsparciu."
    )
    inv = [e for e in _events(text) if e[0] == "investment" and "Baltkon" in e[2]]
    assert inv and all(e[1] is None for e in inv)


def test_a_dated_single_decision_after_the_firm_still_dates_it() -> None:
    # near miss: no count of permits, the same decision told again with its month
    text = (
        "Gdańsk, 10 lutego 2026 r.\nSpółka Baltkon zbuduje w Tczewie halę za 30 mln zł. Decyzję o wsparciu "
        "spółka otrzymała w styczniu."
    )
    inv = [e for e in _events(text) if e[0] == "investment" and "Baltkon" in e[2]]
    assert inv and all(e[1] == "2026-01" for e in inv)


# --- a split clause of a signing that names only the partner takes the sentence's subject


def test_second_signing_with_elided_subject_takes_the_subject() -> None:
    text = (
        "Opole, 20 lutego 2026 r.\nSpółka Opolskie Wodociągi podpisała umowę z Politechniką Opolską 5 lutego, "
        "natomiast porozumienie z Gminą Dobrzeń Wielki zawarła 12 lutego."
    )
    events = _events(text)
    assert ("agreement", "2026-02-12", ["Gmina Dobrzeń Wielki", "Opolskie Wodociągi"]) in events
    assert ("agreement", "2026-02-05", ["Opolskie Wodociągi", "Politechnika Opolska"]) in events


def test_object_fronted_first_clause_lends_its_subject() -> None:
    text = (
        "Zielona Góra, 16 lutego 2026 r.\nUmowę z Gminą Sulechów spółka Lubuskie Okna podpisała 3 lutego, natomiast "
        "porozumienie z Uniwersytetem Zielonogórskim zawarła 10 lutego."
    )
    events = _events(text)
    assert ("agreement", "2026-02-10", ["Lubuskie Okna", "Uniwersytet Zielonogórski"]) in events
    assert ("agreement", "2026-02-03", ["Gmina Sulechów", "Lubuskie Okna"]) in events


def test_second_clause_with_its_own_subject_keeps_it() -> None:
    # near miss: the second clause names its own signatory; the first clause's subject is no party of it
    text = (
        "Opole, 20 lutego 2026 r.\nSpółka Opolskie Wodociągi podpisała umowę z Politechniką Opolską 5 lutego, "
        "natomiast firma Nyskie Kruszywa zawarła porozumienie z Gminą Dobrzeń Wielki 12 lutego."
    )
    for _typ, _date, names in _events(text):
        if "Gmina Dobrzeń Wielki" in names:
            assert "Opolskie Wodociągi" not in names


# --- a step done of one actor does not date a joint investment still to come


def test_one_investors_step_done_dates_only_that_investor() -> None:
    text = (
        "Kutno, 12 maja 2026 r.\nFirmy Rolpak i Agrofol zainwestują w Kutnie łącznie 80 mln zł. Agrofol w "
        "ubiegłym roku uruchomił w strefie linię do produkcji folii."
    )
    dates = {names[0]: date for typ, date, names in _events(text) if typ == "investment" and len(names) == 1}
    assert dates.get("Rolpak", "missing") is None
    assert dates.get("Agrofol") == "2025"


def test_a_step_told_in_the_same_tense_dates_the_joint_plant() -> None:
    # near miss: both sentences tell the plant done; the month dates the whole plant
    text = (
        "Kutno, 12 maja 2026 r.\nFirmy Rolpak i Agrofol otworzyły w Kutnie wspólny zakład. Agrofol uruchomił w "
        "nim linię w marcu."
    )
    dates = {names[0]: date for typ, date, names in _events(text) if typ == "investment" and len(names) == 1}
    assert dates == {"Rolpak": "2026-03", "Agrofol": "2026-03"}


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
