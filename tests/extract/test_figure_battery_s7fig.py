"""A second battery of short invented news passages for figures (issue 8, item 6; session 7), written for this
file in its author's own words: invented companies, towns and amounts. Where the s6 battery
(test_figure_battery_s6fig.py) is about the OWNER of a figure, this one varies what the s6 one rarely varies:
the shapes of amounts ("kosztem", "o wartości", "nakłady w wysokości", "26, 7 mln", "2 miliardy 400 milionów",
"pół miliarda", "miliardowy", euro and dollars, "ponad", "blisko"), the words that tell jobs created from jobs
kept and from a present headcount, areas in hectares, members of clusters, budgets and grants, owners chosen by
the clause rather than by the nearest name, figures of a country, and numbers that are no figures (ranges,
percentages, ranking places, counts of permits, decisions and projects, years, "w tym roku").

Each case gives the exact set of figures the annotation rules (shared/spec/annotation.md, extraction.md) give
it, as (owner, metric, value, unit); owners compare loosely (the first four letters of each word).
"""

from __future__ import annotations

import pytest
from tests.extract.battery import keyed_params

from .test_figure_battery_s6fig import Fig, M, check_figures, cnt, emp, inv, jobs

CASES: dict[str, tuple[str, frozenset[Fig]]] = {}


def case(key: str, text: str, *figures: Fig) -> None:
    assert key not in CASES, key
    CASES[key] = (text, frozenset(figures))


def budget(owner: str, value: float, unit: str = "PLN") -> Fig:
    return (owner, "budget", value, unit)


