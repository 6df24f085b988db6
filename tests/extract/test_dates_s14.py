"""Event dates, session 14 (date14): a blind battery written before reading the date code or any errors.

Invented passages in the shapes of Polish web and portal news, investment news above all: datelines at the top and
only at the end, "Redakcja / 2026-03-11 08:20" bylines, "Opublikowano: …" lines, timestamps with a section name,
agency datelines; relative dates ("wczoraj", "w ubiegły czwartek", "we wtorek", "przed tygodniem", "w marcu",
"br.", "ub.r.") resolved from the publication date; background events with their own years; two events with two
dates in one sentence; a date stated only in the next or the previous sentence; deadlines that must not date an
event; a day and month without a year just before a January publication date (the year before).

Every text is written for this test. Old code (main 81aa4fc): 26 of 28 passed; the two that fail are events not found (an event area), not dates.
With absorb14's venue rule (a name in the nominative is never a venue) 27 of 28: "Jutro (21.05) w X Gmina C …" is found.
"""

from __future__ import annotations

import pytest
from tests.extract.battery import passage_params, print_passage_count
from tests.extract.test_event_dates_s11date import Passage, check

P = Passage
PASSAGES: list[Passage] = [
    P(
        "byline_slash_timestamp_weekday",
        "Redakcja / 2026-03-11 08:20\n\nSpółka Mazowsze Logistics i Gmina Grodzisk Mazowiecki podpisały we wtorek "
        "umowę o współpracy przy budowie centrum dystrybucyjnego. Gmina przygotuje dojazd do działki.",
        None,
        (("agreement", "2026-03-10", "Logistics", "done"),),
    ),
    P(
        "opublikowano_yesterday_loi",
        "Opublikowano: 11.03.2026\n\nWczoraj w Lublinie firma Agrotech Polska i Uniwersytet Przyrodniczy w Lublinie "
        "podpisały list intencyjny w sprawie wspólnych badań nad odmianami zbóż.",
        None,
        (("letter_of_intent", "2026-03-10", "Agrotech", "done"),),
    ),
    P(
        "last_thursday_visit",
        "Poznań, 16 kwietnia 2026 r.\nW ubiegły czwartek delegacja Izby Przemysłowo-Handlowej Saksonii odwiedziła "
        "Wielkopolski Park Naukowo-Technologiczny. Goście poznali ofertę parku dla firm z branży IT.",
        None,
        (("visit", "2026-04-09", None, "done"),),
    ),
    P(
        "dateline_only_at_end",
        "Spółka Kujawskie Zakłady Chemiczne i Uniwersytet Kazimierza Wielkiego podpisały porozumienie o utworzeniu "
        "wspólnej pracowni analitycznej. Pracownia ruszy jesienią.\n\nBydgoszcz, 2 lutego 2026 r.",
        None,
        (("agreement", "2026-02-02", "Kujawskie", "done"),),
    ),
    P(
        "two_signings_two_dates_a",
        "Kielce, 20 marca 2026 r.\nSpółka Korona Metal podpisała umowę z Politechniką Świętokrzyską 10 marca, a firma "
        "Świętokrzyskie Kamieniołomy zawarła porozumienie z Gminą Morawica 11 marca.",
        None,
        (("agreement", "2026-03-10", "Korona", "done"), ("agreement", "2026-03-11", "Kamieniołomy", "done")),
    ),
    P(
        "background_year_in_relative_clause",
        "Rzeszów, 5 maja 2026 r.\nSpółka Aerotech, która w 1996 r. rozpoczęła działalność w Mielcu, podpisała w "
        "poniedziałek umowę o współpracy z Politechniką Rzeszowską.",
        None,
        (("agreement", "2026-05-04", "Aerotech", "done"),),
    ),
    P(
        "three_years_ago_background",
        "Stalowa Wola, 9 marca 2026 r.\nPrzed trzema laty firma Hutmen Stal otworzyła zakład w Stalowej Woli. W "
        "piątek spółka podpisała list intencyjny z Gminą Nisko w sprawie budowy drugiej hali.",
        None,
        (("letter_of_intent", "2026-03-06", "Hutmen", "done"),),
    ),
    P(
        "deadline_does_not_date_signing",
        "Olsztyn, 25 marca 2026 r.\nW środę Warmińsko-Mazurska Specjalna Strefa Ekonomiczna podpisała umowę ze spółką "
        "Mazurskie Meble. Prace przy rozbudowie zakładu mają się zakończyć do końca 2028 roku.",
        None,
        (("agreement", "2026-03-25", "Meble", "done"),),
    ),
    P(
        "date_in_next_sentence",
        "Wrocław, 9 marca 2026 r.\nGmina Wołów i spółka Dolnośląskie Ogrody podpisały umowę o współpracy przy "
        "rewitalizacji parku miejskiego. Uroczystość odbyła się 4 marca w ratuszu.",
        None,
        (("agreement", "2026-03-04", "Ogrody", "done"),),
    ),
    P(
        "date_in_previous_sentence_forum",
        "Katowice, 6 marca 2026 r.\n3 marca w Katowicach odbyło się Forum Gospodarcze Śląsk–Morawy. Podczas forum "
        "Katowicka Specjalna Strefa Ekonomiczna i spółka Morava Invest podpisały porozumienie o współpracy.",
        None,
        (("agreement", "2026-03-03", "Katowicka", "done"),),
    ),
    P(
        "month_only_start_of_works",
        "Opole, 14 kwietnia 2026 r.\nW marcu spółka Opolskie Młyny rozpoczęła budowę nowego magazynu zbożowego w "
        "Nysie. Inwestycja pochłonie 25 mln zł.",
        None,
        (("investment", "2026-03", "Młyny", "done"),),
    ),
    P(
        "a_week_ago_signing",
        "Opublikowano: 25.03.2026\n\nPrzed tygodniem Pomorski Park Naukowo-Technologiczny podpisał umowę o współpracy "
        "z firmą Baltic Software. Park udostępni spółce laboratorium testowe.",
        None,
        (("agreement", "2026-03", "Baltic", "done"),),
    ),
    P(
        "signing_news_without_date_takes_article_date",
        "Gdynia, 8 stycznia 2026 r.\nPomorska Specjalna Strefa Ekonomiczna i spółka Nordkabel podpisały umowę o "
        "współpracy w zakresie szkolenia spawaczy. Kursy ruszą w lutym.",
        None,
        (("agreement", "2026-01-08", "Nordkabel", "done"),),
    ),
    P(
        "tomorrow_planned_loi",
        "Opublikowano: 11.03.2026\n\nJutro w Rzeszowie Podkarpacki Park Naukowo-Technologiczny i spółka Carpathia "
        "Drones podpiszą list intencyjny w sprawie wspólnego centrum testów.",
        None,
        (("letter_of_intent", "2026-03-12", "Carpathia", "planned"),),
    ),
    P(
        "fair_range_planned",
        "Kielce, 20 kwietnia 2026 r.\nTargi Kielce zapraszają na Międzynarodowe Targi Maszyn Rolniczych, które odbędą "
        "się 15–17 maja. Swoje maszyny pokaże tam ponad 300 wystawców z 20 krajów.",
        None,
        (("conference", "2026-05-15/2026-05-17", None, "planned"),),
    ),
    P(
        "weekday_with_day_planned_visit",
        "Szczecin, 5 czerwca 2026 r.\nWe wtorek 9 czerwca delegacja z regionu Meklemburgii odwiedzi Szczeciński Park "
        "Naukowo-Technologiczny. Goście rozmawiać będą o wspólnych projektach w logistyce.",
        None,
        (("visit", "2026-06-09", None, "planned"),),
    ),
    P(
        "timestamp_section_header_thursday",
        "2026-02-27 14:35 | Gospodarka\n\nW czwartek Łódzka Specjalna Strefa Ekonomiczna i firma Textilia podpisały "
        "umowę o współpracy przy kształceniu techników. Szkolenia ruszą we wrześniu.",
        None,
        (("agreement", "2026-02-26", "Textilia", "done"),),
    ),
    P(
        "agency_dateline_friday",
        "Warszawa, 12.01.2026 (PAP) - Ministerstwo Rozwoju i Technologii i Polska Agencja Inwestycji i Handlu podpisały "
        "w piątek porozumienie o współpracy przy obsłudze inwestorów zagranicznych.",
        None,
        (("agreement", "2026-01-09", "Ministerstwo", "done"),),
    ),
    P(
        "last_year_background_wednesday_signing",
        "Płock, 13 marca 2026 r.\nW ubiegłym roku spółka Petroplast zainwestowała w Płocku 20 mln zł. W środę firma "
        "podpisała umowę z Gminą Stara Biała na zakup kolejnej działki.",
        None,
        (("agreement", "2026-03-11", "Petroplast", "done"),),
    ),
    P(
        "month_this_year_br_visit",
        "Mielec, 2 kwietnia 2026 r.\nW lutym br. delegacja przedsiębiorców z Korei Południowej odwiedziła SSE Euro-Park "
        "Mielec. Rozmowy dotyczyły lokalizacji fabryki podzespołów lotniczych.",
        None,
        (("visit", "2026-02", None, "done"),),
    ),
    P(
        "month_last_year_ubr_signing",
        "Lublin, 10 lutego 2026 r.\nW grudniu ub.r. Lubelski Park Naukowo-Technologiczny i spółka Medilab podpisały "
        "umowę o współpracy przy badaniach klinicznych.",
        None,
        (("agreement", "2025-12", "Medilab", "done"),),
    ),
    P(
        "day_month_before_january_publication",
        "Toruń, 5 stycznia 2026 r.\n22 grudnia spółka Vistula Polymers i Uniwersytet Mikołaja Kopernika podpisały "
        "umowę o wspólnych badaniach nad biotworzywami.",
        None,
        (("agreement", "2025-12-22", "Vistula", "done"),),
    ),
    P(
        "long_portal_article_wednesday",
        "Biznes | 21.10.2026, 11:05\n\nNowe miejsca pracy w strefie\n\nFirma Silesia Components działa w Gliwicach od "
        "2019 roku i zatrudnia dziś 400 osób. Produkuje elementy układów hamulcowych dla producentów samochodów.\n\n"
        "W środę spółka podpisała z Katowicką Specjalną Strefą Ekonomiczną umowę na zakup działki o powierzchni 6 ha. "
        "Nowa hala ma powstać do 2028 roku.\n\nZarząd spółki zapowiada, że w kolejnych latach zatrudnienie wzrośnie.",
        None,
        (("agreement", "2026-10-21", "Silesia", "done"),),
    ),
    P(
        "tomorrow_with_day_in_parentheses",
        "Opublikowano: 20.05.2026\n\nJutro (21.05) w Bielsku-Białej Gmina Czechowice-Dziedzice i spółka Beskid Energy "
        "podpiszą umowę o budowie farmy fotowoltaicznej.",
        None,
        (("agreement", "2026-05-21", "Beskid", "planned"),),
    ),
    P(
        "weekday_with_dateline_at_end",
        "W czwartek w Łodzi spółka Polfarm Logistics i Politechnika Łódzka zawarły porozumienie o współpracy przy "
        "projektach automatyzacji magazynów.\n\nŁódź, 13 marca 2026 r.",
        None,
        (("agreement", "2026-03-12", "Polfarm", "done"),),
    ),
    P(
        "two_dates_natomiast",
        "Gorzów Wielkopolski, 16 lutego 2026 r.\nUmowę z Gminą Kostrzyn nad Odrą spółka Lubuskie Kable podpisała 2 "
        "lutego, natomiast porozumienie z Akademią im. Jakuba z Paradyża zawarła 9 lutego.",
        None,
        (("agreement", "2026-02-02", "Kostrzyn", "done"), ("agreement", "2026-02-09", "Akademi", "done")),
    ),
    P(
        "gala_award_date",
        "Warszawa, 27 lutego 2026 r.\nPodczas gali 25 lutego w Warszawie spółka Greenpack otrzymała tytuł Inwestora "
        "Roku przyznawany przez Polską Agencję Inwestycji i Handlu.",
        None,
        (("award", "2026-02-25", "Greenpack", "done"),),
    ),
    P(
        "investment_decision_undated_background_date",
        "Legnica, 18 listopada 2026 r.\nSpółka Dolmet, obecna w Legnickiej Specjalnej Strefie Ekonomicznej od 2015 r., "
        "otrzymała decyzję o wsparciu nowej inwestycji. Firma wyda na rozbudowę zakładu 60 mln zł.",
        None,
        (("investment", None, "Dolmet", None),),
    ),
]

