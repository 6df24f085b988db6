"""Session 12 battery of investment events and their dates (ev14), written blind: before the event code and the
errors of own5-i were read. Short passages in our own words, in the genres of investment news: zone press
releases, local portals, agency briefs with credits, stock-exchange reports, interview fragments, municipal news.
Companies and people are invented; towns, regions and the special economic zones are real names.

Each case names the events that must come out (type; participants, each with a role where the case checks it;
status and date where the case checks them) and the event types that must not (`none`), or an exact count of
investments (`inv_count`). Near misses: a plant described as it stands, a wish, an ownership link, interest in a
plot with no contract, a grant programme as such, a largest-employer remark.

Pass count on the old code (main f94af84): 19 of 28 (OLD_COUNT), dates compared as the scorer does (a finer date
that agrees is right); the case of a plant opened under a dateline first asked for the dateline's day, but
annotation.md dates only a signing by the article's day, so its date is no longer asked (read so, 20 of 28 on the
old code). After this session's rules (ev14): 23 of 28. After org14: 25 of 28, the FAILING set (the issuer "X S.A."
was never cut: the battery's loose key kept the legal form the scorer drops, fixed in battery.loose_key; "pod
Poznaniem" is no longer part of a firm's name). ev15: 26 of 28, the undated "zainwestuje" case asked as done, as the real
gold of tune records such a plant. The rules, each with its own test and a guard, follow the battery.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from tests.extract.battery import loose_key, passage_params, print_passage_count

import kooperacja

OLD_COUNT = "19 of 28"  # main f94af84 (dates compared as the scorer does)

PUB = "2026-03-10"  # a Tuesday

INV = "investment"


@dataclass(frozen=True)
class Want:
    typ: str
    who: tuple[tuple[str, str | None], ...]  # (name, role or None)
    status: str | None = None
    date: str | None = None


@dataclass(frozen=True)
class Passage:
    key: str
    text: str
    wants: tuple[Want, ...] = ()
    none: tuple[str, ...] = ()
    inv_count: int | None = None
    published: str | None = PUB


def w(typ: str, *who: str | tuple[str, str], status: str | None = None, date: str | None = None) -> Want:
    pairs = tuple((x, None) if isinstance(x, str) else x for x in who)
    return Want(typ, pairs, status, date)


def _matches(want_name: str, names: set[str]) -> bool:
    k = loose_key(want_name)
    return any(n == k or n.endswith(" " + k) for n in names)


def _date_ok(gold: str, pred: str | None) -> bool:
    """The scorer's date test: each end of the prediction agrees with the wanted one at its precision or finer."""
    if not pred:
        return False
    g, q = gold.split("/"), pred.split("/")
    g, q = g * (2 // len(g)), q * (2 // len(q))
    return all(
        b.split("-")[: len(a.split("-"))] == a.split("-") and len(b) >= len(a)
        for a, b in zip(g, q, strict=True)
    )


def check(p: Passage) -> list[str]:
    rec = kooperacja.extract(p.text, doc_id="b", published=p.published)
    names = {e["id"]: {loose_key(n) for n in [e["name"], *e.get("aliases", [])]} for e in rec["entities"]}
    got = [
        (
            e["type"],
            [(names.get(q["entity"], set()), q["role"]) for q in e["participants"]],
            e.get("status", "done"),
            e.get("date"),
        )
        for e in rec["events"]
    ]
    shown = [(t, [(sorted(n), r) for n, r in ps], s, d) for t, ps, s, d in got]
    problems = []
    for want in p.wants:
        cands = [
            (t, ps, s, d)
            for t, ps, s, d in got
            if t == want.typ
            and all(any(_matches(n, ns) and (r is None or r == role) for ns, role in ps) for n, r in want.who)
        ]
        if not cands:
            problems.append(f"missing {want}: got {shown}")
            continue
        if want.status is not None and not any(s == want.status for _, _, s, _ in cands):
            problems.append(f"{want.typ} {want.who}: status {[s for _, _, s, _ in cands]}, not {want.status}")
        if want.date is not None and not any(_date_ok(want.date, d) for _, _, _, d in cands):
            problems.append(f"{want.typ} {want.who}: date {[d for _, _, _, d in cands]}, not {want.date}")
    for typ in p.none:
        if any(t == typ for t, _, _, _ in got):
            problems.append(f"no {typ} wanted: got {shown}")
    if p.inv_count is not None:
        n = sum(t == INV for t, _, _, _ in got)
        if n != p.inv_count:
            problems.append(f"{n} investments, not {p.inv_count}: {shown}")
    return problems


PASSAGES = [
    # --- zone support decisions -------------------------------------------------------------------------------------
    Passage(
        "zone_decision_plant_to_finish_by_year_end",
        "Wałbrzyska Specjalna Strefa Ekonomiczna „Invest-Park” wydała decyzję o wsparciu dla spółki Termoplast. "
        "Firma wybuduje w Świdnicy zakład produkcji opakowań, który ma zostać ukończony do końca 2027 r.",
        (w(INV, ("Termoplast", "investor"), status="planned", date="2027"),),
        inv_count=1,
    ),
    Passage(
        "zone_decision_dateline_dative_firm",
        "Łódź, 4 lutego 2026 r. – Łódzka Specjalna Strefa Ekonomiczna przyznała decyzję o wsparciu firmie Kartonex. "
        "Przedsiębiorca rozbuduje halę w Kutnie i zatrudni 50 osób.",
        (w(INV, ("Kartonex", "investor")),),
        inv_count=1,
    ),
    Passage(
        "zone_decision_obtained_in_zone_host",
        "Firma Polmet uzyskała decyzję o wsparciu w Tarnobrzeskiej Specjalnej Strefie Ekonomicznej. Spółka "
        "postawi w Niżu nową lakiernię.",
        (w(INV, ("Polmet", "investor"), ("Tarnobrzeska Specjalna Strefa Ekonomiczna", "host")),),
        inv_count=1,
    ),
    Passage(
        "zone_two_recipients_after_colon",
        "W marcu Starachowicka strefa wydała dwie decyzje o wsparciu. Otrzymały je: spółka Alvent, która zbuduje "
        "magazyn w Ostrowcu Świętokrzyskim, oraz firma Biopak, która rozbuduje zakład w Końskich.",
        (w(INV, ("Alvent", "investor")), w(INV, ("Biopak", "investor"))),
        inv_count=2,
    ),
    Passage(
        "stock_report_support_decision_dated",
        "Raport bieżący nr 4/2026. Zarząd spółki Termavit S.A. informuje, że w dniu 5 marca 2026 r. Spółka "
        "otrzymała decyzję o wsparciu nowej inwestycji polegającej na rozbudowie zakładu w Świebodzicach.",
        (w(INV, ("Termavit", "investor")),),
        inv_count=1,
    ),
    # --- plants opened, built, modernised ----------------------------------------------------------------------------
    Passage(
        "plant_opened_yesterday",
        "Wczoraj w Mielcu otwarto nową fabrykę firmy Avionex Polska. Zakład wytwarza części do silników lotniczych.",
        (w(INV, ("Avionex Polska", "investor"), status="done", date="2026-03-09"),),
        inv_count=1,
    ),
    Passage(
        "modernisation_completed",
        "Spółka Młynpol zakończyła modernizację młyna w Kościanie. Inwestycja kosztowała 25 mln zł.",
        (w(INV, ("Młynpol", "investor"), status="done"),),
        inv_count=1,
    ),
    Passage(
        "cornerstone_on_friday",
        "Kamień węgielny pod halę montażową spółki Metalbud w Stalowej Woli wmurowano w piątek.",
        (w(INV, ("Metalbud", "investor"), status="done", date="2026-03-06"),),
        inv_count=1,
    ),
    Passage(
        "rd_centre_opened",
        "Firma Softlab otworzyła w Rzeszowie centrum badawczo-rozwojowe, w którym pracę znajdzie 120 inżynierów.",
        (w(INV, ("Softlab", "investor"), status="done"),),
        inv_count=1,
    ),
    Passage(
        "line_put_into_use_last_week",
        "W ubiegłym tygodniu spółka Farmex oddała do użytku nową linię do produkcji tabletek w zakładzie w Pabianicach.",
        (w(INV, ("Farmex", "investor"), status="done", date="2026-03-02/2026-03-08"),),
        inv_count=1,
    ),
    Passage(
        "dateline_plant_opened",
        "Katowice, 12 stycznia 2026 r. – Firma Autokomp otworzyła nowy zakład w Tychach. Pracę znalazło w nim 200 osób.",
        # no date asked: the dateline's day dates only a signing reported as news (annotation.md), not an opening
        (w(INV, ("Autokomp", "investor"), status="done"),),
        inv_count=1,
    ),
    Passage(
        "laboratory_opened_on_wednesday",
        "Firma Medisol w środę otworzyła nowe laboratorium w Lublinie.",
        (w(INV, ("Medisol", "investor"), status="done", date="2026-03-04"),),
        inv_count=1,
    ),
    Passage(
        "construction_started",
        "Ruszyła budowa nowego zakładu firmy Plastform w Olkuszu. Hala ma mieć 12 tys. mkw.",
        (w(INV, ("Plastform", "investor"), status="done"),),
        inv_count=1,
    ),
    Passage(
        "plant_opened_years_ago_dated_year",
        "W 2015 roku firma Bremet otworzyła zakład w Oleśnicy. Dziś zatrudnia tam 400 osób.",
        (w(INV, ("Bremet", "investor"), status="done", date="2015"),),
        inv_count=1,
    ),
    # --- planned investments with a time -----------------------------------------------------------------------------
    Passage(
        "data_centre_to_start_in_quarter",
        "Budowa centrum danych firmy Datavia pod Poznaniem ruszy w II kwartale 2027 r.",
        (w(INV, ("Datavia", "investor"), status="planned", date="2027"),),
        inv_count=1,
    ),
    Passage(
        "logistics_centre_next_march",
        "Nowe centrum logistyczne firmy Transpol w Strykowie zostanie otwarte w marcu przyszłego roku.",
        (w(INV, ("Transpol", "investor"), status="planned", date="2027-03"),),
        inv_count=1,
        published="2026-01-15",
    ),
    Passage(
        "building_permit_works_in_june",
        "Spółka Energo-Tech dostała pozwolenie na budowę fabryki paneli w Wolsztynie. Prace ruszą w czerwcu 2026 r.",
        (w(INV, ("Energo-Tech", "investor"), status="planned", date="2026-06"),),
        inv_count=1,
    ),
    Passage(
        "production_to_start_second_half",
        "Produkcja w nowej fabryce spółki Elektrobus w Jelczu-Laskowicach ma ruszyć w drugiej połowie 2027 r.",
        (w(INV, ("Elektrobus", "investor"), status="planned", date="2027"),),
        inv_count=1,
    ),
    Passage(
        "foreign_investor_to_launch_in_year",
        "Japoński koncern Hoshida wybuduje w Legnicy fabrykę komponentów. Zakład ma zostać uruchomiony w 2028 roku.",
        (w(INV, ("Hoshida", "investor"), status="planned", date="2028"),),
        inv_count=1,
    ),
    Passage(
        "agency_brief_will_invest",
        "Grupa Vitrum zainwestuje 120 mln zł w nową hutę szkła w Jaśle - poinformowała spółka w komunikacie. "
        "(ISBnews)",
        # planned in the first reading; the real gold of tune records a plant told in the future with no time as
        # reported (done), undated (ev15)
        (w(INV, ("Vitrum", "investor"), status="done"),),
        inv_count=1,
    ),
    Passage(
        "interview_plan_middle_of_year",
        "– Kiedy powstanie nowa hala? – Chcemy zakończyć budowę w połowie 2027 roku – mówi Jan Kowalczyk, prezes "
        "firmy Drewpak.",
        (w(INV, ("Drewpak", "investor"), status="planned", date="2027"),),
        inv_count=1,
    ),
    # --- near misses ---------------------------------------------------------------------------------------------------
    Passage(
        "existing_plant_as_it_stands",
        "Zakład firmy Drewmax w Nowym Sączu działa od 1998 roku i zatrudnia 300 osób.",
        none=(INV,),
    ),
    Passage(
        "wish_without_decision",
        "Spółka Lactis chciałaby w przyszłości zbudować nowy zakład, ale nie podjęła jeszcze decyzji.",
        none=(INV,),
    ),
    Passage(
        "ownership_link",
        "Firma Kovex należy do niemieckiej grupy Steinhaus, która ma fabryki w pięciu krajach.",
        none=(INV, "agreement", "cooperation", "membership"),
    ),
    Passage(
        "interest_in_plot_no_contract",
        "Spółka Baltmar jest zainteresowana zakupem działki w podstrefie w Goleniowie, ale umowy jeszcze nie podpisano.",
        none=(INV, "agreement"),
    ),
    Passage(
        "grant_programme_as_such",
        "Program Fundusze Europejskie dla Lubelskiego przewiduje dotacje na inwestycje w małych i średnich firmach.",
        none=(INV, "agreement", "founding"),
    ),
    Passage(
        "largest_employer_remark",
        "Firma Ekoplast jest największym pracodawcą w gminie Zbąszynek i od lat wspiera lokalne kluby sportowe.",
        none=(INV,),
    ),
    Passage(
        "may_expand_someday",
        "Zarząd spółki Agrobud nie wyklucza, że kiedyś rozbuduje magazyn w Sochaczewie.",
        none=(INV,),
    ),
]

FAILING: dict[str, str] = {
    "interview_plan_middle_of_year": "a plan in a quoted answer with the firm in the speaker tag",
    "zone_decision_plant_to_finish_by_year_end": "completion 'do końca 2027 r.' is neither status nor date",
}


@pytest.mark.parametrize("p", passage_params(PASSAGES, FAILING))
def test_investment_passage(p: Passage) -> None:
    problems = check(p)
    assert not problems, f"{p.text}\n" + "\n".join(problems)


def test_the_battery_is_large_and_varied() -> None:
    assert len(PASSAGES) >= 25
    assert len({p.key for p in PASSAGES}) == len(PASSAGES)
    assert len({p.text for p in PASSAGES}) == len(PASSAGES)


if __name__ == "__main__":  # pass count: PYTHONPATH=src:. python tests/extract/test_investment_events_s12.py
    print_passage_count(PASSAGES, check)


# --- the rules of this session, each with a guard (own words) ----------------------------------------------------


def _investments(text: str, published: str = PUB) -> list[tuple[str, str | None]]:
    rec = kooperacja.extract(text, doc_id="t", published=published)
    return [(e.get("status", "done"), e.get("date")) for e in rec["events"] if e["type"] == INV]


def test_a_decision_of_a_past_day_gives_way_to_the_start_of_the_plant_to_come() -> None:
    # the day of the decision is no time of the plant: the later sentence's start is, and the plant is planned
    got = _investments(
        "Spółka Kwarcol otrzymała w ubiegły wtorek decyzję o wsparciu od Łódzkiej Specjalnej Strefy Ekonomicznej. "
        "Firma wybuduje w Zgierzu magazyn wysokiego składowania. Budowa ma ruszyć w maju 2027 r."
    )
    assert got == [("planned", "2027-05")]


def test_a_cornerstone_laid_is_a_step_done_whatever_comes_later() -> None:
    # guard: a cornerstone laid on a day is a step of the plant done; the start of production later does not move it
    got = _investments(
        "W czwartek wmurowano kamień węgielny pod nową halę spółki Ferbox w Koninie. Inwestycja powstaje na terenie "
        "strefy, a produkcja ma ruszyć w kwietniu przyszłego roku."
    )
    assert got == [("done", "2026-03-05")]


def test_a_start_told_before_the_dated_sale_is_not_the_plant_of_that_sale() -> None:
    # guard: only a start told after the dated sentence dates the plant to come; one told before it is another's
    rec = kooperacja.extract(
        "Przetarg na sprzedaż gruntu wygrała spółka Termex z Poznania. Według zapowiedzi nabywcy na działce powstanie "
        "hala magazynowa. Budowa ma ruszyć jesienią tego roku.\n\n"
        "W tej samej podstrefie gmina sprzedała w ubiegłym roku 3 ha firmie Borplast, która buduje tam magazyn.",
        doc_id="t",
        published=PUB,
    )
    names = {e["id"]: e["name"] for e in rec["entities"]}
    borplast = [
        e
        for e in rec["events"]
        if e["type"] == INV and any(names[p["entity"]] == "Borplast" for p in e["participants"])
    ]
    assert all(e.get("status", "done") == "done" for e in borplast)


def _investors(text: str) -> list[set[str]]:
    rec = kooperacja.extract(text, doc_id="t", published=PUB)
    names = {e["id"]: e["name"] for e in rec["entities"]}
    return [
        {names[p["entity"]] for p in e["participants"] if p["role"] == "investor"}
        for e in rec["events"]
        if e["type"] == INV
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Alfatech sp. z o.o., spółka zależna koncernu Brixton Industries, otworzyła w Nysie nowy zakład.",
        "Alfatech sp. z o.o., polska spółka amerykańskiej grupy Brixton Industries, rozbuduje halę w Nysie.",
        "Strefa wydała decyzję o wsparciu dla spółki Alfatech. Firma, należąca do amerykańskiej grupy Brixton "
        "Industries, wybuduje w Nysie nowy zakład.",
    ],
)
def test_the_group_that_owns_the_investor_in_an_aside_invests_not(text: str) -> None:
    investors = _investors(text)
    assert investors and all(not any("Brixton" in n for n in inv) for inv in investors), investors


