"""Event dates and status, session 13 (date18): a blind battery written before reading the date code or any errors.

Invented passages in the shapes of web news, investment news above all: datelines of many shapes (town and date at
the top, "Autor / 2025-03-14 09:12", "Data publikacji: …", a date only at the end, "aktualizacja:" lines), weekdays
and relative dates against the publication date, two events with two dates in one sentence (after "a", "natomiast",
"lecz"), the date in the neighbouring sentence, background sentences with older dates, plans with years and
quarters, and events with a year in their name. Expected values follow extraction.md "Date values" and annotation.md;
where they are silent, what the real gold does (see test_event_dates_s11date). A wanted date written "!X" means only
"not X" (a signing some weeks after a dated mission must not take the mission's dates).

Every text is written for this test. Old code (main ec1e01e): 17 of 29 passed (18 with the one expectation corrected below); after
this session's rules: 21 of 29 (one expectation, end_of_next_year, corrected to the real gold's undated
limit; the eight left are events that the extractor does not find, not dates).
"""

from __future__ import annotations

import pytest
from tests.extract.battery import passage_params, print_passage_count
from tests.extract.test_event_dates_s11date import Passage, _date_right, _names

from kooperacja import extract

P = Passage
PASSAGES: list[Passage] = [
    P(
        "weekday_before_town_dateline",
        "Rzeszów, 14 marca 2025 r.\nWe wtorek spółka Podkarpackie Odlewnie podpisała umowę o współpracy z "
        "Politechniką Rzeszowską. Uczelnia opracuje dla firmy nową technologię odlewania aluminium.",
        None,
        (("agreement", "2025-03-11", "Odlewnie", "done"),),
    ),
    P(
        "author_slash_timestamp_yesterday",
        "Anna Kowalczyk / 2025-03-14 09:12\n\nWczoraj w Katowicach spółka Metalplast i Uniwersytet Śląski podpisały "
        "list intencyjny w sprawie wspólnych badań nad recyklingiem tworzyw.",
        None,
        (("letter_of_intent", "2025-03-13", "Metalplast", "done"),),
    ),
    P(
        "data_publikacji_last_week_visit",
        "Data publikacji: 12.03.2025\n\nW ubiegłym tygodniu delegacja przedsiębiorców z Bawarii odwiedziła Lubelski "
        "Park Naukowo-Technologiczny. Goście rozmawiali o współpracy w branży spożywczej.",
        None,
        (("visit", "2025-03", None, "done"),),
    ),
    P(
        "date_only_at_end_signing",
        "Grupa Opolmet i Uniwersytet Opolski zawarły porozumienie o utworzeniu wspólnego laboratorium badań "
        "materiałowych. Laboratorium powstanie w kampusie uczelni.\n\nOpole, 5.06.2024",
        None,
        (("agreement", "2024-06-05", "Opolmet", "done"),),
    ),
    P(
        "published_and_update_line",
        "Opublikowano: 18.11.2024, 10:15 | aktualizacja: 20.11.2024, 08:02\n\nSpółka Baltic Wind Components podpisała "
        "dziś umowę z Zarządem Morskiego Portu Gdynia na dzierżawę terenu pod fabrykę wież wiatrowych.",
        None,
        (("agreement", "2024-11-18", "Baltic", "done"),),
    ),
    P(
        "two_signings_two_dates_a",
        "Kraków, 14 marca 2025 r.\nUmowy z Gminą Kęty podpisały dwie firmy: Metalex podpisał umowę 10 marca, a "
        "Drewpol 11 marca.",
        None,
        (("agreement", "2025-03-10", "Metalex", "done"), ("agreement", "2025-03-11", "Drewpol", "done")),
    ),
    P(
        "two_investments_natomiast",
        "Wałbrzych, 20 maja 2025 r.\nSpółka Alfatech otrzymała decyzję o wsparciu 3 lutego 2025 r., natomiast firma "
        "Betonex rozpoczęła budowę nowej hali w kwietniu 2024 r. Obie inwestycje powstają w Wałbrzyskiej Specjalnej "
        "Strefie Ekonomicznej.",
        None,
        (("investment", "2025-02-03", "Alfatech", "done"), ("investment", "2024-04", "Betonex", "done")),
    ),
    P(
        "lecz_contrast_agreement_and_works",
        "Kielce, 10 października 2024 r.\nUmowę z Miastem Kielce spółka Tensomet podpisała w styczniu 2024 r., lecz "
        "budowę fabryki czujników rozpoczęła dopiero 2 września 2024 r.",
        None,
        (("agreement", "2024-01", "Tensomet", "done"),),
    ),
    P(
        "conference_date_in_sentence_before_signing",
        "15 maja 2025 r. w Poznaniu odbyło się Forum Gospodarcze Polska–Niemcy. Podczas forum firmy Agromet i "
        "Krone AG podpisały umowę o współpracy przy produkcji przyczep rolniczych.",
        None,
        (("conference", "2025-05-15", None, "done"), ("agreement", "2025-05-15", "Agromet", "done")),
    ),
    P(
        "background_older_year",
        "Wrocław, 2 kwietnia 2025 r.\nFirma Elektrosystem podpisała wczoraj umowę o współpracy z Politechniką "
        "Wrocławską. Przypomnijmy, że spółka działa na rynku od 2009 r., a w 2019 r. przeniosła siedzibę do Oławy.",
        None,
        (("agreement", "2025-04-01", "Elektrosystem", "done"),),
    ),
    P(
        "plant_opens_in_quarter",
        "Gliwice, 8 stycznia 2025 r.\nSpółka Silesia Battery Systems wybuduje w Katowickiej Specjalnej Strefie "
        "Ekonomicznej zakład produkcji modułów baterii. Inwestycja warta 120 mln zł zostanie zakończona w II "
        "kwartale 2026 r.",
        None,
        (("investment", "2026-04/2026-06", "Silesia", "planned"),),
    ),
    P(
        "end_of_next_year",
        "Toruń, 4 września 2025 r.\nFirma Kujawpak zapowiedziała rozbudowę zakładu w Toruniu za 40 mln zł. Nowa hala "
        "ma być gotowa do końca przyszłego roku.",
        None,
        # a limit ("do końca …") is no time of the plant: the real gold leaves it undated (dev 073, "ma być gotowa do
        # końca 2021 roku"); first written as planned for 2026, corrected after reading the real gold
        (("investment", None, "Kujawpak", "done"),),
    ),
    P(
        "forum_year_in_name",
        "Forum Inwestycyjne Mazowsze 2025 zgromadziło w Radomiu przedstawicieli samorządów i firm. Agencja Rozwoju "
        "Mazowsza zaprezentowała na nim tereny inwestycyjne regionu.",
        None,
        (("conference", "2025", None, "done"),),
    ),
    P(
        "signing_weeks_after_mission",
        "Kraków, 28.04.2025\nW dniach 3–7 marca 2025 r. przedstawiciele małopolskich firm uczestniczyli w misji "
        "gospodarczej do Wietnamu. Kilka tygodni po misji firma Agrovit podpisała umowę dystrybucyjną z "
        "wietnamską spółką Saigon Foods.",
        None,
        (("agreement", "!2025-03-03/2025-03-07", "Agrovit", "done"),),
    ),
    P(
        "signing_before_mission",
        "Gdańsk, 30.06.2025\nOd 9 do 12 czerwca 2025 r. trwała misja pomorskich firm do Norwegii. Jeszcze przed misją "
        "spółka Navimor podpisała umowę serwisową z norweską firmą Fjordtech AS.",
        None,
        (("agreement", "!2025-06-09/2025-06-12", "Navimor", "done"),),
    ),
    P(
        "weekday_day_month_year_from_text",
        "Wizyta zaplanowana jest na wtorek 9 maja. Delegacja z Saksonii odwiedzi wówczas Legnicką Specjalną Strefę "
        "Ekonomiczną, z którą współpracuje od 2023 r.",
        None,
        (("visit", "2023-05-09", None, "planned"),),
    ),
    P(
        "fair_range_from_published",
        "Targi Przemysłu Spożywczego Agro-Food odbędą się w dniach 20–22 października w Hali Expo Kielce. Udział "
        "zapowiedziało już 200 wystawców z Polski i Czech.",
        "2025-09-01",
        (("conference", "2025-10-20/2025-10-22", None, "planned"),),
    ),
    P(
        "next_thursday_visit",
        "Szczecin, 14 marca 2025 r.\nW przyszły czwartek ambasador Danii odwiedzi Szczeciński Park "
        "Naukowo-Technologiczny i spotka się z przedstawicielami firm z branży offshore.",
        None,
        (("visit", "2025-03-20", None, "planned"),),
    ),
    P(
        "decision_without_date",
        "Płock, 11 lutego 2025 r.\nSpółka Chemplast otrzymała decyzję o wsparciu nowej inwestycji. Firma zbuduje "
        "w Płocku zakład produkcji granulatów za 60 mln zł i zatrudni 45 osób.",
        None,
        (("investment", None, "Chemplast", "done"),),
    ),
    P(
        "production_start_year",
        "Koszalin, 6 maja 2025 r.\nFirma Pomorskie Meble zainwestuje 25 mln zł w nową fabrykę w Koszalinie. "
        "Produkcja ruszy w 2027 r.",
        None,
        (("investment", "2027", "Meble", "planned"),),
    ),
    P(
        "award_day_month_from_published",
        "Spółka Ekoterm z Nowego Sącza odebrała 12 czerwca nagrodę Lider Innowacji przyznawaną przez Małopolską "
        "Izbę Gospodarczą.",
        "2024-06-20",
        (("award", "2024-06-12", "Ekoterm", "done"),),
    ),
    P(
        "visit_date_in_next_sentence",
        "Delegacja z prowincji Jiangsu odwiedziła Łódzką Specjalną Strefę Ekonomiczną. Wizyta odbyła się 4 listopada "
        "2024 r. i była poświęcona inwestycjom w branży elektroniki.",
        None,
        (("visit", "2024-11-04", None, "done"),),
    ),
    P(
        "agency_dateline",
        "Warszawa, 22.01.2025 (ISBnews) - Grupa Polchem podpisała list intencyjny z Orlenem w sprawie budowy "
        "instalacji wodoru w Płocku, podała spółka.",
        None,
        (("letter_of_intent", "2025-01-22", "Polchem", "done"),),
    ),
    P(
        "month_br_planned_opening",
        "Spółka Polmet otworzy w kwietniu br. nowe centrum badawczo-rozwojowe w Gliwicach. Inwestycja kosztowała "
        "18 mln zł.",
        "2025-02-10",
        (("investment", "2025-04", "Polmet", "planned"),),
    ),
    P(
        "past_month_no_year",
        "W styczniu spółka Kabel-Tech otworzyła nową fabrykę przewodów w Bolesławcu. Zakład zatrudnia 150 osób.",
        "2025-03-03",
        (("investment", "2025-01", "Kabel", "done"),),
    ),
    P(
        "dash_dateline_today",
        "Bydgoszcz, 3 lipca 2024 r. – Dziś Bydgoski Park Przemysłowo-Technologiczny i spółka Formplast podpisały "
        "umowę dzierżawy hali produkcyjnej.",
        None,
        (("agreement", "2024-07-03", "Formplast", "done"),),
    ),
    P(
        "two_visits_weekdays_a",
        "Lublin, 7 listopada 2025 r.\nW poniedziałek Lubelski Park Naukowo-Technologiczny odwiedziła delegacja z "
        "Lwowa, a w czwartek goście z Wilna.",
        None,
        (("visit", "2025-11-03", "Lw", "done"), ("visit", "2025-11-06", "Wil", "done")),
    ),
    P(
        "year_ago_background_agreement",
        "Zielona Góra, 9 września 2025 r.\nLubuski Klaster Metalowy podpisał dziś umowę z Uniwersytetem "
        "Zielonogórskim. Przed rokiem klaster zawarł podobne porozumienie z Politechniką Poznańską.",
        None,
        (("agreement", "2025-09-09", "Zielonog", "done"), ("agreement", "2024", "Poznań", "done")),
    ),
    P(
        "range_in_sentence_before_fair",
        "Na konferencji prasowej 2 lutego 2026 r. organizatorzy przedstawili program. Targi Maszyn Rolniczych "
        "Agro-Park odbędą się 14–16 marca w Lublinie.",
        None,
        (("conference", "2026-03-14/2026-03-16", None, "planned"),),
    ),
]