# --- 1. amounts in many shapes --------------------------------------------------------------------------------
case(
    "kosztem_passive_hall",
    "Spółka Tabor Serwis oddała do użytku halę napraw w Ostrołęce, postawioną kosztem 8,5 mln zł.",
    inv("Tabor Serwis", 8.5 * M),
)
case(
    "o_wartosci_started",
    "Firma Kormet rozpoczęła w Sieradzu inwestycję o wartości 64 mln zł.",
    inv("Kormet", 64 * M),
)
case(
    "naklady_w_wysokosci",
    "Producent folii Plastiva poniesie nakłady w wysokości 31 mln zł na nową halę w Skierniewicach.",
    inv("Plastiva", 31 * M),
)
case(
    "decimal_comma_spaced",
    "Spółka Trimax przeznaczy na rozbudowę linii lakierniczej 26, 7 mln zł.",
    inv("Trimax", 26.7 * M),
)
case(
    "billions_and_millions_words",
    "Koncern Ventura Chemicals zainwestuje w zakłady pod Płockiem 2 miliardy 400 milionów złotych.",
    inv("Ventura Chemicals", 2_400 * M),
)
case(
    "pol_miliarda",
    "Grupa Solvera wyda pół miliarda złotych na nową fabrykę baterii w Jaśle.",
    inv("Grupa Solvera", 500 * M),
)
case(
    "cwierc_miliarda_euro",
    "Duński producent Fjordal ulokuje w Goleniowie ćwierć miliarda euro.",
    inv("Fjordal", 250 * M, "EUR"),
)
case(
    "miliardowy_projekt",
    "Koncern Altaro ogłosił miliardowy projekt w Gliwicach: powstanie tam zakład odlewniczy.",
    inv("Altaro", 1_000 * M),
)
case(
    "ponad_euro",
    "Szwedzka firma Nordhem zainwestuje w Kętrzynie ponad 40 mln euro.",
    inv("Nordhem", 40 * M, "EUR"),
)
case(
    "blisko_dollars",
    "Amerykańska spółka Brixton Labs wyda blisko 120 mln dolarów na centrum badawcze w Krakowie.",
    inv("Brixton Labs", 120 * M, "USD"),
)
case(
    "z_czego_breakdown",
    "Koncern Sterna zatrudnia ponad 5 tys. osób, z czego 900 w Polsce.",
    emp("Sterna", 5_000),
)
case(
    "tys_decimal_employees",
    "Firma Dolnex zatrudnia obecnie 1,2 tys. pracowników w trzech zakładach.",
    emp("Dolnex", 1_200),
)
# --- 2. jobs created, kept, and the present headcount -----------------------------------------------------------
case(
    "pracuje_osob_in_plant",
    "Obecnie w zakładzie firmy Welbud w Kaliszu pracuje 340 osób.",
    emp("Welbud", 340),
)
case(
    "headcount_and_new_jobs",
    "Spółka Kamex zatrudnia dziś 210 pracowników. Po rozbudowie stworzy 60 nowych miejsc pracy.",
    emp("Kamex", 210),
    jobs("Kamex", 60),
)
case(
    "kept_etaty_no_figure",
    "Dzięki dotacji firma Bartex zachowa w Turku 150 etatów.",
    jobs("Bartex", 150),  # jobs kept are jobs (extraction.md), their own figure
)
case(
    "created_and_kept",
    "Spółka Gerlach Polska stworzy 85 nowych miejsc pracy i utrzyma 400 istniejących.",
    jobs("Gerlach Polska", 85),
    jobs("Gerlach Polska", 400),  # created and kept: two figures, never added up
)
case(
    "da_zatrudnienie_future",
    "Nowa fabryka spółki Rondo Pack da zatrudnienie 250 osobom.",
    jobs("Rondo Pack", 250),
)
case(
    "docelowo_zatrudni",
    "Inwestor, spółka Lumina Glass, zatrudni docelowo 500 osób.",
    jobs("Lumina Glass", 500),
)
# --- 3. area ------------------------------------------------------------------------------------------------
case(
    "zone_hektarow_and_increment",
    "Słupska Specjalna Strefa Ekonomiczna obejmuje 1450 hektarów. W tym roku powiększyła się o 57 ha.",
    cnt("Słupska Specjalna Strefa Ekonomiczna", "area_ha", 1450),
)
case(
    "plot_of_company",
    "Firma Dromax kupiła w Strzelcach Opolskich działkę o powierzchni 12 ha.",
    cnt("Dromax", "area_ha", 12),
)
# --- 4. members of clusters -----------------------------------------------------------------------------------
case(
    "cluster_skupia_podmioty",
    "Klaster Spożywczy Mazowsze skupia już 52 podmioty z regionu.",
    cnt("Klaster Spożywczy Mazowsze", "members", 52),
)
case(
    "cluster_members_copula",
    "Członkami Klastra Drzewnego Podhale jest 27 firm.",
    cnt("Klaster Drzewny Podhale", "members", 27),
)
# --- 5. budgets and grants ------------------------------------------------------------------------------------
case(
    "gmina_dofinansowanie",
    "Gmina Kleszczów otrzymała 6 mln zł dofinansowania na budowę drogi do strefy.",
    budget("Gmina Kleszczów", 6 * M),
)
case(
    "agency_przeznaczy_budget",
    "Agencja Rozwoju Mazowsza przeznaczy na dotacje dla małych firm 15 mln zł.",
    budget("Agencja Rozwoju Mazowsza", 15 * M),
)
# --- 6. the owner: the clause's subject or the document's investor --------------------------------------------
case(
    "relative_ktorej_owner",
    "Powiat Kutnowski podpisał umowę z firmą Ordon, której nowy zakład kosztował 48 mln zł.",
    inv("Ordon", 48 * M),
)
case(
    "document_investor_architect_between",
    "Firma Jantar Glass zbuduje w Koninie hutę szkła. Projekt przygotowało biuro Kreska Architekci. Całość "
    "pochłonie 70 mln zł.",
    inv("Jantar Glass", 70 * M),
)
case(
    "list_colon_dashes_investors",
    "Najwięcej zainwestują w tym roku:\n- Gorman Sp. z o.o. – 40 mln zł,\n- Hestia Food S.A. – 25 mln zł.",
    inv("Gorman Sp. z o.o.", 40 * M),
    inv("Hestia Food S.A.", 25 * M),
)
case(
    "zone_total_then_new_company",
    "Inwestorzy w Słupskiej Specjalnej Strefie Ekonomicznej wydali dotąd 1,8 mld zł. Ostatnio dołączyła do "
    "nich firma Dalmor Fish, która wyda 25 mln zł.",
    inv("Słupska Specjalna Strefa Ekonomiczna", 1_800 * M),
    inv("Dalmor Fish", 25 * M),
)
case(
    "zone_companies_and_largest_investor",
    "W Kostrzyńsko-Słubickiej Specjalnej Strefie Ekonomicznej działa 96 firm. Największym inwestorem jest "
    "spółka Ilvo Steel, która wydała 300 mln zł.",
    cnt("Kostrzyńsko-Słubicka Specjalna Strefa Ekonomiczna", "companies", 96),
    inv("Ilvo Steel", 300 * M),
)
case(
    "country_investment",
    "Korea Południowa zainwestowała w Polsce już 8 mld dolarów.",
    ("Korea Południowa", "investment", 8_000 * M, "USD"),
)
case(
    "estimated_value_far_from_number",
    "Wartość inwestycji spółki Hamet w Rawiczu szacowana jest na 45 mln zł.",
    inv("Hamet", 45 * M),
)
# --- 7. numbers that are no figures ---------------------------------------------------------------------------
case("range_dash", "Inwestycja firmy Lamet w Gnieźnie pochłonie 40–50 mln zł.")
case(
    "percent_growth",
    "Spółka Mirex zwiększyła w tym roku zatrudnienie o 15 proc., a eksport o 20 proc.",
)
case(
    "ranking_place",
    "Firma Norlen zajęła 3. miejsce w rankingu 100 największych firm województwa.",
)
case(
    "count_of_decisions_and_projects",
    "Łódzka Specjalna Strefa Ekonomiczna wydała w tym roku 27 decyzji o wsparciu, a Agencja Rozwoju Regionu "
    "zrealizowała 14 projektów.",
)
case(
    "count_of_agreements",
    "Politechnika Opolska zawarła w tym roku 40 porozumień z firmami z regionu.",
)
case(
    "year_beside_money",
    "Spółka Orbis Pack działa od 1995 roku. W 2023 roku zainwestowała w nową halę 12 mln zł.",
    inv("Orbis Pack", 12 * M),
)
case(
    "w_tym_roku_no_breakdown",
    "W tym roku firma Pelko Meble zainwestuje w Swarzędzu 33 mln zł.",
    inv("Pelko Meble", 33 * M),
)
case(
    "w_tym_breakdown",
    "Firma Quatro Tools zainwestuje 50 mln zł, w tym 20 mln zł w nową linię.",
    inv("Quatro Tools", 50 * M),
)
case(
    "vague_amount",
    "Spółka Rotor Energy wyda kilkadziesiąt milionów złotych na farmę wiatrową.",
)


# cases the code fails (strict xfail), each with what it gets wrong. Main 10736cb passed 35 of the 40: it missed
# miliardowy_projekt, gmina_dofinansowanie, country_investment and estimated_value_far_from_number, and took the
# size of a ranking for a count of companies (ranking_place); this branch passes all 40.
FAILING: dict[str, str] = {}


def test_battery_is_large_and_varied() -> None:
    assert len(CASES) >= 30
    assert sum(1 for _t, want in CASES.values() if not want) >= 5


@pytest.mark.parametrize(
    "key",
    keyed_params(CASES, FAILING),
)
def test_figure_battery_s7_case(key: str) -> None:
    text, want = CASES[key]
    problems = check_figures(text, want, key)
    assert not problems, f"{text}\n" + "\n".join(problems)


if __name__ == "__main__":  # pass count: PYTHONPATH=src python -m tests.extract.test_figure_battery_s7fig
    failed = {k: check_figures(t, w, k) for k, (t, w) in CASES.items()}
    failed = {k: p for k, p in failed.items() if p}
    for k, p in failed.items():
        print(f"FAIL {k}: {CASES[k][0]}\n    " + "\n    ".join(p))
    print(f"passed {len(CASES) - len(failed)} of {len(CASES)}")