@pytest.mark.parametrize(
    "text",
    [
        "Koncern Brixton Industries wybuduje w Nysie nowy zakład.",
        "Największe inwestycje roku to hala firmy Alfatech, nowe biuro spółki Delmar oraz magazyn grupy Brixton "
        "Industries. Wszystkie trzy firmy otrzymały decyzje o wsparciu ze strefy.",
    ],
)
def test_a_group_named_as_the_subject_or_in_a_list_still_invests(text: str) -> None:
    # guards: no aside after a name (a subject; a list item after "oraz")
    assert any(any("Brixton" in n for n in inv) for inv in _investors(text))


def test_land_bought_with_the_works_to_start_later_is_a_plant_planned() -> None:
    got = _investments(
        "Duńska spółka Fodmark kupiła od Pomorskiej Specjalnej Strefy Ekonomicznej 6 ha w Starogardzie Gdańskim. "
        "Budowa wytwórni ruszy w lutym 2027 r."
    )
    assert got == [("planned", "2027-02")]


def test_a_hall_bought_is_a_step_done_whatever_starts_later() -> None:
    # guard: a building bought is the investment done; the start of production later does not make it planned
    got = _investments("Spółka Fodmark kupiła halę w Starogardzie Gdańskim. Produkcja ruszy w lutym 2027 r.")
    assert got == [("done", None)]


