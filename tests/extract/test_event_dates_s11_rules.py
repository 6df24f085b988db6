"""Event dates and status, session 11: the rules for an investment's time to come, each with its near miss.

Every sentence is written for this test. What the real gold does: a stated completion or production start of an
investment only to come is its time (`planned` then: dev 051, tune v029); a limit ("do końca 2021 roku") is no
time of the investment (dev 073)."""

from __future__ import annotations

from kooperacja import extract


def _investment(text: str, published: str | None = None) -> dict:
    events = [e for e in extract(text, published=published)["events"] if e["type"] == "investment"]
    assert len(events) == 1, events
    return events[0]


def test_ready_in_the_middle_of_a_year_is_the_planned_time() -> None:
    e = _investment(
        "Opole, 10.04.2026\nSpółka Kerbud otrzymała decyzję o wsparciu w Wałbrzyskiej Specjalnej Strefie "
        "Ekonomicznej. Firma wybuduje halę magazynową za 25 mln zł.\n\nNowa hala ma być gotowa w połowie 2028 roku."
    )
    assert (e["date"], e.get("status")) == ("2028", "planned")


def test_ready_by_the_end_of_a_year_is_a_limit_not_a_time() -> None:
    e = _investment(
        "Opole, 10.04.2026\nSpółka Kerbud otrzymała decyzję o wsparciu w Wałbrzyskiej Specjalnej Strefie "
        "Ekonomicznej. Firma wybuduje halę magazynową za 25 mln zł.\n\nNowa hala ma być gotowa do końca 2028 roku."
    )
    assert e["date"] is None
    assert e.get("status", "done") == "done"


def test_decision_then_start_of_production_is_planned() -> None:
    e = _investment(
        "Kutno, 3 czerwca 2025\nFirma Lenpol otrzymała decyzję o wsparciu od Łódzkiej Specjalnej Strefy "
        "Ekonomicznej na budowę zakładu w Kutnie. Produkcja ruszy w przyszłym roku."
    )
    assert (e["date"], e.get("status")) == ("2026", "planned")


def test_plant_opened_then_start_of_production_stays_done() -> None:
    e = _investment(
        "Kutno, 3 czerwca 2025\nFirma Lenpol otworzyła w Łódzkiej Specjalnej Strefie Ekonomicznej nowy zakład. "
        "Produkcja seryjna ruszy w przyszłym roku."
    )
    assert e.get("status", "done") == "done"


def test_investing_this_year_is_planned_in_the_year() -> None:
    e = _investment(
        "Gliwice, 20 stycznia 2024 r.\nSpółka Metalform zainwestuje w tym roku 14 mln zł w nową linię lakierniczą "
        "w Katowickiej Specjalnej Strefie Ekonomicznej."
    )
    assert (e["date"], e.get("status")) == ("2024", "planned")


def test_invested_this_year_stays_done() -> None:
    e = _investment(
        "Gliwice, 20 listopada 2024 r.\nSpółka Metalform uruchomiła w tym roku nową linię lakierniczą w Katowickiej "
        "Specjalnej Strefie Ekonomicznej."
    )
    assert e.get("status", "done") == "done"


def _events(text: str, typ: str, published: str | None = None) -> list[dict]:
    return [e for e in extract(text, published=published)["events"] if e["type"] == typ]


def test_fair_of_a_signing_dated_later_takes_the_signing_day() -> None:
    text = (
        "Wrocław, 14.05.2025\nPodczas targów Automotive Expo w Lyonie Dolnośląski Klaster Motoryzacyjny i francuskie "
        "stowarzyszenie Auto Rhône podpisały porozumienie o współpracy. Dokument sygnowano we wtorek."
    )
    (conference,) = _events(text, "conference")
    (agreement,) = _events(text, "agreement")
    assert agreement["date"] == "2025-05-13"
    assert conference["date"] == "2025-05-13"


def test_fair_told_apart_from_the_signing_keeps_its_own_date() -> None:
    text = (
        "Wrocław, 14.05.2025\nDolnośląski Klaster Motoryzacyjny i francuskie stowarzyszenie Auto Rhône podpisały we "
        "wtorek porozumienie o współpracy.\n\nW ubiegłym roku obie organizacje wystawiały się na targach Automotive "
        "Expo w Lyonie, razem z firmą Valmet."
    )
    assert [e["date"] for e in _events(text, "conference")] == ["2024"]


