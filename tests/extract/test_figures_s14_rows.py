"""Figures, s14 wave 2 (figrow15): invented investment-news passages for figures in list rows, for a company named
again by a generic noun after a zone, for sums stated jointly over named firms, for a headline's rounded figure
beside the body's exact one, a stage's money, and a floor or a cap stated as "nie niższej/wyższej niż". Written in
the author's own words, with near misses.

Wanted figures as (owner, metric, value, unit), compared by the s6 battery's `check_figures` (owners loosely).
Old code (main 81aa4fc): 22 of the 35 cases pass; new code (after the review fix, fixfigrow15): 30 of 35; as merged
in int14: 31 of 35 (the numbered-rows case passes since the merge with fig14; four strict xfails below: a ;-stretch
of prose is no list row any more, the stage-beside-whole rule was removed, and two outside this area). The review's misfires are guards in test_figures_s14_rows_guards.py.
"""

from __future__ import annotations

import pytest

from .battery import case_adder, keyed_params, print_pass_count
from .test_figure_battery_s6fig import Fig, M, check_figures, emp, inv, jobs

CASES: dict[str, tuple[str, frozenset[Fig]]] = {}
case = case_adder(CASES)

# --- a bare amount in a list row: the firm's investment -----------------------------------------------------------
case(
    "dash_rows_amount_and_jobs",
    "Półroczny bilans strefy. Największe projekty ze wsparciem:\n"
    "– Kutno: Moravel sp. z o.o., tłocznia tworzyw – 60 nowych etatów, 35 mln zł\n"
    "– Zgierz: Orlitex sp. z o.o., hala składowa – 15 nowych etatów, 22 mln zł",
    inv("Moravel sp. z o.o.", 35 * M),
    jobs("Moravel sp. z o.o.", 60),
    inv("Orlitex sp. z o.o.", 22 * M),
    jobs("Orlitex sp. z o.o.", 15),
)
case(
    "bullet_rows_euro",
    "Nowi inwestorzy w parku przemysłowym pod Gorzowem:\n"
    "• Haldvik Polska sp. z o.o., linia do cięcia stali, 4,5 mln euro, 30 nowych etatów\n"
    "• Brenmoor sp. z o.o., centrum serwisowe, 2 mln euro, 12 nowych etatów",
    inv("Haldvik Polska sp. z o.o.", 4.5 * M, "EUR"),
    jobs("Haldvik Polska sp. z o.o.", 30),
    inv("Brenmoor sp. z o.o.", 2 * M, "EUR"),
    jobs("Brenmoor sp. z o.o.", 12),
)
case(
    "semicolon_rows_in_brackets",
    "Decyzje o wsparciu otrzymały w marcu: Delmar sp. z o.o. (Radom, 18 mln zł, 25 nowych miejsc pracy); "
    "Kawex sp. z o.o. (Płock, 9 mln zł, 12 nowych miejsc pracy).",
    inv("Delmar sp. z o.o.", 18 * M),
    jobs("Delmar sp. z o.o.", 25),
    inv("Kawex sp. z o.o.", 9 * M),
    jobs("Kawex sp. z o.o.", 12),
)
case(
    "dash_rows_jobs_first",
    "Lista zatwierdzonych projektów:\n"
    "- Tarnex S.A., Starachowice: 40 nowych miejsc pracy, 27 mln zł\n"
    "- Polwir sp. z o.o., Końskie: 8 nowych miejsc pracy, 6,5 mln zł",
    inv("Tarnex S.A.", 27 * M),
    jobs("Tarnex S.A.", 40),
    inv("Polwir sp. z o.o.", 6.5 * M),
    jobs("Polwir sp. z o.o.", 8),
)
case(
    "numbered_rows_amount_and_jobs",
    "Zarząd parku przyjął trzy projekty.\n"
    "1. Vitrum Lab sp. z o.o., laboratorium analiz, 7 mln zł, 18 miejsc pracy\n"
    "2. Ferrolit S.A., odlewnia aluminium, 54 mln zł, 70 miejsc pracy",
    inv("Vitrum Lab sp. z o.o.", 7 * M),
    jobs("Vitrum Lab sp. z o.o.", 18),
    inv("Ferrolit S.A.", 54 * M),
    jobs("Ferrolit S.A.", 70),
)
case(
    "contract_rows_no_investment",
    "Gmina podpisała umowy z wykonawcami:\n"
    "• Budomix sp. z o.o., Łomża: umowa na halę sportową, 12 mln zł oraz 30 nowych etatów\n"
    "• Drogpol sp. z o.o., Zambrów: umowa na drogę gminną, 8 mln zł oraz 20 nowych etatów",
    jobs("Budomix sp. z o.o.", 30),
    jobs("Drogpol sp. z o.o.", 20),
)
case(
    "row_with_revenue_stays_revenue",
    "Największe firmy regionu według przychodów:\n"
    "1) Fenmar S.A., opakowania: przychody 120 mln zł i 300 pracowników\n"
    "2) Lubro sp. z o.o., paliwa: przychody 95 mln zł i 80 pracowników",
    ("Fenmar S.A.", "revenue", 120 * M, "PLN"),
    emp("Fenmar S.A.", 300),
    ("Lubro sp. z o.o.", "revenue", 95 * M, "PLN"),
    emp("Lubro sp. z o.o.", 80),
)
case(
    "grant_rows_no_investment",  # a grant is the cluster's `budget` (real gold), never an investment
    "Wsparcie z regionalnego funduszu dostały:\n"
    "• Selmar sp. z o.o., Ełk: dotacja 2 mln zł oraz 10 nowych etatów\n"
    "• Kolvet sp. z o.o., Pisz: dotacja 1,5 mln zł oraz 6 nowych etatów",
    ("Selmar sp. z o.o.", "budget", 2 * M, "PLN"),
    jobs("Selmar sp. z o.o.", 10),
    ("Kolvet sp. z o.o.", "budget", 1.5 * M, "PLN"),
    jobs("Kolvet sp. z o.o.", 6),
)
case(
    "ranking_rows_headcount_no_jobs",
    "Najwięksi pracodawcy powiatu:\n– Lintex S.A., Brzeg, 1,2 mld zł, 900 pracowników\n"
    "– Omega Pak sp. z o.o., Grodków, 400 mln zł, 350 pracowników",
    emp("Lintex S.A.", 900),
    emp("Omega Pak sp. z o.o.", 350),
)
case(
    "prose_bare_amount_no_row",
    "Spółka Kornet z Wałcza kupiła za 3 mln zł działkę po dawnej cegielni. Firma planuje tam magazyn.",
)
# --- a company named again by a generic noun after a zone ----------------------------------------------------------
case(
    "zone_then_firm_generic_investment",
    "Na terenie Wałbrzyskiej Specjalnej Strefy Ekonomicznej ruszyła budowa hali spółki Norvik Polska. "
    "Inwestycja firmy pochłonie ok. 70 mln zł.",
    inv("Norvik Polska", 70 * M),
)
case(
    "zone_then_firm_generic_project_cost",
    "Kostrzyńsko-Słubicka Specjalna Strefa Ekonomiczna wydała decyzję dla przedsiębiorstwa Alvero sp. z o.o. "
    "Przedsięwzięcie spółki ma kosztować 48 mln zł.",
    inv("Alvero sp. z o.o.", 48 * M),
)
case(
    "zone_then_plant_of_the_firm_staff",
    "Tarnobrzeska Specjalna Strefa Ekonomiczna przyjęła nowy projekt. Firma Hemtor rozbuduje zakład w Mielcu, "
    "w którym pracuje obecnie ok. 350 osób.",
    emp("Hemtor", 350),
)
case(
    "zone_then_firms_factory_relative_staff",
    "Spółka Brelux dostała decyzję Pomorskiej Specjalnej Strefy Ekonomicznej. Nowy magazyn przylegać będzie "
    "do starej fabryki firmy, w której zatrudnionych jest obecnie 220 osób.",
    emp("Brelux", 220),
)
case(
    "zone_outlays_of_firms_plural_genitive",
    "Legnicka Specjalna Strefa Ekonomiczna podsumowała rok. Spółka Tormax otworzyła tam nowy magazyn. Nakłady "
    "firm w strefie wyniosły w sumie 2 mld zł.",
    inv("Legnicka Specjalna Strefa Ekonomiczna", 2000 * M),
)
case(
    "zone_in_total_firms_plural",
    "Mielecka strefa ma nowych inwestorów. Umowy podpisały spółki Arvento i Bestmal. W sumie firmy "
    "zadeklarowały nakłady 90 mln zł.",
)
case(
    "zone_then_hall_beside_firms_plant_relative_staff",
    "Spółka Koltra otrzymała zezwolenie Starachowickiej Specjalnej Strefy Ekonomicznej. Chłodnię zbudują za "
    "dawnym zakładem spółki, w którym pracuje obecnie 140 osób.",
    emp("Koltra", 140),
)
case(
    "zone_firms_in_zone_headcount_stays_zone",
    "Kamiennogórska Specjalna Strefa Ekonomiczna podsumowała rok. Spółka Vardon otworzyła tam halę. Firmy "
    "działające w strefie zatrudniają 12 tys. osób.",
    emp("Kamiennogórska Specjalna Strefa Ekonomiczna", 12000),
)
case(
    "zone_plural_firms_stay_zone",
    "Krakowski Park Technologiczny podał dane za rok. Firmy działające w strefie zatrudniają łącznie "
    "ponad 9 tys. osób.",
    emp("Krakowski Park Technologiczny", 9000),
)
# --- a sum stated jointly over named firms belongs to none ---------------------------------------------------------
case(
    "joint_total_over_named_firms",
    "Kwiecień przyniósł trzy decyzje. Spółka Bodmar postawi halę za 30 mln zł i zatrudni 20 osób. Firma Cortex "
    "przeznaczy 25 mln zł na linię i stworzy 15 miejsc pracy. Spółka Dervo wyda 10 mln zł i zatrudni 5 osób. "
    "Trzy projekty dadzą razem 40 nowych miejsc pracy, a nakłady sięgną łącznie 65 mln zł.",
    inv("Bodmar", 30 * M),
    jobs("Bodmar", 20),
    inv("Cortex", 25 * M),
    jobs("Cortex", 15),
    inv("Dervo", 10 * M),
    jobs("Dervo", 5),
)
case(
    "joint_total_two_named_firms_razem",
    "Spółki Wiltex i Ormak podpisały umowy z gminą Łowicz. Wiltex wyda 12 mln zł, a Ormak 8 mln zł. "
    "Razem obie firmy zainwestują 20 mln zł.",
    inv("Wiltex", 12 * M),
    inv("Ormak", 8 * M),
)
case(
    "zone_total_mostly_unnamed_firms_stays_zone",
    "Słupska Specjalna Strefa Ekonomiczna wydała w 2025 r. 18 decyzji o wsparciu. Największy projekt to hala "
    "firmy Vestro za 60 mln zł. Łącznie firmy zadeklarowały nakłady w wysokości 540 mln zł.",
    inv("Vestro", 60 * M),
    inv("Słupska Specjalna Strefa Ekonomiczna", 540 * M),
)
case(
    "joint_total_before_the_listed_firms",
    "Trzy firmy dostały zgodę na inwestycje w podstrefie Nysa. Przedsiębiorcy wydadzą łącznie ok. 70 mln zł.\n\n"
    "Zgody otrzymały:\n"
    "– Gravel sp. z o.o. – hala magazynowa, nakłady 38 mln zł;\n"
    "– Mirtex sp. z o.o. – lakiernia, nakłady 21 mln zł;\n"
    "– Sovak sp. z o.o. – linia montażowa, nakłady 12 mln zł.",
    inv("Gravel sp. z o.o.", 38 * M),
    inv("Mirtex sp. z o.o.", 21 * M),
    inv("Sovak sp. z o.o.", 12 * M),
)
case(
    "zone_total_beyond_two_named_firms_stays_zone",
    "Opolska Specjalna Strefa Ekonomiczna wydała w ubiegłym roku 20 decyzji. Spółka Hamor wyda 40 mln zł, a firma "
    "Plentax 30 mln zł. Łącznie nakłady inwestorów wyniosą 800 mln zł.",
    inv("Hamor", 40 * M),
    inv("Plentax", 30 * M),
    inv("Opolska Specjalna Strefa Ekonomiczna", 800 * M),
)
case(
    "one_firms_total_over_its_parts_stays",
    "Spółka Ramet zbuduje w Brzegu halę i kupi nowe maszyny. Łącznie firma zainwestuje 50 mln zł.",
    inv("Ramet", 50 * M),
)
# --- a headline's rounded figure beside the body's exact one -------------------------------------------------------
case(
    "headline_rounded_beside_exact",
    "Ponad 300 mln zł na fabrykę pod Mielcem\n\nSpółka Grenvald Polska zainwestuje 312,5 mln zł w budowę "
    "fabryki komponentów pod Mielcem.",
    inv("Grenvald Polska", 312.5 * M),
)
case(
    "headline_billion_rounded_beside_exact",
    "Prawie 2 mld zł na nowy zakład\n\nKoncern Ostberg wyda na zakład w Jaworze 1,94 mld zł, a pracę znajdzie "
    "tam 600 osób.",
    inv("Ostberg", 1940 * M),
    jobs("Ostberg", 600),
)
case(
    "headline_figure_differs_not_rounding",
    "50 mln zł na nową halę\n\nSpółka Trelmet wyda 50 mln zł na halę w Ostrowie.",
    inv("Trelmet", 50 * M),
)
# --- a first stage beside the whole project --------------------------------------------------------------------------
case(
    "first_phase_beside_total_reversed",
    "Cała inwestycja spółki Dornik w Legnicy ma kosztować 900 mln zł. W ramach pierwszej fazy firma wyda "
    "250 mln zł.",
    inv("Dornik", 900 * M),
)
case(
    "stage_in_euro_beside_smaller_whole_in_zloty_stays",
    "Koncern Harvik postawi pod Kutnem magazyn. W ramach pierwszej fazy wyda 30 mln euro, a wartość całości "
    "szacuje na 140 mln zł.",
    inv("Harvik", 30 * M, "EUR"),
    inv("Harvik", 140 * M),
)
case(
    "first_stage_alone_stays",
    "Spółka Morvik rozpoczęła pierwszy etap budowy centrum logistycznego pod Strykowem. Pierwszy etap "
    "pochłonie 60 mln zł.",
    inv("Morvik", 60 * M),
)
case(
    "two_stages_no_whole_both_stay",
    "Firma Selvit rozbuduje zakład w Kępnie. W pierwszym etapie wyda 20 mln zł, a w drugim etapie kolejne "
    "35 mln zł.",
    inv("Selvit", 20 * M),
    inv("Selvit", 35 * M),
)
# --- eligible costs stated as a floor ------------------------------------------------------------------------------
case(
    "eligible_costs_not_lower_than",
    "Veltor sp. z o.o. zadeklarował w Pabianicach nakłady nie niższe niż 45 mln zł i 30 nowych etatów.",
    inv("Veltor sp. z o.o.", 45 * M),
    jobs("Veltor sp. z o.o.", 30),
)
case(
    "investment_outlays_at_least",
    "Firma Pantor poniesie nakłady inwestycyjne w kwocie co najmniej 14 mln zł.",
    inv("Pantor", 14 * M),
)
case(
    "eligible_costs_not_higher_is_a_cap",
    "Spółka Rodvik może liczyć na zwolnienie z podatku do wysokości 35 proc. kosztów kwalifikowanych.",
)

