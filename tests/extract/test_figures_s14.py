"""Figures, second wave (issue 8; session 12, fig14): invented investment-news passages for the owner of a figure
where a subsidiary and its group are both named, where the figure's company is named after a kind noun that may
also be read as a plural ("spółki X", "grupy X"), where a company invests inside a park or zone, and where a
company's name opens a paragraph right after a headline without a full stop. Written in the author's own words.

Wanted figures as (owner, metric, value, unit), compared by the s6 battery's `check_figures` (owners loosely).
Old code (s12-int 9bd5579): passed 7 of 13 (anaphor_subject_group_in_participle,
company_genitive_in_answer_after_zone_totals, company_subject_invests_in_park, headline_then_subsidiary_paragraph,
department_extended_for_a_price, zone_roundup_bracketed_projects);
new code: 13 of 13.
fixfig14 (s12-int 186a0fa): 10 more cases (bracketed money only in a round-up of investments or decisions, with
only its unit before the bracket's end; a group's own revenue beside its subsidiary); old code passed 16 of 23,
new code 23 of 23.
"""

from __future__ import annotations

import pytest

from .battery import case_adder, keyed_params, print_pass_count
from .test_figure_battery_s6fig import Fig, M, check_figures, emp, inv, jobs

CASES: dict[str, tuple[str, frozenset[Fig]]] = {}
case = case_adder(CASES)

# --- a subsidiary beside its group ------------------------------------------------------------------------------
case(
    "anaphor_subject_group_in_participle",
    "Strefa wydała decyzję o wsparciu dla spółki Brandt Polska sp. z o.o. Firma, należąca do niemieckiej "
    "grupy Brandt Holding AG, zbuduje w Kutnie nową lakiernię. Wartość inwestycji wyniesie ok. 80 mln zł, a "
    "zatrudnienie dostanie tam 120 osób.",
    inv("Brandt Polska sp. z o.o.", 80 * M),
    jobs("Brandt Polska sp. z o.o.", 120),
)
case(
    "subsidiary_apposition_group_genitive",
    "Velto Polska sp. z o.o., polska spółka włoskiej grupy Velto Industrie S.p.A., rozpoczęła rozbudowę "
    "zakładu w Opolu. Za ok. 10 mln euro firma kupi nowe prasy.",
    inv("Velto Polska sp. z o.o.", 10 * M, "EUR"),
)
case(
    "headline_then_subsidiary_paragraph",
    "Duńska Skovgaard otwiera biuro w Gdańsku\n\nSkovgaard Polska sp. z o.o., spółka zależna koncernu "
    "Skovgaard A/S, otworzyła w poniedziałek biuro projektowe w Gdańsku. Koncern zainwestował w nie 4 mln euro. "
    "W biurze pracuje obecnie 70 inżynierów.",
    inv("Skovgaard A/S", 4 * M, "EUR"),
    emp("Skovgaard Polska sp. z o.o.", 70),
)
case(
    "group_subject_keeps_its_figure",
    "Ferrox Holding AG, właściciel spółki Ferrox Polska, przeznaczy 30 mln euro na nowe centrum badawcze "
    "w Łodzi.",
    inv("Ferrox Holding", 30 * M, "EUR"),
)
case(
    "group_named_after_subsidiary_whole_group_headcount",
    "Spółka Termo Polska należy do szwedzkiej grupy Termovik AB. Cała grupa zatrudnia ponad 3 tys. osób.",
    emp("Termovik AB", 3000),
)
# --- "spółki X": a kind noun in the singular before a name --------------------------------------------------------
case(
    "company_genitive_in_answer_after_zone_totals",
    "Rozmowa z prezesem Specjalnej Strefy Ekonomicznej Nadwiśle.\n\n– Ile decyzji wydała strefa w ubiegłym "
    "roku?\n\n– Wydaliśmy 30 decyzji, a firmy zadeklarowały nakłady "
    "ponad 900 mln zł.\n\n– Która inwestycja jest największa?\n\n– Zakład spółki Morvan w Radomiu, wart "
    "210 mln zł, ze 140 nowymi miejscami pracy.",
    inv("Specjalna Strefa Ekonomiczna Nadwiśle", 900 * M),
    inv("Morvan", 210 * M),
    jobs("Morvan", 140),
)
case(
    "plural_firms_still_zone_total",
    "Specjalna Strefa Ekonomiczna Nadwiśle podsumowała rok. Firmy działające w strefie zainwestowały "
    "w ubiegłym roku 1,3 mld zł.",
    inv("Specjalna Strefa Ekonomiczna Nadwiśle", 1300 * M),
)
# --- a company inside a park ------------------------------------------------------------------------------------
case(
    "company_subject_invests_in_park",
    "Kordavet sp. z o.o. otworzyła laboratorium w Parku Technologicznym Kolno. Firma wynajęła w parku "
    "1,5 tys. m kw. i zainwestowała w aparaturę ok. 9 mln zł.",
    inv("Kordavet sp. z o.o.", 9 * M),
)
case(
    "jobs_in_zone_no_subject_stays_zone",
    "Specjalna Strefa Ekonomiczna Nadwiśle ma nowego inwestora. Dzięki temu powstanie 300 nowych miejsc pracy "
    "w strefie.",
    jobs("Specjalna Strefa Ekonomiczna Nadwiśle", 300),
)

