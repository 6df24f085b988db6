"""Sentences in this file's author's own words for the figure rules and rows of session 8 (issue 8, item 6): a
metric noun behind "wartość" ("wartość eksportu", "wartość sprzedaży"), a present headcount stated by
"zatrudnienie" and a linking verb, increments of members, the subject named after an opening adjective and kind
noun, and a country in the nominative after a genitive noun."""

from __future__ import annotations

import pytest

from kooperacja.text.numbers import find_amounts

from .test_figure_battery_s6fig import M, check_figures, emp, inv, jobs

CASES = {
    "wartosc_sprzedazy": (
        "Wartość sprzedaży firmy Kolbud wyniosła w 2023 roku 75 mln zł.",
        {("Kolbud", "revenue", 75 * M, "PLN")},
    ),
    "wartosc_przychodow": (
        "Wartość przychodów spółki Nexpol sięgnęła 410 mln zł.",
        {("Nexpol", "revenue", 410 * M, "PLN")},
    ),
    "wartosc_eksportu": (
        "Wartość eksportu spółki Agromet do Niemiec przekroczyła 12 mln euro.",
        {("Agromet", "exports", 12 * M, "EUR")},
    ),
    "przychody_osiagnely_linked": (
        "Przychody ze sprzedaży maszyn rolniczych firmy Agrovent osiągnęły 64 mln zł.",
        {("Agrovent", "revenue", 64 * M, "PLN")},
    ),
    "zatrudnienie_wynosi": (
        "Zatrudnienie w firmie Tarplast wynosi obecnie 340 osób.",
        {emp("Tarplast", 340)},
    ),
    "zatrudnienie_wynioslo": ("Zatrudnienie w spółce Drukpak wyniosło 95 osób.", {emp("Drukpak", 95)}),
    "zatrudnienie_przekracza": (
        "Zatrudnienie w koncernie Vimex przekracza 2 tys. osób.",
        {emp("Vimex", 2000)},
    ),
    "zatrudnienie_siega": ("Zatrudnienie w firmie Okpol sięga 150 osób.", {emp("Okpol", 150)}),
    "zatrudnienie_siegnelo": ("Zatrudnienie w spółce Kamdrew sięgnęło 260 osób.", {emp("Kamdrew", 260)}),
    "zatrudnienie_osiagnelo": ("Zatrudnienie w firmie Lakmet osiągnęło 520 osób.", {emp("Lakmet", 520)}),
    "zatrudnienie_future_is_jobs": (
        "Firma Zortex buduje zakład w Nysie. Po jego otwarciu zatrudnienie wyniesie 180 osób.",
        {jobs("Zortex", 180)},
    ),
    "members_joined_increment": (
        "Izba Gospodarcza Regionu Słupskiego zrzesza 90 firm. W tym roku przystąpiło do niej 12 nowych członków.",
        {("Izba Gospodarcza Regionu Słupskiego", "members", 90, "count")},
    ),
    "members_dolaczylo": (
        "Klaster Drzewny Podlasie ma 45 członków. Do klastra dołączyło 6 członków.",
        {("Klaster Drzewny Podlasie", "members", 45, "count")},
    ),
    "adjective_kind_name_apposition": (
        "Niemiecka firma Holzmann, dostawca koncernu Arcelor, zainwestuje w Gorzowie 25 mln zł.",
        {inv("Holzmann", 25 * M)},
    ),
    "country_after_genitive_noun": (
        "Według szacunków ambasady Japonia zainwestowała w Polsce 6 mld dolarów.",
        {inv("Japonia", 6_000 * M, "USD")},
    ),
    "town_noun_miasto": (
        "Strefa Ekonomiczna Mazury przyjęła nowego inwestora w Olecku. Miasto przekazało mu 14 ha gruntów.",
        {("Olecko", "area_ha", 14, "ha")},
    ),
    "town_noun_gmina_municipality": (
        "Firma Baltex wybrała Gminę Kobylnica. Gmina wyda 9 mln zł na drogę do nowego zakładu.",
        {inv("Gmina Kobylnica", 9 * M)},
    ),
    "period_w_tym_czasie": (
        "Łódzka Specjalna Strefa Ekonomiczna wydała w trzy lata 60 decyzji. Firmy zainwestowały w tym czasie "
        "1,1 mld zł.",
        {inv("Łódzka Specjalna Strefa Ekonomiczna", 1_100 * M)},
    ),
    "period_w_tym_polroczu": (
        "W tym półroczu spółka Wirtex zatrudniła w zakładzie w Opocznie 85 pracowników.",
        {jobs("Wirtex", 85)},
    ),
    "wish_reaches_into_relative_clause": (
        "Spółka Drobex chce zbudować chłodnię, która będzie kosztować 33 mln zł.",
        set(),
    ),
    "plan_in_own_clause_still_plan": (
        "Spółka Welplast chce zainwestować w Pucku 40 mln zł.",
        set(),
    ),
    "przychody_przekraczaja": (
        "Roczne przychody firmy Glasso przekraczają 300 mln zł.",
        {("Glasso", "revenue", 300 * M, "PLN")},
    ),
    "zatrudnienie_osiaga": (
        "Zatrudnienie w spółce Mirotex osiąga 610 osób.",
        {emp("Mirotex", 610)},
    ),
    "founders_of_named_cluster": (
        "Przedstawiciele 14 instytucji podpisali w Opolu porozumienie o utworzeniu Klastra Zielona Energia.",
        {("Klaster Zielona Energia", "partners", 14, "count")},
    ),
    "founders_of_unnamed_cluster": ("Porozumienie o utworzeniu klastra podpisało w Kielcach 15 firm.", set()),
    "podmiot_count_of_zone": (
        "W Suwalskiej Specjalnej Strefie Ekonomicznej działa już 130 podmiotów.",
        {("Suwalska Specjalna Strefa Ekonomiczna", "companies", 130, "count")},
    ),
    "university_counts_no_firms": (
        "Politechnika Opolska zbudowała sieć współpracy 30 podmiotów z regionu.",
        set(),
    ),
    "organizacja_members_of_chamber": (
        "Izba Gospodarcza Metali Nieżelaznych zrzesza 90 organizacji i firm.",
        {("Izba Gospodarcza Metali Nieżelaznych", "members", 90, "count")},
    ),
    "headcount_a_firm_plans_is_jobs": (
        "Grupa Azymut otworzyła centrum w Katowicach. Zatrudnia w nim 400 osób, a docelowo ma tam pracować 600.",
        {emp("Grupa Azymut", 400), jobs("Grupa Azymut", 600)},
    ),
    "headcount_planned_passive_place": (
        "W nowej fabryce firmy Kormet ma pracować 250 osób.",
        {jobs("Kormet", 250)},
    ),
    "value_of_contract_before": (
        "Spółka Termobud podpisała kontrakt z firmą Kalmex. Jego wartość to 20 mln zł.",
        set(),
    ),
    "value_of_exports_before": (
        "Rośnie eksport firmy Drewmet do Niemiec. Jego wartość w ubiegłym roku wyniosła 40 mln euro.",
        {("Drewmet", "exports", 40 * M, "EUR")},
    ),
    "value_of_sales_before": (
        "Sprzedaż spółki Agromix rośnie. Jej wartość przekroczyła 90 mln zł.",
        {("Agromix", "revenue", 90 * M, "PLN")},
    ),
    "value_of_investment_before": (
        "Firma Bonex rozpoczęła inwestycję w Lesznie. Jej wartość to 25 mln zł.",
        {inv("Bonex", 25 * M)},
    ),
    "value_of_a_hall_is_investment": (
        "Spółka Kolter zbuduje halę w Ełku. Jej wartość sięgnie 14 mln zł.",
        {inv("Kolter", 14 * M)},
    ),
    "relative_clause_on_a_name_after_w_tym": (
        "Tytuł Lidera Innowacji otrzymało 15 przedsiębiorstw z Podkarpacia, w tym spółka Zelmer, która zatrudnia "
        "800 pracowników.",
        {emp("Zelmer", 800)},
    ),
    "relative_clause_on_a_part_stays_a_part": (
        "Wałbrzyska Specjalna Strefa Ekonomiczna skupia 120 firm, w tym 30 z Niemiec, które zatrudniają łącznie "
        "9000 osób.",
        {("Wałbrzyska Specjalna Strefa Ekonomiczna", "companies", 120, "count")},
    ),
    "town_gains_the_firms_jobs": (
        "Firma Kolbex zbuduje fabrykę w Kole. Miasto zyska dzięki temu 300 nowych miejsc pracy.",
        {jobs("Kolbex", 300)},
    ),
    "town_sells_the_firm_its_plot": (
        "Koncern Belvia postawi magazyn w Strykowie. Gmina sprzedała mu 20 ha gruntów.",
        {("Belvia", "area_ha", 20, "ha")},
    ),
}


@pytest.mark.parametrize("key", list(CASES))
def test_figures_s8fig_case(key: str) -> None:
    text, want = CASES[key]
    problems = check_figures(text, frozenset(want), key)
    assert not problems, f"{text}\n" + "\n".join(problems)


@pytest.mark.parametrize(
    ("text", "value"),
    [("Gmina sprzedała 40-hektarową działkę.", 40), ("Na 12,5-hektarowym terenie stanie hala.", 12.5)],
)
def test_unit_adjective_after_hyphen_is_an_area(text: str, value: float) -> None:
    areas = [a for a in find_amounts(text) if a.unit == "ha"]
    assert [float(a.value) for a in areas] == [value]


def test_other_compounds_after_hyphen_stay_no_amount() -> None:
    assert find_amounts("Firma obchodzi 20-lecie i rośnie 3-krotnie.") == []
