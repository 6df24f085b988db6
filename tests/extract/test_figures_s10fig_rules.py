"""One sentence or two in the author's own words for each rule and data row that session 10 (fig9) added to the
figure rules: the subject of a verb of costing (`cost_verb`, `cost_whole` in figure_words.tsv), a bid
(`oferta` in figure_metrics.tsv), a dream (`wish`), a headline's figures, a figure in an interview's first person
plural, and a headcount of an earlier year beside today's. Each wanted figure is (owner, metric, value, unit,
qualifier), as in test_figures_s9fig."""

from __future__ import annotations

import pytest

from .battery import case_adder, keyed_params
from .test_figures_s9fig import Fig5, check, f

M = 1_000_000
CASES: dict[str, tuple[str, frozenset[Fig5]]] = {}
case = case_adder(CASES)

# cost_verb: the subject of "kosztować" says whether the money prices goods or an investment
case(
    "cost_verb_goods_no_figure",
    "Spółka Rowerex sprzedaje rowery elektryczne. Najtańszy rower kosztuje 6 tys. zł.",
)
case(
    "cost_verb_unit_no_figure",
    "Firma Betonal buduje osiedle w Lesznie. Mieszkanie kosztuje tam średnio 450 tys. zł.",
)
case(
    "cost_verb_facility_kept",
    "Spółka Rowerex otworzyła w Kole montownię. Montownia kosztowała 18 mln zł.",
    f("Rowerex", "investment", 18 * M),
)
case(
    "cost_verb_adjective_before_facility_kept",
    "Spółka Kartpol rozbudowała zakład w Kole. Nowa linia kosztowała 9 mln zł.",
    f("Kartpol", "investment", 9 * M),
)
case(
    "cost_verb_gerund_kept",
    "Spółka Kartpol zakończyła prace w Kole. Uruchomienie linii kosztowało 7 mln zł.",
    f("Kartpol", "investment", 7 * M),
)
case(
    "cost_verb_period_noun_kept",
    "Spółka Drewmax modernizuje tartak w Pile. Rok temu rozbudowa kosztowała ją 11 mln zł.",
    f("Drewmax", "investment", 11 * M),
)
case(
    "cost_verb_no_noun_kept",
    "Spółka Drewmax kupiła dwie suszarnie do drewna. Kosztowało to 4 mln zł.",
    f("Drewmax", "investment", 4 * M),
)
# average: an average price or size is nobody's figure
case(
    "average_value_no_figure",
    "W Słupskiej Specjalnej Strefie Ekonomicznej działa spółka Rybpol. Średnia wartość projektu w strefie to 20 mln "
    "zł.",
)
case(
    "average_headcount_no_figure",
    "Firmy w parku technologicznym zatrudniają przeciętnie 40 osób. Największa z nich, spółka Datanet, zatrudnia 260 "
    "osób.",
    f("Datanet", "employees", 260),
)
case(
    "sme_adjective_no_average",
    "Fundusz Rozwoju Podlasia przeznaczy na wsparcie małych i średnich firm 8 mln zł.",
    f("Fundusz Rozwoju Podlasia", "budget", 8 * M),
)
# cost_whole: a whole undertaking or its works
case(
    "cost_whole_calosc",
    "Firma Lakpol zbudowała w Radomiu halę i biurowiec. Całość kosztowała 40 mln zł.",
    f("Lakpol", "investment", 40 * M),
)
case(
    "cost_whole_projekt",
    "Spółka Solarex postawiła farmę fotowoltaiczną pod Kaliszem. Projekt kosztował 25 mln zł.",
    f("Solarex", "investment", 25 * M),
)
case(
    "cost_whole_przedsiewziecie",
    "Spółka Solarex rozbudowała magazyn energii. Przedsięwzięcie kosztowało 14 mln zł.",
    f("Solarex", "investment", 14 * M),
)
case(
    "cost_whole_zadanie",
    "Firma Wodbud przebudowała ujęcie wody dla swojego zakładu. Zadanie kosztowało 6 mln zł.",
    f("Wodbud", "investment", 6 * M),
)
case(
    "cost_whole_roboty",
    "Spółka Kamex przygotowała teren pod nową fabrykę. Roboty ziemne kosztowały 3 mln zł.",
    f("Kamex", "investment", 3 * M),
)
# oferta (figure_metrics): a bid is no investment
case(
    "bid_no_figure",
    "Miasto Sieradz szuka wykonawcy hali dla inkubatora. Oferta firmy Budrex opiewa na 12 mln zł.",
)
# wish: a dream states no figure
case(
    "wish_verb_no_figure",
    "– Marzy mi się, że kiedyś zatrudnimy tysiąc osób – mówi Ewa Kos, prezes spółki Tekstim.",
)
case(
    "wish_noun_no_figure",
    "Marzeniem spółki Tekstim jest zakład za 200 mln zł. Na razie firma szyje w wynajętej hali.",
)
# a headline's figures go to the one investor that the lead names as its subject
case(
    "headline_jobs_to_lead_subject",
    "300 nowych miejsc pracy w Kutnie\n\nSpółka Agrocol otrzymała decyzję o wsparciu w Łódzkiej Specjalnej "
    "Strefie Ekonomicznej i zbuduje tam chłodnię.",
    f("Agrocol", "jobs", 300),
)
case(
    "headline_with_name_unchanged",
    "Strefa z rekordem: 2 mld zł nowych inwestycji\n\nŁódzka Specjalna Strefa Ekonomiczna wydała w tym roku 40 "
    "decyzji o wsparciu. Jedną z nich dostała spółka Agrocol.",
    f("Łódzka Specjalna Strefa Ekonomiczna", "investment", 2000 * M),
)
# an interview: "we" is the guest's organisation
case(
    "interview_we_guest_org",
    "Z Janiną Wolską, prezes spółki Mebloform, rozmawia Piotr Nowak.\n\n– Jakie macie plany?\n– Zatrudnimy w "
    "Kole 80 osób.",
    f("Mebloform", "jobs", 80),
)
# a headcount of an earlier year beside today's
case(
    "former_headcount_dropped_beside_today",
    "Spółka Tapmet w 2015 roku zatrudniała 90 osób. Obecnie pracuje w niej 310 osób.",
    f("Tapmet", "employees", 310),
)
case(
    "former_headcount_alone_kept",
    "Spółka Tapmet w 2023 roku zatrudniała 310 osób.",
    f("Tapmet", "employees", 310),
)

