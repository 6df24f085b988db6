"""Rules of session 11 (fig11) for figures, each with its own-words sentence and a near miss that must not fire."""

from __future__ import annotations

import kooperacja


def _figures(text: str) -> set[tuple[str, str, float]]:
    rec = kooperacja.extract(text, doc_id="t", published="2025-03-01")
    names = {e["id"]: e["name"] for e in rec["entities"]}
    return {(names[f["entity"]], f["metric"], float(f["value"])) for f in rec["figures"]}


# --- a sentence opening with a short form of a name named before, or with a firm the text has not named -------------
def test_short_form_subject_owns_the_figure_not_a_later_name() -> None:
    got = _figures(
        "Nowe inwestycje w gminie to rozbudowa zakładu przekładni Kugel Hoffer Polska oraz biuro firmy Velto "
        "Systems.\n\nKugel Hoffer zbuduje na nowej działce halę za 60 mln zł i zatrudni 90 osób, a Velto Systems ma "
        "już 40 pracowników."
    )
    assert ("Kugel Hoffer Polska", "investment", 60e6) in got
    assert ("Kugel Hoffer Polska", "jobs", 90.0) in got
    assert ("Velto Systems", "employees", 40.0) in got
    assert not any(o == "Velto Systems" and m == "investment" for o, m, _v in got)


def test_named_firm_with_apposition_keeps_its_figure() -> None:
    # near miss: the name finder knows the firm before the apposition: its own mention owns the money (the rule's
    # no-owner answer is for a name it left alone, as in a flattened table's row read wrongly)
    got = _figures(
        "Patronem konkursu jest Pomorska Specjalna Strefa Ekonomiczna. Delvort Engineering, duński producent "
        "śrub okrętowych, w zeszłym roku otworzył w Tczewie zakład za 45 mln zł."
    )
    assert ("Delvort Engineering", "investment", 45e6) in got


def test_common_word_opening_still_takes_the_previous_subject() -> None:
    # near miss: "Spółka" opens the sentence, a common noun, not a name: the firm of the sentence before owns it
    got = _figures("Firma Korvex kupiła działkę w Żarach. Spółka wyda na nową halę 30 mln zł.")
    assert ("Korvex", "investment", 30e6) in got


# --- the sum of a few projects or firms just named is nobody's figure; so is a headline amount that the body sums ---
def test_sum_of_few_named_projects_is_nobodys() -> None:
    got = _figures(
        "Strefa ma dwóch nowych inwestorów. Firma Arvento postawi w Pile halę za 30 mln zł, a spółka Kelmot "
        "zainwestuje w Chodzieży 12 mln zł. W sumie obie inwestycje stworzą około 90 etatów."
    )
    assert ("Arvento", "investment", 30e6) in got
    assert ("Kelmot", "investment", 12e6) in got
    assert not any(v == 90 for _o, _m, v in got)


def test_sum_with_demonstrative_and_its_headline_are_nobodys() -> None:
    got = _figures(
        "Rekordowy rok w podstrefie. Nowe projekty warte ponad 500 mln zł\n\n"
        "Największe inwestycje to nowa hala firmy Mirvel oraz centrum badawcze spółki Dantrok. Łącznie to ponad "
        "500 mln zł – wyliczał podczas konferencji prasowej burmistrz. Mirvel otrzymał decyzję o wsparciu od "
        "Wałbrzyskiej Specjalnej Strefy Ekonomicznej."
    )
    assert not any(v == 500e6 for _o, _m, v in got)


def test_zone_total_of_its_firms_stays_the_zones() -> None:
    # near miss: "łącznie" with firms counted by nobody (all those of a zone's year): the zone's total
    got = _figures(
        "Słupska Specjalna Strefa Ekonomiczna wydała w ubiegłym roku 12 decyzji o wsparciu. W sumie przedsiębiorcy "
        "zadeklarowali utworzenie 310 nowych miejsc pracy."
    )
    assert ("Słupska Specjalna Strefa Ekonomiczna", "jobs", 310.0) in got