FAILING: set[str] = {
    "two_dates_natomiast",  # the second signing (after "natomiast", subject elided) is not found
}


@pytest.mark.parametrize("passage", passage_params(PASSAGES, FAILING))
def test_dates_s14(passage: Passage) -> None:
    problems = check(passage)
    assert not problems, f"{passage.text}\n" + "\n".join(problems)


def test_battery_keys_unique() -> None:
    assert len({p.key for p in PASSAGES}) == len(PASSAGES)


if __name__ == "__main__":
    print_passage_count(PASSAGES, check)


def _dates(text: str) -> list[tuple[str, str | None]]:
    from kooperacja import extract

    return [(e["type"], e.get("date")) for e in extract(text, doc_id="x")["events"]]


# Sentences of the review of date14 (revdate14, its own words): an earlier-time adverb near a signing ("uprzednio
# uzgodnioną", "wcześniej, niż zakładano", "Kilka godzin wcześniej", "Jeszcze przed południem") does not make the
# signing background; a rule that took their article's date away was tried in s14 and removed.
@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Katowice, 14 maja 2026 r.\nSpółka Silesia Tech podpisała uprzednio uzgodnioną umowę z Katowicką Specjalną "
            "Strefą Ekonomiczną. Inwestycja obejmie budowę hali produkcyjnej w Gliwicach.",
            "2026-05-14",
        ),
        (
            "Lublin, 8 kwietnia 2026 r.\nPrzedstawiciele Gminy Świdnik i firmy Aerolub podpisali wcześniej "
            "wynegocjowany list intencyjny w sprawie budowy centrum szkoleniowego dla mechaników.",
            "2026-04-08",
        ),
        (
            "Zielona Góra, 21 maja 2026 r.\nLubuski Park Przemysłowy i firma Nordglass zawarły wcześniej ustaloną "
            "umowę o współpracy przy szkoleniu pracowników.",
            "2026-05-21",
        ),
        (
            "Wrocław, 2 marca 2026 r.\nGmina Kobierzyce i spółka LogiPark podpisały umowę wcześniej, niż zakładano. "
            "Centrum logistyczne powstanie na terenie o powierzchni 20 ha.",
            "2026-03-02",
        ),
        (
            "Warszawa, 5 czerwca 2026 r.\nPremier Polski spotkał się w Warszawie z premierem Korei Południowej. "
            "Wcześniej tego dnia firma Korea Hydro i spółka Polskie Elektrownie Jądrowe podpisały porozumienie o "
            "współpracy przy budowie elektrowni.",
            "2026-06-05",
        ),
        (
            "Szczecin, 18 czerwca 2026 r.\nNa otwarciu nowego terminalu w Świnoujściu pojawił się minister "
            "infrastruktury. Kilka godzin wcześniej spółka Port Szczecin podpisała umowę z firmą Baltic Cargo na "
            "obsługę kontenerów.",
            "2026-06-18",
        ),
        (
            "Toruń, 9 września 2026 r.\n„Wcześniej nie mieliśmy takiego partnera w regionie i dlatego podpisaliśmy "
            "umowę z Uniwersytetem Mikołaja Kopernika” – powiedział prezes spółki Apator Mining Jan Kowal.",
            "2026-09-09",
        ),
        (
            "Kraków, 16 października 2026 r.\nWcześniej przygotowana umowa o współpracy między Akademią "
            "Górniczo-Hutniczą a firmą Krakosoft została podpisana podczas uroczystości w auli uczelni.",
            "2026-10-16",
        ),
        (
            "Gdańsk, 11 lutego 2026 r.\nJak wcześniej zapowiadano spółka Baltic Steel podpisała umowę z Gminą Pruszcz "
            "Gdański na dzierżawę terenu pod nową walcownię.",
            "2026-02-11",
        ),
        (
            "Białystok, 22 kwietnia 2026 r.\nSamorząd Województwa Podlaskiego i firma Pronar podpisały uprzednio "
            "opracowany plan współpracy w zakresie kształcenia zawodowego.",
            "2026-04-22",
        ),
        (
            "Opole, 14 kwietnia 2026 r.\nJeszcze przed południem burmistrz Krapkowic i prezes spółki Metalplast "
            "podpisali umowę o współpracy, a po południu goście zwiedzili nowy zakład.",
            "2026-04-14",
        ),
        (
            "Poznań, 4 maja 2026 r.\nJeszcze przed oficjalnym otwarciem targów spółka Volkswagen Poznań i Gmina "
            "Swarzędz podpisały list intencyjny w sprawie budowy centrum szkoleniowego.",
            "2026-05-04",
        ),
    ],
)
def test_an_earlier_word_by_a_signing_keeps_the_article_date(text: str, date: str) -> None:
    signed = [d for t, d in _dates(text) if t in ("agreement", "letter_of_intent")]
    assert signed == [date]


