"""The rules of session 12 (fig13) for figures, each with a sentence in its own words and a near miss that must not
fire: money fronted before its verb or adjective of cost, an amount adjective beside the amount in figures, the
relative clause on a qualified count of a zone's firms, and the totals of unnamed firms in a text that names no zone."""

from __future__ import annotations

import pytest

from .test_figure_battery_s6fig import M, check_figures, cnt, emp, inv, jobs

CASES = {
    # money fronted before its verb or adjective of cost
    "fronted_pochlonie": (
        "Ćwierć miliarda złotych pochłonie budowa zakładu firmy Wolmex w Mielcu.",
        {inv("Wolmex", 250 * M)},
    ),
    "fronted_kosztowala": (
        "Ponad 40 mln zł kosztowała rozbudowa zakładu spółki Marbex w Kole.",
        {inv("Marbex", 40 * M)},
    ),
    "fronted_warta": (
        "Ponad 100 mln zł warta będzie inwestycja firmy Wolmex w Mielcu.",
        {inv("Wolmex", 100 * M)},
    ),
    "fronted_warta_sale_no_figure": (
        "Niemal 90 mln zł warta będzie sprzedaż magazynu duńskiej grupie Holmsted.",
        set(),
    ),
    "fronted_kosztowala_adjective_hall": (
        "Aż 12 mln zł kosztowała nowa hala spółki Marbex w Kole.",
        {inv("Marbex", 12 * M)},
    ),
    "fronted_price_of_deal_no_figure": ("Aż 120 mln zł warta była cała transakcja spółki Wolmex.", set()),
    "fronted_interest_no_figure": (
        "Spółka Wolmex ma kłopoty. Kolejne 15 mln zł pochłonęły odsetki od kredytów.",
        set(),
    ),
    "fronted_mistake_no_figure": ("Spółka Wolmex popełniła błąd. 5 mln zł kosztowała ją ta pomyłka.", set()),
    "fronted_shares_no_figure": (
        "Aż 300 mln zł warte są akcje spółki Wolmex należące do założycieli.",
        set(),
    ),
    # an amount adjective names the order of an amount stated in figures
    "adjective_beside_amount": (
        "Miliardowa inwestycja spółki Boremi w Kaliszu ruszy wiosną. Firma wyda na nową walcownię 1,3 mld zł.",
        {inv("Boremi", 1300 * M)},
    ),
    "adjective_alone": (
        "Miliardowa inwestycja spółki Boremi w Kaliszu ruszy wiosną.",
        {inv("Boremi", 1000 * M)},
    ),
    "adjective_beside_jobs_only": (
        "Miliardowa inwestycja spółki Boremi w Kaliszu ruszy wiosną. Zakład zatrudni 400 osób.",
        {inv("Boremi", 1000 * M), jobs("Boremi", 400)},
    ),
    "half_adjective_beside_amount": (
        "Półmiliardowa inwestycja spółki Boremi w Kaliszu ruszy wiosną. Firma wyda na nową walcownię 480 mln zł.",
        {inv("Boremi", 480 * M)},
    ),
    "adjective_beside_small_amount": (
        "Miliardowa inwestycja spółki Boremi w Policach ruszy wiosną. Wcześniej firma wydała 50 mln zł na "
        "modernizację magazynu w Szczecinie.",
        {inv("Boremi", 1000 * M), inv("Boremi", 50 * M)},
    ),
    # "działa ponad 400 firm, które zatrudniają…": the qualified count's relative clause is the zone's too
    "qualified_count_relative": (
        "Pomorska Specjalna Strefa Ekonomiczna wydała w tym roku 58 decyzji. Spółka Baltmet wybuduje walcownię. "
        "Obecnie w strefie działa ponad 400 firm, które zatrudniają łącznie 65 tys. osób.",
        {
            cnt("Pomorska Specjalna Strefa Ekonomiczna", "companies", 400),
            emp("Pomorska Specjalna Strefa Ekonomiczna", 65000),
        },
    ),
    "plain_count_relative": (
        "Spółka Baltmet wybuduje walcownię. W Pomorskiej Specjalnej Strefie Ekonomicznej działa 400 firm, które "
        "zatrudniają łącznie 65 tys. osób.",
        {
            cnt("Pomorska Specjalna Strefa Ekonomiczna", "companies", 400),
            emp("Pomorska Specjalna Strefa Ekonomiczna", 65000),
        },
    ),
    # unnamed firms as the subject: a zone's totals, or nobody's where no zone is named
    "unnamed_firms_source_agency": (
        "Spółka Hanseong Chemical rozważa budowę zakładu. Według danych Polskiej Agencji Inwestycji i Handlu "
        "koreańskie firmy zainwestowały w Polsce ponad 7 mld dolarów.",
        set(),
    ),
    "unnamed_firms_zone": (
        "Strefa Ekonomiczna Invest-Park działa od 1997 r. Firmy działające w strefie zainwestowały dotąd 12 mld zł "
        "i stworzyły 30 tys. miejsc pracy.",
        {inv("Strefa Ekonomiczna Invest-Park", 12000 * M), jobs("Strefa Ekonomiczna Invest-Park", 30000)},
    ),
    "named_firm_not_unnamed": (
        "Według danych Polskiej Agencji Inwestycji i Handlu koreańska firma Hanseong Chemical zainwestowała w Polsce "
        "ponad 700 mln zł.",
        {inv("Hanseong Chemical", 700 * M)},
    ),
    # a group the text spoke of before without its name is another than the company named
    "unnamed_parent_group": (
        "Hydrovex Polska, spółka zależna koreańskiego koncernu, zainwestuje w Żarach 320 mln zł. Koncern zatrudnia "
        "na świecie ponad 30 tys. pracowników.",
        {inv("Hydrovex Polska", 320 * M)},
    ),
    "firm_belongs_to_unnamed_group": (
        "Spółka Polwat należy do japońskiego koncernu. Koncern zatrudnia na świecie 40 tys. osób.",
        set(),
    ),
    "firm_said_a_group_then_group_noun": (
        "Spółka Naftex to największy polski koncern paliwowy. Koncern zatrudnia w kraju 30 tys. osób.",
        {emp("Naftex", 30000)},
    ),
    "firm_said_a_group_grupa": (
        "Grupa Chemar to największa grupa chemiczna w kraju. Grupa zatrudnia 15 tys. osób.",
        {emp("Grupa Chemar", 15000)},
    ),
    "named_parent_group": (
        "Spółka Verto Polska należy do niemieckiego koncernu Verto AG. Koncern zatrudnia na świecie 12 tys. osób.",
        {emp("Verto AG", 12000)},
    ),
    "group_as_the_company": (
        "Koncern Veltron Energy zbuduje fabrykę w Jaworznie. Koncern zatrudnia na świecie 12 tys. osób.",
        {emp("Veltron Energy", 12000)},
    ),
    # a sum after a sentence whose one organisation is a zone is the zone's; one investment stays its investor's
    "zone_counts_then_sum": (
        "Firma Polfarb Coatings otrzymała decyzję o wsparciu na budowę linii w Zgierzu. Wartość projektu to 48,5 mln "
        "zł. Łódzka Specjalna Strefa Ekonomiczna od początku roku wydała 31 decyzji o wsparciu. Łączne nakłady "
        "inwestycyjne wyniosą 2,1 mld zł, a pracodawcy stworzą 1400 miejsc pracy.",
        {
            inv("Polfarb Coatings", 48.5 * M),
            inv("Łódzka Specjalna Strefa Ekonomiczna", 2100 * M),
            jobs("Łódzka Specjalna Strefa Ekonomiczna", 1400),
        },
    ),
    "zone_grants_money_then_jobs": (
        "Irlandzka spółka Corrib Soft otworzy w Lublinie biuro projektowe. Po południu Lubelski Park Naukowy przyznał "
        "firmie decyzję o wsparciu dla projektu wartego 34 mln zł. Biuro zatrudni 260 informatyków.",
        {inv("Corrib Soft", 34 * M), jobs("Corrib Soft", 260)},
    ),
    "zone_grants_described_firm_not_named_one": (
        "Spółka Alfa Metal otworzyła halę w Mielcu. Teraz Specjalna Strefa Ekonomiczna Euro-Park Mielec wydała "
        "firmie niemieckiej decyzję o wsparciu inwestycji o wartości 25 mln zł.",
        set(),
    ),
    "zone_grants_foreign_firm_not_named_one": (
        "Spółka Alfa Metal otworzyła halę w Mielcu w ubiegłym roku. Teraz Specjalna Strefa Ekonomiczna Euro-Park "
        "Mielec wydała firmie z Niemiec decyzję o wsparciu inwestycji o wartości 25 mln zł.",
        set(),
    ),
    "zone_counts_then_one_investment": (
        "Firma Rotvex otrzymała decyzję. Sudecka Strefa Ekonomiczna wydała w tym roku 14 decyzji. Inwestycja pochłonie "
        "20 mln zł.",
        {inv("Rotvex", 20 * M)},
    ),
    "zone_supports_then_sum_is_investors": (
        "Firma Kemiros Pharma zbuduje w Łodzi nowy zakład. Projekt wspiera Łódzka Specjalna Strefa Ekonomiczna. "
        "Łączna wartość inwestycji to 80 mln zł, a pracę znajdzie 120 osób.",
        {inv("Kemiros Pharma", 80 * M), jobs("Kemiros Pharma", 120)},
    ),
    "zone_grants_her_then_sum_is_investors": (
        "Firma Kemiros Pharma zbuduje w Łodzi nowy zakład. Decyzję o wsparciu wydała jej Łódzka Specjalna Strefa "
        "Ekonomiczna. Łączne nakłady wyniosą 80 mln zł.",
        {inv("Kemiros Pharma", 80 * M)},
    ),
    "zone_grants_then_one_investment": (
        "Firma Marbex otrzymała decyzję. Sudecka Strefa Ekonomiczna wydała ją w piątek. Inwestycja pochłonie 40 mln zł.",
        {inv("Marbex", 40 * M)},
    ),
    # a relative clause on several unnamed firms: their sum is nobody's, or the zone's that counts them
    "relative_on_unnamed_investors": (
        "Gmina Brzeziny uzbroiła tereny pod inwestycje. Na terenach działa już trzech inwestorów, którzy zatrudniają "
        "łącznie 350 osób.",
        set(),
    ),
    "relative_on_company_investors": (
        "Spółka Polmet ma dwóch inwestorów, którzy wyłożyli łącznie 40 mln zł na rozwój firmy.",
        {inv("Polmet", 40 * M)},
    ),
    "relative_on_zone_investors": (
        "Spółka Marbex ma zakład w Kole. Pomorska Specjalna Strefa Ekonomiczna przyciąga inwestorów, którzy "
        "stworzyli tu 2000 miejsc pracy.",
        {jobs("Pomorska Specjalna Strefa Ekonomiczna", 2000)},
    ),
    "relative_on_one_named_firm": (
        "Gmina Brzeziny sprzedała działkę spółce Logitrans, która zatrudnia 350 osób.",
        {emp("Logitrans", 350)},
    ),
    # profit and loss are no revenue
    "profit_after_revenue": (
        "Spółka Medivet osiągnęła w 2025 r. 620 mln zł przychodów i 48 mln zł zysku netto.",
        {("Medivet", "revenue", 620 * M, "PLN")},
    ),
    "profit_as_subject": (
        "Zysk netto spółki Medivet wyniósł w 2025 r. 48 mln zł.",
        set(),
    ),
    "ebitda_after_revenue": (
        "Spółka Medivet osiągnęła 620 mln zł przychodów i 80 mln zł EBITDA.",
        {("Medivet", "revenue", 620 * M, "PLN")},
    ),
    "loss_then_investment": (
        "Spółka Medivet miała w ubiegłym roku 12 mln zł straty. Mimo to zainwestuje w nowy zakład 30 mln zł.",
        {inv("Medivet", 30 * M)},
    ),
    # hiring is jobs
    "hiring_szuka": ("Firma Rotex szuka 80 pracowników do nowej hali w Kole.", {jobs("Rotex", 80)}),
    "hiring_zrekrutuje": ("Spółka Rotex zrekrutuje do centrum w Łodzi 40 specjalistów.", {jobs("Rotex", 40)}),
    "hiring_poszukuje": ("Firma Rotex poszukuje 25 inżynierów.", {jobs("Rotex", 25)}),
    "seeking_partners_no_jobs": ("Spółka Rotex szuka partnerów wśród 40 firm z regionu.", set()),
    "hiring_szuka_adjective_trade": (
        "Spółka Rotex szuka do nowej hali 60 doświadczonych spawaczy.",
        {jobs("Rotex", 60)},
    ),
    "seeking_subcontractors_no_jobs": ("Firma Fermax poszukuje 30 podwykonawców.", set()),
    "seeking_locations_no_jobs": ("Spółka Logis szuka 5 nowych lokalizacji.", set()),
    # money a firm plans to spend is planned like money it plans to invest; a wish is none
    "plan_to_spend": ("Firma Rotex zamierza przeznaczyć na nową halę 40 mln zł.", {inv("Rotex", 40 * M)}),
    "wish_to_spend_no_figure": ("Firma Rotex chce przeznaczyć na nową halę 40 mln zł.", set()),
    "capex": ("Capex spółki Rotex w 2026 r. wyniesie 40 mln zł.", {inv("Rotex", 40 * M)}),
    "wlozy_w_zaklad": ("Spółka Rotex włoży w nowy zakład 40 mln zł.", {inv("Rotex", 40 * M)}),
    # a company that gives another something for its plant: the receiver's, where no verb stands between
    "bank_gives_company_loan_for_plant": (
        "Bank Pekao udzielił spółce Rotex kredytu w wysokości 50 mln zł na budowę zakładu o wartości 80 mln zł.",
        {inv("Rotex", 80 * M)},
    ),
    "client_orders_hall_from_contractor": (
        "Spółka Domar Development zleciła firmie Budrex budowę hali o wartości 30 mln zł.",
        {inv("Domar Development", 30 * M)},
    ),
    "client_gives_order_to_contractor": (
        "Spółka Omnia Foods przekazała firmie Techbud zamówienie na budowę linii produkcyjnej o wartości 20 mln zł.",
        {inv("Omnia Foods", 20 * M)},
    ),
    "bank_grants_company_loan_for_plant": (
        "Bank Pekao przyznał spółce Rotex pożyczkę na budowę zakładu o wartości 60 mln zł.",
        {inv("Rotex", 60 * M)},
    ),
    "dative_then_own_verb": (
        "Spółka Rotex dziękuje firmie Budomex i zainwestuje w Kole 80 mln zł.",
        {inv("Rotex", 80 * M)},
    ),
    # the zone a document is about owns a total only where it was named before the number
    "zone_named_only_after": (
        "Nowa fabryka w Kutnie\n\nFabryka kosztowała 320 mln zł. Łódzka Specjalna Strefa Ekonomiczna, w której "
        "działa zakład, skupia ponad 300 firm.",
        {cnt("Łódzka Specjalna Strefa Ekonomiczna", "companies", 300)},
    ),
    "unnamed_investors_dative_reading_zone_in_sentence": (
        "Przedsiębiorcy zainwestowali tu już 12 mld zł, podsumowuje Lubuska Specjalna Strefa Ekonomiczna.",
        {inv("Lubuska Specjalna Strefa Ekonomiczna", 12000 * M)},
    ),
    "zone_named_before_total": (
        "Łódzka Specjalna Strefa Ekonomiczna podsumowała rok.\n\nDotąd wydano tam na inwestycje 2 mld zł.",
        {inv("Łódzka Specjalna Strefa Ekonomiczna", 2000 * M)},
    ),
    # a project's line in brackets after its company (a place between): its money and jobs
    "bracket_money_and_jobs_after_place": (
        "Drugi projekt to centrum logistyczne spółki Transbalt w Toruniu (95 mln zł, 300 miejsc pracy).",
        {inv("Transbalt", 95 * M), jobs("Transbalt", 300)},
    ),
    "bracket_revenue_and_staff": (
        "Spółka Transbalt (przychody 95 mln zł, 300 pracowników) działa w Toruniu.",
        {("Transbalt", "revenue", 95 * M, "PLN"), emp("Transbalt", 300)},
    ),
    "bracket_money_and_people": (
        "Trzeci projekt to hala spółki Marbex w Kole (40 mln zł, 120 osób).",
        {inv("Marbex", 40 * M)},  # the bare "120 osób" has no metric of its own words (not read as jobs yet)
    ),
    "bracket_contract_money_and_months_no_figure": (
        "Kontrakt na budowę obwodnicy zdobyła spółka Drogmax (120 mln zł, 18 miesięcy).",
        set(),
    ),
    "bracket_price_alone_no_figure": (
        "Spółka Transbalt kupiła od gminy Lubicz halę (9 mln zł).",
        set(),
    ),
}


@pytest.mark.parametrize("key", sorted(CASES))
def test_figure_rule_s12(key: str) -> None:
    text, want = CASES[key]
    problems = check_figures(text, frozenset(want), key)
    assert not problems, f"{text}\n" + "\n".join(problems)