FAILING: dict[str, str] = {
    "semicolon_rows_in_brackets": "a ;-stretch of a prose line is no list row (lead, s14 fix: only lines opened by "
    "a list mark; a paragraph with a semicolon misfired)",
    "first_phase_beside_total_reversed": "the stage-beside-whole rule was removed in the s14 fix (it misfired on "
    "past and company-wide totals)",
    "two_stages_no_whole_both_stay": 'money after "kolejne" (a second stage\'s) is lost; so on main already',
    "zone_plural_firms_stay_zone": "a park's headcount over its firms, the park named as a zone: not given",
}


def test_battery_is_varied() -> None:
    assert len(CASES) >= 20
    assert len({t for t, _w in CASES.values()}) == len(CASES)


@pytest.mark.parametrize("key", keyed_params(CASES, FAILING))
def test_figures_s14_rows_case(key: str) -> None:
    text, want = CASES[key]
    problems = check_figures(text, want, key)
    assert not problems, f"{text}\n" + "\n".join(problems)


if __name__ == "__main__":  # pass count: PYTHONPATH=src python -m tests.extract.test_figures_s14_rows
    print_pass_count(CASES, lambda k: check_figures(*CASES[k], k), lambda k: CASES[k][0], show_failing=True)


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Spółka poniesie koszty w wysokości nie niższej niż 12 mln zł.", "more_than"),
        ("Firma utworzy liczbę etatów nie mniejszą niż 40.", "more_than"),
        ("Pomoc nie może przekroczyć kwoty nie wyższej niż 3 mln zł.", "up_to"),
        ("Wsparcie obejmie kwotę nie większą niż 5 mln euro.", "up_to"),
        (
            "Firma wyda 12 mln zł, nie mniej niż rok wcześniej.",
            "exact",
        ),  # the phrase after the number: no floor
    ],
)
def test_floor_and_cap_phrases_qualify_the_amount(text: str, qualifier: str) -> None:
    from kooperacja.text.numbers import find_amounts

    amounts = [a for a in find_amounts(text, [], lang="pl") if a.unit != "count" or "40" in a.text]
    assert amounts and amounts[0].qualifier == qualifier, [(a.text, a.qualifier) for a in amounts]
