"""A blind battery of invented passages for figures (issue 8; session 11, fig11), written in its author's own
words before reading the figure code or any errors: invented companies, funds, towns and amounts. Genres:
investment news, zone summaries, stock-exchange notes, municipal news, an interview, lists and flattened
tables. Constructions: ranges (no figure) and approximations, jobs to come beside present headcount, jobs kept,
hectares (a figure) beside square metres (none), counts of companies and members, founding partners, the
budget of a named fund, owners among several organisations or named a sentence earlier, and numbers that are
no figures (years, ranking places, percentages, counts of countries, money of an unnamed firm, a contract's
price, profit and market value, an amount of a headline repeated in the body).

Wanted figures as the annotation rules give them, (owner, metric, value, unit), compared by the s6 battery's
`check_figures` (owners loosely). Old code (main ae45810): passed 34 of 38; branch s11-fig11 passes 34 too (two of
the four failures now right in part: the interview's money and headcount, the town's money) (s11-fig12: 35,
interview_we passes: 'przyjmiemy kolejnych 40' after a headcount is jobs) (one expectation,
"Grupa Polvent", corrected after the run: a group's name keeps "Grupa"; that is the name finder's, not a figure).
"""

from __future__ import annotations

import pytest

from .battery import case_adder, keyed_params, print_pass_count
from .test_figure_battery_s6fig import Fig, M, check_figures, cnt, emp, inv, jobs

CASES: dict[str, tuple[str, frozenset[Fig]]] = {}
case = case_adder(CASES)


def fig(owner: str, metric: str, value: float, unit: str = "PLN") -> Fig:
    return (owner, metric, value, unit)