def test_a_building_permit_with_the_hall_to_be_handed_over_later_is_planned() -> None:
    # "pozwolenie" names a permit; "ma zostać uruchomiony" is a passive to come
    got = _investments(
        "W piątek powiat przyznał spółce Kornwald pozwolenie na budowę chłodni w Sycowie. Obiekt ma zostać "
        "uruchomiony w II kwartale 2028 r."
    )
    assert got == [("planned", "2028-04/2028-06")]


def test_a_building_permit_with_no_time_of_the_works_keeps_its_day() -> None:
    # guard: with no later start or end the permit's day stays the date of the investment reported
    got = _investments("W piątek powiat przyznał spółce Kornwald pozwolenie na budowę chłodni w Sycowie.")
    assert got == [("done", "2026-03-06")]


def test_a_plant_noun_of_a_trade_is_a_plant_only_when_built_or_opened() -> None:
    # rows of plant_object ("młyn", "piekarnia", …): a bakery run for years is no investment
    assert _investments("Spółka Piekpol od lat prowadzi piekarnię w Łomży i zatrudnia 80 osób.") == []
    assert _investments("Spółka Piekpol otworzyła nową piekarnię w Łomży.") == [("done", None)]


def test_not_ruling_out_more_after_a_deed_keeps_the_deed() -> None:
    # guard of "wykluczać" (plan): the expansion done stays, the vague outlook after it adds nothing
    got = _investments(
        "Spółka Agrobud rozbudowała w maju magazyn w Sochaczewie i nie wyklucza kolejnych inwestycji."
    )
    assert got == [("done", "2025-05")]