FAILING: dict[str, str] = {}


@pytest.mark.parametrize("key", keyed_params(CASES, FAILING))
def test_figures_s10fig_rules(key: str) -> None:
    assert check(*CASES[key]) == []


# a name after "a" (a conjunction that may be read as a preposition too) is the subject of its clause
CONTRAST: dict[str, tuple[str, frozenset[Fig5]]] = {}
case = case_adder(CONTRAST)
case(
    "second_clause_after_a_foreign_name",
    "Klaster Obróbki Metali i Metallnetz Sachsen podpisały umowę o współpracy. Klaster Obróbki Metali skupia 40 "
    "firm, a Metallnetz Sachsen zrzesza ponad 90 przedsiębiorstw.",
    f("Klaster Obróbki Metali", "members", 40),
    f("Metallnetz Sachsen", "members", 90, "more_than"),
)
case(
    "second_clause_after_a_company",
    "Spółka Kartpol zatrudnia 300 osób, a spółka Lamex ponad 500.",
    f("Kartpol", "employees", 300),
    f("Lamex", "employees", 500, "more_than"),
)


@pytest.mark.parametrize("key", keyed_params(CONTRAST, {}))
def test_name_after_a_is_a_subject(key: str) -> None:
    assert check(*CONTRAST[key]) == []
