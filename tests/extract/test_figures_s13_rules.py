"""Session 13 (fig18) figure rules: each with a test sentence of its author's own and a near miss that must not fire.
Invented companies, zones and amounts."""

from __future__ import annotations

import pytest

import kooperacja

M = 1_000_000


def _figures(text: str) -> set[tuple[str, str, float, str]]:
    rec = kooperacja.extract(text, doc_id="t", published="2025-03-10")
    names = {e["id"]: e["name"] for e in rec["entities"]}
    return {(names[f["entity"]], f["metric"], float(f["value"]), f["unit"]) for f in rec["figures"]}


# --- a figure in a relative clause on a plant: the owner of the clause the plant is named in ---------------------
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Spółka Norvia zleciła firmie Konstralex budowę zakładu w Pile, w którym zatrudni 120 osób.",
            {("Norvia", "jobs", 120, "count")},
        ),
        (
            "Producent mebli Drewpol zlecił firmie Budimar wzniesienie fabryki pod Kaliszem, w której pracę znajdzie "
            "180 osób.",
            {("Drewpol", "jobs", 180, "count")},
        ),
        (  # a client named in that clause is the plant's owner
            "Firma Budomax wybuduje dla spółki Lubrex halę, w której pracę znajdzie 70 osób.",
            {("Lubrex", "jobs", 70, "count")},
        ),
        (  # a zone that gives a company its decision: the company's, as in the zone's own clause
            "Pomorska Specjalna Strefa Ekonomiczna wydała firmie Kestrel Foods decyzję na budowę zakładu, w którym "
            "pracę znajdzie 70 osób.",
            {("Kestrel Foods", "jobs", 70, "count")},
        ),
        (  # two firms that build together: a figure of neither
            "Firmy Dalgo i Pertum wspólnie wybudują w Radomiu terminal, który da pracę 60 osobom.",
            set(),
        ),
    ],
)
def test_plant_in_relative_clause(text: str, want: set[tuple[str, str, float, str]]) -> None:
    assert _figures(text) == want


@pytest.mark.parametrize(
    ("text", "owner", "value"),
    [
        (
            "Firma Budomax zaczęła wznosić fabrykę spółki Nordglas w Żarach, w której pracę znajdzie 300 osób.",
            "Nordglas",
            300,
        ),
        (
            "Spółka Mostbud postawiła halę magazynową firmy Kargotrans pod Gnieznem, w której pracę znajdzie 120 "
            "osób.",
            "Kargotrans",
            120,
        ),
        (
            "Firma Elbud wykona instalacje w nowym zakładzie spółki Fermex w Kole, w którym zatrudnienie dostanie "
            "150 osób.",
            "Fermex",
            150,
        ),
        (
            "Bank Pekabi sfinansuje budowę zakładu firmy Tormet w Ostródzie, w którym pracę dostanie 70 osób.",
            "Tormet",
            70,
        ),
        (
            "Agencja Rozwoju Przemysłu sprzedała spółce Kolvex halę w Mielcu, w której pracuje 60 osób.",
            "Kolvex",
            60,
        ),
    ],
)
def test_plant_with_its_own_owner_or_under_another_verb(text: str, owner: str, value: int) -> None:
    # near misses of the relative-clause rule (revfig18): the plant's owner named in the genitive after it, or a
    # verb of building, financing, works or selling for another: the figure is no figure of the clause's subject
    got = _figures(text)
    assert {f[0] for f in got if f[2] == value} == {owner}, got


def test_relative_clause_on_a_name_keeps_the_name() -> None:
    # near miss: the relative pronoun takes up a company's name, not a plant
    got = _figures("Spółka Norvia podpisała umowę z firmą Konstralex, która zatrudni 120 osób.")
    assert got == {("Konstralex", "jobs", 120, "count")}


def test_kind_noun_before_genitive_is_a_nominative_name() -> None:
    # near miss: the same kind phrase after a preposition is no subject
    got = _figures("Po przejęciu producenta mebli Drewpol spółka Kortex zatrudnia 900 osób.")
    assert got == {("Kortex", "employees", 900, "count")}


# --- a contractor is no owner of the project's money ----------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Firma Budomax, generalny wykonawca, przekazała w piątek spółce Lubrex halę magazynową w Nowej Soli. "
        "Inwestycja kosztowała 40 mln zł.",
        "Spółka Lubrex otworzyła halę w Nowej Soli. Generalnym wykonawcą była firma Budomax. Inwestycja kosztowała "
        "40 mln zł.",
    ],
)
def test_contractor_is_no_owner(text: str) -> None:
    assert _figures(text) == {("Lubrex", "investment", 40 * M, "PLN")}


