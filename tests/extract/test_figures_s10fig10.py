"""An eighth battery of invented passages for figures (session 10, fig10), in its author's own words, for the kinds
of error that the noisy web-style set eval-own3 (its readable half) showed in figures: tables flattened to text
with a header row of column names and no separators, the owner of a figure that is the clause's subject named by a
short form or before an apposition (not the zone, office or other company named later in the sentence), numbers
followed by a unit of measure that count no people ("o mocy 10 MW"), jobs of an office "zatrudniające docelowo"
(new jobs), jobs created beside jobs kept with the noun left out ("utrzyma 300 etatów i stworzy 40 nowych"),
totals of several projects that are nobody's, "nasz partner" in a quote (the partner's figure, not the speaker's),
and the newspaper's own "we" ("jak informowaliśmy", "jak pisaliśmy"), which is no speaker owning a figure.

Each wanted figure is (owner, metric, value, unit, qualifier), compared as in test_figures_s9fig.
"""

from __future__ import annotations

import pytest

from .battery import case_adder, keyed_params, print_pass_count
from .test_figures_s9fig import Fig5, check, f

M = 1_000_000
CASES: dict[str, tuple[str, frozenset[Fig5]]] = {}
case = case_adder(CASES)

# --- 1. the clause's subject owns the figure, not a name later in the sentence ----------------------------------
case(
    "short_form_subject_before_other_company",
    "Na liście tegorocznych inwestycji są nowa hala firmy Krottmann Antriebe Polska i centrum księgowe spółki "
    "Datanova. Krottmann przeznaczy na halę 160 mln zł i przyjmie do pracy 90 osób, a Datanova, której biuro działa od "
    "marca, ma już 60 pracowników.",
    f("Krottmann Antriebe Polska", "investment", 160 * M),
    f("Krottmann Antriebe Polska", "jobs", 90),
    f("Datanova", "employees", 60),
)
case(
    "subject_with_apposition_opened_plant_in_zone",
    "Organizatorem plebiscytu jest Urząd Marszałkowski Województwa Opolskiego, a partnerem Wałbrzyska Specjalna "
    "Strefa Ekonomiczna. Lindqvist Gjuteri, szwedzki producent odlewów, w zeszłym roku uruchomił w tej strefie "
    "trzecią halę za 48 mln zł.",
    f("Lindqvist Gjuteri", "investment", 48 * M),
)
case(
    "subject_with_apposition_adverb_before_verb",
    "W konkursie nagrodzono też Grupę Azoty. Spółka Termix, dostawca części dla kolei, od stycznia zatrudnia w "
    "Nowym Sączu 150 osób.",
    f("Termix", "employees", 150),
)
case(
    "relative_clause_with_preposition_not_subject",
    "Firma Welmar kupiła halę od spółki Brixo, w której pracuje 40 osób.",
    f("Brixo", "employees", 40),
)
case(
    "subject_with_apposition_headcount_after_office",
    "Nagrody wręczył marszałek województwa w imieniu Urzędu Marszałkowskiego Województwa Lubuskiego. Firma Stalbud "
    "Gorzów, wykonawca konstrukcji stalowych z Gorzowa Wielkopolskiego, zatrudnia 140 osób.",
    f("Stalbud Gorzów", "employees", 140),
)
case(
    "subject_first_then_zone_in_locative",
    "Spółka Ferrotech zbuduje w Łódzkiej Specjalnej Strefie Ekonomicznej magazyn wysokiego składowania za 35 mln "
    "zł.",
    f("Ferrotech", "investment", 35 * M),
)
# --- 2. numbers that count no people ----------------------------------------------------------------------------
case(
    "power_in_megawatts_no_headcount",
    "Firma Helion Energia zbuduje pod Ełkiem farmę fotowoltaiczną. Do 2028 roku mają tam pracować panele o mocy 25 "
    "MW.",
)
case(
    "machines_working_with_capacity",
    "W zakładzie spółki Agropak w Kutnie pracują od lipca dwie maszyny pakujące o wydajności 40 ton na godzinę.",
)
case(
    "area_in_square_metres_no_headcount",
    "Spółka Logimax postawi w Strykowie magazyn o powierzchni 18 tys. m kw. Pracę znajdzie w nim 150 osób.",
    f("Logimax", "jobs", 150),
)
# --- 3. jobs: new, kept, totals ---------------------------------------------------------------------------------
case(
    "office_employing_eventually_new_jobs",
    "Spółka Nordvik Engineering, córka norweskiego koncernu, otworzy w Szczecinie biuro konstrukcyjne "
    "zatrudniające docelowo 80 inżynierów.",
    f("Nordvik Engineering", "jobs", 80),
)
case(
    "kept_and_new_jobs_noun_left_out",
    "Po rozbudowie zakładu w Oleśnicy firma Metalplast utrzyma 200 etatów i stworzy 45 nowych.",
    f("Metalplast", "jobs", 200),
    f("Metalplast", "jobs", 45),
)
case(
    "total_of_several_projects_nobodys",
    "Strefa ma dwóch nowych inwestorów. Spółka Baltic Foods wybuduje chłodnię za 30 mln zł, a firma Kranex halę "
    "za 22 mln zł. W sumie oba projekty dadzą około 110 miejsc pracy.",
    f("Baltic Foods", "investment", 30 * M),
    f("Kranex", "investment", 22 * M),
)
case(
    "total_jobs_of_listed_investments_nobodys",
    "Największe inwestycje roku w Gnieźnie to hala firmy Pakmar i laboratorium spółki Biovet. Łącznie to 260 mln "
    "zł i około 300 nowych miejsc pracy – mówił prezydent miasta.",
)
# --- 4. the speaker's "we" and "our partner" --------------------------------------------------------------------
case(
    "our_partner_members_in_quote",
    "Klaster Drzewny Podlasia podpisał porozumienie z fińskim stowarzyszeniem Puuverkko ry. – Nasz partner zrzesza "
    "90 firm, a my mamy ich 40 – powiedział Marek Olszewski, prezes Klastra Drzewnego Podlasia.",
    f("Puuverkko ry", "members", 90),
    f("Klaster Drzewny Podlasia", "members", 40),
)
case(
    "newspaper_we_reported_no_speaker",
    "Firma Greentec buduje w Koninie zakład recyklingu baterii. Jak informowaliśmy w maju, zatrudnionych zostanie "
    "tam 120 osób. Plac budowy odwiedził w piątek Tomasz Wilk, wiceprezes Łódzkiej Specjalnej Strefy "
    "Ekonomicznej.",
    f("Greentec", "jobs", 120),
)
case(
    "newspaper_we_wrote_investment",
    "Jak już pisaliśmy, zakład firmy Kompozyt Plus w Mielcu będzie kosztował 70 mln zł – przypomniał Adam Zając, "
    "dyrektor Agencji Rozwoju Przemysłu.",
    f("Kompozyt Plus", "investment", 70 * M),
)
case(
    "newspaper_we_remind_present_tense",
    "Spółka Recyklon stawia w Sieradzu sortownię odpadów. Jak przypominamy od miesięcy budowa pochłonie 45 mln zł. "
    "Teren odwiedził w czwartek Piotr Rak, wiceprezes Łódzkiej Specjalnej Strefy Ekonomicznej.",
    f("Recyklon", "investment", 45 * M),
)
case(
    "newspaper_we_inform_jobs",
    "Firma Dalkor otwiera w Turku centrum serwisowe. Jak informujemy na bieżąco w centrum znajdzie pracę 65 osób – "
    "dodał Jan Mazur, dyrektor Agencji Rozwoju Regionalnego w Koninie.",
    f("Dalkor", "jobs", 65),
)
case(
    "company_we_invest_speaker_org_kept",
    "– Zainwestujemy w Ostrowie 55 mln zł i zatrudnimy 70 osób – zapowiedział Jerzy Malinowski, prezes spółki "
    "Ostromet.",
    f("Ostromet", "investment", 55 * M),
    f("Ostromet", "jobs", 70),
)
# --- 5. tables flattened to text with a header row of columns -----------------------------------------------
case(
    "table_header_columns_no_separators",
    "Strefa wydała w 2025 roku 9 decyzji o wsparciu.\n\nInwestor Gmina Wartość inwestycji (mln zł) Nowe etaty\n"
    "Polimerix Sp. z o.o. Żary 54,0 35\nDrewbox Sp. z o.o. Nowa Sól 17,5 20\n",
    f("Polimerix Sp. z o.o.", "investment", 54 * M),
    f("Polimerix Sp. z o.o.", "jobs", 35),
    f("Drewbox Sp. z o.o.", "investment", 17.5 * M),
    f("Drewbox Sp. z o.o.", "jobs", 20),
)
case(
    "table_header_columns_with_bars",
    "Nowi inwestorzy w parku\n\nInwestor | Nakłady (mln zł) | Miejsca pracy\nTermo-Dach S.A. | 12,4 | 18\n"
    "Vexa Logistics Sp. z o.o. | 31,0 | 60\n",
    f("Termo-Dach S.A.", "investment", 12.4 * M),
    f("Termo-Dach S.A.", "jobs", 18),
    f("Vexa Logistics Sp. z o.o.", "investment", 31 * M),
    f("Vexa Logistics Sp. z o.o.", "jobs", 60),
)

