"""The misfires of session 11's figure rules (fig11) that a reviewer verified, each in this file's own invented words
with the right answer, beside a guard of the rule's intended case (session 11, fig12, part B)."""

from __future__ import annotations

import kooperacja


def _figures(text: str) -> set[tuple[str, str, float]]:
    rec = kooperacja.extract(text, doc_id="t", published="2026-03-01")
    names = {e["id"]: e["name"] for e in rec["entities"]}
    return {(names[f["entity"]], f["metric"], float(f["value"])) for f in rec["figures"]}


def _values(got: set[tuple[str, str, float]]) -> set[float]:
    return {v for _o, _m, v in got}


# --- a sum of a few counted projects: whose projects they are -----------------------------------------------------
def test_sum_of_projects_one_firm_runs_is_its_own_after_other_firms() -> None:
    got = _figures(
        "Spółka Norbet postawi w podstrefie magazyn, a firma Terpol halę. Firma Valdo Systemy prowadzi w Tczewie dwa "
        "projekty. W sumie dwa projekty kosztują 45 mln zł."
    )
    assert ("Valdo Systemy", "investment", 45e6) in got


def test_sum_of_projects_of_two_firms_stays_nobodys() -> None:
    # guard: the sentence that names the projects names two firms: a joint sum
    got = _figures(
        "Firma Kalmor i spółka Drevix prowadzą w Pile dwie inwestycje. Łącznie obie inwestycje pochłoną 70 mln zł."
    )
    assert 70e6 not in _values(got)


# --- flattened tables: a share's column, too few people, a name that is only a legal form --------------------------
def test_table_column_of_a_share_is_no_money() -> None:
    got = _figures(
        "Eksporterzy regionu\n\nFirma | Eksport (%) | Liczba pracowników\nKorbex S.A. | 55 | 320\n"
    )
    assert got == {("Korbex S.A.", "employees", 320.0)}


def test_table_column_of_export_money_is_read() -> None:
    # guard: the same column with a currency in its bracket
    got = _figures(
        "Eksporterzy regionu\n\nFirma | Eksport (mln zł) | Liczba pracowników\nKorbex S.A. | 55 | 320\n"
    )
    assert got == {("Korbex S.A.", "exports", 55e6), ("Korbex S.A.", "employees", 320.0)}


def test_table_rows_with_too_few_jobs_give_no_jobs() -> None:
    got = _figures(
        "Decyzje o wsparciu w marcu\n\nInwestor | Nowe etaty | Nakłady (mln zł)\nKorbex S.A. | 2 | 14,5\n"
        "Delmar S.A. | 0 | 9\nTermix S.A. | 35 | 20\n"
    )
    assert ("Termix S.A.", "jobs", 35.0) in got
    assert not any(m == "jobs" and v < 5 for _o, m, v in got)


def test_table_row_owner_is_never_a_bare_legal_form() -> None:
    got = _figures(
        "Decyzje o wsparciu w marcu\n\nInwestor | Nowe etaty | Nakłady (mln zł)\n"
        "Alfa Trans sp. z o.o. | 40 | 12,5\nKraftel Sp. z o.o. | 30 | 8\n"
    )
    assert ("Kraftel Sp. z o.o.", "jobs", 30.0) in got
    assert not any(o.lower().startswith("sp.") for o, _m, _v in got)


# --- a falling pair of amounts in prose is a whole and its part, no list --------------------------------------------
def test_falling_pair_of_money_is_the_whole_only() -> None:
    got = _figures("Firma Helvar wyda na rozbudowę 90 mln zł – 60 mln zł zapewni bank.")
    assert ("Helvar", "investment", 90e6) in got
    assert 60e6 not in _values(got)


def test_falling_pair_of_people_is_the_whole_only() -> None:
    got = _figures("Spółka Helvar zatrudnia 500 – 420 osób pracuje w fabryce pod Lesznem.")
    assert ("Helvar", "employees", 500.0) in got
    assert 420.0 not in _values(got)


def test_rising_pair_of_money_is_still_a_range() -> None:
    # guard: a rising pair with its unit on both ends is a range, no figure
    got = _figures("Firma Helvar wyda na rozbudowę 90 mln zł – 120 mln zł.")
    assert not any(m == "investment" for _o, m, _v in got)


def test_dash_list_rows_still_part_their_cells() -> None:
    # guard: rows of a list that a dash opens ("Firma X – amount – jobs")
    got = _figures(
        "Nowi inwestorzy w Kole:\nFirma Belvox – 36 mln zł – 55 miejsc pracy\nSpółka Marlen – 12 mln zł – 20 miejsc pracy"
    )
    assert {("Belvox", "investment", 36e6), ("Belvox", "jobs", 55.0), ("Marlen", "investment", 12e6)} <= got