def test_headline_amount_of_a_named_owner_stays() -> None:
    # near miss: the headline names its owner; the body's amount, a sum of two, does not take it away
    got = _figures(
        "Firma Norvalt wyda 80 mln zł na nowy zakład\n\nSpółka Norvalt zbuduje zakład w Oleśnicy, a firma Pelkor "
        "magazyn w Miliczu. Łącznie to 80 mln zł i 60 miejsc pracy."
    )
    assert ("Norvalt", "investment", 80e6) in got


# --- a dash between an amount with its currency and a bare number parts the cells of a list: no range ------------
def test_dash_list_rows_are_no_ranges() -> None:
    got = _figures(
        "Największe inwestycje w podstrefie:\nFirma Dorvel – 48 mln zł – 70 miejsc pracy\nSpółka Tarmix – 26 mln zł – "
        "30 miejsc pracy"
    )
    assert {("Dorvel", "investment", 48e6), ("Dorvel", "jobs", 70.0), ("Tarmix", "investment", 26e6)} <= got


def test_spaced_dash_between_amounts_is_still_a_range() -> None:
    # near miss: both ends carry the unit, rising: a range, no figure (annotation.md)
    got = _figures("Firma Dorvel wyda na nowy zakład 40 mln zł – 50 mln zł.")
    assert not any(m == "investment" for _o, m, _v in got)


# --- a flattened table: a header line of metric columns and the rows below it ----------------------------------------
def test_table_with_bars() -> None:
    got = _figures(
        "Nowi inwestorzy w podstrefie\n\nSpółka | Nowe etaty | Gmina | Wartość inwestycji (mln zł)\n"
        "Kraftel Sp. z o.o. | 40 | Brzeg | 22,5\nOrmida S.A. | 12 | Nysa | 8,0\n"
    )
    assert {
        ("Kraftel Sp. z o.o.", "investment", 22.5e6),
        ("Kraftel Sp. z o.o.", "jobs", 40.0),
        ("Ormida S.A.", "investment", 8e6),
        ("Ormida S.A.", "jobs", 12.0),
    } <= got


def test_table_without_separators() -> None:
    got = _figures(
        "Strefa wydała w tym roku 7 decyzji o wsparciu.\n\nInwestor Gmina Wartość inwestycji (mln zł) Nowe etaty\n"
        "Kraftel Sp. z o.o. Brzeg 22,5 40\nOrmida S.A. Nysa 8,0 12\n"
    )
    assert ("Kraftel Sp. z o.o.", "investment", 22.5e6) in got
    assert ("Ormida S.A.", "jobs", 12.0) in got


def test_table_column_of_money_without_unit_is_not_read() -> None:
    # near miss: "Nakłady" with no unit of its own: the cells' numbers are nobody's money
    got = _figures(
        "Nowi inwestorzy w podstrefie\n\nInwestor | Nowe etaty | Nakłady\nKraftel Sp. z o.o. | 40 | 22,5\n"
    )
    assert not any(m == "investment" for _o, m, _v in got)


def test_prose_line_is_no_header() -> None:
    # near miss: a sentence naming outlays and jobs, then a line of numbers: no table
    got = _figures(
        "Zarząd firmy Kraftel przedstawił nakłady (mln zł) oraz nowe miejsca pracy.\nKraftel Sp. z o.o. 2025 40\n\n"
        "Więcej w przyszłym tygodniu."
    )
    assert not any(v in (2025.0, 40.0) for _o, _m, v in got)


# --- firms exhibiting at a fair or travelling on a mission are no body's members ------------------------------------
def test_exhibiting_and_travelling_firms_are_no_members() -> None:
    got = _figures(
        "Klaster Obróbki Drewna Lubuskie Meble zrzesza 40 członków. Podczas jesiennej wystawy mebli w Kielcach "
        "wystawiało się 14 firm z województwa. Na misję do Brna pojechało 9 przedsiębiorstw."
    )
    assert ("Klaster Obróbki Drewna Lubuskie Meble", "members", 40.0) in got
    assert not any(v in (14.0, 9.0) for _o, _m, v in got)