def test_guard_a_signing_reported_as_news_keeps_the_article_date() -> None:
    # "już" in the next sentence, of another happening: the signing is the news ("już" is no earlier_word at all:
    # test_review_s10fixdate10)
    text = (
        "Opole, 3 marca 2026 r.\nSpółka Opolchem i Gmina Dobrzeń Wielki podpisały umowę o współpracy. Gmina już "
        "przygotowuje działki pod nowy zakład."
    )
    assert ("agreement", "2026-03-03") in _dates(text)


def test_guard_earlier_in_another_clause_keeps_the_article_date() -> None:
    text = (
        "Opole, 3 marca 2026 r.\n\nSpółka Opolchem rozbuduje zakład w Dobrzeniu Wielkim. Spółka Opolchem podpisała "
        "umowę z Gminą Dobrzeń Wielki, która wcześniej przygotowała działkę."
    )
    assert ("agreement", "2026-03-03") in _dates(text)


@pytest.mark.parametrize(
    "header",
    [
        "Nowa hala w strefie\n\n12 marca 2026 Posted in Aktualności, Inwestycje",
        "Nowa hala w strefie\n\n12 marca 2026 Filed under Wiadomości, Strefa",
        "Nowa hala w strefie\n\n12.03.2026 | Kategoria: Wydarzenia",  # by the separator, on main already
        "Nowa hala w strefie\n\n12 marca 2026 • Dział: Gospodarka",
    ],
)
def test_a_date_before_a_category_label_is_the_post_date(header: str) -> None:
    from kooperacja import extract

    text = header + "\n\nSpółka Radpol Metal i Gmina Pionki podpisały umowę o współpracy."
    assert extract(text, doc_id="x")["published"] == "2026-03-12"


