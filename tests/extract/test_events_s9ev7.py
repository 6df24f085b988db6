"""Session 9 event battery (ev7, second wave), written before the fixes: passages in words written for this file
(companies, clusters and people invented; towns and regions real) on what the first wave left and what a new
own-words set showed: a support decision received by a second company named after the verb, a company opening a
service or research centre or an office, a fair with its exhibitors or a cluster's stand, the organiser named by a
verb, planned return visits of a town's delegation, and parties that are no parties (the countries of an
association's members, the region the partners come from).

Checks: `test_event_battery_s8ev.check` (wanted events with their participants and status, counts, unwanted
types, dates), and names that must be no event's participant. The document date is Friday 2024-05-10.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from tests.extract.battery import keyed_params, loose_key, print_pass_count
from tests.extract.test_event_battery_s8ev import Case, check, ev

import kooperacja


@dataclass(frozen=True)
class Passage:
    case: Case
    not_participants: tuple[str, ...] = field(default=())

    @property
    def text(self) -> str:
        return self.case.text


def p(case: Case, *not_participants: str) -> Passage:
    return Passage(case, not_participants)


CASES: dict[str, Passage] = {
    # --- support decisions and permits received by a company named after the verb -------------------------------
    "second_decision_received": p(
        Case(
            "Zarząd Wałbrzyskiej Specjalnej Strefy Ekonomicznej wydał w poniedziałek dwie decyzje o wsparciu. "
            "Pierwszą dostała spółka Termolux, która rozbuduje fabrykę w Świdnicy. Drugą decyzję otrzymał "
            "Plastomer z Dzierżoniowa. Za 30 mln zł firma kupi nowe maszyny.",
            events=(ev("investment", "Termolux"), ev("investment", "Plastomer")),
        )
    ),
    "another_permit_obtained_too": p(
        Case(
            "Kolejną decyzję o wsparciu nowej inwestycji uzyskała w tym tygodniu firma Dromex. Spółka postawi w "
            "Mielcu halę produkcyjną za 45 mln zł.",
            events=(ev("investment", "Dromex"),),
        )
    ),
    "decision_handed_to_company_dative": p(
        Case(
            "Prezes strefy wręczył we wtorek decyzję o wsparciu spółce Korvin. Firma zainwestuje w Ełku 20 mln zł "
            "w linię do produkcji okien.",
            events=(ev("investment", "Korvin"),),
        )
    ),
    # --- service centres, research centres, offices -------------------------------------------------------------
    "opened_shared_services_centre": p(
        Case(
            "Koncern Dalvero otworzył w Łodzi centrum usług wspólnych. Pracuje w nim już 150 osób.",
            events=(ev("investment", "Dalvero", status="done"),),
        )
    ),
    "will_open_it_centre_headline": p(
        Case(
            "Spółka Nordlane otworzy w Poznaniu centrum usług IT\n\nNordlane, firma z Oslo, uruchomi w Poznaniu "
            "centrum usług informatycznych. Zatrudni w nim 200 programistów.",
            events=(ev("investment", "Nordlane"),),
        )
    ),
    "opened_rnd_centre_passive": p(
        Case(
            "W Gdańsku zostało otwarte centrum badawczo-rozwojowe firmy Marivo. Inżynierowie będą tam "
            "projektować systemy nawigacji.",
            events=(ev("investment", "Marivo"),),
        )
    ),
    "opened_office_in_city": p(
        Case(
            "Firma Vectis otworzyła biuro w Katowicach. To jej trzecia lokalizacja w Polsce.",
            events=(ev("investment", "Vectis"),),
        )
    ),
    "services_centre_launched_gerund": p(
        Case(
            "Otwarcie nowego centrum usług księgowych spółki Finvera odbyło się w czwartek we Wrocławiu. Firma "
            "zatrudni tam 120 osób.",
            events=(ev("investment", "Finvera"),),
        )
    ),
    # --- fairs with exhibitors, stands, organisers named by a verb ----------------------------------------------
    "fair_exhibitors_listed": p(
        Case(
            "Targi Maszyn Rolniczych odbyły się w dniach 4–6 kwietnia w Kielcach. Swoje maszyny pokazały tam "
            "firmy Agrolen, Polmasz i Rotax.",
            events=(ev("conference", "Agrolen", "Polmasz", "Rotax"),),
        )
    ),
    "fair_exhibitors_colon": p(
        Case(
            "W targach Eko-Energia, które potrwają od 12 do 14 czerwca, udział potwierdzili wystawcy: spółki "
            "Solarix, Termowent i Grenko.",
            events=(ev("conference", "Solarix", "Termowent", status="planned"),),
        )
    ),
    "fair_organised_by_verb": p(
        Case(
            "Targi Budownictwa odbędą się 20 i 21 września w Lublinie. Organizuje je spółka Expolub.",
            events=(ev("conference", "Expolub", status="planned"),),
        )
    ),
    "forum_organised_by_verb_past": p(
        Case(
            "Forum Gospodarcze Dwóch Brzegów odbyło się 3 kwietnia w Słubicach. Przygotowała je Izba Przemysłowa "
            "Ziemi Lubuskiej.",
            events=(ev("conference", "Izba Przemysłowa Ziemi Lubuskiej"),),
        )
    ),
    "cluster_stand_at_fair_planned": p(
        Case(
            "Klaster Mechatroniki Podkarpacia będzie miał wspólne stoisko na targach Hannover Messe w kwietniu "
            "2025 roku. Pokaże tam wyroby dziesięciu firm.",
            events=(ev("conference", "Klaster Mechatroniki Podkarpacia", status="planned"),),
        )
    ),
    "firms_present_at_fair_past": p(
        Case(
            "Na targach Intermasz w Poznaniu w marcu zaprezentowały się spółki Hydrol i Kranex. Obie firmy "
            "podpisały tam umowy z dystrybutorami.",
            events=(ev("conference", "Hydrol", "Kranex"),),
        )
    ),
    # --- return visits and planned visits -----------------------------------------------------------------------
    "return_visit_adjective_delegation": p(
        Case(
            "Opole i czeski Ołomuniec podpisały umowę o partnerstwie. Rewizyta opolskiej delegacji w Ołomuńcu "
            "zaplanowana jest na wrzesień.",
            events=(ev("agreement", "Opole", "Ołomuniec"), ev("visit", "Ołomuniec", status="planned")),
        )
    ),
    "delegation_will_visit_in_month": p(
        Case(
            "Delegacja Izby Gospodarczej Alnor odwiedzi w czerwcu Wilno. Przedsiębiorcy spotkają się z "
            "litewskimi partnerami.",
            events=(ev("visit", "Izba Gospodarcza Alnor", status="planned"),),
        )
    ),
    "return_visit_of_cluster_dates": p(
        Case(
            "Klaster Drzewny Kaszub gościł w marcu przedstawicieli duńskiej sieci Trae Netvaerk. Rewizyta "
            "delegacji klastra w Danii zaplanowana jest na 10–12 października.",
            events=(ev("visit", "Klaster Drzewny Kaszub", status="planned"),),
        )
    ),
    # --- parties that are no parties ----------------------------------------------------------------------------
    "association_members_from_eu_countries": p(
        Case(
            "Klaster Sensorów Małopolski został przyjęty do Alliance of Sensor Clusters, stowarzyszenia, które "
            "zrzesza 30 klastrów z krajów Unii Europejskiej.",
            events=(ev("membership", "Klaster Sensorów Małopolski", "Alliance of Sensor Clusters"),),
            count=1,
        ),
        "Unia Europejska",
    ),
    "partners_from_region_named_later": p(
        Case(
            "Pomorski Klaster Stoczniowy nawiązał współpracę z partnerami z Meklemburgii\n\nPomorski Klaster "
            "Stoczniowy i niemiecka sieć Maritim Netz Rostock rozpoczęły współpracę.",
            events=(ev("cooperation", "Pomorski Klaster Stoczniowy", "Maritim Netz Rostock"),),
            count=1,
            none=("membership",),
        ),
        "Meklemburgia",
    ),
    "association_gathers_firms_from_region": p(
        Case(
            "Klaster Metalowy Ziemi Lubuskiej zrzesza 40 firm z województwa lubuskiego. W maju podpisał umowę o "
            "współpracy z Politechniką Zielonogórską.",
            events=(ev("agreement", "Klaster Metalowy Ziemi Lubuskiej"),),
            none=("membership",),
        ),
    ),
    "festival_days_no_party": p(
        Case(
            "Umowę o partnerstwie miast podpisali w niedzielę, podczas Dni Sanoka, burmistrz Sanoka i mer "
            "słowackiego Humennégo.",
            events=(ev("agreement", "Sanok"),),
        ),
        "Dni Sanoka",
        "Dni Sanok",
    ),
    # --- agency support of an investor --------------------------------------------------------------------------
    "agency_supported_investor": p(
        Case(
            "Firma Solvero zbuduje w Rzeszowie centrum danych. W wyborze lokalizacji inwestora wspierała Polska "
            "Agencja Inwestycji i Handlu.",
            events=(ev("investment", "Solvero"),),
        )
    ),
    # --- plain, for contrast -------------------------------------------------------------------------------------
    "decision_plural_total_no_investor": p(
        Case(
            "Od początku roku strefa wydała 15 decyzji o wsparciu, a wartość inwestycji przekroczyła 500 mln zł.",
            count=0,
            events=(),
            none=("investment",),
        )
    ),
    "planned_fair_no_date_no_event": p(
        Case(
            "Klaster chciałby w przyszłości pokazać wyroby swoich firm na targach w Monachium.",
            none=("conference",),
        )
    ),
}

# s9-int fca0fcb (before this branch) failed 12 of 24; these 9 still fail
FAILING: dict[str, str] = {
    "fair_exhibitors_colon": "the fair is found, with its date and exhibitors, but a past verb in its sentence "
    "('potwierdzili') keeps it done though it is dated after the article (event dates)",
    "festival_days_no_party": "'Dni Sanoka' is taken as an organisation (names)",
}


def _parts(text: str, typ: str) -> list[tuple[str, str, str]]:
    """(name, role, status) of each participant of the events of type `typ` in the text."""
    rec = kooperacja.extract(text, doc_id="t", published="2024-05-10")
    names = {e["id"]: e["name"] for e in rec["entities"]}
    return [
        (names[q["entity"]], q["role"], e.get("status", "done"))
        for e in rec["events"]
        if e["type"] == typ
        for q in e["participants"]
    ]


def _participant_names(text: str, typ: str) -> set[str]:
    return {name for name, _role, _status in _parts(text, typ)}


@pytest.mark.parametrize(
    ("verb", "second", "role"),
    [
        ("organizować", "Organizuje je spółka Expolen.", "organizer"),
        ("zorganizować", "Zorganizowała je spółka Expolen.", "organizer"),
        ("współorganizować", "Współorganizuje je spółka Expolen.", "organizer"),
        ("wystawiać", "Wystawia się na nich spółka Expolen.", "participant"),
        ("wystawić", "Wystawiła się na nich spółka Expolen.", "participant"),
        ("stoisko", "Swoje stoisko miała tam spółka Expolen.", "participant"),
        ("zaprezentować", "Zaprezentowała się na nich spółka Expolen.", "participant"),
        ("prezentować", "Prezentować się na nich będzie spółka Expolen.", "participant"),
        ("pokazać", "Nowe meble pokaże tam spółka Expolen.", "participant"),
        ("pokazywać", "Swoje wyroby pokazywać tam będzie spółka Expolen.", "participant"),
    ],
)
def test_a_verb_of_organising_or_exhibiting_opens_the_sentence_after_a_gathering(
    verb: str, second: str, role: str
) -> None:
    text = "Targi Drzewne odbędą się 14 i 15 października w Kaliszu. " + second
    assert [(name, r) for name, r, _status in _parts(text, "conference")] == [("Expolen", role)], verb


def test_an_organising_verb_with_an_event_of_its_own_gives_no_organiser() -> None:
    text = (
        "Seminarium odbyło się w Koninie. Zorganizowała je spółka Termen, która podpisała umowę z Politechniką "
        "Poznańską."
    )
    rec = kooperacja.extract(text, doc_id="t", published="2024-05-10")
    assert not any(e["type"] == "conference" and e["participants"] for e in rec["events"])


@pytest.mark.parametrize(
    ("typ", "text", "origin"),
    [
        (
            "membership",
            "Klaster Optyki Pomorza przystąpił do sieci Photonic Network Europe, która zrzesza firmy z krajów Unii "
            "Europejskiej.",
            "Unia Europejska",
        ),
        (
            "membership",
            "Do Stowarzyszenia Inwestorów Alfa należy 20 przedsiębiorstw z Saksonii i spółka Kolmet.",
            "Saksonia",
        ),
        (
            "membership",
            "Do Stowarzyszenia Inwestorów Alfa należy 20 przedsiębiorstw z kilku regionów Saksonii i spółka Kolmet.",
            "Saksonia",
        ),
        (
            "membership",
            "Klaster Sensorów Śląska dołączył do sieci Sensor Net, stowarzyszenia z siedzibą w Brukseli, które "
            "zrzesza 30 klastrów z dwunastu krajów Unii Europejskiej.",
            "Unia Europejska",
        ),
        (
            "cooperation",
            "Klaster Meblowy Wielkopolski nawiązał współpracę z partnerami z Bawarii.",
            "Bawaria",
        ),
    ],
)
def test_a_place_after_z_in_the_genitive_after_a_noun_is_where_members_or_partners_come_from(
    typ: str, text: str, origin: str
) -> None:
    assert origin not in _participant_names(text, typ)


@pytest.mark.parametrize(
    ("typ", "text", "party"),
    [
        ("cooperation", "Klaster Meblowy Wielkopolski nawiązał współpracę z Bawarią.", "Bawaria"),
        ("agreement", "Miasto Opole podpisało umowę o partnerstwie z czeskim Ołomuńcem.", "Ołomuniec"),
    ],
)
def test_a_place_after_z_in_the_instrumental_stays_a_party(typ: str, text: str, party: str) -> None:
    assert party in _participant_names(text, typ)


@pytest.mark.parametrize(
    ("verb", "town"),
    [
        ("otworzyła", "Poznaniu"),
        ("zbudowała", "Poznaniu"),
        ("uruchomiła", "Poznaniu"),
        ("otworzy", "Poznaniu"),
        ("otworzyła", "Bielsku-Białej"),
        ("uruchomi", "Białej Podlaskiej"),
    ],
)
def test_a_town_that_reads_as_a_gerund_or_an_adjective_does_not_govern_the_plant(
    verb: str, town: str
) -> None:
    # "w Poznaniu": also the locative of the gerund "poznanie", a name is no verb between the verb and the plant;
    # "w Bielsku-Białej": also an adjective, a name is no modifier of the plant that would leave it after "w"
    text = f"Firma Koltrex {verb} w {town} centrum serwisowe."
    assert _participant_names(text, "investment") == {"Koltrex"}, (verb, town)


@pytest.mark.parametrize(
    "text",
    [
        # the decisions named two sentences and a paragraph before
        "Zarząd Strefy Ekonomicznej Alfa wydał w środę dwie decyzje o wsparciu. Spółka Termolux rozbuduje zakład w "
        "Świdnicy. Inwestycja kosztuje 90 mln zł.\n\nDrugą decyzję otrzymała spółka Plastomer, która kupi nowe "
        "maszyny.",
        "Strefa przyznała w tym miesiącu trzy zezwolenia. Firma Korvin zbuduje halę. Firma Dalmet kupi działkę.\n\n"
        "Trzecie zezwolenie uzyskała spółka Plastomer.",
    ],
)
def test_a_permit_named_again_beside_a_verb_of_receiving_finds_the_permits_further_back(text: str) -> None:
    assert "Plastomer" in _participant_names(text, "investment")


def test_a_pronoun_after_a_verb_of_receiving_still_needs_the_permit_right_before() -> None:
    text = (
        "Strefa wydała w marcu dwie decyzje o wsparciu. Spółka Termolux rozbuduje zakład. Inwestycja kosztuje 90 "
        "mln zł. Firma ma 300 pracowników.\n\nNagrodę przyznała jej Izba Handlowa Alfa. Otrzymała ją też spółka "
        "Plastomer."
    )
    assert "Plastomer" not in _participant_names(text, "investment")


@pytest.mark.parametrize(
    ("text", "visitor"),
    [
        (
            "Klaster Drzewny Kaszub gościł w marcu przedstawicieli duńskiej sieci Trae Netvaerk. Rewizyta delegacji "
            "klastra w Danii zaplanowana jest na 10–12 października.",
            "Klaster Drzewny Kaszub",
        ),
        (
            "Izba Gospodarcza Alnor działa od 1995 roku. W czerwcu delegacja izby odwiedziła Wilno.",
            "Izba Gospodarcza Alnor",
        ),
        ("Spółka Termen buduje halę. Delegacja spółki odwiedziła w maju Gminę Borowo.", "Termen"),
    ],
)
def test_a_kind_noun_after_a_delegation_noun_stands_for_the_one_named_before(text: str, visitor: str) -> None:
    visitors = {name for name, role, _status in _parts(text, "visit") if role == "visitor"}
    assert visitor in visitors


@pytest.mark.parametrize(
    ("row", "text", "status"),
    [
        (
            "zaprezentować",
            "Na targach Metalexpo w Kielcach w kwietniu zaprezentowała się spółka Hydromet.",
            "done",
        ),
        (
            "prezentować",
            "Spółka Hydromet prezentuje w tym tygodniu swoje pompy na targach w Kielcach.",
            "done",
        ),
        (
            "stoisko na targi",
            "Spółka Hydromet będzie miała stoisko na targach Agrotech w marcu 2025 roku.",
            "planned",
        ),
    ],
)
def test_presenting_oneself_or_a_stand_at_a_fair_is_taking_part(row: str, text: str, status: str) -> None:
    assert ("Hydromet", "participant", status) in _parts(text, "conference"), row


@pytest.mark.parametrize(
    "text",
    [
        "Spółka Hydromet zaprezentowała nowy model pompy.",  # no gathering named
        "Klaster chciałby w przyszłości mieć stoisko na targach w Monachium.",  # a wish, no named actor
    ],
)
def test_presenting_with_no_gathering_is_no_conference(text: str) -> None:
    rec = kooperacja.extract(text, doc_id="t", published="2024-05-10")
    assert not [e for e in rec["events"] if e["type"] == "conference"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "W targach Agro-Show, które potrwają od 20 do 22 września, wezmą udział spółki Rolmet i Agrobud.",
            "2024-09-20/2024-09-22",
        ),
        (
            "Na forum, które potrwa od 3 do 4 października, przyjadą spółki Rolmet i Agrobud.",
            "2024-10-03/2024-10-04",
        ),
    ],
)
def test_a_relative_clause_of_how_long_a_gathering_lasts_dates_it(text: str, date: str) -> None:
    rec = kooperacja.extract(text, doc_id="t", published="2024-05-10")
    assert [(e.get("date"), e.get("status")) for e in rec["events"] if e["type"] == "conference"] == [
        (date, "planned")
    ]


def test_confirming_ones_part_in_a_fair_is_taking_part() -> None:
    text = "Udział w targach Ogrodnik 2024 w Łodzi potwierdziły już spółki Rolmet i Agrobud."
    assert {"Rolmet", "Agrobud"} <= _participant_names(text, "conference")


def _problems(passage: Passage) -> list[str]:
    problems = check(passage.case)
    if passage.not_participants:
        rec = kooperacja.extract(passage.text, doc_id="b", published=passage.case.published)
        names = {e["id"]: [e["name"], *e.get("aliases", [])] for e in rec["entities"]}
        taken = {
            loose_key(n) for e in rec["events"] for q in e["participants"] for n in names.get(q["entity"], [])
        }
        problems += [f"{n} is a participant" for n in passage.not_participants if loose_key(n) in taken]
    return problems


def test_the_battery_is_large_and_varied() -> None:
    assert len(CASES) >= 20
    assert len({c.text for c in CASES.values()}) == len(CASES)


@pytest.mark.parametrize("key", keyed_params(CASES, FAILING))
def test_battery_case(key: str) -> None:
    problems = _problems(CASES[key])
    assert not problems, f"{CASES[key].text}\n" + "\n".join(problems)


if __name__ == "__main__":  # pass count: PYTHONPATH=src:. python tests/extract/test_events_s9ev7.py
    print_pass_count(CASES, lambda k: _problems(CASES[k]), lambda k: CASES[k].text, show_failing=True)
