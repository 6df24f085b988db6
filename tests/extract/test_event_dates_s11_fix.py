"""Event dates, session 11 (second wave): the misfires a review found in the first wave's date rules, each as a
counter-example with its right answer (extraction.md "Date values": a wrong year is worse than none) beside a guard
that the rule's intended case still holds. Every sentence is written for this test. On s11-int 8cfe3ae 9 of the 23
pass (the 14 counter-examples fail); all 23 pass after the fixes."""

from __future__ import annotations

from kooperacja import extract
from kooperacja.text.dates import find_dates


def _events(text: str, typ: str, published: str | None = None) -> list[dict]:
    return [e for e in extract(text, published=published)["events"] if e["type"] == typ]


# R12: a day and month inside an earlier range of days with a year takes that year only as a day of that occasion
# (named again, told past or present)


def test_day_of_the_next_edition_takes_no_year_of_this_one() -> None:
    text = (
        "Targi Meblowe odbyły się w dniach 4–8 lutego 2024 r. w Ostrowie.\n\nIzba Meblarska zapowiada, że umowę z "
        "firmą Woodex podpisze 6 lutego, podczas przyszłorocznej edycji targów."
    )
    assert [d.value for d in find_dates(text)][-1] is None
    assert all(e["date"] != "2024-02-06" for e in _events(text, "agreement"))


def test_day_of_an_earlier_year_told_back_takes_no_year_of_the_range() -> None:
    text = (
        "W dniach 16–18 czerwca 2024 r. w Rzeszowie obradowało Forum Przemysłu.\n\nIzby z Rzeszowa i Koszyc "
        "współpracują od 2012 roku. Umowę obie izby podpisały wtedy 17 czerwca."
    )
    assert [d.value for d in find_dates(text)][-1] is None
    assert all(e["date"] != "2024-06-17" for e in _events(text, "agreement"))


def test_day_a_year_before_the_occasion_takes_no_year_of_it() -> None:
    text = (
        "Od 16 do 18 czerwca 2024 r. w Rzeszowie trwało Forum Przemysłu.\n\nIzby z Rzeszowa i Koszyc podpisały "
        "umowę o współpracy 17 czerwca, rok przed forum."
    )
    assert [d.value for d in find_dates(text)][-1] is None
    assert all(e["date"] != "2024-06-17" for e in _events(text, "agreement"))
    # the forum names no participant of its own ("rok przed forum" is a point of time, s12): if it is told at
    # all, it keeps its range
    assert all(e["date"] == "2024-06-16/2024-06-18" for e in _events(text, "conference"))


def test_day_of_the_occasion_named_again_takes_its_year() -> None:
    text = (
        "W dniach 16–18 czerwca 2024 r. w Rzeszowie obradowało Forum Przemysłu.\n\nUczestnicy zwiedzili dwie "
        "fabryki.\n\n17 czerwca, drugiego dnia forum, izby z Rzeszowa i Koszyc podpisały umowę o współpracy."
    )
    assert [d.value for d in find_dates(text)][-1] == "2024-06-17"


def test_day_inside_a_range_across_months_named_again() -> None:
    text = (
        "Od 29 września do 2 października 2024 r. w Gdyni trwał kongres żeglugowy.\n\n1 października, w czasie "
        "kongresu, armatorzy omawiali nowe przepisy."
    )
    assert [d.value for d in find_dates(text)][-1] == "2024-10-01"


# R1: the time of "ma być gotowa" belongs to the plant of its own clause; "kolejna hala" is another one


def test_next_hall_to_be_ready_gives_no_time_to_the_hall_opened() -> None:
    events = _events(
        "Spółka Drewbox otworzyła w Kole nową halę magazynową. Kolejna hala ma być gotowa w 2028 r.",
        "investment",
    )
    assert [e["date"] for e in events if e.get("status", "done") == "done"] == [None]
    assert all(e.get("status") == "planned" for e in events if e["date"])


def test_infinitive_to_be_is_no_gerund_of_a_trigger() -> None:
    text = "Spółka Drewbox uruchomiła w Kole nowy magazyn wysokiego składowania. Kolejny magazyn ma być gotowy w 2028 r."
    assert [e["date"] for e in _events(text, "investment")] == [None]


def test_hall_to_be_ready_in_a_year_is_planned_then() -> None:
    text = "Spółka Drewbox wybuduje w Kole nową halę magazynową. Hala ma być gotowa w 2028 r."
    assert [(e["date"], e.get("status")) for e in _events(text, "investment")] == [("2028", "planned")]


def test_decision_told_past_takes_no_later_time_of_the_sentence_before() -> None:
    text = (
        "Podcast Beta, odcinek 12\n\nREDAKTOR: Dziś rozmawiamy z wójtem gminy Sosnowo Janem Bielą. Czy w gminie "
        "powstanie zakład?\nJAN BIELA: Tak. Wczoraj sprzedaliśmy firmie Sofabud działkę przy ulicy Leśnej. Spółka "
        "postawi tam fabrykę sof za 50 mln zł.\nREDAKTOR: Ile osób zatrudni?\nJAN BIELA: Najpierw 80. Prace mają "
        "ruszyć latem przyszłego roku. Wiele pomogła nam strefa ekonomiczna, która wydała spółce decyzję o wsparciu."
    )
    for e in _events(text, "investment", published="2025-09-03"):
        assert e.get("status") == "planned" or e["date"] is None or e["date"] <= "2025-09-03", e


def test_decision_told_past_keeps_an_earlier_time_of_the_sentence_before() -> None:
    text = (
        "Mrągowo, 3.09.2025\nW lipcu firma Sofabud kupiła w Mrągowie działkę pod fabrykę sof. Wcześniej strefa "
        "ekonomiczna przyznała spółce decyzję o wsparciu."
    )
    assert "2025-07" in {e["date"] for e in _events(text, "investment")}