def test_apposition_of_another_kind_is_no_contractor() -> None:
    # near miss: an apposition that names no builder leaves the subject the owner
    got = _figures(
        "Firma Budomax, producent okien, przekazała w piątek spółce Lubrex halę magazynową w Nowej Soli. "
        "Inwestycja kosztowała 40 mln zł."
    )
    assert got == {("Budomax", "investment", 40 * M, "PLN")}


# --- an increment in a coordinated clause leaves the total --------------------------------------------------------
def test_increment_in_joined_clause_leaves_total() -> None:
    got = _figures(
        "Legnicka Specjalna Strefa Ekonomiczna obejmuje obecnie 1,8 tys. ha, a w ubiegłym roku powiększyła się o 120 ha."
    )
    assert got == {("Legnicka Specjalna Strefa Ekonomiczna", "area_ha", 1800, "ha")}


def test_annexed_area_in_own_clause_is_no_total() -> None:
    # near miss: the verb of annexing in the number's own clause
    assert (
        _figures("Rada Ministrów włączyła w tym roku do Legnickiej Specjalnej Strefy Ekonomicznej 120 ha.")
        == set()
    )


@pytest.mark.parametrize(
    "text",
    [
        "Do Wałbrzyskiej Specjalnej Strefy Ekonomicznej dołączono nowe grunty w Kłodzku, a ich powierzchnia to 35 ha.",
        "Wałbrzyska Specjalna Strefa Ekonomiczna powiększyła się w tym roku o tereny w Kłodzku; nowa podstrefa ma "
        "35 ha.",
        "Wałbrzyska Specjalna Strefa Ekonomiczna została poszerzona, a nowe tereny mają łącznie 120 ha.",
    ],
)
def test_annexed_land_in_a_joined_clause_is_no_total(text: str) -> None:
    # near miss (revfig18): the joined clause carries no number of its own, so the annexing verb reads the number
    assert _figures(text) == set()


# --- a count counts its first noun, not a genitive after it --------------------------------------------------------
def test_genitive_attribute_is_not_counted() -> None:
    got = _figures(
        "W ubiegłym roku Kujawsko-Pomorska Specjalna Strefa Ekonomiczna obsłużyła ponad 120 zapytań inwestorów."
    )
    assert got == set()


def test_adjective_before_counted_firms_keeps_them() -> None:
    # near miss: an adjective, no other noun, between the count and the firms
    got = _figures("Na terenie Kujawsko-Pomorskiej Specjalnej Strefy Ekonomicznej działa 120 polskich firm.")
    assert got == {("Kujawsko-Pomorska Specjalna Strefa Ekonomiczna", "companies", 120, "count")}


# --- money fronted before a verb of spending ----------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Ponad ćwierć miliarda złotych wyda grupa Morvik na rozbudowę walcowni w Stalowej Woli.",
        "250 mln zł przeznaczy firma Morvik na nową walcownię w Stalowej Woli.",
    ],
)
def test_money_fronted_before_spending(text: str) -> None:
    assert _figures(text) == {("Morvik", "investment", 250 * M, "PLN")}


@pytest.mark.parametrize(
    "text",
    [
        "Ponad 3 mld zł wydali w ubiegłym roku klienci sieci Żabka.",
        "Ponad 40 mln zł wydał już Pomorski Fundusz Rozwoju na pożyczki dla firm.",
        "Blisko 2 mln zł wydała firma Kortex na nagrody dla pracowników.",
        "Rekordowe 5 mln zł wydała spółka Vetmar na reklamę.",
    ],
)
def test_fronted_spending_on_no_project_is_none(text: str) -> None:
    # near misses (revfig18): no "na" with a project, building or machine after the verb of spending
    assert not any(f[1] in ("investment", "budget") for f in _figures(text))


def test_fronted_money_for_machines_is_investment() -> None:
    got = _figures("20 mln zł przeznaczy spółka Almet na zakup maszyn.")
    assert ("Almet", "investment", 20 * M, "PLN") in got or ("Almet", "budget", 20 * M, "PLN") in got


def test_fronted_loan_stays_none() -> None:
    # near miss: a nearer row of no figure (a loan) wins over the verb after it
    assert _figures("15 mln zł kredytu wyda bank Pekabi firmie Welmet.") == set()


# --- a zone that counts its decisions in the sentence owns the money of the clause joined to it --------------------
def test_zone_counting_decisions_owns_the_joined_total() -> None:
    got = _figures(
        "Firma Almet zbuduje halę w Ełku za 30 mln zł. W tym roku Warmińsko-Mazurska Specjalna Strefa "
        "Ekonomiczna przyznała 14 zezwoleń, a deklarowane inwestycje sięgną 450 mln zł."
    )
    assert got == {
        ("Almet", "investment", 30 * M, "PLN"),
        ("Warmińsko-Mazurska Specjalna Strefa Ekonomiczna", "investment", 450 * M, "PLN"),
    }