def check(passage: Passage) -> list[str]:
    """What is wrong with the dates and statuses of the passage's events (nothing when right)."""
    record = extract(passage.text, doc_id=passage.key, published=passage.published)
    problems = []
    for typ, date, who, status in passage.wanted:
        events = [
            e
            for e in record["events"]
            if e["type"] == typ
            and (who is None or any(who.casefold() in n.casefold() for n in _names(record, e)))
        ]
        if not events:
            found = [(e["type"], e.get("date")) for e in record["events"]]
            problems.append(f"no {typ} event{' of ' + who if who else ''} (found {found})")
        for e in events:
            got = e.get("date")
            right = got != date[1:] if date and date.startswith("!") else _date_right(date, got)
            if not right:
                problems.append(f"{typ}{' of ' + who if who else ''}: date {got!r}, wanted {date!r}")
            if status is not None and (e.get("status") or "done") != status:
                problems.append(f"{typ}: status {e.get('status')!r}, wanted {status!r}")
    return problems


FAILING: dict[str, str] = {
    "conference_date_in_sentence_before_signing": "no conference event (the forum names no organiser): events area",
    "fair_range_from_published": "no conference event (no named organiser): events area",
    "forum_year_in_name": "no conference event (no named participant): events area",
    "month_br_planned_opening": "no investment event for 'otworzy centrum': events area",
    "range_in_sentence_before_fair": "no conference event (no named organiser): events area",
    "two_signings_two_dates_a": "the second signer after ', a' is no event of its own: events area",
    "two_visits_weekdays_a": "the second visit after ', a' has no verb of its own (elliptic): events area",
    "weekday_day_month_year_from_text": "no visit event for a planned 'odwiedzi': events area",
}


