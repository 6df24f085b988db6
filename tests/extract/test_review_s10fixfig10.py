"""Counter-examples to figure rules of session 10 (fig9) that a review found misfiring, in the author's own
words, each beside a guard that the rule's intended case still works. Each wanted figure is (owner, metric,
value, unit, qualifier), as in test_figures_s9fig; a passage with no wanted figure must give none."""

from __future__ import annotations

import pytest

from .battery import case_adder, keyed_params
from .test_figures_s9fig import Fig5, check, f

M = 1_000_000
CASES: dict[str, tuple[str, frozenset[Fig5]]] = {}
case = case_adder(CASES)

# supply (dostawa): money for supplies is a contract's price, but only with no verb of its own between the noun and
# the money; a verb between makes the money what that verb says
case(
    "supplies_before_the_verb_investment_kept",
    "Po uruchomieniu dostaw do koncernu Stellantis firma Termex zainwestuje 45 mln zł w nową lakiernię w Sieradzu.",
    f("Termex", "investment", 45 * M),
)
case(
    "supplies_contract_then_a_second_verb_investment_kept",
    "Spółka Termex zawarła umowę na dostawy dla Volvo i wyda 55 mln zł na nową halę w Łęczycy.",
    f("Termex", "investment", 55 * M),
)
case(
    "supplies_in_the_subject_of_another_verb_investment_kept",
    "Utrzymanie ciągłych dostaw gazu wymagało od firmy Termex inwestycji o wartości 25 mln zł.",
    f("Termex", "investment", 25 * M),
)
case(
    "client_preposition_of_supplies_before_the_verb_no_client",
    "Dzięki dostawom dla koncernu Scania spółka Termex wybuduje w Łęczycy magazyn za 20 mln zł.",
    f("Termex", "investment", 20 * M),
)
case(
    "guard_supplies_contract_value_no_figure",
    "Spółka Termex zawarła z firmą Norpol umowę na dostawy stali o wartości 8 mln zł.",
)
case(
    "guard_supplies_linking_verb_no_figure",
    "Spółka Termex zdobyła nowego klienta. Dostawy dla koncernu Norpol wyniosą 6 mln zł rocznie.",
)
case(
    "guard_client_after_the_verb_owns_the_plant",
    "Firma budowlana Mirbud wybuduje dla spółki Termex halę za 50 mln zł.",
    f("Termex", "investment", 50 * M),
)

# a headline's figures go to the one investor named under it, but not where the headline speaks of a zone, park or
# cluster by its head noun: then they are that body's totals (annotation.md)
case(
    "headline_zone_totals_stay_the_zones",
    "Strefa ściągnęła w tym roku inwestycje za 3 mld zł\nSpółka Drewpol otrzymała decyzję o wsparciu w Łódzkiej "
    "Specjalnej Strefie Ekonomicznej. Firma postawi tartak w Sieradzu.",
    f("Łódzka Specjalna Strefa Ekonomiczna", "investment", 3000 * M),
)
case(
    "headline_jobs_in_the_zone_stay_the_zones",
    "800 nowych miejsc pracy w strefie\nSpółka Drewpol otrzymała decyzję o wsparciu w Łódzkiej Specjalnej Strefie "
    "Ekonomicznej. Zatrudni 40 osób.",
    f("Łódzka Specjalna Strefa Ekonomiczna", "jobs", 800),
    f("Drewpol", "jobs", 40),
)
case(
    "guard_headline_plant_goes_to_the_investor",
    "Tartak za 90 mln zł w Sieradzu\nSpółka Drewpol otrzymała decyzję o wsparciu w Łódzkiej Specjalnej Strefie "
    "Ekonomicznej. Firma postawi tartak jeszcze w tym roku.",
    f("Drewpol", "investment", 90 * M),
)

# cost_verb: only goods sold by the piece or a unit (`priced_goods`) as the subject make the money a price; a stage,
# a phase or a purchase costing money states an investment
case(
    "cost_of_a_stage_is_an_investment",
    "Firma Kablotech stawia halę w Zgierzu. Pierwszy etap prac kosztował 22 mln zł.",
    f("Kablotech", "investment", 22 * M),
)
case(
    "cost_of_a_phase_is_an_investment",
    "Kolejna faza rozbudowy centrum logistycznego spółki Kablotech kosztowała 35 mln zł.",
    f("Kablotech", "investment", 35 * M),
)
case(
    "cost_of_a_purchase_is_an_investment",
    "Zakup dwóch pras hydraulicznych kosztował firmę Kablotech 9 mln zł.",
    f("Kablotech", "investment", 9 * M),
)
case(
    "cost_of_a_house_built_is_an_investment",  # review rev3: 'dom' (a building one builds) is no priced good
    "Spółka Kablotech buduje w Ełku dom opieki dla seniorów. Dom będzie kosztował 18 mln zł.",
    f("Kablotech", "investment", 18 * M),
)
case(
    "guard_cost_of_a_car_is_a_price",
    "Spółka Motovolt produkuje w Tczewie samochody dostawcze. Podstawowy samochód kosztuje 140 tys. zł.",
)
case(
    "guard_cost_of_a_ticket_is_a_price",
    "Targi organizuje spółka Expomix. Bilet kosztuje 60 zł.",
)
case(
    "guard_cost_of_a_litre_is_a_price",
    "Spółka Olejpol rozlewa olej w Kutnie. Litr kosztuje w sklepach 12 zł.",
)