# --- investment news: ranges, approximations, currencies, jobs and headcounts ---------------------------------
case(
    "range_money_no_figure_jobs_kept",
    "Firma Beltrax zainwestuje w nowy zakład w Żaganiu od 80 do 100 mln zł. Pracę znajdzie tam 200 osób.",
    jobs("Beltrax", 200),
)
case(
    "approx_mld_euro_koncern",
    "Niemiecki koncern Halvorn AG poinformował, że jego nowa fabryka pod Wrocławiem pochłonie około 1,2 mld euro.",
    inv("Halvorn AG", 1.2e9, "EUR"),
)
case(
    "headcount_now_then_dodatkowo",
    "Zakład spółki Tremix w Kaliszu zatrudnia obecnie 450 pracowników. Po rozbudowie firma zatrudni dodatkowo "
    "120 osób.",
    emp("Tremix", 450),
    jobs("Tremix", 120),
)
case(
    "relative_headcount_then_etaty",
    "Firma Termoplast, która dziś zatrudnia 80 osób, po zakończeniu inwestycji stworzy 45 nowych etatów.",
    emp("Termoplast", 80),
    jobs("Termoplast", 45),
)
case(
    "jobs_kept_and_new",
    "Dzięki wsparciu spółka Omnibud utrzyma 250 istniejących miejsc pracy i utworzy 30 nowych.",
    jobs("Omnibud", 250),
    jobs("Omnibud", 30),
)
case(
    "jobs_owner_after_dash",
    "Dzięki inwestycji powstanie blisko 300 nowych miejsc pracy – zapowiada firma Krion Logistics, która buduje "
    "centrum dystrybucyjne pod Strykowem.",
    jobs("Krion Logistics", 300),
)
case(
    "subsidiary_of_foreign_parent",
    "Spółka Ferotex, należąca do szwedzkiego koncernu Nordmet, przeznaczy na rozbudowę zakładu w Ostrowie "
    "55 mln zł.",
    inv("Ferotex", 55 * M),
)
case(
    "up_to_group",
    "Koreańska grupa Sungwoo zainwestuje w fabrykę separatorów pod Bydgoszczą do 400 mln zł.",
    inv("Sungwoo", 400 * M),
)
case(
    "agency_loan_cost_of_hall",
    "Agencja Rozwoju Przemysłu udzieliła pożyczki firmie Stolmex z Bielska-Białej. Pieniądze pozwolą spółce "
    "dokończyć budowę hali, której koszt oszacowano na 22 mln zł.",
    inv("Stolmex", 22 * M),
)
case(
    "headline_amount_repeated",
    "Velcor wyda 90 mln zł na nowy zakład\n\nSpółka Velcor ogłosiła, że zbuduje w Pile zakład produkcji "
    "opakowań. Inwestycja o wartości 90 mln zł ruszy wiosną.",
    inv("Velcor", 90 * M),
)
case(
    "plot_ha_and_cost",
    "Firma Remako kupiła od miasta działkę o powierzchni 6,5 ha, na której postawi centrum badawcze za 30 mln zł.",
    cnt("Remako", "area_ha", 6.5),
    inv("Remako", 30 * M),
)
case(
    "square_metres_no_figure",
    "Firma Hubex otworzyła w Gnieźnie magazyn o powierzchni 24 tys. m kw., w którym pracę znalazło 150 osób.",
    jobs("Hubex", 150),
)
case(
    "employees_approx_tys",
    "Spółka Mirotex zatrudnia około 1,2 tys. osób w trzech zakładach na Mazowszu.",
    emp("Mirotex", 1200),
)
case(
    "number_words_milionow_euro",
    "Inwestycja firmy Dalmor w Koszalinie pochłonie 15 milionów euro, a do pracy przyjętych zostanie dwieście osób.",
    inv("Dalmor", 15 * M, "EUR"),
    jobs("Dalmor", 200),
)
case(
    "nawet_dative_owner_after",
    "Nowy zakład da pracę nawet 500 osobom – zapowiada spółka Ventrix, która rozpoczęła budowę w Mławie.",
    jobs("Ventrix", 500),
)
case(
    "town_authorities_spend",
    "Władze Świdnicy przeznaczą 12 mln zł na uzbrojenie terenów inwestycyjnych przy obwodnicy.",
    inv("Świdnica", 12 * M),
)
case(
    "range_jobs_no_figure",
    "Spółka Kronvel zatrudni w nowym centrum usług od 150 do 200 specjalistów, a jej nakłady sięgną 25 mln zł.",
    inv("Kronvel", 25 * M),
)
# --- zone summaries -----------------------------------------------------------------------------------------------
case(
    "zone_year_summary",
    "Kostrzyńsko-Słubicka Specjalna Strefa Ekonomiczna podsumowała miniony rok. Inwestorzy, którzy otrzymali "
    "decyzje o wsparciu, zadeklarowali nakłady w wysokości 2,3 mld zł i utworzenie 1800 nowych miejsc pracy. "
    "Strefa obejmuje obecnie 4100 ha terenów w 60 gminach.",
    inv("Kostrzyńsko-Słubicka Specjalna Strefa Ekonomiczna", 2.3e9),
    jobs("Kostrzyńsko-Słubicka Specjalna Strefa Ekonomiczna", 1800),
    cnt("Kostrzyńsko-Słubicka Specjalna Strefa Ekonomiczna", "area_ha", 4100),
)
case(
    "zone_firms_and_their_staff",
    "W Tarnobrzeskiej Specjalnej Strefie Ekonomicznej działa już 160 firm, które zatrudniają łącznie 14 tys. osób.",
    cnt("Tarnobrzeska Specjalna Strefa Ekonomiczna", "companies", 160),
    emp("Tarnobrzeska Specjalna Strefa Ekonomiczna", 14000),
)
case(
    "zone_enlarged_increment",
    "Rada Ministrów powiększyła Słupską Specjalną Strefę Ekonomiczną o 38 ha. Dzięki temu strefa liczy teraz "
    "1500 ha.",
    cnt("Słupska Specjalna Strefa Ekonomiczna", "area_ha", 1500),
)
case(
    "unnamed_firm_money",
    "Jedna z firm branży motoryzacyjnej, której nazwy nie ujawniono, zainwestuje w podstrefie w Kutnie 70 mln zł.",
)
# --- stock-exchange notes -----------------------------------------------------------------------------------------
case(
    "revenue_percent_share",
    "Spółka Dentrol, notowana na warszawskiej giełdzie, miała w ubiegłym roku 412 mln zł przychodów ze sprzedaży, "
    "o 12 proc. więcej niż rok wcześniej. Eksport stanowił 65 proc. sprzedaży.",
    fig("Dentrol", "revenue", 412 * M),
)
case(
    "revenue_and_ranking_place",
    "Grupa Polvent osiągnęła w 2023 r. przychody na poziomie 1,05 mld zł. Ranking tygodnika umieścił ją na 14. "
    "miejscu wśród największych eksporterów regionu.",
    fig("Grupa Polvent", "revenue", 1.05e9),
)
case(
    "profit_and_market_value_no_figure",
    "Zysk netto spółki Kalmar Energia wyniósł 38 mln zł, a przychody 520 mln zł. Kapitalizacja firmy przekracza "
    "1 mld zł.",
    fig("Kalmar Energia", "revenue", 520 * M),
)
case(
    "exports_value",
    "Eksport firmy Agrolen przekroczył w zeszłym roku 150 mln euro, a jej wyroby trafiają do 35 krajów.",
    fig("Agrolen", "exports", 150 * M, "EUR"),
)
# --- municipal news, funds, clusters ------------------------------------------------------------------------------
case(
    "contract_price_no_figure",
    "Spółka Budrex podpisała z miastem Tczew umowę na budowę hali sportowej o wartości 28 mln zł.",
)
case(
    "named_fund_budget",
    "Fundusz Rozwoju Żuław dysponuje budżetem 240 mln zł. Z pożyczek mogą korzystać małe i średnie firmy z regionu.",
    fig("Fundusz Rozwoju Żuław", "budget", 240 * M),
)
case(
    "cluster_members_breakdown",
    "Klaster Energii Odnawialnej Dolny Śląsk zrzesza 42 członków, w tym 30 firm, trzy uczelnie i dwa samorządy.",
    cnt("Klaster Energii Odnawialnej Dolny Śląsk", "members", 42),
)
case(
    "founding_partners",
    "Porozumienie o utworzeniu Klastra Technologii Drewna podpisało w poniedziałek 12 partnerów założycieli.",
    cnt("Klaster Technologii Drewna", "partners", 12),
)
case(
    "country_investment_usd",
    "Według ambasady łączne inwestycje Korei Południowej w Polsce przekroczyły 6 mld dolarów.",
    inv("Korea Południowa", 6e9, "USD"),
)
case(
    "years_only",
    "Spółka Ambertech działa na rynku od 1998 roku. W latach 2019–2022 przeszła gruntowną modernizację zakładu.",
)
case(
    "ranking_places_only",
    "W rankingu atrakcyjności inwestycyjnej gmina Dobrzeń zajęła 3. miejsce, a firma Solbet znalazła się na 15. "
    "pozycji listy 500 największych przedsiębiorstw.",
)
case(
    "percent_growth_only",
    "Wartość eksportu firmy Lavena do Indii wzrosła w tym roku o 18 proc.",
)
# --- an interview ------------------------------------------------------------------------------------------------
case(
    "interview_we",
    "– Ile kosztowała nowa linia?\n– Łącznie wydaliśmy na nią 35 mln zł – mówi Anna Wilk, prezes firmy Grafpol. "
    "– Dziś pracuje u nas 210 osób, a w przyszłym roku przyjmiemy kolejnych 40.",
    inv("Grafpol", 35 * M),
    emp("Grafpol", 210),
    jobs("Grafpol", 40),
)
# --- lists and flattened tables ------------------------------------------------------------------------------------
case(
    "list_dash_rows",
    "Największe inwestycje w strefie w 2024 r.:\nNorlen – 150 mln zł – 120 miejsc pracy\nArtix – 95 mln zł – "
    "60 miejsc pracy\nKolmet – 40 mln zł – 35 miejsc pracy",
    inv("Norlen", 150 * M),
    jobs("Norlen", 120),
    inv("Artix", 95 * M),
    jobs("Artix", 60),
    inv("Kolmet", 40 * M),
    jobs("Kolmet", 35),
)
case(
    "list_bullets_companies",
    "Decyzje o wsparciu otrzymali:\n• spółka Varmex – nakłady 62 mln zł, 80 nowych miejsc pracy;\n• firma "
    "Telbud – nakłady 18 mln zł, 25 nowych miejsc pracy.",
    inv("Varmex", 62 * M),
    jobs("Varmex", 80),
    inv("Telbud", 18 * M),
    jobs("Telbud", 25),
)
case(
    "sentence_two_companies_each",
    "Firma Gorvin zainwestuje 14 mln zł, a spółka Lextal 9,5 mln zł.",
    inv("Gorvin", 14 * M),
    inv("Lextal", 9.5 * M),
)
case(
    "joint_figure_neither",
    "Spółki Pralmet i Wekton wspólnie wydadzą na nowe laboratorium 12 mln zł.",
)

