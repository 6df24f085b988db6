"""A fifth battery of invented news passages for figures (issue 8, item 6; session 9, second wave), in its author's
own words: invented companies, clusters and amounts. It probes whose figure a number is where the nearest or the
first name is not the owner: a second clause joined by ", a" with its own subject; a relative clause that hangs on a
noun in apposition after a dash (the owner is the name before the dash); a bare "spółka" / "firma" / "producent"
that takes up the company named last in the previous sentence, not the article's first investor; impersonal verbs
("wydano", "zmodernizowano") that leave the amount to the company of the sentence before; and a company's revenue
stated in a relative clause about it. Each wanted figure is (owner, metric, value, unit, qualifier).
"""

from __future__ import annotations

import pytest

from .battery import case_adder, keyed_params, print_pass_count
from .test_figures_s9fig import Fig5, check, f

M = 1_000_000
CASES: dict[str, tuple[str, frozenset[Fig5]]] = {}
case = case_adder(CASES)

# --- 1. a second clause after ", a" with its own subject ------------------------------------------------------------
case(
    "contrast_two_clusters_members",
    "Klaster Drzewny Podkarpacia zrzesza 35 firm, a Saksoński Klaster Meblowy skupia ponad 90 przedsiębiorstw.",
    f("Klaster Drzewny Podkarpacia", "members", 35),
    f("Saksoński Klaster Meblowy", "members", 90, "more_than"),
)
case(
    "contrast_two_companies_employees",
    "Spółka Metalbud zatrudnia 140 osób, a firma Stalkon daje pracę około 300 pracownikom.",
    f("Metalbud", "employees", 140),
    f("Stalkon", "employees", 300, "approx"),
)
case(
    "contrast_two_investors_amounts",
    "Zakłady Betonex zainwestują w Kielcach 20 mln zł, a spółka Gipsan wyda na nową linię 35 mln zł.",
    f("Zakłady Betonex", "investment", 20 * M),
    f("Gipsan", "investment", 35 * M),
)
case(
    "contrast_acronym_and_foreign_name",
    "Śląski Klaster Narzędziowy (ŚKN) i czeska sieć Moravia Tools Network podpisały list intencyjny. ŚKN zrzesza "
    "44 firmy z regionu, a Moravia Tools Network skupia ponad 70 przedsiębiorstw.",
    f("Śląski Klaster Narzędziowy", "members", 44),
    f("Moravia Tools Network", "members", 70, "more_than"),
)
case(
    "contrast_sentence_two",
    "Oba klastry podpisały porozumienie o współpracy. Pomorski Klaster Morski liczy 48 członków, a Klaster "
    "Logistyczny Bałtyk zrzesza 61 firm z regionu.",
    f("Pomorski Klaster Morski", "members", 48),
    f("Klaster Logistyczny Bałtyk", "members", 61),
)
case(
    "contrast_same_subject_no_new_name",
    "Firma Radpol zatrudnia 210 osób, a w przyszłym roku zatrudni kolejnych 40 osób.",
    f("Radpol", "employees", 210),
    f("Radpol", "jobs", 40),
)
# --- 2. a relative clause on a noun in apposition after a dash -----------------------------------------------------
case(
    "dash_apposition_relative_members",
    "Klaster Smart Energy dołączył do Baltic Energy Network – sieci z siedzibą w Rydze, która zrzesza 40 "
    "organizacji z krajów nadbałtyckich. Sam klaster ma 22 członków.",
    f("Baltic Energy Network", "members", 40),
    f("Klaster Smart Energy", "members", 22),
)
case(
    "dash_apposition_relative_employees",
    "Umowę podpisała także firma Termex – producent grzejników z Radomia, który zatrudnia 180 osób.",
    f("Termex", "employees", 180),
)
case(
    "dash_apposition_relative_companies",
    "Wielkopolski Klaster Spożywczy wstąpił do Food Valley Europe – stowarzyszenia, które skupia ponad 150 "
    "firm i uczelni.",
    f("Food Valley Europe", "members", 150, "more_than"),
)
case(
    "dash_apposition_after_acronym",
    "Lubelski Klaster Cyfrowy został członkiem Digital Clusters Alliance (DCA) – związku z siedzibą w Wiedniu, który "
    "skupia 64 klastry z 19 państw.",
    f("Digital Clusters Alliance", "members", 64),
)
case(
    "dash_apposition_relative_plant_not_owner",
    "Spółka Kablex – producent przewodów z Płocka, który w tym roku świętuje jubileusz – zatrudni kolejnych 50 osób.",
    f("Kablex", "jobs", 50),
)
# --- 3. a bare "spółka" / "firma" after another company was named --------------------------------------------------
case(
    "second_investor_bare_company",
    "Strefa wydała dwie decyzje. Firma Alukon rozbuduje zakład w Ełku za 60 mln zł i zatrudni 80 osób. "
    "Drugą decyzję otrzymała spółka Drewmax z Olecka. Za około 15 mln zł spółka kupi nowe maszyny i utworzy "
    "12 miejsc pracy.",
    f("Alukon", "investment", 60 * M),
    f("Alukon", "jobs", 80),
    f("Drewmax", "investment", 15 * M, "approx"),
    f("Drewmax", "jobs", 12),
)
case(
    "second_investor_bare_firm_jobs",
    "Największą inwestycję zapowiedziała spółka Polkart, która wyda 90 mln zł. Zezwolenie dostał również "
    "Elmot ze Stalowej Woli. Firma zatrudni 30 nowych pracowników.",
    f("Polkart", "investment", 90 * M),
    f("Elmot", "jobs", 30),
)
case(
    "agreement_then_bare_company_area",
    "Gmina Pruszcz podpisała umowę z firmą Logipark, deweloperem magazynów. Spółka kupi od gminy 30 ha "
    "gruntów przy obwodnicy.",
    f("Logipark", "area_ha", 30),
)
case(
    "second_beneficiary_bare_firm_jobs",
    "Decyzję o wsparciu dostała firma Polbet, która zainwestuje w Tczewie 50 mln zł. Drugim beneficjentem "
    "została spółka Tekmar z Pucka. Firma zatrudni 20 nowych pracowników.",
    f("Polbet", "investment", 50 * M),
    f("Tekmar", "jobs", 20),
)
case(
    "bare_company_after_client_genitive",
    "Zakład w Opolu otworzyła spółka Wentex, dostawca dla koncernu Volvo. Spółka zatrudni tam 70 osób.",
    f("Wentex", "jobs", 70),
)
case(
    "second_permit_apposition_then_bare_firm",
    "Zezwolenia na działalność w strefie dostały dwie firmy. Spółka Budimex-Term wybuduje w Gnieźnie halę za 45 mln "
    "zł. Drugie zezwolenie dostał Ferroplast z Wrześni, producent rynien i rur. Firma zatrudni 30 osób.",
    f("Budimex-Term", "investment", 45 * M),
    f("Ferroplast", "jobs", 30),
)
case(
    "client_named_between_topic_goes_on",
    "Nowy magazyn w Sochaczewie otworzyła spółka Kargo. Z usług spółki korzysta sieć sklepów Lidl. Firma "
    "zatrudnia 150 osób.",
    f("Kargo", "employees", 150),
)
case(
    "bare_company_first_named_stays",
    "Spółka Hydrotech otrzymała decyzję o wsparciu. Spółka wyda na nową halę 25 mln zł.",
    f("Hydrotech", "investment", 25 * M),
)
# --- 4. impersonal verbs -------------------------------------------------------------------------------------------
case(
    "impersonal_za_amount",
    "Fabryka Okien Sobex zakończyła modernizację zakładu w Kole. Za 18 mln zł wymieniono linię lakierniczą i "
    "zautomatyzowano magazyn.",
    f("Fabryka Okien Sobex", "investment", 18 * M),
)
case(
    "impersonal_spent",
    "Spółka Agrolen otworzyła nową suszarnię zboża. Na budowę wydano 12 mln zł.",
    f("Agrolen", "investment", 12 * M),
)
case(
    "impersonal_invested_headline",
    "Nowa hala Presstechu gotowa\n\nFirma Presstech oddała do użytku halę produkcyjną w Mielcu. W budynek i "
    "maszyny zainwestowano ponad 40 mln zł.",
    f("Presstech", "investment", 40 * M, "more_than"),
)
# --- 5. revenue in a relative clause -------------------------------------------------------------------------------
case(
    "relative_revenue_reached",
    "Firma Kerat, która w ubiegłym roku osiągnęła 95 mln zł przychodów, wchodzi na rynek słowacki.",
    f("Kerat", "revenue", 95 * M),
)
case(
    "revenue_plain_sentence",
    "W 2024 roku spółka Lakmet osiągnęła przychody w wysokości 210 mln zł.",
    f("Lakmet", "revenue", 210 * M),
)
case(
    "revenue_short_name_relative",
    "Zakłady Mięsne Rolmex sp. z o.o. otworzyły nowy sklep firmowy. Rolmex, który w 2024 r. miał 320 mln zł "
    "przychodów, planuje kolejne.",
    f("Zakłady Mięsne Rolmex", "revenue", 320 * M),
)