# --- a verb of taking part at a fair or on a trip reaches no number across another verb ---------------------------
def test_firm_that_exhibited_keeps_its_headcount() -> None:
    got = _figures("Spółka Kelmar, która prezentowała się na targach, zatrudnia 320 osób.")
    assert ("Kelmar", "employees", 320.0) in got


def test_firm_visited_by_a_delegation_keeps_its_headcount() -> None:
    got = _figures("Spółka Norvik, do której przyjechał wojewoda, zatrudnia 210 osób.")
    assert ("Norvik", "employees", 210.0) in got


def test_exhibiting_and_travelling_firms_are_still_no_count() -> None:
    # guard: the verb of taking part governs the count
    assert 25.0 not in _values(
        _figures("W hali wystawowej w Kielcach prezentowało się 25 firm z Klastra Drzewnego.")
    )
    assert 16.0 not in _values(
        _figures("Na misję do Wietnamu pojechało 16 firm z Klastra Lotniczego Podkarpacia.")
    )


# --- a first person past verb outside the metric vocabulary names no speaker's money -----------------------------
def test_talk_about_another_firms_investment_is_that_firms() -> None:
    got = _figures(
        "– Rozmawialiśmy z zarządem spółki Kalvet o inwestycji za 70 mln zł – mówiła Ewa Sadowska, dyrektor agencji "
        "Invest Lublin."
    )
    assert ("Kalvet", "investment", 70e6) in got
    assert not any(o.startswith("Invest") for o, _m, _v in got)


def test_spending_in_the_first_person_past_is_the_speakers_firms() -> None:
    # guard: a spending verb in the first person past
    got = _figures(
        "– W ubiegłym roku wydaliśmy na nowe maszyny 15 mln zł – mówi Marek Lis, prezes firmy Kormet."
    )
    assert ("Kormet", "investment", 15e6) in got


# --- a letter of intent drops only the count of its own signatories ----------------------------------------------
def test_members_of_a_signing_cluster_stay() -> None:
    got = _figures(
        "Klaster Drzewny Kujaw, który zrzesza 45 firm, podpisał list intencyjny w sprawie utworzenia centrum "
        "szkoleniowego z Politechniką Bydgoską."
    )
    assert ("Klaster Drzewny Kujaw", "members", 45.0) in got


def test_signatories_of_a_letter_of_intent_are_still_no_count() -> None:
    # guard: the counted firms are those who sign
    got = _figures(
        "Przedstawiciele 14 firm podpisali list intencyjny w sprawie utworzenia Klastra Spożywczego Mazur."
    )
    assert 14.0 not in _values(got)


# --- "władze" of a country are its government, no town's -----------------------------------------------------------
def test_country_authorities_money_is_no_towns() -> None:
    got = _figures("Delegacja z Kalisza była w Wiedniu. Władze Austrii przeznaczą 2 mld euro na kolej.")
    assert not any(o in ("Wiedeń", "Kalisz") for o, _m, _v in got)


def test_town_authorities_money_stays_the_towns() -> None:
    # guard: a town after "władze"
    got = _figures("Władze Kalisza przeznaczą 8 mln zł na uzbrojenie terenów przy obwodnicy.")
    assert ("Kalisz", "budget", 8e6) in got


# --- "emisja" is a share issue only where no nearer verb of a metric takes the number ---------------------------
def test_emission_of_dust_and_spending_after_an_issue_are_investments() -> None:
    assert ("Termet", "investment", 25e6) in _figures(
        "Aby zmniejszyć emisję pyłów, spółka Termet wyda 25 mln zł na filtry."
    )
    assert ("Termet", "investment", 180e6) in _figures(
        "Po emisji akcji spółka Termet zainwestuje 180 mln zł w nową walcownię."
    )


def test_money_raised_from_an_issue_is_still_no_figure() -> None:
    # guard: the money raised, the issue's own
    assert 90e6 not in _values(_figures("Spółka Termet pozyskała z emisji akcji 90 mln zł."))


# --- "grupa" before a plural genitive is a band of unnamed ones, no parent group ----------------------------------
def test_band_of_investors_is_no_parent_group() -> None:
    got = _figures(
        "Firma Kolvex należy do grupy Marten Holding. Grupa inwestorów z Korei wyda w Pile 120 mln zł."
    )
    assert 120e6 not in _values(got)


def test_whole_group_still_takes_up_the_parent() -> None:
    # guard: "cała grupa" with no noun after it
    got = _figures(
        "Spółka Delmor, należąca do grupy Kerrano, zatrudnia 900 osób. Cała grupa zatrudnia 150 tys. osób."
    )
    assert ("Kerrano", "employees", 150000.0) in got
