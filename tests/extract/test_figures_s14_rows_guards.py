"""Figures, s14 wave 2 fix (fixfigrow15): the misfires the review of figrow15 verified, as guards. Each passage is
invented; each wanted set is what main gave, and what the annotation guide asks for.

A list row's bare money is no investment under a header of contracts or tenders, in a prose paragraph with a
semicolon, beside share capital, a tax relief cap, an EU share or a client; a genitive "firmy" after a zone or an
area word, with a plural verb after it, is the unnamed firms; a sum in a zone is the zone's total, and another
firm's figure of the sum's value stays; a stage's money stays beside a past or company-wide total.
"""

from __future__ import annotations

import pytest

from .battery import case_adder, keyed_params
from .test_figure_battery_s6fig import Fig, M, check_figures, emp, inv, jobs

CASES: dict[str, tuple[str, frozenset[Fig]]] = {}
case = case_adder(CASES)

# --- list rows (figure_metric._list_row_money) ----------------------------------------------------------------------
case(
    "rows_under_contract_header",
    "Umowy z wykonawcami podpisane przez gminę Kolno w maju:\n"
    "• Budrex sp. z o.o., ul. Polna: przebudowa jezdni, 14 mln zł oraz 25 nowych etatów\n"
    "• Asfalt-Pol sp. z o.o., most na Pisie: remont, 6 mln zł oraz 10 nowych etatów",
    jobs("Budrex sp. z o.o.", 25),
    jobs("Asfalt-Pol sp. z o.o.", 10),
)
case(
    "rows_under_tender_header",
    "Gmina podsumowała przetargi rozstrzygnięte w tym roku:\n"
    "• Budrex sp. z o.o., ul. Polna: kontrakt na jezdnię, 14 mln zł oraz 25 nowych etatów\n"
    "• Asfalt-Pol sp. z o.o., centrum: nowe nawierzchnie, 6 mln zł oraz 10 nowych etatów",
    jobs("Budrex sp. z o.o.", 25),
    jobs("Asfalt-Pol sp. z o.o.", 10),
)
case(
    "prose_paragraph_with_semicolon",
    "Spółka Delvar zbuduje w Kolnie centrum dystrybucyjne i zatrudni w nim 120 osób. Gmina dołoży do budowy "
    "drogi dojazdowej 4 mln zł; prace ruszą w maju.",
    jobs("Delvar", 120),
)
case(
    "rows_share_capital",
    "Nowe spółki w inkubatorze:\n"
    "• Softreo sp. z o.o., Olsztyn: kapitał zakładowy 1,5 mln zł oraz 40 nowych etatów\n"
    "• Datrix sp. z o.o., Ełk: kapitał zakładowy 0,5 mln zł oraz 12 nowych etatów",
    jobs("Softreo sp. z o.o.", 40),
    jobs("Datrix sp. z o.o.", 12),
)
case(
    "rows_tax_relief_cap",
    "Decyzje wydane w czerwcu:\n"
    "• Lumex sp. z o.o., Gniezno: zwolnienie z CIT do 4,2 mln zł oraz 35 nowych etatów\n"
    "• Gortan sp. z o.o., Września: zwolnienie z CIT do 2,8 mln zł oraz 20 nowych etatów",
    jobs("Lumex sp. z o.o.", 35),
    jobs("Gortan sp. z o.o.", 20),
)
case(
    "rows_eu_share_beside_project_value",
    "Projekty wybrane w naborze:\n"
    "1) Polmet sp. z o.o., Kalisz: wartość projektu 5 mln zł, wkład unijny 2,4 mln zł oraz 15 nowych etatów\n"
    "2) Stalwer sp. z o.o., Koło: wartość projektu 8 mln zł, wkład unijny 3,1 mln zł oraz 22 nowe etaty",
    inv("Polmet sp. z o.o.", 5 * M),
    jobs("Polmet sp. z o.o.", 15),
    inv("Stalwer sp. z o.o.", 8 * M),
    jobs("Stalwer sp. z o.o.", 22),
)
# --- a genitive "firmy" after a zone or an area word (figure_owner._genitive_attribute) ------------------------------
case(
    "zone_area_firms_plural_verb",
    "Spółka Dalmor zbuduje halę w Słupsku. Na terenie strefy firmy zatrudniają już ponad 6 tys. osób.",
)
case(
    "gmina_area_firms_plural_verb",
    "Firma Solvex zbuduje magazyn w Strykowie. Na obszarze gminy firmy logistyczne zatrudniają 5 tys. osób.",
)
# --- sums (figures._joint_sums) --------------------------------------------------------------------------------------
case(
    "other_firms_figure_of_the_sums_value_stays",
    "Spółka Aspen Tech wyda 30 mln zł na halę w Kole, a firma Brixo 20 mln zł na magazyn w Turku. Łącznie to "
    "50 mln zł.\n\nW innej części regionu spółka Cermax zainwestuje 50 mln zł w linię lakierniczą w Koninie.",
    inv("Aspen Tech", 30 * M),
    inv("Brixo", 20 * M),
    inv("Cermax", 50 * M),
)
case(
    "zone_total_dominated_by_two_employers_stays_zone",
    "W Suwalskiej Specjalnej Strefie Ekonomicznej działa 40 firm. Najwięksi pracodawcy to spółka Pollena Max, "
    "która zatrudnia 1200 osób, oraz firma Drewmex, gdzie pracuje 800 osób. Łącznie w strefie pracuje ponad "
    "2 tys. osób.",
    ("Suwalska Specjalna Strefa Ekonomiczna", "companies", 40, "count"),
    emp("Pollena Max", 1200),
    emp("Drewmex", 800),
    emp("Suwalska Specjalna Strefa Ekonomiczna", 2000),
)
case(
    "floor_sum_just_under_named_firms_total_dropped_with_headline",
    "Trzy hale za ponad 60 mln zł\n\nWałbrzyska Specjalna Strefa Ekonomiczna wydała trzy decyzje. Spółka Aldex "
    "postawi w Kole halę za 25 mln zł, firma Bonvar wyda 22 mln zł na magazyn, a spółka Cimra 15 mln zł na "
    "chłodnię. Inwestorzy wydadzą łącznie ponad 60 mln zł.",
    inv("Aldex", 25 * M),
    inv("Bonvar", 22 * M),
    inv("Cimra", 15 * M),
)
case(
    "floor_sum_far_under_named_firms_total_stays",  # near miss: 62 is far over "ponad 50": no sum of these
    "Wałbrzyska Specjalna Strefa Ekonomiczna wydała trzy decyzje. Spółka Aldex postawi w Kole halę za 25 mln zł, "
    "firma Bonvar wyda 22 mln zł na magazyn, a spółka Cimra 15 mln zł na chłodnię. Inwestorzy wydadzą łącznie "
    "ponad 50 mln zł.",
    inv("Aldex", 25 * M),
    inv("Bonvar", 22 * M),
    inv("Cimra", 15 * M),
    inv("Wałbrzyska Specjalna Strefa Ekonomiczna", 50 * M),
)
case(
    "headline_figure_of_a_named_firm_stays_beside_a_sum",  # the headline's 50 mln zł is Cermax's, not the sum's
    "Cermax wyda 50 mln zł na lakiernię\n\nSpółka Aspen Tech wyda 30 mln zł na halę w Kole, a firma Brixo 20 mln zł "
    "na magazyn w Turku. Łącznie to 50 mln zł. Z kolei spółka Cermax zainwestuje 50 mln zł w lakiernię w Koninie.",
    inv("Aspen Tech", 30 * M),
    inv("Brixo", 20 * M),
    inv("Cermax", 50 * M),
)
# --- a stage beside a total of other years or of the whole company (stays) -------------------------------------------
case(
    "stage_beside_past_total_since_year",
    "Koncern Volmar zainwestował w Polsce od 2005 roku łącznie 2 mld zł. Pierwszy etap rozbudowy zakładu w Pile "
    "pochłonie 150 mln zł.",
    inv("Volmar", 2000 * M),
    inv("Volmar", 150 * M),
)
case(
    "stage_beside_whole_last_year",
    "Firma Telvis wydała w ciągu całego ubiegłego roku na inwestycje w Polsce 600 mln zł. W pierwszym etapie "
    "budowy centrum danych w Łodzi spółka wyda 200 mln zł.",
    inv("Telvis", 600 * M),
    inv("Telvis", 200 * M),
)
case(
    "stage_beside_company_outlays_since_year",
    "Firma Runo Agro zbuduje w Sokółce zakład pasz. Pierwszy etap pochłonie 60 mln zł. Łączne nakłady firmy w "
    "Polsce od 1998 r. przekroczyły 1 mld zł.",
    inv("Runo Agro", 60 * M),
    inv("Runo Agro", 1000 * M),
)

FAILING: dict[str, str] = {}


@pytest.mark.parametrize("key", keyed_params(CASES, FAILING))
def test_figures_s14_rows_guard(key: str) -> None:
    text, want = CASES[key]
    problems = check_figures(text, want, key)
    assert not problems, f"{text}\n" + "\n".join(problems)


def test_row_money_beside_a_client_is_no_investment() -> None:
    # the company nearest before the money is the client ("dla …"): the row is an order's value, nobody's investment
    # (who owns the row's jobs is another matter, left as on main)
    import kooperacja

    rec = kooperacja.extract(
        "Zlecenia lokalnych firm w tym kwartale:\n"
        "• Elwirex sp. z o.o., Pułtusk: panele słoneczne dla Drobex S.A., 3 mln zł oraz 6 nowych etatów",
        doc_id="client",
    )
    assert [f for f in rec["figures"] if f["metric"] == "investment"] == []