def _series_date(text: str, sent: int) -> str | None:
    """What `_series_date` says for an event drafted in sentence `sent` of the text."""
    from kooperacja.documents.model import Document
    from kooperacja.extract.event_draft import Draft
    from kooperacja.extract.events import EventFinder
    from kooperacja.extract.pipeline import default_pipeline

    doc = default_pipeline().make_doc(Document(doc_id="t", text=text, published=None))
    return EventFinder("pl")._series_date(doc, Draft("conference", sent, sents=[sent]))


def test_second_day_of_a_mission_is_no_series_of_days() -> None:
    text = (
        "W dniach 7-10 października 2024 r. trwa misja opolskich firm w Bawarii. W wyjeździe bierze udział osiem "
        "firm. Drugiego dnia misji przedsiębiorcy pojechali na konferencję Bayern Food Forum."
    )
    assert _series_date(text, 2) is None


def test_second_of_two_decisions_takes_the_series_date() -> None:
    text = (
        "Zarząd strefy wydał 6 marca 2024 r. dwie decyzje o wsparciu. Pierwszą decyzję otrzymała spółka Kornex. "
        "Drugą decyzję otrzymała firma Alplast."
    )
    assert _series_date(text, 2) == "2024-03-06"


def test_visit_paid_in_future_with_dates_is_planned() -> None:
    text = (
        "W dniach 4-5 grudnia 2023 r. wicemarszałek województwa lubelskiego wraz z przedstawicielami Lubelskiej "
        "Fundacji Rozwoju złoży oficjalną wizytę w obwodzie lwowskim."
    )
    (visit,) = _events(text, "visit")
    assert (visit["date"], visit.get("status")) == ("2023-12-04/2023-12-05", "planned")


def test_deposits_after_an_adjective_are_no_verb() -> None:
    text = (
        "W dniach 4-5 grudnia 2023 r. przedstawiciele Lubelskiej Fundacji Rozwoju gościli z wizytą w obwodzie "
        "lwowskim, gdzie rozmawiano o eksploatacji nowych złoży gazu."
    )
    assert all(e.get("status", "done") == "done" for e in _events(text, "visit"))


def test_agency_tag_after_a_datelines_date_keeps_it_the_articles() -> None:
    text = (
        "Bydgoszcz, 27.01.2025 (PAP Biznes) – Na początku stycznia wytwórnia farb Kolorit zawarła z Uniwersytetem "
        "Technologiczno-Przyrodniczym umowę o badaniach nad powłokami ochronnymi, poinformował zarząd."
    )
    record = extract(text)
    assert record["published"] == "2025-01-27"
    assert [e["date"] for e in record["events"] if e["type"] == "agreement"] == ["2025-01"]


def test_datelines_date_is_no_date_of_the_decision_its_sentence_tells() -> None:
    e = _investment(
        "Kielce, 3 marca 2025 r. – Firma Termodrew otrzymała decyzję o wsparciu w Specjalnej Strefie Ekonomicznej "
        "Starachowice. Spółka zainwestuje 12 mln zł w nową suszarnię drewna."
    )
    assert e["date"] is None


def test_signing_in_a_datelines_sentence_takes_the_articles_date() -> None:
    text = (
        "Kielce, 3 marca 2025 r. – Świętokrzyski Klaster Budowlany i Politechnika Świętokrzyska podpisały umowę o "
        "współpracy przy badaniach nad betonem."
    )
    assert [e["date"] for e in _events(text, "agreement")] == ["2025-03-03"]


def test_founding_of_a_cluster_joined_before_is_background() -> None:
    text = (
        "W czwartek 5 czerwca 2025 r. Akademia Morska przystąpiła do Pomorskiego Klastra Żeglugowego. "
        "Pomorski Klaster Żeglugowy powstał z inicjatywy kilku stoczni."
    )
    assert all(e["date"] is None for e in _events(text, "founding"))


