"""Figures in longer news (session 13, fig19): passages in the author's own words for the owner of a figure that a
bare company noun points back to, in texts where a university, a cluster or a zone is named nearer to the number.

- "przychody spółki", "zatrudnienie firmy": a company noun in the genitive singular hanging on a noun before the
  number of revenue or headcount makes the figure a company's (the last one named, further back than the
  three-sentence window where needed), not the university's or cluster's named in between. Near misses: a
  university's own revenue; "a firmy z nim związane zatrudniają" (a plural subject of the same forms).
- "Spółka zatrudni…" after sentences about the plant and its zone: the subsidiary, not its group (regression
  cases; a walk back over sentences naming no body was tried and dropped: it moved another set's owners).

Old code (s13-int 80e71c8): passed 6 of 8 (revenue_spolki_after_university, headcount_zaloga_spolki_after_university
failed); fig19: 8 of 8.
"""

from __future__ import annotations

import pytest

from .battery import case_adder, keyed_params, print_pass_count
from .test_figure_battery_s6fig import Fig, M, check_figures, emp, inv, jobs

CASES: dict[str, tuple[str, frozenset[Fig]]] = {}
case = case_adder(CASES)


def rev(owner: str, value: float) -> Fig:
    return (owner, "revenue", value, "PLN")


# --- revenue or headcount of "spółki"/"firmy" after a university or cluster ---------------------------------------
case(
    "revenue_spolki_after_university",
    "Spółka Termex Okna z Radomia uruchomiła w Pionkach nową lakiernię proszkową. Przy szkoleniu "
    "operatorów pomagała Politechnika Świętokrzyska, która przygotowała kurs dla techników. Zakład pracuje na "
    "dwie zmiany, a w przyszłym roku dostanie drugą kabinę lakierniczą. Kabiny dostarczy producent z Włoch. W ubiegłym roku przychody spółki sięgnęły 380 mln zł.",
    rev("Termex Okna", 380 * M),
)
case(
    "revenue_firmy_after_cluster",
    "Firma Bergmet z Bielska-Białej wytwarza obudowy do maszyn rolniczych. Od trzech lat należy do Śląskiego "
    "Klastra Metalowego, który skupia odlewnie i narzędziownie regionu. Przychody firmy wyniosły w 2024 r. "
    "95 mln zł.",
    rev("Bergmet", 95 * M),
)
case(
    "headcount_zaloga_spolki_after_university",
    "Spółka Wentorex z Kalisza produkuje wentylatory przemysłowe. Z Uniwersytetem Kaliskim prowadzi badania "
    "nad cichymi wirnikami. Zatrudnienie spółki wynosi dziś 410 osób.",
    emp("Wentorex", 410),
)
# near miss: the university's own revenue, no company noun before the number
case(
    "revenue_uczelni_stays_university",
    "Politechnika Koszalińska otworzyła nowe laboratorium materiałowe. Przychody uczelni wyniosły w 2024 r. "
    "310 mln zł.",
    rev("Politechnika Koszalińska", 310 * M),
)

# near miss: a plural subject of the same forms ("firmy", "przedsiębiorstwa") opens the clause: a zone's or
# cluster's total, no company's headcount
case(
    "headcount_plural_firmy_subject_not_company",
    "Spółka Granvel z Ropczyc dołączyła do klastra Podkarpacka Dolina Chemiczna. Klaster skupia 64 członków, "
    "a firmy z nim związane zatrudniają ok. 18 tys. osób.",
    ("Podkarpacka Dolina Chemiczna", "members", 64, "count"),
)

# --- a bare "Spółka" as subject after sentences without a company subject -----------------------------------------
case(
    "spolka_subject_subsidiary_not_group",
    "Lindqvist Batteries Polska Sp. z o.o., spółka zależna szwedzkiej grupy Lindqvist, zbuduje w Stargardzie "
    "zakład ogniw. Wartość inwestycji to 900 mln zł. Fabryka powstanie na terenie Pomorskiej Specjalnej Strefy "
    "Ekonomicznej. Spółka zobowiązała się do utworzenia 350 miejsc pracy.",
    inv("Lindqvist Batteries Polska", 900 * M),
    jobs("Lindqvist Batteries Polska", 350),
)
case(
    "spolka_subject_after_site_sentences",
    "Nordmilk Polska Sp. z o.o., należąca do duńskiego koncernu Nordmilk, otrzymała decyzję o wsparciu. Nowa "
    "serownia stanie w Ostródzie. Prace budowlane ruszą jesienią. Spółka zatrudni w niej 120 osób.",
    jobs("Nordmilk Polska", 120),
)
# near miss: the group is the subject before; "Spółka" there is the group
case(
    "spolka_subject_group_nominative",
    "Koncern Marvik Chemicals zbuduje w Policach instalację do produkcji nawozów. Inwestycja powstanie na "
    "terenie portu. Spółka zatrudni 200 osób.",
    jobs("Marvik Chemicals", 200),
)

# cases the code still fails (strict xfail)
FAILING: set[str] = set()


def test_battery_is_varied() -> None:
    assert len({t for t, _w in CASES.values()}) == len(CASES)


@pytest.mark.parametrize("key", keyed_params(CASES, FAILING))
def test_figures_s13_long_case(key: str) -> None:
    text, want = CASES[key]
    problems = check_figures(text, want, key)
    assert not problems, f"{text}\n" + "\n".join(problems)


if __name__ == "__main__":  # pass count: PYTHONPATH=src python -m tests.extract.test_figures_s13_long
    print_pass_count(CASES, lambda k: check_figures(*CASES[k], k), lambda k: CASES[k][0], show_failing=True)
