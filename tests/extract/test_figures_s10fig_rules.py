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

# a figure in the third person plural after a sentence whose subject lists organisations is of them all
case(
    "joint_after_list_plural_verb",
    "Tereny w podstrefie Brzeg kupiły firmy Opakomet i Lindex. Zatrudnią tam łącznie 250 osób.",
)
case(
    "plural_verb_after_zone_sentence_kept",
    "W Kutnie działa spółka Agrocol. Firmy z podstrefy Kutno zatrudniają razem 3 tys. osób, a Agrocol zatrudnia 400 "
    "osób.",
    f("Agrocol", "employees", 400),
)
# "do" after a word of growth: the new value, exact
case(
    "grown_to_exact",
    "Eksport spółki Mebloteks wzrósł w 2023 roku do 90 mln euro.",
    f("Mebloteks", "exports", 90 * M, unit="EUR"),
)
case(
    "up_to_without_growth",
    "Spółka Mebloteks zainwestuje w Kole do 90 mln zł.",
    f("Mebloteks", "investment", 90 * M, "up_to"),
)
# facility rows: the price of a refinery, a building, a hangar or a works named by "obiekt"
case(
    "facility_rafineria",
    "Spółka Olpar zbuduje w Płocku rafinerię za 300 mln zł.",
    f("Olpar", "investment", 300 * M),
)
case(
    "facility_budynek",
    "Firma Datacom kupiła w Lublinie budynek za 12 mln zł.",
    f("Datacom", "investment", 12 * M),
)
case(
    "facility_hangar",
    "Spółka Avioserwis postawi w Mielcu hangar za 45 mln zł.",
    f("Avioserwis", "investment", 45 * M),
)
case(
    "facility_obiekt",
    "Spółka Frigopol otworzyła w Kole chłodnię. Obiekt za 60 mln zł zatrudni 50 osób.",
    f("Frigopol", "investment", 60 * M),
    f("Frigopol", "jobs", 50),
)

# machine_by_kind, machine_works, machine_kind: robots bought are machines, works are not
case(
    "robots_genitive_plural_machine",
    "Spółka Metalkon kupiła 12 robotów za 8 mln zł.",
    f("Metalkon", "investment", 8 * M),
)
case(
    "robots_with_kind_adjective",
    "Firma Kartbox kupi roboty paletyzujące za 3 mln zł.",
    f("Kartbox", "investment", 3 * M),
)
case(
    "works_roboty_ziemne_no_figure",
    "Gmina Kłodawa zleciła roboty ziemne za 2 mln zł. Wykona je firma Drogbud.",
)
# a headcount noun as the subject of growth before "do" or "o", however long its phrase
case(
    "grown_headcount_long_phrase_to",
    "Do 2026 roku zatrudnienie w nowym zakładzie spółki Vistal wzrośnie do 700 osób.",
    f("Vistal", "jobs", 700),
)
case(
    "grown_headcount_long_phrase_by",
    "Zatrudnienie w zakładzie spółki Vistal w Tczewie wzrośnie o 50 osób.",
    f("Vistal", "jobs", 50),
)
case(
    "fallen_headcount_no_figure",
    "Zatrudnienie w zakładzie spółki Vistal w Tczewie spadło o 50 osób.",
)

# a company in the dative after a body's verb of giving owns the investment, jobs or land the clause states
case(
    "zone_decision_to_dative_company",
    "Wałbrzyska Specjalna Strefa Ekonomiczna wydała spółce Ferroplast decyzję o wsparciu inwestycji o wartości 35 mln "
    "zł.",
    f("Ferroplast", "investment", 35 * M),
)
case(
    "gmina_sold_plot_to_dative_company",
    "Gmina Kłodzko sprzedała firmie Ferroplast działkę o powierzchni 5 ha.",
    f("Ferroplast", "area_ha", 5),
)
case(
    "locative_company_is_no_recipient",
    "Wałbrzyska Specjalna Strefa Ekonomiczna, która w spółce Ferroplast ma udziały, zainwestuje w Kłodzku 35 mln zł.",
    f("Wałbrzyska Specjalna Strefa Ekonomiczna", "investment", 35 * M),
)

# whole, country_noun (and home): a national total or one of all zones is no figure of the document's zone
case(
    "whole_country_name_no_zone_figure",
    "Starachowicka Specjalna Strefa Ekonomiczna wydała spółce Kamrol decyzję o wsparciu. Łącznie w całej Polsce "
    "strefy wydały w tym roku 400 decyzji o wartości 18 mld zł.",
)
case(
    "whole_country_noun_no_zone_figure",
    "Starachowicka Specjalna Strefa Ekonomiczna ma nowego inwestora. W całym kraju inwestorzy zadeklarowali w tym "
    "roku 9 tys. miejsc pracy.",
)
case(
    "home_plural_zones_no_zone_figure",
    "Starachowicka Specjalna Strefa Ekonomiczna ma nowego inwestora. Według Ministerstwa Rozwoju w polskich strefach "
    "zainwestowano w tym roku 25 mld zł.",
)
case(
    "whole_zone_singular_kept",
    "Starachowicka Specjalna Strefa Ekonomiczna istnieje od 1997 roku. W całej strefie zainwestowano dotąd 3 mld zł.",
    f("Starachowicka Specjalna Strefa Ekonomiczna", "investment", 3000 * M),
)
case(
    "company_across_country_kept",
    "Koncern Medlux zainwestuje w całej Polsce 300 mln zł w sieć centrów dystrybucji.",
    f("Medlux", "investment", 300 * M),
)

# origin_from, origin: a count of a zone's firms by the origin of their capital is a part, no total
case(
    "firms_by_capital_origin_no_figure",
    "Kamienna Specjalna Strefa Ekonomiczna wydała spółce Kamrol decyzję o wsparciu. W strefie działa 45 firm z "
    "kapitałem niemieckim.",
)
case(
    "firms_by_country_no_figure",
    "W Kamiennej Specjalnej Strefie Ekonomicznej działa 30 firm z Niemiec.",
)
case(
    "park_firms_total_kept",
    "W Parku Naukowo-Technologicznym Kamienna działa 30 firm z regionu.",
    f("Park Naukowo-Technologiczny Kamienna", "companies", 30),
)
case(
    "cluster_members_from_two_countries_kept",
    "Klaster Odra-Neisse skupia 40 firm z Polski i Niemiec.",
    f("Klaster Odra-Neisse", "members", 40),
)

# a name right after a preposition and its kind noun is no subject ("przez koncern X")
case(
    "name_after_przez_and_kind_noun_no_subject",
    "Po przejęciu przez koncern Hartwig spółka Tekpol zatrudnia 500 osób.",
    f("Tekpol", "employees", 500),
)
# contract (dostawa): money for supplies is a contract's price
case(
    "supplies_contract_no_figure",
    "Podczas targów spółka Tekpol podpisała umowę z firmą Kabex na dostawy o wartości 5 mln zł.",
)
case(
    "investment_agreement_value_kept",
    "Spółka Tekpol podpisała z Gminą Rybnik umowę inwestycyjną o wartości 40 mln zł.",
    f("Tekpol", "investment", 40 * M),
)
# a body's head noun inside a reported clause points to that body
case(
    "head_noun_in_reported_clause",
    "Do Klastra Metalowego należy firma Tekpol. Prezes Tekpolu przypomniał, że klaster zrzesza 60 firm.",
    f("Klaster Metalowy", "members", 60),
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