def test_founding_told_after_the_signing_that_sets_it_up_takes_its_day() -> None:
    text = (
        "W poniedziałek 14 października 2024 r. gminy Dobrzeń Wielki i Popielów podpisały porozumienie o współpracy. "
        "Na jego mocy utworzono Nadodrzański Klaster Turystyczny."
    )
    assert [e["date"] for e in _events(text, "founding")] == ["2024-10-14"]


def test_turn_of_two_years_dates_the_planned_start() -> None:
    e = _investment(
        "Siedlce, 19.11.2029\nGrupa Mlekpol-Wschód dostała decyzję o wsparciu od Łódzkiej Specjalnej Strefy "
        "Ekonomicznej. Spółka zbuduje suszarnię mleka za 60 mln zł.\n\nProdukcja w nowej suszarni "
        "ruszy na przełomie 2030 i 2031 r."
    )
    assert (e["date"], e.get("status")) == ("2030/2031", "planned")


def test_years_of_a_period_date_no_investment() -> None:
    e = _investment(
        "Siedlce, 19.11.2029\nGrupa Mlekpol-Wschód dostała decyzję o wsparciu od Łódzkiej Specjalnej Strefy "
        "Ekonomicznej. W latach 2030-2031 spółka zbuduje suszarnię mleka za 60 mln zł."
    )
    assert e["date"] != "2030/2031"


def test_header_weekday_before_a_full_date_dates_the_article() -> None:
    text = (
        "Podcast „Przemysł od kuchni” | odcinek 58 – rozmowa z zarządem strefy | poniedziałek 7.12.2026 | 42 min\n\n"
        "– Kto ostatnio do was dołączył? – Firma Galvatech, która wynajęła od nas halę w zeszłym tygodniu."
    )
    assert extract(text)["published"] == "2026-12-07"


def test_weekday_after_a_preposition_on_the_first_line_is_no_header() -> None:
    text = (
        "Kielecki Park Technologiczny podpisał w czwartek 10.09.2026 umowę z firmą Steelpro na dzierżawę hali.\n\n"
        "Firma zatrudni w parku 40 osób."
    )
    assert extract(text)["published"] is None


def test_handing_over_day_beats_the_year_in_the_awards_name() -> None:
    text = (
        "Kapituła konkursu Innowator Pomorza 2023 wyróżniła spółkę Ambertech z Gdyni. Nagrody rozdano 9 lutego "
        "2024 r. w Sopocie, na gali w operze."
    )
    assert {e["date"] for e in _events(text, "award")} == {"2024-02-09"}


def test_awards_name_year_stands_without_a_fuller_date() -> None:
    text = "Kapituła konkursu Innowator Pomorza 2023 wyróżniła spółkę Ambertech z Gdyni. Firma buduje drony morskie."
    assert {e["date"] for e in _events(text, "award")} == {"2023"}


def _published(head: str) -> str | None:
    from kooperacja.text.dates import find_dateline

    return find_dateline(f"NOWA UMOWA W REGIONIE\n{head}\nSpółka Alfa podpisała umowę z Gminą Beta.")


def test_agency_tag_between_the_town_and_the_date() -> None:
    assert _published("Warszawa (PAP), 12.03.2026 – Spółka Alfa podpisała umowę.") == "2026-03-12"


def test_date_between_slashes_in_a_portal_header() -> None:
    assert _published("Gospodarka / 12.03.2026 / 3 min czytania") == "2026-03-12"


def test_town_and_date_opening_the_line_under_a_headline() -> None:
    assert _published("Nowa Sól, 12.03.2026 r. Spółka Alfa podpisała umowę z Gminą Beta.") == "2026-03-12"


def test_a_date_inside_a_sentence_under_a_headline_is_no_dateline() -> None:
    assert (
        _published("Spółka Alfa podpisała 12.03.2026 r. umowę z Gminą Beta, a spółka Gamma z Gminą Delta.")
        is None
    )


def test_a_date_after_a_slash_in_a_sentence_is_no_dateline() -> None:
    assert _published("Umowa nr 5/2026 z 12.03.2026 r. dotyczy budowy drogi / wiaduktu.") is None