def test_the_battery_is_large_and_varied() -> None:
    assert len(PASSAGES) >= 25
    assert len({p.key for p in PASSAGES}) == len(PASSAGES)
    assert len({p.text for p in PASSAGES}) == len(PASSAGES)
    assert set(FAILING) <= {p.key for p in PASSAGES}


@pytest.mark.parametrize("passage", passage_params(PASSAGES, FAILING))
def test_event_date(passage: Passage) -> None:
    problems = check(passage)
    assert not problems, f"{passage.text}\n" + "\n".join(problems)


if __name__ == "__main__":
    print_passage_count(PASSAGES, check)


# rule tests written with the fixes (after the blind battery above)


def _signings(text: str) -> list[str | None]:
    return [e.get("date") for e in extract(text)["events"] if e["type"] in ("agreement", "letter_of_intent")]


MISSION = "Łódź, 15.10.2025\nOd 6 do 9 października 2025 r. trwała misja łódzkich firm do Portugalii. "


def test_signing_a_month_after_the_forum_is_not_on_the_forum_days() -> None:
    text = MISSION + "Miesiąc po misji spółka Textilon zawarła umowę z portugalską firmą Lusotex."
    assert "2025-10-06/2025-10-09" not in _signings(text)


def test_guard_signing_during_the_mission_takes_its_days() -> None:
    # near miss: "podczas misji" sets nothing apart, the signing took place on the mission's days
    text = MISSION + "Podczas misji spółka Textilon zawarła umowę z portugalską firmą Lusotex."
    assert _signings(text) == ["2025-10-06/2025-10-09"]