# Misfires of the rules above that the reviewer (revev14) found; the passages are our own variants.


@pytest.mark.parametrize(
    "text",
    [
        "Firma Kordex dostała w grudniu 2025 r. pozwolenie na budowę magazynu w Łowiczu. Roboty ruszyły w styczniu. "
        "Budowa ma się zakończyć w listopadzie 2026 r.",
        "Spółka Weltar otrzymała w czwartek decyzję o wsparciu na rozbudowę fabryki w Oleśnicy. Nowa hala montażowa "
        "została już wybudowana i działa od lutego. Produkcja na drugiej linii ma "
        "ruszyć w maju 2027 r.",
    ],
)
def test_a_decision_with_works_already_begun_stays_done(text: str) -> None:
    # a past step of the plant between the dated decision and the milestone: the works are under way, not planned
    got = _investments(text)
    assert got and all(status == "done" for status, _ in got), got


def test_a_hall_at_work_since_a_month_after_a_decision_stays_done() -> None:
    # "działa od" (running_verb before "od"): a step of the plant done between the decision and the later start
    got = _investments(
        "Spółka Weltar otrzymała w styczniu 2026 r. pozwolenie na budowę centrum logistycznego w Kłodzku. Pierwsza "
        "hala działa od lutego. Budowa drugiej hali ma się zakończyć w październiku 2026 r."
    )
    assert got == [("done", "2026-01")]