# s10-int dc01ee9 (before fig10) passed 8 of 21; fig10 passes 16 of 21 (measure units, "docelowo",
# press verbs, links, a clause after an apposition opening with an adverbial, a noun left out,
# the subject of a clause joined by ', a').
# total_of_several_projects_nobodys and total_jobs_of_listed_investments_nobodys pass since s11 fig11 (a sum with
# a few counted projects or the demonstrative 'to' as its subject; tune v042's 'Łącznie firmy' stays the zone's);
# the two table cases pass since s11 fig11 (extract/figure_table.py reads a header's metric columns and their rows)
# our_partner_members_in_quote passes since s11 org12 (the Finnish association's legal form 'ry' stays in its name)
FAILING: dict[str, str] = {}


@pytest.mark.parametrize("key", keyed_params(CASES, FAILING))
def test_figures_s10fig10(key: str) -> None:
    assert check(*CASES[key]) == []


def test_the_battery_is_large_and_varied() -> None:
    assert len(CASES) >= 15
    assert len({text for text, _ in CASES.values()}) == len(CASES)


if __name__ == "__main__":  # pass count: PYTHONPATH=src python -m tests.extract.test_figures_s10fig10
    print_pass_count(CASES, lambda k: check(*CASES[k]), lambda k: CASES[k][0], show_failing=True)
