"""Review sentences (session 9, figfix3), in the reviewers' and this helper's own words: false figures of three fig8
rules and a guard of each rule's intended case. (1) A relative clause names a plant's builder or buyer only with a
build / buy / carry-out verb, never by an organisation after a preposition ("od firmy X": the seller); (2) a machine
noun prices an investment only for its buyer, not for a seller ("od firmy X"), a supplier ("dostarczy"), a contractor
("wykona"), and "roboty" (works) are no machines; (3) the machine-tool nouns are whole lemmas, not the endings
"-arka" / "-erka", which catch people (pielęgniarka, kucharka). Each wanted figure is (owner, metric, value, unit,
qualifier)."""

from __future__ import annotations

import pytest

from .battery import case_adder, keyed_params, print_pass_count
from .test_figures_s9fig import Fig5, check, f

M = 1_000_000
CASES: dict[str, tuple[str, frozenset[Fig5]]] = {}
case = case_adder(CASES)

# --- 1. the relative clause's agent ------------------------------------------------------------------------------
case("relative_bought_from_seller", "Hala, którą kupiło miasto od firmy Budimex, kosztowała 30 mln zł.")
case("relative_rented_by_tenant", "Hala, którą wynajmuje firma Solbet, kosztowała 30 mln zł.")
case("relative_seller_first", "Hala, którą od firmy Kappa kupiło miasto, kosztowała 30 mln zł.")
case(
    "relative_builder_cost_guard",
    "Koszt hali, którą wybuduje firma Halbud, wyniesie 30 mln zł.",
    f("Halbud", "investment", 30 * M),
)
case(
    "relative_builder_staff_guard",
    "Zakład, który wybudowała firma Polmet, zatrudnia 340 osób.",
    f("Polmet", "employees", 340),
)

# --- 2. machine nouns: the buyer's investment only ---------------------------------------------------------------
case("machines_bought_from_seller", "Miasto kupiło od firmy Nu urządzenia za 4 mln zł.")
case("equipment_supplied", "Firma Solbet dostarczy do szpitala sprzęt za 2 mln zł.")
case("earthworks_contractor", "Roboty ziemne za 6 mln zł wykona firma Ziemex na zlecenie gminy.")
case(
    "machines_bought_guard",
    "Spółka Plastbox kupi wtryskarki za 8 mln zł.",
    f("Plastbox", "investment", 8 * M),
)

case(
    "excavators_bought_price_first",
    "Za 4 mln zł firma Kopbud kupi dwie nowe koparki.",
    f("Kopbud", "investment", 4 * M),
)
case("excavators_sold", "Firma Kopbud sprzeda gminie koparki za 4 mln zł.")

# --- 3. machine-tool nouns as whole lemmas; pay spent -----------------------------------------------------------------------
case(
    "nurses_pay_budget",
    "Spółka Solbet przeznaczy 1,5 mln zł na wynagrodzenia dla pielęgniarek.",
    f("Solbet", "budget", 1.5 * M),
)
case("pay_received_guard", "Spółka Solbet wypłaci 2 mln zł wynagrodzenia firmie Ziemex.")
case(
    "grinders_earmarked_guard",
    "Spółka Szlifex przeznaczy 3 mln zł na szlifierki.",
    f("Szlifex", "investment", 3 * M),
)

FAILING: dict[str, str] = {}


@pytest.mark.parametrize("key", keyed_params(CASES, FAILING))
def test_review_s9figfix3(key: str) -> None:
    assert check(*CASES[key]) == []


if __name__ == "__main__":  # pass count: PYTHONPATH=src python -m tests.extract.test_review_s9figfix3
    print_pass_count(CASES, lambda k: check(*CASES[k]), lambda k: CASES[k][0], show_failing=True)