# R2: a start stated later makes an investment planned only after a decision or permit, not after a purchase


def test_purchase_then_start_of_production_stays_done() -> None:
    text = "Firma Stalkon nabyła halę w Pile za 15 mln zł. Produkcja ruszy tam w przyszłym roku."
    assert [(e["date"], e.get("status", "done")) for e in _events(text, "investment", "2025-09-15")] == [
        (None, "done")
    ]


def test_decision_then_start_of_production_is_planned_then() -> None:
    text = "Firma Stalkon otrzymała decyzję o wsparciu na budowę zakładu w Pile. Produkcja ruszy tam w przyszłym roku."
    assert [(e["date"], e.get("status")) for e in _events(text, "investment", "2025-09-15")] == [
        ("2026", "planned")
    ]


# R4: an undated fair takes the day of a signing of its sentence only where the signing is said to happen during it


def test_fair_where_the_firms_met_takes_no_day_of_a_signing_elsewhere() -> None:
    text = (
        "Firmy Agromax i Baltfood, które poznały się na targach Polagra w Poznaniu, zawarły umowę o współpracy. "
        "Podpisanie umowy odbyło się 21 października w siedzibie Agromaxu w Lesznie."
    )
    assert [e["date"] for e in _events(text, "conference", "2025-10-25")] == [None]


def test_fair_takes_no_day_of_a_signing_a_week_later() -> None:
    text = (
        "Na targach Polagra w Poznaniu firmy Agromax i Baltfood uzgodniły warunki i podpisały umowę o współpracy. "
        "Dokument sygnowano tydzień później, 21 października."
    )
    assert all(e["date"] is None for e in _events(text, "conference", "2025-10-25"))


def test_fair_during_which_the_signing_took_place_takes_its_day() -> None:
    text = (
        "Podczas targów Polagra w Poznaniu firmy Agromax i Baltfood podpisały umowę o współpracy. Umowę sygnowano "
        "w czwartek."
    )
    assert [e["date"] for e in _events(text, "conference", "2025-10-25")] == ["2025-10-23"]


# R6: "złoży" after a common noun is the next link of a genitive chain ("rozpoznania złoży"), no verb of the future


def test_deposits_in_a_genitive_chain_are_no_future_verb() -> None:
    text = (
        "Porozumienie firm Kamrud i Sudetgeo w sprawie poszukiwania złoży miedzi na Dolnym Śląsku podpisane "
        "12 maja w Legnicy."
    )
    assert [(e["date"], e.get("status", "done")) for e in _events(text, "agreement", "2025-05-20")] == [
        ("2025-05-12", "done")
    ]


def test_verb_after_a_common_noun_with_its_object_is_the_future() -> None:
    text = "4-6 maja 2026 r. prezes zarządu złoży w Tyrolu roboczą wizytę."
    assert [(e["date"], e.get("status")) for e in _events(text, "visit", "2026-02-20")] == [
        ("2026-05-04/2026-05-06", "planned")
    ]


# R7: a founding said to happen on the day just told keeps that day, though its organisation took part before


def test_founding_on_the_same_day_keeps_the_day() -> None:
    text = (
        "16 kwietnia 2025 r. w Rzeszowie firmy Aerotech i Lotpart oraz Politechnika Rzeszowska podpisały umowę o "
        "współpracy z Podkarpackim Klastrem Lotniczym. Podkarpacki Klaster Lotniczy powołano tego dnia z inicjatywy "
        "wojewody."
    )
    assert [e["date"] for e in _events(text, "founding")] == ["2025-04-16"]


def test_founding_of_a_cluster_joined_before_stays_background() -> None:
    text = (
        "16 kwietnia 2025 r. Politechnika Rzeszowska przystąpiła do Podkarpackiego Klastra Lotniczego. Podkarpacki "
        "Klaster Lotniczy powołano z inicjatywy wojewody."
    )
    assert [e["date"] for e in _events(text, "founding")] == [None]


# R14: "podjąć" tells the date of a membership only with a decision or resolution as its object


def test_taking_up_cooperation_does_not_date_the_membership() -> None:
    text = (
        "Firma Lubtech przystąpiła do klastra Zielona Energia. W czwartek podjęła też współpracę z Politechniką "
        "Lubelską."
    )
    assert [e["date"] for e in _events(text, "membership", "2025-06-18")] == [None]


def test_resolution_taken_on_a_day_dates_the_membership() -> None:
    text = (
        "Firma Lubtech została przyjęta do klastra Zielona Energia. Uchwałę podjął w czwartek zarząd klastra."
    )
    assert [e["date"] for e in _events(text, "membership", "2025-06-18")] == ["2025-06-12"]


# R9: a header's weekday before a full date dates the article only on a header line, not in the body's first
# sentence with a verb after the date


def test_first_sentence_with_a_weekday_and_a_verb_is_no_header() -> None:
    from kooperacja.text.dates import find_dateline

    text = (
        "Hala wystawowa w Radomiu, czwartek 19.11.2026. Tam firmy Kornet i Metalbud podpisały umowę o współpracy "
        "przy dostawach stali.\n\nUmowa obejmuje trzy lata."
    )
    assert find_dateline(text) is None


def test_short_header_with_a_weekday_and_a_label_dates_the_article() -> None:
    from kooperacja.text.dates import find_dateline

    text = (
        "Telewizja Dolina, magazyn „Rynek”, czwartek 19.11.2026. Prowadzący: Ewa Lis\n\nDziś gościmy prezesa."
    )
    assert find_dateline(text) == "2026-11-19"