def test_signing_weeks_after_the_mission_is_undated_not_of_the_article_day() -> None:
    # a time apart from the only occasion named: no day of it, and no article's day either
    text = MISSION + "Kilka tygodni po misji spółka Textilon zawarła umowę z portugalską firmą Lusotex."
    assert _signings(text) == [None]


def test_guard_signing_during_a_mission_held_a_week_before_a_fair_takes_the_mission_days() -> None:
    # near miss: the span phrase names the fair, but the signing is of the mission the sentence names first
    text = MISSION + (
        "W trakcie misji, przygotowanej tydzień przed targami Expo Porto, spółka Textilon zawarła umowę z firmą "
        "Lusotex."
    )
    assert _signings(text) == ["2025-10-06/2025-10-09"]


def test_guard_signing_just_before_the_forum_opens_takes_its_day() -> None:
    # near miss: "tuż przed rozpoczęciem" is no span of time apart, the signing was on the forum's day
    text = (
        "Opole, 24 kwietnia 2026 r.\nForum Gospodarcze Śląska Opolskiego odbyło się w Opolu 21 kwietnia 2026 r. Tuż "
        "przed rozpoczęciem forum, w jego kuluarach, Opolska Izba Gospodarcza zawarła porozumienie z Izbą Handlową "
        "w Ostrawie."
    )
    assert _signings(text) == ["2026-04-21"]