def test_another_firms_plant_opened_between_does_not_keep_the_decision_done() -> None:
    # guard: the past step told of another company is not the investment's works
    got = _investments(
        "Spółka Kwarcol otrzymała w ubiegły wtorek decyzję o wsparciu na budowę magazynu w Zgierzu. W tej samej "
        "strefie rok temu zakład otworzyła firma Delmo. Budowa magazynu ma ruszyć w maju 2027 r."
    )
    assert ("planned", "2027-05") in got


@pytest.mark.parametrize(
    "text",
    [
        "Spółka Drewmax nabyła w 2025 r. od gminy zakład o powierzchni 3 ha w Kole. Produkcja ma ruszyć ponownie w "
        "kwietniu 2027 r.",
        "Firma Ortim kupiła działkę wraz z halą magazynową w Płocku. Produkcja ruszy w marcu 2027 r.",
    ],
)
def test_a_plant_bought_with_its_land_is_a_step_done(text: str) -> None:
    # a building named in the sale (a plant "o powierzchni 3 ha", land "wraz z halą") is no bare plot
    got = _investments(text)
    assert got and all(status == "done" for status, _ in got), got


@pytest.mark.parametrize(
    "text",
    [
        "Spółka Drewmax kupiła od gminy 5 ha gruntu pod nowy zakład w Kole. Budowa ruszy w lutym 2027 r.",
        "Spółka Drewmax kupiła teren pod budowę fabryki w Kole. Budowa ruszy w lutym 2027 r.",
    ],
)
def test_land_bought_for_a_plant_to_come_stays_bare_land(text: str) -> None:
    # guard: a plant noun after "pod" or as the genitive of "budowę" is the purpose of the plot, not a thing sold
    assert _investments(text) == [("planned", "2027-02")]