def test_members_who_travel_are_still_counted() -> None:
    # near miss: the membership verb governs the count; travel is said of the members in a relative clause
    got = _figures("Izba Gospodarcza Warmii skupia 230 firm, które przyjechały na walne zgromadzenie.")
    assert ("Izba Gospodarcza Warmii", "members", 230.0) in got


# --- a past form in the first person plural ("zainwestowaliśmy"): its lemma is looked up, its speaker owns it -------
def test_first_person_past_in_a_quote_is_the_speakers_firms() -> None:
    got = _figures(
        "Spółka Arvix podsumowała rok. – W ubiegłym roku zainwestowaliśmy w park maszynowy 35 mln zł – mówi Jan Kos, "
        "prezes spółki Arvix."
    )
    assert ("Arvix", "investment", 35e6) in got


def test_newspaper_we_in_the_past_is_no_speaker() -> None:
    # near miss: "jak informowaliśmy" is the paper's voice: the firm of the sentence before keeps the figure
    got = _figures(
        "Firma Greentec buduje w Koninie zakład. Jak informowaliśmy w maju, zatrudnionych zostanie tam 120 osób."
    )
    assert ("Greentec", "jobs", 120.0) in got


# --- "między X a Y": a range, no figure (annotation.md) ----------------------------------------------------------
def test_range_between_and_is_no_figure() -> None:
    got = _figures("Inwestycja firmy Gortex w Ełku ma kosztować między 40 a 60 mln zł.")
    assert not any(m == "investment" for _o, m, _v in got)


def test_two_amounts_joined_by_a_are_no_range() -> None:
    # near miss: "a" joins two clauses, each with its own amount, after no word that opens a range
    got = _figures("Spółka Gortex wyda na halę 20 mln zł, a spółka Vemar 5 mln zł.")
    assert {("Gortex", "investment", 20e6), ("Vemar", "investment", 5e6)} <= got


# --- the signatories of a letter of intent to found a body are no founders ---------------------------------------
def test_letter_of_intent_signatories_are_no_partners() -> None:
    got = _figures(
        "Dwanaście firm i uczelni podpisało w piątek list intencyjny w sprawie utworzenia Klastra Wodorowego Pomorza."
    )
    assert not any(m == "partners" for _o, m, _v in got)


def test_founding_agreement_signatories_are_partners() -> None:
    # near miss: an agreement that founds the cluster: its signatories are the founding partners
    got = _figures(
        "Porozumienie o utworzeniu Klastra Drzewnego Kaszub podpisało w piątek 12 partnerów założycieli."
    )
    assert any(m == "partners" and v == 12 for _o, m, v in got)


# --- "skupia 120 firm, które zatrudniają…": the totals of the firms a body counts are the body's -----------------
def test_totals_of_counted_firms_are_the_counting_bodys() -> None:
    got = _figures(
        "Firma Autorex otworzyła w Legnicy zakład. Legnicka Specjalna Strefa Ekonomiczna, na terenie której powstał "
        "zakład, skupia już 120 firm, które zatrudniają 30 tys. osób."
    )
    assert ("Legnicka Specjalna Strefa Ekonomiczna", "employees", 30000.0) in got
    assert not any(o == "Autorex" and m == "employees" for o, m, _v in got)


def test_relative_clause_on_a_named_firm_stays_the_firms() -> None:
    # near miss: the antecedent is a named firm, not a count of firms
    got = _figures(
        "W Legnickiej Specjalnej Strefie Ekonomicznej działa 120 firm. Jedną z nich jest spółka Autorex, która "
        "zatrudnia 400 osób."
    )
    assert ("Autorex", "employees", 400.0) in got


# --- "nasz partner" in a quote: the speaker's partner, named before, not the speaker's organisation ---------------
def test_our_partner_in_a_quote_is_the_other_party() -> None:
    got = _figures(
        "Klaster Meblowy Warmii nawiązał współpracę z saksońską siecią Möbelnetz Nord GmbH. – Nasz partner zrzesza "
        "aż 150 wytwórców, a my mamy 45 członków – podkreśla Jan Kos, prezes Klastra Meblowego Warmii."
    )
    assert ("Möbelnetz Nord GmbH", "members", 150.0) in got
    assert ("Klaster Meblowy Warmii", "members", 45.0) in got or (
        "Klaster Meblowy Warmia",
        "members",
        45.0,
    ) in got