def test_guard_signing_on_the_second_fair_day_before_a_gala_keeps_the_fair_day() -> None:
    text = (
        "Poznań, 12 czerwca 2026 r.\nTargi Maszyn Rolniczych trwały w Poznaniu od 2 do 5 czerwca 2026 r. Drugiego "
        "dnia targów, przed galą otwarcia misji handlowej z Saksonii, firma Agromasz zawarła umowę z saksońską "
        "spółką Feldtechnik."
    )
    assert _signings(text) == ["2026-06-03"]


def test_guard_a_clause_before_the_visit_does_not_set_apart_the_signing_during_it() -> None:
    text = (
        "Szczecin, 9 października 2026 r.\n7 października 2026 r. Szczeciński Park Przemysłowy gościł misję "
        "gospodarczą z Japonii. Przed wizytą misji park przygotował ofertę działek, a podczas spotkania park "
        "zawarł list intencyjny z firmą Kaisei Metals."
    )
    assert _signings(text) == ["2026-10-07"]


def _events(text: str) -> list[tuple[str, str | None, str, list[str]]]:
    rec = extract(text)
    names = {e["id"]: e["name"] for e in rec["entities"]}
    return [
        (e["type"], e.get("date"), e.get("status") or "done", [names[p["entity"]] for p in e["participants"]])
        for e in rec["events"]
    ]


def test_signing_told_by_a_participle_after_its_noun_is_done() -> None:
    text = (
        "Gdańsk, 6 marca 2026 r.\nUniwersytet Gdański nawiązał współpracę ze spółką Navimor. Dzięki umowie zawartej "
        "w środę 4 marca studenci uczelni odbędą praktyki w stoczni."
    )
    assert ("agreement", "2026-03-04", "done", ["Uniwersytet Gdański", "Navimor"]) in _events(text)


def test_guard_participle_after_a_future_copula_is_planned() -> None:
    text = (
        "Gdańsk, 2 marca 2026 r.\nPorozumienie o współpracy między Uniwersytetem Gdańskim a spółką Navimor będzie "
        "zawarte w środę 11 marca."
    )
    assert [(t, d, s) for t, d, s, _ in _events(text)] == [("agreement", "2026-03-11", "planned")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Porozumienie o współpracy zawarte zostanie w środę 11 marca przez Uniwersytet Gdański i spółkę Navimor.",
        "Uniwersytet Gdański i spółka Navimor ogłosiły, że umowa zawarta będzie 11 marca w rektoracie.",
        "Dzięki umowie zawartej w przyszłym tygodniu przez Uniwersytet Gdański i spółkę Navimor studenci odbędą "
        "praktyki w stoczni.",
    ],
)
def test_guard_participle_after_its_noun_with_a_time_to_come_is_planned(sentence: str) -> None:
    # near misses of the participle rule: a future form right after it, or a date after the article's in its phrase
    got = _events("Gdańsk, 2 marca 2026 r.\n" + sentence)
    assert [s for t, _d, s, _p in got if t == "agreement"] == ["planned"], got


REGIONS = "Województwo Opolskie i Kraj Morawsko-Śląski zawarły w Opolu porozumienie o współpracy."


def test_signing_of_a_relative_clause_lends_no_date_to_the_news_signing() -> None:
    text = (
        f"Opole, 12 maja 2026 r.\n{REGIONS} Projekty partnerów poprze Opolska Izba Gospodarcza, która w 2024 r. "
        "zawarła umowę partnerską z Izbą Gospodarczą w Ostrawie."
    )
    dates = {tuple(p): d for _t, d, _s, p in _events(text)}
    assert dates[("Województwo Opolskie", "Kraj Morawsko-Śląski")] == "2026-05-12", dates