case(
    "short_form_relative_far_back",
    "Huta Szkła Lumex S.A. uruchomiła w Jaśle nowy piec. Inwestycja była gotowa w pół roku. Dostawcą pieca była "
    "firma z Włoch. Odbiorcami szkła są głównie producenci kosmetyków. Lumex, który w 2024 roku osiągnął 410 mln zł "
    "przychodów, szuka klientów w Skandynawii.",
    f("Huta Szkła Lumex S.A.", "revenue", 410 * M),
)
case(
    "capitalised_word_of_no_org_owns_nothing",
    "Spółka Darpol wyda na nową halę 20 mln zł. W nowej hali powstanie linia Optima, która kosztowała 8 mln zł.",
    f("Darpol", "investment", 20 * M),
)

case(
    "gives_work_now_and_will_give",
    "Spółka meblarska Lignoform daje pracę 260 osobom. Po rozbudowie spółka da pracę kolejnym 90 pracownikom.",
    f("Lignoform", "employees", 260),
    f("Lignoform", "jobs", 90),
)

# --- 6. a relative clause between the metric noun and its linking verb ------------------------------------------
case(
    "relative_between_value_and_copula",
    "Gmina Kutno sprzedała działkę firmie Agrobud. Wartość inwestycji, którą zrealizuje tam spółka Termax, to "
    "75 mln zł.",
    f("Termax", "investment", 75 * M),
)
case(
    "relative_between_cost_and_link_other_firm_before",
    "Firma Zenon podpisała umowę z firmą Lakpol. Koszt hali, którą wybuduje Lakpol, wyniesie 30 mln zł.",
    f("Lakpol", "investment", 30 * M),
)
case(
    "relative_between_owner_in_subject",
    "Koszt nowej hali spółki Drewbud, którą zaprojektowało biuro Archimo, szacuje się na 18 mln zł.",
    f("Drewbud", "investment", 18 * M),
)
case(
    "copula_after_long_genitives",
    "Spółka Dombud otworzyła biuro w Lesznie. Koszt budowy nowej siedziby regionalnej firmy to 12 mln zł.",
    f("Dombud", "investment", 12 * M),
)

