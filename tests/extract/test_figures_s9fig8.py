"""A sixth battery of invented news passages for figures (session 9, second wave, fig8), in its author's own
words: invented companies and amounts. It probes three things: employment grown "z X do Y" (the old headcount is
no figure; the new one is jobs, stated exactly, not "up to") or "o X" (that many jobs); the headcount of a plant
named with a relative clause about who built or opened it ("Zakład, który wybudowała firma X, zatrudnia …": the
builder's); and money spent on machines named by their own nouns (the machine-tool nouns in "-arka" / "-erka":
wtryskarki, obrabiarki, szlifierki; and robots, devices, equipment, furnaces, cranes, presses) as an investment.
Each wanted figure is (owner, metric, value, unit, qualifier).
"""

from __future__ import annotations

import pytest

from .battery import case_adder, keyed_params, print_pass_count
from .test_figures_s9fig import Fig5, check, f

M = 1_000_000
CASES: dict[str, tuple[str, frozenset[Fig5]]] = {}
case = case_adder(CASES)

# --- 1. employment grown "z X do Y" and "o X" ----------------------------------------------------------------------
case(
    "growth_from_to_people",
    "Spółka Polmet zwiększy zatrudnienie z 300 do 450 osób.",
    f("Polmet", "jobs", 450),
)
case(
    "growth_from_to_workers_place_between",
    "Po rozbudowie hali firma Kartex zwiększy zatrudnienie w zakładzie w Kutnie z 200 do 260 pracowników.",
    f("Kartex", "jobs", 260),
)
case(
    "growth_by_people",
    "Spółka Drewpak zwiększy zatrudnienie o 150 osób.",
    f("Drewpak", "jobs", 150),
)
case(
    "growth_by_posts_two_sentences",
    "Firma Lakmet otworzyła w Radomiu nową lakiernię. Dzięki temu zatrudnienie w spółce wzrośnie o 40 etatów.",
    f("Lakmet", "jobs", 40),
)
case(
    "plain_up_to_stays",
    "Spółka Termbud zatrudni w nowym zakładzie do 80 osób.",
    f("Termbud", "jobs", 80, "up_to"),
)
case(
    "from_to_places_not_growth",
    "Spółka Relokon przeniesie produkcję z Niemiec do Polski i zatrudni 60 osób.",
    f("Relokon", "jobs", 60),
)
case(
    "growth_from_to_impersonal_subject",
    "Po rozbudowie zatrudnienie w firmie Polmet wzrośnie z 120 do 180 osób.",
    f("Polmet", "jobs", 180),
)

# --- 2. a plant's headcount where a relative clause names who built or opened it --------------------------------
case(
    "plant_built_by_firm_employs",
    "Zakład, który wybudowała firma Polmet, zatrudnia 340 osób.",
    f("Polmet", "employees", 340),
)
case(
    "factory_opened_by_company_employs",
    "W Kole działa już fabryka, którą otworzyła spółka Ceramex. Fabryka, którą otworzyła spółka Ceramex, "
    "zatrudnia 210 pracowników.",
    f("Ceramex", "employees", 210),
)
case(
    "hall_put_up_gives_work",
    "Nowa hala magazynowa, którą w Kutnie postawiła spółka Logpol, daje pracę 120 osobom.",
    f("Logpol", "employees", 120),
)
case(
    "centre_opened_will_employ",
    "Centrum usług, które otworzyła w Lublinie firma Datacor, zatrudni 50 osób.",
    f("Datacor", "jobs", 50),
)
case(
    "plant_supplying_firm_in_dative",
    "Zakład, który dostarcza części firmie Autoplast, zatrudnia 340 osób.",
)

# --- 3. money for machines named by their own nouns --------------------------------------------------------------
case(
    "earmarked_for_injection_moulders",
    "Spółka Plastbox przeznaczy 40 mln zł na wtryskarki.",
    f("Plastbox", "investment", 40 * M),
)
case(
    "buys_injection_moulders_for",
    "Spółka Plastbox kupi nowe wtryskarki za 8 mln zł.",
    f("Plastbox", "investment", 8 * M),
)
case(
    "price_first_machine_tools",
    "Za 12 mln zł spółka Metalex kupi obrabiarki i frezarki sterowane numerycznie.",
    f("Metalex", "investment", 12 * M),
)
case(
    "buys_welding_robots",
    "Firma Spawtech kupi roboty spawalnicze za 5 mln zł.",
    f("Spawtech", "investment", 5 * M),
)
case(
    "buys_packing_devices",
    "Firma Pakmar kupi urządzenia do pakowania za 3 mln zł.",
    f("Pakmar", "investment", 3 * M),
)
case(
    "grinders_decimal_amount",
    "Firma Szlifex z Kalisza kupi nowe szlifierki za 2,5 mln zł.",
    f("Szlifex", "investment", 2.5 * M),
)
case(
    "cranes_and_furnaces",
    "Za około 6 mln zł firma Hartmet kupi suwnice i piece hartownicze.",
    f("Hartmet", "investment", 6 * M, "approx"),
)

# s9-int (e204e1d) passes 7 of these 19 passages: "z X do Y" gave the old headcount and the new one "up to", a
# plant's headcount with its builder in a relative clause had no owner, and money for machines named by their own
# nouns (wtryskarki after "kupi … za", obrabiarki, roboty, urządzenia, szlifierki, suwnice) had no metric. fig8
# passes 18 of 19, all but the one below.
# s10 fig9 passes all 19: "robot" is a machine where no reading makes it "robota" (works) or an adjective of a
# machine's kind follows ("roboty spawalnicze"), and a headcount noun opening the clause before "wzrośnie z X do Y"
# names the new headcount however long its phrase.
FAILING: dict[str, str] = {}


@pytest.mark.parametrize("key", keyed_params(CASES, FAILING))
def test_figures_s9fig8(key: str) -> None:
    assert check(*CASES[key]) == []


if __name__ == "__main__":  # pass count: PYTHONPATH=src python -m tests.extract.test_figures_s9fig8
    print_pass_count(CASES, lambda k: check(*CASES[k]), lambda k: CASES[k][0], show_failing=True)