def test_guard_signing_of_a_main_clause_lends_its_day() -> None:
    # near miss: the other signing's date stands in a main clause, and the news signing was that day
    text = (
        "Opole, 12 maja 2026 r.\n14 kwietnia Opolska Izba Gospodarcza zawarła umowę partnerską z Izbą Gospodarczą "
        "w Ostrawie. Tego dnia Województwo Opolskie i Kraj Morawsko-Śląski zawarły też w Opolu porozumienie o "
        "współpracy."
    )
    assert {d for _t, d, _s, _p in _events(text)} == {"2026-04-14"}


def test_a_date_that_opens_a_state_dates_no_happening_of_the_next_sentence() -> None:
    text = (
        "Legnica, 3 lutego 2026 r.\n\nFirma Kablex unowocześni fabrykę funkcjonującą w Legnicy od 2011 r. Spółka "
        "Drutpol wybuduje w Legnicy drugą halę za 40 mln zł."
    )
    assert all(d != "2011" for _t, d, _s, _p in _events(text))


def test_guard_a_month_of_a_deed_dates_the_next_sentence() -> None:
    text = (
        "Legnica, 3 lutego 2026 r.\n\nFirma Kablex otworzyła w styczniu 2026 r. nowy magazyn. Spółka Drutpol "
        "wybuduje w Legnicy drugą halę za 40 mln zł."
    )
    assert ("investment", "2026-01", "done", ["Drutpol"]) in _events(text)


def test_two_coordinate_clauses_with_dates_of_their_own_are_two_investments() -> None:
    text = (
        "Gdynia, 10 czerwca 2026 r.\n\nSpółka Marinex zatrudnia 120 osób. W 2024 r. firma uruchomiła oddział w "
        "Rotterdamie, zaś w 2028 r. wybuduje w Elblągu nową halę montażową."
    )
    assert sorted((d, s) for _t, d, s, _p in _events(text)) == [("2024", "done"), ("2028", "planned")]


def test_guard_a_clause_with_no_date_shares_the_sentence_date() -> None:
    text = (
        "Gdynia, 10 czerwca 2026 r.\n\n5 maja spółka Marinex otworzyła biuro w Rotterdamie, a spółka Portex "
        "rozpoczęła budowę hali w Gdyni."
    )
    assert sorted(_events(text)) == [
        ("investment", "2026-05-05", "done", ["Marinex"]),
        ("investment", "2026-05-05", "done", ["Portex"]),
    ]


def test_two_signings_in_coordinate_clauses_keep_their_own_parties_and_days() -> None:
    text = (
        "Kraków, 14 marca 2026 r.\nSpółka Metalex podpisała umowę z Gminą Kęty 10 marca, a spółka Drewpol zawarła "
        "umowę z Gminą Andrychów 11 marca."
    )
    got = {d: set(p) for _t, d, _s, p in _events(text)}
    assert got == {"2026-03-10": {"Metalex", "Gmina Kęty"}, "2026-03-11": {"Drewpol", "Gmina Andrychów"}}, got


def test_guard_a_role_that_the_second_clause_leaves_open_stands_for_both() -> None:
    # near miss of the split: the zone named in the first clause only is the host of both investors' plants
    text = (
        "Wałbrzych, 20 maja 2026 r.\nSpółka Alfatech otrzymała od Wałbrzyskiej Specjalnej Strefy Ekonomicznej "
        "decyzję o wsparciu 3 lutego 2026 r., natomiast firma Betonex rozpoczęła budowę hali w kwietniu 2025 r."
    )
    got = {d: set(p) for _t, d, _s, p in _events(text)}
    zone = "Wałbrzyska Specjalna Strefa Ekonomiczna"
    assert got == {"2026-02-03": {"Alfatech", zone}, "2025-04": {"Betonex", zone}}, got


def test_guard_an_opening_witnessed_by_the_zone_is_a_step_of_the_same_plant() -> None:
    # near miss of the split: the zone in a phrase of presence is no actor of its own
    text = (
        "Gliwice, 8 września 2026 r.\nKoncern Mahler Antriebe zapowiedział budowę fabryki w Gliwicach w 2024 r., a 4 "
        "września 2026 r. zakład w Gliwicach otwarto w obecności przedstawicieli Katowickiej Specjalnej Strefy "
        "Ekonomicznej."
    )
    assert [t for t, _d, _s, _p in _events(text)].count("investment") == 1