def test_guard_a_date_in_a_body_sentence_before_a_department_is_no_post_date() -> None:
    from kooperacja import extract

    # the date opens a sentence of the body that tells a happening, no header line
    text = (
        "Nowa hala w strefie\n\nSpółka Radpol Metal podpisała umowę z gminą. Od 12 marca 2026 w dziale sprzedaży "
        "firmy pracuje pięć nowych osób, a hala ruszy latem."
    )
    assert extract(text, doc_id="x")["published"] is None


# Sentences of the review of date14 (revdate14, its own words): a bare "w kategorii", "w dziale", "dział",
# "kategoria" after a line-opening date opens a body sentence, not a blog's category line.
@pytest.mark.parametrize(
    ("text", "published"),
    [
        (
            "Laureaci konkursu Inwestor Roku\n12 grudnia 2025 w kategorii Duże Przedsiębiorstwo nagrodę odebrała "
            "spółka Fabryka Okien Drutex, która rozbudowała zakład w Bytowie.\nSpółka Drutex i Gmina Bytów "
            "podpisały umowę o współpracy.\n\nBydgoszcz, 2 lutego 2026 r.",
            "2026-02-02",
        ),
        (
            "Hala gotowa\n4 marca 2026 w dziale nowych inwestycji Urzędu Miasta Płocka odbyło się spotkanie z "
            "inwestorami.\nPłock, 6 marca 2026 r.\nWczoraj spółka Orlen Serwis podpisała umowę z Gminą Płock.",
            "2026-03-06",
        ),
        (
            "Zmiany w spółce Polmlek\n1 lipca 2026 dział sprzedaży spółki przeniesie się do nowego biura w "
            "Lidzbarku. Spółka Polmlek podpisała w piątek umowę z Gminą Lidzbark na zakup działki.",
            None,
        ),
        (
            "Nowe zasady programu\n1 stycznia 2026 kategoria małych firm zostanie objęta nowymi ulgami. W piątek "
            "Kostrzyńsko-Słubicka Specjalna Strefa Ekonomiczna podpisała umowę z firmą Lubpak.",
            None,
        ),
    ],
)
def test_guard_a_polish_label_word_after_a_line_opening_date_is_no_category_line(
    text: str, published: str | None
) -> None:
    from kooperacja import extract

    assert extract(text, doc_id="x")["published"] == published