# --- a plant's department priced; a zone's round-up of projects in brackets ------------------------------------------
case(
    "department_extended_for_a_price",
    "Spółka Metalplast rozbuduje w Tarnowie wydział obróbki mechanicznej za 15 mln zł i zatrudni 30 osób.",
    inv("Metalplast", 15 * M),
    jobs("Metalplast", 30),
)
case(
    "office_department_purchase_no_figure",
    "Wydział komunikacji Starostwa Powiatowego w Kłodzku kupił samochody za 2 mln zł.",
)
case(
    "zone_roundup_bracketed_projects",
    "W listopadzie strefa wydała cztery decyzje o wsparciu. Otrzymały je także: spółka Drewmax z Sanoka (tartak "
    "i suszarnia drewna, 22 mln zł) oraz Kalbud sp. z o.o. z Rzeszowa (hala magazynowa, ok. 7 mln zł).",
    inv("Drewmax", 22 * M),
    inv("Kalbud sp. z o.o.", 7 * M),
)
case(
    "bracketed_capital_no_figure",
    "Decyzję otrzymała spółka Drewmax z Sanoka (kapitał zakładowy, 5 mln zł).",
)

# --- fixfig14: a bracketed project's money only in a round-up of investments or support decisions ----------------
case(
    "bracketed_project_support_decision_same_sentence",
    "Firma Lemko z Jasła (hala magazynowa, 18 mln zł) otrzymała decyzję o wsparciu.",
    inv("Lemko", 18 * M),
)
case(
    "bracketed_projects_after_bare_decisions",
    "Strefa wydała w maju sześć decyzji o wsparciu. Najwięcej wyda spółka Lemko, która zbuduje w Jaśle halę za "
    "30 mln zł. Decyzje dostały też: firma Wiklex z Krosna (suszarnia owoców, 6 mln zł) i Pakon sp. z o.o. z "
    "Dukli (linia do lakierowania, ok. 4 mln zł).",
    inv("Lemko", 30 * M),
    inv("Wiklex", 6 * M),
    inv("Pakon sp. z o.o.", 4 * M),
)
case(
    "bracketed_contract_values_no_figure",
    "Gmina rozstrzygnęła przetarg na nowe obiekty. Umowy podpisały: firma Dombud z Krosna (hala sportowa, 11 mln "
    "zł) oraz Tarbud z Gorlic (hala targowa, 5 mln zł).",
)
case(
    "bracketed_revenue_no_figure",
    "Najwięksi przetwórcy w powiecie: spółka Wędlex z Ropczyc (zakład mięsny, 280 mln zł) i Kurpol z Dębicy "
    "(ubojnia drobiu, 190 mln zł) – to przychody za ubiegły rok.",
)
case(
    "bracketed_grants_no_figure",
    "Dotacje z programu regionalnego trafiły do dwóch firm: spółka Tormet z Jasła (hala magazynowa, 2 mln zł) i "
    "Pakon z Krosna (linia lakiernicza, 1,5 mln zł).",
)
case(
    "bracketed_sale_prices_no_figure",
    "Syndyk wystawił na sprzedaż majątek dwóch firm: spółka Wolbud z Jasła (hala magazynowa, 12 mln zł) i Pakon "
    "z Krosna (hala produkcyjna, 8 mln zł).",
)
case(
    "bracketed_yearly_fee_no_figure",
    "Nowi inwestorzy w parku: firma Tormet z Jasła (hala magazynowa, 1,4 mln zł rocznie) i Pakon z Krosna "
    "(linia lakiernicza, 0,6 mln zł rocznie).",
)
case(
    "bracketed_revenue_after_investors_no_figure",
    "W strefie działają inwestorzy z branży spożywczej. Najwięksi z nich to spółka Wędlex z Ropczyc (zakład "
    "mięsny, 280 mln zł) i Kurpol z Dębicy (ubojnia drobiu, 190 mln zł) – podano przychody za 2025 r.",
)
case(
    "bracketed_project_investment_round_up_before",
    "Strefa podała nakłady inwestycyjne nowych inwestorów. Najwięcej wyda spółka Lemko z Jasła (hala "
    "produkcyjna, 40 mln zł).",
    inv("Lemko", 40 * M),
)
# --- fixfig14: a group's own revenue stays the group's beside its subsidiary ------------------------------------
case(
    "group_revenue_beside_subsidiary",
    "Strefa wydała decyzję o wsparciu dla spółki Morel Polska sp. z o.o. Firma, należąca do francuskiej grupy "
    "Morel Industries SA, zbuduje w Jaśle lakiernię. Przychody wyniosły w 2025 r. 2 mld euro.",
    ("Morel Industries SA", "revenue", 2000 * M, "EUR"),
)

FAILING: set[str] = set()


def test_battery_is_varied() -> None:
    assert len(CASES) >= 9
    assert len({t for t, _w in CASES.values()}) == len(CASES)


@pytest.mark.parametrize("key", keyed_params(CASES, FAILING))
def test_figures_s14_case(key: str) -> None:
    text, want = CASES[key]
    problems = check_figures(text, want, key)
    assert not problems, f"{text}\n" + "\n".join(problems)


if __name__ == "__main__":  # pass count: PYTHONPATH=src python -m tests.extract.test_figures_s14
    print_pass_count(CASES, lambda k: check_figures(*CASES[k], k), lambda k: CASES[k][0], show_failing=True)