def test_a_group_listed_among_the_builders_still_invests() -> None:
    # "grupa X" after a comma in a list closed by "oraz": a co-investor, no aside of the first name
    investors = _investors("W Świdnicy nowe hale wybudują spółka Brenox, grupa Talvik oraz koncern Moradt.")
    names = set().union(*investors) if investors else set()
    assert {"Brenox", "Talvik", "Moradt"} <= {n.split()[-1] for n in names}, investors


def test_a_group_in_a_list_closed_by_commas_still_invests() -> None:
    # a nominative group noun after a comma is a list item, no owner (an owner is "koncernu X", "spółka zależna")
    investors = _investors(
        "W Świdnicy nowe hale wybudują spółka Brenox, grupa Talvik, koncern Moradt i firma Delmo."
    )
    names = {n.split()[-1] for inv in investors for n in inv}
    assert {"Brenox", "Talvik", "Moradt", "Delmo"} <= names, investors


def test_an_owner_aside_before_a_list_conjunction_still_owns() -> None:
    # guard: the aside closed by a comma before "oraz" is an owner; the next item of the list invests
    investors = _investors(
        "Spółka Alfatech, spółka zależna koncernu Brixton Industries, oraz firma Delmo wybudują w Nysie nowy zakład."
    )
    names = {n for inv in investors for n in inv}
    assert not any("Brixton" in n for n in names) and any("Delmo" in n for n in names), investors


@pytest.mark.parametrize(
    "text",
    [
        "Rada nadzorcza spółki Termak wykluczyła budowę nowej mleczarni na Podlasiu.",
        "Prezes spółki Termak nie wykluczył budowy nowej mleczarni na Podlasiu.",
    ],
)
def test_a_plant_ruled_out_or_not_ruled_out_is_no_investment(text: str) -> None:
    # "wykluczyć" (plan, as "wykluczać"): a denial or a bare possibility is no deed
    assert _investments(text) == []


def test_ruling_out_something_else_before_another_deed_keeps_the_deed() -> None:
    # guard: the object of the plan verb ("zwolnienia") is not the plant opened by the next predicate
    assert _investments("Spółka Termak wykluczyła zwolnienia i otworzyła nową mleczarnię w Łapach.") == [
        ("done", None)
    ]