def test_our_partner_without_a_speaker_is_left_to_the_other_rules() -> None:
    # near miss: no person speaks for an organisation: "nasz partner" names its firm in an apposition, which owns it
    got = _figures(
        "Firma Kalmet podpisała umowę o współpracy. Nasz partner, spółka Dormex, zatrudnia w Tczewie 300 osób."
    )
    assert ("Dormex", "employees", 300.0) in got


# --- "władze X": the acting body without a name is the named place (annotation.md) -------------------------------
def test_town_authorities_money_is_the_towns() -> None:
    got = _figures(
        "Władze Świdnicy przeznaczą 12 mln zł na uzbrojenie terenów inwestycyjnych przy obwodnicy."
    )
    assert any(o == "Świdnica" and v == 12e6 for o, _m, v in got)


def test_town_authorities_after_a_company_leave_the_figure_to_it() -> None:
    # near miss: a company named just before: the land prepared for it stays its figure, as after "Miasto"
    got = _figures(
        "Firma Kaltor zbuduje zakład w Świdnicy. Władze Świdnicy przygotowały dla niej 12 ha terenu."
    )
    assert not any(o == "Świdnica" for o, _m, _v in got)


# --- a call for proposals' money is a budget; capital raised by a share issue is no figure ------------------------
def test_call_for_proposals_is_a_budget() -> None:
    got = _figures("Polska Agencja Rozwoju Przedsiębiorczości ogłosiła nabór wniosków o wartości 200 mln zł.")
    assert not any(m == "investment" for _o, m, _v in got)


def test_share_issue_proceeds_are_no_figure() -> None:
    got = _figures("Spółka Wavetel pozyskała z emisji akcji 150 mln zł na rozwój centrum danych.")
    assert not any(v == 150e6 for _o, _m, v in got)


def test_grant_obtained_stays_a_budget() -> None:
    # near miss: "pozyskała … dotacji" with no issue of shares: the receiver's budget, as before
    got = _figures("Gmina Opole pozyskała 5 mln zł dotacji na budowę drogi.")
    assert any(m == "budget" and v == 5e6 for _o, m, v in got)


# --- "Cała grupa zatrudnia…": a group's noun takes up the organisation named after the same noun ----------------
def test_group_noun_takes_up_the_parent() -> None:
    got = _figures(
        "Spółka Norpol, należąca do grupy Faurex, zatrudnia w Wałbrzychu 900 osób. Cała grupa zatrudnia na świecie "
        "150 tys. pracowników."
    )
    assert ("Norpol", "employees", 900.0) in got
    assert ("Faurex", "employees", 150000.0) in got


def test_company_noun_still_takes_up_the_company() -> None:
    # near miss: "Spółka" (no group's noun) after a sentence on a subsidiary and its parent: the subsidiary's
    got = _figures("Spółka Drewex należy do koncernu Sanvik. Spółka zainwestuje w zakład 70 mln zł.")
    assert ("Drewex", "investment", 70e6) in got


def test_sum_of_one_firms_projects_stays_its_own() -> None:
    # near miss: the few projects summed are one firm's (a zone named beside it): the sum is that firm's investment
    got = _figures(
        "Firma Delmax realizuje w Łódzkiej Specjalnej Strefie Ekonomicznej dwa projekty. W sumie oba projekty "
        "pochłoną 80 mln zł."
    )
    assert ("Delmax", "investment", 80e6) in got


def test_unknown_word_before_a_person_apposition_decides_nothing() -> None:
    # near miss: the apposition does not present a firm (a shareholder may be a person): the firm named before keeps it
    got = _figures(
        "Prezesem firmy Arvix jest Hans Gruber. Weidlich, niemiecki udziałowiec spółki, zapowiedział budowę hali za "
        "20 mln zł."
    )
    assert ("Arvix", "investment", 20e6) in got