def test_guard_a_clause_with_no_verb_of_its_own_loses_no_party() -> None:
    # near miss of the split: the second clause shares the first one's verb and subject ("…, a 12 marca z C")
    text = (
        "Kraków, 20 marca 2026 r.\nSpółka Metalex 5 marca podpisała umowę o współpracy z Gminą Wadowice, a 12 marca "
        "z Gminą Sucha Beskidzka."
    )
    parties = {p for t, _d, _s, ps in _events(text) if t == "agreement" for p in ps}
    assert {"Metalex", "Gmina Wadowice", "Gmina Sucha Beskidzka"} <= parties, parties


def test_guard_a_support_decision_for_two_firms_keeps_the_place_of_the_next_sentence() -> None:
    text = (
        "Kielce, 22 czerwca 2026 r.\nStarachowicka Specjalna Strefa Ekonomiczna 2 czerwca wydała decyzję o wsparciu "
        "spółce Metalbud, a 16 czerwca firmie Kontech. Obie firmy wybudują nowe hale w Skarżysku-Kamiennej."
    )
    rec = extract(text)
    names = {e["id"]: e["name"] for e in rec["entities"]}
    places = [names.get(e.get("place")) for e in rec["events"] if e["type"] == "investment"]
    assert places and None not in places, places


def test_guard_a_split_step_takes_no_place_of_the_other_clause() -> None:
    # near miss of a fall-back to the sentence's place: the other clause's town is another plant's
    text = (
        "Elbląg, 10 marca 2026 r.\nW 2024 r. spółka Navitech otworzyła zakład w duńskim Esbjergu, natomiast w "
        "2028 r. postawi w Elblągu halę montażową."
    )
    rec = extract(text)
    names = {e["id"]: e["name"] for e in rec["entities"]}
    places = sorted(
        (e.get("date") or "", names.get(e.get("place"))) for e in rec["events"] if e["type"] == "investment"
    )
    assert ("2024", "Elbląg") not in places, places


def test_the_last_of_three_dated_clauses_dated_after_the_article_is_planned() -> None:
    text = (
        "Łódź, 15 stycznia 2026 r.\nFirma Tkanex w 2023 r. otworzyła magazyn w Zgierzu, w 2024 r. halę w "
        "Aleksandrowie Łódzkim, a w 2027 r. uruchomi zakład w Łęczycy."
    )
    assert ("2027", "planned") in {(d, s) for t, d, s, _p in _events(text) if t == "investment"}


DECIDED = (
    "Radom, 12 czerwca 2026 r.\nFirma Radpak otrzymała we wtorek decyzję o wsparciu nowej inwestycji. Spółka "
    "wybuduje halę za 30 mln zł. "
)


def test_a_step_of_the_plant_planned_by_a_participle_and_copula_dates_it_to_come() -> None:
    got = _events(DECIDED + "Otwarcie zakładu planowane jest na wiosnę 2027 r.")
    assert [(t, (d or "")[:4], s) for t, d, s, _p in got] == [("investment", "2027", "planned")], got


def test_guard_a_plan_told_in_the_past_keeps_the_decision_day() -> None:
    # near miss: the plan was made before and put off ("było planowane … przesunięto"): no time of the plant to come
    got = _events(DECIDED + "Otwarcie zakładu było planowane na 2025 r., ale termin przesunięto.")
    assert [(t, d, s) for t, d, s, _p in got] == [("investment", "2026-06-09", "done")], got


FAIR = "Targi odbyły się w dniach 20–24 kwietnia."


def test_signing_weeks_after_a_fair_takes_no_date_of_the_next_sentence_about_it() -> None:
    text = (
        "Katowice, 14 maja 2026 r.\nTrzy tygodnie po targach Hannover Messe spółka Silmech podpisała umowę z "
        f"niemiecką firmą Kuhnert GmbH. {FAIR}"
    )
    assert all(d != "2026-04-20/2026-04-24" for t, d, _s, _p in _events(text) if t == "agreement")