def test_day_written_as_an_ordinal_with_its_ending() -> None:
    text = "Kraków, 20.05.2026\nSpółka Techpark i Gmina Zabierzów podpisały 13-go maja umowę o współpracy."
    assert [e["date"] for e in _events(text, "agreement")] == ["2026-05-13"]


def test_range_of_days_with_a_hyphen_stays_a_range() -> None:
    from kooperacja.text.dates import find_dates

    assert [d.value for d in find_dates("W dniach 13-15 maja odbyły się targi.", published="2026-05-20")] == [
        "2026-05-13/2026-05-15"
    ]


def test_day_inside_a_stay_written_earlier_takes_its_year() -> None:
    from kooperacja.text.dates import find_dates

    text = (
        "W dniach 14–16 października 2025 r. w Kielcach trwał zjazd morawskich przedsiębiorców.\n\nGoście "
        "odwiedzili dwie firmy.\n\nNa zakończenie przyjął ich prezydent miasta.\n\n15 października, drugiego dnia "
        "zjazdu, odbyło się forum gospodarcze."
    )
    assert [d.value for d in find_dates(text)][-1] == "2025-10-15"


def test_day_outside_the_stay_keeps_no_year() -> None:
    from kooperacja.text.dates import find_dates

    text = (
        "W dniach 14–16 października 2025 r. Radom gościł grupę przedsiębiorców z Górnej Austrii.\n\nGoście obejrzeli "
        "dwa zakłady.\n\nNa koniec spotkał się z nimi prezydent miasta.\n\n20 listopada odbędzie się rewizyta w Linzu."
    )
    assert [d.value for d in find_dates(text)][-1] is None


def test_visit_told_in_the_datelines_sentence_keeps_the_articles_day() -> None:
    text = (
        "Radom, 3 marca 2025 r. – Grupa przedsiębiorców z Górnej Austrii odwiedziła Radomski Park Naukowy. "
        "Goście obejrzeli laboratoria parku."
    )
    assert [e["date"] for e in _events(text, "visit")] == ["2025-03-03"]


def test_visit_to_come_in_the_datelines_sentence_is_not_dated_by_it() -> None:
    text = (
        "Radom, 3 marca 2025 r. – Grupa przedsiębiorców z Górnej Austrii odwiedzi Radomski Park Naukowy. "
        "Goście obejrzą laboratoria parku."
    )
    assert all(e["date"] != "2025-03-03" for e in _events(text, "visit"))


def test_decision_taken_on_a_day_dates_the_membership() -> None:
    text = (
        "Toruń, 14.04.2026\nKlaster Kujawsko-Pomorskie Metale został przyjęty do Europejskiego Stowarzyszenia "
        "Klastrów Metalowych. Decyzję podjęło w piątek walne zgromadzenie stowarzyszenia w Brukseli."
    )
    assert [e["date"] for e in _events(text, "membership")] == ["2026-04-10"]


def test_decision_of_another_paragraph_does_not_date_the_membership() -> None:
    text = (
        "Toruń, 14.04.2026\nKlaster Kujawsko-Pomorskie Metale został przyjęty do Europejskiego Stowarzyszenia "
        "Klastrów Metalowych.\n\nW piątek zarząd klastra podjął uchwałę o podwyższeniu składek."
    )
    assert all(e["date"] != "2026-04-10" for e in _events(text, "membership"))


def test_signing_that_will_come_about_next_tuesday_is_planned() -> None:
    text = (
        "Rzeszów, 14.04.2026\nDo podpisania umowy między Gminą Trzebownisko a spółką Aerotech dojdzie w przyszły "
        "wtorek."
    )
    assert [(e["date"], e.get("status")) for e in _events(text, "agreement")] == [("2026-04-21", "planned")]


def test_signing_that_came_about_last_tuesday_is_done() -> None:
    text = (
        "Rzeszów, 14.04.2026\nDo podpisania umowy między Gminą Trzebownisko a spółką Aerotech doszło w ubiegły "
        "wtorek."
    )
    assert [(e["date"], e.get("status", "done")) for e in _events(text, "agreement")] == [
        ("2026-04-07", "done")
    ]