def test_company_in_the_joined_clause_keeps_its_money() -> None:
    # near miss: the joined clause names its own owner
    got = _figures(
        "W tym roku Warmińsko-Mazurska Specjalna Strefa Ekonomiczna przyznała 14 zezwoleń, a firma Almet "
        "zainwestuje 30 mln zł."
    )
    assert got == {("Almet", "investment", 30 * M, "PLN")}


@pytest.mark.parametrize(
    "clause",
    [
        "a największa inwestycja jest warta 300 mln zł",
        "a jedna z nich dotyczy hali za 300 mln zł",
        "a średnia wartość projektu to 300 mln zł",
    ],
)
def test_one_of_the_decisions_is_no_zone_total(clause: str) -> None:
    # near misses (revfig18): one of the decisions or their mean, no total of the zone
    got = _figures(
        "Firma Almet zbuduje halę w Ełku za 30 mln zł. W tym roku Warmińsko-Mazurska Specjalna Strefa Ekonomiczna "
        f"przyznała 14 zezwoleń, {clause}."
    )
    assert not any(f[0].startswith("Warmińsko") and f[1] == "investment" for f in got), got


# --- those taking part are no members; a team's size is a headcount ------------------------------------------------
def test_taking_part_fronted_is_no_count() -> None:
    got = _figures(
        "Klaster Maszynowy Opole skupia 52 firmy. Swój udział w targach zgłosiło dotąd 35 wystawców."
    )
    assert got == {("Klaster Maszynowy Opole", "members", 52, "count")}


def test_team_to_count_is_jobs() -> None:
    got = _figures(
        "Spółka Vetmar uruchomiła w Lublinie pracownię badawczą z 30 pracownikami. Za trzy lata jej zespół ma "
        "liczyć 75 specjalistów."
    )
    assert ("Vetmar", "jobs", 75, "count") in got


def test_board_of_experts_is_no_headcount() -> None:
    # near miss (revfig18): a team appointed to judge counts no staff
    got = _figures("Spółka Vetmar powołała zespół ekspertów. Zespół liczy 7 osób i oceni wnioski.")
    assert got == set()


def test_team_that_gives_opinions_is_no_headcount() -> None:
    # a team that reviews ("opiniować", a `committee` word) counts no staff
    assert (
        _figures(
            "Spółka Vetmar ma nowy dział. Tamtejszy zespół opiniuje wnioski klientów. Zespół liczy 7 osób."
        )
        == set()
    )


def test_guard_team_that_serves_clients_is_a_headcount() -> None:
    # near miss: a team that handles the clients' requests is staff
    got = _figures(
        "Spółka Vetmar ma nowy dział. Tamtejszy zespół obsługuje wnioski klientów. Zespół liczy 7 osób."
    )
    assert got and all(owner == "Vetmar" and value == 7 for owner, _metric, value, _unit in got)


def test_population_is_no_headcount() -> None:
    # near miss: "liczy" of a town's people is no row of the table
    assert _figures("Gmina Kórnik liczy 30 tys. mieszkańców.") == set()


# --- "po" before an amount: each one's share ----------------------------------------------------------------------
def test_each_ones_share_is_no_figure() -> None:
    assert (
        _figures(
            "Izba Gospodarcza Opola wyróżniła pięć start-upów. Każdy z nich dostanie po 30 tys. zł nagrody."
        )
        == set()
    )


def test_po_before_results_is_after() -> None:
    # near miss (revfig18): "po" before an amount of a firm's results, then its verb: "after", the amount stays
    got = _figures("Spółka Almet po 120 mln zł przychodów w 2023 roku osiągnęła w 2024 roku 150 mln zł.")
    assert ("Almet", "revenue", 120 * M, "PLN") in got


def test_amount_without_each_stays() -> None:
    # near miss: the same grant to one body
    got = _figures("Fundacja Rozwoju Mazowsza otrzymała 50 tys. zł dotacji.")
    assert got == {("Fundacja Rozwoju Mazowsza", "budget", 50_000, "PLN")}


