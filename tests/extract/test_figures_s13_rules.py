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


def test_fronted_loan_stays_none() -> None:
    # near miss: a nearer row of no figure (a loan) wins over the verb after it
    assert _figures("15 mln zł kredytu wyda bank Pekabi firmie Welmet.") == set()


# --- a zone that counts its decisions in the sentence owns the money of the clause joined to it --------------------
def test_zone_counting_decisions_owns_the_joined_total() -> None:
    got = _figures(
        "Firma Almet zbuduje halę w Ełku za 30 mln zł. Od początku roku Warmińsko-Mazurska Specjalna Strefa "
        "Ekonomiczna wydała 26 decyzji, a zadeklarowane nakłady przekroczyły 700 mln zł."
    )
    assert got == {
        ("Almet", "investment", 30 * M, "PLN"),
        ("Warmińsko-Mazurska Specjalna Strefa Ekonomiczna", "investment", 700 * M, "PLN"),
    }


def test_company_in_the_joined_clause_keeps_its_money() -> None:
    # near miss: the joined clause names its own owner
    got = _figures(
        "Od początku roku Warmińsko-Mazurska Specjalna Strefa Ekonomiczna wydała 26 decyzji, a firma Almet "
        "zainwestuje 30 mln zł."
    )
    assert got == {("Almet", "investment", 30 * M, "PLN")}


# --- those taking part are no members; a team's size is a headcount ------------------------------------------------
def test_taking_part_fronted_is_no_count() -> None:
    got = _figures(
        "Klaster Spawalniczy Kielce zrzesza 64 firmy. Udział w jego forum potwierdziło już ponad 40 przedsiębiorstw."
    )
    assert got == {("Klaster Spawalniczy Kielce", "members", 64, "count")}


def test_team_to_count_is_jobs() -> None:
    got = _figures(
        "Spółka Vetmar otworzyła w Lublinie laboratorium, w którym pracuje 30 osób. Do 2028 r. zespół ma "
        "liczyć 70 osób."
    )
    assert ("Vetmar", "jobs", 70, "count") in got


def test_population_is_no_headcount() -> None:
    # near miss: "liczy" of a town's people is no row of the table
    assert _figures("Gmina Kórnik liczy 30 tys. mieszkańców.") == set()


# --- "po" before an amount: each one's share ----------------------------------------------------------------------
def test_each_ones_share_is_no_figure() -> None:
    assert (
        _figures("Fundacja Rozwoju Mazowsza nagrodziła trzy firmy. Laureaci otrzymają po 50 tys. zł.")
        == set()
    )


def test_amount_without_each_stays() -> None:
    # near miss: the same grant to one body
    got = _figures("Fundacja Rozwoju Mazowsza otrzymała 50 tys. zł dotacji.")
    assert got == {("Fundacja Rozwoju Mazowsza", "budget", 50_000, "PLN")}


# --- a funder is no investor ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Politechnika Opolska współpracuje z firmą Dronex. Projekt wart 4,8 mln zł finansuje Narodowe Centrum "
        "Badań i Rozwoju.",
        "Politechnika Opolska współpracuje z firmą Dronex. Projekt wart 4,8 mln zł współfinansuje Agencja Rozwoju "
        "Przemysłu.",
        "Politechnika Opolska współpracuje z firmą Dronex. Projekt wart 4,8 mln zł dofinansowuje Agencja Rozwoju "
        "Przemysłu.",
    ],
)
def test_funder_is_no_investor(text: str) -> None:
    assert not any(f[1] == "investment" for f in _figures(text))


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


def test_ranking_rows_of_firms_stay() -> None:
    # near miss: a ranking's rows that open with unknown names are firms
    rec = kooperacja.extract(
        "Ranking największych firm regionu:\nBetamax – 120 mln zł\nAlfatech – 95 mln zł",
        doc_id="t",
        published=None,
    )
    assert {"Betamax", "Alfatech"} <= {e["name"] for e in rec["entities"]}


# --- "Jego wartość" after a country's trade: the country's exports -------------------------------------------------
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Rośnie eksport Czech do Polski. Jego wartość wyniosła w 2024 roku 3 mld euro.",
            {("Czechy", "exports", 3000 * M, "EUR")},
        ),
        (
            "Rośnie nasz eksport do Chin. Jego wartość wyniosła w 2024 roku 835 mln dolarów. Polska jest ważnym "
            "partnerem Chin.",
            {("Polska", "exports", 835 * M, "USD")},
        ),
    ],
)
def test_value_of_a_countrys_trade_before(text: str, want: set[tuple[str, str, float, str]]) -> None:
    assert _figures(text) == want


def test_value_of_a_firms_trade_stays_the_firms() -> None:
    # near miss: a company's export in the sentence before
    got = _figures("Rośnie eksport spółki Stalko do Czech. Jego wartość wyniosła w 2024 roku 95 mln euro.")
    assert got == {("Stalko", "exports", 95 * M, "EUR")}


# --- an area's count of firms is no zone's total ---------------------------------------------------------------------
def test_area_count_is_no_zones_total() -> None:
    got = _figures(
        "Warmińsko-Mazurska Specjalna Strefa Ekonomiczna wspiera inwestorów. W całym regionie działa 900 firm, a w "
        "naszym powiecie ponad 200."
    )
    assert got == set()


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