def test_guard_signing_during_a_fair_takes_its_days_from_the_next_sentence() -> None:
    text = (
        "Katowice, 14 maja 2026 r.\nPodczas targów Hannover Messe spółka Silmech podpisała umowę z niemiecką firmą "
        f"Kuhnert GmbH. {FAIR}"
    )
    assert [d for t, d, _s, _p in _events(text) if t == "agreement"] == ["2026-04-20/2026-04-24"]


def test_an_award_of_an_edition_year_takes_the_fuller_day_of_its_own_later_sentence() -> None:
    text = (
        "Bydgoszcz, 4 kwietnia 2025 r.\nFirma Formplast otrzymała tytuł Lidera Innowacji 2025. Nagrodę wręczono w "
        "środę podczas gali w Bydgoszczy."
    )
    assert [d for t, d, _s, _p in _events(text) if t == "award"] == ["2025-04-02"]


def test_guard_an_award_with_no_fuller_day_keeps_the_edition_year() -> None:
    text = (
        "Bydgoszcz, 4 kwietnia 2025 r.\nFirma Formplast otrzymała tytuł Lidera Innowacji 2025. Nagrodę przyznaje co "
        "roku Izba Przemysłowo-Handlowa."
    )
    assert [d for t, d, _s, _p in _events(text) if t == "award"] == ["2025"]


def test_a_trip_told_in_two_dated_clauses_is_one_visit_over_both_days() -> None:
    text = (
        "Gdańsk, 7 listopada 2025 r.\nWe wtorek delegacja z Norwegii odwiedziła Pomorską Specjalną Strefę "
        "Ekonomiczną, a w środę goście odwiedzili Port Gdynia."
    )
    assert [d for t, d, _s, _p in _events(text) if t == "visit"] == ["2025-11-04/2025-11-05"]


def test_guard_a_visit_in_one_clause_keeps_its_day() -> None:
    # near miss: the second clause tells no visit of its own, so the visit is of the first clause's day
    text = (
        "Gdańsk, 7 listopada 2025 r.\nWe wtorek delegacja z Norwegii odwiedziła Pomorską Specjalną Strefę "
        "Ekonomiczną, a w środę spotkała się z prezydentem Gdyni."
    )
    assert [d for t, d, _s, _p in _events(text) if t == "visit"] == ["2025-11-04"]


def test_guard_two_dated_steps_of_one_plant_are_one_investment() -> None:
    # near miss of the split: the clauses name no actor nor place of their own, they tell two steps of one plant
    text = (
        "Płock, 3 marca 2026 r.\nSpółka Chemplast kupiła działkę w 2025 r., a w 2027 r. otworzy na niej zakład "
        "produkcji granulatów."
    )
    assert [t for t, _d, _s, _p in _events(text)].count("investment") == 1


def test_guard_a_return_visit_of_the_host_is_no_day_of_the_first_trip() -> None:
    text = (
        "Lublin, 30 maja 2026 r.\n10 marca delegacja Miasta Zamość odwiedziła Lwów, a 18 maja przedstawiciele Miasta "
        "Lwów przyjechali z rewizytą do Zamościa."
    )
    assert all("/" not in (d or "") for t, d, _s, _p in _events(text) if t == "visit")


def test_guard_two_delegations_on_two_days_are_no_one_trip() -> None:
    text = (
        "Wrocław, 9 czerwca 2026 r.\n3 czerwca delegacja firm z Bawarii odwiedziła Legnicki Park Technologiczny, a 5 "
        "czerwca przedsiębiorcy z Moraw odwiedzili Wałbrzyski Park Naukowy."
    )
    assert all("/" not in (d or "") for t, d, _s, _p in _events(text) if t == "visit")


def test_guard_a_visit_paid_back_within_days_is_no_one_trip() -> None:
    text = (
        "Opole, 16 września 2026 r.\n7 września przedstawiciele Gminy Głuchołazy odwiedzili czeskie miasto Jesenik, "
        "a 11 września delegacja Miasta Jesenik złożyła rewizytę w Głuchołazach."
    )
    assert all("/" not in (d or "") for t, d, _s, _p in _events(text) if t == "visit")