# --- a funder is no investor ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Uniwersytet Zielonogórski prowadzi badania z firmą Dronex. Badania warte 6,2 mln zł finansuje Narodowe "
        "Centrum Badań i Rozwoju.",
        "Uniwersytet Zielonogórski prowadzi badania z firmą Dronex. Badania warte 6,2 mln zł współfinansuje Agencja "
        "Rozwoju Przemysłu.",
        "Uniwersytet Zielonogórski prowadzi badania z firmą Dronex. Badania warte 6,2 mln zł dofinansowuje Agencja "
        "Rozwoju Przemysłu.",
    ],
)
def test_funder_is_no_investor(text: str) -> None:
    assert not any(f[1] == "investment" for f in _figures(text))


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        (
            "Politechnika Rzeszowska sfinansuje ze środków własnych budowę laboratorium za 12 mln zł.",
            "Politechnika Rzeszowska",
        ),
        (
            "Warmińsko-Mazurska Specjalna Strefa Ekonomiczna sfinansuje budowę drogi dojazdowej do podstrefy za "
            "8 mln zł.",
            "Warmińsko-Mazurska Specjalna Strefa Ekonomiczna",
        ),
    ],
)
def test_body_paying_for_its_own_project_is_the_investor(text: str, owner: str) -> None:
    # near misses (revfig18): the plain verb of a zone (its own land), or "ze środków własnych"
    assert {f[0] for f in _figures(text) if f[1] == "investment"} == {owner}


def test_company_paying_for_its_plant_is_the_investor() -> None:
    # near miss: a company that finances its own project
    got = _figures("Inwestycję o wartości 40 mln zł sfinansuje ze środków własnych spółka Dronex.")
    assert got == {("Dronex", "investment", 40 * M, "PLN")}


# --- a financial metric opening a row of results is no firm --------------------------------------------------------
def test_metric_rows_are_no_firms() -> None:
    rec = kooperacja.extract(
        "Grupa Ardeco podała wyniki za 2025 rok.\nEbitda – 96 mln zł\nCapex – 40 mln zł",
        doc_id="t",
        published=None,
    )
    assert not any(e["name"] in ("Ebitda", "Capex") for e in rec["entities"])


@pytest.mark.parametrize(
    ("text", "name", "value"),
    [
        ("Spółka Capex Solutions z Wrocławia zatrudni 50 osób.", "Capex Solutions", 50),
        ("Spółka EBITDA Consulting z Poznania zatrudni 30 osób.", "EBITDA Consulting", 30),
    ],
)
def test_firm_named_after_a_metric_stays(text: str, name: str, value: int) -> None:
    # near miss (revfig18): a longer name that begins with a metric's is a firm's
    assert (name, "jobs", value, "count") in _figures(text)


def test_ranking_rows_of_firms_stay() -> None:
    # near miss: a ranking's rows that open with unknown names are firms
    rec = kooperacja.extract(
        "Ranking największych firm regionu:\nBetamax – 120 mln zł\nAlfatech – 95 mln zł",
        doc_id="t",
        published=None,
    )
    assert {"Betamax", "Alfatech"} <= {e["name"] for e in rec["entities"]}


# --- an area's count of firms is no zone's total ---------------------------------------------------------------------
def test_area_count_is_no_zones_total() -> None:
    got = _figures(
        "Warmińsko-Mazurska Specjalna Strefa Ekonomiczna wspiera inwestorów. W całym województwie zarejestrowano "
        "1200 firm."
    )
    assert got == set()


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Spółka Almet otworzyła fabrykę w Ełku. Dzięki temu w naszym mieście pracę znajdzie 300 osób.",
            ("Almet", "jobs", 300, "count"),
        ),
        (
            "Słupska Specjalna Strefa Ekonomiczna przyciąga inwestorów. W całym regionie strefa ma 900 ha terenów.",
            ("Słupska Specjalna Strefa Ekonomiczna", "area_ha", 900, "ha"),
        ),
    ],
)
def test_jobs_or_land_in_an_area_stay_the_bodys(text: str, want: tuple[str, str, float, str]) -> None:
    # near misses (revfig18): only a count of companies is the area's own
    assert want in _figures(text)


def test_zones_own_count_stays() -> None:
    # near miss: "nasza strefa" is the zone's own
    got = _figures(
        "Warmińsko-Mazurska Specjalna Strefa Ekonomiczna wspiera inwestorów. W naszej strefie działa 200 firm."
    )
    assert got == {("Warmińsko-Mazurska Specjalna Strefa Ekonomiczna", "companies", 200, "count")}


def test_firm_investing_in_our_country_keeps_its_money() -> None:
    # near miss: a company noun as the subject beside "w naszym kraju"
    got = _figures(
        "Koncern Delmax otworzył trzecią fabrykę w Polsce. Dotychczas firma zainwestowała w naszym kraju 2 mld zł."
    )
    assert got == {("Delmax", "investment", 2000 * M, "PLN")}