case(
    "link_then_year_then_amount",
    "Eksport grupy Vitrox do krajów Unii wyniósł w 2024 roku 640 mln zł. Całkowita sprzedaż spółki Vitrox sięgnęła "
    "w ubiegłym roku 1,1 mld zł.",
    f("Vitrox", "exports", 640 * M),
    f("Vitrox", "revenue", 1100 * M),
)
case(
    "organisations_counted",
    "Na terenie Parku Technologicznego Kortex działa już 35 organizacji. Stowarzyszenie Eksporterów Mebli "
    "skupia ponad 70 organizacji branżowych.",
    f("Park Technologiczny Kortex", "companies", 35),
    f("Stowarzyszenie Eksporterów Mebli", "members", 70, "more_than"),
)

# --- 7. a name inside a prepositional phrase before the subject -----------------------------------------------------
case(
    "participle_phrase_group_before_subject",
    "Należąca do niemieckiej grupy Steinhof spółka Mławtech zainwestuje w Mławie 80 mln zł.",
    f("Mławtech", "investment", 80 * M),
)
case(
    "after_takeover_phrase_subject",
    "Po przejęciu firmy Kormet grupa Aldex zatrudnia 900 osób.",
    f("Grupa Aldex", "employees", 900),
)
case(
    "time_phrase_then_subject_kept",
    "Od stycznia spółka Ramex zatrudnia 300 osób. W Kole firma Termex zainwestuje 20 mln zł.",
    f("Ramex", "employees", 300),
    f("Termex", "investment", 20 * M),
)

# s9-int (ef049e2) passes 19 of these 37 passages. It fails the three dash appositions (the relative clause went to
# the sentence's subject, or the joining verb of the main clause dropped the network's count as an increment), the
# three bare "spółka"/"firma" cases (the document's first investor or a client in the genitive took the figure), the
# two prices after a clause-opening "za" (no metric), the short form far back (no owner), "daje pracę N osobom" (read
# as jobs, not the present headcount), the four of section 6 (no metric past the relative clause or past long
# genitives before "to", or the firm named before took the figure), exports stated after a year between the link and
# the amount, a count of "organizacji" (no metric) and the two names inside a prepositional phrase of section 7 (taken
# for the subject). s9 fig7 passes all 37.
FAILING: dict[str, str] = {}


@pytest.mark.parametrize("key", keyed_params(CASES, FAILING))
def test_figures_s9fig7(key: str) -> None:
    assert check(*CASES[key]) == []


if __name__ == "__main__":  # pass count: PYTHONPATH=src python -m tests.extract.test_figures_s9fig7
    print_pass_count(CASES, lambda k: check(*CASES[k]), lambda k: CASES[k][0], show_failing=True)