# cases the old code (main ae45810) fails (strict xfail), with what it gets wrong; list_dash_rows passes since s11
# org12 (an unknown word opening a line before a dash and an amount is a ranking's firm), interview_we since fig12
FAILING: dict[str, str] = {
    "contract_price_no_figure": "the price of a contract ('umowę na budowę … o wartości') is read as the contractor's investment",
    "town_authorities_spend": "the place acting for 'władze X' owns the money since fig11, but as a budget ('przeznaczą "
    "… na uzbrojenie terenów'); this battery wrote investment (which metric the gold gives a town's spending on "
    "serviced land is not settled)",
}


def test_battery_is_large_and_varied() -> None:
    assert len(CASES) >= 30
    assert sum(1 for _t, want in CASES.values() if not want) >= 6
    assert len({t for t, _w in CASES.values()}) == len(CASES)


@pytest.mark.parametrize("key", keyed_params(CASES, FAILING))
def test_figures_s11_case(key: str) -> None:
    text, want = CASES[key]
    problems = check_figures(text, want, key)
    assert not problems, f"{text}\n" + "\n".join(problems)


if __name__ == "__main__":  # pass count: PYTHONPATH=src python -m tests.extract.test_figures_s11_battery
    print_pass_count(CASES, lambda k: check_figures(*CASES[k], k), lambda k: CASES[k][0], show_failing=True)