# oferta (now a `deal` noun, no metric row): a bid's money is no figure, but "oferta" as a firm's range of products,
# followed by a verb of its own, leaves the money to that verb
case(
    "offer_as_product_range_investment_kept",
    "Spółka Piekpol poszerzy ofertę o pieczywo bezglutenowe i wyda 16 mln zł na nową piekarnię w Łowiczu.",
    f("Piekpol", "investment", 16 * M),
)
case(
    "guard_bid_value_no_figure",
    "Gmina Łowicz rozstrzygnęła przetarg na budowę żłobka. Najtańsza była oferta firmy Budmax o wartości 7 mln zł.",
)
case(
    "guard_bid_with_a_linking_verb_no_figure",
    "Do urzędu wpłynęła jedna oferta. Oferta spółki Budmax opiewa na 9 mln zł.",
)

# a plural verb after a sentence that lists organisations: a joint figure only where the list is that sentence's
# subject or the receivers of a body's decisions, not the object of another company's verb
case(
    "list_as_object_of_a_takeover_jobs_stay_the_buyers",
    "Grupa Nordrol kupiła spółki Agromix i Paszpol. W jej nowej mieszalni pasz w Kole powstaną 120 miejsca pracy.",
    f("Grupa Nordrol", "jobs", 120),
)
case(
    "list_after_a_preposition_headcount_stays_the_subjects",
    "Firma Kartonex od dawna współpracuje z sieciami Biedronka i Lidl. Dziś w jej dwóch zakładach pracują 652 osoby.",
    f("Kartonex", "employees", 652),
)
case(
    "guard_list_as_subject_joint_figure_no_owner",
    "Umowy z gminą Koło podpisały firmy Agromix i Paszpol. Zatrudnią tam razem 180 osób.",
)
case(
    "guard_list_of_receivers_of_decisions_joint_figure_no_owner",
    "Strefa wydała decyzje o wsparciu firmom Agromix oraz Paszpol. Inwestycje przyniosą 220 miejsc pracy.",
)

# selling (verbs of selling or letting): the money is a price or a rent, nobody's investment, whatever is sold or let
# (the facility rows "obiekt", "budynek", "hangar" made such prices the seller's investments)
case(
    "sold_building_no_investment",
    "Spółka Tekstim sprzedała budynek magazynowy w Zgierzu za 9 mln zł.",
)
case(
    "sold_facility_to_a_named_buyer_no_seller_investment",
    "Firma Tekstim sprzedała obiekt w Ozorkowie za 14 mln zł spółce Logimar.",
)
case(
    "rented_facility_no_investment",
    "Spółka Tekstim wynajmuje od miasta Zgierz obiekt za 30 tys. zł miesięcznie.",
)
case(
    "leased_hangar_no_investment",
    "Aeroklub Mazurski wydzierżawi hangar firmie Avialot za 80 tys. zł rocznie.",
)
case(
    "guard_built_hangar_is_an_investment",
    "Spółka Avialot zbuduje na lotnisku w Szymanach nowy hangar za 40 mln zł.",
    f("Avialot", "investment", 40 * M),
)
case(
    "guard_built_building_is_an_investment",
    "Spółka Tekstim postawi w Zgierzu budynek biurowy za 11 mln zł.",
    f("Tekstim", "investment", 11 * M),
)
case(
    "guard_another_verb_after_the_sale_investment_kept",
    "Spółka Tekstim sprzedaje tkaniny do Niemiec i zainwestuje 26 mln zł w nową farbiarnię w Zgierzu.",
    f("Tekstim", "investment", 26 * M),
)

# average (średnio, przeciętnie): an average of unnamed firms or of goods is nobody's figure, but a named company's
# own figure told as an average over its year stays the company's
case(
    "named_company_average_headcount_kept",
    "Zakład mięsny spółki Mięsopol w Sieradzu działa od 1995 roku. Spółka Mięsopol zatrudnia przeciętnie 420 osób.",
    f("Mięsopol", "employees", 420),
)
case(
    "guard_average_of_unnamed_firms_no_figure",
    "W parku przemysłowym w Sieradzu firmy zatrudniają średnio 35 osób. Działa tam także spółka Mięsopol.",
)

FAILING: dict[str, str] = {}


@pytest.mark.parametrize("key", keyed_params(CASES, FAILING))
def test_review_s10fixfig10(key: str) -> None:
    assert check(*CASES[key]) == []
